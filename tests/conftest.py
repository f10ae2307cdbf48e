"""Shared fixtures: run the CLI in-process as a user would, with an isolated cache."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from yibao_cli import cli, session, strings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "catalogue"
SHARED = ROOT.parent / "shared"
UPDATE_GOLDEN = os.environ.get("YIBAO_UPDATE_GOLDEN") == "1"


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
