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
}
