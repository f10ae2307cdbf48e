"""The manual page (roff), written from the command tree so it lists what ``--help`` lists.

``man/yibao.1`` (English) and ``man/zh_CN/yibao.1`` (Chinese) are made with this and shipped in
the wheel under ``share/man``; ``tests/test_manpage.py`` fails when they differ from the commands.
Regenerate them with ``YIBAO_UPDATE_GOLDEN=1 pytest tests/test_manpage.py``. The tree comes in
as an argument (``typer.main.get_command(cli.app)``): renderers do not import the commands.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from yibao_cli import __version__
from yibao_cli.errors import ExitCode
from yibao_cli.strings import retranslate, t

ENVIRONMENT = ("YIBAO_DATA", "YIBAO_HOME", "YIBAO_CACHE", "YIBAO_LANG", "NO_COLOR")


def escape(text: str) -> str:
    """Make text safe as roff: backslashes, hyphens, and a dot or quote at a line start."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        f"\\&{line}" if line.startswith((".", "'")) else line for line in text.splitlines()
    )


def _help(item: Any) -> str:
    text = getattr(item, "help", None) or ""
    return retranslate(text).strip() if isinstance(text, str) else ""


def _paragraphs(text: str) -> Iterator[str]:
    for block in text.split("\n\n"):
        if block.strip():
            yield escape(" ".join(line.strip() for line in block.splitlines()))


def _param_line(param: Any) -> str:
    if getattr(param, "param_type_name", "") == "argument":
        metavar = getattr(param, "metavar", None) or param.name.upper()
        return f"\\fI{escape(metavar)}\\fR"
    names = ", ".join(f"\\fB{escape(name)}\\fR" for name in [*param.opts, *param.secondary_opts])
    metavar = getattr(param, "metavar", None)
    if not getattr(param, "is_flag", False) and metavar:
        return f"{names} \\fI{escape(metavar)}\\fR"
    return names


def _params(command: Any) -> Iterator[str]:
    for param in command.params:
        if getattr(param, "hidden", False) or not _help(param):
            continue
        yield ".TP"
        yield _param_line(param)
        yield from _paragraphs(_help(param))


def _usage(path: list[str], command: Any) -> str:
    parts = [f"\\fB{escape(' '.join(path))}\\fR"]
    if any(getattr(p, "param_type_name", "") == "option" for p in command.params):
        parts.append("[\\fIOPTIONS\\fR]")
    for param in command.params:
        if getattr(param, "param_type_name", "") == "argument":
            metavar = escape(getattr(param, "metavar", None) or param.name.upper())
            parts.append(f"\\fI{metavar}\\fR" if param.required else f"[\\fI{metavar}\\fR]")
    return " ".join(parts)


def commands(root: Any) -> list[tuple[list[str], Any]]:
    """Return every visible command under ``root``, as (words after ``yibao``, command)."""
    found: list[tuple[list[str], Any]] = []

    def walk(path: list[str], command: Any) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            if getattr(sub, "hidden", False):
                continue
            found.append(([*path, name], sub))
            walk([*path, name], sub)

    walk([], root)
    return found


def render(root: Any) -> str:
    """Return the manual page of a command tree, in the current interface language.

    Args:
        root: The root command (``typer.main.get_command(app)``).
    """
    paragraphs = list(_paragraphs(_help(root)))
    lines = [
        f'.TH YIBAO 1 "" "yibao {__version__}" "{escape(t("man.manual"))}"',
        f".SH {t('man.name')}",
        f"yibao \\- {paragraphs[0] if paragraphs else ''}",
        f".SH {t('man.synopsis')}",
        "\\fByibao\\fR [\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]...",
        f".SH {t('man.description')}",
    ]
    for number, paragraph in enumerate(paragraphs[1:]):
        lines += [".PP", paragraph] if number else [paragraph]
    lines += [f".SH {t('man.options')}", *_params(root), f".SH {t('man.commands')}"]
    for path, command in commands(root):
        lines += [f'.SS "{escape(" ".join(["yibao", *path]))}"', _usage(["yibao", *path], command)]
        lines += [".PP", *_paragraphs(_help(command)), *_params(command)]
    lines.append(f".SH {t('man.environment')}")
    for name in ENVIRONMENT:
        lines += [".TP", f"\\fB{name}\\fR", escape(t(f"man.env.{name}"))]
    lines.append(f".SH {t('man.exit_status')}")
    for code in ExitCode:
        lines += [".TP", f"\\fB{int(code)}\\fR", escape(t(f"man.exit.{code.name.lower()}"))]
    return "\n".join(lines) + "\n"
