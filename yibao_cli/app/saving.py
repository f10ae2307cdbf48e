"""Keeping a finished wizard as a saved case: the name check, the save, the offer on a terminal."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from yibao_cli.app.output import note
from yibao_cli.errors import Interrupted, UsageError
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.cases.progress import Case
    from yibao_cli.cases.store import Store
    from yibao_cli.catalogue import model
    from yibao_cli.dates.ics import Reminder
    from yibao_cli.regions.overlay import ProcedureView
    from yibao_cli.wizard.fitting import Fitted
    from yibao_cli.wizard.outcome import Outcome


@contextmanager
def opened_store() -> Iterator[Store]:
    """Open the cases database for one command, telling the user of any repair on stderr."""
    from yibao_cli.cases import store as casestore

    with casestore.opened(_notice) as store:
        yield store


def _notice(message: object) -> None:
    # Never wrapped: the message names files the user may want to copy.
    from yibao_cli.render.console import make_console

    make_console(stderr=True).print(str(message), style="yellow", soft_wrap=True)


def save(
    name: str, flow: model.Flow, result: Outcome, view: ProcedureView, day: datetime.date
) -> str:
    """Save a finished wizard as a new case; return its name.

    Raises:
        UsageError: The name is taken or invalid, or an answer looks like an ID or card number.
        YibaoError: The database cannot be written (nothing is saved).
    """
    from yibao_cli.cases import progress as cases

    checked = cases.check_name(name)
    cases.check_private(result.answers)
    case = new_case(checked, flow, result, view, day)
    with opened_store() as store:
        store.add(case)
    if case.done:
        numbers = {step_id: str(n) for n, step_id in enumerate(result.steps, 1)}
        marked = "、".join(numbers[step_id] for step_id, _ in case.done)
        note(t("case.implied", numbers=marked, day=case.done[0][1]))
    return checked


def new_case(
    name: str, flow: model.Flow, result: Outcome, view: ProcedureView, day: datetime.date
) -> Case:
    """The case a finished wizard makes, with the steps its answers say are done."""
    from yibao_cli.cases import progress as cases
    from yibao_cli.cases import store as casestore

    stamp = casestore.now()
    started = cases.start_of(result, day)
    steps = {item.step.id: item.step for item in view.steps}
    when = min(started, day).isoformat()
    return cases.Case(
        name=name,
        flow=flow.procedure,
        region=view.place.code if view.place is not None else None,
        answers=result.answers,
        started=started,
        asked=day,
        created=stamp,
        updated=stamp,
        done=tuple((step_id, when) for step_id in cases.implied_done(result, steps, started, day)),
    )


def plan_reminders(
    flow: model.Flow, result: Outcome, fitted: Fitted, day: datetime.date
) -> list[Reminder]:
    """The reminders of a wizard's outcome, as if saved as a case today (none: no dates)."""
    from yibao_cli.cases import progress as cases
    from yibao_cli.page import calendar as casecalendar

    case = new_case("", flow, result, fitted.view, day)
    steps = {item.step.id: item.step for item in fitted.view.steps}
    current = cases.progress(case, result, steps, cases.expected_dates(case, fitted), day)
    return casecalendar.reminders(current, fitted, casecalendar.plan_key(fitted))


def offer(flow: model.Flow, result: Outcome, view: ProcedureView, day: datetime.date) -> None:
    """After a wizard on a terminal: offer to save it as a case under a suggested name."""
    from yibao_cli.app import prompt
    from yibao_cli.cases import progress as cases

    with opened_store() as store:
        taken = store.names()

    def check(text: str) -> str | None:
        try:
            chosen = cases.check_name(text)
        except UsageError as error:
            return error.message
        return t("case.exists", name=chosen) if chosen in taken else None

    try:
        name = prompt.offer_case(cases.default_name(flow.procedure, taken), check)
    except KeyboardInterrupt:
        raise Interrupted(t("case.not_saved")) from None
    if name is not None:
        saved = save(name, flow, result, view, day)
        note(t("case.saved", name=saved))


def check_save_name(name: str) -> None:
    """Check a ``--save`` name before the wizard's work is done.

    Raises:
        UsageError: The name is invalid.
    """
    from yibao_cli.cases import progress as cases

    cases.check_name(name)
