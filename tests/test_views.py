"""The views without a browser: SPARQL → networkx per view, filters, the page's markup, exports."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import Store
from kg.views import VIEW_NAMES, ViewError, export_network, render, render_views
from kg.views.data import Actor, Document, Event, Filters, ViewData, load
from kg.views.export import write_network
from kg.views.graphs import actors_graph, ego_graph, events_graph, full_graph, statements_graph
from kg.views.layout import communities, layout
from kg.views.page import reduce_graph, write_page
from tests.views_sample import INJECTED, sample_store

ACTOR = "https://w3id.org/kg-news/id/actor/"


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.fixture(scope="module")
def data(store) -> ViewData:
    return load(store)


def names(graph: nx.DiGraph) -> set[str]:
    return {attrs["label"] for _, attrs in graph.nodes(data=True)}


def edge(graph: nx.DiGraph, source: str, target: str) -> dict:
    return graph.edges[ACTOR + source, ACTOR + target]


# step 1: the store's graph as networkx graphs


def test_actor_network_links_who_did_what_to_whom(data):
    graph = actors_graph(data)
    assert edge(graph, "Annalena_Baerbock", "Russland")["label"] == "accused"
    assert edge(graph, "Olaf_Scholz", "Russland")["label"] == "demanded of"
    assert edge(graph, "Annalena_Baerbock", "Wolodymyr_Selenskyj")["label"] == "met"
    assert edge(graph, "Olaf_Scholz", "Joe_Biden")["label"] == "met"  # the agent acts, the participant joins
    assert graph.number_of_edges() == 4


@pytest.mark.parametrize(
    ("kind", "roles", "links"),
    [
        ("ACCUSE", {"A": "agent", "B": "target", "C": "target"},
         {("A", "B", "accused", True), ("A", "C", "accused", True)}),
        ("CONSULT", {"A": "agent", "B": "participant"}, {("A", "B", "met", True)}),
        ("CONSULT", {"A": "participant", "B": "participant", "C": "participant"},
         {("A", "B", "met", False), ("A", "C", "met", False), ("B", "C", "met", False)}),
        ("MOBILIZE", {"A": "agent", "B": "agent"}, {("A", "B", "together: MOBILIZE", False)}),
        ("MOBILIZE", {"A": "agent", "S": "speaker"}, set()),  # a speaker only reports the event
    ],
)
def test_event_participants_become_actor_links(kind, roles, links):
    actors = {name: Actor(name, name, "Country") for name in roles}
    event = Event("e", "t", kind, None, None, None, None, None, "d", "", tuple(roles.items()))
    graph = actors_graph(ViewData(actors=actors, events={"e": event}))
    assert {(u, v, d["label"], d["directed"]) for u, v, d in graph.edges(data=True)} == links


def test_actor_link_tooltip_carries_quote_speaker_cue_date_sentence_document(data):
    tooltip = edge(actors_graph(data), "Olaf_Scholz", "Russland")["tooltip"]
    assert "„die Truppen abzuziehen“ (Olaf Scholz, fordern, 2022-01-25)" in tooltip
    assert "Sentence: Kanzler Olaf Scholz forderte von Russland, die Truppen abzuziehen." in tooltip
    assert "Document: scholz: Scholz fordert Abzug" in tooltip


def test_repeated_links_add_up_in_weight_and_label(store):
    from tests.views_sample import scholz

    second = scholz()
    second.document = dataclasses.replace(second.document, id="scholz-2")
    store.add(second)
    try:
        link = edge(actors_graph(load(store)), "Olaf_Scholz", "Russland")
        assert (link["label"], link["weight"]) == ("demanded of ×2", 2)
    finally:
        store.remove("scholz-2")


def test_statements_view_links_speaker_statement_and_addressee(data):
    graph = statements_graph(data)
    kinds = nx.get_node_attributes(graph, "kind")
    assert sorted(kinds.values()).count("Statement") == 3
    statement = next(n for n, d in graph.nodes(data=True) if d["label"].startswith("„die Truppen"))
    assert graph.edges[ACTOR + "Olaf_Scholz", statement]["label"] == "fordern"
    assert graph.edges[statement, ACTOR + "Russland"]["label"] == "addressee"
    assert "Speaker: Olaf Scholz" in graph.nodes[statement]["tooltip"]


def test_events_view_has_participants_place_and_date(data):
    graph = events_graph(data)
    meeting = next(n for n, d in graph.nodes(data=True) if d["label"] == "traf (CONSULT)")
    assert graph.edges[ACTOR + "Annalena_Baerbock", meeting]["label"] == "agent"
    assert graph.edges[meeting, "https://w3id.org/kg-news/id/place/Kiew"]["label"] == "at"
    assert "Date: 2022-01-18" in graph.nodes[meeting]["tooltip"]


def test_full_view_links_a_statement_to_the_event_it_reports(data):
    graph = full_graph(data)
    reports = [(u, v) for u, v, d in graph.edges(data=True) if d["label"] == "reports"]
    assert len(reports) == 1
    assert graph.nodes[reports[0][1]]["label"] == "abzuziehen (RETREAT)"


def test_ego_view_keeps_what_is_within_depth(data):
    near = ego_graph(data, "olaf scholz", depth=1)
    far = ego_graph(data, "Olaf Scholz", depth=2)
    assert "Joe Biden" not in names(near) and "Joe Biden" in names(far)
    assert "Annalena Baerbock" not in names(far)


@pytest.mark.parametrize(
    ("name", "message"),
    [("Angela Merkel", "no actor named"), ("o", "names 4 actors"), ("", "no actor named")],
)
def test_ego_view_refuses_unknown_or_ambiguous_names(data, name, message):
    with pytest.raises(ViewError, match=message):
        ego_graph(data, name)


# filters


@pytest.mark.parametrize(
    ("filters", "statements", "events"),
    [
        (Filters(), 3, 3),
        (Filters(since="2022-01-20"), 1, 2),
        (Filters(until="2022-01"), 3, 3),
        (Filters(since="2022-02"), 0, 0),
        (Filters(event_types=frozenset({"consult"})), 3, 2),
        (Filters(documents=frozenset({"baerbock"})), 2, 1),
        (Filters(actor_types=frozenset({"Country"})), 0, 1),
    ],
)
def test_filters_keep_what_they_say(store, filters, statements, events):
    kept = load(store, filters)
    assert (len(kept.statements), len(kept.events)) == (statements, events)


@pytest.mark.parametrize(
    "bad",
    [
        {"since": "2022-13"},
        {"until": "gestern"},
        {"actor_types": frozenset({"Tier"})},
        {"event_types": frozenset({"PARTY"})},
    ],
)
def test_bad_filters_fail_in_one_line(bad):
    with pytest.raises(ViewError) as caught:
        Filters(**bad)
    assert "\n" not in str(caught.value)


def test_an_unknown_document_is_named(store):
    with pytest.raises(ViewError, match="no document 'tagesschau-1' in the graph \\(it has baerbock, scholz\\)"):
        load(store, Filters(documents=frozenset({"tagesschau-1"})))


@pytest.mark.parametrize(
    ("value", "since", "until", "kept"),
    [
        ("2022-01-18", "2022-01-18", "2022-01-18", True),
        ("2022-01", "2022-01-31", None, True),  # a month overlaps its last day
        ("2022", None, "2021-12-31", False),
        (None, "2022", None, False),  # undated items fall out of any date range
        (None, None, None, True),
    ],
)
def test_dates_of_any_granularity_match_by_overlap(value, since, until, kept):
    assert Filters(since=since, until=until).dated(value) is kept


@pytest.mark.parametrize(
    ("text", "part", "sentence"),
    [
        ('Er sagte: "Es reicht." Dann ging er.', "Es reicht.", 'Er sagte: "Es reicht."'),
        ("Erstens. Die USA drohen! Drittens.", "USA", "Die USA drohen!"),
        ("Titel\nMerz warnte vor Folgen", "warnte", "Merz warnte vor Folgen"),
        ("Er kam. Am 24. Januar sagte Dr. Weber ab. Sonst nichts.", "sagte", "Am 24. Januar sagte Dr. Weber ab."),
    ],
)
def test_source_sentence_is_cut_around_the_span(text, part, sentence):
    start = text.index(part)
    assert Document("d", None, None, text).sentence(start, start + len(part)) == sentence


# step 2: networkx → page


class Markup(HTMLParser):
    """Every element's tag and attributes, and the text of each script."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def hostile_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_node("a", kind="Person", label=f"Mann {INJECTED}", tooltip=f"Zitat: {INJECTED}")
    graph.add_node("b", kind="Country", label="Russland")
    graph.add_edge("a", "b", label=INJECTED, weight=2, tooltip=INJECTED)
    return graph


def test_page_markup_holds_no_injected_element_or_handler(tmp_path):
    path = tmp_path / "page.html"
    write_page(hostile_graph(), path, title=f"Titel {INJECTED}")
    markup = Markup(path.read_text(encoding="utf-8"))
    assert [tag for tag, _ in markup.elements].count("script") == 3  # data, vis-network, the page's own
    assert "img" not in [tag for tag, _ in markup.elements]
    assert not [name for _, attrs in markup.elements for name in attrs if name.startswith("on")]


def test_page_data_round_trips_the_text_exactly(tmp_path):
    path = tmp_path / "page.html"
    write_page(hostile_graph(), path, title="t")
    data = json.loads(Markup(path.read_text(encoding="utf-8")).scripts[0])
    assert {n["name"] for n in data["nodes"]} == {f"Mann {INJECTED}", "Russland"}
    assert data["edges"][0]["title"] == INJECTED


def test_page_loads_nothing_from_elsewhere_and_runs_only_its_own_scripts(tmp_path):
    path = tmp_path / "page.html"
    write_page(hostile_graph(), path, title="t")
    markup = Markup(path.read_text(encoding="utf-8"))
    assert not [attrs for _, attrs in markup.elements if "src" in attrs or "href" in attrs]
    policy = next(a["content"] for t, a in markup.elements if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in policy
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    hashes = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in markup.scripts[1:]}
    assert allowed == hashes


def test_page_shows_legend_counts_and_notes(tmp_path):
    path = tmp_path / "page.html"
    summary = write_page(hostile_graph(), path, title="t", notes=["Filtered: something."])
    html = path.read_text(encoding="utf-8")
    assert (summary.nodes, summary.edges) == (2, 1)
    assert 'data-graph-nodes="2" data-graph-edges="1"' in html
    assert "Filtered: something." in html
    assert "Person</li>" in html and "Country</li>" in html


def test_large_graphs_are_cut_to_the_best_connected_and_say_so():
    graph = nx.star_graph(30)
    graph.add_edges_from([(100, 101), (102, 103)])
    kept, note = reduce_graph(graph, 10)
    assert kept.number_of_nodes() == 10 and 0 in kept
    assert note.startswith("Showing the 10 best-connected of 35 nodes: 25 nodes and")


def test_layout_places_every_node_apart():
    graph = nx.disjoint_union_all([nx.path_graph(5), nx.complete_graph(4), nx.empty_graph(3)])
    positions = layout(graph)
    assert set(positions) == set(graph)
    assert len(set(positions.values())) == graph.number_of_nodes()


def test_communities_are_numbered_by_size():
    graph = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(3))
    groups = communities(graph)
    assert {groups[n] for n in range(5)} == {0} and {groups[n] for n in range(5, 8)} == {1}


# the public API, exports and the command line


def test_render_views_writes_every_view_and_the_exports(store, tmp_path):
    paths = render_views(store, tmp_path)
    assert sorted(p.name for p in paths) == sorted(
        ["actors.html", "statements.html", "events.html", "full.html", "actors.graphml", "actors.gexf", "actors.png"]
    )
    assert all(p.stat().st_size > 0 for p in paths)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_network_exports_read_back_with_attributes(store, tmp_path, suffix):
    path = export_network(store, tmp_path / f"actors{suffix}")
    graph = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 4
    scholz = graph.nodes[ACTOR + "Olaf_Scholz"]
    assert scholz["kind"] == "Person" and "x" in scholz and "community" in scholz


def test_png_export_is_a_png(store, tmp_path):
    assert export_network(store, tmp_path / "actors.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_prints_dollar_signs_rather_than_formulas(tmp_path):
    graph = nx.DiGraph()
    graph.add_edge("a", "b")
    nx.set_node_attributes(graph, {"a": "$x^{", "b": "100 $ Spende"}, "label")
    assert write_network(graph, tmp_path / "money.png", title="$ $").stat().st_size > 0


def test_an_empty_graph_still_gives_every_file(tmp_path):
    with Store.open(None) as empty:
        paths = render_views(empty, tmp_path)
    assert len(paths) == 7 and "Nothing to draw" in (tmp_path / "actors.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("view", "options", "message"),
    [
        ("map", {}, "unknown view 'map'"),
        ("ego", {}, "needs an actor"),
        ("actors", {"actor": "Olaf Scholz"}, "belongs to the ego view"),
        ("ego", {"actor": "Olaf Scholz", "depth": 0}, "depth must be at least 1"),
    ],
)
def test_render_refuses_what_it_cannot_draw(store, tmp_path, view, options, message):
    with pytest.raises(ViewError, match=message):
        render(store, view, tmp_path / "x.html", **options)


def test_render_of_an_export_suffix_writes_that_format(store, tmp_path):
    summary = render(store, "full", tmp_path / "full.gexf")  # 5 actors, 3 statements, 3 events, 1 place
    assert nx.read_gexf(summary.path).number_of_nodes() == summary.nodes == 12


def test_every_view_name_renders(store, tmp_path):
    for view in VIEW_NAMES:
        summary = render(store, view, tmp_path / f"{view}.html", actor="Olaf Scholz" if view == "ego" else None)
        assert summary.nodes > 0 and summary.path.exists()


@pytest.fixture()
def graph_file(tmp_path) -> Path:
    with sample_store() as source:
        source.export(tmp_path / "graph.nq")
    return tmp_path / "graph.nq"


def test_cli_draws_a_filtered_view(graph_file, tmp_path):
    out = tmp_path / "events.html"
    result = CliRunner().invoke(
        app, ["viz", "-g", str(graph_file), "--view", "events", "--event-type", "CONSULT", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Filtered: event types CONSULT." in result.output
    assert "(7 nodes, 5 edges)" in result.output  # two meetings: 4 actors, 1 place
    assert out.is_file()


def test_cli_error_is_one_line(graph_file, tmp_path):
    result = CliRunner().invoke(
        app, ["viz", "-g", str(graph_file), "--since", "2022-13", "-o", str(tmp_path / "x.html")]
    )
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["kg: invalid date '2022-13': use YYYY, YYYY-MM or YYYY-MM-DD"]
