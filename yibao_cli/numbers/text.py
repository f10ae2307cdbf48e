"""Words for ``explain-number`` results, shared by the text and JSON output."""

from __future__ import annotations

from yibao_cli.numbers.explain import Check, Explanation
from yibao_cli.regions.divisions import preferred
from yibao_cli.strings import t


def region_text(result: Explanation) -> str:
    """Name the region of the first six digits: 北京市朝阳区, with the years if it is gone."""
    division = preferred(result.regions)
    if division is None:
        return ""
    if division.current:
        return division.full_name
    start = str(division.start) if division.start else "…"
    return division.full_name + t("num.former_region", start=start, end=division.end)


def check_message(result: Explanation, check: Check) -> str:
    """Say what a check found, precisely: which position, which date, which character."""
    label = t(f"num.label.{check.name}")
    if check.status == "skip":
        return t("num.skipped", label=label)
    values = dict(check.values)
    if check.name == "characters":
        if check.passed:
            key = "num.characters_ok" if result.kind == "citizen-id" else "num.digits_ok"
            return t(key, label=label)
        return t(f"num.characters_bad_{values['expected']}", label=label, **values)
    if check.name == "date" and not check.passed:
        return t(f"num.date_{values['reason']}", label=label, date=values["date"])
    if check.name == "region":
        if check.passed:
            return t("num.region_ok", label=label, code=values["code"], name=region_text(result))
        return t("num.region_bad", label=label, code=values["code"])
    return t(f"num.{check.name}_{check.status}", label=label, **values)


def verdict(result: Explanation) -> str:
    """One line: valid, invalid (with the first failing check), or not checkable."""
    if result.valid is True:
        return t("num.valid")
    failed = result.failed
    if failed is not None:
        return t("num.invalid", reason=check_message(result, failed))
    if result.kind in ("card-number", "yibao-16"):
        return t("num.unchecked")
    return t("num.unknown")


def sex_text(result: Explanation) -> str:
    """Say the sex and the digit it comes from: 女（第 17 位为偶数）."""
    if result.sex is None:
        return ""
    position = 17 if result.kind == "citizen-id" else 15
    return t(f"num.sex_{result.sex}", position=position)
