"""Answers on disk: ``--answers FILE.yaml`` and the resume file an interrupted wizard leaves."""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from yibao_cli.errors import Message, NotFoundError, UsageError
from yibao_cli.home import data_home
from yibao_cli.wizard.engine import Answer


def load(path: Path) -> dict[str, object]:
    """Read answers from a YAML mapping of question id to value.

    A mapping with an ``answers`` mapping inside (such as ``yibao guide --json`` output) is read
    from there. A question given no value (``key:``) is kept as None, so that the caller checks
    every key the file names; :func:`answered` drops them.

    Raises:
        NotFoundError: The file does not exist.
        UsageError: The file is not a regular file, not YAML, or not a mapping.
    """
    from yibao_cli.catalogue.yamlsource import read  # only with a file: PyYAML is slow to import

    if not os.path.lexists(path):
        raise NotFoundError(Message("wiz.answers_not_found", path=path))
    source, problems = read(path)
    if source is None or problems:
        raise UsageError(Message("wiz.answers_bad", problem=problems[0] if problems else path))
    data: Any = source.data
    if isinstance(data, dict) and isinstance(data.get("answers"), dict):
        data = data["answers"]
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        raise UsageError(Message("wiz.answers_shape", path=path))
    inner = data is not source.data  # under ``answers``: guide --json output
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, datetime.datetime):  # 2026-09-01 10:00:00, unquoted
                problem = source.problem(
                    ["answers", key] if inner else [key],
                    Message("wiz.answers_time", key=key, date=item.date().isoformat()),
                )
                raise UsageError(Message("wiz.answers_bad", problem=problem))
    return dict(data)


def answered(answers: dict[str, object]) -> dict[str, object]:
    """Return the answers that have a value (``key:`` in a file leaves a question open)."""
    return {key: value for key, value in answers.items() if value is not None}


def resume_path(flow_id: str) -> Path:
    """Return where an interrupted wizard's answers are kept."""
    return data_home() / "resume" / f"{flow_id}.yaml"


def load_resume(flow_id: str) -> dict[str, object]:
    """Read the answers an interrupted wizard kept.

    Raises:
        NotFoundError: There is nothing to resume.
    """
    path = resume_path(flow_id)
    if not path.is_file():
        raise NotFoundError(Message("wiz.no_resume", id=flow_id, path=path))
    return answered(load(path))


def save_resume(flow_id: str, answers: Sequence[tuple[str, Answer]]) -> Path:
    """Write the answers of an interrupted wizard, replacing any earlier ones atomically.

    Raises:
        OSError: The file cannot be written.
    """
    import yaml

    path = resume_path(flow_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {key: list(value) if isinstance(value, tuple) else value for key, value in answers}
    text = f"# yibao guide {flow_id} --resume\n" + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False
    )
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def clear_resume(flow_id: str) -> None:
    """Forget an interrupted wizard once it has been finished."""
    try:
        resume_path(flow_id).unlink(missing_ok=True)
    except OSError:
        pass  # a stale resume file only costs the user a question
