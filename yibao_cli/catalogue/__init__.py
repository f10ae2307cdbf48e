"""The catalogue: the data model of data/, reading and validating its YAML, the compiled cache.

May import: errors, strings, home. Never rich or questionary.
"""
