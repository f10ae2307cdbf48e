"""The main menu of ``yibao`` on a terminal: every task under its heading, and search.

The headings and their procedures come from the catalogue (``menu.yaml``). A procedure with a
wizard opens it (so a wizard added to ``flows/`` appears with no change here); one without
shows everything the catalogue holds for it, as ``yibao show`` does. After a task, the user
goes back to the menu or quits.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yibao_cli import session
from yibao_cli.catalogue import model
from yibao_cli.errors import Interrupted
from yibao_cli.strings import lang, t

if TYPE_CHECKING:
    from yibao_cli.regions.divisions import Division

Group = tuple[str, Sequence[tuple[str, str]]]


def run() -> None:
    """Offer the menu until the user quits.

    Raises:
        Interrupted: The user pressed Ctrl-C.
    """
    from yibao_cli.app import prompt

    cat = session.catalogue()
    groups = entries(cat)
    try:
        region = insured_region()
    except KeyboardInterrupt:
        raise Interrupted(t("err.interrupted")) from None
    last: str | None = None
    while True:
        try:
            chosen = prompt.menu(groups, last)
            if chosen == prompt.SEARCH:
                chosen = _search(cat)
                if chosen is None:
                    continue
        except KeyboardInterrupt:
            raise Interrupted(t("err.interrupted")) from None
        if chosen is None:
            return
        last = chosen
        try:
            with prompt.from_menu():
                open_task(cat, chosen, region)
        except prompt.BackToMenu:
            continue
        try:
            if not prompt.again():
                return
        except KeyboardInterrupt:
            raise Interrupted(t("err.interrupted")) from None


def entries(cat: model.Catalogue) -> list[Group]:
    """The menu's headings and tasks ``(id, label)``, in the current language.

    Without ``menu.yaml`` the menu is one list of the wizards, in their order.
    """
    if not cat.menu:
        tasks = [(flow.procedure, _text(flow.task)) for flow in cat.flows]
        estimate = _estimate()
        if estimate is not None:
            tasks.append((model.MENU_ESTIMATE, estimate))
        return [("", tasks)]
    groups: list[Group] = []
    for group in cat.menu:
        tasks = []
        for item in group.items:
            label = _estimate() if item == model.MENU_ESTIMATE else label_of(cat, item)
            if label is not None:
                tasks.append((item, label))
        groups.append((_text(group.heading), tasks))
    return groups


def label_of(cat: model.Catalogue, proc_id: str) -> str | None:
    """A task's label: its wizard's task, else the procedure's title (None when unknown)."""
    flow = cat.flow(proc_id)
    if flow is not None:
        return _text(flow.task)
    summary = cat.summary(proc_id)
    return _text(summary.title) if summary is not None else None


def insured_region() -> str | None:
    """The region the menu's answers are fitted to: the default one, else asked once.

    With no default region, the menu asks where the user is insured (a city, read as
    ``--region`` reads it; Enter skips) and offers to remember it as the default. A skip is
    remembered too, so that the question comes once.

    Returns:
        The region to pass on as ``--region``, or None for the default one (or none at all).
    """
    from yibao_cli import config
    from yibao_cli.app import prompt
    from yibao_cli.app.lookup import announce, ignore_settings, resolver
    from yibao_cli.app.output import note, warn
    from yibao_cli.errors import ConfigError, YibaoError

    try:
        settings = config.read()
        if config.region(settings) is not None or settings.get(ASKED):
            return None
    except ConfigError as error:
        ignore_settings(error)
        return None

    def check(text: str) -> str | None:
        try:
            resolver().resolve(text)
        except YibaoError as error:
            return " ".join([error.message, *error.details[:2]])
        return None

    typed = prompt.ask_region(check)
    if not typed:
        _keep(settings, None)
        return None
    place = resolver().resolve(typed)
    announce(place)
    division = place.now or place.division
    note(t("menu.region_chosen", name=division.full_name, code=division.code))
    if prompt.remember(t("menu.region_remember", name=division.full_name)):
        try:
            path = _keep(settings, division)
        except ConfigError as error:
            warn(error.message)
        else:
            note(t("config.saved", name=division.full_name, code=division.code, path=path))
    return division.code


ASKED = "region_asked"
"""In the settings file: the menu asked where the user is insured (and was told, or not)."""


def _keep(settings: dict[str, Any], division: Division | None) -> Path:
    from yibao_cli import config

    settings = {**settings, ASKED: True}
    if division is not None:
        settings["region"] = {
            "code": division.code,
            "name": division.full_name,
            "level": division.level,
        }
    return config.write(settings)


def open_task(cat: model.Catalogue, chosen: str, region: str | None = None) -> None:
    """Run the chosen task: the estimate, a procedure's wizard, or the whole procedure."""
    if chosen == model.MENU_ESTIMATE:
        from yibao_cli.app import estimate as estimation
        from yibao_cli.estimate.inputs import Raw

        estimation.run(Raw(), json_output=False)
        return
    if cat.flow(chosen) is not None:
        from yibao_cli.app import walkthrough

        walkthrough.run(walkthrough.Request(chosen, region=region))
        return
    from yibao_cli.app.lookup import procedure_view
    from yibao_cli.app.output import stdout
    from yibao_cli.page.procedure import show
    from yibao_cli.render.page import render

    render(stdout(), show(procedure_view(chosen, region)))


def _search(cat: model.Catalogue) -> str | None:
    """Ask a question, offer the procedures that answer it; the one chosen, or None."""
    from yibao_cli.app import prompt
    from yibao_cli.app.output import warn
    from yibao_cli.page import search as words
    from yibao_cli.search.answer import search

    query = prompt.search_query()
    if not query:
        return None
    found = search(cat, query)
    if not found.covered:  # the same answer as `yibao search`: nothing answers it, whom to call
        message, lines = words.not_answered(cat, found)
        warn("\n".join([message, *lines]))
        if not found.hits:
            return None
    options = []
    for hit in found.hits:
        label = label_of(cat, hit.procedure)
        if label is not None:
            options.append((hit.procedure, label))
    title = t("menu.search_pick") if found.covered else t("menu.search_related")
    return prompt.pick(title, options)


def _estimate() -> str | None:
    from yibao_cli.app.estimate import menu_flow

    flow = menu_flow()
    return _text(flow.task) if flow is not None else None


def _text(value: model.Text | None) -> str:
    return model.text(value, lang())
