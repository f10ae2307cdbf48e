"""Cut a text into words with a dictionary made from the catalogue, in Chinese, pinyin or English.

The dictionary holds the search vocabulary (``data/search.yaml``) and every alias. Chinese is
cut into the fewest known words; what no word covers is kept as pairs of characters. Latin
letters are read as pinyin when they spell known words, else as English. Characters that sound
like a known word (余额 typed 鱼额) add that word too, found through their pinyin, which the
index keeps for common characters; nothing here imports a segmenter or ``pypinyin``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from yibao_cli.search.lines import is_han

Kind = str  # "word", "pair", "sound", "pinyin", "english"
_LATIN = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+|[a-z0-9][a-z0-9'’ -]*[a-z0-9]|[a-z0-9]")
PLACE = "<place>"
"""The concept of every place name: a word of its own, which no procedure is about."""
UNKNOWN_COST = 2.0  # a character no word covers costs as much as two words
SYLLABLE_COST = 3.0  # a pinyin syllable that spells no known word


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a text: as written (``start``/``end`` in the text), and what it means."""

    text: str
    concept: str
    start: int
    end: int
    kind: Kind = "word"


@dataclass(slots=True)
class Dictionary:
    """Words to cut texts with, each mapped to its concept ("" for a filler word).

    ``phrases`` are English words and phrases (stemmed, space-separated); ``spelled`` maps
    the pinyin of each Chinese word to the words spelt so; ``readings`` is the pinyin of
    common characters.
    """

    words: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)
    spelled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    syllables: frozenset[str] = frozenset()
    readings: dict[str, str] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The concepts inside a longer word, such as an alias: 医保缴费 holds 医保 and 缴费."""
    longest: int = 1
    longest_phrase: int = 1

    def add(self, word: str, concept: str) -> None:
        """Add a Chinese word or an English phrase (first meaning wins)."""
        word = normalise(word).strip()
        if not word:
            return
        if any(is_han(char) for char in word):
            self.words.setdefault(word, concept)
            self.longest = max(self.longest, len(word))
        else:
            key = " ".join(stem(part) for part in _LATIN.findall(word))
            if key:
                self.phrases.setdefault(key, concept)
                self.longest_phrase = max(self.longest_phrase, key.count(" ") + 1)


def normalise(text: str) -> str:
    """Full-width to half-width and lower case, keeping one character per character."""
    return "".join(
        folded if len(folded := unicodedata.normalize("NFKC", char).lower()) == 1 else char
        for char in text
    )


def stem(word: str) -> str:
    """A light English stem, plurals only: cards -> card, parents -> parent, my card's -> card.

    Only plurals: "missed" (a payment) and "missing" (a card) must stay apart, so other
    forms are listed as synonyms where they matter.
    """
    word = word.strip("'’-").replace("’", "'").removesuffix("'s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def cut(text: str, words: Dictionary, *, sounds: bool = True) -> list[Term]:
    """Cut a text into terms; filler words come back with an empty concept.

    Args:
        text: Any text: a query or a catalogue line.
        words: The dictionary.
        sounds: Also add known words that the Chinese sounds like (for queries).
    """
    text = normalise(text)
    terms: list[Term] = []
    for run in _RUNS.finditer(text):
        piece, offset = run.group(), run.start()
        if is_han(piece[0]):
            found = _chinese(piece, offset, words)
            terms.extend(found)
            if sounds:
                unknown = {
                    pos
                    for term in found
                    if term.kind == "pair"
                    for pos in range(term.start, term.end)
                }
                heard = _sounds(piece, offset, words, unknown)
                if heard:  # 鱼额 heard as 余额: the user meant the word, not the characters
                    terms = [
                        term
                        for term in terms
                        if term.kind != "pair"
                        or not any(h.start <= term.start and term.end <= h.end for h in heard)
                    ]
                terms.extend(heard)
        else:
            spelt = _pinyin(piece, offset, words)
            terms.extend(spelt if spelt is not None else _english(piece, offset, words))
    return terms


def _chinese(text: str, offset: int, words: Dictionary) -> list[Term]:
    """The fewest known words; characters between known words are kept in pairs."""
    size = len(text)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * size
    for end in range(1, size + 1):
        best[end] = (best[end - 1][0] + UNKNOWN_COST, end - 1)
        for start in range(max(0, end - words.longest), end):
            if best[start][0] + 1 < best[end][0] and text[start:end] in words.words:
                best[end] = (best[start][0] + 1, start)
    pieces: list[tuple[int, int]] = []
    end = size
    while end > 0:
        start = best[end][1]
        pieces.append((start, end))
        end = start
    pieces.reverse()
    known = [text[start:end] in words.words for start, end in pieces]
    # A lone known character beside unknown ones is likely part of an unknown word: the 交 of
    # 交通罚款 is not 缴费. One unknown character is no word to be part of: 儿子家住 still
    # says 住.
    glued = [
        known[i]
        and pieces[i][1] - pieces[i][0] == 1
        and words.words[text[pieces[i][0] : pieces[i][1]]] != ""  # a filler stays a filler
        and (_unknown_run(known, i, -1) >= 2 or _unknown_run(known, i, 1) >= 2)
        for i in range(len(pieces))
    ]
    terms: list[Term] = []
    unknown: list[int] = []
    for (start, end), is_known, is_glued in zip(pieces, known, glued, strict=True):
        word = text[start:end]
        if is_known and not is_glued:
            terms.extend(_pairs(text, unknown, offset))
            unknown = []
            terms.append(Term(word, words.words[word], offset + start, offset + end))
            for concept in words.parts.get(word, ()):
                terms.append(Term(word, concept, offset + start, offset + end, "part"))
        else:
            unknown.append(start)
    terms.extend(_pairs(text, unknown, offset))
    return terms


def _unknown_run(known: list[bool], index: int, step: int) -> int:
    """How many unknown pieces (single characters) stand next to ``index`` on one side."""
    count = 0
    index += step
    while 0 <= index < len(known) and not known[index]:
        count += 1
        index += step
    return count


def _pairs(text: str, positions: list[int], offset: int) -> list[Term]:
    """Characters no word covers: each pair of neighbours, or a lone character."""
    if not positions:
        return []
    chars = "".join(text[pos] for pos in positions)
    start = offset + positions[0]
    if len(chars) == 1:
        return [Term(chars, chars, start, start + 1, "pair")]
    return [
        Term(chars[i : i + 2], chars[i : i + 2], start + i, start + i + 2, "pair")
        for i in range(len(chars) - 1)
    ]


def _sounds(text: str, offset: int, words: Dictionary, unknown: set[int]) -> list[Term]:
    """Known words of two or more characters that the text sounds like, but is not spelt as.

    Only where a character is not part of any known word: 鱼额 reads 余额, 医保吗 stays.
    """
    if not words.readings or not all(char in words.readings for char in text):
        return []
    syllables = [words.readings[char] for char in text]
    found = []
    for start in range(len(text)):
        for end in range(start + 2, min(len(text), start + words.longest) + 1):
            if not any(offset + pos in unknown for pos in range(start, end)):
                continue
            for word in words.spelled.get("".join(syllables[start:end]), ()):
                concept = words.words.get(word, "")
                if concept and word != text[start:end]:
                    found.append(
                        Term(text[start:end], concept, offset + start, offset + end, "sound")
                    )
    return found


def _pinyin(text: str, offset: int, words: Dictionary) -> list[Term] | None:
    """Read letters as pinyin of known words; None when they are not pinyin of any."""
    letters = re.sub(r"[^a-z]", "", text)
    if not letters or not words.spelled or not text.replace(" ", "").replace("'", "").isalpha():
        return None
    longest = max(map(len, words.spelled), default=0)
    size = len(letters)
    nothing: tuple[str, ...] = ()
    best = [(0.0, 0, nothing)] + [(float("inf"), 0, nothing)] * size
    for end in range(1, size + 1):
        for start in range(max(0, end - max(longest, 6)), end):
            if best[start][0] == float("inf"):
                continue
            chunk = letters[start:end]
            spelt = words.spelled.get(chunk, ())
            if spelt and best[start][0] + 1 < best[end][0]:
                best[end] = (best[start][0] + 1, start, spelt)
            elif chunk in words.syllables and best[start][0] + SYLLABLE_COST < best[end][0]:
                best[end] = (best[start][0] + SYLLABLE_COST, start, nothing)
    if best[size][0] == float("inf"):
        return None
    terms: list[Term] = []
    covered = 0
    end = size
    while end > 0:
        _, start, spelt = best[end]
        if spelt:
            covered += end - start
        for word in spelt:  # every word spelt so: jia is 甲 and 家
            terms.append(
                Term(word, words.words.get(word, ""), offset, offset + len(text), "pinyin")
            )
        end = start
    if covered * 2 < size:  # mostly unknown syllables: English that happens to parse
        return None
    terms.reverse()
    return terms


def _english(text: str, offset: int, words: Dictionary) -> list[Term]:
    """English words and known phrases (longest first); unknown words stand for themselves."""
    spans = [(m.start(), m.end(), stem(m.group())) for m in _LATIN.finditer(text)]
    terms: list[Term] = []
    index = 0
    while index < len(spans):
        for size in range(min(words.longest_phrase, len(spans) - index), 0, -1):
            key = " ".join(part[2] for part in spans[index : index + size])
            if key in words.phrases or size == 1:
                start, end = spans[index][0], spans[index + size - 1][1]
                concept = words.phrases.get(key, key)
                terms.append(
                    Term(text[start:end], concept, offset + start, offset + end, "english")
                )
                index += size
                break
    return terms
