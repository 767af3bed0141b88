"""One instance per settings folder, and commands to it, over a real local socket in a private
runtime folder; the peer's user is checked for real (another user's process, where the tests
run as root and can start one)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.control import ControlAction, ControlCommand
from postureapp.paths import instance_socket_path
from postureapp.ui.desktop_session import (
    InstanceUnreachableError,
    SingleInstance,
    send_command,
)
from tests.fakes import RecordingControlHandler

NOBODY_UID = 65534
Served = tuple[Path, RecordingControlHandler]  # an instance's address and what it was asked


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR with a short path (a socket path must fit in 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="pa-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# Clients run as separate processes, as they do for real: Qt's blocking socket calls hold the
# GIL, so a client thread in this process would stall the event loop that serves it.
_CLIENT = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from postureapp.core.control import ControlAction, ControlCommand\n"
    "from postureapp.ui.desktop_session import InstanceUnreachableError, SingleInstance, "
    "send_command\n"
    "address, action, duration = Path(sys.argv[1]), ControlAction(sys.argv[2]), sys.argv[3]\n"
    "if action is ControlAction.ACTIVATE:\n"
    "    print(json.dumps(SingleInstance(address).notify_running_instance()))\n"
    "    sys.exit()\n"
    "try:\n"
    "    reply = send_command(address, ControlCommand(action, int(duration) or None))\n"
    "    print(json.dumps({'status': reply.status, 'error': reply.error}))\n"
    "except InstanceUnreachableError as error:\n"
    "    print(json.dumps(str(error)))\n"
)


def ask(qtbot: QtBot, address: Path, action: ControlAction, duration_s: int = 0) -> object:
    """What a client process got: a reply as a dict, a reason it could not ask, or, for
    ACTIVATE, whether it found an instance."""
    process = subprocess.Popen(
        [sys.executable, "-c", _CLIENT, str(address), action.value, str(duration_s)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20_000)
    out, err = process.communicate()
    assert process.returncode == 0, err.decode()
    return json.loads(out)


@pytest.fixture
def running(qtbot: QtBot, runtime_dir: Path, tmp_path: Path) -> Iterator[Served]:
    address = instance_socket_path(tmp_path / "config")
    instance = SingleInstance(address)
    recorder = RecordingControlHandler()
    assert instance.listen()
    instance.serve_commands(recorder)
    yield address, recorder
    instance.close()


def test_the_socket_lives_in_the_private_runtime_folder(runtime_dir: Path,
                                                        tmp_path: Path) -> None:
    address = instance_socket_path(tmp_path / "config")
    assert address.parent == runtime_dir
    assert address != instance_socket_path(tmp_path / "other-config")


def test_a_second_start_asks_the_first_to_come_forward(
    qtbot: QtBot, running: Served
) -> None:
    address, recorder = running
    assert ask(qtbot, address, ControlAction.ACTIVATE) is True
    assert recorder.commands == [ControlCommand(ControlAction.ACTIVATE)]


def test_nobody_running_is_said_plainly(qtbot: QtBot, runtime_dir: Path,
                                        tmp_path: Path) -> None:
    address = instance_socket_path(tmp_path / "config")
    assert not SingleInstance(address).notify_running_instance(timeout_ms=200)
    with pytest.raises(InstanceUnreachableError, match="no postureapp is running"):
        send_command(address, ControlCommand(ControlAction.STATUS), timeout_ms=200)


def test_a_command_is_carried_out_and_answered(qtbot: QtBot,
                                               running: Served) -> None:
    address, recorder = running
    reply = ask(qtbot, address, ControlAction.PAUSE, 900)
    assert reply == {"status": {"paused": True, "pause_remaining_min": 15}, "error": ""}
    assert recorder.commands == [ControlCommand(ControlAction.PAUSE, 900)]
    refused = ask(qtbot, address, ControlAction.SNOOZE)
    assert refused == {"status": {"paused": False, "pause_remaining_min": None},
                       "error": "no break is due"}


def test_a_garbled_request_gets_a_reason_and_reaches_no_handler(
    qtbot: QtBot, running: Served
) -> None:
    address, recorder = running
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(str(address))
        client.sendall(b"activate\n")  # what older versions sent
        client.setblocking(False)  # stdlib sockets do not block the loop that answers them
        answer = bytearray()

        def answered() -> bool:
            with contextlib.suppress(BlockingIOError):
                answer.extend(client.recv(4096))
            return answer.endswith(b"\n")

        qtbot.waitUntil(answered, timeout=5000)
    assert b"not JSON" in answer
    assert recorder.commands == []


def test_a_stale_socket_from_a_crash_does_not_block_starting(qtbot: QtBot, runtime_dir: Path,
                                                             tmp_path: Path) -> None:
    address = instance_socket_path(tmp_path / "config")
    # A crashed process leaves its bound socket file behind with nobody listening on it.
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(address))
    leftover.close()
    assert address.exists()
    again = SingleInstance(address)
    assert not again.notify_running_instance(timeout_ms=200)
    assert again.listen()
    again.close()


# -- another user ----------------------------------------------------------------------------

# The other user runs a system Python: ours may sit where `nobody` cannot read.
SYSTEM_PYTHON = "/usr/bin/python3"
needs_root = pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0 or not os.access(SYSTEM_PYTHON, os.X_OK),
    reason=f"starting a process as another user needs root (and {SYSTEM_PYTHON})",
)
# Runs as `nobody`: a bare stdlib Python that listens on a socket and answers any line.
_SQUATTER = (
    "import socket, sys\n"
    "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
    "s.bind(sys.argv[1]); s.listen(5)\n"
    "print('ready', flush=True)\n"
    "while True:\n"
    "    c, _ = s.accept()\n"
    "    c.sendall(b'{\"status\": {\"paused\": true}, \"error\": \"\"}\\n')\n"
    "    c.close()\n"
)


@pytest.fixture
def squatter(runtime_dir: Path, tmp_path: Path) -> Iterator[Path]:
    """Another user's process listening at the very path of our instance socket.

    It binds in a folder open to it, and the socket is then moved into our private folder
    (a socket is found by its inode, so it keeps answering there)."""
    shared = Path(tempfile.mkdtemp(prefix="pa-shared-"))
    shared.chmod(0o777)
    bound = shared / "s.sock"
    process = subprocess.Popen([SYSTEM_PYTHON, "-c", _SQUATTER,
                                str(bound)], user=NOBODY_UID, stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n"
        address = instance_socket_path(tmp_path / "config")
        os.rename(bound, address)
        yield address
    finally:
        process.kill()
        process.communicate()
        shutil.rmtree(shared, ignore_errors=True)


@needs_root
def test_ctl_does_not_talk_to_another_users_instance(squatter: Path) -> None:
    with pytest.raises(InstanceUnreachableError, match="belongs to another user"):
        send_command(squatter, ControlCommand(ControlAction.STATUS), timeout_ms=2000)


@needs_root
def test_another_users_socket_on_the_name_does_not_stop_the_app_starting(
    qtbot: QtBot, squatter: Path
) -> None:
    ours = SingleInstance(squatter)
    assert not ours.notify_running_instance(timeout_ms=2000)  # not trusted: not ours
    assert ours.listen()
    recorder = RecordingControlHandler()
    ours.serve_commands(recorder)
    reply = ask(qtbot, squatter, ControlAction.STATUS)
    assert reply == {"status": {"paused": False, "pause_remaining_min": None}, "error": ""}
    assert recorder.commands == [ControlCommand(ControlAction.STATUS)]
    ours.close()


@needs_root
def test_the_instance_refuses_another_users_connection(
    qtbot: QtBot, running: Served, caplog: pytest.LogCaptureFixture
) -> None:
    address, recorder = running
    address.chmod(0o777)  # as if the socket's own mode and folder let them in
    address.parent.chmod(0o711)
    client = (
        "import socket, sys\n"
        "c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
        "c.settimeout(5); c.connect(sys.argv[1])\n"
        "try:\n"
        "    c.sendall(b'{\"command\": \"pause\"}\\n')\n"
        "    print(repr(c.recv(4096)))\n"
        "except OSError as error:\n"
        "    print(type(error).__name__)\n"
    )
    process = subprocess.Popen([SYSTEM_PYTHON, "-c", client,
                                str(address)], user=NOBODY_UID, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert out.strip() in (b"b''", b"BrokenPipeError", b"ConnectionResetError")  # no word
    assert "refused a connection from another user (uid 65534)" in caplog.text
    assert recorder.commands == []
