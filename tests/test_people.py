"""People other than the insured Chinese citizen doing it alone: foreign nationals and relatives.

What each sees, in the language they read: the papers that fit them, who does what, and the
route when an app will not take their document.
"""

from __future__ import annotations

import json

import pytest

from helpers import Run


def shown(run: Run, *args: str) -> str:
    """What the command printed, with every run of white space made one space."""
    result = run(*args)
    assert result.code == 0, result.err
    return " ".join(result.out.split())


def test_a_foreign_national_reads_about_passports_in_english(run: Run) -> None:
    flat = shown(run, "--lang", "en", "show", "replace-card")
    assert "Foreign nationals bring their passport or foreign permanent resident ID card" in flat
    assert "Someone else can usually apply for the holder" in flat


def test_who_is_insured_how_for_foreign_nationals(run: Run) -> None:
    flat = shown(run, "--lang", "en", "show", "contributions")
    assert "Foreign nationals lawfully employed in China join employee basic medical" in flat
    assert "within 30 days of obtaining their work permit" in flat
    assert "not set by the national measures: it differs by place" in flat
    assert "MOHRSS Order No. 16" in flat
    chinese = shown(run, "show", "contributions")
    assert "在中国境内依法就业的外国人" in chinese and "人力资源和社会保障部令第16号" in chinese


def test_an_app_that_will_not_take_a_passport_in_english(run: Run) -> None:
    flat = shown(
        run, "--lang", "en", "guide", "e-voucher", "--answer", "face=passport", "--defaults"
    )
    assert "do not take a passport or a foreign permanent resident ID card" in flat
    assert "stop retrying" in flat
    assert "我是外国人，用护照" in flat  # the sentence for the window stays in Chinese


@pytest.mark.parametrize(
    ("flow", "answers", "helping", "agent"),
    [
        ("balance", [], "替家人查余额", "家人不在身边时"),
        ("card-number", ["has-card=no"], "替家人查卡号", "家人不在身边时"),
        ("reimburse", ["settled=paid-all"], "替家人报销", "替人代办报销"),
        ("cross-region-filing", [], "替家人备案", "家人不在身边时"),
        ("transfer", [], "替家人办转移", "家人不在身边时"),
        ("replace-card", [], "陪家人去办时", "补办可以请人代办"),
    ],
)
def test_for_whom_in_every_wizard_it_matters(
    run: Run, flow: str, answers: list[str], helping: str, agent: str
) -> None:
    given = [part for answer in answers for part in ("--answer", answer)]
    texts = {}
    for who in ("self", "helping", "agent"):
        result = run("guide", flow, "--answer", f"for-whom={who}", *given, "--defaults", "--json")
        assert result.code == 0, result.err
        texts[who] = json.dumps(json.loads(result.out), ensure_ascii=False)
    assert helping in texts["helping"] and agent not in texts["helping"]
    assert agent in texts["agent"] and helping not in texts["agent"]
    assert helping not in texts["self"] and agent not in texts["self"]


def test_a_place_of_treatment_that_does_not_exist_is_named(run: Run) -> None:
    result = run("guide", "cross-region-filing", "--answer", "treated-in=火星市", "--defaults")
    assert result.code == 2
    assert "回答 treated-in=火星市 不对：未找到地区 '火星市'" in result.err
    assert "Traceback" not in result.err


def test_the_place_of_treatment_is_carried_to_the_case_and_the_sheet(run: Run) -> None:
    given = ["--answer", "treated-in=三亚", "--answer", "reason=retired", "--defaults"]
    saved = run("guide", "cross-region-filing", *given, "--save", "三亚看病")
    assert saved.code == 0, saved.err
    case = shown(run, "case", "show", "三亚看病")
    assert "就医地：12393 医保服务热线（海南省三亚市）" in case and "0898-12393" in case
    sheet = shown(run, "checklist", "cross-region-filing", *given, "--brief")
    assert "就医地：12393 医保服务热线（海南省三亚市）：☎ 12393、0898-12393" in sheet
    data = json.loads(run("guide", "cross-region-filing", *given, "--json").out)
    names = [contact["name"] for contact in data["contacts"]]
    assert "就医地：12393 医保服务热线（海南省三亚市）" in names
