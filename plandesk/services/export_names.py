"""The names of the documents and formats that can be exported, without the renderers: the
command line offers them as choices without loading reportlab, python-docx and openpyxl
(``services/export.py`` maps each document name to its builder)."""
from __future__ import annotations

# the dossier's documents, each with a builder in services/export.py (PDF and DOCX)
DOCUMENTS = ("to-trinh", "bao-cao", "bien-ban", "ke-hoach", "bao-cao-6-thang", "danh-muc")
FORMATS = ("pdf", "docx", "xlsx")
# what each format can hold
XLSX_DOCS = ("checklist", "danh-muc", "phan-cong", "hoi-dong")
BUNDLE = "ho-so-minh-chung"
ALL_DOCS = (*DOCUMENTS, "checklist", "phan-cong", "hoi-dong", BUNDLE)
