"""`--set KEY=VALUE` overrides are parsed by field type and validated like any settings."""

from __future__ import annotations

from typing import Any

import pytest

from postureapp.core.settings import Settings, SettingsError
from postureapp.core.settings_overrides import settings_from_overrides


@pytest.mark.parametrize(
    ("item", "field", "expected"),
    [
        ("sitting_limit_min=45", "sitting_limit_min", 45),
        ("max_snoozes = 0", "max_snoozes", 0),
        ("model_path=/opt/models/pose.task", "model_path", "/opt/models/pose.task"),
        ("model_path=", "model_path", ""),
        ("work_start=08:30", "work_start", "08:30"),
        ("work_days=mon, wed,fri", "work_days", ("mon", "wed", "fri")),
        ("work_days=", "work_days", ()),
        ("disabled_stretches=walk,cat-cow", "disabled_stretches", ("walk", "cat-cow")),
        ("sitting-limit-min=20", "sitting_limit_min", 20),
    ],
)
def test_values_are_parsed_by_field_type(item: str, field: str, expected: Any) -> None:
    assert getattr(settings_from_overrides(Settings(), [item]), field) == expected


@pytest.mark.parametrize("word", ["true", "TRUE", "yes", "1", "on", "On"])
def test_true_words(word: str) -> None:
    assert settings_from_overrides(Settings(), [f"sound_enabled={word}"]).sound_enabled is True


@pytest.mark.parametrize("word", ["false", "no", "0", "off", "OFF"])
def test_false_words(word: str) -> None:
    assert settings_from_overrides(Settings(), [f"camera_enabled={word}"]).camera_enabled is False


def test_no_overrides_returns_equal_settings() -> None:
    settings = Settings(sitting_limit_min=50)
    assert settings_from_overrides(settings, []) == settings


def test_overrides_keep_other_fields() -> None:
    start = Settings(sitting_limit_min=50)
    result = settings_from_overrides(start, ["snooze_min=10"])
    assert (result.sitting_limit_min, result.snooze_min) == (50, 10)


def test_later_override_of_the_same_key_wins() -> None:
    result = settings_from_overrides(Settings(), ["snooze_min=10", "snooze_min=12"])
    assert result.snooze_min == 12


def test_overrides_are_validated_together() -> None:
    # 19:00 alone is after the default 18:00 end; together with the new end it is fine.
    result = settings_from_overrides(Settings(), ["work_start=19:00", "work_end=21:00"])
    assert (result.work_start, result.work_end) == ("19:00", "21:00")


@pytest.mark.parametrize(
    ("item", "field", "words"),
    [
        ("sitting_limit_min=lots", "sitting_limit_min", "whole number"),
        ("sitting_limit_min=2.5", "sitting_limit_min", "whole number"),
        ("sitting_limit_min=0", "sitting_limit_min", "between 1 and 240"),
        ("sound_enabled=maybe", "sound_enabled", "true or false"),
        ("work_start=9am", "work_start", "time like 09:00"),
        ("work_end=09:00", "work_end", "differ from the start"),
        ("work_days=mon,someday", "work_days", "days among"),
        ("disabled_stretches=yoga", "disabled_stretches", "stretch ids"),
        ("sitting_limt_min=20", "sitting_limt_min", "did you mean sitting_limit_min"),
        ("colour=blue", "colour", "is not a setting"),
        ("sitting_limit_min", "sitting_limit_min", "KEY=VALUE"),
        ("=5", "=5", "KEY=VALUE"),
        ("baseline=x", "baseline", "calibration"),
    ],
)
def test_bad_overrides_raise_naming_the_field(item: str, field: str, words: str) -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from_overrides(Settings(), [item])
    assert caught.value.field_name == field
    assert words in str(caught.value)
