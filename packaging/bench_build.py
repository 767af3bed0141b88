"""How big the frozen build is and how fast it starts: a benchmark, not a test.

    python3 packaging/bench_build.py [--app build/dist/postureapp/postureapp] [--runs 3]

Prints the size of the build folder in MB, then the seconds from launching the frozen app on a
virtual desktop (Xvfb with the trayer tray host) to its "tray icon visible" log line, per run and
the median. Each run uses fresh settings and history folders (the welcome dialogs skipped) and
replays a photo as the camera, so the pose model loads as it would with a webcam; the cache
folder is shared, so the first run is a cold start and the others are warm. Needs Xvfb and
trayer; uses only the standard library. `--app .venv/bin/postureapp` times a venv's start instead.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAY_VISIBLE = re.compile(r"tray icon visible at")
TIMEOUT_S = 120.0


def folder_size_mb(folder: Path) -> float:
    """Bytes of every file under `folder` (symlinks not followed), in MB (10^6 bytes)."""
    total = sum(path.lstat().st_size for path in folder.rglob("*")
                if path.is_file() and not path.is_symlink())
    return total / 1e6


@contextmanager
def virtual_desktop(cache_dir: str) -> Iterator[dict[str, str]]:
    """An Xvfb display with a tray host; yields the environment to start apps in.

    The apps' XDG cache folder is `cache_dir`, so the first run starts cold and later runs warm,
    as after installing.
    """
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        display = ":" + reader.readline().strip()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "POSTUREAPP_LOG": "info",
           "XDG_CACHE_HOME": cache_dir}
    env.pop("WAYLAND_DISPLAY", None)
    trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                               "request", "--height", "32", "--SetDockType", "true"],
                              env=env, stderr=subprocess.DEVNULL)
    try:
        yield env
    finally:
        trayer.terminate()
        xvfb.terminate()
        trayer.wait(10)
        xvfb.wait(10)


def seconds_to_tray_icon(app: Path, env: dict[str, str], photos: Path, work: Path) -> float:
    """Launch the app, wait for its tray icon, quit it; the seconds from launch to the icon."""
    log_path = work / "app.log"
    with log_path.open("wb") as log:
        started = time.monotonic()
        process = subprocess.Popen(
            [str(app), "--camera", str(photos), "--config-dir", str(work / "config"),
             "--data-dir", str(work / "data"), "--set", "first_run_done=true",
             "--set", "safety_acknowledged=true"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            while time.monotonic() - started < TIMEOUT_S:
                if TRAY_VISIBLE.search(log_path.read_text(errors="replace")):
                    elapsed_s = time.monotonic() - started
                    break
                if process.poll() is not None:
                    sys.exit(f"the app exited ({process.returncode}) before its tray icon "
                             f"showed:\n{log_path.read_text(errors='replace')}")
                time.sleep(0.02)
            else:
                sys.exit(f"no tray icon within {TIMEOUT_S:.0f} s:\n"
                         f"{log_path.read_text(errors='replace')}")
            process.send_signal(signal.SIGTERM)
            process.wait(30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    return elapsed_s


def main() -> int:
    """Print the build's size and its median start-up time to the tray icon."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path,
                        default=ROOT / "build" / "dist" / "postureapp" / "postureapp")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app: Path = args.app
    if not app.is_file():
        sys.exit(f"no frozen app at {app}; build it first: bash packaging/build.sh")
    # matplotlib's sample photo, from the development venv (the build leaves matplotlib out).
    sample_data = "matplotlib/mpl-data/sample_data/grace_hopper.jpg"
    photo = next(iter(ROOT.glob(f".venv/lib/python3*/site-packages/{sample_data}")), None)
    if photo is None:
        sys.exit("grace_hopper.jpg is not in the .venv's matplotlib sample data")

    if (app.parent / "_internal").is_dir():
        size_mb = folder_size_mb(app.parent)
        print(f"build folder {app.parent}: {size_mb:.0f} MB ({size_mb * 1e6 / 2**20:.0f} MiB)")
    timings_s = []
    with tempfile.TemporaryDirectory(prefix="postureapp-bench-") as temporary, \
            virtual_desktop(str(Path(temporary) / "cache")) as env:
        photos = Path(temporary) / "photos"
        photos.mkdir()
        (photos / photo.name).write_bytes(photo.read_bytes())
        for run in range(1, args.runs + 1):
            work = Path(temporary) / f"run{run}"
            work.mkdir()
            timings_s.append(seconds_to_tray_icon(app, env, photos, work))
            print(f"run {run}: {timings_s[-1]:.2f} s from launch to the tray icon")
    print(f"start-up to the tray icon: median {statistics.median(timings_s):.2f} s "
          f"over {len(timings_s)} runs (Xvfb + trayer)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
