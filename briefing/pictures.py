"""Pictures as static SVG, drawn at build time: no script is needed to see them.

Pure functions from plain data (labels, counts, links) to one ``<figure>`` of HTML each, meant for a raw
HTML block of a generated Markdown page. No MkDocs import.

* Every corpus string is escaped (:mod:`briefing.escape`); labels longer than fits are shortened, the full
  text stays in the element's ``<title>`` (a tooltip, and what a screen reader reads).
* Colours come from CSS (``briefing.css``): ``currentColor`` and Material's variables, so a picture follows the
  light or dark palette. The ``fill``/``stroke`` attributes written here are the fallback without that CSS.
* Layouts are fixed (circles, rows, an axis), and every number is printed with a fixed precision, so the same
  data gives byte-identical SVG.
* Each figure is bounded (the callers pass the top N); the text alternative is the ``<title>``/``<desc>`` of
  the SVG, its caption, and the table the page prints under it with everything, the rest included.
* The figure carries ``data-search-exclude``: the labels are in the page's text already, and searching them
  twice only makes the search index bigger.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from markupsafe import Markup

from briefing.escape import attribute, html_text

FONT = 12
# Label room at each side of the network circle.
LABEL_WIDTH = 150
LABEL_CHARS = 24
STANCE_ORDER = ("support", "mixed", "oppose", "neutral")
STANCE_SYMBOLS = {"support": "▲", "oppose": "▼", "mixed": "◆", "neutral": "●"}
STANCE_WORDS = {"support": "support", "oppose": "oppose", "mixed": "mixed", "neutral": "neutral"}


@dataclass(frozen=True)
class Node:
    """One thing drawn and linked: an actor, an article, an issue."""

    id: str
    label: str
    weight: int = 1
    href: str | None = None
    note: str = ""  # more words for the tooltip ("26 mentions")


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    weight: int


@dataclass
class _Svg:
    """The parts of one figure; :meth:`figure` joins them."""

    key: str  # the figure's id, unique on its page (render uses a "picture-" prefix no heading id has)
    width: int
    height: int
    title: str
    desc: str
    parts: list[str] = field(default_factory=list)

    def add(self, part: str) -> None:
        self.parts.append(part)

    def figure(self, caption: str, css_class: str) -> Markup:
        title_id, desc_id = f"{self.key}-title", f"{self.key}-desc"
        svg = (
            f'<svg class="briefing-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width} {self.height}" '
            f'width="{self.width}" height="{self.height}" font-size="{FONT}" aria-labelledby="{title_id}" '
            f'aria-describedby="{desc_id}">'
            f'<title id="{title_id}">{html_text(self.title)}</title><desc id="{desc_id}">{html_text(self.desc)}</desc>'
            + "".join(self.parts)
            + "</svg>"
        )
        # One line: a raw HTML block of Markdown ends at a blank line.
        return Markup(
            f'<figure class="briefing-figure {attribute(css_class)}" id="{attribute(self.key)}" data-search-exclude>'
            f"{svg}<figcaption>{html_text(caption)}</figcaption></figure>"
        )


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def shorten(label: str, limit: int = LABEL_CHARS) -> str:
    """A label that fits: the whole of it, or its start and an ellipsis."""
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _text(x: float, y: float, label: str, *, anchor: str = "start", css: str = "briefing-label", limit: int = LABEL_CHARS,
          weight: str | None = None) -> str:
    bold = f' font-weight="{weight}"' if weight else ""
    return (
        f'<text class="{css}" x="{_number(x)}" y="{_number(y)}" text-anchor="{anchor}" fill="currentColor"{bold}>'
        f"{html_text(shorten(label, limit))}</text>"
    )


def _linked(node_href: str | None, tooltip: str, body: str) -> str:
    inner = f"<title>{html_text(tooltip)}</title>{body}"
    if node_href:
        return f'<a class="briefing-link" href="{attribute(node_href)}">{inner}</a>'
    return f"<g>{inner}</g>"


def _tooltip(node: Node) -> str:
    return f"{node.label} ({node.note})" if node.note else node.label


# ---------------------------------------------------------------------------------------------- networks


def network(nodes: list[Node], edges: list[Edge], *, key: str, title: str, desc: str, caption: str,
            center: str | None = None) -> Markup:
    """Who appears with whom: nodes on a circle (biggest first, clockwise from the top), edges as lines whose
    width grows with their weight. With ``center``, that node sits in the middle (an ego network)."""
    ring = [n for n in nodes if n.id != center]
    middle = next((n for n in nodes if n.id == center), None)
    radius = 70 + 9 * len(ring) if ring else 0
    radius = min(max(radius, 90), 190)
    width = 2 * (radius + LABEL_WIDTH + 20)
    height = 2 * (radius + 40)
    cx, cy = width / 2, height / 2
    positions: dict[str, tuple[float, float, float]] = {}
    for i, node in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * i / len(ring)
        positions[node.id] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    if middle is not None:
        positions[middle.id] = (cx, cy, 0.0)
    drawn = {n.id for n in nodes}
    top_edge = max((e.weight for e in edges if e.a in drawn and e.b in drawn), default=1)
    top_node = max((n.weight for n in nodes), default=1) or 1
    names = {n.id: n.label for n in nodes}
    svg = _Svg(key, round(width), round(height), title, desc)
    svg.add('<g class="briefing-edges">')
    for edge in edges:
        if edge.a not in positions or edge.b not in positions:
            continue
        (x1, y1, _), (x2, y2, _) = positions[edge.a], positions[edge.b]
        stroke = 1 + 5 * edge.weight / top_edge
        count = f"{edge.weight} shared paragraph{'' if edge.weight == 1 else 's'}"
        svg.add(
            f'<line class="briefing-edge" x1="{_number(x1)}" y1="{_number(y1)}" x2="{_number(x2)}" y2="{_number(y2)}" '
            f'stroke="currentColor" stroke-opacity="0.35" stroke-width="{_number(stroke)}">'
            f"<title>{html_text(names[edge.a])} and {html_text(names[edge.b])}: {count}</title></line>"
        )
    svg.add("</g>")
    for node in ([middle] if middle is not None else []) + ring:
        x, y, angle = positions[node.id]
        r = 4 + 10 * math.sqrt(node.weight / top_node)
        css = "briefing-node briefing-node--center" if node.id == center else "briefing-node"
        shape = f'<circle class="{css}" cx="{_number(x)}" cy="{_number(y)}" r="{_number(r)}" fill="currentColor"/>'
        if node.id == center:
            label = _text(x, y + r + FONT + 2, node.label, anchor="middle", weight="bold")
        else:
            dx, dy = math.cos(angle), math.sin(angle)
            anchor = "middle" if abs(dx) < 0.3 else ("start" if dx > 0 else "end")
            lx = x + dx * (r + 4)
            ly = y + dy * (r + 4) + (FONT / 3 if abs(dx) >= 0.3 else (FONT if dy > 0 else -4))
            label = _text(lx, ly, node.label, anchor=anchor)
        svg.add(_linked(node.href, _tooltip(node), shape + label))
    return svg.figure(caption, "briefing-network")


# ---------------------------------------------------------------------------------------------- sides


def sides_overview(rows: list[tuple[Node, dict[str, int]]], *, key: str, title: str, desc: str, caption: str) -> Markup:
    """One bar per issue, cut into supporters, mixed views and opponents, with the counts written on it."""
    label_width, bar_width, row = 230, 380, 30
    width = label_width + bar_width + 20
    height = 30 + row * len(rows)
    top = max((sum(counts.get(s, 0) for s in STANCE_ORDER) for _, counts in rows), default=1) or 1
    svg = _Svg(key, width, height, title, desc)
    svg.add(_legend(label_width, 14))
    for i, (issue, counts) in enumerate(rows):
        y = 26 + i * row
        parts = [_text(label_width - 8, y + 15, issue.label, anchor="end", limit=32)]
        x = float(label_width)
        for stance in STANCE_ORDER:
            count = counts.get(stance, 0)
            if not count:
                continue
            w = bar_width * count / top
            parts.append(
                f'<rect class="briefing-bar briefing-bar--{stance}" x="{_number(x)}" y="{y + 2}" width="{_number(w)}" '
                f'height="{row - 8}" fill="currentColor" fill-opacity="0.5"><title>{count} {STANCE_WORDS[stance]}</title></rect>'
            )
            parts.append(_text(x + 4, y + 16, f"{STANCE_SYMBOLS[stance]} {count}", css="briefing-count"))
            x += w
        total = sum(counts.get(s, 0) for s in STANCE_ORDER)
        tooltip = f"{issue.label}: " + ", ".join(
            f"{counts[s]} {STANCE_WORDS[s]}" for s in STANCE_ORDER if counts.get(s)
        ) + f" ({total} actors)"
        svg.add(_linked(issue.href, tooltip, "".join(parts)))
    return svg.figure(caption, "briefing-sides-overview")


def _legend(x: float, y: float) -> str:
    parts = []
    for stance in STANCE_ORDER:
        parts.append(
            f'<rect class="briefing-bar briefing-bar--{stance}" x="{_number(x)}" y="{_number(y - 9)}" width="10" height="10" '
            f'fill="currentColor" fill-opacity="0.5"/>'
        )
        parts.append(_text(x + 14, y, f"{STANCE_SYMBOLS[stance]} {STANCE_WORDS[stance]}", css="briefing-count"))
        x += 90
    return "".join(parts)


def sides(columns: list[tuple[str, list[Node], int]], *, key: str, title: str, desc: str, caption: str) -> Markup:
    """The sides of one issue: a column per stance (supporters, mixed, opponents) headed by its count, the
    actors in it as linked names; ``columns`` holds (stance, the actors shown, how many there are in all)."""
    column_width, row = 200, 24
    shown = max((len(actors) for _, actors, _ in columns), default=0)
    more = any(total > len(actors) for _, actors, total in columns)
    width = column_width * max(len(columns), 1)
    height = 40 + row * (shown + (1 if more else 0)) + 6
    svg = _Svg(key, width, height, title, desc)
    for c, (stance, actors, total) in enumerate(columns):
        x = c * column_width + 8
        svg.add(
            f'<rect class="briefing-bar briefing-bar--{stance}" x="{x - 4}" y="4" width="{column_width - 8}" height="26" '
            f'fill="currentColor" fill-opacity="0.5"/>'
        )
        svg.add(_text(x + 4, 22, f"{STANCE_SYMBOLS[stance]} {total} {STANCE_WORDS[stance]}", weight="bold", css="briefing-count"))
        for i, actor in enumerate(actors):
            y = 52 + i * row
            body = (
                f'<circle class="briefing-dot briefing-dot--{stance}" cx="{x + 4}" cy="{y - 4}" r="4" fill="currentColor"/>'
                + _text(x + 14, y, actor.label, limit=26)
            )
            svg.add(_linked(actor.href, _tooltip(actor), body))
        if total > len(actors):
            svg.add(_text(x + 14, 52 + len(actors) * row, f"and {total - len(actors)} more below", css="briefing-more"))
    return svg.figure(caption, "briefing-sides")


# ---------------------------------------------------------------------------------------------- timeline


def timeline(points: list[tuple[str, Node]], *, key: str, title: str, desc: str, caption: str) -> Markup:
    """Articles on a date axis (``points``: ISO date, article node with its statement count as weight); the
    articles of one day stack up; a bigger dot carries more dated statements."""
    from datetime import date

    days = sorted({d for d, _ in points})
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = max((last - first).days, 1)
    left, right, axis_y = 60, 640, 0
    stacks: dict[str, int] = {}
    for d, _ in points:
        stacks[d] = stacks.get(d, 0) + 1
    tallest = max(stacks.values())
    step = 26
    axis_y = 30 + step * tallest
    width, height = right + 60, axis_y + 46
    top = max((n.weight for _, n in points), default=1) or 1
    svg = _Svg(key, width, height, title, desc)

    def x_of(day: str) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (date.fromisoformat(day) - first).days / span

    svg.add(f'<line class="briefing-axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="currentColor"/>')
    ticks = [days[0]] if first == last else _ticks(first, last)
    for day in ticks:
        x = x_of(day)
        svg.add(f'<line class="briefing-axis" x1="{_number(x)}" y1="{axis_y}" x2="{_number(x)}" y2="{axis_y + 5}" stroke="currentColor"/>')
        svg.add(_text(x, axis_y + 20, day, anchor="middle", css="briefing-tick"))
    placed: dict[str, int] = {}
    for day, node in sorted(points, key=lambda p: (p[0], -p[1].weight, p[1].label, p[1].id)):
        level = placed.get(day, 0)
        placed[day] = level + 1
        x, y = x_of(day), axis_y - 14 - level * step
        r = 4 + 7 * math.sqrt(node.weight / top) if node.weight else 4
        body = f'<circle class="briefing-node" cx="{_number(x)}" cy="{_number(y)}" r="{_number(r)}" fill="currentColor"/>'
        svg.add(_linked(node.href, f"{day}: {_tooltip(node)}", body))
    return svg.figure(caption, "briefing-timeline")


def _ticks(first, last, count: int = 5) -> list[str]:
    from datetime import timedelta

    span = (last - first).days
    days = {first + timedelta(days=round(span * i / (count - 1))) for i in range(count)} if span >= count else {first, last}
    return sorted(d.isoformat() for d in days)


# ---------------------------------------------------------------------------------------------- bars


def grouped_bars(groups: list[tuple[str, list[Node]]], *, key: str, title: str, desc: str, caption: str) -> Markup:
    """Groups of labelled bars (a publisher and the actors it quotes most, with the counts)."""
    label_width, bar_width, row = 210, 300, 20
    rows = sum(1 + len(items) for _, items in groups)
    width, height = label_width + bar_width + 60, 10 + row * rows + 6 * len(groups)
    top = max((n.weight for _, items in groups for n in items), default=1) or 1
    svg = _Svg(key, width, height, title, desc)
    y = 10.0
    for group, items in groups:
        svg.add(_text(4, y + 13, group, weight="bold", limit=60))
        y += row
        for node in items:
            w = bar_width * node.weight / top
            body = (
                _text(label_width - 8, y + 13, node.label, anchor="end", limit=28)
                + f'<rect class="briefing-bar" x="{label_width}" y="{_number(y + 3)}" width="{_number(w)}" height="{row - 6}" '
                f'fill="currentColor" fill-opacity="0.5"/>'
                + _text(label_width + w + 4, y + 13, str(node.weight), css="briefing-count")
            )
            svg.add(_linked(node.href, f"{group}: {_tooltip(node)}", body))
            y += row
        y += 6
    return svg.figure(caption, "briefing-bars")
