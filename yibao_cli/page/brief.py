"""The one-page sheet to take along: do now, bring, where to go, whom to call, what to say.

Built from a fitted wizard outcome, or from a whole procedure (one without a wizard, or the
general checklist when no answers were given). The same block opens an outcome on the
terminal ("现在就做"). The next actions carry their expected dates, from the same schedule as
every other page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from yibao_cli.catalogue import model
from yibao_cli.page.items import date_line
from yibao_cli.page.model import Entry, Line, Section
from yibao_cli.page.words import listing, tx
from yibao_cli.regions.overlay import ChannelView, ProcedureView, StepView
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.wizard.schedule import StepDate

ACTIONS_MIN = 3
ACTIONS_MAX = 5
"""The sheet lists the next three to five actions."""
PLACES_MAX = 2
NUMBERS_MAX = 2
"""At most two places to go and two numbers to call."""


def at_window(proc: model.Procedure, own: model.Text | None = None) -> tuple[str, str]:
    """The sentence to say at the window: Chinese, and the English gloss in English mode.

    ``own`` is an outcome's own sentence; without one, the procedure's is used.
    """
    said = own if own is not None else proc.at_window
    if said is None:
        return "", ""
    chinese = model.text(said, "zh")
    gloss = model.text(said, "en") if lang() == "en" else ""
    return chinese, gloss if gloss != chinese else ""


def sections(
    view: ProcedureView,
    steps: Sequence[StepView],
    materials: Sequence[model.Material],
    channels: Sequence[ChannelView],
    window: tuple[str, str],
    *,
    dates: Mapping[str, StepDate] | None = None,
    optional: frozenset[str] | set[str] = frozenset(),
) -> tuple[Section, ...]:
    """The sheet's parts, in order; those with nothing in them are left out.

    Args:
        view: The procedure, merged with the region's overlays.
        steps: The steps still to do, in order.
        materials: The materials to bring.
        channels: The channels, best first.
        window: The sentence to say at the window and its gloss (see :func:`at_window`).
        dates: When each step is expected.
        optional: Steps that apply only in some cases: taken only to reach three actions.
    """
    said, gloss = window
    window_entries = (
        (Entry(f"「{said}」", "window", lines=(Line(gloss),) if gloss else ()),) if said else ()
    )
    found = [
        Section("now", t("brief.now"), tuple(_actions(view, steps, channels, dates, optional))),
        Section("bring", t("brief.bring"), tuple(_bring(materials))),
        Section("where", t("brief.where"), tuple(_where(view, channels))),
        Section("call", t("brief.call"), tuple(_call(view, channels))),
        Section("window", t("brief.window"), window_entries),
    ]
    return tuple(section for section in found if section.entries)


def _actions(
    view: ProcedureView,
    steps: Sequence[StepView],
    channels: Sequence[ChannelView],
    dates: Mapping[str, StepDate] | None,
    optional: frozenset[str] | set[str],
) -> list[Entry]:
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
        date = (dates or {}).get(step.id)
        if date is not None:
            lines.append(date_line(date))
        if step.condition:
            lines.append(Line(t("ui.condition", text=tx(step.condition)), "condition"))
        vias = [via for via in step.channels if via in chosen] or list(step.channels)
        names = [tx(view.platforms[via].name) for via in vias if via in view.platforms]
        if names:
            lines.append(Line(t("ui.step_channels", names=listing(names[:2])), "quiet"))
        if step.actor == "office":
            lines.append(Line(t("brief.office"), "quiet"))
        found.append(
            Entry(
                tx(step.title),
                "action",
                step.id,
                lines=tuple(lines),
                box=True,
                when=date,
                actor=step.actor,
            )
        )
    return found


def _bring(materials: Iterable[model.Material]) -> list[Entry]:
    found = []
    for material in materials:
        text = tx(material.name)
        if material.condition:
            text += t("ui.paren", text=tx(material.condition))
        found.append(Entry(text, "material", material.id, box=True))
    return found


def _where(view: ProcedureView, channels: Sequence[ChannelView]) -> list[Entry]:
    """The region's offices (with address and hours) first, else the offline channels."""
    places = []
    for contact, _origin in view.contacts:
        if contact.address or contact.hours:
            lines = tuple(Line(tx(value)) for value in (contact.address, contact.hours) if value)
            places.append(Entry(tx(contact.name), "place", lines=lines))
    if not places:
        seen: set[str] = set()
        for item in channels:
            if item.platform.kind == "offline" and item.platform.id not in seen:
                seen.add(item.platform.id)
                places.append(_place(item))
        if not places and channels:  # nothing to walk to: the best channel
            places.append(_place(channels[0]))
    return places[:PLACES_MAX]


def _place(item: ChannelView) -> Entry:
    clicks = item.channel.steps
    lines = (Line(tx(clicks[0])),) if clicks else ()
    return Entry(tx(item.platform.name), "place", item.platform.id, lines=lines)


def _call(view: ProcedureView, channels: Sequence[ChannelView]) -> list[Entry]:
    """The region's numbers first, then the hotlines of the channels."""
    found: list[Entry] = []
    phones: set[str] = set()
    for contact, _origin in view.contacts:
        if contact.phones and contact.phones[0] not in phones:
            phones.add(contact.phones[0])
            found.append(_number(tx(contact.name), listing(contact.phones[:2])))
    for item in channels:
        phone = item.platform.phone
        if phone and phone not in phones:
            phones.add(phone)
            found.append(_number(tx(item.platform.name), phone))
    there = [
        _number(tx(contact.name), listing(contact.phones[:2]))
        for contact, _origin in view.treated
        if contact.phones
    ]
    return found[:NUMBERS_MAX] + there[:1]  # and one number where the care happens


def _number(name: str, phone: str) -> Entry:
    if phone in name:  # "12333 人社服务热线" names its number already
        text = f"☎ {name}"
    else:
        text = t("brief.number", name=name, phone=phone)
    return Entry(text, "number", data={"name": name, "phone": phone})


def optional_steps(view: ProcedureView, conditional: Iterable[tuple[str, str]]) -> set[str]:
    """The steps of a whole procedure that apply only in some cases."""
    some = set(conditional)
    return {
        item.step.id for item in view.steps if item.step.condition or ("step", item.step.id) in some
    }


def usual_materials(
    view: ProcedureView, conditional: Iterable[tuple[str, str]]
) -> list[model.Material]:
    """The materials of a whole procedure that always apply (all of them when none does)."""
    some = set(conditional)
    proc = view.procedure
    usual = [m for m in proc.materials if not m.condition and ("material", m.id) not in some]
    return usual or list(proc.materials)
