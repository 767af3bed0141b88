"""The pipeline from frame results to readings, with a scripted pose estimator."""

from __future__ import annotations

import pytest

from postureapp.core.monitor import SETTLING_INTERVAL_S, PostureMonitor
from postureapp.core.ports import CameraStatus, FrameResult
from postureapp.core.samples import PostureState
from tests.fakes import ScriptedPoseEstimator
from tests.poses import IMAGE_H, IMAGE_W, make_pose


class _Image:
    shape = (IMAGE_H, IMAGE_W, 3)


def frame(t_s: float) -> FrameResult:
    grid = tuple((120.0,) * 8 for _ in range(6))
    return FrameResult(CameraStatus.OK, _Image(), t_s, "", grid, "test", int(t_s))


def test_person_present_then_rounded_then_away() -> None:
    script = [(make_pose(),)] * 4 + [(make_pose(head_forward=1.0),)] * 8 + [()] * 4
    monitor = PostureMonitor(ScriptedPoseEstimator(script), None, sensitivity=5)
    readings = [monitor.process(frame(i * 10.0)) for i in range(16)]
    states = [r.state for r in readings]
    assert states[0] is PostureState.UPRIGHT
    assert PostureState.ROUNDED in states[4:12]
    assert states[-1] is PostureState.AWAY
    assert readings[-1].is_present is False
    assert readings[0].verdict is not None and readings[0].verdict.score == pytest.approx(100)


def test_no_frame_gives_an_unknown_reading_with_the_cameras_message() -> None:
    estimator = ScriptedPoseEstimator([(make_pose(),)])
    monitor = PostureMonitor(estimator, None, sensitivity=5)
    busy = FrameResult(CameraStatus.IN_USE, message="The camera is in use by another app.")
    reading = monitor.process(busy)
    assert reading.state is PostureState.UNKNOWN
    assert reading.is_present is None
    assert reading.camera_status is CameraStatus.IN_USE
    assert "in use" in reading.message
    assert estimator.calls == []  # no frame, no inference


def test_samples_faster_while_a_change_is_being_confirmed() -> None:
    script = [(make_pose(),)] * 3 + [(make_pose(head_forward=1.0),)] * 20
    monitor = PostureMonitor(ScriptedPoseEstimator(script), None, sensitivity=5)
    for i in range(3):
        monitor.process(frame(i * 10.0))
    assert monitor.next_interval_s(10.0) == 10.0
    monitor.process(frame(30.0))
    monitor.process(frame(40.0))
    assert monitor.next_interval_s(10.0) == SETTLING_INTERVAL_S


def test_a_message_explains_an_unjudgeable_view() -> None:
    monitor = PostureMonitor(
        ScriptedPoseEstimator([(make_pose(center=(620.0, 360.0)),)]), None, sensitivity=5
    )
    reading = monitor.process(frame(0.0))
    assert "shoulders" in reading.message
