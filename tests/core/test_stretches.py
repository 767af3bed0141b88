"""The stretch catalogue carries mid-back.md's doses and safety text; the chooser rotates fairly."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

import pytest

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.settings import STRETCH_IDS, Settings
from postureapp.core.stretches import (
    NOT_DIAGNOSIS,
    SEE_A_PROFESSIONAL,
    STOP_IF_PAIN,
    STRETCHES,
    STRETCHES_BY_ID,
    URGENT_CARE_INTRO,
    URGENT_WARNING_SIGNS,
    WALK,
    DoseKind,
    Position,
    Stretch,
    pick_stretches,
    recently_suggested,
)

DESK_IDS = {"scapular-squeeze", "thoracic-rotation", "walk"}
FLOOR_ONLY_IDS = {"cat-cow", "thoracic-extension", "childs-pose"}


def _ids(stretches: tuple[Stretch, ...]) -> tuple[str, ...]:
    return tuple(s.id for s in stretches)


# Catalogue content


def test_catalogue_ids_match_settings() -> None:
    assert tuple(s.id for s in STRETCHES) == STRETCH_IDS
    assert set(STRETCHES_BY_ID) == set(STRETCH_IDS)


@pytest.mark.parametrize(
    ("stretch_id", "dose_parts"),
    [
        ("cat-cow", ("10-15 slow repetitions", "breathing in while arching", "out while rounding")),
        ("thoracic-extension", ("20-30 s", "3-5 times")),
        ("childs-pose", ("30-60 s", "breathing deeply")),
        ("scapular-squeeze", ("hold 3-5 s", "10-15 times")),
        ("thoracic-rotation", ("10-15 s", "the other side")),
        ("walk", ("2-3 minutes",)),
    ],
)
def test_dose_text_matches_mid_back_content(stretch_id: str, dose_parts: tuple[str, ...]) -> None:
    dose_text = STRETCHES_BY_ID[stretch_id].dose_text
    for part in dose_parts:
        assert part in dose_text


@pytest.mark.parametrize(
    ("stretch_id", "kind", "counts", "seconds", "is_per_side"),
    [
        ("cat-cow", DoseKind.REPS, (10, 15), (0, 0), False),
        ("thoracic-extension", DoseKind.HOLD, (3, 5), (20, 30), False),
        ("childs-pose", DoseKind.HOLD, (1, 1), (30, 60), False),
        ("scapular-squeeze", DoseKind.HOLD, (10, 15), (3, 5), False),
        ("thoracic-rotation", DoseKind.HOLD, (1, 1), (10, 15), True),
        ("walk", DoseKind.TIMED, (1, 1), (120, 180), False),
    ],
)
def test_structured_dose_matches_the_text(
    stretch_id: str,
    kind: DoseKind,
    counts: tuple[int, int],
    seconds: tuple[int, int],
    is_per_side: bool,
) -> None:
    dose = STRETCHES_BY_ID[stretch_id].dose
    assert dose.kind is kind
    assert (dose.count_min, dose.count_max) == counts
    assert (dose.seconds_min, dose.seconds_max) == seconds
    assert dose.is_per_side is is_per_side
    assert dose.guided_s > 0


@pytest.mark.parametrize("stretch", STRETCHES, ids=lambda s: s.id)
def test_a_hold_is_breathed_through_exactly_as_the_dose_says(stretch: Stretch) -> None:
    # The countdown's breathing cue comes from the dose: "breathing deeply" gives
    # "Breathe deeply", and a dose that says nothing of breathing gives no cue.
    said = re.search(r"breathing (\w+)$", stretch.dose_text)
    if stretch.dose.kind is DoseKind.HOLD and said:
        assert stretch.hold_breathing == f"Breathe {said.group(1)}"
    else:
        assert stretch.hold_breathing == ""


@pytest.mark.parametrize(
    ("stretch_id", "positions", "equipment"),
    [
        ("cat-cow", {Position.FLOOR}, "none"),
        ("thoracic-extension", {Position.FLOOR}, "foam roller or rolled-up towel"),
        ("childs-pose", {Position.FLOOR}, "none"),
        ("scapular-squeeze", {Position.SEATED, Position.STANDING}, "none"),
        ("thoracic-rotation", {Position.SEATED, Position.FLOOR}, "none"),
        ("walk", {Position.STANDING}, "none"),
    ],
)
def test_positions_and_equipment_match_mid_back_content(
    stretch_id: str, positions: set[Position], equipment: str
) -> None:
    stretch = STRETCHES_BY_ID[stretch_id]
    assert set(stretch.positions) == positions
    assert stretch.equipment.startswith(equipment)


def test_thoracic_rotation_chair_variant_fits_a_desk() -> None:
    rotation = STRETCHES_BY_ID["thoracic-rotation"]
    assert rotation.fits_desk
    assert "feet flat" in rotation.where
    assert any("feet flat" in step for step in rotation.instructions)


def test_every_stretch_has_instructions_and_reasons() -> None:
    for stretch in STRETCHES:
        assert len(stretch.instructions) >= 2
        assert stretch.what_it_does and stretch.why and stretch.name


def test_safety_text_is_exact() -> None:
    assert STOP_IF_PAIN == "Stop any movement that causes pain; move gently."
    assert URGENT_CARE_INTRO == "Seek urgent medical help, and do not exercise, with any of:"
    assert URGENT_WARNING_SIGNS == (
        "sudden severe pain after a fall or accident",
        "chest pain, pressure around the chest, or trouble breathing",
        "fever, unexplained weight loss, or feeling very ill along with back pain",
        "weakness, numbness, or trouble controlling the legs or bladder",
    )
    assert SEE_A_PROFESSIONAL == (
        "See a physical therapist or doctor if symptoms last more than a couple of weeks, "
        "keep coming back, or continue despite the exercises."
    )
    assert NOT_DIAGNOSIS == "The app coaches habits; it does not diagnose or treat."


# Choosing


def _pick(
    settings: Settings | None = None,
    recent_ids: tuple[str, ...] = (),
    rounded_recently: bool = False,
    seed: int = 1,
    count: int = 2,
) -> tuple[str, ...]:
    return _ids(
        pick_stretches(
            STRETCHES,
            settings or Settings(),
            recent_ids,
            rounded_recently,
            random.Random(seed),
            count=count,
        )
    )


@pytest.mark.parametrize("seed", range(20))
def test_without_floor_exercises_only_desk_stretches_are_offered(seed: int) -> None:
    picked = _pick(seed=seed, count=6)
    assert set(picked) == DESK_IDS


@pytest.mark.parametrize("seed", range(20))
def test_with_floor_exercises_every_stretch_can_be_offered(seed: int) -> None:
    picked = _pick(Settings(floor_exercises=True), seed=seed, count=6)
    assert set(picked) == set(STRETCH_IDS)


@pytest.mark.parametrize(
    ("disabled", "floor_exercises", "allowed"),
    [
        (("walk",), False, {"scapular-squeeze", "thoracic-rotation"}),
        (("scapular-squeeze", "thoracic-rotation"), False, {"walk"}),
        (("cat-cow", "childs-pose"), True, {"thoracic-extension"} | DESK_IDS),
    ],
)
@pytest.mark.parametrize("seed", range(5))
def test_disabled_stretches_are_never_offered(
    disabled: tuple[str, ...], floor_exercises: bool, allowed: set[str], seed: int
) -> None:
    settings = Settings(disabled_stretches=disabled, floor_exercises=floor_exercises)
    picked = _pick(settings, seed=seed, count=6)
    assert set(picked) == allowed


@pytest.mark.parametrize(
    "settings",
    [
        Settings(disabled_stretches=tuple(i for i in STRETCH_IDS if i != "walk")),
        Settings(disabled_stretches=STRETCH_IDS),
        Settings(disabled_stretches=("scapular-squeeze", "thoracic-rotation", "walk")),
    ],
)
def test_walk_is_offered_when_everything_else_is_ruled_out(settings: Settings) -> None:
    assert _pick(settings) == ("walk",)


def test_walk_fallback_works_with_a_catalogue_without_a_walk() -> None:
    catalogue = tuple(s for s in STRETCHES if s.id != "walk")
    settings = Settings(disabled_stretches=STRETCH_IDS)
    picked = pick_stretches(catalogue, settings, (), False, random.Random(0))
    assert picked == (WALK,)


@pytest.mark.parametrize("seed", range(10))
def test_recently_shown_stretches_come_last(seed: int) -> None:
    recent = ("scapular-squeeze", "thoracic-rotation")
    assert _pick(recent_ids=recent, seed=seed) == ("walk", "scapular-squeeze")


@pytest.mark.parametrize("seed", range(10))
def test_consecutive_breaks_rotate_through_every_allowed_stretch(seed: int) -> None:
    rng = random.Random(seed)
    history: list[str] = []
    for _ in range(3):
        picked = pick_stretches(STRETCHES, Settings(), tuple(history), False, rng, count=1)
        history.extend(s.id for s in picked)
    assert set(history) == DESK_IDS


@pytest.mark.parametrize("seed", range(10))
def test_rounding_puts_a_counter_stretch_first_even_if_recent(seed: int) -> None:
    settings = Settings(floor_exercises=True)
    recent = ("cat-cow", "childs-pose", "walk", "thoracic-rotation",
              "thoracic-extension", "scapular-squeeze")  # both counters shown most recently
    picked = _pick(settings, recent_ids=recent, rounded_recently=True, seed=seed)
    assert picked[0] == "thoracic-extension"  # the counter stretch shown longer ago
    assert picked[1] == "cat-cow"  # the other place still rotates


@pytest.mark.parametrize("seed", range(5))
def test_after_long_rounding_breaks_still_vary(seed: int) -> None:
    settings = Settings(floor_exercises=True)
    history: list[str] = []
    breaks = []
    for _ in range(6):
        picked = _pick(settings, recent_ids=tuple(history), rounded_recently=True, seed=seed)
        breaks.append(picked)
        history.extend(picked)
    assert {b[0] for b in breaks} == {"thoracic-extension", "scapular-squeeze"}  # alternating
    assert len(set(breaks)) >= 4  # not the same pair every time


@pytest.mark.parametrize("seed", range(10))
def test_rounding_favours_squeeze_at_the_desk(seed: int) -> None:
    picked = _pick(recent_ids=("scapular-squeeze",), rounded_recently=True, seed=seed)
    assert picked[0] == "scapular-squeeze"
    assert "thoracic-extension" not in picked


def test_without_rounding_a_recent_squeeze_is_not_favoured() -> None:
    recent = ("walk", "scapular-squeeze")
    assert _pick(recent_ids=recent, count=1) == ("thoracic-rotation",)


def test_rounding_favour_respects_disabled() -> None:
    settings = Settings(floor_exercises=True, disabled_stretches=("thoracic-extension",))
    picked = _pick(settings, rounded_recently=True)
    assert picked[0] == "scapular-squeeze"
    assert "thoracic-extension" not in picked


@pytest.mark.parametrize("count", [1, 2, 3, 6, 10])
def test_picks_are_distinct_and_at_most_count(count: int) -> None:
    picked = _pick(Settings(floor_exercises=True), count=count, seed=3)
    assert len(picked) == min(count, len(STRETCHES))
    assert len(set(picked)) == len(picked)


def test_same_seed_gives_same_choice() -> None:
    settings = Settings(floor_exercises=True)
    assert _pick(settings, seed=42, count=3) == _pick(settings, seed=42, count=3)


def test_recently_suggested_comes_from_started_breaks_in_time_order() -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    events = [
        CoachEvent(EventKind.BREAK_STARTED, start + timedelta(hours=2),
                   stretches=("walk", "thoracic-rotation")),
        CoachEvent(EventKind.BREAK_STARTED, start, stretches=("scapular-squeeze",)),
        CoachEvent(EventKind.BREAK_TAKEN, start + timedelta(hours=3), stretches=("cat-cow",)),
    ]
    assert recently_suggested(events) == ("scapular-squeeze", "walk", "thoracic-rotation")
    assert recently_suggested(events, keep=1) == ("thoracic-rotation",)
