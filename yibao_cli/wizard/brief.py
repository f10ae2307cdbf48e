"""The one-page sheet to take along: do now, bring, where to go, whom to call, what to say.

Pure: built from a fitted wizard outcome, or from a whole procedure (one without a wizard, or
the general checklist when no answers were given), with every text in the interface language.
The same sheet opens a wizard's outcome on the terminal ("现在就做").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.regions.overlay import ChannelView, ProcedureView, StepView, region_label
from yibao_cli.strings import lang, t
from yibao_cli.wizard.checklist import Checklist, Entry, Section, tx
from yibao_cli.wizard.fitting import Fitted

ACTIONS_MIN = 3
ACTIONS_MAX = 5
"""The sheet lists the next three to five actions."""
PLACES_MAX = 2
NUMBERS_MAX = 2
"""At most two places to go and two numbers to call."""


@dataclass(frozen=True)
class Action:
    """One thing to do (a step of the procedure), with where or how, when the catalogue says."""

    step: str
    text: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """One thing to bring."""

    material: str
    text: str


@dataclass(frozen=True)
class Place:
    """Where to go: an office with its address and hours, or a channel."""

    name: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Number:
    """A number to call, and whose it is."""

    name: str
    phone: str


@dataclass(frozen=True)
class Sheet:
    """Everything the one-page sheet shows.

    Attributes:
        procedure: The procedure id.
        title: The procedure's title (with the outcome's, when there is one).
        outcome: The outcome's id, or None for a whole procedure.
        intro: Verdicts and the region, one line each.
        now: The next actions, in order.
        bring: The materials to bring.
        where: Where to go.
        call: The numbers to call.
        at_window: The sentence to say at the window, in Chinese (empty when the catalogue has
            none), and its English gloss (empty unless the interface is in English).
        reviewed: The date the content was reviewed.
    """

    procedure: str
    title: str
    outcome: str | None
    intro: tuple[Entry, ...]
    now: tuple[Action, ...]
    bring: tuple[Item, ...]
    where: tuple[Place, ...]
    call: tuple[Number, ...]
    at_window: tuple[str, str]
    reviewed: str


def from_fitted(fitted: Fitted) -> Sheet:
    """The sheet of a wizard outcome fitted to the region."""
    view, result = fitted.view, fitted.outcome
    proc = view.procedure
    intro = [Entry(tx(v.text), tone=v.tone) for v in result.verdicts]
    intro += _region(view)
    done = set(result.done)
    steps = [item for item in fitted.steps if item.step.id not in done]
    return _sheet(
        view,
        f"{tx(proc.title)} · {tx(result.title)}",
        result.id,
        intro,
        _actions(view, steps, fitted.channels),
        fitted.materials,
        fitted.channels,
    )


def from_view(view: ProcedureView, conditional: Iterable[tuple[str, str]] = ()) -> Sheet:
    """The sheet of a whole procedure: the steps that always apply come first.

    Args:
        view: The procedure, merged with the region's overlays.
        conditional: ``("step" | "material", id)`` of the items that apply only in some cases
            (see ``wizard.general``), besides those with a condition of their own.
    """
    proc = view.procedure
    some = set(conditional)
    optional = {
        item.step.id for item in view.steps if item.step.condition or ("step", item.step.id) in some
    }
    materials = [
        m for m in proc.materials if not m.condition and ("material", m.id) not in some
    ] or list(proc.materials)
    return _sheet(
        view,
        tx(proc.title),
        None,
        [Entry(tx(proc.summary)), *_region(view)],
        _actions(view, view.steps, view.channels, optional),
        materials,
        view.channels,
    )


def _sheet(
    view: ProcedureView,
    title: str,
    outcome: str | None,
    intro: list[Entry],
    now: list[Action],
    materials: Sequence[model.Material],
    channels: Sequence[ChannelView],
) -> Sheet:
    proc = view.procedure
    return Sheet(
        procedure=proc.id,
        title=title,
        outcome=outcome,
        intro=tuple(intro),
        now=tuple(now),
        bring=tuple(Item(m.id, _material(m)) for m in materials),
        where=tuple(_where(view, channels)),
        call=tuple(_call(view, channels)),
        at_window=at_window(proc),
        reviewed=t("ui.reviewed", date=proc.reviewed.isoformat()) if proc.reviewed else "",
    )


def at_window(proc: model.Procedure) -> tuple[str, str]:
    """The sentence to say at the window: Chinese, and the English gloss in English mode."""
    if proc.at_window is None:
        return "", ""
    chinese = model.text(proc.at_window, "zh")
    gloss = model.text(proc.at_window, "en") if lang() == "en" else ""
    return chinese, gloss if gloss != chinese else ""


def _actions(
    view: ProcedureView,
    steps: Sequence[StepView],
    channels: Sequence[ChannelView],
    optional: frozenset[str] | set[str] = frozenset(),
) -> list[Action]:
    """The next actions, in order: the user's own steps (3 to 5).

    Steps in ``optional`` (which apply only in some cases) and the office's steps are taken
    only to reach three.
    """
    ranked = [
        [item for item in steps if item.step.actor == "you" and item.step.id not in optional],
        [item for item in steps if item.step.actor == "you" and item.step.id in optional],
        [item for item in steps if item.step.actor != "you"],
    ]
    taken = ranked[0][:ACTIONS_MAX]
    for more in ranked[1:]:
        taken += more[: max(0, ACTIONS_MIN - len(taken))]
    chosen = {item.platform.id for item in channels}
    found = []
    for item in steps:
        if item not in taken:
            continue
        step = item.step
        lines = []
        if step.condition:
            lines.append(t("ui.condition", text=tx(step.condition)))
        vias = [via for via in step.channels if via in chosen] or list(step.channels)
        names = [tx(view.platforms[via].name) for via in vias if via in view.platforms]
        if names:
            lines.append(t("ui.step_channels", names=t("ui.list_sep").join(names[:2])))
        if step.actor == "office":
            lines.append(t("brief.office"))
        found.append(Action(step.id, tx(step.title), tuple(lines)))
    return found


def _material(material: model.Material) -> str:
    text = tx(material.name)
    if material.condition:
        text += t("ui.paren", text=tx(material.condition))
    return text


def _where(view: ProcedureView, channels: Sequence[ChannelView]) -> Iterable[Place]:
    """The region's offices (with address and hours) first, else the offline channels."""
    places = []
    for contact, _origin in view.contacts:
        if contact.address or contact.hours:
            lines = tuple(tx(value) for value in (contact.address, contact.hours) if value)
            places.append(Place(tx(contact.name), lines))
    if not places:
        seen: set[str] = set()
        for item in channels:
            kind = item.platform.kind
            if kind == "offline" and item.platform.id not in seen:
                seen.add(item.platform.id)
                places.append(Place(tx(item.platform.name), _first(item.channel.steps)))
        if not places and channels:  # nothing to walk to: the best channel
            best = channels[0]
            places.append(Place(tx(best.platform.name), _first(best.channel.steps)))
    return places[:PLACES_MAX]


def _first(clicks: Sequence[model.Text]) -> tuple[str, ...]:
    return (tx(clicks[0]),) if clicks else ()


def _call(view: ProcedureView, channels: Sequence[ChannelView]) -> Iterable[Number]:
    """The region's numbers first, then the hotlines of the channels."""
    found: list[Number] = []
    phones: set[str] = set()
    for contact, _origin in view.contacts:
        if contact.phones and contact.phones[0] not in phones:
            phones.add(contact.phones[0])
            found.append(Number(tx(contact.name), t("ui.list_sep").join(contact.phones[:2])))
    for item in channels:
        phone = item.platform.phone
        if phone and phone not in phones:
            phones.add(phone)
            found.append(Number(tx(item.platform.name), phone))
    return found[:NUMBERS_MAX]


def _region(view: ProcedureView) -> list[Entry]:
    if not view.local:
        return []
    applied = t("ui.list_sep").join(region_label(region) for region in view.contributing())
    return [Entry(t("ui.region_applied", regions=applied))]


def sections(sheet: Sheet) -> list[Section]:
    """The sheet's parts as checklist sections, in order (those with nothing left out)."""
    said, gloss = sheet.at_window
    window = (Entry(f"「{said}」", lines=(gloss,) if gloss else ()),) if said else ()
    found = [
        Section(
            "now", t("brief.now"), tuple(Entry(a.text, lines=a.lines, box=True) for a in sheet.now)
        ),
        Section("bring", t("brief.bring"), tuple(Entry(i.text, box=True) for i in sheet.bring)),
        Section(
            "where", t("brief.where"), tuple(Entry(p.name, lines=p.lines) for p in sheet.where)
        ),
        Section("call", t("brief.call"), tuple(Entry(_number(n)) for n in sheet.call)),
        Section("window", t("brief.window"), window),
    ]
    return [section for section in found if section.entries]


def _number(number: Number) -> str:
    if number.phone in number.name:  # "12333 人社服务热线" names its number already
        return f"☎ {number.name}"
    return t("brief.number", name=number.name, phone=number.phone)


def checklist(sheet: Sheet) -> Checklist:
    """The sheet as a checklist, for the text, Markdown and HTML writers (no command on it)."""
    return Checklist(
        title=t("brief.title", title=sheet.title),
        procedure=sheet.procedure,
        intro=sheet.intro,
        sections=tuple(sections(sheet)),
        legend="",
        reviewed=sheet.reviewed,
        disclaimer=t("ui.disclaimer"),
        command="",
        compact=True,
    )
