"""The real app as a process on desktops like a user's: X11 with a tray host and a notification
server on a session bus, and Wayland without a tray (see session_scenario.py for the steps).

Needs Debian's dbus-daemon, xvfb, openbox, trayer, dunst, xdotool and weston. Skipped with the
reason when they are missing, unless POSTUREAPP_REQUIRE_DESKTOP=1 (CI sets it and installs
them), in which case their absence fails the test.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.desktop.desktops import DEBIAN_PACKAGES, WAYLAND_TOOLS, X11_TOOLS
from tests.desktop.session_scenario import run_wayland, run_x11
from tests.photos import GRACE_HOPPER
from tests.session_bus import require_tools

pytestmark = pytest.mark.desktop
APP = [sys.executable, "-m", "postureapp"]


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    (folder / GRACE_HOPPER.name).write_bytes(GRACE_HOPPER.read_bytes())
    return folder


@pytest.mark.parametrize(("tools", "scenario"), [(X11_TOOLS, run_x11),
                                                 (WAYLAND_TOOLS, run_wayland)],
                         ids=["x11-tray-dunst", "wayland-no-tray"])
def test_the_app_on_a_real_desktop_session(
    tools: tuple[str, ...], scenario: Callable[[list[str], Path, Path], list[str]],
    camera: Path, tmp_path: Path,
) -> None:
    require_tools(*tools, hint=f"Debian: {DEBIAN_PACKAGES}")
    steps = scenario(APP, camera, tmp_path / "run")
    assert steps  # each step raises ScenarioFailedError with the app's log when it goes wrong
