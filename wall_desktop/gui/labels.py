"""Names of the domain's closed vocabularies as the user reads them (by stored value)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def recruitment_status(value: str) -> str:
    return {
        "planned": _t("planned"),
        "open": _t("open"),
        "closed": _t("closed"),
    }.get(str(value), str(value))


def project_status(value: str | None) -> str:
    if value is None:
        return ""
    return {
        "idea": _t("idea"),
        "planned": _t("planned"),
        "in_progress": _t("in progress"),
        "completed": _t("completed"),
        "settled": _t("settled"),
    }.get(str(value), str(value))


def enrolment_status(value: str) -> str:
    return {
        "candidate": _t("candidate"),
        "accepted": _t("accepted"),
        "resigned": _t("resigned"),
        "completed": _t("completed"),
    }.get(str(value), str(value))


def role(value: str) -> str:
    return {
        "participant": _t("participant"),
        "leader": _t("leader"),
        "mentor": _t("mentor"),
        "trainer": _t("trainer"),
        "staff": _t("staff"),
    }.get(str(value), str(value))


def gender(value: str) -> str:
    return {
        "woman": _t("woman"),
        "man": _t("man"),
        "other": _t("another"),
        "not_given": _t("not given"),
    }.get(str(value), str(value))


def session_status(value: str) -> str:
    return {
        "planned": _t("planned"),
        "held": _t("held"),
        "cancelled": _t("cancelled"),
    }.get(str(value), str(value))


def attendance_status(value: str | None) -> str:
    if value is None:
        return ""
    return {
        "present": _t("present"),
        "excused": _t("excused"),
        "absent": _t("absent"),
    }.get(str(value), str(value))


def consent_state(value: str) -> str:
    return {
        "complete": _t("complete"),
        "missing": _t("missing"),
        "minor_without_guardian": _t("minor without a guardian's consent"),
    }.get(str(value), str(value))
