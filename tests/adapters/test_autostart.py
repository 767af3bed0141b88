"""The XDG autostart entry the start-at-login setting writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postureapp.adapters.autostart import (
    DESKTOP_FILE_NAME,
    NoAutostart,
    XdgAutostart,
    apply_start_at_login,
    autostart_dir,
    desktop_entry,
    exec_quote,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is Linux")


@linux_only
def test_enabling_writes_an_entry_and_disabling_removes_it(tmp_path: Path) -> None:
    assert apply_start_at_login(True, tmp_path) is None
    entry = (tmp_path / DESKTOP_FILE_NAME).read_text()
    assert "Exec=" in entry and "postureapp" in entry
    assert "X-GNOME-Autostart-enabled=true" in entry
    assert apply_start_at_login(False, tmp_path) is None
    assert not (tmp_path / DESKTOP_FILE_NAME).exists()
    assert apply_start_at_login(False, tmp_path) is None  # nothing to remove is fine


@linux_only
def test_an_unwritable_place_gives_a_message_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be")
    message = apply_start_at_login(True, blocker)
    assert message is not None and "start at login" in message


def test_entry_is_valid_for_desktop_file_validate(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    entry = tmp_path / DESKTOP_FILE_NAME
    entry.write_text(desktop_entry("/usr/bin/postureapp", autostart=True))
    text = entry.read_text()
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application" in text and "Name=postureapp" in text
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("path", "exec_value"), [
    ("/usr/bin/postureapp", "/usr/bin/postureapp"),
    ("/opt/My Apps/postureapp", '"/opt/My Apps/postureapp"'),
    ('/opt/a"b$c\\d/postureapp', '"/opt/a\\\\"b\\\\$c\\\\\\\\d/postureapp"'),
])
def test_exec_values_are_quoted_the_desktop_entry_way(path: str, exec_value: str) -> None:
    assert exec_quote(path) == exec_value


@linux_only
def test_the_xdg_adapter_writes_where_it_was_given_and_the_null_one_nowhere(
    tmp_path: Path,
) -> None:
    assert XdgAutostart(tmp_path / "autostart").apply(True) is None
    assert (tmp_path / "autostart" / DESKTOP_FILE_NAME).exists()
    assert XdgAutostart(tmp_path / "autostart").apply(False) is None
    assert not (tmp_path / "autostart" / DESKTOP_FILE_NAME).exists()
    assert NoAutostart().apply(True) is None
    assert not (autostart_dir() / DESKTOP_FILE_NAME).exists()  # the (test session's) own folder

