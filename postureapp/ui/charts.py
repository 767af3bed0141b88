"""Charts of the posture history: a day's timeline and the 7/30-day trends, drawn with matplotlib.

Why matplotlib: it is already installed (mediapipe depends on it), so charts add no dependency;
it is actively maintained and typed; and its Qt backend (`FigureCanvasQTAgg`) is an ordinary
QWidget that works with PySide6. Qt's own QtCharts is only in the large PySide6-Addons wheel,
while the app ships the PySide6-Essentials wheel alone.

The charts take their colours from the widget's QPalette (window and text colours), so they are
readable in light and dark themes, and they redraw when the palette changes. Posture states are
told apart by colour and by hatch pattern, break markers by symbol shape, and a legend names
them all, so no meaning rests on colour alone. Each chart also describes what it shows in its
accessible description, for screen readers. Labels are in the user's language: matplotlib's
own DejaVu Sans covers the European ones, and an installed CJK font is put behind it for
Japanese (matplotlib falls back to it glyph by glyph).
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QDate, QEvent, QLocale, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

# Before the backend import: matplotlib must bind to PySide6, not another installed Qt binding.
os.environ.setdefault("QT_API", "pyside6")

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from postureapp.core.day_summary import DaySummary, format_duration_min, format_share
from postureapp.core.events import EventKind
from postureapp.core.i18n import translate
from postureapp.core.samples import PostureState
from postureapp.core.status import POSTURE_LABELS
from postureapp.ui.language import date_format, day_format, day_on_two_lines_format
from postureapp.ui.override import override


@dataclass(frozen=True, slots=True)
class _StateStyle:
    light: str
    dark: str
    hatch: str


# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), a lighter
# variant for dark backgrounds, and a hatch so print-outs and greyscale still tell them apart.
_STATE_STYLES: Final[dict[PostureState, _StateStyle]] = {
    PostureState.UPRIGHT: _StateStyle("#0072B2", "#56B4E9", ""),
    PostureState.ROUNDED: _StateStyle("#D55E00", "#E69F00", "////"),
    PostureState.AWAY: _StateStyle("#BBBBBB", "#5A5A5A", "...."),
    PostureState.UNKNOWN: _StateStyle("#E8E8E8", "#3A3A3A", "xx"),
}


@dataclass(frozen=True, slots=True)
class _MarkerStyle:
    symbol: str
    light: str
    dark: str
    is_filled: bool = True


_MARKER_STYLES: Final[dict[EventKind, _MarkerStyle]] = {
    EventKind.BREAK_DUE: _MarkerStyle("v", "", "", is_filled=False),  # text colour, hollow
    EventKind.BREAK_TAKEN: _MarkerStyle("o", "#009E73", "#2BD4A0"),
    EventKind.BREAK_SNOOZED: _MarkerStyle("s", "#B8860B", "#F0E442"),
    EventKind.BREAK_SKIPPED: _MarkerStyle("X", "#C0392B", "#FF7F6E"),
    EventKind.NATURAL_BREAK: _MarkerStyle("^", "#8E44AD", "#CC79A7"),
}
"""Break events drawn on the timeline; BREAK_STARTED is left out (BREAK_TAKEN follows it)."""

_MIN_HOURS_SHOWN: Final = 4
_BASE_FONT_PT: Final = 9.0


def _day_text(day: date, form: str) -> str:
    """A day in the app's locale (day and month names in the user's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def marker_label(kind: EventKind) -> str:
    """The display name of a break event drawn on the timeline."""
    return {
        EventKind.BREAK_DUE: translate("charts", "Break due"),
        EventKind.BREAK_TAKEN: translate("charts", "Break taken"),
        EventKind.BREAK_SNOOZED: translate("charts", "Snoozed"),
        EventKind.BREAK_SKIPPED: translate("charts", "Skipped"),
        EventKind.NATURAL_BREAK: translate("charts", "Natural break"),
    }.get(kind, kind.value)


@dataclass(frozen=True, slots=True)
class _Theme:
    """Colours taken from a palette, as matplotlib colour strings."""

    background: str
    text: str
    grid: str
    is_dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> _Theme:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        mixed = QColor.fromRgbF(
            (window.redF() * 3 + text.redF()) / 4,
            (window.greenF() * 3 + text.greenF()) / 4,
            (window.blueF() * 3 + text.blueF()) / 4,
        )
        return cls(
            background=window.name(),
            text=text.name(),
            grid=mixed.name(),
            is_dark=window.lightnessF() < 0.5,
        )

    def state_colour(self, state: PostureState) -> str:
        style = _STATE_STYLES[state]
        return style.dark if self.is_dark else style.light

    def marker_colour(self, kind: EventKind) -> str:
        style = _MARKER_STYLES[kind]
        colour = style.dark if self.is_dark else style.light
        return colour or self.text


_CJK_FAMILIES: Final = ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic",
                        "TakaoGothic", "VL Gothic", "Droid Sans Fallback")
"""Fonts with Japanese glyphs, in order of preference, as Linux distributions package them."""


def _use_a_font_for_every_language() -> None:
    installed = {font.name for font in font_manager.fontManager.ttflist}
    matplotlib.rcParams["font.family"] = [
        "DejaVu Sans", *(name for name in _CJK_FAMILIES if name in installed)]


class _ChartWidget(QWidget):
    """A QWidget holding one matplotlib figure, redrawn from stored data on palette changes."""

    def __init__(self, figsize_in: tuple[float, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _use_a_font_for_every_language()
        self._figure = Figure(figsize=figsize_in, layout="constrained")
        # matplotlib's Qt backend has no annotations (its Qt classes are chosen at run time).
        self._canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)

    @property
    def figure(self) -> Figure:
        """The matplotlib figure (for saving an image of the chart)."""
        return self._figure

    def _theme(self) -> _Theme:
        return _Theme.from_palette(self.palette())

    def _font_pt(self) -> float:
        size = self.font().pointSizeF()
        return size if size > 0 else _BASE_FONT_PT

    def _redraw(self) -> None:
        self._figure.clear()
        theme = self._theme()
        self._figure.set_facecolor(theme.background)
        self._draw(theme)
        self._canvas.draw_idle()  # type: ignore[no-untyped-call]

    def _draw(self, theme: _Theme) -> None:
        raise NotImplementedError

    def _style_axes(self, axes: Axes, theme: _Theme) -> None:
        axes.set_facecolor(theme.background)
        for spine in axes.spines.values():
            spine.set_color(theme.grid)
        axes.tick_params(colors=theme.text, labelsize=self._font_pt())
        axes.yaxis.label.set_color(theme.text)
        axes.xaxis.label.set_color(theme.text)
        axes.title.set_color(theme.text)

    def _legend(self, handles: list[Any], theme: _Theme, columns: int) -> None:
        """A legend under the plot, outside it, so it never hides data."""
        legend = self._figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=columns,
            frameon=False,
            fontsize=self._font_pt(),
            handlelength=1.6,
            columnspacing=1.2,
        )
        for text in legend.get_texts():
            text.set_color(theme.text)

    @override
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Redraw with the new colours when the palette (light/dark theme) or font changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._redraw()


def _hour_label(hour: int) -> str:
    """A full hour as the app's locale writes a time: "09:00", "9:00 AM"."""
    return QLocale().toString(QTime(hour % 24, 0), QLocale.FormatType.ShortFormat)


class DayTimelineChart(_ChartWidget):
    """One day as a horizontal band over the hours, coloured by posture state, with break markers.

    The band shows each recorded span in its state's colour and hatch; a row above it shows
    break events as symbols (due, taken, snoozed, skipped, natural break). The hours shown run
    from the first to the last thing recorded, at least four hours.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((8.0, 2.4), parent)
        self._summary: DaySummary | None = None
        # The band reads best short and wide; extra height would only stretch it.
        self.setMinimumHeight(200)
        self.setMaximumHeight(280)
        self.setAccessibleName(self.tr("Timeline of the day"))
        self._redraw()

    def show_day(self, summary: DaySummary) -> None:
        """Draw `summary`'s timeline and markers (an empty day draws an empty band)."""
        self._summary = summary
        self.setAccessibleDescription(self._describe(summary))
        self._redraw()

    def _describe(self, summary: DaySummary) -> str:
        minutes: Counter[PostureState] = Counter()
        for span in summary.timeline:
            minutes[span.state] += span.length_min
        kinds = Counter(marker.kind for marker in summary.markers)
        parts = [
            translate("status", POSTURE_LABELS[state]) + " "
            + format_duration_min(minutes[state])
            for state in _STATE_STYLES
            if minutes[state]
        ]
        parts += [f"{marker_label(kind)}: {kinds[kind]}" for kind in _MARKER_STYLES if kinds[kind]]
        return "; ".join(parts) if parts else self.tr("Nothing recorded")

    def _hour_range(self, summary: DaySummary) -> tuple[int, int]:
        starts = [span.start_min_of_day for span in summary.timeline]
        ends = [span.start_min_of_day + span.length_min for span in summary.timeline]
        starts += [marker.min_of_day for marker in summary.markers]
        ends += [marker.min_of_day + 1 for marker in summary.markers]
        if not starts:
            return 8, 18
        first_h = max(0, min(starts) // 60)
        last_h = min(24, math.ceil(max(ends) / 60))
        if last_h - first_h < _MIN_HOURS_SHOWN:
            last_h = min(24, first_h + _MIN_HOURS_SHOWN)
            first_h = max(0, last_h - _MIN_HOURS_SHOWN)
        return first_h, last_h

    @override
    def _draw(self, theme: _Theme) -> None:
        axes = self._figure.add_subplot()
        self._style_axes(axes, theme)
        summary = self._summary or DaySummary(date=date.min)
        spans_by_state: dict[PostureState, list[tuple[float, float]]] = {
            state: [] for state in _STATE_STYLES
        }
        for span in summary.timeline:
            spans_by_state[span.state].append((span.start_min_of_day / 60, span.length_min / 60))
        for state, spans in spans_by_state.items():
            if spans:
                axes.broken_barh(
                    spans,
                    (0.0, 1.0),
                    facecolors=theme.state_colour(state),
                    edgecolors=theme.text,
                    linewidth=0,
                    hatch=_STATE_STYLES[state].hatch or None,
                )
        # Reminders sit a little below the user's answers, so a break taken a minute after it
        # was due shows both symbols instead of one on top of the other.
        marker_y, due_y, answer_y = 1.55, 1.38, 1.72
        for kind, style in _MARKER_STYLES.items():
            xs = [m.min_of_day / 60 for m in summary.markers if m.kind is kind]
            if xs:
                colour = theme.marker_colour(kind)
                axes.plot(
                    xs,
                    [due_y if kind is EventKind.BREAK_DUE else answer_y] * len(xs),
                    linestyle="none",
                    marker=style.symbol,
                    markersize=9,
                    markerfacecolor=colour if style.is_filled else "none",
                    markeredgecolor=theme.text if style.is_filled else colour,
                    markeredgewidth=0.8 if style.is_filled else 1.4,
                )
        first_h, last_h = self._hour_range(summary)
        axes.set_xlim(first_h, last_h)
        axes.set_ylim(-0.15, 1.95)
        step = 1 if last_h - first_h <= 12 else 2
        hours = list(range(first_h, last_h + 1, step))
        axes.set_xticks(hours, [_hour_label(hour) for hour in hours])
        axes.set_yticks([0.5, marker_y], [self.tr("Posture"), self.tr("Breaks")])
        axes.tick_params(axis="y", length=0)
        axes.grid(axis="x", color=theme.grid, linewidth=0.6)
        axes.set_axisbelow(True)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        handles: list[Any] = [
            Patch(
                facecolor=theme.state_colour(state),
                edgecolor=theme.text,
                linewidth=0.5,
                hatch=style.hatch or None,
                label=translate("status", POSTURE_LABELS[state]),
            )
            for state, style in _STATE_STYLES.items()
        ]
        handles += [
            Line2D(
                [],
                [],
                linestyle="none",
                marker=style.symbol,
                markersize=8,
                markerfacecolor=theme.marker_colour(kind) if style.is_filled else "none",
                markeredgecolor=theme.text if style.is_filled else theme.marker_colour(kind),
                label=marker_label(kind),
            )
            for kind, style in _MARKER_STYLES.items()
        ]
        self._legend(handles, theme, columns=5)


class HistoryTrendChart(_ChartWidget):
    """Trends over 7 or 30 days: upright share, breaks taken against due, longest sitting.

    Three stacked panels share the day axis: bars of the upright share (percent of judged
    time), pairs of bars for breaks due (outlined, hatched) and taken (filled), and a line of
    the longest unbroken sitting stretch in minutes. Days without data leave a gap.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((8.0, 5.6), parent)
        self._summaries: tuple[DaySummary, ...] = ()
        self.setMinimumHeight(380)
        self.setAccessibleName(self.tr("Posture and break trends"))
        self._redraw()

    def show_days(self, summaries: Sequence[DaySummary]) -> None:
        """Draw the trend of `summaries` (oldest first, one per day, empty days included)."""
        self._summaries = tuple(summaries)
        self.setAccessibleDescription(self._describe())
        self._redraw()

    def _describe(self) -> str:
        days = [s for s in self._summaries if s.has_data]
        if not days:
            return self.tr("Nothing recorded in these days")
        parts = []
        for summary in days:
            share = format_share(summary.upright_share)
            text = self.tr("{day}: {share} upright, {taken} of {due} breaks, longest sit {sit}")
            parts.append(
                text.format(
                    day=_day_text(summary.date, day_format()),
                    share=share,
                    taken=summary.breaks_taken,
                    due=summary.breaks_due,
                    sit=format_duration_min(summary.longest_sitting_min),
                )
            )
        return "; ".join(parts)

    def _day_labels(self) -> list[str]:
        if len(self._summaries) <= 10:
            return [_day_text(s.date, day_on_two_lines_format()) for s in self._summaries]
        labels = []
        for index, summary in enumerate(self._summaries):
            is_shown = index % 5 == 0 or index == len(self._summaries) - 1
            labels.append(_day_text(summary.date, date_format()) if is_shown else "")
        return labels

    @override
    def _draw(self, theme: _Theme) -> None:
        share_axes, breaks_axes, sitting_axes = self._figure.subplots(3, 1, sharex=True)
        font_pt = self._font_pt()
        xs = list(range(len(self._summaries)))
        upright = theme.state_colour(PostureState.UPRIGHT)
        for axes in (share_axes, breaks_axes, sitting_axes):
            self._style_axes(axes, theme)
            axes.grid(axis="y", color=theme.grid, linewidth=0.6)
            axes.set_axisbelow(True)
            for side in ("top", "right"):
                axes.spines[side].set_visible(False)

        shares = [
            math.nan if s.upright_share is None else s.upright_share * 100 for s in self._summaries
        ]
        share_axes.bar(xs, shares, width=0.7, color=upright, edgecolor=theme.text, linewidth=0.4)
        share_axes.set_ylim(0, 100)
        if len(self._summaries) <= 10:
            for x, share in zip(xs, shares, strict=True):
                if math.isnan(share):
                    share_axes.text(
                        x, 4, self.tr("no data"), ha="center", fontsize=font_pt, color=theme.text
                    )
        share_axes.set_yticks([0, 50, 100], [format_share(share) for share in (0.0, 0.5, 1.0)])
        share_axes.set_title(
            self.tr("Upright share of judged time"), loc="left", fontsize=font_pt, color=theme.text
        )

        due = [s.breaks_due for s in self._summaries]
        taken = [s.breaks_taken for s in self._summaries]
        width = 0.38
        breaks_axes.bar(
            [x - width / 2 for x in xs],
            due,
            width=width,
            facecolor="none",
            edgecolor=theme.text,
            hatch="///",
            linewidth=0.8,
            label=self.tr("Due"),
        )
        breaks_axes.bar(
            [x + width / 2 for x in xs],
            taken,
            width=width,
            color=theme.marker_colour(EventKind.BREAK_TAKEN),
            edgecolor=theme.text,
            linewidth=0.4,
            label=self.tr("Taken"),
        )
        breaks_axes.set_ylim(0, max([*due, *taken, 1]) * 1.25)
        breaks_axes.yaxis.get_major_locator().set_params(integer=True)
        breaks_axes.set_title(
            self.tr("Breaks taken and due"), loc="left", fontsize=font_pt, color=theme.text
        )
        # Above the panel, right of its title: inside it would cover the bars of 30 days.
        legend = breaks_axes.legend(
            loc="lower right",
            bbox_to_anchor=(1.0, 1.0),
            ncols=2,
            frameon=False,
            fontsize=font_pt,
            handlelength=1.4,
            borderaxespad=0.1,
        )
        for text in legend.get_texts():
            text.set_color(theme.text)

        sitting = [
            float(s.longest_sitting_min) if s.has_data else math.nan for s in self._summaries
        ]
        sitting_axes.plot(
            xs,
            sitting,
            color=theme.state_colour(PostureState.ROUNDED),
            marker="o",
            markersize=5,
            linewidth=1.8,
        )
        highest = max((value for value in sitting if not math.isnan(value)), default=0.0)
        sitting_axes.set_ylim(0, max(highest * 1.2, 30.0))
        sitting_axes.set_title(
            self.tr("Longest sitting stretch (minutes)"),
            loc="left",
            fontsize=font_pt,
            color=theme.text,
        )
        sitting_axes.set_xticks(xs, self._day_labels())
        sitting_axes.set_xlim(-0.6, max(len(xs), 1) - 0.4)
