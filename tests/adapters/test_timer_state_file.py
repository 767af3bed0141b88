"""The timer's state file on real files: round trip, private modes, and damaged or hostile files
that must give a log line and a fresh start, never a crash or a hang."""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postureapp.adapters.timer_state_file import MAX_FILE_BYTES, JsonTimerStateFile
from postureapp.core.sitting_timer import TimerSnapshot

SNAPSHOT = TimerSnapshot(
    saved_at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC), phase="snoozed", sitting_s=1900.5,
    snoozes_used=1, snooze_until_sitting_s=2100.0, is_paused=True, pause_remaining_s=600.0,
)


@pytest.fixture
def state_file(tmp_path: Path) -> JsonTimerStateFile:
    return JsonTimerStateFile(tmp_path / "state" / "postureapp" / "sitting-timer.json")


def _refused(store: JsonTimerStateFile, caplog: pytest.LogCaptureFixture, why: str) -> None:
    with caplog.at_level(logging.WARNING, logger="postureapp"):
        assert store.load() is None
    assert f"sitting timer state {store.path} not used" in caplog.text
    assert why in caplog.text
    assert "the count starts afresh" in caplog.text


def test_a_saved_snapshot_comes_back_from_a_private_file(state_file: JsonTimerStateFile) -> None:
    state_file.save(SNAPSHOT)
    assert state_file.load() == SNAPSHOT
    assert stat.S_IMODE(state_file.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(state_file.path.parent.stat().st_mode) == 0o700
    assert [p.name for p in state_file.path.parent.iterdir()] == [state_file.path.name]


def test_saving_again_replaces_the_snapshot(state_file: JsonTimerStateFile) -> None:
    state_file.save(SNAPSHOT)
    later = TimerSnapshot(saved_at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC), sitting_s=60.0)
    state_file.save(later)
    assert state_file.load() == later


def test_no_file_is_a_fresh_start_without_a_word(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="postureapp"):
        assert state_file.load() is None
    assert caplog.text == ""


def _write(store: JsonTimerStateFile, content: bytes) -> None:
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(content)


@pytest.mark.parametrize(("content", "why"), [
    (b"{not json", "Expecting property name"),
    (b"", "Expecting value"),
    (b"\xff\xfe\x00garbage", "codec can't decode"),
    (b"[1, 2, 3]", "holds list, not an object"),
    (b"[" * MAX_FILE_BYTES, "recursion"),
    (b'{"version": 1, "saved_at": "2026-11-23T09:00:00+00:00", "sitting_s": NaN}', "phase"),
])
def test_a_corrupt_file_is_a_log_line_and_a_fresh_start(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture, content: bytes, why: str,
) -> None:
    _write(state_file, content)
    _refused(state_file, caplog, why)


def test_a_truncated_file_is_refused(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture
) -> None:
    state_file.save(SNAPSHOT)
    whole = state_file.path.read_bytes()
    state_file.path.write_bytes(whole[: len(whole) // 2])
    _refused(state_file, caplog, "Expecting")


@pytest.mark.parametrize(("field", "value", "why"), [
    ("sitting_s", "1900", "sitting_s '1900' is of the wrong type"),
    ("sitting_s", -5, "is not a duration"),
    ("snoozes_used", 10**9, "snoozes_used 1000000000 is out of range"),
    ("is_paused", "yes", "is_paused 'yes' is of the wrong type"),
    ("phase", None, "phase None is of the wrong type"),
    ("saved_at", 1764000000, "saved_at is not a time"),
    ("version", 99, "version 99 is not 1"),
])
def test_wrong_types_and_values_are_refused_naming_the_field(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture, field: str,
    value: object, why: str,
) -> None:
    _write(state_file, json.dumps({**SNAPSHOT.to_dict(), field: value}).encode())
    _refused(state_file, caplog, why)


def test_a_huge_file_is_refused_after_reading_only_the_limit(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture
) -> None:
    _write(state_file, b"")
    with state_file.path.open("r+b") as file:
        file.truncate(2 * 1024**3)  # 2 GB, sparse: reading it whole would take that memory
    _refused(state_file, caplog, "larger than 16 KB")


@pytest.mark.parametrize(("make", "why"), [
    (os.mkfifo, "not a regular file"),  # must not hang the start
    (lambda path: path.symlink_to("/dev/zero"), "Too many levels of symbolic links"),
    (lambda path: path.mkdir(), "not a regular file"),
])
def test_no_fifo_symlink_or_folder_in_its_place_is_read(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture,
    make: Callable[[Path], object], why: str,
) -> None:
    state_file.path.parent.mkdir(parents=True)
    make(state_file.path)
    _refused(state_file, caplog, why)


def test_a_save_after_a_damaged_file_replaces_it(
    state_file: JsonTimerStateFile, caplog: pytest.LogCaptureFixture
) -> None:
    state_file.path.parent.mkdir(parents=True)
    os.mkfifo(state_file.path)
    state_file.save(SNAPSHOT)
    assert state_file.load() == SNAPSHOT


def test_a_failed_save_is_logged_once_and_never_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "state").write_text("a file where the folder should be")
    store = JsonTimerStateFile(tmp_path / "state" / "postureapp" / "sitting-timer.json")
    with caplog.at_level(logging.INFO, logger="postureapp"):
        store.save(SNAPSHOT)
        store.save(SNAPSHOT)
    assert caplog.text.count("sitting timer state not saved") == 1
    (tmp_path / "state").unlink()
    with caplog.at_level(logging.INFO, logger="postureapp"):
        store.save(SNAPSHOT)
    assert "sitting timer state saved again" in caplog.text
    assert store.load() == SNAPSHOT
