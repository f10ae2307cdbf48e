"""A printable checklist as plain data: sections of entries, each with a tier and details.

Pure: built from a fitted wizard outcome (or a whole procedure) with every text already in the
interface language, so the text, Markdown and HTML writers only lay it out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from yibao_cli.catalogue import model
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
        reviewed: The line giving the date the content was reviewed.
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
    intro = [
        Entry(tx(v.text), tier_tag(v.tier), _source(v.source), tone=v.tone) for v in result.verdicts
    ]
    intro += _region(view)
    intro += _start(fitted.timeline)
    answers = []
    for key, answer in result.answers:
        question = flow.question(key)
        assert question is not None, key
        answers.append(Entry(f"{tx(question.text)} {answer_text(question, answer)}"))
    sections = [Section("answers", t("out.answers"), tuple(answers))]
    sections += _waiting(fitted)
    sections += _body(
        view,
        fitted.steps,
        fitted.materials,
        fitted.channels,
        fitted.facts,
        fitted.notes,
        fitted.timeline,
    )
    if fitted.related:
        # Paper names the procedure by its title; the terminal adds the command to run.
        related = tuple(Entry(tx(proc_ref.title)) for proc_ref, _guided in fitted.related)
        sections.append(Section("related", t("out.related"), related))
    return _checklist(f"{tx(proc.title)} · {tx(result.title)}", view, intro, sections, command)


def _waiting(fitted: Fitted) -> list[Section]:
    result, rule = fitted.outcome.waiting, fitted.outcome.waiting_rule
    if result is None or rule is None or not result.applies:
        return []
    from yibao_cli.dates.waitingtext import lines
    from yibao_cli.wizard.outcome import waiting_figures

    first, *rest = lines(result, waiting_figures(rule))
    entries = [Entry(first, tier_tag(rule.tier)), *(Entry(line) for line in rest)]
    return [Section("waiting", t("wait.heading"), tuple(entries))]


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
    intro = [Entry(tx(proc.summary)), *_region(view), *_start(plan)]
    title = tx(proc.title)
    if cases is not None:
        intro.insert(1, Entry(t("gen.intro"), tone="notice"))
        title = t("gen.title", title=title)
    sections = _body(
        view, view.steps, proc.materials, view.channels, view.facts, view.notes, plan, cases or {}
    )
    return _checklist(title, view, intro, sections, command)


def _checklist(
    title: str, view: ProcedureView, intro: list[Entry], sections: list[Section], command: str
) -> Checklist:
    return Checklist(
        title=title,
        procedure=view.procedure.id,
        intro=tuple(intro),
        sections=tuple(section for section in sections if section.entries),
        legend=t("ui.legend"),
        reviewed=t("ui.reviewed", date=view.procedure.reviewed.isoformat()),
        disclaimer=t("ui.disclaimer"),
        command=command,
    )


def _body(
    view: ProcedureView,
    steps: Sequence[StepView],
    materials: Sequence[model.Material],
    channels: Sequence[ChannelView],
    facts: Iterable[tuple[model.Fact, Origin]],
    notes: Iterable[tuple[model.Note, Origin]],
    plan: Timeline | None,
    cases: dict[tuple[str, str], str] | None = None,
) -> list[Section]:
    cases = cases or {}
    return [
        Section(
            "steps", t("ui.steps"), tuple(_steps(view, steps, materials, channels, plan, cases))
        ),
        Section(
            "materials",
            t("ui.materials"),
            tuple(_material(m, cases.get(("material", m.id))) for m in materials),
        ),
        Section(
            "channels",
            t("cl.where"),
            tuple(
                _channel(item, way)
                for item, way in zip(channels, way_labels(channels), strict=True)
            ),
        ),
        Section("contacts", t("cl.contacts"), tuple(_contacts(view))),
        Section(
            "facts",
            t("ui.facts"),
            tuple(
                Entry(f"{tx(f.label)}：{tx(f.value)}", tier_tag(f.tier, o), _source(f.source))
                for f, o in facts
            ),
        ),
        Section(
            "notes",
            t("ui.notes"),
            tuple(Entry(f"{_mark(n.kind)}{tx(n.text)}", tier_tag(n.tier, o)) for n, o in notes),
        ),
    ]


def _steps(
    view: ProcedureView,
    steps: Sequence[StepView],
    materials: Sequence[model.Material],
    channels: Sequence[ChannelView],
    plan: Timeline | None,
    cases: dict[tuple[str, str], str],
) -> Iterable[Entry]:
    names = {m.id: tx(m.name) for m in materials}
    chosen = {item.platform.id for item in channels}
    for number, item in enumerate(steps, 1):
        step = item.step
        text = f"{number}. {tx(step.title)}"
        lines: list[str] = []
        when = cases.get(("step", step.id))
        if when:
            lines.append(when)
        rng = span(item.durations)
        if rng is not None:
            lines.append(t("cl.takes", days=datetext.days(*rng, at_most(item.durations))))
            if len(item.durations) > 1:
                lines += [_per_source(d) for d in item.durations]
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
        tag = tier_tag(step.tier)
        if rng is not None and item.origin.region is not None:
            tag += " " + tier_tag(item.durations[0].tier, item.origin)
        yield Entry(text, tag, tuple(lines), box=True)
    if plan is not None and plan.deadlines:
        yield Entry(datetext.total(plan, limits_only(steps)), tone="notice")
    for line in datetext.closures(plan) if plan is not None else ():
        yield Entry(line)
    for warning in datetext.warnings(plan) if plan is not None else ():
        yield Entry(warning, tone="notice")


def _per_source(duration: model.Duration) -> str:
    line = t("days.per_source", range=datetext.duration(duration))
    extra = t("ui.clause_sep").join(p for p in (tx(duration.source), tx(duration.note)) if p)
    if extra:
        line += t("ui.paren", text=extra)
    return f"{line} {tier_tag(duration.tier)}"


def _material(material: model.Material, when: str | None = None) -> Entry:
    text = tx(material.name)
    if material.condition:
        text += t("ui.paren", text=tx(material.condition))
    lines = tuple(line for line in (when, tx(material.detail)) if line)
    return Entry(text, tier_tag(material.tier), lines, box=True)


def _channel(item: ChannelView, way: str) -> Entry:
    platform, channel = item.platform, item.channel
    text = f"{t(f'kind.{platform.kind}')} · {tx(platform.name)}{way}"
    if platform.phone:
        text += f"  ☎ {platform.phone}"
    lines: list[str] = []
    if platform.url:
        lines.append(platform.url)
    lines += [f"{number}) {tx(click)}" for number, click in enumerate(channel.steps, 1)]
    if channel.suits:
        lines.append(t("ui.suits", text=tx(channel.suits)))
    if channel.note:
        lines.append(tx(channel.note))
    return Entry(text, tier_tag(channel.tier, item.origin), tuple(lines))


def _contacts(view: ProcedureView) -> Iterable[Entry]:
    if not view.contacts:
        yield Entry(t("cl.no_contacts"), tone="notice")
        return
    for contact, origin in view.contacts:
        lines: list[str] = []
        if contact.phones:
            lines.append("☎ " + t("ui.list_sep").join(contact.phones))
        lines += [tx(value) for value in (contact.address, contact.hours, contact.note) if value]
        if contact.url:
            lines.append(contact.url)
        yield Entry(tx(contact.name), tier_tag(contact.tier, origin), tuple(lines))


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


def _source(source: model.Text | None) -> tuple[str, ...]:
    return (t("ui.source", source=tx(source)),) if source else ()


def _mark(kind: model.NoteKind) -> str:
    # No space after the mark in Chinese, so that wrapping never leaves it alone on a line.
    mark = t(f"note.{kind}")
    return mark.replace(" ", "") if lang() == "zh" else mark


def tx(value: model.Text | None) -> str:
    """Resolve catalogue text in the current language."""
    return model.text(value, lang())


def tier_tag(tier: model.Tier, origin: Origin | None = None) -> str:
    """Return ``[全国]`` or ``[属地 · 福州市（市级）]``."""
    label = t(f"tier.{tier}")
    if origin is not None and origin.region is not None:
        label = f"{label} · {region_label(origin.within or origin.region)}"
    return f"[{label}]"


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
