"""`postureapp bench`: what live monitoring costs, measured on the real pipeline and camera path.

A webcam is replaced by a fake V4L2-like device behind the app's own camera adapter
(`OpenCvCamera`): opening it allocates the driver's frame buffers, and every frame the adapter
takes from it arrives encoded as a webcam sends it (MJPEG, or raw YUYV) at a real webcam size
(640x480 and 1280x720) and is decoded, the warm-up frames read while exposure settles and the
stale frames dropped before a sample included. The frames show a person (matplotlib's portrait
photo) moving a little. Each sample goes through the adapter, the pose model in VIDEO mode and
the posture core, as live; with the default settings the camera is opened for each sample and
closed after it. The model call is timed alone too, so the pipeline's own overhead is visible.

With `--guided` it measures camera-guided stretches instead, each as the worker follows it: the
stretch model (the embedded lite model, tracking one person) loaded for it, the same fake
webcam (MJPEG 640x480) opened and read whenever the recogniser asks for the next frame (or at
`--fps`), every frame through the model and the stretch recogniser, then the camera released
and the model closed; reported as CPU seconds per minute of break against the 2 s budget. The
recogniser decides the rate from the movement it sees, and the photo does not move: it is
given the stretch done at the dose instead (the model's own reading of the photo, moved as
the tests' synthesised sequences move it, with jitter and dropped frames), so the camera is
read as often as it would be for a user doing the stretch.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Final

from postureapp.adapters.camera import STALE_FRAMES, WARM_UP_FRAMES, OpenCvCamera
from postureapp.adapters.mediapipe_pose import (
    MediaPipePoseEstimator,
    estimator_for,
    stretch_estimator_for,
)
from postureapp.cli import exercise_sequences as seq
from postureapp.core.calibration import calibrate, with_stretch_model_posture
from postureapp.core.features import Baseline
from postureapp.core.landmarks import FrameObservation, PoseLandmarks
from postureapp.core.monitor import PostureMonitor, observe_frame
from postureapp.core.ports import CameraStatus
from postureapp.core.settings import Settings
from postureapp.core.stretch_recognition import (
    CAMERA_JUDGED_IDS,
    StretchRecogniser,
    follow_as_scheduled,
)
from postureapp.core.stretches import STRETCHES_BY_ID, WALK, Stretch

WARM_UP_SAMPLES: Final = 3  # the first inferences set up the XNNPACK delegate
DRIVER_BUFFERS: Final = 4  # what V4L2 drivers typically queue (and OpenCV requests)
STREAM_FRAMES: Final = 8  # distinct frames the fake device cycles through
GUIDED_BUDGET_CPU_S_PER_MIN: Final = 2.0
"""The most CPU a camera-guided break may cost per minute (issue 14)."""
GUIDED_BENCH_STRETCHES: Final = ("scapular-squeeze", "thoracic-rotation", "cat-cow")
"""The stretches issue 14 names: the desk holds, and the repetitions (the fastest rate)."""
GUIDED_MOVEMENTS: Final[dict[str, Callable[[], tuple[seq.Movement, float]]]] = {
    "scapular-squeeze": lambda: seq.scapular_squeezes(10),
    "thoracic-rotation": seq.thoracic_rotations,
    "cat-cow": lambda: seq.seated_cat_cows(10),
    "thoracic-extension": seq.thoracic_extensions,
    WALK.id: lambda: (seq.sitting_still(), 0.0),  # the camera's rate does not change on a walk
}
"""Each stretch done at its dose, which decides how often the recogniser reads the camera."""


@dataclass(frozen=True, slots=True)
class CameraMode:
    """A pixel format and frame size a webcam streams."""

    pixel_format: str  # "MJPEG" or "YUYV"
    width: int
    height: int

    @property
    def name(self) -> str:
        """E.g. "MJPEG 640x480"."""
        return f"{self.pixel_format} {self.width}x{self.height}"


CAMERA_MODES: Final = (
    CameraMode("MJPEG", 640, 480), CameraMode("YUYV", 640, 480),
    CameraMode("MJPEG", 1280, 720), CameraMode("YUYV", 1280, 720),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `bench` subcommand's arguments."""
    parser.add_argument("--samples", type=int, default=30,
                        help="samples to time per camera mode (default 30)")
    parser.add_argument("--json", action="store_true",
                        help="end with one JSON object of the figures")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--guided", action="store_true",
                        help="measure a camera-guided stretch (frames streamed at --fps) "
                             "instead of posture sampling")
    parser.add_argument("--fps", type=float, default=None,
                        help="frames per second for --guided (default: as the recogniser asks, "
                             "from the stretch done at its dose)")
    parser.add_argument("--stretch", choices=sorted(CAMERA_JUDGED_IDS), default=None,
                        help="the one stretch --guided follows (default: "
                             f"{', '.join(GUIDED_BENCH_STRETCHES)})")
    parser.add_argument("--stretch-s", type=float, default=60.0,
                        help="length of the stretch --guided follows (default %(default)s)")


def person_frames(mode: CameraMode) -> list[Any]:
    """BGR frames of a person at a desk at the mode's size, shifted a little each frame."""
    # Imported here, as OpenCV and NumPy below: `postureapp` imports this module to build its
    # parser on every start, and the tray app must neither wait for them nor carry matplotlib.
    import cv2
    import numpy as np

    try:  # the photo is matplotlib's; the desktop build leaves matplotlib out
        from matplotlib import cbook
    except ImportError:
        raise SystemExit("postureapp bench needs matplotlib's sample photo grace_hopper.jpg: "
                         "run it from a Python environment with matplotlib installed") from None
    photo = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    if photo is None:
        raise SystemExit("matplotlib's sample photo grace_hopper.jpg is missing")
    scale = mode.height / photo.shape[0]
    person = cv2.resize(photo, (int(photo.shape[1] * scale), mode.height))
    rng = np.random.default_rng(7)
    frames = []
    for _ in range(STREAM_FRAMES):
        canvas = np.full((mode.height, mode.width, 3), 90, np.uint8)
        x = (mode.width - person.shape[1]) // 2 + int(rng.integers(-20, 21))
        canvas[:, x : x + person.shape[1]] = person
        noise = rng.integers(-6, 7, canvas.shape, dtype=np.int16)
        frames.append(np.clip(canvas.astype(np.int16) + noise, 0, 255).astype(np.uint8))
    return frames


def encode_frame(bgr: Any, pixel_format: str) -> bytes:
    """A frame as the device sends it: a JPEG, or packed YUYV (4:2:2, 2 bytes a pixel)."""
    import cv2
    import numpy as np

    if pixel_format == "MJPEG":
        ok, jpeg = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 90])
        assert ok
        return bytes(jpeg)
    # Webcams send BT.601 "video range" YUV (luma 16-235, chroma 16-240), which is also what
    # OpenCV's YUYV conversion expects; YCrCb here is the full-range form of the same.
    ycrcb = cv2.cvtColor(bgr, cv2.COLOR_BGR2YCrCb).astype(np.float32)
    luma = 16 + ycrcb[:, :, 0] * (219 / 255)
    cr, cb = (128 + (ycrcb[:, :, i] - 128) * (224 / 255) for i in (1, 2))
    packed = np.empty((bgr.shape[0], bgr.shape[1], 2), np.float32)
    packed[:, :, 0] = luma
    packed[:, 0::2, 1] = cb[:, 0::2]  # U (Cb) of each pixel pair
    packed[:, 1::2, 1] = cr[:, 0::2]  # V (Cr) of each pixel pair
    return np.clip(np.rint(packed), 0, 255).astype(np.uint8).tobytes()


def _decoder(mode: CameraMode) -> Callable[[memoryview], Any]:
    import cv2
    import numpy as np

    if mode.pixel_format == "MJPEG":
        return lambda data: cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    shape = (mode.height, mode.width, 2)
    return lambda data: cv2.cvtColor(np.frombuffer(data, np.uint8).reshape(shape),
                                     cv2.COLOR_YUV2BGR_YUYV)


class FakeV4l2Capture:
    """Stands in for `cv2.VideoCapture` on a V4L2 webcam streaming encoded frames.

    Opening allocates the driver's buffers (a raw frame each). As in OpenCV's V4L2 backend,
    `grab()` only dequeues the next frame into a buffer, and `retrieve()` decodes the frame
    last grabbed (`read()` does both): frames dropped with `grab()` are never decoded. What a
    real driver does in the kernel (negotiating the format, starting the stream, filling the
    buffers) is not here.
    """

    def __init__(self, mode: CameraMode, stream: list[bytes], cpu: CpuMeter) -> None:
        self._cpu = cpu
        with cpu.counting():
            self._buffers = [bytearray(mode.width * mode.height * 2)
                             for _ in range(DRIVER_BUFFERS)]
        self._stream = stream
        self._decode = _decoder(mode)
        self._next = 0
        self._latest: Any = None

    def isOpened(self) -> bool:  # noqa: N802 - cv2.VideoCapture's name
        """Always opens."""
        return True

    def grab(self) -> bool:
        """Dequeue the next frame (not decoded)."""
        with self._cpu.counting():
            data = self._stream[self._next % len(self._stream)]
            buffer = self._buffers[self._next % DRIVER_BUFFERS]
            buffer[: len(data)] = data
            self._latest = memoryview(buffer)[: len(data)]
            self._next += 1
        return True

    def retrieve(self) -> tuple[bool, Any]:
        """The frame last grabbed, decoded to BGR."""
        with self._cpu.counting():
            return True, self._decode(self._latest)

    def read(self) -> tuple[bool, Any]:
        """The next frame, decoded to BGR."""
        self.grab()
        return self.retrieve()

    def release(self) -> None:
        """Give the buffers back."""
        with self._cpu.counting():
            self._buffers = []


class CpuMeter:
    """Adds up the CPU time spent inside `counting()` blocks."""

    def __init__(self) -> None:
        self.total_ms = 0.0

    def counting(self) -> _Counting:
        """A context manager that adds its block's CPU time to `total_ms`."""
        return _Counting(self)


class _Counting:
    def __init__(self, meter: CpuMeter) -> None:
        self._meter = meter
        self._start = 0.0

    def __enter__(self) -> None:
        self._start = time.process_time()

    def __exit__(self, *exc: object) -> None:
        self._meter.total_ms += (time.process_time() - self._start) * 1000


class _TimedEstimator:
    """Wraps the estimator to count the CPU time of the model call alone."""

    def __init__(self, inner: MediaPipePoseEstimator) -> None:
        self._inner = inner
        self.last_cpu_ms = 0.0

    def estimate(self, image: Any, t_s: float) -> tuple[PoseLandmarks, ...]:
        start = time.process_time()
        people = self._inner.estimate(image, t_s)
        self.last_cpu_ms = (time.process_time() - start) * 1000
        return people

    def close(self) -> None:
        self._inner.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _fake_webcam(mode: CameraMode, device_cpu: CpuMeter) -> OpenCvCamera:
    stream = [encode_frame(frame, mode.pixel_format) for frame in person_frames(mode)]
    return OpenCvCamera(0, open_capture=lambda _: FakeV4l2Capture(mode, stream, device_cpu),
                        device_node=lambda _: None)


def _bench_mode(mode: CameraMode, model: MediaPipePoseEstimator, settings: Settings,
                samples: int, keep_open: bool) -> dict[str, Any]:
    """Time `samples` samples through the camera adapter, the model and the core."""
    device_cpu = CpuMeter()
    camera = _fake_webcam(mode, device_cpu)
    estimator = _TimedEstimator(model)
    monitor = PostureMonitor(estimator, None, settings.sensitivity)
    interval_s = float(settings.sample_interval_s)
    wall_ms: list[float] = []
    cpu_ms: list[float] = []
    camera_ms: list[float] = []
    model_ms: list[float] = []
    missed = 0
    for i in range(samples + WARM_UP_SAMPLES):
        device_before = device_cpu.total_ms
        wall0, cpu0 = time.perf_counter(), time.process_time()
        frame = camera.read()
        if not keep_open:
            camera.release()  # as the worker does: camera light off between samples
        assert frame.status is CameraStatus.OK, frame.message
        # Live, samples are `interval_s` apart on the monotonic clock.
        reading = monitor.process(replace(frame, t_s=i * interval_s, index=i))
        wall1, cpu1 = time.perf_counter(), time.process_time()
        if i < WARM_UP_SAMPLES:
            continue
        wall_ms.append((wall1 - wall0) * 1000)
        cpu_ms.append((cpu1 - cpu0) * 1000)
        camera_ms.append(device_cpu.total_ms - device_before)
        model_ms.append(estimator.last_cpu_ms)
        missed += reading.verdict is None or reading.verdict.score is None
    if missed:
        print(f"warning: {mode.name}: {missed} samples found no person", file=sys.stderr)
    samples_per_min = 60.0 / interval_s
    cpu_per_sample = statistics.median(cpu_ms)
    camera_per_sample = statistics.median(camera_ms)
    model_per_sample = statistics.median(model_ms)
    pipeline = cpu_per_sample - camera_per_sample
    return {
        "camera": mode.name,
        "camera_kept_open": keep_open,
        "frames_grabbed_per_sample": 1 + (STALE_FRAMES if keep_open else WARM_UP_FRAMES),
        "ms_per_sample_median": round(statistics.median(wall_ms), 2),
        "ms_per_sample_p95": round(_percentile(wall_ms, 0.95), 2),
        "cpu_ms_per_sample": round(cpu_per_sample, 2),
        "camera_cpu_ms_per_sample": round(camera_per_sample, 2),
        "model_cpu_ms_per_sample": round(model_per_sample, 2),
        "pipeline_overhead_ratio": round(pipeline / max(model_per_sample, 1e-9), 3),
        "cpu_s_per_monitored_min": round(cpu_per_sample * samples_per_min / 1000, 3),
    }


@dataclass(frozen=True, slots=True)
class _GuidedCalibration:
    """What the stretch is followed against, and the user's upright pose as the stretch
    model reads it (what the synthesised stretch moves)."""

    baseline: Baseline | None
    upright: FrameObservation


def _guided_calibration(settings: Settings, mode: CameraMode) -> _GuidedCalibration:
    """The calibration the stretch is followed against, as the app makes it: both models read
    the same upright frames (not timed: calibrating is not part of a break)."""
    camera = _fake_webcam(mode, CpuMeter())
    frames = [replace(camera.read(), t_s=float(i)) for i in range(STREAM_FRAMES)]
    camera.release()
    with estimator_for(settings) as model:
        baseline = calibrate([observe_frame(model, f) for f in frames], "bench",
                             min_frames=1).baseline
    with stretch_estimator_for(settings) as model:
        read = [observe_frame(model, f) for f in frames]
    if baseline is not None:
        baseline = with_stretch_model_posture(baseline, read).as_read_by_stretch_model()
    return _GuidedCalibration(baseline, read[0])


def _follow_stretch(stretch: Stretch, fps: float | None, stretch_s: float, settings: Settings,
                    calibration: _GuidedCalibration, mode: CameraMode) -> dict[str, Any]:
    """One guided stretch as the worker follows it, from loading its model to closing it."""
    device_cpu = CpuMeter()
    camera = _fake_webcam(mode, device_cpu)
    recogniser = StretchRecogniser(stretch, calibration.baseline)
    upright = calibration.upright
    if not upright.people:
        raise SystemExit("the stretch model found nobody in the bench's photo")
    movement, length_s = GUIDED_MOVEMENTS[stretch.id]()
    playback = seq.Playback(upright.people[0], seq.Camera(upright.image_width,
                                                          upright.image_height),
                            movement, max(length_s, stretch_s))
    model_ms = synthesis_ms = 0.0
    frame_count = seen = 0

    def frame_at(t_s: float) -> FrameObservation:
        """The frame read at `t_s` through the model (its cost); the recogniser is given the
        stretch done at the dose at that moment (not the app's cost: not counted)."""
        nonlocal model_ms, synthesis_ms, frame_count, seen
        frame = camera.read()  # opened at the first frame, kept open while streaming
        assert frame.status is CameraStatus.OK, frame.message
        seen += bool(observe_frame(estimator, replace(frame, t_s=t_s, index=frame_count)).people)
        model_ms += estimator.last_cpu_ms
        frame_count += 1
        synthesis0 = time.process_time()
        observation = playback.at(t_s)
        synthesis_ms += (time.process_time() - synthesis0) * 1000
        return observation

    cpu0 = time.process_time()
    estimator = _TimedEstimator(stretch_estimator_for(settings))
    load_ms = (time.process_time() - cpu0) * 1000
    for _ in follow_as_scheduled(recogniser, frame_at, stretch_s,
                                 fixed_interval_s=None if fps is None else 1.0 / fps):
        pass
    camera.release()
    close0 = time.process_time()
    estimator.close()
    close_ms = (time.process_time() - close0) * 1000
    total_ms = (time.process_time() - cpu0) * 1000 - synthesis_ms
    per_frame = (total_ms - load_ms - close_ms) / frame_count
    return {
        "stretch": stretch.id,
        "fps": round(frame_count / stretch_s, 2),
        "frames": frame_count,
        "frames_seen": seen,
        "counted": recogniser.verdict().done,
        "model_load_cpu_ms": round(load_ms, 1),
        "model_close_cpu_ms": round(close_ms, 1),
        "cpu_ms_per_frame": round(per_frame, 2),
        "camera_cpu_ms_per_frame": round(device_cpu.total_ms / frame_count, 2),
        "model_cpu_ms_per_frame": round(model_ms / frame_count, 2),
        "cpu_s_per_break_min": round(total_ms / 1000 * 60 / stretch_s, 2),
    }


def _run_guided_bench(args: argparse.Namespace, out: IO[str]) -> int:
    stretch_s = max(1.0, float(args.stretch_s))
    mode = CAMERA_MODES[0]
    settings = Settings().replace(model_path=str(args.model) if args.model else "")
    ids = [args.stretch] if args.stretch else list(GUIDED_BENCH_STRETCHES)
    # One calibration for the whole run, as the app follows every stretch against the same one.
    calibration = _guided_calibration(settings, mode)
    fps = max(0.1, float(args.fps)) if args.fps else None
    rows = [_follow_stretch(STRETCHES_BY_ID[stretch_id], fps, stretch_s, settings, calibration,
                            mode)
            for stretch_id in ids]
    worst = max(rows, key=lambda row: row["cpu_s_per_break_min"])
    verdict = ("within" if worst["cpu_s_per_break_min"] <= GUIDED_BUDGET_CPU_S_PER_MIN
               else "OVER")
    peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    rate = f"{args.fps:g} frames a second" if args.fps else "the rate the recogniser asked for"
    print(f"each stretch followed for {stretch_s:g} s from a fake {mode.name} webcam (opened "
          f"for it, kept open) at {rate}, done at its dose; the stretch model loaded for it and "
          f"closed after:", file=out)
    print(f"{'stretch':<20}{'fps':>5}{'seen':>9}{'counted':>8}{'load ms':>9}{'ms/frame':>9}"
          f"{'camera':>8}{'model':>8}{'CPU s/min':>10}", file=out)
    for row in rows:
        print(f"{row['stretch']:<20}{row['fps']:>5g}{row['frames_seen']:>4}/{row['frames']:<4}"
              f"{row['counted']:>8}"
              f"{row['model_load_cpu_ms']:>9}{row['cpu_ms_per_frame']:>9}"
              f"{row['camera_cpu_ms_per_frame']:>8}{row['model_cpu_ms_per_frame']:>8}"
              f"{row['cpu_s_per_break_min']:>10}", file=out)
    print(f"CPU s per break minute, at worst ({worst['stretch']}): "
          f"{worst['cpu_s_per_break_min']} ({verdict} the budget of "
          f"{GUIDED_BUDGET_CPU_S_PER_MIN:g}); peak RSS {peak_rss_mb} MB", file=out)
    if args.json:
        print(json.dumps({"camera": mode.name, "stretch_s": stretch_s,
                          "cpu_s_per_break_min": worst["cpu_s_per_break_min"],
                          "budget_cpu_s_per_break_min": GUIDED_BUDGET_CPU_S_PER_MIN,
                          "peak_rss_mb": peak_rss_mb, "stretches": rows}), file=out)
    return 0


def run_bench(args: argparse.Namespace, out: IO[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    out = out or sys.stdout
    if args.guided:
        return _run_guided_bench(args, out)
    settings = Settings()
    samples_per_min = 60.0 / settings.sample_interval_s
    rows = []
    with MediaPipePoseEstimator(args.model, video_mode=True) as model:
        for mode in CAMERA_MODES:
            rows.append(_bench_mode(mode, model, settings, args.samples,
                                    keep_open=settings.keep_camera_open))
        rows.append(_bench_mode(CAMERA_MODES[0], model, settings, args.samples, keep_open=True))
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.samples} samples per camera mode (after {WARM_UP_SAMPLES} warm-up), one every "
          f"{settings.sample_interval_s} s ({samples_per_min:g} per monitored minute); "
          f"CPU ms per sample:", file=out)
    print(f"{'camera (fake V4L2 device)':<34}{'grabbed':>8}{'total':>8}{'camera':>8}"
          f"{'model':>8}{'overhead':>9}{'CPU s/min':>10}{'ms wall':>9}", file=out)
    for row in rows:
        label = row["camera"] + (", kept open" if row["camera_kept_open"] else
                                 ", opened per sample")
        print(f"{label:<34}{row['frames_grabbed_per_sample']:>8}{row['cpu_ms_per_sample']:>8}"
              f"{row['camera_cpu_ms_per_sample']:>8}{row['model_cpu_ms_per_sample']:>8}"
              f"{row['pipeline_overhead_ratio']:>8}x{row['cpu_s_per_monitored_min']:>10}"
              f"{row['ms_per_sample_median']:>9}", file=out)
    defaults = [row for row in rows if row["camera_kept_open"] == settings.keep_camera_open]
    worst = max(defaults, key=lambda row: row["cpu_s_per_monitored_min"])
    print(f"with the default settings, at worst ({worst['camera']}): "
          f"{worst['cpu_s_per_monitored_min']} CPU s per monitored minute "
          f"(budget 0.25), pipeline {worst['pipeline_overhead_ratio']}x the model's own CPU "
          f"(budget 1.15x); peak RSS {peak_rss_mb:.1f} MB", file=out)
    if args.json:
        figures = {key: value for key, value in worst.items()
                   if key not in ("camera_kept_open",)}
        figures.update({"samples_per_min": round(samples_per_min, 2),
                        "peak_rss_mb": round(peak_rss_mb, 1), "camera_modes": rows})
        print(json.dumps(figures), file=out)
    return 0
