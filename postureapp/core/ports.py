"""Protocols the core uses to reach the outside world; adapters implement them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from postureapp.core.day_summary import DaySummary
from postureapp.core.events import CoachEvent
from postureapp.core.landmarks import PoseLandmarks
from postureapp.core.minutes import MinuteAggregate
from postureapp.core.samples import PostureSample
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import TimerSnapshot
from postureapp.core.summary_export import ReportDates


class CameraStatus(StrEnum):
    """Why a frame source did or did not deliver a frame."""

    OK = "ok"
    DISABLED = "disabled"  # the user turned the camera off
    NOT_FOUND = "not_found"  # no such device
    IN_USE = "in_use"  # another application holds it (likely a video call)
    DISCONNECTED = "disconnected"  # it worked, then stopped (unplugged)
    UNREADABLE = "unreadable"  # a file or folder that cannot be decoded
    ENDED = "ended"  # a replayed file has no more frames


@dataclass(frozen=True, slots=True)
class FrameResult:
    """What one read from a frame source gave.

    Attributes:
        status: OK when `image` holds a frame.
        image: An RGB image (height x width x 3 uint8 array) when status is OK, else None.
        t_s: Time of the frame in seconds: monotonic for a camera, media time for a file.
        message: A sentence for the user when status is not OK.
        luma_grid: Mean luminance (0-255) of the frame in a coarse grid, for lighting checks.
        source: Where the frame came from (device or file path), for messages and records.
        index: Frame number within the source.
    """

    status: CameraStatus
    image: Any = None
    t_s: float = 0.0
    message: str = ""
    luma_grid: tuple[tuple[float, ...], ...] = ()
    source: str = ""
    index: int = 0


class FrameSource(Protocol):
    """A camera, a replayed video or an image folder."""

    def read(self) -> FrameResult:
        """Return the next frame, or a status saying why there is none. Never raises."""
        ...

    def release(self) -> None:
        """Let go of the device (camera light off). A later read() reopens it."""
        ...


class PoseEstimator(Protocol):
    """A pose model: RGB image in, landmarks of every person found out."""

    def estimate(self, image: Any, t_s: float) -> tuple[PoseLandmarks, ...]:
        """Landmarks of the people in `image`, largest first; `t_s` must increase."""
        ...

    def close(self) -> None:
        """Free the model."""
        ...


class SettingsRepository(Protocol):
    """Where settings live between runs."""

    def load(self) -> Settings:
        """The saved settings; defaults for anything missing or broken. Never raises."""
        ...

    def save(self, settings: Settings) -> None:
        """Store settings atomically."""
        ...

    def discard_backups(self) -> int:
        """Delete backups of damaged settings files ("delete all my data")."""
        ...


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """Whether history is reaching the disk, for the UI to show.

    Attributes:
        is_persistent: False while writes are held in memory (disk full, read-only, locked).
        pending_writes: Minutes and events waiting in memory to be written.
        message: A sentence for the user when something is wrong; empty when all is well.
        notices: One-off things the user should hear about, e.g. a damaged history file that
            was moved aside (with its new name), oldest first.
    """

    is_persistent: bool = True
    pending_writes: int = 0
    message: str = ""
    notices: tuple[str, ...] = ()


class SummaryRepository(Protocol):
    """The user's posture history: per-minute aggregates and coaching events, by local day.

    Writes never raise: when storage fails they are kept in memory, retried on the next write
    or `flush()`, and `status` says so. Days are the user's local days as recorded (see
    core.minutes for how minutes are keyed).
    """

    @property
    def status(self) -> StoreStatus:
        """Where history is going right now, and anything the user should be told."""
        ...

    def record_sample(self, sample: PostureSample) -> None:
        """Add one sample to its minute(s). Never raises."""
        ...

    def record_samples(self, samples: Iterable[PostureSample]) -> None:
        """Add many samples in one write. Never raises."""
        ...

    def record_event(self, event: CoachEvent) -> None:
        """Store one coaching event. Never raises."""
        ...

    def flush(self) -> bool:
        """Try to write what is held in memory; True when nothing is left pending."""
        ...

    def minutes_for_day(self, day: date) -> list[MinuteAggregate]:
        """The minutes of one local day, oldest first (pending ones included)."""
        ...

    def events_for_day(self, day: date) -> list[CoachEvent]:
        """The events of one local day, oldest first (pending ones included)."""
        ...

    def days_with_data(self) -> list[date]:
        """Every local date with a minute or an event, oldest first."""
        ...

    def apply_retention(self, days: int, today: date | None = None) -> int:
        """Delete everything dated more than `days` days before `today`; rows deleted."""
        ...

    def delete_all(self) -> bool:
        """Forget the whole history; False (with `status` saying why) when it could not."""
        ...

    def close(self) -> None:
        """Write what is pending if possible and release the storage."""
        ...


class SummaryExporter(Protocol):
    """Writes summaries to files a user can keep or share."""

    def write_summaries_csv(self, summaries: Sequence[DaySummary], path: Path) -> None:
        """One CSV row per day. Raises OSError when the file cannot be written."""
        ...

    def write_summaries_json(self, summaries: Sequence[DaySummary], path: Path) -> None:
        """A JSON list with one object per day. Raises OSError when it cannot be written."""
        ...

    def write_weekly_report_html(
        self, summaries: Sequence[DaySummary], path: Path, dates: ReportDates
    ) -> None:
        """A printable HTML report of the days in the user's language, days written by `dates`.

        Raises OSError when it cannot be written.
        """
        ...


class StartAtLogin(Protocol):
    """Starts the app when the user logs in (an autostart entry, a login item)."""

    def apply(self, enabled: bool) -> str | None:
        """Start at login from now on, or not; returns a message when it cannot be done."""
        ...


class ScreenLocker(Protocol):
    """The desktop's own screen lock (so a break can start with the screen locked)."""

    @property
    def can_lock(self) -> bool:
        """Whether this desktop offers a way to lock the screen at all."""
        ...

    def lock(self) -> bool:
        """Lock the screen now; False when it could not be locked."""
        ...


class TimerStateStore(Protocol):
    """Where the sitting timer's snapshot waits for the next start (see SittingTimer.restore)."""

    def load(self) -> TimerSnapshot | None:
        """The snapshot saved last; None when there is none or it cannot be trusted."""
        ...

    def save(self, snapshot: TimerSnapshot) -> None:
        """Keep `snapshot`, replacing the last one; a failure is logged, never raised."""
        ...


class IdleTimeSource(Protocol):
    """How long the desktop's keyboard and mouse have been idle."""

    @property
    def description(self) -> str:
        """Where the idle time comes from, for the log ("none" for a null object)."""
        ...

    def idle_s(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None when it cannot be told now."""
        ...
