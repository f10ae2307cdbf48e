"""Guards for hostile input: bounded reads, text that is safe on a terminal, ID numbers masked.

Everything that echoes user or catalogue text goes through :func:`safe` (the consoles do it for
every segment they print, the JSON writer for the whole document), and every privacy check
folds digits with :func:`fold_digits` first, so full-width or mixed-width digits are caught too.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import unicodedata
from pathlib import Path

from yibao_cli.strings import t

MAX_FILE_BYTES = 4 * 1024 * 1024
"""The largest file yibao reads (a catalogue file, an answers file, the settings file)."""

MAX_TEXT = 200
"""The longest free text an argument may be (a region, a date, an id, a search query)."""

# C0 and C1 controls (but newline and tab), DEL, lone surrogates (from undecodable bytes) and
# the characters that reorder text on screen.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SEP = " \\-\u2010-\u2014_.\u00b7/"
_RUN = re.compile(rf"(?<![0-9])[0-9](?:[{_SEP}]?[0-9])*(?:[{_SEP}]?[Xx])?(?![0-9])")
_WEIGHTS = tuple(pow(2, 17 - index, 11) for index in range(17))


def printable(text: str) -> str:
    """Replace every character that could steer a terminal with ``?`` (newline and tab stay)."""
    return _UNSAFE.sub("?", text)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 and folded in "0123456789Xx" else char


def fold_digits(text: str) -> str:
    """Fold every kind of digit (full-width, Arabic-Indic, bold…) and full-width X to ASCII.

    The result has the same length as the text, so positions found in it hold in the text.
    """
    if text.isascii():
        return text
    return "".join(char if char.isascii() else _fold_char(char) for char in text)


def _checksum_ok(digits: str) -> bool:
    total = sum(int(digit) * weight for digit, weight in zip(digits, _WEIGHTS, strict=False))
    return "10X98765432"[total % 11] == digits[17].upper()


def _masked_parts(run: str) -> str:
    # The unbroken parts of a run with separators: 15 digits or more in a row are masked.
    parts = re.split(f"([{_SEP}])", run)
    return "".join(part if part in _SEP or len(part) < 15 else _masked(part) for part in parts)


def _masked(run: str) -> str:
    positions = [index for index, char in enumerate(run) if char not in _SEP]
    digits = "".join(run[index] for index in positions)
    if len(positions) != len(run):  # with separators: a valid ID number, or a long part
        if len(digits) != 18 or not _checksum_ok(digits):
            return _masked_parts(run)
    elif len(digits) < 15:
        return run
    # 6 digits stay in front, 4 at the end (3 of 15), so no 18 digits in a row ever show.
    hidden = positions[6 : len(positions) - (3 if len(digits) == 15 else 4)]
    chars = list(run)
    for index in hidden:
        chars[index] = "*"
    return "".join(chars)


def mask_ids(text: str) -> str:
    """Hide the middle of every ID-like number in a text (110105********002X).

    An unbroken run of 15 or more digits (the last may be X) is always masked, so an ID number
    glued to other digits is hidden too; a run with spaces or hyphens inside when it is a valid
    18-digit ID number. Digits of any width count.
    """
    folded = fold_digits(text)
    if not any(char.isdigit() for char in folded):
        return text
    out: list[str] = []
    last = 0
    for match in _RUN.finditer(folded):
        masked = _masked(match.group())
        if masked != match.group():
            out.append(text[last : match.start()])
            original = text[match.start() : match.end()]
            pairs = zip(original, masked, strict=True)
            out.append("".join(new if new == "*" else old for old, new in pairs))
            last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def safe(text: str) -> str:
    """Text fit to echo: no terminal controls, no ID number."""
    return mask_ids(printable(text))


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """Shorten a text for a message (``…`` marks the cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class NotRegularFile(OSError):
    """A path that is a directory, a device, a FIFO or a socket rather than a regular file."""


class TooLarge(OSError):
    """A file larger than yibao ever needs to read."""


def read_regular(path: Path | str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file, never blocking on a FIFO nor reading a device without end.

    Raises:
        NotRegularFile: The path is not a regular file (symbolic links are followed).
        TooLarge: The file is larger than ``limit`` bytes.
        OSError: It cannot be opened or read (missing, permission, name too long, loop…).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(t("file.not_regular"))
        if info.st_size > limit:
            raise TooLarge(t("file.too_large", limit=limit // 1024))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 16):
            size += len(chunk)
            if size > limit:
                raise TooLarge(t("file.too_large", limit=limit // 1024))
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
