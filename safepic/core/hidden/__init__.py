"""Hidden data in picture files: one module per format, plus the clues, names and previews they share."""
