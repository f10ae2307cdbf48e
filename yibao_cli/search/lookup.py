"""Find a procedure by what a user typed: an id or alias, else a search that names only one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from yibao_cli.catalogue import load as loader
from yibao_cli.catalogue import model
from yibao_cli.errors import NotFoundError
from yibao_cli.home import cache_directory
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.search.index import SearchIndex, WholeIndex
    from yibao_cli.search.ranking import Hit

_indexes: dict[str, SearchIndex] = {}
SEARCH_PART = "search"
"""The name of the search index among the files of a catalogue compiled into the package."""


def precompile(root: Path, target: Path) -> None:
    """Compile a catalogue and its search index into ``target``, as a wheel ships them.

    Raises:
        CatalogueError: The catalogue is not valid.
    """
    from yibao_cli.catalogue import vocabulary
    from yibao_cli.search import index as searchindex
    from yibao_cli.search import store

    catalogue = loader.precompile(root, target)
    words = vocabulary.load(root)
    index = searchindex.build(catalogue, vocabulary=words)
    assert index.profiles is not None
    database = target / f"{SEARCH_PART}.sqlite"
    head = store.write(database, index.entries, index.profiles, _token(loader.PACKAGED))
    loader.write_packaged(target / f"{SEARCH_PART}.pickle", head)


def _token(key: str) -> str:
    from yibao_cli.search import store

    return f"{store.SCHEMA}/{key}"


def search_index(catalogue: model.Catalogue) -> SearchIndex:
    """Return the catalogue's search index, built once per catalogue content.

    The packaged catalogue's index (with the pinyin of every line) was built with the package;
    any other is kept in the cache beside the compiled catalogue, so only the first search after
    an edit pays for importing ``pypinyin``. Either is a database a query reads only its part of
    (``search.store``); the run that builds an index searches it in memory. One-shot commands
    never build or load it.
    """
    from yibao_cli.catalogue import vocabulary
    from yibao_cli.search import index as searchindex
    from yibao_cli.search import store, stored

    def build() -> searchindex.WholeIndex:
        words = vocabulary.load(Path(catalogue.root)) if catalogue.root else vocabulary.EMPTY
        return searchindex.build(catalogue, vocabulary=words)

    if not catalogue.key:  # not loaded through the cache: nowhere to keep the index
        return build()
    if catalogue.key not in _indexes:
        token = _token(catalogue.key)
        if catalogue.key == loader.PACKAGED:
            folder = loader.compiled_directory()
        else:
            folder = cache_directory()
        name = SEARCH_PART if catalogue.key == loader.PACKAGED else f"search-{catalogue.key}"
        head_file, database = folder / f"{name}.pickle", folder / f"{name}.sqlite"
        if catalogue.key == loader.PACKAGED:
            head = loader.read_packaged(head_file, store.Head)
        else:
            head = loader.read_cached(head_file, store.Head)
        index: SearchIndex | None = None
        if head is not None:
            index = stored.open_index(database, head, token, build)
        if index is None:
            index = build()
            if catalogue.key != loader.PACKAGED:
                _keep(index, head_file, database, token)
        _indexes.clear()  # one catalogue per run; keeps long test sessions small
        _indexes[catalogue.key] = index
    return _indexes[catalogue.key]


def _keep(index: WholeIndex, head_file: Path, database: Path, token: str) -> None:
    """Write an index to the cache: its database, then the head that vouches for it.

    Each is written to a temporary file and renamed, so a run never reads half a file; two
    first runs at once write the same content, and a head left beside the other's database
    still names the same catalogue.
    """
    from yibao_cli.search import store

    assert index.profiles is not None
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        head = store.write(database, index.entries, index.profiles, token)
    except OSError:  # a cache that cannot be written only costs speed
        return
    loader.store_cached(head_file, head)


def resolve(catalogue: model.Catalogue, query: str) -> model.Procedure:
    """Find a procedure by id or alias, or else by pinyin or a search that names only one.

    An exact id or alias is looked up directly; only other queries load the search index.

    Raises:
        NotFoundError: Nothing matches, or several procedures do; the message lists them.
    """
    table = catalogue.names
    key = query.strip()
    found = table.get(key) or table.get(key.lower())
    if found is None and len(key) == 1:
        # One character names nothing by itself: 补 is in 补办 and in 补缴. One procedure whose
        # names hold it is an answer; several are candidates to choose from.
        holders = list(dict.fromkeys(proc for name, proc in table.items() if key in name))
        if len(holders) > 1:
            raise NotFoundError(t("cat.ambiguous", query=query), _candidates(catalogue, holders))
        found = holders[0] if holders else None
    if found is None:
        from yibao_cli.search import ranking

        index = search_index(catalogue)
        # A name (pinyin of an alias, a phrase of a title) first, then what the query asks.
        named = sorted(ranking.literal(index, key), key=lambda hit: -hit.score)
        found = ranking.unambiguous(named, literal=True)
        hits = ranking.rank(index, key, limit=5)
        found = found or ranking.unambiguous(hits)
        if found is None:
            raise _not_found(catalogue, query, hits)
    proc = catalogue.procedure(found)
    assert proc is not None
    return proc


def _not_found(catalogue: model.Catalogue, query: str, hits: list[Hit]) -> NotFoundError:
    from yibao_cli.search import ranking

    top = hits[0] if hits else None
    if top is not None and not top.fuzzy and top.score >= ranking.CONFIDENT:
        # Several good answers: name the ones that made it a close call.
        close = [hit.procedure for hit in hits if hit.score >= top.score * ranking.MARGIN]
        return NotFoundError(t("cat.ambiguous", query=query), _candidates(catalogue, close))
    if hits:
        return NotFoundError(
            t("cat.unknown_id", query=query),
            _candidates(catalogue, [hit.procedure for hit in hits]),
        )
    return NotFoundError(t("cat.unknown_id", query=query), suggest(catalogue, query.strip()))


def suggest(catalogue: model.Catalogue, query: str, limit: int = 5) -> tuple[str, ...]:
    """Return lines naming the procedures closest to ``query``, best first."""
    table = catalogue.names
    import difflib

    close = difflib.get_close_matches(query, list(table), n=limit, cutoff=0.5)
    close += [name for name in table if query and (query in name or name in query)]
    ids = list(dict.fromkeys(table[name] for name in close))[:limit]
    if not ids:
        return (t("cat.see_list"),)
    return _candidates(catalogue, ids)


def _candidates(catalogue: model.Catalogue, ids: list[str]) -> tuple[str, ...]:
    width = max(len(proc_id) for proc_id in ids)
    lines = []
    for proc_id in ids:
        proc = catalogue.summary(proc_id)
        assert proc is not None
        lines.append(f"  {proc_id:<{width}}  {model.text(proc.title, lang(), mark=True)}")
    return (t("cat.did_you_mean"), *lines)
