"""The RDF mapping: exact triples for a tiny extraction, stable IRIs, clear errors, SHACL conformance."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS, Namespace

from kg.paths import ONTOLOGY_DIR
from kg.rdf import MappingError, actor_iri, document_graph_iri, slug, time_literal, to_graph
from kg.records import Actor, Document, Event, Extraction, Mention, Participant, Statement
from kg.validate import validate
from kg.vocab import FACT, KG, NIF, PLOVER, SA, SEM
from tests.rdf_sample import sample_extraction

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain one: pytest probes DefinedNamespaces

TINY_TEXT = "Merz sagte, er sei bereit."

TINY_TURTLE = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix schema: <https://schema.org/> .
@prefix sa: <https://w3id.org/kg-news/speech-act#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix doc: <https://w3id.org/kg-news/id/doc/> .
@prefix actor: <https://w3id.org/kg-news/id/actor/> .

doc:t1 a schema:NewsArticle ; schema:identifier "t1" ; schema:inLanguage "de" .
<https://w3id.org/kg-news/id/doc/t1#char=0,26> a nif:Context, nif:RFC5147String ;
    nif:isString "Merz sagte, er sei bereit." ; nif:beginIndex 0 ; nif:endIndex 26 ; nif:sourceUrl doc:t1 .
actor:Friedrich_Merz a sem:Actor, schema:Person ; schema:name "Friedrich Merz" ; rdfs:label "Friedrich Merz" ;
    owl:sameAs wd:Q57792 .
<https://w3id.org/kg-news/id/doc/t1#char=0,4> a nif:String, nif:RFC5147String ;
    nif:referenceContext <https://w3id.org/kg-news/id/doc/t1#char=0,26> ;
    nif:beginIndex 0 ; nif:endIndex 4 ; nif:anchorOf "Merz" ; itsrdf:taIdentRef actor:Friedrich_Merz .
<https://w3id.org/kg-news/id/doc/t1#char=5,10> a nif:String, nif:RFC5147String ;
    nif:referenceContext <https://w3id.org/kg-news/id/doc/t1#char=0,26> ;
    nif:beginIndex 5 ; nif:endIndex 10 ; nif:anchorOf "sagte" .
<https://w3id.org/kg-news/id/doc/t1#char=12,25> a nif:String, nif:RFC5147String ;
    nif:referenceContext <https://w3id.org/kg-news/id/doc/t1#char=0,26> ;
    nif:beginIndex 12 ; nif:endIndex 25 ; nif:anchorOf "er sei bereit" .
<https://w3id.org/kg-news/id/doc/t1/statement/12-25> a kg:Statement ;
    kg:content "er sei bereit"@de ; kg:mode kg:indirect ; kg:continuation false ;
    kg:contentSpan <https://w3id.org/kg-news/id/doc/t1#char=12,25> ;
    kg:cue "sagen" ; kg:cueSpan <https://w3id.org/kg-news/id/doc/t1#char=5,10> ; kg:speechAct sa:claim ;
    prov:wasAttributedTo actor:Friedrich_Merz ; prov:wasDerivedFrom doc:t1 ;
    sem:hasActor <https://w3id.org/kg-news/id/doc/t1/statement/12-25/speaker/Friedrich_Merz> .
<https://w3id.org/kg-news/id/doc/t1/statement/12-25/speaker/Friedrich_Merz> a sem:Role ;
    rdf:value actor:Friedrich_Merz ; sem:roleType kg:speaker .
"""


def tiny_extraction() -> Extraction:
    document = Document(id="t1", text=TINY_TEXT)
    merz = Actor(
        id="a1", name="Friedrich Merz", type="Person", wikidata="Q57792", mentions=[Mention(0, 4, "Merz")]
    )
    statement = Statement(
        id="s1",
        mode="indirect",
        content="er sei bereit",
        start=12,
        end=25,
        speaker="a1",
        cue="sagen",
        cue_span=(5, 10),
        speech_act="claim",
    )
    return Extraction(document, actors=[merz], statements=[statement])


def test_tiny_extraction_maps_to_exactly_the_expected_triples():
    expected = Graph().parse(data=TINY_TURTLE, format="turtle")
    assert isomorphic(to_graph(tiny_extraction()), expected)


def test_the_same_input_gives_the_same_graph():
    first, second = to_graph(sample_extraction()), to_graph(sample_extraction())
    assert set(first) == set(second)
    assert not any(isinstance(term, BNode) for triple in first for term in triple)


def test_an_actor_is_one_node_in_every_document():
    one = to_graph(sample_extraction(doc_id="one"))
    two = to_graph(sample_extraction(doc_id="two"))
    scholz = actor_iri("Olaf Scholz")
    assert (scholz, RDF.type, SEM.Actor) in one
    assert (scholz, RDF.type, SEM.Actor) in two
    assert document_graph_iri("one") != document_graph_iri("two")


def test_every_part_of_the_sample_is_in_the_graph():
    graph = to_graph(sample_extraction())
    assert len(set(graph.subjects(RDF.type, KG.Statement))) == 2
    event = next(graph.subjects(RDF.type, SEM.Event))
    assert graph.value(event, SEM.eventType) == PLOVER.MOBILIZE
    assert graph.value(event, KG.factuality) == FACT.considered
    assert graph.value(event, SEM.hasTimeStamp) == Literal("2022-01-24", datatype=XSD.date)
    assert graph.value(event, KG.reportedIn) is not None
    roles = {graph.value(role, SEM.roleType) for role in graph.objects(event, SEM.hasActor)}
    assert roles == {KG.agent, KG.target, KG.speaker}
    time = graph.value(event, SEM.hasTime)
    assert graph.value(time, URIRef("http://www.w3.org/2006/time#unitType")).endswith("unitDay")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Olaf Scholz", "Olaf_Scholz"),
        ("  Ursula   von der Leyen ", "Ursula_von_der_Leyen"),
        ("Europäische Union", "Europäische_Union"),
        ("AT&T", "AT%26T"),
        ("Nato/Otan", "Nato%2FOtan"),
        ("Bündnis 90/Die Grünen", "Bündnis_90%2FDie_Grünen"),
    ],
)
def test_slugs_are_readable_and_safe(name, expected):
    assert slug(name) == expected


def test_an_empty_name_is_an_error():
    with pytest.raises(MappingError, match="empty name"):
        slug("   ")


@pytest.mark.parametrize(
    ("value", "datatype", "lexical"),
    [
        ("2022-01-24", XSD.date, "2022-01-24"),
        ("2022-01", XSD.gYearMonth, "2022-01"),
        ("2022", XSD.gYear, "2022"),
        ("2022-01-24T15:30", XSD.dateTime, "2022-01-24T15:30:00"),
        ("2022-01-24T15:30+01:00", XSD.dateTime, "2022-01-24T15:30:00+01:00"),
        ("2022-01-24T15:30:12Z", XSD.dateTime, "2022-01-24T15:30:12+00:00"),
        ("2022-W04", XSD.string, "2022-W04"),
        ("2022-Q1", XSD.string, "2022-Q1"),
    ],
)
def test_time_values_get_the_xsd_type_of_their_granularity(value, datatype, lexical):
    literal = time_literal(value)
    assert (literal.datatype, str(literal)) == (datatype, lexical)


def _broken(**changes) -> Extraction:
    extraction = sample_extraction()
    statement = dataclasses.replace(extraction.statements[0], **changes.get("statement", {}))
    event = dataclasses.replace(extraction.events[0], **changes.get("event", {}))
    actor = dataclasses.replace(extraction.actors[0], **changes.get("actor", {}))
    return dataclasses.replace(
        extraction,
        document=dataclasses.replace(extraction.document, **changes.get("document", {})),
        statements=[statement, *extraction.statements[1:]],
        events=[event],
        actors=[actor, *extraction.actors[1:]],
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"statement": {"speaker": "nobody"}}, "unknown actor id 'nobody'"),
        ({"statement": {"speech_act": "gossip"}}, "'gossip' is not a concept"),
        ({"statement": {"start": 170, "end": 999}}, "outside the document"),
        ({"event": {"type": "FLY"}}, "'FLY' is not a concept"),
        ({"event": {"status": "rumoured"}}, "'rumoured' is not a concept"),
        ({"event": {"date": "next week"}}, "unexpected date value"),
        ({"event": {"participants": [Participant("a1", "bystander")]}}, "unexpected participant role"),
        ({"event": {"place": "p9"}}, "unknown place id"),
        ({"event": {"statement": "s9"}}, "unknown statement id"),
        ({"actor": {"wikidata": "Scholz"}}, "unexpected Wikidata id"),
        ({"actor": {"type": "Animal"}}, "unexpected type 'Animal'"),
        ({"document": {"url": "https://example.org/a b"}}, "not a valid IRI"),
    ],
)
def test_bad_records_give_a_one_line_mapping_error(changes, message):
    with pytest.raises(MappingError, match=message) as info:
        to_graph(_broken(**changes))
    assert "\n" not in str(info.value)


def test_a_wikidata_url_is_accepted_as_well_as_a_qid():
    extraction = _broken(actor={"wikidata": "https://www.wikidata.org/wiki/Q61053"})
    graph = to_graph(extraction)
    assert (
        actor_iri("Olaf Scholz"),
        URIRef("http://www.w3.org/2002/07/owl#sameAs"),
        URIRef("http://www.wikidata.org/entity/Q61053"),
    ) in graph


def test_a_valid_graph_conforms_to_the_shapes():
    conforms, report = validate(to_graph(sample_extraction()))
    assert conforms, report


def _statement(graph: Graph) -> URIRef:
    return next(iter(sorted(graph.subjects(RDF.type, KG.Statement))))


def _without_mode(graph: Graph) -> None:
    graph.remove((_statement(graph), KG.mode, None))


def _wrong_anchor(graph: Graph) -> None:
    mention = next(iter(sorted(graph.subjects(NIF.anchorOf, Literal("Olaf Scholz")))))
    graph.set((mention, NIF.anchorOf, Literal("Olaf Schulz")))


def _foreign_event_type(graph: Graph) -> None:
    event = next(graph.subjects(RDF.type, SEM.Event))
    graph.set((event, SEM.eventType, URIRef("https://w3id.org/kg-news/plover#FLY")))


def _speech_act_outside_the_scheme(graph: Graph) -> None:
    graph.set((_statement(graph), KG.speechAct, FACT.occurred))


def _actor_without_kind(graph: Graph) -> None:
    graph.remove((actor_iri("Russland"), RDF.type, URIRef("https://schema.org/Country")))


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (_without_mode, "kg:mode"),
        (_wrong_anchor, "is not the context's text"),
        (_foreign_event_type, "PloverEventShape"),
        (_speech_act_outside_the_scheme, "sa: scheme"),
        (_actor_without_kind, "OrConstraintComponent"),
    ],
)
def test_a_broken_graph_is_caught(breakage, expected):
    graph = to_graph(sample_extraction())
    breakage(graph)
    conforms, report = validate(graph)
    assert not conforms
    assert expected in report


@pytest.mark.parametrize(
    ("namespace", "filename"),
    [(PLOVER, "plover.ttl"), (SA, "speech-acts.ttl"), (FACT, "factuality.ttl")],
)
def test_the_closed_vocabularies_match_the_ontology_files(namespace, filename):
    graph = Graph().parse(ONTOLOGY_DIR / filename, format="turtle")
    concepts = {str(c).removeprefix(str(namespace)) for c in graph.subjects(RDF.type, SKOS.Concept)}
    declared = set(namespace.__annotations__) - {"scheme"}
    assert concepts == declared


def test_every_kg_term_is_defined_in_kg_ttl():
    graph = Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
    undefined = {name for name in KG.__annotations__ if (KG[name], RDF.type, None) not in graph}
    assert not undefined


def test_the_mapping_does_not_import_spacy():
    code = "import sys, kg.rdf, kg.store; sys.exit(1 if 'spacy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_an_event_without_optional_parts_maps():
    extraction = sample_extraction()
    bare = Event(id="e2", type="CONSULT", trigger="sagte", start=26, end=31)
    graph = to_graph(dataclasses.replace(extraction, events=[*extraction.events, bare]))
    consults = set(graph.subjects(SEM.eventType, PLOVER.CONSULT))
    assert len(consults) == 1
    assert validate(graph)[0]


def test_an_unnamed_actor_is_its_document_s_own() -> None:
    """`ein Augenzeuge` in two documents is two actors; a named one is one node across documents."""
    def with_witness(doc_id: str) -> Extraction:
        extraction = sample_extraction(doc_id=doc_id)
        witness = Actor(id="a9", name="Augenzeuge", type="Person", unnamed=True)
        return dataclasses.replace(extraction, actors=[*extraction.actors, witness])

    first, second = to_graph(with_witness("doc-1")), to_graph(with_witness("doc-2"))
    witnesses = [set(g.subjects(RDF.type, KG.UnnamedActor)) for g in (first, second)]
    assert [len(w) for w in witnesses] == [1, 1] and witnesses[0] != witnesses[1]
    assert str(next(iter(witnesses[0]))).endswith("doc/doc-1/actor/Augenzeuge")
    assert actor_iri("Olaf Scholz") in set(first.subjects()) & set(second.subjects())


def test_the_pieces_around_an_attribution_set_inside_a_content_are_its_parts() -> None:
    text = "Die Lage sei, so Merz, ernst."
    merz = Actor(id="a1", name="Friedrich Merz", type="Person", mentions=[Mention(17, 21, "Merz")])
    statement = Statement(
        id="s1", mode="indirect", content="Die Lage sei ernst", start=0, end=28, speaker="a1", parts=[(0, 12), (23, 28)]
    )
    graph = to_graph(Extraction(Document(id="t2", text=text), actors=[merz], statements=[statement]))
    node = next(graph.subjects(RDF.type, KG.Statement))
    anchors = sorted(str(graph.value(part, NIF.anchorOf)) for part in graph.objects(node, KG.contentPart))
    assert anchors == ["Die Lage sei", "ernst"]
    assert graph.value(node, KG.content) == Literal("Die Lage sei ernst", lang="de")
    assert validate(graph)[0]
