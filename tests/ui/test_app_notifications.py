"""The break notification through a notification server: its actions, and its withdrawal.

The app's objects are wired as `app.py` wires them, with the freedesktop notifier on a
private bus where a recording test server owns org.freedesktop.Notifications.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postureapp.adapters.freedesktop_notifications import FreedesktopNotifier
from postureapp.adapters.platform_services import PlatformServices
from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.adapters.sqlite_store import SqliteSummaryRepository
from postureapp.app import PostureApp
from postureapp.core.notifications import Notifier
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import TimerState
from postureapp.paths import AppPaths
from postureapp.ui.resources import icon_path
from tests.fakes import FakeClock, FakeFrameSource, PuppetPoseEstimator
from tests.notification_server import NotifyCall, RecordingNotificationServer
from tests.poses import make_pose
from tests.session_bus import private_session_bus
from tests.user_actions import find_button

WAIT_MS = 5000
SITTING = (make_pose(),)
NOBODY: tuple[()] = ()


class NotifiedCoach:
    def __init__(self, app: PostureApp, clock: FakeClock, estimator: PuppetPoseEstimator,
                 server: RecordingNotificationServer) -> None:
        self.app = app
        self.clock = clock
        self.estimator = estimator
        self.server = server

    def sit(self, seconds: float, people: tuple[object, ...] = SITTING) -> None:
        self.estimator.people = people  # type: ignore[assignment]
        for _ in range(int(seconds // 10)):
            self.clock.advance(10)
            self.app.worker.sample_now()
            self.app.poll()

    def wait_for_break_notification(self, qtbot: QtBot) -> NotifyCall:
        qtbot.waitUntil(lambda: any(c.summary == "Time for a break" for c in self.server.calls),
                        timeout=WAIT_MS)
        return next(c for c in self.server.calls if c.summary == "Time for a break")


@pytest.fixture
def notified_coach(request: pytest.FixtureRequest, qtbot: QtBot,
                   tmp_path: Path) -> Iterator[NotifiedCoach]:
    settings: Settings = getattr(request, "param", Settings(sitting_limit_min=1))
    settings = settings.replace(first_run_done=True, safety_acknowledged=True)
    with private_session_bus(tmp_path) as bus:
        server = RecordingNotificationServer(bus, ("actions", "body"))
        connection = bus.connect()
        clock = FakeClock()
        camera = FakeFrameSource(clock)
        estimator = PuppetPoseEstimator()

        def make_notifier(fallback: Notifier) -> Notifier:
            return FreedesktopNotifier(connection, fallback, icon_path("postureapp.svg"))

        app = PostureApp(settings, JsonSettingsRepository(tmp_path / "config"),
                         SqliteSummaryRepository(tmp_path / "history.sqlite3"), clock,
                         lambda s: camera, lambda s: estimator,
                         AppPaths(tmp_path / "config", tmp_path), use_tray=False,
                         platform=PlatformServices(make_notifier=make_notifier))
        assert app.windows.status_window is not None
        qtbot.addWidget(app.windows.status_window)
        qtbot.addWidget(app.windows.break_window)
        app.start(use_worker_thread=False)
        yield NotifiedCoach(app, clock, estimator, server)
        app.shutdown()


def test_the_break_notification_offers_start_and_snooze_and_start_begins_the_break(
    qtbot: QtBot, notified_coach: NotifiedCoach
) -> None:
    notified_coach.sit(70)
    call = notified_coach.wait_for_break_notification(qtbot)
    assert call.app_name == "postureapp"
    assert call.body == "You have been sitting for 1 min. Stand up and stretch."
    assert call.action_pairs == [("start-break", "Start break"), ("snooze", "Snooze")]
    notified_coach.server.press(call.returned_id, "start-break")
    app = notified_coach.app
    qtbot.waitUntil(lambda: app.coach.timer.state is TimerState.ON_BREAK, timeout=WAIT_MS)
    assert app.windows.break_window.isVisible()
    assert find_button(app.windows.break_window, "done_button").isVisible()


def test_snooze_in_the_notification_snoozes_as_the_window_button_does(
    qtbot: QtBot, notified_coach: NotifiedCoach
) -> None:
    notified_coach.sit(70)
    call = notified_coach.wait_for_break_notification(qtbot)
    notified_coach.server.press(call.returned_id, "snooze")
    app = notified_coach.app
    qtbot.waitUntil(lambda: app.coach.timer.snoozes_used == 1, timeout=WAIT_MS)
    assert app.coach.timer.state is TimerState.SNOOZED
    assert not app.windows.break_window.isVisible()


@pytest.mark.parametrize("notified_coach", [Settings(sitting_limit_min=1, max_snoozes=0)],
                         indirect=True)
def test_snooze_is_not_offered_when_no_snooze_is_left(
    qtbot: QtBot, notified_coach: NotifiedCoach
) -> None:
    notified_coach.sit(70)
    call = notified_coach.wait_for_break_notification(qtbot)
    assert call.action_pairs == [("start-break", "Start break")]


@pytest.mark.parametrize("handle", ["start button", "skip button", "window closed",
                                    "natural break"])
def test_the_break_notification_is_withdrawn_once_the_break_is_handled(
    qtbot: QtBot, notified_coach: NotifiedCoach, handle: str
) -> None:
    notified_coach.sit(70)
    call = notified_coach.wait_for_break_notification(qtbot)
    window = notified_coach.app.windows.break_window
    with qtbot.waitSignal(notified_coach.server.received.close_requested,
                          timeout=WAIT_MS) as closed:
        if handle == "start button":
            find_button(window, "start_button").click()
        elif handle == "skip button":
            find_button(window, "skip_button").click()
        elif handle == "window closed":
            window.hide()  # the title bar's close button when no snooze is left
            notified_coach.app.poll()
        else:
            notified_coach.sit(notified_coach.app.settings.natural_break_min * 60 + 20,
                               NOBODY)
    assert closed.args == [call.returned_id]
