"""The read-only commands as a user runs them: output, JSON shapes, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURE, ROOT, Run, golden

GOLDEN = Path(__file__).parent / "golden"


def fixture(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--catalogue", str(FIXTURE), *args)
    return result.code, result.out, result.err


def check_golden(name: str, text: str) -> None:
    golden(GOLDEN / name, text)


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.startswith("yibao ")


def test_help_is_chinese(run: Run) -> None:
    result = run("--help")
    assert result.code == 0
    assert "医保卡办事指南" in result.out
    for command in ("list", "show", "channels", "balance-channels", "validate"):
        assert command in result.out


def test_list_text(run: Run) -> None:
    code, out, _ = fixture(run, "list")
    assert code == 0
    assert "alpha" in out and "甲流程" in out and "用于测试的流程" in out


def test_list_json_shape(run: Run) -> None:
    code, out, _ = fixture(run, "list", "--json")
    assert code == 0
    items = json.loads(out)
    assert [item["id"] for item in items] == ["alpha", "beta"]
    assert {"id", "title", "summary", "aliases", "reviewed"} <= set(items[0])
    assert items[0]["reviewed"] == "2026-11-01"


def test_show_golden(run: Run) -> None:
    code, out, err = fixture(run, "show", "alpha")
    assert code == 0, err
    check_golden("show-alpha.txt", out)


def test_show_region_golden(run: Run) -> None:
    code, out, _ = fixture(run, "show", "alpha", "--region", "福州")
    assert code == 0
    check_golden("show-alpha-fuzhou.txt", out)


def test_show_by_alias(run: Run) -> None:
    code, out, _ = fixture(run, "show", "测试甲")
    assert code == 0
    assert "(alpha)" in out


def test_show_lists_every_part(run: Run) -> None:
    code, out, _ = fixture(run, "show", "alpha")
    assert code == 0
    for expected in (
        "办理步骤",
        "1. 第一步 [全国]",
        "7–15个工作日",
        "其中一种说法：7–10个工作日（文章一） [经验]",
        "所需材料",
        "☐ 身份证 [全国]",
        "办理渠道",
        "电话 · 测试热线 [全国]  ☎ 12333",
        "2) 按 [1] 号键",
        "适合：不上网的人",
        "要点",
        "费用：免费 [属地]",
        "注意事项",
        "⚠注意：不要外借 [全国]",
        "常见问题",
        "问：要多久？",
        "内容核对日期：2026-11-01",
        "以当地医保部门规定为准。",
        "可信度：全国＝全国统一政策",
    ):
        assert expected in out, expected


def test_show_region_overlay_most_specific_wins(run: Run) -> None:
    code, out, _ = fixture(run, "show", "alpha", "--region", "福州")
    assert code == 0
    assert "费用：十元 [属地 · 福州市（市级）]" in out  # the city replaces the province's 五元
    assert "五元" not in out
    assert "提示：省级提示 [属地 · 福建省（省级）]" in out
    assert "1–3个工作日 [属地 · 福州市（市级）]" in out
    assert "福州测试中心" in out


def test_show_region_without_data_says_national(run: Run) -> None:
    code, out, err = fixture(run, "show", "beta", "--region", "福建")
    assert code == 0
    said = "".join(out.split())
    assert "福建省收录的地方信息是关于“甲流程”的，没有与这个办事项目有关的" in said


def test_show_region_lists_only_regions_that_add_something(run: Run) -> None:
    code, out, _ = fixture(run, "show", "beta", "--region", "福州")
    assert code == 0
    assert "已加入地方信息：福州市（" in out


def test_show_unknown_region_suggests_close_names(run: Run) -> None:
    code, out, err = fixture(run, "show", "alpha", "--region", "福洲")
    assert code == 3
    assert out == ""
    assert "未找到地区 '福洲'" in err
    assert "350100  福建省福州市（市级）" in err


def test_show_json_shape(run: Run) -> None:
    code, out, _ = fixture(run, "show", "alpha", "--region", "福州", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1 and data["id"] == "alpha" and data["lang"] == "zh"
    assert data["title"] == "甲流程"
    assert data["region"] == {
        "code": "350100",
        "name": "福州市",
        "full_name": "福建省福州市",
        "level": "city",
        "source": "option",
        "historical": False,
    }
    assert data["applied"] == [
        {"code": "350100", "name": "福州市", "level": "city"},
        {"code": "350000", "name": "福建省", "level": "province"},
    ]
    assert data["local"] is True
    wait = data["steps"][1]
    assert wait["range"] == {"min": 1, "max": 3} and wait["origin"] == "350100"
    assert wait["origin_level"] == "city"
    first = data["steps"][0]
    assert first["durations"] == [] and first["range"] is None and first["origin"] is None
    assert data["channels"][0]["via"] == "hotline" and data["channels"][0]["kind"] == "phone"
    assert data["facts"] == [
        {
            "id": "fee",
            "label": "费用",
            "value": "十元",
            "tier": "属地",
            "sources": [],
            "quote": None,
            "derived": None,
            "origin": "350100",
            "origin_level": "city",
        }
    ]
    assert all(
        "tier" in item
        for key in ("steps", "materials", "channels", "notes", "faq")
        for item in data[key]
    )
    assert data["disclaimer"] == "以当地医保部门规定为准。"


def test_show_json_national_ranges(run: Run) -> None:
    code, out, _ = fixture(run, "show", "alpha", "--json")
    data = json.loads(out)
    assert data["region"] is None
    assert data["steps"][1]["range"] == {"min": 7, "max": 15}
    assert [d["max"] for d in data["steps"][1]["durations"]] == [10, 15]


def test_unknown_id_suggests(run: Run) -> None:
    code, out, err = fixture(run, "show", "alpah")
    assert code == 3
    assert out == ""
    assert "没有名为 'alpah' 的办事项目" in err
    assert "alpha  甲流程" in err


def test_unknown_id_with_nothing_close(run: Run) -> None:
    code, _, err = fixture(run, "show", "zzzzzz")
    assert code == 3
    assert "yibao list" in err


def test_channels_filter_by_kind(run: Run) -> None:
    code, out, _ = fixture(run, "channels", "alpha", "--kind", "app")
    assert code == 0
    assert "测试应用" in out and "测试热线" not in out


def test_channels_bad_kind(run: Run) -> None:
    code, _, err = fixture(run, "channels", "alpha", "--kind", "fax")
    assert code == 2
    assert "online | phone | offline | app" in err


def test_channels_json(run: Run) -> None:
    code, out, _ = fixture(run, "channels", "alpha", "--kind", "phone", "--json")
    data = json.loads(out)
    assert code == 0
    assert [c["via"] for c in data["channels"]] == ["hotline"]
    assert data["channels"][0]["steps"] == ["拨打热线", "按 [1] 号键"]


def test_usage_error_exit_code(run: Run) -> None:
    result = run("show")
    assert result.code == 2
    assert "Traceback" not in result.err


def test_environment_variable_selects_catalogue(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YIBAO_DATA", str(FIXTURE))
    result = run("list", "--json")
    assert [item["id"] for item in json.loads(result.out)] == ["alpha", "beta"]


def test_edited_catalogue_is_not_served_from_cache(run: Run, catalogue_copy: Path) -> None:
    first = run("--catalogue", str(catalogue_copy), "show", "beta", "--json")
    assert json.loads(first.out)["summary"] == "第二个测试流程"
    path = catalogue_copy / "procedures/beta.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("第二个测试流程", "改过的简介"), encoding="utf-8"
    )
    second = run("--catalogue", str(catalogue_copy), "show", "beta", "--json")
    assert json.loads(second.out)["summary"] == "改过的简介"


def test_corrupt_cache_is_rebuilt(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YIBAO_CACHE", str(tmp_path))
    assert run("--catalogue", str(FIXTURE), "list").code == 0
    folders = list(tmp_path.glob("catalogue-*"))
    assert len(folders) == 1
    (folders[0] / "index.pickle").write_bytes(b"not a pickle")
    (folders[0] / "procedure-alpha.pickle").write_bytes(b"\x80\x05garbage")
    result = run("--catalogue", str(FIXTURE), "show", "alpha")
    assert result.code == 0 and "甲流程" in result.out


def test_lost_cache_part_is_rebuilt(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YIBAO_CACHE", str(tmp_path))
    assert run("--catalogue", str(FIXTURE), "list").code == 0
    (folder,) = tmp_path.glob("catalogue-*")
    (folder / "procedure-alpha.pickle").unlink()
    result = run("--catalogue", str(FIXTURE), "show", "alpha", "--json")
    assert result.code == 0 and json.loads(result.out)["id"] == "alpha"
    assert (folder / "procedure-alpha.pickle").exists()


@pytest.mark.parametrize("damage", ["lose", "corrupt"])
def test_lost_or_corrupt_summaries_are_rebuilt(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    monkeypatch.setenv("YIBAO_CACHE", str(tmp_path))
    assert run("--catalogue", str(FIXTURE), "show", "alpha").code == 0
    (folder,) = tmp_path.glob("catalogue-*")
    summaries = folder / "summaries.pickle"
    if damage == "lose":
        summaries.unlink()
    else:
        summaries.write_bytes(b"\x80\x05garbage")
    result = run("--catalogue", str(FIXTURE), "list", "--json")
    assert result.code == 0
    assert [item["id"] for item in json.loads(result.out)] == ["alpha", "beta"]
    assert run("--catalogue", str(FIXTURE), "show", "nope").code == 3  # suggestions read them
    assert summaries.exists()


def test_added_procedure_file_is_seen(run: Run, catalogue_copy: Path) -> None:
    assert run("--catalogue", str(catalogue_copy), "show", "gamma").code == 3
    beta = (catalogue_copy / "procedures/beta.yaml").read_text(encoding="utf-8")
    (catalogue_copy / "procedures/gamma.yaml").write_text(
        beta.replace("id: beta", "id: gamma").replace("[乙]", "[丙]"), encoding="utf-8"
    )
    result = run("--catalogue", str(catalogue_copy), "show", "gamma", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["id"] == "gamma"


def test_files_that_are_not_yaml_do_not_count(run: Run, catalogue_copy: Path) -> None:
    (catalogue_copy / "procedures/notes.txt").write_text("not part of the catalogue")
    (catalogue_copy / "procedures/beta.yaml.bak").write_text(": broken")
    result = run("--catalogue", str(catalogue_copy), "list", "--json")
    assert result.code == 0, result.err
    assert [item["id"] for item in json.loads(result.out)] == ["alpha", "beta"]


def test_unwritable_cache_still_works(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("YIBAO_CACHE", str(blocker / "sub"))
    result = run("--catalogue", str(FIXTURE), "list")
    assert result.code == 0 and "alpha" in result.out


@pytest.mark.slow
def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "YIBAO_CACHE": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "yibao_cli", "--catalogue", str(FIXTURE), "list"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert "alpha" in done.stdout


def test_same_size_edit_with_restored_mtime_is_seen(run: Run, catalogue_copy: Path) -> None:
    path = catalogue_copy / "procedures/beta.yaml"
    assert (
        json.loads(run("--catalogue", str(catalogue_copy), "show", "beta", "--json").out)["summary"]
        == "第二个测试流程"
    )
    stat = path.stat()
    path.write_text(
        path.read_text(encoding="utf-8").replace("第二个测试流程", "第三个测试流程"),
        encoding="utf-8",
    )
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime
    result = run("--catalogue", str(catalogue_copy), "show", "beta", "--json")
    assert json.loads(result.out)["summary"] == "第三个测试流程"
