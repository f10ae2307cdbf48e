"""English: ``--lang``, its precedence over the environment, the fallback marker, and
``yibao validate --lang en`` listing the texts that have no English."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

import helpers
from helpers import DATA, FIXTURE, ROOT, Run, golden
from yibao_cli.app import context
from yibao_cli.catalogue import english, model
from yibao_cli.cli import hoist_lang
from yibao_cli.strings import every_string, lang_from_env


def test_lang_option_before_or_after_the_command(run: Run) -> None:
    for args in (("--lang", "en", "list"), ("list", "--lang", "en"), ("list", "--lang=en")):
        result = run("--catalogue", str(FIXTURE), *args)
        assert result.code == 0, result.err
        assert "Alpha" in result.out and "甲流程" not in result.out


def test_lang_zh_overrides_an_english_environment(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YIBAO_LANG", "en")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    result = run("--catalogue", str(FIXTURE), "list", "--lang", "zh")
    assert "甲流程" in result.out


def test_yibao_lang_overrides_lang(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "Alpha" in run("--catalogue", str(FIXTURE), "list").out
    monkeypatch.setenv("YIBAO_LANG", "zh")
    assert "甲流程" in run("--catalogue", str(FIXTURE), "list").out


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "zh"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"YIBAO_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
        ({"YIBAO_LANG": "klingon", "LANG": "en_US"}, "en"),
    ],
)
def test_language_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert lang_from_env(environ) == expected


def test_invalid_lang_is_a_usage_error(run: Run) -> None:
    result = run("list", "--lang", "fr")
    assert result.code == 2
    assert "'zh', 'en'" in result.err
    assert "Traceback" not in result.err


def test_lang_without_a_value_is_a_usage_error(run: Run) -> None:
    result = run("list", "--lang")
    assert result.code == 2
    assert "Traceback" not in result.err


def test_help_in_english(run: Run) -> None:
    result = run("--lang", "en", "--help")
    assert result.code == 0
    assert "List every procedure" in result.out
    result = run("show", "--help", "--lang", "en")
    assert "Show a procedure" in result.out
    assert "Procedure id, alias or pinyin" in result.out


def test_help_follows_the_language_again_after_english(run: Run) -> None:
    run("--lang", "en", "--help")
    assert "列出全部办事项目" in run("--lang", "zh", "--help").out


def test_hoist_lang_keeps_everything_after_a_double_dash() -> None:
    assert hoist_lang(["show", "x", "--lang", "en"]) == ["--lang", "en", "show", "x"]
    assert hoist_lang(["search", "--", "--lang"]) == ["search", "--", "--lang"]


def test_missing_english_is_marked_in_text_but_not_in_json(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "show", "alpha", "--lang", "en")
    assert result.code == 0
    assert f"{model.FALLBACK_MARK}第一步" in result.out
    data = json.loads(
        run("--catalogue", str(FIXTURE), "show", "alpha", "--json", "--lang", "en").out
    )
    assert data["lang"] == "en"
    assert data["steps"][0]["title"] == "第一步"
    assert model.FALLBACK_MARK not in json.dumps(data, ensure_ascii=False)


def test_chinese_output_has_no_marker(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "show", "alpha")
    assert model.FALLBACK_MARK not in result.out


def test_text_fallback() -> None:
    both = model.LocalText(zh="中", en="middle")
    only = model.LocalText(zh="中")
    assert model.text(both, "en", mark=True) == "middle"
    assert model.text(only, "en", mark=True) == f"{model.FALLBACK_MARK}中"
    assert model.text("中", "en") == "中"
    assert model.text(only, "zh", mark=True) == "中"
    assert model.text(model.LocalText(zh="中", en="  "), "en", mark=True).startswith("〔")


def test_validate_lang_en_lists_missing_texts(run: Run) -> None:
    result = run("validate", str(FIXTURE), "--lang", "en")
    assert result.code == 4
    lines = result.out.splitlines()
    assert "tests/fixtures/catalogue/procedures/alpha.yaml:10: steps[0].title" in lines
    assert "tests/fixtures/catalogue/procedures/alpha.yaml:28: channels[0].steps[1]" in lines
    assert "tests/fixtures/catalogue/regions/fuzhou.yaml:7: contacts[0].name" in lines
    assert "catalogue texts have no English" in result.err
    assert not any(line.endswith(".title") and "alpha.yaml:2:" in line for line in lines)


def test_validate_lang_en_json(run: Run) -> None:
    result = run("validate", str(FIXTURE), "--lang", "en", "--json")
    assert result.code == 4
    data = json.loads(result.out)
    assert data["valid"] is True
    assert "tests/fixtures/catalogue/procedures/beta.yaml:2: title" in data["missing_en"]


def test_validate_in_chinese_does_not_ask_for_english(run: Run) -> None:
    result = run("validate", str(FIXTURE))
    assert result.code == 0
    assert "missing_en" not in run("validate", str(FIXTURE), "--json").out


def test_validate_lang_en_passes_when_all_is_english(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "cat"
    (root / "procedures").mkdir(parents=True)
    (root / "channels.yaml").write_text(
        "- id: x\n  kind: phone\n  name: {zh: 热线, en: Hotline}\n  tier: 全国\n",
        encoding="utf-8",
    )
    (root / "procedures" / "p.yaml").write_text(
        "id: p\ntitle: {zh: 办事, en: Task}\nsummary: {zh: 简介, en: Summary}\n"
        "reviewed: 2026-11-23\n",
        encoding="utf-8",
    )
    result = run("validate", str(root), "--lang", "en")
    assert result.code == 0, result.out + result.err
    assert "Every catalogue text has English" in result.out


# ---- completeness: every interface string and catalogue text has English -------------------

HAN = re.compile(r"[\u4e00-\u9fff]")

# Files allowed to lack English, each with a reason. Empty: the whole catalogue is translated.
UNTRANSLATED: frozenset[str] = frozenset()


def test_every_interface_string_has_english() -> None:
    lacking = [
        key
        for key, (zh, english_forms) in every_string().items()
        for en in (english_forms if isinstance(english_forms, tuple) else (english_forms,))
        if not en.strip() or (en == zh and HAN.search(zh))
    ]
    assert lacking == []


def test_every_catalogue_text_has_english() -> None:
    missing = [
        english.where(problem)
        for problem in english.missing_english(DATA)
        if Path(problem.file).name not in UNTRANSLATED
    ]
    assert missing == [], "\n".join(missing[:20])


# ---- golden files: what an English reader sees ------------------------------------------------

GOLDEN = Path(__file__).parent / "golden" / "en"
TODAY = datetime.date(2026, 9, 1)


def check_golden(name: str, text: str) -> None:
    golden(GOLDEN / name, text)


def test_show_in_english_golden(run: Run) -> None:
    result = run("show", "replace-card", "--lang", "en")
    assert result.code == 0, result.err
    assert model.FALLBACK_MARK not in result.out
    check_golden("show-replace-card.txt", result.out)


def test_show_in_english_with_a_region_golden(run: Run) -> None:
    result = run("show", "balance", "--region", "福州", "--lang", "en")
    assert result.code == 0, result.err
    assert model.FALLBACK_MARK not in result.out
    assert "Fuzhou" in result.out
    check_golden("show-balance-fuzhou.txt", result.out)


def test_wizard_outcome_in_english_golden(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "today", lambda: TODAY)
    result = run("guide", "replace-card", "--defaults", "--lang", "en")
    assert result.code == 0, result.err
    assert model.FALLBACK_MARK not in result.out
    check_golden("guide-replace-card-defaults.txt", result.out)


def test_checklist_in_english_golden(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "today", lambda: TODAY)
    pairs = ["for-whom=self", "situation=stolen", "reported=phone", "mode=in-person"]
    pairs.append("photo=unsure")
    pairs.append("police=required")
    args = helpers.answers(*pairs)
    result = run("checklist", "replace-card", *args, "--start", "2026-09-25", "--lang", "en")
    assert result.code == 0, result.err
    assert model.FALLBACK_MARK not in result.out
    assert "☐" in result.out
    check_golden("checklist-replace-card.txt", result.out)


@pytest.mark.slow
def test_option_help_follows_yibao_lang(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "yibao_cli", "guide", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "YIBAO_LANG": "en"},
    )
    assert done.returncode == 0, done.stderr
    assert "Answer a question" in done.stdout
    assert "回答一个问题" not in done.stdout


def test_option_help_follows_lang_after_the_command(run: Run) -> None:
    result = run("guide", "--help", "--lang", "en")
    assert "Answer a question" in result.out and "回答一个问题" not in result.out
    result = run("guide", "--help")
    assert "回答一个问题" in result.out and "Answer a question" not in result.out
