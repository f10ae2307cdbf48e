"""Input yibao cannot use is said plainly: amounts, answers files, dates and day counts in the
catalogue, links that lead out of it, huge files, raw HTML in the data.

Each case once ended in a generic "意外错误", in a wrong reading (``1,3,0,0`` read as 1300) or
in text copied through unescaped; now it is a clear message, with file:line where there is a
file, and a documented exit code.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from helpers import Run, answers, ok, yibao

ID = "440306199001011236"
SECRET = "root:x:0:0:secret-line-of-another-file"


def digits_of(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def refused(run: Run, *args: str, catalogue: Path | None = None) -> str:
    """Run yibao, require a clear refusal (no generic error) and return what it said."""
    result = yibao(run, *args, catalogue=catalogue)
    assert result.code != 0, result.out
    assert "意外错误" not in result.err and "unexpected" not in result.err, result.err
    return result.err


# Amounts.


@pytest.mark.parametrize("bill", [ID, "999999999999999999999999999", "100000000.01", "1e9"])
def test_an_amount_beyond_what_a_bill_can_be_is_refused(run: Run, bill: str) -> None:
    result = yibao(run, "estimate", "--bill", bill)
    assert result.code == 2 and "意外错误" not in result.err
    if bill != "1e9":
        assert "最多 100,000,000 元" in result.err
    assert ID not in digits_of(result.out + result.err)  # neither whole nor grouped


def test_the_largest_amount_is_taken(run: Run) -> None:
    assert "100,000,000.00 元" in ok(run, "estimate", "--bill", "100000000")
    for option in ("--cap", "--deductible", "--outside"):
        err = refused(run, "estimate", "--bill", "1000", option, "100000001")
        assert "最多 100,000,000 元" in err


@pytest.mark.parametrize("bill", ["1,3,0,0", "13,00,0", "1,30", "1300,5000", ",1300", "1,300,00"])
def test_commas_stand_every_three_digits_only(run: Run, bill: str) -> None:
    err = refused(run, "estimate", "--bill", bill)
    assert "逗号" in err and bill in err


@pytest.mark.parametrize(
    ("bill", "shown"),
    [("1,300", "1,300.00 元"), ("1,300,000.50", "1,300,000.50 元"), ("1,000-2,000", "2,000.00")],
)
def test_commas_between_groups_of_three_are_read(run: Run, bill: str, shown: str) -> None:
    assert shown in ok(run, "estimate", "--bill", bill)


@pytest.mark.parametrize(
    ("option", "value", "point"),
    [("--ratio", "85,5%", "85.5"), ("--bill", "1300,50", "1300.50"), ("--cut", "10,5", "10.5")],
)
def test_a_decimal_comma_is_named(run: Run, option: str, value: str, point: str) -> None:
    args = ["--elsewhere", "referral"] if option == "--cut" else []
    err = refused(run, "estimate", "--bill", "1000", *args, option, value)
    assert "逗号是小数点吗" in err and point in err


def test_a_decimal_comma_is_named_in_english(run: Run) -> None:
    err = refused(run, "--lang", "en", "estimate", "--bill", "1000", "--ratio", "85,5%")
    assert "decimal comma" in err and "85.5" in err


# The catalogue stays in its folder.


def outside_links(tmp_path: Path, catalogue: Path) -> Path:
    """Links inside a catalogue copy that lead out of it, to a file with a secret line."""
    secret = tmp_path / "elsewhere" / "shadow"
    secret.parent.mkdir()
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    (catalogue / "procedures" / "x.yaml").symlink_to(secret)
    (catalogue / "menu.yaml").symlink_to(secret)
    return secret


def test_validate_never_reads_a_link_that_leads_out_of_its_folder(
    run: Run, tmp_path: Path, catalogue_copy: Path
) -> None:
    secret = outside_links(tmp_path, catalogue_copy)
    for args in (["validate", str(catalogue_copy)], ["--catalogue", str(catalogue_copy), "list"]):
        err = refused(run, *args)
        assert "x.yaml: 是指向" in err and "menu.yaml: 是指向" in err and "之外的符号链接" in err
        assert "secret" not in err and str(secret) not in err and "elsewhere" not in err
    result = yibao(run, "validate", str(catalogue_copy), "--json")
    assert result.code == 4
    problems = json.loads(result.out)["problems"]
    assert len(problems) == 2 and all("之外的符号链接" in line for line in problems)
    assert "secret" not in result.out + result.err


def test_a_folder_linked_from_elsewhere_is_outside_too(
    run: Run, tmp_path: Path, catalogue_copy: Path
) -> None:
    moved = tmp_path / "flows-elsewhere"
    (catalogue_copy / "flows").rename(moved)
    (catalogue_copy / "flows").symlink_to(moved)
    err = refused(run, "validate", str(catalogue_copy))
    assert "flows/alpha.yaml: 是指向" in err and "flows-elsewhere" not in err


def test_a_link_that_stays_inside_is_read(run: Run, catalogue_copy: Path) -> None:
    spare = catalogue_copy / "spare"
    spare.mkdir()
    (catalogue_copy / "procedures" / "beta.yaml").rename(spare / "beta.yaml")
    (catalogue_copy / "procedures" / "beta.yaml").symlink_to(spare / "beta.yaml")
    assert "2 个办事项目" in ok(run, "validate", str(catalogue_copy))


# Dates and day counts the catalogue holds.


def ledger(catalogue: Path, verified: str, review_days: str) -> None:
    (catalogue / "sources.yaml").write_text(
        "sources:\n"
        "  - id: src-a\n"
        "    kind: policy\n"
        "    title: 一份文件\n"
        f"    verified: {verified}\n"
        f"    review_days: {review_days}\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("verified", "review_days", "where", "said"),
    [
        ("9999-12-31", "365", "sources.yaml:5: sources[0].verified", "日期超出能计算的范围"),
        ("2026-11-01", "99999999999999999999", "sources.yaml:6: sources[0].review_days", "数太大"),
    ],
)
def test_a_ledger_date_or_day_count_nothing_can_count_with(
    run: Run,
    catalogue_copy: Path,
    verified: str,
    review_days: str,
    where: str,
    said: str,
) -> None:
    ledger(catalogue_copy, verified, review_days)
    for args in (
        ["validate", str(catalogue_copy)],
        ["sources"],
        ["show", "alpha"],
        ["card-number-channels"],
        ["list"],
    ):
        catalogue = None if args[0] == "validate" else catalogue_copy
        result = yibao(run, *args, catalogue=catalogue)
        assert result.code == 4, args
        assert where in result.err and said in result.err, result.err
        assert "意外错误" not in result.err


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_procedure_date_out_of_reach_is_refused(run: Run, catalogue_copy: Path, day: str) -> None:
    alpha = catalogue_copy / "procedures" / "alpha.yaml"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace("reviewed: 2026-11-01", f"reviewed: {day}"),
        encoding="utf-8",
    )
    err = refused(run, "validate", str(catalogue_copy))
    assert "alpha.yaml:4: reviewed: 日期超出能计算的范围" in err


# Answers files.


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("situation: lost\napply-date: 2026-09-01 10:00:00\n", "a.yaml:2: apply-date"),
        ("answers:\n  apply-date: 2026-09-01T10:00:00\n", "a.yaml:2: answers.apply-date"),
    ],
)
def test_an_answers_date_with_a_time_of_day_is_located(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, where: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(text, encoding="utf-8")
    result = yibao(run, "guide", "replace-card", "--defaults", "--answers", "a.yaml")
    assert result.code == 2
    assert where in result.err and "日期不带时刻：请写成 apply-date: 2026-09-01" in result.err


def test_a_file_of_200000_keys_is_refused_quickly_for_what_it_is(run: Run, tmp_path: Path) -> None:
    many = tmp_path / "answers.yaml"
    many.write_text("".join(f"k{n}: v\n" for n in range(200_000)), encoding="utf-8")
    started = time.monotonic()
    result = yibao(run, "guide", "replace-card", "--answers", str(many))
    assert time.monotonic() - started < 5  # it took 7.7 s, and then blamed aliases
    assert result.code == 2
    assert "值太多（超过 100000 项）" in result.err and "别名" not in result.err
    assert "answers.yaml:50000:" in result.err  # where the limit was passed


# Markdown.


def test_raw_html_in_the_data_is_escaped_in_markdown(run: Run, catalogue_copy: Path) -> None:
    from markdown_it import MarkdownIt

    html = "<script>alert(1)</script> &amp; <b onclick=x>"
    for name in ("fuzhou", "fujian"):  # the region names end up in the tags too
        region = catalogue_copy / "regions" / f"{name}.yaml"
        text = region.read_text(encoding="utf-8")
        region.write_text(
            text.replace("name: 福", f'name: "福{html}', 1).replace("\nlevel:", '"\nlevel:', 1),
            encoding="utf-8",
        )
    alpha = catalogue_copy / "procedures" / "alpha.yaml"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace("title: 第一步", f'title: "第一步 {html}"'),
        encoding="utf-8",
    )
    given = answers("kind=lost", "reported=no", "age=30", "apps=phone", "how=office", "day=today")
    for extra in ([], ["--brief"]):
        out = ok(
            run,
            "checklist",
            "alpha",
            "-r",
            "福州",
            "-F",
            "markdown",
            *given,
            *extra,
            catalogue=catalogue_copy,
        )
        assert "<script>" in out.replace("\\<", "<")  # the text is there…
        tokens = MarkdownIt("commonmark").parse(out)
        inline = [child for token in tokens for child in token.children or ()]
        assert not [t for t in [*tokens, *inline] if "html" in t.type]  # …never as HTML
        page = MarkdownIt("commonmark").render(out)
        assert "&lt;script&gt;" in page and "&amp;amp;" in page
