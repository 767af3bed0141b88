"""The `postureapp` command: starts the tray app, or runs a subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Final

from postureapp import __version__
from postureapp.decoding_limits import limit_opencv_decoding
from postureapp.offline import refuse_internet_sockets


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

    from postureapp.cli import analyze, bench, ctl

    analyze.add_arguments(sub.add_parser(
        "analyze", help="run the posture pipeline on videos, images or image folders",
        description=analyze.__doc__,
    ))
    summary = sub.add_parser(
        "summary", add_help=False,
        help="daily posture summaries: summary [--date YYYY-MM-DD | --days N] "
             "[--format text|json|csv]",
    )
    summary.add_argument("summary_args", nargs=argparse.REMAINDER)
    bench.add_arguments(sub.add_parser(
        "bench", help="measure what live monitoring costs (time, CPU, memory)",
        description=bench.__doc__,
    ))
    ctl.add_arguments(sub.add_parser(
        "ctl", help="control the running app: pause 15m | resume | break | snooze | "
                    "meeting 1h | status [--json]",
        description=ctl.__doc__,
    ))
    return parser


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def _run_summary(args: argparse.Namespace) -> int:
    from postureapp.adapters.settings_file import JsonSettingsRepository
    from postureapp.cli.summary import run_summary
    from postureapp.paths import default_paths

    # The directory options may also follow the subcommand: `postureapp summary --data-dir D`.
    dirs = argparse.ArgumentParser(add_help=False)
    dirs.add_argument("--data-dir", type=Path, default=args.data_dir)
    dirs.add_argument("--config-dir", type=Path, default=args.config_dir)
    known, rest = dirs.parse_known_args(args.summary_args)
    args.data_dir, args.config_dir = known.data_dir, known.config_dir
    paths = default_paths(args)
    settings = JsonSettingsRepository(paths.config_dir).load()
    return run_summary(rest, paths.data_dir, natural_break_min=settings.natural_break_min)


# Native libraries size their thread pools by the CPU count when first imported. The app does
# one small frame at a time, so extra pools only add idle threads and their memory.
_SINGLE_THREADED_LIBRARIES: Final = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `postureapp` command; returns the exit code."""
    for variable in _SINGLE_THREADED_LIBRARIES:
        os.environ.setdefault(variable, "1")  # before numpy or OpenCV is imported
    parser = build_parser()
    # `summary` parses its own options (run_summary), so let unknown ones through to it.
    args, unknown = parser.parse_known_args(argv)
    if args.command == "summary":
        args.summary_args = unknown + args.summary_args
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command == "analyze":
        from postureapp.cli.analyze import run_analyze

        return run_analyze(args)
    if args.command == "summary":
        return _run_summary(args)
    if args.command == "bench":
        from postureapp.cli.bench import run_bench

        return run_bench(args)
    if args.command == "ctl":
        from postureapp.cli.ctl import run_ctl

        return run_ctl(args)
    from postureapp.cli.tray_app import run_app

    return run_app(args)


def entry_point() -> int:
    """What the `postureapp` command, `python -m postureapp` and the frozen build run.

    Process-wide limits come first, before any thread, model or OpenCV exists: no network, and
    no huge images. `main()` alone (as tests call it in-process) leaves the process as it is.
    """
    refuse_internet_sockets()
    limit_opencv_decoding()
    return main()


if __name__ == "__main__":
    sys.exit(entry_point())
