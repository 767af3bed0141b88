"""Test doubles shared across the suite."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class FakeClock:
    """A clock that only moves when told to.

    `advance()` moves monotonic and wall time together; `jump_wall()` moves only wall time,
    as a manual clock change or DST does; `sleep_machine()` models suspend, where wall time moves
    but, on Linux, CLOCK_MONOTONIC does not.
    """

    def __init__(self, start: datetime | None = None, monotonic_s: float = 1000.0) -> None:
        self._wall = start or datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
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
