"""ID and card numbers in names: refused in any script or disguise, hidden when already stored.

A case saved by an older yibao may have a name that holds an ID or card number. Such a name is
shown hidden everywhere (the list, ``--json``, the "已有案例" line, each case command), it is
never offered by shell completion nor used as a file name, and the user is told how to rename
it; the hidden name as shown finds the case again.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers import Run, ok, save, yibao
from yibao_cli.cases import store as casestore
from yibao_cli.safety import fold_digits, hide_private, id_runs, private_kind, safe, slug

ID = "440306199001011236"  # valid check digit
GLUED = ID + "7"
ARABIC = ID.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
BENGALI = ID.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
CARD = "Ａ12345678"

# Names a case must never get: an ID number in any script or disguise, a card number in any
# letter form.
REFUSED = {
    "glued digit": GLUED,
    "arabic-indic": ARABIC,
    "bengali": BENGALI,
    "full width": ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "zero-width space": ID[:7] + "\u200b" + ID[7:],
    "inside a word": f"ab{ID}cd",
    "15 digits": "440306900101123",
    "card, full-width letter": CARD,
    "card, small letter": "a12345678",
    "card, spaced": "A 1234 5678",
    "card, cyrillic letter": "А12345678",
    "card, circled letter": "Ⓐ12345678",
    "card, greek letter": "Α-1234-5678",
}


def digits_of(text: str) -> str:
    """The ASCII digits of a text, in order (every script folded, everything else dropped)."""
    return "".join(char for char in fold_digits(text) if char.isdigit())


def store_named(run: Run, *names: str) -> None:
    """Keep cases under names yibao no longer accepts, as an older version may have."""
    assert save(run, "replace-card", "plain", (), "--defaults").code == 0
    with sqlite3.connect(casestore.path()) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(cases)") if row[1] != "id"]
        listed = ", ".join(columns)
        for name in names:
            picked = ", ".join("?" if column == "name" else column for column in columns)
            conn.execute(
                f"INSERT INTO cases ({listed}) SELECT {picked} FROM cases WHERE name = 'plain'",
                (name,),
            )


# The one rule: what an ID number looks like.


@pytest.mark.parametrize(
    "text",
    [
        "0755-12393、0755-12333",  # telephone numbers in a list
        "0591-12393，0755-12333；010-12393",
        "电话：0591-12393\n0755-12333\n010-12393",  # one to a line
        "7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2",  # the check digit's weights
        "1 0 X 9 8 7 6 5 4 3 2",  # the check digits themselves
        "2026-09-01 至 2026-12-31",
        "第 1、2、3、4、5、6、7、8、9、10 步",
    ],
)
def test_catalogue_text_is_not_taken_for_an_id(text: str) -> None:
    assert id_runs(text) == []
    assert safe(text) == text


@pytest.mark.parametrize("name", REFUSED.values(), ids=REFUSED.keys())
def test_a_private_name_is_never_shown_whole(name: str) -> None:
    assert private_kind(name) is not None
    shown = hide_private(name)
    assert "*" in shown
    assert digits_of(name) not in digits_of(shown)
    assert digits_of(name) not in digits_of(slug(name, "case"))


@pytest.mark.parametrize(
    "text",
    [
        "440306 900101 123",  # the old 15-digit number, spaced
        *(
            f"{ID[:6]}{gap}{ID[6:14]}{gap}{ID[14:]}"
            for gap in "\u3000\u00a0\t－\u2212,:~\u00ad\u200b\u200d"
        ),
        ID[:7] + "\u200b" + ID[7:],
        "\b110105 19491231 002X",
    ],
)
@pytest.mark.parametrize(
    "command",
    [["show"], ["timeline", "replace-card", "--start"], ["search", "--json"], ["explain-number"]],
    ids=" ".join,
)
def test_the_disguises_once_echoed_are_masked(run: Run, command: list[str], text: str) -> None:
    result = yibao(run, *command, text)
    shown = result.out + result.err
    assert digits_of(text) not in digits_of(shown)
    assert "\u200b" not in shown and "\u00ad" not in shown and "\b" not in shown


# Names refused.


@pytest.mark.parametrize("name", REFUSED.values(), ids=REFUSED.keys())
def test_a_case_name_with_an_id_or_card_number_is_refused(run: Run, name: str) -> None:
    result = save(run, "replace-card", name, (), "--defaults")
    assert result.code == 2
    assert "身份证号或卡号" in result.err
    assert digits_of(name) not in digits_of(result.out + result.err)
    assert not casestore.path().exists()  # refused before the wizard's work, nothing stored


def test_a_rename_to_a_private_name_is_refused(run: Run) -> None:
    assert save(run, "replace-card", "plain", (), "--defaults").code == 0
    result = yibao(run, "case", "rename", "plain", GLUED)
    assert result.code == 2 and "身份证号或卡号" in result.err
    assert "plain" in ok(run, "cases")


@pytest.mark.parametrize("name", [f"{ID}.md", f"清单-{ARABIC}.md", f"{CARD}.html"])
def test_a_file_name_with_an_id_or_card_number_is_refused(
    run: Run, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    result = yibao(run, "checklist", "replace-card", "--defaults", "-o", str(target))
    assert result.code == 2 and "文件名" in result.err
    assert digits_of(name) not in digits_of(result.err)
    assert not target.exists()


# Names already stored.


def test_stored_private_names_are_hidden_when_listed(run: Run) -> None:
    store_named(run, GLUED, ARABIC, BENGALI, CARD)
    listed = yibao(run, "cases")
    as_json = yibao(run, "cases", "--json")
    upcoming = yibao(run, "case", "next")
    missing = yibao(run, "case", "show", "nosuch")
    assert missing.code == 3 and "已有案例：" in missing.err
    for name in (GLUED, ARABIC, BENGALI, CARD):
        for result in (listed, as_json, upcoming, missing):
            assert digits_of(name) not in digits_of(result.out + result.err), name
        assert hide_private(name) in listed.out
        assert hide_private(name) in missing.err
        # How to rename it is said once per command, on stderr.
        assert f"yibao case rename '{hide_private(name)}'" in listed.err
    names = {case["name"] for case in json.loads(as_json.out)["cases"]}
    assert names == {"plain", *(hide_private(name) for name in (GLUED, ARABIC, BENGALI, CARD))}


def test_the_name_shown_finds_a_hidden_case_and_renames_it(run: Run) -> None:
    store_named(run, GLUED, CARD)
    shown = hide_private(GLUED)
    detail = yibao(run, "case", "show", shown)
    assert detail.code == 0 and f"案例：{shown}" in detail.out
    assert "yibao case rename" in detail.err
    renamed = yibao(run, "case", "rename", shown, "card-lost")
    assert renamed.code == 0 and "card-lost" in renamed.out
    assert digits_of(GLUED) not in digits_of(renamed.out)
    assert ok(run, "case", "done", "card-lost", "1")
    assert yibao(run, "case", "close", hide_private(CARD)).code == 0
    listed = yibao(run, "cases", "--all")
    assert "card-lost" in listed.out and shown not in listed.out
    with sqlite3.connect(casestore.path()) as conn:
        stored = {row[0] for row in conn.execute("SELECT name FROM cases")}
    assert stored == {"plain", "card-lost", CARD}


def test_a_hidden_name_shared_by_two_cases_asks_for_the_full_one(run: Run) -> None:
    twin = ID[:6] + "2000" + ID[10:] + "7"  # hidden, it looks the same as GLUED
    assert hide_private(twin) == hide_private(GLUED)
    store_named(run, GLUED, twin)
    result = yibao(run, "case", "show", hide_private(GLUED))
    assert result.code == 2 and "完整名称" in result.err
    assert ok(run, "case", "show", GLUED)  # the full name still works


def test_a_hidden_case_is_written_to_a_calendar_file_under_a_safe_name(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_named(run, GLUED, CARD)
    monkeypatch.chdir(tmp_path)
    assert yibao(run, "case", "ics", GLUED).code == 0
    assert yibao(run, "case", "ics", hide_private(CARD)).code == 0
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted([f"{slug(GLUED, 'case')}.ics", f"{slug(CARD, 'case')}.ics"])
    for path in tmp_path.iterdir():
        assert digits_of(GLUED) not in digits_of(path.name + path.read_text(encoding="utf-8"))


def test_completion_never_offers_a_private_name(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    store_named(run, GLUED, ARABIC, CARD)
    monkeypatch.setenv("_YIBAO_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "yibao case show ")
    monkeypatch.setenv("COMP_CWORD", "3")
    result = yibao(run)
    assert result.code == 0 and result.err == ""
    assert result.out.split() == ["plain"]


@pytest.mark.parametrize("position", ["abc", "", "-1", "３"])
def test_completion_with_an_unreadable_word_number_says_so(
    run: Run, monkeypatch: pytest.MonkeyPatch, position: str
) -> None:
    monkeypatch.setenv("_YIBAO_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "yibao case show ")
    monkeypatch.setenv("COMP_CWORD", position)
    result = yibao(run)
    assert result.code == 2
    assert "COMP_CWORD" in result.err and "意外错误" not in result.err


# What stays on the terminal after a typed answer.


def answered_lines(monkeypatch: pytest.MonkeyPatch, ask: Callable[[], object], keys: str) -> str:
    """Type ``keys`` at a real questionary prompt; return its last screen (what stays)."""
    from prompt_toolkit import renderer
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    screens: list[str] = []
    real = renderer._output_screen_diff

    def record(app: Any, output: Any, screen: Any, *rest: Any, **options: Any) -> Any:
        rows = screen.data_buffer
        lines = ("".join(rows[y][x].char for x in sorted(rows[y])) for y in range(screen.height))
        screens.append("".join(line.rstrip() for line in lines))  # wrapped lines joined
        return real(app, output, screen, *rest, **options)

    monkeypatch.setattr(renderer, "_output_screen_diff", record)
    with create_pipe_input() as typed, create_app_session(input=typed, output=DummyOutput()):
        typed.send_text(keys + "\r")
        ask()
    return screens[-1].strip()


@pytest.mark.parametrize(
    "typed", [f"身份证 {ID}", f"{ID[:6]} {ID[6:14]} {ID[14:]}", ARABIC, ID[:7] + "\u200b" + ID[7:]]
)
def test_a_typed_id_is_masked_on_the_answered_line(
    monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    from yibao_cli.app import prompt

    answer: list[str] = []
    shown = answered_lines(monkeypatch, lambda: answer.append(prompt.search_query()), typed)
    assert answer == [typed.strip()]  # the answer itself is what was typed…
    assert shown.startswith("? ") and "*" in shown  # …the line left on screen is masked
    assert digits_of(typed) not in digits_of(shown)
    assert "\u200b" not in shown


def test_a_typed_answer_without_an_id_stays_as_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    from yibao_cli.app import prompt

    shown = answered_lines(monkeypatch, prompt.search_query, "异地就医 12393")
    assert shown.endswith("12393") and "异地就医" in shown and "*" not in shown


def test_a_typed_id_is_masked_in_the_prompt_s_own_messages(
    monkeypatch: pytest.MonkeyPatch, small_catalogue: Any
) -> None:
    from helpers.script import Script, Shown, ctrl_c, pick
    from yibao_cli.app import prompt
    from yibao_cli.wizard.steps import Wizard

    said: list[str] = []
    typed = f"{ID[:6]}\t{ID[6:14]}\t{ID[14:]}"

    def check(shown: Shown) -> Any:
        said.append(shown.extra["validate"](typed))  # the date question's message, as typed
        return typed  # and entered anyway: the wizard's own check refuses it

    printed: list[str] = []
    given = {"kind": "broken", "reported": True, "apps": ("app",), "how": "online"}
    Script(monkeypatch, pick("输入其他日期"), check, ctrl_c)
    monkeypatch.setattr("questionary.print", lambda text, **style: printed.append(text))
    with pytest.raises(KeyboardInterrupt):
        prompt.run(Wizard(small_catalogue.flow("alpha"), datetime.date(2026, 9, 1), given))
    assert said and printed
    for message in (*said, printed[-1]):
        assert "*" in message and digits_of(typed) not in digits_of(message)
