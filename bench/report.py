"""The results table: printed, and written into ``bench/RESULTS.md``.

The file's hand-written part (what the profiler showed, what would close
each gap) follows the ``FINDINGS`` marker and is kept when the table is
rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bench.measure import Figure

FINDINGS = "<!-- findings: kept by the runner when it rewrites the table above -->"
HEADER = ("figure", "DB", "product (median)", "baseline (median)", "ratio", "goal", "met")


def _cells(f: Figure) -> tuple[str, ...]:
    if f.not_measured is not None:
        return (f.name, f.database, f"not measured: {f.not_measured}", "", "", f.goal, "")
    product = f.product.show() if f.product else "—"
    baseline = f.baseline.show() if f.baseline else "—"
    if f.product and f.product.unit == "ms" and f.product.n > 1 and f.baseline is None:
        product = f"{product} (max {f.product.show(max(f.product.values))})"
    ratio = f.ratio_text or (f"{f.ratio:.2f}×" if f.ratio is not None else "—")
    met = {True: "yes", False: "**no**", None: ""}[f.met]
    return (f.name, f.database, product, baseline, ratio, f.goal, met)


def print_table(figures: Sequence[Figure]) -> None:
    rows = [HEADER, *(_cells(f) for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def markdown(
    figures: Sequence[Figure],
    machine: Sequence[tuple[str, str]],
    seconds: float,
    args: Sequence[str],
) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Measured by `python -m bench {' '.join(args)}`".rstrip() + f" on "
        f"{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}, in {seconds:.0f} s. Medians of the "
        "repetitions; each baseline measured in the same run. The large database is "
        "`bench/generate.py` at scale 1 (100,000 people, 1,000,000 marks).",
        "",
        "| machine | |",
        "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in machine),
        "",
        "| " + " | ".join(HEADER) + " |",
        "| " + " | ".join("---" for _ in HEADER) + " |",
        *("| " + " | ".join(_cells(f)) + " |" for f in figures),
        "",
        "Notes per figure:",
        "",
        *(f"- {f.name} ({f.database}): {'; '.join(f.extra)}" for f in figures if f.extra),
        "",
    ]
    return "\n".join(lines)


def write_results(
    target: Path,
    figures: Sequence[Figure],
    machine: Sequence[tuple[str, str]],
    seconds: float,
    args: Sequence[str],
) -> None:
    kept = ""
    if target.exists():
        text = target.read_text(encoding="utf-8")
        if FINDINGS in text:
            kept = text[text.index(FINDINGS) + len(FINDINGS) :]
    body = markdown(figures, machine, seconds, args)
    target.write_text(f"{body}\n{FINDINGS}{kept or chr(10)}", encoding="utf-8")
