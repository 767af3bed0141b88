"""Posture nudges come after sustained rounding, rest between, and stay quiet when they should."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.reminders import (
    CUES,
    HEED_WINDOW_S,
    Nudge,
    NudgePolicy,
    NudgeUpdate,
    is_within_working_hours,
)
from postureapp.core.samples import PostureState
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import CALL_END_GRACE_S, SittingTimer
from tests.fakes import FakeClock

ROUNDED = PostureState.ROUNDED
UPRIGHT = PostureState.UPRIGHT
SCHEDULED = Settings(schedule_enabled=True)  # mon-fri 09:00-18:00


def _feed(
    policy: NudgePolicy,
    clock: FakeClock,
    state: PostureState,
    seconds: int,
    report_every_s: int = 10,
    timer: SittingTimer | None = None,
) -> list[NudgeUpdate]:
    """Report `state` every `report_every_s` and poll every second for `seconds`.

    Like the app, the timer (if any) is polled first, then the policy.
    """
    updates = []
    for second in range(seconds):
        if second % report_every_s == 0:
            policy.on_posture(state)
        clock.advance(1)
        if timer is not None:
            timer.poll()
        updates.append(policy.poll())
    return updates


def _nudges(updates: list[NudgeUpdate]) -> list[Nudge]:
    return [u.nudge for u in updates if u.nudge is not None]


def _kinds(updates: list[NudgeUpdate]) -> list[EventKind]:
    return [e.kind for u in updates for e in u.events]


# Working hours


@pytest.mark.parametrize(
    ("settings", "now", "expected"),
    [
        (Settings(), datetime(2026, 11, 28, 23, 30), True),  # schedule off: always
        (SCHEDULED, datetime(2026, 11, 23, 9, 0), True),  # Monday, first minute
        (SCHEDULED, datetime(2026, 11, 23, 8, 59), False),
        (SCHEDULED, datetime(2026, 11, 23, 17, 59), True),
        (SCHEDULED, datetime(2026, 11, 23, 18, 0), False),  # the end is exclusive
        (SCHEDULED, datetime(2026, 11, 28, 12, 0), False),  # Saturday
        (SCHEDULED.replace(work_days=("sat",)), datetime(2026, 11, 28, 12, 0), True),
        (
            SCHEDULED.replace(work_start="07:30", work_end="11:15"),
            datetime(2026, 11, 24, 11, 14, tzinfo=UTC),
            True,
        ),
        (
            SCHEDULED.replace(work_start="07:30", work_end="11:15"),
            datetime(2026, 11, 24, 7, 29, tzinfo=UTC),
            False,
        ),
    ],
)
def test_is_within_working_hours(settings: Settings, now: datetime, expected: bool) -> None:
    assert is_within_working_hours(settings, now) is expected


NIGHT_SHIFT = SCHEDULED.replace(work_start="22:00", work_end="06:00")  # starts mon-fri


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 23, 21, 59), False),  # Monday, before the shift
        (datetime(2026, 11, 23, 22, 0), True),  # Monday night
        (datetime(2026, 11, 24, 3, 0), True),  # Tuesday early: Monday's shift goes on
        (datetime(2026, 11, 24, 5, 59), True),
        (datetime(2026, 11, 24, 6, 0), False),  # the end is exclusive
        (datetime(2026, 11, 24, 12, 0), False),  # Tuesday midday: between shifts
        (datetime(2026, 11, 23, 3, 0), False),  # Monday early: Sunday started no shift
        (datetime(2026, 11, 28, 3, 0), True),  # Saturday early: Friday's shift
        (datetime(2026, 11, 28, 22, 30), False),  # Saturday night: no shift starts
    ],
)
def test_night_shift_spans_midnight_from_its_work_day(now: datetime, expected: bool) -> None:
    assert is_within_working_hours(NIGHT_SHIFT, now) is expected


# Timing


@pytest.mark.parametrize("nudge_after_s", [10, 60, 120, 600])
def test_nudge_after_sustained_rounding(fake_clock: FakeClock, nudge_after_s: int) -> None:
    policy = NudgePolicy(Settings(nudge_after_s=nudge_after_s), fake_clock)
    policy.on_posture(ROUNDED)
    before = _feed(policy, fake_clock, ROUNDED, nudge_after_s - 1)
    assert _nudges(before) == []
    at_limit = _feed(policy, fake_clock, ROUNDED, 1)
    assert [n.cue for n in _nudges(at_limit)] == [CUES[0]]
    assert _kinds(at_limit) == [EventKind.NUDGE_SHOWN]
    assert at_limit[0].events[0].detail == CUES[0]
    assert at_limit[0].events[0].at == fake_clock.now()


def test_upright_moment_restarts_the_count(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(nudge_after_s=60), fake_clock)
    updates = _feed(policy, fake_clock, ROUNDED, 50)
    updates += _feed(policy, fake_clock, UPRIGHT, 10)
    updates += _feed(policy, fake_clock, ROUNDED, 59)
    assert _nudges(updates) == []
    assert _nudges(_feed(policy, fake_clock, ROUNDED, 1)) != []


@pytest.mark.parametrize("state", [UPRIGHT, PostureState.AWAY, PostureState.UNKNOWN])
def test_no_nudge_without_rounding(fake_clock: FakeClock, state: PostureState) -> None:
    policy = NudgePolicy(Settings(), fake_clock)
    assert _nudges(_feed(policy, fake_clock, state, 30 * 60)) == []


@pytest.mark.parametrize("cooldown_min", [1, 10, 30])
def test_cooldown_between_nudges(fake_clock: FakeClock, cooldown_min: int) -> None:
    settings = Settings(nudge_after_s=60, nudge_cooldown_min=cooldown_min)
    policy = NudgePolicy(settings, fake_clock)
    first = _nudges(_feed(policy, fake_clock, ROUNDED, 60))
    assert len(first) == 1
    during = _feed(policy, fake_clock, ROUNDED, cooldown_min * 60 - 1)
    assert _nudges(during) == []
    assert policy.cooldown_remaining_s == pytest.approx(1.0)
    second = _nudges(_feed(policy, fake_clock, ROUNDED, 1))
    assert len(second) == 1
    assert second[0].cue != first[0].cue


def test_cues_rotate_through_the_whole_list(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(nudge_after_s=10, nudge_cooldown_min=1), fake_clock)
    nudges = _nudges(_feed(policy, fake_clock, ROUNDED, 60 * (len(CUES) + 1)))
    cues = [n.cue for n in nudges]
    assert cues[: len(CUES)] == list(CUES)
    assert cues[len(CUES)] == CUES[0]


def test_cues_are_short() -> None:
    assert all(len(cue) <= 45 for cue in CUES)


# Heeding


@pytest.mark.parametrize(
    ("upright_after_s", "is_heeded"),
    [(1, True), (30, True), (int(HEED_WINDOW_S), True), (int(HEED_WINDOW_S) + 1, False)],
)
def test_nudge_heeded_when_upright_soon_after(
    fake_clock: FakeClock, upright_after_s: int, is_heeded: bool
) -> None:
    policy = NudgePolicy(Settings(nudge_after_s=60), fake_clock)
    assert _nudges(_feed(policy, fake_clock, ROUNDED, 60))
    updates = _feed(policy, fake_clock, ROUNDED, upright_after_s, report_every_s=1000)
    updates += _feed(policy, fake_clock, UPRIGHT, 5)
    heeded = [e for u in updates for e in u.events if e.kind is EventKind.NUDGE_HEEDED]
    assert len(heeded) == (1 if is_heeded else 0)
    if is_heeded:
        assert heeded[0].detail == CUES[0]


def test_nudge_heeded_only_once(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(nudge_after_s=60), fake_clock)
    _feed(policy, fake_clock, ROUNDED, 60)
    updates = _feed(policy, fake_clock, UPRIGHT, 10)
    updates += _feed(policy, fake_clock, ROUNDED, 10)
    updates += _feed(policy, fake_clock, UPRIGHT, 10)
    assert _kinds(updates) == [EventKind.NUDGE_HEEDED]


# Quiet times


def test_no_nudge_when_disabled(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(nudges_enabled=False), fake_clock)
    assert _nudges(_feed(policy, fake_clock, ROUNDED, 30 * 60)) == []


@pytest.mark.parametrize(
    "start",
    [
        datetime(2026, 11, 23, 18, 30, tzinfo=UTC),  # Monday evening
        datetime(2026, 11, 23, 6, 0, tzinfo=UTC),  # Monday early
        datetime(2026, 11, 28, 10, 0, tzinfo=UTC),  # Saturday
    ],
)
def test_no_nudge_outside_working_hours(start: datetime) -> None:
    clock = FakeClock(start=start)
    policy = NudgePolicy(SCHEDULED, clock)
    assert _nudges(_feed(policy, clock, ROUNDED, 30 * 60)) == []


def test_nudges_start_with_the_working_day() -> None:
    clock = FakeClock(start=datetime(2026, 11, 23, 8, 58, tzinfo=UTC))
    policy = NudgePolicy(SCHEDULED.replace(nudge_after_s=60), clock)
    updates = _feed(policy, clock, ROUNDED, 3 * 60)
    shown_at = [n.at for n in _nudges(updates)]
    # Rounding before 09:00 does not count: the first nudge is a full minute into the day.
    assert shown_at == [datetime(2026, 11, 23, 9, 1, tzinfo=UTC)]


@pytest.mark.parametrize(
    "quiet_reason",
    ["break_due", "on_break", "paused", "in_call"],
)
def test_no_nudge_while_the_timer_says_quiet(fake_clock: FakeClock, quiet_reason: str) -> None:
    settings = Settings(nudge_after_s=60)
    timer = SittingTimer(settings, fake_clock)
    if quiet_reason == "break_due":
        fake_clock.advance(settings.sitting_limit_min * 60)
        timer.poll()
    elif quiet_reason == "on_break":
        timer.take_break_now()
    elif quiet_reason == "paused":
        timer.pause()
    else:
        timer.on_camera_in_use_by_other_app(True)
    policy = NudgePolicy(settings, fake_clock, timer)
    assert _nudges(_feed(policy, fake_clock, ROUNDED, 4 * 60, timer=timer)) == []


def test_rounding_during_a_call_does_not_count_afterwards(fake_clock: FakeClock) -> None:
    settings = Settings(nudge_after_s=60)
    timer = SittingTimer(settings, fake_clock)
    policy = NudgePolicy(settings, fake_clock, timer)
    timer.on_camera_in_use_by_other_app(True)
    assert _nudges(_feed(policy, fake_clock, ROUNDED, 20 * 60, timer=timer)) == []
    timer.on_camera_in_use_by_other_app(False)
    held = int(CALL_END_GRACE_S) + 59
    assert _nudges(_feed(policy, fake_clock, ROUNDED, held, timer=timer)) == []
    assert len(_nudges(_feed(policy, fake_clock, ROUNDED, 1, timer=timer))) == 1


# Staleness and the rounded-recently measure


def test_a_stale_rounded_report_does_not_nudge(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(nudge_after_s=60), fake_clock)
    # One report, then the camera goes quiet (or the machine sleeps).
    updates = _feed(policy, fake_clock, ROUNDED, 10 * 60, report_every_s=100_000)
    assert _nudges(updates) == []
    assert policy.posture is PostureState.UNKNOWN


@pytest.mark.parametrize(
    ("rounded_min", "expected"),
    [(0, False), (5, False), (9, False), (10, True), (25, True)],
)
def test_rounded_recently_after_long_rounding(
    fake_clock: FakeClock, rounded_min: int, expected: bool
) -> None:
    policy = NudgePolicy(Settings(), fake_clock)
    _feed(policy, fake_clock, UPRIGHT, 60)
    _feed(policy, fake_clock, ROUNDED, rounded_min * 60)
    assert policy.rounded_recent_s == pytest.approx(rounded_min * 60, abs=1)
    assert policy.is_rounded_recently is expected


def test_rounded_spells_add_up_and_fade(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(), fake_clock)
    for _ in range(3):
        _feed(policy, fake_clock, ROUNDED, 4 * 60)
        _feed(policy, fake_clock, UPRIGHT, 60)
    assert policy.rounded_recent_s == pytest.approx(12 * 60, abs=1)
    assert policy.is_rounded_recently
    _feed(policy, fake_clock, UPRIGHT, 30 * 60)
    assert policy.rounded_recent_s == 0
    assert not policy.is_rounded_recently


def test_stale_rounding_stops_counting(fake_clock: FakeClock) -> None:
    policy = NudgePolicy(Settings(sample_interval_s=10), fake_clock)
    _feed(policy, fake_clock, ROUNDED, 60)
    fake_clock.advance(20 * 60)  # no reports: the camera stopped
    policy.poll()
    # The last report came at 50 s and is trusted for 30 s more.
    assert policy.rounded_recent_s == pytest.approx(50 + 30, abs=1)
    assert not policy.is_rounded_recently


@pytest.mark.parametrize("interval_s", [10, 60, 300])
def test_a_nudge_can_be_heeded_at_any_sampling_interval(
    fake_clock: FakeClock, interval_s: int
) -> None:
    settings = Settings(sample_interval_s=interval_s)
    policy = NudgePolicy(settings, fake_clock)
    policy.on_posture(PostureState.ROUNDED)
    events: list[CoachEvent] = []
    shown = False
    while not shown:
        fake_clock.advance(interval_s)
        policy.on_posture(PostureState.ROUNDED)
        update = policy.poll()
        events += update.events
        shown = update.nudge is not None
    # The user sits up at once; the tracker confirms it one or two samples later.
    fake_clock.advance(2 * interval_s)
    policy.on_posture(PostureState.UPRIGHT)
    events += policy.poll().events
    assert [e.kind for e in events] == [EventKind.NUDGE_SHOWN, EventKind.NUDGE_HEEDED]
