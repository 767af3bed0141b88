"""Calibration: the user's upright baseline from a few seconds of frames, optionally how they sit
when they slump, and noticing when the calibration no longer fits (camera or screen moved)."""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from statistics import median, quantiles

from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.i18n import tr, translate
from postureapp.core.landmarks import FrameObservation
from postureapp.core.posture import (
    DEFAULT_MODEL,
    DEFAULT_SENSITIVITY,
    POPULATION_BASELINE,
    FrameCondition,
    condition_message,
    judge_frame,
    rounding_index,
    rounding_score,
    upright_wander,
)
from postureapp.core.samples import PostureState

MIN_CALIBRATION_FRAMES = 3
MIN_USABLE_SHARE = 0.5  # at least half the frames must show the user clearly
OUTLIER_MADS = 4.0  # a frame this many median absolute deviations off is dropped
PLAUSIBLY_UPRIGHT_SCORE = 40.0  # below this against population values, warn the user
RESTLESS_SPREAD = 0.25  # upright frames straying this far (rounding index) make a loose boundary
SPREAD_QUANTILE = 0.9  # the share of the user's upright frames the boundary stays clear of


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


def upright_baseline(samples: list[PostureFeatures], calibrated_at: str) -> Baseline:
    """The baseline of frames of the user sitting upright: their typical features and spread.

    Args:
        samples: Features of clear frames of the user sitting upright (at least one).
        calibrated_at: Wall time to record with the baseline.
    """
    kept = _drop_outliers(samples)
    typical = Baseline(_median_features(kept), frames_used=len(kept), calibrated_at=calibrated_at)
    spread = 0.0
    if len(kept) >= 2:
        own = sorted(rounding_index(s, typical) for s in kept)
        spread = quantiles(own, n=10, method="inclusive")[round(SPREAD_QUANTILE * 10) - 1]
    return replace(typical, upright_spread=spread)


def with_slouched_posture(baseline: Baseline, samples: list[PostureFeatures]) -> Baseline:
    """The baseline with the user's typical slumped posture added (the second step)."""
    return replace(baseline, slouched=_median_features(_drop_outliers(samples)))


def with_stretch_model_posture(
    baseline: Baseline, observations: Iterable[FrameObservation]
) -> Baseline:
    """The baseline with the upright posture as the stretch-following model read the same
    calibration frames; unchanged when that model saw too few of them clearly."""
    usable, _, total = _usable_frames(observations, baseline)
    if not usable or len(usable) < MIN_USABLE_SHARE * total:
        return baseline
    return replace(baseline, stretch_features=_median_features(_drop_outliers(usable)))


def _usable_frames(
    observations: Iterable[FrameObservation], reference: Baseline
) -> tuple[list[PostureFeatures], Counter[FrameCondition], int]:
    """The features of the frames that show the user clearly, what was wrong with the others,
    and how many frames there were."""
    usable: list[PostureFeatures] = []
    problems: Counter[FrameCondition] = Counter()
    total = 0
    for observation in observations:
        total += 1
        verdict = judge_frame(observation, reference, DEFAULT_SENSITIVITY)
        if verdict.condition is FrameCondition.OK and verdict.features is not None:
            usable.append(verdict.features)
        else:
            problems[verdict.condition] += 1
    return usable, problems, total


def _too_few_frames(
    usable: int, problems: Counter[FrameCondition], total: int, min_frames: int
) -> CalibrationResult | None:
    """A failed result when too few frames showed the user clearly, else None."""
    if total == 0:
        return CalibrationResult(
            None, 0, 0, translate("calibration", "The camera gave no pictures to calibrate from."),
            {})
    if usable >= max(min_frames, math.ceil(MIN_USABLE_SHARE * total)):
        return None
    advice = (
        condition_message(problems.most_common(1)[0][0])
        if problems
        else tr("You need at least %n clear picture(s).", None, min_frames)
    )
    message = translate(
        "calibration",
        "Calibration failed: only {usable} of {total} camera pictures showed you clearly. {advice}",
    ).format(usable=usable, total=total, advice=advice)
    return CalibrationResult(None, total, usable, message, dict(problems))


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
    usable, problems, total = _usable_frames(observations, POPULATION_BASELINE)
    failed = _too_few_frames(len(usable), problems, total, min_frames)
    if failed is not None:
        return failed
    baseline = upright_baseline(usable, calibrated_at)
    typical = baseline.features
    if typical.nose_height_sw <= 0 or typical.ear_height_sw <= 0:
        # Head at or below the shoulder line: no upright posture looks like that.
        return CalibrationResult(
            None, total, baseline.frames_used,
            translate("calibration",
                      "Calibration failed: your head appears level with or below your shoulders. "
                      "Sit tall, with the camera at about eye level, and try again."),
            dict(problems),
        )
    message = translate("calibration", "Calibrated from {used} of {total} camera pictures.").format(
        used=baseline.frames_used, total=total)
    if rounding_score(typical, POPULATION_BASELINE) < PLAUSIBLY_UPRIGHT_SCORE:
        # Accepted (camera angles differ a lot), but a slumped calibration would hide every
        # slump after it, so say so.
        message += (
            " You seem to lean forward more than most people do when sitting tall. If you were"
            " not sitting tall, sit tall and calibrate again."
        )
    if baseline.upright_spread > RESTLESS_SPREAD:
        message += (
            " You moved quite a bit while calibrating, so only clear slumps will count. For a"
            " finer judgement, calibrate again sitting still."
        )
    return CalibrationResult(baseline, total, baseline.frames_used, message, dict(problems))


def calibrate_slouched(
    baseline: Baseline,
    observations: Iterable[FrameObservation],
    min_frames: int = MIN_CALIBRATION_FRAMES,
) -> CalibrationResult:
    """The optional second step: learn how the user sits when they slump.

    With it the boundary can sit between the user's own two postures, which catches a mild
    slump (shoulders raised, head sunk a little) that the margin beyond upright alone misses.

    Args:
        baseline: The user's upright calibration (the first step).
        observations: Frames of the user sitting the way they do when they slump.
        min_frames: Fewest clear frames to accept.

    Returns:
        A result whose baseline is `baseline` with the slumped posture added, or None when the
        frames were unclear or the slump looks like the upright posture (then the upright
        calibration alone decides, as before).
    """
    usable, problems, total = _usable_frames(observations, baseline)
    failed = _too_few_frames(len(usable), problems, total, min_frames)
    if failed is not None:
        return failed
    slouched = with_slouched_posture(baseline, usable)
    assert slouched.slouched is not None
    depth = rounding_index(slouched.slouched, baseline)
    if depth <= upright_wander(baseline) + DEFAULT_MODEL.boundary_margin / 2:
        return CalibrationResult(
            None, total, len(usable),
            translate("calibration",
                      "Your slumped posture looks almost like your upright one from the camera, "
                      "so it was not used: slumps are judged from your upright posture alone. "
                      "Let your head and shoulders sink the way they do late in the day, and "
                      "try again."),
            dict(problems),
        )
    return CalibrationResult(
        slouched, total, len(usable),
        translate("calibration", "Learned how you slump from {used} of {total} camera pictures."
                  ).format(used=len(usable), total=total),
        dict(problems),
    )


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
                nearer = translate(
                    "calibration",
                    "You appear much nearer to the camera than when you calibrated; "
                    "if the camera or screen moved, please recalibrate.")
                further = translate(
                    "calibration",
                    "You appear much further from the camera than when you calibrated; "
                    "if the camera or screen moved, please recalibrate.")
                return StaleCalibration(nearer if ratio > 1 else further)
        shift = math.hypot(median(g[1] for g in self._geometry) - base.center_x_frac,
                           median(g[2] for g in self._geometry) - base.center_y_frac)
        if shift > self._shift_frac:
            return StaleCalibration(
                translate("calibration",
                          "You appear in a different part of the camera's view than when you "
                          "calibrated; if the camera moved, please recalibrate.")
            )
        return None

    def _rounded_all_the_time(self, t_s: float) -> StaleCalibration | None:
        if not self._judged or t_s - self._judged[0][0] < 0.9 * self._rounded_window_s:
            return None
        rounded_share = sum(1 for _, rounded, _ in self._judged if rounded) / len(self._judged)
        typical_score = median(score for _, _, score in self._judged)
        if rounded_share >= 0.95 and typical_score < 25:
            return StaleCalibration(
                translate("calibration",
                          "Your posture has read as strongly rounded for the last 20 minutes. If "
                          "you are sitting upright, the calibration no longer fits: please "
                          "recalibrate.")
            )
        return None

    def reset(self, baseline: Baseline | None) -> None:
        """Start over with a new baseline (after recalibrating)."""
        self._baseline = baseline
        self._geometry.clear()
        self._judged.clear()
