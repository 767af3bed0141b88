"""Keep OpenCV's bundled Qt out of our Qt.

The opencv-contrib-python wheel that mediapipe requires ships Qt plugins of its own and, when
`cv2` is imported, points QT_QPA_PLATFORM_PLUGIN_PATH (and QT_QPA_FONTDIR) at them. PySide6 would
then load an incompatible xcb plugin and abort on a real X11 desktop. Call this before creating
the QApplication.
"""

from __future__ import annotations

import os

_OPENCV_QT_VARIABLES = ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")


def drop_opencv_qt_paths() -> list[str]:
    """Remove the Qt variables that point into OpenCV's package; returns the ones removed."""
    removed = []
    marker = f"{os.sep}cv2{os.sep}qt"
    for name in _OPENCV_QT_VARIABLES:
        if marker in os.environ.get(name, ""):
            del os.environ[name]
            removed.append(name)
    return removed
