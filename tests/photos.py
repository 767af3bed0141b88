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
