"""Calibration: sit upright for a few seconds while the camera learns your upright posture, then,
optionally, slump the way you do so the boundary can sit between your two postures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.calibration import CalibrationResult
from postureapp.ui.first_run import calm_dialog_style, heading_label
from postureapp.ui.screen_fit import fit_height_to_content
from postureapp.ui.theme import follow_palette

CALIBRATION_SECONDS = 5


class CalibrationDialog(QDialog):
    """Guides the user through calibration and shows live feedback.

    The camera work happens in the monitor worker; this dialog only asks for it and shows
    progress. Frames for the optional preview are shown and dropped, never stored.

    Signals:
        calibration_requested(int, bool): start, for this many seconds, with or without preview.
        slouched_calibration_requested(int, bool): start the optional second step (the user
            slumped), for this many seconds, with or without preview.
        cancelled(): the user closed the dialog while calibrating.
        baseline_accepted(CalibrationResult): a step succeeded; its result holds the baseline to
            keep (after the second step: the upright one with the slumped posture added).
    """

    calibration_requested = Signal(int, bool)
    slouched_calibration_requested = Signal(int, bool)
    cancelled = Signal()
    baseline_accepted = Signal(object)

    def __init__(self, show_preview: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calibrate posture — postureapp"))
        follow_palette(self, calm_dialog_style)
        self.setMinimumWidth(480)
        self._is_running = False
        self._is_slouched_step = False
        self._result: CalibrationResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.heading = heading_label(self, "")
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self._explain_step(is_slouched_step=False)
        self.preview_box = QCheckBox(self.tr("Show the camera &preview"))
        self.preview_box.setChecked(show_preview)
        self.preview_box.setAccessibleName(self.tr("Show the camera preview"))
        self.preview_box.toggled.connect(self._on_preview_box_toggled)
        layout.addWidget(self.preview_box)
        self.preview = QLabel(self.tr("The preview appears here when you press Start."))
        self.preview.setObjectName("preview_label")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.preview.setAccessibleName(self.tr("Camera preview"))
        self.preview.setVisible(show_preview)
        layout.addWidget(self.preview)
        self.hint = QLabel(self.tr("Press Start when you are sitting upright."))
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Calibration feedback"))
        layout.addWidget(self.hint)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)  # the calm style's thin bar would cut the text in half
        self.progress.setAccessibleName(self.tr("Calibration progress"))
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.slump_button = QPushButton(self.tr("Also learn how I &slump"))
        self.slump_button.setToolTip(self.tr(
            "Optional: sit the way you do when you slump, then press this. Your posture then "
            "counts as rounded from halfway between your two postures, which helps when your "
            "slump is slight."
        ))
        self.close_button = QPushButton(self.tr("&Close"))
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.slump_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.slump_button.setVisible(False)  # offered once the upright step has succeeded
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.slump_button.clicked.connect(self._on_slump_button_clicked)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def calibration_result(self) -> CalibrationResult | None:
        """The last calibration result, if any."""
        return self._result

    @Slot(bool)
    def _on_preview_box_toggled(self, checked: bool) -> None:
        self.preview.setVisible(checked)
        self.preview.clear()
        fit_height_to_content(self)  # no empty space where the preview was

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self._begin(is_slouched_step=False, hint=self.tr("Hold still and sit upright…"))
        self.calibration_requested.emit(CALIBRATION_SECONDS, self.preview_box.isChecked())

    @Slot()
    def _on_slump_button_clicked(self) -> None:
        self._begin(is_slouched_step=True,
                    hint=self.tr("Hold still, sitting the way you do when you slump…"))
        self.slouched_calibration_requested.emit(CALIBRATION_SECONDS,
                                                 self.preview_box.isChecked())

    def _explain_step(self, is_slouched_step: bool) -> None:
        """Heading and instructions for the step under way: during the slump step the live
        feedback replaces the hint, and "sit tall" would ask for the opposite."""
        if is_slouched_step:
            heading = self.tr("Learn how you slump")
            intro = self.tr(
                "Sit the way you do when you slump late in the day: head and shoulders sunk "
                "forward. Keep your head and both shoulders in the camera's view. This takes "
                "{seconds} seconds. The camera picture is never saved.")
        else:
            heading = self.tr("Calibrate your upright posture")
            intro = self.tr(
                "Sit the way you want to sit: tall, shoulders relaxed, looking at your screen. "
                "Keep your head and both shoulders in the camera's view. This takes "
                "{seconds} seconds. The camera picture is never saved.")
        self.heading.setText(heading)
        self.intro.setText(intro.format(seconds=CALIBRATION_SECONDS))

    def _begin(self, is_slouched_step: bool, hint: str) -> None:
        self._is_running = True
        self._is_slouched_step = is_slouched_step
        self._explain_step(is_slouched_step)
        self._result = None
        self.start_button.setEnabled(False)
        self.slump_button.setEnabled(False)
        self.progress.setValue(0)
        self._show_hint(hint)

    @Slot(float, str)
    def show_progress(self, share_done: float, hint: str) -> None:
        """Live feedback from the worker: how far along, and whether the view is good."""
        self.progress.setValue(round(share_done * 100))
        self._show_hint(hint)

    def _show_hint(self, text: str) -> None:
        """Say how it goes; the window grows or shrinks with the text, so a message of several
        lines pushes the bar and buttons down instead of being drawn over the preview."""
        if text != self.hint.text():
            self.hint.setText(text)
            fit_height_to_content(self)

    @Slot(QImage)
    def show_preview(self, image: QImage) -> None:
        """Show one camera frame (only while the preview is switched on)."""
        if self.preview_box.isChecked():
            # Scaled to device pixels, so the picture stays sharp on a HiDPI screen.
            scale = self.preview.devicePixelRatioF()
            pixmap = QPixmap.fromImage(image).scaled(
                self.preview.size() * scale,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap.setDevicePixelRatio(scale)
            self.preview.setPixmap(pixmap)

    @Slot(object)
    def show_result(self, result: CalibrationResult) -> None:
        """Show how calibration went; a success is handed on via `baseline_accepted`."""
        self._is_running = False
        self._result = result
        self.preview.clear()
        self.start_button.setEnabled(True)
        self.slump_button.setEnabled(True)
        if result.baseline is None:
            self._show_hint(result.message)
            if self._is_slouched_step:  # the upright calibration stands
                self.slump_button.setText(self.tr("Try the &slump again"))
            else:
                self.start_button.setText(self.tr("Try &again"))
                self.slump_button.setVisible(False)
            return
        self.progress.setValue(100)
        if self._is_slouched_step:
            self._show_hint(self.tr("Done: how you slump is saved too. ") + result.message)
        else:
            self._show_hint(self.tr(
                "Done: your upright posture is saved. {message} Optionally, sit the way you do "
                "when you slump and press \u201cAlso learn how I slump\u201d."
            ).format(message=result.message))
            self.slump_button.setVisible(True)
        self.start_button.setText(self.tr("&Recalibrate"))
        self.baseline_accepted.emit(result)

    def reject(self) -> None:
        if self._is_running:
            self._is_running = False
            self.cancelled.emit()
        super().reject()
