"""The break prompt as one value: the stretches on offer and every text the break window shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postureapp.core.stretches import Stretch


@dataclass(frozen=True, slots=True)
class BreakPrompt:
    """What the break window shows, decided and worded in the core.

    Attributes:
        stretches: The one or two stretches to suggest, in order.
        break_length_s: How long the break is (the timer's length, snooze penalty included).
        is_guided: Go straight to the guided stretches (the break has already started).
        is_camera_counting: The camera follows the stretches the user does (the user agreed
            and has calibrated): the window asks the worker to watch each one.
        show_safety: Open the safety notes (the first break the user takes).
        can_snooze: False when the prompt insists.
        headline: How long the user has sat, and what to do about it.
        plan: The break's length, leading into the suggestions.
        snooze_button: The Snooze button's text (with its keyboard mnemonic).
        snooze_name: The Snooze button's accessible name.
        snooze_note: What a snooze costs, in words; empty when it costs nothing.
        insist_note: Why the prompt insists; empty while a snooze is allowed.
    """

    stretches: tuple[Stretch, ...]
    break_length_s: float
    is_guided: bool = False
    is_camera_counting: bool = False
    show_safety: bool = False
    can_snooze: bool = False
    headline: str = ""
    plan: str = ""
    snooze_button: str = ""
    snooze_name: str = ""
    snooze_note: str = ""
    insist_note: str = ""


def length_text(seconds: float) -> str:
    """A break length for people: "3 min", "45 s", "4 min 30 s"."""
    whole = max(0, round(seconds))
    minutes, rest = divmod(whole, 60)
    if rest == 0:
        return f"{minutes} min"
    if minutes == 0:
        return f"{rest} s"
    return f"{minutes} min {rest} s"


def snooze_penalty_note(snoozes_used: int, penalty_s: float, can_snooze: bool,
                        penalty_per_snooze_s: float) -> str:
    """What snoozing has cost and will cost, in words, from the timer's penalty rule.

    Args:
        snoozes_used: Snoozes used since the last break.
        penalty_s: How much longer those snoozes made this break.
        can_snooze: Whether another snooze is allowed (then its cost is mentioned).
        penalty_per_snooze_s: What one more snooze adds.
    """
    parts: list[str] = []
    if snoozes_used:
        parts.append(f"You snoozed {snoozes_used} time(s): this break is "
                     f"{round(penalty_s / 60)} min longer.")
    if can_snooze:
        parts.append(f"Each snooze adds {_amount_text(penalty_per_snooze_s)} to the break.")
    return " ".join(parts)


def _amount_text(seconds: float) -> str:
    return "a minute" if round(seconds) == 60 else length_text(seconds)


def insist_note(snoozes_used: int) -> str:
    """Why a prompt that cannot be snoozed insists."""
    if snoozes_used == 1:
        reason = "You've snoozed once, so this break can't wait: the prompt insists."
    elif snoozes_used > 1:
        reason = (f"You've snoozed {snoozes_used} times, so this break can't wait: "
                  "the prompt insists.")
    else:
        reason = "This break can't be snoozed: the prompt insists."
    return f"{reason} A few minutes on your feet will do your back good."


def build_break_prompt(
    stretches: Sequence[Stretch],
    *,
    break_length_s: float,
    sitting_s: float,
    can_snooze: bool,
    snoozes_used: int,
    snooze_min: int,
    snooze_note: str,
    show_safety: bool,
    is_guided: bool = False,
    is_camera_counting: bool = False,
) -> BreakPrompt:
    """The prompt for a due break (or, with `is_guided`, a break already under way).

    Args:
        stretches: The stretches to suggest.
        break_length_s: How long the break is.
        sitting_s: Time sat so far, for the headline.
        can_snooze: False when the prompt insists.
        snoozes_used: Snoozes used since the last break.
        snooze_min: Minutes one snooze puts the break off, for the Snooze button.
        snooze_note: What a snooze costs (`snooze_penalty_note()`).
        show_safety: Open the safety notes.
        is_guided: Go straight to the guided stretches.
        is_camera_counting: The camera follows the stretches.
    """
    sitting_min = int(sitting_s // 60)
    minutes = "1 minute" if sitting_min == 1 else f"{sitting_min} minutes"
    return BreakPrompt(
        stretches=tuple(stretches),
        break_length_s=break_length_s,
        is_guided=is_guided,
        is_camera_counting=is_camera_counting,
        show_safety=show_safety,
        can_snooze=can_snooze,
        headline=f"You've been sitting for {minutes} — time to stand up and move.",
        plan=f"Your break: {length_text(break_length_s)}. Here is what to try:",
        snooze_button=f"S&nooze {snooze_min} min",
        snooze_name=f"Snooze {snooze_min} minutes",
        snooze_note=snooze_note,
        insist_note="" if can_snooze else insist_note(snoozes_used),
    )
