"""Run ``python -m yibao_cli``."""

from yibao_cli.cli import main

main()
