"""Posture metrics: from one frame's landmarks to features, conditions, a score and a verdict.

How forward rounding shows from a roughly frontal webcam, all lengths in shoulder widths so that
distance to the camera cancels out:

* the nose and ears sink toward the shoulder line as the head goes forward and down, and as the
  shoulders rise toward the ears (the neck seems to shorten);
* the face grows relative to the shoulders as the head comes toward the camera (and as the
  shoulders roll in and narrow);
* MediaPipe's relative depth puts the nose further in front of the shoulders (too noisy to score
  on; reported for analysis).

Each cue is compared with the user's own upright baseline. Only *loss* of height and *growth*
of the face count, so tipping the head back or leaning back in the chair (both raise the head
relative to the shoulders and shrink the face) never reads as rounding.

The cue scales in `ScoringModel` come from real recordings (shared/data/ninja-turtle-landmarks: a
frontal webcam, one person holding good and "turtle neck" postures): with the person's own good
posture as baseline, the nose height in the bad posture was a median 35% lower and the ears 22%
lower.

The decision is the user's own: a frame is rounded when its rounding index (0 upright .. 1 fully
rounded) passes a boundary set from the user's calibration (`rounding_boundary`): how far their
own upright frames wander plus a margin, and, when they also showed how they slump, no further
out than midway between their two postures. A few seconds of calibration see less wandering
than an hour at the desk does, so the wandering counts as at least `min_upright_spread`; a
restless user whose calibration shows more gets that instead. The two numbers were fitted
leave-one-person-out on the recordings in shared/data (benchmarks/cross_person.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import fmean
from typing import Final

from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.landmarks import FrameObservation, Point, PoseLandmarks

VISIBLE = 0.5  # MediaPipe visibility above which a landmark is treated as seen
DEFAULT_SENSITIVITY: Final = 5  # the slider's default: the boundary suits most people here


class FrameCondition(StrEnum):
    """Why a frame can or cannot be judged. Explicit, so the app never guesses silently."""

    OK = "ok"
    NO_PERSON = "no_person"
    HEAD_OUT_OF_VIEW = "head_out_of_view"
    SHOULDERS_OUT_OF_VIEW = "shoulders_out_of_view"
    TOO_DARK = "too_dark"
    BACKLIT = "backlit"
    LOW_CONFIDENCE = "low_confidence"


CONDITION_MESSAGES: dict[FrameCondition, str] = {
    FrameCondition.OK: QT_TRANSLATE_NOOP("posture", "Your head and both shoulders are in view."),
    FrameCondition.NO_PERSON: QT_TRANSLATE_NOOP("posture", "Nobody in view."),
    FrameCondition.HEAD_OUT_OF_VIEW: QT_TRANSLATE_NOOP(
        "posture", "Your head is out of the camera's view."),
    FrameCondition.SHOULDERS_OUT_OF_VIEW: QT_TRANSLATE_NOOP(
        "posture",
        "Both shoulders need to be in the camera's view: tilt the camera down or sit further back."
    ),
    FrameCondition.TOO_DARK: QT_TRANSLATE_NOOP(
        "posture", "It is too dark for the camera to see you."),
    FrameCondition.BACKLIT: QT_TRANSLATE_NOOP(
        "posture",
        "There is bright light behind you; the camera cannot see you well. "
        "Face the light or close the blind behind you."
    ),
    FrameCondition.LOW_CONFIDENCE: QT_TRANSLATE_NOOP(
        "posture", "The camera cannot see you clearly enough to judge posture."),
}
"""What each frame condition means for the user, in English (`condition_message` translates)."""


def condition_message(condition: FrameCondition) -> str:
    """What a frame condition means for the user, in their language."""
    return translate("posture", CONDITION_MESSAGES[condition])


@dataclass(frozen=True, slots=True)
class ScoringModel:
    """How feature changes turn into a 0-100 score (data-derived; see the module docstring).

    Attributes:
        nose_full_drop: Relative loss of nose height that counts as fully rounded.
        ear_full_drop: Relative loss of ear height that counts as fully rounded.
        face_full_growth: Relative growth of the face that counts as fully rounded.
        weights: Weights of the nose, ear and face cues in the score.
        min_upright_spread: The least upright wandering assumed (rounding index), however still
            the user sat while calibrating: a few seconds of frames miss how far an upright
            sitter strays over an hour (fitted with the margin; see the module docstring).
        boundary_margin: How far beyond the user's upright wandering (in rounding index) a frame
            must be to count as rounded at the default sensitivity (fitted leave-one-person-out;
            see the module docstring).
        lenience_per_step: Each step of the sensitivity slider below the default multiplies
            the margin by this; each step above divides it.
        max_boundary: The boundary never goes beyond this, so even a restless calibration still
            catches a strong slump.
        too_dark_luma: Mean frame luminance (0-255) below which the camera cannot see.
        backlit_ratio: Person region darker than this fraction of the background is backlit.
        backlit_background_luma: ...when the background is at least this bright.
    """

    nose_full_drop: float = 0.35
    ear_full_drop: float = 0.25
    face_full_growth: float = 0.20
    weights: tuple[float, float, float] = (0.4, 0.35, 0.25)
    min_upright_spread: float = 0.14
    boundary_margin: float = 0.10
    lenience_per_step: float = 1.25
    max_boundary: float = 0.6
    too_dark_luma: float = 35.0
    backlit_ratio: float = 0.45
    backlit_background_luma: float = 150.0


DEFAULT_MODEL = ScoringModel()

# Population defaults used until the user calibrates: the median upright values of the recorded
# good posture (converted from normalised to square pixels), and of matplotlib's portrait of Grace
# Hopper, which agree to within 0.05. People sit upright differently, so the population's
# "spread" is wide: with the default margin it puts the boundary where the fixed threshold of
# earlier versions was (a score of 63 at the default sensitivity).
POPULATION_BASELINE = Baseline(
    features=PostureFeatures(
        nose_height_sw=0.57,
        ear_height_sw=0.60,
        face_width_sw=0.40,
        nose_depth_sw=0.0,
        shoulder_width_frac=0.0,  # unknown: no geometry checks before calibration
        center_x_frac=0.5,
        center_y_frac=0.7,
    ),
    frames_used=0,
    calibrated_at="",
    upright_spread=0.27,
)


def _distance(a: Point, b: Point) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _height_above_line(point: Point, start: Point, end: Point) -> float:
    """Signed perpendicular distance of `point` above the line start->end.

    `start` must be the image-left end. Image y grows downward, so this is minus the usual
    cross product: positive means above the line.
    """
    dx, dy = end.x - start.x, end.y - start.y
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return 0.0  # both shoulders on one spot: no line (such a pose is never judged)
    return (dx * (start.y - point.y) - dy * (start.x - point.x)) / length


def _oriented_shoulders(pose: PoseLandmarks) -> tuple[Point, Point]:
    """Shoulders as (image-left, image-right), whatever mirroring the camera applies."""
    a, b = pose.right_shoulder, pose.left_shoulder
    return (a, b) if a.x <= b.x else (b, a)


def shoulder_width_px(pose: PoseLandmarks) -> float:
    """Distance between the shoulders in pixels."""
    return _distance(pose.left_shoulder, pose.right_shoulder)


def compute_features(pose: PoseLandmarks, image_width: int, image_height: int) -> PostureFeatures:
    """The scale-free posture features of one person (see PostureFeatures)."""
    first, second = _oriented_shoulders(pose)
    width = max(_distance(first, second), 1e-6)
    ears = [e for e in (pose.left_ear, pose.right_ear) if e.visibility >= VISIBLE]
    if not ears:  # head turned well away: use whichever ear the model is surer of
        ears = [max((pose.left_ear, pose.right_ear), key=lambda e: e.visibility)]
    ear_height = fmean(_height_above_line(e, first, second) for e in ears)
    shoulder_mid_z = (pose.left_shoulder.z + pose.right_shoulder.z) / 2
    eye_dx = pose.left_eye.x - pose.right_eye.x
    eye_dy = pose.left_eye.y - pose.right_eye.y
    roll = math.degrees(math.atan2(eye_dy, eye_dx)) if (eye_dx or eye_dy) else 0.0
    if roll > 90:
        roll -= 180
    elif roll < -90:
        roll += 180
    return PostureFeatures(
        nose_height_sw=_height_above_line(pose.nose, first, second) / width,
        ear_height_sw=ear_height / width,
        face_width_sw=_distance(pose.left_ear, pose.right_ear) / width,
        nose_depth_sw=(shoulder_mid_z - pose.nose.z) / width,
        shoulder_width_frac=width / max(image_width, 1),
        center_x_frac=(first.x + second.x) / 2 / max(image_width, 1),
        center_y_frac=(first.y + second.y) / 2 / max(image_height, 1),
        head_roll_deg=roll,
    )


def _in_image(point: Point, width: int, height: int, margin: float = 0.0) -> bool:
    return -margin <= point.x <= width + margin and -margin <= point.y <= height + margin


def pose_condition(pose: PoseLandmarks, image_width: int, image_height: int) -> FrameCondition:
    """Whether this person's head and shoulders are seen well enough to judge posture."""
    shoulders = (pose.left_shoulder, pose.right_shoulder)
    if any(
        s.visibility < VISIBLE or not _in_image(s, image_width, image_height) for s in shoulders
    ):
        return FrameCondition.SHOULDERS_OUT_OF_VIEW
    head = (pose.nose, pose.left_eye, pose.right_eye)
    if any(p.y < 0 or not _in_image(p, image_width, image_height) for p in head):
        return FrameCondition.HEAD_OUT_OF_VIEW
    if pose.nose.visibility < VISIBLE or max(pose.left_ear.visibility,
                                             pose.right_ear.visibility) < VISIBLE:
        return FrameCondition.LOW_CONFIDENCE
    if not _is_finite(compute_features(pose, image_width, image_height)):
        return FrameCondition.LOW_CONFIDENCE  # a degenerate detection (NaN, zero-size)
    return FrameCondition.OK


def _grid_mean(grid: Sequence[Sequence[float]]) -> float:
    cells = [v for row in grid for v in row]
    return fmean(cells) if cells else 0.0


def _person_region_luma(
    grid: Sequence[Sequence[float]], pose: PoseLandmarks, width: int, height: int
) -> tuple[float, float]:
    """Mean luminance of the grid cells over the head-and-shoulders box, and of the rest."""
    rows, cols = len(grid), len(grid[0])
    xs = [p.x for p in (pose.left_shoulder, pose.right_shoulder, pose.left_ear, pose.right_ear)]
    top = min(pose.nose.y, pose.left_ear.y, pose.right_ear.y) - 0.5 * shoulder_width_px(pose)
    bottom = max(pose.left_shoulder.y, pose.right_shoulder.y)
    inside: list[float] = []
    outside: list[float] = []
    for r, row in enumerate(grid):
        cy = (r + 0.5) * height / rows
        for c, value in enumerate(row):
            cx = (c + 0.5) * width / cols
            is_person = min(xs) <= cx <= max(xs) and top <= cy <= bottom
            (inside if is_person else outside).append(value)
    if not inside or not outside:
        return _grid_mean(grid), _grid_mean(grid)
    return fmean(inside), fmean(outside)


def lighting_condition(
    observation: FrameObservation, pose: PoseLandmarks | None, model: ScoringModel = DEFAULT_MODEL
) -> FrameCondition:
    """TOO_DARK or BACKLIT when the light explains a poor view, else OK."""
    grid = observation.luma_grid
    if not grid or not grid[0]:
        return FrameCondition.OK
    if _grid_mean(grid) < model.too_dark_luma:
        return FrameCondition.TOO_DARK
    if pose is not None:
        person, background = _person_region_luma(
            grid, pose, observation.image_width, observation.image_height
        )
        is_bright_behind = background >= model.backlit_background_luma
        if is_bright_behind and person < model.backlit_ratio * background:
            return FrameCondition.BACKLIT
    return FrameCondition.OK


# Someone this much bigger or smaller than the calibrated user, or this far from where the user
# sat, is somebody else (a colleague across the room, someone walking past)...
MAX_SIZE_RATIO = 1.6
MAX_SHIFT_FRAC = 0.3
# ...unless they fill the view the way only a person at the desk does (the camera moved).
AT_DESK_SHOULDER_FRAC = 0.25
# People smaller than this are far from the desk, whatever the calibration.
MIN_SHOULDER_FRAC = 0.05


def _is_finite(features: PostureFeatures) -> bool:
    return all(math.isfinite(getattr(features, name)) for name in PostureFeatures.__slots__)


def _could_be_user(features: PostureFeatures, baseline: Baseline) -> bool:
    if not _is_finite(features) or features.shoulder_width_frac < MIN_SHOULDER_FRAC:
        return False
    base = baseline.features
    if base.shoulder_width_frac <= 0 or features.shoulder_width_frac >= AT_DESK_SHOULDER_FRAC:
        return True  # uncalibrated, or right at the desk
    ratio = features.shoulder_width_frac / base.shoulder_width_frac
    shift = math.hypot(features.center_x_frac - base.center_x_frac,
                       features.center_y_frac - base.center_y_frac)
    return 1 / MAX_SIZE_RATIO <= ratio <= MAX_SIZE_RATIO and shift <= MAX_SHIFT_FRAC


def _match_cost(features: PostureFeatures, baseline: Baseline) -> float:
    """How unlike the calibrated user this person is in place and size (0 = same spot)."""
    base = baseline.features
    position = math.hypot(features.center_x_frac - base.center_x_frac,
                          features.center_y_frac - base.center_y_frac)
    if base.shoulder_width_frac <= 0:
        return position - features.shoulder_width_frac  # uncalibrated: nearest, most central
    size = abs(math.log(max(features.shoulder_width_frac, 1e-6) / base.shoulder_width_frac))
    return position + size


def choose_user(
    observation: FrameObservation, baseline: Baseline
) -> tuple[PoseLandmarks | None, int]:
    """The person to judge (the one most like the calibrated user) and how many others are seen.

    Someone walking behind the user is smaller and elsewhere in the image, so they neither
    replace the user nor count as the user's posture. When nobody in view could be the user
    (only a distant or off-to-the-side person), the user is away.
    """
    scored = []
    for pose in observation.people:
        features = compute_features(pose, observation.image_width, observation.image_height)
        if _could_be_user(features, baseline):
            scored.append((_match_cost(features, baseline), pose))
    if not scored:
        return None, len(observation.people)
    scored.sort(key=lambda pair: pair[0])
    return scored[0][1], len(observation.people) - 1


def rounding_index(
    features: PostureFeatures, baseline: Baseline, model: ScoringModel = DEFAULT_MODEL
) -> float:
    """0-1: 0 is as upright as the baseline (or more), 1 is fully rounded."""
    base = baseline.features

    def loss(value: float, reference: float) -> float:
        return max(0.0, (reference - value) / reference) if reference > 0 else 0.0

    nose = loss(features.nose_height_sw, base.nose_height_sw) / model.nose_full_drop
    ears = loss(features.ear_height_sw, base.ear_height_sw) / model.ear_full_drop
    growth = 0.0
    if base.face_width_sw > 0:
        growth = max(0.0, features.face_width_sw / base.face_width_sw - 1.0)
    face = growth / model.face_full_growth
    w_nose, w_ears, w_face = model.weights
    index = (w_nose * min(nose, 2.0) + w_ears * min(ears, 2.0) + w_face * min(face, 2.0)) / (
        w_nose + w_ears + w_face
    )
    return max(0.0, min(1.0, index))


def rounding_score(
    features: PostureFeatures, baseline: Baseline, model: ScoringModel = DEFAULT_MODEL
) -> float:
    """0-100: 100 is as upright as the baseline (or more), lower is more rounded."""
    return 100.0 * (1.0 - rounding_index(features, baseline, model))


def upright_wander(baseline: Baseline, model: ScoringModel = DEFAULT_MODEL) -> float:
    """How far (rounding index) this user's upright posture is taken to wander.

    The spread of their calibration frames, but never less than `model.min_upright_spread`.
    """
    return max(baseline.upright_spread, model.min_upright_spread)


def rounding_boundary(
    baseline: Baseline, sensitivity: int, model: ScoringModel = DEFAULT_MODEL
) -> float:
    """The rounding index beyond which this user counts as rounded at this sensitivity.

    One step of calibration: the user's upright wandering (`upright_wander`) plus a margin that
    shrinks as the sensitivity rises. With the second step (how the user slumps), the boundary
    also comes no further out than a share of the way to the slumped posture: half at the
    default sensitivity, more when lenient, less when strict. It never comes closer than half
    the margin beyond the upright wandering, so upright jitter alone never counts.
    """
    lenience = model.lenience_per_step ** (DEFAULT_SENSITIVITY - sensitivity)
    margin = model.boundary_margin * lenience
    wander = upright_wander(baseline, model)
    boundary = wander + margin
    if baseline.slouched is not None:
        share = lenience / (1.0 + lenience)  # of the way to the slump: half at the default
        between = share * rounding_index(baseline.slouched, baseline, model)
        boundary = min(boundary, max(between, wander + margin / 2))
    return min(boundary, model.max_boundary)


def rounding_threshold(
    baseline: Baseline | None, sensitivity: int, model: ScoringModel = DEFAULT_MODEL
) -> float:
    """The score below which this user counts as rounded (population defaults when None)."""
    return 100.0 * (1.0 - rounding_boundary(baseline or POPULATION_BASELINE, sensitivity, model))


@dataclass(frozen=True, slots=True)
class FrameVerdict:
    """The judgement of one frame.

    Attributes:
        condition: OK when the user was judged; otherwise why not.
        is_person_present: Someone is at the desk (None when the frame cannot tell, e.g. dark).
        features: The user's features, when a person was found.
        score: 0-100 when judged, else None.
        is_rounded: The per-frame decision at the given sensitivity, None when not judged.
        other_people: How many other people are in view.
        threshold: The score below which this user counts as rounded at this sensitivity,
            None when not judged.
    """

    condition: FrameCondition
    is_person_present: bool | None
    features: PostureFeatures | None = None
    score: float | None = None
    is_rounded: bool | None = None
    other_people: int = 0
    threshold: float | None = None


def judge_frame(
    observation: FrameObservation,
    baseline: Baseline | None,
    sensitivity: int,
    model: ScoringModel = DEFAULT_MODEL,
) -> FrameVerdict:
    """Judge one frame against the user's baseline (population defaults when None)."""
    reference = baseline or POPULATION_BASELINE
    user, others = choose_user(observation, reference)
    if user is None:
        light = lighting_condition(observation, None, model)
        if light is not FrameCondition.OK:
            return FrameVerdict(light, None, other_people=others)
        return FrameVerdict(FrameCondition.NO_PERSON, False, other_people=others)
    features = compute_features(user, observation.image_width, observation.image_height)
    condition = pose_condition(user, observation.image_width, observation.image_height)
    if condition is FrameCondition.OK:
        condition = lighting_condition(observation, user, model)
    if condition is not FrameCondition.OK:
        # Someone is there (the model found a body) but posture cannot be judged reliably.
        return FrameVerdict(condition, True, features, other_people=others)
    score = rounding_score(features, reference, model)
    threshold = rounding_threshold(reference, sensitivity, model)
    return FrameVerdict(
        FrameCondition.OK, True, features, score, score < threshold, others, threshold
    )
