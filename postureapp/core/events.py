"""Coaching events: every decision the timer and nudges make, as values summaries can store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class EventKind(StrEnum):
    """What happened. Values are stable: they are stored in the user's history."""

    BREAK_DUE = "break_due"  # a break is called for: by the timer, or asked for by the user
    BREAK_REMINDED = "break_reminded"  # the same break asked for again after a snooze
    BREAK_STARTED = "break_started"
    BREAK_TAKEN = "break_taken"  # a break completed (stretches carries what was done)
    BREAK_SNOOZED = "break_snoozed"
    BREAK_SKIPPED = "break_skipped"
    NATURAL_BREAK = "natural_break"  # the user left the desk long enough
    NUDGE_SHOWN = "nudge_shown"
    NUDGE_HEEDED = "nudge_heeded"
    STRETCH_CONFIRMED = "stretch_confirmed"  # the camera saw a guided stretch done at its dose
    STRETCH_NOT_CONFIRMED = "stretch_not_confirmed"  # camera on, not seen done (detail: why)
    CALIBRATED = "calibrated"
    PAUSED = "paused"
    RESUMED = "resumed"


@dataclass(frozen=True, slots=True)
class CoachEvent:
    """One event.

    Attributes:
        kind: What happened.
        at: Wall time (timezone-aware) when it happened.
        sitting_s: Seconds sat without a break when it happened (0 where it does not apply).
        stretches: Stretch ids involved (suggested or done), in order.
        detail: Short free text for display, e.g. the pause reason.
    """

    kind: EventKind
    at: datetime
    sitting_s: float = 0.0
    stretches: tuple[str, ...] = ()
    detail: str = ""
