"""`postureapp analyze`: the real posture pipeline over videos, images and image folders.

Prints one record per analysed frame on stdout (JSON lines or CSV) and a one-line summary on
stderr. With `--exercise ID` the records follow that guided stretch instead (phase, count,
hold time, cue and the outcome so far), and stderr ends with what the camera saw per input.
Unreadable inputs are reported by name, the others still processed, and the exit code is
then 2. Only regular files are read (a FIFO or device named like a video is refused, not
waited on), and images larger than 50 megapixels are refused before they are decoded.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from postureapp.adapters.camera import (
    IMAGE_SUFFIXES,
    ImageSequenceSource,
    UnreadableFileError,
    VideoFileSource,
    check_regular_file,
    images_in_folder,
)
from postureapp.adapters.mediapipe_pose import (
    MAX_PEOPLE,
    STRETCH_MAX_PEOPLE,
    MediaPipePoseEstimator,
    ModelError,
)
from postureapp.core.calibration import CalibrationResult, calibrate, calibrate_slouched
from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.landmarks import FrameObservation
from postureapp.core.monitor import PostureMonitor, PostureReading, observe_frame
from postureapp.core.ports import CameraStatus, FrameResult
from postureapp.core.settings import INT_BOUNDS, Settings
from postureapp.core.stretch_recognition import RecognitionStep, StretchRecogniser, StretchVerdict
from postureapp.core.stretches import STRETCHES_BY_ID

FEATURE_NAMES = tuple(f.name for f in fields(PostureFeatures))
RECORD_FIELDS = (
    "source", "frame", "t", "person", "score", "rounded", "state", "condition",
    "other_people", *FEATURE_NAMES,
)
EXERCISE_RECORD_FIELDS = (
    "source", "frame", "t", "exercise", "phase", "count", "target", "hold_s", "side", "cue",
    "view", "outcome", "live",
)
SELF_CALIBRATION_S = 3.0
"""Without --calibrate, an exercise is judged against its input's first seconds (sitting tall)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `analyze` subcommand's arguments."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="a video file, an image file, or a folder of images (name order)")
    parser.add_argument("--calibrate", action="append", metavar="PATH", default=None,
                        help="set the upright baseline from this video, image or folder first "
                             "(repeatable; default: population defaults)")
    parser.add_argument("--calibrate-slouched", action="append", metavar="PATH", default=None,
                        help="then learn how you sit when you slump from this video, image or "
                             "folder, so the boundary sits between your two postures "
                             "(repeatable; needs --calibrate)")
    parser.add_argument("--model", type=Path, default=None,
                        help="a PoseLandmarker .task file (default: the embedded model)")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--sensitivity", type=_sensitivity, default=Settings().sensitivity,
                        help="1 (lenient) to 10 (strict); default %(default)s")
    parser.add_argument("--exercise", choices=sorted(STRETCHES_BY_ID), metavar="ID", default=None,
                        help="follow this guided stretch instead of posture: "
                             f"{', '.join(sorted(STRETCHES_BY_ID))}. Without --calibrate, each "
                             f"input's first {SELF_CALIBRATION_S:.0f} s (sitting tall) are the "
                             "baseline")


def _sensitivity(text: str) -> int:
    low, high = INT_BOUNDS["sensitivity"]
    if not text.strip().lstrip("-").isdigit() or not low <= int(text) <= high:
        raise argparse.ArgumentTypeError(f"must be a whole number from {low} to {high}: {text!r}")
    return int(text)


class _Inputs:
    """Turns the PATH arguments into frame sources, remembering which could not be read."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def sources(self, paths: list[str]) -> Iterator[tuple[str, Any, bool]]:
        """(path, source, is_video) for each readable input."""
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                images = images_in_folder(path)
                if not images:
                    self.errors.append(f"{raw}: no images in this folder")
                    continue
                yield raw, ImageSequenceSource(images), False
                continue
            try:
                check_regular_file(path)
            except UnreadableFileError as error:
                self.errors.append(f"{raw}: {error}")
                continue
            if path.suffix.lower() in IMAGE_SUFFIXES:
                yield raw, ImageSequenceSource([path]), False
            else:
                yield raw, VideoFileSource(path), True

    def frames(self, source: Any, name: str) -> Iterator[FrameResult]:
        """The readable frames of a source; unreadable ones are recorded as errors."""
        try:
            while True:
                frame = source.read()
                if frame.status is CameraStatus.ENDED:
                    return
                if frame.status is not CameraStatus.OK:
                    self.errors.append(frame.message)  # it names the file
                    if isinstance(source, VideoFileSource):
                        return
                    continue
                yield frame
        finally:
            source.release()


def _observations(paths: list[str], model: Path | None, inputs: _Inputs) -> list[FrameObservation]:
    observations: list[FrameObservation] = []
    with MediaPipePoseEstimator(model, video_mode=False) as estimator:
        for name, source, _ in inputs.sources(paths):
            observations.extend(observe_frame(estimator, frame)
                                for frame in inputs.frames(source, name))
    return observations


def _baseline_from(args: argparse.Namespace, inputs: _Inputs) -> Baseline | None:
    """The calibration the arguments ask for; None (with the reason printed) when it failed."""
    # Photos are deliberate: one clear photo of the user sitting upright (or slumped) is enough.
    result: CalibrationResult = calibrate(
        _observations(args.calibrate, args.model, inputs),
        calibrated_at=datetime.now().astimezone().isoformat(),
        min_frames=1,
    )
    print(result.message, file=sys.stderr)
    if result.baseline is None or not args.calibrate_slouched:
        return result.baseline
    result = calibrate_slouched(
        result.baseline, _observations(args.calibrate_slouched, args.model, inputs), min_frames=1
    )
    print(result.message, file=sys.stderr)
    return result.baseline


def _record(reading: PostureReading, is_still: bool) -> dict[str, Any]:
    verdict = reading.verdict
    assert verdict is not None
    features = asdict(verdict.features) if verdict.features else dict.fromkeys(FEATURE_NAMES)
    # A still image has no "over time": its state is its own per-frame decision.
    if is_still:
        state = "away" if not verdict.is_person_present else (
            "unknown" if verdict.is_rounded is None else
            "rounded" if verdict.is_rounded else "upright")
    else:
        state = reading.state.value
    return {
        "source": reading.source,
        "frame": reading.index,
        "t": round(reading.t_s, 3),
        "person": bool(verdict.is_person_present),
        "score": None if verdict.score is None else round(verdict.score, 1),
        "rounded": verdict.is_rounded,
        "state": state,
        "condition": verdict.condition.value,
        "other_people": verdict.other_people,
        **{k: None if v is None else round(v, 4) for k, v in features.items()},
    }


class _Writer:
    def __init__(self, out: IO[str], fmt: str, fields: Sequence[str] = RECORD_FIELDS) -> None:
        self._out = out
        self._csv = csv.DictWriter(out, fields) if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerow(record)
        else:
            self._out.write(json.dumps(record) + "\n")
        self._out.flush()


def _exercise_record(name: str, index: int, step: RecognitionStep,
                     verdict: StretchVerdict) -> dict[str, Any]:
    return {
        "source": name,
        "frame": index,
        "t": round(step.t_s, 3),
        "exercise": step.stretch_id,
        "phase": step.phase.value,
        "count": step.count,
        "target": step.target,
        "hold_s": round(step.hold_s, 1),
        "side": step.side,
        "cue": step.cue,
        "view": step.view.value,
        "outcome": verdict.outcome.value,  # what the stretch would be if it ended here
        "live": step.live_text(),
    }


def _own_baseline(
    observations: Iterator[tuple[int, FrameObservation]],
) -> tuple[Baseline | None, str, list[tuple[int, FrameObservation]]]:
    """The baseline from an input's first seconds, its message, and the frames read for it."""
    lead: list[tuple[int, FrameObservation]] = []
    for item in observations:
        lead.append(item)
        if item[1].t_s >= SELF_CALIBRATION_S:
            break
    first = [obs for _, obs in lead if obs.t_s < SELF_CALIBRATION_S] or [obs for _, obs in lead]
    result = calibrate(first, calibrated_at=datetime.now().astimezone().isoformat(), min_frames=1)
    return result.baseline, result.message, lead


def _follow_exercise(
    name: str, observations: Iterable[tuple[int, FrameObservation]], recogniser: StretchRecogniser,
    writer: _Writer,
) -> int:
    frames = 0
    for index, observation in observations:
        step = recogniser.observe(observation)
        writer.write(_exercise_record(name, index, step, recogniser.verdict()))
        frames += 1
    return frames


def _run_exercise(
    args: argparse.Namespace, inputs: _Inputs, baseline: Baseline | None, out: IO[str]
) -> int:
    stretch = STRETCHES_BY_ID[args.exercise]
    writer = _Writer(out, args.format, EXERCISE_RECORD_FIELDS)
    frames = sources = 0
    for name, source, is_video in inputs.sources(args.paths):
        sources += 1
        # A video is followed as the app follows a stretch: tracking one person, with the lite
        # model when it also reads the baseline (the video's first seconds). A baseline from
        # --calibrate photos was read by the posture model, which then follows, as the app
        # does with a calibration the lite model did not read.
        people = STRETCH_MAX_PEOPLE if is_video else MAX_PEOPLE
        with MediaPipePoseEstimator(args.model, video_mode=is_video, max_people=people,
                                    is_lite=is_video and baseline is None) as estimator:
            observed = ((frame.index, observe_frame(estimator, frame))
                        for frame in inputs.frames(source, name))
            own, lead = baseline, list[tuple[int, FrameObservation]]()
            if own is None:
                own, message, lead = _own_baseline(observed)
                if own is None:
                    inputs.errors.append(f"{name}: cannot calibrate from its first "
                                         f"{SELF_CALIBRATION_S:.0f} s: {message}")
                    continue
            recogniser = StretchRecogniser(stretch, own)
            frames += _follow_exercise(name, itertools.chain(lead, observed), recogniser, writer)
        verdict = recogniser.verdict()
        print(f"{name}: {stretch.name}: {verdict.outcome.value}. {verdict.detail}",
              file=sys.stderr)
    for problem in inputs.errors:
        print(f"error: {problem}", file=sys.stderr)
    own_text = f"each input's first {SELF_CALIBRATION_S:.0f} s"
    print(
        f"analyzed {frames} frames from {sources} inputs for {stretch.id}; "
        f"{len(inputs.errors)} errors; baseline: {'calibrated' if baseline else own_text}",
        file=sys.stderr,
    )
    return 2 if inputs.errors else 0


def run_analyze(args: argparse.Namespace, out: IO[str] | None = None) -> int:
    """Run the subcommand; returns the exit code."""
    inputs = _Inputs()
    if args.calibrate_slouched and not args.calibrate:
        print("error: --calibrate-slouched needs --calibrate (your upright posture first)",
              file=sys.stderr)
        return 2
    try:
        baseline = _baseline_from(args, inputs) if args.calibrate else None
        if args.calibrate and baseline is None:
            print("error: calibration failed; nothing analysed", file=sys.stderr)
            return 2
        if getattr(args, "exercise", None):
            return _run_exercise(args, inputs, baseline, out or sys.stdout)
        writer = _Writer(out or sys.stdout, args.format)
        frames = people = rounded = 0
        sources = 0
        for name, source, is_video in inputs.sources(args.paths):
            sources += 1
            # A video is a sequence in time: track it. Stills are independent: no tracking.
            with MediaPipePoseEstimator(args.model, video_mode=is_video) as estimator:
                monitor = PostureMonitor(estimator, baseline, args.sensitivity)
                for frame in inputs.frames(source, name):
                    record = _record(monitor.process(frame), is_still=not is_video)
                    writer.write(record)
                    frames += 1
                    people += record["person"]
                    rounded += bool(record["rounded"])
    except ModelError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in inputs.errors:
        print(f"error: {problem}", file=sys.stderr)
    share = f"{100 * rounded / people:.0f}%" if people else "n/a"
    print(
        f"analyzed {frames} frames from {sources} inputs: person in {people}, rounded in "
        f"{rounded} ({share} of frames with a person); {len(inputs.errors)} errors; "
        f"baseline: {_baseline_summary(baseline)}",
        file=sys.stderr,
    )
    return 2 if inputs.errors else 0


def _baseline_summary(baseline: Baseline | None) -> str:
    if baseline is None:
        return "population defaults"
    return "calibrated, upright and slumped" if baseline.slouched else "calibrated"
