"""Which automatic backups to keep: every one of the last day, then one a day,
one a week and one a month, within a cap on their total size.

Pure functions over (time, size) pairs, so the schedule is tested with any clock.
Calendar days, weeks and months are those of ``now``'s time zone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class RotationPolicy:
    keep_all_for: timedelta = timedelta(days=1)
    daily_for_days: int = 14
    weekly_for_weeks: int = 10
    monthly_for_months: int = 12
    max_total_bytes: int = 2 * 1024**3


DEFAULT_POLICY = RotationPolicy()


def choose_kept(
    items: Sequence[T],
    now: datetime,
    policy: RotationPolicy,
    when: Callable[[T], datetime],
    size: Callable[[T], int],
) -> list[T]:
    """The items the schedule keeps, newest first; the rest may be deleted."""
    ordered = sorted(items, key=when, reverse=True)
    kept_ids: set[int] = set()
    for index, item in enumerate(ordered):
        if now - when(item) < policy.keep_all_for:
            kept_ids.add(index)
    local = [when(item).astimezone(now.tzinfo) for item in ordered]
    today = now.date()

    def newest_per(
        bucket: Callable[[datetime], Hashable], keep: Callable[[datetime], bool]
    ) -> None:
        seen: set[Hashable] = set()
        for index, moment in enumerate(local):  # newest first, so the first in a bucket wins
            if not keep(moment):
                continue
            key = bucket(moment)
            if key not in seen:
                seen.add(key)
                kept_ids.add(index)

    newest_per(lambda m: m.date(), lambda m: (today - m.date()).days < policy.daily_for_days)
    this_week = today - timedelta(days=today.weekday())
    newest_per(
        lambda m: m.isocalendar()[:2],
        lambda m: (
            (this_week - (m.date() - timedelta(days=m.weekday()))).days
            < 7 * policy.weekly_for_weeks
        ),
    )
    newest_per(
        lambda m: (m.year, m.month),
        lambda m: (today.year - m.year) * 12 + today.month - m.month < policy.monthly_for_months,
    )
    kept = [ordered[i] for i in sorted(kept_ids)]
    # The size cap drops the oldest first, but never the newest backup.
    total = sum(size(item) for item in kept)
    while len(kept) > 1 and total > policy.max_total_bytes:
        total -= size(kept.pop())
    return kept
