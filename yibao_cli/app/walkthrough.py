"""What ``yibao guide`` does with the answers: read them, check them, ask the rest, keep them.

Kept apart from the command module so that one-shot commands, which import every command
module, do not pay for the flow engine.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from yibao_cli import session
from yibao_cli.app import context
from yibao_cli.app.asking import ask, resume_command
from yibao_cli.app.lookup import procedure_view
from yibao_cli.app.output import (
    STDOUT,
    check_writable,
    note,
    print_json,
    stdout,
    warn,
    write_file,
)
from yibao_cli.catalogue import model
from yibao_cli.errors import UsageError
from yibao_cli.render import jsonout
from yibao_cli.strings import lang, t
from yibao_cli.wizard import answersfile
from yibao_cli.wizard.engine import (
    tx,
    walk,
)
from yibao_cli.wizard.given import (
    check_given,
    check_keys,
    drop_stale,
    fill_defaults,
    find_flow,
    missing,
    parse_args,
)
from yibao_cli.wizard.outcome import Outcome, assemble, command

if TYPE_CHECKING:
    from yibao_cli.wizard.fitting import Fitted


def run(
    query: str,
    args: list[str],
    answers_file: Path | None,
    defaults: bool,
    resume: bool,
    region: str | None,
    json_output: bool,
    save: str | None = None,
    ics: IcsTarget | None = None,
) -> None:
    """Run the wizard of one procedure and print the checklist that fits the answers.

    With ``save``, the result is kept as a case of that name (see ``app/saving.py``); after
    questions asked on a terminal, the user is offered to keep it. With ``ics``, the plan's
    reminders are written as an iCalendar file too (only them, for ``-``).

    Raises:
        YibaoError: Unknown procedure, unusable answers, no terminal to ask the rest, Ctrl-C.
    """
    if save is not None:
        from yibao_cli.app import saving as cases

        cases.check_save_name(save)
    if ics is not None:
        if ics.target == STDOUT and json_output:
            raise UsageError(t("err.ics_json"))
        check_writable(ics.target, ics.force)  # fail before any question
    cat = session.catalogue()
    flow = find_flow(cat, query)
    explicit: dict[str, object] = {}
    if answers_file is not None:
        from_file = answersfile.load(answers_file)
        check_keys(flow, from_file)
        explicit.update(answersfile.answered(from_file))
    explicit.update(parse_args(args))
    kept = answersfile.load_resume(flow.procedure) if resume else {}
    check_keys(flow, {**kept, **explicit})
    day = context.today()
    given = drop_stale(flow, {**kept, **explicit}, set(kept) - set(explicit), day)
    if defaults:
        fill_defaults(flow, given, day)
    done = walk(flow, given, day)
    check_given(flow, given, done, day)
    view = procedure_view(flow.procedure, region)
    asked = done.outcome is None or (resume and context.interactive())
    if asked:
        if not context.interactive():
            raise UsageError(t("wiz.no_terminal"), missing(flow, given, day))
        if not resume and answersfile.resume_path(flow.procedure).is_file():
            warn(t("wiz.resume_available", command=resume_command(flow.procedure, region)))
        done = ask(flow, given, day, region)
    else:
        unused = [key for key in given if key not in done.known]
        if unused:
            warn(t("wiz.unused", keys="、".join(unused)))
    result = assemble(flow, view.procedure, done)
    again = command(flow.procedure, result.answers, region, session.SETTINGS.catalogue_dir)
    from yibao_cli.wizard.fitting import fit

    fitted = fit(view, result, cat)
    reminders = _calendar(flow, result, fitted, day) if ics is not None else None
    if save is not None:
        from yibao_cli.app import saving as cases

        warn(t("case.saved", name=cases.save(save, flow, result, view, day)))
    if ics is not None and reminders is not None:
        path = write_file(ics.target, reminders, ics.force)
        if path is None:
            return  # the calendar went to stdout: nothing else may
        note(t("tl.written", path=path, count=reminders.count(b"BEGIN:VEVENT")))
    if json_output:
        print_json(jsonout.outcome(fitted, flow, again))
        return
    from yibao_cli.render.outcome import render

    render(stdout(), fitted, flow, again)
    if asked and save is None:
        from yibao_cli.app import saving as cases

        cases.offer(flow, result, view, day)
    if asked:  # offer a printable checklist to whoever answered on the terminal
        from yibao_cli.app import printout

        printout.offer(fitted, flow, region)


@dataclass(frozen=True)
class IcsTarget:
    """Where ``guide --ics`` writes the plan's reminders (``-`` for stdout), and may it replace."""

    target: str
    force: bool = False


def _calendar(flow: model.Flow, result: Outcome, fitted: Fitted, day: datetime.date) -> bytes:
    """The plan's reminders as an iCalendar file.

    Raises:
        UsageError: The outcome has no step with a date.
    """
    from yibao_cli.app import saving

    data = saving.plan_calendar(flow, result, fitted, day)
    if data is None:
        data = _outcome_calendar(result, fitted, day)
    if data is None:
        title = model.text(fitted.view.procedure.title, lang())
        raise UsageError(t("err.ics_no_dates", title=title))
    return data


def _outcome_calendar(result: Outcome, fitted: Fitted, day: datetime.date) -> bytes | None:
    """Reminders of an outcome without a timeline: a waiting period's end, a yearly window."""
    from yibao_cli.dates import ics
    from yibao_cli.dates.waitingtext import lines
    from yibao_cli.wizard.outcome import waiting_figures

    items = []
    found, rule = result.waiting, result.waiting_rule
    if found is not None and rule is not None and found.applies:
        first, last = sorted((found.later_years.benefits_from, found.every_year.benefits_from))
        items.append(
            ics.waiting_reminder(fitted.view, first, last, lines(found, waiting_figures(rule)))
        )
    if result.window is not None:
        items.append(ics.window_reminder(fitted.view, result.window, day))
    return ics.calendar(items, datetime.datetime.now(datetime.UTC)) if items else None


def no_id() -> None:
    """``yibao guide`` without an id: nothing on a terminal (the menu opens), else the list.

    Raises:
        UsageError: Not on a terminal: the wizards there are, one a line.
    """
    if context.interactive():
        return
    flows = session.catalogue().flows
    width = max((len(flow.procedure) for flow in flows), default=0)
    lines = tuple(f"  {flow.procedure:<{width}}  {tx(flow.task)}" for flow in flows)
    raise UsageError(t("guide.no_id"), lines)
