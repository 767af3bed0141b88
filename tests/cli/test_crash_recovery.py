"""The real app killed with SIGKILL carries on its sitting count after a restart, and SIGHUP
quits it cleanly (issue 11)."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

from tests.photos import write_video
from tests.running_app import RunningApp, start_app

SIT_TIMEOUT_S = 150.0
CLEAN_SHUTDOWN_LINE = "shut down: camera released, worker stopped, history saved"


def _wait_for_due_break(app: RunningApp) -> dict[str, object]:
    # A real minute of sitting is the point of the test; ask the app, with a deadline.
    deadline = time.monotonic() + SIT_TIMEOUT_S
    while True:
        record = app.status()
        if record["break_due"]:
            return record
        assert app.process.poll() is None, app.log_text()
        assert time.monotonic() < deadline, (record, app.log_text())
        time.sleep(1.0)


def test_after_kill_9_the_restarted_app_resumes_the_count_and_sighup_quits_cleanly(
    tmp_path: Path,
) -> None:
    video = write_video(tmp_path / "camera.avi", frames=10)
    state_home = tmp_path / "state"
    env = {"XDG_STATE_HOME": str(state_home)}
    first = start_app(video, tmp_path, tmp_path / "first.log", "sitting_limit_min=1", env=env)
    try:
        due = _wait_for_due_break(first)
        assert due["sitting_min"] == 1
        first.process.send_signal(signal.SIGKILL)
        assert first.process.wait(30) == -signal.SIGKILL
    finally:
        first.stop_if_running()
    (state_file,) = (state_home / "postureapp").glob("sitting-timer-*.json")
    assert json.loads(state_file.read_text())["phase"] == "due"

    second = start_app(video, tmp_path, tmp_path / "second.log", "sitting_limit_min=1",
                       env=env)
    try:
        record = second.status()
        assert record["sitting_min"] == 1, record  # not "Sitting for 0 min"
        assert record["break_due"] is True
        assert "sitting timer restored from" in second.log_text()
        second.process.send_signal(signal.SIGHUP)
        assert second.process.wait(30) == 0
    finally:
        second.stop_if_running()
    log = second.log_text()
    assert CLEAN_SHUTDOWN_LINE in log
    assert "Traceback" not in log
    assert json.loads(state_file.read_text())["phase"] == "due"  # saved again at the quit
