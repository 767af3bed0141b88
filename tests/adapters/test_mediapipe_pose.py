"""The real pose model on a real photo, and model-file checks."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import pytest

from postureapp.adapters import mediapipe_pose
from postureapp.adapters.mediapipe_pose import (
    EMBEDDED_LITE_MODEL,
    EMBEDDED_MODEL,
    MediaPipePoseEstimator,
    ModelError,
    stretch_estimator_for,
    verify_model,
)
from postureapp.core.landmarks import FrameObservation
from postureapp.core.posture import FrameCondition, judge_frame
from postureapp.core.settings import Settings
from tests.imports import imported_after
from tests.photos import photo_bgr

pytestmark = pytest.mark.model


def _rgb() -> Any:
    return cv2.cvtColor(photo_bgr(), cv2.COLOR_BGR2RGB)


def test_loading_the_model_leaves_charts_and_audio_unloaded() -> None:
    # A tray app must not carry matplotlib (the summary window's) or mediapipe's audio tasks.
    code = (
        "from postureapp.adapters.mediapipe_pose import MediaPipePoseEstimator\n"
        "MediaPipePoseEstimator().close()\n"
    )
    names = ("matplotlib", "sounddevice", "mediapipe.tasks.python.audio")
    assert imported_after(code, names) == set()


def test_finds_grace_hoppers_head_and_shoulders() -> None:
    image = _rgb()
    with MediaPipePoseEstimator(video_mode=False) as estimator:
        people = estimator.estimate(image, 0.0)
    assert len(people) == 1
    pose = people[0]
    height, width = image.shape[:2]
    # Head above the shoulders, nose between the ears, shoulders apart and in the picture.
    assert pose.nose.y < pose.left_shoulder.y - 100
    assert min(pose.left_ear.x, pose.right_ear.x) < pose.nose.x < max(pose.left_ear.x,
                                                                       pose.right_ear.x)
    assert abs(pose.left_shoulder.x - pose.right_shoulder.x) > 0.4 * width
    assert all(0 <= p.y <= height for p in (pose.left_shoulder, pose.right_shoulder))
    verdict = judge_frame(FrameObservation(0.0, width, height, people), None, 5)
    assert verdict.condition is FrameCondition.OK
    assert verdict.score is not None and verdict.score > 80  # she sits upright


def test_stretches_are_followed_by_the_embedded_lite_model_unless_the_user_chose_one(
    tmp_path: Path,
) -> None:
    image = _rgb()
    with stretch_estimator_for(Settings()) as estimator:
        assert estimator.model_path == EMBEDDED_LITE_MODEL
        [pose] = estimator.estimate(image, 0.0)
    assert pose.nose.y < pose.left_shoulder.y - 100  # a head above shoulders, as the full model
    own = tmp_path / "own.task"
    own.write_bytes(EMBEDDED_MODEL.read_bytes())
    with stretch_estimator_for(Settings(model_path=str(own))) as estimator:
        assert estimator.model_path == own


def test_video_mode_accepts_repeated_timestamps() -> None:
    image = _rgb()
    with MediaPipePoseEstimator(video_mode=True) as estimator:
        first = estimator.estimate(image, 1.0)
        again = estimator.estimate(image, 1.0)  # would raise in MediaPipe without our guard
    assert len(first) == len(again) == 1


def test_close_twice_is_safe() -> None:
    estimator = MediaPipePoseEstimator(video_mode=False)
    estimator.close()
    estimator.close()


def test_embedded_model_is_verified() -> None:
    assert verify_model(None) == EMBEDDED_MODEL


def test_corrupt_embedded_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corrupt = tmp_path / "pose.task"
    data = bytearray(EMBEDDED_MODEL.read_bytes())
    data[5000] ^= 0xFF
    corrupt.write_bytes(bytes(data))
    monkeypatch.setattr(mediapipe_pose, "EMBEDDED_MODEL", corrupt)
    with pytest.raises(ModelError, match="corrupt.*Reinstall"):
        MediaPipePoseEstimator()


def test_missing_embedded_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mediapipe_pose, "EMBEDDED_MODEL", tmp_path / "gone.task")
    with pytest.raises(ModelError, match="missing"):
        verify_model(None)


def test_a_users_model_that_is_not_a_bundle_is_refused(tmp_path: Path) -> None:
    not_zip = tmp_path / "model.task"
    not_zip.write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="not a MediaPipe .task bundle"):
        verify_model(not_zip)
    wrong = tmp_path / "hands.task"
    with zipfile.ZipFile(wrong, "w") as bundle:
        bundle.writestr("hand_detector.tflite", b"x")
    with pytest.raises(ModelError, match="lacks pose_detector.tflite"):
        verify_model(wrong)
    with pytest.raises(ModelError, match="not found"):
        verify_model(tmp_path / "absent.task")


@pytest.mark.parametrize("make", [Path.mkdir, os.mkfifo])
def test_a_users_model_that_is_not_a_file_is_called_so(
    tmp_path: Path, make: Callable[[Path], object]
) -> None:
    # "Pose model not found" sent the user looking for a file that is there.
    not_a_file = tmp_path / "pose.task"
    make(not_a_file)
    with pytest.raises(ModelError, match="is not a file"):
        verify_model(not_a_file)


def test_a_users_bundle_with_broken_models_fails_with_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.task"
    with zipfile.ZipFile(broken, "w") as bundle:
        bundle.writestr("pose_detector.tflite", b"garbage")
        bundle.writestr("pose_landmarks_detector.tflite", b"garbage")
    with pytest.raises(ModelError, match="could not load"):
        MediaPipePoseEstimator(broken)


def test_a_users_own_copy_of_the_bundle_loads(tmp_path: Path) -> None:
    copy = tmp_path / "my_pose.task"
    copy.write_bytes(EMBEDDED_MODEL.read_bytes())
    with MediaPipePoseEstimator(copy, video_mode=False) as estimator:
        assert estimator.model_path == copy
        assert len(estimator.estimate(_rgb(), 0.0)) == 1
