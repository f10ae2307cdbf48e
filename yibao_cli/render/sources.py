"""Render ``yibao sources``: one row per source, with its kind, check date and state."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from yibao_cli.catalogue import model
from yibao_cli.catalogue.citing import Quoted
from yibao_cli.page.words import tx
from yibao_cli.strings import t


def render(
    console: Console,
    found: Sequence[model.Source],
    as_of: datetime.date,
    *,
    stale: bool,
    ledger: bool,
    quotes: Mapping[str, Sequence[Quoted]] | None = None,
) -> None:
    """Print each source (id, kind, check, state; title; URL), then how many have expired.

    ``quotes``: for one procedure, the sentences its claims quote from each source, printed
    under the source with the claim that quotes them.
    """
    if not ledger:
        console.print(t("src.no_ledger"))
        return
    if not found:
        key = "src.none_stale" if stale else "src.none_listed"
        console.print(t(key, date=as_of.isoformat()))
        return
    for source in found:
        expired = source.expired(as_of)
        state = t(
            "src.state_expired" if expired else "src.state_ok", date=source.expires.isoformat()
        )
        line = Text.assemble(
            (source.id, "bold"),
            "  ",
            t(f"src.kind.{source.kind}"),
            " · ",
            t("src.verified", date=source.verified.isoformat()),
            " · ",
            (state, "yellow" if expired else "green"),
        )
        console.print(line)
        title = tx(source.title) + (f"（{source.number}）" if source.number else "")
        console.print(Padding(Text(title), (0, 0, 0, 4), expand=False))
        if source.url:
            console.print(Padding(Text(source.url, style="dim"), (0, 0, 0, 4), expand=False))
        for quoted in (quotes or {}).get(source.id, ()):
            said = [f"“{quoted.quote}”"] if quoted.quote else []
            if quoted.derived:
                said.append(t("src.derived_line", text=quoted.derived))
            head = Text(t("src.quoted_under", label=quoted.label), style="bold")
            console.print(Padding(head, (0, 0, 0, 4), expand=False))
            for words in said:
                console.print(Padding(Text(words), (0, 0, 0, 6), expand=False))
    stale_count = sum(source.expired(as_of) for source in found)
    console.print(t("src.count", count=len(found), stale=stale_count, date=as_of.isoformat()))
