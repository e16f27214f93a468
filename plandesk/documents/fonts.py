"""The bundled Times-compatible font family (Liberation Serif, SIL OFL), registered with
reportlab once, so every PDF embeds a font with full Vietnamese coverage."""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from plandesk import paths

FAMILY = "PlanDeskSerif"
FILES = {
    "": "LiberationSerif-Regular.ttf",
    "-Bold": "LiberationSerif-Bold.ttf",
    "-Italic": "LiberationSerif-Italic.ttf",
    "-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    for suffix, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(paths.resource_path("fonts", filename))))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, FAMILY + "-Bold")
    addMapping(FAMILY, 0, 1, FAMILY + "-Italic")
    addMapping(FAMILY, 1, 1, FAMILY + "-BoldItalic")
    return FAMILY
