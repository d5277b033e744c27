"""Messages below the GUI: every one translated to Polish, Polish plurals right."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from wall_desktop.i18n import _, catalog, ngettext, parse_po, polish_plural_index, set_language

ROOT = Path(__file__).resolve().parents[2]


def _extractor():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("update_po", ROOT / "tools" / "update_po.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_in_the_code_has_a_polish_translation() -> None:
    modules = _extractor().extract()
    known = catalog.__wrapped__("pl")
    unfinished = [
        f"{places[0]}: {key[0]!r}"
        for found in modules.values()
        for key, places in found.items()
        if not known.get(key) or not all(known[key])
    ]
    assert unfinished == [], "run tools/update_po.py and translate:\n" + "\n".join(unfinished)


def test_placeholders_survive_translation() -> None:
    import re

    for (msgid, _plural), forms in catalog.__wrapped__("pl").items():
        wanted = sorted(re.findall(r"\{[a-z_]*\}", msgid))
        for form in filter(None, forms):  # empty ones are reported by the test above
            assert sorted(re.findall(r"\{[a-z_]*\}", form)) == wanted, msgid


def test_polish_is_the_default_and_english_is_the_source() -> None:
    set_language(None)
    assert _("DEMO database") == "Baza DEMO"
    set_language("en")
    assert _("DEMO database") == "DEMO database"
    set_language("pl")


@pytest.mark.parametrize(
    ("n", "index"),
    [
        (0, 2),
        (1, 0),
        (2, 1),
        (4, 1),
        (5, 2),
        (12, 2),
        (14, 2),
        (22, 1),
        (25, 2),
        (104, 1),
        (112, 2),
    ],
)
def test_polish_plural_forms(n: int, index: int) -> None:
    assert polish_plural_index(n) == index


def test_parse_po_reads_plurals_multiline_and_skips_fuzzy() -> None:
    source = """
msgid "hour"
msgid_plural "hours"
msgstr[0] "godzina"
msgstr[1] "godziny"
msgstr[2] "godzin"

msgid ""
"long "
"text"
msgstr "długi "
"tekst"

#, fuzzy
msgid "guess"
msgstr "zgadywanka"
"""
    entries = parse_po(source)
    assert entries[("hour", "hours")] == ["godzina", "godziny", "godzin"]
    assert entries[("long text", None)] == ["długi tekst"]
    assert ("guess", None) not in entries


def test_ngettext_falls_back_to_english_forms_for_unknown_messages() -> None:
    set_language("pl")
    assert ngettext("apple", "apples", 1) == "apple"
    assert ngettext("apple", "apples", 3) == "apples"


def test_unquote_reads_what_the_po_writer_quotes_and_refuses_the_rest() -> None:
    import ast

    from tools.update_po import _quote
    from wall_desktop.i18n import unquote

    for text in ['Zażółć "gęślą"', "a\\b", "line\nnext\ttab", "ends with \\", ""]:
        assert unquote(_quote(text)) == text == ast.literal_eval(_quote(text))
    with pytest.raises(ValueError, match="unknown escape"):
        unquote('"\\x41"')
    with pytest.raises(ValueError, match="not a quoted"):
        unquote("Zażółć")


def test_every_shipped_catalogue_string_reads_as_python_would() -> None:
    import ast

    from wall_desktop.i18n import LOCALE_DIR, unquote

    seen = 0
    for path in LOCALE_DIR.glob("*/*.po"):
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.partition(" ")[2] if line.startswith("msg") else line
            if token.startswith('"'):
                assert unquote(token) == ast.literal_eval(token), (path.name, line)
                seen += 1
    assert seen > 1000
