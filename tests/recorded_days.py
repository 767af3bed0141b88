"""Days of recorded posture for the history tests: Berlin dates with DST changes, samples."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.minutes import MinuteAggregate
from postureapp.core.samples import PostureSample, PostureState

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


def event_at(kind: EventKind, hh: int, mm: int = 0, stretches: tuple[str, ...] = ()) -> CoachEvent:
    """An event at hh:mm on 2026-11-23 in Berlin."""
    return CoachEvent(kind=kind, at=at(date(2026, 11, 23), hh, mm), stretches=stretches)

