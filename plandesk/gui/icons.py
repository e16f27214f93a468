"""Status icons drawn in code (coloured discs with a mark), so no image files are needed and
they stay sharp at 150 % scaling."""
from __future__ import annotations

from collections.abc import Callable
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


def _drawn(draw: Callable[[QPainter, int], None]) -> QIcon:
    """An icon drawn at 16, 24 and 32 pixels by ``draw(painter, size)`` on a clear square."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def status_icon(status: Status) -> QIcon:
    def draw(painter: QPainter, s: int) -> None:
        painter.setBrush(QColor(COLOURS[status]))
        painter.setPen(Qt.PenStyle.NoPen)
        margin = s * 0.08
        painter.drawEllipse(QRectF(margin, margin, s - 2 * margin, s - 2 * margin))
        pen = QPen(QColor("white"), max(1.5, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
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

    return _drawn(draw)


_SUGGESTION_COLOURS = {"dat": "#2e7d32", "khong_dat": "#c62828", "thieu_so_lieu": "#b28900", "none": "#9e9e9e"}


@cache
def suggestion_icon(suggestion) -> QIcon:
    """The computed suggestion as a ring (the council's decision is a filled disc): a tick,
    a cross, or a question mark while values are missing; empty when people decide alone."""
    value = getattr(suggestion, "value", str(suggestion))
    colour = QColor(_SUGGESTION_COLOURS.get(value, "#9e9e9e"))

    def draw(painter: QPainter, s: int) -> None:
        width = max(1.5, s / 10)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        margin = s * 0.1
        painter.drawEllipse(QRectF(margin, margin, s - 2 * margin, s - 2 * margin))
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
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

    return _drawn(draw)
