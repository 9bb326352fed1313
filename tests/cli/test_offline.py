"""Nothing leaves the computer: every command runs with the network watched, and with none at all.

Three independent proofs, each on the real commands in a fresh process:
- Python's audit hooks see every socket a Python library opens or resolves; any is a failure;
- strace (when installed) sees connections made by native code too (MediaPipe, onnxruntime, Qt);
- in a network namespace with no network (when the kernel allows one), the check still works.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
ASTRONAUT = DATA / "astronaut.jpg"

# Runs safepic.cli.main with an audit hook that fails the process on any network event.
GUARDED = textwrap.dedent(
    """
    import sys

    # Connecting, sending or looking up a name is network use. Opening a socket is not: some
    # libraries open one at import to ask whether IPv6 exists, and Qt talks to local AF_UNIX ones.
    WATCHED = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
               "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request", "http.client.connect",
               "ftplib.connect", "smtplib.connect", "webbrowser.open"}

    def watch(event, args):
        if event not in WATCHED:
            return
        if event == "socket.connect" and isinstance(args[1], (str, bytes)):
            return  # an AF_UNIX path on this computer
        sys.stderr.write("NETWORK USED: %s %r\\n" % (event, args[1:3]))
        sys.stderr.flush()
        import os
        os._exit(99)

    sys.addaudithook(watch)
    from safepic.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(args: list[str], cwd: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    command = (prefix or []) + [sys.executable, "-c", GUARDED, *args]
    return subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("offline")
    target = folder / "me.jpg"
    shutil.copyfile(ASTRONAUT, target)
    return target


COMMANDS = [
    ["check", "{picture}", "--json", "--compare-folder", "{folder}"],
    ["clean", "{picture}", "-o", "{folder}/clean-out.png"],
    ["make-safe", "{picture}", "--style", "blur-faces", "-o", "{folder}/hidden-face.jpg", "--json"],
    ["avatar", "--kind", "flower", "--seed", "7", "-o", "{folder}/flower.png"],
    ["profile-check", "--json", "Sarah, 24, from Leeds. Text me on 07700 900123"],
    ["tour", "--out", "{folder}/tour", "--picture", "{picture}"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_no_python_library_touches_the_network(command: list[str], picture: Path) -> None:
    args = [a.format(picture=picture, folder=picture.parent) for a in command]
    result = _run(args, cwd=picture.parent)
    assert "NETWORK USED" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed on this machine")
def test_no_native_code_opens_an_internet_socket(picture: Path, tmp_path: Path) -> None:
    log = tmp_path / "strace.log"
    result = _run(
        ["check", str(picture), "--json"],
        cwd=tmp_path,
        prefix=["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(log)],
    )
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines()
    internet = [c for c in calls if "AF_INET" in c]  # AF_INET and AF_INET6; AF_UNIX is local
    assert internet == [], internet[:5]


def _has_empty_network_namespace() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _has_empty_network_namespace(), reason="this kernel does not lend a network namespace")
def test_check_works_with_no_network_at_all(picture: Path, tmp_path: Path) -> None:
    result = _run(["check", str(picture), "--json"], cwd=tmp_path, prefix=["unshare", "-rn"])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [f["code"] for f in report["findings"]].count("face") == 1
