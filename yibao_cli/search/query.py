"""What a user typed, prepared for matching: whole-query forms, word pairs and pinyin letters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from yibao_cli.search.lines import is_han

# Words that carry no meaning in a question ("医保卡丢了怎么办" means "医保卡丢了"). Longer
# words first, so 怎么办 goes before 怎么. A bare 办 or 查 is kept: 补办 and 查余额 need them.
FILLERS = (
    "怎么办理",
    "怎么办",
    "怎么样",
    "怎么",
    "如何",
    "怎样",
    "咋办",
    "在哪里",
    "在哪儿",
    "哪里",
    "哪儿",
    "能不能",
    "可不可以",
    "可以",
    "是不是",
    "是否",
    "请问",
    "我想",
    "我要",
    "想要",
    "需要",
    "我的",
    "办理",
    "查询",
    "一下",
)
FUZZY_CUTOFF = 0.75
"""How close (difflib's ratio) a query must be to an id to read as a typo of it..."""
ALIAS_FUZZY_CUTOFF = 0.8
"""... and to the pinyin of an alias, which must be closer."""
_FILLER = re.compile("|".join(FILLERS))
_PARTICLES = "吗呢啊呀吧"  # only at the end: 丢了吗 -> 丢了
_PINYIN = re.compile(r"^[a-z' ]+$")
_WORD = re.compile(r"[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]+")


@dataclass(frozen=True, slots=True)
class Query:
    """A query in the forms the matchers use.

    ``variants`` are whole-query forms matched as substrings (as typed, without spaces, with
    question words removed); ``units`` are the words or character pairs matched one by one;
    ``letters`` is the query as pinyin (empty unless it is only Latin letters).
    """

    text: str
    compact: str
    variants: tuple[str, ...]
    core: str
    units: tuple[str, ...]
    letters: str


def parse(query: str) -> Query:
    """Prepare a query for matching (lower-cased; question words and punctuation dropped)."""
    text = " ".join(query.lower().split())
    compact = "".join(char for char in text if char.isalnum() or char == "-")
    stripped = _FILLER.sub(" ", text.removeprefix("我")).rstrip("?？!！。 " + _PARTICLES)
    words = _WORD.findall(stripped)
    core = "".join(words)
    units = [unit for word in words for unit in _units(word)]
    if not units and core:
        units = [core]
    variants = tuple(dict.fromkeys(v for v in (text, compact, core, text.replace(" ", "-")) if v))
    letters = compact.replace("-", "") if _PINYIN.match(text) else ""
    return Query(text, compact, variants, core or compact, tuple(dict.fromkeys(units)), letters)


def _units(word: str) -> list[str]:
    if not is_han(word[0]):
        return [word] if len(word) > 2 else []
    return [word[i : i + 2] for i in range(len(word) - 1)]
