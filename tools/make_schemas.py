"""Make data/schema/*.json: a JSON Schema for each kind of catalogue file, from the models.

The schemas are generated from the same pydantic models ``yibao validate`` reads the files
with, so an editor that understands JSON Schema (VS Code with the YAML extension, JetBrains
IDEs, Neovim or Emacs with yaml-language-server) completes and checks a file while it is typed.
Each data file names its schema in its first line, ``# yaml-language-server: $schema=…``;
this tool writes that line too. The schemas check the shape of a file only: ``yibao validate``
still checks what a schema cannot (ids that must exist, citations, quotes, dates).

Run: ``python tools/make_schemas.py``; ``--check`` reports what is out of date, writing nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yibao_cli.catalogue.records import STRICT  # noqa: E402 - after the path is set

DATA = ROOT / "data"
OUTPUT = DATA / "schema"
MODELINE = "# yaml-language-server: $schema="


@dataclass
class Stopwords:
    """Words that carry no meaning in a question, by language."""

    __pydantic_config__ = STRICT
    zh: list[str] | None = None
    en: list[str] | None = None


@dataclass
class SearchFile:
    """The shape of ``search.yaml``, which is read by hand (see ``catalogue.vocabulary``)."""

    __pydantic_config__ = STRICT
    fallback: str | None = None
    synonyms: list[list[str]] | None = None
    things: list[list[str]] | None = None
    stopwords: Stopwords | None = None
    places: list[str] | None = None


def kinds() -> dict[str, tuple[Any, Callable[[Path], list[Path]]]]:
    """Each kind of data file: its schema's name, its model, and the files of that kind."""
    from yibao_cli.catalogue import model
    from yibao_cli.catalogue.areacodes import AreaCodes
    from yibao_cli.catalogue.calendar import CalendarYear
    from yibao_cli.catalogue.flowmodel import Flow
    from yibao_cli.estimate.rules import Rules

    def one(name: str) -> Callable[[Path], list[Path]]:
        return lambda root: [root / name] if (root / name).exists() else []

    def folder(name: str) -> Callable[[Path], list[Path]]:
        return lambda root: sorted((root / name).glob("*.yaml"))

    return {
        "procedure": (model.Procedure, folder("procedures")),
        "flow": (Flow, folder("flows")),
        "region": (model.Region, folder("regions")),
        "calendar": (CalendarYear, folder("calendar")),
        "sources": (model.Ledger, one("sources.yaml")),
        "channels": (list[model.Platform], one("channels.yaml")),
        "numbers": (list[model.NumberFormat], one("numbers.yaml")),
        "menu": (list[model.MenuGroup], one("menu.yaml")),
        "estimate": (Rules, one("estimate.yaml")),
        "area-codes": (AreaCodes, one("area-codes.yaml")),
        "search": (SearchFile, one("search.yaml")),
    }


def schema(name: str, kind: Any) -> str:
    """The JSON text of one kind's schema."""
    import pydantic

    found = pydantic.TypeAdapter(kind).json_schema()
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{name}.json",
        "title": f"yibao catalogue: {name}",
    }
    return json.dumps({**head, **found}, ensure_ascii=False, indent=2) + "\n"


def modeline(path: Path, name: str, root: Path = DATA) -> str:
    """The first line a data file names its schema with (a path relative to the file)."""
    schema_file = root / "schema" / f"{name}.json"
    depth = len(path.relative_to(root).parts) - 1
    return f"{MODELINE}{'../' * depth}schema/{schema_file.name}"


def with_modeline(text: str, line: str) -> str:
    """A file's text with ``line`` as its first line (replacing an older modeline)."""
    rest = text.split("\n", 1)[1] if text.startswith(MODELINE) else text
    return f"{line}\n{rest}"


def plan(root: Path = DATA) -> dict[Path, str]:
    """Every file this tool writes, with the text it should hold."""
    files: dict[Path, str] = {}
    for name, (kind, find) in kinds().items():
        files[root / "schema" / f"{name}.json"] = schema(name, kind)
        for path in find(root):
            text = path.read_text(encoding="utf-8")
            files[path] = with_modeline(text, modeline(path, name, root))
    return files


def main() -> int:
    """Write the schemas and modelines, or with ``--check`` list what is out of date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    stale = []
    for path, text in plan().items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run python tools/make_schemas.py")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
