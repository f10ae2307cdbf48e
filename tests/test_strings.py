"""The interface strings: one table per area, loaded when used; plurals; language choice."""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import ROOT
from yibao_cli import strings
from yibao_cli.strings import AREAS, every_string, lang_from_env, retranslate, set_lang, t


@pytest.fixture(autouse=True)
def chinese_after() -> object:
    yield
    set_lang("zh")


def test_every_key_lives_in_the_table_its_prefix_names() -> None:
    for area in set(AREAS.values()):
        for key in strings.table(area):
            assert AREAS[key.partition(".")[0]] == area, key


def test_english_plurals_follow_the_count() -> None:
    set_lang("en")
    assert t("count.contacts", n=1) == "1 contact"
    assert t("count.contacts", n=2) == "2 contacts"
    assert t("days.one", n=1) == "1 working day"
    assert t("wiz.missing", count=3) == "3 answers missing"
    assert all(
        "(s)" not in form
        for _zh, en in every_string().values()
        for form in (en if isinstance(en, tuple) else (en,))
    )


def test_chinese_has_no_plural_forms() -> None:
    assert all(isinstance(zh, str) for zh, _en in every_string().values())
    assert t("count.contacts", n=1) == "联系方式 1"


def test_retranslate_goes_by_the_key_not_the_text() -> None:
    made = t("opt.json")
    set_lang("en")
    assert retranslate(made) == t("opt.json")
    assert retranslate("plain text") == "plain text"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"YIBAO_LANG": "en", "LANGUAGE": "zh_CN"}, "en"),
        ({"LANGUAGE": "en_GB:zh", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:zh_CN", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LANGUAGE": "fr", "LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "C"}, "zh"),
        ({}, "zh"),
    ],
)
def test_language_follows_yibao_lang_then_language_then_the_locale(
    environ: dict[str, str], expected: str
) -> None:
    assert lang_from_env(environ) == expected


@pytest.mark.slow
def test_a_command_loads_only_the_tables_it_speaks_of() -> None:
    code = (
        "import sys\n"
        "from yibao_cli import cli\n"
        "sys.argv = ['yibao', 'list']\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('yibao_cli.strings.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = done.stdout.strip().splitlines()[-1]
    assert "yibao_cli.strings.cases" not in loaded
    assert "yibao_cli.strings.numbers" not in loaded
