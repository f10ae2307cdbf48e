"""Render ``yibao sources``: one row per source, with its kind, check date and state."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from yibao_cli.catalogue import model
from yibao_cli.render.common import tx
from yibao_cli.render.tables import table
from yibao_cli.strings import t


def render(
    console: Console,
    found: Sequence[model.Source],
    as_of: datetime.date,
    *,
    stale: bool,
    ledger: bool,
) -> None:
    """Print the sources as a table, then how many there are and how many expired."""
    if not ledger:
        console.print(t("src.no_ledger"))
        return
    if not found:
        key = "src.none_stale" if stale else "src.none_listed"
        console.print(t(key, date=as_of.isoformat()))
        return
    rows = table(
        t("src.col_id"),
        t("src.col_kind"),
        t("src.col_verified"),
        t("src.col_state"),
        t("src.col_title"),
    )
    rows.columns[0].no_wrap = True
    for source in found:
        expired = source.expired(as_of)
        state = t(
            "src.state_expired" if expired else "src.state_ok", date=source.expires.isoformat()
        )
        title = tx(source.title) + (f"（{source.number}）" if source.number else "")
        rows.add_row(
            source.id,
            t(f"src.kind.{source.kind}"),
            source.verified.isoformat(),
            Text(state, style="yellow" if expired else "green"),
            title,
        )
    console.print(rows)
    stale_count = sum(source.expired(as_of) for source in found)
    console.print(t("src.count", count=len(found), stale=stale_count, date=as_of.isoformat()))
