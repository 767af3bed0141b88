"""Names of the webcams on this machine, for the camera choice in the settings dialog."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

V4L2_SYSFS_ROOT: Final = Path("/sys/class/video4linux")

_NODE_NAME: Final = re.compile(r"video(\d+)")


def list_cameras(sysfs_root: Path = V4L2_SYSFS_ROOT) -> list[tuple[int, str]]:
    """The video capture devices Video4Linux knows about, as (index, name), by index.

    The index is N of /dev/videoN, which is what OpenCV's V4L2 back end opens for index N. One
    webcam usually registers several nodes (the picture, and metadata nodes); only the first
    node of each device (its sysfs `index` is 0) gives pictures, so the others are left out.

    Never raises: on systems without Video4Linux (not Linux, or no cameras) and when sysfs
    cannot be read, the answer is an empty list, and the caller falls back to plain numbers.

    Args:
        sysfs_root: The video4linux class directory; tests pass a fake one.
    """
    try:
        nodes = list(sysfs_root.iterdir())
    except OSError:
        return []
    cameras: list[tuple[int, str]] = []
    for node in nodes:
        match = _NODE_NAME.fullmatch(node.name)
        if match is None:
            continue
        try:
            if not _is_capture_node(node):
                continue
            name = (node / "name").read_text(encoding="utf-8", errors="replace").strip()
        except (OSError, ValueError):
            continue
        index = int(match.group(1))
        cameras.append((index, name or f"Camera {index}"))
    return sorted(cameras)


def _is_capture_node(node: Path) -> bool:
    """Whether the node is the first one of its device; older kernels have no `index` file."""
    index_file = node / "index"
    if not index_file.exists():
        return True
    return index_file.read_text(encoding="ascii").strip() == "0"
