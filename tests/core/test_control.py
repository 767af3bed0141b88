"""Commands from outside: durations, command words, the wire format, refusals, the status."""

from __future__ import annotations

import json

import pytest

from postureapp.core.control import (
    MAX_DURATION_S,
    MAX_LINE_BYTES,
    STATUS_KEYS,
    ControlAction,
    ControlCommand,
    ControlError,
    ControlReply,
    command_from_seconds,
    command_from_words,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    parse_duration_s,
    refusal,
    status_record,
)
from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus, Veto


@pytest.mark.parametrize(("text", "seconds"), [
    ("90", 90), ("90s", 90), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("1h0m5s", 3605),
    (" 2M ", 120), ("0", 0), ("24h", MAX_DURATION_S),
])
def test_durations_are_read_in_seconds(text: str, seconds: int) -> None:
    assert parse_duration_s(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15 m", "1.5h", "-5", "15x", "30m1h", "abc", "1d",
                                  "25h", str(MAX_DURATION_S + 1)])
def test_bad_durations_are_refused_with_the_text_in_the_message(text: str) -> None:
    with pytest.raises(ControlError, match="duration|longer than"):
        parse_duration_s(text)


@pytest.mark.parametrize(("words", "command"), [
    (("pause", "15m"), ControlCommand(ControlAction.PAUSE, 900)),
    (("pause", None), ControlCommand(ControlAction.PAUSE, None)),
    (("pause", "0"), ControlCommand(ControlAction.PAUSE, None)),
    (("resume", None), ControlCommand(ControlAction.RESUME)),
    (("break", None), ControlCommand(ControlAction.BREAK)),
    (("snooze", None), ControlCommand(ControlAction.SNOOZE)),
    (("meeting", "1h"), ControlCommand(ControlAction.MEETING, 3600)),
    (("meeting", "over"), ControlCommand(ControlAction.MEETING, None)),
    (("meeting", "0"), ControlCommand(ControlAction.MEETING, None)),
    (("status", None), ControlCommand(ControlAction.STATUS)),
])
def test_command_words_become_commands(words: tuple[str, str | None],
                                       command: ControlCommand) -> None:
    assert command_from_words(*words) == command


@pytest.mark.parametrize(("words", "message"), [
    (("dance", None), "unknown command 'dance'"),
    (("activate", None), "unknown command"),  # only a second start of the app sends it
    (("meeting", None), "meeting needs a length"),
    (("resume", "5m"), "resume takes no argument"),
    (("pause", "soon"), "not a duration: 'soon'"),
])
def test_bad_command_words_say_what_is_wrong(words: tuple[str, str | None], message: str) -> None:
    with pytest.raises(ControlError, match=message):
        command_from_words(*words)


def test_seconds_from_the_bus_use_zero_for_open_ended() -> None:
    assert command_from_seconds(ControlAction.PAUSE, 0) == ControlCommand(ControlAction.PAUSE)
    assert command_from_seconds(ControlAction.MEETING, 60) == ControlCommand(
        ControlAction.MEETING, 60)
    with pytest.raises(ControlError):
        command_from_seconds(ControlAction.PAUSE, MAX_DURATION_S + 1)


@pytest.mark.parametrize("command", [
    ControlCommand(ControlAction.PAUSE, 900), ControlCommand(ControlAction.PAUSE),
    ControlCommand(ControlAction.MEETING, 3600), ControlCommand(ControlAction.STATUS),
    ControlCommand(ControlAction.ACTIVATE),
])
def test_a_request_is_one_json_line_that_reads_back(command: ControlCommand) -> None:
    line = encode_request(command)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["command"] == command.action.value
    assert decode_request(line) == command


@pytest.mark.parametrize(("line", "message"), [
    (b"activate\n", "not JSON"),
    (b"\xff\xfe\n", "not JSON"),
    (b"[1, 2]\n", "not a JSON object"),
    (b'{"command": "dance"}\n', "unknown command 'dance'"),
    (b'{"command": null}\n', "unknown command None"),
    (b'{"command": "pause", "duration_s": -5}\n', "positive whole number"),
    (b'{"command": "pause", "duration_s": 1.5}\n', "positive whole number"),
    (b'{"command": "pause", "duration_s": true}\n', "positive whole number"),
    (b'{"command": "resume", "duration_s": 60}\n', "resume takes no duration"),
    (b'{"command": "pause", "duration_s": 999999999}\n', "over"),
    (b'{"command": "status", "pad": "' + b"x" * MAX_LINE_BYTES + b'"}\n', "longer than"),
])
def test_bad_requests_are_refused_with_a_reason(line: bytes, message: str) -> None:
    with pytest.raises(ControlError, match=message):
        decode_request(line)


def test_a_reply_is_one_json_line_that_reads_back() -> None:
    reply = ControlReply({"paused": True, "pause_remaining_min": None}, "no break is due")
    line = encode_reply(reply)
    assert line.count(b"\n") == 1
    assert decode_reply(line) == reply
    assert not decode_reply(line).is_done
    assert ControlReply({"paused": False}).is_done


@pytest.mark.parametrize("line", [b"{}\n", b'{"status": [], "error": ""}\n',
                                  b'{"status": {}, "error": 3}\n', b"nonsense\n"])
def test_bad_replies_are_refused(line: bytes) -> None:
    with pytest.raises(ControlError):
        decode_reply(line)


@pytest.mark.parametrize(("action", "state", "can_snooze", "reason"), [
    (ControlAction.SNOOZE, TimerState.SITTING, False, "no break is due"),
    (ControlAction.SNOOZE, TimerState.SNOOZED, False, "no break is due"),
    (ControlAction.SNOOZE, TimerState.BREAK_DUE, False, "no snoozes left"),
    (ControlAction.SNOOZE, TimerState.BREAK_DUE, True, ""),
    (ControlAction.PAUSE, TimerState.ON_BREAK, False, "finish or skip it first"),
    (ControlAction.PAUSE, TimerState.PAUSED, False, ""),  # pausing again changes the length
    (ControlAction.PAUSE, TimerState.BREAK_DUE, True, ""),
    (ControlAction.RESUME, TimerState.SITTING, False, "not paused"),
    (ControlAction.RESUME, TimerState.PAUSED, False, ""),
    (ControlAction.BREAK, TimerState.ON_BREAK, False, "already in progress"),
    (ControlAction.BREAK, TimerState.PAUSED, False, "resume first"),
    (ControlAction.BREAK, TimerState.BREAK_DUE, True, ""),
    (ControlAction.BREAK, TimerState.IN_CALL, False, ""),
    (ControlAction.MEETING, TimerState.ON_BREAK, False, ""),
    (ControlAction.STATUS, TimerState.ON_BREAK, False, ""),
])
def test_commands_are_refused_where_the_menu_greys_them_out(
    action: ControlAction, state: TimerState, can_snooze: bool, reason: str
) -> None:
    # What may be done in each state is the sitting timer's rule (tested there); given it,
    # a command is refused with a reason.
    status = _status(timer_state=state, can_snooze=can_snooze,
                     can_pause=state is not TimerState.ON_BREAK,
                     can_take_break_now=state not in (TimerState.ON_BREAK, TimerState.PAUSED))
    found = refusal(action, status)
    assert (reason in found) if reason else found == ""
    assert bool(found) == bool(reason)


def _status(**changes: object) -> AppStatus:
    values: dict[str, object] = {
        "timer_state": TimerState.SITTING, "posture": PostureState.UPRIGHT,
        "camera": CameraStatus.OK, "sitting_s": 12 * 60 + 50, "sitting_limit_s": 45 * 60.0,
        "seconds_until_break": 32 * 60 + 10,
    }
    values.update(changes)
    return AppStatus(**values)  # type: ignore[arg-type]


def test_the_status_record_has_every_documented_key_as_plain_json() -> None:
    record = status_record(_status())
    assert tuple(record) == STATUS_KEYS
    assert json.loads(json.dumps(record)) == record
    assert record["state"] == "sitting"
    assert record["paused"] is False
    assert record["pause_remaining_min"] is None
    assert record["sitting_min"] == 12
    assert record["sitting_limit_min"] == 45
    assert record["next_break_min"] == 33  # 32 min 10 s, rounded up as the tray says it
    assert record["posture"] == "upright"
    assert record["camera"] == "ok"
    assert record["class"] == "upright"
    assert record["percentage"] == round(100 * 12 / 45)
    assert record["text"] == "Sitting for 12 min, next break in 33 min"
    assert record["tooltip"].split("\n") == _status().lines()


def test_a_timed_pause_shows_its_minutes_left_and_an_open_one_shows_null() -> None:
    timed = status_record(_status(timer_state=TimerState.PAUSED, pause_remaining_s=14 * 60 + 40))
    assert timed["paused"] is True
    assert timed["pause_remaining_min"] == 15
    assert timed["text"] == "Paused for 15 more min"
    open_ended = status_record(_status(timer_state=TimerState.PAUSED))
    assert open_ended["paused"] is True
    assert open_ended["pause_remaining_min"] is None


def test_a_due_break_and_a_meeting_show_in_the_record() -> None:
    due = status_record(_status(timer_state=TimerState.BREAK_DUE, seconds_until_break=0.0,
                                can_snooze=True))
    assert (due["break_due"], due["can_snooze"], due["next_break_min"]) == (True, True, 0)
    assert due["class"] == "break-due"
    meeting = status_record(_status(timer_state=TimerState.IN_CALL, vetoes=(Veto.IN_MEETING,)))
    assert meeting["in_meeting"] is True
    assert meeting["state"] == "in_call"


def test_the_record_changes_only_with_the_minute_so_listeners_are_not_flooded() -> None:
    first = status_record(_status(sitting_s=600.0, seconds_until_break=2100.0))
    later = status_record(_status(sitting_s=610.0, seconds_until_break=2090.0))
    assert first == later
    next_minute = status_record(_status(sitting_s=660.0, seconds_until_break=2040.0))
    assert next_minute != first
