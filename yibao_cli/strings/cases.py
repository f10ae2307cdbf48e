"""Interface strings: saved cases (yibao cases, yibao case …)."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "case.none": (
        "还没有进行中的案例。在向导结束时保存，或用 yibao guide ID … --save 名称",
        "No open cases. Save one at the end of a wizard, or with yibao guide ID … --save NAME",
    ),
    "case.none_all": ("还没有保存的案例", "No saved cases"),
    "case.list_hint": (
        "用 yibao case show 名称 查看详情，yibao case done 名称 步骤 标记完成",
        "Run yibao case show NAME for details, yibao case done NAME STEP to mark a step done",
    ),
    "case.col_name": ("名称", "Name"),
    "case.col_flow": ("办事项目", "Procedure"),
    "case.col_next": ("下一步", "Next step"),
    "case.col_expected": ("预计完成", "Expected by"),
    "case.col_status": ("状态", "Status"),
    "case.status_open": ("进行中", "open"),
    "case.status_closed": ("已结束", "closed"),
    "case.status_finished": ("步骤都已完成", "all steps done"),
    "case.status_problem": ("需要处理", "needs attention"),
    "case.none_left": ("（没有了）", "(none left)"),
    "case.overdue": ("⚠ 已逾期", "⚠ overdue"),
    "case.next": ("下一步：{number}. {step}", "Next: {number}. {step}"),
    "case.also_waiting": (
        "；待遇等待期：预计从 {when} 起可以报销",
        "; waiting period: claims expected from {when}",
    ),
    "case.expected": ("（预计 {when} 完成）", " (expected by {when})"),
    "case.title": ("案例：{name}", "Case: {name}"),
    "case.closed_on": ("已于 {when} 结束", "Closed at {when}"),
    "case.done_on": ("✓ {day} 已完成", "✓ done on {day}"),
    "case.done_hint": (
        "办完后运行：yibao case done {name} {number}",
        "When it is done, run: yibao case done {name} {number}",
    ),
    "case.full": ("完整清单", "The full checklist"),
    "case.all_done": (
        "案例 {name} 的步骤都已完成；可以用 yibao case close {name} 结束它",
        "Every step of {name} is done; close it with yibao case close {name}",
    ),
    "case.marked": (
        "已标记完成：{name} 第 {number} 步 {step}",
        "Done: {name} step {number}, {step}",
    ),
    "case.marked_on": (
        "已标记完成：{name} 第 {number} 步 {step}（{day}）",
        "Done: {name} step {number}, {step} (on {day})",
    ),
    "case.already_done": (
        "{name} 第 {number} 步 {step} 早已标记完成",
        "{name} step {number}, {step}, was already done",
    ),
    "case.closed": ("案例 {name} 已结束", "Closed {name}"),
    "case.already_closed": ("案例 {name} 早已结束", "{name} was already closed"),
    "case.deleted": ("已删除案例 {name}", "Deleted {name}"),
    "case.delete_confirm": ("删除案例 {name} 及其全部记录？", "Delete {name} and its history?"),
    "case.purge_confirm": (
        "删除全部 {count} 个案例（{path}）？不能恢复。",
        (
            "Delete the {count} case ({path})? This cannot be undone.",
            "Delete all {count} cases ({path})? This cannot be undone.",
        ),
    ),
    "case.purged": (
        "已删除 {count} 个案例（以及 {copies} 个移开的损坏副本）",
        (
            "Deleted {count} case (and corrupted copies moved aside earlier: {copies})",
            "Deleted {count} cases (and corrupted copies moved aside earlier: {copies})",
        ),
    ),
    "case.confirm_no_terminal": (
        "删除前需要确认，但这里没有终端可以提问；确定要删除请加 --yes",
        "deleting needs a confirmation and there is no terminal to ask; add --yes if you are sure",
    ),
    "case.kept": ("没有删除任何内容", "Nothing was deleted"),
    "case.save_offer": ("保存为案例，以后跟进进度和日期？", "Save this as a case to follow later?"),
    "case.save_yes": ("保存", "Save"),
    "case.save_no": ("不保存", "Do not save"),
    "case.save_name": ("案例名称", "Case name"),
    "case.saved": (
        "已保存为案例 {name}；用 yibao cases 查看进度，yibao case show {name} 查看详情",
        "Saved as case {name}; see yibao cases, and yibao case show {name}",
    ),
    "case.not_saved": ("没有保存案例", "The case was not saved"),
    "case.updated": ("已更新案例 {name} 的回答", "Updated the answers of {name}"),
    "case.not_found": ("没有名为 {name} 的案例", "no case named {name}"),
    "case.names": ("已有案例：{names}", "Cases: {names}"),
    "case.exists": ("已经有名为 {name} 的案例", "a case named {name} already exists"),
    "case.exists_fix": (
        "换一个名称，或先删除旧的：yibao case delete {name}",
        "Choose another name, or delete the old one: yibao case delete {name}",
    ),
    "case.bad_name": (
        "案例名称 {name!r} 不能用：最多 {max} 个字，只用汉字、字母、数字和 - _ .，不以 - 开头",
        "case name {name!r} is not usable: up to {max} characters, letters, digits, - _ . "
        "only, not starting with -",
    ),
    "case.hidden_ambiguous": (
        "有几个案例显示为 {name}（名称里的号码已隐去），请用保存时的完整名称",
        "several cases show as {name} (the number in their names is hidden): use the full name "
        "they were saved with",
    ),
    "case.name_hidden": (
        "案例 {name} 的名称里像有身份证号或卡号，显示时已隐去；"
        "请改一个名称：yibao case rename '{name}' 新名称",
        "the name of case {name} looks like it holds an ID or card number, so it is shown "
        "hidden; give it another name: yibao case rename '{name}' NEW-NAME",
    ),
    "case.renamed": ("案例 {old} 已改名为 {name}", "case {old} is now called {name}"),
    "case.name_private": (
        "案例名称里像有身份证号或卡号；为了您的隐私，不能保存。请换一个名称",
        "the case name looks like it holds an ID or card number; for your privacy it cannot "
        "be saved. Choose another name",
    ),
    "case.answer_private": (
        "回答 {key} 里像有身份证号或卡号；案例不保存这类号码，请去掉后再保存",
        "answer {key} looks like it holds an ID or card number; cases never keep such "
        "numbers, remove it and save again",
    ),
    "case.no_step": ("案例 {name} 没有步骤 {step}", "case {name} has no step {step}"),
    "case.flow_gone": (
        "案例 {name} 的办事项目 {id} 已不在数据目录中，无法计算进度；"
        "可以用 yibao case delete {name} 删除它",
        "the procedure {id} of case {name} is no longer in the catalogue; "
        "delete the case with yibao case delete {name}",
    ),
    "case.stale": (
        "案例 {name} 的回答已不适用于 {id} 现在的向导（内容更新了）",
        "the answers of case {name} no longer fit the current {id} wizard",
    ),
    "case.stale_fix": (
        "在终端里运行 yibao case resume {name}，补答新的问题",
        "Run yibao case resume {name} on a terminal to answer what changed",
    ),
    "case.resume_no_terminal": (
        "yibao case resume {name} 要在终端里运行（它会打开向导）",
        "yibao case resume {name} needs a terminal (it opens the wizard)",
    ),
    "case.resume_instead": (
        "不用终端时，可用 yibao case show 名称 查看案例",
        "Without a terminal, see the case with yibao case show NAME",
    ),
    "case.resume_interrupted": (
        "已中断；案例 {name} 没有改动",
        "Interrupted; case {name} is unchanged",
    ),
    "case.db_moved": (
        "案例数据库 {path} 已损坏，无法读取；已把它移到 {moved}（没有删除），"
        "并新建了一个空的数据库",
        "the cases database {path} is corrupted; it was moved to {moved} (not deleted) "
        "and a new, empty one was started",
    ),
    "case.db_corrupt_stuck": (
        "案例数据库 {path} 已损坏，也无法移开（{reason}）；请检查该目录的权限",
        "the cases database {path} is corrupted and cannot be moved aside ({reason}); "
        "check the directory's permissions",
    ),
    "case.db_unwritable": (
        "无法写入案例数据库 {path}（{reason}）：磁盘可能已满或只读。已有的案例没有改动",
        "cannot write the cases database {path} ({reason}): the disk may be full or "
        "read-only. Existing cases are unchanged",
    ),
    "case.db_busy": (
        "案例数据库 {path} 正被另一个 yibao 占用，请稍后再试。没有任何改动",
        "the cases database {path} is busy in another yibao; try again. Nothing was changed",
    ),
    "case.db_failed": (
        "案例数据库 {path} 出错（{reason}）。已有的案例没有改动",
        "the cases database {path} failed ({reason}). Existing cases are unchanged",
    ),
    "case.db_newer": (
        "案例数据库 {path} 是新版 yibao 建的（版本 {version}，本版支持到 {latest}）；请升级 yibao",
        "the cases database {path} was made by a newer yibao (version {version}, this one "
        "knows up to {latest}); upgrade yibao",
    ),
    "case.db_waiting": (
        "案例数据库 {path} 正被另一个程序使用，等它结束（最多 {seconds} 秒，按 Ctrl-C 停止）……",
        "the cases database {path} is in use by another program; waiting for it (at most "
        "{seconds} s, Ctrl-C to stop)…",
    ),
    "case.row_skipped": (
        "案例 {name} 无法读取（{reason}），已跳过；其他案例不受影响",
        "the case {name} cannot be read ({reason}) and is left out; the others are fine",
    ),
    "case.row_bad": (
        "案例 {name} 在 {path} 里的记录已损坏，无法读取（{reason}）；可以用 yibao case delete "
        "{name} 删除它",
        "the record of the case {name} in {path} is damaged ({reason}); yibao case delete "
        "{name} removes it",
    ),
    "case.row_type": ("字段类型不对（{value}）", "a field of the wrong type ({value})"),
    "case.row_answers": ("回答不是 JSON 对象", "the answers are not a JSON object"),
    "case.marked_too": (
        "同时标记完成了前面的第 {numbers} 步（{day}）",
        "Also marked done the steps before it: {numbers} (on {day})",
    ),
    "case.undone": ("已撤销完成标记：{name} 第 {numbers} 步", "Undone: {name}, steps {numbers}"),
    "case.not_done": (
        "{name} 第 {number} 步 {step} 还没有标记完成，没有可撤销的",
        "{name} step {number}, {step}, is not marked done: nothing to undo",
    ),
    "case.reopened": ("案例 {name} 已重新打开", "Reopened {name}"),
    "case.not_closed": ("案例 {name} 没有结束，不用重新打开", "{name} is open already"),
    "case.kept_marks": (
        "保留了第 {numbers} 步的完成标记",
        "Kept the done marks of steps {numbers}",
    ),
    "case.cleared_marks": (
        "清除了 {steps} 的完成标记（新的清单里没有这一步，或早于案例开始的日期）",
        "Cleared the done marks of {steps} (no longer in the plan, or before the case's start)",
    ),
    "case.implied": (
        "按您的回答，第 {numbers} 步已经办了，已标记完成（{day}）",
        "From your answers these steps are done already, marked done on {day}: {numbers}",
    ),
    "case.actor_office": ("经办机构办理", "the office's work"),
    "case.waiting": ("等待中，预计 {when}", "Waiting, expected by {when}"),
    "case.late": (
        "已超过预计时间（{when}），可以打电话问进度",
        "Past the expected time ({when}): you can call and ask how it is going",
    ),
    "case.ask": ("问：{channels}", "Ask: {channels}"),
    "case.later": (
        "等前面的步骤办完：预计 {when}",
        "After the steps before it: expected by {when}",
    ),
    "case.later_undated": ("等前面的步骤办完", "After the steps before it"),
    "case.due_undated": ("该您办了", "Your move"),
    "case.wait_line": (
        "等待中：{number}. {step}，预计 {when}",
        "Waiting for: {number}. {step}, expected by {when}",
    ),
    "case.wait_line_undated": ("等待中：{number}. {step}", "Waiting for: {number}. {step}"),
    "case.late_line": (
        "等待中：{number}. {step}，已超过预计时间（{when}），可以打电话问进度",
        "Waiting for: {number}. {step}, past the expected time ({when}): call and ask",
    ),
    "case.ask_after": ("（问：{channels}）", " (ask: {channels})"),
    "case.status_in_waiting_period": ("待遇等待期中", "In the waiting period"),
    "case.status_waiting": ("等待经办机构", "waiting for the office"),
    "case.status_late": ("超过预计时间", "past the expected time"),
    "case.next_line": ("{name}：{text}", "{name}: {text}"),
    "case.no_open": ("没有进行中的案例", "No open cases"),
    "case.ics_nothing": (
        "案例 {name} 没有带日期的步骤，没有可写入日历的提醒",
        "{name} has no step with a date: there is nothing to put in a calendar",
    ),
    "case.done_hint_office": (
        "办好了（如收到通知）就运行：yibao case done {name} {number}",
        "When it is done (e.g. you are told so), run: yibao case done {name} {number}",
    ),
}
