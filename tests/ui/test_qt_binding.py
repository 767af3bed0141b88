"""The Qt binding must not leak or drop references: the app calls Qt for hours on end."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 on Python 3.11 decremented None's refcount on every call returning void,
    # so the tray crashed with "none_dealloc" after a while. Python 3.12+ makes None immortal.
    pixmap = QPixmap(8, 8)
    before = sys.getrefcount(None)
    for _ in range(500):
        pixmap.fill(QColor(0, 0, 0, 0))
    assert sys.getrefcount(None) - before > -50
