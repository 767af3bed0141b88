"""`postureapp bench --json` prints its figures; their values are for people, not for tests."""

from __future__ import annotations

import json

import numpy as np
import pytest

from postureapp.adapters.camera import WARM_UP_FRAMES, OpenCvCamera
from postureapp.cli.bench import (
    CAMERA_MODES,
    CpuMeter,
    FakeV4l2Capture,
    encode_frame,
    person_frames,
)
from postureapp.cli.main import main
from postureapp.core.ports import CameraStatus

KEYS = {"ms_per_sample_median", "ms_per_sample_p95", "cpu_ms_per_sample", "samples_per_min",
        "cpu_s_per_monitored_min", "peak_rss_mb", "camera_cpu_ms_per_sample",
        "model_cpu_ms_per_sample", "pipeline_overhead_ratio", "frames_grabbed_per_sample"}


@pytest.mark.model
def test_bench_ends_with_one_json_object_of_the_figures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--samples", "2", "--json"]) == 0
    captured = capsys.readouterr()
    figures = json.loads(captured.out.strip().splitlines()[-1])
    assert figures.keys() >= KEYS
    assert figures["samples_per_min"] == 6.0  # the default: one sample every 10 s
    assert all(isinstance(figures[k], float | int) and figures[k] > 0 for k in KEYS)
    # The default path opens the camera for each sample: its warm-up frames are grabbed too.
    assert figures["frames_grabbed_per_sample"] == WARM_UP_FRAMES + 1
    assert {m["camera"] for m in figures["camera_modes"]} == {
        "MJPEG 640x480", "YUYV 640x480", "MJPEG 1280x720", "YUYV 1280x720"}
    assert "found no person" not in captured.err  # the frames really show a person


@pytest.mark.parametrize("mode", CAMERA_MODES, ids=lambda mode: mode.name)
def test_the_fake_webcam_delivers_its_frames_through_the_camera_adapter(mode) -> None:  # type: ignore[no-untyped-def]
    frames = person_frames(mode)
    stream = [encode_frame(frame, mode.pixel_format) for frame in frames]
    meter = CpuMeter()
    camera = OpenCvCamera(0, open_capture=lambda _: FakeV4l2Capture(mode, stream, meter),
                          device_node=lambda _: None)
    result = camera.read()
    camera.release()
    assert result.status is CameraStatus.OK
    assert result.image.shape == (mode.height, mode.width, 3)
    # After the warm-up frames the sample is the next one the device sent, decoded faithfully.
    sent = frames[WARM_UP_FRAMES % len(frames)][:, :, ::-1].astype(np.int16)  # BGR -> RGB
    assert np.abs(result.image.astype(np.int16) - sent).mean() < 4
    assert meter.total_ms > 0


GUIDED_KEYS = {"camera", "stretch_s", "cpu_s_per_break_min", "budget_cpu_s_per_break_min",
               "peak_rss_mb", "stretches"}
STRETCH_KEYS = {"stretch", "fps", "frames", "frames_seen", "counted", "model_load_cpu_ms",
                "model_close_cpu_ms", "cpu_ms_per_frame", "camera_cpu_ms_per_frame",
                "model_cpu_ms_per_frame", "cpu_s_per_break_min"}


@pytest.mark.model
def test_guided_bench_reports_cpu_seconds_per_break_minute_for_each_stretch(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--guided", "--stretch-s", "2", "--json"]) == 0
    out = capsys.readouterr().out
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures.keys() == GUIDED_KEYS
    rows = {row["stretch"]: row for row in figures["stretches"]}
    assert rows.keys() == {"scapular-squeeze", "thoracic-rotation", "cat-cow"}
    assert all(row.keys() == STRETCH_KEYS for row in rows.values())
    # Read when the recogniser asks (once a second while nothing changes, at most the
    # stretch's own rate), the person found by the model in every frame.
    assert all(2 <= row["frames"] <= 2 * 2 for row in rows.values())
    assert rows["thoracic-rotation"]["frames"] == 2  # its own rate is 1 a second
    assert all(row["frames"] == row["frames_seen"] == 2 * row["fps"] for row in rows.values())
    # Loading the stretch's model is part of what the stretch costs.
    assert all(row["model_load_cpu_ms"] > 0 for row in rows.values())
    assert figures["cpu_s_per_break_min"] == max(r["cpu_s_per_break_min"] for r in rows.values())
    assert "CPU s per break minute" in out


@pytest.mark.model
def test_guided_bench_reads_fewer_frames_as_the_recogniser_asks_than_at_a_fixed_rate(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def frames(*extra: str) -> int:
        main(["bench", "--guided", "--stretch", "scapular-squeeze", "--stretch-s", "12",
              "--json", *extra])
        row: dict[str, int] = json.loads(capsys.readouterr().out.strip().splitlines()[-1])[
            "stretches"][0]
        return row["frames"]

    assert frames("--fps", "2") == 24
    assert 12 <= frames() < 24  # sitting, then moving into the first squeeze and holding it


def test_retrieve_decodes_the_frame_last_grabbed() -> None:
    mode = CAMERA_MODES[0]
    stream = [encode_frame(frame, mode.pixel_format) for frame in person_frames(mode)]
    capture = FakeV4l2Capture(mode, stream, CpuMeter())
    capture.grab()
    capture.grab()
    ok, image = capture.retrieve()
    assert ok and image.shape == (mode.height, mode.width, 3)
    sent = person_frames(mode)[1].astype(np.int16)  # the second frame grabbed
    assert np.abs(image.astype(np.int16) - sent).mean() < 4
