"""`python -m safepic` runs the same command as `safepic`."""

import sys

from .cli import main

sys.exit(main())
