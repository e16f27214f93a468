"""Who may do what: the roles of the optional sign-in, what each may do, and which
permission every recorded action needs.

Sign-in is off while the workspace has no active account: then whoever uses the PC may do
everything (a single-user office). Once a leader (lãnh đạo) creates the first account, every
change needs a signed-in account whose role allows it."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .messages import TEXTS, Listing, msg
from .schema import RefusedValue


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
        raise RefusedValue(msg("role.unknown", role=text, known=", ".join(r.value for r in cls),
                               labels=Listing(tuple(msg(r.key) for r in cls), ", ")))


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


class Action(enum.StrEnum):
    """Every change the services make, with the permission it needs. The value is the key
    written in the audit log (``str`` so that stored rows and their hashes keep their text).
    Each service authorises its action explicitly before it changes anything
    (``services.access.authorize``); the audit log only records it."""

    permission: Permission
    when_sealed: bool

    def __new__(cls, key: str, permission: Permission, when_sealed: bool = False) -> Action:
        member = str.__new__(cls, key)
        member._value_ = key
        member.permission = permission
        member.when_sealed = when_sealed     # still allowed on a finalised (sealed) dossier
        return member

    CREATE_DOSSIER = "tao_ho_so", Permission.EDIT
    CREATE_DOSSIER_FROM_PREVIOUS = "tao_ho_so_tu_nam_truoc", Permission.EDIT
    EDIT_ASSESSMENT = "sua_tieu_chi", Permission.EDIT          # DECIDE when the decision changes
    ADD_MEMBER = "them_thanh_vien", Permission.EDIT
    EDIT_MEMBER = "sua_thanh_vien", Permission.EDIT
    REMOVE_MEMBER = "xoa_thanh_vien", Permission.EDIT
    EDIT_SETTINGS = "sua_thiet_lap", Permission.EDIT
    EDIT_DEADLINE = "sua_thoi_han", Permission.EDIT
    ATTACH = "dinh_kem", Permission.EDIT
    ATTACH_DUPLICATE = "dinh_kem_trung", Permission.EDIT
    LINK_EVIDENCE = "lien_ket_minh_chung", Permission.EDIT
    UNLINK_EVIDENCE = "bo_lien_ket_minh_chung", Permission.EDIT
    REMOVE_EVIDENCE = "xoa_minh_chung", Permission.EDIT
    EDIT_EVIDENCE = "sua_minh_chung", Permission.EDIT
    FILL_FROM_READING = "dien_thong_tin_tu_van_ban", Permission.EDIT
    CONFIRM_READING = "xac_nhan_thong_tin_van_ban", Permission.EDIT
    DISMISS_READING = "bo_goi_y_thong_tin_van_ban", Permission.EDIT
    IMPORT_COUNCIL = "nhap_hoi_dong_excel", Permission.EDIT
    IMPORT_ASSIGNMENTS = "nhap_phan_cong_excel", Permission.EDIT
    PACK = "dong_goi", Permission.EDIT, True
    PACK_REVIEW = "dong_goi_tham_dinh", Permission.EDIT, True
    IMPORT_PACKAGE = "nhap_goi", Permission.EDIT               # DECIDE when it brings a decision
    REIMPORT_PACKAGE = "nhap_lai_goi", Permission.EDIT         # DECIDE when it changes a decision
    IMPORT_REVIEW = "nhap_goi_tham_dinh", Permission.EDIT, True
    BACKUP = "sao_luu", Permission.READ, True
    REPAIR_STORE = "sua_chua_kho", Permission.MANAGE           # deletes files: a leader once accounts exist
    RESTORE = "khoi_phuc", Permission.MANAGE
    RESTORE_DAMAGED = "khoi_phuc_csdl_hong", Permission.MANAGE
    ISSUE_DOCUMENT = "ban_hanh_van_ban", Permission.EDIT       # a document given its number and date
    FINALISE = "chot_ho_so", Permission.FINALISE
    REOPEN = "mo_lai_ho_so", Permission.FINALISE, True
    CREATE_ACCOUNT = "tao_tai_khoan", Permission.MANAGE
    EDIT_ACCOUNT = "sua_tai_khoan", Permission.MANAGE
    RESET_PASSWORD = "dat_lai_mat_khau", Permission.MANAGE
    CHANGE_OWN_PASSWORD = "doi_mat_khau", Permission.READ     # one's own password
    LOCK_ACCOUNT = "khoa_tai_khoan", Permission.READ          # written by a failed sign-in, nobody's choice
    DISABLE_SIGN_IN = "tat_dang_nhap", Permission.MANAGE


# the permission of each action's key, for readers of stored keys (an unknown key needs MANAGE)
ACTION_PERMISSIONS: dict[str, Permission] = {action.value: action.permission for action in Action}

# actions that change accounts or replace them (the anchor records the accounts again after them)
ACCOUNT_ACTIONS = frozenset({Action.CREATE_ACCOUNT, Action.EDIT_ACCOUNT, Action.RESET_PASSWORD,
                             Action.CHANGE_OWN_PASSWORD, Action.DISABLE_SIGN_IN, Action.RESTORE,
                             Action.RESTORE_DAMAGED})

DECISIONS = frozenset({"dat", "khong_dat"})
REVIEW_FIELDS = frozenset({"review_status", "review_comment"})


def allowed_when_sealed(action: Action, field: str = "") -> bool:
    """What a finalised dossier still allows: being sent, reopened, and the approving body's
    review (its status and comment per criterion are not part of the seal)."""
    if action.when_sealed:
        return True
    return action is Action.EDIT_ASSESSMENT and bool(field) and set(field.split(",")) <= REVIEW_FIELDS


def needed_permission(action: Action, field: str = "", old: Any = None, new: Any = None) -> Permission:
    """The permission an action needs: its own, but changing a criterion's decision to or
    from Đạt / Không đạt needs DECIDE (typed here or brought by a package)."""
    if action in (Action.IMPORT_PACKAGE, Action.REIMPORT_PACKAGE) and isinstance(new, dict) and new.get("ket_luan"):
        return Permission.DECIDE     # a package that changes a decision here: as if typed here
    if action is Action.EDIT_ASSESSMENT and "status" in field.split(","):
        before = (old or {}).get("status") if isinstance(old, dict) else None
        after = (new or {}).get("status") if isinstance(new, dict) else None
        if before in DECISIONS or after in DECISIONS:
            return Permission.DECIDE
    return action.permission


def allows(role: Role | None, permission: Permission) -> bool:
    return role is not None and permission in ROLE_PERMISSIONS[role]
