"""SettingsDialog, driven like a user: find a control by name, type or click, press a button."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from postureapp.adapters.settings_file import JsonSettingsRepository
from postureapp.core.settings import INT_BOUNDS, STRETCH_IDS, WEEKDAYS, Settings
from postureapp.ui.settings_dialog import SettingsDialog
from tests.fakes import SAMPLE_BASELINE

W = TypeVar("W", bound=QWidget)

# WORKAROUND: the offscreen platform warns whenever a window with a layout is shown;
# https://bugreports.qt.io/browse/QTBUG-75921 (a real display does not).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

BASELINE = SAMPLE_BASELINE

CAMERAS = [(0, "Integrated Camera"), (2, "Logitech BRIO")]


# --- helpers: what a user sees and does -----------------------------------------------------------


def _open(
    qtbot: QtBot,
    settings: Settings,
    data_dir: Path,
    camera_names: list[tuple[int, str]] | None = None,
) -> SettingsDialog:
    dialog = SettingsDialog(settings, data_dir, camera_names)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _find(dialog: QWidget, kind: type[W], name: str) -> W:
    widget = dialog.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def _go_to(qtbot: QtBot, dialog: SettingsDialog, section: str) -> None:
    """Click a section in the list on the left."""
    sections = _find(dialog, QListWidget, "settings_sections")
    (item,) = sections.findItems(section, Qt.MatchFlag.MatchExactly)
    rect = sections.visualItemRect(item)
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sections.currentItem() is item


def _type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Tab into a field (which selects its first part), select all of it and type."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(widget, QSpinBox | QLineEdit):
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    # Check boxes and radio buttons react to a click on their indicator, at the left edge.
    pos = QPoint(8, button.height() // 2) if not isinstance(button, QPushButton) else None
    if pos is None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def _press(qtbot: QtBot, dialog: SettingsDialog, button_name: str) -> None:
    _click(qtbot, _find(dialog, QPushButton, button_name))


def _ok_and_capture(qtbot: QtBot, dialog: SettingsDialog) -> Settings:
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        _press(qtbot, dialog, "ok_button")
    (settings,) = blocker.args or []
    assert isinstance(settings, Settings)
    return settings


# --- OK, Apply, Cancel ---------------------------------------------------------------------------


def test_ok_delivers_what_the_user_changed_on_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    start = Settings(baseline=BASELINE, first_run_done=True)
    dialog = _open(qtbot, start, tmp_path, CAMERAS)

    _go_to(qtbot, dialog, "Breaks")
    _type_into(qtbot, _find(dialog, QSpinBox, "sitting_limit_min"), "45")
    _type_into(qtbot, _find(dialog, QSpinBox, "snooze_min"), "10")
    _type_into(qtbot, _find(dialog, QSpinBox, "max_snoozes"), "0")

    _go_to(qtbot, dialog, "Posture")
    slider = _find(dialog, QSlider, "sensitivity")
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(slider, Qt.Key.Key_End)
    _type_into(qtbot, _find(dialog, QSpinBox, "nudge_after_s"), "120")

    _go_to(qtbot, dialog, "Camera")
    combo = _find(dialog, QComboBox, "camera_index")
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    _click(qtbot, _find(dialog, QRadioButton, "keep_camera_open_radio"))
    _click(qtbot, _find(dialog, QCheckBox, "show_preview"))
    _type_into(qtbot, _find(dialog, QLineEdit, "model_path"), "/opt/models/pose.task")

    _go_to(qtbot, dialog, "Schedule")
    _click(qtbot, _find(dialog, QCheckBox, "schedule_enabled"))
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_start"), "0830")
    _click(qtbot, _find(dialog, QCheckBox, "work_day_fri"))
    _click(qtbot, _find(dialog, QCheckBox, "work_day_sat"))

    _go_to(qtbot, dialog, "Stretches")
    _click(qtbot, _find(dialog, QCheckBox, "stretch_childs-pose"))
    _click(qtbot, _find(dialog, QCheckBox, "floor_exercises"))
    _click(qtbot, _find(dialog, QCheckBox, "camera_counts_stretches"))

    _go_to(qtbot, dialog, "Notifications")
    _click(qtbot, _find(dialog, QCheckBox, "sound_enabled"))

    _go_to(qtbot, dialog, "System & data")
    language = _find(dialog, QComboBox, "language")
    language.setCurrentIndex(language.findText("Deutsch"))
    _click(qtbot, _find(dialog, QCheckBox, "start_at_login"))
    _type_into(qtbot, _find(dialog, QSpinBox, "retention_days"), "90")

    delivered = _ok_and_capture(qtbot, dialog)

    assert delivered == start.replace(
        sitting_limit_min=45,
        snooze_min=10,
        max_snoozes=0,
        sensitivity=10,
        nudge_after_s=120,
        camera_index=2,
        keep_camera_open=True,
        show_preview=False,
        model_path="/opt/models/pose.task",
        schedule_enabled=True,
        work_start="08:30",
        work_days=("mon", "tue", "wed", "thu", "sat"),
        disabled_stretches=("childs-pose",),
        floor_exercises=True,
        camera_counts_stretches=False,
        sound_enabled=True,
        language="de",
        start_at_login=True,
        retention_days=90,
    )
    # Hidden fields ride along untouched.
    assert delivered.baseline == BASELINE
    assert delivered.first_run_done is True
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_ok_without_changes_delivers_the_same_settings(qtbot: QtBot, tmp_path: Path) -> None:
    start = Settings(
        sitting_limit_min=50,
        camera_index=2,
        keep_camera_open=False,
        work_start="07:15",
        work_end="15:45",
        work_days=("sat", "sun"),
        disabled_stretches=tuple(STRETCH_IDS),
        language="ja",
        baseline=BASELINE,
    )
    dialog = _open(qtbot, start, tmp_path, CAMERAS)

    assert _ok_and_capture(qtbot, dialog) == start


def test_the_language_choice_names_each_language_in_itself_and_offers_the_system_s(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)

    language = _find(dialog, QComboBox, "language")

    choices = [(language.itemText(i), language.itemData(i)) for i in range(language.count())]
    assert choices[0][1] == "" and choices[0][0].startswith("System default")
    assert choices[1:] == [("Deutsch", "de"), ("English", "en"), ("Español", "es"),
                           ("Français", "fr"), ("日本語", "ja")]
    assert language.currentIndex() == 0  # Settings() follows the system


def test_apply_delivers_and_keeps_the_dialog_open(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _type_into(qtbot, _find(dialog, QSpinBox, "break_length_min"), "7")

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        _press(qtbot, dialog, "apply_button")

    assert blocker.args == [Settings(break_length_min=7)]
    assert dialog.isVisible()

    # A second change builds on the applied one.
    _type_into(qtbot, _find(dialog, QSpinBox, "snooze_min"), "2")
    assert _ok_and_capture(qtbot, dialog) == Settings(break_length_min=7, snooze_min=2)


def test_cancel_delivers_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _type_into(qtbot, _find(dialog, QSpinBox, "sitting_limit_min"), "90")

    with qtbot.assertNotEmitted(dialog.settings_changed):
        _press(qtbot, dialog, "cancel_button")

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_turning_every_stretch_off_is_allowed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Stretches")
    for stretch_id in STRETCH_IDS:
        _click(qtbot, _find(dialog, QCheckBox, f"stretch_{stretch_id}"))

    assert _ok_and_capture(qtbot, dialog).disabled_stretches == STRETCH_IDS


def test_stretches_are_listed_by_name(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)

    assert _find(dialog, QCheckBox, "stretch_walk").text() == "Short walk"
    assert "Cat-cow" in _find(dialog, QCheckBox, "stretch_cat-cow").text()


# --- validation --------------------------------------------------------------------------------


def test_a_night_shift_crossing_midnight_is_accepted(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Schedule")
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_start"), "2200")
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_end"), "0600")

    delivered = _ok_and_capture(qtbot, dialog)

    assert (delivered.work_start, delivered.work_end) == ("22:00", "06:00")


def test_end_of_day_equal_to_start_is_refused_inline(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Schedule")
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_start"), "1700")
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_end"), "1700")
    _go_to(qtbot, dialog, "Breaks")  # the user wanders off before pressing OK

    with qtbot.assertNotEmitted(dialog.settings_changed):
        _press(qtbot, dialog, "ok_button")

    error = _find(dialog, QLabel, "error_label")
    assert dialog.isVisible()
    assert error.isVisible()
    # Said in words, not only in red, and naming the field.
    assert "End of working hours" in error.text()
    assert "differ from the start" in error.text()
    # The dialog takes the user to the field to fix.
    work_end = _find(dialog, QTimeEdit, "work_end")
    assert work_end.isVisible()
    assert QApplication.focusWidget() is work_end

    _type_into(qtbot, work_end, "1930")
    delivered = _ok_and_capture(qtbot, dialog)

    assert (delivered.work_start, delivered.work_end) == ("17:00", "19:30")
    assert not error.isVisible()


def test_apply_with_an_impossible_combination_delivers_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Schedule")
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_end"), "0900")  # the default start

    with qtbot.assertNotEmitted(dialog.settings_changed):
        _press(qtbot, dialog, "apply_button")

    assert _find(dialog, QLabel, "error_label").isVisible()


@pytest.mark.parametrize("field", sorted(set(INT_BOUNDS) - {"sensitivity", "camera_index"}))
def test_number_fields_only_take_values_settings_accept(
    qtbot: QtBot, tmp_path: Path, field: str
) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Breaks")  # every field is reachable: open its page first
    spin = _find(dialog, QSpinBox, field)
    for section in ("Breaks", "Posture", "Camera", "System & data"):
        if spin.isVisible():
            break
        _go_to(qtbot, dialog, section)
    low, high = INT_BOUNDS[field]

    _type_into(qtbot, spin, str(high * 10))
    assert spin.value() <= high
    _type_into(qtbot, spin, str(high))
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == high
    _type_into(qtbot, spin, str(low))
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == low
    assert getattr(_ok_and_capture(qtbot, dialog), field) == low


# --- restore defaults ---------------------------------------------------------------------------


def test_restore_defaults_resets_the_form_but_keeps_calibration(
    qtbot: QtBot, tmp_path: Path
) -> None:
    start = Settings(
        sitting_limit_min=90,
        sensitivity=9,
        camera_enabled=False,
        schedule_enabled=True,
        work_days=("mon",),
        disabled_stretches=("walk",),
        retention_days=30,
        first_run_done=True,
        baseline=BASELINE,
    )
    dialog = _open(qtbot, start, tmp_path)

    with qtbot.assertNotEmitted(dialog.settings_changed):
        _press(qtbot, dialog, "restore_defaults_button")

    assert _find(dialog, QSpinBox, "sitting_limit_min").value() == 30
    assert dialog.isVisible()
    assert _ok_and_capture(qtbot, dialog) == Settings(first_run_done=True, baseline=BASELINE)


def test_restore_defaults_does_not_touch_the_saved_file(qtbot: QtBot, tmp_path: Path) -> None:
    repo = JsonSettingsRepository(tmp_path / "config")
    repo.save(Settings(sitting_limit_min=90))
    dialog = _open(qtbot, repo.load(), tmp_path)

    _press(qtbot, dialog, "restore_defaults_button")
    _press(qtbot, dialog, "cancel_button")

    assert repo.load().sitting_limit_min == 90


# --- camera page --------------------------------------------------------------------------------


def test_camera_choice_shows_the_names_found(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(camera_index=2), tmp_path, CAMERAS)
    combo = _find(dialog, QComboBox, "camera_index")

    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Integrated Camera",
        "Logitech BRIO",
    ]
    assert combo.currentText() == "Logitech BRIO"


@pytest.mark.parametrize("camera_names", [None, []])
def test_camera_choice_without_names_offers_numbers(
    qtbot: QtBot, tmp_path: Path, camera_names: list[tuple[int, str]] | None
) -> None:
    dialog = _open(qtbot, Settings(), tmp_path, camera_names)
    combo = _find(dialog, QComboBox, "camera_index")

    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Camera 0",
        "Camera 1",
        "Camera 2",
        "Camera 3",
    ]


def test_a_saved_camera_that_is_unplugged_stays_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(camera_index=5), tmp_path, CAMERAS)

    assert _find(dialog, QComboBox, "camera_index").currentText() == "Camera 5"
    assert _ok_and_capture(qtbot, dialog).camera_index == 5


def test_two_cameras_with_one_name_are_told_apart(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path, [(0, "USB Camera"), (2, "USB Camera")])
    combo = _find(dialog, QComboBox, "camera_index")

    assert combo.itemText(0) != combo.itemText(1)


def test_camera_off_greys_out_the_camera_options(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Camera")
    combo = _find(dialog, QComboBox, "camera_index")
    assert combo.isEnabled()

    _click(qtbot, _find(dialog, QCheckBox, "camera_enabled"))

    assert not combo.isEnabled()
    assert not _find(dialog, QLabel, "camera_index_label").isEnabled()
    assert not _find(dialog, QSpinBox, "sample_interval_s").isEnabled()
    assert not _find(dialog, QRadioButton, "keep_camera_open_radio").isEnabled()
    assert _ok_and_capture(qtbot, dialog).camera_enabled is False


def test_camera_modes_explain_the_trade_off(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)

    keep_open = _find(dialog, QLabel, "keep_camera_open_explanation").text()
    per_sample = _find(dialog, QLabel, "open_camera_per_sample_explanation").text()
    assert "light stays on" in keep_open
    assert "instant" in keep_open
    assert "blinks on" in per_sample
    assert "privacy" in per_sample


def test_browse_puts_the_chosen_model_in_the_field(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = str(tmp_path / "pose_landmarker_heavy.task")

    def fake_open(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return chosen, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "Camera")

    _press(qtbot, dialog, "browse_model_button")

    assert _find(dialog, QLineEdit, "model_path").text() == chosen
    assert _ok_and_capture(qtbot, dialog).model_path == chosen


def test_cancelling_browse_keeps_the_model_field(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: ("", "")))
    dialog = _open(qtbot, Settings(model_path="/opt/pose.task"), tmp_path)
    _go_to(qtbot, dialog, "Camera")

    _press(qtbot, dialog, "browse_model_button")

    assert _ok_and_capture(qtbot, dialog).model_path == "/opt/pose.task"


# --- system & data ------------------------------------------------------------------------------


def test_data_location_is_shown_and_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "System & data")

    location = _find(dialog, QLabel, "data_location_label")
    assert location.text() == str(tmp_path)
    assert location.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    _press(qtbot, dialog, "open_data_folder_button")

    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


@pytest.mark.parametrize(
    ("answer", "is_requested"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)],
)
def test_delete_all_data_asks_first(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    is_requested: bool,
) -> None:
    asked: list[tuple[Any, ...]] = []

    def fake_question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    dialog = _open(qtbot, Settings(), tmp_path)
    _go_to(qtbot, dialog, "System & data")
    requests: list[bool] = []
    dialog.delete_all_data_requested.connect(lambda: requests.append(True))

    with qtbot.assertNotEmitted(dialog.settings_changed):
        _press(qtbot, dialog, "delete_all_data_button")

    assert len(asked) == 1
    # No is the default, so a stray Enter deletes nothing.
    assert asked[0][-1] == QMessageBox.StandardButton.No
    assert requests == ([True] if is_requested else [])
    assert dialog.isVisible()


# --- persistence --------------------------------------------------------------------------------


def test_changes_survive_saving_and_reopening(qtbot: QtBot, tmp_path: Path) -> None:
    repo = JsonSettingsRepository(tmp_path / "config")
    repo.save(Settings(baseline=BASELINE))
    dialog = _open(qtbot, repo.load(), tmp_path, CAMERAS)
    dialog.settings_changed.connect(repo.save)

    _type_into(qtbot, _find(dialog, QSpinBox, "sitting_limit_min"), "55")
    _go_to(qtbot, dialog, "Schedule")
    _click(qtbot, _find(dialog, QCheckBox, "schedule_enabled"))
    _type_into(qtbot, _find(dialog, QTimeEdit, "work_end"), "1630")
    _click(qtbot, _find(dialog, QCheckBox, "work_day_mon"))
    _go_to(qtbot, dialog, "Stretches")
    _click(qtbot, _find(dialog, QCheckBox, "stretch_walk"))
    _go_to(qtbot, dialog, "Camera")
    _click(qtbot, _find(dialog, QRadioButton, "open_camera_per_sample_radio"))
    saved = _ok_and_capture(qtbot, dialog)

    reloaded = JsonSettingsRepository(tmp_path / "config").load()
    assert reloaded == saved
    assert reloaded.baseline == BASELINE

    reopened = _open(qtbot, reloaded, tmp_path, CAMERAS)
    assert _find(reopened, QSpinBox, "sitting_limit_min").value() == 55
    assert _find(reopened, QCheckBox, "schedule_enabled").isChecked()
    assert _find(reopened, QTimeEdit, "work_end").time() == QTime(16, 30)
    assert not _find(reopened, QCheckBox, "work_day_mon").isChecked()
    assert _find(reopened, QCheckBox, "work_day_tue").isChecked()
    assert not _find(reopened, QCheckBox, "stretch_walk").isChecked()
    assert _find(reopened, QRadioButton, "open_camera_per_sample_radio").isChecked()
    assert _ok_and_capture(qtbot, reopened) == saved


# --- accessibility ------------------------------------------------------------------------------

_CONTROLS = (QSpinBox, QTimeEdit, QComboBox, QSlider, QLineEdit, QAbstractButton, QListWidget)
_NEEDS_BUDDY = (QSpinBox, QTimeEdit, QComboBox, QSlider)


def _controls(dialog: SettingsDialog) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in _CONTROLS:
        found += [
            w
            for w in dialog.findChildren(kind)
            # Parts of compound widgets (a spin box's line edit, a line edit's clear button)
            # are named by their owner.
            if not isinstance(w.parent(), QSpinBox | QTimeEdit | QComboBox | QLineEdit)
        ]
    return found


def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path, CAMERAS)

    unnamed = [w.objectName() or repr(w) for w in _controls(dialog) if not w.accessibleName()]

    assert unnamed == []


def test_every_field_has_a_label_pointing_at_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel)}

    fields = [w for kind in _NEEDS_BUDDY for w in dialog.findChildren(kind)]
    assert fields
    assert [w.objectName() for w in fields if w not in buddies] == []
    assert _find(dialog, QLineEdit, "model_path") in buddies
    assert _find(dialog, QLabel, "data_location_label") in buddies


def test_every_user_setting_has_a_control(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    # Everything except what the app records for itself (calibration, first run, ...).
    single_controls = [
        *INT_BOUNDS,
        "nudges_enabled",
        "camera_enabled",
        "show_preview",
        "model_path",
        "schedule_enabled",
        "work_start",
        "work_end",
        "floor_exercises",
        "camera_counts_stretches",
        "sound_enabled",
        "end_of_day_summary",
        "start_at_login",
    ]

    missing = [name for name in single_controls if dialog.findChild(QWidget, name) is None]

    assert missing == []
    assert dialog.findChild(QRadioButton, "keep_camera_open_radio") is not None
    assert all(dialog.findChild(QCheckBox, f"work_day_{day}") for day in WEEKDAYS)
    assert all(dialog.findChild(QCheckBox, f"stretch_{sid}") for sid in STRETCH_IDS)


def test_settings_the_dialog_does_not_show_are_kept(qtbot: QtBot, tmp_path: Path) -> None:
    defaults = Settings()
    probe = _open(qtbot, defaults, tmp_path)
    # Flags the app records for itself (first run, ...) have no control; flip them all.
    flipped = {
        f.name: not getattr(defaults, f.name)
        for f in dataclasses.fields(Settings)
        if isinstance(getattr(defaults, f.name), bool) and probe.findChild(QWidget, f.name) is None
    }
    assert "first_run_done" in flipped
    start = defaults.replace(baseline=BASELINE, **flipped)
    dialog = _open(qtbot, start, tmp_path)

    assert _ok_and_capture(qtbot, dialog) == start


def test_sections_can_be_changed_from_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(qtbot, Settings(), tmp_path)
    sections = _find(dialog, QListWidget, "settings_sections")
    sections.setFocus(Qt.FocusReason.TabFocusReason)

    qtbot.keyClick(sections, Qt.Key.Key_Down)
    qtbot.keyClick(sections, Qt.Key.Key_Down)

    assert sections.currentItem().text() == "Camera"
    assert _find(dialog, QComboBox, "camera_index").isVisible()
