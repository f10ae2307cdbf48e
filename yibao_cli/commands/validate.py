"""``yibao validate [DIR]``: check a catalogue and report every problem with file and line."""

from pathlib import Path
from typing import Annotated

import typer

from yibao_cli import session
from yibao_cli.app.output import print_json, stdout
from yibao_cli.catalogue import load as loader
from yibao_cli.commands.options import AsOfOption, JsonOption
from yibao_cli.errors import CatalogueError
from yibao_cli.strings import lang, t


def validate(
    directory: Annotated[
        Path | None, typer.Argument(metavar="[DIR]", help=t("arg.validate_dir"), show_default=False)
    ] = None,
    json_output: JsonOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Validate a catalogue directory without using the cache.

    Expired source checks and sources nobody cites are warnings: they do not fail. With
    ``--lang en`` it also lists every text that has no English and then fails (exit 4).
    """
    from yibao_cli.app import context

    day = context.read_day(as_of) if as_of is not None else context.sources_day()
    root = loader.directory(str(directory) if directory else session.SETTINGS.catalogue_dir)
    try:
        cat = loader.compile_directory(root)
    except CatalogueError as exc:
        if json_output:
            print_json({"valid": False, "directory": str(root), "problems": list(exc.details)})
        raise
    counts = {
        "procedures": len(cat.procedures),
        "channels": len(cat.platforms),
        "regions": len(cat.regions),
        "flows": len(cat.flows),
    }
    from yibao_cli.catalogue.validate import warnings

    warned = [str(problem) for problem in warnings(root, cat, day)]
    missing = _missing_english(root) if lang() == "en" else None
    if json_output:
        extra = {} if missing is None else {"missing_en": missing}
        print_json(
            {
                "valid": True,
                "directory": str(root),
                "problems": [],
                "warnings": warned,
                **counts,
                **extra,
            }
        )
    else:
        if warned:
            from yibao_cli.render.console import make_console

            err = make_console(stderr=True)
            for line in warned:
                err.print(t("val.warning", line=line), soft_wrap=True, markup=False, style="yellow")
        stdout().print(t("ui.valid", path=root, **counts), soft_wrap=True)
        for line in missing or ():
            stdout().print(line, soft_wrap=True, markup=False, highlight=False)
        if missing == []:
            stdout().print(t("val.all_en"), soft_wrap=True)
    if missing:
        raise CatalogueError(t("val.missing_en", count=len(missing)))


def _missing_english(root: Path) -> list[str]:
    from yibao_cli.catalogue import english

    return [english.where(problem) for problem in english.missing_english(root)]
