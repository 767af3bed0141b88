"""First-run dialogs: the safety notice, and a welcome that says what the camera is for."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.i18n import translate
from postureapp.core.settings import FirstRunChoice
from postureapp.core.stretches import (
    NOT_DIAGNOSIS,
    SEE_A_PROFESSIONAL,
    STOP_IF_PAIN,
    URGENT_CARE_INTRO,
    URGENT_WARNING_SIGNS,
)
from postureapp.ui.override import override
from postureapp.ui.screen_fit import fit_height_to_content
from postureapp.ui.theme import calm_window_style, follow_palette


def calm_dialog_style() -> str:
    """The calm look shared by the app's dialogs (first run, calibration), in today's palette."""
    return calm_window_style("QDialog")


def heading_label(widget: QWidget, text: str) -> QLabel:
    """A large bold heading in `widget`'s font, as the app's dialogs open with."""
    label = QLabel(text)
    label.setObjectName("heading_label")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def _rich_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def safety_notice_html() -> str:
    """The full safety text from core.stretches, worded exactly, laid out as rich text."""
    def text(source: str) -> str:
        return html.escape(translate("stretches", source))

    signs = "".join(f"<li>{text(sign)}</li>" for sign in URGENT_WARNING_SIGNS)
    return (
        f"<p style='margin-top: 0;'><b>{text(STOP_IF_PAIN)}</b></p>"
        f"<p style='margin-bottom: 0;'>{text(URGENT_CARE_INTRO)}</p>"
        f"<ul style='margin-top: 4px;'>{signs}</ul>"
        f"<p>{text(SEE_A_PROFESSIONAL)}</p>"
        f"<p style='margin-bottom: 0;'>{text(NOT_DIAGNOSIS)}</p>"
    )


class SafetyNoticeDialog(QDialog):
    """Shows the full safety text once, on first run, until the user says they understand.

    Only "I understand" accepts the dialog and emits `safety_acknowledged`; closing it any
    other way (Escape, the title-bar button) rejects it, so the app can show it again next time.

    Signals:
        safety_acknowledged(): The user pressed "I understand".
    """

    safety_acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the notice.

        Args:
            parent: The owning widget, if any.
        """
        super().__init__(parent)
        self.setObjectName("safety_notice_dialog")
        self.setWindowTitle(self.tr("Before you start — postureapp"))
        follow_palette(self, calm_dialog_style)
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "postureapp suggests gentle stretches for your mid-back. "
                "Please read this once before your first break."
            )
        )
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)
        intro.setProperty("muted", True)

        box = QFrame()
        box.setObjectName("safety_box")
        box.setAccessibleName(self.tr("Safety"))
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 14, 16, 14)
        self._safety_label = _rich_label(safety_notice_html(), "safety_text_label")
        box_layout.addWidget(self._safety_label)

        later = QLabel(self.tr("You can read this again at any time from Safety in a break."))
        later.setObjectName("later_label")
        later.setWordWrap(True)
        later.setProperty("muted", True)

        self._understand_button = QPushButton(self.tr("I &understand"))
        self._understand_button.setObjectName("understand_button")
        self._understand_button.setAccessibleName(self.tr("I understand"))
        self._understand_button.setDefault(True)
        self._understand_button.clicked.connect(self._on_understand_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._understand_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading_label(self, self.tr("Move safely")))
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(later)
        layout.addLayout(buttons)
        self._understand_button.setFocus()

    @override
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """As tall as the safety text needs at this width (a longer language needs more)."""
        super().showEvent(event)
        fit_height_to_content(self)

    def _on_understand_button_clicked(self) -> None:
        self.accept()
        self.safety_acknowledged.emit()


class WelcomeDialog(QDialog):
    """Says in plain words what the camera is for and lets the user choose to use it or not.

    Either button accepts the dialog and emits its signal. Closing it any other way (Escape,
    the title-bar button) rejects it and emits nothing: no choice was made, and the app asks
    again next time. Nothing here turns the camera on; the app does that after the choice.

    Signals:
        camera_setup_chosen(): The user chose "Set up the camera".
        timer_only_chosen(): The user chose "Use the timer without the camera".
    """

    camera_setup_chosen = Signal()
    timer_only_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the welcome.

        Args:
            parent: The owning widget, if any.
        """
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Welcome to postureapp"))
        follow_palette(self, calm_dialog_style)
        self.setMinimumWidth(540)

        intro = QLabel(
            self.tr(
                "postureapp reminds you to stand up and stretch when you have been sitting "
                "for a while, and can let you know when you have been slumped forward "
                "for a long time."
            )
        )
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)

        points = (
            (
                self.tr("What the camera is for"),
                self.tr(
                    "Only to see how you sit and whether you are at your desk. "
                    "That is all it looks for."
                ),
            ),
            (
                self.tr("Your pictures stay with you"),
                self.tr(
                    "No image is ever stored or sent anywhere. Everything happens on this "
                    "computer, and nothing leaves it."
                ),
            ),
            (
                self.tr("The camera is up to you"),
                self.tr(
                    "You can turn the camera off at any time and still use the break timer. "
                    "Without the camera, it counts the time your computer is unlocked."
                ),
            ),
        )
        items = "".join(
            f"<p style='margin-top: 0; margin-bottom: {0 if index == len(points) - 1 else 10}px;'>"
            f"<b>{html.escape(title)}</b><br>{html.escape(body)}</p>"
            for index, (title, body) in enumerate(points)
        )
        box = QFrame()
        box.setObjectName("privacy_box")
        box.setAccessibleName(self.tr("Privacy"))
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 14, 16, 14)
        self._privacy_label = _rich_label(items, "privacy_label")
        box_layout.addWidget(self._privacy_label)

        self._timer_only_button = QPushButton(self.tr("Use the &timer without the camera"))
        self._timer_only_button.setObjectName("timer_only_button")
        self._timer_only_button.setAccessibleName(self.tr("Use the timer without the camera"))
        self._timer_only_button.clicked.connect(self._on_timer_only_button_clicked)
        self._camera_button = QPushButton(self.tr("&Set up the camera"))
        self._camera_button.setObjectName("camera_button")
        self._camera_button.setAccessibleName(self.tr("Set up the camera"))
        self._camera_button.setDefault(True)
        self._camera_button.clicked.connect(self._on_camera_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._timer_only_button)
        buttons.addWidget(self._camera_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading_label(self, self.tr("Welcome to postureapp")))
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addLayout(buttons)
        self._camera_button.setFocus()

    def _on_camera_button_clicked(self) -> None:
        self.accept()
        self.camera_setup_chosen.emit()

    def _on_timer_only_button_clicked(self) -> None:
        self.accept()
        self.timer_only_chosen.emit()


def ask_first_run(is_quitting: Callable[[], bool]) -> FirstRunChoice | None:
    """Ask the first-run question, then (when answered) show the safety notes.

    Args:
        is_quitting: True once the app is quitting; the notes are then not shown.

    Returns:
        The user's choice, or None when the welcome was closed without one.
    """
    welcome = WelcomeDialog()
    choices: list[FirstRunChoice] = []
    welcome.camera_setup_chosen.connect(lambda: choices.append(FirstRunChoice.CAMERA))
    welcome.timer_only_chosen.connect(lambda: choices.append(FirstRunChoice.TIMER_ONLY))
    welcome.exec()
    if not choices or is_quitting():
        return None
    SafetyNoticeDialog().exec()
    return choices[0]
