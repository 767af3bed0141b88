"""The app with a camera that sees nobody while the user types, and across a restart: the
real Coach wired to fakes, a fake clock and a real state file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.adapters.sqlite_store import SqliteSummaryRepository
from postureapp.adapters.timer_state_file import JsonTimerStateFile
from postureapp.app import Coach
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import SNAPSHOT_EVERY_S, TimerState
from postureapp.paths import AppPaths
from tests.fakes import FakeClock, FakeFrameSource, PuppetPoseEstimator, SettableIdleTime
from tests.poses import make_pose

MIN = 60.0


def _coach(qtbot: QtBot, tmp_path: Path, clock: FakeClock, idle: SettableIdleTime,
           estimator: PuppetPoseEstimator) -> Coach:
    camera = FakeFrameSource(clock)
    store = SqliteSummaryRepository(tmp_path / "data" / "history.sqlite3", tz=clock.now().tzinfo)
    coach = Coach(Settings(first_run_done=True, safety_acknowledged=True),
                  JsonSettingsRepository(tmp_path / "config"), store, clock,
                  lambda s: camera, lambda s: estimator,
                  AppPaths(tmp_path / "config", tmp_path / "data"), use_tray=False,
                  timer_state=JsonTimerStateFile(tmp_path / "state" / "sitting-timer.json"),
                  idle_time=idle)
    coach.start(use_worker_thread=False)
    assert coach.status_window is not None
    qtbot.addWidget(coach.status_window)
    qtbot.addWidget(coach.break_window)
    return coach


def _sit(coach: Coach, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds // 10)):
        clock.advance(10)
        coach.worker.sample_now()
        coach.poll()


def test_typing_at_a_camera_that_sees_nobody_counts_and_the_tray_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock, idle = FakeClock(), SettableIdleTime(2.0)
    coach = _coach(qtbot, tmp_path, clock, idle, PuppetPoseEstimator(()))  # lens covered
    _sit(coach, clock, 2 * MIN)
    assert coach.timer.state is TimerState.SITTING
    assert coach.timer.sitting_s >= 110
    assert "The camera does not see you" in coach.status().lines()
    idle.idle_s_now = 10 * MIN  # the user left: now the empty chair is believed
    _sit(coach, clock, MIN)
    assert coach.timer.state is TimerState.AWAY
    assert "The camera does not see you" not in coach.status().lines()
    coach.shutdown()


def test_a_restarted_app_carries_on_the_count_from_the_state_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    present = PuppetPoseEstimator((make_pose(),))
    first = _coach(qtbot, tmp_path, clock, SettableIdleTime(), present)
    _sit(first, clock, 20 * MIN)
    # Killed: no shutdown. What the state file holds is what the last poll saved.
    clock.advance(2 * MIN)
    second = _coach(qtbot, tmp_path, clock, SettableIdleTime(), present)
    assert second.timer.sitting_s >= 20 * MIN - SNAPSHOT_EVERY_S  # at most a save apart
    minutes = int(second.timer.sitting_s // 60)
    assert second.status().lines()[0].startswith(f"Sitting for {minutes} min")
    second.shutdown()
    first.shutdown()
