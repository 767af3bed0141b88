"""Lays out every window on the screen Qt was started with and reports what would not fit.

Run as `python -m tests.window_fit` with QT_QPA_PLATFORM=offscreen:configfile=<screens.json>
(tests/ui/test_screen_fit.py does, from its isolated session); prints one JSON line per window.
Everything it writes goes to a temporary folder. With POSTUREAPP_FIT_LANGUAGE set, the windows
speak that language, from the catalogues in POSTUREAPP_FIT_CATALOGUES if set (a pseudo-locale's,
tests/test_translations.py) or else the app's own.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QStackedWidget, QWidget

from postureapp.ui.language import install_language
from postureapp.ui.qt_environment import drop_opencv_qt_paths
from postureapp.ui.screen_fit import SIDE_FRAME_ALLOWANCE_PX, TITLE_BAR_ALLOWANCE_PX
from tests.window_gallery import WINDOWS, build_window, clipped_texts, mnemonic_clashes


def _on_every_page(window: QWidget, measure: Callable[[QWidget], list[str]]) -> list[str]:
    """What `measure` finds on every page of the window's page stacks (settings sections,
    summary tabs), each page shown in turn, then the first page again."""
    found = set(measure(window))
    for stack in window.findChildren(QStackedWidget):
        shown = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QApplication.processEvents()
            found.update(measure(window))
        stack.setCurrentIndex(shown)
    return sorted(found)


def main() -> int:
    """Measure each window; the exit code is 0 when all of them were measured."""
    drop_opencv_qt_paths()
    app = QApplication(sys.argv[:1])
    language = os.environ.get("POSTUREAPP_FIT_LANGUAGE")
    if language:
        catalogues = os.environ.get("POSTUREAPP_FIT_CATALOGUES")
        install_language(app, language, Path(catalogues) if catalogues else None)
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
                "clipped_texts": _on_every_page(window, clipped_texts),
                "mnemonic_clashes": _on_every_page(window, mnemonic_clashes),
            }), flush=True)
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
