"""One day's summary: time, events, the longest sitting stretch and the tray's line."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from postureapp.core.day_summary import (
    DaySummary,
    breaks_text,
    confirmed_share,
    longest_sitting_min,
    summarise_day,
    today_so_far_line,
)
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.minutes import MinuteAggregate, aggregate_samples
from postureapp.core.samples import PostureSample, PostureState
from postureapp.core.stretch_recognition import Outcome, StretchVerdict
from postureapp.core.summary_export import to_json_dict
from tests.recorded_days import (
    BERLIN,
    at,
    event_at,
    minute,
    samples_between,
)

# --- day summary ---------------------------------------------------------------------------


def test_day_summary_counts_time_and_events() -> None:
    day = date(2026, 11, 23)
    samples = [
        *samples_between(at(day, 9), at(day, 9, 45), PostureState.UPRIGHT, score=90.0),
        *samples_between(at(day, 9, 45), at(day, 10), PostureState.ROUNDED, score=30.0),
        *samples_between(at(day, 10), at(day, 10, 10), PostureState.AWAY, score=None),
    ]
    events = [
        event_at(EventKind.NUDGE_SHOWN, 9, 50),
        event_at(EventKind.NUDGE_HEEDED, 9, 51),
        event_at(EventKind.BREAK_DUE, 9, 30),
        event_at(EventKind.BREAK_SNOOZED, 9, 30),
        event_at(EventKind.BREAK_DUE, 9, 35),
        event_at(EventKind.BREAK_SKIPPED, 9, 35),
        event_at(EventKind.BREAK_DUE, 9, 55),
        event_at(EventKind.BREAK_TAKEN, 10, 5, ("cat-cow", "walk")),
        event_at(EventKind.NATURAL_BREAK, 10, 10),
        event_at(EventKind.BREAK_TAKEN, 14, 0, ("cat-cow",)),
    ]

    summary = summarise_day(day, aggregate_samples(samples, BERLIN), events)

    assert summary.monitored_min == pytest.approx(70)
    assert summary.upright_min == pytest.approx(45)
    assert summary.rounded_min == pytest.approx(15)
    assert summary.away_min == pytest.approx(10)
    assert summary.upright_share == pytest.approx(0.75)
    assert summary.mean_score == pytest.approx((90 * 270 + 30 * 90) / 360)
    assert (summary.nudges, summary.nudges_heeded) == (1, 1)
    assert (summary.breaks_due, summary.breaks_taken) == (3, 2)
    assert (summary.breaks_snoozed, summary.breaks_skipped, summary.natural_breaks) == (1, 1, 1)
    assert summary.stretches_done == 3
    assert summary.stretch_counts == (("cat-cow", 2), ("walk", 1))
    assert summary.longest_sitting_min == 60
    assert [m.kind for m in summary.markers][:2] == [EventKind.BREAK_DUE, EventKind.BREAK_SNOOZED]
    assert EventKind.NUDGE_SHOWN not in {m.kind for m in summary.markers}
    assert [s.state for s in summary.timeline] == [
        PostureState.UPRIGHT,
        PostureState.ROUNDED,
        PostureState.AWAY,
    ]


def test_upright_share_is_none_when_nothing_was_judged() -> None:
    day = date(2026, 11, 23)
    samples = samples_between(at(day, 9), at(day, 10), PostureState.AWAY, score=None)

    summary = summarise_day(day, aggregate_samples(samples, BERLIN), [])

    assert summary.upright_share is None
    assert summary.mean_score is None
    assert summary.longest_sitting_min == 0
    assert to_json_dict(summary)["upright_share"] is None


def test_minutes_of_other_days_are_ignored() -> None:
    day = date(2026, 11, 23)
    samples = samples_between(at(day, 23), at(day + timedelta(days=1), 1))

    summary = summarise_day(day - timedelta(days=1), aggregate_samples(samples, BERLIN), [])

    assert summary.monitored_min == 0
    assert not summary.has_data


# --- the longest sitting stretch -----------------------------------------------------------

T0 = 29_000_000  # some UTC minute


def _present(start: int, length: int) -> list[MinuteAggregate]:
    return [minute(T0 + start + i, upright_s=60.0) for i in range(length)]


def _away(start: int, length: int) -> list[MinuteAggregate]:
    return [minute(T0 + start + i, away_s=60.0) for i in range(length)]


def _reset(kind: EventKind, minute_offset: int) -> CoachEvent:
    return CoachEvent(kind=kind, at=datetime.fromtimestamp((T0 + minute_offset) * 60, UTC))


@pytest.mark.parametrize(
    ("minutes", "events", "expected"),
    [
        pytest.param(_present(0, 50), [], 50, id="unbroken"),
        pytest.param(_present(0, 20) + _away(20, 4) + _present(24, 30), [], 54, id="short-away"),
        pytest.param(_present(0, 20) + _away(20, 5) + _present(25, 30), [], 30, id="natural-break"),
        pytest.param(_present(0, 20) + _present(26, 10), [], 20, id="unrecorded-gap-is-a-break"),
        pytest.param(_present(0, 20) + _present(23, 10), [], 33, id="short-unrecorded-gap"),
        pytest.param(
            _present(0, 40), [_reset(EventKind.BREAK_TAKEN, 25)], 25, id="break-taken-resets"
        ),
        pytest.param(
            _present(0, 40), [_reset(EventKind.NATURAL_BREAK, 10)], 30, id="natural-event-resets"
        ),
        pytest.param(
            _present(0, 40), [_reset(EventKind.BREAK_SNOOZED, 25)], 40, id="snooze-does-not-reset"
        ),
        pytest.param(
            _present(0, 10), [_reset(EventKind.BREAK_TAKEN, -30)], 10, id="earlier-reset-ignored"
        ),
        pytest.param([], [], 0, id="empty"),
    ],
)
def test_longest_sitting_stretch(
    minutes: list[MinuteAggregate], events: list[CoachEvent], expected: int
) -> None:
    assert longest_sitting_min(minutes, events, natural_break_min=5) == expected


def test_longest_sitting_uses_the_users_natural_break_length() -> None:
    minutes = _present(0, 20) + _away(20, 5) + _present(25, 30)

    assert longest_sitting_min(minutes, natural_break_min=10) == 55


# --- output shapes -------------------------------------------------------------------------

def test_today_line_says_so_when_nothing_was_recorded() -> None:
    assert today_so_far_line(summarise_day(date(2026, 11, 23), [], [])) == (
        "Today: nothing recorded yet"
    )


def test_today_line_shows_time_share_breaks_and_longest_sit() -> None:
    day = date(2026, 11, 23)
    samples = [
        *samples_between(at(day, 9), at(day, 11, 30), PostureState.UPRIGHT),
        *samples_between(at(day, 11, 30), at(day, 12, 5), PostureState.ROUNDED),
    ]
    events = [event_at(EventKind.BREAK_DUE, 10), event_at(EventKind.BREAK_DUE, 11)]

    line = today_so_far_line(summarise_day(day, aggregate_samples(samples, BERLIN), events))

    assert (
        line == "Today: 3 h 05 min monitored, 81% upright, 0 breaks taken (2 due), longest sit "
                "3 h 05 min"
    )


def test_a_break_taken_on_a_day_it_was_not_due_never_reads_as_taken_of_none() -> None:
    # Due at 23:58 the day before; taken just after midnight: this day has it taken, none due.
    day = date(2026, 11, 23)
    samples = samples_between(at(day, 0, 5), at(day, 0, 30), PostureState.UPRIGHT)
    events = [event_at(EventKind.BREAK_TAKEN, 0, 3)]

    line = today_so_far_line(summarise_day(day, aggregate_samples(samples, BERLIN), events))

    assert "1 break taken (0 due)" in line
    assert breaks_text(3, 5) == "3 breaks taken (5 due)"


# --- trends --------------------------------------------------------------------------------


def test_longest_sitting_includes_what_the_camera_did_not_see() -> None:
    # 20 camera minutes, then an hour-long call (camera busy): the timer counted 80 minutes.
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    samples = [PostureSample(start + timedelta(minutes=i), PostureState.UPRIGHT, 90.0, 60.0)
               for i in range(20)]
    due = CoachEvent(EventKind.BREAK_DUE, start + timedelta(minutes=81), sitting_s=80 * 60.0)
    minutes = aggregate_samples(samples, tz=UTC)
    assert longest_sitting_min(minutes) == 20
    assert longest_sitting_min(minutes, iter([due])) == 80


def test_a_break_snoozed_three_times_is_one_snoozed_break() -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    kinds = [EventKind.BREAK_DUE, EventKind.BREAK_SNOOZED, EventKind.BREAK_REMINDED,
             EventKind.BREAK_SNOOZED, EventKind.BREAK_REMINDED, EventKind.BREAK_SNOOZED,
             EventKind.BREAK_REMINDED, EventKind.BREAK_TAKEN,
             EventKind.BREAK_DUE, EventKind.BREAK_SKIPPED]
    events = [CoachEvent(kind, start + timedelta(minutes=i)) for i, kind in enumerate(kinds)]
    summary = summarise_day(start.date(), [], events)
    assert (summary.breaks_due, summary.breaks_snoozed, summary.breaks_taken,
            summary.breaks_skipped) == (2, 1, 1, 1)


# --- camera-confirmed stretches ------------------------------------------------------------


def _verdict_event(stretch_id: str, outcome: Outcome, hour: int, minute: int) -> CoachEvent:
    verdict = StretchVerdict(stretch_id, outcome, 0, 10, "Seen: what the camera saw.")
    return verdict.as_event(at(date(2026, 11, 23), hour, minute))


def test_confirmed_stretches_are_told_apart_from_self_reported_ones() -> None:
    day = date(2026, 11, 23)
    events = [
        event_at(EventKind.BREAK_STARTED, 10, 0, ("scapular-squeeze", "walk")),
        _verdict_event("scapular-squeeze", Outcome.CONFIRMED, 10, 1),
        _verdict_event("walk", Outcome.NOT_JUDGED, 10, 4),
        event_at(EventKind.BREAK_TAKEN, 10, 5, ("scapular-squeeze", "walk")),
        event_at(EventKind.BREAK_STARTED, 11, 0, ("cat-cow", "thoracic-rotation")),
        _verdict_event("cat-cow", Outcome.CONFIRMED, 11, 1),
        _verdict_event("cat-cow", Outcome.CONFIRMED, 11, 2),  # went back and did it again
        _verdict_event("thoracic-rotation", Outcome.PARTLY_DONE, 11, 3),
        event_at(EventKind.BREAK_TAKEN, 11, 4, ("cat-cow", "thoracic-rotation")),
        # The last stretch's verdict arrives once the window has reported the break done.
        event_at(EventKind.BREAK_STARTED, 12, 0, ("walk", "scapular-squeeze")),
        event_at(EventKind.BREAK_TAKEN, 12, 4, ("walk", "scapular-squeeze")),
        _verdict_event("scapular-squeeze", Outcome.CONFIRMED, 12, 5),
        # Confirmed in a break the app never saw finish: not among the stretches done.
        event_at(EventKind.BREAK_STARTED, 13, 0, ("cat-cow",)),
        _verdict_event("cat-cow", Outcome.CONFIRMED, 13, 1),
    ]

    summary = summarise_day(day, [], events)

    assert summary.stretches_done == 6
    assert summary.stretches_confirmed == 3
    assert summary.stretches_self_reported == 3
    assert summary.confirmed_share == pytest.approx(0.5)
    assert to_json_dict(summary)["stretches_confirmed"] == 3


def test_confirmed_share_over_days_weights_by_stretches_done() -> None:
    days = [
        DaySummary(date(2026, 11, 23), stretches_done=4, stretches_confirmed=1),
        DaySummary(date(2026, 11, 24), stretches_done=0),
        DaySummary(date(2026, 11, 25), stretches_done=6, stretches_confirmed=6),
    ]
    assert confirmed_share(days) == pytest.approx(0.7)
    assert confirmed_share(days[1:2]) is None


def test_a_verdict_becomes_an_event_saying_what_was_seen() -> None:
    when = at(date(2026, 11, 23), 10)
    seen = StretchVerdict("cat-cow", Outcome.PARTLY_DONE, 4, 10, "Seen: 4 of 10 repetitions.")
    event = seen.as_event(when)
    assert event.kind is EventKind.STRETCH_NOT_CONFIRMED
    assert event.stretches == ("cat-cow",)
    assert event.detail == "partly_done: Seen: 4 of 10 repetitions."
    confirmed = StretchVerdict("cat-cow", Outcome.CONFIRMED, 10, 10, "Seen: 10 of 10.")
    assert confirmed.as_event(when).kind is EventKind.STRETCH_CONFIRMED
