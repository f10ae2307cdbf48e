"""The page model: what every output shows, built once from a fitted answer, in words.

Renderers (terminal, text, Markdown, HTML, JSON, calendar) only write a page; they decide
nothing about what it says.
"""
