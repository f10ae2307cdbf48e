"""Shared fixtures: run the CLI in-process as a user would, with an isolated cache."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from yibao_cli import cli, session, strings
from yibao_cli.app import context

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "catalogue"
SHARED = ROOT.parent / "shared"
UPDATE_GOLDEN = os.environ.get("YIBAO_UPDATE_GOLDEN") == "1"
SOURCES_DAY = datetime.date(2026, 12, 1)
"""The day in-process tests judge source checks on (see ``context.sources_day``)."""


@dataclass
class Result:
    """What a user sees after one command."""

    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's cache, config and environment."""
    monkeypatch.setenv("YIBAO_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("YIBAO_HOME", str(tmp_path_factory.mktemp("home")))
    for name in (
        "YIBAO_DATA",
        "YIBAO_LANG",
        "NO_COLOR",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    # Which source checks have expired depends on the day: judge them on a fixed one, so that
    # pages (and golden files) do not change as the calendar moves on.
    monkeypatch.setattr(context, "sources_day", lambda: SOURCES_DAY)


@pytest.fixture(autouse=True)
def marked_if_it_starts_python(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a test that starts a Python process (yibao, pip, ruff…) without the slow marker.

    ``pytest -m "not slow and not terminal"`` (the fast tests, as the floors check in CI runs
    them) then really runs in-process only.
    """
    if {mark.name for mark in request.node.iter_markers()} & {"slow", "terminal"}:
        yield
        return
    started: list[str] = []
    real = subprocess.Popen

    class Watching(real):  # type: ignore[misc, valid-type]
        def __init__(self, args: Any, *rest: Any, **options: Any) -> None:
            command = [args] if isinstance(args, (str, os.PathLike)) else list(args)
            program = str(command[0]) if command else ""
            if program == sys.executable or Path(program).name.startswith(("python", "yibao")):
                started.append(" ".join(map(str, command))[:80])
            super().__init__(args, *rest, **options)

    monkeypatch.setattr(subprocess, "Popen", Watching)
    yield
    assert not started, f"starts a process, so mark it @pytest.mark.slow: {started[0]}"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Iterator[Run]:
    """Run ``yibao ARGS`` in-process and return its exit code, stdout and stderr."""

    def invoke(*args: str) -> Result:
        session.catalogue.cache_clear()
        session.SETTINGS.catalogue_dir = None
        session.SETTINGS.debug = False
        strings.set_lang("zh")
        code = 0
        try:
            cli.main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield invoke
    strings.set_lang("zh")  # a run with --lang en must not change the language of later tests


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    """A writable copy of the small test catalogue."""
    target = tmp_path / "catalogue"
    shutil.copytree(FIXTURE, target)
    return target


def golden(path: Path, text: str) -> None:
    """Compare ``text`` with a golden file; ``YIBAO_UPDATE_GOLDEN=1`` writes it instead.

    A missing golden file fails the test: a deleted or misnamed file is never taken as passing.
    """
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"golden file {shown} is missing; YIBAO_UPDATE_GOLDEN=1 writes it"
    assert text == path.read_text(encoding="utf-8"), (
        f"output differs from {shown}; if the change is intended, run with YIBAO_UPDATE_GOLDEN=1"
    )


@pytest.fixture
def unwritable_dir(tmp_path: Path) -> Iterator[Path]:
    """An empty directory this process cannot write to, also as root (a read-only tmpfs)."""
    where = tmp_path / "locked"
    where.mkdir()
    if os.geteuid() != 0:
        where.chmod(0o555)
        try:
            yield where
        finally:
            where.chmod(0o700)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"root, and no read-only file system can be mounted here: {mounted.stderr!r}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
