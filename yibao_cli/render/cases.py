"""Render saved cases: the list of cases, and one case with each step done or not."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table

from yibao_cli.cases.progress import Case, Progress, StepState, ask_channels, channel_names
from yibao_cli.catalogue import model
from yibao_cli.dates import text as datetext
from yibao_cli.render.common import tx
from yibao_cli.render.console import plain_wanted
from yibao_cli.render.procedure import footer, heading, indent, region_line
from yibao_cli.render.text import Text
from yibao_cli.strings import t
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import answer_text


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
            line += t("case.expected", when=datetext.window(following.expected))
        if following.overdue:
            line += " " + t("case.overdue")
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
    return t("case.wait_line", when=datetext.window(waiting.expected), **values)


def _status(case: Case, current: Progress | None, problem: str | None) -> Text:
    if problem is not None:
        return Text(t("case.status_problem"), style="bold red")
    if not case.open:
        return Text(t("case.status_closed"), style="dim")
    assert current is not None
    if current.current is None:
        return Text(t("case.status_finished"), style="green")
    if current.overdue:
        return Text(t("case.overdue"), style="bold red")
    if current.next is None and current.late:
        return Text(t("case.status_late"), style="yellow")
    if current.next is None:
        return Text(t("case.status_waiting"))
    return Text(t("case.status_open"))


def case_table(rows: Sequence[tuple[Case, Progress | None, str | None]]) -> Table:
    """The cases: name, procedure, next step, its expected date, status."""
    plain = plain_wanted()
    table = Table(
        box=None if plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="" if plain else "bold",
    )
    for key in ("name", "flow", "next", "expected", "status"):
        table.add_column(t(f"case.col_{key}"), overflow="fold")
    table.columns[0].no_wrap = True
    for case, current, problem in rows:
        following = None
        if current is not None:
            following = current.next or current.waiting
        if problem is not None:
            step, when = Text(problem, style="red"), ""
        elif following is None:
            step, when = Text(t("case.none_left")), ""
        else:
            step = Text(f"{following.number}. {tx(following.title)}")
            if following.actor == "office":
                step.append(t("ui.paren", text=t("case.actor_office")), style="dim")
            when = datetext.window(following.expected) if following.expected else "—"
        table.add_row(case.name, case.flow, step, when, _status(case, current, problem))
    return table


def render_case(
    console: Console, current: Progress, fitted: Fitted, flow: model.Flow, again: str
) -> None:
    """Print one case; the full checklist's command is never wrapped, so it can be copied."""
    for part in case_parts(current, fitted, flow, again):
        console.print(part, soft_wrap=isinstance(part, Text) and part.plain.endswith(again))
    for part in footer(fitted.view.procedure.reviewed):
        console.print(part)


def case_parts(
    current: Progress, fitted: Fitted, flow: model.Flow, again: str
) -> Iterator[RenderableType]:
    """Yield the renderables of ``yibao case show``."""
    case = current.case
    proc = fitted.view.procedure
    yield Text.assemble(
        (t("case.title", name=case.name), "bold"),
        "  ",
        (f"{tx(proc.title)} · {tx(current.outcome.title)}", ""),
    )
    if case.closed is not None:
        yield Text(t("case.closed_on", when=case.closed[:10]), style="dim")
    yield from region_line(fitted.view)
    yield Text(t("tl.start", date=datetext.date(case.started)))
    yield heading(t("out.answers"))
    for key, answer in current.outcome.answers:
        question = flow.question(key)
        if question is not None:
            yield Text.assemble(f"{tx(question.text)} ", (answer_text(question, answer), "bold"))
    yield heading(t("ui.steps"))
    for step in current.steps:
        yield from _step(step, fitted)
    yield Text("")
    following = current.next or current.waiting
    if current.current is None:
        yield Text(t("case.all_done", name=case.name), style="green")
    elif case.open:
        style = "bold red" if current.overdue else "bold"
        yield Text(next_text(current, fitted), style=style)
        if following is not None:
            key = "case.done_hint_office" if following.actor == "office" else "case.done_hint"
            yield Text(t(key, name=case.name, number=following.number), style="dim")
    yield heading(t("case.full"))
    yield Text("    " + again)


def _step(step: StepState, fitted: Fitted) -> Iterator[RenderableType]:
    mark = "☑" if step.done else "☐"
    head = Text.assemble((f"{mark} {step.number}. {tx(step.title)}", "bold"), f"  ({step.id})")
    if step.actor == "office":
        head.append("  " + t("case.actor_office"), style="dim")
    yield head
    line = status_line(step)
    if line is not None:
        yield indent(Text(line, style=_STYLES.get(step.status, "")))
    if step.status == "late":
        platforms = ask_channels(fitted, step.id)
        if platforms:
            yield indent(Text(t("case.ask", channels=channel_names(platforms))))


_STYLES = {"done": "green", "overdue": "bold red", "late": "yellow", "later": "dim"}


def status_line(step: StepState) -> str | None:
    """The line under a step that says where it stands, e.g. 等待中，预计 9月11日至9月22日."""
    when = datetext.window(step.expected) if step.expected is not None else None
    if step.done:
        return t("case.done_on", day=step.done)
    if step.status == "waiting":
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
