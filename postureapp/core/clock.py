"""Where the core gets time from: monotonic seconds for durations, aware wall time for days."""

from __future__ import annotations

import sys
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

    def boottime(self) -> float:
        """Seconds like `monotonic()`, but still counting while the machine sleeps.

        The difference between the two tells how long the machine was suspended, without
        mistaking a change of the wall clock for a sleep.
        """
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        """Seconds since an arbitrary point; unaffected by wall-clock changes."""
        return time.monotonic()

    def now(self) -> datetime:
        """Local time with the local UTC offset attached."""
        return datetime.now().astimezone()

    def boottime(self) -> float:
        """CLOCK_BOOTTIME on Linux. Elsewhere wall time stands in (so a manual clock change
        forward can look like a sleep there)."""
        if sys.platform.startswith("linux"):
            return time.clock_gettime(time.CLOCK_BOOTTIME)
        return time.time()
