"""The two MediaPipe tasks SafePic uses, imported without the rest of MediaPipe.

`import mediapipe` runs package files that pull in matplotlib (for drawing helpers) and an
audio library: about 0.45 s of every check's start-up, for nothing SafePic uses. Here the
packages above the face detector and the segmenter are registered without running their
`__init__` files; a package's own file runs later only if someone asks it for a name it does not
have yet (so a plain `import mediapipe` elsewhere still sees the whole package). If MediaPipe's
layout ever changes, the ordinary import is used instead.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from dataclasses import dataclass
from typing import Any

_PACKAGES = ("mediapipe", "mediapipe.tasks", "mediapipe.tasks.python",
             "mediapipe.tasks.python.vision")
_VISION = "mediapipe.tasks.python.vision"
_lock = threading.RLock()


@dataclass(frozen=True)
class Tasks:
    """What models.py needs from MediaPipe."""

    BaseOptions: Any
    FaceDetector: Any
    FaceDetectorOptions: Any
    ImageSegmenter: Any
    ImageSegmenterOptions: Any
    Image: Any
    ImageFormat: Any


class _Deferred(types.ModuleType):
    """A package whose own `__init__` has not run yet.

    The first name asked of any of them runs all their files, innermost first as an ordinary
    import would finish them (mediapipe's top file renames `mediapipe.tasks`, so it must be last).
    """

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        with _lock:
            for package_name in reversed(_PACKAGES):
                package = sys.modules.get(package_name)
                if type(package) is _Deferred:
                    spec = package.__spec__
                    assert spec is not None and spec.loader is not None  # made by the import system
                    package.__class__ = types.ModuleType  # type: ignore[assignment]  # a plain module again
                    spec.loader.exec_module(package)
        return getattr(self, name)


_tasks: Tasks | None = None


def load() -> Tasks:
    """The MediaPipe classes, imported once (the quick way when possible)."""
    global _tasks
    with _lock:
        if _tasks is None:
            if "mediapipe" in sys.modules:
                _tasks = _ordinary()
            else:
                try:
                    _tasks = _quick()
                except (ImportError, AttributeError):
                    _forget_mediapipe()
                    _tasks = _ordinary()
        return _tasks


def _quick() -> Tasks:
    for name in _PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError(name)
        package = importlib.util.module_from_spec(spec)
        package.__class__ = _Deferred
        sys.modules[name] = package
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, package)
    face = importlib.import_module(f"{_VISION}.face_detector")
    segmenter = importlib.import_module(f"{_VISION}.image_segmenter")
    options = importlib.import_module("mediapipe.tasks.python.core.base_options")
    image = importlib.import_module(f"{_VISION}.core.image")
    return Tasks(options.BaseOptions, face.FaceDetector, face.FaceDetectorOptions,
                 segmenter.ImageSegmenter, segmenter.ImageSegmenterOptions, image.Image,
                 image.ImageFormat)


def _ordinary() -> Tasks:
    import mediapipe
    from mediapipe.tasks.python import BaseOptions, vision

    return Tasks(BaseOptions, vision.FaceDetector, vision.FaceDetectorOptions,
                 vision.ImageSegmenter, vision.ImageSegmenterOptions, mediapipe.Image,
                 mediapipe.ImageFormat)


def _forget_mediapipe() -> None:
    for name in [n for n in sys.modules if n == "mediapipe" or n.startswith("mediapipe.")]:
        del sys.modules[name]
