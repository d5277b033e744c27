"""Timing helpers, fresh processes and the description of the machine."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PYTHON = sys.executable
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Stats:
    """Repeated measurements of one thing: ``unit`` is "s", "ms" or "MiB"."""

    values: tuple[float, ...]
    unit: str

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def n(self) -> int:
        return len(self.values)

    def show(self, value: float | None = None) -> str:
        v = self.median if value is None else value
        if self.unit == "ms":
            if v < 1:
                return f"{v:.2f} ms"
            return f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"
        if self.unit == "s":
            return f"{v:.2f} s"
        return f"{v:.0f} {self.unit}"


@dataclass
class Figure:
    """One row of the results: the product against its baseline, on one database."""

    name: str
    database: str  # "demo" or "large"
    goal: str
    product: Stats | None = None
    baseline: Stats | None = None
    extra: list[str] = field(default_factory=list)  # p95, counts, remarks
    met: bool | None = None  # None: no goal to judge, or not measured
    not_measured: str | None = None
    ratio_text: str | None = None  # when product / baseline is not the ratio the goal means

    @property
    def ratio(self) -> float | None:
        if self.product is None or self.baseline is None or self.baseline.median <= 0:
            return None
        return self.product.median / self.baseline.median


def repeat(fn: Callable[[], Any], times: int, *, unit: str = "ms") -> Stats:
    """Run ``fn`` ``times`` times; wall-clock durations in ``unit``."""
    scale = 1000.0 if unit == "ms" else 1.0
    values = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * scale)
    return Stats(tuple(values), unit)


def child_env(home: Path) -> dict[str, str]:
    """A fresh process's environment: offscreen Qt, its own settings and data folders."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        WALL_DESKTOP_OPERATOR="bench",
        PYTHONPATH=str(ROOT),
    )
    return env


def run_fresh(args: Sequence[str], env: dict[str, str], timeout: float = 300) -> tuple[float, str]:
    """Run a fresh process; its wall-clock time in seconds and its standard output."""
    start = time.perf_counter()
    done = subprocess.run(
        list(args), env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, done.stdout


def machine() -> list[tuple[str, str]]:
    """CPU, cores, memory and the versions the figures depend on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    import sqlalchemy

    return [
        ("CPU", cpu),
        ("cores (usable)", f"{len(os.sched_getaffinity(0))} of {os.cpu_count()}"),
        ("RAM", ram),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("PySide6", pyside),
    ]
