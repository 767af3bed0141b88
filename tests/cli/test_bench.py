"""`postureapp bench --json` prints its figures; their values are for people, not for tests."""

from __future__ import annotations

import json

import pytest

from postureapp.cli.main import main

pytestmark = pytest.mark.model

KEYS = {"ms_per_sample_median", "ms_per_sample_p95", "cpu_ms_per_sample", "samples_per_min",
        "cpu_s_per_monitored_min", "peak_rss_mb"}


def test_bench_ends_with_one_json_object_of_the_figures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--samples", "3", "--json"]) == 0
    captured = capsys.readouterr()
    figures = json.loads(captured.out.strip().splitlines()[-1])
    assert figures.keys() >= KEYS
    assert figures["samples_per_min"] == 6.0  # the default: one sample every 10 s
    assert all(isinstance(figures[k], float | int) and figures[k] > 0 for k in KEYS)
    assert "found no person" not in captured.err  # the replayed frames really show a person


GUIDED_KEYS = {"fps", "frames_timed", "frames_seen", "cpu_ms_per_frame",
               "model_cpu_ms_per_frame", "cpu_s_per_break_min", "budget_cpu_s_per_break_min",
               "fps_within_budget", "peak_rss_mb"}


def test_guided_bench_reports_cpu_seconds_per_break_minute(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--guided", "--samples", "3", "--json"]) == 0
    out = capsys.readouterr().out
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures.keys() == GUIDED_KEYS
    assert figures["fps"] == 5.0  # the guided break's rate
    assert figures["frames_timed"] == figures["frames_seen"] == 3  # the person was followed
    # The per-minute figure is the per-frame cost at 5 frames a second.
    assert figures["cpu_s_per_break_min"] == pytest.approx(
        figures["cpu_ms_per_frame"] * 300 / 1000, abs=0.01)
    assert "CPU s per break minute" in out
