"""A reader that goes away (``yibao … | head -1``) ends yibao quietly with 0, on every command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from helpers import ROOT, process

COMMANDS = [
    ["search", "余额"],
    ["search", "余额", "--json"],
    ["list"],
    ["list", "--json"],
    ["show", "replace-card"],
    ["show", "replace-card", "--json"],
    ["channels", "balance"],
    ["balance-channels", "--json"],
    ["timeline", "replace-card", "--start", "2026-09-28"],
    ["timeline", "replace-card", "--json"],
    ["checklist", "replace-card", "--defaults"],
    ["checklist", "replace-card", "--defaults", "--format", "json"],
    ["explain-number", "110105194912310021"],
    ["regions"],
    ["cases"],
    ["config", "show"],
    ["--help"],
    ["show", "--help"],
    ["--version"],
]


def closed_reader(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run yibao with stdout a pipe whose reading end is already closed."""
    reader, writer = os.pipe()
    os.close(reader)
    with os.fdopen(writer, "w") as stdout:
        return process(*args, stdout=stdout, timeout=180)


@pytest.mark.slow
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_closed_pipe_ends_quietly(args: list[str]) -> None:
    result = closed_reader(args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.slow
@pytest.mark.parametrize("command", ["search 余额", "list", "show replace-card --json"])
def test_head_takes_the_first_line(command: str) -> None:
    shell = f'"{sys.executable}" -m yibao_cli {command} | head -1; exit "${{PIPESTATUS[0]}}"'
    result = subprocess.run(
        ["bash", "-c", shell], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""
