"""`postureapp ctl`: control the running app from a terminal, a keybinding or a status bar.

Talks to the running instance over its single-instance socket (postureapp.core.control), so it
works with or without a D-Bus session. Exit codes: 0 done, 1 refused by the app (e.g. "no break
is due"), 2 invalid input, 3 no running instance of this user's for that settings folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Final

from postureapp.core.control import USER_ACTIONS, ControlError, command_from_words
from postureapp.paths import RuntimeDirError, default_paths, instance_socket_path

EXIT_REFUSED: Final = 1
EXIT_INVALID: Final = 2
EXIT_NOT_RUNNING: Final = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `ctl` subcommand's arguments."""
    parser.add_argument("action", metavar="ACTION", choices=[a.value for a in USER_ACTIONS],
                        help="pause [DURATION] | resume | break | snooze | "
                             "meeting DURATION|over | status")
    parser.add_argument("argument", metavar="DURATION", nargs="?",
                        help="e.g. 90s, 15m, 1h, 1h30m or plain seconds; `pause` alone (or 0) "
                             "pauses until resumed, `meeting over` ends a meeting")
    parser.add_argument("--json", action="store_true",
                        help="print the resulting status as one JSON object")
    # SUPPRESS: given only before the subcommand (or by the environment), the value stays.
    parser.add_argument("--config-dir", type=Path, default=argparse.SUPPRESS,
                        help="reach the instance using this settings folder "
                             "(env POSTUREAPP_CONFIG_DIR)")


def run_ctl(args: argparse.Namespace, out: IO[str] | None = None,
            err: IO[str] | None = None) -> int:
    """Send the command to the running app and print its reply; returns the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        command = command_from_words(args.action, args.argument)
    except ControlError as error:
        print(f"postureapp ctl: {error}", file=err)
        return EXIT_INVALID
    config_dir = default_paths(args).config_dir
    # Imported here: Qt's socket is only needed once the input is known to be good.
    from postureapp.ui.desktop_session import InstanceUnreachableError, send_command

    try:
        reply = send_command(instance_socket_path(config_dir), command)
    except (InstanceUnreachableError, RuntimeDirError) as error:
        print(f"postureapp ctl: {error}\n(settings folder: {config_dir}; start postureapp, or "
              "pass the --config-dir the running app uses)", file=err)
        return EXIT_NOT_RUNNING
    if args.json:
        print(json.dumps(reply.status, sort_keys=True), file=out)
    else:
        print(reply.status.get("tooltip", ""), file=out)
    if not reply.is_done:
        print(f"postureapp ctl: {args.action}: {reply.error}", file=err)
        return EXIT_REFUSED
    return 0
