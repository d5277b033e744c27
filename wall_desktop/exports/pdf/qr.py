"""QR codes drawn straight onto a canvas as one filled path.

reportlab's QR encoder (``reportlab.graphics.barcode.qrencoder``) lays out
the modules; drawing them as a single path of horizontal runs is much
faster than a Drawing of one rectangle per module.  Text is UTF-8 announced
by an ECI header, so readers do not mistake Polish letters for Latin-1.

The encoder is pure Python and slow where it repeats work: it rebuilds the
Reed-Solomon generator polynomial for every block and lays out and scores
the whole symbol once per mask (eight times).  Here the error-correction
bytes come from cached generators and log tables, and the eight masks are
scored on rows held as integers; reportlab still draws the final symbol
with the mask chosen by its own rules, so the matrix is the same module for
module (tests compare it with reportlab's for many payloads).
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise, zip_longest
from typing import Any

from reportlab.pdfgen.canvas import Canvas

UTF8_ECI = 26
QUIET_ZONE = 4  # modules of white around the code, as the standard asks
MASKS = 8
# reportlab's rule 3 looks for this one finder-like run only, left to right.
_RULE3 = "10111010000"
_LONG_RUN = re.compile(r"0{5,}|1{5,}")


def _encoder() -> Any:
    # imported on first use: the barcode package is ~0.05 s of start-up otherwise
    from reportlab.graphics.barcode import qrencoder

    return qrencoder


@functools.cache
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    """Logs of the generator polynomial's coefficients after the leading 1 (never 0)."""
    q = _encoder()
    poly = q.QRUtil.getErrorCorrectPolynomial(ec_count)
    return tuple(q.LOG_TABLE[c] for c in poly.num[1:])


def _error_correction(data: list[int], ec_count: int) -> list[int]:
    """The remainder of data·x^ec divided by the generator: the block's EC bytes."""
    q = _encoder()
    exp, log = q.EXP_TABLE, q.LOG_TABLE
    gen = _generator_logs(ec_count)
    rem = [0] * ec_count
    for byte in data:
        factor = byte ^ rem[0]
        del rem[0]
        rem.append(0)
        if factor:
            lf = log[factor]
            for j, g in enumerate(gen):
                rem[j] ^= exp[(g + lf) % 255]
    return rem


def _codewords(version: int, level: int, data_list: list[Any]) -> list[int]:
    """Data and EC bytes interleaved, as ``QRCode.createData`` returns them."""
    q = _encoder()
    blocks = q.QRRSBlock.getRSBlocks(version, level)
    buffer = q.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (q.QRCode.PAD0, q.QRCode.PAD1)
    n = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[n % 2], 8)
        n += 1
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = buffer.buffer[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_error_correction(chunk, block.totalCount - block.dataCount))
    return [
        d
        for group in (zip_longest(*data_blocks), zip_longest(*ec_blocks))
        for column in group
        for d in column
        if d is not None
    ]


@functools.cache
def _mask_flips(version: int) -> tuple[tuple[int, ...], ...]:
    """Per mask, per row: the data modules whose colour differs from mask 0's (bit c = column c)."""
    q = _encoder()
    probe = q.QRCode(version, q.QRErrorCorrectLevel.M)
    size = version * 4 + 17
    probe.moduleCount = size
    masks = [q.QRUtil.getMask(m) for m in range(MASKS)]
    flips = [[0] * size for _ in range(MASKS)]
    for col, row in probe.dataPosIterator():
        base = masks[0](row, col)
        for m in range(1, MASKS):
            if masks[m](row, col) != base:
                flips[m][row] |= 1 << col
    return tuple(tuple(rows) for rows in flips)


def _lost_points(rows: list[int], size: int) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of the symbol (same rules, same quirks)."""
    lines = [format(r, f"0{size}b")[::-1] for r in rows]  # index c = column c
    columns = ["".join(col) for col in zip(*lines, strict=True)]
    score = 0
    for line in (*lines, *columns):
        # rule 1: a run of 5 or more modules of one colour scores its length - 2
        score += sum(len(m) - 2 for m in _LONG_RUN.findall(line))
    for line in lines:
        # rule 3: 1:1:3:1:1 followed by four light modules, not at the last start; rows
        # only (reportlab's column pass compares tuples with a list and never matches)
        j, last = 0, size - len(_RULE3)
        while True:
            j = line.find(_RULE3, j, last - 1 + len(_RULE3))
            if j < 0:
                break
            score += 40
            j += len(_RULE3)
    # rule 2: 2×2 blocks of one colour
    full = (1 << size) - 1
    pair = full >> 1
    for a, b in pairwise(rows):
        dark = a & b & (a >> 1) & (b >> 1) & pair
        na, nb = ~a & full, ~b & full
        light = na & nb & (na >> 1) & (nb >> 1) & pair
        score += 3 * (dark.bit_count() + light.bit_count())
    # rule 4: the share of dark modules away from half
    dark_count = sum(r.bit_count() for r in rows)
    return 10 * (abs(100 * dark_count // (size * size) - 50) // 5) + score


def qr_matrix(text: str, level: str = "M") -> list[list[bool]]:
    """Rows of dark (True) and light modules for ``text``."""
    q = _encoder()
    version: int | None = None
    while True:
        code = q.QRCode(version, getattr(q.QRErrorCorrectLevel, level))
        if not text.isascii():
            code.addData(q.QRECI(UTF8_ECI))
        code.addData(q.QR8bitByte(text))
        if code.version is None:
            code.version = code.calculate_version()
        try:
            code.dataCache = _codewords(code.version, code.errorCorrectLevel, code.dataList)
        except ValueError:
            # The encoder's version guess leaves out the ECI header's 8 bits,
            # so a text near a version's capacity overflows: take the next size.
            version = code.version + 1
            if version > 40:
                raise
            continue
        code.makeImpl(True, 0)  # the trial layout: format bits blank, mask 0
        size = code.moduleCount
        base = [sum(1 << c for c, dark in enumerate(row) if dark) for row in code.modules]
        flips = _mask_flips(code.version)
        best, best_points = 0, 0
        for m in range(MASKS):
            points = _lost_points([r ^ f for r, f in zip(base, flips[m], strict=True)], size)
            if m == 0 or points < best_points:
                best, best_points = m, points
        code.makeImpl(False, best)
        return [list(row) for row in code.modules]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The code for ``text`` with its quiet zone inside the square at (x, y) of side ``size``."""
    matrix = qr_matrix(text)
    count = len(matrix)
    module = size / (count + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                # One rectangle per run of dark modules; a hair of overlap avoids seams.
                path.rect(
                    left + start * module,
                    top - (r + 1) * module,
                    (c - start) * module + 0.01,
                    module + 0.01,
                )
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
