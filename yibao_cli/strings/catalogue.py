"""Interface strings: validating catalogue files and flows."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "val.missing_en": (
        "{count} 处文字没有英文",
        ("{count} catalogue text has no English", "{count} catalogue texts have no English"),
    ),
    "val.warning": ("警告：{line}", "warning: {line}"),
    "val.all_en": ("每处文字都有英文", "Every catalogue text has English"),
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
    "check.not_within": (
        "{code!r} 不是 {region} 下级的区划",
        "{code!r} is not a division inside {region}",
    ),
    "check.bad_division": (
        "区划代码应为 6 位数字：{code!r}",
        "a division code is six digits: {code!r}",
    ),
    "check.bad_area": (
        "区号应为 0 开头的 3–4 位数字：{area!r}",
        "an area code is 3–4 digits starting with 0: {area!r}",
    ),
    "check.duplicate_id": ("id {id!r} 重复", "id {id!r} appears twice"),
    "check.menu_empty": ("这个标题下没有办事项目", "this heading has no procedures"),
    "check.menu_twice": (
        "{id!r} 在菜单里出现了不止一次",
        "{id!r} appears more than once in the menu",
    ),
    "check.menu_unknown": ("没有 id 为 {id!r} 的办事项目", "there is no procedure {id!r}"),
    "check.menu_missing": (
        "办事项目 {id!r} 不在菜单里：请放到一个标题下",
        "procedure {id!r} is not in the menu: put it under a heading",
    ),
    "check.bad_code": (
        "区划代码 {code!r} 应为 6 位数字",
        "region code {code!r} should be 6 digits",
    ),
    "check.unknown_ref": ("引用了不存在的 {ref!r}", "refers to {ref!r}, which does not exist"),
    "check.limit_min": (
        "时限只写 max（“最迟几个工作日”），不写 min",
        "a time limit gives max only (“at the latest”), no min",
    ),
    "check.no_min": (
        "时长要写 min 和 max；法规写的时限（“几个工作日内”）写 max 并加 limit: true",
        "a duration needs min and max; for a time limit a rule states, give max and limit: true",
    ),
    "check.two_tiers": (
        "同一说法标了两个可信度：这里是{tier}，{where} 是{other}；一个说法只能有一个可信度",
        "the same claim carries two tiers: {tier} here, {other} at {where}; one claim, one tier",
    ),
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
    "check.https": ("网址必须以 https:// 开头：{url}", "URLs must start with https://: {url}"),
    "check.anyday_duration": (
        "working_days: false 的步骤（看病、买药等不在办公时间办的事）不能有按工作日计的时长",
        "a step with working_days: false (a doctor's visit, a pharmacy) cannot have a "
        "duration in working days",
    ),
    "check.cal_year_file": (
        "年份 {year} 与文件名 {stem}.yaml 不一致",
        "year {year} does not match the file name {stem}.yaml",
    ),
    "check.cal_notice_late": (
        "通知日期晚于 {year} 年：应为上一年或当年发布的通知",
        "the notice is dated after {year}: it should be published before or during the year",
    ),
    "check.cal_name": (
        "未知的节日“{name}”；可用：{names}（两个节日合放时用“、”连接）",
        "unknown holiday '{name}'; use one of {names} (join two with '、')",
    ),
    "check.cal_off_count": (
        "dates 写放假的第一天和最后一天（只放一天时写一个日期）",
        "dates lists the first and last day off (one date for a single day)",
    ),
    "check.cal_day": (
        "日期写成 2027-02-06 周六 的形式：{text}",
        "write dates as 2027-02-06 周六: {text}",
    ),
    "check.cal_outside": (
        "{date} 不在 {year} 年内（只有元旦放假可以从上一年 12 月开始）",
        "{date} is not in {year} (only 元旦 may start in the December before)",
    ),
    "check.cal_weekday": (
        "{date} 是{weekday}，不是{written}",
        "{date} is a {weekday}, not a {written}",
    ),
    "check.cal_work_weekday": (
        "{date} 是周一至周五，本来就是工作日；调休上班日应为周六或周日",
        "{date} is a weekday, a working day anyway; make-up working days are Saturdays or Sundays",
    ),
    "check.cal_twice": ("{date} 重复列为调休上班日", "{date} is listed as worked twice"),
    "check.cal_order": ("放假的最后一天早于第一天", "the last day off is before the first"),
    "check.cal_count": (
        "写的是共 {days} 天，但第一天到最后一天共 {count} 天",
        "says {days} days, but the first to the last day off are {count} days",
    ),
    "check.cal_overlap": (
        "{date} 已是“{other}”的放假日",
        "{date} is already a day off for {other}",
    ),
    "check.cal_both": (
        "{date} 既是“{other}”的放假日，又列为调休上班日",
        "{date} is both a day off for {other} and a make-up working day",
    ),
    "flow.start": (
        "start {id!r} 应为一个日期（date）问题的 id",
        "start {id!r} should be the id of a date question",
    ),
    "flow.waiting_question": (
        "waiting 的 {ref!r} 应为一个 {kind} 问题的 id（text 问题要有 integer 校验）",
        "waiting {ref!r} should be the id of a {kind} question"
        " (a text one with an integer validator)",
    ),
    "flow.done_by": (
        "done_by {id!r} 应为一个日期（date）问题的 id",
        "done_by {id!r} should be the id of a date question",
    ),
    "flow.waiting_step": (
        "waiting.step {ref!r} 应为这个结果的一个步骤",
        "waiting.step {ref!r} should be one of this outcome's steps",
    ),
    "flow.continuity_question": (
        "continuity 的 {ref!r} 应为一个 date 问题的 id",
        "continuity {ref!r} should be the id of a date question",
    ),
    "flow.continuity_months": (
        "continuity 的月数应在 0 到 120 之间",
        "continuity months should be from 0 to 120",
    ),
    "flow.window_end": (
        "window.end {value!r} 应为每年都有的日子，写作 MM-DD，如 12-31",
        "window.end {value!r} should be a day every year has, written MM-DD, e.g. 12-31",
    ),
    "flow.window_days": ("remind_days 应在 0 到 366 之间", "remind_days should be from 0 to 366"),
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
        "校验方式 {kind!r} 不适用于这种问题（text 用 integer、pattern 或 region，date 用 date）",
        "validator {kind!r} does not fit this question"
        " (text: integer, pattern or region; date: date)",
    ),
    "flow.treated_call": (
        "{ref!r} 不是加拨区号就能打到当地的共享渠道（channels.yaml 里 dial_with_area_code 的 id）",
        "{ref!r} is not a shared channel dialled with an area code"
        " (an id in channels.yaml with dial_with_area_code)",
    ),
    "flow.treated_in": (
        "treated_in {ref!r} 应为一个带 region 校验的 text 问题的 id",
        "treated_in {ref!r} should be the id of a text question with a region validator",
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
    "flow.done_not_step": (
        "只有步骤可以写 done（这里是 {part}）",
        "only steps can say done (this is in {part})",
    ),
    "flow.note_by_index": (
        "第 {ref} 条注意事项（从 0 数）有 id，请写 {id}：按序号引用，调整顺序后会指错",
        "note {ref} (counting from 0) has an id: write {id}, as an index points elsewhere "
        "once the notes are reordered",
    ),
    "flow.nothing_settled": (
        "settled 只用于有 condition 的步骤或材料：{ref} 没有适用情形可省",
        "settled is only for a step or material with a condition: {ref} has none to leave out",
    ),
    "flow.bad_nth": (
        "nth 超出范围：{ref} 在办事项目中只有 {count} 个渠道",
        (
            "nth is out of range: the procedure has {count} channel via {ref}",
            "nth is out of range: the procedure has {count} channels via {ref}",
        ),
    ),
    "schema.date_range": (
        "日期超出能计算的范围：应在 {first} 至 {last} 之间",
        "a date yibao cannot count days with: it must lie between {first} and {last}",
    ),
    "schema.number_range": (
        "数太大，无法用来计算：应在 -{most} 到 {most} 之间",
        "a number too large to compute with: it must lie between -{most} and {most}",
    ),
    "schema.control_character": (
        "文字里有控制字符（如 ESC、响铃、换向标记），会改动用户的终端；请删除",
        "the text holds a control character (an escape, a bell, a direction mark) that would "
        "steer the user's terminal: remove it",
    ),
    "check.too_long": (
        "时长超过 {max} 个工作日，不像是真实的办理时间",
        "longer than {max} working days, which no procedure takes",
    ),
}
