"""The shipped named queries give the expected rows for a known extraction, once per thing."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from kg.records import Actor, Event, Extraction, Mention, Participant, Statement
from kg.store import Store, named_queries, resolve_query
from tests.rdf_sample import TEXT, sample_extraction, span

CONTENT = "Die USA erwägen, bis zu 8500 Soldaten nach Osteuropa zu verlegen"


@pytest.fixture(scope="module")
def store():
    """Two documents with the same actors; the second adds an unattributed statement and an undated event
    with two mentions."""
    second = sample_extraction(doc_id="doc-2")
    quote = span(TEXT, "Russland wies die Vorwürfe zurück")
    protest = span(TEXT, "wies")
    second = dataclasses.replace(
        second,
        actors=[*second.actors, Actor(id="a4", name="Kreml", type="Organization", affiliations=["Russland"])],
        statements=[
            *second.statements,
            Statement(
                id="s3", mode="indirect", content=TEXT[quote[0] : quote[1]], start=quote[0], end=quote[1]
            ),
        ],
        events=[
            *second.events,
            Event(
                id="e2",
                type="REJECT",
                trigger="wies",
                start=protest[0],
                end=protest[1],
                participants=[
                    Participant("a3", "agent"),
                    Participant("a2", "target"),
                    Participant("a4", "agent"),
                ],
                status="occurred",
                mentions=[Mention(*protest, "wies"), Mention(*span(TEXT, "Vorwürfe"), "Vorwürfe")],
            ),
        ],
    )
    with Store.open(None) as opened:
        opened.add(sample_extraction())
        opened.add(second)
        yield opened


def rows(store: Store, name: str) -> list[dict]:
    result = store.query(resolve_query(name))
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def test_the_five_named_queries_are_shipped():
    assert set(named_queries()) >= {"statements", "actors", "events", "network", "timeline"}


def test_statements_gives_one_row_per_statement(store):
    found = rows(store, "statements")
    assert len(found) == 5
    first = found[0]
    assert {k: first[k] for k in ("speaker", "cue", "speech_act", "mode", "content", "document")} == {
        "speaker": "Olaf Scholz",
        "cue": "sagen",
        "speech_act": "claim",
        "mode": "direct",
        "content": "Die Lage ist ernst.",
        "document": "doc-1",
    }
    assert first["end"] - first["start"] == len(first["content"])
    assert any(row["addressee"] == "Russland" for row in found)
    assert found[1]["content"] == CONTENT and found[1]["mode"] == "indirect"
    last = found[4]
    assert {k: last[k] for k in ("speaker", "cue", "speech_act", "mode", "content", "document", "addressee")} == {
        "speaker": None,
        "cue": None,
        "speech_act": None,
        "mode": "indirect",
        "content": "Russland wies die Vorwürfe zurück",
        "document": "doc-2",
        "addressee": None,
    }


def test_actors_lists_each_actor_once_with_its_mentions_summed(store):
    found = {row["actor"]: row for row in rows(store, "actors")}
    assert set(found) == {"Olaf Scholz", "Vereinigte Staaten", "Russland", "SPD", "Kreml"}
    assert found["Olaf Scholz"] == {
        "actor": "Olaf Scholz",
        "type": "Person",
        "roles": "Bundeskanzler",
        "affiliation": "SPD",
        "wikidata": "http://www.wikidata.org/entity/Q61053",
        "mentions": 4,
    }
    assert found["Russland"]["mentions"] == 2 and found["Russland"]["wikidata"] is None
    assert found["Kreml"]["affiliation"] == "Russland" and found["Kreml"]["mentions"] == 0


def test_events_gives_type_date_status_place_and_participants(store):
    found = rows(store, "events")
    assert [(row["document"], row["type"]) for row in found] == [
        ("doc-1", "MOBILIZE"),
        ("doc-2", "MOBILIZE"),
        ("doc-2", "REJECT"),
    ]
    assert found[0]["date"] == date(2022, 1, 24)
    assert found[0]["status"] == "considered" and found[0]["place"] == "Osteuropa"
    assert found[0]["participants"] == "Olaf Scholz (speaker); Russland (target); Vereinigte Staaten (agent)"
    assert found[2]["date"] is None
    assert found[2]["participants"] == "Kreml (agent); Russland (agent); Vereinigte Staaten (target)"


def test_timeline_gives_dated_events_in_date_order(store):
    found = rows(store, "timeline")
    assert [(row["date"], row["type"], row["document"]) for row in found] == [
        (date(2022, 1, 24), "MOBILIZE", "doc-1"),
        (date(2022, 1, 24), "MOBILIZE", "doc-2"),
    ]


def test_network_weighs_actor_pairs_by_what_links_them(store):
    found = {(row["source"], row["target"], row["relation"]): row["weight"] for row in rows(store, "network")}
    assert found == {
        ("Olaf Scholz", "Russland", "claim"): 2,  # the addressee of a statement in each document
        ("Olaf Scholz", "Russland", "MOBILIZE"): 2,
        ("Vereinigte Staaten", "Russland", "MOBILIZE"): 2,
        ("Olaf Scholz", "Vereinigte Staaten", "MOBILIZE"): 2,
        ("Russland", "Vereinigte Staaten", "REJECT"): 1,
        ("Kreml", "Vereinigte Staaten", "REJECT"): 1,
        ("Kreml", "Russland", "REJECT"): 1,
    }


def test_events_and_statements_list_articles_by_publication_date_then_id():
    """An older article comes first whatever its id; articles without a date come before dated ones."""
    def published(doc_id: str, when: datetime | None) -> Extraction:
        extraction = sample_extraction(doc_id=doc_id)
        return dataclasses.replace(extraction, document=dataclasses.replace(extraction.document, published=when))

    with Store.open(None) as store:
        store.add(published("a-newer", datetime(2022, 2, 1, 9, 0)))
        store.add(published("b-older", datetime(2022, 1, 3, 9, 0)))
        store.add(published("c-undated", None))
        for name in ("events", "statements"):
            documents = [row["document"] for row in rows(store, name)]
            assert list(dict.fromkeys(documents)) == ["c-undated", "b-older", "a-newer"], name


@pytest.mark.parametrize("name", ["events", "timeline", "statements", "actors", "network"])
def test_a_turtle_file_of_several_documents_gives_the_stores_rows(store, tmp_path, name):
    """Turtle merges the document graphs into one: no row may be matched with another document's."""
    path = tmp_path / "graph.ttl"
    store.export(path)
    with Store.from_file(path) as loaded:
        assert sorted(map(repr, rows(loaded, name))) == sorted(map(repr, rows(store, name)))


def test_an_unnamed_actor_is_listed_as_such() -> None:
    extraction = sample_extraction()
    witness = Actor(id="a9", name="Augenzeuge", type="Person", unnamed=True)
    with Store.open(None) as opened:
        opened.add(dataclasses.replace(extraction, actors=[*extraction.actors, witness]))
        found = {str(r["actor"]): str(r["type"]) for r in rows(opened, "actors")}
    assert set(found["Augenzeuge"].split(", ")) == {"Person", "unnamed"}
    assert found["Olaf Scholz"] == "Person"
