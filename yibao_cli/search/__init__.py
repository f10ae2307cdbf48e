"""Search: the index over the catalogue, query parsing, ranking, excerpts, finding by name.

May import: catalogue, errors, strings, home. Never rich or questionary.
"""
