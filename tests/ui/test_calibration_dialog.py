"""The calibration dialog as a user goes through it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from postureapp.core.calibration import CalibrationResult, calibrate, calibrate_slouched
from postureapp.ui.calibration_dialog import CALIBRATION_SECONDS, CalibrationDialog
from tests.poses import make_pose, observe


def test_start_asks_for_calibration_and_a_success_is_handed_on(qtbot: QtBot) -> None:
    dialog = CalibrationDialog(show_preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.preview.isVisible()
    with qtbot.waitSignal(dialog.calibration_requested, timeout=1000) as requested:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert requested.args == [CALIBRATION_SECONDS, False]
    assert not dialog.start_button.isEnabled()
    in_view = "Your head and both shoulders are in view."
    dialog.show_progress(0.4, in_view)
    assert dialog.progress.value() == 40 and dialog.hint.text() == in_view
    result = calibrate([observe(make_pose())] * 5, calibrated_at="now")
    with qtbot.waitSignal(dialog.baseline_accepted, timeout=1000) as accepted:
        dialog.show_result(result)
    assert accepted.args[0] is result
    assert "saved" in dialog.hint.text()
    assert dialog.start_button.isEnabled()


def test_a_failure_explains_and_offers_to_try_again(qtbot: QtBot) -> None:
    dialog = CalibrationDialog(show_preview=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.isVisible()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    failed = CalibrationResult(None, 25, 0, "Calibration failed: both shoulders must be seen.", {})
    with qtbot.assertNotEmitted(dialog.baseline_accepted):
        dialog.show_result(failed)
    assert "shoulders" in dialog.hint.text()
    assert "again" in dialog.start_button.text()


def test_closing_while_calibrating_cancels(qtbot: QtBot) -> None:
    dialog = CalibrationDialog(show_preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.cancelled, timeout=1000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def _calibrated_upright(qtbot: QtBot) -> tuple[CalibrationDialog, CalibrationResult]:
    """A dialog in which the user has just calibrated their upright posture."""
    dialog = CalibrationDialog(show_preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.slump_button.isVisible()  # optional, and only after sitting upright
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    upright = calibrate([observe(make_pose())] * 5, calibrated_at="now")
    dialog.show_result(upright)
    assert dialog.slump_button.isVisible()
    return dialog, upright


def test_after_the_upright_step_the_slump_step_is_offered_and_handed_on(qtbot: QtBot) -> None:
    dialog, upright = _calibrated_upright(qtbot)
    assert upright.baseline is not None
    with qtbot.waitSignal(dialog.slouched_calibration_requested, timeout=1000) as requested:
        qtbot.mouseClick(dialog.slump_button, Qt.MouseButton.LeftButton)
    assert requested.args == [CALIBRATION_SECONDS, False]
    assert "slump" in dialog.hint.text()
    both = calibrate_slouched(upright.baseline, [observe(make_pose(head_forward=0.6))] * 5)
    with qtbot.waitSignal(dialog.baseline_accepted, timeout=1000) as accepted:
        dialog.show_result(both)
    assert accepted.args[0] is both
    assert "slump is saved too" in dialog.hint.text()


def test_a_failed_slump_step_keeps_the_upright_calibration(qtbot: QtBot) -> None:
    dialog, _ = _calibrated_upright(qtbot)
    qtbot.mouseClick(dialog.slump_button, Qt.MouseButton.LeftButton)
    failed = CalibrationResult(None, 25, 25, "Your slumped posture looks almost like ...", {})
    with qtbot.assertNotEmitted(dialog.baseline_accepted):
        dialog.show_result(failed)
    assert "looks almost like" in dialog.hint.text()
    assert dialog.slump_button.isVisible() and "again" in dialog.slump_button.text()
    assert "Recalibrate" in dialog.start_button.text()


def test_turning_the_preview_off_gives_its_room_back(qtbot: QtBot) -> None:
    dialog = CalibrationDialog(show_preview=True)
    qtbot.addWidget(dialog)
    dialog.show()
    preview_height = dialog.preview.height()
    height_with_preview = dialog.height()

    dialog.preview_box.click()

    assert not dialog.preview.isVisible()
    assert dialog.height() <= height_with_preview - preview_height


def test_the_progress_bar_shows_no_percentage_it_has_no_room_for(qtbot: QtBot) -> None:
    """The calm style draws a thin bar: a percentage inside it would be cut in half."""
    dialog = CalibrationDialog(show_preview=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_progress(0.3, "Your head and both shoulders are in view.")
    bar = dialog.progress
    assert not bar.isTextVisible() or bar.height() >= bar.fontMetrics().height()


def test_a_long_message_after_the_slump_step_pushes_the_controls_down(qtbot: QtBot) -> None:
    """The slump step's refusal runs to several lines: it must not be drawn over the preview."""
    dialog = CalibrationDialog(show_preview=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    upright = calibrate([observe(make_pose())] * 5, calibrated_at="now")
    dialog.show_result(upright)
    assert upright.baseline is not None
    qtbot.mouseClick(dialog.slump_button, Qt.MouseButton.LeftButton)
    refused = calibrate_slouched(upright.baseline, [observe(make_pose())] * 5)
    assert refused.baseline is None and len(refused.message) > 150

    dialog.show_result(refused)
    qtbot.wait(50)  # let the layout settle as the event loop would

    hint, preview = dialog.hint.geometry(), dialog.preview.geometry()
    bar = dialog.progress.geometry()
    assert hint.height() >= dialog.hint.heightForWidth(hint.width())
    assert preview.bottom() < hint.top() and hint.bottom() < bar.top()


def test_while_it_learns_the_slump_the_dialog_does_not_ask_to_sit_tall(qtbot: QtBot) -> None:
    """The live feedback replaces the hint, so the heading and the instructions must say what
    the five seconds are for; "Recalibrate" brings the upright ones back."""
    dialog, _ = _calibrated_upright(qtbot)
    heading, intro = dialog.heading.text(), dialog.intro.text()
    assert "upright" in heading and "tall" in intro

    qtbot.mouseClick(dialog.slump_button, Qt.MouseButton.LeftButton)
    dialog.show_progress(0.4, "Your head and both shoulders are in view.")

    assert "slump" in dialog.heading.text() and "upright" not in dialog.heading.text()
    assert "slump" in dialog.intro.text() and "tall" not in dialog.intro.text()
    dialog.show_result(CalibrationResult(None, 25, 25, "Your slumped posture looks almost ...", {}))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # "Recalibrate"
    assert (dialog.heading.text(), dialog.intro.text()) == (heading, intro)
