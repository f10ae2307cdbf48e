"""Recognise and check the numbers on or about a medical insurance card.

Pure logic: takes the typed text and returns an ``Explanation`` holding only the masked number
and what was worked out from it. The full number is never kept, returned or written anywhere.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from yibao_cli.catalogue.model import NumberKind
from yibao_cli.regions.divisions import Division

CheckName = Literal["length", "characters", "date", "region", "checksum"]
Status = Literal["pass", "fail", "skip"]
Sex = Literal["male", "female"]
Lookup = Callable[[str], Sequence[Division]]
"""Every record a 6-digit region code has had (empty when the code never existed)."""

_IGNORED = re.compile(r"[\s\-‐‑‒–—_.·]+")
_CARD = re.compile(r"^[A-Z][0-9]{8}$")
EARLIEST_YEAR = 1800  # 18-character IDs encode the full year; none were born earlier


@dataclass(frozen=True)
class Check:
    """The outcome of one check, with the values its message needs."""

    name: CheckName
    status: Status
    values: tuple[tuple[str, str], ...] = ()

    @property
    def passed(self) -> bool:
        """True when the check ran and passed."""
        return self.status == "pass"

    def value(self, key: str) -> str:
        """Return one of the message values ('' when absent)."""
        return dict(self.values).get(key, "")


@dataclass(frozen=True)
class Explanation:
    """What a number is and what could be worked out from it.

    Attributes:
        kind: Which kind of number it looks like.
        masked: The number with its middle hidden (110105********002X).
        length: How many characters it has, after spaces and hyphens are dropped.
        checks: The checks in the order they are made (empty for kinds that have none).
        birth_date: The date of birth, when the date part is a real date.
        sex: From the sequence code's last digit (odd: male).
        region_code: The first six characters, when they are digits.
        regions: Every record of that code (current or former; empty when unknown).
        typical: For a card number, whether it has the common letter + 8 digits shape.
    """

    kind: NumberKind
    masked: str
    length: int
    checks: tuple[Check, ...] = ()
    birth_date: datetime.date | None = None
    sex: Sex | None = None
    region_code: str | None = None
    regions: tuple[Division, ...] = ()
    typical: bool | None = None

    @property
    def failed(self) -> Check | None:
        """The first check that failed, if any."""
        return next((check for check in self.checks if check.status == "fail"), None)

    @property
    def valid(self) -> bool | None:
        """True or False for ID numbers; None for kinds that cannot be checked."""
        if self.kind not in ("citizen-id", "citizen-id-15"):
            return None
        return all(check.passed for check in self.checks)


def clean(text: str) -> str:
    """Drop spaces and hyphens, fold full-width characters, upper-case (x → X)."""
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text)).upper()


def mask(number: str) -> str:
    """Hide the middle of a number, keeping only what identifies its kind and end.

    18 → 110105********002X, 15 → 110105******002, 16 → 6 + 6 hidden + 4, 9 → A*****678;
    anything else keeps at most a quarter at each end (nothing when shorter than 8).
    """
    size = len(number)
    head, tail = {18: (6, 4), 15: (6, 3), 16: (6, 4), 9: (1, 3)}.get(size, (0, 0))
    if size not in (18, 15, 16, 9) and size >= 8:
        head = tail = min(4, size // 4)
    return number[:head] + "*" * (size - head - tail) + (number[size - tail :] if tail else "")


def explain(text: str, lookup: Lookup, today: datetime.date) -> Explanation:
    """Recognise a number and check it.

    Args:
        text: What the user typed (spaces, hyphens, full-width digits and lowercase x allowed).
        lookup: Returns the records of a region code.
        today: Dates of birth after it are impossible.

    Returns:
        The explanation; the full number is not part of it.
    """
    number = clean(text)
    size = len(number)
    if size == 18:
        return _citizen_id(number, lookup, today)
    if size == 15 and number.isdigit():
        return _old_id(number, lookup, today)
    if size in (17, 19) and number.replace("X", "").isdigit() and number.count("X") <= 1:
        return _wrong_length(number, lookup)
    if size == 16 and number.isdigit():
        code, records = _region(number[:6], lookup)
        return Explanation("yibao-16", mask(number), size, region_code=code, regions=records)
    if size == 9 and number.isascii() and number.isalnum():
        return Explanation("card-number", mask(number), size, typical=bool(_CARD.match(number)))
    return Explanation("other", mask(number), size)


def _region(code: str, lookup: Lookup) -> tuple[str | None, tuple[Division, ...]]:
    if not code.isdigit():
        return None, ()
    return code, tuple(lookup(code))


def _citizen_id(number: str, lookup: Lookup, today: datetime.date) -> Explanation:
    checks = [Check("length", "pass", (("length", "18"),))]
    body_ok = number[:17].isdigit()
    bad = next(
        (i for i, c in enumerate(number) if not (c.isdigit() or (i == 17 and c == "X"))), None
    )
    chars = Check("characters", "pass") if bad is None else _bad_character(bad)
    checks.append(chars)
    date_check, born = _date(number[6:14], today)
    checks.append(date_check)
    code, records = _region(number[:6], lookup)
    checks.append(_region_check(code, records))
    if body_ok and bad is None:
        from stdnum.iso7064 import mod_11_2

        expected = mod_11_2.calc_check_digit(number[:17])
        values = (("expected", expected), ("actual", number[17]))
        checks.append(Check("checksum", "pass" if number[17] == expected else "fail", values))
    else:
        checks.append(Check("checksum", "skip"))
    sex = _sex(number[16])
    return Explanation("citizen-id", mask(number), 18, tuple(checks), born, sex, code, records)


def _old_id(number: str, lookup: Lookup, today: datetime.date) -> Explanation:
    # 15 digits: region, YYMMDD (born 19YY), sequence; no check character.
    checks = [Check("length", "pass", (("length", "15"),)), Check("characters", "pass")]
    date_check, born = _date("19" + number[6:12], today)
    checks.append(date_check)
    code, records = _region(number[:6], lookup)
    checks.append(_region_check(code, records))
    sex = _sex(number[14])
    return Explanation("citizen-id-15", mask(number), 15, tuple(checks), born, sex, code, records)


def _wrong_length(number: str, lookup: Lookup) -> Explanation:
    # Almost an ID number: say so, and show the only part that is still in place.
    values = (("length", str(len(number))), ("expected", "18"))
    checks = [Check("length", "fail", values)]
    checks += [Check(name, "skip") for name in ("characters", "date", "region", "checksum")]
    code, records = _region(number[:6], lookup)
    return Explanation(
        "citizen-id", mask(number), len(number), tuple(checks), region_code=code, regions=records
    )


def _bad_character(index: int) -> Check:
    expected = "digit_or_x" if index == 17 else "digit"
    return Check("characters", "fail", (("position", str(index + 1)), ("expected", expected)))


def _date(digits: str, today: datetime.date) -> tuple[Check, datetime.date | None]:
    if not digits.isdigit():
        return Check("date", "skip"), None
    shown = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    try:
        born = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return Check("date", "fail", (("date", shown), ("reason", "impossible"))), None
    if born > today:
        return Check("date", "fail", (("date", shown), ("reason", "future"))), None
    if born.year < EARLIEST_YEAR:
        return Check("date", "fail", (("date", shown), ("reason", "early"))), None
    return Check("date", "pass", (("date", born.isoformat()),)), born


def _region_check(code: str | None, records: tuple[Division, ...]) -> Check:
    if code is None:
        return Check("region", "skip")
    return Check("region", "pass" if records else "fail", (("code", code),))


def _sex(digit: str) -> Sex | None:
    if not digit.isdigit():
        return None
    return "male" if int(digit) % 2 else "female"
