"""Daily posture history: per-minute aggregates, day summaries, trends and the tray line.

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
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any, Final, Protocol

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.samples import PostureSample, PostureState

MINUTE_S: Final = 60.0
"""Seconds in one aggregate bucket; a bucket never holds more monitored time than this."""

MAX_SAMPLE_INTERVAL_S: Final = 600.0
"""A sample never stands for more than this: a longer interval means the machine slept."""

DEFAULT_NATURAL_BREAK_MIN: Final = 5
"""Matches Settings.natural_break_min's default; callers pass the user's value."""

BREAK_MARKER_KINDS: Final = frozenset(
    {
        EventKind.BREAK_DUE,
        EventKind.BREAK_STARTED,
        EventKind.BREAK_TAKEN,
        EventKind.BREAK_SNOOZED,
        EventKind.BREAK_SKIPPED,
        EventKind.NATURAL_BREAK,
    }
)
"""Events a day's timeline shows as markers."""

_SITTING_RESET_KINDS: Final = frozenset({EventKind.BREAK_TAKEN, EventKind.NATURAL_BREAK})

# Ties between states in one minute are settled in this order (first wins).
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


@dataclass(frozen=True, slots=True)
class TimelineSpan:
    """Consecutive recorded minutes with the same dominant state.

    Attributes:
        start: Wall time of the first minute, with the offset recorded then.
        start_min_of_day: Wall-clock minutes after local midnight. On a 25-hour day the repeated
            hour yields spans with equal values here but different `start` instants.
        length_min: How many minutes the span lasts.
        state: The dominant posture state.
    """

    start: datetime
    start_min_of_day: int
    length_min: int
    state: PostureState


@dataclass(frozen=True, slots=True)
class TimelineMarker:
    """A break event to draw on a day's timeline.

    Attributes:
        at: When it happened (the event's own wall time).
        min_of_day: Wall-clock minutes after local midnight.
        kind: What happened.
    """

    at: datetime
    min_of_day: int
    kind: EventKind


@dataclass(frozen=True, slots=True)
class DaySummary:
    """What one local day looked like. Durations are minutes.

    Attributes:
        date: The user's local date.
        monitored_min: Time covered by samples of any state.
        upright_min: Time judged upright.
        upright_share: Upright time / (upright + rounded) time; None when nothing was judged.
        rounded_min: Time judged rounded.
        away_min: Time nobody was at the desk while monitoring.
        nudges: Posture nudges shown.
        nudges_heeded: Nudges after which the user sat up.
        breaks_due: Break reminders raised.
        breaks_taken: Breaks completed.
        breaks_snoozed: Breaks snoozed at least once (of those due).
        breaks_skipped: Break reminders skipped.
        natural_breaks: Times the user left the desk long enough on their own.
        stretches_done: Stretches done during taken breaks (one per stretch id per break).
        stretches_confirmed: Of those, the ones the camera saw done at their dose (one per
            stretch id per break); the rest were counted by the timer or the user's word.
        stretch_counts: (stretch id, times done), most done first, then by id.
        longest_sitting_min: The longest sitting stretch, see `longest_sitting_min()`.
        mean_score: Mean posture score of the day's scored samples; None when none.
        timeline: Spans of recorded minutes by dominant state, in time order.
        markers: Break events, in time order.
    """

    date: date
    monitored_min: float = 0.0
    upright_min: float = 0.0
    upright_share: float | None = None
    rounded_min: float = 0.0
    away_min: float = 0.0
    nudges: int = 0
    nudges_heeded: int = 0
    breaks_due: int = 0
    breaks_taken: int = 0
    breaks_snoozed: int = 0
    breaks_skipped: int = 0
    natural_breaks: int = 0
    stretches_done: int = 0
    stretches_confirmed: int = 0
    stretch_counts: tuple[tuple[str, int], ...] = ()
    longest_sitting_min: int = 0
    mean_score: float | None = None
    timeline: tuple[TimelineSpan, ...] = ()
    markers: tuple[TimelineMarker, ...] = ()

    @property
    def has_data(self) -> bool:
        """Anything at all was recorded this day."""
        return self.monitored_min > 0 or bool(self.markers) or self.nudges > 0

    @property
    def stretches_by_id(self) -> dict[str, int]:
        """`stretch_counts` as a mapping."""
        return dict(self.stretch_counts)

    @property
    def stretches_self_reported(self) -> int:
        """Stretches done that the camera did not confirm (timer or the user's word)."""
        return max(0, self.stretches_done - self.stretches_confirmed)

    @property
    def confirmed_share(self) -> float | None:
        """Confirmed stretches / stretches done; None when none were done."""
        return confirmed_share([self])


# Events whose sitting_s is the timer's count of unbroken sitting when they happened.
_TIMER_SITTING_KINDS = frozenset({
    EventKind.BREAK_DUE, EventKind.BREAK_REMINDED, EventKind.BREAK_TAKEN,
    EventKind.BREAK_SKIPPED, EventKind.NATURAL_BREAK,
})


def _stretches_confirmed(events: Iterable[CoachEvent]) -> int:
    """Of the stretches done in taken breaks, those the camera confirmed during that break
    (one per stretch id per break, like `stretches_done`).

    A confirmation belongs to the break started last before it. It may be recorded just after
    that break's BREAK_TAKEN: the camera's verdict on the last stretch comes from the worker
    thread once the window has already reported the break done.
    """
    confirmed = 0
    done: set[str] = set()
    seen: set[str] = set()
    for event in sorted(events, key=lambda e: e.at):
        if event.kind is EventKind.BREAK_STARTED:
            confirmed += len(seen & done)
            done, seen = set(), set()
        elif event.kind is EventKind.STRETCH_CONFIRMED:
            seen.update(event.stretches)
        elif event.kind is EventKind.BREAK_TAKEN:
            done = set(event.stretches)
    return confirmed + len(seen & done)


def _breaks_snoozed(events: Iterable[CoachEvent]) -> int:
    """How many breaks were snoozed at least once (not how often Snooze was pressed)."""
    snoozed = 0
    counted_this_break = False
    for event in sorted(events, key=lambda e: e.at):
        if event.kind is EventKind.BREAK_DUE:
            counted_this_break = False
        elif event.kind is EventKind.BREAK_SNOOZED and not counted_this_break:
            snoozed += 1
            counted_this_break = True
    return snoozed


def longest_sitting_min(
    minutes: Iterable[MinuteAggregate],
    events: Iterable[CoachEvent] = (),
    natural_break_min: int = DEFAULT_NATURAL_BREAK_MIN,
) -> int:
    """The longest time the user sat without a real break, in minutes.

    Definition: take the minutes in which someone was present (`MinuteAggregate.is_present`:
    upright or rounded time, at least as much as away time). Consecutive present minutes belong
    to one sitting stretch unless, between them,

    * `natural_break_min` or more minutes were not present (away, unjudged, or not recorded at
      all: the app being closed is not evidence of sitting), or
    * a BREAK_TAKEN or NATURAL_BREAK event happened.

    A stretch lasts from the start of its first present minute to the end of its last one, so
    absences shorter than a natural break count as sitting, as the sitting timer counts them.
    Only the minutes passed in are considered; a stretch over midnight is cut at midnight when
    the caller passes one day's minutes.

    The camera does not see everything (a video call holds it; some users have none), so the
    sitting timer's own count, stamped on its break events, is a lower bound as well.
    """
    events = list(events)
    timer_longest_s = max(
        (e.sitting_s for e in events if e.kind in _TIMER_SITTING_KINDS), default=0.0
    )
    present = sorted({m.minute_utc for m in minutes if m.is_present})
    resets = sorted(
        math.floor(event.at.timestamp() / MINUTE_S)
        for event in events
        if event.kind in _SITTING_RESET_KINDS
    )
    longest = 0
    run_start: int | None = None
    run_end = 0
    reset_index = 0
    for minute in present:
        # Resets at or before the end of the current run do not split it.
        while reset_index < len(resets) and resets[reset_index] <= run_end:
            reset_index += 1
        has_reset = reset_index < len(resets) and resets[reset_index] <= minute
        if run_start is not None and (minute - run_end - 1 >= natural_break_min or has_reset):
            longest = max(longest, run_end - run_start + 1)
            run_start = None
        if run_start is None:
            run_start = minute
        run_end = minute
    if run_start is not None:
        longest = max(longest, run_end - run_start + 1)
    return max(longest, math.floor(timer_longest_s / MINUTE_S))


def _timeline(minutes: Sequence[MinuteAggregate]) -> tuple[TimelineSpan, ...]:
    spans: list[TimelineSpan] = []
    previous: MinuteAggregate | None = None
    for minute in minutes:
        state = minute.dominant_state
        last = spans[-1] if spans else None
        if (
            last is not None
            and previous is not None
            and previous.minute_utc + 1 == minute.minute_utc
            and last.state is state
        ):
            spans[-1] = TimelineSpan(last.start, last.start_min_of_day, last.length_min + 1, state)
        else:
            spans.append(TimelineSpan(minute.local_start, minute.minute_of_day, 1, state))
        previous = minute
    return tuple(spans)


def summarise_day(
    day: date,
    minutes: Iterable[MinuteAggregate],
    events: Iterable[CoachEvent],
    *,
    natural_break_min: int = DEFAULT_NATURAL_BREAK_MIN,
) -> DaySummary:
    """Summarise one local day.

    Args:
        day: The local date.
        minutes: That day's minutes; minutes of other local dates are ignored.
        events: That day's events, as `SummaryRepository.events_for_day` returns them (each
            event's `at` in the wall time recorded with it). They are not filtered here.
        natural_break_min: The user's natural break length, for the longest sitting stretch.
    """
    day_minutes = sorted((m for m in minutes if m.local_date == day), key=lambda m: m.minute_utc)
    day_events = sorted(events, key=lambda e: e.at.timestamp())
    kinds = Counter(event.kind for event in day_events)
    stretch_counter: Counter[str] = Counter()
    for event in day_events:
        if event.kind is EventKind.BREAK_TAKEN:
            stretch_counter.update(dict.fromkeys(event.stretches, 1))
    upright_s = sum(m.upright_s for m in day_minutes)
    rounded_s = sum(m.rounded_s for m in day_minutes)
    score_count = sum(m.score_count for m in day_minutes)
    judged_s = upright_s + rounded_s
    return DaySummary(
        date=day,
        monitored_min=sum(m.monitored_s for m in day_minutes) / MINUTE_S,
        upright_min=upright_s / MINUTE_S,
        upright_share=upright_s / judged_s if judged_s > 0 else None,
        rounded_min=rounded_s / MINUTE_S,
        away_min=sum(m.away_s for m in day_minutes) / MINUTE_S,
        nudges=kinds[EventKind.NUDGE_SHOWN],
        nudges_heeded=kinds[EventKind.NUDGE_HEEDED],
        breaks_due=kinds[EventKind.BREAK_DUE],
        breaks_taken=kinds[EventKind.BREAK_TAKEN],
        breaks_snoozed=_breaks_snoozed(day_events),
        breaks_skipped=kinds[EventKind.BREAK_SKIPPED],
        natural_breaks=kinds[EventKind.NATURAL_BREAK],
        stretches_done=sum(stretch_counter.values()),
        stretches_confirmed=_stretches_confirmed(day_events),
        stretch_counts=tuple(sorted(stretch_counter.items(), key=lambda kv: (-kv[1], kv[0]))),
        longest_sitting_min=longest_sitting_min(day_minutes, day_events, natural_break_min),
        mean_score=sum(m.score_sum for m in day_minutes) / score_count if score_count else None,
        timeline=_timeline(day_minutes),
        markers=tuple(
            TimelineMarker(event.at, event.at.hour * 60 + event.at.minute, event.kind)
            for event in day_events
            if event.kind in BREAK_MARKER_KINDS
        ),
    )


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


def format_duration_min(minutes: float) -> str:
    """A duration for people: "45 min", "3 h 05 min"."""
    whole = round(minutes)
    if whole < 60:
        return f"{whole} min"
    return f"{whole // 60} h {whole % 60:02d} min"


def format_stretches(done: int, confirmed: int) -> str:
    """Stretches done, with how many the camera confirmed: "4 (2 confirmed)", or "4"."""
    return f"{done} ({confirmed} confirmed)" if confirmed else str(done)


def format_share(share: float | None) -> str:
    """A share as a whole percentage, or a dash when there is none."""
    return "–" if share is None else f"{round(share * 100)}%"


def today_so_far_line(summary: DaySummary) -> str:
    """One line for the tray tooltip, e.g. "Today: 3 h 25 min, 78% upright, 4/6 breaks"."""
    if not summary.has_data:
        return "Today: nothing recorded yet"
    parts = [f"Today: {format_duration_min(summary.monitored_min)} monitored"]
    if summary.upright_share is not None:
        parts.append(f"{format_share(summary.upright_share)} upright")
    if summary.breaks_due or summary.breaks_taken:
        parts.append(f"{summary.breaks_taken}/{summary.breaks_due} breaks taken")
    if summary.longest_sitting_min:
        parts.append(f"longest sit {format_duration_min(summary.longest_sitting_min)}")
    return ", ".join(parts)


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


def summarise_range(
    history: DayHistory,
    end: date,
    days: int = 7,
    *,
    natural_break_min: int = DEFAULT_NATURAL_BREAK_MIN,
) -> list[DaySummary]:
    """Summaries for the `days` days ending with `end`, oldest first, empty days included."""
    return [
        summarise_day(
            day,
            history.minutes_for_day(day),
            history.events_for_day(day),
            natural_break_min=natural_break_min,
        )
        for day in day_range(end, days)
    ]


def confirmed_share(summaries: Iterable[DaySummary]) -> float | None:
    """Share of the stretches done that the camera confirmed; None when none were done."""
    done = confirmed = 0
    for summary in summaries:
        done += summary.stretches_done
        confirmed += summary.stretches_confirmed
    return confirmed / done if done else None


def period_upright_share(summaries: Iterable[DaySummary]) -> float | None:
    """Upright share over several days, weighted by judged time; None when nothing judged."""
    upright_min = 0.0
    judged_min = 0.0
    for summary in summaries:
        upright_min += summary.upright_min
        judged_min += summary.upright_min + summary.rounded_min
    return upright_min / judged_min if judged_min > 0 else None
