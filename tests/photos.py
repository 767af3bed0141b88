"""Real images for integration tests: matplotlib's portrait photo, and files made from it."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from matplotlib import cbook

GRACE_HOPPER = Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))


def photo_bgr() -> np.ndarray:
    image = cv2.imread(str(GRACE_HOPPER))
    assert image is not None
    return image


def write_video(path: Path, frames: int = 8, fps: float = 10.0) -> Path:
    """A short video of the photo drifting sideways a little (MJPG in AVI: always available)."""
    image = photo_bgr()
    height, width = image.shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    for i in range(frames):
        shift = np.array([[1, 0, i - frames / 2], [0, 1, 0]], dtype=np.float32)
        writer.write(cv2.warpAffine(image, shift, (width, height), borderMode=cv2.BORDER_REPLICATE))
    writer.release()
    return path


def write_squeeze_video(path: Path, squeezes: int = 2, fps: float = 5.0,
                        narrowing: float = 0.12) -> Path:
    """The photo with its shoulders drawn in `squeezes` times, held 3.4 s each, after 3 s still.

    Below the chin the image is squeezed towards the middle by `narrowing` (blended in over
    the neck), the way drawing the shoulder blades together narrows the shoulders seen from
    the front; the head is untouched.
    """
    image = photo_bgr()
    height, width = image.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    below_chin = np.clip((ys - 0.5 * height) / (0.13 * height), 0, 1)
    per_frame = [0.0] * round(3 * fps)
    for _ in range(squeezes):
        per_frame += [0.5] + [1.0] * round(3.4 * fps) + [0.5] + [0.0] * round(1 * fps)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    for amount in per_frame:
        map_x = width / 2 + (xs - width / 2) / (1 - narrowing * amount * below_chin)
        writer.write(cv2.remap(image, map_x, ys, cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE))
    writer.release()
    return path


def write_sunk_photo(path: Path, drop_px: float = 120.0) -> Path:
    """The photo with the head sunk toward the shoulders, as when slumping down in a chair.

    Everything above the shoulders moves down, the top of the head by `drop_px` and less toward
    the shoulders, which stay where they are (the neck seems to shorten).
    """
    image = photo_bgr()
    height, width = image.shape[:2]
    shoulders_y = 0.7 * height  # the portrait's shoulder line
    rows, cols = np.mgrid[0:height, 0:width].astype(np.float32)
    source_rows = np.where(rows < shoulders_y, rows - drop_px * (1 - rows / shoulders_y), rows)
    sunk = cv2.remap(image, cols, source_rows.astype(np.float32), cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REPLICATE)
    assert cv2.imwrite(str(path), sunk)
    return path


def write_moved_photo(
    path: Path, scale: float = 1.0, shift_px: tuple[float, float] = (0.0, 0.0),
    roll_deg: float = 0.0,
) -> Path:
    """The photo as a camera moved closer or further (`scale`), aside, or rolled would see it."""
    image = photo_bgr()
    height, width = image.shape[:2]
    camera = cv2.getRotationMatrix2D((width / 2, height / 2), roll_deg, scale)
    camera[:, 2] += np.array(shift_px)
    moved = cv2.warpAffine(image, camera, (width, height), borderMode=cv2.BORDER_REPLICATE)
    assert cv2.imwrite(str(path), moved)
    return path
