"""What the estimate takes from the catalogue (``data/estimate.yaml``): rules, notes, wizard.

The national limits of the ratio cut, the claims shown beside the arithmetic (each with its
tier and source) and the questions of the "估算能报多少" wizard are content, so they live in
the catalogue; this module reads and checks that file and never holds a figure itself.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from yibao_cli.catalogue import model
from yibao_cli.catalogue.records import STRICT, Record, Text, Tier, frozen
from yibao_cli.errors import CatalogueError, NotFoundError
from yibao_cli.strings import t

FILE = "estimate.yaml"
WIZARD_ID = "estimate"
"""The id the estimate wizard goes by in the menu, its answers and its command line."""


@frozen
class Claim(Record):
    """A sentence shown beside the arithmetic, with its tier and (where there is one) source."""

    __pydantic_config__ = STRICT
    text: Text
    tier: Tier
    source: Text | None = None


@frozen
class CutLimits(Record):
    """The largest ratio cut (percentage points) for each kind of temporary stay elsewhere."""

    __pydantic_config__ = STRICT
    referral: int
    emergency: int
    other: int
    rule: Claim


@frozen
class Notes(Record):
    """The claims the estimate shows, by when they apply."""

    __pydantic_config__ = STRICT
    figures: Claim
    deductible_year: Claim
    over_cap: Claim
    long_term: Claim
    first_pay: Claim
    first_pay_bound: Claim
    places: Claim
    settlement: Claim


@frozen
class Rules(Record):
    """The whole of ``data/estimate.yaml``."""

    __pydantic_config__ = STRICT
    reviewed: datetime.date
    cut_limits: CutLimits
    notes: Notes
    wizard: model.Flow

    def claim(self, note: str) -> Claim:
        """The claim shown for a note id (``cut`` is the rule of the cut limits)."""
        if note == "cut":
            return self.cut_limits.rule
        claim: Claim = getattr(self.notes, note)
        return claim

    def cut_limit(self, elsewhere: str) -> Decimal | None:
        """The largest cut (as a fraction) for a kind of stay; None where no cut applies."""
        value = getattr(self.cut_limits, elsewhere, None) if elsewhere in _TEMPORARY else None
        return None if value is None else Decimal(value) / 100


_TEMPORARY = ("referral", "emergency", "other")


def load(directory: Path) -> Rules:
    """Read and check ``estimate.yaml`` of a catalogue directory.

    Checking the file takes pydantic most of a second, so a checked copy is kept in the
    user's cache, keyed by the file's bytes and the tool's version: an edited file is always
    checked again, and a cache that cannot be read or written only costs that time.

    Raises:
        NotFoundError: The catalogue has no such file.
        CatalogueError: The file is not valid YAML or does not fit the schema; the details
            say ``file:line: field: problem``.
    """
    path = directory / FILE
    try:
        content = path.read_bytes()
    except OSError:
        raise NotFoundError(t("est.no_rules", path=path)) from None
    cached = _cache_file(content)
    found = _read_cache(cached)
    if found is None:
        found = _check(path, directory)
        _write_cache(cached, found)
    return found


def _check(path: Path, directory: Path) -> Rules:
    from yibao_cli.catalogue.validate import _load_file

    problems: list[object] = []
    loaded = _load_file(path, Rules, problems, directory)  # type: ignore[arg-type]
    if loaded is None:
        raise CatalogueError(t("est.bad_rules", path=path), tuple(map(str, problems)))
    rules: Rules = loaded[1]
    if rules.wizard.procedure != WIZARD_ID:
        problem = t("check.id_file", id=rules.wizard.procedure, stem=WIZARD_ID)
        raise CatalogueError(
            t("est.bad_rules", path=path), (f"{path}: wizard.procedure: {problem}",)
        )
    return rules


def _cache_file(content: bytes) -> Path:
    import hashlib

    from yibao_cli import __version__
    from yibao_cli.catalogue.load import SCHEMA_VERSION
    from yibao_cli.home import cache_directory

    key = f"{__version__}/{SCHEMA_VERSION}/".encode()
    digest = hashlib.sha256(key + content).hexdigest()[:32]
    return cache_directory() / f"estimate-{digest}.pickle"


def _read_cache(path: Path) -> Rules | None:
    import pickle

    try:
        with path.open("rb") as handle:
            cached = pickle.load(handle)
    except Exception:  # noqa: BLE001 - any unreadable cache is simply rebuilt
        return None
    return cached if isinstance(cached, Rules) else None


def _write_cache(path: Path, rules: Rules) -> None:
    import os
    import pickle
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("estimate-*.pickle"):  # one checked copy is enough
            old.unlink(missing_ok=True)
        fd, staging = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(rules, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staging, path)
    except OSError:
        pass
