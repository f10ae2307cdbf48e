"""Benchmark whole ``yibao`` processes against a minimal Typer + Rich program.

Run: ``python bench/run.py`` (``--runs N`` to change the number of runs per command).
The first wizard question is timed through a pseudo-terminal against a bare questionary
program asking one select question (``bench/ask_reference.py``), in wall and CPU time, and
with ``--instructions`` in instructions counted until the question waits for a key.
Besides commands on a warm cache, it times ``yibao list`` on a first run (no cache, no data
directory): from an installed layout with the precompiled catalogue, and from the source tree.
Prints the median wall time and peak memory (max RSS) of each command, and the ratios the
project's targets are stated in, all from one run on one machine: against the bare reference
program, and against the same program taking the same options as ``balance-channels`` (Typer
builds a pydantic validator per option, a cost of Typer itself).

The package's bytecode is compiled first, as ``pip install`` does for an installed copy: a
source checkout run with ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile every module
on every run, which the installed tool (and the reference's libraries) never do.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "data"
YIBAO = [sys.executable, "-m", "yibao_cli"]


PROMPT = "yibao guide replace-card: first question"
PROMPT_BARE = "bare questionary: first question"
"""The instructions until the first question shows, stated as a ratio to the bare program's."""


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command once; return its wall time (s) and max RSS (MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"failed: {' '.join(argv)}\n{proc.stderr.read().decode() if proc.stderr else ''}"
        )
    return wall, usage.ru_maxrss / 1024


FIRST_RUN = "first run"
"""Commands whose name has this run on an empty cache and data directory, every time."""
REGION_ARGS = ["show", "replace-card", "--region", "北京"]
REGION_WARM = "yibao --region 北京, installed, warm"
REGION_FIRST = f"yibao --region 北京, {FIRST_RUN} after install"
"""A first run that resolves a region: stated as a ratio to the same run on a warm cache."""
SEARCH = "yibao search 余额能取出来吗"
SEARCH_50 = f"{SEARCH} (50x catalogue)"
"""Search on the synthetic 50x catalogue: stated as a ratio to the same search on the real one."""
REFERENCE = "reference typer+rich table"


def forget(name: str, env: dict[str, str]) -> None:
    """Before a first-run command, remove its cache and data directory (its cache key)."""
    if FIRST_RUN in name:
        for variable in ("YIBAO_CACHE", "YIBAO_HOME"):
            shutil.rmtree(env[variable], ignore_errors=True)


def measure(
    commands: dict[str, tuple[list[str], dict[str, str]]], runs: int
) -> dict[str, tuple[float, float]]:
    """Return each command's median wall time (s) and largest max RSS (MiB).

    The commands take turns, one run each per round, so that a change in the machine's load
    during the benchmark affects them all alike.
    """
    walls: dict[str, list[float]] = {name: [] for name in commands}
    peaks = dict.fromkeys(commands, 0.0)
    for argv, env in commands.values():
        run_once(argv, env)  # warm the compiled catalogue cache and the OS file cache
    for _ in range(runs):
        for name, (argv, env) in commands.items():
            forget(name, env)
            wall, rss = run_once(argv, env)
            walls[name].append(wall)
            peaks[name] = max(peaks[name], rss)
    return {name: (statistics.median(walls[name]), peaks[name]) for name in commands}


def instructions(name: str, argv: list[str], env: dict[str, str]) -> int:
    """Count the instructions one run executes, with valgrind's callgrind (repeatable)."""
    forget(name, env)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1])
    raise SystemExit(f"callgrind gave no count for {' '.join(argv)}")


def first_prompt(
    argv: list[str], shown: str, env: dict[str, str], runs: int
) -> tuple[float, float]:
    """Run a program in a pseudo-terminal until it shows ``shown``; median wall and CPU (s).

    The CPU time is the child's user and system time when the text appears, read from
    ``/proc`` (0 where there is none).
    """
    import pexpect

    walls, cpus = [], []
    tick = os.sysconf("SC_CLK_TCK")
    for _ in range(runs):
        start = time.perf_counter()
        child = pexpect.spawn(
            argv[0], argv[1:], env=env, encoding="utf-8", dimensions=(40, 100), timeout=30
        )
        child.expect_exact(shown)
        walls.append(time.perf_counter() - start)
        try:
            fields = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpus.append((int(fields[11]) + int(fields[12])) / tick)
        except (OSError, IndexError, ValueError):
            cpus.append(0.0)
        child.sendintr()
        child.expect(pexpect.EOF)
        child.close()
    return statistics.median(walls), statistics.median(cpus)


def prompt_instructions(argv: list[str], shown: str, env: dict[str, str], out: Path) -> int:
    """Count the instructions a program runs until it shows ``shown`` and waits for a key.

    The program runs under callgrind in a pseudo-terminal; once the text is on the screen and
    the output has been quiet for a second (the prompt is waiting for input), callgrind is asked
    to write its counts so far (``callgrind_control --dump``), and the program is stopped.
    """
    import pexpect

    dump = out / "prompt.callgrind"
    for old in out.glob("prompt.callgrind*"):
        old.unlink()
    child = pexpect.spawn(
        "valgrind",
        ["--tool=callgrind", f"--callgrind-out-file={dump}", f"--log-file={out / 'vg.log'}"] + argv,
        env=env,
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=300,
    )
    try:
        child.expect_exact(shown)
        with contextlib.suppress(pexpect.TIMEOUT):
            while True:  # until the screen is drawn and the program waits
                child.read_nonblocking(4096, timeout=1)
        subprocess.run(
            ["callgrind_control", "--dump", str(child.pid)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        for line in Path(f"{dump}.1").read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    finally:
        child.terminate(force=True)
        child.close()
    raise SystemExit(f"callgrind gave no count for {' '.join(argv)}")


def installed_copy(target: Path) -> Path:
    """Lay the package out as a wheel installs it: data inside, catalogue and divisions compiled.

    Returns:
        The directory to put on ``PYTHONPATH``.
    """
    package = target / "yibao_cli"
    shutil.copytree(ROOT / "yibao_cli", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(DATA, package / "data")
    # In a process of its own: a child's peak memory counts from its parent's size at fork.
    script = (
        "import sys; from pathlib import Path; from yibao_cli.search import lookup; "
        "lookup.precompile(Path(sys.argv[1]), Path(sys.argv[2])); "
        "from yibao_cli.regions import divisions; divisions.precompile(Path(sys.argv[2]))"
    )
    precompile = [sys.executable, "-c", script, str(DATA), str(package / "compiled")]
    subprocess.run(precompile, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    compileall.compile_dir(package, quiet=1)
    return target


def synthetic_catalogue(target: Path, factor: int) -> Path:
    """Copy the catalogue and add ``factor - 1`` renamed copies of every procedure."""
    shutil.copytree(DATA, target)
    for path in sorted((DATA / "procedures").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for copy in range(1, factor):
            clone = dict(doc)
            clone["id"] = f"{doc['id']}-x{copy}"
            clone["aliases"] = [f"{alias}{copy}" for alias in doc.get("aliases", [])]
            clone["related"] = []
            out = target / "procedures" / f"{clone['id']}.yaml"
            out.write_text(yaml.safe_dump(clone, allow_unicode=True), encoding="utf-8")
    menu = yaml.safe_load((DATA / "menu.yaml").read_text(encoding="utf-8"))
    for group in menu:  # every copy under its original's heading: the menu lists each once
        group["items"] = [
            f"{item}-x{copy}" if copy else item
            for item in group["items"]
            for copy in (range(factor) if item != "estimate" else (0,))
        ]
    menu_text = yaml.safe_dump(menu, allow_unicode=True)
    (target / "menu.yaml").write_text(menu_text, encoding="utf-8")
    return target


def ratio(results: dict[str, tuple[float, float]], counts: dict[str, int]) -> str:
    """Say what the 50x catalogue costs a search: wall time, instructions, peak memory."""
    (small, small_rss), (large, large_rss) = results[SEARCH], results[SEARCH_50]
    text = f"{large / small:.2f}x (wall)"
    if counts:
        text += f", {counts[SEARCH_50] / counts[SEARCH]:.2f}x (instructions)"
    return text + f"; peak {large_rss:.1f} MiB vs {small_rss:.1f} MiB"


def main() -> None:
    """Run the benchmark and print a table of medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions with valgrind (slow, but the same on a busy machine)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="TEXT",
        help="measure only the commands whose name has this text (and the reference); repeatable",
    )
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "yibao_cli", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        base_env = {
            **os.environ,
            "YIBAO_CACHE": str(Path(tmp) / "cache"),
            "YIBAO_HOME": str(Path(tmp) / "home"),
            "COLUMNS": "80",
            "PYTHONPATH": str(ROOT),  # this checkout, wherever the command runs
        }
        big = synthetic_catalogue(Path(tmp) / "big", 50)
        big_env = {**base_env, "YIBAO_DATA": str(big), "YIBAO_CACHE": str(Path(tmp) / "cache50")}
        # The first runs start with no cache and no data directory (so no cache key either).
        fresh = {
            "YIBAO_CACHE": str(Path(tmp) / "fresh-cache"),
            "YIBAO_HOME": str(Path(tmp) / "fresh"),
        }
        source_env = {**base_env, **fresh}
        site = str(installed_copy(Path(tmp) / "site"))
        wheel_env = {**source_env, "PYTHONPATH": site}
        # The installed layout on a cache of its own that the first run never leaves behind.
        warm_wheel_env = {**base_env, "PYTHONPATH": site, "YIBAO_CACHE": str(Path(tmp) / "wc")}
        os.chdir(tmp)  # so that ``-m yibao_cli`` finds the package on PYTHONPATH, not in "."
        program = [sys.executable, str(HERE / "reference.py")]
        commands = {
            REFERENCE: (program, base_env),
            "reference, same options": ([*program, "--options", "--kind", "app"], base_env),
            "yibao balance-channels": ([*YIBAO, "balance-channels"], base_env),
            "yibao show replace-card": ([*YIBAO, "show", "replace-card"], base_env),
            "yibao show replace-card --region 北京": (
                [*YIBAO, "show", "replace-card", "--region", "北京"],
                base_env,
            ),
            "yibao guide replace-card --defaults": (
                [*YIBAO, "guide", "replace-card", "--defaults"],
                base_env,
            ),
            "yibao checklist --format html": (
                [*YIBAO, "checklist", "replace-card", "--defaults", "--format", "html"],
                base_env,
            ),
            "yibao --help": ([*YIBAO, "--help"], base_env),
            SEARCH: ([*YIBAO, "search", "余额能取出来吗"], base_env),
            SEARCH_50: ([*YIBAO, "search", "余额能取出来吗"], big_env),
            "yibao balance-channels (50x catalogue)": ([*YIBAO, "balance-channels"], big_env),
            "yibao show replace-card (50x catalogue)": ([*YIBAO, "show", "replace-card"], big_env),
            "yibao list": ([*YIBAO, "list"], base_env),
            f"yibao list, {FIRST_RUN} after install": ([*YIBAO, "list"], wheel_env),
            f"yibao list, {FIRST_RUN} from source": ([*YIBAO, "list"], source_env),
            REGION_WARM: ([*YIBAO, *REGION_ARGS], warm_wheel_env),
            REGION_FIRST: ([*YIBAO, *REGION_ARGS], wheel_env),
        }
        if args.only:
            commands = {
                name: command
                for name, command in commands.items()
                if name == REFERENCE or any(text in name for text in args.only)
            }
        results = measure(commands, args.runs)
        counts = (
            {name: instructions(name, argv, env) for name, (argv, env) in commands.items()}
            if args.instructions
            else {}
        )
        prompt = bare_prompt = None
        if not args.only or any(text in PROMPT for text in args.only):
            terminal = {**base_env, "TERM": "xterm"}
            # Each program, and the text that shows its first question is on the screen.
            guided = ([*YIBAO, "guide", "replace-card"], "第 1/")
            asked = ([sys.executable, str(HERE / "ask_reference.py")], "这张卡是谁的")
            prompt = first_prompt(*guided, terminal, args.runs)
            bare_prompt = first_prompt(*asked, terminal, args.runs)
            if args.instructions:
                out = Path(tmp) / "prompt"
                out.mkdir()
                counts[PROMPT] = prompt_instructions(*guided, terminal, out)
                counts[PROMPT_BARE] = prompt_instructions(*asked, terminal, out)
    ref = results[REFERENCE][0]
    like = results.get("reference, same options", (ref, 0.0))[0]
    print(f"{'command':42} {'median ms':>10} {'max RSS MiB':>12} {'vs bare':>8} {'vs same':>8}")
    for name, (wall, rss) in results.items():
        print(f"{name:42} {wall * 1000:10.1f} {rss:12.1f} {wall / ref:7.2f}x {wall / like:7.2f}x")
    if prompt is not None and bare_prompt is not None:
        print(
            f"{'yibao guide replace-card: first question':42} {prompt[0] * 1000:10.1f} {'':>12} "
            f"{prompt[0] / ref:7.2f}x {prompt[0] / like:7.2f}x"
        )
        cpu = prompt[1] / bare_prompt[1] if bare_prompt[1] else float("nan")
        print(
            f"first question vs a bare questionary prompt: wall {prompt[0] / bare_prompt[0]:.2f}x,"
            f" CPU {cpu:.2f}x ({bare_prompt[0] * 1000:.1f} ms, {bare_prompt[1] * 1000:.0f} ms CPU)"
        )
    if counts:
        print()
        base = counts[REFERENCE]
        print(f"{'command':42} {'instructions':>14} {'vs bare':>8}")
        for name, count in counts.items():
            print(f"{name:42} {count:14,} {count / base:7.2f}x")
        if PROMPT in counts and PROMPT_BARE in counts:
            share = counts[PROMPT] / counts[PROMPT_BARE]
            print(f"first question vs a bare questionary prompt: instructions {share:.2f}x")
    print()
    if REGION_FIRST in results and REGION_WARM in results:
        first, warm = results[REGION_FIRST][0], results[REGION_WARM][0]
        print(f"first --region run after install vs a warm one: {first / warm:.2f}x (wall)", end="")
        if counts:
            print(f", {counts[REGION_FIRST] / counts[REGION_WARM]:.2f}x (instructions)", end="")
        print(f"; peak {results[REGION_FIRST][1]:.1f} MiB vs {results[REGION_WARM][1]:.1f} MiB")
    if SEARCH in results and SEARCH_50 in results:
        print(f"search on the 50x catalogue vs the real one: {ratio(results, counts)}")
    for cmd in ("balance-channels", "show replace-card"):
        if f"yibao {cmd}" in results and f"yibao {cmd} (50x catalogue)" in results:
            small = results[f"yibao {cmd}"][0]
            large = results[f"yibao {cmd} (50x catalogue)"][0]
            print(f"50x catalogue adds to `yibao {cmd}`: {(large / small - 1) * 100:+.1f}%")
    peaks = [rss for name, (_, rss) in results.items() if name.startswith("yibao")]
    if peaks:
        print(f"peak memory of a one-shot command: {max(peaks):.1f} MiB")


if __name__ == "__main__":
    main()
