"""Desktops like a user's, started from Debian's packages for one test and stopped after it.

`X11Desktop`: private session and system buses, Xvfb, openbox (window manager), trayer (an XEmbed
tray host, as Xfce, MATE, LXDE and i3 bars offer) and dunst (a notification server), with
dbus-monitor recording what reaches org.freedesktop.Notifications. `WaylandDesktop`: weston's
headless backend (rendering with pixman, so screenshots show what a user would see), with no
tray host, as GNOME on Wayland without AppIndicator.

Used by the desktop tests (the app from this checkout) and by packaging/smoke_test.sh (the
frozen build), through `python -m tests.desktop.session_scenario`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self

X11_TOOLS = ("dbus-daemon", "dbus-monitor", "Xvfb", "openbox", "trayer", "dunst", "xdotool")
WAYLAND_TOOLS = ("dbus-daemon", "weston", "weston-screenshooter")
DEBIAN_PACKAGES = "dbus-daemon xvfb openbox trayer dunst xdotool weston libxcb-cursor0"
STARTUP_TIMEOUT_S = 30.0


class DesktopUnavailableError(RuntimeError):
    """A program the desktop needs is not installed."""


def missing_tools(tools: tuple[str, ...]) -> list[str]:
    """The programs in `tools` that are not on PATH."""
    return [tool for tool in tools if shutil.which(tool) is None]


def wait_until(condition: object, timeout_s: float, what: str) -> None:
    """Poll `condition()` (a callable) until it is true, or raise TimeoutError naming `what`.

    Waiting on other processes cannot be driven by a fake clock, so this polls with a deadline.
    """
    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")


class _Desktop:
    """Processes started in order and stopped in reverse; `env` is what an app there sees."""

    tools: tuple[str, ...] = ()

    def __init__(self, work: Path) -> None:
        missing = missing_tools(self.tools)
        if missing:
            raise DesktopUnavailableError(
                f"missing {', '.join(missing)} (Debian: apt-get install {DEBIAN_PACKAGES})")
        self.work = work
        self.work.mkdir(parents=True, exist_ok=True)
        self._processes: list[subprocess.Popen[bytes]] = []
        runtime = work / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        self.env = {key: value for key, value in os.environ.items()
                    if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        self.env.update({"XDG_RUNTIME_DIR": str(runtime),
                         "XDG_CACHE_HOME": str(work / "cache")})

    def start(self, argv: list[str], log_name: str | None = None,
              pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
        """Start a process in this desktop, its output in `log_name` under `work`."""
        if log_name is None:
            process = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, start_new_session=True,
                                       pass_fds=pass_fds)
        else:
            with (self.work / log_name).open("wb") as output:
                process = subprocess.Popen(argv, env=self.env, stdout=output,
                                           stderr=subprocess.STDOUT, start_new_session=True,
                                           pass_fds=pass_fds)
        self._processes.append(process)
        return process

    def _start_buses(self) -> None:
        for variable in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"):
            bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                                   env=self.env, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
            assert bus.stdout is not None
            self.env[variable] = bus.stdout.readline().decode().strip()
            bus.stdout.close()  # it prints the address once
            self._processes.append(bus)

    def stop(self) -> None:
        """Stop every process, the last started first."""
        for process in reversed(self._processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
        self._processes.clear()

    def __enter__(self) -> Self:
        try:
            self._start_buses()
            self._start_session()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def _start_session(self) -> None:
        raise NotImplementedError

    def screenshot(self, path: Path) -> None:
        """Save what the screen shows now as a PNG (for a person to look at)."""
        raise NotImplementedError


class X11Desktop(_Desktop):
    """Xvfb + openbox + trayer + dunst on private buses, like an Xfce or LXDE login."""

    tools = X11_TOOLS

    def _start_session(self) -> None:
        read_fd, write_fd = os.pipe()
        self.start(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                    "-nolisten", "tcp"], pass_fds=(write_fd,))
        os.close(write_fd)
        with os.fdopen(read_fd) as reader:
            self.env["DISPLAY"] = ":" + reader.readline().strip()
        self.env["QT_QPA_PLATFORM"] = "xcb"
        self.start(["openbox"], "openbox.log")
        self.start(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                    "--height", "32", "--SetDockType", "true"], "trayer.log")
        self.start(["dbus-monitor", "--session",
                    "interface='org.freedesktop.Notifications'"], "notifications.log")
        self.start(["dunst"], "dunst.log")
        wait_until(lambda: self._owns("org.freedesktop.Notifications"), STARTUP_TIMEOUT_S,
                   "dunst to own org.freedesktop.Notifications")

    def _owns(self, name: str) -> bool:
        result = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
            env=self.env, capture_output=True, text=True)
        return "boolean true" in result.stdout

    @property
    def notifications_log(self) -> str:
        """What dbus-monitor saw of org.freedesktop.Notifications so far."""
        return (self.work / "notifications.log").read_text(errors="replace")

    def visible_windows(self, name_pattern: str) -> list[str]:
        """The ids of mapped windows whose title matches `name_pattern`."""
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name_pattern],
                                env=self.env, capture_output=True, text=True)
        return result.stdout.split()

    def xdotool(self, *arguments: str) -> None:
        """Move the mouse or type keys, as a user would."""
        subprocess.run(["xdotool", *arguments], env=self.env, check=True)

    def screenshot(self, path: Path) -> None:
        """Save the screen as a PNG with imagemagick's `import`, where it is installed."""
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False)


class WaylandDesktop(_Desktop):
    """weston's headless backend on private buses, with no tray host."""

    tools = WAYLAND_TOOLS

    def _start_session(self) -> None:
        socket = "postureapp-wayland"
        self.start(["weston", "--backend=headless-backend.so", "--use-pixman", "--debug",
                    f"--socket={socket}", "--width=1280", "--height=800", "--idle-time=0"],
                   "weston.log")
        runtime = Path(self.env["XDG_RUNTIME_DIR"])
        wait_until(lambda: (runtime / socket).exists(), STARTUP_TIMEOUT_S, "weston's socket")
        self.env.update({"WAYLAND_DISPLAY": socket, "QT_QPA_PLATFORM": "wayland"})

    def screenshot(self, path: Path) -> None:
        """Save the compositor's output as a PNG (weston writes it into the working folder)."""
        shots = self.work / "shots"
        shots.mkdir(exist_ok=True)
        before = set(shots.iterdir())
        subprocess.run(["weston-screenshooter"], env=self.env, cwd=shots, check=True, timeout=30)
        (new,) = set(shots.iterdir()) - before
        new.replace(path)
