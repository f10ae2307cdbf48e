"""Shell completion as bash drives it: procedure ids and aliases, regions, cases, choices."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import helpers
from helpers import FIXTURE, ROOT, Run
from yibao_cli.app import complete


def bash(words: str, env: dict[str, str] | None = None) -> list[str]:
    """What ``yibao`` offers bash for the last word of ``words`` (Click's protocol)."""
    parts = words.split(" ")
    done = subprocess.run(
        [sys.executable, "-m", "yibao_cli"],
        cwd=ROOT,
        env={
            **os.environ,
            **(env or {}),
            "_YIBAO_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(parts) - 1),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout.split()


@pytest.mark.slow
def test_procedure_ids_and_aliases() -> None:
    assert "replace-card" in bash("yibao show re")
    assert set(bash("yibao show re")) <= {"replace-card", "reimburse"}
    assert "补办医保卡" in bash("yibao channels 补")
    assert "replace-card" in bash("yibao guide rep")
    assert "replace-card" in bash("yibao timeline replace")


@pytest.mark.slow
def test_region_names() -> None:
    offered = bash("yibao show replace-card --region 福")
    assert "福州市" in offered and "福建省" in offered
    assert len(offered) == len(set(offered))
    assert "hangzhou" in bash("yibao balance-channels -r hangz")
    assert "福州市" in bash("yibao show replace-card -r ")  # regions with local data


@pytest.mark.slow
def test_choices_and_commands() -> None:
    assert bash("yibao checklist replace-card --format ") == ["text", "markdown", "html", "json"]
    assert bash("yibao channels balance --kind o") == ["online", "offline"]
    assert "show" in bash("yibao s") and "search" in bash("yibao s")


@pytest.mark.slow
def test_case_names(run: Run) -> None:
    answers = ["kind=lost", "reported=no", "age=30", "apps=phone", "how=office", "day=today"]
    pairs = helpers.answers(*answers)
    for name in ("mine", "mother"):
        result = run("--catalogue", str(FIXTURE), "guide", "alpha", *pairs, "--save", name)
        assert result.code == 0, result.err
    assert bash("yibao case show m") == ["mine", "mother"]
    assert bash("yibao case done mo") == ["mother"]


@pytest.mark.slow
def test_no_cases_no_database() -> None:
    assert bash("yibao case show ") == []
    assert not (ROOT / "cases.sqlite3").exists()


def test_completion_never_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("no catalogue")

    monkeypatch.setattr("yibao_cli.session.catalogue", broken)
    assert complete.procedures(None, "re") == []


def test_choices_carry_labels_in_the_language() -> None:
    from yibao_cli import strings

    assert ("online", "网上") in complete.choices(("online", "phone"), "kind")("on")
    strings.set_lang("en")
    try:
        assert ("json", "JSON (for programs)") in complete.choices(("json",), "out.format")("")
    finally:
        strings.set_lang("zh")
