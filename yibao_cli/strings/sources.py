"""Strings of the source ledger: citation checks, source lists and ``yibao sources``."""

from yibao_cli.strings import Entry

STRINGS: dict[str, Entry] = {
    "src.none": (
        "没有来源：请用 sources: [id] 引用 sources.yaml 里的条目",
        "no source: cite an entry of sources.yaml with sources: [id]",
    ),
    "src.unknown": ("sources.yaml 里没有来源 {id!r}", "no source {id!r} in sources.yaml"),
    "src.national": (
        "标为全国的条目需要 policy、official-page 或 reference 类来源；"
        "只有网文（article）时请标经验或属地",
        "a 全国 claim needs a policy, official-page or reference source; with articles alone "
        "tier it 经验 or 属地",
    ),
    "src.url": (
        "来源网址必须是 https 的官方网址（gov.cn 及其子域名）：{url}",
        "a source URL must be https on an official host (gov.cn and its subdomains): {url}",
    ),
    "src.review_days": ("review_days 至少为 1", "review_days must be at least 1"),
    "src.published": (
        "发布日期晚于核对日期",
        "the published date is after the verified date",
    ),
    "src.reviewed": (
        "有 sources.yaml 时，reviewed 由所引来源的核对日期算出，这一行不起作用，请删掉",
        "with a sources.yaml, reviewed is computed from the sources' verified dates: this line "
        "has no effect, remove it",
    ),
    "src.expired": (
        "来源 {id} 的核对已于 {date} 过期，请重新核对并更新 verified",
        "the check of source {id} expired on {date}: check it again and update verified",
    ),
    "src.unused": ("来源 {id} 没有被任何条目引用", "no claim cites source {id}"),
    "src.stale": (
        "可能已过时，请向当地医保经办机构确认（最后核对：{date}）",
        "May be out of date: check with your local medical insurance office (last checked: {date})",
    ),
    "src.quote_none": (
        "这条说了数字（{numbers}），但没有 quote（所引第一个来源的原句）或 derived（怎么推出来的）",
        "this claim states numbers ({numbers}) but has no quote (the sentence of its first "
        "source) and no derived (how they follow from it)",
    ),
    "src.quote_missing": (
        "quote 里找不到这条说的数字：{numbers}；"
        "请引用写着这些数字的原句，或用 derived 说明怎么推出",
        "the quote does not hold the numbers this claim states: {numbers}; quote the sentence "
        "that does, or say how they follow in derived",
    ),
    "src.quote_national": (
        "标为全国的条目，quote 要出自政策文件、官方网页或标准；第一个来源 {id} 是网文",
        "a 全国 claim's quote must come from a policy, an official page or a standard; its "
        "first source {id} is an article",
    ),
    "src.quote_empty": ("不能为空", "must not be empty"),
    "src.quoted_under": ("引用：{label}", "quoted by: {label}"),
    "src.derived_line": ("推算：{text}", "derived: {text}"),
    "src.quotes_heading": ("原文摘录", "Source sentences"),
    "src.heading": ("来源", "Sources"),
    "src.verified": ("核对：{date}", "checked: {date}"),
    "src.verified_expired": ("核对：{date}（已过期）", "checked: {date} (expired)"),
    "src.published_on": ("发布：{date}", "published: {date}"),
    "src.kind.policy": ("政策文件", "policy"),
    "src.kind.official-page": ("官方网页", "official page"),
    "src.kind.article": ("网文", "article"),
    "src.kind.reference": ("标准", "standard"),
    "src.col_id": ("编号", "id"),
    "src.col_kind": ("类别", "kind"),
    "src.col_title": ("标题", "title"),
    "src.col_verified": ("核对日期", "verified"),
    "src.col_state": ("状态", "state"),
    "src.state_ok": ("有效至 {date}", "good until {date}"),
    "src.state_expired": ("已过期（{date}）", "expired ({date})"),
    "src.none_listed": ("没有来源", "no sources"),
    "src.none_stale": ("截至 {date} 没有过期的来源", "no source has expired as of {date}"),
    "src.no_ledger": (
        "这个目录没有来源清单（sources.yaml）",
        "this catalogue has no source ledger (sources.yaml)",
    ),
    "src.count": (
        "共 {count} 个来源，截至 {date} 已过期 {stale} 个",
        (
            "{count} source, {stale} expired as of {date}",
            "{count} sources, {stale} expired as of {date}",
        ),
    ),
}
