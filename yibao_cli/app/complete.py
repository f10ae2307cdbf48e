"""Shell completion of what commands take: procedure ids and aliases, regions, cases, choices.

Each function is a Typer ``autocompletion`` callback: it gets the word typed so far and
returns ``(value, help)`` pairs (bash shows the values, zsh and fish the help too). They read
only the compiled catalogue index (ids, aliases, region names), never the full catalogue,
so a completion is as quick as ``yibao --version``. Completion never fails: whatever goes
wrong, it offers nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from typing import Any

import typer

from yibao_cli.strings import t

MAX_REGIONS = 60
"""At most this many region names are offered for one word (China has thousands)."""

Pairs = list[tuple[str, str]]


def _quietly(function: Callable[[typer.Context, str], Pairs]) -> Callable[..., Pairs]:
    def complete(ctx: typer.Context, incomplete: str) -> Pairs:
        with contextlib.suppress(Exception):  # noqa: BLE001 - a completion never shows an error
            return function(ctx, incomplete)
        return []

    complete.__name__ = function.__name__
    complete.__doc__ = function.__doc__
    return complete


def _catalogue(ctx: typer.Context) -> Any:
    from yibao_cli import session

    chosen = ctx.find_root().params.get("catalogue")
    if chosen:  # ``--catalogue DIR`` typed before the word being completed
        session.SETTINGS.catalogue_dir = chosen
    return session.catalogue()


def _starting(values: Iterable[tuple[str, str]], incomplete: str) -> Pairs:
    typed = incomplete.lower()
    seen: set[str] = set()
    found: Pairs = []
    for value, help_text in values:
        if value.lower().startswith(typed) and value not in seen:
            seen.add(value)
            found.append((value, help_text))
    return found


def _names(ctx: typer.Context, incomplete: str, flows_only: bool) -> Pairs:
    cat = _catalogue(ctx)
    wanted = set(cat.flow_ids) if flows_only else None
    table: dict[str, str] = cat.names
    ids = sorted({target for target in table.values() if wanted is None or target in wanted})
    aliases = sorted(
        (name, target)
        for name, target in table.items()
        if name != target and (wanted is None or target in wanted)
    )
    return _starting([*((i, "") for i in ids), *aliases], incomplete)


@_quietly
def procedures(ctx: typer.Context, incomplete: str) -> Pairs:
    """Procedure ids, then aliases (with the id each stands for)."""
    return _names(ctx, incomplete, flows_only=False)


@_quietly
def flows(ctx: typer.Context, incomplete: str) -> Pairs:
    """Ids and aliases of the procedures that have a wizard."""
    return _names(ctx, incomplete, flows_only=True)


@_quietly
def regions(ctx: typer.Context, incomplete: str) -> Pairs:
    """Region names: those with local data first, then every division name that fits."""
    from yibao_cli.catalogue import model
    from yibao_cli.strings import lang

    local: Pairs = []
    for region in _catalogue(ctx).regions:
        name = model.text(region.name, "zh")
        shown = model.text(region.name, lang())
        local += [(name, shown if shown != name else ""), *((a, name) for a in region.aliases)]
    more: list[str] = []
    if incomplete:  # every division's names only once something is typed
        from yibao_cli.regions import divisions

        typed = incomplete.lower()
        more = divisions.load().names_starting(typed)
    return _starting([*local, *((key, "") for key in more)], incomplete)[:MAX_REGIONS]


@_quietly
def cases(ctx: typer.Context, incomplete: str) -> Pairs:
    """Names of saved cases (nothing, and no database made, when there are none).

    A name that holds an ID or card number is never offered: it would be printed in full.
    """
    import sqlite3

    from yibao_cli.cases import store as casestore
    from yibao_cli.safety import hide_private

    where = casestore.path()
    if not where.exists():
        return []
    # Read-only and without the store's repairs: completing never changes the database.
    connection = sqlite3.connect(f"{where.as_uri()}?mode=ro", uri=True, timeout=0.5)
    try:
        rows = connection.execute("SELECT name FROM cases ORDER BY name").fetchall()
    finally:
        connection.close()
    names = (str(row[0]) for row in rows)
    return _starting(((name, "") for name in names if hide_private(name) == name), incomplete)


def choices(values: Iterable[str], key: str) -> Callable[..., Pairs]:
    """Complete a fixed set of values, each with its label (``key`` + ``.`` + value)."""
    fixed = tuple(values)

    def complete(incomplete: str) -> Pairs:
        return _starting(((value, t(f"{key}.{value}")) for value in fixed), incomplete)

    return complete
