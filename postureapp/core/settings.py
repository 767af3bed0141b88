"""The user's settings: one validated, immutable value with defaults for every field."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Final

from postureapp.core.features import Baseline
from postureapp.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Message
from postureapp.core.posture import DEFAULT_SENSITIVITY

STRETCH_IDS: Final = (
    "cat-cow",
    "thoracic-extension",
    "childs-pose",
    "scapular-squeeze",
    "thoracic-rotation",
    "walk",
)
"""Stable ids of the stretches a user can switch off (see core.stretches)."""

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class SettingsError(ValueError):
    """A setting has an impossible value.

    Attributes:
        field_name: The offending field, so a UI can point at it.
        reason: Why, translated when shown (a Message), or English text from the command line's
            parser (settings_overrides), which speaks English by design.
    """

    def __init__(self, field_name: str, reason: str | Message) -> None:
        english = reason.english() if isinstance(reason, Message) else reason
        super().__init__(f"{field_name}: {english}")
        self.field_name = field_name
        self.reason = reason

    def reason_text(self) -> str:
        """Why the value is impossible, in the user's language."""
        return self.reason.text() if isinstance(self.reason, Message) else self.reason


def _why(source: str, **values: object) -> Message:
    """A reason for SettingsError; mark `source` with QT_TRANSLATE_NOOP("settings", ...)."""
    return Message("settings", source, values)


def _check_range(name: str, value: Any, low: int, high: int, kind: type[int]) -> None:
    # bool is an int in Python; a True sitting limit is a bug, not a 1-minute limit.
    if isinstance(value, bool) or not isinstance(value, kind):
        raise SettingsError(name, _why(QT_TRANSLATE_NOOP(
            "settings", "must be a whole number, got {value}"), value=repr(value)))
    if not low <= value <= high:
        raise SettingsError(name, _why(QT_TRANSLATE_NOOP(
            "settings", "must be between {low} and {high}, got {value}"),
            low=f"{low:g}", high=f"{high:g}", value=repr(value)))


def _parse_hhmm(name: str, value: Any) -> int:
    """Minutes after midnight for an "HH:MM" string."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        raise SettingsError(name, _why(QT_TRANSLATE_NOOP(
            "settings", "must be a time like 09:00, got {value}"), value=repr(value)))
    hours, minutes = value[:2], value[3:]
    if not (hours.isdigit() and minutes.isdigit()) or int(hours) > 23 or int(minutes) > 59:
        raise SettingsError(name, _why(QT_TRANSLATE_NOOP(
            "settings", "must be a time like 09:00, got {value}"), value=repr(value)))
    return int(hours) * 60 + int(minutes)


# Bounds are part of the contract with the settings dialog, which reads them from here.
INT_BOUNDS: Final[dict[str, tuple[int, int]]] = {
    "sitting_limit_min": (1, 240),
    "break_length_min": (1, 30),
    "natural_break_min": (1, 60),
    "snooze_min": (1, 30),
    "max_snoozes": (0, 10),
    "sensitivity": (1, 10),
    "nudge_after_s": (10, 1800),
    "nudge_cooldown_min": (1, 240),
    "camera_index": (0, 63),
    "sample_interval_s": (2, 300),
    "retention_days": (7, 3650),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can adjust. Invalid values raise SettingsError on construction.

    Change a value with `dataclasses.replace(settings, field=value)`, which validates again.
    """

    # Breaks
    sitting_limit_min: int = 30
    break_length_min: int = 3
    natural_break_min: int = 5
    snooze_min: int = 5
    max_snoozes: int = 3
    # A calm overlay covers every screen during a break; it can always be left (core.strict_break).
    strict_breaks: bool = False
    # Posture
    sensitivity: int = DEFAULT_SENSITIVITY
    nudges_enabled: bool = True
    nudge_after_s: int = 60
    nudge_cooldown_min: int = 10
    # Camera
    camera_enabled: bool = True
    camera_index: int = 0
    sample_interval_s: int = 10
    # Off by default: a camera held open blocks a video call app from getting it, and the light
    # stays on; opened per sample, it is free (and dark) between samples.
    keep_camera_open: bool = False
    show_preview: bool = True
    model_path: str = ""
    # Schedule: reminders only inside working hours when enabled. A work_end before work_start
    # is a night shift: it starts on a work day and ends the next morning.
    schedule_enabled: bool = False
    work_start: str = "09:00"
    work_end: str = "18:00"
    work_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    # Stretches
    disabled_stretches: tuple[str, ...] = ()
    floor_exercises: bool = False
    # During a guided break the camera follows the stretch on screen to count it (frames stay in
    # memory). Takes effect once the user has calibrated and while the camera is on.
    camera_counts_stretches: bool = True
    # Notifications
    sound_enabled: bool = False
    end_of_day_summary: bool = False
    # System. language: "" follows the system's locale; otherwise one of i18n.LANGUAGES.
    language: str = ""
    start_at_login: bool = False
    retention_days: int = 365
    first_run_done: bool = False
    safety_acknowledged: bool = False  # the safety notes were shown; later breaks keep them short
    # Calibration: the user's upright posture (None until calibrated).
    baseline: Baseline | None = field(default=None)

    def __post_init__(self) -> None:
        """Validate every field."""
        for name, (low, high) in INT_BOUNDS.items():
            _check_range(name, getattr(self, name), low, high, int)
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type == "bool" and not isinstance(value, bool):
                raise SettingsError(f.name, _why(QT_TRANSLATE_NOOP(
                    "settings", "must be true or false, got {value}"), value=repr(value)))
        if not isinstance(self.model_path, str):
            raise SettingsError("model_path", _why(QT_TRANSLATE_NOOP(
                "settings", "must be a file path")))
        start = _parse_hhmm("work_start", self.work_start)
        end = _parse_hhmm("work_end", self.work_end)
        if start == end:
            # An end before the start is a night shift that ends the next morning.
            raise SettingsError("work_end", _why(QT_TRANSLATE_NOOP(
                "settings", "must differ from the start of the working day")))
        if not isinstance(self.work_days, tuple) or not set(self.work_days) <= set(WEEKDAYS):
            raise SettingsError("work_days", _why(QT_TRANSLATE_NOOP(
                "settings", "must be days among {days}"), days=", ".join(WEEKDAYS)))
        if self.schedule_enabled and not self.work_days:
            # Otherwise no reminder would ever come, with nothing saying why.
            raise SettingsError("work_days", _why(QT_TRANSLATE_NOOP(
                "settings",
                "pick at least one working day, or turn the working-hours schedule off")))
        if not isinstance(self.disabled_stretches, tuple) or not set(
            self.disabled_stretches
        ) <= set(STRETCH_IDS):
            raise SettingsError("disabled_stretches", _why(QT_TRANSLATE_NOOP(
                "settings", "must be stretch ids among {ids}"), ids=", ".join(STRETCH_IDS)))
        if self.language != "" and self.language not in LANGUAGES:
            raise SettingsError("language", _why(QT_TRANSLATE_NOOP(
                "settings", "must be one of {languages}, or empty for the system's language"),
                languages=", ".join(LANGUAGES)))
        if self.baseline is not None and not isinstance(self.baseline, Baseline):
            raise SettingsError("baseline", _why(QT_TRANSLATE_NOOP(
                "settings", "must be a calibration baseline")))

    @property
    def work_start_min(self) -> int:
        """Start of the working day, minutes after midnight."""
        return _parse_hhmm("work_start", self.work_start)

    @property
    def work_end_min(self) -> int:
        """End of the working day, minutes after midnight."""
        return _parse_hhmm("work_end", self.work_end)

    @property
    def is_camera_counting_stretches(self) -> bool:
        """True when guided breaks use the camera: the user agreed, it is on, and calibrated."""
        return self.camera_counts_stretches and self.camera_enabled and self.baseline is not None

    def replace(self, **changes: Any) -> Settings:
        """A copy with `changes` applied and validated."""
        return dataclasses.replace(self, **changes)


def field_names() -> tuple[str, ...]:
    """Names of every setting, in declaration order."""
    return tuple(f.name for f in fields(Settings))


class FirstRunChoice(StrEnum):
    """What the user chose on the first-run welcome."""

    CAMERA = "camera"  # posture coaching with the camera (calibration comes next)
    TIMER_ONLY = "timer_only"  # the break timer alone


def after_first_run(current: Settings, choice: FirstRunChoice | None) -> Settings:
    """The settings once the first-run welcome closes.

    Closed without choosing: no camera for now, and the question comes back next start. The
    safety notes stay unread: they open again on the first break, when the user is about to move.
    """
    if choice is None:
        return current.replace(camera_enabled=False)
    return current.replace(first_run_done=True, camera_enabled=choice is FirstRunChoice.CAMERA)


def after_settings_dialog(edited: Settings, current: Settings) -> Settings:
    """The settings once the dialog's OK is pressed.

    The dialog edits only its own fields; what changed meanwhile outside it (a new calibration,
    the safety notes read, the first-run choice) survives OK.
    """
    return edited.replace(
        baseline=current.baseline,
        first_run_done=current.first_run_done,
        safety_acknowledged=current.safety_acknowledged,
    )


def after_delete_all(current: Settings) -> Settings:
    """The settings once the user deleted all their data: the defaults, without asking the
    first-run question again or showing the safety notes as news."""
    return Settings(first_run_done=True, safety_acknowledged=current.safety_acknowledged)


def for_calibration(current: Settings) -> Settings:
    """Calibrating needs the camera: asking to calibrate turns it on."""
    return current if current.camera_enabled else current.replace(camera_enabled=True)
