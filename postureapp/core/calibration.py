"""Calibration: the user's upright baseline from a few seconds of frames, and noticing when it
no longer fits (camera or screen moved)."""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, fields
from statistics import median

from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.landmarks import FrameObservation
from postureapp.core.posture import (
    CONDITION_MESSAGES,
    POPULATION_BASELINE,
    FrameCondition,
    judge_frame,
    rounding_score,
)
from postureapp.core.samples import PostureState

MIN_CALIBRATION_FRAMES = 3
MIN_USABLE_SHARE = 0.5  # at least half the frames must show the user clearly
OUTLIER_MADS = 4.0  # a frame this many median absolute deviations off is dropped
PLAUSIBLY_UPRIGHT_SCORE = 40.0  # below this against population values, warn the user


@dataclass(frozen=True, slots=True)
class CalibrationResult:
    """The outcome of a calibration attempt.

    Attributes:
        baseline: The new baseline, or None when calibration failed.
        frames_total: Frames offered.
        frames_used: Frames the baseline was computed from.
        message: A sentence for the user: success, or what to fix.
        problems: How many frames had each problem.
    """

    baseline: Baseline | None
    frames_total: int
    frames_used: int
    message: str
    problems: dict[FrameCondition, int]


def _median_features(samples: list[PostureFeatures]) -> PostureFeatures:
    return PostureFeatures(
        **{f.name: median(getattr(s, f.name) for s in samples) for f in fields(PostureFeatures)}
    )


def _drop_outliers(samples: list[PostureFeatures]) -> list[PostureFeatures]:
    """Frames whose head height is far from the rest (a glance down, a sneeze) are left out."""
    if len(samples) < 4:
        return samples
    keep = samples
    for name in ("nose_height_sw", "ear_height_sw", "face_width_sw"):
        values = [getattr(s, name) for s in keep]
        centre = median(values)
        spread = median(abs(v - centre) for v in values) or 1e-3
        keep = [s for s in keep if abs(getattr(s, name) - centre) <= OUTLIER_MADS * spread]
    return keep


def calibrate(
    observations: Iterable[FrameObservation],
    calibrated_at: str,
    min_frames: int = MIN_CALIBRATION_FRAMES,
) -> CalibrationResult:
    """Compute the user's upright baseline from frames of them sitting upright.

    Args:
        observations: Frames of the user sitting upright (a few seconds live, or photos).
        calibrated_at: Wall time to record with the baseline.
        min_frames: Fewest clear frames to accept (live video gives many; one photo may do).
    """
    usable: list[PostureFeatures] = []
    problems: Counter[FrameCondition] = Counter()
    total = 0
    for observation in observations:
        total += 1
        verdict = judge_frame(observation, POPULATION_BASELINE, sensitivity=5)
        if verdict.condition is FrameCondition.OK and verdict.features is not None:
            usable.append(verdict.features)
        else:
            problems[verdict.condition] += 1
    if total == 0:
        return CalibrationResult(None, 0, 0, "No frames to calibrate from.", {})
    if len(usable) < max(min_frames, math.ceil(MIN_USABLE_SHARE * total)):
        advice = (
            CONDITION_MESSAGES[problems.most_common(1)[0][0]]
            if problems
            else f"At least {min_frames} clear frames are needed."
        )
        message = (
            f"Calibration failed: only {len(usable)} of {total} frames showed you clearly. "
            f"{advice}"
        )
        return CalibrationResult(None, total, len(usable), message, dict(problems))
    kept = _drop_outliers(usable)
    typical = _median_features(kept)
    if typical.nose_height_sw <= 0 or typical.ear_height_sw <= 0:
        # Head at or below the shoulder line: no upright posture looks like that.
        return CalibrationResult(
            None, total, len(kept),
            "Calibration failed: your head appears level with or below your shoulders. "
            "Sit tall, with the camera at about eye level, and try again.",
            dict(problems),
        )
    baseline = Baseline(typical, frames_used=len(kept), calibrated_at=calibrated_at)
    message = f"Calibrated from {len(kept)} of {total} frames."
    if rounding_score(typical, POPULATION_BASELINE) < PLAUSIBLY_UPRIGHT_SCORE:
        # Accepted (camera angles differ a lot), but a slumped calibration would hide every
        # slump after it, so say so.
        message += (
            " You seem to lean forward more than most people do when sitting tall. If you were"
            " not sitting tall, sit tall and calibrate again."
        )
    return CalibrationResult(baseline, total, len(kept), message, dict(problems))


@dataclass(frozen=True, slots=True)
class StaleCalibration:
    """Evidence that the baseline no longer fits.

    Attributes:
        reason: A sentence for the user explaining what changed.
    """

    reason: str


class CalibrationWatch:
    """Notices when the baseline stops fitting, so the app can ask to recalibrate, not nag.

    Two signs: the user's apparent size or position jumps and stays changed (the camera or the
    screen moved); or "rounded" dominates almost completely for a long time with scores far below
    anything a posture change explains (the baseline was taken in an unusual position).
    """

    def __init__(
        self,
        baseline: Baseline | None,
        window: int = 12,
        size_change: float = 0.3,
        shift_frac: float = 0.2,
        rounded_window_s: float = 20 * 60,
    ) -> None:
        self._baseline = baseline
        self._geometry: deque[tuple[float, float, float]] = deque(maxlen=window)
        self._size_change = size_change
        self._shift_frac = shift_frac
        self._rounded_window_s = rounded_window_s
        self._judged: deque[tuple[float, bool, float]] = deque()

    def observe(
        self,
        t_s: float,
        features: PostureFeatures | None,
        state: PostureState,
        score: float | None,
    ) -> StaleCalibration | None:
        """Take one judged frame; return a StaleCalibration when the baseline looks stale."""
        if self._baseline is None or features is None or score is None:
            return None
        self._geometry.append(
            (features.shoulder_width_frac, features.center_x_frac, features.center_y_frac)
        )
        self._judged.append((t_s, state is PostureState.ROUNDED, score))
        while self._judged and t_s - self._judged[0][0] > self._rounded_window_s:
            self._judged.popleft()
        return self._geometry_changed() or self._rounded_all_the_time(t_s)

    def _geometry_changed(self) -> StaleCalibration | None:
        if len(self._geometry) < (self._geometry.maxlen or 0):
            return None
        assert self._baseline is not None
        base = self._baseline.features
        width = median(g[0] for g in self._geometry)
        if base.shoulder_width_frac > 0:
            ratio = width / base.shoulder_width_frac
            if abs(math.log(ratio)) > math.log(1 + self._size_change):
                nearer = "nearer to" if ratio > 1 else "further from"
                return StaleCalibration(
                    f"You appear much {nearer} the camera than when you calibrated; "
                    "if the camera or screen moved, please recalibrate."
                )
        shift = math.hypot(median(g[1] for g in self._geometry) - base.center_x_frac,
                           median(g[2] for g in self._geometry) - base.center_y_frac)
        if shift > self._shift_frac:
            return StaleCalibration(
                "You appear in a different part of the camera's view than when you "
                "calibrated; if the camera moved, please recalibrate."
            )
        return None

    def _rounded_all_the_time(self, t_s: float) -> StaleCalibration | None:
        if not self._judged or t_s - self._judged[0][0] < 0.9 * self._rounded_window_s:
            return None
        rounded_share = sum(1 for _, rounded, _ in self._judged if rounded) / len(self._judged)
        typical_score = median(score for _, _, score in self._judged)
        if rounded_share >= 0.95 and typical_score < 25:
            return StaleCalibration(
                "Your posture has read as strongly rounded for the last 20 minutes. If you are "
                "sitting upright, the calibration no longer fits: please recalibrate."
            )
        return None

    def reset(self, baseline: Baseline | None) -> None:
        """Start over with a new baseline (after recalibrating)."""
        self._baseline = baseline
        self._geometry.clear()
        self._judged.clear()
