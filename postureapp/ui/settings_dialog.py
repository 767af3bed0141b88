"""The settings dialog: every Settings field a user may change, grouped the way users think."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt, QTime, QUrl, Signal
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

from postureapp.core.settings import INT_BOUNDS, STRETCH_IDS, WEEKDAYS, Settings, SettingsError
from postureapp.ui.override import override

_TIME_FORMAT: Final = "HH:mm"
_DEFAULT_CAMERA_COUNT: Final = 4
_ERROR_STYLE: Final = "color: #b00020; font-weight: bold;"


def _stretch_catalogue() -> dict[str, tuple[str, bool]]:
    """(display name, needs the floor) of each stretch by id; empty without the catalogue."""
    try:
        from postureapp.core.stretches import STRETCHES
    except ImportError:
        return {}
    return {stretch.id: (stretch.name, not stretch.fits_desk) for stretch in STRETCHES}


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
        self.setWindowTitle(self.tr("Settings"))

        self._sections = QListWidget()
        self._sections.setObjectName("settings_sections")
        self._sections.setAccessibleName(self.tr("Settings sections"))
        self._sections.setSpacing(2)
        self._pages = QStackedWidget()
        self._pages.setObjectName("settings_pages")
        self._sections.currentRowChanged.connect(self._pages.setCurrentIndex)

        self._add_page(self.tr("Breaks"), "breaks_page", self._build_breaks_page())
        self._add_page(self.tr("Posture"), "posture_page", self._build_posture_page())
        self._add_page(self.tr("Camera"), "camera_page", self._build_camera_page())
        self._add_page(self.tr("Schedule"), "schedule_page", self._build_schedule_page())
        self._add_page(self.tr("Stretches"), "stretches_page", self._build_stretches_page())
        self._add_page(
            self.tr("Notifications"), "notifications_page", self._build_notifications_page()
        )
        self._add_page(self.tr("System && data"), "system_page", self._build_system_page())
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
        self._error_label.setStyleSheet(_ERROR_STYLE)
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

    # --- pages ----------------------------------------------------------------------------------

    def _build_breaks_page(self) -> QWidget:
        page, form = self._form_page()
        self._sitting_limit = self._spin_row(
            form, "sitting_limit_min", self.tr("&Sitting limit before a break:"), self.tr(" min")
        )
        self._break_length = self._spin_row(
            form, "break_length_min", self.tr("&Break length:"), self.tr(" min")
        )
        self._natural_break = self._spin_row(
            form,
            "natural_break_min",
            self.tr("&Time away that counts as a break:"),
            self.tr(" min"),
        )
        self._snooze = self._spin_row(
            form, "snooze_min", self.tr("S&nooze length:"), self.tr(" min")
        )
        self._max_snoozes = self._spin_row(
            form, "max_snoozes", self.tr("&Most snoozes in a row:"), ""
        )
        self._max_snoozes.setSpecialValueText(self.tr("No snoozing"))
        return page

    def _build_posture_page(self) -> QWidget:
        page, form = self._form_page()
        self._sensitivity = QSlider(Qt.Orientation.Horizontal)
        self._sensitivity.setRange(*INT_BOUNDS["sensitivity"])
        self._sensitivity.setPageStep(1)
        self._sensitivity.setTickInterval(1)
        self._sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._sensitivity.setAccessibleDescription(
            self.tr("From 1, lenient, to 10, strict: how far from upright counts as rounded.")
        )
        lenient = QLabel(self.tr("Lenient"))
        strict = QLabel(self.tr("Strict"))
        slider_row = QWidget()
        slider_layout = QHBoxLayout(slider_row)
        slider_layout.setContentsMargins(0, 0, 0, 0)
        slider_layout.addWidget(lenient)
        slider_layout.addWidget(self._sensitivity, 1)
        slider_layout.addWidget(strict)
        self._add_row(
            form,
            "sensitivity",
            self.tr("Posture &sensitivity:"),
            self._sensitivity,
            row_widget=slider_row,
        )

        self._nudges = self._check_row(
            form, "nudges_enabled", self.tr("&Nudge me when I round my back")
        )
        self._nudge_after = self._spin_row(
            form, "nudge_after_s", self.tr("&Rounded for how long before a nudge:"), self.tr(" s")
        )
        self._nudge_cooldown = self._spin_row(
            form,
            "nudge_cooldown_min",
            self.tr("&Wait between nudges at least:"),
            self.tr(" min"),
        )
        self._enable_with(self._nudges, self._nudge_after, self._nudge_cooldown)
        return page

    def _build_camera_page(self) -> QWidget:
        page, form = self._form_page()
        self._camera_enabled = self._check_row(
            form, "camera_enabled", self.tr("&Use the camera to watch my posture")
        )

        self._camera_device = QComboBox()
        self._add_row(form, "camera_index", self.tr("Ca&mera:"), self._camera_device)

        self._sample_interval = self._spin_row(
            form, "sample_interval_s", self.tr("Check posture &every:"), self.tr(" s")
        )

        self._keep_open = QRadioButton(self.tr("&Keep the camera open"))
        self._keep_open.setObjectName("keep_camera_open_radio")
        self._keep_open.setAccessibleName(self.tr("Keep the camera open"))
        keep_open_text = self.tr(
            "The camera light stays on while the app watches, and each check is instant. "
            "While postureapp holds the camera, a video call app may not be able to use it."
        )
        self._keep_open.setAccessibleDescription(keep_open_text)
        self._open_per_sample = QRadioButton(
            self.tr("&Open the camera only to take a sample (recommended)")
        )
        self._open_per_sample.setObjectName("open_camera_per_sample_radio")
        self._open_per_sample.setAccessibleName(self.tr("Open the camera only to take a sample"))
        per_sample_text = self.tr(
            "The camera light blinks on briefly for each check, and each check takes a second "
            "or more while the camera wakes up. Between checks the camera is closed, which "
            "some people prefer for privacy, and other apps can use it."
        )
        self._open_per_sample.setAccessibleDescription(per_sample_text)
        self._camera_mode = QButtonGroup(self)
        self._camera_mode.addButton(self._keep_open)
        self._camera_mode.addButton(self._open_per_sample)
        mode_box = QWidget()
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.addWidget(self._open_per_sample)
        mode_layout.addWidget(
            self._explanation(per_sample_text, "open_camera_per_sample_explanation")
        )
        mode_layout.addWidget(self._keep_open)
        mode_layout.addWidget(self._explanation(keep_open_text, "keep_camera_open_explanation"))
        mode_label = QLabel(self.tr("Between checks:"))
        mode_label.setBuddy(self._keep_open)
        form.addRow(mode_label, mode_box)
        self._field_widgets["keep_camera_open"] = self._keep_open
        self._field_names["keep_camera_open"] = self.tr("Between checks")

        self._show_preview = self._check_row(
            form, "show_preview", self.tr("Show a live &preview while calibrating")
        )

        self._model_path = QLineEdit()
        self._model_path.setPlaceholderText(self.tr("Empty: use the built-in model"))
        self._model_path.setClearButtonEnabled(True)
        self._browse_model = QPushButton(self.tr("B&rowse…"))
        self._browse_model.setObjectName("browse_model_button")
        self._browse_model.setAccessibleName(self.tr("Browse for a pose model file"))
        self._browse_model.clicked.connect(self._on_browse_model_clicked)
        model_row = QWidget()
        model_layout = QHBoxLayout(model_row)
        model_layout.setContentsMargins(0, 0, 0, 0)
        model_layout.addWidget(self._model_path, 1)
        model_layout.addWidget(self._browse_model)
        self._add_row(
            form,
            "model_path",
            self.tr("Custom pose mo&del file:"),
            self._model_path,
            row_widget=model_row,
        )
        self._enable_with(
            self._camera_enabled,
            self._camera_device,
            self._sample_interval,
            mode_box,
            self._show_preview,
            model_row,
        )
        return page

    def _build_schedule_page(self) -> QWidget:
        page, form = self._form_page()
        self._schedule_enabled = self._check_row(
            form, "schedule_enabled", self.tr("&Only remind me during working hours")
        )
        self._work_start = self._time_row(form, "work_start", self.tr("&Start:"))
        self._work_end = self._time_row(form, "work_end", self.tr("&End:"))

        day_texts = {
            "mon": (self.tr("&Mon"), self.tr("Monday")),
            "tue": (self.tr("&Tue"), self.tr("Tuesday")),
            "wed": (self.tr("&Wed"), self.tr("Wednesday")),
            "thu": (self.tr("T&hu"), self.tr("Thursday")),
            "fri": (self.tr("&Fri"), self.tr("Friday")),
            "sat": (self.tr("S&at"), self.tr("Saturday")),
            "sun": (self.tr("S&un"), self.tr("Sunday")),
        }
        self._work_days: dict[str, QCheckBox] = {}
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
            self._work_days[day] = box
        days_layout.addStretch(1)
        days_label = QLabel(self.tr("Working days:"))
        days_label.setBuddy(self._work_days[WEEKDAYS[0]])
        form.addRow(days_label, days_row)
        self._field_widgets["work_days"] = self._work_days[WEEKDAYS[0]]
        self._field_names["work_days"] = self.tr("Working days")
        return page

    def _build_stretches_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._floor_exercises = QCheckBox(self.tr("Include &floor exercises"))
        self._floor_exercises.setObjectName("floor_exercises")
        self._floor_exercises.setAccessibleName(self.tr("Include floor exercises"))
        floor_text = self.tr(
            "Floor exercises need space to kneel or lie down. When this is off, breaks only "
            "suggest what you can do at your desk."
        )
        self._floor_exercises.setAccessibleDescription(floor_text)
        layout.addWidget(self._floor_exercises)
        layout.addWidget(self._explanation(floor_text, "floor_exercises_explanation"))
        self._field_widgets["floor_exercises"] = self._floor_exercises
        self._field_names["floor_exercises"] = self.tr("Include floor exercises")

        self._camera_counts = QCheckBox(self.tr("&Count stretches with the camera"))
        self._camera_counts.setObjectName("camera_counts_stretches")
        self._camera_counts.setAccessibleName(self.tr("Count stretches with the camera"))
        counts_text = self.tr(
            "During a guided break the camera watches the stretch on screen, about 5 times a "
            "second, to count repetitions and time holds, and says which stretches it saw done. "
            "Frames stay in memory and are never stored; the camera is released when the break "
            "ends. Works once you have calibrated; off means the break's timer counts instead."
        )
        self._camera_counts.setAccessibleDescription(counts_text)
        layout.addWidget(self._camera_counts)
        layout.addWidget(self._explanation(counts_text, "camera_counts_stretches_explanation"))
        self._field_widgets["camera_counts_stretches"] = self._camera_counts
        self._field_names["camera_counts_stretches"] = self.tr("Count stretches with the camera")

        layout.addSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))
        intro = QLabel(
            self.tr(
                "Suggest these stretches (if you untick them all, breaks suggest a short walk):"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        catalogue = _stretch_catalogue()
        self._stretches: dict[str, QCheckBox] = {}
        for stretch_id in STRETCH_IDS:
            name, is_floor_only = catalogue.get(stretch_id, (stretch_id, False))
            if is_floor_only:
                name = self.tr("{name} (on the floor)").format(name=name)
            box = QCheckBox(name)
            box.setObjectName(f"stretch_{stretch_id}")
            box.setAccessibleName(name)
            layout.addWidget(box)
            self._stretches[stretch_id] = box
        self._field_widgets["disabled_stretches"] = self._stretches[STRETCH_IDS[0]]
        self._field_names["disabled_stretches"] = self.tr("Stretches")
        layout.addStretch(1)
        return page

    def _build_notifications_page(self) -> QWidget:
        page, form = self._form_page()
        self._sound = self._check_row(
            form, "sound_enabled", self.tr("&Play a sound with reminders")
        )
        self._end_of_day = self._check_row(
            form, "end_of_day_summary", self.tr("Show an &end-of-day summary notification")
        )
        return page

    def _build_system_page(self) -> QWidget:
        page, form = self._form_page()
        self._start_at_login = self._check_row(
            form, "start_at_login", self.tr("&Start when I log in")
        )
        self._retention = self._spin_row(
            form, "retention_days", self.tr("&Keep posture history for:"), self.tr(" days")
        )

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
        return page

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

    def _time_row(self, form: QFormLayout, field_name: str, label_text: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat(_TIME_FORMAT)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._add_row(form, field_name, label_text, edit)
        # "Start" alone says too little to a screen reader user.
        edit.setAccessibleName(
            self.tr("Start of working hours")
            if field_name == "work_start"
            else self.tr("End of working hours")
        )
        self._field_names[field_name] = edit.accessibleName()
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
        self._sitting_limit.setValue(settings.sitting_limit_min)
        self._break_length.setValue(settings.break_length_min)
        self._natural_break.setValue(settings.natural_break_min)
        self._snooze.setValue(settings.snooze_min)
        self._max_snoozes.setValue(settings.max_snoozes)

        self._sensitivity.setValue(settings.sensitivity)
        self._nudges.setChecked(settings.nudges_enabled)
        self._nudge_after.setValue(settings.nudge_after_s)
        self._nudge_cooldown.setValue(settings.nudge_cooldown_min)

        self._camera_enabled.setChecked(settings.camera_enabled)
        self._fill_camera_choices(settings.camera_index)
        self._sample_interval.setValue(settings.sample_interval_s)
        self._keep_open.setChecked(settings.keep_camera_open)
        self._open_per_sample.setChecked(not settings.keep_camera_open)
        self._show_preview.setChecked(settings.show_preview)
        self._model_path.setText(settings.model_path)

        self._schedule_enabled.setChecked(settings.schedule_enabled)
        self._work_start.setTime(QTime.fromString(settings.work_start, _TIME_FORMAT))
        self._work_end.setTime(QTime.fromString(settings.work_end, _TIME_FORMAT))
        for day, box in self._work_days.items():
            box.setChecked(day in settings.work_days)

        for stretch_id, box in self._stretches.items():
            box.setChecked(stretch_id not in settings.disabled_stretches)
        self._floor_exercises.setChecked(settings.floor_exercises)
        self._camera_counts.setChecked(settings.camera_counts_stretches)

        self._sound.setChecked(settings.sound_enabled)
        self._end_of_day.setChecked(settings.end_of_day_summary)

        self._start_at_login.setChecked(settings.start_at_login)
        self._retention.setValue(settings.retention_days)

    def _form_values(self) -> dict[str, Any]:
        """Every field the form shows, as Settings field values."""
        camera_index = self._camera_device.currentData()
        return {
            "sitting_limit_min": self._sitting_limit.value(),
            "break_length_min": self._break_length.value(),
            "natural_break_min": self._natural_break.value(),
            "snooze_min": self._snooze.value(),
            "max_snoozes": self._max_snoozes.value(),
            "sensitivity": self._sensitivity.value(),
            "nudges_enabled": self._nudges.isChecked(),
            "nudge_after_s": self._nudge_after.value(),
            "nudge_cooldown_min": self._nudge_cooldown.value(),
            "camera_enabled": self._camera_enabled.isChecked(),
            "camera_index": camera_index if isinstance(camera_index, int) else 0,
            "sample_interval_s": self._sample_interval.value(),
            "keep_camera_open": self._keep_open.isChecked(),
            "show_preview": self._show_preview.isChecked(),
            "model_path": self._model_path.text().strip(),
            "schedule_enabled": self._schedule_enabled.isChecked(),
            "work_start": self._work_start.time().toString(_TIME_FORMAT),
            "work_end": self._work_end.time().toString(_TIME_FORMAT),
            "work_days": tuple(day for day in WEEKDAYS if self._work_days[day].isChecked()),
            "disabled_stretches": tuple(
                stretch_id
                for stretch_id in STRETCH_IDS
                if not self._stretches[stretch_id].isChecked()
            ),
            "floor_exercises": self._floor_exercises.isChecked(),
            "camera_counts_stretches": self._camera_counts.isChecked(),
            "sound_enabled": self._sound.isChecked(),
            "end_of_day_summary": self._end_of_day.isChecked(),
            "start_at_login": self._start_at_login.isChecked(),
            "retention_days": self._retention.value(),
        }

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
        reason = str(error).removeprefix(f"{error.field_name}: ")
        field = self._field_names.get(error.field_name, error.field_name.replace("_", " "))
        text = self.tr("Not saved. {field}: {reason}").format(field=field, reason=reason)
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
