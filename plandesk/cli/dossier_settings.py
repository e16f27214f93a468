"""Commands for the dossier's document settings and its deadlines."""
from __future__ import annotations

import datetime as dt
import json

from plandesk.domain.dossier import DocumentSettings, SettingsChange
from plandesk.domain.messages import msg
from plandesk.domain.text import format_date_short, nfc
from plandesk.services import InvalidInput, Services

from .core import _date

_LISTS = {"recipients"}
_MAPS = {"numbers", "dates", "meeting", "texts"}


def register(sub) -> dict:
    p = sub.add_parser("settings", help="thiết lập văn bản của hồ sơ (cơ quan, người ký, số, ngày, nơi nhận…)")
    p.add_argument("--dossier", type=int, metavar="ID")
    actions = p.add_subparsers(dest="settings_command", metavar="ACTION")
    actions.add_parser("show")
    q = actions.add_parser("set", help="KEY=VALUE …; danh sách ngăn bằng ';'; khóa con dạng numbers.to_trinh=12")
    q.add_argument("pairs", nargs="+", metavar="KEY=VALUE")

    p = sub.add_parser("deadline", help="các mốc thời hạn của hồ sơ")
    p.add_argument("--dossier", type=int, metavar="ID")
    actions = p.add_subparsers(dest="deadline_command", metavar="ACTION")
    actions.add_parser("list")
    q = actions.add_parser("set")
    q.add_argument("key", help="ke_hoach, bao_cao_6_thang, ho_so hoặc một khóa mới")
    q.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--title")
    done = q.add_mutually_exclusive_group()
    done.add_argument("--done", type=_date, metavar="YYYY-MM-DD", help="ngày đã hoàn thành")
    done.add_argument("--not-done", action="store_true", help="bỏ đánh dấu hoàn thành")
    return {"settings": _settings, "deadline": _deadline}


def _settings(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    if args.settings_command == "set":
        current = s.dossiers.settings(dossier_id).to_dict()
        changes: dict = {}
        for pair in args.pairs:
            key, sep, value = pair.partition("=")
            key, value = key.strip(), nfc(value).strip()
            top, _, sub_key = key.partition(".")
            if not sep or top not in DocumentSettings.__dataclass_fields__:
                known = ", ".join(DocumentSettings.__dataclass_fields__)
                raise InvalidInput(msg("cli.setting_form", pair=pair, known=known))
            if top in _LISTS or isinstance(current.get(top), list):
                changes[top] = [v.strip() for v in value.split(";") if v.strip()]
            elif top in _MAPS:
                if not sub_key:
                    raise InvalidInput(msg("cli.setting_subkey", key=top))
                mapping = dict(changes.get(top, current[top]))
                if value:
                    mapping[sub_key] = value
                else:
                    mapping.pop(sub_key, None)
                changes[top] = mapping
            else:
                changes[top] = value
        s.dossiers.change_settings(dossier_id, SettingsChange(**changes))
    settings = s.dossiers.settings(dossier_id)
    json.dump(settings.to_dict(), out, ensure_ascii=False, indent=2)
    print(file=out)
    return 0


def _deadline(args, s: Services, out, err) -> int:
    dossier_id = s.dossiers.resolve(args.dossier)
    if args.deadline_command == "set":
        kwargs = {}
        if args.done is not None:
            kwargs["done_on"] = args.done
        elif args.not_done:
            kwargs["done_on"] = None
        s.dossiers.set_deadline(dossier_id, args.key, due_on=args.due, title=args.title, **kwargs)
    today = dt.date.today()
    for d in s.dossiers.deadlines(dossier_id):
        state = (f"xong {format_date_short(d.done_on)}" if d.done_on else
                 f"quá hạn {-d.days_left(today)} ngày" if d.overdue(today) else f"còn {d.days_left(today)} ngày")
        print(f"{d.key}\t{format_date_short(d.due_on)}\t{d.title}\t{state}", file=out)
    return 0
