"""``yibao search QUERY``: find procedures by questions, words, pinyin, initials, aliases or ids."""

from typing import Annotated

import typer

from yibao_cli import session
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import JsonOption
from yibao_cli.errors import NotFoundError, UsageError
from yibao_cli.render import jsonout
from yibao_cli.strings import t

QueryArg = Annotated[list[str], typer.Argument(metavar="QUERY", help=t("arg.query"))]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help=t("opt.limit"))]


def search(words: QueryArg, limit: LimitOption = 5, json_output: JsonOption = False) -> None:
    """Search every procedure and list the best matches, with why each one matched."""
    from yibao_cli.search.answer import search as find
    from yibao_cli.search.query import parse

    query = " ".join(words).strip()
    if not parse(query).core:
        raise UsageError(t("search.empty"))
    cat = session.catalogue()
    found = find(cat, query, limit)
    if json_output:
        print_json(jsonout.search_results(cat, found))
    from yibao_cli.page import search as answers

    if not found.covered:
        raise NotFoundError(*answers.not_answered(cat, found))
    if json_output:
        return
    from yibao_cli.render.search import results

    console = stdout()
    results(console, answers.results(cat, found.hits, console.width))
