"""The register of exports: each workbook sent is recorded with its SHA-256, and found again."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.workbook_fixtures import demo_ctx, demo_path  # noqa: F401
from wall_desktop.exports.workbook import WorkbookOptions, export_workbook
from wall_desktop.services.context import Context
from wall_desktop.services.errors import ValidationError
from wall_desktop.services.export_register import list_exports, matching_exports, record_export
from wall_desktop.services.programmes import choose_programme


def test_a_workbook_is_recorded_and_can_be_proven(demo_ctx: Context, tmp_path: Path) -> None:  # noqa: F811
    programme = choose_programme(demo_ctx).id
    before = len(list_exports(demo_ctx, programme))
    result = export_workbook(demo_ctx, WorkbookOptions(programme), tmp_path / "dla Fundacji.xlsx")
    listed = list_exports(demo_ctx, programme)
    assert len(listed) == before + 1
    newest = listed[0]
    assert newest.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    assert newest.operator == "Zofia Żółkiewska"
    assert newest.file_name.endswith("dla Fundacji.xlsx")
    assert newest.kind == "funder_workbook" and "Wrocławska" in (newest.scope or "")
    assert [r.id for r in matching_exports(demo_ctx, result.path)] == [newest.id]
    other = tmp_path / "other.txt"
    other.write_text("not sent")
    assert matching_exports(demo_ctx, other) == []


def test_recording_a_missing_file_is_refused(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        record_export(ctx, tmp_path / "none.xlsx", kind="funder_workbook", programme_id=None)
    assert list_exports(ctx) == []
