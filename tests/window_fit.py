"""Lays out every window on the screen Qt was started with and reports what would not fit.

Run as `python -m tests.window_fit` with QT_QPA_PLATFORM=offscreen:configfile=<screens.json>
(tests/ui/test_screen_fit.py does, from its isolated session); prints one JSON line per window.
Everything it writes goes to a temporary folder.
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from postureapp.ui.qt_environment import drop_opencv_qt_paths
from postureapp.ui.screen_fit import SIDE_FRAME_ALLOWANCE_PX, TITLE_BAR_ALLOWANCE_PX
from tests.window_gallery import WINDOWS, build_window


def main() -> int:
    """Measure each window; the exit code is 0 when all of them were measured."""
    drop_opencv_qt_paths()
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen()
    area = screen.availableGeometry()
    with tempfile.TemporaryDirectory() as folder, ExitStack() as resources:
        for name in WINDOWS:
            window = build_window(name, Path(folder) / name, resources)
            window.show()
            app.processEvents()
            is_framed = not window.windowFlags() & Qt.WindowType.FramelessWindowHint
            frame = QRect(0, 0, window.width() + 2 * SIDE_FRAME_ALLOWANCE_PX * is_framed,
                          window.height() + TITLE_BAR_ALLOWANCE_PX * is_framed)
            inside = window.rect()
            off_window = [
                button.objectName() or button.text()
                for button in window.findChildren(QAbstractButton)
                if button.isVisibleTo(window) and button.window() is window
                and not inside.contains(
                    QRect(button.mapTo(window, QPoint(0, 0)), button.size())
                )
            ]
            print(json.dumps({
                "window": name,
                "size": [window.width(), window.height()],
                "frame_fits": area.width() >= frame.width() and area.height() >= frame.height(),
                "screen": [area.width(), area.height(), screen.devicePixelRatio()],
                "buttons_off_window": off_window,
            }), flush=True)
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
