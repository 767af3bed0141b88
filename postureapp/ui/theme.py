"""The app's own look, with every colour chosen from the desktop's palette (light, dark or high
contrast), so text stays readable wherever the app runs.

The calm windows (welcome, safety, calibration, break) have cards, a warm safety panel and a
highlighted default button. Their colours are not fixed: `Colours.from_palette()` derives them from
the application palette, and checks each text colour against the background it sits on (WCAG AA,
4.5:1), falling back to the palette's own text colour where a softer shade would not pass.
`follow_palette()` applies a style sheet and applies it again when the desktop switches theme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

BODY_TEXT_CONTRAST: Final = 4.5
"""WCAG 2.x AA minimum contrast for body text."""

_CAUTION_HUE: Final = QColor("#e0a030")  # the warm tint of the safety panel and banners
_ACCENT_FALLBACK: Final = (QColor("#2f6f62"), QColor("#ffffff"))  # when Highlight is too faint
_ERROR_LIGHT: Final = QColor("#b00020")
_ERROR_DARK: Final = QColor("#ff8a80")
_HIGH_CONTRAST: Final = 18.0  # window text this far from its window: a high-contrast theme


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour, from 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(base: QColor, other: QColor, share_of_other: float) -> QColor:
    """`base` moved `share_of_other` (0..1) of the way toward `other`."""
    keep = 1.0 - share_of_other
    return QColor.fromRgbF(
        base.redF() * keep + other.redF() * share_of_other,
        base.greenF() * keep + other.greenF() * share_of_other,
        base.blueF() * keep + other.blueF() * share_of_other,
    )


def readable(preferred: QColor, fallback: QColor, *backgrounds: QColor) -> QColor:
    """`preferred`, moved toward `fallback` until it reads on every background (4.5:1)."""
    for step in range(11):
        candidate = mix(preferred, fallback, step / 10)
        if all(contrast_ratio(candidate, bg) >= BODY_TEXT_CONTRAST for bg in backgrounds):
            return candidate
    return fallback


@dataclass(frozen=True, slots=True)
class Colours:
    """The colours of the app's own windows, as `#rrggbb` strings for style sheets."""

    window: str
    text: str
    muted: str
    card: str
    border: str
    button: str
    button_text: str
    button_hover: str
    accent: str
    on_accent: str
    accent_hover: str
    focus: str
    checked: str
    disabled_text: str
    caution_background: str
    caution_border: str
    caution_text: str
    error: str
    track: str
    is_dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        """Derive every colour from `palette`; each text colour reads on its background."""
        role = QPalette.ColorRole
        window = palette.color(role.Window)
        text = palette.color(role.WindowText)
        is_dark = window.lightnessF() < 0.5
        card = palette.color(role.Base)
        if contrast_ratio(palette.color(role.Text), card) < BODY_TEXT_CONTRAST:
            card = window  # a palette whose Base does not suit its window text
        button = palette.color(role.Button)
        button_text = readable(palette.color(role.ButtonText), text, button)
        accent = palette.color(role.Highlight)
        on_accent = palette.color(role.HighlightedText)
        if contrast_ratio(accent, on_accent) < BODY_TEXT_CONTRAST:
            accent, on_accent = _ACCENT_FALLBACK
        # A high-contrast theme wants full-strength text and outlines, not softened ones.
        is_high_contrast = contrast_ratio(text, window) >= _HIGH_CONTRAST
        softening = 0.0 if is_high_contrast else 1.0
        caution_background = mix(card, _CAUTION_HUE, 0.16 if is_dark else 0.10)
        error = readable(_ERROR_DARK if is_dark else _ERROR_LIGHT, text, window, card)
        return cls(
            window=window.name(),
            text=text.name(),
            muted=readable(mix(text, window, 0.3 * softening), text, window, card).name(),
            card=card.name(),
            border=mix(window, text, 0.22 if softening else 1.0).name(),
            button=button.name(),
            button_text=button_text.name(),
            button_hover=mix(button, accent, 0.12).name(),
            accent=accent.name(),
            on_accent=on_accent.name(),
            accent_hover=mix(accent, text, 0.15).name(),
            focus=readable(accent, text, window).name(),
            checked=mix(button, _CAUTION_HUE, 0.25).name(),
            disabled_text=mix(button_text, button, 0.45).name(),
            caution_background=caution_background.name(),
            caution_border=mix(caution_background, _CAUTION_HUE, 0.5).name(),
            caution_text=readable(mix(text, _CAUTION_HUE, 0.35), text, caution_background).name(),
            error=error.name(),
            track=mix(window, text, 0.12).name(),
            is_dark=is_dark,
        )


def current_colours() -> Colours:
    """The colours for the application palette now in force."""
    return Colours.from_palette(QGuiApplication.palette())


def calm_window_style(root: str) -> str:
    """The style sheet of the calm windows, for widgets under the selector `root`.

    Args:
        root: A style-sheet selector for the window, e.g. "QDialog" or "#break_window".
    """
    c = current_colours()
    return f"""
{root} {{ background: {c.window}; }}
{root} QLabel, {root} QCheckBox {{ color: {c.text}; }}
{root} QLabel[muted="true"] {{ color: {c.muted}; }}
#stretch_card, #countdown_card, #safety_box, #privacy_box, #preview_label {{
    background: {c.card}; border: 1px solid {c.border}; border-radius: 12px;
}}
#stretch_card QLabel, #countdown_card QLabel, #safety_box QLabel, #privacy_box QLabel,
#preview_label {{ background: transparent; }}
#safety_panel {{
    background: {c.caution_background}; border: 1px solid {c.caution_border};
    border-radius: 10px;
}}
#safety_panel QLabel {{ background: transparent; color: {c.text}; }}
{root} QLabel#insist_label {{ color: {c.caution_text}; }}
{root} QPushButton {{
    background: {c.button}; color: {c.button_text}; border: 1px solid {c.border};
    border-radius: 8px; padding: 7px 16px; min-height: 20px;
}}
{root} QPushButton:hover {{ background: {c.button_hover}; }}
{root} QPushButton:checked {{ background: {c.checked}; border-color: {c.caution_border}; }}
{root} QPushButton:default {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
}}
{root} QPushButton:default:hover {{ background: {c.accent_hover}; }}
{root} QPushButton:disabled {{
    background: {c.window}; color: {c.disabled_text}; border-color: {c.track};
}}
{root} QPushButton:focus {{ border: 2px solid {c.focus}; }}
{root} QProgressBar {{
    background: {c.track}; border: none; border-radius: 3px; max-height: 6px;
}}
{root} QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
{root} QScrollArea, {root} QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


def caution_banner_style(root: str) -> str:
    """A warm banner (e.g. "history is not saved") whose text reads in any palette."""
    c = current_colours()
    return (
        f"{root} {{ background: {c.caution_background}; border: 1px solid {c.caution_border};"
        f" border-radius: 4px; }} {root} QLabel {{ color: {c.text}; background: transparent; }}"
    )


def error_text_style() -> str:
    """Bold text in the palette's error colour, for a message next to the buttons."""
    return f"color: {current_colours().error}; font-weight: bold;"


class _PaletteFollower(QObject):
    """Applies its parent widget's style sheet again whenever the application palette changes.

    It listens to the application (a widget with a style sheet of its own is not always told of
    a new palette). It keeps no Python reference to the widget (its Qt parent stands for it), so
    the two never form a cycle that Python's collector would tear down while Qt still delivers
    signals; being a child, it goes away with the widget, and its connection with it.
    """

    def __init__(self, widget: QWidget, make_style: Callable[[], str]) -> None:
        super().__init__(widget)
        self._make_style = make_style
        widget.setStyleSheet(make_style())
        application = QCoreApplication.instance()
        if isinstance(application, QGuiApplication):
            application.paletteChanged.connect(self._on_application_palette_changed)

    @Slot(QPalette)
    def _on_application_palette_changed(self, _palette: QPalette) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            style = self._make_style()
            if style != widget.styleSheet():
                widget.setStyleSheet(style)


def follow_palette(widget: QWidget, make_style: Callable[[], str]) -> None:
    """Give `widget` the style sheet `make_style()` builds, now and after each palette change.

    `make_style` must not hold the widget (see `_PaletteFollower`).
    """
    _PaletteFollower(widget, make_style)
