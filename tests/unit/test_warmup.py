"""Warming the native libraries: their files are found without importing them and read to the
end (so the first import maps them from the disk cache instead of freezing the window)."""
from __future__ import annotations

import subprocess
import sys

from plandesk import warmup


def test_the_native_files_of_the_later_imports_are_found_without_importing_them():
    code = ("import sys; from plandesk import warmup;"
            "files = warmup.native_files(('PIL', 'pypdfium2_raw', 'lxml'));"
            "print(len(files), 'PIL' in sys.modules, 'lxml' in sys.modules,"
            " any(f.name.startswith('_imaging.') for f in files))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) >= 3
    # finding the folder of a package imports its __init__ (PIL's is plain Python), never its
    # C extensions: that is the import the warm-up makes cheap
    assert out[2] == "False"
    assert out[3] == "True"


def test_every_file_is_read_to_its_end_and_an_unreadable_one_is_skipped(tmp_path):
    big, small = tmp_path / "a.so", tmp_path / "b.so"
    big.write_bytes(b"x" * (3 * (1 << 20) + 17))
    small.write_bytes(b"y" * 5)
    missing = tmp_path / "gone.so"
    assert warmup.read_through([big, missing, small]) == 3 * (1 << 20) + 17 + 5


def test_cancelling_stops_between_files(tmp_path):
    files = [tmp_path / f"{n}.so" for n in range(3)]
    for f in files:
        f.write_bytes(b"z" * 10)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    assert warmup.read_through(files, cancelled) == 10


def test_the_later_imports_are_imported_and_a_broken_one_is_left_for_its_task(monkeypatch):
    monkeypatch.setattr(warmup, "LATER_IMPORTS", (("plandesk_no_such_module", ()), ("PIL.Image", ("PIL",))))
    assert warmup.warm_later_imports() == ["PIL.Image"]
    assert "PIL.Image" in sys.modules
