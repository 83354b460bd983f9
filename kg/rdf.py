"""Extraction records → RDF: the only module that knows kg's IRIs.

IRIs are deterministic, so the same input always gives the same graph:
- a document is `{base}doc/{id}`; its text is the NIF context `{base}doc/{id}#char=0,{n}` and every
  span in it (mentions, statement contents, cues, time expressions) is `{base}doc/{id}#char={start},{end}`;
- statements, events and times are named by document and character offsets: `{base}doc/{id}/event/{s}-{e}`;
- actors and places are named by their canonical name alone (`{base}actor/Olaf_Scholz`), so an actor is one
  node across all documents; each document graph repeats the actor's type and name, which the store merges. An
  actor the text does not name (`ein Augenzeuge`) is its document's own: `{base}doc/{id}/actor/Augenzeuge`, a
  `kg:UnnamedActor`.
There are no blank nodes: a document's graph is a plain set of triples that can be compared and hashed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SDO, TIME, XSD

from kg.records import Actor, Event, Extraction, Mention, Place, Statement, TimeExpression
from kg.vocab import FACT, ITSRDF, KG, NIF, PLOVER, PREFIXES, SA, SEM, WIKIDATA

DEFAULT_BASE = PREFIXES["kgi"]

ACTOR_CLASSES = {
    "Person": SDO.Person,
    "Organization": SDO.Organization,
    "Country": SDO.Country,
    "Group": FOAF.Group,
}
ROLE_TYPES = {
    "agent": KG.agent,
    "target": KG.target,
    "participant": KG.participant,
    "speaker": KG.speaker,
    "addressee": KG.addressee,
    "medium": KG.medium,
}
MODES = {"direct": KG.direct, "indirect": KG.indirect, "mixed": KG.mixed}
TIME_UNITS = {
    "day": TIME.unitDay,
    "week": TIME.unitWeek,
    "month": TIME.unitMonth,
    "quarter": KG.unitQuarter,
    "year": TIME.unitYear,
    "time": TIME.unitMinute,
}
_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
    (re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}|Z)?"), XSD.dateTime),
    (re.compile(r"\d{4}-W\d{2}"), XSD.string),  # ISO week: no XSD type exists
    (re.compile(r"\d{4}-Q[1-4]"), XSD.string),  # quarter: likewise
)
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_WIKIDATA_ID = re.compile(r"(?:https?://www\.wikidata\.org/(?:entity|wiki)/)?(Q[1-9]\d*)")


class MappingError(ValueError):
    """An extraction that cannot be mapped to RDF; the message names the record and the problem."""


def slug(name: str) -> str:
    """A readable IRI segment: NFC, whitespace as `_`, letters and digits kept, the rest %-escaped."""
    text = "_".join(unicodedata.normalize("NFC", name).split())
    if not text:
        raise MappingError(f"empty name: {name!r}")
    return "".join(ch if ch.isalnum() or ch in "-_.~" else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    return "".join(f"%{byte:02X}" for byte in ch.encode("utf-8"))


def document_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}doc/{slug(doc_id)}")


def document_graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds exactly one document's triples in the store."""
    return URIRef(f"{base}graph/{slug(doc_id)}")


def actor_iri(name: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}actor/{slug(name)}")


def place_iri(name: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}place/{slug(name)}")


def role_type_iri(role: str, base: str = DEFAULT_BASE) -> URIRef:
    """An office or function an actor holds (Bundeskanzler), shared across documents."""
    return URIRef(f"{base}role/{slug(role)}")


def web_iri(value: str, what: str) -> URIRef:
    """A URL as an IRI; one with spaces or characters IRIs forbid is an error, not a broken node."""
    if not _IRI.fullmatch(value):
        raise MappingError(f"{what}: not a valid IRI: {value!r}")
    return URIRef(value)


def wikidata_iri(value: str) -> URIRef:
    match = _WIKIDATA_ID.fullmatch(value.strip())
    if not match:
        raise MappingError(f"unexpected Wikidata id: {value!r}")
    return WIKIDATA[match[1]]


def time_literal(value: str) -> Literal:
    """An ISO 8601 value as the XSD literal of its granularity (date, gYearMonth, gYear, dateTime)."""
    for pattern, datatype in _DATE_TYPES:
        match = pattern.fullmatch(value)
        if match and datatype == XSD.dateTime:  # xsd:dateTime needs seconds: "15:30" is "15:30:00"
            return Literal(f"{match[1]}{match[2] or ':00'}{match[3] or ''}", datatype=datatype)
        if match:
            return Literal(value, datatype=datatype)
    raise MappingError(f"unexpected date value: {value!r}")


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def to_graph(extraction: Extraction, base: str = DEFAULT_BASE) -> Graph:
    """The RDF graph of one document's extraction, with kg's prefixes bound."""
    graph = bind_prefixes(Graph(), base)
    for triple in document_triples(extraction, base):
        graph.add(triple)
    return graph


def document_triples(extraction: Extraction, base: str = DEFAULT_BASE) -> set[Triple]:
    """The same triples as `to_graph`, as a plain set: the store takes these without rdflib's per-triple cost."""
    mapper = _Mapper(extraction, base)
    mapper.map_all()
    return mapper.triples


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, base if prefix == "kgi" else namespace, override=True, replace=True)
    return graph


@dataclass
class _Mapper:
    """One document's mapping: the records, the IRIs their local ids stand for, and the triples made."""

    extraction: Extraction
    base: str
    triples: set[Triple] = field(init=False)
    doc: URIRef = field(init=False)
    context: URIRef = field(init=False)
    actors: dict[str, URIRef] = field(init=False)
    places: dict[str, URIRef] = field(init=False)
    statements: dict[str, URIRef] = field(init=False)

    def __post_init__(self) -> None:
        document = self.extraction.document
        self.triples = set()
        self.doc = document_iri(document.id, self.base)
        self.context = self.span_iri(0, len(document.text))
        self.actors = {
            a.id: URIRef(f"{self.doc}/actor/{slug(a.name)}") if a.unnamed else actor_iri(a.name, self.base)
            for a in self.extraction.actors
        }
        self.places = {p.id: place_iri(p.name, self.base) for p in self.extraction.places}
        self.statements = {
            s.id: self.item_iri("statement", s.start, s.end) for s in self.extraction.statements
        }

    @property
    def lang(self) -> str:
        return self.extraction.document.language

    def add(self, subject: URIRef, predicate: URIRef, obj: URIRef | Literal | None) -> None:
        if obj is not None:
            self.triples.add((subject, predicate, obj))

    def span_iri(self, start: int, end: int) -> URIRef:
        return URIRef(f"{self.doc}#char={start},{end}")

    def item_iri(self, kind: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.doc}/{kind}/{start}-{end}")

    def map_all(self) -> None:
        self.map_document()
        for actor in self.extraction.actors:
            self.map_actor(actor)
        for place in self.extraction.places:
            self.map_place(place)
        for statement in self.extraction.statements:
            self.map_statement(statement)
        used: set[URIRef] = set()
        for event in self.extraction.events:
            self.map_event(event, self.event_iri(event, used))

    # documents and text

    def map_document(self) -> None:
        document = self.extraction.document
        self.triples.add((self.doc, RDF.type, SDO.NewsArticle))
        self.triples.add((self.doc, SDO.identifier, Literal(document.id)))
        self.triples.add((self.doc, SDO.inLanguage, Literal(document.language)))
        self.add(self.doc, SDO.headline, Literal(document.title, lang=self.lang) if document.title else None)
        self.add(self.doc, SDO.datePublished, _datetime(document.published))
        self.add(self.doc, SDO.url, web_iri(document.url, f"document {document.id!r} url") if document.url else None)
        self.add(self.doc, SDO.publisher, Literal(document.source) if document.source else None)
        text = document.text
        for kind in (NIF.Context, NIF.RFC5147String):
            self.triples.add((self.context, RDF.type, kind))
        self.triples.add((self.context, NIF.isString, Literal(text)))
        self.triples.add((self.context, NIF.beginIndex, _index(0)))
        self.triples.add((self.context, NIF.endIndex, _index(len(text))))
        self.triples.add((self.context, NIF.sourceUrl, self.doc))

    def span(self, start: int, end: int, what: str) -> URIRef:
        """The NIF string for `text[start:end]`; its anchor is the document's own text, so it is exact."""
        text = self.extraction.document.text
        if not 0 <= start < end <= len(text):
            raise MappingError(f"{what}: span {start}-{end} is outside the document's {len(text)} characters")
        node = self.span_iri(start, end)
        for kind in (NIF.String, NIF.RFC5147String):
            self.triples.add((node, RDF.type, kind))
        self.triples.add((node, NIF.referenceContext, self.context))
        self.triples.add((node, NIF.beginIndex, _index(start)))
        self.triples.add((node, NIF.endIndex, _index(end)))
        self.triples.add((node, NIF.anchorOf, Literal(text[start:end])))
        return node

    def mentions(self, mentions: Iterable[Mention], denotes: URIRef, what: str) -> None:
        for mention in mentions:
            self.triples.add((self.span(mention.start, mention.end, what), ITSRDF.taIdentRef, denotes))

    # actors and places

    def map_actor(self, actor: Actor) -> None:
        node = self.actors[actor.id]
        what = f"actor {actor.id!r}"
        self.triples.add((node, RDF.type, SEM.Actor))
        self.triples.add((node, RDF.type, _actor_class(actor)))
        self.add(node, RDF.type, KG.UnnamedActor if actor.unnamed else None)
        self.triples.add((node, SDO.name, Literal(actor.name)))
        self.triples.add((node, RDFS.label, Literal(actor.name)))
        self.add(node, OWL.sameAs, wikidata_iri(actor.wikidata) if actor.wikidata else None)
        for name in actor.affiliations:
            self.triples.add((node, SDO.affiliation, self.named_actor(name, SDO.Organization)))
        if actor.nationality:
            self.triples.add((node, SDO.nationality, self.named_actor(actor.nationality, SDO.Country)))
        for role in actor.roles:
            self.map_role_held(node, actor, role)
        self.mentions(actor.mentions, node, what)

    def named_actor(self, name: str, kind: URIRef) -> URIRef:
        """An actor known only by name (an affiliation, a nationality); typed unless the document lists it."""
        node = actor_iri(name, self.base)
        if node not in self.actors.values():
            self.triples.add((node, RDF.type, SEM.Actor))
            self.triples.add((node, RDF.type, kind))
            self.triples.add((node, SDO.name, Literal(name)))
            self.triples.add((node, RDFS.label, Literal(name)))
        return node

    def map_role_held(self, node: URIRef, actor: Actor, role: str) -> None:
        """A SEM role node: this actor as (say) Bundeskanzler, held on the document's date according to it."""
        role_type = role_type_iri(role, self.base)
        held = URIRef(f"{self.doc}/role/{slug(actor.name)}/{slug(role)}")
        self.triples.add((role_type, RDF.type, SEM.RoleType))
        self.triples.add((role_type, RDFS.label, Literal(role, lang=self.lang)))
        self.triples.add((held, RDF.type, SEM.Role))
        self.triples.add((held, RDF.value, node))
        self.triples.add((held, SEM.roleType, role_type))
        self.triples.add((held, PROV.wasDerivedFrom, self.doc))
        published = self.extraction.document.published
        self.add(held, SEM.hasTimeStamp, Literal(published.date(), datatype=XSD.date) if published else None)

    def map_place(self, place: Place) -> None:
        node = self.places[place.id]
        for kind in (SEM.Place, SDO.Place):
            self.triples.add((node, RDF.type, kind))
        self.triples.add((node, SDO.name, Literal(place.name)))
        self.triples.add((node, RDFS.label, Literal(place.name)))
        self.add(node, OWL.sameAs, wikidata_iri(place.wikidata) if place.wikidata else None)
        self.mentions(place.mentions, node, f"place {place.id!r}")

    def actor(self, actor_id: str, what: str) -> URIRef:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise MappingError(f"{what}: unknown actor id {actor_id!r}") from None

    def place(self, place_id: str, what: str) -> URIRef:
        """A place by id; a country the extraction lists as an actor is a place too."""
        node = self.places.get(place_id) or self.actors.get(place_id)
        if node is None:
            raise MappingError(f"{what}: unknown place id {place_id!r}")
        self.triples.add((node, RDF.type, SEM.Place))
        return node

    def role(self, owner: URIRef, actor: URIRef, role: str, what: str) -> None:
        """`owner sem:hasActor [a sem:Role; rdf:value actor; sem:roleType kg:<role>]`, the node named."""
        role_type = ROLE_TYPES.get(role)
        if role_type is None:
            raise MappingError(f"{what}: unexpected participant role {role!r}")
        node = URIRef(f"{owner}/{role}/{actor.rsplit('/', 1)[-1]}")
        self.triples.add((owner, SEM.hasActor, node))
        self.triples.add((node, RDF.type, SEM.Role))
        self.triples.add((node, RDF.value, actor))
        self.triples.add((node, SEM.roleType, role_type))

    # statements

    def map_statement(self, statement: Statement) -> None:
        node = self.statements[statement.id]
        what = f"statement {statement.id!r}"
        mode = MODES.get(statement.mode)
        if mode is None:
            raise MappingError(f"{what}: unexpected mode {statement.mode!r}")
        self.triples.add((node, RDF.type, KG.Statement))
        self.triples.add((node, KG.content, Literal(statement.content, lang=self.lang)))
        self.triples.add((node, KG.contentSpan, self.span(statement.start, statement.end, what)))
        for start, end in statement.parts:
            self.triples.add((node, KG.contentPart, self.span(start, end, f"{what} part")))
        self.triples.add((node, KG.mode, mode))
        self.triples.add((node, KG.continuation, Literal(statement.continuation)))
        self.triples.add((node, PROV.wasDerivedFrom, self.doc))
        self.add(node, KG.cue, Literal(statement.cue) if statement.cue else None)
        if statement.cue_span:
            self.triples.add((node, KG.cueSpan, self.span(*statement.cue_span, f"{what} cue")))
        if statement.speech_act:
            self.triples.add((node, KG.speechAct, _concept(SA, statement.speech_act, f"{what} speech act")))
        if statement.speaker:
            speaker = self.actor(statement.speaker, what)
            self.triples.add((node, PROV.wasAttributedTo, speaker))
            self.role(node, speaker, "speaker", what)
            if statement.speaker_span:
                mention = self.span(*statement.speaker_span, f"{what} speaker")
                self.triples.add((mention, ITSRDF.taIdentRef, speaker))
        for role in ("addressee", "medium"):
            actor_id = getattr(statement, role)
            if actor_id:
                self.role(node, self.actor(actor_id, what), role, what)

    # events

    def event_iri(self, event: Event, used: set[URIRef]) -> URIRef:
        """Events are named by their trigger's span; a second event on one trigger gets a numeric suffix."""
        node = self.item_iri("event", event.start, event.end)
        number = 1
        while node in used:
            number += 1
            node = URIRef(f"{self.item_iri('event', event.start, event.end)}-{number}")
        used.add(node)
        return node

    def map_event(self, event: Event, node: URIRef) -> None:
        what = f"event {event.id!r}"
        self.triples.add((node, RDF.type, SEM.Event))
        self.triples.add((node, SEM.eventType, _concept(PLOVER, event.type, f"{what} type")))
        self.triples.add((node, KG.factuality, _concept(FACT, event.status, f"{what} status")))
        self.triples.add((node, RDFS.label, Literal(event.trigger, lang=self.lang)))
        self.triples.add((node, PROV.wasDerivedFrom, self.doc))
        trigger = self.span(event.start, event.end, f"{what} trigger")
        self.triples.add((node, KG.triggerSpan, trigger))
        self.triples.add((trigger, ITSRDF.taIdentRef, node))
        self.mentions(event.mentions, node, what)
        for participant in event.participants:
            self.role(node, self.actor(participant.actor, what), participant.role, what)
        if event.place:
            self.triples.add((node, SEM.hasPlace, self.place(event.place, what)))
        if event.time:
            self.triples.add((node, SEM.hasTime, self.map_time(event.time, what)))
        value = event.date or (event.time.value if event.time else None)
        self.add(node, SEM.hasTimeStamp, time_literal(value) if value else None)
        self.add(node, KG.quantity, Literal(event.quantity, lang=self.lang) if event.quantity else None)
        if event.statement:
            reported = self.statements.get(event.statement)
            if reported is None:
                raise MappingError(f"{what}: unknown statement id {event.statement!r}")
            self.triples.add((node, KG.reportedIn, reported))

    def map_time(self, time: TimeExpression, what: str) -> URIRef:
        """A time as written (its NIF span), its resolved value and its granularity as an OWL-Time unit."""
        node = self.item_iri("time", time.start, time.end)
        for kind in (SEM.Time, TIME.TemporalEntity):
            self.triples.add((node, RDF.type, kind))
        self.triples.add((self.span(time.start, time.end, f"{what} time"), ITSRDF.taIdentRef, node))
        self.add(node, SEM.hasTimeStamp, time_literal(time.value) if time.value else None)
        if time.granularity:
            unit = TIME_UNITS.get(time.granularity)
            if unit is None:
                raise MappingError(f"{what}: unexpected time granularity {time.granularity!r}")
            self.triples.add((node, TIME.unitType, unit))
        return node


def _actor_class(actor: Actor) -> URIRef:
    kind = ACTOR_CLASSES.get(actor.type)
    if kind is None:
        raise MappingError(f"actor {actor.id!r}: unexpected type {actor.type!r}")
    return kind


def _concept(namespace: type, name: str, what: str) -> URIRef:
    try:
        return namespace[name]
    except AttributeError:
        raise MappingError(f"{what}: {name!r} is not a concept of {namespace}") from None


def _index(value: int) -> Literal:
    """An offset as xsd:integer: Oxigraph stores every integer subtype as xsd:integer, so that stays."""
    return Literal(value, datatype=XSD.integer)


def _datetime(value: datetime | None) -> Literal | None:
    return Literal(value.isoformat(), datatype=XSD.dateTime) if value else None
