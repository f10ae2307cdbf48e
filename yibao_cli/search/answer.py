"""The one search ``yibao search`` and the menu share: ranked answers, or "not covered"."""

from __future__ import annotations

from dataclasses import dataclass

from yibao_cli.catalogue import model
from yibao_cli.search.index import SearchIndex
from yibao_cli.search.ranking import Hit, rank
from yibao_cli.strings import lang

RELATED_SHOWN = 2
"""How many procedures a query that nothing answers still shows, as possibly related."""
RELATED_COVERAGE = 0.1
"""... if they cover at least this share of it."""


@dataclass(frozen=True, slots=True)
class Answer:
    """What a search found.

    ``covered`` says whether the first hit answers the query; when it does not, ``hits`` are
    the closest procedures (at most two), to show as possibly related, and ``fallback`` is the
    channel to point to (the 12393 hotline in the built-in catalogue), if the catalogue has one.
    """

    query: str
    hits: tuple[Hit, ...]
    covered: bool
    fallback: model.Platform | None


def answer(catalogue: model.Catalogue, index: SearchIndex, query: str, limit: int = 5) -> Answer:
    """Search a catalogue for a query.

    Args:
        catalogue: The catalogue (for the fallback channel).
        index: Its search index.
        query: What the user typed.
        limit: How many procedures to return at most when the query is answered.
    """
    hits = rank(index, query, lang=lang())
    covered = bool(hits) and hits[0].covered
    fallback_id = index.profiles.fallback if index.profiles is not None else ""
    fallback = next((p for p in catalogue.platforms if p.id == fallback_id), None)
    if covered:
        shown = hits[:limit]
    else:
        close = [hit for hit in hits if hit.coverage >= RELATED_COVERAGE or hit.fuzzy]
        shown = close[: min(limit, RELATED_SHOWN)]
    return Answer(query, tuple(shown), covered, fallback)


def search(catalogue: model.Catalogue, query: str, limit: int = 5) -> Answer:
    """Search with the catalogue's cached index (built on first use)."""
    from yibao_cli.search.lookup import search_index

    return answer(catalogue, search_index(catalogue), query, limit)
