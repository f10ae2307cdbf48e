"""Interface strings in Chinese and English. Catalogue facts live in data/, never here."""

from __future__ import annotations

from collections.abc import Mapping

_lang = "zh"
LANGS = ("zh", "en")
"""The interface languages, as ``--lang`` and ``YIBAO_LANG`` spell them."""
_made: dict[str, tuple[str, dict[str, object]]] = {}

# key: (Chinese, English). Placeholders use str.format names.
STRINGS: dict[str, tuple[str, str]] = {
    # command line
    "app.help": (
        "医保卡办事指南：挂失补办、查卡号、查余额、参保地、转移接续、报销等。\n\n"
        "所有信息标注可信度（全国／属地／经验），以当地医保部门规定为准。\n\n"
        "在终端里直接运行 yibao，从菜单选一件事，一步步回答问题。",
        "A guide to China's medical insurance card procedures: replacing a card, finding "
        "its number or balance, moving cities, reimbursement.\n\nEvery claim is tagged "
        "national / local / reported; local rules prevail.\n\n"
        "Run yibao alone on a terminal to pick a task from a menu and answer step by step.",
    ),
    "cmd.list": ("列出全部办事项目", "List every procedure"),
    "cmd.show": (
        "查看一个办事项目的全部内容（步骤、材料、渠道、注意事项）",
        "Show a procedure: steps, materials, channels, notes",
    ),
    "cmd.channels": ("查看一个办事项目的办理渠道", "Show the channels of a procedure"),
    "cmd.shortcut": ("快捷查询：{id} 的办理渠道", "Shortcut: the channels of {id}"),
    "cmd.search": (
        "搜索：按中文词语、拼音或首字母、别名找办事项目，如 补办、buban、bb",
        "Search procedures by Chinese words, pinyin or initials, aliases or ids",
    ),
    "cmd.validate": (
        "检查数据目录（默认为内置目录）",
        "Check a catalogue directory (default: the built-in one)",
    ),
    "opt.json": ("以 JSON 输出，供脚本使用", "Print JSON for scripts"),
    "opt.region": (
        "所在地区：名称、省市连写或 6 位代码，如 杭州、浙江杭州、330100；"
        "不写时用默认地区（yibao config）",
        "Your region: a name, province and city together, or a 6-digit code, e.g. 杭州, "
        "浙江杭州, hangzhou, 330100; defaults to yibao config's region",
    ),
    "opt.kind": (
        "只看某类渠道：online 网上、phone 电话、offline 线下、app 手机应用",
        "Only one kind: online, phone, offline, app",
    ),
    "opt.catalogue": (
        "使用另一个数据目录（也可用环境变量 YIBAO_DATA）",
        "Use another catalogue directory (or set YIBAO_DATA)",
    ),
    "opt.debug": ("出错时显示完整的调用栈", "Show the full traceback on errors"),
    "opt.version": ("显示版本号", "Show the version"),
    "opt.lang": (
        "界面和内容的语言：zh 中文、en 英文（默认看 YIBAO_LANG，再看 LANG）",
        "Language of the interface and content: zh or en (default: YIBAO_LANG, then LANG)",
    ),
    "val.missing_en": (
        "{count} 处文字没有英文",
        "{count} catalogue texts have no English",
    ),
    "ui.list_sep": ("、", ", "),
    "ui.clause_sep": ("；", "; "),
    "ui.label_value": ("{label}：{value}", "{label}: {value}"),
    "ui.paren": ("（{text}）", " ({text})"),
    "val.all_en": ("每处文字都有英文", "Every catalogue text has English"),
    "arg.procedure": (
        "办事项目 id、别名或拼音，如 replace-card、补办、buban",
        "Procedure id, alias or pinyin, e.g. replace-card, 补办, buban",
    ),
    "arg.query": (
        "要找的内容，如 医保卡丢了、余额、yibaoka",
        "What to look for, e.g. 医保卡丢了, balance, yibaoka",
    ),
    "opt.limit": ("最多列出几个办事项目", "Show at most this many procedures"),
    "arg.validate_dir": ("要检查的数据目录", "The catalogue directory to check"),
    "col.id": ("ID", "ID"),
    "col.title": ("名称", "Title"),
    "col.summary": ("简介", "Summary"),
    "ui.valid": (
        "数据有效：{procedures} 个办事项目、{channels} 个渠道、{regions} 个地区、"
        "{flows} 个向导（{path}）",
        "Valid: {procedures} procedures, {channels} channels, {regions} regions, "
        "{flows} wizards ({path})",
    ),
    "err.prefix": ("错误：{message}", "Error: {message}"),
    "err.interrupted": ("已中断。", "Interrupted."),
    "err.unexpected": (
        "意外错误：{error}（加 --debug 查看详情）",
        "unexpected error: {error} (run with --debug for details)",
    ),
    "err.bad_kind": (
        "未知的渠道类型 {kind!r}，可选：{kinds}",
        "unknown channel kind {kind!r}; choose {kinds}",
    ),
    # rendering
    "tier.全国": ("全国", "national"),
    "tier.属地": ("属地", "local"),
    "tier.经验": ("经验", "reported"),
    "kind.online": ("网上", "Online"),
    "kind.phone": ("电话", "Phone"),
    "kind.offline": ("线下", "In person"),
    "kind.app": ("手机应用", "App"),
    "note.note": ("• ", "• "),
    "note.caution": ("⚠ 注意：", "⚠ Caution: "),
    "note.safety": ("⚠ 安全：", "⚠ Safety: "),
    "note.tip": ("提示：", "Tip: "),
    "days.same_day": ("当天", "same day"),
    "days.one": ("{n}个工作日", "{n} working days"),
    "days.range": ("{low}–{high}个工作日", "{low}–{high} working days"),
    "days.per_source": ("其中一种说法：{range}", "one source: {range}"),
    "ui.steps": ("办理步骤", "Steps"),
    "ui.materials": ("所需材料", "What to bring"),
    "ui.channels": ("办理渠道", "Where and how"),
    "ui.contacts": ("当地联系方式", "Local contacts"),
    "ui.facts": ("要点", "Key facts"),
    "ui.notes": ("注意事项", "Notes"),
    "ui.faq": ("常见问题", "Questions"),
    "ui.related": ("相关办事项目", "Related procedures"),
    "ui.q": ("问：{q}", "Q: {q}"),
    "ui.a": ("答：{a}", "A: {a}"),
    "ui.source": ("来源：{source}", "source: {source}"),
    "ui.condition": ("适用情形：{text}", "When: {text}"),
    "ui.step_materials": ("材料：{names}", "Bring: {names}"),
    "ui.step_channels": ("渠道：{names}", "Channels: {names}"),
    "ui.suits": ("适合：{text}", "Suits: {text}"),
    "ui.region_place": ("地区：{name}（{code}）", "Region: {name} ({code})"),
    "ui.region_configured": (
        "地区：{name}（{code}，默认地区，可用 yibao config 修改）",
        "Region: {name} ({code}, your default; change it with yibao config)",
    ),
    "ui.region_applied": (
        "已加入地方信息：{regions}；标有地名的条目来自当地。",
        "Local information added for {regions}; items marked with a place come from there.",
    ),
    "ui.region_national": (
        "未收录{region}的地方信息，以下为全国通用说明；请向当地医保经办机构确认。",
        "No local information for {region}: this is the national answer; "
        "confirm with the local medical insurance office.",
    ),
    "ui.origin": ("{name}（{level}）", "{name} ({level})"),
    "ui.legend": (
        "可信度：全国＝全国统一政策；属地＝各地不同，请向当地医保经办机构确认；经验＝用户或文章经验，非政策原文。",
        "Trust: national = the same everywhere; local = varies by city, confirm locally; "
        "reported = from users or articles, not a policy text.",
    ),
    "ui.reviewed": ("内容核对日期：{date}", "Content reviewed: {date}"),
    "ui.disclaimer": ("以当地医保部门规定为准。", "Local medical insurance rules prevail."),
    "ui.no_channels": ("没有符合条件的办理渠道。", "No channel matches."),
    # regions
    "level.province": ("省级", "province"),
    "level.city": ("市级", "city"),
    "level.county": ("区县级", "county"),
    "region.empty": ("地区不能为空", "the region is empty"),
    "region.bad_code": (
        "{query!r} 不是区划代码：区划代码为 6 位数字，如 330100",
        "{query!r} is not a region code: codes have 6 digits, e.g. 330100",
    ),
    "region.unknown": ("未找到地区 {query!r}", "no region called {query!r}"),
    "region.unknown_code": ("没有区划代码 {code}", "there is no region code {code}"),
    "region.parents": ("它的上级地区：", "Its parent regions:"),
    "region.did_you_mean": ("您是不是要找：", "Did you mean:"),
    "region.see_regions": (
        "可输入省、市、区县名称（如 杭州、浙江杭州、西湖区）或 6 位区划代码",
        "type a province, city or county name (e.g. 杭州, 浙江杭州, hangzhou) or a 6-digit code",
    ),
    "region.ambiguous": (
        "{query!r} 对应多个地区，请写得更具体：",
        "{query!r} matches several regions; be more specific:",
    ),
    "region.ambiguous_hint": (
        "可加上省市名（如 北京朝阳区、福州鼓楼区）或直接输入区划代码。",
        "Add the province or city (e.g. 北京朝阳区, 福州鼓楼区) or use the code.",
    ),
    "region.also": (
        "同名的还有：{names}；如指这些地区，请写全称或区划代码。",
        "Also called that: {names}; to mean one of those, use its full name or code.",
    ),
    "region.historical": (
        "{name} 是已撤销的历史区划，按其代码查找地方信息。",
        "{name} no longer exists; local information is looked up by its code.",
    ),
    "region.renamed": ("{name} 是旧称，现为 {now}。", "{name} is a former name; now {now}."),
    "region.period": ("（{start}–{end} 年使用）", "(in use {start}–{end})"),
    "region.no_stdnum": (
        "缺少 python-stdnum（行政区划数据），请重新安装 yibao",
        "python-stdnum (the region data) is missing; reinstall yibao",
    ),
    "region.no_data": (
        "无法读取行政区划数据 {path}（{reason}）",
        "cannot read the region data {path} ({reason})",
    ),
    "cmd.regions": (
        "列出收录了地方信息的地区，以及各自补充了什么",
        "List the regions with local information and what each adds",
    ),
    "ui.regions_intro": (
        "收录了以下 {n} 个地区的地方信息（选择下级地区时，上级地区的信息同样适用）：",
        "Local information is included for these {n} regions "
        "(a region's information also applies to the places inside it):",
    ),
    "ui.regions_none": ("数据目录中没有地方信息。", "The catalogue has no local information."),
    "ui.regions_parents": ("同时适用：{names}", "also applies: {names}"),
    "ui.regions_contacts": ("全地区联系方式 {n} 个", "{n} region-wide contact(s)"),
    "ui.regions_others": (
        "其他地区给出全国通用说明；可用 --region 或 yibao config set region 选择地区。",
        "Other regions get the national answer; choose yours with --region or "
        "yibao config set region.",
    ),
    "count.contacts": ("联系方式 {n}", "{n} contact(s)"),
    "count.channels": ("渠道 {n}", "{n} channel(s)"),
    "count.facts": ("要点 {n}", "{n} fact(s)"),
    "count.notes": ("注意事项 {n}", "{n} note(s)"),
    "count.faq": ("问答 {n}", "{n} question(s)"),
    "count.durations": ("办理时长 {n}", "{n} duration(s)"),
    "count.nothing": ("（无内容）", "(nothing)"),
    # explain-number
    "cmd.explain_number": (
        "解释号码：18 位社会保障号码（身份证号）、15 位旧号、9 位社保卡卡号、16 位医保卡号",
        "Explain a number: the 18-character social security (ID) number, an old 15-digit one, "
        "the 9-character card number, a 16-digit card number",
    ),
    "arg.number": (
        "要解释的号码（可含空格、连字符）；省略时从标准输入读取，不会留在命令历史里",
        "The number (spaces and hyphens allowed); left out, it is read from standard input, "
        "which keeps it out of the shell history",
    ),
    "num.prompt": ("请输入号码（不显示）：", "Number (not shown): "),
    "num.empty": ("请给出要解释的号码", "give the number to explain"),
    "num.number": ("号码：{number}（{length} 位）", "Number: {number} ({length} characters)"),
    "num.kind_line": ("类型：{name}", "Kind: {name}"),
    "num.kind.citizen-id": ("18 位号码", "18-character number"),
    "num.kind.citizen-id-15": ("15 位号码", "15-digit number"),
    "num.kind.card-number": ("9 位号码", "9-character number"),
    "num.kind.yibao-16": ("16 位号码", "16-digit number"),
    "num.kind.other": ("无法识别的号码", "unrecognised number"),
    "num.valid": (
        "检查结果：格式有效，各项检查均通过。",
        "Result: well-formed; every check passed.",
    ),
    "num.invalid": ("检查结果：号码无效。{reason}", "Result: not a valid number. {reason}"),
    "num.unchecked": (
        "这类号码本工具不做校验，只说明格式；请与卡面或官方渠道的查询结果核对。",
        "This kind of number is not checked here, only explained; compare it with your card "
        "or an official channel.",
    ),
    "num.unknown": (
        "无法识别这个号码的格式。",
        "This number's format is not recognised.",
    ),
    "num.checks": ("逐项检查", "Checks"),
    "num.label.length": ("长度", "Length"),
    "num.label.characters": ("字符", "Characters"),
    "num.label.date": ("出生日期", "Date of birth"),
    "num.label.region": ("地址码", "Address code"),
    "num.label.checksum": ("校验码", "Check character"),
    "num.skipped": (
        "{label}：未检查（前面的检查未通过）",
        "{label}: not checked (an earlier check failed)",
    ),
    "num.length_pass": ("{label}：{length} 位", "{label}: {length}"),
    "num.length_fail": (
        "{label}：有 {length} 位，应为 {expected} 位（多输或漏输了字符？）",
        "{label}: {length} characters, should be {expected} (one too many or too few?)",
    ),
    "num.characters_ok": (
        "{label}：前 17 位为数字，第 18 位为数字或 X",
        "{label}: the first 17 are digits, the 18th a digit or X",
    ),
    "num.digits_ok": ("{label}：全部为数字", "{label}: all digits"),
    "num.characters_bad_digit": (
        "{label}：第 {position} 位应为数字",
        "{label}: character {position} should be a digit",
    ),
    "num.characters_bad_digit_or_x": (
        "{label}：第 {position} 位应为数字或 X",
        "{label}: character {position} should be a digit or X",
    ),
    "num.date_pass": ("{label}：{date}", "{label}: {date}"),
    "num.date_impossible": (
        "{label}：{date} 不是有效日期",
        "{label}: {date} is not a real date",
    ),
    "num.date_future": ("{label}：{date} 晚于今天", "{label}: {date} is in the future"),
    "num.date_early": ("{label}：{date} 早于 1800 年", "{label}: {date} is before 1800"),
    "num.region_ok": ("{label}：{code} {name}", "{label}: {code} {name}"),
    "num.region_bad": (
        "{label}：{code} 不是已知的行政区划代码（已含历史区划）",
        "{label}: {code} is not a known region code (former ones included)",
    ),
    "num.checksum_pass": (
        "{label}：{actual}，与按 ISO 7064 MOD 11-2 算出的一致",
        "{label}: {actual}, as ISO 7064 MOD 11-2 gives",
    ),
    "num.checksum_fail": (
        "{label}不符：按前 17 位算出应为 {expected}，号码中是 {actual}",
        "{label} does not match: the first 17 give {expected}, the number has {actual}",
    ),
    "num.former_region": (
        "（历史区划，{start}–{end} 年使用）",
        " (former division, in use {start}–{end})",
    ),
    "num.findings": ("号码还说明", "What else it says"),
    "num.sex": ("性别：{sex}", "Sex: {sex}"),
    "num.sex_male": ("男（第 {position} 位为奇数）", "male (character {position} is odd)"),
    "num.sex_female": ("女（第 {position} 位为偶数）", "female (character {position} is even)"),
    "num.region_if": (
        "前 6 位 {code}：{name}",
        "First 6 digits {code}: {name}",
    ),
    "num.region_unknown": (
        "前 6 位 {code} 不是已知的行政区划代码",
        "The first 6 digits {code} are not a known region code",
    ),
    "num.card_typical": (
        "形式为 1 个字母加 8 位数字，与常见的卡号一致。",
        "One letter and 8 digits, as card numbers commonly are.",
    ),
    "num.card_atypical": (
        "不是常见的“1 个字母加 8 位数字”形式，请与卡面核对。",
        "Not the common one-letter-and-8-digits form; compare it with your card.",
    ),
    "num.layout": ("号码结构", "Layout"),
    "num.position": ("第 {n} 位", "Character {n}"),
    "num.positions": ("第 {first}–{last} 位", "Characters {first}–{last}"),
    "num.where": (
        "怎样查到自己的卡号：yibao show card-number",
        "How to find your card number: yibao show card-number",
    ),
    "num.privacy": (
        "号码已部分隐藏显示；yibao 不保存、不缓存、不记录您输入的号码。",
        "The number is shown masked; yibao does not store, cache or log it.",
    ),
    # settings
    "cmd.config": (
        "查看或修改设置（默认地区）",
        "Show or change settings (your default region)",
    ),
    "cmd.config_show": ("显示设置文件位置和全部设置", "Show the settings file and every setting"),
    "cmd.config_set": (
        "修改一项设置，如 yibao config set region 杭州",
        "Change a setting, e.g. yibao config set region 杭州",
    ),
    "cmd.config_unset": ("删除一项设置", "Remove a setting"),
    "arg.config_key": ("设置项，目前只有 region", "The setting; only region for now"),
    "arg.config_value": ("新值，如 杭州、330100", "The new value, e.g. 杭州, 330100"),
    "config.file": ("设置文件：{path}", "Settings file: {path}"),
    "config.region_unset": (
        "region（默认地区）：未设置。可用 yibao config set region 地区名 设置。",
        "region (default region): not set. Set it with yibao config set region NAME.",
    ),
    "config.region_is": (
        "region（默认地区）：{name}（{code}）",
        "region (default region): {name} ({code})",
    ),
    "config.saved": (
        "默认地区已设为 {name}（{code}），保存在 {path}",
        "Default region set to {name} ({code}), saved in {path}",
    ),
    "config.removed": ("已删除设置 {key}。", "Removed the setting {key}."),
    "config.was_unset": ("{key} 本来就没有设置。", "{key} was not set."),
    "config.unknown_key": (
        "没有名为 {key!r} 的设置项，可用：{keys}",
        "there is no setting called {key!r}; settings: {keys}",
    ),
    "config.unreadable": (
        "无法读取设置文件 {path}（{reason}）",
        "cannot read the settings file {path} ({reason})",
    ),
    "config.unwritable": (
        "无法写入设置文件 {path}（{reason}）",
        "cannot write the settings file {path} ({reason})",
    ),
    "config.corrupt": (
        "设置文件已损坏：{path}（{what}）",
        "the settings file is damaged: {path} ({what})",
    ),
    "config.not_object": ("内容应为 JSON 对象", "it should hold a JSON object"),
    "config.fix": (
        "请修正该文件，或删除它后重新设置（文件未被改动）。",
        "Fix the file, or delete it and set your settings again (the file was left as it is).",
    ),
    "config.bad_value": (
        "设置文件中的 {key} 无效（{path}）",
        "the setting {key} in {path} is not valid",
    ),
    "config.reset": (
        "请重新设置：yibao config set {key} 地区名，或 yibao config unset {key}",
        "Set it again with yibao config set {key} NAME, or run yibao config unset {key}",
    ),
    "config.stale_region": (
        "默认地区 {name}（{code}）已无法识别（{path}）",
        "the default region {name} ({code}) is no longer known ({path})",
    ),
    # saved cases (yibao cases, yibao case …)
    "cmd.cases": (
        "列出保存的案例：每件事的下一步和预计日期，逾期的标出",
        "List saved cases: each one's next step and its expected date, overdue ones marked",
    ),
    "cmd.case": (
        "跟进一个保存的案例：show 查看、done 标记完成、resume 修改回答、close 结束、delete 删除",
        "Follow a saved case: show, done, resume, close, delete",
    ),
    "cmd.case_show": ("查看一个案例的每一步和预计日期", "Show a case's steps and expected dates"),
    "cmd.case_done": (
        "把一个案例的某一步标记为已完成（步骤编号或序号）",
        "Mark a step of a case done (its id or number)",
    ),
    "cmd.case_resume": (
        "重新打开案例的向导（在检查回答页），修改后保存",
        "Reopen a case's wizard at the review screen and save the changes",
    ),
    "cmd.case_close": (
        "结束一个案例（仍可用 --all 查看）",
        "Close a case (still shown with --all)",
    ),
    "cmd.case_delete": ("删除一个案例", "Delete a case"),
    "arg.case_name": ("案例名称", "The case's name"),
    "arg.case_step": ("步骤编号或显示的序号", "The step's id or the number shown"),
    "opt.yes": ("不再确认，直接删除", "Do not ask for confirmation"),
    "opt.done_on": (
        "哪天办完的（默认今天），如 2026-11-20",
        "The day it was done (default: today), e.g. 2026-11-20",
    ),
    "opt.save": (
        "把结果保存为案例（起一个简短的名称），以后用 yibao cases 跟进",
        "Save the result as a case with this short name; follow it with yibao cases",
    ),
    "opt.cases_all": ("也列出已结束的案例", "Include closed cases"),
    "opt.cases_purge": (
        "删除全部案例（先确认；加 --yes 不再确认）",
        "Delete every case (asks first; --yes to skip)",
    ),
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
        "Delete all {count} cases ({path})? This cannot be undone.",
    ),
    "case.purged": (
        "已删除 {count} 个案例（以及 {copies} 个移开的损坏副本）",
        "Deleted {count} cases (and {copies} corrupted copies moved aside earlier)",
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
    "field.id": ("编号", "ID"),
    "field.alias": ("别名", "Alias"),
    "field.title": ("名称", "Title"),
    "field.summary": ("简介", "Summary"),
    "field.step": ("步骤", "Step"),
    "field.material": ("材料", "Material"),
    "field.channel": ("渠道", "Channel"),
    "field.fact": ("要点", "Fact"),
    "field.note": ("注意事项", "Note"),
    "field.faq": ("常见问题", "Question"),
    "search.where": ("{field}·{context}", "{field} · {context}"),
    "search.label": ("  {where}：", "  {where}: "),
    "search.hint": ("用 yibao show ID 查看详情", "Run yibao show ID for the details"),
    "search.none": (
        "没有找到与 {query!r} 相关的办事项目",
        "nothing matches {query!r}",
    ),
    "search.empty": ("请输入要搜索的内容", "type something to search for"),
    # reading and validating catalogues
    "yaml.unreadable": ("无法读取文件（{reason}）", "cannot read the file ({reason})"),
    "yaml.not_utf8": (
        "不是 UTF-8 编码的文本（第 {offset} 字节）",
        "not UTF-8 text (byte {offset})",
    ),
    "yaml.syntax": ("YAML 语法错误：{what}", "YAML syntax error: {what}"),
    "yaml.value": ("YAML 内容无法解析：{what}", "YAML value cannot be read: {what}"),
    "yaml.duplicate_key": ("键 {key!r} 重复出现", "key {key!r} appears twice"),
    "yaml.empty": ("文件为空", "the file is empty"),
    "schema.missing": ("缺少必填字段", "required field is missing"),
    "schema.unknown_field": (
        "未知字段（拼写错误？见 data/README.md）",
        "unknown field (a typo? see data/README.md)",
    ),
    "schema.choice": ("取值必须是 {expected} 之一", "must be one of {expected}"),
    "schema.mapping": ("应为映射（键: 值）", "should be a mapping (key: value)"),
    "schema.list": ("应为列表", "should be a list"),
    "schema.string": ("应为文本", "should be a string"),
    "schema.text": (
        "应为文本：字符串，或 {{zh: …, en: …}} 映射",
        "should be text: a string or a {{zh: …, en: …}} mapping",
    ),
    "schema.integer": ("应为整数", "should be a whole number"),
    "schema.date": ("应为日期，如 2026-11-23", "should be a date such as 2026-11-23"),
    "schema.recursive": (
        "包含循环引用（锚点指向自身）",
        "contains a cycle (an anchor that refers to itself)",
    ),
    "check.id_file": (
        "id {id!r} 与文件名 {stem!r} 不一致",
        "id {id!r} does not match the file name {stem!r}",
    ),
    "check.name_taken": ("{name!r} 已被 {other} 使用", "{name!r} is already used by {other}"),
    "check.bad_id": (
        "id {id!r} 只能用小写字母、数字和连字符",
        "id {id!r} may only use a-z, 0-9 and hyphens",
    ),
    "check.duplicate_id": ("id {id!r} 重复", "id {id!r} appears twice"),
    "check.bad_code": (
        "区划代码 {code!r} 应为 6 位数字",
        "region code {code!r} should be 6 digits",
    ),
    "check.unknown_ref": ("引用了不存在的 {ref!r}", "refers to {ref!r}, which does not exist"),
    "check.bad_range": (
        "时长范围无效：min={min}，max={max}",
        "invalid range: min={min}, max={max}",
    ),
    "check.parts_need_length": (
        "列出了 parts 时必须给出 length",
        "length is required when parts are listed",
    ),
    "check.bad_part": (
        "位置 {first}–{last} 无效：应在第 {after} 位之后、不超过第 {size} 位，且 first ≤ last",
        "positions {first}–{last} are invalid: they must come after {after}, "
        "end by {size}, and first ≤ last",
    ),
    "cat.no_dir": ("找不到数据目录：{path}", "catalogue directory not found: {path}"),
    "cat.not_catalogue": (
        "{path} 不是 yibao 数据目录（缺少 procedures/ 子目录）",
        "{path} is not a yibao catalogue (no procedures/ folder)",
    ),
    "cat.invalid": (
        "数据有 {count} 处错误（{path}）：",
        "the catalogue has {count} problem(s) ({path}):",
    ),
    "cat.unknown_id": ("没有名为 {query!r} 的办事项目", "no procedure called {query!r}"),
    "cat.ambiguous": (
        "{query!r} 对应多个办事项目，请用 id 或更完整的说法",
        "{query!r} matches several procedures; use an id or say more",
    ),
    "cat.did_you_mean": ("您是不是要找：", "Did you mean:"),
    "cat.see_list": ("运行 yibao list 查看全部办事项目", "run yibao list to see every procedure"),
    "check.https": ("网址必须以 https:// 开头：{url}", "URLs must start with https://: {url}"),
    # timeline, dates and calendar files
    "cmd.timeline": (
        "按中国工作日日历（含法定节假日和调休）推算每一步的预计日期，可导出日历提醒",
        "Expected dates of each step on China's working-day calendar, with calendar reminders",
    ),
    "opt.start": (
        "开始（递交申请）日期，如 2026-09-28；默认为今天",
        "The day you apply, e.g. 2026-09-28 (default: today)",
    ),
    "opt.ics": (
        "把每个期限写成日历提醒（.ics 文件，可导入手机或电脑日历）；- 表示输出到标准输出",
        "Write each deadline as a calendar reminder (.ics file); - for stdout",
    ),
    "opt.force": ("覆盖已存在的文件", "Overwrite an existing file"),
    "wd.0": ("周一", "Mon"),
    "wd.1": ("周二", "Tue"),
    "wd.2": ("周三", "Wed"),
    "wd.3": ("周四", "Thu"),
    "wd.4": ("周五", "Fri"),
    "wd.5": ("周六", "Sat"),
    "wd.6": ("周日", "Sun"),
    "date.full": ("{y}年{m}月{d}日（{wd}）", "{wd} {iso}"),
    "date.short": ("{m}月{d}日（{wd}）", "{wd} {iso}"),
    "date.estimate": ("≈{date}", "≈{date}"),
    "date.range": ("{first}至{last}", "{first} to {last}"),
    "tl.title": ("{title}：预计时间", "{title}: expected dates"),
    "tl.start": ("递交日期：{date}", "Applied on: {date}"),
    "tl.accepted": (
        "{start}不是工作日，按下一个工作日{accepted}受理起算。",
        "{start} is not a working day: counting starts from the next one, {accepted}.",
    ),
    "tl.convention": (
        "计算方法：受理当天不计，“N个工作日”指受理后的第N个工作日；法定节假日不计，"
        "调休上班日计入；每一步在上一步结束当天开始。",
        "How dates are counted: the day of acceptance does not count; N working days end on "
        "the Nth working day after it; statutory holidays are skipped and make-up working "
        "days count; each step starts the day the previous one ends.",
    ),
    "tl.done": ("预计完成：{when}", "Expected done: {when}"),
    "tl.at": ("预计时间：{when}", "When: {when}"),
    "tl.total": (
        "全程约{days}，预计{when}完成",
        "In all about {days}, expected done {when}",
    ),
    "tl.no_steps": ("这个办事项目没有列出步骤。", "This procedure lists no steps."),
    "tl.no_durations": (
        "这个办事项目没有标注办理时长，各步骤都按当天计。",
        "This procedure gives no durations: every step is counted as the same day.",
    ),
    "tl.estimate": (
        "≈ 为估算日期：节假日数据（{source}）只覆盖{first}–{last}年，{years}年按周一至周五"
        "计算，未计入法定节假日和调休，实际日期多半更晚。",
        "≈ marks an estimate: the holiday data ({source}) covers {first}–{last} only, so "
        "{years} is counted Monday to Friday without statutory holidays or make-up days; "
        "the real date is likely later.",
    ),
    "tl.written": (
        "已写入日历文件：{path}（{count} 个提醒）",
        "Calendar file written: {path} ({count} reminders)",
    ),
    "ics.summary": ("【{procedure}】{step} 预计完成", "[{procedure}] {step}: expected done"),
    "ics.summary_estimate": (
        "【{procedure}】{step} 预计完成（估算）",
        "[{procedure}] {step}: expected done (estimate)",
    ),
    "ics.days": ("{step}：{days}。", "{step}: {days}."),
    "ics.when": (
        "自{accepted}受理起累计 {elapsed}，预计{when}完成。",
        "{elapsed} after acceptance on {accepted}: expected done {when}.",
    ),
    "ics.region": ("地区：{region}", "Region: {region}"),
    "ics.alarm": ("{step}：今天起可能办好，请留意通知。", "{step} may be done from today."),
    "ics.calname": ("医保办事提醒", "Medical insurance reminders"),
    "err.date_form": (
        "无法识别日期 {text!r}：请用 YYYY-MM-DD 格式，如 2026-09-28",
        "cannot read the date {text!r}: use YYYY-MM-DD, e.g. 2026-09-28",
    ),
    "err.date_day": (
        "日期 {text!r} 不存在，请检查月份和日",
        "the date {text!r} does not exist: check the month and day",
    ),
    "err.done_future": (
        "完成日期 {date} 在今天（{today}）之后：只能标记已经办完的步骤",
        "the day done, {date}, is after today ({today}): only steps already done can be marked",
    ),
    "err.date_range": (
        "开始日期 {date} 超出可推算范围：请用 {first} 至 {last} 之间的日期"
        "（节假日数据从 {first_year} 年开始；最多提前 {ahead} 年计划）",
        "the start date {date} is out of range: use a date from {first} to {last} "
        "(the holiday data starts in {first_year}; plans reach at most {ahead} years ahead)",
    ),
    "err.ics_json": (
        "--ics - 和 --json 都要写到标准输出，只能选一个；可改用 --ics 文件名",
        "--ics - and --json both write to stdout: pick one, or give --ics a file name",
    ),
    "err.ics_nothing": (
        "{title}没有需要等待的步骤，没有可写入日历的期限",
        "{title} has no step that takes time: there is no deadline to put in a calendar",
    ),
    "file.exists": (
        "文件已存在：{path}（加 --force 覆盖）",
        "the file exists: {path} (add --force to overwrite it)",
    ),
    "file.is_dir": ("{path} 是一个目录，请给出文件名", "{path} is a directory: give a file name"),
    "file.no_dir": ("目录不存在：{path}", "no such directory: {path}"),
    "file.denied": ("没有权限写入 {path}", "permission denied: cannot write {path}"),
    "file.failed": ("无法写入 {path}（{reason}）", "cannot write {path} ({reason})"),
    # printable checklists
    "cmd.checklist": (
        "生成可打印的清单（文本、Markdown、打印用 HTML 或 JSON），适合替家人打印",
        "A printable checklist (text, Markdown, print-ready HTML or JSON), e.g. for a relative",
    ),
    "opt.format": (
        "格式：text（文本）、markdown、html（打印用网页）或 json",
        "Format: text, markdown, html (a print-ready page) or json",
    ),
    "opt.output": (
        "写入文件（默认输出到标准输出；- 也表示标准输出）",
        "Write to a file (default: standard output; - also means stdout)",
    ),
    "opt.large": (
        "大字、高对比度，方便老年人阅读（html）",
        "Large type and high contrast, for elderly readers (html)",
    ),
    "opt.ascii": (
        "只用 ASCII 符号（[ ] 代替 ☐），适合没有这些符号字形的打印机（text、markdown）",
        "ASCII symbols only ([ ] instead of ☐), for printers without these glyphs",
    ),
    "opt.cl_defaults": (
        "没有回答的问题用默认回答",
        "Use the default answer for every question not answered",
    ),
    "cl.bad_format": (
        "不认识的格式：{value}；可用：{choices}",
        "unknown format: {value}; choose one of {choices}",
    ),
    "cl.missing": (
        "{id} 的清单要先回答向导的问题：用 --answer 问题=值 …、--answers 文件.yaml，"
        "或加 --defaults 用默认回答",
        "the {id} checklist needs the wizard's answers: give --answer key=value …, "
        "--answers FILE.yaml, or --defaults",
    ),
    "cl.start_twice": (
        "--start {start} 和 --answer {key}={value} 给出了两个不同的日期，请只给一个",
        "--start {start} and --answer {key}={value} give two different dates: give one",
    ),
    "cl.written": ("清单已写入：{path}", "Checklist written: {path}"),
    "cl.command": ("重新生成这份清单：", "To print this checklist again:"),
    "cl.where": ("去哪里办（推荐的在前）", "Where to go (best first)"),
    "cl.contacts": ("有问题找谁", "Whom to ask"),
    "cl.no_contacts": (
        "本清单没有当地联系方式：加 --region 地区 可列出已收录地区的联系方式；"
        "也可向当地医保经办机构咨询。",
        "No local contacts in this checklist: add --region to list those of a covered "
        "region, or ask the local medical insurance office.",
    ),
    "cl.takes": ("需要：{days}", "Takes: {days}"),
    "cl.page_title": ("{title}（清单）", "{title} (checklist)"),
    "cl.save": ("保存这份清单？", "Save this checklist?"),
    "cl.save_no": ("不保存", "Don't save"),
    "cl.save_text": ("文本", "Text"),
    "cl.save_markdown": ("Markdown", "Markdown"),
    "cl.save_html": ("HTML（打印用）", "HTML (for printing)"),
    "cl.save_path": ("保存到：", "Save to:"),
    "cl.save_failed": ("没有保存：{message}", "Not saved: {message}"),
    "cl.save_empty": ("请给出文件名", "give a file name"),
    "cl.start_unused": (
        "按您的回答，{id} 的清单没有要排日期的步骤，--start 用不到",
        "with these answers the {id} checklist has no steps to date: --start is not used",
    ),
    "cl.no_start": (
        "{id} 的向导不问递交日期，--start 不起作用",
        "the {id} wizard has no start date: --start is not used",
    ),
    "cl.no_questions": (
        "{id} 没有向导问题，清单列出全部内容；请去掉 --answer 和 --answers",
        "{id} has no wizard: its checklist lists everything; drop --answer and --answers",
    ),
    # flows: checks of the flow files
    "flow.start": (
        "start {id!r} 应为一个日期（date）问题的 id",
        "start {id!r} should be the id of a date question",
    ),
    "flow.no_questions": ("流程至少要有一个问题", "a flow needs at least one question"),
    "flow.no_options": (
        "选择题至少要有一个选项（options）",
        "a select or checkbox question needs options",
    ),
    "flow.goto_select": (
        "只有单选题（select）的选项可以写 goto",
        "only the options of a select question can have goto",
    ),
    "flow.options_kind": ("{kind} 问题不能有选项", "a {kind} question has no options"),
    "flow.route_after_default": (
        "这条路线永远用不到：前面已有不带 when 的默认路线",
        "this route is never used: an earlier route has no when",
    ),
    "flow.no_default_route": (
        "问题 {id!r} 缺少默认路线：在 next 最后加一条不带 when 的路线，或给每个选项写 goto",
        "question {id!r} has no default route: end next with a route without when, "
        "or give every option a goto",
    ),
    "flow.validator_kind": (
        "校验方式 {kind!r} 不适用于这种问题（text 用 integer 或 pattern，date 用 date）",
        "validator {kind!r} does not fit this question (text: integer or pattern; date: date)",
    ),
    "flow.bad_pattern": ("正则表达式无效：{why}", "invalid regular expression: {why}"),
    "flow.no_pattern": ("pattern 校验需要写 pattern", "a pattern validator needs a pattern"),
    "flow.default_select": (
        "默认值应为选项之一：{values}",
        "the default should be one of {values}",
    ),
    "flow.default_checkbox": (
        "默认值应为选项的列表，选项有：{values}",
        "the default should be a list of options: {values}",
    ),
    "flow.default_confirm": ("默认值应为 true 或 false", "the default should be true or false"),
    "flow.default_text": ("默认值应为文本或数字", "the default should be a text or a number"),
    "flow.default_date": (
        "默认值应为 today 或 YYYY-MM-DD 日期（加引号）",
        "the default should be today or a quoted YYYY-MM-DD date",
    ),
    "flow.cycle": ("路线有循环：{cycle}", "the routes go round in a circle: {cycle}"),
    "flow.unreachable": (
        "{id!r} 从第一个问题出发无法到达",
        "{id!r} cannot be reached from the first question",
    ),
    "flow.not_before": (
        "条件用到的 {ref!r} 不会在 {node!r} 之前问到",
        "the condition uses {ref!r}, which is never asked before {node!r}",
    ),
    "flow.numeric": (
        "数值比较（lt/le/gt/ge）只能用于带 integer 校验的文本问题，{ref!r} 不是",
        "number tests (lt/le/gt/ge) need a text question with an integer validator; "
        "{ref!r} is not one",
    ),
    "flow.empty_test": (
        "empty 只能用于多选题（checkbox），{ref!r} 不是",
        "empty only applies to checkbox questions; {ref!r} is not one",
    ),
    "flow.bad_value": (
        "{value!r} 不是这个问题的有效回答，可取：{values}",
        "{value!r} is not a possible answer here; use {values}",
    ),
    "flow.bool_value": (
        "YAML 把 yes、no、true、false 读成是/否；选项值要加引号，如 'yes'。可取：{values}",
        "YAML reads yes, no, true and false as booleans: quote option values, e.g. 'yes'. "
        "Use {values}",
    ),
    "flow.no_channel": (
        "办事项目 {proc} 没有 via: {ref} 的渠道",
        "procedure {proc} has no channel via {ref}",
    ),
    "flow.note_by_index": (
        "第 {ref} 条注意事项（从 0 数）有 id，请写 {id}：按序号引用，调整顺序后会指错",
        "note {ref} (counting from 0) has an id: write {id}, as an index points elsewhere "
        "once the notes are reordered",
    ),
    "flow.bad_nth": (
        "nth 超出范围：{ref} 在办事项目中只有 {count} 个渠道",
        "nth is out of range: the procedure has {count} channel(s) via {ref}",
    ),
    # flows: answers
    "answer.choose": ("请选择一个选项", "choose one of the options"),
    "answer.choose_many": (
        "请给出选项，多个用逗号分隔",
        "give options, separated by commas",
    ),
    "answer.not_an_option": ("{value!r} 不是可选的选项", "{value!r} is not one of the options"),
    "answer.yes_no": ("请回答 yes 或 no", "answer yes or no"),
    "answer.text": ("应为文本", "should be text"),
    "answer.empty": ("不能为空", "cannot be empty"),
    "answer.integer": ("请输入整数", "enter a whole number"),
    "answer.range": ("应在 {min} 到 {max} 之间", "should be from {min} to {max}"),
    "answer.pattern": ("格式不对", "this does not have the expected form"),
    "answer.date": (
        "日期格式应为 YYYY-MM-DD，如 2026-11-23",
        "dates are written YYYY-MM-DD, e.g. 2026-11-23",
    ),
    "answer.date_range": (
        "日期应在 {low} 到 {high} 之间",
        "the date should be from {low} to {high}",
    ),
    # flows: the wizard on a terminal
    "cmd.guide": (
        "向导：回答几个问题，得到适合您情况的办理清单",
        "Wizard: answer a few questions, get the checklist that fits your case",
    ),
    "arg.flow": (
        "有向导的办事项目 id 或别名，如 replace-card、补办",
        "A procedure with a wizard, by id or alias, e.g. replace-card",
    ),
    "opt.answer": (
        "回答一个问题：问题=值，如 situation=lost（可重复；多选用逗号分隔）",
        "Answer a question: key=value, e.g. situation=lost (repeatable; commas for several)",
    ),
    "opt.answers": (
        "从 YAML 文件读取回答（问题: 值）",
        "Read answers from a YAML file (key: value)",
    ),
    "opt.defaults": (
        "没有给出的回答一律用默认值（或第一个选项），不提问",
        "Take the default (or first) answer for anything not given, without asking",
    ),
    "opt.resume": ("继续上次中断的向导", "Continue the wizard you interrupted"),
    "wiz.yes": ("是", "yes"),
    "wiz.no": ("否", "no"),
    "wiz.none_chosen": ("（都不选）", "(none)"),
    "wiz.step": ("第 {n}/{total} 步", "Step {n}/{total}"),
    "wiz.back": ("← 返回上一步", "← Back"),
    "wiz.restart": ("↺ 重新开始", "↺ Start over"),
    "wiz.chosen_done": ("✓ 选好了（已选 {count} 项）", "✓ Done ({count} chosen)"),
    "wiz.select_hint": ("（↑↓ 选择，回车确认）", "(↑↓ to move, Enter to choose)"),
    "wiz.toggle_hint": (
        "（可多选：↑↓ 移动，回车勾选或取消，最后选“选好了”）",
        "(several allowed: ↑↓ to move, Enter to tick or untick, then Done)",
    ),
    "wiz.text_hint": ("（回车确认，Esc 返回上一步）", "(Enter to confirm, Esc to go back)"),
    "wiz.today": ("今天（{date}）", "today ({date})"),
    "wiz.keep_date": ("{date}", "{date}"),
    "wiz.other_date": ("输入其他日期…", "Another date…"),
    "wiz.date_prompt": ("日期（YYYY-MM-DD）", "Date (YYYY-MM-DD)"),
    "wiz.review": ("检查您的回答", "Check your answers"),
    "wiz.review_hint": (
        "（选择一项可修改；确认后显示结果）",
        "(choose an answer to change it, or confirm)",
    ),
    "wiz.confirm": ("✓ 没问题，查看结果", "✓ All correct: show the result"),
    "wiz.intro": (
        "每一步都可以返回上一步；按 Ctrl-C 退出时会保存回答。",
        "You can go back at every step; Ctrl-C quits and keeps your answers.",
    ),
    "wiz.menu": ("您想办什么事？", "What do you need to do?"),
    "wiz.quit": ("退出", "Quit"),
    "wiz.saved": (
        "已中断。回答已保存，继续请运行：{command}",
        "Interrupted. Your answers are saved; to continue, run: {command}",
    ),
    "wiz.unsaved": (
        "已中断。继续请运行：{command}",
        "Interrupted. To continue, run: {command}",
    ),
    "wiz.resume_available": (
        "上次有没答完的回答，要接着答请运行：{command}",
        "You have unfinished answers from last time; to continue, run: {command}",
    ),
    "wiz.no_flow": ("{id} 还没有向导", "{id} has no wizard yet"),
    "wiz.see_show": (
        "运行 yibao show {id} 查看全部内容；有向导的办事项目：",
        "Run yibao show {id} to see everything; procedures with a wizard:",
    ),
    "wiz.no_terminal": (
        "向导要在终端里回答问题，但现在没有终端；请在命令行上给出回答",
        "the wizard needs a terminal to ask questions, and there is none; "
        "give the answers on the command line",
    ),
    "wiz.noninteractive": (
        "不用终端时：yibao guide {id} --answer 问题=值 …（或 --answers 文件.yaml，或 --defaults）",
        "Without a terminal: yibao guide {id} --answer key=value … "
        "(or --answers FILE.yaml, or --defaults)",
    ),
    "wiz.missing": ("还缺 {count} 个回答", "{count} answer(s) missing"),
    "wiz.missing_item": ("{id}：{text}", "{id}: {text}"),
    "wiz.allowed": ("    可选：{values}", "    choose: {values}"),
    "wiz.free": ("    填写：{hint}", "    enter: {hint}"),
    "wiz.free_text": ("文本", "text"),
    "wiz.free_date": ("日期 YYYY-MM-DD 或 today", "a date YYYY-MM-DD or today"),
    "wiz.free_integer": ("整数", "a whole number"),
    "wiz.bad_answer": ("回答 {id}={value} 不对：{message}", "answer {id}={value}: {message}"),
    "wiz.unknown_question": (
        "{id} 的向导没有叫 {key!r} 的问题",
        "the {id} wizard has no question called {key!r}",
    ),
    "wiz.questions": ("问题有：{keys}", "Its questions: {keys}"),
    "wiz.bad_answer_arg": (
        "--answer 的格式应为 问题=值，如 situation=lost，而不是 {arg!r}",
        "--answer takes key=value, e.g. situation=lost, not {arg!r}",
    ),
    "wiz.unused": (
        "以下回答这次用不到（按您的其他回答不会问到）：{keys}",
        "Not used (your other answers skip these questions): {keys}",
    ),
    "wiz.no_resume": (
        "没有可以继续的 {id} 向导（没有找到 {path}）",
        "no interrupted {id} wizard to continue ({path} not found)",
    ),
    "wiz.answers_shape": (
        "回答文件 {path} 应是“问题: 值”的映射",
        "the answers file {path} should be a mapping of key: value",
    ),
    "wiz.answers_bad": ("无法读取回答文件：{problem}", "cannot read the answers file: {problem}"),
    "wiz.answers_not_found": ("找不到回答文件：{path}", "answers file not found: {path}"),
    "out.answers": ("您的回答", "Your answers"),
    "out.channels": ("办理渠道（推荐的在前）", "Where and how (best first)"),
    "out.related": ("另见", "See also"),
    "out.related_command": ("yibao {how} {id}", "yibao {how} {id}"),
    "out.command": (
        "不用再回答问题，直接得到这个结果：",
        "The same result without the questions:",
    ),
}


def lang_from_env(environ: Mapping[str, str]) -> str:
    """Choose the language from the environment, as when ``--lang`` is not given.

    ``YIBAO_LANG`` (``zh`` or ``en``) wins; then the first set of ``LC_ALL``, ``LC_MESSAGES``
    and ``LANG`` decides: ``en`` or ``en_*`` means English, anything else Chinese.

    Args:
        environ: The environment, e.g. ``os.environ``.

    Returns:
        ``"zh"`` or ``"en"``.
    """
    chosen = environ.get("YIBAO_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value == "en" or value.startswith(("en_", "en.", "en@")) else "zh"
    return "zh"


def set_lang(lang: str) -> None:
    """Choose the interface language (``zh`` or ``en``)."""
    global _lang
    _lang = "en" if lang == "en" else "zh"


def lang() -> str:
    """Return the interface language in use."""
    return _lang


def t(name: str, /, **values: object) -> str:
    """Return the interface string ``name`` in the current language, filled with ``values``."""
    zh, en = STRINGS[name]
    template = en if _lang == "en" else zh
    made = template.format(**values) if values else template
    _made[made] = (name, values)
    return made


def retranslate(made: str) -> str:
    """Return an interface string made earlier by ``t``, again in the current language.

    Help texts are made when the command tree is built; ``--lang`` uses this to redo them.
    Text that ``t`` did not make is returned unchanged.
    """
    if made not in _made:
        return made
    name, values = _made[made]
    return t(name, **values)
