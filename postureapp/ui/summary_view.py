"""The summary window: one day's posture numbers and timeline, the 7/30-day history, exports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from PySide6.QtCore import QDate, QLocale, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QHideEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.day_summary import (
    DaySummary,
    breaks_text,
    format_duration_min,
    format_share,
    format_stretches,
)
from postureapp.core.history import History, period_upright_share
from postureapp.core.i18n import join_list, tr, translate
from postureapp.core.ports import StoreStatus, SummaryExporter, SummaryRepository
from postureapp.core.samples import PostureState
from postureapp.core.status import POSTURE_LABELS
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.ui.charts import DayTimelineChart, HistoryTrendChart
from postureapp.ui.language import day_format, day_with_year_format, qdate, report_dates
from postureapp.ui.look import scaled_font
from postureapp.ui.override import override
from postureapp.ui.screen_fit import fit_to_screen
from postureapp.ui.theme import caution_banner_style, error_text_style, follow_palette

HISTORY_DAYS: Final = (7, 30)
"""The history lengths the History tab offers."""

REPORT_DAYS: Final = 7
"""Days in the weekly report (ending on the day shown in the Day tab)."""



def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SummaryWindow(QWidget):
    """Daily posture summaries and history, read from a `SummaryRepository`.

    The "Day" tab shows one day (today unless the user picks another): headline numbers and
    the timeline chart, or "No data for this day yet". The "History" tab shows the last 7 or
    30 days as trend charts and a table. Export buttons write every day with data as CSV or
    JSON, or a printable weekly HTML report of the 7 days ending on the day shown. A banner
    says when history is not reaching the disk.

    Nothing updates by itself: the app calls `refresh()` when new data arrives or the window
    is shown.

    Args:
        repository: Where the history is read from.
        today: Today's local date (from the app's clock).
        natural_break_min: The user's natural break length, for the longest sitting stretch.
        exporter: Writes the export files.
        parent: The Qt parent; normally None (a top-level window).

    Signals:
        export_finished(str): A file was written; carries its path.
        export_failed(str): Writing a file failed; carries the message shown to the user.
        hidden(): The window was closed (it is kept, hidden, for the next time).
    """

    export_finished = Signal(str)
    export_failed = Signal(str)
    hidden = Signal()

    def __init__(
        self,
        repository: SummaryRepository,
        today: Callable[[], date],
        natural_break_min: int,
        exporter: SummaryExporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._exporter = exporter
        self._today = today
        self._history = History(repository, natural_break_min)
        self._today_seen = today()
        self._day = self._today_seen
        self._history_days = HISTORY_DAYS[0]
        self._locale = QLocale()

        self.setObjectName("summary_window")
        self.setWindowTitle(self.tr("Posture summary — postureapp"))
        fit_to_screen(self, QSize(920, 720))

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_banner())
        self._tabs = QTabWidget()
        self._tabs.setObjectName("summary_tabs")
        self._tabs.setAccessibleName(self.tr("Summary views"))
        self._tabs.addTab(self._build_day_tab(), self.tr("Today"))
        self._tabs.addTab(self._build_history_tab(), self.tr("History"))
        layout.addWidget(self._tabs, 1)
        layout.addLayout(self._build_export_row())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build_banner(self) -> QFrame:
        self._banner = QFrame()
        self._banner.setObjectName("storage_banner")
        follow_palette(self._banner, lambda: caution_banner_style("#storage_banner"))
        row = QHBoxLayout(self._banner)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAccessibleName(self.tr("Warning"))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self._banner_label = QLabel()
        self._banner_label.setObjectName("storage_banner_label")
        self._banner_label.setWordWrap(True)
        self._banner_label.setAccessibleName(self.tr("History storage problem"))
        self._banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._banner_label, 1)
        self._banner.hide()
        return self._banner

    def _build_day_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("day_page")
        layout = QVBoxLayout(page)

        nav = QHBoxLayout()
        style = self.style()
        self._previous_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("&Previous day")
        )
        self._previous_button.setObjectName("previous_day_button")
        self._previous_button.clicked.connect(self._on_previous_button_clicked)
        nav.addWidget(self._previous_button)
        date_label = QLabel(self.tr("&Day:"))
        nav.addWidget(date_label)
        self._date_edit = QDateEdit()
        self._date_edit.setObjectName("day_picker")
        self._date_edit.setCalendarPopup(True)
        self._date_edit.setDisplayFormat(day_with_year_format())
        self._date_edit.setAccessibleName(self.tr("Day shown"))
        self._date_edit.setMaximumDate(qdate(self._today_seen))
        self._date_edit.setDate(qdate(self._day))
        self._date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        date_label.setBuddy(self._date_edit)
        nav.addWidget(self._date_edit)
        self._next_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("&Next day")
        )
        self._next_button.setObjectName("next_day_button")
        self._next_button.clicked.connect(self._on_next_button_clicked)
        nav.addWidget(self._next_button)
        self._today_button = QPushButton(self.tr("Back to &today"))
        self._today_button.setObjectName("today_button")
        self._today_button.clicked.connect(self._on_today_button_clicked)
        nav.addWidget(self._today_button)
        nav.addStretch(1)
        layout.addLayout(nav)

        self._day_heading = QLabel()
        self._day_heading.setObjectName("day_heading")
        self._day_heading.setFont(scaled_font(self._day_heading.font(), 1.3, is_bold=True))
        layout.addWidget(self._day_heading)

        self._day_stack = QStackedWidget()
        self._day_stack.setObjectName("day_stack")
        self._day_stack.addWidget(self._build_day_numbers())
        self._day_empty = QLabel(self.tr("No data for this day yet"))
        self._day_empty.setObjectName("day_empty_label")
        self._day_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._day_empty.setWordWrap(True)
        self._day_empty.setFont(scaled_font(self._day_empty.font(), 1.4))
        self._day_stack.addWidget(self._day_empty)
        layout.addWidget(self._day_stack, 1)
        return page

    def _build_day_numbers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows: Sequence[tuple[str, str]] = (
            ("monitored", self.tr("Time monitored")),
            ("upright", translate("status", POSTURE_LABELS[PostureState.UPRIGHT])),
            ("rounded", translate("status", POSTURE_LABELS[PostureState.ROUNDED])),
            ("longest_sitting", self.tr("Longest sitting stretch")),
            ("nudges", self.tr("Posture nudges")),
            ("breaks", self.tr("Breaks")),
            ("natural_breaks", self.tr("Natural breaks")),
            ("stretches", self.tr("Stretches done")),
        )
        self._values: dict[str, QLabel] = {}
        half = (len(rows) + 1) // 2
        for index, (key, caption) in enumerate(rows):
            row, pair = index % half, index // half
            caption_label = QLabel(self.tr("{caption}:").format(caption=caption))
            caption_label.setObjectName(f"{key}_caption")
            value = QLabel()
            value.setObjectName(f"{key}_value")
            value.setAccessibleName(caption)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setFont(scaled_font(value.font(), 1.0, is_bold=True))
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            grid.addWidget(caption_label, row, pair * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, pair * 2 + 1, Qt.AlignmentFlag.AlignTop)
            self._values[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self._timeline = DayTimelineChart()
        self._timeline.setObjectName("day_timeline_chart")
        layout.addWidget(self._timeline)
        layout.addStretch(1)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("history_page")
        layout = QVBoxLayout(page)
        switch = QHBoxLayout()
        switch.addWidget(QLabel(self.tr("Show:")))
        self._range_group = QButtonGroup(self)
        for days, text in zip(
            HISTORY_DAYS, (self.tr("Last &7 days"), self.tr("Last &30 days")), strict=True
        ):
            button = QRadioButton(text)
            button.setObjectName(f"last_{days}_days_button")
            button.setChecked(days == self._history_days)
            self._range_group.addButton(button, days)
            switch.addWidget(button)
        self._range_group.idToggled.connect(self._on_range_group_id_toggled)
        switch.addSpacing(16)
        self._period_label = QLabel()
        self._period_label.setObjectName("period_label")
        self._period_label.setWordWrap(True)
        switch.addWidget(self._period_label, 1)
        layout.addLayout(switch)

        self._history_stack = QStackedWidget()
        self._trend = HistoryTrendChart()
        self._trend.setObjectName("history_trend_chart")
        self._history_stack.addWidget(self._trend)
        self._history_empty = QLabel(self.tr("No data for these days yet"))
        self._history_empty.setObjectName("history_empty_label")
        self._history_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._history_empty.setFont(scaled_font(self._history_empty.font(), 1.4))
        self._history_stack.addWidget(self._history_empty)
        layout.addWidget(self._history_stack, 3)

        headers = (
            self.tr("Day"),
            self.tr("Monitored"),
            translate("status", POSTURE_LABELS[PostureState.UPRIGHT]),
            translate("status", POSTURE_LABELS[PostureState.ROUNDED]),
            self.tr("Breaks taken / due"),
            self.tr("Stretches"),
            self.tr("Longest sitting"),
        )
        self._table = QTableWidget(0, len(headers))
        self._table.setObjectName("history_table")
        self._table.setAccessibleName(self.tr("Days"))
        self._table.setAccessibleDescription(self.tr("Press Enter on a day to open it"))
        self._table.setHorizontalHeaderLabels(list(headers))
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setAlternatingRowColors(True)
        self._table.setTabKeyNavigation(False)
        header = self._table.horizontalHeader()
        # Each column as wide as its heading and values (equal shares cut off the longer
        # headings, more so in longer languages); the last takes what is left over.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._table.cellActivated.connect(self._on_table_cell_activated)
        layout.addWidget(self._table, 2)
        return page

    def _build_export_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self._export_status = QLabel()
        self._export_status.setObjectName("export_status_label")
        self._export_status.setWordWrap(True)
        self._export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._export_status.setAccessibleName(self.tr("Export result"))
        self._export_status.hide()
        column.addWidget(self._export_status)
        row = QHBoxLayout()
        row.addStretch(1)
        self._csv_button = QPushButton(self.tr("Export &CSV…"))
        self._csv_button.setObjectName("export_csv_button")
        self._csv_button.setToolTip(self.tr("Save every day in your history as a CSV table"))
        self._csv_button.clicked.connect(self._on_csv_button_clicked)
        self._json_button = QPushButton(self.tr("Export &JSON…"))
        self._json_button.setObjectName("export_json_button")
        self._json_button.setToolTip(self.tr("Save every day in your history as JSON"))
        self._json_button.clicked.connect(self._on_json_button_clicked)
        self._report_button = QPushButton(self.tr("&Weekly report…"))
        self._report_button.setObjectName("weekly_report_button")
        self._report_button.setToolTip(
            self.tr(
                "Save a printable report of the 7 days ending on the day shown, "
                "for example for your physical therapist"
            )
        )
        self._report_button.clicked.connect(self._on_report_button_clicked)
        for button in (self._csv_button, self._json_button, self._report_button):
            row.addWidget(button)
        column.addLayout(row)
        return column

    # --- showing ----------------------------------------------------------------------------

    @override
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Say the window is gone (the app gives the memory its charts used back)."""
        super().hideEvent(event)
        self.hidden.emit()

    def refresh(self) -> None:
        """Read the repository again and show the current numbers, charts and storage status."""
        today = self._today()
        if today != self._today_seen:
            # After midnight the window follows today if it was showing today.
            is_following_today = self._day == self._today_seen
            self._today_seen = today
            if is_following_today or self._day > today:
                self._day = today
        days_with_data = self._repository.days_with_data()
        first_day = min(days_with_data[0], today) if days_with_data else today
        self._day = min(max(self._day, first_day), today)
        self._date_edit.blockSignals(True)
        self._date_edit.setDateRange(qdate(first_day), qdate(today))
        self._date_edit.setDate(qdate(self._day))
        self._date_edit.blockSignals(False)
        self._show_status(self._repository.status)
        self._show_day()
        self._show_history()

    def _summary(self, day: date) -> DaySummary:
        return self._history.day(day)

    def _range(self, end: date, days: int) -> list[DaySummary]:
        return self._history.days(end, days)

    def _show_status(self, status: StoreStatus) -> None:
        lines = [] if status.is_persistent else [status.message or self._not_saved_text()]
        lines += list(status.notices)
        self._banner_label.setText("\n".join(lines))
        self._banner.setVisible(bool(lines))

    def _not_saved_text(self) -> str:
        return self.tr("Posture history can't be saved to disk right now; it is kept in memory.")

    def _day_text(self, day: date, form: QLocale.FormatType) -> str:
        return self._locale.toString(qdate(day), form)

    def _show_day(self) -> None:
        day, today = self._day, self._today_seen
        summary = self._summary(day)
        long_day = self._day_text(day, QLocale.FormatType.LongFormat)
        if day == today:
            self._day_heading.setText(self.tr("Today, {day}").format(day=long_day))
            self._tabs.setTabText(0, self.tr("Today"))
        else:
            self._day_heading.setText(long_day)
            self._tabs.setTabText(0, self._locale.toString(qdate(day), day_format()))
        self._previous_button.setEnabled(day > _pydate(self._date_edit.minimumDate()))
        self._next_button.setEnabled(day < today)
        self._today_button.setEnabled(day != today)
        if not summary.has_data:
            self._day_stack.setCurrentWidget(self._day_empty)
            return
        values = self._values
        values["monitored"].setText(format_duration_min(summary.monitored_min))
        values["upright"].setText(
            self.tr("{share} of judged time").format(share=format_share(summary.upright_share))
            if summary.upright_share is not None
            else self.tr("Not judged")
        )
        values["rounded"].setText(format_duration_min(summary.rounded_min))
        values["longest_sitting"].setText(format_duration_min(summary.longest_sitting_min))
        values["nudges"].setText(
            self.tr("{shown} shown, {heeded} heeded").format(
                shown=summary.nudges, heeded=summary.nudges_heeded
            )
        )
        values["breaks"].setText(
            self.tr("{taken} taken, {snoozed} snoozed, {skipped} skipped ({due} due)").format(
                taken=summary.breaks_taken,
                snoozed=summary.breaks_snoozed,
                skipped=summary.breaks_skipped,
                due=summary.breaks_due,
            )
        )
        values["natural_breaks"].setText(str(summary.natural_breaks))
        values["stretches"].setText(self._stretches_text(summary))
        self._timeline.show_day(summary)
        self._day_stack.setCurrentIndex(0)

    def _stretches_text(self, summary: DaySummary) -> str:
        if not summary.stretches_done:
            return "0"
        names = join_list(
            self.tr("{name} ({count})").format(
                name=(translate("stretches", STRETCHES_BY_ID[sid].name) if sid in STRETCHES_BY_ID
                      else sid), count=count
            )
            for sid, count in summary.stretch_counts
        )
        text = self.tr("{count}: {names}").format(count=summary.stretches_done, names=names)
        if summary.stretches_confirmed:
            text += self.tr(" — {confirmed} confirmed by the camera").format(
                confirmed=summary.stretches_confirmed)
        return text

    def _show_history(self) -> None:
        summaries = self._range(self._today_seen, self._history_days)
        with_data = [s for s in summaries if s.has_data]
        if with_data:
            taken = sum(s.breaks_taken for s in with_data)
            due = sum(s.breaks_due for s in with_data)
            done = sum(s.stretches_done for s in with_data)
            confirmed = sum(s.stretches_confirmed for s in with_data)
            parts = [
                translate("day_summary", "{share} upright").format(
                    share=format_share(period_upright_share(with_data))),
                breaks_text(taken, due),
                tr("%n stretch(es)", None, done),
            ]
            if confirmed:
                parts.append(tr("%n confirmed by the camera", None, confirmed))
            self._period_label.setText(join_list(parts))
            self._trend.show_days(summaries)
            self._history_stack.setCurrentWidget(self._trend)
        else:
            self._period_label.clear()
            self._history_stack.setCurrentWidget(self._history_empty)
        self._fill_table(summaries)

    def _fill_table(self, summaries: Sequence[DaySummary]) -> None:
        self._table.setRowCount(len(summaries))
        for row, summary in enumerate(reversed(summaries)):  # newest first
            if summary.has_data:
                cells = [
                    format_duration_min(summary.monitored_min),
                    format_share(summary.upright_share),
                    format_duration_min(summary.rounded_min),
                    f"{summary.breaks_taken} / {summary.breaks_due}",
                    format_stretches(summary.stretches_done, summary.stretches_confirmed),
                    format_duration_min(summary.longest_sitting_min),
                ]
            else:
                cells = ["-"] * 6
            day_item = QTableWidgetItem(
                self._locale.toString(qdate(summary.date), day_with_year_format()))
            day_item.setData(Qt.ItemDataRole.UserRole, summary.date.isoformat())
            self._table.setItem(row, 0, day_item)
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._table.setItem(row, column, item)

    def _open_day(self, day: date) -> None:
        self._date_edit.setDate(qdate(day))  # dateChanged shows it

    # --- exporting ----------------------------------------------------------------------------

    def _ask_path(self, caption: str, file_name: str, file_filter: str, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())  # never the working directory the app was started from
        chosen, _selected_filter = QFileDialog.getSaveFileName(
            self, caption, str(Path(folder) / file_name), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(suffix)

    def _history_summaries(self) -> list[DaySummary]:
        today = self._today_seen
        return [self._summary(day) for day in self._repository.days_with_data() if day <= today]

    def _export(
        self,
        what: str,
        path: Path | None,
        write: Callable[[Path], None],
    ) -> None:
        if path is None:
            return
        try:
            write(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = self.tr("Could not save the {what} to {path}: {reason}").format(
                what=what, path=str(path), reason=reason
            )
            self._show_export_result(message, is_error=True)
            self.export_failed.emit(message)
            return
        message = self.tr("Saved the {what} to {path}").format(what=what, path=str(path))
        self._show_export_result(message, is_error=False)
        self.export_finished.emit(str(path))

    def _show_export_result(self, text: str, *, is_error: bool) -> None:
        self._export_status.setStyleSheet(error_text_style() if is_error else "")
        self._export_status.setText(text)
        self._export_status.show()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._export_status, text))

    # --- slots --------------------------------------------------------------------------------

    def _on_date_edit_date_changed(self, new_date: QDate) -> None:
        self._day = _pydate(new_date)
        self._show_day()

    def _on_previous_button_clicked(self) -> None:
        self._open_day(self._day - timedelta(days=1))

    def _on_next_button_clicked(self) -> None:
        self._open_day(self._day + timedelta(days=1))

    def _on_today_button_clicked(self) -> None:
        self._open_day(self._today_seen)

    def _on_range_group_id_toggled(self, days: int, is_checked: bool) -> None:
        if is_checked:
            self._history_days = days
            self._show_history()

    def _on_table_cell_activated(self, row: int, _column: int) -> None:
        item = self._table.item(row, 0)
        if item is None:
            return
        self._open_day(date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole))))
        self._tabs.setCurrentIndex(0)

    def _on_csv_button_clicked(self) -> None:
        summaries = self._history_summaries()
        path = self._ask_path(
            self.tr("Export posture history as CSV"),
            f"posture-history-{self._today_seen.isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
            ".csv",
        )
        self._export(
            self.tr("CSV export"),
            path,
            lambda target: self._exporter.write_summaries_csv(summaries, target),
        )

    def _on_json_button_clicked(self) -> None:
        summaries = self._history_summaries()
        path = self._ask_path(
            self.tr("Export posture history as JSON"),
            f"posture-history-{self._today_seen.isoformat()}.json",
            self.tr("JSON files (*.json)"),
            ".json",
        )
        self._export(
            self.tr("JSON export"),
            path,
            lambda target: self._exporter.write_summaries_json(summaries, target),
        )

    def _on_report_button_clicked(self) -> None:
        summaries = self._range(self._day, REPORT_DAYS)
        first, last = summaries[0].date, summaries[-1].date
        path = self._ask_path(
            self.tr("Save the weekly report"),
            f"posture-report-{first.isoformat()}-to-{last.isoformat()}.html",
            self.tr("Web pages (*.html)"),
            ".html",
        )
        self._export(
            self.tr("weekly report"),
            path,
            lambda target: self._exporter.write_weekly_report_html(summaries, target,
                                                                report_dates()),
        )
