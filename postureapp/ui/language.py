"""The app's language: Qt's translators for the chosen locale, and the core's texts routed
through them.

The user's setting ("" = the system's locale) picks a QLocale; it becomes Qt's default locale,
so QLocale() formats dates and numbers in that language, and the app's catalogue
(assets/translations/postureapp_<language>.qm) and Qt's own (qtbase_<language>.qm, for the
standard buttons) are installed. A language without a catalogue, English included, shows the
English source texts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from postureapp.core.i18n import install_translator, translate
from postureapp.core.summary_export import ReportDates
from postureapp.ui.resources import translations_dir

# Date patterns for QLocale.toString: the locale names the days and months, and each language
# orders the parts its own way (Japanese: "M月d日(ddd)"), so the patterns are translated too.


def day_with_year_format() -> str:
    """A day with its year: "Mon 23 Nov 2026"."""
    return translate("dates", "ddd d MMM yyyy",
                     "a Qt date pattern (d, dd, ddd, M, MMM, yyyy); order it as your language does")


def day_format() -> str:
    """A day of this year: "Mon 23 Nov"."""
    return translate("dates", "ddd d MMM",
                     "a Qt date pattern (d, dd, ddd, M, MMM); order it as your language does")


def day_on_two_lines_format() -> str:
    """A day under a chart's bar, weekday above the date."""
    return translate("dates", "ddd\nd MMM",
                     "a Qt date pattern on two lines, weekday first; order it your language's way")


def date_format() -> str:
    """A date under a chart's bar where weekdays would crowd: "23 Nov"."""
    return translate("dates", "d MMM",
                     "a Qt date pattern (d, M, MMM); order it as your language does")


def qdate(day: date) -> QDate:
    """A Python date as Qt's."""
    return QDate(day.year, day.month, day.day)


def day_text(day: date, pattern: str) -> str:
    """A day written with a date pattern in the app's locale (day and month names in its
    language)."""
    return QLocale().toString(qdate(day), pattern)


def report_dates() -> ReportDates:
    """The weekly report's days and times in the app's locale and translated date patterns."""
    return ReportDates(
        weekday=lambda day: day_text(day, "ddd"),
        short_date=lambda day: day_text(day, date_format()),
        day=lambda day: day_text(day, day_with_year_format()),
        period_end=lambda day: day_text(day, day_with_year_format()),
        moment=lambda moment: QLocale().toString(
            QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute)),
            QLocale.FormatType.ShortFormat),
    )


def locale_for(language: str) -> QLocale:
    """The locale for a language setting: "" follows the system."""
    return QLocale(language) if language else QLocale.system()


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def install_language(app: QCoreApplication, language: str,
                     catalogues: Path | None = None) -> QLocale:
    """Speak `language` ("" = the system's) from now on; returns the locale in use.

    Replaces the translators an earlier call installed. Windows already built keep their texts:
    the settings dialog says a change takes effect at the next start.

    Args:
        app: The application the translators belong to.
        language: The user's setting.
        catalogues: Where postureapp_<language>.qm files are (tests pass a pseudo-locale's).
    """
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.setParent(None)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_catalogues = str(catalogues or translations_dir())
    for name, folder in (("qtbase", qt_catalogues), ("postureapp", app_catalogues)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
        else:
            translator.setParent(None)
    install_translator(_qt_translate)
    return locale
