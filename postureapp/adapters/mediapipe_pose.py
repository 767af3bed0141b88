"""The pose estimator on MediaPipe's PoseLandmarker, and the embedded model it loads.

MediaPipe types stop here: callers get `postureapp.core.landmarks.PoseLandmarks`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Final

from postureapp.adapters.process_memory import release_file_pages, return_freed_heap
from postureapp.core.i18n import translate
from postureapp.core.landmarks import Point, PoseLandmarks
from postureapp.core.settings import Settings

EMBEDDED_MODEL: Final = Path(__file__).resolve().parents[1] / "models" / "pose_landmarker_full.task"
EMBEDDED_MODEL_SHA256: Final = "7a0a4af0270e2c7b14339fb3e2b31b50f544a700e5da874d103d43e67aa25fb7"
EMBEDDED_LITE_MODEL: Final = EMBEDDED_MODEL.with_name("pose_landmarker_lite.task")
"""The same detector with the lite landmark model: a third less CPU a frame while it tracks,
for following guided stretches (posture judging is tuned on the full model)."""
EMBEDDED_LITE_MODEL_SHA256: Final = (
    "0598c9a46097da277f2b300e88e102fb431afffe9610cfd3c9d194e7790fe549")
BUNDLE_MEMBERS: Final = frozenset({"pose_detector.tflite", "pose_landmarks_detector.tflite"})
MAX_PEOPLE: Final = 2  # the user, and someone else in view (so we can tell them apart)
STRETCH_MAX_PEOPLE: Final = 1
"""People the model looks for while it follows a guided stretch. In VIDEO mode MediaPipe runs
its person detector on every frame that shows fewer people than it looks for, and tracks the
ones it has otherwise: looking for one, the detector runs only when the user is lost, which
cuts the model's CPU per frame by about 40 % (`postureapp bench --guided`)."""

# MediaPipe's landmark indices for the points the core uses.
_INDEX = {
    "nose": 0,
    "left_eye": 2,
    "right_eye": 5,
    "left_ear": 7,
    "right_ear": 8,
    "mouth_left": 9,
    "mouth_right": 10,
    "left_shoulder": 11,
    "right_shoulder": 12,
}


class ModelError(RuntimeError):
    """The pose model is missing, corrupt or not a pose landmarker bundle."""


def _verified_embedded(path: Path, expected_sha256: str) -> Path:
    if not path.is_file():
        raise ModelError(translate(
            "pose_model", "The embedded pose model is missing ({file}). Reinstall postureapp."
        ).format(file=path))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected_sha256:
        raise ModelError(translate(
            "pose_model",
            "The embedded pose model is corrupt ({file}: SHA-256 {found}..., expected "
            "{expected}...). Reinstall postureapp.",
        ).format(file=path, found=digest[:12], expected=expected_sha256[:12]))
    return path


def verify_model(path: Path | None, is_lite: bool = False) -> Path:
    """The model file to load, checked; `None` means an embedded model (`is_lite`: the lite one).

    An embedded model must match its pinned SHA-256. A user's own `.task` file must be a
    PoseLandmarker bundle (a zip with the detector and landmark models).

    Raises:
        ModelError: with a message naming the file and what is wrong.
    """
    if path is None:
        if is_lite:
            return _verified_embedded(EMBEDDED_LITE_MODEL, EMBEDDED_LITE_MODEL_SHA256)
        return _verified_embedded(EMBEDDED_MODEL, EMBEDDED_MODEL_SHA256)
    if not path.exists():
        raise ModelError(translate("pose_model", "Pose model not found: {file}").format(file=path))
    if not path.is_file():  # a folder, or a FIFO the zip reader would wait on forever
        raise ModelError(translate(
            "pose_model", "The pose model {file} is not a file (a folder, a FIFO or a device)."
        ).format(file=path))
    try:
        with zipfile.ZipFile(path) as bundle:
            names = set(bundle.namelist())
    except (zipfile.BadZipFile, OSError) as error:
        raise ModelError(translate(
            "pose_model", "{file} is not a MediaPipe .task bundle ({problem})."
        ).format(file=path, problem=error)) from error
    missing = BUNDLE_MEMBERS - names
    if missing:
        raise ModelError(translate(
            "pose_model", "{file} is not a pose landmarker bundle: it lacks {members}."
        ).format(file=path, members=", ".join(sorted(missing))))
    return path


# Start-up chatter MediaPipe's native code writes straight to file descriptor 2 on every load;
# none of it is actionable for a user, and it would drown the CLI's own messages.
_NATIVE_NOISE: Final = (
    "Created TensorFlow Lite XNNPACK delegate",
    "Logging before InitGoogle",
    "Feedback manager requires a model with a single signature",
    "Using NORM_RECT without IMAGE_DIMENSIONS",
)


@contextmanager
def _native_stderr_filtered() -> Iterator[None]:
    """Capture what native code writes to fd 2 meanwhile; pass on all but known chatter."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (e.g. a frozen GUI build): nothing to filter
        yield
        return
    with tempfile.TemporaryFile(mode="w+b") as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            for line in capture.read().decode(errors="replace").splitlines():
                if line.strip() and not any(noise in line for noise in _NATIVE_NOISE):
                    print(line, file=sys.stderr)


# WORKAROUND: `import mediapipe` runs mediapipe/__init__.py, which imports every task family:
# the audio tasks (sounddevice) and the vision drawing utilities (matplotlib.pyplot), about
# 60 MB resident that a tray app would carry for nothing. Registering the packages on the way
# to the pose landmarker without running their __init__ loads only what that task needs.
_PACKAGES_TO_SKIP: Final = (
    "mediapipe", "mediapipe.tasks", "mediapipe.tasks.python", "mediapipe.tasks.python.vision",
)


def _pose_landmarker_modules() -> tuple[ModuleType, ModuleType, ModuleType, ModuleType]:
    """MediaPipe's base options, image, running mode and pose landmarker modules."""
    for name in _PACKAGES_TO_SKIP:
        if name in sys.modules:
            continue  # already imported (fully, or by an earlier call): use it as it is
        spec = importlib.util.find_spec(name)
        if spec is None or spec.submodule_search_locations is None:
            raise ModelError(f"MediaPipe is not installed properly ({name} is missing).")
        sys.modules[name] = importlib.util.module_from_spec(spec)
    from mediapipe.tasks.python.core import base_options
    from mediapipe.tasks.python.vision import pose_landmarker
    from mediapipe.tasks.python.vision.core import image, vision_task_running_mode

    return base_options, image, vision_task_running_mode, pose_landmarker


class MediaPipePoseEstimator:
    """PoseLandmarker in VIDEO mode (tracking between frames) or IMAGE mode (independent stills).

    Always close it (`close()` or a `with` block): MediaPipe raises at interpreter exit for a
    landmarker left open.
    """

    def __init__(
        self,
        model_path: Path | None = None,
        video_mode: bool = True,
        max_people: int = MAX_PEOPLE,
        min_confidence: float = 0.5,
        is_lite: bool = False,
    ) -> None:
        """Load the model: `model_path`, or with none the embedded one (`is_lite`: the lite one).

        Raises:
            ModelError: the model file is missing, corrupt, or MediaPipe cannot load it.
        """
        path = verify_model(model_path, is_lite)
        base_options, image, running_mode, pose_landmarker = _pose_landmarker_modules()
        self._image = image
        self._video_mode = video_mode
        self._last_timestamp_ms = -1
        mode = running_mode.VisionTaskRunningMode
        options = pose_landmarker.PoseLandmarkerOptions(
            base_options=base_options.BaseOptions(model_asset_path=str(path)),
            running_mode=mode.VIDEO if video_mode else mode.IMAGE,
            num_poses=max_people,
            min_pose_detection_confidence=min_confidence,
            min_pose_presence_confidence=min_confidence,
            min_tracking_confidence=min_confidence,
        )
        self._quiet_calls = 2  # the first inferences log too
        self._has_run = False
        try:
            with _native_stderr_filtered():
                self._landmarker: Any = pose_landmarker.PoseLandmarker.create_from_options(
                    options)
        except (RuntimeError, ValueError) as error:
            raise ModelError(f"MediaPipe could not load the pose model {path}: {error}") from error
        self.model_path = path

    def estimate(self, image: Any, t_s: float) -> tuple[PoseLandmarks, ...]:
        """Landmarks of everyone in an RGB uint8 image, the largest (nearest) person first."""
        height, width = image.shape[:2]
        frame = self._image.Image(image_format=self._image.ImageFormat.SRGB, data=image)
        if self._quiet_calls > 0:
            self._quiet_calls -= 1
            with _native_stderr_filtered():
                result = self._detect(frame, t_s)
        else:
            result = self._detect(frame, t_s)
        if not self._has_run:
            # Loading and the first frame have run code that later frames never need again.
            self._has_run = True
            release_file_pages()
        people = [_to_pose(landmarks, width, height) for landmarks in result.pose_landmarks]
        people.sort(key=lambda p: -abs(p.left_shoulder.x - p.right_shoulder.x))
        return tuple(people)

    def _detect(self, frame: Any, t_s: float) -> Any:
        if self._video_mode:
            # VIDEO mode requires strictly increasing timestamps; a replayed loop or a coarse
            # clock must not make it raise.
            timestamp_ms = max(int(t_s * 1000), self._last_timestamp_ms + 1)
            self._last_timestamp_ms = timestamp_ms
            return self._landmarker.detect_for_video(frame, timestamp_ms)
        return self._landmarker.detect(frame)

    def close(self) -> None:
        """Free the model; safe to call twice."""
        if self._landmarker is not None:
            self._landmarker.close()
            self._landmarker = None
            return_freed_heap()
            release_file_pages()  # the code only a running model needs

    def __enter__(self) -> MediaPipePoseEstimator:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _to_pose(landmarks: Any, width: int, height: int) -> PoseLandmarks:
    def point(name: str) -> Point:
        lm = landmarks[_INDEX[name]]
        visibility = lm.visibility if lm.visibility is not None else 1.0
        # z is on roughly the same scale as x (MediaPipe's convention), so scale it by the width.
        return Point(lm.x * width, lm.y * height, (lm.z or 0.0) * width, float(visibility))

    return PoseLandmarks(**{name: point(name) for name in _INDEX})


def estimator_for(settings: Settings) -> MediaPipePoseEstimator:
    """The pose model the settings name: the user's own file, or the embedded one.

    A broken model of the user's own makes the monitor worker fall back to the embedded one.
    """
    return MediaPipePoseEstimator(Path(settings.model_path) if settings.model_path else None)


def stretch_estimator_for(settings: Settings) -> MediaPipePoseEstimator:
    """The pose model that follows a guided stretch, tracking one person: the user's own model,
    or the embedded lite one.

    The price of tracking one person: someone who comes into view while the user is tracked is
    not looked for (a lone person who cannot be the user is still rejected by the core).
    """
    return MediaPipePoseEstimator(Path(settings.model_path) if settings.model_path else None,
                                  max_people=STRETCH_MAX_PEOPLE, is_lite=True)
