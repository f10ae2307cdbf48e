"""Small pieces shared by the renderers: tier tags, durations, channel kinds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.console import RenderableType
from rich.padding import Padding

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Citations, tag_label
from yibao_cli.dates.text import days, duration
from yibao_cli.regions.overlay import Origin, ProcedureView, at_most, region_label, span
from yibao_cli.render.text import Text
from yibao_cli.strings import lang, t

TIER_STYLE = {"全国": "green", "属地": "yellow", "经验": "magenta"}


def tx(value: model.Text | None) -> str:
    """Resolve catalogue text in the current language."""
    return model.text(value, lang(), mark=True)


def tier_tag(tier: model.Tier, origin: Origin | None = None, cites: str = "") -> Text:
    """Return ``[全国·1]`` or ``[属地 · 福州市（市级）·2,3]``, styled by tier.

    ``cites`` is the numbers of the sources in the page's source list (see ``citing``).
    """
    label = t(f"tier.{tier}")
    if origin is not None and origin.region is not None:
        label = f"{label} · {region_label(origin.within or origin.region)}"
    return Text(f"[{tag_label(label, cites)}]", style=TIER_STYLE[tier])


def citations(view: ProcedureView) -> Citations:
    """A fresh numbering of the sources for one page about ``view``."""
    return Citations(view.ledger, view.as_of)


def stale(cite: Citations, ids: Sequence[str]) -> Iterator[Text]:
    """The one-line warning under a claim whose every source has expired, if it has."""
    line = cite.stale_line(ids)
    if line:
        yield Text(line, style="yellow")


def sources_section(cite: Citations) -> Iterator[RenderableType]:
    """The numbered list of the sources the page cited, for its end."""
    listed = cite.listed()
    if not listed:
        return
    yield Text(f"\n{t('src.heading')}", style="bold cyan")
    for item in listed:
        yield Text(f"{item.number}. {item.title}")
        for line in item.lines:
            style = "yellow" if item.expired and line == item.lines[-1] else "dim"
            yield Padding(Text(line, style=style), (0, 0, 0, 4), expand=False)


def duration_lines(durations: Sequence[model.Duration], cite: Citations) -> tuple[str, list[Text]]:
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
        if d.note:
            line.append(t("ui.paren", text=tx(d.note)))
        line.append(" ")
        line.append_text(tier_tag(d.tier, cites=cite.label(d.sources)))
        lines.append(line)
    return overall, lines


def kind_label(kind: model.ChannelKind) -> str:
    """Name a channel kind: 网上, 电话, 线下, 手机应用."""
    return t(f"kind.{kind}")
