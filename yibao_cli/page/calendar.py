"""Calendar reminders for a real plan: a saved case, or the outcome of a wizard.

One event per step with a date, from the same schedule as every page: the user's own steps on
the days they are expected; a step of the user's that waits on an office's step on that
office step's latest expected day, saying it may be ready from the earliest ("先打电话问");
each office step's latest expected day (a reminder to call and ask); a waiting period on the
days it may end. A step marked done keeps its event, moved to the day it was done and without
an alarm, so that importing the file again updates the calendar instead of leaving an old
reminder behind. UIDs depend on the case (or on the plan's answers), never on the dates, and
``SEQUENCE`` grows with every change.
"""

from __future__ import annotations

import datetime
import hashlib

from yibao_cli.cases.progress import Progress, StepState, ask_channels
from yibao_cli.dates import ics
from yibao_cli.dates import text as datetext
from yibao_cli.dates.ics import Reminder
from yibao_cli.page.waiting import lines as waiting_lines
from yibao_cli.page.words import channel_names, tx
from yibao_cli.strings import t
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import waiting_figures

Event = tuple[str, list[str], datetime.date, datetime.date, str | None]


def case_key(name: str, created: str) -> str:
    """The part of the UIDs that names a saved case: the same for the case's whole life."""
    return "case-" + hashlib.sha256(f"{name}\n{created}".encode()).hexdigest()[:16]


def plan_key(fitted: Fitted) -> str:
    """The part of the UIDs that names an unsaved plan: outcome, start date and region."""
    outcome = fitted.outcome
    region = fitted.view.place.code if fitted.view.place is not None else "cn"
    return f"{outcome.id}.{outcome.start or 'undated'}.{region}"


def reminders(current: Progress, fitted: Fitted, key: str, sequence: int = 0) -> list[Reminder]:
    """Build the reminders of a plan, in step order.

    Args:
        current: Where the plan stands (a saved case, or a new one from a wizard).
        fitted: Its outcome, fitted to the region (titles, channels).
        key: The plan's part of the UIDs (:func:`case_key` or :func:`plan_key`).
        sequence: The events' revision number (grows each time the plan changes).

    Returns:
        One reminder per step with an expected date or a done mark; none for the others.
    """
    proc = fitted.view.procedure
    title = tx(proc.title)
    tail = [t("ics.case", name=current.case.name)] if current.case.name else []
    tail += [t("tl.convention"), t("ui.disclaimer")]
    result = []
    for step in current.steps:
        made = _event(step, fitted, title)
        if made is None:
            continue
        summary, lines, first, last, alarm = made
        result.append(
            Reminder(
                uid=f"{proc.id}.{step.id}.{key}@yibao",
                summary=summary,
                description="\n".join([*lines, "", *tail]),
                first=first,
                last=last,
                alarm=alarm,
                sequence=sequence,
            )
        )
    return result


def _event(step: StepState, fitted: Fitted, title: str) -> Event | None:
    name = tx(step.title)
    if step.done is not None:
        day = datetime.date.fromisoformat(step.done)
        summary = t("ics.done_summary", procedure=title, step=name)
        return summary, [t("case.done_on", day=step.done)], day, day, None
    when = step.when
    if when is None:
        return None
    window = when.window
    if when.waiting:
        first, last = window.earliest.date, window.latest.date
        lines = [t("wait.step_ends", when=datetext.window(window))]
        return t("ics.wait_summary", procedure=title), lines, first, last, t("ics.wait_alarm")
    if step.actor == "you" and when.after is not None:
        office = when.after
        lines = [
            t(
                "ics.after_office",
                earliest=datetext.day(office.earliest),
                latest=datetext.day(office.latest),
            ),
            t("ics.you_when", when=datetext.window(window)),
        ]
        summary = t("ics.you_summary", procedure=title, step=name)
        day = office.latest.date
        return summary, lines, day, max(day, window.latest.date), t("ics.after_alarm", step=name)
    if step.actor == "you":
        summary = t("ics.you_summary", procedure=title, step=name)
        lines = [t("ics.you_when", when=datetext.window(window))]
        alarm = t("ics.you_alarm", step=name)
        return summary, lines, window.earliest.date, window.latest.date, alarm
    latest = window.latest.date
    lines = [t("ics.office_when", when=datetext.window(window), latest=datetext.day(window.latest))]
    channels = ask_channels(fitted, step.id)
    if channels:
        lines.append(t("case.ask", channels=channel_names(channels)))
    summary = t("ics.office_summary", procedure=title, step=name)
    return summary, lines, latest, latest, t("ics.office_alarm", step=name)


def outcome_reminders(fitted: Fitted, day: datetime.date) -> list[Reminder]:
    """Reminders of an outcome whose steps have no date: a waiting period's end, a yearly window."""
    result, items = fitted.outcome, []
    found, rule = result.waiting, result.waiting_rule
    if found is not None and rule is not None and found.applies:
        first, last = sorted((found.later_years.benefits_from, found.every_year.benefits_from))
        lines = waiting_lines(found, waiting_figures(rule))
        items.append(ics.waiting_reminder(fitted.view, first, last, lines))
    if result.window is not None:
        items.append(ics.window_reminder(fitted.view, result.window, day))
    return items
