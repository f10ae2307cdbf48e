"""The user's settings file (a default region), read strictly and written atomically.

The file is JSON in the user config directory (``YIBAO_HOME/config`` when that is set). A file
that cannot be read is reported with its path and never silently replaced: reading commands
warn once and go on without it; ``yibao config reset`` moves it aside (kept, renamed
``config.json.broken-<time>``) and starts clean.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from yibao_cli.catalogue.records import Record, frozen
from yibao_cli.errors import ConfigError, UsageError
from yibao_cli.safety import clip, read_regular
from yibao_cli.strings import t

KEYS = ("region",)
FILE_NAME = "config.json"
MAX_BYTES = 64 * 1024
"""A settings file is a few lines; anything larger is not one."""
_CODE = re.compile(r"^[0-9]{6}$")


@frozen
class StoredRegion(Record):
    """The default region as saved: its code and the full name it had when saved."""

    code: str
    name: str


def directory() -> Path:
    """Return the settings directory: ``$YIBAO_HOME/config``, else the platform's config dir."""
    home = os.environ.get("YIBAO_HOME")
    if home:
        return Path(home).expanduser() / "config"
    from platformdirs import user_config_dir

    return Path(user_config_dir("yibao", appauthor=False))


def path() -> Path:
    """Return the settings file's path."""
    return directory() / FILE_NAME


def read() -> dict[str, Any]:
    """Read every setting (an empty mapping when there is no file yet).

    Raises:
        ConfigError: The file cannot be read or is not a JSON object.
    """
    target = path()
    try:
        raw = read_regular(target, MAX_BYTES)
    except (FileNotFoundError, NotADirectoryError):
        return {}  # nothing saved yet; a write will say why the place is unusable
    except OSError as exc:
        raise ConfigError(
            t("config.unreadable", path=target, reason=exc.strerror or exc),
            (t("config.fix", path=target),),
        ) from exc
    import json  # only when a settings file exists: most runs have none

    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        # not UTF-8, not JSON, nested beyond reason, or a number too long to read
        what: object = exc
        if isinstance(exc, RecursionError):
            what = t("config.too_deep")
        elif not isinstance(exc, UnicodeDecodeError | json.JSONDecodeError):
            what = t("config.huge_number")
        raise ConfigError(
            t("config.corrupt", path=target, what=clip(str(what))), (t("config.fix", path=target),)
        ) from exc
    if not isinstance(data, dict):
        raise ConfigError(
            t("config.corrupt", path=target, what=t("config.not_object")),
            (t("config.fix", path=target),),
        )
    return data


def region(settings: dict[str, Any] | None = None) -> StoredRegion | None:
    """Return the saved default region, if any.

    Raises:
        ConfigError: The file is unreadable or its ``region`` entry is malformed.
    """
    value = (read() if settings is None else settings).get("region")
    if value is None:
        return None
    code = value.get("code") if isinstance(value, dict) else None
    if not isinstance(code, str) or not _CODE.match(code):
        raise ConfigError(
            t("config.bad_value", key="region", path=path()),
            (t("config.reset", key="region"),),
        )
    name = value.get("name")
    return StoredRegion(code, name if isinstance(name, str) else code)


def check_key(key: str) -> None:
    """Refuse a settings key that does not exist.

    Raises:
        UsageError: With the keys that do exist.
    """
    if key not in KEYS:
        raise UsageError(t("config.unknown_key", key=key, keys=t("ui.list_sep").join(KEYS)))


def write(settings: dict[str, Any]) -> Path:
    """Replace the settings file atomically: readers see the old file or the new, never half.

    Returns:
        The file written.

    Raises:
        ConfigError: The directory or file cannot be written.
    """
    import json
    import tempfile

    target = path()
    text = json.dumps(settings, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".config-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise ConfigError(t("config.unwritable", path=target, reason=exc.strerror or exc)) from exc
    return target


def reset() -> Path | None:
    """Move the settings file aside (kept as ``config.json.broken-<time>``) and start clean.

    Returns:
        Where the old file now is, or None when there was none.

    Raises:
        ConfigError: The file cannot be moved.
    """
    import time

    target = path()
    if not target.exists() and not target.is_symlink():
        return None
    stamp = time.strftime("%Y%m%dT%H%M%S")
    aside = target.with_name(f"{FILE_NAME}.broken-{stamp}")
    number = 1
    while aside.exists() or aside.is_symlink():
        number += 1
        aside = target.with_name(f"{FILE_NAME}.broken-{stamp}-{number}")
    try:
        os.replace(target, aside)
    except OSError as exc:
        raise ConfigError(t("config.unwritable", path=target, reason=exc.strerror or exc)) from exc
    return aside
