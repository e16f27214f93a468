"""Frameworks are data: the bundled 34 criteria load, and every kind of broken file is
reported with the file, the criterion and the field, and skipped."""
from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plandesk import paths
from plandesk.domain.framework import FrameworkError, parse_framework
from plandesk.storage.frameworks import load_catalog, load_framework_file

BUNDLED = paths.frameworks_dir() / "xa-dien-hinh-antq-2023.toml"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "003_83c8521d2986fb5e.txt"


def bundled_data() -> dict:
    return tomllib.loads(BUNDLED.read_text(encoding="utf-8"))


def test_bundled_framework_has_34_criteria_in_groups_of_7_8_19():
    fw = load_framework_file(BUNDLED)
    assert fw.id == "xa-dien-hinh-antq"
    assert [(g.code, g.size, len(fw.criteria_of(g.code))) for g in fw.groups] == [
        ("I", 7, 7), ("II", 8, 8), ("III", 19, 19)]
    assert [c.code for c in fw.criteria_of("I")] == [f"I.{i}" for i in range(1, 8)]
    assert fw.uid("III.14") == "xa-dien-hinh-antq:III.14"
    for criterion in fw.criteria:
        assert unicodedata.is_normalized("NFC", criterion.text)
        assert "*" not in criterion.text


def test_bundled_conditions_match_the_plan():
    fw = load_framework_file(BUNDLED)
    kinds = {c.code: {cond.kind for cond in c.conditions} for c in fw.criteria}
    assert kinds["III.3"] == {"reduction_at_least"}
    assert "rate_below" in kinds["III.14"]
    assert kinds["II.3"] == {"events"}
    assert len(fw.criterion("II.3").conditions[0].events) == 7
    assert "rating_at_least" in kinds["II.8"]
    assert fw.criterion("III.11").conditions[0].params["min"] == 100


def documented_corrections() -> list[tuple[str, str]]:
    """(source wording, shipped wording) of each text row of docs/frameworks.md's table."""
    import re

    doc = (Path(__file__).parents[2] / "docs" / "frameworks.md").read_text(encoding="utf-8")
    rows = []
    for line in doc.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].endswith(" text"):
            source, shipped = (re.sub(r"^“|”$", "", c).replace("**", "") for c in cells[1:3])
            rows.append((source, shipped))
    return rows


@pytest.mark.skipif(not SEED.is_file(), reason="the seed documents (../shared/seeds) are not beside this checkout")
def test_bundled_texts_are_the_source_with_only_the_documented_corrections():
    source = SEED.read_text(encoding="utf-8").replace("*", "")
    corrections = documented_corrections()
    assert len(corrections) >= 6
    for before, after in corrections:
        assert before in source, before
        source = source.replace(before, after)
    fw = load_framework_file(BUNDLED)
    for criterion in fw.criteria:
        for paragraph in criterion.text.split("\n"):
            first = paragraph.split(" “xã hội đen”")[0]  # III.2 is broken across lines in the source
            assert first in source, criterion.code
    for wrong in ("Kiểm chế", "VP5", "Bộ Trưởng", "Công văn 5375", "Tổ chức Chính trị - Xã hội", "với Hội nghị"):
        assert all(wrong not in c.text for c in fw.criteria), wrong


def write(tmp_path: Path, data_or_text, name="bo-tieu-chi.toml") -> Path:
    path = tmp_path / name
    if isinstance(data_or_text, (bytes, str)):
        path.write_bytes(data_or_text if isinstance(data_or_text, bytes) else data_or_text.encode("utf-8"))
    else:
        path.write_text(to_toml(data_or_text), encoding="utf-8")
    return path


def to_toml(data: dict) -> str:
    """A tiny TOML writer for the shapes used in these tests."""
    import json

    def value(v):
        if isinstance(v, dict):   # an inline table (each_year)
            return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {value(x)}" for k, x in v.items()) + " }"
        return json.dumps(v, ensure_ascii=False) if not isinstance(v, bool) else str(v).lower()

    lines = []
    for key, v in data.items():
        if not isinstance(v, (list, dict)) or (isinstance(v, list) and v and not isinstance(v[0], dict)):
            lines.append(f"{key} = {value(v) if not isinstance(v, list) else '[' + ', '.join(map(value, v)) + ']'}")
    for key, table in data.get("scales", {}).items():
        lines.append(f"[scales.{key}]")
        lines.extend(f"{k} = {json.dumps(x, ensure_ascii=False)}" for k, x in table.items())
    for group in data.get("groups", []):
        lines.append("[[groups]]")
        lines.extend(f"{k} = {value(x)}" for k, x in group.items())
    for criterion in data.get("criteria", []):
        lines.append("[[criteria]]")
        lines.extend(f"{k} = {value(x)}" for k, x in criterion.items() if k != "conditions")
        for cond in criterion.get("conditions", []):
            lines.append("[[criteria.conditions]]")
            lines.extend(f"{k} = {value(x)}" for k, x in cond.items() if k != "events")
            for event in cond.get("events", []):
                lines.append("[[criteria.conditions.events]]")
                lines.extend(f"{k} = {value(x)}" for k, x in event.items())
    return "\n".join(lines) + "\n"


def mutate(fn):
    data = bundled_data()
    fn(data)
    return data


@pytest.mark.parametrize("change,expected", [
    (lambda d: d["criteria"][1].update(code="I.1"), ["tiêu chí I.1", "bị trùng"]),
    (lambda d: d["groups"][0].update(size=8), ["nhóm I", "khai báo 8 tiêu chí nhưng tệp có 7"]),
    (lambda d: d["criteria"][10]["conditions"][0].update(kind="tuyet_doi"),
     ["tiêu chí II.4", "'tuyet_doi' không được hỗ trợ"]),
    (lambda d: next(c for c in d["criteria"] if c["code"] == "III.3")["conditions"][0].update(min=105),
     ["tiêu chí III.3", "điều kiện 'vu_pham_toi_trat_tu_xa_hoi'", "'min' = 105 nằm ngoài khoảng"]),
    (lambda d: next(c for c in d["criteria"] if c["code"] == "II.8")["conditions"][0].update(min="Giỏi"),
     ["tiêu chí II.8", "'Giỏi' không có trong thang"]),
    (lambda d: next(c for c in d["criteria"] if c["code"] == "I.2")["conditions"][0].update(end="13-01"),
     ["tiêu chí I.2", "'end' phải có dạng"]),
    (lambda d: d["criteria"][3].pop("text"), ["tiêu chí I.4", "thiếu trường 'text'"]),
    (lambda d: d["criteria"][0].update(code="IV.1"), ["tiêu chí IV.1", "nhóm 'IV' không được khai báo"]),
    (lambda d: d.update(format=2), ["mới hơn phiên bản PlanDesk này hiểu"]),
    (lambda d: next(c for c in d["criteria"] if c["code"] == "II.3")["conditions"][0]["events"][0].update(month=13),
     ["tiêu chí II.3", "sự kiện thứ 1", "'month' = 13"]),
])
def test_invalid_framework_names_file_criterion_and_field(tmp_path, change, expected):
    path = write(tmp_path, mutate(change))
    with pytest.raises(FrameworkError) as info:
        load_framework_file(path)
    message = str(info.value)
    assert str(path) in message
    for part in expected:
        assert part in message


def test_syntax_error_and_bad_encoding_are_reported(tmp_path):
    with pytest.raises(FrameworkError, match="lỗi cú pháp TOML"):
        load_framework_file(write(tmp_path, 'id = "x\n[[groups]'))
    with pytest.raises(FrameworkError, match="không phải UTF-8"):
        load_framework_file(write(tmp_path, "title = 'Ti\xeau'".encode("latin-1"), "b.toml"))


def test_dropped_in_file_is_used_and_broken_one_skipped(tmp_path):
    folder = tmp_path / "frameworks"
    folder.mkdir()
    new = mutate(lambda d: d.update(version="2025.1", migrations=[]))
    write(folder, new, "moi.toml")
    write(folder, "khong phai toml [", "hong.toml")
    catalog = load_catalog(paths.frameworks_dir(), folder)
    assert catalog.get("xa-dien-hinh-antq").version == "2025.1"
    assert catalog.get("xa-dien-hinh-antq", "2023.2") is not None
    assert len(catalog.errors) == 1 and "hong.toml" in str(catalog.errors[0])


def test_new_version_maps_old_codes():
    data = bundled_data()
    data["version"] = "2025.1"
    data["migrations"] = [{"from_version": "2023.1", "map": {"III.19": "III.18", "III.18": ""}}]
    fw = parse_framework(data, "moi.toml")
    assert fw.map_from("2023.1", "III.19") == "III.18"
    assert fw.map_from("2023.1", "III.18") is None
    assert fw.map_from("2023.1", "I.1") == "I.1"


def test_nfd_framework_text_is_stored_nfc():
    data = bundled_data()
    data["criteria"][0]["text"] = unicodedata.normalize("NFD", data["criteria"][0]["text"])
    fw = parse_framework(data, "nfd.toml")
    assert unicodedata.is_normalized("NFC", fw.criteria[0].text)


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                     lambda inner: (st.lists(inner, max_size=3)
                                    | st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                     max_leaves=10)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(path=st.lists(st.sampled_from(["criteria", "groups", "scales", 0, 1, 5, "conditions", "code", "kind", "min",
                                      "events", "levels", "size", "text", "format", "id"]), min_size=1, max_size=4),
       replacement=_json)
def test_any_damage_gives_framework_error_not_a_crash(path, replacement):
    data = bundled_data()
    target = data
    for key in path[:-1]:
        try:
            target = target[key]
        except (KeyError, IndexError, TypeError):
            return
    try:
        target[path[-1]] = replacement
    except (IndexError, TypeError):
        return
    try:
        parse_framework(data, "hong.toml")
    except FrameworkError as exc:
        assert exc.problems


def test_legal_sources_are_read_and_a_bad_one_is_named():
    fw = parse_framework(bundled_data(), "bundled.toml")
    (source,) = fw.sources
    assert (source.kind, source.number, source.date, source.issuer, source.part) == (
        "Kế hoạch", "2647/KH-BCĐ", "2023-04-12", "Ban Chỉ đạo 138 huyện Tháp Mười", "Phụ lục I")
    assert fw.criterion("I.1").plan_text.endswith("đến các ban, ngành, đoàn thể xã và các ấp trên địa bàn xã.")
    data = bundled_data()
    data["sources"] = [{"kind": "Kế hoạch", "number": "2647/KH-BCĐ", "date": "12/4/2023", "issuer": "BCĐ"},
                       {"kind": "Quyết định", "date": "2022-12-28", "issuer": "Bộ Công an"}]
    with pytest.raises(FrameworkError) as caught:
        parse_framework(data, "moi.toml")
    problems = caught.value.problems
    assert any("nguồn thứ 1" in p and "YYYY-MM-DD" in p for p in problems)
    assert any("nguồn thứ 2" in p and "'number'" in p for p in problems)
