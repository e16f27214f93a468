"""The names of the documents and formats that can be exported, without the renderers: the
command line offers them as choices without loading reportlab, python-docx and openpyxl
(``services/export.py`` maps each document name to its builder)."""
from __future__ import annotations

from plandesk.domain.history import DOCUMENT_LABELS

# the dossier's documents, each with a builder in services/export.py (PDF and DOCX)
DOCUMENTS = ("to-trinh", "bao-cao", "bien-ban", "ke-hoach", "bao-cao-6-thang", "danh-muc")
FORMATS = ("pdf", "docx", "xlsx")
# what each format can hold
XLSX_DOCS = ("checklist", "danh-muc", "phan-cong", "hoi-dong")
BUNDLE = "ho-so-minh-chung"   # also in DOCUMENT_LABELS
ALL_DOCS = (*DOCUMENTS, "checklist", "phan-cong", "hoi-dong", BUNDLE)
# the documents that are issued (given a number and a date) and then kept as issued
ISSUABLE = {"to-trinh": "to_trinh", "bao-cao": "bao_cao", "bien-ban": "bien_ban", "ke-hoach": "ke_hoach",
            "bao-cao-6-thang": "bao_cao_6_thang"}
LABELS = DOCUMENT_LABELS   # the documents in words (domain/history.py names them in the history too)
