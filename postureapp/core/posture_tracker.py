"""Posture over time: smoothing, hysteresis and minimum durations on top of per-frame verdicts.

One frame is noisy (a glance down at the keyboard, a model jitter); a state is what the user is
actually doing. The tracker turns a stream of FrameVerdicts into PostureState changes:

* scores are smoothed with an exponential average whose time constant is in seconds, so the
  same settings work at 30 frames a second and at one sample every 10 seconds;
* the smoothed score must fall below the user's threshold (which the verdicts carry: it depends
  on the user's calibration and the sensitivity) to count as rounded, and climb back above it by
  a margin to count as upright again (hysteresis);
* a new posture must last a minimum time before the state changes;
* nobody in view for a while is AWAY; a person who cannot be judged (dark, out of frame) for a
  while is UNKNOWN. Until then the last state stands, so one missed frame changes nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from postureapp.core.posture import FrameCondition, FrameVerdict
from postureapp.core.samples import PostureState


@dataclass(frozen=True, slots=True)
class TrackerTiming:
    """Time constants of the tracker, in seconds (and score points for the hysteresis)."""

    smoothing_tau_s: float = 15.0
    enter_rounded_after_s: float = 20.0
    leave_rounded_after_s: float = 10.0
    hysteresis_points: float = 8.0
    away_after_s: float = 10.0
    return_after_s: float = 5.0  # back from away only when seen in two samples this far apart
    unknown_after_s: float = 20.0


class PostureTracker:
    """Turns per-frame verdicts into a smoothed posture state.

    Feed it with `update(t_s, verdict)` in time order; `t_s` may come from a monotonic clock or
    from a video's timeline.
    """

    def __init__(self, timing: TrackerTiming | None = None) -> None:
        self._timing = timing or TrackerTiming()
        self._state = PostureState.UNKNOWN
        self._smoothed: float | None = None
        self._last_t: float | None = None
        self._pending: PostureState | None = None
        self._pending_since: float = 0.0
        self._absent_since: float | None = None
        self._back_since: float | None = None
        self._unjudged_since: float | None = None
        self._condition = FrameCondition.NO_PERSON
        self._last_presence: bool | None = None

    @property
    def state(self) -> PostureState:
        """The current smoothed posture state."""
        return self._state

    @property
    def smoothed_score(self) -> float | None:
        """The smoothed 0-100 score, None while nobody is being judged."""
        return self._smoothed

    @property
    def condition(self) -> FrameCondition:
        """The condition of the latest frame (why it could or could not be judged)."""
        return self._condition

    @property
    def is_present(self) -> bool | None:
        """Whether the user is at the desk: None when the camera cannot tell."""
        if self._state in (PostureState.UPRIGHT, PostureState.ROUNDED):
            return True
        if self._state is PostureState.AWAY:
            return False
        # Unknown: someone may be there (found but not judgeable) or the camera cannot tell.
        return self._last_presence

    @property
    def is_settling(self) -> bool:
        """Whether a change (of posture, or to away/unknown) is waiting to be confirmed."""
        return (
            self._pending is not None
            or self._back_since is not None
            or (self._absent_since is not None and self._state is not PostureState.AWAY)
            or (self._unjudged_since is not None and self._state is not PostureState.UNKNOWN)
        )

    def reset(self) -> None:
        """Forget the posture: there are no frames (camera busy or off), so nothing is known."""
        self._state = PostureState.UNKNOWN
        self._smoothed = None
        self._pending = None
        self._absent_since = self._back_since = self._unjudged_since = None
        self._last_presence = None

    def update(self, t_s: float, verdict: FrameVerdict) -> PostureState:
        """Take one verdict at time `t_s` and return the (possibly new) state."""
        self._condition = verdict.condition
        self._last_presence = verdict.is_person_present
        if self._state is PostureState.AWAY and verdict.is_person_present:
            # One sighting is not a return (someone passing, a false detection): wait for a
            # second one a few seconds later before counting the user as back.
            self._back_since = t_s if self._back_since is None else self._back_since
            if t_s - self._back_since < self._timing.return_after_s:
                self._last_t = t_s
                self._last_presence = False
                return self._state
        self._back_since = None
        if verdict.score is not None and verdict.threshold is not None:
            self._absent_since = self._unjudged_since = None
            self._on_score(t_s, verdict.score, verdict.threshold)
        elif verdict.is_person_present is False:
            self._unjudged_since = None
            self._absent_since = t_s if self._absent_since is None else self._absent_since
            if t_s - self._absent_since >= self._timing.away_after_s:
                self._leave_judged(PostureState.AWAY)
        else:
            self._absent_since = None
            self._unjudged_since = t_s if self._unjudged_since is None else self._unjudged_since
            if t_s - self._unjudged_since >= self._timing.unknown_after_s:
                self._leave_judged(PostureState.UNKNOWN)
        self._last_t = t_s
        return self._state

    def _leave_judged(self, state: PostureState) -> None:
        self._state = state
        self._smoothed = None
        self._pending = None

    def _on_score(self, t_s: float, score: float, threshold: float) -> None:
        if self._smoothed is None or self._last_t is None:
            self._smoothed = score
        else:
            dt = max(0.0, t_s - self._last_t)
            alpha = 1.0 - math.exp(-dt / self._timing.smoothing_tau_s)
            self._smoothed += alpha * (score - self._smoothed)
        smoothed = self._smoothed
        # A strict boundary sits close to 100: the band must leave room to become upright again.
        hysteresis = min(self._timing.hysteresis_points, (100.0 - threshold) / 2)
        if smoothed < threshold:
            wanted = PostureState.ROUNDED
        elif smoothed >= threshold + hysteresis:
            wanted = PostureState.UPRIGHT
        elif self._state in (PostureState.UPRIGHT, PostureState.ROUNDED):
            wanted = self._state  # inside the hysteresis band: keep what we had
        else:
            wanted = PostureState.UPRIGHT
        if self._state not in (PostureState.UPRIGHT, PostureState.ROUNDED):
            # Back from away or unknown: there is no earlier posture to protect from flicker.
            self._state, self._pending = wanted, None
            return
        if wanted is self._state:
            self._pending = None
            return
        if self._pending is not wanted:
            self._pending, self._pending_since = wanted, t_s
        hold_s = (
            self._timing.enter_rounded_after_s
            if wanted is PostureState.ROUNDED
            else self._timing.leave_rounded_after_s
        )
        if t_s - self._pending_since >= hold_s:
            self._state, self._pending = wanted, None
