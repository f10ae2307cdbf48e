"""A printable checklist as plain data: sections of entries, each with a tier and details.

Pure: built from a fitted wizard outcome (or a whole procedure) with every text already in the
interface language, so the text, Markdown and HTML writers only lay it out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations, Listed, tag_label
from yibao_cli.dates import text as datetext
from yibao_cli.dates.timeline import Timeline
from yibao_cli.regions.overlay import (
    ChannelView,
    Origin,
    ProcedureView,
    StepView,
    at_most,
    limits_only,
    region_label,
    span,
    way_labels,
)
from yibao_cli.strings import lang, t
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import answer_text


@dataclass(frozen=True)
class Entry:
    """One line of a checklist, with the lines that explain it.

    Attributes:
        text: The line itself.
        tag: The tier tag, e.g. ``[属地 · 福州市（市级）]`` (empty for none).
        lines: Details printed under it.
        box: True for something to tick off (a step or a material).
        tone: ``ok``, ``stop`` or ``caution`` for a verdict, ``notice`` for a warning, else empty.
    """

    text: str
    tag: str = ""
    lines: tuple[str, ...] = ()
    box: bool = False
    tone: str = ""


@dataclass(frozen=True)
class Section:
    """A titled part of the checklist (steps, materials, where to go …)."""

    key: str
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Checklist:
    """Everything a printed checklist shows, in order.

    Attributes:
        title: The procedure's title, with the outcome's title when there is one.
        procedure: The procedure id.
        intro: Verdicts, the region and the start date, before the sections.
        sections: The sections, in order.
        legend: What the tiers mean.
        reviewed: The line giving the date the content was reviewed (empty when unknown).
        disclaimer: Local rules prevail.
        command: The command that prints this checklist again; for scripts, never printed
            (paper shows no commands).
    """

    title: str
    procedure: str
    intro: tuple[Entry, ...]
    sections: tuple[Section, ...]
    legend: str
    reviewed: str
    disclaimer: str
    command: str
    sources: tuple[Listed, ...] = ()
    """The sources the checklist cites, by the numbers its tags give (printed last)."""
    sources_title: str = ""
    compact: bool = False
    """Less space between the parts (the one-page sheet)."""


def from_outcome(fitted: Fitted, flow: model.Flow, command: str) -> Checklist:
    """Build the checklist of a wizard outcome.

    Args:
        fitted: The outcome with its items looked up for the region.
        flow: The flow that led there (for the questions' wording).
        command: The command that prints this checklist again.

    Returns:
        The checklist.
    """
    view, result = fitted.view, fitted.outcome
    proc = view.procedure
    cite = Citations(view.ledger, view.as_of)
    intro = [
        Entry(tx(v.text), _tag(cite, v), _stale(cite, v), tone=v.tone) for v in result.verdicts
    ]
    intro += _region(view)
    intro += _start(fitted.timeline)
    answers = []
    for key, answer in result.answers:
        question = flow.question(key)
        assert question is not None, key
        answers.append(Entry(f"{tx(question.text)} {answer_text(question, answer)}"))
    sections = [Section("answers", t("out.answers"), tuple(answers))]
    sections += _waiting(fitted, cite)
    sections += _body(
        view,
        fitted.steps,
        fitted.materials,
        fitted.channels,
        fitted.facts,
        fitted.notes,
        fitted.timeline,
        cite,
    )
    if fitted.related:
        # Paper names the procedure by its title; the terminal adds the command to run.
        related = tuple(Entry(tx(proc_ref.title)) for proc_ref, _guided in fitted.related)
        sections.append(Section("related", t("out.related"), related))
    title = f"{tx(proc.title)} · {tx(result.title)}"
    return _checklist(title, view, intro, sections, command, cite)


def _waiting(fitted: Fitted, cite: Citations) -> list[Section]:
    from yibao_cli.wizard.outcome import worked

    sections = []
    for found in worked(fitted.outcome):
        first, *rest = found.lines
        entries = [Entry(first, _tag(cite, found), _stale(cite, found)), *map(Entry, rest)]
        sections.append(Section(found.key, found.heading, tuple(entries)))
    return sections


def from_view(
    view: ProcedureView,
    plan: Timeline | None,
    command: str,
    cases: dict[tuple[str, str], str] | None = None,
) -> Checklist:
    """Build the checklist of a whole procedure (one without a wizard, or a general one).

    Args:
        view: The procedure, merged with the region's overlays.
        plan: The timeline of every step, when a start date was given.
        command: The command that prints this checklist again.
        cases: For the general checklist of a procedure with a wizard: when each step or
            material applies (``("step" | "material", id)`` → "仅在……时"), for those that
            apply only in some cases.

    Returns:
        The checklist.
    """
    proc = view.procedure
    cite = Citations(view.ledger, view.as_of)
    intro = [Entry(tx(proc.summary)), *_region(view), *_start(plan)]
    title = tx(proc.title)
    if cases is not None:
        intro.insert(1, Entry(t("gen.intro"), tone="notice"))
        title = t("gen.title", title=title)
    sections = _body(
        view, view.steps, proc.materials, view.channels, view.facts, view.notes, plan, cite, cases
    )
    return _checklist(title, view, intro, sections, command, cite)


def _checklist(
    title: str,
    view: ProcedureView,
    intro: list[Entry],
    sections: list[Section],
    command: str,
    cite: Citations,
) -> Checklist:
    reviewed = view.procedure.reviewed
    return Checklist(
        title=title,
        procedure=view.procedure.id,
        intro=tuple(intro),
        sections=tuple(section for section in sections if section.entries),
        legend=t("ui.legend"),
        reviewed=t("ui.reviewed", date=reviewed.isoformat()) if reviewed else "",
        disclaimer=t("ui.disclaimer"),
        command=command,
        sources=tuple(cite.listed()),
        sources_title=t("src.heading"),
    )


def _body(
    view: ProcedureView,
    steps: Sequence[StepView],
    materials: Sequence[model.Material],
    channels: Sequence[ChannelView],
    facts: Iterable[tuple[model.Fact, Origin]],
    notes: Iterable[tuple[model.Note, Origin]],
    plan: Timeline | None,
    cite: Citations,
    cases: dict[tuple[str, str], str] | None = None,
) -> list[Section]:
    cases = cases or {}
    # Built in the order the checklist prints, so that the sources are numbered in that order.
    step_entries = tuple(_steps(view, steps, materials, channels, plan, cite, cases))
    material_entries = tuple(_material(m, cite, cases.get(("material", m.id))) for m in materials)
    channel_entries = tuple(
        _channel(item, way, cite) for item, way in zip(channels, way_labels(channels), strict=True)
    )
    contact_entries = tuple(_contacts(view, cite))
    fact_entries = tuple(
        Entry(f"{tx(f.label)}：{tx(f.value)}", _tag(cite, f, o), _stale(cite, f)) for f, o in facts
    )
    note_entries = tuple(
        Entry(f"{_mark(n.kind)}{tx(n.text)}", _tag(cite, n, o), _stale(cite, n)) for n, o in notes
    )
    return [
        Section("steps", t("ui.steps"), step_entries),
        Section("materials", t("ui.materials"), material_entries),
        Section("channels", t("cl.where"), channel_entries),
        Section("contacts", t("cl.contacts"), contact_entries),
        Section("facts", t("ui.facts"), fact_entries),
        Section("notes", t("ui.notes"), note_entries),
    ]


def _steps(
    view: ProcedureView,
    steps: Sequence[StepView],
    materials: Sequence[model.Material],
    channels: Sequence[ChannelView],
    plan: Timeline | None,
    cite: Citations,
    cases: dict[tuple[str, str], str] | None = None,
) -> Iterable[Entry]:
    names = {m.id: tx(m.name) for m in materials}
    chosen = {item.platform.id for item in channels}
    for number, item in enumerate(steps, 1):
        step = item.step
        text = f"{number}. {tx(step.title)}"
        tag = _tag(cite, step)
        lines: list[str] = list(_stale(cite, step))
        when = (cases or {}).get(("step", step.id))
        if when:
            lines.append(when)
        rng = span(item.durations)
        if rng is not None:
            lines.append(t("cl.takes", days=datetext.days(*rng, at_most(item.durations))))
            if len(item.durations) > 1:
                lines += [_per_source(d, cite) for d in item.durations]
        if plan is not None:
            entry = plan.step(step.id)
            if entry.days is None:
                lines.append(t("tl.at", when=datetext.window(entry.starts)))
            else:
                lines.append(datetext.done(entry.ends, at_most(item.durations)))
        if step.condition:
            lines.append(t("ui.condition", text=tx(step.condition)))
        if step.detail:
            lines.append(tx(step.detail))
        needed = [names[m] for m in step.materials if m in names]
        if needed:
            lines.append(t("ui.step_materials", names=t("ui.list_sep").join(needed)))
        vias = [via for via in step.channels if via in chosen] or list(step.channels)
        if vias:
            where = t("ui.list_sep").join(tx(view.platforms[via].name) for via in vias)
            lines.append(t("ui.step_channels", names=where))
        if rng is not None and item.origin.region is not None:
            cites = cite.label(source for span in item.durations for source in span.sources)
            tag += " " + tier_tag(item.durations[0].tier, item.origin, cites)
        yield Entry(text, tag, tuple(lines), box=True)
    if plan is not None and plan.deadlines:
        yield Entry(datetext.total(plan, limits_only(steps)), tone="notice")
    for line in datetext.closures(plan) if plan is not None else ():
        yield Entry(line)
    for warning in datetext.warnings(plan) if plan is not None else ():
        yield Entry(warning, tone="notice")


def _per_source(duration: model.Duration, cite: Citations) -> str:
    line = t("days.per_source", range=datetext.duration(duration))
    if duration.note:
        line += t("ui.paren", text=tx(duration.note))
    return f"{line} {_tag(cite, duration)}"


def _material(material: model.Material, cite: Citations, when: str | None = None) -> Entry:
    text = tx(material.name)
    if material.condition:
        text += t("ui.paren", text=tx(material.condition))
    detail = (tx(material.detail),) if material.detail else ()
    lines = (*_stale(cite, material), *((when,) if when else ()), *detail)
    return Entry(text, _tag(cite, material), lines, box=True)


def _channel(item: ChannelView, way: str, cite: Citations) -> Entry:
    platform, channel = item.platform, item.channel
    text = f"{t(f'kind.{platform.kind}')} · {tx(platform.name)}{way}"
    if platform.phone:
        text += f"  ☎ {platform.phone}"
    lines: list[str] = list(_stale(cite, channel))
    if platform.url:
        lines.append(platform.url)
    lines += [f"{number}) {tx(click)}" for number, click in enumerate(channel.steps, 1)]
    if channel.suits:
        lines.append(t("ui.suits", text=tx(channel.suits)))
    if channel.note:
        lines.append(tx(channel.note))
    return Entry(text, _tag(cite, channel, item.origin), tuple(lines))


def _contacts(view: ProcedureView, cite: Citations) -> Iterable[Entry]:
    if not view.contacts:
        yield Entry(t("cl.no_contacts"), tone="notice")
        return
    for contact, origin in view.contacts:
        lines: list[str] = list(_stale(cite, contact))
        if contact.phones:
            lines.append("☎ " + t("ui.list_sep").join(contact.phones))
        lines += [tx(value) for value in (contact.address, contact.hours, contact.note) if value]
        if contact.url:
            lines.append(contact.url)
        yield Entry(tx(contact.name), _tag(cite, contact, origin), tuple(lines))


def _region(view: ProcedureView) -> list[Entry]:
    place = view.place
    if place is None and not view.regions:
        return []
    entries = []
    if place is not None:
        key = "ui.region_configured" if place.configured else "ui.region_place"
        entries.append(Entry(t(key, name=place.division.full_name, code=place.code)))
    if view.local:
        applied = t("ui.list_sep").join(region_label(region) for region in view.contributing())
        entries.append(Entry(t("ui.region_applied", regions=applied)))
    else:
        name = place.division.full_name if place is not None else tx(view.regions[0].name)
        entries.append(Entry(t("ui.region_national", region=name), tone="notice"))
    return entries


def _start(plan: Timeline | None) -> list[Entry]:
    if plan is None:
        return []
    entries = [Entry(t("tl.start", date=datetext.date(plan.start)))]
    note = datetext.acceptance(plan)
    if note:
        entries.append(Entry(note, tone="notice"))
    return entries


def _tag(cite: Citations, claim: Any, origin: Origin | None = None) -> str:
    """The tier tag of a claim with its source numbers: ``[全国·1,3]``."""
    return tier_tag(claim.tier, origin, cite.label(claim.sources))


def _stale(cite: Citations, claim: Any) -> tuple[str, ...]:
    """The warning that every source of a claim has expired, as a line under it (or none)."""
    line = cite.stale_line(claim.sources)
    return (line,) if line else ()


def _mark(kind: model.NoteKind) -> str:
    # No space after the mark in Chinese, so that wrapping never leaves it alone on a line.
    mark = t(f"note.{kind}")
    return mark.replace(" ", "") if lang() == "zh" else mark


def tx(value: model.Text | None) -> str:
    """Resolve catalogue text in the current language."""
    return model.text(value, lang())


def tier_tag(tier: model.Tier, origin: Origin | None = None, cites: str = "") -> str:
    """Return ``[全国·1]`` or ``[属地 · 福州市（市级）·2]``."""
    label = t(f"tier.{tier}")
    if origin is not None and origin.region is not None:
        label = f"{label} · {region_label(origin.within or origin.region)}"
    return f"[{tag_label(label, cites)}]"


# For printers without symbol glyphs: the symbols the interface and the catalogue use, in ASCII.
_ASCII = str.maketrans(
    {
        "☐": "[ ]",
        "☑": "[x]",
        "☎": "Tel",
        "⚠": "!",
        "→": "->",
        "←": "<-",
        "·": "-",
        "•": "*",
        "—": "--",
        "–": "-",
        "≈": "~",
        "…": "...",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "×": "x",
        "✓": "OK",
        "✗": "X",
        "\u00a0": " ",
    }
)


def cjk(char: str) -> bool:
    """Tell whether a character is Chinese text rather than a symbol.

    Chinese text here means CJK ideographs (with extension A and the compatibility block), CJK
    symbols and punctuation (U+3000–U+303F: 、。〈〉《》「」【】…) and full-width forms
    (U+FF00–U+FFEF: ，：；（）！？ …). Everything else outside ASCII is a symbol.
    """
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
    )


def plain_symbols(text: str) -> str:
    """Replace every non-ASCII symbol by ASCII, keeping Chinese text (see :func:`cjk`).

    Known symbols have readable replacements (☐ → ``[ ]``, ☎ → ``Tel``, → → ``->``); others
    are decomposed where Unicode allows (① → ``1``) and otherwise become ``?``.
    """
    out = []
    for char in text.translate(_ASCII):
        if char.isascii() or cjk(char):
            out.append(char)
            continue
        folded = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in folded if c.isascii() or cjk(c))
        out.append(kept or "?")
    return "".join(out)
