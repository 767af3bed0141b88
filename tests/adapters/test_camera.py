"""Frame sources: image folders, video files and the webcam adapter's failure handling."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from postureapp.adapters.camera import (
    ImageSequenceSource,
    NoCamera,
    OpenCvCamera,
    VideoFileSource,
    frame_source_for,
    held_by_another_process,
    images_in_folder,
    luma_grid,
    open_source,
)
from postureapp.core.ports import CameraStatus
from postureapp.core.settings import Settings
from tests.photos import photo_bgr, write_video


def _write_images(folder: Path, names: list[str]) -> None:
    for name in names:
        cv2.imwrite(str(folder / name), photo_bgr())


def test_image_folder_is_read_in_name_order_as_rgb(tmp_path: Path) -> None:
    _write_images(tmp_path, ["b.png", "a.jpg", "c.png"])
    (tmp_path / "notes.txt").write_text("not an image")
    source = ImageSequenceSource(images_in_folder(tmp_path))
    results = [source.read() for _ in range(4)]
    assert [Path(r.source).name for r in results[:3]] == ["a.jpg", "b.png", "c.png"]
    assert [r.t_s for r in results[:3]] == [0.0, 1.0, 2.0]
    assert results[3].status is CameraStatus.ENDED
    bgr = photo_bgr()
    assert np.array_equal(results[1].image, cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))


def test_unreadable_image_is_reported_and_the_rest_still_read(tmp_path: Path) -> None:
    _write_images(tmp_path, ["a.png", "c.png"])
    (tmp_path / "b.png").write_bytes(b"\x89PNG garbage")
    source = ImageSequenceSource(images_in_folder(tmp_path))
    results = [source.read() for _ in range(3)]
    assert [r.status for r in results] == [CameraStatus.OK, CameraStatus.UNREADABLE,
                                           CameraStatus.OK]
    assert "b.png" in results[1].message


def test_video_frames_carry_media_time(tmp_path: Path) -> None:
    source = VideoFileSource(write_video(tmp_path / "clip.avi", frames=5, fps=10.0))
    results = []
    while (result := source.read()).status is CameraStatus.OK:
        results.append(result)
    assert result.status is CameraStatus.ENDED
    assert len(results) == 5
    assert [round(r.t_s, 2) for r in results] == [0.0, 0.1, 0.2, 0.3, 0.4]
    assert results[0].image.shape[2] == 3


def test_looping_video_keeps_time_increasing(tmp_path: Path) -> None:
    source = VideoFileSource(write_video(tmp_path / "clip.avi", frames=3), loop=True)
    times = [source.read().t_s for _ in range(8)]
    assert all(b > a for a, b in zip(times, times[1:], strict=False))


def test_corrupt_video_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"\x00\x01 this is not a video" * 100)
    result = VideoFileSource(bad).read()
    assert result.status is CameraStatus.UNREADABLE
    assert "broken.mp4" in result.message


def test_open_source_picks_the_reader(tmp_path: Path) -> None:
    _write_images(tmp_path, ["a.png"])
    assert isinstance(open_source(str(tmp_path)), ImageSequenceSource)
    assert isinstance(open_source(str(tmp_path / "a.png")), ImageSequenceSource)
    assert isinstance(open_source(str(write_video(tmp_path / "v.avi"))), VideoFileSource)
    assert isinstance(open_source("0"), OpenCvCamera)


def test_the_settings_name_the_source(tmp_path: Path) -> None:
    _write_images(tmp_path, ["a.png"])
    assert frame_source_for(Settings(camera_enabled=False), str(tmp_path)).read().status is (
        CameraStatus.DISABLED)  # the camera off wins over --camera
    replay = frame_source_for(Settings(), str(tmp_path))
    assert isinstance(replay, ImageSequenceSource)
    missing = frame_source_for(Settings(), str(tmp_path / "nowhere"))
    assert missing.read().status is CameraStatus.NOT_FOUND
    assert "nowhere" in missing.read().message
    assert isinstance(frame_source_for(Settings(camera_index=2)), OpenCvCamera)


def test_a_replay_that_is_not_a_regular_file_gives_no_picture_instead_of_blocking(
    tmp_path: Path,
) -> None:
    # OpenCV waits on a FIFO for a writer that never comes; the worker, and the quit, with it.
    fifo = tmp_path / "stream.avi"
    os.mkfifo(fifo)
    result = frame_source_for(Settings(), str(fifo)).read()
    assert result.status is CameraStatus.UNREADABLE
    assert str(fifo) in result.message


def test_a_replay_replaced_by_a_fifo_while_running_gives_no_picture(tmp_path: Path) -> None:
    video = write_video(tmp_path / "v.avi")
    source = VideoFileSource(video, loop=True)
    assert source.read().status is CameraStatus.OK
    source.release()  # the app lets go of the camera between samples
    video.unlink()
    os.mkfifo(video)
    assert source.read().status is CameraStatus.UNREADABLE


def test_an_image_file_too_big_for_any_allowed_image_is_not_read(tmp_path: Path) -> None:
    # Sparse: reading it whole took 3.3 GB of memory and 15 s for each frame of the replay.
    huge = tmp_path / "huge.png"
    with huge.open("wb") as file:
        file.truncate(3 * 1024**3)
    result = ImageSequenceSource([huge]).read()
    assert result.status is CameraStatus.UNREADABLE
    assert "3221 MB" in result.message and "not read" in result.message


def test_luma_grid_sees_a_dark_frame() -> None:
    dark = np.zeros((48, 64, 3), np.uint8)
    grid = luma_grid(dark)
    assert len(grid) == 6 and len(grid[0]) == 8
    assert max(max(row) for row in grid) == 0.0


class _FakeCapture:
    def __init__(self, opens: bool, frames: int) -> None:
        self._opens = opens
        self.frames_left = frames
        self.released = False

    def isOpened(self) -> bool:  # noqa: N802 (OpenCV's name)
        return self._opens

    def grab(self) -> bool:
        return self._opens

    def read(self) -> tuple[bool, Any]:
        if self.frames_left <= 0:
            return False, None
        self.frames_left -= 1
        return True, np.full((48, 64, 3), 128, np.uint8)

    def release(self) -> None:
        self.released = True


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_missing_camera_is_not_found(tmp_path: Path) -> None:
    opened: list[int] = []
    camera = OpenCvCamera(3, open_capture=lambda i: opened.append(i),
                          device_node=lambda i: tmp_path / f"video{i}")
    result = camera.read()
    assert result.status is CameraStatus.NOT_FOUND
    assert opened == []


def test_busy_camera_is_reported_and_left_alone_until_the_retry(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.touch()
    clock = _Clock()
    attempts: list[int] = []

    def busy(index: int) -> _FakeCapture:
        attempts.append(index)
        return _FakeCapture(opens=True, frames=0)  # opens, but streaming is refused

    camera = OpenCvCamera(0, monotonic=clock, open_capture=busy, device_node=lambda i: node,
                          is_held_elsewhere=lambda n: True)  # a video call holds it
    first = camera.read()
    assert first.status is CameraStatus.IN_USE
    assert "in use by another app" in first.message
    clock.now = 1.0
    assert camera.read().status is CameraStatus.IN_USE
    assert len(attempts) == 1  # no second attempt before the backoff delay
    clock.now = 2.5
    camera.read()
    assert len(attempts) == 2
    clock.now = 5.0  # the second delay is longer
    camera.read()
    assert len(attempts) == 2


def test_unplugged_camera_is_disconnected_and_reconnects(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.touch()
    clock = _Clock()
    captures: list[_FakeCapture] = []

    def open_capture(index: int) -> _FakeCapture:
        captures.append(_FakeCapture(opens=True, frames=10 if not captures else 100))
        return captures[-1]

    camera = OpenCvCamera(0, monotonic=clock, open_capture=open_capture,
                          device_node=lambda i: node)
    assert camera.read().status is CameraStatus.OK
    assert camera.is_open
    captures[0].frames_left = 0
    node.unlink()
    lost = camera.read()
    assert lost.status is CameraStatus.DISCONNECTED
    assert captures[0].released and not camera.is_open
    node.touch()  # plugged back in
    clock.now = 10.0
    assert camera.read().status is CameraStatus.OK


def test_release_turns_the_camera_off_and_read_reopens(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.touch()
    captures: list[_FakeCapture] = []

    def open_capture(index: int) -> _FakeCapture:
        captures.append(_FakeCapture(opens=True, frames=100))
        return captures[-1]

    camera = OpenCvCamera(0, open_capture=open_capture, device_node=lambda i: node)
    camera.read()
    camera.release()
    assert not camera.is_open and captures[0].released
    assert camera.read().status is CameraStatus.OK
    assert len(captures) == 2


def test_no_camera_is_a_null_source() -> None:
    source = NoCamera()
    assert source.read().status is CameraStatus.DISABLED
    source.release()


def test_a_replayed_video_resumes_where_it_was_after_release(tmp_path: Path) -> None:
    # The app releases the source after each sample when the camera is not kept open.
    source = VideoFileSource(write_video(tmp_path / "clip.avi", frames=5, fps=10.0))
    seen = []
    for _ in range(4):
        frame = source.read()
        seen.append((frame.index, round(frame.t_s, 2)))
        source.release()
    assert seen == [(0, 0.0), (1, 0.1), (2, 0.2), (3, 0.3)]


def test_a_camera_that_cannot_be_opened_is_only_in_use_if_someone_holds_it(
    tmp_path: Path,
) -> None:
    node = tmp_path / "video0"
    node.touch()

    def refusing(index: int) -> _FakeCapture:
        return _FakeCapture(opens=False, frames=0)

    held = OpenCvCamera(0, open_capture=refusing, device_node=lambda i: node,
                        is_held_elsewhere=lambda n: True)
    assert held.read().status is CameraStatus.IN_USE
    broken = OpenCvCamera(0, open_capture=refusing, device_node=lambda i: node,
                          is_held_elsewhere=lambda n: False)
    result = broken.read()
    assert result.status is CameraStatus.UNREADABLE
    assert "could not be opened" in result.message


def test_held_by_another_process_reads_proc(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.touch()
    proc = tmp_path / "proc"
    (proc / "4242" / "fd").mkdir(parents=True)
    (proc / "4243" / "fd").mkdir(parents=True)
    (proc / "self").mkdir()
    (proc / "4243" / "fd" / "3").symlink_to(tmp_path / "elsewhere")
    assert not held_by_another_process(node, proc)
    (proc / "4242" / "fd" / "7").symlink_to(node)
    assert held_by_another_process(node, proc)
