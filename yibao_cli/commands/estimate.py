"""``yibao estimate``: how much the insurance pays back, with every step of the arithmetic.

Every figure is an option; a figure left out is unknown and the answer becomes a range. On a
terminal, without ``--bill``, the "估算能报多少" wizard asks for the figures instead.
"""

from __future__ import annotations

from typing import Annotated

import typer

from yibao_cli.commands.options import JsonOption
from yibao_cli.strings import t


def _figure(name: str, metavar: str) -> object:
    option = f"--{name.replace('_', '-')}"
    return typer.Option(option, metavar=metavar, help=t(f"opt.estimate_{name}"), show_default=False)


Amount = Annotated[str | None, _figure("bill", "YUAN")]
Outside = Annotated[str | None, _figure("outside", "YUAN")]
ClassB = Annotated[str | None, _figure("class_b", "YUAN")]
ClassBShare = Annotated[str | None, _figure("class_b_share", "N%")]
Deductible = Annotated[str | None, _figure("deductible", "YUAN")]
DeductibleUsed = Annotated[str | None, _figure("deductible_used", "YUAN")]
Ratio = Annotated[str | None, _figure("ratio", "N%")]
Cap = Annotated[str | None, _figure("cap", "YUAN|none")]
CapUsed = Annotated[str | None, _figure("cap_used", "YUAN")]
Cut = Annotated[str | None, _figure("cut", "N")]
FirstPay = Annotated[str | None, _figure("first_pay", "N%")]
SettingOption = Annotated[str, _figure("setting", "inpatient|outpatient")]
LevelOption = Annotated[str, _figure("level", "primary|secondary|tertiary|unknown")]
ElsewhereOption = Annotated[str, _figure("elsewhere", "home|long-term|referral|emergency|other")]
FormOption = Annotated[str | None, _figure("form", "cut|first-pay|unknown")]


def estimate(
    bill: Amount = None,
    outside: Outside = None,
    class_b: ClassB = None,
    class_b_share: ClassBShare = None,
    deductible: Deductible = None,
    deductible_used: DeductibleUsed = None,
    ratio: Ratio = None,
    cap: Cap = None,
    cap_used: CapUsed = None,
    setting: SettingOption = "inpatient",
    level: LevelOption = "unknown",
    elsewhere: ElsewhereOption = "home",
    form: FormOption = None,
    cut: Cut = None,
    first_pay: FirstPay = None,
    json_output: JsonOption = False,
) -> None:
    """Estimate how much the insurance pays for a bill, showing each step."""
    from yibao_cli.app import estimate as estimation
    from yibao_cli.estimate.inputs import Raw

    raw = Raw(
        bill=bill,
        outside=outside,
        class_b=class_b,
        class_b_share=class_b_share,
        deductible=deductible,
        deductible_used=deductible_used,
        ratio=ratio,
        cap=cap,
        cap_used=cap_used,
        cut=cut,
        first_pay=first_pay,
        elsewhere=elsewhere,
        form=form,
        setting=setting,
        level=level,
    )
    estimation.run(raw, json_output)
