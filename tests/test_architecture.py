"""The layering of docs/architecture.md, checked by walking every import (ast).

Every ``import`` counts, at the top of a module, inside a function or under TYPE_CHECKING:
an import made late to save start-up time is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT

PACKAGE = ROOT / "yibao_cli"

# Lower layers never import higher ones; a package may import itself and anything below.
LAYERS: dict[str, int] = {
    "strings": -1,
    "errors": 0,
    "safety": 0,
    "home": 0,
    "catalogue": 1,
    "regions": 2,
    "search": 2,
    "estimate": 2,
    "dates": 3,
    "numbers": 3,
    "wizard": 4,
    "cases": 5,
    "page": 6,
    "render": 7,
    "config": 7,
    "session": 7,
    "app": 8,
    "commands": 9,
    "cli": 10,
    "launch": 11,
    "__main__": 12,
}
WORDLESS = ("wizard", "cases")
"""Packages that return data only: the words are made in ``page`` (or by an error's message)."""
PROMPT_MODULE = "yibao_cli.app.prompt"
"""The one module that talks to questionary."""
PURE = ("catalogue", "regions", "search", "estimate", "dates", "numbers", "wizard", "cases")
TERMINAL_LIBRARIES = ("rich", "questionary", "prompt_toolkit", "typer", "click")
SHARED_COMMAND_MODULES = (
    "yibao_cli.commands.base",
    "yibao_cli.commands.options",
    "yibao_cli.commands.chrome",
)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path = ROOT) -> set[str]:
    """Return the absolute names of the modules and packages one file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    here = module_name(path, root)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        named = _imported_by_name(node, here)
        if named is not None:
            found.add(named)
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # ``from yibao_cli.catalogue import model`` imports the module model.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _imported_by_name(node: ast.AST, here: str) -> str | None:
    """The module an ``importlib.import_module("…")`` call names, if it can be read."""
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name != "import_module":
        return None
    arg = node.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values:
        first = arg.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value.rstrip(".")
        if isinstance(first, ast.FormattedValue) and getattr(first.value, "id", "") == "__name__":
            return here
    return None


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the yibao modules it imports (names that are modules only)."""
    files = {module_name(path, root): path for path in (root / "yibao_cli").rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in files.items():
        edges[name] = {
            target
            for target in imports_of(path, root)
            if target in files and target != name and target != "yibao_cli"
        }
    return edges


def area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Return one cycle per strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def against_the_layers(edges: dict[str, set[str]]) -> list[str]:
    wrong = []
    for source, targets in sorted(edges.items()):
        for target in sorted(targets):
            mine, theirs = area(source), area(target)
            if mine == theirs or theirs == "__init__":
                continue
            if LAYERS[theirs] >= LAYERS[mine]:
                wrong.append(f"{source} -> {target}")
    return wrong


def test_every_module_is_in_a_known_area() -> None:
    assert {area(module) for module in graph()} - {"__init__"} <= set(LAYERS)


def test_no_import_circles() -> None:
    assert cycles(graph()) == []


def test_imports_follow_the_layers() -> None:
    assert against_the_layers(graph()) == []


def test_command_modules_never_import_each_other() -> None:
    wrong = [
        f"{source} -> {target}"
        for source, targets in graph().items()
        if source.startswith("yibao_cli.commands.")
        for target in targets
        if target.startswith("yibao_cli.commands.") and target not in SHARED_COMMAND_MODULES
    ]
    assert wrong == []


@pytest.mark.parametrize("package", PURE)
def test_domain_packages_never_touch_the_terminal(package: str) -> None:
    wrong = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for name in sorted(imports_of(path))
        if name.split(".")[0] in TERMINAL_LIBRARIES
    ]
    assert wrong == []


@pytest.mark.parametrize("package", WORDLESS)
def test_wizard_and_cases_make_no_words(package: str) -> None:
    wrong = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names = imports_of(path)
        wrong += [f"{path.relative_to(ROOT)}: imports {n}" for n in names if _is_strings(n)]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("t", "tx"):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: calls {node.func.id}()")  # type: ignore[attr-defined]
    assert wrong == []


def _is_strings(name: str) -> bool:
    return name == "yibao_cli.strings" or name.startswith("yibao_cli.strings.")


def test_only_the_prompt_module_talks_to_questionary() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if module_name(path) != PROMPT_MODULE
        for name in sorted(imports_of(path))
        if name.split(".")[0] in ("questionary", "prompt_toolkit")
    ]
    assert wrong == []


def test_the_top_level_holds_only_what_every_part_shares() -> None:
    top = {path.name for path in PACKAGE.glob("*.py")}
    assert top <= {
        "__init__.py",
        "__main__.py",
        "cli.py",
        "launch.py",
        "errors.py",
        "safety.py",
        "session.py",
        "config.py",
        "home.py",
    }


def made_up(tmp_path: Path, files: dict[str, str]) -> Path:
    """A made-up package with a catalogue and a commands area, and the files given."""
    package = tmp_path / "yibao_cli"
    (package / "catalogue").mkdir(parents=True)
    (package / "commands").mkdir()
    for init in (package, package / "catalogue", package / "commands"):
        (init / "__init__.py").write_text("")
    for name, text in files.items():
        (package / name).write_text(text)
    return package


def test_the_checks_fail_on_a_circle_and_an_upward_import(tmp_path: Path) -> None:
    # The same walk over a made-up package: a circle and a domain module importing a command.
    package = made_up(tmp_path, {})
    (package / "catalogue" / "a.py").write_text("from yibao_cli.catalogue import b\n")
    (package / "catalogue" / "b.py").write_text(
        "def late():\n    from yibao_cli.catalogue.a import x\n"
    )
    (package / "catalogue" / "c.py").write_text("from yibao_cli.commands import show\n")
    (package / "commands" / "show.py").write_text("from .. import errors\n")
    (package / "errors.py").write_text("")

    edges = graph(tmp_path)
    assert cycles(edges) == [["yibao_cli.catalogue.a", "yibao_cli.catalogue.b"]]
    assert "yibao_cli.catalogue.c -> yibao_cli.commands.show" in against_the_layers(edges)
    assert "yibao_cli.errors" in edges["yibao_cli.commands.show"]  # relative imports count


def test_an_import_written_as_a_string_counts(tmp_path: Path) -> None:
    made_up(
        tmp_path,
        {
            "commands/show.py": "",
            "catalogue/d.py": "import importlib\n"
            "def late():\n"
            "    importlib.import_module('yibao_cli.commands.show')\n"
            "    importlib.import_module(f'yibao_cli.commands.{x}')\n",
        },
    )
    edges = graph(tmp_path)
    wrong = against_the_layers(edges)
    assert "yibao_cli.catalogue.d -> yibao_cli.commands.show" in wrong
    assert "yibao_cli.catalogue.d -> yibao_cli.commands" in wrong
