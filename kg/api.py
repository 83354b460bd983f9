"""A small Python API for notebooks: texts in, a queryable graph out, views shown inline.

    import kg
    graph = kg.KnowledgeGraph.from_texts(["Bundeskanzler Olaf Scholz sagte, ..."])
    graph.query("statements")          # a list of dicts
    graph.dataframe("actors")          # a pandas DataFrame (pandas installed separately)
    graph.show("actors")               # the interactive page, inline in Jupyter
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from kg.documents import normalize, read_documents
from kg.extract import Extractor
from kg.records import Document, Extraction
from kg.store import Store, resolve_query


def extract_texts(
    texts: str | Document | Iterable[str | Document], *, published: datetime | None = None, model: str | None = None
) -> list[Extraction]:
    """Extract actors, statements and events from texts (or `Document`s), one `Extraction` each."""
    extractor = Extractor(model)
    return list(extractor.pipe(_documents(texts, published)))


class KnowledgeGraph:
    """A graph in a store, in memory unless `path` names a store folder (as `kg build` writes under output/)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def from_texts(
        cls, texts: str | Document | Iterable[str | Document], *, published: datetime | None = None,
        model: str | None = None,
    ) -> KnowledgeGraph:
        graph = cls(Store.open(None))
        graph.add(extract_texts(texts, published=published, model=model))
        return graph

    @classmethod
    def from_files(cls, paths: Iterable[Path | str], *, model: str | None = None) -> KnowledgeGraph:
        graph = cls(Store.open(None))
        graph.add(Extractor(model).pipe(read_documents([Path(p) for p in paths])))
        return graph

    @classmethod
    def open(cls, path: Path | str) -> KnowledgeGraph:
        return cls(Store.open(Path(path), read_only=True))

    def add(self, extractions: Iterable[Extraction]) -> None:
        for extraction in extractions:
            self.store.add(extraction)

    def query(self, sparql_or_name: str) -> list[dict[str, Any]]:
        """Rows of a SPARQL query or a shipped query (`statements`, `actors`, `events`, `network`, `timeline`)."""
        result = self.store.query(resolve_query(sparql_or_name))
        return [dict(zip(result.variables, row, strict=True)) for row in result.rows]

    def dataframe(self, sparql_or_name: str) -> Any:
        try:
            import pandas
        except ImportError as err:
            raise ImportError("dataframe() needs pandas: pip install pandas") from err
        return pandas.DataFrame(self.query(sparql_or_name))

    def show(self, view: str = "actors", **options: Any) -> Any:
        """The interactive page of a view, inline in Jupyter (an iframe holding the self-contained page)."""
        from html import escape

        from IPython.display import HTML

        from kg.views import render

        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "view.html"
            render(self.store, view, page, **options)
            html = page.read_text(encoding="utf-8")
        return HTML(f'<iframe srcdoc="{escape(html)}" style="width:100%;height:640px;border:0"></iframe>')

    def save(self, path: Path | str, fmt: str | None = None) -> None:
        """Write the graph as Turtle, N-Triples, TriG, N-Quads or JSON-LD (by suffix unless `fmt` says)."""
        self.store.export(Path(path), fmt)


def _documents(texts: str | Document | Iterable[str | Document], published: datetime | None) -> list[Document]:
    items = [texts] if isinstance(texts, str | Document) else list(texts)
    return [item if isinstance(item, Document) else _document(item, published) for item in items]


def _document(text: str, published: datetime | None) -> Document:
    """A text as `kg.documents` reads one: NFC, `\n` line ends, no control characters, so offsets agree."""
    text = normalize(text)
    digest = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
    return Document(id=f"text-{digest}", text=text, published=published)
