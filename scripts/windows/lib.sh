# Shared by the scripts of the Windows stage (sourced, not run): where things live, the wine
# wrapper, and the step timer.
#
# Two folders under $TMPDIR:
#   plandesk-win-cache/  kept between runs on one machine, rebuilt from scratch when missing or
#                        when its recipe changes: the downloads, the Windows Python with the
#                        project's Windows wheels installed, the two compiled bridge DLLs
#   plandesk-win-work/   made anew by every run: the wine prefix (Windows' C: drive and registry),
#                        the bundle, the installer, the test workspaces
# shellcheck shell=bash

WIN_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$WIN_SCRIPTS/../.." && pwd)"
WIN_CACHE="${PLANDESK_WIN_CACHE:-${TMPDIR:-/tmp}/plandesk-win-cache}"
WIN_WORK="${PLANDESK_WIN_WORK:-${TMPDIR:-/tmp}/plandesk-win-work}"
WIN_PYTHON_DIR="$WIN_CACHE/python"           # cp313/python.exe inside
WIN_PYTHON="$WIN_PYTHON_DIR/cp313/python.exe"

export WINEPREFIX="$WIN_WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# no Mono/Gecko installer dialogs when the prefix is made (nothing here needs .NET or a browser),
# and no debugger: a program that crashes under wine ends at once with a failing exit status
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"
# wine links the profile's Desktop, Documents… to folders of $HOME: keep its shortcuts and files
# inside the work folder instead of this machine's home
export WINE_HOME="$WIN_WORK/home"

# "Z:\tmp\…" for a path of this machine (wine maps / to Z:)
winpath() { local p; p="$(realpath -m "$1")"; printf 'Z:%s' "${p//\//\\}"; }

# Run a Windows program under wine. Its output always goes through a pipe: a console program
# under wine 8 whose stdout or stderr is a file dies at start ("init_sys_streams … Invalid
# handle"). This machine's PIP_*/PYTHON* settings point at Linux folders: not for Windows.
wrun() {
    local unset=() name
    for name in $(compgen -e); do
        case "$name" in PIP_*|PYTHONPATH|PYTHONHOME|PYTHONDONTWRITEBYTECODE|VIRTUAL_ENV|QT_*) unset+=(-u "$name");; esac
    done
    env "${unset[@]}" HOME="$WINE_HOME" wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# The Windows Python with the project's source on its path
wpython() { PYTHONIOENCODING=utf-8 PYTHONUTF8=1 wrun "$WIN_PYTHON" "$@"; }

STEP_NAME="" STEP_START=0
STEP_TIMES=()
step() {
    step_end
    STEP_NAME="$1" STEP_START=$(date +%s)
    echo "== windows: $STEP_NAME"
}
step_end() {
    if [ -n "$STEP_NAME" ]; then
        local took=$(( $(date +%s) - STEP_START ))
        echo "   ($STEP_NAME: ${took} s)"
        STEP_TIMES+=("$(printf '%4d s  %s' "$took" "$STEP_NAME")")
        STEP_NAME=""
    fi
}
