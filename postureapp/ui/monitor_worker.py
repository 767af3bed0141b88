"""The one worker thread: camera, pose model and posture core, off the GUI thread.

Opening a webcam can take over ten seconds and loading the model half a second; neither may
ever freeze the tray. The worker owns the frame source and the estimator, samples on its own
timer, and hands the GUI thread plain `PostureReading` values through signals.

While a camera-guided stretch is on screen it streams instead (1-2 frames a second, when the
recogniser asks for the next; the camera kept open) through the stretch recogniser, and
releases the camera the moment the stretch ends.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage

from postureapp.core.calibration import (
    CalibrationResult,
    calibrate,
    calibrate_slouched,
    with_stretch_model_posture,
)
from postureapp.core.clock import Clock, SystemClock
from postureapp.core.i18n import translate
from postureapp.core.landmarks import FrameObservation
from postureapp.core.monitor import PostureMonitor, observe_frame
from postureapp.core.ports import CameraStatus, FrameResult, FrameSource, PoseEstimator
from postureapp.core.posture import CONDITION_MESSAGES, judge_frame
from postureapp.core.settings import Settings
from postureapp.core.stretch_recognition import StretchRecogniser
from postureapp.core.stretches import Stretch

LOG = logging.getLogger("postureapp")
CALIBRATION_FRAME_INTERVAL_MS = 200


class MonitorWorker(QObject):
    """Samples posture on a timer in its own thread.

    Create it, `moveToThread()`, then call `start()` through a queued connection (or the
    `thread.started` signal). Every other public slot is meant to be invoked from the GUI thread
    through signals, so they run in the worker's thread.

    Signals:
        reading_ready(PostureReading): one sample was judged.
        model_failed(str): the pose model could not be loaded; monitoring is off.
        notice(str): something the user should know, e.g. their own model failed to load and
            the embedded one is used instead.
        calibration_progress(float, str): share done (0-1) and a live hint for the user.
        calibration_finished(CalibrationResult): calibration ended, successfully or not.
        preview_ready(QImage): a camera frame for the calibration preview (memory only).
        stretch_step_ready(RecognitionStep): one streamed frame of a guided stretch, judged.
        stretch_verdict_ready(StretchVerdict): a followed stretch ended: what the camera saw.
        stopped(): the camera and model are released.
    """

    reading_ready = Signal(object)
    model_failed = Signal(str)
    notice = Signal(str)
    calibration_progress = Signal(float, str)
    calibration_finished = Signal(object)
    preview_ready = Signal(QImage)
    stretch_step_ready = Signal(object)
    stretch_verdict_ready = Signal(object)
    stopped = Signal()

    def __init__(
        self,
        settings: Settings,
        make_source: Callable[[Settings], FrameSource],
        make_estimator: Callable[[Settings], PoseEstimator],
        start_suspended: bool = False,
        stretch_frame_interval_ms: int | None = None,
        clock: Clock | None = None,
        make_stretch_estimator: Callable[[Settings], PoseEstimator] | None = None,
    ) -> None:
        """Set up the worker; nothing is loaded or opened until `start()`.

        Args:
            settings: The settings in effect.
            make_source: Opens the frame source the settings name (may block: worker thread).
            make_estimator: Loads the pose model the settings name (may block: worker thread).
            start_suspended: Keep the camera off until `set_suspended(False)` (e.g. until the
                user has agreed to its use on first run).
            stretch_frame_interval_ms: Time between streamed frames while a stretch is followed
                (default: when the recogniser asks for the next, 1-2 frames a second; tests
                replaying a recorded sequence pass 0: frames carry their own times).
            clock: Stamps each calibration with the time it was made (default: the real one).
            make_stretch_estimator: Loads the pose model that follows a guided stretch, open
                only while one is followed (default: the posture model follows it too).
        """
        super().__init__()
        self._settings = settings
        self._make_source = make_source
        self._make_estimator = make_estimator
        self._clock = clock or SystemClock()
        self._source: FrameSource | None = None
        self._estimator: PoseEstimator | None = None
        self._make_stretch_estimator = make_stretch_estimator
        self._stretch_estimator: PoseEstimator | None = None
        self._monitor: PostureMonitor | None = None
        self._timer: QTimer | None = None
        self._is_suspended = start_suspended
        self._is_stopped = False
        self._model_failed = False  # don't retry a broken model every sample; settings reset it
        self._calibration: list[FrameObservation] | None = None
        self._calibration_frames_wanted = 0
        self._wants_preview = False
        self._recogniser: StretchRecogniser | None = None
        self._follows_on_stretch_model = False
        self._stretch_calibration: list[FrameObservation] = []
        self._fixed_stretch_frame_interval_ms = stretch_frame_interval_ms
        self._is_slouched_step = False

    @Slot()
    def start(self) -> None:
        """Load the model and begin sampling (runs in the worker thread)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        if self._settings.camera_enabled and not self._is_suspended:
            self._load()
        self._schedule(0)

    def _load_estimator(
        self, make_estimator: Callable[[Settings], PoseEstimator]
    ) -> PoseEstimator | None:
        # Any load failure must become a state the user is told about, never a dead thread.
        try:
            return make_estimator(self._settings)
        except Exception as error:
            if not self._settings.model_path:
                self.model_failed.emit(str(error))
                return None
            self.notice.emit(translate(
                "MonitorWorker", "{problem} Using the embedded pose model instead.").format(
                    problem=error))
        try:
            return make_estimator(self._settings.replace(model_path=""))
        except Exception as error:
            self.model_failed.emit(str(error))
            return None

    def _load(self) -> None:
        """Load the model and open the source if they are not loaded and open yet."""
        if self._estimator is None:
            if self._model_failed:
                return
            self._estimator = self._load_estimator(self._make_estimator)
            if self._estimator is None:
                self._model_failed = True
                return
            self._monitor = PostureMonitor(
                self._estimator, self._settings.baseline, self._settings.sensitivity
            )
        if self._source is None:
            self._source = self._make_source(self._settings)

    def _stretch_model(self) -> PoseEstimator | None:
        """The model that follows the stretch, loaded (and the source opened) if need be."""
        if not self._follows_on_stretch_model:
            self._load()
            return self._estimator
        self._load_stretch_estimator()
        if self._source is None:
            self._source = self._make_source(self._settings)
        return self._stretch_estimator

    def _load_stretch_estimator(self) -> None:
        if (self._stretch_estimator is None and self._make_stretch_estimator is not None
                and not self._model_failed):
            self._stretch_estimator = self._load_estimator(self._make_stretch_estimator)
            self._model_failed = self._stretch_estimator is None

    def _schedule(self, delay_ms: int) -> None:
        if self._timer is not None:
            self._timer.start(max(0, delay_ms))

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._is_stopped:
            return
        if self._calibration is not None:
            self._calibration_step()
            return
        if self._recogniser is not None:
            self._stretch_step()
            return
        if self._is_suspended or not self._settings.camera_enabled:
            self._schedule(self._settings.sample_interval_s * 1000)
            return
        self._sample()

    @Slot()
    def sample_now(self) -> None:
        """Take one sample (while a stretch is followed: one streamed frame) right away; also
        how tests drive the worker without waiting."""
        if self._recogniser is not None:
            self._stretch_step()
        elif self._calibration is None and not self._is_suspended and self._settings.camera_enabled:
            self._sample()

    def _read(self) -> FrameResult:
        assert self._source is not None
        frame = self._source.read()
        if not self._settings.keep_camera_open:
            self._source.release()  # camera light off between samples
        return frame

    def _sample(self) -> None:
        # The source is released while suspended (and the model may need loading): reopen here,
        # on the worker thread, whatever path led to this sample.
        self._load()
        if self._monitor is None or self._source is None:
            self._schedule(self._settings.sample_interval_s * 1000)
            return
        interval_s = float(self._settings.sample_interval_s)
        try:
            reading = self._monitor.process(self._read())
        except Exception:
            LOG.exception("posture sample failed; trying again at the next sample")
        else:
            self.reading_ready.emit(reading)
            interval_s = self._monitor.next_interval_s(interval_s)
        self._schedule(int(interval_s * 1000))

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        """Use new settings: a new camera or model is opened on the next sample."""
        if self._is_stopped:
            return
        old = self._settings
        self._settings = settings
        if not settings.camera_enabled:
            self._rest()
        elif settings.camera_index != old.camera_index:
            self._release_source()
        if settings.model_path != old.model_path:
            self._close_estimator()
            self._model_failed = False
        if settings.camera_enabled and not self._is_suspended:
            self._load()
        if self._monitor is not None:
            self._monitor.set_sensitivity(settings.sensitivity)
            if settings.baseline != old.baseline:
                self._monitor.set_baseline(settings.baseline)
        self._schedule(0)

    @Slot(bool)
    def set_suspended(self, is_suspended: bool) -> None:
        """Stop using the camera and free the model (screen locked, paused) or start again."""
        if self._is_stopped:
            return
        self._is_suspended = is_suspended
        if is_suspended:
            self._rest()
        else:
            self._schedule(0)

    @Slot(int, bool)
    def start_calibration(self, duration_s: int, wants_preview: bool) -> None:
        """Collect frames for `duration_s` seconds, then compute a baseline.

        Calibration uses the camera even while monitoring is suspended (the user asked for it);
        it is released again afterwards if monitoring is still suspended.
        """
        self._begin_calibration(duration_s, wants_preview, is_slouched_step=False)

    @Slot(int, bool)
    def start_slouched_calibration(self, duration_s: int, wants_preview: bool) -> None:
        """The optional second step: collect frames of the user slumped, then add them to the
        upright baseline in the settings (the first step must have been saved)."""
        self._begin_calibration(duration_s, wants_preview, is_slouched_step=True)

    def _begin_calibration(
        self, duration_s: int, wants_preview: bool, is_slouched_step: bool
    ) -> None:
        if self._is_stopped:
            return
        if self._settings.camera_enabled:
            self._load()
            if not is_slouched_step:  # the stretch model reads the same upright frames
                self._load_stretch_estimator()
        self._calibration = []
        self._stretch_calibration = []
        self._calibration_frames_wanted = max(1, duration_s * 1000 // CALIBRATION_FRAME_INTERVAL_MS)
        self._wants_preview = wants_preview
        self._is_slouched_step = is_slouched_step
        self._schedule(0)

    @Slot()
    def cancel_calibration(self) -> None:
        """Abandon a calibration in progress."""
        self._end_calibration()
        self._schedule(0)

    def _end_calibration(self) -> None:
        self._calibration = None
        self._stretch_calibration = []
        self._close_stretch_estimator()
        if self._is_suspended:
            self._rest()  # monitoring is paused or the screen locked: camera off
        elif self._source is not None and not self._settings.keep_camera_open:
            self._source.release()

    def _calibration_step(self) -> None:
        assert self._calibration is not None
        if self._source is None or self._estimator is None:
            self._finish_calibration_with("The camera or the pose model is not available.")
            return
        frame = self._source.read()
        if frame.status is not CameraStatus.OK or frame.image is None:
            self._finish_calibration_with(frame.message or "The camera gave no picture.")
            return
        if self._wants_preview:
            self.preview_ready.emit(_to_qimage(frame.image))
        observation = observe_frame(self._estimator, frame)
        self._calibration.append(observation)
        if self._stretch_estimator is not None:
            self._stretch_calibration.append(observe_frame(self._stretch_estimator, frame))
        verdict = judge_frame(observation, None, self._settings.sensitivity)
        hint = CONDITION_MESSAGES[verdict.condition]
        done = len(self._calibration) / self._calibration_frames_wanted
        self.calibration_progress.emit(min(done, 1.0), hint)
        if len(self._calibration) >= self._calibration_frames_wanted:
            result = self._calibration_result(self._calibration)
            self._end_calibration()
            self.calibration_finished.emit(result)
            self._schedule(int(self._settings.sample_interval_s * 1000))
        else:
            self._schedule(CALIBRATION_FRAME_INTERVAL_MS)

    def _calibration_result(self, frames: list[FrameObservation]) -> CalibrationResult:
        if not self._is_slouched_step:
            result = calibrate(frames, self._clock.now().isoformat())
            if result.baseline is None or not self._stretch_calibration:
                return result
            return replace(result, baseline=with_stretch_model_posture(
                result.baseline, self._stretch_calibration))
        if self._settings.baseline is None:
            return CalibrationResult(
                None, len(frames), 0, "Calibrate your upright posture first.", {}
            )
        return calibrate_slouched(self._settings.baseline, frames)

    def _finish_calibration_with(self, message: str) -> None:
        self._end_calibration()
        self.calibration_finished.emit(CalibrationResult(None, 0, 0, message, {}))
        self._schedule(self._settings.sample_interval_s * 1000)

    @Slot(object)
    def follow_stretch(self, stretch: Stretch) -> None:
        """Stream frames through a recogniser for `stretch` until `end_stretch()`, or until
        the dose has been seen (then it ends by itself: the camera is not needed any more).

        Only when the user lets the camera count stretches (and has calibrated); a stretch the
        camera cannot judge opens no camera and ends "not judged". Posture sampling waits.
        """
        if self._is_stopped or not self._settings.is_camera_counting_stretches:
            return
        baseline = self._settings.baseline
        # The stretch model is compared with its own reading of the calibration; a calibration
        # from before it existed has none, and the posture model follows the stretch instead.
        stretch_baseline = None if baseline is None else baseline.as_read_by_stretch_model()
        self._follows_on_stretch_model = (self._make_stretch_estimator is not None
                                          and stretch_baseline is not None)
        self._recogniser = StretchRecogniser(
            stretch, stretch_baseline if self._follows_on_stretch_model else baseline)
        if self._recogniser.is_judged and not self._is_suspended:
            self._stretch_model()
            self._schedule(0)

    @Slot()
    def end_stretch(self) -> None:
        """Stop following: release the camera now and report what it saw."""
        recogniser, self._recogniser = self._recogniser, None
        if recogniser is None:
            return
        if self._source is not None and (self._is_suspended
                                         or not self._settings.keep_camera_open):
            self._source.release()
        self._close_stretch_estimator()
        self.stretch_verdict_ready.emit(recogniser.verdict())
        self._schedule(self._settings.sample_interval_s * 1000)

    def _stretch_step(self) -> None:
        assert self._recogniser is not None
        started_s = time.monotonic()
        if self._is_suspended or not self._recogniser.is_judged:
            return  # locked or paused (resuming reschedules), or nothing to look at
        estimator = self._stretch_model()
        if self._source is None or estimator is None:
            return  # no pose model: the stretch ends "not seen"
        frame = self._source.read()  # kept open while streaming: the break is short
        try:
            if frame.status is CameraStatus.OK and frame.image is not None:
                step = self._recogniser.observe(observe_frame(estimator, frame))
            else:
                step = self._recogniser.miss_frame(frame.t_s)
        except Exception:  # one bad frame must not end the stretch
            LOG.exception("guided stretch frame failed; carrying on")
        else:
            self.stretch_step_ready.emit(step)
            if step.count >= step.target:
                self.end_stretch()
                return
        spent_ms = int((time.monotonic() - started_s) * 1000)
        self._schedule(max(0, self._stretch_frame_interval_ms() - spent_ms))

    def _stretch_frame_interval_ms(self) -> int:
        """When to read the next frame: when the recogniser asks for it (unless fixed)."""
        assert self._recogniser is not None
        if self._fixed_stretch_frame_interval_ms is not None:
            return self._fixed_stretch_frame_interval_ms
        return round(1000 * self._recogniser.next_frame_in_s())

    def _rest(self) -> None:
        """Camera off and model closed until sampling resumes.

        The model holds about 100 MB and several threads; reloading it takes about 0.3 s on
        the next sample, so a paused, locked or camera-off app gives both back meanwhile.
        """
        self._release_source()
        self._close_estimator()

    def _release_source(self) -> None:
        if self._source is not None:
            self._source.release()
            self._source = None

    def _close_estimator(self) -> None:
        self._close_stretch_estimator()
        if self._estimator is not None:
            self._estimator.close()
            self._estimator = None
            self._monitor = None

    def _close_stretch_estimator(self) -> None:
        if self._stretch_estimator is not None:
            self._stretch_estimator.close()
            self._stretch_estimator = None

    @Slot()
    def stop(self) -> None:
        """Release the camera and the model (runs in the worker thread).

        The worker then moves back to the application's main thread, so that its timer is not
        left behind in a thread that is about to end.
        """
        self._is_stopped = True  # later queued calls (settings, resume) must not reopen anything
        if self._timer is not None:
            self._timer.stop()
        self._calibration = None
        self._recogniser = None
        self._release_source()
        self._close_estimator()
        LOG.info("monitor worker stopped: camera released, pose model closed")
        application = QCoreApplication.instance()
        if application is not None and self.thread() is not application.thread():
            self.moveToThread(application.thread())
        self.stopped.emit()


def _to_qimage(rgb: Any) -> QImage:
    height, width = rgb.shape[:2]
    # copy(): the QImage must own its pixels; the array is gone after this call.
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def start_worker_thread(worker: MonitorWorker) -> QThread:
    """Move `worker` to a new thread and start it there."""
    thread = QThread()
    thread.setObjectName("postureapp-monitor")
    worker.moveToThread(thread)
    thread.started.connect(worker.start)
    thread.start()
    return thread


def stop_worker_thread(worker: MonitorWorker, thread: QThread | None) -> None:
    """Stop `worker` on its thread (the camera and model are released there), then the thread."""
    if thread is None or not thread.isRunning():
        return
    QMetaObject.invokeMethod(worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
    thread.quit()
    thread.wait(10_000)
