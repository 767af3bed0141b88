"""The test session never touches the real user's home, settings, autostart entries or bus."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from postureapp.adapters.autostart import DESKTOP_FILE_NAME, autostart_dir
from tests.session_env import XDG_FOLDERS

ROOT = Path(__file__).resolve().parents[1]


def test_home_and_every_xdg_folder_are_the_sessions_own() -> None:
    home = Path(os.environ["HOME"])
    assert home != Path(pwd.getpwuid(os.getuid()).pw_dir)
    for variable in (*XDG_FOLDERS, "XDG_RUNTIME_DIR"):
        assert Path(os.environ[variable]).is_relative_to(home.parent)
    assert autostart_dir().is_relative_to(home)
    assert "DISPLAY" not in os.environ


@pytest.mark.parametrize("variable", ["DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"])
def test_both_buses_are_private(variable: str) -> None:
    address = os.environ[variable]
    assert str(Path(os.environ["HOME"]).parent) in address


def test_the_app_tests_leave_a_real_autostart_entry_alone(tmp_path: Path) -> None:
    # As a developer runs them: a HOME with an autostart entry and no XDG variables set.
    home = tmp_path / "home"
    entry = home / ".config" / "autostart" / DESKTOP_FILE_NAME
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=postureapp\nExec=postureapp\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_"))}
    env["HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "tests/ui/test_app.py", "-k", "settings or first_run or delete"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert entry.exists()
