"""The one-page sheet (``checklist ID --brief``) printed to PDF by a real headless Chromium.

Every procedure's sheet fits one A4 page, and two in large type; the first action, a material
and, when the procedure has one, the sentence to say at the window are on the page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_checklist_browser import pages, pdf_text, print_pdf

from conftest import DATA, Run
from yibao_cli.catalogue import load as loader
from yibao_cli.strings import set_lang

pytestmark = pytest.mark.slow

CATALOGUE = loader.compile_directory(DATA)
IDS = [summary.id for summary in CATALOGUE.summaries]
REPLACE = CATALOGUE.procedure("replace-card")
assert REPLACE is not None
WINDOW = REPLACE.at_window
assert WINDOW is not None and not isinstance(WINDOW, str) and WINDOW.en
SAID, GLOSS = WINDOW.zh, WINDOW.en


def sheet(
    run: Run, target: Path, proc_id: str, *extra: str, root: tuple[str, ...] = ()
) -> dict[str, object]:
    """Write the sheet as HTML; return the same sheet as JSON data."""
    args = (*root, "checklist", proc_id, "--defaults", "--brief", "--region", "福州", *extra)
    result = run(*args, "--format", "html", "-o", str(target))
    assert result.code == 0, result.err
    data = run(*args, "--json")
    assert data.code == 0, data.err
    import json

    found: dict[str, object] = json.loads(data.out)
    return found


def flat(pdf: Path) -> str:
    return re.sub(r"\s+", "", pdf_text(pdf))  # CJK text comes back without the line breaks


def first_words(text: str) -> str:
    return re.sub(r"\s+", "", text)[:12]


@pytest.mark.parametrize("proc_id", IDS)
def test_every_sheet_fits_one_page(run: Run, tmp_path: Path, proc_id: str) -> None:
    data = sheet(run, tmp_path / f"{proc_id}.html", proc_id)
    pdf = print_pdf(tmp_path / f"{proc_id}.html", tmp_path)
    assert pages(pdf) == 1
    text = flat(pdf)
    now, bring, intro = data["now"], data["bring"], data["intro"]
    assert isinstance(now, list) and isinstance(bring, list) and isinstance(intro, list)
    assert len(now) <= 5
    assert now or intro  # nothing to do (一般不能提取): the verdict says why
    if now:
        assert "现在就做" in text and first_words(now[0]["text"]) in text
    if bring:
        assert "要带的材料" in text and first_words(bring[0]["text"]) in text
    assert "yibao" not in text  # paper shows no commands
    said = data["at_window"]
    if said is not None:
        assert isinstance(said, dict)
        assert "到窗口这样说" in text and first_words(said["zh"]) in text
    large = sheet(run, tmp_path / f"{proc_id}-large.html", proc_id, "--large")
    assert large["now"] == now
    assert pages(print_pdf(tmp_path / f"{proc_id}-large.html", tmp_path)) <= 2


def test_the_window_sentence_is_on_the_page(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "window.html"
    data = sheet(run, target, "replace-card")
    assert data["at_window"] == {"zh": SAID, "en": None}  # the gloss is for English mode
    text = flat(print_pdf(target, tmp_path))
    assert "到窗口这样说" in text and SAID in text


def test_in_english_the_sentence_stays_chinese_with_its_gloss(run: Run) -> None:
    result = run("--lang", "en", "checklist", "replace-card", "--defaults", "--brief")
    set_lang("zh")
    assert result.code == 0, result.err
    assert "What to say at the window (到窗口这样说)" in result.out
    assert f"「{SAID}」" in result.out
    assert " ".join(result.out.split()).count(GLOSS) == 1
