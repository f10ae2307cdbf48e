"""The one-page sheet (``checklist ID --brief``) printed to PDF by a real headless Chromium.

Every procedure's sheet fits one A4 page, and two in large type; the first action, a material
and, when the procedure has one, the sentence to say at the window are on the page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import Run, procedure_ids
from helpers.browser import pages, pdf_text, print_pdf, require_browser
from yibao_cli.catalogue import model
from yibao_cli.strings import set_lang

require_browser()
pytestmark = pytest.mark.slow

IDS = procedure_ids()


@pytest.fixture
def window(catalogue: model.Catalogue) -> tuple[str, str]:
    """Replace-card's sentence for the window and its English gloss."""
    proc = catalogue.procedure("replace-card")
    assert proc is not None
    said = proc.at_window
    assert said is not None and not isinstance(said, str) and said.en
    return said.zh, said.en


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


def test_the_window_sentence_is_on_the_page(
    run: Run, tmp_path: Path, window: tuple[str, str]
) -> None:
    said, _ = window
    target = tmp_path / "window.html"
    data = sheet(run, target, "replace-card")
    assert data["at_window"] == {"zh": said, "en": None}  # the gloss is for English mode
    text = flat(print_pdf(target, tmp_path))
    assert "到窗口这样说" in text and said in text


def test_in_english_the_sentence_stays_chinese_with_its_gloss(
    run: Run, window: tuple[str, str]
) -> None:
    said, gloss = window
    result = run("--lang", "en", "checklist", "replace-card", "--defaults", "--brief")
    set_lang("zh")
    assert result.code == 0, result.err
    assert "What to say at the window (到窗口这样说)" in result.out
    assert f"「{said}」" in result.out
    assert " ".join(result.out.split()).count(gloss) == 1
