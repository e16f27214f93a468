"""Fill a .ts file's translations from a Python dict {source or "context|source": translation}.

    python scripts/fill_ts.py translations/plandesk_en.ts FILE_WITH_EN_DICT.py
Used once to seed the English translations; afterwards edit the .ts with Qt Linguist."""
import runpy
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, dict_path: str) -> int:
    table = runpy.run_path(dict_path)["EN"]
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            text = table.get(f"{name}|{source}", table.get(source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
