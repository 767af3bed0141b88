"""The tray icon and its menu, and the status window shown where no tray exists."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.coach import MEETING_S, PAUSE_CHOICES_S
from postureapp.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus, TrayState
from postureapp.ui.override import override
from postureapp.ui.resources import icon_path
from postureapp.ui.screen_fit import available_size, fit_to_screen, scrolling

LOG = logging.getLogger("postureapp")
ICON_SIZES = (16, 22, 24, 32, 48, 64)
NO_TRAY_REASON = QT_TRANSLATE_NOOP(
    "StatusWindow",
    "No system tray was found on this desktop, so postureapp shows this window instead. "
    "Closing it quits postureapp.",
)
"""Why the status window shows, in English (the log and stderr); the window translates it."""


def render_state_icon(state: TrayState, progress: float, is_camera_active: bool) -> QIcon:
    """The tray icon: the state's picture, a ring filling toward the next break, and a dot
    while the camera is in use (so the user always knows)."""
    renderer = QSvgRenderer(str(icon_path(f"tray-{state.value}.svg")))
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        # An explicit QColor: converting Qt.GlobalColor here trips a PySide6 refcount bug
        # (none_dealloc) after many calls.
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        ring = max(1.5, size / 12)
        inset = ring / 2
        rect = QRectF(inset, inset, size - ring, size - ring)
        if progress > 0 and state is not TrayState.BREAK_DUE:
            # A dark halo under a light arc reads on both light and dark panels.
            painter.setPen(QPen(QColor(0, 0, 0, 150), ring + 1))
            painter.drawArc(rect, 90 * 16, -int(progress * 360 * 16))
            painter.setPen(QPen(QColor(255, 255, 255), ring))
            painter.drawArc(rect, 90 * 16, -int(progress * 360 * 16))
        if is_camera_active:
            dot = max(3.0, size / 5)
            painter.setPen(QPen(QColor(0, 0, 0), 1))
            painter.setBrush(QColor(220, 40, 40))
            painter.drawEllipse(QRectF(size - dot - 0.5, 0.5, dot, dot))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class AppMenu(QObject):
    """The app's menu, rebuilt from the current status every time it opens.

    Signals:
        pause_requested(object): pause for this many seconds, or None until resumed.
        resume_requested(): end a pause.
        break_now_requested(): start a break now.
        snooze_requested(): put off a due break.
        meeting_requested(object): hold breaks for a meeting of this many seconds, or None
            when the meeting is over.
        calibrate_requested(): calibrate posture again.
        summary_requested(): show today's summary.
        settings_requested(): open settings.
        about_requested(): show version, privacy statement and model in use.
        quit_requested(): quit the app.
    """

    pause_requested = Signal(object)
    resume_requested = Signal()
    break_now_requested = Signal()
    snooze_requested = Signal()
    meeting_requested = Signal(object)
    calibrate_requested = Signal()
    summary_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, status: AppStatus) -> None:
        super().__init__()
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("postureapp menu"))
        self._status = status
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.rebuild()

    def set_status(self, status: AppStatus) -> None:
        """Remember the latest status; the menu shows it the next time it opens."""
        self._status = status

    @Slot()
    def _on_menu_about_to_show(self) -> None:
        self.rebuild()
        LOG.info("menu shown")

    def _add(self, menu: QMenu, text: str, slot: object, enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        return action

    def rebuild(self) -> None:
        """Fill the menu from the current status."""
        menu = self.menu
        menu.clear()
        for line in self._status.lines():
            header = menu.addAction(line)
            header.setEnabled(False)  # information, not a command
        menu.addSeparator()
        status = self._status
        if status.timer_state is TimerState.PAUSED:
            self._add(menu, self.tr("&Resume monitoring"), self.resume_requested.emit)
        else:
            pause = menu.addMenu(self.tr("&Pause monitoring"))
            pause.setEnabled(status.can_pause)
            for seconds, label in PAUSE_CHOICES_S:
                action = pause.addAction(translate("coach", label))
                action.triggered.connect(
                    lambda _checked=False, s=seconds: self.pause_requested.emit(s)
                )
        self._add(
            menu,
            self.tr("Take a &break now"),
            self.break_now_requested.emit,
            enabled=status.can_take_break_now,
        )
        self._add(
            menu,
            self.tr("&Snooze the break"),
            self.snooze_requested.emit,
            enabled=status.can_snooze,
        )
        if status.is_in_meeting:
            self._add(menu, self.tr("&Meeting over"), lambda: self.meeting_requested.emit(None))
        else:
            meeting_hours = round(MEETING_S / 3600)
            self._add(menu, tr("In a &meeting (hold breaks for %n hour(s))", None, meeting_hours),
                      lambda: self.meeting_requested.emit(MEETING_S))
        menu.addSeparator()
        self._add(menu, self.tr("&Calibrate posture…"), self.calibrate_requested.emit)
        self._add(menu, self.tr("&Today's summary…"), self.summary_requested.emit)
        self._add(menu, self.tr("S&ettings…"), self.settings_requested.emit)
        self._add(menu, self.tr("&About postureapp…"), self.about_requested.emit)
        menu.addSeparator()
        self._add(menu, self.tr("&Quit"), self.quit_requested.emit)

    def action_texts(self) -> list[str]:
        """The visible texts of the menu (for tests and the status window)."""
        return [a.text() for a in self.menu.actions() if not a.isSeparator()]

    def find_action(self, text_start: str) -> QAction:
        """The first action whose text (without '&') starts with `text_start`."""
        actions = list(self.menu.actions())
        for action in list(actions):
            sub = action.menu()
            if isinstance(sub, QMenu):
                actions.extend(sub.actions())
        for action in actions:
            if action.text().replace("&", "").startswith(text_start):
                return action
        raise KeyError(text_start)


class TrayIcon(QSystemTrayIcon):
    """The system tray icon: state at a glance, tooltip with details, the app menu."""

    def __init__(self, menu: AppMenu) -> None:
        super().__init__()
        self._menu = menu
        self.setContextMenu(menu.menu)
        self._shown_key: tuple[TrayState, int, bool] | None = None
        self.activated.connect(self._on_self_activated)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_self_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click opens the menu too: on some desktops only the context menu is reachable.
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._menu.rebuild()
            geometry = self.geometry()
            self._menu.menu.popup(
                geometry.center() if geometry.isValid() else self._menu.menu.pos()
            )

    def show_status(self, status: AppStatus, today_line: str = "") -> None:
        """Update icon and tooltip (the icon is only redrawn when it would look different)."""
        key = (status.tray_state, round(status.sitting_progress * 24), status.is_camera_active)
        if key != self._shown_key:
            self.setIcon(
                render_state_icon(
                    status.tray_state, status.sitting_progress, status.is_camera_active
                )
            )
            self._shown_key = key
        lines = ["postureapp", *status.lines()]
        if today_line:
            lines.append(today_line)
        self.setToolTip("\n".join(lines))


class StatusWindow(QWidget):
    """A small window standing in for the tray on desktops without one.

    Signals:
        closed(): the user closed the window (the app then quits: it has no other face).
    """

    closed = Signal()

    def __init__(self, menu: AppMenu, reason: str) -> None:
        super().__init__()
        self.setObjectName("status_window")
        self.setWindowTitle(self.tr("postureapp"))
        self.setWindowIcon(QIcon(str(icon_path("postureapp.svg"))))
        self.notice = QLabel(reason)
        self.notice.setObjectName("notice_label")
        self.notice.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setWordWrap(True)
        self.menu_button = QPushButton(self.tr("&Menu"))
        self.menu_button.setObjectName("menu_button")
        self.menu_button.setAccessibleName(self.tr("Open the postureapp menu"))
        self.menu_button.setMenu(menu.menu)

        # The texts scroll once they are taller than the screen (a very large font); the Menu
        # button below them stays in view.
        body = QWidget()
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(self.fontMetrics().height())  # the notice apart
        self._body_layout.addWidget(self.notice)
        self._body_layout.addWidget(self.status_label)
        self._body_layout.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(scrolling(body, "status_scroll_area"), 1)
        self._layout.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignLeft)
        # About 48 characters a line: a status line fits whole, and any screen has the room.
        width = self.fontMetrics().averageCharWidth() * 48
        fit_to_screen(self, QSize(width, self._height_for(width)))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Never let the window get shorter than its wrapped text at its new width."""
        super().resizeEvent(event)
        self._keep_text_in_view()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the only window quits the app, rather than leaving it running unseen."""
        self.closed.emit()
        super().closeEvent(event)

    def show_status(self, status: AppStatus, today_line: str = "") -> None:
        """Show the status lines and the state icon."""
        text = "\n".join([*status.lines(), today_line] if today_line else status.lines())
        self.status_label.setText(text)
        self._keep_text_in_view()
        self.setWindowIcon(
            render_state_icon(status.tray_state, status.sitting_progress, status.is_camera_active)
        )

    def show_notice(self, text: str) -> None:
        """Show `text` on the notice line above the status (a notification, or why no tray)."""
        self.notice.setText(text)
        self._keep_text_in_view()

    def _height_for(self, width: int) -> int:
        """The height the wrapped notice, status and button need at `width`."""
        margins = self._layout.contentsMargins()
        self._body_layout.activate()
        text_width = width - margins.left() - margins.right()
        return (margins.top() + self._body_layout.totalHeightForWidth(text_width)
                + self._layout.spacing() + self.menu_button.sizeHint().height()
                + margins.bottom())

    def _keep_text_in_view(self) -> None:
        # A top-level window's minimum size ignores height-for-width, so the wrapped status
        # would be clipped top and bottom; the minimum height follows the text instead, up to
        # the screen's height (beyond it, the text scrolls).
        needed = min(self._height_for(self.width()), available_size(self).height())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
