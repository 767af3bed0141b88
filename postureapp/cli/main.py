"""The `postureapp` command: starts the tray app, or runs a subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from postureapp import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the app and every subcommand."""
    parser = argparse.ArgumentParser(
        prog="postureapp",
        description=(
            "A privacy-first desktop posture coach. Without a subcommand it starts the tray app. "
            "No camera frame is ever stored or sent anywhere."
        ),
    )
    parser.add_argument("--version", action="version", version=f"postureapp {__version__}")
    parser.add_argument(
        "--camera", metavar="INDEX|VIDEO|IMAGE_DIR", default=None,
        help="camera device index, or a video file or image folder replayed (looping) as the "
             "camera",
    )
    parser.add_argument(
        "--set", metavar="KEY=VALUE", action="append", default=[], dest="overrides",
        help="override a setting for this run only (repeatable), e.g. --set sitting_limit_min=1",
    )
    parser.add_argument(
        "--config-dir", type=Path, default=_env_path("POSTUREAPP_CONFIG_DIR"),
        help="where settings live (env POSTUREAPP_CONFIG_DIR; default: the platform's config "
             "folder)",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=_env_path("POSTUREAPP_DATA_DIR"),
        help="where history lives (env POSTUREAPP_DATA_DIR; default: the platform's data folder)",
    )
    parser.add_argument("--model", type=Path, default=None,
                        help="a PoseLandmarker .task file instead of the embedded model")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from postureapp.cli import analyze, bench

    analyze.add_arguments(sub.add_parser(
        "analyze", help="run the posture pipeline on videos, images or image folders",
        description=analyze.__doc__,
    ))
    bench.add_arguments(sub.add_parser(
        "bench", help="measure what live monitoring costs (time, CPU, memory)",
        description=bench.__doc__,
    ))
    return parser


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `postureapp` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "analyze":
        from postureapp.cli.analyze import run_analyze

        return run_analyze(args)
    if args.command == "bench":
        from postureapp.cli.bench import run_bench

        return run_bench(args)
    from postureapp.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
