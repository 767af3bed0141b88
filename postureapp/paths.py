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


def default_paths(args: argparse.Namespace) -> AppPaths:
    """The folders for `args.config_dir` / `args.data_dir`, or the platform's defaults."""
    return AppPaths(
        config_dir=args.config_dir or platformdirs.user_config_path("postureapp"),
        data_dir=args.data_dir or platformdirs.user_data_path("postureapp"),
    )
