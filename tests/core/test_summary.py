"""Per-minute aggregation, day summaries, the longest sitting stretch and trends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.samples import PostureSample, PostureState
from postureapp.core.stretch_recognition import Outcome, StretchVerdict
from postureapp.core.summary import (
    DaySummary,
    MinuteAggregate,
    aggregate_samples,
    away_samples,
    confirmed_share,
    daily_trend,
    longest_sitting_min,
    period_upright_share,
    summarise_day,
    summarise_range,
    to_json_dict,
    today_so_far_line,
)

BERLIN = ZoneInfo("Europe/Berlin")
SPRING_FORWARD = date(2026, 3, 29)  # 23 hours in Berlin
FALL_BACK = date(2026, 10, 25)  # 25 hours in Berlin


def at(day: date, hh: int, mm: int = 0, ss: int = 0, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tz)


def local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=BERLIN)


def samples_between(
    start: datetime,
    end: datetime,
    state: PostureState = PostureState.UPRIGHT,
    interval_s: float = 10.0,
    score: float | None = 80.0,
) -> Iterator[PostureSample]:
    # Step in UTC: arithmetic on zoneinfo datetimes is wall-clock arithmetic, which skips or
    # repeats an hour on DST days.
    t = start.astimezone(UTC)
    end_utc = end.astimezone(UTC)
    while t < end_utc:
        yield PostureSample(at=t, state=state, score=score, interval_s=interval_s)
        t += timedelta(seconds=interval_s)


def minute(minute_utc: int, upright_s: float = 0.0, away_s: float = 0.0) -> MinuteAggregate:
    return MinuteAggregate(
        minute_utc, 60, monitored_s=upright_s + away_s, upright_s=upright_s, away_s=away_s
    )


# --- aggregation ---------------------------------------------------------------------------


def test_sample_crossing_a_minute_boundary_is_split_and_scored_once() -> None:
    sample = PostureSample(at(date(2026, 11, 23), 9, 0, 55), PostureState.ROUNDED, 40.0, 10.0)

    first, second = aggregate_samples([sample], BERLIN)

    assert (first.local_start.minute, first.rounded_s, first.score_count) == (0, 5.0, 1)
    assert (second.local_start.minute, second.rounded_s, second.score_count) == (1, 5.0, 0)
    assert first.mean_score == 40.0


def test_samples_in_one_minute_add_up_per_state() -> None:
    start = at(date(2026, 11, 23), 9)
    samples = [
        PostureSample(start, PostureState.UPRIGHT, 90.0, 20.0),
        PostureSample(start + timedelta(seconds=20), PostureState.ROUNDED, 30.0, 20.0),
        PostureSample(start + timedelta(seconds=40), PostureState.AWAY, None, 10.0),
        PostureSample(start + timedelta(seconds=50), PostureState.UNKNOWN, None, 10.0),
    ]

    (bucket,) = aggregate_samples(samples, BERLIN)

    assert (bucket.monitored_s, bucket.upright_s, bucket.rounded_s, bucket.away_s) == (
        60.0,
        20.0,
        20.0,
        10.0,
    )
    assert bucket.unknown_s == 10.0
    assert bucket.mean_score == 60.0
    assert bucket.dominant_state is PostureState.ROUNDED  # ties go to rounded


def test_overlapping_samples_never_make_a_minute_longer_than_sixty_seconds() -> None:
    start = at(date(2026, 11, 23), 9)
    samples = [
        PostureSample(start, PostureState.UPRIGHT, None, 60.0),
        PostureSample(start, PostureState.ROUNDED, None, 30.0),
    ]

    (bucket,) = aggregate_samples(samples, BERLIN)

    assert bucket.monitored_s == pytest.approx(60.0)
    assert bucket.upright_s == pytest.approx(40.0)
    assert bucket.rounded_s == pytest.approx(20.0)


def test_interval_longer_than_the_cap_is_treated_as_the_machine_sleeping() -> None:
    sample = PostureSample(at(date(2026, 11, 23), 9), PostureState.UPRIGHT, None, 8 * 3600.0)

    minutes = aggregate_samples([sample], BERLIN)

    assert sum(m.monitored_s for m in minutes) == 600.0


@pytest.mark.parametrize("away_s", [74.0, 600.0, 3 * 3600.0 + 7.5])
def test_a_locked_or_sleeping_span_is_kept_whole_as_away_time(away_s: float) -> None:
    since = datetime(2026, 5, 4, 10, 0, 30, tzinfo=UTC)
    samples = away_samples(since, since + timedelta(seconds=away_s))
    minutes = aggregate_samples(samples, UTC)
    assert sum(m.away_s for m in minutes) == pytest.approx(away_s)
    assert sum(m.monitored_s for m in minutes) == pytest.approx(away_s)
    assert all(s.state is PostureState.AWAY and s.score is None for s in samples)


def test_no_away_time_for_an_empty_or_backwards_span() -> None:
    at = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    assert away_samples(at, at) == ()
    assert away_samples(at, at - timedelta(minutes=5)) == ()


def test_local_date_comes_from_the_injected_zone() -> None:
    late_utc = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # 00:30 on the 24th in Berlin
    sample = PostureSample(late_utc, PostureState.UPRIGHT, None, 10.0)

    (in_berlin,) = aggregate_samples([sample], BERLIN)
    (in_utc,) = aggregate_samples([sample], UTC)

    assert in_berlin.local_date == date(2026, 11, 24)
    assert in_berlin.minute_of_day == 30
    assert in_utc.local_date == date(2026, 11, 23)
    assert in_berlin.minute_utc == in_utc.minute_utc


def test_whole_ordinary_day_counts_every_minute_once() -> None:
    day = date(2026, 11, 23)
    samples = samples_between(local_midnight(day), local_midnight(day + timedelta(days=1)))

    minutes = aggregate_samples(samples, BERLIN)
    summary = summarise_day(day, minutes, [])

    assert len(minutes) == 24 * 60
    assert {m.local_date for m in minutes} == {day}
    assert summary.monitored_min == pytest.approx(24 * 60)
    assert summary.upright_share == 1.0


def test_session_over_midnight_is_split_between_the_two_local_days() -> None:
    monday = date(2026, 11, 23)
    samples = list(samples_between(at(monday, 23, 30), at(monday + timedelta(days=1), 0, 45)))

    minutes = aggregate_samples(samples, BERLIN)
    first = summarise_day(monday, minutes, [])
    second = summarise_day(monday + timedelta(days=1), minutes, [])

    assert first.monitored_min == pytest.approx(30)
    assert second.monitored_min == pytest.approx(45)
    assert first.longest_sitting_min == 30  # a stretch is cut at midnight
    assert second.timeline[0].start_min_of_day == 0


@pytest.mark.parametrize(
    ("day", "hours", "offsets"),
    [
        (SPRING_FORWARD, 23, {60, 120}),
        (FALL_BACK, 25, {60, 120}),
        (date(2026, 7, 1), 24, {120}),
    ],
)
def test_dst_day_has_as_many_minutes_as_the_clock_says(
    day: date, hours: int, offsets: set[int]
) -> None:
    samples = samples_between(local_midnight(day), local_midnight(day + timedelta(days=1)))

    minutes = aggregate_samples(samples, BERLIN)
    summary = summarise_day(day, minutes, [])

    assert len({m.minute_utc for m in minutes}) == len(minutes) == hours * 60
    assert {m.local_date for m in minutes} == {day}
    assert {m.utc_offset_min for m in minutes} == offsets
    assert summary.monitored_min == pytest.approx(hours * 60)
    assert summary.longest_sitting_min == hours * 60


def test_spring_forward_skips_the_missing_wall_hour() -> None:
    day = SPRING_FORWARD
    minutes = aggregate_samples(
        samples_between(local_midnight(day), local_midnight(day + timedelta(days=1))), BERLIN
    )

    wall_minutes = [m.minute_of_day for m in minutes]

    assert not [m for m in wall_minutes if 120 <= m < 180]
    assert len(set(wall_minutes)) == len(wall_minutes)


def test_fall_back_keeps_both_copies_of_the_repeated_hour() -> None:
    day = FALL_BACK
    first_copy = samples_between(at(day, 2), at(day, 2, 30), PostureState.UPRIGHT)
    # 02:00-03:00 happens twice; the second copy starts an hour of real time later.
    second_start = at(day, 2).astimezone(UTC) + timedelta(hours=1)
    second_copy = samples_between(
        second_start, second_start + timedelta(minutes=30), PostureState.ROUNDED
    )

    minutes = aggregate_samples([*first_copy, *second_copy], BERLIN)
    summary = summarise_day(day, minutes, [])

    assert len(minutes) == 60
    assert summary.upright_min == pytest.approx(30)
    assert summary.rounded_min == pytest.approx(30)
    assert [(s.start_min_of_day, s.length_min, s.state) for s in summary.timeline] == [
        (120, 30, PostureState.UPRIGHT),
        (120, 30, PostureState.ROUNDED),
    ]
    assert summary.timeline[0].start != summary.timeline[1].start


# --- day summary ---------------------------------------------------------------------------


def _event(kind: EventKind, hh: int, mm: int = 0, stretches: tuple[str, ...] = ()) -> CoachEvent:
    return CoachEvent(kind=kind, at=at(date(2026, 11, 23), hh, mm), stretches=stretches)


def test_day_summary_counts_time_and_events() -> None:
    day = date(2026, 11, 23)
    samples = [
        *samples_between(at(day, 9), at(day, 9, 45), PostureState.UPRIGHT, score=90.0),
        *samples_between(at(day, 9, 45), at(day, 10), PostureState.ROUNDED, score=30.0),
        *samples_between(at(day, 10), at(day, 10, 10), PostureState.AWAY, score=None),
    ]
    events = [
        _event(EventKind.NUDGE_SHOWN, 9, 50),
        _event(EventKind.NUDGE_HEEDED, 9, 51),
        _event(EventKind.BREAK_DUE, 9, 30),
        _event(EventKind.BREAK_SNOOZED, 9, 30),
        _event(EventKind.BREAK_DUE, 9, 35),
        _event(EventKind.BREAK_SKIPPED, 9, 35),
        _event(EventKind.BREAK_DUE, 9, 55),
        _event(EventKind.BREAK_TAKEN, 10, 5, ("cat-cow", "walk")),
        _event(EventKind.NATURAL_BREAK, 10, 10),
        _event(EventKind.BREAK_TAKEN, 14, 0, ("cat-cow",)),
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


# --- camera-confirmed stretches ------------------------------------------------------------


def _verdict_event(stretch_id: str, outcome: Outcome, hour: int, minute: int) -> CoachEvent:
    verdict = StretchVerdict(stretch_id, outcome, 0, 10, "Seen: what the camera saw.")
    return verdict.as_event(at(date(2026, 11, 23), hour, minute))


def test_confirmed_stretches_are_told_apart_from_self_reported_ones() -> None:
    day = date(2026, 11, 23)
    events = [
        _event(EventKind.BREAK_STARTED, 10, 0, ("scapular-squeeze", "walk")),
        _verdict_event("scapular-squeeze", Outcome.CONFIRMED, 10, 1),
        _verdict_event("walk", Outcome.NOT_JUDGED, 10, 4),
        _event(EventKind.BREAK_TAKEN, 10, 5, ("scapular-squeeze", "walk")),
        _event(EventKind.BREAK_STARTED, 11, 0, ("cat-cow", "thoracic-rotation")),
        _verdict_event("cat-cow", Outcome.CONFIRMED, 11, 1),
        _verdict_event("cat-cow", Outcome.CONFIRMED, 11, 2),  # went back and did it again
        _verdict_event("thoracic-rotation", Outcome.PARTLY_DONE, 11, 3),
        _event(EventKind.BREAK_TAKEN, 11, 4, ("cat-cow", "thoracic-rotation")),
        # The last stretch's verdict arrives once the window has reported the break done.
        _event(EventKind.BREAK_STARTED, 12, 0, ("walk", "scapular-squeeze")),
        _event(EventKind.BREAK_TAKEN, 12, 4, ("walk", "scapular-squeeze")),
        _verdict_event("scapular-squeeze", Outcome.CONFIRMED, 12, 5),
        # Confirmed in a break the app never saw finish: not among the stretches done.
        _event(EventKind.BREAK_STARTED, 13, 0, ("cat-cow",)),
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


# --- output shapes -------------------------------------------------------------------------

REQUIRED_JSON_KEYS = {
    "date",
    "monitored_min",
    "upright_share",
    "rounded_min",
    "away_min",
    "nudges",
    "breaks_due",
    "breaks_taken",
    "breaks_snoozed",
    "breaks_skipped",
    "natural_breaks",
    "stretches_done",
    "longest_sitting_min",
    "stretches_confirmed",
}


def test_json_dict_has_the_contract_keys_and_serialises() -> None:
    day = date(2026, 11, 23)
    samples = samples_between(at(day, 9), at(day, 9, 40))
    events = [_event(EventKind.BREAK_TAKEN, 9, 41, ("walk",))]

    data = to_json_dict(summarise_day(day, aggregate_samples(samples, BERLIN), events))

    assert data.keys() >= REQUIRED_JSON_KEYS
    assert json.loads(json.dumps(data)) == data
    assert data["date"] == "2026-11-23"
    assert data["monitored_min"] == 40.0
    assert data["upright_share"] == 1.0
    assert data["breaks_taken"] == 1
    assert data["stretches_done"] == 1
    assert data["stretches"] == {"walk": 1}
    assert data["longest_sitting_min"] == 40
    assert data["stretches_confirmed"] == 0  # nothing the camera confirmed


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
    events = [_event(EventKind.BREAK_DUE, 10), _event(EventKind.BREAK_DUE, 11)]

    line = today_so_far_line(summarise_day(day, aggregate_samples(samples, BERLIN), events))

    assert (
        line == "Today: 3 h 05 min monitored, 81% upright, 0/2 breaks taken, longest sit 3 h 05 min"
    )


# --- trends --------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [7, 30])
def test_trend_fills_empty_days_oldest_first(days: int) -> None:
    end = date(2026, 11, 23)
    known_day = end - timedelta(days=2)
    known = summarise_day(
        known_day,
        aggregate_samples(samples_between(at(known_day, 9), at(known_day, 10)), BERLIN),
        [],
    )
    too_old = summarise_day(end - timedelta(days=days), [], [])

    trend = daily_trend([too_old, known], end, days)

    assert [s.date for s in trend] == [end - timedelta(days=days - 1 - i) for i in range(days)]
    assert [s.date for s in trend if s.has_data] == [known_day]
    assert trend[-3] is known


def test_summarise_range_reads_each_day_from_the_history() -> None:
    end = date(2026, 11, 23)
    minutes = aggregate_samples(
        [
            *samples_between(at(end, 9), at(end, 10), PostureState.UPRIGHT),
            *samples_between(
                at(end - timedelta(days=1), 9),
                at(end - timedelta(days=1), 10),
                PostureState.ROUNDED,
            ),
        ],
        BERLIN,
    )

    class History:
        def minutes_for_day(self, day: date) -> list[MinuteAggregate]:
            return [m for m in minutes if m.local_date == day]

        def events_for_day(self, day: date) -> list[CoachEvent]:
            return []

    week = summarise_range(History(), end, 7)

    assert len(week) == 7
    assert [s.upright_share for s in week[-2:]] == [0.0, 1.0]
    assert all(not s.has_data for s in week[:-2])
    assert period_upright_share(week) == pytest.approx(0.5)


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
