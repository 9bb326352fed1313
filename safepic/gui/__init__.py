
from .refguard import protect_singletons

protect_singletons()  # before any Qt call: see refguard.py (PySide6 6.12 on Python 3.11)
