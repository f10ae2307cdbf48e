"""What the root command's options decide for the whole run, and the catalogue it loads."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yibao_cli.catalogue import model


@dataclass
class Settings:
    """Global options, set once by the root callback."""

    catalogue_dir: str | None = None
    debug: bool = False
    json_errors: bool = False
    """``--json`` was given: errors go to stderr as a JSON object too."""
    said: set[str] = field(default_factory=set)
    """Warnings already given in this run, so that each is said once."""


SETTINGS = Settings()


@cache
def catalogue() -> model.Catalogue:
    """Load the catalogue chosen by ``--catalogue`` / ``YIBAO_DATA`` (once per run)."""
    from yibao_cli.catalogue import load as loader

    return loader.load(loader.directory(SETTINGS.catalogue_dir))
