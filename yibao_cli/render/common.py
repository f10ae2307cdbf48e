"""Small pieces shared by the renderers: tier tags, durations, channel kinds."""

from __future__ import annotations

from collections.abc import Sequence

from yibao_cli.catalogue import model
from yibao_cli.dates.text import days, duration
from yibao_cli.regions.overlay import Origin, at_most, region_label, span
from yibao_cli.render.text import Text
from yibao_cli.strings import lang, t

TIER_STYLE = {"全国": "green", "属地": "yellow", "经验": "magenta"}


def tx(value: model.Text | None) -> str:
    """Resolve catalogue text in the current language."""
    return model.text(value, lang(), mark=True)


def tier_tag(tier: model.Tier, origin: Origin | None = None) -> Text:
    """Return ``[全国]`` or ``[属地 · 福州市（市级）]``, styled by tier."""
    label = t(f"tier.{tier}")
    if origin is not None and origin.region is not None:
        label = f"{label} · {region_label(origin.within or origin.region)}"
    return Text(f"[{label}]", style=TIER_STYLE[tier])


def duration_lines(durations: Sequence[model.Duration]) -> tuple[str, list[Text]]:
    """Return the overall range and, when sources disagree, one line per source."""
    rng = span(durations)
    if rng is None:
        return "", []
    overall = days(*rng, at_most(durations))
    if len(durations) < 2:
        return overall, []
    lines = []
    for d in durations:
        line = Text(t("days.per_source", range=duration(d)))
        extra = t("ui.clause_sep").join(part for part in (tx(d.source), tx(d.note)) if part)
        if extra:
            line.append(t("ui.paren", text=extra))
        line.append(" ")
        line.append_text(tier_tag(d.tier))
        lines.append(line)
    return overall, lines


def kind_label(kind: model.ChannelKind) -> str:
    """Name a channel kind: 网上, 电话, 线下, 手机应用."""
    return t(f"kind.{kind}")
