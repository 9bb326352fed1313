"""One-of-a-kind generated pictures (flowers, animals, patterns): nobody else has the same one."""

from .draw import KINDS, AvatarError, make_avatar, new_seed

__all__ = ["KINDS", "AvatarError", "make_avatar", "new_seed"]
