"""Posture feature values measured from one frame, and the calibrated upright baseline."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class PostureFeatures:
    """Scale-free measurements of one person's upper-body posture in one frame.

    Lengths are in shoulder widths so that sitting nearer or further from the camera does not
    change them; positions are fractions of the image.

    Attributes:
        nose_height_sw: Height of the nose above the shoulder line. Drops as the head goes
            forward and down.
        ear_height_sw: Mean height of the visible ears above the shoulder line. Drops like the
            nose, but does not rise when the head merely tilts back.
        face_width_sw: Ear-to-ear distance. Grows as the head comes toward the camera.
        nose_depth_sw: How far the nose is in front of the shoulders along MediaPipe's depth
            axis (noisy). Grows as the head juts forward.
        shoulder_width_frac: Shoulder width as a fraction of the image width: apparent size.
        center_x_frac: Shoulder midpoint, horizontal fraction of the image.
        center_y_frac: Shoulder midpoint, vertical fraction of the image.
        head_roll_deg: Tilt of the eye line from horizontal (sideways lean of the head).
    """

    nose_height_sw: float
    ear_height_sw: float
    face_width_sw: float
    nose_depth_sw: float
    shoulder_width_frac: float
    center_x_frac: float
    center_y_frac: float
    head_roll_deg: float = 0.0


@dataclass(frozen=True, slots=True)
class Baseline:
    """The user's own postures, taken at calibration: upright, and optionally slumped.

    Attributes:
        features: The typical (median) features while sitting upright.
        frames_used: How many frames the baseline was computed from.
        calibrated_at: ISO 8601 wall time of the calibration, for display.
        upright_spread: How far the user's own upright frames stray from `features`, as a
            rounding index (0 = none, 1 = fully rounded; the 90th percentile of the frames).
            The decision boundary sits this much further out, so a restless sitter is not
            nagged for the way they sit upright.
        slouched: The typical features while the user sat the way they do when they slump
            (the optional second calibration step), or None.
        stretch_features: The upright features as the lighter model that follows guided
            stretches read the same frames, or None (then the posture model follows them).
            Each model is compared with its own reading: the two differ by a few percent.
    """

    features: PostureFeatures
    frames_used: int
    calibrated_at: str = ""
    upright_spread: float = 0.0
    slouched: PostureFeatures | None = None
    stretch_features: PostureFeatures | None = None

    def as_read_by_stretch_model(self) -> Baseline | None:
        """This baseline with the stretch model's reading of the upright posture, or None."""
        if self.stretch_features is None:
            return None
        return replace(self, features=self.stretch_features, slouched=None)
