"""Every stretch and tray state has a valid, titled SVG where the UI will look for it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from postureapp.core.settings import STRETCH_IDS
from postureapp.core.status import TrayState

ASSETS = Path(__file__).resolve().parent.parent / "assets"
SVG_NS = "{http://www.w3.org/2000/svg}"
TRAY_STATES = tuple(state.value for state in TrayState)
ICONS = (ASSETS / "icons" / "postureapp.svg",) + tuple(
    ASSETS / "icons" / f"tray-{state}.svg" for state in TRAY_STATES
)
STRETCH_IMAGES = tuple(ASSETS / "stretches" / f"{stretch_id}.svg" for stretch_id in STRETCH_IDS)
ALL_SVGS = ICONS + STRETCH_IMAGES


def _root(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.name)
def test_asset_exists(path: Path) -> None:
    assert path.is_file()


def test_every_stretch_image_names_a_stretch() -> None:
    names = {path.stem for path in (ASSETS / "stretches").glob("*.svg")}
    assert names == set(STRETCH_IDS)


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.name)
def test_svg_is_valid_for_qt(qapp: QApplication, path: Path) -> None:
    assert QSvgRenderer(str(path)).isValid()


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.name)
def test_svg_has_a_title_for_screen_readers(path: Path) -> None:
    root = _root(path)
    assert root.tag == f"{SVG_NS}svg"
    title = root.find(f"{SVG_NS}title")
    assert title is not None and (title.text or "").strip()


@pytest.mark.parametrize("path", STRETCH_IMAGES, ids=lambda p: p.name)
def test_stretch_images_share_one_canvas(path: Path) -> None:
    assert _root(path).get("viewBox") == "0 0 240 160"


@pytest.mark.parametrize("path", ICONS[1:], ids=lambda p: p.name)
def test_tray_icons_share_one_canvas(path: Path) -> None:
    assert _root(path).get("viewBox") == "0 0 24 24"
