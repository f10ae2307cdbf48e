"""``yibao checklist``: golden text and Markdown, HTML for printing, files, and every bad input.

Regenerate the golden files with ``YIBAO_UPDATE_GOLDEN=1 pytest tests/test_checklist.py``.
"""

from __future__ import annotations

import datetime
import json
import shlex
from pathlib import Path

import pytest
from rich.cells import cell_len

from helpers import FIXTURE, TRANSFER_OK, Run, answers, golden, procedure_ids
from helpers.script import Script, Shown, enter, pick
from yibao_cli.app import printout
from yibao_cli.catalogue import model
from yibao_cli.errors import Interrupted
from yibao_cli.regions import overlay
from yibao_cli.render.symbols import cjk
from yibao_cli.wizard.engine import walk
from yibao_cli.wizard.fitting import Fitted, fit
from yibao_cli.wizard.outcome import assemble

TODAY = datetime.date(2026, 9, 1)
GOLDEN = Path(__file__).parent / "golden" / "checklist"

REPLACE = [
    "for-whom=self",
    "situation=stolen",
    "reported=phone",
    "mode=in-person",
    "photo=unsure",
    "police=required",
]
TRANSFER = list(TRANSFER_OK)
CASES = {
    "replace-card": ("replace-card", REPLACE, "2026-09-25"),
    "transfer": ("transfer", TRANSFER, "2026-09-28"),  # just before the National Day holiday
}


pytestmark = pytest.mark.usefixtures("today")


def checklist(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("checklist", *args)
    assert "Traceback" not in result.err
    return result.code, result.out, result.err


def check_golden(name: str, text: str) -> None:
    golden(GOLDEN / name, text)


@pytest.mark.parametrize(
    ("name", "form", "extra"),
    [
        ("replace-card", "text", ()),
        ("replace-card", "markdown", ()),
        ("transfer", "text", ()),
        ("transfer", "markdown", ()),
        ("replace-card", "text", ("--ascii",)),
        ("transfer", "markdown", ("--region", "福州")),
    ],
)
def test_golden(run: Run, name: str, form: str, extra: tuple[str, ...]) -> None:
    flow, given, start = CASES[name]
    code, out, err = checklist(
        run, flow, *answers(*given), "--start", start, "--format", form, *extra
    )
    assert code == 0, err
    suffix = {"text": "txt", "markdown": "md"}[form]
    label = "".join(f"-{word.lstrip('-')}" for word in extra if word.startswith("--"))
    check_golden(f"{name}{label}.{suffix}", out)


def test_the_checklist_has_what_a_printout_needs(run: Run) -> None:
    code, out, err = checklist(
        run, "replace-card", *answers(*REPLACE), "--start", "2026-09-25", "--region", "福州"
    )
    assert code == 0, err
    for expected in (
        "医保卡挂失、补办、领取、激活 · 到窗口补办的清单",
        "☐ 1. 立即挂失 [经验·",  # steps and materials have boxes
        "☐ 报警回执或相关证明文件",
        "办理渠道（推荐的在前）",
        "当地联系方式",
        "福州市医疗保险管理中心 [属地 · 福州市（市级）·",  # the region's contacts
        "预计完成：2026年10月",  # dates from the timeline (after the National Day holiday)
        "内容核对日期：",
        "以当地医保部门规定为准。",
        "激活和使用医保电子凭证（医保码）",  # a related procedure, by its title
    ):
        assert expected in out, expected
    assert "yibao" not in out  # paper shows no commands


def test_the_command_in_the_data_prints_the_same_checklist(run: Run) -> None:
    first = checklist(run, "transfer", *answers(*TRANSFER), "--start", "2026-09-28", "-F", "json")
    words = shlex.split(json.loads(first[1])["command"])
    assert words[:3] == ["yibao", "checklist", "transfer"]
    code, second, err = checklist(run, *words[2:])
    assert code == 0, err
    assert second == first[1]


def test_without_answers_off_a_terminal_it_prints_the_general_checklist(run: Run) -> None:
    code, out, err = checklist(run, "replace-card")
    assert code == 0, err
    assert "医保卡挂失、补办、领取、激活 · 通用清单" in out
    assert "☐ 1. 立即挂失" in out  # every step, the conditional ones marked
    assert "仅在“挂失了吗？”答“还没有挂失”或“只打电话挂失了（临时挂失）”时" in out
    assert "☐ 损坏的旧卡" in out
    assert "适用情形：当地补办要报警回执时" in out  # the catalogue's own condition
    for hint in ("通用清单", "--answer", "--defaults", "在终端里运行"):
        assert hint in err


@pytest.mark.parametrize("proc_id", procedure_ids())
def test_every_procedure_has_a_checklist_without_answers(
    run: Run, catalogue: model.Catalogue, proc_id: str
) -> None:
    code, out, err = checklist(run, proc_id)
    assert code == 0, err
    assert "☐ 1. " in out
    assert "yibao checklist" not in out or "重新生成这份清单" in out
    if catalogue.flow(proc_id) is not None:
        assert "通用清单" in out and "--defaults" in err


def test_the_general_checklist_as_json(run: Run) -> None:
    code, out, _ = checklist(run, "replace-card", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["general"] is True
    assert {step["id"] for step in data["steps"]} >= {"report-loss", "apply", "collect"}
    kinds = {(item["kind"], item["id"]) for item in data["conditions"]}
    assert ("step", "report-loss") in kinds
    assert ("material", "damaged-card") in kinds
    assert all(item["text"].startswith("仅在") for item in data["conditions"])


def test_some_answers_missing(run: Run) -> None:
    code, _, err = checklist(run, "replace-card", *answers("situation=lost"))
    assert code == 2
    assert "reported：挂失了吗？" in err
    assert "situation：" not in err


def test_defaults_fill_the_rest(run: Run) -> None:
    code, out, err = checklist(run, "replace-card", "--defaults", *answers("situation=damaged"))
    assert code == 0, err
    assert "坏了（卡还在，但不能用）" in out
    assert "递交日期：2026年9月1日（周二）" in out  # the default start date: today


def test_bad_answer(run: Run) -> None:
    code, _, err = checklist(run, "replace-card", *answers("situation=burnt"), "--defaults")
    assert code == 2
    assert "situation=burnt" in err


def test_unknown_question(run: Run) -> None:
    code, _, err = checklist(run, "replace-card", *answers("colour=red"))
    assert code == 2
    assert "colour" in err


def test_bad_format(run: Run) -> None:
    code, out, err = checklist(run, "replace-card", "--defaults", "--format", "pdf")
    assert code == 2
    assert out == ""
    assert "不认识的格式：pdf" in err
    assert "text、markdown、html、json" in err


def test_format_aliases(run: Run) -> None:
    code, out, _ = checklist(run, "replace-card", "--defaults", "--format", "md")
    assert code == 0
    assert out.startswith("# ")


def test_start_date_errors(run: Run) -> None:
    code, _, err = checklist(run, "replace-card", "--defaults", "--start", "someday")
    assert code == 2
    assert "someday：看不出是哪一天" in err
    code, _, err = checklist(
        run,
        "replace-card",
        "--defaults",
        "--start",
        "2026-09-25",
        "--answer",
        "apply-date=2026-09-26",
    )
    assert code == 2
    assert "两个不同的日期" in err


def test_unknown_procedure(run: Run) -> None:
    code, _, err = checklist(run, "no-such-thing", "--defaults")
    assert code == 3
    assert err


def test_a_procedure_without_a_wizard_lists_everything(run: Run) -> None:
    # Every real procedure has a wizard; a catalogue may still have one without (beta).
    base = ("--catalogue", str(FIXTURE), "checklist", "beta")
    result = run(*base, "--start", "2026-09-25")
    assert result.code == 0, result.err
    assert result.out.startswith("乙流程\n")
    assert "按下一个工作日2026年9月28日（周一）受理起算" in result.out  # the Mid-Autumn holiday
    result = run(*base)
    assert result.code == 0
    assert "受理起算" not in result.out  # no start date, no dates
    result = run(*base, "--answer", "a=b")
    assert result.code == 2
    assert "没有向导问题" in result.err


def test_json_is_the_guide_shape(run: Run) -> None:
    args = [*answers(*TRANSFER), "--answer", "apply-date=2026-09-28"]
    code, out, err = checklist(run, "transfer", *args, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    guided = json.loads(run("guide", "transfer", *args, "--json").out)
    command = data.pop("command")
    assert command.startswith("yibao checklist transfer --answer for-whom=self --answer old")
    guided.pop("command")
    assert data == guided
    base = ("--catalogue", str(FIXTURE), "checklist", "beta")
    result = run(*base, "--format", "json", "--start", "2026-09-25")
    data = json.loads(result.out)
    assert data["id"] == "beta"
    assert data["timeline"]["start"] == "2026-09-25"
    assert data["command"].endswith("checklist beta --start 2026-09-25 --format json")


# Files: written once, never replaced without --force, clear errors.


def test_writes_a_file_and_never_overwrites_it(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "list.html"
    code, out, err = checklist(run, "replace-card", "--defaults", "-F", "html", "-o", str(target))
    assert code == 0, err
    assert out == ""
    assert f"清单已写入：{target}" in err
    first = target.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")
    target.write_text("mine", encoding="utf-8")
    code, _, err = checklist(run, "replace-card", "--defaults", "-F", "html", "-o", str(target))
    assert code == 2
    assert "文件已存在" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "mine"
    code, _, err = checklist(
        run, "replace-card", "--defaults", "-F", "html", "-o", str(target), "--force"
    )
    assert code == 0, err
    assert target.read_text(encoding="utf-8") == first


def test_an_existing_file_stops_before_any_work(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "list.txt"
    target.write_text("mine", encoding="utf-8")
    code, _, err = checklist(run, "replace-card", "-o", str(target))  # answers missing too
    assert code == 2
    assert "文件已存在" in err
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("where", "code", "message"),
    [
        ("missing/dir/list.txt", 3, "目录不存在"),
        ("a-file/list.txt", 3, "目录不存在"),
        (".", 2, "是一个目录"),
    ],
)
def test_unwritable_paths(run: Run, tmp_path: Path, where: str, code: int, message: str) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    result = run("checklist", "replace-card", "--defaults", "-o", str(tmp_path / where))
    assert result.code == code
    assert message in result.err
    assert "Traceback" not in result.err


def test_a_read_only_directory(run: Run, unwritable_dir: Path) -> None:
    result = run("checklist", "replace-card", "--defaults", "-o", str(unwritable_dir / "x.txt"))
    assert result.code == 1
    assert "没有权限" in result.err
    assert list(unwritable_dir.iterdir()) == []


def test_dash_means_stdout(run: Run) -> None:
    code, out, _ = checklist(run, "replace-card", "--defaults", "-o", "-")
    assert code == 0
    assert "☐ " in out


# Printer limits: 80 columns, and ASCII symbols only with --ascii.


def symbols(text: str) -> set[str]:
    """The characters neither ASCII nor Chinese text (ideographs, CJK or full-width punctuation)."""
    return {char for char in text if not (char.isascii() or cjk(char))}


def chinese(text: str) -> str:
    return "".join(char for char in text if cjk(char))


ALL = procedure_ids()


@pytest.mark.parametrize("proc", ALL)
@pytest.mark.parametrize("form", ["text", "markdown"])
def test_every_checklist_fits_80_columns_and_ascii_means_ascii(
    run: Run, proc: str, form: str
) -> None:
    base = [proc, "--defaults", "--start", "2026-09-25", "--region", "福州", "--format", form]
    code, fancy, err = checklist(run, *base)
    assert code == 0, err
    code, plain, err = checklist(run, *base, "--ascii")
    assert code == 0, err
    for text in (fancy, plain):
        widest = max(text.splitlines(), key=cell_len)
        assert cell_len(widest) <= 80, widest
    assert symbols(plain) == set(), plain
    for glyph in "☐☎⚠→·—–≈":
        assert glyph not in plain
    if form == "text" and "☐" in fancy:
        assert "[ ] " in plain
    # Only symbols change: the Chinese text is the same.
    assert chinese(plain) == chinese(fancy)


# HTML: self-contained, A4, no split steps, a large variant.


def test_html_is_self_contained_and_ready_for_a4(run: Run) -> None:
    code, out, err = checklist(
        run, "replace-card", *answers(*REPLACE), "--start", "2026-09-25", "-F", "html"
    )
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>")
    assert '<html lang="zh-CN">' in out
    assert "@page { size: A4;" in out
    assert "break-inside: avoid" in out
    assert '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"' in out
    for banned in ("<script", "<link", "<img", "url(", "@import", "src="):
        assert banned not in out.lower(), banned
    assert out.count('<span class="box">') >= 8
    assert "以当地医保部门规定为准。" in out
    large = checklist(
        run, "replace-card", *answers(*REPLACE), "--start", "2026-09-25", "-F", "html", "--large"
    )[1]
    assert "font-size: 20pt" in large and "font-size: 11pt" not in large
    assert "<pre>" not in large and "yibao" not in large  # paper shows no commands


def test_catalogue_text_is_escaped_in_html(run: Run, catalogue_copy: Path) -> None:
    proc = catalogue_copy / "procedures" / "beta.yaml"
    text = proc.read_text(encoding="utf-8")
    proc.write_text(
        text.replace("title: 乙流程", "title: 乙流程<script>x</script>", 1), encoding="utf-8"
    )
    result = run("--catalogue", str(catalogue_copy), "checklist", "beta", "-F", "html")
    assert result.code == 0, result.err
    assert "<script>" not in result.out
    assert "&lt;script&gt;" in result.out


# The wizard's outcome screen offers to save the checklist.


@pytest.fixture
def fitted_alpha(small_catalogue: model.Catalogue) -> tuple[Fitted, model.Flow]:
    cat = small_catalogue
    flow = cat.flow("alpha")
    assert flow is not None
    given = {
        "kind": "lost",
        "reported": "no",
        "age": "30",
        "apps": "phone,app",
        "how": "office",
        "day": "2026-09-02",
    }
    done = walk(flow, given, TODAY)
    proc = cat.procedure("alpha")
    assert proc is not None
    view = overlay.view(cat, proc)
    return fit(view, assemble(flow, proc, done), cat), flow


def test_the_wizard_offers_to_save(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fitted_alpha: tuple[Fitted, model.Flow]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "yibao-alpha-2026-09-01.md").write_text("older", encoding="utf-8")
    script = Script(monkeypatch, pick("Markdown"), enter)
    printout.offer(*fitted_alpha, None)
    select, path = script.shown
    assert select.titles == ["不保存", "文本", "Markdown", "HTML（打印用）"]
    assert select.default == select.values[0]
    assert path.default == "~/yibao-alpha-2026-09-01-2.md"  # the existing file is kept
    assert (tmp_path / "yibao-alpha-2026-09-01.md").read_text(encoding="utf-8") == "older"
    saved = (tmp_path / "yibao-alpha-2026-09-01-2.md").read_text(encoding="utf-8")
    assert saved.startswith("# 甲流程 · 您的清单")
    assert "- [ ] 身份证 [全国]" in saved


def test_the_path_is_checked_before_saving(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fitted_alpha: tuple[Fitted, model.Flow]
) -> None:
    taken = tmp_path / "taken.html"
    taken.write_text("mine", encoding="utf-8")
    seen: list[object] = []

    def answer(shown: Shown) -> str:
        check = shown.extra["validate"]
        seen.extend([check(str(taken)), check(str(tmp_path / "no" / "x.html")), check("")])
        return str(tmp_path / "new.html")

    Script(monkeypatch, pick("HTML"), answer)
    printout.offer(*fitted_alpha, None)
    assert "文件已存在" in str(seen[0])
    assert "目录不存在" in str(seen[1])
    assert seen[2] == "请给出文件名"
    assert taken.read_text(encoding="utf-8") == "mine"
    assert (tmp_path / "new.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_not_saving(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fitted_alpha: tuple[Fitted, model.Flow]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    Script(monkeypatch, enter)
    printout.offer(*fitted_alpha, None)
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_saving_saves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fitted_alpha: tuple[Fitted, model.Flow]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    Script(monkeypatch, pick("文本"), lambda shown: KeyboardInterrupt())
    with pytest.raises(Interrupted):  # Ctrl-C ends the program as interrupted (exit 130)
        printout.offer(*fitted_alpha, None)
    assert list(tmp_path.iterdir()) == []


def test_answers_from_a_file(run: Run, tmp_path: Path) -> None:
    saved = run("guide", "transfer", *answers(*TRANSFER), "--answer", "apply-date=2026-09-28")
    assert saved.code == 0
    given = tmp_path / "answers.json"
    given.write_text(
        run("guide", "transfer", *answers(*TRANSFER), "-a", "apply-date=2026-09-28", "--json").out,
        encoding="utf-8",
    )
    code, out, err = checklist(run, "transfer", "--answers", str(given))
    assert code == 0, err
    assert out == checklist(run, "transfer", *answers(*TRANSFER), "--start", "2026-09-28")[1]


def test_help_lists_the_command(run: Run) -> None:
    result = run("--help")
    assert "checklist" in result.out
    result = run("checklist", "--help")
    assert result.code == 0
    for option in ("--format", "--output", "--large", "--ascii", "--start", "--defaults"):
        assert option in result.out


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs")
def test_a_directory_nobody_may_write(run: Run) -> None:
    # sysfs refuses new files even to root, so this runs wherever the tests do.
    result = run("checklist", "replace-card", "--defaults", "-o", "/sys/yibao-checklist.txt")
    assert result.code == 1
    assert "没有权限写入 /sys/yibao-checklist.txt" in result.err
    assert result.out == ""
    assert "Traceback" not in result.err


def test_the_markdown_parses_as_intended(run: Run) -> None:
    from markdown_it import MarkdownIt

    code, out, err = checklist(
        run, "replace-card", *answers(*REPLACE), "--start", "2026-09-25", "-F", "markdown"
    )
    assert code == 0, err
    page = MarkdownIt("commonmark").render(out)
    assert page.startswith("<h1>医保卡挂失、补办、领取、激活 · 到窗口补办的清单</h1>")
    assert page.count("<h2>") == out.count("\n## ")
    assert "<li>[ ] 1. 立即挂失 [经验·" in page  # a task item, not a nested ordered list
    assert "<li>[ ] 报警回执或相关证明文件" in page
    assert '<ol start="2">' not in page.split("<h2>去哪里办")[0]  # only click paths are lists
    assert "<li>拨打12333（或当地医保部门的挂失热线）</li>" in page
    assert "<strong>以当地医保部门规定为准。</strong>" in page
    assert "<pre>" not in page and "yibao" not in page  # paper shows no commands


def test_start_without_steps_to_date(run: Run) -> None:
    code, out, err = checklist(
        run, "transfer", "-a", "for-whom=self", "-a", "old-stopped=no", "--start", "2026-09-28"
    )
    assert code == 0, err
    assert "暂不符合转移条件" in out
    assert "--start 用不到" in err
    code, _, err = checklist(run, "balance", "--defaults", "--start", "2026-09-28")
    assert code == 0
    assert "balance 的向导不问递交日期" in err


def test_the_large_sheet_says_it_takes_up_to_two_pages(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "big.html"
    code, _, err = checklist(
        run, "replace-card", "--defaults", "--brief", "--large", "--format", "html",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert "（大字版，两页以内）" in page and "（一页纸）" not in page
    assert ".id {" in page and "white-space: nowrap" in page.split(".id {", 1)[1].split("}")[0]
