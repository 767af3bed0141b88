"""Test doubles shared across the suite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from postureapp.core.landmarks import PoseLandmarks


class FakeClock:
    """A clock that only moves when told to.

    `advance()` moves monotonic and wall time together; `jump_wall()` moves only wall time,
    as a manual clock change or DST does; `sleep_machine()` models suspend, where wall time moves
    but, on Linux, CLOCK_MONOTONIC does not.
    """

    def __init__(self, start: datetime | None = None, monotonic_s: float = 1000.0) -> None:
        self._wall = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        self._monotonic = monotonic_s

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def sleep_machine(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)


class ScriptedPoseEstimator:
    """A pose estimator that returns scripted people for each call, in order.

    The last entry repeats once the script runs out; `calls` records the timestamps seen.
    """

    def __init__(self, script: list[tuple[PoseLandmarks, ...]]) -> None:
        self._script = list(script)
        self.calls: list[float] = []
        self.closed = False

    def estimate(self, image: object, t_s: float) -> tuple[PoseLandmarks, ...]:
        self.calls.append(t_s)
        index = min(len(self.calls) - 1, len(self._script) - 1)
        return self._script[index]

    def close(self) -> None:
        self.closed = True
