"""HanTa (Hannover Tagger) as a spaCy component: STTS tags and lemmas from HanTa's own German model.

HanTa ships its German model inside its wheel, so it runs offline. The shipped de_kg pipeline uses it only
for the attributes where it measured better than the trained components on held-out UD German (see
training/README.md); which ones is set by ``set_tags`` and ``set_lemmas`` in the pipeline's config.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from HanTa import HanoverTagger
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example

HANTA_MODEL = "morphmodel_ger.pgz"


def stts(hanta_tag: str) -> str:
    """HanTa writes coarse STTS with the subtype in brackets (``VV(FIN)``); STTS proper is ``VVFIN``."""
    return hanta_tag.replace("(", "").replace(")", "")


def keep_acronym(text: str, lemma: str) -> str:
    """HanTa title-cases acronyms (``USA`` → ``Usa``, ``SPD`` → ``Spd``); an all-capital word keeps its form."""
    if len(text) > 1 and text.isupper() and lemma.casefold() == text.casefold():
        return text
    return lemma


def _sentences(doc: Doc) -> Iterator[Span]:
    """Sentences if a parser or sentencizer ran before, else the whole Doc as one sentence."""
    if doc.has_annotation("SENT_START"):
        yield from doc.sents
    else:
        yield doc[:]


WORD_CACHE = 200_000  # word analyses kept: news repeat their words, and each entry is a few short strings


class WordCachingTagger(HanoverTagger.HanoverTagger):
    """HanTa, remembering its analysis of each word form.

    HanTa re-analyses every occurrence of a word its model has no precomputed entry for (``analyze_forward``) and
    re-derives every lemma (``_analyze``), though both depend on the word (and tag) alone; the results are the same.
    """

    def __init__(self, filename: str, maxsize: int) -> None:
        super().__init__(filename)
        self.analyze_forward = functools.lru_cache(maxsize=maxsize)(self.analyze_forward)
        self._analyze = functools.lru_cache(maxsize=maxsize)(self._analyze)


class HantaTagger:
    """Set ``token.tag_`` and/or ``token.lemma_`` from HanTa, sentence by sentence, skipping whitespace."""

    def __init__(self, set_tags: bool, set_lemmas: bool, cached_sentences: int = 0) -> None:
        tagger = WordCachingTagger(HANTA_MODEL, WORD_CACHE)

        def analyse(words: tuple[str, ...]) -> list[tuple[str, str, str]]:
            return tagger.tag_sent(list(words), taglevel=1)

        # Training tags the same sentences every epoch, and HanTa is the slow part: a training config keeps them.
        self._analyse = functools.lru_cache(maxsize=cached_sentences)(analyse) if cached_sentences else analyse
        self.set_tags = set_tags
        self.set_lemmas = set_lemmas

    def __call__(self, doc: Doc) -> Doc:
        for sent in _sentences(doc):
            tokens = [token for token in sent if not token.is_space]
            if not tokens:
                continue
            analyses = self._analyse(tuple(token.text for token in tokens))
            for token, (_, lemma, tag) in zip(tokens, analyses, strict=True):
                if self.set_tags:
                    token.tag_ = stts(tag)
                if self.set_lemmas:
                    token.lemma_ = keep_acronym(token.text, lemma)
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Accuracy of what this component sets, so ``nlp.evaluate`` reports it like a trained component's."""
        examples = list(examples)
        scores: dict[str, Any] = {}
        if self.set_tags:
            scores.update(Scorer.score_token_attr(examples, "tag", **kwargs))
        if self.set_lemmas:
            scores.update(Scorer.score_token_attr(examples, "lemma", **kwargs))
        return scores


@Language.factory(
    "kg_hanta",
    assigns=["token.tag", "token.lemma"],
    default_config={"set_tags": False, "set_lemmas": True, "cached_sentences": 0},
)
def make_hanta(nlp: Language, name: str, set_tags: bool, set_lemmas: bool, cached_sentences: int) -> HantaTagger:
    return HantaTagger(set_tags=set_tags, set_lemmas=set_lemmas, cached_sentences=cached_sentences)
