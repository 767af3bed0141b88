"""Charts of the posture history: a day's timeline and the 7/30-day trends, drawn with QPainter.

Why QPainter: the charts are a band, bars and a line, which a few dozen lines of painting draw
as well as a plotting library; matplotlib (the charts' earlier engine) kept about 65 MB resident
once the summary window had opened and was most of the desktop build's size beyond what the
tray needs, and Qt's own QtCharts is only in the large PySide6-Addons wheel, while the app ships
the PySide6-Essentials wheel alone.

The charts take their colours from the widget's QPalette (window and text colours), so they are
readable in light and dark themes, and they repaint when the palette or font changes. Posture
states are told apart by colour and by hatch pattern, break markers by symbol shape, and a
legend names them all, so no meaning rests on colour alone. Each chart also describes what it
shows in its accessible description, for screen readers. Labels are in the user's language;
Qt falls back glyph by glyph to an installed font that has them (a CJK font for Japanese).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from postureapp.core.day_summary import (
    DaySummary,
    breaks_text,
    format_duration_min,
    format_share,
)
from postureapp.core.events import EventKind
from postureapp.core.i18n import translate
from postureapp.core.samples import PostureState
from postureapp.core.status import POSTURE_LABELS
from postureapp.ui.language import date_format, day_format, day_on_two_lines_format, day_text
from postureapp.ui.override import override
from postureapp.ui.theme import mix


@dataclass(frozen=True, slots=True)
class _StateStyle:
    light: str
    dark: str
    hatch: Qt.BrushStyle


# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), a lighter
# variant for dark backgrounds, and a hatch so print-outs and greyscale still tell them apart.
_STATE_STYLES: Final[dict[PostureState, _StateStyle]] = {
    PostureState.UPRIGHT: _StateStyle("#0072B2", "#56B4E9", Qt.BrushStyle.NoBrush),
    PostureState.ROUNDED: _StateStyle("#D55E00", "#E69F00", Qt.BrushStyle.BDiagPattern),
    PostureState.AWAY: _StateStyle("#BBBBBB", "#5A5A5A", Qt.BrushStyle.Dense6Pattern),
    PostureState.UNKNOWN: _StateStyle("#E8E8E8", "#3A3A3A", Qt.BrushStyle.DiagCrossPattern),
}


class _Shape(Enum):
    TRIANGLE_DOWN = "v"
    CIRCLE = "o"
    SQUARE = "s"
    CROSS = "X"
    TRIANGLE_UP = "^"


@dataclass(frozen=True, slots=True)
class _MarkerStyle:
    shape: _Shape
    light: str
    dark: str
    is_filled: bool = True


_MARKER_STYLES: Final[dict[EventKind, _MarkerStyle]] = {
    EventKind.BREAK_DUE: _MarkerStyle(_Shape.TRIANGLE_DOWN, "", "", is_filled=False),  # hollow
    EventKind.BREAK_TAKEN: _MarkerStyle(_Shape.CIRCLE, "#009E73", "#2BD4A0"),
    EventKind.BREAK_SNOOZED: _MarkerStyle(_Shape.SQUARE, "#B8860B", "#F0E442"),
    EventKind.BREAK_SKIPPED: _MarkerStyle(_Shape.CROSS, "#C0392B", "#FF7F6E"),
    EventKind.NATURAL_BREAK: _MarkerStyle(_Shape.TRIANGLE_UP, "#8E44AD", "#CC79A7"),
}
"""Break events drawn on the timeline; BREAK_STARTED is left out (BREAK_TAKEN follows it)."""

_MIN_HOURS_SHOWN: Final = 4
_MARKER_SIZE_PX: Final = 11.0
_PAD_PX: Final = 6.0


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
    """Colours taken from a palette."""

    background: QColor
    text: QColor
    grid: QColor
    is_dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> _Theme:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        return cls(
            background=window,
            text=text,
            grid=mix(window, text, 0.25),
            is_dark=window.lightnessF() < 0.5,
        )

    def state_colour(self, state: PostureState) -> QColor:
        style = _STATE_STYLES[state]
        return QColor(style.dark if self.is_dark else style.light)

    def marker_colour(self, kind: EventKind) -> QColor:
        style = _MARKER_STYLES[kind]
        colour = style.dark if self.is_dark else style.light
        return QColor(colour) if colour else self.text


def _marker_path(shape: _Shape, centre: QPointF, size_px: float) -> QPainterPath:
    """The outline of a marker symbol of `size_px` across, centred on `centre`."""
    half = size_px / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if shape is _Shape.CIRCLE:
        path.addEllipse(centre, half * 0.9, half * 0.9)
    elif shape is _Shape.SQUARE:
        path.addRect(QRectF(x - half * 0.8, y - half * 0.8, half * 1.6, half * 1.6))
    elif shape is _Shape.CROSS:
        arm = half * 0.35  # how far each bar of the X reaches past its centre line
        path.addPolygon(QPolygonF(_cross_points(x, y, half, arm)))
        path.closeSubpath()
    else:
        tip = 1 if shape is _Shape.TRIANGLE_DOWN else -1
        path.addPolygon(QPolygonF([QPointF(x - half, y - tip * half * 0.8),
                                   QPointF(x + half, y - tip * half * 0.8),
                                   QPointF(x, y + tip * half)]))
        path.closeSubpath()
    return path


def _cross_points(x: float, y: float, half: float, arm: float) -> list[QPointF]:
    """The twelve corners of a thick X: each bar ends in a square cut, `arm` wide."""
    relative = [(-half, -half + arm), (-half + arm, -half), (0.0, -arm), (half - arm, -half),
                (half, -half + arm), (arm, 0.0), (half, half - arm), (half - arm, half),
                (0.0, arm), (-half + arm, half), (-half, half - arm), (-arm, 0.0)]
    return [QPointF(x + dx, y + dy) for dx, dy in relative]


def _draw_marker(painter: QPainter, kind: EventKind, centre: QPointF, theme: _Theme,
                 size_px: float = _MARKER_SIZE_PX) -> None:
    style = _MARKER_STYLES[kind]
    colour = theme.marker_colour(kind)
    path = _marker_path(style.shape, centre, size_px)
    if style.is_filled:
        painter.setPen(QPen(theme.text, 0.8))
        painter.setBrush(colour)
    else:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _fill_state(painter: QPainter, rect: QRectF, state: PostureState, theme: _Theme) -> None:
    """A rectangle in the state's colour, with its hatch drawn over it in the text colour."""
    painter.fillRect(rect, theme.state_colour(state))
    hatch = _STATE_STYLES[state].hatch
    if hatch is not Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(theme.text, hatch))


def _nice_ticks(top: float, *, is_integer: bool = False, most: int = 5) -> list[float]:
    """0 and round steps (1, 2 or 5 times a power of ten) up to `top`, at most `most + 1`."""
    if top <= 0:
        return [0.0]
    magnitude = 10 ** math.floor(math.log10(top / most))
    step = next(m * magnitude for m in (1, 2, 5, 10) if top / (m * magnitude) <= most)
    if is_integer:
        step = max(1.0, float(math.ceil(step)))
    count = int(top / step + 1e-9)
    return [i * step for i in range(count + 1)]


def _tick_text(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


@dataclass(frozen=True, slots=True)
class _LegendItem:
    label: str
    draw_key: Callable[[QPainter, QRectF], None]


class _ChartWidget(QWidget):
    """A QWidget that paints one chart from stored data with the palette's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint the background and the chart."""
        theme = _Theme.from_palette(self.palette())
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), theme.background)
            painter.setFont(self.font())
            self._draw(painter, theme, QRectF(self.rect()).adjusted(_PAD_PX, _PAD_PX,
                                                                     -_PAD_PX, -_PAD_PX))
        finally:
            painter.end()

    def _draw(self, painter: QPainter, theme: _Theme, area: QRectF) -> None:
        raise NotImplementedError

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _text(self, painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str,
              theme: _Theme) -> None:
        painter.setPen(theme.text)
        painter.drawText(rect, int(flags), text)

    def _legend_height(self, items: Sequence[_LegendItem], width: float) -> float:
        return len(self._legend_rows(items, width)) * self._metrics().height() * 1.4

    def _legend_rows(self, items: Sequence[_LegendItem],
                     width: float) -> list[list[tuple[_LegendItem, float]]]:
        """The items flowed into centred rows, each with its width."""
        metrics = self._metrics()
        key_px = metrics.height() * 1.3
        rows: list[list[tuple[_LegendItem, float]]] = [[]]
        used = 0.0
        for item in items:
            item_px = key_px + 4 + metrics.horizontalAdvance(item.label) + metrics.height()
            if rows[-1] and used + item_px > width:
                rows.append([])
                used = 0.0
            rows[-1].append((item, item_px))
            used += item_px
        return rows

    def _draw_legend(self, painter: QPainter, items: Sequence[_LegendItem], area: QRectF,
                     theme: _Theme) -> None:
        """A legend in centred rows inside `area` (under the plot, so it never hides data)."""
        metrics = self._metrics()
        line_px = metrics.height()
        key_px = line_px * 1.3
        y = area.top()
        for row in self._legend_rows(items, area.width()):
            x = area.center().x() - sum(width for _, width in row) / 2
            for item, item_px in row:
                key = QRectF(x, y + line_px * 0.2, key_px, line_px * 0.9)
                item.draw_key(painter, key)
                self._text(painter, QRectF(key.right() + 4, y, item_px, line_px * 1.3),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           item.label, theme)
                x += item_px
            y += line_px * 1.4

    @override
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Repaint with the new colours when the palette (light/dark theme) or font changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()


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
        super().__init__(parent)
        self._summary: DaySummary | None = None
        # The band reads best short and wide; extra height would only stretch it.
        self.setMinimumHeight(200)
        self.setMaximumHeight(280)
        self.setAccessibleName(self.tr("Timeline of the day"))

    def show_day(self, summary: DaySummary) -> None:
        """Draw `summary`'s timeline and markers (an empty day draws an empty band)."""
        self._summary = summary
        self.setAccessibleDescription(self._describe(summary))
        self.update()

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

    def _legend_items(self, theme: _Theme) -> list[_LegendItem]:
        def state_key(state: PostureState) -> Callable[[QPainter, QRectF], None]:
            def draw(painter: QPainter, key: QRectF) -> None:
                _fill_state(painter, key, state, theme)
                painter.setPen(QPen(theme.text, 0.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(key)

            return draw

        def marker_key(kind: EventKind) -> Callable[[QPainter, QRectF], None]:
            return lambda painter, key: _draw_marker(painter, kind, key.center(), theme)

        items = [_LegendItem(translate("status", POSTURE_LABELS[state]), state_key(state))
                 for state in _STATE_STYLES]
        items += [_LegendItem(marker_label(kind), marker_key(kind)) for kind in _MARKER_STYLES]
        return items

    @override
    def _draw(self, painter: QPainter, theme: _Theme, area: QRectF) -> None:
        summary = self._summary or DaySummary(date=date.min)
        metrics = self._metrics()
        line_px = metrics.height()
        legend = self._legend_items(theme)
        legend_px = self._legend_height(legend, area.width())
        first_h, last_h = self._hour_range(summary)
        step = 1 if last_h - first_h <= 12 else 2
        hours = list(range(first_h, last_h + 1, step))
        row_labels = (self.tr("Posture"), self.tr("Breaks"))
        left_px = max(metrics.horizontalAdvance(label) for label in row_labels) + 10
        right_px = metrics.horizontalAdvance(_hour_label(last_h)) / 2
        plot = QRectF(area.left() + left_px, area.top(),
                      area.width() - left_px - right_px,
                      area.height() - legend_px - line_px - 8)
        if plot.width() <= 0 or plot.height() <= 0:
            return

        def x_of(hour: float) -> float:
            return plot.left() + (hour - first_h) / (last_h - first_h) * plot.width()

        def y_of(value: float) -> float:  # the band is 0..1, markers above it, up to 1.95
            return plot.bottom() - (value + 0.15) / 2.1 * plot.height()

        for hour in hours:
            painter.setPen(QPen(theme.grid, 0.6))
            painter.drawLine(QPointF(x_of(hour), plot.top()), QPointF(x_of(hour), plot.bottom()))
            self._text(painter, QRectF(x_of(hour) - 40, plot.bottom() + 4, 80, line_px),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       _hour_label(hour), theme)
        painter.setPen(QPen(theme.grid, 1.0))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

        painter.save()
        painter.setClipRect(plot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp span edges
        for span in summary.timeline:
            start_h = span.start_min_of_day / 60
            band = QRectF(QPointF(x_of(start_h), y_of(1.0)),
                          QPointF(x_of(start_h + span.length_min / 60), y_of(0.0)))
            _fill_state(painter, band, span.state, theme)
        painter.restore()

        # Reminders sit a little below the user's answers, so a break taken a minute after it
        # was due shows both symbols instead of one on top of the other.
        marker_y, due_y, answer_y = 1.55, 1.38, 1.72
        for marker in summary.markers:
            if marker.kind in _MARKER_STYLES:
                y = due_y if marker.kind is EventKind.BREAK_DUE else answer_y
                _draw_marker(painter, marker.kind, QPointF(x_of(marker.min_of_day / 60), y_of(y)),
                             theme)

        for label, value in zip(row_labels, (0.5, marker_y), strict=True):
            self._text(painter, QRectF(area.left(), y_of(value) - line_px / 2, left_px - 6,
                                       line_px),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label, theme)
        self._draw_legend(painter, legend,
                          QRectF(area.left(), area.bottom() - legend_px, area.width(), legend_px),
                          theme)


@dataclass(frozen=True, slots=True)
class _Panel:
    """One of the trend chart's stacked panels: its plot rectangle and value range."""

    plot: QRectF
    top_value: float
    first_x: float
    last_x: float

    def x_of(self, index: float) -> float:
        return self.plot.left() + (index - self.first_x) / (self.last_x - self.first_x) * (
            self.plot.width()
        )

    def y_of(self, value: float) -> float:
        return self.plot.bottom() - value / self.top_value * self.plot.height()


class HistoryTrendChart(_ChartWidget):
    """Trends over 7 or 30 days: upright share, breaks taken against due, longest sitting.

    Three stacked panels share the day axis: bars of the upright share (percent of judged
    time), pairs of bars for breaks due (outlined, hatched) and taken (filled), and a line of
    the longest unbroken sitting stretch in minutes. Days without data leave a gap.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: tuple[DaySummary, ...] = ()
        self.setMinimumHeight(380)
        self.setAccessibleName(self.tr("Posture and break trends"))

    def show_days(self, summaries: Sequence[DaySummary]) -> None:
        """Draw the trend of `summaries` (oldest first, one per day, empty days included)."""
        self._summaries = tuple(summaries)
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        days = [s for s in self._summaries if s.has_data]
        if not days:
            return self.tr("Nothing recorded in these days")
        parts = []
        for summary in days:
            share = format_share(summary.upright_share)
            text = self.tr("{day}: {share} upright, {breaks}, longest sit {sit}")
            parts.append(
                text.format(
                    day=day_text(summary.date, day_format()),
                    share=share,
                    breaks=breaks_text(summary.breaks_taken, summary.breaks_due),
                    sit=format_duration_min(summary.longest_sitting_min),
                )
            )
        return "; ".join(parts)

    def _day_labels(self) -> list[str]:
        if len(self._summaries) <= 10:
            return [day_text(s.date, day_on_two_lines_format()) for s in self._summaries]
        labels = []
        for index, summary in enumerate(self._summaries):
            is_shown = index % 5 == 0 or index == len(self._summaries) - 1
            labels.append(day_text(summary.date, date_format()) if is_shown else "")
        return labels

    def _panel_frame(self, painter: QPainter, theme: _Theme, panel: _Panel, title: str,
                     ticks: Sequence[tuple[float, str]]) -> None:
        """The panel's title, horizontal grid lines with their labels, and its axes."""
        metrics = self._metrics()
        line_px = metrics.height()
        self._text(painter, QRectF(panel.plot.left(), panel.plot.top() - line_px - 4,
                                   panel.plot.width(), line_px),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title, theme)
        for value, label in ticks:
            y = panel.y_of(value)
            painter.setPen(QPen(theme.grid, 0.6))
            painter.drawLine(QPointF(panel.plot.left(), y), QPointF(panel.plot.right(), y))
            self._text(painter, QRectF(panel.plot.left() - 80 - 6, y - line_px / 2, 80, line_px),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label, theme)
        painter.setPen(QPen(theme.grid, 1.0))
        painter.drawLine(panel.plot.topLeft(), panel.plot.bottomLeft())
        painter.drawLine(panel.plot.bottomLeft(), panel.plot.bottomRight())

    @override
    def _draw(self, painter: QPainter, theme: _Theme, area: QRectF) -> None:
        metrics = self._metrics()
        line_px = metrics.height()
        count = len(self._summaries)
        labels = self._day_labels()
        # As tall as the labels are laid out: a language whose glyphs come from a fallback font
        # (Japanese) has taller lines than this font's own height.
        room = QRectF(0, 0, 1000, 1000)
        label_px = max((metrics.boundingRect(room, Qt.AlignmentFlag.AlignHCenter, label).height()
                        for label in labels), default=line_px)
        left_px = metrics.horizontalAdvance(format_share(1.0)) + 12
        bottom_px = label_px + 6
        panel_gap_px = line_px + 10  # room for each panel's title
        panel_px = (area.height() - bottom_px - 3 * panel_gap_px) / 3
        if panel_px <= 10 or area.width() <= left_px:
            return
        first_x, last_x = -0.6, max(count, 1) - 0.4

        def panel(index: int, top_value: float) -> _Panel:
            top = area.top() + panel_gap_px + index * (panel_px + panel_gap_px)
            return _Panel(QRectF(area.left() + left_px, top, area.width() - left_px, panel_px),
                          top_value, first_x, last_x)

        self._draw_shares(painter, theme, panel(0, 100.0))
        due = [s.breaks_due for s in self._summaries]
        taken = [s.breaks_taken for s in self._summaries]
        self._draw_breaks(painter, theme, panel(1, max([*due, *taken, 1]) * 1.25), due, taken)
        sitting = [float(s.longest_sitting_min) if s.has_data else math.nan
                   for s in self._summaries]
        highest = max((value for value in sitting if not math.isnan(value)), default=0.0)
        bottom_panel = panel(2, max(highest * 1.2, 30.0))
        self._draw_sitting(painter, theme, bottom_panel, sitting)

        width_px = bottom_panel.x_of(1) - bottom_panel.x_of(0)
        for index, label in enumerate(labels):
            if label:
                x = bottom_panel.x_of(index)
                self._text(painter, QRectF(x - max(width_px, 60) / 2, bottom_panel.plot.bottom()
                                           + 4, max(width_px, 60), label_px),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label, theme)

    def _draw_shares(self, painter: QPainter, theme: _Theme, panel: _Panel) -> None:
        self._panel_frame(painter, theme, panel, self.tr("Upright share of judged time"),
                          [(round(share * 100), format_share(share)) for share in (0.0, 0.5, 1.0)])
        bar_px = (panel.x_of(0.35) - panel.x_of(-0.35))
        for index, summary in enumerate(self._summaries):
            x = panel.x_of(index)
            if summary.upright_share is None:
                if len(self._summaries) <= 10:
                    self._text(painter, QRectF(x - 60, panel.y_of(4) - self._metrics().height(),
                                               120, self._metrics().height()),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                               self.tr("no data"), theme)
                continue
            bar = QRectF(QPointF(x - bar_px / 2, panel.y_of(summary.upright_share * 100)),
                         QPointF(x + bar_px / 2, panel.y_of(0)))
            painter.setPen(QPen(theme.text, 0.4))
            painter.setBrush(theme.state_colour(PostureState.UPRIGHT))
            painter.drawRect(bar)

    def _draw_breaks(self, painter: QPainter, theme: _Theme, panel: _Panel,
                     due: Sequence[int], taken: Sequence[int]) -> None:
        ticks = _nice_ticks(panel.top_value, is_integer=True)
        self._panel_frame(painter, theme, panel, self.tr("Breaks taken and due"),
                          [(value, _tick_text(value)) for value in ticks])
        width = 0.38
        taken_colour = theme.marker_colour(EventKind.BREAK_TAKEN)

        def draw_due(bar: QRectF) -> None:
            painter.fillRect(bar, QBrush(theme.text, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(theme.text, 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)

        def draw_taken(bar: QRectF) -> None:
            painter.setPen(QPen(theme.text, 0.4))
            painter.setBrush(taken_colour)
            painter.drawRect(bar)

        for index, (due_count, taken_count) in enumerate(zip(due, taken, strict=True)):
            for offset, count, draw in ((-width / 2, due_count, draw_due),
                                        (width / 2, taken_count, draw_taken)):
                if count:
                    draw(QRectF(QPointF(panel.x_of(index + offset - width / 2),
                                        panel.y_of(count)),
                                QPointF(panel.x_of(index + offset + width / 2), panel.y_of(0))))
        # Above the panel, right of its title: inside it would cover the bars of 30 days.
        legend = [_LegendItem(self.tr("Due"), lambda _painter, key: draw_due(key)),
                  _LegendItem(self.tr("Taken"), lambda _painter, key: draw_taken(key))]
        metrics = self._metrics()
        legend_px = sum(metrics.height() * 2.3 + 4 + metrics.horizontalAdvance(item.label)
                        for item in legend)
        self._draw_legend(painter, legend,
                          QRectF(panel.plot.right() - legend_px,
                                 panel.plot.top() - metrics.height() - 4, legend_px,
                                 metrics.height()), theme)

    def _draw_sitting(self, painter: QPainter, theme: _Theme, panel: _Panel,
                      sitting: Sequence[float]) -> None:
        ticks = _nice_ticks(panel.top_value)
        self._panel_frame(painter, theme, panel, self.tr("Longest sitting stretch (minutes)"),
                          [(value, _tick_text(value)) for value in ticks])
        colour = theme.state_colour(PostureState.ROUNDED)
        points = [None if math.isnan(value) else QPointF(panel.x_of(index), panel.y_of(value))
                  for index, value in enumerate(sitting)]
        painter.setPen(QPen(colour, 1.8))
        for start, end in zip(points, points[1:], strict=False):
            if start is not None and end is not None:  # a day without data leaves a gap
                painter.drawLine(start, end)
        painter.setBrush(colour)
        for point in points:
            if point is not None:
                painter.drawEllipse(point, 3.5, 3.5)
