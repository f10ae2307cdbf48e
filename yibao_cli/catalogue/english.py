"""Find the catalogue texts that have no English yet, each with its file, line and field path.

The walk follows the schema in ``model``: every field typed as ``Text`` (or a list of them) is a
text that an English reader needs; ids, aliases and numbers are not.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from yibao_cli.catalogue import model
from yibao_cli.catalogue.yamlsource import Problem, Source, read

# (file or folder below the catalogue root, the schema of one file)
LAYOUT: tuple[tuple[str, Any], ...] = (
    ("channels.yaml", list[model.Platform]),
    ("numbers.yaml", list[model.NumberFormat]),
    ("procedures", model.Procedure),
    ("flows", model.Flow),
    ("regions", model.Region),
)


def where(problem: Problem) -> str:
    """Format a missing text as ``file:line: field.path``."""
    place = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    return f"{place}: {problem.path}" if problem.path else place


def catalogue_files(root: Path) -> Iterator[tuple[Path, Any]]:
    """Yield every catalogue file below ``root`` with the schema it follows."""
    for name, kind in LAYOUT:
        path = root / name
        if path.is_dir():
            for item in sorted(path.glob("*.yaml")):
                yield item, kind
        elif path.is_file():
            yield path, kind


def missing_english(root: Path) -> list[Problem]:
    """List every catalogue text below ``root`` that has no English version.

    Args:
        root: A catalogue directory (valid: run the loader first).

    Returns:
        One problem per text, located by file, line and field path, in file order.
    """
    problems: list[Problem] = []
    for path, kind in catalogue_files(root):
        source, _ = read(path)
        if source is not None:
            problems.extend(missing_in(source, kind))
    return problems


def missing_in(source: Source, kind: Any) -> Iterator[Problem]:
    """Yield a problem for each text of one parsed file that lacks English, in line order."""
    found = [source.problem(path, "") for path in _walk(source.data, kind, [])]
    yield from sorted(found, key=lambda problem: problem.line or 0)


def _is_text(kind: Any) -> bool:
    return kind is model.Text or kind == model.Text


def _walk(data: Any, kind: Any, path: list[str | int]) -> Iterator[list[str | int]]:
    if data is None:
        return
    if _is_text(kind):
        if not _has_english(data):
            yield path
        return
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        members = [arg for arg in args if arg is not type(None)]
        if any(_is_text(arg) for arg in members) or set(members) == {str, model.LocalText}:
            yield from _walk(data, model.Text, path)
            return
        for member in members:
            if dataclasses.is_dataclass(member) and isinstance(data, dict):
                yield from _walk(data, member, path)
        return
    if origin in (tuple, list) and isinstance(data, list):
        for index, item in enumerate(data):
            yield from _walk(item, args[0], [*path, index])
        return
    if origin is dict and isinstance(data, dict):
        for key, item in data.items():
            yield from _walk(item, args[1], [*path, str(key)])
        return
    if dataclasses.is_dataclass(kind) and isinstance(data, dict):
        hints = typing.get_type_hints(kind)
        for item in dataclasses.fields(kind):
            if item.name in data:
                yield from _walk(data[item.name], hints[item.name], [*path, item.name])


def _has_english(data: Any) -> bool:
    if isinstance(data, dict):
        english = data.get("en")
        return isinstance(english, str) and bool(english.strip())
    return False
