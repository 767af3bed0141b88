"""`postureapp summary`: daily posture summaries from the history, as text, JSON or CSV."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Final, TextIO

from postureapp.adapters.camera import UnreadableFileError, check_regular_file
from postureapp.adapters.export import summaries_csv_text
from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME, SqliteSummaryRepository
from postureapp.core.day_summary import (
    DEFAULT_NATURAL_BREAK_MIN,
    DaySummary,
    format_duration_min,
    format_share,
    format_stretches,
)
from postureapp.core.history import History, day_range
from postureapp.core.summary_export import to_json_dict

MAX_DAYS: Final = 3650
_DATE_PATTERN: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(text: str) -> date:
    message = f"not a valid date: {text!r} (expected YYYY-MM-DD, e.g. 2026-11-23)"
    if not _DATE_PATTERN.fullmatch(text):
        raise argparse.ArgumentTypeError(message)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message) from None


def _parse_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_DAYS}: {text!r}")
    return days


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postureapp summary",
        description=(
            "Show daily posture summaries from the local history (default: today). "
            "--data-dir DIR (or POSTUREAPP_DATA_DIR) reads another history folder."
        ),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--date", type=_parse_date, help="one day, as YYYY-MM-DD")
    which.add_argument("--days", type=_parse_days, help="the last N days, ending today")
    parser.add_argument(
        "--format", choices=("text", "json", "csv"), default="text", help="output format"
    )
    return parser


def format_table(summaries: Sequence[DaySummary]) -> str:
    """Summaries as a plain-text table, one line per day."""
    headers = (
        "Date",
        "Monitored",
        "Upright",
        "Breaks",
        "Snoozed",
        "Skipped",
        "Natural",
        "Stretches",
        "Nudges",
        "Longest sit",
    )
    rows = [
        (
            s.date.isoformat(),
            format_duration_min(s.monitored_min),
            format_share(s.upright_share),
            f"{s.breaks_taken}/{s.breaks_due}",
            str(s.breaks_snoozed),
            str(s.breaks_skipped),
            str(s.natural_breaks),
            format_stretches(s.stretches_done, s.stretches_confirmed),
            str(s.nudges),
            format_duration_min(s.longest_sitting_min),
        )
        for s in summaries
    ]
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]
    lines = [_table_line(row, widths) for row in (headers, *rows)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _table_line(cells: Sequence[str], widths: Sequence[int]) -> str:
    # The date column reads left to right; numbers line up on the right.
    padded = [
        cell.ljust(width) if index == 0 else cell.rjust(width)
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join(padded)


def _damage(db_path: Path) -> str:
    """Why the history file is damaged, checked without writing; "" if it is not.

    Raises:
        sqlite3.Error: It cannot be opened or read at all (a read-only folder, a lock), which
            says nothing about the file itself.
        UnreadableFileError: Not a regular file: SQLite would wait forever on a FIFO.
    """
    check_regular_file(db_path)
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if type(error) is not sqlite3.DatabaseError:  # its subclasses are not about the file
            raise
        return str(error)
    return "" if result and result[0] == "ok" else str(result[0] if result else "unreadable")


def run_summary(
    argv: list[str],
    data_dir: Path,
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
    natural_break_min: int = DEFAULT_NATURAL_BREAK_MIN,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run `postureapp summary [--date YYYY-MM-DD | --days N] [--format text|json|csv]`.

    Args:
        argv: The arguments after `summary`.
        data_dir: The app's data directory; the history is `data_dir / HISTORY_FILE_NAME`.
        today: The local date "today" means (default: now in `tz`).
        tz: The local zone (default: the system zone).
        natural_break_min: The user's natural break length, for the longest sitting stretch.
        out: Where the summaries go (default: stdout).
        err: Where problems go (default: stderr).

    Returns:
        0 on success, 2 for bad arguments (with a message on `err`), 1 when the history
        could not be read.
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    parser = _parser()
    try:
        with redirect_stdout(out), redirect_stderr(err):  # argparse prints to sys.std*
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage and the reason (or --help)
        return exc.code if isinstance(exc.code, int) else 2
    if today is None:
        today = datetime.now(tz).date() if tz is not None else datetime.now().astimezone().date()
    end: date = args.date if args.date is not None else today
    days: int = 1 if args.date is not None else (args.days or 1)

    db_path = Path(data_dir) / HISTORY_FILE_NAME
    try:
        damage = _damage(db_path) if db_path.exists() else ""
    except (sqlite3.Error, UnreadableFileError) as error:
        print(f"postureapp summary: the history file {db_path} cannot be read ({error}). "
              "Nothing was changed.", file=err)
        return 1
    if damage:
        # Reading must not change anything: recovering the file is the app's job, where the
        # user sees it happen.
        print(f"postureapp summary: the history file {db_path} is damaged ({damage}). "
              "Nothing was changed; start postureapp to set it aside and begin a new history.",
              file=err)
        return 1
    if db_path.exists():
        with SqliteSummaryRepository(db_path, tz=tz) as repository:
            summaries = History(repository, natural_break_min).days(end, days)
            status = repository.status
        for notice in status.notices:
            print(notice, file=err)
        if status.message:
            print(f"postureapp summary: {status.message}", file=err)
            return 1
    else:
        print(f"No posture history yet ({db_path} does not exist).", file=err)
        summaries = [DaySummary(date=day) for day in day_range(end, days)]

    if args.format == "json":
        out.write(json.dumps([to_json_dict(s) for s in summaries], indent=2) + "\n")
    elif args.format == "csv":
        out.write(summaries_csv_text(summaries))
    else:
        out.write(format_table(summaries))
    return 0
