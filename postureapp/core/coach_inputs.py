"""What the coach hears: each input is a sentence about what just happened.

`app.py` turns Qt signals (menu, windows, worker, desktop, notifications) into these values
and hands each to `Coach.handle()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from postureapp.core.features import Baseline
from postureapp.core.monitor import PostureReading
from postureapp.core.ports import StoreStatus
from postureapp.core.settings import FirstRunChoice, Settings
from postureapp.core.stretch_recognition import StretchVerdict


@dataclass(frozen=True, slots=True)
class Tick:
    """A second passed (the app's heartbeat); `history` is how the history store is doing,
    `input_idle_s` how long the keyboard and mouse have been idle (None: unknown)."""

    history: StoreStatus | None = None
    input_idle_s: float | None = None


@dataclass(frozen=True, slots=True)
class ReadingReceived:
    """The posture pipeline read one frame."""

    reading: PostureReading


@dataclass(frozen=True, slots=True)
class BreakStartChosen:
    """The user pressed Start break in the break window (which now guides the stretches)."""


@dataclass(frozen=True, slots=True)
class BreakFinished:
    """The user finished the guided break, going through these stretches."""

    stretch_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SnoozeChosen:
    """The user put the due break off (window, menu or control service)."""


@dataclass(frozen=True, slots=True)
class SkipChosen:
    """The user skipped the break."""


@dataclass(frozen=True, slots=True)
class BreakNowChosen:
    """The user asked for a break now (menu or control service)."""


@dataclass(frozen=True, slots=True)
class PauseChosen:
    """The user paused coaching for `duration_s`, or until resumed (None)."""

    duration_s: float | None


@dataclass(frozen=True, slots=True)
class ResumeChosen:
    """The user ended a pause."""


@dataclass(frozen=True, slots=True)
class MeetingChosen:
    """The user is in a meeting for `duration_s`; None says the meeting is over."""

    duration_s: float | None


@dataclass(frozen=True, slots=True)
class ScreenLocked:
    """The screen was locked (True) or unlocked (False)."""

    is_locked: bool


@dataclass(frozen=True, slots=True)
class SystemSleep:
    """The machine is about to sleep (True) or woke up (False)."""

    is_asleep: bool


@dataclass(frozen=True, slots=True)
class SettingsChanged:
    """These settings are to be in effect from now on."""

    settings: Settings


@dataclass(frozen=True, slots=True)
class SettingsEdited:
    """The user pressed OK in the settings dialog, which shows these settings."""

    edited: Settings


@dataclass(frozen=True, slots=True)
class FirstRunAnswered:
    """The first-run welcome closed with this choice, or None when closed without one."""

    choice: FirstRunChoice | None


@dataclass(frozen=True, slots=True)
class AllDataDeleted:
    """The user deleted all their data; the history may have refused (`problem` says why)."""

    is_history_deleted: bool
    problem: str


@dataclass(frozen=True, slots=True)
class CalibrationStarting:
    """The user asked to calibrate now."""


@dataclass(frozen=True, slots=True)
class NotificationActionInvoked:
    """The user clicked a button on a notification."""

    key: str
    action_id: str


@dataclass(frozen=True, slots=True)
class PromptClosed:
    """The break window was closed or hidden, whoever did it."""


@dataclass(frozen=True, slots=True)
class ModelFailed:
    """The pose model could not run; the camera gives no posture from now on."""

    message: str


@dataclass(frozen=True, slots=True)
class Quitting:
    """The app is about to quit: what is pending goes to the history."""


@dataclass(frozen=True, slots=True)
class CalibrationAccepted:
    """The user kept a new calibration."""

    baseline: Baseline
    detail: str


@dataclass(frozen=True, slots=True)
class StretchJudged:
    """The camera followed a guided stretch to its end; this is what it saw."""

    verdict: StretchVerdict


CoachInput: TypeAlias = (
    Tick | ReadingReceived | BreakStartChosen | BreakFinished | SnoozeChosen | SkipChosen
    | BreakNowChosen | PauseChosen | ResumeChosen | MeetingChosen | ScreenLocked | SystemSleep
    | SettingsChanged | SettingsEdited | FirstRunAnswered | AllDataDeleted | CalibrationStarting
    | NotificationActionInvoked | PromptClosed | ModelFailed
    | CalibrationAccepted | Quitting | StretchJudged
)
