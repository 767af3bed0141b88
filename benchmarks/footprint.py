"""What the tray app costs at rest, next to the break reminders people already run.

    python benchmarks/footprint.py [--idle-s 180] [--app COMMAND] [--no-summary]

Starts a virtual desktop like a user's (Xvfb, the openbox window manager, the trayer tray host,
a private D-Bus session bus, its own XDG folders so no real settings are touched), then, at the
same time, postureapp (with a generated video replayed as the camera, sampled at the default
interval; isolated --config-dir/--data-dir; welcome and safety notes marked done) and every peer
that is installed (Workrave, Safe Eyes; a missing one is skipped with a note). After the idle
period it prints, per app: resident memory (RSS), proportional set size (PSS, from
/proc/PID/smaps_rollup, which shares libraries fairly between processes), threads, and CPU
seconds during the idle period and since launch; then postureapp's ratio to each peer.

It then locks the screen (a stand-in screen saver on the bus says so), which turns the camera
off and frees the pose model, measures again and unlocks. Unless --no-summary, it then starts
postureapp a second time, which brings the running one's summary window forward, measures with
the window open, closes it (Ctrl+W) and measures again after a short rest, which shows what the
window leaves behind. postureapp's threads are also listed by name.

`--app` is the command that starts postureapp (default: this Python's `-m postureapp`); pass
build/dist/postureapp/postureapp to measure the desktop build. Linux only; needs Xvfb, openbox,
trayer, xdotool and dbus-daemon. Uses OpenCV and matplotlib's sample photo (installed with
postureapp's test extra) to make the video.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TRAY_VISIBLE = re.compile(r"tray icon visible at")
START_TIMEOUT_S = 120.0
SUMMARY_TITLE = "Posture summary — postureapp"
SETTLE_AFTER_CLOSE_S = 20.0
SETTLE_AFTER_LOCK_S = 15.0
# A stand-in screen saver on the private bus: it owns the freedesktop name (Qt only delivers a
# service's signals from its owner), says the screen is locked, and unlocks when stdin closes.
SCREEN_SAVER = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
assert bus.registerService("org.freedesktop.ScreenSaver")
def active_changed(is_active):
    message = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    message.setArguments([is_active])
    bus.send(message)
    bus.interface().call("GetId")  # a round trip: the signal has left when it returns
active_changed(True)
print("locked", flush=True)
sys.stdin.read()
active_changed(False)
"""
PEERS = {"workrave": ["workrave"], "safeeyes": ["safeeyes"]}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True, slots=True)
class Footprint:
    """One process tree's resources at one moment."""

    rss_mb: float
    pss_mb: float
    threads: int
    cpu_s: float
    thread_names: tuple[tuple[str, int], ...] = ()
    """How many threads carry each name (/proc/PID/task/*/comm), most first."""


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (peers may start helper processes)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        queue += children.get(current, [])
    return found


def _number(text: str, key: str) -> int:
    """The number after `key:` in a /proc status-like file (kB for sizes), 0 if absent."""
    match = re.search(rf"^{key}:\s+(\d+)", text, re.MULTILINE)
    return int(match.group(1)) if match else 0


def measure(pid: int) -> Footprint:
    """RSS, PSS, threads and CPU seconds (user + system) of `pid` and its descendants."""
    rss_kib = pss_kib = threads = ticks = 0
    names: Counter[str] = Counter()
    for member in _tree(pid):
        with contextlib.suppress(OSError):
            status = Path(f"/proc/{member}/status").read_text()
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
            stat = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
            rss_kib += _number(status, "VmRSS")
            threads += _number(status, "Threads")
            pss_kib += _number(rollup, "Pss")
            ticks += int(stat[11]) + int(stat[12])  # utime, stime
            for task in Path(f"/proc/{member}/task").iterdir():
                with contextlib.suppress(OSError):
                    names[(task / "comm").read_text().strip()] += 1
    return Footprint(rss_kib / 1024, pss_kib / 1024, threads, ticks / CLOCK_TICKS,
                     tuple(names.most_common()))


def make_camera_video(path: Path, seconds: int = 20, fps: int = 5) -> None:
    """A 640x480 MJPEG video of a person at a desk (matplotlib's portrait), slightly moving."""
    import cv2
    import numpy as np
    from matplotlib import cbook

    photo = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    height, width = 480, 640
    person = cv2.resize(photo, (photo.shape[1] * height // photo.shape[0], height))
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    for i in range(seconds * fps):
        canvas = np.full((height, width, 3), 90, np.uint8)
        x = (width - person.shape[1]) // 2 + int(15 * np.sin(i / 7))
        canvas[:, x : x + person.shape[1]] = person
        writer.write(canvas)
    writer.release()


@contextlib.contextmanager
def virtual_desktop(home: Path) -> Iterator[dict[str, str]]:
    """Xvfb + openbox + trayer on a private session bus; yields the environment for apps."""
    processes: list[subprocess.Popen[bytes]] = []
    read_fd, write_fd = os.pipe()
    processes.append(subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=subprocess.DEVNULL))
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        display = ":" + reader.readline().strip()
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        **os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
        "DBUS_SESSION_BUS_ADDRESS": address, "HOME": str(home),
        "GSETTINGS_BACKEND": "memory", "NO_AT_BRIDGE": "1",
    }
    # The usual layout: Safe Eyes reads XDG_CONFIG_HOME but writes to ~/.config.
    for variable, folder in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                             ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        env[variable] = str(home / folder)
        (home / folder).mkdir(parents=True, exist_ok=True)
    env.pop("WAYLAND_DISPLAY", None)
    for name in ("QT_QPA_PLATFORM_PLUGIN_PATH", "POSTUREAPP_CONFIG_DIR", "POSTUREAPP_DATA_DIR"):
        env.pop(name, None)
    processes.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
    processes.append(subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true"], env=env, stderr=subprocess.DEVNULL))
    try:
        yield env
    finally:
        for process in [*reversed(processes), bus]:
            _stop(process)


def _stop(process: subprocess.Popen[Any]) -> None:
    """SIGTERM, and SIGKILL after 30 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_log(log: Path, pattern: re.Pattern[str], process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if pattern.search(log.read_text(errors="replace")):
            return
        if process.poll() is not None:
            sys.exit(f"postureapp exited ({process.returncode}):\n{log.read_text()}")
        time.sleep(0.1)
    sys.exit(f"postureapp showed no tray icon within {START_TIMEOUT_S:.0f} s:\n{log.read_text()}")


def _xdotool(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                            timeout=60)
    return result.stdout.strip()


def _row(name: str, footprint: Footprint, idle_cpu_s: float | None) -> str:
    idle = f"{idle_cpu_s:12.2f}" if idle_cpu_s is not None else f"{'':>12}"
    return (f"{name:<28}{footprint.rss_mb:8.0f}{footprint.pss_mb:8.0f}{footprint.threads:9d}"
            f"{idle}{footprint.cpu_s:11.2f}")


def main() -> int:
    """Run the apps side by side and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-s", type=float, default=180.0,
                        help="seconds to leave the apps alone before measuring (default 180)")
    parser.add_argument("--app", default=f"{shlex.quote(sys.executable)} -m postureapp",
                        help="command that starts postureapp (default: this Python -m postureapp)")
    parser.add_argument("--no-summary", action="store_true",
                        help="skip opening and closing the summary window")
    parser.add_argument("--json", action="store_true", help="end with the figures as JSON")
    args = parser.parse_args()
    for tool in ("Xvfb", "openbox", "trayer", "xdotool", "dbus-daemon"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing (Debian: xvfb openbox trayer xdotool dbus)")

    with tempfile.TemporaryDirectory(prefix="postureapp-footprint-") as temporary:
        work = Path(temporary)
        video = work / "camera.avi"
        make_camera_video(video)
        app_command = [*shlex.split(args.app), "--camera", str(video),
                       "--config-dir", str(work / "app-config"),
                       "--data-dir", str(work / "app-data"),
                       "--set", "first_run_done=true", "--set", "safety_acknowledged=true"]
        with virtual_desktop(work / "home") as env:
            log = work / "app.log"
            started: dict[str, subprocess.Popen[bytes]] = {}
            app_env = {**env, "POSTUREAPP_LOG": "info"}
            launched_s = time.monotonic()
            with log.open("wb") as log_file:
                started["postureapp"] = subprocess.Popen(
                    app_command, env=app_env, stdout=log_file, stderr=subprocess.STDOUT)
            for name, command in PEERS.items():
                if shutil.which(command[0]) is None:
                    print(f"note: {name} is not installed; skipped "
                          f"(Debian: apt-get install {name})")
                    continue
                started[name] = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                                 stderr=subprocess.DEVNULL)
            try:
                _wait_for_log(log, TRAY_VISIBLE, started["postureapp"])
                print(f"postureapp: tray icon after {time.monotonic() - launched_s:.1f} s; "
                      f"idle for {args.idle_s:.0f} s", flush=True)
                at_start = {name: measure(p.pid) for name, p in started.items()}
                time.sleep(args.idle_s)
                rows: dict[str, tuple[Footprint, float | None]] = {}
                for name, process in started.items():
                    if process.poll() is not None:
                        print(f"note: {name} exited early ({process.returncode})")
                        continue
                    now = measure(process.pid)
                    rows[name] = (now, now.cpu_s - at_start[name].cpu_s)
                rows.update(_locked_round(env, started["postureapp"].pid))
                if not args.no_summary:
                    rows.update(_summary_round(app_command, app_env, env,
                                               started["postureapp"].pid))
            finally:
                for process in started.values():
                    _stop(process)
            if "Traceback" in log.read_text(errors="replace"):
                print(f"warning: a traceback in postureapp's log:\n{log.read_text()}")
    _print_table(rows, args.idle_s)
    if args.json:
        print(json.dumps({name: {"rss_mb": round(f.rss_mb, 1), "pss_mb": round(f.pss_mb, 1),
                                 "threads": f.threads, "thread_names": dict(f.thread_names),
                                 "cpu_s_total": round(f.cpu_s, 2),
                                 "cpu_s_idle": None if idle is None else round(idle, 2)}
                          for name, (f, idle) in rows.items()}))
    return 0


def _locked_round(env: dict[str, str], pid: int) -> dict[str, tuple[Footprint, float | None]]:
    """Lock the screen (camera off, model freed), measure, and unlock."""
    saver = subprocess.Popen([sys.executable, "-c", SCREEN_SAVER], env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert saver.stdin is not None and saver.stdout is not None
    if saver.stdout.readline().strip() != "locked":
        print("note: could not lock the screen on the private bus; not measured")
        saver.kill()
        saver.wait()
        return {}
    time.sleep(SETTLE_AFTER_LOCK_S)
    locked = measure(pid)
    saver.stdin.close()
    saver.wait(30)
    return {"postureapp, screen locked": (locked, None)}


def _summary_round(app_command: list[str], app_env: dict[str, str], env: dict[str, str],
                   pid: int) -> dict[str, tuple[Footprint, float | None]]:
    """Open the summary (a second start brings it forward), measure, close it, measure."""
    subprocess.run(app_command, env=app_env, capture_output=True, timeout=60, check=False)
    window = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", f"^{SUMMARY_TITLE}$")
    if not window:
        print("note: the summary window did not appear; not measured")
        return {}
    time.sleep(5)  # let the charts draw
    opened = measure(pid)
    _xdotool(env, "windowactivate", "--sync", window.splitlines()[0])
    _xdotool(env, "key", "--clearmodifiers", "ctrl+w")
    time.sleep(SETTLE_AFTER_CLOSE_S)
    if _xdotool(env, "search", "--onlyvisible", "--name", f"^{SUMMARY_TITLE}$"):
        print("note: the summary window did not close")
    return {"postureapp, summary open": (opened, None),
            f"  closed, {SETTLE_AFTER_CLOSE_S:.0f} s later": (measure(pid), None)}


def _print_table(rows: dict[str, tuple[Footprint, float | None]], idle_s: float) -> None:
    print(f"\n{'':<28}{'RSS MB':>8}{'PSS MB':>8}{'threads':>9}{'CPU s idle':>12}"
          f"{'CPU s all':>11}")
    for name, (footprint, idle_cpu_s) in rows.items():
        print(_row(name, footprint, idle_cpu_s))
    print(f"(idle period {idle_s:.0f} s; CPU s idle = during it, all = since launch; "
          "MB = 2^20 bytes)")
    # Threads inherit their creator's name: those MediaPipe starts in the monitor worker carry
    # the worker's (truncated) name; "drishti" is MediaPipe's graph thread pool.
    for name, (footprint, _idle) in rows.items():
        if name.startswith(("postureapp", "  ")):
            names = ", ".join(f"{thread} x{count}" for thread, count in footprint.thread_names)
            print(f"threads of {name.strip()}: {names}")
    ours = rows.get("postureapp")
    for name in PEERS:
        if ours is not None and name in rows:
            peer = rows[name][0]
            print(f"postureapp / {name}: RSS {ours[0].rss_mb / peer.rss_mb:.1f}x, "
                  f"PSS {ours[0].pss_mb / peer.pss_mb:.1f}x, "
                  f"threads {ours[0].threads / peer.threads:.1f}x")


if __name__ == "__main__":
    sys.exit(main())
