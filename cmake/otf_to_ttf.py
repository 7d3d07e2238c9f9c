"""Converts an OpenType font with CFF outlines to TrueType (glyf) outlines.

Dear ImGui rasterises fonts with stb_truetype, whose CFF path runs each glyph's
charstring program several times; with quadratic glyf outlines the web app's
font atlas is built markedly faster before the first frame (BENCHMARKS.md,
start-up). Cubic curves become quadratic ones within MAX_ERROR font units
(Inter has 2816 per em: at 68 px, 0.05 px). No hinting is added, and the
OpenType layout tables, which ImGui does not read, are dropped.

Usage: /usr/bin/python3 otf_to_ttf.py IN.otf OUT.ttf (Debian's fontTools).
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 2.0


def convert(source, target):
    font = TTFont(source)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF contours run counter-clockwise, TrueType's clockwise.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for table in ("CFF ", "VORG", "GDEF", "GPOS", "GSUB"):
        if table in font:
            del font[table]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0  # No glyph names.
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: otf_to_ttf.py IN.otf OUT.ttf")
    convert(sys.argv[1], sys.argv[2])
