"""Safe YAML reading that keeps line numbers, so every problem can name its file and line."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from yibao_cli.errors import Message
from yibao_cli.safety import read_regular
from yibao_cli.strings import t

MAX_NODES = 100_000
"""The most values a file may hold once its aliases are expanded (a catalogue file has a few
thousand); more is an alias bomb, refused before anything walks the data."""
MAX_DEPTH = 100
"""The deepest nesting a file may have (a catalogue file needs fewer than ten levels)."""

try:  # the C loader is several times faster; fall back when libyaml is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _Loader(_BaseLoader):
    """Safe loader that leaves an impossible date (2026-13-45) as text for the schema to flag."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a catalogue file."""

    file: str
    line: int | None
    path: str
    message: str | Message

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


@dataclass(frozen=True)
class Source:
    """A parsed YAML file: its data and the node tree that knows where each value was."""

    file: str
    data: Any
    node: yaml.Node | None

    def line(self, path: Sequence[str | int]) -> int | None:
        """Return the 1-based line of the deepest node along ``path`` (None if unknown)."""
        node = self.node
        if node is None:
            return None
        for key in path:
            child = _child(node, key)
            if child is None:
                continue  # a step that is not in the file, e.g. a union member's name
            node = child
        return node.start_mark.line + 1

    def problem(self, path: Sequence[str | int], message: str | Message) -> Problem:
        """Build a problem located at ``path`` in this file."""
        return Problem(self.file, self.line(path), format_path(path), message)


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(key):
                found: yaml.Node = value_node
                return found
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
        if 0 <= key < len(node.value):
            item: yaml.Node = node.value[key]
            return item
    return None


def format_path(path: Sequence[str | int]) -> str:
    """Format a field path the way users write it: ``steps[2].durations[0].min``."""
    out = ""
    for key in path:
        if isinstance(key, int):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else key
    return out


def display_name(path: Path) -> str:
    """Name a file relative to the working directory when it is below it.

    Symbolic links are not followed: a link is named as itself, never by its target.
    """
    try:
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(path)


def inside(path: Path, root: Path) -> bool:
    """Tell whether a file, once every symbolic link is followed, lies inside ``root``."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return False


def read(path: Path, within: Path | None = None) -> tuple[Source | None, list[Problem]]:
    """Read one YAML file safely.

    Args:
        path: The file to read.
        within: A folder the file must lie in once links are followed (a catalogue's): a
            link that leads out of it is reported, and what it points to is never read.

    Returns:
        The source (None when it cannot be read at all) and the problems found.
    """
    name = display_name(path)
    if within is not None and not inside(path, within):
        return None, [Problem(name, None, "", t("yaml.outside", folder=display_name(within)))]
    try:
        raw = read_regular(path)
    except OSError as exc:
        return None, [Problem(name, None, "", t("yaml.unreadable", reason=exc.strerror or exc))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem(name, None, "", t("yaml.not_utf8", offset=exc.start))]
    crowded = _too_many(text)
    if crowded is not None:
        return None, [Problem(name, crowded, "", t("yaml.too_many", limit=MAX_NODES))]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        return None, [Problem(name, line, "", t("yaml.syntax", what=what))]
    except yaml.YAMLError as exc:
        return None, [Problem(name, None, "", t("yaml.syntax", what=exc))]
    except (ValueError, TypeError, RecursionError) as exc:
        # PyYAML's constructors raise plain errors for values like an impossible date
        return None, [Problem(name, None, "", t("yaml.value", what=exc))]
    finally:
        loader.dispose()
    if node is not None:
        bound = _too_big(node)
        if bound is not None:
            return None, [Problem(name, node.start_mark.line + 1, "", bound)]
    source = Source(name, data, node)
    return source, list(_duplicate_keys(source, node, [], set()))


def _too_many(text: str) -> int | None:
    """The line where a text passes ``MAX_NODES`` values as written (None if it never does).

    Only a text long enough to hold that many is read for it, event by event, and no further
    than the limit: refused in a fraction of the time building its node tree would take.
    """
    if len(text) <= 2 * MAX_NODES:  # a value and a separator at the least
        return None
    counted = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, _VALUES):
                counted += 1
                if counted > MAX_NODES:
                    mark = event.start_mark
                    return mark.line + 1 if mark is not None else 1
    except yaml.YAMLError:
        return None  # the full read reports it, with its line
    return None


_VALUES = (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent)


def _too_big(root: yaml.Node) -> str | None:
    """Say why a node tree is too large to walk once aliases are expanded (None if it is not).

    Each node is measured once (an alias is the same node object as its anchor), so the work
    is linear in the file however the aliases multiply.
    """
    sizes: dict[int, int] = {}
    deepest = 0
    # Iterative post-order walk: no recursion, however deep the file nests.
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, children_done = stack.pop()
        if id(node) in sizes:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return t("yaml.too_deep", limit=MAX_DEPTH)
        children = _children(node)
        if not children_done and children:
            stack.append((node, depth, True))
            stack.extend((child, depth + 1, False) for child in children if id(child) not in sizes)
            continue
        sizes[id(node)] = 1 + sum(sizes.get(id(child), 0) for child in children)
        if sizes[id(node)] > MAX_NODES:
            return t("yaml.too_big", limit=MAX_NODES)
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _duplicate_keys(
    source: Source, node: yaml.Node | None, path: list[str | int], seen_nodes: set[int]
) -> Iterator[Problem]:
    # PyYAML keeps the last of two equal keys; an editor almost always meant something else.
    # A node reached again through an alias was checked the first time.
    if node is None or id(node) in seen_nodes:
        return
    seen_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    yield Problem(
                        source.file,
                        key_node.start_mark.line + 1,
                        format_path(path),
                        t("yaml.duplicate_key", key=key_node.value),
                    )
                seen.add(key_node.value)
                yield from _duplicate_keys(source, value_node, [*path, key_node.value], seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(source, item, [*path, index], seen_nodes)
