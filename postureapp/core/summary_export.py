"""The day summary in the stable shape exports and `postureapp summary --format json` share."""

from __future__ import annotations

from typing import Any, Final

from postureapp.core.day_summary import DaySummary

JSON_KEYS: Final = (
    "date",
    "monitored_min",
    "upright_share",
    "rounded_min",
    "away_min",
    "nudges",
    "nudges_heeded",
    "breaks_due",
    "breaks_taken",
    "breaks_snoozed",
    "breaks_skipped",
    "natural_breaks",
    "stretches_done",
    "stretches",
    "longest_sitting_min",
    "mean_score",
    "stretches_confirmed",
)
"""Keys of `to_json_dict`, in order. A contract with other tools: add keys, never rename."""


def to_json_dict(summary: DaySummary) -> dict[str, Any]:
    """The day as JSON-ready values (the stable export and CLI shape).

    Minutes are rounded to 0.1, `upright_share` to 0.001 (a fraction, not a percentage) and
    `mean_score` to 0.1; both are null when nothing was judged. `stretches` maps stretch id to
    times done. `stretches_confirmed` counts those of `stretches_done` the camera saw done
    at their dose. The timeline is not included.
    """
    return {
        "date": summary.date.isoformat(),
        "monitored_min": round(summary.monitored_min, 1),
        "upright_share": None if summary.upright_share is None else round(summary.upright_share, 3),
        "rounded_min": round(summary.rounded_min, 1),
        "away_min": round(summary.away_min, 1),
        "nudges": summary.nudges,
        "nudges_heeded": summary.nudges_heeded,
        "breaks_due": summary.breaks_due,
        "breaks_taken": summary.breaks_taken,
        "breaks_snoozed": summary.breaks_snoozed,
        "breaks_skipped": summary.breaks_skipped,
        "natural_breaks": summary.natural_breaks,
        "stretches_done": summary.stretches_done,
        "stretches": dict(summary.stretch_counts),
        "longest_sitting_min": summary.longest_sitting_min,
        "mean_score": None if summary.mean_score is None else round(summary.mean_score, 1),
        "stretches_confirmed": summary.stretches_confirmed,
    }
