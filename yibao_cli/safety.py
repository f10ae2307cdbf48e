"""Guards for hostile input: bounded reads, text that is safe on a terminal, ID numbers masked.

Everything that echoes user or catalogue text goes through :func:`safe` (the consoles do it for
every segment they print, the JSON writer for the whole document), and every privacy check
(:func:`id_runs`, :func:`private_kind`) works on folded text, so an ID number in another digit
script, with separators or invisible characters inside, is caught too. This module is the one
place that decides what an ID number looks like.
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


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    # Compiled when first used, not at every start: most runs print nothing that needs them.
    return re.compile(source)


# C0 and C1 controls (but newline and tab), DEL, lone surrogates (from undecodable bytes), the
# line and paragraph separators, and format characters (zero-width spaces and joiners, the soft
# hyphen, the marks that reorder text on screen): none is ever printed raw.
_UNSAFE = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\ud800-\udfff\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
# What may stand between the digits of a disguised number: anything but a letter or a digit
# (spaces, line breaks and dashes of every kind, punctuation, symbols, format characters), at
# most three in a row (" - "). Runs are looked for in folded text, where every digit is an
# ASCII digit.
_GAP = r"(?:\W|_){0,3}"
_RUN = rf"(?<![0-9])[0-9](?:{_GAP}[0-9])*(?:{_GAP}[Xx])?"
_CARD = rf"(?<![A-Za-z0-9])[A-Za-z]{_GAP}[0-9](?:{_GAP}[0-9]){{7}}(?![0-9])"
# A telephone number with its area code (0755-12393) in a list of them, or on lines of its own,
# is not part of a longer number: the list punctuation or line break next to it ends a run. ID
# numbers never start with 0.
_PHONE = r"(?<![0-9])0[0-9]{2,3}-[0-9]{5,8}(?![0-9])"
_LIST = "、，,；;\n"
_DIGITS = r"[0-9]+"
_WEIGHTS = tuple(pow(2, 17 - index, 11) for index in range(17))
ID_DIGITS = 15
"""A run of this many digits or more (separators aside) is taken for an ID number."""


def printable(text: str) -> str:
    """Replace every character that could steer a terminal or hide itself with ``?``.

    Newline and tab stay.
    """
    return _pattern(_UNSAFE).sub("?", text)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    value = unicodedata.decimal(char, None)  # a digit of any script: Arabic-Indic, Bengali…
    if value is not None:
        return str(value)
    folded = unicodedata.normalize("NFKC", char)  # full-width letters, circled digits…
    return folded if len(folded) == 1 and folded.isascii() and folded.isalnum() else char


def fold_digits(text: str) -> str:
    """Fold every decimal digit of any script, and full-width letters, to ASCII.

    The result has the same length as the text, so positions found in it hold in the text.
    """
    if text.isascii():
        return text
    return "".join(char if char.isascii() else _fold_char(char) for char in text)


def _digit_positions(run: str) -> list[int]:
    return [index for index, char in enumerate(run) if char.isdigit() or char in "Xx"]


def _hidden(positions: list[int]) -> list[int]:
    # 6 digits stay in front, 4 at the end (3 of 15): never enough to tell the number.
    return positions[6 : len(positions) - (3 if len(positions) == ID_DIGITS else 4)]


def _with_list_ends(folded: str) -> str:
    # Mark the list punctuation on either side of a telephone number as an end of run (a
    # letter: no run goes through one).
    if "-" not in folded:
        return folded
    chars = list(folded)
    for match in _pattern(_PHONE).finditer(folded):
        after = match.end()
        if after < len(chars) and chars[after] in _LIST:
            chars[after] = _END
        before = match.start() - 1
        while before >= 0 and chars[before] == " ":
            before -= 1
        if before >= 0 and chars[before] in _LIST:
            chars[before] = _END
    return "".join(chars)


_END = "Z"


def id_runs(text: str) -> list[tuple[int, int]]:
    """Find every ID-like number in a text: ``(start, end)`` of each, in the text's positions.

    An ID-like number is a run of 15 digits or more (the last may be X) once separators are
    ignored, whatever its check digit: digits of any script, with any spaces, dashes,
    punctuation or invisible characters between them (at most three in a row). A run broken by
    separators counts when a birth date sits in it where an ID number has one, or when 18 of
    its digits end in their check digit.
    """
    folded = _with_list_ends(fold_digits(printable(text)))
    found = []
    for match in _pattern(_RUN).finditer(folded):
        run = match.group()
        positions = _digit_positions(run)
        if len(positions) < ID_DIGITS:
            continue
        # Unbroken, it is masked whatever it is; broken by separators, when somewhere in it a
        # birth date sits where an ID number has one, or 18 digits end in their check digit
        # (so that a list of small numbers, such as the check digit's weights, is left alone).
        unbroken = max(len(part) for part in _pattern(_DIGITS).findall(run)) >= ID_DIGITS
        if unbroken or _id_inside("".join(run[i] for i in positions)):
            found.append((match.start(), match.end()))
    return found


def _id_inside(digits: str) -> bool:
    for start in range(len(digits) - 17):  # 18 digits: YYYYMMDD at 7–14, or a check digit
        window = digits[start : start + 18]
        if _date_like(window[6:10], window[10:14]) or _checksum_ok(window):
            return True
    for start in range(len(digits) - 14):  # 15 digits: YYMMDD at 7–12
        if _date_like("19" + digits[start + 6 : start + 8], digits[start + 8 : start + 12]):
            return True
    return False


def _checksum_ok(digits: str) -> bool:
    if not digits[:17].isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits, _WEIGHTS, strict=False))
    return "10X98765432"[total % 11] == digits[17].upper()


def _date_like(year: str, month_day: str) -> bool:
    if not (year + month_day).isdigit():
        return False
    month, day = int(month_day[:2]), int(month_day[2:])
    return 1800 <= int(year) <= 2099 and 1 <= month <= 12 and 1 <= day <= 31


def _card_text(text: str) -> str:
    """Text folded for finding a card number (the same length as the text).

    Any letter with a case (Latin of any width, Greek, Cyrillic) reads as ``A``, so that no
    look-alike letter hides one.
    """
    folded = fold_digits(printable(text))
    if folded.isascii():
        return folded
    return "".join(
        "A" if not char.isascii() and (char.isupper() or char.islower()) else char
        for char in folded
    )


def private_kind(text: str) -> str | None:
    """Tell whether a text holds an ID number (``"id"``) or a card number (``"card"``).

    A card number is a letter (of any width or cased script) and 8 digits, with or without
    separators.
    """
    if id_runs(text):
        return "id"
    if _pattern(_CARD).search(_card_text(text)):
        return "card"
    return None


def mask_ids(text: str) -> str:
    """Hide the middle digits of every ID-like number in a text (110105********002X).

    See :func:`id_runs` for what counts; separators stay where they were.
    """
    if not any(map(str.isdigit, text)):  # most text has no digit: one pass in C
        return text
    runs = id_runs(text)
    if not runs:
        return text
    chars = list(text)
    for start, end in runs:
        for index in _hidden(_digit_positions(fold_digits(printable(text[start:end])))):
            chars[start + index] = "*"
    return "".join(chars)


def safe(text: str) -> str:
    """Text fit to echo: no terminal controls, no ID number."""
    return mask_ids(printable(text))


def safe_data(value: object) -> object:
    """Data fit to write as JSON: every text in it (keys too) made :func:`safe`.

    Before serialising: JSON writes a tab or a line break as a backslash and a letter, which
    would cut an ID number in two for the mask.
    """
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, dict):
        return {safe_data(key): safe_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [safe_data(item) for item in value]
    return value


def hide_private(text: str) -> str:
    """A name fit to show: :func:`safe`, and the digits of a card number hidden too.

    For names a user gave (a saved case, a file): catalogue text may show a card number's
    example, a name never shows one. The letter and the first and last digits stay.
    """
    shown = safe(text)
    folded = _card_text(shown)
    if not any(char.isdigit() for char in folded):
        return shown
    chars = list(shown)
    for match in _pattern(_CARD).finditer(folded):
        digits = _digit_positions(match.group()[1:])
        for index in digits[1:-1]:
            chars[match.start() + 1 + index] = "*"
    return "".join(chars)


_SLUG_GAP = r"[^\w.]+|_+"


def slug(text: str, fallback: str) -> str:
    """A file name stem made from a name, ``fallback`` when nothing is left.

    The name is hidden as :func:`hide_private` does; letters, digits and ``.`` are kept, every
    other run of characters becomes one ``-``.
    """
    stem = _pattern(_SLUG_GAP).sub("-", hide_private(text)).strip("-.")
    return stem[:MAX_TEXT] or fallback


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
