"""Every window fits common small and HiDPI screens, panel and title bar included, with no text
cut off and no Alt+key claimed twice: in English, in German, and in a pseudo-locale a third
longer and accented."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.pseudo_locale import PSEUDO_LANGUAGE, write_pseudo_catalogue

ROOT = Path(__file__).resolve().parents[2]
PANEL_PX = 32

SCREENS = {
    # A 1366x768 laptop at 2x (a 2732x1536 panel): the same room in logical pixels.
    "1366x768 at 2x with a panel": (1366, 768 - PANEL_PX, 2.0),
    "1280x720 at 100% with a panel": (1280, 720 - PANEL_PX, 1.0),
}

pytestmark = pytest.mark.gui


def _measure(tmp_path: Path, width: int, height: int, scale: float,
             language: dict[str, str] | None = None) -> list[dict[str, Any]]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "dpr": scale,
    }]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", **(language or {})}
    result = subprocess.run([sys.executable, "-m", "tests.window_fit"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _language(name: str, tmp_path: Path) -> dict[str, str]:
    """The environment that makes tests.window_fit speak `name`."""
    if name == "English":
        return {}
    if name == "pseudo-locale":
        catalogue = write_pseudo_catalogue(tmp_path / "pseudo")
        return {"POSTUREAPP_FIT_LANGUAGE": PSEUDO_LANGUAGE,
                "POSTUREAPP_FIT_CATALOGUES": str(catalogue.parent)}
    return {"POSTUREAPP_FIT_LANGUAGE": name}


@pytest.mark.parametrize("language", ["English", "de", "pseudo-locale"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_with_its_buttons_in_view_no_text_cut_off_and_distinct_keys(
    tmp_path: Path, screen: str, language: str
) -> None:
    width, height, scale = SCREENS[screen]

    windows = _measure(tmp_path, width, height, scale, _language(language, tmp_path))

    assert len(windows) >= 10
    assert all(w["screen"] == [width, height, scale] for w in windows)
    too_big = {w["window"]: w["size"] for w in windows if not w["frame_fits"]}
    assert not too_big, f"larger than {screen}: {too_big}"
    hidden = {w["window"]: w["buttons_off_window"] for w in windows if w["buttons_off_window"]}
    assert not hidden, f"buttons outside the window: {hidden}"
    clipped = {w["window"]: w["clipped_texts"] for w in windows if w["clipped_texts"]}
    assert not clipped, f"texts cut off: {clipped}"
    clashes = {w["window"]: w["mnemonic_clashes"] for w in windows if w["mnemonic_clashes"]}
    assert not clashes, f"one Alt+key for two controls: {clashes}"
