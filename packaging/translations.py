"""Update the translation catalogues from the sources, and compile them for the app.

    python packaging/translations.py update   # lupdate: the app's texts -> assets/translations/*.ts
    python packaging/translations.py release  # lrelease: *.ts -> *.qm (committed)
    python packaging/translations.py add pt   # a new language: an empty catalogue to translate

The compiled .qm files are committed next to their .ts sources, so a fresh clone (`pip install
-e .`) and the PyInstaller build (which bundles assets/) have them without a build step;
tests/test_translations.py fails when a .qm is stale or a .ts misses a text of the code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "assets" / "translations"


def languages() -> list[str]:
    """The languages that ship: one assets/translations/postureapp_<language>.ts each."""
    return sorted(path.stem.removeprefix("postureapp_") for path in CATALOGUES.glob("*.ts"))


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    """assets/translations/postureapp_<language>.ts (or .qm)."""
    return CATALOGUES / f"postureapp_{language}{suffix}"


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: next to this Python first (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first")
    return found


def source_files() -> list[Path]:
    """Every Python file of the app, in a stable order (the CLI's texts are English by design
    but contain no translate calls, so including it costs nothing)."""
    return sorted((ROOT / "postureapp").rglob("*.py"))


def update(ts_files: list[Path]) -> None:
    """Extract every text of the code into `ts_files`, keeping their translations; texts that
    left the code are dropped, and no line numbers are written (so moving code does not churn
    the catalogues translators work on)."""
    command = [qt_tool("pyside6-lupdate"), *map(str, source_files()), "-locations", "none",
               "-no-obsolete", "-source-language", "en", "-ts", *map(str, ts_files)]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def release(ts_file: Path, qm_file: Path) -> None:
    """Compile one catalogue; unfinished texts are left out, so the app shows them in English."""
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True, cwd=ROOT)


def start_catalogue(path: Path, language: str) -> None:
    """A catalogue for `language` at `path` with every text of the code, none translated yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n',
                    encoding="utf-8")
    update([path])


def add(language: str) -> Path:
    """Start the catalogue of a new language (an existing one is only updated)."""
    path = catalogue_path(language)
    if path.exists():
        update([path])
    else:
        start_catalogue(path, language)
    return path


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update([catalogue_path(language) for language in languages()])
    elif command == "release":
        for language in languages():
            release(catalogue_path(language), catalogue_path(language, ".qm"))
    elif command == "add" and len(argv) == 2:
        print(add(argv[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
