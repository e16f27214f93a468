"""`plandesk --self-test` is what CI runs in the built bundle: it must pass here and say
what it checked."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_and_lists_its_checks(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-m", "plandesk", "--self-test"], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for check in ("Tạo hồ sơ mẫu", "Xuất mọi văn bản PDF", "Xuất mọi văn bản DOCX", "Mở cửa sổ"):
        assert f"✓ {check}" in proc.stdout
    assert "mọi kiểm tra đều đạt" in proc.stdout
    assert not (tmp_path / "config" / "PlanDesk").exists()  # the user's settings are not touched
