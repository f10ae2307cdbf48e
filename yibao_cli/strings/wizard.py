"""Interface strings: wizards: questions, answers and their errors."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
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
    "answer.date_range": (
        "日期应在 {low} 到 {high} 之间",
        "the date should be from {low} to {high}",
    ),
    "wait.heading": (
        "待遇等待期（按自然月算，不按工作日）",
        "Waiting period (calendar months, not working days)",
    ),
    "wait.range": (
        "等待期：{least}–{most} 个月（两种读法，见下）",
        "Waiting period: {least}–{most} months (two readings, below)",
    ),
    "wait.step_ends": (
        "预计从 {when} 起可以报销（待遇等待期结束）",
        "Claims expected from {when} (the waiting period is over)",
    ),
    "wait.months": ("等待期：{months} 个月", "Waiting period: {months} months"),
    "wait.from_paid": ("从缴费日 {date} 的次日起算", "Counted from the day after you pay, {date}"),
    "wait.from_year": (
        "在集中参保期为下一年缴费：从 {date} 起算",
        "Paid in the collection period for the next year: counted from {date}",
    ),
    "wait.earliest": ("最早 {date} 起能报销", "You can claim from {date} at the earliest"),
    "wait.earliest_range": (
        "最早 {first} 至 {last} 起能报销（看参保地按哪种读法）",
        "You can claim from {first} to {last} at the earliest"
        " (depending on the reading your insured place uses)",
    ),
    "wait.later_years": (
        "读法一，断保第1年不加：{months} 个月 → {date} 起",
        "Reading 1, the first year of gap adds nothing: {months} months → from {date}",
    ),
    "wait.every_year": (
        "读法二，断保1年就加1个月：{months} 个月 → {date} 起",
        "Reading 2, one year of gap already adds a month: {months} months → from {date}",
    ),
    "wait.floor": (
        "（连续断保{gap}年及以上：合计原则上不少于{months}个月）",
        "(a gap of {gap} years or more: in principle at least {months} months in all)",
    ),
    "wait.paid_back": (
        "补缴 {years} 年：等待期从 {before} 个月减到 {after} 个月",
        "Paying back {years} years: the wait goes from {before} months down to {after}",
    ),
    "wait.could_pay_back": (
        "如果补缴：每补缴1年减少1个月变动等待期，全部补缴后最少 {months} 个月",
        "If you pay back: each year paid takes 1 month off the variable wait;"
        " paying back every year leaves at least {months} months",
    ),
    "wait.clamped": (
        "补缴年数不能多于断保年数，按 {years} 年计算",
        "You cannot pay back more years than the gap: counted as {years} years",
    ),
    "wait.no_claims": (
        "等待期内看病的费用医保不报，要自己承担",
        "Costs during the waiting period are not reimbursed: you pay them yourself",
    ),
    "cont.heading": (
        "中断缴费的月数（按自然月算）",
        "The break in contributions (calendar months)",
    ),
    "cont.none": (
        "没有中断缴费的月份：{paying}缴费，接上了上一个缴费月",
        "No month without contributions: paying in {paying} follows on from the last month paid",
    ),
    "cont.span": (
        "中断 {months} 个月（{first}至{last}没有缴费）",
        "A break of {months} months (nothing paid from {first} to {last})",
    ),
    "cont.span_one": (
        "中断 1 个月（{first}没有缴费）",
        "A break of 1 month (nothing paid in {first})",
    ),
    "cont.within": (
        "{span}，在{within}个月（含）以内",
        "{span}: within {within} months",
    ),
    "cont.cover": (
        "按规定补缴后，从缴费当月（{month}）起享受待遇；中断期间的待遇可以追溯享受",
        "Once the gap is paid back as required, cover runs from the month of payment ({month});"
        " cover for the months of the break can be claimed back",
    ),
    "cont.border": (
        "正好{within}个月：如果参保地把缴费当月也算作中断，就超过了{within}个月；请尽早缴费，并向参保地确认",
        "Exactly {within} months: if your place also counts the month of payment, the break is"
        " longer than {within} months; pay as early as you can and check with your insured place",
    ),
    "cont.latest": (
        "按本工具的算法，最晚在{month}内缴费，中断仍在{within}个月以内",
        "By this tool's count, paying in {month} at the latest keeps the break"
        " within {within} months",
    ),
    "cont.beyond": (
        "{span}，超过了{within}个月",
        "{span}: longer than {within} months",
    ),
    "cont.cap": (
        "参保地可以设待遇享受等待期，原则上不超过{cap}个月：按{cap}个月算，最晚 {date} 起享受待遇",
        "Your insured place may set a waiting period, in principle of at most {cap} months:"
        " counting {cap} months, cover starts on {date} at the latest",
    ),
    "cont.local": (
        "等待期多长由参保地规定，有的地方更短；以参保地为准",
        "Your insured place sets how long the wait is, and some set a shorter one;"
        " its rules prevail",
    ),
    "cont.missed": (
        "按本工具的算法，要在{within}个月以内，应在{month}或更早缴费",
        "By this tool's count, a break within {within} months needed a payment"
        " in {month} or earlier",
    ),
    "cont.counting": (
        "中断月数按本工具的算法：最后缴费的月份和缴费当月不算中断；参保地的算法可能不同",
        "How this tool counts the break: neither the last month paid for nor the month of payment"
        " is counted; your insured place may count differently",
    ),
    "wiz.yes": ("是", "yes"),
    "wiz.no": ("否", "no"),
    "wiz.none_chosen": ("（都不选）", "(none)"),
    "wiz.step": ("第 {n}/{total} 步", "Step {n}/{total}"),
    "wiz.back": ("← 返回上一步", "← Back"),
    "wiz.restart": ("↺ 重新开始", "↺ Start over"),
    "wiz.restart_confirm": (
        "重新开始会清空已经回答的所有问题，确定吗？",
        "Starting over clears every answer so far. Are you sure?",
    ),
    "wiz.to_menu": ("← 返回菜单", "← Back to the menu"),
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
    "menu.heading": ("── {heading} ──", "── {heading} ──"),
    "menu.search": ("搜索…", "Search…"),
    "menu.search_prompt": ("您想查什么？", "What are you looking for?"),
    "menu.search_hint": (
        "（输入问题，如“卡丢了怎么办”，回车搜索；Esc 返回菜单）",
        "(type a question, e.g. “lost my card”, then Enter; Esc for the menu)",
    ),
    "menu.search_pick": ("找到这些，打开哪一个？", "Found these; which one?"),
    "menu.search_related": (
        "这些可能相关（不一定能回答您的问题），要打开哪一个？",
        "These may be related (they may not answer your question); open one?",
    ),
    "menu.region_prompt": (
        "您的医保是在哪个城市参保的？（填了就给出当地的电话和规定）",
        "Which city are you insured in? (so the answers carry its phone numbers and rules)",
    ),
    "menu.region_hint": (
        "（输入城市名，如 福州、杭州市、浙江杭州；直接回车跳过）",
        "(type a city, e.g. 福州, Hangzhou; press Enter to skip)",
    ),
    "menu.region_chosen": ("参保地：{name}（{code}）", "Insured in: {name} ({code})"),
    "menu.region_remember": (
        "记住{name}，以后默认用这个地区吗？（可用 yibao config 修改）",
        "Remember {name} as your region from now on? (change it with yibao config)",
    ),
    "menu.after": ("接下来？", "What next?"),
    "menu.again": ("回到菜单", "Back to the menu"),
    "guide.no_id": (
        "请给出办事项目的 id，如 yibao guide replace-card；有向导的办事项目：",
        "give a procedure id, e.g. yibao guide replace-card; procedures with a wizard:",
    ),
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
    "wiz.missing": ("还缺 {count} 个回答", ("{count} answer missing", "{count} answers missing")),
    "wiz.missing_item": ("{id}：{text}", "{id}: {text}"),
    "wiz.flow_line": ("  {id}  {task}", "  {id}  {task}"),
    "wiz.allowed": ("    可选：{values}", "    choose: {values}"),
    "wiz.free": ("    填写：{hint}", "    enter: {hint}"),
    "wiz.free_text": ("文本", "text"),
    "wiz.choice": ("{value}（{label}）", "{value} ({label})"),
    "wiz.free_date": (
        "日期，如 2026-09-28、2026/9/28 或 今天",
        "a date such as 2026-09-28 or today",
    ),
    "wiz.free_integer": ("整数", "a whole number"),
    "wiz.no_place": ("不清楚", "not sure"),
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
    "wiz.answers_time": (
        "日期不带时刻：请写成 {key}: {date}",
        "a date has no time of day: write {key}: {date}",
    ),
    "wiz.answers_shape": (
        "回答文件 {path} 应是“问题: 值”的映射",
        "the answers file {path} should be a mapping of key: value",
    ),
    "wiz.answers_bad": ("无法读取回答文件：{problem}", "cannot read the answers file: {problem}"),
    "wiz.answers_not_found": ("找不到回答文件：{path}", "answers file not found: {path}"),
}
