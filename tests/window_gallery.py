"""Every window of the app, built with fakes in a typical state, and the palettes to show them in.

The screen tests (tests/ui/test_screens.py) render each of these in a light, a dark and a
high-contrast palette, and tests/ui/screen_fit.py lays each out on small and HiDPI screens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from postureapp.adapters.export import FileSummaryExporter
from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME, SqliteSummaryRepository
from postureapp.core.break_prompt import build_break_prompt, snooze_penalty_note
from postureapp.core.calibration import calibrate
from postureapp.core.day_summary import DaySummary, today_so_far_line
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.i18n import translate
from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureSample, PostureState
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.core.strict_break import LEAVE_DELAY_S
from postureapp.ui.about import AboutBox
from postureapp.ui.break_overlay import BreakOverlay
from postureapp.ui.break_window import BreakWindow
from postureapp.ui.calibration_dialog import CalibrationDialog
from postureapp.ui.first_run import SafetyNoticeDialog, WelcomeDialog
from postureapp.ui.settings_dialog import SettingsDialog
from postureapp.ui.summary_view import SummaryWindow
from postureapp.ui.theme import contrast_ratio
from postureapp.ui.tray import NO_TRAY_REASON, AppMenu, StatusWindow
from tests.fakes import FakeClock

TODAY = datetime(2026, 11, 23, 11, 30, tzinfo=UTC)
PROMPT_STRETCHES = ("thoracic-extension", "walk")
GUIDED_STRETCHES = ("thoracic-extension", "cat-cow", "walk")


# --- palettes ---------------------------------------------------------------------------------


_ROLE = QPalette.ColorRole

_PALETTE_COLOURS: dict[QPalette.ColorRole | str, tuple[str, str, str]] = {
    # role: (light, as Fusion or Adwaita; dark, as GNOME's Adwaita:dark with Fusion;
    #        high contrast, white on black with yellow highlights)
    _ROLE.Window: ("#efefef", "#353535", "#000000"),
    _ROLE.WindowText: ("#1a1a1a", "#eeeeec", "#ffffff"),
    _ROLE.Base: ("#ffffff", "#2d2d2d", "#000000"),
    _ROLE.AlternateBase: ("#f6f6f6", "#3a3a3a", "#1a1a1a"),
    _ROLE.Text: ("#1a1a1a", "#eeeeec", "#ffffff"),
    _ROLE.Button: ("#f0f0f0", "#3c3c3c", "#000000"),
    _ROLE.ButtonText: ("#1a1a1a", "#eeeeec", "#ffffff"),
    _ROLE.Highlight: ("#3574c4", "#15539e", "#ffff00"),
    _ROLE.HighlightedText: ("#ffffff", "#ffffff", "#000000"),
    _ROLE.ToolTipBase: ("#ffffdc", "#2a2a2a", "#000000"),
    _ROLE.ToolTipText: ("#000000", "#eeeeec", "#ffffff"),
    _ROLE.Link: ("#1b5fb4", "#8ab4f8", "#00ffff"),
    _ROLE.PlaceholderText: ("#767676", "#a0a0a0", "#c0c0c0"),
    _ROLE.Light: ("#ffffff", "#505050", "#ffffff"),
    _ROLE.Midlight: ("#e3e3e3", "#454545", "#c0c0c0"),
    _ROLE.Mid: ("#a0a0a0", "#2a2a2a", "#808080"),
    _ROLE.Dark: ("#8a8a8a", "#202020", "#404040"),
    _ROLE.Shadow: ("#444444", "#101010", "#ffffff"),
    "disabled text": ("#8a8a8a", "#8c8c8c", "#c0c0c0"),
}


def _palette(column: int) -> QPalette:
    palette = QPalette()
    for role, colours in _PALETTE_COLOURS.items():
        if isinstance(role, QPalette.ColorRole):
            palette.setColor(role, QColor(colours[column]))
    disabled = QColor(_PALETTE_COLOURS["disabled text"][column])
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


PALETTES: dict[str, QPalette] = {
    name: _palette(column) for column, name in enumerate(("light", "dark", "high-contrast"))
}
"""The desktops every window is checked in."""


# --- the windows ------------------------------------------------------------------------------


def _break_prompt(clock: FakeClock, _data: Path, _resources: ExitStack) -> QWidget:
    window = BreakWindow(clock.monotonic)
    window.set_can_lock_screen(True)
    window.show_prompt(build_break_prompt(
        [STRETCHES_BY_ID[i] for i in PROMPT_STRETCHES], break_length_s=240.0, sitting_s=55 * 60,
        can_snooze=False, snoozes_used=2, snooze_min=5,
        snooze_note=snooze_penalty_note(2, 120.0, False, 60.0), show_safety=True,
    ))
    return window


def _break_guided(clock: FakeClock, _data: Path, _resources: ExitStack) -> QWidget:
    window = BreakWindow(clock.monotonic)
    window.set_can_lock_screen(True)
    window.show_prompt(build_break_prompt(
        [STRETCHES_BY_ID[i] for i in GUIDED_STRETCHES], break_length_s=240.0, sitting_s=0,
        can_snooze=False, snoozes_used=0, snooze_min=5, snooze_note="", show_safety=True,
        is_guided=True,
    ))
    clock.advance(3)
    window.tick()
    return window


def _calibration(_clock: FakeClock, _data: Path, _resources: ExitStack) -> QWidget:
    dialog = CalibrationDialog(show_preview=True)
    dialog.show_result(calibrate([], TODAY.isoformat()))  # a failure, in the user's language
    return dialog


def _summary(clock: FakeClock, data: Path, resources: ExitStack) -> QWidget:
    repository = SqliteSummaryRepository(data / HISTORY_FILE_NAME, tz=UTC, clock=clock)
    start = TODAY - timedelta(hours=2)
    repository.record_samples([
        PostureSample(start + timedelta(minutes=i),
                      PostureState.UPRIGHT if i % 3 else PostureState.ROUNDED, 70.0, 60.0)
        for i in range(100)
    ])
    repository.record_event(CoachEvent(EventKind.BREAK_TAKEN, start + timedelta(minutes=50),
                                       sitting_s=1800.0, stretches=("walk",)))
    resources.callback(repository.close)
    return SummaryWindow(repository, lambda: TODAY.date(), 5, FileSummaryExporter())


def _history(clock: FakeClock, data: Path, resources: ExitStack) -> QWidget:
    window = _summary(clock, data, resources)
    assert isinstance(window, SummaryWindow)
    tabs = window.findChild(QWidget, "summary_tabs")
    assert tabs is not None
    tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    return window


def _status_window(_clock: FakeClock, _data: Path, _resources: ExitStack) -> QWidget:
    status = AppStatus(TimerState.SITTING, PostureState.UPRIGHT, CameraStatus.OK,
                       sitting_s=1260.0, sitting_limit_s=3000.0, seconds_until_break=1740.0,
                       is_camera_active=True)
    window = StatusWindow(AppMenu(status), translate("StatusWindow", NO_TRAY_REASON))
    today = DaySummary(TODAY.date(), monitored_min=190.0, upright_min=156.0, upright_share=0.82,
                       rounded_min=34.0, breaks_due=3, breaks_taken=2)
    window.show_status(status, today_so_far_line(today))
    return window


def _about(_clock: FakeClock, data: Path, _resources: ExitStack) -> QWidget:
    custom_model = str(data / "models" / "pose_landmarker_full.task")
    return AboutBox("0.1.0", custom_model, data / "config", data)


def _strict_overlay(clock: FakeClock, _data: Path, resources: ExitStack) -> QWidget:
    overlay = BreakOverlay(clock.monotonic)
    overlay.cover_screens()
    clock.advance(LEAVE_DELAY_S)
    overlay.tick()
    resources.callback(overlay.withdraw)  # keeps the overlay alive until then
    return overlay.covers[0]


WINDOWS: dict[str, Callable[[FakeClock, Path, ExitStack], QWidget]] = {
    "welcome": lambda _clock, _data, _resources: WelcomeDialog(),
    "safety": lambda _clock, _data, _resources: SafetyNoticeDialog(),
    "calibration": _calibration,
    "break-prompt": _break_prompt,
    "break-guided": _break_guided,
    "summary": _summary,
    "history": _history,
    "settings": lambda _clock, data, _resources: SettingsDialog(Settings(), data),
    "status-window": _status_window,
    "about": _about,
    "strict-overlay": _strict_overlay,
}
"""How to build each window the user can see, by name."""


def build_window(name: str, data_dir: Path, resources: ExitStack) -> QWidget:
    """Build window `name` with its data under `data_dir` (a temporary folder).

    What it opens (a history database) is closed when `resources` closes, after the window is
    gone. (Not on the window's `destroyed` signal: Python's collector may delete a window, and
    a Python slot run from inside that crashes the interpreter.)
    """
    return WINDOWS[name](FakeClock(TODAY), data_dir, resources)


# --- measuring what the user sees ------------------------------------------------------------


def _pixels(image: QImage) -> np.ndarray:
    """The image as an (height, width, 3) array of 0-255 RGB values."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    row_bytes = rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), np.uint8, count=row_bytes * rgb.height())
    rows = raw.reshape(rgb.height(), row_bytes)[:, : rgb.width() * 3]
    return rows.reshape(rgb.height(), rgb.width(), 3).copy()  # before `rgb` frees its memory


def _text_rect(widget: QWidget) -> QRect:
    """Where a widget draws its text (its label, not a check box's square or a button's rim)."""
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(widget)
        option.text = widget.text()
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        return widget.style().subElementRect(element, option, widget)
    if isinstance(widget, QPushButton):
        return widget.rect().adjusted(4, 4, -4, -4)  # inside the border and the focus ring
    return widget.rect()


def _luminance_array(rgb: np.ndarray) -> np.ndarray:
    channel = rgb.astype(np.float64) / 255.0
    linear = np.where(channel <= 0.04045, channel / 12.92, ((channel + 0.055) / 1.055) ** 2.4)
    weights = np.array([0.2126, 0.7152, 0.0722])
    return np.asarray(linear @ weights)


def rendered_contrast(pixels: np.ndarray) -> float:
    """The contrast between a text's ink and the background it is drawn on, from pixels.

    The background is the most common colour; the ink is the pixel that stands out from it
    most (the core of a glyph's stem, which anti-aliasing leaves at the full text colour).
    """
    flat = pixels.reshape(-1, 3)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    background = colours[int(np.argmax(counts))]
    luminance = _luminance_array(flat)
    background_luminance = float(_luminance_array(background[np.newaxis, :])[0])
    lighter = np.maximum(luminance, background_luminance)
    darker = np.minimum(luminance, background_luminance)
    return float(np.max((lighter + 0.05) / (darker + 0.05)))


def text_widgets(window: QWidget, *, with_disabled: bool = False) -> list[QWidget]:
    """The visible, enabled labels and buttons of `window` that show text.

    Disabled controls are left out unless `with_disabled`, as WCAG 1.4.3 leaves them out of
    contrast: they may look faded (but their text must still fit).
    """
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if (not widget.isVisibleTo(window) or widget.window() is not window
                or not (widget.isEnabled() or with_disabled)):
            continue
        if isinstance(widget, QLabel):
            text = "" if not widget.pixmap().isNull() else widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        if text.strip():
            found.append(widget)
    return found


def text_contrasts(window: QWidget) -> dict[str, float]:
    """The rendered contrast of every visible text in `window`, by a readable name."""
    image = window.grab().toImage()
    scale = image.devicePixelRatio()
    pixels = _pixels(image)
    contrasts: dict[str, float] = {}
    for widget in text_widgets(window):
        rect = _text_rect(widget).translated(widget.mapTo(window, QPoint(0, 0)))
        top, left = round(rect.top() * scale), round(rect.left() * scale)
        bottom, right = round((rect.bottom() + 1) * scale), round((rect.right() + 1) * scale)
        area = pixels[max(0, top):bottom, max(0, left):right]
        if area.size == 0:
            continue
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        name = f"{type(widget).__name__} {widget.objectName() or repr(text[:40])}"
        contrasts[name] = rendered_contrast(area)
    return contrasts


def clipped_texts(window: QWidget) -> list[str]:
    """The visible texts of `window` that do not fit the space their widget has.

    A label that does not wrap needs its one-line size; a wrapping label needs the height its
    text takes at its width; a button or check box needs its minimum size (its whole text); a
    table's column heading needs its text's width.
    Scroll areas are fine: a widget inside one has its full size and the area scrolls.
    """
    clipped: list[str] = []
    for header in window.findChildren(QHeaderView):
        if header.isVisibleTo(window) and header.orientation() is Qt.Orientation.Horizontal:
            model = header.model()
            clipped += [
                f"QHeaderView {model.headerData(i, Qt.Orientation.Horizontal)!r}"
                for i in range(header.count())
                if not header.isSectionHidden(i)
                and header.sectionSizeFromContents(i).width() > header.sectionSize(i)
            ]
    for widget in text_widgets(window, with_disabled=True):
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(size.width())
            is_clipped = needed_height > size.height()
        else:
            needed = widget.minimumSizeHint()
            is_clipped = needed.width() > size.width() or needed.height() > size.height()
        if is_clipped:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            clipped.append(f"{type(widget).__name__} {widget.objectName() or repr(text[:40])}")
    return clipped


def mnemonic_clashes(window: QWidget) -> list[str]:
    """The Alt+letter keys that more than one visible control of `window` claims (a button's,
    or a label's for its buddy): the key then only moves between them."""
    owners: dict[str, list[str]] = {}
    for widget in text_widgets(window, with_disabled=True):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        key = re.search(r"&([^&\s])", text.replace("&&", ""))
        if key:
            owners.setdefault(key.group(1).lower(), []).append(text)
    return [f"Alt+{key}: {texts}" for key, texts in sorted(owners.items()) if len(texts) > 1]


def palette_text_contrast(palette: QPalette) -> float:
    """Contrast of the palette's own window text, the best a window can do."""
    return contrast_ratio(palette.color(QPalette.ColorRole.WindowText),
                          palette.color(QPalette.ColorRole.Window))
