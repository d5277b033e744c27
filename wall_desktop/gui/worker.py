"""Running service calls off the GUI thread.

Services take plain ``progress(done, total)`` and ``cancelled()`` callables;
``run_task`` runs one in a thread pool and turns them into Qt signals, so the
GUI only ever touches the result on its own thread.  Tests swap the pool for
``SyncPool``, which runs the task at once on the calling thread.
"""

from __future__ import annotations

import gc
import inspect
import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class SyncPool:
    """A pool that runs every task immediately (tests: deterministic, no threads)."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, runnable: QRunnable) -> None:
        self.started += 1
        runnable.run()


_pool: Pool | None = None


def set_pool(pool: Pool | None) -> None:
    """Use ``pool`` for every later task (``None``: Qt's global thread pool)."""
    global _pool
    _pool = pool


def current_pool() -> Pool:
    return _pool if _pool is not None else QThreadPool.globalInstance()


class Task(QObject):
    """One call in flight: its signals live on the GUI thread, its work in the pool."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()
    # Emitted on the worker thread; connected to this object's slots, which Qt
    # then runs on the GUI thread (the object's own), so callbacks never race.
    _progress_raw = Signal(int, int)
    _finished_raw = Signal()

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.traceback_text = ""
        self._progress_raw.connect(self._on_progress)
        self._finished_raw.connect(self._on_finished)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot()
    def _on_finished(self) -> None:
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.result)
        self.done.emit()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        self._progress_raw.emit(done, total)

    def _call(self) -> None:
        kwargs: dict[str, Any] = {}
        params = _parameters(self._fn)
        if "progress" in params:
            kwargs["progress"] = self._report
        if "cancelled" in params:
            kwargs["cancelled"] = self.is_cancelled
        try:
            self.result = self._fn(**kwargs)
        except Exception as exc:  # handed to the GUI thread, shown there
            self.error = exc
            self.traceback_text = traceback.format_exc()
        self._finished_raw.emit()


def _parameters(fn: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return set()


class _QuietGc:
    """The cyclic garbage collector off while any task runs in the pool.

    A full collection holds the GIL while it walks every live object: with a
    large database open that froze the window for 0.2-0.4 s in the middle of
    an export.  The tasks' garbage is freed by reference counting as they
    go; the few cycles they leave wait for the collector to come back on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._disabled_here = False

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0 and gc.isenabled():
                gc.disable()
                self._disabled_here = True
            self._running += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._disabled_here:
                self._disabled_here = False
                gc.enable()


quiet_gc = _QuietGc()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def run(self) -> None:
        with quiet_gc:
            self._task._call()


_alive: set[Task] = set()  # keeps a task (and its signals) alive until it finishes


def run_task(
    fn: Callable[..., Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    progress_parent: QWidget | None = None,
    progress_label: str = "",
    pool: Pool | None = None,
) -> Task:
    """Run ``fn`` in the pool; ``fn`` may take ``progress=`` and ``cancelled=`` keywords.

    With ``progress_parent`` a progress dialog shows the reported progress and
    its Cancel button sets the flag that ``cancelled()`` returns.
    """
    task = Task(fn)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_error is not None:
        task.failed.connect(on_error)
    if progress_parent is not None:
        _attach_progress(task, progress_parent, progress_label)
    _alive.add(task)
    task.done.connect(lambda: _alive.discard(task))
    (pool or current_pool()).start(_Runnable(task))
    return task


def _attach_progress(task: Task, parent: QWidget, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("worker", "Cancel"), 0, 0, parent)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(True)
    dialog.setAutoReset(False)

    def report(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    task.progressed.connect(report)
    dialog.canceled.connect(task.cancel)
    task.done.connect(dialog.close)
    task.done.connect(dialog.deleteLater)
    return dialog
