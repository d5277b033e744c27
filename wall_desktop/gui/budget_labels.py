"""Names of the ledger's vocabularies (funding source, document kind, payment, lock action)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate calls, so that lupdate finds every name.

FUNDING_ORDER = {"grant": 0, "own_money": 1, "own_in_kind": 2}


def funding_source(value: str) -> str:
    return {
        "grant": QCoreApplication.translate("budget_labels", "grant"),
        "own_money": QCoreApplication.translate("budget_labels", "own contribution (money)"),
        "own_in_kind": QCoreApplication.translate("budget_labels", "own contribution (in kind)"),
    }.get(str(value), str(value))


def document_kind(value: str) -> str:
    return {
        "invoice": QCoreApplication.translate("budget_labels", "invoice"),
        "receipt": QCoreApplication.translate("budget_labels", "receipt"),
        "bill": QCoreApplication.translate("budget_labels", "bill"),
        "other": QCoreApplication.translate("budget_labels", "other document"),
    }.get(str(value), str(value))


def payment_method(value: str | None) -> str:
    if value is None:
        return ""
    return {
        "transfer": QCoreApplication.translate("budget_labels", "bank transfer"),
        "cash": QCoreApplication.translate("budget_labels", "cash"),
        "card": QCoreApplication.translate("budget_labels", "card"),
    }.get(str(value), str(value))


def lock_action(value: str) -> str:
    return {
        "lock": QCoreApplication.translate("budget_labels", "locked"),
        "unlock": QCoreApplication.translate("budget_labels", "unlocked"),
    }.get(str(value), str(value))
