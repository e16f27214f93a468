"""``database [--save]``: which database the workspace uses (its SQLite file, or a shared
PostgreSQL server), its schema and who backs it up; ``--save`` writes the server given with
``--database`` into the workspace's database.txt, so every PC opening the folder uses it."""
from __future__ import annotations

from plandesk.services import Services


def register(sub) -> dict:
    p = sub.add_parser("database", help="cơ sở dữ liệu của thư mục làm việc (tệp riêng hoặc máy chủ PostgreSQL dùng "
                                        "chung)")
    p.add_argument("--save", action="store_true",
                   help="ghi máy chủ đã chỉ định bằng --database vào database.txt của thư mục làm việc (không ghi mật "
                        "khẩu), để mọi máy mở thư mục này, cả cửa sổ, dùng máy chủ đó")
    return {"database": _database}


def _database(args, s: Services, out, err) -> int:
    if args.save:
        path = s.database.remember()
        print(f"Đã ghi máy chủ vào '{path}'. Mật khẩu không được ghi: mỗi người dùng đặt nó trong pgpass.conf "
              "(Windows: %APPDATA%\\postgresql\\pgpass.conf) hoặc biến môi trường PGPASSWORD.", file=out)
    info = s.database.info()
    print(f"Cơ sở dữ liệu: {info.where}" + (" (dùng chung)" if info.shared else ""), file=out)
    if info.setting is not None:
        print(f"Ghi trong: {info.setting}", file=out)
    print(f"Lược đồ: {info.revision or 'chưa có'}" + ("" if info.revision == info.head else f" (mới nhất {info.head})"),
          file=out)
    print(f"Minh chứng: {info.evidence}", file=out)
    print(f"Sao lưu: {info.backups}", file=out)
    return 0
