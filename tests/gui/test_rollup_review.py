"""The reviewer's side in the window: the roll-up of communes in Vietnamese order with
filters, opening a commune's dossier for review (read-only but for the review), and the
review package that brings the comments back to the commune."""
from __future__ import annotations

from plandesk.domain.dossier import ReviewStatus, UnitInfo
from plandesk.gui import messages
from plandesk.gui.transfer_dialogs import ImportDialog, PackDialog
from plandesk.services import Services
from plandesk.services.demo import create_demo
from plandesk.storage.workspace import open_workspace

COMMUNES = (("Trường Xuân", "huyện Tháp Mười"), ("Đốc Binh Kiều", "huyện Tháp Mười"), ("Mỹ An", "huyện Cao Lãnh"))


def names(view) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_rollup_sorts_filters_and_opens_for_review(open_window, monkeypatch):
    window = open_window(start=False)
    window.ctx.set_role(window.ctx.ROLE_REVIEWER)   # the approving body's PC
    s = window.ctx.services
    demo, _ = create_demo(s)
    for name, district in COMMUNES:
        s.dossiers.create(UnitInfo(name, "", district, "tỉnh Đồng Tháp"), 2024, "xa-dien-hinh-antq")
    window.open_dossier(demo.id)
    window.tabs.setCurrentWidget(window.rollup)
    view = window.rollup
    assert names(view) == ["Đốc Binh Kiều", "Mỹ An", "Thanh Mỹ", "Trường Xuân"]
    assert "4 xã" in view.summary.text()
    view.district.setCurrentIndex(view.district.findData("huyện Cao Lãnh"))
    assert names(view) == ["Mỹ An"]
    view.district.setCurrentIndex(0)
    row = names(view).index("Thanh Mỹ")
    view._open(view.proxy.index(row, 0))
    assert window.ctx.read_only and window.banner.isVisibleTo(window)
    assert not window.criterion.status.isEnabled() and window.criterion.review_status.isEnabled()
    assert window.tabs.currentWidget() is window.criterion


def test_review_goes_back_to_the_commune(open_window, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "show_info", lambda *a, **k: None)
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: errors.append(text))
    # the commune packs its dossier; the reviewer imports it
    commune = Services.build(open_workspace(tmp_path / "xa"), user="Công an xã")
    info, _ = create_demo(commune)
    package = tmp_path / "ho-so.plandesk"
    commune.transfer.pack(info.id, package)
    window = open_window(start=False)
    window.ctx.set_role(window.ctx.ROLE_REVIEWER)
    window.ctx.services.transfer.unpack(package)
    window.start()
    window.tabs.setCurrentWidget(window.rollup)
    window.rollup._open(window.rollup.proxy.index(0, 0))
    window.select_criterion("III.11")
    view = window.criterion
    view.review_status.setCurrentIndex(list(ReviewStatus).index(ReviewStatus.YEU_CAU_BO_SUNG))
    view.review_comment.setPlainText("Bổ sung biên bản kiểm tra ấp 6.")
    view.flush()
    review_package = tmp_path / "tham-dinh.plandesk"
    monkeypatch.setattr(PackDialog, "ask", classmethod(lambda cls, parent, default, review=False: {
        "path": review_package, "documents": False, "passphrase": None}))
    window.export_review_package()
    assert review_package.is_file() and errors == []
    # back at the commune
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent, report, name, title="": {}))
    window.ctx.services, reviewer = commune, window.ctx.services
    try:
        window.import_package_file(review_package)
        assert errors == []
        window.select_criterion("III.11")
        assert window.criterion.review_status.currentData() is ReviewStatus.YEU_CAU_BO_SUNG
        assert window.criterion.review_comment.toPlainText() == "Bổ sung biên bản kiểm tra ấp 6."
        window.filter.setCurrentIndex(window.filter.findData("review"))
        proxy = window.proxy
        marked = [proxy.index(r, 0, proxy.index(g, 0)).data() for g in range(proxy.rowCount())
                  for r in range(proxy.rowCount(proxy.index(g, 0)))]
        assert marked == ["III.11 ⚑"]
    finally:
        window.ctx.services = reviewer
        commune.close()
