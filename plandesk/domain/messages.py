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


TEXTS: dict[str, str] = {
    # -- who may do what (services/access.py) ---------------------------------------------
    "access.sign_in_needed": QT_TRANSLATE_NOOP(
        "catalogue", "Cần đăng nhập để {permission}. Hãy đăng nhập bằng tài khoản được giao (trên dòng lệnh: "
        "--user TÊN)."),
    "access.role_refused": QT_TRANSLATE_NOOP(
        "catalogue", "Tài khoản '{account}' (vai trò {role}) không được {permission}. Hãy nhờ người có quyền "
        "thực hiện."),
    "access.sealed": QT_TRANSLATE_NOOP(
        "catalogue", "Hồ sơ đã được chốt để nộp (ngày {date}, {sealed_by}) nên không sửa được. Muốn sửa, lãnh đạo "
        "phải mở lại hồ sơ và ghi lý do."),
    "access.sealed_by_unknown": QT_TRANSLATE_NOOP("catalogue", "không rõ người chốt"),
    "permission.read": QT_TRANSLATE_NOOP("catalogue", "xem hồ sơ"),
    "permission.edit": QT_TRANSLATE_NOOP("catalogue", "sửa hồ sơ"),
    "permission.decide": QT_TRANSLATE_NOOP("catalogue", "kết luận Đạt/Không đạt"),
    "permission.finalise": QT_TRANSLATE_NOOP("catalogue", "chốt hoặc mở lại hồ sơ"),
    "permission.manage": QT_TRANSLATE_NOOP("catalogue", "quản lý tài khoản và khôi phục dữ liệu"),
    "role.can_bo": QT_TRANSLATE_NOOP("catalogue", "Cán bộ"),
    "role.lanh_dao": QT_TRANSLATE_NOOP("catalogue", "Lãnh đạo"),
    "role.xem": QT_TRANSLATE_NOOP("catalogue", "Chỉ xem"),
    # -- accounts and sign-in (services/accounts.py) -----------------------------------------
    "account.password_too_short": QT_TRANSLATE_NOOP("catalogue", "Mật khẩu cần ít nhất {length} ký tự."),
    "account.password_spaces": QT_TRANSLATE_NOOP(
        "catalogue", "Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách."),
    "account.username_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Tên đăng nhập không được để trống hoặc chứa dấu cách (ví dụ: tam.tm)."),
    "account.username_too_long": QT_TRANSLATE_NOOP("catalogue", "Tên đăng nhập dài quá {length} ký tự."),
    "account.exists": QT_TRANSLATE_NOOP("catalogue", "Đã có tài khoản '{account}'. Hãy chọn tên đăng nhập khác."),
    "account.first_must_lead": QT_TRANSLATE_NOOP(
        "catalogue", "Tài khoản đầu tiên phải có vai trò Lãnh đạo, để luôn có người quản lý các tài khoản khác."),
    "account.not_signed_in": QT_TRANSLATE_NOOP("catalogue", "Chưa đăng nhập: không có mật khẩu nào để đổi."),
    "account.current_password_wrong": QT_TRANSLATE_NOOP("catalogue", "Mật khẩu hiện tại không đúng."),
    "account.sign_in_failed": QT_TRANSLATE_NOOP("catalogue", "Tên đăng nhập hoặc mật khẩu không đúng."),
    "account.sign_in_failed_tries_left": QT_TRANSLATE_NOOP(
        "catalogue", "Tên đăng nhập hoặc mật khẩu không đúng (còn {left} lần thử trước khi tài khoản bị tạm khóa "
        "{minutes} phút)."),
    "account.now_locked": QT_TRANSLATE_NOOP(
        "catalogue", "Mật khẩu không đúng. Tài khoản '{account}' bị tạm khóa {minutes} phút vì nhập sai {failures} "
        "lần liên tiếp."),
    "account.locked": QT_TRANSLATE_NOOP(
        "catalogue", "Tài khoản '{account}' đang tạm khóa đến {time} ngày {date} vì nhập sai mật khẩu nhiều lần. Hãy "
        "chờ, hoặc nhờ lãnh đạo đặt lại mật khẩu."),
    "account.not_found": QT_TRANSLATE_NOOP("catalogue", "Không có tài khoản số {number}."),
    "account.last_leader": QT_TRANSLATE_NOOP(
        "catalogue", "Phải còn ít nhất một tài khoản Lãnh đạo đang dùng để quản lý tài khoản. Muốn bỏ đăng nhập, hãy "
        "dùng 'Tắt đăng nhập'."),
    # -- opening a workspace and its database (storage/workspace.py, storage/engine.py) -------
    "workspace.is_a_file": QT_TRANSLATE_NOOP(
        "catalogue", "'{folder}' là một tệp, không phải thư mục. Hãy chọn một thư mục làm việc."),
    "workspace.database_not_a_file": QT_TRANSLATE_NOOP("catalogue", "'{file}' không phải một tệp cơ sở dữ liệu."),
    "workspace.database_empty": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu '{file}' rỗng (0 byte) nhưng thư mục làm việc còn dữ liệu ({signs}): có thể do "
        "mất điện hoặc rút USB khi đang ghi. PlanDesk không tạo cơ sở dữ liệu trống ở đây, để không mất những gì "
        "còn lại."),
    "workspace.database_lost": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu '{file}' bị mất nhưng thư mục làm việc còn dữ liệu ({signs}): có thể do mất "
        "điện hoặc rút USB khi đang ghi. PlanDesk không tạo cơ sở dữ liệu trống ở đây, để không mất những gì còn "
        "lại."),
    "workspace.damaged_with_backup": QT_TRANSLATE_NOOP(
        "catalogue", "{problem} Bản sao lưu tốt gần nhất: '{backup}'. Để khôi phục: 'plandesk restore TỆP --yes' "
        "(tệp hỏng, nếu có, được giữ lại trong backups/); hoặc đóng PlanDesk, đổi tên tệp hỏng (và các tệp "
        "{database}-wal, {database}-shm nếu có) để giữ lại, rồi chép bản sao lưu đó vào thành '{file}'."),
    "workspace.damaged_no_backup": QT_TRANSLATE_NOOP(
        "catalogue", "{problem} Không có bản sao lưu tốt trong thư mục backups/; hãy khôi phục từ bản sao lưu đầy "
        "đủ (.zip) trên USB hoặc ổ đĩa khác (plandesk restore TỆP.zip --yes)."),
    "database.newer": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu '{file}' được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập "
        "nhật PlanDesk rồi mở lại; tệp không bị thay đổi."),
    "database.newer_on_server": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu trên {server} được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy "
        "cập nhật PlanDesk rồi mở lại; dữ liệu không bị thay đổi."),
    "database.damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu '{file}' bị hỏng ({detail}). Tệp được giữ nguyên; hãy khôi phục từ thư mục "
        "backups/."),
    "database.unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({detail}). Tệp được giữ "
        "nguyên; hãy khôi phục từ thư mục backups/."),
    "database.disk_unavailable": QT_TRANSLATE_NOOP(
        "catalogue", "Không mở được cơ sở dữ liệu '{file}': {problem}. Tệp không bị thay đổi."),
    # -- decisions and the dossier's data (domain/dossier.py, services/dossiers.py, services/seals.py)
    "status.chua_danh_gia": QT_TRANSLATE_NOOP("catalogue", "Chưa đánh giá"),
    "status.dang_thuc_hien": QT_TRANSLATE_NOOP("catalogue", "Đang thực hiện"),
    "status.dat": QT_TRANSLATE_NOOP("catalogue", "Đạt"),
    "status.khong_dat": QT_TRANSLATE_NOOP("catalogue", "Không đạt"),
    "assessment.decision_needs_evidence": QT_TRANSLATE_NOOP(
        "catalogue", "Tiêu chí {criterion} chưa có tài liệu minh chứng: để kết luận “{status}” hãy đính kèm tài liệu "
        "hoặc nhập giải trình."),
    "dossier.not_found_list": QT_TRANSLATE_NOOP(
        "catalogue", "Không có hồ sơ số {dossier}. Xem danh sách bằng 'plandesk dossiers'."),
    "council.member_not_found": QT_TRANSLATE_NOOP("catalogue", "Không có thành viên số {member} trong hồ sơ."),
    "council.name_needed": QT_TRANSLATE_NOOP("catalogue", "Hãy nhập họ và tên thành viên Hội đồng."),
    "seal.files_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa chốt được: {count} tệp minh chứng có vấn đề ({files}). Hãy chạy 'Kiểm tra dữ liệu' và "
        "đính kèm lại các tệp đó."),
    "seal.already_sealed": QT_TRANSLATE_NOOP("catalogue", "Hồ sơ đã được chốt rồi."),
    "seal.reason_needed": QT_TRANSLATE_NOOP(
        "catalogue", "Hãy ghi lý do mở lại hồ sơ (ví dụ: bổ sung minh chứng theo yêu cầu thẩm định)."),
    "seal.not_sealed": QT_TRANSLATE_NOOP("catalogue", "Hồ sơ chưa được chốt nên không cần mở lại."),
    # -- the workspace lock (storage/lock.py) ------------------------------------------------
    "lock.cannot_create": QT_TRANSLATE_NOOP(
        "catalogue", "Không tạo được tệp khóa '{file}': {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi "
        "(không phải thư mục chỉ đọc, ổ đĩa còn chỗ trống)."),
    "lock.cannot_write": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được tệp khóa '{file}': {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi và "
        "ổ đĩa còn chỗ trống."),
    "lock.in_use": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục làm việc '{folder}' đang được {holder} sử dụng. Hai cửa sổ cùng ghi một thư mục sẽ "
        "ghi đè lên nhau, nên PlanDesk không mở lần thứ hai. Hãy dùng cửa sổ đang mở hoặc đóng nó rồi thử lại. "
        "Nếu chương trình đó đã tắt hẳn (mất điện, tắt máy), khóa tự hết hiệu lực; trên thư mục dùng chung qua "
        "mạng, khóa hết hiệu lực sau {hours} giờ không hoạt động."),
    "lock.holder": QT_TRANSLATE_NOOP(
        "catalogue", "{user} trên máy {host} (tiến trình {pid}, mở từ {time} ngày {date})"),
    "lock.holder_unknown": QT_TRANSLATE_NOOP("catalogue", "một chương trình PlanDesk khác"),
    "lock.user_unknown": QT_TRANSLATE_NOOP("catalogue", "một người dùng"),
    "lock.host_unknown": QT_TRANSLATE_NOOP("catalogue", "(không rõ)"),
    # -- criteria frameworks (domain/framework.py); the problems are listed as found ------------
    "framework.invalid": QT_TRANSLATE_NOOP("catalogue", "Tệp bộ tiêu chí '{file}' không hợp lệ:\n{problems}"),
    # -- disks (storage/evidence_store.py: disk_problem) -------------------------------------
    "disk.full": QT_TRANSLATE_NOOP(
        "catalogue", "Ổ đĩa chứa '{folder}' đã đầy. Hãy giải phóng chỗ trống (xóa tệp không cần, dọn thùng rác) "
        "hoặc chọn ổ đĩa khác"),
    "disk.file_too_big": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp quá lớn đối với ổ đĩa chứa '{folder}' (ổ USB định dạng FAT32 chỉ nhận tệp dưới 4 GiB). "
        "Hãy dùng ổ đĩa định dạng exFAT hoặc NTFS"),
    "disk.read_only": QT_TRANSLATE_NOOP(
        "catalogue", "Không được phép ghi vào '{folder}' (thư mục chỉ đọc hoặc bị khóa). Hãy chọn thư mục khác"),
    "disk.cannot_write": QT_TRANSLATE_NOOP("catalogue", "Không ghi được vào '{folder}': {reason}"),
    # -- evidence (storage/evidence_store.py, services/evidence.py) -------------------------
    "evidence.file_unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "Không đọc được tệp '{file}': {reason}. Hãy kiểm tra tệp còn tồn tại và không bị chương "
        "trình khác khóa."),
    "evidence.store_unwritable": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được tệp minh chứng vào '{folder}': {problem}; chưa nhập gì."),
    "evidence.attach_unwritable": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được tệp minh chứng vào '{folder}': {problem}; chưa đính kèm gì (hãy kiểm tra ổ đĩa "
        "còn chỗ trống và thư mục cho phép ghi)."),
    "evidence.file_not_found": QT_TRANSLATE_NOOP("catalogue", "Không tìm thấy tệp '{file}'. Hãy kiểm tra đường dẫn."),
    "evidence.not_linked": QT_TRANSLATE_NOOP("catalogue", "Tài liệu '{document}' không gắn với tiêu chí {criterion}."),
    "evidence.still_used": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu '{document}' còn được dùng cho tiêu chí {criteria}; hãy bỏ liên kết trước."),
    "evidence.file_gone": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp của tài liệu '{document}' không còn trong kho minh chứng; hãy chạy 'plandesk check'."),
    "dossier.not_found": QT_TRANSLATE_NOOP("catalogue", "Không có hồ sơ số {dossier}."),
    "criterion.not_found": QT_TRANSLATE_NOOP(
        "catalogue", "Không có tiêu chí '{criterion}' trong hồ sơ (mã có dạng I.1 … III.19)."),
    # -- packages (transfer/read.py, transfer/crypto.py) -------------------------------------
    "package.not_found": QT_TRANSLATE_NOOP("catalogue", "Không tìm thấy tệp gói '{file}'. Hãy kiểm tra đường dẫn."),
    "package.unreadable": QT_TRANSLATE_NOOP("catalogue", "Không đọc được tệp {package}: {reason}."),
    "package.passphrase_needed": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} được mã hóa; hãy cung cấp mật khẩu (--passphrase-file TỆP)."),
    "package.wrong_passphrase": QT_TRANSLATE_NOOP(
        "catalogue", "Sai mật khẩu cho gói {package}. Hãy kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường và "
        "dấu)."),
    "package.encrypted_block_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Gói mã hóa {package} bị hỏng (khối dữ liệu số {block} không khớp mã xác thực). Hãy chép lại "
        "gói từ nguồn."),
    "package.encrypted_block_truncated": QT_TRANSLATE_NOOP(
        "catalogue", "Gói mã hóa {package} bị hỏng hoặc bị cắt cụt (khối dữ liệu số {block} không khớp mã xác "
        "thực). Hãy chép lại gói từ nguồn."),
    "package.no_zip_directory": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp {package} không phải gói PlanDesk hoặc đã bị cắt cụt/hỏng (không đọc được mục lục ZIP). "
        "Hãy chép lại gói từ nguồn."),
    "package.too_short": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp {package} không phải gói PlanDesk hoặc đã bị cắt cụt/hỏng (quá ngắn). Hãy chép lại gói "
        "từ nguồn."),
    "package.not_zip": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp {package} không phải gói PlanDesk (không bắt đầu như một tệp ZIP), hoặc đã bị hỏng hay "
        "bị chèn dữ liệu ở đầu. Hãy chép lại gói từ nguồn; chưa nhập gì."),
    "package.no_digest": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp {package} không kết thúc bằng mã kiểm tra toàn tệp của gói PlanDesk: gói bị cắt cụt, bị "
        "nối thêm dữ liệu, bị sửa, hoặc không phải gói do PlanDesk (phiên bản này) tạo. Hãy chép lại gói từ nguồn "
        "(hoặc đóng gói lại); chưa nhập gì."),
    "package.cancelled": QT_TRANSLATE_NOOP("catalogue", "Đã dừng theo yêu cầu; thư mục làm việc không thay đổi."),
    "package.truncated_while_reading": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp {package} bị cắt cụt trong lúc đọc; hãy chép lại gói."),
    "package.digest_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} bị hỏng hoặc đã bị sửa: mã SHA-256 của toàn tệp không khớp mã ghi ở cuối gói. "
        "Hãy chép lại gói từ nguồn; chưa nhập gì."),
    "package.no_manifest": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} thiếu bảng kê '{manifest}': không phải gói PlanDesk hoặc đã bị hỏng."),
    "package.extra_entry": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} có mục thừa không có trong bảng kê: '{entry}'. Gói bị từ chối."),
    "package.extra_entries": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} có mục thừa không có trong bảng kê: '{entry}' (và {others} mục khác). Gói bị "
        "từ chối."),
    "package.missing_entry": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} thiếu mục '{entry}' (có trong bảng kê). Gói chưa chép đủ hoặc đã bị sửa."),
    "package.missing_entries": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} thiếu mục '{entry}' (có trong bảng kê) và {others} mục khác. Gói chưa chép đủ "
        "hoặc đã bị sửa."),
    "package.entry_digest_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} bị hỏng: mã SHA-256 không khớp bảng kê. Hãy chép lại gói "
        "từ nguồn."),
    "package.entry_size_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} có {size} byte, bảng kê ghi {listed}: gói bị cắt cụt hoặc "
        "hỏng."),
    "package.too_many_entries": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} có {count} mục (tối đa {limit}); gói bị từ chối."),
    "package.symlink": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} có mục '{entry}' là liên kết tượng trưng (symlink); gói bị từ chối."),
    "package.zip_encrypted": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} được mã hóa kiểu ZIP; PlanDesk không dùng kiểu này."),
    "package.compression": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} dùng kiểu nén không hỗ trợ ({method})."),
    "package.same_name": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} có hai mục trùng tên '{first}' và '{second}' (trên Windows là một tệp). Gói bị "
        "từ chối."),
    "package.zip_bomb_ratio": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} nén với tỉ lệ bất thường ({size} byte từ {compressed} byte): "
        "nghi là bom ZIP, gói bị từ chối."),
    "package.zip_bomb_total": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} khai báo {size} byte khi giải nén (tối đa {limit}): nghi là bom ZIP, gói bị từ "
        "chối."),
    "package.zip_size_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package}: kích thước trong ZIP ({size} byte) khác bảng kê ({listed} "
        "byte). Gói bị từ chối."),
    "package.entry_too_big": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} lớn hơn kích thước khai báo ({listed} byte): nghi là bom "
        "ZIP, gói bị từ chối."),
    "package.entry_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Mục '{entry}' trong gói {package} bị hỏng ({detail}). Hãy chép lại gói từ nguồn."),
    "package.entry_unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "Không đọc được mục '{entry}' trong gói {package} ({reason}): gói bị hỏng hoặc ổ đĩa có lỗi. "
        "Hãy chép lại gói từ nguồn."),
    # -- backups (storage/backup.py, services/backup.py) -------------------------------------
    "file.unreadable": QT_TRANSLATE_NOOP("catalogue", "Không đọc được tệp '{file}': {reason}."),
    "backup.not_found": QT_TRANSLATE_NOOP("catalogue", "Không tìm thấy tệp sao lưu '{file}'. Hãy kiểm tra đường dẫn."),
    "backup.foreign": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' không phải bản sao lưu PlanDesk. Hãy chọn tệp .zip do lệnh 'plandesk backup' "
        "tạo, hoặc một tệp .sqlite trong thư mục backups/; không thay đổi gì."),
    "backup.foreign_zip": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' không phải bản sao lưu PlanDesk (thiếu mục lục {manifest}). Hãy chọn tệp .zip "
        "do lệnh 'plandesk backup' tạo, hoặc một tệp .sqlite trong thư mục backups/."),
    "backup.not_zip": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' không phải bản sao lưu PlanDesk hoặc đã bị hỏng (không đọc được dạng zip). Hãy "
        "dùng một bản sao lưu khác."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao lưu '{file}' bị hỏng ({reason}); không khôi phục gì. Hãy dùng một bản sao lưu khác."),
    "backup.manifest_unreadable": QT_TRANSLATE_NOOP("catalogue", "mục lục không đọc được: {detail}"),
    "backup.manifest_incomplete": QT_TRANSLATE_NOOP("catalogue", "mục lục thiếu thông tin: {detail}"),
    "backup.entries_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu {count} mục, ví dụ {example}"),
    "backup.database_changed": QT_TRANSLATE_NOOP("catalogue", "cơ sở dữ liệu bên trong đã bị thay đổi"),
    "backup.evidence_changed": QT_TRANSLATE_NOOP("catalogue", "tệp minh chứng {file} đã bị thay đổi"),
    "backup.database_damaged": QT_TRANSLATE_NOOP("catalogue", "Tệp '{file}' bị hỏng ({detail})."),
    "backup.not_database": QT_TRANSLATE_NOOP("catalogue", "Tệp '{file}' không phải cơ sở dữ liệu PlanDesk."),
    "backup.other_format": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao lưu '{file}' có định dạng {format} của phiên bản PlanDesk khác. Hãy cập nhật PlanDesk "
        "rồi thử lại."),
    "backup.newer": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao lưu '{file}' được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập "
        "nhật PlanDesk rồi khôi phục; không thay đổi gì."),
    "backup.content_unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao lưu '{file}' có dữ liệu PlanDesk không đọc được: {problems}. Không khôi phục gì; hãy "
        "dùng một bản sao lưu khác."),
    "backup.database_copy_disk": QT_TRANSLATE_NOOP("catalogue", "{problem}; chưa sao lưu được cơ sở dữ liệu."),
    "backup.not_written_disk": QT_TRANSLATE_NOOP("catalogue", "{problem}; chưa sao lưu."),
    "backup.not_written_nothing_left": QT_TRANSLATE_NOOP(
        "catalogue", "{problem}; bản sao lưu chưa được ghi (không để lại tệp dở dang)."),
    "backup.restore_disk": QT_TRANSLATE_NOOP("catalogue", "{problem}; chưa khôi phục gì."),
    "backup.restore_refused_unchanged": QT_TRANSLATE_NOOP("catalogue", "{problem} Dữ liệu hiện tại không thay đổi."),
    "backup.cannot_keep_current": QT_TRANSLATE_NOOP(
        "catalogue", "Không giữ lại được dữ liệu hiện tại trước khi khôi phục: {problem} Chưa khôi phục gì."),
    "backup.database_not_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu '{file}' không bị hỏng; hãy mở thư mục làm việc rồi dùng 'plandesk restore' (dữ "
        "liệu hiện tại sẽ được giữ lại trước khi khôi phục)."),
    # -- packages made and taken in, storage below them (transfer/, services/transfer.py, storage/) --
    # entry names inside a package (transfer/names.py)
    "package.name_empty": QT_TRANSLATE_NOOP("catalogue", "tên rỗng"),
    "package.name_not_nfc": QT_TRANSLATE_NOOP("catalogue", "tên không ở dạng chuẩn NFC"),
    "package.name_backslash": QT_TRANSLATE_NOOP("catalogue", "tên chứa dấu '\\' (đường dẫn kiểu Windows)"),
    "package.name_absolute": QT_TRANSLATE_NOOP("catalogue", "đường dẫn tuyệt đối"),
    "package.name_drive": QT_TRANSLATE_NOOP("catalogue", "đường dẫn có ký tự ổ đĩa"),
    "package.name_folder": QT_TRANSLATE_NOOP("catalogue", "là một thư mục (gói PlanDesk chỉ chứa tệp)"),
    "package.name_too_long": QT_TRANSLATE_NOOP("catalogue", "đường dẫn dài {length} ký tự (tối đa {limit})"),
    "package.name_dots": QT_TRANSLATE_NOOP(
        "catalogue", "đường dẫn chứa '..', '.' hoặc '//' (có thể ghi ra ngoài thư mục)"),
    "package.name_illegal_character": QT_TRANSLATE_NOOP(
        "catalogue", "tên '{name}' chứa ký tự Windows không cho phép (< > : \" | ? * hoặc ký tự điều khiển)"),
    "package.name_trailing_dot": QT_TRANSLATE_NOOP(
        "catalogue", "tên '{name}' kết thúc bằng dấu chấm hoặc khoảng trắng (Windows không cho phép)"),
    "package.name_reserved": QT_TRANSLATE_NOOP("catalogue", "tên '{name}' là tên thiết bị dành riêng của Windows"),
    # writing a package (transfer/pack.py, transfer/parts.py)
    "package.zip_end_unexpected": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được phần cuối của gói (bản ghi kết thúc ZIP không như mong đợi)."),
    "package.seal_not_zip": QT_TRANSLATE_NOOP(
        "catalogue", "Không phải một ZIP kết thúc bằng bản ghi kết thúc không có chú thích."),
    "package.entry_name_refused": QT_TRANSLATE_NOOP("catalogue", "Không đóng gói được mục '{entry}': {problem}."),
    "package.entries_same_name": QT_TRANSLATE_NOOP(
        "catalogue", "Hai mục trùng tên trong gói: '{first}' và '{second}'."),
    "package.cancelled_nothing_written": QT_TRANSLATE_NOOP(
        "catalogue", "Đã dừng theo yêu cầu; không có tệp nào được ghi."),
    "package.source_changed": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' của mục '{entry}' không còn đúng mã SHA-256 {expected} (hiện là {actual})."),
    "package.folder_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục '{folder}' không tồn tại; hãy chọn nơi lưu khác."),
    "package.not_written": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được gói '{file}': {reason}. Hãy kiểm tra ổ đĩa (USB) còn chỗ trống, không bị khóa "
        "ghi, rồi thử lại."),
    "package.part_size_too_small": QT_TRANSLATE_NOOP(
        "catalogue", "Kích thước mỗi phần ({size} byte) quá nhỏ; tối thiểu {minimum} byte."),
    "package.too_many_parts": QT_TRANSLATE_NOOP(
        "catalogue", "Gói cần {count} phần (tối đa 999); hãy chọn kích thước phần lớn hơn."),
    # reading numbered parts (transfer/parts.py); {part} is a file name or package.part
    "package.part": QT_TRANSLATE_NOOP("catalogue", "phần {index}/{count} ('{file}')"),
    "package.part_foreign_file": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp {part} không phải một phần của gói PlanDesk hoặc phần đầu bị hỏng."),
    "package.part_header_length": QT_TRANSLATE_NOOP("catalogue", "Phần đầu của {part} bị hỏng (độ dài {length})."),
    "package.part_header_damaged": QT_TRANSLATE_NOOP("catalogue", "Phần đầu của {part} bị hỏng; hãy chép lại tệp này."),
    "package.part_unreadable": QT_TRANSLATE_NOOP("catalogue", "Không đọc được {part}: {reason}."),
    "package.part_header_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Phần đầu của {part} bị hỏng hoặc do phiên bản PlanDesk khác tạo."),
    "package.part_header_altered": QT_TRANSLATE_NOOP(
        "catalogue", "Phần đầu của {part} đã bị sửa (khác với cách PlanDesk ghi); hãy chép lại tệp này."),
    "package.parts_not_found": QT_TRANSLATE_NOOP(
        "catalogue", "Không tìm thấy gói '{name}' hay các phần '{name}.001', '{name}.002'… trong '{folder}'."),
    "package.part_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Thiếu {part}. Hãy chép đủ {count} phần vào cùng một thư mục rồi nhập lại."),
    "package.part_other_set": QT_TRANSLATE_NOOP(
        "catalogue", "Phần {index}/{count} ('{file}') thuộc một gói khác (hoặc một lần đóng gói khác); hãy chép đúng "
        "các phần của cùng một lần đóng gói."),
    "package.part_size_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Phần {index}/{count} ('{file}') có {size} byte dữ liệu, đúng ra là {expected}: tệp bị cắt cụt "
        "hoặc chép thiếu. Hãy chép lại phần này."),
    "package.part_digest_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Phần {index}/{count} ('{file}') bị hỏng (mã SHA-256 không khớp). Hãy chép lại phần này từ "
        "nguồn."),
    # encrypted packages (transfer/crypto.py)
    "package.passphrase_empty": QT_TRANSLATE_NOOP("catalogue", "Mật khẩu rỗng; hãy nhập một mật khẩu."),
    "package.encrypted_header_truncated": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} được mã hóa nhưng phần đầu bị cắt cụt hoặc hỏng; hãy chép lại gói từ nguồn."),
    "package.encrypted_header_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Phần đầu của gói mã hóa {package} bị hỏng; hãy chép lại gói từ nguồn."),
    "package.encryption_unsupported": QT_TRANSLATE_NOOP(
        "catalogue", "Gói mã hóa {package} dùng tham số không hỗ trợ (scrypt n=2^{log2_n}, r={r}, p={p}, khối "
        "{chunk}); có thể gói do phiên bản PlanDesk mới hơn tạo."),
    "package.key_failed": QT_TRANSLATE_NOOP(
        "catalogue", "Không tạo được khóa giải mã cho gói {package} ({detail}); máy thiếu bộ nhớ hoặc gói dùng tham "
        "số không hỗ trợ."),
    "package.encrypted_tag_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Gói mã hóa {package} bị hỏng hoặc bị cắt cụt (khối dữ liệu số {block} thiếu mã xác thực). Hãy "
        "chép lại gói từ nguồn."),
    # checking a package (transfer/read.py, transfer/manifest.py)
    "package.staging_full": QT_TRANSLATE_NOOP(
        "catalogue", "Ổ đĩa chứa thư mục làm việc ('{folder}') đã đầy, nên chưa kiểm tra xong được gói; gói không có "
        "lỗi gì vì chuyện này. Hãy giải phóng chỗ trống (gói cần khoảng bằng kích thước của nó) rồi nhập lại. Chưa "
        "nhập gì."),
    "package.staging_read_only": QT_TRANSLATE_NOOP(
        "catalogue", "Ổ đĩa chứa thư mục làm việc ('{folder}') không cho phép ghi, nên chưa kiểm tra xong được gói; "
        "gói không có lỗi gì vì chuyện này. Hãy kiểm tra thư mục làm việc cho phép ghi rồi nhập lại. Chưa nhập gì."),
    "package.staging_failed": QT_TRANSLATE_NOOP(
        "catalogue", "Ổ đĩa chứa thư mục làm việc ('{folder}') có lỗi khi ghi ({reason}), nên chưa kiểm tra xong được "
        "gói; gói không có lỗi gì vì chuyện này. Hãy kiểm tra ổ đĩa rồi nhập lại. Chưa nhập gì."),
    "package.entry_unsafe": QT_TRANSLATE_NOOP(
        "catalogue", "Gói {package} có mục không an toàn '{entry}': {problem}. Gói bị từ chối."),
    "package.manifest_too_big": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê của gói {package} quá lớn ({size} byte); gói bị từ chối."),
    "package.manifest_path_unsafe": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê của gói {package} có đường dẫn không an toàn '{entry}': {problem}."),
    "package.name_is_manifest": QT_TRANSLATE_NOOP("catalogue", "trùng tên bảng kê"),
    "package.manifest_lists_twice": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê của gói {package} liệt kê '{entry}' hai lần."),
    "package.data_too_big": QT_TRANSLATE_NOOP(
        "catalogue", "Dữ liệu '{entry}' của gói {package} quá lớn ({size} byte, tối đa {limit}); gói bị từ chối."),
    "package.manifest_entry_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê '{entry}' trong gói {package} bị hỏng ({detail})."),
    "package.manifest_size_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê '{entry}' trong gói {package} có kích thước khác khai báo; gói bị hỏng."),
    "package.manifest_unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê '{manifest}' của gói không đọc được ({detail}); gói bị hỏng hoặc đã bị sửa."),
    "package.manifest_foreign": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê '{manifest}' của gói không phải của PlanDesk (thiếu \"format\": \"{format}\")."),
    "package.manifest_bad_version": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê '{manifest}' của gói có phiên bản định dạng không hợp lệ ({version})."),
    "package.newer_format": QT_TRANSLATE_NOOP(
        "catalogue", "Gói được tạo bởi phiên bản PlanDesk mới hơn (định dạng gói {version}, bản này đọc được đến "
        "{newest}; ứng dụng tạo gói: {writer}). Hãy cập nhật PlanDesk rồi nhập lại."),
    "package.manifest_damaged": QT_TRANSLATE_NOOP("catalogue", "Bảng kê '{manifest}' của gói bị hỏng: {problems}."),
    "package.manifest_field": QT_TRANSLATE_NOOP("catalogue", "thiếu hoặc sai trường {field}"),
    "package.manifest_kind": QT_TRANSLATE_NOOP("catalogue", "loại gói '{kind}' không biết"),
    "package.manifest_unit": QT_TRANSLATE_NOOP("catalogue", "thiếu hoặc sai thông tin đơn vị (unit)"),
    "package.manifest_year": QT_TRANSLATE_NOOP("catalogue", "năm không hợp lệ ({year})"),
    "package.manifest_no_files": QT_TRANSLATE_NOOP("catalogue", "thiếu danh sách tệp (files)"),
    "package.manifest_file": QT_TRANSLATE_NOOP(
        "catalogue", "tệp thứ {number} trong danh sách thiếu đường dẫn, kích thước hoặc mã SHA-256 hợp lệ"),
    "package.manifest_no_main": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê '{manifest}' của gói không liệt kê '{entry}' (dữ liệu chính của gói)."),
    "package.data_invalid": QT_TRANSLATE_NOOP("catalogue", "Dữ liệu '{entry}' trong gói không hợp lệ: {problems}."),
    # making and taking in packages (services/transfer.py)
    "package.evidence_unpackable": QT_TRANSLATE_NOOP(
        "catalogue", "Không đóng gói được: tệp của tài liệu '{document}' {problem}. Hãy chạy 'plandesk check' và đính "
        "kèm lại tệp."),
    "package.document_not_found": QT_TRANSLATE_NOOP("catalogue", "Không tìm thấy văn bản '{file}' để đưa vào gói."),
    "package.name_not_for_windows": QT_TRANSLATE_NOOP(
        "catalogue", "Tên tệp '{name}' không dùng được trên Windows; hãy đặt tên khác (ví dụ '{example}')."),
    "package.decision_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Quyết định '{value}' cho '{key}' không hợp lệ; dùng '{keep}' (giữ bản tại máy) hoặc '{take}' "
        "(lấy bản trong gói)."),
    "package.record_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Không có bản ghi '{key}' trong gói này; xem danh sách bằng 'plandesk unpack --dry-run'."),
    "package.conflict_presence": QT_TRANSLATE_NOOP("catalogue", "có/không"),
    "package.conflicts_undecided": QT_TRANSLATE_NOOP(
        "catalogue", "Gói '{package}' có {count} bản ghi xung đột (đã sửa cả tại máy này và trong gói): {conflicts}. "
        "Chưa nhập gì. Hãy quyết định: --on-conflict {keep} (giữ bản tại máy) hoặc --on-conflict {take} (lấy bản "
        "trong gói), hoặc từng bản ghi bằng --resolve KHÓA={keep}|{take}."),
    "package.file_unreadable": QT_TRANSLATE_NOOP("catalogue", "Không đọc được gói '{file}': {reason}."),
    "package.manifest_data_mismatch": QT_TRANSLATE_NOOP(
        "catalogue", "Bảng kê của gói không khớp dữ liệu ({fields}); gói đã bị sửa hoặc hỏng."),
    "package.field_unit": QT_TRANSLATE_NOOP("catalogue", "xã"),
    "package.field_year": QT_TRANSLATE_NOOP("catalogue", "năm"),
    "package.field_framework": QT_TRANSLATE_NOOP("catalogue", "bộ tiêu chí"),
    "package.field_framework_version": QT_TRANSLATE_NOOP("catalogue", "phiên bản bộ tiêu chí"),
    "package.framework_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Bộ tiêu chí mang theo trong gói không hợp lệ: {problem}"),
    "package.framework_differs": QT_TRANSLATE_NOOP(
        "catalogue", "Bộ tiêu chí trong gói ({framework}) khác bộ tiêu chí hồ sơ khai báo ({declared}); gói bị từ "
        "chối."),
    "package.criteria_outside_framework": QT_TRANSLATE_NOOP(
        "catalogue", "Gói có tiêu chí {criteria} không thuộc bộ tiêu chí {framework} mà gói mang theo; gói bị từ "
        "chối."),
    "package.evidence_entry_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu '{document}' trỏ tới '{entry}', không có trong gói."),
    "package.evidence_entry_differs": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu '{document}': mã SHA-256 hoặc kích thước trong dữ liệu khác tệp '{entry}' trong gói; "
        "gói bị từ chối."),
    "package.issued_entry_differs": QT_TRANSLATE_NOOP(
        "catalogue", "Văn bản đã ban hành '{document}' phiên bản {version}: tệp '{entry}' không có trong gói hoặc "
        "khác mã SHA-256; gói bị từ chối."),
    "package.review_dossier_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Gói thẩm định dành cho {unit} năm {year} ({framework}), nhưng thư mục làm việc không có hồ sơ "
        "này. Hãy mở đúng thư mục làm việc của xã."),
    "package.review_criteria_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Gói thẩm định có tiêu chí {criteria} không có trong hồ sơ; gói bị từ chối."),
    "package.decisions_leave_criteria": QT_TRANSLATE_NOOP(
        "catalogue", "Với các quyết định này, tiêu chí {criteria} không thuộc bộ tiêu chí của hồ sơ; hãy quyết định "
        "giống nhau cho bộ tiêu chí ('ho_so') và các tiêu chí. Chưa nhập gì."),
    "package.decisions_drop_linked_criteria": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu '{document}' gắn với tiêu chí {criteria}, tiêu chí này sẽ không còn trong hồ sơ với "
        "các quyết định đã chọn. Chưa nhập gì."),
    "package.linked_criterion_gone": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu '{document}' gắn với tiêu chí {criterion}, tiêu chí này không còn trong hồ sơ sau khi "
        "nhập; hãy chọn lấy cả bộ tiêu chí trong gói."),
    "package.import_leaves_criteria": QT_TRANSLATE_NOOP(
        "catalogue", "Sau khi nhập, tiêu chí {criteria} không thuộc bộ tiêu chí {framework} của hồ sơ; hãy quyết định "
        "giống nhau cho bộ tiêu chí ('ho_so') và các tiêu chí. Chưa nhập gì."),
    "package.version_not_found": QT_TRANSLATE_NOOP("catalogue", "Không có phiên bản số {version}."),
    "package.value_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "tiêu chí {criterion}: số liệu '{name}' không có trong bộ tiêu chí"),
    "package.value_invalid": QT_TRANSLATE_NOOP("catalogue", "tiêu chí {criterion}, số liệu '{name}': {problem}"),
    "package.values_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Dữ liệu 'dossier.json' trong gói {package} không hợp lệ: {problems}. Gói bị từ chối; chưa nhập "
        "gì."),
    "package.passphrase_file_empty": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp mật khẩu '{file}' rỗng; hãy ghi mật khẩu ở dòng đầu."),
    # the database and its disk or server (storage/engine.py)
    "database.disk_full": QT_TRANSLATE_NOOP(
        "catalogue", "ổ đĩa chứa '{file}' đã đầy (còn {free} KiB). Hãy giải phóng chỗ trống (xóa tệp không cần, dọn "
        "thùng rác) hoặc chuyển thư mục làm việc sang ổ đĩa khác, rồi thử lại"),
    "database.disk_read_only": QT_TRANSLATE_NOOP(
        "catalogue", "không được phép ghi vào '{file}' (tệp hoặc ổ đĩa chỉ đọc, USB bị gạt khóa ghi, hoặc thiếu "
        "quyền). Hãy kiểm tra thư mục làm việc cho phép ghi (bỏ thuộc tính chỉ đọc) hoặc chọn thư mục khác, rồi thử "
        "lại"),
    "database.disk_failing": QT_TRANSLATE_NOOP(
        "catalogue", "không đọc/ghi được '{file}' (ổ đĩa bị rút ra, lỗi hoặc hết chỗ). Hãy kiểm tra ổ đĩa rồi thử lại"),
    "database.not_written_disk": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa ghi được: {problem}. Những gì đã lưu trước đó không thay đổi."),
    "database.address_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Địa chỉ cơ sở dữ liệu '{address}' không hợp lệ. Dạng đúng: "
        "postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu."),
    "database.address_not_postgresql": QT_TRANSLATE_NOOP(
        "catalogue", "PlanDesk chỉ dùng chung được cơ sở dữ liệu PostgreSQL (postgresql://…), không dùng được "
        "'{address}'."),
    "database.address_without_name": QT_TRANSLATE_NOOP(
        "catalogue", "Địa chỉ '{address}' thiếu tên cơ sở dữ liệu (phần sau dấu / cuối, ví dụ …:5432/plandesk)."),
    "database.server": QT_TRANSLATE_NOOP("catalogue", "máy chủ PostgreSQL '{host}', cơ sở dữ liệu '{database}'"),
    "database.server_here": QT_TRANSLATE_NOOP(
        "catalogue", "máy chủ PostgreSQL 'máy này{port}', cơ sở dữ liệu '{database}'"),
    "database.driver_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Bản cài đặt PlanDesk thiếu thư viện kết nối PostgreSQL (psycopg); hãy cài đặt lại ứng dụng."),
    "database.server_busy": QT_TRANSLATE_NOOP(
        "catalogue", "Máy khác đang sửa cùng dữ liệu trên {server} nên thao tác này phải chờ quá lâu và đã được hủy; "
        "chưa có gì được ghi. Hãy thử lại sau giây lát."),
    "database.written_elsewhere": QT_TRANSLATE_NOOP(
        "catalogue", "Máy khác vừa ghi cùng dữ liệu này trên {server}; thao tác chưa được ghi. Hãy thử lại: PlanDesk "
        "sẽ thấy những gì máy kia đã ghi."),
    "database.connection_lost": QT_TRANSLATE_NOOP(
        "catalogue", "Mất kết nối tới {server}; thao tác chưa được ghi. Hãy kiểm tra mạng LAN và máy chủ rồi thử lại."),
    "database.server_unavailable": QT_TRANSLATE_NOOP(
        "catalogue", "Không mở được {server}: {problem}. Chưa thay đổi gì."),
    "database.server_wrong_password": QT_TRANSLATE_NOOP(
        "catalogue", "sai tên đăng nhập '{user}' hoặc mật khẩu. Hãy kiểm tra mật khẩu (trong tệp pgpass.conf của "
        "người dùng, biến PGPASSWORD, hoặc trong địa chỉ) với người quản trị máy chủ"),
    "database.server_no_database": QT_TRANSLATE_NOOP(
        "catalogue", "máy chủ chưa có cơ sở dữ liệu '{database}'. Hãy nhờ người quản trị tạo nó (createdb -O {owner} "
        "{database}) rồi mở lại"),
    "database.user_placeholder": QT_TRANSLATE_NOOP("catalogue", "TÊN_NGƯỜI_DÙNG"),
    "database.server_no_user": QT_TRANSLATE_NOOP(
        "catalogue", "máy chủ không có người dùng '{user}'. Hãy nhờ người quản trị tạo tài khoản"),
    "database.server_refuses_computer": QT_TRANSLATE_NOOP(
        "catalogue", "máy chủ không cho máy này kết nối (pg_hba.conf). Hãy nhờ người quản trị cho phép địa chỉ của "
        "máy này"),
    "database.server_permission": QT_TRANSLATE_NOOP(
        "catalogue", "người dùng này không có quyền trên cơ sở dữ liệu. Hãy nhờ người quản trị cấp quyền (chủ sở hữu "
        "CSDL)"),
    "database.server_unreachable": QT_TRANSLATE_NOOP(
        "catalogue", "không kết nối được tới máy chủ. Hãy kiểm tra máy chủ đã bật, PostgreSQL đang chạy, địa chỉ và "
        "cổng đúng, và mạng LAN thông suốt, rồi thử lại"),
    "database.server_error": QT_TRANSLATE_NOOP("catalogue", "máy chủ báo lỗi: {detail}"),
    "database.several_revisions": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu có nhiều phiên bản lược đồ cùng lúc ({revisions})."),
    "database.foreign_tables": QT_TRANSLATE_NOOP(
        "catalogue", "Trên {server} đã có các bảng không phải của PlanDesk ({tables}). PlanDesk không ghi vào đó; hãy "
        "dùng một cơ sở dữ liệu riêng, trống (createdb) cho PlanDesk."),
    "database.migrations_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Bản cài đặt PlanDesk thiếu các bước nâng cấp cơ sở dữ liệu ({folder}); hãy cài đặt lại ứng "
        "dụng."),
    # opening a workspace (storage/workspace.py)
    "workspace.sign_evidence": QT_TRANSLATE_NOOP("catalogue", "{count} tệp trong evidence/"),
    "workspace.sign_backups": QT_TRANSLATE_NOOP("catalogue", "{count} bản sao lưu trong backups/"),
    "workspace.sign_journal": QT_TRANSLATE_NOOP("catalogue", "tệp nhật ký '{file}'"),
    "workspace.sign_anchor": QT_TRANSLATE_NOOP("catalogue", "tệp mốc nhật ký '{file}'"),
    "workspace.sign_lock": QT_TRANSLATE_NOOP("catalogue", "tệp khóa '{file}' của {holder}"),
    "workspace.foreign_database": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' là cơ sở dữ liệu của chương trình khác (các bảng {tables}), không phải của "
        "PlanDesk. PlanDesk không ghi vào đó; hãy chọn thư mục làm việc khác. Tệp được giữ nguyên."),
    "workspace.cannot_create": QT_TRANSLATE_NOOP(
        "catalogue", "Không tạo được thư mục làm việc '{folder}': {reason}. Hãy chọn thư mục khác bằng --data."),
    "workspace.server_database_empty": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu trên {server} còn trống nhưng thư mục làm việc '{folder}' đã có {count} tệp minh "
        "chứng: có thể nhầm máy chủ hoặc tên cơ sở dữ liệu, hoặc dữ liệu trên máy chủ đã mất. PlanDesk không tạo cơ "
        "sở dữ liệu trống ở đây. Hãy kiểm tra địa chỉ, hoặc khôi phục cơ sở dữ liệu của máy chủ (pg_restore); muốn "
        "bắt đầu trên máy chủ mới, hãy dùng một thư mục làm việc mới. Chưa thay đổi gì."),
    "workspace.server_upgraded": QT_TRANSLATE_NOOP(
        "catalogue", "Đã nâng cấp cơ sở dữ liệu trên {server} (lược đồ {before} → {after}). PlanDesk không sao lưu cơ "
        "sở dữ liệu trên máy chủ: bản sao lưu của máy chủ (pg_dump) là bản dùng để khôi phục nếu cần."),
    "workspace.database_unopenable": QT_TRANSLATE_NOOP(
        "catalogue", "Không mở được cơ sở dữ liệu '{file}': {detail}. Tệp có thể bị hỏng; tệp được giữ nguyên."),
    "workspace.database_unopenable_check": QT_TRANSLATE_NOOP(
        "catalogue", "{problem} Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại; nếu vẫn lỗi, "
        "khôi phục từ thư mục backups/."),
    # paths, moving a workspace, the anchor, outputs, stored files (storage/)
    "storage.path_too_long": QT_TRANSLATE_NOOP(
        "catalogue", "Đường dẫn '{path}' quá dài: {length} ký tự{with_names}, vượt giới hạn {limit} ký tự của Windows "
        "(Windows Explorer, Word và nhiều chương trình khác không mở được tệp như vậy). Chưa ghi gì. Hãy chọn thư mục "
        "có đường dẫn ngắn hơn{room} hoặc đặt tên ngắn hơn."),
    "storage.path_with_names": QT_TRANSLATE_NOOP("catalogue", ", thêm tên các tệp PlanDesk ghi vào đó là {length}"),
    "storage.path_room": QT_TRANSLATE_NOOP("catalogue", " (tối đa {room} ký tự, ví dụ D:\\PlanDesk)"),
    "move.target_not_empty": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục '{folder}' không trống; hãy chọn một thư mục trống."),
    "move.target_inside": QT_TRANSLATE_NOOP("catalogue", "Thư mục mới không được nằm trong thư mục làm việc hiện tại."),
    "move.database_copy_damaged": QT_TRANSLATE_NOOP("catalogue", "Bản sao cơ sở dữ liệu không toàn vẹn; chưa chuyển."),
    "move.cancelled": QT_TRANSLATE_NOOP("catalogue", "Đã hủy; thư mục làm việc không thay đổi."),
    "move.evidence_copy_wrong": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp minh chứng '{file}' chép sang bị sai; chưa chuyển. Hãy kiểm tra ổ đĩa đích."),
    "move.copy_failed": QT_TRANSLATE_NOOP(
        "catalogue", "Không chép được sang '{folder}': {reason}. Thư mục làm việc không thay đổi."),
    "anchor.unreadable": QT_TRANSLATE_NOOP("catalogue", "không đọc được '{file}': {reason}"),
    "anchor.damaged": QT_TRANSLATE_NOOP("catalogue", "tệp '{file}' bị hỏng"),
    "anchor.foreign": QT_TRANSLATE_NOOP("catalogue", "tệp '{file}' không phải tệp mốc của PlanDesk"),
    "workspace.part_folder": QT_TRANSLATE_NOOP("catalogue", "thư mục làm việc"),
    "workspace.part_database": QT_TRANSLATE_NOOP("catalogue", "cơ sở dữ liệu"),
    "workspace.part_file": QT_TRANSLATE_NOOP("catalogue", "tệp '{file}'"),
    "workspace.part_evidence": QT_TRANSLATE_NOOP("catalogue", "kho minh chứng"),
    "workspace.part_backups": QT_TRANSLATE_NOOP("catalogue", "thư mục sao lưu"),
    "workspace.part_frameworks": QT_TRANSLATE_NOOP("catalogue", "thư mục bộ tiêu chí"),
    "workspace.part_logs": QT_TRANSLATE_NOOP("catalogue", "thư mục nhật ký lỗi"),
    "workspace.output_refused": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi vào '{path}': đó là {part} của thư mục làm việc '{folder}', ghi vào đó sẽ làm hỏng "
        "hoặc lẫn với dữ liệu của PlanDesk. Hãy chọn nơi khác (ví dụ thư mục Tài liệu hoặc ổ USB); chưa ghi gì."),
    "evidence.stored_file_unreadable": QT_TRANSLATE_NOOP("catalogue", "không đọc được ({reason})"),
    "evidence.stored_file_changed": QT_TRANSLATE_NOOP(
        "catalogue", "nội dung đã bị thay đổi (mã băm hiện tại {digest})"),
    "evidence.bad_digest": QT_TRANSLATE_NOOP("catalogue", "Mã băm không hợp lệ: {digest}"),
    # backups (storage/backup.py, services/backup.py)
    "backup.copy_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao cơ sở dữ liệu '{file}' không toàn vẹn ({detail}); chưa lưu."),
    "backup.cannot_open": QT_TRANSLATE_NOOP("catalogue", "Không mở được '{file}': {detail}."),
    "backup.not_database_or_damaged": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({detail})."),
    "backup.content_cannot_open": QT_TRANSLATE_NOOP("catalogue", "không mở được ({detail})"),
    "backup.content_cannot_read": QT_TRANSLATE_NOOP("catalogue", "không đọc được ({detail})"),
    "backup.content_not_integer": QT_TRANSLATE_NOOP(
        "catalogue", "bảng {table}, dòng {row}: {column} = {value} không phải số nguyên hợp lệ"),
    "backup.content_out_of_range": QT_TRANSLATE_NOOP(
        "catalogue", "bảng {table}, dòng {row}: {column} = {value} ngoài khoảng {low}–{high}"),
    "backup.content_not_datetime": QT_TRANSLATE_NOOP(
        "catalogue", "bảng {table}, dòng {row}: {column} = {value} không phải ngày giờ hợp lệ"),
    "backup.content_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "bảng {table}, dòng {row}: {column} = {value} không hợp lệ"),
    "backup.content_column_unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "bảng {table}, dòng {row}: {column} không đọc được ({detail})"),
    "backup.content_setting": QT_TRANSLATE_NOOP("catalogue", "hồ sơ dòng {row}, thiết lập {key}: {problem}"),
    "backup.content_framework": QT_TRANSLATE_NOOP(
        "catalogue", "hồ sơ dòng {row}: bộ tiêu chí không đọc được ({detail})"),
    "backup.content_not_table": QT_TRANSLATE_NOOP("catalogue", "{kind}, không phải bảng"),
    "backup.content_value": QT_TRANSLATE_NOOP(
        "catalogue", "tiêu chí {criterion} (dòng {row}), số liệu {name}: {problem}"),
    "backup.content_value_unknown": QT_TRANSLATE_NOOP("catalogue", "không có trong bộ tiêu chí"),
    "backup.evidence_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Thiếu {count} tệp minh chứng trong kho (ví dụ {example}); chưa sao lưu. Hãy chạy 'plandesk "
        "check' để xem chi tiết."),
    "backup.disk_too_small": QT_TRANSLATE_NOOP(
        "catalogue", "Ổ đĩa chứa '{folder}' chỉ còn {free}, bản sao lưu cần khoảng {need}. Hãy giải phóng chỗ trống "
        "hoặc chọn ổ đĩa khác; chưa ghi gì."),
    "backup.read_back_differs": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao lưu '{file}' đọc lại không khớp; chưa lưu. Hãy thử lại hoặc chọn ổ đĩa khác."),
    "backup.not_made": QT_TRANSLATE_NOOP("catalogue", "Chưa sao lưu được cơ sở dữ liệu."),
    "backup.not_a_folder": QT_TRANSLATE_NOOP(
        "catalogue", "'{folder}' không phải thư mục. Hãy chọn một thư mục (ví dụ ổ USB)."),
    "backup.restore_not_written": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được dữ liệu khôi phục vào '{file}': {problem}. Dữ liệu hiện tại vẫn nguyên vẹn (và "
        "đã được giữ ở '{aside}')."),
    "backup.accounts_from_backup": QT_TRANSLATE_NOOP("catalogue", "bản sao lưu"),
    "backup.no_leader_left": QT_TRANSLATE_NOOP("catalogue", "không còn tài khoản lãnh đạo nào"),
    "backup.recovery_needs_leader": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục làm việc này bật đăng nhập: khôi phục cơ sở dữ liệu hỏng cần tên đăng nhập và mật khẩu "
        "của một tài khoản Lãnh đạo ({leaders}; theo {source}). Trên dòng lệnh: plandesk --user TÊN restore TỆP --yes "
        "(mật khẩu qua --password-file, PLANDESK_PASSWORD hoặc được hỏi). Chưa thay đổi gì."),
    "backup.recovery_refused": QT_TRANSLATE_NOOP(
        "catalogue", "Tên đăng nhập hoặc mật khẩu không đúng, hoặc '{account}' không phải tài khoản Lãnh đạo "
        "({source}). Chưa thay đổi gì."),
    "backup.recovery_evidence_failed": QT_TRANSLATE_NOOP(
        "catalogue", "{problem} Cơ sở dữ liệu hỏng vẫn được giữ nguyên."),
    "backup.recovery_not_replaced": QT_TRANSLATE_NOOP(
        "catalogue", "Không thay được cơ sở dữ liệu hỏng trong '{folder}': {reason}. Các tệp cũ (nếu đã chuyển) nằm ở "
        "'{aside}'; hãy giải phóng chỗ trống hoặc kiểm tra quyền ghi rồi thử lại."),
    # a shared database on a server (services/database.py)
    "database.no_server_to_remember": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục làm việc này đang dùng tệp cơ sở dữ liệu riêng; hãy chỉ định máy chủ bằng --database "
        "postgresql://… rồi chạy lại lệnh."),
    "database.server_backups": QT_TRANSLATE_NOOP(
        "catalogue", "Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: PlanDesk không sao lưu hay khôi phục được nó. Hãy để "
        "người quản trị máy chủ sao lưu định kỳ bằng pg_dump (khôi phục bằng pg_restore), và chép thư mục minh chứng "
        "(evidence/) của thư mục làm việc dùng chung cùng lúc."),
    "database.refused_on_server": QT_TRANSLATE_NOOP("catalogue", "Không thể {action}: {backups}"),
    "database.action_backup": QT_TRANSLATE_NOOP("catalogue", "sao lưu cơ sở dữ liệu"),
    "database.action_full_backup": QT_TRANSLATE_NOOP("catalogue", "sao lưu đầy đủ"),
    "database.action_restore": QT_TRANSLATE_NOOP("catalogue", "khôi phục từ bản sao lưu vào cơ sở dữ liệu dùng chung"),
    "database.action_move": QT_TRANSLATE_NOOP(
        "catalogue", "chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt bằng tay; dữ liệu vẫn ở "
        "máy chủ)"),
    # the data inside a package (transfer/dataformat.py), a backup's manifest (storage/backup.py)
    "package.data_unreadable": QT_TRANSLATE_NOOP(
        "catalogue", "Dữ liệu '{entry}' trong gói không đọc được ({detail}); gói bị từ chối."),
    "package.data_foreign": QT_TRANSLATE_NOOP(
        "catalogue", "Dữ liệu '{entry}' trong gói không phải định dạng '{format}'."),
    "package.data_bad_version": QT_TRANSLATE_NOOP(
        "catalogue", "Dữ liệu '{entry}': phiên bản định dạng không hợp lệ ({version})."),
    "package.data_newer": QT_TRANSLATE_NOOP(
        "catalogue", "Dữ liệu '{entry}' theo định dạng {version}, mới hơn bản PlanDesk này (đọc được đến {newest}). "
        "Hãy cập nhật PlanDesk rồi nhập lại."),
    "backup.manifest_bad_size": QT_TRANSLATE_NOOP("catalogue", "mục lục ghi kích thước tệp không hợp lệ"),
    "backup.manifest_bad_digest": QT_TRANSLATE_NOOP("catalogue", "mã băm không hợp lệ {digest}"),
    # what a package's check verified (transfer/read.py), a note after a backup (services/backup.py)
    "package.checked_parts": QT_TRANSLATE_NOOP("catalogue", "{count} phần của gói: đủ, đúng thứ tự, đúng mã SHA-256"),
    "package.checked_whole_file": QT_TRANSLATE_NOOP("catalogue", "toàn bộ tệp gói: đúng mã SHA-256 ghi ở cuối gói"),
    "package.checked_decryption": QT_TRANSLATE_NOOP("catalogue", "giải mã AES-256-GCM: mọi khối đúng mã xác thực"),
    "package.checked_whole_file_encrypted": QT_TRANSLATE_NOOP(
        "catalogue", "toàn bộ tệp gói: mọi byte được xác thực khi giải mã (AES-256-GCM)"),
    "package.checked_entries": QT_TRANSLATE_NOOP(
        "catalogue", "{count} mục: tên an toàn trên Windows, không trùng, không symlink, không vượt giới hạn nén"),
    "package.checked_files": QT_TRANSLATE_NOOP(
        "catalogue", "{count} tệp ({size} byte): đúng kích thước và mã SHA-256 trong bảng kê"),
    "backup.inside_workspace": QT_TRANSLATE_NOOP(
        "catalogue", "Bản sao lưu nằm cùng ổ đĩa với thư mục làm việc; hãy chép nó sang USB hoặc ổ đĩa khác (hoặc "
        "dùng --out) để phòng khi hỏng máy."),
    # -- what a package's import would change (services/transfer.py: the preview) -------------------
    "import.category.moi": QT_TRANSLATE_NOOP("catalogue", "mới"),
    "import.category.cap_nhat": QT_TRANSLATE_NOOP("catalogue", "cập nhật"),
    "import.category.khong_doi": QT_TRANSLATE_NOOP("catalogue", "không đổi"),
    "import.category.xung_dot": QT_TRANSLATE_NOOP("catalogue", "xung đột"),
    "import.record.ho_so": QT_TRANSLATE_NOOP("catalogue", "bộ tiêu chí và thiết lập văn bản"),
    "import.record.tieu_chi": QT_TRANSLATE_NOOP("catalogue", "tiêu chí {criterion}"),
    "import.record.minh_chung": QT_TRANSLATE_NOOP("catalogue", "tài liệu “{document}”"),
    "import.record.thanh_vien": QT_TRANSLATE_NOOP("catalogue", "thành viên Hội đồng {member}"),
    "import.record.thoi_han": QT_TRANSLATE_NOOP("catalogue", "thời hạn “{deadline}”"),
    "import.record.van_ban": QT_TRANSLATE_NOOP("catalogue", "văn bản đã ban hành {document} phiên bản {version}"),
    "import.record.tham_dinh": QT_TRANSLATE_NOOP("catalogue", "ý kiến thẩm định tiêu chí {criterion}"),
    # -- rules, dossiers, exports, spreadsheets and the command line -------------------------------
    # values typed for a criterion's conditions (domain/rules.py)
    "value.not_yes_no": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải là có/không"),
    "value.not_number": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải là số"),
    "value.number_too_big": QT_TRANSLATE_NOOP("catalogue", "số quá lớn (tối đa {limit})"),
    "value.not_digits": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải là số (nhập chữ số, ví dụ 12 hoặc 7,5)"),
    "value.too_big": QT_TRANSLATE_NOOP("catalogue", "'{value}' quá lớn (tối đa {limit})"),
    "value.negative": QT_TRANSLATE_NOOP("catalogue", "'{value}' không được âm"),
    "value.not_whole": QT_TRANSLATE_NOOP("catalogue", "'{value}' phải là số nguyên"),
    "value.not_date": QT_TRANSLATE_NOOP(
        "catalogue", "'{value}' không phải là ngày (nhập dạng 2024-03-15 hoặc 15/03/2024)"),
    "value.not_level_of": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải là một mức của thang: {levels}"),
    "value.not_level": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải là một mức của thang"),
    "value.min_level_unknown": QT_TRANSLATE_NOOP("catalogue", "mức tối thiểu '{level}' không có trong thang"),
    "value.no_scale": QT_TRANSLATE_NOOP("catalogue", "không tìm thấy thang đánh giá"),
    "value.done_above_total": QT_TRANSLATE_NOOP("catalogue", "số đã thực hiện ({counted}) lớn hơn tổng số ({total})"),
    "value.cases_above_total": QT_TRANSLATE_NOOP("catalogue", "số trường hợp ({counted}) lớn hơn tổng số ({total})"),
    "condition.kind_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "điều kiện '{condition}' có loại '{kind}' mà phiên bản này chưa hỗ trợ (các loại: {kinds}); hãy "
        "cập nhật PlanDesk hoặc dùng bộ tiêu chí khác"),
    # texts, numbers, JSON and document settings from outside (domain/schema.py)
    "text.too_long": QT_TRANSLATE_NOOP("catalogue", "dài {length} ký tự, tối đa {limit}"),
    "text.long_word": QT_TRANSLATE_NOOP(
        "catalogue", "có một từ dài hơn {limit} ký tự liền nhau (không có dấu cách), văn bản không in được"),
    "number.not_integer": QT_TRANSLATE_NOOP("catalogue", "không phải số nguyên"),
    "number.out_of_range": QT_TRANSLATE_NOOP("catalogue", "giá trị {value} ngoài khoảng {low}…{high}"),
    "number.huge_out_of_range": QT_TRANSLATE_NOOP("catalogue", "giá trị quá lớn ngoài khoảng {low}…{high}"),
    "json.too_deep": QT_TRANSLATE_NOOP("catalogue", "lồng nhau quá {depth} tầng"),
    "json.number_too_big": QT_TRANSLATE_NOOP("catalogue", "số {number} vượt giới hạn"),
    "json.constant": QT_TRANSLATE_NOOP("catalogue", "giá trị {value} không hợp lệ trong JSON"),
    "json.integer_too_long": QT_TRANSLATE_NOOP("catalogue", "số nguyên có {digits} chữ số vượt giới hạn"),
    "problems.more": QT_TRANSLATE_NOOP("catalogue", "và {count} lỗi khác"),
    "date.not_real": QT_TRANSLATE_NOOP(
        "catalogue", "'{value}' không phải ngày có thật (nhập dạng 2024-10-05 hoặc 05/10/2024)"),
    "date.year_out_of_range": QT_TRANSLATE_NOOP("catalogue", "năm {year} ngoài khoảng {low}–{high}"),
    "settings.not_record": QT_TRANSLATE_NOOP("catalogue", "không phải một bản ghi"),
    "settings.not_text": QT_TRANSLATE_NOOP("catalogue", "giá trị {value} không phải chuỗi"),
    "settings.not_list": QT_TRANSLATE_NOOP("catalogue", "giá trị {value} không phải danh sách"),
    "settings.too_many_items": QT_TRANSLATE_NOOP("catalogue", "{count} mục, tối đa {limit}"),
    "settings.not_mapping": QT_TRANSLATE_NOOP("catalogue", "giá trị {value} không phải bản ghi (khóa → giá trị)"),
    "settings.too_many_keys": QT_TRANSLATE_NOOP("catalogue", "{count} khóa, tối đa {limit}"),
    "settings.key_not_text": QT_TRANSLATE_NOOP("catalogue", "khóa không phải chuỗi"),
    "settings.key_bad": QT_TRANSLATE_NOOP("catalogue", "khóa quá dài hoặc có ký tự điều khiển"),
    "settings.votes": QT_TRANSLATE_NOOP("catalogue", "{problem} (số người biểu quyết)"),
    # typed text, evidence fields and files (services/inputs.py, services/evidence.py)
    "input.refused": QT_TRANSLATE_NOOP("catalogue", "{field}: {problem}. Chưa lưu gì."),
    "field.full_name": QT_TRANSLATE_NOOP("catalogue", "Họ và tên"),
    "field.position": QT_TRANSLATE_NOOP("catalogue", "Chức vụ"),
    "field.issuer": QT_TRANSLATE_NOOP("catalogue", "Cơ quan ban hành"),
    "field.approving_body": QT_TRANSLATE_NOOP("catalogue", "Cơ quan công nhận"),
    "field.note": QT_TRANSLATE_NOOP("catalogue", "Ghi chú"),
    "field.explanation": QT_TRANSLATE_NOOP("catalogue", "Giải trình"),
    "field.district": QT_TRANSLATE_NOOP("catalogue", "Huyện"),
    "field.province": QT_TRANSLATE_NOOP("catalogue", "Tỉnh"),
    "field.deadline_key": QT_TRANSLATE_NOOP("catalogue", "Khóa thời hạn"),
    "field.result": QT_TRANSLATE_NOOP("catalogue", "Kết quả thực hiện"),
    "field.unit_kind": QT_TRANSLATE_NOOP("catalogue", "Loại đơn vị"),
    "field.reopen_reason": QT_TRANSLATE_NOOP("catalogue", "Lý do mở lại"),
    "field.unit_code": QT_TRANSLATE_NOOP("catalogue", "Mã đơn vị"),
    "field.number": QT_TRANSLATE_NOOP("catalogue", "Số, ký hiệu"),
    "field.title": QT_TRANSLATE_NOOP("catalogue", "Trích yếu"),
    "field.deadline_title": QT_TRANSLATE_NOOP("catalogue", "Tên mốc thời hạn"),
    "field.file_name": QT_TRANSLATE_NOOP("catalogue", "Tên tệp"),
    "field.commune": QT_TRANSLATE_NOOP("catalogue", "Tên xã"),
    "field.review_comment": QT_TRANSLATE_NOOP("catalogue", "Ý kiến thẩm định"),
    "field.lead_unit": QT_TRANSLATE_NOOP("catalogue", "Đơn vị chủ trì"),
    "field.cooperating_units": QT_TRANSLATE_NOOP("catalogue", "Đơn vị phối hợp"),
    "evidence.issued_on_invalid": QT_TRANSLATE_NOOP("catalogue", "Ngày ban hành phải là một ngày hợp lệ."),
    "evidence.size_changed": QT_TRANSLATE_NOOP("catalogue", "kích thước {size} byte khác {attached} byte khi đính kèm"),
    "evidence.file_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu tệp"),
    "evidence.file_problem": QT_TRANSLATE_NOOP("catalogue", "'{file}' ({problem})"),
    "evidence.more_documents": QT_TRANSLATE_NOOP("catalogue", " và {count} tài liệu khác"),
    "evidence.refused_export": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa xuất văn bản: {count} tài liệu minh chứng thiếu tệp hoặc tệp đã bị thay đổi: "
        "{files}{more}. In ra sẽ không đúng hồ sơ. Hãy chạy 'plandesk check' và đính kèm lại các tệp đó; muốn vẫn "
        "xuất và bỏ các tệp đó ra (ghi rõ trong mục lục), dùng --allow-missing (trong cửa sổ: chọn Vẫn xuất)."),
    "evidence.refused_bundle": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa xuất hồ sơ minh chứng: {count} tài liệu minh chứng thiếu tệp hoặc tệp đã bị thay đổi: "
        "{files}{more}. In ra sẽ không đúng hồ sơ. Hãy chạy 'plandesk check' và đính kèm lại các tệp đó; muốn vẫn "
        "xuất và bỏ các tệp đó ra (ghi rõ trong mục lục), dùng --allow-missing (trong cửa sổ: chọn Vẫn xuất)."),
    # dossiers, their criteria, council and settings (services/dossiers.py)
    "dossier.none": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục làm việc chưa có hồ sơ nào. Hãy tạo hồ sơ (hoặc chạy 'plandesk demo')."),
    "dossier.listed": QT_TRANSLATE_NOOP("catalogue", "{dossier}: {unit} năm {year}"),
    "dossier.choose": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục làm việc có {count} hồ sơ; hãy chọn một bằng --dossier ({dossiers})."),
    "dossier.commune_needed": QT_TRANSLATE_NOOP("catalogue", "Hãy nhập tên xã."),
    "dossier.year_invalid": QT_TRANSLATE_NOOP("catalogue", "Năm {year} không hợp lệ (từ 2000 đến 2100)."),
    "list.none": QT_TRANSLATE_NOOP("catalogue", "không có"),
    "framework.not_found": QT_TRANSLATE_NOOP("catalogue", "Không có bộ tiêu chí '{framework}' (đang có: {known})."),
    "framework.version_not_found": QT_TRANSLATE_NOOP(
        "catalogue", "Không có bộ tiêu chí '{framework}' phiên bản {version} (đang có: {known})."),
    "dossier.exists": QT_TRANSLATE_NOOP("catalogue", "{unit} đã có hồ sơ năm {year} (số {dossier})."),
    "assessment.no_values": QT_TRANSLATE_NOOP("catalogue", "không có (tiêu chí này do Hội đồng đánh giá)"),
    "assessment.value_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Tiêu chí {criterion} không có số liệu '{name}'. Các số liệu: {names}."),
    "assessment.value_refused": QT_TRANSLATE_NOOP("catalogue", "Tiêu chí {criterion}, số liệu '{name}': {problem}."),
    "criterion.not_in_dossier": QT_TRANSLATE_NOOP("catalogue", "Không có tiêu chí '{criterion}' trong hồ sơ."),
    "settings.unknown": QT_TRANSLATE_NOOP("catalogue", "Không có thiết lập: {keys}."),
    "settings.invalid": QT_TRANSLATE_NOOP("catalogue", "Thiết lập văn bản không hợp lệ — {problems}. Chưa lưu gì."),
    "deadline.not_found": QT_TRANSLATE_NOOP("catalogue", "Không có mốc thời hạn '{key}'."),
    # exports, roll-ups, issued documents, reading, the demo (services/)
    "export.unknown_document": QT_TRANSLATE_NOOP(
        "catalogue", "Không có văn bản '{document}'; dùng một trong: {known}."),
    "export.not_excel": QT_TRANSLATE_NOOP("catalogue", "Văn bản '{document}' không xuất ra Excel; Excel có: {known}."),
    "export.no_such_format": QT_TRANSLATE_NOOP("catalogue", "Văn bản '{document}' không có định dạng {format}."),
    "export.format_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "Định dạng '{format}' không hợp lệ; dùng pdf, docx hoặc xlsx."),
    "export.cannot_write": QT_TRANSLATE_NOOP("catalogue", "Không ghi được tệp '{file}': {reason}."),
    "export.file_in_use": QT_TRANSLATE_NOOP(
        "catalogue", "Không ghi được tệp '{file}': {reason}. Nếu tệp đang mở trong chương trình khác (trình đọc PDF, "
        "Word, Excel), hãy đóng nó rồi xuất lại; tệp cũ vẫn nguyên."),
    "export.bundle_pdf_only": QT_TRANSLATE_NOOP("catalogue", "Hồ sơ minh chứng chỉ xuất ra PDF (--format pdf)."),
    "rollup.filter_invalid": QT_TRANSLATE_NOOP("catalogue", "Bộ lọc '{filter}' không hợp lệ; dùng: {known}."),
    "rollup.no_dossiers": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa có hồ sơ nào của năm {year} trong thư mục làm việc. Hãy nhập các gói hồ sơ bằng 'plandesk "
        "unpack'."),
    "rollup.no_dossiers_of_framework": QT_TRANSLATE_NOOP(
        "catalogue", "Không có hồ sơ năm {year} theo bộ tiêu chí '{framework}' (đang có: {known})."),
    "rollup.no_framework": QT_TRANSLATE_NOOP("catalogue", "không có bộ tiêu chí"),
    "rollup.folder_missing": QT_TRANSLATE_NOOP("catalogue", "Thư mục '{folder}' không tồn tại."),
    "rollup.report_suffix": QT_TRANSLATE_NOOP("catalogue", "Tệp báo cáo '{file}' phải có đuôi .pdf hoặc .docx."),
    "rollup.cannot_write": QT_TRANSLATE_NOOP("catalogue", "Không ghi được '{file}': {reason}."),
    "issued.not_found": QT_TRANSLATE_NOOP("catalogue", "Không có văn bản đã ban hành số {number} trong hồ sơ."),
    "issued.not_issuable": QT_TRANSLATE_NOOP(
        "catalogue", "Văn bản '{document}' không ban hành riêng được; ban hành một trong: {known}."),
    "issued.number_and_date_needed": QT_TRANSLATE_NOOP(
        "catalogue", "Ban hành {document} cần số và ngày ban hành (ví dụ: --number 12 --date {year}-10-05)."),
    "issued.already": QT_TRANSLATE_NOOP(
        "catalogue", "{document} đã được ban hành ({number}, ngày {date}); muốn ban hành lại hãy ban hành phiên bản "
        "mới (plandesk issue --new-version, hoặc nút “Ban hành phiên bản mới”)."),
    "reading.not_read_yet": QT_TRANSLATE_NOOP("catalogue", "Chưa đọc được chữ của tài liệu số {number}; hãy thử lại."),
    "evidence.not_found": QT_TRANSLATE_NOOP("catalogue", "Không có tài liệu minh chứng số {number}."),
    "evidence.not_in_dossier": QT_TRANSLATE_NOOP("catalogue", "Không có tài liệu minh chứng số {number} trong hồ sơ."),
    "reading.cannot_open": QT_TRANSLATE_NOOP("catalogue", "Không mở được tệp '{file}' để nhận dạng chữ ({reason})."),
    "demo.state_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Trạng thái hồ sơ mẫu '{state}' không có; dùng một trong: {known}."),
    # names of domain values (domain/rules.py, domain/dossier.py) and refused names
    "suggestion.dat": QT_TRANSLATE_NOOP("catalogue", "Đạt"),
    "suggestion.khong_dat": QT_TRANSLATE_NOOP("catalogue", "Không đạt"),
    "suggestion.thieu_so_lieu": QT_TRANSLATE_NOOP("catalogue", "Chưa đủ số liệu"),
    "suggestion.none": QT_TRANSLATE_NOOP("catalogue", "Do Hội đồng đánh giá"),
    "review.chua_xem": QT_TRANSLATE_NOOP("catalogue", "Chưa thẩm định"),
    "review.dat": QT_TRANSLATE_NOOP("catalogue", "Thẩm định: đạt"),
    "review.yeu_cau_bo_sung": QT_TRANSLATE_NOOP("catalogue", "Yêu cầu bổ sung"),
    "council_role.chu_tich": QT_TRANSLATE_NOOP("catalogue", "Chủ tịch"),
    "council_role.pho_chu_tich": QT_TRANSLATE_NOOP("catalogue", "Phó Chủ tịch"),
    "council_role.thu_ky": QT_TRANSLATE_NOOP("catalogue", "Thư ký"),
    "council_role.thanh_vien": QT_TRANSLATE_NOOP("catalogue", "Thành viên"),
    "status.unknown": QT_TRANSLATE_NOOP("catalogue", "Trạng thái '{status}' không hợp lệ; dùng một trong: {known}."),
    "role.unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Vai trò '{role}' không hợp lệ; dùng một trong: {known} ({labels})."),
    "resources.missing": QT_TRANSLATE_NOOP(
        "catalogue", "Không tìm thấy thư mục tài nguyên '{folder}' của PlanDesk; hãy cài đặt lại ứng dụng."),
    # spreadsheets (services/spreadsheets.py)
    "sheet.cell_problem": QT_TRANSLATE_NOOP("catalogue", "Dòng {row}, cột {column} ({title}): {problem}"),
    "sheet.row_problem": QT_TRANSLATE_NOOP("catalogue", "Dòng {row}: {problem}"),
    "sheet.errors": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' có {count} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại:\n{errors}"),
    "sheet.more_errors": QT_TRANSLATE_NOOP("catalogue", "… và {count} lỗi khác."),
    "sheet.date_invalid": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải ngày hợp lệ (dạng 30/09/2024)"),
    "sheet.not_found": QT_TRANSLATE_NOOP("catalogue", "Không tìm thấy tệp '{file}'."),
    "sheet.not_excel": QT_TRANSLATE_NOOP("catalogue", "Không đọc được '{file}' như một tệp Excel (.xlsx): {reason}."),
    "sheet.no_header": QT_TRANSLATE_NOOP(
        "catalogue", "Tệp '{file}' không có dòng tiêu đề với các cột: {columns} (hãy dùng tệp do PlanDesk xuất ra "
        "làm mẫu)."),
    "sheet.too_many_rows": QT_TRANSLATE_NOOP("catalogue", "Tệp '{file}' có quá nhiều dòng (tối đa {limit})."),
    "sheet.name_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu họ và tên"),
    "sheet.name_repeated": QT_TRANSLATE_NOOP("catalogue", "'{name}' trùng với dòng {row}"),
    "sheet.role_invalid": QT_TRANSLATE_NOOP("catalogue", "'{role}' không hợp lệ; dùng một trong: {known}"),
    "sheet.role_taken": QT_TRANSLATE_NOOP("catalogue", "Hội đồng chỉ có một {role} (đã có ở dòng {row})"),
    "sheet.no_members": QT_TRANSLATE_NOOP("catalogue", "tệp không có thành viên nào"),
    "sheet.code_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu mã tiêu chí"),
    "sheet.criterion_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "không có tiêu chí '{criterion}' trong hồ sơ (mã có dạng I.1 … III.19)"),
    "sheet.criterion_repeated": QT_TRANSLATE_NOOP("catalogue", "tiêu chí {criterion} trùng với dòng {row}"),
    "sheet.lead_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu đơn vị chủ trì"),
    "sheet.no_assignments": QT_TRANSLATE_NOOP("catalogue", "tệp không có dòng phân công nào"),
    # the command line (cli/)
    "cli.password_file_unreadable": QT_TRANSLATE_NOOP("catalogue", "Không đọc được tệp mật khẩu '{file}': {reason}."),
    "cli.password_needed": QT_TRANSLATE_NOOP(
        "catalogue", "Cần mật khẩu: dùng --password-file TỆP (hoặc biến môi trường PLANDESK_PASSWORD)."),
    "cli.user_needed": QT_TRANSLATE_NOOP(
        "catalogue", "Thư mục làm việc này yêu cầu đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP (mật khẩu qua "
        "--password-file hoặc được hỏi)."),
    "cli.passwords_differ": QT_TRANSLATE_NOOP("catalogue", "Hai lần nhập mật khẩu không giống nhau; chưa thay đổi gì."),
    "cli.account_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Không có tài khoản '{account}'. Xem danh sách: plandesk accounts list."),
    "cli.date_invalid": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải ngày dạng YYYY-MM-DD"),
    "cli.value_form": QT_TRANSLATE_NOOP("catalogue", "--value '{item}' phải có dạng NAME=VALUE."),
    "cli.setting_form": QT_TRANSLATE_NOOP(
        "catalogue", "'{pair}' không hợp lệ; dùng KEY=VALUE với KEY là một trong: {known}."),
    "cli.setting_subkey": QT_TRANSLATE_NOOP("catalogue", "'{key}' cần khóa con, ví dụ {key}.to_trinh=..."),
    "cli.size_invalid": QT_TRANSLATE_NOOP("catalogue", "'{value}' không phải kích thước (ví dụ 4G, 700M, 100000)"),
    "cli.resolve_form": QT_TRANSLATE_NOOP("catalogue", "--resolve '{item}' phải có dạng KHÓA={keep} hoặc KHÓA={take}."),
    "framework.of_dossier": QT_TRANSLATE_NOOP("catalogue", "hồ sơ số {dossier}"),
    # the problems of a criteria framework file (domain/framework.py): where, then what
    "framework.at_scale": QT_TRANSLATE_NOOP("catalogue", "thang '{scale}'"),
    "framework.at_group": QT_TRANSLATE_NOOP("catalogue", "nhóm {group}"),
    "framework.at_criterion": QT_TRANSLATE_NOOP("catalogue", "tiêu chí {criterion}"),
    "framework.at_condition": QT_TRANSLATE_NOOP("catalogue", "{where}, điều kiện '{condition}'"),
    "framework.nth_group": QT_TRANSLATE_NOOP("catalogue", "nhóm thứ {number}"),
    "framework.nth_criterion": QT_TRANSLATE_NOOP("catalogue", "tiêu chí thứ {number}"),
    "framework.nth_migration": QT_TRANSLATE_NOOP("catalogue", "migrations thứ {number}"),
    "framework.nth_source": QT_TRANSLATE_NOOP("catalogue", "nguồn thứ {number}"),
    "framework.nth_condition": QT_TRANSLATE_NOOP("catalogue", "{where}, điều kiện thứ {number}"),
    "framework.nth_event": QT_TRANSLATE_NOOP("catalogue", "{where}, sự kiện thứ {number}"),
    "framework.field_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu trường '{field}'"),
    "framework.field_not_text": QT_TRANSLATE_NOOP("catalogue", "trường '{field}' phải là một chuỗi không rỗng"),
    "framework.field_not_integer": QT_TRANSLATE_NOOP(
        "catalogue", "trường '{field}' phải là số nguyên (đang là {value})"),
    "framework.field_not_number": QT_TRANSLATE_NOOP("catalogue", "trường '{field}' phải là số (đang là {value})"),
    "framework.field_out_of_range": QT_TRANSLATE_NOOP(
        "catalogue", "trường '{field}' = {value} nằm ngoài khoảng cho phép {low}–{high}"),
    "framework.field_not_flag": QT_TRANSLATE_NOOP("catalogue", "trường '{field}' phải là true hoặc false"),
    "framework.not_table": QT_TRANSLATE_NOOP("catalogue", "phải là một bảng"),
    "framework.format_newer": QT_TRANSLATE_NOOP(
        "catalogue", "định dạng tệp phiên bản {format} mới hơn phiên bản PlanDesk này hiểu ({version}); hãy cập nhật "
        "PlanDesk"),
    "framework.format_wrong": QT_TRANSLATE_NOOP("catalogue", "trường 'format' phải là {version}"),
    "framework.id_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "trường 'id' = '{id}' chỉ được gồm chữ thường không dấu, chữ số và '-'"),
    "framework.scales_not_table": QT_TRANSLATE_NOOP("catalogue", "phải là một bảng các thang đánh giá"),
    "framework.levels_too_few": QT_TRANSLATE_NOOP(
        "catalogue", "trường 'levels' phải là danh sách ít nhất 2 mức (từ cao xuống thấp)"),
    "framework.levels_repeated": QT_TRANSLATE_NOOP("catalogue", "trường 'levels' có mức bị trùng"),
    "framework.groups_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu danh sách nhóm tiêu chí [[groups]]"),
    "framework.group_code_invalid": QT_TRANSLATE_NOOP("catalogue", "mã nhóm '{group}' phải là số La Mã (I, II, III…)"),
    "framework.group_code_repeated": QT_TRANSLATE_NOOP("catalogue", "mã nhóm '{group}' bị trùng"),
    "framework.criteria_missing": QT_TRANSLATE_NOOP("catalogue", "thiếu danh sách tiêu chí [[criteria]]"),
    "framework.criterion_code_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "mã tiêu chí '{criterion}' phải có dạng NHÓM.SỐ, ví dụ III.14"),
    "framework.criterion_code_repeated": QT_TRANSLATE_NOOP("catalogue", "mã tiêu chí '{criterion}' bị trùng"),
    "framework.group_undeclared": QT_TRANSLATE_NOOP("catalogue", "nhóm '{group}' không được khai báo trong [[groups]]"),
    "framework.group_size_wrong": QT_TRANSLATE_NOOP("catalogue", "khai báo {size} tiêu chí nhưng tệp có {count}"),
    "framework.numbers_gap": QT_TRANSLATE_NOOP(
        "catalogue", "các tiêu chí phải đánh số liên tục từ 1 (đang có {numbers})"),
    "framework.migrations_not_list": QT_TRANSLATE_NOOP("catalogue", "phải là danh sách [[migrations]]"),
    "framework.map_invalid": QT_TRANSLATE_NOOP("catalogue", "trường 'map' phải ánh xạ mã cũ sang mã mới (\"\" nếu bỏ)"),
    "framework.map_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "mã mới '{new}' (của '{old}') không có trong bộ tiêu chí này"),
    "framework.sources_not_list": QT_TRANSLATE_NOOP("catalogue", "phải là danh sách [[sources]]"),
    "framework.source_date_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "trường 'date' = '{date}' phải có dạng \"YYYY-MM-DD\" (một chuỗi, ví dụ \"2023-04-12\")"),
    "framework.each_year_not_table": QT_TRANSLATE_NOOP(
        "catalogue", "trường 'each_year' phải là một bảng { \"cụm từ trong văn bản\" = \"cụm từ với {token}\" }"),
    "framework.each_year_no_year": QT_TRANSLATE_NOOP(
        "catalogue", "each_year: “{phrase}” phải ứng với một cụm từ có {token}, ví dụ \"Quý I/{token}\""),
    "framework.each_year_not_in_text": QT_TRANSLATE_NOOP(
        "catalogue", "each_year: không có “{phrase}” trong nội dung tiêu chí"),
    "framework.conditions_not_list": QT_TRANSLATE_NOOP(
        "catalogue", "trường 'conditions' phải là danh sách [[criteria.conditions]]"),
    "framework.slug_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "trường 'id' chỉ được gồm chữ thường không dấu, chữ số và '_'"),
    "framework.condition_repeated": QT_TRANSLATE_NOOP("catalogue", "id điều kiện bị trùng trong tiêu chí"),
    "framework.kind_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "loại điều kiện 'kind' = {kind} không được hỗ trợ (các loại: {kinds})"),
    "framework.month_day_invalid": QT_TRANSLATE_NOOP(
        "catalogue", "trường '{field}' phải có dạng \"MM-DD\" (ví dụ \"03-31\")"),
    "framework.start_after_end": QT_TRANSLATE_NOOP("catalogue", "ngày bắt đầu 'start' phải trước ngày kết thúc 'end'"),
    "framework.scale_undeclared": QT_TRANSLATE_NOOP(
        "catalogue", "thang đánh giá 'scale' = {scale} không được khai báo trong [scales]"),
    "framework.min_level_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "mức tối thiểu 'min' = {level} không có trong thang '{scale}'"),
    "framework.events_missing": QT_TRANSLATE_NOOP("catalogue", "cần danh sách sự kiện [[criteria.conditions.events]]"),
    "framework.event_repeated": QT_TRANSLATE_NOOP("catalogue", "id sự kiện '{event}' bị trùng"),
    # why a criterion is suggested Đạt or not (domain/rules.py): after the condition's label
    "reason.not_entered": QT_TRANSLATE_NOOP("catalogue", "chưa nhập"),
    "reason.yes": QT_TRANSLATE_NOOP("catalogue", "có"),
    "reason.no": QT_TRANSLATE_NOOP("catalogue", "không"),
    "reason.count": QT_TRANSLATE_NOOP("catalogue", "{count} (yêu cầu ≥ {min})"),
    "reason.none_concerned": QT_TRANSLATE_NOOP("catalogue", "không có đối tượng thuộc diện (0/0)"),
    "reason.percent": QT_TRANSLATE_NOOP("catalogue", "{done}/{total} = {percent} (yêu cầu ≥ {min} %)"),
    "reason.counts": QT_TRANSLATE_NOOP("catalogue", "năm trước {previous}, năm nay {current}"),
    "reason.none_happened": QT_TRANSLATE_NOOP("catalogue", "không có ({counts})"),
    "reason.rise_from_none": QT_TRANSLATE_NOOP("catalogue", "tăng so với năm trước ({counts}; yêu cầu giảm ≥ {min} %)"),
    "reason.fall": QT_TRANSLATE_NOOP("catalogue", "giảm {change} so với năm trước ({counts}; yêu cầu ≥ {min} %)"),
    "reason.rise": QT_TRANSLATE_NOOP("catalogue", "tăng {change} so với năm trước ({counts}; yêu cầu giảm ≥ {min} %)"),
    "reason.rate": QT_TRANSLATE_NOOP("catalogue", "{count}/{base} = {percent} (yêu cầu dưới {max} %)"),
    "reason.date_inside": QT_TRANSLATE_NOOP("catalogue", "{date} (trong khoảng {start}–{end})"),
    "reason.date_outside": QT_TRANSLATE_NOOP("catalogue", "{date} (ngoài khoảng {start}–{end})"),
    "reason.rating": QT_TRANSLATE_NOOP("catalogue", "{level} (yêu cầu “{min}” trở lên)"),
    "reason.in_month": QT_TRANSLATE_NOOP("catalogue", "tháng {month}/{year}"),
    "reason.in_year": QT_TRANSLATE_NOOP("catalogue", "năm {year}"),
    "reason.event_wrong_time": QT_TRANSLATE_NOOP("catalogue", "{event} ({date} không thuộc {when})"),
    "reason.events_held": QT_TRANSLATE_NOOP("catalogue", "đã tổ chức {held}/{planned} hoạt động"),
    "reason.events_missing": QT_TRANSLATE_NOOP("catalogue", "chưa có: {events}"),
    "reason.events_wrong": QT_TRANSLATE_NOOP("catalogue", "sai thời gian: {events}"),
    "reason.no_conditions": QT_TRANSLATE_NOOP("catalogue", "Tiêu chí không có điều kiện đo được; Hội đồng đánh giá."),
    # documents a dossier's state does not allow yet (documents/common.py, documents/to_trinh.py)
    "document.to_trinh_refused": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa thể lập tờ trình đề nghị công nhận vì:\n{reasons}"),
    "document.to_trinh_refused_offer": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa thể lập tờ trình đề nghị công nhận vì:\n{reasons}\nCó thể lập: {offer}."),
    "document.offer_bao_cao": QT_TRANSLATE_NOOP("catalogue", "báo cáo kết quả thực hiện các tiêu chí (tiến độ)"),
    "document.offer_bao_cao_6_thang": QT_TRANSLATE_NOOP("catalogue", "báo cáo sơ kết 06 tháng"),
    "blocker.criterion": QT_TRANSLATE_NOOP("catalogue", "Tiêu chí {criterion} ({title})"),
    "blocker.not_met": QT_TRANSLATE_NOOP("catalogue", "{criterion} được Hội đồng đánh giá Không đạt."),
    "blocker.in_progress": QT_TRANSLATE_NOOP("catalogue", "{criterion} đang thực hiện, chưa có kết luận Đạt."),
    "blocker.not_assessed": QT_TRANSLATE_NOOP("catalogue", "{criterion} chưa được đánh giá."),
    "blocker.figures_not_met": QT_TRANSLATE_NOOP(
        "catalogue", "{criterion} được kết luận Đạt nhưng số liệu cho thấy chưa đạt ({reason})."),
    "blocker.no_evidence": QT_TRANSLATE_NOOP(
        "catalogue", "{criterion} được kết luận Đạt nhưng chưa có tài liệu minh chứng và {problem}."),
    "blocker.vote": QT_TRANSLATE_NOOP(
        "catalogue", "Biểu quyết tại cuộc họp xét chỉ có {agreed}/{present} thành viên có mặt tán thành, chưa quá "
        "một nửa."),
    "explanation.missing": QT_TRANSLATE_NOOP("catalogue", "chưa có giải trình"),
    "explanation.circular": QT_TRANSLATE_NOOP(
        "catalogue", "giải trình dẫn chiếu chính các văn bản của hồ sơ này (biên bản họp xét, báo cáo, tờ trình)"),
    "explanation.too_short": QT_TRANSLATE_NOOP(
        "catalogue", "giải trình quá ngắn (dưới {words} từ), chưa nói căn cứ xác định kết quả"),
    # the pre-submission check (services/preflight.py): one finding each
    "severity.error": QT_TRANSLATE_NOOP("catalogue", "Lỗi"),
    "severity.note": QT_TRANSLATE_NOOP("catalogue", "Lưu ý"),
    "doc.to_trinh": QT_TRANSLATE_NOOP("catalogue", "Tờ trình"),
    "doc.bao_cao": QT_TRANSLATE_NOOP("catalogue", "Báo cáo kết quả"),
    "doc.bien_ban": QT_TRANSLATE_NOOP("catalogue", "Biên bản họp"),
    "doc.ke_hoach": QT_TRANSLATE_NOOP("catalogue", "Kế hoạch"),
    "doc.bao_cao_6_thang": QT_TRANSLATE_NOOP("catalogue", "Báo cáo sơ kết 06 tháng"),
    "preflight.not_met_figures_met": QT_TRANSLATE_NOOP(
        "catalogue", "Tiêu chí {criterion} được kết luận Không đạt nhưng số liệu cho thấy đã đạt ({reason})."),
    "preflight.met_figures_missing": QT_TRANSLATE_NOOP(
        "catalogue", "Tiêu chí {criterion} được kết luận Đạt nhưng chưa nhập đủ số liệu ({reason})."),
    "preflight.met_no_result": QT_TRANSLATE_NOOP(
        "catalogue", "Tiêu chí {criterion} được kết luận Đạt nhưng chưa ghi kết quả thực hiện."),
    "preflight.explanation_only": QT_TRANSLATE_NOOP(
        "catalogue", "Tiêu chí {criterion} không có tài liệu minh chứng, chỉ có giải trình; nơi thẩm định có thể yêu "
        "cầu bổ sung."),
    "preflight.document_unlinked": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” chưa gắn với tiêu chí nào nên không có trong danh mục minh chứng."),
    "preflight.document_undated": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” (tiêu chí {criteria}) chưa có ngày ban hành."),
    "preflight.document_last_year": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” (tiêu chí {criteria}) ban hành ngày {date}, ngoài năm {year} (kết quả "
        "năm trước: kiểm tra lại có phù hợp không)."),
    "preflight.document_other_year": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” (tiêu chí {criteria}) ban hành ngày {date}, ngoài năm {year}."),
    "preflight.document_future": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” ghi ngày ban hành {date}, sau ngày hôm nay."),
    "preflight.document_no_number": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” (tiêu chí {criteria}) chưa có số, ký hiệu."),
    "preflight.document_no_issuer": QT_TRANSLATE_NOOP(
        "catalogue", "Tài liệu “{document}” (tiêu chí {criteria}) chưa có cơ quan ban hành."),
    "preflight.no_council": QT_TRANSLATE_NOOP(
        "catalogue", "Chưa có danh sách thành viên Hội đồng (biên bản không ghi được thành phần)."),
    "preflight.council_role_missing": QT_TRANSLATE_NOOP("catalogue", "Hội đồng chưa có {role} (người ký biên bản)."),
    "preflight.meeting_chair_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Người chủ trì cuộc họp “{name}” không có trong danh sách Hội đồng."),
    "preflight.meeting_secretary_unknown": QT_TRANSLATE_NOOP(
        "catalogue", "Thư ký cuộc họp “{name}” không có trong danh sách Hội đồng."),
    "preflight.no_vote": QT_TRANSLATE_NOOP(
        "catalogue", "Biên bản chưa ghi kết quả biểu quyết (số tán thành): sẽ để trống để ghi tay."),
    "preflight.votes_too_many": QT_TRANSLATE_NOOP(
        "catalogue", "Số phiếu biểu quyết ({agreed} tán thành, {against} không tán thành) nhiều hơn số thành viên có "
        "mặt ({present})."),
    "preflight.vote_not_half": QT_TRANSLATE_NOOP(
        "catalogue", "Chỉ {agreed}/{present} thành viên có mặt tán thành: chưa quá một nửa."),
    "preflight.too_few_present": QT_TRANSLATE_NOOP(
        "catalogue", "Cuộc họp chỉ có {present}/{total} thành viên Hội đồng có mặt."),
    "preflight.not_issued": QT_TRANSLATE_NOOP("catalogue", "{document} chưa ban hành."),
    "preflight.not_issued_no_number": QT_TRANSLATE_NOOP("catalogue", "{document} chưa ban hành (chưa có số)."),
    "preflight.not_issued_no_date": QT_TRANSLATE_NOOP("catalogue", "{document} chưa ban hành (chưa có ngày)."),
    "preflight.not_issued_no_number_or_date": QT_TRANSLATE_NOOP(
        "catalogue", "{document} chưa ban hành (chưa có số và ngày)."),
    "preflight.date_other_year": QT_TRANSLATE_NOOP("catalogue", "{document} ghi ngày {date}, ngoài năm {year}."),
    "preflight.issued_no_longer_allowed": QT_TRANSLATE_NOOP(
        "catalogue", "{document} đã ban hành ({number}) nhưng hồ sơ hiện không còn đủ điều kiện cho văn bản này: "
        "{problem}"),
    "preflight.issued_changed": QT_TRANSLATE_NOOP(
        "catalogue", "{document} đã ban hành ({number}, ngày {date}) nhưng hồ sơ đã thay đổi sau đó ({count} đoạn "
        "khác): hãy ban hành phiên bản mới."),
    "preflight.numbers_out_of_order": QT_TRANSLATE_NOOP(
        "catalogue", "Số văn bản không theo thứ tự: {later} số {later_number} ngày {later_date} đứng sau {earlier} "
        "số {earlier_number} ngày {earlier_date}."),
    "preflight.to_trinh_before_meeting": QT_TRANSLATE_NOOP(
        "catalogue", "Tờ trình ngày {date} trước cuộc họp xét ngày {meeting} mà nó dẫn làm căn cứ."),
    "preflight.to_trinh_before_report": QT_TRANSLATE_NOOP(
        "catalogue", "Tờ trình ngày {date} trước báo cáo ngày {report} mà nó gửi kèm."),
    "preflight.to_trinh_late": QT_TRANSLATE_NOOP("catalogue", "Tờ trình ngày {date}, sau hạn nộp hồ sơ {due}."),
    "preflight.no_approving_body": QT_TRANSLATE_NOOP("catalogue", "Chưa ghi cơ quan xét công nhận (Kính gửi)."),
}


Param = Union[str, int, float, "Message", "Listing"]
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
        values = {name: (value.render(translate) if isinstance(value, (Message, Listing)) else value)
                  for name, value in self.params.items()}
        return fill(template, **values)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Listing:
    """Several values given as one parameter (the problems a check found): each rendered in
    the language of the sentence around them, joined by ``separator``."""

    items: tuple[Param, ...]
    separator: str = "; "

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        return self.separator.join(item.render(translate) if isinstance(item, (Message, Listing)) else str(item)
                                   for item in self.items)

    def __str__(self) -> str:
        return self.render()


def msg(code: str, **params: Param) -> Message:
    return Message(code, params)


def cause(error: BaseException) -> str | Message:
    """An error as the parameter of another message: its message when it has one (translated
    with the sentence around it), else its text."""
    if isinstance(error, CodedError) and error.message is not None:
        return error.message
    return str(error)


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
