"""``yibao guide`` without a terminal: answers on the command line or in a file, errors, JSON."""

from __future__ import annotations

import datetime
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURE, ROOT, Run, answers
from yibao_cli.wizard import answersfile

TODAY = datetime.date(2026, 9, 1)
FULL = [
    "kind=lost",
    "reported=no",
    "age=30",
    "apps=phone,app",
    "how=office",
    "day=2026-09-02",
]


pytestmark = pytest.mark.usefixtures("today")


def alpha(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--catalogue", str(FIXTURE), "guide", "alpha", *args)
    assert "Traceback" not in result.err
    return result.code, result.out, result.err


def test_answers_on_the_command_line(run: Run) -> None:
    code, out, err = alpha(run, *answers(*FULL))
    assert code == 0, err
    assert err == ""
    for expected in (
        "甲流程 · 您的清单  (alpha)",
        "您的回答",
        "哪一种情况？ 丢了",
        "您用哪些方式？ 电话、应用",
        "递交日期：2026年9月2日（周三）",
        "1. 第一步 [全国]",
        "2. 等待 [属地]  7–15个工作日",
        "预计完成：2026年9月11日（周五）至9月22日（周二）",  # 9月20日 is a make-up working day
        "☐ 身份证 [全国]",
        "手机应用 · 测试应用 [经验]",
        "费用：免费 [属地]",
        "⚠注意：不要外借 [全国]",
        "以当地医保部门规定为准。",
    ):
        assert expected in out, expected
    channels = out.split("办理渠道（推荐的在前）")[1]
    assert channels.index("测试应用") < channels.index("测试热线")  # the user uses the app


def test_alias_and_short_option(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "guide", "测试甲", "-a", "kind=other")
    assert result.code == 0, result.err
    assert "不符合条件：测试用的结论 [经验]" in result.out


def test_the_command_shown_gives_the_same_outcome(run: Run) -> None:
    code, out, _ = alpha(run, *answers("kind=broken"), "--defaults")
    assert code == 0
    lines = out.splitlines()
    again = lines[lines.index("不用再回答问题，直接得到这个结果：") + 1].strip()
    assert again == (
        f"yibao --catalogue {FIXTURE} guide alpha --answer kind=broken --answer reported=no "
        "--answer apps=phone --answer how=office --answer day=2026-09-01"
    )
    second = run(*shlex.split(again)[1:])
    assert second.code == 0
    assert second.out == out


def test_defaults_fill_what_is_not_given(run: Run) -> None:
    code, out, _ = alpha(run, "--defaults", *answers("age=20"))
    assert code == 0
    assert (
        "哪一种情况？ 丢了" in out and "怎么办理？ 窗口" in out and "哪天办理？ 2026-09-01" in out
    )


def test_defaults_cannot_guess_free_text(run: Run) -> None:
    code, _, err = alpha(run, "--defaults")
    assert code == 2
    assert "还缺 4 个回答" in err
    assert "age：您多少周岁？" in err
    assert "填写：整数 16–120" in err


def test_missing_answers_without_a_terminal(run: Run) -> None:
    code, out, err = alpha(run, *answers("kind=lost"))
    assert code == 2
    assert out == ""
    assert "向导要在终端里回答问题，但现在没有终端" in err
    assert "yibao guide alpha --answer 问题=值 …（或 --answers 文件.yaml，或 --defaults）" in err
    assert "reported：挂失了吗？" in err
    assert "可选：yes（是） | no（否）" in err
    assert "可选：phone（电话） | app（应用） | web（网站）" in err


@pytest.mark.slow
def test_no_terminal_never_hangs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "yibao_cli", "--catalogue", str(FIXTURE), "guide", "alpha"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert "没有终端" in done.stderr
    assert "kind：哪一种情况？" in done.stderr


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        ("kind=stolen", "回答 kind=stolen 不对：'stolen' 不是可选的选项"),
        ("kind=", "回答 kind= 不对：请选择一个选项"),
        ("age=old", "回答 age=old 不对：请输入整数"),
        ("age=12", "回答 age=12 不对：应在 16 到 120 之间"),
        ("apps=phone,fax", "回答 apps=phone,fax 不对：'fax' 不是可选的选项"),
        ("reported=maybe", "回答 reported=maybe 不对：请回答 yes 或 no"),
        ("day=2026-02-30", "回答 day=2026-02-30 不对：2026-02-30：2月没有30日"),
        ("day=2020-01-01", "日期应在 2026-08-02 到 2027-09-01 之间"),
    ],
)
def test_invalid_answers_are_named_with_what_is_allowed(run: Run, pair: str, expected: str) -> None:
    given = [item for item in FULL if item.split("=")[0] != pair.split("=")[0]]
    code, out, err = alpha(run, *answers(*given, pair))
    assert code == 2
    assert out == ""
    assert expected in err


def test_an_option_offered_only_after_other_answers(run: Run) -> None:
    code, _, err = alpha(run, *answers(*FULL[1:], "kind=broken", "apps=web"))
    assert code == 2
    assert "'web' 不是可选的选项" in err
    assert "可选：phone（电话） | app（应用）" in err  # no web for a broken card


def test_unknown_question(run: Run) -> None:
    code, _, err = alpha(run, *answers("knid=lost"))
    assert code == 2
    assert "alpha 的向导没有叫 'knid' 的问题" in err
    assert "问题有：kind、reported、age、apps、how、day" in err


@pytest.mark.parametrize("arg", ["kind", "=lost"])
def test_malformed_answer_argument(run: Run, arg: str) -> None:
    code, _, err = alpha(run, "--answer", arg)
    assert code == 2
    assert "--answer 的格式应为 问题=值" in err


def test_unused_answers_are_mentioned(run: Run) -> None:
    code, out, err = alpha(run, *answers("kind=other", "age=30"))
    assert code == 0
    assert "以下回答这次用不到（按您的其他回答不会问到）：age" in err
    assert "age" not in out.split("不用再回答问题")[1]


def test_procedure_without_a_wizard(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "guide", "beta")
    assert result.code == 3
    assert "beta 还没有向导" in result.err
    assert "alpha  测试甲向导" in result.err


def test_unknown_procedure(run: Run) -> None:
    result = run("--catalogue", str(FIXTURE), "guide", "alpah")
    assert result.code == 3
    assert "alpha  甲流程" in result.err


def test_region_overlays(run: Run) -> None:
    code, out, _ = alpha(run, *answers(*FULL), "--region", "福州")
    assert code == 0
    assert "地区：福建省福州市（350100）" in out
    assert "费用：十元 [属地 · 福州市（市级）]" in out
    assert "2. 等待 [属地]  1–3个工作日 [属地 · 福州市（市级）]" in out
    assert "福州测试中心" in out
    assert "--region 福州 --answer kind=lost" in out


def test_json_shape(run: Run) -> None:
    code, out, _ = alpha(run, *answers(*FULL), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1 and data["flow"] == "alpha" and data["lang"] == "zh"
    assert data["outcome"] == {"id": "done", "title": "您的清单"}
    assert data["answers"] == {
        "kind": "lost",
        "reported": False,
        "age": "30",
        "apps": ["phone", "app"],
        "how": "office",
        "day": "2026-09-02",
    }
    assert data["questions"][0] == {
        "id": "kind",
        "text": "哪一种情况？",
        "answer": "lost",
        "label": "丢了",
    }
    assert data["start"] == "2026-09-02"
    assert [step["id"] for step in data["steps"]] == ["first", "wait"]
    assert data["steps"][1]["range"] == {"min": 7, "max": 15}
    assert data["timeline"]["steps"][1]["ends"]["earliest"]["date"] == "2026-09-11"
    assert [m["id"] for m in data["materials"]] == ["id-card"]
    assert [c["via"] for c in data["channels"]] == ["app", "hotline"]
    assert data["facts"][0]["id"] == "fee" and data["notes"][0]["text"] == "不要外借"
    assert data["verdicts"] == [] and data["related"] == []
    assert data["command"].startswith("yibao --catalogue ")
    assert data["disclaimer"] == "以当地医保部门规定为准。"


def test_json_verdicts(run: Run) -> None:
    code, out, _ = alpha(run, *answers("kind=lost", "reported=yes", "age=70"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["outcome"]["id"] == "refused"
    assert data["verdicts"] == [
        {
            "text": "不符合条件：测试用的结论",
            "tier": "经验",
            "tone": "stop",
            "sources": [],
            "quote": None,
            "derived": None,
        },
        {
            "text": "六十岁以上的说明",
            "tier": "属地",
            "tone": "caution",
            "sources": [],
            "quote": None,
            "derived": None,
        },
    ]
    assert data["timeline"] is None and data["steps"] == []


def test_answers_file_gives_the_same_outcome(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(
        "kind: lost\nreported: no\nage: 30\napps: [phone, app]\nhow: office\nday: 2026-09-02\n",
        encoding="utf-8",
    )
    from_file = alpha(run, "--answers", str(path))
    from_args = alpha(run, *answers(*FULL))
    assert from_file[0] == 0
    assert from_file[1] == from_args[1]


def test_json_output_can_be_read_back(run: Run, tmp_path: Path) -> None:
    code, out, _ = alpha(run, *answers(*FULL), "--json")
    assert code == 0
    path = tmp_path / "outcome.json"
    path.write_text(out, encoding="utf-8")
    again = alpha(run, "--answers", str(path), "--json")
    assert again[0] == 0
    assert json.loads(again[1])["answers"] == json.loads(out)["answers"]


def test_command_line_answers_override_the_file(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("kind: lost\n", encoding="utf-8")
    code, out, _ = alpha(run, "--answers", str(path), *answers("kind=other"))
    assert code == 0
    assert "不能办理" in out


@pytest.mark.parametrize(
    ("content", "code", "expected"),
    [
        ("kind: [lost\n", 2, "answers.yaml:2: YAML 语法错误"),
        ("- kind\n- lost\n", 2, "应是“问题: 值”的映射"),
        ("kind: lost\nkind: other\n", 2, "键 'kind' 重复出现"),
        ("kind: yes\n", 2, "'yes' 不是可选的选项"),
    ],
)
def test_bad_answers_file(run: Run, tmp_path: Path, content: str, code: int, expected: str) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(content, encoding="utf-8")
    result = alpha(run, "--answers", str(path))
    assert result[0] == code
    assert expected in result[2]


def test_missing_answers_file(run: Run, tmp_path: Path) -> None:
    code, _, err = alpha(run, "--answers", str(tmp_path / "nope.yaml"))
    assert code == 3
    assert "找不到回答文件" in err


def test_resume_without_anything_to_resume(run: Run) -> None:
    code, _, err = alpha(run, "--resume")
    assert code == 3
    assert "没有可以继续的 alpha 向导" in err


def test_resume_file_is_read(run: Run) -> None:
    answersfile.save_resume("alpha", (("kind", "lost"), ("reported", False), ("apps", ("app",))))
    text = answersfile.resume_path("alpha").read_text(encoding="utf-8")
    assert text.startswith("# yibao guide alpha --resume\n")
    code, out, _ = alpha(run, "--resume", "--defaults", *answers("age=30"))
    assert code == 0
    assert "您用哪些方式？ 应用" in out


def test_no_arguments_without_a_terminal_shows_help(run: Run) -> None:
    result = run()
    assert result.code == 2
    assert "用法：yibao" in result.err
    assert "guide" in result.err


@pytest.mark.slow
def test_help_lists_the_options(run: Run) -> None:
    result = run("guide", "--help")
    assert result.code == 0
    for option in ("--answer", "--answers", "--defaults", "--resume", "--region", "--json"):
        assert option in result.out


def imported(*args: str, tmp_path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "yibao_cli", "--catalogue", str(FIXTURE), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.mark.slow
def test_one_shot_commands_do_not_load_the_wizard(tmp_path: Path) -> None:
    modules = imported("list", tmp_path=tmp_path)
    for name in (
        "questionary",
        "prompt_toolkit",
        "yibao_cli.wizard.engine",
        "yibao_cli.app.prompt",
    ):
        assert f" {name}\n" not in modules, name


@pytest.mark.slow
def test_answers_alone_do_not_load_questionary(tmp_path: Path) -> None:
    modules = imported("guide", "alpha", "--answer", "kind=other", tmp_path=tmp_path)
    assert " yibao_cli.wizard.engine\n" in modules
    assert " questionary\n" not in modules and " prompt_toolkit\n" not in modules


def test_a_saved_answer_that_no_longer_fits_is_asked_again(run: Run) -> None:
    saved = (("kind", "broken"), ("reported", True), ("apps", ("app",)), ("how", "online"))
    answersfile.save_resume("alpha", (*saved, ("day", "2020-01-01")))  # now out of range
    code, _, err = alpha(run, "--resume")
    assert code == 2
    assert "还缺 1 个回答" in err and "day：哪天办理？" in err
    code, out, _ = alpha(run, "--resume", "--defaults")
    assert code == 0
    assert "哪天办理？ 2026-09-01" in out
    code, _, err = alpha(run, "--resume", *answers("day=2020-01-01"))
    assert code == 2  # the same answer typed on the command line is an error
    assert "日期应在" in err


def test_the_missing_list_names_only_what_is_missing(run: Run) -> None:
    result = run("guide", "transfer", "--answer", "how=app", "--answer", "apply-date=today")
    assert result.code == 2
    assert "old-stopped" in result.err
    listed = [line.split("：")[0].strip() for line in result.err.splitlines()]
    assert "how" not in listed and "apply-date" not in listed


def test_the_resume_hint_keeps_the_language_and_region(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.script import Script, ctrl_c, pick
    from yibao_cli.app import context

    monkeypatch.setattr(context, "interactive", lambda: True)
    Script(monkeypatch, pick("My own"), ctrl_c)
    result = run("--lang", "en", "guide", "e-voucher", "--region", "福州")
    assert result.code == 130
    assert "yibao --lang en guide e-voucher --resume --region 福州" in result.err
