"""The real app objects wired together, driven by a fake clock and a scripted pose source."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from postureapp.adapters.platform_services import PlatformServices
from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.adapters.sqlite_store import SqliteSummaryRepository
from postureapp.app import PostureApp
from postureapp.core.calibration import calibrate
from postureapp.core.control import ControlAction, ControlCommand
from postureapp.core.day_summary import summarise_day
from postureapp.core.events import EventKind
from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.settings import Settings
from postureapp.core.settings_overrides import RunOverrides
from postureapp.core.sitting_timer import TimerState
from postureapp.core.stretches import STRETCHES
from postureapp.paths import AppPaths
from postureapp.ui.first_run import SafetyNoticeDialog, WelcomeDialog
from postureapp.ui.summary_view import SummaryWindow
from tests.fakes import (
    FakeClock,
    FakeFrameSource,
    PuppetPoseEstimator,
    RecordingNotifier,
    ScriptedScreenLocker,
)
from tests.poses import make_pose, observe
from tests.user_actions import find_button

UPRIGHT = (make_pose(),)
ROUNDED = (make_pose(head_forward=1.0),)
NOBODY: tuple[()] = ()


class Rig:
    def __init__(self, app: PostureApp, clock: FakeClock, camera: FakeFrameSource,
                 estimator: PuppetPoseEstimator, store: SqliteSummaryRepository,
                 repository: JsonSettingsRepository) -> None:
        self.app = app
        self.clock = clock
        self.camera = camera
        self.estimator = estimator
        self.store = store
        self.repository = repository

    def run(self, people: tuple[object, ...], seconds: float, step_s: float = 10.0) -> None:
        """Keep `people` in front of the camera for `seconds`, sampling every `step_s`."""
        self.estimator.people = people  # type: ignore[assignment]
        elapsed = 0.0
        while elapsed < seconds:
            self.clock.advance(step_s)
            elapsed += step_s
            self.app.worker.sample_now()
            self.app.poll()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    clock = FakeClock()
    camera = FakeFrameSource(clock)
    estimator = PuppetPoseEstimator()
    store = SqliteSummaryRepository(tmp_path / "data" / "history.sqlite3", tz=clock.now().tzinfo)
    repository = JsonSettingsRepository(tmp_path / "config")
    settings = Settings(first_run_done=True, safety_acknowledged=True)
    app = PostureApp(settings, repository, store, clock, lambda s: camera, lambda s: estimator,
                  AppPaths(tmp_path / "config", tmp_path / "data"), use_tray=False)
    app.start(use_worker_thread=False)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    yield Rig(app, clock, camera, estimator, store, repository)
    app.shutdown()


def test_sitting_rounded_gets_a_nudge_then_a_break_and_leaving_is_a_natural_break(
    rig: Rig, qtbot: QtBot
) -> None:
    app = rig.app
    rig.run(UPRIGHT, 5 * 60)
    assert app.coach.status().posture is PostureState.UPRIGHT
    assert not app.windows.break_window.isVisible()

    with qtbot.waitSignal(app.nudge_shown, timeout=1000) as nudge:
        rig.run(ROUNDED, 3 * 60)
    assert nudge.args and nudge.args[0]
    assert "Posture: rounded forward" in app.windows.status_window.status_label.text()  # type: ignore[union-attr]

    with qtbot.waitSignal(app.break_prompt_shown, timeout=1000):
        rig.run(UPRIGHT, 23 * 60)
    assert app.windows.break_window.isVisible()
    assert "Break" in app.windows.break_window.windowTitle()
    assert app.coach.status().timer_state is TimerState.BREAK_DUE

    rig.run(NOBODY, 6 * 60)  # the user walks away instead of clicking anything
    assert app.coach.timer.state is TimerState.AWAY
    assert not app.windows.break_window.isVisible()
    rig.run(UPRIGHT, 60)
    assert app.coach.timer.sitting_s < 5 * 60

    app.shutdown()
    day = rig.clock.now().date()
    with SqliteSummaryRepository(rig.store.path, tz=rig.clock.now().tzinfo) as reopened:
        summary = summarise_day(day, reopened.minutes_for_day(day), reopened.events_for_day(day))
        kinds = [e.kind for e in reopened.events_for_day(day)]
    assert EventKind.NUDGE_SHOWN in kinds
    assert EventKind.BREAK_DUE in kinds
    assert EventKind.NATURAL_BREAK in kinds
    assert summary.rounded_min >= 2
    assert summary.away_min >= 5
    assert summary.nudges == 1


def test_break_prompt_snooze_and_guided_break_are_recorded(rig: Rig, qtbot: QtBot) -> None:
    app = rig.app
    rig.run(UPRIGHT, 30 * 60)
    assert app.windows.break_window.isVisible()
    app.windows.break_window.snoozed.emit()
    assert app.coach.timer.state is TimerState.SNOOZED
    assert not app.windows.break_window.isVisible()
    rig.run(UPRIGHT, 5 * 60)
    assert app.windows.break_window.isVisible()
    app.windows.break_window.break_started.emit()
    assert app.coach.timer.state is TimerState.ON_BREAK
    app.windows.break_window.break_finished.emit(("scapular-squeeze",))
    assert app.coach.timer.state is TimerState.SITTING
    assert app.coach.timer.sitting_s == 0
    kinds = [e.kind for e in rig.store.events_for_day(rig.clock.now().date())]
    assert kinds.count(EventKind.BREAK_DUE) == 1  # one break, asked for twice
    assert kinds.count(EventKind.BREAK_REMINDED) == 1
    assert EventKind.BREAK_SNOOZED in kinds and EventKind.BREAK_TAKEN in kinds


def test_without_a_camera_the_timer_still_prompts_and_says_so(rig: Rig) -> None:
    rig.camera.status = CameraStatus.NOT_FOUND
    rig.run(NOBODY, 31 * 60)
    status = rig.app.coach.status()
    assert status.camera is CameraStatus.NOT_FOUND
    assert "timer only" in " ".join(status.lines())
    assert rig.app.windows.break_window.isVisible()


def test_a_video_call_holds_the_break_until_it_ends(rig: Rig) -> None:
    rig.run(UPRIGHT, 25 * 60)
    rig.camera.status = CameraStatus.IN_USE
    rig.run(NOBODY, 10 * 60)
    assert not rig.app.windows.break_window.isVisible()
    assert rig.app.coach.timer.state is TimerState.IN_CALL
    rig.camera.status = CameraStatus.OK
    rig.run(UPRIGHT, 2 * 60)
    assert rig.app.windows.break_window.isVisible()


def test_pausing_releases_the_camera_and_resumes_by_itself(rig: Rig) -> None:
    rig.run(UPRIGHT, 60)
    rig.app.windows.menu.pause_requested.emit(15 * 60)
    assert rig.app.coach.timer.state is TimerState.PAUSED
    reads = rig.camera.reads
    rig.run(UPRIGHT, 10 * 60)
    assert rig.camera.reads == reads  # no camera use while paused
    assert not rig.app.coach.status().is_camera_active
    rig.run(UPRIGHT, 6 * 60)
    assert rig.app.coach.timer.state is TimerState.SITTING


def test_settings_changes_are_saved_without_this_runs_overrides(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    repository = JsonSettingsRepository(tmp_path / "config")
    store = SqliteSummaryRepository(tmp_path / "history.sqlite3")
    app = PostureApp(Settings(sitting_limit_min=1, first_run_done=True), repository, store,
                  clock, lambda s: FakeFrameSource(clock), lambda s: PuppetPoseEstimator(),
                  AppPaths(tmp_path / "config", tmp_path), use_tray=False,
                  overrides=RunOverrides({"sitting_limit_min": 1}, {"sitting_limit_min": 30}))
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.apply_settings(app.settings.replace(sensitivity=8))
    saved = repository.load()
    assert saved.sensitivity == 8
    assert saved.sitting_limit_min == 30  # the --set value stays this run's
    assert app.settings.sitting_limit_min == 1
    app.shutdown()


def test_end_of_day_summary_is_sent_once_after_work_ends(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(start=datetime(2026, 11, 23, 17, 50, tzinfo=UTC))
    camera = FakeFrameSource(clock)
    estimator = PuppetPoseEstimator(UPRIGHT)
    store = SqliteSummaryRepository(tmp_path / "history.sqlite3", tz=UTC)
    settings = Settings(first_run_done=True, safety_acknowledged=True, end_of_day_summary=True,
                        work_end="18:00")
    app = PostureApp(settings, JsonSettingsRepository(tmp_path / "config"), store, clock,
                  lambda s: camera, lambda s: estimator, AppPaths(tmp_path, tmp_path),
                  use_tray=False)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.start(use_worker_thread=False)
    rig = Rig(app, clock, camera, estimator, store, JsonSettingsRepository(tmp_path))
    rig.run(UPRIGHT, 9 * 60)
    assert "Your day" not in app.windows.status_window.notice.text()
    rig.run(UPRIGHT, 2 * 60)
    assert "Your day: Today:" in app.windows.status_window.notice.text()
    app.windows.status_window.notice.setText("")
    rig.run(UPRIGHT, 5 * 60)
    assert app.windows.status_window.notice.text() == ""  # once a day
    app.shutdown()


def test_a_locked_screen_turns_the_camera_off_and_counts_as_away(rig: Rig) -> None:
    rig.run(UPRIGHT, 5 * 60)
    rig.app.session.lock_changed.emit(True)
    reads = rig.camera.reads
    rig.run(UPRIGHT, 6 * 60)
    assert rig.camera.reads == reads
    assert rig.app.coach.timer.state is TimerState.AWAY
    assert not rig.app.coach.status().is_camera_active
    rig.app.session.lock_changed.emit(False)
    rig.run(UPRIGHT, 60)
    assert rig.camera.reads > reads
    assert rig.app.coach.timer.sitting_s < 2 * 60  # the locked time was a natural break
    rig.app.shutdown()
    day = rig.clock.now().date()
    with SqliteSummaryRepository(rig.store.path, tz=rig.clock.now().tzinfo) as reopened:
        summary = summarise_day(day, reopened.minutes_for_day(day), reopened.events_for_day(day))
    assert summary.away_min == pytest.approx(6.0, abs=0.2)  # the locked minutes, as away
    assert summary.natural_breaks == 1


def test_a_suspend_counts_as_away_time_in_history(rig: Rig) -> None:
    rig.run(UPRIGHT, 5 * 60)
    rig.app.session.sleep_changed.emit(True)
    rig.clock.advance(40 * 60)
    rig.app.session.sleep_changed.emit(False)
    rig.run(UPRIGHT, 60)
    rig.app.shutdown()
    day = rig.clock.now().date()
    with SqliteSummaryRepository(rig.store.path, tz=rig.clock.now().tzinfo) as reopened:
        summary = summarise_day(day, reopened.minutes_for_day(day), reopened.events_for_day(day))
    assert summary.away_min == pytest.approx(40.0, abs=0.2)


def test_no_away_time_is_invented_while_paused(rig: Rig) -> None:
    rig.run(UPRIGHT, 60)
    rig.app.windows.menu.pause_requested.emit(None)
    rig.app.session.lock_changed.emit(True)
    rig.clock.advance(10 * 60)
    rig.app.session.lock_changed.emit(False)
    rig.app.shutdown()
    day = rig.clock.now().date()
    with SqliteSummaryRepository(rig.store.path, tz=rig.clock.now().tzinfo) as reopened:
        summary = summarise_day(day, reopened.minutes_for_day(day), reopened.events_for_day(day))
    assert summary.away_min == 0


def _open_summary(rig: Rig, qtbot: QtBot) -> SummaryWindow:
    """The user sits three minutes, then opens today's summary from the menu."""
    rig.run(UPRIGHT, 3 * 60)
    rig.app.windows.menu.summary_requested.emit()
    window = rig.app.windows.summary_window
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_menu_opens_the_summary_and_settings_windows(rig: Rig, qtbot: QtBot) -> None:
    window = _open_summary(rig, qtbot)
    assert window.isVisible()
    rig.app.windows.menu.settings_requested.emit()
    dialog = rig.app.windows.settings_dialog
    assert dialog is not None
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        find_button(dialog, "ok_button").click()
    assert rig.repository.load() == rig.app.settings


def test_an_open_summary_shows_a_break_as_soon_as_it_is_taken(rig: Rig, qtbot: QtBot) -> None:
    breaks = _open_summary(rig, qtbot).findChild(QLabel, "breaks_value")
    assert breaks is not None and breaks.text() == "0 taken, 0 snoozed, 0 skipped (0 due)"

    with qtbot.waitSignal(rig.app.break_prompt_shown, timeout=1000):
        rig.run(UPRIGHT, 28 * 60)
    find_button(rig.app.windows.break_window, "start_button").click()
    find_button(rig.app.windows.break_window, "done_button").click()
    rig.run(UPRIGHT, 10)

    assert breaks.text() == "1 taken, 0 snoozed, 0 skipped (1 due)"


def test_a_closed_summary_reads_the_history_when_it_opens_again(rig: Rig, qtbot: QtBot) -> None:
    window = _open_summary(rig, qtbot)
    breaks = window.findChild(QLabel, "breaks_value")
    assert breaks is not None
    window.close()

    with qtbot.waitSignal(rig.app.break_prompt_shown, timeout=1000):
        rig.run(UPRIGHT, 28 * 60)
    find_button(rig.app.windows.break_window, "start_button").click()
    find_button(rig.app.windows.break_window, "done_button").click()
    rig.run(UPRIGHT, 10)
    assert breaks.text() == "0 taken, 0 snoozed, 0 skipped (0 due)"  # not redrawn while hidden

    rig.app.windows.menu.summary_requested.emit()
    assert breaks.text() == "1 taken, 0 snoozed, 0 skipped (1 due)"


@pytest.mark.parametrize(("choice", "camera_enabled"), [("timer_only_chosen", False),
                                                        ("camera_setup_chosen", True)])
def test_first_run_choices(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           choice: str, camera_enabled: bool) -> None:
    def choose(dialog: WelcomeDialog) -> int:
        getattr(dialog, choice).emit()
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", choose)
    monkeypatch.setattr(SafetyNoticeDialog, "exec", lambda dialog: 1)
    clock = FakeClock()
    repository = JsonSettingsRepository(tmp_path / "config")
    app = PostureApp(Settings(), repository, SqliteSummaryRepository(tmp_path / "h.sqlite3"), clock,
                  lambda s: FakeFrameSource(clock), lambda s: PuppetPoseEstimator(),
                  AppPaths(tmp_path / "config", tmp_path), use_tray=False)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.start(use_worker_thread=False)
    qtbot.waitUntil(lambda: repository.load().first_run_done, timeout=2000)
    saved = repository.load()
    assert saved.camera_enabled is camera_enabled
    assert saved.safety_acknowledged is False  # shown again at the first break
    dialog = app.windows.calibration_dialog
    calibrating = dialog is not None and dialog.isVisible()
    assert calibrating is camera_enabled
    if app.windows.calibration_dialog is not None:
        qtbot.addWidget(app.windows.calibration_dialog)
    if camera_enabled:
        assert "Not calibrated yet" in " ".join(app.coach.status().lines())
    app.shutdown()


def test_someone_walking_behind_is_mentioned_but_not_judged(rig: Rig) -> None:
    passer_by = make_pose(scale=0.4, center=(90.0, 250.0), head_forward=1.0)
    rig.run((make_pose(), passer_by), 60)
    status = rig.app.coach.status()
    assert status.posture is PostureState.UPRIGHT
    assert "Someone else is in view" in " ".join(status.lines())


def test_take_a_break_now_opens_the_guided_break(rig: Rig) -> None:
    rig.run(UPRIGHT, 10 * 60)
    rig.app.windows.menu.break_now_requested.emit()
    assert rig.app.coach.timer.state is TimerState.ON_BREAK
    assert rig.app.windows.break_window.isVisible()
    rig.app.windows.break_window.break_finished.emit(("walk",))
    assert rig.app.coach.timer.state is TimerState.SITTING
    assert not rig.app.windows.break_window.isVisible()


def test_a_prompt_closed_without_a_decision_comes_back(rig: Rig) -> None:
    rig.run(UPRIGHT, 30 * 60)
    assert rig.app.windows.break_window.isVisible()
    rig.app.windows.break_window.hide()  # Escape or the close button when snoozing is not allowed
    rig.run(UPRIGHT, 60)
    assert not rig.app.windows.break_window.isVisible()
    rig.run(UPRIGHT, 90)
    assert rig.app.windows.break_window.isVisible()


def test_the_camera_stays_off_until_the_first_run_question_is_answered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    camera = FakeFrameSource(clock)
    app = PostureApp(Settings(), JsonSettingsRepository(tmp_path / "config"),
                  SqliteSummaryRepository(tmp_path / "h.sqlite3"), clock, lambda s: camera,
                  lambda s: PuppetPoseEstimator(UPRIGHT), AppPaths(tmp_path, tmp_path),
                  use_tray=False)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.worker.sample_now()
    assert camera.reads == 0
    assert not app.coach.status().is_camera_active  # no red dot before the user has agreed
    app.session.lock_changed.emit(True)
    app.session.lock_changed.emit(False)  # unlocking must not turn the camera on either
    app.worker.sample_now()
    assert camera.reads == 0
    assert not app.coach.status().is_camera_active
    app.shutdown()


def test_settings_ok_keeps_a_calibration_made_while_the_dialog_was_open(rig: Rig,
                                                                        qtbot: QtBot) -> None:
    rig.app.windows.menu.settings_requested.emit()
    dialog = rig.app.windows.settings_dialog
    assert dialog is not None
    baseline = calibrate([observe(make_pose())] * 5, calibrated_at="now").baseline
    rig.app.apply_settings(rig.app.settings.replace(baseline=baseline))
    find_button(dialog, "ok_button").click()
    assert rig.app.settings.baseline == baseline
    assert rig.repository.load().baseline == baseline


def test_delete_all_my_data_removes_history_calibration_and_settings(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = calibrate([observe(make_pose())] * 5, calibrated_at="now").baseline
    rig.app.apply_settings(rig.app.settings.replace(baseline=baseline, sensitivity=9))
    rig.run(UPRIGHT, 5 * 60)
    backup = rig.repository.path.with_name("settings.json.bak-20260101T000000")
    backup.write_text("{}")
    rig.app.windows.menu.settings_requested.emit()
    dialog = rig.app.windows.settings_dialog
    assert dialog is not None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    find_button(dialog, "delete_all_data_button").click()
    today = rig.clock.now().date()
    assert rig.store.minutes_for_day(today) == []
    saved = rig.repository.load()
    assert saved.baseline is None and saved.sensitivity == Settings().sensitivity
    assert not backup.exists()


def test_a_camera_held_all_day_is_not_a_call_forever(rig: Rig) -> None:
    messages: list[str] = []
    rig.app.notified.connect(lambda title, message: messages.append(message))
    rig.camera.status = CameraStatus.IN_USE
    rig.run(NOBODY, 60 * 60)
    assert rig.app.coach.timer.state is TimerState.IN_CALL
    assert not rig.app.windows.break_window.isVisible()
    rig.run(NOBODY, 70 * 60)
    assert rig.app.windows.break_window.isVisible()
    assert sum("two hours" in m for m in messages) == 1


def test_in_a_meeting_holds_breaks_then_prompts_after(rig: Rig) -> None:
    rig.run(UPRIGHT, 25 * 60)
    rig.app.windows.menu.meeting_requested.emit(60 * 60)
    assert rig.app.coach.status().is_in_meeting
    rig.run(UPRIGHT, 30 * 60)
    assert not rig.app.windows.break_window.isVisible()
    assert rig.app.coach.timer.state is TimerState.IN_CALL
    rig.app.windows.menu.meeting_requested.emit(None)  # "Meeting over"
    rig.run(UPRIGHT, 2 * 60)
    assert rig.app.windows.break_window.isVisible()


def test_a_meeting_ends_by_itself(rig: Rig) -> None:
    rig.app.windows.menu.meeting_requested.emit(10 * 60)
    rig.run(UPRIGHT, 9 * 60)
    assert rig.app.coach.status().is_in_meeting
    rig.run(UPRIGHT, 2 * 60)
    assert not rig.app.coach.status().is_in_meeting
    assert rig.app.coach.timer.state is TimerState.SITTING


def _stretch_names_shown(window: QWidget) -> set[str]:
    names = {stretch.name for stretch in STRETCHES}
    return {label.text() for label in window.findChildren(QLabel)
            if label.isVisibleTo(window) and label.text() in names}


def test_a_snoozed_break_comes_back_with_the_same_stretches(rig: Rig) -> None:
    rig.run(UPRIGHT, 30 * 60)
    first = _stretch_names_shown(rig.app.windows.break_window)
    assert len(first) == 2
    for _ in range(3):
        rig.app.windows.break_window.snoozed.emit()
        rig.run(UPRIGHT, 5 * 60)
        assert rig.app.windows.break_window.isVisible()
        assert _stretch_names_shown(rig.app.windows.break_window) == first


def test_the_prompt_counts_snoozes_in_plain_words(rig: Rig) -> None:
    rig.run(UPRIGHT, 30 * 60)
    notes = []
    for _ in range(2):
        rig.app.windows.break_window.snoozed.emit()
        rig.run(UPRIGHT, 5 * 60)
        note = rig.app.windows.break_window.findChild(QLabel, "snooze_note_label")
        assert note is not None
        notes.append(note.text())
    assert notes[0].startswith("You snoozed once: this break is 1 min longer.")
    assert notes[1].startswith("You snoozed 2 times: this break is 2 min longer.")


def test_the_safety_notes_open_on_a_first_break_taken_from_the_menu(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    repository = JsonSettingsRepository(tmp_path / "config")
    app = PostureApp(Settings(first_run_done=True), repository,
                  SqliteSummaryRepository(tmp_path / "h.sqlite3"), clock,
                  lambda s: FakeFrameSource(clock), lambda s: PuppetPoseEstimator(UPRIGHT),
                  AppPaths(tmp_path, tmp_path), use_tray=False)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.windows.menu.break_now_requested.emit()
    safety = find_button(app.windows.break_window, "safety_button")
    assert safety is not None and safety.isChecked()
    assert repository.load().safety_acknowledged is True
    app.shutdown()


# -- control from outside (postureapp ctl and D-Bus) -----------------------------------------


def test_control_pause_and_resume_do_what_the_menu_does(rig: Rig) -> None:
    rig.run(UPRIGHT, 60)
    reply = rig.app.handle_control(ControlCommand(ControlAction.PAUSE, 15 * 60))
    assert reply.is_done
    assert (reply.status["paused"], reply.status["pause_remaining_min"]) == (True, 15)
    reads = rig.camera.reads
    rig.run(UPRIGHT, 5 * 60)
    assert rig.camera.reads == reads  # the camera rests, as after the menu's pause
    reply = rig.app.handle_control(ControlCommand(ControlAction.RESUME))
    assert reply.is_done and reply.status["paused"] is False
    assert rig.app.coach.timer.state is TimerState.SITTING


def test_control_snooze_without_a_due_break_is_refused_and_changes_nothing(rig: Rig) -> None:
    rig.run(UPRIGHT, 60)
    reply = rig.app.handle_control(ControlCommand(ControlAction.SNOOZE))
    assert reply.error == "no break is due"
    assert reply.status["state"] == "sitting"
    assert rig.app.coach.timer.snoozes_used == 0


def test_control_snooze_puts_off_a_due_break_and_take_break_starts_one(rig: Rig) -> None:
    rig.run(UPRIGHT, rig.app.settings.sitting_limit_min * 60 + 20)
    assert rig.app.windows.break_window.isVisible()
    reply = rig.app.handle_control(ControlCommand(ControlAction.SNOOZE))
    assert reply.is_done and reply.status["state"] == "snoozed"
    assert not rig.app.windows.break_window.isVisible()
    reply = rig.app.handle_control(ControlCommand(ControlAction.BREAK))
    assert reply.is_done and reply.status["state"] == "on_break"
    assert rig.app.windows.break_window.isVisible()
    assert rig.app.handle_control(ControlCommand(ControlAction.PAUSE)).error.startswith(
        "a break is in progress")


def test_control_meeting_holds_breaks_until_said_over(rig: Rig) -> None:
    reply = rig.app.handle_control(ControlCommand(ControlAction.MEETING, 3600))
    assert reply.status["in_meeting"] is True
    reply = rig.app.handle_control(ControlCommand(ControlAction.MEETING, None))
    assert reply.status["in_meeting"] is False


def test_control_status_is_published_when_it_changes_not_every_second(
    rig: Rig, qtbot: QtBot
) -> None:
    published: list[dict[str, object]] = []
    rig.app.control_status_changed.connect(published.append)
    rig.run(UPRIGHT, 30, step_s=1.0)  # thirty polls within one minute
    assert len(published) <= 1
    with qtbot.waitSignal(rig.app.control_status_changed) as changed:
        rig.app.handle_control(ControlCommand(ControlAction.PAUSE, None))
    assert changed.args[0]["paused"] is True


def test_history_that_can_no_longer_be_saved_is_said_in_the_tray(
    rig: Rig, tmp_path: Path
) -> None:
    told: list[tuple[str, str]] = []
    rig.app.notified.connect(lambda title, message: told.append((title, message)))
    rig.run(UPRIGHT, 2 * 60)
    data_dir = rig.store.path.parent
    shutil.rmtree(data_dir)  # the history folder deleted, a file left in its place
    data_dir.write_text("not a folder")

    rig.run(UPRIGHT, 5 * 60)

    lines = rig.app.coach.status().lines()
    assert any("can't be saved" in line for line in lines)
    titles = [title for title, _ in told]
    assert titles.count("Posture history not saved") == 1  # said once, not every sample
    assert any(title == "Posture history" and "was deleted" in message
               for title, message in told)


def _past_first_run_app(qtbot: QtBot, tmp_path: Path, clock: FakeClock, settings: Settings,
                        **platform: Any) -> PostureApp:
    """An app without a tray whose user has been through the first run, not yet started."""
    app = PostureApp(settings.replace(first_run_done=True, safety_acknowledged=True),
                     JsonSettingsRepository(tmp_path / "config"),
                     SqliteSummaryRepository(tmp_path / "h.sqlite3"), clock,
                     lambda s: FakeFrameSource(clock), lambda s: PuppetPoseEstimator(UPRIGHT),
                     AppPaths(tmp_path, tmp_path), use_tray=False,
                     platform=PlatformServices(**platform))
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    return app


@pytest.mark.parametrize("works", [True, False])
def test_lock_screen_in_the_break_window_uses_the_desktops_lock(
    qtbot: QtBot, tmp_path: Path, works: bool
) -> None:
    locker = ScriptedScreenLocker(works)
    notifier = RecordingNotifier()
    app = _past_first_run_app(qtbot, tmp_path, FakeClock(), Settings(),
                              make_notifier=lambda _fallback: notifier, screen_locker=locker)
    app.windows.menu.break_now_requested.emit()
    button = app.windows.break_window.findChild(QPushButton, "lock_screen_button")
    assert button is not None and button.isVisible()

    button.click()

    assert locker.tries == 1
    assert button.isVisible() is works  # a lock that failed is not offered again
    assert any("could not be locked" in n.title for n in notifier.shown) is not works
    app.shutdown()


def test_strict_breaks_cover_the_screens_until_the_break_is_answered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    app = _past_first_run_app(qtbot, tmp_path, clock, Settings(strict_breaks=True))
    app.start(use_worker_thread=False)
    window, overlay = app.windows.break_window, app.windows.break_overlay
    while not window.isVisible():
        clock.advance(60)
        app.poll()
    assert overlay.is_shown

    window.snoozed.emit()
    window.hide()
    assert not overlay.is_shown

    app.windows.menu.break_now_requested.emit()  # a break the user asks for is covered too
    assert overlay.is_shown
    window.break_finished.emit(("walk",))
    assert not overlay.is_shown
    app.shutdown()


def test_with_strict_breaks_the_break_window_is_raised_whenever_a_cover_comes_on_top(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Raising the window right after showing the cover lost to the window manager, which maps
    the cover later and puts it on top (openbox hid the stretches so)."""
    clock = FakeClock()
    app = _past_first_run_app(qtbot, tmp_path, clock, Settings(strict_breaks=True))
    window, overlay = app.windows.break_window, app.windows.break_overlay
    raised: list[bool] = []
    monkeypatch.setattr(window, "raise_", lambda: raised.append(window.isVisible()))
    app.start(use_worker_thread=False)
    while not overlay.is_shown:
        clock.advance(60)
        app.poll()
    raised.clear()

    overlay.covered.emit()

    assert raised == [True]
    app.shutdown()


def test_closing_the_summary_window_gives_its_memory_back(qtbot: QtBot, tmp_path: Path) -> None:
    given_back: list[str] = []
    app = _past_first_run_app(qtbot, tmp_path, FakeClock(), Settings(),
                              give_back_memory=lambda: given_back.append("memory"))
    app.start(use_worker_thread=False)
    app.windows.menu.summary_requested.emit()
    window = app.windows.summary_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert given_back == []  # not while it is open

    window.close()

    assert given_back == ["memory"]
    app.windows.menu.summary_requested.emit()  # the same window comes back, and goes again
    assert app.windows.summary_window is window
    window.close()
    assert given_back == ["memory", "memory"]
    app.shutdown()
