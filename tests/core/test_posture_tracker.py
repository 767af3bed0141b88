"""Posture over time: smoothing, hysteresis, minimum durations, away and unknown."""

from __future__ import annotations

from dataclasses import replace

from postureapp.core.posture import FrameCondition, FrameVerdict, judge_frame, rounding_threshold
from postureapp.core.posture_tracker import PostureTracker
from postureapp.core.samples import PostureState
from tests.poses import make_pose, observe

UPRIGHT = judge_frame(observe(make_pose()), None, 5)
ROUNDED = judge_frame(observe(make_pose(head_forward=1.0)), None, 5)
NOBODY = judge_frame(observe(), None, 5)
DARK = judge_frame(observe(luma=5.0), None, 5)
ROUNDED_THRESHOLD = rounding_threshold(None, 5)


def feed(tracker: PostureTracker, verdict: FrameVerdict, start_s: float, end_s: float,
         step_s: float = 10.0) -> list[PostureState]:
    states = []
    t = start_s
    while t <= end_s:
        states.append(tracker.update(t, verdict))
        t += step_s
    return states


def test_starts_unknown_then_follows_the_first_judgement() -> None:
    tracker = PostureTracker()
    assert tracker.state is PostureState.UNKNOWN
    assert tracker.update(0, UPRIGHT) is PostureState.UPRIGHT


def test_sustained_rounding_is_detected_within_a_minute_at_the_default_rate() -> None:
    tracker = PostureTracker()
    feed(tracker, UPRIGHT, 0, 60)
    states = feed(tracker, ROUNDED, 70, 200)
    first_rounded = 70 + 10 * states.index(PostureState.ROUNDED)
    assert first_rounded - 70 <= 60


def test_a_brief_glance_down_does_not_change_the_state() -> None:
    tracker = PostureTracker()
    feed(tracker, UPRIGHT, 0, 60)
    tracker.update(70, ROUNDED)
    assert feed(tracker, UPRIGHT, 80, 200) == [PostureState.UPRIGHT] * 13


def test_fast_frames_need_the_same_time_not_the_same_count() -> None:
    # At 30 frames a second a rounded posture still needs seconds, not frames, to register.
    tracker = PostureTracker()
    feed(tracker, UPRIGHT, 0, 10, step_s=1 / 30)
    states = feed(tracker, ROUNDED, 10, 15, step_s=1 / 30)
    assert PostureState.ROUNDED not in states


def test_hysteresis_keeps_the_state_inside_the_band() -> None:
    tracker = PostureTracker()
    feed(tracker, ROUNDED, 0, 100)
    assert tracker.state is PostureState.ROUNDED
    # A score just above the threshold but inside the hysteresis band: still rounded.
    borderline = FrameVerdict(
        FrameCondition.OK, True, UPRIGHT.features, ROUNDED_THRESHOLD + 3.0, False,
        threshold=ROUNDED_THRESHOLD,
    )
    assert set(feed(tracker, borderline, 110, 400)) == {PostureState.ROUNDED}
    assert feed(tracker, UPRIGHT, 410, 500)[-1] is PostureState.UPRIGHT


def test_recovery_needs_a_minimum_time_too() -> None:
    tracker = PostureTracker()
    feed(tracker, ROUNDED, 0, 100)
    assert tracker.update(101, UPRIGHT) is PostureState.ROUNDED


def test_away_only_after_nobody_for_a_while() -> None:
    tracker = PostureTracker()
    feed(tracker, UPRIGHT, 0, 30)
    assert tracker.update(40, NOBODY) is PostureState.UPRIGHT  # one missed frame
    assert tracker.update(50, NOBODY) is PostureState.AWAY
    assert tracker.is_present is False
    assert tracker.update(60, UPRIGHT) is PostureState.AWAY  # one sighting is not a return
    assert tracker.is_settling  # so the next sample comes soon
    assert tracker.update(63, UPRIGHT) is PostureState.AWAY
    assert tracker.update(66, UPRIGHT) is PostureState.UPRIGHT
    assert tracker.is_present is True


def test_a_passer_by_glimpsed_once_does_not_end_an_absence() -> None:
    tracker = PostureTracker()
    feed(tracker, NOBODY, 0, 60)
    assert tracker.update(70, UPRIGHT) is PostureState.AWAY
    assert tracker.update(80, NOBODY) is PostureState.AWAY
    assert tracker.is_present is False


def test_reset_forgets_the_posture() -> None:
    tracker = PostureTracker()
    feed(tracker, ROUNDED, 0, 100)
    tracker.reset()
    assert tracker.state is PostureState.UNKNOWN
    assert tracker.is_present is None
    assert not tracker.is_settling


def test_darkness_becomes_unknown_not_away() -> None:
    tracker = PostureTracker()
    feed(tracker, UPRIGHT, 0, 30)
    states = feed(tracker, DARK, 40, 100)
    assert states[-1] is PostureState.UNKNOWN
    assert PostureState.AWAY not in states
    assert tracker.is_present is None


def test_settling_while_a_change_is_being_confirmed() -> None:
    tracker = PostureTracker()
    feed(tracker, UPRIGHT, 0, 30)
    assert not tracker.is_settling
    tracker.update(40, ROUNDED)
    tracker.update(50, ROUNDED)
    assert tracker.is_settling
    feed(tracker, ROUNDED, 60, 200)
    assert not tracker.is_settling


def test_jittery_upright_landmarks_stay_upright() -> None:
    tracker = PostureTracker()
    states = []
    for i in range(60):
        jitter = ((i * 7) % 9 - 4.0, (i * 5) % 9 - 4.0)  # +-4 px of model noise
        verdict = judge_frame(observe(make_pose(jitter=jitter)), None, 5)
        states.append(tracker.update(i * 2.0, verdict))
    assert set(states) == {PostureState.UPRIGHT}


def test_the_users_own_threshold_decides() -> None:
    same_score = 85.0
    strict_user = replace(UPRIGHT, score=same_score, threshold=90.0)
    lenient_user = replace(UPRIGHT, score=same_score, threshold=80.0)
    assert feed(PostureTracker(), strict_user, 0, 100)[-1] is PostureState.ROUNDED
    assert feed(PostureTracker(), lenient_user, 0, 100)[-1] is PostureState.UPRIGHT


def test_a_strict_threshold_near_100_still_lets_the_user_become_upright_again() -> None:
    tracker = PostureTracker()
    feed(tracker, replace(ROUNDED, threshold=97.0), 0, 100)
    assert tracker.state is PostureState.ROUNDED
    upright = replace(UPRIGHT, score=100.0, threshold=97.0)
    assert feed(tracker, upright, 110, 300)[-1] is PostureState.UPRIGHT
