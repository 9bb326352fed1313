"""One OpenCV in an install of SafePic.

Every OpenCV package on PyPI (opencv-python, -headless, -contrib-python, ...) installs the same
`cv2/` folder, so two in one install overwrite each other's files and which one answers depends
on install order. In CI this runs in the fresh environment .ci/run makes with the README's
`pip install`, so it checks what a person gets.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _cv2_owners() -> dict[str, importlib.metadata.Distribution]:
    owners = {}
    for dist in importlib.metadata.distributions():
        if any(f.parts == ("cv2", "__init__.py") for f in dist.files or ()):
            owners[_name(dist.metadata["Name"])] = dist
    return owners


def test_exactly_one_installed_package_provides_cv2() -> None:
    owners = _cv2_owners()
    assert len(owners) == 1, f"packages that install cv2/: {sorted(owners)}"


def test_cv2_is_loaded_from_that_package() -> None:
    import cv2

    (dist,) = _cv2_owners().values()
    loaded = Path(cv2.__file__).resolve()
    assert loaded == Path(dist.locate_file("cv2/__init__.py")).resolve()
    assert cv2.QRCodeDetector() is not None and hasattr(cv2, "barcode")  # what vision/codes.py uses


def test_no_installed_package_asks_for_a_second_opencv() -> None:
    """SafePic and everything it brings ask for one OpenCV package between them."""
    wanted = set()
    for dist in importlib.metadata.distributions():
        for requirement in dist.requires or ():
            if "extra ==" not in requirement and _name(requirement).startswith("opencv-"):
                wanted.add(_name(requirement))
    assert wanted == {"opencv-contrib-python"}
    assert "rapidocr" not in {_name(r) for r in importlib.metadata.requires("safepic") or ()}
