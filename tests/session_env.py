"""The test session's own home, XDG folders and D-Bus buses, so no test touches the user's.

Tests run where users are: on a real desktop there is always a session bus (and a system bus),
so where `dbus-daemon` exists the suite gets a private pair of buses, started before any Qt
object and stopped at the end. Without `dbus-daemon` both addresses point at nothing, so a test
can never reach the developer's real bus and its notification server or screen saver.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

XDG_FOLDERS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
    "XDG_CACHE_HOME": ".cache",
}
# Variables that point at the user's desktop; a test that needs one sets it itself.
DESKTOP_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "POSTUREAPP_CONFIG_DIR", "POSTUREAPP_DATA_DIR")


@dataclass
class IsolatedSession:
    """The isolated environment: a temporary home and, where possible, private buses."""

    root: Path
    buses: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def has_buses(self) -> bool:
        """True when private session and system buses are running."""
        return bool(self.buses)

    def close(self) -> None:
        """Delete the temporary home. The buses end with this process (see _end_with_us)."""
        shutil.rmtree(self.root, ignore_errors=True)


PR_SET_PDEATHSIG = 1


def _end_with_us() -> None:
    """In the bus's child process: receive SIGTERM when the test process ends.

    Stopping a bus while Qt's D-Bus thread still holds connections to it, as pytest's unconfigure
    would, races Qt's disconnect handling against the interpreter's shut-down (seen as a rare
    segfault after the summary line); a bus that outlives every connection cannot.
    """
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _start_bus(config: Path) -> tuple[subprocess.Popen[bytes], str]:
    process = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=_end_with_us,
    )
    assert process.stdout is not None
    address = process.stdout.readline().decode().strip()
    process.stdout.close()  # it prints the address once
    if not address:
        process.kill()
        raise RuntimeError("dbus-daemon printed no address")
    return process, address


def write_bus_config(config: Path, listen_dir: Path, services_dir: Path | None = None) -> Path:
    """Write a session-type bus config for a socket in `listen_dir` that lets anyone own any
    name, so test services may own org.freedesktop.login1 or org.freedesktop.Notifications;
    `services_dir` lets the bus start services on demand."""
    services = f"<servicedir>{services_dir}</servicedir>" if services_dir is not None else ""
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type>"
        f"<listen>unix:dir={listen_dir}</listen>{services}"
        "<auth>EXTERNAL</auth>"
        "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
        "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
        "</busconfig>\n",
        encoding="utf-8",
    )
    return config


def isolate() -> IsolatedSession:
    """Point HOME, the XDG folders and both D-Bus addresses at private ones for this process
    and everything it starts."""
    root = Path(tempfile.mkdtemp(prefix="postureapp-tests-"))
    home = root / "home"
    runtime = root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    os.environ["HOME"] = str(home)
    for variable, relative in XDG_FOLDERS.items():
        (home / relative).mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(home / relative)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    # The app follows the system's language: the tests read English texts and dates whatever
    # the tester's own locale (tests that want another language choose it themselves).
    os.environ["LC_ALL"] = "C.UTF-8"
    os.environ.pop("LANGUAGE", None)
    for variable in DESKTOP_VARIABLES:
        os.environ.pop(variable, None)
    session = IsolatedSession(root)
    if shutil.which("dbus-daemon") is None:
        nowhere = f"unix:path={root / 'no-bus'}"
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = nowhere
        os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = nowhere
        return session
    for variable, name in (("DBUS_SESSION_BUS_ADDRESS", "session"),
                           ("DBUS_SYSTEM_BUS_ADDRESS", "system")):
        process, address = _start_bus(write_bus_config(root / f"{name}-bus.conf", root))
        session.buses.append(process)
        os.environ[variable] = address
    return session
