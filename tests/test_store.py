"""The Oxigraph store: a named graph per document, replace and skip semantics, export round trips, CLI."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import document_graph_iri, to_graph
from kg.store import Store, StoreError, open_graph, render, resolve_query
from kg.vocab import KG
from tests.rdf_sample import TEXT, sample_extraction

CHANGED_TEXT = TEXT.replace(
    "Russland wies die Vorwürfe zurück.", "Russland wies die Vorwürfe entschieden zurück."
)


@pytest.fixture
def store():
    with Store.open(None) as opened:
        yield opened


def graph_of(store: Store, doc_id: str) -> Graph:
    """A document's named graph as rdflib triples, without the store's hash triple."""
    graph_iri = ox.NamedNode(str(document_graph_iri(doc_id)))
    quads = [
        q
        for q in store._inner.quads_for_pattern(None, None, None, graph_iri)
        if q.predicate.value != str(KG.contentHash)
    ]
    data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def test_adding_puts_exactly_the_mapped_triples_in_the_documents_graph(store):
    assert store.add(sample_extraction())
    assert isomorphic(graph_of(store, "doc-1"), to_graph(sample_extraction()))
    assert store.triple_count() == len(to_graph(sample_extraction())) + 1  # + the content hash


def test_adding_an_unchanged_document_changes_nothing(store):
    store.add(sample_extraction())
    before = store.triple_count()
    assert not store.add(sample_extraction())
    assert store.triple_count() == before


def test_the_source_hash_is_kept_and_renewed_when_the_triples_stay(store):
    extraction = sample_extraction()
    assert store.add(extraction, source="a" * 64)
    assert store.has_source(extraction.document.id, "a" * 64)
    assert not store.add(extraction, source="b" * 64)  # kg changed, its triples did not
    assert store.has_source(extraction.document.id, "b" * 64)
    assert not store.has_source(extraction.document.id, "a" * 64)
    assert store.triple_count() == len(to_graph(extraction)) + 2  # + the content and source hashes


def test_the_store_counts_actors_statements_and_events(store):
    extraction = sample_extraction()
    store.add(extraction)
    assert store.counts() == (len(extraction.actors) + 1, len(extraction.statements), len(extraction.events))
    assert store.counts() == (4, 2, 1)  # + the SPD: a party someone belongs to is an actor of the graph too


def test_adding_a_changed_document_replaces_exactly_its_triples(store):
    store.add(sample_extraction(doc_id="other"))
    other = store.triple_count()
    store.add(sample_extraction())
    changed = sample_extraction(CHANGED_TEXT)
    assert store.add(changed)
    assert isomorphic(graph_of(store, "doc-1"), to_graph(changed))
    assert store.triple_count() == other + len(to_graph(changed)) + 1
    assert isomorphic(graph_of(store, "other"), to_graph(sample_extraction(doc_id="other")))


def test_a_removed_actor_leaves_with_its_document(store):
    store.add(sample_extraction())
    renamed = sample_extraction(speaker_name="Olaf Scholz (SPD)")
    store.add(renamed)
    names = store.query("SELECT DISTINCT ?n WHERE { ?a a schema:Person ; schema:name ?n }").rows
    assert names == [("Olaf Scholz (SPD)",)]


def test_two_documents_share_their_actors_nodes(store):
    store.add(sample_extraction(doc_id="one"))
    store.add(sample_extraction(doc_id="two"))
    assert store.documents() == ["one", "two"]
    actors = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sem:Actor }").rows
    assert actors == [(4,)]  # Scholz, the USA, Russia, and the SPD as Scholz's affiliation


def test_removing_a_document_drops_its_graph(store):
    store.add(sample_extraction(doc_id="one"))
    store.add(sample_extraction(doc_id="two"))
    assert store.remove("one")
    assert not store.remove("one")
    assert store.documents() == ["two"]


def test_the_store_persists_on_disk(tmp_path):
    with Store.open(tmp_path / "store") as store:
        store.add(sample_extraction())
        count = store.triple_count()
    with Store.open(tmp_path / "store") as store:
        assert store.documents() == ["doc-1"]
        assert not store.add(sample_extraction())
        assert store.triple_count() == count
    with open_graph(tmp_path / "store") as store:
        assert store.read_only
        assert store.triple_count() == count
        with pytest.raises(StoreError, match="read-only"):
            store.add(sample_extraction(doc_id="new"))


def test_query_results_are_plain_python_values(store):
    store.add(sample_extraction())
    result = store.query(
        "SELECT ?date ?begin ?label ?none WHERE { ?e sem:hasTimeStamp ?date ; rdfs:label ?label ; "
        "^itsrdf:taIdentRef/nif:beginIndex ?begin . ?e a sem:Event }"
    )
    assert result.variables == ["date", "begin", "label", "none"]
    assert result.rows == [(date(2022, 1, 24), TEXT.index("verlegen"), "verlegen", None)]
    assert store.query("ASK { ?s a kg:Statement }").rows == [(True,)]


def test_invalid_sparql_is_a_one_line_error(store):
    with pytest.raises(StoreError, match="invalid SPARQL") as info:
        store.query("SELECT ?x WHERE { ?x ")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".jsonld"])
def test_dataset_exports_round_trip_with_their_named_graphs(store, tmp_path, suffix):
    store.add(sample_extraction(doc_id="one"))
    store.add(sample_extraction(doc_id="two"))
    path = tmp_path / f"graph{suffix}"
    store.export(path)
    with Store.from_file(path) as loaded:
        assert set(loaded._inner) == set(store._inner)
        assert not loaded.add(sample_extraction(doc_id="one"))  # the content hashes came along


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_triple_exports_round_trip_as_the_union(store, tmp_path, suffix):
    store.add(sample_extraction(doc_id="one"))
    store.add(sample_extraction(doc_id="two"))
    path = tmp_path / f"graph{suffix}"
    store.export(path)
    with Store.from_file(path) as loaded:
        assert loaded.triples() == store.triples()
        assert loaded.documents() == ["one", "two"]


def test_turtle_export_has_prefixes(store, tmp_path):
    store.add(sample_extraction())
    store.export(tmp_path / "graph.ttl")
    text = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> ." in text
    assert "kg:Statement" in text


def test_an_unknown_export_format_is_an_error(store, tmp_path):
    with pytest.raises(StoreError, match="unknown graph file type"):
        store.export(tmp_path / "graph.xlsx")
    with pytest.raises(StoreError, match="unknown export format"):
        store.export(tmp_path / "graph.ttl", "rdfxml")


def test_missing_graphs_are_one_line_errors(tmp_path):
    with pytest.raises(StoreError, match="no such store folder or graph file"):
        open_graph(tmp_path / "nothing")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot load the graph"):
        Store.from_file(bad)


def test_resolve_query_takes_a_name_a_file_or_sparql(tmp_path):
    assert "kg:Statement" in resolve_query("statements")
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?s WHERE { ?s ?p ?o }", encoding="utf-8")
    assert resolve_query(str(path)) == "SELECT ?s WHERE { ?s ?p ?o }"
    assert resolve_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    with pytest.raises(StoreError, match="named queries: actors, events, network, statements, timeline"):
        resolve_query("speakers")


def test_render_writes_csv_tsv_and_json(store):
    store.add(sample_extraction())
    result = store.query("SELECT ?cue ?n WHERE { ?s kg:cue ?cue BIND(1 AS ?n) } ORDER BY ?cue")
    assert render(result, "csv") == "cue,n\nerklären,1\nsagen,1\n"
    assert render(result, "tsv") == "cue\tn\nerklären\t1\nsagen\t1\n"
    assert json.loads(render(result, "json")) == [{"cue": "erklären", "n": 1}, {"cue": "sagen", "n": 1}]
    with pytest.raises(StoreError, match="unknown output format"):
        render(result, "xml")


@pytest.fixture
def store_dir(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.add(sample_extraction())
        store.add(dataclasses.replace(sample_extraction(doc_id="two"), statements=[], events=[]))
    return path


def test_cli_query_export_and_validate(store_dir, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["query", "statements", "-g", str(store_dir), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "speaker,cue,speech_act,mode,content,addressee,medium,start,end,document"
    assert len(result.output.splitlines()) == 3
    result = runner.invoke(app, ["query", "actors", "-g", str(store_dir)])
    assert result.exit_code == 0 and "Olaf Scholz" in result.output
    out = tmp_path / "graph.trig"
    assert runner.invoke(app, ["export", str(out), "-g", str(store_dir)]).exit_code == 0
    result = runner.invoke(app, ["validate", "-g", str(out)])
    assert result.exit_code == 0 and "Conforms: True" in result.output


def test_cli_errors_are_one_line(tmp_path):
    result = CliRunner().invoke(app, ["query", "speakers", "-g", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("kg: ")


def test_cli_runs_as_a_real_process(store_dir):
    completed = subprocess.run(
        [Path(sys.executable).parent / "kg", "query", "timeline", "-g", str(store_dir), "-f", "tsv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[1].startswith("2022-01-24\tMOBILIZE\tverlegen\tconsidered")


def test_a_store_in_use_is_a_one_line_error(tmp_path):
    with Store.open(tmp_path / "store"), pytest.raises(StoreError, match="cannot open the store") as info:
        Store.open(tmp_path / "store")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * { ?s ?p ?o . service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_calls_are_refused(store, sparql):
    with pytest.raises(StoreError, match="SERVICE is not allowed"):
        store.query(sparql)


def test_the_word_service_elsewhere_is_fine(store):
    store.add(sample_extraction())
    sparql = 'SELECT ?service WHERE { ?service kg:cue "SERVICE" . # SERVICE\n }'
    assert store.query(sparql).rows == []
