"""The break window, driven the way a user drives it, with a fake clock behind the countdowns."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from postureapp.core.break_prompt import BreakPrompt, build_break_prompt
from postureapp.core.stretches import (
    NOT_DIAGNOSIS,
    SEE_A_PROFESSIONAL,
    STOP_IF_PAIN,
    STRETCHES_BY_ID,
    URGENT_WARNING_SIGNS,
)
from postureapp.ui.break_window import BreakWindow
from tests.fakes import FakeClock
from tests.user_actions import click, find_button, press_key

PENALTY = "Snoozing adds a minute to your break."


@pytest.fixture
def window(qtbot: QtBot, fake_clock: FakeClock) -> BreakWindow:
    window = BreakWindow(fake_clock.monotonic)
    qtbot.addWidget(window)
    return window


def _prompt(
    window: BreakWindow,
    ids: Sequence[str] = ("childs-pose", "cat-cow"),
    *,
    break_length_s: float = 180.0,
    can_snooze: bool = True,
    snoozes_used: int = 0,
    show_safety: bool = False,
) -> None:
    window.show_prompt(build_break_prompt(
        [STRETCHES_BY_ID[i] for i in ids],
        break_length_s=break_length_s,
        sitting_s=30 * 60,
        can_snooze=can_snooze,
        snoozes_used=snoozes_used,
        snooze_min=5,
        snooze_note=PENALTY,
        show_safety=show_safety,
    ))


def _label(window: QWidget, name: str) -> QLabel:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label


def _text(window: QWidget, name: str) -> str:
    return _label(window, name).text()


def _visible_text(window: QWidget) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def _click(qtbot: QtBot, window: QWidget, name: str) -> None:
    click(qtbot, find_button(window, name), Qt.MouseButton.LeftButton)


def _start(qtbot: QtBot, window: BreakWindow) -> None:
    with qtbot.waitSignal(window.break_started):
        _click(qtbot, window, "start_button")


# The prompt


def test_prompt_shows_break_title_sitting_time_and_stretch_names(window: BreakWindow) -> None:
    _prompt(window, ("thoracic-extension", "scapular-squeeze"))

    assert window.isVisible()
    assert "Break" in window.windowTitle()
    text = _visible_text(window)
    assert "sitting for 30 minutes" in text
    assert "Thoracic extension" in text
    assert "Scapular squeezes" in text
    assert "Lean back over it and hold 20-30 s; 3-5 times" in text  # doses as the content says
    assert "foam roller or rolled-up towel behind the upper back" in text
    assert PENALTY in text
    assert "Your break: 3 min" in text


def test_window_stays_on_top_without_taking_focus(window: BreakWindow) -> None:
    _prompt(window)

    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.isWindow()
    assert QApplication.activeWindow() is not window


def test_start_emits_break_started_and_shows_the_first_stretch(
    qtbot: QtBot, window: BreakWindow
) -> None:
    _prompt(window)

    _start(qtbot, window)

    assert _text(window, "progress_label") == "Stretch 1 of 2"
    assert _text(window, "stretch_name_label") == "Child's pose"
    assert _text(window, "break_left_label") == "Break time left 3:00"
    assert "Sit back towards your heels and reach your arms forward." in _text(
        window, "steps_label"
    )
    assert not find_button(window, "start_button").isVisible()
    assert find_button(window, "next_button").isVisible()


def test_snooze_emits_snoozed_and_hides(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)

    with qtbot.waitSignal(window.snoozed):
        _click(qtbot, window, "snooze_button")

    assert not window.isVisible()


def test_snooze_is_disabled_and_explained_when_the_prompt_insists(
    qtbot: QtBot, window: BreakWindow
) -> None:
    _prompt(window, can_snooze=False, snoozes_used=3)

    snooze = find_button(window, "snooze_button")
    assert not snooze.isEnabled()
    assert "the prompt insists" in _text(window, "insist_label")
    assert _label(window, "insist_label").isVisible()
    with qtbot.assertNotEmitted(window.snoozed):
        click(qtbot, snooze, Qt.MouseButton.LeftButton)
    assert window.isVisible()


def test_skip_emits_skipped(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)

    with qtbot.waitSignal(window.skipped):
        _click(qtbot, window, "skip_button")

    assert not window.isVisible()


def test_snooze_button_says_how_long(window: BreakWindow) -> None:
    _prompt(window)

    assert find_button(window, "snooze_button").text().replace("&", "") == "Snooze 5 min"


# Keyboard


def test_enter_on_the_prompt_starts_the_break(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)

    with qtbot.waitSignal(window.break_started):
        press_key(qtbot, window, Qt.Key.Key_Return)

    assert _text(window, "stretch_name_label") == "Child's pose"


def test_enter_on_the_focused_start_button_starts_the_break(
    qtbot: QtBot, window: BreakWindow
) -> None:
    _prompt(window)

    with qtbot.waitSignal(window.break_started):
        press_key(qtbot, find_button(window, "start_button"), Qt.Key.Key_Enter)


def test_enter_in_the_guided_break_goes_to_the_next_stretch(
    qtbot: QtBot, window: BreakWindow
) -> None:
    _prompt(window)
    _start(qtbot, window)

    press_key(qtbot, window, Qt.Key.Key_Return)

    assert _text(window, "stretch_name_label") == "Cat-cow"
    with qtbot.waitSignal(window.break_finished) as finished:
        press_key(qtbot, window, Qt.Key.Key_Return)  # Done is the default on the last stretch
    assert finished.args == [("childs-pose", "cat-cow")]


def test_escape_on_the_prompt_snoozes_when_allowed(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)

    with qtbot.waitSignal(window.snoozed):
        press_key(qtbot, window, Qt.Key.Key_Escape)

    assert not window.isVisible()


def test_escape_on_an_insisting_prompt_only_hides(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window, can_snooze=False)

    with (
        qtbot.assertNotEmitted(window.snoozed),
        qtbot.assertNotEmitted(window.skipped),
        qtbot.assertNotEmitted(window.break_started),
    ):
        press_key(qtbot, window, Qt.Key.Key_Escape)

    assert not window.isVisible()


def test_escape_in_the_guided_break_finishes_it(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _start(qtbot, window)

    with qtbot.waitSignal(window.break_finished) as finished:
        press_key(qtbot, window, Qt.Key.Key_Escape)

    assert finished.args == [("childs-pose",)]
    assert not window.isVisible()


@pytest.mark.parametrize(
    ("name", "mnemonic"),
    [
        ("start_button", "&Start"),
        ("snooze_button", "S&nooze"),
        ("skip_button", "S&kip"),
        ("next_button", "&Next"),
        ("previous_button", "&Previous"),
        ("done_button", "&Done"),
        ("safety_button", "Sa&fety"),
    ],
)
def test_every_button_has_a_mnemonic_tab_focus_and_an_accessible_name(
    window: BreakWindow, name: str, mnemonic: str
) -> None:
    _prompt(window)

    button = find_button(window, name)
    assert button.text().startswith(mnemonic)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.accessibleName()


def _activate(qtbot: QtBot, window: BreakWindow) -> None:
    """Focus the window, as a click on it or the tray would; showing it never does."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_mnemonics_work_once_the_user_focuses_the_window(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _activate(qtbot, window)

    # A mnemonic "animates" the click: the button is pressed on the next turn of the event loop.
    with qtbot.waitSignal(find_button(window, "safety_button").clicked):
        press_key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert find_button(window, "safety_button").isChecked()
    with qtbot.waitSignal(window.break_started):
        press_key(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(find_button(window, "next_button").clicked):
        press_key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert _text(window, "stretch_name_label") == "Cat-cow"
    with qtbot.waitSignal(find_button(window, "previous_button").clicked):
        press_key(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert _text(window, "stretch_name_label") == "Child's pose"
    with qtbot.waitSignal(window.break_finished):
        press_key(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)


@pytest.mark.parametrize(
    ("key", "signal_name"), [(Qt.Key.Key_N, "snoozed"), (Qt.Key.Key_K, "skipped")]
)
def test_snooze_and_skip_mnemonics(
    qtbot: QtBot, window: BreakWindow, key: Qt.Key, signal_name: str
) -> None:
    _prompt(window)
    _activate(qtbot, window)

    with qtbot.waitSignal(getattr(window, signal_name)):
        press_key(qtbot, window, key, Qt.KeyboardModifier.AltModifier)


def test_tab_walks_through_the_prompt_buttons(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _activate(qtbot, window)
    seen: set[str] = set()
    for _ in range(6):
        press_key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.add(focused.objectName())

    assert {"safety_button", "skip_button", "snooze_button", "start_button"} <= seen


# The guided break and its countdowns


def test_hold_countdown_follows_the_clock(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window, ("childs-pose",))
    _start(qtbot, window)
    assert _text(window, "countdown_label") == "Hold 0:30"

    fake_clock.advance(10)
    window.tick()
    assert _text(window, "countdown_label") == "Hold 0:20"
    assert _text(window, "break_left_label") == "Break time left 2:50"

    fake_clock.advance(20)
    window.tick()
    assert _text(window, "countdown_label") == "Well done"


def test_holds_count_up_with_a_rest_between(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window, ("thoracic-extension",))
    _start(qtbot, window)
    assert _text(window, "countdown_label") == "Hold 0:20"
    assert _text(window, "step_detail_label") == "Hold 1 of 3"

    fake_clock.advance(20)
    window.tick()
    assert _text(window, "countdown_label") == "Release 0:05"

    fake_clock.advance(5)
    window.tick()
    assert _text(window, "countdown_label") == "Hold 0:20"
    assert _text(window, "step_detail_label") == "Hold 2 of 3"


def test_per_side_hold_switches_sides(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window, ("thoracic-rotation",))
    _start(qtbot, window)
    assert _text(window, "countdown_label") == "Hold 0:10"
    assert "switch sides" in _text(window, "step_detail_label")

    fake_clock.advance(10)
    window.tick()
    assert _text(window, "countdown_label") == "Switch sides 0:05"

    fake_clock.advance(5)
    window.tick()
    assert _text(window, "countdown_label") == "Hold 0:10"
    assert _text(window, "step_detail_label") == "Other side"


def test_reps_count_at_the_stretch_pace(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window, ("cat-cow",))
    _start(qtbot, window)
    assert _text(window, "countdown_label") == "Rep 1 of 10"

    fake_clock.advance(2 * STRETCHES_BY_ID["cat-cow"].dose.rep_pace_s)
    window.tick()
    assert _text(window, "countdown_label") == "Rep 3 of 10"


def test_walk_is_a_timed_countdown(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window, ("walk",))
    _start(qtbot, window)
    assert _text(window, "countdown_label") == "Walk 2:00"

    fake_clock.advance(30)
    window.tick()
    assert _text(window, "countdown_label") == "Walk 1:30"


def test_break_time_left_runs_out_gently(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window, ("walk",), break_length_s=120)
    _start(qtbot, window)

    fake_clock.advance(125)
    window.tick()

    assert "Break time is up" in _text(window, "break_left_label")
    assert window.isVisible()  # the window never ends a break by itself


def test_next_and_previous_move_between_stretches(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _start(qtbot, window)
    assert not find_button(window, "previous_button").isEnabled()

    _click(qtbot, window, "next_button")
    assert _text(window, "progress_label") == "Stretch 2 of 2"
    assert _text(window, "stretch_name_label") == "Cat-cow"
    assert not find_button(window, "next_button").isEnabled()

    _click(qtbot, window, "previous_button")
    assert _text(window, "progress_label") == "Stretch 1 of 2"
    assert _text(window, "stretch_name_label") == "Child's pose"


def test_going_back_restarts_that_stretch_countdown(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    _prompt(window)
    _start(qtbot, window)
    fake_clock.advance(10)
    _click(qtbot, window, "next_button")
    _click(qtbot, window, "previous_button")

    assert _text(window, "countdown_label") == "Hold 0:30"


def test_done_reports_the_stretches_visited(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _start(qtbot, window)
    _click(qtbot, window, "next_button")
    _click(qtbot, window, "previous_button")

    with qtbot.waitSignal(window.break_finished) as finished:
        _click(qtbot, window, "done_button")

    assert finished.args == [("childs-pose", "cat-cow")]
    assert not window.isVisible()


def test_done_early_reports_only_what_was_seen(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _start(qtbot, window)

    with qtbot.waitSignal(window.break_finished) as finished:
        _click(qtbot, window, "done_button")

    assert finished.args == [("childs-pose",)]


def test_a_guided_prompt_starts_without_the_prompt_page(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    with qtbot.assertNotEmitted(window.break_started):
        window.show_prompt(BreakPrompt((STRETCHES_BY_ID["walk"],), 180, is_guided=True))

    assert window.isVisible()
    assert _text(window, "countdown_label") == "Walk 2:00"


def test_a_new_prompt_after_a_break_starts_fresh(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window)
    _start(qtbot, window)
    with qtbot.waitSignal(window.break_finished):
        _click(qtbot, window, "done_button")

    _prompt(window, ("walk",))

    assert find_button(window, "start_button").isVisible()
    assert "Short walk" in _visible_text(window)
    assert "Child's pose" not in _visible_text(window)


def test_the_prompt_after_a_first_break_is_no_taller_than_a_fresh_one(
    qtbot: QtBot, window: BreakWindow, fake_clock: FakeClock
) -> None:
    """The first break shows the safety notes and the guided page; the next prompt has neither,
    and must not keep their height as empty space in its cards."""
    _prompt(window, ("walk", "scapular-squeeze"), show_safety=True)
    _start(qtbot, window)
    with qtbot.waitSignal(window.break_finished):
        _click(qtbot, window, "done_button")
    fresh = BreakWindow(fake_clock.monotonic)
    qtbot.addWidget(fresh)

    for shown in (window, fresh):
        _prompt(shown, ("thoracic-rotation", "walk"))

    assert window.height() <= fresh.height()


# Safety


def test_safety_panel_shows_the_warning_signs_when_asked(window: BreakWindow) -> None:
    _prompt(window, show_safety=True)

    text = _text(window, "safety_text_label")
    assert _label(window, "safety_text_label").isVisible()
    for sign in URGENT_WARNING_SIGNS:
        assert sign in text
    for sentence in (STOP_IF_PAIN, SEE_A_PROFESSIONAL, NOT_DIAGNOSIS):
        assert sentence in text


def test_safety_button_opens_the_panel(qtbot: QtBot, window: BreakWindow) -> None:
    _prompt(window, show_safety=False)
    panel_text = _label(window, "safety_text_label")
    assert not panel_text.isVisible()

    _click(qtbot, window, "safety_button")
    assert panel_text.isVisible()

    _start(qtbot, window)
    assert find_button(window, "safety_button").isVisible()  # still there during the guided break


def test_closing_the_safety_notes_gives_their_room_back(qtbot: QtBot, window: BreakWindow) -> None:
    window.show_prompt(build_break_prompt(
        [STRETCHES_BY_ID["cat-cow"]], break_length_s=180.0, sitting_s=30 * 60, can_snooze=True,
        snoozes_used=0, snooze_min=5, snooze_note="", show_safety=True, is_guided=True,
    ))
    panel_height = _label(window, "safety_text_label").height()
    height_with_notes = window.height()

    _click(qtbot, window, "safety_button")

    assert window.height() <= height_with_notes - panel_height
    _click(qtbot, window, "safety_button")
    assert window.height() == height_with_notes


@pytest.mark.parametrize("can_snooze_again", [True, False])
def test_after_a_keyboard_snooze_the_next_prompt_keeps_its_default_button(
    qtbot: QtBot, window: BreakWindow, can_snooze_again: bool
) -> None:
    _prompt(window)
    _activate(qtbot, window)
    snooze = find_button(window, "snooze_button")
    while QApplication.focusWidget() is not snooze:
        press_key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
    with qtbot.waitSignal(window.snoozed):
        press_key(qtbot, snooze, Qt.Key.Key_Return)

    _prompt(window, can_snooze=can_snooze_again, snoozes_used=1)

    # (The offscreen platform cannot activate a window a second time; the keys go to it.)
    start = find_button(window, "start_button")
    assert start.isDefault()
    assert window.focusWidget() is start
    with qtbot.waitSignal(window.break_started):
        press_key(qtbot, window, Qt.Key.Key_Return)


def test_lock_screen_shows_only_where_the_desktop_can_lock(
    qtbot: QtBot, window: BreakWindow
) -> None:
    _prompt(window)
    assert not find_button(window, "lock_screen_button").isVisible()

    window.set_can_lock_screen(True)
    _activate(qtbot, window)

    with qtbot.waitSignal(window.lock_screen_requested):
        press_key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    _start(qtbot, window)
    with qtbot.waitSignal(window.lock_screen_requested):
        _click(qtbot, window, "lock_screen_button")  # during the guided break too
