"""Shared test setup: Qt renders offscreen everywhere; fixtures live in the test folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
