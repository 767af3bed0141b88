"""Posture nudges: when a gentle "sit tall" cue is worth showing, and when to stay quiet.

Also home of `is_within_working_hours`, the schedule rule the sitting timer shares.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Protocol

from postureapp.core.clock import Clock
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.samples import PostureState
from postureapp.core.settings import WEEKDAYS, Settings

CUES: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP("reminders", "Sit tall and let your head float up"),
    QT_TRANSLATE_NOOP("reminders", "Shoulders relaxed, down and back"),
    QT_TRANSLATE_NOOP("reminders", "Bring the screen to eye level"),
    QT_TRANSLATE_NOOP("reminders", "Let your head rest over your shoulders"),
    QT_TRANSLATE_NOOP("reminders", "Breathe out and let your shoulders drop"),
)
"""Nudge texts, shown in turn. Short, kind, and about one thing each. The history records them in
English; the nudge shows them translated."""

HEED_WINDOW_S: Final = 60.0
"""A nudge counts as heeded when posture is upright again within this many seconds, or within
two sampling intervals and a bit when samples are sparse (the tracker needs a sample or two to
confirm the change)."""

ROUNDED_WINDOW_S: Final = 30 * 60.0
"""How far back "rounded recently" looks."""

ROUNDED_RECENTLY_S: Final = 10 * 60.0
"""Rounded time within the window that counts as a long stretch of rounding."""

MIN_STALE_AFTER_S: Final = 30.0
"""A posture report is trusted for at least this long (or 3 sample intervals, if longer)."""


def is_within_working_hours(settings: Settings, now: datetime) -> bool:
    """Whether reminders may be shown at `now` according to the user's schedule.

    Args:
        settings: Supplies schedule_enabled, work_days, work_start and work_end.
        now: Local wall time (its own date and clock fields are used as they are).

    Returns:
        True when the schedule is off, or `now` falls in [work_start, work_end) of a shift that
        starts on a work day. A shift whose end is before its start crosses midnight: 22:00-06:00
        on a Monday covers Monday 22:00 to Tuesday 06:00.
    """
    if not settings.schedule_enabled:
        return True
    minute_of_day = now.hour * 60 + now.minute
    start, end = settings.work_start_min, settings.work_end_min
    today = WEEKDAYS[now.weekday()]
    if start < end:
        return today in settings.work_days and start <= minute_of_day < end
    yesterday = WEEKDAYS[(now.weekday() - 1) % 7]
    return (today in settings.work_days and minute_of_day >= start) or (
        yesterday in settings.work_days and minute_of_day < end
    )


class TimerStatus(Protocol):
    """What the nudge policy needs from the sitting timer; SittingTimer provides it."""

    @property
    def is_break_active(self) -> bool:
        """A break prompt is up or a break is under way."""
        ...

    @property
    def is_paused(self) -> bool:
        """The user paused coaching."""
        ...

    @property
    def is_call_hold(self) -> bool:
        """Another app uses the camera (a call), or one just ended."""
        ...


@dataclass(frozen=True, slots=True)
class Nudge:
    """A posture cue to show now.

    Attributes:
        cue: The short text to show.
        at: Wall time it was decided.
    """

    cue: str
    at: datetime


@dataclass(frozen=True, slots=True)
class NudgeUpdate:
    """What `NudgePolicy.poll()` decided since the last call.

    Attributes:
        nudge: A nudge to show now, or None.
        events: NUDGE_SHOWN and NUDGE_HEEDED events, in order, for the history.
    """

    nudge: Nudge | None
    events: tuple[CoachEvent, ...]


class NudgePolicy:
    """Decides when to nudge about posture, and remembers how rounded the user has been.

    A nudge is shown when posture has stayed ROUNDED for `settings.nudge_after_s` while
    nudges were allowed. After a nudge, none follows for `settings.nudge_cooldown_min`. Nudges
    are never shown when turned off, outside working hours, or when the timer says a break is
    due or under way, coaching is paused, or the user is in a call; rounded time during such a
    quiet spell does not count towards the next nudge.

    A nudge is heeded when an UPRIGHT report arrives within HEED_WINDOW_S of it.

    Posture reports are trusted for max(3 sample intervals, MIN_STALE_AFTER_S); an older report
    counts as UNKNOWN, so a missed camera or a suspended machine never looks like a long spell
    of rounding.

    Use: call `on_posture()` with each smoothed posture state, and `poll()` once a second.
    """

    def __init__(self, settings: Settings, clock: Clock, timer: TimerStatus | None = None) -> None:
        """Create a policy with no posture seen yet.

        Args:
            settings: Nudge and schedule settings.
            clock: Monotonic time for durations, wall time for events and the schedule.
            timer: The sitting timer, asked whether to stay quiet; None if there is none.
        """
        self._settings = settings
        self._clock = clock
        self._timer = timer
        now_s = clock.monotonic()
        self._state = PostureState.UNKNOWN
        self._state_since_s = now_s
        self._last_report_s: float | None = None
        self._rounded_spells: deque[tuple[float, float]] = deque()
        # Nudges count as allowed from the start until a poll finds reason to be quiet.
        self._allowed_since_s: float | None = now_s
        self._cooldown_until_s: float | None = None
        self._awaiting_heed: tuple[str, float] | None = None
        self._cue_index = 0
        self._events: list[CoachEvent] = []

    # Inputs

    def on_settings_changed(self, settings: Settings) -> None:
        """Use new settings from now on."""
        self._settings = settings

    def on_posture(self, state: PostureState) -> None:
        """Record the latest smoothed posture state."""
        now_s = self._clock.monotonic()
        self._expire_stale_report(now_s)
        effective = self._effective_state(now_s)
        if effective is PostureState.ROUNDED and state is not PostureState.ROUNDED:
            self._close_rounded_spell(now_s)
        if state is not effective:
            self._state_since_s = now_s
        self._state = state
        self._last_report_s = now_s
        if state is PostureState.UPRIGHT and self._awaiting_heed is not None:
            cue, shown_s = self._awaiting_heed
            if now_s - shown_s <= self._heed_window_s:
                self._events.append(
                    CoachEvent(EventKind.NUDGE_HEEDED, at=self._clock.now(), detail=cue)
                )
            self._awaiting_heed = None

    @property
    def _heed_window_s(self) -> float:
        return max(HEED_WINDOW_S, 2.0 * self._settings.sample_interval_s + 10.0)

    # Output

    def poll(self) -> NudgeUpdate:
        """Decide whether to nudge now; return that and the events since the last poll."""
        now_s = self._clock.monotonic()
        self._expire_stale_report(now_s)
        self._forget_old_spells(now_s)
        if (self._awaiting_heed is not None
                and now_s - self._awaiting_heed[1] > self._heed_window_s):
            self._awaiting_heed = None

        nudge: Nudge | None = None
        if self._is_quiet():
            self._allowed_since_s = None
        else:
            if self._allowed_since_s is None:
                self._allowed_since_s = now_s
            if self._is_nudge_due(now_s):
                nudge = self._nudge(now_s)

        events = tuple(self._events)
        self._events.clear()
        return NudgeUpdate(nudge=nudge, events=events)

    # Read-only state

    @property
    def posture(self) -> PostureState:
        """The current posture state; UNKNOWN when the last report is too old."""
        return self._effective_state(self._clock.monotonic())

    @property
    def rounded_recent_s(self) -> float:
        """Seconds of ROUNDED posture within the last ROUNDED_WINDOW_S."""
        now_s = self._clock.monotonic()
        window_start_s = now_s - ROUNDED_WINDOW_S
        spells = list(self._rounded_spells)
        if self._state is PostureState.ROUNDED and self._last_report_s is not None:
            # An open spell lasts until now, or until the last report went stale.
            end_s = min(now_s, self._last_report_s + self._stale_after_s())
            spells.append((self._state_since_s, end_s))
        return sum(max(0.0, end - max(start, window_start_s)) for start, end in spells)

    @property
    def is_rounded_recently(self) -> bool:
        """True after a long stretch of rounding: the stretch chooser then favours extension."""
        return self.rounded_recent_s >= ROUNDED_RECENTLY_S

    @property
    def cooldown_remaining_s(self) -> float:
        """Seconds until another nudge may be shown (0 when one may)."""
        if self._cooldown_until_s is None:
            return 0.0
        return max(0.0, self._cooldown_until_s - self._clock.monotonic())

    # Internals

    def _stale_after_s(self) -> float:
        return max(MIN_STALE_AFTER_S, 3.0 * self._settings.sample_interval_s)

    def _effective_state(self, now_s: float) -> PostureState:
        if self._last_report_s is None or now_s - self._last_report_s > self._stale_after_s():
            return PostureState.UNKNOWN
        return self._state

    def _close_rounded_spell(self, now_s: float) -> None:
        if now_s > self._state_since_s:
            self._rounded_spells.append((self._state_since_s, now_s))

    def _expire_stale_report(self, now_s: float) -> None:
        if (
            self._state is PostureState.ROUNDED
            and self._last_report_s is not None
            and self._effective_state(now_s) is PostureState.UNKNOWN
        ):
            # The report went stale: the spell ended when we stopped trusting it.
            self._close_rounded_spell(self._last_report_s + self._stale_after_s())
            self._state = PostureState.UNKNOWN
            self._state_since_s = now_s

    def _forget_old_spells(self, now_s: float) -> None:
        while self._rounded_spells and self._rounded_spells[0][1] < now_s - ROUNDED_WINDOW_S:
            self._rounded_spells.popleft()

    def _is_quiet(self) -> bool:
        if not self._settings.nudges_enabled:
            return True
        if not is_within_working_hours(self._settings, self._clock.now()):
            return True
        timer = self._timer
        return timer is not None and (
            timer.is_break_active or timer.is_paused or timer.is_call_hold
        )

    def _is_nudge_due(self, now_s: float) -> bool:
        if self._effective_state(now_s) is not PostureState.ROUNDED:
            return False
        if self._cooldown_until_s is not None and now_s < self._cooldown_until_s:
            return False
        # Only rounding while nudges were allowed counts.
        allowed_since_s = now_s if self._allowed_since_s is None else self._allowed_since_s
        streak_start_s = max(self._state_since_s, allowed_since_s)
        return now_s - streak_start_s >= self._settings.nudge_after_s

    def _nudge(self, now_s: float) -> Nudge:
        cue = CUES[self._cue_index % len(CUES)]
        self._cue_index += 1
        at = self._clock.now()
        self._cooldown_until_s = now_s + self._settings.nudge_cooldown_min * 60.0
        self._awaiting_heed = (cue, now_s)
        self._events.append(CoachEvent(EventKind.NUDGE_SHOWN, at=at, detail=cue))
        return Nudge(cue=translate("reminders", cue), at=at)
