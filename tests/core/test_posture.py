"""Per-frame posture metrics on synthetic landmarks."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from postureapp.core.calibration import calibrate, calibrate_slouched
from postureapp.core.features import Baseline
from postureapp.core.landmarks import Point
from postureapp.core.posture import (
    DEFAULT_MODEL,
    FrameCondition,
    compute_features,
    judge_frame,
    rounding_boundary,
    rounding_score,
    rounding_threshold,
    upright_wander,
)
from tests.poses import IMAGE_H, IMAGE_W, make_pose, observe


def _score(**pose_kwargs: Any) -> float:
    verdict = judge_frame(observe(make_pose(**pose_kwargs)), None, sensitivity=5)
    assert verdict.score is not None
    return verdict.score


def test_upright_scores_near_100_and_is_not_rounded() -> None:
    verdict = judge_frame(observe(make_pose()), None, sensitivity=5)
    assert verdict.condition is FrameCondition.OK
    assert verdict.is_person_present is True
    assert verdict.score is not None and verdict.score >= 95
    assert verdict.is_rounded is False


@pytest.mark.parametrize("head_forward", [0.6, 0.8, 1.0])
def test_head_forward_is_rounded(head_forward: float) -> None:
    verdict = judge_frame(observe(make_pose(head_forward=head_forward)), None, sensitivity=5)
    assert verdict.is_rounded is True


def test_score_falls_steadily_as_the_head_goes_forward() -> None:
    scores = [_score(head_forward=h) for h in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] - scores[-1] > 80


def test_rounded_shoulders_lower_the_score() -> None:
    assert _score(shoulders_rounded=1.0) < _score() - 10


def test_hunched_head_and_shoulders_is_rounded() -> None:
    verdict = judge_frame(
        observe(make_pose(head_forward=0.8, shoulders_rounded=1.0)), None, sensitivity=5
    )
    assert verdict.is_rounded is True


def test_head_tilted_back_is_not_rounding() -> None:
    verdict = judge_frame(observe(make_pose(tilt_back=1.0)), None, sensitivity=5)
    assert verdict.is_rounded is False
    assert verdict.score is not None and verdict.score > 90


def test_leaning_back_away_from_the_camera_is_not_rounding() -> None:
    # Leaning back makes the whole person smaller and the head a little higher.
    verdict = judge_frame(observe(make_pose(scale=0.75, tilt_back=0.3)), None, sensitivity=5)
    assert verdict.is_rounded is False


@pytest.mark.parametrize("scale", [0.5, 0.8, 1.3])
def test_features_do_not_depend_on_distance_to_the_camera(scale: float) -> None:
    near = compute_features(make_pose(), IMAGE_W, IMAGE_H)
    far = compute_features(make_pose(scale=scale), IMAGE_W, IMAGE_H)
    assert far.nose_height_sw == pytest.approx(near.nose_height_sw)
    assert far.ear_height_sw == pytest.approx(near.ear_height_sw)
    assert far.face_width_sw == pytest.approx(near.face_width_sw)


def test_features_are_the_same_in_a_mirrored_image() -> None:
    pose = make_pose(head_forward=0.4)
    mirrored = type(pose)(
        **{
            name: Point(IMAGE_W - point.x, point.y, point.z, point.visibility)
            for name, point in ((n, getattr(pose, n)) for n in pose.__slots__)
        }
    )
    a = compute_features(pose, IMAGE_W, IMAGE_H)
    b = compute_features(mirrored, IMAGE_W, IMAGE_H)
    assert b.nose_height_sw == pytest.approx(a.nose_height_sw)
    assert b.ear_height_sw == pytest.approx(a.ear_height_sw)


def test_calibrated_baseline_judges_against_the_users_own_upright() -> None:
    # Someone whose upright head sits lower than the population's (camera above eye level).
    own_upright = make_pose(head_forward=0.5)
    baseline = calibrate([observe(own_upright)] * 5, calibrated_at="now").baseline
    assert baseline is not None
    uncalibrated = judge_frame(observe(own_upright), None, sensitivity=5)
    calibrated = judge_frame(observe(own_upright), baseline, sensitivity=5)
    assert uncalibrated.is_rounded is True
    assert calibrated.is_rounded is False
    assert calibrated.score == pytest.approx(100.0)


@pytest.mark.parametrize(("low", "high"), [(1, 5), (5, 10), (1, 10)])
def test_higher_sensitivity_flags_more(low: int, high: int) -> None:
    assert rounding_threshold(None, high) > rounding_threshold(None, low)
    mild = observe(make_pose(head_forward=0.35))
    assert judge_frame(mild, None, high).is_rounded or not judge_frame(mild, None, low).is_rounded
    assert judge_frame(mild, None, 10).is_rounded is True
    assert judge_frame(mild, None, 1).is_rounded is False


def test_nobody_in_view_is_absence() -> None:
    verdict = judge_frame(observe(), None, sensitivity=5)
    assert verdict.condition is FrameCondition.NO_PERSON
    assert verdict.is_person_present is False
    assert verdict.score is None


def test_a_dark_empty_frame_is_not_taken_for_absence() -> None:
    verdict = judge_frame(observe(luma=10.0), None, sensitivity=5)
    assert verdict.condition is FrameCondition.TOO_DARK
    assert verdict.is_person_present is None


def test_a_backlit_person_is_not_judged() -> None:
    # Bright window everywhere except where the (dark) person sits.
    pose = make_pose()
    grid = tuple(
        tuple(40.0 if 2 <= c <= 5 and r >= 2 else 230.0 for c in range(8)) for r in range(6)
    )
    verdict = judge_frame(observe(pose, luma=grid), None, sensitivity=5)
    assert verdict.condition is FrameCondition.BACKLIT
    assert verdict.is_person_present is True
    assert verdict.score is None


def test_shoulder_out_of_frame_is_reported_not_judged() -> None:
    pose = make_pose(center=(600.0, 360.0))  # left shoulder beyond the right edge
    verdict = judge_frame(observe(pose), None, sensitivity=5)
    assert verdict.condition is FrameCondition.SHOULDERS_OUT_OF_VIEW
    assert verdict.score is None
    assert verdict.is_person_present is True


def test_head_out_of_frame_is_reported() -> None:
    pose = make_pose(center=(320.0, 90.0))  # head above the top edge
    verdict = judge_frame(observe(pose), None, sensitivity=5)
    assert verdict.condition is FrameCondition.HEAD_OUT_OF_VIEW


def test_low_landmark_confidence_is_reported() -> None:
    verdict = judge_frame(observe(make_pose(visibility=0.2)), None, sensitivity=5)
    assert verdict.condition in (
        FrameCondition.LOW_CONFIDENCE,
        FrameCondition.SHOULDERS_OUT_OF_VIEW,
    )
    assert verdict.score is None


def test_someone_walking_behind_does_not_replace_the_user() -> None:
    user = make_pose()
    passer_by = make_pose(head_forward=1.0, scale=0.4, center=(80.0, 250.0))
    baseline = calibrate([observe(user)] * 3, calibrated_at="now").baseline
    verdict = judge_frame(observe(passer_by, user), baseline, sensitivity=5)
    assert verdict.other_people == 1
    assert verdict.is_rounded is False
    assert verdict.score == pytest.approx(100.0)


def test_score_stays_within_0_and_100() -> None:
    baseline = calibrate([observe(make_pose())] * 3, calibrated_at="now").baseline
    assert baseline is not None
    extreme = compute_features(make_pose(head_forward=3.0), IMAGE_W, IMAGE_H)
    assert rounding_score(extreme, baseline) == 0.0
    very_upright = replace(baseline.features, nose_height_sw=2.0, ear_height_sw=2.0)
    assert rounding_score(very_upright, baseline) == 100.0


def test_a_colleague_across_the_room_is_not_the_user() -> None:
    baseline = calibrate([observe(make_pose())] * 3, calibrated_at="now").baseline
    colleague = make_pose(scale=0.4, center=(90.0, 250.0))
    verdict = judge_frame(observe(colleague), baseline, sensitivity=5)
    assert verdict.condition is FrameCondition.NO_PERSON
    assert verdict.is_person_present is False
    assert verdict.other_people == 1


def test_a_distant_person_is_not_present_even_before_calibration() -> None:
    far_away = make_pose(scale=0.1, center=(500.0, 200.0))
    verdict = judge_frame(observe(far_away), None, sensitivity=5)
    assert verdict.is_person_present is False


def test_the_user_right_at_the_desk_is_judged_even_if_the_camera_moved() -> None:
    baseline = calibrate([observe(make_pose())] * 3, calibrated_at="now").baseline
    much_closer = make_pose(scale=1.8, center=(320.0, 420.0))
    verdict = judge_frame(observe(much_closer), baseline, sensitivity=5)
    assert verdict.is_person_present is True  # CalibrationWatch then asks to recalibrate


def test_degenerate_detections_do_not_crash_or_count() -> None:
    user = make_pose()
    ghost = make_pose(center=(100.0, 300.0))
    ghost = replace(ghost, left_shoulder=ghost.right_shoulder)  # both shoulders on one pixel
    verdict = judge_frame(observe(user, ghost), None, sensitivity=5)
    assert verdict.condition is FrameCondition.OK
    assert verdict.score == pytest.approx(100.0)


def test_nan_landmarks_are_low_confidence_not_a_score() -> None:
    nan = float("nan")
    hunched = make_pose(head_forward=1.0)
    broken = replace(hunched, left_ear=Point(nan, nan, 0.0, 0.99),
                     right_ear=Point(nan, nan, 0.0, 0.99))
    verdict = judge_frame(observe(broken), None, sensitivity=5)
    assert verdict.score is None
    assert verdict.condition is not FrameCondition.OK


# The per-user decision: a boundary from the user's own calibration.


def _upright_user(*jitters_px: float) -> Baseline:
    """A user calibrated on upright frames whose head bobs by these many pixels."""
    frames = [observe(make_pose(jitter=(0.0, dy))) for dy in jitters_px or (0.0,) * 5]
    baseline = calibrate(frames, calibrated_at="now").baseline
    assert baseline is not None
    return baseline


def _with_slump(upright: Baseline, head_forward: float) -> Baseline:
    slumped = calibrate_slouched(upright, [observe(make_pose(head_forward=head_forward))] * 5)
    assert slumped.baseline is not None, slumped.message
    return slumped.baseline


STILL = _upright_user()
RESTLESS = _upright_user(-10, -5, 0, 5, 10, -10, -5, 0, 5, 10)
MILD_SLUMPER = _with_slump(STILL, head_forward=0.3)
DEEP_SLUMPER = _with_slump(STILL, head_forward=1.0)
USERS = {"still": STILL, "restless": RESTLESS, "mild slumper": MILD_SLUMPER,
         "deep slumper": DEEP_SLUMPER, "uncalibrated": None}


def test_a_restless_sitter_gets_a_wider_boundary_than_a_still_one() -> None:
    assert STILL.upright_spread == 0.0
    assert RESTLESS.upright_spread > DEFAULT_MODEL.min_upright_spread
    assert rounding_threshold(RESTLESS, 5) < rounding_threshold(STILL, 5)
    slight = observe(make_pose(head_forward=0.28))
    assert judge_frame(slight, STILL, 5).is_rounded is True
    assert judge_frame(slight, RESTLESS, 5).is_rounded is False


def test_a_still_calibration_is_taken_to_wander_as_an_upright_sitter_does_over_an_hour() -> None:
    # A few seconds of calibration frames barely differ, yet upright sitting wanders more.
    assert upright_wander(STILL) == DEFAULT_MODEL.min_upright_spread
    assert rounding_boundary(STILL, 5) == pytest.approx(
        DEFAULT_MODEL.min_upright_spread + DEFAULT_MODEL.boundary_margin
    )
    within_usual_wander = observe(make_pose(head_forward=0.2))
    assert judge_frame(within_usual_wander, STILL, 5).is_rounded is False


def test_a_calibration_that_shows_more_wandering_than_the_minimum_sets_the_boundary() -> None:
    assert upright_wander(RESTLESS) == RESTLESS.upright_spread
    assert rounding_boundary(RESTLESS, 5) == pytest.approx(
        RESTLESS.upright_spread + DEFAULT_MODEL.boundary_margin
    )


@pytest.mark.parametrize("spread", [0.0, 0.05, 0.14, 0.2, 0.3])
def test_the_boundary_is_the_wandering_plus_the_margin_without_double_counting(
    spread: float,
) -> None:
    # The margin is added once, on top of whichever is larger: the user's measured spread or
    # the least wandering assumed. A restless user is not given the minimum on top.
    user = replace(STILL, upright_spread=spread)
    expected = max(spread, DEFAULT_MODEL.min_upright_spread) + DEFAULT_MODEL.boundary_margin
    assert rounding_boundary(user, 5) == pytest.approx(expected)


def test_the_users_own_upright_frames_are_not_flagged_at_the_default_sensitivity() -> None:
    for dy in (-10, -5, 0, 5, 10):
        assert judge_frame(observe(make_pose(jitter=(0, dy))), RESTLESS, 5).is_rounded is False


def test_a_calibrated_user_is_judged_more_finely_than_the_population() -> None:
    # Until calibration the boundary must allow for how differently people sit upright.
    assert rounding_threshold(STILL, 5) > rounding_threshold(None, 5)


def test_learning_a_mild_slump_catches_what_upright_calibration_alone_lets_pass() -> None:
    between = observe(make_pose(head_forward=0.22))
    assert judge_frame(between, STILL, 5).is_rounded is False
    assert judge_frame(between, MILD_SLUMPER, 5).is_rounded is True
    assert judge_frame(observe(make_pose()), MILD_SLUMPER, 5).is_rounded is False


@pytest.mark.parametrize("sensitivity", range(1, 11))
def test_learning_a_slump_never_makes_the_boundary_more_lenient(sensitivity: int) -> None:
    upright_only = rounding_threshold(STILL, sensitivity)
    assert rounding_threshold(DEEP_SLUMPER, sensitivity) == pytest.approx(upright_only)
    assert rounding_threshold(MILD_SLUMPER, sensitivity) >= upright_only


@pytest.mark.parametrize("sensitivity", range(1, 11))
def test_the_boundary_keeps_clear_of_the_users_upright_jitter(sensitivity: int) -> None:
    slight_slumper = replace(STILL, slouched=replace(STILL.features, ear_height_sw=0.59))
    boundary = rounding_boundary(slight_slumper, sensitivity)
    assert boundary >= 0.5 * rounding_boundary(STILL, sensitivity) > 0


@pytest.mark.parametrize("user", USERS)
def test_higher_sensitivity_is_stricter_for_every_user(user: str) -> None:
    thresholds = [rounding_threshold(USERS[user], s) for s in range(1, 11)]
    assert thresholds == sorted(thresholds)
    assert len(set(thresholds)) == 10


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("sensitivity", [1, 5, 10])
@pytest.mark.parametrize(
    "pose_kwargs",
    [{"tilt_back": 1.0}, {"tilt_back": 0.5}, {"scale": 0.8, "tilt_back": 0.3}],
    ids=["head back", "head a little back", "leaning back"],
)
def test_head_back_or_leaning_back_is_never_rounded(
    user: str, sensitivity: int, pose_kwargs: dict[str, Any]
) -> None:
    verdict = judge_frame(observe(make_pose(**pose_kwargs)), USERS[user], sensitivity)
    assert verdict.is_rounded is False


@pytest.mark.parametrize(
    "camera",
    [{"scale": 0.8}, {"scale": 1.25}, {"center": (250.0, 330.0)}, {"center": (390.0, 380.0)},
     {"roll_deg": 5.0}, {"roll_deg": -5.0}, {"scale": 1.2, "center": (300.0, 380.0),
                                             "roll_deg": 3.0}],
    ids=["further", "closer", "left and up", "right and down", "rolled right", "rolled left",
         "all at once"],
)
@pytest.mark.parametrize("user", ["still", "mild slumper"])
def test_moving_or_rolling_the_camera_does_not_change_the_decision(
    camera: dict[str, Any], user: str
) -> None:
    baseline = USERS[user]
    postures: tuple[dict[str, Any], ...] = ({}, {"head_forward": 0.15}, {"head_forward": 0.6})
    for posture in postures:
        before = judge_frame(observe(make_pose(**posture)), baseline, 5)
        after = judge_frame(observe(make_pose(**posture, **camera)), baseline, 5)
        assert after.condition is FrameCondition.OK
        assert after.score == pytest.approx(before.score, abs=0.5)
        assert after.is_rounded is before.is_rounded
