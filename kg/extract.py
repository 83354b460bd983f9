"""Extraction: a `Document` in, an `Extraction` of plain records out.

Runs the spaCy pipeline over the text and the rule stages over its `Doc`, in the order the data needs: quotations,
actors (statements need their speakers), statements (events need the speech acts), times, events.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.lexicon import Lexicon, load_lexicon
from kg.nlp.actors import find_actors
from kg.nlp.dates import find_time_expressions
from kg.nlp.events import find_events
from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse
from kg.nlp.quotes import find_quotes
from kg.nlp.statements import find_statements
from kg.paths import ONTOLOGY_DIR, PACKAGE_DIR
from kg.records import Document, Extraction


class ExtractionError(ValueError):
    """A document the extraction failed on; the others go on."""


@dataclass
class Extractor:
    """Holds what extraction needs once per process: the pipeline, the lexicon and the gazetteer."""

    model: str | None = None

    def __post_init__(self) -> None:
        self.nlp = load_pipeline(self.model)
        self.lexicon: Lexicon = load_lexicon()
        self.gazetteer = Gazetteer.load()

    def __call__(self, document: Document) -> Extraction:
        return next(self.pipe([document]))

    def pipe(
        self,
        documents: Iterable[Document],
        *,
        batch_size: int = 16,
        n_process: int = 1,
        on_error: Callable[[ExtractionError], None] | None = None,
    ) -> Iterator[Extraction]:
        """Extract a stream of documents; one that fails is reported to `on_error` and skipped.

        `n_process` > 1 runs the spaCy pipeline in that many worker processes (the rules stay in this one);
        it pays only for a pipeline heavier than the cost of shipping documents between processes.
        """
        report = on_error or _raise
        pairs = ((d.text, d) for d in documents if self._fits(d, report))
        for doc, document in parse(self.nlp, pairs, batch_size=batch_size, n_process=n_process):
            try:
                yield extract_doc(doc, document, self.lexicon, self.gazetteer)
            except Exception as err:  # one broken document must not cost the others
                error = ExtractionError(f"{document.path or document.id}: extraction failed ({err!r})")
                if on_error is None:
                    raise error from err
                on_error(error)

    def _fits(self, document: Document, report: Callable[[ExtractionError], None]) -> bool:
        """spaCy refuses texts over `nlp.max_length` inside the batch, which would end the whole stream."""
        if len(document.text) <= self.nlp.max_length:
            return True
        limit = self.nlp.max_length
        report(ExtractionError(
            f"{document.path or document.id}: {len(document.text):,} characters is more than one document may have "
            f"({limit:,}); split it into articles"
        ))
        return False


def _raise(error: ExtractionError) -> None:
    raise error


def extract_doc(doc: Doc, document: Document, lexicon: Lexicon, gazetteer: Gazetteer) -> Extraction:
    quotes = find_quotes(doc.text)
    published = document.published
    day = published.date() if published else None
    actors = find_actors(doc, gazetteer, quotes, day)
    statements = find_statements(doc, actors, quotes, lexicon, gazetteer)
    times = find_time_expressions(doc.text, published)
    events = find_events(doc, actors, statements, quotes, times, lexicon, gazetteer, day)
    for found in statements:
        if found.sentence is not None:
            found.statement.sentence = found.sentence.text.strip()
    return Extraction(
        document=document,
        actors=list(actors.actors.values()),
        places=list(actors.places.values()),
        statements=[found.statement for found in statements],
        events=events,
    )


# --- what an extraction depends on -------------------------------------------------------------------------------


@cache
def fingerprint(model: str | None) -> str:
    """SHA-256 of what an extraction depends on besides its document: kg's code, its ontology (cue words,
    triggers, the gazetteer) and the spaCy pipeline. Any change to one of them makes every document new again."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE_DIR.rglob("*.py"), *(p for p in ONTOLOGY_DIR.iterdir() if p.is_file())]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(_pipeline_identity(model).encode())
    return digest.hexdigest()


def source_hash(document: Document, fingerprint: str) -> str:
    """SHA-256 of a document and the fingerprint of the extraction: stored with the document's graph, it lets a
    rebuild skip an unchanged document before extracting it. The path is left out: the graph does not record it,
    so a moved folder is still unchanged."""
    fields = json.dumps({**asdict(document), "path": None}, default=str, sort_keys=True)
    return hashlib.sha256(f"{fingerprint}\n{fields}".encode()).hexdigest()


def _pipeline_identity(model: str | None) -> str:
    """The pipeline's meta.json where there is one (the shipped pipeline, a path), else its package version."""
    path = DEFAULT_MODEL if model is None else Path(model)
    if (path / "meta.json").is_file():
        return (path / "meta.json").read_text(encoding="utf-8")
    try:
        return f"{model}=={metadata.version(str(model))}"
    except (metadata.PackageNotFoundError, ValueError):
        return str(model)
