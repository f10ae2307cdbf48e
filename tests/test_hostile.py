"""Hostile input: nothing a user or a content editor can type or put on disk makes yibao hang,
print a traceback, steer the terminal, echo an ID number, or lose or clobber a file.

Whatever could hang runs in a child process with a time limit, so a regression fails in seconds
instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import DATA, FIXTURE, ROOT, Run, answers, process, save
from yibao_cli import safety
from yibao_cli.cases import aside
from yibao_cli.cases import store as casestore
from yibao_cli.catalogue import load as catalogue

# Most of these start a process of their own, to bound its time or feed it hostile streams.
pytestmark = pytest.mark.slow

ID = "11010519491231002X"  # the standard's own example: valid check digit
ID_WIDE = "３３０１０６１９９００３０７１２３６"  # full width, valid check digit
LIMIT = 30.0  # seconds: generous on a loaded machine, short next to a hang
FULL = ["kind=lost", "reported=no", "age=30", "apps=phone,app", "how=office", "day=today"]


def no_trace(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    assert "意外错误" not in result.stderr, result.stderr


def alias_bomb(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def copy_fixture(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(FIXTURE, target)
    return target


# 1. YAML alias bombs


def test_an_alias_bomb_as_answers_file_is_refused_at_once(tmp_path: Path) -> None:
    bomb = tmp_path / "answers.yaml"
    bomb.write_text(alias_bomb(9), encoding="utf-8")
    assert bomb.stat().st_size < 1_000
    started = time.monotonic()
    result = process("guide", "replace-card", "--answers", str(bomb))
    assert time.monotonic() - started < LIMIT
    no_trace(result)
    assert result.returncode == 2
    assert "展开别名后内容过多" in result.stderr


def test_an_alias_bomb_in_the_catalogue_is_refused_on_a_cold_cache(tmp_path: Path) -> None:
    cat = copy_fixture(tmp_path)
    (cat / "procedures" / "bomb.yaml").write_text(alias_bomb(9), encoding="utf-8")
    for args in (["list"], ["validate", str(cat)]):
        result = process("--catalogue", str(cat), *args)
        no_trace(result)
        assert result.returncode == 4
        assert "bomb.yaml:1" in result.stderr and "展开别名后内容过多" in result.stderr


def test_aliases_that_stay_small_still_work(tmp_path: Path) -> None:
    given = tmp_path / "answers.yaml"
    given.write_text("kind: &k lost\nreported: no\n", encoding="utf-8")
    source, problems = __import__("yibao_cli.catalogue.yamlsource", fromlist=["read"]).read(given)
    assert problems == [] and source is not None and source.data["kind"] == "lost"


def test_a_file_nested_without_end_is_refused(tmp_path: Path) -> None:
    deep = tmp_path / "answers.yaml"
    deep.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    result = process("guide", "replace-card", "--answers", str(deep))
    no_trace(result)
    assert result.returncode == 2


# 2. Very long arguments


@pytest.mark.parametrize(
    "args",
    [
        ["show", "replace-card", "--region", "浙" * 40_000],
        ["channels", "replace-card", "--region", "a" * 100_000],
        ["guide", "replace-card", "--defaults", "--region", "a" * 100_000],
        ["checklist", "replace-card", "--defaults", "--region", "杭" * 40_000],
        ["config", "set", "region", "a" * 100_000],
    ],
)
def test_a_huge_region_is_refused_at_once(args: list[str]) -> None:
    started = time.monotonic()
    result = process(*args, timeout=20)
    no_trace(result)
    assert result.returncode == 3
    assert "未找到地区" in result.stderr
    assert len(result.stderr) < 5_000  # the echo is cut, not the whole argument
    assert time.monotonic() - started < 20


def test_the_longest_region_that_is_still_parsed_is_quick(run: Run) -> None:
    started = time.monotonic()
    result = run("show", "replace-card", "--region", "浙江杭州西湖" * 6 + "浙江")  # 38 characters
    assert result.code == 3 and "未找到地区" in result.err
    assert time.monotonic() - started < 10


# 3. Files that are not files


@pytest.mark.parametrize("kind", ["fifo", "zero", "directory"])
def test_a_catalogue_entry_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    cat = copy_fixture(tmp_path)
    entry = cat / "procedures" / "odd.yaml"
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "zero":
        entry.symlink_to("/dev/zero")
    else:
        entry.mkdir()
    for args in (["list"], ["validate", str(cat)]):
        result = process("--catalogue", str(cat), *args)
        no_trace(result)
        assert result.returncode == 4
        # /dev/zero lies outside the catalogue: what the link leads to is never read
        said = "之外的符号链接" if kind == "zero" else "不是普通文件"
        assert "odd.yaml" in result.stderr and said in result.stderr


def test_read_regular_refuses_devices_and_large_files(tmp_path: Path) -> None:
    with pytest.raises(safety.NotRegularFile):
        safety.read_regular("/dev/zero")
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * 2_000)
    with pytest.raises(safety.TooLarge):
        safety.read_regular(big, limit=1_000)
    assert safety.read_regular(big) == b"a" * 2_000


# 4. A locked cases database


def _as_a_shell_starts_it() -> None:
    # A shell starts a command with Ctrl-C neither ignored nor blocked; a test worker may have
    # inherited either, and the command would then never see the Ctrl-C the test sends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])


def test_a_locked_database_says_what_it_waits_for_and_obeys_ctrl_c(run: Run) -> None:
    assert save(run, "alpha", "kept", FULL, catalogue=FIXTURE).code == 0
    holder = sqlite3.connect(casestore.path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    waiting = "正被另一个程序使用".encode()
    try:
        with subprocess.Popen(
            [sys.executable, "-m", "yibao_cli", "--catalogue", str(FIXTURE), "cases"],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_as_a_shell_starts_it,
        ) as process:
            assert process.stderr is not None
            try:
                said = b""
                deadline = time.monotonic() + 15
                while waiting not in said and time.monotonic() < deadline:
                    ready, _, _ = select.select([process.stderr], [], [], 0.5)
                    if ready:
                        said += os.read(process.stderr.fileno(), 4096)
                assert waiting in said, "waited in silence"
                assert b"Ctrl-C" in said
                pressed = time.monotonic()
                process.send_signal(signal.SIGINT)
                # It stops at Ctrl-C, long before its 30 seconds of waiting are up (the margin is
                # for a busy machine, where the interpreter's exit alone can take seconds).
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    rest = said + process.stderr.read()
                    pytest.fail("Ctrl-C not obeyed; it said: " + rest.decode(errors="replace"))
                assert time.monotonic() - pressed < casestore.BUSY_SECONDS - 10
                assert process.returncode == 130
            finally:
                if process.poll() is None:
                    process.kill()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_lock_released_in_time_is_waited_for(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert save(run, "alpha", "kept", FULL, catalogue=FIXTURE).code == 0
    calls = {"count": 0}
    real = casestore._healthy

    def busy_twice(conn: sqlite3.Connection) -> bool:
        calls["count"] += 1
        if calls["count"] <= 2:
            raise sqlite3.OperationalError("database is locked")
        return real(conn)

    monkeypatch.setattr(casestore, "_healthy", busy_twice)
    result = run("--catalogue", str(FIXTURE), "cases")
    assert result.code == 0 and "kept" in result.out
    assert result.err.count("正被另一个程序使用") == 1


# 5. ID numbers of any width


@pytest.mark.parametrize(
    "name",
    [
        ID_WIDE,
        "3３0106１９９００３０７１２３６",
        "３３０１０６ １９９００３０７ １２３６",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_an_id_number_of_any_width_never_names_a_case(run: Run, name: str) -> None:
    args = answers(*FULL)
    result = run("--catalogue", str(FIXTURE), "guide", "alpha", *args, "--save", name)
    assert result.code == 2
    assert "身份证号" in result.err
    assert not casestore.path().exists() or run("cases", "--all").out.count("alpha") == 0


def test_an_id_number_of_any_width_is_refused_as_an_answer(run: Run) -> None:
    args = answers(*FULL)
    result = run("--catalogue", str(FIXTURE), "guide", "alpha", *args, "-a", f"kind={ID_WIDE}")
    assert result.code != 0
    assert "３３０１０６１９９００３０７１２３６" not in result.out + result.err


# 6. An ID number typed in the wrong place is never echoed


ECHOES = [
    ["show", "{id}"],
    ["show", "replace-card", "--region", "{id}"],
    ["channels", "{id}"],
    ["channels", "replace-card", "--kind", "{id}"],
    ["channels", "replace-card", "--region", "{id}"],
    ["guide", "{id}"],
    ["guide", "replace-card", "-a", "situation={id}"],
    ["guide", "replace-card", "-a", "{id}=lost"],
    ["guide", "replace-card", "--defaults", "--region", "{id}"],
    ["guide", "replace-card", "--defaults", "--save", "{id}"],
    ["checklist", "replace-card", "--defaults", "--start", "{id}"],
    ["checklist", "replace-card", "-a", "situation={id}"],
    ["timeline", "replace-card", "--start", "{id}"],
    ["timeline", "{id}"],
    ["search", "{id}"],
    ["search", "--json", "{id}"],
    ["explain-number", "{id}"],
    ["explain-number", "--json", "{id}"],
    ["config", "set", "region", "{id}"],
    ["config", "set", "{id}", "x"],
    ["case", "show", "{id}"],
    ["case", "done", "{id}", "1"],
    ["case", "close", "{id}"],
    ["case", "delete", "{id}", "--yes"],
    ["case", "resume", "{id}"],
    ["{id}"],
    ["show", "replace-card", "--{id}"],
]


@pytest.mark.parametrize("args", ECHOES, ids=lambda args: " ".join(args))
@pytest.mark.parametrize("number", [ID, ID_WIDE, "110105 19491231 002X"])
def test_an_id_number_is_never_echoed(run: Run, args: list[str], number: str) -> None:
    result = run(*(arg.replace("{id}", number) for arg in args))
    shown = safety.fold_digits(result.out + result.err)
    digits = "".join(char for char in safety.fold_digits(number) if char not in " ")
    assert digits not in shown.replace(" ", "")
    assert "Traceback" not in result.err


def test_masking_keeps_the_text_around_the_number() -> None:
    masked = "没有名为 '110105********002X' 的办事项目"
    assert safety.mask_ids(f"没有名为 '{ID}' 的办事项目") == masked
    assert safety.mask_ids(ID_WIDE) == "３３０１０６********１２３６"
    assert safety.mask_ids("110105 19491231 002X") == "110105 ******** 002X"
    assert safety.mask_ids("2026-01-05 至 2026-02-01") == "2026-01-05 至 2026-02-01"
    assert safety.mask_ids("x19" + ID) == "x191101**********002X"  # glued to other digits
    assert safety.mask_ids("ID" + ID) == "ID110105********002X"


# 7. Moving a damaged database aside


def test_moving_aside_never_overwrites_an_earlier_copy(run: Run) -> None:
    db = casestore.path()
    db.parent.mkdir(parents=True, exist_ok=True)
    first = b"first damaged file " * 100
    db.write_bytes(first)
    assert run("--catalogue", str(FIXTURE), "cases").code == 0
    second = b"second damaged file " * 100
    db.write_bytes(second)
    assert run("--catalogue", str(FIXTURE), "cases").code == 0
    copies = sorted(p.read_bytes() for p in casestore.leftovers())
    assert copies == sorted([first, second])


def test_a_copy_already_at_the_chosen_name_is_kept(run: Run) -> None:
    db = casestore.path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"damaged " * 100)
    moved = aside.reserve(db, "cases.sqlite3.corrupt-same")
    db.unlink()
    db.write_bytes(b"damaged again " * 100)
    again = aside.reserve(db, "cases.sqlite3.corrupt-same")
    assert moved != again
    assert moved.read_bytes() == b"damaged " * 100
    assert again.read_bytes() == b"damaged again " * 100


RACER = """
import sys
from yibao_cli import cli
full = ["kind=lost", "reported=no", "age=30", "apps=phone", "how=office", "day=today"]
args = [arg for pair in full for arg in ("--answer", pair)]
cli.main(["--catalogue", sys.argv[1], "guide", "alpha", *args, "--save", sys.argv[2]])
"""


@pytest.mark.slow
def test_six_processes_over_a_damaged_file_keep_it_once(tmp_path: Path) -> None:
    damaged = b"not a database at all " * 300
    for trial in range(4):
        home = tmp_path / f"home-{trial}"
        home.mkdir()
        env = {**os.environ, "YIBAO_HOME": str(home), "YIBAO_CACHE": str(tmp_path / "cache")}
        (home / casestore.FILE_NAME).write_bytes(damaged)
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(FIXTURE), f"case-{n}"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(6)
        ]
        errors = [racer.communicate(timeout=60)[1] for racer in racers]
        assert [racer.returncode for racer in racers] == [0] * 6, errors
        copies = [p for p in home.glob("cases.sqlite3.corrupt-*") if "journal" not in p.name]
        assert [p.read_bytes() for p in copies] == [damaged]
        listed = process("--catalogue", str(FIXTURE), "cases", "--json", env=env)
        names = sorted(case["name"] for case in json.loads(listed.stdout)["cases"])
        assert names == [f"case-{n}" for n in range(6)]


# 8. --force replaces regular files only, keeping their mode


def test_force_keeps_a_private_file_private(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "mine.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    result = run("checklist", "replace-card", "--defaults", "-o", str(target), "--force")
    assert result.code == 0, result.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "医保卡" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["fifo", "symlink"])
@pytest.mark.parametrize("command", ["checklist", "timeline"])
def test_force_never_replaces_what_is_not_a_regular_file(
    run: Run, tmp_path: Path, kind: str, command: str
) -> None:
    target = tmp_path / "out"
    kept = tmp_path / "kept.txt"
    kept.write_text("keep me", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(kept)
    if command == "checklist":
        args = ["checklist", "replace-card", "--defaults", "-o", str(target), "--force"]
    else:
        args = ["timeline", "replace-card", "--start", "2026-09-01", "--ics", str(target), "-f"]
    result = run(*args)
    assert result.code == 2
    assert "不是普通文件" in result.err
    assert stat.S_ISFIFO(os.lstat(target).st_mode) if kind == "fifo" else target.is_symlink()
    assert kept.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# 9. Interrupted


def test_an_interrupted_one_shot_command_says_so(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(catalogue, "load", interrupted)
    result = run("list")
    assert result.code == 130
    assert "已中断" in result.err


def test_end_of_input_at_a_prompt_is_an_interruption(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer import Abort

    from yibao_cli import cli

    def aborted(*args: object, **kwargs: object) -> None:
        raise Abort

    monkeypatch.setattr(cli, "command", lambda name=None: aborted)
    result = run("list")
    assert result.code == 130 and "已中断" in result.err


# 10. Terminal escapes


ESCAPE = "\x1b]0;PWNED\x07\x1b[2J"


def test_a_catalogue_title_with_an_escape_fails_validation(run: Run, tmp_path: Path) -> None:
    cat = copy_fixture(tmp_path)
    beta = cat / "procedures" / "beta.yaml"
    text = beta.read_text(encoding="utf-8")
    beta.write_text(text.replace("title: 乙流程", 'title: "\\e]0;PWNED\\a\\e[2J乙流程"'), "utf-8")
    result = run("validate", str(cat))
    assert result.code == 4
    assert "beta.yaml:2: title: 文字里有控制字符" in result.err
    shown = run("--catalogue", str(cat), "show", "beta")
    assert shown.code == 4 and "\x1b" not in shown.out + shown.err


@pytest.mark.parametrize(
    "args",
    [
        ["case", "show", "\x1b]2;X\x1b\\"],
        ["show", ESCAPE],
        ["explain-number", ESCAPE + "1234"],
        ["guide", "replace-card", "-a", f"situation={ESCAPE}"],
        ["show", "replace-card", "--region", ESCAPE],
        ["search", ESCAPE],
        ["show", "bidi\u202eevil"],
    ],
)
def test_escapes_in_arguments_never_reach_the_terminal(run: Run, args: list[str]) -> None:
    result = run(*args)
    shown = result.out + result.err
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "Traceback" not in result.err


def test_a_settings_file_with_an_escape_is_shown_safely(run: Run) -> None:
    assert run("config", "set", "region", "杭州").code == 0
    config = Path(os.environ["YIBAO_HOME"]) / "config" / "config.json"
    data = json.loads(config.read_text(encoding="utf-8"))
    data["region"]["name"] = ESCAPE
    config.write_text(json.dumps(data), encoding="utf-8")
    for args in (["config", "show"], ["config", "show", "--json"]):
        result = run(*args)
        assert "\x1b" not in result.out + result.err and "\x07" not in result.out + result.err


def test_yibaos_own_styling_still_reaches_a_terminal() -> None:
    from rich.console import Console

    from yibao_cli.render import console as console_module

    styled = Console(force_terminal=True, color_system="standard", markup=False)
    styled.push_render_hook(console_module._SafeHook())
    with styled.capture() as captured:
        styled.print(f"名称 {ESCAPE} {ID}", style="bold red")
    out = captured.get()
    assert "\x1b[1;31m" in out  # the style
    assert "]0;PWNED" not in out.replace("?]0;PWNED", "")  # the title change is defused
    assert ID not in out and "110105********002X" in out


# 11. Internal errors turned into messages


def test_a_case_name_that_is_not_utf8(tmp_path: Path) -> None:
    result = process("case", "show", os.fsdecode(b"\xff\xfe"))
    no_trace(result)
    assert result.returncode == 2 and "UTF-8" in result.stderr


def test_paths_longer_than_the_system_allows(run: Run) -> None:
    long = "a" * 5_000
    result = run("--catalogue", long, "list")
    assert result.code == 4 and "找不到数据目录" in result.err
    assert len(result.err) < 5_000
    result = run("checklist", "replace-card", "--defaults", "-o", long)
    assert result.code == 1 and "无法写入" in result.err
    result = run("guide", "replace-card", "--answers", long)
    assert result.code in (2, 3) and "意外错误" not in result.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 20_000 + "]" * 20_000, "嵌套过深"),
        ('{"region": ' + "9" * 5_000 + "}", "数字位数过多"),
    ],
)
def test_a_damaged_settings_file_is_named(run: Run, content: str, expected: str) -> None:
    config = Path(os.environ["YIBAO_HOME"]) / "config" / "config.json"
    config.parent.mkdir(parents=True)
    config.write_text(content, encoding="utf-8")
    result = run("show", "replace-card")
    assert result.code == 0
    assert "设置文件已损坏" in result.err and expected in result.err
    assert "意外错误" not in result.err
    assert config.read_text(encoding="utf-8") == content


def test_one_bad_row_blocks_no_other_case(run: Run) -> None:
    assert save(run, "alpha", "good", FULL, catalogue=FIXTURE).code == 0
    assert save(run, "alpha", "bad", FULL, catalogue=FIXTURE).code == 0
    conn = sqlite3.connect(casestore.path())
    conn.execute("UPDATE cases SET started = 'someday', answers = '[1' WHERE name = 'bad'")
    conn.commit()
    conn.close()
    result = run("--catalogue", str(FIXTURE), "cases")
    assert result.code == 0
    assert "good" in result.out
    assert "案例 bad 无法读取" in result.err
    result = run("--catalogue", str(FIXTURE), "case", "show", "bad")
    assert result.code == 4 and "已损坏" in result.err and "yibao case delete bad" in result.err
    assert run("--catalogue", str(FIXTURE), "case", "delete", "bad", "--yes").code == 0
    assert run("--catalogue", str(FIXTURE), "cases").err == ""


def test_a_symlink_loop_in_the_catalogue(tmp_path: Path) -> None:
    cat = copy_fixture(tmp_path)
    (cat / "procedures" / "loop.yaml").symlink_to("loop.yaml")
    result = process("--catalogue", str(cat), "list")
    no_trace(result)
    assert result.returncode == 4 and "loop.yaml" in result.stderr


def test_a_duration_of_a_million_years_fails_validation(run: Run, tmp_path: Path) -> None:
    cat = copy_fixture(tmp_path)
    alpha = cat / "procedures" / "alpha.yaml"
    text = alpha.read_text(encoding="utf-8")
    for days, message in (("5000", "时长超过 1000 个工作日"), ("999999999", "数太大")):
        alpha.write_text(text.replace("max: 15", f"max: {days}"), encoding="utf-8")
        result = run("validate", str(cat))
        assert result.code == 4 and message in result.err
        assert "alpha.yaml:20: steps[1].durations[1].max" in result.err


@pytest.mark.parametrize("save_case", [False, True])
def test_a_full_disk_on_stdout(tmp_path: Path, save_case: bool) -> None:
    args = ["guide", "replace-card", "--defaults"] + (["--save", "full"] if save_case else [])
    with open("/dev/full", "w") as full:
        result = process(*args, stdout=full)
    no_trace(result)
    assert result.returncode == 1
    assert "无法写出结果" in result.stderr
    if save_case:  # the case was kept before the output failed, and the user is told
        assert "已保存为案例 full" in result.stderr


def test_closed_standard_streams() -> None:
    for closed in ("0<&-", "1>&-"):
        result = subprocess.run(
            f'"{sys.executable}" -m yibao_cli list {closed}',
            shell=True,
            cwd=ROOT,
            capture_output=closed != "1>&-",
            stderr=subprocess.PIPE if closed == "1>&-" else None,
            text=True,
            timeout=LIMIT,
        )
        assert "Traceback" not in result.stderr and "意外错误" not in result.stderr
        if closed == "1>&-":
            assert result.returncode == 1 and "标准输出已关闭" in result.stderr
        else:
            assert result.returncode == 0 and "replace-card" in result.stdout


def test_an_ascii_only_stream() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for args, code in ((["list"], 0), (["show", "nope"], 3)):
        result = process(*args, env=env)
        no_trace(result)
        assert result.returncode == code


def test_two_cache_parts_swapped_by_hand(run: Run, own_cache: Path) -> None:
    assert run("show", "balance").code == 0
    (folder,) = Path(os.environ["YIBAO_CACHE"]).glob("catalogue-*")
    one, two = folder / "procedure-balance.pickle", folder / "procedure-transfer.pickle"
    data_one, data_two = one.read_bytes(), two.read_bytes()
    one.write_bytes(data_two)
    two.write_bytes(data_one)
    result = run("show", "balance")
    assert result.code == 0 and "(balance)" in result.out and "(transfer)" not in result.out
    flow = folder / "flow-balance.pickle"
    flow.write_bytes((folder / "flow-transfer.pickle").read_bytes())
    result = run("guide", "balance", "--defaults")
    assert result.code == 0 and "(balance)" in result.out


# 13. Inputs that used to be accepted or misnamed


@pytest.mark.parametrize("kind", ["directory", "fifo", "devnull"])
def test_an_answers_file_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    path = {"directory": tmp_path, "devnull": Path(os.devnull)}.get(kind, tmp_path / "pipe")
    if kind == "fifo":
        os.mkfifo(path)
    result = process("guide", "replace-card", "--answers", str(path))
    no_trace(result)
    assert result.returncode == 2
    assert "不是普通文件" in result.stderr and "找不到" not in result.stderr


def test_an_answers_file_of_keys_without_values_is_checked(run: Run, tmp_path: Path) -> None:
    given = tmp_path / "shadow"
    given.write_text("root:\ndaemon:\n", encoding="utf-8")
    result = run("guide", "replace-card", "--answers", str(given))
    assert result.code == 2 and "没有叫 'root' 的问题" in result.err


def test_a_known_question_without_value_is_left_open(run: Run, tmp_path: Path) -> None:
    given = tmp_path / "answers.yaml"
    given.write_text("situation:\n", encoding="utf-8")
    result = run("guide", "replace-card", "--answers", str(given), "--defaults")
    assert result.code == 0, result.err


def test_flows_as_a_plain_file_fails_validation(run: Run, tmp_path: Path) -> None:
    cat = copy_fixture(tmp_path)
    shutil.rmtree(cat / "flows")
    (cat / "flows").write_text("", encoding="utf-8")
    result = run("validate", str(cat))
    assert result.code == 4 and "flows: 应为一个目录" in result.err


def test_a_step_done_long_before_the_case(run: Run) -> None:
    assert save(run, "alpha", "kept", FULL, catalogue=FIXTURE).code == 0
    result = run("--catalogue", str(FIXTURE), "case", "done", "kept", "1", "--on", "1899-01-01")
    assert result.code == 2 and "在案例开始" in result.err
    result = run("--catalogue", str(FIXTURE), "case", "show", "kept", "--json")
    assert not any(step["done"] for step in json.loads(result.out)["steps"])


def test_the_real_catalogue_has_no_control_characters() -> None:
    for path in DATA.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert safety.printable(text) == text, path


@pytest.mark.terminal
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_wizard_keeps_the_answers_and_the_terminal(
    tmp_path: Path, signum: int
) -> None:
    import termios

    import pexpect

    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    env.pop("NO_COLOR", None)
    term = pexpect.spawn(
        sys.executable,
        ["-m", "yibao_cli", "guide", "transfer"],
        env=env,
        cwd=str(ROOT),
        encoding="utf-8",
        dimensions=(50, 120),
        timeout=LIMIT,
    )
    try:
        term.expect_exact("给谁转？谁去办？")
        term.expect_exact("回车")
        term.send("\r")
        term.expect_exact("原参保地已经停止缴纳医保")
        term.expect_exact("回车")
        term.kill(signum)
        term.expect(pexpect.EOF)
        modes = termios.tcgetattr(term.child_fd)
        assert modes[3] & termios.ICANON and modes[3] & termios.ECHO, "left in raw mode"
        term.close()
        assert term.exitstatus == 130
        assert "yibao guide transfer --resume" in str(term.before)
    finally:
        if term.isalive():
            term.terminate(force=True)
    saved = (Path(os.environ["YIBAO_HOME"]) / "resume" / "transfer.yaml").read_text(
        encoding="utf-8"
    )
    assert "for-whom: self" in saved
