"""Translation of messages raised below the GUI (services, CLI), without Qt.

Source strings are English; the Polish catalog is used by default.  It is
kept as one PO file per source module (``locale/pl/<module>.po``, made by
``tools/update_po.py``) so that work on different modules never collides,
and read with a small parser of our own so no compile step (``msgfmt``) is
needed on a fresh machine.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

LANGUAGES = ("pl", "en")
DEFAULT_LANGUAGE = "pl"
LANG_ENV = "WALL_DESKTOP_LANG"
LOCALE_DIR = Path(__file__).with_name("locale")

_language = DEFAULT_LANGUAGE


def set_language(language: str | None) -> str:
    """Choose the language of messages; unknown or empty values fall back to Polish."""
    global _language
    chosen = (language or os.environ.get(LANG_ENV) or DEFAULT_LANGUAGE).lower()[:2]
    _language = chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def get_language() -> str:
    return _language


def _(message: str) -> str:
    """The message in the current language."""
    if _language == "en":
        return message
    translated = catalog(_language).get((message, None))
    return translated[0] if translated and translated[0] else message


def N_(message: str) -> str:
    """Mark a message for extraction where it is defined; translate it where it is shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message that agrees with the number ``n``."""
    if _language == "en":
        return singular if n == 1 else plural
    translated = catalog(_language).get((singular, plural))
    if not translated:
        return singular if n == 1 else plural
    index = min(polish_plural_index(n), len(translated) - 1)
    return translated[index] or (singular if n == 1 else plural)


def polish_plural_index(n: int) -> int:
    """Polish plural form: 1 godzina, 2–4 godziny (not 12–14), 5 godzin."""
    if n == 1:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@cache
def catalog(language: str) -> dict[tuple[str, str | None], list[str]]:
    merged: dict[tuple[str, str | None], list[str]] = {}
    for path in sorted((LOCALE_DIR / language).glob("*.po")):
        merged.update(parse_po(path.read_text(encoding="utf-8")))
    return merged


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")


def unquote(token: str) -> str:
    """The text of a quoted PO string (C escapes: \\n \\t \\r \\" \\\\).

    Written out rather than ``ast.literal_eval``, which took most of the
    10 ms that reading the catalogue cost at every start.
    """
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise ValueError(f"not a quoted PO string: {token!r}")
    body = token[1:-1]
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _escape(m[1], token), body)


def _escape(char: str, token: str) -> str:
    found = _ESCAPES.get(char)
    if found is None:
        raise ValueError(f"unknown escape \\{char} in PO string {token!r}")
    return found


def parse_po(source: str) -> dict[tuple[str, str | None], list[str]]:
    """Read msgid / msgid_plural / msgstr[n] entries of a PO file; skip fuzzy ones."""
    entries: dict[tuple[str, str | None], list[str]] = {}
    fields: dict[str, str] = {}
    current: str | None = None
    fuzzy = False

    def flush() -> None:
        nonlocal fields, fuzzy
        msgid = fields.get("msgid")
        if msgid and not fuzzy:
            plural = fields.get("msgid_plural")
            if plural is None:
                entries[(msgid, None)] = [fields.get("msgstr", "")]
            else:
                forms = sorted(
                    (int(k[7:-1]), v) for k, v in fields.items() if k.startswith("msgstr[")
                )
                entries[(msgid, plural)] = [v for _i, v in forms]
        fields, fuzzy = {}, False

    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            flush()
            current = None
        elif line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"') and current is not None:
            fields[current] += unquote(line)
        else:
            key, _sep, value = line.partition(" ")
            if key == "msgid" and "msgid" in fields:
                flush()
            current = key
            fields[key] = unquote(value)
    flush()
    return entries
