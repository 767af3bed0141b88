"""The `postureapp` command line: help, bad --set values, and the directory options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from postureapp.cli.main import build_parser, main
from tests.imports import imported_after


def test_help_documents_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for text in ("analyze", "summary", "bench", "--camera", "--set", "--config-dir",
                 "--data-dir", "POSTUREAPP_CONFIG_DIR"):
        assert text in out


def test_an_invalid_set_value_is_refused_before_anything_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--set", "sitting_limit_min=0", "--config-dir", str(tmp_path / "c"),
                 "--data-dir", str(tmp_path / "d")])
    assert code == 2
    err = capsys.readouterr().err
    assert "sitting_limit_min" in err and "between 1 and 240" in err
    assert not (tmp_path / "d").exists()  # nothing was created


def test_an_unknown_setting_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--set", "sitting_limit=5", "--config-dir", str(tmp_path)]) == 2
    assert "sitting_limit" in capsys.readouterr().err


def test_directories_come_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setenv("POSTUREAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("POSTUREAPP_DATA_DIR", str(tmp_path / "data"))
    args = build_parser().parse_args([])
    assert args.config_dir == tmp_path / "config"
    assert args.data_dir == tmp_path / "data"


def test_summary_honours_data_dir_after_the_subcommand(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "postureapp", "summary", "--data-dir", str(tmp_path),
         "--config-dir", str(tmp_path), "--format", "json", "--days", "2"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"date"') == 2
    assert str(tmp_path / "history.sqlite3") in result.stderr  # "no history yet" names the file


def test_starting_the_tray_app_leaves_the_heavy_libraries_for_later() -> None:
    # matplotlib (~50 MB resident) is for the summary window; OpenCV, NumPy and MediaPipe load
    # in the worker thread, after the tray icon shows.
    code = (
        "from postureapp.cli.main import build_parser\n"
        "import postureapp.app, postureapp.cli.tray_app, postureapp.adapters.camera\n"
        "import postureapp.adapters.mediapipe_pose\n"
        "build_parser()\n"
    )
    assert imported_after(code, ("matplotlib", "mediapipe", "cv2", "numpy")) == set()


def test_the_settings_and_summary_windows_load_their_code_when_first_opened() -> None:
    code = "import postureapp.app, postureapp.cli.tray_app\n"
    windows = ("postureapp.ui.settings_dialog", "postureapp.ui.summary_view")
    assert imported_after(code, windows) == set()
