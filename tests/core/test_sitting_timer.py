"""The sitting timer prompts after the limit and copes with absence, snoozes, calls and sleep."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import (
    CALL_END_GRACE_S,
    CAMERA_BLIND_AFTER_S,
    RECENT_INPUT_S,
    SNAPSHOT_EVERY_S,
    SNOOZE_PENALTY_S,
    UNCONFIRMED_BREAK_GRACE_S,
    SittingTimer,
    SnapshotError,
    TimerSnapshot,
    TimerState,
    is_snapshot_due,
)
from tests.fakes import FakeClock

MIN = 60


def _run(
    timer: SittingTimer, clock: FakeClock, seconds: float, step_s: float = 1
) -> list[CoachEvent]:
    """Poll once per `step_s` for `seconds`, as the UI's 1-second timer does; return the events."""
    events: list[CoachEvent] = []
    elapsed_s = 0.0
    while elapsed_s < seconds:
        step = min(step_s, seconds - elapsed_s)
        clock.advance(step)
        elapsed_s += step
        events.extend(timer.poll().events)
    return events


def _kinds(events: list[CoachEvent]) -> list[EventKind]:
    return [e.kind for e in events]


def _present_timer(clock: FakeClock, settings: Settings | None = None) -> SittingTimer:
    timer = SittingTimer(settings or Settings(), clock)
    timer.on_presence(True)
    return timer


def _due_timer(clock: FakeClock, settings: Settings | None = None) -> SittingTimer:
    timer = _present_timer(clock, settings)
    _run(timer, clock, timer.seconds_until_break_due, step_s=10)
    assert timer.state is TimerState.BREAK_DUE
    return timer


# Sitting limit


@pytest.mark.parametrize("limit_min", [1, 30, 45, 240])
def test_break_due_after_sitting_limit(fake_clock: FakeClock, limit_min: int) -> None:
    timer = _present_timer(fake_clock, Settings(sitting_limit_min=limit_min))
    before = _run(timer, fake_clock, limit_min * MIN - 1)
    assert before == []
    assert timer.state is TimerState.SITTING
    assert timer.seconds_until_break_due == pytest.approx(1)
    at_limit = _run(timer, fake_clock, 1)
    assert _kinds(at_limit) == [EventKind.BREAK_DUE]
    assert at_limit[0].sitting_s == pytest.approx(limit_min * MIN)
    assert at_limit[0].at == fake_clock.now()
    assert timer.state is TimerState.BREAK_DUE
    assert timer.seconds_until_break_due == 0


def test_one_big_step_then_poll_makes_the_break_due(fake_clock: FakeClock) -> None:
    timer = SittingTimer(Settings(), fake_clock)
    fake_clock.advance(30 * MIN)
    update = timer.poll()
    assert update.state is TimerState.BREAK_DUE
    assert update.previous_state is TimerState.SITTING
    assert update.is_state_changed
    assert _kinds(list(update.events)) == [EventKind.BREAK_DUE]


def test_break_due_is_announced_once(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    events = _run(timer, fake_clock, 90 * MIN, step_s=5)
    assert _kinds(events) == [EventKind.BREAK_DUE]
    assert timer.sitting_s == pytest.approx(90 * MIN)


def test_poll_reports_no_change_when_nothing_happened(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.poll()
    fake_clock.advance(1)
    update = timer.poll()
    assert update.events == ()
    assert not update.is_state_changed


def test_lowering_the_limit_makes_a_break_due_at_once(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_settings_changed(Settings(sitting_limit_min=15))
    assert _kinds(_run(timer, fake_clock, 1)) == [EventKind.BREAK_DUE]


# Absence


@pytest.mark.parametrize("natural_break_min", [1, 5, 15])
def test_natural_break_resets_sitting_time(fake_clock: FakeClock, natural_break_min: int) -> None:
    timer = _present_timer(fake_clock, Settings(natural_break_min=natural_break_min))
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_presence(False)
    almost = _run(timer, fake_clock, natural_break_min * MIN - 1)
    assert almost == []
    assert timer.state is TimerState.AWAY
    events = _run(timer, fake_clock, 1)
    assert _kinds(events) == [EventKind.NATURAL_BREAK]
    assert events[0].sitting_s == pytest.approx(20 * MIN)
    assert timer.sitting_s == 0
    # Staying away longer does not record a second natural break.
    assert _run(timer, fake_clock, 60 * MIN, step_s=10) == []
    timer.on_presence(True)
    assert _run(timer, fake_clock, 29 * MIN, step_s=10) == []
    assert timer.state is TimerState.SITTING


@pytest.mark.parametrize("away_s", [1, 5, 60, 4 * MIN + 59])
def test_short_absence_freezes_but_does_not_reset(fake_clock: FakeClock, away_s: int) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_presence(False)
    assert _run(timer, fake_clock, away_s) == []
    assert timer.state is TimerState.AWAY
    assert timer.away_s == pytest.approx(away_s)
    assert timer.sitting_s == pytest.approx(20 * MIN)  # frozen, not reset
    timer.on_presence(True)
    assert _run(timer, fake_clock, 10 * MIN - 1) == []
    assert _kinds(_run(timer, fake_clock, 1)) == [EventKind.BREAK_DUE]


def test_separate_short_absences_do_not_add_up(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    events: list[CoachEvent] = []
    for _ in range(5):
        _run(timer, fake_clock, 2 * MIN)
        timer.on_presence(False)
        events += _run(timer, fake_clock, 3 * MIN)
        timer.on_presence(True)
    assert EventKind.NATURAL_BREAK not in _kinds(events)
    assert timer.sitting_s == pytest.approx(10 * MIN)


def test_due_prompt_stays_up_while_briefly_away_then_natural_break_clears_it(
    fake_clock: FakeClock,
) -> None:
    timer = _due_timer(fake_clock)
    timer.on_presence(False)
    _run(timer, fake_clock, 4 * MIN)
    assert timer.state is TimerState.BREAK_DUE
    events = _run(timer, fake_clock, 1 * MIN)
    assert _kinds(events) == [EventKind.NATURAL_BREAK]
    assert timer.state is TimerState.AWAY
    timer.on_presence(True)
    _run(timer, fake_clock, 1)
    assert timer.state is TimerState.SITTING
    assert timer.seconds_until_break_due == pytest.approx(30 * MIN - 1)


def test_no_natural_break_recorded_when_nothing_was_sat(fake_clock: FakeClock) -> None:
    timer = SittingTimer(Settings(), fake_clock)
    timer.on_presence(False)
    assert _run(timer, fake_clock, 60 * MIN, step_s=10) == []


def test_locked_screen_counts_as_away(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    timer.on_session_locked(True)
    assert _run(timer, fake_clock, 4 * MIN) == []
    assert timer.state is TimerState.AWAY
    assert _kinds(_run(timer, fake_clock, 1 * MIN)) == [EventKind.NATURAL_BREAK]
    timer.on_session_locked(False)
    _run(timer, fake_clock, 1)
    assert timer.state is TimerState.SITTING


# Presence unknown


def test_time_only_mode_counts_all_running_time(fake_clock: FakeClock) -> None:
    timer = SittingTimer(Settings(), fake_clock)
    assert timer.is_time_only
    _run(timer, fake_clock, 29 * MIN, step_s=10)
    assert timer.sitting_s == pytest.approx(29 * MIN)
    assert _kinds(_run(timer, fake_clock, 1 * MIN)) == [EventKind.BREAK_DUE]
    timer.on_presence(True)
    assert not timer.is_time_only
    timer.on_presence(None)
    assert timer.is_time_only


def test_time_only_mode_still_sees_a_locked_screen(fake_clock: FakeClock) -> None:
    timer = SittingTimer(Settings(), fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_session_locked(True)
    assert _kinds(_run(timer, fake_clock, 10 * MIN, step_s=10)) == [EventKind.NATURAL_BREAK]


# Snooze and skip


@pytest.mark.parametrize("snooze_min", [1, 5, 10])
def test_snooze_puts_the_prompt_off_by_snooze_min(fake_clock: FakeClock, snooze_min: int) -> None:
    timer = _due_timer(fake_clock, Settings(snooze_min=snooze_min))
    assert timer.snooze()
    assert timer.state is TimerState.SNOOZED
    assert timer.snoozes_used == 1
    assert timer.seconds_until_break_due == snooze_min * MIN
    events = _run(timer, fake_clock, snooze_min * MIN - 1)
    assert _kinds(events) == [EventKind.BREAK_SNOOZED]
    assert events[0].detail == "snooze 1 of 3"
    assert timer.state is TimerState.SNOOZED
    again = _run(timer, fake_clock, 1)
    # The same break again, not a new one: summaries count breaks due once.
    assert _kinds(again) == [EventKind.BREAK_REMINDED]
    assert again[0].detail == "after snooze 1"


def test_snoozed_time_is_sitting_time(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock, Settings(snooze_min=5))
    timer.snooze()
    _run(timer, fake_clock, 2 * MIN)
    timer.on_presence(False)
    _run(timer, fake_clock, 3 * MIN - 1)  # a short absence stops the snooze countdown too
    assert timer.state is TimerState.AWAY
    timer.on_presence(True)
    assert _run(timer, fake_clock, 3 * MIN - 1) == []
    assert _kinds(_run(timer, fake_clock, 1)) == [EventKind.BREAK_REMINDED]


@pytest.mark.parametrize("max_snoozes", [0, 1, 3, 10])
def test_prompt_insists_after_max_snoozes(fake_clock: FakeClock, max_snoozes: int) -> None:
    settings = Settings(max_snoozes=max_snoozes, snooze_min=5, break_length_min=3)
    timer = _due_timer(fake_clock, settings)
    for used in range(max_snoozes):
        assert timer.can_snooze
        assert timer.snooze()
        assert timer.break_length_s == 3 * MIN + (used + 1) * SNOOZE_PENALTY_S
        _run(timer, fake_clock, 5 * MIN, step_s=10)
        assert timer.state is TimerState.BREAK_DUE
    assert not timer.can_snooze
    assert not timer.snooze()
    assert timer.state is TimerState.BREAK_DUE
    assert timer.snoozes_used == max_snoozes
    assert timer.break_length_s == 3 * MIN + max_snoozes * SNOOZE_PENALTY_S


def test_snooze_only_when_a_break_is_due(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    assert not timer.can_snooze
    assert not timer.snooze()
    assert _run(timer, fake_clock, 1) == []


@pytest.mark.parametrize("snoozes", [0, 1, 2])
def test_skip_resets_sitting_time_and_snoozes(fake_clock: FakeClock, snoozes: int) -> None:
    timer = _due_timer(fake_clock, Settings(snooze_min=5))
    for _ in range(snoozes):
        timer.snooze()
        _run(timer, fake_clock, 5 * MIN, step_s=10)
    sat_s = timer.sitting_s
    _run(timer, fake_clock, 0)
    assert timer.skip()
    events = _run(timer, fake_clock, 1)
    assert _kinds(events) == [EventKind.BREAK_SKIPPED]
    assert events[0].sitting_s == pytest.approx(sat_s)
    assert timer.state is TimerState.SITTING
    assert timer.sitting_s == pytest.approx(1)
    assert timer.snoozes_used == 0
    assert timer.break_length_s == 3 * MIN


def test_skip_while_snoozed_and_nothing_to_skip_while_sitting(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    timer.snooze()
    assert timer.skip()
    assert not timer.skip()


# Breaks


def test_break_taken_records_stretches_and_resets(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    _run(timer, fake_clock, 10)
    assert timer.start_break(suggested=("scapular-squeeze", "walk"))
    assert timer.state is TimerState.ON_BREAK
    assert timer.break_remaining_s == 3 * MIN
    timer.on_presence(False)  # out of view while stretching: still on the break
    events = _run(timer, fake_clock, 2 * MIN)
    assert timer.state is TimerState.ON_BREAK
    assert timer.break_remaining_s == pytest.approx(1 * MIN)
    timer.on_presence(True)
    events += _run(timer, fake_clock, 1 * MIN)
    assert timer.finish_break(("scapular-squeeze",))
    events += _run(timer, fake_clock, 1)
    assert _kinds(events) == [EventKind.BREAK_STARTED, EventKind.BREAK_TAKEN]
    started, taken = events
    assert started.stretches == ("scapular-squeeze", "walk")
    assert taken.stretches == ("scapular-squeeze",)
    assert taken.sitting_s == pytest.approx(30 * MIN + 10)
    assert timer.state is TimerState.SITTING
    assert timer.sitting_s == pytest.approx(1)
    assert timer.seconds_until_break_due == pytest.approx(30 * MIN - 1)


def test_sitting_does_not_count_during_a_break(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    timer.start_break()
    _run(timer, fake_clock, 3 * MIN)
    timer.finish_break(())
    assert timer.sitting_s == 0


def test_snoozes_lengthen_the_break_actually_started(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock, Settings(break_length_min=2, snooze_min=1))
    for _ in range(2):
        timer.snooze()
        _run(timer, fake_clock, 1 * MIN)
    timer.start_break()
    assert timer.break_length_s == 2 * MIN + 2 * SNOOZE_PENALTY_S
    assert timer.break_remaining_s == 4 * MIN


def test_unconfirmed_break_at_the_desk_is_not_taken(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    timer.start_break()
    limit_s = timer.break_length_s + UNCONFIRMED_BREAK_GRACE_S
    assert _kinds(_run(timer, fake_clock, limit_s - 1)) == [EventKind.BREAK_STARTED]
    assert timer.state is TimerState.ON_BREAK
    events = _run(timer, fake_clock, 1)
    assert _kinds(events) == [EventKind.BREAK_SKIPPED]
    assert events[0].detail == "not confirmed; stayed at the desk"
    assert timer.state is TimerState.SITTING


def test_unconfirmed_break_away_from_the_desk_is_taken(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    timer.start_break()
    timer.on_presence(False)  # went for a walk and forgot to press Done
    events = _run(timer, fake_clock, 2 * MIN)
    timer.on_presence(True)
    events += _run(timer, fake_clock, timer.break_length_s + UNCONFIRMED_BREAK_GRACE_S)
    assert _kinds(events) == [EventKind.BREAK_STARTED, EventKind.BREAK_TAKEN]
    assert events[1].detail == "ended without confirmation (left the desk)"


def test_take_break_now_starts_an_early_break(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    assert timer.take_break_now()
    assert not timer.take_break_now()
    events = _run(timer, fake_clock, 1)
    # Asked for is called for: the early break counts as due too, so taken never exceeds due.
    assert _kinds(events) == [EventKind.BREAK_DUE, EventKind.BREAK_STARTED]
    assert events[0].detail == "asked for"
    assert events[1].detail == "early"
    assert timer.finish_break(("walk",))
    assert not timer.finish_break(("walk",))


def test_start_break_needs_a_due_break(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    assert not timer.start_break()
    assert not timer.finish_break(())
    assert timer.state is TimerState.SITTING


# Pause


@pytest.mark.parametrize("pause_min", [1, 15, 60])
def test_timed_pause_resumes_by_itself(fake_clock: FakeClock, pause_min: int) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    assert timer.pause(pause_min * MIN)
    assert timer.state is TimerState.PAUSED
    assert timer.is_paused
    events = _run(timer, fake_clock, pause_min * MIN - 1)
    assert _kinds(events) == [EventKind.PAUSED]
    assert events[0].detail == f"for {pause_min} min"
    assert timer.pause_remaining_s == pytest.approx(1)
    assert timer.sitting_s == pytest.approx(10 * MIN)  # not counted while paused
    resumed = _run(timer, fake_clock, 1)
    assert _kinds(resumed) == [EventKind.RESUMED]
    assert resumed[0].detail == "pause ended"
    assert timer.state is TimerState.SITTING
    assert timer.pause_remaining_s is None


def test_pause_ends_mid_step_and_the_rest_counts(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.pause(10 * MIN)
    fake_clock.advance(20 * MIN)
    events = list(timer.poll().events)
    assert _kinds(events) == [EventKind.PAUSED, EventKind.RESUMED, EventKind.BREAK_DUE]
    assert timer.sitting_s == pytest.approx(30 * MIN)


def test_pause_until_resumed(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    assert timer.pause(None)
    events = _run(timer, fake_clock, 8 * 60 * MIN, step_s=60)
    assert _kinds(events) == [EventKind.PAUSED]
    assert events[0].detail == "until resumed"
    assert timer.state is TimerState.PAUSED
    assert timer.pause_remaining_s is None
    assert timer.resume()
    assert not timer.resume()
    assert _kinds(_run(timer, fake_clock, 1)) == [EventKind.RESUMED]
    assert timer.state is TimerState.SITTING


def test_pause_hides_a_due_break_until_resumed(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    timer.pause(5 * MIN)
    assert not timer.can_snooze
    assert not timer.start_break()
    _run(timer, fake_clock, 5 * MIN)
    assert timer.state is TimerState.BREAK_DUE


def test_leaving_during_a_pause_is_still_a_natural_break(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.pause()
    timer.on_presence(False)
    assert EventKind.NATURAL_BREAK in _kinds(_run(timer, fake_clock, 5 * MIN))
    assert timer.state is TimerState.PAUSED
    assert timer.sitting_s == 0


def test_no_pause_during_a_break_and_no_zero_pause(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    with pytest.raises(ValueError, match="positive"):
        timer.pause(0)
    timer.take_break_now()
    assert not timer.pause(60)
    assert timer.state is TimerState.ON_BREAK


# Calls


def test_call_holds_the_break_then_prompts_soon_after(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 25 * MIN, step_s=10)
    timer.on_camera_in_use_by_other_app(True)
    timer.on_presence(None)  # the camera is busy, so monitoring cannot tell
    assert _run(timer, fake_clock, 40 * MIN, step_s=10) == []
    assert timer.state is TimerState.IN_CALL
    assert timer.is_call_hold
    assert timer.sitting_s == pytest.approx(65 * MIN)  # sitting through a call still counts
    timer.on_camera_in_use_by_other_app(False)
    assert _run(timer, fake_clock, CALL_END_GRACE_S - 1) == []
    assert timer.state is TimerState.SITTING
    assert timer.is_call_hold
    assert _kinds(_run(timer, fake_clock, 1)) == [EventKind.BREAK_DUE]
    assert not timer.is_call_hold


def test_call_hides_a_due_prompt_and_brings_it_back_after(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    timer.on_camera_in_use_by_other_app(True)
    assert timer.state is TimerState.IN_CALL
    assert not timer.is_break_active
    assert _run(timer, fake_clock, 30 * MIN, step_s=10) == []
    timer.on_camera_in_use_by_other_app(False)
    _run(timer, fake_clock, CALL_END_GRACE_S - 1)
    assert timer.state is TimerState.SITTING
    assert _run(timer, fake_clock, 1) == []  # already announced: the prompt just comes back
    assert timer.state is TimerState.BREAK_DUE


def test_in_a_call_a_stale_absent_reading_is_not_away(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.on_presence(False)
    timer.on_camera_in_use_by_other_app(True)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    assert timer.state is TimerState.IN_CALL
    assert timer.sitting_s == pytest.approx(10 * MIN)


# Sleep and clock jumps


@pytest.mark.parametrize(
    ("sleep_min", "is_natural_break"),
    [(1, False), (4, False), (5, True), (60, True), (14 * 60, True)],
)
def test_suspend_counts_as_time_away(
    fake_clock: FakeClock, sleep_min: int, is_natural_break: bool
) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    fake_clock.sleep_machine(sleep_min * MIN)  # wall time moves, monotonic does not
    events = _run(timer, fake_clock, 1)
    assert (EventKind.NATURAL_BREAK in _kinds(events)) is is_natural_break
    expected_sitting_s = 1 if is_natural_break else 20 * MIN + 1
    assert timer.sitting_s == pytest.approx(expected_sitting_s)


def test_suspend_during_a_due_break_is_a_natural_break(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    fake_clock.sleep_machine(2 * 60 * MIN)
    events = _run(timer, fake_clock, 1)
    assert _kinds(events) == [EventKind.NATURAL_BREAK]
    assert timer.state is TimerState.SITTING


@pytest.mark.parametrize("jump_s", [-24 * 3600, -3600, -60, 1, 20, 3600 * 24 * 365])
def test_wall_clock_jumps_never_give_negative_or_absurd_durations(
    fake_clock: FakeClock, jump_s: int
) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    fake_clock.jump_wall(jump_s)
    _run(timer, fake_clock, 5 * MIN, step_s=10)
    assert 0 <= timer.sitting_s <= 15 * MIN
    assert 0 <= timer.seconds_until_break_due <= 30 * MIN
    assert timer.away_s == 0
    # A clock change (by hand, NTP, DST) is not a sleep: nothing is lost or added.
    assert timer.sitting_s == pytest.approx(15 * MIN)


def test_a_forward_clock_step_does_not_end_a_pause(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.pause(60 * MIN)
    _run(timer, fake_clock, MIN)
    fake_clock.jump_wall(70 * MIN)  # NTP corrects a wrong clock after boot
    assert _run(timer, fake_clock, MIN) == []
    assert timer.state is TimerState.PAUSED
    assert timer.pause_remaining_s == pytest.approx(58 * MIN)


def test_backward_clock_change_does_not_delay_the_break(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 15 * MIN, step_s=10)
    fake_clock.jump_wall(-3600)  # e.g. the user fixes a wrong clock
    assert _run(timer, fake_clock, 15 * MIN - 1) == []
    assert _kinds(_run(timer, fake_clock, 1)) == [EventKind.BREAK_DUE]


def test_monotonic_gap_counts_as_away_when_asked(fake_clock: FakeClock) -> None:
    # Windows-style suspend: both clocks move, but the 1-second poll did not run.
    timer = SittingTimer(Settings(), fake_clock, suspend_gap_s=60)
    timer.on_presence(True)
    _run(timer, fake_clock, 20 * MIN, step_s=1)
    fake_clock.advance(30 * MIN)
    assert _kinds(list(timer.poll().events)) == [EventKind.NATURAL_BREAK]
    assert timer.sitting_s == 0


def test_explicit_sleep_hooks(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_system_sleep()
    assert timer.state is TimerState.AWAY
    fake_clock.advance(10 * MIN)  # monotonic ran through the sleep
    timer.on_system_wake()
    events = list(timer.poll().events)
    assert _kinds(events) == [EventKind.NATURAL_BREAK]
    assert timer.state is TimerState.SITTING


def test_sleep_flag_clears_when_the_clocks_show_the_wake(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_system_sleep()
    _run(timer, fake_clock, 2)  # the last polls before the machine goes down
    fake_clock.sleep_machine(2 * MIN)  # no wake hook called
    _run(timer, fake_clock, 1)
    assert timer.state is TimerState.SITTING
    _run(timer, fake_clock, 1 * MIN)
    # From the sleep notice to the wake counts as away; the minute after it as sitting.
    assert timer.sitting_s == pytest.approx(21 * MIN)


# Working hours


def test_no_break_falls_due_outside_working_hours() -> None:
    clock = FakeClock(start=datetime(2026, 11, 23, 17, 40, tzinfo=UTC))
    timer = _present_timer(clock, Settings(schedule_enabled=True))
    events = _run(timer, clock, 60 * MIN, step_s=10)
    assert events == []
    assert timer.state is TimerState.SITTING
    assert timer.sitting_s == pytest.approx(60 * MIN)


def test_a_held_break_falls_due_when_the_working_day_starts() -> None:
    clock = FakeClock(start=datetime(2026, 11, 23, 8, 30, tzinfo=UTC))
    timer = _present_timer(clock, Settings(schedule_enabled=True))
    assert _run(timer, clock, 30 * MIN - 1) == []
    events = _run(timer, clock, 1)
    assert _kinds(events) == [EventKind.BREAK_DUE]
    assert events[0].at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


# A whole day


def test_a_working_day(fake_clock: FakeClock) -> None:
    """09:00-17:00 with a taken break, snoozes, a skip, a call, a lunch and a short absence."""
    timer = _present_timer(fake_clock)
    log: list[EventKind] = []

    def run(minutes: float) -> None:
        log.extend(_kinds(_run(timer, fake_clock, minutes * MIN, step_s=5)))

    run(30)  # 09:30 break due
    assert timer.start_break(("scapular-squeeze",))
    run(3)
    timer.finish_break(("scapular-squeeze", "thoracic-rotation"))
    run(30)  # 10:03 break due
    timer.snooze()
    run(5)
    timer.snooze()
    run(5)  # 10:13 due again; the break is now 2 minutes longer
    assert timer.break_length_s == 5 * MIN
    timer.skip()
    run(10)
    timer.on_presence(False)  # coffee: 3 minutes
    run(3)
    timer.on_presence(True)
    run(15)
    timer.on_camera_in_use_by_other_app(True)  # 10:41 stand-up call, 30 minutes
    timer.on_presence(None)
    run(30)
    timer.on_camera_in_use_by_other_app(False)
    timer.on_presence(True)
    run(2)  # 11:13 the held break pops after the call
    assert timer.state is TimerState.BREAK_DUE
    timer.on_presence(False)  # lunch: an hour away while the prompt is up
    run(60)
    timer.on_presence(True)
    run(30)  # 12:43 due
    timer.take_break_now()
    run(3)
    timer.finish_break(("walk",))
    timer.pause(30 * MIN)  # 13:16 a presentation
    run(30)
    run(4 * 60 - 16)  # until 17:00, prompted every half hour and never answering
    assert log == [
        EventKind.BREAK_DUE,
        EventKind.BREAK_STARTED,
        EventKind.BREAK_TAKEN,
        EventKind.BREAK_DUE,
        EventKind.BREAK_SNOOZED,
        EventKind.BREAK_REMINDED,
        EventKind.BREAK_SNOOZED,
        EventKind.BREAK_REMINDED,
        EventKind.BREAK_SKIPPED,
        EventKind.BREAK_DUE,
        EventKind.NATURAL_BREAK,
        EventKind.BREAK_DUE,
        EventKind.BREAK_STARTED,
        EventKind.BREAK_TAKEN,
        EventKind.PAUSED,
        EventKind.RESUMED,
        EventKind.BREAK_DUE,
    ]
    assert timer.state is TimerState.BREAK_DUE
    assert fake_clock.now() == datetime(2026, 11, 23, 17, 0, tzinfo=UTC)


class _LocalClock(FakeClock):
    """Local wall time with the offset of the moment, as SystemClock's astimezone() gives it."""

    def now(self) -> datetime:
        return super().now().astimezone(ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(
    "start_utc",
    [
        datetime(2026, 10, 25, 0, 45, tzinfo=UTC),  # 02:45 CEST, clocks go back at 03:00
        datetime(2026, 3, 29, 0, 45, tzinfo=UTC),  # 01:45 CET, clocks go forward at 02:00
    ],
)
def test_daylight_saving_change_is_not_a_gap(start_utc: datetime) -> None:
    clock = _LocalClock(start=start_utc)
    timer = _present_timer(clock)
    assert _run(timer, clock, 30 * MIN - 1) == []
    assert timer.sitting_s == pytest.approx(30 * MIN - 1)
    assert _kinds(_run(timer, clock, 1)) == [EventKind.BREAK_DUE]


# Restart: a snapshot carried into a new run


def _restarted(timer: SittingTimer, clock: FakeClock, gap_s: float,
               settings: Settings | None = None) -> tuple[SittingTimer, list[CoachEvent]]:
    """The app dies with `timer` as it is, and starts again `gap_s` later from its snapshot,
    as a round trip through the plain dict the state file holds."""
    saved = TimerSnapshot.from_dict(timer.snapshot().to_dict())
    clock.advance(gap_s)
    restarted = SittingTimer(settings or Settings(), clock)
    restarted.restore(saved)
    return restarted, list(restarted.poll().events)


def test_a_short_gap_resumes_the_sitting_count(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    restarted, events = _restarted(timer, fake_clock, 2 * MIN)
    assert events == []
    assert restarted.state is TimerState.SITTING
    assert restarted.sitting_s == pytest.approx(20 * MIN)  # the gap is time away: frozen
    assert _kinds(_run(restarted, fake_clock, 10 * MIN, step_s=10)) == [EventKind.BREAK_DUE]


def test_a_gap_of_a_natural_break_is_recorded_as_one(fake_clock: FakeClock) -> None:
    settings = Settings(natural_break_min=5)
    timer = _present_timer(fake_clock, settings)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    restarted, events = _restarted(timer, fake_clock, 5 * MIN, settings)
    assert _kinds(events) == [EventKind.NATURAL_BREAK]
    assert events[0].sitting_s == pytest.approx(20 * MIN)
    assert restarted.sitting_s == 0
    assert restarted.state is TimerState.SITTING


def test_an_absence_under_way_at_the_crash_counts_toward_the_natural_break(
    fake_clock: FakeClock,
) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 20 * MIN, step_s=10)
    timer.on_presence(False)
    _run(timer, fake_clock, 4 * MIN, step_s=10)
    _restarted_timer, events = _restarted(timer, fake_clock, 1 * MIN)
    assert _kinds(events) == [EventKind.NATURAL_BREAK]


def test_a_due_break_survives_a_restart(fake_clock: FakeClock) -> None:
    timer = _due_timer(fake_clock)
    restarted, events = _restarted(timer, fake_clock, 1 * MIN)
    assert events == []
    update = restarted.poll()
    assert restarted.state is TimerState.BREAK_DUE
    assert restarted.sitting_s == pytest.approx(30 * MIN)
    assert restarted.start_break(("cat-cow",))
    assert update.state is TimerState.BREAK_DUE


def test_snoozes_survive_a_restart(fake_clock: FakeClock) -> None:
    settings = Settings(max_snoozes=2, snooze_min=5)
    timer = _due_timer(fake_clock, settings)
    assert timer.snooze()
    _run(timer, fake_clock, 2 * MIN, step_s=10)
    restarted, _ = _restarted(timer, fake_clock, 30, settings)
    assert restarted.state is TimerState.SNOOZED
    assert restarted.snoozes_used == 1
    assert restarted.break_length_s == pytest.approx(3 * MIN + SNOOZE_PENALTY_S)
    assert restarted.seconds_until_break_due == pytest.approx(3 * MIN)
    restarted.on_presence(True)
    reminded = _run(restarted, fake_clock, 3 * MIN, step_s=10)
    assert _kinds(reminded) == [EventKind.BREAK_REMINDED]
    assert restarted.snooze()
    assert not restarted.can_snooze  # two of two used, counting the one before the restart


def test_a_timed_pause_survives_a_short_restart(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    assert timer.pause(15 * MIN)
    timer.poll()
    restarted, events = _restarted(timer, fake_clock, 2 * MIN)
    assert events == []
    assert restarted.state is TimerState.PAUSED
    assert restarted.pause_remaining_s == pytest.approx(13 * MIN)


def test_a_timed_pause_that_ran_out_while_the_app_was_down_ends(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 2 * MIN, step_s=10)
    assert timer.pause(3 * MIN)
    timer.poll()
    restarted, events = _restarted(timer, fake_clock, 4 * MIN)
    assert _kinds(events) == [EventKind.RESUMED]
    assert events[0].detail == "pause ended"
    assert restarted.state is TimerState.SITTING
    assert restarted.sitting_s == pytest.approx(2 * MIN)


def test_a_pause_until_resumed_survives_any_gap(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    assert timer.pause()
    timer.poll()
    restarted, _ = _restarted(timer, fake_clock, 3 * 3600)
    assert restarted.state is TimerState.PAUSED
    assert restarted.pause_remaining_s is None


@pytest.mark.parametrize(("away_before_s", "gap_s", "kind", "detail"), [
    (0, 10, EventKind.BREAK_SKIPPED, "not confirmed; stayed at the desk"),
    (0, 2 * MIN, EventKind.BREAK_TAKEN, "ended without confirmation (left the desk)"),
    (50, 20, EventKind.BREAK_TAKEN, "ended without confirmation (left the desk)"),
])
def test_a_break_under_way_at_the_crash_ends_as_an_unconfirmed_one(
    fake_clock: FakeClock, away_before_s: float, gap_s: float, kind: EventKind, detail: str,
) -> None:
    timer = _due_timer(fake_clock)
    assert timer.start_break(("cat-cow",))
    timer.poll()
    timer.on_presence(False)
    _run(timer, fake_clock, away_before_s)
    timer.on_presence(True)
    restarted, events = _restarted(timer, fake_clock, gap_s)
    assert [(e.kind, e.detail) for e in events] == [(kind, detail)]
    assert events[0].sitting_s == pytest.approx(30 * MIN)
    assert restarted.state is TimerState.SITTING
    assert restarted.sitting_s == 0


def test_a_snapshot_from_the_future_counts_as_no_gap(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    saved = timer.snapshot()
    fake_clock.jump_wall(-3600)  # the wall clock was set back an hour
    restarted = SittingTimer(Settings(), fake_clock)
    restarted.restore(saved)
    assert restarted.poll().events == ()
    assert restarted.sitting_s == pytest.approx(10 * MIN)


@pytest.mark.parametrize(("change", "is_due"), [
    (lambda t, c: None, False),
    (lambda t, c: c.advance(SNAPSHOT_EVERY_S - 1), False),
    (lambda t, c: c.advance(SNAPSHOT_EVERY_S), True),
    (lambda t, c: t.pause(), True),
    (lambda t, c: (t.on_presence(False), c.advance(1)), True),
    (lambda t, c: c.jump_wall(-60), False),
])
def test_a_snapshot_is_saved_when_the_cycle_moves_or_every_so_often(
    fake_clock: FakeClock, change: Callable[[SittingTimer, FakeClock], object], is_due: bool,
) -> None:
    timer = _present_timer(fake_clock)
    saved = timer.snapshot()
    assert is_snapshot_due(None, saved)
    change(timer, fake_clock)
    assert is_snapshot_due(saved, timer.snapshot()) is is_due


def test_a_paused_timer_is_not_saved_again_for_the_time_of_day_alone(
    fake_clock: FakeClock,
) -> None:
    timer = _present_timer(fake_clock)
    timer.pause()
    saved = timer.snapshot()
    fake_clock.advance(10 * MIN)
    assert not is_snapshot_due(saved, timer.snapshot())


@pytest.mark.parametrize(("field", "value", "message"), [
    ("version", 2, "version 2"),
    ("saved_at", "yesterday", "saved_at"),
    ("saved_at", "2026-11-23T09:00:00", "saved_at has no time zone"),
    ("phase", "dancing", "phase 'dancing'"),
    ("sitting_s", "20", "sitting_s '20' is of the wrong type"),
    ("sitting_s", True, "sitting_s True is of the wrong type"),
    ("sitting_s", -1, "sitting_s -1.0 is not a duration"),
    ("sitting_s", float("nan"), "sitting_s nan is not a duration"),
    ("sitting_s", 1e300, "is not a duration"),
    ("snoozes_used", 1.5, "snoozes_used 1.5 is of the wrong type"),
    ("snoozes_used", -3, "snoozes_used -3 is out of range"),
    ("is_paused", 1, "is_paused 1 is of the wrong type"),
    ("pause_remaining_s", [], "pause_remaining_s [] is of the wrong type"),
])
def test_a_damaged_snapshot_is_refused_naming_the_field(
    fake_clock: FakeClock, field: str, value: object, message: str,
) -> None:
    data = _present_timer(fake_clock).snapshot().to_dict()
    data[field] = value
    with pytest.raises(SnapshotError, match=re.escape(message)):
        TimerSnapshot.from_dict(data)


def test_a_snapshot_missing_a_field_is_refused(fake_clock: FakeClock) -> None:
    data = _present_timer(fake_clock).snapshot().to_dict()
    del data["away_s"]
    with pytest.raises(SnapshotError, match="away_s is missing"):
        TimerSnapshot.from_dict(data)


# Keyboard and mouse as a second sign of presence


def test_typing_overrules_a_camera_that_sees_nobody(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.on_input_idle(3)
    timer.on_presence(False)  # lens covered
    for _ in range(30 * MIN // 10):
        fake_clock.advance(10)
        timer.on_input_idle(3)
    assert timer.state is TimerState.BREAK_DUE
    assert timer.sitting_s == pytest.approx(30 * MIN)


def test_without_input_an_empty_chair_is_away(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.on_presence(False)
    timer.on_input_idle(RECENT_INPUT_S)
    _run(timer, fake_clock, 10 * MIN, step_s=10)
    assert timer.state is TimerState.AWAY
    assert timer.sitting_s == 0


def test_input_stops_counting_once_it_is_no_longer_recent(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.on_presence(False)
    timer.on_input_idle(0)
    fake_clock.advance(RECENT_INPUT_S - 1)
    assert timer.state is TimerState.SITTING
    fake_clock.advance(1)
    assert timer.state is TimerState.AWAY


def test_unknown_idle_time_leaves_the_camera_in_charge(fake_clock: FakeClock) -> None:
    timer = _present_timer(fake_clock)
    timer.on_input_idle(0)
    timer.on_input_idle(None)
    timer.on_presence(False)
    assert timer.state is TimerState.AWAY
    assert not timer.is_camera_blind


def test_the_camera_is_blind_when_input_goes_on_while_it_sees_nobody(
    fake_clock: FakeClock,
) -> None:
    timer = _present_timer(fake_clock)
    timer.on_input_idle(1)
    assert not timer.is_camera_blind  # the camera sees the user
    timer.on_presence(False)
    fake_clock.advance(CAMERA_BLIND_AFTER_S - 1)
    timer.on_input_idle(2)
    assert not timer.is_camera_blind  # a moment out of view is not a blind camera
    fake_clock.advance(1)
    timer.on_input_idle(2)
    assert timer.is_camera_blind
    timer.on_presence(True)
    assert not timer.is_camera_blind
    timer.on_presence(False)
    timer.on_input_idle(0)
    fake_clock.advance(CAMERA_BLIND_AFTER_S)
    assert timer.is_camera_blind
    fake_clock.advance(RECENT_INPUT_S)  # nobody typed for a minute: the chair may be empty
    assert not timer.is_camera_blind
