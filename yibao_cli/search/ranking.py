"""Rank procedures for what a user typed: Chinese words and substrings, pinyin, aliases, typos.

Scores are a field weight times a match quality. The weights keep the promised order: an exact
id or alias beats a title, a title beats part of an alias, and those beat every other field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from yibao_cli.search import understand
from yibao_cli.search.index import SearchIndex
from yibao_cli.search.lines import GAP, Entry, is_han
from yibao_cli.search.query import ALIAS_FUZZY_CUTOFF, FUZZY_CUTOFF, Query, parse

Kind = Literal[
    "exact", "substring", "contained", "partial", "pinyin", "initials", "fuzzy", "concept"
]
NAMING: tuple[Kind, ...] = ("exact", "substring", "pinyin", "initials")
"""Literal matches that name a procedure: the whole query found in one of its lines..."""
NAME_FIELDS = ("id", "alias", "title", "question")
"""... of these fields, or elsewhere when it is a phrase this long:"""
PHRASE_CHARS = 4
PHRASE_WORDS = 2

EXACT_WEIGHT = 100.0  # an id or alias typed in full
TITLE_WEIGHT = 70.0
ALIAS_WEIGHT = 55.0  # part of an id or alias
SUMMARY_WEIGHT = 35.0
HEAD_WEIGHT = 30.0  # a step title, material name, fact label or question
TEXT_WEIGHT = 20.0

PINYIN_FACTOR = 0.95
INITIALS_FACTOR = 0.85
FUZZY_FACTOR = 0.7
LITERAL_CONFIDENT = 20.0  # the same for a literal match alone (an alias inside the query)
CONFIDENT = 10.0  # a lone hit at least this good (and answering the query) names a procedure
MARGIN = 0.7  # ... when the next one scores below this share of it
MATCHES_SHOWN = 3
LITERAL_SHARE = 0.2  # literal scores run to 100; concepts to a few points each
CONCEPT_SCALE = 10.0


@dataclass(frozen=True, slots=True)
class Match:
    """Where one line matched: its score and the matched characters ``text[start:end]``."""

    entry: Entry
    score: float
    start: int
    end: int
    kind: Kind


@dataclass(frozen=True, slots=True)
class Hit:
    """One procedure found, with its best matching lines and why it matched."""

    procedure: str
    score: float
    matches: tuple[Match, ...]
    why: tuple[tuple[str, str], ...] = ()
    """The words of the query it matched, most telling first: (as typed, as understood)."""
    covered: bool = False
    """It answers the query: its topic covers what the query asks, or the query names it."""
    coverage: float = 0.0
    """How much of the query its topic covers, from 0 to 1."""

    @property
    def fuzzy(self) -> bool:
        """True when the best line only looks like the query (a typo, not a real match)."""
        return bool(self.matches) and self.matches[0].kind == "fuzzy"


def rank(index: SearchIndex, query: str, limit: int | None = None, lang: str = "zh") -> list[Hit]:
    """Find the procedures matching a query, best first (catalogue order on ties).

    Two readings are combined: the words of the query as concepts, weighed by how well they
    tell procedures apart (``understand``), and the literal matches of the whole query or its
    parts in each line, its pinyin, initials and typos of ids.

    Args:
        index: The catalogue's search index.
        query: What the user typed: a question, Chinese, pinyin or initials, an id, English.
        limit: How many procedures to return at most (all when None).
        lang: Show lines in this language where a concept is found in both (``en``).

    Returns:
        One hit per matching procedure, each with its best lines (at most three).
    """
    literals = {hit.procedure: hit for hit in literal(index, query)}
    fits = {}
    typed: dict[str, str] = {}
    if index.profiles is not None:
        reading = understand.read(index.profiles, query)
        fits = {fit.procedure: fit for fit in understand.fit(index.profiles, reading)}
        for term in reading.terms:
            typed.setdefault(term.concept, term.text)
        shown_lines = []  # the lines shown for each concept, read in one go
        for procedure, fitted in fits.items():
            places = index.profiles.shown_places(lang, procedure)
            shown_lines += [places.get(concept, best)[1] for concept, best in fitted.places]
        index.prefetch(shown_lines)
    hits = []
    for procedure in dict.fromkeys([*literals, *fits]):
        shown = index.profiles.shown_places(lang, procedure) if index.profiles else {}
        found = _combine(index, literals.get(procedure), fits.get(procedure), typed, shown)
        hits.append(found)
    hits.sort(key=lambda hit: -hit.score)
    return hits if limit is None else hits[:limit]


def _combine(
    index: SearchIndex,
    literal: Hit | None,
    fit: understand.Fit | None,
    typed: dict[str, str],
    shown: Mapping[str, understand.Place],
) -> Hit:
    """One procedure's score from both readings, its lines to show and whether it answers."""
    procedure = literal.procedure if literal else fit.procedure if fit else ""
    score = (literal.score if literal else 0.0) * LITERAL_SHARE
    matches = list(literal.matches) if literal else []
    why: list[tuple[str, str]] = []
    covered = literal is not None and _names(literal.matches[0])
    coverage = 1.0 if covered else 0.0
    if fit is not None:
        score += fit.score * CONCEPT_SCALE
        coverage = max(coverage, fit.coverage)
        covered = covered or fit.coverage >= understand.COVERED
        for concept, best in fit.places:
            weight, number, start, end = shown.get(concept, best)
            entry = index.entry(number)
            if concept in typed:  # not an alias read from its parts: the user typed neither
                why.append((typed[concept], concept))
            if entry.field not in ("id", "title") and all(
                m.entry.text != entry.text for m in matches
            ):
                strength = CONCEPT_SCALE * weight
                matches.append(Match(entry, strength, start, end, "concept"))
    matches.sort(key=lambda m: -m.score)
    return Hit(procedure, round(score, 2), _distinct(matches), tuple(why), covered, coverage)


def _names(match: Match) -> bool:
    """The whole query in a name, a typo of an id, or a long phrase found word for word."""
    if match.kind == "fuzzy" or (match.kind in NAMING and match.entry.field in NAME_FIELDS):
        return True
    found = match.entry.text[match.start : match.end]
    long_phrase = sum(map(is_han, found)) >= PHRASE_CHARS or len(found.split()) >= PHRASE_WORDS
    return match.kind in NAMING and long_phrase


def literal(index: SearchIndex, query: str) -> list[Hit]:
    """Rank by literal matches: whole query, word pairs, pinyin, initials, typos of ids.

    Hits come in catalogue order, unsorted; each is ``covered`` when it names the procedure.
    """
    parsed = parse(query)
    if not parsed.core:
        return []
    fuzzy: SequenceMatcher[str] = SequenceMatcher(autojunk=False)
    fuzzy.set_seq2((parsed.letters or parsed.compact).replace("-", ""))
    # Lines repeat (click paths, materials, copies of a procedure): match each text once per
    # field, then place the match on each line that has it.
    seen: dict[tuple[str, str, bool], Match | None] = {}

    def match_of(entry: Entry) -> Match | None:
        key = (entry.text, entry.field, entry.head)
        if key not in seen:
            seen[key] = _match(entry, parsed, fuzzy)
        match = seen[key]
        if match is None or match.entry is entry:
            return match
        return Match(entry, match.score, match.start, match.end, match.kind)

    found: dict[str, list[Match]] = {}
    for entry in index.candidates(parsed, lambda entry: match_of(entry) is not None):
        match = match_of(entry)
        if match is not None:
            found.setdefault(entry.procedure, []).append(match)
    hits = []
    for procedure, matches in found.items():
        matches.sort(key=lambda m: -m.score)
        best = _distinct(matches)
        # Several matching lines make a procedure a little more likely; never enough to jump
        # over a better kind of match.
        bonus = min(len(matches) - 1, 10) * 0.2
        score = round(matches[0].score + bonus, 2)
        hits.append(Hit(procedure, score, best, covered=_names(matches[0])))
    return hits


def unambiguous(hits: Sequence[Hit], *, literal: bool = False) -> str | None:
    """Return the procedure a ranking clearly points to, or None when it is not clear.

    A typo alone never names a procedure, nor does a query it does not answer (see
    ``Hit.covered``): the user is asked instead. ``literal`` hits (from ``literal``, sorted)
    need a good score only.
    """
    floor = LITERAL_CONFIDENT if literal else CONFIDENT
    if not hits or hits[0].fuzzy or hits[0].score < floor:
        return None
    if not literal and not hits[0].covered:
        return None
    if len(hits) > 1 and hits[1].score >= hits[0].score * MARGIN:
        return None
    return hits[0].procedure


def _distinct(matches: list[Match]) -> tuple[Match, ...]:
    """Pick the lines to show: different texts, and one alias at most (they say the same)."""
    shown: list[Match] = []
    for match in matches:
        if all(
            match.entry.text != other.entry.text
            and not (match.entry.field == other.entry.field == "alias")
            for other in shown
        ):
            shown.append(match)
        if len(shown) == MATCHES_SHOWN:
            break
    return tuple(shown)


def weight(entry: Entry, exact: bool) -> float:
    """Return how much a match in this line counts (exact: the whole line matched)."""
    if entry.field in ("id", "alias"):
        return EXACT_WEIGHT if exact else ALIAS_WEIGHT
    if entry.field == "title":
        return TITLE_WEIGHT
    if entry.field == "summary":
        return SUMMARY_WEIGHT
    return HEAD_WEIGHT if entry.head else TEXT_WEIGHT


def _span_quality(entry: Entry, start: int, end: int) -> tuple[float, bool]:
    """Quality of a match covering ``text[start:end]``, and whether it is the whole line."""
    length = len(entry.text)
    if start == 0 and end == length:
        return 1.0, True
    # Longer shares of the line and matches at its start read as closer.
    return 0.75 + 0.08 * (end - start) / length + (0.02 if start == 0 else 0.0), False


def _match(entry: Entry, query: Query, fuzzy: SequenceMatcher[str]) -> Match | None:
    candidates: list[Match] = []
    folded = entry.folded
    for variant in query.variants:
        start = folded.find(variant)
        if start >= 0:
            quality, whole = _span_quality(entry, start, start + len(variant))
            kind: Kind = "exact" if whole else "substring"
            score = weight(entry, whole) * quality
            candidates.append(Match(entry, score, start, start + len(variant), kind))
            if whole:
                return candidates[-1]
            break
    if entry.head and len(folded) >= 2:
        # The whole line inside the query: 医保卡号 in 我的医保卡号是多少.
        for phrase in (query.core, query.compact):
            if folded in phrase and folded != phrase:
                quality = 0.45 + 0.3 * len(folded) / len(phrase)
                score = weight(entry, False) * quality
                candidates.append(Match(entry, score, 0, len(folded), "contained"))
                break
    if len(query.units) >= 2:
        where = [_find_unit(folded, unit) for unit in query.units]
        hits = [(pos, len(unit)) for pos, unit in zip(where, query.units, strict=True) if pos >= 0]
        share = len(hits) / len(query.units)
        if share >= 0.5:
            pos, size = min(hits)
            score = weight(entry, False) * 0.6 * share
            candidates.append(Match(entry, score, pos, pos + size, "partial"))
    if query.letters and entry.spell:
        candidates.extend(_pinyin(entry, query.letters))
    if query.letters or query.text.isascii():
        candidates.extend(_fuzzy(entry, query, fuzzy))
    return max(candidates, key=lambda m: m.score, default=None)


def _find_unit(folded: str, unit: str) -> int:
    """Find a pair of Chinese characters anywhere, or a Latin word at the start of a word."""
    if is_han(unit[0]):
        return folded.find(unit)
    pos = folded.find(unit)
    while pos > 0 and folded[pos - 1].isalnum():
        pos = folded.find(unit, pos + 1)
    return pos


def _pinyin(entry: Entry, letters: str) -> list[Match]:
    """Match full pinyin anywhere, and initials or abbreviated pinyin in name-like lines."""
    found = []
    pos = entry.spell.find(letters)
    while pos >= 0:
        start, end = entry.char_at(pos), entry.char_at(pos + len(letters))
        if start is not None and end is not None:
            quality, whole = _span_quality(entry, start, end)
            score = weight(entry, whole) * quality * PINYIN_FACTOR
            found.append(Match(entry, score, start, end, "pinyin"))
            break
        pos = entry.spell.find(letters, pos + 1)
    if entry.head and len(letters) >= 2 and not found:
        span = _abbreviated(entry, letters)
        if span is not None:
            quality, whole = _span_quality(entry, *span)
            score = weight(entry, whole) * quality * INITIALS_FACTOR
            found.append(Match(entry, score, span[0], span[1], "initials"))
    return found


def _abbreviated(entry: Entry, letters: str) -> tuple[int, int] | None:
    """Find characters whose syllables start with consecutive pieces of ``letters``.

    "bb" and "bub" both find 补办 (bu ban): each character takes a non-empty prefix of its
    syllable. Returns the first such character span.
    """
    count = len(entry.offsets) - 1

    def consume(index: int, done: int) -> int | None:
        if done == len(letters):
            return index
        if index >= count:
            return None
        syllable = entry.syllable(index)
        for size in range(min(len(syllable), len(letters) - done), 0, -1):
            if syllable[:size] == letters[done : done + size]:
                end = consume(index + 1, done + size)
                if end is not None:
                    return end
        return None

    for start in range(count):
        if entry.spell[entry.offsets[start]] == letters[0]:
            end = consume(start, 0)
            if end is not None:
                return start, end
    return None


def _fuzzy(entry: Entry, query: Query, matcher: SequenceMatcher[str]) -> list[Match]:
    """Tolerate a typo in an id, or in the pinyin of an alias (difflib's similarity ratio).

    difflib rather than a compiled library: only ids and aliases are compared, a few hundred
    short strings, which takes a few milliseconds, and difflib costs no extra import time.
    """
    # A typo in an id weighs like the id; a near-miss on an alias's pinyin like part of one.
    if entry.field == "id":
        target, cutoff, full = entry.folded.replace("-", ""), FUZZY_CUTOFF, EXACT_WEIGHT
    elif entry.field == "alias" and entry.spell and query.letters:
        target, cutoff, full = entry.spell.replace(GAP, ""), ALIAS_FUZZY_CUTOFF, ALIAS_WEIGHT
    else:
        return []
    if len((query.letters or query.compact).replace("-", "")) < 4:
        return []
    matcher.set_seq1(target)
    if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
        return []
    ratio = matcher.ratio()
    if ratio == 1.0 and entry.field == "id":  # "replace card" for replace-card
        return [Match(entry, EXACT_WEIGHT, 0, len(entry.text), "exact")]
    if ratio < cutoff or ratio == 1.0:
        return []
    score = full * FUZZY_FACTOR * ratio
    return [Match(entry, score, 0, len(entry.text), "fuzzy")]
