"""The ``yibao estimate --json`` shape: every parameter and every intermediate number.

Money and fractions are strings holding exact decimals ("6375.00", "0.85"), so that no
script reads them through binary floating point; amounts that were not rounded keep every
digit ("6162.5000"), the fund's payment and the patient's part are rounded to the fen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from typing import Any

from yibao_cli.catalogue.model import text
from yibao_cli.estimate.calc import Working
from yibao_cli.estimate.explain import Alternative, NoteId
from yibao_cli.estimate.ranges import Estimate, Span
from yibao_cli.estimate.rules import Claim, Rules
from yibao_cli.strings import lang

VERSION = 1


def number(value: Decimal | None) -> str | None:
    """An exact decimal as a string (None stays None)."""
    return None if value is None else f"{value:f}"


def _span(span: Span) -> dict[str, Any]:
    return {"min": number(span.low), "max": number(span.high), "origin": span.origin}


def working(w: Working) -> dict[str, Any]:
    """One calculation: the parameter values used and every step's result."""
    steps = {
        f.name: number(getattr(w, f.name))
        for f in fields(Working)
        if f.name not in ("point", "form")
    }
    params = {f.name: number(getattr(w.point, f.name)) for f in fields(w.point)}
    return {"form": w.form, "params": params, **steps}


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "text": text(claim.text, lang()),
        "tier": claim.tier,
        "source": text(claim.source, lang()) if claim.source else None,
    }


def estimate(
    result: Estimate, rules: Rules, changes: Sequence[Alternative], notes: Sequence[NoteId]
) -> dict[str, Any]:
    """The whole estimate as JSON-ready data."""
    inputs = result.inputs
    limit = result.cut_limit
    return {
        "version": VERSION,
        "lang": lang(),
        "setting": inputs.setting,
        "level": inputs.level,
        "elsewhere": inputs.elsewhere,
        "form": inputs.form,
        "cut_limit": number(limit),
        "inputs": {name: _span(span) for name, span in inputs.spans()},
        "unknown": list(result.unknown),
        "results": [
            {
                "form": r.form,
                "fund": {"min": number(r.low.fund), "max": number(r.high.fund)},
                "self": {"min": number(r.high.self_pay), "max": number(r.low.self_pay)},
                "low": working(r.low),
                "high": working(r.high),
            }
            for r in result.results
        ],
        "fund": {"min": number(result.fund_low), "max": number(result.fund_high)},
        "self": {"min": number(result.self_low), "max": number(result.self_high)},
        "changes": [
            {"change": c.change, "fund": {"min": number(c.fund_low), "max": number(c.fund_high)}}
            for c in changes
        ],
        "notes": [{"id": note, **_claim(rules.claim(note))} for note in notes],
        "reviewed": rules.reviewed.isoformat(),
    }
