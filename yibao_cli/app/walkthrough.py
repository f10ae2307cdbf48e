"""What ``yibao guide`` does with the answers: read them, check them, ask the rest, keep them.

Kept apart from the command module so that one-shot commands, which import every command
module, do not pay for the flow engine.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from yibao_cli import session
from yibao_cli.app import context
from yibao_cli.app.lookup import procedure_view
from yibao_cli.app.output import print_json, stdout, warn
from yibao_cli.catalogue import model
from yibao_cli.errors import Interrupted, UsageError
from yibao_cli.render import jsonout
from yibao_cli.strings import t
from yibao_cli.wizard import answersfile
from yibao_cli.wizard.engine import (
    Walk,
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
from yibao_cli.wizard.outcome import assemble, command, quote


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

    With ``save``, the result is kept as a case of that name (see ``app/saving.py``); after
    questions asked on a terminal, the user is offered to keep it.

    Raises:
        YibaoError: Unknown procedure, unusable answers, no terminal to ask the rest, Ctrl-C.
    """
    if save is not None:
        from yibao_cli.app import saving as cases

        cases.check_save_name(save)
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
    if save is not None:
        from yibao_cli.app import saving as cases

        warn(t("case.saved", name=cases.save(save, flow, result, view, day)))
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


def resume_command(flow_id: str, region: str | None) -> str:
    """The command that continues an interrupted wizard."""
    words = ["yibao", "guide", flow_id, "--resume"]
    if session.SETTINGS.catalogue_dir:
        words[1:1] = ["--catalogue", session.SETTINGS.catalogue_dir]
    if region:
        words += ["--region", region]
    return " ".join(quote(word) for word in words)


def ask(
    flow: model.Flow, given: dict[str, object], day: datetime.date, region: str | None = None
) -> Walk:
    """Run the wizard on the terminal; keep the answers and say how to resume on Ctrl-C.

    Raises:
        Interrupted: The user pressed Ctrl-C.
    """
    from yibao_cli.app import prompt
    from yibao_cli.wizard.steps import Wizard

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
    from yibao_cli.app import prompt
    from yibao_cli.app.estimate import menu_flow

    flows = list(session.catalogue().flows)
    extra = menu_flow()
    if extra is not None:  # the estimate wizard, in its place by order
        flows.append(extra)
        flows.sort(key=lambda flow: flow.order)
    try:
        return prompt.menu([(flow.procedure, tx(flow.task)) for flow in flows])
    except KeyboardInterrupt:
        raise Interrupted(t("err.interrupted")) from None
