"""The strict break overlay: a calm, full-screen cover on every monitor while a break is on."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from postureapp.core.strict_break import seconds_until_leave
from postureapp.ui.override import override
from postureapp.ui.theme import current_colours, follow_palette

_TICK_MS: Final = 500


def _overlay_style() -> str:
    colours = current_colours()
    return (
        f"#break_overlay {{ background: {colours.window}; }}"
        f"#break_overlay QLabel {{ color: {colours.text}; }}"
        f"#break_overlay QLabel[muted=\"true\"] {{ color: {colours.muted}; }}"
        f"#break_overlay QPushButton {{ background: {colours.button};"
        f" color: {colours.button_text}; border: 1px solid {colours.border};"
        f" border-radius: 8px; padding: 9px 20px; }}"
        f"#break_overlay QPushButton:disabled {{ color: {colours.disabled_text}; }}"
        f"#break_overlay QPushButton:focus {{ border: 2px solid {colours.focus}; }}"
    )


class _ScreenCover(QWidget):
    """One screen's cover: a few calm words and the way back."""

    def __init__(self, screen: QScreen, on_leave: Callable[[], None],
                 on_top: Callable[[], None]) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            # Not even a click gives it the keyboard: the window manager would then stack the
            # focused, screen-sized cover above every window, the break window too.
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("break_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(self.tr("Break time — postureapp"))
        follow_palette(self, _overlay_style)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self._on_top = on_top

        title = QLabel(self.tr("Time to step away from the screen"))
        title.setObjectName("overlay_title_label")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("Stand up, stretch and move. The break window has the stretches."))
        hint.setObjectName("overlay_hint_label")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leave_overlay_button")
        self.leave_button.setAccessibleName(self.tr("Back to work: leave this screen"))
        self.leave_button.clicked.connect(on_leave)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addSpacing(28)
        layout.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """On the cover's native window: exposed means mapped, and so stacked on top."""
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle():
            self._on_top()
        return super().eventFilter(watched, event)


class BreakOverlay(QObject):
    """Covers every screen while a break is on, and always lets the user leave.

    The cover never grabs the keyboard or mouse, so the break window above it and the desktop's
    own shortcuts keep working; after `core.strict_break.LEAVE_DELAY_S` its Back to work button
    ends it.

    Signals:
        left(): The user pressed Back to work; the covers are already gone.
        covered(): A cover came on top of every window (the window manager mapped it): the
            break window must be raised above it again. Raising it once when the covers are
            shown loses to the window manager, which maps them later.
    """

    left = Signal()
    covered = Signal()

    def __init__(self, monotonic: Callable[[], float], parent: QObject | None = None) -> None:
        """Nothing shows until `cover_screens()`.

        Args:
            monotonic: Seconds that never go backwards (the app's clock); drives the delay.
            parent: The owning object, if any.
        """
        super().__init__(parent)
        self._monotonic = monotonic
        self._covers: list[_ScreenCover] = []
        self._shown_at_s = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def is_shown(self) -> bool:
        """Whether the screens are covered now."""
        return bool(self._covers)

    @property
    def covers(self) -> tuple[QWidget, ...]:
        """The cover on each screen (for tests and screenshots)."""
        return tuple(self._covers)

    def cover_screens(self) -> None:
        """Cover every screen (once; a second call while shown does nothing)."""
        if self._covers:
            return
        self._shown_at_s = self._monotonic()
        for screen in QGuiApplication.screens():
            cover = _ScreenCover(screen, self._on_leave_button_clicked, self.covered.emit)
            self._covers.append(cover)
            # The screen's size, not the full-screen state: showFullScreen() activates the
            # window, taking the keyboard from what the user types, and window managers stack
            # a focused full-screen window above all others, the break window too (openbox
            # hid the stretches so). Frameless and on top, it covers the screen all the same.
            cover.show()
            handle = cover.windowHandle()
            if handle is not None:
                handle.installEventFilter(cover)
        self.tick()
        self._timer.start()

    def withdraw(self) -> None:
        """Take the covers away (the break ended, was snoozed or skipped)."""
        self._timer.stop()
        covers, self._covers = self._covers, []
        for cover in covers:
            cover.hide()
            cover.deleteLater()

    def tick(self) -> None:
        """Bring the Back to work button up to date with the clock."""
        wait_s = seconds_until_leave(self._shown_at_s, self._monotonic())
        for cover in self._covers:
            button = cover.leave_button
            button.setEnabled(wait_s <= 0)
            if wait_s > 0:
                button.setText(
                    self.tr("Back to work in {seconds} s").format(seconds=math.ceil(wait_s))
                )
            else:
                button.setText(self.tr("&Back to work"))
        if wait_s <= 0:
            self._timer.stop()

    def _on_leave_button_clicked(self) -> None:
        self.withdraw()
        self.left.emit()
