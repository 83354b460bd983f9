"""Interactive network pages of the knowledge graph, and exports for Gephi and friends.

Two steps: the store's SPARQL results become a networkx graph per view (`kg.views.data`, `kg.views.graphs`),
and a networkx graph becomes one self-contained, safe HTML page (`kg.views.page`) or a GraphML, GEXF or PNG
file (`kg.views.export`).

    render_views(store, "output/views")                       # every view, as `kg build` writes them
    render(store, "actors", "actors.html", since="2022-01")   # one view, filtered
    render(store, "ego", "scholz.html", actor="Olaf Scholz", depth=2)
    export_network(store, "actors.gexf")                      # .graphml, .gexf or .png
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.views.data import ACTOR_TYPES, Filters, Queryable, ViewData, load
from kg.views.export import SUFFIXES as EXPORT_SUFFIXES
from kg.views.export import write_network
from kg.views.graphs import VIEWS, actors_graph, ego_graph
from kg.views.page import MAX_NODES, PageSummary, ViewError, write_page

__all__ = [
    "ACTOR_TYPES", "MAX_NODES", "VIEW_NAMES", "Filters", "PageSummary", "ViewError",
    "export_network", "render", "render_views",
]

VIEW_NAMES = (*VIEWS, "ego")
TITLES = {
    "actors": "Actors: who addressed, accused, met or spoke about whom",
    "statements": "Statements: speakers, what they said, and about whom",
    "events": "Events: participants, places and dates",
    "full": "Actors, statements and events",
}


def render(
    store: Queryable,
    view: str,
    path: Path | str,
    *,
    actor: str | None = None,
    depth: int = 2,
    since: str | None = None,
    until: str | None = None,
    event_types: Iterable[str] = (),
    actor_types: Iterable[str] = (),
    documents: Iterable[str] = (),
    max_nodes: int = MAX_NODES,
) -> PageSummary:
    """Write one view as an HTML page, or as GraphML, GEXF or PNG if the path says so.

    `view` is one of VIEW_NAMES ("ego" needs `actor`); the filters keep what is dated in [since, until], of
    the given PLOVER event types and actor types, from the given document ids.
    """
    filters = Filters(since, until, frozenset(event_types), frozenset(actor_types), frozenset(documents))
    data = load(store, filters)
    return _render(data, view, Path(path), filters, actor=actor, depth=depth, max_nodes=max_nodes)


def render_views(store: Queryable, out_dir: Path | str, *, max_nodes: int = MAX_NODES) -> list[Path]:
    """Every view but the ego view as `<out_dir>/<view>.html`; the actor network as GraphML, GEXF and PNG."""
    out = Path(out_dir)
    data = load(store)
    pages = [_render(data, view, out / f"{view}.html", Filters(), max_nodes=max_nodes).path for view in VIEWS]
    network = actors_graph(data)
    exports = [write_network(network, out / f"actors{suffix}") for suffix in (".graphml", ".gexf", ".png")]
    return pages + exports


def export_network(store: Queryable, path: Path | str) -> Path:
    """The actor network as .graphml, .gexf or .png (by the file's suffix)."""
    return write_network(actors_graph(load(store)), Path(path))


def _render(
    data: ViewData, view: str, path: Path, filters: Filters, *,
    actor: str | None = None, depth: int = 2, max_nodes: int = MAX_NODES,
) -> PageSummary:
    graph, title = _view_graph(data, view, actor, depth)
    notes = [note for note in (filters.describe(), _unlinked(data, graph, view)) if note]
    if graph.number_of_nodes() == 0:
        notes.append("Nothing to draw for this view" + (" and filter." if notes else "."))
    if path.suffix.lower() in EXPORT_SUFFIXES:
        write_network(graph, path, title=title)
        return PageSummary(path, graph.number_of_nodes(), graph.number_of_edges(), tuple(notes))
    color_by = "community" if view == "actors" else "kind"
    return write_page(graph, path, title=title, color_by=color_by, notes=notes, max_nodes=max_nodes)


def _view_graph(data: ViewData, view: str, actor: str | None, depth: int) -> tuple[nx.DiGraph, str]:
    if view == "ego":
        if not actor:
            raise ViewError("the ego view needs an actor: --actor NAME")
        center = data.actor_named(actor)
        return ego_graph(data, center.name, depth), f"{center.name} and everything within {depth} links"
    build = VIEWS.get(view)
    if build is None:
        raise ViewError(f"unknown view {view!r}: use one of {', '.join(VIEW_NAMES)}")
    if actor:
        raise ViewError(f"--actor belongs to the ego view, not to {view!r}")
    return build(data), TITLES[view]


def _unlinked(data: ViewData, graph: nx.DiGraph, view: str) -> str:
    if view != "actors":
        return ""
    missing = sum(1 for iri in data.actors if iri not in graph)
    return f"{missing} actor(s) with no link to another actor are not shown." if missing else ""
