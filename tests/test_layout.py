"""Every command's screen fits an 80- or 60-column terminal, in both languages, and breaks well.

For every command (list, show and channels of every procedure, every wizard with
``--defaults``, explain-number, regions, cases, search, and every ``--help`` of the command
tree), at ``COLUMNS=80`` and ``COLUMNS=60``, in Chinese and in English:

- no line is wider than the terminal, in display cells (a command printed to be copied as one
  line, ``yibao …``, is left whole on purpose);
- no line starts with closing punctuation (，。、）…);
- no number or Latin word is split across lines: the words of the screen, in order, are words
  of the same screen laid out 1000 columns wide;
- Chinese help has none of Click's or Typer's English words.

The commands are read from the catalogue and the Typer app, so that new ones are covered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer
from rich.cells import cell_len

from helpers import Run, flow_ids, procedure_ids
from yibao_cli.cli import app
from yibao_cli.render.breaking import CLOSING

WIDTHS = (80, 60)
LANGS = ("zh", "en")
CHROME = (
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Show this message",
    "[required]",
    "[default:",
    "Install completion",
    "Show completion",
    "Try '",
)
_WORD = re.compile(r"[A-Za-z0-9]+")


def _help_paths(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    commands = getattr(command, "commands", {})
    for name in sorted(commands):
        yield from _help_paths(commands[name], (*path, name))


def screens() -> list[tuple[str, ...]]:
    """Every command line to lay out, from the catalogue's files and the command tree."""
    found: list[tuple[str, ...]] = [("list",), ("regions",), ("cases",), ("search", "补办")]
    found += [("explain-number", "11010519491231002X"), ("balance-channels", "--region", "福州")]
    for proc_id in procedure_ids():
        found += [("show", proc_id), ("channels", proc_id)]
    for flow_id in flow_ids():
        found.append(("guide", flow_id, "--defaults"))
    found += [(*path, "--help") for path in _help_paths(typer.main.get_command(app))]
    return found


SCREENS = [
    pytest.param(language, args, id=f"{language}: {' '.join(args)}")
    for language in LANGS
    for args in screens()
]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _in_order(narrow: list[str], wide: list[str]) -> list[str]:
    """The words of ``narrow`` not found, in order, among ``wide`` (a word cut in two)."""
    missing = []
    position = 0
    for word in narrow:
        try:
            position = wide.index(word, position) + 1
        except ValueError:
            missing.append(word)
    return missing


def problems(out: str, width: int) -> list[str]:
    """Lines too wide or starting with closing punctuation."""
    found = []
    for line in out.splitlines():
        body = line.strip()
        if body.startswith("yibao "):  # a command to copy, never wrapped
            continue
        if cell_len(line) > width:
            found.append(f"wider than {width}: {line!r}")
        if body and body[0] in CLOSING:
            found.append(f"starts with closing punctuation: {line!r}")
    return found


@pytest.mark.parametrize(("language", "args"), SCREENS)
def test_every_screen_fits_and_breaks_well(
    run: Run, monkeypatch: pytest.MonkeyPatch, language: str, args: tuple[str, ...]
) -> None:
    wrong: list[str] = []
    monkeypatch.setenv("COLUMNS", "1000")
    wide = run("--lang", language, *args)
    assert wide.code in (0, 1), (args, wide.err[-500:])
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        result = run("--lang", language, *args)
        assert result.code == wide.code, (args, width, result.err[-500:])
        shown = result.out + result.err
        wrong += [f"@{width}: {p}" for p in problems(shown, width)]
        cut = _in_order(_words(shown), _words(wide.out + wide.err))
        if cut:
            wrong.append(f"@{width}: words cut: {cut[:5]}")
        if language == "zh" and args[-1] == "--help":
            wrong += [f"@{width}: English chrome {word!r}" for word in CHROME if word in shown]
    assert not wrong, "\n".join(wrong[:40])


def test_usage_errors_are_in_chinese_with_exit_code_2(run: Run) -> None:
    for args, said in (
        (("show",), "缺少参数 ID"),
        (("list", "--json2"), "没有这个选项：--json2"),
        (("search", "余额", "--limit", "abc"), "应为整数"),
        (("frobnicate",), "没有这个命令：frobnicate"),
        (("list", "extra"), "多余的参数：extra"),
    ):
        result = run(*args)
        assert result.code == 2, args
        assert said in result.err, result.err
        assert "Error" not in result.err and "Usage" not in result.err, result.err
        assert "Input should" not in result.err, result.err


def test_usage_errors_stay_english_in_english(run: Run) -> None:
    result = run("--lang", "en", "show")
    assert result.code == 2
    assert "Missing argument 'ID'" in result.err and "Usage: yibao show" in result.err


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("一二三四五，六七", 10, ["一二三四", "五，六七"]),  # ，never starts a line
        ("一二三（四五）", 8, ["一二三", "（四五）"]),  # （ never ends one
        ("拨打12333或12393核实", 12, ["拨打12333或", "12393核实"]),
        ("了解规定和流程。 [经验]", 18, ["了解规定和流", "程。 [经验]"]),
        # a tag that cannot share a line with the word before it takes a line of its own
        (
            "(闽侯县) [local · Minhou (county)·4,5]",
            36,
            ["(闽侯县)", "[local · Minhou (county)·4,5]"],
        ),
        ("⚠ 注意：先挂失", 8, ["⚠ 注意：", "先挂失"]),
        ("use the 国家医保服务平台 app now", 19, ["use the", "国家医保服务平台", "app now"]),
    ],
)
def test_the_line_breaker(text: str, width: int, lines: list[str]) -> None:
    from yibao_cli.render.breaking import wrap

    assert wrap(text, width) == lines


def test_fit_cuts_between_units() -> None:
    from yibao_cli.render.breaking import fit

    assert fit("电话 0591-87276370 查询", 16) == "电话…"
    assert fit("短句", 10) == "短句"
