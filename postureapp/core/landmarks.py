"""Our own value types for what the pose model saw; no MediaPipe types cross into the core."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Point:
    """One landmark in image pixels (x right, y down) with the model's confidence.

    Attributes:
        x: Horizontal position in pixels.
        y: Vertical position in pixels.
        z: MediaPipe's relative depth, scaled like x (smaller = nearer the camera). Noisy.
        visibility: Model's belief (0-1) that the point is visible in the image.
    """

    x: float
    y: float
    z: float = 0.0
    visibility: float = 1.0


@dataclass(frozen=True, slots=True)
class PoseLandmarks:
    """The upper-body landmarks the posture metrics use, for one person."""

    nose: Point
    left_eye: Point
    right_eye: Point
    left_ear: Point
    right_ear: Point
    mouth_left: Point
    mouth_right: Point
    left_shoulder: Point
    right_shoulder: Point


@dataclass(frozen=True, slots=True)
class FrameObservation:
    """Everything the core learns from one camera frame.

    Attributes:
        t_s: Time of the frame in seconds (monotonic, or video time when replaying).
        image_width: Frame width in pixels.
        image_height: Frame height in pixels.
        people: The people the model found, largest (nearest) first. Empty when nobody is seen.
        luma_grid: Mean luminance (0-255) of the frame in a coarse grid of rows, used to tell a
            dark or backlit scene from a missing person. Empty when unknown.
    """

    t_s: float
    image_width: int
    image_height: int
    people: tuple[PoseLandmarks, ...] = ()
    luma_grid: tuple[tuple[float, ...], ...] = ()
