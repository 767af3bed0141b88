"""The look the app's windows share: larger and bolder text (colours: ui/theme.py)."""

from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(font: QFont, factor: float, *, is_bold: bool = False) -> QFont:
    """`font` scaled by `factor` (left as it is when its size is in pixels), bold or not."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    scaled.setBold(is_bold)
    return scaled
