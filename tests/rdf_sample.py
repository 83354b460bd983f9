"""A small hand-made extraction for the RDF, store and query tests (offsets computed from the text)."""

from __future__ import annotations

from datetime import datetime

from kg.records import (
    Actor,
    Document,
    Event,
    Extraction,
    Mention,
    Participant,
    Place,
    Statement,
    TimeExpression,
)

TEXT = (
    'Bundeskanzler Olaf Scholz sagte am Montag: "Die Lage ist ernst." '
    "Die USA erwägen, bis zu 8500 Soldaten nach Osteuropa zu verlegen, erklärte Scholz. "
    "Russland wies die Vorwürfe zurück."
)


def span(text: str, part: str, nth: int = 1) -> tuple[int, int]:
    """The offsets of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth):
        start = text.index(part, start + 1)
    return start, start + len(part)


def mention(text: str, part: str, nth: int = 1) -> Mention:
    start, end = span(text, part, nth)
    return Mention(start, end, part)


def sample_extraction(
    text: str = TEXT, doc_id: str = "doc-1", *, speaker_name: str = "Olaf Scholz"
) -> Extraction:
    """Two statements by one speaker, one event with three participants, a place and a time."""
    document = Document(
        id=doc_id, text=text, title="Scholz zur Lage", published=datetime(2022, 1, 25, 1, 42), url=None
    )
    scholz = Actor(
        id="a1",
        name=speaker_name,
        type="Person",
        roles=["Bundeskanzler"],
        affiliations=["SPD"],
        wikidata="Q61053",
        mentions=[mention(text, "Olaf Scholz"), mention(text, "Scholz", 2)],
    )
    usa = Actor(
        id="a2", name="Vereinigte Staaten", type="Country", wikidata="Q30", mentions=[mention(text, "USA")]
    )
    russia = Actor(id="a3", name="Russland", type="Country", mentions=[mention(text, "Russland")])
    osteuropa = Place(id="p1", name="Osteuropa", mentions=[mention(text, "Osteuropa")])
    quote = span(text, "Die Lage ist ernst.")
    reported = span(text, "Die USA erwägen, bis zu 8500 Soldaten nach Osteuropa zu verlegen")
    monday = span(text, "am Montag")
    statements = [
        Statement(
            id="s1",
            mode="direct",
            content=text[quote[0] : quote[1]],
            start=quote[0],
            end=quote[1],
            speaker="a1",
            speaker_span=span(text, "Olaf Scholz"),
            cue="sagen",
            cue_span=span(text, "sagte"),
            speech_act="claim",
        ),
        Statement(
            id="s2",
            mode="indirect",
            content=text[reported[0] : reported[1]],
            start=reported[0],
            end=reported[1],
            speaker="a1",
            speaker_span=span(text, "Scholz", 2),
            cue="erklären",
            cue_span=span(text, "erklärte"),
            speech_act="claim",
            addressee="a3",
        ),
    ]
    trigger = span(text, "verlegen")
    events = [
        Event(
            id="e1",
            type="MOBILIZE",
            trigger="verlegen",
            start=trigger[0],
            end=trigger[1],
            participants=[
                Participant("a2", "agent"),
                Participant("a3", "target"),
                Participant("a1", "speaker"),
            ],
            place="p1",
            date="2022-01-24",
            time=TimeExpression(monday[0], monday[1], "am Montag", "2022-01-24", "day"),
            status="considered",
            statement="s2",
            quantity="8500 Soldaten",
        )
    ]
    return Extraction(document, [scholz, usa, russia], [osteuropa], statements, events)
