"""yibao in a real pseudo-terminal (pexpect): keys in, screens out.

Every step waits for the next screen's own text before pressing a key, so keys never reach a
prompt that is not yet listening.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect

from helpers import ROOT

UP = "\x1b[A"
DOWN = "\x1b[B"
ENTER = "\r"
CTRL_C = "\x03"
BACKSPACE = "\x7f"
TIMEOUT = 60
INSTALLED = Path(sys.executable).with_name("yibao")
_STYLE = r"(?:\s|\x1b\[[0-9;?]*[A-Za-z])*"  # spaces and colour codes between two words


class Terminal:
    """One ``yibao`` process on a pseudo-terminal."""

    def __init__(self, home: Path, cache: Path, *args: str) -> None:
        command, argv = (
            (str(INSTALLED), list(args))
            if INSTALLED.exists()
            else (sys.executable, ["-m", "yibao_cli", *args])
        )
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "COLUMNS": "120",
            "LINES": "50",
            "PROMPT_TOOLKIT_NO_CPR": "1",  # no cursor-position queries to answer
            "YIBAO_HOME": str(home),
            "YIBAO_CACHE": str(cache),
            "HOME": str(home),  # where the wizard offers to save a checklist
        }
        env.pop("NO_COLOR", None)
        self.child = pexpect.spawn(
            command,
            argv,
            env=env,
            cwd=str(ROOT),
            encoding="utf-8",
            # Ctrl-C sent while the program prints: the terminal echoes "^C" wherever the
            # output stands, which can be inside a character's bytes.
            codec_errors="replace",
            dimensions=(50, 120),
            timeout=TIMEOUT,
        )
        self.transcript: list[str] = []

    def wait(self, text: str) -> None:
        """Wait until ``text`` appears (after everything already matched)."""
        self.child.expect_exact(text)
        self.transcript.append(str(self.child.before) + text)

    def pointer(self, label: str) -> None:
        """Wait until the menu's pointer (») is on the choice starting with ``label``."""
        self.child.expect("»" + _STYLE + re.escape(label))
        self.transcript.append(str(self.child.before) + label)

    def prompt(self, question: str) -> None:
        """Wait for a question to be asked (its text, then the key hint of a waiting prompt)."""
        self.wait(question)
        self.wait("回车")

    def review(self) -> None:
        """Wait for the review screen."""
        self.wait("检查您的回答")
        self.wait("确认后显示结果")

    def press(self, *keys: str) -> None:
        """Press keys, one at a time."""
        for key in keys:
            self.child.send(key)

    def finish(self) -> tuple[int, str]:
        """Wait for the process to end; return its exit status and the rest of its output."""
        self.child.expect(pexpect.EOF)
        rest = str(self.child.before)
        self.child.close()
        status = self.child.exitstatus
        return (status if status is not None else -1), rest


def spawn(terminals: list[Terminal], dirs: tuple[Path, Path], *args: str) -> Terminal:
    """Start ``yibao ARGS`` on a terminal in the test's home and cache; it ends with the test."""
    term = Terminal(dirs[0], dirs[1], *args)
    terminals.append(term)
    return term
