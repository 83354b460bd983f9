"""kg push: the Graph Store Protocol against a real, writable Oxigraph server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.push import PushError, Target, push
from kg.serve import oxigraph_executable
from kg.store import Store
from tests.rdf_sample import sample_extraction


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server() -> Iterator[str]:
    """A fresh in-memory `oxigraph serve` (writable); yields its Graph Store URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_executable(), "serve", "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/store"
    process.terminate()
    process.wait(timeout=10)


def local_store(path: Path, *, speaker: str = "Olaf Scholz") -> Path:
    with Store.open(path) as store:
        store.add(sample_extraction(speaker_name=speaker))
        store.add(sample_extraction(doc_id="doc-2", speaker_name="Annalena Baerbock"))
    return path


def local_graphs(path: Path) -> dict[str, set[ox.Triple]]:
    store = ox.Store.read_only(str(path))
    return {
        graph.value: {quad.triple for quad in store.quads_for_pattern(None, None, None, graph)}
        for graph in store.named_graphs()
    }


def remote_graphs(store_url: str) -> dict[str, set[ox.Triple]]:
    """Everything the server holds, read back over the Graph Store Protocol's GET (N-Quads of all graphs)."""
    request = urllib.request.Request(store_url, headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        quads = list(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))
    graphs: dict[str, set[ox.Triple]] = {}
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name.value, set()).add(quad.triple)
    return graphs


def test_push_copies_every_document_graph(server, tmp_path):
    store = local_store(tmp_path / "store")
    summary = push(store, server)
    expected = local_graphs(store)
    assert summary.graphs == len(expected) == 2
    assert summary.triples == sum(len(triples) for triples in expected.values())
    assert remote_graphs(server) == expected


def test_pushing_again_replaces_each_graph(server, tmp_path):
    push(local_store(tmp_path / "old"), server)
    changed = local_store(tmp_path / "new", speaker="Friedrich Merz")
    push(changed, server)
    remote = remote_graphs(server)
    assert remote == local_graphs(changed)
    names = {t.object.value for triples in remote.values() for t in triples if t.predicate.value.endswith("/name")}
    assert "Friedrich Merz" in names and "Olaf Scholz" not in names


def test_push_takes_a_dataset_export(server, tmp_path):
    store = local_store(tmp_path / "store")
    export = tmp_path / "graph.nq"
    with Store.open(store, read_only=True) as opened:
        opened.export(export)
    assert push(export, server).graphs == 2
    assert remote_graphs(server) == local_graphs(store)


def test_a_triple_file_is_refused(tmp_path):
    store = local_store(tmp_path / "store")
    turtle = tmp_path / "graph.ttl"
    with Store.open(store, read_only=True) as opened:
        opened.export(turtle)
    with pytest.raises(PushError, match="no named graphs"):
        push(turtle, "http://127.0.0.1:9/store")


def test_server_errors_are_one_line(server, tmp_path):
    store = local_store(tmp_path / "store")
    with pytest.raises(PushError, match="HTTP 404") as info:
        push(store, server.replace("/store", "/query"))
    assert "\n" not in str(info.value)
    with pytest.raises(PushError, match="cannot reach"):
        push(store, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(PushError, match="not an http"):
        push(store, "ftp://example.org/store")


def test_credentials_go_in_a_header_not_the_url():
    target = Target.parse("http://anna:p%40ss@127.0.0.1:3030/news/data")
    assert target.url == "http://127.0.0.1:3030/news/data"
    assert target.authorization == "Basic YW5uYTpwQHNz"  # base64 of anna:p@ss
    assert target.graph_url("https://w3id.org/kg-news/id/graph/a") == (
        "http://127.0.0.1:3030/news/data?graph=https%3A%2F%2Fw3id.org%2Fkg-news%2Fid%2Fgraph%2Fa"
    )


def test_cli_push(server, tmp_path):
    store = local_store(tmp_path / "store")
    result = CliRunner().invoke(app, ["push", "--endpoint", server, "-g", str(store)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed 2 graphs")
    result = CliRunner().invoke(app, ["push", "--endpoint", server, "-g", str(tmp_path / "missing")])
    assert result.exit_code == 1 and result.output.startswith("kg: ") and result.output.count("\n") == 1
