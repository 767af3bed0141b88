"""A real disk that fills up or turns read-only: a small tmpfs of a test's own (needs root)."""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def mounted_small_disk(mount_point: Path) -> Iterator[Path]:
    """A 512 KB tmpfs at `mount_point` (made here) while in use; the test is skipped where
    mounting is not allowed."""
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, text=True, check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_disk(disk: Path) -> Path:
    """Fill `disk` to the last block; returns the file that fills it."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as file:
        try:
            while True:
                file.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def remount(disk: Path, mode: str) -> None:
    """Remount `disk` "ro" or "rw", as a kernel does after disk errors."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True)
