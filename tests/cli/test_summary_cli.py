"""`postureapp summary` against a history seeded with a realistic working week."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME, SqliteSummaryRepository
from postureapp.cli.summary import run_summary
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.samples import PostureSample, PostureState
from tests.fakes import FakeClock
from tests.small_disk import remount

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 22)  # a Sunday; the week is Mon 16th - Sun 22nd
MONDAY = date(2026, 11, 16)
REQUIRED_KEYS = {
    "date",
    "monitored_min",
    "upright_share",
    "rounded_min",
    "away_min",
    "nudges",
    "breaks_due",
    "breaks_taken",
    "breaks_snoozed",
    "breaks_skipped",
    "natural_breaks",
    "stretches_done",
    "longest_sitting_min",
    "stretches_confirmed",
}


def _local(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=BERLIN)


def _block(start: datetime, minutes: int, state: PostureState) -> list[PostureSample]:
    t = start.astimezone(UTC)
    score = {PostureState.UPRIGHT: 85.0, PostureState.ROUNDED: 40.0}.get(state)
    return [
        PostureSample(t + timedelta(seconds=30 * i), state, score, 30.0) for i in range(2 * minutes)
    ]


def _workday(repo: SqliteSummaryRepository, day: date, rounded_min: int) -> None:
    """09:00-12:00 and 13:00-16:30 at the desk, lunch away, breaks every 30 minutes."""
    samples = [
        *_block(_local(day, 9), 180 - rounded_min, PostureState.UPRIGHT),
        *_block(
            _local(day, 12) - timedelta(minutes=rounded_min), rounded_min, PostureState.ROUNDED
        ),
        *_block(_local(day, 12), 60, PostureState.AWAY),
        *_block(_local(day, 13), 210, PostureState.UPRIGHT),
    ]
    repo.record_samples(samples)
    events = [
        CoachEvent(EventKind.BREAK_DUE, _local(day, 9, 30)),
        CoachEvent(EventKind.BREAK_STARTED, _local(day, 9, 30), stretches=("cat-cow", "walk")),
        # The camera saw the cat-cows on Mondays; the walk was counted by the timer.
        *([CoachEvent(EventKind.STRETCH_CONFIRMED, _local(day, 9, 31), stretches=("cat-cow",),
                      detail="confirmed: Seen: 10 of 10 repetitions.")]
          if day == MONDAY else []),
        CoachEvent(EventKind.STRETCH_NOT_CONFIRMED, _local(day, 9, 33), stretches=("walk",),
                   detail="not_judged: Not judged by the camera."),
        CoachEvent(EventKind.BREAK_TAKEN, _local(day, 9, 33), stretches=("cat-cow", "walk")),
        CoachEvent(EventKind.BREAK_DUE, _local(day, 10, 30)),
        CoachEvent(EventKind.BREAK_SNOOZED, _local(day, 10, 30)),
        CoachEvent(EventKind.NUDGE_SHOWN, _local(day, 11, 50)),
        CoachEvent(EventKind.NATURAL_BREAK, _local(day, 12, 10)),
        CoachEvent(EventKind.BREAK_DUE, _local(day, 14)),
        CoachEvent(EventKind.BREAK_SKIPPED, _local(day, 14)),
    ]
    for event in events:
        repo.record_event(event)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    clock = FakeClock(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))
    with SqliteSummaryRepository(directory / HISTORY_FILE_NAME, tz=BERLIN, clock=clock) as repo:
        for offset in range(5):
            _workday(repo, MONDAY + timedelta(days=offset), rounded_min=15 * (offset + 1))
        assert repo.status.is_persistent
    return directory


def run(argv: list[str], data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_summary(argv, data_dir, today=TODAY, tz=BERLIN, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_json_for_the_week_has_one_object_per_day(data_dir: Path) -> None:
    code, out, _ = run(["--days", "7", "--format", "json"], data_dir)

    days = json.loads(out)
    assert code == 0
    assert [d["date"] for d in days] == [(MONDAY + timedelta(days=i)).isoformat() for i in range(7)]
    assert all(d.keys() >= REQUIRED_KEYS for d in days)
    monday, friday, sunday = days[0], days[4], days[6]
    assert monday["monitored_min"] == 450.0
    assert monday["away_min"] == 60.0
    assert monday["rounded_min"] == 15.0
    assert monday["upright_share"] == round(375 / 390, 3)
    assert friday["rounded_min"] == 75.0
    assert (monday["breaks_due"], monday["breaks_taken"]) == (3, 1)
    assert (monday["breaks_snoozed"], monday["breaks_skipped"]) == (1, 1)
    assert (monday["natural_breaks"], monday["nudges"], monday["stretches_done"]) == (1, 1, 2)
    assert [d["stretches_confirmed"] for d in days] == [1, 0, 0, 0, 0, 0, 0]
    assert monday["longest_sitting_min"] == 210  # the afternoon; the morning broke at 09:33
    assert sunday["monitored_min"] == 0.0 and sunday["upright_share"] is None


def test_single_date_as_json(data_dir: Path) -> None:
    code, out, _ = run(["--date", "2026-11-18", "--format", "json"], data_dir)

    (day,) = json.loads(out)
    assert code == 0
    assert day["date"] == "2026-11-18"
    assert day["rounded_min"] == 45.0


def test_csv_reads_back_with_a_header(data_dir: Path) -> None:
    code, out, _ = run(["--days", "3", "--format", "csv"], data_dir)

    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [r["date"] for r in rows] == ["2026-11-20", "2026-11-21", "2026-11-22"]
    assert float(rows[0]["monitored_min"]) == 450.0
    assert rows[0]["stretches"] == "cat-cow=1;walk=1"
    assert rows[2]["upright_share"] == ""


def test_text_is_a_table_with_a_line_per_day(data_dir: Path) -> None:
    code, out, _ = run(["--days", "7"], data_dir)

    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:3] == ["Date", "Monitored", "Upright"]
    assert set(lines[1]) <= {"-", " "}
    assert len(lines) == 2 + 7
    assert lines[2].startswith("2026-11-16")
    assert "7 h 30 min" in lines[2]
    assert "96%" in lines[2]  # 375 of 390 judged minutes upright
    assert "1/3" in lines[2]
    assert "2 (1 confirmed)" in lines[2]  # stretches done, and those the camera saw
    assert "2 (" not in lines[3]  # Tuesday: none confirmed


def test_default_is_today(data_dir: Path) -> None:
    code, out, _ = run(["--format", "json"], data_dir)

    assert code == 0
    assert [d["date"] for d in json.loads(out)] == [TODAY.isoformat()]


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "yesterday", "20261118", ""])
def test_bad_date_exits_2_with_a_clear_message(data_dir: Path, bad: str) -> None:
    code, out, err = run(["--date", bad], data_dir)

    assert code == 2
    assert out == ""
    assert "not a valid date" in err
    assert "YYYY-MM-DD" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--days", "0"],
        ["--days", "many"],
        ["--date", "2026-11-18", "--days", "3"],
        ["--format", "xml"],
    ],
)
def test_other_bad_arguments_exit_2(data_dir: Path, argv: list[str]) -> None:
    code, out, err = run(argv, data_dir)

    assert code == 2
    assert out == ""
    assert "error" in err


def test_missing_history_prints_empty_days_without_creating_a_file(tmp_path: Path) -> None:
    code, out, err = run(["--days", "2", "--format", "json"], tmp_path / "nothing-here")

    assert code == 0
    assert [d["monitored_min"] for d in json.loads(out)] == [0.0, 0.0]
    assert "No posture history yet" in err
    assert not (tmp_path / "nothing-here").exists()


def test_a_damaged_history_is_reported_and_left_alone(tmp_path: Path) -> None:
    damaged = tmp_path / HISTORY_FILE_NAME
    damaged.write_bytes(b"\x00garbage" * 512)
    before = damaged.read_bytes()
    out, err = io.StringIO(), io.StringIO()
    assert run_summary(["--format", "json"], tmp_path, out=out, err=err) == 1
    assert "damaged" in err.getvalue() and "Nothing was changed" in err.getvalue()
    assert damaged.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [HISTORY_FILE_NAME]


@pytest.mark.parametrize(("make", "why"), [
    (os.mkfifo, "a FIFO"),  # SQLite waited for a writer: the command never returned
    (lambda path: path.mkdir(), "a folder"),
])
def test_a_history_that_is_not_a_file_is_named_and_not_called_damaged(
    tmp_path: Path, make: Callable[[Path], object], why: str
) -> None:
    make(tmp_path / HISTORY_FILE_NAME)
    out, err = io.StringIO(), io.StringIO()
    assert run_summary([], tmp_path, out=out, err=err) == 1
    assert f"cannot be read (not a regular file ({why}))" in err.getvalue()
    assert "damaged" not in err.getvalue()
    assert sorted(p.name for p in tmp_path.iterdir()) == [HISTORY_FILE_NAME]


def test_a_history_on_a_read_only_disk_is_not_called_damaged(small_disk: Path) -> None:
    data_dir = small_disk / "data"
    with SqliteSummaryRepository(data_dir / HISTORY_FILE_NAME) as repository:
        repository.record_samples(_block(_local(TODAY, 9), 5, PostureState.UPRIGHT))
    before = (data_dir / HISTORY_FILE_NAME).read_bytes()
    remount(small_disk, "ro")  # SQLite cannot make the WAL's -shm file: "unable to open"
    try:
        out, err = io.StringIO(), io.StringIO()
        assert run_summary([], data_dir, out=out, err=err) == 1
    finally:
        remount(small_disk, "rw")
    assert "cannot be read (" in err.getvalue() and "Nothing was changed" in err.getvalue()
    assert "damaged" not in err.getvalue() and "set it aside" not in err.getvalue()
    assert (data_dir / HISTORY_FILE_NAME).read_bytes() == before
