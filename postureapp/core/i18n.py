"""Translating the core's visible texts without Qt.

Why this shape: the core must not import Qt, yet its sentences (break prompts, stretch texts and
safety notes, status lines, notifications) must reach the user in their language, and Qt's own
`pyside6-lupdate` must find them. lupdate's Python parser (6.11) recognises, in any module,
calls spelled `translate(context, source[, disambiguation])` and `QT_TRANSLATE_NOOP(context,
source)` with literal strings. It marks a text as plural (numerus) only for a bare
`tr(source, disambiguation, n)`, filed under the empty context: `translate(...)` with a count in a
variable loses its plural forms, and an argument more complex than a name or attribute makes
lupdate skip the call. So the core calls functions of exactly those names, defined here; the Qt
layer installs `QCoreApplication.translate` once at start (`install_translator`). Until then
(core tests, the command line) texts stay English.

Conventions:
- Placeholders are named (`{minutes}`) and filled with `str.format` *after* translation, so a
  translation may put them in any order.
- A text that depends on a count goes through `tr`, carries `%n` and passes the count as `n`
  (Qt's numerus forms: every language gets its own plural forms), in the Qt layer too. The
  English source writes the plural ending in brackets, "%n minute(s)"; English needs no
  catalogue, `english_plural` resolves it.
- Constant texts (the stretch catalogue, tables of messages) are marked where they are written with
  `QT_TRANSLATE_NOOP` and translated where they are shown, with the same context.
- A text made before the translator is installed (what reading the settings file found, at
  start) is kept as a `Message`, a marked source with its values, and translated by `text()`
  when it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

LANGUAGES: Final = ("de", "en", "es", "fr", "ja")
"""The languages the app speaks (ISO 639-1): English, the source, and one catalogue each for the
others (assets/translations/postureapp_<code>.ts)."""

Translator = Callable[[str, str, str | None, int], str]
"""(context, source, disambiguation, n) -> text; n is -1 for a text without a count."""


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


_translator: Translator = _untranslated

_ENGLISH_PLURAL_ENDING: Final = re.compile(r"(?<=[A-Za-z])\((e?s)\)")


def install_translator(translator: Translator | None) -> None:
    """Route every core text through `translator` (None: back to English). Done once at start."""
    global _translator
    _translator = translator or _untranslated


def english_plural(text: str, n: int) -> str:
    """Resolve the English source's bracketed plural endings: "1 minute(s)" -> "1 minute"."""
    return _ENGLISH_PLURAL_ENDING.sub("" if n == 1 else r"\1", text)


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """`source` in the user's language.

    Call it with positional literal strings (or with a value marked by QT_TRANSLATE_NOOP with the
    same context), so that lupdate extracts the text.
    """
    return _translator(context, source, disambiguation, -1)


def tr(source: str, disambiguation: str | None, n: int) -> str:
    """A text with a count `n` in the user's language: plural form chosen, %n replaced.

    The context is empty because that is where lupdate files a bare `tr(...)`. Pass the count as a
    plain name or attribute (`minutes`, `self.count`): lupdate skips calls with other expressions.
    """
    text = _translator("", source, disambiguation, n)
    if text == source.replace("%n", str(n)):
        text = english_plural(text, n)  # no translation: the English source's own plural
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a constant text for extraction; translate it where it is shown, with `context`."""
    return source


def join_list(parts: Iterable[str]) -> str:
    """Parts of a list joined the way the user's language separates them ("a, b" or "a、b")."""
    return translate("i18n", ", ", "between the parts of a list").join(parts)


@dataclass(frozen=True)
class Message:
    """A text translated when it is shown rather than when it is made.

    `source` is marked where the message is made, `QT_TRANSLATE_NOOP(context, "...")`, with
    named placeholders; `values` fills them, and a value that is itself a Message is translated
    with it (a reason inside a sentence).
    """

    context: str
    source: str
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self) -> str:
        """The message in the user's language as of now."""
        values = {name: value.text() if isinstance(value, Message) else value
                  for name, value in self.values.items()}
        return translate(self.context, self.source).format(**values)

    def english(self) -> str:
        """The message in English, the source language (logs, the command line)."""
        values = {name: value.english() if isinstance(value, Message) else value
                  for name, value in self.values.items()}
        return self.source.format(**values)
