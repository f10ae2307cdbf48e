"""One-shot commands never import pypinyin; a search with a warm cache does not either.

A wizard asks its first question before Typer, Rich and what only its outcome needs.
"""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

import pytest

from helpers import ROOT, imports


@pytest.mark.slow
def test_pinyin_is_never_imported_by_one_shot_commands(tmp_path: Path) -> None:
    # Cold cache first: compiling the catalogue does not build the search index.
    assert "pypinyin" not in imports(tmp_path, "show", "replace-card")
    assert "pypinyin" not in imports(tmp_path, "list")
    assert "pypinyin" not in imports(tmp_path, "show", "补办")  # exact alias: the fast path
    assert "pypinyin" not in imports(tmp_path, "balance-channels")
    assert not list(tmp_path.glob("search-*.pickle"))


@pytest.mark.slow
def test_search_with_a_warm_cache_does_not_import_pinyin(tmp_path: Path) -> None:
    imports(tmp_path, "search", "丢了")  # the first search builds the index, once
    assert len(list(tmp_path.glob("search-*.pickle"))) == 1
    warm = imports(tmp_path, "search", "buban")
    assert "pypinyin" not in warm
    assert "yaml" not in warm  # the search words were read when the index was built
    assert "pydantic" not in warm  # --limit left at its declared default needs no validator
    assert "pypinyin" not in imports(tmp_path, "show", "buban")


HEAVY = (
    "questionary",
    "prompt_toolkit",
    "pypinyin",
    "yibao_cli.search.segment",  # search's own dictionary segmenter
    "jieba",
    "rjieba",
    "icalendar",
    "chinese_calendar",
    "borax",
    "sqlite3",
    "stdnum",
    "yaml",
    "yibao_cli.catalogue.validate",
    "yibao_cli.catalogue.flowmodel",  # the flow classes: only when a wizard runs
    "yibao_cli.catalogue.areacodes",  # only when a region is chosen
    "phonenumbers",  # data/area-codes.yaml is generated; never read at run time
    "pydantic",  # Typer's validators: plain option values skip them (commands/base.py)
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ("balance-channels",),
        ("card-number-channels",),
        ("location-channels",),
        ("show", "replace-card"),
        ("show", "replace-card", "--json"),
        ("channels", "balance", "--kind", "app"),
        ("--lang", "en", "show", "replace-card"),
        ("list",),
        ("--help",),
    ],
)
def test_one_shot_commands_load_only_what_they_need(tmp_path: Path, args: tuple[str, ...]) -> None:
    imports(tmp_path, "list")  # warm the compiled catalogue
    loaded = imports(tmp_path, *args)
    assert not [name for name in HEAVY if name in loaded]


@pytest.mark.slow
def test_the_lunar_calendar_is_imported_only_to_count_a_year_by_rule(tmp_path: Path) -> None:
    imports(tmp_path, "list")
    # Inside the holiday library's years the statutory rule is never needed.
    assert "borax" not in imports(tmp_path, "timeline", "replace-card", "--start", "2026-09-30")
    later = f"{datetime.date.today().year + 5}-06-01"  # past any library release for years
    assert "borax" in imports(tmp_path, "timeline", "replace-card", "--start", later)


@pytest.mark.slow
def test_a_one_shot_command_reads_only_the_procedure_it_shows(tmp_path: Path) -> None:
    imports(tmp_path, "list")
    (folder,) = tmp_path.glob("catalogue-*")
    for part in folder.glob("procedure-*.pickle"):
        if part.name != "procedure-replace-card.pickle":
            part.write_bytes(b"broken on purpose: must not be read")
    before = {p.name: p.read_bytes() for p in folder.glob("*.pickle")}
    imports(tmp_path, "show", "replace-card")
    imports(tmp_path, "list")
    after = {p.name: p.read_bytes() for p in folder.glob("*.pickle")}
    assert before == after  # nothing was rebuilt: the other parts were never read


@pytest.mark.slow
def test_a_wizard_without_an_answers_file_loads_neither_pydantic_nor_yaml(tmp_path: Path) -> None:
    imports(tmp_path, "list")
    loaded = imports(tmp_path, "guide", "replace-card", "--defaults", "--answer", "situation=lost")
    assert "pydantic" not in loaded
    assert "yaml" not in loaded


@pytest.mark.slow
def test_a_region_once_indexed_loads_neither_stdnum_nor_pinyin(tmp_path: Path) -> None:
    imports(tmp_path, "show", "replace-card", "--region", "北京")  # builds the division index
    loaded = imports(tmp_path, "show", "replace-card", "--region", "北京")
    assert not [name for name in HEAVY if name in loaded and not name.endswith("areacodes")]


NOT_BEFORE_THE_FIRST_QUESTION = (
    "typer",  # `yibao guide ID` on a terminal does not build the command tree (launch.quick)
    "rich",  # the outcome is drawn after the answers
    "yibao_cli.cli",
    "yibao_cli.commands",
    "yibao_cli.render",
    "yibao_cli.page.outcome",
    "yibao_cli.page.model",
    "yibao_cli.wizard.outcome",
    "yibao_cli.wizard.fitting",
    "yibao_cli.dates.timeline",
    "yibao_cli.regions.resolve",  # no region given: the resolver is never needed
    "yibao_cli.regions.divisions",
    "yaml",
    "pydantic",
    "pypinyin",
)


@pytest.mark.slow
def test_the_first_question_of_a_wizard_comes_before_the_command_tree_and_rich(
    tmp_path: Path,
) -> None:
    import pexpect

    imports(tmp_path, "list")  # warm the compiled catalogue
    log = tmp_path / "imports.txt"
    script = 'exec "$0" -X importtime -m yibao_cli guide replace-card 2>"$1"'
    env = {**os.environ, "YIBAO_CACHE": str(tmp_path)}
    env.update(TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", script, sys.executable, str(log)],
        env=env,
        cwd=str(ROOT),
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=60,
    )
    try:
        child.expect_exact("第 1/")  # the first question is on the screen
        loaded = {
            line.rsplit("|", 1)[1].strip()
            for line in log.read_text(encoding="utf-8").splitlines()
            if line.startswith("import time:") and "|" in line
        }
    finally:
        child.sendintr()
        child.expect(pexpect.EOF)
        child.close()
    assert "questionary" in loaded
    assert not [name for name in NOT_BEFORE_THE_FIRST_QUESTION if name in loaded]
