"""Acceptance: a guided break the camera counts, through the real app, break window and worker.

A scripted pose source plays landmark sequences synthesised from a real upright pose (see
postureapp/cli/exercise_sequences.py) as the camera; the user takes a break from the tray menu, and
each streamed frame is one `worker.sample_now()` with the fake clock moving 0.2 s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.adapters.sqlite_store import SqliteSummaryRepository
from postureapp.app import PostureApp
from postureapp.cli import exercise_sequences as seq
from postureapp.cli.exercise_sequences import Camera
from postureapp.core.calibration import calibrate
from postureapp.core.day_summary import summarise_day
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.landmarks import FrameObservation, PoseLandmarks
from postureapp.core.settings import STRETCH_IDS, Settings
from postureapp.core.stretch_recognition import guided_frames_per_s
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.paths import AppPaths
from tests.fakes import FakeClock, ScriptedPoseSource
from tests.user_actions import press_key

pytestmark = pytest.mark.model  # the upright pose comes from the real model

Movement = tuple[seq.Movement, float]


class GuidedRig:
    """The app with a scripted camera, a break under way, and what the camera panel showed."""

    def __init__(self, app: PostureApp, clock: FakeClock, source: ScriptedPoseSource,
                 store: SqliteSummaryRepository, frame_s: float) -> None:
        self.app = app
        self.frame_s = frame_s
        self.clock = clock
        self.source = source
        self.store = store
        self.counts_shown: list[str] = []
        self.cues_shown: list[str] = []

    def panel_text(self, name: str) -> str:
        label = self.app.windows.break_window.findChild(QLabel, name)
        assert label is not None
        return label.text() if label.isVisibleTo(self.app.windows.break_window) else ""

    def play(self, until: Callable[[], bool] | None = None) -> None:
        """Stream the script frame by frame (at the stretch's rate) until it ends or `until()`."""
        window = self.app.windows.break_window
        while not self.source.is_finished and not (until and until()):
            self.clock.advance(self.frame_s)
            self.app.worker.sample_now()
            window.tick()
            self.counts_shown.append(self.panel_text("camera_count_label"))
            self.cues_shown.append(self.panel_text("camera_cue_label"))

    def events(self) -> list[CoachEvent]:
        return self.store.events_for_day(self.clock.now().date())


@pytest.fixture
def start_break(
    qtbot: QtBot, tmp_path: Path, real_upright: tuple[PoseLandmarks, Camera]
) -> Iterator[Callable[[str, Iterable[FrameObservation]], GuidedRig]]:
    pose, camera = real_upright
    baseline = calibrate(seq.frames(pose, camera, seq.sitting_still(), 5.0), "now").baseline
    apps: list[PostureApp] = []

    def start(stretch_id: str, script: Iterable[FrameObservation]) -> GuidedRig:
        clock = FakeClock()
        source = ScriptedPoseSource(script)
        store = SqliteSummaryRepository(tmp_path / "data" / "history.sqlite3",
                                        tz=clock.now().tzinfo)
        # Only the stretch under test is offered, so the break shows it first.
        settings = Settings(first_run_done=True, safety_acknowledged=True, baseline=baseline,
                            floor_exercises=True,
                            disabled_stretches=tuple(i for i in STRETCH_IDS if i != stretch_id))
        app = PostureApp(settings, JsonSettingsRepository(tmp_path / "config"), store, clock,
                         lambda s: source, lambda s: source,
                         AppPaths(tmp_path / "config", tmp_path / "data"), use_tray=False)
        apps.append(app)
        app.start(use_worker_thread=False)
        assert app.windows.status_window is not None
        qtbot.addWidget(app.windows.status_window)
        qtbot.addWidget(app.windows.break_window)
        app.windows.menu.break_now_requested.emit()  # "Take a break now" in the tray menu
        assert app.windows.break_window.isVisible()
        return GuidedRig(app, clock, source, store,
                         1 / guided_frames_per_s(STRETCHES_BY_ID[stretch_id]))

    yield start
    for app in apps:
        app.shutdown()


def _script(stretch_id: str, real_upright: tuple[PoseLandmarks, Camera],
            movement: Movement | seq.Movement | None, length_s: float = 0.0,
            ) -> list[FrameObservation]:
    """The frames the camera gives while `stretch_id` is followed, at its own rate."""
    pose, camera = real_upright
    if isinstance(movement, tuple):
        movement, length_s = movement
    fps = guided_frames_per_s(STRETCHES_BY_ID[stretch_id])
    return list(seq.frames(pose, camera, movement, length_s, seed=4, fps=fps))


@pytest.mark.parametrize(("stretch_id", "movement", "live"), [
    ("scapular-squeeze", seq.scapular_squeezes(10), "hold 3 of 10 — 2 s"),
    ("thoracic-rotation", seq.thoracic_rotations(hold_s=12.0), "side 2: hold 2 of 2 — 7 s"),
    ("cat-cow", seq.seated_cat_cows(10), "repetition 6 of 10"),
])
def test_the_dose_seen_done_is_counted_live_and_confirmed(
    qtbot: QtBot, start_break: Callable[[str, Iterable[FrameObservation]], GuidedRig],
    real_upright: tuple[PoseLandmarks, Camera], stretch_id: str, movement: Movement, live: str,
) -> None:
    rig = start_break(stretch_id, _script(stretch_id, real_upright, movement))
    rig.play(until=lambda: rig.panel_text("camera_count_label") == "Confirmed by the camera")

    assert live in rig.counts_shown  # the live count, as the break window showed it
    assert rig.panel_text("camera_count_label") == "Confirmed by the camera"
    assert rig.panel_text("camera_cue_label").startswith("Seen: ")
    assert "released" in rig.panel_text("camera_notice_label")
    assert rig.source.releases >= 1  # the camera was let go the moment the dose was seen
    while_counting = [cue for cue, count in zip(rig.cues_shown, rig.counts_shown, strict=True)
                      if count != "Confirmed by the camera"]
    assert not any(while_counting), {c for c in while_counting if c}

    press_key(qtbot, rig.app.windows.break_window, Qt.Key.Key_Escape)

    day = summarise_day(rig.clock.now().date(), [], rig.events())
    assert (day.stretches_done, day.stretches_confirmed) == (1, 1)


@pytest.mark.parametrize("stretch_id", ["scapular-squeeze", "thoracic-rotation", "cat-cow"])
def test_sitting_still_counts_nothing_and_is_not_confirmed(
    qtbot: QtBot, start_break: Callable[[str, Iterable[FrameObservation]], GuidedRig],
    real_upright: tuple[PoseLandmarks, Camera], stretch_id: str,
) -> None:
    rig = start_break(stretch_id, _script(stretch_id, real_upright, seq.sitting_still(), 120.0))
    rig.play()
    assert not any("Confirmed" in text for text in rig.counts_shown)

    press_key(qtbot, rig.app.windows.break_window, Qt.Key.Key_Escape)  # done: one key stops

    assert not rig.app.windows.break_window.isVisible()
    [judged] = [e for e in rig.events() if e.kind is EventKind.STRETCH_NOT_CONFIRMED]
    assert judged.stretches == (stretch_id,)
    assert judged.detail.startswith("not_done: Seen: 0 of ")
    day = summarise_day(rig.clock.now().date(), [], rig.events())
    assert (day.stretches_done, day.stretches_confirmed) == (1, 0)


@pytest.mark.parametrize("stretch_id", ["scapular-squeeze", "thoracic-rotation", "cat-cow"])
def test_an_empty_chair_is_not_seen(
    qtbot: QtBot, start_break: Callable[[str, Iterable[FrameObservation]], GuidedRig],
    real_upright: tuple[PoseLandmarks, Camera], stretch_id: str,
) -> None:
    rig = start_break(stretch_id, _script(stretch_id, real_upright, None, 30.0))
    rig.play()
    assert "Not seen: nobody was in view" in rig.cues_shown

    press_key(qtbot, rig.app.windows.break_window, Qt.Key.Key_Escape)

    [judged] = [e for e in rig.events() if e.kind is EventKind.STRETCH_NOT_CONFIRMED]
    assert judged.detail == "not_seen: Not seen: nobody was in view."


def test_escape_mid_stretch_stops_the_camera_at_once_and_keeps_what_was_seen(
    qtbot: QtBot, start_break: Callable[[str, Iterable[FrameObservation]], GuidedRig],
    real_upright: tuple[PoseLandmarks, Camera],
) -> None:
    rig = start_break("scapular-squeeze",
                      _script("scapular-squeeze", real_upright, seq.scapular_squeezes(10)))
    rig.play(until=lambda: "hold 5 of 10" in rig.panel_text("camera_count_label"))
    releases, reads = rig.source.releases, rig.source.reads

    press_key(qtbot, rig.app.windows.break_window, Qt.Key.Key_Escape)

    assert rig.source.releases == releases + 1  # let go at once
    rig.app.worker.sample_now()  # what the worker does next is a posture sample, not a stream
    assert rig.source.reads == reads + 1
    assert not rig.app.windows.break_window.isVisible()
    [judged] = [e for e in rig.events() if e.kind is EventKind.STRETCH_NOT_CONFIRMED]
    assert judged.detail == "partly_done: Seen: 4 of 10 holds."
    assert EventKind.BREAK_TAKEN in [e.kind for e in rig.events()]
