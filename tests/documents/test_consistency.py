"""One dossier, one story: the documents of a dossier agree with each other and with
`plandesk status --json` on every count they print — criteria met, per group, evidence
documents and criteria covered, units' shares — read back from the PDF and the DOCX of every
document, for the sample dossier in both its states and for dossiers built through the
command line with random but valid data (hypothesis).

Also: a tờ trình asking for recognition cannot be exported or issued while a criterion blocks
it (the refusal says why, criterion by criterion); the báo cáo 06 tháng of a dossier edited
after its date says what it said on its date."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from documents_helpers import docx_document, docx_paragraphs, pdf_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plandesk import app
from plandesk.documents.sample_evidence import SampleDocument, render_sample_pdf

DOCS = ("to-trinh", "bao-cao", "bien-ban", "ke-hoach", "danh-muc", "ho-so-minh-chung")   # of the dossier today
FRACTION = re.compile(r"(\d+)/(\d+) tiêu chí")
DOCUMENTS = re.compile(r"(\d+) tài liệu minh chứng cho (\d+)/(\d+) tiêu chí")
MET = re.compile(r"đạt (\d+)/(\d+) tiêu chí \(([\d.,]+) %\)")
GROUP = re.compile(r"nhóm ([IVX]+) \([^)]*\) đạt (\d+)/(\d+) tiêu chí")
GROUP_ROW = re.compile(r"([IVX]+)\. [^()]+ \(đạt (\d+)/(\d+) tiêu chí\)")


def cli(ws: Path, *args: str) -> tuple[int, str, str]:
    """The plandesk command, run in this process (the same code as the installed command)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = app.main(["--data", str(ws), *args])
    return code, out.getvalue(), err.getvalue()


def ok(ws: Path, *args: str) -> str:
    code, out, err = cli(ws, *args)
    assert code == 0, (args, err)
    return out


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def texts(ws: Path, out: Path) -> dict[str, dict[str, str]]:
    """{doc: {"pdf": text, "docx": text}} of every document the dossier can give now."""
    got: dict[str, dict[str, str]] = {}
    for fmt in ("pdf", "docx"):
        code, printed, err = cli(ws, "export", "--doc", "all", "--format", fmt, "--out", str(out / fmt))
        assert code == 0, err
        for line in printed.split():
            path = Path(line)
            data = path.read_bytes()
            got.setdefault(path.stem, {})[fmt] = flat(pdf_text(data) if fmt == "pdf"
                                                      else "\n".join(docx_paragraphs(data)))
            if fmt == "docx":
                tables = [[[c.text for c in r.cells] for r in t.rows] for t in docx_document(data).tables]
                got[path.stem]["tables"] = tables
                if path.stem == "danh-muc":
                    got[path.stem]["rows"] = [row for t in tables for row in t[1:]]
    return got


def check_summary_tables(status: dict, documents: dict, docs: tuple[str, ...]) -> None:
    """The count tables (báo cáo's summary, the 06-month progress) say what the status says."""
    groups = {g["code"]: g for g in status["groups"]}
    columns = {"Số tiêu chí": "total", "Đạt": "dat", "Không đạt": None, "Đang thực hiện": "dang_thuc_hien",
               "Chưa đánh giá": "chua_danh_gia"}
    seen = 0
    for doc in docs:
        for table in documents.get(doc, {}).get("tables", []):
            header = table[0]
            if not header or header[0] != "Nhóm tiêu chí":
                continue
            seen += 1
            progress = "Đang thực hiện" in header
            for row in table[1:]:
                code = row[0].split(".")[0]
                record = groups.get(code) or {k: sum(g[k] for g in status["groups"])
                                              for k in ("total", "dat", "khong_dat", "dang_thuc_hien", "chua_danh_gia")}
                assert row[0].startswith(f"{code}.") or row[0] == "Tổng cộng", (doc, row)
                for title, cell in zip(header[1:], row[1:]):
                    key = columns[title]
                    expected = record[key] if key else (record["khong_dat"] if progress
                                                        else record["total"] - record["dat"])
                    assert int(cell) == expected, (doc, row[0], title, cell, expected)
    assert seen


def check_agreement(status: dict, documents: dict[str, dict[str, str]], docs: tuple[str, ...] = DOCS) -> None:
    """Every count printed in the documents that speak of the dossier today agrees with the
    status and with the other documents."""
    s = status["summary"]
    total, met = s["total"], s["dat"]
    groups = {g["code"]: (g["dat"], g["total"]) for g in status["groups"]}
    evidence = (s["evidence_documents"], s["criteria_with_evidence"], total)
    assigned = sum(1 for c in status["criteria"] if c["lead_unit"])
    leads: dict[str, int] = {}
    for c in status["criteria"]:
        if c["lead_unit"]:
            leads[c["lead_unit"]] = leads.get(c["lead_unit"], 0) + 1
    allowed = {(met, total), (evidence[1], total), (assigned, total), *groups.values()}
    seen_met = seen_evidence = 0
    for doc, formats in documents.items():
        if doc not in docs:
            continue
        for fmt, text in formats.items():
            if fmt not in ("pdf", "docx"):
                continue
            where = f"{doc}.{fmt}"
            for a, b in FRACTION.findall(text):
                assert (int(a), int(b)) in allowed, (where, f"{a}/{b} tiêu chí", allowed)
            for a, b, p in MET.findall(text):
                seen_met += 1
                assert (int(a), int(b)) == (met, total), where
                assert float(p.replace(".", "").replace(",", ".")) == pytest.approx(round(100 * met / total, 1)), where
            for code, a, b in GROUP.findall(text) + GROUP_ROW.findall(text):
                assert (int(a), int(b)) == groups[code], (where, code)
            for n, a, b in DOCUMENTS.findall(text):
                seen_evidence += 1
                assert (int(n), int(a), int(b)) == evidence, (where, (n, a, b), evidence)
            for n, codes in re.findall(r"chủ trì thực hiện (\d+) tiêu chí \(([^)]*)\)", text):
                assert int(n) == len(codes.split(", ")), where
    assert seen_met and seen_evidence
    # one style for counts in prose, as the seeds write them: "06 tháng", "06 tài liệu", "09 thành viên"
    for doc, formats in documents.items():
        for fmt in ("pdf", "docx"):
            text = formats.get(fmt, "")
            lone = re.findall(r"(?<![\d/.,])\b[1-9] (?:tháng|tài liệu|tiêu chí|thành viên|nhóm|lần)\b", text)
            assert not lone, (doc, fmt, lone)
    # the annex lists each document once, numbered 1…N, N the count every document prints,
    # with all the criteria it proves; together they cover the criteria counted as covered
    rows = [r for r in documents["danh-muc"]["rows"] if r[0].strip()]
    assert [int(r[0]) for r in rows] == list(range(1, evidence[0] + 1))
    covered = {code for r in rows for code in r[5].split(", ")}
    assert len(covered) == evidence[1]
    assert covered == {c["code"] for c in status["criteria"] if c["evidence_count"]}


def check_both_formats_agree(documents: dict[str, dict[str, str]]) -> None:
    for doc, formats in documents.items():
        if "docx" not in formats or "pdf" not in formats:
            continue
        for pattern in (FRACTION, DOCUMENTS, MET):
            assert sorted(pattern.findall(formats["pdf"])) == sorted(pattern.findall(formats["docx"])), doc


@pytest.mark.parametrize("state", ["giua-nam", "cuoi-nam"])
def test_sample_dossier_documents_agree_with_each_other_and_with_status(tmp_path, state):
    ws = tmp_path / "ws"
    ok(ws, "demo", "--state", state)
    status = json.loads(ok(ws, "status", "--json"))
    documents = texts(ws, tmp_path / "out")
    # in June the 06-month report, dated 04/6, speaks of the same state as everything else
    check_agreement(status, documents, DOCS + (("bao-cao-6-thang",) if state == "giua-nam" else ()))
    check_summary_tables(status, documents, ("bao-cao",) + (("bao-cao-6-thang",) if state == "giua-nam" else ()))
    check_both_formats_agree(documents)
    if state == "giua-nam":
        assert "to-trinh" not in documents            # not ready: no request for recognition
        assert status["summary"]["dat"] < status["summary"]["total"]
        assert "Họp đánh giá kết quả" in documents["bien-ban"]["pdf"]
    else:
        assert status["summary"]["dat"] == status["summary"]["total"] == 34
        assert not status["summary"]["without_evidence"]
        assert "Họp xét, đề nghị công nhận" in documents["bien-ban"]["pdf"]
        assert "Nội dung biểu quyết: đề nghị Ban Chỉ đạo 138 huyện Tháp Mười xem xét, công nhận" in \
            documents["bien-ban"]["docx"]
    # the báo cáo's self-assessment speaks only of Đạt and Không đạt
    report = documents["bao-cao"]["docx"]
    table = report[report.index("Tự đánh giá"):report.index("TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ")]
    assert "Đang thực hiện" not in table and "Chưa đánh giá" not in table


def test_a_blocked_dossier_refuses_the_tờ_trình_criterion_by_criterion(tmp_path):
    ws = tmp_path / "ws"
    ok(ws, "demo", "--state", "giua-nam")
    status = json.loads(ok(ws, "status", "--json"))
    pending = [c["code"] for c in status["criteria"] if c["status"] != "dat"]
    for args in (("export", "--doc", "to-trinh", "--format", "pdf", "--out", str(tmp_path / "o")),
                 ("issue", "--doc", "to-trinh", "--number", "20", "--date", "2024-06-10")):
        code, _, err = cli(ws, *args)
        assert code == 2
        assert "Chưa thể lập tờ trình đề nghị công nhận" in err
        for criterion in pending:
            assert f"Tiêu chí {criterion} (" in err, criterion
        assert "bao-cao" in err                     # what fits instead
    assert not (tmp_path / "o" / "to-trinh.pdf").exists()
    code, out, _ = cli(ws, "preflight")
    assert code == 1 and all(f"Tiêu chí {c}:" in out for c in pending)


def test_an_explanation_citing_the_dossiers_own_meeting_does_not_stand_for_evidence(tmp_path):
    ws = tmp_path / "ws"
    ok(ws, "demo")
    evidence = [line.split("\t") for line in ok(ws, "evidence", "list", "--criterion", "III.12").splitlines()]
    for row in evidence:
        ok(ws, "evidence", "unlink", row[0], "--criterion", "III.12")
    ok(ws, "set", "--criterion", "III.12", "--explanation", "Được xác nhận tại biên bản họp xét của Hội đồng.")
    code, _, err = cli(ws, "export", "--doc", "to-trinh", "--format", "pdf", "--out", str(tmp_path / "o"))
    assert code == 2 and "Tiêu chí III.12" in err and "biên bản họp xét" in err
    ok(ws, "set", "--criterion", "III.12", "--explanation",
       "Sổ theo dõi tập huấn của Công an xã ghi 02 lớp ngày 12/4 và 18/4/2024, có chữ ký học viên, lưu tại Công an xã.")
    ok(ws, "export", "--doc", "to-trinh", "--format", "pdf", "--out", str(tmp_path / "o"))
    status = json.loads(ok(ws, "status", "--json"))
    check_agreement(status, texts(ws, tmp_path / "again"))


# -- random dossiers built through the command line ----------------------------------------------------
CODES = [f"I.{i}" for i in range(1, 8)] + [f"II.{i}" for i in range(1, 9)] + [f"III.{i}" for i in range(1, 20)]
ROLES = ["chu_tich", "pho_chu_tich", "thu_ky", "thanh_vien"]


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("tai-lieu")
    files = []
    for i in range(4):
        doc = SampleDocument("UBND HUYỆN THÁP MƯỜI", "ỦY BAN NHÂN DÂN XÃ MỸ AN", f"{i + 1:02d}/KH-UBND", "Mỹ An",
                             dt.date(2025, 2, 1 + i), "Kế hoạch", f"Tài liệu số {i + 1}", ("Nội dung.",))
        path = folder / f"tai-lieu-{i + 1}.pdf"
        path.write_bytes(render_sample_pdf(doc))
        files.append(path)
    return files


dossiers = st.fixed_dictionaries({
    "council": st.lists(st.tuples(st.sampled_from(["Nguyễn Văn A", "Trần Thị Bé", "Lê Văn Cường", "Phạm Thu Dung",
                                                   "Võ Minh Em"]), st.sampled_from(ROLES)),
                        max_size=5, unique_by=lambda m: m[0]),
    "decisions": st.dictionaries(st.sampled_from(CODES),
                                 st.sampled_from(["dat", "khong_dat", "dang_thuc_hien", "chua_danh_gia"]), max_size=12),
    "evidence": st.lists(st.tuples(st.integers(0, 3), st.lists(st.sampled_from(CODES), min_size=1, max_size=3,
                                                               unique=True),
                                   st.one_of(st.none(), st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
                                   st.booleans()),   # taken off every criterion again: in the dossier, proves nothing
                         max_size=4, unique_by=lambda e: e[0]),
    "units": st.dictionaries(st.sampled_from(CODES), st.sampled_from(["Công an xã", "Ủy ban MTTQ Việt Nam xã",
                                                                     "Đoàn Thanh niên xã"]), max_size=8),
    "votes": st.one_of(st.none(), st.integers(0, 5)),
})


def test_random_dossiers_built_through_the_command_line_agree_everywhere(tmp_path_factory, sample_files):
    @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
    @given(dossiers)
    def check(d):
        root = tmp_path_factory.mktemp("ngau-nhien")
        ws = root / "ws"
        ok(ws, "new", "--commune", "Mỹ An", "--district", "huyện Tháp Mười", "--province", "tỉnh Đồng Tháp",
           "--year", "2025")
        for name, role in d["council"]:
            ok(ws, "council", "add", "--name", name, "--position", "Cán bộ xã", "--role", role)
        for index, codes, day, detached in d["evidence"]:
            args = ["attach", "--criterion", codes[0], str(sample_files[index]), "--number", f"{index + 1:02d}/KH-UBND"]
            if day is not None:
                args += ["--date", day.isoformat()]
            evidence_id = ok(ws, *args).split("]")[0].strip("[")
            for code in codes[1:]:
                ok(ws, "evidence", "link", evidence_id, "--criterion", code)
            if detached:
                for code in codes:
                    ok(ws, "evidence", "unlink", evidence_id, "--criterion", code)
        for code, unit in d["units"].items():
            ok(ws, "set", "--criterion", code, "--lead-unit", unit)
        for code, decision in d["decisions"].items():
            ok(ws, "set", "--criterion", code, "--status", decision, "--result", f"Kết quả của tiêu chí {code}.",
               "--explanation", "Căn cứ sổ theo dõi của Công an xã năm 2025, lưu tại trụ sở, có xác nhận của UBND xã.")
        if d["votes"] is not None and d["council"]:
            ok(ws, "settings", "set", f"meeting.votes_for={min(d['votes'], len(d['council']))}")
        status = json.loads(ok(ws, "status", "--json"))
        documents = texts(ws, root / "out")
        check_agreement(status, documents)
        check_summary_tables(status, documents, ("bao-cao",))
        check_both_formats_agree(documents)
        ready = status["summary"]["dat"] == status["summary"]["total"]
        assert ("to-trinh" in documents) <= ready

    check()
