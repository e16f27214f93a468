"""Refresh translations/plandesk_vi.ts and plandesk_en.ts from the sources (pyside6-lupdate)
and compile them to .qm (pyside6-lrelease), the window's texts and the catalogue of messages
(plandesk/domain/messages.py). The source texts are Vietnamese; English
translations are kept in plandesk_en.ts (edit with Qt Linguist). qtbase_vi.ts holds the
Vietnamese of Qt's own dialogs and buttons (Qt has none); it is compiled too.

    python scripts/update_translations.py"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "plandesk" / "gui").rglob("*.py")
                   if "forms" not in p.parts)
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    # the catalogue of the messages the layers under the window give (errors), marked with
    # its own QT_TRANSLATE_NOOP (plandesk/domain/messages.py)
    files.append("plandesk/domain/messages.py")
    return files


def main() -> int:
    for language in ("vi", "en"):
        ts = ROOT / "translations" / f"plandesk_{language}.ts"
        subprocess.run(["pyside6-lupdate", "-no-obsolete", "-source-language", "vi_VN", "-target-language",
                        "vi_VN" if language == "vi" else "en_GB", *sources(), "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    # Qt's own texts (file dialog, standard buttons, the text fields' menu): Qt ships no
    # Vietnamese, so PlanDesk keeps its own (translations/qtbase_vi.ts, edited by hand)
    qt = ROOT / "translations" / "qtbase_vi.ts"
    subprocess.run(["pyside6-lrelease", str(qt), "-qm", str(qt.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
