"""Samples into per-minute aggregates: splitting, capping, away spans, local days and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from postureapp.core.day_summary import summarise_day
from postureapp.core.minutes import aggregate_samples, away_samples
from postureapp.core.samples import PostureSample, PostureState
from tests.recorded_days import (
    BERLIN,
    FALL_BACK,
    SPRING_FORWARD,
    at,
    local_midnight,
    samples_between,
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
