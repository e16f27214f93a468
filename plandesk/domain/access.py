"""Who may do what: the roles of the optional sign-in, what each may do, and which
permission every recorded action needs.

Sign-in is off while the workspace has no active account: then whoever uses the PC may do
everything (a single-user office). Once a leader (lãnh đạo) creates the first account, every
change needs a signed-in account whose role allows it."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .messages import TEXTS


class Role(enum.Enum):
    CAN_BO = "can_bo"        # edits assessments, evidence, council, settings
    LANH_DAO = "lanh_dao"    # also decides Đạt / Không đạt, finalises, manages accounts
    XEM = "xem"              # reads only (e.g. an inspector or a reviewer)

    @property
    def key(self) -> str:
        """The role's name in the catalogue of messages (``role.can_bo``)."""
        return f"role.{self.value}"

    @property
    def label(self) -> str:
        return TEXTS[self.key]

    @classmethod
    def parse(cls, text: str) -> Role:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        for role in cls:
            if key in (role.value, role.label.lower().replace(" ", "_")):
                return role
        raise ValueError(f"Vai trò '{text}' không hợp lệ; dùng một trong: "
                         f"{', '.join(r.value for r in cls)} ({', '.join(r.label for r in cls)}).")


ROLE_LABELS = {role: role.label for role in Role}


class Permission(enum.Enum):
    READ = "read"
    EDIT = "edit"            # assessments (not the decision), evidence, council, settings, imports
    DECIDE = "decide"        # set or change Đạt / Không đạt
    FINALISE = "finalise"    # seal a dossier for submission and reopen it
    MANAGE = "manage"        # accounts, sign-in on/off, restoring a backup

    @property
    def key(self) -> str:
        """The permission's name in the catalogue of messages (``permission.edit``)."""
        return f"permission.{self.value}"

    @property
    def label(self) -> str:
        return TEXTS[self.key]


PERMISSION_LABELS = {permission: permission.label for permission in Permission}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.XEM: frozenset({Permission.READ}),
    Role.CAN_BO: frozenset({Permission.READ, Permission.EDIT}),
    Role.LANH_DAO: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a name for the history and, when signed in, the account and its role.
    ``account_id`` None means nobody signed in (allowed everything only while sign-in is off)."""

    name: str = ""
    account_id: int | None = None
    role: Role | None = None

    @property
    def signed_in(self) -> bool:
        return self.account_id is not None


# Every action the services record in the audit log, with the permission it needs. The
# audit log is the one place every change passes through, so this table is the gate.
ACTION_PERMISSIONS: dict[str, Permission] = {
    "tao_ho_so": Permission.EDIT,
    "tao_ho_so_tu_nam_truoc": Permission.EDIT,
    "sua_tieu_chi": Permission.EDIT,           # DECIDE when the decision changes (see needed_permission)
    "them_thanh_vien": Permission.EDIT,
    "sua_thanh_vien": Permission.EDIT,
    "xoa_thanh_vien": Permission.EDIT,
    "sua_thiet_lap": Permission.EDIT,
    "sua_thoi_han": Permission.EDIT,
    "dinh_kem": Permission.EDIT,
    "dinh_kem_trung": Permission.EDIT,
    "lien_ket_minh_chung": Permission.EDIT,
    "bo_lien_ket_minh_chung": Permission.EDIT,
    "xoa_minh_chung": Permission.EDIT,
    "sua_minh_chung": Permission.EDIT,
    "dien_thong_tin_tu_van_ban": Permission.EDIT,
    "xac_nhan_thong_tin_van_ban": Permission.EDIT,
    "bo_goi_y_thong_tin_van_ban": Permission.EDIT,
    "nhap_hoi_dong_excel": Permission.EDIT,
    "nhap_phan_cong_excel": Permission.EDIT,
    "dong_goi": Permission.EDIT,
    "dong_goi_tham_dinh": Permission.EDIT,
    "nhap_goi": Permission.EDIT,
    "nhap_lai_goi": Permission.EDIT,         # DECIDE when it changes a decision (see needed_permission)
    "nhap_goi_tham_dinh": Permission.EDIT,
    "sao_luu": Permission.READ,
    "sua_chua_kho": Permission.MANAGE,       # deletes files: a leader once accounts exist
    "khoi_phuc": Permission.MANAGE,
    "khoi_phuc_csdl_hong": Permission.MANAGE,
    "ban_hanh_van_ban": Permission.EDIT,      # a document given its number and date, kept as issued
    "chot_ho_so": Permission.FINALISE,
    "mo_lai_ho_so": Permission.FINALISE,
    "tao_tai_khoan": Permission.MANAGE,
    "sua_tai_khoan": Permission.MANAGE,
    "dat_lai_mat_khau": Permission.MANAGE,
    "doi_mat_khau": Permission.READ,          # one's own password
    "khoa_tai_khoan": Permission.READ,        # written by a failed sign-in, not by a person's choice
    "tat_dang_nhap": Permission.MANAGE,
}

# Actions still allowed on a finalised (sealed) dossier: sending it, receiving the
# reviewer's comments on it, and reopening it.
ALLOWED_WHEN_SEALED = frozenset({"dong_goi", "dong_goi_tham_dinh", "nhap_goi_tham_dinh", "mo_lai_ho_so",
                                 "sao_luu"})

DECISIONS = frozenset({"dat", "khong_dat"})
REVIEW_FIELDS = frozenset({"review_status", "review_comment"})


def allowed_when_sealed(action: str, field: str = "") -> bool:
    """What a finalised dossier still allows: being sent, reopened, and the approving body's
    review (its status and comment per criterion are not part of the seal)."""
    if action in ALLOWED_WHEN_SEALED:
        return True
    return action == "sua_tieu_chi" and bool(field) and set(field.split(",")) <= REVIEW_FIELDS


def needed_permission(action: str, field: str = "", old: Any = None, new: Any = None) -> Permission:
    """The permission an action needs. Changing a criterion's decision to or from Đạt /
    Không đạt needs DECIDE; an action not in the table needs MANAGE (closed by default)."""
    permission = ACTION_PERMISSIONS.get(action, Permission.MANAGE)
    if action in ("nhap_lai_goi", "nhap_goi") and isinstance(new, dict) and new.get("ket_luan"):
        return Permission.DECIDE     # a package that changes a decision here: as if typed here
    if action == "sua_tieu_chi" and "status" in field.split(","):
        before = (old or {}).get("status") if isinstance(old, dict) else None
        after = (new or {}).get("status") if isinstance(new, dict) else None
        if before in DECISIONS or after in DECISIONS:
            return Permission.DECIDE
    return permission


def allows(role: Role | None, permission: Permission) -> bool:
    return role is not None and permission in ROLE_PERMISSIONS[role]
