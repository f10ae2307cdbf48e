"""Numbers: explaining an ID or card number check by check, and the text of each check.

May import: regions (address codes), catalogue, errors, strings. Never rich or questionary.
"""
