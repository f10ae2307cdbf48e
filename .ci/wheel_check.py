"""Check a built wheel: the compiled catalogue, its search index and both manual pages are in it.

Run: ``python .ci/wheel_check.py dist/yibao-*.whl``.
"""

from __future__ import annotations

import sys
import zipfile

WANTED = (
    "yibao_cli/compiled/index.pickle",
    "yibao_cli/compiled/summaries.pickle",
    "yibao_cli/compiled/search.pickle",
    "/data/share/man/man1/yibao.1",
    "/data/share/man/zh_CN/man1/yibao.1",
)

if __name__ == "__main__":
    names = zipfile.ZipFile(sys.argv[1]).namelist()
    missing = [want for want in WANTED if not any(name.endswith(want) for name in names)]
    if missing:
        sys.exit(f"{sys.argv[1]} lacks {', '.join(missing)}")
    print(f"{sys.argv[1]}: compiled catalogue and manual pages present")
