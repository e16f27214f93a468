"""The data inside a package, as documented JSON (see FORMAT.md): ``dossier.json`` (format
``plandesk-dossier``) and ``review.json`` (format ``plandesk-review``). This module checks the
shape and types of what a package says — every field, naming the record and field at fault —
so the importer only ever sees well-formed data. It knows no database."""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from plandesk.domain import schema
from plandesk.domain.dossier import CouncilRole, ReviewStatus, Status
from plandesk.domain.messages import msg

from .errors import PackageError

DOSSIER_FORMAT = "plandesk-dossier"
REVIEW_FORMAT = "plandesk-review"
DATA_FORMAT_VERSION = 1
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MAX_PROBLEMS = 8

UNIT_FIELDS = ("name", "code", "kind", "district", "province")
ASSESSMENT_FIELDS = ("code", "uid", "group_code", "position", "status", "result", "explanation", "lead_unit",
                     "cooperating_units", "deadline", "values", "review_status", "review_comment", "updated_at")
EVIDENCE_FIELDS = ("sha256", "file", "original_name", "size", "media_type", "number", "issued_on", "issuer",
                   "title", "note", "added_at", "criteria")
COUNCIL_FIELDS = ("name", "position", "role", "sort_order")
DEADLINE_FIELDS = ("key", "title", "due_on", "done_on")
HISTORY_FIELDS = ("at", "user", "action", "target", "field", "old_value", "new_value")
ISSUED_FIELDS = ("doc", "version", "number", "issued_on", "issued_at", "issued_by", "superseded_at", "pdf_file",
                 "pdf_sha256", "docx_file", "docx_sha256", "text")


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def to_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def to_datetime(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def dumps(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


class _Checker(schema.Problems):
    """The records of a package's data checked against their specs (field -> kind)."""

    def __init__(self, source: str):
        super().__init__()
        self.source = source

    def record(self, obj: Any, where: str, spec: dict[str, str]) -> dict[str, Any] | None:
        if not isinstance(obj, dict):
            self.add(where, "không phải một bản ghi")
            return None
        out: dict[str, Any] = {}
        for key, kind in spec.items():
            value = obj.get(key, _MISSING)
            here = f"{where}.{key}"
            if value is _MISSING:
                self.add(here, "thiếu")
                continue
            out[key] = self.value(value, here, kind)
        return out

    def value(self, value: Any, where: str, kind: str) -> Any:
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if value is None and optional:
            return None
        ok = True
        if kind in ("str", "name", "text"):
            ok = isinstance(value, str) and (kind != "name" or bool(value.strip()))
            if ok:  # control characters out at the boundary; a line break kept only in a paragraph
                value = schema.clean_text(value) if kind == "text" else schema.clean_line(value)
                problem = schema.text_problem(value, _TEXT_LIMITS[kind])
                if problem:
                    self.add(where, problem)
                    return None
        elif kind == "raw":   # the sender's history: kept as it was written, only bounded
            ok = isinstance(value, str) and len(value) <= _RAW_LIMIT
        elif kind in ("int", "size", "year"):
            low, high = _INT_BOUNDS[kind]
            problem = schema.int_problem(value, low, high)
            if problem:
                self.add(where, f"{problem} ({_KIND_LABELS[kind]})")
                return None
        elif kind == "dict":
            ok = isinstance(value, dict)
        elif kind == "list":
            ok = isinstance(value, list) and len(value) <= _MAX_ITEMS
        elif kind == "sha256":
            ok = isinstance(value, str) and bool(_HEX64.match(value))
        elif kind in ("date", "datetime"):
            try:
                parsed = (to_date if kind == "date" else to_datetime)(value) if isinstance(value, str) else None
                ok = parsed is not None and schema.MIN_YEAR <= parsed.year <= schema.MAX_YEAR
                value = parsed if ok else value
            except (TypeError, ValueError):
                ok = False
        elif kind in _ENUMS:
            ok = isinstance(value, str) and value in _ENUMS[kind]
            if not ok:
                self.add(where, f"giá trị {value!r} không hợp lệ (dùng: {', '.join(sorted(_ENUMS[kind]))})")
                return None
        else:  # pragma: no cover - a programming error in a spec
            raise AssertionError(kind)
        if not ok:
            self.add(where, f"giá trị {_shown(value)} không đúng kiểu ({_KIND_LABELS.get(kind, kind)})")
            return None   # what follows (uniqueness, links) never sees a value of the wrong type
        return value

    def done(self) -> None:
        if self.problems:
            raise PackageError(msg("package.data_invalid", entry=self.source, problems=self.summary(_MAX_PROBLEMS)))


_MISSING = object()
_TEXT_LIMITS = {"str": schema.MAX_LINE, "name": schema.MAX_NAME, "text": schema.MAX_TEXT}
_RAW_LIMIT = 1_000_000
_MAX_ITEMS = 100_000
_INT_BOUNDS = {"int": (-schema.MAX_INT, schema.MAX_INT), "size": (0, schema.MAX_FILE_SIZE), "year": (2000, 2100)}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
_ENUMS = {
    "status": {s.value for s in Status},
    "review_status": {s.value for s in ReviewStatus},
    "role": {r.value for r in CouncilRole},
}
_KIND_LABELS = {"str": "chuỗi", "text": "chuỗi", "raw": "chuỗi", "name": "chuỗi không rỗng", "int": "số nguyên",
                "size": "số nguyên ≥ 0",
                "year": "năm 2000–2100", "dict": "bản ghi", "list": "danh sách", "sha256": "mã SHA-256",
                "date": "ngày YYYY-MM-DD", "datetime": "thời điểm ISO"}

_UNIT = {"name": "name", "code": "str", "kind": "str", "district": "str", "province": "str"}
_DOSSIER = {"year": "year", "framework_id": "name", "framework_version": "name", "framework_title": "str",
            "created_at": "datetime", "settings": "dict"}
_ASSESSMENT = {"code": "name", "uid": "str", "group_code": "str", "position": "int", "status": "status",
               "result": "text", "explanation": "text", "lead_unit": "str", "cooperating_units": "str",
               "deadline": "date?", "values": "dict", "review_status": "review_status", "review_comment": "text",
               "updated_at": "datetime"}
_EVIDENCE = {"sha256": "sha256", "file": "name", "original_name": "name", "size": "size", "media_type": "str",
             "number": "str", "issued_on": "date?", "issuer": "str", "title": "str", "note": "text",
             "added_at": "datetime", "criteria": "list"}
_LINK = {"code": "name", "position": "int"}
_COUNCIL = {"name": "name", "position": "str", "role": "role", "sort_order": "int"}
_DEADLINE = {"key": "name", "title": "str", "due_on": "date", "done_on": "date?"}
_HISTORY = {"at": "datetime", "user": "raw", "action": "raw", "target": "raw", "field": "raw",
            "old_value": "raw", "new_value": "raw"}
_REVIEW_ITEM = {"code": "name", "review_status": "review_status", "review_comment": "text"}
_ISSUED = {"doc": "name", "version": "int", "number": "str", "issued_on": "date", "issued_at": "datetime",
           "issued_by": "str", "superseded_at": "datetime?", "pdf_file": "name", "pdf_sha256": "sha256",
           "docx_file": "name", "docx_sha256": "sha256", "text": "list"}


def load_json(raw: bytes, source: str, expected_format: str) -> dict[str, Any]:
    try:
        return schema.read_versioned_json(raw, expected_format, DATA_FORMAT_VERSION)[0]
    except schema.VersionedJsonError as exc:
        raise PackageError({
            exc.UNREADABLE: msg("package.data_unreadable", entry=source, detail=exc.detail),
            exc.FOREIGN: msg("package.data_foreign", entry=source, format=expected_format),
            exc.BAD_VERSION: msg("package.data_bad_version", entry=source, version=repr(exc.version)),
            exc.NEWER: msg("package.data_newer", entry=source, version=str(exc.version), newest=DATA_FORMAT_VERSION),
        }[exc.reason]) from None


def parse_dossier(raw: bytes, source: str = "dossier.json") -> dict[str, Any]:
    """The checked dossier data: dates and times as Python values, text in NFC."""
    data = load_json(raw, source, DOSSIER_FORMAT)
    chk = _Checker(source)
    out: dict[str, Any] = {"format_version": data["format_version"]}
    out["unit"] = chk.record(data.get("unit"), "unit", _UNIT)
    out["dossier"] = chk.record(data.get("dossier"), "dossier", _DOSSIER)
    framework = data.get("framework")
    if not isinstance(framework, dict):
        chk.add("framework", "thiếu nội dung bộ tiêu chí")
    out["framework"] = framework
    if out["dossier"] and isinstance(out["dossier"].get("settings"), dict):
        settings, problems = schema.check_settings(out["dossier"]["settings"])
        for key, what in problems:
            chk.add(f"dossier.settings.{key}", what)
        out["dossier"]["settings"] = settings
    for key, spec, label in (("assessments", _ASSESSMENT, "tiêu chí"), ("evidence", _EVIDENCE, "minh chứng"),
                             ("council", _COUNCIL, "thành viên"), ("deadlines", _DEADLINE, "thời hạn"),
                             ("history", _HISTORY, "nhật ký")):
        items = data.get(key)
        if not isinstance(items, list):
            chk.add(key, f"thiếu danh sách {label}")
            items = []
        out[key] = [chk.record(item, f"{key}[{i}]", spec) for i, item in enumerate(items)]
    issued = data.get("issued_documents", [])   # optional: documents kept as issued (PlanDesk ≥ schema 0006)
    if not isinstance(issued, list):
        chk.add("issued_documents", "phải là danh sách văn bản đã ban hành")
        issued = []
    out["issued_documents"] = [chk.record(item, f"issued_documents[{i}]", _ISSUED) for i, item in enumerate(issued)]
    keys = set()
    for i, item in enumerate(out["issued_documents"]):
        if item:
            if (item["doc"], item["version"]) in keys:
                chk.add(f"issued_documents[{i}]", f"trùng văn bản '{item['doc']}' phiên bản {item['version']}")
            keys.add((item["doc"], item["version"]))
            if not all(isinstance(t, str) for t in item.get("text") or []):
                chk.add(f"issued_documents[{i}].text", "phải là danh sách chuỗi")
    for i, evidence in enumerate(out["evidence"]):
        if evidence and isinstance(evidence.get("criteria"), list):
            evidence["criteria"] = [chk.record(link, f"evidence[{i}].criteria[{j}]", _LINK)
                                    for j, link in enumerate(evidence["criteria"])]
    _unique(chk, out["assessments"], "code", "assessments")
    _unique(chk, out["evidence"], "sha256", "evidence")
    _unique(chk, out["deadlines"], "key", "deadlines")
    codes = {a["code"] for a in out["assessments"] if a}
    for i, evidence in enumerate(out["evidence"]):
        for link in (evidence or {}).get("criteria") or []:
            if isinstance(link, dict) and link.get("code") not in codes:
                chk.add(f"evidence[{i}].criteria", f"tiêu chí '{link.get('code')}' không có trong hồ sơ")
    chk.done()
    return out


def parse_review(raw: bytes, source: str = "review.json") -> dict[str, Any]:
    data = load_json(raw, source, REVIEW_FORMAT)
    chk = _Checker(source)
    out: dict[str, Any] = {"format_version": data["format_version"]}
    out["unit"] = chk.record(data.get("unit"), "unit", _UNIT)
    out["dossier"] = chk.record(data.get("dossier"), "dossier",
                                {"year": "year", "framework_id": "name", "framework_version": "name"})
    meta = chk.record(data, "review", {"reviewer": "str", "reviewed_at": "datetime", "reviewed_submission": "str"})
    out.update(meta or {})
    items = data.get("criteria")
    if not isinstance(items, list):
        chk.add("criteria", "thiếu danh sách tiêu chí")
        items = []
    out["criteria"] = [chk.record(item, f"criteria[{i}]", _REVIEW_ITEM) for i, item in enumerate(items)]
    _unique(chk, out["criteria"], "code", "criteria")
    chk.done()
    return out


def _unique(chk: _Checker, items: list, key: str, where: str) -> None:
    seen = set()
    for i, item in enumerate(items):
        if item and key in item:
            if item[key] in seen:
                chk.add(f"{where}[{i}].{key}", f"trùng giá trị '{item[key]}'")
            seen.add(item[key])
