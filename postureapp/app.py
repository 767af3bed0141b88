"""Composition root: builds the core, the adapters and the UI, and connects them.

The only module that knows every concrete class. Decisions stay in the core (SittingTimer,
NudgePolicy, PostureMonitor); this module turns Qt events into core calls and core results
into what the user sees.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import random
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    QSocketNotifier,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from postureapp import __version__
from postureapp.adapters.dbus_control import open_control_service
from postureapp.adapters.idle_time import NullIdleTime, idle_time_of_this_desktop
from postureapp.adapters.session_signals import NullSessionSignals, watch_session_signals
from postureapp.adapters.timer_state_file import JsonTimerStateFile, NullTimerStateStore
from postureapp.core.calibration import CalibrationResult
from postureapp.core.clock import Clock, SystemClock
from postureapp.core.control import (
    ControlAction,
    ControlCommand,
    ControlReply,
    refusal,
    status_record,
)
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.monitor import PostureReading
from postureapp.core.notifications import (
    BREAK_KEY,
    NOTICE_KEY,
    NUDGE_KEY,
    SNOOZE_ACTION,
    START_BREAK_ACTION,
    Notification,
    Notifier,
)
from postureapp.core.ports import (
    CameraStatus,
    FrameSource,
    IdleTimeSource,
    PoseEstimator,
    SettingsRepository,
    SummaryRepository,
    TimerStateStore,
)
from postureapp.core.reminders import NudgePolicy
from postureapp.core.samples import PostureSample, PostureState
from postureapp.core.settings import Settings, SettingsError, field_names
from postureapp.core.settings_overrides import settings_from_overrides
from postureapp.core.sitting_timer import (
    SNOOZE_PENALTY_S,
    SittingTimer,
    TimerSnapshot,
    TimerState,
    is_snapshot_due,
)
from postureapp.core.status import AppStatus
from postureapp.core.stretches import (
    STRETCHES,
    STRETCHES_BY_ID,
    Stretch,
    pick_stretches,
    recently_suggested,
)
from postureapp.core.summary import away_samples, summarise_day, today_so_far_line
from postureapp.paths import (
    AppPaths,
    RuntimeDirError,
    default_paths,
    held_history_dirs,
    instance_socket_path,
    timer_state_path,
)
from postureapp.ui.break_window import BreakWindow
from postureapp.ui.calibration_dialog import CalibrationDialog
from postureapp.ui.desktop_session import SingleInstance
from postureapp.ui.first_run import SafetyNoticeDialog, WelcomeDialog
from postureapp.ui.monitor_worker import MonitorWorker, start_worker_thread
from postureapp.ui.qt_environment import drop_opencv_qt_paths
from postureapp.ui.resources import icon_path
from postureapp.ui.settings_dialog import SettingsDialog
from postureapp.ui.tray import AppMenu, StatusWindow, TrayIcon
from postureapp.ui.tray_notifier import fallback_notifier

if TYPE_CHECKING:
    from postureapp.ui.summary_view import SummaryWindow

LOG = logging.getLogger("postureapp")
POLL_INTERVAL_MS = 1000
# A due break whose prompt was closed without a decision is asked for again after this long.
REPROMPT_AFTER_S = 120.0
# "Camera in use by another app" holds breaks as a likely call; past this it is not a call.
MAX_CALL_HOLD_S = 2 * 3600.0
MAX_SAMPLE_SPAN_S = 120.0  # a sample never stands for more than this much monitored time
NO_TRAY_REASON = (
    "No system tray was found on this desktop, so postureapp shows this window instead. "
    "Closing it quits postureapp."
)
PRIVACY_STATEMENT = (
    "postureapp looks at your posture through the webcam to coach you. Camera pictures are "
    "analysed in memory on this computer and immediately discarded: no picture is ever saved "
    "or sent anywhere, and postureapp makes no network connections. What it keeps is a "
    "per-minute posture summary and your break history, stored only on this computer."
)


@dataclass(frozen=True, slots=True)
class RunOverrides:
    """This run's `--set` values, which are not saved unless the user changes them.

    Attributes:
        run_values: The overridden fields and the values this run uses.
        saved_values: The same fields as they are in the settings file.
    """

    run_values: dict[str, Any]
    saved_values: dict[str, Any]

    def without_overrides(self, settings: Settings) -> Settings:
        """The settings to save: overridden fields the user left alone keep their saved value."""
        unchanged = {
            name: self.saved_values[name]
            for name, value in self.run_values.items()
            if getattr(settings, name) == value
        }
        return replace(settings, **unchanged) if unchanged else settings


class Coach(QObject):
    """The running app: timer, nudges, monitor worker, tray and windows, wired together.

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
        session_signals: NullSessionSignals | None = None,
        make_notifier: Callable[[Notifier], Notifier] | None = None,
        timer_state: TimerStateStore | None = None,
        idle_time: IdleTimeSource | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._settings_repository = settings_repository
        self._overrides = overrides or RunOverrides({}, {})
        self._store = store
        self._clock = clock
        self._paths = paths
        self._rng = rng or random.Random()
        today = clock.now().date()
        self._recent_stretches: list[str] = list(recently_suggested(
            [*store.events_for_day(today - timedelta(days=1)), *store.events_for_day(today)]
        ))
        self._suggested: tuple[str, ...] = ()
        self._last_reading: PostureReading | None = None
        self._last_sample_s: float | None = None
        self._camera = CameraStatus.OK if settings.camera_enabled else CameraStatus.DISABLED
        self._is_locked = False
        self._is_asleep = False
        self._gone_since: datetime | None = None  # locked or asleep while monitoring
        self._stale_asked = False
        self._quitting = False
        self._tray_placed = False
        self._day_summary_sent_on: date | None = None
        self._today_line_cache: tuple[datetime, str] | None = None
        self._prompt_shown_s = 0.0
        self._in_use_since_s: float | None = None
        self._meeting_until_s: float | None = None
        self._camera_busy = False
        self._told_call_too_long = False
        self._control_status: dict[str, Any] = {}
        # History storage news (issue 11): notices already told, and the problem last told.
        self._store_notices_told = len(store.status.notices)
        self._store_problem_told = ""

        # Linux and macOS stop the monotonic clock while asleep, so a wall-clock jump reveals a
        # suspend; Windows keeps it running, so there a long gap between 1-second polls does.
        self.timer = SittingTimer(settings, clock,
                                  suspend_gap_s=60.0 if sys.platform == "win32" else None)
        self.nudges = NudgePolicy(settings, clock, self.timer)
        self._keep_timer_across_restarts(timer_state or NullTimerStateStore())
        self._idle_time = idle_time or NullIdleTime()

        self.menu = AppMenu(self.status())
        self.tray: TrayIcon | None = None
        self.status_window: StatusWindow | None = None
        if use_tray:
            self.tray = TrayIcon(self.menu)
        else:
            self.status_window = StatusWindow(self.menu, NO_TRAY_REASON)
        # The desktop's notification server when the composition root found one; else the
        # tray's balloon or the status window, as `make_notifier` receives them.
        fallback = fallback_notifier(self.tray, self.status_window)
        self.notifier = make_notifier(fallback) if make_notifier is not None else fallback
        self._is_break_notified = False
        self.break_window = BreakWindow(clock.monotonic)
        self.summary_window: SummaryWindow | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.calibration_dialog: CalibrationDialog | None = None

        # Before the first-run choice, the camera stays off: the user has not agreed to it yet.
        self.worker = MonitorWorker(settings, make_source, make_estimator,
                                    start_suspended=not settings.first_run_done)
        self.session = session_signals or NullSessionSignals()
        self._connect()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self.worker_thread: QThread | None = None

    # -- start and stop --------------------------------------------------------------------

    def start(self, use_worker_thread: bool = True) -> None:
        """Show the icon first, then start the worker (model and camera load off the GUI).

        Args:
            use_worker_thread: False keeps the worker on this thread and its timer idle, so a
                test can drive sampling with `worker.sample_now()` and a fake clock.
        """
        self._show_status()
        if self.tray is not None:
            self.tray.show()
        if self.status_window is not None:
            self.status_window.show()
            LOG.info("status window shown")
        if use_worker_thread:
            self.worker_thread = start_worker_thread(self.worker)
            self._poll_timer.start()
        if not self._settings.first_run_done:
            QTimer.singleShot(0, self._run_first_run)

    def shutdown(self) -> None:
        """Release the camera, stop the worker thread, save everything. Safe to call twice."""
        if self._quitting:
            return
        self._quitting = True
        self._poll_timer.stop()
        self._record_events(self.timer.poll().events)
        self._timer_state.save(self.timer.snapshot())
        self._record_time_gone(is_gone=False)  # quitting while locked: keep the time away
        if self.worker_thread is not None and self.worker_thread.isRunning():
            QMetaObject.invokeMethod(self.worker, "stop",
                                     Qt.ConnectionType.BlockingQueuedConnection)
            self.worker_thread.quit()
            self.worker_thread.wait(10_000)
        self._store.flush()
        self._store.close()
        if self.tray is not None:
            self.tray.hide()
        LOG.info("shut down: camera released, worker stopped, history saved")

    # -- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        menu = self.menu
        menu.pause_requested.connect(self._on_menu_pause_requested)
        menu.resume_requested.connect(self._on_menu_resume_requested)
        menu.break_now_requested.connect(self._on_menu_break_now_requested)
        menu.snooze_requested.connect(self._on_break_window_snoozed)
        menu.meeting_requested.connect(self._on_menu_meeting_requested)
        menu.calibrate_requested.connect(self.open_calibration)
        menu.summary_requested.connect(self.open_summary)
        menu.settings_requested.connect(self.open_settings)
        menu.about_requested.connect(self._on_menu_about_requested)
        menu.quit_requested.connect(self._on_menu_quit_requested)
        self.break_window.break_started.connect(self._on_break_window_break_started)
        self.break_window.break_finished.connect(self._on_break_window_break_finished)
        self.break_window.snoozed.connect(self._on_break_window_snoozed)
        self.break_window.skipped.connect(self._on_break_window_skipped)
        self.notifier.action_invoked.connect(self._on_notifier_action_invoked)
        self.worker.reading_ready.connect(self._on_worker_reading_ready)
        self.worker.model_failed.connect(self._on_worker_model_failed)
        self.worker.notice.connect(self._on_worker_notice)
        self.settings_for_worker.connect(self.worker.apply_settings)
        self.suspend_worker.connect(self.worker.set_suspended)
        self.calibrate_worker.connect(self.worker.start_calibration)
        self.cancel_calibration_worker.connect(self.worker.cancel_calibration)
        self.session.lock_changed.connect(self._on_session_lock_changed)
        self.session.sleep_changed.connect(self._on_session_sleep_changed)
        if self.status_window is not None:
            self.status_window.closed.connect(self._on_menu_quit_requested)

    # -- status ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The settings in effect (saved settings plus this run's --set overrides)."""
        return self._settings

    @property
    def idle_time_description(self) -> str:
        """Where the keyboard and mouse idle time comes from ("none" without one)."""
        return self._idle_time.description

    def status(self) -> AppStatus:
        """What the tray shows now."""
        reading = self._last_reading
        posture = reading.state if reading else PostureState.UNKNOWN
        detail = ""
        if reading is not None and reading.message and reading.camera_status is CameraStatus.OK:
            detail = reading.message
        elif reading is not None and reading.verdict is not None and reading.verdict.other_people:
            detail = self.tr("Someone else is in view; only you are judged")
        camera = self._camera
        if self.timer.is_paused:
            detail = detail or self.tr("Camera off while paused")
        elif self.timer.is_camera_blind:
            detail = self.tr("The camera does not see you")
        elif (not detail and camera is CameraStatus.OK and self._settings.camera_enabled
              and self._settings.baseline is None):
            detail = self.tr("Not calibrated yet: Calibrate posture in the menu")
        return AppStatus(
            timer_state=self.timer.state,
            posture=posture,
            camera=camera,
            sitting_s=self.timer.sitting_s,
            sitting_limit_s=self._settings.sitting_limit_min * 60.0,
            seconds_until_break=self.timer.seconds_until_break_due,
            pause_remaining_s=self.timer.pause_remaining_s,
            is_camera_active=(camera is CameraStatus.OK and self._settings.camera_enabled
                              and not self.timer.is_paused and not self._is_locked),
            detail=detail,
            is_in_meeting=self._is_in_meeting(),
            history_problem=self._store.status.message,
        )

    def today_line(self) -> str:
        """One line about today for the tooltip (re-read from history once a minute)."""
        now = self._clock.now()
        minute = now.replace(second=0, microsecond=0)
        if self._today_line_cache is None or self._today_line_cache[0] != minute:
            today = now.date()
            summary = summarise_day(today, self._store.minutes_for_day(today),
                                    self._store.events_for_day(today),
                                    natural_break_min=self._settings.natural_break_min)
            self._today_line_cache = (minute, today_so_far_line(summary))
        return self._today_line_cache[1]

    def _show_status(self) -> None:
        status = self.status()
        self.menu.set_status(status, self.timer.can_snooze)
        today = self.today_line()
        if self.tray is not None:
            self.tray.show_status(status, today)
            geometry = self.tray.geometry()
            if not self._tray_placed and self.tray.isVisible() and geometry.isValid():
                self._tray_placed = True
                LOG.info("tray icon visible at %d,%d size %dx%d", geometry.x(), geometry.y(),
                         geometry.width(), geometry.height())
        if self.status_window is not None:
            self.status_window.show_status(status, today)
        self._publish_control_status()

    def notify(self, title: str, message: str, with_sound: bool = False, key: str = NOTICE_KEY,
               actions: tuple[tuple[str, str], ...] = ()) -> None:
        """Tell the user something through the notifier (notification server, tray or window).

        Args:
            title: The notification's title.
            message: What to say.
            with_sound: Beep too, if the user turned sounds on (breaks and nudges only).
            key: What it is about; it replaces the last notification with the same key.
            actions: (action id, label) pairs to offer where the desktop can.
        """
        if with_sound and self._settings.sound_enabled:
            QApplication.beep()
        self.notified.emit(title, message)
        self.notifier.notify(Notification(key, title, message, actions))

    # -- the heartbeat -----------------------------------------------------------------------

    @Slot()
    def _on_poll_timer_timeout(self) -> None:
        self.poll()

    def poll(self) -> None:
        """One heartbeat: let the core decide, then show what it decided."""
        if self._meeting_until_s is not None and not self._is_in_meeting():
            self._meeting_until_s = None  # the meeting is over: breaks come back
            self._hold_for_calls()
        self.timer.on_input_idle(self._idle_time.idle_s())
        update = self.timer.poll()
        self._save_timer_state_if_due()
        nudge_update = self.nudges.poll()
        self._record_events(update.events)
        self._record_events(nudge_update.events)
        self._tell_store_news()
        if update.state is TimerState.BREAK_DUE and not self.break_window.isVisible():
            kinds = {e.kind for e in update.events}
            is_new_break = EventKind.BREAK_DUE in kinds
            if (is_new_break
                    or EventKind.BREAK_REMINDED in kinds  # after a snooze
                    or update.is_state_changed  # held during a call, which has ended
                    # closed without a decision: the break is still due, so ask again
                    or self._clock.monotonic() - self._prompt_shown_s >= REPROMPT_AFTER_S):
                self._show_break_prompt(is_new_break)
        resolved_elsewhere = update.state in (TimerState.SITTING, TimerState.AWAY,
                                              TimerState.PAUSED, TimerState.IN_CALL)
        if update.is_state_changed and resolved_elsewhere and update.previous_state in (
            TimerState.BREAK_DUE, TimerState.ON_BREAK
        ):
            # Natural break, call or pause: the prompt is no longer wanted.
            self.break_window.hide()
        if self._is_break_notified and (update.state is not TimerState.BREAK_DUE
                                        or not self.break_window.isVisible()):
            # Started, snoozed, skipped, a natural break, or the prompt closed: the
            # notification asks for something already answered.
            self._is_break_notified = False
            self.notifier.withdraw(BREAK_KEY)
        if nudge_update.nudge is not None:
            self.notify(self.tr("Posture"), nudge_update.nudge.cue, with_sound=True,
                        key=NUDGE_KEY)
            self.nudge_shown.emit(nudge_update.nudge.cue)
        if update.is_state_changed and update.previous_state is TimerState.PAUSED:
            self._rest_camera_as_needed()
        self._maybe_send_day_summary()
        self._show_status()

    def _maybe_send_day_summary(self) -> None:
        """Once a day, at the end of the working day, a one-line summary (if the user wants it
        and there is something to say)."""
        if not self._settings.end_of_day_summary:
            return
        now = self._clock.now()
        if self._day_summary_sent_on == now.date():
            return
        if now.hour * 60 + now.minute < self._settings.work_end_min:
            return
        self._day_summary_sent_on = now.date()
        if self._store.minutes_for_day(now.date()):
            self.notify(self.tr("Your day"), self.today_line())

    def _record_events(self, events: tuple[CoachEvent, ...]) -> None:
        for event in events:
            self._store.record_event(event)

    def _tell_store_news(self) -> None:
        """Say once when history stops reaching the disk, and each new storage notice."""
        store_status = self._store.status
        for notice in store_status.notices[self._store_notices_told:]:
            self.notify(self.tr("Posture history"), notice)
        self._store_notices_told = len(store_status.notices)
        if store_status.message and store_status.message != self._store_problem_told:
            self.notify(self.tr("Posture history not saved"), store_status.message)
        self._store_problem_told = store_status.message

    # -- surviving a restart (issue 11): the core decides, the store keeps -------------------

    def _keep_timer_across_restarts(self, store: TimerStateStore) -> None:
        """Carry on the previous run's sit-break cycle (SittingTimer.restore says how)."""
        self._timer_state = store
        saved = store.load()
        if saved is not None:
            self.timer.restore(saved)
            LOG.info("sitting timer restored from %s: %s, sitting %d min",
                     saved.saved_at.isoformat(timespec="seconds"), self.timer.state.value,
                     self.timer.sitting_s // 60)
        self._saved_snapshot: TimerSnapshot | None = None

    def _save_timer_state_if_due(self) -> None:
        snapshot = self.timer.snapshot()
        if is_snapshot_due(self._saved_snapshot, snapshot):
            self._timer_state.save(snapshot)
            self._saved_snapshot = snapshot

    # -- breaks ------------------------------------------------------------------------------

    def _show_break_prompt(self, is_new_break: bool = True) -> None:
        settings = self._settings
        if is_new_break or not self._suggested:
            chosen = self._pick_stretches()
            self._remember_suggested(chosen)
        else:
            # The same break asked for again (after a snooze, a call, a closed prompt): the
            # same suggestions, so the user is not shown a moving target.
            chosen = tuple(STRETCHES_BY_ID[i] for i in self._suggested)
        penalty = "" if self.timer.snoozes_used == 0 else self.tr(
            "You snoozed {n} time(s): this break is {m} min longer."
        ).format(n=self.timer.snoozes_used,
                 m=round(self.timer.snoozes_used * SNOOZE_PENALTY_S / 60))
        if self.timer.can_snooze:
            penalty = (penalty + " " + self.tr("Each snooze adds a minute to the break.")).strip()
        self.break_window.show_prompt(
            chosen, self.timer.break_length_s, int(self.timer.sitting_s // 60),
            self.timer.can_snooze, self.timer.snoozes_used, settings.snooze_min, penalty,
            show_safety=not settings.safety_acknowledged,
        )
        actions = [(START_BREAK_ACTION, self.tr("Start break"))]
        if self.timer.can_snooze:
            actions.append((SNOOZE_ACTION, self.tr("Snooze")))
        self.notify(self.tr("Time for a break"),
                    self.tr("You have been sitting for {m} min. Stand up and stretch.")
                    .format(m=int(self.timer.sitting_s // 60)), with_sound=True,
                    key=BREAK_KEY, actions=tuple(actions))
        self._is_break_notified = True
        self._prompt_shown_s = self._clock.monotonic()
        LOG.info("break prompt shown")
        self.break_prompt_shown.emit()

    @Slot()
    def _on_break_window_break_started(self) -> None:
        self.timer.start_break(self._suggested)
        self._acknowledge_safety()
        self.poll()

    @Slot(str, str)
    def _on_notifier_action_invoked(self, key: str, action_id: str) -> None:
        # The notification's buttons press the prompt's own, so both do the same.
        if key == BREAK_KEY and action_id == START_BREAK_ACTION:
            self.break_window.press_start()
        elif key == BREAK_KEY and action_id == SNOOZE_ACTION:
            self.break_window.press_snooze()

    def _acknowledge_safety(self) -> None:
        # The notes were open as the user began to move; from now on they are one click away.
        if not self._settings.safety_acknowledged:
            self._save_settings(self._settings.replace(safety_acknowledged=True))

    @Slot(object)
    def _on_break_window_break_finished(self, stretch_ids: tuple[str, ...]) -> None:
        self.timer.finish_break(tuple(stretch_ids))
        self.break_window.hide()
        self.poll()

    @Slot()
    def _on_break_window_snoozed(self) -> None:
        if self.timer.snooze():
            self.break_window.hide()
        self.poll()

    @Slot()
    def _on_break_window_skipped(self) -> None:
        self.timer.skip()
        self.break_window.hide()
        self.poll()

    def _pick_stretches(self) -> tuple[Stretch, ...]:
        return pick_stretches(STRETCHES, self._settings, tuple(self._recent_stretches),
                              self.nudges.is_rounded_recently, self._rng)

    def _remember_suggested(self, chosen: tuple[Stretch, ...]) -> None:
        # What this break offers (kept if it is asked for again) and the rotation's memory.
        self._suggested = tuple(s.id for s in chosen)
        self._recent_stretches = [*self._recent_stretches, *self._suggested][-8:]

    @Slot()
    def _on_menu_break_now_requested(self) -> None:
        if self.timer.state is TimerState.BREAK_DUE:
            self._show_break_prompt(is_new_break=False)  # bring the due break's prompt back
            return
        chosen = self._pick_stretches()
        if self.timer.take_break_now(tuple(s.id for s in chosen)):
            self._remember_suggested(chosen)
            # The user asked for it: go straight to the guided stretches, no prompt.
            self.break_window.show_guided(chosen, self.timer.break_length_s,
                                          show_safety=not self._settings.safety_acknowledged)
            self.break_window.raise_()
            self._acknowledge_safety()
        self.poll()

    # -- pause -------------------------------------------------------------------------------

    @Slot(object)
    def _on_menu_pause_requested(self, duration_s: float | None) -> None:
        if self.timer.pause(duration_s):
            self._rest_camera_as_needed()
        self.poll()

    @Slot()
    def _on_menu_resume_requested(self) -> None:
        self.timer.resume()
        self._rest_camera_as_needed()
        self.poll()

    # -- control from outside (postureapp ctl and D-Bus) --------------------------------------

    def handle_control(self, command: ControlCommand) -> ControlReply:
        """Carry out a command from outside as its tray menu item would.

        Returns:
            The status afterwards, and why the command was refused if it was (a command the
            menu would grey out, see `core.control.refusal`).
        """
        problem = refusal(command.action, self.timer.state, self.timer.can_snooze)
        if not problem:
            carry_out: dict[ControlAction, Callable[[], None]] = {
                ControlAction.PAUSE: lambda: self._on_menu_pause_requested(command.duration_s),
                ControlAction.RESUME: self._on_menu_resume_requested,
                ControlAction.BREAK: self._on_menu_break_now_requested,
                ControlAction.SNOOZE: self._on_break_window_snoozed,
                ControlAction.MEETING: lambda: self._on_menu_meeting_requested(command.duration_s),
                ControlAction.STATUS: self._show_status,
                ControlAction.ACTIVATE: self.bring_forward,  # another start of the app
            }
            carry_out[command.action]()
        return ControlReply(self._control_status, problem)

    def _publish_control_status(self) -> None:
        # Whole minutes, so this changes about once a minute unless something happens.
        record = status_record(self.status(), self.timer.can_snooze)
        if record != self._control_status:
            self._control_status = record
            self.control_status_changed.emit(record)

    # -- readings from the camera ------------------------------------------------------------

    @Slot(object)
    def _on_worker_reading_ready(self, reading: PostureReading) -> None:
        self._last_reading = reading
        self._camera = reading.camera_status
        self._camera_busy = self._is_likely_call(reading.camera_status)
        self._hold_for_calls()
        self.timer.on_presence(reading.is_present)
        self.nudges.on_posture(reading.state)
        now_s = self._clock.monotonic()
        span_s = MAX_SAMPLE_SPAN_S if self._last_sample_s is None else now_s - self._last_sample_s
        self._last_sample_s = now_s
        if reading.camera_status is CameraStatus.OK:
            score = reading.verdict.score if reading.verdict else None
            self._store.record_sample(PostureSample(
                self._clock.now(), reading.state, score,
                max(0.0, min(span_s, MAX_SAMPLE_SPAN_S, 2.0 * self._settings.sample_interval_s)),
            ))
        if reading.stale is not None and not self._stale_asked:
            self._stale_asked = True  # ask once per run, gently
            self.notify(self.tr("Recalibrate?"), reading.stale.reason)
        self._show_status()

    def _is_in_meeting(self) -> bool:
        until = self._meeting_until_s
        return until is not None and self._clock.monotonic() < until

    def _hold_for_calls(self) -> None:
        """Breaks wait while another app has the camera or the user said "in a meeting"."""
        self.timer.on_camera_in_use_by_other_app(self._camera_busy or self._is_in_meeting())

    @Slot(object)
    def _on_menu_meeting_requested(self, duration_s: float | None) -> None:
        self._meeting_until_s = (
            None if duration_s is None else self._clock.monotonic() + duration_s
        )
        self._hold_for_calls()
        self.poll()

    def _is_likely_call(self, camera: CameraStatus) -> bool:
        """Another app holding the camera is a call, but no call lasts all day: past
        MAX_CALL_HOLD_S the breaks come back (timed alone) and the user is told why."""
        if camera is not CameraStatus.IN_USE:
            self._in_use_since_s = None
            self._told_call_too_long = False
            return False
        now_s = self._clock.monotonic()
        if self._in_use_since_s is None:
            self._in_use_since_s = now_s
        if now_s - self._in_use_since_s < MAX_CALL_HOLD_S:
            return True
        if not self._told_call_too_long:
            self._told_call_too_long = True
            self.notify(self.tr("Camera busy for hours"), self.tr(
                "Another app has held the camera for two hours. Breaks are timed again; "
                "pause postureapp if you are in a long meeting."))
        return False

    @Slot(str)
    def _on_worker_model_failed(self, message: str) -> None:
        self._camera = CameraStatus.UNREADABLE
        self.notify(self.tr("Posture monitoring is off"),
                     message + " " + self.tr("The break timer keeps working."))
        self._show_status()

    @Slot(str)
    def _on_worker_notice(self, message: str) -> None:
        LOG.warning("%s", message)
        self.notify(self.tr("postureapp"), message)

    # -- desktop session ---------------------------------------------------------------------

    def _rest_camera_as_needed(self) -> None:
        """The camera is off while paused, locked or asleep, and on otherwise."""
        self.suspend_worker.emit(self._is_locked or self._is_asleep or self.timer.is_paused)

    def _record_time_gone(self, is_gone: bool) -> None:
        """Time locked or asleep is time away, recorded as an empty chair would be: only while
        posture was being monitored (camera on, not paused)."""
        now = self._clock.now()
        if is_gone and self._gone_since is None and self.status().is_camera_active:
            self._gone_since = now
        elif not is_gone and self._gone_since is not None:
            self._store.record_samples(away_samples(self._gone_since, now))
            self._gone_since = None

    @Slot(bool)
    def _on_session_lock_changed(self, is_locked: bool) -> None:
        LOG.info("screen locked" if is_locked else "screen unlocked")
        self._record_time_gone(is_locked or self._is_asleep)
        self._is_locked = is_locked
        self.timer.on_session_locked(is_locked)
        self._rest_camera_as_needed()
        self.poll()

    @Slot(bool)
    def _on_session_sleep_changed(self, is_sleeping: bool) -> None:
        LOG.info("going to sleep" if is_sleeping else "woke from sleep")
        self._record_time_gone(is_sleeping or self._is_locked)
        self._is_asleep = is_sleeping
        if is_sleeping:
            self.timer.on_system_sleep()
        else:
            self.timer.on_system_wake()
        self._rest_camera_as_needed()

    # -- windows -----------------------------------------------------------------------------

    @Slot()
    def open_summary(self) -> None:
        """Show today's summary."""
        if self.summary_window is None:
            # Imported on first use: the charts load matplotlib, which would slow start-up.
            from postureapp.adapters.export import FileSummaryExporter
            from postureapp.ui.summary_view import SummaryWindow

            self.summary_window = SummaryWindow(
                self._store, lambda: self._clock.now().date(), self._settings.natural_break_min,
                FileSummaryExporter(),
            )
        self.summary_window.refresh()
        _bring_forward(self.summary_window)

    @Slot()
    def open_settings(self) -> None:
        """Show the settings dialog."""
        if self.settings_dialog is None:
            from postureapp.adapters.camera_devices import list_cameras

            dialog = SettingsDialog(self._settings, self._paths.data_dir, list_cameras())
            dialog.settings_changed.connect(self._on_settings_dialog_settings_changed)
            dialog.delete_all_data_requested.connect(self._on_settings_dialog_delete_all)
            dialog.finished.connect(self._on_settings_dialog_finished)
            self.settings_dialog = dialog
        _bring_forward(self.settings_dialog)

    @Slot(int)
    def _on_settings_dialog_finished(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    @Slot(object)
    def _on_settings_dialog_settings_changed(self, settings: Settings) -> None:
        # The dialog only edits its own fields; what changed meanwhile outside it (a new
        # calibration, the safety notes read) must survive pressing OK.
        self.apply_settings(settings.replace(
            baseline=self._settings.baseline,
            first_run_done=self._settings.first_run_done,
            safety_acknowledged=self._settings.safety_acknowledged,
        ))

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings everywhere and save them."""
        natural_break_changed = settings.natural_break_min != self._settings.natural_break_min
        self._save_settings(settings)
        if natural_break_changed and self.summary_window is not None:
            # Its longest-sitting figures depend on it; it is rebuilt on the next open.
            was_visible = self.summary_window.isVisible()
            self.summary_window.close()
            self.summary_window.deleteLater()
            self.summary_window = None
            if was_visible:
                self.open_summary()
        self.timer.on_settings_changed(settings)
        self.nudges.on_settings_changed(settings)
        self.settings_for_worker.emit(settings)
        if not settings.camera_enabled:
            self._camera = CameraStatus.DISABLED
        elif self._camera is CameraStatus.DISABLED:
            self._camera = CameraStatus.OK
        from postureapp.adapters.autostart import apply_start_at_login

        problem = apply_start_at_login(settings.start_at_login)
        if problem:
            self.notify(self.tr("Start at login"), problem)
        self._show_status()

    def _save_settings(self, settings: Settings) -> None:
        self._settings = settings
        saved = self._overrides.without_overrides(settings)
        try:
            self._settings_repository.save(saved)
        except OSError as error:
            self.notify(self.tr("Settings not saved"), str(error))

    @Slot()
    def _on_settings_dialog_delete_all(self) -> None:
        # Everything the app recorded about the user: history, calibration, settings (and the
        # backups of damaged settings files). Settings start again from the defaults.
        history_gone = self._store.delete_all()
        self._settings_repository.discard_backups()
        self.apply_settings(Settings(first_run_done=True,
                                     safety_acknowledged=self._settings.safety_acknowledged))
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        if history_gone:
            self.notify(self.tr("Data deleted"), self.tr(
                "Your posture history, calibration and settings are deleted."))
        else:
            self.notify(self.tr("History not deleted"), self._store.status.message)
        if self.summary_window is not None:
            self.summary_window.refresh()

    @Slot()
    def open_calibration(self) -> None:
        """Show the calibration dialog."""
        if self.calibration_dialog is None:
            dialog = CalibrationDialog(self._settings.show_preview)
            dialog.calibration_requested.connect(self._on_calibration_dialog_requested)
            dialog.slouched_calibration_requested.connect(self.worker.start_slouched_calibration)
            dialog.cancelled.connect(self.cancel_calibration_worker.emit)
            dialog.baseline_accepted.connect(self._on_calibration_dialog_baseline_accepted)
            self.worker.calibration_progress.connect(dialog.show_progress)
            self.worker.preview_ready.connect(dialog.show_preview)
            self.worker.calibration_finished.connect(dialog.show_result)
            self.calibration_dialog = dialog
        _bring_forward(self.calibration_dialog)

    @Slot(int, bool)
    def _on_calibration_dialog_requested(self, seconds: int, preview: bool) -> None:
        if not self._settings.camera_enabled:
            self.apply_settings(self._settings.replace(camera_enabled=True))
        self.calibrate_worker.emit(seconds, preview)

    @Slot(object)
    def _on_calibration_dialog_baseline_accepted(self, result: CalibrationResult) -> None:
        self._save_settings(self._settings.replace(baseline=result.baseline))
        self.settings_for_worker.emit(self._settings)
        self._stale_asked = False
        self._store.record_event(CoachEvent(EventKind.CALIBRATED, self._clock.now(),
                                            detail=result.message))

    @Slot()
    def _on_menu_about_requested(self) -> None:
        model = self._settings.model_path or self.tr("the embedded MediaPipe pose model "
                                                     "(BlazePose full, Apache-2.0)")
        QMessageBox.about(
            None, self.tr("About postureapp"),
            self.tr("postureapp {v}\n\n{privacy}\n\nPose model: {model}\nSettings: {config}\n"
                    "History: {data}").format(v=__version__, privacy=PRIVACY_STATEMENT,
                                              model=model, config=self._paths.config_dir,
                                              data=self._paths.data_dir),
        )

    @Slot()
    def _on_menu_quit_requested(self) -> None:
        QCoreApplication.quit()

    @Slot()
    def bring_forward(self) -> None:
        """Another start of the app asked us to come forward: show the summary."""
        if self.status_window is not None:
            _bring_forward(self.status_window)
        self.open_summary()

    # -- first run ---------------------------------------------------------------------------

    @Slot()
    def _run_first_run(self) -> None:
        welcome = WelcomeDialog()
        choice: list[str] = []
        welcome.camera_setup_chosen.connect(lambda: choice.append("camera"))
        welcome.timer_only_chosen.connect(lambda: choice.append("timer"))
        welcome.exec()
        if self._quitting:
            return  # quit while the question was open: ask again next time
        if not choice:
            # Closed without choosing: no camera for now, and the question comes back next start.
            self.apply_settings(self._settings.replace(camera_enabled=False))
            return
        SafetyNoticeDialog().exec()
        if self._quitting:
            return
        # The safety notes open again on the first break, when the user is about to move;
        # starting that break marks them as read.
        settings = self._settings.replace(first_run_done=True,
                                          camera_enabled=choice == ["camera"])
        self.apply_settings(settings)
        self._rest_camera_as_needed()
        if choice == ["camera"]:
            self.open_calibration()


def _bring_forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def _desktop_notifier(fallback: Notifier) -> Notifier:
    """The desktop's notification server where the session bus has one, else `fallback`."""
    try:
        from postureapp.adapters.freedesktop_notifications import notifier_for_session_bus
    except ImportError:  # a Qt build without D-Bus
        return fallback
    return notifier_for_session_bus(fallback, icon_path("postureapp.svg"))


def _install_signal_handlers(app: QApplication) -> QSocketNotifier | None:
    """Quit cleanly on SIGTERM, SIGINT (Ctrl+C) and SIGHUP (logout, a closed terminal): Qt's
    loop does not run Python signal handlers by itself, so a socket pair wakes it."""
    try:
        reader, writer = socket.socketpair()
    except OSError:
        return None
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    hangup = getattr(signal, "SIGHUP", None)  # not on Windows
    for signum in (signal.SIGTERM, signal.SIGINT, *([hangup] if hangup else [])):
        signal.signal(signum, lambda *_: None)  # the wakeup fd does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def on_activated() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        QCoreApplication.quit()

    notifier.activated.connect(on_activated)
    notifier.setProperty("sockets", [reader, writer])  # keep them alive
    app.setProperty("_signal_sockets", (reader, writer))
    return notifier


def run_app(args: argparse.Namespace) -> int:
    """Start the tray app; returns the exit code."""
    from postureapp.adapters.camera import NoCamera, open_source
    from postureapp.adapters.mediapipe_pose import MediaPipePoseEstimator
    from postureapp.adapters.settings_file import JsonSettingsRepository
    from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME, SqliteSummaryRepository

    level = os.environ.get("POSTUREAPP_LOG", "").upper()
    if level:
        logging.basicConfig(level=getattr(logging, level, logging.INFO),
                            format="postureapp %(levelname)s: %(message)s")
    paths = default_paths(args)
    repository = JsonSettingsRepository(paths.config_dir)
    loaded = repository.load_report()
    try:
        settings = settings_from_overrides(loaded.settings, args.overrides)
    except SettingsError as error:
        print(f"error: --set {error}", file=sys.stderr)
        return 2
    if args.model is not None:
        settings = settings.replace(model_path=str(args.model))  # this run only, like --set
    changed = [name for name in field_names()
               if getattr(settings, name) != getattr(loaded.settings, name)]
    overrides = RunOverrides({n: getattr(settings, n) for n in changed},
                             {n: getattr(loaded.settings, n) for n in changed})

    drop_opencv_qt_paths()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("postureapp")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(QIcon(str(icon_path("postureapp.svg"))))

    try:
        instance = SingleInstance(instance_socket_path(paths.config_dir))
    except RuntimeDirError as error:
        print(f"error: {error}: set XDG_RUNTIME_DIR to a folder only you can use",
              file=sys.stderr)
        return 1
    if instance.notify_running_instance():
        print("postureapp is already running; it has been brought forward.", file=sys.stderr)
        return 0
    instance.listen()

    camera_spec = args.camera

    def make_source(current: Settings) -> FrameSource:
        if not current.camera_enabled:
            return NoCamera()
        if camera_spec is not None:
            try:
                return open_source(camera_spec, loop=True)  # type: ignore[no-any-return]
            except FileNotFoundError as error:
                return NoCamera(CameraStatus.NOT_FOUND, str(error))
        return open_source(str(current.camera_index))  # type: ignore[no-any-return]

    def make_estimator(current: Settings) -> PoseEstimator:
        # A broken model of the user's own makes the worker fall back to the embedded one.
        return MediaPipePoseEstimator(Path(current.model_path) if current.model_path else None)

    store = SqliteSummaryRepository(paths.data_dir / HISTORY_FILE_NAME,
                                    held_rows_dirs=held_history_dirs())
    store.apply_retention(settings.retention_days)
    use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    coach = Coach(settings, repository, store, SystemClock(), make_source, make_estimator,
                  paths, use_tray, overrides, session_signals=watch_session_signals(),
                  make_notifier=_desktop_notifier,
                  timer_state=JsonTimerStateFile(timer_state_path(paths.config_dir)),
                  idle_time=idle_time_of_this_desktop())
    instance.serve_commands(coach.handle_control)
    control_service = open_control_service(coach.handle_control)
    coach.control_status_changed.connect(control_service.publish_status)
    notifier = _install_signal_handlers(app)
    app.aboutToQuit.connect(coach.shutdown)
    coach.start()
    notices = [*loaded.problems, *store.status.notices]
    for notice in notices:
        LOG.warning("%s", notice)
    if notices:
        # One bubble: a second showMessage() would replace the first before it is read.
        coach.notify("postureapp", "\n\n".join(notices))
    if not use_tray:
        print(NO_TRAY_REASON, file=sys.stderr)
    LOG.info("started (tray: %s, D-Bus session signals: %s, notifications: %s, idle time: %s)",
             use_tray, ", ".join(coach.session.sources) or "none",
             type(coach.notifier).__name__, coach.idle_time_description)
    LOG.info("control: postureapp ctl; %s", control_service.description)
    code = app.exec()
    coach.shutdown()
    control_service.close()
    instance.close()
    del notifier
    return int(code)

