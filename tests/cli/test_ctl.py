"""`postureapp ctl`: bad input, no running app, and the real app driven by real ctl processes
(and by `gdbus call` on the test session's private bus)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from postureapp.cli.main import main
from postureapp.core.control import STATUS_KEYS
from tests.photos import write_video
from tests.running_app import CTL_TIMEOUT_S, RunningApp, ctl, start_app
from tests.session_env import IsolatedSession


def test_an_invalid_duration_is_exit_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ctl", "pause", "soon", "--config-dir", str(tmp_path)]) == 2
    assert "not a duration: 'soon'" in capsys.readouterr().err


def test_an_unknown_command_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["ctl", "dance"])
    assert exited.value.code == 2
    assert "invalid choice: 'dance'" in capsys.readouterr().err


def test_with_no_app_running_ctl_says_so_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ctl", "status", "--json", "--config-dir", str(tmp_path / "config")]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no postureapp is running" in captured.err
    assert str(tmp_path / "config") in captured.err


# -- against the real app --------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """One real app for the tests below (starting one takes seconds); each test leaves it
    sitting, unpaused and out of meetings, as it found it."""
    tmp_path = tmp_path_factory.mktemp("ctl-app")
    video = write_video(tmp_path / "camera.avi", frames=10)
    running = start_app(video, tmp_path, tmp_path / "app.log")
    try:
        yield running
        running.process.send_signal(signal.SIGTERM)
        assert running.process.wait(30) == 0
    finally:
        running.stop_if_running()
    assert "Traceback" not in running.log_text()


def test_ctl_pauses_shows_and_resumes_the_running_app(app: RunningApp) -> None:
    paused = app.ctl("pause", "15m")
    assert paused.returncode == 0, paused.stderr
    assert "Paused for 15 more min" in paused.stdout
    record = app.status()
    assert record["paused"] is True
    assert record["pause_remaining_min"] == 15
    assert record["state"] == "paused"
    # POSTUREAPP_CONFIG_DIR reaches the same instance.
    by_env = ctl("status", "--json", env={**os.environ,
                                          "POSTUREAPP_CONFIG_DIR": str(app.config_dir)})
    assert json.loads(by_env.stdout)["paused"] is True
    resumed = app.ctl("resume")
    assert resumed.returncode == 0, resumed.stderr
    assert app.status()["paused"] is False


def test_ctl_reports_what_the_app_refuses_with_exit_1(app: RunningApp) -> None:
    snoozed = app.ctl("snooze", "--json")
    assert snoozed.returncode == 1
    assert "no break is due" in snoozed.stderr
    assert json.loads(snoozed.stdout)["break_due"] is False


def test_ctl_meeting_holds_breaks_until_over(app: RunningApp) -> None:
    held = app.ctl("meeting", "1h", "--json")
    assert held.returncode == 0, held.stderr
    assert json.loads(held.stdout)["in_meeting"] is True
    assert app.ctl("meeting", "over").returncode == 0
    assert app.status()["in_meeting"] is False


def test_a_second_start_finds_the_running_app(app: RunningApp) -> None:
    second = subprocess.run(
        [sys.executable, "-m", "postureapp", "--config-dir", str(app.config_dir)],
        capture_output=True, text=True, timeout=CTL_TIMEOUT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert second.returncode == 0
    assert "already running" in second.stderr
    assert app.process.poll() is None


def _gdbus(method: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.postureapp.Coach", "--object-path",
         "/org/postureapp/Coach", "--method", f"org.postureapp.Coach.{method}", *args],
        capture_output=True, text=True, timeout=CTL_TIMEOUT_S)


def _wait_for_line(path: Path, *parts: str) -> str:
    deadline = time.monotonic() + CTL_TIMEOUT_S
    while time.monotonic() < deadline:
        for line in path.read_text(errors="replace").splitlines():
            if all(part in line for part in parts):
                return line
        time.sleep(0.1)
    pytest.fail(f"no line with {parts} in:\n{path.read_text(errors='replace')}")


def test_gdbus_pauses_and_resumes_the_running_app(
    app: RunningApp, isolated_session: IsolatedSession, tmp_path: Path
) -> None:
    if not isolated_session.has_buses or shutil.which("gdbus") is None:
        pytest.skip("needs dbus-daemon and gdbus (Debian: dbus-daemon, libglib2.0-bin)")
    signals = tmp_path / "monitor.log"
    with signals.open("w") as out:
        monitor = subprocess.Popen(["gdbus", "monitor", "--session", "--dest",
                                    "org.postureapp.Coach"], stdout=out, stderr=out)
    try:
        _wait_for_line(signals, "is owned by")  # listening from here on
        paused = _gdbus("Pause", "uint32 900")  # typed: not left to introspection under load
        assert paused.returncode == 0, paused.stderr
        assert "'paused': <true>" in paused.stdout
        # Not the first StatusChanged: a minute may tick over (sitting_min changes) before the
        # pause, and that record is published too.
        changed = _wait_for_line(signals, "org.postureapp.Coach.StatusChanged",
                                 "'paused': <true>")
        assert "'pause_remaining_min': <15>" in changed
    finally:
        monitor.terminate()
        monitor.wait(10)
    assert app.status()["pause_remaining_min"] == 15
    assert _gdbus("Resume").returncode == 0
    assert app.status()["paused"] is False
    refused = _gdbus("Snooze")
    assert refused.returncode != 0
    assert "org.postureapp.Coach.Error.Refused: no break is due" in refused.stderr


def test_the_readme_documents_every_status_key_and_exit_code() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Control from outside", 1)[1].split("\n## ", 1)[0]
    for key in STATUS_KEYS:
        assert f"| `{key}` |" in section, key
    for code in ("`0` done", "`1` refused", "`2` invalid input", "`3` no running instance"):
        assert code in section


def test_the_app_does_not_start_without_a_private_folder_for_its_socket(tmp_path: Path) -> None:
    (tmp_path / "cache" / "postureapp").mkdir(parents=True)
    (tmp_path / "cache" / "postureapp" / "run").write_text("")  # where the folder would go
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("XDG_RUNTIME_DIR")
    result = subprocess.run(
        [sys.executable, "-m", "postureapp", "--config-dir", str(tmp_path / "c"),
         "--data-dir", str(tmp_path / "d")],
        capture_output=True, text=True, timeout=CTL_TIMEOUT_S, env=env)
    assert result.returncode == 1
    assert "cannot make a private folder" in result.stderr
    assert "set XDG_RUNTIME_DIR" in result.stderr
