"""Find files under resources/, both in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The resources folder: safepic/resources when installed, ../resources in a checkout."""
    installed = _PACKAGE_ROOT / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_ROOT.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file; raises FileNotFoundError with the missing path if absent."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"SafePic is missing one of its own files: {path}")
    return path
