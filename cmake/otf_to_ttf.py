"""Converts an OpenType font with CFF outlines to TrueType (glyf) outlines.

Dear ImGui rasterises fonts with stb_truetype, whose CFF path runs each glyph's
charstring program several times; with quadratic glyf outlines the web app's
font atlas is built markedly faster before the first frame (BENCHMARKS.md,
start-up). Cubic curves become quadratic ones within MAX_ERROR font units
(Inter has 2816 per em: at 68 px, 0.05 px). No hinting is added, and the
OpenType layout tables, which ImGui does not read, are dropped.

CFF has no composite glyphs: each accented letter carries its base letter's
outline again. TrueType does, and stb_truetype reads them, so an accented
letter whose outline is exactly its base letter's (moved) plus an accent
becomes two references, the accent a glyph of its own shared by every letter
that wears it (share_outlines).

Last, the font is scaled from Inter's 2816 units per em to UNITS_PER_EM: most
outline steps then fit a byte instead of two (4.6 KB less gzip for both faces).
Each point moves by at most half a unit, 0.07 px in a 34 px title at 2x. Built
by ImGui against the unscaled font, the glyphs differ by 1.3% of their ink at
16 px (no pixel by more than 9 of 255) and advances by 0.02 px (BENCHMARKS.md).

Usage: /usr/bin/python3 otf_to_ttf.py IN.otf OUT.ttf (Debian's fontTools).
"""
import sys
import unicodedata

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent, GlyphCoordinates

MAX_ERROR = 2.0
UNITS_PER_EM = 512
DOTLESS = {ord("i"): 0x0131, ord("j"): 0x0237}


def contours(glyph, glyf):
    """A glyph's outline as (points, on-curve bits) per contour, components resolved."""
    coords, ends, flags = glyph.getCoordinates(glyf)
    out, start = [], 0
    for end in ends:
        out.append((tuple((int(x), int(y)) for x, y in coords[start:end + 1]),
                    tuple(f & 1 for f in flags[start:end + 1])))
        start = end + 1
    return out


def moved(contour, dx, dy):
    return (tuple((x + dx, y + dy) for x, y in contour[0]), contour[1])


def split(whole, parts):
    """(dx, dy, the rest) if whole holds every contour of parts moved by one offset."""
    first = parts[0]
    for candidate in whole:
        if candidate[1] != first[1]:
            continue
        dx = candidate[0][0][0] - first[0][0][0]
        dy = candidate[0][0][1] - first[0][0][1]
        rest = list(whole)
        for part in parts:
            part = moved(part, dx, dy)
            if part not in rest:
                break
            rest.remove(part)
        else:
            if rest:
                return dx, dy, rest
    return None


def simple_glyph(outline):
    glyph = Glyph()
    glyph.numberOfContours = len(outline)
    glyph.coordinates = GlyphCoordinates([p for points, _ in outline for p in points])
    glyph.flags = bytearray(bit for _, bits in outline for bit in bits)
    glyph.endPtsOfContours, end = [], -1
    for points, _ in outline:
        end += len(points)
        glyph.endPtsOfContours.append(end)
    glyph.program = ttProgram.Program()
    glyph.program.fromBytecode(b"")
    return glyph


def component(name, x, y):
    c = GlyphComponent()
    c.glyphName, c.x, c.y, c.flags = name, x, y, 0
    return c


def share_outlines(font):
    """Accented letters as their base letter plus a shared accent, where that redraws
    them exactly (checked by resolving each composite again); others stay as they are."""
    glyf, hmtx, cmap = font["glyf"], font["hmtx"], font.getBestCmap()
    order = list(font.getGlyphOrder())
    accents = {}
    for code, name in sorted(cmap.items()):
        base_code = ord(unicodedata.normalize("NFD", chr(code))[0])
        if base_code == code or base_code not in cmap:
            continue
        whole, found = contours(glyf[name], glyf), None
        # ì and ĵ are drawn on the dotless letters.
        for base in (cmap[base_code], cmap.get(DOTLESS.get(base_code))):
            parts = contours(glyf[base], glyf) if base else None
            found = split(whole, parts) if parts and not glyf[base].isComposite() else None
            if found:
                break
        if not found:
            continue
        dx, dy, rest = found
        left = min(x for points, _ in rest for x, _ in points)
        bottom = min(y for points, _ in rest for _, y in points)
        key = tuple(moved(c, -left, -bottom) for c in rest)
        accent = accents.get(key)
        if accent is None:
            accent = accents[key] = f"accent{len(accents)}"
            glyf.glyphs[accent] = simple_glyph(key)
            hmtx.metrics[accent] = (0, 0)
            order.append(accent)
            font.setGlyphOrder(order)
            glyf.glyphOrder = order
        glyph = Glyph()
        glyph.numberOfContours = -1
        glyph.components = [component(base, dx, dy), component(accent, left, bottom)]
        original = glyf[name]
        glyf[name] = glyph
        if sorted(contours(glyph, glyf)) != sorted(whole):
            glyf[name] = original
    return len(accents)


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
    share_outlines(font)
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 0)
    maxp.maxComponentElements, maxp.maxComponentDepth = 2, 1
    maxp.maxZones = 1
    font["post"].formatType = 3.0  # No glyph names.
    font.sfntVersion = "\x00\x01\x00\x00"
    scale_upem(font, UNITS_PER_EM)
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: otf_to_ttf.py IN.otf OUT.ttf")
    convert(sys.argv[1], sys.argv[2])
