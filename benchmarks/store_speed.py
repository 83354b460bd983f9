"""How fast the store takes documents and answers the named queries, on a synthetic corpus.

Synthetic extractions stand in for real ones (no spaCy here): every document names actors drawn from one pool
with Zipf-like weights, so popular actors appear in many documents, which is what makes the store's union of
document graphs repeat their triples. Usage:

    .venv/bin/python benchmarks/store_speed.py [documents=2000] [--disk]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from kg.records import Actor, Document, Event, Extraction, Mention, Participant, Statement, TimeExpression
from kg.store import Store, named_queries, resolve_query
from kg.validate import validate

POOL = 300
ACTORS_PER_DOC = 15
STATEMENTS_PER_DOC = 8
EVENTS_PER_DOC = 6
EVENT_TYPES = ("CONSULT", "REQUEST", "MOBILIZE", "SUPPORT", "ACCUSE", "AGREE")
STATUSES = ("occurred", "planned", "considered")


def synthetic(index: int, rng: random.Random) -> Extraction:
    """One document: a sentence per actor mention, statement and event, with offsets that fit its text."""
    weights = [1 / (rank + 1) for rank in range(POOL)]
    names = sorted(set(rng.choices(range(POOL), weights=weights, k=ACTORS_PER_DOC)))
    parts: list[str] = []
    offset = 0

    def put(text: str) -> tuple[int, int]:
        nonlocal offset
        start = offset
        parts.append(text + " ")
        offset += len(text) + 1
        return start, start + len(text)

    actors = []
    for number in names:
        name = f"Person {number}"
        start, end = put(name)
        actors.append(
            Actor(
                id=f"a{number}", name=name, type="Person", roles=[f"Minister {number % 20}"],
                wikidata=f"Q{1000 + number}", mentions=[Mention(start, end, name)],
            )
        )
    statements = []
    for number in range(STATEMENTS_PER_DOC):
        content = f"Das ist Aussage {number} in Dokument {index}, sagte er."
        start, end = put(content)
        statements.append(
            Statement(
                id=f"s{number}", mode="indirect", content=content, start=start, end=end,
                speaker=rng.choice(actors).id, cue="sagen", speech_act="claim",
                addressee=rng.choice(actors).id,
            )
        )
    events = []
    for number in range(EVENTS_PER_DOC):
        start, end = put(f"Treffen{number}")
        day = put("am Montag")
        events.append(
            Event(
                id=f"e{number}", type=rng.choice(EVENT_TYPES), trigger=f"Treffen{number}", start=start, end=end,
                participants=[Participant(a.id, "participant") for a in rng.sample(actors, 3)],
                date=f"2022-01-{1 + index % 28:02d}",
                time=TimeExpression(day[0], day[1], "am Montag", f"2022-01-{1 + index % 28:02d}", "day"),
                status=rng.choice(STATUSES), statement=f"s{number}",
            )
        )
    document = Document(id=f"doc{index:05d}", text="".join(parts), published=datetime(2022, 1, 25))
    return Extraction(document, actors=actors, statements=statements, events=events)


def corpus(size: int) -> Iterator[Extraction]:
    rng = random.Random(7)
    return (synthetic(index, rng) for index in range(size))


def timed(label: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = action()
    print(f"{label:<40} {time.perf_counter() - start:8.2f} s")
    return result


def main(size: int, disk: bool) -> None:
    extractions = list(corpus(size))
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "store" if disk else None) as store:
        print(f"{size} synthetic documents, store {'on disk' if disk else 'in memory'}")
        timed("add (new documents)", lambda: [store.add(e) for e in extractions])
        print(f"{'triples':<40} {store.triple_count():8d}")
        timed("add again (unchanged, skipped)", lambda: [store.add(e) for e in extractions])
        for name in named_queries():
            result = timed(f"query {name}", lambda name=name: store.query(resolve_query(name)))
            print(f"{'  rows':<40} {len(result.rows):8d}")
        timed("export Turtle", lambda: store.export(Path(folder) / "graph.ttl"))
        timed("export N-Quads", lambda: store.export(Path(folder) / "graph.nq"))
        small = Store.open(None)
        for extraction in extractions[:100]:
            small.add(extraction)
        timed("validate (SHACL, first 100 documents)", lambda: validate(small))


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(arguments[0]) if arguments else 2000, "--disk" in sys.argv)
