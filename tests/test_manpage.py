"""The manual page lists every command and option, in both languages, and ships in the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import typer

from helpers import ROOT, golden
from yibao_cli import cli
from yibao_cli.render import manpage

# The help texts are made when the commands are built: choose the language before that.
RENDER = (
    "import os, sys, typer; from yibao_cli import strings; "
    "strings.set_lang(strings.lang_from_env(os.environ)); "
    "from yibao_cli import cli; from yibao_cli.render import manpage; "
    "sys.stdout.write(manpage.render(typer.main.get_command(cli.app)))"
)
PAGES = {"en": ROOT / "man" / "yibao.1", "zh": ROOT / "man" / "zh_CN" / "yibao.1"}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_manual_page_is_up_to_date(lang: str) -> None:
    # In a process of its own: the help texts are made in the language of the environment.
    done = subprocess.run(
        [sys.executable, "-c", RENDER],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "YIBAO_LANG": lang},
    )
    golden(PAGES[lang], done.stdout)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_manual_page_lists_every_command_and_option(lang: str) -> None:
    root = typer.main.get_command(cli.app)
    page = PAGES[lang].read_text(encoding="utf-8")
    found = manpage.commands(root)
    assert len(found) >= 20
    for path, command in found:
        assert f'.SS "{manpage.escape(" ".join(["yibao", *path]))}"' in page, path
        for param in command.params:
            for name in getattr(param, "opts", ()):
                if name.startswith("-"):
                    assert manpage.escape(name) in page, (path, name)
    for option in ("--catalogue", "--lang", "--version"):
        assert manpage.escape(option) in page


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
def test_the_manual_page_renders_without_warnings() -> None:
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-K", "utf8", "-ww", "-z", str(PAGES["en"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
