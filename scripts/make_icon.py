"""Draw the application icon (resources/icons/plandesk.png and .ico) with Pillow.

    python scripts/make_icon.py"""
import math
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int = 512) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    r = size // 8
    d.rounded_rectangle((size * .04, size * .04, size * .96, size * .96), radius=r, fill=(176, 28, 34, 255))
    # a document sheet
    d.rounded_rectangle((size * .24, size * .16, size * .76, size * .86), radius=size // 24, fill=(255, 255, 255, 255))
    for i in range(4):
        y = size * (.50 + i * .08)
        d.line((size * .32, y, size * .68, y), fill=(150, 150, 150, 255), width=max(2, size // 64))
    # the yellow star
    cx, cy, outer, inner = size * .5, size * .33, size * .13, size * .055
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    d.polygon(points, fill=(255, 205, 0, 255))
    return img


def main() -> None:
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(out / "plandesk.png")
    image.save(out / "plandesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
