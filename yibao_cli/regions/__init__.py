"""Regions: GB/T 2260 divisions, resolving what a user types to a place, local overlays.

May import: catalogue, errors, strings, home. Never rich or questionary.
"""
