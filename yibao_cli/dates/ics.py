"""Calendar reminders (iCalendar, RFC 5545) for the deadlines of a timeline."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yibao_cli import __version__
from yibao_cli.catalogue import model
from yibao_cli.dates import text as datetext
from yibao_cli.dates.timeline import Timeline
from yibao_cli.regions.overlay import ProcedureView, at_most
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.catalogue.flowmodel import Window

_ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Reminder:
    """One all-day calendar event: the days a step is expected to be done.

    ``first`` and ``last`` are both included; ``uid`` stays the same when the same plan is
    exported again, so a calendar app updates the event instead of adding a copy; ``sequence``
    grows with each change of what it says. Without ``alarm`` the event gives no reminder.
    """

    uid: str
    summary: str
    description: str
    first: datetime.date
    last: datetime.date
    alarm: str | None
    sequence: int = 0


def reminders(view: ProcedureView, timeline: Timeline) -> list[Reminder]:
    """Build one reminder per step that takes time (a deadline or a pick-up window).

    Args:
        view: The procedure the timeline was planned for (titles, sources, region).
        timeline: The planned dates.

    Returns:
        The reminders, in step order.
    """
    items = {item.step.id: item for item in view.steps}
    title = model.text(view.procedure.title, lang(), mark=True)
    region = view.regions[0].code if view.regions else "cn"
    tail = []
    if view.regions:
        tail.append(t("ics.region", region=model.text(view.regions[0].name, lang(), mark=True)))
    tail += [t("tl.convention"), *datetext.closures(timeline), *datetext.warnings(timeline)]
    tail.append(t("ui.disclaimer"))
    result = []
    for entry in timeline.deadlines:
        item = items[entry.id]
        step = model.text(item.step.title, lang(), mark=True)
        assert entry.days is not None  # deadlines are the steps with a duration
        limit = at_most(item.durations)  # a time limit: remind on its last day
        lines = [
            t("ics.days", step=step, days=datetext.days(*entry.days, limit)),
            t(
                "ics.when",
                accepted=datetext.day(timeline.accepted),
                elapsed=datetext.days(*entry.elapsed),
                when=datetext.window(entry.ends),
            ),
        ]
        if len(item.durations) > 1:
            for duration in item.durations:
                cited = [view.ledger[i] for i in duration.sources if i in view.ledger]
                source = t("ui.list_sep").join(
                    model.text(item.title, lang(), mark=True) for item in cited
                )
                line = t("days.per_source", range=datetext.duration(duration))
                lines.append(line + t("ui.paren", text=source) if source else line)
        summary = "ics.summary_limit" if limit else "ics.summary"
        summary += "_estimate" if entry.ends.estimated else ""
        result.append(
            Reminder(
                uid=f"{view.procedure.id}.{entry.id}.{timeline.start.isoformat()}.{region}@yibao",
                summary=t(summary, procedure=title, step=step),
                description="\n".join(lines + ["", *tail]),
                first=entry.ends.latest.date if limit else entry.ends.earliest.date,
                last=entry.ends.latest.date,
                alarm=t("ics.alarm", step=step),
            )
        )
    return result


def window_reminder(view: ProcedureView, window: Window, day: datetime.date) -> Reminder:
    """The reminder of the next yearly window that ends on or after ``day``.

    Args:
        view: The procedure (title, region).
        window: The window: its usual last day (``MM-DD``) and what it is.
        day: Today.

    Returns:
        An all-day event from ``window.remind_days`` days before the last day to it.
    """
    month, date = (int(part) for part in window.end.split("-"))
    end = datetime.date(day.year, month, date)
    if end < day:
        end = end.replace(year=day.year + 1)
    title = model.text(view.procedure.title, lang(), mark=True)
    text = model.text(window.text, lang(), mark=True)
    region = view.regions[0].code if view.regions else "cn"
    lines = [text, f"[{window.tier}]", "", t("ui.disclaimer")]
    return Reminder(
        uid=f"{view.procedure.id}.window.{end.isoformat()}.{region}@yibao",
        summary=t("ics.window_summary", procedure=title, text=text),
        description="\n".join(lines),
        first=max(end - datetime.timedelta(days=window.remind_days), day),
        last=end,
        alarm=t("ics.window_alarm", text=text),
    )


def waiting_reminder(
    view: ProcedureView, first: datetime.date, last: datetime.date, lines: Sequence[str]
) -> Reminder:
    """The reminder of the days a waiting period may end (both readings' first days)."""
    title = model.text(view.procedure.title, lang(), mark=True)
    region = view.regions[0].code if view.regions else "cn"
    return Reminder(
        uid=f"{view.procedure.id}.waiting.{first.isoformat()}.{region}@yibao",
        summary=t("ics.wait_summary", procedure=title),
        description="\n".join([*lines, "", t("ui.disclaimer")]),
        first=first,
        last=last,
        alarm=t("ics.wait_alarm"),
    )


def calendar(items: Sequence[Reminder], stamp: datetime.datetime) -> bytes:
    """Write reminders as one iCalendar file that calendar apps can import.

    Args:
        items: The reminders.
        stamp: When the file is made (DTSTAMP), timezone-aware.

    Returns:
        The file's bytes (UTF-8, CRLF line ends as RFC 5545 asks).
    """
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//yibao//yibao {__version__}//{lang().upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", t("ics.calname"))
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp.astimezone(datetime.UTC))
        # All-day events: DTSTART and DTEND are dates, DTEND the day after the last one.
        event.add("dtstart", item.first)
        event.add("dtend", item.last + _ONE_DAY)
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy appointment
        event.add("sequence", item.sequence)
        if item.alarm is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.alarm)
            alarm.add("trigger", datetime.timedelta(hours=9))  # 9:00 on the first day
            event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
