"""`postureapp analyze` end to end: the real model on real and generated files."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from postureapp.cli.main import main
from tests.photos import GRACE_HOPPER, write_moved_photo, write_sunk_photo, write_video

pytestmark = pytest.mark.model

REQUIRED = {"source", "frame", "t", "person", "score", "rounded", "state",
            "nose_height_sw", "ear_height_sw", "face_width_sw"}


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
    blank = tmp_path / "blank.png"
    import cv2
    import numpy as np

    cv2.imwrite(str(blank), np.full((240, 320, 3), 128, np.uint8))
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
