"""What several commands share: running a wizard, printing a checklist, a procedure with its region.

Also output and files, and prompt.py, the one module that talks to questionary.
May import: render, the domain packages, session, config. Never a command module.
"""
