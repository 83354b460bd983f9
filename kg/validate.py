"""SHACL validation of a kg graph against ontology/shapes.ttl, with ontology/*.ttl as its ontology."""

from __future__ import annotations

from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import OWL, RDF, SKOS

from kg.paths import ONTOLOGY_DIR
from kg.store import Store

SHAPES_FILE = "shapes.ttl"


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / SHAPES_FILE, format="turtle")


@cache
def ontology_graph() -> Graph:
    """kg.ttl and the SKOS schemes: the class hierarchy and the concepts the shapes check membership in.

    Only vocabularies (files that declare an owl:Ontology or a skos:ConceptScheme) are read; instance data
    kept in ontology/ (the gazetteer) is not part of the ontology.
    """
    graph = Graph()
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if path.name == SHAPES_FILE:
            continue
        part = Graph().parse(path, format="turtle")
        if any((None, RDF.type, kind) in part for kind in (OWL.Ontology, SKOS.ConceptScheme)):
            graph += part
    return graph


def validate(graph_or_store: Graph | Store) -> tuple[bool, str]:
    """Whether the graph (or the union of a store's graphs) conforms, and pySHACL's report as text.

    The ontology is merged into the data whole (pySHACL's `ont_graph` adds only class and property
    definitions), so that the shapes see the SKOS schemes' concepts and kg.ttl's class hierarchy.
    """
    data = graph_or_store.to_rdflib() if isinstance(graph_or_store, Store) else _copy(graph_or_store)
    data += ontology_graph()
    conforms, _, text = shacl_validate(
        data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True
    )
    return bool(conforms), str(text)


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy
