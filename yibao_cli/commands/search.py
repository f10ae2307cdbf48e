"""``yibao search QUERY``: find procedures by Chinese words, pinyin, initials, aliases or ids."""

from typing import Annotated

import typer

from yibao_cli import session
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import JsonOption
from yibao_cli.errors import NotFoundError, UsageError
from yibao_cli.render import jsonout
from yibao_cli.search import lookup
from yibao_cli.strings import t

QueryArg = Annotated[list[str], typer.Argument(metavar="QUERY", help=t("arg.query"))]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help=t("opt.limit"))]


def search(words: QueryArg, limit: LimitOption = 5, json_output: JsonOption = False) -> None:
    """Search every procedure and list the best matches with the lines that matched."""
    from yibao_cli.search import ranking
    from yibao_cli.search.query import parse

    query = " ".join(words).strip()
    if not parse(query).core:
        raise UsageError(t("search.empty"))
    cat = session.catalogue()
    hits = ranking.rank(lookup.search_index(cat), query, limit)
    if json_output:
        print_json(jsonout.search_results(cat, query, hits))
    if not hits:
        raise NotFoundError(t("search.none", query=query), (t("cat.see_list"),))
    if json_output:
        return
    from yibao_cli.render.search import results

    results(stdout(), cat, hits)
