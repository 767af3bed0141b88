"""Where this instance keeps its files: from the command line or environment, else the
platform's usual folders (on Linux ~/.config/postureapp and ~/.local/share/postureapp)."""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

LOG = logging.getLogger("postureapp")


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The settings folder and the history folder."""

    config_dir: Path
    data_dir: Path


def held_history_dirs() -> tuple[Path, ...]:
    """Where history the data folder refused (disk full, read-only) waits for the next start.

    The state folder first (~/.local/state/postureapp), then the runtime folder
    ($XDG_RUNTIME_DIR/postureapp: in memory, so it still has room when the disk is full, but it
    is emptied at logout).
    """
    return (platformdirs.user_state_path("postureapp"),
            platformdirs.user_runtime_path("postureapp"))


def default_paths(args: argparse.Namespace) -> AppPaths:
    """The folders for `args.config_dir` / `args.data_dir`, or the platform's defaults."""
    return AppPaths(
        config_dir=args.config_dir or platformdirs.user_config_path("postureapp"),
        data_dir=args.data_dir or platformdirs.user_data_path("postureapp"),
    )


class RuntimeDirError(OSError):
    """No folder only this user can reach could be found or made for the instance socket."""


def runtime_dir() -> Path:
    """A folder only this user can reach, for the single-instance socket.

    `$XDG_RUNTIME_DIR` when it is set and private (a folder of this user's, mode 0700, as the
    XDG spec requires); otherwise a `run` folder in the user's cache folder, made with mode 0700.
    Never the shared temporary folder, where another user could take the name first.

    Raises:
        RuntimeDirError: If neither can be used.
    """
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg:
        problem = _why_not_private(Path(xdg))
        if not problem:
            return Path(xdg)
        LOG.warning("not using XDG_RUNTIME_DIR=%s: it %s", xdg, problem)
    fallback = platformdirs.user_cache_path("postureapp") / "run"
    try:
        fallback.mkdir(mode=0o700, parents=True, exist_ok=True)
        _tighten(fallback)
    except OSError as error:
        raise RuntimeDirError(f"cannot make a private folder {fallback}: {error}") from None
    problem = _why_not_private(fallback)
    if problem:
        raise RuntimeDirError(f"{fallback} {problem}")
    return fallback


def instance_socket_path(config_dir: Path) -> Path:
    """The single-instance (and `postureapp ctl`) socket: one per settings folder, so an
    isolated instance (another --config-dir) may run beside the usual one.

    Raises:
        RuntimeDirError: See `runtime_dir`.
    """
    return runtime_dir() / f"postureapp-{_instance_digest(config_dir)}.sock"


def timer_state_path(config_dir: Path) -> Path:
    """The sitting timer's snapshot, in the state folder (~/.local/state/postureapp): one per
    settings folder, like the instance socket, so an isolated instance keeps its own count."""
    return (platformdirs.user_state_path("postureapp")
            / f"sitting-timer-{_instance_digest(config_dir)}.json")


def _instance_digest(config_dir: Path) -> str:
    return hashlib.sha256(str(config_dir.resolve()).encode()).hexdigest()[:12]


def _own_uid() -> int | None:
    # Windows has no uids; there the folder lies in the user's own profile, private by its ACLs.
    getuid = getattr(os, "getuid", None)
    return None if getuid is None else int(getuid())


def _tighten(folder: Path) -> None:
    # Our own folder from an older version, or made by hand, may be open to others: close it.
    info = folder.lstat()
    if stat.S_ISDIR(info.st_mode) and info.st_uid == _own_uid() and info.st_mode & 0o077:
        folder.chmod(0o700)


def _why_not_private(path: Path) -> str:
    try:
        info = path.lstat()
    except OSError as error:
        return f"cannot be read: {error.strerror}"
    if not stat.S_ISDIR(info.st_mode):
        return "is not a folder"
    uid = _own_uid()
    if uid is None:
        return ""
    if info.st_uid != uid:
        return f"belongs to another user (uid {info.st_uid})"
    if info.st_mode & 0o077:
        return f"is open to other users (mode {stat.S_IMODE(info.st_mode):o})"
    return ""
