"""Read a question for what it asks, and weigh procedures by the words that tell them apart.

Each procedure has a profile: every concept (a word, or its synonym group) that its lines use,
with the weight of the best line (a title or typical question counts more than a step's
detail). A query counts each of its concepts by how few procedures use it, so 取 (only in
withdraw) outweighs 余额 (in many). The share of the query a procedure covers in its topic
(name, aliases, summary, typical questions) says whether it answers the question.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from yibao_cli.search.lines import Entry
from yibao_cli.search.segment import PLACE, Dictionary, Term, cut

TOPIC = 1.0
QUESTION = 0.9
SUMMARY = 0.6
HEAD = 0.45
BODY = 0.25
SOUND = 0.8  # a word found by its sound counts a little less than one typed
PART = 0.7  # a concept inside a longer word (an alias) counts a little less than the word
COLLOCATION = 0.5  # all the parts of an alias found apart count as the alias
UNKNOWN_IDF = 1.5  # weight, in the coverage, of a word the catalogue never uses
REPEAT = 0.08  # each further name or question using a concept adds this to its weight
REPEATS = 5
COVERED = 0.6  # the share of a query a topic must cover to answer it
COMMON_IDF = math.log(1 + 1 / 0.9)  # a concept used nine-tenths as much as one in every name
MOVE = "转移"
"""Two different places in one question read as this word too: 苏州交的医保，去了南京 is a move."""


Place = tuple[float, int, int, int]
"""Where a procedure uses a concept best: (weight, index entry, start, end of the characters).

A plain tuple: an index holds thousands, and tuples unpickle several times faster than objects.
"""
WEIGHT = 0


@dataclass(slots=True)
class Profiles:
    """What each procedure's lines are about, for ranking questions."""

    words: Dictionary = field(default_factory=Dictionary)
    concepts: dict[str, dict[str, Place]] = field(default_factory=dict)
    shown: dict[str, dict[str, dict[str, Place]]] = field(default_factory=dict)
    """By language (``zh``, ``en``), the best line of that language for each concept."""
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    things: dict[str, str] = field(default_factory=dict)
    frequency: dict[str, float] = field(default_factory=dict)
    fallback: str = ""

    def idf(self, concept: str) -> float:
        """How much a concept tells procedures apart (0 when no procedure uses it)."""
        used = self.frequency.get(concept, 0.0)
        return math.log(1 + len(self.concepts) / used) if used else 0.0

    def collocations(self, present: set[str]) -> Iterator[tuple[str, frozenset[str]]]:
        """Each alias whose telling parts (two or more) are all ``present``, in dictionary order."""
        for alias, parts in self.words.parts.items():
            telling = frozenset(part for part in parts if self.idf(part) > COMMON_IDF)
            if len(telling) > 1 and present.issuperset(telling):
                yield alias, telling

    def using(self, concepts: Mapping[str, float]) -> Iterator[Using]:
        """Each procedure using one of ``concepts``, in catalogue order, with where it does."""
        for procedure, places in self.concepts.items():
            found = {concept: places[concept] for concept in concepts if concept in places}
            if found:
                yield procedure, found, self.topics.get(procedure, frozenset())

    def topic_things(self, procedure: str) -> frozenset[str]:
        """The things (card, account, ...) a procedure's topic names."""
        topic = self.topics.get(procedure, frozenset())
        return frozenset(self.things[concept] for concept in topic if concept in self.things)

    def shown_places(self, lang: str, procedure: str) -> Mapping[str, Place]:
        """The best line of a language for each concept a procedure uses."""
        return self.shown.get(lang, {}).get(procedure, {})


Using = tuple[str, Mapping[str, Place], frozenset[str]]
"""A procedure, where it uses the concepts asked for, and its topic (or the asked part of it)."""


class ProfileView(Protocol):
    """What reading and fitting a query need of the profiles, whether all loaded or on disk."""

    @property
    def words(self) -> Dictionary:
        """The dictionary to cut a query with."""

    @property
    def things(self) -> dict[str, str]:
        """The things (card, account, ...) each word names."""

    @property
    def fallback(self) -> str:
        """The channel to point to when nothing answers."""

    def idf(self, concept: str) -> float:
        """How much a concept tells procedures apart."""

    def collocations(self, present: set[str]) -> Iterator[tuple[str, frozenset[str]]]:
        """Aliases whose telling parts are all present."""

    def using(self, concepts: Mapping[str, float]) -> Iterator[Using]:
        """Procedures using the concepts, in catalogue order."""

    def topic_things(self, procedure: str) -> frozenset[str]:
        """The things a procedure's topic names."""

    def shown_places(self, lang: str, procedure: str) -> Mapping[str, Place]:
        """The best line of a language for each concept."""


def line_weight(entry: Entry) -> float:
    """How much a concept found in this line says about its procedure."""
    if entry.field in ("id", "alias", "title"):
        return TOPIC
    if entry.field == "question":
        return QUESTION
    if entry.field == "summary":
        return SUMMARY
    return HEAD if entry.head else BODY


def build(entries: Sequence[Entry], words: Dictionary, things: dict[str, str]) -> Profiles:
    """Profile every procedure from its index lines."""
    profiles = Profiles(words=words, things=things)
    topics: dict[str, set[str]] = {}
    cuts: dict[str, list[Term]] = {}
    counts: dict[tuple[str, str], int] = {}
    for number, entry in enumerate(entries):
        concepts = profiles.concepts.setdefault(entry.procedure, {})
        language = "en" if not entry.spell else "zh"
        shown = profiles.shown.setdefault(language, {}).setdefault(entry.procedure, {})
        topic = topics.setdefault(entry.procedure, set())
        weight = line_weight(entry)
        if entry.text not in cuts:
            cuts[entry.text] = cut(entry.text, words, sounds=False)
        for term in cuts[entry.text]:
            if not term.concept or term.concept == PLACE:
                continue
            place = (weight, number, term.start, term.end)
            known = concepts.get(term.concept)
            # An id says what an alias says: show the alias.
            if (
                known is None
                or known[WEIGHT] < weight
                or (known[WEIGHT] == weight and entries[known[1]].field == "id")
            ):
                concepts[term.concept] = place
            if entry.field != "id" and (
                term.concept not in shown or shown[term.concept][WEIGHT] < weight
            ):
                shown[term.concept] = place
            if weight >= QUESTION:
                topic.add(term.concept)
            if weight >= QUESTION:
                counts[(entry.procedure, term.concept)] = (
                    counts.get((entry.procedure, term.concept), 0) + 1
                )
    # A concept in many of a procedure's names and questions is what it is about: 余额 in
    # nine aliases of balance and in one title of withdraw.
    for (proc, concept), count in counts.items():
        bonus = REPEAT * min(count - 1, REPEATS)
        weight, number, start, end = profiles.concepts[proc][concept]
        profiles.concepts[proc][concept] = (weight + bonus, number, start, end)
    profiles.topics = {proc: frozenset(found) for proc, found in topics.items()}
    # A procedure that only mentions a word in a step's detail uses it a quarter as much.
    for concepts in profiles.concepts.values():
        for concept, place in concepts.items():
            profiles.frequency[concept] = profiles.frequency.get(concept, 0.0) + place[WEIGHT]
    return profiles


@dataclass(frozen=True, slots=True)
class Reading:
    """A query as concepts: each with what the user typed for it and its weight."""

    terms: tuple[Term, ...]
    weights: dict[str, float]
    unknown: float
    """The weight of words no procedure uses."""
    things: frozenset[str]
    derived: frozenset[str] = frozenset()
    """Aliases read from their parts: they add to a score but not to what the query asks."""


def read(profiles: ProfileView, query: str) -> Reading:
    """Cut a query into concepts and weigh each by how well it tells procedures apart."""
    terms = [term for term in cut(query, profiles.words) if term.concept]
    weights: dict[str, float] = {}
    unknown = 0.0
    kept: list[Term] = []
    for term in terms:
        idf = profiles.idf(term.concept)
        if term.kind == "sound":
            if not idf:
                continue
            idf *= SOUND
        if not idf:
            if not any(other.text == term.text for other in kept):
                unknown += UNKNOWN_IDF
            kept.append(term)
            continue
        if term.kind == "part":
            idf *= PART
        if idf > weights.get(term.concept, 0.0):
            weights[term.concept] = idf
        kept.append(term)
    # All the parts of an alias, in any order and words: 外地 + 看病 reads as 异地就医.
    # A part every procedure uses (医保) tells nothing: 医保缴费 says no more than 缴费. Aliases
    # of the same telling parts (医保缴费, 医保未缴费) are read once, as the best of them.
    present = {concept for concept in weights if profiles.idf(concept) > COMMON_IDF}
    best: dict[frozenset[str], tuple[float, str]] = {}
    for alias, telling in profiles.collocations(present):
        if alias not in weights:
            idf = profiles.idf(profiles.words.words.get(alias, alias))
            if idf and idf > best.get(telling, (0.0, ""))[0]:
                best[telling] = (idf, alias)
    for idf, alias in best.values():
        weights[alias] = idf * COLLOCATION
    derived = {alias for _, alias in best.values()}
    move = _move(profiles, kept)
    if move and move not in weights:  # asked, though not typed: it counts in the coverage
        weights[move] = profiles.idf(move)
    things = frozenset(
        profiles.things[key]
        for term in kept
        for key in (term.concept, term.text)
        if key in profiles.things
    )
    return Reading(tuple(kept), weights, unknown, things, frozenset(derived))


def _move(profiles: ProfileView, terms: list[Term]) -> str:
    """The concept of a move when a question names two different places, else ""."""
    places = {
        term.text.removesuffix("市").removesuffix("省") for term in terms if term.concept == PLACE
    }
    move = profiles.words.words.get(MOVE, "")
    return move if len(places) >= 2 and profiles.idf(move) else ""


@dataclass(frozen=True, slots=True)
class Fit:
    """How well one procedure fits a reading of the query."""

    procedure: str
    score: float
    coverage: float
    places: tuple[tuple[str, Place], ...]
    """Each concept found, with where."""


def fit(profiles: ProfileView, reading: Reading) -> list[Fit]:
    """Score every procedure that uses at least one concept of the query, best first."""
    asked = {c: w for c, w in reading.weights.items() if c not in reading.derived}
    total = sum(asked.values()) + reading.unknown
    if not reading.weights or not total:
        return []
    fits = []
    for procedure, concepts, topic in profiles.using(reading.weights):
        score = 0.0
        covered = 0.0
        places = []
        for concept, idf in reading.weights.items():
            place = concepts.get(concept)
            if place is None:
                continue
            score += idf * place[WEIGHT]
            if concept in reading.derived:
                places.append((concept, place))
                continue
            covered += idf * (1.0 if concept in topic else 0.5 if place[WEIGHT] >= SUMMARY else 0.0)
            places.append((concept, place))
        if not places:
            continue
        coverage = covered / total
        if reading.things and not reading.things & profiles.topic_things(procedure):
            coverage = min(coverage, COVERED / 2)
        places.sort(key=lambda item: -item[1][WEIGHT] * reading.weights[item[0]])
        fits.append(Fit(procedure, score, coverage, tuple(places)))
    fits.sort(key=lambda item: -item.score)
    return fits
