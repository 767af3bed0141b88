"""The packaging files: valid desktop entries, an installer that writes them, a complete spec.

Building the frozen app takes too long for the test suite; packaging/smoke_test.sh checks the
build itself (see packaging/README.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postureapp.adapters.autostart import apply_start_at_login, desktop_entry

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LAUNCHER_ENTRY = PACKAGING / "linux" / "postureapp.desktop"
INSTALLER = PACKAGING / "linux" / "install-desktop-entry.sh"

needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is missing (Debian: desktop-file-utils)",
)


def _validate(entry: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


@needs_validator
def test_launcher_entry_is_a_valid_desktop_entry() -> None:
    _validate(LAUNCHER_ENTRY)


def test_launcher_entry_is_the_apps_own_entry_text() -> None:
    assert LAUNCHER_ENTRY.read_text(encoding="utf-8") == desktop_entry(
        "postureapp", autostart=False)


@needs_validator
def test_autostart_entry_is_a_valid_desktop_entry(tmp_path: Path) -> None:
    assert apply_start_at_login(True, directory=tmp_path) is None
    _validate(tmp_path / "postureapp.desktop")


@needs_validator
def test_autostart_entry_of_a_build_in_a_folder_with_spaces_is_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/My Apps/postureapp/postureapp")
    assert apply_start_at_login(True, directory=tmp_path) is None
    _validate(tmp_path / "postureapp.desktop")


@needs_validator
def test_installer_writes_a_valid_launcher_and_the_icon(tmp_path: Path) -> None:
    folder = tmp_path / 'My "Apps" $HOME\\x'
    folder.mkdir()
    executable = folder / "postureapp"
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(0o755)
    data_home = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    subprocess.run(["bash", str(INSTALLER), str(executable)], env=env, check=True,
                   capture_output=True)
    entry = data_home / "applications" / "postureapp.desktop"
    _validate(entry)
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    # Desktop Entry quoting: double quotes, \ " ` $ escaped, then every backslash doubled.
    assert exec_line == 'Exec="' + str(folder).replace("\\", "\\\\\\\\").replace(
        '"', '\\\\"').replace("$", "\\\\$") + '/postureapp"'
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "postureapp.svg"
    assert icon.read_bytes() == (ROOT / "assets" / "icons" / "postureapp.svg").read_bytes()

    subprocess.run(["bash", str(INSTALLER), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not entry.exists()
    assert not icon.exists()


def test_spec_collects_the_model_the_assets_and_mediapipes_library() -> None:
    spec = (PACKAGING / "postureapp.spec").read_text(encoding="utf-8")
    assert 'ROOT / "postureapp" / "models"' in spec
    assert '"postureapp/models"' in spec  # where adapters/mediapipe_pose.py looks when frozen
    assert '(str(ROOT / "assets"), "assets")' in spec  # where ui/resources.py looks when frozen
    assert 'collect_dynamic_libs("mediapipe")' in spec
    assert (ROOT / "postureapp" / "models" / "pose_landmarker_full.task").is_file()
    assert (ROOT / "assets" / "icons" / "postureapp.svg").is_file()
    assert (PACKAGING / "launcher.py").is_file()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert (PACKAGING / "licenses" / text).is_file()


@pytest.mark.parametrize("script", ["build.sh", "smoke_test.sh",
                                    "linux/install-desktop-entry.sh"])
def test_shell_script_parses(script: str) -> None:
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)
