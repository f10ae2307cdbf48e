"""Asking a wizard's questions on the terminal, for ``guide`` and ``checklist`` alike.

Ctrl-C keeps the answers given so far and says how to go on.
"""

from __future__ import annotations

import datetime

from yibao_cli import session
from yibao_cli.catalogue import model
from yibao_cli.errors import Interrupted
from yibao_cli.strings import t
from yibao_cli.wizard import answersfile
from yibao_cli.wizard.engine import Walk


def resume_command(flow_id: str, region: str | None) -> str:
    """The command that continues an interrupted wizard, in the same language and region."""
    from yibao_cli.app.context import spoken
    from yibao_cli.wizard.outcome import quote

    words = ["yibao", "guide", flow_id, "--resume"]
    if session.SETTINGS.catalogue_dir:
        words[1:1] = ["--catalogue", session.SETTINGS.catalogue_dir]
    language = spoken()
    if language:
        words[1:1] = ["--lang", language]
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
            from yibao_cli.app.context import spoken
            from yibao_cli.wizard.outcome import command

            again = command(
                flow.procedure, kept, region, session.SETTINGS.catalogue_dir, lang=spoken()
            )
            raise Interrupted(t("wiz.unsaved", command=again)) from None
        raise Interrupted(t("wiz.saved", command=resume_command(flow.procedure, region))) from None
    answersfile.clear_resume(flow.procedure)
    return done
