"""Suite-wide set-up: offscreen Qt, the `gui` marker, and shared fixtures."""

from __future__ import annotations

import os

import pytest

from tests.fakes import FakeClock

# Before any Qt import: tests never need a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as `gui`, so `pytest -m "not gui"` is a fast inner loop."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()
