"""What a fresh Python process has imported after running some code."""

from __future__ import annotations

import subprocess
import sys


def imported_after(code: str, names: tuple[str, ...]) -> set[str]:
    """Which of `names` are in `sys.modules` after `code` runs in a new interpreter."""
    script = f"{code}\nimport sys\nprint(','.join(n for n in {names!r} if n in sys.modules))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    return set(filter(None, out.stdout.strip().split(",")))
