"""The `safepic` command as DESIGN section 4 defines it: output, JSON contract, exit codes, errors."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safepic.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

DATA = Path(__file__).resolve().parents[1] / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def photo(tmp_path: Path) -> Path:
    target = tmp_path / "holiday.jpg"
    shutil.copyfile(DATA / "astronaut.jpg", target)
    return target


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_plain_line(err: str) -> None:
    assert err.startswith("safepic: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_check_json_follows_the_contract(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    code, out, _ = _run(capsys, "check", str(photo), "--json")
    report = json.loads(out)
    assert code == EXIT_OK
    assert {"file", "format", "size", "tests", "location", "findings"} <= report.keys()
    assert report["format"] == "jpeg" and report["size"] == [512, 512]
    assert set(report["tests"]) == {"traceable", "identifiable", "used_elsewhere"}
    faces = [f for f in report["findings"] if f["code"] == "face"]
    assert len(faces) == 1
    x, y, w, h = faces[0]["box"]
    assert 100 < x + w / 2 < 300 and 50 < y + h / 2 < 250  # the astronaut's face, upper middle-left
    assert report["tests"]["identifiable"] == "risk"
    assert report["tests"]["used_elsewhere"] == "unknown"


def test_check_speaks_in_plain_words(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    code, out, _ = _run(capsys, "check", str(photo))
    assert code == EXIT_OK
    assert "Does it show who you are?" in out and "[!] Yes, it could" in out
    assert "{" not in out  # not JSON


def test_check_with_a_folder_of_copies(capsys: pytest.CaptureFixture[str], photo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "old posts"
    folder.mkdir()
    from PIL import Image

    Image.open(photo).resize((300, 300)).save(folder / "posted.jpg", quality=70)
    shutil.copyfile(DATA / "coffee.jpg", folder / "coffee.jpg")
    code, out, _ = _run(capsys, "check", str(photo), "--json", "--compare-folder", str(folder))
    report = json.loads(out)
    copies = [f for f in report["findings"] if f["code"] == "seen-elsewhere"]
    assert code == EXIT_OK
    assert [Path(f["path"]).name for f in copies] == ["posted.jpg"]
    assert report["tests"]["used_elsewhere"] == "risk"


def _bad_file(folder: Path, kind: str) -> Path:
    if kind == "missing":
        return folder / "missing.jpg"
    if kind == "folder":
        return folder
    path = folder / ("empty.jpg" if kind == "empty" else "notes.png")
    path.write_text("" if kind == "empty" else "not a picture")
    return path


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "text-named-png"])
def test_bad_input_gets_one_plain_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str) -> None:
    code, out, err = _run(capsys, "check", str(_bad_file(tmp_path, kind)))
    assert code == EXIT_FAILED and out == ""
    _assert_one_plain_line(err)


def test_clean_writes_a_new_file_and_leaves_the_original(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    before = _digest(photo)
    code, out, _ = _run(capsys, "clean", str(photo))
    (written,) = [p for p in photo.parent.iterdir() if p.name.startswith("safe-picture-")]
    assert code == EXIT_OK and str(written) in out
    assert written.suffix == ".jpg"
    assert _digest(photo) == before
    assert sorted(p.name for p in photo.parent.iterdir()) == sorted([photo.name, written.name])


def test_clean_refuses_to_write_over_the_original(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    before = _digest(photo)
    code, _, err = _run(capsys, "clean", str(photo), "-o", str(photo))
    assert code == EXIT_FAILED
    _assert_one_plain_line(err)
    assert _digest(photo) == before
    assert [p.name for p in photo.parent.iterdir()] == [photo.name]


def test_make_safe_reports_the_saved_file(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    out_path = photo.parent / "safe.jpg"
    code, out, _ = _run(capsys, "make-safe", str(photo), "--style", "blur-faces", "-o", str(out_path), "--json")
    report = json.loads(out)
    assert code == EXIT_OK and out_path.is_file()
    assert Path(report["file"]) == out_path
    assert not [f for f in report["findings"] if f["code"] == "face"]


def test_make_safe_cartoon_says_the_drawn_faces_left_as_they_are_are_still_there(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A fresh look at the saved drawing misses most drawn faces; the report must not say 'no'."""
    from tests.core.vision import scenes

    group = tmp_path / "group.jpg"
    scenes.group_photo(size=(1600, 1200), face_width=64).image.save(group, quality=90)
    keep = [arg for n in range(1, 7) for arg in ("--keep", str(n))]
    code, out, _ = _run(capsys, "make-safe", str(group), "--style", "cartoon", *keep,
                        "-o", str(tmp_path / "drawn.jpg"), "--json")
    report = json.loads(out)
    faces = [f for f in report["findings"] if f["code"] == "face"]
    assert code == EXIT_OK and len(faces) == 6
    assert report["tests"]["identifiable"] == "risk"
    assert [k["number"] for k in report["kept"]] == [1, 2, 3, 4, 5, 6]
    assert any("chose to leave" in note for note in report["notes"])


def test_check_numbers_its_boxes_for_keep(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    code, out, _ = _run(capsys, "check", str(photo))
    assert code == EXIT_OK
    assert "[1] A face can be seen" in out and "--keep N" in out
    assert "can miss things" in out  # never "nothing found" on the finders' word alone


def _pixels(path: Path):
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(path).convert("RGB"), dtype=np.int16)


def test_make_safe_covers_a_box_and_keeps_a_found_one(capsys: pytest.CaptureFixture[str],
                                                      photo: Path) -> None:
    """--keep 1 leaves the face; --cover hides the patch on the sleeve and changes nothing far
    from it. The JSON says what was covered and what was kept."""
    out_path = photo.parent / "safe.png"
    code, out, _ = _run(capsys, "make-safe", str(photo), "--style", "pixelate-faces", "--keep", "1",
                        "--cover", "60,330,120,110", "-o", str(out_path), "--json")
    report = json.loads(out)
    assert code == EXIT_OK
    assert report["covered"] == [{"code": "covered", "box": [60, 330, 120, 110]}]
    assert report["kept"][0]["code"] == "face" and report["kept"][0]["number"] == 1
    assert [f["code"] for f in report["findings"]].count("face") == 1  # still there: the choice
    before, after = _pixels(photo), _pixels(out_path)
    assert abs(after[330:440, 60:180] - before[330:440, 60:180]).mean() > 10
    x, y, w, h = [f for f in report["findings"] if f["code"] == "face"][0]["box"]
    assert abs(after[y:y + h, x:x + w] - before[y:y + h, x:x + w]).mean() < 3
    far = before.copy()
    far[290:480, 20:220] = after[290:480, 20:220]  # everything but the covered spot and its rim
    assert abs(after - far).mean() < 1


@pytest.mark.parametrize("args, words", [
    (["--cover", "10,10,0,20"], "no size"),
    (["--cover", "500,500,20,20"], "outside the picture"),
    (["--cover", "10,10,20"], "X,Y,WIDTH,HEIGHT"),
    (["--cover", "a,b,c,d"], "X,Y,WIDTH,HEIGHT"),
    (["--keep", "7"], "no box 7"),
    (["--style", "all"], "needs -o FOLDER"),
])
def test_make_safe_refuses_bad_boxes_in_one_line_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], photo: Path, args: list[str], words: str) -> None:
    style = [] if "--style" in args else ["--style", "blur-faces"]
    before = _digest(photo)
    code, out, err = _run(capsys, "make-safe", str(photo), *style, *args)
    assert code == EXIT_USAGE and out == ""
    _assert_one_plain_line(err)
    assert words in err
    assert _digest(photo) == before
    assert [p.name for p in photo.parent.iterdir()] == [photo.name]


def test_make_safe_all_writes_every_style_from_one_look(capsys: pytest.CaptureFixture[str],
                                                        photo: Path) -> None:
    folder = photo.parent / "every style"
    code, out, _ = _run(capsys, "make-safe", str(photo), "--style", "all", "-o", str(folder), "--json")
    data = json.loads(out)
    assert code == EXIT_OK
    styles = [entry["style"] for entry in data["styles"]]
    assert styles == ["blur-faces", "pixelate-faces", "cover-faces", "blur-background", "cartoon",
                      "silhouette"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}.jpg" for s in styles)
    for entry in data["styles"]:
        assert Path(entry["file"]).parent == folder.absolute()
        assert not [f for f in entry["findings"] if f["code"] == "face"], entry["style"]
        assert entry["checked"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_not_in_a_pipe(capsys: pytest.CaptureFixture[str],
                                                        photo: Path, monkeypatch) -> None:
    from safepic.core.analyse import step_labels

    code, _, err = _run(capsys, "check", str(photo))  # stderr is not a terminal here
    assert code == EXIT_OK and err == ""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(photo)]) == EXIT_OK
    shown = terminal.getvalue()
    assert [label for label in step_labels() if label in shown] == step_labels()[:-1]
    terminal.truncate(0)
    assert main(["check", str(photo), "--json"]) == EXIT_OK
    assert terminal.getvalue() == ""


def test_usage_mistakes_exit_2(capsys: pytest.CaptureFixture[str], photo: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["make-safe", str(photo), "--style", "glitter"])
    assert stop.value.code == EXIT_USAGE


def test_profile_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "profile-check", "--json", "I'm Sarah Jones, 24, email sarah.j@example.com")
    kinds = {f["kind"] for f in json.loads(out)["findings"]}
    assert code == EXIT_OK
    assert {"name", "age", "email"} <= kinds


def test_profile_check_quiet_on_kind_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "profile-check", "--json", "Listener since 2019. Be kind to yourself.")
    assert code == EXIT_OK and json.loads(out)["findings"] == []


def test_gallery_lists_licensed_pictures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "gallery", "--json")
    items = json.loads(out)
    assert code == EXIT_OK
    assert sum(i["kind"] == "animal" for i in items) >= 24
    assert sum(i["kind"] == "flower" for i in items) >= 24
    assert all(i["licence"] and i["source"] for i in items)


def test_gallery_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "gallery", "--kind", "flower", "--json")
    flower = json.loads(out)[0]["id"]
    code, out, _ = _run(capsys, "gallery", "--export", flower, "-o", str(tmp_path / "flower.png"))
    assert code == EXIT_OK and (tmp_path / "flower.png").is_file()


def test_avatar_is_the_same_for_the_same_seed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ("a.png", "b.png"):
        code, _, _ = _run(capsys, "avatar", "--kind", "pattern", "--seed", "1234", "-o", str(tmp_path / name))
        assert code == EXIT_OK
    assert _digest(tmp_path / "a.png") == _digest(tmp_path / "b.png")


def test_installed_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safepic", "check", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "--compare-folder" in result.stdout
