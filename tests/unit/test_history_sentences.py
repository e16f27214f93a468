"""The history in the officer's words (issue 13): values named by their labels, not their
keys; every action the services record has a sentence; no key with underscores shows."""
from __future__ import annotations

import datetime as dt
import json

from plandesk.domain.access import Action
from plandesk.domain.history import ACTIONS, describe, value_labels

AT = dt.datetime(2025, 3, 4, 14, 5)


def test_changed_values_are_named_by_their_labels(services, dossier):
    framework = services.dossiers.framework(dossier.id)
    labels = value_labels(framework)
    old = json.dumps({"values": {"so_ap_kiem_tra.done": 5, "so_ap_kiem_tra.total": 7}})
    new = json.dumps({"values": {"so_ap_kiem_tra.done": 7, "so_ap_kiem_tra.total": 7}})
    text = describe("Trần Minh Tâm", AT, "sua_tieu_chi", "III.11", "values", old, new, labels)
    assert text.startswith("Trần Minh Tâm đổi tiêu chí III.11: Số ấp được kiểm tra")
    assert "(đã thực hiện) từ ‘5’ sang ‘7’" in text
    assert "tổng số" not in text          # unchanged values are not listed
    assert "so_ap_kiem_tra" not in text and "done" not in text and " = " not in text


def test_settings_and_deadlines_say_what_changed():
    text = describe("Tâm", AT, "sua_thiet_lap", "", "numbers", json.dumps({"numbers": {}}),
                    json.dumps({"numbers": {"to_trinh": "12"}}))
    assert text == "Tâm sửa thiết lập văn bản: số văn bản tờ trình từ ‘(trống)’ sang ‘12’ lúc 14:05 ngày 4/3/2025"
    text = describe("Tâm", AT, "sua_thoi_han", "Báo cáo sơ kết 6 tháng", "",
                    json.dumps({"han": "2025-06-05", "hoan_thanh": ""}),
                    json.dumps({"han": "2025-06-04", "hoan_thanh": ""}))
    assert "hạn từ ‘05/06/2025’ sang ‘04/06/2025’" in text and "han" not in text.split(":")[1].split()[0:1]


def test_every_recorded_action_has_a_sentence():
    recorded = {action.value for action in Action}    # every action the services can record
    assert recorded - {"sua_tieu_chi"} <= set(ACTIONS)  # a criterion's change: its own sentence
    for action in recorded:
        text = describe("Tâm", AT, action, "thanh-my-2025-001", "", "", "")
        assert "_" not in text.replace("thanh-my-2025-001", "")
