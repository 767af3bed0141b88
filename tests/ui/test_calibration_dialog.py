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
