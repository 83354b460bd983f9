"""Loading the German spaCy pipeline that the extraction runs on.

By default kg uses the pipeline it ships (`kg/models/de_kg`, trained by `training/`); without it, a blank German
pipeline with a lookup lemmatizer and rule-based sentences. `model` may name any installed spaCy pipeline
(e.g. `de_core_news_lg`) or a path to one. Whatever is loaded, kg makes sure lines stay sentences of their own
(subheadings have no final punctuation), that a sentence ending in a number ends there, that a full stop after a
name in mixed case ends its sentence (`die AfD.`), and that every token has a lemma.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from kg.nlp import line_breaks as _line_breaks  # noqa: F401  registers kg_line_breaks
from kg.nlp import mood as _mood  # noqa: F401  registers kg_konjunktiv
from kg.nlp import number_stops as _number_stops  # noqa: F401  registers kg_number_stops
from kg.nlp import opening_quotes as _opening_quotes  # noqa: F401  registers kg_opening_quotes
from kg.nlp.german import KEPT_ABBREVIATIONS
from kg.paths import MODELS_DIR

DEFAULT_MODEL = MODELS_DIR / "de_kg"
PIECE_TOKENS = 5_000  # a longer text runs through the pipeline in pieces (a long news article has 2,000 tokens)
BATCH_TOKENS = 10_000  # at most this many tokens in one batch of pieces, unless one piece has more
# Rules that set sentences before the statistical parts.
SENTENCE_COMPONENTS = ("kg_line_breaks", "kg_number_stops", "sentencizer", "kg_opening_quotes")
MIXED_CASE_STOP = r"(?<=[a-zäöüß][A-ZÄÖÜ])\.$"

Context = TypeVar("Context")


class ModelError(ValueError):
    """A spaCy pipeline that cannot be loaded."""


@cache
def load_pipeline(model: str | None = None) -> Language:
    """The pipeline to extract with: `model` if given, else the shipped one, else a blank German pipeline."""
    nlp = _load(model)
    _split_mixed_case_stops(nlp)
    for abbreviation in KEPT_ABBREVIATIONS:  # "(Az. 8 U 44/22)" ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if not nlp.has_pipe("kg_line_breaks"):
        nlp.add_pipe("kg_line_breaks", first=True)
    if not nlp.has_pipe("kg_number_stops"):
        nlp.add_pipe("kg_number_stops", after="kg_line_breaks")
    if not nlp.has_pipe("sentencizer"):
        # Rule-based sentences for every pipeline, set before any parser (which keeps them): a small parser splits
        # inside quotations, and the rules should see the same sentences whichever pipeline runs.
        nlp.add_pipe("sentencizer", after="kg_number_stops")
    if not nlp.has_pipe("kg_opening_quotes"):
        nlp.add_pipe("kg_opening_quotes", after="sentencizer")
    if not nlp.has_pipe("lemmatizer") and not _has_trainable_lemmatizer(nlp):
        lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        lemmatizer.initialize()
    nlp.add_pipe("kg_konjunktiv")
    return nlp


def _load(model: str | None) -> Language:
    if model is None:
        return spacy.load(DEFAULT_MODEL) if DEFAULT_MODEL.is_dir() else spacy.blank("de")
    if model == "blank":
        return spacy.blank("de")
    try:
        return spacy.load(model)
    except OSError as err:
        raise ModelError(f"cannot load spaCy pipeline {model!r}: install it or give a path to one") from err


def _split_mixed_case_stops(nlp: Language) -> None:
    """spaCy splits a final full stop after a lowercase letter or two capitals, not after a capital that follows a
    lowercase letter: `die AfD.` stayed one token, and the sentence ran on into the next. Such names (AfD, KfW,
    VfB) take no abbreviation point of their own."""
    search = nlp.tokenizer.suffix_search
    if search is not None and MIXED_CASE_STOP not in search.__self__.pattern:
        nlp.tokenizer.suffix_search = re.compile(f"{search.__self__.pattern}|{MIXED_CASE_STOP}").search


def _has_trainable_lemmatizer(nlp: Language) -> bool:
    return any(name in ("trainable_lemmatizer", "hanta") for name in nlp.pipe_names)


def parse(
    nlp: Language, pairs: Iterable[tuple[str, Context]], *, batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Doc, Context]]:
    """`nlp.pipe(pairs, as_tuples=True)` with the pipeline's memory bounded, however long a text is.

    spaCy's statistical components hold about 20 KB per token of a batch while they run (hashed embeddings of
    every feature), so one document of 100,000 short lines took 4 GB. Here a text of more than `PIECE_TOKENS`
    tokens runs in pieces that are joined again into one Doc, with the text's own offsets; the pipeline's own
    sentence rules set the sentences first, and a piece ends where one starts, so no sentence is cut. In this
    process a batch holds at most `batch_size` documents and `BATCH_TOKENS` tokens (worker processes take
    `batch_size` pieces each).
    """
    pieces = ((piece, (context, k, n)) for text, context in pairs for k, piece, n in _pieces(nlp, nlp.make_doc(text)))
    if n_process == 1:
        batches = _batches(pieces, batch_size)
        parsed = (pair for batch in batches for pair in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
    else:  # workers tokenise a text of one piece themselves: a text is cheaper to send than its Doc
        texts = ((piece.text if n == 1 else piece, (context, k, n)) for piece, (context, k, n) in pieces)
        parsed = nlp.pipe(texts, as_tuples=True, batch_size=batch_size, n_process=n_process)
    parts: list[Doc] = []
    for doc, (context, k, n) in parsed:
        parts.append(doc)
        if k == n - 1:
            yield (doc if n == 1 else _join(parts)), context
            parts = []


def _join(parts: list[Doc]) -> Doc:
    with warnings.catch_warnings():  # doc-level extensions (the name-list flags NER reads) are not carried over
        warnings.filterwarnings("ignore", message=r"\[W101\]")
        return Doc.from_docs(parts, ensure_whitespace=False)


def _pieces(nlp: Language, doc: Doc) -> Iterator[tuple[int, Doc, int]]:
    """The tokenised text in pieces of at most `PIECE_TOKENS` tokens, each with its number and their count."""
    if len(doc) <= PIECE_TOKENS:
        yield 0, doc, 1
        return
    for name in SENTENCE_COMPONENTS:
        if nlp.has_pipe(name):
            doc = nlp.get_pipe(name)(doc)
    cuts = piece_ends(doc, PIECE_TOKENS)
    for k, (start, end) in enumerate(zip([0, *cuts[:-1]], cuts, strict=True)):
        yield k, doc[start:end].as_doc(), len(cuts)


def piece_ends(doc: Doc, size: int) -> list[int]:
    """Token offsets where pieces of at most `size` tokens end: at the last sentence start of each window (a
    sentence longer than `size` is cut at `size`)."""
    ends: list[int] = []
    start = 0
    while len(doc) - start > size:
        cut = next((i for i in range(start + size, start, -1) if doc[i].is_sent_start), start + size)
        ends.append(cut)
        start = cut
    return [*ends, len(doc)]


def _batches(
    pieces: Iterable[tuple[Doc, Context]], batch_size: int
) -> Iterator[list[tuple[Doc, Context]]]:
    batch: list[tuple[Doc, Context]] = []
    tokens = 0
    for piece in pieces:
        if batch and (len(batch) == batch_size or tokens + len(piece[0]) > BATCH_TOKENS):
            yield batch
            batch, tokens = [], 0
        batch.append(piece)
        tokens += len(piece[0])
    if batch:
        yield batch
