"""The README and docs/: every relative link leads to a file, and the README stays short."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from helpers import ROOT

README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
"""A Markdown inline link: ``[words](target)``."""


def relative_links(page: Path) -> list[str]:
    """The targets of a page's links that are neither web addresses nor anchors on the page."""
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return [
        target
        for target in LINK.findall(text)
        if not re.match(r"[a-z][a-z0-9+.-]*:", target) and not target.startswith("#")
    ]


def test_there_are_docs_pages() -> None:
    assert len(PAGES) > 1


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_relative_link_leads_to_a_file(page: Path) -> None:
    broken = [
        target
        for target in relative_links(page)
        if not (page.parent / target.split("#", 1)[0]).exists()
    ]
    assert broken == []


def test_every_docs_page_is_linked_from_the_readme() -> None:
    linked = {(ROOT / target.split("#", 1)[0]).resolve() for target in relative_links(README)}
    assert [page.name for page in PAGES[1:] if page.resolve() not in linked] == []


def test_the_readme_stays_short() -> None:
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines < 300, f"README.md has {lines} lines: move reference text into docs/"


def test_the_source_distribution_carries_the_docs() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "docs" in project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    (tmp_path / "there.md").write_text("", encoding="utf-8")
    page.write_text(
        "[a](there.md) [b](missing.md#part) [c](https://example.org/x) [d](#here)\n"
        "```\n[e](inside-code.md)\n```\n",
        encoding="utf-8",
    )
    assert relative_links(page) == ["there.md", "missing.md#part"]
