#!/usr/bin/env bash
# The installer under wine, silently, as an IT person would deploy it:
#   on "Windows 7" it refuses (exit 2, nothing written) → on Windows 10: install (/S) → check
#   files, shortcuts, association, uninstall entry, nothing machine-wide → run the installed
#   programs (self-test of the console and of the windowed exe, the sample dossier into the
#   user's data folder) → install again over it (an upgrade): the dossier still there →
#   uninstall (/S): program, shortcuts, keys gone, data kept → install again → uninstall
#   /S /REMOVEDATA: data gone too.
#   install_test.sh SETUP.exe VERSION
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
SETUP="$1" VERSION="$2"
CHECK="$(winpath "$WIN_SCRIPTS/check_install.py")"

grep -aq 'level="asInvoker"' "$SETUP" || { echo "FAILED: the installer asks for administrator rights" >&2; exit 1; }
python3 -c "import sys; sys.path.insert(0, '$WIN_SCRIPTS'); from check_bundle import file_version; \
found = file_version(__import__('pathlib').Path('$SETUP')); print('installer version resource:', found); \
sys.exit(0 if found == '$VERSION' else 1)"

LOCALAPPDATA_W=$(wpython -c "import os; print(os.environ['LOCALAPPDATA'])" | tr -d '\r')
INSTALLED="$LOCALAPPDATA_W\\Programs\\PlanDesk"
install() { local code=0; wrun "$(winpath "$SETUP")" /S || code=$?; wineserver -w; return "$code"; }
# the uninstaller reruns itself from %TEMP% and returns at once: wait for every process of the prefix
uninstall() { local code=0; wrun "$INSTALLED\\uninstall.exe" /S "$@" || code=$?; wineserver -w; return "$code"; }

echo "-- on Windows 7 (what Debian's wine calls itself by default) the installer refuses"
HOME="$WINE_HOME" winecfg /v win7
code=0
install || code=$?
[ "$code" -eq 2 ] || { echo "FAILED: on Windows 7 the installer exited with $code, expected 2 (refused)" >&2; exit 1; }
wpython "$CHECK" removed none
HOME="$WINE_HOME" winecfg /v win10
echo "-- on Windows 10"
install
wpython "$CHECK" installed "$VERSION"
echo "-- the installed console program's self-test"
wrun "$INSTALLED\\plandesk-cli.exe" --self-test | grep "Kết quả"
echo "-- the installed windowed program (PlanDesk.exe --self-test: no console, its exit status tells)"
wrun "$INSTALLED\\PlanDesk.exe" --self-test
echo "   exit 0"
echo "-- the user's data: the sample dossier in the default workspace"
wrun "$INSTALLED\\plandesk-cli.exe" demo
wrun "$INSTALLED\\plandesk-cli.exe" dossiers
echo "-- installing again over it (an upgrade): program replaced, the dossier still there"
install
wpython "$CHECK" installed "$VERSION"
wrun "$INSTALLED\\plandesk-cli.exe" dossiers | grep "Thanh Mỹ" >/dev/null || { echo "FAILED: data lost by reinstalling" >&2; exit 1; }

uninstall
wpython "$CHECK" removed kept
install
wpython "$CHECK" installed "$VERSION"
uninstall /REMOVEDATA
wpython "$CHECK" removed removed
