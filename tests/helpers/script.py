"""Questionary's prompts replaced by a script of replies: prompt-level tests with no terminal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import prompt_toolkit
import pytest
import questionary

from yibao_cli.app import prompt


@dataclass
class Shown:
    """One prompt as the user would have seen it."""

    kind: str
    message: str
    titles: list[str]
    values: list[Any]
    default: Any
    extra: dict[str, Any] = field(default_factory=dict)


Reply = Callable[[Shown], Any]


class Script:
    """Replaces questionary.select and questionary.text; answers from a list of replies.

    What would be printed between the questions (by ``questionary.print`` or prompt_toolkit's
    ``print_formatted_text``) is kept in ``printed``, one string a call.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *replies: Reply) -> None:
        self.replies = list(replies)
        self.shown: list[Shown] = []
        self.printed: list[str] = []
        monkeypatch.setattr(questionary, "select", self.select)
        monkeypatch.setattr(questionary, "text", self.text)
        monkeypatch.setattr(questionary, "print", lambda text, **kw: self.printed.append(text))
        monkeypatch.setattr(prompt_toolkit, "print_formatted_text", self._print)

    def _print(self, *values: Any, **kwargs: Any) -> None:
        self.printed.append("".join(part[1] for value in values for part in value))

    def _answer(self, shown: Shown) -> Any:
        self.shown.append(shown)
        assert self.replies, f"no reply left for {shown.message}"
        reply = self.replies.pop(0)
        result = reply(shown)
        if isinstance(result, BaseException):
            raise result
        return result

    def select(self, message: str, choices: list[Any], default: Any = None, **extra: Any) -> Any:
        real = [
            c
            for c in choices
            if isinstance(c, questionary.Choice) and not isinstance(c, questionary.Separator)
        ]
        shown = Shown(
            "select", message, [str(c.title) for c in real], [c.value for c in real], default, extra
        )
        return _Question(lambda: self._answer(shown))

    def text(self, message: str, default: str = "", **extra: Any) -> Any:
        shown = Shown("text", message, [], [], default, extra)
        return _Question(lambda: self._answer(shown))


@dataclass
class _Question:
    ask: Callable[[], Any]

    def unsafe_ask(self) -> Any:
        return self.ask()


def pick(title: str) -> Reply:
    """Choose the choice whose title starts with ``title``."""

    def reply(shown: Shown) -> Any:
        for choice_title, value in zip(shown.titles, shown.values, strict=True):
            if choice_title.startswith(title):
                return value
        raise AssertionError(f"{title!r} not in {shown.titles}")

    return reply


def enter(shown: Shown) -> Any:
    """Press Enter: take what is highlighted, or the text already filled in."""
    return shown.default


def typed(text: str) -> Reply:
    """Type ``text`` and press Enter."""
    return lambda shown: text


def escape(shown: Shown) -> Any:
    """Press Escape: back to the question before."""
    return prompt.BACK


def ctrl_c(shown: Shown) -> Any:
    """Press Ctrl-C."""
    return KeyboardInterrupt()
