"""JsonSettingsRepository keeps good settings, repairs bad ones with a backup, writes atomically."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from postureapp.adapters.settings_file import (
    MAX_FILE_BYTES,
    SETTINGS_FILE_NAME,
    JsonSettingsRepository,
)
from postureapp.core.features import Baseline
from postureapp.core.ports import SettingsRepository
from postureapp.core.settings import Settings
from tests.fakes import SAMPLE_BASELINE, FakeClock

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

BASELINE = SAMPLE_BASELINE


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config" / "postureapp"


@pytest.fixture
def repo(config_dir: Path, fake_clock: FakeClock) -> JsonSettingsRepository:
    return JsonSettingsRepository(config_dir, clock=fake_clock)


def _write(config_dir: Path, data: Any) -> Path:
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / SETTINGS_FILE_NAME
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _backups(config_dir: Path) -> list[Path]:
    return sorted(config_dir.glob(f"{SETTINGS_FILE_NAME}.bak-*"))


def test_satisfies_the_settings_port(repo: JsonSettingsRepository) -> None:
    port: SettingsRepository = repo  # checked by mypy
    assert port.load() == Settings()


def test_missing_file_gives_defaults_without_problems(repo: JsonSettingsRepository) -> None:
    assert repo.load() == Settings()
    assert repo.load_problems == []


def test_round_trip_keeps_every_field(repo: JsonSettingsRepository) -> None:
    settings = Settings(
        sitting_limit_min=45,
        sensitivity=8,
        nudges_enabled=False,
        model_path="/opt/pose.task",
        schedule_enabled=True,
        work_start="08:30",
        work_end="17:00",
        work_days=("mon", "wed"),
        disabled_stretches=("walk", "childs-pose"),
        baseline=BASELINE,
    )
    repo.save(settings)
    assert repo.load() == settings
    assert repo.load_problems == []


def test_baseline_round_trips_as_a_nested_object(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    repo.save(Settings(baseline=BASELINE))
    stored = json.loads((config_dir / SETTINGS_FILE_NAME).read_text())
    assert stored["baseline"]["frames_used"] == 42
    assert stored["baseline"]["features"]["head_roll_deg"] == -1.5
    assert JsonSettingsRepository(config_dir).load().baseline == BASELINE


def test_the_stretch_models_reading_of_the_calibration_round_trips(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    stretch_features = dataclasses.replace(BASELINE.features, shoulder_width_frac=0.29)
    baseline = dataclasses.replace(BASELINE, stretch_features=stretch_features)
    repo.save(Settings(baseline=baseline))
    stored = json.loads((config_dir / SETTINGS_FILE_NAME).read_text())
    assert stored["baseline"]["stretch_features"]["shoulder_width_frac"] == 0.29
    assert JsonSettingsRepository(config_dir).load().baseline == baseline


def test_baseline_saved_before_the_second_calibration_step_still_loads(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    features = dataclasses.asdict(BASELINE.features)
    _write(config_dir, {"baseline": {"features": features, "frames_used": 42}})
    loaded = repo.load().baseline
    assert loaded == Baseline(BASELINE.features, frames_used=42)
    assert loaded.upright_spread == 0.0
    assert loaded.slouched is None
    assert loaded.stretch_features is None  # the posture model follows stretches then
    assert repo.load_problems == []


def test_saved_file_is_pretty_sorted_json_with_a_version(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    repo.save(Settings(work_days=("mon",)))
    text = (config_dir / SETTINGS_FILE_NAME).read_text()
    stored = json.loads(text)
    assert stored["version"] == 1
    assert stored["work_days"] == ["mon"]
    assert stored["baseline"] is None
    assert list(stored) == sorted(stored)
    assert text.startswith("{\n  ")


def test_unknown_keys_are_ignored(repo: JsonSettingsRepository, config_dir: Path) -> None:
    _write(config_dir, {"version": 2, "sitting_limit_min": 40, "theme": "dark"})
    assert repo.load() == Settings(sitting_limit_min=40)
    assert repo.load_problems == []
    assert _backups(config_dir) == []


def test_a_newer_versions_keys_survive_a_save(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    path = _write(config_dir, {"version": 2, "sitting_limit_min": 40,
                               "theme": "dark", "eye_breaks": {"every_min": 20}})
    settings = repo.load()
    repo.save(settings.replace(sitting_limit_min=45))

    stored = json.loads(path.read_text())
    assert stored["theme"] == "dark"
    assert stored["eye_breaks"] == {"every_min": 20}
    assert stored["version"] == 2
    assert stored["sitting_limit_min"] == 45


def test_oversized_file_is_not_read_and_is_kept_aside_whole(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    path = _write(config_dir, {"sitting_limit_min": 40})
    with path.open("a") as file:  # valid JSON with a huge tail of padding
        file.write(" " * (MAX_FILE_BYTES + 1))
    size = path.stat().st_size

    settings = repo.load()

    assert settings == Settings()
    assert "too big to be settings" in repo.load_problems[0]
    [aside] = _backups(config_dir)
    assert aside.stat().st_size == size
    assert str(aside) in repo.load_problems[0]
    assert json.loads(path.read_text())["sitting_limit_min"] == Settings().sitting_limit_min


def test_missing_keys_take_defaults(repo: JsonSettingsRepository, config_dir: Path) -> None:
    _write(config_dir, {"snooze_min": 7})
    assert repo.load() == Settings(snooze_min=7)
    assert repo.load_problems == []


def test_hand_edited_bad_field_is_reset_alone_and_backed_up(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    original = json.dumps({"sitting_limit_min": 999, "snooze_min": 7, "work_days": ["mon"]})
    _write(config_dir, original)

    settings = repo.load()

    assert settings == Settings(snooze_min=7, work_days=("mon",))
    assert len(repo.load_problems) == 2
    assert "Sitting limit (minutes) was reset to 30" in repo.load_problems[0]
    assert "between 1 and 240" in repo.load_problems[0]
    [backup] = _backups(config_dir)
    assert backup == repo.backup_path
    assert str(backup) in repo.load_problems[1]
    assert backup.read_text() == original
    assert backup.name == f"{SETTINGS_FILE_NAME}.bak-20261123T090000"


def test_bytes_that_are_not_utf8_cost_only_their_own_value(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    config_dir.mkdir(parents=True)
    original = b'{"sitting_limit_min": 45, "work_days": ["mon\xff"], "snooze_min": 7}'
    (config_dir / SETTINGS_FILE_NAME).write_bytes(original)

    settings = repo.load()

    assert settings == Settings(sitting_limit_min=45, snooze_min=7)  # not all the defaults
    assert "not UTF-8 text" in repo.load_problems[0]
    assert "Work days was reset" in repo.load_problems[1]
    [backup] = _backups(config_dir)
    assert backup.read_bytes() == original


def test_repaired_file_is_rewritten_so_the_user_is_told_once(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    _write(config_dir, {"sitting_limit_min": "thirty", "snooze_min": 7})
    repo.load()
    assert repo.load() == Settings(snooze_min=7)
    assert repo.load_problems == []
    assert len(_backups(config_dir)) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sitting_limit_min", 0),
        ("sitting_limit_min", True),
        ("sitting_limit_min", 30.0),
        ("camera_enabled", "yes"),
        ("model_path", 12),
        ("work_start", "9 o'clock"),
        ("work_end", "09:00"),
        ("work_days", "mon,tue"),
        ("work_days", [["mon"]]),
        ("work_days", ["mon", "someday"]),
        ("disabled_stretches", ["yoga"]),
        ("disabled_stretches", {"walk": True}),
    ],
)
def test_each_kind_of_bad_value_resets_only_its_field(
    repo: JsonSettingsRepository, config_dir: Path, field: str, value: Any
) -> None:
    _write(config_dir, {field: value, "max_snoozes": 9})
    assert repo.load() == Settings(max_snoozes=9)
    assert len(repo.load_problems) == 2  # the field, then where the backup is
    assert repo.load_problems[0].startswith(field.split("_")[0].capitalize())


def test_work_hours_valid_only_together_are_kept(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    # 18:00 is the default end of day, but the stored end makes it valid.
    _write(config_dir, {"work_start": "18:00", "work_end": "23:00"})
    assert repo.load() == Settings(work_start="18:00", work_end="23:00")
    assert repo.load_problems == []


def test_a_night_shift_is_kept(repo: JsonSettingsRepository, config_dir: Path) -> None:
    _write(config_dir, {"work_start": "22:00", "work_end": "06:00"})
    assert repo.load() == Settings(work_start="22:00", work_end="06:00")
    assert repo.load_problems == []


def test_clashing_work_hours_are_reset_together(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    _write(config_dir, {"work_start": "19:00", "work_end": "19:00", "snooze_min": 7})
    settings = repo.load()
    assert settings == Settings(snooze_min=7)
    assert any("Work end" in problem for problem in repo.load_problems)
    assert any("Work start" in problem for problem in repo.load_problems)


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "",
        "[1, 2, 3]",
        '"settings"',
        "null",
        "\udcff".encode("utf-8", "surrogateescape"),
    ],
)
def test_corrupt_file_gives_defaults_and_a_backup(
    repo: JsonSettingsRepository, config_dir: Path, text: str | bytes
) -> None:
    config_dir.mkdir(parents=True)
    path = config_dir / SETTINGS_FILE_NAME
    raw = text if isinstance(text, bytes) else text.encode()
    path.write_bytes(raw)

    assert repo.load() == Settings()

    assert "damaged" in repo.load_problems[0]
    [backup] = _backups(config_dir)
    assert backup.read_bytes() == raw


def test_backups_never_overwrite_earlier_ones(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    for text in ("{first", "{second", "{third"):
        _write(config_dir, text)
        repo.load()  # the fake clock does not move, so every backup gets the same stamp
    contents = {backup.read_text() for backup in _backups(config_dir)}
    assert contents == {"{first", "{second", "{third"}


@pytest.mark.parametrize(
    "baseline",
    [
        "calibrated",
        {"frames_used": 30},
        {"features": {"nose_height_sw": 0.9}, "frames_used": 30},
        {"features": {"nose_height_sw": "high"}, "frames_used": 30},
        {"features": "x", "frames_used": 30},
        {"frames_used": 0, "features": {}},
        {"features": dataclasses.asdict(BASELINE.features), "frames_used": 30,
         "upright_spread": 3.0},
        {"features": dataclasses.asdict(BASELINE.features), "frames_used": 30,
         "slouched": {"nose_height_sw": 0.5}},
    ],
)
def test_broken_baseline_asks_for_recalibration(
    repo: JsonSettingsRepository, config_dir: Path, baseline: Any
) -> None:
    _write(config_dir, {"baseline": baseline, "snooze_min": 7})
    assert repo.load() == Settings(snooze_min=7)
    assert "recalibrate" in repo.load_problems[0]
    assert len(_backups(config_dir)) == 1


def test_baseline_with_non_finite_numbers_is_broken(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    repo.save(Settings(baseline=BASELINE))
    path = config_dir / SETTINGS_FILE_NAME
    path.write_text(path.read_text().replace("0.92", "NaN"))
    assert repo.load().baseline is None
    assert "recalibrate" in repo.load_problems[0]


def test_saving_leaves_no_temporary_files(repo: JsonSettingsRepository, config_dir: Path) -> None:
    repo.save(Settings())
    repo.save(Settings(sitting_limit_min=50))
    assert [p.name for p in config_dir.iterdir()] == [SETTINGS_FILE_NAME]


def test_failed_save_keeps_the_old_file_and_cleans_up(
    repo: JsonSettingsRepository, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.save(Settings(sitting_limit_min=50))

    def fail_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(OSError, match="disk full"):
        repo.save(Settings(sitting_limit_min=60))
    monkeypatch.undo()

    assert [p.name for p in config_dir.iterdir()] == [SETTINGS_FILE_NAME]
    assert repo.load().sitting_limit_min == 50


@posix_only
def test_file_is_private_and_dir_is_created_private(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    old_umask = os.umask(0o022)
    try:
        repo.save(Settings())
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((config_dir / SETTINGS_FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(config_dir.stat().st_mode) == 0o700


@posix_only
def test_loose_modes_of_an_existing_file_and_folder_are_tightened_on_save(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    path = _write(config_dir, {"snooze_min": 7})
    config_dir.chmod(0o755)
    path.chmod(0o644)

    repo.save(repo.load())

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(config_dir.stat().st_mode) == 0o700


@posix_only
def test_backup_is_private(repo: JsonSettingsRepository, config_dir: Path) -> None:
    path = _write(config_dir, "{corrupt")
    path.chmod(0o644)
    repo.load()
    [backup] = _backups(config_dir)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


@posix_only
def test_unreadable_file_gives_defaults_and_is_left_alone(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    # A directory where the file should be cannot be read, even as root.
    (config_dir / SETTINGS_FILE_NAME).mkdir(parents=True)
    assert repo.load() == Settings()
    assert "could not be read" in repo.load_problems[0]
    assert _backups(config_dir) == []


@posix_only
@pytest.mark.parametrize(("make", "what"), [
    (os.mkfifo, "a FIFO"),  # opening it to read waited for a writer: the app never started
    (lambda path: path.symlink_to("/dev/zero"), "a device"),
])
def test_a_fifo_or_device_in_place_of_the_file_gives_defaults_and_is_left_alone(
    repo: JsonSettingsRepository, config_dir: Path, make: Callable[[Path], object], what: str
) -> None:
    config_dir.mkdir(parents=True)
    make(config_dir / SETTINGS_FILE_NAME)
    assert repo.load() == Settings()
    [problem] = repo.load_problems
    assert "could not be read" in problem and what in problem
    assert _backups(config_dir) == []


def test_load_report_carries_problems_and_backup(
    repo: JsonSettingsRepository, config_dir: Path
) -> None:
    _write(config_dir, {"snooze_min": -1})
    report = repo.load_report()
    assert report.settings == Settings()
    assert report.backup_path is not None and report.backup_path.exists()
    assert [problem.text() for problem in report.problems] == repo.load_problems


def test_backup_stamp_comes_from_the_clock(config_dir: Path) -> None:
    clock = FakeClock(datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC))
    _write(config_dir, "{corrupt")
    repo = JsonSettingsRepository(config_dir, clock=clock)
    repo.load()
    assert repo.backup_path is not None
    assert repo.backup_path.name.endswith("bak-20270102T030405")


def test_a_chosen_language_round_trips(repo: JsonSettingsRepository) -> None:
    repo.save(Settings(language="ja"))

    assert repo.load().language == "ja"
    assert repo.load_problems == []


@pytest.mark.parametrize("stored", ["klingon", 42, ["de"]])
def test_a_language_the_app_does_not_speak_falls_back_to_the_system_s_and_says_so(
    repo: JsonSettingsRepository, config_dir: Path, stored: Any
) -> None:
    _write(config_dir, {"version": 2, "language": stored, "sitting_limit_min": 40})

    settings = repo.load()

    assert settings == Settings(sitting_limit_min=40)  # language "": the system's
    [problem] = [p for p in repo.load_problems if p.startswith("The language")]
    assert problem == (f"The language “{str(stored)[:40]}” in the settings file is not one "
                       "postureapp speaks (de, en, es, fr, ja), so it follows the system's "
                       "language.")
