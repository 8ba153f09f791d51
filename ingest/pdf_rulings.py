"""Table rulings on a PDF page: which drawn lines are visible, and whether they form a grid.

In: pdfminer's path objects of one page (LTLine, LTRect, LTCurve). Out:
horizontal and vertical ruling segments that can be seen (stroked or filled
in a colour other than white), and whether they cross into a grid of at least
two rows and two columns -- the only thing pdfplumber's 'lines' table finder
can turn into a table that the parser keeps.

Why (issue 16): the table finder needs the page laid out a second time with
pdfminer's LTChars, which doubles the page's cost. Bills carry invisible
white lines and white-filled boxes on every page, and frames and underlines
that are not tables; laying those pages out again found nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from pdfminer.layout import LTCurve, LTRect

#: A line this thin (points) is a ruling; a thicker box gives four edges.
RULING_MAX_THICKNESS = 2.0
#: Shortest horizontal and vertical ruling that counts.
MIN_H_LENGTH, MIN_V_LENGTH = 10.0, 5.0
#: How far a ruling may stop short of another and still meet it (points;
#: pdfplumber's intersection tolerance).
CROSS_TOLERANCE = 3.0
#: Collinear pieces this far apart are one ruling: tables drawn as a thin box
#: per cell leave a gap of a few points at every crossing (afs-2011-19).
JOIN_TOLERANCE = 6.0
#: A kept table has at least two rows and two columns: three rulings each way
#: that each meet at least two of the other kind.
GRID_MIN_LINES = 3

_WHITE = {(1.0,), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0)}

Segment = tuple[float, float, float]  # (from, to, at): x0, x1, y for horizontal; top, bottom, x for vertical


def _white(color: object) -> bool:
    if isinstance(color, (int, float)):
        return float(color) == 1.0
    if isinstance(color, (tuple, list)) and all(isinstance(c, (int, float)) for c in color):
        values = tuple(float(c) for c in color)
        # A CMYK colour with no ink is white too (values[:3] of (0,0,0,0) is not (1,1,1)).
        return values in _WHITE
    return False  # a pattern or an unknown colour space: assume it shows


def visible(obj: LTCurve) -> bool:
    """Drawn in a colour that shows on a white page: stroked in non-white, or filled in non-white."""
    stroke = getattr(obj, "stroke", True)
    fill = getattr(obj, "fill", False)
    if stroke and not _white(getattr(obj, "stroking_color", None)):
        return True
    return bool(fill) and not _white(getattr(obj, "non_stroking_color", None))


def segments(objects: Iterable[object], height: float) -> tuple[list[Segment], list[Segment]]:
    """Visible horizontal and vertical rulings, in top-left coordinates."""
    horizontal: list[Segment] = []
    vertical: list[Segment] = []
    for obj in objects:
        if not isinstance(obj, LTCurve) or not visible(obj):
            continue
        x0, x1, top, bottom = obj.x0, obj.x1, height - obj.y1, height - obj.y0
        w, h = x1 - x0, bottom - top
        if h <= RULING_MAX_THICKNESS and w >= MIN_H_LENGTH:
            horizontal.append((x0, x1, (top + bottom) / 2))
        elif w <= RULING_MAX_THICKNESS and h >= MIN_V_LENGTH:
            vertical.append((top, bottom, (x0 + x1) / 2))
        elif w > RULING_MAX_THICKNESS and h > RULING_MAX_THICKNESS and isinstance(obj, LTRect):
            horizontal += [(x0, x1, top), (x0, x1, bottom)]
            vertical += [(top, bottom, x0), (top, bottom, x1)]
    return horizontal, vertical


def _merged(rulings: list[Segment]) -> list[Segment]:
    """Collinear rulings that meet or overlap made one (a table drawn as one box per cell)."""
    by_line: dict[int, list[tuple[float, float]]] = {}
    for a, b, at in rulings:
        by_line.setdefault(round(at), []).append((a, b))
    out: list[Segment] = []
    for at, spans in by_line.items():
        spans.sort()
        start, end = spans[0]
        for a, b in spans[1:]:
            if a <= end + JOIN_TOLERANCE:
                end = max(end, b)
            else:
                out.append((start, end, float(at)))
                start, end = a, b
        out.append((start, end, float(at)))
    return out


def forms_grid(horizontal: list[Segment], vertical: list[Segment]) -> bool:
    """Whether GRID_MIN_LINES horizontal rulings each meet GRID_MIN_LINES
    vertical ones and as many vertical ones each meet GRID_MIN_LINES
    horizontal ones: a grid of at least two rows and two columns. A strip of
    boxes, a frame, or an underline does not."""
    if len(horizontal) < GRID_MIN_LINES or len(vertical) < GRID_MIN_LINES:
        return False
    horizontal, vertical = _merged(horizontal), _merged(vertical)
    t = CROSS_TOLERANCE
    meets = {
        (i, j)
        for i, (hx0, hx1, y) in enumerate(horizontal)
        for j, (vy0, vy1, x) in enumerate(vertical)
        if hx0 - t <= x <= hx1 + t and vy0 - t <= y <= vy1 + t
    }
    rows: dict[int, int] = {}
    cols: dict[int, int] = {}
    for i, j in meets:
        rows[i] = rows.get(i, 0) + 1
        cols[j] = cols.get(j, 0) + 1
    full_rows = sum(1 for n in rows.values() if n >= GRID_MIN_LINES)
    full_cols = sum(1 for n in cols.values() if n >= GRID_MIN_LINES)
    return full_rows >= GRID_MIN_LINES and full_cols >= GRID_MIN_LINES
