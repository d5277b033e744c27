"""Embedded TrueType fonts that cover Polish, registered with reportlab once.

reportlab's built-in Helvetica and its bundled Vera have no glyphs for
ą ę ł ń ś ź ż, so every document uses these fonts, which come from Python
packages (``font-lato``, ``font-source-sans-pro``) and are embedded (subset)
in each PDF.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Names used by the drawing code; each maps to one TTF file.
DISPLAY = "WallLatoBlack"
LIGHT = "WallLatoLight"
REGULAR = "WallLato"
BOLD = "WallLatoBold"
ITALIC = "WallLatoItalic"
BODY = "WallSans"
BODY_BOLD = "WallSansBold"
BODY_ITALIC = "WallSansItalic"
BODY_SEMIBOLD = "WallSansSemibold"

POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"


def _lato_dir() -> Path:
    import font_lato

    return Path(font_lato.__file__).with_name("files")


def _source_sans_dir() -> Path:
    import font_source_sans_pro

    return Path(font_source_sans_pro.__file__).with_name("files")


def font_files() -> dict[str, Path]:
    lato, sans = _lato_dir(), _source_sans_dir()
    return {
        DISPLAY: lato / "Lato-Black.ttf",
        LIGHT: lato / "Lato-Light.ttf",
        REGULAR: lato / "Lato-Regular.ttf",
        BOLD: lato / "Lato-Bold.ttf",
        ITALIC: lato / "Lato-Italic.ttf",
        BODY: sans / "SourceSansPro-Regular.ttf",
        BODY_BOLD: sans / "SourceSansPro-Bold.ttf",
        BODY_ITALIC: sans / "SourceSansPro-It.ttf",
        BODY_SEMIBOLD: sans / "SourceSansPro-Semibold.ttf",
    }


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every font once per process (parsing a TTF is the slow part)."""
    names = []
    for name, path in font_files().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
        names.append(name)
    # Paragraph markup (<b>, <i>) finds the faces of a family through these mappings.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BODY_BOLD)
    addMapping(BODY, 0, 1, BODY_ITALIC)
    addMapping(BODY, 1, 1, BODY_BOLD)
    return tuple(names)


def covers(font_name: str, text: str) -> bool:
    """Whether the registered font has a glyph for every character of ``text``."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    char_to_glyph = font.face.charToGlyph
    return all(ord(c) in char_to_glyph for c in text if not c.isspace())
