"""``yibao cases`` and ``yibao case show|done|undo|next|ics|resume|close|reopen|delete``.

Follow a saved procedure.

The database module (and so ``sqlite3``) is imported only when one of these commands runs.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from yibao_cli import session
from yibao_cli.app import complete, context
from yibao_cli.app.context import read_day
from yibao_cli.app.output import check_writable, note, print_json, stdout, write_file
from yibao_cli.app.saving import opened_store
from yibao_cli.commands.base import App
from yibao_cli.commands.options import JsonOption
from yibao_cli.errors import Interrupted, NotFoundError, UsageError, YibaoError
from yibao_cli.safety import hide_private, slug
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.cases.progress import Case, Progress
    from yibao_cli.catalogue import model
    from yibao_cli.regions.overlay import ProcedureView
    from yibao_cli.wizard.fitting import Fitted

app = App(
    name="case",
    help=t("cmd.case"),
    no_args_is_help=True,
    add_completion=False,
)

NameArg = Annotated[
    str, typer.Argument(metavar="NAME", help=t("arg.case_name"), autocompletion=complete.cases)
]
StepArg = Annotated[str, typer.Argument(metavar="STEP", help=t("arg.case_step"))]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help=t("opt.yes"))]
OnOption = Annotated[
    str | None,
    typer.Option("--on", metavar="YYYY-MM-DD", help=t("opt.done_on"), show_default=False),
]


def _today() -> datetime.date:
    return context.today()


def _view(case: Case, flow: model.Flow) -> ProcedureView:
    from yibao_cli.app.lookup import procedure_view
    from yibao_cli.regions import overlay

    if case.region is None:  # saved without a region: the national answer, whatever the config
        cat = session.catalogue()
        proc = cat.procedure(flow.procedure)
        assert proc is not None, flow.procedure  # checked by cases.reach
        return overlay.view(cat, proc, as_of=context.sources_day())
    return procedure_view(flow.procedure, case.region)


def follow(case: Case) -> tuple[model.Flow, Fitted, Progress]:
    """Work out where a case stands from its answers and the current catalogue.

    Raises:
        YibaoError: The flow is gone or the answers no longer fit it.
    """
    from yibao_cli.cases import progress as cases
    from yibao_cli.wizard.fitting import fit

    cat = session.catalogue()
    flow, result = cases.reach(case, cat)
    from yibao_cli.app.lookup import treated_in

    view = treated_in(_view(case, flow), flow, result)
    fitted = fit(view, result, cat)
    steps = {item.step.id: item.step for item in view.steps}
    expected = cases.expected_dates(case, fitted)
    return flow, fitted, cases.progress(case, result, steps, expected, _today())


def list_cases(
    everything: Annotated[bool, typer.Option("--all", "-a", help=t("opt.cases_all"))] = False,
    purge: Annotated[bool, typer.Option("--purge", help=t("opt.cases_purge"))] = False,
    yes: YesOption = False,
    json_output: JsonOption = False,
) -> None:
    """List the open cases with their next step and its expected date."""
    if purge:
        _purge(yes)
        return
    from yibao_cli.cases import store as casestore
    from yibao_cli.render import jsonout

    saved: list[Case] = []
    if casestore.path().exists():  # listing never creates the database
        with opened_store() as store:
            saved = store.cases(closed=everything)
    rows = _rows(saved)
    _tell_hidden(saved)
    if json_output:
        print_json(jsonout.case_list(rows))
        return
    from yibao_cli.page.case import rows as case_rows
    from yibao_cli.render.cases import case_table

    console = stdout()
    if not rows:
        console.print(t("case.none_all" if everything else "case.none"))
        return
    console.print(case_table(case_rows(rows)))
    console.print(t("case.list_hint"), style="dim")


def show(name: NameArg, json_output: JsonOption = False) -> None:
    """Show one case: its answers, each step done or not, and the expected dates."""
    from yibao_cli.render import jsonout
    from yibao_cli.wizard.outcome import command

    with opened_store() as store:
        case = store.get(name)
    _tell_hidden([case])
    flow, fitted, current = follow(case)
    again = command(
        flow.procedure, current.outcome.answers, case.region, session.SETTINGS.catalogue_dir
    )
    from yibao_cli.page.case import build

    page = build(current, fitted, flow, again)
    if json_output:
        print_json(jsonout.case_detail(page))
        return
    from yibao_cli.render.page import render

    render(stdout(), page)


def done(name: NameArg, step: StepArg, on: OnOption = None) -> None:
    """Mark a step of a case done (by step id or its number as shown), today or ``--on`` a day.

    The steps before it are marked done too, on the same day unless they already have a date.
    """
    from yibao_cli.cases import progress as cases
    from yibao_cli.page.words import tx

    today = _today()
    day = today if on is None else read_day(on, future=False)
    with opened_store() as store:
        case = store.get(name)
        cases.check_day(case, day, today)
        current = follow(case)[2]
        chosen = cases.find_step(current, step)
        order = [item.id for item in current.steps]
        added = store.mark_done(case.key, cases.up_to(order, chosen.id), day)
        after = follow(store.get(case.key))[2]
    mine = chosen.id in added
    key = "case.already_done" if not mine else "case.marked" if day == today else "case.marked_on"
    console = stdout()
    console.print(
        t(key, name=case.name, number=chosen.number, step=tx(chosen.title), day=day.isoformat())
    )
    earlier = [str(s.number) for s in current.steps if s.id in added and s is not chosen]
    if earlier:
        console.print(t("case.marked_too", numbers="、".join(earlier), day=day.isoformat()))
    _print_next(after)


def undo(name: NameArg, step: StepArg) -> None:
    """Undo a step's done mark; the done steps after it are undone too, so the order holds."""
    from yibao_cli.cases import progress as cases
    from yibao_cli.page.words import tx

    with opened_store() as store:
        case = store.get(name)
        current = follow(case)[2]
        chosen = cases.find_step(current, step)
        if chosen.done is None:
            raise UsageError(
                t("case.not_done", name=case.name, number=chosen.number, step=tx(chosen.title))
            )
        order = [item.id for item in current.steps]
        removed = store.undo(case.key, cases.from_on(order, chosen.id))
        after = follow(store.get(case.key))[2]
    numbers = "、".join(str(item.number) for item in current.steps if item.id in removed)
    stdout().print(t("case.undone", name=case.name, numbers=numbers))
    _print_next(after)


def _print_next(current: Progress) -> None:
    from yibao_cli.page.case import next_text

    stdout().print(next_text(current))


def next_steps(
    name: Annotated[
        str | None,
        typer.Argument(metavar="[NAME]", help=t("arg.case_next"), autocompletion=complete.cases),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """One line per open case (or for the one named): what to do today, or what you wait for."""
    from yibao_cli.cases import store as casestore
    from yibao_cli.render import jsonout

    saved: list[Case] = []
    if name is not None:
        with opened_store() as store:
            saved = [store.get(name)]
    elif casestore.path().exists():  # listing never creates the database
        with opened_store() as store:
            saved = store.cases()
    _tell_hidden(saved)
    if json_output:
        print_json(jsonout.case_list(_rows(saved)))
        return
    from yibao_cli.page.case import next_text

    console = stdout()
    if not saved:
        console.print(t("case.no_open"))
    for case in saved:
        try:
            _, fitted, current = follow(case)
            text = next_text(current, fitted)
        except YibaoError as error:
            text = error.message
        console.print(t("case.next_line", name=case.name, text=text), soft_wrap=True)


def _tell_hidden(saved: list[Case]) -> None:
    """Tell how to rename each case whose stored name holds an ID or card number (on stderr)."""
    for case in saved:
        if case.hidden:
            note(t("case.name_hidden", name=case.name))


def _rows(saved: list[Case]) -> list[tuple[Case, Progress | None, str | None]]:
    rows: list[tuple[Case, Progress | None, str | None]] = []
    for case in saved:
        try:
            rows.append((case, follow(case)[2], None))
        except YibaoError as error:
            rows.append((case, None, error.message))
    return rows


def reopen(name: NameArg) -> None:
    """Reopen a closed case: it is listed again with its next step."""
    with opened_store() as store:
        changed = store.reopen_case(name)
        case = store.get(name)
    stdout().print(t("case.reopened" if changed else "case.not_closed", name=case.name))
    if changed:
        _print_next(follow(case)[2])


def calendar(
    name: NameArg,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help=t("opt.case_ics_out")),
    ] = None,
    force: Annotated[bool, typer.Option("--force", "-f", help=t("opt.force"))] = False,
) -> None:
    """Write a case's reminders as an iCalendar file: your steps, the office's latest dates."""
    from yibao_cli.dates import ics
    from yibao_cli.page import calendar as casecalendar

    with opened_store() as store:
        case = store.get(name)
    _, fitted, current = follow(case)
    target = output if output is not None else f"{slug(case.name, 'case')}.ics"
    items = casecalendar.reminders(
        current, fitted, casecalendar.case_key(case.key, case.created), _revision(case)
    )
    if not items:
        raise UsageError(t("case.ics_nothing", name=case.name))
    check_writable(target, force)
    data = ics.calendar(items, datetime.datetime.now(datetime.UTC))
    path = write_file(target, data, force)
    if path is not None:
        note(t("tl.written", path=path, count=len(items)))


def _revision(case: Case) -> int:
    """A number that grows each time the case changes: seconds from its creation to its update."""
    try:
        first = datetime.datetime.fromisoformat(case.created)
        last = datetime.datetime.fromisoformat(case.updated)
    except ValueError:
        return 0
    return max(0, int((last - first).total_seconds()))


def close(name: NameArg) -> None:
    """Close a case: it leaves the list of open cases (``yibao cases --all`` still shows it)."""
    with opened_store() as store:
        changed = store.close_case(name)
    stdout().print(t("case.closed" if changed else "case.already_closed", name=hide_private(name)))


def delete(name: NameArg, yes: YesOption = False) -> None:
    """Delete a case and its history, after a confirmation (or with ``--yes``)."""
    with opened_store() as store:
        if name not in store.names():  # a clear error before any question
            store.get(name)  # (even a case whose record is damaged can be deleted)
        if not yes:
            _confirm(t("case.delete_confirm", name=hide_private(name)))
        store.delete(name)
    stdout().print(t("case.deleted", name=hide_private(name)))


def rename(
    name: NameArg,
    new: Annotated[str, typer.Argument(metavar="NEW", help=t("arg.case_new_name"))],
) -> None:
    """Give a case another name (the name shown, hidden or not, finds it)."""
    with opened_store() as store:
        old = store.get(name).name
        renamed = store.rename(name, new)
    stdout().print(t("case.renamed", old=old, name=renamed))


def resume(name: NameArg) -> None:
    """Reopen a case's wizard at the review screen; save the changed answers."""
    from yibao_cli.wizard.given import drop_stale
    from yibao_cli.wizard.outcome import assemble
    from yibao_cli.wizard.steps import Wizard

    if not context.interactive():
        raise UsageError(
            t("case.resume_no_terminal", name=hide_private(name)), (t("case.resume_instead"),)
        )
    with opened_store() as store:
        case = store.get(name)
    cat = session.catalogue()
    flow = cat.flow(case.flow)
    if flow is None or cat.procedure(case.flow) is None:
        raise NotFoundError(t("case.flow_gone", name=case.name, id=case.flow))
    from yibao_cli.app import prompt

    day = _today()
    answers: dict[str, object] = dict(case.answers)
    given = drop_stale(flow, answers, set(answers), day)
    try:
        finished = prompt.run(Wizard(flow, day, given))
    except KeyboardInterrupt:
        raise Interrupted(t("case.resume_interrupted", name=case.name)) from None
    view = _view(case, flow)
    result = assemble(flow, view.procedure, finished)
    from yibao_cli.cases import progress as cases

    started = cases.start_of(result, case.started)
    begins = dataclasses.replace(case, started=started).begins
    kept, cleared = cases.kept_marks(case, result.steps, begins)
    steps = {item.step.id: item.step for item in view.steps}
    implied = [s for s in cases.implied_done(result, steps, started, day) if s not in kept]
    changed = result.answers != case.answers or started != case.started
    with opened_store() as store:
        store.update_answers(case.key, result.answers, started, day, cleared, implied)
        case = store.get(case.key)
    show(case.key)
    note(t("case.updated", name=case.name))
    numbers = {item.id: str(item.number) for item in follow(case)[2].steps}
    if kept and (changed or cleared or implied):
        note(t("case.kept_marks", numbers="、".join(numbers[s] for s in kept)))
    if cleared:
        note(t("case.cleared_marks", steps="、".join(cleared)))
    if implied:
        when = min(started, day).isoformat()
        note(t("case.implied", numbers="、".join(numbers[s] for s in implied), day=when))


def _purge(yes: bool) -> None:
    from yibao_cli.cases import store as casestore

    with opened_store() as store:
        count = len(store.names())
        copies = casestore.leftovers()
        if not yes:
            _confirm(t("case.purge_confirm", count=count, path=casestore.path()))
        removed = store.purge()
    for copy in copies:
        copy.unlink(missing_ok=True)
    stdout().print(t("case.purged", count=removed, copies=len(copies)))


def _confirm(message: str) -> None:
    """Ask before deleting; without a terminal, ``--yes`` is needed.

    Raises:
        UsageError: Not on a terminal.
        Interrupted: The user said no or pressed Ctrl-C (nothing is deleted).
    """
    if not context.interactive():
        raise UsageError(t("case.confirm_no_terminal"))
    from yibao_cli.app import prompt

    try:
        agreed = prompt.confirm(message)
    except KeyboardInterrupt:
        agreed = False
    if not agreed:
        raise Interrupted(t("case.kept"))
