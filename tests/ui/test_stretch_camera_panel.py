"""The camera panel of the guided break shows what it is given, and only for its stretch."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from postureapp.core.stretch_recognition import (
    SHOULDERS_DOWN,
    Outcome,
    Phase,
    RecognitionStep,
    StretchVerdict,
    View,
)
from postureapp.ui.stretch_camera_panel import StretchCameraPanel


def _panel(qtbot: QtBot) -> StretchCameraPanel:
    panel = StretchCameraPanel()
    qtbot.addWidget(panel)
    return panel


def _text(panel: StretchCameraPanel, name: str) -> str:
    label = panel.findChild(QLabel, name)
    assert label is not None
    return label.text() if label.isVisibleTo(panel) else ""


def _holding(count: int, hold_s: float, cue: str = "", view: View = View.CLEAR,
             stretch_id: str = "scapular-squeeze", unseen_s: float = 0.0) -> RecognitionStep:
    return RecognitionStep(0.0, stretch_id, Phase.HOLDING, count, 10, hold_s, 3.0, cue=cue,
                           view=view, unseen_s=unseen_s)


def test_the_live_count_and_one_cue_follow_the_steps(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.show_counting("scapular-squeeze", is_judged=True)
    assert "never stored" in _text(panel, "camera_notice_label")
    panel.show_step(_holding(2, 2.4))
    assert _text(panel, "camera_count_label") == "hold 3 of 10 — 2 s"
    assert _text(panel, "camera_cue_label") == ""
    panel.show_step(_holding(2, 3.1, cue=SHOULDERS_DOWN))
    assert _text(panel, "camera_cue_label") == SHOULDERS_DOWN
    panel.show_step(_holding(2, 0.0, view=View.NOBODY, unseen_s=0.2))  # a dropped frame
    assert _text(panel, "camera_cue_label") == ""
    panel.show_step(_holding(2, 0.0, view=View.NOBODY, unseen_s=2.2))
    assert _text(panel, "camera_cue_label") == "Not seen: nobody was in view"


def test_the_verdict_says_what_the_camera_saw(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.show_counting("scapular-squeeze", is_judged=True)
    panel.show_verdict(StretchVerdict("scapular-squeeze", Outcome.CONFIRMED, 10, 10,
                                      "Seen: 10 of 10 holds."))
    assert _text(panel, "camera_count_label") == "Confirmed by the camera"
    assert _text(panel, "camera_cue_label") == "Seen: 10 of 10 holds."
    assert "released" in _text(panel, "camera_notice_label")


def test_the_previous_stretch_verdict_shows_as_the_last_stretch_not_as_this_one(
    qtbot: QtBot,
) -> None:
    panel = _panel(qtbot)
    panel.show_counting("thoracic-rotation", is_judged=True)
    panel.show_step(_holding(4, 2.0, stretch_id="scapular-squeeze"))  # still on its way
    panel.show_verdict(StretchVerdict("scapular-squeeze", Outcome.PARTLY_DONE, 4, 10,
                                      "Seen: 4 of 10 holds."))
    assert _text(panel, "camera_count_label") == "Waiting for the camera…"
    assert _text(panel, "camera_last_stretch_label") == (
        "Last stretch, Scapular squeezes: Partly done. Seen: 4 of 10 holds.")
    panel.show_counting("cat-cow", is_judged=True)
    assert _text(panel, "camera_last_stretch_label") == ""


def test_the_last_stretch_line_does_not_say_its_outcome_twice(qtbot: QtBot) -> None:
    """Details of "not seen" and "not judged" begin with their outcome already."""
    panel = _panel(qtbot)
    panel.show_counting("scapular-squeeze", is_judged=True)
    panel.show_verdict(StretchVerdict(
        "walk", Outcome.NOT_JUDGED, 0, 90,
        "Not judged by the camera: you stayed in view, and it cannot tell a walk."))
    assert _text(panel, "camera_last_stretch_label") == (
        "Last stretch, Short walk: Not judged by the camera: you stayed in view, and it cannot "
        "tell a walk.")
    panel.show_verdict(StretchVerdict("walk", Outcome.NOT_SEEN, 0, 90,
                                      "Not seen: nobody was in view."))
    assert _text(panel, "camera_last_stretch_label") == (
        "Last stretch, Short walk: Not seen: nobody was in view.")


def test_a_stretch_the_camera_cannot_judge_says_so(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.show_counting("childs-pose", is_judged=False)
    assert _text(panel, "camera_count_label") == "Not judged by the camera"
    assert "the timer counts it" in _text(panel, "camera_notice_label")
