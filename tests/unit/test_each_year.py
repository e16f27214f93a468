"""Issue 13: a 2025 dossier's criterion said "Quý I/2024" (the framework quotes the 2024 plan).
The framework keeps the source's words; a dossier reads its own year, in the window's text and
in the kế hoạch it prints."""
from __future__ import annotations

import tomllib

import pytest

from plandesk import paths
from plandesk.domain.dossier import UnitInfo
from plandesk.domain.framework import FrameworkError, parse_framework
from plandesk.services.export import ExportService


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_a_dossier_reads_the_quarter_of_its_own_year(services, year):
    info = services.dossiers.create(UnitInfo("Mỹ An", "", "huyện Tháp Mười", "tỉnh Đồng Tháp"), year,
                                    "xa-dien-hinh-antq")
    text = services.dossiers.assessment(info.id, "I.2").text
    assert text.startswith(f"Trong Quý I/{year}, Đảng ủy xã ban hành Nghị quyết")
    plan = "\n".join(ExportService(services.dossiers, services.evidence).document(info.id, "ke-hoach").paragraphs())
    assert f"Trong Quý I/{year}," in plan
    assert year == 2024 or "Quý I/2024" not in plan
    # the framework itself keeps the source's wording
    assert services.dossiers.framework(info.id).criterion("I.2").text.startswith("Trong Quý I/2024,")


@pytest.mark.parametrize("each_year, problem", [({"Quý II/2024": "Quý II/{năm}"}, "không có “Quý II/2024”"),
                                                ({"Quý I/2024": "Quý I/2025"}, "{năm}")])
def test_a_phrase_for_each_year_must_be_in_the_text_and_name_the_year(each_year, problem):
    path = paths.resource_path("frameworks", "xa-dien-hinh-antq-2023.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    criterion = next(c for c in data["criteria"] if c["code"] == "I.2")
    criterion["each_year"] = each_year
    with pytest.raises(FrameworkError) as info:
        parse_framework(data, str(path))
    assert problem in str(info.value)
