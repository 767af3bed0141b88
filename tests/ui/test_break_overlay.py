"""The strict break overlay: covers every screen, and can always be left after a short delay."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from postureapp.core.strict_break import LEAVE_DELAY_S
from postureapp.ui.break_overlay import BreakOverlay
from tests.fakes import FakeClock
from tests.user_actions import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def overlay(qtbot: QtBot, fake_clock: FakeClock) -> Iterator[BreakOverlay]:
    overlay = BreakOverlay(fake_clock.monotonic)
    yield overlay
    overlay.withdraw()


def _leave_button(overlay: BreakOverlay) -> QPushButton:
    button = overlay.covers[0].findChild(QPushButton, "leave_overlay_button")
    assert button is not None
    return button


def test_every_screen_is_covered_edge_to_edge(overlay: BreakOverlay) -> None:
    overlay.cover_screens()

    screens = QGuiApplication.screens()
    assert len(overlay.covers) == len(screens)
    for cover, screen in zip(overlay.covers, screens, strict=True):
        assert cover.isVisible()
        assert cover.geometry() == screen.geometry()


def test_leaving_waits_a_few_seconds_then_one_click_ends_it(
    qtbot: QtBot, overlay: BreakOverlay, fake_clock: FakeClock
) -> None:
    overlay.cover_screens()
    button = _leave_button(overlay)
    assert not button.isEnabled()
    assert button.text() == f"Back to work in {LEAVE_DELAY_S:.0f} s"

    fake_clock.advance(LEAVE_DELAY_S - 1)
    overlay.tick()
    assert not button.isEnabled() and button.text() == "Back to work in 1 s"

    fake_clock.advance(1)
    overlay.tick()
    assert button.isEnabled()
    with qtbot.waitSignal(overlay.left):
        click(qtbot, button, Qt.MouseButton.LeftButton)
    assert not overlay.is_shown


def test_withdraw_takes_every_cover_away(overlay: BreakOverlay) -> None:
    overlay.cover_screens()
    covers = overlay.covers

    overlay.withdraw()

    assert not overlay.is_shown
    assert not any(cover.isVisible() for cover in covers)


def test_a_cover_says_when_it_comes_on_top(qtbot: QtBot, overlay: BreakOverlay) -> None:
    """Mapped (exposed), a cover lies above every other window: the break window must then be
    raised again."""
    with qtbot.waitSignal(overlay.covered, timeout=2000):
        overlay.cover_screens()


def test_the_covers_do_not_take_the_keyboard_focus(overlay: BreakOverlay) -> None:
    """Typing carries on where it was; and window managers stack a focused full-screen window
    above every other, the break window too (openbox hid the stretches so): a cover is a
    frameless window of the screen's size, not in the full-screen state that activates it."""
    overlay.cover_screens()

    for cover in overlay.covers:
        assert cover.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert cover.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus  # not by a click
        assert QApplication.activeWindow() is not cover  # before the offscreen platform's own
        # activation of every window it shows: on X11 only showFullScreen() activated it
        assert not cover.isFullScreen() and cover.geometry() == cover.screen().geometry()

