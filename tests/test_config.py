"""yibao config: a default region saved in the user's settings, overridden by --region."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import FIXTURE, Run


@pytest.fixture
def settings_file() -> Path:
    return Path(os.environ["YIBAO_HOME"]) / "config" / "config.json"


def cfg(run: Run, *args: str) -> tuple[int, str, str]:
    result = run("--catalogue", str(FIXTURE), "config", *args)
    assert "Traceback" not in result.out + result.err
    return result.code, result.out, result.err


def test_set_show_unset_round_trip(run: Run, settings_file: Path) -> None:
    code, out, _ = cfg(run, "set", "region", "杭州")
    assert code == 0
    assert "默认地区已设为 浙江省杭州市（330100）" in out
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    assert saved == {"region": {"code": "330100", "name": "浙江省杭州市", "level": "city"}}
    assert not [p for p in settings_file.parent.iterdir() if p.name != "config.json"]

    code, out, _ = cfg(run, "show")
    assert code == 0
    assert str(settings_file) in out
    assert "region（默认地区）：浙江省杭州市（330100）" in out

    code, out, _ = cfg(run, "show", "--json")
    assert json.loads(out) == {
        "path": str(settings_file),
        "region": {"code": "330100", "name": "浙江省杭州市"},
    }

    code, out, _ = cfg(run, "unset", "region")
    assert code == 0 and "已删除设置 region" in out
    assert json.loads(settings_file.read_text(encoding="utf-8")) == {}
    code, out, _ = cfg(run, "show")
    assert "未设置" in out
    assert json.loads(cfg(run, "show", "--json")[1])["region"] is None


def test_show_without_a_file(run: Run, settings_file: Path) -> None:
    code, out, _ = cfg(run, "show")
    assert code == 0 and "未设置" in out
    assert not settings_file.exists()


def test_unset_when_not_set(run: Run) -> None:
    code, out, _ = cfg(run, "unset", "region")
    assert code == 0
    assert "region 本来就没有设置" in out


def test_configured_region_is_used_and_said(run: Run) -> None:
    assert cfg(run, "set", "region", "福州")[0] == 0
    result = run("--catalogue", str(FIXTURE), "show", "alpha")
    assert result.code == 0
    assert "地区：福建省福州市（350100，默认地区" in result.out
    assert "费用：十元 [属地 · 福州市（市级）]" in result.out
    data = json.loads(run("--catalogue", str(FIXTURE), "show", "alpha", "--json").out)
    assert data["region"]["code"] == "350100" and data["region"]["source"] == "config"


def test_region_option_overrides_the_configured_one(run: Run) -> None:
    cfg(run, "set", "region", "杭州")
    result = run("--catalogue", str(FIXTURE), "show", "alpha", "--region", "福州鼓楼")
    assert result.code == 0
    assert "地区：福建省福州市鼓楼区（350102）" in result.out
    assert "费用：二十元" in result.out
    assert "默认地区" not in result.out


def test_set_stores_the_code_so_a_new_name_is_not_needed(run: Run, settings_file: Path) -> None:
    cfg(run, "set", "region", "Zhejiang Hangzhou Xihu")
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    assert saved["region"]["code"] == "330106"
    assert saved["region"]["name"] == "浙江省杭州市西湖区"


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (("set", "region", "鼓楼区"), 2, "对应多个地区"),
        (("set", "region", "火星"), 3, "未找到地区"),
        (("set", "region", "12"), 2, "6 位数字"),
        (("set", "colour", "red"), 2, "没有名为 'colour' 的设置项，可用：region"),
        (("unset", "colour"), 2, "没有名为 'colour' 的设置项"),
        (("set", "region"), 2, "VALUE"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_written(
    run: Run, settings_file: Path, args: tuple[str, ...], exit_code: int, message: str
) -> None:
    code, out, err = cfg(run, *args)
    assert code == exit_code
    assert message in err
    assert not settings_file.exists()


def test_a_bad_value_keeps_the_old_setting(run: Run, settings_file: Path) -> None:
    cfg(run, "set", "region", "杭州")
    before = settings_file.read_bytes()
    assert cfg(run, "set", "region", "朝阳区")[0] == 2
    assert settings_file.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b"\xff\xfe", b""],
    ids=["syntax", "not-an-object", "not-utf8", "empty"],
)
def test_a_corrupt_file_never_blocks_reading(run: Run, settings_file: Path, content: bytes) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)
    result = run("--catalogue", str(FIXTURE), "show", "alpha")
    assert result.code == 0 and "甲流程" in result.out
    assert result.err.count("设置文件已损坏") == 1 and str(settings_file) in result.err
    assert "yibao config reset" in result.err and "这次不使用默认地区设置" in result.err
    code, out, err = cfg(run, "show")  # said, with exit 1 as the README lists
    assert code == 1 and "设置文件无法使用" in out and err.count("设置文件已损坏") == 1
    assert str(settings_file) in out and "意外错误" not in err
    code, out, _ = cfg(run, "show", "--json")
    assert code == 1 and json.loads(out)["region"] is None
    assert "设置文件已损坏" in json.loads(out)["error"]
    assert run("--catalogue", str(FIXTURE), "show", "alpha", "-r", "福州").code == 0
    assert settings_file.read_bytes() == content  # reading never changes it


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b"\xff\xfe", b""],
    ids=["syntax", "not-an-object", "not-utf8", "empty"],
)
def test_writing_to_a_corrupt_file_says_what_to_do(
    run: Run, settings_file: Path, content: bytes
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)
    for args in (("set", "region", "杭州"), ("unset", "region")):
        code, out, err = cfg(run, *args)
        assert code == 1, args
        assert "设置文件已损坏" in err and str(settings_file) in err
        assert "文件未被改动" in err and "yibao config reset" in err
    assert settings_file.read_bytes() == content


def test_reset_moves_a_corrupt_file_aside_and_starts_clean(run: Run, settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(b"{not json")
    code, out, _ = cfg(run, "reset")
    assert code == 0
    kept = list(settings_file.parent.glob("config.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"{not json"
    assert str(kept[0]) in out
    assert not settings_file.exists()
    assert cfg(run, "set", "region", "杭州")[0] == 0
    result = run("--catalogue", str(FIXTURE), "show", "alpha")
    assert result.code == 0 and "损坏" not in result.err
    code, out, _ = cfg(run, "reset")  # a good file is moved aside too, never deleted
    assert code == 0 and len(list(settings_file.parent.glob("config.json.broken-*"))) == 2
    code, out, _ = cfg(run, "reset")
    assert code == 0 and "无需重置" in out


def test_reset_in_english(run: Run, settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(b"[")
    result = run("--lang", "en", "--catalogue", str(FIXTURE), "show", "alpha")
    assert result.code == 0 and "the settings file is damaged" in result.err
    assert "Run yibao config reset" in result.err
    result = run("--lang", "en", "--catalogue", str(FIXTURE), "config", "reset")
    assert result.code == 0 and "was moved to" in result.out


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"code": "abc"}, "设置文件中的 region 无效"),
        ("杭州", "设置文件中的 region 无效"),
        ({"code": "999999", "name": "某地"}, "默认地区 某地（999999）已无法识别"),
    ],
)
def test_bad_region_in_the_file(run: Run, settings_file: Path, entry: object, message: str) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(json.dumps({"region": entry}), encoding="utf-8")
    result = run("--catalogue", str(FIXTURE), "show", "alpha")
    assert result.code == 0
    assert result.err.count(message) == 1
    assert "yibao config set region" in result.err


def test_other_keys_in_the_file_are_kept(run: Run, settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('{"future": 1}', encoding="utf-8")
    cfg(run, "set", "region", "杭州")
    assert json.loads(settings_file.read_text(encoding="utf-8"))["future"] == 1


def test_unwritable_settings_directory(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("YIBAO_HOME", str(blocker))
    code, _, err = cfg(run, "set", "region", "杭州")
    assert code == 1
    assert "无法写入设置文件" in err


def test_config_without_subcommand_shows_help(run: Run) -> None:
    result = run("config")
    assert "set" in result.out + result.err and "unset" in result.out + result.err
