"""Start at login, the platform's way: an XDG autostart entry on Linux.

Windows (a shortcut in the Startup folder or a Run registry key) and macOS (a LaunchAgent) are
not supported yet; the setting then says so instead of silently doing nothing.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from postureapp.core.i18n import translate

DESKTOP_FILE_NAME = "postureapp.desktop"


def autostart_dir() -> Path:
    """`$XDG_CONFIG_HOME/autostart` (default `~/.config/autostart`)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def exec_quote(argument: str) -> str:
    """Quote one argument for a desktop entry's Exec key.

    The Desktop Entry spec reserves single quotes; an argument with spaces or reserved characters
    goes in double quotes with `"`, `` ` ``, `$` and `\\` escaped by a backslash. The file's
    string escaping then applies on top, doubling every backslash.
    """
    if argument and not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("\\", "\\\\")


def launch_command() -> str:
    """How to start this installation of the app, as a desktop-entry Exec line."""
    if getattr(sys, "frozen", False):
        return exec_quote(sys.executable)
    script = shutil.which("postureapp", path=str(Path(sys.executable).parent))
    if script:
        return exec_quote(script)
    return f"{exec_quote(sys.executable)} -m postureapp"


def desktop_entry(exec_line: str, autostart: bool) -> str:
    """The text of a freedesktop .desktop entry for the app."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=postureapp",
        "GenericName=Posture and break coach",
        "Comment=Watches your posture through the webcam and reminds you to stand up and stretch",
        f"Exec={exec_line}",
        "Icon=postureapp",
        "Terminal=false",
        "Categories=Utility;",
        "Keywords=posture;break;stretch;ergonomics;",
        "StartupNotify=false",
    ]
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def apply_start_at_login(enabled: bool, directory: Path | None = None) -> str | None:
    """Create or remove the autostart entry; returns a message when it cannot be done."""
    if not sys.platform.startswith("linux"):
        if not enabled:
            return None
        return translate("autostart", "Start at login is only supported on Linux so far.")
    target = (directory or autostart_dir()) / DESKTOP_FILE_NAME
    try:
        if enabled:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(".tmp")
            temporary.write_text(desktop_entry(launch_command(), autostart=True),
                                 encoding="utf-8")
            os.replace(temporary, target)
        elif target.exists():
            target.unlink()
    except OSError as error:
        return translate("autostart", "Could not change start at login ({file}): {problem}").format(
            file=target, problem=error.strerror or error)
    return None


class XdgAutostart:
    """Start at login through an XDG autostart entry (Linux desktops)."""

    def __init__(self, directory: Path | None = None) -> None:
        """Use `directory` for the entry (default: the user's autostart folder)."""
        self._directory = directory

    def apply(self, enabled: bool) -> str | None:
        """Create or remove the entry; returns a message when it cannot be done."""
        return apply_start_at_login(enabled, self._directory)


class NoAutostart:
    """No start at login here (and nothing touched): the null object for tests and platforms
    without autostart."""

    def apply(self, enabled: bool) -> str | None:
        """Change nothing."""
        return None
