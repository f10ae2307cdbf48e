"""Check a built wheel: compiled catalogue, search and division indexes, both manual pages.

Run: ``python .ci/wheel_check.py dist/yibao-*.whl``.
"""

from __future__ import annotations

import sys
import zipfile

WANTED = (
    "yibao_cli/compiled/index.pickle",
    "yibao_cli/compiled/summaries.pickle",
    "yibao_cli/compiled/search.pickle",
    "yibao_cli/compiled/search.sqlite",
    "/data/share/man/man1/yibao.1",
    "/data/share/man/zh_CN/man1/yibao.1",
)

if __name__ == "__main__":
    names = zipfile.ZipFile(sys.argv[1]).namelist()
    missing = [want for want in WANTED if not any(name.endswith(want) for name in names)]
    if not any(name.startswith("yibao_cli/compiled/divisions-") for name in names):
        missing.append("yibao_cli/compiled/divisions-*.pickle")
    if missing:
        sys.exit(f"{sys.argv[1]} lacks {', '.join(missing)}")
    print(f"{sys.argv[1]}: compiled catalogue, indexes and manual pages present")
