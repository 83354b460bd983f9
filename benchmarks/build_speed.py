"""Build throughput and peak memory of `kg build`, beside spaCy's blank German tokenizer, on real German text.

    # once: assemble a corpus of at least 1 million words from the shared corpora (kept outside the repository)
    .venv/bin/python benchmarks/build_speed.py assemble ../shared/datasets /tmp/kg-corpus.jsonl
    # throughput on 1 million words with 1 and 2 processes (and the dask engine); peak memory vs a tenth of it
    .venv/bin/python benchmarks/build_speed.py measure /tmp/kg-corpus.jsonl --words 1000000 --dask-workers 0

The corpus (JSON Lines, one article per line) interleaves SpkAtt-2023 Bundestag speeches (one speech, one
article), WikiWarsDE articles cut into paragraphs of about 500 words, and pseudo-articles of 20 sentences from
GermEval 2014, Europarl NER and UD German. That is about half a million distinct words; further passes regroup
the same sentences in another order into new pseudo-articles (new ids, new texts) until the size is reached.

Every measured run is its own subprocess (`run`), so its peak resident memory (`ru_maxrss`) is its own: the build
process's, and separately the largest of its child processes (spaCy's `n_process` workers). A run builds the
first N words of the corpus (whole articles) into a fresh output folder without the HTML views, after loading
the pipeline (the load is timed apart). The blank-tokenizer figure is `spacy.blank("de").pipe` over the same
texts inside the same run. Memory is compared between the 1-process throughput run and a run on the first tenth
of its words: the corpus at 10x and at 1x.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

SENTENCES_PER_ARTICLE = 20
PARAGRAPH_WORDS = 500
RUN_LIMIT = 3600  # seconds: a run that takes longer is stopped and reported as such


class BenchmarkError(ValueError):
    """A corpus or datasets folder that is not where the command line says."""


# ----------------------------------------------------------------------------------------- assembling


def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?)\]])", r"\1", text)
    return re.sub(r"([(\[]) ", r"\1", text)


def speeches(datasets: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((datasets / "spkatt2023-train" / "task1").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        yield f"spkatt-{path.stem[:40]}", " ".join(_detokenize(s["Tokens"]) for s in data["Sentences"])


def wiki_paragraphs(datasets: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((datasets / "wikiwarsde" / "in").glob("*.sgm")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = re.sub(r"<[^>]+>", "", raw.split("<TEXT>", 1)[-1])
        chunk: list[str] = []
        for number, paragraph in enumerate(p.strip() for p in body.split("\n\n") if p.strip()):
            chunk.append(paragraph)
            if sum(len(p.split()) for p in chunk) >= PARAGRAPH_WORDS:
                yield f"wikiwars-{path.stem}-{number}", "\n\n".join(chunk)
                chunk = []
        if chunk:
            yield f"wikiwars-{path.stem}-end", "\n\n".join(chunk)


def sentences(datasets: Path) -> list[str]:
    """Sentence texts of GermEval 2014 (dev, test), Europarl NER (train, dev) and UD German."""
    found: list[str] = []
    for path in sorted((datasets / "germeval2014-ner").glob("*.tsv")):
        found += _tsv_sentences(path, column=1, comment="#")
    for path in sorted((datasets / "europarl-ner-de").glob("*.tsv")):
        found += _tsv_sentences(path, column=0, comment=None)
    for path in sorted((datasets / "ud-german").glob("*.conllu")):
        found += [line[9:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]
    return found


def _tsv_sentences(path: Path, column: int, comment: str | None) -> list[str]:
    found, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if comment and line.startswith(comment):
            continue
        fields = line.split("\t")
        if len(fields) > column and fields[column].strip():
            tokens.append(fields[column])
        elif tokens:
            found.append(_detokenize(tokens))
            tokens = []
    return found + ([_detokenize(tokens)] if tokens else [])


def assemble(datasets: Path, target_words: int) -> Iterator[dict[str, str]]:
    """Articles, sources interleaved, until `target_words` words."""
    if not (datasets / "spkatt2023-train").is_dir():
        raise BenchmarkError(f"{datasets}: no spkatt2023-train/ (give the shared datasets folder)")
    pool = sentences(datasets)
    words = 0
    for round_number in range(1, 1000):
        order = list(pool)
        random.Random(round_number).shuffle(order)
        pseudo = (
            (f"satz-r{round_number}-{start}", " ".join(order[start : start + SENTENCES_PER_ARTICLE]))
            for start in range(0, len(order), SENTENCES_PER_ARTICLE)
        )
        sources = [pseudo]
        if round_number == 1:  # whole speeches and wiki paragraphs once; regrouped sentences after that
            sources = [speeches(datasets), wiki_paragraphs(datasets), pseudo]
        for doc_id, text in _interleave(sources):
            yield {"id": doc_id, "title": doc_id, "text": text}
            words += len(text.split())
            if words >= target_words:
                return
    raise BenchmarkError("could not reach the requested size")


def _interleave(sources: list[Iterator[tuple[str, str]]]) -> Iterator[tuple[str, str]]:
    active = list(sources)
    while active:
        for source in list(active):
            item = next(source, None)
            if item is None:
                active.remove(source)
            else:
                yield item


# ---------------------------------------------------------------------------------------------- a run


@dataclass
class RunResult:
    """One measured build."""

    label: str
    model: str
    engine: str
    processes: int
    documents: int
    words: int
    load_seconds: float
    build_seconds: float
    blank_seconds: float
    peak_rss_mb: float
    peak_child_rss_mb: float
    triples: int
    cpu_seconds: float  # of the build, this process and its finished children: robust to a busy machine
    load_average: float  # of the machine over the last minute when the run ended

    @property
    def words_per_second(self) -> float:
        return self.words / self.build_seconds

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.build_seconds

    @property
    def blank_ratio(self) -> float:
        """How many times slower than blank tokenisation of the same texts."""
        return self.build_seconds / self.blank_seconds


def slice_articles(corpus: Path, words: int) -> list[dict[str, str]]:
    """The first articles of `corpus` up to `words` words."""
    chosen, total = [], 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            chosen.append(record)
            total += len(record["text"].split())
            if total >= words:
                break
    return chosen


def run(args: argparse.Namespace) -> None:
    """One measured build in this process; prints its RunResult as JSON."""
    import spacy

    from kg.build import build
    from kg.extract import Extractor

    articles = slice_articles(Path(args.corpus), args.words)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as temp:
        source = Path(temp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for article in articles:
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        del articles
        model = None if args.model == "shipped" else args.model
        started = time.perf_counter()
        if args.engine == "local":
            Extractor(model)  # loads and caches the pipeline, lexicon and gazetteer
        loaded = time.perf_counter()
        cpu_before = _cpu_seconds()
        summary = build([source], Path(temp) / "out", model=model, views=False, processes=args.processes,
                        engine=args.engine)
        built = time.perf_counter()
        cpu = _cpu_seconds() - cpu_before
        texts = [json.loads(line)["text"] for line in source.open(encoding="utf-8")]
        blank = spacy.blank("de")
        blank_started = time.perf_counter()
        for _ in blank.pipe(texts, batch_size=256):
            pass
        blank_seconds = time.perf_counter() - blank_started
    result = RunResult(
        label=args.label, model=args.model, engine=args.engine, processes=args.processes,
        documents=summary.documents, words=sum(len(text.split()) for text in texts),
        load_seconds=loaded - started, build_seconds=built - loaded, blank_seconds=blank_seconds,
        peak_rss_mb=_maxrss_mb(resource.RUSAGE_SELF), peak_child_rss_mb=_maxrss_mb(resource.RUSAGE_CHILDREN),
        triples=summary.triples, cpu_seconds=cpu, load_average=os.getloadavg()[0],
    )
    print(json.dumps(asdict(result)))


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


# ------------------------------------------------------------------------------------------ measuring


def measure_one(corpus: Path, label: str, *, words: int, model: str, engine: str = "local",
                processes: int = 1) -> RunResult | None:
    command = [
        sys.executable, __file__, "run", str(corpus), "--label", label, "--words", str(words), "--model", model,
        "--engine", engine, "--processes", str(processes),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=RUN_LIMIT, check=False)
    except subprocess.TimeoutExpired:
        print(f"{label}: stopped after {RUN_LIMIT} s", flush=True)
        return None
    if done.returncode != 0:
        print(f"{label}: failed\n{done.stderr[-2000:]}", flush=True)
        return None
    fields = json.loads(done.stdout.strip().splitlines()[-1])
    return RunResult(**fields)


def row(result: RunResult) -> str:
    return (
        f"| {result.label} | {result.model} | {result.engine} | {result.processes} | {result.documents:,} | "
        f"{result.words:,} | {result.build_seconds:.1f} | {result.documents_per_second:.2f} | "
        f"{result.words_per_second:,.0f} | {result.blank_ratio:,.0f}x | {result.peak_rss_mb:,.0f} | "
        f"{result.peak_child_rss_mb:,.0f} | {result.cpu_seconds:.0f} | {result.load_average:.1f} |"
    )


HEADER = (
    "| run | model | engine | processes | documents | words | build s | docs/s | words/s | "
    "time vs blank tokenizer | peak RSS MB | peak child RSS MB | CPU s | load |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def measure(args: argparse.Namespace) -> None:
    corpus = Path(args.corpus)
    if not corpus.is_file():
        raise BenchmarkError(f"{corpus}: no corpus; make one with the assemble command")
    print(HEADER, flush=True)
    results: dict[str, RunResult | None] = {}
    plans = [(f"throughput {p}p", {"words": args.words, "processes": p}) for p in args.processes]
    if args.dask_workers:
        dask = {"words": args.words, "engine": "dask", "processes": args.dask_workers}
        plans.append((f"throughput dask {args.dask_workers}w", dask))
    plans.append(("memory 1x (a tenth)", {"words": args.words // 10}))
    plans = [plan for plan in plans if not args.only or plan[0] in args.only]
    for label, options in plans:
        result = measure_one(corpus, label, model=args.model, **options)
        results[label] = result
        if result is not None:
            print(row(result), flush=True)
    one, ten = results.get("memory 1x (a tenth)"), results.get("throughput 1p")
    if one and ten:
        print(f"peak memory 10x / 1x: {ten.peak_rss_mb / one.peak_rss_mb:.2f} "
              f"({ten.words:,} vs {one.words:,} words)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("assemble", help="write the benchmark corpus (JSON Lines)")
    make.add_argument("datasets", type=Path)
    make.add_argument("output", type=Path)
    make.add_argument("--words", type=int, default=1_000_000)
    many = commands.add_parser("measure", help="all runs, each in a subprocess")
    many.add_argument("corpus")
    many.add_argument("--model", default="shipped", help="shipped, blank, or a spaCy pipeline")
    many.add_argument("--words", type=int, default=1_000_000, help="words of the throughput runs")
    many.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    many.add_argument("--dask-workers", type=int, default=2, help="0: no dask run")
    many.add_argument("--only", nargs="*", help="run only these labels")
    one = commands.add_parser("run", help="one measured build (used by measure)")
    one.add_argument("corpus")
    one.add_argument("--label", default="run")
    one.add_argument("--words", type=int, required=True)
    one.add_argument("--model", default="shipped")
    one.add_argument("--engine", default="local")
    one.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    try:
        if args.command == "assemble":
            count = words = 0
            with args.output.open("w", encoding="utf-8") as out:
                for article in assemble(args.datasets, args.words):
                    out.write(json.dumps(article, ensure_ascii=False) + "\n")
                    count += 1
                    words += len(article["text"].split())
            print(f"wrote {args.output}: {count:,} articles, {words:,} words")
        elif args.command == "measure":
            measure(args)
        else:
            run(args)
    except BenchmarkError as err:
        sys.exit(f"build_speed: {err}")


if __name__ == "__main__":
    main()
