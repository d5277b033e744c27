"""run_task: results and errors come back as signals; progress and Cancel really reach the work."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wall_desktop.gui.worker import SyncPool, run_task
from wall_desktop.services.errors import Cancelled, ValidationError


def test_the_fake_pool_runs_the_task_at_once(_gui_isolation: SyncPool) -> None:
    got: list[object] = []
    run_task(lambda: 41 + 1, got.append)
    assert got == [42] and _gui_isolation.started == 1
    errors: list[BaseException] = []

    def refuse() -> None:
        raise ValidationError({"email": "bad"})

    run_task(refuse, got.append, errors.append)
    assert isinstance(errors[0], ValidationError) and got == [42]


def test_progress_and_cancel_in_a_real_thread(qtbot: QtBot) -> None:
    pool = QThreadPool()
    release = threading.Event()
    seen: list[tuple[int, int]] = []
    worker_threads: list[threading.Thread] = []

    def long_work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        worker_threads.append(threading.current_thread())
        progress(1, 10)
        release.wait(5)
        if cancelled():
            raise Cancelled("stopped")
        return 10

    parent = QWidget()
    qtbot.addWidget(parent)
    task = run_task(long_work, pool=pool, progress_parent=parent, progress_label="…")
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        qtbot.waitUntil(lambda: seen == [(1, 10)], timeout=5000)
        task.cancel()
        release.set()
    assert isinstance(blocker.args[0], Cancelled)
    assert worker_threads[0] is not threading.main_thread()
    pool.waitForDone()


def test_a_task_that_is_not_cancelled_returns_its_result(qtbot: QtBot) -> None:
    pool = QThreadPool()
    task = run_task(lambda cancelled: "done" if not cancelled() else "no", pool=pool)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    pool.waitForDone()


@pytest.mark.parametrize("bad", [ZeroDivisionError])
def test_unexpected_errors_are_handed_over_not_raised(bad: type[Exception]) -> None:
    errors: list[BaseException] = []
    task = run_task(lambda: 1 / 0, on_error=errors.append)
    assert isinstance(errors[0], bad) and "ZeroDivisionError" in task.traceback_text


def test_the_collector_rests_while_a_task_runs_and_comes_back(_gui_isolation: SyncPool) -> None:
    import gc

    seen: list[bool] = []
    assert gc.isenabled()
    run_task(lambda: seen.append(gc.isenabled()))
    assert seen == [False] and gc.isenabled()

    def fail() -> None:
        seen.append(gc.isenabled())
        raise ValueError("boom")

    errors: list[BaseException] = []
    run_task(fail, on_error=errors.append)
    assert seen == [False, False] and gc.isenabled() and errors


def test_a_collector_turned_off_by_the_program_stays_off(_gui_isolation: SyncPool) -> None:
    import gc

    gc.disable()
    try:
        run_task(lambda: None)
        assert not gc.isenabled()
    finally:
        gc.enable()
