"""How well the posture score separates good from bad sitting on real recordings.

Reads the recorded "turtle neck" data in ../shared/data/ninja-turtle-landmarks (frontal webcam,
MediaPipe; per frame the nose and ear heights above the shoulder line in shoulder widths; see its
PROVENANCE.md). The data has no licence, so it is read in place and never copied here.

For each recording set it calibrates on the median good frame, as the app does for a user, and
prints, per sensitivity, the share of bad frames flagged (true positives) and of good frames
flagged (false alarms). Face width is not in the data, so only the head-height cues score here;
the app adds the face cue on top.

Usage: python benchmarks/posture_thresholds.py [--data DIR]
"""

from __future__ import annotations

import argparse
import csv
import statistics
from pathlib import Path

from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.posture import rounding_score, sensitivity_threshold

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ninja-turtle-landmarks"


def _features(nose: float, right_ear: float, left_ear: float) -> PostureFeatures:
    # Face width is unknown here; holding it at the baseline's value leaves that cue neutral.
    return PostureFeatures(nose, (right_ear + left_ear) / 2, 0.4, 0.0, 0.5, 0.5, 0.7)


def _rows(path: Path) -> list[list[float]]:
    with path.open(newline="") as file:
        return [[float(v) for v in row] for row in list(csv.reader(file))[1:] if row]


def _evaluate(name: str, good: list[PostureFeatures], bad: list[PostureFeatures]) -> None:
    baseline = Baseline(
        PostureFeatures(
            statistics.median(f.nose_height_sw for f in good),
            statistics.median(f.ear_height_sw for f in good),
            0.4, 0.0, 0.5, 0.5, 0.7,
        ),
        frames_used=len(good),
    )
    good_scores = [rounding_score(f, baseline) for f in good]
    bad_scores = [rounding_score(f, baseline) for f in bad]
    print(f"\n{name}: {len(good)} good frames, {len(bad)} bad frames")
    print("sensitivity  threshold  bad flagged  good flagged")
    for sensitivity in (1, 3, 5, 7, 10):
        threshold = sensitivity_threshold(sensitivity)
        hit = sum(s < threshold for s in bad_scores) / len(bad_scores)
        false = sum(s < threshold for s in good_scores) / len(good_scores)
        print(f"{sensitivity:>11}  {threshold:>9.1f}  {hit:>10.1%}  {false:>12.1%}")


def main() -> int:
    """Print the table for each recording set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data at {args.data} (it lives in shared/, beside the repository)")
        return 2
    one_person = _rows(args.data / "TurtleData_hyunmin_data.csv")
    _evaluate(
        "hyunmin_data (one person, 5000 good + 5000 bad frames)",
        [_features(*r[:3]) for r in one_person if r[3] == 0],
        [_features(*r[:3]) for r in one_person if r[3] == 1],
    )
    good = _rows(args.data / "TurtleData_gooddata.csv")[5:]  # the first rows are start-up junk
    bad = _rows(args.data / "TurtleData_baddata.csv")
    _evaluate("gooddata + baddata (separate sessions)",
              [_features(*r) for r in good], [_features(*r) for r in bad])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
