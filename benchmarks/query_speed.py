"""The named queries on a store of at least a million triples, in process and through `kg serve`.

    .venv/bin/python benchmarks/query_speed.py /tmp/kg-corpus.jsonl [--articles 40] [--triples 1000000]

The big store is made of real extraction graphs: the first `--articles` articles of the benchmark corpus (see
build_speed.py assemble) are extracted with kg's shipped pipeline, then their extractions are added to the store
again and again under renamed document ids (`<id>-c1`, `<id>-c2`, ...) until the store holds `--triples`
triples. Actor and place IRIs stay as extracted, so the same actors recur across documents as in a real corpus.
Each query runs once to warm up and then seven times; the figures are the median and, for CPU time, the fastest
run: the same pure-Python loop varies by up to 40 % in CPU time on these shared machines, so the fastest run is
the one least disturbed by neighbours (as `timeit` reports). Over HTTP the answer is
SPARQL JSON, read whole by the client.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import statistics
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from kg.extract import Extractor
from kg.rdf import document_triples
from kg.records import Document, Extraction
from kg.serve import Endpoint
from kg.store import Store, named_queries, resolve_query

RUNS = 7


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


@dataclass(frozen=True)
class Timing:
    """Median wall time and CPU time of a query, and its least CPU time."""

    seconds: float
    cpu_seconds: float
    least_cpu_seconds: float
    rows: int


def median_timing(action: Callable[[], int], cpu: Callable[[], float] = time.process_time) -> Timing:
    """Medians and least CPU time of RUNS runs after one warm-up; `cpu` reads the CPU seconds spent so far."""
    rows = action()
    walls, cpus = [], []
    for _ in range(RUNS):
        cpu_started, started = cpu(), time.perf_counter()
        action()
        walls.append(time.perf_counter() - started)
        cpus.append(cpu() - cpu_started)
    return Timing(statistics.median(walls), statistics.median(cpus), min(cpus), rows)


def process_cpu_seconds(pid: int) -> float:
    """utime + stime of another process, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    parser.add_argument("--store", type=Path, help="keep the store here, or reuse the one that is there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-query-") as temp:
        path = args.store or Path(temp) / "store"
        if path.is_dir():
            with Store.open(path, read_only=True) as store:
                print(f"reusing {path}: {len(store.documents()):,} documents, {store.triple_count():,} triples")
        else:
            started = time.perf_counter()
            extractions = extract_articles(args.corpus, args.articles)
            extracted = time.perf_counter()
            with Store.open(path) as store:
                documents = fill(store, extractions, triples=args.triples)
                count = store.triple_count()
            filled = time.perf_counter()
            print(f"extracted {len(extractions)} articles in {extracted - started:.0f} s; "
                  f"store: {documents:,} documents, {count:,} triples, filled in {filled - extracted:.0f} s")
        print("| query | rows | in process: wall s | CPU s (least) | over HTTP (kg serve): wall s | CPU s (least) |")
        print("|---|---|---|---|---|---|")
        with Store.open(path, read_only=True) as store:
            local = {name: median_timing(lambda s=resolve_query(name): len(store.query(s).rows))
                     for name in named_queries()}
        with Endpoint(path, port=0, timeout=60) as endpoint:
            engine = endpoint.engine.pid
            cpu = lambda: time.process_time() + process_cpu_seconds(engine)  # noqa: E731  (client, guard, engine)
            for name in named_queries():
                remote = median_timing(over_http(endpoint.url, resolve_query(name)), cpu)
                here = local[name]
                print(f"| {name} | {here.rows:,} | {here.seconds:.3f} | {here.cpu_seconds:.3f} "
                      f"({here.least_cpu_seconds:.3f}) | {remote.seconds:.3f} | {remote.cpu_seconds:.3f} "
                      f"({remote.least_cpu_seconds:.3f}) |", flush=True)
        print(f"load average: {os.getloadavg()[0]:.1f}")

if __name__ == "__main__":
    main()
