"""Synthetic upper-body landmarks for posture tests: a frontal webcam view, in pixels."""

from __future__ import annotations

import math

from postureapp.core.landmarks import FrameObservation, Point, PoseLandmarks

IMAGE_W, IMAGE_H = 640, 480


def make_pose(
    *,
    head_forward: float = 0.0,
    shoulders_rounded: float = 0.0,
    tilt_back: float = 0.0,
    scale: float = 1.0,
    center: tuple[float, float] = (320.0, 360.0),
    jitter: tuple[float, float] = (0.0, 0.0),
    visibility: float = 0.99,
    roll_deg: float = 0.0,
) -> PoseLandmarks:
    """A person facing the camera.

    Args:
        head_forward: 0 upright .. 1 a pronounced forward head: the head sinks toward the
            shoulders and comes toward the camera (grows).
        shoulders_rounded: 0 .. 1: the shoulders roll in, so they look narrower.
        tilt_back: 0 .. 1: the head tips back, raising the nose above the ears.
        scale: Apparent size (distance to the camera).
        center: Shoulder midpoint in pixels.
        jitter: A small offset added to the head points (model noise).
        roll_deg: The whole picture turned about the shoulder midpoint (a camera rolled a few
            degrees), clockwise on screen.
    """
    cx, cy = center
    width = 200.0 * scale * (1.0 - 0.12 * shoulders_rounded)
    unit = 200.0 * scale  # head size does not change when the shoulders roll in
    head_growth = 1.0 + 0.2 * head_forward
    nose_h = unit * (0.57 - 0.2 * head_forward + 0.08 * tilt_back)
    ear_h = unit * (0.60 - 0.14 * head_forward - 0.01 * tilt_back)
    half_face = unit * 0.20 * head_growth
    jx, jy = jitter

    cos, sin = math.cos(math.radians(roll_deg)), math.sin(math.radians(roll_deg))

    def p(x: float, y: float, v: float = visibility, z: float = 0.0) -> Point:
        dx, dy = x - cx, y - cy
        return Point(cx + dx * cos - dy * sin, cy + dx * sin + dy * cos, z, v)

    return PoseLandmarks(
        nose=p(cx + jx, cy - nose_h + jy, z=-unit * (0.5 + 0.3 * head_forward)),
        left_eye=p(cx + 0.08 * unit + jx, cy - nose_h - 0.06 * unit + jy),
        right_eye=p(cx - 0.08 * unit + jx, cy - nose_h - 0.06 * unit + jy),
        left_ear=p(cx + half_face + jx, cy - ear_h + jy),
        right_ear=p(cx - half_face + jx, cy - ear_h + jy),
        mouth_left=p(cx + 0.05 * unit + jx, cy - nose_h + 0.08 * unit + jy),
        mouth_right=p(cx - 0.05 * unit + jx, cy - nose_h + 0.08 * unit + jy),
        # The person's left shoulder is on the image right (no mirroring).
        left_shoulder=p(cx + width / 2, cy),
        right_shoulder=p(cx - width / 2, cy),
    )


def observe(
    *people: PoseLandmarks,
    t_s: float = 0.0,
    luma: float | tuple[tuple[float, ...], ...] = 120.0,
) -> FrameObservation:
    """A frame holding `people`, with an even brightness or a given luminance grid."""
    grid = luma if isinstance(luma, tuple) else tuple((luma,) * 8 for _ in range(6))
    return FrameObservation(t_s, IMAGE_W, IMAGE_H, tuple(people), grid)
