"""What ``yibao estimate`` does: read the figures (or ask for them), estimate, print.

Kept apart from the command module, as the wizard glue of ``guide`` is, so that the menu can
open the estimate wizard too and one-shot commands do not pay for any of it.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Mapping
from dataclasses import fields

from yibao_cli import session
from yibao_cli.app.output import print_json, stdout
from yibao_cli.catalogue import load as loader
from yibao_cli.catalogue.model import Flow
from yibao_cli.errors import Interrupted, UsageError, YibaoError
from yibao_cli.estimate import explain
from yibao_cli.estimate.inputs import KINDS, UNKNOWN_WORDS, Raw, build
from yibao_cli.estimate.ranges import CutLimitError, Estimate, estimate
from yibao_cli.estimate.rules import WIZARD_ID, Rules, load
from yibao_cli.page.words import tx
from yibao_cli.strings import t
from yibao_cli.wizard.outcome import quote

# Wizard question id -> the figure it answers (cap-known is handled on its own).
_FIGURES = (*KINDS, "setting", "level", "elsewhere", "form")
_QUESTIONS = {name.replace("_", "-"): name for name in _FIGURES}


def rules() -> Rules:
    """The estimate's rules from the catalogue in use."""
    return load(loader.directory(session.SETTINGS.catalogue_dir))


def menu_flow() -> Flow | None:
    """The estimate wizard for the main menu; None when the catalogue has no usable one."""
    try:
        return rules().wizard
    except YibaoError:
        return None


def run(raw: Raw, json_output: bool) -> None:
    """Estimate from the figures given, or ask for them on a terminal when the bill is missing.

    Raises:
        YibaoError: A figure cannot be read or the figures contradict each other; the bill is
            missing and there is no terminal to ask on; the catalogue's rules are unusable.
    """
    found = rules()
    if raw.bill is None and _interactive():
        ask(found, raw)
        return
    show(found, raw, json_output)


def guide(args: list[str], json_output: bool) -> None:
    """``yibao guide estimate [--answer question=value …]``: the wizard, or its answers given.

    Raises:
        UsageError: An answer is not ``question=value`` or names no question of the wizard;
            the figures cannot be read; the bill is missing and there is no terminal.
    """
    found = rules()
    ids = [question.id for question in found.wizard.questions]
    given: dict[str, object] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if not sep or key.strip() not in ids:
            raise UsageError(
                t("wiz.unknown_question", id=WIZARD_ID, key=key.strip() or arg),
                (t("wiz.questions", keys="、".join(ids)),),
            )
        given[key.strip()] = value.strip()
    raw = raw_from(given)
    if raw.bill is None:
        if not _interactive():
            raise UsageError(t("est.err.no_bill_answer"))
        ask(found, raw)
        return
    show(found, raw, json_output)


def show(found: Rules, raw: Raw, json_output: bool) -> Estimate:
    """Work out and print the estimate of one set of figures."""
    limit = found.cut_limit(raw.elsewhere)
    try:
        result = estimate(build(raw, limit), limit)
    except CutLimitError as error:
        rule = found.cut_limits.rule
        source = t("ui.source", source=tx(rule.source)) if rule.source else ""
        raise UsageError(error.message, (tx(rule.text), source)) from None
    changes = explain.alternatives(result, found.cut_limit)
    notes = explain.notes(result)
    if json_output:
        from yibao_cli.render.estimate_json import estimate as as_json

        print_json(as_json(result, found, changes, notes))
        return result
    from yibao_cli.render.estimate import render

    render(stdout(), result, found, changes, notes)
    return result


def ask(found: Rules, raw: Raw) -> None:
    """Run the "估算能报多少" wizard on the terminal, then print the estimate and its command.

    Figures that do not fit together (more outside the catalogue than the bill …) are reported
    and the review screen opens again, so that one answer can be changed.

    Raises:
        Interrupted: The user pressed Ctrl-C.
    """
    from yibao_cli.app import prompt
    from yibao_cli.wizard.steps import Wizard

    flow = found.wizard
    answers: dict[str, object] = answers_from(raw)
    today = datetime.date.today()
    while True:
        try:
            done = prompt.run(Wizard(flow, today, answers))
        except KeyboardInterrupt:
            raise Interrupted(t("err.interrupted")) from None
        figures = raw_from(done.known)
        try:
            show(found, figures, False)
        except UsageError as error:
            sys.stderr.write(t("err.prefix", message=error.message) + "\n")
            answers = dict(done.known)
            continue
        stdout().print(t("est.again", command=command(figures)), soft_wrap=True)
        return


def raw_from(known: Mapping[str, object]) -> Raw:
    """The figures a finished wizard gives (answers off its path stay unknown)."""
    values: dict[str, object] = {}
    for question, name in _QUESTIONS.items():
        if question in known:
            values[name] = str(known[question])
    cap_known = known.get("cap-known")
    if cap_known == "none":
        values["cap"] = "none"
    elif cap_known == "unknown":
        values.pop("cap", None)
        values.pop("cap_used", None)
    return Raw(**values)  # type: ignore[arg-type]


def answers_from(raw: Raw) -> dict[str, object]:
    """Wizard answers for the figures already given as options."""
    answers: dict[str, object] = {}
    defaults = Raw()
    for question, name in _QUESTIONS.items():
        value = getattr(raw, name)
        if value is not None and value != getattr(defaults, name):
            answers[question] = value
    if raw.cap is not None:
        is_none = raw.cap.strip().lower() in ("none", "无", "没有")
        answers["cap-known"] = "none" if is_none else "known"
        if is_none:
            answers.pop("cap", None)
    return answers


def command(raw: Raw) -> str:
    """The ``yibao estimate`` command line that gives the same estimate without questions."""
    words = ["yibao"]
    if session.SETTINGS.catalogue_dir:
        words += ["--catalogue", session.SETTINGS.catalogue_dir]
    words.append("estimate")
    defaults = Raw()
    for field in fields(Raw):
        value = getattr(raw, field.name)
        if value is None or value == getattr(defaults, field.name):
            continue
        if str(value).strip().lower() in UNKNOWN_WORDS:
            continue
        words += [f"--{field.name.replace('_', '-')}", str(value)]
    return " ".join(quote(word) for word in words)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
