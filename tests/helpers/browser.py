"""Printed pages: HTML printed to PDF by a real headless Chromium, then read back with poppler.

Needs the Debian packages ``chromium``, ``fonts-noto-cjk`` and ``poppler-utils`` (``.ci/run``
installs them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def chromium() -> str | None:
    """Where Chromium is, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


BROWSER = chromium()


def require_browser() -> None:
    """Skip the calling test module when Chromium is missing, except in CI (``CI`` set)."""
    if BROWSER is None and not os.environ.get("CI"):
        pytest.skip("chromium is not installed (CI installs it)", allow_module_level=True)


def tool(name: str) -> str:
    """Where a poppler tool is; fails when it is missing."""
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
    """The text of a PDF, laid out as on the page."""
    done = subprocess.run(
        [tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def pages(pdf: Path) -> int:
    """How many pages a PDF has."""
    done = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    assert match, done.stdout
    return int(match.group(1))


def page_size(pdf: Path) -> str:
    """What pdfinfo says of a PDF (its page size among the rest)."""
    done = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    return done.stdout
