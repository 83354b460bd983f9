"""Positions, sizes and communities, computed in Python before the page is written.

A browser that lays out 5,000 nodes with physics takes minutes; a layout computed here makes the page still as
soon as it is drawn. networkx's own force layouts are too slow at that size (spring_layout about a minute,
forceatlas2 two), so each connected component is laid out by igraph's grid Fruchterman-Reingold (about 1 s for
5,000 nodes) and the components are packed in rows, largest first, as Graphviz's `pack` does. Isolated nodes
and pairs need no force layout at all.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import networkx as nx

Position = tuple[float, float]
SPACING = 120.0  # pixels between neighbouring nodes, roughly
_GAP = 2.0 * SPACING  # between packed components


@dataclass(frozen=True)
class _Block:
    """One component's positions, shifted so that its box starts at (0, 0)."""

    positions: dict[Hashable, Position]
    width: float
    height: float


def layout(graph: nx.Graph, *, seed: int = 0) -> dict[Hashable, Position]:
    """Pixel positions for every node: components laid out apart and packed into a roughly square area."""
    undirected = nx.Graph(graph)  # parallel edges and directions do not matter here
    components = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(map(str, c))))
    rng = random.Random(seed)
    blocks = [_block(undirected.subgraph(c), rng) for c in components]
    return _pack(blocks)


def _block(component: nx.Graph, rng: random.Random) -> _Block:
    nodes = sorted(component, key=str)
    if len(nodes) <= 2:
        return _normalise({node: (i * SPACING, 0.0) for i, node in enumerate(nodes)})
    import igraph  # here, not at the top: importing it pulls in matplotlib's pyplot (a second)

    index = {node: i for i, node in enumerate(nodes)}
    graph = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in component.edges()])
    spread = math.sqrt(len(nodes))  # igraph's grid expects unit spacing: a cramped start makes it quadratic
    start = [(rng.uniform(-spread, spread), rng.uniform(-spread, spread)) for _ in nodes]
    coords = graph.layout_fruchterman_reingold(seed=start, grid="auto").coords
    return _normalise(_scaled(dict(zip(nodes, coords, strict=True)), component))


def _scaled(positions: dict[Hashable, Sequence[float]], component: nx.Graph) -> dict[Hashable, Position]:
    """Scale so that the median edge is SPACING long: readable whatever the layout's own units are."""
    lengths = sorted(math.dist(positions[u], positions[v]) for u, v in component.edges())
    median = lengths[len(lengths) // 2] or 1.0
    factor = SPACING / median
    return {node: (x * factor, y * factor) for node, (x, y) in positions.items()}


def _normalise(positions: dict[Hashable, Position]) -> _Block:
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    left, top = min(xs), min(ys)
    moved = {node: (x - left, y - top) for node, (x, y) in positions.items()}
    return _Block(moved, max(xs) - left, max(ys) - top)


def _pack(blocks: list[_Block]) -> dict[Hashable, Position]:
    """Shelf packing: rows no wider than the square root of the total area (or the widest block)."""
    area = sum((b.width + _GAP) * (b.height + _GAP) for b in blocks)
    row_width = max([math.sqrt(area), *(b.width for b in blocks)])
    positions: dict[Hashable, Position] = {}
    x = y = row_height = 0.0
    for block in blocks:
        if x > 0 and x + block.width > row_width:
            x, y, row_height = 0.0, y + row_height + _GAP, 0.0
        positions.update({n: (round(x + bx, 1), round(y + by, 1)) for n, (bx, by) in block.positions.items()})
        x += block.width + _GAP
        row_height = max(row_height, block.height)
    return positions


def communities(graph: nx.Graph, *, seed: int = 0) -> dict[Hashable, int]:
    """Louvain communities numbered by size (0 = largest); weights count, directions do not."""
    undirected = nx.Graph()
    undirected.add_nodes_from(graph)
    for u, v, data in graph.edges(data=True):
        weight = data.get("weight", 1)
        previous = undirected.get_edge_data(u, v, {"weight": 0})["weight"]
        undirected.add_edge(u, v, weight=previous + weight)
    found = nx.community.louvain_communities(undirected, weight="weight", seed=seed)
    ranked = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    return {node: rank for rank, members in enumerate(ranked) for node in members}


def sizes(graph: nx.Graph, *, smallest: float = 10.0, largest: float = 30.0) -> dict[Hashable, float]:
    """Node sizes by degree, on a square-root scale so that hubs stand out without swallowing the page."""
    degrees = dict(graph.degree())
    top = max(degrees.values(), default=0) or 1
    return {n: round(smallest + (largest - smallest) * math.sqrt(d / top), 1) for n, d in degrees.items()}
