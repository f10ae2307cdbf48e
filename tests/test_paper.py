"""Printed checklists show no commands: on paper a related procedure is named by its title."""

from __future__ import annotations

import json
import re

import pytest

from helpers import Run

FORMATS = (
    ("text",),
    ("text", "--ascii"),
    ("markdown",),
    ("html",),
    ("html", "--large"),
)
COMMAND = re.compile(r"\byibao\s+[a-z]|--(answer|defaults|region|format|start|lang)\b")
"""A command line or an option: something to type, which means nothing on paper."""


def listed(run: Run) -> list[str]:
    result = run("list", "--json")
    assert result.code == 0, result.err
    return [item["id"] for item in json.loads(result.out)]


@pytest.mark.parametrize(("form", "extra"), [(f[0], f[1:]) for f in FORMATS])
def test_no_checklist_shows_a_command(run: Run, form: str, extra: tuple[str, ...]) -> None:
    for procedure in listed(run):
        for region in ((), ("--region", "福州")):
            args = ("checklist", procedure, "--defaults", "--format", form, *extra, *region)
            result = run(*args)
            assert result.code == 0, f"{' '.join(args)}: {result.err}"
            found = COMMAND.search(result.out)
            assert found is None, f"{' '.join(args)} prints {found and found.group(0)!r}"


def test_paper_names_a_related_procedure_by_its_title(run: Run) -> None:
    terminal = run("guide", "use-card", "--defaults")
    assert "yibao guide reimburse" in terminal.out  # the terminal says what to run
    for form in ("text", "markdown", "html"):
        paper = run("checklist", "use-card", "--defaults", "--format", form)
        assert "另见" in paper.out
        assert "医保报销流程与材料" in paper.out
        assert "yibao" not in paper.out
