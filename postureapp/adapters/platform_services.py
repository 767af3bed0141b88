"""The desktop's services the app uses, in one bundle: real adapters, or null objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from postureapp.adapters.autostart import NoAutostart, XdgAutostart
from postureapp.adapters.export import FileSummaryExporter
from postureapp.adapters.session_signals import NullSessionSignals, watch_session_signals
from postureapp.core.notifications import Notifier, NullNotifier
from postureapp.core.ports import StartAtLogin, SummaryExporter


@dataclass(frozen=True)
class PlatformServices:
    """The desktop's services; by default each is a null object, so tests touch nothing real.

    Attributes:
        session_signals: Screen lock and suspend.
        start_at_login: The autostart entry.
        list_cameras: The cameras the settings dialog offers, as (index, name).
        exporter: Writes the summary window's exports.
        notifier: The desktop's notification service.
    """

    session_signals: NullSessionSignals = field(default_factory=NullSessionSignals)
    start_at_login: StartAtLogin = field(default_factory=NoAutostart)
    list_cameras: Callable[[], list[tuple[int, str]]] = list
    exporter: SummaryExporter = field(default_factory=FileSummaryExporter)
    notifier: Notifier = field(default_factory=NullNotifier)

    @classmethod
    def of_this_desktop(cls) -> PlatformServices:
        """The real services, where the desktop offers them (null objects where not)."""
        from postureapp.adapters.camera_devices import list_cameras

        return cls(watch_session_signals(), XdgAutostart(), list_cameras)
