"""``yibao search`` as a user runs it: what each realistic query finds first, output, errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import FIXTURE, Run, procedure_ids

# What people type, and the procedure each must find FIRST (real catalogue in data/).
QUERIES = [
    # Chinese words, as typed
    ("医保卡丢了", "replace-card"),
    ("丢了", "replace-card"),
    ("补办", "replace-card"),
    ("挂失", "replace-card"),
    ("卡坏了", "replace-card"),
    ("余额", "balance"),
    ("查余额", "balance"),
    ("消费记录", "balance"),
    ("卡号", "card-number"),
    ("参保地", "insured-location"),
    ("换城市", "transfer"),
    ("转移", "transfer"),
    ("报销", "reimburse"),
    ("提取", "withdraw"),
    ("取钱", "withdraw"),
    ("备案", "cross-region-filing"),
    ("异地就医", "cross-region-filing"),
    ("共济", "family-binding"),
    ("家人", "family-binding"),
    ("亲情账户", "family-binding"),
    ("断缴", "contributions"),
    ("补缴", "contributions"),
    ("灵活就业", "contributions"),
    ("电子凭证", "e-voucher"),
    ("医保码", "e-voucher"),
    ("每月打钱", "monthly-credit"),
    ("划入", "monthly-credit"),
    ("刷卡", "use-card"),
    # Whole questions: question words are dropped, the rest is matched by word pairs
    ("医保卡丢了怎么办", "replace-card"),
    ("卡丢了怎么补", "replace-card"),
    ("新卡怎么激活", "replace-card"),
    ("怎么查医保余额", "balance"),
    ("医保卡号是多少", "card-number"),
    ("我的医保在哪里", "insured-location"),
    ("医保卡能借给别人吗", "use-card"),
    ("医保电子凭证怎么激活", "e-voucher"),
    ("停保了怎么办", "contributions"),
    ("报销需要什么材料", "reimburse"),
    # Pinyin, spaced pinyin and initials
    ("buban", "replace-card"),
    ("bu ban", "replace-card"),
    ("bb", "replace-card"),
    ("yibaoka", "replace-card"),
    ("yue", "balance"),
    ("kahao", "card-number"),
    ("zhuanyi", "transfer"),
    ("baoxiao", "reimburse"),
    ("tiqu", "withdraw"),
    ("beian", "cross-region-filing"),
    ("ydjy", "cross-region-filing"),
    ("gongji", "family-binding"),
    ("jiao fei", "contributions"),
    ("jf", "contributions"),
    ("yibaoma", "e-voucher"),
    # Typos
    ("replce-card", "replace-card"),
    ("balanse", "balance"),
    ("tranfser", "transfer"),
    ("baoxao", "reimburse"),
    # English ids and words
    ("balance", "balance"),
    ("card-number", "card-number"),
    ("e-voucher", "e-voucher"),
    ("cross-region-filing", "cross-region-filing"),
    ("replace card", "replace-card"),
    ("lost card", "replace-card"),
]


def search_json(run: Run, *args: str) -> tuple[int, dict[str, object]]:
    result = run("search", *args, "--json")
    return result.code, json.loads(result.out)


def test_query_table_is_large_enough() -> None:
    assert len(QUERIES) >= 40


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_procedure_first(run: Run, query: str, expected: str) -> None:
    result = run("search", query, "--json")
    assert result.code == 0, result.err
    results = json.loads(result.out)["results"]
    assert results[0]["id"] == expected, [item["id"] for item in results]


def test_json_shape(run: Run) -> None:
    code, data = search_json(run, "医保卡丢了")
    assert code == 0
    assert data["version"] == 1 and data["lang"] == "zh" and data["query"] == "医保卡丢了"
    assert data["covered"] is True and data["ask"] is None
    results = data["results"]
    assert isinstance(results, list) and 1 <= len(results) <= 5
    first = results[0]
    assert set(first) == {"id", "title", "score", "matches", "why"}
    assert first["title"] == "医保卡挂失、补办、领取、激活"
    scores = [item["score"] for item in results]
    assert scores == sorted(scores, reverse=True)
    match = first["matches"][0]
    assert set(match) == {"field", "where", "context", "text", "start", "end", "kind"}
    assert match["field"] == "alias" and match["where"] == "别名" and match["kind"] == "exact"
    assert match["text"][match["start"] : match["end"]] == "医保卡丢了"


def test_json_match_in_a_step_names_the_step(run: Run) -> None:
    _, data = search_json(run, "马上挂失")
    first = data["results"][0]  # type: ignore[index]
    assert first["id"] == "replace-card"
    match = next(m for m in first["matches"] if m["field"] == "step")
    assert match["context"] == "立即挂失"
    assert match["where"] == "步骤·立即挂失"
    assert match["text"][match["start"] : match["end"]] == "马上挂失"


def test_limit(run: Run) -> None:
    _, data = search_json(run, "医保", "--limit", "2")
    assert len(data["results"]) == 2  # type: ignore[arg-type]
    _, data = search_json(run, "医保", "--limit", "50")
    assert len(data["results"]) == len(procedure_ids())  # type: ignore[arg-type]


def test_text_output_shows_id_title_where_and_line(run: Run) -> None:
    result = run("search", "buban")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "replace-card  医保卡挂失、补办、领取、激活"
    assert lines[1] == "  别名：补办"
    assert "用 yibao show ID 查看详情" in result.out
    assert result.err == ""


def test_long_lines_are_trimmed_around_the_match(run: Run) -> None:
    result = run("search", "即时制卡")
    assert result.code == 0
    line = next(line for line in result.out.splitlines() if "即时制卡" in line)
    assert "…" in line
    assert len(line) < 60


def test_several_words_are_one_query(run: Run) -> None:
    code, data = search_json(run, "bu", "ban")
    assert code == 0 and data["query"] == "bu ban"
    assert data["results"][0]["id"] == "replace-card"  # type: ignore[index]


def test_english_interface(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "search", "jia", "--lang", "en")
    assert result.code == 0
    assert result.out.splitlines()[:2] == ["alpha  Alpha", "  Alias: 甲"]


def test_no_match_exits_3_with_a_hint(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "search", "天气预报")
    assert result.code == 3
    assert result.out == ""
    assert "没有找到与 '天气预报' 相关的办事项目" in result.err
    assert "yibao list" in result.err
    assert "Traceback" not in result.err


def test_no_match_json_still_prints_the_shape(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "search", "zzzz", "--json")
    assert result.code == 3
    assert json.loads(result.out)["results"] == []


@pytest.mark.parametrize("query", ["", "   ", "？？", "!"])
def test_empty_query_is_a_usage_error(run: Run, query: str) -> None:
    result = run("--catalogue", str(FIXTURE), "search", query)
    assert result.code == 2
    assert "请输入要搜索的内容" in result.err


def test_missing_query_is_a_usage_error(run: Run) -> None:
    result = run("search")
    assert result.code == 2
    assert "Traceback" not in result.err


@pytest.mark.parametrize("limit", ["0", "-1", "many"])
def test_bad_limit_is_a_usage_error(run: Run, limit: str) -> None:
    result = run("--catalogue", str(FIXTURE), "search", "甲", "--limit", limit)
    assert result.code == 2
    assert "Traceback" not in result.err


def test_catalogue_edit_reaches_the_search(run: Run, catalogue_copy: Path) -> None:
    assert run("--catalogue", str(catalogue_copy), "search", "新别名").code == 3
    path = catalogue_copy / "procedures/beta.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("aliases: [乙]", "aliases: [乙, 新别名]"),
        encoding="utf-8",
    )
    result = run("--catalogue", str(catalogue_copy), "search", "xinbieming", "--json")
    assert result.code == 0
    assert json.loads(result.out)["results"][0]["id"] == "beta"


def test_a_broken_search_vocabulary_names_file_and_line(run: Run, catalogue_copy: Path) -> None:
    (catalogue_copy / "search.yaml").write_text(
        "fallback: no-such-channel\nsynonyms:\n  - [丢失, 丢了]\n  - [补办, 丢了]\n  - 5\n"
        "stopwords: {zh: [怎么], en: [yes]}\nplaces: 北京\n",
        encoding="utf-8",
    )
    for args in (("search", "丢了"), ("validate", str(catalogue_copy))):
        result = run("--catalogue", str(catalogue_copy), *args)
        assert result.code == 4, result.err
        assert "search.yaml:4: synonyms[1]: '丢了' 已在以 '丢失' 开头的组里" in result.err
        assert "search.yaml:5: synonyms[2]: 每组应为非空的词语列表" in result.err
        assert "search.yaml:6: stopwords.en:" in result.err
        assert "search.yaml:7: places: places 应为地名的列表" in result.err
        assert "search.yaml:1: fallback: channels.yaml 里没有渠道 'no-such-channel'" in result.err
        assert "Traceback" not in result.err


def test_synonyms_of_the_vocabulary_reach_the_search(run: Run, catalogue_copy: Path) -> None:
    assert run("--catalogue", str(catalogue_copy), "search", "测验").code == 3
    (catalogue_copy / "search.yaml").write_text(
        "synonyms:\n  - [测试, 测验, trial]\n", encoding="utf-8"
    )
    for query in ("测验", "trial"):
        result = run("--catalogue", str(catalogue_copy), "search", query, "--json")
        assert result.code == 0, result.err
        data = json.loads(result.out)
        assert data["results"][0]["id"] == "alpha"
        assert {"typed": query, "as": "测试"} in data["results"][0]["why"]


def test_a_place_name_is_a_word_that_answers_nothing(run: Run) -> None:
    """杭州 and 成都 are read whole, and no procedure is found for mentioning them."""
    result = run("search", "离开杭州去成都工作医保怎么弄", "--json")
    first = json.loads(result.out)["results"][0]
    assert first["id"] == "transfer"
    assert not any(item["typed"] in ("杭州", "成都") for item in first["why"])


@pytest.mark.parametrize(
    "query", ["在苏州交的医保，现在去南京了", "from Beijing to Shanghai, what about my insurance"]
)
def test_two_places_read_as_a_move(run: Run, query: str) -> None:
    """Two different places, in Chinese or English, say that someone moves: a transfer."""
    result = run("search", query, "--json")
    assert result.code in (0, 3)
    first = json.loads(result.out)["results"][0]
    assert first["id"] == "transfer"
    assert not any(item["typed"] in ("beijing", "shanghai") for item in first["why"])


def test_one_place_alone_is_no_move(run: Run) -> None:
    """One place named twice is not a move: 深圳 ... 深圳 stays a question of where."""
    result = run("search", "深圳交的医保在深圳看病怎么刷卡", "--json")
    first = json.loads(result.out)["results"][0]
    assert first["id"] != "transfer"


@pytest.mark.parametrize(
    "query",
    ["换工作了医保怎么办", "在外地住院怎么报销", "医保钱包怎么给家人转钱", "医保断缴了怎么补缴"],
)
def test_chinese_answers_show_no_english_lines(run: Run, query: str) -> None:
    result = run("search", query)
    assert result.code == 0, result.err
    lines = [line for line in result.out.splitlines() if line.startswith("  ")]
    assert lines
    for line in lines:
        assert not re.search(r"[A-Za-z]{3,} [a-z]{2,}", line), line  # no English phrase


def test_english_answers_show_english_lines(run: Run) -> None:
    result = run("--lang", "en", "search", "补办医保卡")
    assert result.code == 0, result.err
    lines = [line for line in result.out.splitlines() if line.startswith("  ") and "：" not in line]
    assert lines and not any(re.search(r"[\u4e00-\u9fff]{6,}", line) for line in lines[:3])
