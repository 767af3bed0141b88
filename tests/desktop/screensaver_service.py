"""A stand-in for the desktop's screen saver: owns org.freedesktop.ScreenSaver on the session
bus and emits ActiveChanged when told to on stdin ("lock", "unlock"); "quit" ends it.

Run as `python -m tests.desktop.screensaver_service`; it prints "ready" once it owns the name
(Qt delivers a signal only from the owner of the service name an app subscribed to).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


def main() -> int:
    """Serve until stdin says "quit" or closes."""
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected() or not bus.registerService(SERVICE):
        print(f"cannot own {SERVICE}: {bus.lastError().message()}", file=sys.stderr)
        return 1
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        if command not in ("lock", "unlock"):
            print(f"unknown command {command!r}", file=sys.stderr)
            continue
        message = QDBusMessage.createSignal(PATH, SERVICE, "ActiveChanged")
        message.setArguments([command == "lock"])
        bus.send(message)
        app.processEvents()
        print(command, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
