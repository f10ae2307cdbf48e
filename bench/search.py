"""Time ``yibao search`` in-process over the whole catalogue and print median timings.

Run from the repository root, in the environment where yibao is installed:

    python bench/search.py [--catalogue DIR] [--repeat N]

It uses a throw-away cache: the catalogue is compiled and the search index built once
(reported, not counted), then every query is ranked ``--repeat`` times.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable

QUERIES = [
    "医保卡丢了怎么办", "补办", "余额", "查余额", "卡号", "参保地", "换城市", "转移", "报销",
    "取钱", "备案", "异地就医", "家人", "断缴", "灵活就业", "医保码", "每月打钱", "划入",
    "新卡怎么激活", "医保卡能借给别人吗", "buban", "bu ban", "bb", "yue", "kahao", "yibaoka",
    "zhuanyi", "baoxiao", "ydjy", "jiao fei", "replce-card", "balanse", "tranfser",
    "cross-region-filing", "lost card", "12333", "医保", "天气预报",
    # questions, as people ask them
    "余额能取出来吗", "父母能用我的医保吗", "外地看病要备案吗", "换工作了", "孩子办医保",
    "社保卡密码忘了", "医保卡鱼额", "yibaoka diule", "see a doctor in another city",
    "my parents use my insurance", "退休了每月医保卡打多少钱",
]  # fmt: skip


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Run an action ``repeat`` times and return the median wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", help="catalogue directory (default: the built-in one)")
    parser.add_argument("--repeat", type=int, default=30, help="runs per measurement")
    args = parser.parse_args()
    os.environ["YIBAO_CACHE"] = tempfile.mkdtemp(prefix="yibao-bench-")

    from yibao_cli import cli, session
    from yibao_cli.catalogue import load as loader
    from yibao_cli.search import lookup, ranking

    root = loader.directory(args.catalogue)
    start = time.perf_counter()
    cat = loader.load(root)
    index = lookup.search_index(cat)
    setup = (time.perf_counter() - start) * 1000
    print(f"catalogue: {root} ({len(cat.procedures)} procedures, {type(index).__name__})")
    print(f"first run (compile + build the index, once per catalogue edit): {setup:.0f} ms\n")

    def load_index() -> object:
        lookup._indexes.clear()  # read the cache file again, as a new process would
        return lookup.search_index(cat)

    def command(query: str) -> None:
        session.catalogue.cache_clear()
        lookup._indexes.clear()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            with contextlib.suppress(SystemExit):
                cli.main(["--catalogue", str(root), "search", query, "--json"])

    load = median_ms(load_index, args.repeat)
    print(f"load the index from the cache: {load:6.2f} ms (median of {args.repeat})")
    print(f"\n{'query':<22}{'rank (ms)':>10}{'whole command (ms)':>20}  first hit")
    ranks: list[float] = []
    whole: list[float] = []
    for query in QUERIES:
        ranks.append(median_ms(functools.partial(ranking.rank, index, query, 5), args.repeat))
        whole.append(median_ms(functools.partial(command, query), max(3, args.repeat // 3)))
        hits = ranking.rank(index, query, 1)
        first = hits[0].procedure if hits else "(none)"
        print(f"{query:<22}{ranks[-1]:>10.2f}{whole[-1]:>20.2f}  {first}")
    print(
        f"\nrank: median {statistics.median(ranks):.2f} ms, worst {max(ranks):.2f} ms"
        f"\nwhole in-process command (load catalogue + index, rank, JSON):"
        f" median {statistics.median(whole):.2f} ms, worst {max(whole):.2f} ms"
    )


if __name__ == "__main__":
    main()
