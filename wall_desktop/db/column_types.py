"""Column types that keep money and hours exact in every database.

SQLAlchemy's ``Numeric`` is stored as REAL by SQLite, so 0.10 + 0.20 would
not equal 0.30 in a SQL sum.  ``FixedDecimal`` stores an integer count of
hundredths (grosze for money) and hands back ``Decimal`` values.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class FixedDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` with a fixed number of places, stored as a scaled integer."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 2) -> None:
        super().__init__()
        self.places = places
        self._factor = Decimal(10) ** places
        self._quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and hours must be Decimal, not float")
        try:
            number = value if isinstance(value, Decimal) else Decimal(value)
        except (InvalidOperation, TypeError, ValueError) as exc:
            raise ValueError(f"not a decimal number: {value!r}") from exc
        scaled = number * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def Money() -> FixedDecimal:
    """Złoty with grosze."""
    return FixedDecimal(2)


def Hours() -> FixedDecimal:
    """Hours with two places (48.5 h, 1.25 h)."""
    return FixedDecimal(2)
