"""A minimal Typer + Rich program printing a table comparable to ``yibao balance-channels``.

Run bare (``python reference.py``) it is the smallest Typer + Rich program. With ``--options``
its command takes the same options as ``yibao balance-channels`` (``--kind``, ``--region``,
``--json``): Typer builds a pydantic validator for each option, a cost every Typer program with
options pays, so this is the like-for-like reference.
"""

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


def table() -> None:
    """Print one table."""
    grid = Table("渠道", "怎么查")
    for number in range(8):
        grid.add_row(
            f"渠道 {number}", "打开支付宝 → 市民中心 → 社保 → 电子社保卡 → 社保查询 → 医保余额"
        )
    Console().print(grid)


@app.command()
def bare() -> None:
    """Print the table; no options."""
    table()


def with_options(
    kind: Annotated[str | None, typer.Option("--kind")] = None,
    region: Annotated[str | None, typer.Option("--region")] = None,
    json_output: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Print the table; the same options as ``yibao balance-channels``."""
    table()


if __name__ == "__main__":
    if "--options" in sys.argv:
        sys.argv.remove("--options")
        app = typer.Typer()
        app.command()(with_options)
    app()
