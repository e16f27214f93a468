"""Every format number of the printed documents, in one place, taken from
shared/format-nd30.md (Nghị định 30/2020/NĐ-CP, Phụ lục I). Both renderers read only these
values; change a rule here and the PDF and the DOCX change together.

Lengths are in millimetres, font sizes in points."""
from __future__ import annotations

# -- page ------------------------------------------------------------------------------------
PAGE_WIDTH_MM = 210.0           # A4 portrait
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 20.0            # PlanDesk default inside 20–25
MARGIN_BOTTOM_MM = 20.0         # 20–25
MARGIN_LEFT_MM = 30.0           # 30–35 (binding side)
MARGIN_RIGHT_MM = 15.0          # 15–20
# Landscape pages (a wide table: the bảng phân công) keep the same margins on the same sides.

PAGE_NUMBER_SIZE = 13           # 13–14 pt, upright, centred in the top margin, not on page 1
PAGE_NUMBER_FROM_TOP_MM = 10.0  # baseline distance from the top edge of the paper

# Word's header distance (top of page to the header paragraph), so the number sits in the margin.
DOCX_HEADER_DISTANCE_MM = 7.0

# -- fonts -----------------------------------------------------------------------------------
DOCX_FONT = "Times New Roman"   # the DOCX names it; the PDF embeds the bundled Liberation Serif

# -- header block (two columns on page 1) -------------------------------------------------------
HEADER_LEFT_WIDTH_MM = 72.0     # issuing body column
# the right column (quốc hiệu, tiêu ngữ, place and date) takes the rest of the text width
PARENT_BODY_SIZE = 12           # cơ quan chủ quản: UPPER, upright
ISSUING_BODY_SIZE = 12          # tên cơ quan ban hành: UPPER, bold, short rule under it
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_TITLE_SIZE = 12        # UPPER, bold
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MOTTO_SIZE = 13                 # bold, a drawn rule under it as long as the text
NUMBER_SIZE = 13                # "Số: 12/TTr-HĐ", upright
PLACE_DATE_SIZE = 13            # italic
ISSUER_RULE_FRACTION = 0.40     # rule under the issuing body: 1/3–1/2 of its text width
RULE_THICKNESS_PT = 0.6
BLANK_NUMBER = "      "         # "Số:      /TTr-HĐ" when the records office fills it in
BLANK_DATE = "     /     /"     # "ngày      /      /2024" in a citation whose date is still blank

# -- title, body ------------------------------------------------------------------------------
TITLE_SIZE = 14                 # tên loại: UPPER, bold, centred
SUBJECT_SIZE = 14               # trích yếu: bold, centred, short rule under it
SUBJECT_RULE_FRACTION = 0.40    # rule under the trích yếu: 1/3–1/2 of its longest line
SUBJECT_MAX_WIDTH_MM = 150.0    # a trích yếu longer than this is cut into balanced lines
BODY_SIZE = 14                  # body, căn cứ (italic), headings (bold)
FIRST_LINE_INDENT_MM = 12.7     # 1–1.27 cm (unconfirmed)
SPACE_AFTER_PT = 6              # at least 6 pt between paragraphs
LINE_SPACING = 1.15             # between single and 1.5 lines (tables: single)
# One "single" line of Times New Roman / Liberation Serif is 1.149 em (ascent + descent + gap):
# the PDF uses it so that its lines, and so its pages, fall as Word's do.
FONT_LINE_HEIGHT_EM = 1.149

# -- tables -----------------------------------------------------------------------------------
TABLE_SIZE = 12
TABLE_SMALL_SIZE = 11           # wide annexes
TABLE_CELL_PADDING_PT = 3
TABLE_BORDER_PT = 0.5
# A table row never splits across pages, so a cell's text is cut into rows of at most this
# many lines (estimated from the column width) — a row taller than a page cannot be laid out.
TABLE_MAX_LINES_PER_ROW = 22
AVERAGE_CHAR_WIDTH_EM = 0.47    # Times at text sizes, Vietnamese text; for the estimate above

# -- signature and recipients -------------------------------------------------------------------
SIGNATURE_SIZE = 14             # authority, position: UPPER bold; name: bold
SIGNATURE_SPACE_MM = 25.0       # room for the signature and the seal
RECIPIENTS_TITLE = "Nơi nhận:"
RECIPIENTS_TITLE_SIZE = 12      # bold italic
RECIPIENTS_SIZE = 11            # upright, "- …;" per line, last "- Lưu: VT, …."
SIGNATURE_LEFT_WIDTH_MM = 75.0  # recipients (or the second signer of a biên bản)

# -- numbering: the symbol of each document type ------------------------------------------------
TYPE_ABBREVIATIONS = {
    "to_trinh": "TTr",
    "bao_cao": "BC",
    "bien_ban": "BB",
    "ke_hoach": "KH",
    "bao_cao_6_thang": "BC",
}
DEFAULT_BODY_ABBREVIATION = "HĐ"  # Hội đồng bảo vệ ANTT xã: "12/TTr-HĐ"
DEFAULT_DRAFTING_UNIT = "CAX"     # Công an xã drafts the council's documents: "- Lưu: VT, CAX."


def text_width_mm(landscape: bool = False) -> float:
    width = PAGE_HEIGHT_MM if landscape else PAGE_WIDTH_MM
    return width - MARGIN_LEFT_MM - MARGIN_RIGHT_MM


def chars_per_line(width_mm: float, size_pt: float) -> int:
    """A cautious estimate of how many characters fit on one line of a column."""
    usable = width_mm - 2 * TABLE_CELL_PADDING_PT * 0.3528
    return max(4, int(usable / (size_pt * 0.3528 * AVERAGE_CHAR_WIDTH_EM) * 0.9))
