"""The coach: one pure coordinator that hears every event and says what the app does next.

One step::

    an input (a tick, a posture reading, a menu, window or notification command, a desktop
    change) -> the sitting timer and the nudge policy are told -> the coach decides -> one
    CoachStep: the prompt to show or withdraw, notifications, a nudge, history to record, the
    camera to rest or not, settings to save, and the status to show.

`app.py` turns Qt signals into inputs and a CoachStep into calls; it decides nothing. Every
hold on breaks is a named `Veto`, so the status can say why breaks wait. Time comes from the
injected Clock only, so every rule here is tested on a fake clock.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final

from postureapp.core.break_prompt import BreakPrompt, build_break_prompt, snooze_penalty_note
from postureapp.core.clock import Clock
from postureapp.core.coach_inputs import (
    AllDataDeleted,
    BreakFinished,
    BreakNowChosen,
    BreakStartChosen,
    CalibrationAccepted,
    CalibrationStarting,
    CoachInput,
    FirstRunAnswered,
    MeetingChosen,
    ModelFailed,
    NotificationActionInvoked,
    PauseChosen,
    PromptClosed,
    Quitting,
    ReadingReceived,
    ResumeChosen,
    ScreenLocked,
    SettingsChanged,
    SettingsEdited,
    SkipChosen,
    SnoozeChosen,
    StretchJudged,
    SystemSleep,
    Tick,
)
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.history import DayHistory, History
from postureapp.core.i18n import QT_TRANSLATE_NOOP, tr, translate
from postureapp.core.minutes import MAX_SAMPLE_INTERVAL_S, MINUTE_S, away_samples
from postureapp.core.monitor import PostureReading
from postureapp.core.notifications import (
    BREAK_KEY,
    NOTICE_KEY,
    NUDGE_KEY,
    SNOOZE_ACTION,
    START_BREAK_ACTION,
    Notification,
    data_deleted_notice,
)
from postureapp.core.ports import CameraStatus, StoreStatus
from postureapp.core.reminders import Nudge, NudgePolicy, is_within_working_hours
from postureapp.core.samples import PostureSample, PostureState
from postureapp.core.settings import (
    Settings,
    after_delete_all,
    after_first_run,
    after_settings_dialog,
    for_calibration,
)
from postureapp.core.sitting_timer import (
    SLEEP_GAP_TOLERANCE_S,
    SNOOZE_PENALTY_S,
    SittingTimer,
    TimerSnapshot,
    TimerState,
    is_snapshot_due,
)
from postureapp.core.status import AppStatus, Veto
from postureapp.core.stretches import (
    STRETCHES,
    Stretch,
    pick_stretches,
    recently_suggested,
    remember_offered,
)

SUSPEND_GAP_S: Final = 60.0
"""Where the monotonic clock runs through suspend, a gap this long between one-second
heartbeats means the machine slept."""

REPROMPT_AFTER_S: Final = 120.0
"""A due break whose prompt was closed without a decision is asked for again after this long."""

MAX_CALL_HOLD_S: Final = 2 * 3600.0
"""Another app holding the camera holds breaks as a likely call; past this it is not a call."""

MEETING_S: Final = 60 * 60.0
"""How long "In a meeting" holds breaks unless the user says the meeting is over."""

PAUSE_CHOICES_S: Final[tuple[tuple[float | None, str], ...]] = (
    (15 * 60.0, QT_TRANSLATE_NOOP("coach", "For 15 minutes")),
    (60 * 60.0, QT_TRANSLATE_NOOP("coach", "For 1 hour")),
    (None, QT_TRANSLATE_NOOP("coach", "Until I resume")),
)
"""The pauses the menu offers: seconds (None until resumed) and their labels (translate them
with the context "coach")."""

@dataclass(frozen=True, slots=True)
class CoachStep:
    """What to do now, as one value.

    Attributes:
        status: What the tray, the status window and the control service show.
        today_line: One line about today, from the history.
        prompt: A break prompt (or guided break) to show now; None leaves the window as it is.
        is_prompt_withdrawn: Hide the break window: the break was handled or is no longer due.
        notifications: Notifications to send, oldest first.
        withdrawn_notifications: Keys of notifications to withdraw.
        nudge: The posture nudge sent now, if any (also among `notifications`).
        beep: Beep with the notifications (a break or a nudge, when the user wants sounds).
        events: Coaching events to record in the history.
        samples: Posture samples to record in the history.
        camera_rest: True to release the camera, False to use it again, None for no change.
        settings_to_save: Settings now in effect: to save, and for the worker and the platform.
        timer_snapshot: The sitting timer's state to save now, for a restart (see
            SittingTimer.restore); None when nothing worth saving changed.
    """

    status: AppStatus
    today_line: str = ""
    prompt: BreakPrompt | None = None
    is_prompt_withdrawn: bool = False
    notifications: tuple[Notification, ...] = ()
    withdrawn_notifications: tuple[str, ...] = ()
    nudge: Nudge | None = None
    beep: bool = False
    events: tuple[CoachEvent, ...] = ()
    samples: tuple[PostureSample, ...] = ()
    camera_rest: bool | None = None
    settings_to_save: Settings | None = None
    timer_snapshot: TimerSnapshot | None = None


@dataclass(slots=True)
class _Outbox:
    """What one step has decided so far."""

    prompt: BreakPrompt | None = None
    is_prompt_withdrawn: bool = False
    notifications: list[Notification] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    nudge: Nudge | None = None
    beep: bool = False
    events: list[CoachEvent] = field(default_factory=list)
    samples: list[PostureSample] = field(default_factory=list)
    settings_to_save: Settings | None = None
    is_quitting: bool = False

    def withdraw_break(self) -> None:
        self.prompt = None
        self.is_prompt_withdrawn = True
        self.withdraw(BREAK_KEY)

    def withdraw(self, key: str) -> None:
        if key not in self.withdrawn:
            self.withdrawn.append(key)


class Coach:
    """Decides, for each input, what the app shows, sends and records.

    What it decides, beyond what SittingTimer and NudgePolicy decide:

    - The break prompt: shown when a break falls due, comes back after a snooze or after a
      call, and again REPROMPT_AFTER_S after it was closed without a decision; withdrawn when
      the break is handled or resolved elsewhere (natural break, pause, call). A break asked
      for again shows the same stretches; a new break picks anew from the rotation, whose
      memory starts from yesterday's and today's history.
    - Holds: pause, a likely call (another app holds the camera, for at most MAX_CALL_HOLD_S),
      "in a meeting", outside working hours, a break in progress, all named in
      `AppStatus.vetoes`.
    - History: a sample per reading (its span capped as `minutes.aggregate_samples` caps it),
      and away time while the screen is locked or the machine sleeps.
    - Notifications: the break (with Start break / Snooze actions, withdrawn once handled),
      nudges, a calibration that seems stale (once per run), the end-of-day summary (once a
      day, after work ends), history that stops reaching the disk (once per problem).
    - Settings: what survives the settings dialog's OK, "delete all my data", the first-run
      answer, and calibrating (which needs the camera on).
    - The camera rests while paused, locked, asleep, or before the first-run choice.
    - Restarts: the previous run's timer carries on (`saved_timer`, SittingTimer.restore says
      how); the timer's state is handed out to save when `is_snapshot_due`, and at the quit.
    - Presence: keyboard and mouse input (Tick's idle time) overrules a camera that sees
      nobody, and the status says "The camera does not see you" (SittingTimer's rules).
    """

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        history: DayHistory,
        *,
        rng: random.Random | None = None,
        is_monotonic_through_suspend: bool = False,
        notices_told: int = 0,
        history_problem_told: str = "",
        saved_timer: TimerSnapshot | None = None,
    ) -> None:
        """Start coaching with nothing sat yet.

        Args:
            settings: The settings in effect.
            clock: Monotonic time for durations, wall time for days and stamps.
            history: The recorded days: seeds the stretch rotation, words today's line.
            rng: Tie-breaker for the stretch choice; pass a seeded Random in tests.
            is_monotonic_through_suspend: The platform's monotonic clock keeps counting while the
                machine sleeps (Windows), so a gap of SUSPEND_GAP_S between heartbeats is taken
                as a suspend; elsewhere boot time running ahead of monotonic time tells.
            notices_told: How many of the history store's notices the user has already heard.
            history_problem_told: The history store's problem the user has already heard of
                (the app says it at start with the other start-up notices, in one
                notification: a second one with the same key would replace the first unread).
            saved_timer: The timer's state a previous run saved, to carry on from.
        """
        self._settings = settings
        self._clock = clock
        self._history = history
        self._rng = rng or random.Random()
        self.timer = SittingTimer(
            settings, clock, suspend_gap_s=SUSPEND_GAP_S if is_monotonic_through_suspend else None)
        self.nudges = NudgePolicy(settings, clock, self.timer)
        if saved_timer is not None:
            self.timer.restore(saved_timer)
        self._saved_timer: TimerSnapshot | None = None
        today = clock.now().date()
        self._recent_ids = recently_suggested(
            [*history.events_for_day(today - timedelta(days=1)), *history.events_for_day(today)]
        )
        self._offered: tuple[Stretch, ...] = ()
        self._last_reading: PostureReading | None = None
        self._camera = CameraStatus.OK if settings.camera_enabled else CameraStatus.DISABLED
        self._last_sample_s: float | None = None
        self._is_locked = False
        self._is_asleep = False
        self._gone_since: datetime | None = None  # locked or asleep while monitoring
        self._last_clocks = (clock.monotonic(), clock.boottime())
        self._is_prompt_up = False
        self._prompt_shown_s = -math.inf
        self._camera_busy_since_s: float | None = None
        self._told_call_too_long = False
        self._meeting_until_s: float | None = None
        self._stale_asked = False
        self._day_summary_sent_on: date | None = None
        self._today_line: tuple[datetime, str] | None = None
        self._history_status = StoreStatus()
        self._history_notices_told = notices_told
        self._history_problem_told = history_problem_told
        self._camera_rest_told = self._should_camera_rest()

    # Reading

    @property
    def settings(self) -> Settings:
        """The settings in effect."""
        return self._settings

    def status(self) -> AppStatus:
        """What the tray shows now."""
        timer = self.timer
        camera = self._camera
        return AppStatus(
            timer_state=timer.state,
            posture=self._posture_now(),
            camera=camera,
            sitting_s=timer.sitting_s,
            sitting_limit_s=self._settings.sitting_limit_min * 60.0,
            seconds_until_break=timer.seconds_until_break_due,
            pause_remaining_s=timer.pause_remaining_s,
            is_camera_active=(camera is CameraStatus.OK and self._settings.camera_enabled
                              and not self._should_camera_rest()),
            detail=self._detail(),
            vetoes=self.vetoes(),
            can_snooze=timer.can_snooze,
            can_pause=timer.can_pause,
            can_take_break_now=timer.can_take_break_now,
            history_problem=self._history_status.message,
        )

    def vetoes(self) -> tuple[Veto, ...]:
        """Why breaks are held now, most telling first."""
        timer = self.timer
        vetoes: list[Veto] = []
        if timer.state is TimerState.ON_BREAK:
            vetoes.append(Veto.BREAK_IN_PROGRESS)
        if timer.is_paused:
            vetoes.append(Veto.PAUSED)
        if self._is_in_meeting():
            vetoes.append(Veto.IN_MEETING)
        elif timer.is_in_call:
            vetoes.append(Veto.IN_CALL)
        elif timer.is_call_hold:  # the grace after it: no app holds the camera any more
            vetoes.append(Veto.JUST_AFTER_CALL)
        if not is_within_working_hours(self._settings, self._clock.now()):
            vetoes.append(Veto.OUTSIDE_WORKING_HOURS)
        return tuple(vetoes)

    def today_line(self) -> str:
        """One line about today, re-read from the history once a minute."""
        now = self._clock.now()
        minute = now.replace(second=0, microsecond=0)
        if self._today_line is None or self._today_line[0] != minute:
            history = History(self._history, self._settings.natural_break_min)
            self._today_line = (minute, history.today_line(now.date()))
        return self._today_line[1]

    # The one entry point

    def handle(self, event: CoachInput) -> CoachStep:
        """Take in one input; return everything to do now."""
        out = _Outbox()
        was_monitoring = self.status().is_camera_active
        self._record_sleep_gap(out, was_monitoring=was_monitoring)
        if isinstance(event, PromptClosed):
            # Only a note: the window hides itself before it reports a snooze or a skip, so
            # deciding now could put the prompt straight back up. The notification asks for
            # what the user has just put aside.
            self._is_prompt_up = False
            out.withdraw(BREAK_KEY)
        elif isinstance(event, Quitting):
            out.is_quitting = True
            out.events.extend((*self.timer.poll().events, *self.nudges.poll().events))
            self._record_time_gone(out, was_monitoring=was_monitoring, is_final=True)
        else:
            self._take(event, out)
            self._decide(out)
            self._record_time_gone(out, was_monitoring=was_monitoring)
        return self._step(out)

    # Inputs

    def _take(self, event: CoachInput, out: _Outbox) -> None:
        timer = self.timer
        match event:
            case Tick(history, input_idle_s):
                timer.on_input_idle(input_idle_s)
                if history is not None:
                    self._tell_history_news(history, out)
            case ReadingReceived(reading):
                self._take_reading(reading, out)
            case BreakStartChosen():
                self._start_break(out)
            case BreakFinished(stretch_ids):
                timer.finish_break(stretch_ids)
                out.withdraw_break()
            case SnoozeChosen():
                self._snooze(out)
            case SkipChosen():
                timer.skip()
                out.withdraw_break()
            case BreakNowChosen():
                self._break_now(out)
            case PauseChosen(duration_s):
                timer.pause(duration_s)
            case ResumeChosen():
                timer.resume()
            case MeetingChosen(duration_s):
                now_s = self._clock.monotonic()
                self._meeting_until_s = None if duration_s is None else now_s + duration_s
                self._hold_for_calls()
            case ScreenLocked(is_locked):
                self._is_locked = is_locked
                timer.on_session_locked(is_locked)
            case SystemSleep(is_asleep):
                self._is_asleep = is_asleep
                if is_asleep:
                    timer.on_system_sleep()
                else:
                    timer.on_system_wake()
            case SettingsChanged(settings):
                self._use_settings(settings, out)
            case SettingsEdited(edited):
                self._use_settings(after_settings_dialog(edited, self._settings), out)
            case FirstRunAnswered(choice):
                self._use_settings(after_first_run(self._settings, choice), out)
            case AllDataDeleted(is_history_deleted, problem):
                self._use_settings(after_delete_all(self._settings), out)
                out.notifications.append(data_deleted_notice(is_history_deleted, problem))
            case CalibrationStarting() if not self._settings.camera_enabled:
                self._use_settings(for_calibration(self._settings), out)
            case NotificationActionInvoked(key, action_id) if key == BREAK_KEY:
                if action_id == START_BREAK_ACTION:
                    self._start_break(out, is_from_window=False)
                else:
                    self._snooze(out)
            case ModelFailed(message):
                self._camera = CameraStatus.UNREADABLE
                out.notifications.append(Notification(
                    NOTICE_KEY, translate("coach", "Posture monitoring is off"),
                    translate("coach", "{problem} The break timer keeps working.").format(
                        problem=message)))
            case StretchJudged(verdict):
                out.events.append(verdict.as_event(self._clock.now()))
            case CalibrationAccepted(baseline, detail):
                self._use_settings(self._settings.replace(baseline=baseline), out)
                self._stale_asked = False
                out.events.append(CoachEvent(EventKind.CALIBRATED, self._clock.now(),
                                             detail=detail))

    def _take_reading(self, reading: PostureReading, out: _Outbox) -> None:
        self._last_reading = reading
        self._camera = reading.camera_status
        self._hold_for_calls(out)
        self.timer.on_presence(reading.is_present)
        self.nudges.on_posture(reading.state)
        now_s = self._clock.monotonic()
        cap_s = min(MAX_SAMPLE_INTERVAL_S, 2.0 * self._settings.sample_interval_s)
        span_s = cap_s if self._last_sample_s is None else now_s - self._last_sample_s
        self._last_sample_s = now_s
        if reading.camera_status is CameraStatus.OK:
            score = reading.verdict.score if reading.verdict else None
            span_s = max(0.0, min(span_s, cap_s))
            out.samples.append(PostureSample(self._clock.now(), reading.state, score, span_s))
        if reading.stale is not None and not self._stale_asked:
            self._stale_asked = True  # ask once per run, gently
            out.notifications.append(
                Notification(NOTICE_KEY, translate("coach", "Recalibrate?"), reading.stale.reason))

    def _use_settings(self, settings: Settings, out: _Outbox) -> None:
        out.settings_to_save = settings
        self._settings = settings
        self.timer.on_settings_changed(settings)
        self.nudges.on_settings_changed(settings)
        if not settings.camera_enabled:
            self._camera = CameraStatus.DISABLED
        elif self._camera is CameraStatus.DISABLED:
            self._camera = CameraStatus.OK
        self._today_line = None  # the natural-break length changes what today's line says

    # Breaks

    def _start_break(self, out: _Outbox, *, is_from_window: bool = True) -> None:
        if not self.timer.start_break(tuple(s.id for s in self._offered)):
            return
        out.withdraw(BREAK_KEY)
        if not is_from_window:
            # Started from a notification: the window goes from the prompt to the guidance.
            out.prompt = self._prompt(self._offered, is_guided=True)
        self._acknowledge_safety(out)

    def _snooze(self, out: _Outbox) -> None:
        if self.timer.snooze():
            out.withdraw_break()

    def _break_now(self, out: _Outbox) -> None:
        if self.timer.state is TimerState.BREAK_DUE:
            self._show_prompt(out, is_new_break=False)  # bring the due break's prompt back
            return
        chosen = self._pick_stretches()
        if self.timer.take_break_now(tuple(s.id for s in chosen)):
            self._offer(chosen)
            # The user asked for it: straight to the guided stretches, no prompt.
            out.prompt = self._prompt(chosen, is_guided=True)
            self._acknowledge_safety(out)

    def _acknowledge_safety(self, out: _Outbox) -> None:
        # The notes were open as the user began to move; from now on they are one click away.
        if not self._settings.safety_acknowledged:
            self._use_settings(self._settings.replace(safety_acknowledged=True), out)

    def _pick_stretches(self) -> tuple[Stretch, ...]:
        return pick_stretches(STRETCHES, self._settings, self._recent_ids,
                              self.nudges.is_rounded_recently, self._rng)

    def _offer(self, chosen: tuple[Stretch, ...]) -> None:
        # What this break offers (kept if it is asked for again) and the rotation's memory.
        self._offered = chosen
        self._recent_ids = remember_offered(self._recent_ids, chosen)

    def _show_prompt(self, out: _Outbox, *, is_new_break: bool) -> None:
        if is_new_break or not self._offered:
            self._offer(self._pick_stretches())
        # Otherwise the same break is asked for again (after a snooze, a call, a closed
        # prompt): the same suggestions, so the user is not shown a moving target.
        out.prompt = self._prompt(self._offered)
        actions: tuple[tuple[str, str], ...] = (
            (START_BREAK_ACTION, translate("coach", "Start break")),)
        if self.timer.can_snooze:
            actions += ((SNOOZE_ACTION, translate("coach", "Snooze")),)
        sitting_min = int(self.timer.sitting_s // 60)
        out.notifications.append(Notification(
            BREAK_KEY, translate("coach", "Time for a break"),
            tr("You have been sitting for %n min. Stand up and stretch.", None, sitting_min),
            actions=actions))
        out.beep = self._settings.sound_enabled
        self._is_prompt_up = True
        self._prompt_shown_s = self._clock.monotonic()

    def _prompt(self, stretches: tuple[Stretch, ...], *, is_guided: bool = False) -> BreakPrompt:
        timer = self.timer
        note = snooze_penalty_note(timer.snoozes_used, timer.snooze_penalty_s, timer.can_snooze,
                                   SNOOZE_PENALTY_S)
        return build_break_prompt(
            stretches, break_length_s=timer.break_length_s, sitting_s=timer.sitting_s,
            can_snooze=timer.can_snooze, snoozes_used=timer.snoozes_used,
            snooze_min=self._settings.snooze_min, snooze_note=note,
            show_safety=not self._settings.safety_acknowledged, is_guided=is_guided,
            is_camera_counting=self._settings.is_camera_counting_stretches)

    # Calls and meetings

    def _is_in_meeting(self) -> bool:
        until = self._meeting_until_s
        return until is not None and self._clock.monotonic() < until

    def _hold_for_calls(self, out: _Outbox | None = None) -> None:
        """Breaks wait while another app has the camera or the user said "in a meeting"."""
        is_call = self._is_likely_call(out)
        self.timer.on_camera_in_use_by_other_app(is_call or self._is_in_meeting())

    def _is_likely_call(self, out: _Outbox | None) -> bool:
        """Another app holding the camera is a call, but no call lasts all day: past
        MAX_CALL_HOLD_S the breaks come back (timed alone) and the user is told why."""
        if self._camera is not CameraStatus.IN_USE:
            self._camera_busy_since_s = None
            self._told_call_too_long = False
            return False
        now_s = self._clock.monotonic()
        if self._camera_busy_since_s is None:
            self._camera_busy_since_s = now_s
        if now_s - self._camera_busy_since_s < MAX_CALL_HOLD_S:
            return True
        if not self._told_call_too_long and out is not None:
            self._told_call_too_long = True
            out.notifications.append(Notification(
                NOTICE_KEY, translate("coach", "Camera busy for hours"),
                translate("coach",
                          "Another app has held the camera for two hours. Breaks are timed "
                          "again; pause postureapp if you are in a long meeting.")))
        return False

    # The decision after every input

    def _decide(self, out: _Outbox) -> None:
        if self._meeting_until_s is not None and not self._is_in_meeting():
            self._meeting_until_s = None  # the meeting is over: breaks come back
            self._hold_for_calls(out)
        update = self.timer.poll()
        nudge_update = self.nudges.poll()
        out.events.extend(update.events)
        out.events.extend(nudge_update.events)
        if update.state is TimerState.BREAK_DUE and not self._is_prompt_up:
            kinds = {e.kind for e in update.events}
            is_new_break = EventKind.BREAK_DUE in kinds
            if (is_new_break
                    or EventKind.BREAK_REMINDED in kinds  # after a snooze
                    or update.is_state_changed  # held during a call, which has ended
                    # closed without a decision: the break is still due, so ask again
                    or self._clock.monotonic() - self._prompt_shown_s >= REPROMPT_AFTER_S):
                self._show_prompt(out, is_new_break=is_new_break)
        resolved_elsewhere = update.state in (TimerState.SITTING, TimerState.AWAY,
                                              TimerState.PAUSED, TimerState.IN_CALL)
        if update.is_state_changed and resolved_elsewhere and update.previous_state in (
            TimerState.BREAK_DUE, TimerState.ON_BREAK
        ):
            out.withdraw_break()  # natural break, call or pause: the prompt is not wanted
        if nudge_update.nudge is not None:
            out.nudge = nudge_update.nudge
            out.notifications.append(Notification(
                NUDGE_KEY, translate("coach", "Posture"), nudge_update.nudge.cue))
            out.beep = self._settings.sound_enabled
        self._send_day_summary(out)

    def _tell_history_news(self, status: StoreStatus, out: _Outbox) -> None:
        """Say once when history stops reaching the disk, and each new storage notice."""
        self._history_status = status
        for notice in status.notices[self._history_notices_told:]:
            out.notifications.append(Notification(
                NOTICE_KEY, translate("coach", "Posture history"), notice))
        self._history_notices_told = len(status.notices)
        if status.message and status.message != self._history_problem_told:
            out.notifications.append(
                Notification(NOTICE_KEY, translate("coach", "Posture history not saved"),
                             status.message))
        self._history_problem_told = status.message

    def _send_day_summary(self, out: _Outbox) -> None:
        """Once a day, at the end of the working day, a one-line summary (if the user wants it
        and there is something to say)."""
        if not self._settings.end_of_day_summary:
            return
        now = self._clock.now()
        if self._day_summary_sent_on == now.date():
            return
        if now.hour * 60 + now.minute < self._settings.work_end_min:
            return
        self._day_summary_sent_on = now.date()
        if self._history.minutes_for_day(now.date()):
            out.notifications.append(Notification(
                NOTICE_KEY, translate("coach", "Your day"), self.today_line()))

    # Away time while the camera cannot see

    def _is_resting(self) -> bool:
        return self._is_locked or self._is_asleep

    def _record_time_gone(self, out: _Outbox, *, was_monitoring: bool,
                          is_final: bool = False) -> None:
        """Time locked or asleep is time away, recorded as an empty chair would be: only if
        posture was being monitored (camera on, not paused) when it began. Recorded a minute
        or more at a time while it lasts, so the history keeps it even if the app is killed."""
        now = self._clock.now()
        if self._is_resting() and not is_final:
            if self._gone_since is None:
                if was_monitoring:
                    self._gone_since = now
                return
            if (now - self._gone_since).total_seconds() < MINUTE_S:
                return
        if self._gone_since is not None:
            out.samples.extend(away_samples(self._gone_since, now))
            self._gone_since = now if self._is_resting() else None

    def _record_sleep_gap(self, out: _Outbox, *, was_monitoring: bool) -> None:
        """A suspend no desktop signal told of (boot time ran on while monotonic time stood
        still) is time away too."""
        monotonic_s, boot_s = self._clock.monotonic(), self._clock.boottime()
        last_monotonic_s, last_boot_s = self._last_clocks
        self._last_clocks = (monotonic_s, boot_s)
        awake_s = max(0.0, monotonic_s - last_monotonic_s)
        asleep_s = (boot_s - last_boot_s) - awake_s
        if asleep_s > SLEEP_GAP_TOLERANCE_S and was_monitoring:
            woke = self._clock.now() - timedelta(seconds=awake_s)
            out.samples.extend(away_samples(woke - timedelta(seconds=asleep_s), woke))

    # Output

    def _should_camera_rest(self) -> bool:
        return (self._is_resting() or self.timer.is_paused
                or not self._settings.first_run_done)

    def _posture_now(self) -> PostureState:
        """The latest reading's posture, unless the camera rests (paused, locked, asleep): then
        that reading is stale and the posture is unknown."""
        if self._last_reading is None or self._should_camera_rest():
            return PostureState.UNKNOWN
        return self._last_reading.state

    def _detail(self) -> str:
        """The status's extra line; what matters most to the user wins."""
        reading = self._last_reading
        detail = ""
        if reading is not None and reading.message and reading.camera_status is CameraStatus.OK:
            detail = reading.message
        elif reading is not None and reading.verdict is not None and reading.verdict.other_people:
            detail = translate("coach", "Someone else is in view; only you are judged")
        if self.timer.is_paused:
            return detail or translate("coach", "Camera off while paused")
        if self.timer.is_camera_blind:
            return translate("coach", "The camera does not see you")
        if (not detail and self._camera is CameraStatus.OK and self._settings.camera_enabled
                and self._settings.baseline is None):
            return translate("coach", "Not calibrated yet: Calibrate posture in the menu")
        return detail

    def _step(self, out: _Outbox) -> CoachStep:
        if out.is_prompt_withdrawn:
            self._is_prompt_up = False
        rest = self._should_camera_rest()
        camera_rest = None if rest == self._camera_rest_told else rest
        self._camera_rest_told = rest
        return CoachStep(
            status=self.status(),
            today_line=self.today_line(),
            prompt=out.prompt,
            is_prompt_withdrawn=out.is_prompt_withdrawn and out.prompt is None,
            notifications=tuple(out.notifications),
            withdrawn_notifications=tuple(out.withdrawn),
            nudge=out.nudge,
            beep=out.beep,
            events=tuple(out.events),
            samples=tuple(out.samples),
            camera_rest=camera_rest,
            settings_to_save=out.settings_to_save,
            timer_snapshot=self._timer_snapshot_to_save(out),
        )

    def _timer_snapshot_to_save(self, out: _Outbox) -> TimerSnapshot | None:
        snapshot = self.timer.snapshot()
        if not out.is_quitting and not is_snapshot_due(self._saved_timer, snapshot):
            return None
        self._saved_timer = snapshot
        return snapshot
