"""plandesk/filesafe.py: what a user depends on when PlanDesk writes a file (the old file intact
after any failure, no temporary file left behind, ordinary permissions), the one folder flush,
the one table of Windows device names — and that no other module renames or makes temporary
files by hand (an AST scan, so a comment or a string cannot fool it)."""
from __future__ import annotations

import ast
import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from plandesk import filesafe
from plandesk.domain.text import safe_file_name
from plandesk.filesafe import TEMP_SUFFIX, atomic_write, fsync_dir, is_windows_reserved
from plandesk.transfer.names import entry_problem

PACKAGE = Path(filesafe.__file__).resolve().parent

# calls that put a file in place or make a temporary one: only filesafe.py makes them
_FORBIDDEN_CALLS = {("os", "replace"), ("os", "rename"), ("os", "renames"), ("os", "umask"),
                    ("tempfile", "mkstemp"), ("tempfile", "NamedTemporaryFile"), ("tempfile", "mktemp")}
_FORBIDDEN_NAMES = {name for _, name in _FORBIDDEN_CALLS}


def _hand_written_file_safety(source: str) -> list[str]:
    """Where ``source`` renames a file into place, makes a temporary file or flips the umask by
    hand: ``os.replace(...)`` and the like, the same names imported bare (``from os import
    replace``), and ``Path.replace(target)`` (one argument: ``str.replace`` takes two,
    ``datetime.replace`` and ``dataclasses.replace`` take keywords)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module in ("os", "tempfile"):
            found += [f"line {node.lineno}: from {node.module} import {a.name}" for a in node.names
                      if a.name in _FORBIDDEN_NAMES]
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        if isinstance(func.value, ast.Name) and (func.value.id, func.attr) in _FORBIDDEN_CALLS:
            found.append(f"line {node.lineno}: {func.value.id}.{func.attr}")
        elif func.attr == "replace" and len(node.args) == 1 and not node.keywords:
            found.append(f"line {node.lineno}: .replace(target)")
    return found


def test_the_scan_finds_hand_written_renames_and_temporary_files():
    sample = ("import os, tempfile\nfrom os import replace\n# os.replace(a, b) in a comment is not a call\n"
              "text = 'os.replace(a, b)'\nos.replace(tmp, out)\nfd, tmp = tempfile.mkstemp()\n"
              "Path(tmp).replace(out)\nmask = os.umask(0)\n"
              "'a-b'.replace('-', ' ')\nnow.replace(microsecond=0)\ndataclasses.replace(x, files=())\n")
    assert _hand_written_file_safety(sample) == [
        "line 2: from os import replace", "line 5: os.replace", "line 6: tempfile.mkstemp",
        "line 7: .replace(target)", "line 8: os.umask"]


def test_nothing_but_filesafe_renames_files_or_makes_temporary_files():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == Path(filesafe.__file__).resolve() or "forms" in path.relative_to(PACKAGE).parts:
            continue
        found = _hand_written_file_safety(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}, "use plandesk.filesafe (atomic_write, move_into_place, temp_file) instead"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def test_a_write_replaces_the_whole_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "Tờ trình.pdf"
    target.write_bytes(b"old" * 1000)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    atomic_write(tmp_path / "moi.docx", lambda handle: handle.write(b"streamed"))
    assert (tmp_path / "moi.docx").read_bytes() == b"streamed"
    assert {p.name for p in tmp_path.iterdir()} == {"moi.docx", "Tờ trình.pdf"}


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt(),
                                     ValueError("renderer failed")])
def test_a_write_that_fails_half_way_leaves_the_old_file_intact_and_no_temporary_file(tmp_path, failure):
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"the old report")

    def half_then_fail(handle):
        handle.write(b"half of the new rep")
        raise failure

    with pytest.raises(type(failure)):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"the old report"
    assert _leftovers(tmp_path) == []


def test_a_rename_that_fails_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    # as on Windows when the target is open in a program that forbids replacing it
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"open in Word")

    def refused(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(PermissionError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"open in Word"
    assert _leftovers(tmp_path) == []


def test_a_write_into_a_missing_folder_fails_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "khong-co" / "a.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_written_file_gets_the_permissions_other_programs_would_give_it(tmp_path):
    mask = os.umask(0o022)   # the test's main thread, no worker running: safe to flip here
    os.umask(mask)
    assert filesafe.UMASK == mask
    atomic_write(tmp_path / "a.pdf", b"x")
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o666 & ~mask
    private = filesafe.temp_file(tmp_path, "minh-chung", private=True)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600   # evidence in the store stays private


@pytest.mark.skipif(os.name != "posix", reason="a folder can only be flushed on POSIX")
@pytest.mark.parametrize("code, raised", [(errno.EINVAL, False), (errno.ENOTSUP, False), (errno.EIO, True)])
def test_a_folder_flush_ignores_a_file_system_that_cannot_but_reports_a_failing_disk(tmp_path, monkeypatch,
                                                                                     code, raised):
    def fsync(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fsync)
    if raised:
        with pytest.raises(OSError) as caught:
            fsync_dir(tmp_path)
        assert caught.value.errno == code
    else:
        fsync_dir(tmp_path)


def test_a_folder_flush_is_a_no_op_on_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(os, "open", lambda *a, **k: pytest.fail("a folder is never opened on Windows"))
    fsync_dir(tmp_path)


def test_file_sha256_reads_the_whole_file_in_chunks(tmp_path):
    import hashlib

    data = os.urandom(3 * 1024 + 7)
    (tmp_path / "f").write_bytes(data)
    assert filesafe.file_sha256(tmp_path / "f", chunk=1024) == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("name", ["CON", "con.txt", "Nul.plandesk", "NUL .pdf", "com1.tar.gz", "LPT9", "aux"])
def test_windows_device_names_are_refused_and_renamed_alike(name):
    assert is_windows_reserved(name)
    assert entry_problem(f"minh-chung/{name}") is not None   # a package entry is refused
    assert not is_windows_reserved(safe_file_name(name))     # a file PlanDesk names is renamed


@pytest.mark.parametrize("name", ["CONSOLE.txt", "COM0", "LPT10", "bao-cao.pdf", "Công an xã.pdf", "nul-x.txt"])
def test_ordinary_names_are_not_devices(name):
    assert not is_windows_reserved(name)
    assert safe_file_name(name) == name


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX")
def test_a_process_killed_mid_write_leaves_the_old_file_whole(tmp_path):
    import signal
    import subprocess

    target = tmp_path / "ho-so.pdf"
    target.write_bytes(b"%PDF old and whole")
    child = ("import os, signal, sys\nfrom plandesk.filesafe import atomic_write\n"
             "def write(handle):\n    handle.write(b'x' * 100000)\n    handle.flush()\n"
             "    os.kill(os.getpid(), signal.SIGKILL)\n"
             "atomic_write(sys.argv[1], write)\n")
    proc = subprocess.run([sys.executable, "-c", child, str(target)], capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(PACKAGE.parent)))
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert target.read_bytes() == b"%PDF old and whole"
    # what the kill left is a temporary file, never the final name: the integrity check's
    # repair (and the next write) clears '*.dang-ghi'
    assert all(name.startswith(".ho-so.pdf.") for name in _leftovers(tmp_path))
