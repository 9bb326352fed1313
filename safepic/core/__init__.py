"""Pure logic of SafePic. Nothing here may import Qt (tests/core/test_no_qt.py enforces it)."""
