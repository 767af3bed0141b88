"""The sitting timer: counts time at the desk and decides when a stretch break is due."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from enum import Enum, StrEnum
from typing import Final

from postureapp.core.clock import Clock
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.reminders import is_within_working_hours
from postureapp.core.settings import Settings

SLEEP_GAP_TOLERANCE_S: Final = 30.0
"""Boot time running ahead of monotonic time by more than this means the machine was asleep."""

WAKE_STEP_S: Final = 5.0
"""After on_system_sleep(), a monotonic step longer than this between updates is the sleep."""

CALL_END_GRACE_S: Final = 60.0
"""After a call ends, a held break prompt waits this long, so it does not pop mid-goodbye."""

SNOOZE_PENALTY_S: Final = 60.0
"""Each snooze adds this much to the break the user is then asked to take."""

UNCONFIRMED_BREAK_GRACE_S: Final = 5 * 60.0
"""A started break nobody finishes ends by itself this long after its planned length."""

LEFT_DESK_ON_BREAK_S: Final = 60.0
"""An unconfirmed break counts as taken if the user was away from the desk at least this long."""

RECENT_INPUT_S: Final = 60.0
"""Keyboard or mouse input this recent means someone is at the desk, whatever the camera says."""

CAMERA_BLIND_AFTER_S: Final = 30.0
"""Input while the camera sees nobody this long means the camera does not see the user."""

SNAPSHOT_EVERY_S: Final = 30.0
"""A snapshot whose only news is time passing is saved at most this often (see is_snapshot_due)."""

SNAPSHOT_VERSION: Final = 1
"""The layout of `TimerSnapshot.to_dict()`; a snapshot of another version is not restored."""

_MAX_SNAPSHOT_S: Final = 366 * 24 * 3600.0
"""No duration in a snapshot is longer than this; a longer one is damage, not a long sit."""


class TimerState(StrEnum):
    """What the timer is doing, as the tray and break window show it."""

    SITTING = "sitting"  # at the desk (or presence unknown), sitting time counts
    AWAY = "away"  # not at the desk, screen locked or machine asleep; sitting time is frozen
    BREAK_DUE = "break_due"  # the break prompt is up
    ON_BREAK = "on_break"  # the user is taking a break
    SNOOZED = "snoozed"  # the prompt was put off for snooze_min of sitting
    PAUSED = "paused"  # the user paused coaching
    IN_CALL = "in_call"  # another app uses the camera; prompts are held until after the call


class _Phase(Enum):
    """Where the user is in the sit-break cycle, whatever overlays (away, call, pause) apply."""

    SITTING = "sitting"
    DUE = "due"
    SNOOZED = "snoozed"
    ON_BREAK = "on_break"


@dataclass(frozen=True, slots=True)
class TimerUpdate:
    """What changed since the previous `poll()`.

    Attributes:
        state: The state now.
        previous_state: The state the previous poll returned.
        events: Decisions made since the previous poll, oldest first.
    """

    state: TimerState
    previous_state: TimerState
    events: tuple[CoachEvent, ...]

    @property
    def is_state_changed(self) -> bool:
        """True when the state differs from the previous poll's."""
        return self.state is not self.previous_state


class SnapshotError(ValueError):
    """A stored snapshot is not one this version wrote; the message names the field."""


@dataclass(frozen=True, slots=True)
class TimerSnapshot:
    """What a restarted app needs to carry on the sit-break cycle: a plain value.

    Only the cycle is kept. What the desktop tells again at start (presence, screen lock,
    sleep, a call) is not.

    Attributes:
        saved_at: Wall time of the snapshot (timezone-aware); a restart measures the gap
            from it.
        phase: "sitting", "due", "snoozed" or "on_break".
        sitting_s: Seconds sat since the last break.
        snoozes_used: Snoozes used since the last break.
        snooze_until_sitting_s: While snoozed, the sitting seconds at which it falls due again.
        away_s: Length of the absence under way (0 at the desk).
        is_paused: Coaching is paused.
        pause_remaining_s: Seconds left of a timed pause; None until resumed (or not paused).
        break_elapsed_s: Seconds into the break under way.
        break_away_s: Seconds of that break spent away from the desk.
        break_length_s: The planned length of that break.
        break_sitting_s: Seconds sat before that break began.
    """

    saved_at: datetime
    phase: str = _Phase.SITTING.value
    sitting_s: float = 0.0
    snoozes_used: int = 0
    snooze_until_sitting_s: float = 0.0
    away_s: float = 0.0
    is_paused: bool = False
    pause_remaining_s: float | None = None
    break_elapsed_s: float = 0.0
    break_away_s: float = 0.0
    break_length_s: float = 0.0
    break_sitting_s: float = 0.0

    def __post_init__(self) -> None:
        """Refuse what no timer could have written, naming the field."""
        if self.saved_at.tzinfo is None:
            raise SnapshotError("saved_at has no time zone")
        if self.phase not in {phase.value for phase in _Phase}:
            raise SnapshotError(f"phase {self.phase!r} is not one of the timer's")
        if not 0 <= self.snoozes_used <= 100:
            raise SnapshotError(f"snoozes_used {self.snoozes_used} is out of range")
        for name in _SNAPSHOT_SECONDS:
            value = getattr(self, name)
            if value is None and name == "pause_remaining_s":
                continue
            if not (math.isfinite(value) and 0 <= value <= _MAX_SNAPSHOT_S):
                raise SnapshotError(f"{name} {value!r} is not a duration a timer can have")

    def to_dict(self) -> dict[str, object]:
        """The snapshot as JSON-ready values, with a version key."""
        data: dict[str, object] = {"version": SNAPSHOT_VERSION,
                                   "saved_at": self.saved_at.isoformat()}
        for field in fields(self):
            if field.name != "saved_at":
                data[field.name] = getattr(self, field.name)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> TimerSnapshot:
        """Read what `to_dict` wrote.

        Raises:
            SnapshotError: Another version, a missing field, or a value of the wrong type or
                out of range; the message names the field.
        """
        if data.get("version") != SNAPSHOT_VERSION:
            raise SnapshotError(f"version {data.get('version')!r} is not {SNAPSHOT_VERSION}")
        saved_at = data.get("saved_at")
        if not isinstance(saved_at, str):
            raise SnapshotError("saved_at is not a time")
        try:
            values: dict[str, object] = {"saved_at": datetime.fromisoformat(saved_at)}
        except ValueError as error:
            raise SnapshotError(f"saved_at: {error}") from None
        for name, kinds in _SNAPSHOT_KINDS.items():
            if name not in data:
                raise SnapshotError(f"{name} is missing")
            value = data[name]
            # bool is an int to isinstance(), but True is no count of snoozes or seconds.
            if isinstance(value, bool) is not (kinds == (bool,)) or not isinstance(value, kinds):
                raise SnapshotError(f"{name} {value!r} is of the wrong type")
            values[name] = float(value) if isinstance(value, int) and float in kinds else value
        return cls(**values)  # type: ignore[arg-type]


_SNAPSHOT_SECONDS: Final = (
    "sitting_s", "snooze_until_sitting_s", "away_s", "pause_remaining_s", "break_elapsed_s",
    "break_away_s", "break_length_s", "break_sitting_s",
)
_SNAPSHOT_KINDS: Final[dict[str, tuple[type, ...]]] = {
    "phase": (str,),
    "snoozes_used": (int,),
    "is_paused": (bool,),
    **{name: (int, float) for name in _SNAPSHOT_SECONDS},
}
_SNAPSHOT_KINDS["pause_remaining_s"] = (int, float, type(None))


def is_snapshot_due(saved: TimerSnapshot | None, current: TimerSnapshot) -> bool:
    """Whether to save `current`, given the snapshot saved last.

    At once when the cycle moved (a break fell due, a snooze, a pause, a break began or
    ended); otherwise when time has passed for at least SNAPSHOT_EVERY_S, so a crash loses
    at most that much of the count. A wall clock set back saves at once.
    """
    if saved is None:
        return True
    if _milestones(current) != _milestones(saved):
        return True
    if replace(current, saved_at=saved.saved_at) == saved:
        return False  # nothing but the time of day: paused until resumed, say
    since_s = (current.saved_at - saved.saved_at).total_seconds()
    return since_s >= SNAPSHOT_EVERY_S or since_s < 0


def _milestones(snapshot: TimerSnapshot) -> tuple[object, ...]:
    return (snapshot.phase, snapshot.snoozes_used, snapshot.snooze_until_sitting_s,
            snapshot.is_paused, snapshot.pause_remaining_s is None, snapshot.away_s > 0)


class SittingTimer:
    """Counts sitting time and walks the user through break prompts, snoozes and breaks.

    Lifecycle::

        SITTING --sitting_s reaches sitting_limit_min--> BREAK_DUE          (BREAK_DUE event)
        BREAK_DUE --start_break()--> ON_BREAK                            (BREAK_STARTED)
        BREAK_DUE --snooze(), while can_snooze--> SNOOZED                (BREAK_SNOOZED)
        SNOOZED --snooze_min more sitting--> BREAK_DUE                   (BREAK_DUE)
        BREAK_DUE, SNOOZED, ON_BREAK --skip()--> SITTING, reset          (BREAK_SKIPPED)
        ON_BREAK --finish_break(ids)--> SITTING, reset                   (BREAK_TAKEN)
        ON_BREAK --planned length + 5 min, unconfirmed--> SITTING, reset (BREAK_TAKEN)
        any but ON_BREAK --take_break_now()--> ON_BREAK                  (BREAK_STARTED)
        any but ON_BREAK --pause(duration_s)--> PAUSED                   (PAUSED)
        PAUSED --resume() or the duration passes--> where it was         (RESUMED)

    Overlays on that cycle:

    - Away (presence False, session locked, machine asleep): sitting time is frozen, not reset.
      An absence of natural_break_min resets it and ends any due or snoozed break
      (NATURAL_BREAK). A shorter absence only pauses the count: it resumes where it was. A due
      break stays BREAK_DUE while the user steps away, so the prompt does not flicker.
    - Presence unknown (no camera): the timer runs on time alone (`is_time_only`): all
      running time counts as sitting, except while the session is locked or the machine sleeps.
    - Keyboard or mouse input within RECENT_INPUT_S (`on_input_idle`) is someone at the desk:
      it overrules a camera that sees nobody (lens covered, pointed away, garbage frames).
      When that lasts CAMERA_BLIND_AFTER_S, `is_camera_blind` says so, for the status.
    - Call (camera in use by another app): IN_CALL; sitting counts, but no break falls due
      and a due prompt is hidden, until CALL_END_GRACE_S after the call ends (`is_call_hold`).
    - Outside working hours (when the schedule is on) no new break falls due.
    - Paused: no sitting is counted and nothing falls due. Absence is still watched, so leaving
      the desk during a pause still counts as a natural break.

    Snoozing: each snooze gives snooze_min more minutes of sitting; after max_snoozes the prompt
    insists (`can_snooze` is False). Each snooze adds SNOOZE_PENALTY_S to `break_length_s`.

    Time: durations use clock.monotonic() only; wall time only stamps events and checks the
    schedule. When boot time runs ahead of monotonic time by more than SLEEP_GAP_TOLERANCE_S
    between two updates (Linux suspend), the difference counts as time away. Changes of the
    wall clock (by hand, NTP, DST) change nothing.
    On platforms whose monotonic clock runs through suspend, pass `suspend_gap_s` or call
    `on_system_sleep()` / `on_system_wake()`.

    Restart: `snapshot()` is the cycle as a value (save it when `is_snapshot_due`);
    `restore()` carries it on in a new process, the time the app was not running counting as
    time away (see `restore`).

    Use: feed inputs as they happen and call `poll()` once a second. It never sleeps or
    schedules. Commands return True when they applied; their events come out of the next poll.
    Read-only properties reflect the last poll or input.
    """

    def __init__(
        self, settings: Settings, clock: Clock, *, suspend_gap_s: float | None = None
    ) -> None:
        """Start a timer with no sitting counted and presence unknown.

        Args:
            settings: Break and schedule settings.
            clock: Monotonic time for durations, wall time for event stamps.
            suspend_gap_s: If set, a monotonic step longer than this between two updates counts
                as time away (the app was not running: suspend on a platform whose monotonic
                clock keeps counting). Leave None when updates may legitimately be far apart,
                as in tests that advance the clock 30 minutes and then poll.
        """
        self._settings = settings
        self._clock = clock
        self._suspend_gap_s = suspend_gap_s
        self._last_monotonic_s = clock.monotonic()
        self._last_boottime_s = clock.boottime()

        self._phase = _Phase.SITTING
        self._sitting_s = 0.0
        self._snoozes_used = 0
        self._snooze_until_sitting_s = 0.0

        self._presence: bool | None = None
        self._last_input_s: float | None = None  # monotonic time of the last keyboard or mouse use
        self._camera_blind_since_s: float | None = None
        self._is_locked = False
        self._is_asleep = False
        self._away_s = 0.0
        self._is_away_spell_counted = False

        self._is_in_call = False
        self._call_grace_s = 0.0

        self._is_paused = False
        self._pause_remaining_s: float | None = None

        self._break_elapsed_s = 0.0
        self._break_away_s = 0.0
        self._break_length_s = 0.0
        self._break_sitting_s = 0.0

        self._events: list[CoachEvent] = []
        self._polled_state = self.state

    # Inputs

    def on_settings_changed(self, settings: Settings) -> None:
        """Use new settings from now on; a lower sitting limit may make a break due at once."""
        self._advance()
        self._settings = settings

    def on_presence(self, is_present: bool | None) -> None:
        """Report whether someone is at the desk; None when unknown (no camera)."""
        self._advance()
        self._presence = is_present
        if is_present:
            self._is_asleep = False
        self._note_camera_blindness()

    def on_input_idle(self, idle_s: float | None) -> None:
        """Report how long the keyboard and mouse have been idle; None when unknown."""
        self._advance()
        self._last_input_s = None if idle_s is None else self._clock.monotonic() - idle_s
        self._note_camera_blindness()

    def on_camera_in_use_by_other_app(self, is_in_use: bool) -> None:
        """Report that another app (likely a video call) holds the camera, or let go of it."""
        self._advance()
        if self._is_in_call and not is_in_use:
            self._call_grace_s = CALL_END_GRACE_S
        self._is_in_call = is_in_use

    def on_session_locked(self, is_locked: bool) -> None:
        """Report the screen being locked (counts as away) or unlocked."""
        self._advance()
        self._is_locked = is_locked

    def on_system_sleep(self) -> None:
        """Report that the machine is about to suspend; it counts as away until it wakes."""
        self._advance()
        self._is_asleep = True

    def on_system_wake(self) -> None:
        """Report that the machine woke up."""
        self._advance()
        self._is_asleep = False

    # Commands

    def start_break(self, suggested: tuple[str, ...] = ()) -> bool:
        """Start the break that is due or snoozed.

        Args:
            suggested: Ids of the stretches the break window offers, for the history.

        Returns:
            True if a break started.
        """
        self._advance()
        if self._is_paused or self._phase not in (_Phase.DUE, _Phase.SNOOZED):
            return False
        self._begin_break(suggested, detail="")
        return True

    def take_break_now(self, suggested: tuple[str, ...] = ()) -> bool:
        """Start a break before it is due (from the tray menu).

        Args:
            suggested: Ids of the stretches the break window offers, for the history.

        Returns:
            True if a break started (not while paused or already on a break).
        """
        self._advance()
        if not self.can_take_break_now:
            return False
        if self._phase is _Phase.SITTING:
            # A break the user asks for is a break called for, so "taken of due" stays honest.
            self._emit(EventKind.BREAK_DUE, detail="asked for")
        self._begin_break(suggested, detail="early" if self._phase is _Phase.SITTING else "")
        return True

    def finish_break(self, stretches_done: tuple[str, ...]) -> bool:
        """End the break under way, recording what was done, and start counting afresh.

        Args:
            stretches_done: Ids of the stretches the user did, in order.

        Returns:
            True if a break was under way.
        """
        self._advance()
        if self._phase is not _Phase.ON_BREAK:
            return False
        self._end_break(stretches_done, detail="")
        return True

    def snooze(self) -> bool:
        """Put the due break off by snooze_min of sitting.

        Returns:
            True if snoozed; False when no break is due or no snoozes are left.
        """
        self._advance()
        if not self.can_snooze:
            return False
        self._snoozes_used += 1
        self._snooze_until_sitting_s = self._sitting_s + self._settings.snooze_min * 60.0
        self._phase = _Phase.SNOOZED
        self._emit(
            EventKind.BREAK_SNOOZED,
            detail=f"snooze {self._snoozes_used} of {self._settings.max_snoozes}",
        )
        return True

    def skip(self) -> bool:
        """Skip the due, snoozed or started break; sitting time starts again from zero.

        Returns:
            True if there was a break to skip.
        """
        self._advance()
        if self._phase is _Phase.SITTING:
            return False
        sitting_s = self._break_sitting_s if self._phase is _Phase.ON_BREAK else self._sitting_s
        self._emit(EventKind.BREAK_SKIPPED, sitting_s=sitting_s)
        self._reset_sitting()
        return True

    def pause(self, duration_s: float | None = None) -> bool:
        """Pause coaching: no sitting counted, no prompts. Pausing again changes the duration.

        Args:
            duration_s: How long; None pauses until `resume()`.

        Returns:
            True if paused; False during a break (finish or skip it first).

        Raises:
            ValueError: If `duration_s` is not positive.
        """
        if duration_s is not None and duration_s <= 0:
            raise ValueError(f"pause duration must be positive, got {duration_s!r}")
        self._advance()
        if not self.can_pause:
            return False
        self._is_paused = True
        self._pause_remaining_s = duration_s
        detail = "until resumed" if duration_s is None else f"for {duration_s / 60:g} min"
        self._emit(EventKind.PAUSED, detail=detail)
        return True

    def resume(self) -> bool:
        """End a pause.

        Returns:
            True if the timer was paused.
        """
        self._advance()
        if not self._is_paused:
            return False
        self._resume(detail="resumed")
        return True

    def restore(self, snapshot: TimerSnapshot) -> None:
        """Carry on from a snapshot a previous run saved (call once, right after creation).

        The wall time between the snapshot and now is time away from the desk, as the timer
        counts absence: shorter than natural_break_min, the sitting count (and a due or snoozed
        break, the snoozes, a pause) resumes where it was; longer, it is a natural break
        (NATURAL_BREAK, reset). A timed pause that ran out meanwhile ends (RESUMED). A break
        under way is ended now, as a break nobody confirmed ends: taken if the user was away
        LEFT_DESK_ON_BREAK_S of it (the gap counts), else skipped. A snapshot from the future
        (a wall clock set back) counts as no gap. Events come out of the next `poll()`.
        """
        self._advance()
        self._phase = _Phase(snapshot.phase)
        self._sitting_s = snapshot.sitting_s
        self._snoozes_used = snapshot.snoozes_used
        self._snooze_until_sitting_s = snapshot.snooze_until_sitting_s
        self._away_s = snapshot.away_s
        self._is_away_spell_counted = False
        self._is_paused = snapshot.is_paused
        self._pause_remaining_s = snapshot.pause_remaining_s if snapshot.is_paused else None
        self._break_elapsed_s = snapshot.break_elapsed_s
        self._break_away_s = snapshot.break_away_s
        self._break_length_s = snapshot.break_length_s
        self._break_sitting_s = snapshot.break_sitting_s
        gap_s = max(0.0, (self._clock.now() - snapshot.saved_at).total_seconds())
        self._spend(gap_s, is_gap=True)
        if self._phase is _Phase.ON_BREAK:
            self._end_unconfirmed_break()
        self._update_phase()

    # Output

    def snapshot(self) -> TimerSnapshot:
        """The sit-break cycle now, for `restore()` in a later run."""
        self._advance()
        return TimerSnapshot(
            saved_at=self._clock.now(),
            phase=self._phase.value,
            sitting_s=self._sitting_s,
            snoozes_used=self._snoozes_used,
            snooze_until_sitting_s=self._snooze_until_sitting_s,
            away_s=self._away_s if self._is_away() else 0.0,
            is_paused=self._is_paused,
            pause_remaining_s=self._pause_remaining_s if self._is_paused else None,
            break_elapsed_s=self._break_elapsed_s,
            break_away_s=self._break_away_s,
            break_length_s=self._break_length_s,
            break_sitting_s=self._break_sitting_s,
        )

    def poll(self) -> TimerUpdate:
        """Bring the timer up to now; return the state and the events since the last poll."""
        self._advance()
        state = self.state
        update = TimerUpdate(
            state=state, previous_state=self._polled_state, events=tuple(self._events)
        )
        self._events.clear()
        self._polled_state = state
        return update

    # Read-only state

    @property
    def state(self) -> TimerState:
        """The current state (see the class docstring for what each means)."""
        if self._is_paused:
            return TimerState.PAUSED
        if self._phase is _Phase.ON_BREAK:
            return TimerState.ON_BREAK
        if self._phase is _Phase.DUE and not self.is_call_hold:
            return TimerState.BREAK_DUE
        if self._is_away():
            return TimerState.AWAY
        if self._is_in_call:
            return TimerState.IN_CALL
        if self._phase is _Phase.SNOOZED:
            return TimerState.SNOOZED
        return TimerState.SITTING

    @property
    def sitting_s(self) -> float:
        """Seconds sat since the last break (taken, skipped or natural)."""
        return self._sitting_s

    @property
    def seconds_until_break_due(self) -> float:
        """Seconds of sitting left before the (next) prompt; 0 when one is due.

        Sitting seconds, not wall seconds: absence and pauses stop this countdown. On a break
        it is the full limit, which is what the next sitting spell will get.
        """
        limit_s = self._settings.sitting_limit_min * 60.0
        if self._phase is _Phase.DUE:
            return 0.0
        if self._phase is _Phase.ON_BREAK:
            return limit_s
        if self._phase is _Phase.SNOOZED:
            return max(0.0, self._snooze_until_sitting_s - self._sitting_s)
        return max(0.0, limit_s - self._sitting_s)

    @property
    def snoozes_used(self) -> int:
        """Snoozes used since the last break."""
        return self._snoozes_used

    @property
    def can_snooze(self) -> bool:
        """True when a break is due and snoozes are left; False means the prompt insists."""
        return (
            not self._is_paused
            and self._phase is _Phase.DUE
            and self._snoozes_used < self._settings.max_snoozes
        )

    @property
    def can_take_break_now(self) -> bool:
        """True when `take_break_now()` would start a break (not paused, not on one)."""
        return not self._is_paused and self._phase is not _Phase.ON_BREAK

    @property
    def can_pause(self) -> bool:
        """True when `pause()` would pause (finish or skip a break under way first)."""
        return self._phase is not _Phase.ON_BREAK

    @property
    def snooze_penalty_s(self) -> float:
        """How much longer the snoozes used have made the coming break."""
        return SNOOZE_PENALTY_S * self._snoozes_used

    @property
    def break_length_s(self) -> float:
        """Length of the break to show: break_length_min plus SNOOZE_PENALTY_S per snooze."""
        if self._phase is _Phase.ON_BREAK:
            return self._break_length_s
        return self._settings.break_length_min * 60.0 + self.snooze_penalty_s

    @property
    def break_remaining_s(self) -> float:
        """Seconds left of the break under way; 0 when none is or its time is up."""
        if self._phase is not _Phase.ON_BREAK:
            return 0.0
        return max(0.0, self._break_length_s - self._break_elapsed_s)

    @property
    def away_s(self) -> float:
        """Length of the current absence in seconds; 0 when at the desk."""
        return self._away_s if self._is_away() else 0.0

    @property
    def is_time_only(self) -> bool:
        """True when presence is unknown and the timer runs on time alone."""
        return self._presence is None

    @property
    def has_recent_input(self) -> bool:
        """True when the keyboard or mouse was used within RECENT_INPUT_S."""
        last_s = self._last_input_s
        return last_s is not None and self._clock.monotonic() - last_s < RECENT_INPUT_S

    @property
    def is_camera_blind(self) -> bool:
        """True when the user is at the keyboard but the camera has seen nobody for
        CAMERA_BLIND_AFTER_S (covered, pointed away, or giving garbage)."""
        since_s = self._camera_blind_since_s
        return (since_s is not None and self._presence is False and self.has_recent_input
                and self._clock.monotonic() - since_s >= CAMERA_BLIND_AFTER_S)

    @property
    def is_paused(self) -> bool:
        """True while coaching is paused."""
        return self._is_paused

    @property
    def pause_remaining_s(self) -> float | None:
        """Seconds until a timed pause ends; None when not paused or paused until resumed."""
        return self._pause_remaining_s if self._is_paused else None

    @property
    def is_in_call(self) -> bool:
        """True while another app uses the camera."""
        return self._is_in_call

    @property
    def is_call_hold(self) -> bool:
        """True while prompts are held for a call: during it and for CALL_END_GRACE_S after."""
        return self._is_in_call or self._call_grace_s > 0

    @property
    def is_break_active(self) -> bool:
        """True while the break prompt is up or a break is under way."""
        return self.state in (TimerState.BREAK_DUE, TimerState.ON_BREAK)

    # Internals

    def _is_away(self) -> bool:
        if self._is_locked or self._is_asleep:
            return True
        # In a call the camera is busy, so presence reads unknown or stale: the user is there.
        # Someone typing is there too, whatever the camera sees.
        return self._presence is False and not self._is_in_call and not self.has_recent_input

    def _note_camera_blindness(self) -> None:
        if self._presence is not False or not self.has_recent_input:
            self._camera_blind_since_s = None
        elif self._camera_blind_since_s is None:
            self._camera_blind_since_s = self._clock.monotonic()

    def _emit(
        self,
        kind: EventKind,
        *,
        sitting_s: float | None = None,
        stretches: tuple[str, ...] = (),
        detail: str = "",
    ) -> None:
        self._events.append(
            CoachEvent(
                kind,
                at=self._clock.now(),
                sitting_s=self._sitting_s if sitting_s is None else sitting_s,
                stretches=stretches,
                detail=detail,
            )
        )

    def _advance(self) -> None:
        """Account for the time since the last update, then make any decision now due."""
        monotonic_s = self._clock.monotonic()
        boottime_s = self._clock.boottime()
        step_s = max(0.0, monotonic_s - self._last_monotonic_s)
        asleep_s = (boottime_s - self._last_boottime_s) - step_s
        self._last_monotonic_s = monotonic_s
        self._last_boottime_s = boottime_s

        gap_s = 0.0
        if asleep_s > SLEEP_GAP_TOLERANCE_S:
            gap_s = asleep_s  # suspended: boot time ran, monotonic did not
        is_long_step = self._suspend_gap_s is not None and step_s > self._suspend_gap_s
        if self._is_asleep or is_long_step:
            gap_s += step_s
            step_s = 0.0
        if self._is_asleep and gap_s > WAKE_STEP_S:
            self._is_asleep = False  # the clocks show the sleep is over

        self._spend(gap_s, is_gap=True)
        self._spend(step_s, is_gap=False)
        self._update_phase()

    def _spend(self, elapsed_s: float, *, is_gap: bool) -> None:
        # Split at the end of a timed pause so the time after it counts as unpaused.
        while elapsed_s > 0:
            part_s = elapsed_s
            if self._is_paused and self._pause_remaining_s is not None:
                part_s = min(part_s, self._pause_remaining_s)
            self._run(part_s, is_gap=is_gap)
            elapsed_s -= part_s
            if self._is_paused and self._pause_remaining_s is not None:
                self._pause_remaining_s -= part_s
                if self._pause_remaining_s <= 0:
                    self._resume(detail="pause ended")

    def _run(self, elapsed_s: float, *, is_gap: bool) -> None:
        if not self._is_in_call:
            self._call_grace_s = max(0.0, self._call_grace_s - elapsed_s)

        if self._phase is _Phase.ON_BREAK:
            self._break_elapsed_s += elapsed_s
            if is_gap or self._is_away():
                self._break_away_s += elapsed_s
            if self._break_elapsed_s >= self._break_length_s + UNCONFIRMED_BREAK_GRACE_S:
                self._end_unconfirmed_break()
            return

        if is_gap or self._is_away():
            self._away_s += elapsed_s
            natural_break_s = self._settings.natural_break_min * 60.0
            if not self._is_away_spell_counted and self._away_s >= natural_break_s:
                self._is_away_spell_counted = True
                if self._sitting_s > 0 or self._phase is not _Phase.SITTING:
                    self._emit(EventKind.NATURAL_BREAK, detail=f"away {self._away_s / 60:.0f} min")
                    self._reset_sitting()
            return

        self._away_s = 0.0
        self._is_away_spell_counted = False
        if not self._is_paused:
            self._sitting_s += elapsed_s

    def _update_phase(self) -> None:
        if self._is_paused or self._phase in (_Phase.ON_BREAK, _Phase.DUE):
            return
        is_held = (
            self.is_call_hold
            or self._is_away()
            or not is_within_working_hours(self._settings, self._clock.now())
        )
        if is_held:
            return
        if self._phase is _Phase.SITTING:
            if self._sitting_s >= self._settings.sitting_limit_min * 60.0:
                self._phase = _Phase.DUE
                self._emit(EventKind.BREAK_DUE)
        elif self._sitting_s >= self._snooze_until_sitting_s:
            self._phase = _Phase.DUE
            self._emit(EventKind.BREAK_REMINDED, detail=f"after snooze {self._snoozes_used}")

    def _begin_break(self, suggested: tuple[str, ...], *, detail: str) -> None:
        self._break_length_s = self.break_length_s
        self._break_elapsed_s = 0.0
        self._break_away_s = 0.0
        self._break_sitting_s = self._sitting_s
        self._phase = _Phase.ON_BREAK
        self._emit(EventKind.BREAK_STARTED, stretches=suggested, detail=detail)

    def _end_break(self, stretches_done: tuple[str, ...], *, detail: str) -> None:
        self._emit(EventKind.BREAK_TAKEN, sitting_s=self._break_sitting_s,
                   stretches=stretches_done, detail=detail)
        self._reset_sitting()

    def _end_unconfirmed_break(self) -> None:
        # Nobody pressed Done. Leaving the desk for a while is a break taken; sitting on
        # through it is not, whatever was clicked.
        if self._break_away_s >= LEFT_DESK_ON_BREAK_S:
            self._end_break((), detail="ended without confirmation (left the desk)")
            return
        self._emit(EventKind.BREAK_SKIPPED, sitting_s=self._break_sitting_s,
                   detail="not confirmed; stayed at the desk")
        self._reset_sitting()

    def _resume(self, *, detail: str) -> None:
        self._is_paused = False
        self._pause_remaining_s = None
        self._emit(EventKind.RESUMED, detail=detail)

    def _reset_sitting(self) -> None:
        self._phase = _Phase.SITTING
        self._sitting_s = 0.0
        self._snoozes_used = 0
        self._snooze_until_sitting_s = 0.0
