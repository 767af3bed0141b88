"""The translation catalogues: every text of the code in every shipped language, faithful to the
source (placeholders, plural forms, mnemonics, the stretch doses), and compiled as shipped.

The catalogues are assets/translations/postureapp_<language>.ts, kept up to date by
packaging/translations.py (pyside6-lupdate) and compiled by it (pyside6-lrelease) into the .qm
files the app loads. How they lay out (a pseudo-locale, German) is tests/ui/test_screen_fit.py's.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from postureapp.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "assets" / "translations"


_PLACEHOLDER = re.compile(r"\{\w+\}")
_NUMBER = re.compile(r"\d+(?:-\d+)?")


def _load_translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _load_translations_script()
SHIPPED: list[str] = SCRIPT.languages()


@dataclass(frozen=True)
class Message:
    """One message of a catalogue."""

    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    is_plural: bool
    is_finished: bool


def _messages(path: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            is_plural = message.get("numerus") == "yes"
            texts = (tuple(form.text or "" for form in translation.findall("numerusform"))
                     if is_plural else (translation.text or "",))
            found.append(Message(name, message.findtext("source") or "", texts, is_plural,
                                 translation.get("type") is None))
    return found


def _finished(language: str) -> list[Message]:
    return [m for m in _messages(CATALOGUES / f"postureapp_{language}.ts") if m.is_finished]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _MarkedTexts(ast.NodeVisitor):
    """Collects (context, source) of the translation calls with literal strings in a module."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        function, args = node.func, [_literal(a) for a in node.args[:2]]
        name = (function.id if isinstance(function, ast.Name)
                else function.attr if isinstance(function, ast.Attribute) else "")
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) == 2:
            if args[0] is not None and args[1] is not None:
                self.found.add((args[0], args[1]))
        elif name == "tr" and args and args[0] is not None:
            # A bare tr() is the core's plural (the empty context); self.tr() the class's.
            is_bare = isinstance(function, ast.Name)
            self.found.add(("" if is_bare else self._classes[-1], args[0]))
        self.generic_visit(node)


def _marked_texts() -> set[tuple[str, str]]:
    """(context, source) of every translate(), tr(), self.tr() and QT_TRANSLATE_NOOP() call
    with literal strings in the app's code, as Python itself reads it."""
    visitor = _MarkedTexts()
    for path in sorted((ROOT / "postureapp").rglob("*.py")):
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
    return visitor.found


def test_the_languages_the_app_offers_are_english_and_the_catalogues_it_ships() -> None:
    assert set(LANGUAGES) == {"en", *SHIPPED}
    assert {"de", "fr", "es", "ja"} <= set(SHIPPED)


def test_lupdate_finds_every_text_the_code_marks_and_nothing_else(tmp_path: Path) -> None:
    # A call lupdate cannot read (a count in an expression, an f-string) would be shown to
    # the user untranslated; an f-string would be extracted with its braces unfilled.
    catalogue = tmp_path / "postureapp_de.ts"
    SCRIPT.start_catalogue(catalogue, "de")

    extracted = {(m.context, m.source) for m in _messages(catalogue)}

    assert len(extracted) > 400
    assert extracted == _marked_texts()


@pytest.mark.parametrize("language", SHIPPED)
def test_a_catalogue_holds_exactly_the_texts_of_the_code(tmp_path: Path, language: str) -> None:
    committed = CATALOGUES / f"postureapp_{language}.ts"
    updated = tmp_path / committed.name
    shutil.copy(committed, updated)

    SCRIPT.update([updated])

    assert updated.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "the catalogue is out of date: run `python packaging/translations.py update`")


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated(language: str) -> None:
    messages = _messages(CATALOGUES / f"postureapp_{language}.ts")

    unfinished = [m.source for m in messages if not m.is_finished or not all(m.translations)]

    assert not unfinished, f"{len(unfinished)} texts not translated, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    for message in _finished(language):
        placeholders = sorted(_PLACEHOLDER.findall(message.source))
        has_mnemonic = "&" in message.source.replace("&&", "")
        for text in message.translations:
            assert sorted(_PLACEHOLDER.findall(text)) == placeholders, (message.source, text)
            assert ("&" in text.replace("&&", "")) == has_mnemonic, (message.source, text)
            assert text.replace("&&", "").count("&") <= 1, text


@pytest.mark.parametrize("language", SHIPPED)
def test_stretch_doses_and_safety_notes_keep_every_number(language: str) -> None:
    # mid-back.md's doses ("10-15", "20-30 s", "3-5 times") must survive translation exactly.
    stretch_texts = [m for m in _finished(language) if m.context == "stretches"]

    for message in stretch_texts:
        assert sorted(_NUMBER.findall(message.translations[0])) == sorted(
            _NUMBER.findall(message.source)), (message.source, message.translations[0])


_DOSE_QUANTITY = re.compile(r"(\d+(?:-\d+)?) (?:slow )?(s|minutes|times|repetitions)\b")
_DOSE_UNITS: dict[str, dict[str, str]] = {
    # What each unit of a dose is called, per language (a repetition is counted in "times").
    "de": {"s": "s", "minutes": "Minuten", "times": "Mal", "repetitions": "Wiederholungen"},
    "fr": {"s": "s", "minutes": "minutes", "times": "fois", "repetitions": "répétitions"},
    "es": {"s": "s", "minutes": "minutos", "times": "veces", "repetitions": "repeticiones"},
    "ja": {"s": "秒", "minutes": "分", "times": "回", "repetitions": "回"},
}


@pytest.mark.parametrize("language", SHIPPED)
def test_stretch_doses_keep_the_unit_of_every_number(language: str) -> None:
    # "hold 20-30 s; 3-5 times" must not become 20-30 minutes, or 3-5 seconds, in translation.
    units = _DOSE_UNITS[language]
    for message in _finished(language):
        if message.context != "stretches":
            continue
        for number, unit in _DOSE_QUANTITY.findall(message.source):
            quantity = re.compile(rf"(?<![\d-]){re.escape(number)}\s?(?:\w+\s)?{units[unit]}")
            assert quantity.search(message.translations[0]), (
                f"{number} {unit}", message.translations[0])


@pytest.mark.parametrize("language", SHIPPED)
def test_every_stretch_and_safety_text_is_in_the_language(language: str) -> None:
    # Not left in English: a safety warning the user cannot read is not shown.
    stretch_texts = [m for m in _finished(language) if m.context == "stretches"]

    assert len(stretch_texts) >= 60
    assert all(m.translations[0] != m.source for m in stretch_texts if m.source not in (" or ",))


@pytest.mark.parametrize("language", SHIPPED)
def test_the_compiled_catalogue_is_the_one_its_source_gives(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"postureapp_{language}.qm"

    SCRIPT.release(CATALOGUES / f"postureapp_{language}.ts", compiled)

    assert compiled.read_bytes() == (CATALOGUES / compiled.name).read_bytes(), (
        "the .qm is stale: run `python packaging/translations.py release`")
