"""The posture pipeline: a frame from a source, through the pose estimator, to a posture reading.

Used the same way live (one sample every few seconds) and by `postureapp analyze` (every frame
of a file), so what a user tests from the command line is what the tray app runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from postureapp.core.calibration import CalibrationWatch, StaleCalibration
from postureapp.core.features import Baseline
from postureapp.core.landmarks import FrameObservation
from postureapp.core.ports import CameraStatus, FrameResult, PoseEstimator
from postureapp.core.posture import (
    FrameCondition,
    FrameVerdict,
    condition_message,
    judge_frame,
)
from postureapp.core.posture_tracker import PostureTracker, TrackerTiming
from postureapp.core.samples import PostureState

# While posture is changing, sample this often so the change is confirmed within seconds
# rather than waiting a full interval each time.
SETTLING_INTERVAL_S = 3.0


@dataclass(frozen=True, slots=True)
class PostureReading:
    """What the pipeline concluded from one frame.

    Attributes:
        t_s: Time of the frame (monotonic live, media time for files).
        source: Where the frame came from.
        index: Frame number within its source.
        camera_status: Whether the source delivered a frame, and if not, why.
        message: A sentence for the user about the camera or the view, empty when all is well.
        verdict: The per-frame judgement; None when there was no frame.
        state: The smoothed posture state after this frame.
        smoothed_score: The smoothed score, None while nobody is judged.
        is_present: Whether the user is at the desk; None when the camera cannot tell.
        stale: Set when the calibration no longer seems to fit.
    """

    t_s: float
    source: str
    index: int
    camera_status: CameraStatus
    message: str
    verdict: FrameVerdict | None
    state: PostureState
    smoothed_score: float | None
    is_present: bool | None
    stale: StaleCalibration | None = None


def observe_frame(estimator: PoseEstimator, frame: FrameResult) -> FrameObservation:
    """What the pose model sees in one frame (which must hold an image)."""
    height, width = frame.image.shape[:2]
    people = estimator.estimate(frame.image, frame.t_s)
    return FrameObservation(frame.t_s, width, height, people, frame.luma_grid)


class PostureMonitor:
    """Runs frames through the estimator and the posture core, keeping state between frames."""

    def __init__(
        self,
        estimator: PoseEstimator,
        baseline: Baseline | None,
        sensitivity: int,
        timing: TrackerTiming | None = None,
    ) -> None:
        self._estimator = estimator
        self._baseline = baseline
        self._sensitivity = sensitivity
        self._tracker = PostureTracker(timing)
        self._watch = CalibrationWatch(baseline)

    @property
    def tracker(self) -> PostureTracker:
        """The posture state machine (read its state, score and presence)."""
        return self._tracker

    def set_baseline(self, baseline: Baseline | None) -> None:
        """Judge from now on against a new calibration."""
        self._baseline = baseline
        self._watch.reset(baseline)

    def set_sensitivity(self, sensitivity: int) -> None:
        """Apply a new sensitivity setting."""
        self._sensitivity = sensitivity

    def process(self, frame: FrameResult) -> PostureReading:
        """Judge one frame result (which may carry no frame, e.g. the camera is busy)."""
        if frame.status is not CameraStatus.OK or frame.image is None:
            return self._no_frame(frame)
        observation = observe_frame(self._estimator, frame)
        verdict = judge_frame(observation, self._baseline, self._sensitivity)
        state = self._tracker.update(frame.t_s, verdict)
        stale = self._watch.observe(frame.t_s, verdict.features, state, verdict.score)
        message = ("" if verdict.condition is FrameCondition.OK
                   else condition_message(verdict.condition))
        return PostureReading(
            frame.t_s, frame.source, frame.index, frame.status, message, verdict, state,
            self._tracker.smoothed_score, self._tracker.is_present, stale,
        )

    def _no_frame(self, frame: FrameResult) -> PostureReading:
        # Without frames there is no posture to judge and no presence to report.
        self._tracker.reset()
        return PostureReading(
            frame.t_s, frame.source, frame.index, frame.status, frame.message, None,
            PostureState.UNKNOWN, None, None,
        )

    def next_interval_s(self, base_interval_s: float) -> float:
        """When to take the next sample: sooner while a change of posture is being confirmed."""
        if self._tracker.is_settling:
            return min(base_interval_s, SETTLING_INTERVAL_S)
        return base_interval_s

