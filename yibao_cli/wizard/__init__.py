"""Wizards: walking a flow's questions, the fitted outcome, its plan and its checklist.

May import: dates, regions, catalogue, errors, strings, home. Never rich or questionary.
"""
