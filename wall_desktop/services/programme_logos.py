"""Logos printed on a programme's certificates (the centre's, the funder's), in order.

A logo is a PNG or JPEG file, judged by what it holds rather than by its
name: the bytes must start as one of those formats and decode in full, and
the file must be small enough to sit in every certificate PDF.  A refused
file writes nothing.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wall_desktop.db.base import utcnow
from wall_desktop.db.models import Programme, ProgrammeLogo
from wall_desktop.exports.pdf.certificate_logos import Logo
from wall_desktop.i18n import _
from wall_desktop.services.context import Context
from wall_desktop.services.errors import NotFound, ValidationError

MAX_BYTES = 2 * 1024 * 1024  # a print logo is tens of kilobytes; megabytes are a photo
MAX_SIDE = 6000  # pixels; more is no logo, and decoding it would cost memory
SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": ("image/png", "PNG"),
    b"\xff\xd8\xff": ("image/jpeg", "JPEG"),
}


@dataclass(frozen=True)
class LogoRow:
    id: int
    programme_id: int
    position: int
    file_name: str
    media_type: str
    width: int  # pixels
    height: int
    size: int  # bytes


@dataclass(frozen=True)
class CheckedImage:
    media_type: str
    width: int
    height: int


def check_image(content: bytes, file_name: str) -> CheckedImage:
    """The image's type and size in pixels, or a ``ValidationError`` saying what is wrong."""
    if len(content) > MAX_BYTES:
        raise _too_big(file_name, len(content))
    kind = next((v for sig, v in SIGNATURES.items() if content.startswith(sig)), None)
    if kind is None:
        raise ValidationError(
            {
                "file": _(
                    "“{name}” is not a PNG or JPEG image (whatever its name says); "
                    "save the logo as PNG or JPEG"
                ).format(name=file_name)
            }
        )
    media_type, pil_format = kind
    broken = ValidationError(
        {
            "file": _(
                "“{name}” cannot be read as an image: the file is damaged or incomplete"
            ).format(name=file_name)
        }
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content), formats=[pil_format]) as image:
                width, height = image.size
                if max(width, height) > MAX_SIDE:
                    raise ValidationError(
                        {
                            "file": _(
                                "“{name}” is {width}×{height} pixels; a logo may be at most "
                                "{limit} pixels on a side"
                            ).format(name=file_name, width=width, height=height, limit=MAX_SIDE)
                        }
                    )
                image.load()  # decode every pixel: a truncated file fails here
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Warning) as exc:
        raise broken from exc
    if width < 1 or height < 1:
        raise broken
    return CheckedImage(media_type, width, height)


def _programme(s: Session, programme_id: int) -> Programme:
    p = s.get(Programme, programme_id)
    if p is None or p.deleted_at is not None:
        raise NotFound(_("No programme with id {id}").format(id=programme_id))
    return p


def _live(s: Session, programme_id: int) -> list[ProgrammeLogo]:
    query = (
        select(ProgrammeLogo)
        .where(ProgrammeLogo.programme_id == programme_id)
        .order_by(ProgrammeLogo.position, ProgrammeLogo.id)
    )
    return list(s.execute(query).scalars())


def _row(logo: ProgrammeLogo) -> LogoRow:
    checked = _shape(logo.content)
    return LogoRow(
        logo.id,
        logo.programme_id,
        logo.position,
        logo.file_name,
        logo.media_type,
        checked[0],
        checked[1],
        len(logo.content),
    )


def _shape(content: bytes) -> tuple[int, int]:
    """Width and height from the header only (stored logos were checked when added)."""
    with Image.open(io.BytesIO(content)) as image:
        return image.size


def _too_big(file_name: str, size: int) -> ValidationError:
    return ValidationError(
        {
            "file": _(
                "“{name}” is {size} MB; a logo may be at most {limit} MB. Save it smaller "
                "(a few hundred pixels high is plenty for print)"
            ).format(
                name=file_name,
                size=f"{size / 1048576:.1f}".replace(".", ","),
                limit=MAX_BYTES // 1048576,
            )
        }
    )


def add_logo(ctx: Context, programme_id: int, path: Path | str) -> LogoRow:
    """Store the logo in ``path`` after the programme's other logos."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refused before a huge file is read into memory
            raise _too_big(path.name, size)
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            {
                "file": _("Cannot read “{name}”: {reason}").format(
                    name=path.name, reason=exc.strerror
                )
            }
        ) from exc
    return add_logo_bytes(ctx, programme_id, content, path.name)


def add_logo_bytes(ctx: Context, programme_id: int, content: bytes, file_name: str) -> LogoRow:
    """Store a logo given as bytes (checked the same way as a file)."""
    checked = check_image(content, file_name)
    with ctx.db.write(ctx.operator) as s:
        _programme(s, programme_id)
        last = s.execute(
            select(func.max(ProgrammeLogo.position)).where(
                ProgrammeLogo.programme_id == programme_id
            )
        ).scalar()
        logo = ProgrammeLogo(
            programme_id=programme_id,
            position=(last or 0) + 1,
            file_name=file_name[:255],
            media_type=checked.media_type,
            content=content,
        )
        s.add(logo)
        s.flush()
        return _row(logo)


def list_logos(ctx: Context, programme_id: int) -> list[LogoRow]:
    """The programme's logos in printing order (left to right)."""
    with ctx.db.read() as s:
        _programme(s, programme_id)
        return [_row(logo) for logo in _live(s, programme_id)]


def logo_content(ctx: Context, logo_id: int) -> bytes:
    """The stored file, for a thumbnail."""
    with ctx.db.read() as s:
        return _one(s, logo_id).content


def logo_images(ctx: Context, programme_id: int) -> tuple[Logo, ...]:
    """What the certificates print, in order."""
    with ctx.db.read() as s:
        return logo_images_in(s, programme_id)


def logo_images_in(s: Session, programme_id: int) -> tuple[Logo, ...]:
    found = []
    for logo in _live(s, programme_id):
        width, height = _shape(logo.content)
        found.append(Logo(logo.content, width, height))
    return tuple(found)


def _one(s: Session, logo_id: int) -> ProgrammeLogo:
    logo = s.get(ProgrammeLogo, logo_id)
    if logo is None or logo.deleted_at is not None:
        raise NotFound(_("No logo with id {id}").format(id=logo_id))
    return logo


def remove_logo(ctx: Context, logo_id: int) -> LogoRow:
    """Take a logo off the certificates printed from now on."""
    with ctx.db.write(ctx.operator) as s:
        logo = _one(s, logo_id)
        logo.deleted_at = utcnow()
        s.flush()
        return _row(logo)


def move_logo(ctx: Context, logo_id: int, offset: int) -> list[LogoRow]:
    """Move a logo ``offset`` places left (negative) or right; returns the new order."""
    with ctx.db.write(ctx.operator) as s:
        logo = _one(s, logo_id)
        logos = _live(s, logo.programme_id)
        index = logos.index(logo)
        target = max(0, min(len(logos) - 1, index + offset))
        logos.insert(target, logos.pop(index))
        for position, item in enumerate(logos, start=1):
            item.position = position
        s.flush()
        return [_row(item) for item in logos]
