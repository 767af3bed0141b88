"""Where the app's images live: the only module that knows the path to assets/."""

from __future__ import annotations

import sys
from pathlib import Path


def _assets_root() -> Path:
    # A frozen build (PyInstaller) unpacks data files under sys._MEIPASS; from a checkout or
    # an editable install, assets/ sits at the repository root next to the package.
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def asset_path(*parts: str) -> Path:
    """The path of a file under assets/, e.g. `asset_path("icons", "postureapp.svg")`.

    The file is not checked for existence; callers that may miss a file check `is_file()`.
    """
    return _assets_root().joinpath(*parts)


def stretch_image_path(stretch_id: str) -> Path:
    """The illustration of a stretch, named after its stable `Stretch.id`."""
    return asset_path("stretches", f"{stretch_id}.svg")


def icon_path(name: str) -> Path:
    """An icon under assets/icons/: "postureapp.svg", or without the extension, "postureapp".

    A name with no extension gets ".svg", the format every icon is drawn in.
    """
    file_name = name if Path(name).suffix else f"{name}.svg"
    return asset_path("icons", file_name)


def translations_dir() -> Path:
    """assets/translations/: the catalogues (postureapp_<language>.ts) and their compiled .qm."""
    return asset_path("translations")
