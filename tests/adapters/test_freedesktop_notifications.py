"""The notification server client, against a real private bus and a recording test server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from postureapp.adapters.freedesktop_notifications import (
    FreedesktopNotifier,
    notifier_for_session_bus,
)
from postureapp.core.notifications import Notification, Urgency
from postureapp.ui.resources import icon_path
from tests.fakes import RecordingNotifier
from tests.notification_server import NotifyCall, RecordingNotificationServer
from tests.session_bus import PrivateSessionBus, private_session_bus

ICON = icon_path("postureapp.svg")
BREAK = Notification("break", "Time for a break",
                     "You have been sitting for 50 min. Stand up and stretch.",
                     (("start-break", "Start break"), ("snooze", "Snooze")))
NUDGE = Notification("nudge", "Posture", "Sit back against the chair.", urgency=Urgency.LOW)
WAIT_MS = 5000


@pytest.fixture
def bus(qapp: QApplication, tmp_path: Path) -> Iterator[PrivateSessionBus]:
    with private_session_bus(tmp_path) as session_bus:
        yield session_bus


def _serve(bus: PrivateSessionBus,
           *capabilities: str) -> tuple[RecordingNotificationServer, FreedesktopNotifier]:
    """A test server with these capabilities, and a client of it."""
    server = RecordingNotificationServer(bus, capabilities)
    return server, FreedesktopNotifier(bus.connect(), RecordingNotifier(), ICON)


def _notify(qtbot: QtBot, server: RecordingNotificationServer, notifier: FreedesktopNotifier,
            notification: Notification) -> NotifyCall:
    with qtbot.waitSignal(server.received.notified, timeout=WAIT_MS) as blocker:
        notifier.notify(notification)
    call = blocker.args[0]
    assert isinstance(call, NotifyCall)
    return call


def test_a_notification_carries_the_app_name_icon_title_body_and_actions(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    server, notifier = _serve(bus, "actions", "body")
    call = _notify(qtbot, server, notifier, BREAK)
    assert call.app_name == "postureapp"
    assert call.app_icon == ICON.resolve().as_uri()
    assert ICON.is_file()
    assert (call.summary, call.body) == (BREAK.title, BREAK.body)
    assert call.action_pairs == [("start-break", "Start break"), ("snooze", "Snooze")]
    assert call.hints["desktop-entry"] == "postureapp"
    assert call.hints["urgency"] == int(Urgency.NORMAL)
    assert call.replaces_id == 0
    assert call.expire_timeout == -1


def test_actions_are_left_out_where_the_server_cannot_show_them(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    server, notifier = _serve(bus, "body")
    assert _notify(qtbot, server, notifier, BREAK).actions == []


def test_the_body_is_escaped_for_a_server_that_reads_markup(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    server, notifier = _serve(bus, "body", "body-markup")
    call = _notify(qtbot, server, notifier, Notification("notice", "Data", "History & <b>"))
    assert call.body == "History &amp; &lt;b&gt;"


def test_a_new_notification_replaces_the_last_one_with_the_same_key(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    server, notifier = _serve(bus, "actions", "body")
    nudge = _notify(qtbot, server, notifier, NUDGE)
    later = Notification("break", "Time for a break", "Still sitting: 55 min.")
    with qtbot.waitSignals([server.received.notified] * 2, timeout=WAIT_MS):
        # Sent at once: the second waits for the first's id instead of making a second bubble.
        notifier.notify(BREAK)
        notifier.notify(later)
    first, second = server.calls[1:]
    assert nudge.replaces_id == first.replaces_id == 0
    assert first.returned_id != nudge.returned_id
    assert (second.body, second.replaces_id) == (later.body, first.returned_id)
    assert nudge.hints["urgency"] == int(Urgency.LOW)


def test_withdraw_closes_the_notification_of_that_key_only(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    server, notifier = _serve(bus, "actions", "body")
    nudge = _notify(qtbot, server, notifier, NUDGE)
    with qtbot.waitSignal(server.received.close_requested, timeout=WAIT_MS) as closed:
        notifier.notify(BREAK)
        notifier.withdraw("break")  # before the server has even answered
    break_id = next(c.returned_id for c in server.calls if c.summary == BREAK.title)
    assert closed.args == [break_id]
    assert server.closed_ids == [break_id]
    assert nudge.returned_id not in server.closed_ids


def test_a_pressed_action_is_reported_with_the_notification_key(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    server, notifier = _serve(bus, "actions", "body")
    call = _notify(qtbot, server, notifier, BREAK)
    reported: list[tuple[str, str]] = []
    notifier.action_invoked.connect(lambda key, action: reported.append((key, action)))
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS):
        server.press(call.returned_id + 100, "snooze")  # another app's notification
        server.press(call.returned_id, "snooze")
    assert reported == [("break", "snooze")]


def test_without_a_server_the_fallback_is_used(bus: PrivateSessionBus) -> None:
    fallback = RecordingNotifier()
    assert notifier_for_session_bus(fallback, ICON, bus.connect()) is fallback


def test_a_running_server_is_used(bus: PrivateSessionBus) -> None:
    RecordingNotificationServer(bus, ("body",))
    notifier = notifier_for_session_bus(RecordingNotifier(), ICON, bus.connect())
    assert isinstance(notifier, FreedesktopNotifier)


def test_a_server_that_fails_to_start_hands_the_notification_to_the_fallback(
    qtbot: QtBot, bus: PrivateSessionBus
) -> None:
    # Activatable, as on a desktop that starts its notification daemon on demand, but broken.
    bus.add_activatable_service("org.freedesktop.Notifications", "/bin/false")
    fallback = RecordingNotifier()
    notifier = notifier_for_session_bus(fallback, ICON, bus.connect())
    assert isinstance(notifier, FreedesktopNotifier)
    notifier.notify(BREAK)
    qtbot.waitUntil(lambda: fallback.shown == [BREAK], timeout=WAIT_MS)
    notifier.withdraw("break")
    assert fallback.withdrawn == ["break"]  # e.g. the status window's line goes back
