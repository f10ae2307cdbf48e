"""Run ``python -m yibao_cli``."""

from yibao_cli.launch import main

main()
