"""The pages of saved cases: one case, the line saying what comes next, the list of cases.

A case's steps, materials and contacts are the same entries as its outcome's page, with the
case's own dates (counted again from its done marks) and each step's state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from yibao_cli.cases.progress import Case, Progress, StepState, ask_channels
from yibao_cli.catalogue import model
from yibao_cli.dates import text as datetext
from yibao_cli.page import outcome as outcome_page
from yibao_cli.page.model import Entry, Line, Page, Section
from yibao_cli.page.words import channel_names, region_entries, tx
from yibao_cli.strings import t
from yibao_cli.wizard.fitting import Fitted


def build(current: Progress, fitted: Fitted, flow: model.Flow, command: str) -> Page:
    """The page of one case: where each step stands, what comes next, what to bring."""
    case = current.case
    dates = {step.id: step.when for step in current.steps if step.when is not None}
    full = outcome_page.build(fitted, flow, command, dates)
    states = {step.id: step for step in current.steps}
    steps = tuple(
        _step(entry, states[entry.id], fitted) if entry.id in states else entry
        for entry in full.entries("steps")
        if entry.kind == "step"
    )
    intro: list[Entry] = []
    if case.closed is not None:
        intro.append(Entry(t("case.closed_on", when=case.closed[:10]), "closed"))
    intro += region_entries(fitted.view)
    intro.append(Entry(t("tl.start", date=datetext.date(case.started)), "start"))
    sections = [
        full.section("answers"),
        Section("steps", t("ui.steps"), steps),
        Section("next", "", tuple(_next(current, fitted))),
        full.section("materials"),
        full.section("contacts"),
    ]
    return replace(
        full,
        kind="case",
        title=t("case.title", name=case.name),
        subtitle=full.title,
        intro=tuple(intro),
        brief=(),
        sections=tuple(section for section in sections if section is not None and section.entries),
        data={**full.data, "progress": current},
    )


def _step(entry: Entry, step: StepState, fitted: Fitted) -> Entry:
    mark = "☑" if step.done else "☐"
    lines = []
    line = status_line(step)
    if line is not None:
        lines.append(Line(line, "status" if step.status != "late" else "late"))
    if step.status == "late":
        platforms = ask_channels(fitted, step.id)
        if platforms:
            lines.append(Line(t("case.ask", channels=channel_names(platforms))))
    return replace(
        entry,
        text=f"{mark} {step.number}. {tx(step.title)}",
        kind="case-step",
        tag=None,
        after=(),
        lines=tuple(lines),
        box=False,
        status=step.status,
        done=step.done,
        hint=f"({step.id})" + ("  " + t("case.actor_office") if step.actor == "office" else ""),
    )


def _next(current: Progress, fitted: Fitted) -> list[Entry]:
    case = current.case
    if current.current is None:
        return [Entry(t("case.all_done", name=case.name), "all-done", tone="ok")]
    if not case.open:
        return []
    found = [Entry(next_text(current, fitted), "next", tone="stop" if current.overdue else "")]
    following = current.next or current.waiting
    if following is not None:
        key = "case.done_hint" if following.actor == "you" else "case.done_hint_office"
        found.append(Entry(t(key, name=case.name, number=following.number), "hint"))
    return found


def next_text(current: Progress, fitted: Fitted | None = None) -> str:
    """Say what comes next: the user's move, or what they wait for and until when.

    下一步：2. 准备补办材料（预计 9月2日 完成）, or 等待中：5. 等待制卡，预计 9月11日至9月22日;
    past an office's latest date, with ``fitted``, also where to ask how it is going.
    """
    case = current.case
    if not case.open:
        return t("case.status_closed")
    following = current.next
    if following is not None:
        line = t("case.next", number=following.number, step=tx(following.title))
        if following.expected is not None:
            line += t("case.expected", when=when_words(following))
        if following.overdue:
            line += " " + t("case.overdue")
        pending = next((s for s in current.steps if s.waiting_period and not s.done), None)
        if pending is not None and pending.expected is not None:
            line += t("case.also_waiting", when=when_words(pending))
        return line
    waiting = current.waiting
    if waiting is None:
        return t("case.all_done", name=case.name)
    values = {"number": waiting.number, "step": tx(waiting.title)}
    if waiting.expected is None:
        return t("case.wait_line_undated", **values)
    if waiting.status == "late":
        line = t("case.late_line", when=datetext.day(waiting.expected.latest), **values)
        platforms = ask_channels(fitted, waiting.id) if fitted is not None else ()
        if platforms:
            line += t("case.ask_after", channels=channel_names(platforms))
        return line
    return t("case.wait_line", when=when_words(waiting), **values)


def when_words(step: StepState) -> str:
    """When a step is expected, in words: one day, a range, or for a time limit its last day."""
    assert step.when is not None
    if step.when.limit:
        return datetext.day(step.when.window.latest)
    return datetext.window(step.when.window)


def status_line(step: StepState) -> str | None:
    """The line under a step that says where it stands, e.g. 等待中，预计 9月11日至9月22日."""
    when = when_words(step) if step.expected is not None else None
    if step.done:
        return t("case.done_on", day=step.done)
    if step.status == "waiting":
        if step.waiting_period and when:
            return t("wait.step_ends", when=when)
        return t("case.waiting", when=when) if when else None
    if step.status == "late":
        assert step.expected is not None
        return t("case.late", when=datetext.day(step.expected.latest))
    if step.status == "later":
        return t("case.later", when=when) if when else t("case.later_undated")
    if when is None:
        return t("case.due_undated")
    line = t("tl.done", when=when)
    return line + " " + t("case.overdue") if step.overdue else line


@dataclass(frozen=True)
class Row:
    """One row of the list of cases, in words; ``status_key`` says how to style the status."""

    name: str
    flow: str
    step: str
    office: str
    when: str
    status: str
    status_key: str
    problem: bool = False


def rows(items: list[tuple[Case, Progress | None, str | None]]) -> list[Row]:
    """The list of cases: name, procedure, next step, its expected date, status."""
    found = []
    for case, current, problem in items:
        status_key = _status(case, current, problem)
        status = t(f"case.{status_key}") if status_key != "status_problem" else ""
        if problem is not None:
            found.append(Row(case.name, case.flow, problem, "", "", t("case.status_problem"),
                             "status_problem", True))  # fmt: skip
            continue
        following = (current.next or current.waiting) if current is not None else None
        if following is None:
            found.append(Row(case.name, case.flow, t("case.none_left"), "", "", status, status_key))
            continue
        office = t("ui.paren", text=t("case.actor_office")) if following.actor == "office" else ""
        when = when_words(following) if following.expected else "—"
        step = f"{following.number}. {tx(following.title)}"
        found.append(Row(case.name, case.flow, step, office, when, status, status_key))
    return found


def _status(case: Case, current: Progress | None, problem: str | None) -> str:
    if problem is not None:
        return "status_problem"
    if not case.open:
        return "status_closed"
    assert current is not None
    if current.current is None:
        return "status_finished"
    if current.overdue:
        return "overdue"
    if current.next is None and current.late:
        return "status_late"
    if current.next is None:
        waiting = current.waiting
        return (
            "status_in_waiting_period" if waiting and waiting.waiting_period else "status_waiting"
        )
    return "status_open"
