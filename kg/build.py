"""The main job: documents in, a store, a Turtle file and the network pages out.

`build` streams documents through the extraction into the persistent store (one named graph per document, so a
rebuild replaces exactly what changed), then writes `graph.ttl` and the HTML views from the store. A document
whose source hash (its text and metadata, kg's code, ontology and pipeline) is stored is skipped before it is
extracted. Problems with single documents are reported to `on_error` and cost only those documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from kg.documents import DocumentWarning, read_documents
from kg.extract import Extractor, fingerprint, source_hash
from kg.io import atomic_write_bytes
from kg.records import Document, Extraction
from kg.store import Store

OnError = Callable[[ValueError], None]


@dataclass
class BuildSummary:
    """What a build did: documents read (extracted or skipped as unchanged), and what the store then holds."""

    documents: int = 0
    changed: int = 0
    unchanged: int = 0  # skipped before extraction: the same source hash is stored
    failed: int = 0
    actors: int = 0
    statements: int = 0
    events: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.documents} documents ({self.changed} changed, {self.unchanged} unchanged, {self.failed} failed); "
            f"the store holds {self.actors} actors, {self.statements} statements, {self.events} events, "
            f"{self.triples} triples"
        )


def skip_unchanged(
    documents: Iterable[Document],
    model: str | None,
    is_stored: Callable[[str, str], bool],
    summary: BuildSummary,
    sources: dict[str, str],
) -> Iterator[Document]:
    """The documents whose source hash the store does not hold, their hashes put in `sources` (by document id) for
    the store to keep; the others are counted as unchanged."""
    extraction_fingerprint = fingerprint(model)
    for document in documents:
        summary.documents += 1
        source = source_hash(document, extraction_fingerprint)
        if is_stored(document.id, source):
            summary.unchanged += 1
            continue
        sources[document.id] = source
        yield document


def build(
    paths: Iterable[Path],
    output: Path,
    *,
    model: str | None = None,
    views: bool = True,
    exports: bool = True,
    processes: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    on_error: OnError | None = None,
    on_document: Callable[[Extraction], None] | None = None,
) -> BuildSummary:
    """Build `output` from the documents in `paths`.

    `exports=False` only updates the store (graph.ttl and the pages are whole-graph files: rewriting them costs
    what the graph costs, not what the new documents cost); they are also left alone when nothing changed.
    `engine="local"` extracts in this process (`processes` > 1 runs spaCy in that many processes);
    `engine="dask"` extracts on a Dask cluster (`scheduler`'s address, or a local one of `processes` workers)
    and bulk-loads the N-Quads it returns (kg.distributed).
    """
    summary = BuildSummary()

    def failed(err: ValueError) -> None:
        """Count what cost a document; pass everything on, warnings too."""
        summary.failed += not isinstance(err, DocumentWarning)
        if on_error is not None:
            on_error(err)

    documents = read_documents(list(paths), on_error=failed)
    if engine == "local":
        _extract_here(
            documents, output, summary, model=model, processes=processes, on_error=failed, on_document=on_document
        )
    else:
        from kg.distributed import build_on_cluster

        build_on_cluster(
            documents,
            output / "store",
            summary,
            engine=engine,
            model=model,
            workers=processes,
            scheduler=scheduler,
            on_error=failed,
            on_document=on_document,
        )
    with Store.open(output / "store") as store:
        summary.triples = store.triple_count()
        summary.actors, summary.statements, summary.events = store.counts()
        if exports and (summary.changed or not (output / "graph.ttl").exists()):
            summary.outputs += _write_exports(store, output, views=views)
    return summary


def _extract_here(
    documents: Iterable[Document],
    output: Path,
    summary: BuildSummary,
    *,
    model: str | None,
    processes: int,
    on_error: OnError,
    on_document: Callable[[Extraction], None] | None,
) -> None:
    """Extract in this process (spaCy in `processes` processes) and add each document's graph to the store."""
    sources: dict[str, str] = {}
    with Store.open(output / "store") as store:
        fresh = skip_unchanged(documents, model, store.has_source, summary, sources)
        first = next(fresh, None)
        if first is None:
            return  # nothing new: the pipeline need not even be loaded
        for extraction in Extractor(model).pipe(chain([first], fresh), n_process=processes, on_error=on_error):
            try:
                summary.changed += store.add(extraction, sources.pop(extraction.document.id, None))
            except ValueError as err:  # a record the mapping refuses costs its document only
                on_error(ValueError(f"{extraction.document.path or extraction.document.id}: {err}"))
                continue
            if on_document is not None:
                on_document(extraction)


def _write_exports(store: Store, output: Path, *, views: bool) -> list[Path]:
    """graph.ttl, and the pages: graph.html is the full view, written once and kept under both names."""
    outputs = [write_turtle(store, output / "graph.ttl")]
    if views:
        from kg.views import render_views

        pages = render_views(store, output)
        full = output / "full.html"
        atomic_write_bytes(output / "graph.html", full.read_bytes())
        outputs += [output / "graph.html", *pages]
    return outputs


def write_turtle(store: Store, path: Path) -> Path:
    store.export(path, "turtle")
    return path
