"""Entry point of the one-folder desktop bundle (PyInstaller needs a script, not a module)."""

import multiprocessing
import sys

from safepic.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the wizard's helper process starts this same executable
    sys.exit(main())
