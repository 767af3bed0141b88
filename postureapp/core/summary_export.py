"""The day summary in the stable shape exports and `postureapp summary --format json` share, and
how the printable weekly report writes its days (`ReportDates`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from postureapp.core.day_summary import DaySummary

JSON_KEYS: Final = (
    "date",
    "monitored_min",
    "upright_share",
    "rounded_min",
    "away_min",
    "nudges",
    "nudges_heeded",
    "breaks_due",
    "breaks_taken",
    "breaks_snoozed",
    "breaks_skipped",
    "natural_breaks",
    "stretches_done",
    "stretches",
    "longest_sitting_min",
    "mean_score",
    "stretches_confirmed",
)
"""Keys of `to_json_dict`, in order. A contract with other tools: add keys, never rename."""


def to_json_dict(summary: DaySummary) -> dict[str, Any]:
    """The day as JSON-ready values (the stable export and CLI shape).

    Minutes are rounded to 0.1, `upright_share` to 0.001 (a fraction, not a percentage) and
    `mean_score` to 0.1; both are null when nothing was judged. `stretches` maps stretch id to
    times done. `stretches_confirmed` counts those of `stretches_done` the camera saw done
    at their dose. The timeline is not included.
    """
    return {
        "date": summary.date.isoformat(),
        "monitored_min": round(summary.monitored_min, 1),
        "upright_share": None if summary.upright_share is None else round(summary.upright_share, 3),
        "rounded_min": round(summary.rounded_min, 1),
        "away_min": round(summary.away_min, 1),
        "nudges": summary.nudges,
        "nudges_heeded": summary.nudges_heeded,
        "breaks_due": summary.breaks_due,
        "breaks_taken": summary.breaks_taken,
        "breaks_snoozed": summary.breaks_snoozed,
        "breaks_skipped": summary.breaks_skipped,
        "natural_breaks": summary.natural_breaks,
        "stretches_done": summary.stretches_done,
        "stretches": dict(summary.stretch_counts),
        "longest_sitting_min": summary.longest_sitting_min,
        "mean_score": None if summary.mean_score is None else round(summary.mean_score, 1),
        "stretches_confirmed": summary.stretches_confirmed,
    }


def _english_weekday(day: date) -> str:
    return day.strftime("%a")


def _english_short_date(day: date) -> str:
    return day.strftime("%d %b")


def _iso_day(day: date) -> str:
    return day.strftime("%a %Y-%m-%d")


def _iso_date(day: date) -> str:
    return day.isoformat()


def _iso_moment(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class ReportDates:
    """How the printable weekly report writes days and times.

    Why functions: day and month names belong to the user's locale, which only the Qt layer
    knows (QLocale), and the report's writer must not depend on Qt. The defaults write English
    weekdays with ISO dates, as the command line and the tests expect.
    """

    weekday: Callable[[date], str] = _english_weekday
    """The weekday above a chart bar: "Mon"."""
    short_date: Callable[[date], str] = _english_short_date
    """The date under it: "16 Nov"."""
    day: Callable[[date], str] = _iso_day
    """A day with its weekday and year (a table row): "Mon 2026-11-16"."""
    period_end: Callable[[date], str] = _iso_date
    """A first or last day of the period the report covers: "2026-11-16"."""
    moment: Callable[[datetime], str] = _iso_moment
    """When the report was made: "2026-11-23 08:00"."""
