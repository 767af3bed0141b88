"""What a user does to a widget in a pytest-qt test, typed (pytest-qt's own methods are not)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot


def click(qtbot: QtBot, widget: QWidget, button: Qt.MouseButton) -> None:
    """Click `widget` with the mouse."""
    qtbot.mouseClick(widget, button)


def press_key(
    qtbot: QtBot,
    widget: QWidget | None,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press and release `key` on `widget`."""
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def find_button(widget: QWidget, name: str) -> QPushButton:
    """The push button called `name` (its objectName) inside `widget`."""
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    return button
