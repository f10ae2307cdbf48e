"""No ID number gets through, in any disguise: every command that echoes free text, every store.

An ID number is drawn at random (18 digits with a birth date and a valid check digit, or an
old 15-digit one) and disguised in each of the ways listed in ``DISGUISES``: digits of other
scripts, every kind of space, dash and punctuation between the digits, invisible format
characters, control characters, a digit glued on, letters around it. Each command that takes
free text gets every disguise (a few per run, so the whole runs in seconds); afterwards nothing
it printed holds the number, and neither does any file yibao keeps or writes (cases.sqlite3,
the settings, resume files, .ics files, checklists).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import FIXTURE, ROOT, Run, answers, process, save
from helpers.script import Script, ctrl_c, pick, typed
from yibao_cli.app import context
from yibao_cli.safety import fold_digits

_WEIGHTS = [pow(2, 17 - place, 11) for place in range(17)]
PER_RUN = 4
"""Disguised numbers given to one run of a command (joined as one text)."""


def digits_of(text: str) -> str:
    """The ASCII digits of a text, in order: every script folded, everything else dropped."""
    return "".join(char for char in fold_digits(text) if char.isdigit())


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    """A number as on an ID card: the place, the birth date, the order and the check digit."""
    place = draw(st.sampled_from(["110105", "440306", "330106", "350102", "510104", "654003"]))
    born = draw(st.dates(datetime.date(1925, 1, 1), datetime.date(2025, 12, 31)))
    order = f"{draw(st.integers(0, 999)):03d}"
    if draw(st.booleans()) and born.year < 2000:  # the old 15-digit number: no check digit
        return f"{place}{born:%y%m%d}{order}"
    body = f"{place}{born:%Y%m%d}{order}"
    total = sum(int(digit) * weight for digit, weight in zip(body, _WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


# Disguises: each takes a number in ASCII digits and returns it as someone might write it.

Disguise = Callable[[str], str]


def _script(zero: str) -> Disguise:
    table = str.maketrans("0123456789", "".join(chr(ord(zero) + n) for n in range(10)))
    return lambda number: number.translate(table)


def _groups(number: str, sizes: tuple[int, ...]) -> list[str]:
    parts, start = [], 0
    for size in sizes:
        parts.append(number[start : start + size])
        start += size
    return [part for part in (*parts, number[start:]) if part]


def _split(separator: str, sizes: tuple[int, ...] = ()) -> Disguise:
    """Between the place, the birth date and the rest (or after every group of ``sizes``)."""

    def disguise(number: str) -> str:
        chosen = sizes or ((6, 6) if len(number) == 15 else (6, 8))
        return separator.join(_groups(number, chosen * (len(number) if sizes else 1)))

    return disguise


def _around(template: str) -> Disguise:
    return lambda number: template.format(number)


def _both(first: Disguise, second: Disguise) -> Disguise:
    return lambda number: second(first(number))


def _mixed(number: str) -> str:
    scripts = [_script(zero) for zero in ("０", "٠", "০", "0")]
    return "".join(scripts[place % 4](digit) for place, digit in enumerate(number))


DISGUISES: dict[str, Disguise] = {
    "ascii": lambda number: number,
    "full width": _script("０"),
    "arabic-indic": _script("٠"),
    "extended arabic-indic": _script("۰"),
    "devanagari": _script("०"),
    "bengali": _script("০"),
    "thai": _script("๐"),
    "mathematical bold": _script("𝟎"),
    "scripts mixed": _mixed,
    **{
        f"split by U+{ord(separator):04X}": _split(separator)
        for separator in (
            " ",  # space
            "\u3000",  # ideographic space (full-width typing)
            "\u00a0",  # no-break space
            "\u202f",  # narrow no-break space
            "\u2009",  # thin space
            "\t",
            "\n",
            "-",
            "\uff0d",  # full-width hyphen
            "\u2212",  # minus sign
            "\u2013",  # en dash
            "\u2014",  # em dash
            ",",
            "\uff0c",  # full-width comma
            ":",
            "\uff1a",  # full-width colon
            ".",
            "/",
            "~",
            "_",
            "\u3001",  # ideographic comma
            "\u00ad",  # soft hyphen
            "\u200b",  # zero-width space
            "\u200c",  # zero-width non-joiner
            "\u200d",  # zero-width joiner
            "\u2060",  # word joiner
            "\ufeff",  # byte order mark
            "\u200e",  # left-to-right mark
            "\x7f",  # delete
        )
    },
    "split by two characters": _split(", "),
    "split by three characters": _split(" - "),
    "a space after every digit": _split(" ", (1,)),
    "a dash after every two": _split("-", (2,)),
    "a dot after every three": _split(".", (3,)),
    "groups of four": _split(" ", (4,)),
    "a digit glued after": _around("{}7"),
    "a digit glued before": _around("9{}"),
    "inside a word": _around("ab{}cd"),
    "inside a sentence": _around("我的身份证号是{}，请保密"),
    "after a backspace": _around("\b{}"),
    "inside colour codes": _around("\x1b[31m{}\x1b[0m"),
    "after a direction override": _around("\u202e{}"),
    "full width, ideographic spaces": _both(_script("０"), _split("\u3000")),
    "arabic-indic, zero-width joiners": _both(_script("٠"), _split("\u200d")),
    "bengali, a dash after every two": _both(_script("০"), _split("-", (2,))),
    "a small x": lambda number: number.replace("X", "x"),
}


def batches() -> list[list[str]]:
    """The disguises' names, ``PER_RUN`` to a run."""
    names = list(DISGUISES)
    return [names[start : start + PER_RUN] for start in range(0, len(names), PER_RUN)]


def test_there_are_thirty_disguises_or_more() -> None:
    assert len(DISGUISES) >= 30
    samples = {DISGUISES[name]("11010519491231002X") for name in DISGUISES}
    assert len(samples) == len(DISGUISES)  # each one writes the number differently


# The commands that take free text (each gets the disguised numbers as one text), and where
# they may keep it.


class Place:
    """Where one example runs: the home yibao keeps its files in, and a folder for output."""

    def __init__(self, home: Path, out: Path) -> None:
        self.home = home
        self.out = out

    def answers_file(self, text: str) -> str:
        """An answers file holding the text (the user's own file: not one yibao keeps)."""
        path = self.out.parent / "answers.yaml"
        quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        quoted = quoted.replace("\t", "\\t").replace("\x1b", "\\e").replace("\b", "\\b")
        quoted = quoted.replace("\x7f", "\\x7f").replace("\u202e", "\\u202e")
        path.write_text(f'situation: "{quoted}"\n', encoding="utf-8")
        return str(path)


Command = Callable[[str, Place], list[str]]
COMMANDS: dict[str, Command] = {
    "show": lambda x, at: ["show", x],
    "show --region": lambda x, at: ["show", "replace-card", "--region", x],
    "channels": lambda x, at: ["channels", x],
    "balance-channels --region": lambda x, at: ["balance-channels", "--region", x],
    "search": lambda x, at: ["search", x],
    "search --json": lambda x, at: ["search", "--json", x],
    "timeline": lambda x, at: ["timeline", x],
    "timeline --start": lambda x, at: ["timeline", "replace-card", "--start", x],
    "explain-number": lambda x, at: ["explain-number", x],
    "explain-number --json": lambda x, at: ["explain-number", "--json", x],
    "guide": lambda x, at: ["guide", x, "--defaults"],
    "guide --answer": lambda x, at: ["guide", "replace-card", "--defaults", "-a", f"situation={x}"],
    "guide --answer key": lambda x, at: ["guide", "replace-card", "--defaults", "-a", f"{x}=lost"],
    "guide --answer date, --ics": lambda x, at: [
        *["guide", "replace-card", "--defaults", "-a", f"apply-date={x}"],
        *["--ics", str(at.out / "plan.ics")],
    ],
    "guide --answers": lambda x, at: ["guide", "replace-card", "--answers", at.answers_file(x)],
    "guide --save": lambda x, at: ["guide", "replace-card", "--defaults", "--save", x],
    "checklist": lambda x, at: ["checklist", x],
    "checklist --start -o": lambda x, at: [
        *["checklist", "replace-card", "--defaults", "--start", x],
        *["-o", str(at.out / "start.md")],
    ],
    "checklist -o NAME": lambda x, at: [
        *["checklist", "replace-card", "--defaults", "-o", str(at.out / f"{x}.md")]
    ],
    "config set region": lambda x, at: ["config", "set", "region", x],
    "config set KEY": lambda x, at: ["config", "set", x, "杭州"],
    "case show": lambda x, at: ["case", "show", x],
    "case done": lambda x, at: ["case", "done", "plain", x],
    "case done --on": lambda x, at: ["case", "done", "plain", "1", "--on", x],
    "case rename": lambda x, at: ["case", "rename", "plain", x],
    "case ics -o NAME": lambda x, at: ["case", "ics", "plain", "-o", str(at.out / f"{x}.ics")],
    "estimate --bill": lambda x, at: ["estimate", "--bill", x],
    "estimate --ratio": lambda x, at: ["estimate", "--bill", "1000", "--ratio", x],
    "sources": lambda x, at: ["sources", x],
    "validate": lambda x, at: ["validate", x],
    "an unknown command": lambda x, at: [x],
    "--catalogue": lambda x, at: ["--catalogue", x, "list"],
}


def kept_files(*folders: Path) -> Iterator[Path]:
    """Every file yibao keeps or wrote: the cases database, settings, resume files, output."""
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                yield Path(root) / name


def leaks(numbers: list[str], shown: str, *folders: Path) -> list[str]:
    """Where any of the numbers can be read whole: in what was shown, or in a kept file."""
    found = []
    printed = digits_of(shown)
    for number in numbers:
        whole = digits_of(number)
        if whole in printed:
            found.append(f"shown: {number}")
        for path in kept_files(*folders):
            if whole in digits_of(path.name + path.read_bytes().decode("utf-8", "ignore")):
                found.append(f"{path.name}: {number}")
    return found


@pytest.fixture
def place(run: Run, tmp_path: Path, dirs: tuple[Path, Path]) -> Place:
    """A saved case, a checklist and a calendar file written: every store holds something."""
    out = tmp_path / "out"
    out.mkdir()
    assert save(run, "replace-card", "plain", (), "--defaults").code == 0
    assert run("config", "set", "region", "杭州").code == 0
    assert run("case", "ics", "plain", "-o", str(out / "plain.ics")).code == 0
    assert run("checklist", "replace-card", "--defaults", "-o", str(out / "plain.md")).code == 0
    return Place(dirs[0], out)


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@settings(
    max_examples=1,  # every disguise in each example: the numbers are what is drawn
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(numbers=st.lists(id_numbers(), min_size=len(DISGUISES), max_size=len(DISGUISES)))
def test_no_command_shows_or_keeps_an_id_in_any_disguise(
    run: Run, place: Place, command: Command, numbers: list[str]
) -> None:
    drawn = dict(zip(DISGUISES, numbers, strict=True))
    for names in batches():
        text = "；".join(DISGUISES[name](drawn[name]) for name in names)
        args = command(text, place)
        result = run(*args)
        shown = result.out + result.err
        assert "Traceback" not in shown and "意外错误" not in shown, (names, shown)
        found = leaks([drawn[name] for name in names], shown, place.home, place.out)
        assert not found, (names, args, found, shown)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(number=id_numbers(), name=st.sampled_from(list(DISGUISES)))
def test_an_interrupted_wizard_keeps_no_id(
    run: Run, dirs: tuple[Path, Path], number: str, name: str
) -> None:
    disguised = DISGUISES[name](number)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(context, "interactive", lambda: True)
        # The age question is typed: the number is refused, then Ctrl-C keeps the answers.
        Script(patch, pick("否"), typed(disguised), ctrl_c)
        result = run(
            "--catalogue", str(FIXTURE), "guide", "alpha", *answers("kind=lost", "day=today")
        )
    assert result.code == 130 and "--resume" in result.err
    resume = dirs[0] / "resume" / "alpha.yaml"
    assert "reported: false" in resume.read_text(encoding="utf-8")
    assert not leaks([number], result.out + result.err, dirs[0])


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [["show"], ["search", "--json"], ["guide", "replace-card", "--defaults", "--save"]]
)
def test_a_real_process_shows_no_id_in_any_disguise(args: list[str]) -> None:
    number = "440306199001011236"
    for names in batches()[::3]:
        text = "；".join(DISGUISES[name](number) for name in names)
        done = process(*args, text, cwd=ROOT)
        shown = done.stdout + done.stderr
        assert done.returncode in (2, 3) and "Traceback" not in shown
        assert digits_of(number) not in digits_of(shown), (names, shown)
