"""Turn what the user typed (an id or alias, a region name) into a procedure view."""

from __future__ import annotations

from yibao_cli import catalogue as loader
from yibao_cli import model, overlay, regions, session
from yibao_cli.commands.output import warn
from yibao_cli.strings import t


def procedure_view(query: str, region_query: str | None) -> overlay.ProcedureView:
    """Resolve a procedure and apply the region's overlays, warning when the region is unknown.

    Raises:
        NotFoundError: The procedure does not exist (with suggestions).
    """
    cat = session.catalogue()
    proc = loader.resolve(cat, query)
    applied: tuple[model.Region, ...] = ()
    if region_query:
        region = regions.find(cat, region_query)
        if region is None:
            warn(t("ui.region_unknown", query=region_query))
            close = regions.close_names(cat, region_query)
            if close:
                warn(t("ui.region_close", names="、".join(close)))
        else:
            applied = regions.chain(cat, region)
    return overlay.view(cat, proc, applied)
