"""A user's first minutes with the app on a real desktop session, scripted end to end.

On an X11 desktop (private buses, Xvfb, openbox, trayer, dunst): the tray icon appears and a
right-click opens its menu; after one minute of sitting the break window ("Break time") appears
and its notification, with Start break and Snooze, reaches the notification server;
the screen is locked for 75 s by a screen saver on the bus and unlocked; SIGTERM quits with exit
code 0; `postureapp summary --format json` then shows the locked time as away minutes and one
natural break. On Wayland (weston headless, no tray host): the status window and the due break
window appear, and SIGTERM quits with exit code 0.

`python -m tests.desktop.session_scenario [--wayland] [--screenshots DIR] APP...` runs it
against any command that starts the app (the frozen build in packaging/smoke_test.sh).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.desktop.desktops import WaylandDesktop, X11Desktop, wait_until

STEP_TIMEOUT_S = 90.0
LOCK_S = 75.0
QUIT_TIMEOUT_S = 30.0


class ScenarioFailedError(AssertionError):
    """A step did not happen as a user would expect; the message names it."""


@dataclass
class AppRun:
    """The app started with an isolated configuration, its log read as it grows."""

    argv: list[str]
    work: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes] = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.work / "app.log"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [*self.argv, *self.isolation_args(),
                 "--set", "first_run_done=true", "--set", "safety_acknowledged=true",
                 "--set", "sitting_limit_min=1", "--set", "natural_break_min=1"],
                env={**self.env, "POSTUREAPP_LOG": "info"}, stdout=log,
                stderr=subprocess.STDOUT,
            )

    def isolation_args(self) -> list[str]:
        """The app's own settings and history folders for this run."""
        return ["--config-dir", str(self.work / "config"), "--data-dir", str(self.work / "data")]

    @property
    def log(self) -> str:
        """The app's output so far."""
        return self.log_path.read_text(errors="replace")

    def wait_for(self, pattern: str) -> re.Match[str]:
        """The first match of `pattern` in the log; fails if the app exits or time runs out."""
        found: list[re.Match[str]] = []

        def matched() -> bool:
            match = re.search(pattern, self.log)
            if match:
                found.append(match)
                return True
            if self.process.poll() is not None:
                self.fail(f"the app exited ({self.process.returncode}) before {pattern!r}")
            return False

        try:
            wait_until(matched, STEP_TIMEOUT_S, repr(pattern))
        except TimeoutError as error:
            self.fail(str(error))
        return found[0]

    def quit_with_sigterm(self) -> None:
        """SIGTERM, as at logout: the app must release everything and exit with code 0."""
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(QUIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.fail(f"the app did not quit within {QUIT_TIMEOUT_S:.0f} s of SIGTERM")
        if code != 0:
            self.fail(f"the app exited with code {code} after SIGTERM (expected 0)")
        for line in ("shut down: camera released, worker stopped, history saved",
                     "monitor worker stopped: camera released, pose model closed"):
            if line not in self.log:
                self.fail(f"no {line!r} in the log")
        for bad in ("Traceback", "Exception ignored"):
            if bad in self.log:
                self.fail(f"{bad!r} in the log")

    def stop(self) -> None:
        """Kill the app if a failed step left it running."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def fail(self, message: str) -> None:
        """Raise ScenarioFailedError with the end of the app's log."""
        tail = "\n".join(self.log.splitlines()[-40:])
        raise ScenarioFailedError(f"{message}\n--- app log ---\n{tail}")


def _summary_today(app: AppRun) -> dict[str, object]:
    result = subprocess.run([*app.argv, "summary", "--format", "json", *app.isolation_args()],
                            env=app.env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        app.fail(f"postureapp summary failed ({result.returncode}): {result.stderr}")
    days = json.loads(result.stdout)
    assert isinstance(days, list) and days
    today = days[-1]
    assert isinstance(today, dict)
    return today


def run_x11(app_argv: list[str], camera: Path, work: Path,
            screenshots: Path | None = None) -> list[str]:
    """The X11 scenario; returns what was checked, one line a step."""
    done: list[str] = []
    with X11Desktop(work / "desktop") as desktop:
        app = AppRun([*app_argv, "--camera", str(camera)], work, desktop.env)
        try:
            app.wait_for(r"started \(tray: True, D-Bus session signals: [^\n]*ScreenSaver")
            placed = app.wait_for(r"tray icon visible at (-?\d+),(-?\d+) size (\d+)x(\d+)")
            x, y, w, h = (int(v) for v in placed.groups())
            done.append(f"tray icon at {x},{y} ({w}x{h}) with screen-lock signals subscribed")
            desktop.xdotool("mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
            app.wait_for(r"menu shown")
            desktop.xdotool("key", "Escape")
            done.append("a right-click opened the tray menu")

            app.wait_for(r"break prompt shown")
            try:
                wait_until(lambda: desktop.visible_windows("^Break") != [], STEP_TIMEOUT_S,
                           "a visible window titled 'Break…'")
            except TimeoutError as error:
                app.fail(str(error))
            done.append("after a minute of sitting a window titled 'Break…' is on screen")
            try:
                wait_until(lambda: _break_notification_sent(desktop.notifications_log),
                           STEP_TIMEOUT_S, "the break notification on the bus")
            except TimeoutError as error:
                app.fail(f"{error}\n--- dbus-monitor ---\n{desktop.notifications_log[-3000:]}")
            done.append("the break notification reached org.freedesktop.Notifications (dunst)")
            if screenshots is not None:
                time.sleep(1.0)  # let dunst draw its bubble
                desktop.screenshot(screenshots / "x11-break-due.png")

            _lock_for(desktop.env, app, LOCK_S)
            done.append(f"the screen was locked for {LOCK_S:.0f} s by a screen saver on the bus")
            app.quit_with_sigterm()
            done.append("SIGTERM: exit code 0, camera released, history saved")
        finally:
            app.stop()
        today = _summary_today(app)
        away_min = float(str(today["away_min"]))
        if away_min < 0.9 or int(str(today["natural_breaks"])) < 1:
            app.fail(f"the lock should be >= 0.9 away minutes and a natural break: {today}")
        done.append(f"summary: away_min {away_min}, natural_breaks {today['natural_breaks']}")
    return done


def _break_notification_sent(monitor_log: str) -> bool:
    """dbus-monitor saw a Notify call from postureapp about the break, with its actions."""
    for call in monitor_log.split("method call")[1:]:
        if ("member=Notify" in call and 'string "postureapp"' in call
                and "Time for a break" in call and 'string "start-break"' in call):
            return True
    return False


def _lock_for(env: dict[str, str], app: AppRun, seconds: float) -> None:
    with subprocess.Popen([sys.executable, "-m", "tests.desktop.screensaver_service"],
                          env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          cwd=Path(__file__).resolve().parents[2], text=True) as service:
        assert service.stdin is not None and service.stdout is not None
        try:
            if service.stdout.readline().strip() != "ready":
                app.fail("the test screen saver could not own org.freedesktop.ScreenSaver")
            for command, pattern in (("lock", r"screen locked"), ("unlock", r"screen unlocked")):
                service.stdin.write(command + "\n")
                service.stdin.flush()
                app.wait_for(pattern)
                if command == "lock":
                    time.sleep(seconds)  # a real lock of real length: the app times it itself
            service.stdin.write("quit\n")
            service.stdin.flush()
            service.wait(10)
        finally:
            if service.poll() is None:
                service.kill()


def run_wayland(app_argv: list[str], camera: Path, work: Path,
                screenshots: Path | None = None) -> list[str]:
    """The Wayland scenario; returns what was checked, one line a step."""
    done: list[str] = []
    with WaylandDesktop(work / "desktop") as desktop:
        app = AppRun([*app_argv, "--camera", str(camera)], work, desktop.env)
        try:
            app.wait_for(r"started \(tray: False")
            app.wait_for(r"status window shown")
            done.append("no tray host: the status window is shown")
            if screenshots is not None:
                time.sleep(1.0)
                desktop.screenshot(screenshots / "wayland-status-window.png")
            app.wait_for(r"break prompt shown")
            done.append("after a minute of sitting the break window is shown")
            if screenshots is not None:
                time.sleep(1.0)
                desktop.screenshot(screenshots / "wayland-break-due.png")
            app.quit_with_sigterm()
            done.append("SIGTERM: exit code 0, camera released, history saved")
        finally:
            app.stop()
    return done


def main(argv: list[str] | None = None) -> int:
    """Run a scenario against APP (e.g. build/dist/postureapp/postureapp) and print each step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wayland", action="store_true", help="weston headless instead of X11")
    parser.add_argument("--camera", type=Path, required=True,
                        help="an image folder or video replayed as the camera")
    parser.add_argument("--screenshots", type=Path, default=None,
                        help="save screenshots here (outside the repository)")
    parser.add_argument("app", nargs="+", help="the command that starts the app")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="postureapp-session-"))
    run = run_wayland if args.wayland else run_x11
    try:
        for line in run(args.app, args.camera, work, args.screenshots):
            print(f"ok: {line}", flush=True)
    except ScenarioFailedError as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
