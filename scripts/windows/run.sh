#!/usr/bin/env bash
# The Windows stage of CI (.ci/run): build, test and install the Windows application from this
# Linux machine with wine, and fail when any check fails. Each step prints its time; the
# bundle's size is printed by the bundle checks. Artifacts, in $WIN_WORK/out:
#   PlanDesk-<version>-Setup.exe     the installer (NSIS, Vietnamese/English, per-user)
#   PlanDesk-<version>-portable.zip  the same bundle with portable.txt: data and settings beside it
#
# What runs under wine is real Windows code: the Windows CPython 3.13, PlanDesk's Windows-only
# branches, PyInstaller's Windows build, the built .exe files, the NSIS installer and
# uninstaller. What wine 8 lacks is bridged in the test prefix only (setup.sh): Windows' ICU
# (icuuc.dll, for Qt6Core) and ProcessPrng (bcryptprimitives.dll, for cryptography).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
VERSION4=$(python3 -c "v='$VERSION'.split('.'); print('.'.join((v + ['0'] * 4)[:4]))")
TOTAL_START=$(date +%s)

summary() {
    local code=$?
    step_end
    echo "== windows: times"
    printf '   %s\n' "${STEP_TIMES[@]}"
    echo "   total $(( $(date +%s) - TOTAL_START )) s"
    [ "$code" -eq 0 ] || echo "== windows: FAILED (exit $code)" >&2
    if [ -n "${WINEPREFIX:-}" ] && [ -d "$WINEPREFIX" ]; then
        wineserver -k 2>/dev/null || true  # this prefix's wine processes only
    fi
}
trap summary EXIT

step "Debian's wine, NSIS, mingw-w64"
need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v makensis >/dev/null || need+=(nsis)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v unzip >/dev/null || need+=(unzip)
command -v zip >/dev/null || need+=(zip)
if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "$(wine --version), makensis $(makensis -VERSION), $(x86_64-w64-mingw32-gcc --version | head -1)"

step "wine prefix, Windows Python with the Windows wheels (cached), bridges"
bash "$WIN_SCRIPTS/setup.sh"

step "drives for the tests: N: network share, R: removable (USB)"
mkdir -p "$WIN_WORK/drives/network" "$WIN_WORK/drives/usb"
ln -sfn "$WIN_WORK/drives/network" "$WINEPREFIX/dosdevices/n:"
ln -sfn "$WIN_WORK/drives/usb" "$WINEPREFIX/dosdevices/r:"
wrun reg add 'HKLM\Software\Wine\Drives' /v 'n:' /d network /f >/dev/null
wrun reg add 'HKLM\Software\Wine\Drives' /v 'r:' /d floppy /f >/dev/null
wineserver -k 2>/dev/null || true  # wine reads the drive types when it starts
export PLANDESK_TEST_NETWORK_DRIVE=N: PLANDESK_TEST_REMOVABLE_DRIVE=R:
wpython -c "import ctypes; k = ctypes.windll.kernel32.GetDriveTypeW; \
assert (k('C:\\\\'), k('N:\\\\'), k('R:\\\\')) == (3, 4, 2), 'drive types not set'; print('C: fixed, N: remote, R: removable')"

step "tests under the Windows Python (the Windows-only code)"
# tests/windows: the workspace lock between processes, drive types and the journal, long
# paths, reserved names, files held open by another process, portable settings; then the
# existing tests of the same code (lock, location, paths, the evidence store, the package
# reader's refusals, which write Windows file names for real), and a package path on the command
# line opening the import preview (Windows Qt, offscreen: Qt then warns it has no font folder)
wpython "$(winpath "$WIN_SCRIPTS/pytest_under_wine.py")" -p no:cacheprovider -q -o addopts="" --strict-markers -ra \
    -o qt_log_ignore="This plugin does not support propagateSizeHints|QFontDatabase: Cannot find font directory" \
    tests/windows tests/safety/test_workspace_lock.py tests/unit/test_location.py tests/unit/test_paths.py \
    tests/unit/test_evidence_store.py tests/transfer/test_refusals.py tests/gui/test_open_package.py | tee "$WIN_WORK/pytest.log"
# a process that dies under wine can leave no summary: only "N passed" with no failure counts
tail -1 "$WIN_WORK/pytest.log" | grep -Eq '^[0-9]+ passed' && ! tail -1 "$WIN_WORK/pytest.log" | grep -Eq 'failed|error' \
    || { echo "FAILED: the Windows tests did not all pass" >&2; exit 1; }

step "build with build.spec under wine (PyInstaller)"
BUILD="$WIN_WORK/build"
if ! wpython -m PyInstaller --noconfirm --log-level WARN --distpath "$(winpath "$BUILD/dist")" \
        --workpath "$(winpath "$BUILD/work")" build.spec > "$WIN_WORK/pyinstaller.log" 2>&1; then
    tail -40 "$WIN_WORK/pyinstaller.log" >&2
    exit 1
fi
echo "PyInstaller log: $WIN_WORK/pyinstaller.log ($(grep -c WARNING "$WIN_WORK/pyinstaller.log" || true) warnings)"
BUNDLE="$BUILD/dist/PlanDesk"

step "bundle checks (Qt platform plugin, no system or bridge DLL, version resource, size)"
python3 "$WIN_SCRIPTS/check_bundle.py" "$BUNDLE" "$WINEPREFIX/drive_c/windows/system32" "$VERSION"

step "bundle --self-test under wine"
wrun "$BUNDLE/plandesk-cli.exe" --self-test

step "CLI end to end under wine (paths with backslashes, spaces, Vietnamese letters)"
wpython "$(winpath "$WIN_SCRIPTS/e2e_cli.py")" "$(winpath "$BUNDLE")"

step "installer (makensis) and portable ZIP"
OUT="$WIN_WORK/out"
mkdir -p "$OUT"
SETUP="$OUT/PlanDesk-$VERSION-Setup.exe"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DVERSION4="$VERSION4" -DDIST="$BUNDLE" \
    -DICON="$ROOT/resources/icons/plandesk.ico" -DOUTFILE="$SETUP" installer/PlanDesk.nsi
PORTABLE="$OUT/PlanDesk-$VERSION-portable.zip"
rm -rf "$WIN_WORK/portable" && mkdir -p "$WIN_WORK/portable"
cp -a "$BUNDLE" "$WIN_WORK/portable/PlanDesk"
cp installer/portable.txt "$WIN_WORK/portable/PlanDesk/portable.txt"
(cd "$WIN_WORK/portable" && zip -q -r -9 "$PORTABLE" PlanDesk)
ls -l "$SETUP" "$PORTABLE" | awk '{printf "%s  %.1f MB\n", $NF, $5 / 1048576}'

step "installer under wine: silent install, checks, run, uninstall (data kept), uninstall /REMOVEDATA"
bash "$WIN_SCRIPTS/install_test.sh" "$SETUP" "$VERSION"

step "portable ZIP under wine: settings and data beside the program, nothing in the registry"
bash "$WIN_SCRIPTS/portable_test.sh" "$PORTABLE"

step_end
echo "== windows: all checks passed; artifacts in $OUT"
