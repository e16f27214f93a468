"""Status icons drawn in code (coloured discs with a mark), so no image files are needed and
they stay sharp at 150 % scaling."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from plandesk.domain.dossier import Status

COLOURS = {
    Status.DAT: "#2e7d32",
    Status.KHONG_DAT: "#c62828",
    Status.DANG_THUC_HIEN: "#ef8f00",
    Status.CHUA_DANH_GIA: "#9e9e9e",
}


@cache
def status_icon(status: Status) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(COLOURS[status]))
        painter.setPen(Qt.PenStyle.NoPen)
        margin = size * 0.08
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        pen = QPen(QColor("white"), max(1.5, size / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        s = size
        if status is Status.DAT:
            path = QPainterPath(QPointF(s * .28, s * .52))
            path.lineTo(QPointF(s * .44, s * .68))
            path.lineTo(QPointF(s * .72, s * .34))
            painter.drawPath(path)
        elif status is Status.KHONG_DAT:
            painter.drawLine(QPointF(s * .34, s * .34), QPointF(s * .66, s * .66))
            painter.drawLine(QPointF(s * .66, s * .34), QPointF(s * .34, s * .66))
        elif status is Status.DANG_THUC_HIEN:
            painter.drawLine(QPointF(s * .5, s * .26), QPointF(s * .5, s * .52))
            painter.drawLine(QPointF(s * .5, s * .52), QPointF(s * .68, s * .62))
        else:
            painter.drawLine(QPointF(s * .32, s * .5), QPointF(s * .68, s * .5))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


_SUGGESTION_COLOURS = {"dat": "#2e7d32", "khong_dat": "#c62828", "thieu_so_lieu": "#b28900", "none": "#9e9e9e"}


@cache
def suggestion_icon(suggestion) -> QIcon:
    """The computed suggestion as a ring (the council's decision is a filled disc): a tick,
    a cross, or a question mark while values are missing; empty when people decide alone."""
    colour = QColor(_SUGGESTION_COLOURS.get(getattr(suggestion, "value", str(suggestion)), "#9e9e9e"))
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size
        width = max(1.5, s / 10)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        margin = s * 0.1
        painter.drawEllipse(QRectF(margin, margin, s - 2 * margin, s - 2 * margin))
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        value = getattr(suggestion, "value", str(suggestion))
        if value == "dat":
            path = QPainterPath(QPointF(s * .3, s * .52))
            path.lineTo(QPointF(s * .45, s * .66))
            path.lineTo(QPointF(s * .7, s * .36))
            painter.drawPath(path)
        elif value == "khong_dat":
            painter.drawLine(QPointF(s * .36, s * .36), QPointF(s * .64, s * .64))
            painter.drawLine(QPointF(s * .64, s * .36), QPointF(s * .36, s * .64))
        elif value == "thieu_so_lieu":
            font = painter.font()
            font.setPixelSize(int(s * .6))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, s, s), int(Qt.AlignmentFlag.AlignCenter), "?")
        painter.end()
        icon.addPixmap(pixmap)
    return icon
