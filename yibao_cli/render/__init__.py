"""Renderers: how things look on a terminal (Rich), on paper (text, HTML) and as JSON.

May import: the domain packages, catalogue, errors, strings. Never app or a command module.
"""
