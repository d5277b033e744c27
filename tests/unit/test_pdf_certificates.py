"""Certificate PDFs: text with Polish letters, embedded fonts, a page each, a QR that verifies."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from tests.certificate_factories import make_academy, set_eligibility
from wall_desktop.db.models import DatabaseInfo
from wall_desktop.exports.pdf.certificate import (
    certificates_pdf,
    person_file_name,
    write_certificates,
    write_certificates_per_person,
)
from wall_desktop.exports.pdf.files import safe_file_name
from wall_desktop.services.certificates import (
    VerifyStatus,
    certificate_pages,
    issue_certificates,
    revoke_certificate,
    verify_certificate,
)
from wall_desktop.services.context import Context
from wall_desktop.services.errors import Cancelled

DAY = date(2023, 9, 12)
HOURS = {
    "Zuzanna Łęcka-Żółć": "48.5",
    "Łukasz Ślęzak": "60",
    "Alex Nowak": "22",
    "Agnieszka Ćwiek": "52",
    "Jan Źrebiec": "49.25",
}


def _issued(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> int:
    academy = make_academy(ctx)
    set_eligibility(monkeypatch, academy, HOURS)
    issue_certificates(ctx, academy.programme_id, issue_date=DAY)
    return academy.programme_id


def _texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _fonts_embedded(data: bytes) -> set[str]:
    """Names of the fonts used, after checking that each carries its font file."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page["/Resources"]
        font_dicts = [resources.get("/Font", {})]
        for xobject in resources.get("/XObject", {}).values():
            font_dicts.append(xobject.get_object()["/Resources"].get("/Font", {}))
        for fonts in font_dicts:
            for ref in fonts.values():
                font = ref.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, font["/BaseFont"]
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def _render(pdf: Path, page: int, tmp_path: Path) -> Image.Image:
    out = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-gray",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(out),
        ],
        check=True,
    )
    return Image.open(f"{out}.png")


def test_text_fonts_and_one_page_each(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    programme = _issued(ctx, monkeypatch)
    pages = certificate_pages(ctx, programme)
    data = certificates_pdf(pages)
    texts = _texts(data)
    assert len(texts) == len(pages) == 5
    by_name = {p.full_name: t for p, t in zip(pages, texts, strict=True)}
    zuzanna = by_name["Zuzanna Łęcka-Żółć"]
    assert "Zuzanna Łęcka-Żółć" in zuzanna
    assert "ukończyła cykl szkoleń" in zuzanna
    assert "48,5 godziny" in zuzanna
    assert "WALL/2023/0003" in zuzanna
    assert "Przedmieście Oławskie" in zuzanna
    assert "Wrocław, 12.09.2023" in zuzanna
    assert "Certyfikat".upper() in zuzanna
    assert "Aktywni Obywatele – Fundusz Krajowy" in zuzanna
    assert "ukończył cykl szkoleń" in by_name["Łukasz Ślęzak"]
    assert "60 godzin" in by_name["Łukasz Ślęzak"]
    assert "za ukończenie cyklu szkoleń" in by_name["Alex Nowak"]
    assert "22 godziny" in by_name["Alex Nowak"]
    assert "49,25 godziny" in by_name["Jan Źrebiec"]
    assert "DEMO" not in zuzanna
    numbers = [p.number for p in pages]
    assert numbers == [f"WALL/2023/{n:04d}" for n in range(1, 6)]
    assert _fonts_embedded(data) >= {"Lato-Bold", "Lato-Regular", "Lato-Black"}
    # A reprint is the same text.
    assert _texts(certificates_pdf(certificate_pages(ctx, programme))) == texts


def test_demo_database_prints_demo(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    programme = _issued(ctx, monkeypatch)
    with ctx.db.write("Tester") as s:
        s.execute(update(DatabaseInfo).values(is_demo=True))
    (text,) = _texts(certificates_pdf(certificate_pages(ctx, programme)[:1]))
    assert "DEMO" in text


def test_qr_from_the_rendered_page_verifies(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import zxingcpp

    programme = _issued(ctx, monkeypatch)
    pages = certificate_pages(ctx, programme)
    pdf = write_certificates(pages, tmp_path / "certyfikaty.pdf")
    decoded = [zxingcpp.read_barcode(_render(pdf, i + 1, tmp_path)) for i in (0, 2)]
    for result, page in zip(decoded, (pages[0], pages[2]), strict=True):
        assert result is not None and result.format == zxingcpp.BarcodeFormat.QRCode
        assert result.text == page.qr_payload
        assert verify_certificate(ctx, result.text).status == VerifyStatus.GENUINE
    payload = decoded[1].text  # Zuzanna Łęcka-Żółć: Polish letters survive the code
    assert "|Zuzanna Łęcka-Żółć|48.5|2023-09-12|" in payload
    for i in range(len(payload)):
        if payload[i] in "|":
            continue
        changed = payload[:i] + ("X" if payload[i] != "X" else "Y") + payload[i + 1 :]
        assert verify_certificate(ctx, changed).status == VerifyStatus.ALTERED, i
    revoke_certificate(
        ctx, next(c for c in _ids(ctx, programme) if c[1] == pages[2].number)[0], "x"
    )
    assert verify_certificate(ctx, payload).status == VerifyStatus.REVOKED


def _ids(ctx: Context, programme: int) -> list[tuple[int, str]]:
    from wall_desktop.services.certificates import list_certificates

    return [(r.id, r.number) for r in list_certificates(ctx, programme)]


def test_per_person_files_and_cancel(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    programme = _issued(ctx, monkeypatch)
    pages = certificate_pages(ctx, programme)
    seen: list[tuple[int, int]] = []
    paths = write_certificates_per_person(
        pages, tmp_path / "out", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (5, 5)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)
    assert "Łęcka-Żółć Zuzanna – WALL-2023-0003.pdf" in {p.name for p in paths}
    assert len(PdfReader(paths[0]).pages) == 1

    calls = iter(range(100))
    with pytest.raises(Cancelled):
        write_certificates_per_person(
            pages, tmp_path / "cancelled", cancelled=lambda: next(calls) >= 2
        )
    assert list((tmp_path / "cancelled").iterdir()) == []
    with pytest.raises(Cancelled):
        write_certificates(pages, tmp_path / "one.pdf", cancelled=lambda: True)
    assert not (tmp_path / "one.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zuzanna Łęcka-Żółć", "Zuzanna Łęcka-Żółć"),
        ('Ala: "Ósemka"/2?*', "Ala_ _Ósemka__2__"),
        ("  Kropka na końcu. ", "Kropka na końcu"),
        ("CON", "_CON"),
        ("a\u0301b", "áb"),
        ("", "_"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_person_file_name_keeps_polish_letters(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    programme = _issued(ctx, monkeypatch)
    names = {person_file_name(p) for p in certificate_pages(ctx, programme)}
    assert "Ślęzak Łukasz – WALL-2023-0005.pdf" in names


def test_qr_encodes_every_length_with_polish_letters() -> None:
    """reportlab's version guess leaves out the ECI header; lengths at a version's edge must fit."""
    from wall_desktop.exports.pdf.qr import qr_matrix

    # Lengths at which reportlab's own guess overflowed (found by trying 20..300).
    for n in (24, 40, 60, 82, 104, 120, 150, 178, 211, 249, 285):
        assert len(qr_matrix("Ż" + "a" * n)) >= 21
