"""Safe YAML reading that keeps line numbers, so every problem can name its file and line."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from yibao_cli.strings import t

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
    message: str

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

    def problem(self, path: Sequence[str | int], message: str) -> Problem:
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
    """Name a file relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def read(path: Path) -> tuple[Source | None, list[Problem]]:
    """Read one YAML file safely.

    Args:
        path: The file to read.

    Returns:
        The source (None when it cannot be read at all) and the problems found.
    """
    name = display_name(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(name, None, "", t("yaml.unreadable", reason=exc.strerror or exc))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem(name, None, "", t("yaml.not_utf8", offset=exc.start))]
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
    source = Source(name, data, node)
    return source, list(_duplicate_keys(source, node, []))


def _duplicate_keys(
    source: Source, node: yaml.Node | None, path: list[str | int], depth: int = 0
) -> Iterator[Problem]:
    # PyYAML keeps the last of two equal keys; an editor almost always meant something else.
    if node is None or depth > 50:
        return
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
                yield from _duplicate_keys(source, value_node, [*path, key_node.value], depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(source, item, [*path, index], depth + 1)
