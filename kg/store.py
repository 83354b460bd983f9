"""The SPARQL store: Oxigraph on disk (or in memory), one named graph per document.

A document's triples live in the named graph `document_graph_iri(doc_id)`, with two bookkeeping triples:
`<graph> kg:contentHash "<sha256>"`, the hash of the graph's sorted triples, and `<graph> kg:sourceHash`, the hash
of what it was extracted from (`kg.extract.source_hash`). A build skips a document whose source hash is stored;
adding an extraction whose content hash is stored changes nothing; a changed one replaces exactly its document's
graph. Queries see the union
of all graphs as their default graph, so a triple that several documents state (an actor's name) is matched
once per document: count with DISTINCT.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.io import atomic_path
from kg.paths import QUERIES_DIR
from kg.rdf import DEFAULT_BASE, Triple, document_graph_iri, document_triples
from kg.records import Extraction
from kg.vocab import KG, PREFIXES

STORE_DIRNAME = "store"
"""The store's folder inside the output folder (`output/store`)."""

# Oxigraph keeps writes in memory (RocksDB memtables) until they are flushed: flushing every so many documents keeps
# a long build's memory flat (4,000 documents added: 1.4 GB resident unflushed, 0.28 GB flushed every 100).
FLUSH_EVERY = 100
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
SUFFIXES: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "jsonld",
    ".json": "jsonld",
}

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    f"{_XSD}{name}"
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte",
    )
}
_CONVERTERS = {
    f"{_XSD}boolean": lambda text: text in ("true", "1"),
    f"{_XSD}decimal": Decimal,
    f"{_XSD}double": float,
    f"{_XSD}float": float,
    f"{_XSD}date": date.fromisoformat,
    f"{_XSD}dateTime": datetime.fromisoformat,
    **dict.fromkeys(_INTEGERS, int),
}


class StoreError(ValueError):
    """A store, graph file or query that cannot be used; the message says which and why in one line."""


@dataclass(frozen=True)
class QueryResult:
    """A query's answer as plain Python values: IRIs and strings as `str`, numbers, dates, booleans, None."""

    variables: list[str]
    rows: list[tuple[Any, ...]]


class Store:
    """kg's graph store: `Store.open(path)` (None: in memory) or `Store.from_file(graph_file)`."""

    def __init__(
        self, inner: ox.Store, *, base: str = DEFAULT_BASE, path: Path | None = None, read_only: bool = False
    ) -> None:
        self._inner = inner
        self.base = base
        self.path = path
        self.read_only = read_only
        self._unflushed = 0

    @classmethod
    def open(cls, path: Path | None = None, *, base: str = DEFAULT_BASE, read_only: bool = False) -> Store:
        """A persistent store in the folder `path` (created if missing), or an in-memory one for None."""
        if path is None:
            return cls(ox.Store(), base=base)
        path = Path(path)
        try:
            if read_only:
                inner = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                inner = ox.Store(str(path))
        except OSError as err:
            raise StoreError(f"{path}: cannot open the store ({_first_line(err)})") from err
        return cls(inner, base=base, path=path, read_only=read_only)

    @classmethod
    def from_file(cls, path: Path, *, base: str = DEFAULT_BASE) -> Store:
        """An in-memory store holding a graph file (.ttl, .nt, .nq, .trig, .jsonld) as kg exported it."""
        path = Path(path)
        store = cls(ox.Store(), base=base)
        try:
            rdf_format = FORMATS[format_for(path)]
            # Triples go into a named graph of the file's own, as a document's triples do in a store: the shipped
            # queries match an event or statement inside its graph (GRAPH ?g), which never matches the default one.
            graph = None if rdf_format.supports_datasets else ox.NamedNode(path.resolve().as_uri())
            store._inner.load(path=str(path), format=rdf_format, to_graph=graph)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"{path}: cannot load the graph ({_first_line(err)})") from err
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush to disk and release the folder's lock (the store cannot be used afterwards)."""
        if self.path is not None and not self.read_only:
            self._inner.flush()
        del self._inner

    # writing

    def add(self, extraction: Extraction, source: str | None = None) -> bool:
        """Put a document's graph in the store, replacing its previous version; False if nothing changed.

        `source` is the document's source hash (`kg.extract.source_hash`), kept so that the next build can skip
        the document before extracting it. Replacing is two writes (drop the graph, add the new one):
        interrupted between them, the document is missing, hashes and all, so the next build adds it again.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        graph_iri, digest, quads = document_quads(extraction, self.base, source)
        if keeps_content(self._inner, graph_iri, digest, source):
            return False
        self._inner.remove_graph(graph_iri)
        self._inner.extend(quads)
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self._inner.flush()
            self._unflushed = 0
        return True

    def has_source(self, doc_id: str, source: str) -> bool:
        """Was the stored graph of this document extracted from exactly this source (`kg.extract.source_hash`)?"""
        return has_source(self._inner, doc_id, source, self.base)

    def remove(self, doc_id: str) -> bool:
        """Drop a document's graph; False if the store did not hold it."""
        graph_iri = ox.NamedNode(str(document_graph_iri(doc_id, self.base)))
        if not self._inner.contains_named_graph(graph_iri):
            return False
        self._inner.remove_graph(graph_iri)
        return True

    # reading

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; kg's prefixes are predeclared.

        SERVICE is refused: Oxigraph would fetch it from the web, and a query of kg reads only kg's graph.
        """
        if _SERVICE.search(_SPARQL_NOISE.sub(" ", sparql)):
            raise StoreError("SERVICE is not allowed: a query reads only the local graph")
        try:
            result = self._inner.query(
                sparql, use_default_graph_as_union=True, prefixes={**PREFIXES, "kgi": self.base}
            )
        except SyntaxError as err:
            raise StoreError(f"invalid SPARQL: {_first_line(err)}") from err
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(["ask"], [(bool(result),)])
        if isinstance(result, ox.QueryTriples):
            return QueryResult(
                ["subject", "predicate", "object"],
                [(to_python(t.subject), to_python(t.predicate), to_python(t.object)) for t in result],
            )
        variables = [v.value for v in result.variables]
        return QueryResult(variables, [tuple(to_python(term) for term in solution) for solution in result])

    def counts(self) -> tuple[int, int, int]:
        """How many actors (one per identity, across documents), statements and events the store holds."""
        query = (
            "SELECT (COUNT(DISTINCT ?a) AS ?actors) (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?e) AS ?events)"
            " WHERE { { ?a a sem:Actor } UNION { ?s a kg:Statement } UNION { ?e a sem:Event } }"
        )
        (row,) = self.query(query).rows
        actors, statements, events = (int(value) for value in row)
        return actors, statements, events

    def triple_count(self) -> int:
        """The number of triples in all graphs (a triple that two documents state counts twice)."""
        return len(self._inner)

    def documents(self) -> list[str]:
        """The ids of the documents in the store, sorted."""
        result = self.query("SELECT DISTINCT ?id WHERE { ?doc a schema:NewsArticle ; schema:identifier ?id }")
        return sorted(str(row[0]) for row in result.rows)

    def triples(self) -> set[ox.Triple]:
        """The union of all graphs as a set: what a triple-only format (Turtle, N-Triples) can hold."""
        return {quad.triple for quad in self._inner}

    def to_rdflib(self) -> Graph:
        """The union of all graphs as an rdflib graph (for pySHACL)."""
        data = ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES)
        return Graph().parse(data=data, format="nt")

    def export(self, path: Path, format: str | None = None) -> None:
        """Write the store to a file: TriG, N-Quads and JSON-LD keep the named graphs, Turtle and N-Triples
        merge them. The format defaults to the one the file's suffix names."""
        path = Path(path)
        name = format or format_for(path)
        rdf_format = FORMATS.get(name)
        if rdf_format is None:
            raise StoreError(f"unknown export format {name!r}; use one of {', '.join(FORMATS)}")
        # Instance IRIs stay whole: as kgi: names they would need escaped slashes (kgi:actor\/Olaf_Scholz).
        prefixes = {name: iri for name, iri in PREFIXES.items() if name != "kgi"}
        with atomic_path(path) as temp:  # a reader sees the old file or the whole new one
            if rdf_format.supports_datasets:
                self._inner.dump(str(temp), rdf_format, prefixes=prefixes)
            else:
                # Streamed from the engine: each triple once (Oxigraph's CONSTRUCT drops repeats), in index order,
                # so a document's triples stay together; no Python object per triple, so memory stays small.
                triples = self._inner.query(_ALL_TRIPLES, use_default_graph_as_union=True)
                ox.serialize(triples, str(temp), rdf_format, prefixes=prefixes)


_HASH = ox.NamedNode(str(KG.contentHash))
_SOURCE = ox.NamedNode(str(KG.sourceHash))


def stored_hash(store: ox.Store, graph_iri: ox.NamedNode) -> str | None:
    """The content hash a document graph was stored with (see `document_quads`), None if it is not stored."""
    return _about_graph(store, graph_iri, _HASH)


def has_source(store: ox.Store, doc_id: str, source: str, base: str = DEFAULT_BASE) -> bool:
    """Was the stored graph of this document extracted from exactly this source (`kg.extract.source_hash`)?"""
    return _about_graph(store, ox.NamedNode(str(document_graph_iri(doc_id, base))), _SOURCE) == source


def keeps_content(store: ox.Store, graph_iri: ox.NamedNode, digest: str, source: str | None) -> bool:
    """Does the store hold this graph with these triples already? If so, note the source it now comes from (kg or
    its ontology changed, the triples did not), so that the next build skips the document."""
    if stored_hash(store, graph_iri) != digest:
        return False
    if source is not None:
        for quad in list(store.quads_for_pattern(graph_iri, _SOURCE, None, graph_iri)):
            store.remove(quad)
        store.add(ox.Quad(graph_iri, _SOURCE, ox.Literal(source), graph_iri))
    return True


def _about_graph(store: ox.Store, graph_iri: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
    for quad in store.quads_for_pattern(graph_iri, predicate, None, graph_iri):
        return quad.object.value
    return None


_ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
# What may hold the word SERVICE without being the keyword: strings, IRIs, comments, variables, prefixed names.
_SPARQL_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
    r"|[?$]\w+|[\w.-]*:[\w.%-]*"
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def document_quads(
    extraction: Extraction, base: str = DEFAULT_BASE, source: str | None = None
) -> tuple[ox.NamedNode, str, list[ox.Quad]]:
    """A document's named graph as Oxigraph quads, its content hash (and source hash) among them: what
    `Store.add` puts in and a distributed build ships back."""
    graph_iri = ox.NamedNode(str(document_graph_iri(extraction.document.id, base)))
    triples = document_triples(extraction, base)
    digest = content_hash(triples)
    terms = _Converter()
    quads = [ox.Quad(terms(s), terms(p), terms(o), graph_iri) for s, p, o in triples]
    quads.append(ox.Quad(graph_iri, _HASH, ox.Literal(digest), graph_iri))
    if source is not None:
        quads.append(ox.Quad(graph_iri, _SOURCE, ox.Literal(source), graph_iri))
    return graph_iri, digest, quads


def content_hash(triples: Iterable[Triple]) -> str:
    """SHA-256 of the triples' sorted N3 lines: the same set, the same hash (kg's graphs have no blank nodes)."""
    lines = sorted(f"<{s}> <{p}> {_n3(o)} .\n" for s, p, o in triples)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def _n3(term: URIRef | Literal) -> str:
    return f"<{term}>" if isinstance(term, URIRef) else term.n3()


class _Converter:
    """rdflib terms to Oxigraph terms, each IRI converted once per document."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def __call__(self, term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=self.iri(str(term.datatype)))
        return ox.Literal(str(term))


def format_for(path: Path) -> str:
    """The format a file's suffix names."""
    name = SUFFIXES.get(Path(path).suffix.lower())
    if name is None:
        raise StoreError(f"{path}: unknown graph file type; use one of {', '.join(SUFFIXES)}")
    return name


def open_graph(path: Path, *, base: str = DEFAULT_BASE) -> Store:
    """A graph to read: a store folder (opened read-only) or a graph file (loaded into memory)."""
    path = Path(path)
    if path.is_dir():
        return Store.open(path, base=base, read_only=True)
    if path.is_file():
        return Store.from_file(path, base=base)
    raise StoreError(f"{path}: no such store folder or graph file")


def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Any:
    """An RDF term as a plain value: IRIs as strings, typed literals as int, float, date, bool, ..."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        convert = _CONVERTERS.get(term.datatype.value)
        if convert is None:
            return term.value
        try:
            return convert(term.value)
        except ValueError:
            return term.value  # an ill-typed literal stays as written
    return str(term)


def named_queries() -> list[str]:
    """The names of the shipped queries (kg/queries/*.rq)."""
    return sorted(path.stem for path in QUERIES_DIR.glob("*.rq"))


def resolve_query(text_or_name_or_path: str) -> str:
    """SPARQL text for a shipped query's name, a `.rq` file, or SPARQL given as text (tried in that order)."""
    value = text_or_name_or_path.strip()
    named = QUERIES_DIR / f"{value}.rq"
    if value in named_queries():
        return named.read_text(encoding="utf-8")
    if "{" not in value:
        path = Path(value)
        if path.is_file():
            return path.read_text(encoding="utf-8")
        names = ", ".join(named_queries())
        raise StoreError(f"{value!r} is not a named query, a query file or SPARQL; named queries: {names}")
    return value


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


def render(result: QueryResult, fmt: str) -> str:
    """A query result as CSV, TSV or JSON (a list of objects keyed by variable)."""
    if fmt == "json":
        rows = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    if fmt not in ("csv", "tsv"):
        raise StoreError(f"unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")
    out = io.StringIO()
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows(["" if value is None else value for value in row] for row in result.rows)
    return out.getvalue()


def compact(value: Any) -> str:
    """A value for display: IRIs shortened with kg's prefixes (`kgi:actor/Olaf_Scholz`), None as empty."""
    if value is None:
        return ""
    text = str(value)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if text.startswith(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return text
