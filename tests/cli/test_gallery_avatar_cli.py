"""`safepic gallery` and `safepic avatar`: list, export and make pictures from the command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from safepic.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from safepic.core import avatars, gallery


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _pixels(path: Path) -> bytes:
    with Image.open(path) as image:
        assert image.size == (512, 512)
        return image.convert("RGB").tobytes()


def test_gallery_json_lists_animals_and_flowers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "gallery", "--json")
    listed = json.loads(out)
    assert code == EXIT_OK
    assert [entry["id"] for entry in listed] == [item.id for item in gallery.items()]
    assert all(entry["licence"] and entry["source"] for entry in listed)
    code, out, _ = _run(capsys, "gallery", "--kind", "flower", "--json")
    assert {entry["kind"] for entry in json.loads(out)} == {"flower"}


def test_gallery_in_words_names_every_picture(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "gallery", "--kind", "animal")
    assert code == EXIT_OK
    for item in gallery.items("animal"):
        assert item.id in out and item.name in out


def test_gallery_export_saves_the_same_picture(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    item = gallery.items("animal")[0]
    out_file = tmp_path / "me.png"
    code, out, _ = _run(capsys, "gallery", "--export", item.id, "-o", str(out_file))
    assert code == EXIT_OK and str(out_file) in out
    assert _pixels(out_file) == gallery.load(item).image.tobytes()


def test_gallery_export_unknown_id_is_one_line_and_no_file(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    out_file = tmp_path / "me.png"
    code, _, err = _run(capsys, "gallery", "--export", "unicorn", "-o", str(out_file))
    assert code == EXIT_FAILED
    assert err.startswith("safepic: ") and err.count("\n") == 1 and "unicorn" in err
    assert not out_file.exists()
    assert list(tmp_path.iterdir()) == []


def test_avatar_with_seed_matches_the_library(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    out_file = tmp_path / "avatar.png"
    code, out, _ = _run(capsys, "avatar", "--kind", "animal", "--seed", "42", "-o", str(out_file))
    assert code == EXIT_OK and "42" in out
    assert _pixels(out_file) == avatars.make_avatar("animal", 42).image.tobytes()


def test_avatar_without_seed_says_which_seed_it_used(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    first = tmp_path / "first.png"
    code, out, _ = _run(capsys, "avatar", "--kind", "pattern", "-o", str(first))
    assert code == EXIT_OK
    seed = re.search(r"seed (\d+)", out)
    assert seed, out
    again = tmp_path / "again.png"
    _run(capsys, "avatar", "--kind", "pattern", "--seed", seed.group(1), "-o", str(again))
    assert _pixels(first) == _pixels(again)


def test_avatar_bad_seed_is_one_plain_line(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    out_file = tmp_path / "avatar.png"
    code, _, err = _run(capsys, "avatar", "--kind", "flower", "--seed=-5", "-o", str(out_file))
    assert code == EXIT_FAILED
    assert err.startswith("safepic: ") and err.count("\n") == 1
    assert not out_file.exists()


def test_avatar_unknown_kind_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["avatar", "--kind", "dragon"])
    assert stopped.value.code == EXIT_USAGE


def test_real_command_line_makes_an_avatar(tmp_path: Path) -> None:
    out_file = tmp_path / "flower.png"
    done = subprocess.run(
        [sys.executable, "-m", "safepic.cli", "avatar", "--kind", "flower", "--seed", "7",
         "-o", str(out_file)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stderr == ""
    assert _pixels(out_file) == avatars.make_avatar("flower", 7).image.tobytes()
