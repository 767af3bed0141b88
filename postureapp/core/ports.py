"""Protocols the core uses to reach the outside world; adapters implement them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from postureapp.core.landmarks import PoseLandmarks
from postureapp.core.settings import Settings


class CameraStatus(StrEnum):
    """Why a frame source did or did not deliver a frame."""

    OK = "ok"
    DISABLED = "disabled"  # the user turned the camera off
    NOT_FOUND = "not_found"  # no such device
    IN_USE = "in_use"  # another application holds it (likely a video call)
    DISCONNECTED = "disconnected"  # it worked, then stopped (unplugged)
    UNREADABLE = "unreadable"  # a file or folder that cannot be decoded
    ENDED = "ended"  # a replayed file has no more frames


@dataclass(frozen=True, slots=True)
class FrameResult:
    """What one read from a frame source gave.

    Attributes:
        status: OK when `image` holds a frame.
        image: An RGB image (height x width x 3 uint8 array) when status is OK, else None.
        t_s: Time of the frame in seconds: monotonic for a camera, media time for a file.
        message: A sentence for the user when status is not OK.
    """

    status: CameraStatus
    image: Any = None
    t_s: float = 0.0
    message: str = ""


class FrameSource(Protocol):
    """A camera, a replayed video or an image folder."""

    def read(self) -> FrameResult:
        """Return the next frame, or a status saying why there is none. Never raises."""
        ...

    def release(self) -> None:
        """Let go of the device (camera light off). A later read() reopens it."""
        ...


class PoseEstimator(Protocol):
    """A pose model: RGB image in, landmarks of every person found out."""

    def estimate(self, image: Any, t_s: float) -> tuple[PoseLandmarks, ...]:
        """Landmarks of the people in `image`, largest first; `t_s` must increase."""
        ...

    def close(self) -> None:
        """Free the model."""
        ...


class SettingsRepository(Protocol):
    """Where settings live between runs."""

    def load(self) -> Settings:
        """The saved settings; defaults for anything missing or broken. Never raises."""
        ...

    def save(self, settings: Settings) -> None:
        """Store settings atomically."""
        ...
