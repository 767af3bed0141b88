"""The stable JSON shape of a day, a contract with other tools."""

from __future__ import annotations

import json
from datetime import date

from postureapp.core.day_summary import summarise_day
from postureapp.core.events import EventKind
from postureapp.core.minutes import aggregate_samples
from postureapp.core.summary_export import to_json_dict
from tests.recorded_days import (
    BERLIN,
    at,
    event_at,
    samples_between,
)

REQUIRED_JSON_KEYS = {
    "date",
    "monitored_min",
    "upright_share",
    "rounded_min",
    "away_min",
    "nudges",
    "breaks_due",
    "breaks_taken",
    "breaks_snoozed",
    "breaks_skipped",
    "natural_breaks",
    "stretches_done",
    "longest_sitting_min",
    "stretches_confirmed",
}


def test_json_dict_has_the_contract_keys_and_serialises() -> None:
    day = date(2026, 11, 23)
    samples = samples_between(at(day, 9), at(day, 9, 40))
    events = [event_at(EventKind.BREAK_TAKEN, 9, 41, ("walk",))]

    data = to_json_dict(summarise_day(day, aggregate_samples(samples, BERLIN), events))

    assert data.keys() >= REQUIRED_JSON_KEYS
    assert json.loads(json.dumps(data)) == data
    assert data["date"] == "2026-11-23"
    assert data["monitored_min"] == 40.0
    assert data["upright_share"] == 1.0
    assert data["breaks_taken"] == 1
    assert data["stretches_done"] == 1
    assert data["stretches"] == {"walk": 1}
    assert data["longest_sitting_min"] == 40
    assert data["stretches_confirmed"] == 0  # nothing the camera confirmed
