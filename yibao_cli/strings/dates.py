"""Interface strings: dates: the timeline, working days and calendar files."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "days.at_most": ("最迟{n}个工作日", "at the latest {n} working days"),
    "days.same_day": ("当天", "same day"),
    "days.one": ("{n}个工作日", ("{n} working day", "{n} working days")),
    "days.range": ("{low}–{high}个工作日", "{low}–{high} working days"),
    "days.per_source": ("其中一种说法：{range}", "one source: {range}"),
    "wd.0": ("周一", "Mon"),
    "wd.1": ("周二", "Tue"),
    "wd.2": ("周三", "Wed"),
    "wd.3": ("周四", "Thu"),
    "wd.4": ("周五", "Fri"),
    "wd.5": ("周六", "Sat"),
    "wd.6": ("周日", "Sun"),
    "date.full": ("{y}年{m}月{d}日（{wd}）", "{wd} {iso}"),
    "date.short": ("{m}月{d}日（{wd}）", "{wd} {iso}"),
    "date.year_month": ("{y}年{m}月", "{name} {y}"),
    "date.estimate": ("≈{date}", "≈{date}"),
    "date.bad_form": (
        "{text}：看不出是哪一天；请写成 2026-09-28、2026/9/28、2026年9月28日，或今天、昨天、明天",
        "{text}: not a date; write 2026-09-28, 2026/9/28 or 2026年9月28日, or today, "
        "yesterday, tomorrow",
    ),
    "date.bad_form_past": (
        "{text}：看不出是哪一天；请写成 2026-09-28、2026/9/28、2026年9月28日，或今天、昨天",
        "{text}: not a date; write 2026-09-28, 2026/9/28 or 2026年9月28日, or today, yesterday",
    ),
    "date.no_year": (
        "{text}：年份 {year} 应为四位数",
        "{text}: the year {year} should have four digits",
    ),
    "date.no_month": ("{text}：没有{month}月", "{text}: there is no month {month}"),
    "date.no_day": ("{text}：{month}月没有{day}日", "{text}: {name} has no day {day}"),
    "date.no_leap": (
        "{text}：{year}年不是闰年，2月没有29日",
        "{text}: {year} is not a leap year, February has no day 29",
    ),
    "date.month_1": ("1月", "January"),
    "date.month_2": ("2月", "February"),
    "date.month_3": ("3月", "March"),
    "date.month_4": ("4月", "April"),
    "date.month_5": ("5月", "May"),
    "date.month_6": ("6月", "June"),
    "date.month_7": ("7月", "July"),
    "date.month_8": ("8月", "August"),
    "date.month_9": ("9月", "September"),
    "date.month_10": ("10月", "October"),
    "date.month_11": ("11月", "November"),
    "date.month_12": ("12月", "December"),
    "date.range": ("{first}至{last}", "{first} to {last}"),
    "tl.title": ("{title}：预计时间", "{title}: expected dates"),
    "tl.start": ("递交日期：{date}", "Applied on: {date}"),
    "tl.accepted": (
        "{start}不是工作日，按下一个工作日{accepted}受理起算。",
        "{start} is not a working day: counting starts from the next one, {accepted}.",
    ),
    "tl.accepted_holiday": (
        "{start}{names}放假，按下一个工作日{accepted}受理起算。",
        "{start} is a {names} holiday: counting starts from the next working day, {accepted}.",
    ),
    "tl.convention": (
        "计算方法：受理当天不计，“N个工作日”指受理后的第N个工作日；法定节假日不计，"
        "调休上班日计入；每一步在上一步结束当天开始。",
        "How dates are counted: the day of acceptance does not count; N working days end on "
        "the Nth working day after it; statutory holidays are skipped and make-up working "
        "days count; each step starts the day the previous one ends.",
    ),
    "tl.by": ("最迟完成：{when}", "Done at the latest: {when}"),
    "tl.done": ("预计完成：{when}", "Expected done: {when}"),
    "tl.at": ("预计时间：{when}", "When: {when}"),
    "tl.total_limit": (
        "按规定的时限，全程{days}，最迟{when}完成",
        "By the time limits the rules set, in all {days}: done by {when} at the latest",
    ),
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
        "≈为估算日期：{years}年的放假安排尚未公布（节假日数据只到{last}年），按《全国年节及"
        "纪念日放假办法》的法定节假日（逢周末在工作日补假）计算，未计入调休上班，实际日期"
        "可能不同。",
        "≈ marks an estimate: the holiday arrangement for {years} is not published yet (the "
        "holiday data ends with {last}), so the statutory holidays of the national holiday "
        "rules are counted (a holiday on a weekend gives the next working day off), without "
        "make-up working days; the real dates may differ.",
    ),
    "tl.closed": ("{when}{names}放假", "{when}: {names} holiday, offices closed"),
    "tl.makeup": ("{when}调休上班（{names}）", "{when}: make-up working day ({names})"),
    "hol.new-year": ("元旦", "New Year's Day"),
    "hol.spring-festival": ("春节", "Spring Festival"),
    "hol.qingming": ("清明节", "Qingming Festival"),
    "hol.labour-day": ("劳动节", "Labour Day"),
    "hol.dragon-boat": ("端午节", "Dragon Boat Festival"),
    "hol.mid-autumn": ("中秋节", "Mid-Autumn Festival"),
    "hol.national-day": ("国庆节", "National Day"),
    "hol.victory-day": (
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        "70th anniversary of victory in the War of Resistance",
    ),
    "tl.written": (
        "已写入日历文件：{path}（{count} 个提醒）",
        (
            "Calendar file written: {path} ({count} reminder)",
            "Calendar file written: {path} ({count} reminders)",
        ),
    ),
    "ics.summary": ("【{procedure}】{step} 预计完成", "[{procedure}] {step}: expected done"),
    "ics.summary_limit": (
        "【{procedure}】{step} 最迟完成",
        "[{procedure}] {step}: done at the latest",
    ),
    "ics.summary_limit_estimate": (
        "【{procedure}】{step} 最迟完成（估算）",
        "[{procedure}] {step}: done at the latest (estimate)",
    ),
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
    "ics.window_summary": ("【{procedure}】{text}", "[{procedure}] {text}"),
    "ics.window_alarm": (
        "{text}：请查看当地通知，按时缴费",
        "{text}: check the local notice and pay in time",
    ),
    "ics.wait_summary": (
        "【{procedure}】待遇等待期结束，最早可以报销",
        "[{procedure}] The waiting period is over: you can claim from now at the earliest",
    ),
    "ics.wait_alarm": (
        "等待期可能已满：报销前先向参保地确认",
        "The waiting period may be over: check with your insured place before claiming",
    ),
    "ics.calname": ("医保办事提醒", "Medical insurance reminders"),
    "ics.you_summary": ("【{procedure}】该您办：{step}", "[{procedure}] Your move: {step}"),
    "ics.office_summary": (
        "【{procedure}】{step} 最晚预计完成：没好就打电话问进度",
        "[{procedure}] {step}: latest expected date, call and ask if it is not done",
    ),
    "ics.done_summary": ("【{procedure}】✓ 已完成：{step}", "[{procedure}] Done: {step}"),
    "ics.you_alarm": ("今天该办：{step}", "Due today: {step}"),
    "ics.office_alarm": (
        "{step}：今天是最晚的预计日期，还没办好就问一下进度",
        "{step}: the latest expected date is today; ask if it is not done",
    ),
    "ics.you_when": ("预计 {when} 办完", "Expected by {when}"),
    "ics.after_office": (
        "要等经办机构办完才能办：可能从 {earliest} 起已办好，先打电话问；最晚预计 {latest}。",
        "This waits for the office: it may be ready from {earliest}, so call first;"
        " expected by {latest} at the latest.",
    ),
    "ics.after_alarm": (
        "{step}：今天是经办机构最晚的预计日期，先打电话问好了没有再去",
        "{step}: the office's latest expected date is today; call to ask before you go",
    ),
    "ics.office_when": (
        "经办机构办理，预计 {when} 完成；到 {latest} 还没办好，可以打电话问进度。",
        "The office's work, expected by {when}; if it is not done by {latest}, call and ask.",
    ),
    "ics.case": ("案例：{name}（yibao case show {name}）", "Case: {name} (yibao case show {name})"),
}
