"""Turn what the user typed (an id or alias, a region name) into a procedure view."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from yibao_cli import session
from yibao_cli.app.output import warn
from yibao_cli.catalogue import model
from yibao_cli.errors import ConfigError
from yibao_cli.regions import overlay
from yibao_cli.search.lookup import resolve as resolve_procedure
from yibao_cli.strings import t

if TYPE_CHECKING:
    from yibao_cli.regions.resolve import Place, Resolver
    from yibao_cli.wizard.outcome import Outcome


def resolver() -> Resolver:
    """A region resolver over every division plus the catalogue's own region names."""
    from yibao_cli.regions import divisions
    from yibao_cli.regions import resolve as regions

    return regions.Resolver(divisions.load(), session.catalogue().regions)


def place(region_query: str | None) -> Place | None:
    """Resolve ``--region``, else the configured default region; warn about near misses.

    The division data is only loaded when there is a region to resolve. A settings file that
    cannot be used (damaged, or its region no longer known) is said once as a warning and
    ignored: reading never stops at it.

    Raises:
        UsageError: The region is ambiguous or malformed.
        NotFoundError: The region does not exist (with close names).
    """
    if region_query is not None:
        found = resolver().resolve(region_query)
    else:
        try:
            configured = _configured()
        except ConfigError as error:
            ignore_settings(error)
            return None
        if configured is None:
            return None
        found = configured
    announce(found)
    return found


def _configured() -> Place | None:
    from yibao_cli import config  # settings and regions are only read when they matter

    stored = config.region()
    if stored is None:
        return None
    at = resolver().at(stored.code)
    if at is None:
        raise ConfigError(
            t("config.stale_region", name=stored.name, code=stored.code, path=config.path()),
            (t("config.reset", key="region"),),
        )
    return dataclasses.replace(at, configured=True)


def ignore_settings(error: ConfigError) -> None:
    """Say once, as a warning, that the settings file cannot be used, and go on without it."""
    if error.message in session.SETTINGS.said:
        return
    session.SETTINGS.said.add(error.message)
    from yibao_cli.render.console import make_console

    text = "\n".join((error.message, *error.details, t("config.ignored")))
    make_console(stderr=True).print(text, style="yellow", soft_wrap=True)  # paths kept whole


def announce(found: Place) -> None:
    """Warn on stderr when a region is a former one or shares its name with others."""
    from yibao_cli.regions import resolve as regions

    if found.historical:
        now = found.now.full_name if found.now else ""
        key = "region.renamed" if found.now else "region.historical"
        warn(t(key, name=regions.describe(found.division).strip(), now=now))
    if found.others:
        names = t("ui.item_sep").join(regions.describe(d).strip() for d in found.others)
        warn(t("region.also", names=names))


def procedure_view(query: str, region_query: str | None) -> overlay.ProcedureView:
    """Resolve a procedure and apply the overlays of the region and the regions above it.

    Raises:
        NotFoundError: The procedure or region does not exist (with suggestions).
        UsageError: The region is ambiguous.
    """
    cat = session.catalogue()
    proc = resolve_procedure(cat, query)
    where = place(region_query)
    applied: tuple[model.Region, ...] = ()
    if where is not None:
        from yibao_cli.regions import resolve as regions

        applied = regions.chain(cat, where.code)
    from yibao_cli.app.context import sources_day

    return overlay.view(cat, proc, applied, where, as_of=sources_day())


def region_problem(answer: str) -> str | None:
    """What is wrong with a place given as an answer (as the engine parsed it), or None."""
    from yibao_cli.errors import YibaoError
    from yibao_cli.wizard.engine import NO_PLACE

    if answer == NO_PLACE:
        return None
    try:
        resolver().resolve(answer)
    except YibaoError as error:
        return " ".join([error.message, *error.details[:2]])
    return None


def treated_in(
    view: overlay.ProcedureView, flow: model.Flow, result: Outcome
) -> overlay.ProcedureView:
    """The view with the place of treatment's hotlines and contacts after the insured place's.

    Only for an outcome whose flow names a ``treated_in`` question that was answered with a
    place (就医地); otherwise the view as it is.

    Raises:
        UsageError: The place answered is ambiguous, malformed or unknown (with close names).
    """
    from yibao_cli.errors import UsageError, YibaoError
    from yibao_cli.regions import resolve as regions
    from yibao_cli.wizard.engine import NO_PLACE

    end = flow.outcome(result.id)
    treated = end.treated_in if end is not None else None
    if treated is None:
        return view
    answer = dict(result.answers).get(treated.question)
    if not isinstance(answer, str) or answer == NO_PLACE:
        return view
    cat = session.catalogue()
    try:
        found = resolver().resolve(answer)
    except YibaoError as error:
        said = t("wiz.bad_answer", id=treated.question, value=answer, message=error.message)
        raise UsageError(said, error.details) from None
    added = overlay.hotlines(cat, found, treated.call)
    added += overlay.local_contacts(regions.chain(cat, found.code), view.procedure.id)
    labelled = tuple(
        (dataclasses.replace(contact, name=_treatment_name(contact.name)), origin)
        for contact, origin in added
    )
    return dataclasses.replace(view, treated=labelled)


def _treatment_name(name: model.Text) -> model.LocalText:
    from yibao_cli.strings import entry

    zh, en = entry("region.treated_in")
    return model.LocalText(
        zh=str(zh).format(name=model.text(name, "zh")),
        en=str(en).format(name=model.text(name, "en")),
    )
