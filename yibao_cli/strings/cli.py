"""Interface strings: the command line: help, options, arguments and what every page shares."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
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
    "cmd.sources": (
        "列出来源（政策文件、官方网页、网文、标准）及其核对日期，哪些已过期",
        "List the sources (policies, official pages, articles, standards), when each was "
        "checked and which checks have expired",
    ),
    "arg.sources_procedure": (
        "只列这个流程引用的来源（ID 或别名）",
        "Only the sources this procedure cites (ID or alias)",
    ),
    "opt.stale": ("只列核对已过期的来源", "Only the sources whose check has expired"),
    "opt.as_of": (
        "按这一天判断是否过期（默认今天），如 2030-01-01",
        "Judge expiry on this day (default: today), e.g. 2030-01-01",
    ),
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
    "ui.list_sep": ("、", ", "),
    "ui.item_sep": ("、", "; "),
    "ui.clause_sep": ("；", "; "),
    "ui.label_value": ("{label}：{value}", "{label}: {value}"),
    "ui.paren": ("（{text}）", " ({text})"),
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
    "ui.condition": ("适用情形：{text}", "Condition: {text}"),
    "ui.step_materials": ("材料：{names}", "Bring: {names}"),
    "ui.step_channels": ("渠道：{names}", "Channels: {names}"),
    "ui.way": ("（办法{n}/{total}，任选其一）", " (way {n} of {total}: use either)"),
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
    "ui.region_elsewhere": (
        "{region}收录的地方信息是关于{procedures}的，没有与这个办事项目有关的；以下为全国通用说明，"
        "请向当地医保经办机构确认。",
        "The local information for {region} is about {procedures}, none about this procedure: "
        "this is the national answer; confirm with the local medical insurance office.",
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
    "ui.regions_hotlines": (
        "各地都可拨打 12393 医保服务热线和 12333 人社热线；选择地区后给出带区号的号码"
        "（收录了 {n} 个市级地区的区号，含直辖市和省直辖县级行政区；另有 {unknown} 个未收录，"
        "见 data/area-codes.yaml）。",
        "The 12393 medical insurance and 12333 social security hotlines answer everywhere; "
        "choose a region to see them with its area code (known for {n} cities, with the "
        "municipalities and the counties under a province; {unknown} more are not known, see "
        "data/area-codes.yaml).",
    ),
    "ui.regions_contacts": (
        "全地区联系方式 {n} 个",
        ("{n} region-wide contact", "{n} region-wide contacts"),
    ),
    "ui.regions_others": (
        "其他地区给出全国通用说明；可用 --region 或 yibao config set region 选择地区。",
        "Other regions get the national answer; choose yours with --region or "
        "yibao config set region.",
    ),
    "count.contacts": ("联系方式 {n}", ("{n} contact", "{n} contacts")),
    "count.channels": ("渠道 {n}", ("{n} channel", "{n} channels")),
    "count.facts": ("要点 {n}", ("{n} fact", "{n} facts")),
    "count.notes": ("注意事项 {n}", ("{n} note", "{n} notes")),
    "count.faq": ("问答 {n}", ("{n} question", "{n} questions")),
    "count.durations": ("办理时长 {n}", ("{n} duration", "{n} durations")),
    "count.nothing": ("（无内容）", "(nothing)"),
    "cmd.estimate": (
        "估算能报多少：按您的数字逐步算出医保约付多少、自己约付多少",
        "Estimate how much the insurance pays for a bill, showing each step",
    ),
    "opt.estimate_bill": ("这次的费用合计（元），如 10000", "The whole bill in yuan, e.g. 10000"),
    "opt.estimate_outside": (
        "其中目录外（全自费）的部分（元）；不给时按 0 至账单总额计算",
        "The part outside the catalogue (目录外, yuan); left out: anything from 0 to the bill",
    ),
    "opt.estimate_class_b": (
        "其中乙类药品和项目的费用（元）；不给时按 0 至账单总额计算",
        "The 乙类 (Category B) costs in yuan; left out: anything from 0 to the bill",
    ),
    "opt.estimate_class_b_share": (
        "乙类先自付的比例，如 5%；不给时按 0–100% 计算",
        "The share of 乙类 costs paid first by you, e.g. 5%; left out: 0–100%",
    ),
    "opt.estimate_deductible": (
        "起付线（元），如 1300；不给时按 0 至账单总额计算",
        "The deductible (起付线) in yuan, e.g. 1300; left out: anything from 0 to the bill",
    ),
    "opt.estimate_deductible_used": (
        "今年之前已经用掉的起付线（元）；今年第一次看病写 0",
        "How much of the deductible earlier bills this year used; 0 for the first bill",
    ),
    "opt.estimate_ratio": (
        "起付线以上部分的支付比例，如 85%；不给时按 0–100% 计算",
        "The payment ratio above the deductible, e.g. 85%; left out: 0–100%",
    ),
    "opt.estimate_cap": (
        "一年的封顶线（元）；none 表示没有或肯定达不到",
        "The annual cap (封顶线) in yuan; none when there is none or it cannot be reached",
    ),
    "opt.estimate_cap_used": (
        "今年医保已经支付、计入封顶线的金额（元）",
        "What the fund already paid this year towards the cap, in yuan",
    ),
    "opt.estimate_setting": (
        "inpatient 住院（默认）或 outpatient 门诊",
        "inpatient (default) or outpatient",
    ),
    "opt.estimate_level": (
        "医院等级：primary 一级或社区、secondary 二级、tertiary 三级、unknown 不知道",
        "Hospital level: primary (level 1 or community), secondary, tertiary, unknown",
    ),
    "opt.estimate_elsewhere": (
        "在哪里看的病：home 参保地（默认）、long-term 外地长期备案、referral 外省转诊转院、"
        "emergency 外省急诊抢救、other 外省其他临时外出",
        "Where you were treated: home (default), long-term (a long-term filing elsewhere), "
        "referral, emergency or other (temporary care in another province)",
    ),
    "opt.estimate_form": (
        "临时外出就医怎么少报：cut 降比例、first-pay 先自付、unknown 不知道（两种都算）",
        "How temporary care elsewhere is paid less: cut (a lower ratio), first-pay "
        "(先自付, a share paid first) or unknown (both shown)",
    ),
    "opt.estimate_cut": (
        "降低几个百分点，如 10；不给时按 0 至全国上限计算",
        "The cut in percentage points, e.g. 10; left out: 0 up to the national limit",
    ),
    "opt.estimate_first_pay": (
        "个人先自付的比例，如 20%",
        "The share you pay first (先自付), e.g. 20%",
    ),
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
    "cmd.config_reset": (
        "把设置文件移到一旁（保留原文件）并从空白设置开始，如文件已损坏",
        "Move the settings file aside (it is kept) and start with none, e.g. when it is damaged",
    ),
    "arg.config_key": ("设置项，目前只有 region", "The setting; only region for now"),
    "arg.config_value": ("新值，如 杭州、330100", "The new value, e.g. 杭州, 330100"),
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
    "cmd.case_rename": ("给一个案例改名", "Give a case another name"),
    "arg.case_new_name": ("新的案例名称", "The case's new name"),
    "arg.case_name": ("案例名称", "The case's name"),
    "arg.case_next": (
        "只看这个案例（不写则列出全部进行中的案例）",
        "Only this case (all open cases when left out)",
    ),
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
    "field.question": ("常见问法", "Typical question"),
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
    "cmd.guide": (
        "向导：回答几个问题，得到适合您情况的办理清单",
        "Wizard: answer a few questions, get the checklist that fits your case",
    ),
    "opt.brief": (
        "一页纸：现在就做的几步、要带的材料、去哪里、打哪个电话、到窗口怎么说",
        "One page: the next steps, what to bring, where to go, whom to call, what to say",
    ),
    "opt.cl_json": ("同 --format json：清单作为 JSON 数据", "Same as --format json"),
    "arg.guide": (
        "有向导的办事项目 id 或别名，如 replace-card、补办；不给时在终端上打开菜单",
        "A procedure with a wizard, by id or alias, e.g. replace-card; none opens the menu",
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
    "out.answers": ("您的回答", "Your answers"),
    "out.format.text": ("纯文本", "Plain text"),
    "out.format.markdown": ("Markdown", "Markdown"),
    "out.format.html": ("HTML（打印用）", "HTML (for printing)"),
    "out.format.json": ("JSON（给程序用）", "JSON (for programs)"),
    "out.channels": ("办理渠道（推荐的在前）", "Where and how (best first)"),
    "out.related": ("另见", "See also"),
    "out.related_command": ("yibao {how} {id}", "yibao {how} {id}"),
    "out.command": (
        "不用再回答问题，直接得到这个结果：",
        "The same result without the questions:",
    ),
    # the manual page (render/manpage.py)
    "man.manual": ("yibao 使用手册", "yibao manual"),
    "man.name": ("名称", "NAME"),
    "man.synopsis": ("用法", "SYNOPSIS"),
    "man.description": ("说明", "DESCRIPTION"),
    "man.options": ("全局选项", "OPTIONS"),
    "man.commands": ("命令", "COMMANDS"),
    "man.environment": ("环境变量", "ENVIRONMENT"),
    "man.exit_status": ("退出码", "EXIT STATUS"),
    "man.env.YIBAO_DATA": (
        "使用另一个数据目录，同 --catalogue",
        "Use another catalogue directory, as --catalogue does",
    ),
    "man.env.YIBAO_HOME": (
        "用户数据目录（设置、保存的案例、中断的向导、缓存密钥）",
        "The user data directory (settings, saved cases, interrupted wizards, the cache key)",
    ),
    "man.env.YIBAO_CACHE": (
        "编译后的数据目录缓存存放的位置",
        "Where compiled catalogues are cached",
    ),
    "man.env.YIBAO_LANG": (
        "界面和内容的语言：zh 或 en（其次看 LC_ALL、LC_MESSAGES、LANG）",
        "The language of the interface and content: zh or en (then LC_ALL, LC_MESSAGES, LANG)",
    ),
    "man.env.NO_COLOR": ("设置后输出纯文本，不带颜色", "When set, print plain text without colour"),
    "man.exit.ok": ("成功", "Success"),
    "man.exit.error": (
        "出错（如文件无法写入），信息里说明原因",
        "An error (such as a file that cannot be written); the message says why",
    ),
    "man.exit.usage": (
        "选项或参数不对（如回答不全、地区有多个同名）",
        "A wrong option or argument (such as missing answers, or a region name shared by several)",
    ),
    "man.exit.not_found": (
        "找不到办事项目、地区、案例或文件",
        "No such procedure, region, case or file",
    ),
    "man.exit.bad_data": (
        "数据目录有错误（yibao validate 列出每一处）",
        "The catalogue has errors (yibao validate lists each one)",
    ),
    "man.exit.interrupted": (
        "按了 Ctrl-C；向导已给出的回答已保存",
        "Interrupted with Ctrl-C; a wizard's answers so far are kept",
    ),
    "cmd.case_undo": (
        "撤销某一步的完成标记（它后面已完成的步骤一并撤销）",
        "Undo a step's done mark (and those of the done steps after it)",
    ),
    "cmd.case_reopen": ("重新打开一个已结束的案例", "Reopen a closed case"),
    "cmd.case_next": (
        "每个进行中的案例一行：今天该办什么，或在等什么、等到哪天",
        "One line per open case: what to do today, or what you wait for and until when",
    ),
    "cmd.case_ics": (
        "把案例的步骤写成日历提醒（.ics）：您要办的步骤，和经办机构最晚的预计日期",
        "Write a case's steps as calendar reminders (.ics): your steps, the office's latest days",
    ),
    "opt.case_ics_out": (
        "写到哪个文件（默认 案例名称.ics）；- 表示输出到标准输出",
        "The file to write (default: NAME.ics); - for stdout",
    ),
    "opt.guide_ics": (
        "把清单的步骤写成日历提醒（.ics）：您要办的步骤和经办机构最晚的预计日期；- 表示标准输出",
        "Write the checklist's steps as calendar reminders (.ics); - for stdout",
    ),
}
