"""Interface strings: search results."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "search.where": ("{field}·{context}", "{field} · {context}"),
    "search.label": ("  {where}：", "  {where}: "),
    "search.hint": ("用 yibao show ID 查看详情", "Run yibao show ID for the details"),
    "search.none": (
        "没有找到与 {query!r} 相关的办事项目",
        "nothing matches {query!r}",
    ),
    "search.empty": ("请输入要搜索的内容", "type something to search for"),
    "search.not_covered": (
        "没有找到能确切回答 {query!r} 的办事项目",
        "no procedure clearly answers {query!r}",
    ),
    "search.related": ("可能相关：", "Possibly related:"),
    "search.ask": ("拿不准时，可拨打 {name}", "If unsure, call the {name}"),
    "search.ask_note": ("拿不准时，可拨打 {name}（{note}）", "If unsure, call the {name} ({note})"),
    "search.why": ("  匹配：{words}", "  Matched: {words}"),
    "search.as": ("{typed}（{concept}）", "{typed} ({concept})"),
    # data/search.yaml, read when the search index is built
    "search.vocab_mapping": (
        "应为一个映射（synonyms、things、stopwords、places、fallback）",
        "must be a mapping (synonyms, things, stopwords, places, fallback)",
    ),
    "search.vocab_key": (
        "未知的键 {key!r}（可用：{known}）",
        "unknown key {key!r} (known: {known})",
    ),
    "search.vocab_groups": ("{name} 应为词组的列表", "{name} must be a list of word groups"),
    "search.vocab_group": (
        "每组应为非空的词语列表，如 [丢失, 丢了, 掉了]",
        "each group must be a non-empty list of words, e.g. [丢失, 丢了, 掉了]",
    ),
    "search.vocab_twice": (
        "{word!r} 已在以 {group!r} 开头的组里；一个词只能在一组里",
        "{word!r} is already in the group of {group!r}; a word can be in one group only",
    ),
    "search.vocab_stopwords": (
        "stopwords 应为 zh 和 en 两个词语列表（yes、no、on 这类词请加引号）",
        "stopwords must have two lists of words, zh and en (quote words like yes, no, on)",
    ),
    "search.vocab_places": (
        "places 应为地名的列表，如 [北京, 上海市]",
        "places must be a list of place names, e.g. [北京, 上海市]",
    ),
    "search.vocab_fallback": ("fallback 应为一个渠道 id", "fallback must be a channel id"),
    "search.vocab_channel": (
        "channels.yaml 里没有渠道 {id!r}",
        "there is no channel {id!r} in channels.yaml",
    ),
}
