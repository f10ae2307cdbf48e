"""Random text, control characters and ID-shaped strings fed to every command's arguments.

Whatever the arguments, yibao ends with a documented exit code, prints no traceback, sends no
escape byte (output here is not a terminal, so yibao itself styles nothing) and never shows an
ID number it was given. Each run has a time limit, so a hang fails instead of stalling.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Callable, Iterator
from types import FrameType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import Run
from yibao_cli.errors import ExitCode
from yibao_cli.safety import fold_digits

SECONDS_PER_RUN = 20
CODES = {int(code) for code in ExitCode}
_WEIGHTS = [pow(2, 17 - index, 11) for index in range(17)]
_NOT_ALNUM = re.compile(r"[\W_]")
_WIDE = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so no handler of yibao's can swallow it."""


@pytest.fixture
def time_limit() -> Iterator[Callable[[], None]]:
    def ring(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"a run took longer than {SECONDS_PER_RUN} s")

    previous = signal.signal(signal.SIGALRM, ring)

    def arm() -> None:
        signal.alarm(SECONDS_PER_RUN)

    yield arm
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    """A valid 18-digit ID number, written ASCII, full-width, spaced or with a small x."""
    body = "".join(str(draw(st.integers(0, 9))) for _ in range(17))
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11]
    number = body + check
    form = draw(st.sampled_from(["ascii", "wide", "mixed", "spaced", "lower"]))
    if form == "wide":
        return number.translate(_WIDE)
    if form == "mixed":
        return number[:9] + number[9:].translate(_WIDE)
    if form == "spaced":
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    return number.lower() if form == "lower" else number


_CHARACTERS = st.characters(
    codec=None,
    categories=None,
    min_codepoint=0,
    max_codepoint=0x2FFFF,
    exclude_characters="\x00",  # the OS never passes a NUL inside an argument
)
_SPECIAL = st.sampled_from(
    [
        "\x1b]0;PWNED\x07",
        "\x1b[2J",
        "\x9b31m",
        "\u202e",
        "\r",
        "\udcff\udcfe",  # bytes that are not UTF-8, as Python receives them
        "../../etc/passwd",
        "-",
        "--",
        "",
        "replace-card",
        "1",
        "2026-02-30",
        "%s{0}",
    ]
)
_TEXT = st.one_of(
    st.text(_CHARACTERS, max_size=40),
    _SPECIAL,
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "浙", "9", "["]), st.integers(100, 5000)),
)
ARGUMENT = st.one_of(  # (the argument, the ID number inside it or "")
    st.tuples(_TEXT, st.just("")),
    id_numbers().map(lambda number: (number, number)),
    # Inside other text, between characters that are not digits (else it is a longer number).
    st.builds(
        lambda a, number, b, edge: (a + edge + number + edge + b, number),
        _TEXT,
        id_numbers(),
        _TEXT,
        st.sampled_from(["", "身份证", "ID", "：", "\x1b[0m", "/"]),
    ).filter(lambda pair: _bounded(*pair)),
)


def _bounded(text: str, number: str) -> bool:
    """Tell whether the number stands alone in the text (no digit right before or after it)."""
    folded, inner = fold_digits(text), fold_digits(number)
    start = folded.find(inner)
    before = folded[start - 1 : start]
    after = folded[start + len(inner) : start + len(inner) + 1]
    return not (before.isdigit() or after.isdigit() or (after in "Xx" and after != ""))


COMMANDS: list[Callable[[str, str, str], list[str]]] = [
    lambda a, b, c: ["show", a],
    lambda a, b, c: ["show", "replace-card", "--region", a],
    lambda a, b, c: ["channels", a, "--kind", b],
    lambda a, b, c: ["balance-channels", "--region", a],
    lambda a, b, c: ["search", a, "--limit", b],
    lambda a, b, c: ["search", "--json", a],
    lambda a, b, c: ["timeline", a, "--start", b],
    lambda a, b, c: ["timeline", "replace-card", "--start", a, "--json"],
    lambda a, b, c: ["explain-number", a],
    lambda a, b, c: ["explain-number", "--json", a],
    lambda a, b, c: ["guide", a, "-a", b],
    lambda a, b, c: ["guide", "replace-card", "--defaults", "-a", f"situation={a}"],
    lambda a, b, c: ["guide", "replace-card", "--defaults", "--save", a, "--region", b],
    lambda a, b, c: ["checklist", "replace-card", "--defaults", "--start", a, "--format", b],
    lambda a, b, c: ["checklist", a, "--defaults", "--format", "json"],
    lambda a, b, c: ["config", "set", a, b],
    lambda a, b, c: ["config", "set", "region", a],
    lambda a, b, c: ["config", "unset", a],
    lambda a, b, c: ["cases", a],
    lambda a, b, c: ["case", "show", a],
    lambda a, b, c: ["case", "done", a, b, "--on", c],
    lambda a, b, c: ["case", "close", a],
    lambda a, b, c: ["case", "delete", a, "--yes"],
    lambda a, b, c: ["list", a],
    lambda a, b, c: ["regions", "--json", a],
    lambda a, b, c: [a],
    lambda a, b, c: [a, b, c],
    lambda a, b, c: ["--lang", a, "show", b],
]


def _digits(text: str) -> str:
    """The digits and letters of a text, every separator and invisible character dropped."""
    return _NOT_ALNUM.sub("", fold_digits(text)).upper()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Found by fuzzing: a control character before a spaced ID number made its echo show it whole.
@example(
    command=COMMANDS[0],
    first=("\b110105 19491231 002X", "110105 19491231 002X"),
    second=("", ""),
    third=("", ""),
)
@given(
    command=st.sampled_from(COMMANDS),
    first=ARGUMENT,
    second=ARGUMENT,
    third=ARGUMENT,
)
def test_any_arguments(
    run: Run,
    time_limit: Callable[[], None],
    command: Callable[[str, str, str], list[str]],
    first: tuple[str, str],
    second: tuple[str, str],
    third: tuple[str, str],
) -> None:
    args = command(first[0], second[0], third[0])
    time_limit()
    try:
        result = run(*args)
    finally:
        signal.alarm(0)
    shown = result.out + result.err
    assert result.code in CODES, (args, result)
    assert "Traceback" not in shown, (args, result.err)
    assert "意外错误" not in shown, (args, result.err)
    assert "\x1b" not in shown, (args, shown)
    printed = _digits(shown)
    for _, number in (first, second, third):
        if number:
            assert _digits(number) not in printed, (args, shown)
