"""The command classes every yibao command uses: plain values skip Typer's validators.

Typer checks each option value with a pydantic validator that it builds on first use; importing
pydantic and building the validators costs about 0.1 s: without the hook ``yibao
balance-channels`` runs 382M more instructions (1,462M against 1,080M, callgrind, in one
process), more than the rest of a one-shot answer.
Most values need no checking: text from the command line for a text option (or a list of
them), ``True`` or ``False`` for a flag, an exact choice of an enum, an option left out, or a value
equal to the default the command declares (``search --limit``'s 5; tests check every declared
default against its own limits).
Those pass straight through here; anything else (a path, a number, a wrong choice) goes to
Typer's own validator, so results and error messages stay Typer's.

The hook is Typer's internals, not its public interface (see ``TYPER_RELEASES``):
it is installed only when they have the shape it was written for, so another Typer gives the
same answers, only slower; ``tests/test_command_classes.py`` fails when the hook stops working.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin

import typer
from typer.core import TyperCommand, TyperGroup

from yibao_cli.commands.chrome import Context, short_help

F = TypeVar("F", bound=Callable[..., Any])

TYPER_RELEASES = ">=0.29,<0.30"
"""The Typer releases whose internals the hook below was written for (as in pyproject.toml)."""


def _hook_fits() -> bool:
    # Typer 0.29 calls ``param.get_runtime_param().coerce(value, param=, ctx=)`` and keeps the
    # result in ``param._runtime_param``; older releases have neither, a later one may change.
    from typer import core

    runtime = getattr(core, "RuntimeParam", None)
    coerce = getattr(runtime, "coerce", None)
    code = getattr(coerce, "__code__", None)
    parameter = getattr(core, "_TyperParameter", None)
    return (
        code is not None
        and code.co_varnames[:4] == ("self", "value", "param", "ctx")
        and callable(getattr(parameter, "get_runtime_param", None))
    )


_FITS: list[bool] = []


class _PlainValue:
    """Typer's coercion of one parameter, with the plain cases done here."""

    def __init__(self, annotation: Any, plain: bool, multiple: bool, default: Any) -> None:
        self.annotation = annotation
        self.plain = plain  # text, a flag, an enum or a list of text, with no parser
        self.multiple = multiple
        # The default the command declares, when a value equal to it needs no checking: its
        # own type is the annotation's and no custom parser stands between (tests check every
        # declared default against its limits).
        self.default = default

    def coerce(self, value: Any, param: Any, ctx: typer.Context) -> Any:
        if value is None:  # left out: Typer too returns this without checking anything
            return () if self.multiple else None
        if self.default is not None and type(value) is self.annotation and value == self.default:
            return value  # left out, at the default the command declares (``--limit``'s 5)
        if self.plain:
            if self.multiple:
                if isinstance(value, (list, tuple)) and all(type(v) is str for v in value):
                    return list(value)
            elif type(value) is self.annotation:
                return value
            elif issubclass(self.annotation, Enum):
                for member in self.annotation:
                    if member is value or member.value == value:
                        return member
        param._runtime_param = None  # Typer builds its own on the next line
        return param.get_runtime_param().coerce(value, param=param, ctx=ctx)


def _plain(annotation: Any, info: Any, multiple: bool) -> bool:
    if getattr(info, "parser", None) is not None:
        return False
    if multiple:
        return get_origin(annotation) is list and get_args(annotation) == (str,)
    if annotation in (str, bool):
        return True
    return isinstance(annotation, type) and issubclass(annotation, Enum)


def _lighten(params: list[Any]) -> None:
    if not _FITS:
        _FITS.append(_hook_fits())
    if not _FITS[0]:
        return  # a Typer with other internals: its own validators for every value
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", False) is not None:
            continue  # not a Typer parameter, already set up, or a Typer without the hook
        multiple = bool(param.multiple or param.nargs == -1)
        if not multiple and param.nargs != 1:
            continue  # tuples: Typer's own
        annotation, info = descriptor.annotation, descriptor.parameter_info
        plain = _plain(annotation, info, multiple)
        default = getattr(param, "default", None)
        if getattr(info, "parser", None) is not None or type(default) is not annotation:
            default = None  # a custom parser, or a default of another type: Typer checks it
        param._runtime_param = _PlainValue(annotation, plain, multiple, default)


class Command(TyperCommand):
    """A Typer command whose plain option values skip pydantic.

    ``help_text`` is the help as ``t`` made it (Typer keeps only a cleaned copy), so that
    ``--lang`` can make it again by its key.
    """

    context_class = Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help_text: str | None = getattr(kwargs.get("callback"), "help_text", None)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Parse as Typer does, plain values passing straight through."""
        _lighten(self.get_params(ctx))
        return super().parse_args(ctx, args)


class Group(TyperGroup):
    """A Typer group whose plain option values skip pydantic."""

    context_class = Context

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """List the commands, each with the first paragraph of its help, never cut short."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, short_help(command)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Parse as Typer does, plain values passing straight through."""
        _lighten(self.get_params(ctx))
        return super().parse_args(ctx, args)


class App(typer.Typer):
    """``typer.Typer`` with yibao's settings, whose commands use the classes above."""

    def __init__(self, **settings: Any) -> None:
        self.help_text: str | None = settings.get("help")
        self.groups: dict[str, App] = {}
        settings.setdefault("cls", Group)
        settings.setdefault("rich_markup_mode", None)
        settings.setdefault("context_settings", {"help_option_names": ["-h", "--help"]})
        super().__init__(**settings)

    def command(self, name: str | None = None, **settings: Any) -> Callable[[F], F]:
        """Register a command, as ``typer.Typer.command`` does, with :class:`Command`."""
        settings.setdefault("cls", Command)
        register: Callable[[F], F] = super().command(name, **settings)
        made = settings.get("help")

        def keep_help(function: F) -> F:
            if made is not None:
                function.help_text = made  # type: ignore[attr-defined]
            return register(function)

        return keep_help

    def add_typer(self, typer_instance: typer.Typer, **settings: Any) -> None:
        """Mount a group, as ``typer.Typer.add_typer`` does, keeping its help for ``--lang``."""
        if isinstance(typer_instance, App) and settings.get("name"):
            typer_instance.help_text = settings.get("help", typer_instance.help_text)
            self.groups[settings["name"]] = typer_instance
        super().add_typer(typer_instance, **settings)
