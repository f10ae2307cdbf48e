"""The root command: global options, the commands mounted on it, and the one error handler."""

import os
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from yibao_cli import __version__, session
from yibao_cli.app import context
from yibao_cli.commands import cases as cases_command
from yibao_cli.commands import (
    channels,
    checklist,
    explain,
    guide,
    listing,
    search,
    show,
    timeline,
    validate,
)
from yibao_cli.commands import config as config_command
from yibao_cli.commands import regions as regions_command
from yibao_cli.commands.base import App
from yibao_cli.errors import ExitCode, Interrupted, YibaoError
from yibao_cli.strings import lang_from_env, retranslate, set_lang, t

# Before the commands are built, so that their help follows YIBAO_LANG / LANG.
set_lang(lang_from_env(os.environ))

app = App(
    name="yibao",
    help=t("app.help"),
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"yibao {__version__}\n")
        raise typer.Exit()


class Lang(StrEnum):
    """The values ``--lang`` accepts."""

    zh = "zh"
    en = "en"


def _lang(ctx: typer.Context, value: Lang | None) -> Lang | None:
    # Eager, so that `yibao --lang en --help` already speaks English.
    set_lang(value.value if value else lang_from_env(os.environ))
    _retranslate_help(ctx.find_root().command, app)
    return value


def _retranslate_help(command: Any, typer_app: App | None = None) -> None:
    made = getattr(command, "help_text", None) or (typer_app.help_text if typer_app else None)
    if made is not None:
        command.help = retranslate(made)
    for param in getattr(command, "params", ()):
        if isinstance(getattr(param, "help", None), str):
            param.help = retranslate(param.help)
    for name, sub in getattr(command, "commands", {}).items():
        _retranslate_help(sub, typer_app.groups.get(name) if typer_app else None)


def hoist_lang(argv: list[str]) -> list[str]:
    """Move ``--lang X`` to the front, so that it works after any command as well.

    Args:
        argv: The arguments after the program name.

    Returns:
        The same arguments with every ``--lang`` option (and its value) first.
    """
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest.extend(argv[index:])
            break
        if arg.startswith("--lang="):
            front.append(arg)
        elif arg == "--lang" and index + 1 < len(argv):
            front.extend(argv[index : index + 2])
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front + rest


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    catalogue: Annotated[
        str | None,
        typer.Option("--catalogue", metavar="DIR", help=t("opt.catalogue"), show_default=False),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help=t("opt.debug"))] = False,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            metavar="zh|en",
            callback=_lang,
            is_eager=True,
            help=t("opt.lang"),
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help=t("opt.version")),
    ] = False,
) -> None:
    """Set the options that apply to every command; alone on a terminal, open the menu."""
    session.SETTINGS.catalogue_dir = catalogue
    session.SETTINGS.debug = debug
    if ctx.invoked_subcommand is not None:
        return
    if context.interactive():
        guide.menu()
        return
    # Not on a terminal: show the help, as before there was a menu.
    typer.echo(ctx.get_help(), err=True)
    raise typer.Exit(ExitCode.USAGE)


app.command("guide", help=t("cmd.guide"))(guide.guide)
app.command("checklist", help=t("cmd.checklist"))(checklist.checklist)
app.command("list", help=t("cmd.list"))(listing.list_procedures)
app.command("show", help=t("cmd.show"))(show.show)
app.command("channels", help=t("cmd.channels"))(channels.channels)
for _name, _procedure in (
    ("balance-channels", "balance"),
    ("card-number-channels", "card-number"),
    ("location-channels", "insured-location"),
):
    app.command(_name, help=t("cmd.shortcut", id=_procedure))(channels.shortcut(_procedure))
app.command("search", help=t("cmd.search"))(search.search)
app.command("timeline", help=t("cmd.timeline"))(timeline.timeline)
app.command("regions", help=t("cmd.regions"))(regions_command.list_regions)
app.command("explain-number", help=t("cmd.explain_number"))(explain.explain_number)
app.command("validate", help=t("cmd.validate"))(validate.validate)
app.add_typer(config_command.app, name="config", help=t("cmd.config"))
app.command("cases", help=t("cmd.cases"))(cases_command.list_cases)
for _name, _command in (
    ("show", cases_command.show),
    ("done", cases_command.done),
    ("resume", cases_command.resume),
    ("undo", cases_command.undo),
    ("close", cases_command.close),
    ("reopen", cases_command.reopen),
    ("next", cases_command.next_steps),
    ("ics", cases_command.calendar),
    ("delete", cases_command.delete),
):
    cases_command.app.command(_name, help=t(f"cmd.case_{_name}"))(_command)
app.add_typer(cases_command.app, name="case", help=t("cmd.case"))


def report(error: YibaoError) -> None:
    """Print a user-facing error on stderr."""
    from yibao_cli.render.console import make_console

    console = make_console(stderr=True)
    if isinstance(error, Interrupted):
        console.print(error.message, style="yellow", soft_wrap=True)
        return
    console.print(t("err.prefix", message=error.message), style="bold red", soft_wrap=True)
    for line in error.details:
        console.print(line, soft_wrap=True)


def main(argv: list[str] | None = None) -> None:
    """Run the program and turn errors into messages and exit codes (the only place that does)."""
    try:
        app(args=hoist_lang(sys.argv[1:] if argv is None else argv), prog_name="yibao")
    except YibaoError as error:
        if session.SETTINGS.debug:
            raise
        report(error)
        sys.exit(error.code)
    except KeyboardInterrupt:
        sys.stderr.write("\n" + t("err.interrupted") + "\n")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.OK)
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for users
        if session.SETTINGS.debug:
            raise
        report(YibaoError(t("err.unexpected", error=f"{type(error).__name__}: {error}")))
        sys.exit(ExitCode.ERROR)
