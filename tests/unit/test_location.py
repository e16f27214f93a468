"""Where the workspace lives (local, USB, network) and moving it: copy, verify, switch."""
from __future__ import annotations

import pytest

from plandesk import settings
from plandesk.storage.location import LOCAL, NETWORK, REMOVABLE, MoveError, copy_workspace, storage_kind

MOUNTS = """/dev/vda1 / ext4 rw 0 0
/dev/sdb1 /media/canbo/USB\\040KINGSTON vfat rw 0 0
//192.0.2.10/hoso /mnt/hoso cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
"""


@pytest.mark.parametrize("path,kind", [
    ("/home/canbo/PlanDesk", LOCAL),
    ("/media/canbo/USB KINGSTON/PlanDesk/data", REMOVABLE),
    ("/mnt/hoso/PlanDesk", NETWORK),
    ("/srv/nfs/ws", NETWORK),
])
def test_storage_kind(path, kind):
    assert storage_kind(path, MOUNTS) == kind


def test_copy_verifies_and_leaves_the_source(services, dossier, tmp_path):
    doc = tmp_path / "ke-hoach.pdf"
    doc.write_bytes(b"%PDF ke hoach" * 1000)
    services.evidence.attach(dossier.id, "I.2", [doc])
    source = services.workspace.root
    before = sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file())
    target = tmp_path / "moi" / "PlanDesk"
    seen = []
    copy_workspace(source, target, report=lambda d, t, n: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert (target / "plandesk.sqlite").is_file()
    assert sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file()) == before
    from plandesk.services import Services
    from plandesk.storage.workspace import open_workspace

    services.close()
    moved = Services.build(open_workspace(target), user="t")
    try:
        assert moved.integrity.check().ok
        assert moved.dossiers.assessment(dossier.id, "I.2").evidence_count == 1
    finally:
        moved.close()


def test_non_empty_target_is_refused(services, tmp_path):
    target = tmp_path / "co-du-lieu"
    target.mkdir()
    (target / "x.txt").write_text("x")
    with pytest.raises(MoveError, match="không trống"):
        copy_workspace(services.workspace.root, target)


def test_cancelled_copy_leaves_nothing(services, dossier, tmp_path):
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"a" * 100)
    services.evidence.attach(dossier.id, "I.1", [doc])
    target = tmp_path / "dich"
    with pytest.raises(MoveError, match="Đã hủy"):
        copy_workspace(services.workspace.root, target, is_cancelled=lambda: True)
    assert not target.exists()
    assert not list(tmp_path.glob(".dich*"))


def test_chosen_workspace_is_remembered(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "_choice_file", lambda: tmp_path / "config" / "workspace.txt")
    monkeypatch.delenv("PLANDESK_DATA", raising=False)
    assert settings.chosen_workspace() is None
    settings.choose_workspace(tmp_path / "Hồ sơ")
    assert settings.default_data_dir() == tmp_path / "Hồ sơ"
    settings.choose_workspace(None)
    assert settings.default_data_dir() == settings.platform_data_dir()
