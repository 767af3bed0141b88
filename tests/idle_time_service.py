"""A stand-in for a desktop's idle time service, in its own process as the real one is (the
adapter's call blocks its caller's thread).

Run as `python -m tests.idle_time_service ADDRESS KIND IDLE_MS`, KIND one of "freedesktop"
(KDE's org.freedesktop.ScreenSaver.GetSessionIdleTime), "mutter" (GNOME's
org.gnome.Mutter.IdleMonitor.GetIdletime) or "nonsense" (GetSessionIdleTime answering text).
It prints "ready" once it owns the name, and serves until stdin closes.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from postureapp.adapters.idle_time import FREEDESKTOP_SCREENSAVER, MUTTER_IDLE_MONITOR


# WORKAROUND: PySide6 stubs know no ClassInfo with a dict (the only way to give a key with a
# space), which QtDBus needs for the interface name.
@ClassInfo({"D-Bus Interface": FREEDESKTOP_SCREENSAVER[2]})  # type: ignore[call-arg]
class ScreenSaverIdle(QObject):  # type: ignore[operator]
    """Answers GetSessionIdleTime in milliseconds, as KDE's screen saver service does."""

    def __init__(self, idle_ms: int) -> None:
        super().__init__()
        self.idle_ms = idle_ms

    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:  # noqa: N802 - the D-Bus method's name
        return self.idle_ms


@ClassInfo({"D-Bus Interface": MUTTER_IDLE_MONITOR[2]})  # type: ignore[call-arg]
class MutterIdle(QObject):  # type: ignore[operator]
    """Answers GetIdletime in milliseconds, as GNOME's Mutter does."""

    def __init__(self, idle_ms: int) -> None:
        super().__init__()
        self.idle_ms = idle_ms

    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:  # noqa: N802 - the D-Bus method's name
        return self.idle_ms


@ClassInfo({"D-Bus Interface": FREEDESKTOP_SCREENSAVER[2]})  # type: ignore[call-arg]
class ConfusedScreenSaver(QObject):  # type: ignore[operator]
    """Answers GetSessionIdleTime with text, as no service should."""

    def __init__(self, _idle_ms: int) -> None:
        super().__init__()

    @Slot(result=str)
    def GetSessionIdleTime(self) -> str:  # noqa: N802 - the D-Bus method's name
        return "a while"


SERVICES = {
    "freedesktop": (FREEDESKTOP_SCREENSAVER, ScreenSaverIdle),
    "mutter": (MUTTER_IDLE_MONITOR, MutterIdle),
    "nonsense": (FREEDESKTOP_SCREENSAVER, ConfusedScreenSaver),
}


def main() -> int:
    """Serve until stdin closes."""
    address, kind, idle_ms = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = QCoreApplication(sys.argv[:1])
    (service, path, _interface, _member), make = SERVICES[kind]
    bus = QDBusConnection.connectToBus(address, "idle-time-service")
    answerer = make(idle_ms)
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not (bus.registerObject(path, answerer, options) and bus.registerService(service)):
        print(f"cannot serve {service}: {bus.lastError().message()}", file=sys.stderr)
        return 1
    print("ready", flush=True)
    threading.Thread(target=lambda: (sys.stdin.read(), app.quit()), daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
