"""Exports of the posture history: CSV and JSON files and a printable weekly HTML report.

The CSV and JSON files are data for other tools: their keys and values never depend on the
user's language. The weekly report is for people: its texts are in the user's language (through
core.i18n) and its dates as the caller's `ReportDates` write them.

Every writer renders the whole file in memory and then replaces the target atomically (temp
file in the same directory + os.replace), so a crash never leaves half a file behind. Files are
created private to the user (0600), like the history itself; sharing them is the user's choice.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Final

from postureapp.core.day_summary import (
    DaySummary,
    confirmed_share,
    format_duration_min,
    format_share,
    format_stretches,
)
from postureapp.core.events import CoachEvent
from postureapp.core.history import period_upright_share
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.core.summary_export import JSON_KEYS, ReportDates, to_json_dict

SUMMARY_CSV_FIELDS: Final = JSON_KEYS
"""CSV columns of daily summaries: the JSON keys; `stretches` is written as "id=n;id=n"."""

EVENT_FIELDS: Final = ("at", "date", "kind", "sitting_s", "stretches", "detail")
"""Keys of an exported event, in order (CSV columns and JSON object keys)."""

DISCLAIMER: Final = QT_TRANSLATE_NOOP(
    "weekly_report",
    "This report comes from a posture habit coach. It records how the head and shoulders "
    "looked to a webcam and when breaks were taken. It is not a medical device and does not "
    "diagnose, treat or prevent any condition; please discuss it with your physical "
    "therapist or doctor.",
)


def write_text_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) in one step; the old file survives any failure."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


# --- daily summaries -----------------------------------------------------------------------


def summary_csv_row(summary: DaySummary) -> dict[str, Any]:
    """One CSV row: `to_json_dict` with null as an empty cell and stretches as "id=n;id=n"."""
    row = to_json_dict(summary)
    row["stretches"] = ";".join(f"{sid}={count}" for sid, count in summary.stretch_counts)
    return {key: "" if value is None else value for key, value in row.items()}


def summaries_csv_text(summaries: Iterable[DaySummary]) -> str:
    """Daily summaries as CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SUMMARY_CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(summary_csv_row(summary) for summary in summaries)
    return buffer.getvalue()


def summaries_json_text(summaries: Iterable[DaySummary]) -> str:
    """Daily summaries as a JSON list of `to_json_dict` objects."""
    return json.dumps([to_json_dict(s) for s in summaries], indent=2, ensure_ascii=False) + "\n"


def write_summaries_csv(summaries: Iterable[DaySummary], path: Path) -> None:
    """Write daily summaries as CSV (columns SUMMARY_CSV_FIELDS)."""
    write_text_atomic(path, summaries_csv_text(summaries))


def write_summaries_json(summaries: Iterable[DaySummary], path: Path) -> None:
    """Write daily summaries as a JSON list (see core.summary_export.to_json_dict)."""
    write_text_atomic(path, summaries_json_text(summaries))


# --- events --------------------------------------------------------------------------------


def event_json_dict(event: CoachEvent) -> dict[str, Any]:
    """One event as JSON-ready values; `at` is ISO 8601 with the recorded UTC offset."""
    return {
        "at": event.at.isoformat(),
        "date": event.at.date().isoformat(),
        "kind": event.kind.value,
        "sitting_s": round(event.sitting_s, 1),
        "stretches": list(event.stretches),
        "detail": event.detail,
    }


def write_events_csv(events: Iterable[CoachEvent], path: Path) -> None:
    """Write events as CSV (columns EVENT_FIELDS; stretches joined with ";")."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENT_FIELDS)
    writer.writeheader()
    for event in events:
        row = event_json_dict(event)
        row["stretches"] = ";".join(event.stretches)
        writer.writerow(row)
    write_text_atomic(path, buffer.getvalue())


def write_events_json(events: Iterable[CoachEvent], path: Path) -> None:
    """Write events as a JSON list of `event_json_dict` objects."""
    rows = [event_json_dict(event) for event in events]
    write_text_atomic(path, json.dumps(rows, indent=2, ensure_ascii=False) + "\n")


# --- the weekly report ---------------------------------------------------------------------

_CSS: Final = """
@page { size: A4; margin: 15mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111;
       max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.1rem; margin-top: 1.6rem; }
.sub { color: #555; margin-top: 0; }
.totals { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; padding: 0; list-style: none; }
.totals b { display: block; font-size: 1.3rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: #eee; }
svg { max-width: 100%; height: auto; }
.bar { fill: #3a6ea5; }
.grid { stroke: #bbb; stroke-width: 1; }
.label { font-size: 11px; fill: #333; }
.note { border-top: 1px solid #999; margin-top: 2rem; padding-top: 0.6rem; font-size: 0.8rem;
        color: #444; }
@media print {
  body { margin: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table, svg { page-break-inside: avoid; }
}
"""


def _upright_chart_svg(summaries: Sequence[DaySummary], dates: ReportDates) -> str:
    """A bar per day of upright share (0-100 %); days with nothing judged show a dash."""
    slot_w, chart_h, top, left, bottom = 56, 160, 12, 36, 34
    width = left + slot_w * len(summaries) + 8
    height = top + chart_h + bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="chart-title">',
        '<title id="chart-title">'
        + escape(translate("weekly_report", "Upright share per day"))
        + "</title>",
    ]
    for percent in (0, 50, 100):
        y = top + chart_h - chart_h * percent / 100
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - 4}" y2="{y:.1f}"/>')
        parts.append(
            f'<text class="label" x="{left - 4}" y="{y + 4:.1f}" '
            f'text-anchor="end">{escape(format_share(percent / 100))}</text>'
        )
    for index, summary in enumerate(summaries):
        x = left + index * slot_w
        centre = x + slot_w / 2
        share = summary.upright_share
        y_text: float
        if share is None:
            value_text, y_text = "–", top + chart_h - 4
        else:
            bar_h = chart_h * share
            parts.append(
                f'<rect class="bar" x="{x + 10}" y="{top + chart_h - bar_h:.1f}" '
                f'width="{slot_w - 20}" height="{bar_h:.1f}">'
                f"<title>{escape(_day_share(dates.day(summary.date), share))}</title></rect>"
            )
            value_text, y_text = format_share(share), top + chart_h - bar_h - 3
        parts.append(
            f'<text class="label" x="{centre:.1f}" y="{max(y_text, top + 10):.1f}" '
            f'text-anchor="middle">{escape(value_text)}</text>'
        )
        parts.append(
            f'<text class="label" x="{centre:.1f}" y="{top + chart_h + 14}" '
            f'text-anchor="middle">{escape(dates.weekday(summary.date))}</text>'
        )
        parts.append(
            f'<text class="label" x="{centre:.1f}" y="{top + chart_h + 28}" '
            f'text-anchor="middle">{escape(dates.short_date(summary.date))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _day_share(day: str, share: float) -> str:
    return translate("weekly_report", "{day}: {share}", "a day and its upright share").format(
        day=day, share=format_share(share))


def _day_row(summary: DaySummary, dates: ReportDates) -> str:
    if not summary.has_data:
        cells = [dates.day(summary.date), *(["–"] * 9)]
    else:
        cells = [
            dates.day(summary.date),
            format_duration_min(summary.monitored_min),
            format_share(summary.upright_share),
            format_duration_min(summary.rounded_min),
            format_duration_min(summary.away_min),
            f"{summary.breaks_taken} / {summary.breaks_due}",
            f"{summary.breaks_snoozed} / {summary.breaks_skipped}",
            str(summary.natural_breaks),
            format_stretches(summary.stretches_done, summary.stretches_confirmed),
            format_duration_min(summary.longest_sitting_min),
        ]
    return "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>"


def _stretch_name(stretch_id: str) -> str:
    # The report is for people (a physical therapist): names, not ids.
    stretch = STRETCHES_BY_ID.get(stretch_id)
    return translate("stretches", stretch.name) if stretch is not None else stretch_id


def _confirmed_total(days: Sequence[DaySummary]) -> str:
    confirmed = sum(s.stretches_confirmed for s in days)
    done = sum(s.stretches_done for s in days)
    return translate("weekly_report", "{confirmed} of {done} ({share})").format(
        confirmed=confirmed, done=done, share=format_share(confirmed_share(days)))


def render_weekly_report_html(
    summaries: Sequence[DaySummary],
    *,
    generated_at: datetime | None = None,
    title: str | None = None,
    dates: ReportDates | None = None,
) -> str:
    """A self-contained, print-friendly HTML page for a run of days (normally 7).

    It has an upright-share bar chart, a table of the days, breaks taken against breaks due,
    the stretches done (and how many of them the camera confirmed) and a note that the app
    coaches habits and does not diagnose. Texts are in the user's language, dates as `dates`
    writes them (default: English weekdays, ISO dates).
    """
    dates = dates or ReportDates()
    title = title or translate("weekly_report", "Posture and breaks: weekly report")
    days = sorted(summaries, key=lambda s: s.date)
    period = (
        translate("weekly_report", "{first} to {last}", "the days a report covers").format(
            first=dates.period_end(days[0].date), last=dates.period_end(days[-1].date))
        if days
        else translate("weekly_report", "no days", "the period of a report that covers none")
    )
    judged = period_upright_share(days)
    breaks_due = sum(s.breaks_due for s in days)
    breaks_taken = sum(s.breaks_taken for s in days)
    stretches: Counter[str] = Counter()
    for summary in days:
        stretches.update(summary.stretches_by_id)
    longest = max((s.longest_sitting_min for s in days), default=0)
    totals = [
        (translate("weekly_report", "Monitored"),
         format_duration_min(sum(s.monitored_min for s in days))),
        (translate("weekly_report", "Upright share"), format_share(judged)),
        (translate("weekly_report", "Breaks taken / due"), f"{breaks_taken} / {breaks_due}"),
        (translate("weekly_report", "Natural breaks"), str(sum(s.natural_breaks for s in days))),
        (translate("weekly_report", "Stretches done"), str(sum(stretches.values()))),
        (translate("weekly_report", "Confirmed by the camera"), _confirmed_total(days)),
        (translate("weekly_report", "Longest sitting stretch"), format_duration_min(longest)),
    ]
    stretch_rows = "".join(
        f"<tr><td>{escape(_stretch_name(sid))}</td><td>{count}</td></tr>"
        for sid, count in sorted(stretches.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    # lupdate does not look inside f-strings: texts are translated outside them.
    stretch_headers = (translate("weekly_report", "Stretch"),
                       translate("weekly_report", "Times done"))
    no_stretches = translate("weekly_report", "No stretches were recorded this week.")
    stretch_table = (
        "<table><thead><tr>"
        + "".join(f"<th>{escape(h)}</th>" for h in stretch_headers)
        + f"</tr></thead><tbody>{stretch_rows}</tbody></table>"
        if stretch_rows
        else f"<p>{escape(no_stretches)}</p>"
    )
    subtitle = translate("weekly_report", "{period}.", "the days the report covers, a sentence")
    subtitle = subtitle.format(period=period)
    if generated_at is not None:
        subtitle += " " + translate("weekly_report", "Generated {moment}.").format(
            moment=dates.moment(generated_at))
    headers = (
        translate("weekly_report", "Day"),
        translate("weekly_report", "Monitored"),
        translate("weekly_report", "Upright"),
        translate("weekly_report", "Rounded"),
        translate("weekly_report", "Away"),
        translate("weekly_report", "Breaks taken / due"),
        translate("weekly_report", "Snoozed / skipped"),
        translate("weekly_report", "Natural breaks"),
        translate("weekly_report", "Stretches"),
        translate("weekly_report", "Longest sitting"),
    )
    # The catalogue names its own language: the page's texts are in the language whose
    # catalogue translated them (English when there is none), whatever the locale's dates.
    chart_heading = translate("weekly_report", "Upright share per day")
    language = translate("weekly_report", "en",
                         "the ISO 639-1 code of the language you translate into (de, fr, ...)")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)} ({escape(period)})</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            f"<h1>{escape(title)}</h1>",
            f'<p class="sub">{escape(subtitle)}</p>',
            '<ul class="totals">'
            + "".join(f"<li>{escape(k)}<b>{escape(v)}</b></li>" for k, v in totals)
            + "</ul>",
            f"<h2>{escape(chart_heading)}</h2>",
            "<p>"
            + escape(translate("weekly_report",
                               "Share of the judged sitting time spent upright rather than "
                               "rounded."))
            + "</p>",
            _upright_chart_svg(days, dates),
            "<h2>" + escape(translate("weekly_report", "Day by day")) + "</h2>",
            "<table><thead><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in headers)
            + "</tr></thead><tbody>"
            + "".join(_day_row(s, dates) for s in days)
            + "</tbody></table>",
            "<h2>" + escape(translate("weekly_report", "Stretches done")) + "</h2>",
            "<p>"
            + escape(translate("weekly_report",
                               "A stretch counts as confirmed when the webcam saw its "
                               "repetitions or holds done at the full dose during a guided "
                               "break; the others were counted by the break's timer or as the "
                               "user went through them."))
            + "</p>",
            stretch_table,
            '<p class="note">' + escape(translate("weekly_report", DISCLAIMER)) + "</p>",
            "</body>",
            "</html>",
            "",
        ]
    )


def write_weekly_report_html(
    summaries: Sequence[DaySummary],
    path: Path,
    *,
    generated_at: datetime | None = None,
    dates: ReportDates | None = None,
) -> None:
    """Write `render_weekly_report_html(summaries)` to `path`."""
    write_text_atomic(
        path, render_weekly_report_html(summaries, generated_at=generated_at, dates=dates))


class FileSummaryExporter:
    """The SummaryExporter port over this module's writers."""

    def write_summaries_csv(self, summaries: Sequence[DaySummary], path: Path) -> None:
        """One CSV row per day."""
        write_summaries_csv(summaries, path)

    def write_summaries_json(self, summaries: Sequence[DaySummary], path: Path) -> None:
        """A JSON list with one object per day."""
        write_summaries_json(summaries, path)

    def write_weekly_report_html(
        self, summaries: Sequence[DaySummary], path: Path, dates: ReportDates
    ) -> None:
        """A printable HTML weekly report in the user's language, days written by `dates`."""
        write_weekly_report_html(summaries, path, dates=dates)
