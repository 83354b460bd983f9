"""How each kind of node looks: one table, shared by the HTML page, the legend and the PNG.

A node's `kind` is an actor type (`Person`, `Organization`, `Country`, `Group`), or `Actor` when the type is
unknown, or `Statement`, `Event`, `Place`. Shapes are vis-network's names; the legend shows the same shape as
a glyph, so the page explains itself without images.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    shape: str  # a vis-network shape whose label sits below it
    color: str
    glyph: str  # the shape as a character, for the legend
    marker: str  # the shape as a matplotlib marker, for the PNG
    label: str  # what the legend calls it


STYLES: dict[str, Style] = {
    "Person": Style("dot", "#4e79a7", "●", "o", "Person"),
    "Organization": Style("square", "#f28e2b", "■", "s", "Organization"),
    "Country": Style("diamond", "#59a14f", "◆", "D", "Country"),
    "Group": Style("hexagon", "#b07aa1", "⬢", "h", "Group"),
    "Actor": Style("dot", "#8c8c8c", "●", "o", "Actor (type unknown)"),
    "Statement": Style("triangle", "#e15759", "▲", "^", "Statement"),
    "Event": Style("star", "#edc948", "★", "*", "Event"),
    "Place": Style("triangleDown", "#76b7b2", "▼", "v", "Place"),
}

# Tableau's ten colours: distinct for the largest communities; the rest share a neutral grey.
COMMUNITY_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)
OTHER_COLOR = "#c8c8c8"


def style_of(kind: str) -> Style:
    """The style of `kind`; an unknown kind is drawn like an actor of unknown type rather than failing."""
    return STYLES.get(kind, STYLES["Actor"])
