"""What monitoring produces over time: posture states and the samples summaries are built from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class PostureState(StrEnum):
    """The smoothed posture of the user at one moment."""

    UPRIGHT = "upright"
    ROUNDED = "rounded"
    AWAY = "away"  # nobody at the desk, or head and shoulders not in view
    UNKNOWN = "unknown"  # camera off, too dark, low confidence: no judgement made


@dataclass(frozen=True, slots=True)
class PostureSample:
    """One posture judgement, as summaries store it.

    Attributes:
        at: Wall time of the sample (timezone-aware).
        state: The smoothed posture state.
        score: 0-100, 100 = as upright as the baseline; None when no person was judged.
        interval_s: How much monitored time this sample stands for (the sampling interval).
    """

    at: datetime
    state: PostureState
    score: float | None
    interval_s: float
