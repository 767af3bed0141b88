"""Where the core gets time from: monotonic seconds for durations, aware wall time for days."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """A source of time the core can be tested with."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never go backwards (for durations)."""
        ...

    def now(self) -> datetime:
        """The current local wall time, timezone-aware (for days and summaries)."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        """Seconds since an arbitrary point; unaffected by wall-clock changes."""
        return time.monotonic()

    def now(self) -> datetime:
        """Local time with the local UTC offset attached."""
        return datetime.now().astimezone()
