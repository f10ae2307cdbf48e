"""Wizard flows: the questions of a wizard and the outcomes they lead to (``data/flows/``).

Kept apart from ``model`` so that commands which never run a wizard do not pay for defining
these classes; ``model`` still offers every name here (``model.Flow`` …) on first use.
"""

from __future__ import annotations

from typing import Literal

from yibao_cli.catalogue.records import STRICT, Record, Text, Tier, frozen

QuestionKind = Literal["select", "checkbox", "confirm", "text", "date"]
QUESTION_KINDS: tuple[QuestionKind, ...] = ("select", "checkbox", "confirm", "text", "date")
ValidatorKind = Literal["integer", "pattern", "date", "region"]
Tone = Literal["ok", "stop", "caution"]

Scalar = str | bool | int
"""One answer value as written in a flow: an option value, yes/no, or a number."""


@frozen
class Test(Record):
    """A comparison on one answer: numbers (``lt`` …), options it must not be, or emptiness."""

    __pydantic_config__ = STRICT
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


@frozen
class Option(Record):
    """One choice of a select or checkbox question."""

    __pydantic_config__ = STRICT
    value: str
    label: Text
    help: Text | None = None
    when: Condition | None = None
    goto: str | None = None


@frozen
class Validator(Record):
    """What a text or date answer must look like.

    ``integer``: a whole number within ``min``..``max``. ``pattern``: a regular expression the
    whole answer must match. ``date``: a YYYY-MM-DD date from ``min`` to ``max`` days after today.
    ``region``: a place, read as ``--region`` reads it (the reading is the application's), or a
    word for "not known" (不清楚, -), kept as ``-``.
    """

    __pydantic_config__ = STRICT
    kind: ValidatorKind
    pattern: str | None = None
    min: int | None = None
    max: int | None = None
    message: Text | None = None


@frozen
class Route(Record):
    """Where a question leads: a question or outcome id, when the condition holds (or always)."""

    __pydantic_config__ = STRICT
    goto: str
    when: Condition | None = None


@frozen
class Question(Record):
    """One question of a flow; its ``id`` is the answer's key (``--answer id=value``)."""

    __pydantic_config__ = STRICT
    id: str
    kind: QuestionKind
    text: Text
    help: Text | None = None
    options: tuple[Option, ...] = ()
    default: Scalar | tuple[str, ...] | None = None
    validator: Validator | None = None
    next: tuple[Route, ...] = ()


@frozen
class Pick(Record):
    """A catalogue item an outcome includes, only when the condition holds.

    ``id`` is a step, material, fact or procedure id, or a note's id or index. ``settled``
    (steps and materials): the answers that chose the item already settle its ``condition``,
    so the outcome does not print it. ``done`` (steps only) names the answers that mean the
    step is already done: a saved case marks it done. ``done_by`` (steps only) names a date
    question: the step is already done when that date is the day the answers were given or
    earlier ("哪天缴费" answered with a day gone by).
    """

    __pydantic_config__ = STRICT
    id: str | int
    when: Condition | None = None
    settled: bool = False
    done: Condition | None = None
    done_by: str | None = None


@frozen
class ChannelPick(Record):
    """A channel of the procedure by platform id; ``nth`` picks one of several (1-based)."""

    __pydantic_config__ = STRICT
    via: str
    nth: int | None = None
    when: Condition | None = None


@frozen
class Verdict(Record):
    """What an outcome tells the user about their case, e.g. why they are not eligible.

    A verdict is a claim like any other, so it carries a tier and the sources it rests on.
    """

    __pydantic_config__ = STRICT
    text: Text
    tier: Tier
    tone: Tone = "caution"
    when: Condition | None = None
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class WaitingRule(Record):
    """An outcome that works out a waiting period (待遇等待期) from the answers.

    ``paid`` names the date question of the day you pay; ``gap`` and ``back`` the integer
    questions of the years of gap and the years paid back (0 when not asked); ``window`` the
    yes/no question "paid in the collection period" (no when not asked). The figures are the
    rule's: ``fixed`` months, ``per_year`` months per further year of gap (and per year paid
    back), at least ``floor`` months in all from ``floor_gap`` years of gap on. ``step`` names
    the outcome's step that is the waiting itself: its expected date is the day benefits start,
    on every page, case and calendar. A claim: it carries a tier and its sources.
    """

    __pydantic_config__ = STRICT
    paid: str
    tier: Tier
    step: str | None = None
    gap: str | None = None
    back: str | None = None
    window: str | None = None
    fixed: int = 3
    per_year: int = 1
    floor: int = 6
    floor_gap: int = 4
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None
    range_tier: Tier | None = None
    """The tier of a result whose two readings differ, when it is lower than ``tier``."""
    range_sources: tuple[str, ...] = ()


@frozen
class ContinuityRule(Record):
    """An outcome that counts a break in contributions from two dates (转移接续的待遇衔接).

    ``stopped`` names the date question of a day in the last month paid for, ``paid`` the one
    of the day contributions start again. A break of at most ``within`` months between them
    can be paid back and is covered from the month of payment; after a longer one a waiting
    period of at most ``cap`` months may apply. A claim: it carries a tier and its sources, and
    ``border_tier`` for a break of exactly ``within`` months, which a place that also counts
    the month of payment would call longer.
    """

    __pydantic_config__ = STRICT
    stopped: str
    paid: str
    tier: Tier
    within: int = 3
    cap: int = 6
    border_tier: Tier = "经验"
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Window(Record):
    """A yearly window an outcome can remind of (``guide --ics``), e.g. a collection period.

    ``end`` is the usual last day, ``MM-DD``; the reminder runs from ``remind_days`` days
    before it. ``text`` says what the window is and how far the date holds (a claim: tiered).
    """

    __pydantic_config__ = STRICT
    end: str
    text: Text
    tier: Tier
    remind_days: int = 30
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class TreatedIn(Record):
    """The place of treatment (就医地): the question that asks it, and whom to call there.

    ``question`` names a text question with a ``region`` validator; ``call`` lists shared
    channels (``channels.yaml`` ids) that answer locally when dialled with the place's area
    code, as the place's numbers to call.
    """

    __pydantic_config__ = STRICT
    question: str
    call: tuple[str, ...] = ()


@frozen
class Said(Record):
    """A sentence to say at the office window in place of the outcome's own, when it holds.

    For answers that change who speaks, e.g. a relative or an agent applying for the holder.
    """

    __pydantic_config__ = STRICT
    when: Condition
    text: Text


@frozen
class FlowOutcome(Record):
    """Where a flow ends: the catalogue items that fit the answers, chosen by id.

    ``materials`` left out means: the materials of the chosen steps. ``at_window`` is the one
    sentence to say at the office window for the person in this outcome (in Chinese, with an
    English gloss); left out, the procedure's own sentence is used. ``at_window_if`` lists
    sentences for particular answers: the first whose condition holds is said instead.
    ``treated_in`` names the question of the place of treatment (就医地), whose numbers and
    contacts the outcome adds after the insured place's.
    """

    __pydantic_config__ = STRICT
    id: str
    title: Text
    verdicts: tuple[Verdict, ...] = ()
    steps: tuple[str | Pick, ...] = ()
    materials: tuple[str | Pick, ...] | None = None
    channels: tuple[str | ChannelPick, ...] = ()
    facts: tuple[str | Pick, ...] = ()
    notes: tuple[int | str | Pick, ...] = ()
    related: tuple[str | Pick, ...] = ()
    waiting: WaitingRule | None = None
    continuity: ContinuityRule | None = None
    window: Window | None = None
    at_window: Text | None = None
    at_window_if: tuple[Said, ...] = ()
    treated_in: TreatedIn | None = None


@frozen
class Flow(Record):
    """A wizard for one procedure: questions, asked from the first, and outcomes."""

    __pydantic_config__ = STRICT
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
