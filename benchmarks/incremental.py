"""What adding one new document to a store of 1,000 documents costs, beside building that document alone.

    .venv/bin/python benchmarks/incremental.py /tmp/kg-corpus.jsonl [--documents 1000] [--articles 40]

The store of 1,000 documents is made as in query_speed.py: real extractions of the corpus's first articles,
added again under renamed document ids. The new document is the next article of the corpus, which the store
does not hold. Measured:
- end to end, `kg build NEW.jsonl -o OUT --no-views` (store and graph.ttl) and `--no-exports` (store only) as a
  subprocess, into an empty output folder and into the one holding 1,000 documents (median of 3; the pipeline
  load is in both);
- inside one process, with the pipeline loaded: extracting the document, adding its graph to the empty and to the
  big store, and writing graph.ttl (the whole store) for each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from query_speed import extract_articles, fill

from kg.build import write_turtle
from kg.extract import Extractor
from kg.records import Document
from kg.store import Store

RUNS = 3


def nth_article(corpus: Path, index: int) -> dict[str, str]:
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == index:
                return json.loads(line)
    raise SystemExit(f"incremental: {corpus} has fewer than {index + 1} articles")


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def cli_build(source: Path, output: Path, flag: str = "--no-views") -> float:
    """Wall time of one `kg build` subprocess; the document's graph is removed again afterwards."""
    command = [str(Path(sys.executable).parent / "kg"), "build", str(source), "-o", str(output), flag, "-q"]
    seconds = timed(lambda: subprocess.run(command, check=True, capture_output=True))
    with Store.open(output / "store") as store:
        store.remove(json.loads(source.read_text(encoding="utf-8"))["id"])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    new = nth_article(args.corpus, args.articles)
    words = len(new["text"].split())
    with tempfile.TemporaryDirectory(prefix="kg-incremental-") as temp:
        empty, big = Path(temp) / "empty", Path(temp) / "big"
        source = Path(temp) / "new.jsonl"
        source.write_text(json.dumps(new, ensure_ascii=False) + "\n", encoding="utf-8")
        with Store.open(big / "store") as store:
            documents = fill(store, extract_articles(args.corpus, args.articles), documents=args.documents)
            triples = store.triple_count()
        Store.open(empty / "store").close()
        print(f"new document {new['id']} ({words} words); big store: {documents:,} documents, {triples:,} triples")

        alone = statistics.median(cli_build(source, empty) for _ in range(RUNS))
        added = statistics.median(cli_build(source, big) for _ in range(RUNS))
        print("| step | empty store (s) | 1,000 documents (s) |\n|---|---|---|")
        print(f"| kg build NEW (subprocess, end to end) | {alone:.2f} | {added:.2f} |")
        alone = statistics.median(cli_build(source, empty, "--no-exports") for _ in range(RUNS))
        added = statistics.median(cli_build(source, big, "--no-exports") for _ in range(RUNS))
        print(f"| kg build NEW --no-exports (store only) | {alone:.2f} | {added:.2f} |", flush=True)

        extractor = Extractor()
        document = Document(id=new["id"], text=new["text"], title=new.get("title"))
        extract = statistics.median(timed(lambda: extractor(document)) for _ in range(RUNS))
        extraction = extractor(document)
        print(f"| extract (pipeline loaded) | {extract:.2f} | {extract:.2f} |")
        for step, action in (
            ("add the graph to the store", lambda store: (store.add(extraction), store.remove(document.id))),
            ("write graph.ttl (whole store)", lambda store: write_turtle(store, Path(temp) / "graph.ttl")),
        ):
            figures = []
            for output in (empty, big):
                with Store.open(output / "store") as store:
                    figures.append(statistics.median(timed(lambda s=store, a=action: a(s)) for _ in range(RUNS)))
            print(f"| {step} | {figures[0]:.3f} | {figures[1]:.3f} |", flush=True)


if __name__ == "__main__":
    main()
