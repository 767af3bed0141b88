"""The app's windows and how long each lives: the tray (or its stand-in), the break window,
and the summary, settings, calibration and about windows, built on first use."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from postureapp.core.break_prompt import BreakPrompt
from postureapp.core.i18n import translate
from postureapp.core.ports import SummaryExporter, SummaryRepository
from postureapp.core.settings import Settings
from postureapp.core.status import AppStatus
from postureapp.paths import AppPaths
from postureapp.ui.about import AboutBox
from postureapp.ui.break_overlay import BreakOverlay
from postureapp.ui.break_window import BreakWindow
from postureapp.ui.calibration_dialog import CalibrationDialog
from postureapp.ui.monitor_worker import MonitorWorker
from postureapp.ui.tray import NO_TRAY_REASON, AppMenu, StatusWindow, TrayIcon

if TYPE_CHECKING:
    from postureapp.ui.settings_dialog import SettingsDialog
    from postureapp.ui.summary_view import SummaryWindow

LOG = logging.getLogger("postureapp")


def raise_window(window: QWidget) -> None:
    """Show `window` on top of the others and give it the focus."""
    window.show()
    window.raise_()
    window.activateWindow()


class AppWindows(QObject):
    """Owns every window: builds each on first use, brings it forward, and lets it go.

    Signals:
        settings_edited(Settings): the user pressed OK in the settings dialog.
        delete_all_requested(): the user asked to delete all their data.
        calibration_requested(int, bool): calibrate for this many seconds (with a preview).
        calibration_cancelled(): the user abandoned calibration.
        baseline_accepted(CalibrationResult): the user kept a new calibration.
        quit_requested(): the status window, the app's only face without a tray, was closed.
        summary_closed(): the summary window was closed; its charts' code and memory are idle.
    """

    settings_edited = Signal(object)
    delete_all_requested = Signal()
    calibration_requested = Signal(int, bool)
    calibration_cancelled = Signal()
    baseline_accepted = Signal(object)
    quit_requested = Signal()
    summary_closed = Signal()

    def __init__(
        self,
        status: AppStatus,
        monotonic: Callable[[], float],
        use_tray: bool,
        calibration_source: MonitorWorker,
        store: SummaryRepository,
        today: Callable[[], date],
        exporter: SummaryExporter,
        list_cameras: Callable[[], list[tuple[int, str]]],
    ) -> None:
        """Build the menu, the tray (or the status window) and the break window.

        Args:
            status: What to show at first.
            monotonic: The clock the break window's countdowns read.
            use_tray: A system tray exists; otherwise a status window stands in for it.
            calibration_source: The worker whose calibration progress the dialog shows.
            store: The history the summary window reads.
            today: Today's date, from the app's clock.
            exporter: Writes the summary window's exports.
            list_cameras: The cameras the settings dialog offers.
        """
        super().__init__()
        self._calibration_source = calibration_source
        self._store = store
        self._today = today
        self._exporter = exporter
        self._list_cameras = list_cameras
        self.menu = AppMenu(status)
        self.tray: TrayIcon | None = TrayIcon(self.menu) if use_tray else None
        self._is_tray_placed = False
        self.status_window: StatusWindow | None = None
        if self.tray is None:
            self.status_window = StatusWindow(self.menu,
                                              translate("StatusWindow", NO_TRAY_REASON))
            self.status_window.closed.connect(self.quit_requested)
        self.break_window = BreakWindow(monotonic)
        # Strict breaks: the cover goes whenever the break window does (snooze, skip, done).
        self.break_overlay = BreakOverlay(monotonic, self)
        self.break_window.hidden.connect(self.break_overlay.withdraw)
        self.break_overlay.covered.connect(self._raise_break_window)
        self.summary_window: SummaryWindow | None = None
        self._summary_natural_break_min = 0
        self.settings_dialog: SettingsDialog | None = None
        self.calibration_dialog: CalibrationDialog | None = None

    def show(self) -> None:
        """Show the tray icon, or the status window."""
        if self.tray is not None:
            self.tray.show()
        if self.status_window is not None:
            self.status_window.show()
            LOG.info("status window shown")

    def show_break_prompt(self, prompt: BreakPrompt, is_strict: bool) -> None:
        """Show the break window with `prompt`; with `is_strict`, over a cover on every screen."""
        self.break_window.show_prompt(prompt)
        if is_strict:
            self.break_overlay.cover_screens()
            self.break_window.raise_()  # the stretches stay above the cover

    def _raise_break_window(self) -> None:
        """The stretches stay above the cover, whenever the cover comes on top."""
        if self.break_window.isVisible():
            self.break_window.raise_()

    def hide_tray(self) -> None:
        """Take the icon off the panel (on quit)."""
        if self.tray is not None:
            self.tray.hide()

    def show_status(self, status: AppStatus, today_line: str) -> None:
        """Show `status` in the menu, the tray's icon and tooltip, or the status window."""
        self.menu.set_status(status)
        if self.tray is not None:
            self.tray.show_status(status, today_line)
            geometry = self.tray.geometry()
            if not self._is_tray_placed and self.tray.isVisible() and geometry.isValid():
                self._is_tray_placed = True  # the panel has shown the icon: say where, once
                LOG.info("tray icon visible at %d,%d size %dx%d", geometry.x(), geometry.y(),
                         geometry.width(), geometry.height())
        if self.status_window is not None:
            self.status_window.show_status(status, today_line)

    def bring_forward(self, natural_break_min: int) -> None:
        """Another start of the app asked us to come forward: the status window, the summary."""
        if self.status_window is not None:
            raise_window(self.status_window)
        self.open_summary(natural_break_min)

    def open_summary(self, natural_break_min: int) -> None:
        """Show the summary window (built anew when the natural-break length it counts with
        has changed)."""
        if self.summary_window is not None and self._summary_natural_break_min != natural_break_min:
            self.summary_window.close()
            self.summary_window.deleteLater()
            self.summary_window = None
        if self.summary_window is None:
            # Imported on first use: the tray never needs the summary window's code.
            from postureapp.ui.summary_view import SummaryWindow

            self.summary_window = SummaryWindow(self._store, self._today, natural_break_min,
                                                self._exporter)
            self.summary_window.hidden.connect(self.summary_closed)
            self._summary_natural_break_min = natural_break_min
        self.summary_window.refresh()
        raise_window(self.summary_window)

    def settings_applied(self, settings: Settings) -> None:
        """Rebuild a summary window on screen whose longest-sitting figures depend on a
        natural-break length that just changed (a hidden one is rebuilt when next opened)."""
        window = self.summary_window
        if (window is not None and window.isVisible()
                and self._summary_natural_break_min != settings.natural_break_min):
            self.open_summary(settings.natural_break_min)

    def open_settings(self, settings: Settings, data_dir: Path) -> None:
        """Show the settings dialog, built with `settings` if it is not open already."""
        if self.settings_dialog is None:
            # Imported on first use, like the summary window: a start that never opens the
            # settings does not pay for their code (about 45 ms here).
            from postureapp.ui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(settings, data_dir, self._list_cameras())
            dialog.settings_changed.connect(self.settings_edited)
            dialog.delete_all_data_requested.connect(self.delete_all_requested)
            dialog.finished.connect(self._on_settings_dialog_finished)
            self.settings_dialog = dialog
        raise_window(self.settings_dialog)

    def close_settings(self) -> None:
        """Close the settings dialog, if it is open."""
        if self.settings_dialog is not None:
            self.settings_dialog.close()

    @Slot(int)
    def _on_settings_dialog_finished(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def open_calibration(self, show_preview: bool) -> None:
        """Show the calibration dialog."""
        if self.calibration_dialog is None:
            dialog = CalibrationDialog(show_preview)
            dialog.calibration_requested.connect(self.calibration_requested)
            dialog.cancelled.connect(self.calibration_cancelled)
            dialog.baseline_accepted.connect(self.baseline_accepted)
            source = self._calibration_source
            dialog.slouched_calibration_requested.connect(source.start_slouched_calibration)
            source.calibration_progress.connect(dialog.show_progress)
            source.preview_ready.connect(dialog.show_preview)
            source.calibration_finished.connect(dialog.show_result)
            self.calibration_dialog = dialog
        raise_window(self.calibration_dialog)

    def show_about(self, version: str, model_path: str, paths: AppPaths) -> None:
        """The About box: version, the privacy promise, the model, and where data lives."""
        model = model_path or self.tr("the embedded MediaPipe pose model "
                                      "(BlazePose full, Apache-2.0)")
        AboutBox(version, model, paths.config_dir, paths.data_dir).exec()

    def refresh_summary(self) -> None:
        """Show the history as it is now in the summary window, if it is on screen (a hidden
        one reads the history when it is opened again)."""
        if self.summary_window is not None and self.summary_window.isVisible():
            self.summary_window.refresh()
