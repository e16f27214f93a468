"""The benchmark data: realistic large workspaces made from a seed, never kept in git.

At scale 1 (``--scale 1``):
- a pool of 2,000 evidence files of mixed kinds and sizes, about 1 GiB: 87.5 % scanned PDFs of
  1–50 pages (one greyscale 50-dpi JPEG per page, log-uniform page counts, so most are short) and 12.5 %
  JPEG scans of 0.5–5 MB (log-uniform);
- a workspace with 200 communes × 3 years (2022–2024) × 34 criteria, with realistic Vietnamese
  results, values, decisions, lead units, councils and a few evidence documents each, and one
  large dossier (xã Tân Phú 2024) that holds the 2,000 files, each proving one criterion, the
  first 8 criteria (I.1 … II.1) with 200 each (the evidence lists the criterion-switch benchmark
  steps through), the other 26 sharing the remaining 400, and one commune's dossier of
  ordinary size (xã Mỹ An 2024, 100 evidence documents linked to 1–3 criteria each, every criterion
  Đạt with the sample dossier's values, so that its tờ trình may be exported) whose
  documents the export benchmarks write.

Scale multiplies the number of communes and files (``--scale 0.05`` for a quick run). The
workspace is made through the real migrations and the same ORM the services use, one
transaction per dossier; evidence files are hard-linked into the store (copied when the
file system cannot link).

    python -m benchmarks.generate --out /tmp/bench --scale 0.1
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import math
import os
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

SEED = 20241005
FRAMEWORK_ID = "xa-dien-hinh-antq"
YEARS = (2022, 2023, 2024)
BIG_COMMUNE = ("Tân Phú", "huyện Tháp Mười", "tỉnh Đồng Tháp")
BIG_YEAR = 2024
EXPORT_COMMUNE = ("Mỹ An", "huyện Tháp Mười", "tỉnh Đồng Tháp")
EXPORT_EVIDENCE = 100    # a large commune's dossier, for the document exports (¼, ½, 1 in the growth runs)
LINKS_PER_CRITERION = 200
HEAVY_CRITERIA = 8        # I.1 … II.1: 200 evidence documents each at scale 1
FILES_AT_SCALE_1 = 2000
COMMUNES_AT_SCALE_1 = 200
JPEG_SHARE = 0.125

# --- Vietnamese names -----------------------------------------------------------------------
_FIRST = ("Tân", "Mỹ", "Phú", "Long", "An", "Bình", "Thạnh", "Hòa", "Phước", "Thanh", "Vĩnh", "Hưng", "Đông",
          "Tây", "Nam", "Bắc", "Trường", "Định", "Hiệp", "Thuận", "Lợi", "Xuân", "Quảng", "Hải", "Nhơn", "Khánh",
          "Điền", "Lộc", "Mỹ Hòa", "Tân Kiều", "Đốc Binh", "Hậu Mỹ", "Phong", "Gia", "Hồng", "Sơn", "Kim")
_SECOND = ("An", "Hòa", "Bình", "Phú", "Thạnh", "Lợi", "Đông", "Tây", "Hưng", "Mỹ", "Thới", "Thuận", "Quới",
           "Long", "Hiệp", "Phước", "Trung", "Nghĩa", "Tiến", "Thành", "Lộc", "Kiều", "Điền", "Hội")
_DISTRICTS = (("huyện Tháp Mười", "tỉnh Đồng Tháp"), ("huyện Cao Lãnh", "tỉnh Đồng Tháp"),
              ("huyện Tam Nông", "tỉnh Đồng Tháp"), ("huyện Thanh Bình", "tỉnh Đồng Tháp"),
              ("huyện Lấp Vò", "tỉnh Đồng Tháp"), ("huyện Châu Thành", "tỉnh Đồng Tháp"),
              ("huyện Tân Hồng", "tỉnh Đồng Tháp"), ("huyện Hồng Ngự", "tỉnh Đồng Tháp"),
              ("huyện Cái Bè", "tỉnh Tiền Giang"), ("huyện Mộc Hóa", "tỉnh Long An"))
_PEOPLE_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô",
                  "Hồ", "Dương", "Lý")
_PEOPLE_MIDDLE = ("Văn", "Thị", "Minh", "Quốc", "Thanh", "Hoàng", "Ngọc", "Hữu", "Thị Thu", "Đức")
_PEOPLE_GIVEN = ("Hùng", "Tâm", "Hà", "Đức", "Ánh", "Ơn", "Bảo", "Út", "Sơn", "Lan", "Phúc", "Trí", "Nhân",
                 "Hiếu", "Tuấn", "Hạnh", "Dũng", "Thảo", "Khoa", "Nga")
_DOC_KINDS = (("Kế hoạch", "KH-UBND", "UBND xã"), ("Báo cáo", "BC-CAX", "Công an xã"),
              ("Nghị quyết", "NQ/ĐU", "Đảng ủy xã"), ("Quyết định", "QĐ-UBND", "UBND xã"),
              ("Biên bản", "BB-HĐ", "Hội đồng bảo vệ ANTT xã"), ("Chương trình", "CTr-HĐ", "Hội đồng bảo vệ ANTT xã"),
              ("Công văn", "CV-CAX", "Công an xã"), ("Thông báo", "TB-UBND", "UBND xã"),
              ("Ảnh chụp", "", "Công an xã"))
_SUBJECTS = ("Bảo đảm an ninh, trật tự năm {y}", "Tuyên truyền pháp luật về phòng cháy, chữa cháy",
             "Kết quả tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm {y}",
             "Tình hình an ninh, trật tự {m} tháng năm {y}", "Kiện toàn Hội đồng bảo vệ an ninh, trật tự xã",
             "Phối hợp với Ủy ban MTTQ và các đoàn thể xã năm {y}",
             "Tập huấn nghiệp vụ cho lực lượng bảo vệ ANTT ở cơ sở",
             "Kiểm tra công tác bảo đảm ANTT tại các ấp", "Tấn công trấn áp tội phạm đợt cao điểm",
             "Quản lý người nghiện ma túy trên địa bàn", "Tiếp công dân và giải quyết đơn thư",
             "Mô hình tổ tự quản, camera an ninh khu dân cư", "Khen thưởng tập thể, cá nhân có thành tích")


def commune_names(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Distinct (commune, district, province), deterministic for the seed."""
    seen: set[tuple[str, str, str]] = {BIG_COMMUNE, EXPORT_COMMUNE, ("Thanh Mỹ", "huyện Tháp Mười", "tỉnh Đồng Tháp")}
    names: list[tuple[str, str, str]] = []
    while len(names) < count:
        first, second = rng.choice(_FIRST), rng.choice(_SECOND)
        if second in first.split():
            continue
        district, province = rng.choice(_DISTRICTS)
        key = (f"{first} {second}", district, province)
        if key not in seen:
            seen.add(key)
            names.append(key)
    return names


def person(rng: random.Random) -> str:
    return f"{rng.choice(_PEOPLE_FAMILY)} {rng.choice(_PEOPLE_MIDDLE)} {rng.choice(_PEOPLE_GIVEN)}"


# --- evidence files ---------------------------------------------------------------------------
def _noise_jpeg(rng: random.Random, width: int, height: int, mode: str, quality: int, noise: float) -> bytes:
    """A 'scan': a light page with dark lines of 'text' and grain; noise controls the size."""
    from PIL import Image, ImageDraw

    image = Image.new(mode, (width, height), "white" if mode == "RGB" else 245)
    draw = ImageDraw.Draw(image)
    y = height // 10
    while y < height * 0.9:
        x = width // 10
        while x < width * 0.9:
            w = rng.randint(width // 60, width // 12)
            draw.rectangle((x, y, x + w, y + max(2, height // 120)), fill=(40, 40, 40) if mode == "RGB" else 40)
            x += w + width // 80
        y += height // 40
    if noise > 0:
        channels = 3 if mode == "RGB" else 1
        grain = Image.frombytes(mode, (width, height), rng.randbytes(width * height * channels))
        image = Image.blend(image, grain, noise)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _with_comment(jpeg: bytes, tag: bytes) -> bytes:
    """The same image with a unique COM segment after SOI (a distinct file, still a valid JPEG)."""
    return jpeg[:2] + b"\xff\xfe" + (len(tag) + 2).to_bytes(2, "big") + tag + jpeg[2:]


def _pdf(page_images: list[tuple[bytes, int, int]], title: str) -> bytes:
    """A scanned PDF: one greyscale JPEG per A4 page, plus a line of text, written by hand."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    pages = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for number, (jpeg, w, h) in enumerate(page_images, 1):
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jpeg))
                    + jpeg + b"\nendstream")
        text = b"q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 8 Tf 40 20 Td (%s - trang %d/%d) Tj ET" % (
            title.encode("ascii", "replace"), number, len(page_images))
        content = add(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
                        % (pages, content, image, font)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (%s) /Producer (PlanDesk benchmarks) >>" % title.encode("ascii", "replace"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    return bytes(out)


@dataclass(frozen=True)
class SourceFile:
    path: Path
    kind: str        # "pdf" or "jpeg"
    size: int
    sha256: str
    pages: int       # 1 for a JPEG
    number: str
    issuer: str
    title: str
    issued_on: dt.date


def make_sources(folder: Path, count: int, seed: int = SEED) -> list[SourceFile]:
    """``count`` evidence files in ``folder`` (about 0.5 MiB each on average)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    # pools, so that making 1 GiB takes seconds: distinct files come from a unique tag
    jpeg_pool = []
    for _ in range(max(1, min(12, count // 8))):  # small runs need fewer templates
        target = math.exp(rng.uniform(math.log(0.5e6), math.log(5e6)))
        side = int(math.sqrt(target / 0.75))   # ~0.75 byte per pixel for grainy RGB at quality 85
        jpeg_pool.append(_noise_jpeg(rng, side, int(side * 1.3), "RGB", 85, 0.5))
    page_pool = []
    for _ in range(max(2, min(16, count // 4))):
        jpeg = _noise_jpeg(rng, 413, 585, "L", rng.choice((30, 35, 40)), rng.uniform(0.0, 0.05))
        page_pool.append((jpeg, 413, 585))
    files: list[SourceFile] = []
    for i in range(count):
        kind_name, symbol, issuer = rng.choice(_DOC_KINDS)
        year = rng.choice(YEARS)
        issued = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(300))
        subject = rng.choice(_SUBJECTS).format(y=year, m=rng.choice((3, 6, 9)))
        number = f"{rng.randint(1, 120):02d}/{symbol}" if symbol else ""
        tag = f"plandesk-bench {seed} {i}".encode()
        if i % round(1 / JPEG_SHARE) == 3:  # every 8th file
            data = _with_comment(rng.choice(jpeg_pool), tag)
            kind, pages, ext = "jpeg", 1, "jpg"
            kind_name = "Ảnh chụp"
        else:
            pages = max(1, min(50, int(math.exp(rng.uniform(0, math.log(51))))))
            data = _pdf([rng.choice(page_pool) for _ in range(pages)], f"{tag.decode()} {number}")
            kind, ext = "pdf", "pdf"
        name = f"{i:04d} {kind_name} {number.replace('/', '-')}".strip() + f".{ext}"
        path = folder / name
        path.write_bytes(data)
        files.append(SourceFile(path, kind, len(data), hashlib.sha256(data).hexdigest(), pages, number, issuer,
                                f"{kind_name} {subject}" if kind == "pdf" else f"Ảnh {subject.lower()}", issued))
    return files


# --- the workspace ---------------------------------------------------------------------------
def _link_into_store(store, source: SourceFile) -> None:
    target = store.path_for(source.sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source.path, target)
    except OSError:
        shutil.copyfile(source.path, target)


def build_workspace(folder: Path, sources: list[SourceFile], communes: int, seed: int = SEED,
                    export_fraction: float = 1.0) -> dict:
    """The workspace at ``folder``; returns what the benchmarks need to know about it."""
    from plandesk.services import Services
    from plandesk.services.demo import LEAD_UNITS, RESULTS, create_demo
    from plandesk.storage import orm
    from plandesk.storage.workspace import open_workspace

    rng = random.Random(seed + 1)
    services = Services.build(open_workspace(folder, backup=False, maintenance_every=None), user="Cán bộ thử")
    try:
        demo, _ = create_demo(services)   # the template: values, settings, council as the services write them
        ws = services.workspace
        with ws.sessions() as session:
            template = session.get(orm.Dossier, demo.id)
            framework_data = dict(template.framework_data)
            version, title = template.framework_version, template.framework_title
            base_settings = dict(template.settings)
            rows = [(a.code, a.uid, a.group_code, a.position, dict(a.values)) for a in template.assessments]
            council = [(m.position, m.role) for m in session.query(orm.CouncilMember)
                       .filter(orm.CouncilMember.dossier_id == demo.id).order_by(orm.CouncilMember.sort_order)]
        small_files = [make_small_pdf(i) for i in range(8)]
        small_hashes = []
        for data in small_files:
            small_hashes.append((ws.store.add_bytes(data), len(data)))

        def add_dossier(session, unit_name, district, province, year, evidence_rows, links_per_code, ready=False):
            # ready: every criterion Đạt with the sample's values (which meet every requirement), as a
            # commune's dossier stands when its tờ trình is exported; the random draws are made all
            # the same, so the dossiers made after it do not change
            unit = session.query(orm.Unit).filter_by(name=unit_name, district=district, province=province).first()
            if unit is None:
                unit = orm.Unit(name=unit_name, code=f"{rng.randint(10000, 32000)}", district=district,
                                province=province, kind="xã")
                session.add(unit)
                session.flush()
            settings = dict(base_settings)
            settings.update(place=unit_name, issuing_body_parent=f"UBND XÃ {unit_name.upper()}",
                            approving_body=f"Ban Chỉ đạo 138 {district}", signer_name=person(rng), texts={},
                            plan_reference=f"Kế hoạch số {rng.randint(1, 40)}/KH-BCĐ138 ngày 15/01/{year} của Ban "
                                           f"Chỉ đạo 138 {district} về xây dựng xã {unit_name} điển hình về phong "
                                           f"trào toàn dân bảo vệ an ninh Tổ quốc năm {year}")
            dossier = orm.Dossier(unit=unit, year=year, framework_id=FRAMEWORK_ID, framework_version=version,
                                  framework_title=title, framework_data=framework_data, settings=settings)
            session.add(dossier)
            session.flush()
            assessments = {}
            for code, uid, group, position, values in rows:
                varied = {k: (max(0, v + rng.randint(-3, 3)) if isinstance(v, int) and not isinstance(v, bool)
                              else v) for k, v in values.items()}
                status = rng.choices(("dat", "dang_thuc_hien", "khong_dat", "chua_danh_gia"), (85, 8, 3, 4))[0]
                if ready:
                    varied, status = dict(values), "dat"
                lead, cooperating = LEAD_UNITS[group]
                result = RESULTS.get(code, "").replace("Thanh Mỹ", unit_name).replace("2024", str(year)) \
                    .replace("2023", str(year - 1))
                row = orm.Assessment(
                    dossier_id=dossier.id, code=code, uid=uid, group_code=group, position=position, status=status,
                    result=result, lead_unit=lead, cooperating_units=cooperating,
                    explanation="Kết quả được xác nhận tại Báo cáo tổng kết năm của Hội đồng bảo vệ ANTT xã.",
                    deadline=dt.date(year, 9, 30), values=varied)
                session.add(row)
                assessments[code] = row
            for order, (position, role) in enumerate(council):
                session.add(orm.CouncilMember(dossier_id=dossier.id, name=person(rng), position=position, role=role,
                                              sort_order=order))
            for key, title_text, month, day in (("ke_hoach", "Kế hoạch xây dựng xã điển hình", 1, 31),
                                                ("bao_cao_6_thang", "Báo cáo 6 tháng", 6, 5),
                                                ("ho_so", "Hồ sơ đề nghị công nhận", 10, 5)):
                session.add(orm.Deadline(dossier_id=dossier.id, key=key, title=title_text,
                                         due_on=dt.date(year, month, day)))
            session.flush()
            evidence_ids = []
            for sha, size, name, meta in evidence_rows:
                e = orm.Evidence(dossier_id=dossier.id, sha256=sha, original_name=name, size=size,
                                 media_type="image/jpeg" if name.endswith(".jpg") else "application/pdf",
                                 number=meta.get("number", ""), issued_on=meta.get("issued_on"),
                                 issuer=meta.get("issuer", ""), title=meta.get("title", ""))
                session.add(e)
                evidence_ids.append(e)
            session.flush()
            links = links_per_code(len(evidence_ids))
            if ready:  # every criterion Đạt has its evidence (no random draw: the next dossiers stay as they were)
                for k, code in enumerate(codes):
                    if not links.get(code):
                        links[code] = [k % len(evidence_ids)]
            for code, indices in links.items():
                for position, index in enumerate(indices, 1):
                    session.add(orm.EvidenceLink(assessment_id=assessments[code].id,
                                                 evidence_id=evidence_ids[index].id, position=position))
            return dossier.id

        codes = [r[0] for r in rows]
        ids = []
        names = commune_names(communes, rng)
        for unit_name, district, province in names:
            for year in YEARS:
                picked = rng.sample(range(len(small_hashes)), rng.randint(2, 6))
                evidence_rows = [(small_hashes[i][0].sha256, small_hashes[i][1],
                                  f"Báo cáo {i + 1:02d}-BC-CAX.pdf",
                                  {"number": f"{i + 1:02d}/BC-CAX", "issuer": "Công an xã",
                                   "title": rng.choice(_SUBJECTS).format(y=year, m=6),
                                   "issued_on": dt.date(year, 3, 1) + dt.timedelta(days=7 * i)}) for i in picked]

                def small_links(n, codes=codes):
                    return {c: [rng.randrange(n)] for c in rng.sample(codes, k=min(len(codes), rng.randint(20, 34)))}

                with ws.sessions.begin() as session:
                    ids.append(add_dossier(session, unit_name, district, province, year, evidence_rows, small_links))
        for source in sources:
            _link_into_store(ws.store, source)
        big_rows = [(s.sha256, s.size, s.path.name, {"number": s.number, "issuer": s.issuer, "title": s.title,
                                                       "issued_on": s.issued_on}) for s in sources]

        def big_links(n):
            # each file proves one criterion; the first HEAVY_CRITERIA criteria hold 200 each
            # (the lists the criterion-switch benchmark steps through), the rest share the remainder
            per = min(LINKS_PER_CRITERION, int(n * 0.8) // HEAVY_CRITERIA)
            links = {c: list(range(k * per, (k + 1) * per)) for k, c in enumerate(codes[:HEAVY_CRITERIA])}
            rest = codes[HEAVY_CRITERIA:]
            for i in range(HEAVY_CRITERIA * per, n):
                links.setdefault(rest[i % len(rest)], []).append(i)
            return links

        export_rows = big_rows[:max(10, round(EXPORT_EVIDENCE * export_fraction))]

        def export_links(n):
            links: dict[str, list[int]] = {c: [] for c in codes}
            for index in range(n):
                for code in rng.sample(codes, rng.choice((1, 1, 2, 3))):
                    links[code].append(index)
            return links

        with ws.sessions.begin() as session:
            export = add_dossier(session, *EXPORT_COMMUNE, BIG_YEAR, export_rows, export_links, ready=True)
        with ws.sessions.begin() as session:
            big = add_dossier(session, *BIG_COMMUNE, BIG_YEAR, big_rows, big_links)
        return {"big_dossier": big, "export_dossier": export, "export_evidence": len(export_rows),
                "heavy_criteria": HEAVY_CRITERIA, "demo_dossier": demo.id, "dossiers": len(ids) + 3,
                "communes": communes,
                "files": len(sources), "bytes": sum(s.size for s in sources), "year": BIG_YEAR}
    finally:
        services.close()


def make_small_pdf(i: int) -> bytes:
    from plandesk.documents.sample_evidence import SampleDocument, render_sample_pdf

    return render_sample_pdf(SampleDocument(
        "UBND HUYỆN THÁP MƯỜI", "CÔNG AN XÃ", f"{i + 1:02d}/BC-CAX", "Tân Phú", dt.date(2024, 3, 1 + i),
        "Báo cáo", _SUBJECTS[i % len(_SUBJECTS)].format(y=2024, m=6),
        ("Tình hình an ninh, trật tự trên địa bàn xã ổn định; không xảy ra vụ việc phức tạp.",)))


def generate(out: Path, scale: float, seed: int = SEED, sizes: tuple[float, ...] = (1.0,)) -> dict:
    """Sources at ``scale`` and one workspace per fraction in ``sizes`` (e.g. ¼, ½, 1 for the
    growth columns); the smaller ones use the first files of the same pool."""
    started = time.perf_counter()
    n_files = max(40, round(FILES_AT_SCALE_1 * scale))
    sources = make_sources(out / "sources", n_files, seed)
    result = {"scale": scale, "seed": seed, "sources": str(out / "sources"), "workspaces": {}}
    for fraction in sizes:
        files = sources[:max(20, round(n_files * fraction))]
        communes = max(4, round(COMMUNES_AT_SCALE_1 * scale * fraction))
        folder = out / f"workspace-{fraction:g}"
        info = build_workspace(folder, files, communes, seed, fraction)
        info["path"] = str(folder)
        info["source_files"] = [str(s.path) for s in files]
        info["pdf_files"] = [str(s.path) for s in files if s.kind == "pdf"]
        result["workspaces"][f"{fraction:g}"] = info
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    info = generate(args.out, args.scale, args.seed)
    for ws in info["workspaces"].values():
        print(f"{ws['path']}: {ws['dossiers']} dossiers, {ws['files']} files, {ws['bytes'] / 2**20:.0f} MiB")
    print(f"in {info['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
