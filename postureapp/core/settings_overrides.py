"""Apply `KEY=VALUE` overrides (the CLI's `--set`) to Settings, parsing each value by its type."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from postureapp.core.settings import Settings, SettingsError, field_names

_TRUE_WORDS: Final = frozenset({"true", "yes", "1", "on"})
_FALSE_WORDS: Final = frozenset({"false", "no", "0", "off"})

# Fields a user cannot sensibly type on a command line.
_NOT_OVERRIDABLE: Final[dict[str, str]] = {
    "baseline": "cannot be set from the command line; run the calibration instead",
}


@dataclass(frozen=True, slots=True)
class RunOverrides:
    """This run's `--set` values, which are not saved unless the user changes them.

    Attributes:
        run_values: The overridden fields and the values this run uses.
        saved_values: The same fields as they are in the settings file.
    """

    run_values: dict[str, Any]
    saved_values: dict[str, Any]

    @classmethod
    def between(cls, saved: Settings, run: Settings) -> RunOverrides:
        """The fields where this run's settings differ from the saved ones."""
        changed = [name for name in field_names()
                   if getattr(run, name) != getattr(saved, name)]
        return cls({name: getattr(run, name) for name in changed},
                   {name: getattr(saved, name) for name in changed})

    def without_overrides(self, settings: Settings) -> Settings:
        """The settings to save: overridden fields the user left alone keep their saved value."""
        unchanged = {
            name: self.saved_values[name]
            for name, value in self.run_values.items()
            if getattr(settings, name) == value
        }
        return settings.replace(**unchanged) if unchanged else settings


def settings_from_overrides(settings: Settings, overrides: Iterable[str]) -> Settings:
    """A copy of `settings` with every `KEY=VALUE` override applied and validated together.

    Values are parsed by the field's type: ints as decimal numbers; bools as
    true/false, yes/no, on/off or 1/0; strings as given; tuples as comma-separated
    items (an empty value is an empty tuple). Keys may use `-` for `_`. When a key
    appears twice, the last value wins. All overrides are validated together, so
    `work_start=19:00 work_end=21:00` works even though 19:00 alone is after the
    default end of the day.

    Args:
        settings: The settings to start from.
        overrides: Items such as `"sitting_limit_min=45"` or `"work_days=mon,tue"`.

    Returns:
        The new, validated settings.

    Raises:
        SettingsError: An item is not KEY=VALUE, names an unknown setting, has a value
            that does not parse, or the result is invalid. `field_name` names the key.
    """
    changes: dict[str, Any] = {}
    for item in overrides:
        key, value = _split(item)
        changes[key] = _parse_value(key, value)
    return settings.replace(**changes)


def _split(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    key = key.strip().replace("-", "_")
    if not sep or not key:
        raise SettingsError(key or item, f"expected KEY=VALUE, got {item!r}")
    if key not in field_names():
        close = difflib.get_close_matches(key, field_names(), n=1)
        hint = (f"; did you mean {close[0]}?" if close
                else f"; settings are: {', '.join(field_names())}")
        raise SettingsError(key, f"is not a setting{hint}")
    if key in _NOT_OVERRIDABLE:
        raise SettingsError(key, _NOT_OVERRIDABLE[key])
    return key, value.strip()


def _parse_value(key: str, text: str) -> Any:
    kind = typing.get_type_hints(Settings)[key]
    if kind is bool:
        word = text.lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise SettingsError(key, f"must be true or false (yes/no, on/off, 1/0), got {text!r}")
    if kind is int:
        try:
            return int(text, 10)
        except ValueError:
            raise SettingsError(key, f"must be a whole number, got {text!r}") from None
    if typing.get_origin(kind) is tuple:
        return tuple(part.strip() for part in text.split(",") if part.strip())
    return text
