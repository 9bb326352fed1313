"""safepic.core is pure logic: importing every core module must not pull in Qt."""

import pkgutil
import subprocess
import sys

import safepic.core


def test_core_never_imports_qt():
    names = [m.name for m in pkgutil.walk_packages(safepic.core.__path__, "safepic.core.")]
    assert "safepic.core.picture" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
