"""The core's texts: English without Qt, and whatever translator the Qt layer installs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from postureapp.core.break_prompt import build_break_prompt, snooze_penalty_note
from postureapp.core.i18n import english_plural, install_translator, tr, translate
from postureapp.core.stretches import STRETCHES_BY_ID, localised


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    install_translator(None)


def _shouting(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """A translator that knows every text: upper case (placeholders kept), %n filled as Qt does."""
    text = re.sub(r"[^{}]+(?=\{|$)", lambda match: match.group(0).upper(), source)
    return text.replace("%N", str(n)) if n >= 0 else text


@pytest.mark.parametrize(("text", "n", "expected"), [
    ("%n minute(s)", 1, "%n minute"),
    ("%n minute(s)", 0, "%n minutes"),
    ("%n minute(s)", 2, "%n minutes"),
    ("You snoozed %n time(s): stretch(es) wait", 1, "You snoozed %n time: stretch wait"),
    ("You snoozed %n time(s): stretch(es) wait", 3, "You snoozed %n times: stretches wait"),
    ("(not a plural) 5 (s) stays", 2, "(not a plural) 5 (s) stays"),
])
def test_english_plural_resolves_bracketed_endings(text: str, n: int, expected: str) -> None:
    assert english_plural(text, n) == expected


def test_without_a_translator_texts_are_english_with_their_plurals() -> None:
    assert translate("status", "On a break") == "On a break"
    assert tr("Snooze %n minute(s)", None, 1) == "Snooze 1 minute"
    assert tr("Snooze %n minute(s)", None, 5) == "Snooze 5 minutes"


def test_no_visible_text_says_time_s() -> None:
    once = snooze_penalty_note(1, 60.0, True, 60.0)
    thrice = snooze_penalty_note(3, 180.0, False, 60.0)

    assert once == ("You snoozed once: this break is 1 min longer. Each snooze adds a minute "
                    "to the break.")
    assert thrice == "You snoozed 3 times: this break is 3 min longer."


def test_an_installed_translator_gets_the_context_and_the_count() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def record(context: str, source: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, source, disambiguation, n))
        return "übersetzt" if n < 0 else f"{n} übersetzt"

    install_translator(record)

    assert translate("status", ", ", "between the parts of a list") == "übersetzt"
    assert tr("Snooze %n minute(s)", None, 4) == "4 übersetzt"
    assert calls == [("status", ", ", "between the parts of a list", -1),
                     ("", "Snooze %n minute(s)", None, 4)]


def test_a_translation_is_filled_after_it_is_translated_so_it_may_reorder_placeholders() -> None:
    def german(context: str, source: str, disambiguation: str | None, n: int) -> str:
        texts = {"Sitting for {minutes} min, next break in {until} min":
                 "Nächste Pause in {until} Min., seit {minutes} Min. im Sitzen"}
        return texts.get(source, source)

    install_translator(german)

    text = translate("status", "Sitting for {minutes} min, next break in {until} min").format(
        minutes=20, until=10)

    assert text == "Nächste Pause in 10 Min., seit 20 Min. im Sitzen"


def test_the_break_prompt_and_the_stretches_are_worded_by_the_translator() -> None:
    install_translator(_shouting)

    prompt = build_break_prompt(
        [STRETCHES_BY_ID["scapular-squeeze"]], break_length_s=180.0, sitting_s=31 * 60,
        can_snooze=True, snoozes_used=0, snooze_min=5, snooze_note="", show_safety=False)
    shown = localised(STRETCHES_BY_ID["scapular-squeeze"])

    assert prompt.headline == "YOU'VE BEEN SITTING FOR 31 MINUTE(S) — TIME TO STAND UP AND MOVE."
    assert prompt.snooze_name == "SNOOZE 5 MINUTE(S)"
    assert shown.name == "SCAPULAR SQUEEZES"
    assert shown.dose_text == "SQUEEZE, HOLD 3-5 S, RELEASE; 10-15 TIMES"
    assert shown.instructions[0] == "SIT OR STAND TALL WITH YOUR ARMS BY YOUR SIDES."
    assert shown.id == "scapular-squeeze" and shown.dose == STRETCHES_BY_ID[shown.id].dose
    assert STRETCHES_BY_ID["scapular-squeeze"].name == "Scapular squeezes"  # catalogue unchanged
