"""kg serve: a real Oxigraph server behind the guard on 127.0.0.1, queried with SPARQLWrapper.

Every refusal is tested against the running server: no writes, no LOAD, no SERVICE (a real local HTTP server
counts the calls it would have made), no local files through FROM, and a query past the time limit is cut off.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import urlencode

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SDO
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

from kg.serve import DEFAULT_HOST, Endpoint, Refused, ServeError, check_query, check_update
from kg.store import Store, resolve_query
from tests.rdf_sample import sample_extraction

SCHOLZ = "https://w3id.org/kg-news/id/actor/Olaf_Scholz"
NAME_QUERY = f"SELECT ?name WHERE {{ <{SCHOLZ}> schema:name ?name }}"


def make_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.add(sample_extraction())
        store.add(sample_extraction(doc_id="doc-2", speaker_name="Annalena Baerbock"))
    return path


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def endpoint(store_dir) -> Iterator[Endpoint]:
    running = Endpoint(store_dir, port=0, timeout=1).start()
    yield running
    running.stop()


@pytest.fixture
def calls() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 that records every request: the host a SERVICE clause would call."""
    seen: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"leak"}}]}}')

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen
    server.shutdown()
    server.server_close()


def client(endpoint: Endpoint, query: str, fmt: str = JSON, method: str = "GET") -> SPARQLWrapper:
    wrapper = SPARQLWrapper(endpoint.url)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    return wrapper


def status_of(request: urllib.request.Request) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


# ------------------------------------------------------------------------------------------ answers


def test_binds_loopback_by_default(endpoint):
    assert endpoint.host == DEFAULT_HOST == "127.0.0.1"
    assert endpoint.url.startswith("http://127.0.0.1:") and endpoint.url.endswith("/query")
    assert endpoint.engine.host == "127.0.0.1"


@pytest.mark.parametrize("method", ["GET", POST])
def test_select_in_json(endpoint, method):
    result = client(endpoint, NAME_QUERY, JSON, method).query().convert()
    assert [row["name"]["value"] for row in result["results"]["bindings"]] == ["Olaf Scholz"]


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        (XML, "application/sparql-results+xml"),
        (CSV, "text/csv"),
        (TSV, "text/tab-separated-values"),
        (JSON, "application/sparql-results+json"),
    ],
)
def test_result_formats_by_content_negotiation(endpoint, fmt, content_type):
    response = client(endpoint, NAME_QUERY, fmt).query()
    assert response.response.headers["Content-Type"].startswith(content_type)
    body = response.convert()
    text = body.toxml() if fmt == XML else json.dumps(body) if fmt == JSON else body.decode()
    assert "Olaf Scholz" in text


def test_ask(endpoint):
    assert client(endpoint, f"ASK {{ <{SCHOLZ}> a sem:Actor }}").query().convert()["boolean"] is True
    assert client(endpoint, "ASK { ?x schema:name 'Niemand' }").query().convert()["boolean"] is False


def test_construct_and_describe(endpoint):
    query = "CONSTRUCT { ?a schema:name ?n } WHERE { ?a a schema:Person ; schema:name ?n }"
    graph = Graph().parse(data=client(endpoint, query, TURTLE).query().convert(), format="turtle")
    assert (URIRef(SCHOLZ), SDO.name, Literal("Olaf Scholz")) in graph
    described = Graph().parse(data=client(endpoint, f"DESCRIBE <{SCHOLZ}>", TURTLE).query().convert(), format="turtle")
    assert (URIRef(SCHOLZ), SDO.name, Literal("Olaf Scholz")) in described


def test_named_queries_run_as_shipped(endpoint, store_dir):
    """kg's prefixes are predeclared, so a kg/queries/*.rq file runs unchanged, with kg query's answer."""
    result = client(endpoint, resolve_query("actors")).query().convert()
    names = sorted(row["actor"]["value"] for row in result["results"]["bindings"])
    assert "Annalena Baerbock" in names and "Olaf Scholz" in names
    with Store.open(store_dir, read_only=True) as store:
        assert len(names) == len(store.query(resolve_query("actors")).rows)


# ---------------------------------------------------------------------------------------- refusals


def test_updates_are_refused_and_change_nothing(endpoint):
    update = SPARQLWrapper(endpoint.url, updateEndpoint=endpoint.url.replace("/query", "/update"))
    update.setMethod(POST)
    update.setQuery(f'INSERT DATA {{ <{SCHOLZ}> schema:name "Eingeschleust" }}')
    with pytest.raises(urllib.error.HTTPError) as info:
        update.query()
    assert info.value.code == 403
    request = urllib.request.Request(
        endpoint.url, data=b'INSERT DATA { <urn:x> <urn:y> "z" }', method="POST",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert status_of(request)[0] == 400  # an update is no query
    names = client(endpoint, NAME_QUERY).query().convert()["results"]["bindings"]
    assert [row["name"]["value"] for row in names] == ["Olaf Scholz"]


def test_graph_store_writes_are_refused(endpoint):
    put = urllib.request.Request(
        endpoint.url.replace("/query", "/store?graph=urn:x"), data=b'<urn:a> <urn:b> "c" .', method="PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    assert status_of(put)[0] == 403
    assert client(endpoint, "ASK { <urn:a> ?p ?o }").query().convert()["boolean"] is False


def test_load_is_refused(endpoint, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:secret> <urn:is> "geheim" .\n')
    request = urllib.request.Request(
        endpoint.url.replace("/query", "/update"), data=urlencode({"update": f"LOAD <{secret.as_uri()}>"}).encode(),
        method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status_of(request)[0] == 403
    assert client(endpoint, "ASK { ?s ?p 'geheim' }").query().convert()["boolean"] is False


def test_from_does_not_read_local_files(endpoint, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:secret> <urn:is> "geheim" .\n')
    for clause in (f"FROM <{secret.as_uri()}>", f"FROM NAMED <{secret.as_uri()}>"):
        where = "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(?o = 'geheim') }"
        query = f"SELECT ?o {clause} WHERE {where}"
        assert client(endpoint, query).query().convert()["results"]["bindings"] == []


@pytest.mark.parametrize(
    "pattern",
    [
        "SERVICE <{url}> {{ ?s ?p ?x }}",
        "SERVICE SILENT <{url}> {{ ?s ?p ?x }}",
        "service <{url}> {{ ?s ?p ?x }}",
        "OPTIONAL {{ SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }}",
        "?a schema:name ?n . FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?x }} }}",
    ],
)
def test_service_is_refused_and_calls_nobody(endpoint, calls, pattern):
    url, seen = calls
    query = "SELECT * WHERE { " + pattern.format(url=url) + " }"
    with pytest.raises(urllib.error.HTTPError) as info:
        client(endpoint, query).query()
    assert info.value.code == 403
    assert "SERVICE is disabled" in info.value.read().decode()
    assert seen == []


def test_unknown_paths_and_bad_queries(endpoint):
    assert status_of(urllib.request.Request(endpoint.url.replace("/query", "/admin")))[0] == 404
    assert status_of(urllib.request.Request(endpoint.url + "?" + urlencode({"query": "SELEKT *"})))[0] == 400


@pytest.mark.slow
def test_a_query_past_the_time_limit_is_cut_off(endpoint):
    """A sort over a cubic join: Oxigraph's own timeout does not stop it, the watchdog restarts the engine."""
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as info:
        client(endpoint, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?i").query()
    assert info.value.code == 503
    assert "time limit of 1 s" in info.value.read().decode()
    assert time.monotonic() - started < 20
    assert client(endpoint, NAME_QUERY).query().convert()["results"]["bindings"]  # serving again


# ------------------------------------------------------------------------------------------ the policy


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "PREFIX x: <http://example.org/> SELECT * WHERE { ?s ?p ?o MINUS { SERVICE x:s { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_check_query_refuses_service(query):
    with pytest.raises(Refused, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE {SERVICE<http://example.org/>{?s ?p ?o}}",
        'SELECT * WHERE { ?s ?p "\\u0022" . SERVICE <http://example.org/> { } . ?o ?q "\\u0022" }',
        "SELECT * WHERE { SERVIC\\u0045 <http://example.org/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o < 5) SERVICE <http://example.org/> { } FILTER(?o > 1) }",
    ],
)
def test_check_query_sees_through_spacing_escapes_and_comparisons(query):
    with pytest.raises(Refused, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?service WHERE { ?s <http://example.org/service> ?service }",
        "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:p ?o . ?s ex:service ?o }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://example.org/>",
        "SELECT * WHERE { ?s ?p 'SERVICE <http://example.org/> {}' }",
        "SELECT * WHERE { ?s ?p \"\"\"a \" SERVICE b\"\"\" }",
    ],
)
def test_check_query_lets_the_word_pass_where_it_is_no_keyword(query):
    assert check_query(query).endswith(query)


def test_check_query_predeclares_kg_prefixes():
    checked = check_query("SELECT ?n WHERE { ?a schema:name ?n }")
    assert checked.startswith("PREFIX ") and "PREFIX schema: <https://schema.org/>" in checked
    assert checked.endswith("SELECT ?n WHERE { ?a schema:name ?n }")


def test_check_update_refuses_load_and_service():
    with pytest.raises(Refused, match="LOAD"):
        check_update("LOAD <file:///etc/passwd> INTO GRAPH <urn:g>")
    with pytest.raises(Refused, match="SERVICE"):
        check_update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }")
    assert "INSERT DATA" in check_update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_a_missing_store_is_a_one_line_error(tmp_path):
    with pytest.raises(ServeError, match="no such store folder") as info:
        Endpoint(tmp_path / "nothing", port=0).start()
    assert "\n" not in str(info.value)


# ------------------------------------------------------------------------------------- writable mode


def test_writable_endpoint_takes_updates_but_not_load(tmp_path):
    store = make_store(tmp_path / "store")
    secret = tmp_path / "secret.ttl"
    secret.write_text('<urn:secret> <urn:is> "geheim" .\n')
    with Endpoint(store, port=0, writable=True) as endpoint:
        update = endpoint.url.replace("/query", "/update")
        insert = 'INSERT DATA { GRAPH <urn:g> { <urn:a> schema:name "Neu" } }'
        request = urllib.request.Request(
            update, data=insert.encode(), method="POST", headers={"Content-Type": "application/sparql-update"}
        )
        assert status_of(request)[0] in (200, 204)
        assert client(endpoint, "ASK { <urn:a> schema:name 'Neu' }").query().convert()["boolean"] is True
        load = urllib.request.Request(
            update, data=f"LOAD <{secret.as_uri()}>".encode(), method="POST",
            headers={"Content-Type": "application/sparql-update"},
        )
        assert status_of(load) == (403, "LOAD is disabled on this endpoint\n")
        assert client(endpoint, "ASK { ?s ?p 'geheim' }").query().convert()["boolean"] is False


# --------------------------------------------------------------------------------------------- the CLI


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_kg_serve_runs_as_a_real_process(store_dir):
    port = free_port()
    command = [str(Path(sys.executable).parent / "kg"), "serve", "-g", str(store_dir), "--port", str(port)]
    # The module's endpoint holds the store read-only; a second read-only server may open it too.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.strip() == f"SPARQL endpoint: http://127.0.0.1:{port}/query (read-only)"
        wrapper = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        wrapper.setQuery(NAME_QUERY)
        wrapper.setReturnFormat(JSON)
        assert wrapper.query().convert()["results"]["bindings"][0]["name"]["value"] == "Olaf Scholz"
    finally:
        process.terminate()
        process.wait(timeout=15)
