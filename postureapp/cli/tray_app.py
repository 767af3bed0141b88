"""The tray app as a command: set up the process, build the real adapters, run `PostureApp`.

Everything here happens once per run and decides only what a command decides: the exit code
for bad options, a second start, or a runtime folder others can reach.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtWidgets import QSystemTrayIcon

from postureapp import __version__
from postureapp.adapters.dbus_control import open_control_service
from postureapp.adapters.platform_services import PlatformServices
from postureapp.app import PostureApp
from postureapp.core.clock import SystemClock
from postureapp.core.notifications import NOTICE_KEY, Notification
from postureapp.core.settings import SettingsError
from postureapp.core.settings_overrides import RunOverrides, settings_from_overrides
from postureapp.paths import (
    RuntimeDirError,
    default_paths,
    held_history_dirs,
    instance_socket_path,
    timer_state_path,
)
from postureapp.ui.application import make_application, quit_on_termination_signals
from postureapp.ui.desktop_session import SingleInstance
from postureapp.ui.language import install_language
from postureapp.ui.resources import icon_path
from postureapp.ui.tray import NO_TRAY_REASON

LOG = logging.getLogger("postureapp")


def run_app(args: argparse.Namespace) -> int:
    """Start the tray app; returns the exit code."""
    from postureapp.adapters.camera import frame_source_for
    from postureapp.adapters.mediapipe_pose import estimator_for, stretch_estimator_for
    from postureapp.adapters.settings_file import JsonSettingsRepository
    from postureapp.adapters.sqlite_store import HISTORY_FILE_NAME, SqliteSummaryRepository

    level = os.environ.get("POSTUREAPP_LOG", "").upper()
    if level:
        logging.basicConfig(level=getattr(logging, level, logging.INFO),
                            format="postureapp %(levelname)s: %(message)s")
    paths = default_paths(args)
    repository = JsonSettingsRepository(paths.config_dir)
    loaded = repository.load_report()
    try:
        settings = settings_from_overrides(loaded.settings, args.overrides)
    except SettingsError as error:
        print(f"error: --set {error}", file=sys.stderr)
        return 2
    if args.model is not None:
        settings = settings.replace(model_path=str(args.model))  # this run only, like --set

    app = make_application(__version__)
    # Settings are read before Qt starts (a bad --set must not need a display, and they name the
    # language); what loading them reported is kept as messages and translated below, when shown.
    install_language(app, settings.language)

    try:
        instance = SingleInstance(instance_socket_path(paths.config_dir))
    except RuntimeDirError as error:
        print(f"error: {error}: set XDG_RUNTIME_DIR to a folder only you can use",
              file=sys.stderr)
        return 1
    if instance.notify_running_instance():
        print("postureapp is already running; it has been brought forward.", file=sys.stderr)
        return 0
    instance.listen()

    store = SqliteSummaryRepository(paths.data_dir / HISTORY_FILE_NAME,
                                    held_rows_dirs=held_history_dirs())
    store.apply_retention(settings.retention_days)
    use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    platform = PlatformServices.of_this_desktop(icon_path("postureapp.svg"),
                                                timer_state_path(paths.config_dir))
    posture_app = PostureApp(settings, repository, store, SystemClock(),
                             lambda current: frame_source_for(current, args.camera),
                             estimator_for, paths, use_tray,
                             RunOverrides.between(loaded.settings, settings), platform=platform,
                             make_stretch_estimator=stretch_estimator_for)
    instance.serve_commands(posture_app.handle_control)
    control_service = open_control_service(posture_app.handle_control)
    posture_app.control_status_changed.connect(control_service.publish_status)
    quit_notifier = quit_on_termination_signals(app)
    app.aboutToQuit.connect(posture_app.shutdown)
    posture_app.start()
    history = store.status
    notices = [*(problem.text() for problem in loaded.problems), *history.notices,
               *([history.message] if history.message else [])]
    for notice in notices:
        LOG.warning("%s", notice)
    if notices:
        # One notification: a second tray balloon would replace the first before it is read.
        posture_app.notify(Notification(NOTICE_KEY, "postureapp", "\n\n".join(notices)))
    if not use_tray:
        print(NO_TRAY_REASON, file=sys.stderr)
    LOG.info("started (tray: %s, D-Bus session signals: %s, notifications: %s, idle time: %s)",
             use_tray, ", ".join(platform.session_signals.sources) or "none",
             type(posture_app.notifier).__name__, platform.idle_time.description)
    LOG.info("control: postureapp ctl; %s", control_service.description)
    code = app.exec()
    posture_app.shutdown()
    control_service.close()
    instance.close()
    del quit_notifier
    return int(code)
