"""One module per command; ``cli.py`` mounts them on the root app."""
