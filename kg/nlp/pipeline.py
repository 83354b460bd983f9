"""Loading the German spaCy pipeline that the extraction runs on.

By default kg uses the pipeline it ships (`kg/models/de_kg`, trained by `training/`); without it, a blank German
pipeline with a lookup lemmatizer and rule-based sentences. `model` may name any installed spaCy pipeline
(e.g. `de_core_news_lg`) or a path to one. Whatever is loaded, kg makes sure lines stay sentences of their own
(subheadings have no final punctuation) and that every token has a lemma.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kg.nlp import line_breaks as _line_breaks  # noqa: F401  registers kg_line_breaks
from kg.nlp import mood as _mood  # noqa: F401  registers kg_konjunktiv
from kg.paths import MODELS_DIR

DEFAULT_MODEL = MODELS_DIR / "de_kg"


class ModelError(ValueError):
    """A spaCy pipeline that cannot be loaded."""


@cache
def load_pipeline(model: str | None = None) -> Language:
    """The pipeline to extract with: `model` if given, else the shipped one, else a blank German pipeline."""
    nlp = _load(model)
    if not nlp.has_pipe("kg_line_breaks"):
        nlp.add_pipe("kg_line_breaks", first=True)
    if not nlp.has_pipe("sentencizer"):
        # Rule-based sentences for every pipeline, set before any parser (which keeps them): a small parser splits
        # inside quotations, and the rules should see the same sentences whichever pipeline runs.
        nlp.add_pipe("sentencizer", after="kg_line_breaks")
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


def _has_trainable_lemmatizer(nlp: Language) -> bool:
    return any(name in ("trainable_lemmatizer", "hanta") for name in nlp.pipe_names)
