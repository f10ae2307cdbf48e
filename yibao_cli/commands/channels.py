"""``yibao channels ID`` and the one-shot shortcuts such as ``yibao balance-channels``."""

from collections.abc import Callable
from typing import Annotated

import typer

from yibao_cli.app import complete
from yibao_cli.app.lookup import procedure_view
from yibao_cli.app.output import print_json, stdout
from yibao_cli.catalogue import model
from yibao_cli.commands.options import JsonOption, ProcedureArg, RegionOption
from yibao_cli.errors import UsageError
from yibao_cli.strings import t

KindOption = Annotated[
    str | None,
    typer.Option(
        "--kind",
        "-k",
        metavar="online|phone|offline|app",
        help=t("opt.kind"),
        autocompletion=complete.choices(model.CHANNEL_KINDS, "kind"),
    ),
]


def channels(
    procedure: ProcedureArg,
    kind: KindOption = None,
    region: RegionOption = None,
    json_output: JsonOption = False,
) -> None:
    """List the channels of one procedure, optionally of one kind."""
    if kind is not None and kind not in model.CHANNEL_KINDS:
        raise UsageError(t("err.bad_kind", kind=kind, kinds=" | ".join(model.CHANNEL_KINDS)))
    view = procedure_view(procedure, region)
    chosen = [c for c in view.channels if kind is None or c.platform.kind == kind]
    chosen.sort(key=lambda c: model.CHANNEL_KINDS.index(c.platform.kind))
    if json_output:
        from yibao_cli.render import jsonout

        print_json(jsonout.channel_list(view, chosen))
        return
    from yibao_cli.page.procedure import channels as channels_page
    from yibao_cli.render.page import render

    render(stdout(), channels_page(view, chosen))


def shortcut(procedure_id: str) -> Callable[..., None]:
    """Build a one-shot command that lists one procedure's channels."""

    def command(
        kind: KindOption = None, region: RegionOption = None, json_output: JsonOption = False
    ) -> None:
        channels(procedure_id, kind=kind, region=region, json_output=json_output)

    command.__doc__ = f"List the channels of {procedure_id}."
    return command
