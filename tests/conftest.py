"""Suite-wide set-up: offscreen Qt, the `gui` marker, and shared fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import cv2  # imported first on purpose, as the app does
import pytest

from postureapp.cli.exercise_sequences import Camera
from postureapp.core.landmarks import PoseLandmarks
from postureapp.ui.qt_environment import drop_opencv_qt_paths
from tests.fakes import FakeClock
from tests.session_env import IsolatedSession, isolate
from tests.small_disk import mounted_small_disk

# Before anything reads them: the whole session has its own HOME, XDG folders and D-Bus buses,
# so no test can touch the user's settings, autostart entries, history or desktop.
ISOLATED = isolate()

# Before any Qt application exists: tests never need a real display, and must use PySide6's own
# Qt plugins, not the ones OpenCV points to.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
drop_opencv_qt_paths()


def pytest_unconfigure() -> None:
    ISOLATED.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt, a desktop session or the linters as `gui`, so
    `pytest -m "not gui"` is a fast inner loop; the linters also get `lint`."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        is_lint = item.path.name == "test_code_quality.py"
        if is_lint:
            item.add_marker(pytest.mark.lint)
        if "qtbot" in fixtures or "qapp" in fixtures or is_lint or item.get_closest_marker(
            "desktop"
        ):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KB tmpfs of its own, so the disk can really fill up or turn read-only."""
    with mounted_small_disk(tmp_path / "small-disk") as disk:
        yield disk


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def isolated_session() -> IsolatedSession:
    """The session's private home and buses (`has_buses` is False where dbus-daemon is
    missing)."""
    return ISOLATED


@pytest.fixture(scope="session")
def real_upright() -> tuple[PoseLandmarks, Camera]:
    """A real person's upright landmarks: matplotlib's photo of Grace Hopper through the
    embedded pose model (about a second, once per test session)."""
    from postureapp.adapters.mediapipe_pose import MediaPipePoseEstimator
    from tests.photos import photo_bgr

    image = cv2.cvtColor(photo_bgr(), cv2.COLOR_BGR2RGB)
    with MediaPipePoseEstimator(video_mode=False) as estimator:
        people = estimator.estimate(image, 0.0)
    assert len(people) == 1
    height, width = image.shape[:2]
    return people[0], Camera(width, height)
