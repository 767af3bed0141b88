"""The real app as a process, driven from outside as a user's scripts would: `postureapp ctl`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

CTL_TIMEOUT_S = 60.0
START_TIMEOUT_S = 90.0


def ctl(*words: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `postureapp ctl` with `words`."""
    return subprocess.run([sys.executable, "-m", "postureapp", "ctl", *words],
                          capture_output=True, text=True, timeout=CTL_TIMEOUT_S,
                          env=env or os.environ.copy())


class RunningApp:
    """An app process started by `start_app`, its settings folder and its log."""

    def __init__(self, process: subprocess.Popen[bytes], config_dir: Path, log: Path) -> None:
        self.process = process
        self.config_dir = config_dir
        self.log = log

    def ctl(self, *words: str) -> subprocess.CompletedProcess[str]:
        return ctl(*words, "--config-dir", str(self.config_dir))

    def status(self) -> dict[str, object]:
        result = self.ctl("status", "--json")
        assert result.returncode == 0, result.stderr
        record = json.loads(result.stdout)
        assert isinstance(record, dict)
        return record

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def stop_if_running(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def start_app(video: Path, folder: Path, log: Path, *settings: str,
              env: dict[str, str] | None = None) -> RunningApp:
    """Start the app on a replayed `video` with its settings and history in `folder` (c, d),
    past the first-run questions, and wait until it answers `ctl status`.

    Args:
        video: What the camera sees.
        folder: Holds the settings (c) and history (d) folders.
        log: Where the app's output goes (logging at info).
        *settings: More `--set` values, "name=value".
        env: Extra environment variables.
    """
    config_dir = folder / "c"
    overrides = ["first_run_done=true", "safety_acknowledged=true", *settings]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSTUREAPP_LOG": "info",
                **(env or {})}
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "postureapp", "--camera", str(video),
             "--config-dir", str(config_dir), "--data-dir", str(folder / "d"),
             *(word for value in overrides for word in ("--set", value))],
            env=full_env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    running = RunningApp(process, config_dir, log)
    try:
        # Waiting on another process is unavoidable: ask until it answers, with a deadline.
        deadline = time.monotonic() + START_TIMEOUT_S
        while running.ctl("status").returncode == 3:
            assert process.poll() is None, running.log_text()
            assert time.monotonic() < deadline, running.log_text()
            time.sleep(0.2)
    except BaseException:
        running.stop_if_running()
        raise
    return running
