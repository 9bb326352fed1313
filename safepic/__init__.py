"""SafePic: help people choose a profile picture that keeps them safe, offline."""

__version__ = "0.1.0"
