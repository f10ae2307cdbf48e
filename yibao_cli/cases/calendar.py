"""Calendar reminders for a real plan: a saved case, or the outcome of a wizard. Pure.

One event per step with a date: the user's own steps on the days they are expected, and the
latest expected day of each office step (a reminder to call and ask). A step marked done keeps
its event, moved to the day it was done and without an alarm, so that importing the file again
updates the calendar instead of leaving an old reminder behind. UIDs depend on the case (or on
the plan's answers), never on the dates, and ``SEQUENCE`` grows with every change.
"""

from __future__ import annotations

import datetime
import hashlib

from yibao_cli.cases.progress import Progress, StepState, ask_channels, channel_names
from yibao_cli.catalogue import model
from yibao_cli.dates import text as datetext
from yibao_cli.dates.ics import Reminder
from yibao_cli.strings import lang, t
from yibao_cli.wizard.fitting import Fitted


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
    title = model.text(proc.title, lang(), mark=True)
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


def _event(
    step: StepState, fitted: Fitted, title: str
) -> tuple[str, list[str], datetime.date, datetime.date, str | None] | None:
    name = model.text(step.title, lang(), mark=True)
    if step.done is not None:
        day = datetime.date.fromisoformat(step.done)
        summary = t("ics.done_summary", procedure=title, step=name)
        return summary, [t("case.done_on", day=step.done)], day, day, None
    when = step.expected
    if when is None:
        return None
    window = datetext.window(when)
    if step.actor == "you":
        summary = t("ics.you_summary", procedure=title, step=name)
        lines = [t("ics.you_when", when=window)]
        alarm = t("ics.you_alarm", step=name)
        return summary, lines, when.earliest.date, when.latest.date, alarm
    latest = when.latest.date
    lines = [t("ics.office_when", when=window, latest=datetext.day(when.latest))]
    channels = ask_channels(fitted, step.id)
    if channels:
        lines.append(t("case.ask", channels=channel_names(channels)))
    summary = t("ics.office_summary", procedure=title, step=name)
    return summary, lines, latest, latest, t("ics.office_alarm", step=name)
