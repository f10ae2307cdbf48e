"""Interface strings: explain-number."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
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
}
