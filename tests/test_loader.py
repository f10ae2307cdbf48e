"""Bad catalogues: every mistake a content editor can make gets file, line and field."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import ROOT, SHARED, Run


def write(root: Path, name: str, text: str) -> None:
    (root / name).write_text(text, encoding="utf-8")


def validate(run: Run, root: Path) -> tuple[int, str]:
    result = run("validate", str(root))
    assert "Traceback" not in result.err + result.out
    return result.code, result.err


def test_fixture_catalogue_is_valid(run: Run, catalogue_copy: Path) -> None:
    result = run("validate", str(catalogue_copy))
    assert result.code == 0
    assert "2 个办事项目" in result.out


def test_malformed_yaml_names_file_and_line(run: Run, catalogue_copy: Path) -> None:
    write(catalogue_copy, "procedures/beta.yaml", "id: beta\ntitle: [unclosed\nsummary: x\n")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/beta.yaml:3: YAML 语法错误" in err


def test_wrong_type_names_field_path_and_line(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("min: 7, max: 15", "min: soon, max: 15"),
        encoding="utf-8",
    )
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/alpha.yaml:20: steps[1].durations[1].min: 应为整数" in err


def test_missing_field(run: Run, catalogue_copy: Path) -> None:
    write(catalogue_copy, "procedures/beta.yaml", "id: beta\ntitle: 乙\nreviewed: 2026-01-01\n")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/beta.yaml:1: summary: 缺少必填字段" in err


def test_unknown_tier_lists_the_allowed_ones(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "    tier: 全国\n    channels:", "    tier: 国家\n    channels:"
    )
    path.write_text(text, encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert (
        "procedures/alpha.yaml:11: steps[0].tier: 取值必须是 '全国', '属地' or '经验' 之一" in err
    )


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("    actor: user\n", "steps[0].actor: 取值必须是 'you' or 'office' 之一"),
        ("", "steps[0].actor: 缺少必填字段"),
    ],
)
def test_every_step_says_who_acts(
    run: Run, catalogue_copy: Path, actor: str, expected: str
) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    text = path.read_text(encoding="utf-8").replace("    actor: you\n", actor, 1)
    path.write_text(text, encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert expected in err


def test_unknown_field_is_flagged(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/beta.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "tire: 全国\n", encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/beta.yaml:6: tire: 未知字段" in err


def test_duplicate_ids_across_files(run: Run, catalogue_copy: Path) -> None:
    write(
        catalogue_copy,
        "procedures/gamma.yaml",
        "id: beta\ntitle: 丙\nsummary: 丙\nreviewed: 2026-01-01\n",
    )
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/gamma.yaml:1: id: id 'beta' 与文件名 'gamma' 不一致" in err
    assert "'beta' 已被 " in err


def test_duplicate_step_ids(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  - id: wait\n", "  - id: first\n"),
        encoding="utf-8",
    )
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/alpha.yaml:14: steps[1].id: id 'first' 重复" in err


def test_duplicate_keys(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/beta.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "summary: 又一个\n", encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/beta.yaml:6: 键 'summary' 重复出现" in err


def test_broken_references(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    text = path.read_text(encoding="utf-8").replace("channels: [hotline]", "channels: [fax]")
    text = text.replace("related: [beta]", "related: [gamma]")
    path.write_text(text, encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "steps[0].channels[0]: 引用了不存在的 'fax'" in err
    assert "related[0]: 引用了不存在的 'gamma'" in err


def test_alias_taken_by_another_procedure(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/beta.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("aliases: [乙]", "aliases: [甲]"), encoding="utf-8"
    )
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/beta.yaml:5: aliases[0]: '甲' 已被" in err


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        ("min: 7, max: 10", "min: 12, max: 10", "时长范围无效"),
        ("reviewed: 2026-11-01", "reviewed: 2026-13-45", "reviewed: 应为日期"),
        ("title: {zh: 甲流程, en: Alpha}", "title: {zh: 甲流程, fr: Alpha}", "title.fr: 未知字段"),
        ("title: {zh: 甲流程, en: Alpha}", "title: 12", "title: 应为文本"),
        ("aliases: [甲, 测试甲]", "aliases: 甲", "aliases: 应为列表"),
    ],
)
def test_field_mistakes(
    run: Run, catalogue_copy: Path, replace: str, by: str, expected: str
) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    text = path.read_text(encoding="utf-8")
    assert replace in text
    path.write_text(text.replace(replace, by, 1), encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/alpha.yaml:" in err
    assert expected in err


def test_http_url_rejected(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "channels.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("https://", "http://"), encoding="utf-8"
    )
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "channels.yaml:10: [1].url: 网址必须以 https:// 开头" in err


def test_region_overlay_references_checked(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "regions/fuzhou.yaml"
    text = path.read_text(encoding="utf-8").replace("      wait:", "      nope:")
    path.write_text(text.replace('code: "350100"', "code: 3501"), encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "regions/fuzhou.yaml:1: code: 应为文本" in err or "code: 区划代码" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "文件为空"),
        (b"\xff\xfe\x00bad", "不是 UTF-8"),
        (b"- 1\n- 2\n", "应为映射"),
        (b"a: &x [*x]\n", "procedures/beta.yaml"),
        (b"id: beta\n---\nid: beta\n", "YAML 语法错误"),
        (b"!!python/object:os.system {}\n", "YAML 语法错误"),
    ],
)
def test_unusable_files(run: Run, catalogue_copy: Path, content: bytes, expected: str) -> None:
    (catalogue_copy / "procedures/beta.yaml").write_bytes(content)
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert expected in err


def test_missing_directory(run: Run, tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope"))
    assert result.code == 4
    assert "找不到数据目录" in result.err


def test_not_a_catalogue(run: Run, tmp_path: Path) -> None:
    result = run("validate", str(tmp_path))
    assert result.code == 4
    assert "缺少 procedures/" in result.err


def test_commands_refuse_a_bad_catalogue(run: Run, catalogue_copy: Path) -> None:
    write(catalogue_copy, "procedures/beta.yaml", "id: [\n")
    result = run("--catalogue", str(catalogue_copy), "list")
    assert result.code == 4
    assert "procedures/beta.yaml" in result.err
    assert result.out == ""


def test_debug_shows_the_traceback(run: Run, catalogue_copy: Path) -> None:
    write(catalogue_copy, "procedures/beta.yaml", "id: [\n")
    with pytest.raises(Exception, match="错误"):
        run("--debug", "--catalogue", str(catalogue_copy), "list")


# The YAML test suite's documents live beside the project (../shared/corpus), not in it. Without
# ../shared the test is skipped, and the summary says so; with ../shared, a missing or empty
# corpus is a failure, not a quiet skip.
CORPUS = SHARED / "corpus"
CORPUS_FILES: list[Any] = (
    [
        pytest.param(path, id=f"{path.parent.name}/{path.name}")
        for path in sorted(CORPUS.glob("yaml-*/*.yaml"))
    ]
    if SHARED.is_dir()
    else [
        pytest.param(
            None,
            id="no-corpus",
            marks=pytest.mark.skip(reason=f"{SHARED} is absent: the YAML corpus was not tested"),
        )
    ]
)


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent")
def test_the_corpus_is_there_when_shared_is() -> None:
    assert len(CORPUS_FILES) >= 300, f"{CORPUS} should hold the YAML test-suite documents"


@pytest.mark.parametrize("document", CORPUS_FILES)
def test_corpus_document_gives_a_clear_error(
    run: Run, catalogue_copy: Path, document: Path
) -> None:
    (catalogue_copy / "procedures/beta.yaml").write_bytes(document.read_bytes())
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "procedures/beta.yaml" in err
    assert "数据有" in err


@pytest.mark.slow
def test_the_catalogue_validates_without_libyaml(tmp_path: Path) -> None:
    # As on a PyYAML built without libyaml: yibao falls back to PyYAML's own parser.
    script = "import yaml; del yaml.CSafeLoader; from yibao_cli.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", script, "validate", "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "YIBAO_CACHE": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["valid"] is True


@pytest.mark.parametrize(
    ("text", "tier", "expected"),
    [
        ("不要外借。", "经验", "同一说法标了两个可信度：这里是经验"),  # punctuation aside
        ("不要外借", "全国", None),  # the same claim with the same tier is fine
    ],
)
def test_one_claim_carries_one_tier(
    run: Run, catalogue_copy: Path, text: str, tier: str, expected: str | None
) -> None:
    # alpha's note says 不要外借 (全国); beta says it again.
    path = catalogue_copy / "procedures/beta.yaml"
    note = f"notes:\n  - kind: caution\n    text: {text}\n    tier: {tier}\n"
    path.write_text(path.read_text(encoding="utf-8") + note, encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    if expected is None:
        assert code == 0, err
    else:
        assert code == 4
        assert "procedures/beta.yaml:" in err and expected in err
        assert "procedures/alpha.yaml:40 是全国" in err


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("{max: 10, limit: true, tier: 全国}", None),
        ("{min: 0, max: 10, limit: true, tier: 全国}", "时限只写 max"),
        ("{max: 10, tier: 全国}", "时长要写 min 和 max"),
    ],
)
def test_time_limits(run: Run, catalogue_copy: Path, by: str, expected: str | None) -> None:
    path = catalogue_copy / "procedures/alpha.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{min: 7, max: 15, tier: 属地}", by, 1), encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    if expected is None:
        assert code == 0, err
    else:
        assert code == 4
        assert "procedures/alpha.yaml:20: steps[1].durations[1]" in err
        assert expected in err


def test_settled_needs_a_condition(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "flows/alpha.yaml"
    text = path.read_text(encoding="utf-8")
    old = "steps: [first, {id: wait, when: {how: office}}]"
    assert old in text
    path.write_text(text.replace(old, "steps: [{id: first, settled: true}]"), encoding="utf-8")
    code, err = validate(run, catalogue_copy)
    assert code == 4
    assert "flows/alpha.yaml:69: outcomes[0].steps[0].settled: settled 只用于有 condition" in err
