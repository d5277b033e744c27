"""Osoby / People: everyone in the open programme, filtered as you type, with their form.

A large programme is served a page at a time by ``people_page`` (SQL on
the indexed name keys, Polish order): each keystroke or filter change asks
the worker for the first page, scrolling fetches the next, and hours,
eligibility and consents are read for the fetched people only, so 100,000
people are never loaded at once.  A small one (``LOCAL_AT_MOST``) is read
whole once and filtered here, which costs less than a query per key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QWidget,
)

from wall_desktop.gui import labels
from wall_desktop.gui.column_widths import fit_columns
from wall_desktop.gui.combo import combo_value
from wall_desktop.gui.designer.ui_person_form import Ui_PersonForm
from wall_desktop.gui.forms import FormDialog, confirm_delete, date_of, set_date
from wall_desktop.gui.paged_model import PagedRowModel
from wall_desktop.gui.table_model import RIGHT, Column
from wall_desktop.gui.tabs.base import TableTab
from wall_desktop.gui.text import matches, person_sort_key
from wall_desktop.gui.worker import run_task
from wall_desktop.gui.workspace import Workspace
from wall_desktop.services.context import Context
from wall_desktop.services.eligibility import PersonProgress
from wall_desktop.services.formatting import format_hours, format_percent
from wall_desktop.services.neighbourhoods import NeighbourhoodRow, list_neighbourhoods
from wall_desktop.services.people import (
    EnrolmentInput,
    PersonDeletion,
    PersonDetail,
    PersonInput,
    create_person,
    delete_person,
    get_person,
    person_dependants,
    restore_person,
    update_person,
)
from wall_desktop.services.people_list import (
    EnrolmentStatus,
    Gender,
    PeoplePage,
    PersonRow,
    Role,
    count_people,
    people_page,
)

PAGE = 100  # rows per query: a few screens
LOCAL_AT_MOST = 1000  # people in a programme loaded whole and filtered without queries


class PeopleTab(TableTab):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(workspace, undo, parent)
        self.progress: dict[int, PersonProgress] = {}  # by person id, for the fetched rows
        self.neighbourhoods: list[NeighbourhoodRow] = []
        self._reloading = False  # the first page of ``load`` is on its way
        self._current: PersonRow | None = None  # selected before ``load``; selected again after
        self._local = False  # the programme is small: all rows loaded, filtered by the proxy
        self.pages: PagedRowModel[PersonRow] = PagedRowModel(self.columns(), PAGE)
        self.pages.on_page = self._take_page
        self.pages.page_loaded.connect(self._page_loaded)
        self.pages.failed.connect(self._query_failed)
        self.model = self.pages
        self.proxy.setSourceModel(self.pages)

    def title(self) -> str:
        return self.tr("People")

    def columns(self) -> Sequence[Column[PersonRow]]:
        return [
            Column(
                self.tr("Name"),
                lambda r: f"{r.last_name} {r.first_name}",
                lambda r: person_sort_key(r.first_name, r.last_name),  # the service's order
                tooltip=lambda r: " · ".join(x for x in (r.email, r.phone) if x) or None,
            ),
            Column(self.tr("Roles"), lambda r: ", ".join(labels.role(x) for x in r.roles)),
            Column(self.tr("Neighbourhood"), lambda r: r.neighbourhood_name or ""),
            Column(self.tr("Status"), lambda r: labels.enrolment_status(r.status)),
            Column(self.tr("Age group"), lambda r: labels.age_group(r.age_group)),
            Column(
                self.tr("Hours"),
                lambda r: self._figure(r, lambda p: format_hours(p.attended_hours)),
                lambda r: self._progress_of(r, "attended_hours"),
                RIGHT,
            ),
            Column(
                self.tr("Share of the cycle"),
                lambda r: self._figure(r, lambda p: format_percent(p.share, 1)),
                lambda r: self._progress_of(r, "share"),
                RIGHT,
                tooltip=lambda r: self._figure(r, self._share_tooltip) or None,
            ),
            Column(
                self.tr("Certificate"),
                lambda r: self._figure(
                    r, lambda p: self.tr("eligible") if p.eligible else self.tr("not eligible")
                ),
                lambda r: self._progress_of(r, "eligible"),
                tooltip=lambda r: self._figure(r, self._eligibility_tooltip) or None,
                warn=lambda r: (p := self.progress.get(r.id)) is not None and not p.eligible,
            ),
            Column(
                self.tr("Consents"),
                lambda r: labels.consent_state(r.consent_state),
                warn=lambda r: r.consent_state != "complete",
            ),
        ]

    # --- hours and eligibility (from services/eligibility, per fetched page) -----------
    def _figure(self, row: PersonRow, show: Callable[[PersonProgress], str]) -> str:
        found = self.progress.get(row.id)
        return show(found) if found is not None else ""  # not in the cycle: no hours

    def _progress_of(self, row: PersonRow, name: str) -> Any:
        found = self.progress.get(row.id)
        return getattr(found, name) if found is not None else None

    def _share_tooltip(self, p: PersonProgress) -> str:
        return (
            self.tr("{attended} of {held} held; {required} needed")
            .replace("{attended}", format_hours(p.attended_hours))
            .replace("{held}", format_hours(p.held_hours))
            .replace("{required}", format_hours(p.required_hours))
        )

    def _eligibility_tooltip(self, p: PersonProgress) -> str:
        if p.eligible:
            return self.tr("Meets the threshold: {share} of the held hours").replace(
                "{share}", format_percent(p.share, 1)
            )
        lines = [p.reason]
        if p.planned_hours > 0 and p.eligible_if_planned_attended:
            lines.append(self.tr("Will be eligible after attending the planned sessions"))
        return "\n".join(lines)

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.neighbourhood_filter = QComboBox()
        self.neighbourhood_filter.setObjectName("neighbourhood_filter")
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("role_filter")
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role_filter.addItem(labels.role(role), role.value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in EnrolmentStatus:
            self.status_filter.addItem(labels.enrolment_status(status), status.value)
        for combo in (self.neighbourhood_filter, self.role_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
            bar.addWidget(combo)

    # --- loading: the neighbourhoods, then the first page for the filters shown ----------
    def load(self) -> None:
        if self.workspace.programme is None:
            self.model.set_rows([])
            self.loaded.emit()
            return
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        run_task(
            lambda: (list_neighbourhoods(ctx, programme_id), count_people(ctx, programme_id)),
            self._fill_filter,
            self.show_error,
        )

    def _fill_filter(self, found: tuple[list[NeighbourhoodRow], int]) -> None:
        self.neighbourhoods, everyone = found
        chosen = combo_value(self.neighbourhood_filter)
        self.neighbourhood_filter.blockSignals(True)
        self.neighbourhood_filter.clear()
        self.neighbourhood_filter.addItem(self.tr("All neighbourhoods"), None)
        for n in self.neighbourhoods:
            self.neighbourhood_filter.addItem(n.name, n.id)
        self.neighbourhood_filter.setCurrentIndex(
            max(self.neighbourhood_filter.findData(chosen), 0)
        )
        self.neighbourhood_filter.blockSignals(False)
        self._reloading = True
        self._current = self.current_row()
        self._local = everyone <= LOCAL_AT_MOST
        self.apply_filter()  # the local filter, or the first page's query
        if self._local:
            ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
            self.pages.set_query(
                lambda _offset, _limit: people_page(ctx, programme_id, limit=LOCAL_AT_MOST)
            )

    def apply_filter(self, *_args: object) -> None:
        """A keystroke or a filter: the worker fetches the first page; older ones are dropped.

        A small programme's rows are all loaded: the proxy filters them instead.
        """
        if self.workspace.programme is None:
            return
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        text = self.search.text().strip() or None
        neighbourhood = combo_value(self.neighbourhood_filter)
        role = combo_value(self.role_filter)
        status = combo_value(self.status_filter)
        if self._local:
            self.proxy.set_predicate(
                lambda r: (
                    (neighbourhood is None or r.neighbourhood_id == neighbourhood)
                    and (role is None or role in r.roles)
                    and (status is None or r.status == status)
                    and (text is None or matches(text, r.first_name, r.last_name))
                )
            )
            return
        self.proxy.set_predicate(None)

        def query(offset: int, limit: int) -> PeoplePage:
            return people_page(
                ctx,
                programme_id,
                search=text,
                neighbourhood_id=neighbourhood,
                role=Role(role) if role else None,
                status=EnrolmentStatus(status) if status else None,
                offset=offset,
                limit=limit,
            )

        self.pages.set_query(query)

    def _take_page(self, page: PeoplePage, first: bool) -> None:
        if first:
            self.progress = dict(page.progress)
        else:
            self.progress.update(page.progress)

    def _page_loaded(self, first: bool) -> None:
        if not (first and self._reloading):
            return
        self._reloading = False
        fit_columns(self.table, self.model)
        current = self._current
        if current is not None:
            self.select_where(lambda r: r.id == current.id)
        self.loaded.emit()

    def _query_failed(self, error: BaseException) -> None:
        self._reloading = False
        self.show_error(error)

    # --- forms ----------------------------------------------------------------------
    def add_record(self) -> None:
        if self.workspace.programme is not None:
            self._open_form(None)

    def edit_row(self, row: PersonRow) -> None:
        ctx, programme_id = self.workspace.ctx, self.workspace.programme_id
        run_task(lambda: get_person(ctx, row.id, programme_id), self._open_form, self.show_error)

    def _open_form(self, detail: PersonDetail | None) -> None:
        form = PersonForm(
            self.workspace.ctx, self.workspace.programme_id, self.neighbourhoods, detail, self
        )
        self.open_form(form)

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        ctx = self.workspace.ctx
        run_task(lambda: person_dependants(ctx, row.id), self._confirm_delete, self.show_error)

    def _confirm_delete(self, deletion: PersonDeletion) -> None:
        if confirm_delete(self, deletion.name, deletion.describe()):
            ctx, person_id = self.workspace.ctx, deletion.person_id
            self.delete_undoably(
                self.tr("delete person “{name}”").replace("{name}", deletion.name),
                lambda: delete_person(ctx, person_id),
                lambda: restore_person(ctx, person_id),
            )


class PersonForm(FormDialog):
    def __init__(
        self,
        ctx: Context,
        programme_id: int,
        neighbourhoods: list[NeighbourhoodRow],
        detail: PersonDetail | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New person") if detail is None else self.tr("Person"), parent)
        self.ctx, self.programme_id, self.detail = ctx, programme_id, detail
        person = detail.data if detail else PersonInput("", "")
        enrolment = (
            detail.enrolment.data if detail and detail.enrolment else EnrolmentInput(programme_id)
        )
        ui = self.ui = Ui_PersonForm()
        self.use_form(ui)
        ui.first_name.setText(person.first_name)
        ui.last_name.setText(person.last_name)
        for g in Gender:
            ui.gender.addItem(labels.gender(g), g.value)
        ui.gender.setCurrentIndex(ui.gender.findData(str(person.gender)))
        set_date(ui.birth_date, person.birth_date)
        ui.birth_year.setRange(1899, date.today().year)
        ui.birth_year.setSpecialValueText(" ")
        ui.birth_year.setValue(person.birth_year or 1899)
        ui.email.setText(person.email or "")
        ui.phone.setText(person.phone or "")
        ui.neighbourhood_id.addItem(self.tr("(none)"), None)
        for n in neighbourhoods:
            ui.neighbourhood_id.addItem(n.name, n.id)
        ui.neighbourhood_id.setCurrentIndex(
            max(ui.neighbourhood_id.findData(enrolment.neighbourhood_id), 0)
        )
        for s in EnrolmentStatus:
            ui.status.addItem(labels.enrolment_status(s), s.value)
        ui.status.setCurrentIndex(ui.status.findData(str(enrolment.status)))
        self.roles: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(labels.role(role), ui.roles)
            box.setChecked(role in enrolment.roles)
            self.roles[role] = box
            ui.roles_layout.addWidget(box)
        ui.notes.setPlainText(person.notes or "")
        self.resize(560, self.sizeHint().height())

    def collect(self) -> Callable[[], Any]:
        year = self.ui.birth_year.value()
        old = self.detail.data if self.detail else PersonInput("", "")
        person = PersonInput(
            first_name=self.ui.first_name.text(),
            last_name=self.ui.last_name.text(),
            gender=Gender(combo_value(self.ui.gender)),
            birth_date=date_of(self.ui.birth_date),
            birth_year=None if year == self.ui.birth_year.minimum() else year,
            email=self.ui.email.text() or None,
            phone=self.ui.phone.text() or None,
            pesel=old.pesel,
            postal_code=old.postal_code,
            notes=self.ui.notes.toPlainText() or None,
        )
        old_enrolment = (
            self.detail.enrolment.data
            if self.detail and self.detail.enrolment
            else EnrolmentInput(self.programme_id)
        )
        enrolment = EnrolmentInput(
            programme_id=self.programme_id,
            neighbourhood_id=combo_value(self.ui.neighbourhood_id),
            status=EnrolmentStatus(combo_value(self.ui.status)),
            roles=frozenset(r for r, box in self.roles.items() if box.isChecked()),
            applied_on=old_enrolment.applied_on,
        )
        ctx, detail = self.ctx, self.detail
        if detail is None:
            return lambda: create_person(ctx, person, enrolment)
        return lambda: update_person(
            ctx, detail.id, person, enrolment, expected_version=detail.row_version
        )
