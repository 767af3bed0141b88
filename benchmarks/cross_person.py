"""Cross-person evaluation: does the posture decision hold for people it was never tuned on?

Reads every recording in ../shared/data in place (they carry no licence or identifiable faces, so
they are never copied into this repository; see each PROVENANCE.md) and replays it through the
scoring core the way a new user would meet the app:

* each recording is one user with one camera set-up: calibrate on the first half of their upright
  frames (in recording order, as the app calibrates first and monitors afterwards), then count
  the other half of their upright frames that are flagged (false alarms) and their slouched
  frames that are flagged (recall), at the default sensitivity and the others;
* with the optional second calibration step, the first half of the slouched frames is the
  "now sit the way you do when you slump" step, and recall is counted on the other half;
* AUC: how well the score orders that user's slouched frames below their upright test frames;
  pooled over users on the score's distance from each user's own boundary;
* the two fitted numbers, the least upright wandering assumed and the margin beyond it, are
  fitted leave-one-person-out: for the people in one data set, on the recordings of the other
  data set only (never on the person scored). The fit maximises how many recordings meet the
  target (90% recall, 5% false alarms), then recall minus three times the false alarms; among
  equally good pairs it takes the one in the middle of them, furthest from where things break;
* where a stretch of one label's frames looks like the other label's (a "bad" session in which
  the subject sat up for a while), the benchmark says where, with the frames' features, so that
  a failure can be told from a label that does not describe the frames. Nothing is relabelled.

What "a person" is in each data set (from its PROVENANCE.md and the data):

* ninja-turtle-landmarks: three recordings with features only (nose and ear heights above the
  shoulder line, in shoulder widths; no face width). `hyunmin_data` is one continuous session
  (5000 good, then 5000 bad frames). `gooddata` + `baddata` are separate sessions; the good file
  holds several sittings (its head height jumps twice). `turtledata(SVM)` is a third continuous
  session: its first 50 "good" frames are steady, the next 50 slide into the bad posture before
  the label switches, so only the steady 50 count as upright here (the benchmark says how many
  of the 50 sliding frames it flags). The subjects are not stated and may all be the one author:
  the three count as one person for leave-one-person-out.
* slouching-or-not: 65 photos of one man, two sessions with the camera moved in between. Each
  session is a calibration of its own (a user after moving the camera), run through the real
  pose model; both are one person for leave-one-person-out.
* fyp-sitting-keypoints: full-body photos of unknown people from mixed viewpoints (low relevance,
  nose and shoulders only, image aspect unknown). Rows cannot be tied to people, so there is no
  per-person calibration: it is scored as a crowd against the median of half its "proper" rows,
  reported as a cross-check only and never used for fitting.

Usage: python benchmarks/cross_person.py [--data DIR] [--no-images]
"""

from __future__ import annotations

import argparse
import csv
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median

import numpy as np

from postureapp.core.calibration import upright_baseline, with_slouched_posture
from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.landmarks import FrameObservation
from postureapp.core.posture import (
    DEFAULT_MODEL,
    DEFAULT_SENSITIVITY,
    POPULATION_BASELINE,
    FrameCondition,
    ScoringModel,
    judge_frame,
    rounding_score,
    rounding_threshold,
)

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TARGET_RECALL = 0.90
TARGET_FALSE_ALARMS = 0.05
GOODDATA_JUNK_ROWS = 5  # the first rows of gooddata are start-up junk (PROVENANCE.md)
MARGIN_GRID = tuple(m / 100 for m in range(2, 31))
MIN_SPREAD_GRID = tuple(m / 100 for m in range(0, 26))
FALSE_ALARM_COST = 3.0  # in the fit, one false alarm costs as much as three missed slouches
# The boundary before the least upright wandering: each user's spread plus one margin.
PREVIOUS_BOUNDARY = replace(DEFAULT_MODEL, min_upright_spread=0.0, boundary_margin=0.17)
DENSE_SITTING_SW = 0.05
NEUTRAL_FACE_SW = 0.4  # face width where a data set has none: held constant, the cue stays silent


@dataclass(frozen=True, slots=True)
class Recording:
    """One user's frames in recording order.

    Attributes:
        name: Short name for the tables.
        person: Who is in it, as far as the data tells; recordings of one person are left out
            together when fitting.
        upright: Frames labelled upright.
        slouched: Frames labelled slouched.
        note: What else the reader should know about this recording.
    """

    name: str
    person: str
    upright: tuple[PostureFeatures, ...]
    slouched: tuple[PostureFeatures, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the decision did on one recording (or pooled)."""

    recall: float
    false_alarms: float
    auc: float
    slouched_n: int
    upright_n: int


def _heights_only(nose: float, right_ear: float, left_ear: float) -> PostureFeatures:
    return PostureFeatures(nose, (right_ear + left_ear) / 2, NEUTRAL_FACE_SW, 0.0, 0.5, 0.5, 0.7)


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(newline="") as file:
        return [row for row in list(csv.reader(file))[1:] if row]


def _ninja_recordings(folder: Path) -> list[Recording]:
    person = "ninja-turtle subject(s)"

    def labelled(name: str) -> tuple[list[PostureFeatures], list[PostureFeatures]]:
        rows = [[float(v) for v in row] for row in _csv_rows(folder / name)]
        return ([_heights_only(*r[:3]) for r in rows if r[3] == 0],
                [_heights_only(*r[:3]) for r in rows if r[3] == 1])

    one_session_good, one_session_bad = labelled("TurtleData_hyunmin_data.csv")
    good = [_heights_only(*map(float, r)) for r in _csv_rows(folder / "TurtleData_gooddata.csv")]
    bad = [_heights_only(*map(float, r)) for r in _csv_rows(folder / "TurtleData_baddata.csv")]
    svm_good, svm_bad = labelled("Turtle_Model_turtledata_SVM.csv")
    return [
        Recording("ninja hyunmin", person, tuple(one_session_good), tuple(one_session_bad)),
        Recording("ninja good+bad", person, tuple(good[GOODDATA_JUNK_ROWS:]), tuple(bad),
                  "separate sessions; the good file holds several sittings"),
        Recording("ninja svm", person, tuple(svm_good[:50]), tuple(svm_bad),
                  "upright = the 50 steady good frames"),
    ]


def _svm_sliding_frames(folder: Path) -> list[PostureFeatures]:
    rows = [[float(v) for v in r] for r in _csv_rows(folder / "Turtle_Model_turtledata_SVM.csv")]
    return [_heights_only(*r[:3]) for r in rows if r[3] == 0][50:]


def _slouching_or_not_recordings(folder: Path) -> tuple[list[Recording], int]:
    """Both sessions through the real pose model; also how many photos could not be judged."""
    # Imported here so that the CSV part runs without the model (--no-images).
    from postureapp.adapters.camera import luma_grid, read_image
    from postureapp.adapters.mediapipe_pose import MediaPipePoseEstimator

    def capture_order(row: dict[str, str]) -> tuple[str, str, int]:
        return row["session"], row["label"], int(row["file"].rsplit("-", 1)[1].split(".")[0])

    with (folder / "labels.csv").open(newline="") as file:
        rows = sorted(csv.DictReader(file), key=capture_order)
    frames: dict[tuple[str, str], list[PostureFeatures]] = {}
    unjudged = 0
    with MediaPipePoseEstimator(None, video_mode=False) as estimator:
        for row in rows:
            rgb = read_image(folder / row["file"])
            if rgb is None:
                unjudged += 1
                continue
            height, width = rgb.shape[:2]
            observation = FrameObservation(
                0.0, width, height, estimator.estimate(rgb, 0.0), luma_grid(rgb)
            )
            verdict = judge_frame(observation, None, DEFAULT_SENSITIVITY)
            if verdict.condition is not FrameCondition.OK or verdict.features is None:
                unjudged += 1
                continue
            frames.setdefault((row["session"], row["label"]), []).append(verdict.features)
    sessions = sorted({session for session, _ in frames})
    return [
        Recording(f"slouching-or-not {i}", "slouching-or-not man",
                  tuple(frames.get((session, "upright"), [])),
                  tuple(frames.get((session, "slouched"), [])),
                  "sunk in the chair")
        for i, session in enumerate(sessions, 1)
    ], unjudged


def _fyp_crowd(folder: Path) -> Recording:
    def features(row: dict[str, str]) -> PostureFeatures:
        nose = (float(row["nose_x"]), float(row["nose_y"]))
        ends = sorted([(float(row["left_shoulder_x"]), float(row["left_shoulder_y"])),
                       (float(row["right_shoulder_x"]), float(row["right_shoulder_y"]))])
        (x1, y1), (x2, y2) = ends
        width = max(math.hypot(x2 - x1, y2 - y1), 1e-6)
        height = ((x2 - x1) * (y1 - nose[1]) - (y2 - y1) * (x1 - nose[0])) / width
        # No ears in this data: the head moves as one, so the ear cue follows the nose.
        return _heights_only(height / width, height / width, height / width)

    with (folder / "xy_filtered_keypoints_vectors_mediapipe.csv").open(newline="") as file:
        rows = list(csv.DictReader(file))
    return Recording(
        "fyp crowd", "unknown people",
        tuple(features(r) for r in rows if r["class"] == "proper"),
        tuple(features(r) for r in rows if r["class"] == "slouching"),
        "not a person: one calibration for everyone",
    )


def _auc(low_is_positive: Sequence[float], negatives: Sequence[float]) -> float:
    """P(a positive scores below a negative), ties counting half (Mann-Whitney)."""
    if not low_is_positive or not negatives:
        return math.nan
    ranked = sorted([(v, 1) for v in low_is_positive] + [(v, 0) for v in negatives])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += sum(label for _, label in ranked[i:j]) * (i + j + 1) / 2
        i = j
    n_pos, n_neg = len(low_is_positive), len(negatives)
    return 1.0 - (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


@dataclass(frozen=True, slots=True)
class _Scored:
    """A recording calibrated once: its test frames' scores, relative to its own boundary."""

    baseline: Baseline
    upright: tuple[float, ...]
    slouched: tuple[float, ...]


def _score(
    recording: Recording,
    model: ScoringModel,
    *,
    second_step: bool = False,
    slouched_second_half: bool = False,
    own_spread: bool = True,
) -> _Scored:
    """Calibrate on the first half of the upright frames (and, for the second step, of the
    slouched frames) and score the rest.

    `slouched_second_half` scores only the second half of the slouched frames even without the
    second step, to compare the two on the same frames. Without `own_spread` everyone gets the
    population's spread: the one fixed threshold of earlier versions (63 at the default).
    """
    half = len(recording.upright) // 2
    baseline = upright_baseline(list(recording.upright[:half]), calibrated_at="")
    if not own_spread:
        baseline = replace(baseline, upright_spread=POPULATION_BASELINE.upright_spread)
    slouched_half = len(recording.slouched) // 2
    if second_step:
        baseline = with_slouched_posture(baseline, list(recording.slouched[:slouched_half]))
    slouched = recording.slouched[slouched_half:] if slouched_second_half else recording.slouched
    return _Scored(
        baseline,
        tuple(rounding_score(f, baseline, model) for f in recording.upright[half:]),
        tuple(rounding_score(f, baseline, model) for f in slouched),
    )


def _outcome(scored: _Scored, sensitivity: int, model: ScoringModel) -> Outcome:
    threshold = rounding_threshold(scored.baseline, sensitivity, model)
    return Outcome(
        sum(s < threshold for s in scored.slouched) / max(len(scored.slouched), 1),
        sum(s < threshold for s in scored.upright) / max(len(scored.upright), 1),
        _auc(scored.slouched, scored.upright),
        len(scored.slouched),
        len(scored.upright),
    )


def _pooled(
    scored: Sequence[_Scored], sensitivity: int, models: Sequence[ScoringModel]
) -> Outcome:
    """All users' test frames together, each judged against their own boundary."""
    upright: list[float] = []
    slouched: list[float] = []
    for one, model in zip(scored, models, strict=True):
        threshold = rounding_threshold(one.baseline, sensitivity, model)
        upright.extend(s - threshold for s in one.upright)
        slouched.extend(s - threshold for s in one.slouched)
    return Outcome(
        sum(s < 0 for s in slouched) / len(slouched),
        sum(s < 0 for s in upright) / len(upright),
        _auc(slouched, upright),
        len(slouched),
        len(upright),
    )


def _meets(outcome: Outcome) -> bool:
    return outcome.recall >= TARGET_RECALL and outcome.false_alarms <= TARGET_FALSE_ALARMS


def _fit_boundary(recordings: Sequence[Recording]) -> ScoringModel:
    """The least upright wandering and the margin that do best at the default sensitivity on
    these recordings (one-step calibration): most recordings meeting the target, then the best
    recall minus the cost of false alarms; the middle of a tie."""
    scored = [_score(r, DEFAULT_MODEL) for r in recordings]

    def merit(model: ScoringModel) -> tuple[int, float]:
        outcomes = [_outcome(s, DEFAULT_SENSITIVITY, model) for s in scored]
        balance = sum(o.recall - FALSE_ALARM_COST * o.false_alarms for o in outcomes)
        return sum(_meets(o) for o in outcomes), round(balance / len(outcomes), 9)

    candidates = [
        replace(DEFAULT_MODEL, min_upright_spread=spread, boundary_margin=margin)
        for spread in MIN_SPREAD_GRID
        for margin in MARGIN_GRID
    ]
    merits = [merit(model) for model in candidates]
    best = [m for m, value in zip(candidates, merits, strict=True) if value == max(merits)]
    middle_spread = median(m.min_upright_spread for m in best)
    middle_margin = median(m.boundary_margin for m in best)
    return min(best, key=lambda m: math.hypot(m.min_upright_spread - middle_spread,
                                              m.boundary_margin - middle_margin))


def _fitted(model: ScoringModel) -> str:
    return f"wander >= {model.min_upright_spread:.2f}, margin {model.boundary_margin:.2f}"


def _mislabelled_looking_stretches(recording: Recording, model: ScoringModel) -> list[str]:
    """Stretches of test frames whose features look like the other label's, with evidence.

    The frames are cut into windows (a twentieth of the label's frames, at least 10); a window
    is reported when most of its frames fall on the other side of the user's own boundary, and
    neighbouring such windows are merged.
    """
    scored = _score(recording, model)
    threshold = rounding_threshold(scored.baseline, DEFAULT_SENSITIVITY, model)
    half = len(recording.upright) // 2
    sides = (
        ("slouched", recording.slouched, 0, scored.slouched, False, recording.upright[half:]),
        ("upright", recording.upright[half:], half, scored.upright, True, recording.slouched),
    )
    found: list[str] = []
    for label, frames, offset, scores, looks_slouched, other in sides:
        window = max(10, len(frames) // 20)
        odd = [
            start for start in range(0, len(frames), window)
            if sum((s < threshold) is looks_slouched for s in scores[start:start + window])
            > len(scores[start:start + window]) / 2
        ]
        runs: list[list[int]] = []
        for start in odd:
            if runs and start == runs[-1][1]:
                runs[-1][1] = min(start + window, len(frames))
            else:
                runs.append([start, min(start + window, len(frames))])
        for start, end in runs:
            stretch = frames[start:end]
            found.append(
                f"{recording.name}: {label} frames {offset + start}-{offset + end - 1} "
                f"({end - start}) look {'slouched' if looks_slouched else 'upright'}: "
                f"nose {_median_of(stretch, 'nose_height_sw'):.2f}, "
                f"ears {_median_of(stretch, 'ear_height_sw'):.2f} shoulder widths above the "
                f"shoulders (the {label} test frames overall: "
                f"{_median_of(frames, 'nose_height_sw'):.2f}, "
                f"{_median_of(frames, 'ear_height_sw'):.2f}; the other label's: "
                f"{_median_of(other, 'nose_height_sw'):.2f}, "
                f"{_median_of(other, 'ear_height_sw'):.2f})"
            )
    return found


def _calibrated_on_one_sitting(recording: Recording) -> tuple[int, Outcome]:
    """Calibrated on the frames of the commonest sitting of the calibration half only (nose
    height within 0.05 shoulder widths of its densest spot), scored on the same test frames.

    For evidence only: it shows what the test frames look like against one clean sitting.
    """
    half = len(recording.upright) // 2
    heights = [f.nose_height_sw for f in recording.upright[:half]]
    densest = max(heights, key=lambda c: sum(abs(h - c) <= DENSE_SITTING_SW for h in heights))
    sitting = [f for f in recording.upright[:half]
               if abs(f.nose_height_sw - densest) <= DENSE_SITTING_SW]
    baseline = upright_baseline(sitting, calibrated_at="")
    scored = _Scored(
        baseline,
        tuple(rounding_score(f, baseline) for f in recording.upright[half:]),
        tuple(rounding_score(f, baseline) for f in recording.slouched),
    )
    return len(sitting), _outcome(scored, DEFAULT_SENSITIVITY, DEFAULT_MODEL)


def _best_recall_within_target(recording: Recording) -> float:
    """Recall of the boundary that flags as many slouched frames as possible while flagging at
    most TARGET_FALSE_ALARMS of the upright test frames: the ceiling for any per-user boundary
    on this score, however it is set."""
    scored = _score(recording, DEFAULT_MODEL)
    upright = sorted(scored.upright)
    allowed = math.floor(TARGET_FALSE_ALARMS * len(upright))  # upright frames that may be flagged
    boundary = upright[allowed]  # flag strictly below the first upright frame that must pass
    return sum(s < boundary for s in scored.slouched) / max(len(scored.slouched), 1)


def _best_linear_rule(upright: np.ndarray, slouched: np.ndarray,
                      directions: int = 20_000) -> tuple[float, np.ndarray]:
    """The most slouched frames any straight-line rule on these columns catches while flagging at
    most TARGET_FALSE_ALARMS of the upright frames, and its direction (unit weights).

    The rule is chosen on the very frames it is scored on, which no app can do: a ceiling for any
    per-user decision on what the recording holds, not a model. Directions are drawn evenly over
    the sphere (seeded, so every run prints the same).
    """
    weights = np.random.default_rng(0).normal(size=(directions, upright.shape[1]))
    weights /= np.linalg.norm(weights, axis=1, keepdims=True)
    upright_along, slouched_along = upright @ weights.T, slouched @ weights.T
    allowed = math.floor(TARGET_FALSE_ALARMS * len(upright))
    limit = -np.sort(-upright_along, axis=0)[allowed]  # flag strictly beyond the allowed ones
    recall = (slouched_along > limit).mean(axis=0)
    best = int(recall.argmax())
    return float(recall[best]), weights[best]


def _median_of(frames: Sequence[PostureFeatures], name: str) -> float:
    values: list[float] = [getattr(f, name) for f in frames]
    return median(values)


def _row(name: str, outcome: Outcome, note: str = "") -> str:
    meets = _meets(outcome)
    return (f"| {name} | {outcome.recall:.1%} of {outcome.slouched_n} | "
            f"{outcome.false_alarms:.1%} of {outcome.upright_n} | {outcome.auc:.2f} | "
            f"{'yes' if meets else 'no'} | {note} |")


HEADER = (
    "| recording (person) | slouched flagged | upright flagged | AUC | meets target | notes |\n"
    "|---|---|---|---|---|---|"
)


def _table(
    title: str,
    recordings: Sequence[Recording],
    model_for: Callable[[Recording], ScoringModel],
    second_step: bool = False,
    own_spread: bool = True,
) -> None:
    print(f"\n{title}\n\n{HEADER}")
    scored = []
    for recording in recordings:
        model = model_for(recording)
        one = _score(recording, model, second_step=second_step,
                     slouched_second_half=second_step, own_spread=own_spread)
        scored.append(one)
        note = recording.note
        if model != DEFAULT_MODEL:
            note = f"{_fitted(model)}; {note}".rstrip("; ")
        if second_step:
            alone = _outcome(_score(recording, model, slouched_second_half=True),
                             DEFAULT_SENSITIVITY, model)
            note = (f"upright step alone on these frames: {alone.recall:.0%} and "
                    f"{alone.false_alarms:.1%}; {note}").rstrip("; ")
        print(_row(f"{recording.name} ({recording.person})",
                   _outcome(one, DEFAULT_SENSITIVITY, model), note))
    pooled = _pooled(scored, DEFAULT_SENSITIVITY, [model_for(r) for r in recordings])
    outcomes = [_outcome(s, DEFAULT_SENSITIVITY, model_for(r))
                for r, s in zip(recordings, scored, strict=True)]
    worst = min(outcomes, key=lambda o: o.recall - FALSE_ALARM_COST * o.false_alarms)
    print(_row("**all pooled** (frames)", pooled, "AUC on each user's distance to own boundary"))
    print(_row("**worst recording**", worst))


def _sensitivity_table(recordings: Sequence[Recording]) -> None:
    print("\nThe slider (shipped margin, one-step calibration): pooled, and the worst recording\n")
    print("| sensitivity | slouched flagged | upright flagged | lowest recall "
          "| most false alarms |")
    print("|---|---|---|---|---|")
    scored = [_score(r, DEFAULT_MODEL) for r in recordings]
    for sensitivity in (1, 3, 5, 7, 10):
        pooled = _pooled(scored, sensitivity, [DEFAULT_MODEL] * len(scored))
        each = [_outcome(s, sensitivity, DEFAULT_MODEL) for s in scored]
        print(f"| {sensitivity} | {pooled.recall:.0%} | {pooled.false_alarms:.1%} | "
              f"{min(o.recall for o in each):.0%} | {max(o.false_alarms for o in each):.1%} |")


def main() -> int:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-images", action="store_true",
                        help="skip slouching-or-not (which runs the pose model on 65 photos)")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data at {args.data} (it lives in shared/, beside the repository)")
        return 2
    recordings = _ninja_recordings(args.data / "ninja-turtle-landmarks")
    if not args.no_images:
        photos, unjudged = _slouching_or_not_recordings(args.data / "slouching-or-not")
        recordings += photos
        print(f"slouching-or-not: {unjudged} of 65 photos could not be judged")
    print(f"shipped: {_fitted(DEFAULT_MODEL)}; fitted on all people: "
          f"{_fitted(_fit_boundary(recordings))}")
    people = sorted({r.person for r in recordings})
    if len(people) < 2:
        print("leave-one-person-out needs a second person (run without --no-images)")
    else:
        fitted = {
            person: _fit_boundary([r for r in recordings if r.person != person])
            for person in people
        }
        print("leave-one-person-out: "
              + "; ".join(f"{_fitted(m)} without {p}" for p, m in fitted.items()))

        def held_out(recording: Recording) -> ScoringModel:
            return fitted[recording.person]

        _table(f"Leave-one-person-out, upright calibration only "
               f"(sensitivity {DEFAULT_SENSITIVITY})", recordings, held_out)

    def shipped(_: Recording) -> ScoringModel:
        return DEFAULT_MODEL

    sensitivity = DEFAULT_SENSITIVITY
    _table(f"Shipped app, upright calibration only (sensitivity {sensitivity})",
           recordings, shipped)
    _table(f"Shipped app, with the second step: how the user slumps (sensitivity {sensitivity})",
           recordings, shipped, second_step=True)
    _table(f"Earlier versions: one fixed threshold for everyone (sensitivity {sensitivity})",
           recordings, shipped, own_spread=False)

    def spread_plus_margin(_: Recording) -> ScoringModel:
        return PREVIOUS_BOUNDARY

    _table(f"The previous boundary: own spread + 0.17, no least wandering "
           f"(sensitivity {sensitivity})", recordings, spread_plus_margin)
    print("\nStretches whose frames look like the other label (shipped boundary):\n")
    for recording in recordings:
        for stretch in _mislabelled_looking_stretches(recording, DEFAULT_MODEL):
            print(f"- {stretch}")
    print("\nThe most any boundary on the shipped score catches with at most 5% of the held-out "
          "upright frames flagged:\n")
    for recording in recordings:
        print(f"- {recording.name}: {_best_recall_within_target(recording):.1%}")
    mixed = next(r for r in recordings if r.name == "ninja good+bad")
    folder = args.data / "ninja-turtle-landmarks"
    good = np.array(_csv_rows(folder / "TurtleData_gooddata.csv"), dtype=float)
    good = good[GOODDATA_JUNK_ROWS:, :3]
    bad = np.array(_csv_rows(folder / "TurtleData_baddata.csv"), dtype=float)[:, :3]
    recall, weights = _best_linear_rule(good[len(good) // 2:], bad)
    print(f"\n{mixed.name}, any straight-line rule on all three recorded numbers (nose, right "
          f"ear and left ear heights), chosen on the scored frames themselves: at most "
          f"{recall:.1%} caught with at most 5% of the upright frames flagged; the best weighs "
          f"them {weights[0]:+.2f}, {weights[1]:+.2f}, {weights[2]:+.2f}, leaning on the "
          "difference between the two ears (how the head was tilted in each session), not on "
          "a sign of rounding.")
    frames, steady = _calibrated_on_one_sitting(mixed)
    print(f"\n{mixed.name} calibrated instead on the commonest sitting of its calibration half "
          f"({frames} frames): {steady.recall:.1%} recall, {steady.false_alarms:.1%} false "
          "alarms: a clean calibration catches the bad file, and flags the good file's sittings "
          "that look slouched (see the stretches above).")
    _sensitivity_table(recordings)
    svm = next(r for r in recordings if r.name == "ninja svm")
    baseline = _score(svm, DEFAULT_MODEL).baseline
    sliding = _svm_sliding_frames(args.data / "ninja-turtle-landmarks")
    threshold = rounding_threshold(baseline, DEFAULT_SENSITIVITY)
    flagged = sum(rounding_score(f, baseline) < threshold for f in sliding)
    print(f"\nninja svm: of the {len(sliding)} frames labelled good that slide into the bad "
          f"posture, {flagged} are flagged (left out of the table above).")
    crowd = _fyp_crowd(args.data / "fyp-sitting-keypoints")
    outcome = _outcome(_score(crowd, DEFAULT_MODEL), DEFAULT_SENSITIVITY, DEFAULT_MODEL)
    print(f"\nCross-check, no per-person calibration possible (fyp-sitting-keypoints):\n\n{HEADER}")
    print(_row(f"{crowd.name} ({crowd.person})", outcome, crowd.note))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
