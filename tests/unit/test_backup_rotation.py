"""Rotation keeps exactly what the schedule says, with an injected clock; the scheduler
decides when the GUI backs up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from wall_desktop.db.session import Database
from wall_desktop.services.backup import make_backup, rotate_backups
from wall_desktop.services.backup_rotation import RotationPolicy, choose_kept
from wall_desktop.services.backup_scheduler import BackupReason, BackupScheduler

NOW = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)  # a Wednesday


def _kept(times: list[datetime]) -> list[datetime]:
    return choose_kept(times, NOW, RotationPolicy(), when=lambda t: t, size=lambda t: 1)


def test_every_backup_of_the_last_day_is_kept() -> None:
    times = [NOW - timedelta(hours=h) for h in range(24)]
    assert _kept(times) == times


def test_hourly_backups_for_a_year_keep_the_schedule_exactly() -> None:
    times = [NOW - timedelta(hours=h) for h in range(24 * 400)]
    kept = set(_kept(times))
    expected = {t for t in times if NOW - t < timedelta(days=1)}
    # The newest of each of the last 14 calendar days (12:00 today back to 30 May).
    for days in range(14):
        day = (NOW - timedelta(days=days)).date()
        expected.add(max(t for t in times if t.date() == day))
    # The newest of each of the last 10 ISO weeks.
    for weeks in range(10):
        week = (NOW - timedelta(weeks=weeks)).isocalendar()[:2]
        expected.add(max(t for t in times if t.isocalendar()[:2] == week))
    # The newest of each of the last 12 months.
    for months in range(12):
        year, month = divmod(NOW.year * 12 + NOW.month - 1 - months, 12)
        expected.add(max(t for t in times if (t.year, t.month) == (year, month + 1)))
    assert kept == expected
    assert min(kept) >= datetime(2023, 7, 1, tzinfo=UTC)
    # Each kept day of the last two weeks is represented by its last backup (23:00).
    assert NOW - timedelta(days=3, hours=-11) in kept  # 9 June 23:00
    assert NOW - timedelta(days=3, hours=-10) not in kept  # 9 June 22:00


def test_the_size_cap_drops_the_oldest_but_never_the_newest() -> None:
    times = [NOW - timedelta(days=d) for d in range(10)]
    kept = choose_kept(
        times, NOW, RotationPolicy(max_total_bytes=3), when=lambda t: t, size=lambda t: 1
    )
    assert kept == times[:3]
    only = choose_kept(
        times, NOW, RotationPolicy(max_total_bytes=0), when=lambda t: t, size=lambda t: 1
    )
    assert only == times[:1]


def test_rotation_deletes_the_files_the_schedule_does_not_keep(db: Database, db_path: Path) -> None:
    moments = [NOW - timedelta(days=d, hours=h) for d in range(20) for h in (0, 6)]
    for moment in sorted(moments):
        make_backup(db_path, clock=lambda m=moment: m, rotate=False)  # type: ignore[misc]
    other = db_path.parent / "backups" / "notes.txt"
    other.write_text("not a backup")
    deleted = rotate_backups(db_path, now=NOW)
    names = sorted(p.name for p in (db_path.parent / "backups").iterdir())
    # Every backup of the last 24 hours, then the newest of each day.
    assert len(deleted) == len(moments) - len(names) + 1
    assert "notes.txt" in names
    assert "wall-20240612-120000Z-auto.sqlite" in names
    assert "wall-20240611-120000Z-auto.sqlite" in names  # within the last 24 h
    assert "wall-20240611-060000Z-auto.sqlite" not in names  # 11 June kept its newest only


def test_the_scheduler_backs_up_after_start_then_every_half_hour_of_changes() -> None:
    sched = BackupScheduler()
    assert sched.due(NOW, change_seq=5) is BackupReason.STARTUP
    sched.started()
    assert sched.due(NOW, change_seq=5) is None  # never two at once
    sched.done(NOW, change_seq=5)
    assert sched.due(NOW + timedelta(hours=3), change_seq=5) is None  # nothing changed
    assert sched.due(NOW + timedelta(minutes=10), change_seq=6) is None  # too soon
    assert sched.due(NOW + timedelta(minutes=30), change_seq=6) is BackupReason.PERIODIC
    sched.failed(NOW + timedelta(minutes=30))
    assert sched.due(NOW + timedelta(minutes=31), change_seq=6) is None  # pause after failure
    assert sched.due(NOW + timedelta(minutes=36), change_seq=6) is BackupReason.PERIODIC
    assert sched.due_at_exit(change_seq=6)
    sched.done(NOW + timedelta(minutes=36), change_seq=6)
    assert not sched.due_at_exit(change_seq=6)


def test_the_scheduler_skips_the_start_up_backup_when_the_newest_backup_is_current() -> None:
    sched = BackupScheduler(last_change_seq=9)
    assert sched.due(NOW, change_seq=9) is None
    assert sched.due(NOW + timedelta(minutes=30), change_seq=10) is BackupReason.PERIODIC
