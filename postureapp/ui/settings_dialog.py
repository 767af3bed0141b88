"""The settings dialog: every Settings field a user may change, grouped the way users think."""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from postureapp.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from postureapp.core.settings import INT_BOUNDS, STRETCH_IDS, WEEKDAYS, Settings, SettingsError
from postureapp.core.stretches import STRETCHES
from postureapp.ui.override import override
from postureapp.ui.theme import error_text_style, follow_palette

_TIME_FORMAT: Final = "HH:mm"
_DEFAULT_CAMERA_COUNT: Final = 4


@dataclass(frozen=True, slots=True)
class _Row:
    """One setting on a page: the form builds its control from the field's type (a number box
    for an int, a check box for a bool, a time for a str) unless the dialog has a builder for it.

    Attributes:
        name: The Settings field.
        label: The label (or the check box's text), with its mnemonic.
        suffix: The unit after a number.
        none_text: What a number box shows at its minimum, e.g. "No snoozing".
        spoken: The accessible name, where the label alone says too little.
        enabled_by: A check box field that greys this row out while it is off.
    """

    name: str
    label: str
    suffix: str = ""
    none_text: str = ""
    spoken: str = ""
    enabled_by: str = ""


_PAGES: Final[tuple[tuple[str, str, tuple[_Row, ...]], ...]] = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Breaks"), "breaks_page", (
        _Row(
            "sitting_limit_min",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Sitting limit before a break:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " min"),
        ),
        _Row(
            "break_length_min",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Break length:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " min"),
        ),
        _Row(
            "natural_break_min",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Time away that counts as a break:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " min"),
        ),
        _Row(
            "snooze_min",
            QT_TRANSLATE_NOOP("SettingsDialog", "S&nooze length:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " min"),
        ),
        _Row(
            "max_snoozes",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Most snoozes in a row:"),
            none_text=QT_TRANSLATE_NOOP("SettingsDialog", "No snoozing"),
        ),
        # Strict breaks can always be left (core.strict_break); the label says so.
        _Row(
            "strict_breaks",
            QT_TRANSLATE_NOOP("SettingsDialog",
                              "Cover the screens &during a break (you can leave after 10 s)"),
        ),
    )),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Posture"), "posture_page", (
        _Row("sensitivity", QT_TRANSLATE_NOOP("SettingsDialog", "Posture &sensitivity:")),
        _Row(
            "nudges_enabled",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Nudge me when I round my back"),
        ),
        _Row(
            "nudge_after_s",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Rounded for how long before a nudge:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " s",
        ),
             enabled_by="nudges_enabled"),
        _Row(
            "nudge_cooldown_min",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Wait between nudges at least:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " min",
        ),
             enabled_by="nudges_enabled"),
    )),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Camera"), "camera_page", (
        _Row(
            "camera_enabled",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Use the camera to watch my posture"),
        ),
        _Row(
            "camera_index",
            QT_TRANSLATE_NOOP("SettingsDialog", "Ca&mera:"),
            enabled_by="camera_enabled",
        ),
        _Row(
            "sample_interval_s",
            QT_TRANSLATE_NOOP("SettingsDialog", "Check posture &every:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " s"),
            enabled_by="camera_enabled",
        ),
        _Row(
            "keep_camera_open",
            QT_TRANSLATE_NOOP("SettingsDialog", "Between checks:"),
            enabled_by="camera_enabled",
        ),
        _Row(
            "show_preview",
            QT_TRANSLATE_NOOP("SettingsDialog", "Show a live &preview while calibrating",
        ),
             enabled_by="camera_enabled"),
        _Row(
            "model_path",
            QT_TRANSLATE_NOOP("SettingsDialog", "Custom pose mo&del file:"),
            enabled_by="camera_enabled",
        ),
    )),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Schedule"), "schedule_page", (
        _Row(
            "schedule_enabled",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Only remind me during working hours"),
        ),
        _Row(
            "work_start",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Start:"),
            spoken=QT_TRANSLATE_NOOP("SettingsDialog", "Start of working hours"),
        ),
        _Row(
            "work_end",
            QT_TRANSLATE_NOOP("SettingsDialog", "&End:"),
            spoken=QT_TRANSLATE_NOOP("SettingsDialog", "End of working hours"),
        ),
        _Row("work_days", QT_TRANSLATE_NOOP("SettingsDialog", "Working days:")),
    )),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Stretches"), "stretches_page", (
        _Row("floor_exercises", QT_TRANSLATE_NOOP("SettingsDialog", "Include &floor exercises")),
        _Row(
            "camera_counts_stretches",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Count stretches with the camera",
        ),
             enabled_by="camera_enabled"),
        _Row("disabled_stretches", QT_TRANSLATE_NOOP("SettingsDialog", "Stretches")),
    )),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Notifications"), "notifications_page", (
        _Row("sound_enabled", QT_TRANSLATE_NOOP("SettingsDialog", "&Play a sound with reminders")),
        _Row(
            "end_of_day_summary",
            QT_TRANSLATE_NOOP("SettingsDialog", "Show an &end-of-day summary notification"),
        ),
    )),
    (QT_TRANSLATE_NOOP("SettingsDialog", "System && data"), "system_page", (
        _Row("language", QT_TRANSLATE_NOOP("SettingsDialog", "&Language:")),
        _Row("start_at_login", QT_TRANSLATE_NOOP("SettingsDialog", "&Start when I log in")),
        _Row(
            "retention_days",
            QT_TRANSLATE_NOOP("SettingsDialog", "&Keep posture history for:"),
            QT_TRANSLATE_NOOP("SettingsDialog", " days"),
        ),
    )),
)
"""Every setting the dialog shows, page by page, in order: a new setting is added here (and
in Settings); only a setting that needs a control of its own also needs a builder below."""

_FIELD_TYPES: Final = typing.get_type_hints(Settings)

_LANGUAGE_NAMES: Final = {
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
}
"""Each language the app speaks, named in itself (so a user lost in a foreign language finds
their own); never translated."""

_Editor = tuple[Callable[[Any], None], Callable[[], Any]]
"""How a control shows a setting's value, and reads it back."""


def _plain(label_text: str) -> str:
    """A label's text without its mnemonic marker and trailing colon, for accessible names."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


class SettingsDialog(QDialog):
    """Edit the user's settings; nothing is stored here, the new value is emitted.

    The form shows `settings`; OK and Apply build a new validated `Settings` from it (fields the
    dialog does not show, such as the calibration baseline, are carried over unchanged). When the
    combination is impossible, the reason is shown next to the buttons, the offending field gets
    the focus, and the dialog stays open.

    Signals:
        settings_changed(Settings): The user pressed OK or Apply and the form was valid.
        delete_all_data_requested(): The user asked to delete all their data and confirmed it.
    """

    settings_changed = Signal(object)
    delete_all_data_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        camera_names: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form and show `settings` in it.

        Args:
            settings: The settings in force; the starting values and the source of hidden fields.
            data_dir: Where the app keeps the user's data, shown on the "System & data" page.
            camera_names: Cameras as (index, name), e.g. from `list_cameras()`; when None or
                empty the camera choice offers "Camera 0" to "Camera 3".
            parent: The owning widget, if any.
        """
        super().__init__(parent)
        self._settings = settings
        self._data_dir = data_dir
        self._camera_names = camera_names or []
        # Which widget to focus when Settings rejects a field.
        self._field_widgets: dict[str, QWidget] = {}
        # Name for each field in error messages.
        self._field_names: dict[str, str] = {}

        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings — postureapp"))

        self._sections = QListWidget()
        self._sections.setObjectName("settings_sections")
        self._sections.setAccessibleName(self.tr("Settings sections"))
        self._sections.setSpacing(2)
        self._pages = QStackedWidget()
        self._pages.setObjectName("settings_pages")
        self._sections.currentRowChanged.connect(self._pages.setCurrentIndex)

        self._editors: dict[str, _Editor] = {}
        self._switches: dict[str, QCheckBox] = {}
        builders: dict[str, Callable[[QFormLayout, _Row], QWidget]] = {
            "sensitivity": self._sensitivity_row,
            "camera_index": self._camera_row,
            "keep_camera_open": self._camera_mode_row,
            "model_path": self._model_row,
            "work_days": self._work_days_row,
            "floor_exercises": self._floor_row,
            "camera_counts_stretches": self._camera_counts_row,
            "disabled_stretches": self._stretches_rows,
            "language": self._language_row,
        }
        for title, name, rows in _PAGES:
            page, form = self._form_page()
            for row in rows:
                build = builders.get(row.name, self._plain_row)
                row_widget = build(form, row)
                if row.enabled_by:
                    self._enable_with(self._switches[row.enabled_by], row_widget)
            if name == "system_page":
                self._data_rows(form)
            self._add_page(self.tr(title), name, page)
        self._sections.setCurrentRow(0)
        self._sections.setFixedWidth(
            self._sections.sizeHintForColumn(0) + 2 * self._sections.frameWidth() + 24
        )

        self._error_icon = QLabel()
        self._error_icon.setObjectName("error_icon")
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._error_icon.setPixmap(warning_icon.pixmap(icon_size, icon_size))
        self._error_label = QLabel()
        self._error_label.setObjectName("error_label")
        follow_palette(self._error_label, error_text_style)
        self._error_label.setWordWrap(True)
        self._error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error_icon.hide()
        self._error_label.hide()

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self._buttons.setObjectName("button_box")
        self._name_button(QDialogButtonBox.StandardButton.Ok, "ok_button", self.tr("OK"))
        self._name_button(
            QDialogButtonBox.StandardButton.Cancel, "cancel_button", self.tr("Cancel")
        )
        self._name_button(QDialogButtonBox.StandardButton.Apply, "apply_button", self.tr("Apply"))
        self._name_button(
            QDialogButtonBox.StandardButton.RestoreDefaults,
            "restore_defaults_button",
            self.tr("Restore defaults"),
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(
            self._on_apply_button_clicked
        )
        self._buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._on_restore_defaults_button_clicked
        )

        body = QHBoxLayout()
        body.addWidget(self._sections)
        body.addWidget(self._pages, 1)
        error_row = QHBoxLayout()
        error_row.addWidget(self._error_icon, 0, Qt.AlignmentFlag.AlignTop)
        error_row.addWidget(self._error_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(error_row)
        layout.addWidget(self._buttons)

        self._show_settings(settings)
        self.setMinimumWidth(640)

    # --- Qt overrides ---------------------------------------------------------------------------

    @override
    def accept(self) -> None:
        """Close only when the form holds valid settings, which are emitted first."""
        if self._apply_form():
            super().accept()

    # --- rows ---------------------------------------------------------------------------------

    def _plain_row(self, form: QFormLayout, row: _Row) -> QWidget:
        """A number box, a check box or a time, by the setting's type."""
        kind = _FIELD_TYPES[row.name]
        if kind is bool:
            box = self._check_row(form, row.name, self.tr(row.label))
            self._switches[row.name] = box
            self._editors[row.name] = (box.setChecked, box.isChecked)
            return box
        if kind is int:
            spin = self._spin_row(form, row.name, self.tr(row.label), self.tr(row.suffix))
            if row.none_text:
                spin.setSpecialValueText(self.tr(row.none_text))
            self._editors[row.name] = (spin.setValue, spin.value)
            return spin
        edit = self._time_row(form, row.name, self.tr(row.label), self.tr(row.spoken))
        self._editors[row.name] = (
            lambda text: edit.setTime(QTime.fromString(text, _TIME_FORMAT)),
            lambda: edit.time().toString(_TIME_FORMAT),
        )
        return edit

    def _sensitivity_row(self, form: QFormLayout, row: _Row) -> QWidget:
        self._sensitivity = QSlider(Qt.Orientation.Horizontal)
        self._sensitivity.setRange(*INT_BOUNDS["sensitivity"])
        self._sensitivity.setPageStep(1)
        self._sensitivity.setTickInterval(1)
        self._sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._sensitivity.setAccessibleDescription(
            self.tr("From 1, lenient, to 10, strict: how far from upright counts as rounded.")
        )
        slider_row = QWidget()
        slider_layout = QHBoxLayout(slider_row)
        slider_layout.setContentsMargins(0, 0, 0, 0)
        slider_layout.addWidget(QLabel(self.tr("Lenient")))
        slider_layout.addWidget(self._sensitivity, 1)
        slider_layout.addWidget(QLabel(self.tr("Strict")))
        self._add_row(form, row.name, self.tr(row.label), self._sensitivity,
                      row_widget=slider_row)
        self._editors[row.name] = (self._sensitivity.setValue, self._sensitivity.value)
        return slider_row

    def _language_row(self, form: QFormLayout, row: _Row) -> QWidget:
        """The system's language or one the app speaks, each named in its own language."""
        choice = QComboBox()
        # What "system" means here: the system's language if the app speaks it, else English.
        system = QLocale.system().name().split("_")[0]
        choice.addItem(self.tr("System default ({language})").format(
            language=_LANGUAGE_NAMES.get(system, _LANGUAGE_NAMES["en"])), "")
        for code in LANGUAGES:
            choice.addItem(_LANGUAGE_NAMES[code], code)
        note = QLabel(self.tr("A new language applies when postureapp next starts."))
        note.setWordWrap(True)
        language_row = QWidget()
        layout = QVBoxLayout(language_row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(choice)
        layout.addWidget(note)
        self._add_row(form, row.name, self.tr(row.label), choice, row_widget=language_row)

        def show(code: str) -> None:
            choice.setCurrentIndex(max(0, choice.findData(code)))

        def read() -> str:
            code = choice.currentData()
            return code if isinstance(code, str) else ""

        self._editors[row.name] = (show, read)
        return language_row

    def _camera_row(self, form: QFormLayout, row: _Row) -> QWidget:
        self._camera_device = QComboBox()
        self._add_row(form, row.name, self.tr(row.label), self._camera_device)

        def read() -> int:
            index = self._camera_device.currentData()
            return index if isinstance(index, int) else 0

        self._editors[row.name] = (self._fill_camera_choices, read)
        return self._camera_device

    def _camera_mode_row(self, form: QFormLayout, row: _Row) -> QWidget:
        keep_open = QRadioButton(self.tr("&Keep the camera open"))
        keep_open.setObjectName("keep_camera_open_radio")
        keep_open.setAccessibleName(self.tr("Keep the camera open"))
        keep_open_text = self.tr(
            "The camera light stays on while the app watches, and each check is instant. "
            "While postureapp holds the camera, a video call app may not be able to use it."
        )
        keep_open.setAccessibleDescription(keep_open_text)
        per_sample = QRadioButton(self.tr("&Open the camera only to take a sample (recommended)"))
        per_sample.setObjectName("open_camera_per_sample_radio")
        per_sample.setAccessibleName(self.tr("Open the camera only to take a sample"))
        per_sample_text = self.tr(
            "The camera light blinks on briefly for each check, and each check takes a second "
            "or more while the camera wakes up. Between checks the camera is closed, which "
            "some people prefer for privacy, and other apps can use it."
        )
        per_sample.setAccessibleDescription(per_sample_text)
        mode = QButtonGroup(self)
        mode.addButton(keep_open)
        mode.addButton(per_sample)
        mode_box = QWidget()
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.addWidget(per_sample)
        mode_layout.addWidget(
            self._explanation(per_sample_text, "open_camera_per_sample_explanation")
        )
        mode_layout.addWidget(keep_open)
        mode_layout.addWidget(self._explanation(keep_open_text, "keep_camera_open_explanation"))
        mode_label = QLabel(self.tr(row.label))
        mode_label.setBuddy(keep_open)
        form.addRow(mode_label, mode_box)
        self._field_widgets[row.name] = keep_open
        self._field_names[row.name] = _plain(self.tr(row.label))

        def show(is_kept_open: bool) -> None:
            keep_open.setChecked(is_kept_open)
            per_sample.setChecked(not is_kept_open)

        self._editors[row.name] = (show, keep_open.isChecked)
        return mode_box

    def _model_row(self, form: QFormLayout, row: _Row) -> QWidget:
        self._model_path = QLineEdit()
        self._model_path.setPlaceholderText(self.tr("Empty: use the built-in model"))
        self._model_path.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setObjectName("browse_model_button")
        browse.setAccessibleName(self.tr("Browse for a pose model file"))
        browse.clicked.connect(self._on_browse_model_clicked)
        model_row = QWidget()
        model_layout = QHBoxLayout(model_row)
        model_layout.setContentsMargins(0, 0, 0, 0)
        model_layout.addWidget(self._model_path, 1)
        model_layout.addWidget(browse)
        self._add_row(form, row.name, self.tr(row.label), self._model_path, row_widget=model_row)
        self._editors[row.name] = (self._model_path.setText,
                                   lambda: self._model_path.text().strip())
        return model_row

    def _work_days_row(self, form: QFormLayout, row: _Row) -> QWidget:
        day_texts = {
            "mon": (self.tr("&Mon"), self.tr("Monday")),
            "tue": (self.tr("&Tue"), self.tr("Tuesday")),
            "wed": (self.tr("&Wed"), self.tr("Wednesday")),
            "thu": (self.tr("T&hu"), self.tr("Thursday")),
            "fri": (self.tr("&Fri"), self.tr("Friday")),
            "sat": (self.tr("S&at"), self.tr("Saturday")),
            "sun": (self.tr("S&un"), self.tr("Sunday")),
        }
        boxes: dict[str, QCheckBox] = {}
        days_row = QWidget()
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for day in WEEKDAYS:
            short, full = day_texts[day]
            box = QCheckBox(short)
            box.setObjectName(f"work_day_{day}")
            box.setAccessibleName(full)
            box.setToolTip(full)
            days_layout.addWidget(box)
            boxes[day] = box
        days_layout.addStretch(1)
        days_label = QLabel(self.tr(row.label))
        days_label.setBuddy(boxes[WEEKDAYS[0]])
        form.addRow(days_label, days_row)
        self._field_widgets[row.name] = boxes[WEEKDAYS[0]]
        self._field_names[row.name] = _plain(self.tr(row.label))

        def show(days: tuple[str, ...]) -> None:
            for day, box in boxes.items():
                box.setChecked(day in days)

        self._editors[row.name] = (
            show, lambda: tuple(day for day in WEEKDAYS if boxes[day].isChecked()))
        return days_row

    def _floor_row(self, form: QFormLayout, row: _Row) -> QWidget:
        return self._explained_check_row(form, row, self.tr(
            "Floor exercises need space to kneel or lie down. When this is off, breaks only "
            "suggest what you can do at your desk."
        ))

    def _camera_counts_row(self, form: QFormLayout, row: _Row) -> QWidget:
        # What the camera does with the frames, said where the user agrees to it.
        return self._explained_check_row(form, row, self.tr(
            "During a guided break the camera watches the stretch on screen, once or twice a "
            "second, to count repetitions and time holds, and says which stretches it saw done. "
            "Frames stay in memory and are never stored; the camera is released when the "
            "stretch ends. Works once you have calibrated; off means the break's timer counts."
        ))

    def _explained_check_row(self, form: QFormLayout, row: _Row, explanation: str) -> QWidget:
        box = self._check_row(form, row.name, self.tr(row.label))
        box.setAccessibleDescription(explanation)
        label = self._explanation(explanation, f"{row.name}_explanation")
        form.addRow(label)
        self._editors[row.name] = (box.setChecked, box.isChecked)
        if row.enabled_by:
            self._enable_with(self._switches[row.enabled_by], label)
        return box

    def _stretches_rows(self, form: QFormLayout, row: _Row) -> QWidget:
        intro = QLabel(
            self.tr(
                "Suggest these stretches (if you untick them all, breaks suggest a short walk):"
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        boxes: dict[str, QCheckBox] = {}
        for stretch in STRETCHES:
            name = translate("stretches", stretch.name)
            if not stretch.fits_desk:
                name = self.tr("{name} (on the floor)").format(name=name)
            box = QCheckBox(name)
            box.setObjectName(f"stretch_{stretch.id}")
            box.setAccessibleName(name)
            form.addRow(box)
            boxes[stretch.id] = box
        self._field_widgets[row.name] = boxes[STRETCH_IDS[0]]
        self._field_names[row.name] = self.tr(row.label)

        def show(disabled: tuple[str, ...]) -> None:
            for stretch_id, box in boxes.items():
                box.setChecked(stretch_id not in disabled)

        self._editors[row.name] = (
            show,
            lambda: tuple(sid for sid in STRETCH_IDS if not boxes[sid].isChecked()),
        )
        return intro

    def _data_rows(self, form: QFormLayout) -> None:
        """Where the data lives, and the buttons to open it or delete it all."""
        self._data_location = QLabel(str(self._data_dir))
        self._data_location.setObjectName("data_location_label")
        self._data_location.setAccessibleName(self.tr("Data location"))
        self._data_location.setWordWrap(True)
        self._data_location.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._data_location.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        location_label = QLabel(self.tr("Data location:"))
        location_label.setBuddy(self._data_location)
        form.addRow(location_label, self._data_location)

        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.setObjectName("open_data_folder_button")
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.clicked.connect(self._on_open_folder_clicked)
        delete_all = QPushButton(self.tr("&Delete all my data…"))
        delete_all.setObjectName("delete_all_data_button")
        delete_all.setAccessibleName(self.tr("Delete all my data"))
        delete_all.clicked.connect(self._on_delete_all_clicked)
        buttons_row = QWidget()
        buttons_layout = QHBoxLayout(buttons_row)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(open_folder)
        buttons_layout.addWidget(delete_all)
        buttons_layout.addStretch(1)
        form.addRow("", buttons_row)

    # --- building blocks ------------------------------------------------------------------------

    def _add_page(self, title: str, name: str, page: QWidget) -> None:
        page.setObjectName(name)
        self._sections.addItem(title.replace("&&", "&"))
        self._pages.addWidget(page)

    def _form_page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        # Labels above fields when the dialog is narrow, instead of squeezing the fields.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return page, form

    def _add_row(
        self,
        form: QFormLayout,
        field_name: str,
        label_text: str,
        widget: QWidget,
        row_widget: QWidget | None = None,
    ) -> None:
        """A labelled row: the label is the widget's buddy and gives it its accessible name."""
        widget.setObjectName(field_name)
        widget.setAccessibleName(_plain(label_text))
        label = QLabel(label_text)
        label.setObjectName(f"{field_name}_label")
        label.setBuddy(widget)
        form.addRow(label, row_widget or widget)
        self._field_widgets[field_name] = widget
        self._field_names[field_name] = _plain(label_text)

    def _spin_row(
        self, form: QFormLayout, field_name: str, label_text: str, suffix: str
    ) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*INT_BOUNDS[field_name])
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        spin.setMinimumWidth(spin.sizeHint().width() + spin.fontMetrics().averageCharWidth() * 2)
        self._add_row(form, field_name, label_text, spin)
        return spin

    def _time_row(
        self, form: QFormLayout, field_name: str, label_text: str, spoken: str
    ) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat(_TIME_FORMAT)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._add_row(form, field_name, label_text, edit)
        if spoken:  # "Start" alone says too little to a screen reader user
            edit.setAccessibleName(spoken)
            self._field_names[field_name] = spoken
        return edit

    def _check_row(self, form: QFormLayout, field_name: str, text: str) -> QCheckBox:
        """A check box is its own label; it spans the row."""
        box = QCheckBox(text)
        box.setObjectName(field_name)
        box.setAccessibleName(_plain(text))
        form.addRow(box)
        self._field_widgets[field_name] = box
        self._field_names[field_name] = _plain(text)
        return box

    def _explanation(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        label.setContentsMargins(indent + 6, 0, 0, 4)
        return label

    def _enable_with(self, switch: QCheckBox, *widgets: QWidget) -> None:
        """Grey out `widgets` while `switch` is off; they keep their values."""

        def update(is_on: bool) -> None:
            for widget in widgets:
                widget.setEnabled(is_on)
                # Keep each row's label in step with its field.
                parent = widget.parentWidget()
                form = parent.layout() if parent is not None else None
                label = form.labelForField(widget) if isinstance(form, QFormLayout) else None
                if label is not None:
                    label.setEnabled(is_on)

        switch.toggled.connect(update)
        update(switch.isChecked())

    def _name_button(self, which: QDialogButtonBox.StandardButton, name: str, text: str) -> None:
        button = self._buttons.button(which)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text)

    def _fill_camera_choices(self, selected_index: int) -> None:
        low, high = INT_BOUNDS["camera_index"]
        choices = [(i, name) for i, name in self._camera_names if low <= i <= high]
        if not choices:
            choices = [
                (i, self.tr("Camera {index}").format(index=i)) for i in range(_DEFAULT_CAMERA_COUNT)
            ]
        names = [name for _, name in choices]
        if selected_index not in {i for i, _ in choices}:
            # Keep the saved choice even when that camera is not plugged in right now.
            choices.append((selected_index, self.tr("Camera {index}").format(index=selected_index)))
            names.append(choices[-1][1])
        self._camera_device.clear()
        for i, name in choices:
            # Two cameras of the same model have the same name; the number tells them apart.
            text = name if names.count(name) == 1 else f"{name} ({i})"
            self._camera_device.addItem(text, i)
        self._camera_device.setCurrentIndex(self._camera_device.findData(selected_index))

    # --- settings <-> form ----------------------------------------------------------------------

    def _show_settings(self, settings: Settings) -> None:
        for name, (show, _read) in self._editors.items():
            show(getattr(settings, name))

    def _form_values(self) -> dict[str, Any]:
        """Every field the form shows, as Settings field values."""
        return {name: read() for name, (_show, read) in self._editors.items()}

    def _apply_form(self) -> bool:
        """Emit the settings the form holds; on an impossible combination say why instead."""
        try:
            settings = self._settings.replace(**self._form_values())
        except SettingsError as error:
            self._show_error(error)
            return False
        self._hide_error()
        self._settings = settings
        self.settings_changed.emit(settings)
        return True

    def _show_error(self, error: SettingsError) -> None:
        field = self._field_names.get(error.field_name, error.field_name.replace("_", " "))
        text = self.tr("Not saved. {field}: {reason}").format(field=field,
                                                             reason=error.reason_text())
        self._error_label.setText(text)
        self._error_label.setAccessibleName(text)
        self._error_icon.show()
        self._error_label.show()
        widget = self._field_widgets.get(error.field_name)
        if widget is not None:
            for row in range(self._pages.count()):
                page = self._pages.widget(row)
                if page is not None and page.isAncestorOf(widget):
                    self._sections.setCurrentRow(row)
                    break
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._error_label, text))

    def _hide_error(self) -> None:
        self._error_label.clear()
        self._error_icon.hide()
        self._error_label.hide()

    # --- slots ----------------------------------------------------------------------------------

    def _on_apply_button_clicked(self) -> None:
        self._apply_form()

    def _on_restore_defaults_button_clicked(self) -> None:
        # Only the form: nothing is saved until OK or Apply, and hidden fields are kept then.
        self._hide_error()
        self._show_settings(Settings())

    def _on_browse_model_clicked(self) -> None:
        current = self._model_path.text().strip()
        start_dir = str(Path(current).parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a pose model"),
            start_dir,
            self.tr("MediaPipe task files (*.task);;All files (*)"),
        )
        if path:
            self._model_path.setText(path)

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def _on_delete_all_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete all my data"),
            self.tr(
                "Delete your posture history, summaries, settings and calibration? "
                "This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_all_data_requested.emit()
