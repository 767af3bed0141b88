"""Every window, rendered as a user would see it in light, dark and high-contrast desktops."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from postureapp.ui.theme import BODY_TEXT_CONTRAST, Colours, contrast_ratio
from tests.window_gallery import (
    PALETTES,
    WINDOWS,
    build_window,
    text_contrasts,
    text_widgets,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(params=list(PALETTES))
def palette_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Run the test with the desktop in this palette, then put the old one back."""
    name: str = request.param
    previous = QPalette(qapp.palette())
    qapp.setPalette(PALETTES[name])
    yield name
    qapp.setPalette(previous)


@pytest.fixture
def resources(qtbot: QtBot) -> Iterator[ExitStack]:
    """The windows a test shows and what they open; all closed and deleted after the test."""
    with ExitStack() as stack:
        yield stack


def _dispose(window: QWidget) -> None:
    # Deleted here, at a known moment, rather than whenever Python's collector reaches the
    # window: a summary window torn down by the collector inside the next window's
    # constructor crashed the interpreter now and then.
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _shown(qtbot: QtBot, name: str, data_dir: Path, resources: ExitStack) -> QWidget:
    opened = ExitStack()
    window = build_window(name, data_dir, opened)
    resources.callback(_dispose, window)
    resources.enter_context(opened)  # closed first: the window goes after what it opened
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("window_name", list(WINDOWS))
def test_every_text_reads_against_what_is_behind_it(
    qtbot: QtBot, tmp_path: Path, resources: ExitStack, palette_name: str, window_name: str
) -> None:
    window = _shown(qtbot, window_name, tmp_path, resources)

    contrasts = text_contrasts(window)

    assert len(contrasts) >= 2, "the window shows its texts"
    faint = {name: round(ratio, 2) for name, ratio in contrasts.items()
             if ratio < BODY_TEXT_CONTRAST}
    assert not faint, f"{window_name} in {palette_name}: below 4.5:1: {faint}"


@pytest.mark.parametrize("window_name", ["welcome", "calibration", "break-prompt"])
def test_windows_take_the_dark_background_of_a_dark_desktop(
    qtbot: QtBot, tmp_path: Path, resources: ExitStack, qapp: QApplication, window_name: str
) -> None:
    previous = QPalette(qapp.palette())
    qapp.setPalette(PALETTES["dark"])
    try:
        window = _shown(qtbot, window_name, tmp_path, resources)
        corner = window.grab().toImage().pixelColor(2, 2)
    finally:
        qapp.setPalette(previous)

    assert corner.lightnessF() < 0.3


def test_a_window_follows_the_desktop_when_it_switches_to_dark(
    qtbot: QtBot, tmp_path: Path, resources: ExitStack, qapp: QApplication
) -> None:
    previous = QPalette(qapp.palette())
    qapp.setPalette(PALETTES["light"])
    try:
        window = _shown(qtbot, "break-prompt", tmp_path, resources)
        qapp.setPalette(PALETTES["dark"])
        corner = window.grab().toImage().pixelColor(2, 2)
        faint = [n for n, r in text_contrasts(window).items() if r < BODY_TEXT_CONTRAST]
    finally:
        qapp.setPalette(previous)

    assert corner.lightnessF() < 0.3
    assert not faint


@pytest.mark.parametrize("palette_name_", list(PALETTES))
def test_derived_colours_read_on_their_backgrounds(palette_name_: str) -> None:
    colours = Colours.from_palette(PALETTES[palette_name_])

    pairs = {
        "muted on window": (colours.muted, colours.window),
        "muted on card": (colours.muted, colours.card),
        "button text": (colours.button_text, colours.button),
        "default button": (colours.on_accent, colours.accent),
        "caution": (colours.caution_text, colours.caution_background),
        "text on caution": (colours.text, colours.caution_background),
        "error": (colours.error, colours.window),
    }
    faint = {name: round(contrast_ratio(QColor(a), QColor(b)), 2)
             for name, (a, b) in pairs.items()
             if contrast_ratio(QColor(a), QColor(b)) < BODY_TEXT_CONTRAST}
    assert not faint


def test_the_measure_catches_white_on_near_white(
    qtbot: QtBot, tmp_path: Path, resources: ExitStack
) -> None:
    """The contrast check itself: a label styled as the old calibration check box was fails."""
    window = _shown(qtbot, "welcome", tmp_path, resources)
    label = text_widgets(window)[0]
    label.setStyleSheet("color: #ffffff; background: #f5f8f7;")

    contrasts = text_contrasts(window)

    assert min(contrasts.values()) < 1.2


def _tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the window's first one."""
    stops: list[QWidget] = []
    widget: QWidget | None = window
    for _ in range(500):  # the chain is a loop; stop once it comes round
        assert widget is not None
        widget = widget.nextInFocusChain()
        if widget is window:
            break
        if (widget is not None and widget.isVisibleTo(window) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.window() is window and widget.focusProxy() is None):
            stops.append(widget)
    return stops


def _spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else what Qt derives (the
    button's text or a label's buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


@pytest.mark.parametrize("window_name", list(WINDOWS))
def test_tab_reaches_every_control_and_each_has_a_name(
    qtbot: QtBot, tmp_path: Path, resources: ExitStack, window_name: str
) -> None:
    window = _shown(qtbot, window_name, tmp_path, resources)
    stops = _tab_stops(window)

    reached: list[QWidget] = []
    window.focusNextChild()
    for _ in range(len(stops) + 2):
        focused = window.focusWidget()
        if focused is not None and focused not in reached:
            reached.append(focused)
        window.focusNextChild()

    assert stops, "the window has controls"
    missed = [w.objectName() or type(w).__name__ for w in stops if w not in reached]
    assert not missed, f"Tab never reaches {missed}"
    nameless = [w.objectName() or type(w).__name__ for w in stops if not _spoken_name(w)]
    assert not nameless, f"no name for a screen reader: {nameless}"


def test_every_settings_page_names_its_controls(
    qtbot: QtBot, tmp_path: Path, resources: ExitStack
) -> None:
    window = _shown(qtbot, "settings", tmp_path, resources)
    sections = window.findChild(QListWidget, "settings_sections")
    assert sections is not None

    nameless: dict[str, list[str]] = {}
    for row in range(sections.count()):
        sections.setCurrentRow(row)
        page = sections.item(row).text()
        stops = _tab_stops(window)
        assert len(stops) > 5, page  # the page's controls as well as the list and buttons
        missing = [w.objectName() or type(w).__name__ for w in stops if not _spoken_name(w)]
        if missing:
            nameless[page] = missing

    assert not nameless


def test_a_high_contrast_theme_keeps_text_and_outlines_at_full_strength() -> None:
    colours = Colours.from_palette(PALETTES["high-contrast"])
    assert colours.muted == colours.text
    assert colours.border == colours.text
    assert Colours.from_palette(PALETTES["light"]).muted != Colours.from_palette(
        PALETTES["light"]).text
