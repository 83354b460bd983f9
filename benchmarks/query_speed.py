"""The named queries on a store of at least a million triples, in process and through `kg serve`.

    .venv/bin/python benchmarks/query_speed.py /tmp/kg-corpus.jsonl [--articles 40] [--triples 1000000]

The big store is made of real extraction graphs: the first `--articles` articles of the benchmark corpus (see
build_speed.py assemble) are extracted with kg's shipped pipeline, then their extractions are added to the store
again and again under renamed document ids (`<id>-c1`, `<id>-c2`, ...) until the store holds `--triples`
triples. Actor and place IRIs stay as extracted, so the same actors recur across documents as in a real corpus.
Each query runs once to warm up and then three times; the figure is the median. Over HTTP the answer is
SPARQL JSON, read whole by the client.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import statistics
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from kg.extract import Extractor
from kg.rdf import document_triples
from kg.records import Document, Extraction
from kg.serve import Endpoint
from kg.store import Store, named_queries, resolve_query

RUNS = 3


def extract_articles(corpus: Path, count: int, model: str | None = None) -> list[Extraction]:
    """The first `count` articles of the corpus, extracted for real."""
    documents = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            documents.append(Document(id=record["id"], text=record["text"], title=record.get("title")))
            if len(documents) == count:
                break
    return list(Extractor(model).pipe(documents))


def renamed(extraction: Extraction, copy: int) -> Extraction:
    """The same extraction under another document id: a new document graph with the same actors."""
    document = dataclasses.replace(extraction.document, id=f"{extraction.document.id}-c{copy}")
    return dataclasses.replace(extraction, document=document)


def fill(store: Store, extractions: list[Extraction], *, triples: int = 0, documents: int = 0) -> int:
    """Add renamed copies until the store has `triples` triples and `documents` documents; returns documents."""
    sizes = [len(document_triples(extraction)) + 1 for extraction in extractions]  # + the hash triple
    added = total = 0
    for copy in itertools.count():
        for extraction, size in zip(extractions, sizes, strict=True):
            if total >= triples and added >= documents:
                return added
            store.add(renamed(extraction, copy) if copy else extraction)
            added += 1
            total += size
    return added


def median_seconds(action: Callable[[], int]) -> tuple[float, int]:
    """Median time of RUNS runs after one warm-up, and the number of rows the action reported."""
    rows = action()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def over_http(url: str, sparql: str) -> Callable[[], int]:
    def run() -> int:
        request = urllib.request.Request(
            url, data=urlencode({"query": sparql}).encode(), method="POST",
            headers={"Accept": "application/sparql-results+json",
                     "Content-Type": "application/x-www-form-urlencoded"},
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            return len(json.loads(response.read())["results"]["bindings"])

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="keep the store here (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-query-") as temp:
        path = args.store or Path(temp) / "store"
        started = time.perf_counter()
        extractions = extract_articles(args.corpus, args.articles)
        extracted = time.perf_counter()
        with Store.open(path) as store:
            documents = fill(store, extractions, triples=args.triples)
            count = store.triple_count()
        filled = time.perf_counter()
        print(f"extracted {len(extractions)} articles in {extracted - started:.0f} s; "
              f"store: {documents:,} documents, {count:,} triples, filled in {filled - extracted:.0f} s")
        print("| query | rows | in process (s) | over HTTP, kg serve (s) |\n|---|---|---|---|")
        with Store.open(path, read_only=True) as store:
            local = {name: median_seconds(lambda s=resolve_query(name): len(store.query(s).rows))
                     for name in named_queries()}
        with Endpoint(path, port=0, timeout=60) as endpoint:
            for name in named_queries():
                remote, _ = median_seconds(over_http(endpoint.url, resolve_query(name)))
                seconds, rows = local[name]
                print(f"| {name} | {rows:,} | {seconds:.3f} | {remote:.3f} |", flush=True)


if __name__ == "__main__":
    main()
