"""Errors a person can read: each carries one plain line, never a traceback."""

from .words import words


class SafePicError(Exception):
    """Something the person can act on; str(error) is the one line we show."""


class PictureError(SafePicError):
    """The file cannot be opened as a picture (empty, broken, too big, not supported)."""


class CleanError(SafePicError):
    """A clean copy could not be written, or the written copy still holds something."""


class Cancelled(SafePicError):
    """The person cancelled a long piece of work."""

    def __init__(self, message: str = words("Stopped, as you asked.")) -> None:
        super().__init__(message)
