"""What ``yibao guide`` does with the answers: read them, check them, ask the rest, keep them.

Kept apart from the command module so that one-shot commands, which import every command
module, do not pay for the flow engine.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from yibao_cli import session
from yibao_cli.app import context
from yibao_cli.app.asking import ask, resume_command
from yibao_cli.app.lookup import procedure_view, treated_in
from yibao_cli.app.output import STDOUT, check_writable, warn
from yibao_cli.catalogue import model
from yibao_cli.catalogue.records import Record, frozen
from yibao_cli.errors import UsageError
from yibao_cli.strings import lang, t
from yibao_cli.wizard import answersfile
from yibao_cli.wizard.engine import Walk, walk
from yibao_cli.wizard.given import (
    BadAnswer,
    Given,
    check_given,
    check_keys,
    drop_stale,
    fill_defaults,
    find_flow,
    missing,
    parse_args,
)

if TYPE_CHECKING:
    from yibao_cli.dates.ics import Reminder
    from yibao_cli.regions.overlay import ProcedureView
    from yibao_cli.wizard.fitting import Fitted
    from yibao_cli.wizard.outcome import Outcome


@frozen
class IcsTarget(Record):
    """Where ``guide --ics`` writes the plan's reminders (``-`` for stdout), and may it replace."""

    target: str
    force: bool = False


@frozen
class Request(Record):
    """What ``yibao guide`` was asked for.

    The wizard, the answers and where they come from, the region, and how to answer (JSON or
    text, a case to save, a calendar to write). The interface language is the one in use when
    the request runs (``--lang``, ``YIBAO_LANG``); commands printed for later carry it when
    the environment would not choose it.
    """

    query: str
    answer_args: tuple[str, ...] = ()
    answers_file: Path | None = None
    defaults: bool = False
    resume: bool = False
    region: str | None = None
    json_output: bool = False
    save: str | None = None
    ics: IcsTarget | None = None


def run(request: Request) -> None:
    """Run the wizard of one procedure and print the checklist that fits the answers.

    With ``save``, the result is kept as a case of that name (see ``app/saving.py``); after
    questions asked on a terminal, the user is offered to keep it. With ``ics``, the plan's
    reminders are written as an iCalendar file too (only them, for ``-``).

    Raises:
        YibaoError: Unknown procedure, unusable answers, no terminal to ask the rest, Ctrl-C.
    """
    region, ics = request.region, request.ics
    if request.save is not None:
        from yibao_cli.app import saving as cases

        cases.check_save_name(request.save)
    if ics is not None:
        if ics.target == STDOUT and request.json_output:
            raise UsageError(t("err.ics_json"))
        check_writable(ics.target, ics.force)  # fail before any question
    cat = session.catalogue()
    flow = find_flow(cat, request.query)
    day = context.today()
    given = gather(flow, request, day)
    answers = dict(given.answers)
    done = walk(flow, answers, day)
    try:
        check_given(flow, answers, done, day)
    except BadAnswer as error:
        from yibao_cli.page import questions

        raise questions.explained(error) from None
    view = procedure_view(flow.procedure, region)
    asked = done.outcome is None or (request.resume and context.interactive())
    if asked:
        if not context.interactive():
            from yibao_cli.page import questions

            todo, known = missing(flow, answers, day)
            raise UsageError(t("wiz.no_terminal"), questions.missing(flow, todo, known))
        if not request.resume and answersfile.resume_path(flow.procedure).is_file():
            warn(t("wiz.resume_available", command=resume_command(flow.procedure, region)))
        done = ask(flow, answers, day, region)
    else:
        unused = [key for key in answers if key not in done.known]
        if unused:
            warn(t("wiz.unused", keys="、".join(unused)))
    _answered(request, flow, view, done, asked, day)


def _answered(
    request: Request,
    flow: model.Flow,
    view: ProcedureView,
    done: Walk,
    asked: bool,
    day: datetime.date,
) -> None:
    """Once every answer is in: the outcome, kept, written and shown as ``run`` says."""
    # Imported here, not before the first question: a person waits for that one.
    from yibao_cli.app.output import note, print_json, stdout, write_file
    from yibao_cli.page import outcome as outcome_page
    from yibao_cli.render import jsonout
    from yibao_cli.wizard.fitting import fit
    from yibao_cli.wizard.outcome import assemble, command

    region, ics = request.region, request.ics
    cat = session.catalogue()
    result = assemble(flow, view.procedure, done)
    again = command(
        flow.procedure,
        result.answers,
        region,
        session.SETTINGS.catalogue_dir,
        lang=context.spoken(),
    )
    fitted = fit(treated_in(view, flow, result), result, cat)
    page = outcome_page.build(fitted, flow, again)
    reminders = _calendar(flow, result, fitted, day) if ics is not None else None
    if request.save is not None:
        from yibao_cli.app import saving as cases

        warn(t("case.saved", name=cases.save(request.save, flow, result, view, day)))
    if ics is not None and reminders is not None:
        path = write_file(ics.target, reminders, ics.force)
        if path is None:
            return  # the calendar went to stdout: nothing else may
        note(t("tl.written", path=path, count=reminders.count(b"BEGIN:VEVENT")))
    if request.json_output:
        print_json(jsonout.outcome(page))
        return
    from yibao_cli.render.page import render

    render(stdout(), page)
    if asked and request.save is None:
        from yibao_cli.app import saving as cases

        cases.offer(flow, result, view, day)
    if asked:  # offer a printable checklist to whoever answered on the terminal
        from yibao_cli.app import printout

        printout.offer(fitted, flow, region)


def gather(flow: model.Flow, request: Request, day: datetime.date) -> Given:
    """The answers given before any question: command line, answers file, resumed, defaults.

    Raises:
        UsageError: An answer names a question the flow does not have, or is malformed.
        NotFoundError: The answers file, or the interrupted wizard to resume, is missing.
    """
    given = Given()
    if request.answers_file is not None:
        from_file = answersfile.load(request.answers_file)
        check_keys(flow, from_file)
        given.file.update(answersfile.answered(from_file))
    given.command_line.update(parse_args(list(request.answer_args)))
    if request.resume:
        given.resumed.update(answersfile.load_resume(flow.procedure))
    check_keys(flow, dict(given.answers))
    merged = drop_stale(flow, dict(given.answers), set(given.resumed) - set(given.explicit()), day)
    for key in list(given.resumed):
        if key not in merged:
            del given.resumed[key]  # no longer fits: asked again
    if request.defaults:
        filled = dict(given.answers)
        fill_defaults(flow, filled, day)
        given.defaults.update({k: v for k, v in filled.items() if k not in given.answers})
    return given


def _calendar(flow: model.Flow, result: Outcome, fitted: Fitted, day: datetime.date) -> bytes:
    """The plan's reminders as an iCalendar file: its steps' dates, its yearly window.

    Raises:
        UsageError: The outcome has nothing with a date.
    """
    from yibao_cli.app import saving
    from yibao_cli.dates import ics
    from yibao_cli.page.calendar import outcome_reminders

    items = saving.plan_reminders(flow, result, fitted, day)
    dated_waiting = any(_is_waiting(item, fitted) for item in items)
    extra = outcome_reminders(fitted, day)
    if dated_waiting:
        extra = [item for item in extra if ".waiting." not in item.uid]
    items += extra
    if not items:
        title = model.text(fitted.view.procedure.title, lang())
        raise UsageError(t("err.ics_no_dates", title=title))
    return ics.calendar(items, datetime.datetime.now(datetime.UTC))


def _is_waiting(item: Reminder, fitted: Fitted) -> bool:
    rule = fitted.outcome.waiting_rule
    return rule is not None and rule.step is not None and f".{rule.step}." in item.uid


def no_id() -> None:
    """``yibao guide`` without an id: nothing on a terminal (the menu opens), else the list.

    Raises:
        UsageError: Not on a terminal: the wizards there are, one a line.
    """
    if context.interactive():
        return
    from yibao_cli.page.words import tx

    flows = session.catalogue().flows
    width = max((len(flow.procedure) for flow in flows), default=0)
    lines = tuple(f"  {flow.procedure:<{width}}  {tx(flow.task)}" for flow in flows)
    raise UsageError(t("guide.no_id"), lines)
