"""What ``check`` proves beyond each table being whole: the database agrees with its own
history, and the history with what was recorded outside the database.

- **Seals against the chain**: a dossier the history says was finalised (and not reopened)
  must have its seal in force, with the digest the history recorded; a seal in force needs
  its finalising in the history. Deleting the seal row to un-finalise a dossier is found.
- **Accounts against the chain**: each account's role and whether it is in use are replayed
  from the history (created, changed, sign-in turned off); a role raised by SQL is found.
- **The chain against its anchors**: the newest entry recorded in ``plandesk.anchor`` beside
  the database, and in every backup made since the last restore (a database copy's own last
  entry, a full backup's manifest), must still be in the chain with the same hash: removing
  the newest entries, or rewriting the whole chain, is found.

Each part says what it checked; the last note says what no check of this kind can prove."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from plandesk.domain.access import ROLE_LABELS, Action, Role
from plandesk.storage import anchor as anchors
from plandesk.storage import backup as backup_files
from plandesk.storage import orm
from plandesk.storage.workspace import Workspace

if TYPE_CHECKING:
    from .integrity import CheckReport

_SEAL_ACTIONS = (Action.FINALISE.value, Action.REOPEN.value)
_ACCOUNT_ACTIONS = (Action.CREATE_ACCOUNT.value, Action.EDIT_ACCOUNT.value, Action.DISABLE_SIGN_IN.value)
_RESTORES = (Action.RESTORE.value, Action.RESTORE_DAMAGED.value)


def _json(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def _role(value: Any) -> str:
    try:
        return ROLE_LABELS[Role(value)]
    except ValueError:
        return str(value)


def against_chain(session: Session, report: CheckReport) -> None:
    """Seals and accounts as the history says they should be."""
    entries = session.execute(select(orm.AuditEntry.id, orm.AuditEntry.action, orm.AuditEntry.dossier_id,
                                     orm.AuditEntry.target, orm.AuditEntry.new_value)
                              .where(orm.AuditEntry.action.in_(_SEAL_ACTIONS + _ACCOUNT_ACTIONS))
                              .order_by(orm.AuditEntry.id)).all()
    # -- seals --------------------------------------------------------------------------------
    finalised: dict[int, str | None] = {}     # dossier -> digest of the seal in force per the history
    count: dict[int, int] = {}
    for _, action, dossier_id, _, new in entries:
        if dossier_id is None or action not in _SEAL_ACTIONS:
            continue
        if action == "chot_ho_so":
            data = _json(new)
            finalised[dossier_id] = data.get("ma_kiem_tra") if isinstance(data, dict) else None
            count[dossier_id] = count.get(dossier_id, 0) + 1
        else:
            finalised[dossier_id] = None
    names = {d.id: f"{d.unit.name} năm {d.year}" for d in session.scalars(select(orm.Dossier))}
    seals: dict[int, list[orm.DossierSeal]] = {}
    for row in session.scalars(select(orm.DossierSeal).order_by(orm.DossierSeal.id)):
        seals.setdefault(row.dossier_id, []).append(row)
    for dossier_id, name in names.items():
        rows = seals.get(dossier_id, [])
        in_force = rows[-1] if rows and rows[-1].reopened_at is None else None
        expected = finalised.get(dossier_id)
        if expected is not None and in_force is None:
            report.problems.append(f"Hồ sơ {name}: nhật ký ghi đã chốt (mã {expected[:12]}…) và chưa mở lại, nhưng "
                                   "không còn dấu chốt: dấu chốt đã bị xóa hoặc sửa ngoài PlanDesk.")
        elif in_force is not None and dossier_id not in finalised:
            report.problems.append(f"Hồ sơ {name}: có dấu chốt nhưng nhật ký không ghi lần chốt nào: dấu chốt được "
                                   "thêm ngoài PlanDesk.")
        elif in_force is not None and expected is None:
            report.problems.append(f"Hồ sơ {name}: nhật ký ghi đã mở lại, nhưng dấu chốt vẫn còn hiệu lực: đã bị "
                                   "sửa ngoài PlanDesk.")
        elif in_force is not None and expected and in_force.digest != expected:
            report.problems.append(f"Hồ sơ {name}: mã kiểm tra của dấu chốt ({in_force.digest[:12]}…) khác mã nhật "
                                   f"ký ghi khi chốt ({expected[:12]}…): đã bị sửa ngoài PlanDesk.")
        if len(rows) != count.get(dossier_id, 0) and (rows or count.get(dossier_id)):
            report.problems.append(f"Hồ sơ {name}: nhật ký ghi {count.get(dossier_id, 0)} lần chốt nhưng có "
                                   f"{len(rows)} dấu chốt: có dấu chốt bị xóa hoặc thêm ngoài PlanDesk.")
    # -- accounts -----------------------------------------------------------------------------
    expected_accounts: dict[str, dict[str, Any]] = {}
    for _, action, _, target, new in entries:
        data = _json(new)
        if action == "tao_tai_khoan" and isinstance(data, dict):
            expected_accounts[target] = {"role": data.get("vai_tro"), "active": True}
        elif action == "sua_tai_khoan" and isinstance(data, dict) and target in expected_accounts:
            if "vai_tro" in data:
                expected_accounts[target]["role"] = data["vai_tro"]
            if "dang_dung" in data:
                expected_accounts[target]["active"] = bool(data["dang_dung"])
        elif action == "tat_dang_nhap":
            for account in expected_accounts.values():
                account["active"] = False
    accounts = session.execute(select(orm.Account.username, orm.Account.role, orm.Account.active)).all()
    for username, role, active in accounts:
        logged = expected_accounts.pop(username, None)
        if logged is None:
            report.problems.append(f"Tài khoản '{username}' ({_role(role)}) không có trong nhật ký thay đổi: được "
                                   "thêm ngoài PlanDesk.")
            continue
        if logged["role"] != role:
            report.problems.append(f"Tài khoản '{username}' có vai trò {_role(role)} nhưng nhật ký chỉ ghi vai trò "
                                   f"{_role(logged['role'])}: vai trò đã bị sửa ngoài PlanDesk.")
        if logged["active"] != bool(active):
            state = "đang dùng" if active else "ngừng dùng"
            report.problems.append(f"Tài khoản '{username}' đang ở trạng thái {state}, khác nhật ký: đã bị sửa ngoài "
                                   "PlanDesk.")
    for username in expected_accounts:
        report.problems.append(f"Tài khoản '{username}' có trong nhật ký nhưng không còn trong cơ sở dữ liệu: đã bị "
                               "xóa ngoài PlanDesk.")
    if seals or accounts:
        report.notes.append(f"Dấu chốt của {len(seals)} hồ sơ và vai trò của {len(accounts)} tài khoản đã được "
                            "đối chiếu với nhật ký thay đổi.")


def _entry(session: Session, head: anchors.ChainHead) -> str | None:
    """None when the chain holds ``head`` unchanged, else what is wrong."""
    digest = session.scalar(select(orm.AuditEntry.entry_hash).where(orm.AuditEntry.id == head.id))
    if digest is None:
        return "không còn trong nhật ký (các mục mới nhất đã bị xóa)"
    if digest != head.hash:
        return "khác với nhật ký hiện tại (nhật ký đã bị viết lại)"
    return None


def against_anchors(session: Session, ws: Workspace, report: CheckReport, *, chain_intact: bool) -> None:
    """The chain against what was written outside the database."""
    last = anchors.chain_head(session)
    total = session.scalar(select(orm.AuditEntry.id).order_by(orm.AuditEntry.id.desc()).limit(1)) or 0
    proofs: list[str] = []
    try:
        anchor = anchors.read_anchor(ws.root)
    except anchors.AnchorUnreadable as exc:
        anchor = None
        report.notes.append(f"Không đọc được tệp mốc của nhật ký ({exc}); phần cuối nhật ký chỉ được đối chiếu với các "
                            "bản sao lưu.")
    else:
        if anchor is None and last is not None:
            report.notes.append(f"Chưa có tệp mốc '{anchors.ANCHOR_NAME}' bên cạnh cơ sở dữ liệu (thư mục làm việc tạo "
                                "trước phiên bản này, hoặc tệp đã bị xóa); tệp được ghi lại ở thay đổi tiếp theo.")
    pending = anchor.pending_head if anchor is not None else None
    if pending is not None and _entry(session, pending) is None:
        # a restore stopped after swapping the database: its chain is the backup's
        proofs.append(f"bản sao lưu đang khôi phục dở (mục số {pending.id})")
    elif anchor is not None and anchor.head is not None:
        problem = _entry(session, anchor.head)
        if problem:
            report.problems.append(f"Nhật ký thay đổi: mục số {anchor.head.id} (ghi lúc {anchor.head.at or '?'}) mà "
                                   "tệp "
                                   f"mốc '{anchors.ANCHOR_NAME}' ghi nhận {problem}: đã bị sửa ngoài PlanDesk.")
        else:
            proofs.append(f"tệp mốc '{anchors.ANCHOR_NAME}' (mục số {anchor.head.id})")
            if last is not None and anchor.head == last:
                _accounts_against_anchor(session, anchor, report)
    restored = session.execute(select(orm.AuditEntry.id, orm.AuditEntry.entry_hash, orm.AuditEntry.at)
                               .where(orm.AuditEntry.action.in_(_RESTORES))
                               .order_by(orm.AuditEntry.id.desc()).limit(1)).first()
    # backups made before the latest restore (finished, or stopped midway) hold the chain it replaced
    moments = [restored[2]] if restored is not None and restored[2] is not None else []
    for record in ((anchor.pending, anchor.restored) if anchor is not None else ()):
        try:
            moments.append(dt.datetime.fromisoformat(str(record.get("at", ""))))
        except ValueError:
            pass
    since = max(moments) if moments else None
    checked = 0
    for copy, head in _backup_heads(ws, restored, since):
        problem = _entry(session, head)
        if problem:
            report.problems.append(f"Nhật ký thay đổi: mục số {head.id} có trong bản sao lưu '{copy.name}' {problem}: "
                                   "đã bị sửa ngoài PlanDesk.")
        else:
            checked += 1
    if checked:
        proofs.append(f"{checked} bản sao lưu trong backups/")
    if last is None:
        return
    if proofs and chain_intact:
        report.notes.append(f"Nhật ký thay đổi ({total} mục) liền mạch và khớp mốc ghi ngoài cơ sở dữ liệu: "
                            f"{'; '.join(proofs)}. Không mục nào ghi trước các mốc đó bị sửa, xóa hay chèn.")
    report.notes.append("Điều kiểm tra không chứng minh được: thay đổi bằng công cụ ngoài PlanDesk sau mốc mới nhất, "
                        "hoặc khi người sửa đã sửa cả tệp mốc và mọi bản sao lưu; hãy giữ bản sao lưu đầy đủ ở nơi "
                        "khác "
                        "(USB) và gói đã nộp, chúng mang mốc của nhật ký lúc được tạo.")


def _accounts_against_anchor(session: Session, anchor: anchors.Anchor, report: CheckReport) -> None:
    recorded = {a["username"]: a for a in anchor.accounts}
    for username, role, active in session.execute(select(orm.Account.username, orm.Account.role,
                                                         orm.Account.active)):
        mark = recorded.get(username)
        if mark is None or mark.get("role") != role or bool(mark.get("active")) != bool(active):
            report.problems.append(f"Tài khoản '{username}' ({_role(role)}) khác với tệp mốc '{anchors.ANCHOR_NAME}' "
                                   "ghi sau thay đổi cuối cùng: đã bị sửa ngoài PlanDesk.")


def _backup_heads(ws: Workspace, restored: Row[int, str, dt.datetime] | None,
                  since: dt.datetime | None = None) -> Iterator[tuple[Path, anchors.ChainHead]]:
    """(file, chain head) of each backup in backups/ made since the last restore (``restored``:
    its entry's id, hash and time; ``since``: a restore left unfinished). Those made before it
    hold the chain the restore replaced."""
    folder = ws.backups_dir
    if ws.shared or not folder.is_dir():
        return
    for copy in sorted(folder.glob("*.sqlite")) + sorted(folder.glob("*.zip")):
        if copy.name.startswith("truoc-khoi-phuc-"):
            continue
        made = backup_files.stamp_of(copy)
        if made is None or (since is not None and made <= since):
            continue
        if copy.suffix == ".zip":
            try:
                head = backup_files.read_full_backup(copy).audit_head
            except backup_files.BackupError:
                continue
        else:
            # a copy made since the restore holds the restore's own entry
            if restored is not None and anchors.database_entry_hash(copy, restored[0]) != restored[1]:
                continue
            head = anchors.database_head(copy)
        if head is not None:
            yield copy, head
