"""Load the MediaPipe models once per process, on first use, and close them at exit; ONNX
models are loaded once per process too (`onnx_session`).

Loading takes about a tenth of a second per model, so every check shares one instance. Models
are read from bytes, so a resources folder under a non-ASCII path works too. MediaPipe's task
objects are not safe to call from two threads at once, so each one is used under its own lock
(`use`); a caller that wants two at once asks for two slots. Their `__del__` fails while the
interpreter shuts down, hence the explicit close at exit.
The native runtime writes start-up chatter straight to the stderr file descriptor; it is
silenced while a model loads or runs for the first time, and while it closes.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..resources import resource_path
from . import mediapipe_tasks

FACE_SHORT = "face_detection_short_range.tflite"
FACE_FULL = "face_detection_full_range_sparse.tflite"
SELFIE = "selfie_segmentation.tflite"

_load_lock = threading.Lock()
_models: dict[tuple[str, int], Any] = {}
_use_locks: dict[tuple[str, int], threading.Lock] = {}
_warmed: set[tuple[str, int]] = set()


_quiet_lock = threading.Lock()
_quiet_depth = 0
_saved_stderr: int | None = None


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Send the native runtime's stderr lines to /dev/null for the duration of the block.

    Threads may overlap here: the first one in redirects, the last one out restores.
    """
    global _quiet_depth, _saved_stderr
    with _quiet_lock:
        if _quiet_depth == 0:
            try:
                sys.stderr.flush()
                saved = os.dup(2)
                with open(os.devnull, "wb") as null:
                    os.dup2(null.fileno(), 2)
                _saved_stderr = saved
            except (OSError, ValueError, AttributeError):  # no usable stderr: nothing to hide
                _saved_stderr = None
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0 and _saved_stderr is not None:
                os.dup2(_saved_stderr, 2)
                os.close(_saved_stderr)
                _saved_stderr = None


def _create(name: str) -> Any:
    tasks = mediapipe_tasks.load()
    options = tasks.BaseOptions(model_asset_buffer=resource_path("models", name).read_bytes())
    if name == SELFIE:
        return tasks.ImageSegmenter.create_from_options(
            tasks.ImageSegmenterOptions(base_options=options, output_confidence_masks=True,
                                        output_category_mask=False))
    # The lowest threshold we ever want: callers filter the scores themselves.
    return tasks.FaceDetector.create_from_options(
        tasks.FaceDetectorOptions(base_options=options, min_detection_confidence=0.2,
                                  min_suppression_threshold=0.3))


def _get(key: tuple[str, int]) -> Any:
    model = _models.get(key)
    if model is None:
        with _load_lock:
            model = _models.get(key)
            if model is None:
                with _quiet_stderr():
                    model = _create(key[0])
                _use_locks[key] = threading.Lock()
                _models[key] = model
    return model


@contextlib.contextmanager
def use(name: str, slot: int = 0) -> Iterator[Any]:
    """The loaded model `name` (one of the constants above), held under its lock.

    Each slot is a separate instance, so two threads with different slots run side by side.
    """
    key = (name, slot)
    model = _get(key)
    with _use_locks[key]:
        if key in _warmed:
            yield model
        else:
            with _quiet_stderr():  # the first call logs a one-off warning
                yield model
            _warmed.add(key)


def preload() -> None:
    """Load every model now (call from a worker thread at start-up so the first check is quick)."""
    for name in (FACE_FULL, FACE_SHORT, SELFIE):
        _get((name, 0))


_onnx_lock = threading.Lock()
_onnx: dict[tuple[str, ...], Any] = {}


def onnx_session(*parts: str) -> Any:
    """An onnxruntime session for resources/models/PARTS..., made once per process on first
    use and shared (onnxruntime sessions may be run from several threads at once)."""
    with _onnx_lock:
        if parts not in _onnx:
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # no warnings about the graph on the console
            # Its threads sleep between runs instead of spinning: it is run in short bursts
            # between other models' work (the face finder's MediaPipe looks), which needs the
            # cores meanwhile.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            _onnx[parts] = onnxruntime.InferenceSession(
                str(resource_path("models", *parts)), sess_options=options,
                providers=["CPUExecutionProvider"])
        return _onnx[parts]


def as_mp_image(rgb: np.ndarray) -> Any:
    """Wrap an HxWx3 uint8 RGB array for MediaPipe."""
    tasks = mediapipe_tasks.load()
    return tasks.Image(image_format=tasks.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))


@atexit.register
def close_all() -> None:
    """Close every loaded model (safe to call more than once)."""
    with _load_lock:
        if not _models:
            return
        with _quiet_stderr():
            for model in _models.values():
                with contextlib.suppress(Exception):
                    model.close()
        _models.clear()
        _use_locks.clear()
        _warmed.clear()
