"""The main job: documents in, a store, a Turtle file and the network pages out.

`build` streams documents through the extraction into the persistent store (one named graph per document, so a
rebuild replaces exactly what changed), then writes `graph.ttl` and the HTML views from the store. Problems with
single documents are reported to `on_error` and cost only those documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import DocumentWarning, read_documents
from kg.extract import Extractor
from kg.records import Extraction
from kg.store import Store

OnError = Callable[[ValueError], None]


@dataclass
class BuildSummary:
    documents: int = 0
    changed: int = 0
    failed: int = 0
    actors: int = 0
    statements: int = 0
    events: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)

    def count(self, extraction: Extraction) -> None:
        self.documents += 1
        self.actors += len(extraction.actors)
        self.statements += len(extraction.statements)
        self.events += len(extraction.events)

    def line(self) -> str:
        return (
            f"{self.documents} documents ({self.changed} changed, {self.failed} failed), {self.actors} actors, "
            f"{self.statements} statements, {self.events} events, {self.triples} triples"
        )


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
    if engine != "local":
        from kg.distributed import build_on_cluster

        build_on_cluster(
            documents, output / "store", summary, engine=engine, model=model, workers=processes,
            scheduler=scheduler, on_error=failed, on_document=on_document,
        )
    extractor = Extractor(model) if engine == "local" else None
    with Store.open(output / "store") as store:
        for extraction in extractor.pipe(documents, n_process=processes, on_error=failed) if extractor else ():
            try:
                summary.changed += store.add(extraction)
            except ValueError as err:  # a record the mapping refuses costs its document only
                failed(ValueError(f"{extraction.document.path or extraction.document.id}: {err}"))
                continue
            summary.count(extraction)
            if on_document is not None:
                on_document(extraction)
        summary.triples = store.triple_count()
        if not exports or (summary.changed == 0 and (output / "graph.ttl").exists()):
            return summary
        summary.outputs.append(write_turtle(store, output / "graph.ttl"))
        if views:
            from kg.views import render, render_views

            summary.outputs.append(render(store, "full", output / "graph.html").path)
            summary.outputs += render_views(store, output)
    return summary


def write_turtle(store: Store, path: Path) -> Path:
    store.export(path, "turtle")
    return path
