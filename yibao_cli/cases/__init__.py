"""Saved cases: a case's progress through its plan, and the SQLite store that keeps them.

May import: wizard, dates, regions, catalogue, errors, strings, home. Never rich or questionary.
"""
