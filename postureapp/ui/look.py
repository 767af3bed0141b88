"""The look the app's windows share: larger and bolder text, and how an error is shown."""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QFont

ERROR_STYLE: Final = "color: #b00020; font-weight: bold;"
"""A label saying something went wrong: dark red (readable on light backgrounds), bold."""


def scaled_font(font: QFont, factor: float, *, is_bold: bool = False) -> QFont:
    """`font` scaled by `factor` (left as it is when its size is in pixels), bold or not."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    scaled.setBold(is_bold)
    return scaled
