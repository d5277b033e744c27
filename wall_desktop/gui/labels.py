"""Names of the domain's closed vocabularies as the user reads them (by stored value)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal QCoreApplication.translate calls, so that lupdate finds every name.


def recruitment_status(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("labels.recruitment_status", "planned"),
        "open": QCoreApplication.translate("labels.recruitment_status", "open"),
        "closed": QCoreApplication.translate("labels.recruitment_status", "closed"),
    }.get(str(value), str(value))


def project_status(value: str | None) -> str:
    if value is None:
        return ""
    return {
        "idea": QCoreApplication.translate("labels.project_status", "idea"),
        "planned": QCoreApplication.translate("labels.project_status", "planned"),
        "in_progress": QCoreApplication.translate("labels.project_status", "in progress"),
        "completed": QCoreApplication.translate("labels.project_status", "completed"),
        "settled": QCoreApplication.translate("labels.project_status", "settled"),
    }.get(str(value), str(value))


def enrolment_status(value: str) -> str:
    return {
        "candidate": QCoreApplication.translate("labels.enrolment_status", "candidate"),
        "accepted": QCoreApplication.translate("labels.enrolment_status", "accepted"),
        "resigned": QCoreApplication.translate("labels.enrolment_status", "resigned"),
        "completed": QCoreApplication.translate("labels.enrolment_status", "completed"),
    }.get(str(value), str(value))


def role(value: str) -> str:
    return {
        "participant": QCoreApplication.translate("labels.role", "participant"),
        "leader": QCoreApplication.translate("labels.role", "leader"),
        "mentor": QCoreApplication.translate("labels.role", "mentor"),
        "trainer": QCoreApplication.translate("labels.role", "trainer"),
        "staff": QCoreApplication.translate("labels.role", "staff"),
    }.get(str(value), str(value))


def gender(value: str) -> str:
    return {
        "woman": QCoreApplication.translate("labels.gender", "woman"),
        "man": QCoreApplication.translate("labels.gender", "man"),
        "other": QCoreApplication.translate("labels.gender", "another"),
        "not_given": QCoreApplication.translate("labels.gender", "not given"),
    }.get(str(value), str(value))


def session_status(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("labels.session_status", "planned"),
        "held": QCoreApplication.translate("labels.session_status", "held"),
        "cancelled": QCoreApplication.translate("labels.session_status", "cancelled"),
    }.get(str(value), str(value))


def attendance_status(value: str | None) -> str:
    if value is None:
        return ""
    return {
        "present": QCoreApplication.translate("labels.attendance_status", "present"),
        "excused": QCoreApplication.translate("labels.attendance_status", "excused"),
        "absent": QCoreApplication.translate("labels.attendance_status", "absent"),
    }.get(str(value), str(value))


def consent_state(value: str) -> str:
    return {
        "complete": QCoreApplication.translate("labels.consent_state", "complete"),
        "missing": QCoreApplication.translate("labels.consent_state", "missing"),
        "minor_without_guardian": QCoreApplication.translate(
            "labels", "minor without a guardian's consent"
        ),
    }.get(str(value), str(value))


def age_group(value: str) -> str:
    return {
        "child_youth": QCoreApplication.translate("labels.age_group", "child or youth"),
        "adult": QCoreApplication.translate("labels.age_group", "adult"),
        "unknown": QCoreApplication.translate("labels.age_group", "age unknown"),
    }.get(str(value), str(value))
