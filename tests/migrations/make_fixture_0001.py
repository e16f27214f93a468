"""How tests/migrations/fixtures/schema-0001.sql was made (kept for the record; run by hand
only when adding a fixture for a newly released schema, never by the tests).

It builds a database at revision 0001 with one dossier of xã Thanh Mỹ, two assessed
criteria, one evidence document linked to two criteria and one council member, and dumps it
as SQL text."""
import json
import sqlite3
import sys
import tempfile
import tomllib
from pathlib import Path

from alembic import command

from plandesk import paths
from plandesk.storage.engine import alembic_config, make_engine


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "plandesk.sqlite"
        engine = make_engine(db)
        command.upgrade(alembic_config(engine), "0001")
        engine.dispose()
        framework = tomllib.loads((paths.frameworks_dir() / "xa-dien-hinh-antq-2023.toml").read_text("utf-8"))
        con = sqlite3.connect(db)
        con.execute("INSERT INTO units VALUES (1, 'Thanh Mỹ', '30001', 'xã', 'huyện Tháp Mười', 'tỉnh Đồng Tháp')")
        con.execute("INSERT INTO dossiers VALUES (1, 1, 2024, 'xa-dien-hinh-antq', '2023.1', ?, ?, ?, "
                    "'2024-03-01 08:00:00.000000')",
                    (framework["title"], json.dumps(framework, ensure_ascii=False),
                     json.dumps({"place": "Thanh Mỹ"}, ensure_ascii=False)))
        for position, criterion in enumerate(framework["criteria"]):
            code = criterion["code"]
            status, result, values = "chua_danh_gia", "", {}
            if code == "III.3":
                status, result = "dat", "Giảm 01 vụ so với năm 2023."
                values = {"vu_pham_toi_trat_tu_xa_hoi.previous": 14, "vu_pham_toi_trat_tu_xa_hoi.current": 13}
            if code == "I.2":
                status, result = "dang_thuc_hien", "Đã ban hành Nghị quyết."
            con.execute("INSERT INTO assessments (dossier_id, code, uid, group_code, position, status, result, "
                        "explanation, lead_unit, cooperating_units, deadline, \"values\", review_status, "
                        "review_comment, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, '', 'Công an xã', '', NULL, ?, "
                        "'chua_xem', '', '2024-03-01 08:00:00.000000')",
                        (code, f"xa-dien-hinh-antq:{code}", code.split(".")[0], position, status, result,
                         json.dumps(values)))
        con.execute("INSERT INTO evidence VALUES (1, 1, ?, 'Báo cáo 52-BC-CAX.pdf', 5, 'application/pdf', "
                    "'52/BC-CAX', '2024-09-25', 'Công an xã Thanh Mỹ', 'Tình hình ANTT 9 tháng', '', "
                    "'2024-09-26 09:00:00.000000')",
                    ("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",))
        for code in ("III.3", "III.1"):
            con.execute("INSERT INTO evidence_links SELECT id, 1, 1 FROM assessments WHERE code = ?", (code,))
        con.execute("INSERT INTO council_members VALUES (1, 1, 'Nguyễn Văn Hùng', 'Chủ tịch UBND xã', 'chu_tich', 1)")
        con.execute("INSERT INTO deadlines VALUES (1, 1, 'ho_so', 'Báo cáo năm và hồ sơ', '2024-10-05', NULL)")
        con.commit()
        out.write_text("\n".join(con.iterdump()) + "\n", encoding="utf-8")
        con.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
