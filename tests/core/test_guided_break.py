"""The guided break's timeline and its words, for each kind of dose in the catalogue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from postureapp.core.break_prompt import build_break_prompt, length_text, snooze_penalty_note
from postureapp.core.guided_break import (
    REST_BETWEEN_HOLDS_S,
    SHORT_REST_S,
    SWITCH_SIDES_S,
    StepKind,
    break_left_text,
    clock_text,
    step_at,
    step_texts,
    timeline,
)
from postureapp.core.stretches import STRETCHES_BY_ID, positions_text


def kinds(stretch_id: str) -> list[StepKind]:
    return [segment.kind for segment in timeline(STRETCHES_BY_ID[stretch_id].dose)]


def test_long_holds_have_rests_between_them() -> None:
    segments = timeline(STRETCHES_BY_ID["thoracic-extension"].dose)  # 20-30 s, 3-5 times
    assert [s.kind for s in segments] == [StepKind.HOLD, StepKind.REST, StepKind.HOLD,
                                         StepKind.REST, StepKind.HOLD]
    assert segments[0].duration_s == 20 and segments[1].duration_s == REST_BETWEEN_HOLDS_S


def test_short_holds_have_a_short_release() -> None:
    segments = timeline(STRETCHES_BY_ID["scapular-squeeze"].dose)  # 3-5 s, 10-15 times
    assert len([s for s in segments if s.kind is StepKind.HOLD]) == 10
    assert {s.duration_s for s in segments if s.kind is StepKind.REST} == {SHORT_REST_S}


def test_a_per_side_stretch_switches_sides_once() -> None:
    segments = timeline(STRETCHES_BY_ID["thoracic-rotation"].dose)
    assert [(s.kind, s.side) for s in segments] == [
        (StepKind.HOLD, 1), (StepKind.SWITCH_SIDES, 2), (StepKind.HOLD, 2)]
    assert segments[1].duration_s == SWITCH_SIDES_S


def test_repetitions_are_paced_and_a_walk_is_one_timed_step() -> None:
    reps = timeline(STRETCHES_BY_ID["cat-cow"].dose)
    assert len(reps) == 10 and {s.duration_s for s in reps} == {6.0}
    assert kinds("walk") == [StepKind.WALK]


@pytest.mark.parametrize(("elapsed_s", "kind", "remaining_s"), [
    (0.0, StepKind.HOLD, 20.0), (19.5, StepKind.HOLD, 0.5), (21.0, StepKind.REST, 4.0),
    (25.0, StepKind.HOLD, 20.0), (200.0, StepKind.FINISHED, 0.0),
])
def test_the_step_under_way_and_the_time_left_in_it(
    elapsed_s: float, kind: StepKind, remaining_s: float
) -> None:
    step = step_at(timeline(STRETCHES_BY_ID["thoracic-extension"].dose), elapsed_s)
    assert (step.segment.kind, step.remaining_s) == (kind, remaining_s)


def test_step_texts_count_holds_sides_and_the_end() -> None:
    extension = STRETCHES_BY_ID["thoracic-extension"]
    segments = timeline(extension.dose)
    assert step_texts(extension, step_at(segments, 0), is_last_stretch=False) == (
        "Hold 0:20", "Hold 1 of 3")
    assert step_texts(extension, step_at(segments, 21), is_last_stretch=False) == (
        "Release 0:04", "Rest and breathe — next is hold 2 of 3")
    done = step_at(segments, 999)
    assert step_texts(extension, done, is_last_stretch=False)[1] == "Press Next when you're ready"
    assert "press Done" in step_texts(extension, done, is_last_stretch=True)[1]
    rotation = STRETCHES_BY_ID["thoracic-rotation"]
    first = step_at(timeline(rotation.dose), 0)
    assert step_texts(rotation, first, is_last_stretch=True) == (
        "Hold 0:10", "First side, then switch sides")


def test_a_single_hold_is_breathed_through_as_its_dose_says() -> None:
    # mid-back.md: child's pose is held 30-60 s "breathing deeply"; its countdown must not say
    # to breathe any other way.
    childs_pose = STRETCHES_BY_ID["childs-pose"]
    hold = step_at(timeline(childs_pose.dose), 0)
    assert step_texts(childs_pose, hold, is_last_stretch=True) == ("Hold 0:30", "Breathe deeply")


def test_a_hold_whose_dose_says_nothing_of_breathing_gets_no_breathing_cue() -> None:
    rotation = STRETCHES_BY_ID["thoracic-rotation"]
    quiet = replace(rotation, dose=replace(rotation.dose, is_per_side=False))
    hold = step_at(timeline(quiet.dose), 0)
    assert step_texts(quiet, hold, is_last_stretch=True) == ("Hold 0:10", "")


def test_clock_and_break_left_texts() -> None:
    assert clock_text(30) == "0:30" and clock_text(0.2) == "0:01" and clock_text(0) == "0:00"
    assert break_left_text(170) == "Break time left 2:50"
    assert break_left_text(0).startswith("Break time is up")


def test_prompt_texts_are_built_in_the_core() -> None:
    walk = STRETCHES_BY_ID["walk"]
    note = snooze_penalty_note(2, 120, True, 60)
    prompt = build_break_prompt((walk,), break_length_s=300, sitting_s=61, can_snooze=True,
                                snoozes_used=2, snooze_min=5, snooze_note=note,
                                show_safety=False)
    assert prompt.headline.startswith("You've been sitting for 1 minute —")
    assert prompt.plan == "Your break: 5 min. Here is what to try:"
    assert prompt.snooze_note == ("You snoozed 2 times: this break is 2 min longer. "
                                  "Each snooze adds a minute to the break.")
    assert prompt.insist_note == ""
    assert snooze_penalty_note(1, 60, False, 60) == "You snoozed once: this break is 1 min longer."
    insisting = build_break_prompt((walk,), break_length_s=300, sitting_s=1800,
                                   can_snooze=False, snoozes_used=1, snooze_min=5,
                                   snooze_note="", show_safety=True)
    assert insisting.insist_note.startswith("You've snoozed once")
    assert length_text(270) == "4 min 30 s" and length_text(45) == "45 s"


def test_where_a_stretch_is_done_in_words() -> None:
    assert positions_text(STRETCHES_BY_ID["thoracic-rotation"]) == "Seated or on the floor"
