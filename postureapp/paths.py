"""Where this instance keeps its files: from the command line or environment, else the
platform's usual folders (on Linux ~/.config/postureapp and ~/.local/share/postureapp)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import platformdirs


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
