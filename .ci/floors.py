"""The lowest declared version of every dependency, as exact pins, and a check that they are in.

``python .ci/floors.py pyproject.toml > floors.txt`` writes one ``name==floor`` per dependency;
``python .ci/floors.py --check floors.txt`` fails unless exactly those versions are installed.

Each lower bound in pyproject.toml is a claim that the tests pass with that release; CI installs
the pins (``pip install -c floors.txt``) and runs the fast tests to keep the claim true.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version


def floors(pyproject: str) -> list[str]:
    """Return ``name==floor`` for every runtime dependency; exit when one has no floor."""
    with open(pyproject, "rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    pins = []
    for dependency in dependencies:
        found = re.fullmatch(r"([A-Za-z0-9._-]+)\s*>=\s*([^,;\s]+).*", dependency)
        if found is None:
            sys.exit(f"pyproject.toml: {dependency!r} has no lower bound to test")
        pins.append(f"{found[1]}=={found[2]}")
    return pins


def _same(a: str, b: str) -> bool:
    def parts(text: str) -> list[str]:
        items = text.split(".")
        while len(items) > 1 and items[-1] == "0":
            items.pop()
        return items

    return parts(a) == parts(b)


def check(pins_file: str) -> None:
    """Exit with the list of dependencies whose installed version is not the floor."""
    wrong = []
    with open(pins_file, encoding="utf-8") as handle:
        for line in handle:
            name, wanted = line.strip().split("==")
            try:
                installed = version(name)
            except PackageNotFoundError:
                installed = "none"
            if not _same(installed, wanted):
                wrong.append(f"{name} {installed} (floor {wanted})")
    if wrong:
        sys.exit("not the floor versions: " + ", ".join(wrong))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        check(sys.argv[2])
    else:
        print("\n".join(floors(sys.argv[1])))
