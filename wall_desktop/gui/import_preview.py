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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wall_desktop.gui.import_model import (
    OUTCOME_COLOURS,
    PreviewModel,
    PreviewRow,
    may_choose,
    outcome_text,
)
from wall_desktop.gui.import_wizard import NOTE_STYLE, StatusArea
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
        self.w = wizard
        self.setTitle(self.tr("Preview: what the import will do"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Check the rows, then choose Import.")
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self._keep_selected: set[int] = set()  # rows chosen for, selected again once re-checked
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.show_box = QComboBox()
        self.show_box.setObjectName("show")
        self.show_box.addItems(
            [
                self.tr("all rows"),
                self.tr("errors and duplicates"),
                self.tr("records already there"),
                self.tr("new rows"),
            ]
        )
        self.show_box.currentIndexChanged.connect(lambda _i: self._filter())
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.show_box)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(show_label)
        top.addWidget(self.show_box)
        self.model = PreviewModel()
        self.proxy = make_proxy(self.model)
        self.table = QTableView()
        self.table.setObjectName("preview_rows")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.truncated = QLabel()
        self.truncated.setStyleSheet(NOTE_STYLE)
        self.truncated.hide()
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.truncated)
        choices = QHBoxLayout()
        choices.addWidget(self._duplicates_box(), 3)
        choices.addWidget(self._neighbourhoods_box(), 2)
        choices.addWidget(self._valid_only_box(), 3)
        box.addLayout(choices)
        self.status = StatusArea()
        box.addWidget(self.status)
        QWizardPage.setTabOrder(self.show_box, self.table)
        QWizardPage.setTabOrder(self.table, self.skip_all)
        QWizardPage.setTabOrder(self.skip_all, self.update_all)
        QWizardPage.setTabOrder(self.update_all, self.skip_selected)
        QWizardPage.setTabOrder(self.skip_selected, self.update_selected)
        QWizardPage.setTabOrder(self.update_selected, self.create_box)
        QWizardPage.setTabOrder(self.create_box, self.valid_only)
        QWizardPage.setTabOrder(self.valid_only, self.report_button)

    # --- the choices ---------------------------------------------------------------------
    def _duplicates_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Records already in the database"))
        self.skip_all = QRadioButton(self.tr("&Skip them"))
        self.skip_all.setObjectName("skip_all")
        self.update_all = QRadioButton(self.tr("&Update them from the file"))
        self.update_all.setObjectName("update_all")
        self.skip_all.setChecked(True)
        self.all_group = QButtonGroup(self)
        self.all_group.addButton(self.skip_all)
        self.all_group.addButton(self.update_all)
        self.update_all.toggled.connect(lambda _on: self._decide_all())
        self.skip_selected = QPushButton(self.tr("Skip the selected"))
        self.skip_selected.setObjectName("skip_selected")
        self.update_selected = QPushButton(self.tr("Update the selected"))
        self.update_selected.setObjectName("update_selected")
        self.skip_selected.clicked.connect(lambda: self._decide_selected(OnDuplicate.SKIP))
        self.update_selected.clicked.connect(lambda: self._decide_selected(OnDuplicate.UPDATE))
        radios = QHBoxLayout()
        radios.addWidget(self.skip_all)
        radios.addWidget(self.update_all)
        radios.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_selected)
        buttons.addWidget(self.update_selected)
        buttons.addStretch(1)
        box = QVBoxLayout(group)
        box.addLayout(radios)
        box.addLayout(buttons)
        self.duplicates_group = group
        return group

    def _neighbourhoods_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Neighbourhoods"))
        self.neighbourhoods = QLabel()
        self.neighbourhoods.setObjectName("neighbourhoods")
        self.neighbourhoods.setWordWrap(True)
        self.create_box = QCheckBox(self.tr("&Create the missing ones"))
        self.create_box.setObjectName("create_neighbourhoods")
        self.create_box.toggled.connect(self._create_toggled)
        box = QVBoxLayout(group)
        box.addWidget(self.neighbourhoods)
        box.addWidget(self.create_box)
        self.neighbourhoods_group = group
        return group

    def _valid_only_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Rows with errors"))
        self.valid_only = QCheckBox(self.tr("Import the &valid rows only"))
        self.valid_only.setObjectName("valid_only")
        self.valid_only.setToolTip(
            self.tr(
                "Unticked, nothing is imported while any row has an error. Ticked, the "
                "valid rows are imported and the others listed in a report."
            )
        )
        self.valid_only.toggled.connect(self._valid_only_toggled)
        self.report_label = QLabel()
        self.report_label.setObjectName("report_path")
        self.report_label.setWordWrap(True)
        self.report_label.setStyleSheet(NOTE_STYLE)
        self.report_button = QPushButton(self.tr("Report &file…"))
        self.report_button.setObjectName("report_button")
        self.report_button.clicked.connect(self._choose_report)
        row = QHBoxLayout()
        row.addWidget(self.valid_only, 1)
        row.addWidget(self.report_button)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.report_label)
        return group

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
