"""Extraction past one machine: documents go to a Dask cluster in partitions, N-Quads come back and are loaded.

Why Dask (distributed): it installs from PyPI as plain Python wheels (Spark needs a JVM, Ray its own daemon and a
large binary wheel), a local cluster of two worker processes starts in about a second, and the same code runs on
many machines given a scheduler's address (`dask scheduler` on one host, `dask worker tcp://HOST:8786` on each
of the others, every one with kg installed). Each worker process loads the spaCy pipeline once and keeps it.

A worker maps a partition of documents to one N-Quads text per document (the document's named graph plus its
`kg:contentHash` triple, exactly what `kg.store.Store.add` would write); the client loads each graph whose hash
differs from the stored one, replacing the old graph. At most a few partitions per worker are in flight, so the
client's memory does not grow with the corpus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.build import skip_unchanged
from kg.extract import ExtractionError, Extractor
from kg.rdf import DEFAULT_BASE
from kg.records import Document, Extraction
from kg.store import document_quads, has_source, keeps_content

if TYPE_CHECKING:
    from distributed import Client, Future

    from kg.build import BuildSummary

PARTITION_SIZE = 8
PARTITIONS_PER_WORKER = 2  # in flight at once: one being extracted, one waiting, per worker

OnError = Callable[[ValueError], None]


class EngineError(ValueError):
    """An unknown engine or a cluster that cannot be reached."""


@dataclass(frozen=True)
class DocumentGraph:
    """One document's named graph as N-Quads, with the hash that decides whether the store needs it."""

    iri: str
    digest: str
    nquads: bytes
    source: str | None = None  # the source hash it was extracted from (kg.extract.source_hash)


@dataclass
class Partition:
    """What a worker sends back for a partition of documents."""

    graphs: list[DocumentGraph] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def document_graph(extraction: Extraction, base: str = DEFAULT_BASE, source: str | None = None) -> DocumentGraph:
    """A document's graph as N-Quads in its named graph, hashed the way `Store.add` hashes it."""
    iri, digest, quads = document_quads(extraction, base, source)
    return DocumentGraph(iri.value, digest, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), source)


@cache
def _extractor(model: str | None) -> Extractor:
    """One extractor per worker process, loaded by the first partition it gets."""
    return Extractor(model)


def extract_partition(
    documents: list[Document], model: str | None, sources: dict[str, str | None], base: str = DEFAULT_BASE
) -> Partition:
    """Runs on a worker: extract the documents and map each to its named graph, with the source hash the client
    computed for it (`sources`, by document id), so that the client's next build finds it."""
    partition = Partition()
    report = lambda err: partition.errors.append(str(err))  # noqa: E731
    for extraction in _extractor(model).pipe(documents, on_error=report):
        try:
            partition.graphs.append(document_graph(extraction, base, sources.get(extraction.document.id)))
        except ValueError as err:  # a record the mapping refuses costs only its document
            partition.errors.append(f"{extraction.document.path or extraction.document.id}: {err}")
            continue
        partition.extractions.append(extraction)
    return partition


class GraphLoader:
    """Loads document graphs into a store folder, skipping those whose stored hash is the same."""

    def __init__(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self._store = ox.Store(str(path))

    def load(self, graphs: Iterable[DocumentGraph]) -> int:
        """Replace the changed graphs in one load; return how many changed."""
        changed = [g for g in graphs if not keeps_content(self._store, ox.NamedNode(g.iri), g.digest, g.source)]
        for graph in changed:
            self._store.remove_graph(ox.NamedNode(graph.iri))
        if changed:
            data = b"".join(graph.nquads for graph in changed)
            self._store.load(input=data, format=ox.RdfFormat.N_QUADS)
            self._store.flush()  # written out per partition, so memory stays flat (see kg.store.FLUSH_EVERY)
        return len(changed)

    def has_source(self, doc_id: str, source: str) -> bool:
        """Was the stored graph of this document extracted from exactly this source?"""
        return has_source(self._store, doc_id, source)

    def close(self) -> None:
        self._store.flush()
        del self._store


def build_on_cluster(
    documents: Iterable[Document],
    store_path: Path,
    summary: BuildSummary,
    *,
    engine: str = "dask",
    model: str | None = None,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    on_error: OnError | None = None,
    on_document: Callable[[Extraction], None] | None = None,
) -> None:
    """Extract `documents` on a Dask cluster into the store at `store_path`, counting into `summary`.

    `scheduler` is the address of a running cluster (`tcp://host:8786`); without it a local cluster of
    `workers` processes is started on 127.0.0.1 and stopped afterwards.
    """
    if engine != "dask":
        raise EngineError(f"unknown cluster engine {engine!r}; use dask (or local for no cluster)")
    if workers < 1 or partition_size < 1:
        raise EngineError("workers and partition size must be at least 1")
    from distributed import as_completed

    loader = GraphLoader(store_path)
    try:
        with _client(scheduler, workers) as client:
            window = PARTITIONS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
            sources: dict[str, str] = {}
            batches = _batched(skip_unchanged(documents, model, loader.has_source, summary, sources), partition_size)
            submit = lambda batch: client.submit(  # noqa: E731
                extract_partition, batch, model, {d.id: sources.pop(d.id, None) for d in batch}, pure=False
            )
            pending = {submit(batch): batch for batch in islice(batches, window)}
            completed = as_completed(list(pending))
            for future in completed:
                batch = pending.pop(future)
                for more in islice(batches, 1):
                    new = submit(more)
                    pending[new] = more
                    completed.add(new)
                _collect(future, batch, loader, summary, on_error, on_document)
    finally:
        loader.close()


def _collect(
    future: Future,
    batch: list[Document],
    loader: GraphLoader,
    summary: BuildSummary,
    on_error: OnError | None,
    on_document: Callable[[Extraction], None] | None,
) -> None:
    """Load one finished partition and count it; a partition that failed as a whole costs its documents."""
    try:
        partition: Partition = future.result()
    except Exception as err:  # a worker that died or raised: the other partitions go on
        for document in batch:
            where = document.path or document.id
            _report(ExtractionError(f"{where}: extraction failed on the cluster ({err!r})"), on_error)
        return
    finally:
        future.release()
    for message in partition.errors:
        _report(ExtractionError(message), on_error)
    summary.changed += loader.load(partition.graphs)
    for extraction in partition.extractions:
        if on_document is not None:
            on_document(extraction)


def _report(error: ValueError, on_error: OnError | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client on the cluster at `scheduler`, or on a local cluster started (and stopped) here."""
    from distributed import Client, LocalCluster

    if scheduler is None:
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler!r} ({err})") from err
    with client:
        yield client


def _batched(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch
