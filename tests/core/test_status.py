"""The status lines the tray shows."""

from __future__ import annotations

import pytest

from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus


def _sitting(sitting_s: float, limit_s: float = 1800.0) -> AppStatus:
    return AppStatus(TimerState.SITTING, PostureState.UPRIGHT, CameraStatus.OK,
                     sitting_s=sitting_s, sitting_limit_s=limit_s,
                     seconds_until_break=limit_s - sitting_s)


@pytest.mark.parametrize(("sitting_s", "expected"), [
    (12 * 60, "Sitting for 12 min, next break in 18 min"),
    (12 * 60 + 40, "Sitting for 12 min, next break in 18 min"),  # 17 min 20 s left
    (29 * 60 + 45, "Sitting for 29 min, next break in 1 min"),  # never "in 0 min"
])
def test_minutes_left_are_rounded_up_so_the_two_add_up(sitting_s: float, expected: str) -> None:
    assert _sitting(sitting_s).lines()[0] == expected
