"""Composition root: builds the core, the adapters and the UI, and connects them.

The only module that knows every concrete class. It decides nothing: Qt signals become inputs
to the core's `Coach`, and each `CoachStep` it returns becomes calls on the windows, the monitor
worker, the history store and the notifier.
"""

from __future__ import annotations

import logging
import random
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QApplication

from postureapp import __version__
from postureapp.adapters.platform_services import PlatformServices
from postureapp.core import coach_inputs as inputs
from postureapp.core.clock import Clock
from postureapp.core.coach import Coach, CoachStep
from postureapp.core.control import (
    ControlCommand,
    ControlReply,
    coach_input,
    refusal,
    status_record,
)
from postureapp.core.i18n import translate
from postureapp.core.monitor import PostureReading
from postureapp.core.notifications import NOTICE_KEY, Notification
from postureapp.core.ports import FrameSource, PoseEstimator, SettingsRepository, SummaryRepository
from postureapp.core.settings import FirstRunChoice, Settings
from postureapp.core.settings_overrides import RunOverrides
from postureapp.core.stretch_recognition import RecognitionStep, StretchVerdict
from postureapp.paths import AppPaths
from postureapp.ui.first_run import ask_first_run
from postureapp.ui.monitor_worker import MonitorWorker, start_worker_thread, stop_worker_thread
from postureapp.ui.tray_notifier import fallback_notifier
from postureapp.ui.windows import AppWindows

LOG = logging.getLogger("postureapp")
POLL_INTERVAL_MS = 1000


class PostureApp(QObject):
    """The running app: the coach, the monitor worker and the windows, wired together.

    Signals:
        settings_for_worker(Settings): new settings for the worker thread.
        suspend_worker(bool): camera off (True) or on again.
        calibrate_worker(int, bool): start calibration (seconds, preview).
        cancel_calibration_worker(): abandon calibration.
        break_prompt_shown(): the break window was shown (for tests and logging).
        nudge_shown(str): a posture nudge was shown with this cue.
        notified(str, str): a notification (title, message) was shown to the user.
        control_status_changed(dict): the status record for outside control changed.
    """

    settings_for_worker = Signal(object)
    suspend_worker = Signal(bool)
    calibrate_worker = Signal(int, bool)
    cancel_calibration_worker = Signal()
    break_prompt_shown = Signal()
    nudge_shown = Signal(str)
    notified = Signal(str, str)
    control_status_changed = Signal(dict)

    def __init__(
        self,
        settings: Settings,
        settings_repository: SettingsRepository,
        store: SummaryRepository,
        clock: Clock,
        make_source: Callable[[Settings], FrameSource],
        make_estimator: Callable[[Settings], PoseEstimator],
        paths: AppPaths,
        use_tray: bool,
        overrides: RunOverrides | None = None,
        rng: random.Random | None = None,
        platform: PlatformServices | None = None,
        make_stretch_estimator: Callable[[Settings], PoseEstimator] | None = None,
    ) -> None:
        super().__init__()
        self._settings_repository = settings_repository
        self._overrides = overrides or RunOverrides({}, {})
        self._store = store
        self._paths = paths
        self._platform = platform or PlatformServices()
        self._quitting = False
        saved_timer = self._platform.timer_state.load()
        self.coach = Coach(settings, clock, store, rng=rng, notices_told=len(store.status.notices),
                           history_problem_told=store.status.message,
                           is_monotonic_through_suspend=sys.platform == "win32",
                           saved_timer=saved_timer)
        if saved_timer is not None:
            LOG.info("sitting timer restored from %s: %s, sitting %d min",
                     saved_timer.saved_at.isoformat(timespec="seconds"),
                     self.coach.timer.state.value, self.coach.timer.sitting_s // 60)
        self.worker = MonitorWorker(settings, make_source, make_estimator, clock=clock,
                                    start_suspended=not self.coach.status().is_camera_active,
                                    make_stretch_estimator=make_stretch_estimator)
        self.windows = AppWindows(self.coach.status(), clock.monotonic, use_tray, self.worker,
                                  store, lambda: clock.now().date(), self._platform.exporter,
                                  self._platform.list_cameras)
        self.session = self._platform.session_signals
        # The desktop's notification server where there is one; else the tray's balloon or
        # the status window.
        self.notifier = self._platform.make_notifier(
            fallback_notifier(self.windows.tray, self.windows.status_window))
        self._control_status: dict[str, Any] = {}
        self._connect()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self.worker_thread: QThread | None = None

    def _connect(self) -> None:
        menu, window, windows = self.windows.menu, self.windows.break_window, self.windows
        said: list[tuple[SignalInstance, Callable[..., inputs.CoachInput]]] = [
            (menu.pause_requested, inputs.PauseChosen),
            (menu.resume_requested, inputs.ResumeChosen),
            (menu.break_now_requested, inputs.BreakNowChosen),
            (menu.snooze_requested, inputs.SnoozeChosen),
            (menu.meeting_requested, inputs.MeetingChosen),
            (window.break_started, inputs.BreakStartChosen),
            (window.break_finished, lambda ids: inputs.BreakFinished(tuple(ids))),
            (window.snoozed, inputs.SnoozeChosen),
            (window.skipped, inputs.SkipChosen),
            (window.hidden, inputs.PromptClosed),
            (self.session.lock_changed, inputs.ScreenLocked),
            (self.session.sleep_changed, inputs.SystemSleep),
            (windows.settings_edited, inputs.SettingsEdited),
            (windows.baseline_accepted,
             lambda result: inputs.CalibrationAccepted(result.baseline, result.message)),
        ]
        for signal, make_input in said:
            signal.connect(lambda *args, make=make_input: self._send(make(*args)))
        self.session.lock_changed.connect(
            lambda is_locked: LOG.info("screen locked" if is_locked else "screen unlocked"))
        self.session.sleep_changed.connect(
            lambda is_asleep: LOG.info("going to sleep" if is_asleep else "woke from sleep"))
        self.notifier.action_invoked.connect(
            lambda key, action_id: self._send(inputs.NotificationActionInvoked(key, action_id)))
        menu.calibrate_requested.connect(
            lambda: windows.open_calibration(self.settings.show_preview))
        menu.summary_requested.connect(
            lambda: windows.open_summary(self.settings.natural_break_min))
        menu.settings_requested.connect(
            lambda: windows.open_settings(self.settings, self._paths.data_dir))
        menu.about_requested.connect(lambda: windows.show_about(
            __version__, self.settings.model_path, self._paths))
        menu.quit_requested.connect(QCoreApplication.quit)
        windows.summary_closed.connect(self._platform.give_back_memory)
        windows.quit_requested.connect(QCoreApplication.quit)
        window.set_can_lock_screen(self._platform.screen_locker.can_lock)
        window.lock_screen_requested.connect(self._on_break_window_lock_screen_requested)
        windows.delete_all_requested.connect(self._on_windows_delete_all_requested)
        windows.calibration_requested.connect(self._on_windows_calibration_requested)
        windows.calibration_cancelled.connect(self.cancel_calibration_worker)
        # Worker signals cross threads: they must reach slots of this object to be queued.
        self.worker.reading_ready.connect(self._on_worker_reading_ready)
        self.worker.model_failed.connect(self._on_worker_model_failed)
        self.worker.notice.connect(self._on_worker_notice)
        self.settings_for_worker.connect(self.worker.apply_settings)
        self.suspend_worker.connect(self.worker.set_suspended)
        self.calibrate_worker.connect(self.worker.start_calibration)
        self.cancel_calibration_worker.connect(self.worker.cancel_calibration)
        # The camera follows the stretch on screen: the window says which, the worker streams.
        window.stretch_shown.connect(self.worker.follow_stretch)
        window.stretch_left.connect(self.worker.end_stretch)
        self.worker.stretch_step_ready.connect(self._on_worker_stretch_step_ready)
        self.worker.stretch_verdict_ready.connect(self._on_worker_stretch_verdict_ready)

    @property
    def settings(self) -> Settings:
        """The settings in effect (saved settings plus this run's --set overrides)."""
        return self.coach.settings

    def start(self, use_worker_thread: bool = True) -> None:
        """Show the icon first, then start the worker (model and camera load off the GUI).

        Args:
            use_worker_thread: False keeps the worker on this thread and its timer idle, so a
                test can drive sampling with `worker.sample_now()` and a fake clock.
        """
        self.poll()  # the icon is drawn from the status before the tray shows it
        self.windows.show()
        if use_worker_thread:
            self.worker_thread = start_worker_thread(self.worker)
            self._poll_timer.start()
        if not self.settings.first_run_done:
            QTimer.singleShot(0, self._run_first_run)

    def shutdown(self) -> None:
        """Release the camera, stop the worker thread, save everything. Safe to call twice."""
        if self._quitting:
            return
        self._poll_timer.stop()
        self._send(inputs.Quitting())
        self._quitting = True  # windows closing from here on must not reach the closed history
        stop_worker_thread(self.worker, self.worker_thread)
        self._store.flush()
        self._store.close()
        self.windows.hide_tray()
        LOG.info("shut down: camera released, worker stopped, history saved")

    @Slot()
    def poll(self) -> None:
        """One heartbeat: let the core decide, then carry out what it decided."""
        self._send(inputs.Tick(self._store.status, self._platform.idle_time.idle_s()))

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings everywhere and save them."""
        self._send(inputs.SettingsChanged(settings))

    def notify(self, notification: Notification) -> None:
        """Tell the user something: through the desktop's notifications, or the app's own."""
        self.notified.emit(notification.title, notification.body)
        self.notifier.notify(notification)

    def handle_control(self, command: ControlCommand) -> ControlReply:
        """Carry out a command from outside (`postureapp ctl`, D-Bus, a second start) as its
        tray menu item would; refused where the menu greys it out (`core.control.refusal`)."""
        problem = refusal(command.action, self.coach.status())
        said = coach_input(command)
        if not problem and said is None:
            self.bring_forward()
        elif not problem and said is not None:
            self._send(said)
        return ControlReply(self._control_status, problem)

    def _send(self, event: inputs.CoachInput) -> None:
        if not self._quitting:
            self._carry_out(self.coach.handle(event))

    def _carry_out(self, step: CoachStep) -> None:
        self._store.record_samples(step.samples)
        for event in step.events:
            self._store.record_event(event)
        if step.events:  # a break taken or snoozed shows at once in an open summary
            self.windows.refresh_summary()
        if step.timer_snapshot is not None:
            self._platform.timer_state.save(step.timer_snapshot)
        if step.settings_to_save is not None:
            self._use_settings(step.settings_to_save)
        if step.camera_rest is not None:
            self.suspend_worker.emit(step.camera_rest)
        for key in step.withdrawn_notifications:
            self.notifier.withdraw(key)
        if step.is_prompt_withdrawn:
            self.windows.break_window.hide()
        if step.prompt is not None:
            self.windows.show_break_prompt(step.prompt, self.settings.strict_breaks)
            LOG.info("break prompt shown")
            self.break_prompt_shown.emit()
        if step.beep:
            QApplication.beep()
        for notification in step.notifications:
            self.notify(notification)
        if step.nudge is not None:
            self.nudge_shown.emit(step.nudge.cue)
        self.windows.show_status(step.status, step.today_line)
        record = status_record(step.status)
        if record != self._control_status:  # whole minutes: about once a minute when idle
            self._control_status = record
            self.control_status_changed.emit(record)

    def _use_settings(self, settings: Settings) -> None:
        try:
            self._settings_repository.save(self._overrides.without_overrides(settings))
        except OSError as error:
            self.notify(Notification(NOTICE_KEY, translate("app", "Settings not saved"),
                                     str(error)))
        self.settings_for_worker.emit(settings)
        problem = self._platform.start_at_login.apply(settings.start_at_login)
        if problem:
            self.notify(Notification(NOTICE_KEY, translate("app", "Start at login"), problem))
        self.windows.settings_applied(settings)

    @Slot()
    def _on_break_window_lock_screen_requested(self) -> None:
        # The lock is the desktop's; its lock signal then counts the time away.
        locker = self._platform.screen_locker
        if not locker.lock():
            self.windows.break_window.set_can_lock_screen(locker.can_lock)
            self.notify(Notification(
                NOTICE_KEY, translate("app", "The screen could not be locked"),
                translate("app", "Lock it the usual way, or just step away from the desk.")))

    @Slot(object)
    def _on_worker_reading_ready(self, reading: PostureReading) -> None:
        self._send(inputs.ReadingReceived(reading))

    @Slot(object)
    def _on_worker_stretch_step_ready(self, step: RecognitionStep) -> None:
        self.windows.break_window.show_stretch_step(step)

    @Slot(object)
    def _on_worker_stretch_verdict_ready(self, verdict: StretchVerdict) -> None:
        self.windows.break_window.show_stretch_verdict(verdict)
        self._send(inputs.StretchJudged(verdict))

    @Slot(str)
    def _on_worker_model_failed(self, message: str) -> None:
        self._send(inputs.ModelFailed(message))

    @Slot(str)
    def _on_worker_notice(self, message: str) -> None:
        LOG.warning("%s", message)
        self.notify(Notification(NOTICE_KEY, "postureapp", message))

    @Slot()
    def _on_windows_delete_all_requested(self) -> None:
        # Everything the app recorded about the user: history, calibration, settings (and the
        # backups of damaged settings files).
        is_history_deleted = self._store.delete_all()
        self._settings_repository.discard_backups()
        self.windows.close_settings()
        self._send(inputs.AllDataDeleted(is_history_deleted, self._store.status.message))
        self.windows.refresh_summary()

    @Slot(int, bool)
    def _on_windows_calibration_requested(self, seconds: int, preview: bool) -> None:
        self._send(inputs.CalibrationStarting())
        self.calibrate_worker.emit(seconds, preview)

    @Slot()
    def bring_forward(self) -> None:
        """Another start of the app asked us to come forward."""
        self.windows.bring_forward(self.settings.natural_break_min)

    @Slot()
    def _run_first_run(self) -> None:
        choice = ask_first_run(lambda: self._quitting)
        if self._quitting:
            return  # quit while the question was open: ask again next time
        self._send(inputs.FirstRunAnswered(choice))
        if choice is FirstRunChoice.CAMERA:
            self.windows.open_calibration(self.settings.show_preview)
