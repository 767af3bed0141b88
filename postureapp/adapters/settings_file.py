"""JsonSettingsRepository: settings in a JSON file, written atomically and repaired on load."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import os
import shutil
import stat
import tempfile
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from postureapp.adapters.regular_files import read_regular_file
from postureapp.core.clock import Clock, SystemClock
from postureapp.core.features import Baseline, PostureFeatures
from postureapp.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Message
from postureapp.core.settings import Settings, SettingsError

SETTINGS_FILE_NAME: Final = "settings.json"
FILE_VERSION: Final = 1
_VERSION_KEY: Final = "version"
_FILE_MODE: Final = 0o600
_DIR_MODE: Final = 0o700
MAX_FILE_BYTES: Final = 256 * 1024
"""A settings file is a few kilobytes; a bigger one is not read (it would all go in memory)."""

# When a combination is wrong, the error names one field; these are the others involved.
_RELATED_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "work_end": ("work_start",),
    "work_start": ("work_end",),
}

_FIELD_LABELS: Final = {
    "sitting_limit_min": QT_TRANSLATE_NOOP("settings_file", "Sitting limit (minutes)"),
    "break_length_min": QT_TRANSLATE_NOOP("settings_file", "Break length (minutes)"),
    "natural_break_min": QT_TRANSLATE_NOOP("settings_file", "Natural break (minutes)"),
    "snooze_min": QT_TRANSLATE_NOOP("settings_file", "Snooze (minutes)"),
    "max_snoozes": QT_TRANSLATE_NOOP("settings_file", "Max snoozes"),
    "strict_breaks": QT_TRANSLATE_NOOP("settings_file", "Strict breaks"),
    "sensitivity": QT_TRANSLATE_NOOP("settings_file", "Sensitivity"),
    "nudges_enabled": QT_TRANSLATE_NOOP("settings_file", "Nudges enabled"),
    "nudge_after_s": QT_TRANSLATE_NOOP("settings_file", "Nudge after (seconds)"),
    "nudge_cooldown_min": QT_TRANSLATE_NOOP("settings_file", "Nudge cooldown (minutes)"),
    "camera_enabled": QT_TRANSLATE_NOOP("settings_file", "Camera enabled"),
    "camera_index": QT_TRANSLATE_NOOP("settings_file", "Camera index"),
    "sample_interval_s": QT_TRANSLATE_NOOP("settings_file", "Sample interval (seconds)"),
    "keep_camera_open": QT_TRANSLATE_NOOP("settings_file", "Keep camera open"),
    "show_preview": QT_TRANSLATE_NOOP("settings_file", "Show preview"),
    "model_path": QT_TRANSLATE_NOOP("settings_file", "Model path"),
    "schedule_enabled": QT_TRANSLATE_NOOP("settings_file", "Schedule enabled"),
    "work_start": QT_TRANSLATE_NOOP("settings_file", "Work start"),
    "work_end": QT_TRANSLATE_NOOP("settings_file", "Work end"),
    "work_days": QT_TRANSLATE_NOOP("settings_file", "Work days"),
    "disabled_stretches": QT_TRANSLATE_NOOP("settings_file", "Disabled stretches"),
    "floor_exercises": QT_TRANSLATE_NOOP("settings_file", "Floor exercises"),
    "camera_counts_stretches": QT_TRANSLATE_NOOP("settings_file", "Camera counts stretches"),
    "sound_enabled": QT_TRANSLATE_NOOP("settings_file", "Sound enabled"),
    "end_of_day_summary": QT_TRANSLATE_NOOP("settings_file", "End of day summary"),
    "language": QT_TRANSLATE_NOOP("settings_file", "Language"),
    "start_at_login": QT_TRANSLATE_NOOP("settings_file", "Start at login"),
    "retention_days": QT_TRANSLATE_NOOP("settings_file", "Retention days"),
    "first_run_done": QT_TRANSLATE_NOOP("settings_file", "First run done"),
    "safety_acknowledged": QT_TRANSLATE_NOOP("settings_file", "Safety acknowledged"),
    "baseline": QT_TRANSLATE_NOOP("settings_file", "Baseline"),
}
"""How reset messages name each setting."""


class _ShapeError(Exception):
    """A stored value has the wrong shape to become a field value."""


@dataclass(frozen=True, slots=True)
class SettingsLoad:
    """What loading found.

    Attributes:
        settings: The settings to use: valid, with defaults for anything missing or broken.
        problems: One sentence per thing that was reset, for the user. Empty when all was well.
            Messages, translated when shown: settings are read before the app's language is
            installed (the settings name it).
        backup_path: Where the original file was copied before it was repaired, if it was.
    """

    settings: Settings
    problems: tuple[Message, ...] = ()
    backup_path: Path | None = None


class JsonSettingsRepository:
    """Settings stored as `settings.json` in a config directory.

    Loading never raises: a missing file gives defaults, unknown keys (a newer version's) are kept
    and written back unchanged on save, missing keys take their defaults, and a field with an
    impossible value is reset on its own while the rest are kept. When anything had to be reset
    (or the file was not readable JSON), the original file is first copied to
    `settings.json.bak-<timestamp>`, the repaired settings are written back so the user is told
    only once, and `load_problems` says what was reset.

    Saving writes a temporary file in the same directory, syncs it and renames it over the old one,
    so a crash leaves either the old or the new file, never half of one. The file is private
    (mode 0600) and the directory is made private (0700) on every save. A file over
    MAX_FILE_BYTES is not read: it is moved aside whole and the defaults are used.
    """

    def __init__(self, config_dir: Path | str, clock: Clock | None = None) -> None:
        """Create a repository for `config_dir`; nothing is touched until load() or save().

        Args:
            config_dir: The directory that holds (or will hold) `settings.json`.
            clock: Wall time for backup names; the system clock by default.
        """
        self._dir = Path(config_dir)
        self._clock: Clock = clock or SystemClock()
        self._last_load = SettingsLoad(Settings())
        # Keys of the loaded file that this version does not know, written back on save.
        self._kept: dict[str, Any] = {}

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._dir / SETTINGS_FILE_NAME

    @property
    def load_problems(self) -> list[str]:
        """What the last load() reset, one user-facing sentence each (in the language installed
        now); empty when nothing was."""
        return [problem.text() for problem in self._last_load.problems]

    @property
    def backup_path(self) -> Path | None:
        """The copy of the original file the last load() made before repairing it, if any."""
        return self._last_load.backup_path

    def load(self) -> Settings:
        """The saved settings, with defaults for anything missing or broken. Never raises."""
        return self.load_report().settings

    def load_report(self) -> SettingsLoad:
        """Load like load(), and also say what was reset and where the original was kept."""
        self._last_load = self._load()
        return self._last_load

    def save(self, settings: Settings) -> None:
        """Store `settings` atomically, readable only by the user.

        Raises:
            OSError: The directory or file could not be written; the old file is untouched.
        """
        self._ensure_dir()
        data = {**self._kept, **_to_json(settings)}
        stored_version = self._kept.get(_VERSION_KEY)
        if isinstance(stored_version, int) and stored_version > FILE_VERSION:
            data[_VERSION_KEY] = stored_version  # a newer version's file stays marked as its
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        # mkstemp creates the file with mode 0600 from the start, so it is never readable by others.
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{SETTINGS_FILE_NAME}.", suffix=".tmp", dir=self._dir
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as tmp:
                tmp.write(text)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.chmod(tmp_name, _FILE_MODE)
            os.replace(tmp_name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        _fsync_dir(self._dir)

    def discard_backups(self) -> int:
        """Delete the backup copies of damaged settings files; returns how many were deleted."""
        deleted = 0
        for backup in self.path.parent.glob(f"{SETTINGS_FILE_NAME}.bak-*"):
            try:
                backup.unlink()
                deleted += 1
            except OSError:
                continue  # a backup that will not go is no reason to stop deleting the rest
        return deleted

    def _ensure_dir(self) -> None:
        if not self._dir.is_dir():
            self._dir.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask, and an older folder may be open to others: a
        # config dir must be private regardless.
        if stat.S_IMODE(self._dir.stat().st_mode) != _DIR_MODE:
            os.chmod(self._dir, _DIR_MODE)

    def _load(self) -> SettingsLoad:
        self._kept = {}
        try:
            raw_bytes = read_regular_file(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return SettingsLoad(Settings())
        except OSError as error:
            # Unreadable (permissions, a directory or a FIFO in the way): do not try to repair
            # what we cannot read, and do not overwrite it either.
            message = _say(QT_TRANSLATE_NOOP(
                "settings_file",
                "The settings file {file} could not be read ({problem}); using the default "
                "settings.",
            ), file=self.path, problem=error.strerror or error)
            return SettingsLoad(Settings(), (message,))
        if len(raw_bytes) > MAX_FILE_BYTES:
            return self._set_aside_oversized()
        text_problems: tuple[Message, ...] = ()
        try:
            text = raw_bytes.decode("utf-8")
        except UnicodeDecodeError:
            # A stray byte (an edit in another encoding, a bad block) must not cost every
            # other setting: the value it sits in is checked like any other.
            text = raw_bytes.decode("utf-8", errors="replace")
            text_problems = (_say(QT_TRANSLATE_NOOP(
                "settings_file",
                "The settings file held bytes that are not UTF-8 text; they were replaced "
                "with “\ufffd”.",
            )),)
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            problems: tuple[Message, ...] = (
                _say(QT_TRANSLATE_NOOP("settings_file", "The settings file was damaged, so all "
                                                        "settings were reset to their defaults.")),
            )
            return self._repair(Settings(), problems)
        known = {f.name for f in dataclasses.fields(Settings)}
        self._kept = {key: value for key, value in data.items() if key not in known}
        settings, field_problems = _settings_from_json(data)
        if not text_problems and not field_problems:
            return SettingsLoad(settings)
        return self._repair(settings, (*text_problems, *field_problems))

    def _repair(self, settings: Settings, problems: tuple[Message, ...]) -> SettingsLoad:
        backup = self._back_up()
        if backup is not None:
            problems = (*problems, _say(QT_TRANSLATE_NOOP(
                "settings_file", "The original file was kept as {file}."), file=backup))
            # Only overwrite the broken file once a copy of it is safe.
            with contextlib.suppress(OSError):
                self.save(settings)
        return SettingsLoad(settings, problems, backup)

    def _set_aside_oversized(self) -> SettingsLoad:
        """Move a file too big to be settings aside whole (a copy could fill the disk)."""
        aside = self._backup_name()
        try:
            os.replace(self.path, aside)
        except OSError as error:
            return SettingsLoad(Settings(), (_say(QT_TRANSLATE_NOOP(
                "settings_file",
                "The settings file {file} is larger than {size} KB, so it was not read and could "
                "not be moved aside ({problem}); using the default settings.",
            ), file=self.path, size=MAX_FILE_BYTES // 1024, problem=error.strerror or error),
            ))
        problems = (_say(QT_TRANSLATE_NOOP(
            "settings_file",
            "The settings file was larger than {size} KB, far too big to be settings, so it was "
            "not read and the default settings are used. It was kept as {file}.",
        ), size=MAX_FILE_BYTES // 1024, file=aside),)
        with contextlib.suppress(OSError):
            self.save(Settings())
        return SettingsLoad(Settings(), problems, aside)

    def _backup_name(self) -> Path:
        stamp = self._clock.now().strftime("%Y%m%dT%H%M%S")
        base = self.path.with_name(f"{SETTINGS_FILE_NAME}.bak-{stamp}")
        candidate, n = base, 1
        while candidate.exists():
            candidate = base.with_name(f"{base.name}-{n}")
            n += 1
        return candidate

    def _back_up(self) -> Path | None:
        candidate = self._backup_name()
        try:
            shutil.copyfile(self.path, candidate)
            os.chmod(candidate, _FILE_MODE)
        except OSError:
            return None
        return candidate


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable; POSIX only, and best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _to_json(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, Baseline):
            value = {
                "features": dataclasses.asdict(value.features),
                "frames_used": value.frames_used,
                "calibrated_at": value.calibrated_at,
                "upright_spread": value.upright_spread,
                "slouched": None if value.slouched is None else dataclasses.asdict(value.slouched),
                "stretch_features": (None if value.stretch_features is None
                                     else dataclasses.asdict(value.stretch_features)),
            }
        data[f.name] = value
    data[_VERSION_KEY] = FILE_VERSION
    return data


def _settings_from_json(data: dict[str, Any]) -> tuple[Settings, list[Message]]:
    """Valid settings from a decoded file, keeping every good field, and what was reset."""
    accepted: dict[str, Any] = {}
    problems: list[Message] = []
    for name, kind in typing.get_type_hints(Settings).items():
        if name not in data:
            continue
        stored = data[name]
        if name == "language" and stored not in ("", *LANGUAGES):
            problems.append(_unknown_language_message(stored))
            continue
        try:
            value = _field_from_json(name, kind, stored)
            Settings(**{name: value})
        except (_ShapeError, TypeError):
            problems.append(_say(QT_TRANSLATE_NOOP(
                "settings_file", "Your posture calibration was lost; please recalibrate."))
                if name == "baseline" else _reset_message(name))
            continue
        except SettingsError as error:
            # An error about another field means this value only clashes with a default
            # (work_start after the default work_end); the combined check below decides.
            if error.field_name == name:
                problems.append(_reset_message(name, error))
                continue
        accepted[name] = value
    return _resolve_combinations(accepted, problems), problems


def _resolve_combinations(accepted: dict[str, Any], problems: list[Message]) -> Settings:
    """Settings from fields that are each valid, dropping those that clash with one another."""
    while True:  # each round drops one accepted field, so this ends
        try:
            return Settings(**accepted)
        except SettingsError as error:
            involved = (error.field_name, *_RELATED_FIELDS.get(error.field_name, ()))
            culprits = [name for name in involved if name in accepted]
            if not culprits:  # not expected: defaults alone are valid
                problems.append(_say(QT_TRANSLATE_NOOP(
                    "settings_file", "Some settings did not fit together and were reset.")))
                return Settings()
            # Reset together: half of a clashing pair would make hours nobody chose.
            for culprit in culprits:
                del accepted[culprit]
                problems.append(_reset_message(culprit, error))


def _features_from_json(stored: Any) -> PostureFeatures:
    """Posture features from a stored JSON object.

    Raises:
        _ShapeError: A required value is missing, or a value is not a finite number.
    """
    if not isinstance(stored, dict):
        raise _ShapeError
    values: dict[str, float] = {}
    for f in dataclasses.fields(PostureFeatures):
        if f.name not in stored:
            if f.default is dataclasses.MISSING:
                raise _ShapeError
            continue
        values[f.name] = _finite_number(stored[f.name])
    return PostureFeatures(**values)


def _finite_number(stored: Any) -> float:
    if isinstance(stored, bool) or not isinstance(stored, int | float):
        raise _ShapeError
    if not math.isfinite(stored):
        raise _ShapeError
    return float(stored)


def _baseline_from_json(stored: Any) -> Baseline | None:
    """The calibration baseline, or None when not calibrated.

    Files from before the second calibration step have no spread and no slumped posture; they
    load with none (the boundary then sits a margin beyond the upright posture). Files from
    before the stretch model have no reading of its own; the posture model then follows
    guided stretches.

    Raises:
        _ShapeError: The stored baseline is incomplete or has impossible values.
    """
    if stored is None:
        return None
    if not isinstance(stored, dict) or not isinstance(stored.get("features"), dict):
        raise _ShapeError
    features = _features_from_json(stored["features"])
    frames_used = stored.get("frames_used")
    calibrated_at = stored.get("calibrated_at", "")
    if isinstance(frames_used, bool) or not isinstance(frames_used, int) or frames_used < 1:
        raise _ShapeError
    if not isinstance(calibrated_at, str):
        raise _ShapeError
    upright_spread = _finite_number(stored.get("upright_spread", 0.0))
    if not 0.0 <= upright_spread <= 1.0:
        raise _ShapeError
    slouched = stored.get("slouched")
    stretch_features = stored.get("stretch_features")
    return Baseline(
        features, frames_used, calibrated_at, upright_spread,
        None if slouched is None else _features_from_json(slouched),
        None if stretch_features is None else _features_from_json(stretch_features),
    )


def _field_from_json(name: str, kind: Any, stored: Any) -> Any:
    """The field value for a stored JSON value: lists become tuples, objects a Baseline.

    Raises:
        _ShapeError: The value has a shape Settings could not even check.
    """
    if name == "baseline":
        return _baseline_from_json(stored)
    if typing.get_origin(kind) is tuple:
        # Settings checks membership with set(), so items must at least be hashable strings.
        if not isinstance(stored, list) or not all(isinstance(item, str) for item in stored):
            raise _ShapeError
        return tuple(stored)
    return stored


def _say(source: str, **values: object) -> Message:
    """A message for the user; mark `source` with QT_TRANSLATE_NOOP("settings_file", ...)."""
    return Message("settings_file", source, values)


def _unknown_language_message(stored: Any) -> Message:
    """What to say when the settings file names a language the app does not speak."""
    return _say(QT_TRANSLATE_NOOP(
        "settings_file",
        "The language “{language}” in the settings file is not one postureapp speaks "
        "({languages}), so it follows the system's language.",
    ), language=str(stored)[:40], languages=", ".join(LANGUAGES))


def _reset_message(name: str, error: SettingsError | None = None) -> Message:
    """A sentence for the user: which setting was reset, why, and to what."""
    default = getattr(Settings(), name)
    default_text: object
    if isinstance(default, tuple):
        default_text = ", ".join(default) or _say(QT_TRANSLATE_NOOP("settings_file", "none"))
    elif isinstance(default, bool):
        default_text = (_say(QT_TRANSLATE_NOOP("settings_file", "on")) if default
                        else _say(QT_TRANSLATE_NOOP("settings_file", "off")))
    else:
        default_text = str(default)
    reason: object
    if error is None:
        reason = _say(QT_TRANSLATE_NOOP("settings_file", "it had the wrong kind of value"))
    elif error.field_name != name:
        reason = _say(QT_TRANSLATE_NOOP("settings_file", "it did not fit with {setting}"),
                      setting=_label(error.field_name))
    else:
        reason = error.reason
    return _say(QT_TRANSLATE_NOOP("settings_file", "{setting} was reset to {default}: {reason}."),
                setting=_label(name), default=default_text, reason=reason)


def _label(name: str) -> Message:
    return _say(_FIELD_LABELS[name])
