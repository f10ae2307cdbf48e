"""Interface strings: errors: dates, files, YAML and catalogue lookups."""

STRINGS: dict[str, tuple[str, str | tuple[str, str]]] = {
    "err.prefix": ("错误：{message}", "Error: {message}"),
    "err.interrupted": ("已中断。", "Interrupted."),
    "err.unexpected": (
        "意外错误：{error}（加 --debug 查看详情）",
        "unexpected error: {error} (run with --debug for details)",
    ),
    "err.comp_cword": (
        "shell 补全的 COMP_CWORD 应为光标所在的词的序号（0 或正整数），现在是 '{value}'",
        "COMP_CWORD, set by shell completion, must be the number of the word being completed "
        "(0 or more), not '{value}'",
    ),
    "err.comp_words": (
        "shell 补全缺少 COMP_WORDS（要补全的命令行）",
        "shell completion needs COMP_WORDS (the command line being completed)",
    ),
    "err.bad_kind": (
        "未知的渠道类型 {kind!r}，可选：{kinds}",
        "unknown channel kind {kind!r}; choose {kinds}",
    ),
    "yaml.unreadable": ("无法读取文件（{reason}）", "cannot read the file ({reason})"),
    "yaml.not_utf8": (
        "不是 UTF-8 编码的文本（第 {offset} 字节）",
        "not UTF-8 text (byte {offset})",
    ),
    "yaml.syntax": ("YAML 语法错误：{what}", "YAML syntax error: {what}"),
    "yaml.value": ("YAML 内容无法解析：{what}", "YAML value cannot be read: {what}"),
    "yaml.duplicate_key": ("键 {key!r} 重复出现", "key {key!r} appears twice"),
    "yaml.outside": (
        "是指向 {folder} 之外的符号链接，不读取",
        "a symbolic link that leads out of {folder}: not read",
    ),
    "yaml.empty": ("文件为空", "the file is empty"),
    "cat.no_dir": ("找不到数据目录：{path}", "catalogue directory not found: {path}"),
    "cat.not_catalogue": (
        "{path} 不是 yibao 数据目录（缺少 procedures/ 子目录）",
        "{path} is not a yibao catalogue (no procedures/ folder)",
    ),
    "cat.invalid": (
        "数据有 {count} 处错误（{path}）：",
        (
            "the catalogue has {count} problem ({path}):",
            "the catalogue has {count} problems ({path}):",
        ),
    ),
    "cat.unknown_id": ("没有名为 {query!r} 的办事项目", "no procedure called {query!r}"),
    "cat.ambiguous": (
        "{query!r} 对应多个办事项目，请用 id 或更完整的说法",
        "{query!r} matches several procedures; use an id or say more",
    ),
    "cat.did_you_mean": ("您是不是要找：", "Did you mean:"),
    "cat.see_list": ("运行 yibao list 查看全部办事项目", "run yibao list to see every procedure"),
    "err.done_future": (
        "完成日期 {date} 在今天（{today}）之后：只能标记已经办完的步骤",
        "the day done, {date}, is after today ({today}): only steps already done can be marked",
    ),
    "err.date_range": (
        "开始日期 {date} 超出可推算范围：请用 {first} 至 {last} 之间的日期"
        "（节假日数据从 {first_year} 年开始；最多提前 {ahead} 年计划）",
        "the start date {date} is out of range: use a date from {first} to {last} "
        "(the holiday data starts in {first_year}; plans reach at most {ahead} years ahead)",
    ),
    "err.ics_json": (
        "--ics - 和 --json 都要写到标准输出，只能选一个；可改用 --ics 文件名",
        "--ics - and --json both write to stdout: pick one, or give --ics a file name",
    ),
    "err.ics_nothing": (
        "{title}没有需要等待的步骤，没有可写入日历的期限",
        "{title} has no step that takes time: there is no deadline to put in a calendar",
    ),
    "file.exists": (
        "文件已存在：{path}（加 --force 覆盖）",
        "the file exists: {path} (add --force to overwrite it)",
    ),
    "file.name_private": (
        "文件名里像有身份证号或卡号；为了您的隐私，请换一个文件名：{path}",
        "the file name looks like it holds an ID or card number; for your privacy, choose "
        "another: {path}",
    ),
    "file.is_dir": ("{path} 是一个目录，请给出文件名", "{path} is a directory: give a file name"),
    "file.no_dir": ("目录不存在：{path}", "no such directory: {path}"),
    "file.denied": ("没有权限写入 {path}", "permission denied: cannot write {path}"),
    "file.failed": ("无法写入 {path}（{reason}）", "cannot write {path} ({reason})"),
    "file.not_regular": ("不是普通文件", "not a regular file"),
    "yaml.too_many": (
        "值太多（超过 {limit} 项）：回答文件和数据文件都用不了这么多",
        "too many values (over {limit}): no answers or catalogue file needs that many",
    ),
    "yaml.too_big": (
        "展开别名后内容过多（超过 {limit} 项），请不要用别名层层复制",
        "too many values once aliases are expanded (over {limit}): do not nest aliases",
    ),
    "yaml.too_deep": ("嵌套过深（超过 {limit} 层）", "nested too deeply (over {limit} levels)"),
    "err.os": ("无法读写 {path}（{reason}）", "cannot read or write {path} ({reason})"),
    "err.stdout": (
        "无法写出结果（{reason}）",
        "cannot write the output ({reason})",
    ),
    "err.stdout_closed": ("标准输出已关闭", "standard output is closed"),
    "file.not_replaced": (
        "{path} 不是普通文件（是设备、管道或符号链接），即使加 --force 也不会替换它；"
        "请换一个文件名",
        "{path} is not a regular file (a device, a pipe or a symbolic link); even --force "
        "does not replace it: choose another name",
    ),
    "cat.folder_not_dir": ("应为一个目录，却是文件", "should be a directory, but is a file"),
    "err.arg_not_utf8": (
        "参数 {arg} 不是有效的 UTF-8 文字；请检查终端的编码设置",
        "the argument {arg} is not valid UTF-8: check the terminal's encoding",
    ),
    "file.too_large": ("文件过大（超过 {limit} KB）", "the file is too large (over {limit} KB)"),
    "err.done_before": (
        "完成日期 {date} 在案例开始（{begins}）之前",
        "the day done, {date}, is before the case began ({begins})",
    ),
    "err.done_range": (
        "可以用的日期：{begins} 至今天（{today}）",
        "Use a day from {begins} to today ({today})",
    ),
    "err.ics_no_dates": (
        "{title}：这份清单没有带日期的步骤（向导没有问开始日期），没有可写入日历的提醒",
        "{title}: this checklist has no step with a date, so there is nothing for a calendar",
    ),
    # Click's and Typer's own words in help and usage errors (commands/chrome.py).
    "help.usage": ("用法：", "Usage: "),
    "help.options": ("选项：", "Options:"),
    "help.arguments": ("参数：", "Arguments:"),
    "help.commands": ("命令：", "Commands:"),
    "help.help": ("显示本帮助后退出", "Show this message and exit."),
    "help.install_completion": (
        "为当前的 shell 安装命令补全",
        "Install completion for the current shell.",
    ),
    "help.show_completion": (
        "显示当前 shell 的补全脚本，可复制或自行安装",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    "help.required": ("必填", "required"),
    "help.default": ("默认：{value}", "default: {value}"),
    "help.env": ("环境变量：{value}", "env var: {value}"),
    "help.extra": ("[{text}]", "[{text}]"),
    "help.try": ("查看帮助：{command}", "Try '{command}' for help."),
    "usage.missing_argument": ("缺少参数 {name}", "Missing argument '{name}'."),
    "usage.missing_option": ("缺少选项 {name}", "Missing option '{name}'."),
    "usage.no_such_option": ("没有这个选项：{name}", "No such option: {name}"),
    "usage.no_such_option_like": (
        "没有这个选项：{name}（可用的选项：{options}）",
        "No such option: {name} (Possible options: {options})",
    ),
    "usage.no_such_command": ("没有这个命令：{name}", "No such command '{name}'."),
    "usage.extra": ("多余的参数：{name}", "Got unexpected extra arguments ({name})"),
    "usage.needs_value": ("选项 {name} 后面要写一个值", "Option '{name}' requires an argument."),
    "usage.no_value": ("选项 {name} 后面不用写值", "Option '{name}' does not take a value."),
    "usage.missing_command": ("缺少命令", "Missing command."),
    "usage.invalid": ("{name} 的值不对：{reason}", "Invalid value for {name}: {reason}"),
    "usage.not_integer": ("应为整数", "it should be a whole number"),
    "usage.at_least": ("应不小于 {low}", "it should be at least {low}"),
    "usage.one_of": ("应为其中之一：{choices}", "it should be one of {choices}"),
    "usage.no_file": ("文件不存在：{path}", "no such file: {path}"),
}
