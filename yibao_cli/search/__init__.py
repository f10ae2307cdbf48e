"""Search: the index over the catalogue, what a query asks, ranking, excerpts, finding by name.

May import: catalogue, errors, strings, home. Never rich or questionary.
"""
