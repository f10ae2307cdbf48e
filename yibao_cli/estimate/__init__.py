"""The reimbursement estimate: exact arithmetic on the user's own figures, ranges for unknowns.

May import: catalogue (the rules in data/estimate.yaml), errors, strings, home. Never rich or
questionary.
"""
