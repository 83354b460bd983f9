"""Closed vocabularies for the terms kg writes.

Each class lists every term it may use, so a misspelt term fails when it is looked up (`_fail = True`), not
later as a silently wrong triple. rdflib already ships PROV, SKOS, SDO (schema.org), TIME, FOAF, OWL and XSD;
SEM, NIF and ITS-RDF are declared here because rdflib lacks them, next to kg's own namespaces.
The PLOVER, speech-act and factuality lists mirror `ontology/*.ttl`; a test keeps them in step.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model (van Hage et al. 2011): events, actors, places, times and roles."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Time: URIRef
    Role: URIRef
    RoleType: URIRef
    EventType: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef
    hasTimeStamp: URIRef
    roleType: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format 2.0 core: text, offsets and the strings that are mentions."""

    _fail = True
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

    Context: URIRef
    String: URIRef
    RFC5147String: URIRef
    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef
    sourceUrl: URIRef


class ITSRDF(DefinedNamespace):
    """ITS 2.0 in RDF: `taIdentRef` links a NIF string to the entity it denotes."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")

    taIdentRef: URIRef


class KG(DefinedNamespace):
    """kg's own terms: only what no standard vocabulary has (ontology/kg.ttl defines each)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ontology#")

    # statements
    Statement: URIRef
    SpeechMode: URIRef
    content: URIRef
    contentSpan: URIRef
    contentPart: URIRef
    mode: URIRef
    cue: URIRef
    cueSpan: URIRef
    speechAct: URIRef
    continuation: URIRef
    direct: URIRef
    indirect: URIRef
    mixed: URIRef
    # actors
    UnnamedActor: URIRef
    # events
    factuality: URIRef
    triggerSpan: URIRef
    quantity: URIRef
    reportedIn: URIRef
    evokes: URIRef
    commits: URIRef
    # participant role types
    agent: URIRef
    target: URIRef
    participant: URIRef
    speaker: URIRef
    addressee: URIRef
    medium: URIRef
    # time
    unitQuarter: URIRef
    # store bookkeeping
    contentHash: URIRef
    sourceHash: URIRef


class PLOVER(DefinedNamespace):
    """PLOVER's top-level event types (ontology/plover.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/plover#")

    scheme: URIRef
    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    CONCEDE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    MOBILIZE: URIRef
    COERCE: URIRef
    ASSAULT: URIRef


class SA(DefinedNamespace):
    """Speech-act types of reported speech (ontology/speech-acts.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/speech-act#")

    scheme: URIRef
    claim: URIRef
    report: URIRef
    attribution: URIRef
    demand: URIRef
    warning: URIRef
    denial: URIRef
    rejection: URIRef
    accusation: URIRef
    threat: URIRef
    announcement: URIRef
    assurance: URIRef
    question: URIRef
    agreement: URIRef
    praise: URIRef


class FACT(DefinedNamespace):
    """Factuality of reported events (ontology/factuality.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/factuality#")

    scheme: URIRef
    occurred: URIRef
    planned: URIRef
    considered: URIRef
    hypothetical: URIRef
    denied: URIRef
    negated: URIRef
    cancelled: URIRef
    demanded: URIRef


WIKIDATA = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgi": "https://w3id.org/kg-news/id/",
    "plover": str(PLOVER),
    "sa": str(SA),
    "fact": str(FACT),
    "sem": str(SEM),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "time": "http://www.w3.org/2006/time#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WIKIDATA),
}
"""The prefixes of every serialisation and query kg writes (`kgi:` is the default instance base)."""
