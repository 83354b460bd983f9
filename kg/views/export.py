"""The actor network for the tools people already use: GraphML and GEXF (Gephi, yEd, Cytoscape) and a PNG.

GraphML and GEXF carry every node and edge attribute (kind, label, tooltip, weight) plus the layout's
position, so Gephi opens the file looking like the page. The PNG is matplotlib's: colour by community, shape
by kind, labels on the best-connected actors.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure  # not pyplot: no global state, no display needed
from matplotlib.lines import Line2D

from kg.views import layout
from kg.views.page import ViewError
from kg.views.style import COMMUNITY_COLORS, OTHER_COLOR, STYLES, style_of

SUFFIXES = (".graphml", ".gexf", ".png")
PNG_LABELS = 40  # the best-connected actors named in the PNG


def write_network(graph: nx.DiGraph, path: Path, *, title: str = "Actor network") -> Path:
    """Write `graph` in the format its suffix names (.graphml, .gexf or .png)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ViewError(f"{path}: unknown network file type; use one of {', '.join(SUFFIXES)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        _write_png(graph, path, title)
        return path
    positioned = _with_positions(graph)
    if suffix == ".graphml":
        nx.write_graphml(positioned, path)
    else:
        nx.write_gexf(positioned, path)
    return path


def _with_positions(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with `x`, `y` and a `community` number on every node; attributes that are None are dropped."""
    copy = nx.DiGraph()
    positions = layout.layout(graph)
    groups = layout.communities(graph)
    for node, attrs in graph.nodes(data=True):
        x, y = positions[node]
        kept = {k: v for k, v in attrs.items() if v is not None}
        copy.add_node(node, **kept, x=x, y=y, community=groups[node])
    for u, v, attrs in graph.edges(data=True):
        copy.add_edge(u, v, **{k: val for k, val in attrs.items() if val is not None})
    return copy


def _write_png(graph: nx.DiGraph, path: Path, title: str) -> None:
    positions = {n: (x, -y) for n, (x, y) in layout.layout(graph).items()}  # screen y grows downwards
    groups = layout.communities(graph)
    size = layout.sizes(graph, smallest=4, largest=18)
    figure = Figure(figsize=(16, 12), dpi=100)
    axes = figure.subplots()
    axes.set_title(f"{_plain(title)}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} links")
    axes.axis("off")
    widths = [0.5 + min(float(d.get("weight", 1)), 8) * 0.4 for *_, d in graph.edges(data=True)]
    arrows = [8 if d.get("directed", True) else 1 for *_, d in graph.edges(data=True)]
    nx.draw_networkx_edges(graph, positions, ax=axes, width=widths, edge_color="#9aa3ad", arrowsize=arrows)
    for kind in {d.get("kind", "") for _, d in graph.nodes(data=True)}:
        nodes = [n for n, d in graph.nodes(data=True) if d.get("kind", "") == kind]
        nx.draw_networkx_nodes(
            graph, positions, nodelist=nodes, ax=axes, node_shape=style_of(kind).marker,
            node_size=[size[n] ** 2 for n in nodes], linewidths=0.5, edgecolors="#333333",
            node_color=[COMMUNITY_COLORS[groups[n]] if groups[n] < len(COMMUNITY_COLORS) else OTHER_COLOR
                        for n in nodes],
        )
    ranked = sorted(graph.degree(), key=lambda item: (-item[1], str(item[0])))[:PNG_LABELS]
    labels = {n: _plain(graph.nodes[n].get("label", "")) for n, _ in ranked}
    nx.draw_networkx_labels(graph, positions, labels=labels, ax=axes, font_size=8)
    axes.legend(handles=_legend(graph), loc="lower right", fontsize=8, title="Shape: kind; colour: community")
    figure.savefig(path, bbox_inches="tight")


def _plain(text: str) -> str:
    """Text as matplotlib should print it: a `$` would otherwise start a formula (and may fail to parse)."""
    return text.replace("$", r"\$")


def _legend(graph: nx.DiGraph) -> list[Line2D]:
    present = {d.get("kind", "") for _, d in graph.nodes(data=True)}
    return [
        Line2D([], [], linestyle="", marker=style.marker, color="#777777", label=style.label)
        for kind, style in STYLES.items() if kind in present
    ]
