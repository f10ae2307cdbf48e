"""The wheel: compiled catalogue, manual pages, licence, metadata; an install compiles nothing."""

from __future__ import annotations

import email
import os
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import DATA, ROOT, environment, process
from yibao_cli import __version__


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
        + ["-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PIP_NO_INDEX": "1"},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (found,) = out.glob("yibao-*.whl")
    yield found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:  # what an installer puts in site-packages
        for name in archive.namelist():
            if name.startswith("yibao_cli/"):
                archive.extract(name, target)
    return target


def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_the_wheel_carries_the_compiled_catalogue_and_manual_pages(wheel: Path) -> None:
    inside = names(wheel)
    data = f"yibao-{__version__}.data/data/share/man"
    assert f"{data}/man1/yibao.1" in inside
    assert f"{data}/zh_CN/man1/yibao.1" in inside
    assert f"yibao-{__version__}.dist-info/licenses/LICENSE" in inside
    compiled = {name for name in inside if name.startswith("yibao_cli/compiled/")}
    procedures = sorted(path.stem for path in (DATA / "procedures").glob("*.yaml"))
    expected = {"index", "summaries", "search"} | {f"procedure-{p}" for p in procedures}
    assert {f"yibao_cli/compiled/{name}.pickle" for name in expected} <= compiled
    assert "yibao_cli/data/procedures/replace-card.yaml" in inside


@pytest.mark.slow
def test_the_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        meta = email.message_from_bytes(archive.read(f"yibao-{__version__}.dist-info/METADATA"))
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("Provides-Extra") is None  # test and lint tools are not for users
    requires = meta.get_all("Requires-Dist") or []
    assert not [r for r in requires if r.split(">")[0].split("=")[0] in {"ruff", "mypy", "pytest"}]
    assert any(
        c.startswith("Programming Language :: Python :: 3.11")
        for c in meta.get_all("Classifier") or []
    )


def test_the_declared_dependencies_are_listed_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bare = [
        dep.split(">")[0].split("=")[0].split("<")[0].strip() for dep in project["dependencies"]
    ]
    assert len(bare) == len(set(bare))
    assert all(">=" in dep for dep in project["dependencies"])  # every one has a proven floor
    assert "version" in project["dynamic"]  # written once, in yibao_cli/__init__.py


def installed_yibao(
    installed: Path, tmp_path: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run the installed package's yibao, outside the source tree, with nothing cached."""
    env = environment(
        PYTHONPATH=str(installed),
        YIBAO_CACHE=str(tmp_path / "cache"),
        YIBAO_HOME=str(tmp_path / "home"),
        COLUMNS="80",
    )
    return process(*args, env=env, cwd=tmp_path, timeout=120)


@pytest.mark.slow
def test_a_fresh_install_compiles_nothing(installed: Path, tmp_path: Path) -> None:
    for args in (("list",), ("show", "replace-card"), ("search", "补办"), ("channels", "balance")):
        done = installed_yibao(installed, tmp_path, *args)
        assert done.returncode == 0, done.stderr
        assert "yibao_cli/compiled" not in done.stderr
    assert "replace-card" in installed_yibao(installed, tmp_path, "list").stdout
    assert not (tmp_path / "cache").exists()  # no compiled catalogue, no search index
    assert not (tmp_path / "home").exists()  # nor a cache key


@pytest.mark.slow
def test_the_installed_catalogue_says_what_the_source_says(installed: Path, tmp_path: Path) -> None:
    done = installed_yibao(installed, tmp_path, "show", "replace-card", "--json")
    assert done.returncode == 0, done.stderr
    source = subprocess.run(
        [sys.executable, "-m", "yibao_cli", "show", "replace-card", "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "YIBAO_CACHE": str(tmp_path / "source-cache")},
    )
    assert done.stdout == source.stdout


@pytest.mark.slow
def test_another_catalogue_still_uses_the_cache(installed: Path, tmp_path: Path) -> None:
    done = installed_yibao(installed, tmp_path, "--catalogue", str(DATA), "list")
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "cache").glob("catalogue-*"))


@pytest.mark.slow
def test_the_wheel_ships_the_division_index_of_the_stdnum_it_pins(
    wheel: Path, installed: Path, tmp_path: Path
) -> None:
    shipped = [name for name in names(wheel) if name.startswith("yibao_cli/compiled/divisions-")]
    assert len(shipped) == 1
    done = installed_yibao(installed, tmp_path, "show", "replace-card", "--region", "北京")
    assert done.returncode == 0, done.stderr
    assert "北京市（110000）" in done.stdout
    assert not (tmp_path / "cache").exists()  # the shipped index served: nothing was built
    assert not (tmp_path / "home").exists()
