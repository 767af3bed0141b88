"""The QApplication, set up as a tray app needs it, and quitting cleanly on SIGTERM, SIGINT and
SIGHUP."""

from __future__ import annotations

import contextlib
import signal
import socket
import sys

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from postureapp.ui.qt_environment import drop_opencv_qt_paths
from postureapp.ui.resources import icon_path


def make_application(version: str) -> QApplication:
    """The app's QApplication (the existing one, if any), named, with its icon, and kept
    running when its last window closes (the tray stays)."""
    drop_opencv_qt_paths()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("postureapp")
    app.setApplicationVersion(version)
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(QIcon(str(icon_path("postureapp.svg"))))
    return app


def quit_on_termination_signals(app: QCoreApplication) -> QSocketNotifier | None:
    """Make SIGTERM, SIGINT (Ctrl+C) and SIGHUP (logout, a closed terminal) quit `app` through
    its event loop.

    Qt's loop does not run Python signal handlers by itself, so a socket pair wakes it.

    Returns:
        The notifier to keep alive while the app runs, or None where no socket pair exists.
    """
    try:
        reader, writer = socket.socketpair()
    except OSError:
        return None
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    hangup = getattr(signal, "SIGHUP", None)  # not on Windows
    for signum in (signal.SIGTERM, signal.SIGINT, *([hangup] if hangup else [])):
        signal.signal(signum, lambda *_: None)  # the wakeup fd does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def on_activated() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        QCoreApplication.quit()

    notifier.activated.connect(on_activated)
    notifier.setProperty("sockets", [reader, writer])  # keep them alive
    app.setProperty("_signal_sockets", (reader, writer))
    return notifier
