"""What the camera sees of the stretch on screen: the live count, one form cue, the verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from postureapp.core.i18n import translate
from postureapp.core.stretch_recognition import (
    OUTCOME_TITLES,
    Outcome,
    RecognitionStep,
    StretchVerdict,
)
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.ui.theme import current_colours, follow_palette


def _panel_style() -> str:
    """A card in the desktop's palette; every text in it readable there (ui/theme.py)."""
    c = current_colours()
    return (
        f"#stretch_camera_panel {{ background: {c.card}; border: 1px solid {c.border};"
        f" border-radius: 10px; }}"
        f"#stretch_camera_panel QLabel {{ background: transparent; color: {c.text}; }}"
        f"#stretch_camera_panel QLabel[muted=\"true\"] {{ color: {c.muted}; }}"
    )


class StretchCameraPanel(QFrame):
    """A small panel under the countdown while the camera counts a stretch.

    It only shows what it is given: `show_counting()` when a stretch the camera follows comes on
    screen, `show_step()` for each judged frame, `show_verdict()` when the stretch ended, and
    `hide()` when the camera is not counting. A step of another stretch (still on its way from
    the worker after the user moved on) is not shown; its verdict is, as the last stretch's.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the labels; hidden until `show_counting()`."""
        super().__init__(parent)
        self.setObjectName("stretch_camera_panel")
        follow_palette(self, _panel_style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(2)
        self._notice_label = self._label("camera_notice_label")
        self._notice_label.setProperty("muted", True)
        self._count_label = self._label("camera_count_label")
        font = self._count_label.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self._count_label.setFont(font)
        self._count_label.setAccessibleName(self.tr("What the camera counted"))
        self._cue_label = self._label("camera_cue_label")
        self._cue_label.setAccessibleName(self.tr("Form cue"))
        self._last_label = self._label("camera_last_stretch_label")
        self._last_label.setProperty("muted", True)
        for label in (self._notice_label, self._count_label, self._cue_label, self._last_label):
            layout.addWidget(label)
        self._stretch_id = ""
        self.hide()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    @property
    def count_text(self) -> str:
        """The live count or the verdict as shown (for the window's accessibility summary)."""
        return self._count_label.text()

    def show_counting(self, stretch_id: str, is_judged: bool) -> None:
        """A stretch came on screen; `is_judged` False when the camera cannot follow it."""
        self._stretch_id = stretch_id
        if is_judged:
            self._notice_label.setText(self.tr(
                "The camera is counting this stretch. Frames stay in memory and are never "
                "stored; it is released when the stretch ends."))
            self._count_label.setText(self.tr("Waiting for the camera…"))
        else:
            self._notice_label.setText(self.tr(
                "The camera cannot judge this stretch; the timer counts it."))
            self._count_label.setText(
                translate("stretch_recognition", OUTCOME_TITLES[Outcome.NOT_JUDGED]))
        self._cue_label.clear()
        self._cue_label.hide()
        self._last_label.hide()
        self.show()

    def show_step(self, step: RecognitionStep) -> None:
        """One judged frame: the live count, the cue, or why the camera cannot see."""
        if step.stretch_id != self._stretch_id:
            return
        self._count_label.setText(step.live_text())
        cue = translate("stretch_recognition", step.cue) if step.cue else ""
        if not cue and step.out_of_sight_reason:
            cue = self.tr("Not seen: {reason}").format(reason=step.out_of_sight_reason)
        self._cue_label.setText(cue)
        self._cue_label.setVisible(bool(cue))

    def show_verdict(self, verdict: StretchVerdict) -> None:
        """A stretch ended: what the camera saw (of the last stretch, when the user moved on)."""
        title = translate("stretch_recognition", OUTCOME_TITLES[verdict.outcome])
        if verdict.stretch_id != self._stretch_id:
            stretch = STRETCHES_BY_ID.get(verdict.stretch_id)
            name = (translate("stretches", stretch.name) if stretch is not None
                    else verdict.stretch_id)
            if verdict.detail.startswith(title):  # "Not seen: …" names its outcome already
                text = self.tr("Last stretch, {name}: {detail}").format(
                    name=name, detail=verdict.detail)
            else:
                text = self.tr("Last stretch, {name}: {title}. {detail}").format(
                    name=name, title=title, detail=verdict.detail)
            self._last_label.setText(text)
            self._last_label.show()
            return
        self._notice_label.setText(self.tr("The camera has been released."))
        self._count_label.setText(title)
        self._cue_label.setText(verdict.detail)
        self._cue_label.show()
        self.show()
