"""The catalogue schema: plain frozen dataclasses, validated by pydantic at load time only.

Every class forbids unknown keys so that a misspelt field in a catalogue file is an error, not
silently ignored. Every claim (a class with a ``tier``) also has ``sources``: the ids of the
entries in ``sources.yaml`` that back it. The classes import nothing heavy, so commands that
read a compiled catalogue never pay for pydantic.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from typing import TYPE_CHECKING, Literal, TypeAlias

from yibao_cli.catalogue.records import FALLBACK_MARK as FALLBACK_MARK
from yibao_cli.catalogue.records import STRICT, frozen
from yibao_cli.catalogue.records import TIERS as TIERS
from yibao_cli.catalogue.records import LocalText as LocalText
from yibao_cli.catalogue.records import Record as Record
from yibao_cli.catalogue.records import Text as Text
from yibao_cli.catalogue.records import Tier as Tier
from yibao_cli.catalogue.records import has_english as has_english
from yibao_cli.catalogue.records import text as text

ChannelKind = Literal["online", "phone", "offline", "app"]
CHANNEL_KINDS: tuple[ChannelKind, ...] = ("online", "phone", "offline", "app")

Actor = Literal["you", "office"]
"""Who acts in a step: the user, or an office the user waits for (审核, 制卡, 转出…)."""

ACTORS: tuple[Actor, ...] = ("you", "office")

NoteKind = Literal["note", "caution", "safety", "tip"]
RegionLevel = Literal["province", "city", "county"]


@frozen
class Duration(Record):
    """A time span in working days, as one source states it.

    ``limit``: the source states a time limit ("within 10 working days"), not how long it
    takes; it is written with ``max`` only, shown as "at the latest" and counted from 0.
    """

    __pydantic_config__ = STRICT
    max: int
    tier: Tier
    min: int | None = None
    note: Text | None = None
    limit: bool = False
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None

    @property
    def low(self) -> int:
        """The fewest working days: ``min``, or 0 for a time limit."""
        return 0 if self.min is None else self.min


@frozen
class Step(Record):
    """One step of a procedure, in order; ``actor`` says who acts (``you`` or ``office``)."""

    __pydantic_config__ = STRICT
    id: str
    title: Text
    tier: Tier
    actor: Actor
    detail: Text | None = None
    condition: Text | None = None
    durations: tuple[Duration, ...] = ()
    channels: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    working_days: bool = True
    """False for a step that is not office work (a doctor's visit, a pharmacy): it is done on
    any day, so the timeline does not move it off weekends and holidays."""
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Material(Record):
    """A document or item to bring or upload."""

    __pydantic_config__ = STRICT
    id: str
    name: Text
    tier: Tier
    detail: Text | None = None
    condition: Text | None = None
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Platform(Record):
    """A shared service channel: a hotline, an app, a website or an office (``channels.yaml``)."""

    __pydantic_config__ = STRICT
    id: str
    kind: ChannelKind
    name: Text
    tier: Tier
    phone: str | None = None
    url: str | None = None
    note: Text | None = None
    dial_with_area_code: bool = False
    """A national number that answers locally: from elsewhere, dial the area code first."""
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Channel(Record):
    """How one procedure is done through one platform: the click path and whom it suits."""

    __pydantic_config__ = STRICT
    via: str
    tier: Tier
    steps: tuple[Text, ...] = ()
    suits: Text | None = None
    note: Text | None = None
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Note(Record):
    """A note, caution, safety warning or tip; ``id`` lets a flow refer to it by name."""

    __pydantic_config__ = STRICT
    text: Text
    tier: Tier
    kind: NoteKind = "note"
    id: str | None = None
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Fact(Record):
    """A named claim: a fee, a percentage, an age rule, a default password, a deadline.

    A region overlay replaces a national fact that has the same ``id``.
    """

    __pydantic_config__ = STRICT
    id: str
    label: Text
    value: Text
    tier: Tier
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Faq(Record):
    """A question users ask, with its answer."""

    __pydantic_config__ = STRICT
    q: Text
    a: Text
    tier: Tier
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Within(Record):
    """The division inside a region that an item belongs to (a district office of a city)."""

    __pydantic_config__ = STRICT
    code: str
    name: Text

    @property
    def level(self) -> RegionLevel:
        """The level the code names: a county (区县) unless it ends in 00."""
        if self.code[4:] != "00":
            return "county"
        return "city" if self.code[2:4] != "00" else "province"


@frozen
class Contact(Record):
    """A local office or hotline."""

    __pydantic_config__ = STRICT
    name: Text
    tier: Tier
    phones: tuple[str, ...] = ()
    address: Text | None = None
    hours: Text | None = None
    url: str | None = None
    note: Text | None = None
    within: Within | None = None
    """Set when the office belongs to a division below the region (马尾区 in 福州市)."""
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class Procedure(Record):
    """One procedure of the catalogue (``data/procedures/<id>.yaml``)."""

    __pydantic_config__ = STRICT
    id: str
    title: Text
    summary: Text
    aliases: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    materials: tuple[Material, ...] = ()
    channels: tuple[Channel, ...] = ()
    facts: tuple[Fact, ...] = ()
    notes: tuple[Note, ...] = ()
    faq: tuple[Faq, ...] = ()
    related: tuple[str, ...] = ()
    questions: tuple[Text, ...] = ()
    """How people typically ask for this procedure; search reads them, nothing shows them."""
    at_window: Text | None = None
    """The one sentence to say at the office window ("到窗口这样说"); in Chinese, since the
    clerk reads Chinese, with an English gloss as ``en``."""
    reviewed: datetime.date | None = None
    """When the content was last checked. With a source ledger it is computed (the latest
    ``verified`` of the sources the procedure cites) and may not be written; a catalogue
    without ``sources.yaml`` may still write it."""


@frozen
class Overlay(Record):
    """What a region adds to or replaces in one procedure.

    ``contacts``, ``channels``, ``notes`` and ``faq`` are added; ``facts`` replace national
    facts of the same id (or are added); ``durations`` replace a step's durations by step id.
    """

    __pydantic_config__ = STRICT
    contacts: tuple[Contact, ...] = ()
    channels: tuple[Channel, ...] = ()
    facts: tuple[Fact, ...] = ()
    notes: tuple[Note, ...] = ()
    faq: tuple[Faq, ...] = ()
    durations: dict[str, tuple[Duration, ...]] = field(default_factory=dict)


@frozen
class Region(Record):
    """A province, city or county with local data (``data/regions/<name>.yaml``)."""

    __pydantic_config__ = STRICT
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


SourceKind = Literal["policy", "official-page", "article", "reference"]
"""A document with its 文号; a government or NHSA page; a web article; a public standard."""

SOURCE_KINDS: tuple[SourceKind, ...] = ("policy", "official-page", "article", "reference")

AUTHORITATIVE: frozenset[str] = frozenset({"policy", "official-page", "reference"})
"""The kinds of source that can carry a 全国 claim on their own."""


@frozen
class Source(Record):
    """One entry of the source ledger (``sources.yaml``), which claims cite by ``id``.

    ``verified`` is the day someone last checked it; the check holds for ``review_days``.
    """

    __pydantic_config__ = STRICT
    id: str
    kind: SourceKind
    title: Text
    verified: datetime.date
    review_days: int
    number: str | None = None
    """The document number (文号) or the standard's number."""
    publisher: Text | None = None
    published: datetime.date | None = None
    url: str | None = None
    note: Text | None = None

    @property
    def expires(self) -> datetime.date:
        """The last day the check holds."""
        return self.verified + datetime.timedelta(days=self.review_days)

    def expired(self, as_of: datetime.date) -> bool:
        """Tell whether the check no longer holds on ``as_of``."""
        return self.expires < as_of


@frozen
class Ledger(Record):
    """The file ``sources.yaml``.

    ``require_quotes``: a claim that states a number and neither quotes its source nor says
    how the number is derived fails validation (without it, a warning lists such claims).
    """

    __pydantic_config__ = STRICT
    sources: tuple[Source, ...] = ()
    require_quotes: bool = False


# Wizard flows live in ``flowmodel``; their names are offered here too, loaded on first use.
if TYPE_CHECKING:
    from yibao_cli.catalogue.areacodes import AreaCodes
    from yibao_cli.catalogue.calendar import CalendarYear
    from yibao_cli.catalogue.flowmodel import (
        QUESTION_KINDS as QUESTION_KINDS,
    )
    from yibao_cli.catalogue.flowmodel import (
        ChannelPick as ChannelPick,
    )
    from yibao_cli.catalogue.flowmodel import (
        Condition as Condition,
    )
    from yibao_cli.catalogue.flowmodel import (
        Expect as Expect,
    )
    from yibao_cli.catalogue.flowmodel import (
        Flow as Flow,
    )
    from yibao_cli.catalogue.flowmodel import (
        FlowOutcome as FlowOutcome,
    )
    from yibao_cli.catalogue.flowmodel import (
        Option as Option,
    )
    from yibao_cli.catalogue.flowmodel import (
        Pick as Pick,
    )
    from yibao_cli.catalogue.flowmodel import (
        Question as Question,
    )
    from yibao_cli.catalogue.flowmodel import (
        QuestionKind as QuestionKind,
    )
    from yibao_cli.catalogue.flowmodel import (
        Route as Route,
    )
    from yibao_cli.catalogue.flowmodel import (
        Scalar as Scalar,
    )
    from yibao_cli.catalogue.flowmodel import (
        Test as Test,
    )
    from yibao_cli.catalogue.flowmodel import (
        Tone as Tone,
    )
    from yibao_cli.catalogue.flowmodel import (
        Validator as Validator,
    )
    from yibao_cli.catalogue.flowmodel import (
        ValidatorKind as ValidatorKind,
    )
    from yibao_cli.catalogue.flowmodel import (
        Verdict as Verdict,
    )

_FLOW_NAMES = frozenset(
    {
        "ChannelPick",
        "Condition",
        "Expect",
        "Flow",
        "FlowOutcome",
        "Option",
        "Pick",
        "QUESTION_KINDS",
        "Question",
        "QuestionKind",
        "Route",
        "Scalar",
        "Test",
        "Tone",
        "Validator",
        "ValidatorKind",
        "Verdict",
    }
)


if not TYPE_CHECKING:  # at run time only: the type checker reads the imports above

    def __getattr__(name: str) -> object:
        if name in _FLOW_NAMES:
            from yibao_cli.catalogue import flowmodel

            return getattr(flowmodel, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


NumberKind = Literal["citizen-id", "citizen-id-15", "card-number", "yibao-16", "other"]
"""The kinds of number ``yibao explain-number`` recognises (``other``: none of them)."""

NUMBER_KINDS: tuple[NumberKind, ...] = (
    "citizen-id",
    "citizen-id-15",
    "card-number",
    "yibao-16",
    "other",
)


@frozen
class NumberPart(Record):
    """What the characters ``first``..``last`` (1-based, inclusive) of a number stand for."""

    __pydantic_config__ = STRICT
    first: int
    last: int
    label: Text
    tier: Tier
    detail: Text | None = None
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


@frozen
class NumberFormat(Record):
    """One kind of number on or about the card, and its layout (``numbers.yaml``)."""

    __pydantic_config__ = STRICT
    id: NumberKind
    name: Text
    summary: Text
    tier: Tier
    length: int | None = None
    parts: tuple[NumberPart, ...] = ()
    notes: tuple[Note, ...] = ()
    sources: tuple[str, ...] = ()
    quote: str | None = None
    derived: str | None = None


MENU_ESTIMATE = "estimate"
"""The menu item that names the estimate wizard (``estimate.yaml``) rather than a procedure."""


@frozen
class MenuGroup(Record):
    """One heading of the main menu and the procedures under it (``menu.yaml``).

    ``items`` are procedure ids, in order; ``estimate`` names the estimate wizard.
    """

    __pydantic_config__ = STRICT
    heading: Text
    items: tuple[str, ...]


@frozen
class Summary(Record):
    """What listing and looking up a procedure need, without its steps and channels."""

    id: str
    title: Text
    summary: Text
    aliases: tuple[str, ...]
    reviewed: datetime.date | None

    @classmethod
    def of(cls, proc: Procedure) -> Summary:
        """Summarise a procedure."""
        return cls(proc.id, proc.title, proc.summary, proc.aliases, proc.reviewed)


Part: TypeAlias = "Procedure | Flow | tuple[Summary, ...] | AreaCodes"
"""What a lazy catalogue reads from the cache on first use."""
PartLoader = Callable[[str, str], Part]
"""Loads one part of a compiled catalogue: ``("procedure" | "flow", id)``, ``("summaries", "")``."""


def name_table(summaries: Iterable[Summary]) -> dict[str, str]:
    """Map every procedure id, then every alias no id or earlier alias took, to its id."""
    table: dict[str, str] = {}
    for proc in summaries:
        table[proc.id] = proc.id
        for alias in proc.aliases:
            table.setdefault(alias, proc.id)
    return table


class Catalogue:
    """Everything the tool knows, validated and cross-checked.

    A catalogue read from the compiled cache holds only its table of names at first and loads
    the summaries, each procedure and each flow when first asked for, so a one-shot command
    costs about the same whatever the size of the catalogue.
    """

    __slots__ = (
        "_area_codes",
        "_flows",
        "_load",
        "_procedures",
        "_summaries",
        "calendar",
        "flow_ids",
        "key",
        "menu",
        "names",
        "numbers",
        "platforms",
        "regions",
        "root",
        "sources",
    )

    def __init__(
        self,
        procedures: Sequence[Procedure],
        platforms: tuple[Platform, ...],
        regions: tuple[Region, ...],
        flows: Sequence[Flow] = (),
        numbers: tuple[NumberFormat, ...] = (),
        key: str = "",
        area_codes: AreaCodes | None = None,
        calendar: tuple[CalendarYear, ...] = (),
        menu: tuple[MenuGroup, ...] = (),
        sources: tuple[Source, ...] = (),
    ) -> None:
        self._area_codes = area_codes
        self.menu = menu
        """The main menu's headings and their procedures (empty: one list, in flow order)."""
        self.sources = sources
        """The source ledger (``sources.yaml``); empty for a catalogue without one."""
        self.platforms = platforms
        self.regions = regions
        self.numbers = numbers
        self.calendar = calendar
        """The published holiday arrangements (``calendar/YYYY.yaml``), by year."""
        self.key = key  # set when loaded through the cache; names the cached search index
        self.root = ""  # the directory it was read from (empty when made in memory)
        self._summaries: tuple[Summary, ...] | None = tuple(Summary.of(p) for p in procedures)
        self.names = name_table(self._summaries)
        """Every id and alias, mapped to its procedure's id."""
        self.flow_ids = tuple(flow.procedure for flow in flows)
        self._procedures: dict[str, Procedure] = {proc.id: proc for proc in procedures}
        self._flows: dict[str, Flow] = {flow.procedure: flow for flow in flows}
        self._load: PartLoader | None = None

    @classmethod
    def lazy(
        cls,
        names: dict[str, str],
        flow_ids: tuple[str, ...],
        platforms: tuple[Platform, ...],
        regions: tuple[Region, ...],
        numbers: tuple[NumberFormat, ...],
        key: str,
        load: PartLoader,
        calendar: tuple[CalendarYear, ...] = (),
        menu: tuple[MenuGroup, ...] = (),
        sources: tuple[Source, ...] = (),
    ) -> Catalogue:
        """Build a catalogue whose summaries, procedures and flows ``load`` reads on first use."""
        catalogue = cls(
            (), platforms, regions, (), numbers, key, calendar=calendar, menu=menu, sources=sources
        )
        catalogue._summaries = None
        catalogue._area_codes = None
        catalogue.names = names
        catalogue.flow_ids = flow_ids
        catalogue._load = load
        return catalogue

    @property
    def summaries(self) -> tuple[Summary, ...]:
        """Every procedure's summary, in catalogue order."""
        if self._summaries is None:
            assert self._load is not None
            loaded = self._load("summaries", "")
            assert isinstance(loaded, tuple)
            self._summaries = loaded
        return self._summaries

    @property
    def area_codes(self) -> AreaCodes:
        """The area codes of every division that has one (read when first asked for)."""
        if self._area_codes is None:
            from yibao_cli.catalogue.areacodes import AreaCodes

            loaded = self._load("area-codes", "") if self._load is not None else AreaCodes()
            assert isinstance(loaded, AreaCodes)
            self._area_codes = loaded
        return self._area_codes

    def has_procedure(self, procedure_id: str) -> bool:
        """Return whether a procedure has exactly this id (aliases do not count)."""
        return self.names.get(procedure_id) == procedure_id

    @property
    def procedures(self) -> tuple[Procedure, ...]:
        """Every procedure, in catalogue order (loads them all)."""
        found = (self.procedure(summary.id) for summary in self.summaries)
        return tuple(proc for proc in found if proc is not None)

    @property
    def flows(self) -> tuple[Flow, ...]:
        """Every wizard, in menu order (loads them all)."""
        found = (self.flow(flow_id) for flow_id in self.flow_ids)
        return tuple(flow for flow in found if flow is not None)

    def summary(self, procedure_id: str) -> Summary | None:
        """Return the summary of the procedure with this exact id, if any."""
        return next((s for s in self.summaries if s.id == procedure_id), None)

    def procedure(self, procedure_id: str) -> Procedure | None:
        """Return the procedure with this exact id, if any."""
        proc = self._procedures.get(procedure_id)
        if proc is None and self._load is not None and self.has_procedure(procedure_id):
            loaded = self._load("procedure", procedure_id)
            assert isinstance(loaded, Procedure)
            proc = self._procedures[procedure_id] = loaded
        return proc

    def flow(self, procedure_id: str) -> Flow | None:
        """Return the wizard of a procedure, if it has one."""
        flow = self._flows.get(procedure_id)
        if flow is None and self._load is not None and procedure_id in self.flow_ids:
            from yibao_cli.catalogue.flowmodel import Flow as FlowClass

            loaded = self._load("flow", procedure_id)
            assert isinstance(loaded, FlowClass)
            flow = self._flows[procedure_id] = loaded
        return flow

    def number_format(self, kind: str) -> NumberFormat | None:
        """Return the description of one kind of number, if the catalogue has it."""
        return next((item for item in self.numbers if item.id == kind), None)

    def source(self, source_id: str) -> Source | None:
        """Return the ledger entry with this id, if any."""
        return next((item for item in self.sources if item.id == source_id), None)

    def ledger(self) -> dict[str, Source]:
        """Every ledger entry by id."""
        return {item.id: item for item in self.sources}

    def platform(self, platform_id: str) -> Platform | None:
        """Return the shared channel with this exact id, if any."""
        return next((plat for plat in self.platforms if plat.id == platform_id), None)
