"""The sitting timer's snapshot in a small JSON file in the state folder, so a crash, a kill
or a logout does not forget how long the user has sat.

The file is written whole and atomically (a new file renamed over the old one, mode 0600 in a
0700 folder). Reading trusts nothing: only a regular file, at most MAX_FILE_BYTES, valid JSON
with every field of the right type and range. Anything else is one log line and a fresh start.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Final

from postureapp.adapters.export import write_text_atomic
from postureapp.adapters.regular_files import read_regular_file
from postureapp.core.sitting_timer import SnapshotError, TimerSnapshot

LOG = logging.getLogger("postureapp")

MAX_FILE_BYTES: Final = 16 * 1024
"""A snapshot is a few hundred bytes; a bigger file is not one, and is not read further."""

_DIR_MODE: Final = 0o700


class TimerStateReadError(Exception):
    """The state file is there but cannot be used; the message says why."""


class JsonTimerStateFile:
    """The snapshot in one JSON file (implements `TimerStateStore`)."""

    def __init__(self, path: Path) -> None:
        """Keep the snapshot at `path`; its folder is made (0700) on the first save."""
        self.path = path
        self._is_save_failing = False

    def load(self) -> TimerSnapshot | None:
        """The snapshot saved last; None (with a log line) when missing or not trustworthy."""
        try:
            raw = self._read()
            if raw is None:
                return None
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise TimerStateReadError(f"holds {type(data).__name__}, not an object")
            return TimerSnapshot.from_dict(data)
        except (TimerStateReadError, SnapshotError, UnicodeDecodeError, ValueError,
                RecursionError) as error:
            LOG.warning("sitting timer state %s not used (%s): the count starts afresh",
                        self.path, error)
            return None

    def save(self, snapshot: TimerSnapshot) -> None:
        """Replace the file with `snapshot`; a failure (disk full, read-only) is logged once
        until a save works again, and the app carries on."""
        text = json.dumps(snapshot.to_dict(), sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
            write_text_atomic(self.path, text)  # mkstemp: mode 0600 from the start
        except OSError as error:
            if not self._is_save_failing:
                LOG.warning("sitting timer state not saved to %s: %s", self.path, error)
            self._is_save_failing = True
            return
        if self._is_save_failing:
            LOG.info("sitting timer state saved again to %s", self.path)
        self._is_save_failing = False

    def _read(self) -> bytes | None:
        try:
            raw = read_regular_file(self.path, MAX_FILE_BYTES, follow_symlinks=False)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise TimerStateReadError(error.strerror or str(error)) from None
        if len(raw) > MAX_FILE_BYTES:
            raise TimerStateReadError(f"larger than {MAX_FILE_BYTES // 1024} KB")
        return raw


class NullTimerStateStore:
    """Keeps nothing: every start begins a fresh count (tests, or no state folder)."""

    def load(self) -> TimerSnapshot | None:
        """Nothing was kept."""
        return None

    def save(self, snapshot: TimerSnapshot) -> None:
        """Forget `snapshot`."""
