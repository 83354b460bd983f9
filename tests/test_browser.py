"""The pages in a real browser: headless Chromium, network off, one tab per page.

Each view is opened offline; the test reads what vis-network drew from #kg-status and checks it against the
networkx graph of the view, checks that no console error occurred, that nothing but the file was requested
and that the script an article smuggled into a quote did not run, and saves a screenshot to
$KG_SCREENSHOTS (default output/screenshots/).
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest

from kg.views import VIEW_NAMES, render
from kg.views.chromium import CHROMIUM, Browser, browser
from kg.views.data import load
from kg.views.graphs import VIEWS, ego_graph
from kg.views.page import write_page
from tests.views_sample import INJECTED, sample_store

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing: apt-get install -y chromium"),
]

SCREENSHOTS = Path(os.environ.get("KG_SCREENSHOTS", "output/screenshots"))
NOT_INJECTED = "window.__kgInjected === undefined"


@pytest.fixture(scope="module")
def chromium():
    with browser() as running:
        yield running


@pytest.fixture(scope="module")
def store():
    return sample_store()


def view_graph(store, view: str) -> nx.DiGraph:
    data = load(store)
    return ego_graph(data, "Olaf Scholz") if view == "ego" else VIEWS[view](data)


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_view_opens_offline_and_draws_what_the_graph_holds(chromium: Browser, store, tmp_path, view):
    page = render(store, view, tmp_path / f"{view}.html", actor="Olaf Scholz" if view == "ego" else None)
    report = chromium.open(page.path, screenshot=SCREENSHOTS / f"{view}.png", expressions=[NOT_INJECTED])
    graph = view_graph(store, view)
    assert report.state == "still"
    assert (report.drawn_nodes, report.drawn_edges) == (graph.number_of_nodes(), graph.number_of_edges())
    assert report.errors == []
    assert report.requests == [page.path.resolve().as_uri()]
    assert report.values == [True]


def _search(query: str) -> str:
    return (
        f"document.getElementById('kg-query').value = {query!r};"
        "document.getElementById('kg-search').requestSubmit();"
        "document.getElementById('kg-found').textContent"
    )


def test_search_finds_a_node_by_label_and_shows_its_evidence_as_text(chromium: Browser, store, tmp_path):
    page = render(store, "statements", tmp_path / "statements.html")
    details = "(d => [d.textContent, d.children.length])(document.getElementById('kg-details'))"
    report = chromium.open(
        page.path,
        expressions=[_search("einschüchtern"), details, NOT_INJECTED, _search("Merkel")],
        screenshot=SCREENSHOTS / "statements-search.png",
    )
    found, (text, children), not_injected, missing = report.values
    assert found.startswith("„Wir lassen uns nicht einschüchtern")
    assert INJECTED in text and "Speaker: Annalena Baerbock" in text and "Document: baerbock" in text
    assert children == 0  # the quote's markup stayed text
    assert not_injected and missing == "not found"
    assert report.errors == []


HOVER = """(async () => {
  const node = kgNetwork.body.data.nodes.get().find(n => n.name.includes('einschüchtern'));
  const at = kgNetwork.canvasToDOM(kgNetwork.getPositions([node.id])[node.id]);
  const canvas = document.querySelector('#kg-network canvas');
  const box = canvas.getBoundingClientRect();
  canvas.dispatchEvent(new MouseEvent('mousemove', {clientX: box.left + at.x, clientY: box.top + at.y, bubbles: true}));
  await new Promise(done => setTimeout(done, 600));
  const tip = document.querySelector('div.vis-tooltip');
  return [tip.innerText, [...tip.children].map(child => child.tagName), getComputedStyle(tip).visibility];
})()"""


def test_hovering_a_statement_shows_its_evidence_as_text(chromium: Browser, store, tmp_path):
    page = render(store, "statements", tmp_path / "statements.html")
    report = chromium.open(page.path, expressions=[HOVER, NOT_INJECTED], screenshot=SCREENSHOTS / "tooltip.png")
    (text, children, visibility), not_injected = report.values
    assert visibility == "visible"
    assert text.startswith(f"„Wir lassen uns nicht einschüchtern {INJECTED}“\nSpeaker: Annalena Baerbock\n")
    assert "Date: 2022-01-18" in text and "Document: baerbock: Baerbock in Kiew" in text
    assert set(children) == {"BR"}  # line breaks are the only elements: the quote's markup stayed text
    assert not_injected


def test_a_page_over_the_limit_draws_the_limit_and_says_what_it_left_out(chromium: Browser, tmp_path):
    graph = nx.barabasi_albert_graph(400, 2, seed=1)
    nx.set_node_attributes(graph, "Person", "kind")
    nx.set_node_attributes(graph, {n: f"Akteur {n}" for n in graph}, "label")
    page = write_page(graph, tmp_path / "big.html", title="big", color_by="community", max_nodes=300)
    notes = "document.getElementById('kg-notes').textContent"
    report = chromium.open(page.path, expressions=[notes], screenshot=SCREENSHOTS / "limited.png")
    assert (report.drawn_nodes, report.drawn_edges) == (300, page.edges)
    assert "Showing the 300 best-connected of 400 nodes: 100 nodes and" in report.values[0]
    assert report.errors == []


def test_an_empty_view_still_opens(chromium: Browser, store, tmp_path):
    page = render(store, "events", tmp_path / "none.html", event_types=["ASSAULT"])
    report = chromium.open(page.path, expressions=["document.getElementById('kg-notes').textContent"])
    assert (report.state, report.drawn_nodes, report.drawn_edges) == ("still", 0, 0)
    assert "Nothing to draw" in report.values[0]
    assert report.errors == []


def test_the_checks_catch_what_they_look_for(chromium: Browser, tmp_path):
    """A page that runs a script, logs an error and asks another host: every check must notice."""
    page = tmp_path / "unsafe.html"
    page.write_text(
        '<div id="kg-status" data-state="still" data-drawn-nodes="1" data-drawn-edges="0"></div>'
        "<script>window.__kgInjected = 1; console.error('boom')</script>"
        '<img src="http://example.invalid/pixel.png">',
        encoding="utf-8",
    )
    report = chromium.open(page, expressions=[NOT_INJECTED])
    assert report.values == [False]
    assert "boom" in report.errors
    assert "http://example.invalid/pixel.png" in report.requests
