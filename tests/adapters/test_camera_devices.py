"""list_cameras reads webcam names from a (fake) video4linux sysfs and never raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from postureapp.adapters.camera_devices import list_cameras


def _node(root: Path, node: str, name: str | None, index: str | None = "0") -> None:
    directory = root / node
    directory.mkdir(parents=True)
    if name is not None:
        (directory / "name").write_text(f"{name}\n", encoding="utf-8")
    if index is not None:
        (directory / "index").write_text(f"{index}\n", encoding="ascii")


def test_lists_capture_nodes_by_index_with_their_names(tmp_path: Path) -> None:
    _node(tmp_path, "video2", "Logitech BRIO")
    _node(tmp_path, "video0", "Integrated Camera: Integrated C")
    _node(tmp_path, "video10", "USB Capture")

    assert list_cameras(tmp_path) == [
        (0, "Integrated Camera: Integrated C"),
        (2, "Logitech BRIO"),
        (10, "USB Capture"),
    ]


def test_skips_the_metadata_nodes_of_a_webcam(tmp_path: Path) -> None:
    _node(tmp_path, "video0", "Integrated Camera", index="0")
    _node(tmp_path, "video1", "Integrated Camera", index="1")

    assert list_cameras(tmp_path) == [(0, "Integrated Camera")]


def test_keeps_nodes_without_an_index_file(tmp_path: Path) -> None:
    # Kernels before 3.x have no `index` attribute; every node is then a candidate.
    _node(tmp_path, "video3", "Old Webcam", index=None)

    assert list_cameras(tmp_path) == [(3, "Old Webcam")]


def test_ignores_entries_that_are_not_video_nodes(tmp_path: Path) -> None:
    _node(tmp_path, "video0", "Webcam")
    _node(tmp_path, "v4l-subdev0", "Sensor")
    _node(tmp_path, "videoX", "Broken")
    (tmp_path / "video7").write_text("not a directory", encoding="utf-8")

    assert list_cameras(tmp_path) == [(0, "Webcam")]


def test_a_node_without_a_readable_name_is_left_out(tmp_path: Path) -> None:
    _node(tmp_path, "video0", None)
    _node(tmp_path, "video2", "Webcam")

    assert list_cameras(tmp_path) == [(2, "Webcam")]


def test_a_blank_name_falls_back_to_the_number(tmp_path: Path) -> None:
    _node(tmp_path, "video4", "  ")

    assert list_cameras(tmp_path) == [(4, "Camera 4")]


def test_an_unreadable_index_file_skips_the_node(tmp_path: Path) -> None:
    _node(tmp_path, "video0", "Webcam", index=None)
    (tmp_path / "video0" / "index").write_bytes(b"\xff\xfe")
    _node(tmp_path, "video1", "Other")

    assert list_cameras(tmp_path) == [(1, "Other")]


@pytest.mark.parametrize("make_root", ["missing", "file"])
def test_no_video4linux_gives_an_empty_list(tmp_path: Path, make_root: str) -> None:
    root = tmp_path / "video4linux"
    if make_root == "file":
        root.write_text("", encoding="utf-8")

    assert list_cameras(root) == []


def test_the_default_root_never_raises() -> None:
    cameras = list_cameras()

    assert all(isinstance(index, int) and isinstance(name, str) for index, name in cameras)
