"""The layering rule: the core imports no Qt, OpenCV, MediaPipe or SQLite."""

import subprocess
import sys


def test_core_imports_no_outside_world() -> None:
    code = (
        "import sys, pkgutil, importlib, postureapp.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('postureapp.core.' + m.name)\n"
        "bad = [n for n in ('PySide6','cv2','mediapipe','sqlite3','numpy') if n in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
