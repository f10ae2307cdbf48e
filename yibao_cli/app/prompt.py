"""The one module that talks to questionary: it shows the wizard's screens and reports choices.

Everything is done with the arrow keys and Enter: yes/no and dates are menus too, and several
options are ticked one at a time with Enter. Every step offers "返回上一步" and "重新开始"
(which asks first); text answers go back with Esc. A wizard opened from the main menu offers
"← 返回菜单" on its first question. questionary is imported only when a wizard actually runs.
Ctrl-C raises ``KeyboardInterrupt`` for the caller, which keeps the answers.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from yibao_cli.page.plain import answer_text, tx
from yibao_cli.safety import safe
from yibao_cli.strings import t
from yibao_cli.wizard.engine import AnswerError, Walk, parse
from yibao_cli.wizard.steps import Ask, Done, Review, Wizard

BACK = "\0back"
RESTART = "\0restart"
CONFIRM = "\0confirm"
FINISHED = "\0done"
OTHER = "\0other"
QUIT = "\0quit"
MENU = "\0menu"
SEARCH = "\0search"
_TICK = "\0tick:"
_FROM_MENU: list[bool] = [False]


class BackToMenu(Exception):  # noqa: N818 - not an error: the user chose "← 返回菜单"
    """The user left a wizard from its first question, to go back to the main menu."""


@contextlib.contextmanager
def from_menu() -> Iterator[None]:
    """Within: a wizard's first question offers "← 返回菜单" (which raises ``BackToMenu``)."""
    _FROM_MENU.append(True)
    try:
        yield
    finally:
        _FROM_MENU.pop()


def run(wizard: Wizard) -> Walk:
    """Ask until the user confirms the review, and return the finished walk.

    Raises:
        KeyboardInterrupt: The user pressed Ctrl-C.
    """
    import questionary

    heading = [("bold", tx(wizard.flow.task) + "\n")]
    if wizard.flow.intro:
        heading.append(("", tx(wizard.flow.intro) + "\n"))
    _say([*heading, ("fg:ansibrightblack", t("wiz.intro") + "\n")])
    while True:
        screen = wizard.screen()
        if isinstance(screen, Done):
            return screen.walk
        if isinstance(screen, Review):
            _review(wizard, screen)
            continue
        choice = _ask(screen, wizard.today)
        if choice == MENU:
            raise BackToMenu
        if choice == BACK:
            wizard.back()
        elif choice == RESTART:
            _restart(wizard)
        else:
            try:
                wizard.answer(choice)
            except AnswerError as error:  # the prompts validate first; this is a safety net
                questionary.print(safe(str(error.message)), style="fg:ansired")


def _say(parts: Sequence[tuple[str, str]]) -> None:
    # Styled pieces (a prompt_toolkit style string each, such as "bold") printed at once: one
    # ``questionary.print`` a piece would set up the terminal output once for each.
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText

    print_formatted_text(FormattedText(list(parts)), end="")


def _restart(wizard: Wizard) -> None:
    # Starting over forgets every answer: ask first.
    if confirm(t("wiz.restart_confirm")):
        wizard.restart()


def menu(
    groups: Sequence[tuple[str, Sequence[tuple[str, str]]]], default: str | None = None
) -> str | None:
    """Offer every task under its heading, and "搜索…"; return the choice, or None to quit.

    Args:
        groups: ``(heading, [(procedure id, label), …])`` in order; an empty heading is none.
        default: The task the pointer starts on (the one last opened).

    Returns:
        A procedure id, ``SEARCH`` for the search entry, or None for "退出".
    """
    import questionary

    choices: list[Any] = []
    for heading, tasks in groups:
        if heading:
            choices.append(questionary.Separator(t("menu.heading", heading=heading)))
        choices += [questionary.Choice("  " + label, value=key) for key, label in tasks]
    choices.append(questionary.Choice(t("menu.search"), value=SEARCH))
    choices.append(questionary.Choice(t("wiz.quit"), value=QUIT))
    chosen = _select(t("wiz.menu"), choices, default, t("wiz.select_hint"))
    return None if chosen == QUIT else str(chosen)


def search_query() -> str:
    """Ask what to search for; "" to go back to the menu (an empty answer or Esc)."""
    return _text_or_escape(
        t("menu.search_prompt"), t("menu.search_hint"), input_processors=[answered_safely()]
    )


def pick(message: str, options: Sequence[tuple[str, str]]) -> str | None:
    """Offer ``(value, label)`` options and "← 返回菜单"; return the value chosen, or None."""
    import questionary

    choices: list[Any] = [questionary.Choice(label, value=key) for key, label in options]
    choices += [questionary.Separator(), questionary.Choice(t("wiz.to_menu"), value=MENU)]
    chosen = _select(message, choices, None, t("wiz.select_hint"))
    return None if chosen == MENU else str(chosen)


def again() -> bool:
    """After a task opened from the menu: True for "回到菜单", False for "退出"."""
    import questionary

    choices: list[Any] = [
        questionary.Choice(t("menu.again"), value=True),
        questionary.Choice(t("wiz.quit"), value=False),
    ]
    return bool(_select(t("menu.after"), choices, True, t("wiz.select_hint")))


def save_checklist(
    formats: list[tuple[str, str]],
    suggest: Callable[[str], str],
    problem: Callable[[str], str | None],
) -> tuple[str, str] | None:
    """After an outcome, offer to save its checklist: pick a format, then a file name.

    Args:
        formats: ``(format, label)`` pairs to offer after "don't save".
        suggest: Gives the file name offered first for a format.
        problem: Says why a file name cannot be used (None when it can).

    Returns:
        ``(format, path)``, or None when the user does not want a file.

    Raises:
        KeyboardInterrupt: The user pressed Ctrl-C.
    """
    import questionary

    choices: list[Any] = [questionary.Choice(t("cl.save_no"), value=QUIT)]
    choices += [questionary.Choice(label, value=key) for key, label in formats]
    form = questionary.select(
        t("cl.save"), choices, default=QUIT, instruction=t("wiz.select_hint")
    ).unsafe_ask()
    if form == QUIT:
        return None

    def check(text: str) -> bool | str:
        said = problem(text)
        return safe(said) if said else True

    target = questionary.text(
        t("cl.save_path"),
        default=suggest(str(form)),
        validate=check,
        input_processors=[answered_safely()],
    ).unsafe_ask()
    return str(form), str(target).strip()


def answered_safely() -> Any:
    """A prompt_toolkit processor: once a text is answered, the line left on screen is safe.

    While typing, the text shows as typed (it is being edited); the answered-question line that
    stays in the terminal afterwards has any ID number masked and no control character.
    """
    from prompt_toolkit.application.current import get_app
    from prompt_toolkit.formatted_text import StyleAndTextTuples
    from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput

    class AnsweredSafely(Processor):
        def apply_transformation(self, given: TransformationInput) -> Transformation:
            typed = "".join(fragment[1] for fragment in given.fragments)
            shown = safe(typed) if get_app().is_done else typed
            if shown == typed:
                return Transformation(given.fragments)
            # safe() keeps every character's place, so each fragment keeps its length.
            fragments: StyleAndTextTuples = []
            start = 0
            for fragment in given.fragments:
                end = start + len(fragment[1])
                fragments.append((fragment[0], shown[start:end]))
                start = end
            return Transformation(fragments)

    return AnsweredSafely()


def _nav(first: bool) -> list[Any]:
    import questionary

    items: list[Any] = [questionary.Separator()]
    if not first:
        items.append(questionary.Choice(t("wiz.back"), value=BACK))
    elif _FROM_MENU[-1]:
        items.append(questionary.Choice(t("wiz.to_menu"), value=MENU))
    items.append(questionary.Choice(t("wiz.restart"), value=RESTART))
    return items


def _message(screen: Ask) -> str:
    return f"{t('wiz.step', n=screen.number, total=screen.total)} · {tx(screen.question.text)}"


def _hint(screen: Ask, key: str) -> str:
    help_text = tx(screen.question.help)
    return f"{help_text} {t(key)}" if help_text else t(key)


def _select(message: str, choices: list[Any], default: Any, hint: str, **extra: Any) -> Any:
    import questionary

    values = [c.value for c in choices if isinstance(c, questionary.Choice)]
    return questionary.select(
        message,
        choices,
        default=default if default in values else None,
        instruction=hint,
        **extra,
    ).unsafe_ask()


def _ask(screen: Ask, today: datetime.date) -> Any:
    import questionary

    question = screen.question
    if question.kind == "select":
        choices: list[Any] = [
            questionary.Choice(tx(o.label), value=o.value, description=tx(o.help) or None)
            for o in screen.options
        ]
        return _select(
            _message(screen),
            choices + _nav(screen.first),
            screen.current,
            _hint(screen, "wiz.select_hint"),
        )
    if question.kind == "confirm":
        choices = [
            questionary.Choice(t("wiz.yes"), value=True),
            questionary.Choice(t("wiz.no"), value=False),
        ]
        return _select(
            _message(screen),
            choices + _nav(screen.first),
            screen.current,
            _hint(screen, "wiz.select_hint"),
        )
    if question.kind == "checkbox":
        return _ticks(screen)
    if question.kind == "date":
        return _date(screen, today)
    return _text(screen, today, _message(screen), screen.current, _hint(screen, "wiz.text_hint"))


def _ticks(screen: Ask) -> Any:
    # A checkbox made of menus, so that Enter ticks: no space bar needed.
    import questionary

    chosen = set(screen.current) if isinstance(screen.current, tuple) else set()
    pointer: Any = FINISHED if chosen or not screen.options else _TICK + screen.options[0].value
    while True:
        choices: list[Any] = [
            questionary.Choice(
                ("☑ " if o.value in chosen else "☐ ") + tx(o.label),
                value=_TICK + o.value,
                description=tx(o.help) or None,
            )
            for o in screen.options
        ]
        choices.append(questionary.Choice(t("wiz.chosen_done", count=len(chosen)), FINISHED))
        picked = _select(
            _message(screen),
            choices + _nav(screen.first),
            pointer,
            _hint(screen, "wiz.toggle_hint"),
            erase_when_done=True,
        )
        if isinstance(picked, str) and picked.startswith(_TICK):
            value = picked.removeprefix(_TICK)
            chosen ^= {value}
            pointer = picked
            continue
        if picked == FINISHED:
            answer = tuple(o.value for o in screen.options if o.value in chosen)
            shown = answer_text(screen.question, answer)
            _say([("bold", f"? {_message(screen)} "), ("fg:ansiyellow", shown + "\n")])
            return answer
        return picked


def _date(screen: Ask, today: datetime.date) -> Any:
    import questionary

    current = screen.current if isinstance(screen.current, str) else today.isoformat()
    while True:
        label = t("wiz.today", date=current) if current == today.isoformat() else current
        choices: list[Any] = [
            questionary.Choice(label, value=current),
            questionary.Choice(t("wiz.other_date"), value=OTHER),
        ]
        picked = _select(
            _message(screen), choices + _nav(screen.first), current, t("wiz.select_hint")
        )
        if picked != OTHER:
            return picked
        typed = _text(screen, today, t("wiz.date_prompt"), None, t("wiz.text_hint"))
        if typed != BACK:
            return typed


def _text(screen: Ask, today: datetime.date, message: str, current: object, hint: str) -> Any:
    import questionary
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()
    if not screen.first or screen.question.kind == "date":

        @bindings.add("escape", eager=True)
        def _back(event: Any) -> None:
            event.app.exit(result=BACK)

    elif _FROM_MENU[-1]:

        @bindings.add("escape", eager=True)
        def _menu(event: Any) -> None:
            event.app.exit(result=MENU)

    rule = screen.question.validator

    def check(text: str) -> bool | str:
        try:
            answer = parse(screen.question, text, screen.known, today)
        except AnswerError as error:
            return safe(str(error.message))  # it may quote what was typed
        if rule is not None and rule.kind == "region" and isinstance(answer, str):
            from yibao_cli.app.lookup import region_problem

            problem = region_problem(answer)
            if problem is not None:
                return safe(problem)
        return True

    return questionary.text(
        message,
        default="" if current is None else str(current),
        validate=check,
        instruction=hint,
        key_bindings=bindings,
        input_processors=[answered_safely()],
    ).unsafe_ask()


def _review(wizard: Wizard, screen: Review) -> None:
    import questionary

    choices: list[Any] = [questionary.Choice(t("wiz.confirm"), value=CONFIRM)]
    choices.append(questionary.Separator())
    choices += [
        questionary.Choice(f"{tx(q.text)}  →  {answer_text(q, a)}", value=q.id)
        for q, a in screen.answers
    ]
    choices += _nav(False)
    picked = _select(t("wiz.review"), choices, CONFIRM, t("wiz.review_hint"))
    if picked == CONFIRM:
        wizard.confirm()
    elif picked == BACK:
        wizard.back()
    elif picked == RESTART:
        _restart(wizard)
    else:
        wizard.change(str(picked))


def offer_case(default: str, check: Callable[[str], str | None]) -> str | None:
    """After the outcome: offer to save it as a case; return the name chosen, or None.

    Args:
        default: The name suggested.
        check: Returns what is wrong with a name, or None when it can be used.
    """
    import questionary

    choices: list[Any] = [
        questionary.Choice(t("case.save_yes"), value=True),
        questionary.Choice(t("case.save_no"), value=False),
    ]
    if not _select(t("case.save_offer"), choices, False, t("wiz.select_hint")):
        return None
    name = questionary.text(
        t("case.save_name"),
        default=default,
        validate=lambda text: safe(check(text) or "") or True,
        instruction=t("wiz.text_hint"),
        input_processors=[answered_safely()],
    ).unsafe_ask()
    return None if name in (None, BACK) else str(name).strip()


def ask_region(check: Callable[[str], str | None]) -> str:
    """Ask where the user is insured; "" when they skip (Enter on nothing, or Esc).

    Args:
        check: Returns what is wrong with a place typed (not found, several of that name),
            or None when it names one place.
    """
    return _text_or_escape(
        t("menu.region_prompt"),
        t("menu.region_hint"),
        validate=lambda text: True if not text.strip() else check(text) or True,
    )


def _text_or_escape(message: str, instruction: str, **options: Any) -> str:
    """Ask for a line of text; Esc or Enter on nothing gives "" (back, or skip)."""
    import questionary
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @bindings.add("escape", eager=True)
    def _back(event: Any) -> None:
        event.app.exit(result="")

    typed = questionary.text(
        message, instruction=instruction, key_bindings=bindings, **options
    ).unsafe_ask()
    return str(typed or "").strip()


def remember(message: str) -> bool:
    """Offer to keep a choice for next time (Yes is highlighted)."""
    import questionary

    choices: list[Any] = [
        questionary.Choice(t("wiz.yes"), value=True),
        questionary.Choice(t("wiz.no"), value=False),
    ]
    return bool(_select(message, choices, True, t("wiz.select_hint")))


def confirm(message: str) -> bool:
    """Ask a yes/no question before something that cannot be undone (No is highlighted)."""
    import questionary

    choices: list[Any] = [
        questionary.Choice(t("wiz.no"), value=False),
        questionary.Choice(t("wiz.yes"), value=True),
    ]
    return bool(_select(message, choices, False, t("wiz.select_hint")))
