"""The app speaks the chosen language: Qt's texts, the core's, and dates in the locale's format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from postureapp.adapters.export import (
    render_weekly_report_html,
    summaries_csv_text,
    summaries_json_text,
)
from postureapp.adapters.settings_file import SETTINGS_FILE_NAME, JsonSettingsRepository
from postureapp.core.break_prompt import build_break_prompt
from postureapp.core.day_summary import DaySummary
from postureapp.core.i18n import install_translator
from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.settings import Settings
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus
from postureapp.core.stretches import STRETCHES_BY_ID
from postureapp.ui.break_window import BreakWindow
from postureapp.ui.language import day_format, install_language, report_dates
from postureapp.ui.settings_dialog import SettingsDialog
from tests.pseudo_locale import PSEUDO_LANGUAGE, pseudo_text, write_pseudo_catalogue


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; afterwards English again, with the locale it had."""
    before = QLocale()
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    install_translator(None)
    QLocale.setDefault(before)


def _label(window: QWidget, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def _texts(window: QWidget) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def _prompt(sitting_min: int, snooze_min: int) -> BreakWindow:
    window = BreakWindow(lambda: 0.0)
    window.show_prompt(build_break_prompt(
        [STRETCHES_BY_ID["thoracic-extension"]], break_length_s=240.0,
        sitting_s=sitting_min * 60.0, can_snooze=True, snoozes_used=0, snooze_min=snooze_min,
        snooze_note="", show_safety=True))
    return window


def _status(sitting_min: int) -> AppStatus:
    return AppStatus(TimerState.SITTING, PostureState.UPRIGHT, CameraStatus.OK,
                     sitting_s=sitting_min * 60.0, sitting_limit_s=1800.0,
                     seconds_until_break=(30 - sitting_min) * 60.0)


def test_german_windows_show_german_qt_and_core_texts_with_plural_forms(
    app: QApplication, qtbot: QtBot
) -> None:
    locale = install_language(app, "de")
    one_minute, many_minutes = _prompt(1, 1), _prompt(55, 5)
    qtbot.addWidget(one_minute)
    qtbot.addWidget(many_minutes)

    assert locale.language() is QLocale.Language.German
    assert one_minute.windowTitle() == "Pausenzeit – postureapp"
    assert _label(one_minute, "sitting_label") == (
        "Sie sitzen seit 1 Minute – Zeit, aufzustehen und sich zu bewegen.")
    assert _label(many_minutes, "sitting_label") == (
        "Sie sitzen seit 55 Minuten – Zeit, aufzustehen und sich zu bewegen.")
    assert _label(many_minutes, "card_name_label") == "Streckung der Brustwirbelsäule"
    assert _label(many_minutes, "card_dose_label") == (
        "Darüber zurücklehnen und 20-30\u00a0s halten; 3-5\u00a0Mal")  # no break in a dose
    assert "Holen Sie sich umgehend ärztliche Hilfe" in _texts(many_minutes)
    assert _status(20).lines()[0] == "Seit 20 Min. im Sitzen, nächste Pause in 10 Min."


def test_dates_and_numbers_follow_the_chosen_language(app: QApplication) -> None:
    install_language(app, "de")

    day = QLocale().toString(QDate(2026, 11, 23), "dddd d. MMMM yyyy")

    assert day == "Montag 23. November 2026"
    assert QLocale().toString(QDate(2026, 11, 23), day_format()) == "Mo., 23. Nov."
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"


def test_the_weekly_report_speaks_german_with_german_dates(app: QApplication) -> None:
    install_language(app, "de")
    monday = DaySummary(date=date(2026, 11, 16), monitored_min=90.0, upright_share=0.75,
                        breaks_due=2, breaks_taken=1, stretch_counts=(("cat-cow", 2),))
    sunday = DaySummary(date=date(2026, 11, 22))

    page = render_weekly_report_html([monday, sunday], generated_at=datetime(2026, 11, 23, 8, 5),
                                     dates=report_dates())

    assert '<html lang="de">' in page
    assert "<h1>Haltung und Pausen: Wochenbericht</h1>" in page
    assert "<h2>Tag für Tag</h2>" in page
    assert "<th>Pausen gemacht / fällig</th>" in page
    assert "<li>Beobachtet<b>1 Std. 30 Min.</b></li>" in page
    assert "<td>Mo., 16. Nov. 2026</td>" in page
    assert "Mo., 16. Nov. 2026 bis So., 22. Nov. 2026." in page
    assert ">Mo.</text>" in page  # the chart's weekday
    assert "Erstellt am 23.11.26 08:05." in page
    assert "kein Medizinprodukt" in page
    assert "Katze-Kuh" in page  # the stretch by its German name
    assert "Day by day" not in page and "Mon" not in page


def test_csv_and_json_exports_are_data_that_no_language_changes(app: QApplication) -> None:
    days = [DaySummary(date=date(2026, 11, 16), monitored_min=90.0, upright_share=0.75,
                       stretch_counts=(("cat-cow", 2),)), DaySummary(date=date(2026, 11, 17))]
    english = summaries_csv_text(days), summaries_json_text(days)

    install_language(app, "de")

    assert (summaries_csv_text(days), summaries_json_text(days)) == english


def test_what_reading_the_settings_file_reset_is_said_in_the_language_installed_later(
    app: QApplication, tmp_path: Path
) -> None:
    (tmp_path / SETTINGS_FILE_NAME).write_text('{"snooze_min": -1, "sound_enabled": "yes"}')
    repository = JsonSettingsRepository(tmp_path)
    loaded = repository.load_report()  # at start, before Qt: no translator yet

    install_language(app, "de")

    assert [problem.text() for problem in loaded.problems][:2] == [
        "„Aufschieben um (Minuten)“ wurde auf 5 zurückgesetzt: muss zwischen 1 und 30 liegen "
        "(Wert: -1).",
        "„Ton bei Erinnerungen“ wurde auf „aus“ zurückgesetzt: muss true oder false sein "
        "(Wert: 'yes').",
    ]
    assert loaded.problems[0].english() == (
        "Snooze (minutes) was reset to 5: must be between 1 and 30, got -1.")


def test_the_settings_dialog_refuses_in_german(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    install_language(app, "de")
    dialog = SettingsDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)
    for name in ("work_start", "work_end"):
        edit = dialog.findChild(QTimeEdit, name)
        assert edit is not None
        edit.setTime(QTime(17, 0))

    ok = dialog.findChild(QPushButton, "ok_button")
    assert ok is not None
    with qtbot.assertNotEmitted(dialog.settings_changed):
        ok.click()

    assert _label(dialog, "error_label") == (
        "Nicht gespeichert. Ende der Arbeitszeit: muss sich vom Beginn der Arbeitszeit "
        "unterscheiden")


def test_a_language_without_a_catalogue_shows_english_in_its_locale(app: QApplication) -> None:
    locale = install_language(app, "it")

    assert locale.language() is QLocale.Language.Italian
    assert _status(20).lines()[0] == "Sitting for 20 min, next break in 10 min"
    assert QLocale().toString(QDate(2026, 11, 23), "MMMM") == "novembre"


def test_choosing_again_replaces_the_earlier_language(app: QApplication, qtbot: QtBot) -> None:
    install_language(app, "de")
    install_language(app, "en")
    window = _prompt(55, 5)
    qtbot.addWidget(window)

    assert _status(20).lines()[0] == "Sitting for 20 min, next break in 10 min"
    assert window.windowTitle() == "Break time — postureapp"


def test_the_pseudo_locale_reaches_every_kind_of_text(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    catalogue = write_pseudo_catalogue(tmp_path)
    install_language(app, PSEUDO_LANGUAGE, catalogue.parent)
    dialog = SettingsDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == pseudo_text("Settings — postureapp")
    assert _status(20).lines()[0] == pseudo_text(
        "Sitting for {minutes} min, next break in {until} min").format(minutes=20, until=10)


def test_the_pseudo_locale_is_longer_and_keeps_what_code_fills_in() -> None:
    text = pseudo_text("S&nooze {minutes} min, <b>now</b> %n\nlater")

    assert "{minutes}" in text and "<b>" in text and "%n" in text and "\n" in text
    assert text.count("&") == 1
    assert len(text) > len("S&nooze {minutes} min, <b>now</b> %n\nlater") * 1.15
    assert not text.isascii()
