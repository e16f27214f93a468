"""The human-readable index inside a package (``muc-luc.html``): for a reader without
PlanDesk, every criterion with its decision and its evidence documents — names, numbers,
sizes and SHA-256 — linked by relative paths to the files in the package."""
from __future__ import annotations

from html import escape
from typing import Any

from plandesk.domain.dossier import STATUS_LABELS, Status

INDEX_NAME = "muc-luc.html"


def _status(value: str) -> str:
    try:
        return STATUS_LABELS[Status(value)]
    except ValueError:
        return value


def render_index(data: dict[str, Any], submission_id: str, documents: list[str]) -> bytes:
    """``data`` is the dossier in its package form (dossier.json)."""
    unit, dossier = data["unit"], data["dossier"]
    titles = {c.get("code"): c.get("short_title", "") for c in data.get("framework", {}).get("criteria", [])
              if isinstance(c, dict)}
    by_code: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for evidence in data["evidence"]:
        for link in evidence["criteria"]:
            by_code.setdefault(link["code"], []).append((link["position"], evidence))
    place = ", ".join(x for x in (unit["district"], unit["province"]) if x)
    out = [
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>Hồ sơ {escape(unit['kind'])} {escape(unit['name'])} năm {dossier['year']}</title>",
        "<style>body{font-family:'Times New Roman',serif;margin:2em}table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #888;padding:4px;vertical-align:top}th{background:#eee}"
        "code{font-size:80%;word-break:break-all}</style></head><body>",
        f"<h1>Hồ sơ {escape(unit['kind'])} {escape(unit['name'])}{' (' + escape(place) + ')' if place else ''} "
        f"năm {dossier['year']}</h1>",
        f"<p>{escape(dossier['framework_title'])} — {escape(dossier['framework_id'])} phiên bản "
        f"{escape(dossier['framework_version'])}</p>",
        f"<p>Mã gói nộp: <b>{escape(submission_id)}</b>. Mã SHA-256 của từng tệp dùng để đối chiếu tệp không bị "
        "thay đổi.</p>",
    ]
    if documents:
        out.append("<h2>Văn bản</h2><ul>")
        out += [f'<li><a href="{escape(path)}">{escape(path.split("/")[-1])}</a></li>' for path in documents]
        out.append("</ul>")
    out.append("<h2>Tiêu chí và tài liệu minh chứng</h2><table><tr><th>Tiêu chí</th><th>Kết luận</th>"
               "<th>Tài liệu minh chứng</th></tr>")
    for a in data["assessments"]:
        items = []
        for _, e in sorted(by_code.get(a["code"], []), key=lambda pair: pair[0]):
            label = " ".join(x for x in (e["number"], e["title"]) if x) or e["original_name"]
            items.append(f'<li><a href="{escape(e["file"])}">{escape(label)}</a> — {escape(e["original_name"])}, '
                         f'{e["size"]} byte<br><code>SHA-256 {e["sha256"]}</code></li>')
        evidence = f"<ul>{''.join(items)}</ul>" if items else "<i>chưa có</i>"
        out.append(f"<tr><td><b>{escape(a['code'])}</b> {escape(titles.get(a['code'], ''))}</td>"
                   f"<td>{escape(_status(a['status']))}</td><td>{evidence}</td></tr>")
    out.append("</table></body></html>")
    return "\n".join(out).encode("utf-8")
