"""Calibration from frames, and noticing when the baseline stops fitting."""

from __future__ import annotations

from typing import Any

import pytest

from postureapp.core.calibration import (
    CalibrationWatch,
    StaleCalibration,
    calibrate,
    calibrate_slouched,
    with_stretch_model_posture,
)
from postureapp.core.features import Baseline
from postureapp.core.posture import FrameCondition, compute_features, judge_frame
from postureapp.core.samples import PostureState
from tests.poses import IMAGE_H, IMAGE_W, make_pose, observe


def test_baseline_is_the_typical_upright_posture() -> None:
    frames = [observe(make_pose(jitter=(0, dy))) for dy in (-2, -1, 0, 1, 2)]
    result = calibrate(frames, calibrated_at="2026-11-23T09:00:00+00:00")
    assert result.baseline is not None
    expected = compute_features(make_pose(), IMAGE_W, IMAGE_H)
    assert result.baseline.features.nose_height_sw == pytest.approx(expected.nose_height_sw)
    assert result.baseline.calibrated_at == "2026-11-23T09:00:00+00:00"
    assert result.frames_used == 5


def test_the_stretch_models_reading_is_kept_beside_the_posture_models() -> None:
    baseline = calibrate([observe(make_pose()) for _ in range(5)], "now").baseline
    assert baseline is not None and baseline.as_read_by_stretch_model() is None
    narrower = [observe(make_pose(shoulders_rounded=0.3)) for _ in range(5)]
    both = with_stretch_model_posture(baseline, narrower)
    expected = compute_features(make_pose(shoulders_rounded=0.3), IMAGE_W, IMAGE_H)
    assert both.features == baseline.features  # posture is judged as before
    stretch_baseline = both.as_read_by_stretch_model()
    assert stretch_baseline is not None
    assert stretch_baseline.features.shoulder_width_frac == pytest.approx(
        expected.shoulder_width_frac)


def test_a_stretch_model_that_saw_too_little_leaves_the_baseline_alone() -> None:
    baseline = calibrate([observe(make_pose()) for _ in range(5)], "now").baseline
    assert baseline is not None
    assert with_stretch_model_posture(baseline, [observe(make_pose()), observe(), observe()]) \
        == baseline


def test_a_few_bad_frames_do_not_spoil_calibration() -> None:
    good = [observe(make_pose()) for _ in range(10)]
    glance_down = [observe(make_pose(head_forward=1.0))]
    nobody = [observe(), observe()]
    result = calibrate(good + glance_down + nobody, calibrated_at="now")
    assert result.baseline is not None
    expected = compute_features(make_pose(), IMAGE_W, IMAGE_H)
    assert result.baseline.features.nose_height_sw == pytest.approx(expected.nose_height_sw)
    assert result.frames_used == 10
    assert result.problems[FrameCondition.NO_PERSON] == 2


def test_calibration_fails_clearly_when_the_shoulders_are_not_in_view() -> None:
    frames = [observe(make_pose(center=(620.0, 360.0))) for _ in range(10)]
    result = calibrate(frames, calibrated_at="now")
    assert result.baseline is None
    assert "shoulders" in result.message
    assert "0 of 10" in result.message


def test_calibration_needs_enough_frames() -> None:
    assert calibrate([observe(make_pose())], calibrated_at="now").baseline is None
    assert calibrate([observe(make_pose())], calibrated_at="now", min_frames=1).baseline
    assert calibrate([], calibrated_at="now").baseline is None


def _baseline() -> Baseline:
    baseline = calibrate([observe(make_pose())] * 5, calibrated_at="now").baseline
    assert baseline is not None
    return baseline


def _watch_frames(watch: CalibrationWatch, pose_kwargs: dict[str, Any], count: int,
                  start_s: float = 0.0, step_s: float = 10.0) -> StaleCalibration | None:
    result = None
    for i in range(count):
        verdict = judge_frame(observe(make_pose(**pose_kwargs)), BASELINE, 5)
        state = PostureState.ROUNDED if verdict.is_rounded else PostureState.UPRIGHT
        result = watch.observe(start_s + i * step_s, verdict.features, state, verdict.score)
    return result


BASELINE = _baseline()


def test_the_same_setup_is_not_stale() -> None:
    watch = CalibrationWatch(BASELINE)
    assert _watch_frames(watch, {}, 30) is None


def test_camera_moved_closer_is_stale() -> None:
    watch = CalibrationWatch(BASELINE)
    stale = _watch_frames(watch, {"scale": 1.6, "center": (320.0, 420.0)}, 12)
    assert stale is not None
    assert "nearer" in stale.reason


def test_a_single_odd_frame_is_not_stale() -> None:
    watch = CalibrationWatch(BASELINE)
    _watch_frames(watch, {}, 11)
    assert _watch_frames(watch, {"scale": 1.6}, 1, start_s=200) is None


def test_camera_moved_sideways_is_stale() -> None:
    watch = CalibrationWatch(BASELINE)
    stale = _watch_frames(watch, {"center": (150.0, 360.0)}, 12)
    assert stale is not None
    assert "different part" in stale.reason


def test_strongly_rounded_for_twenty_minutes_suggests_recalibrating() -> None:
    watch = CalibrationWatch(BASELINE)
    assert _watch_frames(watch, {"head_forward": 1.2}, 60) is None  # 10 minutes: not yet
    stale = _watch_frames(watch, {"head_forward": 1.2}, 60, start_s=600)
    assert stale is not None
    assert "recalibrate" in stale.reason


def test_no_baseline_means_nothing_to_go_stale() -> None:
    watch = CalibrationWatch(None)
    assert _watch_frames(watch, {"scale": 2.0}, 20) is None


def test_calibrating_while_slumped_warns() -> None:
    result = calibrate([observe(make_pose(head_forward=1.0))] * 5, calibrated_at="now")
    assert result.baseline is not None
    assert "sit tall and calibrate again" in result.message


def test_calibrating_upright_does_not_warn() -> None:
    result = calibrate([observe(make_pose())] * 5, calibrated_at="now")
    assert "lean forward" not in result.message


def test_a_head_below_the_shoulders_is_refused() -> None:
    result = calibrate([observe(make_pose(head_forward=3.5))] * 5, calibrated_at="now")
    assert result.baseline is None
    assert "below your shoulders" in result.message


def test_the_spread_of_the_upright_frames_is_kept_with_the_baseline() -> None:
    steady = calibrate([observe(make_pose())] * 6, calibrated_at="now").baseline
    bobbing = calibrate([observe(make_pose(jitter=(0, dy))) for dy in (-4, 0, 4, -4, 0, 4)],
                        calibrated_at="now").baseline
    assert steady is not None and bobbing is not None
    assert steady.upright_spread == 0.0
    assert 0.0 < bobbing.upright_spread < 0.2


def test_a_restless_calibration_says_only_clear_slumps_will_count() -> None:
    frames = [observe(make_pose(jitter=(0, dy))) for dy in (-15, -10, -5, 0, 5, 10, 15)]
    result = calibrate(frames, calibrated_at="now")
    assert result.baseline is not None
    assert "calibrate again sitting still" in result.message
    assert "sitting still" not in calibrate([observe(make_pose())] * 5, "now").message


def test_the_second_step_learns_how_the_user_slumps() -> None:
    slumps = [observe(make_pose(head_forward=0.5, jitter=(0, dy))) for dy in (-1, 0, 1)]
    result = calibrate_slouched(BASELINE, slumps + [observe()])
    assert result.baseline is not None
    assert result.baseline.features == BASELINE.features
    assert result.baseline.slouched is not None
    expected = compute_features(make_pose(head_forward=0.5), IMAGE_W, IMAGE_H)
    assert result.baseline.slouched.nose_height_sw == pytest.approx(expected.nose_height_sw)
    assert result.frames_used == 3
    assert result.problems == {FrameCondition.NO_PERSON: 1}


def test_a_slump_that_looks_like_sitting_upright_is_not_used() -> None:
    result = calibrate_slouched(BASELINE, [observe(make_pose(head_forward=0.02))] * 5)
    assert result.baseline is None
    assert "looks almost like your upright one" in result.message


def test_the_second_step_fails_clearly_without_a_clear_view() -> None:
    result = calibrate_slouched(BASELINE, [observe(make_pose(center=(620.0, 360.0)))] * 5)
    assert result.baseline is None
    assert "shoulders" in result.message
