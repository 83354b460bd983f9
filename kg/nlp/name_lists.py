"""Name lists as an input feature of NER: is a word a known first name or surname?

Without word vectors, the NER model knows only the names its 10k training sentences hold: a person it never saw
looks like any other capitalised German noun. First names and surnames of many countries (Faker's name tables),
written at training time by ``training/scripts/name_lists.py`` and shipped inside the pipeline, give it that
knowledge as one more feature per token, which it learns to weigh in context (``Koch`` is a surname and a noun).
``kg_name_lists`` sets the flags; ``kg.NameListEmbed.v1`` embeds them beside spaCy's hashed word features.
Measured: PER F1 0.749 -> 0.796 on held-out GermEval news, mean of seeds (training/README.md). Place names
(GeoNames) were tried too and lowered ORG (clubs and firms named after towns), so they are not listed.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.ml.models.tok2vec import MultiHashEmbed
from spacy.tokens import Doc, Token
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

FIRST_NAME, SURNAME = 1, 2
FILE = "name_lists.json.gz"

if not Doc.has_extension("kg_name_flags"):
    Doc.set_extension("kg_name_flags", default=None)


def name_flags(token: Token) -> int:
    """The bits FIRST_NAME and SURNAME the name lists gave a token; 0 where no name lists ran."""
    flags = token.doc._.kg_name_flags
    return flags[token.i] if flags else 0


class NameLists:
    """Set ``doc._.kg_name_flags``: per token, the bits FIRST_NAME and SURNAME."""

    def __init__(self, first_names: Iterable[str] = (), surnames: Iterable[str] = ()) -> None:
        self.first_names = frozenset(first_names)
        self.surnames = frozenset(surnames)

    def flags(self, word: str) -> int:
        bits = FIRST_NAME if word in self.first_names else 0
        # a surname may carry the genitive -s: Merkels Rede
        if word in self.surnames or (word.endswith("s") and word[:-1] in self.surnames):
            bits |= SURNAME
        return bits

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_name_flags = [self.flags(token.text) for token in doc]
        return doc

    def initialize(self, get_examples: Callable[[], Iterable[Any]], *, nlp: Language, path: str) -> None:
        """Read the lists ``training/scripts/name_lists.py`` wrote (``[initialize.components]`` gives the path)."""
        self.load(Path(path))

    def load(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as file:
            lists = json.load(file)
        self.first_names = frozenset(lists["first_names"])
        self.surnames = frozenset(lists["surnames"])

    def save(self, path: Path) -> None:
        """The one writer of the lists file, for the training step and inside a saved pipeline alike."""
        lists = {"first_names": sorted(self.first_names), "surnames": sorted(self.surnames)}
        # mtime 0: the same lists give the same bytes, so a retrained pipeline differs only where the model does
        with gzip.GzipFile(path, "wb", mtime=0) as file:
            file.write(json.dumps(lists, ensure_ascii=False).encode("utf-8"))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.save(path / FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NameLists:
        self.load(Path(path) / FILE)
        return self


@Language.factory("kg_name_lists")
def make_name_lists(nlp: Language, name: str) -> NameLists:
    return NameLists()


def _flag_features(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    """One feature column per Doc, as spaCy's FeatureExtractor gives for token attributes; no gradient.

    A Doc the component did not see (spaCy initialises the model on a sample of unprocessed Docs) has no flags.
    """
    features = [
        model.ops.asarray2i([[flags] for flags in doc._.kg_name_flags or [0] * len(doc)], dtype="uint64")
        for doc in docs
    ]
    return features, lambda d_features: []


@registry.architectures("kg.NameListEmbed.v1")
def name_list_embed(
    width: int, attrs: list[str], rows: list[int], include_static_vectors: bool, flag_width: int = 16
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed, concatenated with an embedding of the name-list flags and mixed back to ``width``."""
    words = MultiHashEmbed(width, attrs, rows, include_static_vectors)
    flags = chain(
        Model("kg_name_flags", _flag_features),
        list2ragged(),
        with_array(HashEmbed(flag_width, 16, column=0, seed=101, dropout=0.0)),
        ragged2list(),
    )
    return chain(concatenate(words, flags), with_array(Maxout(width, width + flag_width, nP=3, normalize=True)))
