"""Interface strings: regions and the default-region settings."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "region.hotline_name": ("{name}（{place}）", "{name} ({place})"),
    "region.treated_in": ("就医地：{name}", "Where you are treated: {name}"),
    "region.hotline_note": (
        "在{place}当地直接拨 {phone}；在外地拨 {area}-{phone}",
        "Dial {phone} inside {place}; from elsewhere dial {area}-{phone}",
    ),
    "region.hotline_derived": (
        "区号 {area} 是{place}的长途区号，"
        "出自 {library} {version} 的号码归属地数据（按区划代码对应）",
        "{area} is the trunk code of {place}, from the number data of {library} {version}",
    ),
    "region.hotline_no_code": (
        "在参保地当地直接拨 {phone}；在外地拨打时先拨参保城市的区号",
        "Dial {phone} where you are insured; from elsewhere dial that city's area code first",
    ),
    "level.province": ("省级", "province"),
    "level.city": ("市级", "city"),
    "level.county": ("区县级", "county"),
    "region.empty": ("地区不能为空", "the region is empty"),
    "region.bad_code": (
        "{query!r} 不是区划代码：区划代码为 6 位数字，如 330100",
        "{query!r} is not a region code: codes have 6 digits, e.g. 330100",
    ),
    "region.unknown": ("未找到地区 {query!r}", "no region called {query!r}"),
    "region.unknown_code": ("没有区划代码 {code}", "there is no region code {code}"),
    "region.parents": ("它的上级地区：", "Its parent regions:"),
    "region.did_you_mean": ("您是不是要找：", "Did you mean:"),
    "region.see_regions": (
        "可输入省、市、区县名称（如 杭州、浙江杭州、西湖区）或 6 位区划代码",
        "type a province, city or county name (e.g. 杭州, 浙江杭州, hangzhou) or a 6-digit code",
    ),
    "region.ambiguous": (
        "{query!r} 对应多个地区，请写得更具体：",
        "{query!r} matches several regions; be more specific:",
    ),
    "region.ambiguous_hint": (
        "可加上省市名（如 北京朝阳区、福州鼓楼区）或直接输入区划代码。",
        "Add the province or city (e.g. 北京朝阳区, 福州鼓楼区) or use the code.",
    ),
    "region.also": (
        "同名的还有：{names}；如指这些地区，请写全称或区划代码。",
        "Also called that: {names}; to mean one of those, use its full name or code.",
    ),
    "region.historical": (
        "{name} 是已撤销的历史区划，按其代码查找地方信息。",
        "{name} no longer exists; local information is looked up by its code.",
    ),
    "region.renamed": ("{name} 是旧称，现为 {now}。", "{name} is a former name; now {now}."),
    "region.period": ("（{start}–{end} 年使用）", "(in use {start}–{end})"),
    "region.no_stdnum": (
        "缺少 python-stdnum（行政区划数据），请重新安装 yibao",
        "python-stdnum (the region data) is missing; reinstall yibao",
    ),
    "region.bad_layout": (
        "行政区划数据 {path} 的格式无法识别（python-stdnum {version}），地区无法查找；"
        "本版 yibao 需要 python-stdnum{supported}，请重新安装 yibao",
        "the region data {path} has a layout this version cannot read (python-stdnum "
        "{version}), so regions cannot be looked up; yibao needs python-stdnum{supported}: "
        "reinstall yibao",
    ),
    "region.no_data": (
        "无法读取行政区划数据 {path}（{reason}）",
        "cannot read the region data {path} ({reason})",
    ),
    "config.file": ("设置文件：{path}", "Settings file: {path}"),
    "config.region_unset": (
        "region（默认地区）：未设置。可用 yibao config set region 地区名 设置。",
        "region (default region): not set. Set it with yibao config set region NAME.",
    ),
    "config.region_is": (
        "region（默认地区）：{name}（{code}）",
        "region (default region): {name} ({code})",
    ),
    "config.saved": (
        "默认地区已设为 {name}（{code}），保存在 {path}",
        "Default region set to {name} ({code}), saved in {path}",
    ),
    "config.removed": ("已删除设置 {key}。", "Removed the setting {key}."),
    "config.was_unset": ("{key} 本来就没有设置。", "{key} was not set."),
    "config.unknown_key": (
        "没有名为 {key!r} 的设置项，可用：{keys}",
        "there is no setting called {key!r}; settings: {keys}",
    ),
    "config.unreadable": (
        "无法读取设置文件 {path}（{reason}）",
        "cannot read the settings file {path} ({reason})",
    ),
    "config.unwritable": (
        "无法写入设置文件 {path}（{reason}）",
        "cannot write the settings file {path} ({reason})",
    ),
    "config.corrupt": (
        "设置文件已损坏：{path}（{what}）",
        "the settings file is damaged: {path} ({what})",
    ),
    "config.not_object": ("内容应为 JSON 对象", "it should hold a JSON object"),
    "config.fix": (
        "文件未被改动。运行 yibao config reset 可把它移到一旁（保留原文件）并从空白设置开始，"
        "或手动修正它。",
        "The file was left as it is. Run yibao config reset to move it aside (it is kept) and "
        "start with empty settings, or fix it by hand.",
    ),
    "config.ignored": (
        "这次不使用默认地区设置。",
        "The default region is not used this time.",
    ),
    "config.reset_done": (
        "原设置文件已移到 {aside}（保留备查），现在没有任何设置。",
        "The old settings file was moved to {aside} (kept); there are no settings now.",
    ),
    "config.reset_none": (
        "没有设置文件（{path}），无需重置。",
        "There is no settings file ({path}): nothing to reset.",
    ),
    "config.unusable": ("设置文件无法使用。", "The settings file cannot be used."),
    "config.bad_value": (
        "设置文件中的 {key} 无效（{path}）",
        "the setting {key} in {path} is not valid",
    ),
    "config.reset": (
        "请重新设置：yibao config set {key} 地区名，或 yibao config unset {key}",
        "Set it again with yibao config set {key} NAME, or run yibao config unset {key}",
    ),
    "config.stale_region": (
        "默认地区 {name}（{code}）已无法识别（{path}）",
        "the default region {name} ({code}) is no longer known ({path})",
    ),
    "config.too_deep": ("嵌套过深", "nested too deeply"),
    "config.huge_number": ("数字位数过多", "a number with far too many digits"),
}
