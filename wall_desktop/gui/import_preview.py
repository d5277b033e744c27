"""The import wizard's preview: every row's outcome, and the choices that change it.

Duplicates of stored records are skipped or updated (all at once, or the
selected rows), unknown neighbourhoods may be created, and the import may
take the valid rows only, with a report of the others.  A change of choice
runs the preview again, so the counts shown are always the importer's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from wall_desktop.gui.designer.ui_import_preview_page import Ui_ImportPreviewPage
from wall_desktop.gui.import_model import (
    OUTCOME_COLOURS,
    PreviewModel,
    PreviewRow,
    may_choose,
    outcome_text,
)
from wall_desktop.gui.import_work import PreviewLook, preview_with_neighbourhoods
from wall_desktop.gui.table_model import make_proxy
from wall_desktop.services.importing import Kind, OnDuplicate, Outcome, Preview
from wall_desktop.services.importing.report import default_report_path

if TYPE_CHECKING:
    from wall_desktop.gui.import_wizard import ImportWizard

translate = QCoreApplication.translate


def ask_save_path(parent: QWidget | None, caption: str, suggested: Path, filters: str) -> str:
    """Tests replace this; Qt's dialog asks before overwriting."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return path


SHOW_ALL, SHOW_PROBLEMS, SHOW_MATCHES, SHOW_NEW = range(4)


class ImportPreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)  # the choices, and the tab order through them
        self.w = wizard
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self._keep_selected: set[int] = set()  # rows chosen for, selected again once re-checked
        ui = self.ui
        self.counts = ui.counts
        self.show_box = ui.show
        self.show_box.currentIndexChanged.connect(lambda _i: self._filter())
        self.model = PreviewModel()
        self.proxy = make_proxy(self.model)
        self.table = ui.preview_rows
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.truncated = ui.truncated
        self.status = ui.status
        # records already in the database: skipped or updated, all or the selected
        self.duplicates_group = ui.duplicates_group
        self.skip_all, self.update_all = ui.skip_all, ui.update_all
        self.all_group = ui.all_group
        self.update_all.toggled.connect(lambda _on: self._decide_all())
        self.skip_selected, self.update_selected = ui.skip_selected, ui.update_selected
        self.skip_selected.clicked.connect(lambda: self._decide_selected(OnDuplicate.SKIP))
        self.update_selected.clicked.connect(lambda: self._decide_selected(OnDuplicate.UPDATE))
        # neighbourhoods not in the programme
        self.neighbourhoods_group = ui.neighbourhoods_group
        self.neighbourhoods = ui.neighbourhoods
        self.create_box = ui.create_neighbourhoods
        self.create_box.toggled.connect(self._create_toggled)
        # rows with errors
        self.valid_only = ui.valid_only
        self.valid_only.toggled.connect(self._valid_only_toggled)
        self.report_label = ui.report_path
        self.report_button = ui.report_button
        self.report_button.clicked.connect(self._choose_report)

    # --- running the preview ---------------------------------------------------------------
    def initializePage(self) -> None:
        state = self.w.state
        if state.report_path is None and state.path is not None:
            state.report_path = default_report_path(state.path)
        self.valid_only.blockSignals(True)
        self.valid_only.setChecked(state.valid_only)
        self.valid_only.blockSignals(False)
        self._show_report_path()
        self.refresh()

    def refresh(self) -> None:
        state = self.w.state
        ctx, kind, path = self.w.workspace.ctx, state.kind, state.path
        options = self.w.import_options()
        assert path is not None
        self.w.run(
            lambda progress, cancelled: preview_with_neighbourhoods(
                ctx, kind, path, options, progress=progress, cancelled=cancelled
            ),
            self._previewed,
            self.status,
            self.tr("Checking every row…"),
        )

    def _previewed(self, look: PreviewLook) -> None:
        self.w.state.unknown_neighbourhoods = look.unknown_neighbourhoods
        self.show_preview(look.preview)

    def show_preview(self, preview: Preview) -> None:
        """Show ``preview`` (also the one an all-or-nothing refusal carries)."""
        state = self.w.state
        state.preview = preview
        self.model.set_results(preview.rows, self.w.import_options().decision)
        self.table.resizeColumnsToContents()
        for column, cap in enumerate((90, 130, 260, 150)):
            self.table.setColumnWidth(column, max(min(self.table.columnWidth(column), cap), 70))
        self._filter()
        self._reselect(self._keep_selected)
        self._keep_selected = set()
        self._show_counts(preview)
        self._show_neighbourhoods(preview)
        any_match = any(may_choose(r) for r in preview.rows)
        self.duplicates_group.setEnabled(any_match or state.on_duplicate is OnDuplicate.UPDATE)
        self._selection()
        if preview.rows_truncated:
            self.truncated.setText(
                self.tr("The first {shown} rows are listed; the counts cover all {total}.")
                .replace("{shown}", str(len(preview.rows)))
                .replace("{total}", str(preview.total_rows))
            )
        self.truncated.setVisible(preview.rows_truncated)
        self.completeChanged.emit()

    def _show_counts(self, preview: Preview) -> None:
        parts = []
        for outcome in Outcome:
            fore, back = OUTCOME_COLOURS[outcome]
            parts.append(
                f'<span style="color:{fore}; background:{back};">&nbsp;{outcome_text(outcome)}: '
                f"<b>{preview.count(outcome)}</b>&nbsp;</span>"
            )
        total = self.tr("Rows: {n}").replace("{n}", str(preview.total_rows))
        into = self.tr("into the programme {name}").replace(
            "{name}", _escape(preview.programme_name)
        )
        self.counts.setText(f"<b>{total}</b> &nbsp; {' '.join(parts)} &nbsp; {into}")

    def _show_neighbourhoods(self, preview: Preview) -> None:
        state = self.w.state
        kind_has = state.kind is not Kind.ATTENDANCE
        self.neighbourhoods_group.setVisible(kind_has)
        names = ", ".join(state.unknown_neighbourhoods)
        if not state.unknown_neighbourhoods:
            text = self.tr("Every neighbourhood named in the file is in the programme.")
        elif state.create_neighbourhoods:
            text = self.tr("To be created: {names}").replace("{names}", names)
        else:
            text = self.tr("Not in the programme yet: {names}").replace("{names}", names)
        self.neighbourhoods.setText(text)
        self.create_box.setEnabled(
            bool(state.unknown_neighbourhoods) or state.create_neighbourhoods
        )

    def _filter(self) -> None:
        shown = self.show_box.currentIndex()
        wanted = {
            SHOW_ALL: None,
            SHOW_PROBLEMS: (Outcome.ERROR, Outcome.DUPLICATE),
            SHOW_MATCHES: (Outcome.UPDATE, Outcome.DUPLICATE),
            SHOW_NEW: (Outcome.NEW,),
        }[shown]
        self.proxy.set_predicate(
            None
            if wanted is None
            else (lambda r: isinstance(r, PreviewRow) and r.outcome in wanted)
        )

    def _selected(self) -> list[PreviewRow]:
        rows = self.table.selectionModel().selectedRows()
        return [r for r in (self.proxy.row_at(i.row()) for i in rows) if may_choose(r.result)]

    def _selection(self) -> None:
        choosable = bool(self._selected())
        self.skip_selected.setEnabled(choosable)
        self.update_selected.setEnabled(choosable)

    # --- changing the choices --------------------------------------------------------------
    def _decide_all(self) -> None:
        state = self.w.state
        state.on_duplicate = OnDuplicate.UPDATE if self.update_all.isChecked() else OnDuplicate.SKIP
        state.decisions.clear()
        self.refresh()

    def _decide_selected(self, decision: OnDuplicate) -> None:
        chosen = self._selected()
        for row in chosen:
            self.w.state.decisions[row.row] = decision
        if chosen:
            self._keep_selected = {r.row for r in chosen}
            self.refresh()

    def _reselect(self, rows: set[int]) -> None:
        selection = self.table.selectionModel()
        for r in range(self.proxy.rowCount()):
            if self.proxy.row_at(r).row in rows:
                selection.select(
                    self.proxy.index(r, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _create_toggled(self, on: bool) -> None:
        self.w.state.create_neighbourhoods = on
        self.refresh()

    def _valid_only_toggled(self, on: bool) -> None:
        self.w.state.valid_only = on  # the preview is the same either way
        self._show_report_path()

    def _show_report_path(self) -> None:
        state = self.w.state
        on = self.valid_only.isChecked()
        self.report_button.setEnabled(on)
        path = state.report_path
        text = self.tr("The rows left out will be listed in: {path}").replace(
            "{path}", str(path) if path else ""
        )
        self.report_label.setText(text)
        self.report_label.setEnabled(on)

    def _choose_report(self) -> None:
        state = self.w.state
        suggested = state.report_path or (
            default_report_path(state.path) if state.path else Path.home()
        )
        chosen = ask_save_path(
            self,
            self.tr("The report of the rows left out"),
            suggested,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
            state.report_path = path
            self._show_report_path()

    def isComplete(self) -> bool:
        return not self.w.busy and self.w.state.preview is not None

    def validatePage(self) -> bool:
        return self.isComplete()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
