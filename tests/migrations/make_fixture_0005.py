"""How tests/migrations/fixtures/schema-0005.sql was made (kept for the record; run by hand
only when adding a fixture for a newly released schema, never by the tests).

It takes the 0001 fixture (one dossier of xã Thanh Mỹ, two assessed criteria, one evidence
document, one council member), upgrades it to revision 0005 — the last schema before the
documents kept as issued (0006) — adds what 0002–0005 brought (an audit entry, a leader's
account, a seal reopened with its reason, the document settings with a number and a date),
and dumps it as SQL text."""
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from alembic import command

from plandesk.storage.engine import alembic_config, make_engine

HERE = Path(__file__).parent


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "plandesk.sqlite"
        con = sqlite3.connect(db)
        con.executescript((HERE / "fixtures" / "schema-0001.sql").read_text(encoding="utf-8"))
        con.close()
        engine = make_engine(db)
        command.upgrade(alembic_config(engine), "0005")
        engine.dispose()
        con = sqlite3.connect(db)
        settings = {"place": "Thanh Mỹ", "approving_body": "Ban Chỉ đạo 138 huyện Tháp Mười",
                    "numbers": {"ke_hoach": "02"}, "dates": {"ke_hoach": "2024-01-25"}}
        con.execute("UPDATE dossiers SET settings = ? WHERE id = 1", (json.dumps(settings, ensure_ascii=False),))
        con.execute("INSERT INTO audit_log (at, user, dossier_id, action, target, field, old_value, new_value, "
                    "prev_hash, entry_hash) VALUES ('2024-03-01 08:00:00', 'tester', 1, 'tao_ho_so', "
                    "'Xã Thanh Mỹ năm 2024', '', '', '', '', '')")
        con.execute("INSERT INTO accounts (username, full_name, role, password_hash, active, failed_attempts, "
                    "locked_until, created_at, last_sign_in) VALUES ('lanhdao', 'Nguyễn Văn Lãnh', 'lanh_dao', "
                    "'scrypt$16384$8$1$00$00', 0, 0, NULL, '2024-03-01 08:00:00', NULL)")
        con.execute("INSERT INTO dossier_seals (dossier_id, sealed_at, sealed_by, digest, evidence_count, "
                    "reopened_at, reopened_by, reopen_reason) VALUES (1, '2024-10-04 16:20:00', 'Nguyễn Văn Lãnh', "
                    "'00bb81c8', 1, '2024-10-05 08:00:00', 'Nguyễn Văn Lãnh', 'Bổ sung minh chứng')")
        con.commit()
        out.write_text("\n".join(con.iterdump()) + "\n", encoding="utf-8")
        con.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
