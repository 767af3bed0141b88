"""Landmark sequences of the guided stretches, synthesised from a real upright pose: what the
tests follow, and what drives `postureapp bench --guided` (the camera's rate follows the
movement).

A real person's upright landmarks (Grace Hopper's photo through the pose model) are moved the
way each exercise moves the body, seen by a frontal webcam at the rate the app reads it for
that stretch (or 5 frames per second, as a video might be), with model jitter and dropped
frames. All lengths scale with the person's own shoulder and head
widths, so the sequences work for any upright pose.

The movements (see core/stretch_recognition.py for what the recogniser looks for):

* squeeze: the shoulder points move towards each other by 9-14 % of the shoulder width (the
  collarbones swing back); optionally the shoulders also rise (a shrug);
* turn: the shoulder line foreshortens as the trunk turns (cosine of the angle) and the head
  turns further, so the nose swings to one side and the far ear fades;
* pitch: the face points rotate about the ear axis (chin up for cow and extension, chin down
  for cat), and in the cat the head also sinks towards the shoulders.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from postureapp.core.landmarks import FrameObservation, Point, PoseLandmarks

FPS = 5.0

_FACE = ("nose", "left_eye", "right_eye", "mouth_left", "mouth_right")


@dataclass(frozen=True, slots=True)
class Camera:
    """The image the pose lives in."""

    width: int
    height: int


def _shoulder_width(pose: PoseLandmarks) -> float:
    return math.hypot(pose.left_shoulder.x - pose.right_shoulder.x,
                      pose.left_shoulder.y - pose.right_shoulder.y)


def _head_width(pose: PoseLandmarks) -> float:
    return abs(pose.left_ear.x - pose.right_ear.x)


def _ear_mid(pose: PoseLandmarks) -> tuple[float, float]:
    return ((pose.left_ear.x + pose.right_ear.x) / 2, (pose.left_ear.y + pose.right_ear.y) / 2)


def squeeze(pose: PoseLandmarks, narrowing: float, shrug: float = 0.0) -> PoseLandmarks:
    """Shoulders drawn together by `narrowing` of their width, raised by `shrug` of it."""
    mid_x = (pose.left_shoulder.x + pose.right_shoulder.x) / 2
    lift = shrug * _shoulder_width(pose)

    def moved(p: Point) -> Point:
        return replace(p, x=mid_x + (p.x - mid_x) * (1 - narrowing), y=p.y - lift)

    return replace(pose, left_shoulder=moved(pose.left_shoulder),
                   right_shoulder=moved(pose.right_shoulder))


def turn(pose: PoseLandmarks, trunk_deg: float, head_deg: float) -> PoseLandmarks:
    """The trunk turned `trunk_deg` and the head a further `head_deg`, the same way.

    Positive angles move the nose towards the image right. The nose sits in front of the ear
    axis by 0.65 head widths (a typical head: 10 cm in front of the ears, 15 cm between them).
    """
    mid_x = (pose.left_shoulder.x + pose.right_shoulder.x) / 2
    trunk = math.radians(trunk_deg)
    yaw = math.radians(trunk_deg + head_deg)
    ear_x, _ = _ear_mid(pose)
    forward = 0.65 * _head_width(pose)

    def shoulder(p: Point) -> Point:
        return replace(p, x=mid_x + (p.x - mid_x) * math.cos(trunk))

    def face(p: Point) -> Point:
        return replace(p, x=ear_x + (p.x - ear_x) * math.cos(yaw) + forward * math.sin(yaw))

    def ear(p: Point, is_far: bool) -> Point:
        fade = max(0.1, 1.0 - abs(math.degrees(yaw)) / 90) if is_far else p.visibility
        return replace(p, x=ear_x + (p.x - ear_x) * math.cos(yaw), visibility=fade)

    far_is_image_right = yaw > 0  # the nose swinging right takes the right-hand ear away
    left_is_image_right = pose.left_ear.x > pose.right_ear.x
    return replace(
        pose,
        **{name: face(getattr(pose, name)) for name in _FACE},
        left_ear=ear(pose.left_ear, far_is_image_right == left_is_image_right),
        right_ear=ear(pose.right_ear, far_is_image_right != left_is_image_right),
        left_shoulder=shoulder(pose.left_shoulder),
        right_shoulder=shoulder(pose.right_shoulder),
    )


def pitch(pose: PoseLandmarks, chin_up_deg: float, sink: float = 0.0) -> PoseLandmarks:
    """The face rotated `chin_up_deg` about the ear axis (negative: chin down), the head sunk
    by `sink` of its height above the shoulders (the cat's rounded upper back)."""
    ear_x, ear_y = _ear_mid(pose)
    theta = math.radians(chin_up_deg)
    forward = 0.65 * _head_width(pose)
    shoulder_y = (pose.left_shoulder.y + pose.right_shoulder.y) / 2
    drop = sink * (shoulder_y - ear_y)

    def face(p: Point) -> Point:
        rel = p.y - ear_y
        return replace(p, y=ear_y + rel * math.cos(theta) - forward * math.sin(theta) + drop)

    def ear(p: Point) -> Point:
        return replace(p, y=p.y + drop)

    return replace(pose, **{name: face(getattr(pose, name)) for name in _FACE},
                   left_ear=ear(pose.left_ear), right_ear=ear(pose.right_ear))


Movement = Callable[[PoseLandmarks, float], PoseLandmarks]
"""A pose at a moment: the upright pose and seconds since the sequence started."""


def _jitter(pose: PoseLandmarks, rng: random.Random, sigma_px: float) -> PoseLandmarks:
    def noisy(p: Point) -> Point:
        return replace(p, x=p.x + rng.gauss(0, sigma_px), y=p.y + rng.gauss(0, sigma_px))

    return PoseLandmarks(**{name: noisy(getattr(pose, name))
                            for name in PoseLandmarks.__slots__})


class Playback:
    """`movement` (None: an empty chair) as the camera sees it at any moment, with jitter and
    dropped frames.

    Each landmark moves by Gaussian noise of `noise_sw` shoulder widths; `drop_share` of the
    frames lose the person (the model missed them), and one whole second is lost too (its
    start drawn among the frames `fps` a second would give).
    """

    def __init__(
        self,
        upright: PoseLandmarks,
        camera: Camera,
        movement: Movement | None,
        duration_s: float,
        *,
        seed: int = 1,
        drop_share: float = 0.04,
        noise_sw: float = 0.008,
        fps: float = FPS,
    ) -> None:
        self._upright, self._camera, self._movement = upright, camera, movement
        self._rng = random.Random(seed)
        self._sigma_px = noise_sw * _shoulder_width(upright)
        self._drop_share = drop_share
        count = round(duration_s * fps)
        self._fps = fps
        self._lost_from = self._rng.randrange(count) if count else 0

    def at(self, t_s: float, start_s: float = 0.0) -> FrameObservation:
        """The frame the camera gives `t_s` seconds into the movement."""
        index = round(t_s * self._fps, 6)  # in frames of `fps`: where the lost second lies
        is_dropped = (self._rng.random() < self._drop_share
                      or self._lost_from <= index < self._lost_from + self._fps)
        people: tuple[PoseLandmarks, ...] = ()
        if self._movement is not None and not is_dropped:
            people = (_jitter(self._movement(self._upright, t_s), self._rng, self._sigma_px),)
        grid = tuple((120.0,) * 8 for _ in range(6))
        return FrameObservation(start_s + t_s, self._camera.width, self._camera.height, people,
                                grid)


def frames(
    upright: PoseLandmarks,
    camera: Camera,
    movement: Movement | None,
    duration_s: float,
    *,
    seed: int = 1,
    start_s: float = 0.0,
    drop_share: float = 0.04,
    noise_sw: float = 0.008,
    fps: float = FPS,
) -> Iterator[FrameObservation]:
    """`fps` frames a second of `movement` (None: an empty chair), as `Playback` gives them."""
    playback = Playback(upright, camera, movement, duration_s, seed=seed,
                        drop_share=drop_share, noise_sw=noise_sw, fps=fps)
    for index in range(round(duration_s * fps)):
        yield playback.at(index / fps, start_s)


def _ease(share: float) -> float:
    """0 -> 1 smoothly: people move into and out of a position, they do not jump."""
    share = min(1.0, max(0.0, share))
    return (1 - math.cos(math.pi * share)) / 2


def sitting_still(seed: int = 3) -> Movement:
    """Sitting at the screen: slow sway, breathing, small glances; no exercise."""
    rng = random.Random(seed)
    phase = rng.uniform(0, 2 * math.pi)

    def at(pose: PoseLandmarks, t_s: float) -> PoseLandmarks:
        breathing = 0.01 * math.sin(2 * math.pi * t_s / 4.0 + phase)
        glance = 6.0 * math.sin(2 * math.pi * t_s / 23.0)  # looking up and down the screen
        sway = 3.0 * math.sin(2 * math.pi * t_s / 17.0 + phase)
        return turn(pitch(squeeze(pose, 0.0, shrug=breathing), glance), 0.0, sway)

    return at


@dataclass(frozen=True, slots=True)
class _Hold:
    """One planned hold: move into the position, hold it, move back out."""

    start_s: float
    move_s: float
    hold_s: float
    position: Callable[[PoseLandmarks, float], PoseLandmarks]  # (upright, amount 0..1)


def _holds(plan: list[_Hold]) -> Movement:
    def at(pose: PoseLandmarks, now_s: float) -> PoseLandmarks:
        for hold in plan:
            into = (now_s - hold.start_s) / hold.move_s
            out = (hold.start_s + 2 * hold.move_s + hold.hold_s - now_s) / hold.move_s
            amount = _ease(min(into, out))
            if amount > 0:
                return hold.position(pose, amount)
        return pose

    return at


def _plan(
    rng: random.Random,
    lead_in_s: float,
    move_s: tuple[float, float],
    hold_s: tuple[float, float],
    rest_s: tuple[float, float],
    positions: list[Callable[[PoseLandmarks, float], PoseLandmarks]],
) -> tuple[Movement, float]:
    """Holds of each position in turn, with random timing in the given ranges; and length."""
    plan: list[_Hold] = []
    t_s = lead_in_s
    for position in positions:
        hold = _Hold(t_s, rng.uniform(*move_s), rng.uniform(*hold_s), position)
        plan.append(hold)
        t_s += 2 * hold.move_s + hold.hold_s + rng.uniform(*rest_s)
    return _holds(plan), t_s + 2.0


def _squeezed(narrowing: float, shrug: float) -> Callable[[PoseLandmarks, float], PoseLandmarks]:
    return lambda pose, amount: squeeze(pose, narrowing * amount, shrug * amount)


def _turned(trunk_deg: float, head_deg: float) -> Callable[[PoseLandmarks, float], PoseLandmarks]:
    return lambda pose, amount: turn(pose, trunk_deg * amount, head_deg * amount)


def _tipped_back(angle_deg: float) -> Callable[[PoseLandmarks, float], PoseLandmarks]:
    return lambda pose, amount: pitch(pose, angle_deg * amount)


def scapular_squeezes(
    count: int = 10,
    seed: int = 5,
    lead_in_s: float = 3.0,
    shrug: float = 0.0,
    hold_s: tuple[float, float] = (3.3, 5.0),
) -> tuple[Movement, float]:
    """`count` squeezes (shoulders 9-14 % narrower), each held `hold_s` (3-5 s) then released
    for about 2 s; and the length of the sequence."""
    rng = random.Random(seed)
    positions = [_squeezed(rng.uniform(0.09, 0.14), shrug) for _ in range(count)]
    return _plan(rng, lead_in_s, (0.6, 1.0), hold_s, (1.5, 2.5), positions)


def thoracic_rotations(
    hold_s: float = 12.0, seed: int = 7, sides: tuple[int, ...] = (1, -1), lead_in_s: float = 3.0,
) -> tuple[Movement, float]:
    """One hold to each of `sides` (1: nose to the image right), `hold_s` each, the trunk
    turned 35-45 degrees and the head 30-45 more; and the length of the sequence."""
    rng = random.Random(seed)
    positions = [_turned(side * rng.uniform(35, 45), side * rng.uniform(30, 45)) for side in sides]
    return _plan(rng, lead_in_s, (1.5, 2.5), (hold_s, hold_s), (3.0, 5.0), positions)


def thoracic_extensions(
    count: int = 3, hold_s: float = 22.0, seed: int = 11, lead_in_s: float = 3.0,
) -> tuple[Movement, float]:
    """`count` leans back with the head tipped back 25-35 degrees, `hold_s` each; and length."""
    rng = random.Random(seed)
    positions = [_tipped_back(rng.uniform(25, 35)) for _ in range(count)]
    return _plan(rng, lead_in_s, (1.5, 2.5), (hold_s, hold_s), (4.0, 6.0), positions)


def seated_cat_cows(
    count: int = 10, rep_s: float = 6.0, seed: int = 9, lead_in_s: float = 3.0,
) -> tuple[Movement, float]:
    """`count` slow cat-cows: half a repetition into cow (chin up), half into cat."""
    rng = random.Random(seed)
    cow_deg, cat_deg = rng.uniform(18, 25), rng.uniform(30, 40)

    def at(pose: PoseLandmarks, now_s: float) -> PoseLandmarks:
        share = (now_s - lead_in_s) / rep_s
        if share < 0 or share >= count:
            return pose
        wave = math.sin(2 * math.pi * share)  # +1 at the cow, -1 at the cat
        if wave >= 0:
            return pitch(pose, cow_deg * wave)
        return pitch(pose, cat_deg * wave, sink=0.25 * -wave)

    return at, lead_in_s + count * rep_s + 2.0
