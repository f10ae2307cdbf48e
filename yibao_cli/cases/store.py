"""Saved cases in SQLite, in the user data directory.

Every write runs in a transaction (``BEGIN IMMEDIATE`` when it reads first), so a failed write
leaves the file as it was and two processes never lose each other's changes. While another
process holds the database, yibao says what it waits for, waits in short steps (so Ctrl-C acts
at once) and gives up after ``BUSY_SECONDS``. A file that is not a readable database is moved
aside with the time in its name, never emptied and never over another copy: one process at a
time (a lock file beside it) checks it again and links it to a name no file has. A row that
cannot be read is reported and skipped; the other cases stay usable. Only the cases commands
import this module: one-shot commands never load ``sqlite3``.
"""

from __future__ import annotations

import datetime
import functools
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from yibao_cli.cases import aside
from yibao_cli.cases.progress import Case, check_name, check_private, shown_name
from yibao_cli.errors import ExitCode, Message, NotFoundError, UsageError, YibaoError
from yibao_cli.home import data_home
from yibao_cli.wizard.engine import Answer

FILE_NAME = "cases.sqlite3"
BUSY_SECONDS = 30.0
"""How long to wait for another process that holds the database."""
STEP_SECONDS = 0.1
"""How long SQLite itself waits before yibao looks again (and Ctrl-C can act)."""

T = TypeVar("T")


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE cases ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " flow TEXT NOT NULL,"
        " region TEXT,"
        " answers TEXT NOT NULL,"
        " started TEXT NOT NULL,"
        " asked TEXT NOT NULL,"
        " created TEXT NOT NULL,"
        " updated TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE done ("
        " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " step TEXT NOT NULL,"
        " day TEXT NOT NULL,"
        " seq INTEGER PRIMARY KEY,"
        " UNIQUE (case_id, step))"
    )


def _v2(conn: sqlite3.Connection) -> None:
    # Closing a case: it leaves the list of open cases but keeps its history.
    conn.execute("ALTER TABLE cases ADD COLUMN closed TEXT")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
"""Migration n (0-based) takes a database from schema version n to n + 1."""


def path() -> Path:
    """Return where the cases database lives."""
    return data_home() / FILE_NAME


def now() -> str:
    """The current time as stored: ISO 8601, UTC, to the second."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class Store:
    """An open cases database. Use :func:`opened` rather than building one directly.

    Args:
        conn: A connection in autocommit mode (transactions are explicit).
        where: The database file, for messages.
        warn: Shows a notice (waiting for another process, a row that cannot be read).
    """

    def __init__(
        self, conn: sqlite3.Connection, where: Path, warn: Callable[[Message], None] | None = None
    ) -> None:
        self.conn = conn
        self.where = where
        self.warn = warn or (lambda message: None)

    def _patient(self, action: Callable[[], T]) -> T:
        return patient(self.where, self.warn, action)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock before reading, so two processes doing
        # read-modify-write wait for each other instead of losing an update.
        with self._guard():
            self._patient(lambda: self.conn.execute("BEGIN IMMEDIATE"))
            try:
                yield self.conn
                self._patient(lambda: self.conn.execute("COMMIT"))
            except BaseException:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise failure(self.where, error) from None

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self._patient(lambda: self.conn.execute(sql, params).fetchall())

    def names(self) -> set[str]:
        """Return the names of every case."""
        with self._guard():
            return {str(row[0]) for row in self._rows("SELECT name FROM cases")}

    def cases(self, closed: bool = False) -> list[Case]:
        """Return the open cases (every case with ``closed``), oldest first.

        A row that cannot be read is reported through ``warn`` and left out.
        """
        query = "SELECT * FROM cases" + ("" if closed else " WHERE closed IS NULL")
        found: list[Case] = []
        with self._guard():
            for row in self._rows(query + " ORDER BY id"):
                try:
                    found.append(self._case(row))
                except _UNREADABLE as error:
                    self.warn(Message("case.row_skipped", name=_row_name(row), reason=error))
        return found

    def get(self, name: str) -> Case:
        """Return one case by name (a hidden name as shown finds it too).

        Raises:
            NotFoundError: No case has this name (with the names there are, as shown).
            UsageError: The hidden name shown fits several cases.
        """
        with self._guard():
            key = self._lookup(name, self._rows)
            rows = self._rows("SELECT * FROM cases WHERE name = ?", (key,)) if key else []
            if not rows:
                names = sorted(shown_name(stored) for stored in self.names())
                details = (Message("case.names", names="、".join(names)),) if names else ()
                raise NotFoundError(Message("case.not_found", name=shown_name(name)), details)
            try:
                return self._case(rows[0])
            except _UNREADABLE as error:
                raise YibaoError(
                    Message("case.row_bad", name=shown_name(name), path=self.where, reason=error),
                    ExitCode.BAD_DATA,
                ) from None

    def _lookup(self, name: str, read: Callable[[str, tuple[Any, ...]], list[Any]]) -> str | None:
        """The stored name of the case called ``name`` (None when there is none).

        The name itself, or the stored one that a hidden name as shown (440306********1236)
        stands for.
        """
        if read("SELECT 1 FROM cases WHERE name = ?", (name,)):
            return name
        if not _HIDING.intersection(name):
            return None
        found = [
            stored
            for (stored,) in read("SELECT name FROM cases", ())
            if isinstance(stored, str) and stored != name and shown_name(stored) == name
        ]
        if len(found) > 1:
            raise UsageError(Message("case.hidden_ambiguous", name=name))
        return found[0] if found else None

    def _case(self, row: sqlite3.Row) -> Case:
        done = self._rows("SELECT step, day FROM done WHERE case_id = ? ORDER BY seq", (row["id"],))
        closed = row["closed"]
        stored = _text(row["name"])
        shown = shown_name(stored)
        return Case(
            name=shown,
            stored=None if shown == stored else stored,
            flow=_text(row["flow"]),
            region=None if row["region"] is None else _text(row["region"]),
            answers=_answers(_text(row["answers"])),
            started=datetime.date.fromisoformat(_text(row["started"])),
            asked=datetime.date.fromisoformat(_text(row["asked"])),
            created=_text(row["created"]),
            updated=_text(row["updated"]),
            closed=None if closed is None else _text(closed),
            done=tuple((_text(step), _day(day)) for step, day in done),
        )

    def add(self, case: Case) -> None:
        """Save a new case, with the steps it starts with done.

        Raises:
            UsageError: The name is taken, invalid, or a value looks like an ID or card number.
        """
        _check(case.name, case.answers, case.region)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM cases WHERE name = ?", (case.name,)).fetchone():
                raise UsageError(
                    Message("case.exists", name=case.name),
                    (Message("case.exists_fix", name=case.name),),
                )
            conn.execute(
                "INSERT INTO cases (name, flow, region, answers, started, asked, created,"
                " updated, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (
                    case.name,
                    case.flow,
                    case.region,
                    _dump(case.answers),
                    case.started.isoformat(),
                    case.asked.isoformat(),
                    case.created,
                    case.updated,
                ),
            )
            case_id = self._id(case.name)
            for step, day in case.done:
                self._insert_done(case_id, step, datetime.date.fromisoformat(day))

    def mark_done(self, name: str, steps: Sequence[str], day: datetime.date) -> list[str]:
        """Mark steps done on a day; return those that were not done yet (the rest keep theirs).

        Raises:
            NotFoundError: The case no longer exists.
        """
        with self._write() as conn:
            case_id = self._id(name)
            added = [step for step in steps if self._insert_done(case_id, step, day)]
            if added:
                conn.execute("UPDATE cases SET updated = ? WHERE id = ?", (now(), case_id))
            return added

    def _insert_done(self, case_id: int, step: str, day: datetime.date) -> bool:
        return bool(
            self.conn.execute(
                "INSERT OR IGNORE INTO done (case_id, step, day) VALUES (?, ?, ?)",
                (case_id, step, day.isoformat()),
            ).rowcount
        )

    def undo(self, name: str, steps: Sequence[str]) -> list[str]:
        """Remove the done marks of steps; return those that had one.

        Raises:
            NotFoundError: The case no longer exists.
        """
        with self._write() as conn:
            case_id = self._id(name)
            removed = [step for step in steps if self._delete_done(case_id, step)]
            if removed:
                conn.execute("UPDATE cases SET updated = ? WHERE id = ?", (now(), case_id))
            return removed

    def _delete_done(self, case_id: int, step: str) -> bool:
        return bool(
            self.conn.execute(
                "DELETE FROM done WHERE case_id = ? AND step = ?", (case_id, step)
            ).rowcount
        )

    def update_answers(
        self,
        name: str,
        answers: tuple[tuple[str, Answer], ...],
        started: datetime.date,
        asked: datetime.date,
        clear: Sequence[str] = (),
        add: Sequence[str] = (),
    ) -> None:
        """Replace a case's answers (after ``case resume``), in one transaction.

        Args:
            name: The case.
            answers: The new answers.
            started: The new start date.
            asked: The day the answers were given.
            clear: Steps whose done marks no longer hold.
            add: Steps the new answers say are done (marked on the start date, or on the
                day given when that is earlier); the other marks are kept.

        Raises:
            NotFoundError: The case no longer exists.
            UsageError: An answer looks like an ID or card number.
        """
        _check(name, answers, None)
        with self._write() as conn:
            case_id = self._id(name)
            conn.execute(
                "UPDATE cases SET answers = ?, started = ?, asked = ?, updated = ? WHERE id = ?",
                (_dump(answers), started.isoformat(), asked.isoformat(), now(), case_id),
            )
            for step in clear:
                self._delete_done(case_id, step)
            for step in add:
                self._insert_done(case_id, step, min(started, asked))

    def reopen_case(self, name: str) -> bool:
        """Reopen a closed case; return False when it was open.

        Raises:
            NotFoundError: The case does not exist.
        """
        with self._write() as conn:
            case_id = self._id(name)
            changed = conn.execute(
                "UPDATE cases SET closed = NULL, updated = ? WHERE id = ? AND closed IS NOT NULL",
                (now(), case_id),
            ).rowcount
            return bool(changed)

    def close_case(self, name: str) -> bool:
        """Close a case; return False when it was already closed.

        Raises:
            NotFoundError: The case does not exist.
        """
        with self._write() as conn:
            case_id = self._id(name)
            stamp = now()
            changed = conn.execute(
                "UPDATE cases SET closed = ?, updated = ? WHERE id = ? AND closed IS NULL",
                (stamp, stamp, case_id),
            ).rowcount
            return bool(changed)

    def delete(self, name: str) -> None:
        """Delete a case and its history.

        Raises:
            NotFoundError: The case does not exist.
        """
        with self._write() as conn:
            case_id = self._id(name)
            conn.execute("DELETE FROM done WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    def purge(self) -> int:
        """Delete every case; return how many there were. Freed pages are wiped (VACUUM)."""
        with self._write() as conn:
            count = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
            conn.execute("DELETE FROM done")
            conn.execute("DELETE FROM cases")
        with self._guard():
            self._patient(lambda: self.conn.execute("VACUUM"))
        return count

    def rename(self, name: str, new: str) -> str:
        """Give a case another name; return it (checked as a new case's name is).

        Raises:
            NotFoundError: The case does not exist.
            UsageError: The new name is invalid or taken.
        """
        checked = check_name(new)
        with self._write() as conn:
            case_id = self._id(name)
            taken = conn.execute(
                "SELECT 1 FROM cases WHERE name = ? AND id != ?", (checked, case_id)
            ).fetchone()
            if taken:
                raise UsageError(Message("case.exists", name=checked))
            conn.execute(
                "UPDATE cases SET name = ?, updated = ? WHERE id = ?", (checked, now(), case_id)
            )
        return checked

    def _id(self, name: str) -> int:
        # Always inside a write transaction: the lock is already held, no waiting here.
        key = self._lookup(name, lambda sql, params: self.conn.execute(sql, params).fetchall())
        row = self.conn.execute("SELECT id FROM cases WHERE name = ?", (key,)).fetchone()
        if key is None or row is None:
            raise NotFoundError(Message("case.not_found", name=shown_name(name)))
        return int(row[0])

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def _check(name: str, answers: tuple[tuple[str, Answer], ...], region: str | None) -> None:
    # The last guard before anything reaches the disk: no ID or card number, ever.
    check_name(name)
    check_private(answers)
    if region is not None:
        check_private((("region", region),))


def _dump(answers: tuple[tuple[str, Answer], ...]) -> str:
    data = {key: list(value) if isinstance(value, tuple) else value for key, value in answers}
    return json.dumps(data, ensure_ascii=False)


_HIDING = frozenset("*?")
"""What a name shown hidden holds in place of the digits (or characters) it hides."""

_UNREADABLE = (ValueError, TypeError, KeyError, IndexError, RecursionError)
"""What reading a damaged row raises (a bad date, text that is not JSON, a value of the wrong
type); json.JSONDecodeError is a ValueError."""


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(Message("case.row_type", value=type(value).__name__))
    return value


def _day(value: object) -> str:
    return datetime.date.fromisoformat(_text(value)).isoformat()


def _row_name(row: sqlite3.Row) -> str:
    name = row["name"]
    return name if isinstance(name, str) else repr(name)


def _answers(text: str) -> tuple[tuple[str, Answer], ...]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(Message("case.row_answers"))
    pairs: list[tuple[str, Answer]] = []
    for key, value in data.items():
        if isinstance(value, list):
            pairs.append((key, tuple(str(item) for item in value)))
        elif isinstance(value, bool | str):
            pairs.append((key, value))
        else:
            pairs.append((key, str(value)))
    return tuple(pairs)


def failure(where: Path, error: BaseException) -> YibaoError:
    """Turn a database or file error into a message that says the data was left alone."""
    reason = str(error) or type(error).__name__
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return YibaoError(Message("case.db_busy", path=where))
    if any(word in lowered for word in ("readonly", "read-only", "full", "disk i/o")):
        return YibaoError(Message("case.db_unwritable", path=where, reason=reason))
    return YibaoError(Message("case.db_failed", path=where, reason=reason))


def _busy(error: sqlite3.Error) -> bool:
    lowered = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in lowered or "busy" in lowered
    )


def patient(where: Path, warn: Callable[[Message], None], action: Callable[[], T]) -> T:
    """Run a database action, trying again while another process holds the database.

    SQLite waits ``STEP_SECONDS`` itself each time, so Ctrl-C acts within that; the first wait
    is announced, and after ``BUSY_SECONDS`` the busy error goes to the caller.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    told = False
    while True:
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not _busy(error) or time.monotonic() >= deadline:
                raise
            if not told:
                warn(Message("case.db_waiting", path=where, seconds=round(BUSY_SECONDS)))
                told = True
            time.sleep(STEP_SECONDS)


def _connect(where: Path) -> sqlite3.Connection:
    """Open a connection (one place, so tests can put a failing one in its stead)."""
    conn = sqlite3.connect(where, timeout=STEP_SECONDS, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _healthy(conn: sqlite3.Connection) -> bool:
    """Tell whether the file is a readable database (OperationalError propagates)."""
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.OperationalError:
        raise  # locked, read-only, I/O: the file may be fine, so it stays where it is
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def _still_damaged(where: Path, warn: Callable[[Message], None]) -> bool:
    """Look again, under the lock: another process may have moved the file aside already."""
    if not where.exists():
        return False
    conn = _connect(where)
    try:
        return not patient(where, warn, functools.partial(_healthy, conn))
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection, where: Path, warn: Callable[[Message], None]) -> None:
    latest = len(MIGRATIONS)
    version = int(patient(where, warn, lambda: conn.execute("PRAGMA user_version").fetchone()[0]))
    if version == latest:
        return
    if version > latest:
        raise YibaoError(Message("case.db_newer", path=where, version=version, latest=latest))
    patient(where, warn, lambda: conn.execute("BEGIN IMMEDIATE"))
    try:
        # Another process may have migrated while this one waited for the lock.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for migration in MIGRATIONS[version:]:
            migration(conn)
        conn.execute(f"PRAGMA user_version = {latest}")
        patient(where, warn, lambda: conn.execute("COMMIT"))
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def open_store(warn: Callable[[Message], None]) -> Store:
    """Open (creating or migrating if needed) the cases database.

    Args:
        warn: Shows a notice to the user (a corrupted file moved aside).

    Returns:
        The store; close it when done.

    Raises:
        YibaoError: The directory or file cannot be created, read or written; the data is
            left as it was.
    """
    where = path()
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise YibaoError(
            Message("case.db_unwritable", path=where, reason=error.strerror or error)
        ) from None
    for _ in range(3):
        try:
            conn = _connect(where)
        except sqlite3.Error as error:
            raise failure(where, error) from None
        try:
            if patient(where, warn, functools.partial(_healthy, conn)):
                _migrate(conn, where, warn)
                return Store(conn, where, warn)
        except sqlite3.Error as error:
            conn.close()
            raise failure(where, error) from None
        except BaseException:
            conn.close()
            raise
        conn.close()
        try:
            with aside.lock(where):
                moved = aside.move(where) if _still_damaged(where, warn) else None
        except sqlite3.Error as error:
            raise failure(where, error) from None
        except OSError as error:
            raise YibaoError(
                Message("case.db_corrupt_stuck", path=where, reason=error.strerror or error)
            ) from None
        if moved is not None:
            warn(Message("case.db_moved", path=where, moved=moved))
    raise YibaoError(Message("case.db_failed", path=where, reason="quick_check"))


@contextmanager
def opened(warn: Callable[[Message], None]) -> Iterator[Store]:
    """Open the cases database for the length of a ``with`` block."""
    store = open_store(warn)
    try:
        yield store
    finally:
        store.close()


def leftovers() -> list[Path]:
    """Return the copies of corrupted databases moved aside earlier."""
    return aside.leftovers(path())
