"""Render saved cases: the list of cases, and one case with each step done or not."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from yibao_cli.cases.progress import Case, Progress, StepState
from yibao_cli.catalogue import model
from yibao_cli.dates import text as datetext
from yibao_cli.render.common import tx
from yibao_cli.render.console import plain_wanted
from yibao_cli.render.procedure import footer, heading, indent, region_line
from yibao_cli.strings import t
from yibao_cli.wizard.fitting import Fitted
from yibao_cli.wizard.outcome import answer_text


def next_text(step: StepState) -> str:
    """Say what comes next: 下一步：2. 等待制卡（预计 9月11日至9月22日完成）."""
    line = t("case.next", number=step.number, step=tx(step.title))
    if step.expected is not None:
        line += t("case.expected", when=datetext.window(step.expected))
    if step.overdue:
        line += " " + t("case.overdue")
    return line


def _status(case: Case, current: Progress | None, problem: str | None) -> Text:
    if problem is not None:
        return Text(t("case.status_problem"), style="bold red")
    if not case.open:
        return Text(t("case.status_closed"), style="dim")
    assert current is not None
    if current.next is None:
        return Text(t("case.status_finished"), style="green")
    if current.overdue:
        return Text(t("case.overdue"), style="bold red")
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
        following = current.next if current is not None else None
        if problem is not None:
            step, when = Text(problem, style="red"), ""
        elif following is None:
            step, when = Text(t("case.none_left")), ""
        else:
            step = Text(f"{following.number}. {tx(following.title)}")
            when = datetext.window(following.expected) if following.expected else "—"
        table.add_row(case.name, case.flow, step, when, _status(case, current, problem))
    return table


def render_case(
    console: Console, current: Progress, fitted: Fitted, flow: model.Flow, again: str
) -> None:
    """Print one case; the full checklist's command is never wrapped, so it can be copied."""
    for part in case_parts(current, fitted, flow, again):
        console.print(part, soft_wrap=isinstance(part, Text) and part.plain.endswith(again))
    for part in footer(fitted.view.procedure.reviewed.isoformat()):
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
        yield from _step(step)
    yield Text("")
    following = current.next
    if following is None:
        yield Text(t("case.all_done", name=case.name), style="green")
    else:
        yield Text(next_text(following), style="bold red" if following.overdue else "bold")
        yield Text(t("case.done_hint", name=case.name, number=following.number), style="dim")
    yield heading(t("case.full"))
    yield Text("    " + again)


def _step(step: StepState) -> Iterator[RenderableType]:
    mark = "☑" if step.done else "☐"
    yield Text.assemble((f"{mark} {step.number}. {tx(step.title)}", "bold"), f"  ({step.id})")
    if step.done:
        yield indent(Text(t("case.done_on", day=step.done), style="green"))
    elif step.expected is not None:
        style = "bold red" if step.overdue else ("yellow" if step.expected.estimated else "")
        line = t("tl.done", when=datetext.window(step.expected))
        if step.overdue:
            line += " " + t("case.overdue")
        yield indent(Text(line, style=style))
