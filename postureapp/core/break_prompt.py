"""The break prompt as one value: the stretches on offer and every text the break window shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postureapp.core.i18n import tr, translate
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
        return translate("break_prompt", "{minutes} min").format(minutes=minutes)
    if minutes == 0:
        return translate("break_prompt", "{seconds} s").format(seconds=rest)
    return translate("break_prompt", "{minutes} min {seconds} s").format(minutes=minutes,
                                                                         seconds=rest)


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
    longer = round(penalty_s / 60)
    if snoozes_used == 1:
        parts.append(translate(
            "break_prompt", "You snoozed once: this break is {longer} min longer.").format(
                longer=longer))
    elif snoozes_used > 1:
        parts.append(tr("You snoozed %n time(s): this break is {longer} min longer.", None,
                        snoozes_used).format(longer=longer))
    if can_snooze:
        parts.append(translate("break_prompt", "Each snooze adds {amount} to the break.")
                     .format(amount=_amount_text(penalty_per_snooze_s)))
    return " ".join(parts)


def _amount_text(seconds: float) -> str:
    if round(seconds) == 60:
        return translate("break_prompt", "a minute")
    return length_text(seconds)


def insist_note(snoozes_used: int) -> str:
    """Why a prompt that cannot be snoozed insists."""
    if snoozes_used == 1:
        reason = translate("break_prompt",
                           "You've snoozed once, so this break can't wait: the prompt insists.")
    elif snoozes_used > 1:
        reason = tr("You've snoozed %n time(s), so this break can't wait: the prompt insists.",
                    None, snoozes_used)
    else:
        reason = translate("break_prompt", "This break can't be snoozed: the prompt insists.")
    return translate("break_prompt", "{reason} A few minutes on your feet will do your back good."
                     ).format(reason=reason)


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
    return BreakPrompt(
        stretches=tuple(stretches),
        break_length_s=break_length_s,
        is_guided=is_guided,
        is_camera_counting=is_camera_counting,
        show_safety=show_safety,
        can_snooze=can_snooze,
        headline=tr("You've been sitting for %n minute(s) — time to stand up and move.", None,
                    sitting_min),
        plan=translate("break_prompt", "Your break: {length}. Here is what to try:").format(
            length=length_text(break_length_s)),
        snooze_button=translate("break_prompt", "S&nooze {minutes} min").format(
            minutes=snooze_min),
        snooze_name=tr("Snooze %n minute(s)", None, snooze_min),
        snooze_note=snooze_note,
        insist_note="" if can_snooze else insist_note(snoozes_used),
    )
