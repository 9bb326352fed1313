"""The PySide6 wizard: pages, the session they share, and the helper process for slow work."""
