"""Raw German text for ``spacy pretrain``: everything in the corpora that no held-out figure is measured on.

    raw_text.py DATASETS CORPUS OUTPUT.jsonl

Pretraining teaches the tok2vec to predict each word's first and last characters from its context, on more
text than the annotated training splits have. The text is SpkAtt's parliamentary speeches and WikiWarsDE's
Wikipedia articles (neither is used for a held-out figure of the pipeline) plus the texts of the UD and NER
*training* DocBins written by convert.py; the held-out and dev splits stay unseen.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from kg.evaluate_spkatt import corpus_files, read_speeches
from kg.evaluate_timex import read_corpus

TRAINING_SPLITS = ("ud-train.spacy", "ner-train.spacy")
# Paragraph-sized pieces: pretraining batches by document, and a whole speech is one very long document.
MAX_CHARS = 2_000


def pieces(text: str) -> Iterator[str]:
    """Lines, joined up to MAX_CHARS, so every piece ends at a line break."""
    piece = ""
    for line in text.splitlines():
        if piece and len(piece) + len(line) > MAX_CHARS:
            yield piece
            piece = ""
        piece = f"{piece}\n{line}" if piece else line
    if piece.strip():
        yield piece


def texts(datasets: Path, corpus: Path) -> Iterator[str]:
    for speech in read_speeches(corpus_files(datasets / "spkatt2023-train" / "task1")):
        yield from pieces(speech.text)
    for document in read_corpus(datasets / "wikiwarsde"):
        yield from pieces(document.text)
    vocab = spacy.blank("de").vocab
    for split in TRAINING_SPLITS:
        for doc in DocBin().from_disk(corpus / split).get_docs(vocab):
            yield doc.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", type=Path)
    parser.add_argument("corpus", type=Path, help="training/corpus, as written by convert.py")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    words = 0
    with args.output.open("w", encoding="utf-8") as out:
        for text in texts(args.datasets, args.corpus):
            words += len(text.split())
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"{args.output}: {words:,} words")


if __name__ == "__main__":
    main()
