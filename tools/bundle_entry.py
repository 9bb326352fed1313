"""Entry point of the one-folder desktop bundle (PyInstaller needs a script, not a module)."""

import sys

from safepic.cli import main

if __name__ == "__main__":
    sys.exit(main())
