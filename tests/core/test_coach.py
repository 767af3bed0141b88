"""The coach's decisions, on a fake clock: prompts, holds, history, notifications and status."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from postureapp.core.calibration import StaleCalibration
from postureapp.core.coach import MAX_CALL_HOLD_S, REPROMPT_AFTER_S, Coach, CoachStep
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
from postureapp.core.day_summary import summarise_day
from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.minutes import MAX_SAMPLE_INTERVAL_S
from postureapp.core.monitor import PostureReading
from postureapp.core.notifications import BREAK_KEY, SNOOZE_ACTION, START_BREAK_ACTION
from postureapp.core.ports import CameraStatus, StoreStatus
from postureapp.core.posture import FrameCondition, FrameVerdict
from postureapp.core.samples import PostureState
from postureapp.core.settings import FirstRunChoice, Settings
from postureapp.core.sitting_timer import SNOOZE_PENALTY_S, TimerState
from postureapp.core.status import Veto
from postureapp.core.stretch_recognition import Outcome, StretchVerdict
from postureapp.core.stretches import STRETCHES
from tests.fakes import SAMPLE_BASELINE, FakeClock, InMemoryHistory

READY = Settings(first_run_done=True, safety_acknowledged=True, baseline=SAMPLE_BASELINE)


def reading(
    state: PostureState = PostureState.UPRIGHT,
    *,
    camera: CameraStatus = CameraStatus.OK,
    message: str = "",
    other_people: int = 0,
    stale: StaleCalibration | None = None,
) -> PostureReading:
    is_present = {PostureState.UPRIGHT: True, PostureState.ROUNDED: True,
                  PostureState.AWAY: False}.get(state)
    verdict = FrameVerdict(FrameCondition.OK, is_present, score=80.0, other_people=other_people)
    return PostureReading(0.0, "test", 0, camera, message, verdict, state, 80.0,
                          is_present if camera is CameraStatus.OK else None, stale)


class Rig:
    """A coach and what the app would do with its steps: record history, track the prompt."""

    def __init__(self, settings: Settings = READY, start: datetime | None = None,
                 history: InMemoryHistory | None = None) -> None:
        self.clock = FakeClock(start)
        self.history = history or InMemoryHistory()
        self.coach = Coach(settings, self.clock, self.history, rng=random.Random(3))
        self.steps: list[CoachStep] = []
        self.is_prompt_up = False
        self.shown_stretches: tuple[str, ...] = ()

    def send(self, event: CoachInput) -> CoachStep:
        step = self.coach.handle(event)
        self.history.record(step.samples, step.events)
        if step.prompt is not None:
            self.is_prompt_up = True
            self.shown_stretches = tuple(s.id for s in step.prompt.stretches)
        if step.is_prompt_withdrawn:
            self.is_prompt_up = False
        self.steps.append(step)
        return step

    def run(self, seconds: float, state: PostureState = PostureState.UPRIGHT, *,
            camera: CameraStatus = CameraStatus.OK, step_s: float = 30.0) -> None:
        """Readings every `step_s` and a tick every second's worth, for `seconds`."""
        elapsed = 0.0
        while elapsed < seconds:
            self.clock.advance(step_s)
            elapsed += step_s
            self.send(ReadingReceived(reading(state, camera=camera)))
            self.send(Tick())

    def idle(self, seconds: float, step_s: float = 30.0) -> None:
        """Ticks only (camera resting or absent)."""
        elapsed = 0.0
        while elapsed < seconds:
            self.clock.advance(step_s)
            elapsed += step_s
            self.send(Tick())

    def close_prompt(self) -> None:
        self.is_prompt_up = False
        self.send(PromptClosed())

    def notifications(self, key: str | None = None) -> list[tuple[str, str]]:
        return [(n.title, n.body) for step in self.steps for n in step.notifications
                if key is None or n.key == key]

    def events(self) -> list[EventKind]:
        return [e.kind for e in self.history.events]

    @property
    def status_lines(self) -> str:
        return "\n".join(self.coach.status().lines())


# The break prompt


def test_a_due_break_shows_a_prompt_and_a_notification_with_actions() -> None:
    rig = Rig()
    rig.run(29 * 60)
    assert not rig.is_prompt_up
    rig.run(60)
    assert rig.is_prompt_up
    prompt_step = next(step for step in rig.steps if step.prompt is not None)
    assert prompt_step.prompt is not None and not prompt_step.prompt.is_guided
    assert len(prompt_step.prompt.stretches) == 2
    assert "sitting for 30 minutes" in prompt_step.prompt.headline
    (note,) = prompt_step.notifications
    assert note.key == BREAK_KEY and not prompt_step.beep  # sounds are off by default
    assert note.actions == ((START_BREAK_ACTION, "Start break"), (SNOOZE_ACTION, "Snooze"))
    assert rig.coach.status().timer_state is TimerState.BREAK_DUE


def test_a_prompt_closed_without_a_decision_comes_back_after_the_reprompt_time() -> None:
    rig = Rig()
    rig.run(30 * 60)
    first = rig.shown_stretches
    rig.close_prompt()
    rig.run(REPROMPT_AFTER_S - 30)
    assert not rig.is_prompt_up
    rig.run(30)
    assert rig.is_prompt_up
    assert rig.shown_stretches == first  # the same break, the same suggestions


def test_the_window_hiding_itself_before_a_snooze_does_not_bring_the_prompt_back() -> None:
    rig = Rig()
    rig.run(30 * 60)
    rig.run(REPROMPT_AFTER_S)  # long enough that a re-prompt would be allowed
    rig.close_prompt()
    assert rig.steps[-1].prompt is None
    step = rig.send(SnoozeChosen())
    assert step.prompt is None and BREAK_KEY in step.withdrawn_notifications


def test_a_snoozed_break_comes_back_with_the_same_stretches_and_a_longer_break() -> None:
    rig = Rig()
    rig.run(30 * 60)
    first = rig.shown_stretches
    for snoozes in (1, 2, 3):
        step = rig.send(SnoozeChosen())
        assert step.is_prompt_withdrawn
        assert rig.coach.timer.state is TimerState.SNOOZED
        rig.run(5 * 60)
        assert rig.is_prompt_up
        assert rig.shown_stretches == first
        prompt = next(s.prompt for s in reversed(rig.steps) if s.prompt is not None)
        assert prompt.break_length_s == 3 * 60 + snoozes * SNOOZE_PENALTY_S
        times = "once" if snoozes == 1 else f"{snoozes} times"
        assert f"You snoozed {times}: this break is {snoozes} min longer." in prompt.snooze_note
    assert prompt.insist_note.startswith("You've snoozed 3 times")
    assert not prompt.can_snooze
    assert "Each snooze" not in prompt.snooze_note
    last_note = rig.steps[-1].notifications or next(
        s.notifications for s in reversed(rig.steps) if s.notifications)
    assert last_note[0].actions == ((START_BREAK_ACTION, "Start break"),)
    assert rig.events().count(EventKind.BREAK_REMINDED) == 3


def test_the_snooze_note_follows_the_timers_penalty_rule() -> None:
    rig = Rig()
    rig.run(30 * 60)
    prompt = next(s.prompt for s in rig.steps if s.prompt is not None)
    assert prompt.snooze_note == "Each snooze adds a minute to the break."
    assert prompt.snooze_button == "S&nooze 5 min"


def test_a_new_break_picks_anew_from_the_rotation() -> None:
    rig = Rig()
    rig.run(30 * 60)
    first = set(rig.shown_stretches)
    rig.send(BreakStartChosen())
    rig.send(BreakFinished(tuple(first)))
    rig.run(30 * 60)
    never_shown = {s.id for s in STRETCHES if s.fits_desk} - first
    assert never_shown <= set(rig.shown_stretches)


def test_the_rotation_remembers_yesterdays_and_todays_breaks() -> None:
    history = InMemoryHistory()
    allowed = [s.id for s in STRETCHES if s.fits_desk]
    seen, fresh = allowed[:-2], allowed[-2:]
    yesterday = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
    today = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    history.record([], [CoachEvent(EventKind.BREAK_STARTED, yesterday, stretches=tuple(seen[:3])),
                        CoachEvent(EventKind.BREAK_STARTED, today, stretches=tuple(seen[3:]))])
    rig = Rig(history=history)
    rig.run(30 * 60)
    assert set(rig.shown_stretches) == set(fresh)


def test_starting_the_break_withdraws_the_notification_and_records_the_offer() -> None:
    rig = Rig()
    rig.run(30 * 60)
    offered = rig.shown_stretches
    step = rig.send(BreakStartChosen())
    assert rig.coach.timer.state is TimerState.ON_BREAK
    assert step.prompt is None and not step.is_prompt_withdrawn  # the window guides on
    assert BREAK_KEY in step.withdrawn_notifications
    started = next(e for e in rig.history.events if e.kind is EventKind.BREAK_STARTED)
    assert started.stretches == offered
    assert Veto.BREAK_IN_PROGRESS in rig.coach.status().vetoes
    step = rig.send(BreakFinished(offered[:1]))
    assert step.is_prompt_withdrawn
    assert rig.coach.status().timer_state is TimerState.SITTING


@pytest.mark.parametrize(("action", "state", "is_guided"), [
    (START_BREAK_ACTION, TimerState.ON_BREAK, True),
    (SNOOZE_ACTION, TimerState.SNOOZED, None),
])
def test_notification_actions_do_what_the_windows_buttons_do(
    action: str, state: TimerState, is_guided: bool | None
) -> None:
    rig = Rig()
    rig.run(30 * 60)
    step = rig.send(NotificationActionInvoked(BREAK_KEY, action))
    assert rig.coach.timer.state is state
    assert BREAK_KEY in step.withdrawn_notifications
    if is_guided:
        assert step.prompt is not None and step.prompt.is_guided
        assert tuple(s.id for s in step.prompt.stretches) == rig.shown_stretches
    else:
        assert step.is_prompt_withdrawn


def test_a_stale_break_notification_action_changes_nothing() -> None:
    rig = Rig()
    rig.run(5 * 60)
    step = rig.send(NotificationActionInvoked(BREAK_KEY, START_BREAK_ACTION))
    assert rig.coach.timer.state is TimerState.SITTING and step.prompt is None


def test_skipping_withdraws_the_prompt_and_starts_counting_afresh() -> None:
    rig = Rig()
    rig.run(30 * 60)
    step = rig.send(SkipChosen())
    assert step.is_prompt_withdrawn
    assert rig.coach.timer.sitting_s == 0
    assert EventKind.BREAK_SKIPPED in rig.events()


def test_walking_away_from_a_due_break_withdraws_the_prompt() -> None:
    rig = Rig()
    rig.run(30 * 60)
    rig.run(6 * 60, PostureState.AWAY)
    assert not rig.is_prompt_up
    assert EventKind.NATURAL_BREAK in rig.events()


def test_take_a_break_now_goes_straight_to_the_guided_stretches_and_reads_the_safety_notes(
) -> None:
    rig = Rig(settings=READY.replace(safety_acknowledged=False))
    rig.run(10 * 60)
    step = rig.send(BreakNowChosen())
    assert step.prompt is not None and step.prompt.is_guided and step.prompt.show_safety
    assert step.settings_to_save is not None and step.settings_to_save.safety_acknowledged
    assert rig.coach.timer.state is TimerState.ON_BREAK
    assert rig.events()[-2:] == [EventKind.BREAK_DUE, EventKind.BREAK_STARTED]


@pytest.mark.parametrize(("settings", "is_counting"), [
    (READY, True),  # calibrated: on by default
    (READY.replace(camera_counts_stretches=False), False),  # the user said no
    (READY.replace(baseline=None), False),  # not calibrated yet
])
def test_the_prompt_says_whether_the_camera_counts_the_stretches(
    settings: Settings, is_counting: bool
) -> None:
    rig = Rig(settings=settings)
    rig.run(10 * 60)
    step = rig.send(BreakNowChosen())
    assert step.prompt is not None and step.prompt.is_camera_counting is is_counting


def test_what_the_camera_saw_of_a_stretch_goes_into_the_history() -> None:
    rig = Rig()
    rig.run(30 * 60)
    rig.send(BreakStartChosen())
    rig.send(StretchJudged(StretchVerdict("scapular-squeeze", Outcome.CONFIRMED, 10, 10,
                                          "Seen: 10 of 10 holds.")))
    rig.send(StretchJudged(StretchVerdict("walk", Outcome.NOT_JUDGED, 0, 90, "Not judged.")))
    rig.send(BreakFinished(("scapular-squeeze", "walk")))
    assert rig.events()[-3:] == [EventKind.STRETCH_CONFIRMED, EventKind.STRETCH_NOT_CONFIRMED,
                                 EventKind.BREAK_TAKEN]
    day = summarise_day(rig.clock.now().date(), [], rig.history.events)
    assert (day.stretches_done, day.stretches_confirmed) == (2, 1)


def test_take_a_break_now_while_one_is_due_brings_its_prompt_back() -> None:
    rig = Rig()
    rig.run(30 * 60)
    first = rig.shown_stretches
    rig.close_prompt()
    step = rig.send(BreakNowChosen())
    assert step.prompt is not None and not step.prompt.is_guided
    assert tuple(s.id for s in step.prompt.stretches) == first


# Holds: calls, meetings, pauses, working hours


def test_a_call_holds_the_break_until_it_ends_and_the_status_says_why() -> None:
    rig = Rig()
    rig.run(25 * 60)
    rig.run(10 * 60, PostureState.UNKNOWN, camera=CameraStatus.IN_USE)
    assert not rig.is_prompt_up
    status = rig.coach.status()
    assert status.timer_state is TimerState.IN_CALL
    assert status.vetoes == (Veto.IN_CALL,)
    assert status.held_line == "Breaks held: in a call"
    rig.run(2 * 60)
    assert rig.is_prompt_up


def test_a_camera_held_all_day_is_a_call_for_two_hours_only() -> None:
    rig = Rig()
    rig.run(MAX_CALL_HOLD_S - 60, PostureState.UNKNOWN, camera=CameraStatus.IN_USE, step_s=60)
    assert not rig.is_prompt_up
    rig.run(30 * 60, PostureState.UNKNOWN, camera=CameraStatus.IN_USE, step_s=60)
    assert rig.is_prompt_up
    assert Veto.IN_CALL not in rig.coach.status().vetoes
    told = [body for title, body in rig.notifications() if "two hours" in body]
    assert len(told) == 1


def test_a_meeting_holds_breaks_until_it_is_over() -> None:
    rig = Rig()
    rig.run(25 * 60)
    rig.send(MeetingChosen(60 * 60))
    rig.run(30 * 60)
    assert not rig.is_prompt_up
    assert rig.coach.status().vetoes == (Veto.IN_MEETING,)
    assert "In a meeting" in rig.status_lines
    rig.send(MeetingChosen(None))
    assert not rig.coach.status().is_in_meeting
    rig.run(2 * 60)
    assert rig.is_prompt_up


def test_after_a_meeting_the_minute_of_grace_is_not_called_a_call() -> None:
    """No app holds the camera: the minute before breaks come back follows the meeting."""
    rig = Rig()
    rig.run(25 * 60)
    rig.send(MeetingChosen(60 * 60))
    rig.run(10 * 60)
    rig.send(MeetingChosen(None))
    rig.run(10)

    assert not rig.is_prompt_up
    assert rig.coach.status().vetoes == (Veto.JUST_AFTER_CALL,)
    assert "in a call" not in rig.coach.status().held_line
    assert rig.coach.status().held_line == "Breaks held: for a minute after the call or meeting"


def test_a_call_that_ended_holds_breaks_a_minute_and_says_so() -> None:
    rig = Rig()
    rig.run(25 * 60)
    rig.run(10 * 60, PostureState.UNKNOWN, camera=CameraStatus.IN_USE)
    rig.run(10)

    assert not rig.is_prompt_up
    assert rig.coach.status().vetoes == (Veto.JUST_AFTER_CALL,)


def test_a_meeting_ends_by_itself() -> None:
    rig = Rig()
    rig.send(MeetingChosen(10 * 60))
    rig.run(9 * 60)
    assert rig.coach.status().is_in_meeting
    rig.run(2 * 60)
    assert not rig.coach.status().is_in_meeting
    assert rig.coach.timer.state is TimerState.SITTING


def test_pausing_rests_the_camera_withdraws_the_prompt_and_resuming_uses_it_again() -> None:
    rig = Rig()
    rig.run(30 * 60)
    step = rig.send(PauseChosen(None))
    assert step.camera_rest is True and step.is_prompt_withdrawn
    status = rig.coach.status()
    assert status.vetoes == (Veto.PAUSED,) and not status.is_camera_active
    assert not status.can_take_break_now
    assert rig.send(Tick()).camera_rest is None  # said once
    assert rig.send(ResumeChosen()).camera_rest is False


def test_while_the_camera_rests_the_status_claims_no_posture_it_cannot_see() -> None:
    """The last reading before a pause is stale: "Posture: upright" next to "Camera off while
    paused" contradicts itself."""
    rig = Rig()
    rig.run(5 * 60)
    assert rig.coach.status().posture is PostureState.UPRIGHT
    rig.send(PauseChosen(15 * 60))
    rig.idle(60)

    status = rig.coach.status()
    assert status.posture is PostureState.UNKNOWN
    assert "Posture: upright" not in status.lines()
    rig.send(ResumeChosen())
    rig.run(30)
    assert rig.coach.status().posture is PostureState.UPRIGHT


def test_a_timed_pause_ends_by_itself_and_the_camera_comes_back() -> None:
    rig = Rig()
    rig.send(PauseChosen(15 * 60))
    rig.idle(15 * 60 + 10)
    assert rig.coach.timer.state is TimerState.SITTING
    assert any(step.camera_rest is False for step in rig.steps)


def test_outside_working_hours_breaks_are_held_and_the_status_says_so() -> None:
    settings = READY.replace(schedule_enabled=True, work_start="09:00", work_end="17:00")
    rig = Rig(settings=settings, start=datetime(2026, 11, 23, 17, 30, tzinfo=UTC))
    rig.run(40 * 60)
    assert not rig.is_prompt_up
    assert rig.coach.status().vetoes == (Veto.OUTSIDE_WORKING_HOURS,)
    assert "Breaks held: outside working hours" in rig.status_lines


def test_the_menu_follows_the_timers_guards() -> None:
    rig = Rig()
    rig.run(30 * 60)
    assert rig.coach.status().can_snooze
    rig.send(BreakStartChosen())
    status = rig.coach.status()
    assert not status.can_pause and not status.can_take_break_now and not status.can_snooze


# History


def test_each_reading_with_a_picture_is_a_sample_spanning_the_time_since_the_last() -> None:
    rig = Rig(settings=READY.replace(sample_interval_s=300))
    rig.run(900, step_s=300)
    spans = [sample.interval_s for sample in rig.history.samples]
    assert spans == [MAX_SAMPLE_INTERVAL_S, 300.0, 300.0]  # the first: two intervals, capped
    rig.clock.advance(3600)
    rig.send(ReadingReceived(reading()))
    assert rig.history.samples[-1].interval_s == MAX_SAMPLE_INTERVAL_S  # like summary's cap
    rig.send(ReadingReceived(reading(camera=CameraStatus.NOT_FOUND)))
    assert len(rig.history.samples) == 4  # no picture, nothing judged


def test_a_locked_screen_is_recorded_as_away_and_counts_as_a_natural_break() -> None:
    rig = Rig()
    rig.run(10 * 60)
    step = rig.send(ScreenLocked(True))
    assert step.camera_rest is True
    rig.idle(75)
    assert rig.coach.timer.state is TimerState.AWAY
    rig.idle(6 * 60)
    step = rig.send(ScreenLocked(False))
    assert step.camera_rest is False
    rig.run(60)
    day = rig.clock.now().date()
    summary = summarise_day(day, rig.history.minutes_for_day(day), rig.history.events_for_day(day))
    assert summary.away_min >= 6
    assert EventKind.NATURAL_BREAK in rig.events()
    assert rig.coach.timer.sitting_s < 2 * 60


def test_a_short_lock_is_still_away_time_in_the_history() -> None:
    rig = Rig()
    rig.run(5 * 60)
    rig.send(ScreenLocked(True))
    rig.idle(74, step_s=1)
    rig.send(ScreenLocked(False))
    assert away_s(rig) == pytest.approx(74)


def test_a_suspend_is_recorded_as_away_whether_or_not_the_desktop_says_so() -> None:
    told = Rig()
    told.run(5 * 60)
    told.send(SystemSleep(True))
    assert told.steps[-1].camera_rest is True
    told.clock.sleep_machine(20 * 60)
    told.send(SystemSleep(False))
    untold = Rig()
    untold.run(5 * 60)
    untold.clock.sleep_machine(20 * 60)
    untold.send(Tick())
    for rig in (told, untold):
        assert away_s(rig) == pytest.approx(20 * 60)
        assert all(s.interval_s <= MAX_SAMPLE_INTERVAL_S for s in rig.history.samples)
        assert EventKind.NATURAL_BREAK in rig.events()


def test_a_lock_is_recorded_a_minute_at_a_time_and_the_rest_on_quitting() -> None:
    rig = Rig()
    rig.run(60)
    rig.send(ScreenLocked(True))
    rig.idle(150, step_s=1)
    assert away_s(rig) == pytest.approx(120)  # kept even if the app is killed now
    rig.send(Quitting())
    assert away_s(rig) == pytest.approx(150)


@pytest.mark.parametrize("settings", [READY.replace(camera_enabled=False), READY])
def test_no_away_time_is_invented_when_posture_was_not_monitored(settings: Settings) -> None:
    rig = Rig(settings=settings)
    rig.run(60)
    if settings.camera_enabled:
        rig.send(PauseChosen(None))
    rig.send(ScreenLocked(True))
    rig.clock.sleep_machine(20 * 60)
    rig.idle(10 * 60)
    rig.send(ScreenLocked(False))
    assert away_s(rig) == 0


def away_s(rig: Rig) -> float:
    return sum(s.interval_s for s in rig.history.samples if s.state is PostureState.AWAY)


# Notifications and the status


def test_a_stale_calibration_is_asked_about_once_until_the_next_calibration() -> None:
    rig = Rig()
    stale = StaleCalibration("Your camera seems to have moved.")
    for _ in range(3):
        rig.send(ReadingReceived(reading(stale=stale)))
    assert rig.notifications() == [("Recalibrate?", stale.reason)]
    step = rig.send(CalibrationAccepted(SAMPLE_BASELINE, "42 frames"))
    assert rig.events()[-1] is EventKind.CALIBRATED
    assert step.settings_to_save is not None and step.settings_to_save.baseline == SAMPLE_BASELINE
    rig.send(ReadingReceived(reading(stale=stale)))
    assert len(rig.notifications()) == 2


def test_the_end_of_day_summary_comes_once_after_work_ends() -> None:
    settings = READY.replace(end_of_day_summary=True, work_end="18:00")
    rig = Rig(settings=settings, start=datetime(2026, 11, 23, 17, 50, tzinfo=UTC))
    rig.run(9 * 60)
    assert not [t for t, _ in rig.notifications() if t == "Your day"]
    rig.run(2 * 60)
    rig.run(30 * 60)
    days = [body for title, body in rig.notifications() if title == "Your day"]
    assert len(days) == 1 and days[0].startswith("Today:")


def test_no_end_of_day_summary_on_a_day_with_nothing_recorded() -> None:
    settings = READY.replace(end_of_day_summary=True, work_end="18:00")
    rig = Rig(settings=settings, start=datetime(2026, 11, 23, 17, 59, tzinfo=UTC))
    rig.idle(5 * 60)
    assert rig.notifications() == []


@pytest.mark.parametrize("sound_enabled", [False, True])
def test_a_nudge_is_a_notification_with_sound_if_the_user_wants_it(sound_enabled: bool) -> None:
    rig = Rig(settings=READY.replace(sound_enabled=sound_enabled))
    rig.run(3 * 60, PostureState.ROUNDED)
    nudges = [s.nudge for s in rig.steps if s.nudge is not None]
    assert len(nudges) == 1
    (step,) = [step for step in rig.steps if step.nudge is not None]
    (sent,) = step.notifications
    assert (sent.key, sent.title, sent.body) == ("nudge", "Posture", nudges[0].cue)
    assert step.beep is sound_enabled


def test_a_failed_model_says_so_and_the_camera_gives_no_posture() -> None:
    rig = Rig()
    step = rig.send(ModelFailed("The pose model could not load."))
    assert step.notifications[0].title == "Posture monitoring is off"
    assert "The break timer keeps working." in step.notifications[0].body
    assert rig.coach.status().camera is CameraStatus.UNREADABLE


@pytest.mark.parametrize(("settings", "event", "expected"), [
    (READY, reading(message="Too dark to see you"), "Too dark to see you"),
    (READY, reading(camera=CameraStatus.IN_USE, message="busy"), ""),
    (READY, reading(other_people=1), "Someone else is in view; only you are judged"),
    (READY.replace(baseline=None), reading(), "Not calibrated yet: Calibrate posture in the menu"),
    (READY.replace(baseline=None), reading(message="Too dark"), "Too dark"),
    (READY.replace(baseline=None, camera_enabled=False), None, ""),
])
def test_the_status_detail_says_what_matters_most(
    settings: Settings, event: PostureReading | None, expected: str
) -> None:
    rig = Rig(settings=settings)
    if event is not None:
        rig.send(ReadingReceived(event))
    assert rig.coach.status().detail == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("Too dark to see you", "Too dark to see you"), ("", "Camera off while paused"),
])
def test_while_paused_the_detail_says_the_camera_is_off_unless_something_matters_more(
    message: str, expected: str
) -> None:
    rig = Rig()
    rig.send(ReadingReceived(reading(message=message)))
    rig.send(PauseChosen(None))
    assert rig.coach.status().detail == expected


def test_the_camera_rests_until_the_first_run_choice_is_made() -> None:
    rig = Rig(settings=Settings())
    assert rig.send(Tick()).camera_rest is None  # resting from the start
    assert not rig.coach.status().is_camera_active
    step = rig.send(SettingsChanged(Settings(first_run_done=True)))
    assert step.camera_rest is False


def test_turning_the_camera_off_in_settings_shows_it_as_disabled() -> None:
    rig = Rig()
    rig.send(SettingsChanged(READY.replace(camera_enabled=False)))
    assert rig.coach.status().camera is CameraStatus.DISABLED
    rig.send(SettingsChanged(READY))
    assert rig.coach.status().camera is CameraStatus.OK


# Settings: what each way of changing them keeps


def test_settings_ok_keeps_what_changed_outside_the_dialog_meanwhile() -> None:
    rig = Rig(settings=READY.replace(baseline=None, safety_acknowledged=False))
    opened_with = rig.coach.settings
    rig.send(CalibrationAccepted(SAMPLE_BASELINE, "done"))
    rig.send(BreakNowChosen())  # reads the safety notes
    step = rig.send(SettingsEdited(opened_with.replace(sensitivity=8)))
    saved = step.settings_to_save
    assert saved is not None
    assert saved.sensitivity == 8
    assert saved.baseline == SAMPLE_BASELINE and saved.safety_acknowledged


def test_deleting_all_data_resets_the_settings_but_not_the_first_run_or_the_safety_notes() -> None:
    rig = Rig(settings=READY.replace(sensitivity=9))
    step = rig.send(AllDataDeleted(True, ""))
    assert step.settings_to_save == Settings(first_run_done=True, safety_acknowledged=True)
    assert [n.title for n in step.notifications] == ["Data deleted"]
    refused = rig.send(AllDataDeleted(False, "The history file is read-only."))
    assert [(n.title, n.body) for n in refused.notifications] == [
        ("History not deleted", "The history file is read-only.")]


@pytest.mark.parametrize(("choice", "first_run_done", "camera_enabled"), [
    (FirstRunChoice.CAMERA, True, True),
    (FirstRunChoice.TIMER_ONLY, True, False),
    (None, False, False),  # closed without choosing: asked again next start, camera off
])
def test_the_first_run_answer_decides_the_camera(
    choice: FirstRunChoice | None, first_run_done: bool, camera_enabled: bool
) -> None:
    rig = Rig(settings=Settings())
    step = rig.send(FirstRunAnswered(choice))
    saved = step.settings_to_save
    assert saved is not None
    assert (saved.first_run_done, saved.camera_enabled) == (first_run_done, camera_enabled)
    assert not saved.safety_acknowledged  # the notes open again at the first break
    assert step.camera_rest is (False if first_run_done else None)


def test_calibrating_turns_the_camera_on_and_changes_nothing_when_it_is_on() -> None:
    rig = Rig(settings=READY.replace(camera_enabled=False))
    step = rig.send(CalibrationStarting())
    assert step.settings_to_save is not None and step.settings_to_save.camera_enabled
    assert rig.send(CalibrationStarting()).settings_to_save is None


def test_changed_settings_are_in_effect_at_once() -> None:
    rig = Rig()
    rig.run(10 * 60)
    step = rig.send(SettingsChanged(READY.replace(sitting_limit_min=5)))
    assert step.settings_to_save == READY.replace(sitting_limit_min=5)
    assert step.prompt is not None  # a lower limit makes the break due now


def test_closing_the_prompt_withdraws_the_break_notification() -> None:
    rig = Rig()
    rig.run(30 * 60)
    rig.close_prompt()
    assert BREAK_KEY in rig.steps[-1].withdrawn_notifications


def test_history_that_stops_reaching_the_disk_is_said_once_and_each_notice_once() -> None:
    rig = Rig()
    rig.send(Tick(StoreStatus()))
    full = StoreStatus(is_persistent=False, message="The disk is full.", notices=("Moved.",))
    rig.send(Tick(full))
    rig.send(Tick(full))
    assert rig.notifications() == [("Posture history", "Moved."),
                                   ("Posture history not saved", "The disk is full.")]
    assert "The disk is full." in rig.status_lines


def test_a_history_problem_told_at_start_is_not_said_again_until_it_changes() -> None:
    # The app says it with the start-up notices: a second notice with the same key would
    # replace that one before it is read (a settings problem said at start went unseen).
    coach = Coach(READY, FakeClock(), InMemoryHistory(), history_problem_told="The disk is full.")
    full = StoreStatus(is_persistent=False, message="The disk is full.")
    assert coach.handle(Tick(full)).notifications == ()
    locked = StoreStatus(is_persistent=False, message="In use by another program.")
    [said] = coach.handle(Tick(locked)).notifications
    assert said.body == "In use by another program."


@pytest.mark.parametrize(("is_monotonic_through_suspend", "is_natural_break"),
                         [(True, True), (False, False)])
def test_where_monotonic_time_runs_through_suspend_a_long_heartbeat_gap_is_a_sleep(
    is_monotonic_through_suspend: bool, is_natural_break: bool
) -> None:
    clock = FakeClock()
    coach = Coach(READY, clock, InMemoryHistory(),
                  is_monotonic_through_suspend=is_monotonic_through_suspend)
    coach.handle(ReadingReceived(reading()))
    clock.advance(60)
    coach.handle(ReadingReceived(reading()))
    clock.advance(10 * 60)  # no heartbeat for ten minutes: asleep, or a test's big step
    events = coach.handle(Tick()).events
    assert (EventKind.NATURAL_BREAK in [e.kind for e in events]) is is_natural_break


# Restarts and idle time


def test_a_restarted_coach_carries_on_the_saved_timer_and_asks_for_the_due_break() -> None:
    rig = Rig()
    rig.run(30 * 60)
    saved = [step.timer_snapshot for step in rig.steps if step.timer_snapshot is not None][-1]
    assert saved.phase == "due"
    rig.clock.advance(60)  # killed, started again a minute later
    restarted = Coach(READY, rig.clock, rig.history, rng=random.Random(3), saved_timer=saved)
    step = restarted.handle(Tick())
    assert step.prompt is not None
    assert restarted.timer.sitting_s == pytest.approx(30 * 60)


def test_the_timer_is_handed_out_to_save_when_it_moves_and_at_the_quit() -> None:
    rig = Rig()
    assert rig.send(Tick()).timer_snapshot is not None  # the first
    rig.clock.advance(1)
    assert rig.send(Tick()).timer_snapshot is None  # a second more is not worth a write
    paused = rig.send(PauseChosen(None)).timer_snapshot
    assert paused is not None and paused.is_paused
    rig.clock.advance(1)
    assert rig.send(Quitting()).timer_snapshot is not None


def test_typing_at_a_camera_that_sees_nobody_counts_as_sitting_and_is_said() -> None:
    rig = Rig()
    for _ in range(2 * 60 // 10):
        rig.clock.advance(10)
        rig.send(ReadingReceived(reading(PostureState.AWAY)))
        rig.send(Tick(input_idle_s=3.0))
    assert rig.coach.timer.state is TimerState.SITTING
    assert rig.coach.timer.sitting_s == pytest.approx(2 * 60)
    assert "The camera does not see you" in rig.status_lines
    rig.clock.advance(10)
    rig.send(Tick(input_idle_s=None))  # no idle time from the desktop: the camera decides
    assert rig.coach.timer.state is TimerState.AWAY
    assert "The camera does not see you" not in rig.status_lines
