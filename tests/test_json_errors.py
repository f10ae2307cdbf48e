"""With ``--json``, an error is a JSON object on stderr too, so that a script can read it."""

from __future__ import annotations

import json

import pytest

from helpers import Run


@pytest.mark.parametrize(
    ("args", "code", "kind"),
    [
        (["show", "nope", "--json"], 3, "not_found"),
        (["search", "社保卡密码忘了", "--json"], 3, "not_found"),
        (["guide", "replace-card", "--answer", "x=1", "--json"], 2, "usage"),
        (["list", "--json", "--nothing"], 2, "usage"),
        (["case", "show", "none-such", "--json"], 3, "not_found"),
        (["timeline", "replace-card", "--start", "不是日期", "--json"], 2, "usage"),
    ],
)
def test_errors_parse_as_json(run: Run, args: list[str], code: int, kind: str) -> None:
    result = run(*args)
    assert result.code == code
    error = json.loads(result.err)["error"]
    assert error["code"] == code and error["kind"] == kind
    assert error["message"] and not error["message"].startswith("错误：")
    assert all(isinstance(line, str) and line for line in error["details"])


def test_without_json_errors_stay_text(run: Run) -> None:
    result = run("show", "nope")
    assert result.code == 3
    assert result.err.startswith("错误：")
