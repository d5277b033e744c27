"""The small dialogs laid out from Designer forms: driven as a user would, in Polish.

Also holds every ``translate(context, text)`` string of the backup, storage and
export modules to a real context with a Polish translation, so that none of
them shows in English on a Polish screen.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from tools.gui_i18n import ts_path
from wall_desktop.gui.app import install_language
from wall_desktop.gui.backup_dialogs import RestoreDialog
from wall_desktop.gui.dialogs import ProgrammeForm, SettingsDialog, StartDialog
from wall_desktop.gui.lock_dialog import LockReasonForm
from wall_desktop.gui.pick_dialog import PickDialog
from wall_desktop.gui.scans import ImageViewer
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.backup import make_backup
from wall_desktop.services.programmes import list_programmes
from wall_desktop.services.project_locks import is_locked
from wall_desktop.services.projects import list_projects
from wall_desktop.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "wall_desktop" / "gui"


def _save(form: QDialog, qtbot: QtBot) -> None:
    buttons = form.findChild(QDialogButtonBox, "buttons")
    assert buttons is not None
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _texts(dialog: QDialog) -> list[str]:
    """What the user reads on the dialog: its title, labels and buttons."""
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisibleTo(dialog) and widget.text():
            texts.append(widget.text().replace("&", ""))
    return texts


def test_unlocking_asks_for_a_reason_and_records_it(demo_ws: Workspace, qtbot: QtBot) -> None:
    project = next(p for p in list_projects(demo_ws.ctx, demo_ws.programme_id) if p.locked)
    form = LockReasonForm(demo_ws.ctx, project.id, project.title, unlock=True)
    qtbot.addWidget(form)
    form.show()
    assert form.objectName() == "lock_reason_form"
    assert form.windowTitle() == "Odblokuj projekt"
    assert project.title in form.ui.intro.text()
    assert form.ui.reason_label.buddy() is form.reason
    _save(form, qtbot)  # no reason: refused, the message under the field
    assert form.error_text("reason") != "" and form.isVisible()
    assert is_locked(demo_ws.ctx, project.id)
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, "Brak opisu faktury")  # (QTest types ASCII only)
    form.reason.insertPlainText(" – żółć")
    qtbot.keyClick(form.reason, Qt.Key.Key_Tab)  # Tab leaves the text for the buttons
    assert form.reason.toPlainText() == "Brak opisu faktury – żółć"
    assert QApplication.focusWidget() is not form.reason
    _save(form, qtbot)
    assert form.result() == QDialog.DialogCode.Accepted
    assert not is_locked(demo_ws.ctx, project.id)


def test_a_new_programme_with_its_dates_the_wrong_way_round_is_refused(
    demo_ws: Workspace, qtbot: QtBot
) -> None:
    before = len(list_programmes(demo_ws.ctx))
    form = ProgrammeForm(demo_ws.ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.windowTitle() == "Nowy program"
    assert form.ui.start_date.date().month() == 1 and form.ui.end_date.date().month() == 12
    qtbot.keyClicks(form.ui.name, "WALL 2031")
    form.ui.end_date.setDate(form.ui.start_date.date().addDays(-1))
    _save(form, qtbot)
    assert form.error_text("end_date") != "" and form.isVisible()
    assert len(list_programmes(demo_ws.ctx)) == before
    form.ui.end_date.setDate(form.ui.start_date.date().addDays(300))
    qtbot.keyClicks(form.ui.funder, "Fundacja Zolc")
    _save(form, qtbot)
    assert form.result() == QDialog.DialogCode.Accepted
    names = {p.name for p in list_programmes(demo_ws.ctx)}
    assert len(names) == before + 1 and "WALL 2031" in names


def test_the_start_dialog_answers_with_the_button_pressed(qtbot: QtBot) -> None:
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.create_button.isDefault()
    assert "Utwórz program…" in _texts(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == StartDialog.DEMO


def test_settings_save_the_language_chosen(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Ustawienia"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_settings().language == "en"


def test_the_pick_dialog_narrows_as_you_type_and_enter_chooses(qtbot: QtBot) -> None:
    items = {"a": [("Żółta sala", 1), ("Niebieska sala", 2)], "b": [("Inna", 3)]}
    dialog = PickDialog(
        "Wybierz salę",
        "Drukuj",
        "&Sale",
        lambda group: items[group],
        group_label="&Budynek",
        groups=[("Budynek A", "a"), ("Budynek B", "b")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        dialog.ui.group_label.text() == "&Budynek" and dialog.ui.group_label.buddy() is dialog.group
    )
    assert dialog.labels() == ["Żółta sala", "Niebieska sala"]
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.search, "zolt")
    assert dialog.labels() == ["Żółta sala"]
    dialog.items.setCurrentRow(0)
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Drukuj"
    qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen() == 1


def test_the_pick_dialog_without_groups_shows_no_group_box(qtbot: QtBot) -> None:
    dialog = PickDialog("Wybierz", "OK", "Osoby", lambda _g: [("Anna", 7)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.group.isVisible() and not dialog.ui.group_label.isVisible()
    assert dialog.chosen() == 7  # the only entry is chosen at once


def test_the_image_viewer_shows_the_scan_at_its_own_size(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    path = tmp_path / "skan.png"
    image.save(str(path))
    viewer = ImageViewer("skan.png", path.read_bytes())
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.objectName() == "image_viewer" and viewer.windowTitle() == "skan.png"
    assert viewer.image.size().width() == 1200 and viewer.image.size().height() == 900
    assert viewer.ui.scroll.horizontalScrollBar().maximum() > 0


def test_the_restore_dialog_speaks_polish_and_english(
    demo_template: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    import shutil

    db = tmp_path / "wall.sqlite"
    shutil.copy(demo_template, db)
    make_backup(db, reason="manual")
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    headers = [dialog.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert dialog.windowTitle() == "Przywracanie z kopii"
    assert headers == ["Zrobiona", "Powód", "Rozmiar"]
    texts = _texts(dialog)
    assert "Inny plik…" in texts and "Przywróć…" in texts and "Anuluj" in texts
    assert dialog.table.model().index(0, 1).data() == "zrobiona ręcznie"
    assert "Sprawdzona" in dialog.details.text()

    install_language("en")
    english = RestoreDialog(db)
    qtbot.addWidget(english)
    english.show()
    assert english.windowTitle() == "Restore from backup"
    assert [english.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Made",
        "Why",
        "Size",
    ]


def _translated_literals(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, source) of each ``translate(...)``/``QT_TRANSLATE_NOOP`` call, and of
    each ``self.tr(...)`` with the class it is in as the context."""
    found: list[tuple[int, str, str]] = []
    tree = ast.parse(path.read_text("utf-8"))

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                texts = [a.value if isinstance(a, ast.Constant) else None for a in args[:2]]
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    if isinstance(texts[0], str) and isinstance(texts[1], str):
                        found.append((child.lineno, texts[0], texts[1]))
                elif name == "tr" and args and isinstance(texts[0], str):
                    found.append((child.lineno, inner, texts[0]))
            visit(child, inner)

    visit(tree, "")
    return found


def test_every_backup_storage_and_export_string_has_a_context_and_polish() -> None:
    modules = [
        GUI / "backup_dialogs.py",
        GUI / "storage_dialogs.py",
        GUI / "export_dialogs.py",
        GUI / "export_register_dialog.py",
        GUI / "actions" / "backup.py",
        GUI / "actions" / "export.py",
    ]
    polish = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in ET.parse(ts_path("pl")).getroot().iter("context")
        for message in context.iter("message")
    }
    untranslated = []
    checked = 0
    for module in modules:
        for line, context, source in _translated_literals(module):
            checked += 1
            wanted = polish.get((context, source))
            # what the program shows must be the translation in the .ts ("SHA-256" stays)
            if not context or not wanted or QCoreApplication.translate(context, source) != wanted:
                untranslated.append(f"{module.name}:{line} [{context}] {source}")
    assert checked > 100
    assert untranslated == []


FORMS = [
    "start_dialog",
    "programme_form",
    "settings_dialog",
    "guide_dialog",
    "lock_reason_form",
    "pick_dialog",
    "image_viewer",
    "scans_dialog",
    "pdf_preview_dialog",
    "register_dialog",
    "restore_dialog",
    "workbook_dialog",
]


def test_every_text_of_these_forms_is_shown_in_polish() -> None:
    """The forms' texts reach the .ts (lupdate reads ui/*.ui) and load in Polish."""
    missing = []
    for name in FORMS:
        root = ET.parse(ROOT / "ui" / f"{name}.ui").getroot()
        context = root.findtext("class") or ""
        for string in root.iter("string"):
            if string.get("notr") == "true" or not string.text:
                continue
            if QCoreApplication.translate(context, string.text) == string.text:
                missing.append(f"{name}.ui [{context}] {string.text}")
    assert missing == []
