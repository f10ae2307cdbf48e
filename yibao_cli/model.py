"""The catalogue schema: plain frozen dataclasses, validated by pydantic at load time only.

Every class forbids unknown keys so that a misspelt field in a catalogue file is an error, not
silently ignored. The classes import nothing heavy, so commands that read a compiled catalogue
never pay for pydantic.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

Tier = Literal["全国", "属地", "经验"]
"""How far to trust a claim: national policy, varies by city, or user reports."""

TIERS: tuple[Tier, ...] = ("全国", "属地", "经验")

ChannelKind = Literal["online", "phone", "offline", "app"]
CHANNEL_KINDS: tuple[ChannelKind, ...] = ("online", "phone", "offline", "app")

NoteKind = Literal["note", "caution", "safety", "tip"]
RegionLevel = Literal["province", "city", "county"]

_STRICT = {"extra": "forbid"}


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text in Chinese with an optional English version."""

    __pydantic_config__ = _STRICT
    zh: str
    en: str | None = None


Text = str | LocalText
"""Catalogue text: a plain (Chinese) string or a ``{zh: …, en: …}`` mapping."""


@dataclass(frozen=True, slots=True)
class Duration:
    """A time span in working days, as one source states it."""

    __pydantic_config__ = _STRICT
    min: int
    max: int
    tier: Tier
    source: Text | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a procedure, in order."""

    __pydantic_config__ = _STRICT
    id: str
    title: Text
    tier: Tier
    detail: Text | None = None
    condition: Text | None = None
    durations: tuple[Duration, ...] = ()
    channels: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Material:
    """A document or item to bring or upload."""

    __pydantic_config__ = _STRICT
    id: str
    name: Text
    tier: Tier
    detail: Text | None = None
    condition: Text | None = None


@dataclass(frozen=True, slots=True)
class Platform:
    """A shared service channel: a hotline, an app, a website or an office (``channels.yaml``)."""

    __pydantic_config__ = _STRICT
    id: str
    kind: ChannelKind
    name: Text
    tier: Tier
    phone: str | None = None
    url: str | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Channel:
    """How one procedure is done through one platform: the click path and whom it suits."""

    __pydantic_config__ = _STRICT
    via: str
    tier: Tier
    steps: tuple[Text, ...] = ()
    suits: Text | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A note, caution, safety warning or tip; ``id`` lets a flow refer to it by name."""

    __pydantic_config__ = _STRICT
    text: Text
    tier: Tier
    kind: NoteKind = "note"
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A named claim: a fee, a percentage, an age rule, a default password, a deadline.

    A region overlay replaces a national fact that has the same ``id``.
    """

    __pydantic_config__ = _STRICT
    id: str
    label: Text
    value: Text
    tier: Tier
    source: Text | None = None


@dataclass(frozen=True, slots=True)
class Faq:
    """A question users ask, with its answer."""

    __pydantic_config__ = _STRICT
    q: Text
    a: Text
    tier: Tier


@dataclass(frozen=True, slots=True)
class Contact:
    """A local office or hotline."""

    __pydantic_config__ = _STRICT
    name: Text
    tier: Tier
    phones: tuple[str, ...] = ()
    address: Text | None = None
    hours: Text | None = None
    url: str | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Procedure:
    """One procedure of the catalogue (``data/procedures/<id>.yaml``)."""

    __pydantic_config__ = _STRICT
    id: str
    title: Text
    summary: Text
    reviewed: datetime.date
    aliases: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    materials: tuple[Material, ...] = ()
    channels: tuple[Channel, ...] = ()
    facts: tuple[Fact, ...] = ()
    notes: tuple[Note, ...] = ()
    faq: tuple[Faq, ...] = ()
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Overlay:
    """What a region adds to or replaces in one procedure.

    ``contacts``, ``channels``, ``notes`` and ``faq`` are added; ``facts`` replace national
    facts of the same id (or are added); ``durations`` replace a step's durations by step id.
    """

    __pydantic_config__ = _STRICT
    contacts: tuple[Contact, ...] = ()
    channels: tuple[Channel, ...] = ()
    facts: tuple[Fact, ...] = ()
    notes: tuple[Note, ...] = ()
    faq: tuple[Faq, ...] = ()
    durations: dict[str, tuple[Duration, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Region:
    """A province, city or county with local data (``data/regions/<name>.yaml``)."""

    __pydantic_config__ = _STRICT
    code: str
    name: Text
    level: RegionLevel
    reviewed: datetime.date
    aliases: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    procedures: dict[str, Overlay] = field(default_factory=dict)

    def overlay(self, procedure_id: str) -> Overlay | None:
        """Return this region's overlay for a procedure, if it has one."""
        return self.procedures.get(procedure_id)


# Flows: the questions of a wizard and the outcomes they lead to (``data/flows/<id>.yaml``).

QuestionKind = Literal["select", "checkbox", "confirm", "text", "date"]
QUESTION_KINDS: tuple[QuestionKind, ...] = ("select", "checkbox", "confirm", "text", "date")
ValidatorKind = Literal["integer", "pattern", "date"]
Tone = Literal["ok", "stop", "caution"]

Scalar = str | bool | int
"""One answer value as written in a flow: an option value, yes/no, or a number."""


@dataclass(frozen=True, slots=True)
class Test:
    """A comparison on one answer: numbers (``lt`` …), options it must not be, or emptiness."""

    __pydantic_config__ = _STRICT
    lt: int | None = None
    le: int | None = None
    gt: int | None = None
    ge: int | None = None
    none_of: tuple[Scalar, ...] | None = None
    empty: bool | None = None


Expect = Scalar | tuple[Scalar, ...] | Test
"""What a condition expects of one answer: a value, any of several values, or a test."""

Condition = dict[str, Expect]
"""Question id -> expectation; a condition holds when every expectation holds."""


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a select or checkbox question."""

    __pydantic_config__ = _STRICT
    value: str
    label: Text
    help: Text | None = None
    when: Condition | None = None
    goto: str | None = None


@dataclass(frozen=True, slots=True)
class Validator:
    """What a text or date answer must look like.

    ``integer``: a whole number within ``min``..``max``. ``pattern``: a regular expression the
    whole answer must match. ``date``: a YYYY-MM-DD date from ``min`` to ``max`` days after today.
    """

    __pydantic_config__ = _STRICT
    kind: ValidatorKind
    pattern: str | None = None
    min: int | None = None
    max: int | None = None
    message: Text | None = None


@dataclass(frozen=True, slots=True)
class Route:
    """Where a question leads: a question or outcome id, when the condition holds (or always)."""

    __pydantic_config__ = _STRICT
    goto: str
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a flow; its ``id`` is the answer's key (``--answer id=value``)."""

    __pydantic_config__ = _STRICT
    id: str
    kind: QuestionKind
    text: Text
    help: Text | None = None
    options: tuple[Option, ...] = ()
    default: Scalar | tuple[str, ...] | None = None
    validator: Validator | None = None
    next: tuple[Route, ...] = ()


@dataclass(frozen=True, slots=True)
class Pick:
    """A catalogue item an outcome includes, only when the condition holds.

    ``id`` is a step, material, fact or procedure id, or a note's id or index.
    """

    __pydantic_config__ = _STRICT
    id: str | int
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class ChannelPick:
    """A channel of the procedure by platform id; ``nth`` picks one of several (1-based)."""

    __pydantic_config__ = _STRICT
    via: str
    nth: int | None = None
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What an outcome tells the user about their case, e.g. why they are not eligible.

    A verdict is a claim like any other, so it carries a tier (and a source when there is one).
    """

    __pydantic_config__ = _STRICT
    text: Text
    tier: Tier
    tone: Tone = "caution"
    source: Text | None = None
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class FlowOutcome:
    """Where a flow ends: the catalogue items that fit the answers, chosen by id.

    ``materials`` left out means: the materials of the chosen steps.
    """

    __pydantic_config__ = _STRICT
    id: str
    title: Text
    verdicts: tuple[Verdict, ...] = ()
    steps: tuple[str | Pick, ...] = ()
    materials: tuple[str | Pick, ...] | None = None
    channels: tuple[str | ChannelPick, ...] = ()
    facts: tuple[str | Pick, ...] = ()
    notes: tuple[int | str | Pick, ...] = ()
    related: tuple[str | Pick, ...] = ()


@dataclass(frozen=True, slots=True)
class Flow:
    """A wizard for one procedure: questions, asked from the first, and outcomes."""

    __pydantic_config__ = _STRICT
    procedure: str
    task: Text
    questions: tuple[Question, ...]
    outcomes: tuple[FlowOutcome, ...]
    intro: Text | None = None
    start: str | None = None
    order: int = 100

    def question(self, question_id: str) -> Question | None:
        """Return the question with this id, if any."""
        for item in self.questions:
            if item.id == question_id:
                return item
        return None

    def outcome(self, outcome_id: str) -> FlowOutcome | None:
        """Return the outcome with this id, if any."""
        for item in self.outcomes:
            if item.id == outcome_id:
                return item
        return None


NumberKind = Literal["citizen-id", "citizen-id-15", "card-number", "yibao-16", "other"]
"""The kinds of number ``yibao explain-number`` recognises (``other``: none of them)."""

NUMBER_KINDS: tuple[NumberKind, ...] = (
    "citizen-id",
    "citizen-id-15",
    "card-number",
    "yibao-16",
    "other",
)


@dataclass(frozen=True, slots=True)
class NumberPart:
    """What the characters ``first``..``last`` (1-based, inclusive) of a number stand for."""

    __pydantic_config__ = _STRICT
    first: int
    last: int
    label: Text
    tier: Tier
    detail: Text | None = None


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """One kind of number on or about the card, and its layout (``numbers.yaml``)."""

    __pydantic_config__ = _STRICT
    id: NumberKind
    name: Text
    summary: Text
    tier: Tier
    length: int | None = None
    parts: tuple[NumberPart, ...] = ()
    notes: tuple[Note, ...] = ()
    source: Text | None = None


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Everything the tool knows, validated and cross-checked."""

    procedures: tuple[Procedure, ...]
    platforms: tuple[Platform, ...]
    regions: tuple[Region, ...]
    flows: tuple[Flow, ...] = ()
    numbers: tuple[NumberFormat, ...] = ()
    key: str = ""
    """The content fingerprint when loaded through the cache; names the cached search index."""

    def number_format(self, kind: str) -> NumberFormat | None:
        """Return the description of one kind of number, if the catalogue has it."""
        for item in self.numbers:
            if item.id == kind:
                return item
        return None

    def procedure(self, procedure_id: str) -> Procedure | None:
        """Return the procedure with this exact id, if any."""
        for proc in self.procedures:
            if proc.id == procedure_id:
                return proc
        return None

    def platform(self, platform_id: str) -> Platform | None:
        """Return the shared channel with this exact id, if any."""
        for plat in self.platforms:
            if plat.id == platform_id:
                return plat
        return None

    def flow(self, procedure_id: str) -> Flow | None:
        """Return the wizard of a procedure, if it has one."""
        for item in self.flows:
            if item.procedure == procedure_id:
                return item
        return None


FALLBACK_MARK = "〔中文〕"
"""Put before a Chinese text shown in English output because the text has no English yet."""


def has_english(value: Text | None) -> bool:
    """Return whether a catalogue text has an English version (an absent text needs none)."""
    return value is None or (isinstance(value, LocalText) and bool(value.en and value.en.strip()))


def text(value: Text | None, lang: str = "zh", *, mark: bool = False) -> str:
    """Return a catalogue text in the wanted language, falling back to Chinese.

    Args:
        value: A plain string, a ``LocalText`` or ``None``.
        lang: ``"zh"`` or ``"en"``.
        mark: Put ``FALLBACK_MARK`` before Chinese given in place of missing English; what
            people read is marked, JSON for scripts is not.

    Returns:
        The text, or an empty string for ``None``.
    """
    if value is None:
        return ""
    if lang == "en" and has_english(value):
        assert isinstance(value, LocalText) and value.en
        return value.en
    chinese = value if isinstance(value, str) else value.zh
    return f"{FALLBACK_MARK}{chinese}" if lang == "en" and mark else chinese
