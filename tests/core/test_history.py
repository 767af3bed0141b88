"""History: days read from the store, trends and shares over several days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from postureapp.core.day_summary import summarise_day
from postureapp.core.events import CoachEvent
from postureapp.core.history import History, daily_trend, period_upright_share
from postureapp.core.minutes import MinuteAggregate, aggregate_samples
from postureapp.core.samples import PostureState
from tests.recorded_days import (
    BERLIN,
    at,
    samples_between,
)


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


def test_a_week_of_history_reads_each_day_from_the_store() -> None:
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

    class Store:
        def minutes_for_day(self, day: date) -> list[MinuteAggregate]:
            return [m for m in minutes if m.local_date == day]

        def events_for_day(self, day: date) -> list[CoachEvent]:
            return []

    history = History(Store())
    week = history.days(end, 7)
    assert history.day(end) == week[-1]
    assert history.today_line(end).startswith("Today: ")

    assert len(week) == 7
    assert [s.upright_share for s in week[-2:]] == [0.0, 1.0]
    assert all(not s.has_data for s in week[:-2])
    assert period_upright_share(week) == pytest.approx(0.5)
