"""The posture history on disk: a private SQLite file of per-minute aggregates and events.

Storage decisions:

* One row per UTC minute (`minutes.minute_utc`, whole minutes since the Unix epoch) and one per
  event (`events.at_utc_us`, exact microseconds). UTC keys never collide, not even in the hour a
  DST change repeats.
* Each row also stores `utc_offset_min`, the user's UTC offset when it was recorded, and the
  `local_date` derived from instant + offset (an indexed column for day queries). The pair is the
  truth: it gives back the wall time the user saw, and a later move to another timezone does
  not move old rows between days. `local_date` is never recomputed from the current zone.
* Writes merge into an existing minute (upsert) inside one transaction. Only numbers and stretch
  ids are stored, never images.
* Schema version lives in `PRAGMA user_version`; `MIGRATIONS[i]` takes version i to i + 1.
* WAL mode; the file, its -wal/-shm companions and a directory we create are private (0600/0700);
  `secure_delete` is on so deleted history does not linger in free pages.
* Failures never reach the caller of `record_*`: a damaged file is moved aside to
  `<name>.corrupt-<timestamp>` (kept, so nothing is destroyed) and a new one started; a full
  disk, read-only file or locked database keeps writes in memory, retried at most every
  RETRY_INTERVAL_S seconds or on `flush()`, and `status` tells the UI.
* The file can change under a running app. Before every write (and at close) the store checks
  that the file at its path is still the one it opened (device and inode), still starts like a
  SQLite database, and, every QUICK_CHECK_INTERVAL_S, passes `PRAGMA quick_check`. If not, it
  copies what its open connection still reads (all of it when it can, else today's rows) into a
  new file, sets the other aside (`.corrupt-`, `.replaced-` or `.deleted-<timestamp>`), and says
  so in `status.notices`. The old connection is closed without folding its WAL into whatever
  file is now at the path.
* Rows the disk still refuses at `close()` are written to a `<name>.held-<timestamp>.json` file in
  the first writable of `held_rows_dirs` (the app passes its state and runtime folders) and merged
  back into the history by the next start.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import sqlite3
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from postureapp.core.clock import Clock, SystemClock
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.minutes import (
    MinuteAggregate,
    aggregate_samples,
    local_datetime,
    merge_minutes,
    offset_minutes,
)
from postureapp.core.ports import StoreStatus
from postureapp.core.samples import PostureSample

_log = logging.getLogger(__name__)

HISTORY_FILE_NAME: Final = "history.sqlite3"
"""The history database inside the app's data directory."""

RETRY_INTERVAL_S: Final = 30.0
"""How often record_* calls retry a failed disk while writes are held in memory."""

QUICK_CHECK_INTERVAL_S: Final = 600.0
"""How often a write also runs `PRAGMA quick_check` on the open file."""

_FILE_MODE: Final = 0o600
_DIR_MODE: Final = 0o700
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_COMPANION_SUFFIXES: Final = ("-wal", "-shm", "-journal")
_ASIDE_KINDS: Final = ("corrupt", "replaced", "deleted")
_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE: Final = 1006

MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    # v1: minutes and events, keyed by UTC instant with the recorded offset and local date.
    (
        """
        CREATE TABLE minutes (
            minute_utc INTEGER PRIMARY KEY,
            utc_offset_min INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            monitored_s REAL NOT NULL DEFAULT 0,
            upright_s REAL NOT NULL DEFAULT 0,
            rounded_s REAL NOT NULL DEFAULT 0,
            away_s REAL NOT NULL DEFAULT 0,
            score_sum REAL NOT NULL DEFAULT 0,
            score_count INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX minutes_by_local_date ON minutes (local_date)",
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at_utc_us INTEGER NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            sitting_s REAL NOT NULL DEFAULT 0,
            stretches TEXT NOT NULL DEFAULT '[]',
            detail TEXT NOT NULL DEFAULT ''
        )
        """,
    ),
    # v2: a day's events were found by a full scan; the summary view asks for them every poll.
    ("CREATE INDEX events_by_local_date ON events (local_date, at_utc_us)",),
)

SCHEMA_VERSION: Final = len(MIGRATIONS)


class _DamagedFileError(Exception):
    """The file is not a usable SQLite database."""


class _NewerSchemaError(Exception):
    """A newer version of the app wrote this file; we must not touch it."""


class _ForeignDatabaseError(Exception):
    """A SQLite database of another program is at our path; we must not touch it."""

    def __init__(self, tables: Sequence[str]) -> None:
        super().__init__(f"not a postureapp history: it holds the tables {', '.join(tables)}")
        self.tables = tuple(tables)


def _is_corruption(exc: BaseException) -> bool:
    if isinstance(exc, _DamagedFileError):
        return True
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return True
    # sqlite3 raises the bare DatabaseError for SQLITE_CORRUPT and SQLITE_NOTADB; its
    # subclasses (OperationalError for full, read-only, locked...) are not about the file.
    return type(exc) is sqlite3.DatabaseError


def _is_read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _is_disk_full(folder: Path) -> bool:
    """Whether the disk holding `folder` has no room left for the user's files."""
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _problem_message(exc: BaseException, path: Path) -> str:
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    keep = translate("history_store",
                     "Posture history is kept in memory for now and saved when this is fixed.")
    if isinstance(exc, _NewerSchemaError):
        problem = translate("history_store",
                            "The history file was written by a newer version of the app.")
    elif isinstance(exc, _ForeignDatabaseError):
        problem = translate(
            "history_store",
            "The history file {file} belongs to another program (it holds {tables}), so it was"
            " left alone: move it elsewhere.",
        ).format(file=path, tables=", ".join(exc.tables[:5]))
    # A disk already full when the file is opened fails to grow the -shm file: SQLite then
    # says "disk I/O error", not "full".
    elif "full" in text or name == "SQLITE_FULL" or _is_disk_full(path.parent):
        problem = translate("history_store", "The disk is full.")
    elif (
        "readonly" in text
        or "read-only" in text
        or isinstance(exc, PermissionError)
        or _is_read_only_disk(path.parent)  # SQLite says "unable to open" for a WAL file there
    ):
        problem = translate("history_store", "The history file can't be written (read-only).")
    elif "locked" in text or "busy" in text:
        problem = translate("history_store", "The history file is in use by another program.")
    else:
        problem = translate("history_store", "The history file can't be saved ({problem}).").format(
            problem=exc)
    return f"{problem} {keep}"


def _event_at_micros(at: datetime) -> int:
    return (at - _EPOCH) // timedelta(microseconds=1)


def _fixed_offset(at: datetime) -> datetime:
    """`at` with its zone replaced by the fixed offset in effect then (what the DB can hold)."""
    return at.astimezone(timezone(timedelta(minutes=offset_minutes(at))))


class SqliteSummaryRepository:
    """The SQLite-backed `SummaryRepository` (see the module docstring for the format).

    Safe to use from the monitor worker thread and the UI thread at once.

    Args:
        path: The database file, normally `data_dir / HISTORY_FILE_NAME`.
        tz: The user's local zone (default: the system zone), for the local date of new rows.
        clock: For retry timing, today's date and the name of a moved-aside damaged file.
        connection_factory: The sqlite3.Connection class to use; tests pass a subclass that
            fails on demand.
        held_rows_dirs: Where rows the disk refused are kept at close, first writable wins;
            held rows found there for this file are merged in at start. Empty: none kept.
    """

    def __init__(
        self,
        path: Path,
        *,
        tz: tzinfo | None = None,
        clock: Clock | None = None,
        connection_factory: type[sqlite3.Connection] = sqlite3.Connection,
        held_rows_dirs: Sequence[Path] = (),
    ) -> None:
        self._path = Path(path)
        self._tz = tz
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._factory = connection_factory
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._has_checked_integrity = False
        self._pending_minutes: dict[int, MinuteAggregate] = {}
        self._pending_events: list[CoachEvent] = []
        self._problem = ""
        self._notices: list[str] = []
        self._last_attempt_s: float | None = None
        self._held_rows_dirs = tuple(Path(d) for d in held_rows_dirs)
        self._held_files: list[Path] = []  # taken back at start; deleted once written
        self._identity: tuple[int, int] | None = None  # (st_dev, st_ino) of the open file
        self._quick_checked_s: float | None = None
        with self._lock:
            self._ensure_open()
            self._take_back_held_rows()

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def status(self) -> StoreStatus:
        """Whether history reaches the disk, and notices such as a moved-aside file."""
        with self._lock:
            return StoreStatus(
                is_persistent=not self._problem,
                pending_writes=len(self._pending_minutes) + len(self._pending_events),
                message=self._problem,
                notices=tuple(self._notices),
            )

    # --- writing -------------------------------------------------------------------------

    def record_sample(self, sample: PostureSample) -> None:
        """Add one sample to its minute(s). Never raises."""
        self.record_samples((sample,))

    def record_samples(self, samples: Iterable[PostureSample]) -> None:
        """Add many samples in one transaction. Never raises."""
        try:
            minutes = aggregate_samples(samples, self._tz)
        except (ValueError, OverflowError, OSError):
            _log.exception("dropping samples that cannot be placed in time")
            return
        with self._lock:
            self._pending_minutes = merge_minutes(self._pending_minutes, minutes)
            self._flush_if_due()

    def record_event(self, event: CoachEvent) -> None:
        """Store one coaching event with the local wall time it happened at. Never raises."""
        try:
            localized = replace(event, at=_fixed_offset(local_datetime(event.at, self._tz)))
        except (ValueError, OverflowError, OSError):
            _log.exception("dropping an event that cannot be placed in time: %r", event)
            return
        with self._lock:
            self._pending_events.append(localized)
            self._flush_if_due()

    def flush(self) -> bool:
        """Write what is held in memory now; True when nothing is left pending. Never raises."""
        with self._lock:
            return self._flush()

    def _flush_if_due(self) -> None:
        now_s = self._clock.monotonic()
        if (
            self._problem
            and self._last_attempt_s is not None
            and now_s - self._last_attempt_s < RETRY_INTERVAL_S
        ):
            return
        self._flush()

    def _flush(self) -> bool:
        if not self._pending_minutes and not self._pending_events:
            return True
        self._last_attempt_s = self._clock.monotonic()
        for _attempt in range(2):  # a second go only after replacing a damaged or lost file
            conn = self._ensure_open()
            if conn is None:
                return False
            lost = self._lost_file_reason(conn)
            if lost is not None:
                self._start_over_from(conn, *lost)
                continue
            try:
                self._write_pending(conn)
            except (sqlite3.Error, OSError) as exc:
                if _is_corruption(exc):
                    self._start_over_from(conn, "corrupt", f"was damaged ({exc})")
                    continue
                self._fail(exc)
                return False
            self._pending_minutes.clear()
            self._pending_events.clear()
            self._problem = ""
            self._forget_held_files()
            return True
        return False

    def _write_pending(self, conn: sqlite3.Connection) -> None:
        with _transaction(conn):
            rows = []
            for minute in self._pending_minutes.values():
                stored = conn.execute(
                    "SELECT minute_utc, utc_offset_min, monitored_s, upright_s, rounded_s,"
                    " away_s, score_sum, score_count FROM minutes WHERE minute_utc = :minute_utc",
                    {"minute_utc": minute.minute_utc},
                ).fetchone()
                merged = minute if stored is None else _minute_from_row(stored).merged(minute)
                rows.append(_minute_params(merged))
            conn.executemany(
                """
                INSERT INTO minutes (minute_utc, utc_offset_min, local_date, monitored_s,
                    upright_s, rounded_s, away_s, score_sum, score_count)
                VALUES (:minute_utc, :utc_offset_min, :local_date, :monitored_s,
                    :upright_s, :rounded_s, :away_s, :score_sum, :score_count)
                ON CONFLICT (minute_utc) DO UPDATE SET
                    utc_offset_min = excluded.utc_offset_min,
                    local_date = excluded.local_date,
                    monitored_s = excluded.monitored_s,
                    upright_s = excluded.upright_s,
                    rounded_s = excluded.rounded_s,
                    away_s = excluded.away_s,
                    score_sum = excluded.score_sum,
                    score_count = excluded.score_count
                """,
                rows,
            )
            conn.executemany(
                """
                INSERT INTO events (at_utc_us, utc_offset_min, local_date, kind, sitting_s,
                    stretches, detail)
                VALUES (:at_utc_us, :utc_offset_min, :local_date, :kind, :sitting_s,
                    :stretches, :detail)
                """,
                [_event_params(event) for event in self._pending_events],
            )

    # --- reading -------------------------------------------------------------------------

    def minutes_for_day(self, day: date) -> list[MinuteAggregate]:
        """The minutes of one local day, oldest first, including any held in memory."""
        with self._lock:
            rows = self._read(
                "SELECT minute_utc, utc_offset_min, monitored_s, upright_s, rounded_s, away_s,"
                " score_sum, score_count FROM minutes WHERE local_date = :day"
                " ORDER BY minute_utc",
                {"day": day.isoformat()},
            )
            stored = {row[0]: _minute_from_row(row) for row in rows}
            pending = [m for m in self._pending_minutes.values() if m.local_date == day]
            merged = merge_minutes(stored, pending)
            return [merged[key] for key in sorted(merged)]

    def events_for_day(self, day: date) -> list[CoachEvent]:
        """The events of one local day, oldest first, including any held in memory."""
        with self._lock:
            rows = self._read(
                "SELECT at_utc_us, utc_offset_min, kind, sitting_s, stretches, detail"
                " FROM events WHERE local_date = :day ORDER BY at_utc_us, id",
                {"day": day.isoformat()},
            )
            events = [event for row in rows if (event := _event_from_row(row)) is not None]
            events.extend(e for e in self._pending_events if e.at.date() == day)
            return sorted(events, key=lambda e: e.at.timestamp())

    def days_with_data(self) -> list[date]:
        """Every local date with a minute or an event, oldest first."""
        with self._lock:
            rows = self._read(
                "SELECT local_date FROM minutes UNION SELECT local_date FROM events", {}
            )
            days = {date.fromisoformat(row[0]) for row in rows}
            days.update(m.local_date for m in self._pending_minutes.values())
            days.update(e.at.date() for e in self._pending_events)
            return sorted(days)

    def _read(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        conn = self._ensure_open()
        if conn is None:
            return []
        try:
            return list(conn.execute(sql, params).fetchall())
        except (sqlite3.Error, OSError) as exc:
            if _is_corruption(exc):
                self._start_over_from(conn, "corrupt", f"was damaged ({exc})")
            else:
                self._fail(exc)
            return []

    # --- forgetting ----------------------------------------------------------------------

    def apply_retention(self, days: int, today: date | None = None) -> int:
        """Delete minutes and events dated more than `days` days before `today`.

        With days=7 on the 23rd, the 16th and later are kept. Returns the rows deleted (held
        in memory ones included); 0 when the disk can't be written (see `status`).

        Raises:
            ValueError: `days` is less than 1.
        """
        if days < 1:
            raise ValueError(f"retention must keep at least 1 day, got {days}")
        if today is None:
            today = local_datetime(self._clock.now(), self._tz).date()
        cutoff_day = today - timedelta(days=days)
        with self._lock:
            deleted = self._forget_pending(lambda d: d < cutoff_day)
            conn = self._ensure_open()
            if conn is None:
                return deleted
            try:
                with _transaction(conn):
                    for table in ("minutes", "events"):
                        cursor = conn.execute(
                            # Table names are ours, not input; values go in as parameters.
                            f"DELETE FROM {table} WHERE local_date < :cutoff",
                            {"cutoff": cutoff_day.isoformat()},
                        )
                        deleted += max(cursor.rowcount, 0)
            except (sqlite3.Error, OSError) as exc:
                self._fail(exc)
            return deleted

    def delete_all(self) -> bool:
        """Forget the whole history, including moved-aside damaged copies.

        Returns:
            True when everything is gone; False when the disk refused (see `status`).
        """
        with self._lock:
            self._forget_pending(lambda _day: True)
            is_done = self._delete_aside_copies()
            conn = self._ensure_open()
            if conn is None:
                return False
            try:
                with _transaction(conn):
                    conn.execute("DELETE FROM minutes")
                    conn.execute("DELETE FROM events")
                # Fold the WAL (which still holds old pages) into the file and empty it.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except (sqlite3.Error, OSError) as exc:
                self._fail(exc)
                return False
            self._problem = ""
            return is_done

    def _forget_pending(self, is_forgotten: Callable[[date], bool]) -> int:
        minutes = [k for k, m in self._pending_minutes.items() if is_forgotten(m.local_date)]
        for key in minutes:
            del self._pending_minutes[key]
        kept = [e for e in self._pending_events if not is_forgotten(e.at.date())]
        forgotten = len(minutes) + len(self._pending_events) - len(kept)
        self._pending_events = kept
        return forgotten

    def _delete_aside_copies(self) -> bool:
        is_done = True
        asides = [p for kind in _ASIDE_KINDS for p in self._path.parent.glob(
            f"{self._path.name}.{kind}-*")]
        for aside in asides:
            try:
                aside.unlink()
            except OSError as exc:
                _log.warning("could not delete %s: %s", aside, exc)
                is_done = False
        return is_done

    # --- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        """Write what is pending if the disk allows it, then close the file."""
        with self._lock:
            conn = self._conn
            lost = self._lost_file_reason(conn) if conn is not None else None
            if conn is not None and lost is not None:
                # Even with nothing pending: closing would fold the WAL into that file.
                self._start_over_from(conn, *lost)
            if not self._flush() and not self._hold_rows_for_next_start():
                _log.warning(
                    "closing with %d unsaved history rows: %s",
                    len(self._pending_minutes) + len(self._pending_events),
                    self._problem,
                )
            self._close_connection()

    def __enter__(self) -> SqliteSummaryRepository:
        """Use as a context manager that closes on exit."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close."""
        self.close()

    def _close_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                _log.exception("closing the history database failed")
            self._conn = None

    def _fail(self, exc: BaseException) -> None:
        message = _problem_message(exc, self._path)
        if message != self._problem:
            _log.warning("history storage problem at %s: %s", self._path, exc)
        self._problem = message
        # Reopen on the next attempt: a connection opened read-only stays read-only.
        self._close_connection()

    def _ensure_open(self) -> sqlite3.Connection | None:
        if self._conn is not None:
            return self._conn
        for _attempt in range(2):  # a second go only after moving a damaged file aside
            try:
                self._conn = self._connect()
            except (sqlite3.Error, OSError, _DamagedFileError, _NewerSchemaError,
                    _ForeignDatabaseError) as exc:
                if _is_corruption(exc):
                    if self._move_aside(exc):
                        continue
                    return None
                self._fail(exc)
                return None
            return self._conn
        return None

    def _connect(self) -> sqlite3.Connection:
        directory = self._path.parent
        if not directory.exists():
            directory.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
            os.chmod(directory, _DIR_MODE)  # mkdir's mode is filtered by the umask
        if not self._path.exists():
            # Create it private before SQLite does: SQLite gives -wal/-shm the file's mode.
            os.close(os.open(self._path, os.O_CREAT | os.O_RDWR, _FILE_MODE))
        conn = sqlite3.connect(
            self._path,
            timeout=5.0,
            isolation_level=None,  # we issue BEGIN/COMMIT ourselves
            check_same_thread=False,  # guarded by self._lock
            factory=self._factory,
        )
        try:
            conn.execute("PRAGMA user_version").fetchone()  # "file is not a database" here
            if not self._has_checked_integrity:
                verdict = conn.execute("PRAGMA quick_check").fetchone()
                if verdict is None or verdict[0] != "ok":
                    raise _DamagedFileError(f"integrity check failed: {verdict}")
                self._has_checked_integrity = True
            _refuse_files_not_ours(conn)  # before WAL mode, which would rewrite the header
            conn.execute("PRAGMA secure_delete = ON")
            # WAL lets the CLI read while the app writes. A read-only file can't switch; it
            # still reads, and the first write reports the real problem.
            with suppress(sqlite3.OperationalError):
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
            _migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._make_private()
        try:
            opened = os.stat(self._path)
            self._identity = (opened.st_dev, opened.st_ino)
        except OSError:
            self._identity = None
        self._quick_checked_s = self._clock.monotonic()
        return conn

    def _make_private(self) -> None:
        for path in (self._path, *(self._companion(s) for s in _COMPANION_SUFFIXES)):
            try:
                if stat.S_IMODE(path.stat().st_mode) & 0o077:
                    os.chmod(path, _FILE_MODE)
            except FileNotFoundError:
                continue
            except OSError as exc:
                _log.warning("could not make %s private: %s", path, exc)

    def _companion(self, suffix: str, base: Path | None = None) -> Path:
        base = base if base is not None else self._path
        return base.with_name(base.name + suffix)

    def _aside_path(self, kind: str) -> Path:
        stamp = local_datetime(self._clock.now(), self._tz).strftime("%Y%m%dT%H%M%S")
        aside = self._path.with_name(f"{self._path.name}.{kind}-{stamp}")
        number = 1
        while aside.exists() or self._companion("-wal", aside).exists():
            aside = self._path.with_name(f"{self._path.name}.{kind}-{stamp}-{number}")
            number += 1
        return aside

    def _move_aside(self, exc: BaseException) -> bool:
        aside = self._aside_path("corrupt")
        try:
            os.replace(self._path, aside)
            for suffix in _COMPANION_SUFFIXES:
                if self._companion(suffix).exists():
                    os.replace(self._companion(suffix), self._companion(suffix, aside))
        except OSError as move_exc:
            _log.error("damaged history %s could not be moved aside: %s", self._path, move_exc)
            self._problem = translate(
                "history_store",
                "The history file is damaged and could not be moved aside. Posture history is"
                " kept in memory for now.",
            )
            return False
        notice = translate(
            "history_store",
            "The history file was damaged ({problem}). It was moved aside to {file} and a new"
            " history was started.",
        ).format(problem=exc, file=aside.name)
        _log.error("%s (in %s)", notice, self._path.parent)
        self._notices.append(notice)
        self._has_checked_integrity = False
        return True

    # --- the file changed under us ---------------------------------------------------------

    def _lost_file_reason(self, conn: sqlite3.Connection) -> tuple[str, str] | None:
        """(aside kind, what happened) when the file at our path is no longer the one we hold."""
        try:
            current = os.stat(self._path)
            with self._path.open("rb") as file:
                head = file.read(len(_SQLITE_MAGIC))
        except (FileNotFoundError, NotADirectoryError):  # the file, or its folder, is gone
            return "deleted", translate("history_store", "was deleted")
        except OSError:
            return None  # cannot tell from here; the write itself will report the problem
        if self._identity is not None and (current.st_dev, current.st_ino) != self._identity:
            return "replaced", translate("history_store", "was replaced by another file")
        if head != _SQLITE_MAGIC:
            return "corrupt", translate(
                "history_store", "was overwritten with something that is not a history database")
        now_s = self._clock.monotonic()
        if self._quick_checked_s is None or now_s - self._quick_checked_s >= QUICK_CHECK_INTERVAL_S:
            self._quick_checked_s = now_s
            try:
                verdict = conn.execute("PRAGMA quick_check").fetchone()
            except sqlite3.DatabaseError as exc:
                verdict = (str(exc),)
            if verdict is None or verdict[0] != "ok":
                return "corrupt", translate("history_store", "was damaged (quick check: {result})"
                                            ).format(result=verdict[0] if verdict else None)
        return None

    def _start_over_from(self, conn: sqlite3.Connection, kind: str, what: str) -> None:
        """Keep what `conn` still reads, set the file at our path aside, start a new one."""
        minutes, events, how_much = self._salvage(conn)
        self._pending_minutes = merge_minutes(
            {m.minute_utc: m for m in minutes}, self._pending_minutes.values()
        )
        self._pending_events = [*events, *self._pending_events]
        if not _skip_checkpoint_on_close(conn, self._path):
            _log.warning("closing the lost history file may update it one last time")
        self._close_connection()
        aside = self._aside_path(kind)
        # Our -wal and -shm belong to the file we held: beside a file that replaced it they
        # would be read as its own.
        ours = aside if kind == "corrupt" else self._aside_path("deleted")
        moves = [(self._path, aside)] if kind != "deleted" else []
        moves += [(self._companion(s), self._companion(s, ours)) for s in _COMPANION_SUFFIXES]
        is_kept = False
        for source, target in moves:
            try:
                os.replace(source, target)
            except FileNotFoundError:
                continue
            except OSError as exc:
                _log.error("could not move %s aside: %s", source, exc)
                continue
            is_kept = is_kept or source == self._path
        kept = (translate("history_store", " It was moved aside to {file}.").format(
            file=aside.name) if is_kept else "")
        notice = translate(
            "history_store",
            "The history file {what} while the app was running.{kept} A new history file was"
            " started with {how_much}.",
        ).format(what=what, kept=kept,
                 how_much=translate("history_store", how_much))
        _log.error("%s (in %s)", notice, self._path.parent)
        self._notices.append(notice)
        self._identity = None
        self._has_checked_integrity = False

    def _salvage(
        self, conn: sqlite3.Connection
    ) -> tuple[list[MinuteAggregate], list[CoachEvent], str]:
        """What the open connection still reads: everything if it can, else today's rows."""
        today = local_datetime(self._clock.now(), self._tz).date().isoformat()
        for where, how_much in (("", QT_TRANSLATE_NOOP("history_store",
                                                       "all the history it still held")),
                                (" WHERE local_date = :day",
                                 QT_TRANSLATE_NOOP("history_store", "today's history"))):
            try:
                minute_rows = conn.execute(
                    "SELECT minute_utc, utc_offset_min, monitored_s, upright_s, rounded_s,"
                    f" away_s, score_sum, score_count FROM minutes{where}", {"day": today}
                ).fetchall()
                event_rows = conn.execute(
                    "SELECT at_utc_us, utc_offset_min, kind, sitting_s, stretches, detail"
                    f" FROM events{where} ORDER BY at_utc_us, id", {"day": today}
                ).fetchall()
            except (sqlite3.Error, OSError, ValueError):
                continue
            events = [e for row in event_rows if (e := _event_from_row(row)) is not None]
            return [_minute_from_row(row) for row in minute_rows], events, how_much
        return [], [], QT_TRANSLATE_NOOP("history_store", "only what had not been saved yet")

    # --- rows held over to the next start ---------------------------------------------------

    def _held_rows_glob(self) -> str:
        return f"{self._path.name}.held-*.json"

    def _hold_rows_for_next_start(self) -> bool:
        """Write pending rows where they can be written, for the next start. True if done."""
        payload = json.dumps({
            "history": str(self._path.absolute()),
            "minutes": [_minute_row(m) for m in self._pending_minutes.values()],
            "events": [_event_row(e) for e in self._pending_events],
        })
        stamp = local_datetime(self._clock.now(), self._tz).strftime("%Y%m%dT%H%M%S")
        for folder in self._held_rows_dirs:
            try:
                folder.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
                fd, tmp_name = tempfile.mkstemp(prefix=".held-", dir=folder)  # mode 0600
                try:
                    with os.fdopen(fd, "w", encoding="utf-8") as tmp:
                        tmp.write(payload)
                        tmp.flush()
                        os.fsync(tmp.fileno())
                    held = folder / f"{self._path.name}.held-{stamp}-{os.getpid()}.json"
                    os.replace(tmp_name, held)
                except BaseException:
                    with suppress(OSError):
                        os.unlink(tmp_name)
                    raise
            except OSError as exc:
                _log.warning("could not keep unsaved history in %s: %s", folder, exc)
                continue
            # The rows taken back at start are in the new file too.
            self._forget_held_files(keep=held)
            _log.warning("%d unsaved history rows kept in %s until the next start (%s)",
                         len(self._pending_minutes) + len(self._pending_events), held,
                         self._problem)
            return True
        return False

    def _take_back_held_rows(self) -> None:
        """Merge rows an earlier run could not write, then try to write them."""
        mine = str(self._path.absolute())
        count = 0
        for folder in self._held_rows_dirs:
            for held in sorted(folder.glob(self._held_rows_glob())):
                try:
                    data = json.loads(held.read_text(encoding="utf-8"))
                    if data.get("history") != mine:
                        continue  # another data folder's
                    minutes = [_minute_from_row(row) for row in data["minutes"]]
                    events = [e for row in data["events"] if (e := _event_from_row(row))]
                except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                    _log.warning("could not read held history rows in %s: %s", held, exc)
                    continue
                self._pending_minutes = merge_minutes(self._pending_minutes, minutes)
                self._pending_events.extend(events)
                self._held_files.append(held)
                count += len(minutes) + len(events)
        if count:
            _log.info("merging %d history rows held since the last run", count)
            self._flush()

    def _forget_held_files(self, keep: Path | None = None) -> None:
        for held in self._held_files:
            if held != keep:
                with suppress(OSError):
                    held.unlink()
        self._held_files = [keep] if keep is not None else []


def _skip_checkpoint_on_close(conn: sqlite3.Connection, path: Path) -> bool:
    """Make closing `conn` leave its WAL alone instead of folding it into the database file.

    WORKAROUND: Python 3.11's sqlite3 has no Connection.setconfig (3.12 adds it), so on CPython
    3.11 the sqlite3* handle is read from the connection object (its first field) and checked
    against the file name before SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE is set through the C API.
    https://www.sqlite.org/c3ref/c_dbconfig_defensive.html#sqlitedbconfignockptonclose
    """
    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:
        setconfig(_SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
        return True
    extension = getattr(sys.modules.get("_sqlite3"), "__file__", None)
    if (sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11)
            or hasattr(sys, "gettotalrefcount") or extension is None):
        return False
    try:
        lib = ctypes.CDLL(extension)  # its symbols include the libsqlite3 it uses
    except OSError:
        return False
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    lib.sqlite3_db_filename.restype = ctypes.c_char_p
    lib.sqlite3_db_filename.argtypes = (ctypes.c_void_p, ctypes.c_char_p)
    name = lib.sqlite3_db_filename(handle, b"main") if handle else None
    if name is None or os.path.basename(os.fsdecode(name)) != path.name:
        return False
    lib.sqlite3_db_config.argtypes = (
        ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_int))
    is_set = ctypes.c_int(0)
    lib.sqlite3_db_config(handle, _SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, ctypes.byref(is_set))
    return is_set.value == 1


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        # SQLite may have rolled back already (e.g. after SQLITE_FULL); the original error wins.
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _refuse_files_not_ours(conn: sqlite3.Connection) -> None:
    """Refuse a file this version must not change, before anything is written to it.

    Our migrations set the version in the transaction that creates our tables, so a version 0
    file with tables was never ours: writing our tables into it would change another
    program's data, and setting it aside would take the file from that program.

    Raises:
        _NewerSchemaError: A newer version of the app wrote it.
        _ForeignDatabaseError: Another program's database (version 0, with tables).
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise _NewerSchemaError(f"schema version {version} is newer than {SCHEMA_VERSION}")
    if version != 0:
        return
    tables = [str(row[0]) for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    if tables:
        raise _ForeignDatabaseError(tables)


def _migrate(conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with _transaction(conn):
            for statement in MIGRATIONS[target - 1]:
                conn.execute(statement)
            # PRAGMA takes no parameters; `target` is our own integer.
            conn.execute(f"PRAGMA user_version = {target:d}")
        _log.info("history database migrated to version %d", target)


def _minute_from_row(row: tuple[Any, ...]) -> MinuteAggregate:
    return MinuteAggregate(
        minute_utc=int(row[0]),
        utc_offset_min=int(row[1]),
        monitored_s=float(row[2]),
        upright_s=float(row[3]),
        rounded_s=float(row[4]),
        away_s=float(row[5]),
        score_sum=float(row[6]),
        score_count=int(row[7]),
    )


def _minute_row(minute: MinuteAggregate) -> list[Any]:
    """The inverse of _minute_from_row."""
    return [minute.minute_utc, minute.utc_offset_min, minute.monitored_s, minute.upright_s,
            minute.rounded_s, minute.away_s, minute.score_sum, minute.score_count]


def _event_row(event: CoachEvent) -> list[Any]:
    """The inverse of _event_from_row."""
    params = _event_params(event)
    return [params[key] for key in ("at_utc_us", "utc_offset_min", "kind", "sitting_s",
                                    "stretches", "detail")]


def _minute_params(minute: MinuteAggregate) -> dict[str, Any]:
    return {
        "minute_utc": minute.minute_utc,
        "utc_offset_min": minute.utc_offset_min,
        "local_date": minute.local_date.isoformat(),
        "monitored_s": minute.monitored_s,
        "upright_s": minute.upright_s,
        "rounded_s": minute.rounded_s,
        "away_s": minute.away_s,
        "score_sum": minute.score_sum,
        "score_count": minute.score_count,
    }


def _event_params(event: CoachEvent) -> dict[str, Any]:
    return {
        "at_utc_us": _event_at_micros(event.at),
        "utc_offset_min": offset_minutes(event.at),
        "local_date": event.at.date().isoformat(),
        "kind": event.kind.value,
        "sitting_s": event.sitting_s,
        "stretches": json.dumps(list(event.stretches)),
        "detail": event.detail,
    }


def _event_from_row(row: tuple[Any, ...]) -> CoachEvent | None:
    try:
        zone = timezone(timedelta(minutes=int(row[1])))
        stretches = json.loads(row[4])
        return CoachEvent(
            kind=EventKind(row[2]),
            at=(_EPOCH + timedelta(microseconds=int(row[0]))).astimezone(zone),
            sitting_s=float(row[3]),
            stretches=tuple(str(s) for s in stretches) if isinstance(stretches, list) else (),
            detail=str(row[5]),
        )
    except (ValueError, TypeError, OverflowError):
        # A kind from a newer version, or a hand-edited row: skip it rather than fail the day.
        _log.warning("skipping unreadable history event %r", row)
        return None
