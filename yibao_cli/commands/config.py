"""``yibao config show|set|unset|reset``: the default region, kept in the user's settings file."""

from typing import Annotated, Any

import typer

from yibao_cli import config
from yibao_cli.app.lookup import announce, ignore_settings, resolver
from yibao_cli.app.output import print_json, stdout
from yibao_cli.commands.base import App
from yibao_cli.commands.options import JsonOption
from yibao_cli.errors import ConfigError
from yibao_cli.strings import t

app = App(
    name="config",
    help=t("cmd.config"),
    no_args_is_help=True,
    add_completion=False,
)

KeyArg = Annotated[str, typer.Argument(metavar="KEY", help=t("arg.config_key"))]


@app.command("show", help=t("cmd.config_show"))
def show(json_output: JsonOption = False) -> None:
    """Show the settings file's path and every setting; a damaged file is said, and exits 1."""
    problem: ConfigError | None = None
    try:
        stored = config.region()
    except ConfigError as error:
        stored, problem = None, error
        ignore_settings(error)
    if json_output:
        region = {"code": stored.code, "name": stored.name} if stored else None
        data: dict[str, Any] = {"path": str(config.path()), "region": region}
        if problem is not None:
            data["error"] = problem.message
        print_json(data)
        _fail_if(problem)
        return
    console = stdout()
    console.print(t("config.file", path=config.path()), soft_wrap=True)
    if problem is not None:
        console.print(t("config.unusable"))
    elif stored is None:
        console.print(t("config.region_unset"))
    else:
        console.print(t("config.region_is", name=stored.name, code=stored.code))
    _fail_if(problem)


def _fail_if(problem: ConfigError | None) -> None:
    # Said once already (on stderr, with what to do): the exit code is the README's, 1.
    if problem is not None:
        raise typer.Exit(problem.code)


@app.command("set", help=t("cmd.config_set"))
def set_value(
    key: KeyArg,
    value: Annotated[str, typer.Argument(metavar="VALUE", help=t("arg.config_value"))],
) -> None:
    """Validate and save a setting."""
    config.check_key(key)
    settings = config.read()  # a corrupt file stops here, before anything is replaced
    place = resolver().resolve(value)
    division = place.now or place.division
    entry: dict[str, Any] = {
        "code": division.code,
        "name": division.full_name,
        "level": division.level,
    }
    settings[key] = entry
    target = config.write(settings)
    stdout().print(t("config.saved", name=division.full_name, code=division.code, path=target))
    announce(place)


@app.command("unset", help=t("cmd.config_unset"))
def unset(key: KeyArg) -> None:
    """Remove a setting."""
    config.check_key(key)
    settings = config.read()
    if key not in settings:
        stdout().print(t("config.was_unset", key=key))
        return
    del settings[key]
    config.write(settings)
    stdout().print(t("config.removed", key=key))


@app.command("reset", help=t("cmd.config_reset"))
def reset() -> None:
    """Move the settings file aside (it is kept) and start with no settings."""
    aside = config.reset()
    if aside is None:
        stdout().print(t("config.reset_none", path=config.path()), soft_wrap=True)
        return
    stdout().print(t("config.reset_done", aside=aside), soft_wrap=True)
