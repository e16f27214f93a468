"""Status icons drawn in code (coloured discs with a mark), so no image files are needed and
they stay sharp at 150 % scaling."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from plandesk.domain.dossier import Status

COLOURS = {
    Status.DAT: "#2e7d32",
    Status.KHONG_DAT: "#c62828",
    Status.DANG_THUC_HIEN: "#ef8f00",
    Status.CHUA_DANH_GIA: "#9e9e9e",
}


@lru_cache(maxsize=None)
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
