"""``yibao sources [ID]``: the sources the catalogue cites, when each was checked, which expired."""

from typing import Annotated

import typer

from yibao_cli import session
from yibao_cli.app import context
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.options import AsOfOption, JsonOption
from yibao_cli.render import jsonout
from yibao_cli.strings import lang, t

SourcesArg = Annotated[
    str | None,
    typer.Argument(metavar="[ID]", help=t("arg.sources_procedure"), show_default=False),
]
StaleOption = Annotated[bool, typer.Option("--stale", help=t("opt.stale"))]


def sources(
    procedure: SourcesArg = None,
    stale: StaleOption = False,
    as_of: AsOfOption = None,
    json_output: JsonOption = False,
) -> None:
    """List the sources (of one procedure, or all), with when each was checked."""
    from yibao_cli.catalogue import citing

    day = context.read_day(as_of) if as_of is not None else context.sources_day()
    cat = session.catalogue()
    proc_id = None
    found = list(cat.sources)
    quotes: dict[str, list[citing.Quoted]] = {}
    if procedure is not None:
        from yibao_cli.search.lookup import resolve

        proc_id = resolve(cat, procedure).id
        found = citing.of_procedure(cat, proc_id)
        quotes = citing.quotes_by_source(cat, proc_id)
    if stale:
        found = [source for source in found if source.expired(day)]
    if json_output:
        print_json(
            {
                "version": jsonout.JSON_VERSION,
                "lang": lang(),
                "as_of": day.isoformat(),
                "procedure": proc_id,
                "ledger": bool(cat.sources),
                "sources": [
                    {
                        **jsonout.source_object(source, day),
                        **(
                            {"quotes": [jsonout.plain(q) for q in quotes.get(source.id, [])]}
                            if proc_id is not None
                            else {}
                        ),
                    }
                    for source in found
                ],
            }
        )
        return
    from yibao_cli.render.sources import render

    render(stdout(), found, day, stale=stale, ledger=bool(cat.sources), quotes=quotes)
