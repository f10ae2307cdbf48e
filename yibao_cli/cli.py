"""The command tree: global options, the commands mounted on it, and how Click's errors are said."""

import copy
import functools
import os
import sys
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any

import typer

from yibao_cli import __version__, session
from yibao_cli.app import context, running
from yibao_cli.app.running import MESSAGE_MAX, json_error, undecodable, write_err
from yibao_cli.commands import cases as cases_command
from yibao_cli.commands import (
    channels,
    checklist,
    estimate,
    explain,
    guide,
    listing,
    search,
    show,
    sources,
    timeline,
    validate,
)
from yibao_cli.commands import config as config_command
from yibao_cli.commands import regions as regions_command
from yibao_cli.commands.base import App
from yibao_cli.errors import ExitCode, UsageError
from yibao_cli.safety import clip
from yibao_cli.strings import lang, lang_from_env, retranslate, set_lang, t

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
    chosen = value.value if value else lang_from_env(os.environ)
    set_lang(chosen)
    root = ctx.find_root().command
    if getattr(root, "help_lang", _HELP_LANG) != chosen:  # else the help is in it already
        _retranslate_help(root, app)
        setattr(root, "help_lang", chosen)  # noqa: B010 (click commands have no such field)
    return value


def _retranslate_help(command: Any, typer_app: App | None = None) -> None:
    made = getattr(command, "help_text", None) or (typer_app.help_text if typer_app else None)
    if made is not None:
        command.help = retranslate(made)
    option_help = _option_help(getattr(command, "callback", None))
    for param in getattr(command, "params", ()):
        if param.name in option_help:
            param.help = retranslate(option_help[param.name])
        elif isinstance(getattr(param, "help", None), str):
            param.help = retranslate(param.help)
    for name, sub in getattr(command, "commands", {}).items():
        _retranslate_help(sub, typer_app.groups.get(name) if typer_app else None)


_HELP_LANG = lang()
"""The language help texts are made in when the command tree is built (the environment's)."""


def _option_help(callback: Any) -> dict[str, str]:
    """The help of each option as ``t`` made it, from the command function's annotations.

    Click keeps only a cleaned copy of an option's help, which cannot be made again by key.
    """
    import inspect
    import typing

    if callback is None:
        return {}
    try:
        hints = typing.get_type_hints(inspect.unwrap(callback), include_extras=True)
    except (NameError, TypeError):
        return {}
    found: dict[str, str] = {}
    for name, hint in hints.items():
        for info in getattr(hint, "__metadata__", ()):
            made = getattr(info, "help", None)
            if isinstance(made, str):
                found[name] = made
    return found


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
    session.SETTINGS.said.clear()
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
app.command("estimate", help=t("cmd.estimate"))(estimate.estimate)
app.command("validate", help=t("cmd.validate"))(validate.validate)
app.command("sources", help=t("cmd.sources"))(sources.sources)
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
    ("rename", cases_command.rename),
):
    cases_command.app.command(_name, help=t(f"cmd.case_{_name}"))(_command)
app.add_typer(cases_command.app, name="case", help=t("cmd.case"))


def run(argv: list[str]) -> int:
    """Run the commands; return the exit code (Click's own usage errors printed safely)."""
    for arg in argv:
        if undecodable(arg):
            raise UsageError(t("err.arg_not_utf8", arg=arg))
    _check_completion(os.environ)
    try:
        args = hoist_lang(argv)
        result = command(invoked(args))(args=args, prog_name="yibao", standalone_mode=False)
    except typer.TyperException as error:  # every error Click raises (Typer's public base)
        from yibao_cli.commands.chrome import usage_screen

        # A usage error exits 2 (Click's UsageError), any other 1: take Click's own code.
        code = ExitCode.USAGE if error.exit_code == ExitCode.USAGE else ExitCode.ERROR
        if session.SETTINGS.json_errors:
            lines = [line for line in usage_screen(error).splitlines() if line.strip()]
            said = lines[-1].removeprefix(t("err.prefix", message="")) if lines else ""
            json_error(code, said, lines[:-1])
        else:
            write_err(clip(usage_screen(error), MESSAGE_MAX * 2))
        return code
    except typer.Abort:  # end of input (Ctrl-D) at a prompt
        raise KeyboardInterrupt from None
    except SystemExit as stop:
        if _closed_pipe():
            raise BrokenPipeError from None  # Click's answer to a closed stdout is exit 1
        raise stop from None
    if result == ExitCode.INTERRUPTED:  # Typer's answer to a KeyboardInterrupt
        raise KeyboardInterrupt
    return result if isinstance(result, int) else ExitCode.OK


# Root options that take a value: the word after them is not a command's name.
_ROOT_VALUES = ("--catalogue", "--lang")


def invoked(args: list[str]) -> str | None:
    """The name of the command ``args`` run, when it is one of ``app``'s; else None.

    None (no command, an unknown one, completion) builds the whole tree: the help lists every
    command and a misspelt one is answered with its nearest names.
    """
    if os.environ.get("_YIBAO_COMPLETE"):
        return None
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in _names() else None
        index += 2 if arg in _ROOT_VALUES else 1
    return None


@functools.cache
def _names() -> frozenset[str]:
    commands = (info.name for info in app.registered_commands)
    return frozenset(name for name in (*commands, *app.groups) if name)


@functools.cache
def command(name: str | None = None) -> Any:
    """The Click command tree of ``app``, built once per process; with ``name``, that command's.

    Typer builds every command's parameters from its signature when it builds a tree: 83M
    instructions for the whole tree (callgrind), a tenth of a one-shot command that needs one.
    A tree of the root and the named command answers that command as the whole tree does.
    A process that runs several commands (the test suite runs thousands in one) builds each
    tree once; ``--lang`` translates its help again when the language changes.
    """
    if name is None:
        return typer.main.get_command(app)
    lean = copy.copy(app)
    lean.registered_commands = [info for info in app.registered_commands if info.name == name]
    lean.registered_groups = [info for info in app.registered_groups if info.name == name]
    return typer.main.get_command(lean)


def _closed_pipe() -> bool:
    """Whether Click gave up on a closed stdout (it wraps the streams, then exits 1).

    Click's wrapper (``PacifyFlushWrapper``) is known by its name and its ``wrapped`` stream,
    not imported from Typer's private copy of Click; ``tests/test_pipes.py`` closes a pipe.
    """
    if _pacified(sys.stdout) is None:
        return False
    sys.stdout = _pacified(sys.stdout) or sys.stdout
    sys.stderr = _pacified(sys.stderr) or sys.stderr
    return True


def _pacified(stream: Any) -> Any:
    if type(stream).__name__ != "PacifyFlushWrapper":
        return None
    return getattr(stream, "wrapped", None)


def _check_completion(env: Mapping[str, str]) -> None:
    """Refuse the variables bash completion sets when they cannot be read (set by hand).

    Raises:
        UsageError: ``COMP_CWORD`` is not a number of words, or ``COMP_WORDS`` is missing.
    """
    if not env.get("_YIBAO_COMPLETE", "").startswith("complete_bash"):
        return
    position = env.get("COMP_CWORD", "")
    if not position.strip().isdecimal() or not position.strip().isascii():
        raise UsageError(t("err.comp_cword", value=clip(position, 40)))
    if "COMP_WORDS" not in env:
        raise UsageError(t("err.comp_words"))


def main(argv: list[str] | None = None) -> None:
    """Run the command tree on ``argv`` (None: the process's own arguments), errors said."""
    running.main(argv, run)
