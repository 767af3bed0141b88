"""The mid-back stretch catalogue, its safety text, and the pure chooser for each break.

Doses, positions, equipment and safety wording follow /work/shared/content/mid-back.md; the
instructions and "why" lines are the app's own wording. Dose strings keep the source's numbers
exactly ("10-15", "20-30 s", ...), so a test can compare them with the content page.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from postureapp.core.events import CoachEvent, EventKind
from postureapp.core.i18n import QT_TRANSLATE_NOOP, translate
from postureapp.core.settings import Settings


class Position(StrEnum):
    """Where a stretch is done. A stretch may allow several."""

    SEATED = "seated"  # on the desk chair
    STANDING = "standing"  # beside the desk
    FLOOR = "floor"  # needs floor space: not something to do in an office chair


class DoseKind(StrEnum):
    """How the guided break counts a stretch."""

    HOLD = "hold"  # hold a position for some seconds, a number of times
    REPS = "reps"  # slow repetitions at a steady pace
    TIMED = "timed"  # one activity for a length of time (a walk)


@dataclass(frozen=True, slots=True)
class Dose:
    """A dose in numbers, for the guided break. The ranges are the source's, low to high.

    Attributes:
        kind: How the guided UI counts it.
        count_min: Fewest holds (HOLD) or repetitions (REPS); 1 for TIMED.
        count_max: Most holds or repetitions.
        seconds_min: Shortest hold (HOLD) or activity (TIMED); 0 for REPS.
        seconds_max: Longest hold or activity.
        rep_pace_s: Seconds per repetition the guided count uses (REPS only).
        is_per_side: True when the dose is done once to each side.
    """

    kind: DoseKind
    count_min: int
    count_max: int
    seconds_min: int = 0
    seconds_max: int = 0
    rep_pace_s: float = 0.0
    is_per_side: bool = False

    @property
    def guided_s(self) -> float:
        """Seconds the low end of the dose takes, for planning a break (rests not included)."""
        sides = 2 if self.is_per_side else 1
        if self.kind is DoseKind.REPS:
            return self.count_min * self.rep_pace_s * sides
        return self.count_min * self.seconds_min * sides


@dataclass(frozen=True, slots=True)
class Stretch:
    """One stretch or exercise the break window can suggest.

    Attributes:
        id: Stable id (stored in history, names the image in assets/stretches/).
        name: Display name.
        positions: Where it can be done; the first is the one the instructions start with.
        where: The set-up in words.
        equipment: What is needed, "none" if nothing.
        dose_text: The dose as shown to the user; numbers exactly as the source gives them.
        dose: The dose in numbers for the guided countdown.
        what_it_does: What the movement does, per the source.
        why: Why it helps a desk worker, in one short sentence.
        instructions: Steps, in order.
        hold_breathing: How to breathe through a hold, said under its countdown; only where
            the source's dose says (child's pose: breathing deeply), else empty.
    """

    id: str
    name: str
    positions: tuple[Position, ...]
    where: str
    equipment: str
    dose_text: str
    dose: Dose
    what_it_does: str
    why: str
    instructions: tuple[str, ...]
    hold_breathing: str = ""

    @property
    def fits_desk(self) -> bool:
        """True when it can be done on the chair or standing by the desk."""
        return Position.SEATED in self.positions or Position.STANDING in self.positions


WALK: Final = Stretch(
    id="walk",
    name=QT_TRANSLATE_NOOP("stretches", "Short walk"),
    positions=(Position.STANDING,),
    where=QT_TRANSLATE_NOOP("stretches", "on your feet, away from the desk"),
    equipment=QT_TRANSLATE_NOOP("stretches", "none"),
    # The sources give no dose for walks: 2-3 minutes is the app's own suggestion, so the text
    # offers it as one ("or longer if you like") and cites nothing.
    dose_text=QT_TRANSLATE_NOOP("stretches", "2-3 minutes at an easy pace, or longer if you like"),
    dose=Dose(DoseKind.TIMED, count_min=1, count_max=1, seconds_min=120, seconds_max=180),
    what_it_does=QT_TRANSLATE_NOOP("stretches", "gets you out of the sitting position and moving"),
    why=QT_TRANSLATE_NOOP(
        "stretches",
        "Mid-back ache at a desk often eases when you walk; short walks spread over the day help.",
    ),
    instructions=(
        QT_TRANSLATE_NOOP("stretches", "Stand up and step away from the screen."),
        QT_TRANSLATE_NOOP(
            "stretches",
            "Walk at an easy pace: fetch some water, take the stairs, look out of a window.",
        ),
        QT_TRANSLATE_NOOP(
            "stretches", "Let your arms swing and your shoulders settle down and back."),
    ),
)
"""The fallback every break can offer, even when every other stretch is switched off."""

STRETCHES: Final[tuple[Stretch, ...]] = (
    Stretch(
        id="cat-cow",
        name=QT_TRANSLATE_NOOP("stretches", "Cat-cow"),
        positions=(Position.FLOOR,),
        where=QT_TRANSLATE_NOOP("stretches", "floor, on hands and knees"),
        equipment=QT_TRANSLATE_NOOP("stretches", "none"),
        dose_text=QT_TRANSLATE_NOOP(
            "stretches",
            "10-15 slow repetitions, breathing in while arching (cow), out while rounding (cat)",
        ),
        dose=Dose(DoseKind.REPS, count_min=10, count_max=15, rep_pace_s=6.0),
        what_it_does=QT_TRANSLATE_NOOP(
            "stretches", "mobilises the whole spine, releases mid-back tension"),
        why=QT_TRANSLATE_NOOP(
            "stretches", "Moves every part of the spine that sitting holds still."),
        instructions=(
            QT_TRANSLATE_NOOP(
                "stretches",
                "Kneel on all fours, hands under your shoulders and knees under your hips.",
            ),
            QT_TRANSLATE_NOOP(
                "stretches",
                "Breathe in as you let your belly sink and lift your chest and gaze (cow).",
            ),
            QT_TRANSLATE_NOOP(
                "stretches",
                "Breathe out as you round your back up towards the ceiling, chin to chest (cat).",
            ),
            QT_TRANSLATE_NOOP("stretches", "Move slowly between the two with your breath."),
        ),
    ),
    Stretch(
        id="thoracic-extension",
        name=QT_TRANSLATE_NOOP("stretches", "Thoracic extension"),
        positions=(Position.FLOOR,),
        where=QT_TRANSLATE_NOOP("stretches", "floor, seated, knees bent, feet flat"),
        equipment=QT_TRANSLATE_NOOP(
            "stretches", "foam roller or rolled-up towel behind the upper back"),
        dose_text=QT_TRANSLATE_NOOP("stretches", "Lean back over it and hold 20-30 s; 3-5 times"),
        dose=Dose(DoseKind.HOLD, count_min=3, count_max=5, seconds_min=20, seconds_max=30),
        what_it_does=QT_TRANSLATE_NOOP("stretches", "opens the chest, extends the thoracic spine"),
        why=QT_TRANSLATE_NOOP("stretches", "Undoes the forward rounding of hours over a screen."),
        instructions=(
            QT_TRANSLATE_NOOP("stretches", "Sit on the floor with your knees bent and feet flat."),
            QT_TRANSLATE_NOOP(
                "stretches", "Place a foam roller or rolled-up towel behind your upper back."),
            QT_TRANSLATE_NOOP(
                "stretches", "Support your head with your hands and lean back over the roller."),
            QT_TRANSLATE_NOOP("stretches", "Hold, breathing easily, then come back up."),
        ),
    ),
    Stretch(
        id="childs-pose",
        name=QT_TRANSLATE_NOOP("stretches", "Child's pose"),
        positions=(Position.FLOOR,),
        where=QT_TRANSLATE_NOOP("stretches", "floor, from hands and knees"),
        equipment=QT_TRANSLATE_NOOP("stretches", "none"),
        dose_text=QT_TRANSLATE_NOOP("stretches", "Hold 30-60 s, breathing deeply"),
        dose=Dose(DoseKind.HOLD, count_min=1, count_max=1, seconds_min=30, seconds_max=60),
        what_it_does=QT_TRANSLATE_NOOP("stretches", "lengthens and relaxes the spine"),
        why=QT_TRANSLATE_NOOP("stretches", "A restful stretch that lets the whole back let go."),
        instructions=(
            QT_TRANSLATE_NOOP("stretches", "Start on hands and knees."),
            QT_TRANSLATE_NOOP(
                "stretches", "Sit back towards your heels and reach your arms forward."),
            QT_TRANSLATE_NOOP("stretches", "Lower your chest and forehead towards the floor."),
            QT_TRANSLATE_NOOP("stretches", "Hold and breathe deeply into your back."),
        ),
        hold_breathing=QT_TRANSLATE_NOOP("stretches", "Breathe deeply"),
    ),
    Stretch(
        id="scapular-squeeze",
        name=QT_TRANSLATE_NOOP("stretches", "Scapular squeezes"),
        positions=(Position.SEATED, Position.STANDING),
        where=QT_TRANSLATE_NOOP("stretches", "seated or standing, arms by the sides"),
        equipment=QT_TRANSLATE_NOOP("stretches", "none"),
        dose_text=QT_TRANSLATE_NOOP("stretches", "Squeeze, hold 3-5 s, release; 10-15 times"),
        dose=Dose(DoseKind.HOLD, count_min=10, count_max=15, seconds_min=3, seconds_max=5),
        what_it_does=QT_TRANSLATE_NOOP(
            "stretches", "strengthens the muscles between the shoulder blades"),
        why=QT_TRANSLATE_NOOP(
            "stretches", "Strong muscles between the shoulder blades make sitting tall easier."),
        instructions=(
            QT_TRANSLATE_NOOP("stretches", "Sit or stand tall with your arms by your sides."),
            QT_TRANSLATE_NOOP(
                "stretches", "Squeeze your shoulder blades together, keeping your shoulders down."),
            QT_TRANSLATE_NOOP("stretches", "Hold, then release slowly."),
        ),
    ),
    Stretch(
        id="thoracic-rotation",
        name=QT_TRANSLATE_NOOP("stretches", "Thoracic rotations"),
        positions=(Position.SEATED, Position.FLOOR),
        where=QT_TRANSLATE_NOOP(
            "stretches", "seated tall on a chair, feet flat (or cross-legged on the floor)"),
        equipment=QT_TRANSLATE_NOOP("stretches", "none"),
        dose_text=QT_TRANSLATE_NOOP("stretches", "Hold 10-15 s, then the other side"),
        dose=Dose(
            DoseKind.HOLD,
            count_min=1,
            count_max=1,
            seconds_min=10,
            seconds_max=15,
            is_per_side=True,
        ),
        what_it_does=QT_TRANSLATE_NOOP(
            "stretches", "restores rotation, eases stiffness, helps posture"),
        why=QT_TRANSLATE_NOOP(
            "stretches", "Brings back the twist a day of facing one screen takes away."),
        instructions=(
            QT_TRANSLATE_NOOP(
                "stretches",
                "Sit tall on your chair with your feet flat (or cross-legged on the floor).",
            ),
            QT_TRANSLATE_NOOP("stretches", "Put one hand on the opposite knee."),
            QT_TRANSLATE_NOOP("stretches", "Turn your trunk and look over your shoulder; hold."),
            QT_TRANSLATE_NOOP("stretches", "Come back to the middle, then turn to the other side."),
        ),
    ),
    WALK,
)
"""The catalogue. Ids match settings.STRETCH_IDS."""

STRETCHES_BY_ID: Final[dict[str, Stretch]] = {s.id: s for s in STRETCHES}

FAVOURED_AFTER_ROUNDING: Final = ("thoracic-extension", "scapular-squeeze")
"""Stretches that counter a rounded back; they lead the list after long rounding, in this order."""

# Safety text: must be shown in the app; wording of the warnings is exact.
STOP_IF_PAIN: Final = QT_TRANSLATE_NOOP("stretches",
                                        "Stop any movement that causes pain; move gently.")
URGENT_CARE_INTRO: Final = QT_TRANSLATE_NOOP(
    "stretches", "Seek urgent medical help, and do not exercise, with any of:")
URGENT_WARNING_SIGNS: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP("stretches", "sudden severe pain after a fall or accident"),
    QT_TRANSLATE_NOOP("stretches", "chest pain, pressure around the chest, or trouble breathing"),
    QT_TRANSLATE_NOOP(
        "stretches", "fever, unexplained weight loss, or feeling very ill along with back pain"),
    QT_TRANSLATE_NOOP(
        "stretches", "weakness, numbness, or trouble controlling the legs or bladder"),
)
SEE_A_PROFESSIONAL: Final = QT_TRANSLATE_NOOP(
    "stretches",
    "See a physical therapist or doctor if symptoms last more than a couple of weeks, "
    "keep coming back, or continue despite the exercises.",
)
NOT_DIAGNOSIS: Final = QT_TRANSLATE_NOOP(
    "stretches", "The app coaches habits; it does not diagnose or treat.")


_POSITION_WORDS: Final = {
    Position.SEATED: QT_TRANSLATE_NOOP("stretches", "seated"),
    Position.STANDING: QT_TRANSLATE_NOOP("stretches", "standing"),
    Position.FLOOR: QT_TRANSLATE_NOOP("stretches", "on the floor"),
}


def positions_text(stretch: Stretch) -> str:
    """Where a stretch can be done, in words: "Seated or standing"."""
    text = translate("stretches", " or ", "between the places a stretch can be done").join(
        translate("stretches", _POSITION_WORDS[position]) for position in stretch.positions)
    return text[:1].upper() + text[1:]


def localised(stretch: Stretch) -> Stretch:
    """`stretch` with every text in the user's language (the catalogue itself stays English,
    marked for translation with the context "stretches"); the id and dose numbers are kept."""
    def text(source: str) -> str:
        return translate("stretches", source) if source else source

    return replace(
        stretch,
        name=text(stretch.name),
        where=text(stretch.where),
        equipment=text(stretch.equipment),
        dose_text=text(stretch.dose_text),
        what_it_does=text(stretch.what_it_does),
        why=text(stretch.why),
        instructions=tuple(text(step) for step in stretch.instructions),
        hold_breathing=text(stretch.hold_breathing),
    )


def pick_stretches(
    catalogue: Sequence[Stretch],
    settings: Settings,
    recent_ids: Sequence[str],
    rounded_recently: bool,
    rng: random.Random,
    count: int = 2,
) -> tuple[Stretch, ...]:
    """Choose the stretches to suggest for one break.

    Rules, in order:

    1. Stretches in `settings.disabled_stretches` are never offered.
    2. Floor-only stretches are offered only when `settings.floor_exercises` is on; a stretch
       that also works seated or standing (thoracic rotation) is always allowed.
    3. After long rounding (`rounded_recently`), one of thoracic extension and scapular
       squeezes leads the list (whichever was shown longer ago, so they alternate): they are
       what counters rounding. The other place still rotates, so breaks do not repeat.
    4. The other places rotate: never-shown stretches first, then the one shown longest ago.
       Ties are broken by `rng`, so a seeded rng gives a repeatable choice.
    5. If nothing is allowed, the walk is offered anyway (a break always has something to do).

    Args:
        catalogue: The stretches to choose from, usually STRETCHES.
        settings: Supplies disabled_stretches and floor_exercises.
        recent_ids: Ids shown in recent breaks, oldest first, most recent last.
        rounded_recently: True after a long stretch of rounded posture.
        rng: Tie-breaker; pass a seeded Random in tests.
        count: How many to return at most (at least 1).

    Returns:
        Up to `count` distinct stretches, never empty.
    """
    count = max(1, count)
    allowed = [
        s
        for s in catalogue
        if s.id not in settings.disabled_stretches and (settings.floor_exercises or s.fits_desk)
    ]
    if not allowed:
        walk = next((s for s in catalogue if s.id == WALK.id), WALK)
        return (walk,)

    last_seen = {stretch_id: index for index, stretch_id in enumerate(recent_ids)}
    shuffled = list(allowed)
    rng.shuffle(shuffled)
    # Stable sort after a shuffle: equal keys keep the random order.
    rotation = sorted(shuffled, key=lambda s: last_seen.get(s.id, -1))

    favoured: list[Stretch] = []
    if rounded_recently:
        counters = [s for s in rotation if s.id in FAVOURED_AFTER_ROUNDING]
        favoured = counters[:1]  # rotation order: the one shown longest ago
    chosen = favoured + [s for s in rotation if s not in favoured]
    return tuple(chosen[:count])


ROTATION_MEMORY: Final = 8
"""How many recently offered stretch ids the rotation remembers."""


def remember_offered(
    recent_ids: Sequence[str], offered: Iterable[Stretch], keep: int = ROTATION_MEMORY
) -> tuple[str, ...]:
    """The rotation's memory after a break offered `offered`: oldest first, at most `keep`."""
    return (*recent_ids, *(stretch.id for stretch in offered))[-keep:]


def recently_suggested(
    events: Iterable[CoachEvent], keep: int = ROTATION_MEMORY
) -> tuple[str, ...]:
    """Stretch ids offered in recent breaks, oldest first, from the stored break history.

    Lets the rotation carry on across restarts of the app instead of starting over.
    """
    ids = [
        stretch_id
        for event in sorted(events, key=lambda e: e.at)
        if event.kind is EventKind.BREAK_STARTED
        for stretch_id in event.stretches
    ]
    return tuple(ids[-keep:])
