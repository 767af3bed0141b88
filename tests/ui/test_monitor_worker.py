"""The monitor worker on its own thread: start-up, calibration and failures, with fakes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QThread, Signal, SignalInstance, Slot
from pytestqt.qtbot import QtBot

from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.adapters.sqlite_store import SqliteSummaryRepository
from postureapp.app import PostureApp
from postureapp.cli import exercise_sequences as seq
from postureapp.cli.exercise_sequences import Camera
from postureapp.core.calibration import CalibrationResult, calibrate
from postureapp.core.landmarks import PoseLandmarks
from postureapp.core.monitor import PostureReading
from postureapp.core.ports import CameraStatus, PoseEstimator
from postureapp.core.settings import Settings
from postureapp.core.status import TrayState
from postureapp.core.stretch_recognition import Outcome, StretchVerdict
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.paths import AppPaths
from postureapp.ui.monitor_worker import MonitorWorker, start_worker_thread
from tests.fakes import (
    SAMPLE_BASELINE,
    FakeClock,
    FakeFrameSource,
    PuppetPoseEstimator,
    ScriptedPoseSource,
)
from tests.poses import make_pose, observe


class Relay(QObject):
    """Re-emits a worker-thread signal on the main thread.

    pytest-qt connects plain Python callables, which Qt runs in the emitting thread; waiting
    on a relay's signal keeps everything the test touches on the main thread.
    """

    received = Signal(object)

    def __init__(self, source: SignalInstance) -> None:
        super().__init__()
        source.connect(self._on_source)

    @Slot(object)
    def _on_source(self, value: object) -> None:
        self.received.emit(value)


SETTINGS = Settings(first_run_done=True, safety_acknowledged=True, sample_interval_s=2)


Threads = list[tuple[MonitorWorker, QThread]]


@pytest.fixture
def threads() -> Iterator[Threads]:
    started: list[tuple[MonitorWorker, QThread]] = []
    yield started
    for worker, thread in started:
        QMetaObject.invokeMethod(worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        thread.quit()
        thread.wait(5000)


def test_calibration_from_a_scripted_camera(qtbot: QtBot, threads: Threads) -> None:
    clock = FakeClock()
    worker = MonitorWorker(SETTINGS, lambda s: FakeFrameSource(clock),
                           lambda s: PuppetPoseEstimator((make_pose(),)), clock=clock)
    thread = start_worker_thread(worker)
    threads.append((worker, thread))
    finished_relay = Relay(worker.calibration_finished)
    with qtbot.waitSignal(finished_relay.received, timeout=10_000) as finished:
        # Invoked through a queued call, as the app does through a signal.
        QMetaObject.invokeMethod(worker, "start_calibration", Qt.ConnectionType.QueuedConnection,
                                 Q_ARG(int, 1), Q_ARG(bool, False))
    result = finished.args[0]
    assert isinstance(result, CalibrationResult)
    assert result.baseline is not None
    assert result.frames_used >= 3
    assert result.baseline.calibrated_at == clock.now().isoformat()  # the app's clock


def test_calibration_keeps_the_stretch_models_own_reading_of_the_upright_posture(
    qtbot: QtBot, threads: Threads,
) -> None:
    clock = FakeClock()
    # The lighter model reads the same frames with the shoulders a little narrower.
    stretch_model = PuppetPoseEstimator((make_pose(shoulders_rounded=0.3),))
    worker = MonitorWorker(SETTINGS, lambda s: FakeFrameSource(clock),
                           lambda s: PuppetPoseEstimator((make_pose(),)), clock=clock,
                           make_stretch_estimator=lambda s: stretch_model)
    threads.append((worker, start_worker_thread(worker)))
    finished_relay = Relay(worker.calibration_finished)
    with qtbot.waitSignal(finished_relay.received, timeout=10_000) as finished:
        QMetaObject.invokeMethod(worker, "start_calibration", Qt.ConnectionType.QueuedConnection,
                                 Q_ARG(int, 1), Q_ARG(bool, False))
    baseline = finished.args[0].baseline
    assert baseline is not None and baseline.stretch_features is not None
    assert (baseline.stretch_features.shoulder_width_frac
            < baseline.features.shoulder_width_frac)  # each model's own reading
    assert stretch_model.closed  # loaded only while calibrating


def _slump_step(qtbot: QtBot, threads: Threads, settings: Settings) -> CalibrationResult:
    """The slump step on a worker whose camera sees a slumped user; its result."""
    clock = FakeClock()
    worker = MonitorWorker(settings, lambda s: FakeFrameSource(clock),
                           lambda s: PuppetPoseEstimator((make_pose(head_forward=0.6),)))
    thread = start_worker_thread(worker)
    threads.append((worker, thread))
    finished_relay = Relay(worker.calibration_finished)
    with qtbot.waitSignal(finished_relay.received, timeout=10_000) as finished:
        QMetaObject.invokeMethod(worker, "start_slouched_calibration",
                                 Qt.ConnectionType.QueuedConnection,
                                 Q_ARG(int, 1), Q_ARG(bool, False))
    result = finished.args[0]
    assert isinstance(result, CalibrationResult)
    return result


def test_the_slump_step_adds_to_the_saved_upright_calibration(qtbot: QtBot,
                                                              threads: Threads) -> None:
    upright = calibrate([observe(make_pose())] * 5, calibrated_at="now").baseline
    result = _slump_step(qtbot, threads, replace(SETTINGS, baseline=upright))
    assert result.baseline is not None and upright is not None
    assert result.baseline.features == upright.features
    assert result.baseline.slouched is not None


def test_the_slump_step_needs_an_upright_calibration_first(qtbot: QtBot,
                                                           threads: Threads) -> None:
    result = _slump_step(qtbot, threads, SETTINGS)
    assert result.baseline is None
    assert "upright posture first" in result.message


def test_calibration_with_shoulders_out_of_view_fails_with_advice(qtbot: QtBot,
                                                                  threads: Threads) -> None:
    clock = FakeClock()
    worker = MonitorWorker(SETTINGS, lambda s: FakeFrameSource(clock),
                           lambda s: PuppetPoseEstimator((make_pose(center=(620.0, 360.0)),)))
    thread = start_worker_thread(worker)
    threads.append((worker, thread))
    finished_relay = Relay(worker.calibration_finished)
    with qtbot.waitSignal(finished_relay.received, timeout=10_000) as finished:
        QMetaObject.invokeMethod(worker, "start_calibration", Qt.ConnectionType.QueuedConnection,
                                 Q_ARG(int, 1), Q_ARG(bool, False))
    result = finished.args[0]
    assert result.baseline is None
    assert "shoulders" in result.message


def _app(tmp_path: Path, make_estimator: Callable[[Settings], PoseEstimator],
         clock: FakeClock) -> PostureApp:
    return PostureApp(SETTINGS, JsonSettingsRepository(tmp_path / "config"),
                      SqliteSummaryRepository(tmp_path / "history.sqlite3"), clock,
                      lambda s: FakeFrameSource(clock), make_estimator,
                      AppPaths(tmp_path / "config", tmp_path), use_tray=False)


def test_start_up_does_not_wait_for_a_slow_model(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    release = threading.Event()

    def slow_estimator(settings: Settings) -> PoseEstimator:
        release.wait(30)  # a model (or camera) that takes its time, on the worker thread
        return PuppetPoseEstimator((make_pose(),))

    app = _app(tmp_path, slow_estimator, clock)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.start()  # returns while the worker is still stuck loading
    assert app.windows.status_window.isVisible()
    assert "Sitting for 0 min" in app.windows.status_window.status_label.text()
    app.poll()  # the GUI thread keeps working meanwhile
    readings = Relay(app.worker.reading_ready)
    with qtbot.waitSignal(readings.received, timeout=10_000):
        release.set()
    app.shutdown()


def test_a_broken_model_leaves_the_timer_working(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()

    def broken(settings: Settings) -> PoseEstimator:
        raise RuntimeError("The embedded pose model is corrupt. Reinstall postureapp.")

    app = _app(tmp_path, broken, clock)
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    qtbot.addWidget(app.windows.break_window)
    app.start()
    qtbot.waitUntil(lambda: app.coach.status().camera is CameraStatus.UNREADABLE, timeout=5000)
    assert app.coach.status().tray_state is TrayState.CAMERA_OFF
    assert "corrupt" in app.windows.status_window.notice.text()
    clock.advance(31 * 60)
    app.poll()
    assert app.windows.break_window.isVisible()
    app.shutdown()


def test_a_broken_custom_model_falls_back_to_the_embedded_one(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    clock = FakeClock()
    embedded = PuppetPoseEstimator((make_pose(),))

    def load(settings: Settings) -> PoseEstimator:
        if settings.model_path:
            raise RuntimeError(f"{settings.model_path} is not a MediaPipe .task bundle.")
        return embedded

    settings = SETTINGS.replace(model_path=str(tmp_path / "mine.task"))
    worker = MonitorWorker(settings, lambda s: FakeFrameSource(clock), load)
    notices: list[str] = []
    failures: list[str] = []
    worker.notice.connect(notices.append)
    worker.model_failed.connect(failures.append)
    readings: list[PostureReading] = []
    worker.reading_ready.connect(readings.append)
    worker.sample_now()  # on this thread: loads, then samples
    assert failures == []
    assert notices and "mine.task" in notices[0] and "embedded" in notices[0]
    assert readings and readings[0].verdict is not None
    worker.stop()


def test_sampling_resumes_after_a_suspension(qtbot: QtBot) -> None:
    # Driven by the worker's own timer (not sample_now), as in the app after a pause or lock.
    clock = FakeClock()
    camera = FakeFrameSource(clock)
    worker = MonitorWorker(SETTINGS, lambda s: camera, lambda s: PuppetPoseEstimator(
        (make_pose(),)))
    with qtbot.waitSignal(worker.reading_ready, timeout=5000):
        worker.start()
    worker.set_suspended(True)
    assert camera.releases >= 1
    reads = camera.reads
    with qtbot.waitSignal(worker.reading_ready, timeout=5000):
        worker.set_suspended(False)
    assert camera.reads > reads
    worker.stop()


def test_a_suspended_worker_frees_the_model_and_loads_it_again_on_resume(qtbot: QtBot) -> None:
    clock = FakeClock()
    camera = FakeFrameSource(clock)
    models: list[PuppetPoseEstimator] = []

    def load(settings: Settings) -> PoseEstimator:
        models.append(PuppetPoseEstimator((make_pose(),)))
        return models[-1]

    worker = MonitorWorker(SETTINGS, lambda s: camera, load)
    with qtbot.waitSignal(worker.reading_ready, timeout=5000):
        worker.start()
    worker.set_suspended(True)
    assert [m.closed for m in models] == [True]
    with qtbot.waitSignal(worker.reading_ready, timeout=5000):
        worker.set_suspended(False)
    assert [m.closed for m in models] == [True, False]
    worker.apply_settings(SETTINGS.replace(camera_enabled=False))
    assert [m.closed for m in models] == [True, True]
    worker.stop()


def test_calibrating_while_suspended_turns_the_camera_off_again(qtbot: QtBot) -> None:
    clock = FakeClock()
    camera = FakeFrameSource(clock)
    worker = MonitorWorker(SETTINGS, lambda s: camera, lambda s: PuppetPoseEstimator(
        (make_pose(),)), start_suspended=True)
    worker.start()
    releases = camera.releases
    with qtbot.waitSignal(worker.calibration_finished, timeout=10_000):
        worker.start_calibration(1, False)
    assert camera.reads >= 5
    assert camera.releases > releases  # released at the end: monitoring is still suspended
    worker.stop()


def test_a_stopped_worker_ignores_late_requests() -> None:
    clock = FakeClock()
    loads: list[Settings] = []

    def load(settings: Settings) -> PoseEstimator:
        loads.append(settings)
        return PuppetPoseEstimator()

    worker = MonitorWorker(SETTINGS, lambda s: FakeFrameSource(clock), load)
    worker.stop()
    worker.apply_settings(SETTINGS.replace(sensitivity=9))
    worker.set_suspended(False)
    worker.start_calibration(1, False)
    assert loads == []


# --- following a guided stretch ----------------------------------------------------------------


def _stretch_worker(
    source: ScriptedPoseSource, settings: Settings, threads: Threads,
    posture_model: PoseEstimator | None = None, stretch_model: PoseEstimator | None = None,
) -> MonitorWorker:
    """A worker whose camera plays `source`, which is also its pose model unless others are
    given: `stretch_model`, when given, is loaded for each stretch followed."""
    worker = MonitorWorker(settings, lambda s: source, lambda s: posture_model or source,
                           stretch_frame_interval_ms=0,  # the frames carry their own times
                           make_stretch_estimator=(None if stretch_model is None
                                                   else lambda s: stretch_model))
    threads.append((worker, start_worker_thread(worker)))
    return worker


def _squeezes(real_upright: tuple[PoseLandmarks, Camera]) -> ScriptedPoseSource:
    pose, camera = real_upright
    movement, length_s = seq.scapular_squeezes(10)
    return ScriptedPoseSource(seq.frames(pose, camera, movement, length_s))


def _verdict_on_squeezes(qtbot: QtBot, worker: MonitorWorker) -> StretchVerdict:
    """Show squeezes to the worker, as the break window does; what it saw."""
    verdicts = Relay(worker.stretch_verdict_ready)
    driver = StretchDriver(worker)
    with qtbot.waitSignal(verdicts.received, timeout=30_000) as ended:
        driver.stretch_shown.emit(STRETCHES_BY_ID["scapular-squeeze"])
    verdict = ended.args[0]
    assert isinstance(verdict, StretchVerdict)
    return verdict


class StretchDriver(QObject):
    """Tells the worker a stretch came on screen or ended, through signals as the app does."""

    stretch_shown = Signal(object)
    stretch_ended = Signal()

    def __init__(self, worker: MonitorWorker) -> None:
        super().__init__()
        self.stretch_shown.connect(worker.follow_stretch)
        self.stretch_ended.connect(worker.end_stretch)


@pytest.fixture
def upright_settings(real_upright: tuple[PoseLandmarks, Camera]) -> Settings:
    pose, camera = real_upright
    baseline = calibrate(seq.frames(pose, camera, seq.sitting_still(), 5.0), "now").baseline
    return SETTINGS.replace(baseline=baseline)


@pytest.mark.model
def test_a_stretch_seen_done_ends_by_itself_and_lets_the_camera_go(
    qtbot: QtBot, threads: Threads, real_upright: tuple[PoseLandmarks, Camera],
    upright_settings: Settings,
) -> None:
    source = _squeezes(real_upright)
    worker = _stretch_worker(source, upright_settings, threads)
    steps = Relay(worker.stretch_step_ready)
    counts: list[int] = []
    steps.received.connect(lambda step: counts.append(step.count))
    verdict = _verdict_on_squeezes(qtbot, worker)
    assert verdict.outcome is Outcome.CONFIRMED and verdict.done == 10
    assert counts == sorted(counts) and counts[-1] == 10  # the live count grew to the dose
    assert source.releases >= 1  # let go the moment the dose was seen,
    assert not source.is_finished  # not streamed to the end of the sequence


@pytest.mark.model
def test_a_stretch_left_early_reports_what_was_seen_and_lets_the_camera_go(
    qtbot: QtBot, threads: Threads, real_upright: tuple[PoseLandmarks, Camera],
    upright_settings: Settings,
) -> None:
    pose, camera = real_upright
    source = ScriptedPoseSource(seq.frames(pose, camera, seq.sitting_still(), 20.0))
    worker = _stretch_worker(source, upright_settings, threads)
    driver = StretchDriver(worker)
    driver.stretch_shown.emit(STRETCHES_BY_ID["cat-cow"])
    qtbot.waitUntil(lambda: source.is_finished, timeout=30_000)
    releases = source.releases
    verdicts = Relay(worker.stretch_verdict_ready)
    with qtbot.waitSignal(verdicts.received, timeout=10_000) as ended:
        driver.stretch_ended.emit()  # the user pressed Next, Done or Escape
    assert ended.args[0].outcome is Outcome.NOT_DONE
    assert source.releases > releases


@pytest.mark.model
def test_a_stretch_is_followed_by_its_own_model_which_is_closed_when_it_ends(
    qtbot: QtBot, threads: Threads, real_upright: tuple[PoseLandmarks, Camera],
    upright_settings: Settings,
) -> None:
    source = _squeezes(real_upright)
    posture_model = PuppetPoseEstimator()  # sees nobody: the stretch must not be judged on it
    baseline = upright_settings.baseline
    assert baseline is not None
    settings = upright_settings.replace(
        baseline=replace(baseline, stretch_features=baseline.features))
    worker = _stretch_worker(source, settings, threads, posture_model, stretch_model=source)
    assert _verdict_on_squeezes(qtbot, worker).outcome is Outcome.CONFIRMED
    assert source.closed  # the stretch model was closed with the stretch
    assert not posture_model.closed  # posture sampling keeps its own model


@pytest.mark.model
def test_a_calibration_without_the_stretch_models_reading_is_followed_by_the_posture_model(
    qtbot: QtBot, threads: Threads, real_upright: tuple[PoseLandmarks, Camera],
    upright_settings: Settings,
) -> None:
    source = _squeezes(real_upright)
    worker = _stretch_worker(source, upright_settings, threads,
                             stretch_model=PuppetPoseEstimator())  # it would see nobody
    # Judged on the posture model's frames.
    assert _verdict_on_squeezes(qtbot, worker).outcome is Outcome.CONFIRMED


@pytest.mark.parametrize(
    ("settings", "stretch_id"),
    [
        (SETTINGS.replace(baseline=SAMPLE_BASELINE, camera_counts_stretches=False),
         "scapular-squeeze"),  # the user said no
        (SETTINGS, "scapular-squeeze"),  # not calibrated
        (SETTINGS.replace(baseline=SAMPLE_BASELINE), "childs-pose"),  # cannot be judged
    ],
)
def test_no_frames_are_streamed_when_the_camera_may_not_or_cannot_judge(
    qtbot: QtBot, threads: Threads, settings: Settings, stretch_id: str
) -> None:
    source = ScriptedPoseSource([observe(make_pose())])
    worker = _stretch_worker(source, settings.replace(sample_interval_s=300), threads)
    qtbot.waitUntil(lambda: source.reads >= 1, timeout=10_000)  # the first posture sample
    reads_before = source.reads
    steps = Relay(worker.stretch_step_ready)
    streamed: list[object] = []
    steps.received.connect(streamed.append)
    driver = StretchDriver(worker)
    driver.stretch_shown.emit(STRETCHES_BY_ID[stretch_id])
    driver.stretch_ended.emit()
    # Anything queued before this blocking call has run in the worker thread by now.
    QMetaObject.invokeMethod(worker, "sample_now", Qt.ConnectionType.BlockingQueuedConnection)
    assert source.reads == reads_before + 1  # only the posture sample just asked for
    assert streamed == []
