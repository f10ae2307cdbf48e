"""Dates: China's working-day calendar, a procedure's expected dates, date text, iCalendar.

May import: regions, catalogue, errors, strings. Never rich or questionary.
"""
