"""Recognising the guided stretches from pose landmarks: count repetitions, time holds, and
say honestly whether a stretch was seen.

One small state machine per stretch runs over the frames of a guided break (1 or 2 per
second, from the dose, `guided_frames_per_s`, and 1 while nothing changes,
`StretchRecogniser.next_frame_in_s`; any rate from a video file). Every threshold is
relative to the user's own calibration, in head or shoulder widths, so the distance to the
camera and body size cancel out. What each movement does to a frontal
webcam view, and so what the recogniser looks for:

* **Scapular squeezes**: drawing the shoulder blades together swings the collarbones backwards
  about the breastbone, so the shoulder points move back and towards each other: the shoulders
  look narrower *relative to the head*, while the head keeps its height above them. A head
  coming forward also makes the shoulders look narrow relative to a growing face, but it drops
  the nose towards the shoulder line; such frames are never a squeeze. Shoulders rising (a
  shrug) bring the shoulder line up towards the ears: the one form cue, "shoulders down"
  (the instructions say to keep them down).
* **Thoracic rotations**: turning the trunk foreshortens the shoulder line (narrower than at
  calibration) and looking over the shoulder carries the nose well to one side of the shoulder
  midpoint. The side is the direction the nose moved; both directions must be held.
* **Cat-cow**: the cow lifts the chest and gaze (the nose rises relative to the ears), the cat
  rounds the back with the chin to the chest (the nose drops below the ears and towards the
  shoulders). A repetition is one cow and one cat; the dose asks for slow ones, hence the
  "slower" cue for rushed repetitions.
* **Thoracic extension**: leaning back over a support tips the head and upper back back: the
  nose rises relative to the ears and stays high for the hold.
* **Child's pose** (on the floor, face down) cannot be judged by a desk camera; **the walk** is
  confirmed by time away from the desk.

A stretch ends CONFIRMED only when the dose's repetitions or holds were seen; frames where the
user is not clearly in view never count towards anything.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from statistics import median
from typing import Final

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from postureapp.core.landmarks import FrameObservation, PoseLandmarks
from postureapp.core.posture import (
    FrameCondition,
    choose_user,
    compute_features,
    lighting_condition,
    pose_condition,
)
from postureapp.core.stretches import WALK, DoseKind, Stretch

MIN_GUIDED_FRAMES_PER_S: Final = 1.0
"""The camera is read at least this often while a stretch is followed: the live count ticks
in whole seconds, and a dropped frame must not leave it standing for long."""
FRAMES_PER_SHORTEST_HOLD: Final = 6
"""A hold is timed from the frames that show it, to a frame either way: the dose's shortest
hold (3 s) must span six. With three (1 frame a second) the synthesised squeezes were still
counted, but a jittery frame could split a hold or start one while sitting still."""
FRAMES_PER_REPETITION: Final = 12
"""A slow repetition shows each extreme (the cow, the cat) only near the top of the movement,
about a sixth of the repetition: twelve frames a repetition catch each at least once."""


def guided_frames_per_s(stretch: Stretch) -> float:
    """How often the camera is read around a change while `stretch` is followed (a position
    reached or left, a hold about to reach the dose), derived from its dose.

    Scapular squeezes (holds of 3 s) and cat-cow (slow repetitions of 6 s): 2 frames a second;
    rotations, extensions (holds of 10 s and more) and the walk: 1. Each frame costs a
    pose-model run, about 20-35 ms of CPU, so the rate is the lowest the recogniser needs, and
    while nothing changes the camera is read at `MIN_GUIDED_FRAMES_PER_S` instead
    (`StretchRecogniser.next_frame_in_s`; `postureapp bench --guided`).
    """
    dose = stretch.dose
    if dose.kind is DoseKind.REPS and dose.rep_pace_s > 0:
        return max(MIN_GUIDED_FRAMES_PER_S, FRAMES_PER_REPETITION / dose.rep_pace_s)
    if dose.kind is DoseKind.HOLD and dose.seconds_min > 0:
        return max(MIN_GUIDED_FRAMES_PER_S, FRAMES_PER_SHORTEST_HOLD / dose.seconds_min)
    return MIN_GUIDED_FRAMES_PER_S

CAMERA_JUDGED_IDS: Final = frozenset(
    {"scapular-squeeze", "thoracic-rotation", "cat-cow", "thoracic-extension", WALK.id}
)
"""Stretches the camera can follow. Child's pose (face down on the floor) is not among them."""


class Outcome(StrEnum):
    """How a guided stretch ended, as far as the camera could tell. Values are stored."""

    CONFIRMED = "confirmed"  # the dose's repetitions or holds were seen
    PARTLY_DONE = "partly_done"  # some were seen, fewer than the dose
    NOT_DONE = "not_done"  # the user was in view, and none were seen
    NOT_SEEN = "not_seen"  # the user was not in view clearly enough to tell
    NOT_JUDGED = "not_judged"  # the camera cannot judge this stretch: the timer counts it


OUTCOME_TITLES: Final[dict[Outcome, str]] = {
    Outcome.CONFIRMED: QT_TRANSLATE_NOOP("stretch_recognition", "Confirmed by the camera"),
    Outcome.PARTLY_DONE: QT_TRANSLATE_NOOP("stretch_recognition", "Partly done"),
    Outcome.NOT_DONE: QT_TRANSLATE_NOOP("stretch_recognition", "Not seen done"),
    Outcome.NOT_SEEN: QT_TRANSLATE_NOOP("stretch_recognition", "Not seen"),
    Outcome.NOT_JUDGED: QT_TRANSLATE_NOOP("stretch_recognition", "Not judged by the camera"),
}
"""How the break window heads each outcome (translate with "stretch_recognition")."""


class Phase(StrEnum):
    """Where the user is in the movement, frame by frame."""

    NEUTRAL = "neutral"  # sitting normally, between holds or repetitions
    HOLDING = "holding"  # in the position, the hold not yet long enough
    HELD = "held"  # the hold was long enough and is counted; release when ready
    COW = "cow"  # cat-cow: arched, chest and gaze up
    CAT = "cat"  # cat-cow: rounded, chin to the chest
    AT_DESK = "at_desk"  # the walk: still in the chair
    AWAY = "away"  # the walk: away from the desk
    OUT_OF_VIEW = "out_of_view"  # this frame could not be used
    NOT_JUDGED = "not_judged"  # the camera does not follow this stretch


class View(StrEnum):
    """Whether one frame showed the user clearly, and if not, why."""

    CLEAR = "clear"
    NOBODY = "nobody"
    OUT_OF_VIEW = "out_of_view"
    TOO_DARK = "too_dark"
    ANOTHER_PERSON = "another_person"
    UNCLEAR = "unclear"
    NO_CAMERA = "no_camera"


VIEW_REASONS: Final[dict[View, str]] = {
    View.CLEAR: QT_TRANSLATE_NOOP("stretch_recognition", "in view"),
    View.NOBODY: QT_TRANSLATE_NOOP("stretch_recognition", "nobody was in view"),
    View.OUT_OF_VIEW: QT_TRANSLATE_NOOP("stretch_recognition",
                                        "you were partly out of the camera's view"),
    View.TOO_DARK: QT_TRANSLATE_NOOP("stretch_recognition",
                                     "it was too dark or too bright behind you"),
    View.ANOTHER_PERSON: QT_TRANSLATE_NOOP("stretch_recognition", "another person was in view"),
    View.UNCLEAR: QT_TRANSLATE_NOOP("stretch_recognition", "the camera could not see you clearly"),
    View.NO_CAMERA: QT_TRANSLATE_NOOP("stretch_recognition", "the camera gave no picture"),
}

_VIEW_OF_CONDITION: Final[dict[FrameCondition, View]] = {
    FrameCondition.OK: View.CLEAR,
    FrameCondition.NO_PERSON: View.NOBODY,
    FrameCondition.HEAD_OUT_OF_VIEW: View.OUT_OF_VIEW,
    FrameCondition.SHOULDERS_OUT_OF_VIEW: View.OUT_OF_VIEW,
    FrameCondition.TOO_DARK: View.TOO_DARK,
    FrameCondition.BACKLIT: View.TOO_DARK,
    FrameCondition.LOW_CONFIDENCE: View.UNCLEAR,
}

OUT_OF_SIGHT_AFTER_S: Final = 2.0
"""The user is told why the camera cannot see them only after this long: a few dropped frames,
even a second of them, are the model's hiccup, not something to act on."""

# Cues stay English in the steps (the analyze command prints them); the window translates them.
SHOULDERS_DOWN: Final = QT_TRANSLATE_NOOP("stretch_recognition", "Shoulders down")
SLOWER: Final = QT_TRANSLATE_NOOP("stretch_recognition", "Slower")
HOLD_LONGER: Final = QT_TRANSLATE_NOOP("stretch_recognition", "Hold a little longer")


@dataclass(frozen=True, slots=True)
class RecognitionThresholds:
    """The recogniser's tuning, relative to the calibrated upright posture.

    Ratios are 1.0 at calibration. The squeeze and rotation values follow from the geometry
    in the module docstring: the collarbone swinging back 10-15 degrees narrows the shoulders
    by about a tenth, and a 30-degree trunk turn foreshortens them by 13 %. The pose model
    under-reads the squeeze: Grace Hopper's photo with the shoulders narrowed by a tenth in the
    image reads as 6 % narrower relative to the head, hence 0.95. Pitch values are in head
    widths (ear to ear), where tipping the head 20 degrees moves the nose by about 0.2.

    Attributes:
        squeeze_span: Shoulders narrower than this (relative to the head) is a squeeze...
        squeeze_release_span: ...and wider than this again is a release.
        min_nose_lift: The nose must keep this share of its height above the shoulders (in
            head units) for a squeeze: a head coming forward is not a squeeze.
        shrug_ear_lift: Ears lower than this share above the shoulders: the shoulders rose.
        turn_width: Shoulders narrower than this share of the calibrated width, with...
        turn_offset_sw: ...the nose this many calibrated shoulder widths to one side: turned.
        untwist_width: Wider than this again, or the nose back within...
        untwist_offset_sw: ...this offset, and the turn is over.
        cow_pitch_hw: Nose this far above its calibrated height over the ears: cow.
        cat_pitch_hw: Nose this far below it (and dropped towards the shoulders): cat.
        cat_nose_lift: For a cat the nose keeps at most this share of its height.
        extension_pitch_hw: Head tipped back this far: extended...
        extension_release_hw: ...and below this again, released.
        rushed_rep_share: A repetition faster than this share of the dose's pace is rushed.
        hold_tolerance_s: A hold counts once it has lasted the dose's seconds less this: the
            camera sees a position reached up to a frame or two late and left a frame or two
            early, so a squeeze held through the break window's 3-second countdown can measure
            2.6 s. Half a second is a few frames, and small next to the shortest dose (3 s).
        short_hold_s: A hold released after at least this long, but short of the dose, gets
            the "hold a little longer" cue (shorter ones were not meant as holds).
        max_gap_s: Hold time only accrues between usable frames at most this far apart.
        min_seen_share: Below this share of usable frames a stretch that was not confirmed
            is "not seen" rather than "not done".
        walk_away_share: The walk counts when the user was away this share of its length
            (standing up and sitting down take the rest).
        cue_s: How long a cue stays on screen after its cause was last seen.
        smoothing_s: Each measure is the median of the usable frames this long before it
            (three at 5 frames a second). For holds, two frames at least at any rate; for
            repetitions, at 2 frames a second, the frame alone.
    """

    squeeze_span: float = 0.95
    squeeze_release_span: float = 0.975
    min_nose_lift: float = 0.75
    shrug_ear_lift: float = 0.88
    turn_width: float = 0.88
    turn_offset_sw: float = 0.15
    untwist_width: float = 0.94
    untwist_offset_sw: float = 0.08
    cow_pitch_hw: float = 0.12
    cat_pitch_hw: float = 0.20
    cat_nose_lift: float = 0.85
    extension_pitch_hw: float = 0.20
    extension_release_hw: float = 0.10
    rushed_rep_share: float = 0.5
    hold_tolerance_s: float = 0.5
    short_hold_s: float = 1.0
    max_gap_s: float = 1.0
    min_seen_share: float = 0.5
    walk_away_share: float = 0.75
    cue_s: float = 3.0
    smoothing_s: float = 0.5


DEFAULT_THRESHOLDS: Final = RecognitionThresholds()


@dataclass(frozen=True, slots=True)
class BodyMeasures:
    """One frame's body, relative to the calibrated upright posture.

    Attributes:
        shoulder_span: Shoulder width relative to head width; 1.0 as calibrated.
        body_width: Shoulder width in the image relative to the calibrated one.
        nose_lift: Nose height above the shoulder line in head widths, relative to calibration.
        ear_lift: The same for the ears; drops as the shoulders rise.
        pitch_hw: How much higher the nose sits relative to the ears than at calibration, in
            head widths: positive with the chin up, negative with the chin down.
        turn_sw: Horizontal offset of the nose from the shoulder midpoint, in calibrated
            shoulder widths (image direction, signed).
    """

    shoulder_span: float
    body_width: float
    nose_lift: float
    ear_lift: float
    pitch_hw: float
    turn_sw: float


def _ratio(value: float, reference: float) -> float:
    return value / reference if reference > 0 else math.nan


def _head_units(features: PostureFeatures) -> tuple[float, float]:
    """(nose height, ear height) above the shoulder line in head widths."""
    head = max(features.face_width_sw, 1e-6)
    return features.nose_height_sw / head, features.ear_height_sw / head


def _nose_offset_px(pose: PoseLandmarks) -> float:
    mid_x = (pose.left_shoulder.x + pose.right_shoulder.x) / 2
    return pose.nose.x - mid_x


def measure_body(
    pose: PoseLandmarks, image_width: int, image_height: int, baseline: Baseline
) -> BodyMeasures:
    """The measures the recognisers use, for one person against the user's calibration."""
    features = compute_features(pose, image_width, image_height)
    base = baseline.features
    nose_hw, ear_hw = _head_units(features)
    base_nose_hw, base_ear_hw = _head_units(base)
    base_shoulder_px = base.shoulder_width_frac * image_width
    return BodyMeasures(
        shoulder_span=_ratio(base.face_width_sw, features.face_width_sw),
        body_width=_ratio(features.shoulder_width_frac, base.shoulder_width_frac),
        nose_lift=_ratio(nose_hw, base_nose_hw),
        ear_lift=_ratio(ear_hw, base_ear_hw),
        pitch_hw=(nose_hw - ear_hw) - (base_nose_hw - base_ear_hw),
        turn_sw=_ratio(_nose_offset_px(pose), base_shoulder_px),
    )


def view_of(observation: FrameObservation, baseline: Baseline) -> tuple[View, PoseLandmarks | None]:
    """Whether this frame shows the user clearly enough to follow a stretch, and the user.

    Stricter than posture judging: with another person in view the frame is not used at all,
    since a movement might be theirs.
    """
    user, others = choose_user(observation, baseline)
    if user is None:
        light = lighting_condition(observation, None)
        if light is not FrameCondition.OK:
            return _VIEW_OF_CONDITION[light], None
        # Only people who cannot be the user (far off, passing by): the chair is empty.
        return View.NOBODY, None
    if others:
        return View.ANOTHER_PERSON, None
    condition = pose_condition(user, observation.image_width, observation.image_height)
    if condition is FrameCondition.OK:
        condition = lighting_condition(observation, user)
    view = _VIEW_OF_CONDITION[condition]
    return view, (user if view is View.CLEAR else None)


@dataclass(frozen=True, slots=True)
class RecognitionStep:
    """What the recogniser concluded after one frame (one record of `analyze --exercise`).

    Attributes:
        t_s: Time of the frame.
        stretch_id: The stretch being followed.
        phase: Where the user is in the movement.
        count: Holds or repetitions counted so far (per-side doses: both sides together).
        target: How many the dose asks for (its low end; per-side doses: both sides).
        hold_s: Seconds the current hold has lasted (0 when not holding).
        hold_target_s: Seconds a hold must last to count (0 for repetitions).
        side: For per-side doses, the side being held or next (1 or 2); 0 otherwise.
        cue: At most one gentle form cue, or "".
        view: Whether this frame showed the user clearly.
        away_s: For the walk: seconds seen away from the desk so far.
        unseen_s: Seconds since the user was last seen clearly (0 on a clear frame; on a
            walk an empty chair is seen clearly too).
    """

    t_s: float
    stretch_id: str
    phase: Phase
    count: int
    target: int
    hold_s: float = 0.0
    hold_target_s: float = 0.0
    side: int = 0
    cue: str = ""
    view: View = View.CLEAR
    away_s: float = 0.0
    unseen_s: float = 0.0

    @property
    def out_of_sight_reason(self) -> str:
        """Why the camera has not seen the user for a while ("" while it sees them)."""
        if self.unseen_s < OUT_OF_SIGHT_AFTER_S:
            return ""
        return translate("stretch_recognition", VIEW_REASONS[self.view])

    def live_text(self) -> str:
        """The live count for the break window, e.g. "hold 3 of 10 — 2 s"."""
        if self.phase is Phase.NOT_JUDGED:
            return translate("stretch_recognition", "not judged by the camera")
        if self.stretch_id == WALK.id:
            return translate("stretch_recognition", "away from the desk {seconds} s").format(
                seconds=f"{self.away_s:.0f}")
        if self.hold_target_s <= 0:
            text = translate("stretch_recognition", "repetition {number} of {total}").format(
                number=min(self.count + 1, self.target), total=self.target)
        elif self.phase is Phase.HOLDING:
            # Whole seconds held so far: "3 s" only once three seconds have passed.
            text = translate("stretch_recognition",
                             "hold {number} of {total} — {seconds} s").format(
                number=self.count + 1, total=self.target, seconds=math.floor(self.hold_s))
        elif self.phase is Phase.HELD:
            text = translate("stretch_recognition",
                             "hold {number} of {total} done — release").format(
                number=self.count, total=self.target)
        else:
            text = tr("{count} of %n hold(s) seen", None, self.target).format(count=self.count)
        if self.side:
            return translate("stretch_recognition", "side {side}: {text}").format(side=self.side,
                                                                                  text=text)
        return text


@dataclass(frozen=True, slots=True)
class StretchVerdict:
    """How one guided stretch ended, as far as the camera could tell.

    Attributes:
        stretch_id: The stretch.
        outcome: Confirmed, partly done, not done, not seen, or not judged.
        done: Holds or repetitions seen (walk: seconds away).
        target: The dose's low end (walk: the seconds that count as the walk).
        detail: One sentence for the user saying what the camera saw.
    """

    stretch_id: str
    outcome: Outcome
    done: int
    target: int
    detail: str

    @property
    def is_confirmed(self) -> bool:
        """True only when the camera saw the dose done."""
        return self.outcome is Outcome.CONFIRMED

    def as_event(self, at: datetime) -> CoachEvent:
        """The verdict for the history: confirmed, or not (the detail says what was seen).

        Not-judged stretches are recorded too, so the history shows the camera was on.
        """
        kind = EventKind.STRETCH_CONFIRMED if self.is_confirmed else EventKind.STRETCH_NOT_CONFIRMED
        return CoachEvent(kind, at, stretches=(self.stretch_id,),
                          detail=f"{self.outcome.value}: {self.detail}")


class _Smoother:
    """The median of the usable frames' measures over a window of time before the latest,
    against single-frame jitter."""

    def __init__(self) -> None:
        self._recent: deque[tuple[float, BodyMeasures]] = deque()

    def add(self, t_s: float, measures: BodyMeasures, window_s: float) -> BodyMeasures:
        self._recent.append((t_s, measures))
        while self._recent[0][0] <= t_s - window_s:
            self._recent.popleft()
        return BodyMeasures(
            **{name: median(getattr(m, name) for _, m in self._recent)
               for name in BodyMeasures.__slots__}
        )


class StretchRecogniser:
    """Follows one guided stretch frame by frame and ends with a StretchVerdict.

    Usage: `observe()` each frame of the stretch (live or from a file), read the returned
    RecognitionStep for the live count, then `verdict()` when the stretch ends.

    Without a calibration (or for a stretch the camera cannot follow) every step is NOT_JUDGED
    and the verdict says so: the guided timer then counts the stretch, as without a camera.
    """

    def __init__(
        self,
        stretch: Stretch,
        baseline: Baseline | None,
        thresholds: RecognitionThresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        self._stretch = stretch
        self._dose = stretch.dose
        self._baseline = baseline
        self._t = thresholds
        self._is_judged = (
            stretch.id in CAMERA_JUDGED_IDS
            and baseline is not None
            and baseline.features.shoulder_width_frac > 0
            and baseline.features.face_width_sw > 0
        )
        self._smoother = _Smoother()
        self._recent_gaps_s: deque[float] = deque(maxlen=9)
        self._views: Counter[View] = Counter()
        self._phase = Phase.NEUTRAL if stretch.id != WALK.id else Phase.AT_DESK
        self._last_usable_t: float | None = None
        self._last_usable_gap_s = 0.0
        # Nothing is changing (see `next_frame_in_s`): the camera may be read at the low rate.
        self._is_settled = False
        self._hold_s = 0.0
        self._cue = ""
        self._cue_until_s = -math.inf
        # Holds per side: key 0 without sides, else -1 / +1 (the image direction of the turn).
        self._holds: Counter[int] = Counter()
        self._side_order: list[int] = []
        self._turn_direction = 0
        # Cat-cow: the last extreme reached, and when each alternating extreme was reached.
        self._last_extreme: Phase | None = None
        self._extreme_times: list[float] = []
        self._reps = 0
        self._away_s = 0.0
        self._last_t: float | None = None
        self._last_clear_t: float | None = None
        # Where the nose sits, sideways, while the user faces the screen: not zero when the
        # camera is off to one side. Learnt from this stretch's untwisted frames.
        self._facing_turns: deque[float] = deque(maxlen=25)

    @property
    def stretch(self) -> Stretch:
        """The stretch being followed."""
        return self._stretch

    @property
    def is_judged(self) -> bool:
        """False when the camera does not follow this stretch (the timer counts it)."""
        return self._is_judged

    @property
    def _sides(self) -> int:
        return 2 if self._dose.is_per_side else 1

    @property
    def _target(self) -> int:
        if self._stretch.id == WALK.id:
            return math.ceil(self._t.walk_away_share * self._dose.seconds_min)
        return max(1, self._dose.count_min) * self._sides

    def next_frame_in_s(self) -> float:
        """How long to wait before the camera is read again, after the last frame.

        The stretch's own rate (`guided_frames_per_s`) where it matters: a position being
        reached or left, a hold about to reach the dose, a cat-cow nearing the extreme not yet
        seen, a frame just missed, so confirmations and hold times keep that precision. One
        frame a second while nothing changes: sitting between holds, a hold well under way, a
        cat-cow heading back from the extreme just seen, nobody in view for a while. Each frame
        is a pose-model run, and most of a stretch is steady.
        """
        if self._is_settled:
            return 1.0 / MIN_GUIDED_FRAMES_PER_S
        return 1.0 / guided_frames_per_s(self._stretch)

    def observe(self, observation: FrameObservation) -> RecognitionStep:
        """Take one frame of the stretch; returns the live state after it."""
        step = self._observe(observation)
        if step.phase is Phase.OUT_OF_VIEW:  # just missed: look again soon; long gone: rarely
            self._is_settled = step.unseen_s >= OUT_OF_SIGHT_AFTER_S
        return step

    def _observe(self, observation: FrameObservation) -> RecognitionStep:
        t_s = observation.t_s
        if not self._is_judged or self._baseline is None:
            return RecognitionStep(t_s, self._stretch.id, Phase.NOT_JUDGED, 0, self._target)
        view, user = view_of(observation, self._baseline)
        self._views[view] += 1
        gap_s = 0.0 if self._last_t is None else max(0.0, t_s - self._last_t)
        self._last_t = t_s
        if gap_s > 0:
            self._recent_gaps_s.append(gap_s)
        if self._stretch.id == WALK.id:
            return self._observe_walk(t_s, view, gap_s)
        if user is None:
            return self._step(t_s, view, phase=Phase.OUT_OF_VIEW)
        usable_gap_s = (
            0.0 if self._last_usable_t is None else max(0.0, t_s - self._last_usable_t)
        )
        self._last_usable_t = t_s
        if usable_gap_s > 0:
            self._last_usable_gap_s = usable_gap_s
        frame_measures = measure_body(
            user, observation.image_width, observation.image_height, self._baseline)
        measures = self._smoother.add(t_s, frame_measures, self._smoothing_window_s())
        if self._stretch.id == "thoracic-rotation":
            measures = self._from_facing(measures)
        if self._dose.kind is DoseKind.REPS:
            self._follow_reps(t_s, measures)
            self._is_settled = not self._nears_next_extreme(measures)
        else:
            self._follow_holds(t_s, measures, usable_gap_s)
            self._is_settled = self._is_hold_settled(frame_measures)
        return self._step(t_s, view)

    def miss_frame(self, t_s: float) -> RecognitionStep:
        """A frame the camera did not deliver (busy, unplugged): it counts as not seen."""
        if not self._is_judged:
            return RecognitionStep(t_s, self._stretch.id, Phase.NOT_JUDGED, 0, self._target)
        self._views[View.NO_CAMERA] += 1
        step = self._step(t_s, View.NO_CAMERA, phase=Phase.OUT_OF_VIEW)
        self._is_settled = step.unseen_s >= OUT_OF_SIGHT_AFTER_S
        return step

    def _from_facing(self, m: BodyMeasures) -> BodyMeasures:
        """The turn measured from where the nose sits when the user faces the screen."""
        if m.body_width >= self._t.untwist_width:
            self._facing_turns.append(m.turn_sw)
        facing = median(self._facing_turns) if self._facing_turns else 0.0
        return replace(m, turn_sw=m.turn_sw - facing)

    # --- holds ------------------------------------------------------------------------------

    def _position(self, m: BodyMeasures) -> tuple[bool | None, int]:
        """(in position, released, or in between (None); the direction for turns)."""
        t = self._t
        if self._stretch.id == "scapular-squeeze":
            if m.shoulder_span <= t.squeeze_span and m.nose_lift >= t.min_nose_lift:
                return True, 0
            if m.shoulder_span >= t.squeeze_release_span or m.nose_lift < t.min_nose_lift:
                return False, 0
            return None, 0
        if self._stretch.id == "thoracic-rotation":
            direction = 1 if m.turn_sw > 0 else -1
            if m.body_width <= t.turn_width and abs(m.turn_sw) >= t.turn_offset_sw:
                return True, direction
            if m.body_width >= t.untwist_width or abs(m.turn_sw) <= t.untwist_offset_sw:
                return False, 0
            return None, direction
        # Thoracic extension.
        if m.pitch_hw >= t.extension_pitch_hw and m.nose_lift >= t.cat_nose_lift:
            return True, 0
        if m.pitch_hw < t.extension_release_hw:
            return False, 0
        return None, 0

    def _follow_holds(self, t_s: float, m: BodyMeasures, gap_s: float) -> None:
        is_in, direction = self._position(m)
        holding = self._phase in (Phase.HOLDING, Phase.HELD)
        if holding and self._dose.is_per_side and is_in and direction != self._turn_direction:
            is_in = False  # swung straight to the other side: that is a new hold
        if is_in is None:
            is_in = holding
        if not is_in:
            if self._phase is Phase.HOLDING and self._hold_s >= self._short_hold_s():
                self._show_cue(HOLD_LONGER, t_s)
            self._phase, self._hold_s = Phase.NEUTRAL, 0.0
            return
        if self._phase is Phase.HELD and gap_s > self._max_gap_s():
            # Unseen for longer than a dropped frame: the counted hold may have been released
            # and a new one begun meanwhile; one still going on is counted once anyway.
            holding = False
        if not holding:
            self._phase, self._hold_s, self._turn_direction = Phase.HOLDING, 0.0, direction
            if self._dose.is_per_side and direction not in self._side_order:
                self._side_order.append(direction)
        elif gap_s <= self._max_gap_s():
            self._hold_s += gap_s  # time only counts while the hold is seen
        if (self._phase is Phase.HOLDING
                and self._hold_s >= self._dose.seconds_min - self._hold_tolerance_s()):
            self._phase = Phase.HELD
            self._holds[self._turn_direction] += 1
        if self._stretch.id == "scapular-squeeze" and m.ear_lift < self._t.shrug_ear_lift:
            self._show_cue(SHOULDERS_DOWN, t_s)

    def _is_hold_settled(self, frame: BodyMeasures) -> bool:
        """True when this frame, unsmoothed, shows the hold's phase going on unchanged, and a
        hold under way is not within a low-rate frame of reaching the dose."""
        is_in, _ = self._position(frame)
        if self._phase is Phase.NEUTRAL:
            return is_in is False
        if self._phase is Phase.HELD:
            return is_in is True
        counts_at_s = self._dose.seconds_min - self._hold_tolerance_s()
        return is_in is True and self._hold_s + 1.0 / MIN_GUIDED_FRAMES_PER_S < counts_at_s

    def _smoothing_window_s(self) -> float:
        # A hold lasts many frames: two at least are smoothed (the latest and the one before,
        # at whatever rate it came), so one jittery frame neither starts nor ends one; but not
        # across frames lost, where a whole release may have been missed. A repetition's
        # extremes are brief: a median of frames further apart would flatten them, so its
        # window is in time alone.
        if self._dose.kind is DoseKind.REPS:
            return self._t.smoothing_s
        gap_s = min(self._last_usable_gap_s, max(self._frame_interval_s(),
                                                 1.0 / MIN_GUIDED_FRAMES_PER_S))
        return max(self._t.smoothing_s, 1.5 * gap_s)

    def _frame_interval_s(self) -> float:
        """The time between frames, as they have been arriving (0 before the second)."""
        return median(self._recent_gaps_s) if self._recent_gaps_s else 0.0

    def _hold_tolerance_s(self) -> float:
        # The camera sees a position reached up to a frame late and left up to a frame early;
        # followed live, it is read at the stretch's own rate around a hold's start and dose.
        return max(self._t.hold_tolerance_s,
                   min(self._frame_interval_s(), self._stretch_interval_s()))

    def _short_hold_s(self) -> float:
        # Three frames at least: at a low rate one jittery frame can split a hold in two.
        return max(self._t.short_hold_s, 2 * self._frame_interval_s())

    def _max_gap_s(self) -> float:
        # One dropped frame must not stop a hold's clock, whatever the frame rate: nor one
        # dropped at the low rate, after which the camera is read again at the stretch's own.
        dropped_at_low_rate_s = 1.0 / MIN_GUIDED_FRAMES_PER_S + self._stretch_interval_s()
        return max(self._t.max_gap_s, 2 * min(self._frame_interval_s(),
                                              self._stretch_interval_s()),
                   dropped_at_low_rate_s)

    def _stretch_interval_s(self) -> float:
        return 1.0 / guided_frames_per_s(self._stretch)

    def _held_count(self) -> int:
        """Holds that count towards the dose: at most the dose's number per side."""
        per_side = max(1, self._dose.count_min)
        if not self._dose.is_per_side:
            return self._holds[0]
        return sum(min(count, per_side) for count in self._holds.values())

    def _current_side(self) -> int:
        if not self._dose.is_per_side:
            return 0
        if self._phase in (Phase.HOLDING, Phase.HELD) and self._turn_direction:
            return self._side_order.index(self._turn_direction) + 1
        per_side = max(1, self._dose.count_min)
        done_sides = sum(1 for d in self._side_order if self._holds[d] >= per_side)
        return min(2, done_sides + 1)

    # --- repetitions ------------------------------------------------------------------------

    def _nears_next_extreme(self, m: BodyMeasures) -> bool:
        """Halfway to the extreme not yet seen (either, at first): read at the full rate until
        it is, so a brief extreme is caught; on the way back from the one just seen, not."""
        t = self._t
        nears_cow = m.pitch_hw >= t.cow_pitch_hw / 2 and self._last_extreme is not Phase.COW
        nears_cat = m.pitch_hw <= -t.cat_pitch_hw / 2 and self._last_extreme is not Phase.CAT
        return nears_cow or nears_cat

    def _follow_reps(self, t_s: float, m: BodyMeasures) -> None:
        t = self._t
        extreme: Phase | None = None
        if m.pitch_hw >= t.cow_pitch_hw:
            extreme = Phase.COW
        elif m.pitch_hw <= -t.cat_pitch_hw and m.nose_lift <= t.cat_nose_lift:
            extreme = Phase.CAT
        if extreme is None:
            if self._phase in (Phase.COW, Phase.CAT) and abs(m.pitch_hw) < t.cow_pitch_hw / 2:
                self._phase = Phase.NEUTRAL
            return
        self._phase = extreme
        if extreme is self._last_extreme:
            return
        self._last_extreme = extreme
        self._extreme_times.append(t_s)
        times = self._extreme_times
        if len(times) < 2:
            return
        if len(times) % 2 == 0:
            self._reps += 1
        # A repetition's pace runs from one extreme to the next of the same kind (for the
        # first repetition: twice the time from cow to cat).
        pace_s = times[-1] - times[-3] if len(times) >= 3 else 2 * (times[-1] - times[-2])
        if pace_s < t.rushed_rep_share * self._dose.rep_pace_s:
            self._show_cue(SLOWER, t_s)

    # --- the walk ---------------------------------------------------------------------------

    def _observe_walk(self, t_s: float, view: View, gap_s: float) -> RecognitionStep:
        if view is View.NOBODY:
            if self._phase is Phase.AWAY and gap_s <= 2 * self._max_gap_s():
                self._away_s += gap_s
            self._phase = Phase.AWAY
        elif view is View.CLEAR:
            self._phase = Phase.AT_DESK
        else:
            return self._step(t_s, view, phase=Phase.OUT_OF_VIEW)
        return self._step(t_s, view)

    # --- results ----------------------------------------------------------------------------

    def _show_cue(self, cue: str, t_s: float) -> None:
        self._cue, self._cue_until_s = cue, t_s + self._t.cue_s

    def _count(self) -> int:
        if self._stretch.id == WALK.id:
            return int(self._away_s)
        return self._reps if self._dose.kind is DoseKind.REPS else self._held_count()

    def _step(self, t_s: float, view: View, phase: Phase | None = None) -> RecognitionStep:
        cue = self._cue if t_s <= self._cue_until_s else ""
        is_hold = self._dose.kind is DoseKind.HOLD
        # On a walk an empty chair is what the camera should see.
        is_seen = view is View.CLEAR or (self._stretch.id == WALK.id and view is View.NOBODY)
        if is_seen or self._last_clear_t is None:
            self._last_clear_t = t_s  # before the first clear frame: from the first frame
        return RecognitionStep(
            t_s=t_s,
            stretch_id=self._stretch.id,
            phase=phase or self._phase,
            count=min(self._count(), self._target),
            target=self._target,
            hold_s=self._hold_s if self._phase in (Phase.HOLDING, Phase.HELD) else 0.0,
            hold_target_s=float(self._dose.seconds_min) if is_hold else 0.0,
            side=self._current_side(),
            cue=cue if view is View.CLEAR else "",
            view=view,
            away_s=self._away_s,
            unseen_s=t_s - self._last_clear_t,
        )

    def verdict(self) -> StretchVerdict:
        """How the stretch ended, from everything observed so far."""
        stretch_id, target = self._stretch.id, self._target
        if not self._is_judged:
            detail = (
                translate("stretch_recognition",
                          "Not judged by the camera (calibrate first so the camera can follow "
                          "stretches); the timer counted it.")
                if self._stretch.id in CAMERA_JUDGED_IDS
                else translate("stretch_recognition",
                               "Not judged by the camera (the camera cannot judge this "
                               "stretch); the timer counted it.")
            )
            return StretchVerdict(stretch_id, Outcome.NOT_JUDGED, 0, target, detail)
        done = self._count()
        frames = sum(self._views.values())
        if self._stretch.id == WALK.id:
            seen = self._views[View.CLEAR] + self._views[View.NOBODY]
        else:
            seen = self._views[View.CLEAR]
        if done >= target:
            return StretchVerdict(stretch_id, Outcome.CONFIRMED, done, target,
                                  self._seen_text(done, target))
        if frames == 0:
            return StretchVerdict(stretch_id, Outcome.NOT_SEEN, 0, target,
                                  translate("stretch_recognition",
                                            "Not seen: the stretch ended before the camera "
                                            "saw anything."))
        if seen < self._t.min_seen_share * frames:
            problems = Counter({v: n for v, n in self._views.items() if v is not View.CLEAR})
            worst = problems.most_common(1)[0][0] if problems else View.NOBODY
            if self._stretch.id == WALK.id and worst is View.NOBODY:
                worst = View.UNCLEAR
            return StretchVerdict(stretch_id, Outcome.NOT_SEEN, done, target,
                                  translate("stretch_recognition", "Not seen: {reason}.").format(
                                      reason=translate("stretch_recognition", VIEW_REASONS[worst])))
        if self._stretch.id == WALK.id and done == 0:
            return StretchVerdict(
                stretch_id, Outcome.NOT_JUDGED, 0, target,
                translate("stretch_recognition",
                          "Not judged by the camera: you stayed in view, and it cannot tell a "
                          "walk."),
            )
        outcome = Outcome.PARTLY_DONE if done > 0 else Outcome.NOT_DONE
        return StretchVerdict(stretch_id, outcome, done, target, self._seen_text(done, target))

    def _seen_text(self, done: int, target: int) -> str:
        """ "Seen: 3 of 10 holds." and the like, for the verdict."""
        if self._stretch.id == WALK.id:
            return translate("stretch_recognition",
                             "Seen: {done} s away from the desk (of {target} that count as "
                             "the walk).").format(done=done, target=target)
        if self._dose.kind is DoseKind.REPS:
            return tr("Seen: {done} of %n repetition(s).", None, target).format(done=done)
        if self._dose.is_per_side:
            per_side = max(1, self._dose.count_min)
            sides = [min(self._holds[d], per_side) for d in self._side_order]
            sides += [0] * (2 - len(sides))
            return tr("Seen: {done} of %n hold(s) (side 1: {first} of {per_side}, side 2: "
                      "{second} of {per_side}).", None, target).format(
                done=done, first=sides[0], second=sides[1], per_side=per_side)
        return tr("Seen: {done} of %n hold(s).", None, target).format(done=done)


def recognise(
    stretch: Stretch,
    baseline: Baseline | None,
    observations: Iterable[FrameObservation],
    on_step: Callable[[RecognitionStep], None] | None = None,
    thresholds: RecognitionThresholds = DEFAULT_THRESHOLDS,
) -> StretchVerdict:
    """Run a whole sequence of frames through a recogniser; `on_step` sees every step."""
    recogniser = StretchRecogniser(stretch, baseline, thresholds)
    for observation in observations:
        step = recogniser.observe(observation)
        if on_step is not None:
            on_step(step)
    return recogniser.verdict()


def follow_as_scheduled(
    recogniser: StretchRecogniser,
    frame_at: Callable[[float], FrameObservation],
    duration_s: float,
    fixed_interval_s: float | None = None,
) -> Iterator[RecognitionStep]:
    """The steps of following a stretch for `duration_s`, each frame taken `frame_at` the
    moment the recogniser asks for it (`next_frame_in_s`, from 0; or every `fixed_interval_s`),
    as the worker reads the camera; it stops early once the dose is seen, as the worker does."""
    t_s = 0.0
    while t_s < duration_s:
        step = recogniser.observe(frame_at(t_s))
        yield step
        if step.count >= step.target:
            return
        t_s += fixed_interval_s or recogniser.next_frame_in_s()
