"""Giving memory the app no longer uses back to the system (Linux; elsewhere these do nothing).

Two kinds are left behind once a pose model has loaded and run:

* freed heap: a closed model leaves ~50 MB in glibc's free lists (`return_freed_heap`);
* file pages read only while starting: loading a model runs much of MediaPipe's 90 MB library
  once (and the kernel reads ahead around every page it runs), so ~60 MB of code and read-only
  data stay resident in the process although a frame needs only a fraction of them
  (`release_file_pages`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

_SMAPS: Final = Path("/proc/self/smaps")
_MADV_DONTNEED: Final = 4


@dataclass(frozen=True, slots=True)
class FileMapping:
    """One mapping of a file into the process, as /proc/PID/smaps lists it."""

    start: int
    end: int
    permissions: str
    path: str
    anonymous_kb: int

    @property
    def is_releasable(self) -> bool:
        """True when every resident page is an unchanged copy of the file.

        Only then can the pages be dropped: the next read maps them again from the file (from
        the page cache, without a disk read while the system has memory to spare). A writable
        mapping, or one with private copies of pages (`Anonymous`: the relocated read-only
        data of a library, for one), holds data that exists nowhere else; and a file deleted or
        replaced since it was mapped is left alone.
        """
        return ("w" not in self.permissions and self.anonymous_kb == 0
                and self.path.startswith("/") and not self.path.startswith("/dev/")
                and not self.path.endswith(" (deleted)"))


def file_mappings(smaps_text: str) -> list[FileMapping]:
    """The mappings listed in a /proc/PID/smaps text (anonymous ones have an empty path)."""
    mappings: list[FileMapping] = []
    header: tuple[int, int, str, str] | None = None
    anonymous_kb = 0

    def close_header() -> None:
        if header is not None:
            mappings.append(FileMapping(*header, anonymous_kb=anonymous_kb))

    for line in smaps_text.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) >= 5 and "-" in fields[0] and not fields[0].endswith(":"):
            close_header()
            start, end = (int(address, 16) for address in fields[0].split("-"))
            header = (start, end, fields[1], fields[5] if len(fields) > 5 else "")
            anonymous_kb = 0
        elif fields and fields[0] == "Anonymous:":
            anonymous_kb = int(fields[1])
    close_header()
    return mappings


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c") if sys.platform.startswith("linux") else None
    return ctypes.CDLL(name, use_errno=True) if name else None


def release_file_pages(smaps: Path = _SMAPS) -> int:
    """Drop the process's resident pages of read-only file mappings; returns the bytes advised.

    Pages that are still in use come back at their next use, from the page cache; what stays
    out is what only starting up needed. Nothing is lost: only mappings whose pages are all
    unchanged copies of their file are touched (`FileMapping.is_releasable`).
    """
    libc = _libc()
    if libc is None:
        return 0
    try:
        text = smaps.read_text(errors="replace")
    except OSError:
        return 0
    madvise = libc.madvise
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    released = 0
    for mapping in file_mappings(text):
        if mapping.is_releasable and madvise(mapping.start, mapping.end - mapping.start,
                                             _MADV_DONTNEED) == 0:
            released += mapping.end - mapping.start
    return released


def give_back_unused_memory() -> None:
    """Both at once: for when a window that used much of Qt's code has closed."""
    return_freed_heap()
    release_file_pages()


def return_freed_heap() -> None:
    """Ask glibc to give freed heap pages back to the system."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is not None:  # glibc only (musl has none)
        trim(0)
