#!/usr/bin/env bash
# The portable ZIP under wine, unzipped on the removable drive R: as on a USB stick: the
# sample dossier goes to R:\PlanDesk\data, nothing to the PC (no %LOCALAPPDATA%\PlanDesk, no
# HKCU\Software\PlanDesk); the workspace on a removable drive keeps WAL (a local file system).
#   portable_test.sh PlanDesk-VERSION-portable.zip
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
ZIP="$1"
USB="$WIN_WORK/drives/usb"
rm -rf "${USB:?}/PlanDesk"
unzip -q "$ZIP" -d "$USB"
[ -f "$USB/PlanDesk/portable.txt" ] || { echo "FAILED: no portable.txt in $ZIP" >&2; exit 1; }
wrun 'R:\PlanDesk\plandesk-cli.exe' demo
wrun 'R:\PlanDesk\plandesk-cli.exe' status | tail -2
wpython -c "
import os, sqlite3, sys, winreg
from pathlib import Path
problems = []
data = Path(r'R:\PlanDesk\data')
if not (data / 'plandesk.sqlite').is_file():
    problems.append(f'no workspace in {data}')
else:
    connection = sqlite3.connect(data / 'plandesk.sqlite')
    mode = connection.execute('PRAGMA journal_mode').fetchone()[0]
    connection.close()
    if mode != 'wal':
        problems.append(f'journal {mode} on a USB stick, expected wal')
local = Path(os.environ['LOCALAPPDATA']) / 'PlanDesk'
if local.exists():
    problems.append(f'portable PlanDesk wrote on the PC: {local}')
try:
    winreg.OpenKey(winreg.HKEY_CURRENT_USER, r'Software\PlanDesk').Close()
    problems.append(r'portable PlanDesk wrote HKCU\Software\PlanDesk')
except OSError:
    pass
print('\n'.join('FAILED: ' + p for p in problems) or r'portable: data in R:\PlanDesk\data, nothing on the PC')
sys.exit(1 if problems else 0)
"
