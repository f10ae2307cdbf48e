"""The parts of a page: entries with their tier tags, detail lines and dates, in sections.

Plain data in the interface language. Each part keeps a ``kind`` (what it is) so that a
writer can style it, and the catalogue object behind it (``data``) for the JSON writer.
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Any

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Listed
from yibao_cli.catalogue.records import frozen

if TYPE_CHECKING:
    from yibao_cli.wizard.schedule import StepDate


@frozen
class Tag:
    """A tier tag as shown: ``[全国·1,3]`` or ``[属地 · 福州市（市级）·2]``."""

    tier: model.Tier
    text: str


Segment = str | Tag
"""A piece of a line: words, or a tier tag."""


@frozen
class Line:
    """A line under an entry.

    ``kind`` says what it is, for styling: ``stale`` (every source expired), ``date``,
    ``estimate`` (a date counted by rule), ``condition``, ``detail``, ``quiet`` (materials and
    channels of a step, whom a channel suits), ``status`` (a case step's state), ``late``,
    ``done``, ``notice``, or empty.
    """

    text: str
    kind: str = ""
    tag: Tag | None = None


@frozen
class Entry:
    """One item of a page: a step, a material, a channel, a verdict, a note.

    Attributes:
        text: The item's line.
        kind: What it is: ``step``, ``material``, ``channel``, ``contact``, ``fact``, ``note``,
            ``faq``, ``verdict``, ``answer``, ``waiting``, ``related``, ``region``, ``start``,
            ``summary``, ``action``, ``place``, ``number``, ``window``, ``total`` or ``notice``.
        id: The catalogue id behind it (a step, material, fact… id), or empty.
        tag: Its tier tag, printed after the text.
        after: What follows the tag on the same line (a step's duration, a material's
            condition, a channel's phone number).
        lines: The lines under it.
        box: Something to tick off on paper (a step or a material).
        tone: ``ok``, ``stop`` or ``caution`` for a verdict, ``notice`` for a warning.
        number: A step's number.
        when: A step's expected dates (see :mod:`wizard.schedule`).
        actor: A step's actor (``you`` or ``office``).
        status: A saved case's step: where it stands.
        done: A saved case's step: the day it was marked done.
        hint: For the terminal only: the id after a title, the command of a related procedure.
        data: The catalogue object behind it, for the JSON writer.
    """

    text: str
    kind: str = "text"
    id: str = ""
    tag: Tag | None = None
    after: tuple[Segment, ...] = ()
    lines: tuple[Line, ...] = ()
    box: bool = False
    tone: str = ""
    number: int | None = None
    when: StepDate | None = None
    actor: str | None = None
    status: str | None = None
    done: str | None = None
    hint: str = ""
    data: Any = None


@frozen
class Section:
    """A titled part of a page (steps, materials, where to go…)."""

    key: str
    title: str
    entries: tuple[Entry, ...]


@frozen
class Page:
    """Everything one answer shows, in order.

    Attributes:
        kind: ``show``, ``outcome``, ``general``, ``timeline``, ``case`` or ``brief``.
        procedure: The procedure id.
        title: The procedure's title, with the outcome's when there is one.
        subtitle: What follows the title on its line (a case: its procedure and outcome).
        outcome: The outcome's id, if any.
        intro: What comes before the sections: summary or verdicts, region, start date.
        brief: The short block an outcome starts with (现在就做, 要带的材料…), or the whole
            one-page sheet.
        sections: The sections, in order (answers, waiting, steps, materials…).
        window: The sentence to say at the window, in Chinese, and its English gloss (in
            English mode), or two empty strings.
        command: The command that gives this page again (never printed on paper).
        legend: What the tiers mean.
        reviewed: When the content was last reviewed (empty when unknown).
        disclaimer: Local rules prevail.
        sources_title: The heading of the source list.
        sources: The sources the page cites, by the numbers its tags give.
        compact: Less space between the parts (the one-page sheet).
        data: The domain objects the page was built from, for the JSON writer.
    """

    kind: str
    procedure: str
    title: str
    subtitle: str = ""
    outcome: str | None = None
    intro: tuple[Entry, ...] = ()
    brief: tuple[Section, ...] = ()
    sections: tuple[Section, ...] = ()
    window: tuple[str, str] = ("", "")
    command: str = ""
    legend: str = ""
    reviewed: str = ""
    disclaimer: str = ""
    sources_title: str = ""
    sources: tuple[Listed, ...] = ()
    compact: bool = False
    data: dict[str, Any] = field(default_factory=dict)

    def section(self, key: str) -> Section | None:
        """The section of a key, if the page has it."""
        return next((section for section in self.sections if section.key == key), None)

    def entries(self, key: str) -> tuple[Entry, ...]:
        """The entries of a section (empty when the page has none)."""
        found = self.section(key)
        return found.entries if found is not None else ()
