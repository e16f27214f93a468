"""pytest for the Windows Python under wine 8 (run.sh's test step):

    python pytest_under_wine.py PYTEST-ARGUMENTS…

Wine 8 lacks CopyFile2, which shutil.copy2 and copytree call first on Python 3.12+ (an
unimplemented function aborts the process); without _winapi.CopyFile2 they copy the way
Python 3.11 did (CreateFile, read, write, then the times and attributes). Only this test
process is changed; on Windows the programs use CopyFile2."""
from __future__ import annotations

import _winapi
import os
import sys

sys.path.insert(0, os.getcwd())  # as "python -m pytest" does: the project from the folder it runs in

if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2

import pytest  # noqa: E402

sys.exit(pytest.main(sys.argv[1:]))
