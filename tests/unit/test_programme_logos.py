"""Programme logos: checked by content, stored in order, printed on the certificates."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.certificate_factories import make_academy, set_eligibility
from wall_desktop.cli import main
from wall_desktop.exports.pdf.certificate import certificates_pdf
from wall_desktop.exports.pdf.certificate_logos import BAND_BOTTOM, BAND_HEIGHT, place_logos
from wall_desktop.i18n import get_language, set_language
from wall_desktop.services import programme_logos as logos
from wall_desktop.services.certificates import certificate_pages, issue_certificates
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, ValidationError


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """The messages are asserted in English, whatever language an earlier test left set."""
    before = get_language()
    set_language("en")
    yield
    set_language(before)


def image_bytes(kind: str, size: tuple[int, int] = (300, 120), colour: str = "teal") -> bytes:
    buffer = io.BytesIO()
    mode = "RGBA" if kind == "PNG" else "RGB"
    Image.new(mode, size, colour).save(buffer, kind)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _stored(ctx: Context, programme_id: int) -> list[str]:
    return [r.file_name for r in logos.list_logos(ctx, programme_id)]


def test_png_and_jpeg_are_stored_in_order(ctx: Context, tmp_path: Path) -> None:
    academy = make_academy(ctx)
    png = logos.add_logo(
        ctx, academy.programme_id, write(tmp_path / "centrum.png", image_bytes("PNG"))
    )
    jpeg = logos.add_logo(
        ctx, academy.programme_id, write(tmp_path / "eog.jpeg", image_bytes("JPEG", (200, 200)))
    )
    assert (png.media_type, png.width, png.height) == ("image/png", 300, 120)
    assert (jpeg.media_type, jpeg.width, jpeg.height) == ("image/jpeg", 200, 200)
    assert _stored(ctx, academy.programme_id) == ["centrum.png", "eog.jpeg"]
    assert logos.logo_content(ctx, png.id) == (tmp_path / "centrum.png").read_bytes()

    logos.move_logo(ctx, jpeg.id, -1)
    assert _stored(ctx, academy.programme_id) == ["eog.jpeg", "centrum.png"]
    logos.move_logo(ctx, jpeg.id, -1)  # already first: stays
    assert _stored(ctx, academy.programme_id) == ["eog.jpeg", "centrum.png"]

    logos.remove_logo(ctx, jpeg.id)
    assert _stored(ctx, academy.programme_id) == ["centrum.png"]
    with pytest.raises(NotFound):
        logos.remove_logo(ctx, jpeg.id)


def _refused(ctx: Context, programme_id: int, path: Path) -> str:
    with pytest.raises(ValidationError) as caught:
        logos.add_logo(ctx, programme_id, path)
    assert logos.list_logos(ctx, programme_id) == []  # nothing stored on refusal
    return caught.value.errors["file"]


def test_files_that_are_not_logos_are_refused_and_nothing_is_stored(
    ctx: Context, tmp_path: Path
) -> None:
    pid = make_academy(ctx).programme_id
    text = _refused(ctx, pid, write(tmp_path / "logo.png", b"Logo fundacji"))
    assert "logo.png" in text and "PNG" in text and "JPEG" in text

    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    assert "PNG" in _refused(ctx, pid, write(tmp_path / "anim.png", gif.getvalue()))

    cut = image_bytes("PNG", (400, 400))[:200]  # a PNG header, then the file stops
    assert "damaged" in _refused(ctx, pid, write(tmp_path / "cut.png", cut))
    cut_jpeg = image_bytes("JPEG", (400, 400))[:300]
    assert "damaged" in _refused(ctx, pid, write(tmp_path / "cut.jpg", cut_jpeg))

    big = image_bytes("PNG") + b"\0" * logos.MAX_BYTES  # trailing bytes: a valid image, too big
    assert "MB" in _refused(ctx, pid, write(tmp_path / "huge.png", big))

    assert "Cannot read" in _refused(ctx, pid, tmp_path / "missing.png")


def test_an_image_too_large_in_pixels_is_refused(ctx: Context, tmp_path: Path) -> None:
    pid = make_academy(ctx).programme_id
    wide = image_bytes("PNG", (logos.MAX_SIDE + 1, 2), "white")
    assert "pixels" in _refused(ctx, pid, write(tmp_path / "wide.png", wide))


def test_logos_share_one_height_keep_their_shape_and_fit_the_band() -> None:
    placed = place_logos([(300, 100), (100, 100)])
    assert [round(p.height, 3) for p in placed] == [BAND_HEIGHT, BAND_HEIGHT]
    assert placed[0].width == pytest.approx(3 * placed[0].height)
    assert placed[0].x + placed[0].width < placed[1].x  # no overlap
    many = place_logos([(1000, 100)] * 4)  # too wide together: all shrink
    assert many[0].height < BAND_HEIGHT
    assert many[0].x >= 56 and many[-1].x + many[-1].width <= 595.28 - 56 + 1e-6
    assert all(p.y >= BAND_BOTTOM and p.y + p.height <= BAND_BOTTOM + BAND_HEIGHT for p in many)
    assert place_logos([]) == []


def _image_count(data: bytes) -> list[int]:
    return [len(page.images) for page in PdfReader(io.BytesIO(data)).pages]


def test_certificates_print_the_logos_and_keep_their_text(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, {"Zuzanna Łęcka-Żółć": "48.5", "Łukasz Ślęzak": "60"})
    issue_certificates(ctx, academy.programme_id, issue_date=date(2023, 9, 12))
    plain = certificates_pdf(certificate_pages(ctx, academy.programme_id))
    assert _image_count(plain) == [0, 0]

    logos.add_logo(ctx, academy.programme_id, write(tmp_path / "a.png", image_bytes("PNG")))
    logos.add_logo(ctx, academy.programme_id, write(tmp_path / "b.jpg", image_bytes("JPEG")))
    pages = certificate_pages(ctx, academy.programme_id)
    assert [len(p.logos) for p in pages] == [2, 2]
    data = certificates_pdf(pages)
    assert _image_count(data) == [2, 2]
    reader = PdfReader(io.BytesIO(data))
    sizes = sorted(Image.open(io.BytesIO(img.data)).size for img in reader.pages[0].images)
    assert sizes == [(300, 120), (300, 120)]
    text = reader.pages[0].extract_text()
    assert "Łukasz Ślęzak" in text or "Zuzanna Łęcka-Żółć" in text
    assert "WALL/2023/0001" in text and "CERTYFIKAT" in text.replace(" ", "")


def test_cli_lists_adds_moves_and_removes(
    ctx: Context, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    academy = make_academy(ctx)
    db = ["--db", str(db_path)]
    assert main([*db, "logos", "list"]) == 0
    empty = capsys.readouterr().out
    assert empty.strip() and "\t" not in empty  # a sentence, no rows
    assert _stored(ctx, academy.programme_id) == []
    assert main([*db, "logos", "add", str(write(tmp_path / "a.png", image_bytes("PNG")))]) == 0
    assert main([*db, "logos", "add", str(write(tmp_path / "b.jpg", image_bytes("JPEG")))]) == 0
    assert main([*db, "logos", "add", str(write(tmp_path / "c.png", b"not an image"))]) == 1
    assert _stored(ctx, academy.programme_id) == ["a.png", "b.jpg"]
    second = logos.list_logos(ctx, academy.programme_id)[1].id
    assert main([*db, "logos", "move", str(second), "left"]) == 0
    assert _stored(ctx, academy.programme_id) == ["b.jpg", "a.png"]
    capsys.readouterr()
    assert main([*db, "logos", "list"]) == 0
    out = capsys.readouterr().out
    assert out.index("b.jpg") < out.index("a.png")
    assert main([*db, "logos", "remove", str(second)]) == 0
    assert _stored(ctx, academy.programme_id) == ["a.png"]
