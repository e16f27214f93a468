"""The catalogue of the messages the layers under the window give the user (errors first),
and the error base that carries them.

Each message has a stable code (``"access.sign_in_needed"``) and a Vietnamese text with named
parameters (``{file}``). The texts are marked with ``QT_TRANSLATE_NOOP(CONTEXT, …)`` so that
``pyside6-lupdate`` (scripts/update_translations.py) extracts them into translations/*.ts: the
window shows them in its language (``gui.messages.describe``), while the command line and the
log print the Vietnamese text (``str(message)``, ``str(error)``).

An error raised with a :class:`Message` keeps it as ``error.message`` (``code``, ``params``);
``str(error)`` stays the Vietnamese sentence, so callers that only print errors do not change.
A parameter may itself be a :class:`Message` (a permission's name, who holds a lock): it is
translated with its sentence. Everything else is shown as given (file names, numbers, texts
from the system)."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Union

CONTEXT = "catalogue"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for Qt's translation tools (they read the call by its name); returns it."""
    return text


_T = QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # -- who may do what (services/access.py) ---------------------------------------------
    "access.sign_in_needed": _T(
        "catalogue", "Cần đăng nhập để {permission}. Hãy đăng nhập bằng tài khoản được giao (trên dòng lệnh: "
        "--user TÊN)."),
    "access.role_refused": _T(
        "catalogue", "Tài khoản '{account}' (vai trò {role}) không được {permission}. Hãy nhờ người có quyền "
        "thực hiện."),
    "access.sealed": _T(
        "catalogue", "Hồ sơ đã được chốt để nộp (ngày {date}, {sealed_by}) nên không sửa được. Muốn sửa, lãnh đạo "
        "phải mở lại hồ sơ và ghi lý do."),
    "access.sealed_by_unknown": _T("catalogue", "không rõ người chốt"),
    "permission.read": _T("catalogue", "xem hồ sơ"),
    "permission.edit": _T("catalogue", "sửa hồ sơ"),
    "permission.decide": _T("catalogue", "kết luận Đạt/Không đạt"),
    "permission.finalise": _T("catalogue", "chốt hoặc mở lại hồ sơ"),
    "permission.manage": _T("catalogue", "quản lý tài khoản và khôi phục dữ liệu"),
    "role.can_bo": _T("catalogue", "Cán bộ"),
    "role.lanh_dao": _T("catalogue", "Lãnh đạo"),
    "role.xem": _T("catalogue", "Chỉ xem"),
    # -- the workspace lock (storage/lock.py) ------------------------------------------------
    "lock.cannot_create": _T(
        "catalogue", "Không tạo được tệp khóa '{file}': {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi "
        "(không phải thư mục chỉ đọc, ổ đĩa còn chỗ trống)."),
    "lock.cannot_write": _T(
        "catalogue", "Không ghi được tệp khóa '{file}': {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi và "
        "ổ đĩa còn chỗ trống."),
    "lock.in_use": _T(
        "catalogue", "Thư mục làm việc '{folder}' đang được {holder} sử dụng. Hai cửa sổ cùng ghi một thư mục sẽ "
        "ghi đè lên nhau, nên PlanDesk không mở lần thứ hai. Hãy dùng cửa sổ đang mở hoặc đóng nó rồi thử lại. "
        "Nếu chương trình đó đã tắt hẳn (mất điện, tắt máy), khóa tự hết hiệu lực; trên thư mục dùng chung qua "
        "mạng, khóa hết hiệu lực sau {hours} giờ không hoạt động."),
    "lock.holder": _T(
        "catalogue", "{user} trên máy {host} (tiến trình {pid}, mở từ {time} ngày {date})"),
    "lock.holder_unknown": _T("catalogue", "một chương trình PlanDesk khác"),
    "lock.user_unknown": _T("catalogue", "một người dùng"),
    "lock.host_unknown": _T("catalogue", "(không rõ)"),
}


Param = Union[str, int, float, "Message"]
_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}|%([1-9])")


def placeholders(text: str) -> set[str]:
    """The named parameters of a catalogue text (``{file}`` → ``file``)."""
    return {match.group(1) for match in _FIELD.finditer(text) if match.group(1)}


def fill(template: str, *args: object, **params: object) -> str:
    """The one way a text gets its values: ``%1``…``%9`` from ``args`` and ``{name}`` from
    ``params``, in one pass, so a value that itself contains ``%2`` or ``{name}`` (a file name)
    is never filled a second time. A placeholder without a value is left as it is."""

    def value(match: re.Match[str]) -> str:
        name, number = match.group(1), match.group(2)
        if name is not None:
            return str(params[name]) if name in params else match.group(0)
        index = int(number) - 1
        return str(args[index]) if index < len(args) else match.group(0)

    return _FIELD.sub(value, template)


@dataclass(frozen=True)
class Message:
    """One message of the catalogue with its parameters."""

    code: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEXTS:
            raise KeyError(f"no message {self.code!r} in the catalogue")
        missing = placeholders(TEXTS[self.code]) - set(self.params)
        if missing:
            raise KeyError(f"message {self.code!r} needs {sorted(missing)}")

    @property
    def source(self) -> str:
        """The Vietnamese text with its placeholders (the key the translations are found by)."""
        return TEXTS[self.code]

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        """The text in the language ``translate`` gives (it maps a source text to its
        translation; None: Vietnamese), parameters filled, nested messages rendered alike."""
        template = translate(self.source) if translate is not None else self.source
        values = {name: (value.render(translate) if isinstance(value, Message) else value)
                  for name, value in self.params.items()}
        return fill(template, **values)

    def __str__(self) -> str:
        return self.render()


def msg(code: str, **params: Param) -> Message:
    return Message(code, params)


class CodedError(Exception):
    """Base of the errors a user sees. Raised with a :class:`Message`, it carries its code and
    parameters (``message``); raised with a plain text (a message not in the catalogue yet), it
    has no code and the window shows the text as it is. Raised with another error, it carries
    that error's message (a storage error passed up by a service keeps its code)."""

    message: Message | None

    def __init__(self, message: Message | str | BaseException = "", *args: object) -> None:
        if isinstance(message, BaseException):
            coded = message.message if isinstance(message, CodedError) else None
            message = coded if coded is not None else str(message)
        self.message = message if isinstance(message, Message) else None
        super().__init__(str(message), *args)

    @property
    def code(self) -> str | None:
        return self.message.code if self.message is not None else None

    @property
    def params(self) -> Mapping[str, Param]:
        return self.message.params if self.message is not None else {}
