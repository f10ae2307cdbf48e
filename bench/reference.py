"""A minimal Typer + Rich program printing a table comparable to ``yibao balance-channels``."""

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def main() -> None:
    """Print one table."""
    table = Table("渠道", "怎么查")
    for number in range(8):
        table.add_row(f"渠道 {number}", "打开支付宝 → 市民中心 → 社保 → 电子社保卡 → 社保查询 → 医保余额")
    Console().print(table)


if __name__ == "__main__":
    app()
