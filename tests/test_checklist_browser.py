"""The HTML checklist printed to PDF by a real headless Chromium, then read back with poppler.

Needs the Debian packages ``chromium``, ``fonts-noto-cjk`` and ``poppler-utils`` (``.ci/run``
installs them). Skipped when Chromium is missing, except in CI (``CI`` set), where it fails.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import Run
from yibao_cli.app import context

pytestmark = pytest.mark.slow

TODAY = datetime.date(2026, 9, 1)
ANSWERS = [
    "situation=stolen",
    "reported=phone",
    "mode=in-person",
    "photo=unsure",
    "police=required",
]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


BROWSER = chromium()
if BROWSER is None and not os.environ.get("CI"):
    pytest.skip("chromium is not installed (CI installs it)", allow_module_level=True)


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "today", lambda: TODAY)


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: apt-get install poppler-utils"
    return found


def print_pdf(page: Path, tmp_path: Path) -> Path:
    """Print an HTML file to an A4 PDF with headless Chromium."""
    assert BROWSER, "chromium is missing: apt-get install chromium fonts-noto-cjk"
    out = page.with_suffix(".pdf")
    done = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and out.is_file(), done.stderr[-2000:]
    return out


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(
        [tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def pages(pdf: Path) -> int:
    done = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    assert match, done.stdout
    return int(match.group(1))


def page_size(pdf: Path) -> str:
    done = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    return done.stdout


def write(run: Run, target: Path, *extra: str) -> Path:
    args = [arg for pair in ANSWERS for arg in ("--answer", pair)]
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
