"""Posture samples gathered into per-minute aggregates, the unit the history stores.

How time is keyed (the rule everything else here relies on):

* A minute is keyed by its UTC instant, ``minute_utc = floor(epoch_seconds / 60)``. UTC minutes
  never repeat, so the hour that a DST change in autumn repeats (25-hour day) keeps both copies,
  and the hour skipped in spring (23-hour day) simply has no keys.
* Each minute also carries ``utc_offset_min``, the offset of the user's local zone at that
  instant, as it was when the minute was recorded. The minute's local date and wall time come
  from these two numbers, so a day is the day the user lived: moving to another timezone later
  does not shift old minutes between days.
* The local zone is a ``tzinfo`` parameter (default: the system zone) so tests are deterministic.

This module is pure: standard library only, no storage and no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Final

from postureapp.core.samples import PostureSample, PostureState

MINUTE_S: Final = 60.0
"""Seconds in one aggregate bucket; a bucket never holds more monitored time than this."""

MAX_SAMPLE_INTERVAL_S: Final = 600.0
"""A sample never stands for more than this: a longer interval means the machine slept."""

_STATE_ORDER: Final = (
    PostureState.ROUNDED,
    PostureState.UPRIGHT,
    PostureState.AWAY,
    PostureState.UNKNOWN,
)


def local_datetime(at: datetime, tz: tzinfo | None = None) -> datetime:
    """`at` as wall time in `tz` (the system zone when None); a naive `at` is taken as local."""
    if at.tzinfo is None:
        return at.replace(tzinfo=tz) if tz is not None else at.astimezone()
    return at.astimezone(tz)


def offset_minutes(at: datetime) -> int:
    """The UTC offset of an aware datetime in whole minutes."""
    offset = at.utcoffset()
    return 0 if offset is None else math.floor(offset.total_seconds() / 60)


def _local_at_minute(minute_utc: int, tz: tzinfo | None) -> datetime:
    return local_datetime(datetime.fromtimestamp(minute_utc * MINUTE_S, UTC), tz)


@dataclass(frozen=True, slots=True)
class MinuteAggregate:
    """Everything recorded during one minute. Time spent per state is in seconds.

    Attributes:
        minute_utc: The minute's UTC instant, in whole minutes since the Unix epoch.
        utc_offset_min: The local zone's UTC offset at that minute, as recorded.
        monitored_s: Seconds covered by samples of any state (at most 60).
        upright_s: Seconds judged upright.
        rounded_s: Seconds judged rounded.
        away_s: Seconds nobody was at the desk. Unknown time is what monitored time leaves.
        score_sum: Sum of the posture scores of the samples taken in this minute.
        score_count: How many samples with a score were taken in this minute.
    """

    minute_utc: int
    utc_offset_min: int
    monitored_s: float = 0.0
    upright_s: float = 0.0
    rounded_s: float = 0.0
    away_s: float = 0.0
    score_sum: float = 0.0
    score_count: int = 0

    def __post_init__(self) -> None:
        """Reject offsets no zone has, which would break every date computed from them."""
        if not -24 * 60 < self.utc_offset_min < 24 * 60:
            raise ValueError(f"utc_offset_min out of range: {self.utc_offset_min}")

    @property
    def unknown_s(self) -> float:
        """Monitored seconds with no judgement (camera dark, low confidence)."""
        return max(0.0, self.monitored_s - self.upright_s - self.rounded_s - self.away_s)

    @property
    def start_utc(self) -> datetime:
        """Start of the minute in UTC."""
        return datetime.fromtimestamp(self.minute_utc * MINUTE_S, UTC)

    @property
    def local_start(self) -> datetime:
        """Start of the minute as the user's wall clock showed it (fixed recorded offset)."""
        zone = timezone(timedelta(minutes=self.utc_offset_min))
        return datetime.fromtimestamp(self.minute_utc * MINUTE_S, zone)

    @property
    def local_date(self) -> date:
        """The user's local day this minute belongs to."""
        return self.local_start.date()

    @property
    def minute_of_day(self) -> int:
        """Wall-clock minutes after local midnight (0-1439); repeats in a repeated DST hour."""
        start = self.local_start
        return start.hour * 60 + start.minute

    @property
    def mean_score(self) -> float | None:
        """Mean posture score of the minute's samples, None when none was scored."""
        return self.score_sum / self.score_count if self.score_count else None

    @property
    def is_present(self) -> bool:
        """Someone sat at the desk for most of the judged part of this minute."""
        seated_s = self.upright_s + self.rounded_s
        return seated_s > 0 and seated_s >= self.away_s

    @property
    def dominant_state(self) -> PostureState:
        """The state that filled most of the minute (ties: rounded, upright, away, unknown)."""
        seconds = {
            PostureState.ROUNDED: self.rounded_s,
            PostureState.UPRIGHT: self.upright_s,
            PostureState.AWAY: self.away_s,
            PostureState.UNKNOWN: self.unknown_s,
        }
        return max(_STATE_ORDER, key=lambda state: seconds[state])

    def merged(self, other: MinuteAggregate) -> MinuteAggregate:
        """This minute with `other`'s time and scores added.

        The first recorded offset is kept. When overlapping samples add up to more than a
        minute, the time per state is scaled down so the minute holds exactly 60 s and the
        shares between states are kept.

        Raises:
            ValueError: `other` is a different minute.
        """
        if other.minute_utc != self.minute_utc:
            raise ValueError(f"cannot merge minute {other.minute_utc} into {self.minute_utc}")
        monitored_s = self.monitored_s + other.monitored_s
        scale = MINUTE_S / monitored_s if monitored_s > MINUTE_S else 1.0
        return MinuteAggregate(
            minute_utc=self.minute_utc,
            utc_offset_min=self.utc_offset_min,
            monitored_s=monitored_s * scale,
            upright_s=(self.upright_s + other.upright_s) * scale,
            rounded_s=(self.rounded_s + other.rounded_s) * scale,
            away_s=(self.away_s + other.away_s) * scale,
            score_sum=self.score_sum + other.score_sum,
            score_count=self.score_count + other.score_count,
        )


def merge_minutes(
    into: Mapping[int, MinuteAggregate], minutes: Iterable[MinuteAggregate]
) -> dict[int, MinuteAggregate]:
    """A new mapping of minute_utc -> aggregate with `minutes` merged into `into`."""
    merged = dict(into)
    _merge_in(merged, minutes)
    return merged


def aggregate_samples(
    samples: Iterable[PostureSample], tz: tzinfo | None = None
) -> list[MinuteAggregate]:
    """Merge samples into per-minute buckets, oldest first.

    A sample stands for the `interval_s` seconds starting at `sample.at` (the judgement holds
    until the next sample); an interval crossing a minute boundary is split between the
    minutes. Intervals are capped at MAX_SAMPLE_INTERVAL_S. A sample's score is counted in the
    minute containing `sample.at`.

    Args:
        samples: Posture samples in any order.
        tz: The user's local zone (default: the system zone); decides each minute's offset.
    """
    buckets: dict[int, MinuteAggregate] = {}
    offsets: dict[int, int] = {}

    def offset_for(minute_utc: int) -> int:
        if minute_utc not in offsets:
            offsets[minute_utc] = offset_minutes(_local_at_minute(minute_utc, tz))
        return offsets[minute_utc]

    for sample in samples:
        start_s = local_datetime(sample.at, tz).timestamp()
        if not math.isfinite(start_s):
            continue
        interval_s = sample.interval_s if math.isfinite(sample.interval_s) else 0.0
        interval_s = min(max(interval_s, 0.0), MAX_SAMPLE_INTERVAL_S)
        parts: list[MinuteAggregate] = []
        first_minute = math.floor(start_s / MINUTE_S)
        if sample.score is not None and math.isfinite(sample.score):
            parts.append(
                MinuteAggregate(
                    first_minute, offset_for(first_minute), score_sum=sample.score, score_count=1
                )
            )
        t_s, end_s = start_s, start_s + interval_s
        while t_s < end_s:
            minute = math.floor(t_s / MINUTE_S)
            piece_s = min(end_s, (minute + 1) * MINUTE_S) - t_s
            parts.append(_time_in_state(minute, offset_for(minute), sample.state, piece_s))
            t_s += piece_s
        _merge_in(buckets, parts)
    return [buckets[key] for key in sorted(buckets)]


def away_samples(since: datetime, until: datetime) -> tuple[PostureSample, ...]:
    """The time from `since` to `until` as "away" samples, for time the camera could not look:
    a locked screen or a sleeping computer is time away from the desk, as an empty chair is.

    Each sample stands for at most MAX_SAMPLE_INTERVAL_S, so a long absence is kept whole.
    """
    samples: list[PostureSample] = []
    at = since
    while at < until:
        span_s = min((until - at).total_seconds(), MAX_SAMPLE_INTERVAL_S)
        samples.append(PostureSample(at, PostureState.AWAY, None, span_s))
        at += timedelta(seconds=span_s)
    return tuple(samples)


def _merge_in(buckets: dict[int, MinuteAggregate], parts: Iterable[MinuteAggregate]) -> None:
    # In place: copying the whole mapping per sample would make a day's aggregation quadratic.
    for part in parts:
        existing = buckets.get(part.minute_utc)
        buckets[part.minute_utc] = part if existing is None else existing.merged(part)


def _time_in_state(
    minute_utc: int, offset_min: int, state: PostureState, seconds: float
) -> MinuteAggregate:
    return MinuteAggregate(
        minute_utc,
        offset_min,
        monitored_s=seconds,
        upright_s=seconds if state is PostureState.UPRIGHT else 0.0,
        rounded_s=seconds if state is PostureState.ROUNDED else 0.0,
        away_s=seconds if state is PostureState.AWAY else 0.0,
    )
