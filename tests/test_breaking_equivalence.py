"""Line breaking finds the units a character-by-character reading finds, on any text.

:mod:`yibao_cli.render.breaking` cuts text with one pattern over a class string;
``helpers.breaking_reference`` is the loop it replaced. Every paragraph of the catalogue, and
generated text mixing every kind of character the rules name, must break the same in both.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from helpers import DATA
from helpers import breaking_reference as reference
from yibao_cli.render import breaking

PIECES = [
    *"中文字，。、；：！？）」】《（「【“”‘’…—,.;:!?)]}%([{$¥",
    *"☐⚠☎•·✓✗–→*-#>abcXYZ0123456789é１\u3000\t\n  ",
    "[全国]",
    "[属地 · 福州市（市级）]",
    "[" + "x" * 45 + "]",  # too wide for a tag
    "1.",
    "(2)",
    "（3）",
    "https://www.nhsa.gov.cn/a/b",
    "0591-87276370",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def same(text: str, width: int, first: int, rest: int) -> None:
    assert breaking.units(text) == reference.units(text)
    assert breaking.breaks(text, width, first, rest) == reference.breaks(text, width, first, rest)


@given(TEXT, st.integers(1, 40), st.integers(0, 6), st.integers(0, 6))
@example("¥文[" + "x" * 45 + "]", 10, 0, 0)  # an opening mark alone glues to what follows
@example("xxxxxxxxxx （3）\u3000“：１\u3000·", 8, 0, 0)  # a Chinese run in English takes U+3000
@example("[" + "x" * 45 + "]中文", 12, 2, 2)  # a bracket too wide for a tag still leads
def test_the_units_and_breaks_are_the_reference_ones(
    text: str, width: int, first: int, rest: int
) -> None:
    same(text, width, first, rest)


def paragraphs(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from value.splitlines()
    elif isinstance(value, dict):
        for item in value.values():
            yield from paragraphs(item)
    elif isinstance(value, list):
        for item in value:
            yield from paragraphs(item)


def test_every_catalogue_paragraph_breaks_as_the_reference_does() -> None:
    texts = {
        text
        for path in sorted(DATA.rglob("*.yaml"))
        for text in paragraphs(yaml.safe_load(path.read_text(encoding="utf-8")))
    }
    assert len(texts) > 1000
    for text in texts:
        for width in (23, 60):
            same(text, width, 4, 4)
