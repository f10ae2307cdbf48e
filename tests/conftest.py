"""Shared fixtures: run the CLI in-process as a user would, each test in a home of its own.

The shipped catalogue (and the small test catalogue, the search index and the division index)
is compiled once per test run into a shared cache; every test gets a fresh home holding the
same cache key, so its runs read the compiled parts instead of compiling them again. A test
that needs a cache of its own asks for ``own_cache``; one that needs another catalogue copies
it (``catalogue_copy``).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from helpers import DATA, FIXTURE, ROOT, SHARED, Result, Run, golden
from helpers.terminal import Terminal
from yibao_cli import cli, session, strings
from yibao_cli.app import context
from yibao_cli.catalogue import load as loader
from yibao_cli.catalogue import model

__all__ = ["DATA", "FIXTURE", "ROOT", "SHARED", "Result", "Run", "golden"]

SOURCES_DAY = datetime.date(2026, 12, 1)
"""The day in-process tests judge source checks on (see ``context.sources_day``)."""
TODAY = datetime.date(2026, 9, 1)
"""The day the ``today`` fixture sets, unless the test module sets its own ``TODAY``."""

# Fuzzing is reproducible where it matters: the "ci" profile (the default, and what CI runs)
# derandomizes, so two runs try the same examples and a failure is found every time or never,
# and sets no deadline, so that a busy machine cannot fail an example by its speed;
# ``HYPOTHESIS_PROFILE=explore`` tries more, random examples locally (with the example
# database) to find new failures, each of which then becomes an ``@example``.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("explore", max_examples=1000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@dataclass(frozen=True)
class Compiled:
    """The compiled caches every test shares: where they are and the key they are tagged with."""

    cache: Path
    key: bytes


def _warm(cache: Path, home: Path) -> None:
    """Compile what most tests read, by running yibao as a user would (once per test run)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("YIBAO_CACHE", str(cache))
        patch.setenv("YIBAO_HOME", str(home))
        patch.setenv("YIBAO_LANG", "zh")
        for args in (
            ["list"],
            ["search", "余额"],
            ["show", "replace-card", "--region", "北京"],
            ["--catalogue", str(FIXTURE), "list"],
            ["--catalogue", str(FIXTURE), "search", "甲"],
        ):
            session.catalogue.cache_clear()
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                try:
                    cli.main(args)
                except SystemExit:
                    pass
    session.catalogue.cache_clear()
    strings.set_lang("zh")


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Compiled:
    """The shipped and the small test catalogue compiled once per run (once per xdist worker)."""
    where = tmp_path_factory.mktemp("compiled")
    cache, home = where / "cache", where / "home"
    _warm(cache, home)
    return Compiled(cache, (home / "cache.key").read_bytes())


def _home_with_key(home: Path, key: bytes) -> None:
    home.mkdir(parents=True, exist_ok=True)
    fd = os.open(home / "cache.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)


def _cache_of_links(cache: Path, shared: Path) -> None:
    # A cache of the test's own whose entries point at the shared ones: the test reads them,
    # and whatever it writes (another catalogue, a pruned entry) stays in its own folder.
    cache.mkdir(parents=True, exist_ok=True)
    for entry in shared.iterdir():
        (cache / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())


@pytest.fixture(autouse=True)
def isolated(
    compiled: Compiled, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the user's cache, config and environment.

    Each test has a home of its own (cases, config, resume files) holding the shared cache
    key, and a cache of its own that links to the compiled parts.
    """
    home = tmp_path_factory.mktemp("home")
    cache = tmp_path_factory.mktemp("cache")
    _home_with_key(home, compiled.key)
    _cache_of_links(cache, compiled.cache)
    monkeypatch.setenv("YIBAO_CACHE", str(cache))
    monkeypatch.setenv("YIBAO_HOME", str(home))
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


@pytest.fixture
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache and a home without a key, for a test of what compiling and caching do."""
    cache = tmp_path_factory.mktemp("own-cache")
    home = tmp_path_factory.mktemp("own-home")
    monkeypatch.setenv("YIBAO_CACHE", str(cache))
    monkeypatch.setenv("YIBAO_HOME", str(home))
    return cache


@pytest.fixture
def region_asked() -> None:
    """The menu has asked where the user is insured already (and was told nothing)."""
    settings = Path(os.environ["YIBAO_HOME"]) / "config" / "config.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"region_asked": true}\n', encoding="utf-8")


@pytest.fixture
def today(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> datetime.date:
    """Make it the module's ``TODAY`` (else 2026-09-01) for every date yibao works out."""
    day: datetime.date = getattr(request.module, "TODAY", TODAY)
    monkeypatch.setattr(context, "today", lambda: day)
    return day


@pytest.fixture(scope="session")
def catalogue() -> model.Catalogue:
    """The shipped catalogue, compiled from its YAML once per run (read-only to tests)."""
    return loader.compile_directory(DATA)


@pytest.fixture(scope="session")
def small_catalogue() -> model.Catalogue:
    """The small test catalogue (tests/fixtures/catalogue), compiled once per run."""
    return loader.compile_directory(FIXTURE)


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


@pytest.fixture
def dirs() -> tuple[Path, Path]:
    """The test's own home and cache (see ``isolated``): the compiled catalogue is shared."""
    return Path(os.environ["YIBAO_HOME"]), Path(os.environ["YIBAO_CACHE"])


@pytest.fixture
def terminals(dirs: tuple[Path, Path]) -> Iterator[list[Terminal]]:
    """The terminals a test starts (``helpers.terminal.spawn``); ended with the test."""
    started: list[Terminal] = []
    yield started
    for term in started:
        if term.child.isalive():
            term.child.terminate(force=True)


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
