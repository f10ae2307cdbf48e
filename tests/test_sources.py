"""The source ledger: citations checked by validate, shown by show, guide and checklist."""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpers import DATA, FIXTURE, Run
from yibao_cli.app import context
from yibao_cli.catalogue.citations import CALENDAR_SOURCES

LEDGER = """\
sources:
  - id: law-1
    kind: policy
    number: 测试发〔2026〕1号
    title: 测试政策
    publisher: 测试部门
    published: 2025-12-20
    url: https://www.nhsa.gov.cn/test/1.html
    verified: 2026-01-01
    review_days: 90

  - id: page-1
    kind: official-page
    title: 测试官网页面
    url: https://ybj.fuzhou.gov.cn/page
    verified: 2026-11-01
    review_days: 60

  - id: art-1
    kind: article
    title: 测试文章
    verified: 2026-11-01
    review_days: 365
"""
BY_TIER = {"全国": ["law-1"], "属地": ["page-1"], "经验": ["art-1"]}
STALE = "可能已过时，请向当地医保经办机构确认（最后核对：2026-01-01）"


def _cite(value: Any) -> None:
    if isinstance(value, dict):
        if "tier" in value and "sources" not in value:
            value["sources"] = BY_TIER[value["tier"]]
        for item in value.values():
            _cite(item)
    elif isinstance(value, list):
        for item in value:
            _cite(item)


@pytest.fixture
def cited(tmp_path: Path) -> Path:
    """The test catalogue with a ledger, every claim citing a source by its tier.

    全国 claims cite ``law-1`` (checked 2026-01-01, for 90 days), 属地 ones ``page-1`` and 经验
    ones ``art-1`` (both checked 2026-11-01).
    """
    target = tmp_path / "cited"
    shutil.copytree(FIXTURE, target)
    for path in sorted(target.rglob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        if path.parent.name == "procedures":
            data.pop("reviewed", None)
        _cite(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    (target / "sources.yaml").write_text(LEDGER, encoding="utf-8")
    return target


def _on(monkeypatch: pytest.MonkeyPatch, day: str) -> None:
    monkeypatch.setattr(context, "sources_day", lambda: datetime.date.fromisoformat(day))


def _line_of(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def test_a_cited_catalogue_is_valid(run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _on(monkeypatch, "2026-11-20")
    result = run("validate", str(cited))
    assert result.code == 0, result.err
    assert "sources.yaml" in result.err and "law-1" in result.err  # expired: a warning only
    assert "2026-04-01" in result.err


def test_a_claim_without_a_source_fails_with_its_line(run: Run, cited: Path) -> None:
    path = cited / "procedures" / "alpha.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    del data["materials"][0]["sources"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    result = run("validate", str(cited))
    assert result.code != 0
    line = _line_of(path, "- id: id-card")
    assert f"alpha.yaml:{line}: materials[0]: 没有来源" in result.err


def test_an_unknown_source_id_fails_with_its_line(run: Run, cited: Path) -> None:
    path = cited / "channels.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- art-1", "- art-9"), "utf-8")
    result = run("validate", str(cited))
    assert result.code != 0
    line = _line_of(path, "- art-9")
    assert f"channels.yaml:{line}: [1].sources[0]: sources.yaml 里没有来源 'art-9'" in result.err


def test_a_national_claim_needs_more_than_an_article(run: Run, cited: Path) -> None:
    path = cited / "regions" / "fujian.yaml"
    text = path.read_text(encoding="utf-8").replace("tier: 属地", "tier: 全国", 1)
    path.write_text(text.replace("- page-1", "- art-1", 1), "utf-8")
    result = run("validate", str(cited))
    assert result.code != 0
    line = _line_of(path, "tier: 全国")
    assert f"fujian.yaml:{line}: procedures.alpha.notes[0].tier: 标为全国" in result.err


@pytest.mark.parametrize(
    "url",
    [
        "http://www.nhsa.gov.cn/test/1.html",
        "https://www.nhsa.gov.cn.example.com/x",
        "https://example.com/nhsa.gov.cn",
        "https://user@www.gov.cn/x",
        "https://www.gov.cn:8443/x",
    ],
)
def test_a_source_url_must_be_https_and_official(run: Run, cited: Path, url: str) -> None:
    path = cited / "sources.yaml"
    path.write_text(LEDGER.replace("https://www.nhsa.gov.cn/test/1.html", url), "utf-8")
    result = run("validate", str(cited))
    assert result.code != 0
    assert f"sources.yaml:{_line_of(path, url)}: sources[0].url: 来源网址必须是" in result.err


def test_duplicate_source_ids_fail(run: Run, cited: Path) -> None:
    (cited / "sources.yaml").write_text(LEDGER.replace("id: art-1", "id: page-1"), "utf-8")
    result = run("validate", str(cited))
    assert result.code != 0
    assert re.search(r"sources.yaml:\d+: sources\[2\].id: id 'page-1' 重复", result.err)


def test_a_written_reviewed_is_ignored_with_a_warning(
    run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on(monkeypatch, "2026-03-01")
    path = cited / "procedures" / "alpha.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "reviewed: 2020-01-02\n", "utf-8")
    result = run("validate", str(cited))
    assert result.code == 0, result.err
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert f"alpha.yaml:{line}: reviewed: 有 sources.yaml 时，reviewed 由所引来源" in result.err
    shown = run("--catalogue", str(cited), "show", "alpha").out
    assert "内容核对日期：2026-11-01" in shown and "2020-01-02" not in shown


def test_an_uncited_source_is_a_warning(run: Run, cited: Path) -> None:
    extra = (
        "\n  - {id: spare, kind: article, title: 没人引用, verified: 2026-11-01, review_days: 9}\n"
    )
    (cited / "sources.yaml").write_text(LEDGER + extra, "utf-8")
    result = run("validate", str(cited), "--as-of", "2026-11-02")
    assert result.code == 0, result.err
    assert "来源 spare 没有被任何条目引用" in result.err


def test_the_sources_of_the_working_day_count_need_no_claim(run: Run, cited: Path) -> None:
    extra = "".join(
        f"\n  - {{id: {name}, kind: policy, title: 放假, verified: 2026-11-01, review_days: 9}}\n"
        for name in sorted(CALENDAR_SOURCES)
    )
    (cited / "sources.yaml").write_text(LEDGER + extra, "utf-8")
    result = run("validate", str(cited), "--as-of", "2026-11-02")
    assert result.code == 0, result.err
    assert "没有被任何条目引用" not in result.err


def test_the_shipped_ledger_holds_the_sources_of_the_working_day_count() -> None:
    ledger = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))
    assert CALENDAR_SOURCES <= {entry["id"] for entry in ledger["sources"]}


def test_a_catalogue_without_a_ledger_needs_no_citations(run: Run) -> None:
    assert run("validate", str(FIXTURE)).code == 0


def test_without_a_ledger_the_citations_are_not_checked(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures" / "beta.yaml"
    faq = "faq:\n  - {q: 问, a: 答, tier: 经验, sources: [x]}\n"
    path.write_text(path.read_text(encoding="utf-8") + faq)
    assert run("validate", str(catalogue_copy)).code == 0
    shown = run("--catalogue", str(catalogue_copy), "show", "beta").out
    assert "答 [经验]" in shown and "来源" not in shown


def test_show_numbers_the_sources_and_lists_them_last(
    run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on(monkeypatch, "2026-03-01")  # nothing has expired
    result = run("--catalogue", str(cited), "show", "alpha", "-r", "福州")
    assert result.code == 0, result.err
    out = result.out
    assert "1. 第一步 [全国·1]" in out
    assert "等待 [属地·2]" in out
    assert "[属地 · 福州市（市级）·2]" in out
    assert "[经验·3]" in out
    assert "可能已过时" not in out
    tail = out[out.index("\n来源\n") :]
    assert "1. 测试政策" in tail and "测试发〔2026〕1号 · 测试部门 · 发布：2025-12-20" in tail
    assert "https://www.nhsa.gov.cn/test/1.html" in tail and "核对：2026-01-01" in tail
    assert "2. 测试官网页面" in tail and "3. 测试文章" in tail
    assert "内容核对日期：2026-11-01" in out  # the latest check of the sources alpha cites
    assert all(len(line) <= 80 for line in out.splitlines())


def test_show_warns_under_a_claim_whose_every_source_expired(
    run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on(monkeypatch, "2026-06-01")  # law-1 expired on 2026-04-01; the others hold
    out = run("--catalogue", str(cited), "show", "alpha").out
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. 第一步"))
    assert lines[first + 1].strip() == STALE
    assert out.count(STALE) == 4  # the step, the material, the hotline and the caution
    assert "核对：2026-01-01（已过期）" in out
    english = run("--lang", "en", "--catalogue", str(cited), "show", "alpha").out
    assert "May be out of date: check with your local medical insurance office" in english


def test_a_wizard_outcome_warns_too(run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _on(monkeypatch, "2026-06-01")
    args = ["-a", "kind=broken", "-a", "reported=yes", "-a", "apps=phone", "-a", "how=office"]
    result = run("--catalogue", str(cited), "guide", "alpha", *args, "-a", "day=today")
    assert result.code == 0, result.err
    assert STALE in result.out
    assert "\n来源\n" in result.out and "1. 测试政策" in result.out


@pytest.mark.parametrize("form", ["text", "md", "html"])
def test_a_checklist_warns_and_lists_its_sources_last(
    run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    _on(monkeypatch, "2026-06-01")
    args = ["-a", "kind=broken", "-a", "reported=yes", "-a", "apps=phone", "-a", "how=office"]
    result = run(
        "--catalogue", str(cited), "checklist", "alpha", *args, "-a", "day=today", "-F", form
    )
    assert result.code == 0, result.err
    out = result.out
    assert STALE in out
    assert "[全国·1]" in out
    assert "checklist alpha" not in out  # paper shows no commands
    assert out.rindex("测试政策") > out.index("以当地医保部门规定为准")  # after the footer: last


def test_json_carries_ids_on_items_and_the_sources_once(
    run: Run, cited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on(monkeypatch, "2026-06-01")
    data = json.loads(run("--catalogue", str(cited), "show", "alpha", "-r", "福州", "--json").out)
    for key in ("steps", "materials", "channels", "facts", "notes", "faq", "contacts"):
        assert all(item["sources"] for item in data[key]), key
    assert all(span["sources"] for step in data["steps"] for span in step["durations"])
    assert [source["id"] for source in data["sources"]] == ["law-1", "page-1", "art-1"]
    law = data["sources"][0]
    assert law["kind"] == "policy" and law["verified"] == "2026-01-01"
    assert law["expires"] == "2026-04-01" and law["expired"] is True
    assert data["reviewed"] == "2026-11-01"


def test_sources_lists_every_source_with_its_fields(run: Run, cited: Path) -> None:
    data = json.loads(run("--catalogue", str(cited), "sources", "--json").out)
    assert [item["id"] for item in data["sources"]] == ["law-1", "page-1", "art-1"]
    fields = {"id", "kind", "title", "number", "publisher", "published", "url", "verified"}
    assert all(
        fields | {"review_days", "note", "expires", "expired"} <= set(item)
        for item in data["sources"]
    )


def test_sources_stale_as_of(run: Run, cited: Path) -> None:
    late = json.loads(
        run("--catalogue", str(cited), "sources", "--stale", "--as-of", "2030-01-01", "--json").out
    )
    assert len(late["sources"]) == 3 and late["as_of"] == "2030-01-01"
    early = run("--catalogue", str(cited), "sources", "--stale", "--as-of", "2026-03-01")
    assert early.code == 0 and "没有过期的来源" in early.out
    table = run("--catalogue", str(cited), "sources", "--as-of", "2026-06-01")
    law = "law-1  政策文件 · 核对：2026-01-01 · 已过期（2026-04-01）\n    测试政策（"
    assert law in table.out
    assert "art-1  网文 · 核对：2026-11-01 · 有效至 2027-11-01" in table.out
    assert "共 3 个来源，截至 2026-06-01 已过期 1 个" in table.out


def test_sources_of_one_procedure_and_errors(run: Run, cited: Path) -> None:
    data = json.loads(run("--catalogue", str(cited), "sources", "乙", "--json").out)
    assert data["procedure"] == "beta" and data["sources"] == []
    alpha = json.loads(run("--catalogue", str(cited), "sources", "alpha", "--json").out)
    assert len(alpha["sources"]) == 3
    assert run("--catalogue", str(cited), "sources", "nothing").code != 0
    bad = run("--catalogue", str(cited), "sources", "--as-of", "2030-13-01")
    assert bad.code == 2 and "Traceback" not in bad.err
    assert "没有来源清单" in run("--catalogue", str(FIXTURE), "sources").out
