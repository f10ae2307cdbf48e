"""Turn a catalogue directory into a checked ``Catalogue``, or a list of located problems.

Only this module imports pydantic; the compiled cache spares every later run that cost.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pydantic

from yibao_cli.catalogue import citations, model, quoting, tiers, vocabulary
from yibao_cli.catalogue.areacodes import AreaCodes
from yibao_cli.catalogue.calendar import CalendarYear
from yibao_cli.catalogue.calendarchecks import check_calendar
from yibao_cli.catalogue.checks import (
    check_area_codes,
    check_catalogue,
    check_menu,
    check_numbers,
)
from yibao_cli.catalogue.flowchecks import check_flows

# Named apart from model.Source: older pydantic resolves the model's annotations in the
# namespace of the module that builds the validator, where this name would shadow it.
from yibao_cli.catalogue.yamlsource import Problem, display_name, read
from yibao_cli.catalogue.yamlsource import Source as YamlSource
from yibao_cli.safety import printable
from yibao_cli.strings import t

T = TypeVar("T")

# Names pydantic inserts into error locations for union members; they are not in the file.
_UNION_TAGS = {
    "str",
    "LocalText",
    "none",
    "int",
    "bool",
    "list",
    "tuple",
    "Test",
    "Pick",
    "ChannelPick",
}


def load_directory(root: Path) -> tuple[model.Catalogue | None, list[Problem]]:
    """Read, validate and cross-check every file of a catalogue directory.

    Args:
        root: The catalogue directory (holding ``channels.yaml``, ``procedures/``, ``regions/``,
            ``flows/`` and, optionally, ``calendar/``).

    Returns:
        The catalogue (None when any file is unusable) and every problem found.
    """
    problems: list[Problem] = []
    for name in ("procedures", "regions", "flows"):
        folder = root / name
        if os.path.lexists(folder) and not folder.is_dir():  # the wizards would silently vanish
            problems.append(Problem(display_name(folder), None, "", t("cat.folder_not_dir")))
    platforms_src = root / "channels.yaml"
    platform_list = _load_file(platforms_src, list[model.Platform], problems, root)
    procedures = _load_many(root, "procedures", model.Procedure, problems)
    regions = _load_many(root, "regions", model.Region, problems)
    flows = _load_many(root, "flows", model.Flow, problems)
    calendar = _load_many(root, "calendar", CalendarYear, problems)  # optional
    numbers_src = root / "numbers.yaml"  # optional: without it numbers are explained tersely
    numbers = (
        _load_file(numbers_src, list[model.NumberFormat], problems, root)
        if _present(numbers_src)
        else None
    )
    codes_src = root / "area-codes.yaml"  # optional: without it hotlines carry no area code
    area_codes = _load_file(codes_src, AreaCodes, problems, root) if _present(codes_src) else None
    menu_src = root / "menu.yaml"  # optional: without it the menu lists the wizards in order
    menu = (
        _load_file(menu_src, list[model.MenuGroup], problems, root) if _present(menu_src) else None
    )
    ledger_src = root / "sources.yaml"  # optional: without it claims need not cite (fixtures)
    ledger = _load_file(ledger_src, model.Ledger, problems, root) if _present(ledger_src) else None
    if problems:
        return None, problems
    assert platform_list is not None
    platforms = (platform_list[0], tuple(platform_list[1]))
    problems.extend(check_catalogue(platforms, procedures, regions))
    dialled = {platform.id for platform in platforms[1] if platform.dial_with_area_code}
    problems.extend(check_flows(flows, procedures, dialled))
    problems.extend(check_calendar(calendar))
    problems.extend(vocabulary.read(root, {platform.id for platform in platforms[1]})[1])
    if numbers is not None:
        problems.extend(check_numbers(numbers[0], numbers[1]))
    if area_codes is not None:
        problems.extend(check_area_codes(*area_codes))
    if menu is not None:
        ids = [proc.id for _, proc in procedures]
        problems.extend(check_menu(menu[0], menu[1], ids, (root / "estimate.yaml").is_file()))
    found = [claim for source, proc in procedures for claim in tiers.claims(source, proc)]
    if numbers is not None:
        found += tiers.number_claims(numbers[0], numbers[1])
    problems.extend(tiers.check_tiers(found))
    problems.extend(_check_sources(ledger, platforms, procedures, regions, numbers, flows))
    if problems:
        return None, problems
    sources = ledger[1].sources if ledger is not None else ()
    by_id = {entry.id: entry for entry in sources}
    catalogue = model.Catalogue(
        procedures=tuple(citations.fill_procedure(proc, by_id) for _, proc in procedures),
        platforms=platforms[1],
        regions=tuple(region for _, region in regions),
        flows=tuple(sorted((flow for _, flow in flows), key=lambda f: (f.order, f.procedure))),
        numbers=citations.fill_numbers(numbers[1]) if numbers is not None else (),
        area_codes=area_codes[1] if area_codes is not None else AreaCodes(),
        calendar=tuple(sorted((year for _, year in calendar), key=lambda item: item.year)),
        menu=tuple(menu[1]) if menu is not None else (),
        sources=sources,
    )
    return catalogue, []


def _check_sources(
    ledger: tuple[YamlSource, model.Ledger] | None,
    platforms: tuple[YamlSource, tuple[model.Platform, ...]],
    procedures: list[tuple[YamlSource, model.Procedure]],
    regions: list[tuple[YamlSource, model.Region]],
    numbers: tuple[YamlSource, Any] | None,
    flows: list[tuple[YamlSource, model.Flow]],
) -> list[Problem]:
    """Check the ledger and every citation (see ``citations``)."""
    problems = citations.check_ledger(*ledger) if ledger is not None else []
    by_id = {entry.id: entry for entry in ledger[1].sources} if ledger is not None else None
    found = _claims(platforms, procedures, regions, numbers, flows)
    problems.extend(citations.check_citations(found, by_id))
    checked = quoting.check_quotes(found, by_id)
    problems.extend(checked.errors)
    if ledger is not None and ledger[1].require_quotes:
        problems.extend(checked.unquoted)
    return problems


def _claims(
    platforms: tuple[YamlSource, Any],
    procedures: list[tuple[YamlSource, model.Procedure]],
    regions: list[tuple[YamlSource, model.Region]],
    numbers: tuple[YamlSource, Any] | None,
    flows: list[tuple[YamlSource, model.Flow]],
) -> list[citations.Cited]:
    """Every claim of the catalogue, where it is written, with its sources and tier."""
    found = list(citations.platform_claims(*platforms))
    for source, proc in procedures:
        found += citations.procedure_claims(source, proc)
    for source, region in regions:
        found += citations.region_claims(source, region)
    if numbers is not None:
        found += citations.number_claims(*numbers)
    for source, flow in flows:
        found += citations.flow_claims(source, flow)
    return found


def warnings(root: Path, catalogue: model.Catalogue, as_of: datetime.date) -> list[Problem]:
    """What ``yibao validate`` reports without failing: expired checks and unused sources.

    Args:
        root: The catalogue directory.
        catalogue: The catalogue read from it (valid).
        as_of: The day the checks are judged on.
    """
    path = root / "sources.yaml"
    if not path.exists():
        return []
    source, _ = read(path)
    if source is None:
        return []
    loaded = _load_file(path, model.Ledger, [], root)
    ledger: model.Ledger = loaded[1] if loaded is not None else model.Ledger(catalogue.sources)
    found = citations.expired_warnings(source, ledger, as_of)
    found += citations.unused_warnings(source, ledger, citations.cited_ids(catalogue))
    if not ledger.require_quotes:
        found += unquoted(root)
    # A written reviewed date is ignored: the date shown is the latest check of the sources.
    for name in sorted((root / "procedures").glob("*.yaml")):
        try:
            text = name.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if line.startswith("reviewed:"):
                found.append(Problem(display_name(name), number, "reviewed", t("src.reviewed")))
    return found


def unquoted(root: Path) -> list[Problem]:
    """Every claim of the catalogue at ``root`` that states a number and quotes nothing.

    A warning while ``sources.yaml`` does not set ``require_quotes: true``, an error after.
    """
    problems: list[Problem] = []
    platforms = _load_file(root / "channels.yaml", list[model.Platform], problems, root)
    ledger = _load_file(root / "sources.yaml", model.Ledger, problems, root)
    if platforms is None or ledger is None:
        return []
    numbers_src = root / "numbers.yaml"
    numbers = (
        _load_file(numbers_src, list[model.NumberFormat], problems, root)
        if _present(numbers_src)
        else None
    )
    procedures = _load_many(root, "procedures", model.Procedure, problems)
    regions = _load_many(root, "regions", model.Region, problems)
    flows = _load_many(root, "flows", model.Flow, problems)
    found = _claims(platforms, procedures, regions, numbers, flows)
    by_id = {entry.id: entry for entry in ledger[1].sources}
    return quoting.check_quotes(found, by_id).unquoted


def _present(path: Path) -> bool:
    # A link that leads nowhere (or out of the folder) is there too, to be reported.
    return os.path.lexists(path)


def _load_many(
    root: Path, folder: str, kind: type[T], problems: list[Problem]
) -> list[tuple[YamlSource, T]]:
    loaded: list[tuple[YamlSource, T]] = []
    where = root / folder
    for path in sorted(where.glob("*.yaml")) if where.is_dir() else ():
        result = _load_file(path, kind, problems, root)
        if result is not None:
            loaded.append(result)
    return loaded


def _load_file(
    path: Path, kind: Any, problems: list[Problem], within: Path | None = None
) -> tuple[YamlSource, Any] | None:
    source, read_problems = read(path, within)
    problems.extend(read_problems)
    if source is None:
        return None
    if source.data is None:
        problems.append(source.problem((), t("yaml.empty")))
        return None
    unsafe = sorted(_unusable_values(source), key=lambda problem: problem.line or 0)
    if unsafe:
        problems.extend(unsafe)
        return None
    try:
        value = _adapter(kind).validate_python(source.data)
    except pydantic.ValidationError as exc:
        problems.extend(_explain(source, exc.errors(include_url=False)))
        return None
    except RecursionError:
        problems.append(source.problem((), t("schema.recursive")))
        return None
    # A duplicate key is reported, but the rest of the file is still checked.
    return None if read_problems else (source, value)


FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2199, 12, 31)
"""The dates a catalogue may hold: yibao counts days from them and to them."""
LARGEST = 36_500
"""The largest number a catalogue may hold (a count of days: a hundred years)."""


def _unusable_values(source: YamlSource) -> Iterator[Problem]:
    """Find what no command could show or compute with.

    Text holding a character that steers a terminal (an escape, a bell, a bidi mark), a date
    too far away to count days from, a number too large to be a count of days.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, list[str | int]]] = [(source.data, [])]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if printable(value) != value:
                yield source.problem(path, t("schema.control_character"))
        elif isinstance(value, datetime.date) and not FIRST_DAY <= value <= LAST_DAY:
            yield source.problem(path, t("schema.date_range", first=FIRST_DAY, last=LAST_DAY))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > LARGEST:
            yield source.problem(path, t("schema.number_range", most=LARGEST))
        elif isinstance(value, (dict, list)):
            if id(value) in seen:  # reached again through an alias
                continue
            seen.add(id(value))
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and printable(key) != key:
                    yield source.problem(path, t("schema.control_character"))
                stack.append((item, [*path, key]))


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(kind: Any) -> pydantic.TypeAdapter[Any]:
    if kind not in _adapters:
        _adapters[kind] = pydantic.TypeAdapter(kind)
    return _adapters[kind]


def _explain(source: YamlSource, errors: Iterable[Any]) -> Iterator[Problem]:
    """Turn pydantic errors into one located problem per field, in the user's words."""
    by_path: dict[tuple[str | int, ...], list[Any]] = {}
    for error in errors:
        path = tuple(part for part in error["loc"] if part not in _UNION_TAGS)
        by_path.setdefault(path, []).append(error)
    for path, group in by_path.items():
        # A text field fails as both a string and a {zh, en} mapping: say what it should be.
        if len(group) > 1 and any(e["type"] == "string_type" for e in group):
            yield source.problem(path, t("schema.text"))
            continue
        for error in group:
            yield source.problem(path, _message(error))


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return t("schema.missing")
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        return t("schema.unknown_field")
    if kind == "literal_error":
        return t("schema.choice", expected=error["ctx"]["expected"])
    if kind in ("dataclass_type", "dict_type", "model_type"):
        return t("schema.mapping")
    if kind in ("tuple_type", "list_type"):
        return t("schema.list")
    if kind == "string_type":
        return t("schema.string")
    if kind.startswith("int_") or kind == "int_type":
        return t("schema.integer")
    if kind.startswith("date"):
        return t("schema.date")
    if kind == "recursion_loop":
        return t("schema.recursive")
    return str(error["msg"])
