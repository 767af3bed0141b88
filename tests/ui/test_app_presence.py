"""The app with a camera that sees nobody while the user types, and across a restart: the
real PostureApp wired to fakes, a fake clock and a real state file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from postureapp.adapters.platform_services import PlatformServices
from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.adapters.sqlite_store import SqliteSummaryRepository
from postureapp.adapters.timer_state_file import JsonTimerStateFile
from postureapp.app import PostureApp
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import SNAPSHOT_EVERY_S, TimerState
from postureapp.paths import AppPaths
from tests.fakes import FakeClock, FakeFrameSource, PuppetPoseEstimator, SettableIdleTime
from tests.poses import make_pose

MIN = 60.0


def _app(qtbot: QtBot, tmp_path: Path, clock: FakeClock, idle: SettableIdleTime,
           estimator: PuppetPoseEstimator) -> PostureApp:
    camera = FakeFrameSource(clock)
    store = SqliteSummaryRepository(tmp_path / "data" / "history.sqlite3", tz=clock.now().tzinfo)
    platform = PlatformServices(
        timer_state=JsonTimerStateFile(tmp_path / "state" / "sitting-timer.json"),
        idle_time=idle)
    app = PostureApp(Settings(first_run_done=True, safety_acknowledged=True),
                     JsonSettingsRepository(tmp_path / "config"), store, clock,
                     lambda s: camera, lambda s: estimator,
                     AppPaths(tmp_path / "config", tmp_path / "data"), use_tray=False,
                     platform=platform)
    app.start(use_worker_thread=False)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    return app


def _sit(app: PostureApp, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds // 10)):
        clock.advance(10)
        app.worker.sample_now()
        app.poll()


def test_typing_at_a_camera_that_sees_nobody_counts_and_the_tray_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock, idle = FakeClock(), SettableIdleTime(2.0)
    app = _app(qtbot, tmp_path, clock, idle, PuppetPoseEstimator(()))  # lens covered
    _sit(app, clock, 2 * MIN)
    assert app.coach.timer.state is TimerState.SITTING
    assert app.coach.timer.sitting_s >= 110
    assert "The camera does not see you" in app.coach.status().lines()
    idle.idle_s_now = 10 * MIN  # the user left: now the empty chair is believed
    _sit(app, clock, MIN)
    assert app.coach.timer.state is TimerState.AWAY
    assert "The camera does not see you" not in app.coach.status().lines()
    app.shutdown()


def test_a_restarted_app_carries_on_the_count_from_the_state_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    present = PuppetPoseEstimator((make_pose(),))
    first = _app(qtbot, tmp_path, clock, SettableIdleTime(), present)
    _sit(first, clock, 20 * MIN)
    # Killed: no shutdown. What the state file holds is what the last poll saved.
    clock.advance(2 * MIN)
    second = _app(qtbot, tmp_path, clock, SettableIdleTime(), present)
    assert second.coach.timer.sitting_s >= 20 * MIN - SNAPSHOT_EVERY_S  # at most a save apart
    minutes = int(second.coach.timer.sitting_s // 60)
    assert second.coach.status().lines()[0].startswith(f"Sitting for {minutes} min")
    second.shutdown()
    first.shutdown()
