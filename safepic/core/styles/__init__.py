"""The make-safe styles: each hides what is marked on the picture in its own way."""
