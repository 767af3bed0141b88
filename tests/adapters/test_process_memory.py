"""Giving memory back: which mappings may be dropped, and that dropping them loses nothing."""

from __future__ import annotations

import mmap
import sys
from pathlib import Path

import pytest

from postureapp.adapters.process_memory import FileMapping, file_mappings, release_file_pages

SMAPS = """\
7f0000000000-7f0000004000 r-xp 00000000 08:01 1234                       /usr/lib/libfoo.so
Size:                 16 kB
Rss:                  16 kB
Anonymous:             0 kB
7f0000004000-7f0000005000 r--p 00004000 08:01 1234                       /usr/lib/libfoo.so
Size:                  4 kB
Anonymous:             4 kB
7f0000005000-7f0000006000 rw-p 00005000 08:01 1234                       /usr/lib/libfoo.so
Anonymous:             4 kB
7f0000006000-7f0000008000 rw-p 00000000 00:00 0
Anonymous:             8 kB
7f0000008000-7f0000009000 r--s 00000000 08:01 99                         /opt/model file.task
Anonymous:             0 kB
7f0000009000-7f000000a000 rw-s 00000000 00:05 7                          /dev/video0
Anonymous:             0 kB
7f000000a000-7f000000b000 r--p 00000000 08:01 55                         /tmp/old.so (deleted)
Anonymous:             0 kB
7ffd00000000-7ffd00001000 r-xp 00000000 00:00 0                          [vdso]
"""


def test_smaps_is_read_into_mappings_with_their_private_copies() -> None:
    mappings = file_mappings(SMAPS)

    assert [(m.start, m.end, m.permissions, m.path, m.anonymous_kb) for m in mappings[:2]] == [
        (0x7F0000000000, 0x7F0000004000, "r-xp", "/usr/lib/libfoo.so", 0),
        (0x7F0000004000, 0x7F0000005000, "r--p", "/usr/lib/libfoo.so", 4),
    ]
    assert mappings[3].path == ""
    assert mappings[4].path == "/opt/model file.task"  # a space in the path is kept
    assert len(mappings) == 8


def test_only_unchanged_read_only_copies_of_files_are_releasable() -> None:
    releasable = [m.path for m in file_mappings(SMAPS) if m.is_releasable]

    # Code and a model file; not the relocated data, the writable data, the heap, a device's
    # buffers, a replaced file or the kernel's vdso.
    assert releasable == ["/usr/lib/libfoo.so", "/opt/model file.task"]


def test_a_mapping_with_private_copies_is_never_releasable() -> None:
    mapping = FileMapping(0, 4096, "r--p", "/usr/lib/libfoo.so", anonymous_kb=4)

    assert not mapping.is_releasable


def _resident_kb(path: Path) -> int:
    mapping_rss = 0
    in_mapping = False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) >= 5 and "-" in fields[0] and not fields[0].endswith(":"):
            in_mapping = len(fields) > 5 and fields[5] == str(path)
        elif in_mapping and fields[0] == "Rss:":
            mapping_rss += int(fields[1])
    return mapping_rss


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps")
def test_released_pages_leave_the_process_and_read_back_unchanged(tmp_path: Path) -> None:
    model = tmp_path / "model.task"
    content = bytes(range(256)) * (4 * 1024 * 1024 // 256)  # 4 MiB, like a small model
    model.write_bytes(content)
    private = bytearray(b"recorded by the user" * 1000)  # heap data: must survive untouched
    with model.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as view:
        assert view[:] == content  # every page read: resident
        resident_before = _resident_kb(model)

        released = release_file_pages()

        resident_after = _resident_kb(model)
        assert view[:] == content  # read again from the file
    assert resident_before >= 4 * 1024
    assert resident_after == 0
    assert released >= len(content)
    assert private == bytearray(b"recorded by the user" * 1000)


def test_without_proc_nothing_is_released(tmp_path: Path) -> None:
    assert release_file_pages(tmp_path / "no-smaps") == 0
