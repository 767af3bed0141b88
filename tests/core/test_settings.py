"""Settings validates every field on construction and names the field it rejects."""

from __future__ import annotations

from typing import Any

import pytest

from postureapp.core.calibration import calibrate
from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.settings import (
    INT_BOUNDS,
    STRETCH_IDS,
    WEEKDAYS,
    Settings,
    SettingsError,
    field_names,
)
from tests.poses import make_pose, observe

BOOL_FIELDS = tuple(name for name in field_names() if isinstance(getattr(Settings(), name), bool))


def _with(field: str, value: Any) -> Settings:
    changes: dict[str, Any] = {field: value}
    return Settings(**changes)


def _rejects(field: str, value: Any) -> SettingsError:
    with pytest.raises(SettingsError) as caught:
        _with(field, value)
    assert caught.value.field_name == field
    return caught.value


def test_defaults_are_valid() -> None:
    settings = Settings()
    assert settings.sitting_limit_min == 30
    assert settings.baseline is None


@pytest.mark.parametrize(("field", "bounds"), INT_BOUNDS.items())
def test_int_bounds_are_inclusive(field: str, bounds: tuple[int, int]) -> None:
    low, high = bounds
    assert getattr(_with(field, low), field) == low
    assert getattr(_with(field, high), field) == high


@pytest.mark.parametrize(("field", "bounds"), INT_BOUNDS.items())
def test_int_outside_bounds_is_rejected(field: str, bounds: tuple[int, int]) -> None:
    low, high = bounds
    _rejects(field, low - 1)
    _rejects(field, high + 1)


@pytest.mark.parametrize("field", INT_BOUNDS)
@pytest.mark.parametrize("value", [True, 5.0, "5", None])
def test_int_field_rejects_other_types(field: str, value: Any) -> None:
    _rejects(field, value)


def test_every_declared_bool_is_checked() -> None:
    assert "camera_enabled" in BOOL_FIELDS
    assert "first_run_done" in BOOL_FIELDS


@pytest.mark.parametrize("field", BOOL_FIELDS)
@pytest.mark.parametrize("value", [1, 0, "true", None])
def test_bool_field_rejects_non_bools(field: str, value: Any) -> None:
    error = _rejects(field, value)
    assert "true or false" in str(error)


@pytest.mark.parametrize("field", BOOL_FIELDS)
def test_bool_field_accepts_both_values(field: str) -> None:
    assert getattr(_with(field, True), field) is True
    assert getattr(_with(field, False), field) is False


@pytest.mark.parametrize(
    ("start", "end"), [("00:00", "00:01"), ("07:30", "16:00"), ("22:00", "23:59")]
)
def test_work_hours_accept_valid_times(start: str, end: str) -> None:
    settings = Settings(work_start=start, work_end=end)
    assert (settings.work_start, settings.work_end) == (start, end)


@pytest.mark.parametrize("value", ["9:00", "24:00", "12:60", "ab:cd", "0900", "", 900, None])
def test_work_hours_reject_malformed_times(value: Any) -> None:
    _rejects("work_start", value)
    _rejects("work_end", value)


def test_work_times_convert_to_minutes() -> None:
    settings = Settings(work_start="08:15", work_end="17:45")
    assert (settings.work_start_min, settings.work_end_min) == (8 * 60 + 15, 17 * 60 + 45)


def test_working_hours_may_cross_midnight_for_a_night_shift() -> None:
    settings = Settings(work_start="22:00", work_end="06:00")
    assert (settings.work_start_min, settings.work_end_min) == (22 * 60, 6 * 60)


@pytest.mark.parametrize("time", ["09:00", "00:00", "23:59"])
def test_work_end_must_differ_from_work_start(time: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings(work_start=time, work_end=time)
    assert caught.value.field_name == "work_end"


def test_work_days_accept_any_subset_of_weekdays() -> None:
    assert Settings(work_days=WEEKDAYS).work_days == WEEKDAYS
    assert Settings(work_days=()).work_days == ()


@pytest.mark.parametrize("value", [("mon", "funday"), ["mon"], "mon", ("Monday",)])
def test_work_days_reject_unknown_days_and_non_tuples(value: Any) -> None:
    _rejects("work_days", value)


def test_every_stretch_can_be_disabled() -> None:
    assert Settings(disabled_stretches=STRETCH_IDS).disabled_stretches == STRETCH_IDS


@pytest.mark.parametrize("value", [("yoga",), ["walk"], "walk"])
def test_disabled_stretches_reject_unknown_ids_and_non_tuples(value: Any) -> None:
    _rejects("disabled_stretches", value)


def test_model_path_must_be_a_string() -> None:
    _rejects("model_path", 3)


def test_baseline_must_be_a_baseline() -> None:
    _rejects("baseline", {"frames_used": 10})
    features = PostureFeatures(0.9, 0.7, 0.4, 0.1, 0.3, 0.5, 0.6)
    baseline = Baseline(features, frames_used=30)
    assert Settings(baseline=baseline).baseline == baseline


def test_replace_validates_again() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings().replace(sitting_limit_min=0)
    assert caught.value.field_name == "sitting_limit_min"
    assert Settings().replace(sitting_limit_min=45).sitting_limit_min == 45


def test_a_schedule_needs_at_least_one_working_day() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings(schedule_enabled=True, work_days=())
    assert caught.value.field_name == "work_days"
    assert Settings(schedule_enabled=False, work_days=()).work_days == ()


@pytest.mark.parametrize(
    ("changes", "is_counting"),
    [
        ({}, False),  # not calibrated yet: the camera cannot judge against the user's posture
        ({"baseline": "calibrated"}, True),  # on by default once calibrated
        ({"baseline": "calibrated", "camera_counts_stretches": False}, False),  # declined
        ({"baseline": "calibrated", "camera_enabled": False}, False),  # no camera at all
    ],
)
def test_the_camera_counts_stretches_by_default_once_calibrated(
    changes: dict[str, Any], is_counting: bool
) -> None:
    baseline = calibrate([observe(make_pose())] * 5, "now").baseline
    if changes.get("baseline") == "calibrated":
        changes = {**changes, "baseline": baseline}
    assert Settings(**changes).is_camera_counting_stretches is is_counting


@pytest.mark.parametrize("language", ["", "de", "en", "es", "fr", "ja"])
def test_the_language_is_the_system_s_or_one_the_app_speaks(language: str) -> None:
    assert _with("language", language).language == language


@pytest.mark.parametrize("language", ["xx", "de_DE", "German", 3])
def test_a_language_the_app_does_not_speak_is_refused(language: Any) -> None:
    error = _rejects("language", language)

    assert "de, en, es, fr, ja" in str(error)
