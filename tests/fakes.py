"""Test doubles shared across the suite."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from postureapp.core.control import ControlAction, ControlCommand, ControlReply
from postureapp.core.events import CoachEvent
from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.landmarks import FrameObservation, PoseLandmarks
from postureapp.core.minutes import MinuteAggregate, aggregate_samples, merge_minutes
from postureapp.core.notifications import ActionInvokedSignal, Notification, NullNotifier
from postureapp.core.ports import CameraStatus, FrameResult
from postureapp.core.samples import PostureSample


class FakeClock:
    """A clock that only moves when told to.

    `advance()` moves all clocks together; `jump_wall()` moves only wall time, as a manual
    clock change or DST does; `sleep_machine()` models suspend, where wall time and boot time
    move but, on Linux, CLOCK_MONOTONIC does not.
    """

    def __init__(self, start: datetime | None = None, monotonic_s: float = 1000.0) -> None:
        self._wall = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        self._monotonic = monotonic_s
        self._boottime = monotonic_s

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._wall

    def boottime(self) -> float:
        return self._boottime

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._boottime += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def sleep_machine(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)
        self._boottime += seconds


class ScriptedPoseEstimator:
    """A pose estimator that returns scripted people for each call, in order.

    The last entry repeats once the script runs out; `calls` records the timestamps seen.
    """

    def __init__(self, script: Sequence[tuple[PoseLandmarks, ...]]) -> None:
        self._script = list(script)
        self.calls: list[float] = []
        self.closed = False

    def estimate(self, image: object, t_s: float) -> tuple[PoseLandmarks, ...]:
        self.calls.append(t_s)
        index = min(len(self.calls) - 1, len(self._script) - 1)
        return self._script[index]

    def close(self) -> None:
        self.closed = True


class FakeImage:
    """Stands in for a camera frame: only its shape is ever read by the core."""

    shape = (480, 640, 3)


class SizedImage:
    """Stands in for a camera frame of a given size (only its shape is read)."""

    def __init__(self, height: int, width: int) -> None:
        self.shape = (height, width, 3)


class ScriptedPoseSource:
    """A camera and a pose model in one, playing recorded or synthesised frames in order.

    As a frame source it delivers each observation's size, time and brightness; as a pose
    estimator it reports the people of the frame it last delivered. After the script ends the
    last frame stays in view, as a person stays in their chair. `releases` counts how often the
    camera was let go.
    """

    def __init__(self, observations: Iterable[FrameObservation]) -> None:
        self._script = list(observations)
        self._next = 0
        self._current: FrameObservation | None = None
        self.reads = 0
        self.releases = 0
        self.closed = False

    @property
    def is_finished(self) -> bool:
        return self._next >= len(self._script)

    def read(self) -> FrameResult:
        self.reads += 1
        if self.is_finished:
            last = self._script[-1]
            self._current = replace(last, t_s=last.t_s + 0.2 * (self.reads - len(self._script)))
        else:
            self._current = self._script[self._next]
            self._next += 1
        obs = self._current
        return FrameResult(CameraStatus.OK, SizedImage(obs.image_height, obs.image_width),
                           obs.t_s, "", obs.luma_grid, "scripted camera", self.reads)

    def release(self) -> None:
        self.releases += 1

    def estimate(self, image: object, t_s: float) -> tuple[PoseLandmarks, ...]:
        return self._current.people if self._current is not None else ()

    def close(self) -> None:
        self.closed = True


class FakeFrameSource:
    """A camera that always delivers a (blank) frame, or a scripted failure status."""

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self.status = CameraStatus.OK
        self.reads = 0
        self.releases = 0

    def read(self) -> FrameResult:
        self.reads += 1
        if self.status is not CameraStatus.OK:
            return FrameResult(self.status, message=f"camera {self.status.value}")
        grid = tuple((120.0,) * 8 for _ in range(6))
        return FrameResult(CameraStatus.OK, FakeImage(), self._clock.monotonic(), "", grid,
                           "fake camera", self.reads)

    def release(self) -> None:
        self.releases += 1


class PuppetPoseEstimator:
    """A pose estimator that reports whoever the test currently puts in front of the camera."""

    def __init__(self, people: tuple[PoseLandmarks, ...] = ()) -> None:
        self.people = people
        self.closed = False

    def estimate(self, image: object, t_s: float) -> tuple[PoseLandmarks, ...]:
        return self.people

    def close(self) -> None:
        self.closed = True


_SAMPLE_UPRIGHT = PostureFeatures(
    nose_height_sw=0.92,
    ear_height_sw=0.71,
    face_width_sw=0.43,
    nose_depth_sw=-0.12,
    shoulder_width_frac=0.31,
    center_x_frac=0.5,
    center_y_frac=0.64,
    head_roll_deg=-1.5,
)
SAMPLE_BASELINE = Baseline(
    _SAMPLE_UPRIGHT,
    frames_used=42,
    calibrated_at="2026-11-23T09:00:00+00:00",
    upright_spread=0.06,
    slouched=replace(_SAMPLE_UPRIGHT, nose_height_sw=0.61, ear_height_sw=0.52,
                     face_width_sw=0.47, head_roll_deg=2.5),
)
"""A calibration with every field set (both steps), for storage and dialog round trips."""


class InMemoryHistory:
    """A history store in memory: what the app would record, read back by day (UTC days)."""

    def __init__(self) -> None:
        self.samples: list[PostureSample] = []
        self.events: list[CoachEvent] = []
        self._minutes: dict[int, MinuteAggregate] = {}

    def record(self, samples: Iterable[PostureSample], events: Iterable[CoachEvent]) -> None:
        new = list(samples)
        self.samples.extend(new)
        self.events.extend(events)
        if new:
            self._minutes = merge_minutes(self._minutes, aggregate_samples(new, tz=UTC))

    def minutes_for_day(self, day: date) -> list[MinuteAggregate]:
        return [self._minutes[key] for key in sorted(self._minutes)
                if self._minutes[key].local_date == day]

    def events_for_day(self, day: date) -> list[CoachEvent]:
        return [e for e in self.events if e.at.astimezone(UTC).date() == day]


class RecordingNotifier:
    """A notifier that keeps what it was asked to show and to withdraw."""

    def __init__(self) -> None:
        self.shown: list[Notification] = []
        self.withdrawn: list[str] = []

    @property
    def action_invoked(self) -> ActionInvokedSignal:
        return NullNotifier().action_invoked

    def notify(self, notification: Notification) -> None:
        self.shown.append(notification)

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)


class RecordingControlHandler:
    """Answers commands from outside as a running app would, and remembers them: PAUSE reports
    15 minutes of pause, SNOOZE is refused because no break is due."""

    def __init__(self) -> None:
        self.commands: list[ControlCommand] = []

    def __call__(self, command: ControlCommand) -> ControlReply:
        self.commands.append(command)
        is_paused = command.action is ControlAction.PAUSE
        status = {"paused": is_paused, "pause_remaining_min": 15 if is_paused else None}
        if command.action is ControlAction.SNOOZE:
            return ControlReply(status, "no break is due")
        return ControlReply(status)


class ScriptedScreenLocker:
    """A desktop's screen lock that works or not, as a test says, and counts the tries; once it
    failed it says it cannot lock (as `FirstWorkingScreenLocker` does when all failed)."""

    def __init__(self, works: bool) -> None:
        self.works = works
        self.tries = 0

    @property
    def can_lock(self) -> bool:
        return self.works or self.tries == 0

    def lock(self) -> bool:
        self.tries += 1
        return self.works


class SettableIdleTime:
    """The desktop's idle time as the test sets it: `idle_s_now` seconds, or None (unknown)."""

    description = "set by the test"

    def __init__(self, idle_s_now: float | None = None) -> None:
        self.idle_s_now = idle_s_now

    def idle_s(self) -> float | None:
        return self.idle_s_now
