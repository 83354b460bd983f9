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
from kg.io import atomic_path
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
    on_error: OnError | None = None,
    on_document: Callable[[Extraction], None] | None = None,
) -> BuildSummary:
    summary = BuildSummary()

    def failed(err: ValueError) -> None:
        """Count what cost a document; pass everything on, warnings too."""
        summary.failed += not isinstance(err, DocumentWarning)
        if on_error is not None:
            on_error(err)

    extractor = Extractor(model)
    documents = read_documents(list(paths), on_error=failed)
    with Store.open(output / "store") as store:
        for extraction in extractor.pipe(documents, on_error=failed):
            summary.documents += 1
            summary.changed += store.add(extraction)
            summary.actors += len(extraction.actors)
            summary.statements += len(extraction.statements)
            summary.events += len(extraction.events)
            if on_document is not None:
                on_document(extraction)
        summary.triples = store.triple_count()
        summary.outputs.append(write_turtle(store, output / "graph.ttl"))
        if views:
            from kg.views import render_views

            summary.outputs += render_views(store, output)
    return summary


def write_turtle(store: Store, path: Path) -> Path:
    with atomic_path(path) as temp:
        store.export(temp, "turtle")
    return path
