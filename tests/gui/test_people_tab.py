"""The People tab, driven as a user would: search, add through the form, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from wall_desktop.gui.main_window import MainWindow
from wall_desktop.gui.tabs import people as people_module
from wall_desktop.gui.tabs.people import PeopleTab, PersonForm
from wall_desktop.services.people import EnrolmentInput, PersonInput, create_person
from wall_desktop.services.people_list import Role, count_people, list_people


@pytest.fixture(autouse=True, params=["paged", "local"])
def _mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test twice: the demo served page by page from SQL, and loaded whole."""
    if request.param == "paged":
        monkeypatch.setattr(people_module, "LOCAL_AT_MOST", 0)
    return str(request.param)


def _tab(window: MainWindow) -> PeopleTab:
    window.page(PeopleTab).load()  # in the mode of the test
    tab = window.page(PeopleTab)
    window.tabs.setCurrentWidget(tab)
    assert isinstance(tab, PeopleTab)
    return tab


def _shown_names(tab: PeopleTab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_typing_a_search_narrows_the_rows_ignoring_polish_letters(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    create_person(ws.ctx, PersonInput("Zofia", "Żółć"), EnrolmentInput(ws.programme_id))
    tab = _tab(window)
    tab.load()
    everyone = tab.row_count()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "zolc")
    assert _shown_names(tab) == ["Żółć Zofia"]
    tab.search.clear()
    assert tab.row_count() == everyone


def test_filters_by_role(window: MainWindow) -> None:
    ws = window.workspace
    tab = _tab(window)
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("mentor"))
    shown = [tab.proxy.row_at(r) for r in range(tab.row_count())]
    assert shown and all("mentor" in {str(x) for x in row.roles} for row in shown)
    assert len(shown) == count_people(ws.ctx, ws.programme_id, role=Role.MENTOR)
    assert len(shown) < count_people(ws.ctx, ws.programme_id)


def test_filters_and_search_combine(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    tab = _tab(window)
    hood = tab.neighbourhood_filter.itemData(1)
    tab.neighbourhood_filter.setCurrentIndex(1)
    in_hood = list_people(ws.ctx, ws.programme_id, neighbourhood_id=hood)
    assert _shown_ids(tab) == [r.id for r in in_hood]
    word = in_hood[0].last_name[:3].lower()
    qtbot.keyClicks(tab.search, word)
    expected = list_people(ws.ctx, ws.programme_id, neighbourhood_id=hood, search=word)
    assert _shown_ids(tab) == [r.id for r in expected] != []


def _shown_ids(tab: PeopleTab) -> list[int]:
    return [tab.proxy.row_at(r).id for r in range(tab.row_count())]


def _click_header(tab: PeopleTab, qtbot, column: int) -> None:  # type: ignore[no-untyped-def]
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_clicking_the_name_header_sorts_in_polish_order(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    for last in ("Żak", "Łukasiewicz", "Zieliński", "Lis", "Źdźbło", "Lwowski"):
        create_person(ws.ctx, PersonInput("Kwiryna", last), EnrolmentInput(ws.programme_id))
    tab = _tab(window)
    tab.load()
    tab.search.setText("kwiryna")
    polish = ["Lis", "Lwowski", "Łukasiewicz", "Zieliński", "Źdźbło", "Żak"]
    _click_header(tab, qtbot, 0)  # the name column was sorted up: now down
    assert tab.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [n.split()[0] for n in _shown_names(tab)] == polish[::-1]
    _click_header(tab, qtbot, 0)
    assert tab.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert [n.split()[0] for n in _shown_names(tab)] == polish


def test_only_a_page_is_loaded_and_scrolling_fetches_the_next(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(people_module, "LOCAL_AT_MOST", 0)  # the demo served as if large
    ws = window.workspace
    tab = _tab(window)
    tab.pages.page_size = 20
    tab.load()
    everyone = list_people(ws.ctx, ws.programme_id)
    assert len(everyone) > 40
    assert tab.model.total_rows() == 20 and tab.model.canFetchMore()
    assert set(tab.progress) <= {r.id for r in tab.model.rows()}  # hours of this page only
    for _ in range(3):
        tab.table.scrollToBottom()
        qtbot.wait(1)
    assert tab.model.total_rows() >= 60
    assert [r.id for r in tab.model.rows()] == [r.id for r in everyone[: tab.model.total_rows()]]


def _fill_form(form: PersonForm, qtbot, email: str) -> None:  # type: ignore[no-untyped-def]
    form.ui.first_name.clear()
    form.ui.last_name.clear()
    form.ui.email.clear()
    # QTest cannot type letters outside Latin-1; a keyboard layout's input would insert them
    form.ui.first_name.insert("Łucja")
    form.ui.last_name.insert("Ślęzak")
    qtbot.keyClicks(form.ui.email, email)


def test_a_bad_email_is_refused_under_its_field_then_a_good_one_saves(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    tab = _tab(window)
    before = count_people(ws.ctx, ws.programme_id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    form = tab.active_form
    assert isinstance(form, PersonForm) and form.isVisible()
    _fill_form(form, qtbot, "lucja@@example")
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Save
    assert form.isVisible()
    assert form.error_text("email")  # the service's message, shown under the field
    assert count_people(ws.ctx, ws.programme_id) == before
    form.ui.email.clear()
    qtbot.keyClicks(form.ui.email, "lucja@example.org")
    form.submit()
    assert not form.isVisible()
    assert count_people(ws.ctx, ws.programme_id) == before + 1
    tab.search.setText("slez")
    assert _shown_names(tab) == ["Ślęzak Łucja"]


def test_delete_asks_first_and_says_what_goes_with_the_person(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    tab = _tab(window)
    asked: list[tuple[str, str | None]] = []
    answer = [False]

    def confirm(_parent: object, what: str, goes_with: str | None = None) -> bool:
        asked.append((what, goes_with))
        return answer[0]

    monkeypatch.setattr(people_module, "confirm_delete", confirm)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    victim = tab.current_row()
    tab.delete_selected()
    assert asked[0][0] == victim.full_name
    assert "zapis" in (asked[0][1] or "") or "usun" in (asked[0][1] or "")  # Polish sentence
    assert any(p.id == victim.id for p in list_people(ws.ctx, ws.programme_id))  # said no
    answer[0] = True
    tab.delete_selected()
    assert not any(p.id == victim.id for p in list_people(ws.ctx, ws.programme_id))
    assert all(row.id != victim.id for row in tab.model.rows())


def test_hours_share_and_eligibility_come_from_the_service(window: MainWindow) -> None:
    from wall_desktop.gui.table_model import SORT_ROLE
    from wall_desktop.services.eligibility import progress_for_programme
    from wall_desktop.services.formatting import format_hours

    ws = window.workspace
    tab = _tab(window)
    progress = progress_for_programme(ws.ctx, ws.programme_id)
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5, 8)]
    assert headers == ["Godziny", "Udział w cyklu", "Certyfikat"]
    not_eligible = [
        r
        for r, row in enumerate(tab.model.rows())
        if row.id in progress and not progress[row.id].eligible
    ]
    outside = [r for r, row in enumerate(tab.model.rows()) if row.id not in progress]
    assert not_eligible and outside
    for r in not_eligible:
        p = progress[tab.model.row_at(r).id]
        assert tab.model.index(r, 5).data() == format_hours(p.attended_hours)
        assert tab.model.index(r, 5).data(SORT_ROLE) == p.attended_hours
        assert tab.model.index(r, 6).data(SORT_ROLE) == p.share
        assert tab.model.index(r, 7).data() == "nie przysługuje"
        assert p.reason in tab.model.index(r, 7).data(Qt.ItemDataRole.ToolTipRole)
        assert tab.model.index(r, 7).data(Qt.ItemDataRole.ForegroundRole) is not None
    for r in outside:  # mentors and trainers: no hours, no certificate
        assert tab.model.index(r, 5).data() == tab.model.index(r, 7).data() == ""
