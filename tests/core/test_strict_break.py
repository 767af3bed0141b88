"""The strict break overlay's delay before it can be left."""

from __future__ import annotations

import pytest

from postureapp.core.strict_break import LEAVE_DELAY_S, seconds_until_leave


@pytest.mark.parametrize(
    ("elapsed_s", "left_s"),
    [(0.0, LEAVE_DELAY_S), (4.0, LEAVE_DELAY_S - 4.0), (LEAVE_DELAY_S, 0.0), (600.0, 0.0)],
)
def test_the_overlay_can_be_left_once_the_delay_has_passed(elapsed_s: float,
                                                           left_s: float) -> None:
    assert seconds_until_leave(1000.0, 1000.0 + elapsed_s) == pytest.approx(left_s)


def test_the_delay_is_short() -> None:
    assert 3.0 <= LEAVE_DELAY_S <= 30.0  # a pause for thought, never a lock-out
