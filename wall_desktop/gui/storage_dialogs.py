"""Opening a database with care, and the check that reads the whole file after painting.

A database another program writes to is offered read-only; a damaged one is
explained in plain words, with the newest verified backup to restore, and an
empty database only after the user confirms it twice.  ``IntegrityWatch``
runs the full check in the worker once the window has been painted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wall_desktop.app import damage_found
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace, open_workspace
from wall_desktop.services.backup import RestoreResult, restore_backup
from wall_desktop.services.damage import IntegrityReport, full_check
from wall_desktop.services.errors import WallError
from wall_desktop.services.storage_errors import DamagedDatabase, WriterLockHeld

Role = QMessageBox.ButtonRole
translate = QCoreApplication.translate  # a bare name lupdate reads with its context
Choice = tuple[str, str, QMessageBox.ButtonRole]  # key, button text, role


def ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    informative: str,
    choices: Sequence[Choice],
    default: str | None = None,
) -> str | None:
    """A message box with our own buttons; returns the key of the one pressed (None: closed)."""
    box = QMessageBox(parent)
    box.setObjectName("storage_question")
    box.setIcon(icon)
    box.setWindowTitle("WALL Desktop")
    box.setText(text)
    box.setInformativeText(informative)
    for key, label, role in choices:
        button = box.addButton(label, role)
        button.setObjectName(f"choice_{key}")
        if key == default:
            box.setDefaultButton(button)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return name.removeprefix("choice_") if name.startswith("choice_") else None


def offer_read_only(parent: QWidget | None, err: WriterLockHeld) -> bool:
    """Another program writes to the database: open it read-only instead?"""
    answer = ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("storage", "This database is already open for changes elsewhere."),
        str(err)
        + "\n\n"
        + translate(
            "storage",
            "You can open it read-only: you will see everything and can print, "
            "but you cannot change anything.",
        ),
        [
            ("read_only", translate("storage", "Open read-only"), Role.AcceptRole),
            ("cancel", translate("storage", "Cancel"), Role.RejectRole),
        ],
        default="read_only",
    )
    return answer == "read_only"


def explain_damage(parent: QWidget | None, err: DamagedDatabase) -> str | None:
    """Say what happened; returns "restore", "empty" (confirmed) or None."""
    choices: list[Choice] = []
    if err.newest_backup is not None:
        choices.append(
            ("restore", translate("storage", "Restore the newest backup"), Role.AcceptRole)
        )
    choices.append(
        ("empty", translate("storage", "Start an empty database…"), Role.DestructiveRole)
    )
    choices.append(("cancel", translate("storage", "Cancel"), Role.RejectRole))
    answer = ask(
        parent,
        QMessageBox.Icon.Critical,
        translate("storage", "The database file is damaged and cannot be used."),
        str(err),
        choices,
        default="restore" if err.newest_backup is not None else "cancel",
    )
    if answer == "empty" and not confirm_empty(parent, err):
        return None
    return answer if answer in ("restore", "empty") else None


def confirm_empty(parent: QWidget | None, err: DamagedDatabase) -> bool:
    kept = str(err.kept_as) if err.kept_as is not None else str(err.path)
    answer = ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("storage", "Start with an empty database?"),
        translate(
            "storage",
            "The new database will hold nothing: no people, trainings or budgets. "
            "The damaged file stays as {kept}; it is not deleted.",
        ).replace("{kept}", kept),
        [
            ("empty", translate("storage", "Start an empty database"), Role.DestructiveRole),
            ("cancel", translate("storage", "Cancel"), Role.RejectRole),
        ],
        default="cancel",
    )
    return answer == "empty"


def restore_now(
    parent: QWidget | None, path: Path, backup: Path, operator: str
) -> RestoreResult | None:
    """Restore ``backup`` over the (closed) database at ``path``; the message on failure."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return restore_backup(path, backup, operator=operator)
    except WallError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "WALL Desktop", str(exc))
        return None
    finally:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()


def holder_text(err: WriterLockHeld) -> str:
    """For the read-only banner: who writes to the database, and what to do."""
    holder = err.holder
    if holder is None:
        return translate(
            "storage",
            "It is open for changes in another window or program; close it there "
            "and open it again here to make changes.",
        )
    return (
        translate(
            "storage",
            "{operator} is making changes on {machine} since {since}; close the database "
            "there and open it again here to make changes.",
        )
        .replace("{operator}", holder.operator or "?")
        .replace("{machine}", holder.machine)
        .replace("{since}", holder.since.astimezone().strftime("%d.%m.%Y %H:%M"))
    )


Opener = Callable[..., Workspace]


def open_carefully(
    parent: QWidget | None,
    target: str | Path | None,
    operator: str,
    *,
    opener: Opener = open_workspace,
) -> Workspace | None:
    """Open ``target`` for writing; on a lock or damage ask the user what to do.

    None when the user gave up (or the file cannot be opened at all; they were told why).
    """
    read_only = False
    accept_damaged = False
    notice: str | None = None
    for _attempt in range(4):  # each answer changes how we open; never loop forever
        try:
            ws = opener(
                target,
                operator,
                writer=not read_only,
                read_only=read_only,
                accept_damaged=accept_damaged,
            )
        except WriterLockHeld as err:
            if read_only or not offer_read_only(parent, err):
                return None
            read_only, notice = True, holder_text(err)
            continue
        except DamagedDatabase as err:
            choice = explain_damage(parent, err)
            if choice == "restore" and err.newest_backup is not None:
                if restore_now(parent, err.path, err.newest_backup, operator) is None:
                    return None
            elif choice == "empty":
                accept_damaged = True
            else:
                return None
            continue
        except WallError as err:
            QMessageBox.warning(parent, "WALL Desktop", str(err))
            return None
        ws.notice = notice
        return ws
    return None


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() == QEvent.Type.Paint:
            self._fired = True
            watched.removeEventFilter(self)
            # a zero timer: the paint finishes (and reaches the screen) before we start
            QTimer.singleShot(0, self, self._callback)
        return False


class IntegrityWatch(QObject):
    """The full check (every page) of the window's database, in the worker, after painting.

    ``on_ok`` runs when the file is sound; ``on_damage`` gets the error to show
    after the database was closed and set aside.
    """

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        on_ok: Callable[[], None],
        on_damage: Callable[[DamagedDatabase], None],
        check: Callable[[Path], IntegrityReport] | None = None,
    ) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.on_ok = on_ok
        self.on_damage = on_damage
        self.check = check or full_check
        self.runs = 0
        self.report: IntegrityReport | None = None
        AfterFirstPaint(window, self.start)

    def start(self) -> None:
        path = self.workspace.path
        if path is None:
            self.on_ok()
            return
        self.runs += 1
        check = self.check
        run_task(lambda: check(path), self._checked, self._failed)

    def _checked(self, report: IntegrityReport) -> None:
        self.report = report
        if report.ok:
            self.on_ok()
            return
        path = self.workspace.path
        assert path is not None
        self.workspace.close()  # the file must be closed before it is set aside
        problem = (
            report.problems[0] if report.problems else translate("storage", "the check failed")
        )
        self.on_damage(damage_found(path, problem))

    def _failed(self, error: BaseException) -> None:
        # The check itself could not run (not damage): say so, keep working.
        QMessageBox.warning(
            None,
            "WALL Desktop",
            translate("storage", "The database check could not run: {error}").replace(
                "{error}", str(error)
            ),
        )
        self.on_ok()
