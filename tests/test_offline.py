"""The network block: the kernel refuses internet sockets to every postureapp command.

The filter cannot be removed from a process, so each check runs in a child process.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME
from tests.photos import GRACE_HOPPER, write_video

# MediaPipe's telemetry fires about 60 s after a model loads; watch well past that.
WATCH_S = 95.0
STARTUP_TIMEOUT_S = 60.0

_TRY_SOCKETS = """
import json, socket, sys
tried = {}
def attempt(name, make):
    try:
        make().close()
        tried[name] = "open"
    except PermissionError:
        tried[name] = "refused"
for name in ("AF_INET", "AF_INET6"):
    for kind in ("SOCK_STREAM", "SOCK_DGRAM"):
        attempt(f"{name} {kind}",
                lambda: socket.socket(getattr(socket, name), getattr(socket, kind)))
attempt("AF_UNIX", lambda: socket.socket(socket.AF_UNIX))
attempt("socketpair", lambda: socket.socketpair()[0])
attempt("AF_NETLINK", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW))
print(json.dumps(tried))
"""

INTERNET = {f"{family} {kind}": "refused" for family in ("AF_INET", "AF_INET6")
            for kind in ("SOCK_STREAM", "SOCK_DGRAM")}
LOCAL = {"AF_UNIX": "open", "socketpair": "open", "AF_NETLINK": "open"}


def _run_python(code: str, timeout_s: float = 120.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout_s, check=False)


def _tried(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="seccomp is Linux only")
def test_internet_sockets_are_refused_and_local_ones_still_work() -> None:
    result = _run_python(
        "from postureapp.offline import refuse_internet_sockets\n"
        "guard = refuse_internet_sockets()\n"
        "assert guard.is_enforced, guard.reason\n" + _TRY_SOCKETS
    )

    assert _tried(result) == {**INTERNET, **LOCAL}


def test_without_the_block_a_process_can_open_internet_sockets() -> None:
    # The control for the test above: the refusal comes from the filter, not the machine.
    assert set(_tried(_run_python(_TRY_SOCKETS)).values()) == {"open"}


@pytest.mark.model
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="seccomp is Linux only")
@pytest.mark.parametrize(
    "command", [["analyze", str(GRACE_HOPPER)], ["bench", "--samples", "1"]],
    ids=["analyze", "bench"],
)
def test_commands_that_load_the_model_run_offline(command: list[str]) -> None:
    # `python -m postureapp COMMAND`, then try the network from the same process.
    result = _run_python(
        "import runpy, sys\n"
        f"sys.argv = ['postureapp', *{command!r}]\n"
        "try:\n"
        "    runpy.run_module('postureapp', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0, done.code\n" + _TRY_SOCKETS
    )

    assert _tried(result) == {**INTERNET, **LOCAL}


def _internet_sockets(trace_dir: Path) -> tuple[list[str], list[str]]:
    """(opened, refused) socket() calls for AF_INET/AF_INET6 in an `strace -ff` output folder."""
    opened: list[str] = []
    refused: list[str] = []
    call = re.compile(r"socket\(AF_INET6?,.*\)\s+=\s+(-?\d+)")
    for trace in trace_dir.iterdir():
        for line in trace.read_text(errors="replace").splitlines():
            match = call.search(line)
            if match:
                (opened if int(match.group(1)) >= 0 else refused).append(line)
    return opened, refused


@pytest.mark.model
@pytest.mark.skipif(shutil.which("strace") is None,
                    reason="strace is not installed (Debian: strace); CI installs it")
def test_the_running_app_opens_no_internet_socket_in_95_seconds(tmp_path: Path) -> None:
    command = shutil.which("postureapp", path=str(Path(sys.executable).parent))
    assert command is not None, "the postureapp command is not installed in this environment"
    video = write_video(tmp_path / "camera.avi", frames=10)
    data_dir = tmp_path / "data"
    trace_dir = tmp_path / "trace"
    trace_dir.mkdir()
    log_path = tmp_path / "app.log"
    env = {**os.environ, "POSTUREAPP_LOG": "info", "QT_QPA_PLATFORM": "offscreen"}
    with log_path.open("wb") as log:
        app = subprocess.Popen(
            ["strace", "-f", "-ff", "-e", "trace=network", "-o", str(trace_dir / "t"),
             command, "--camera", str(video), "--config-dir", str(tmp_path / "config"),
             "--data-dir", str(data_dir), "--set", "first_run_done=true",
             "--set", "safety_acknowledged=true", "--set", "sample_interval_s=2"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT_S
            while b"started (tray:" not in log_path.read_bytes():
                assert app.poll() is None, log_path.read_text(errors="replace")
                assert time.monotonic() < deadline, log_path.read_text(errors="replace")
                time.sleep(0.2)  # an external process: there is no clock to inject
            # Waiting is the test: the telemetry timer runs in MediaPipe's own C++ thread.
            with pytest.raises(subprocess.TimeoutExpired):
                app.wait(WATCH_S)
            # Quit the app itself as a logout would; strace then exits with its exit code.
            (app_pid,) = Path(f"/proc/{app.pid}/task/{app.pid}/children").read_text().split()
            os.kill(int(app_pid), signal.SIGTERM)
            assert app.wait(60) == 0, log_path.read_text(errors="replace")
        finally:
            if app.poll() is None:
                app.kill()

    opened, refused = _internet_sockets(trace_dir)
    assert opened == [], "\n".join(opened)
    # The model really ran: its readings became history.
    with closing(sqlite3.connect(data_dir / HISTORY_FILE_NAME)) as history:
        (monitored_s,) = history.execute("SELECT SUM(monitored_s) FROM minutes").fetchone()
    assert monitored_s and monitored_s > 0
    print(f"{len(refused)} internet socket(s) refused, none opened")
