"""The bare reference for the first wizard question: questionary asking one select question.

``bench/run.py`` times how long ``yibao guide replace-card`` takes to show its first question
through a pseudo-terminal against how long this program takes to show the same kind of prompt.
"""

from __future__ import annotations

import questionary

if __name__ == "__main__":
    questionary.select(
        "这张卡是谁的？谁去办？",
        choices=["我自己的卡，我自己办", "家人的卡，我陪他（她）一起办", "替他（她）代办"],
    ).ask()
