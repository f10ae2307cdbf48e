"""Interface strings: the reimbursement estimate (``yibao estimate`` and its wizard)."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "est.p.bill": ("账单总额", "Whole bill"),
    "est.p.outside": ("目录外（全自费）", "Outside the catalogue (目录外)"),
    "est.p.class_b": ("乙类费用", "乙类 (Category B) costs"),
    "est.p.class_b_share": ("乙类先自付比例", "乙类 self-pay share"),
    "est.p.deductible": ("起付线", "Deductible (起付线)"),
    "est.p.deductible_used": ("今年已用掉的起付线", "Deductible used this year"),
    "est.p.ratio": ("支付比例", "Payment ratio"),
    "est.p.cap": ("封顶线", "Annual cap (封顶线)"),
    "est.p.cap_used": ("今年已计入封顶线", "Paid towards the cap this year"),
    "est.p.cut": ("降低的比例", "Ratio cut"),
    "est.p.first_pay": ("先自付比例", "先自付 share"),
    "est.opt.bill": ("--bill", "--bill"),
    "est.opt.outside": ("--outside", "--outside"),
    "est.opt.class_b": ("--class-b", "--class-b"),
    "est.opt.class_b_share": ("--class-b-share", "--class-b-share"),
    "est.opt.deductible": ("--deductible", "--deductible"),
    "est.opt.deductible_used": ("--deductible-used", "--deductible-used"),
    "est.opt.ratio": ("--ratio", "--ratio"),
    "est.opt.cap": ("--cap", "--cap"),
    "est.opt.cap_used": ("--cap-used", "--cap-used"),
    "est.opt.cut": ("--cut", "--cut"),
    "est.opt.first_pay": ("--first-pay", "--first-pay"),
    "est.origin.given": ("您给的", "given by you"),
    "est.origin.unknown": ("不知道：按可能的范围计算", "unknown: every possible value"),
    "est.origin.rule": ("不知道：按全国上限计算", "unknown: up to the national limit"),
    "est.v.yuan": (" 元", " yuan"),
    "est.v.points": (" 个百分点", " points"),
    "est.v.no_cap": ("没有或达不到", "none, or not reached"),
    "est.v.any": ("不限", "any amount"),
    "est.v.range": ("{low}–{high}{unit}", "{low}–{high}{unit}"),
    "est.v.between": ("{low}–{high}", "{low}–{high}"),
    "est.title": (
        "医保报销估算 · {setting} · {level}",
        "Reimbursement estimate · {setting} · {level}",
    ),
    "est.setting.inpatient": ("住院", "inpatient"),
    "est.setting.outpatient": ("门诊", "outpatient"),
    "est.level.primary": ("一级或社区医院", "level 1 or community hospital"),
    "est.level.secondary": ("二级医院", "level 2 hospital"),
    "est.level.tertiary": ("三级医院", "level 3 hospital"),
    "est.level.unknown": ("医院等级未说明", "hospital level not given"),
    "est.stay.home": ("在参保地就医", "Treated where you are insured"),
    "est.stay.long-term": (
        "在外地就医，长期备案（执行参保地政策，不降比例）",
        "Treated elsewhere with a long-term filing (home rules, no cut)",
    ),
    "est.stay.referral": (
        "跨省临时外出就医：转诊转院",
        "Temporary care in another province: after a referral",
    ),
    "est.stay.emergency": (
        "跨省临时外出就医：急诊抢救",
        "Temporary care in another province: an emergency",
    ),
    "est.stay.other": (
        "跨省临时外出就医：其他临时外出",
        "Temporary care in another province: another temporary trip",
    ),
    "est.h.figures": ("用到的数字", "The figures used"),
    "est.h.working": ("计算过程", "The working"),
    "est.h.changes": ("什么会改变结果", "What would change it"),
    "est.low": ("医保付得最少的情形", "Where the insurance pays least"),
    "est.high": ("医保付得最多的情形", "Where the insurance pays most"),
    "est.side_by_side": (
        "不知道参保地用哪种算法：两种分别算出，最后并排列出，不混在一起。",
        "Which form your insured place uses is not known: both are shown side by side, "
        "never mixed.",
    ),
    "est.h.compare": ("两种算法并排对比", "The two forms side by side"),
    "est.c.low": ("{form}·最少", "{form}, least"),
    "est.c.high": ("{form}·最多", "{form}, most"),
    "est.c.policy": ("政策范围内", "Policy range"),
    "est.c.first_pay": ("先自付", "Paid first (先自付)"),
    "est.c.above": ("起付线以上", "Above deductible"),
    "est.c.ratio": ("支付比例", "Ratio"),
    "est.c.fund": ("医保付", "Fund pays"),
    "est.c.self": ("自己付", "You pay"),
    "est.form.plain": ("按参保地政策", "Home rules"),
    "est.form.cut": ("降比例", "Ratio cut"),
    "est.form.first-pay": ("先自付", "先自付 (a share paid first)"),
    "est.verdict": (
        "医保约付 {fund} 元，自己约付 {own} 元",
        "The insurance pays about {fund} yuan, you pay about {own} yuan",
    ),
    "est.s.outside": (
        "目录外（全自费）自己付：{amount}",
        "Outside the catalogue, paid by you: {amount}",
    ),
    "est.s.class_b": (
        "乙类先自付 = 乙类 {class_b} × {share} = {amount}",
        "乙类 paid first = 乙类 {class_b} × {share} = {amount}",
    ),
    "est.s.policy": (
        "政策范围内 = 总额 {bill} − {outside} − {class_b} = {amount}",
        "Policy range = bill {bill} − {outside} − {class_b} = {amount}",
    ),
    "est.s.first_pay": (
        "先自付 = {policy} × {share} = {amount}，余下 {rest} 再按规定结算",
        "先自付 = {policy} × {share} = {amount}; the remaining {rest} is settled as usual",
    ),
    "est.s.deductible": (
        "起付线还剩 = {deductible} − 已用 {used} = {left}；这次自己付其中 {part}",
        "Deductible left = {deductible} − used {used} = {left}; you pay {part} of it now",
    ),
    "est.s.above": (
        "起付线以上 = {base} − {part} = {amount}",
        "Above the deductible = {base} − {part} = {amount}",
    ),
    "est.s.cut": (
        "支付比例 = {ratio} − {cut} 个百分点 = {applied}",
        "Payment ratio = {ratio} − {cut} points = {applied}",
    ),
    "est.s.fund": (
        "医保支付 = {above} × {ratio} = {amount}",
        "Fund pays = {above} × {ratio} = {amount}",
    ),
    "est.s.no_cap": ("封顶线：没有或达不到，不受限", "Annual cap: none or not reached"),
    "est.s.cap": (
        "封顶线还剩 = {cap} − 今年已付 {used} = {left}",
        "Cap left = {cap} − paid this year {used} = {left}",
    ),
    "est.s.over_cap": (
        "超过封顶线 {amount}，基本医保不付，由自己付",
        "{amount} is over the cap: the basic fund does not pay it, you do",
    ),
    "est.s.result": (
        "医保付 {fund}（到分）；自己付 = {bill} − {fund} = {own}",
        "Fund pays {fund} (to the fen); you pay {bill} − {fund} = {own}",
    ),
    "est.change.long-term": (
        "办的若是长期备案（不降比例）：医保约付 {fund} 元",
        "With a long-term filing (no cut): the insurance pays about {fund} yuan",
    ),
    "est.change.referral": (
        "若是转诊转院或急诊抢救（降幅最多 10 个百分点）：医保约付 {fund} 元",
        "After a referral or in an emergency (cut at most 10 points): the insurance pays "
        "about {fund} yuan",
    ),
    "est.change.unknown": (
        "这些数字不知道，所以结果是范围：{names}。问清楚后加上对应的选项，范围就会缩小。",
        "These figures are unknown, so the result is a range: {names}. Add them and the "
        "range narrows.",
    ),
    "est.named": ("{name}（{option}）", "{name} ({option})"),
    "est.again": (
        "不用再回答问题，直接得到这个结果：\n    {command}",
        "The same estimate without questions:\n    {command}",
    ),
    "est.no_rules": (
        "数据目录里没有 {path}，无法估算",
        "the catalogue has no {path}, so there is nothing to estimate with",
    ),
    "est.bad_rules": ("{path} 有误", "{path} is not valid"),
    "est.err.no_bill": (
        "请用 --bill 给出这次的费用合计，如 --bill 10000（在终端里不给时会一步步提问）",
        "give the whole bill with --bill, e.g. --bill 10000 (on a terminal, leave it out to be "
        "asked step by step)",
    ),
    "est.err.no_bill_answer": (
        "请用 --answer bill=金额 给出这次的费用合计（也可以用 yibao estimate --bill 金额）",
        "give the whole bill with --answer bill=AMOUNT (or use yibao estimate --bill AMOUNT)",
    ),
    "est.err.negative": ("{name} 不能是负数：{text}", "{name} cannot be negative: {text}"),
    "est.err.amount": (
        "{name} 应为金额（元），如 1300 或 800-1200：'{text}'",
        "{name} must be an amount in yuan such as 1300 or 800-1200: '{text}'",
    ),
    "est.err.percent": (
        "{name} 应为百分数，如 85% 或 80-90%：'{text}'",
        "{name} must be a percentage such as 85% or 80-90%: '{text}'",
    ),
    "est.err.points": (
        "{name} 应为百分点数，如 10：'{text}'",
        "{name} must be a number of percentage points such as 10: '{text}'",
    ),
    "est.err.too_large": (
        "{name} 最多 {most} 元：{text}",
        "{name} can be at most {most} yuan: {text}",
    ),
    "est.err.decimal_comma": (
        "{name} 里的逗号是小数点吗？小数请用点：{dot}（逗号只用来每三位分隔，如 1,300）：{text}",
        "is the comma in {name} a decimal comma? Write decimals with a point: {dot} (commas only "
        "between groups of three digits, as in 1,300): {text}",
    ),
    "est.err.grouping": (
        "{name} 的逗号只能每三位一个（如 1,300 或 1,300,000）：{text}",
        "commas in {name} go between groups of three digits only (1,300 or 1,300,000): {text}",
    ),
    "est.err.fen": (
        "{name} 最多精确到分（两位小数）：{text}",
        "{name} has more than two decimals (fen): {text}",
    ),
    "est.err.fraction": (
        "{name} 写成百分数：{text} 是指 {percent}% 吗？要 {text}% 请加上 %",
        "write {name} as a percentage: does {text} mean {percent}%? For {text}% add the %",
    ),
    "est.err.over_100": ("{name} 不能超过 100%：{text}", "{name} cannot be over 100%: {text}"),
    "est.err.percent_decimals": (
        "{name} 最多两位小数：{text}",
        "{name} has more than two decimals: {text}",
    ),
    "est.err.backwards": (
        "{name} 的范围前面的数比后面的大",
        "the range of {name} ends lower than it starts",
    ),
    "est.err.backwards_text": (
        "{name} 的范围前面的数比后面的大：{text}",
        "the range of {name} ends lower than it starts: {text}",
    ),
    "est.err.outside": (
        "目录外费用 {part} 元比{name} {whole} 元还多",
        "the part outside the catalogue, {part} yuan, is more than the {name}, {whole} yuan",
    ),
    "est.err.outside_class_b": (
        "目录外和乙类费用合计 {part} 元比{name} {whole} 元还多",
        "outside the catalogue and 乙类 together, {part} yuan, are more than the {name}, "
        "{whole} yuan",
    ),
    "est.err.deductible_used": (
        "今年已用掉的起付线 {part} 元比{name} {whole} 元还多",
        "the deductible used this year, {part} yuan, is more than the {name}, {whole} yuan",
    ),
    "est.err.cap_used": (
        "今年已计入封顶线的 {part} 元比{name} {whole} 元还多",
        "what was paid towards the cap, {part} yuan, is more than the {name}, {whole} yuan",
    ),
    "est.err.cut_limit": (
        "{stay}的降幅最多 {limit} 个百分点，给的是 {cut}",
        "{stay}: the cut is at most {limit} points, {cut} was given",
    ),
    "est.err.choice": (
        "{option} 不能是 '{text}'；可选：{values}",
        "{option} cannot be '{text}'; choose from: {values}",
    ),
    "est.err.not_temporary": (
        "{name} 只用于跨省临时外出就医（--elsewhere referral、emergency 或 other）",
        "{name} applies only to temporary care in another province (--elsewhere referral, "
        "emergency or other)",
    ),
    "est.err.both_forms": (
        "降比例（--cut）和先自付（--first-pay）是两种算法，只能给一种",
        "a ratio cut (--cut) and 先自付 (--first-pay) are two different calculations: give one",
    ),
}
