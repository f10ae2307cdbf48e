"""The page of a wizard's outcome.

Verdicts, the short block, the answers, the waiting period, the steps with their dates, what
to bring, where to go, whom to call, what to say.
"""

from __future__ import annotations

from collections.abc import Mapping

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations
from yibao_cli.page import brief, items
from yibao_cli.page.model import Entry, Page, Section
from yibao_cli.page.waiting import lines as waiting_lines
from yibao_cli.page.words import (
    answer_text,
    ending,
    listing,
    region_entries,
    stale,
    tag_of,
    tier_tag,
    tx,
)
from yibao_cli.strings import t
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import Outcome, waiting_figures, waiting_tier
from yibao_cli.wizard.schedule import StepDate, schedule


def build(
    fitted: Fitted,
    flow: model.Flow,
    command: str = "",
    dates: Mapping[str, StepDate] | None = None,
) -> Page:
    """The page of an outcome fitted to the region.

    Args:
        fitted: The outcome with its items looked up for the region.
        flow: The flow that led there (for the questions' wording).
        command: The command that gives this outcome again without questions.
        dates: When each step is expected; by default worked out from the outcome alone
            (a saved case passes its own, counted from its done marks).
    """
    view, result = fitted.view, fitted.outcome
    proc = view.procedure
    cite = Citations(view.ledger, view.as_of)
    dates = schedule(fitted) if dates is None else dates
    intro = [*verdicts(result, cite), *region_entries(view), *items.start_entries(fitted.timeline)]
    done = set(result.done)
    window = brief.at_window(proc, result.at_window)
    short = brief.sections(
        view,
        [item for item in fitted.steps if item.step.id not in done],
        fitted.materials,
        fitted.channels,
        window,
        dates=dates,
    )
    sections = [answers(result, flow), *waiting(result, cite)]
    sections += items.body(
        view,
        fitted.steps,
        fitted.materials,
        fitted.channels,
        fitted.facts,
        fitted.notes,
        cite,
        dates=dates,
        timeline=fitted.timeline,
        recommended=True,
        ask_locally=True,
    )
    sections.append(related(fitted))
    return Page(
        kind="outcome",
        procedure=proc.id,
        title=f"{tx(proc.title)} · {tx(result.title)}",
        outcome=result.id,
        intro=tuple(intro),
        brief=short,
        sections=tuple(section for section in sections if section.entries),
        window=window,
        command=command,
        **ending(proc, cite),
        data={"fitted": fitted, "flow": flow, "dates": dates},
    )


def verdicts(result: Outcome, cite: Citations) -> list[Entry]:
    """What the outcome says about the user's case, each with its tier and tone."""
    return [
        Entry(
            tx(verdict.text),
            "verdict",
            tag=tag_of(cite, verdict),
            lines=stale(cite, verdict.sources),
            tone=verdict.tone,
            data=verdict,
        )
        for verdict in result.verdicts
    ]


def answers(result: Outcome, flow: model.Flow) -> Section:
    """The answers that led to the outcome: each question, then the answer as it was offered."""
    found = []
    for key, answer in result.answers:
        question = flow.question(key)
        if question is None:
            continue
        found.append(
            Entry(tx(question.text), "answer", key, after=(" " + answer_text(question, answer),))
        )
    return Section("answers", t("out.answers"), tuple(found))


def waiting(result: Outcome, cite: Citations) -> list[Section]:
    """What the outcome worked out from the answers: a waiting period, a break in contributions.

    The first line carries the tier that fits the result (a waiting period whose two readings
    differ is only as firm as the weaker reading; a break right on the border is 经验).
    """
    found: list[Section] = []
    wait, rule = result.waiting, result.waiting_rule
    if wait is not None and rule is not None and wait.applies:
        tier, sources = waiting_tier(wait, rule)
        lines = waiting_lines(wait, waiting_figures(rule))
        found.append(_worked("waiting", t("wait.heading"), lines, tier, sources, cite))
    gap, counted = result.continuity, result.continuity_rule
    if gap is not None and counted is not None:
        from yibao_cli.page.continuity import lines as continuity_lines

        tier = counted.border_tier if gap.border else counted.tier
        lines = continuity_lines(gap, counted.within, counted.cap)
        found.append(_worked("continuity", t("cont.heading"), lines, tier, counted.sources, cite))
    return found


def _worked(
    key: str,
    heading: str,
    lines: list[str],
    tier: model.Tier,
    sources: tuple[str, ...],
    cite: Citations,
) -> Section:
    first, *rest = lines
    tag = tier_tag(tier, cites=cite.label(sources))
    entries = [
        Entry(first, "waiting", tag=tag, lines=stale(cite, sources)),
        *(Entry(line, "waiting-detail") for line in rest),
    ]
    return Section(key, heading, tuple(entries))


def related(fitted: Fitted) -> Section:
    """Other procedures worth a look (with the command to open them, for the terminal)."""
    if fitted.related:
        entries = tuple(
            Entry(
                tx(proc.title),
                "related",
                proc.id,
                hint=t("out.related_command", how="guide" if guided else "show", id=proc.id),
            )
            for proc, guided in fitted.related
        )
    elif fitted.outcome.related:
        entries = (Entry(listing(fitted.outcome.related), "related"),)
    else:
        entries = ()
    return Section("related", t("out.related"), entries)
