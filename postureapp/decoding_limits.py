"""How large an image the app agrees to decode, set once for the whole process."""

from __future__ import annotations

import os
from typing import Final

MAX_IMAGE_PIXELS: Final = 50_000_000
"""Larger images are refused before decoding: a small file can claim a huge size (a
decompression bomb), and decoding it would take gigabytes. 50 megapixels is a large photo."""

MAX_IMAGE_FILE_BYTES: Final = MAX_IMAGE_PIXELS * 4 + 1024 * 1024
"""Larger files are not read: even uncompressed 8-bit RGBA pixels of the largest image allowed
(plus a megabyte of headers) fit in this. A file is read whole into memory before decoding."""


def limit_opencv_decoding() -> None:
    """Lower OpenCV's own pixel limit (default 2**30) to MAX_IMAGE_PIXELS.

    OpenCV reads the limit when it is imported, so this must run before the first `import cv2`.
    It covers the formats whose header the camera adapter does not read itself (WebP, TIFF).
    """
    os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_IMAGE_PIXELS))
