"""`postureapp analyze` end to end: the real model on real and generated files."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from postureapp.cli.main import main
from tests.photos import (
    GRACE_HOPPER,
    write_moved_photo,
    write_squeeze_video,
    write_sunk_photo,
    write_video,
)

pytestmark = pytest.mark.model

REQUIRED = {"source", "frame", "t", "person", "score", "rounded", "state",
            "nose_height_sw", "ear_height_sw", "face_width_sw"}


def _blank_image(folder: Path) -> Path:
    """A grey picture with nobody in it."""
    import cv2
    import numpy as np

    blank = folder / "blank.png"
    cv2.imwrite(str(blank), np.full((240, 320, 3), 128, np.uint8))
    return blank


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_photo_gives_one_upright_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(GRACE_HOPPER)]) == 0
    out, err = capsys.readouterr()
    [record] = _records(out)
    assert record.keys() >= REQUIRED
    assert record["source"] == str(GRACE_HOPPER)
    assert record["frame"] == 0 and record["t"] == 0.0
    assert record["person"] is True
    assert isinstance(record["score"], float) and 0 <= record["score"] <= 100
    assert record["rounded"] is False
    assert record["state"] == "upright"  # a still image: state is its own decision
    assert "analyzed 1 frames" in err


def test_folder_with_a_corrupt_image_reports_it_and_analyses_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(GRACE_HOPPER, tmp_path / "1.jpg")
    (tmp_path / "2.jpg").write_bytes(b"corrupt")
    shutil.copy(GRACE_HOPPER, tmp_path / "3.jpg")
    missing = tmp_path / "nowhere.mp4"
    assert main(["analyze", str(tmp_path), str(missing)]) == 2
    out, err = capsys.readouterr()
    records = _records(out)
    assert [Path(str(r["source"])).name for r in records] == ["1.jpg", "3.jpg"]
    assert [r["frame"] for r in records] == [0, 2]
    assert "2.jpg" in err and str(missing) in err


def test_video_frames_are_tracked_over_time(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    video = write_video(tmp_path / "sitting.avi", frames=6, fps=5.0)
    assert main(["analyze", str(video)]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["frame"] for r in records] == list(range(6))
    assert [r["t"] for r in records] == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert all(r["person"] for r in records)
    assert {r["state"] for r in records} == {"upright"}


def test_csv_output_has_a_header_and_a_row_per_frame(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["analyze", "--format", "csv", str(GRACE_HOPPER)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1
    assert rows[0].keys() >= REQUIRED
    assert rows[0]["person"] == "True"


def test_calibrating_on_the_same_photo_scores_it_fully_upright(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["analyze", "--calibrate", str(GRACE_HOPPER), str(GRACE_HOPPER)]) == 0
    out, err = capsys.readouterr()
    [record] = _records(out)
    assert record["score"] == 100.0
    assert record["rounded"] is False
    assert "Calibrated from 1 of 1 frames" in err
    assert "baseline: calibrated" in err


def test_a_camera_moved_closer_further_aside_or_rolled_still_reads_upright(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = [
        write_moved_photo(tmp_path / "further.png", scale=0.8),
        write_moved_photo(tmp_path / "closer.png", scale=1.15),
        write_moved_photo(tmp_path / "aside.png", shift_px=(-40.0, 20.0)),
        write_moved_photo(tmp_path / "rolled.png", roll_deg=5.0),
        write_moved_photo(tmp_path / "all.png", scale=0.9, shift_px=(30.0, -10.0), roll_deg=-3.0),
    ]
    sunk = write_sunk_photo(tmp_path / "sunk.png", drop_px=120)
    assert main(["analyze", "--calibrate", str(GRACE_HOPPER), *map(str, moved), str(sunk)]) == 0
    *upright, slumped = _records(capsys.readouterr().out)
    assert [r["rounded"] for r in upright] == [False] * len(moved)
    assert slumped["rounded"] is True


def test_calibrating_both_postures_reads_each_photo_as_its_posture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slumped = write_sunk_photo(tmp_path / "slumped.png", drop_px=120)
    args = ["analyze", "--calibrate", str(GRACE_HOPPER), "--calibrate-slouched", str(slumped),
            "--format", "csv", str(GRACE_HOPPER), str(slumped)]
    assert main(args) == 0
    out, err = capsys.readouterr()
    upright, slumped_record = csv.DictReader(io.StringIO(out))
    assert upright.keys() >= REQUIRED
    assert upright["rounded"] == "False" and upright["score"] == "100.0"
    assert slumped_record["rounded"] == "True"
    assert "Learned how you slump from 1 of 1 frames" in err
    assert "baseline: calibrated, upright and slumped" in err


def test_a_slump_that_looks_upright_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["analyze", "--calibrate", str(GRACE_HOPPER),
            "--calibrate-slouched", str(GRACE_HOPPER), str(GRACE_HOPPER)]
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "looks almost like your upright one" in err


def test_slumped_calibration_needs_the_upright_one_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["analyze", "--calibrate-slouched", str(GRACE_HOPPER), str(GRACE_HOPPER)]) == 2
    assert "needs --calibrate" in capsys.readouterr().err


def test_calibration_without_a_person_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = _blank_image(tmp_path)
    assert main(["analyze", "--calibrate", str(blank), str(GRACE_HOPPER)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Calibration failed" in err and "Nobody in view" in err


def test_a_broken_model_file_is_a_clear_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "pose.task"
    model.write_text("nope")
    assert main(["analyze", "--model", str(model), str(GRACE_HOPPER)]) == 2
    assert "not a MediaPipe .task bundle" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "11", "-3", "strict"])
def test_sensitivity_outside_1_to_10_is_refused(value: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["analyze", "--sensitivity", value, str(GRACE_HOPPER)])
    assert exited.value.code == 2
    assert "from 1 to 10" in capsys.readouterr().err


# --- hostile inputs --------------------------------------------------------------------------


def _png(width: int, height: int, pixel_rows: Iterator[bytes]) -> bytes:
    """A PNG of 1-bit grey pixels: rows are compressed as they come, so a huge image stays small."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(b"\0" + row) for row in pixel_rows) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data)
            + chunk(b"IEND", b""))


def test_hostile_inputs_are_refused_by_name_and_the_rest_still_analysed(tmp_path: Path) -> None:
    side = 32768
    bomb = tmp_path / "bomb.png"  # decodes to a gigapixel; the file is about 130 KB
    bomb.write_bytes(_png(side, side, (bytes(side // 8) for _ in range(side))))
    liar = tmp_path / "liar.png"  # the header claims 100000x100000; there is one row of data
    liar.write_bytes(_png(100_000, 100_000, iter([bytes(100_000 // 8)])))
    import cv2
    import numpy as np

    webp = tmp_path / "huge.webp"  # 64 megapixels in a format whose header OpenCV reads
    cv2.imwrite(str(webp), np.zeros((8000, 8000), np.uint8))
    fifo = tmp_path / "stream.mp4"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.mp4"
    loop.symlink_to(tmp_path / "loop2.mp4")
    (tmp_path / "loop2.mp4").symlink_to(loop)
    inputs = [bomb, liar, webp, fifo, loop, GRACE_HOPPER]

    # A separate process: before these checks, the bomb took gigabytes and the FIFO hung forever.
    result = subprocess.run([sys.executable, "-m", "postureapp", "analyze", *map(str, inputs)],
                            capture_output=True, text=True, timeout=120, check=False)

    assert bomb.stat().st_size < 200_000
    assert result.returncode == 2, result.stderr
    assert [r["source"] for r in _records(result.stdout)] == [str(GRACE_HOPPER)]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 5, result.stderr
    assert f"{bomb}" in errors[0] and "32768x32768 pixels" in errors[0]
    assert f"{liar}" in errors[1] and "100000x100000 pixels" in errors[1]
    assert f"{webp}: cannot decode this image" in errors[2]
    assert f"{fifo}: not a regular file (a FIFO)" in errors[3]
    assert f"{loop}: a symbolic link loop" in errors[4]
    assert "Traceback" not in result.stderr
    assert "analyzed 1 frames from 4 inputs" in result.stderr


# --- --exercise ------------------------------------------------------------------------------

EXERCISE_FIELDS = {"source", "frame", "t", "exercise", "phase", "count", "target", "hold_s",
                   "side", "cue", "view", "outcome", "live"}


def test_exercise_mode_counts_squeezes_the_model_sees_in_a_video(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real photo, its shoulders drawn in twice: through the real pose model.
    video = write_squeeze_video(tmp_path / "squeezes.avi", squeezes=2)
    assert main(["analyze", "--exercise", "scapular-squeeze", str(video)]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    assert records[0].keys() == EXERCISE_FIELDS
    assert [r["frame"] for r in records] == list(range(len(records)))
    assert {r["phase"] for r in records} == {"neutral", "holding", "held"}
    assert records[-1]["count"] == 2 and records[-1]["target"] == 10
    assert records[-1]["outcome"] == "partly_done"  # 2 of the dose's 10
    assert any(str(r["live"]).startswith("hold 2 of 10 — ") for r in records)
    assert "Scapular squeezes: partly_done. Seen: 2 of 10 holds." in err
    assert "baseline: each input's first 3 s" in err


def test_exercise_mode_on_a_still_video_counts_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    video = write_video(tmp_path / "still.avi", frames=20, fps=5.0)
    assert main(["analyze", "--exercise", "cat-cow", "--format", "csv",
                 "--calibrate", str(GRACE_HOPPER), str(video)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 20
    assert {row["count"] for row in rows} == {"0"}
    assert rows[-1]["outcome"] == "not_done"


def test_exercise_mode_says_when_the_camera_cannot_judge(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["analyze", "--exercise", "childs-pose", str(GRACE_HOPPER)]) == 0
    out, err = capsys.readouterr()
    [record] = _records(out)
    assert record["outcome"] == "not_judged"
    assert record["live"] == "not judged by the camera"
    assert "the camera cannot judge this stretch" in err


def test_exercise_mode_without_anyone_to_calibrate_on_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = _blank_image(tmp_path)
    assert main(["analyze", "--exercise", "scapular-squeeze", str(blank),
                 str(GRACE_HOPPER)]) == 2
    out, err = capsys.readouterr()
    assert "cannot calibrate from its first 3 s" in err and str(blank) in err
    [record] = _records(out)  # the other input was still followed
    assert record["source"] == str(GRACE_HOPPER)


def test_an_unknown_exercise_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["analyze", "--exercise", "jumping-jacks", str(GRACE_HOPPER)])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
