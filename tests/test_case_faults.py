"""The cases database when things go wrong: corruption, old schemas, read-only or full disks,
and two processes writing at once."""

from __future__ import annotations

import datetime
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import helpers
from helpers import FIXTURE, ROOT, Run, answers
from yibao_cli.cases import store as casestore

TODAY = datetime.date(2026, 9, 1)
FULL = ["kind=lost", "reported=no", "age=30", "apps=phone,app", "how=office", "day=2026-09-02"]


pytestmark = pytest.mark.usefixtures("today")
yibao = partial(helpers.yibao, catalogue=FIXTURE)
save = partial(helpers.save, catalogue=FIXTURE)


def listed(run: Run) -> list[str]:
    code, out, err = yibao(run, "cases", "--all", "--json")
    assert code == 0, err
    return [case["name"] for case in json.loads(out)["cases"]]


def done_steps(run: Run, name: str) -> list[str]:
    code, out, err = yibao(run, "case", "show", name, "--json")
    assert code == 0, err
    return [step["id"] for step in json.loads(out)["steps"] if step["done"]]


def test_a_corrupted_file_is_moved_aside_and_a_fresh_one_started(run: Run) -> None:
    db = casestore.path()
    db.parent.mkdir(parents=True, exist_ok=True)
    garbage = bytes(range(256)) * 64
    db.write_bytes(garbage)
    code, out, err = yibao(run, "cases")
    assert code == 0
    assert "已损坏" in err and "没有删除" in err and "新建了一个空的数据库" in err
    moved = list(db.parent.glob("cases.sqlite3.corrupt-*"))
    assert len(moved) == 1
    assert str(moved[0]) in err
    assert moved[0].read_bytes() == garbage  # never emptied
    assert "还没有进行中的案例" in out
    assert save(run, "alpha", "after", FULL).code == 0
    code, _, err = yibao(run, "cases")
    assert code == 0 and "已损坏" not in err  # the fresh file is fine
    assert listed(run) == ["after"]


def test_a_damaged_page_is_noticed_too(run: Run) -> None:
    for number in range(30):
        assert save(run, "alpha", f"c{number}", FULL).code == 0
    db = casestore.path()
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[4096 : 4096 + 64] = b"\xff" * 64  # the header of the second page
    db.write_bytes(bytes(data))
    code, _, err = yibao(run, "cases")
    assert code == 0 and "已损坏" in err
    assert list(db.parent.glob("cases.sqlite3.corrupt-*"))[0].read_bytes() == bytes(data)


def test_an_older_schema_is_migrated(run: Run) -> None:
    db = casestore.path()
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    casestore.MIGRATIONS[0](conn)
    conn.execute(
        "INSERT INTO cases (name, flow, region, answers, started, asked, created, updated)"
        " VALUES ('old', 'alpha', NULL, ?, '2026-09-02', '2026-09-01', 't', 't')",
        (json.dumps({pair.split("=")[0]: pair.split("=")[1] for pair in FULL}),),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    assert listed(run) == ["old"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(casestore.MIGRATIONS)
    conn.close()
    assert yibao(run, "case", "close", "old")[0] == 0  # the column the migration added
    code, out, _ = yibao(run, "cases")
    assert "还没有进行中的案例" in out


def test_a_newer_schema_is_left_alone(run: Run) -> None:
    assert save(run, "alpha", "kept", FULL).code == 0
    db = casestore.path()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    code, _, err = yibao(run, "cases")
    assert code == 1
    assert "新版 yibao" in err and "版本 99" in err
    assert db.read_bytes() == before


class Failing:
    """A connection whose writes fail the way a read-only or full disk makes them fail."""

    def __init__(self, conn: sqlite3.Connection, message: str) -> None:
        self.conn = conn
        self.message = message

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if sql.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "VACUUM"}:
            raise sqlite3.OperationalError(self.message)
        return self.conn.execute(sql, params)

    def __enter__(self) -> Failing:
        self.conn.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self.conn.__exit__(*exc)

    def close(self) -> None:
        self.conn.close()


def failing(monkeypatch: pytest.MonkeyPatch, message: str) -> Callable[[], None]:
    real = casestore._connect
    monkeypatch.setattr(casestore, "_connect", lambda where: Failing(real(where), message))
    return lambda: monkeypatch.setattr(casestore, "_connect", real)


@pytest.mark.parametrize(
    "message",
    ["attempt to write a readonly database", "disk I/O error", "database or disk is full"],
)
def test_a_disk_that_refuses_writes_leaves_the_data_intact(
    run: Run, monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    assert save(run, "alpha", "kept", FULL).code == 0
    before = casestore.path().read_bytes()
    restore = failing(monkeypatch, message)
    for args in (
        ["case", "done", "kept", "1"],
        ["case", "close", "kept"],
        ["case", "delete", "kept", "--yes"],
        ["cases", "--purge", "--yes"],
    ):
        code, _, err = yibao(run, *args)
        assert code == 1, args
        assert "无法写入案例数据库" in err and "已有的案例没有改动" in err, args
        assert message in err
    assert save(run, "alpha", "new", FULL).code == 1
    code, out, _ = yibao(run, "cases")  # reading still works
    assert code == 0 and "kept" in out
    restore()
    assert casestore.path().read_bytes() == before
    assert listed(run) == ["kept"]
    assert done_steps(run, "kept") == []


def test_a_really_read_only_database(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may write anywhere, so open the file read-only the way SQLite itself enforces it.
    assert save(run, "alpha", "kept", FULL).code == 0
    before = casestore.path().read_bytes()

    def read_only(where: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{where}?mode=ro", uri=True, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    monkeypatch.setattr(casestore, "_connect", read_only)
    code, _, err = yibao(run, "case", "done", "kept", "1")
    assert code == 1
    assert "无法写入案例数据库" in err and "readonly" in err
    assert save(run, "alpha", "other", FULL).code == 1
    assert casestore.path().read_bytes() == before


def test_a_data_directory_that_cannot_be_made(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("YIBAO_HOME", str(blocker / "home"))
    assert listed(run) == []  # listing needs no database
    args = answers(*FULL)
    code, _, err = yibao(run, "guide", "alpha", *args, "--save", "补卡")
    assert code == 1 and "无法写入案例数据库" in err
    assert blocker.read_text() == "not a directory"


def test_a_busy_database_gives_a_clear_error(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert save(run, "alpha", "kept", FULL).code == 0
    monkeypatch.setattr(casestore, "BUSY_SECONDS", 0.1)
    holder = sqlite3.connect(casestore.path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = yibao(run, "case", "done", "kept", "1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "正被另一个 yibao 占用" in err
    assert done_steps(run, "kept") == []


WORKER = """
import datetime, os, sys, time
from yibao_cli import cli, session
from yibao_cli.cases import store as casestore

tag, count, catalogue, start = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sys.stdout = open(os.devnull, "w")
open(os.path.join(start, tag), "w").close()  # ready: wait for the other, so that both overlap
while len(os.listdir(start)) < 2:
    time.sleep(0.005)

def call(*args):
    try:
        cli.main(["--catalogue", catalogue, *args])
    except SystemExit as exit:
        if exit.code not in (0, None):
            raise RuntimeError(f"{args} exited {exit.code}")

full = ["kind=lost", "reported=no", "age=30", "apps=phone", "how=office", "day=today"]
answers = [arg for pair in full for arg in ("--answer", pair)]
for number in range(count):
    call("guide", "alpha", *answers, "--save", f"{tag}-{number}")
    call("case", "done", f"{tag}-{number}", "1")
    with casestore.opened(print) as store:
        store.mark_done("shared", [f"{tag}-{number}"], datetime.date.today())
"""


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(run: Run, tmp_path: Path) -> None:
    assert save(run, "alpha", "shared", FULL).code == 0
    count = 40  # each writes 3 times a round; both start together, so their writes interleave
    start = tmp_path / "start"
    start.mkdir()
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, tag, str(count), str(FIXTURE), str(start)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err[-3000:]
    names = listed(run)
    assert len(names) == 2 * count + 1
    conn = sqlite3.connect(casestore.path())
    done = conn.execute("SELECT count(*) FROM done WHERE step = 'first'").fetchone()[0]
    shared = conn.execute(
        "SELECT count(*) FROM done JOIN cases ON cases.id = done.case_id WHERE name = 'shared'"
    ).fetchone()[0]
    conn.close()
    assert done == 2 * count  # every `case done` of both processes
    assert shared == 2 * count  # every update of the one case both processes wrote to


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs), where one is allowed; skipped elsewhere."""
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a file system here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def test_a_real_read_only_and_full_disk(
    run: Run, monkeypatch: pytest.MonkeyPatch, small_disk: Path
) -> None:
    monkeypatch.setenv("YIBAO_HOME", str(small_disk / "home"))
    assert save(run, "alpha", "kept", FULL).code == 0
    before = casestore.path().read_bytes()

    remount(small_disk, "ro")
    code, _, err = yibao(run, "case", "done", "kept", "1")
    assert code == 1 and "无法写入案例数据库" in err and "已有的案例没有改动" in err
    assert save(run, "alpha", "other", FULL).code == 1
    code, out, _ = yibao(run, "cases")
    assert code == 0 and "kept" in out
    remount(small_disk, "rw")
    assert casestore.path().read_bytes() == before

    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as stream:
        try:
            while True:
                stream.write(b"\0" * 4096)
        except OSError:
            pass  # the disk is full
    failures = [save(run, "alpha", f"n{number}", FULL).code for number in range(40)]
    assert 1 in failures
    code, _, err = yibao(run, "guide", "alpha", "-a", "kind=other", "--save", "last")
    assert code == 1 and "无法写入案例数据库" in err, err
    filler.unlink()
    names = listed(run)
    assert names[0] == "kept" and "last" not in names
    assert done_steps(run, "kept") == []
