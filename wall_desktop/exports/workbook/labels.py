"""Names of the domain's vocabularies as the workbook's reader sees them (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from wall_desktop.i18n import _

V = TypeVar("V", bound=Hashable)


def remembered(label: Callable[[V], str]) -> Callable[[V], str]:
    """``label`` answered once per value: each call translates its whole vocabulary.

    Made afresh for each sheet, so a change of language between exports shows.
    """
    memo: dict[V, str] = {}

    def lookup(value: V) -> str:
        found = memo.get(value)
        if found is None:
            found = memo[value] = label(value)
        return found

    return lookup


def gender(value: str) -> str:
    return {
        "woman": _("woman"),
        "man": _("man"),
        "other": _("another gender"),
        "not_given": _("gender not given"),
    }.get(str(value), str(value))


def age_group(value: str) -> str:
    return {
        "child_youth": _("children and youth"),
        "adult": _("adults"),
        "unknown": _("age unknown"),
    }.get(str(value), str(value))


def role(value: str) -> str:
    return {
        "participant": _("participant"),
        "leader": _("leader"),
        "mentor": _("mentor"),
        "trainer": _("trainer"),
        "staff": _("staff"),
    }.get(str(value), str(value))


def enrolment_status(value: str) -> str:
    return {
        "candidate": _("candidate"),
        "accepted": _("accepted"),
        "resigned": _("resigned"),
        "completed": _("completed the cycle"),
    }.get(str(value), str(value))


def session_status(value: str) -> str:
    return {
        "planned": _("session planned"),
        "held": _("session held"),
        "cancelled": _("session cancelled"),
    }.get(str(value), str(value))


def project_status(value: str) -> str:
    return {
        "idea": _("idea"),
        "planned": _("project planned"),
        "in_progress": _("in progress"),
        "completed": _("carried out"),
        "settled": _("settled"),
    }.get(str(value), str(value))


def funding_source(value: str) -> str:
    return {
        "grant": _("grant"),
        "own_money": _("own contribution (money)"),
        "own_in_kind": _("own contribution (in kind)"),
    }.get(str(value), str(value))


def document_kind(value: str) -> str:
    return {
        "invoice": _("invoice"),
        "receipt": _("receipt"),
        "bill": _("bill"),
        "other": _("other document"),
    }.get(str(value), str(value))


def payment_method(value: str | None) -> str:
    if value is None:
        return ""
    return {
        "transfer": _("bank transfer"),
        "cash": _("cash"),
        "card": _("card"),
    }.get(str(value), str(value))


def certificate_status(value: str) -> str:
    return {"issued": _("issued"), "revoked": _("revoked")}.get(str(value), str(value))


def yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def recruitment_status(value: str) -> str:
    return {
        "planned": _("recruitment planned"),
        "open": _("recruitment open"),
        "closed": _("recruitment closed"),
    }.get(str(value), str(value))
