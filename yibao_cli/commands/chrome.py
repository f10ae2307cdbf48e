"""Help and usage errors in the interface language, laid out by display width.

Click measures help in code points, so a Chinese line is twice as wide as it counts, and its
own words ("Usage:", "Options", "Show this message and exit.", "Missing argument 'ID'.") are
English. :class:`HelpFormatter` wraps by display cells with the line breaker every output uses
(:mod:`yibao_cli.render.breaking`) and says Click's and Typer's words through ``t``;
:func:`usage_message` says a usage error the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import typer
from rich.cells import cell_len

from yibao_cli.render.breaking import wrap
from yibao_cli.strings import lang, t

if TYPE_CHECKING:  # the class itself, for the type checker only
    from typer._click.formatting import HelpFormatter as ClickFormatter
else:  # Click's documented ``Context.formatter_class``: no private module at run time
    ClickFormatter = typer.Context.formatter_class


class _Pattern:
    """A regular expression compiled when first used: most runs print no help and no error."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str) -> Any:
        return getattr(re.compile(self.pattern, self.flags), name)  # re keeps it compiled


_HEADINGS = {
    "Usage": "help.usage",
    "Options": "help.options",
    "Arguments": "help.arguments",
    "Commands": "help.commands",
}
_HELP = {
    "Show this message and exit.": "help.help",
    "Install completion for the current shell.": "help.install_completion",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "help.show_completion"
    ),
}
_EXTRA = _Pattern(r"\s*\[([^\[\]]*)\]$")
_TYPE_LABEL = _Pattern(r" <[^<>]*>$")


def _said(english: str, table: dict[str, str]) -> str:
    key = table.get(english)
    return t(key) if key is not None else english


def _extra(value: str) -> str:
    """Say Typer's ``[default: 5; required]`` in the interface language."""
    parts = []
    for part in value.split("; "):
        name, sep, rest = part.partition(": ")
        if part == "required":
            parts.append(t("help.required"))
        elif sep and name == "default":
            parts.append(t("help.default", value=rest))
        elif sep and name == "env var":
            parts.append(t("help.env", value=rest))
        else:
            parts.append(part)
    return t("help.extra", text=t("ui.list_sep").join(parts))


def help_text(value: str) -> str:
    """A help text, with Click's and Typer's own words in the interface language."""
    value = _said(value, _HELP)
    if lang() != "zh":
        return value
    found = _EXTRA.search(value)
    if found is None:
        return value
    return value[: found.start()] + "  " + _extra(found.group(1))


class HelpFormatter(ClickFormatter):
    """Click's help formatter, measuring in display cells and speaking the interface language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line: ``用法：yibao show [选项] ID``, wrapped under its arguments."""
        if prefix is None:
            prefix = t("help.usage")
        head = f"{'':>{self.current_indent}}{prefix}{prog} "
        width = self.width
        if cell_len(head) + 20 <= width:
            lines = wrap(args, width, head, " " * cell_len(head))
        else:
            lines = [head.rstrip(), *wrap(args, width, " " * (self.current_indent + 4))]
        self.write("\n".join(lines) + "\n")

    def write_heading(self, heading: str) -> None:
        """A section heading: ``选项：``."""
        self.write(f"{'':>{self.current_indent}}{_said(heading, _HEADINGS)}\n")

    def write_text(self, text: str) -> None:
        """Paragraphs wrapped by display width, indented as the section is."""
        indent = " " * self.current_indent
        out: list[str] = []
        for paragraph in re.split(r"\n\s*\n", text.strip("\n")):
            if out:
                out.append("")
            if paragraph.startswith("\b"):  # Click's mark for "do not rewrap"
                out += [indent + line for line in paragraph[1:].strip("\n").splitlines()]
            else:
                out += wrap(paragraph, self.width, indent, indent)
        self.write("\n".join(out) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Options or commands with their help, both measured in display cells."""
        rows = [(_TYPE_LABEL.sub("", first), help_text(second)) for first, second in rows]
        widest = max((cell_len(first) for first, _second in rows), default=0)
        column = min(widest, col_max) + col_spacing
        indent = " " * self.current_indent
        hang = " " * (self.current_indent + column)
        if self.width - len(hang) < 20:  # too narrow for two columns: help under the term
            hang = indent + "    "
        for first, second in rows:
            term = indent + first
            if not second:
                self.write(term + "\n")
                continue
            if cell_len(term) + col_spacing <= len(hang):
                lines = wrap(second, self.width, term + " " * (len(hang) - cell_len(term)), hang)
            else:
                lines = [term, *wrap(second, self.width, hang, hang)]
            self.write("\n".join(lines) + "\n")


class Context(typer.Context):
    """Typer's (Click's) context, with :class:`HelpFormatter`."""

    formatter_class = HelpFormatter


def short_help(command: Any) -> str:
    """A command's help for the list of commands: its first paragraph, whole."""
    made = command.short_help or command.help or ""
    return str(made).split("\n\n")[0].replace("\n", " ").strip()


_MESSAGES = (
    (_Pattern(r"Missing argument '(?P<name>[^']+)'\.?"), "usage.missing_argument"),
    (_Pattern(r"Missing option '(?P<name>[^']+)'\.?"), "usage.missing_option"),
    (_Pattern(r"Missing parameter '(?P<name>[^']+)'\.?"), "usage.missing_argument"),
    (
        _Pattern(r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.+)\)"),
        "usage.no_such_option_like",
    ),
    (_Pattern(r"No such option: (?P<name>\S+)"), "usage.no_such_option"),
    (_Pattern(r"No such command '(?P<name>[^']+)'\.?"), "usage.no_such_command"),
    (_Pattern(r"Got unexpected extra arguments? ?(?:\(s\))? \((?P<name>.*)\)"), "usage.extra"),
    (_Pattern(r"Option '(?P<name>[^']+)' requires an argument\.?"), "usage.needs_value"),
    (_Pattern(r"Option '(?P<name>[^']+)' requires \d+ arguments\.?"), "usage.needs_value"),
    (_Pattern(r"Option '(?P<name>[^']+)' does not take a value\.?"), "usage.no_value"),
    (_Pattern(r"Missing command\.?"), "usage.missing_command"),
)
_INVALID = _Pattern(r"Invalid value for (?P<name>.+?): (?P<reason>.*)", re.S)
_REASONS = (
    (
        _Pattern(r"Input should be a valid integer.*|.* is not a valid integer.*", re.S),
        "usage.not_integer",
    ),
    (
        _Pattern(
            r"Input should be greater than or equal to (?P<low>\S+).*|"
            r".* is not in the range x>=(?P<low2>\S+)\.?",
            re.S,
        ),
        "usage.at_least",
    ),
    (_Pattern(r"Input should be (?P<choices>'.+)", re.S), "usage.one_of"),
    (_Pattern(r".* is not one of (?P<choices>.+?)\.?$", re.S), "usage.one_of"),
    (_Pattern(r"(?:File|Path|Directory) (?P<path>.+?) does not exist\.?", re.S), "usage.no_file"),
)


def _reason(reason: str) -> str:
    for pattern, key in _REASONS:
        found = pattern.fullmatch(reason.strip())
        if found:
            values = {k: v for k, v in found.groupdict().items() if v is not None}
            if "low2" in values:
                values["low"] = values.pop("low2")
            values.setdefault("low", "")
            return t(key, **values)
    return reason


_ESCAPE = _Pattern(r"\\(\\|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[ntr])")
_SIMPLE = {"\\": "\\", "n": "\n", "t": "\t", "r": "\r"}


def _unescaped(message: str) -> str:
    """Undo the escapes Click's ``repr`` writes for what was typed (a tab, a soft hyphen).

    Written as letters they would cut an ID number in two for the mask; as the characters
    they are, the console shows them as ``?`` and masks the number.
    """

    def character(found: re.Match[str]) -> str:
        code = found.group(1)
        try:
            return _SIMPLE.get(code) or chr(int(code[1:], 16))
        except ValueError:  # beyond Unicode: typed as such, not written by repr
            return found.group(0)

    return str(_ESCAPE.sub(character, message))


def usage_message(error: typer.TyperException) -> str:
    """A usage error's message in the interface language (Click's own English when not known).

    Args:
        error: The exception Click raised.

    Returns:
        The message, without the "Error:" prefix.
    """
    message = _unescaped(error.format_message())
    if lang() != "zh":
        return message
    found = _INVALID.fullmatch(message.strip())
    if found:
        name = found["name"].replace("'", "")
        return t("usage.invalid", name=name, reason=_reason(found["reason"]))
    for pattern, key in _MESSAGES:
        found = pattern.fullmatch(message.strip())
        if found:
            return t(key, **found.groupdict())
    return message


def usage_screen(error: typer.TyperException) -> str:
    """The whole text Click would print for a usage error, in the interface language."""
    lines = []
    ctx = getattr(error, "ctx", None)
    if ctx is not None:  # a usage error (Click's UsageError) names its command
        lines.append(ctx.get_usage())
        option = ctx.help_option_names[0] if ctx.help_option_names else "--help"
        lines.append(t("help.try", command=f"{ctx.command_path} {option}"))
        lines.append("")
    lines.append(t("err.prefix", message=usage_message(error)))
    return "\n".join(lines) + "\n"
