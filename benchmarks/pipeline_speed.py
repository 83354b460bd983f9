"""Words per second of kg's shipped German pipeline beside spaCy's blank German tokenizer, in one run.

    .venv/bin/python benchmarks/pipeline_speed.py ../shared/datasets [--words 30000]

The text is assembled from the corpora (UD German sentence texts and GermEval 2014 sentences, a few
sentences per paragraph) so it is real German of news and Wikipedia length. Every figure is ``nlp.pipe`` over
the same texts; the ratio says how many times slower the full pipeline is than tokenisation alone.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from kg.paths import MODELS_DIR

SENTENCES_PER_TEXT = 5
# The tokenizer alone is so fast that one pass over the texts is too short to time; it gets this many passes.
BLANK_PASSES = 20


class BenchmarkError(ValueError):
    """The corpora folder is not where the command line says."""


@dataclass(frozen=True)
class Run:
    """One timed ``nlp.pipe`` pass."""

    pipeline: str
    batch_size: int
    n_process: int
    words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def corpus_sentences(datasets: Path) -> Iterator[str]:
    """Sentence texts from UD German (``# text =`` lines) and GermEval 2014 (tokens joined by spaces)."""
    ud = datasets / "ud-german"
    germeval = datasets / "germeval2014-ner" / "NER-de-test.tsv"
    if not ud.is_dir() or not germeval.is_file():
        raise BenchmarkError(f"no ud-german/ or germeval2014-ner/ under {datasets}")
    for path in sorted(ud.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line.removeprefix("# text = ")
    tokens: list[str] = []
    for line in germeval.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            tokens.append(line.split("\t")[1])
        elif tokens:
            yield " ".join(tokens)
            tokens = []


def assemble_texts(datasets: Path, words: int) -> list[str]:
    """Paragraphs of a few sentences each, until about ``words`` whitespace-separated words."""
    texts, current, total = [], [], 0
    for sentence in corpus_sentences(datasets):
        current.append(sentence)
        total += len(sentence.split())
        if len(current) == SENTENCES_PER_TEXT:
            texts.append(" ".join(current))
            current = []
        if total >= words:
            break
    return texts + ([" ".join(current)] if current else [])


def timed(name: str, nlp: Language, texts: list[str], batch_size: int, n_process: int) -> Run:
    start = time.perf_counter()
    words = sum(
        1
        for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
        for t in doc
        if not t.is_space
    )
    return Run(name, batch_size, n_process, words, time.perf_counter() - start)


def benchmark(datasets: Path, words: int, batch_sizes: tuple[int, ...]) -> list[Run]:
    texts = assemble_texts(datasets, words)
    blank = spacy.blank("de")
    full = spacy.load(MODELS_DIR / "de_kg")
    full("Aufwärmen.")
    runs = [timed("blank de (tokenizer)", blank, texts * BLANK_PASSES, 256, 1)]
    for n_process in (1, 2):
        runs += [timed("de_kg (full)", full, texts, size, n_process) for size in batch_sizes]
    if "hanta" in full.pipe_names:
        with full.select_pipes(disable=["hanta"]):
            runs.append(timed("de_kg without HanTa lemmas", full, texts, max(batch_sizes), 1))
    return runs


def report(runs: list[Run]) -> str:
    baseline = runs[0].words_per_second
    lines = [
        "| pipeline | batch_size | n_process | words | words/s | blank/this |",
        "|---|---|---|---|---|---|",
    ]
    for run in runs:
        lines.append(
            f"| {run.pipeline} | {run.batch_size} | {run.n_process} | {run.words} | "
            f"{run.words_per_second:,.0f} | {baseline / run.words_per_second:.0f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", type=Path, help="the folder with ud-german/ and germeval2014-ner/")
    parser.add_argument("--words", type=int, default=30000, help="about how many words to process per run")
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[16, 64, 256])
    args = parser.parse_args()
    try:
        runs = benchmark(args.datasets, args.words, tuple(args.batch_sizes))
    except BenchmarkError as err:
        raise SystemExit(f"error: {err}") from None
    print(report(runs))


if __name__ == "__main__":
    main()
