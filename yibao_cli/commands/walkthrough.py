"""What ``yibao guide`` does with the answers: read them, check them, ask the rest, keep them.

Kept apart from the command module so that one-shot commands, which import every command
module, do not pay for the flow engine.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path

from yibao_cli import answersfile, jsonout, model, session
from yibao_cli import catalogue as loader
from yibao_cli.commands import guide as command_module
from yibao_cli.commands.lookup import procedure_view
from yibao_cli.commands.output import print_json, stdout, warn
from yibao_cli.errors import Interrupted, NotFoundError, UsageError
from yibao_cli.flows import (
    Answer,
    AnswerError,
    Walk,
    allowed_values,
    default,
    parse,
    plan,
    tx,
    walk,
)
from yibao_cli.outcome import assemble, command, quote
from yibao_cli.strings import t


def run(
    query: str,
    args: list[str],
    answers_file: Path | None,
    defaults: bool,
    resume: bool,
    region: str | None,
    json_output: bool,
    save: str | None = None,
) -> None:
    """Run the wizard of one procedure and print the checklist that fits the answers.

    With ``save``, the result is kept as a case of that name (see ``commands/cases.py``); after
    questions asked on a terminal, the user is offered to keep it.

    Raises:
        YibaoError: Unknown procedure, unusable answers, no terminal to ask the rest, Ctrl-C.
    """
    if save is not None:
        from yibao_cli.commands import cases

        cases.check_save_name(save)
    cat = session.catalogue()
    flow = find_flow(cat, query)
    explicit: dict[str, object] = {}
    if answers_file is not None:
        explicit.update(answersfile.load(answers_file))
    explicit.update(parse_args(args))
    kept = answersfile.load_resume(flow.procedure) if resume else {}
    check_keys(flow, {**kept, **explicit})
    day = command_module.today()
    given = drop_stale(flow, {**kept, **explicit}, set(kept) - set(explicit), day)
    if defaults:
        fill_defaults(flow, given, day)
    done = walk(flow, given, day)
    check_given(flow, given, done, day)
    view = procedure_view(flow.procedure, region)
    asked = done.outcome is None or (resume and command_module.interactive())
    if asked:
        if not command_module.interactive():
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
    from yibao_cli.fitting import fit

    fitted = fit(view, result, cat)
    if save is not None:
        from yibao_cli.commands import cases

        warn(t("case.saved", name=cases.save(save, flow, result, view, day)))
    if json_output:
        print_json(jsonout.outcome(fitted, flow, again))
        return
    from yibao_cli.render.outcome import render

    render(stdout(), fitted, flow, again)
    if asked and save is None:
        from yibao_cli.commands import cases

        cases.offer(flow, result, view, day)
    if asked:  # offer a printable checklist to whoever answered on the terminal
        from yibao_cli.commands import printout

        printout.offer(fitted, flow, region)


def find_flow(cat: model.Catalogue, query: str) -> model.Flow:
    """Resolve an id or alias to a procedure that has a wizard.

    Raises:
        NotFoundError: No such procedure, or it has no wizard (the message lists those that do).
    """
    proc = loader.resolve(cat, query)
    flow = cat.flow(proc.id)
    if flow is None:
        listed = tuple(f"  {f.procedure}  {tx(f.task)}" for f in cat.flows)
        raise NotFoundError(t("wiz.no_flow", id=proc.id), (t("wiz.see_show", id=proc.id), *listed))
    return flow


def parse_args(args: list[str]) -> dict[str, object]:
    """Split ``--answer key=value`` arguments.

    Raises:
        UsageError: An argument has no ``=`` or no key.
    """
    given: dict[str, object] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if not sep or not key.strip():
            raise UsageError(t("wiz.bad_answer_arg", arg=arg))
        given[key.strip()] = value
    return given


def check_keys(flow: model.Flow, given: dict[str, object]) -> None:
    """Refuse answers to questions the flow does not have (usually a typo).

    Raises:
        UsageError: Naming the unknown key and listing the flow's questions.
    """
    ids = [question.id for question in flow.questions]
    for key in given:
        if key not in ids:
            raise UsageError(
                t("wiz.unknown_question", id=flow.procedure, key=key),
                (t("wiz.questions", keys="、".join(ids)),),
            )


def drop_stale(
    flow: model.Flow, given: dict[str, object], saved: set[str], day: datetime.date
) -> dict[str, object]:
    """Forget saved answers (from ``--resume``) that no longer fit, so they are asked again.

    A saved date may have fallen out of range, or the catalogue may have changed since.
    """
    for _ in flow.questions:
        pending = walk(flow, given, day).pending
        if pending is None or pending.id not in saved or pending.id not in given:
            break
        del given[pending.id]
    return given


def resume_command(flow_id: str, region: str | None) -> str:
    """The command that continues an interrupted wizard."""
    words = ["yibao", "guide", flow_id, "--resume"]
    if session.SETTINGS.catalogue_dir:
        words[1:1] = ["--catalogue", session.SETTINGS.catalogue_dir]
    if region:
        words += ["--region", region]
    return " ".join(quote(word) for word in words)


def fill_defaults(flow: model.Flow, given: dict[str, object], day: datetime.date) -> None:
    """Give every question on the path that has no usable answer its default answer."""
    for _ in flow.questions:
        current = walk(flow, given, day)
        pending = current.pending
        if pending is None or pending.id in given:
            return  # finished, or an invalid answer that check_given reports
        guess = default(pending, current.known, day)
        if guess is None:
            return  # no default (free text): reported as missing
        given[pending.id] = guess


def check_given(flow: model.Flow, given: dict[str, object], done: Walk, day: datetime.date) -> None:
    """Report the first answer given that does not fit its question.

    Raises:
        UsageError: With the allowed values.
    """
    pending = done.pending
    if pending is None or pending.id not in given:
        return
    try:
        parse(pending, given[pending.id], done.known, day)
    except AnswerError as error:
        value = given[pending.id]
        if isinstance(value, bool):
            shown: object = "yes" if value else "no"
        elif isinstance(value, list | tuple):
            shown = ",".join(map(str, value))
        else:
            shown = value
        raise UsageError(
            t("wiz.bad_answer", id=pending.id, value=shown, message=error.message),
            tuple(describe(pending, done.known)),
        ) from None


def describe(question: model.Question, known: Mapping[str, Answer]) -> list[str]:
    """Lines naming a question and what it accepts."""
    lines = [t("wiz.missing_item", id=question.id, text=tx(question.text))]
    pairs = allowed_values(question, known)
    if pairs:
        values = " | ".join(f"{value}（{label}）" for value, label in pairs)
        lines.append(t("wiz.allowed", values=values))
    else:
        rule = question.validator
        hint = {"date": t("wiz.free_date")}.get(question.kind, t("wiz.free_text"))
        if rule is not None and rule.kind == "integer":
            hint = t("wiz.free_integer")
            if rule.min is not None and rule.max is not None:
                hint += f" {rule.min}–{rule.max}"
        lines.append(t("wiz.free", hint=hint))
    return lines


def missing(flow: model.Flow, given: dict[str, object], day: datetime.date) -> tuple[str, ...]:
    """Describe the questions still to answer on the (projected) path, and the form to use."""
    current = walk(flow, given, day)
    todo = [q for q in plan(flow, given, day) if q.id not in current.known]
    lines = [t("wiz.noninteractive", id=flow.procedure), t("wiz.missing", count=len(todo))]
    for question in todo:
        lines.extend("  " + line for line in describe(question, current.known))
    return tuple(lines)


def ask(
    flow: model.Flow, given: dict[str, object], day: datetime.date, region: str | None = None
) -> Walk:
    """Run the wizard on the terminal; keep the answers and say how to resume on Ctrl-C.

    Raises:
        Interrupted: The user pressed Ctrl-C.
    """
    from yibao_cli import prompt
    from yibao_cli.wizard import Wizard

    wizard = Wizard(flow, day, given)
    try:
        done = prompt.run(wizard)
    except KeyboardInterrupt:
        kept = wizard.kept()
        if not kept:
            raise Interrupted(t("err.interrupted")) from None
        try:
            answersfile.save_resume(flow.procedure, kept)
        except OSError:
            again = command(flow.procedure, kept, region, session.SETTINGS.catalogue_dir)
            raise Interrupted(t("wiz.unsaved", command=again)) from None
        raise Interrupted(t("wiz.saved", command=resume_command(flow.procedure, region))) from None
    answersfile.clear_resume(flow.procedure)
    return done


def menu() -> str | None:
    """Offer every wizard; return the procedure chosen, or None.

    Raises:
        Interrupted: The user pressed Ctrl-C.
    """
    from yibao_cli import prompt

    cat = session.catalogue()
    try:
        return prompt.menu([(flow.procedure, tx(flow.task)) for flow in cat.flows])
    except KeyboardInterrupt:
        raise Interrupted(t("err.interrupted")) from None
