"""The real app on a real (virtual) desktop: Xvfb with a tray host, driven with real clicks.

Needs Xvfb, trayer and xdotool (Debian: xvfb trayer xdotool, plus libxcb-cursor0 for Qt's xcb
plugin). Skipped when they are missing, unless POSTUREAPP_REQUIRE_DESKTOP=1 (CI sets it and
installs them), in which case their absence fails the test.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.photos import write_video

pytestmark = pytest.mark.desktop

TOOLS = ("Xvfb", "trayer", "xdotool")
STEP_TIMEOUT_S = 60.0


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"missing {', '.join(missing)} (Debian: xvfb trayer xdotool libxcb-cursor0)"
        if os.environ.get("POSTUREAPP_REQUIRE_DESKTOP") == "1":
            pytest.fail(message)
        pytest.skip(message)


class _Log:
    """Collects a process's stderr lines as they arrive (read in a thread-free way)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def wait_for(self, pattern: str, process: subprocess.Popen[bytes]) -> re.Match[str]:
        # Waiting on an external process is unavoidable here; poll its log with a deadline.
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while time.monotonic() < deadline:
            text = self.path.read_text(errors="replace") if self.path.exists() else ""
            match = re.search(pattern, text)
            if match:
                return match
            if process.poll() is not None:
                pytest.fail(f"the app exited ({process.returncode}) before {pattern!r}:\n{text}")
            time.sleep(0.1)
        pytest.fail(f"timed out waiting for {pattern!r}:\n{self.path.read_text(errors='replace')}")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    _require_tools()
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        display = ":" + reader.readline().strip()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
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


def test_tray_icon_appears_menu_opens_and_sigterm_quits_cleanly(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    video = write_video(tmp_path / "camera.avi", frames=10)
    log_path = tmp_path / "app.log"
    env = {**desktop, "POSTUREAPP_LOG": "info"}
    with log_path.open("wb") as log_file:
        app = subprocess.Popen(
            [sys.executable, "-m", "postureapp", "--camera", str(video),
             "--config-dir", str(tmp_path / "config"), "--data-dir", str(tmp_path / "data"),
             "--set", "first_run_done=true", "--set", "safety_acknowledged=true"],
            env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
        try:
            log = _Log(log_path)
            log.wait_for(r"started \(tray: True", app)
            placed = log.wait_for(r"tray icon visible at (-?\d+),(-?\d+) size (\d+)x(\d+)", app)
            x, y, w, h = (int(v) for v in placed.groups())
            subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2),
                            "click", "3"], env=env, check=True)
            log.wait_for(r"menu shown", app)
            subprocess.run(["xdotool", "key", "Escape"], env=env, check=True)
            app.send_signal(signal.SIGTERM)
            assert app.wait(30) == 0
        finally:
            if app.poll() is None:
                app.kill()
    text = log_path.read_text(errors="replace")
    assert "shut down: camera released, worker stopped, history saved" in text
    assert "monitor worker stopped: camera released, pose model closed" in text
    assert "Exception ignored" not in text
    assert "Traceback" not in text
