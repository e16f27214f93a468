"""Every condition kind at its boundaries: the suggestion a council relies on."""
from __future__ import annotations

import pytest

from plandesk.domain.framework import CONDITION_KINDS, Condition, parse_framework
from plandesk.domain.rules import (
    KINDS,
    Outcome,
    Suggestion,
    UnknownConditionKind,
    condition_kind,
    evaluate_condition,
    parse_value,
    suggest,
)

BASE = {
    "format": 1, "id": "t", "version": "1", "title": "Thử",
    "scales": {"pl": {"label": "Phân loại", "levels": ["Xuất sắc", "Khá", "Trung bình", "Yếu"]}},
    "groups": [{"code": "I", "title": "Nhóm", "size": 1}],
}


def framework_with(condition: dict):
    data = dict(BASE, criteria=[{"code": "I.1", "short_title": "T", "text": "Nội dung",
                                 "conditions": [dict({"id": "c", "label": "Điều kiện"}, **condition)]}])
    return parse_framework(data, "test.toml")


def outcome(condition: dict, values: dict, year: int = 2024):
    fw = framework_with(condition)
    return evaluate_condition(fw.criteria[0].conditions[0], values, year, fw)


@pytest.mark.parametrize("previous,current,expected", [
    (20, 19, Outcome.MET),        # exactly 5 %
    (100, 96, Outcome.NOT_MET),   # 4 %
    (14, 13, Outcome.MET),        # 7,1 %
    (0, 0, Outcome.MET),          # nothing last year, nothing this year
    (0, 1, Outcome.NOT_MET),      # nothing last year, one this year: an increase
    (10, 12, Outcome.NOT_MET),    # increase
])
def test_reduction_boundaries(previous, current, expected):
    result = outcome({"kind": "reduction_at_least", "min": 5}, {"c.previous": previous, "c.current": current})
    assert result.outcome is expected


def test_reduction_reason_is_written_the_vietnamese_way():
    result = outcome({"kind": "reduction_at_least", "min": 5}, {"c.previous": 14, "c.current": 13})
    assert "giảm 7,1 % so với năm trước" in str(result.reason)
    assert "yêu cầu ≥ 5 %" in str(result.reason)


def test_reduction_zero_ok_accepts_none_left():
    cond = {"kind": "reduction_at_least", "min": 20, "zero_ok": True}
    assert outcome(cond, {"c.previous": 3, "c.current": 0}).outcome is Outcome.MET
    assert outcome(cond, {"c.previous": 5, "c.current": 4}).outcome is Outcome.MET      # exactly 20 %
    assert outcome(cond, {"c.previous": 10, "c.current": 9}).outcome is Outcome.NOT_MET  # 10 %


@pytest.mark.parametrize("count,base,expected", [
    (3, 200, Outcome.NOT_MET),   # exactly 1,5 % is not "dưới 1,5 %"
    (2, 200, Outcome.MET),       # 1 %
    (0, 9, Outcome.MET),
    (0, 0, Outcome.MET),         # nobody released
])
def test_rate_below(count, base, expected):
    result = outcome({"kind": "rate_below", "max": 1.5}, {"c.count": count, "c.base": base})
    assert result.outcome is expected
    assert "1,5 %" in str(result.reason) or base == 0


@pytest.mark.parametrize("done,total,expected", [
    (6, 6, Outcome.MET), (5, 6, Outcome.NOT_MET), (0, 0, Outcome.MET)])
def test_percent_at_least_100(done, total, expected):
    assert outcome({"kind": "percent_at_least", "min": 100}, {"c.done": done, "c.total": total}).outcome is expected


def test_percent_more_done_than_total_is_not_a_result():
    result = outcome({"kind": "percent_at_least", "min": 100}, {"c.done": 7, "c.total": 6})
    assert result.outcome is Outcome.MISSING
    assert "lớn hơn tổng số" in str(result.reason)


@pytest.mark.parametrize("value,expected", [(0, Outcome.NOT_MET), (1, Outcome.MET), ("2", Outcome.MET)])
def test_count_at_least(value, expected):
    assert outcome({"kind": "count_at_least", "min": 1}, {"c": value}).outcome is expected


@pytest.mark.parametrize("value,expected_flag,expected", [
    (False, False, Outcome.MET), ("không", False, Outcome.MET), ("có", False, Outcome.NOT_MET),
    (True, True, Outcome.MET), ("khong", True, Outcome.NOT_MET)])
def test_boolean(value, expected_flag, expected):
    assert outcome({"kind": "boolean", "expected": expected_flag}, {"c": value}).outcome is expected


@pytest.mark.parametrize("day,expected", [
    ("2024-01-01", Outcome.MET), ("2024-03-31", Outcome.MET), ("2024-04-01", Outcome.NOT_MET),
    ("2023-12-31", Outcome.NOT_MET), ("31/03/2024", Outcome.MET)])
def test_date_within_quarter_one(day, expected):
    cond = {"kind": "date_within", "start": "01-01", "end": "03-31"}
    assert outcome(cond, {"c": day}, year=2024).outcome is expected


@pytest.mark.parametrize("level,expected", [
    ("Xuất sắc", Outcome.MET), ("Khá", Outcome.MET), ("Trung bình", Outcome.NOT_MET), ("Yếu", Outcome.NOT_MET)])
def test_rating_at_least(level, expected):
    assert outcome({"kind": "rating_at_least", "scale": "pl", "min": "Khá"}, {"c": level}).outcome is expected


def test_events_all_held_in_their_month():
    cond = {"kind": "events", "events": [{"id": "a", "label": "Tháng 6", "month": 6},
                                         {"id": "b", "label": "Ngày 19/8", "month": 8}]}
    assert outcome(cond, {"c.a": "2024-06-03", "c.b": "2024-08-19"}).outcome is Outcome.MET
    missing = outcome(cond, {"c.a": "2024-06-03"})
    assert missing.outcome is Outcome.MISSING and "chưa có: Ngày 19/8" in str(missing.reason)
    wrong = outcome(cond, {"c.a": "2024-06-03", "c.b": "2024-09-02"})
    assert wrong.outcome is Outcome.NOT_MET and "không thuộc tháng 8/2024" in str(wrong.reason)


def test_missing_value_gives_no_verdict():
    assert outcome({"kind": "count_at_least", "min": 1}, {}).outcome is Outcome.MISSING


def test_criterion_suggestion_needs_all_conditions():
    data = dict(BASE, criteria=[{"code": "I.1", "short_title": "T", "text": "X", "conditions": [
        {"id": "a", "label": "A", "kind": "count_at_least", "min": 1},
        {"id": "b", "label": "B", "kind": "boolean", "expected": False}]}])
    fw = parse_framework(data, "t.toml")
    criterion = fw.criteria[0]
    assert suggest(criterion, {"a": 1, "b": False}, 2024, fw).status is Suggestion.DAT
    failed = suggest(criterion, {"a": 0, "b": False}, 2024, fw)
    assert failed.status is Suggestion.KHONG_DAT and str(failed.reason).startswith("A: 0")
    assert suggest(criterion, {"a": 1}, 2024, fw).status is Suggestion.THIEU_SO_LIEU


def test_criterion_without_conditions_is_for_people():
    data = dict(BASE, criteria=[{"code": "I.1", "short_title": "T", "text": "X"}])
    fw = parse_framework(data, "t.toml")
    assert suggest(fw.criteria[0], {}, 2024, fw).status is Suggestion.NONE


def test_every_kind_a_framework_may_name_has_its_evaluator():
    """The framework reader accepts exactly the kinds the rules know how to decide on."""
    assert set(KINDS) == set(CONDITION_KINDS)
    with pytest.raises(ValueError, match="twice"):
        condition_kind("boolean", KINDS["boolean"].parse)(KINDS["boolean"].evaluate)


def test_a_condition_of_an_unknown_kind_is_named_not_crashed_on():
    """A framework copied into a dossier by a newer PlanDesk may hold a kind this one lacks: the
    suggestion says which condition and why, and an entered value is refused with that reason."""
    strange = Condition("bao_cao_quy", "bao_cao_moi", "Báo cáo hằng quý")
    result = evaluate_condition(strange, {"bao_cao_quy": 4}, 2024)
    assert result.outcome is Outcome.MISSING
    reason = str(result.reason)
    assert "Báo cáo hằng quý" in reason and "'bao_cao_quy'" in reason and "bao_cao_moi" in reason
    with pytest.raises(UnknownConditionKind, match="bao_cao_quy.*bao_cao_moi"):
        parse_value(strange, "bao_cao_quy", "4")
