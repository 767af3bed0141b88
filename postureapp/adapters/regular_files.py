"""Reading a small file the app owns, trusting nothing about what is at its path now.

A user, a sync tool or another program may have put a FIFO, a folder or a device where the
app keeps a file. Opening a FIFO for reading waits for a writer that never comes, so every
read here opens without blocking and reads only from a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """Something other than a regular file is at the path; `strerror` says what."""


def file_kind(mode: int) -> str:
    """What a `stat` mode that is not a regular file's is, in words for the user."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    return "a folder" if stat.S_ISDIR(mode) else "a device or socket"


def read_regular_file(path: Path, max_bytes: int, *, follow_symlinks: bool = True) -> bytes:
    """The start of the regular file at `path`: at most `max_bytes` + 1 bytes, so that a
    result longer than `max_bytes` tells the caller the file is too big, without reading it all.

    Args:
        path: The file.
        max_bytes: The most the caller accepts.
        follow_symlinks: False refuses a symbolic link (ELOOP), so that it cannot lead the read
            elsewhere (to /dev/zero, say).

    Raises:
        FileNotFoundError: Nothing is there.
        NotRegularFileError: A FIFO, a folder, a device or a socket is there.
        OSError: It cannot be opened or read; `strerror` says why.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(errno.EINVAL, f"{file_kind(mode)}, not a regular file",
                                      str(path))
        data = b""
        while len(data) <= max_bytes:
            chunk = os.read(fd, max_bytes + 1 - len(data))
            if not chunk:
                break
            data += chunk
        return data
    finally:
        os.close(fd)
