"""The layering rule: the core imports no Qt, OpenCV, MediaPipe or SQLite."""

import ast
from pathlib import Path

import pytest

from tests.imports import imported_after


def test_core_imports_no_outside_world() -> None:
    code = (
        "import pkgutil, importlib, postureapp.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('postureapp.core.' + m.name)\n"
    )
    assert imported_after(code, ("PySide6", "cv2", "mediapipe", "sqlite3", "numpy")) == set()


def _imported_postureapp_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("postureapp.")}


@pytest.mark.parametrize(("layer", "forbidden"), [("ui", "postureapp.adapters"),
                                                  ("adapters", "postureapp.ui")])
def test_ui_and_adapters_do_not_import_each_other(layer: str, forbidden: str) -> None:
    package = Path(__file__).resolve().parents[1] / "postureapp" / layer
    offenders = {
        path.name: sorted(m for m in _imported_postureapp_modules(path) if m.startswith(forbidden))
        for path in package.glob("*.py")
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}
