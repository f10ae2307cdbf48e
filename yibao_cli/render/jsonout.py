"""The documented ``--json`` shapes, built from catalogue objects as plain data."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from yibao_cli.catalogue import model
from yibao_cli.regions.overlay import ChannelView, Origin, ProcedureView, StepView, span
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.cases.progress import Case, Progress, StepState
    from yibao_cli.dates.timeline import Day, Timeline, Window
    from yibao_cli.dates.waiting import Reading
    from yibao_cli.numbers.explain import Explanation
    from yibao_cli.page.model import Entry, Page
    from yibao_cli.regions.resolve import Coverage
    from yibao_cli.search.answer import Answer
    from yibao_cli.wizard.fitting import Fitted
    from yibao_cli.wizard.outcome import Outcome
    from yibao_cli.wizard.schedule import StepDate

JSON_VERSION = 1


def plain(value: Any) -> Any:
    """Turn catalogue dataclasses into JSON-ready data, texts in the current language."""
    if isinstance(value, model.LocalText):
        return model.text(value, lang())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def source_object(source: model.Source, as_of: datetime.date) -> dict[str, Any]:
    """One ledger entry, with the day its check expires and whether it has on ``as_of``."""
    data: dict[str, Any] = plain(source)
    data["expires"] = source.expires.isoformat()
    data["expired"] = source.expired(as_of)
    return data


def cited_sources(
    data: Any, ledger: Mapping[str, model.Source], as_of: datetime.date | None
) -> list[dict[str, Any]]:
    """The ledger entries that the items of ``data`` cite (their ``sources``), each once."""
    found: dict[str, None] = {}
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ids = item.get("sources")
            if isinstance(ids, list):
                found.update((i, None) for i in ids if isinstance(i, str))
            stack.extend(reversed([v for k, v in item.items() if k != "sources"]))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    day = as_of or datetime.date.today()
    return [source_object(ledger[i], day) for i in found if i in ledger]


def dumps(data: Any) -> str:
    """Serialise for stdout: UTF-8 text, Chinese kept readable, stable key order."""
    import json  # only commands that print JSON need it

    return json.dumps(data, ensure_ascii=False, indent=2)


def region_ref(region: model.Region) -> dict[str, str]:
    """Describe a region briefly."""
    return {"code": region.code, "name": model.text(region.name, lang()), "level": region.level}


def origin_code(origin: Origin) -> str | None:
    """Return the code of the region an item comes from (None for national content)."""
    return origin.region.code if origin.region else None


def origin_fields(origin: Origin) -> dict[str, str | None]:
    """The ``origin`` (region code) and ``origin_level`` of an item; None for national content."""
    region = origin.within or origin.region
    return {
        "origin": region.code if region else None,
        "origin_level": region.level if region else None,
    }


def place_ref(view: ProcedureView) -> dict[str, Any] | None:
    """Describe the region the user asked for (None for the national answer)."""
    place = view.place
    if place is None:
        return region_ref(view.regions[0]) if view.regions else None
    division = place.division
    return {
        "code": division.code,
        "name": division.name,
        "full_name": division.full_name,
        "level": division.level,
        "source": "config" if place.configured else "option",
        "historical": place.historical,
    }


def region_fields(view: ProcedureView) -> dict[str, Any]:
    """``region`` (asked for), ``applied`` (regions whose data is included) and ``local``."""
    return {
        "region": place_ref(view),
        "applied": [region_ref(region) for region in view.contributing()] if view.local else [],
        "local": view.local,
    }


def summary(proc: model.Summary | model.Procedure) -> dict[str, Any]:
    """The ``list --json`` item."""
    return {
        "id": proc.id,
        "title": model.text(proc.title, lang()),
        "summary": model.text(proc.summary, lang()),
        "aliases": list(proc.aliases),
        "reviewed": _iso(proc.reviewed),
    }


def procedure(view: ProcedureView) -> dict[str, Any]:
    """The ``show --json`` object."""
    proc = view.procedure
    steps = []
    for item in view.steps:
        step = plain(item.step)
        rng = span(item.durations)
        step["durations"] = plain(item.durations)
        step["range"] = {"min": rng[0], "max": rng[1]} if rng else None
        step.update(origin_fields(item.origin))
        steps.append(step)
    data = {
        "version": JSON_VERSION,
        "lang": lang(),
        **summary(proc),
        **region_fields(view),
        "steps": steps,
        "materials": plain(proc.materials),
        "channels": [channel(item.channel, item.platform, item.origin) for item in view.channels],
        "facts": [{**plain(fact), **origin_fields(o)} for fact, o in view.facts],
        "notes": [{**plain(note), **origin_fields(o)} for note, o in view.notes],
        "faq": [{**plain(item), **origin_fields(o)} for item, o in view.faq],
        "contacts": [{**plain(c), **origin_fields(o)} for c, o in view.contacts],
        "related": list(proc.related),
        "disclaimer": t("ui.disclaimer"),
    }
    data["sources"] = cited_sources(data, view.ledger, view.as_of)
    return data


def channel(item: model.Channel, platform: model.Platform, origin: Origin) -> dict[str, Any]:
    """One channel of ``show --json`` and ``channels --json``."""
    return {
        "via": platform.id,
        "kind": platform.kind,
        "name": model.text(platform.name, lang()),
        "phone": platform.phone,
        "url": platform.url,
        "steps": plain(item.steps),
        "suits": plain(item.suits),
        "note": plain(item.note),
        "tier": item.tier,
        "sources": list(item.sources),
        "quote": item.quote,
        "derived": item.derived,
        # The platform's own claim (its name and phone number), quoted from its sources.
        "platform_tier": platform.tier,
        "platform_sources": list(platform.sources),
        "platform_quote": platform.quote,
        "platform_derived": platform.derived,
        **origin_fields(origin),
    }


def channel_list(view: ProcedureView, chosen: list[ChannelView]) -> dict[str, Any]:
    """The ``channels --json`` object."""
    data = {
        "version": JSON_VERSION,
        "lang": lang(),
        "id": view.procedure.id,
        "title": model.text(view.procedure.title, lang()),
        **region_fields(view),
        "channels": [channel(c.channel, c.platform, c.origin) for c in chosen],
        "contacts": [{**plain(c), **origin_fields(o)} for c, o in view.contacts],
        "disclaimer": t("ui.disclaimer"),
    }
    data["sources"] = cited_sources(data, view.ledger, view.as_of)
    return data


def coverage(catalogue: model.Catalogue, item: Coverage) -> dict[str, Any]:
    """One item of ``regions --json``."""
    region = item.region
    procedures = []
    for procedure_id, counts in item.procedures:
        proc = catalogue.procedure(procedure_id)
        title = model.text(proc.title, lang()) if proc else None
        procedures.append({"id": procedure_id, "title": title, **counts})
    return {
        **region_ref(region),
        "aliases": list(region.aliases),
        "reviewed": region.reviewed.isoformat(),
        "parents": [parent.code for parent in item.parents],
        "contacts": len(region.contacts),
        "procedures": procedures,
        "totals": item.totals(),
    }


def number(
    result: Explanation,
    described: model.NumberFormat | None,
    ledger: Mapping[str, model.Source] | None = None,
    as_of: datetime.date | None = None,
) -> dict[str, Any]:
    """The ``explain-number --json`` object; the number itself only appears masked."""
    from yibao_cli.numbers import text as numbertext
    from yibao_cli.regions.divisions import preferred

    failed = result.failed
    division = preferred(result.regions)
    region = None
    if result.region_code is not None:
        region = {
            "code": result.region_code,
            "name": division.full_name if division else None,
            "level": division.level if division else None,
            "current": division.current if division else None,
            "period": (
                {"start": division.start, "end": division.end}
                if division and not division.current
                else None
            ),
        }
    data = {
        "version": JSON_VERSION,
        "lang": lang(),
        "number": result.masked,
        "length": result.length,
        "kind": result.kind,
        "name": model.text(described.name, lang()) if described else t(f"num.kind.{result.kind}"),
        "summary": plain(described.summary) if described else None,
        "tier": described.tier if described else None,
        # The format's own source ids: "sources" is the list of the cited sources, as in
        # every other object.
        "cites": list(described.sources) if described else [],
        "valid": result.valid,
        "failed": failed.name if failed else None,
        "verdict": numbertext.verdict(result),
        "checks": [
            {
                "name": check.name,
                "status": check.status,
                "message": numbertext.check_message(result, check),
            }
            for check in result.checks
        ],
        "birth_date": result.birth_date.isoformat() if result.birth_date else None,
        "sex": result.sex,
        "region": region,
        "typical": result.typical,
        "parts": plain(described.parts) if described else [],
        "notes": plain(described.notes) if described else [],
        "see": "yibao show card-number",
    }
    data["sources"] = cited_sources([{"sources": data["cites"]}, data], ledger or {}, as_of)
    return data


def search_results(catalogue: model.Catalogue, found: Answer) -> dict[str, Any]:
    """The ``search --json`` object: procedures best first, each with its matching lines.

    ``covered`` is false when no procedure answers the query; ``results`` then holds the
    closest two, and ``ask`` the channel to call instead.
    """
    from yibao_cli.search.excerpt import where

    results = []
    for hit in found.hits:
        proc = catalogue.procedure(hit.procedure)
        assert proc is not None
        matches = [
            {
                "field": match.entry.field,
                "where": where(match.entry),
                "context": match.entry.context or None,
                "text": match.entry.text,
                "start": match.start,
                "end": match.end,
                "kind": match.kind,
            }
            for match in hit.matches
        ]
        results.append(
            {
                "id": proc.id,
                "title": model.text(proc.title, lang()),
                "score": hit.score,
                "matches": matches,
                "why": [{"typed": typed, "as": concept} for typed, concept in hit.why],
            }
        )
    ask = found.fallback
    return {
        "version": JSON_VERSION,
        "lang": lang(),
        "query": found.query,
        "covered": found.covered,
        "results": results,
        "ask": None if ask is None or found.covered else {"id": ask.id, "phone": ask.phone},
    }


def timeline(view: ProcedureView, plan: Timeline) -> dict[str, Any]:
    """The ``timeline --json`` object."""
    items = {item.step.id: item for item in view.steps}
    steps = []
    for number, entry in enumerate(plan.steps, 1):
        item = items[entry.id]
        steps.append(
            {
                "number": number,
                "id": entry.id,
                "title": model.text(item.step.title, lang()),
                "tier": item.step.tier,
                "days": {"min": entry.days[0], "max": entry.days[1]} if entry.days else None,
                "durations": plain(item.durations),
                **origin_fields(item.origin),
                "elapsed": {"min": entry.elapsed[0], "max": entry.elapsed[1]},
                "starts": window(entry.starts),
                "ends": window(entry.ends),
            }
        )
    return {
        "version": JSON_VERSION,
        "lang": lang(),
        "id": view.procedure.id,
        "title": model.text(view.procedure.title, lang()),
        **region_fields(view),
        "start": plan.start.isoformat(),
        "accepted": day(plan.accepted),
        "steps": steps,
        "total": {"min": plan.total[0], "max": plan.total[1]},
        "ends": window(plan.ends),
        "estimate": plan.estimated,
        "estimated_years": list(plan.estimated_years),
        "holidays": _closures(plan),
        "calendar": {
            "source": plan.source,
            "first_year": plan.known_years[0],
            "last_year": plan.known_years[1],
        },
        "convention": t("tl.convention"),
        "warnings": _warnings(plan),
        "reviewed": _iso(view.procedure.reviewed),
        "disclaimer": t("ui.disclaimer"),
    }


def _closures(plan: Timeline) -> list[dict[str, Any]]:
    from yibao_cli.dates import text as datetext  # timelines only

    return [
        {
            "holidays": list(item.holidays),
            "names": datetext.holiday_names(item.holidays),
            "first": item.first.isoformat(),
            "last": item.last.isoformat(),
            "working": item.working,
            "estimate": item.estimated,
            "text": datetext.closure(item),
        }
        for item in plan.closures
    ]


def day(value: Day) -> dict[str, Any]:
    """A timeline date: ``{"date": "2026-10-19", "estimate": false}``."""
    return {"date": value.date.isoformat(), "estimate": value.estimated}


def window(value: Window) -> dict[str, Any]:
    """A timeline window: ``{"earliest": day, "latest": day}``."""
    return {"earliest": day(value.earliest), "latest": day(value.latest)}


def fitted_step(item: StepView) -> dict[str, Any]:
    """One step, with the durations in force and their overall range."""
    data: dict[str, Any] = plain(item.step)
    rng = span(item.durations)
    data["durations"] = plain(item.durations)
    data["range"] = {"min": rng[0], "max": rng[1]} if rng else None
    data.update(origin_fields(item.origin))
    return data


def outcome(page: Page) -> dict[str, Any]:
    """The ``guide --json`` object: the outcome, the answers that led there, the items.

    Written from the outcome's page: the steps, their dates, the materials, channels and
    contacts are those every other output shows.
    """
    fitted: Fitted = page.data["fitted"]
    flow: model.Flow = page.data["flow"]
    view, result = fitted.view, fitted.outcome
    proc = view.procedure
    labels = {entry.id: entry.after[0] for entry in page.entries("answers") if entry.after}
    questions = []
    for key, answer in result.answers:
        question = flow.question(key)
        assert question is not None, key
        label = labels.get(key, "")
        questions.append(
            {
                "id": key,
                "text": model.text(question.text, lang()),
                "answer": list(answer) if isinstance(answer, tuple) else answer,
                "label": label.strip() if isinstance(label, str) else "",
            }
        )
    said, gloss = page.window
    data = {
        "version": JSON_VERSION,
        "lang": lang(),
        "flow": flow.procedure,
        "title": model.text(proc.title, lang()),
        "outcome": {"id": result.id, "title": model.text(result.title, lang())},
        "verdicts": [
            {key: value for key, value in plain(entry.data).items() if key != "when"}
            for entry in page.intro
            if entry.kind == "verdict"
        ],
        "answers": {item["id"]: item["answer"] for item in questions},
        "questions": questions,
        "start": result.start,
        "timeline": timeline(view, fitted.timeline) if fitted.timeline else None,
        "waiting": waiting(result, page),
        "continuity": continuity(result, page),
        **region_fields(view),
        **items(page),
        "related": list(result.related),
        "at_window": {"zh": said, "en": gloss or None} if said else None,
        "reviewed": _iso(proc.reviewed),
        "command": page.command,
        "disclaimer": t("ui.disclaimer"),
    }
    data["sources"] = cited_sources(data, view.ledger, view.as_of)
    return data


def items(page: Page) -> dict[str, Any]:
    """The steps (with their dates), materials, channels, facts, notes and contacts of a page."""

    def of(key: str, kind: str) -> list[Any]:
        return [entry.data for entry in page.entries(key) if entry.kind == kind]

    return {
        "steps": [_step(entry) for entry in page.entries("steps") if entry.kind == "step"],
        "materials": [plain(material) for material in of("materials", "material")],
        "channels": [
            channel(item.channel, item.platform, item.origin) for item in of("channels", "channel")
        ],
        "facts": [_with_origin(pair) for pair in of("facts", "fact")],
        "notes": [_with_origin(pair) for pair in of("notes", "note")],
        "contacts": [_with_origin(pair) for pair in of("contacts", "contact")],
    }


def _with_origin(pair: tuple[Any, Origin]) -> dict[str, Any]:
    item, origin = pair
    return {**plain(item), **origin_fields(origin)}


def _step(entry: Entry) -> dict[str, Any]:
    data = fitted_step(entry.data)
    when = entry.when
    data["expected"] = window(when.window) if when is not None else None
    data["expected_kind"] = _date_kind(when)
    data["after_office"] = window(when.after) if when is not None and when.after else None
    return data


def _date_kind(when: StepDate | None) -> str | None:
    if when is None:
        return None
    if when.waiting:
        return "waiting"
    return "at" if when.at else "limit" if when.limit else "done"


def _warnings(plan: Timeline) -> list[str]:
    from yibao_cli.dates import text as datetext  # timelines only

    return datetext.warnings(plan)


def case_step(step: StepState) -> dict[str, Any]:
    """One step of a case: number, id, title, who acts, its status, done day, expected window."""
    return {
        "number": step.number,
        "id": step.id,
        "title": model.text(step.title, lang()),
        "actor": step.actor,
        "status": step.status,
        "done": step.done,
        "expected": window(step.expected) if step.expected else None,
        "expected_kind": _date_kind(step.when),
        "after_office": window(step.when.after) if step.when and step.when.after else None,
        "overdue": step.overdue,
    }


def _step_or_none(step: StepState | None) -> dict[str, Any] | None:
    return case_step(step) if step is not None else None


def _case_head(case: Case) -> dict[str, Any]:
    return {
        "name": case.name,
        "flow": case.flow,
        "region": case.region,
        "started": case.started.isoformat(),
        "created": case.created,
        "updated": case.updated,
        "closed": case.closed,
        "open": case.open,
    }


def case_list(rows: list[tuple[Case, Progress | None, str | None]]) -> dict[str, Any]:
    """The ``cases --json`` object: every case listed, with its next step or its problem."""
    items = []
    for case, current, problem in rows:
        following = current.next if current is not None else None
        items.append(
            {
                **_case_head(case),
                "outcome": current.outcome.id if current is not None else None,
                "steps": len(current.steps) if current is not None else None,
                "done": sum(1 for s in current.steps if s.done) if current is not None else None,
                "next": _step_or_none(following),
                "waiting": _step_or_none(current.waiting if current is not None else None),
                "overdue": bool(current and current.overdue),
                "late": bool(current and current.late),
                "problem": problem,
            }
        )
    return {"version": JSON_VERSION, "lang": lang(), "cases": items}


def case_detail(page: Page) -> dict[str, Any]:
    """The ``case show --json`` object, written from the case's page.

    The case, its answers, each step's state and date, what to bring and whom to ask.
    """
    current: Progress = page.data["progress"]
    fitted: Fitted = page.data["fitted"]
    following = current.next
    found = items(page)
    return {
        "version": JSON_VERSION,
        "lang": lang(),
        **_case_head(current.case),
        "asked": current.case.asked.isoformat(),
        "title": model.text(fitted.view.procedure.title, lang()),
        "outcome": {"id": current.outcome.id, "title": model.text(current.outcome.title, lang())},
        "answers": {
            key: list(answer) if isinstance(answer, tuple) else answer
            for key, answer in current.outcome.answers
        },
        "steps": [case_step(step) for step in current.steps],
        "next": _step_or_none(following),
        "waiting": _step_or_none(current.waiting),
        "overdue": current.overdue,
        "late": current.late,
        "timeline": timeline(fitted.view, fitted.timeline) if fitted.timeline else None,
        "materials": found["materials"],
        "contacts": found["contacts"],
        "command": page.command or None,
    }


def waiting(result: Outcome, page: Page) -> dict[str, Any] | None:
    """The worked-out waiting period of an outcome (None when the outcome has none)."""
    found, rule = result.waiting, result.waiting_rule
    if found is None or rule is None:
        return None
    from yibao_cli.wizard.outcome import waiting_tier

    def reading(item: Reading) -> dict[str, Any]:
        return {
            "months": item.months,
            "months_without_back_pay": item.without_back_pay,
            "fewest_months": item.fewest,
            "benefits_from": item.benefits_from.isoformat(),
            "floor_applied": item.floor_applied,
        }

    tier, sources = waiting_tier(found, rule)
    return {
        "applies": found.applies,
        "months": {"least": found.least, "most": found.most},
        "counted_from": found.counted_from.isoformat(),
        "gap_years": found.gap,
        "back_years": found.back,
        "readings": {
            "later-years": reading(found.later_years),
            "every-year": reading(found.every_year),
        },
        "lines": [entry.text for entry in page.entries("waiting")],
        "tier": tier,
        "sources": list(sources),
        "quote": rule.quote,
        "derived": rule.derived,
    }


def continuity(result: Outcome, page: Page) -> dict[str, Any] | None:
    """The counted break in contributions of an outcome (None when the outcome has none)."""
    found, rule = result.continuity, result.continuity_rule
    if found is None or rule is None:
        return None

    def day(value: datetime.date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "months": found.months,
        "first_month": day(found.first),
        "last_month": day(found.last),
        "paid": found.paid.isoformat(),
        "within": found.within,
        "border": found.border,
        "cover_from": day(found.cover_from) if found.within else None,
        "latest_month": day(found.latest_month),
        "capped_from": None if found.within else day(found.capped_from),
        "lines": [entry.text for entry in page.entries("continuity")],
        "tier": rule.border_tier if found.border else rule.tier,
        "sources": list(rule.sources),
        "quote": rule.quote,
        "derived": rule.derived,
    }


def sheet(page: Page) -> dict[str, Any]:
    """``checklist ID --brief --json``: the one-page sheet (see docs/json.md)."""
    said, gloss = page.window

    def part(key: str) -> tuple[Entry, ...]:
        return next((section.entries for section in page.brief if section.key == key), ())

    return {
        "version": JSON_VERSION,
        "lang": lang(),
        "id": page.procedure,
        "title": page.data.get("heading", page.title),
        "outcome": page.outcome,
        "intro": [entry.text for entry in page.intro],
        "now": [
            {
                "step": entry.id,
                "text": entry.text,
                "lines": [line.text for line in entry.lines],
                "expected": window(entry.when.window) if entry.when is not None else None,
            }
            for entry in part("now")
        ],
        "bring": [{"material": entry.id, "text": entry.text} for entry in part("bring")],
        "where": [
            {"name": entry.text, "lines": [line.text for line in entry.lines]}
            for entry in part("where")
        ],
        "call": [dict(entry.data) for entry in part("call")],
        "at_window": {"zh": said, "en": gloss or None} if said else None,
    }
