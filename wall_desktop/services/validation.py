"""Field checks shared by every form, import and service that writes.

Each check returns ``None`` when the value is acceptable, else a message in
the user's language.  ``Checker`` collects messages per field and raises one
``ValidationError`` at the end, so a form can show every problem at once and
nothing is written.
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal, InvalidOperation

from wall_desktop.i18n import _
from wall_desktop.services.errors import ValidationError

POSTAL_CODE = re.compile(r"^\d{2}-\d{3}$")


class Checker:
    """Collects field errors; ``raise_if_any()`` raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str | None) -> None:
        if message and field not in self.errors:
            self.errors[field] = message

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def required(value: object, label: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return _("{field} is required").format(field=label)
    return None


def max_length(value: str | None, limit: int, label: str) -> str | None:
    if value is not None and len(value) > limit:
        message = _("{field} is too long (at most {limit} characters)")
        return message.format(field=label, limit=limit)
    return None


def email(value: str | None) -> str | None:
    """Syntax only: nothing is looked up on the network (the laptops are offline)."""
    if not value:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return _("“{value}” is not a valid e-mail address").format(value=value)
    return None


def normalise_email(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def phone(value: str | None) -> str | None:
    if not value:
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "PL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        return _("“{value}” is not a valid phone number").format(value=value)
    return None


def normalise_phone(value: str | None) -> str | None:
    """Polish numbers as "+48 600 100 200"; others in international form."""
    if not value or not value.strip():
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "PL")
    except phonenumbers.NumberParseException:
        return value.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def pesel(value: str | None) -> str | None:
    if not value:
        return None
    from stdnum.pl import pesel as stdnum_pesel

    if not stdnum_pesel.is_valid(value):
        return _("“{value}” is not a valid PESEL number").format(value=value)
    return None


def postal_code(value: str | None) -> str | None:
    if value and not POSTAL_CODE.match(value.strip()):
        return _("Postal code must look like 50-001")
    return None


def birth_date(value: date | None, today: date | None = None) -> str | None:
    if value is not None and value > (today or date.today()):
        return _("Birth date cannot be in the future")
    return None


def birth_year(value: int | None, today: date | None = None) -> str | None:
    if value is None:
        return None
    this_year = (today or date.today()).year
    if not 1900 <= value <= this_year:
        return _("Birth year must be between 1900 and {year}").format(year=this_year)
    return None


def time_order(start: time | None, end: time | None) -> str | None:
    if start is not None and end is not None and end <= start:
        return _("The end time must be after the start time")
    return None


def date_order(start: date | None, end: date | None) -> str | None:
    if start is not None and end is not None and end < start:
        return _("The end date cannot be before the start date")
    return None


def decimal_places(value: Decimal | None, label: str, places: int = 2) -> str | None:
    if value is None:
        return None
    if not value.is_finite() or value != value.quantize(Decimal(1).scaleb(-places)):
        return _("{field} may have at most {places} decimal places").format(
            field=label, places=places
        )
    return None


def parse_decimal(text: str | Decimal | int | None, label: str) -> Decimal | None:
    """A user's number: "4 000,50", "4000.50" or "4 000,50 zł"; ValidationError otherwise."""
    if text is None or isinstance(text, Decimal):
        return text
    if isinstance(text, int):
        return Decimal(text)
    cleaned = text.replace("zł", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError({label: _("“{value}” is not a number").format(value=text)}) from None
    if not value.is_finite():
        raise ValidationError({label: _("“{value}” is not a number").format(value=text)})
    return value


def non_negative(value: Decimal | int | None, label: str) -> str | None:
    if value is not None and value < 0:
        return _("{field} cannot be negative").format(field=label)
    return None


def positive(value: Decimal | int | None, label: str) -> str | None:
    if value is not None and value <= 0:
        return _("{field} must be greater than zero").format(field=label)
    return None


def percent(value: Decimal | None, label: str) -> str | None:
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        return _("{field} must be between 0 and 100").format(field=label)
    return None


def birth_year_matches(day: date | None, year: int | None) -> str | None:
    """Both may be given (imports often carry both); they must then agree."""
    if day is not None and year is not None and day.year != year:
        return _("Birth year {year} does not match the birth date").format(year=year)
    return None


def pesel_matches_birth_date(number: str | None, day: date | None) -> str | None:
    """A PESEL encodes its holder's birth date; a valid one must agree with the form."""
    if not number or day is None or pesel(number) is not None:
        return None
    from stdnum.pl import pesel as stdnum_pesel

    if stdnum_pesel.get_birth_date(number) != day:
        return _("The PESEL number does not match the birth date")
    return None


def certificate_pattern(value: str | None) -> str | None:
    """A number pattern such as "WALL/{year}/{number:04d}": needs {number} and must format."""
    if not value or not value.strip():
        return _("{field} is required").format(field=_("Certificate number pattern"))
    if "{number" not in value:
        # The braces are shown literally: the message names the placeholder itself.
        return _("The certificate number pattern must contain {number}")
    try:
        value.format(year=2022, number=1)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return _(
            "The certificate number pattern cannot be used; only {year} and {number} may appear"
        )
    return None
