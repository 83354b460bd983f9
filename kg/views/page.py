"""A networkx graph → one self-contained, safe, interactive HTML page.

The graph's contract: every node has `kind` (see `kg.views.style`) and `label`; nodes and edges may have
`tooltip` (plain text: the evidence) and edges `label`, `weight` and `directed` (False: drawn without an
arrow). Nothing else is read.

Self-contained: vis-network 9.1.2 and its CSS are inlined from pyvis's installed copy (pyvis's own
`cdn_resources` options all keep Bootstrap on a CDN), and a Content-Security-Policy (`default-src 'none'`)
forbids every request the page might still try. Safe: article text travels only inside a JSON block that Jinja
escapes (`<`, `>`, `&`, `'` become `\\u003c` …), the HTML around it is autoescaped, the page's script puts
text into the DOM as text, and the CSP lets only the two inline scripts with the hashes written here run: an
injected `<script>` could not run even if it reached the markup.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup

from kg.views import layout
from kg.views.style import COMMUNITY_COLORS, OTHER_COLOR, STYLES, style_of

MAX_NODES = 5000  # more than this are left out, least connected first, and the page says so
PHYSICS_LIMIT = 150  # up to this many nodes the browser refines the computed layout, then stops
EDGE_LABEL_LIMIT = 100  # more edges than this keep their labels in the tooltip only
NODE_LABEL_LIMIT = 200  # in a larger graph only this many best-connected nodes carry a visible label
_HERE = Path(__file__).resolve().parent
_VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"


class ViewError(ValueError):
    """A view or page that cannot be made as asked; the message says why in one line."""


@dataclass(frozen=True)
class PageSummary:
    """What a written page shows, for the caller's message and the tests."""

    path: Path
    nodes: int
    edges: int
    notes: tuple[str, ...]


def write_page(
    graph: nx.Graph,
    path: Path,
    *,
    title: str,
    color_by: str = "kind",
    notes: Sequence[str] = (),
    max_nodes: int = MAX_NODES,
) -> PageSummary:
    """Write `graph` as an interactive page; `color_by` is "kind" or "community" (shape always shows kind)."""
    if color_by not in ("kind", "community"):
        raise ViewError(f"unknown colouring {color_by!r}: use 'kind' or 'community'")
    shown, dropped = reduce_graph(graph, max_nodes)
    all_notes = (*notes, *([dropped] if dropped else []))
    payload, legend, legend_note = _payload(shown, color_by)
    html = _render(
        title=title,
        data=payload,
        legend=legend,
        legend_note=legend_note,
        notes=all_notes,
        node_count=shown.number_of_nodes(),
        edge_count=shown.number_of_edges(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return PageSummary(path, shown.number_of_nodes(), shown.number_of_edges(), tuple(all_notes))


def reduce_graph(graph: nx.Graph, max_nodes: int) -> tuple[nx.Graph, str | None]:
    """Keep the `max_nodes` best-connected nodes; say in one sentence what was left out."""
    if graph.number_of_nodes() <= max_nodes:
        return graph, None
    kept = graph.subgraph(_best_connected(graph, max_nodes)).copy()
    left_nodes = graph.number_of_nodes() - kept.number_of_nodes()
    left_edges = graph.number_of_edges() - kept.number_of_edges()
    return kept, (
        f"Showing the {max_nodes:,} best-connected of {graph.number_of_nodes():,} nodes: "
        f"{left_nodes:,} nodes and {left_edges:,} edges are left out. Filter or use an ego view to see them."
    )


def _payload(graph: nx.Graph, color_by: str) -> tuple[dict[str, Any], list[dict[str, str]], str]:
    """The vis-network data (nodes with positions, edges, options), the legend and a note on how to read it."""
    positions = layout.layout(graph)
    size = layout.sizes(graph)
    ids = node_ids(graph)
    if color_by == "community":
        groups = layout.communities(graph)
        color = {n: _community_color(groups[n]) for n in graph}
        count = max(groups.values(), default=-1) + 1
        which = (
            f"one of {count} communities (Louvain)" if count <= len(COMMUNITY_COLORS)
            else f"one of the 10 largest of {count} communities (Louvain; the rest are grey)"
        )
        note = f"Colour marks {which}; shape marks the type. Size grows with the number of links."
    else:
        color = {n: style_of(graph.nodes[n].get("kind", "")).color for n in graph}
        note = "Size grows with the number of links."
    labelled = _best_connected(graph, NODE_LABEL_LIMIT)
    nodes = [_vis_node(ids[n], graph.nodes[n], positions[n], size[n], color[n], n in labelled) for n in graph]
    edge_labels = graph.number_of_edges() <= EDGE_LABEL_LIMIT
    edges = [_vis_edge(ids[u], ids[v], d, edge_labels) for u, v, d in graph.edges(data=True)]
    data = {"nodes": nodes, "edges": edges, "options": _options(graph)}
    if len(labelled) < graph.number_of_nodes():
        note += f" Labels are drawn on the {len(labelled)} best-connected nodes; hover or search for others."
    return data, _legend(graph, color_by), note


def _best_connected(graph: nx.Graph, limit: int) -> set[Hashable]:
    ranked = sorted(graph.degree(), key=lambda item: (-item[1], str(item[0])))
    return {node for node, _ in ranked[:limit]}


def _community_color(rank: int) -> str:
    return COMMUNITY_COLORS[rank] if rank < len(COMMUNITY_COLORS) else OTHER_COLOR


def _vis_node(
    ident: int, attrs: dict[str, Any], position: tuple[float, float], size: float, color: str, labelled: bool
) -> dict[str, Any]:
    """A vis node; `name` is the label for search and details, `label` only what is drawn."""
    style = style_of(attrs.get("kind", ""))
    name = str(attrs.get("label", ""))
    return {
        "id": ident,
        "name": name,
        "label": name if labelled else "",
        "title": str(attrs.get("tooltip") or name),
        "shape": style.shape,
        "color": color,
        "size": size,
        "x": position[0],
        "y": position[1],
    }


def _vis_edge(source: int, target: int, attrs: dict[str, Any], with_label: bool) -> dict[str, Any]:
    weight = float(attrs.get("weight", 1) or 1)
    label = str(attrs.get("label", ""))
    edge: dict[str, Any] = {
        "from": source,
        "to": target,
        "title": str(attrs.get("tooltip") or label),
        "width": round(1 + 1.5 * (weight - 1) ** 0.5, 2),
    }
    if with_label and label:
        edge["label"] = label
    if attrs.get("directed") is False:  # actors who did something together: no arrow
        edge["arrows"] = {"to": {"enabled": False}}
    return edge


def _options(graph: nx.Graph) -> dict[str, Any]:
    """vis-network options: physics only to refine small graphs, then the page switches it off."""
    small = 0 < graph.number_of_nodes() <= PHYSICS_LIMIT
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "physics": {
            "enabled": small,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "springLength": 120, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 100, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not small},
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": graph.is_directed(), "scaleFactor": 0.5}},
            "color": {"color": "#9aa3ad", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 11, "align": "horizontal", "background": "rgba(255,255,255,0.8)"},
            "smooth": False,
        },
    }


def _legend(graph: nx.Graph, color_by: str) -> list[dict[str, str]]:
    present = {attrs.get("kind", "") for _, attrs in graph.nodes(data=True)}
    kinds = [k for k in STYLES if k in present] + sorted(present - STYLES.keys())
    entries = []
    for kind in kinds:
        style = style_of(kind)
        label = style.label if kind in STYLES else f"{kind} (drawn as actor)"
        color = "#555" if color_by == "community" else style.color
        entries.append({"glyph": style.glyph, "label": label, "color": color})
    return entries


def _render(**context: Any) -> str:
    vis_js, vis_css = _vis_assets()
    app_js = _asset(_HERE / "page.js", "script")
    hashes = [_sha256(vis_js), _sha256(app_js)]
    return _template().render(
        vis_js=Markup(vis_js), vis_css=Markup(vis_css), app_js=Markup(app_js), script_hashes=hashes, **context
    )


@cache
def _vis_assets() -> tuple[str, str]:
    return _asset(_VIS_DIR / "vis-network.min.js", "script"), _asset(_VIS_DIR / "vis-network.css", "style")


def _asset(path: Path, tag: str) -> str:
    """An installed file to inline; one that would close its own element early is refused, not mangled."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ViewError(f"cannot read {path} to inline it ({err.strerror or err}); reinstall pyvis") from err
    if f"</{tag}" in text.lower():
        raise ViewError(f"{path} contains '</{tag}' and cannot be inlined safely")
    return text


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_HERE), autoescape=True, undefined=jinja2.StrictUndefined
    )
    return env.get_template("page.html")


def node_ids(graph: nx.Graph) -> dict[Hashable, int]:
    """The page's numeric id of each node: its position in the graph's node order."""
    return {node: i for i, node in enumerate(graph)}
