"""What the tray shows at a glance: one value built from the timer and the posture pipeline."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from postureapp.core.i18n import QT_TRANSLATE_NOOP, join_list, tr, translate
from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.sitting_timer import TimerState


class Veto(StrEnum):
    """A named reason why no break prompt is shown now; the value completes "breaks held: …"."""

    PAUSED = "paused"
    IN_CALL = "in a call"
    IN_MEETING = "in a meeting"
    JUST_AFTER_CALL = "for a minute after the call or meeting"
    OUTSIDE_WORKING_HOURS = "outside working hours"
    BREAK_IN_PROGRESS = "break in progress"


VETO_WORDS: Final = {
    Veto.PAUSED: QT_TRANSLATE_NOOP("status", "paused"),
    Veto.IN_CALL: QT_TRANSLATE_NOOP("status", "in a call"),
    Veto.IN_MEETING: QT_TRANSLATE_NOOP("status", "in a meeting"),
    Veto.JUST_AFTER_CALL: QT_TRANSLATE_NOOP("status", "for a minute after the call or meeting"),
    Veto.OUTSIDE_WORKING_HOURS: QT_TRANSLATE_NOOP("status", "outside working hours"),
    Veto.BREAK_IN_PROGRESS: QT_TRANSLATE_NOOP("status", "break in progress"),
}
"""Each veto as the user reads it (context "status"); the enum values stay stable for `ctl`."""


class TrayState(StrEnum):
    """The icon to show; names match the files assets/icons/tray-<value>.svg."""

    UPRIGHT = "upright"
    ROUNDED = "rounded"
    AWAY = "away"
    CAMERA_OFF = "camera-off"
    PAUSED = "paused"
    BREAK_DUE = "break-due"
    NOT_JUDGED = "not-judged"  # in a call, too dark, not clearly in view: no posture to show


POSTURE_WORDS = {  # the same states in a sentence: "Posture: rounded forward"
    PostureState.UPRIGHT: QT_TRANSLATE_NOOP("status", "upright"),
    PostureState.ROUNDED: QT_TRANSLATE_NOOP("status", "rounded forward"),
    PostureState.AWAY: QT_TRANSLATE_NOOP("status", "away from the desk"),
    PostureState.UNKNOWN: QT_TRANSLATE_NOOP("status", "not judged"),
}

POSTURE_LABELS = {
    PostureState.UPRIGHT: QT_TRANSLATE_NOOP("status", "Upright"),
    PostureState.ROUNDED: QT_TRANSLATE_NOOP("status", "Rounded"),
    PostureState.AWAY: QT_TRANSLATE_NOOP("status", "Away"),
    PostureState.UNKNOWN: QT_TRANSLATE_NOOP("status", "Not judged"),
}
"""Posture states as names, for charts, legends and table headings (translate with "status")."""

CAMERA_WORDS = {
    CameraStatus.OK: "",
    CameraStatus.DISABLED: QT_TRANSLATE_NOOP("status", "camera off (timer only)"),
    CameraStatus.NOT_FOUND: QT_TRANSLATE_NOOP("status", "no camera found (timer only)"),
    CameraStatus.IN_USE: QT_TRANSLATE_NOOP("status", "camera in use by another app"),
    CameraStatus.DISCONNECTED: QT_TRANSLATE_NOOP("status", "camera disconnected (timer only)"),
    CameraStatus.UNREADABLE: QT_TRANSLATE_NOOP("status", "camera gives no picture (timer only)"),
    CameraStatus.ENDED: QT_TRANSLATE_NOOP("status", "replay ended"),
}


@dataclass(frozen=True, slots=True)
class AppStatus:
    """Everything the tray icon, tooltip and menu show.

    Attributes:
        timer_state: The sitting timer's state.
        posture: The smoothed posture state.
        camera: The camera's status (OK while frames arrive).
        sitting_s: Sitting time since the last break.
        sitting_limit_s: Sitting time at which a break is due.
        seconds_until_break: Until the break is due (0 when due).
        pause_remaining_s: Seconds until a timed pause ends; None when not paused or open-ended.
        is_camera_active: Whether posture monitoring is using the camera (privacy indicator;
            by default the camera is opened only for a moment at each check).
        detail: An extra line, e.g. why posture is not judged.
        vetoes: Why breaks are held now, most telling first; empty when nothing holds them.
        can_snooze: A due break may be snoozed now.
        can_pause: Coaching may be paused now (not during a break).
        can_take_break_now: A break may be started now.
        history_problem: Why posture history is not reaching the disk (disk full, read-only);
            empty when it is.
    """

    timer_state: TimerState
    posture: PostureState
    camera: CameraStatus
    sitting_s: float
    sitting_limit_s: float
    seconds_until_break: float
    pause_remaining_s: float | None = None
    is_camera_active: bool = False
    detail: str = ""
    vetoes: tuple[Veto, ...] = ()
    can_snooze: bool = False
    can_pause: bool = True
    can_take_break_now: bool = True
    history_problem: str = ""

    @property
    def is_in_meeting(self) -> bool:
        """The user said they are in a meeting (breaks held, like in a call)."""
        return Veto.IN_MEETING in self.vetoes

    @property
    def held_line(self) -> str:
        """Why breaks are held, e.g. "Breaks held: in a call"; empty when they are not."""
        if not self.vetoes:
            return ""
        held = join_list(translate("status", VETO_WORDS[veto]) for veto in self.vetoes)
        return translate("status", "Breaks held: {reasons}").format(reasons=held)

    @property
    def tray_state(self) -> TrayState:
        """Which icon: the most urgent thing first."""
        if self.timer_state is TimerState.BREAK_DUE:
            return TrayState.BREAK_DUE
        if self.timer_state is TimerState.PAUSED:
            return TrayState.PAUSED
        if self.camera not in (CameraStatus.OK, CameraStatus.IN_USE):
            return TrayState.CAMERA_OFF
        if self.timer_state is TimerState.AWAY or self.posture is PostureState.AWAY:
            return TrayState.AWAY
        if self.timer_state is TimerState.IN_CALL or self.camera is CameraStatus.IN_USE:
            return TrayState.NOT_JUDGED
        if self.posture is PostureState.ROUNDED:
            return TrayState.ROUNDED
        if self.posture is PostureState.UPRIGHT:
            return TrayState.UPRIGHT
        return TrayState.NOT_JUDGED

    @property
    def sitting_progress(self) -> float:
        """0-1 toward the next break, for the ring around the icon."""
        if self.sitting_limit_s <= 0:
            return 0.0
        return max(0.0, min(1.0, self.sitting_s / self.sitting_limit_s))

    @property
    def minutes_until_break(self) -> int:
        """Whole minutes until the break is due, rounded up: "in 0 min" would stand for up to
        half a minute, and sitting minutes (rounded down) plus these make the limit."""
        return max(0, math.ceil(self.seconds_until_break / 60))

    def lines(self) -> list[str]:
        """The status as short lines of text (tooltip, menu header, status window)."""
        minutes = int(self.sitting_s // 60)
        until = self.minutes_until_break
        if self.timer_state is TimerState.PAUSED:
            if self.pause_remaining_s is None:
                first = translate("status", "Paused until you resume")
            else:
                paused_min = max(1, round(self.pause_remaining_s / 60))
                first = tr("Paused for %n more min", None, paused_min)
        elif self.timer_state is TimerState.BREAK_DUE:
            first = tr("Break due: sitting for %n min", None, minutes)
        elif self.timer_state is TimerState.ON_BREAK:
            first = translate("status", "On a break")
        elif self.timer_state is TimerState.IN_CALL:
            first = (
                tr("In a meeting: sitting for %n min; breaks wait until it ends", None, minutes)
                if self.is_in_meeting
                else tr("In a call: sitting for %n min; breaks wait until it ends", None, minutes))
        elif self.timer_state is TimerState.AWAY:
            first = translate("status", "Away from the desk")
        else:
            first = translate("status", "Sitting for {minutes} min, next break in {until} min"
                              ).format(minutes=minutes, until=until)
        lines = [first]
        if self.held_line and self.timer_state in (TimerState.SITTING, TimerState.SNOOZED):
            lines.append(self.held_line)  # the first line does not say why no break comes
        camera_words = translate("status", CAMERA_WORDS[self.camera]) if CAMERA_WORDS[
            self.camera] else ""
        if camera_words:
            lines.append(camera_words[0].upper() + camera_words[1:])
        else:
            lines.append(translate("status", "Posture: {posture}").format(
                posture=translate("status", POSTURE_WORDS[self.posture])))
        if self.detail:
            lines.append(self.detail)
        if self.is_camera_active:
            lines.append(translate("status", "Posture checks use the camera"))
        if self.history_problem:
            lines.append(self.history_problem)
        return lines
