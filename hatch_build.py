"""Build hook: compile the catalogue into the wheel, so an installed yibao never compiles it.

The compiled catalogue, its search index and the division index (from the python-stdnum the
build pins; see ``regions.divisions.precompile``) are written to a temporary folder and added to the
wheel as ``yibao_cli/compiled/``; the source tree is not touched. An editable install has no
compiled copy: it reads ``data/`` through the cache, so edits are seen at once.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueHook(BuildHookInterface[Any]):
    """Add ``yibao_cli/compiled/`` to a wheel, compiled from ``data/``."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogue of the tree being built; a catalogue with errors stops it."""
        if self.target_name != "wheel" or version == "editable":
            return
        self._folder = Path(tempfile.mkdtemp(prefix="yibao-compiled-"))
        sys.path.insert(0, self.root)
        try:
            from yibao_cli.regions import divisions
            from yibao_cli.search import lookup

            lookup.precompile(Path(self.root) / "data", self._folder)
            divisions.precompile(self._folder)
        finally:
            sys.path.remove(self.root)
        build_data["force_include"][str(self._folder)] = "yibao_cli/compiled"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary folder."""
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
