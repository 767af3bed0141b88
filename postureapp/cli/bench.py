"""`postureapp bench`: what live monitoring costs, measured on the real pipeline.

It replays generated frames (matplotlib's portrait photo, shifted a little each frame, written as
a temporary image folder) through the same camera adapter, pose estimator mode and posture core
the app uses live, one sample at a time, and reports time, CPU and memory per sample. It also
times the model call alone, so the pipeline's own overhead is visible.

With `--guided` it measures a camera-guided stretch instead: frames streamed at `--fps` (5 by
default, as during a guided break) through the camera adapter, the tracking pose model and the
stretch recogniser, reported as CPU seconds per minute of break against the 2 s budget.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import cv2
import numpy as np
from matplotlib import cbook

from postureapp.adapters.camera import ImageSequenceSource
from postureapp.adapters.mediapipe_pose import MediaPipePoseEstimator
from postureapp.core.calibration import calibrate
from postureapp.core.landmarks import PoseLandmarks
from postureapp.core.monitor import PostureMonitor, observe_frame
from postureapp.core.ports import CameraStatus
from postureapp.core.settings import Settings
from postureapp.core.stretch_recognition import GUIDED_FRAMES_PER_S, StretchRecogniser
from postureapp.core.stretches import STRETCHES_BY_ID

GUIDED_BUDGET_CPU_S_PER_MIN = 2.0
"""The most CPU a guided break may cost per minute (issue 14)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `bench` subcommand's arguments."""
    parser.add_argument("--samples", type=int, default=60, help="samples to time (default 60)")
    parser.add_argument("--json", action="store_true",
                        help="end with one JSON object of the figures")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--guided", action="store_true",
                        help="measure a camera-guided stretch (frames streamed at --fps) "
                             "instead of posture sampling")
    parser.add_argument("--fps", type=float, default=GUIDED_FRAMES_PER_S,
                        help="frames per second for --guided (default %(default)s)")


def _write_frames(folder: Path, count: int) -> list[Path]:
    photo = cv2.imread(str(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)))
    if photo is None:
        raise SystemExit("matplotlib's sample photo grace_hopper.jpg is missing")
    # A webcam-sized 640x480 frame with the person placed like a user at a desk.
    canvas_h, canvas_w = 480, 640
    scale = canvas_h / photo.shape[0]
    person = cv2.resize(photo, (int(photo.shape[1] * scale), canvas_h))
    rng = np.random.default_rng(7)
    paths = []
    for i in range(count):
        canvas = np.full((canvas_h, canvas_w, 3), 90, np.uint8)
        shift = int(rng.integers(-20, 21))
        x = (canvas_w - person.shape[1]) // 2 + shift
        canvas[:, x : x + person.shape[1]] = person
        noise = rng.integers(-6, 7, canvas.shape, dtype=np.int16)
        frame = np.clip(canvas.astype(np.int16) + noise, 0, 255).astype(np.uint8)
        # JPEG, like the MJPEG stream most webcams send, so decoding costs what it would live.
        path = folder / f"frame{i:04d}.jpg"
        cv2.imwrite(str(path), frame, [cv2.IMWRITE_JPEG_QUALITY, 90])
        paths.append(path)
    return paths


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


def _run_guided_bench(args: argparse.Namespace, out: IO[str]) -> int:
    fps = max(0.1, float(args.fps))
    cpu_ms: list[float] = []
    model_cpu_ms: list[float] = []
    seen = 0
    with tempfile.TemporaryDirectory() as tmp:
        source = ImageSequenceSource(_write_frames(Path(tmp), min(args.samples, 30)), loop=True)
        with MediaPipePoseEstimator(args.model, video_mode=True) as model:
            estimator = _TimedEstimator(model)
            upright = [observe_frame(estimator, replace(source.read(), t_s=i / fps))
                       for i in range(5)]
            baseline = calibrate(upright, "bench", min_frames=1).baseline
            recogniser = StretchRecogniser(STRETCHES_BY_ID["scapular-squeeze"], baseline)
            for i in range(5, args.samples + 5):
                cpu0 = time.process_time()
                frame = replace(source.read(), t_s=i / fps, index=i)
                step = recogniser.observe(observe_frame(estimator, frame))
                cpu_ms.append((time.process_time() - cpu0) * 1000)
                model_cpu_ms.append(estimator.last_cpu_ms)
                seen += step.view.value == "clear"
    frames_per_min = 60.0 * fps
    cpu_per_frame = statistics.median(cpu_ms)
    cpu_s_per_min = cpu_per_frame * frames_per_min / 1000
    figures = {
        "fps": round(fps, 2),
        "frames_timed": len(cpu_ms),
        "frames_seen": seen,
        "cpu_ms_per_frame": round(cpu_per_frame, 2),
        "model_cpu_ms_per_frame": round(statistics.median(model_cpu_ms), 2),
        "cpu_s_per_break_min": round(cpu_s_per_min, 2),
        "budget_cpu_s_per_break_min": GUIDED_BUDGET_CPU_S_PER_MIN,
        "fps_within_budget": round(GUIDED_BUDGET_CPU_S_PER_MIN * 1000 / 60 / cpu_per_frame, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    verdict = "within" if cpu_s_per_min <= GUIDED_BUDGET_CPU_S_PER_MIN else "OVER"
    print(f"guided break frames timed: {len(cpu_ms)} at {fps:g} fps "
          f"(after 5 for calibration; person seen in {seen})", file=out)
    print(f"CPU ms per frame:          {figures['cpu_ms_per_frame']} "
          f"(model alone {figures['model_cpu_ms_per_frame']})", file=out)
    print(f"CPU s per break minute:    {figures['cpu_s_per_break_min']} ({verdict} the budget "
          f"of {GUIDED_BUDGET_CPU_S_PER_MIN:g}; the budget allows "
          f"{figures['fps_within_budget']} fps)", file=out)
    print(f"peak RSS:                  {figures['peak_rss_mb']} MB", file=out)
    if args.json:
        print(json.dumps(figures), file=out)
    return 0


def run_bench(args: argparse.Namespace, out: IO[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    out = out or sys.stdout
    if getattr(args, "guided", False):
        return _run_guided_bench(args, out)
    settings = Settings()
    interval_s = float(settings.sample_interval_s)
    wall_ms: list[float] = []
    cpu_ms: list[float] = []
    model_cpu_ms: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        source = ImageSequenceSource(_write_frames(Path(tmp), min(args.samples, 30)), loop=True)
        with MediaPipePoseEstimator(args.model, video_mode=True) as model:
            estimator = _TimedEstimator(model)
            monitor = PostureMonitor(estimator, None, settings.sensitivity)
            for i in range(args.samples + 3):
                wall0, cpu0 = time.perf_counter(), time.process_time()
                frame = source.read()
                assert frame.status is CameraStatus.OK, frame.message
                # Live, samples are `interval_s` apart on the monotonic clock.
                frame = replace(frame, t_s=i * interval_s, index=i)
                reading = monitor.process(frame)
                wall1, cpu1 = time.perf_counter(), time.process_time()
                if i < 3:  # warm-up: the first inferences set up the XNNPACK delegate
                    continue
                wall_ms.append((wall1 - wall0) * 1000)
                cpu_ms.append((cpu1 - cpu0) * 1000)
                model_cpu_ms.append(estimator.last_cpu_ms)
                if reading.verdict is None or reading.verdict.score is None:
                    print(f"warning: sample {i} found no person", file=sys.stderr)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    samples_per_min = 60.0 / interval_s
    cpu_per_sample = statistics.median(cpu_ms)
    figures = {
        "ms_per_sample_median": round(statistics.median(wall_ms), 2),
        "ms_per_sample_p95": round(_percentile(wall_ms, 0.95), 2),
        "cpu_ms_per_sample": round(cpu_per_sample, 2),
        "model_cpu_ms_per_sample": round(statistics.median(model_cpu_ms), 2),
        "samples_per_min": round(samples_per_min, 2),
        "cpu_s_per_monitored_min": round(cpu_per_sample * samples_per_min / 1000, 3),
        "peak_rss_mb": round(peak_rss_mb, 1),
    }
    overhead = 100 * (cpu_per_sample / max(figures["model_cpu_ms_per_sample"], 1e-9) - 1)
    print(f"samples timed:            {len(wall_ms)} (after 3 warm-up)", file=out)
    print(f"ms per sample:            median {figures['ms_per_sample_median']}, "
          f"p95 {figures['ms_per_sample_p95']}", file=out)
    print(f"CPU ms per sample:        {figures['cpu_ms_per_sample']} "
          f"(model alone {figures['model_cpu_ms_per_sample']}; pipeline adds {overhead:.0f}%)",
          file=out)
    print(f"default samples per min:  {figures['samples_per_min']} "
          f"(every {interval_s:g} s)", file=out)
    print(f"CPU s per monitored min:  {figures['cpu_s_per_monitored_min']}", file=out)
    print(f"peak RSS:                 {figures['peak_rss_mb']} MB", file=out)
    if args.json:
        print(json.dumps(figures), file=out)
    return 0
