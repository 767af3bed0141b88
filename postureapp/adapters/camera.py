"""Frame sources on OpenCV: a webcam, or a video file or image folder replayed as one.

Frames only ever live in memory: nothing here writes an image anywhere.
"""

from __future__ import annotations

import errno
import functools
import os
import stat
import struct
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from postureapp.adapters.regular_files import file_kind
from postureapp.core.i18n import translate
from postureapp.core.ports import CameraStatus, FrameResult, FrameSource
from postureapp.core.settings import Settings
from postureapp.decoding_limits import MAX_IMAGE_FILE_BYTES, MAX_IMAGE_PIXELS

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"})
LUMA_GRID_SIZE = (8, 6)  # columns, rows
# A webcam's first frames after opening are often dark while auto-exposure settles.
WARM_UP_FRAMES = 5
# Frames queued in the driver while we were not reading are old; drop this many before a sample.
STALE_FRAMES = 4
RETRY_DELAYS_S = (2.0, 5.0, 10.0, 30.0, 60.0)


@functools.cache
def _opencv() -> Any:
    """OpenCV, imported at the first frame rather than with this module.

    Loading it takes a few tenths of a second and ~45 MB: the app imports this module while
    starting, and the first frame is read later, in the worker thread, after the tray icon
    shows. One frame every few seconds needs no worker pool: OpenCV's would only add threads.
    """
    import cv2

    cv2.setNumThreads(1)
    return cv2


def luma_grid(rgb: Any) -> tuple[tuple[float, ...], ...]:
    """Mean luminance of an RGB image in a coarse grid (cheap: one area resize)."""
    cv2 = _opencv()
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    small = cv2.resize(gray, LUMA_GRID_SIZE, interpolation=cv2.INTER_AREA)
    return tuple(tuple(float(v) for v in row) for row in small)


def _frame(rgb: Any, t_s: float, source: str, index: int) -> FrameResult:
    return FrameResult(CameraStatus.OK, rgb, t_s, "", luma_grid(rgb), source, index)


class UnreadableFileError(Exception):
    """A file that cannot or must not be read; the message says why (without the path)."""


def check_regular_file(path: Path) -> None:
    """Refuse what is not a regular file before opening it: a FIFO would block forever.

    Raises:
        UnreadableFileError: Missing, a symlink loop, a FIFO, a device, or a folder.
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        reason = "a symbolic link loop" if error.errno == errno.ELOOP else (
            error.strerror or str(error)).lower()
        raise UnreadableFileError(reason) from error
    if not stat.S_ISREG(mode):
        raise UnreadableFileError(f"not a regular file ({file_kind(mode)})")


def image_size(header: bytes) -> tuple[int, int] | None:
    """(width, height) from the first bytes of a PNG, JPEG or BMP file; None for others."""
    if header.startswith(b"\x89PNG\r\n\x1a\n") and header[12:16] == b"IHDR":
        width, height = struct.unpack(">II", header[16:24])
        return int(width), int(height)
    if header.startswith(b"BM") and len(header) >= 26:
        width, height = struct.unpack("<ii", header[18:26])
        return abs(int(width)), abs(int(height))
    if header.startswith(b"\xff\xd8"):
        return _jpeg_size(header)
    return None


_JPEG_FRAME_MARKERS: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    offset = 2
    while offset + 9 <= len(data):
        if data[offset] != 0xFF:
            return None
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        if marker in _JPEG_FRAME_MARKERS:
            height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
            return int(width), int(height)
        offset += 2 + length
    return None


def read_image(path: Path) -> Any:
    """An image file as an RGB array.

    Raises:
        UnreadableFileError: Not a regular file, bigger than MAX_IMAGE_FILE_BYTES or
            MAX_IMAGE_PIXELS, or not decodable.
    """
    import numpy as np

    cv2 = _opencv()
    check_regular_file(path)
    size_bytes = path.stat().st_size
    if size_bytes > MAX_IMAGE_FILE_BYTES:
        raise UnreadableFileError(
            f"the file is {size_bytes // 1_000_000} MB, more than any image of at most "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels needs; not read"
        )
    data = np.fromfile(str(path), dtype=np.uint8)
    size = image_size(data[:65536].tobytes())
    if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
        raise UnreadableFileError(
            f"the image says it is {size[0]}x{size[1]} pixels, more than the "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels allowed; not decoded"
        )
    try:
        bgr = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    except cv2.error as error:  # OpenCV's own size limit, or a header it rejects
        raise UnreadableFileError(f"cannot decode this image ({error.err})") from error
    if bgr is None:
        raise UnreadableFileError("not an image this app can decode")
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def images_in_folder(folder: Path) -> list[Path]:
    """The image files of a folder in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


class ImageSequenceSource:
    """Still images replayed as frames; `t_s` is the image's index."""

    def __init__(self, paths: Sequence[Path], loop: bool = False) -> None:
        self._paths = list(paths)
        self._loop = loop
        self._next = 0

    def read(self) -> FrameResult:
        """The next image (skipping none: an undecodable one is reported as UNREADABLE)."""
        if self._next >= len(self._paths):
            if not self._loop or not self._paths:
                return FrameResult(CameraStatus.ENDED, message="No more images.")
            self._next = 0
        index = self._next
        path = self._paths[index]
        self._next += 1
        try:
            rgb = read_image(path)
        except UnreadableFileError as error:
            return FrameResult(
                CameraStatus.UNREADABLE, message=f"Cannot read image {path}: {error}",
                source=str(path), index=index,
            )
        return _frame(rgb, float(index), str(path), index)

    def release(self) -> None:
        """Nothing to release for files."""


class VideoFileSource:
    """A video file replayed as frames; `t_s` is the frame's media time."""

    def __init__(self, path: Path, loop: bool = False) -> None:
        self._path = path
        self._loop = loop
        self._capture: Any = None
        self._index = 0
        self._loop_offset_s = 0.0
        self._last_t_s = 0.0
        self._resume_frame = 0.0

    def _open(self) -> bool:
        cv2 = _opencv()
        try:
            # OpenCV would wait forever on a FIFO (the worker, and with it the app's quit).
            check_regular_file(self._path)
        except UnreadableFileError:
            return False
        self._capture = cv2.VideoCapture(str(self._path))
        if self._resume_frame:
            # Reopened after release(): carry on where the replay was, like a camera would.
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, self._resume_frame)
        return bool(self._capture.isOpened())

    def read(self) -> FrameResult:
        """The next frame of the video."""
        cv2 = _opencv()
        if self._capture is None and not self._open():
            return FrameResult(CameraStatus.UNREADABLE, message=f"Cannot read video {self._path}",
                               source=str(self._path))
        ok, bgr = self._capture.read()
        if not ok:
            if self._index == 0:
                return FrameResult(CameraStatus.UNREADABLE,
                                   message=f"Cannot read video {self._path}",
                                   source=str(self._path))
            if not self._loop:
                return FrameResult(CameraStatus.ENDED, message="The video has ended.")
            # Keep time increasing across loops: the pose model needs monotonic timestamps.
            self._capture.release()
            self._resume_frame = 0.0
            self._loop_offset_s = self._last_t_s + 0.04
            if not self._open():
                return FrameResult(CameraStatus.UNREADABLE,
                                   message=f"Cannot read video {self._path}")
            ok, bgr = self._capture.read()
            if not ok:
                return FrameResult(CameraStatus.ENDED, message="The video has ended.")
        fps = self._capture.get(cv2.CAP_PROP_FPS) or 30.0
        position = self._capture.get(cv2.CAP_PROP_POS_FRAMES) - 1
        t_s = self._loop_offset_s + max(position, 0) / fps
        self._last_t_s = t_s
        index = self._index
        self._index += 1
        return _frame(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), t_s, str(self._path), index)

    def release(self) -> None:
        """Close the file; the next read() reopens it at the same place."""
        cv2 = _opencv()
        if self._capture is not None:
            self._resume_frame = self._capture.get(cv2.CAP_PROP_POS_FRAMES)
            self._capture.release()
            self._capture = None


def _open_device(index: int) -> Any:
    cv2 = _opencv()
    # On Linux ask V4L2 directly: the default tries every backend in turn, each logging a failure.
    if sys.platform.startswith("linux"):
        return cv2.VideoCapture(index, cv2.CAP_V4L2)
    return cv2.VideoCapture(index)


def held_by_another_process(node: Path, proc: Path = Path("/proc")) -> bool:
    """Whether another process has `node` open (Linux: its /proc/<pid>/fd links).

    OpenCV only says "could not open" or "no frame"; this tells a camera busy in a video call
    apart from one that is broken. Processes of other users cannot be seen, which is fine: a
    call app runs as the same user.
    """
    target = str(node)
    own = str(os.getpid())
    try:
        processes = [p for p in proc.iterdir() if p.name.isdigit() and p.name != own]
    except OSError:
        return False
    for process in processes:
        try:
            for fd in (process / "fd").iterdir():
                if os.readlink(fd) == target:
                    return True
        except OSError:
            continue  # gone meanwhile, or not ours to look at
    return False


def _device_node(index: int) -> Path | None:
    return Path(f"/dev/video{index}") if sys.platform.startswith("linux") else None


class OpenCvCamera:
    """A webcam by device index, opened lazily, with backoff after failures.

    `read()` never blocks for long on a camera that failed recently: it answers with the last
    failure until the next retry is due (2 s, 5 s, 10 s, 30 s, then every minute). It never
    fights another application for the device: a busy camera is reported as IN_USE and left
    alone until the next retry.

    With `keep_open=False`, call `release()` after each sample: the device (and its light)
    is then off between samples, at the cost of a wake-up delay on every read.
    """

    def __init__(
        self,
        index: int,
        monotonic: Callable[[], float] = time.monotonic,
        open_capture: Callable[[int], Any] | None = None,
        device_node: Callable[[int], Path | None] | None = None,
        is_held_elsewhere: Callable[[Path], bool] = held_by_another_process,
    ) -> None:
        self._index = index
        self._device_node = device_node or _device_node
        self._is_held_elsewhere = is_held_elsewhere
        self._monotonic = monotonic
        self._open_capture = open_capture or _open_device
        self._capture: Any = None
        self._failures = 0
        self._retry_at = 0.0
        self._last_failure: FrameResult | None = None
        self._frames_read = 0

    @property
    def is_open(self) -> bool:
        """Whether the device is held right now (the camera light is on)."""
        return self._capture is not None

    def _fail(self, status: CameraStatus, message: str) -> FrameResult:
        self.release()
        delay = RETRY_DELAYS_S[min(self._failures, len(RETRY_DELAYS_S) - 1)]
        self._failures += 1
        self._retry_at = self._monotonic() + delay
        self._last_failure = FrameResult(status, message=message, source=f"camera {self._index}")
        return self._last_failure

    def _open(self) -> FrameResult | None:
        node = self._device_node(self._index)
        if node is not None and not node.exists():
            return self._fail(CameraStatus.NOT_FOUND,
                              translate("camera", "No camera found at {device}.").format(
                                  device=node))
        capture = self._open_capture(self._index)
        if not capture.isOpened():
            capture.release()
            if node is not None and not os.access(node, os.R_OK | os.W_OK):
                return self._fail(CameraStatus.NOT_FOUND, translate(
                    "camera", "No permission to use {device} (is the user in the video group?)."
                ).format(device=node))
            return self._busy_or_broken(node,
                                        translate("camera", "The camera could not be opened."))
        self._capture = capture
        for _ in range(WARM_UP_FRAMES):
            capture.grab()
        return None

    def _busy_or_broken(self, node: Path | None, broken_message: str) -> FrameResult:
        # Only a camera another process holds is "in use" (a likely call, which holds breaks);
        # anything else is a camera problem, and breaks go on, timed alone.
        if node is not None and self._is_held_elsewhere(node):
            return self._fail(CameraStatus.IN_USE, translate(
                "camera", "The camera is in use by another app (a video call?)."))
        return self._fail(CameraStatus.UNREADABLE, broken_message)

    def read(self) -> FrameResult:
        """The freshest frame the camera has."""
        cv2 = _opencv()
        if self._capture is None:
            if self._last_failure is not None and self._monotonic() < self._retry_at:
                return self._last_failure
            failure = self._open()
            if failure is not None:
                return failure
        else:
            for _ in range(STALE_FRAMES):
                self._capture.grab()
        ok, bgr = self._capture.read()
        if not ok or bgr is None:
            was_working = self._frames_read > 0
            node = self._device_node(self._index)
            if was_working and (node is None or not node.exists()):
                return self._fail(CameraStatus.DISCONNECTED,
                                  translate("camera", "The camera was disconnected."))
            return self._busy_or_broken(node, translate("camera", "The camera gives no picture."))
        self._failures = 0
        self._last_failure = None
        index = self._frames_read
        self._frames_read += 1
        return _frame(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), self._monotonic(),
                      f"camera {self._index}", index)

    def release(self) -> None:
        """Let go of the device; the next read() reopens it."""
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class NoCamera:
    """The null frame source: monitoring is off, and says why."""

    def __init__(self, status: CameraStatus = CameraStatus.DISABLED, message: str = "") -> None:
        self._result = FrameResult(
            status, message=message or translate("camera", "The camera is turned off."))

    def read(self) -> FrameResult:
        """Always the same status, never a frame."""
        return self._result

    def release(self) -> None:
        """Nothing to release."""


def open_source(spec: str, loop: bool = False) -> FrameSource:
    """A frame source for `spec`: a camera index ("0"), a video file, an image, or a folder.

    Raises:
        FileNotFoundError: `spec` is neither a number nor an existing path.
    """
    if spec.isdigit():
        return OpenCvCamera(int(spec))
    path = Path(spec)
    if path.is_dir():
        return ImageSequenceSource(images_in_folder(path), loop=loop)
    if not path.exists():
        raise FileNotFoundError(f"No such camera, file or folder: {spec}")
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageSequenceSource([path], loop=loop)
    return VideoFileSource(path, loop=loop)



def frame_source_for(settings: Settings, spec: str | None = None) -> FrameSource:
    """The frame source the settings name: none while the camera is off, else the camera
    `settings.camera_index`, or `spec` (the command line's --camera, looped) when given."""
    if not settings.camera_enabled:
        return NoCamera()
    if spec is None:
        return open_source(str(settings.camera_index))
    try:
        return open_source(spec, loop=True)
    except FileNotFoundError as error:
        return NoCamera(CameraStatus.NOT_FOUND, str(error))
