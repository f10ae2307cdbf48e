"""Every wizard of the real catalogue, walked down every path (GOV.UK Smart Answers style).

Every question and every outcome is reachable, every option of every question leads somewhere,
no path dead-ends, every outcome renders, and golden files pin each outcome's text.
Regenerate the golden files with ``YIBAO_UPDATE_GOLDEN=1 pytest tests/test_flows.py``.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from conftest import DATA, Run, golden
from walker import explore
from yibao_cli.app import context
from yibao_cli.catalogue import load as loader
from yibao_cli.catalogue import model
from yibao_cli.regions import overlay
from yibao_cli.render import jsonout
from yibao_cli.render.outcome import render
from yibao_cli.wizard.fitting import fit
from yibao_cli.wizard.outcome import assemble, command

TODAY = datetime.date(2026, 9, 1)
GOLDEN = Path(__file__).parent / "golden" / "guide"
FLOWS = (
    "replace-card",
    "transfer",
    "reimburse",
    "withdraw",
    "cross-region-filing",
    "balance",
    "card-number",
    "insured-location",
    "e-voucher",
    "use-card",
    "monthly-credit",
    "contributions",
    "family-binding",
)

# One case per outcome (at least): golden file name -> (flow, answers).
CASES: dict[str, tuple[str, dict[str, str]]] = {
    "replace-card-in-person": (
        "replace-card",
        {
            "situation": "stolen",
            "reported": "phone",
            "mode": "in-person",
            "photo": "unsure",
            "police": "required",
            "apply-date": "2026-09-25",
        },
    ),
    "replace-card-online": (
        "replace-card",
        {
            "situation": "damaged",
            "mode": "online",
            "apps": "local,alipay",
            "apply-date": "2026-09-01",
        },
    ),
    "replace-card-online-unavailable": (
        "replace-card",
        {
            "situation": "lost",
            "reported": "formal",
            "mode": "online",
            "apps": "",
            "photo": "not-required",
            "apply-date": "2026-09-01",
        },
    ),
    "transfer-eligible": (
        "transfer",
        {
            "old-stopped": "yes",
            "new-insured": "yes",
            "cross-province": "yes",
            "at-hukou": "no",
            "sex": "male",
            "age": "49",
            "how": "app",
            "apply-date": "2026-09-21",
        },
    ),
    "transfer-stop-first": ("transfer", {"old-stopped": "no"}),
    "transfer-find-out": ("transfer", {"old-stopped": "unsure", "new-insured": "yes"}),
    "transfer-insure-first": ("transfer", {"old-stopped": "yes", "new-insured": "no"}),
    "transfer-age-limit": (
        "transfer",
        {
            "old-stopped": "yes",
            "new-insured": "yes",
            "cross-province": "yes",
            "at-hukou": "no",
            "sex": "female",
            "age": "40",
        },
    ),
    "reimburse-claim": (
        "reimburse",
        {
            "settled": "paid-all",
            "inpatient": "yes",
            "elsewhere": "yes",
            "filed": "no",
            "referral": "no",
            "accident": "yes",
            "chronic": "no",
        },
    ),
    "reimburse-settled": ("reimburse", {"settled": "direct"}),
    "reimburse-before": ("reimburse", {"settled": "not-yet"}),
    "e-voucher-activate": ("e-voucher", {"who": "self", "app": "wechat", "face": "yes"}),
    "e-voucher-parent": ("e-voucher", {"who": "parent", "app": "alipay", "parent-face": "yes"}),
    "e-voucher-child": ("e-voucher", {"who": "child", "app": "nhsa"}),
    "e-voucher-face-failed": ("e-voucher", {"who": "parent", "app": "nhsa", "parent-face": "no"}),
    "use-card-outpatient": (
        "use-card",
        {
            "where": "hospital",
            "visit": "outpatient",
            "have": "card",
            "whom": "self",
            "place": "home",
        },
    ),
    "use-card-inpatient": (
        "use-card",
        {
            "where": "hospital",
            "visit": "inpatient",
            "have": "e-voucher",
            "whom": "family",
            "family-pay": "mine",
            "place": "home",
        },
    ),
    "use-card-pharmacy": (
        "use-card",
        {
            "where": "pharmacy",
            "have": "card",
            "whom": "family",
            "family-pay": "theirs",
            "place": "home",
        },
    ),
    "use-card-no-credential": (
        "use-card",
        {
            "where": "hospital",
            "visit": "outpatient",
            "have": "neither",
            "whom": "self",
            "place": "home",
        },
    ),
    "use-card-elsewhere": (
        "use-card",
        {
            "where": "hospital",
            "visit": "inpatient",
            "have": "card",
            "whom": "self",
            "place": "elsewhere",
        },
    ),
    "monthly-credit-employee": (
        "monthly-credit",
        {"purpose": "how-much", "scheme": "employee", "age": "over-45"},
    ),
    "monthly-credit-retiree": ("monthly-credit", {"purpose": "how-much", "scheme": "retiree"}),
    "monthly-credit-flexible": (
        "monthly-credit",
        {"purpose": "how-much", "scheme": "flexible", "age": "under-35"},
    ),
    "monthly-credit-no-account": ("monthly-credit", {"purpose": "how-much", "scheme": "resident"}),
    "monthly-credit-missing": ("monthly-credit", {"purpose": "missing"}),
    "withdraw-allowed": ("withdraw", {"situation": "death"}),
    "withdraw-not-allowed": ("withdraw", {"situation": "none"}),
    "withdraw-file-first": ("withdraw", {"situation": "long-term-away", "filed": "no"}),
    "withdraw-check-filing": ("withdraw", {"situation": "long-term-away", "filed": "unsure"}),
    "withdraw-transfer-instead": ("withdraw", {"situation": "new-job", "new-place": "unknown"}),
    "cross-region-filing-long-term": (
        "cross-region-filing",
        {
            "scope": "other-province",
            "reason": "retired",
            "care": "inpatient",
            "timing": "in-hospital",
            "filed": "no",
            "channel": "app",
            "card": "replacing",
            "permit": "unsure",
        },
    ),
    "cross-region-filing-temporary": (
        "cross-region-filing",
        {
            "scope": "other-province",
            "reason": "emergency",
            "care": "outpatient",
            "timing": "before",
            "filed": "no",
            "channel": "wechat",
            "card": "usable",
        },
    ),
    "cross-region-filing-claim-at-home": (
        "cross-region-filing",
        {
            "scope": "other-province",
            "reason": "temporary",
            "care": "outpatient",
            "timing": "after",
            "filed": "no",
        },
    ),
    "cross-region-filing-filed-already": (
        "cross-region-filing",
        {
            "scope": "other-province",
            "reason": "referral",
            "care": "inpatient",
            "timing": "before",
            "filed": "yes",
        },
    ),
    "cross-region-filing-filed-not-settled": (
        "cross-region-filing",
        {
            "scope": "other-province",
            "reason": "temporary",
            "care": "inpatient",
            "timing": "after",
            "filed": "yes",
            "direct": "no",
        },
    ),
    "cross-region-filing-check-filing": (
        "cross-region-filing",
        {
            "scope": "same-province",
            "reason": "living",
            "care": "outpatient",
            "timing": "before",
            "filed": "unsure",
        },
    ),
    "balance-online": ("balance", {"apps": "wechat,alipay", "prefer": "online"}),
    "balance-by-phone": ("balance", {"apps": "", "prefer": "phone"}),
    "balance-in-person": ("balance", {"apps": "nhsa", "prefer": "in-person"}),
    "card-number-on-card": ("card-number", {"has-card": "yes"}),
    "card-number-online": (
        "card-number",
        {"has-card": "no", "apps": "wechat", "prefer": "online", "employer": "yes"},
    ),
    "card-number-by-phone": (
        "card-number",
        {"has-card": "no", "apps": "", "prefer": "phone", "employer": "no"},
    ),
    "card-number-in-person": (
        "card-number",
        {"has-card": "no", "apps": "alipay", "prefer": "in-person", "employer": "yes"},
    ),
    "insured-location-online": ("insured-location", {"apps": "nhsa,alipay", "prefer": "online"}),
    "insured-location-by-phone": ("insured-location", {"apps": "", "prefer": "online"}),
    "insured-location-in-person": ("insured-location", {"apps": "wechat", "prefer": "in-person"}),
    "contributions-keep-paying": (
        "contributions",
        {"scheme": "resident", "who": "ordinary", "insured-now": "yes"},
    ),
    "contributions-waiting": (
        "contributions",
        {
            "scheme": "resident",
            "who": "ordinary",
            "insured-now": "no",
            "gap-years": "5",
            "back-years": "2",
            "in-window": "no",
            "pay-date": "2026-09-01",
        },
    ),
    "contributions-newborn": ("contributions", {"scheme": "resident", "who": "newborn"}),
    "contributions-switch": ("contributions", {"scheme": "resident", "who": "switch"}),
    "contributions-employee": ("contributions", {"scheme": "employee"}),
    "contributions-flexible": ("contributions", {"scheme": "flexible"}),
    "family-binding-share": (
        "family-binding",
        {
            "scheme": "employee",
            "want": "pay",
            "relative": "sibling",
            "insured": "yes",
            "where": "same-province",
            "age": "adult",
        },
    ),
    "family-binding-wallet": (
        "family-binding",
        {
            "scheme": "employee",
            "want": "pay",
            "relative": "parent",
            "insured": "yes",
            "where": "other-province",
        },
    ),
    "family-binding-code": (
        "family-binding",
        {
            "scheme": "resident",
            "want": "code",
            "relative": "child",
            "insured": "yes",
            "age": "minor",
        },
    ),
    "family-binding-no-account": ("family-binding", {"scheme": "resident", "want": "wallet"}),
    "family-binding-not-near-relative": (
        "family-binding",
        {"scheme": "employee", "want": "pay", "relative": "other"},
    ),
    "family-binding-relative-uninsured": (
        "family-binding",
        {"scheme": "employee", "want": "pay", "relative": "parent", "insured": "no"},
    ),
    "family-binding-check-scheme": ("family-binding", {"scheme": "unsure"}),
}


@pytest.fixture(scope="module")
def catalogue() -> model.Catalogue:
    return loader.compile_directory(DATA)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> datetime.date:
    monkeypatch.setattr(context, "today", lambda: TODAY)
    return TODAY


def flow_of(catalogue: model.Catalogue, flow_id: str) -> model.Flow:
    flow = catalogue.flow(flow_id)
    assert flow is not None, flow_id
    return flow


def test_the_wizards_are_the_ones_promised(catalogue: model.Catalogue) -> None:
    assert {flow.procedure for flow in catalogue.flows} == set(FLOWS)
    assert [flow.procedure for flow in catalogue.flows][:2] == ["replace-card", "transfer"]


@pytest.mark.parametrize("flow_id", FLOWS)
def test_every_question_option_and_outcome_is_reached(
    catalogue: model.Catalogue, flow_id: str
) -> None:
    flow = flow_of(catalogue, flow_id)
    found = explore(flow, TODAY)
    assert found.dead_ends == []
    assert found.asked == {question.id for question in flow.questions}
    assert found.outcomes == {outcome.id for outcome in flow.outcomes}
    every_option = {(q.id, o.value) for q in flow.questions for o in q.options}
    assert every_option - found.chosen == set()


@pytest.mark.parametrize("flow_id", FLOWS)
def test_every_path_renders_and_gives_data(catalogue: model.Catalogue, flow_id: str) -> None:
    flow = flow_of(catalogue, flow_id)
    proc = catalogue.procedure(flow_id)
    assert proc is not None
    view = overlay.view(catalogue, proc)
    seen: set[object] = set()
    for done in explore(flow, TODAY).walks:
        result = assemble(flow, proc, done)
        assert result.steps or result.channels or result.verdicts, result.id
        # Paths that pick the same items render alike: render each selection once.
        picked = (
            result.id,
            result.steps,
            result.materials,
            result.channels,
            result.facts,
            result.notes,
            result.related,
            tuple(v.text for v in result.verdicts),
        )
        if picked in seen:
            continue
        seen.add(picked)
        fitted = fit(view, result, catalogue)
        again = command(flow_id, result.answers)
        buffer = io.StringIO()
        render(Console(file=buffer, width=80, color_system=None), fitted, flow, again)
        assert "以当地医保部门规定为准" in buffer.getvalue()
        data = jsonout.outcome(fitted, flow, again)
        assert json.loads(jsonout.dumps(data))["outcome"]["id"] == result.id


def test_every_outcome_has_a_golden_case(catalogue: model.Catalogue) -> None:
    covered = set()
    for flow_id, answers in CASES.values():
        flow = flow_of(catalogue, flow_id)
        from yibao_cli.wizard.engine import walk

        done = walk(flow, answers, TODAY)
        assert done.outcome is not None, (flow_id, answers)
        covered.add((flow_id, done.outcome.id))
    wanted = {(flow.procedure, outcome.id) for flow in catalogue.flows for outcome in flow.outcomes}
    assert wanted - covered == set()


def check_golden(name: str, text: str) -> None:
    golden(GOLDEN / f"{name}.txt", text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_outcome_golden(run: Run, today: datetime.date, name: str) -> None:
    flow_id, answers = CASES[name]
    args = [arg for key, value in answers.items() for arg in ("--answer", f"{key}={value}")]
    result = run("guide", flow_id, *args)
    assert result.code == 0, result.err
    assert result.err == ""
    check_golden(name, result.out)


def test_region_golden(run: Run, today: datetime.date) -> None:
    result = run(
        "guide", "balance", "--region", "福州", "--answer", "apps=", "--answer", "prefer=in-person"
    )
    assert result.code == 0, result.err
    assert "福州" in result.out
    check_golden("balance-in-person-fuzhou", result.out)


def test_the_step_count_past_an_unanswered_age_counts_the_longest_way(
    catalogue: model.Catalogue,
) -> None:
    from yibao_cli.wizard.engine import plan

    flow = flow_of(catalogue, "transfer")
    given: dict[str, object] = {
        "old-stopped": "yes",
        "new-insured": "yes",
        "cross-province": True,
        "at-hukou": False,
        "sex": "male",
    }
    assert len(plan(flow, given, TODAY)) == 8  # the age decides: count the way on to the end
    assert len(plan(flow, {**given, "age": "35"}, TODAY)) == 8
    assert len(plan(flow, {**given, "age": "55"}, TODAY)) == 6  # the age limit: it shrinks
