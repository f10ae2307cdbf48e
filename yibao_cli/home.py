"""Where yibao keeps the user's own files (interrupted wizards, saved cases) and its caches."""

from __future__ import annotations

import os
from pathlib import Path


def data_home() -> Path:
    """Return the user data directory: ``YIBAO_HOME`` if set, else the platform's own.

    The directory may not exist yet; writers create it.
    """
    override = os.environ.get("YIBAO_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("yibao", appauthor=False))


def cache_directory() -> Path:
    """Return where compiled catalogues are kept (``YIBAO_CACHE`` overrides)."""
    override = os.environ.get("YIBAO_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("yibao", appauthor=False))
