"""Interface strings: printable checklists."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "brief.title": ("{title}（一页纸）", "{title} (one page)"),
    "brief.title_large": ("{title}（大字版，两页以内）", "{title} (large type, two pages at most)"),
    "brief.now": ("现在就做", "Do now"),
    "brief.bring": ("要带的材料", "What to bring"),
    "brief.where": ("去哪里", "Where to go"),
    "brief.call": ("打电话问", "Whom to call"),
    "brief.window": ("到窗口这样说", "What to say at the window (到窗口这样说)"),
    "brief.number": ("{name}：☎ {phone}", "{name}: ☎ {phone}"),
    "brief.office": ("这一步由经办机构办，您等通知即可", "The office does this; wait to hear"),
    "brief.details": ("详细清单", "The full checklist"),
    "gen.only_when": ("仅在{text}时", "Only if {text}"),
    "gen.outcome": ("适用“{title}”", "“{title}” applies"),
    "gen.or": ("，或", "; or "),
    "gen.or_value": ("或", " or "),
    "gen.both": ("、", ", "),
    "gen.answer": ("“{question}”答{answer}", "“{question}” is {answer}"),
    "gen.quoted": ("“{text}”", "“{text}”"),
    "gen.empty": ("都不选", "none of them"),
    "gen.not_empty": ("选了其中一项", "any of them"),
    "gen.none_of": ("不是{values}", "not {values}"),
    "gen.lt": ("小于 {n}", "less than {n}"),
    "gen.le": ("不超过 {n}", "at most {n}"),
    "gen.gt": ("大于 {n}", "more than {n}"),
    "gen.ge": ("至少 {n}", "at least {n}"),
    "gen.title": ("{title} · 通用清单", "{title} · general checklist"),
    "gen.intro": (
        "这是通用清单：列出全部步骤和材料，标有“仅在……时”的只在那种情况下需要。",
        "This is the general checklist: every step and material; those marked “Only if …” "
        "are needed only in that case.",
    ),
    "gen.hint": (
        "这是 {id} 的通用清单。要适合您情况的清单：在终端里运行 {command}（会问几个问题），"
        "或用 --answer 问题=值 给出回答，或加 --defaults 用默认回答。",
        "This is the general {id} checklist. For one that fits your case: run {command} on a "
        "terminal (it asks a few questions), give answers with --answer key=value, or add "
        "--defaults.",
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
    "cl.no_contacts": (
        "本清单没有收录当地的联系方式，请向当地医保经办机构咨询。",
        "This checklist has no local contacts: ask the local medical insurance office.",
    ),
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
}
