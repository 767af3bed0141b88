"""Control from outside: the commands `postureapp ctl` and D-Bus send to the running app.

Holds what both doors share and decide: reading durations ("15m", "1h30m"), the wire format of
the single-instance socket (one line of JSON per request and per reply), which commands the
current state refuses (as the tray menu greys them out), and the status record every reply
carries, which is also the `postureapp ctl status --json` contract.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, Protocol

from postureapp.core.coach_inputs import (
    BreakNowChosen,
    CoachInput,
    MeetingChosen,
    PauseChosen,
    ResumeChosen,
    SnoozeChosen,
    Tick,
)
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus

MAX_DURATION_S: Final = 24 * 3600  # a pause or meeting longer than a day is a typo
MAX_LINE_BYTES: Final = 64 * 1024  # a request or reply is a few hundred bytes
_DURATION = re.compile(r"(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?")
_MEETING_OVER_WORDS: Final = ("over", "end", "0")


class ControlAction(StrEnum):
    """What a request asks the running app to do."""

    PAUSE = "pause"  # duration_s, or None until resumed
    RESUME = "resume"
    BREAK = "break"  # take a break now (or bring a due break's prompt back)
    SNOOZE = "snooze"  # put off the due break
    MEETING = "meeting"  # hold breaks for duration_s; None: the meeting is over
    STATUS = "status"
    ACTIVATE = "activate"  # a second start of the app: come forward


USER_ACTIONS: Final = tuple(a for a in ControlAction if a is not ControlAction.ACTIVATE)


class ControlError(ValueError):
    """Input that is not a valid command; the message says why, in words for the user."""


@dataclass(frozen=True, slots=True)
class ControlCommand:
    """One request to the running app.

    Attributes:
        action: What to do.
        duration_s: For PAUSE, how long (None: until resumed); for MEETING, how long
            (None: the meeting is over). None for the other actions.
    """

    action: ControlAction
    duration_s: int | None = None


@dataclass(frozen=True, slots=True)
class ControlReply:
    """The running app's answer: the status after the command, and why it refused, if it did.

    Attributes:
        status: The status record (see `status_record`); empty for ACTIVATE.
        error: Why the command was refused or could not be read; "" when it was carried out.
    """

    status: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    @property
    def is_done(self) -> bool:
        """Whether the command was carried out."""
        return not self.error


ControlHandler = Callable[[ControlCommand], ControlReply]


class ControlService(Protocol):
    """A door into the app besides the socket (the session bus); a null one where missing."""

    @property
    def description(self) -> str:
        """Where it can be reached, or why it cannot (for the log)."""
        ...

    def publish_status(self, status: dict[str, Any]) -> None:
        """Tell listeners the status changed."""
        ...

    def close(self) -> None:
        """Leave the bus (at quit)."""
        ...


# -- reading commands --------------------------------------------------------------------------


def parse_duration_s(text: str) -> int:
    """Seconds from "90", "90s", "15m", "1h" or "1h30m".

    Raises:
        ControlError: If the text is not such a duration, or is over MAX_DURATION_S.
    """
    cleaned = text.strip().lower()
    match = _DURATION.fullmatch(cleaned)
    if cleaned.isdigit():
        seconds = int(cleaned)
    elif cleaned and match is not None:
        seconds = sum(int(match[unit] or 0) * scale
                      for unit, scale in (("h", 3600), ("m", 60), ("s", 1)))
    else:
        raise ControlError(
            f"not a duration: {text!r} (use e.g. 90s, 15m, 1h, 1h30m or plain seconds)")
    if seconds > MAX_DURATION_S:
        raise ControlError(f"{text!r} is longer than {MAX_DURATION_S // 3600} hours")
    return seconds


def command_from_words(action: str, argument: str | None = None) -> ControlCommand:
    """The command that `postureapp ctl ACTION [ARGUMENT]` asks for.

    `pause` alone or `pause 0` pauses until resumed; `meeting` needs a length, or `over`
    (also `end` or `0`) when the meeting is over.

    Raises:
        ControlError: For an unknown action, a missing or unexpected argument, or a bad
            duration.
    """
    try:
        chosen = ControlAction(action)
    except ValueError:
        chosen = None
    if chosen is None or chosen not in USER_ACTIONS:
        names = ", ".join(a.value for a in USER_ACTIONS)
        raise ControlError(f"unknown command {action!r} (one of: {names})")
    if chosen is ControlAction.PAUSE:
        seconds = 0 if argument is None else parse_duration_s(argument)
        return ControlCommand(chosen, seconds or None)
    if chosen is ControlAction.MEETING:
        if argument is None:
            raise ControlError("meeting needs a length (e.g. meeting 1h) or 'over'")
        if argument.strip().lower() in _MEETING_OVER_WORDS:
            return ControlCommand(chosen, None)
        return ControlCommand(chosen, parse_duration_s(argument) or None)
    if argument is not None:
        raise ControlError(f"{chosen.value} takes no argument, got {argument!r}")
    return ControlCommand(chosen)


def command_from_seconds(action: ControlAction, seconds: int) -> ControlCommand:
    """A PAUSE or MEETING from a number of seconds, 0 meaning "until resumed" or "over".

    Raises:
        ControlError: If the seconds are negative or over MAX_DURATION_S.
    """
    if not 0 <= seconds <= MAX_DURATION_S:
        raise ControlError(f"seconds must be from 0 to {MAX_DURATION_S}, got {seconds}")
    return ControlCommand(action, seconds or None)


# -- the wire format ---------------------------------------------------------------------------


def encode_request(command: ControlCommand) -> bytes:
    """One line of JSON: {"command": "pause", "duration_s": 900}."""
    message = {"command": command.action.value, "duration_s": command.duration_s}
    return json.dumps(message).encode() + b"\n"


def decode_request(line: bytes) -> ControlCommand:
    """The command in one request line.

    Raises:
        ControlError: If the line is not a valid request.
    """
    message = _json_object(line, "request")
    name = message.get("command")
    if not isinstance(name, str) or name not in {a.value for a in ControlAction}:
        raise ControlError(f"unknown command {name!r}")
    action = ControlAction(name)
    duration = message.get("duration_s")
    if duration is not None and (type(duration) is not int or duration <= 0):
        raise ControlError(f"duration_s must be a positive whole number, got {duration!r}")
    if duration is not None and action not in (ControlAction.PAUSE, ControlAction.MEETING):
        raise ControlError(f"{action.value} takes no duration")
    if duration is not None and duration > MAX_DURATION_S:
        raise ControlError(f"duration_s is over {MAX_DURATION_S}")
    return ControlCommand(action, duration)


def encode_reply(reply: ControlReply) -> bytes:
    """One line of JSON: {"status": {...}, "error": ""}."""
    return json.dumps({"status": reply.status, "error": reply.error}).encode() + b"\n"


def decode_reply(line: bytes) -> ControlReply:
    """The reply in one line.

    Raises:
        ControlError: If the line is not a valid reply.
    """
    message = _json_object(line, "reply")
    status, error = message.get("status"), message.get("error")
    if not isinstance(status, dict) or not isinstance(error, str):
        raise ControlError("a reply needs a 'status' object and an 'error' text")
    return ControlReply(status, error)


def _json_object(line: bytes, what: str) -> dict[str, Any]:
    if len(line) > MAX_LINE_BYTES:
        raise ControlError(f"the {what} is longer than {MAX_LINE_BYTES} bytes")
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ControlError(f"the {what} is not JSON: {error}") from None
    if not isinstance(message, dict):
        raise ControlError(f"the {what} is not a JSON object")
    return message


# -- deciding ----------------------------------------------------------------------------------


def refusal(action: ControlAction, status: AppStatus) -> str:
    """Why the app in this state does not do this, as the tray menu greys it out; "" if it does.

    Args:
        action: The command asked for.
        status: The coach's status, whose `can_*` flags are the sitting timer's own guards.
    """
    state = status.timer_state
    if action is ControlAction.PAUSE and not status.can_pause:
        return "a break is in progress: finish or skip it first"
    if action is ControlAction.RESUME and state is not TimerState.PAUSED:
        return "not paused"
    if action is ControlAction.BREAK and not status.can_take_break_now:
        return "paused: resume first" if state is TimerState.PAUSED else (
            "a break is already in progress")
    if action is ControlAction.SNOOZE and state is not TimerState.BREAK_DUE:
        return "no break is due"
    if action is ControlAction.SNOOZE and not status.can_snooze:
        return "no snoozes left: this break insists"
    return ""


STATUS_KEYS: Final = (
    "state", "paused", "pause_remaining_min", "in_meeting", "break_due", "can_snooze",
    "sitting_min", "sitting_limit_min", "next_break_min", "posture", "camera", "camera_active",
    "text", "tooltip", "class", "percentage",
)


def status_record(status: AppStatus) -> dict[str, Any]:
    """The status as plain JSON values; the keys are STATUS_KEYS, documented in the README.

    Times are whole minutes, rounded as the tray shows them, so the record changes at most
    about once a minute while nothing happens. `text`, `tooltip`, `class` and `percentage`
    are what status bars such as waybar read from a custom module's JSON.
    """
    lines = status.lines()
    is_paused = status.timer_state is TimerState.PAUSED
    pause_left = status.pause_remaining_s
    sitting_min = int(status.sitting_s // 60)
    limit_min = round(status.sitting_limit_s / 60)
    return {
        "state": status.timer_state.value,
        "paused": is_paused,
        "pause_remaining_min": (max(1, round(pause_left / 60))
                                if is_paused and pause_left is not None else None),
        "in_meeting": status.is_in_meeting,
        "break_due": status.timer_state is TimerState.BREAK_DUE,
        "can_snooze": status.can_snooze,
        "sitting_min": sitting_min,
        "sitting_limit_min": limit_min,
        "next_break_min": status.minutes_until_break,
        "posture": status.posture.value,
        "camera": status.camera.value,
        "camera_active": status.is_camera_active,
        "text": lines[0],
        "tooltip": "\n".join(lines),
        "class": status.tray_state.value,
        "percentage": min(100, round(100 * sitting_min / limit_min)) if limit_min else 0,
    }


def coach_input(command: ControlCommand) -> CoachInput | None:
    """What a command from outside tells the coach, as its tray menu item would; None for
    ACTIVATE, which only brings the app's windows forward."""
    inputs: dict[ControlAction, CoachInput] = {
        ControlAction.PAUSE: PauseChosen(command.duration_s),
        ControlAction.RESUME: ResumeChosen(),
        ControlAction.BREAK: BreakNowChosen(),
        ControlAction.SNOOZE: SnoozeChosen(),
        ControlAction.MEETING: MeetingChosen(command.duration_s),
        ControlAction.STATUS: Tick(),
    }
    return inputs.get(command.action)
