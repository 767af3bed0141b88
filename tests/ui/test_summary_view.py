"""SummaryWindow over a real SQLite history of a realistic week, driven the way a user would."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from postureapp.adapters.export import FileSummaryExporter
from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME, SqliteSummaryRepository
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.samples import PostureSample, PostureState
from postureapp.ui.charts import DayTimelineChart, HistoryTrendChart
from postureapp.ui.summary_view import SummaryWindow
from tests.fakes import FakeClock
from tests.imports import imported_after

# The offscreen platform logs this for every top-level window; real platforms do not.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 23)  # a Monday
EMPTY_DAY = date(2026, 11, 21)  # the Saturday: nothing recorded
NATURAL_BREAK_MIN = 5

# Upright share of each earlier day (percent, a multiple of 5: see `work_block`).
EARLIER_DAYS: dict[date, int] = {
    date(2026, 11, 17): 60,
    date(2026, 11, 18): 70,
    date(2026, 11, 19): 80,
    date(2026, 11, 20): 65,
    date(2026, 11, 22): 90,
}


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=BERLIN)


def work_block(start: datetime, minutes: int, upright_pct: int) -> list[PostureSample]:
    """One sample a minute; in every 20 minutes the first upright_pct/5 are upright."""
    upright_per_20 = upright_pct // 5
    return [
        PostureSample(
            (start + timedelta(minutes=i)).astimezone(UTC),
            PostureState.UPRIGHT if i % 20 < upright_per_20 else PostureState.ROUNDED,
            80.0 if i % 20 < upright_per_20 else 55.0,
            60.0,
        )
        for i in range(minutes)
    ]


def away(start: datetime, minutes: int) -> list[PostureSample]:
    return [
        PostureSample(start + timedelta(minutes=i), PostureState.AWAY, None, 60.0)
        for i in range(minutes)
    ]


def event(kind: EventKind, when: datetime, *stretches: str) -> CoachEvent:
    return CoachEvent(kind=kind, at=when, sitting_s=1800.0, stretches=stretches)


def seed_week(repo: SqliteSummaryRepository) -> None:
    """Five earlier working days, an empty Saturday, and this morning.

    Today: 09:00-10:00 and 10:10-11:10 at 75% upright (30 min rounded); a break taken at 10:05
    with two stretches (the camera confirmed the squeezes), one snoozed at 11:10; two nudges,
    one heeded.
    """
    for day, upright_pct in EARLIER_DAYS.items():
        repo.record_samples(work_block(at(day, 8, 30), 100, upright_pct))
        repo.record_event(event(EventKind.BREAK_DUE, at(day, 10, 10)))
        repo.record_event(event(EventKind.BREAK_TAKEN, at(day, 10, 12), "cat-cow", "walk"))
        repo.record_samples(work_block(at(day, 10, 20), 120, upright_pct))
        repo.record_event(event(EventKind.BREAK_DUE, at(day, 12, 20)))
        repo.record_event(event(EventKind.BREAK_SKIPPED, at(day, 12, 21)))
        repo.record_samples(away(at(day, 12, 21), 40))
        repo.record_event(event(EventKind.NATURAL_BREAK, at(day, 12, 30)))
        repo.record_samples(work_block(at(day, 13, 1), 160, upright_pct))
        repo.record_event(event(EventKind.BREAK_DUE, at(day, 15, 41)))
        repo.record_event(event(EventKind.BREAK_SNOOZED, at(day, 15, 42)))
        repo.record_event(event(EventKind.NUDGE_SHOWN, at(day, 14, 0)))
        repo.record_event(event(EventKind.NUDGE_HEEDED, at(day, 14, 1)))

    repo.record_samples(work_block(at(TODAY, 9), 60, 75))
    repo.record_event(event(EventKind.NUDGE_SHOWN, at(TODAY, 9, 15)))
    repo.record_event(event(EventKind.NUDGE_HEEDED, at(TODAY, 9, 16)))
    repo.record_event(event(EventKind.NUDGE_SHOWN, at(TODAY, 9, 35)))
    repo.record_event(event(EventKind.BREAK_DUE, at(TODAY, 10)))
    repo.record_event(event(EventKind.BREAK_STARTED, at(TODAY, 10)))
    repo.record_event(event(EventKind.STRETCH_CONFIRMED, at(TODAY, 10, 2), "scapular-squeeze"))
    repo.record_event(
        event(EventKind.BREAK_TAKEN, at(TODAY, 10, 5), "thoracic-extension", "scapular-squeeze")
    )
    repo.record_samples(work_block(at(TODAY, 10, 10), 60, 75))
    repo.record_event(event(EventKind.BREAK_DUE, at(TODAY, 11, 10)))
    repo.record_event(event(EventKind.BREAK_SNOOZED, at(TODAY, 11, 10)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 23, 11, 30, tzinfo=UTC))


@pytest.fixture
def repo(tmp_path: Path, clock: FakeClock) -> Iterator[SqliteSummaryRepository]:
    repository = SqliteSummaryRepository(tmp_path / HISTORY_FILE_NAME, tz=BERLIN, clock=clock)
    seed_week(repository)
    yield repository
    repository.close()


def open_window(qtbot: QtBot, repo: Any, today: Any = lambda: TODAY) -> SummaryWindow:
    window = SummaryWindow(repo, today, NATURAL_BREAK_MIN, FileSummaryExporter())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def value(window: SummaryWindow, key: str) -> str:
    label = window.findChild(QLabel, f"{key}_value")
    assert label is not None
    return label.text()


def child(window: SummaryWindow, kind: type[Any], name: str) -> Any:
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_today_shows_the_headline_numbers(qtbot: QtBot, repo: SqliteSummaryRepository) -> None:
    window = open_window(qtbot, repo)

    assert value(window, "monitored") == "2 h 00 min"
    assert value(window, "upright") == "75% of judged time"
    assert value(window, "rounded") == "30 min"
    assert value(window, "nudges") == "2 shown, 1 heeded"
    assert value(window, "breaks") == "1 taken, 1 snoozed, 0 skipped (2 due)"
    assert value(window, "stretches") == (
        "2: Scapular squeezes (1), Thoracic extension (1) — 1 confirmed by the camera")
    assert value(window, "longest_sitting") == "1 h 00 min"
    assert child(window, QTabWidget, "summary_tabs").tabText(0) == "Today"
    assert child(window, DayTimelineChart, "day_timeline_chart").isVisible()
    assert not child(window, QPushButton, "next_day_button").isEnabled()


def test_previous_day_button_shows_yesterdays_numbers(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)

    click(qtbot, child(window, QPushButton, "previous_day_button"))

    assert child(window, QDateEdit, "day_picker").date() == QDate(2026, 11, 22)
    assert value(window, "upright") == "90% of judged time"
    assert value(window, "monitored") == "7 h 00 min"  # 380 min at the desk + 40 away
    assert value(window, "breaks") == "1 taken, 1 snoozed, 1 skipped (3 due)"
    assert value(window, "natural_breaks") == "1"
    assert value(window, "stretches") == "2: Cat-cow (1), Short walk (1)"
    assert child(window, QPushButton, "next_day_button").isEnabled()

    click(qtbot, child(window, QPushButton, "today_button"))

    assert value(window, "upright") == "75% of judged time"


def test_the_day_picker_opens_a_past_day_and_stops_at_today(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)
    picker = child(window, QDateEdit, "day_picker")

    picker.setDate(QDate(2026, 11, 18))  # as picking it in the calendar popup does

    assert value(window, "upright") == "70% of judged time"
    assert child(window, QTabWidget, "summary_tabs").tabText(0) != "Today"
    assert picker.maximumDate() == QDate(2026, 11, 23)
    picker.setDate(QDate(2026, 11, 30))
    assert picker.date() == QDate(2026, 11, 23)


def test_a_day_without_data_says_so_instead_of_an_empty_chart(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)

    child(window, QDateEdit, "day_picker").setDate(QDate(2026, 11, 21))

    empty = child(window, QLabel, "day_empty_label")
    assert empty.isVisible()
    assert empty.text() == "No data for this day yet"
    assert not child(window, DayTimelineChart, "day_timeline_chart").isVisible()


def test_an_empty_history_says_so(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> None:
    with SqliteSummaryRepository(tmp_path / "empty.sqlite3", tz=BERLIN, clock=clock) as empty:
        window = open_window(qtbot, empty)

        assert child(window, QLabel, "day_empty_label").isVisible()
        child(window, QTabWidget, "summary_tabs").setCurrentIndex(1)
        assert child(window, QLabel, "history_empty_label").isVisible()
        assert child(window, QTableWidget, "history_table").rowCount() == 7


def test_history_switches_between_7_and_30_days(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)
    child(window, QTabWidget, "summary_tabs").setCurrentIndex(1)
    table = child(window, QTableWidget, "history_table")

    assert table.rowCount() == 7
    assert table.item(0, 2).text() == "75%"  # newest first
    assert table.item(2, 2).text() == "-"  # the empty Saturday
    assert table.item(6, 2).text() == "60%"

    click(qtbot, child(window, QRadioButton, "last_30_days_button"))
    assert table.rowCount() == 30

    click(qtbot, child(window, QRadioButton, "last_7_days_button"))
    assert table.rowCount() == 7


def test_enter_on_a_history_row_opens_that_day(qtbot: QtBot, repo: SqliteSummaryRepository) -> None:
    window = open_window(qtbot, repo)
    tabs = child(window, QTabWidget, "summary_tabs")
    tabs.setCurrentIndex(1)
    table = child(window, QTableWidget, "history_table")
    table.setFocus()
    table.setCurrentCell(3, 0)  # Friday 20 Nov

    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert tabs.currentIndex() == 0
    assert value(window, "upright") == "65% of judged time"


@pytest.mark.parametrize(
    ("button", "suffix"), [("export_csv_button", ".csv"), ("export_json_button", ".json")]
)
def test_export_writes_every_day_with_data(
    qtbot: QtBot,
    repo: SqliteSummaryRepository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    suffix: str,
) -> None:
    target = tmp_path / "out" / "history"  # no suffix typed: the window adds it
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window = open_window(qtbot, repo)

    with qtbot.waitSignal(window.export_finished) as blocker:
        click(qtbot, child(window, QPushButton, button))

    written = target.with_suffix(suffix)
    assert blocker.args == [str(written)]
    text = written.read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = (
        list(csv.DictReader(text.splitlines())) if suffix == ".csv" else json.loads(text)
    )
    assert [row["date"] for row in rows] == [
        *(day.isoformat() for day in EARLIER_DAYS),
        TODAY.isoformat(),
    ]
    assert float(rows[-1]["upright_share"]) == 0.75
    assert int(rows[-1]["breaks_taken"]) == 1
    assert str(written) in child(window, QLabel, "export_status_label").text()


def test_weekly_report_covers_the_7_days_ending_on_the_day_shown(
    qtbot: QtBot, repo: SqliteSummaryRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))  # the report writes days in the app's locale
    try:
        window = open_window(qtbot, repo)
        click(qtbot, child(window, QPushButton, "previous_day_button"))

        with qtbot.waitSignal(window.export_finished):
            click(qtbot, child(window, QPushButton, "weekly_report_button"))
    finally:
        QLocale.setDefault(before)

    html = target.read_text(encoding="utf-8")
    assert "Mon 16 Nov 2026 to Sun 22 Nov 2026" in html
    assert "<td>Wed 18 Nov 2026</td>" in html
    assert "23 Nov" not in html
    assert "Saved the weekly report to" in child(window, QLabel, "export_status_label").text()


def test_a_failed_export_shows_why(
    qtbot: QtBot, repo: SqliteSummaryRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no-such-folder" / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window = open_window(qtbot, repo)

    with qtbot.waitSignal(window.export_failed) as blocker:
        click(qtbot, child(window, QPushButton, "export_csv_button"))

    status = child(window, QLabel, "export_status_label")
    assert status.isVisible()
    assert status.text() == blocker.args[0]
    assert str(target) in status.text()
    assert "No such file or directory" in status.text()
    assert not target.exists()


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot: QtBot, repo: SqliteSummaryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    window = open_window(qtbot, repo)

    with (
        qtbot.assertNotEmitted(window.export_finished),
        qtbot.assertNotEmitted(window.export_failed),
    ):
        click(qtbot, child(window, QPushButton, "export_json_button"))

    assert not child(window, QLabel, "export_status_label").isVisible()


class FullDiskConnection(sqlite3.Connection):
    """Writes fail as on a full disk while the class attribute `is_full` is set."""

    is_full = False

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        if self.is_full and sql.lstrip().upper().startswith(("BEGIN", "INSERT")):
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, parameters)


def test_a_banner_says_when_history_is_not_saved(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    connection = FullDiskConnection
    connection.is_full = False
    with SqliteSummaryRepository(
        tmp_path / HISTORY_FILE_NAME, tz=BERLIN, clock=clock, connection_factory=connection
    ) as repo:
        seed_week(repo)
        window = open_window(qtbot, repo)
        banner = child(window, QLabel, "storage_banner_label")
        assert not banner.isVisible()

        connection.is_full = True
        repo.record_samples(work_block(at(TODAY, 11, 20), 10, 100))
        window.refresh()

        assert banner.isVisible()
        assert "disk is full" in banner.text()
        assert value(window, "monitored") == "2 h 10 min"  # kept in memory, still shown

        connection.is_full = False
        repo.flush()
        window.refresh()
        assert not banner.isVisible()


def test_refresh_follows_today_past_midnight(qtbot: QtBot, repo: SqliteSummaryRepository) -> None:
    days = [TODAY]
    window = open_window(qtbot, repo, today=lambda: days[-1])

    days.append(TODAY + timedelta(days=1))
    window.refresh()

    picker = child(window, QDateEdit, "day_picker")
    assert picker.date() == QDate(2026, 11, 24)
    assert child(window, QLabel, "day_empty_label").isVisible()
    click(qtbot, child(window, QPushButton, "previous_day_button"))
    assert value(window, "upright") == "75% of judged time"


def light_palette(window: QWidget) -> QPalette:
    light = QPalette(window.palette())
    light.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    return light


def colours_in(widget: QWidget) -> set[str]:
    """Every colour painted in `widget`, as #rrggbb."""
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_charts_follow_a_dark_palette(qtbot: QtBot, repo: SqliteSummaryRepository) -> None:
    window = open_window(qtbot, repo)
    chart = child(window, DayTimelineChart, "day_timeline_chart")
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))

    window.setPalette(dark)

    assert chart.grab().toImage().pixelColor(1, 1).lightnessF() < 0.2
    # The dark variants of the posture colours: upright light blue, rounded orange.
    assert {"#56b4e9", "#e69f00"} <= colours_in(chart)
    assert "Break taken: 1" in chart.accessibleDescription()


def test_the_timeline_paints_the_day_in_its_posture_colours(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)
    chart = child(window, DayTimelineChart, "day_timeline_chart")
    window.setPalette(light_palette(window))

    painted = colours_in(chart)

    assert {"#0072b2", "#d55e00"} <= painted  # upright and rounded spans
    assert "#009e73" in painted  # the break taken at 10:05
    assert "#bbbbbb" in painted  # away's legend key, though nobody was away today


def test_the_trend_chart_paints_shares_breaks_and_sitting(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)
    window.setPalette(light_palette(window))
    child(window, QTabWidget, "summary_tabs").setCurrentIndex(1)
    chart = child(window, HistoryTrendChart, "history_trend_chart")
    qtbot.waitUntil(chart.isVisible)

    painted = colours_in(chart)

    assert chart.accessibleName() == "Posture and break trends"
    # Upright-share bars, breaks-taken bars, and the longest-sitting line.
    assert {"#0072b2", "#009e73", "#d55e00"} <= painted


def test_the_summary_window_draws_its_charts_without_matplotlib(tmp_path: Path) -> None:
    # matplotlib kept ~65 MB resident after the window had opened once; Qt draws the charts.
    code = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from postureapp.adapters.export import FileSummaryExporter\n"
        "from postureapp.adapters.sqlite_store import SqliteSummaryRepository\n"
        "from postureapp.ui.summary_view import SummaryWindow\n"
        "app = QApplication([])\n"
        "from pathlib import Path\n"
        f"repo = SqliteSummaryRepository(Path({str(tmp_path / 'h.sqlite3')!r}))\n"
        "window = SummaryWindow(repo, date.today, 5, FileSummaryExporter())\n"
        "window.show()\n"
        "window.grab()\n"
    )
    assert imported_after(code, ("matplotlib", "PIL")) == set()


def test_the_period_line_counts_in_words_that_agree_with_the_numbers(
    qtbot: QtBot, repo: SqliteSummaryRepository
) -> None:
    window = open_window(qtbot, repo)
    child(window, QTabWidget, "summary_tabs").setCurrentIndex(1)
    # Five earlier days of 3 breaks due, 1 taken with 2 stretches, and today 2 due, 1 taken
    # with 2 stretches of which the camera confirmed 1.
    assert child(window, QLabel, "period_label").text() == (
        "73% upright, 6 breaks taken (17 due), 12 stretches, 1 confirmed by the camera")
