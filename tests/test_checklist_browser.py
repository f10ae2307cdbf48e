"""The HTML checklist printed to PDF by a real headless Chromium, then read back with poppler.

Needs the Debian packages ``chromium``, ``fonts-noto-cjk`` and ``poppler-utils`` (``.ci/run``
installs them). Skipped when Chromium is missing, except in CI (``CI`` set), where it fails.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import helpers
from helpers import Run
from helpers.browser import page_size, pages, pdf_text, print_pdf, require_browser

TODAY = datetime.date(2026, 9, 1)
ANSWERS = [
    "for-whom=self",
    "situation=stolen",
    "reported=phone",
    "mode=in-person",
    "photo=unsure",
    "police=required",
]


require_browser()
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("today")]


def write(run: Run, target: Path, *extra: str) -> Path:
    args = helpers.answers(*ANSWERS)
    result = run(
        "checklist", "replace-card", *args, "--start", "2026-09-25", "--region", "福州",
        "--format", "html", "-o", str(target), *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    return target


def test_the_printed_checklist_has_the_key_items(run: Run, tmp_path: Path) -> None:
    pdf = print_pdf(write(run, tmp_path / "normal.html"), tmp_path)
    assert "(A4)" in page_size(pdf)
    text = re.sub(r"\s+", "", pdf_text(pdf))  # CJK text comes back without the line breaks
    for expected in (
        "医保卡挂失、补办、领取、激活·到窗口补办的清单",  # the title
        "报警回执或相关证明文件",  # a material
        "2026年10月",  # an expected date (after the National Day holiday)
        "福州市医疗保险管理中心",  # whom to call
        "以当地医保部门规定为准。",  # the disclaimer
    ):
        assert expected in text, expected


def test_large_type_takes_more_pages(run: Run, tmp_path: Path) -> None:
    normal = print_pdf(write(run, tmp_path / "normal.html"), tmp_path)
    large = print_pdf(write(run, tmp_path / "large.html", "--large"), tmp_path)
    assert pages(large) > pages(normal)
    assert "以当地医保部门规定为准。" in re.sub(r"\s+", "", pdf_text(large))
