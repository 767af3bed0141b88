"""The first-run dialogs: the safety notice and the welcome that explains the camera."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from postureapp.core.stretches import (
    NOT_DIAGNOSIS,
    SEE_A_PROFESSIONAL,
    STOP_IF_PAIN,
    URGENT_CARE_INTRO,
    URGENT_WARNING_SIGNS,
)
from postureapp.ui.first_run import SafetyNoticeDialog, WelcomeDialog
from tests.user_actions import click, find_button, press_key


def _all_text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_safety_notice_shows_all_the_safety_text(qtbot: QtBot) -> None:
    dialog = SafetyNoticeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    text = _all_text(dialog)
    for sentence in (STOP_IF_PAIN, URGENT_CARE_INTRO, SEE_A_PROFESSIONAL, NOT_DIAGNOSIS):
        assert sentence in text
    for sign in URGENT_WARNING_SIGNS:
        assert sign in text


def test_i_understand_acknowledges_and_closes(qtbot: QtBot) -> None:
    dialog = SafetyNoticeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(dialog.safety_acknowledged):
        click(qtbot, find_button(dialog, "understand_button"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_escape_closes_the_notice_without_acknowledging(qtbot: QtBot) -> None:
    dialog = SafetyNoticeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.assertNotEmitted(dialog.safety_acknowledged):
        press_key(qtbot, dialog, Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected


def test_welcome_explains_the_camera_in_plain_words(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    text = _all_text(dialog)
    assert "how you sit and whether you are at your desk" in text
    assert "No image is ever stored or sent anywhere" in text
    assert "nothing leaves it" in text
    assert "turn the camera off at any time and still use the break timer" in text
    assert find_button(dialog, "camera_button").text().replace("&", "") == "Set up the camera"
    assert (
        find_button(dialog, "timer_only_button").text().replace("&", "")
        == "Use the timer without the camera"
    )


def test_choosing_the_camera_emits_camera_setup_chosen(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    with (
        qtbot.waitSignal(dialog.camera_setup_chosen),
        qtbot.assertNotEmitted(dialog.timer_only_chosen),
    ):
        click(qtbot, find_button(dialog, "camera_button"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted


def test_choosing_the_timer_only_emits_timer_only_chosen(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    with (
        qtbot.waitSignal(dialog.timer_only_chosen),
        qtbot.assertNotEmitted(dialog.camera_setup_chosen),
    ):
        click(qtbot, find_button(dialog, "timer_only_button"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_on_the_welcome_chooses_the_default_camera_setup(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(dialog.camera_setup_chosen):
        press_key(qtbot, dialog, Qt.Key.Key_Return)


def test_escape_on_the_welcome_makes_no_choice(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    with (
        qtbot.assertNotEmitted(dialog.camera_setup_chosen),
        qtbot.assertNotEmitted(dialog.timer_only_chosen),
    ):
        press_key(qtbot, dialog, Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected
