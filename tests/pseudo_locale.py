"""A pseudo-locale built at test time from the app's catalogues: every text longer (about a
third) and accented, so a layout that only fits English, or a text that skips translation, shows.

Placeholders ({name}, %n), mnemonics (&), markup (<b>, &amp;) and line breaks are kept, so the
pseudo texts work wherever the real ones do.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Final

ROOT = Path(__file__).resolve().parents[1]
SOURCE_CATALOGUE = ROOT / "assets" / "translations" / "postureapp_de.ts"
"""Any shipped catalogue lists every source text; the German one is always complete."""

PSEUDO_LANGUAGE: Final = "en"
"""Loaded as English (whose locale every Qt has), from its own folder."""

_ACCENTED: Final = str.maketrans(
    "aceinouyACEINOUY", "áçéîñöüýÁÇÉÎÑÖÜÝ"
)
_KEEP: Final = re.compile(r"(\{\w+\}|%n|&&|&\w+;|<[^>]*>|\n)")
_WORD: Final = re.compile(r"[A-Za-z]+")


def pseudo_text(source: str) -> str:
    """`source` accented and a third longer, its placeholders and markup untouched."""
    parts = _KEEP.split(source)
    for index in range(0, len(parts), 2):  # the even parts are free text
        parts[index] = _WORD.sub(_stretch, parts[index])
    return "".join(parts)


def _stretch(match: re.Match[str]) -> str:
    word = match.group(0)
    return (word + word[: (len(word) + 2) // 3].lower()).translate(_ACCENTED)


def write_pseudo_catalogue(folder: Path) -> Path:
    """Compile the pseudo-locale into `folder`/postureapp_en.qm; returns its path."""
    tree = ElementTree.parse(SOURCE_CATALOGUE)
    root = tree.getroot()
    root.set("language", PSEUDO_LANGUAGE)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    folder.mkdir(parents=True, exist_ok=True)
    ts_file = folder / f"postureapp_{PSEUDO_LANGUAGE}.ts"
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = ts_file.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    return qm_file
