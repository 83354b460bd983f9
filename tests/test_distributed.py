"""kg build --engine dask: a real local Dask cluster of 2 worker processes gives the store a local build gives.

The blank German pipeline keeps the workers' start-up short; the engine does not depend on the model.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.build import BuildSummary, build
from kg.cli import app
from kg.distributed import EngineError, build_on_cluster, document_graph
from kg.documents import read_documents
from kg.extract import Extractor
from kg.store import Store

pytestmark = pytest.mark.slow

ARTICLES = [
    'Bundeskanzler Olaf Scholz sagte am Montag in Berlin: "Wir stehen an der Seite der Ukraine." '
    "Die Regierung werde weitere Hilfe prüfen, erklärte er.",
    "Die Gewerkschaft Verdi rief am Dienstag zu Streiks an mehreren Flughäfen auf. "
    "Der Flughafenverband kritisierte den Aufruf scharf.",
    'Außenministerin Annalena Baerbock warnte in Paris vor einer Eskalation. "Die Lage ist ernst", sagte sie.',
    "Die Polizei nahm in Hamburg drei Verdächtige fest. Die Staatsanwaltschaft ermittelt wegen Betrugs.",
    "Der Bundestag beschloss am Donnerstag das neue Gesetz. Die Opposition stimmte dagegen.",
    'Frankreichs Präsident Emmanuel Macron kündigte Gespräche mit Russland an. "Wir müssen reden", sagte er.',
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for number, text in enumerate(ARTICLES):
        (folder / f"artikel-{number}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as running:
        yield running


def quads(store_dir: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(store_dir)))


def test_document_graph_is_what_the_store_adds(corpus, tmp_path):
    extraction = Extractor("blank")(next(read_documents([corpus])))
    with Store.open(tmp_path / "store") as store:
        store.add(extraction)
    graph = document_graph(extraction)
    assert set(ox.parse(graph.nquads, format=ox.RdfFormat.N_QUADS)) == quads(tmp_path / "store")


def test_two_workers_build_the_store_a_local_build_builds(corpus, cluster, tmp_path):
    local = build([corpus], tmp_path / "local", model="blank", views=False)
    summary = BuildSummary()
    build_on_cluster(
        read_documents([corpus]), tmp_path / "dask" / "store", summary, model="blank",
        scheduler=cluster.scheduler_address, partition_size=1,
    )
    assert summary.documents == local.documents == len(ARTICLES) and summary.failed == 0
    assert quads(tmp_path / "dask" / "store") == quads(tmp_path / "local" / "store")
    with Store.open(tmp_path / "dask" / "store") as store:
        assert store.counts() == (local.actors, local.statements, local.events) != (0, 0, 0)
    from distributed import Client

    with Client(cluster) as client:  # each worker loaded its own pipeline: both did work
        loaded = client.run(lambda: __import__("kg.distributed").distributed._extractor.cache_info().currsize)
    assert sorted(loaded.values()) == [1, 1]


def test_a_rebuild_on_the_cluster_changes_only_what_changed(corpus, cluster, tmp_path):
    options = {"model": "blank", "views": False, "engine": "dask", "scheduler": cluster.scheduler_address}
    assert build([corpus], tmp_path, **options).changed == len(ARTICLES)
    again = build([corpus], tmp_path, **options)
    assert (again.changed, again.unchanged) == (0, len(ARTICLES))  # skipped before reaching the cluster
    edited = tmp_path / "edited"
    edited.mkdir()
    for path in corpus.iterdir():
        (edited / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (edited / "artikel-3.txt").write_text(ARTICLES[3].replace("drei", "vier") + "\n", encoding="utf-8")
    summary = build([edited], tmp_path, **options)
    assert summary.changed == 1 and summary.documents == len(ARTICLES)
    assert summary.unchanged == len(ARTICLES) - 1


def test_kg_build_starts_its_own_local_cluster(corpus, tmp_path):
    result = CliRunner().invoke(
        app, ["build", str(corpus), "-o", str(tmp_path), "--model", "blank", "--no-views", "-q",
              "--engine", "dask", "--processes", "2"],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{len(ARTICLES)} documents ({len(ARTICLES)} changed, 0 unchanged, 0 failed)")
    assert (tmp_path / "graph.ttl").is_file()


def test_two_spacy_processes_build_the_same_store(corpus, tmp_path):
    one = build([corpus], tmp_path / "one", model="blank", views=False)
    two = build([corpus], tmp_path / "two", model="blank", views=False, processes=2)
    assert (two.documents, two.actors, two.statements, two.events) == (
        one.documents, one.actors, one.statements, one.events,
    )
    assert quads(tmp_path / "two" / "store") == quads(tmp_path / "one" / "store")


def test_unknown_engines_are_one_line_errors(corpus, tmp_path):
    with pytest.raises(EngineError, match="unknown cluster engine 'spark'"):
        build([corpus], tmp_path, model="blank", views=False, engine="spark")
