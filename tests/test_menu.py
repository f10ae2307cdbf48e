"""The main menu's content (``menu.yaml``): checked by ``validate``, read by the menu, and the
menu itself with questionary replaced by a script."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import Run
from helpers.script import Script, pick, typed
from yibao_cli import session
from yibao_cli.app import menu, prompt
from yibao_cli.catalogue import load as loader
from yibao_cli.catalogue import model

pytestmark = pytest.mark.usefixtures("region_asked")


def write_menu(root: Path, text: str) -> None:
    (root / "menu.yaml").write_text(text, encoding="utf-8")


def test_the_shipped_menu_lists_every_procedure_once(catalogue: model.Catalogue) -> None:
    cat = catalogue
    items = [item for group in cat.menu for item in group.items]
    assert sorted(item for item in items if item != model.MENU_ESTIMATE) == sorted(
        summary.id for summary in cat.summaries
    )
    assert [model.text(group.heading) for group in cat.menu] == [
        "丢卡/换卡",
        "查询",
        "看病和报销",
        "搬家和外地",
        "缴费和家人",
    ]
    # Headings, tasks, search and quit, and the question: one 80×24 screen.
    assert len(cat.menu) + len(items) + 3 <= 24


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {heading: 甲, items: [alpha]}\n", "办事项目 'beta' 不在菜单里"),
        ("- {heading: 甲, items: [alpha, beta, alpha]}\n", "'alpha' 在菜单里出现了不止一次"),
        ("- {heading: 甲, items: [alpha, beta, gamma]}\n", "没有 id 为 'gamma' 的办事项目"),
        ("- {heading: 甲, items: [alpha, beta, estimate]}\n", "没有 id 为 'estimate'"),
        ("- {heading: 甲, items: [alpha, beta]}\n- {heading: 乙, items: []}\n", "没有办事项目"),
        ("- {heading: 甲, procedures: [alpha, beta]}\n", "menu.yaml"),
    ],
)
def test_validate_checks_the_menu(run: Run, catalogue_copy: Path, text: str, message: str) -> None:
    write_menu(catalogue_copy, text)
    result = run("validate", str(catalogue_copy))
    assert result.code != 0
    assert "menu.yaml" in result.err and message in result.err


def test_a_valid_menu_is_read(catalogue_copy: Path) -> None:
    write_menu(catalogue_copy, "- {heading: {zh: 甲, en: A}, items: [beta, alpha]}\n")
    cat = loader.compile_directory(catalogue_copy)
    assert [group.items for group in cat.menu] == [("beta", "alpha")]
    # alpha has a wizard: its task; beta has none: its title (it opens as `show` does).
    assert menu.entries(cat) == [("甲", [("beta", "乙流程"), ("alpha", "测试甲向导")])]


def test_without_a_menu_file_the_wizards_are_one_list(catalogue_copy: Path) -> None:
    cat = loader.compile_directory(catalogue_copy)
    assert cat.menu == ()
    groups = menu.entries(cat)
    assert len(groups) == 1 and groups[0][0] == ""
    assert [key for key, _ in groups[0][1]][0] == "alpha"


def test_a_procedure_without_a_wizard_opens_its_page(
    monkeypatch: pytest.MonkeyPatch, catalogue_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_menu(catalogue_copy, "- {heading: 甲, items: [alpha, beta]}\n")
    monkeypatch.setattr(session.SETTINGS, "catalogue_dir", str(catalogue_copy))
    session.catalogue.cache_clear()
    try:
        Script(monkeypatch, pick("  乙流程"), pick("回到菜单"), pick("退出"))
        menu.run()
    finally:
        session.catalogue.cache_clear()
    assert "乙流程" in capsys.readouterr().out


def test_search_from_the_menu(monkeypatch: pytest.MonkeyPatch) -> None:
    session.catalogue.cache_clear()
    script = Script(
        monkeypatch, pick("搜索…"), typed("卡丢了怎么补办"), pick("← 返回菜单"), pick("退出")
    )
    menu.run()
    offered = script.shown[2]
    assert offered.message == "找到这些，打开哪一个？"
    assert offered.values[0] == "replace-card"


def test_menu_search_gives_the_same_answer_as_the_command(
    run: Run, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "社保卡密码忘了"
    command = run("search", query)
    assert command.code == 3
    assert "没有找到能确切回答" in command.err and "12393" in command.err
    session.catalogue.cache_clear()
    script = Script(monkeypatch, pick("搜索…"), typed(query), pick("← 返回菜单"), pick("退出"))
    menu.run()
    said = capsys.readouterr().err
    for line in command.err.removeprefix("错误：").splitlines():
        assert line.strip() in said, line  # the same words: nothing answers it, whom to call
    offered = script.shown[2]
    assert offered.message.startswith("这些可能相关（不一定能回答您的问题）")


def test_guide_without_an_id_off_a_terminal_lists_the_wizards(run: Run) -> None:
    result = run("guide")
    assert result.code == 2
    assert result.out == ""
    assert "yibao guide replace-card" in result.err
    assert "replace-card" in result.err and "transfer" in result.err


def test_back_to_menu_is_not_an_error() -> None:
    assert not issubclass(prompt.BackToMenu, KeyboardInterrupt)
