"""One local day from its minutes and events: monitored time, posture, breaks, the timeline,
and the tray's one-line "today so far"."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.i18n import join_list, tr, translate
from postureapp.core.minutes import MINUTE_S, MinuteAggregate
from postureapp.core.samples import PostureState

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


def format_duration_min(minutes: float) -> str:
    """A duration for people: "45 min", "3 h 05 min"."""
    whole = round(minutes)
    if whole < 60:
        return translate("day_summary", "{minutes} min").format(minutes=whole)
    return translate("day_summary", "{hours} h {minutes} min").format(
        hours=whole // 60, minutes=f"{whole % 60:02d}")


def format_stretches(done: int, confirmed: int) -> str:
    """Stretches done, with how many the camera confirmed: "4 (2 confirmed)", or "4"."""
    if not confirmed:
        return str(done)
    return translate("day_summary", "{done} ({confirmed} confirmed)").format(done=done,
                                                                             confirmed=confirmed)


def format_share(share: float | None) -> str:
    """A share as a whole percentage, or a dash when there is none."""
    if share is None:
        return "–"
    return translate("day_summary", "{percent}%").format(percent=round(share * 100))


def breaks_text(taken: int, due: int) -> str:
    """"3 breaks taken (5 due)": never "1 of 0", since days count their own events, and a break
    that fell due before midnight and was taken after it is taken on a day it was not due."""
    return tr("%n break(s) taken ({due} due)", None, taken).format(due=due)


def today_so_far_line(summary: DaySummary) -> str:
    """One line for the tray tooltip, e.g. "Today: 3 h 25 min monitored, 78% upright, 4 breaks
    taken (6 due)"."""
    if not summary.has_data:
        return translate("day_summary", "Today: nothing recorded yet")
    parts = [translate("day_summary", "Today: {duration} monitored").format(
        duration=format_duration_min(summary.monitored_min))]
    if summary.upright_share is not None:
        parts.append(translate("day_summary", "{share} upright").format(
            share=format_share(summary.upright_share)))
    if summary.breaks_due or summary.breaks_taken:
        parts.append(breaks_text(summary.breaks_taken, summary.breaks_due))
    if summary.longest_sitting_min:
        parts.append(translate("day_summary", "longest sit {duration}").format(
            duration=format_duration_min(summary.longest_sitting_min)))
    return join_list(parts)


def confirmed_share(summaries: Iterable[DaySummary]) -> float | None:
    """Share of the stretches done that the camera confirmed; None when none were done."""
    done = confirmed = 0
    for summary in summaries:
        done += summary.stretches_done
        confirmed += summary.stretches_confirmed
    return confirmed / done if done else None
