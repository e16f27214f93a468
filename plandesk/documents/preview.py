"""Page images of a PDF for the preview in the window (PDFium through pypdfium2)."""
from __future__ import annotations

from pathlib import Path

from PIL import Image


def render_pages(pdf: bytes | Path, dpi: int = 60, max_pages: int = 40) -> list[Image.Image]:
    """The first ``max_pages`` pages of a PDF (bytes, or a file PDFium reads as it needs)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf) if isinstance(pdf, Path) else pdf)
    try:
        pages = []
        for index in range(min(len(document), max_pages)):
            page = document[index]
            try:
                pages.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            finally:
                page.close()
        return pages
    finally:
        document.close()
