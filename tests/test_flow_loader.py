"""Bad flows: every mistake a flow author can make is reported with file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import Run

FLOW = "flows/alpha.yaml"


def edit(root: Path, old: str, new: str, name: str = FLOW) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(run: Run, root: Path) -> str:
    result = run("validate", str(root))
    assert result.code == 4, result.out
    assert "Traceback" not in result.err
    return result.err


def test_the_test_flow_is_valid(run: Run, catalogue_copy: Path) -> None:
    assert run("validate", str(catalogue_copy)).code == 0


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "      - goto: reported\n",
            "      - goto: nowhere\n",
            "flows/alpha.yaml:15: questions[0].next[0].goto: 引用了不存在的 'nowhere'",
        ),
        (
            "{value: other, label: 其他, goto: refused}",
            "{value: other, label: 其他, goto: refuse}",
            "flows/alpha.yaml:13: questions[0].options[2].goto: 引用了不存在的 'refuse'",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [first, {id: wiat, when: {how: office}}]",
            "flows/alpha.yaml:69: outcomes[0].steps[1]: 引用了不存在的 'wiat'",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [first, {id: wait, when: {how: office}, done: {nope: x}}]",
            "outcomes[0].steps[1].done",
        ),
        (
            "    facts: [fee]\n    notes: [0]",
            "    facts: [{id: fee, done: {how: office}}]\n    notes: [0]",
            "outcomes[0].facts[0].done: 只有步骤可以写 done（这里是 facts）",
        ),
        (
            "    facts: [fee]\n    notes: [0]",
            "    facts: [fees]\n    notes: [3]",
            "outcomes[0].facts[0]: 引用了不存在的 'fees'",
        ),
        (
            "    facts: [fee]\n    notes: [0]",
            "    facts: [fee]\n    notes: [3]",
            "outcomes[0].notes[0]: 引用了不存在的 3",
        ),
        (
            "      - hotline\n",
            "      - fax\n",
            "flows/alpha.yaml:72: outcomes[0].channels[1]: 办事项目 alpha 没有 via: fax 的渠道",
        ),
        (
            "      - {via: app, when: {apps: app}}",
            "      - {via: app, nth: 2, when: {apps: app}}",
            "outcomes[0].channels[0].nth: nth 超出范围：app 在办事项目中只有 1 个渠道",
        ),
        (
            "    related: [beta]",
            "    related: [gamma]",
            "outcomes[1].related[0]: 引用了不存在的 'gamma'",
        ),
        (
            "      - goto: done\n",
            "      - goto: kind\n",
            "flows/alpha.yaml:7: questions[0]: "
            "路线有循环：kind → reported → apps → how → day → kind",
        ),
        (
            "      - goto: done\n",
            "      - goto: refused\n",
            "flows/alpha.yaml:67: outcomes[0].id: 'done' 从第一个问题出发无法到达",
        ),
        (
            "    next:\n      - goto: day\n",
            "    next:\n      - when: {how: office}\n        goto: day\n",
            "flows/alpha.yaml:48: questions[4]: 问题 'how' 缺少默认路线",
        ),
        (
            "      - goto: reported\n",
            "      - goto: reported\n      - goto: age\n",
            "flows/alpha.yaml:16: questions[0].next[1]: 这条路线永远用不到",
        ),
        (
            "      - when: {kind: broken}\n",
            "      - when: {how: broken}\n",
            "questions[1].next[0].when.how: 条件用到的 'how' 不会在 'reported' 之前问到",
        ),
        (
            "      - when: {kind: broken}\n",
            "      - when: {kind: brokn}\n",
            "flows/alpha.yaml:22: questions[1].next[0].when.kind: 'brokn' 不是这个问题的有效回答，"
            "可取：broken | lost | other",
        ),
        (
            "      - when: {kind: broken}\n",
            "      - when: {kind: yes}\n",
            "questions[1].next[0].when.kind: "
            "YAML 把 yes、no、true、false 读成是/否；选项值要加引号",
        ),
        (
            "      - when: {kind: broken}\n",
            "      - when: {kind: {lt: 3}}\n",
            "数值比较（lt/le/gt/ge）只能用于带 integer 校验的文本问题，'kind' 不是",
        ),
        (
            "      - when: {kind: broken}\n",
            "      - when: {nope: broken}\n",
            "questions[1].next[0].when.nope: 引用了不存在的 'nope'",
        ),
        (
            "    validator: {kind: integer, min: 16, max: 120}",
            "    validator: {kind: date}",
            "questions[2].validator.kind: 校验方式 'date' 不适用于这种问题",
        ),
        (
            "    validator: {kind: integer, min: 16, max: 120}",
            "    validator: {kind: pattern, pattern: '[0-9'}",
            "questions[2].validator.pattern: 正则表达式无效",
        ),
        (
            "    validator: {kind: integer, min: 16, max: 120}",
            "    validator: {kind: integer, min: 160, max: 120}",
            "时长范围无效：min=160，max=120",
        ),
        (
            "    default: office",
            "    default: home",
            "flows/alpha.yaml:54: questions[4].default: 默认值应为选项之一：office | online",
        ),
        (
            "    default: [phone]",
            "    default: phone",
            "questions[3].default: 默认值应为选项的列表",
        ),
        (
            "    default: today",
            "    default: tomorrow",
            "questions[5].default: 默认值应为 today 或 YYYY-MM-DD 日期",
        ),
        (
            "start: day",
            "start: how",
            "flows/alpha.yaml:5: start: start 'how' 应为一个日期（date）问题的 id",
        ),
        (
            "  - id: how\n    kind: select",
            "  - id: how\n    kind: radio",
            "questions[4].kind: 取值必须是 'select', 'checkbox', 'confirm', 'text' or 'date' 之一",
        ),
        (
            "  - id: how\n    kind: select",
            "  - id: how\n    kind: select\n    txet: 拼错了",
            "questions[4].txet: 未知字段",
        ),
        (
            "  - id: how\n",
            "  - id: kind\n",
            "flows/alpha.yaml:48: questions[4].id: id 'kind' 重复",
        ),
        (
            "  - id: refused\n",
            "  - id: Refused\n",
            "id 'Refused' 只能用小写字母、数字和连字符",
        ),
        (
            "      - {value: lost, label: 丢了}",
            "      - {value: lost, label: 丢了, goto: done}\n      - {value: lost, label: 又丢了}",
            "questions[0].options[1].value: id 'lost' 重复",
        ),
        (
            "      - {value: phone, label: 电话}",
            "      - {value: phone, label: 电话, goto: how}",
            "questions[3].options[0].goto: 只有单选题（select）的选项可以写 goto",
        ),
        (
            "    text: 挂失了吗？\n",
            "    text: 挂失了吗？\n    options: [{value: a, label: 甲}]\n",
            "questions[1].options: confirm 问题不能有选项",
        ),
        (
            "procedure: alpha",
            "procedure: beta",
            "flows/alpha.yaml:2: procedure: id 'beta' 与文件名 'alpha' 不一致",
        ),
        (
            "procedure: alpha",
            "procedure: gamma",
            "flows/alpha.yaml:2: procedure: 引用了不存在的 'gamma'",
        ),
        (
            "    verdicts:\n",
            "    verdict:\n",
            "outcomes[1].verdict: 未知字段",
        ),
        (
            "tier: 经验, tone: stop}",
            "tier: 经验, tone: no}",
            "outcomes[1].verdicts[0].tone: 取值必须是 'ok', 'stop' or 'caution' 之一",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [{id: first, done_by: kind}, {id: wait, when: {how: office}}]",
            "steps[0].done_by: done_by 'kind' 应为一个日期（date）问题的 id",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [first, {id: wait, when: {how: office}}]\n    at_window: {zh: 我要补办, en: 1}",
            "at_window",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [first, {id: wait, when: {how: office}}]\n"
            "    at_window_if: [{when: {how: pigeon}, text: 我替家人来办}]",
            "at_window_if[0].when",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [first, {id: wait, when: {how: office}}]\n"
            "    at_window_if: [{text: 我替家人来办}]",
            "at_window_if[0].when: 缺少必填字段",
        ),
        (
            "steps: [first, {id: wait, when: {how: office}}]",
            "steps: [first, {id: wait, when: {how: office}}]\n"
            "    treated_in: {question: how, call: [hotline-12393]}",
            "treated_in.question: treated_in 'how' 应为一个带 region 校验的 text 问题的 id",
        ),
    ],
)
def test_flow_mistakes(run: Run, catalogue_copy: Path, old: str, new: str, expected: str) -> None:
    edit(catalogue_copy, old, new)
    assert expected in problems(run, catalogue_copy)


def test_empty_flow_file(run: Run, catalogue_copy: Path) -> None:
    (catalogue_copy / FLOW).write_text("", encoding="utf-8")
    assert "flows/alpha.yaml: 文件为空" in problems(run, catalogue_copy)


def test_flow_yaml_syntax_error(run: Run, catalogue_copy: Path) -> None:
    (catalogue_copy / FLOW).write_text("procedure: alpha\nquestions: [\n", encoding="utf-8")
    assert "flows/alpha.yaml:3: YAML 语法错误" in problems(run, catalogue_copy)


def test_flow_missing_fields(run: Run, catalogue_copy: Path) -> None:
    (catalogue_copy / FLOW).write_text("procedure: alpha\n", encoding="utf-8")
    err = problems(run, catalogue_copy)
    assert "flows/alpha.yaml:1: task: 缺少必填字段" in err
    assert "questions: 缺少必填字段" in err


def test_unreachable_question(run: Run, catalogue_copy: Path) -> None:
    edit(catalogue_copy, "      - goto: reported\n", "      - goto: apps\n")
    err = problems(run, catalogue_copy)
    assert "questions[1].id: 'reported' 从第一个问题出发无法到达" in err
    assert "questions[2].id: 'age' 从第一个问题出发无法到达" in err


def test_note_ids_are_unique(run: Run, catalogue_copy: Path) -> None:
    edit(
        catalogue_copy,
        "    text: 不要外借\n    tier: 全国\n",
        "    text: 不要外借\n    tier: 全国\n    id: lend\n"
        "  - {id: lend, text: 又一条, tier: 经验}\n",
        "procedures/alpha.yaml",
    )
    assert "notes[1].id: id 'lend' 重复" in problems(run, catalogue_copy)


def test_notes_by_id(run: Run, catalogue_copy: Path) -> None:
    edit(
        catalogue_copy,
        "  - kind: caution\n    text: 不要外借\n",
        "  - kind: caution\n    id: lend\n    text: 不要外借\n",
        "procedures/alpha.yaml",
    )
    edit(catalogue_copy, "    notes: [0]", "    notes: [lend]")
    result = run(
        "--catalogue",
        str(catalogue_copy),
        "guide",
        "alpha",
        "--answer",
        "kind=broken",
        "--defaults",
    )
    assert result.code == 0, result.err
    assert "不要外借" in result.out
    edit(catalogue_copy, "    notes: [lend]", "    notes: [lent]")
    assert "outcomes[0].notes[0]: 引用了不存在的 'lent'" in problems(run, catalogue_copy)
    edit(catalogue_copy, "    notes: [lent]", "    notes: [0]")
    found = problems(run, catalogue_copy)
    assert "outcomes[0].notes[0]: 第 0 条注意事项（从 0 数）有 id，请写 lend" in found
    assert "flows/alpha.yaml:" in found


def test_a_bad_flow_stops_every_command(run: Run, catalogue_copy: Path) -> None:
    edit(catalogue_copy, "      - goto: reported\n", "      - goto: nowhere\n")
    result = run("--catalogue", str(catalogue_copy), "list")
    assert result.code == 4
    assert "flows/alpha.yaml:15" in result.err
