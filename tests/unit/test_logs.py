"""The workspace's log (issue 18, point 3): PlanDesk's loggers write into logs/plandesk.log of
the workspace, rotated; a log that cannot be written never stops the program; the command
line configures it at start."""
from __future__ import annotations

import logging

import pytest

from plandesk import logs
from plandesk.app import main
from plandesk.services.evidence_text import EvidenceTextService


@pytest.fixture(autouse=True)
def no_log_left():
    yield
    logs.close_logging()


def _flush() -> None:
    for handler in logging.getLogger(logs.LOGGER).handlers:
        handler.flush()


def test_the_records_of_plandesk_loggers_go_to_the_workspace_log(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    path = logs.configure_logging(root)
    assert path == root / "logs" / "plandesk.log"
    assert not (root / "logs").exists()              # nothing logged: the workspace is as it was
    logging.getLogger("plandesk.services.evidence").error("không đọc được chữ của tài liệu 3")
    logging.getLogger("plandesk.storage.engine").info("nâng cấp lược đồ 0005 → 0006")
    logging.getLogger("plandesk.storage.engine").debug("chi tiết không cần giữ")
    logging.getLogger("sqlalchemy.engine").warning("một thư viện khác")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR plandesk.services.evidence: không đọc được chữ của tài liệu 3" in text
    assert "INFO plandesk.storage.engine: nâng cấp lược đồ 0005 → 0006" in text
    assert "chi tiết không cần giữ" not in text and "một thư viện khác" not in text


def test_configured_once_per_workspace_and_follows_the_workspace_opened(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    logs.configure_logging(first)
    logs.configure_logging(first)
    logging.getLogger("plandesk.x").warning("một lần")
    logs.configure_logging(second)
    logging.getLogger("plandesk.x").warning("thư mục mới")
    _flush()
    assert (first / "logs" / "plandesk.log").read_text(encoding="utf-8").count("một lần") == 1
    assert "thư mục mới" in (second / "logs" / "plandesk.log").read_text(encoding="utf-8")
    assert "thư mục mới" not in (first / "logs" / "plandesk.log").read_text(encoding="utf-8")


def test_the_log_is_rotated(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    root = tmp_path / "ws"
    logs.configure_logging(root)
    for n in range(60):
        logging.getLogger("plandesk.x").warning("dòng số %d của nhật ký", n)
    _flush()
    folder = root / "logs"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["plandesk.log", "plandesk.log.1", "plandesk.log.2", "plandesk.log.3"]
    assert all(p.stat().st_size <= 400 for p in folder.iterdir())
    assert "dòng số 59 " in (folder / "plandesk.log").read_text(encoding="utf-8")


def test_a_log_that_cannot_be_written_never_stops_the_program(tmp_path, capsys):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "logs").write_text("một tệp tên logs chắn chỗ thư mục", encoding="utf-8")
    logs.configure_logging(root)
    logging.getLogger("plandesk.x").error("không ghi được")
    try:
        raise RuntimeError("lỗi thử")
    except RuntimeError as exc:
        assert logs.log_unexpected(root, exc) == root / "logs" / "plandesk.log"
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
    assert (root / "logs").read_text(encoding="utf-8") == "một tệp tên logs chắn chỗ thư mục"


def test_an_unexpected_error_is_kept_with_its_traceback(tmp_path):
    root = tmp_path / "ws"
    try:
        raise ValueError("giá trị lạ")
    except ValueError:
        path = logs.log_unexpected(root)
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "unexpected error in:" in text and "Traceback" in text and "ValueError: giá trị lạ" in text


def test_the_command_line_keeps_the_records_of_the_services(tmp_path, monkeypatch, capsys):
    """Reading an attached document's text failed: the attachment stands, the reason is in the log."""
    def broken(self, *args, **kwargs):
        raise RuntimeError("bộ đọc chữ hỏng")

    monkeypatch.setattr(EvidenceTextService, "index_many", broken)
    root = tmp_path / "ws"
    doc = tmp_path / "nghi-quyet.txt"
    doc.write_text("Nghị quyết số 12", encoding="utf-8")
    assert main(["--data", str(root), "new", "--commune", "Thanh Mỹ", "--year", "2024"]) == 0
    assert main(["--data", str(root), "attach", "--criterion", "I.1", str(doc)]) == 0
    text = (root / "logs" / "plandesk.log").read_text(encoding="utf-8")
    assert "ERROR plandesk.services.evidence: could not read the text of the attached documents" in text
    assert "RuntimeError: bộ đọc chữ hỏng" in text
    assert not any(isinstance(h, logging.FileHandler) for h in logging.getLogger(logs.LOGGER).handlers)
