"""Strict breaks: a calm overlay on every screen while a break is due or under way, which the
user can always leave with a deliberate action once a short delay has passed (never a trap)."""

from __future__ import annotations

from typing import Final

LEAVE_DELAY_S: Final = 10.0
"""How long the overlay's Back to work button waits: long enough that a reflex click or key
does not dismiss the break, short enough that nobody is ever held from their screen."""


def seconds_until_leave(shown_at_s: float, now_s: float) -> float:
    """How long until the overlay may be left, 0 once it may (monotonic seconds)."""
    return max(0.0, LEAVE_DELAY_S - (now_s - shown_at_s))
