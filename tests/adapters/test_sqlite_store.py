"""SqliteSummaryRepository on real SQLite files: format, migrations, privacy and failures."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from postureapp.adapters.sqlite_store import (
    HISTORY_FILE_NAME,
    QUICK_CHECK_INTERVAL_S,
    RETRY_INTERVAL_S,
    SCHEMA_VERSION,
    SqliteSummaryRepository,
)
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.ports import StoreStatus, SummaryRepository
from postureapp.core.samples import PostureSample, PostureState
from tests.fakes import FakeClock
from tests.small_disk import fill_disk, remount

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 23)

# The v1 schema exactly as version 1 of the app created it. Kept literal on purpose: if a later
# edit of MIGRATIONS[0] would no longer match files already on users' disks, this test notices.
V1_SQL = (
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
    "PRAGMA user_version = 1",
)


def at(hh: int, mm: int = 0, day: date = DAY, tz: Any = BERLIN) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)


def samples(
    start: datetime, minutes: int, state: PostureState = PostureState.UPRIGHT
) -> list[PostureSample]:
    t = start.astimezone(UTC)
    return [
        PostureSample(t + timedelta(seconds=10 * i), state, 75.0, 10.0) for i in range(minutes * 6)
    ]


def event(kind: EventKind, when: datetime, *stretches: str, detail: str = "") -> CoachEvent:
    return CoachEvent(kind=kind, at=when, sitting_s=1800.0, stretches=stretches, detail=detail)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / HISTORY_FILE_NAME


@pytest.fixture
def repo(db_path: Path, clock: FakeClock) -> Iterator[SqliteSummaryRepository]:
    repository = SqliteSummaryRepository(db_path, tz=BERLIN, clock=clock)
    yield repository
    repository.close()


def open_repo(path: Path, clock: FakeClock, **kwargs: Any) -> SqliteSummaryRepository:
    return SqliteSummaryRepository(path, tz=kwargs.pop("tz", BERLIN), clock=clock, **kwargs)


def raw_query(path: Path, sql: str) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def make_flaky_connection() -> type[Any]:
    """A sqlite3.Connection class whose writes fail with `failure` while it is set."""

    class FlakyConnection(sqlite3.Connection):
        failure: str | None = None
        failing_prefix: tuple[str, ...] = ("BEGIN", "INSERT", "DELETE", "UPDATE")

        def _check(self, sql: str) -> None:
            if self.failure and sql.lstrip().upper().startswith(self.failing_prefix):
                raise sqlite3.OperationalError(self.failure)

        def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
            self._check(sql)
            return super().execute(sql, parameters)

        def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
            self._check(sql)
            return super().executemany(sql, parameters)

    return FlakyConnection


def test_satisfies_the_port(repo: SqliteSummaryRepository) -> None:
    port: SummaryRepository = repo
    assert port.status == StoreStatus()


# --- format --------------------------------------------------------------------------------


def test_minutes_written_twice_are_merged_not_duplicated(db_path: Path, clock: FakeClock) -> None:
    first_half = [s for s in samples(at(9), 1) if s.at.second < 30]
    second_half = [s for s in samples(at(9), 1) if s.at.second >= 30]
    with open_repo(db_path, clock) as repo:
        repo.record_samples(first_half)
    with open_repo(db_path, clock) as repo:
        repo.record_samples(second_half)
        (minute,) = repo.minutes_for_day(DAY)

    assert minute.monitored_s == 60.0
    assert minute.score_count == 6
    assert raw_query(db_path, "SELECT COUNT(*) FROM minutes") == [(1,)]


def test_rows_store_utc_minute_offset_and_local_date(
    repo: SqliteSummaryRepository, db_path: Path
) -> None:
    repo.record_samples(samples(at(23, 30), 1))  # 22:30 UTC
    repo.flush()

    rows = raw_query(db_path, "SELECT minute_utc, utc_offset_min, local_date FROM minutes")

    expected_minute = int(datetime(2026, 11, 23, 22, 30, tzinfo=UTC).timestamp()) // 60
    assert rows == [(expected_minute, 60, "2026-11-23")]


def test_events_come_back_in_the_wall_time_they_were_recorded_in(
    repo: SqliteSummaryRepository,
) -> None:
    when = at(10, 5).astimezone(UTC)  # recorded from a UTC clock, stored as Berlin time
    repo.record_event(event(EventKind.BREAK_TAKEN, when, "cat-cow", "walk", detail="done"))

    (stored,) = repo.events_for_day(DAY)

    assert stored.at == when
    assert (stored.at.hour, stored.at.minute, stored.at.utcoffset()) == (10, 5, timedelta(hours=1))
    assert stored.stretches == ("cat-cow", "walk")
    assert (stored.kind, stored.sitting_s, stored.detail) == (EventKind.BREAK_TAKEN, 1800.0, "done")


def test_history_stays_on_the_day_it_was_lived_after_moving_timezone(
    db_path: Path, clock: FakeClock
) -> None:
    late_evening = at(23, 30)  # 17:30 in New York, same day; but 00:30 next day in Tokyo
    with open_repo(db_path, clock) as repo:
        repo.record_samples(samples(late_evening, 10))
        repo.record_event(event(EventKind.BREAK_DUE, late_evening))

    with open_repo(db_path, clock, tz=ZoneInfo("Asia/Tokyo")) as moved:
        assert len(moved.minutes_for_day(DAY)) == 10
        assert len(moved.events_for_day(DAY)) == 1
        assert moved.days_with_data() == [DAY]
        moved.record_samples(samples(late_evening + timedelta(minutes=30), 1))
        assert moved.days_with_data() == [DAY, DAY + timedelta(days=1)]


def test_a_25_hour_day_keeps_every_minute(repo: SqliteSummaryRepository) -> None:
    fall_back = date(2026, 10, 25)
    repo.record_samples(samples(at(0, day=fall_back), 25 * 60))

    minutes = repo.minutes_for_day(fall_back)

    assert len(minutes) == 25 * 60
    assert repo.days_with_data() == [fall_back]


def test_unknown_event_kinds_from_a_newer_version_are_skipped(
    repo: SqliteSummaryRepository, db_path: Path
) -> None:
    repo.record_event(event(EventKind.BREAK_DUE, at(9)))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO events (at_utc_us, utc_offset_min, local_date, kind)"
            " VALUES (0, 60, '2026-11-23', 'levitated')"
        )
    conn.close()

    assert [e.kind for e in repo.events_for_day(DAY)] == [EventKind.BREAK_DUE]


def test_database_is_in_wal_mode(repo: SqliteSummaryRepository, db_path: Path) -> None:
    assert raw_query(db_path, "PRAGMA journal_mode") == [("wal",)]


# --- migrations ----------------------------------------------------------------------------


def test_new_file_gets_the_current_schema(repo: SqliteSummaryRepository, db_path: Path) -> None:
    assert raw_query(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert SCHEMA_VERSION == 2


def test_v1_file_is_migrated_and_keeps_its_history(db_path: Path, clock: FakeClock) -> None:
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    for statement in V1_SQL:
        conn.execute(statement)
    minute_utc = int(at(9).timestamp()) // 60
    conn.execute(
        "INSERT INTO minutes VALUES (:m, 60, '2026-11-23', 60, 45, 15, 0, 160, 2)",
        {"m": minute_utc},
    )
    conn.execute(
        "INSERT INTO events (at_utc_us, utc_offset_min, local_date, kind, stretches)"
        " VALUES (:us, 60, '2026-11-23', 'break_taken', '[\"walk\"]')",
        {"us": int(at(9, 30).timestamp()) * 1_000_000},
    )
    conn.commit()
    conn.close()

    with open_repo(db_path, clock) as repo:
        (minute,) = repo.minutes_for_day(DAY)
        (old_event,) = repo.events_for_day(DAY)
        repo.record_samples(samples(at(9), 1))
        (merged,) = repo.minutes_for_day(DAY)

    assert raw_query(db_path, "PRAGMA user_version") == [(2,)]
    indexes = raw_query(db_path, "SELECT name FROM sqlite_master WHERE type = 'index'")
    assert ("events_by_local_date",) in indexes
    assert (minute.upright_s, minute.rounded_s, minute.mean_score) == (45.0, 15.0, 80.0)
    assert (old_event.kind, old_event.stretches) == (EventKind.BREAK_TAKEN, ("walk",))
    assert merged.score_count == 2 + 6
    assert merged.monitored_s == 60.0


def _newer_versions_history(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA user_version = 99")


def _another_programs_database(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")


@pytest.mark.parametrize(("make", "said"), [
    (_newer_versions_history, "newer version"),
    (_another_programs_database, "belongs to another program (it holds bookmarks)"),
])
def test_a_file_this_version_must_not_change_is_left_alone(
    db_path: Path, clock: FakeClock, make: Callable[[sqlite3.Connection], None], said: str
) -> None:
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    make(conn)
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    with open_repo(db_path, clock) as repo:
        repo.record_samples(samples(at(9), 2))
        status = repo.status
        kept_in_memory = repo.minutes_for_day(DAY)

    assert not status.is_persistent
    assert said in status.message
    assert status.pending_writes == 2
    assert len(kept_in_memory) == 2
    assert db_path.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in db_path.parent.iterdir()) == [HISTORY_FILE_NAME]


# --- privacy -------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_private_to_the_user(repo: SqliteSummaryRepository, db_path: Path) -> None:
    repo.record_samples(samples(at(9), 1))

    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    assert wal.exists() and shm.exists()
    assert {_mode(p) for p in (db_path, wal, shm)} == {0o600}
    assert _mode(db_path.parent) == 0o700


def test_existing_file_readable_by_others_is_made_private(db_path: Path, clock: FakeClock) -> None:
    db_path.parent.mkdir()
    db_path.touch()
    os.chmod(db_path, 0o644)

    with open_repo(db_path, clock):
        assert _mode(db_path) == 0o600


def test_delete_all_forgets_everything_including_damaged_copies(
    db_path: Path, clock: FakeClock
) -> None:
    db_path.parent.mkdir()
    aside = db_path.with_name(db_path.name + ".corrupt-20260101T000000")
    aside.write_bytes(b"old history")
    with open_repo(db_path, clock) as repo:
        repo.record_samples(samples(at(9), 30))
        repo.record_event(event(EventKind.PAUSED, at(9, 31), detail="secret-marker-8472"))

        assert repo.delete_all() is True
        assert repo.days_with_data() == []
        assert repo.minutes_for_day(DAY) == []
        # While still open, as a crash would leave it: no trace in the file, WAL or free pages.
        leftovers = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.is_file())

    assert not aside.exists()
    assert b"secret-marker-8472" not in leftovers


def test_retention_deletes_days_older_than_the_limit(repo: SqliteSummaryRepository) -> None:
    for days_ago in range(0, 20):
        day = DAY - timedelta(days=days_ago)
        repo.record_samples(samples(at(9, day=day), 2))
        repo.record_event(event(EventKind.BREAK_DUE, at(10, day=day)))

    deleted = repo.apply_retention(7, today=DAY)

    assert deleted == 12 * 3  # 12 days x (2 minutes + 1 event)
    assert repo.days_with_data() == [DAY - timedelta(days=n) for n in range(7, -1, -1)]


def test_retention_defaults_to_the_clocks_local_today(
    repo: SqliteSummaryRepository, clock: FakeClock
) -> None:
    repo.record_samples(samples(at(9, day=DAY - timedelta(days=8)), 1))
    repo.record_samples(samples(at(9, day=DAY - timedelta(days=7)), 1))

    assert repo.apply_retention(7) == 1
    assert repo.days_with_data() == [DAY - timedelta(days=7)]


def test_retention_must_keep_a_day(repo: SqliteSummaryRepository) -> None:
    with pytest.raises(ValueError, match="at least 1 day"):
        repo.apply_retention(0)


# --- damaged files -------------------------------------------------------------------------


def test_garbage_file_is_moved_aside_and_a_fresh_history_started(
    db_path: Path, clock: FakeClock
) -> None:
    db_path.parent.mkdir()
    garbage = b"this is not a database, it is a shopping list\n" * 200
    db_path.write_bytes(garbage)

    with open_repo(db_path, clock) as repo:
        repo.record_samples(samples(at(9), 3))
        status = repo.status
        minutes = repo.minutes_for_day(DAY)

    aside = db_path.with_name(f"{HISTORY_FILE_NAME}.corrupt-20261123T100000")
    assert aside.read_bytes() == garbage
    assert status.is_persistent and status.pending_writes == 0
    assert len(status.notices) == 1 and aside.name in status.notices[0]
    assert len(minutes) == 3
    assert raw_query(db_path, "SELECT COUNT(*) FROM minutes") == [(3,)]


def test_malformed_database_is_moved_aside(db_path: Path, clock: FakeClock) -> None:
    with open_repo(db_path, clock) as repo:
        repo.record_samples(samples(at(0), 12 * 60))
    with db_path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096)

    with open_repo(db_path, clock) as repo:
        status = repo.status
        fresh_minutes = repo.minutes_for_day(DAY)

    assert len(status.notices) == 1
    assert "moved aside" in status.notices[0]
    assert fresh_minutes == []
    assert len(list(db_path.parent.glob(f"{HISTORY_FILE_NAME}.corrupt-*"))) == 1


def test_second_damaged_file_in_the_same_second_gets_its_own_name(
    db_path: Path, clock: FakeClock
) -> None:
    db_path.parent.mkdir()
    for _ in range(2):
        db_path.write_bytes(b"garbage" * 1000)
        open_repo(db_path, clock).close()

    names = sorted(p.name for p in db_path.parent.glob("*.corrupt-*"))
    assert names == [
        f"{HISTORY_FILE_NAME}.corrupt-20261123T100000",
        f"{HISTORY_FILE_NAME}.corrupt-20261123T100000-1",
    ]


# --- disk full, read-only, unwritable ------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        ("database or disk is full", "disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("database is locked", "in use by another program"),
    ],
)
def test_failed_writes_are_kept_in_memory_and_saved_later(
    db_path: Path, clock: FakeClock, failure: str, said: str
) -> None:
    flaky = make_flaky_connection()
    repo = open_repo(db_path, clock, connection_factory=flaky)
    flaky.failure = failure

    repo.record_samples(samples(at(9), 10))  # must not raise
    repo.record_event(event(EventKind.BREAK_DUE, at(9, 10)))
    failing = repo.status
    visible_while_failing = (len(repo.minutes_for_day(DAY)), len(repo.events_for_day(DAY)))

    flaky.failure = None
    clock.advance(RETRY_INTERVAL_S - 1)
    repo.record_event(event(EventKind.BREAK_TAKEN, at(9, 12)))
    still_waiting = repo.status.pending_writes
    clock.advance(1)
    repo.record_event(event(EventKind.NATURAL_BREAK, at(9, 13)))
    recovered = repo.status
    repo.close()

    assert not failing.is_persistent
    assert said in failing.message
    assert failing.pending_writes == 11
    assert visible_while_failing == (10, 1)
    assert still_waiting == 12  # not retried before RETRY_INTERVAL_S
    assert recovered == StoreStatus()
    with open_repo(db_path, clock) as reopened:
        assert len(reopened.minutes_for_day(DAY)) == 10
        assert len(reopened.events_for_day(DAY)) == 3


def test_a_write_failing_halfway_is_rolled_back_and_not_counted_twice(
    db_path: Path, clock: FakeClock
) -> None:
    flaky = make_flaky_connection()
    repo = open_repo(db_path, clock, connection_factory=flaky)
    flaky.failure = "database or disk is full"
    flaky.failing_prefix = ("INSERT INTO EVENTS",)  # minutes get written, then events fail

    repo.record_event(event(EventKind.BREAK_DUE, at(9)))
    repo.record_samples(samples(at(9), 1))
    assert repo.flush() is False  # the minute was upserted inside the failed transaction
    flaky.failure = None
    assert repo.flush() is True
    repo.close()

    assert raw_query(db_path, "SELECT monitored_s, score_count FROM minutes") == [(60.0, 6)]
    assert raw_query(db_path, "SELECT COUNT(*) FROM events") == [(1,)]


def test_unwritable_location_keeps_working_in_memory(tmp_path: Path, clock: FakeClock) -> None:
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("a file where the data directory should be")

    repo = open_repo(not_a_dir / HISTORY_FILE_NAME, clock)
    repo.record_samples(samples(at(9), 5))
    repo.record_event(event(EventKind.BREAK_DUE, at(9, 5)))

    assert not repo.status.is_persistent
    assert repo.status.message
    assert len(repo.minutes_for_day(DAY)) == 5
    assert repo.days_with_data() == [DAY]
    assert repo.delete_all() is False
    assert repo.minutes_for_day(DAY) == []
    repo.close()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores file permissions; the read-only cases are covered by FlakyConnection",
)
def test_read_only_directory_keeps_working_in_memory(tmp_path: Path, clock: FakeClock) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o500)
    try:
        repo = open_repo(data / HISTORY_FILE_NAME, clock)
        repo.record_samples(samples(at(9), 5))
        status = repo.status
        repo.close()
    finally:
        data.chmod(0o700)

    assert not status.is_persistent
    assert "read-only" in status.message
    assert status.pending_writes == 5


def test_events_keep_a_fixed_offset_even_from_a_naive_clock(
    repo: SqliteSummaryRepository,
) -> None:
    aware = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    repo.record_event(event(EventKind.CALIBRATED, aware.replace(tzinfo=None)))

    (stored,) = repo.events_for_day(DAY)

    assert stored.at == aware


# --- the file changes under the running app --------------------------------------------------


def _asides(db_path: Path, kind: str) -> list[Path]:
    return sorted(p for p in db_path.parent.glob(f"{HISTORY_FILE_NAME}.{kind}-*")
                  if not p.name.endswith(("-wal", "-shm")))


def _history_so_far(repo: SqliteSummaryRepository) -> None:
    """Two earlier days and this morning, all written to the file."""
    for day in (DAY - timedelta(days=2), DAY - timedelta(days=1), DAY):
        repo.record_samples(samples(at(9, day=day), 3))
        repo.record_event(event(EventKind.BREAK_TAKEN, at(9, 30, day=day), "walk"))
    assert repo.flush()


def _assert_everything_kept(db_path: Path, clock: FakeClock, *, added_since: int = 1) -> None:
    """The history so far, plus (by default) 2 minutes and an event recorded since."""
    with open_repo(db_path, clock) as reopened:
        days = reopened.days_with_data()
        assert days == [DAY - timedelta(days=2), DAY - timedelta(days=1), DAY]
        assert [len(reopened.minutes_for_day(d)) for d in days] == [3, 3, 3 + 2 * added_since]
        assert [len(reopened.events_for_day(d)) for d in days] == [1, 1, 1 + added_since]


def test_history_deleted_while_running_is_noticed_and_rewritten(
    db_path: Path, clock: FakeClock
) -> None:
    repo = open_repo(db_path, clock)
    _history_so_far(repo)
    db_path.unlink()  # as `rm history.sqlite3` would; the app still holds the old file open

    repo.record_samples(samples(at(10), 2))
    repo.record_event(event(EventKind.BREAK_DUE, at(10, 2)))
    status = repo.status
    repo.close()

    assert status.is_persistent and status.pending_writes == 0
    [notice] = status.notices
    assert "was deleted" in notice and "all the history it still held" in notice
    _assert_everything_kept(db_path, clock)


def test_history_replaced_with_garbage_is_set_aside_untouched(
    db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    repo = open_repo(db_path, clock)
    _history_so_far(repo)
    garbage = os.urandom(64 * 1024)
    replacement = tmp_path / "garbage"
    replacement.write_bytes(garbage)
    os.replace(replacement, db_path)  # as `mv` or a sync tool would

    repo.record_samples(samples(at(10), 2))
    repo.record_event(event(EventKind.BREAK_DUE, at(10, 2)))
    [notice] = repo.status.notices
    repo.close()

    [aside] = _asides(db_path, "replaced")
    assert "was replaced by another file" in notice and aside.name in notice
    assert aside.read_bytes() == garbage
    _assert_everything_kept(db_path, clock)


def test_history_overwritten_in_place_is_never_checkpointed_into(
    db_path: Path, clock: FakeClock
) -> None:
    repo = open_repo(db_path, clock)
    _history_so_far(repo)
    size = db_path.stat().st_size
    garbage = os.urandom(size)
    with db_path.open("r+b") as file:  # same file, new content: as `cp garbage history.sqlite3`
        file.write(garbage)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0  # committed rows not yet folded into the file

    repo.close()  # with nothing pending: closing alone would have folded the WAL into it

    [aside] = _asides(db_path, "corrupt")
    [notice] = repo.status.notices
    assert "not a history database" in notice and aside.name in notice
    assert aside.read_bytes() == garbage
    _assert_everything_kept(db_path, clock, added_since=0)


def test_history_replaced_with_another_database_keeps_both(
    db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    other_path = tmp_path / "other" / HISTORY_FILE_NAME
    with open_repo(other_path, clock) as other:
        other.record_samples(samples(at(9, day=DAY - timedelta(days=30)), 7))
    repo = open_repo(db_path, clock)
    _history_so_far(repo)
    os.replace(other_path, db_path)  # e.g. an old backup restored over it

    repo.record_samples(samples(at(10), 2))
    repo.record_event(event(EventKind.BREAK_DUE, at(10, 2)))
    [notice] = repo.status.notices
    repo.close()

    [aside] = _asides(db_path, "replaced")
    assert aside.name in notice
    assert raw_query(aside, "PRAGMA quick_check") == [("ok",)]
    assert raw_query(aside, "SELECT COUNT(*), MIN(local_date) FROM minutes") == [
        (7, (DAY - timedelta(days=30)).isoformat())]
    _assert_everything_kept(db_path, clock)


def test_damage_inside_the_file_is_found_by_the_periodic_quick_check(
    db_path: Path, clock: FakeClock
) -> None:
    repo = open_repo(db_path, clock)
    repo.record_samples(samples(at(0, day=DAY - timedelta(days=1)), 12 * 60))
    repo.record_samples(samples(at(9), 3))
    conn = sqlite3.connect(db_path)  # the CLI reading meanwhile folds the WAL into the file
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    with db_path.open("r+b") as file:  # the header stays valid; yesterday's first page does not
        file.seek(4096 * 5)
        file.write(b"\xde\xad\xbe\xef" * 1024)

    clock.advance(QUICK_CHECK_INTERVAL_S - 1)
    repo.record_samples(samples(at(10), 1))  # new rows do not touch the damaged pages
    before_the_check = repo.status.notices
    clock.advance(1)
    repo.record_samples(samples(at(11), 1))
    notices = repo.status.notices
    repo.close()

    assert before_the_check == ()
    [notice] = notices
    assert "was damaged (quick check" in notice and "today's history" in notice
    assert len(_asides(db_path, "corrupt")) == 1
    with open_repo(db_path, clock) as reopened:
        assert len(reopened.minutes_for_day(DAY)) == 3 + 1 + 1


# --- a real full or read-only disk -----------------------------------------------------------


def _held_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{HISTORY_FILE_NAME}.held-*.json")) if folder.exists() else []


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_rows_the_disk_refuses_at_quit_are_held_elsewhere_and_merged_at_the_next_start(
    small_disk: Path, tmp_path: Path, clock: FakeClock, fault: str
) -> None:
    db_path = small_disk / "data" / HISTORY_FILE_NAME
    (tmp_path / "home").write_text("a file where the state folder's parent should be")
    state_dir = tmp_path / "home" / "state"  # refused: the runtime folder is next in line
    runtime_dir = tmp_path / "runtime"
    held_dirs = (state_dir, runtime_dir)
    with open_repo(db_path, clock) as earlier_run:
        earlier_run.record_samples(samples(at(9), 3))
    if fault == "read-only":
        remount(small_disk, "ro")  # a disk remounts read-only after errors, before a start
    repo = open_repo(db_path, clock, held_rows_dirs=held_dirs)
    filler = fill_disk(small_disk) if fault == "full" else None

    repo.record_samples(samples(at(9, 3), 2))
    repo.record_event(event(EventKind.BREAK_DUE, at(9, 5)))
    failing = repo.status
    repo.close()

    assert not failing.is_persistent
    assert ("disk is full" if fault == "full" else "read-only") in failing.message
    assert _held_files(state_dir) == []
    [held] = _held_files(runtime_dir)
    assert stat.S_IMODE(held.stat().st_mode) == 0o600
    if filler is not None:
        filler.unlink()
    else:
        remount(small_disk, "rw")

    with open_repo(db_path, clock, held_rows_dirs=held_dirs) as reopened:
        assert reopened.status == StoreStatus()
        assert len(reopened.minutes_for_day(DAY)) == 5
        assert [e.kind for e in reopened.events_for_day(DAY)] == [EventKind.BREAK_DUE]
    assert _held_files(runtime_dir) == []
    assert raw_query(db_path, "SELECT COUNT(*) FROM minutes") == [(5,)]


def test_a_disk_already_full_at_the_start_is_called_full(
    small_disk: Path, clock: FakeClock
) -> None:
    db_path = small_disk / "data" / HISTORY_FILE_NAME
    with open_repo(db_path, clock) as earlier_run:
        earlier_run.record_samples(samples(at(9), 3))
    before = db_path.read_bytes()
    fill_disk(small_disk)  # SQLite cannot even size its -shm file: "disk I/O error"

    with open_repo(db_path, clock) as repo:
        repo.record_samples(samples(at(9, 3), 2))
        assert "disk is full" in repo.status.message
    assert db_path.read_bytes() == before


def test_held_rows_of_another_history_file_are_left_alone(
    db_path: Path, tmp_path: Path, clock: FakeClock
) -> None:
    held_dir = tmp_path / "state"
    flaky = make_flaky_connection()
    other = open_repo(tmp_path / "other" / HISTORY_FILE_NAME, clock,
                      connection_factory=flaky, held_rows_dirs=(held_dir,))
    flaky.failure = "database or disk is full"
    other.record_samples(samples(at(9), 2))
    other.close()
    [held] = _held_files(held_dir)

    with open_repo(db_path, clock, held_rows_dirs=(held_dir,)) as repo:
        assert repo.minutes_for_day(DAY) == []
    assert held.exists()
