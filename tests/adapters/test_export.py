"""CSV, JSON and HTML exports, read back the way their users would read them."""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from postureapp.adapters.export import (
    DISCLAIMER,
    EVENT_FIELDS,
    SUMMARY_CSV_FIELDS,
    render_weekly_report_html,
    write_events_csv,
    write_events_json,
    write_summaries_csv,
    write_summaries_json,
    write_weekly_report_html,
)
from postureapp.core.day_summary import DaySummary, summarise_day
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.history import daily_trend
from postureapp.core.minutes import aggregate_samples
from postureapp.core.samples import PostureSample, PostureState

BERLIN = ZoneInfo("Europe/Berlin")
END = date(2026, 11, 22)  # a Sunday: the week is Mon 16th - Sun 22nd


def _day(day: date, upright_min: int, rounded_min: int, breaks: int) -> DaySummary:
    start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN).astimezone(UTC)
    states = [PostureState.UPRIGHT] * (upright_min * 6) + [PostureState.ROUNDED] * (rounded_min * 6)
    samples = [
        PostureSample(start + timedelta(seconds=10 * i), state, 70.0, 10.0)
        for i, state in enumerate(states)
    ]
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=BERLIN)
    events = [CoachEvent(EventKind.BREAK_DUE, noon) for _ in range(breaks + 1)] + [
        CoachEvent(EventKind.BREAK_TAKEN, noon, stretches=("cat-cow", "walk"))
        for _ in range(breaks)
    ]
    return summarise_day(day, aggregate_samples(samples, BERLIN), events)


@pytest.fixture
def week() -> list[DaySummary]:
    workdays = [_day(END - timedelta(days=6 - i), 60 + 10 * i, 30, breaks=i % 3) for i in range(5)]
    return daily_trend(workdays, END, 7)  # Saturday and Sunday are empty


def test_summaries_csv_reads_back(tmp_path: Path, week: list[DaySummary]) -> None:
    path = tmp_path / "week.csv"

    write_summaries_csv(week, path)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)

    assert tuple(reader.fieldnames or ()) == SUMMARY_CSV_FIELDS
    assert [row["date"] for row in rows] == [s.date.isoformat() for s in week]
    monday = rows[0]
    assert float(monday["monitored_min"]) == 90.0
    assert float(monday["upright_share"]) == pytest.approx(60 / 90, abs=0.001)
    assert monday["breaks_taken"] == "0"
    assert rows[1]["stretches"] == "cat-cow=1;walk=1"
    assert rows[-1]["upright_share"] == ""  # nothing judged on Sunday


def test_summaries_json_reads_back(tmp_path: Path, week: list[DaySummary]) -> None:
    path = tmp_path / "week.json"

    write_summaries_json(week, path)
    data = json.loads(path.read_text(encoding="utf-8"))

    assert [day["date"] for day in data] == [s.date.isoformat() for s in week]
    assert data[2]["breaks_taken"] == 2 and data[2]["breaks_due"] == 3
    assert data[2]["stretches"] == {"cat-cow": 2, "walk": 2}
    assert data[-1]["monitored_min"] == 0.0 and data[-1]["upright_share"] is None


def _events() -> list[CoachEvent]:
    when = datetime(2026, 11, 16, 10, 30, tzinfo=BERLIN)
    return [
        CoachEvent(EventKind.BREAK_DUE, when, sitting_s=1800.0),
        CoachEvent(
            EventKind.BREAK_TAKEN,
            when + timedelta(minutes=3),
            stretches=("cat-cow",),
            detail='said "ok", then, left',
        ),
    ]


def test_events_csv_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"

    write_events_csv(_events(), path)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)

    assert tuple(reader.fieldnames or ()) == EVENT_FIELDS
    assert [row["kind"] for row in rows] == ["break_due", "break_taken"]
    assert rows[0]["at"] == "2026-11-16T10:30:00+01:00"
    assert float(rows[0]["sitting_s"]) == 1800.0
    assert rows[1]["detail"] == 'said "ok", then, left'
    assert rows[1]["stretches"] == "cat-cow"


def test_events_json_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "events.json"

    write_events_json(_events(), path)
    data = json.loads(path.read_text(encoding="utf-8"))

    assert [tuple(item) for item in data] == [EVENT_FIELDS, EVENT_FIELDS]
    assert datetime.fromisoformat(data[1]["at"]) == _events()[1].at
    assert data[1]["stretches"] == ["cat-cow"]
    assert data[1]["date"] == "2026-11-16"


def test_weekly_report_shows_every_day_and_the_totals(
    tmp_path: Path, week: list[DaySummary]
) -> None:
    path = tmp_path / "report.html"

    write_weekly_report_html(week, path, generated_at=datetime(2026, 11, 23, 8, 0))
    page = path.read_text(encoding="utf-8")

    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert "<h2>Day by day</h2>" in page
    assert "<td>Mon 2026-11-16</td>" in page  # English weekdays, ISO dates
    for summary in week:
        assert summary.date.isoformat() in page
    assert "2026-11-16 to 2026-11-22" in page
    assert page.count('<rect class="bar"') == 5  # one bar per day with judged time
    assert "<svg" in page and "</svg>" in page
    assert "Breaks taken / due" in page
    assert f"{sum(s.breaks_taken for s in week)} / {sum(s.breaks_due for s in week)}" in page
    assert "<td>Cat-cow</td><td>4</td>" in page  # by name, for a therapist
    assert DISCLAIMER in page
    assert "does not diagnose" in page
    assert "@media print" in page
    assert "Generated 2026-11-23 08:00" in page


def test_weekly_report_tells_confirmed_stretches_from_the_rest() -> None:
    confirmed = replace(_day(END - timedelta(days=6), 60, 30, breaks=2), stretches_confirmed=3)
    plain = _day(END - timedelta(days=5), 60, 30, breaks=1)
    page = render_weekly_report_html([confirmed, plain])
    assert "<li>Confirmed by the camera<b>3 of 6 (50%)</b></li>" in page
    assert "<td>4 (3 confirmed)</td>" in page  # Monday's row
    assert "<td>2</td>" in page  # Tuesday: counted by the timer only
    assert "confirmed when the webcam saw" in page


def test_weekly_report_is_self_contained() -> None:
    page = render_weekly_report_html([DaySummary(date=END)])

    assert "<script" not in page
    assert "<link" not in page
    assert not re.search(r"""(src|href)\s*=""", page)
    assert "No stretches were recorded" in page


def test_report_escapes_stretch_ids() -> None:
    summary = DaySummary(date=END, stretch_counts=(("<b>x</b>", 1),))

    page = render_weekly_report_html([summary])

    assert "<b>x</b>" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, week: list[DaySummary], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "week.json"
    path.write_text("previous export")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_summaries_json(week, path)

    assert path.read_text() == "previous export"
    assert os.listdir(tmp_path) == ["week.json"]


def test_export_replaces_an_existing_file(tmp_path: Path, week: list[DaySummary]) -> None:
    path = tmp_path / "week.json"
    path.write_text("previous export")

    write_summaries_json(week, path)

    assert len(json.loads(path.read_text())) == 7
