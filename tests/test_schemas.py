"""JSON Schemas of the data files: current with the models, and what editors check while typing."""

from __future__ import annotations

import datetime
import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
import yaml

from helpers import DATA, ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_schemas", ROOT / "tools" / "make_schemas.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def _as_json(value: Any) -> Any:
    """YAML as an editor's language server sees it: dates are strings."""
    if isinstance(value, dict):
        return {str(key): _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


@functools.cache
def _validator(name: str) -> Any:
    schema = json.loads((DATA / "schema" / f"{name}.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _files() -> list[tuple[str, Path]]:
    return [(name, path) for name, (_, find) in TOOL.kinds().items() for path in find(DATA)]


def test_the_schemas_and_modelines_are_current() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in TOOL.plan().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"out of date, run python tools/make_schemas.py: {stale}"


def test_every_kind_of_data_file_has_a_schema() -> None:
    kinds = {name for name, _ in _files()}
    assert {"procedure", "flow", "region", "sources", "channels", "numbers", "menu"} <= kinds
    assert {"estimate", "area-codes", "search"} <= kinds
    written = {path.stem for path in (DATA / "schema").glob("*.json")}
    assert written == set(TOOL.kinds())


@pytest.mark.parametrize(("name", "path"), _files(), ids=lambda value: str(value))
def test_every_data_file_names_its_schema_and_meets_it(name: str, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    assert first == TOOL.modeline(path, name)
    schema_path = (path.parent / first.removeprefix(TOOL.MODELINE)).resolve()
    assert schema_path == (DATA / "schema" / f"{name}.json").resolve()
    data = _as_json(yaml.load(text, Loader=yaml.CSafeLoader))
    assert _errors(name, data) == []


def _errors(name: str, data: Any) -> list[str]:
    return [error.message for error in _validator(name).iter_errors(_as_json(data))]


def test_a_schema_validator_catches_a_misspelt_field_and_a_wrong_tier() -> None:
    data = yaml.safe_load((DATA / "procedures" / "replace-card.yaml").read_text("utf-8"))
    assert _errors("procedure", data) == []
    data["steps"][0]["titel"] = data["steps"][0].pop("title")
    data["facts"][0]["tier"] = "国家"
    found = " / ".join(_errors("procedure", data))
    assert "'titel' was unexpected" in found
    assert "'title' is a required property" in found
    assert "'国家'" in found


def test_a_schema_validator_catches_a_quote_that_is_not_text() -> None:
    data = yaml.safe_load((DATA / "flows" / "transfer.yaml").read_text("utf-8"))
    data["outcomes"][0]["verdicts"] = [{"text": "三个月", "tier": "全国", "quote": ["一", "二"]}]
    found = _errors("flow", data)
    assert any("is not valid under any of the given schemas" in message for message in found)
