"""Window sizes that fit the screen a window is on, panels and title bar included."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

TITLE_BAR_ALLOWANCE_PX: Final = 40
"""Room left for the window manager's title bar and frame, which a window's own size excludes
(a window not yet shown cannot ask for its frame)."""

SIDE_FRAME_ALLOWANCE_PX: Final = 8


def available_size(widget: QWidget) -> QSize:
    """The largest size `widget` (a top-level window) can take on its screen, frame included.

    The screen's available geometry already leaves out panels and docks.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QSize(
        area.width() - 2 * SIDE_FRAME_ALLOWANCE_PX, area.height() - TITLE_BAR_ALLOWANCE_PX
    )


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize `widget` to `wanted`, or less where its screen is smaller."""
    widget.resize(wanted.boundedTo(available_size(widget)).expandedTo(widget.minimumSize()))


def fit_height_to_content(window: QWidget) -> None:
    """Make `window` as tall as its layout needs at its current width (shrinking too), screen
    allowing: after a panel in it was shown or hidden."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    fit_to_screen(window, QSize(window.width(), needed))


def scrolling(body: QWidget, object_name: str) -> QScrollArea:
    """`body` in a frameless, vertical-only scroll area: it scrolls only where the screen is too
    small for it, and the window's own background shows through."""
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    return area
