"""The recorded days, read as summaries: the one entry point for the tray's today line, the
summary window and `postureapp summary`, plus date ranges and trends."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from postureapp.core.day_summary import (
    DEFAULT_NATURAL_BREAK_MIN,
    DaySummary,
    summarise_day,
    today_so_far_line,
)
from postureapp.core.events import CoachEvent
from postureapp.core.minutes import MinuteAggregate


class DayHistory(Protocol):
    """The read side of a history store (`ports.SummaryRepository` provides it)."""

    def minutes_for_day(self, day: date) -> list[MinuteAggregate]:
        """The minutes of one local day, oldest first."""
        ...

    def events_for_day(self, day: date) -> list[CoachEvent]:
        """The events of one local day, oldest first."""
        ...


def day_range(end: date, days: int) -> list[date]:
    """The `days` dates ending with `end`, oldest first."""
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    return [end - timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def daily_trend(summaries: Iterable[DaySummary], end: date, days: int = 7) -> list[DaySummary]:
    """One summary per day for the `days` days ending with `end`, oldest first.

    Days missing from `summaries` are filled with empty summaries, so a 7- or 30-day chart
    always has a bar slot per day. Summaries outside the range are dropped.
    """
    by_date = {summary.date: summary for summary in summaries}
    return [by_date.get(day, DaySummary(date=day)) for day in day_range(end, days)]


@dataclass(frozen=True)
class History:
    """The recorded days as summaries, counted with the user's natural-break length.

    Attributes:
        store: Where the days are recorded (`ports.SummaryRepository` provides it).
        natural_break_min: Absences at least this long end a sitting spell.
    """

    store: DayHistory
    natural_break_min: int = DEFAULT_NATURAL_BREAK_MIN

    def day(self, day: date) -> DaySummary:
        """The summary of one local day (empty when nothing was recorded)."""
        return summarise_day(day, self.store.minutes_for_day(day), self.store.events_for_day(day),
                             natural_break_min=self.natural_break_min)

    def days(self, end: date, count: int = 7) -> list[DaySummary]:
        """Summaries for the `count` days ending with `end`, oldest first, empty days included."""
        return [self.day(day) for day in day_range(end, count)]

    def today_line(self, today: date) -> str:
        """One line about today for the tray's tooltip."""
        return today_so_far_line(self.day(today))


def period_upright_share(summaries: Iterable[DaySummary]) -> float | None:
    """Upright share over several days, weighted by judged time; None when nothing judged."""
    upright_min = 0.0
    judged_min = 0.0
    for summary in summaries:
        upright_min += summary.upright_min
        judged_min += summary.upright_min + summary.rounded_min
    return upright_min / judged_min if judged_min > 0 else None
