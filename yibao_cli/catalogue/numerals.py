"""Find the numbers a text states, in Arabic or Chinese numerals, as values.

A claim's numbers must be in the sentence it quotes; "in" compares values, so ``20%`` is found
in ``百分之二十``, ``三个月`` in ``3个月`` and ``1.5万`` in ``15000``. Pure: no catalogue.
"""

from __future__ import annotations

import re
from decimal import Decimal

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

_WIDE = str.maketrans("０１２３４５６７８９．％", "0123456789.%")

_ARABIC = re.compile(r"(\d+(?:\.\d+)?)\s*([万亿])?")
_CHINESE = re.compile(r"[零〇○一二两三四五六七八九十百千万亿]+")

NOT_NUMBERS = (
    "一次性",
    "统一",
    "一般",
    "一样",
    "一起",
    "一旦",
    "一些",
    "之一",
    "一致",
    "唯一",
    "一并",
    "一律",
    "进一步",
    "同一",
    "一键",
    "一站式",
    "一网通办",
    "一窗",
    "万一",
    "十分",
    "一定",
    "一直",
    "一下",
    "一份",
    "一张",
    "一个",
    "一项",
    "一种",
    "一次",
    "一体化",
    "一卡通",
    "一代",
    "二代",
    "第一",
    "第三方",
    "一方",
    "一边",
    "一些",
    "一切",
    "一经",
    "一同",
    "一览",
    "一级",
    "二级",
    "三级",
    "一档",
    "二档",
    "千万",
    "一年一",
    "一人一",
    "一一",
    "五险一金",
    "一码通",
    "一件事",
    "不一",
    "逐一",
    "某一",
    "任一",
    "其一",
    "单一",
    "一时",
    "一步",
    "一早",
    "一并",
    "一半",
    "清零",
    "两地",
    "零报销",
    "零星",
    "百分点",
    "二维码",
    "两边",
)
"""Words written with numeral characters that state no number (统一, 一般, 第一…).

``一个``, ``一张``, ``一次`` and the like count a single thing; they are read as no number, so
that "带一张照片" needs no quote, while "两张" or "3次" does. ``百分点`` is a unit ("10个百分点"
states 10, not 100), ``二维码`` a QR code and ``两边`` "both sides", as ``两地`` is "both places".
"""

_DOCUMENT_NUMBER = re.compile(
    r"〔\d{4}〕\s*\d+\s*号|令第\s*\d+\s*号|GB(?:/T)?\s*\d+(?:[-—]\d+)?"
    r"|第[\d一二三四五六七八九十百]+[条款章]"
    r"|ISO\s*\d+(?:[:：]\d{4})?|MOD\s*11-2"
)
"""A document's number (国办发〔2024〕38号, 人力资源和社会保障部令第16号), a standard's (GB 11643,
ISO 7064 MOD 11-2) or an article's (第五条): it names a source and states no figure."""

_LIST_LABEL = re.compile(r"情形[\d一二三四五六七八九十]+")
"""The label of an item in a source's numbered list (情形二 for the article's “2、”): it says
where the item stands in the list, not a figure."""

_NOT_NUMBERS = re.compile("|".join(sorted(map(re.escape, set(NOT_NUMBERS)), key=len, reverse=True)))


def numbers(text: str) -> list[Decimal]:
    """Return the numbers ``text`` states, in order, without repeats.

    Arabic digits (full-width too) and decimals, each end of a range (``10–25`` gives 10 and
    25), a number followed by 万 or 亿 multiplied out, and Chinese numerals (``十五``,
    ``百分之二十``, ``二〇二六``; ``三四天`` gives 3 and 4). Words such as 统一 or 一般 that
    are written with numeral characters but state no number are skipped, and so are the
    numbers of documents and standards (国办发〔2024〕38号, GB 11643) and the labels of list
    items (情形二).
    """
    text = text.translate(_WIDE).replace("百分之百", "100").replace("百分之", " ")
    text = _LIST_LABEL.sub(" ", _DOCUMENT_NUMBER.sub(" ", text))
    text = _NOT_NUMBERS.sub(" ", text)
    found: list[Decimal] = []
    rest = []
    last = 0
    for match in _ARABIC.finditer(text):
        value = Decimal(match.group(1))
        if match.group(2):
            value *= _BIG[match.group(2)]
        found.append(value)
        rest.append(text[last : match.start()])
        last = match.end()
    rest.append(text[last:])
    for piece in rest:
        for match in _CHINESE.finditer(piece):
            found.extend(chinese(match.group(0)))
    unique: list[Decimal] = []
    for value in found:
        if value not in unique:
            unique.append(value)
    return unique


def chinese(run: str) -> list[Decimal]:
    """Read a run of Chinese numeral characters as one number, or several side by side.

    A run with 十, 百 or 千 is one number (二十五 is 25); a run of digits with 〇 or 零 is read
    digit by digit (二〇二六 is 2026); other runs of digits are several numbers (三四 is 3
    and 4). A lone 万 or 亿 is no number, nor is a lone 一: in 一篇, 上一年度, 一个月 it counts
    one thing rather than stating a figure.
    """
    if all(char in _BIG for char in run) or run == "一":
        return []
    if any(char in _UNITS for char in run) or (
        any(char in _BIG for char in run) and any(char in _DIGITS for char in run)
    ):
        return [_positional(run)]
    if len(run) > 1 and any(char in "零〇○" for char in run):
        return [Decimal("".join(str(_DIGITS[char]) for char in run if char in _DIGITS))]
    return [Decimal(_DIGITS[char]) for char in run if char in _DIGITS]


def _positional(run: str) -> Decimal:
    total = 0
    section = 0
    digit: int | None = None
    for char in run:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[char]
            digit = None
        elif char in _BIG:
            section += digit or 0
            total += (section or 1) * _BIG[char]
            section = 0
            digit = None
    return Decimal(total + section + (digit or 0))


def missing(claim: str, quote: str) -> list[Decimal]:
    """The numbers ``claim`` states that ``quote`` does not, by value."""
    said = set(numbers(quote))
    return [value for value in numbers(claim) if value not in said]


def shown(value: Decimal) -> str:
    """A number as a message shows it: ``20``, ``0.5``."""
    normal = value.normalize()
    return f"{normal:f}"
