"""The small words every page shares: catalogue text, tier tags, answers, regions, channels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations, tag_label
from yibao_cli.page.model import Entry, Line, Tag
from yibao_cli.page.plain import answer_text as answer_text
from yibao_cli.page.plain import tx as tx
from yibao_cli.regions.overlay import Origin, ProcedureView, region_label
from yibao_cli.strings import lang, t


def tier_tag(tier: model.Tier, origin: Origin | None = None, cites: str = "") -> Tag:
    """The tag of a tier: ``[全国·1]`` or ``[属地 · 福州市（市级）·2,3]``.

    ``cites`` is the numbers of the sources in the page's source list (see ``citing``).
    """
    label = t(f"tier.{tier}")
    if origin is not None and origin.region is not None:
        label = f"{label} · {region_label(origin.within or origin.region)}"
    return Tag(tier, f"[{tag_label(label, cites)}]")


def tag_of(cite: Citations, claim: Any, origin: Origin | None = None) -> Tag:
    """The tier tag of a claim (anything with ``tier`` and ``sources``) with its source numbers."""
    return tier_tag(claim.tier, origin, cite.label(claim.sources))


def stale(cite: Citations, ids: Sequence[str]) -> tuple[Line, ...]:
    """The warning under a claim whose every source's check has expired (none otherwise)."""
    line = cite.stale_line(ids)
    return (Line(line, "stale"),) if line else ()


def listing(items: Iterable[str]) -> str:
    """Join names with the list separator (、 or , )."""
    return t("ui.list_sep").join(items)


def note_mark(kind: model.NoteKind) -> str:
    """The mark before a note (⚠ 注意：…), without inner spaces in Chinese.

    Lines break at spaces: a space between the mark and a long Chinese sentence would leave
    the mark alone on a line.
    """
    mark = t(f"note.{kind}")
    return mark.replace(" ", "") if lang() == "zh" else mark


def region_entries(view: ProcedureView) -> list[Entry]:
    """Name the region asked for, and say which regions' data is included, or that none is."""
    place = view.place
    if place is None and not view.regions:
        return []
    entries = []
    if place is not None:
        key = "ui.region_configured" if place.configured else "ui.region_place"
        entries.append(Entry(t(key, name=place.division.full_name, code=place.code), "region"))
    if view.local:
        applied = listing(region_label(region) for region in view.contributing())
        entries.append(Entry(t("ui.region_applied", regions=applied), "region"))
    else:
        name = place.division.full_name if place is not None else tx(view.regions[0].name)
        if view.elsewhere:
            others = listing(f"“{tx(title)}”" for title in view.elsewhere)
            said = t("ui.region_elsewhere", region=name, procedures=others)
        else:
            said = t("ui.region_national", region=name)
        entries.append(Entry(said, "region", tone="notice"))
    return entries


def channel_names(platforms: Sequence[model.Platform]) -> str:
    """Name the places to ask, with phone numbers: 国家医保服务平台APP、12333 热线（12333）."""
    names = []
    for platform in platforms:
        name = tx(platform.name)
        if platform.phone and platform.phone not in name:
            name += t("ui.paren", text=platform.phone)
        names.append(name)
    return "、".join(names)


def ending(proc: model.Procedure, cite: Citations) -> dict[str, Any]:
    """What ends every page about a procedure: the legend, review date, disclaimer, sources.

    Call it last: the sources are those the page's entries cited.
    """
    return {
        "legend": t("ui.legend"),
        "reviewed": t("ui.reviewed", date=proc.reviewed.isoformat()) if proc.reviewed else "",
        "disclaimer": t("ui.disclaimer"),
        "sources_title": t("src.heading"),
        "sources": tuple(cite.listed()),
    }
