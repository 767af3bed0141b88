"""One instance per settings folder."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from postureapp.ui.desktop_session import SingleInstance, instance_key


def test_a_second_start_wakes_the_first(qtbot: QtBot) -> None:
    key = f"postureapp-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(key)
    assert not first.notify_running_instance(timeout_ms=200)  # nobody running yet
    assert first.listen()
    second = SingleInstance(key)
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.notify_running_instance()
    first.close()
    assert not SingleInstance(key).notify_running_instance(timeout_ms=200)


def test_a_stale_socket_from_a_crash_does_not_block_starting(qapp: QApplication) -> None:
    key = f"postureapp-test-{uuid.uuid4().hex[:8]}"
    # A crashed process leaves its socket file behind without anyone listening on it.
    leftover = Path(QDir.tempPath()) / key
    leftover.write_text("")
    again = SingleInstance(key)
    assert again.listen()
    again.close()


def test_instance_key_differs_per_settings_folder(tmp_path: Path) -> None:
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "a")
