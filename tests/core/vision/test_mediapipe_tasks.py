"""The quick MediaPipe import: the face detector works without matplotlib, and MediaPipe stays whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_faces_found_without_drawing_or_audio_libraries():
    out = _run(f"""
import sys
from safepic.core.picture import open_picture
from safepic.core.vision import faces
print(len(faces.find_faces(open_picture({str(DATA / "astronaut.jpg")!r}))))
print(sorted(n for n in ("matplotlib", "sounddevice") if n in sys.modules))
""")
    assert out.splitlines() == ["1", "[]"]


def test_ordinary_mediapipe_import_afterwards_sees_the_same_classes():
    out = _run("""
from safepic.core.vision import mediapipe_tasks
tasks = mediapipe_tasks.load()
import mediapipe
from mediapipe.tasks.python import BaseOptions, vision
from mediapipe.tasks.python.vision import drawing_utils
print(vision.FaceDetector is tasks.FaceDetector, vision.ImageSegmenter is tasks.ImageSegmenter,
      BaseOptions is tasks.BaseOptions, mediapipe.Image is tasks.Image,
      callable(drawing_utils.draw_landmarks))
""")
    assert out == "True True True True True"


def test_mediapipe_imported_first_is_used_as_it_is():
    out = _run("""
import mediapipe
from mediapipe.tasks.python import vision
from safepic.core.vision import mediapipe_tasks
tasks = mediapipe_tasks.load()
print(tasks.FaceDetector is vision.FaceDetector, tasks.Image is mediapipe.Image)
""")
    assert out == "True True"
