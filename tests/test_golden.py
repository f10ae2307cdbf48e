"""The golden-file helper: a missing file fails; only YIBAO_UPDATE_GOLDEN=1 writes one."""

from __future__ import annotations

from pathlib import Path

import pytest

import helpers


def test_a_missing_golden_file_fails_and_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "golden" / "out.txt"
    with pytest.raises(AssertionError, match="is missing"):
        helpers.golden(path, "text\n")
    assert not path.exists()


def test_a_different_output_fails(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="differs"):
        helpers.golden(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"


def test_update_writes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helpers, "UPDATE_GOLDEN", True)
    path = tmp_path / "golden" / "out.txt"
    helpers.golden(path, "text\n")
    assert path.read_text(encoding="utf-8") == "text\n"
