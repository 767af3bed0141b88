"""The guided break's timeline: holds, rests, side switches, repetitions and walks for one
stretch, where the countdown is at any moment, and what the break window says about it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final

from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.stretches import Dose, DoseKind, Stretch

REST_BETWEEN_HOLDS_S: Final = 5.0
"""Rest between two holds of 10 s or more (come up, breathe, settle again)."""

SHORT_REST_S: Final = 2.0
"""Release between two short holds, such as the 3-5 s scapular squeezes."""

SWITCH_SIDES_S: Final = 5.0
"""Time to come back to the middle and get ready for the other side."""

SHORT_HOLD_S: Final = 10
"""Holds shorter than this get the short rest between them."""


class StepKind(Enum):
    """What the user is doing in one part of a guided stretch."""

    HOLD = "hold"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"
    REP = "rep"
    WALK = "walk"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class Segment:
    """One timed part of a guided stretch: a hold, a rest, a repetition or a walk.

    Attributes:
        kind: What the user does.
        duration_s: How long it lasts.
        number: Which hold or repetition, from 1 (for a rest: the hold it leads to).
        total: How many holds or repetitions there are on this side.
        side: 0 when the dose is not per side, else 1 (first side) or 2 (other side).
    """

    kind: StepKind
    duration_s: float
    number: int
    total: int
    side: int


@dataclass(frozen=True, slots=True)
class Step:
    """Where the guided countdown is, some seconds into a stretch.

    Attributes:
        segment: The part under way.
        remaining_s: Seconds left of it.
        fraction_done: 0-1 through the whole stretch.
    """

    segment: Segment
    remaining_s: float
    fraction_done: float


def timeline(dose: Dose) -> tuple[Segment, ...]:
    """The guided timeline of a dose, at its low end (as `Dose.guided_s` plans it) plus rests."""
    sides = (1, 2) if dose.is_per_side else (0,)
    count = max(1, dose.count_min)
    hold_s = max(1.0, float(dose.seconds_min))
    rest_s = SHORT_REST_S if dose.seconds_min < SHORT_HOLD_S else REST_BETWEEN_HOLDS_S
    out: list[Segment] = []
    for side in sides:
        if side == 2:
            out.append(Segment(StepKind.SWITCH_SIDES, SWITCH_SIDES_S, 1, count, side))
        if dose.kind is DoseKind.TIMED:
            out.append(Segment(StepKind.WALK, hold_s, 1, 1, side))
            continue
        for number in range(1, count + 1):
            if dose.kind is DoseKind.REPS:
                pace_s = max(1.0, dose.rep_pace_s)
                out.append(Segment(StepKind.REP, pace_s, number, count, side))
                continue
            if number > 1:
                out.append(Segment(StepKind.REST, rest_s, number, count, side))
            out.append(Segment(StepKind.HOLD, hold_s, number, count, side))
    return tuple(out)


def step_at(segments: Sequence[Segment], elapsed_s: float) -> Step:
    """The segment under way `elapsed_s` into the timeline, and the time left in it."""
    total_s = sum(segment.duration_s for segment in segments)
    left_s = max(0.0, elapsed_s)
    for segment in segments:
        if left_s < segment.duration_s:
            done_s = max(0.0, elapsed_s)
            return Step(segment, segment.duration_s - left_s, done_s / total_s)
        left_s -= segment.duration_s
    last_total = segments[-1].total if segments else 1
    finished = Segment(StepKind.FINISHED, 0.0, last_total, last_total, 0)
    return Step(finished, 0.0, 1.0)


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up, so a 30 s hold starts at 0:30 and ends at 0:01."""
    whole = max(0, math.ceil(seconds - 1e-6))
    return f"{whole // 60}:{whole % 60:02d}"


def break_left_text(left_s: float) -> str:
    """How much of the break is left, or that its time is up."""
    if left_s > 0:
        return translate("guided_break", "Break time left {time}").format(time=clock_text(left_s))
    return translate("guided_break", "Break time is up — finish when you're ready")


_SIDE_TEXTS: Final = {
    0: "",
    1: QT_TRANSLATE_NOOP("guided_break", "first side, then switch sides"),
    2: QT_TRANSLATE_NOOP("guided_break", "other side"),
}


def step_texts(stretch: Stretch, step: Step, *, is_last_stretch: bool) -> tuple[str, str]:
    """The big countdown line and the line under it, for one step of `stretch`."""
    segment = step.segment
    time = clock_text(step.remaining_s)
    number, total = segment.number, segment.total
    side = translate("guided_break", _SIDE_TEXTS[segment.side]) if segment.side else ""
    if segment.kind is StepKind.HOLD:
        if total > 1:
            detail = translate("guided_break", "Hold {number} of {total}").format(number=number,
                                                                        total=total)
            detail = f"{detail} · {side}" if side else detail
        elif side:
            detail = side[:1].upper() + side[1:]
        else:
            # Only the stretch's own breathing: a generic cue could contradict a dose that
            # says how to breathe (child's pose: deeply).
            detail = (translate("stretches", stretch.hold_breathing) if stretch.hold_breathing
                      else "")
        return translate("guided_break", "Hold {time}").format(time=time), detail
    if segment.kind is StepKind.REST:
        return (translate("guided_break", "Release {time}").format(time=time),
                translate("guided_break",
                          "Rest and breathe — next is hold {number} of {total}").format(
                    number=number, total=total))
    if segment.kind is StepKind.SWITCH_SIDES:
        return (translate("guided_break", "Switch sides {time}").format(time=time),
                translate("guided_break",
                          "Come back to the middle and get ready for the other side"))
    if segment.kind is StepKind.REP:
        pace = translate("guided_break", "Slow and steady, about {seconds} s each").format(
            seconds=f"{stretch.dose.rep_pace_s:g}")
        rep = translate("guided_break", "Rep {number} of {total}").format(number=number,
                                                                          total=total)
        return rep, f"{pace} · {side}" if side else pace
    if segment.kind is StepKind.WALK:
        return (translate("guided_break", "Walk {time}").format(time=time),
                translate("guided_break", "Keep moving at an easy pace until the time is up"))
    if is_last_stretch:
        return (translate("guided_break", "Well done"),
                translate("guided_break", "That was the last one — press Done to finish"))
    return (translate("guided_break", "Well done"),
            translate("guided_break", "Press Next when you're ready"))
