"""What ``yibao checklist`` does: fit the answers, build the checklist, write it out.

Also offers, after an interactive wizard, to save the outcome's checklist to a file. Kept apart
from the command module so that one-shot commands do not pay for the flow engine.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yibao_cli import session
from yibao_cli.app import context
from yibao_cli.app.context import start_date
from yibao_cli.app.lookup import procedure_view, treated_in
from yibao_cli.app.output import STDOUT, check_writable, note, warn, write_file
from yibao_cli.catalogue import model
from yibao_cli.errors import Interrupted, UsageError, YibaoError
from yibao_cli.page import outcome as outcome_page
from yibao_cli.page import procedure as procedure_page
from yibao_cli.page import questions
from yibao_cli.page.model import Entry, Page
from yibao_cli.render import jsonout
from yibao_cli.safety import safe, safe_data
from yibao_cli.search import lookup
from yibao_cli.strings import t
from yibao_cli.wizard import answersfile
from yibao_cli.wizard import given as answers_given
from yibao_cli.wizard.engine import Answer, walk
from yibao_cli.wizard.fitting import Fitted, fit
from yibao_cli.wizard.outcome import assemble, command, quote

FORMATS = ("text", "markdown", "html", "json")
SUFFIXES = {"text": "txt", "markdown": "md", "html": "html", "json": "json"}
_ALIASES = {"txt": "text", "md": "markdown", "htm": "html"}


@dataclass(frozen=True)
class Request:
    """What the user asked ``yibao checklist`` for."""

    query: str
    answers: list[str]
    answers_file: Path | None = None
    defaults: bool = False
    start: str | None = None
    region: str | None = None
    form: str = "text"
    output: str | None = None
    force: bool = False
    large: bool = False
    ascii_only: bool = False
    brief: bool = False


def run(request: Request) -> None:
    """Print or write the checklist a request asks for.

    Raises:
        YibaoError: Unknown procedure or format, unusable or missing answers, a bad start
            date, or a file that cannot be written.
    """
    form = fmt(request.form)
    target = request.output or STDOUT
    check_writable(target, request.force)  # fail before any work
    cat = session.catalogue()
    proc = lookup.resolve(cat, request.query)
    flow = cat.flow(proc.id)
    day = context.today()
    data: Any
    if flow is None:
        if request.answers or request.answers_file is not None:
            raise UsageError(t("cl.no_questions", id=proc.id))
        data = _whole(proc.id, request, form, day)
    elif _general(request):
        data = _whole(proc.id, request, form, day, flow)
        warn(t("gen.hint", id=proc.id, command=_guide_command(proc.id, request.region)))
    else:
        fitted = fitted_outcome(cat, flow, request, day)
        again = again_command(flow.procedure, fitted.outcome.answers, request.region, form, request)
        page = outcome_page.build(fitted, flow, again)
        if request.brief:
            data = _brief(outcome_sheet(page, request.large), form)
        elif form == "json":
            data = jsonout.outcome(page)
        else:
            data = page
    path = write_file(target, encode(data, form, request.large, request.ascii_only), request.force)
    if path is not None:
        note(t("cl.written", path=path))


def _general(request: Request) -> bool:
    """No answers given and no terminal to ask them on: the general checklist is wanted."""
    given = request.answers or request.answers_file is not None or request.defaults
    return not given and not context.interactive()


def _guide_command(proc_id: str, region: str | None) -> str:
    return command(proc_id, (), region, session.SETTINGS.catalogue_dir, verb="checklist")


def fmt(value: str) -> str:
    """Read ``--format``.

    Raises:
        UsageError: Not one of the formats (the message lists them).
    """
    form = value.strip().lower()
    form = _ALIASES.get(form, form)
    if form not in FORMATS:
        raise UsageError(t("cl.bad_format", value=value, choices="、".join(FORMATS)))
    return form


def fitted_outcome(
    cat: model.Catalogue, flow: model.Flow, request: Request, day: datetime.date
) -> Fitted:
    """Walk the flow with the answers given (and ``--start``) and fit its outcome.

    Raises:
        UsageError: Unknown, unusable or missing answers, or two different start dates.
    """
    explicit: dict[str, object] = {}
    if request.answers_file is not None:
        from_file = answersfile.load(request.answers_file)
        answers_given.check_keys(flow, from_file)
        explicit.update(answersfile.answered(from_file))
    explicit.update(answers_given.parse_args(request.answers))
    if request.start is not None and flow.start is None:
        warn(t("cl.no_start", id=flow.procedure))
    if request.start is not None and flow.start is not None:
        iso = start_date(request.start, day).isoformat()
        given = explicit.get(flow.start)
        if given is not None and _same_day(given, day) != iso:
            raise UsageError(t("cl.start_twice", start=request.start, key=flow.start, value=given))
        explicit[flow.start] = iso
    answers_given.check_keys(flow, explicit)
    answers = dict(explicit)
    if request.defaults:
        answers_given.fill_defaults(flow, answers, day)
    done = walk(flow, answers, day)
    try:
        answers_given.check_given(flow, answers, done, day)
    except answers_given.BadAnswer as error:
        raise questions.explained(error) from None
    if done.outcome is None and context.interactive():  # ask the rest, as `guide` does
        from yibao_cli.app.asking import ask

        done = ask(flow, answers, day, request.region)
        explicit = {key: value for key, value in explicit.items() if key in done.known}
    if done.outcome is None:
        raise UsageError(t("cl.missing", id=flow.procedure), missing(flow, answers, day))
    unused = [key for key in explicit if key not in done.known]
    if request.start is not None and flow.start in unused:
        unused.remove(flow.start)
        warn(t("cl.start_unused", id=flow.procedure))
    if unused:
        warn(t("wiz.unused", keys="、".join(unused)))
    view = procedure_view(flow.procedure, request.region)
    result = assemble(flow, view.procedure, done)
    return fit(treated_in(view, flow, result), result, cat)


def _same_day(given: object, today: datetime.date) -> str:
    """An answer given for the start date, as YYYY-MM-DD when it reads as a date."""
    from yibao_cli.dates import reading

    if isinstance(given, datetime.date):
        return given.isoformat()
    try:
        return reading.read(str(given), today).isoformat()
    except reading.DateTextError:
        return str(given).strip()


def missing(flow: model.Flow, answers: dict[str, object], day: datetime.date) -> tuple[str, ...]:
    """Describe the questions still to answer on the (projected) path."""
    todo, known = answers_given.missing(flow, answers, day)
    return questions.missing(flow, todo, known)[1:]


def _whole(
    proc_id: str,
    request: Request,
    form: str,
    day: datetime.date,
    flow: model.Flow | None = None,
) -> Any:
    """The checklist of a whole procedure: one without a wizard, or the general one of a flow."""
    from yibao_cli.dates import timeline as planner

    start = start_date(request.start, day) if request.start is not None else None
    view = procedure_view(proc_id, request.region)
    timeline = (
        planner.plan(start, planner.from_view(view), planner.calendar_of(view))
        if start is not None
        else None
    )
    extra = ["--start", start.isoformat()] if start is not None else []
    again = again_command(proc_id, (), request.region, form, request, extra)
    cases: dict[tuple[str, str], str] = {}
    if flow is not None:
        from yibao_cli.page.general import conditions

        cases = conditions(flow, view.procedure)
    if request.brief:
        return _brief(procedure_page.sheet(view, cases, request.large), form)
    if form == "json":
        data = {
            **jsonout.procedure(view),
            "timeline": jsonout.timeline(view, timeline) if timeline else None,
            "command": again,
        }
        if flow is not None:
            data["general"] = True
            data["conditions"] = [
                {"kind": kind, "id": item_id, "text": text}
                for (kind, item_id), text in cases.items()
            ]
        return data
    return procedure_page.general(view, timeline, again, cases if flow is not None else None)


def outcome_sheet(page: Page, large: bool = False) -> Page:
    """The one-page sheet of an outcome's page: its short block, verdicts and region first."""
    fitted = page.data["fitted"]
    verdicts = [
        Entry(entry.text, entry.kind, tone=entry.tone)
        for entry in page.intro
        if entry.kind == "verdict"
    ]
    intro = [*verdicts, *procedure_page.applied(fitted.view)]
    return procedure_page.sheet_page(
        fitted.view, page.title, page.outcome, intro, page.brief, page.window, large
    )


def _brief(sheet: Page, form: str) -> Any:
    """The one-page sheet in a format: JSON data, else the page for the writers."""
    return jsonout.sheet(sheet) if form == "json" else sheet


def again_command(
    proc_id: str,
    answers: Sequence[tuple[str, Answer]],
    region: str | None,
    form: str,
    request: Request | None = None,
    extra: Sequence[str] = (),
) -> str:
    """The ``yibao checklist`` command that prints the same checklist again."""
    words = [*extra, "--format", form]
    if request is not None and request.large and form == "html":
        words.append("--large")
    if request is not None and request.ascii_only and form in ("text", "markdown"):
        words.append("--ascii")
    line = command(proc_id, answers, region, session.SETTINGS.catalogue_dir, verb="checklist")
    return " ".join([line, *(quote(word) for word in words)])


def encode(data: Page | Any, form: str, large: bool = False, ascii_only: bool = False) -> bytes:
    """Lay the checklist (or, for ``json``, the JSON object) out in a format, as UTF-8.

    Whatever the format, the text is made safe: no terminal control, no ID number.
    """
    if form == "json":
        laid_out = jsonout.dumps(safe_data(data)) + "\n"
    elif form == "html":
        from yibao_cli.render.checklist_html import page

        laid_out = page(data, large)
    else:
        from yibao_cli.render import checklist_text

        writer = checklist_text.markdown if form == "markdown" else checklist_text.text
        laid_out = writer(data, ascii_only)
    return safe(laid_out).encode("utf-8")


def suggest(proc_id: str, form: str, day: datetime.date, home: Path | None = None) -> str:
    """A file name for a saved checklist that does not exist yet: ``~/yibao-ID-DATE.html``."""
    folder = home if home is not None else Path.home()
    stem = f"yibao-{proc_id}-{day.isoformat()}"
    suffix = SUFFIXES[form]
    name = f"{stem}.{suffix}"
    number = 1
    while (folder / name).exists():
        number += 1
        name = f"{stem}-{number}.{suffix}"
    shown = "~" if home is None else str(folder)
    return f"{shown}/{name}"


def problem(target: str) -> str | None:
    """Say why a file cannot be written there (None when it can)."""
    target = target.strip()
    if not target or target == STDOUT:
        return t("cl.save_empty")
    try:
        check_writable(target)
    except YibaoError as error:
        return error.message
    return None


def offer(fitted: Fitted, flow: model.Flow, region: str | None) -> None:
    """After a wizard's outcome, offer to save its checklist (text, Markdown or HTML)."""
    from yibao_cli.app import prompt

    day = context.today()
    choices = [(form, t(f"cl.save_{form}")) for form in FORMATS if form != "json"]
    try:
        picked = prompt.save_checklist(
            choices, lambda form: suggest(flow.procedure, form, day), problem
        )
    except KeyboardInterrupt:
        raise Interrupted(t("err.interrupted")) from None
    if picked is None:
        return
    form, target = picked
    again = again_command(flow.procedure, fitted.outcome.answers, region, form)
    try:
        path = write_file(target, encode(outcome_page.build(fitted, flow, again), form))
    except YibaoError as error:
        warn(t("cl.save_failed", message=error.message))
        return
    note(t("cl.written", path=path))
