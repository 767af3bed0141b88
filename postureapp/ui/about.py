"""The About box: version, what happens to camera pictures, the pose model and where data lives."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtWidgets import QMessageBox, QWidget

from postureapp.core.i18n import QT_TRANSLATE_NOOP

PRIVACY_STATEMENT: Final = QT_TRANSLATE_NOOP(
    "AboutBox",
    "postureapp looks at your posture through the webcam to coach you. Camera pictures are "
    "analysed in memory on this computer and immediately discarded: no picture is ever saved "
    "or sent anywhere, and postureapp makes no network connections. What it keeps is a "
    "per-minute posture summary and your break history, stored only on this computer.",
)


class AboutBox(QMessageBox):
    """The About box, in the desktop's own look (a standard message box)."""

    def __init__(
        self,
        version: str,
        model: str,
        config_dir: Path,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        """Build the box.

        Args:
            version: The app's version.
            model: The pose model in use, in words.
            config_dir: Where the settings are kept.
            data_dir: Where the history is kept.
            parent: The owning widget, if any.
        """
        super().__init__(parent)
        self.setObjectName("about_box")
        self.setWindowTitle(self.tr("About postureapp"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(
            self.tr(
                "postureapp {version}\n\n{privacy}\n\nPose model: {model}\nSettings: {config}\n"
                "History: {data}"
            ).format(version=version, privacy=self.tr(PRIVACY_STATEMENT), model=model,
                     config=config_dir, data=data_dir)
        )
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(QMessageBox.StandardButton.Ok)
        ok = self.button(QMessageBox.StandardButton.Ok)
        ok.setAccessibleName(self.tr("Close About"))
