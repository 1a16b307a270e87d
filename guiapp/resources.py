"""Where the shipped files are: one helper for a source checkout, an installed
wheel and a frozen PyInstaller bundle alike (NumPy only, no Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["SAMPLES", "resource_path", "resources_dir", "sample_path"]

#: Bundled sample photos: name -> file under resources/samples.
SAMPLES = {
    "chelsea": "chelsea_300x168.png",
    "coffee": "coffee.png",
    "camera": "camera.png",
    "rocket": "rocket.jpg",
    "brick": "brick.png",
}


def resources_dir() -> Path:
    """The folder that holds samples/, translations/, icons/ and ATTRIBUTION.md."""
    candidates = []
    if getattr(sys, "frozen", False):  # PyInstaller puts data under _MEIPASS
        candidates.append(
            Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
        )
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "ATTRIBUTION.md").is_file():
            return candidate
    raise FileNotFoundError(
        "guiapp's resources folder is missing from this installation"
    )


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("samples", "coffee.png")``."""
    return resources_dir().joinpath(*parts)


def sample_path(name: str) -> Path:
    """Path of a bundled sample photo by its short name (see :data:`SAMPLES`)."""
    return resource_path("samples", SAMPLES[name])
