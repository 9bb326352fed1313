"""One module per wizard page; each reads and updates the shared Session."""
