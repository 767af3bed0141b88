"""OpenCV's Qt plugin path must not leak into the app's Qt."""

from __future__ import annotations

import os

import pytest

from postureapp.ui.qt_environment import drop_opencv_qt_paths


def test_opencv_qt_paths_are_removed_and_others_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH",
                       f"{os.sep}venv{os.sep}site-packages{os.sep}cv2{os.sep}qt{os.sep}plugins")
    monkeypatch.setenv("QT_QPA_FONTDIR", "/usr/share/fonts")
    assert drop_opencv_qt_paths() == ["QT_QPA_PLATFORM_PLUGIN_PATH"]
    assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ
    assert os.environ["QT_QPA_FONTDIR"] == "/usr/share/fonts"


def test_importing_cv2_sets_a_path_we_then_drop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM_PLUGIN_PATH", raising=False)
    import importlib

    import cv2

    importlib.reload(cv2)  # runs OpenCV's config again, as a first import would
    if "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ:
        pytest.skip("this OpenCV build sets no Qt plugin path")
    assert "QT_QPA_PLATFORM_PLUGIN_PATH" in drop_opencv_qt_paths()
