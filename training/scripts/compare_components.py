"""Compare the trained tagger and lemmatizer with HanTa and spaCy's lookup lemmatizer on held-out UD German.

Writes the figures and the choice (the better source of STTS tags and of lemmas) as JSON; package.py builds
the shipped pipeline from that choice. Lemma accuracy is exact, case-sensitive match with the UD lemma.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

import spacy
from evaluate import load_examples
from spacy.lookups import load_lookups
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from kg.nlp.hanta import HantaTagger

SPLITS = ("ud-test-gsd", "ud-test-pud")
Relabel = Callable[[Doc], None]


def lookup_lemmas() -> Relabel:
    table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")

    def relabel(doc: Doc) -> None:
        for token in doc:
            token.lemma_ = table.get(token.text, token.text)

    return relabel


def score(examples: list[Example], attr: str) -> float:
    return round(Scorer.score_token_attr(examples, attr)[f"{attr}_acc"] or 0.0, 4)


def compare(model: Path, corpus: Path) -> dict[str, object]:
    """Predict once with the trained model, then overwrite tags or lemmas with each alternative and score."""
    nlp = spacy.load(model)

    alternatives: dict[str, tuple[str, Relabel]] = {
        "lemma:lookup": ("lemma", lookup_lemmas()),
        "lemma:hanta": ("lemma", HantaTagger(set_tags=False, set_lemmas=True)),
        "tag:hanta": ("tag", HantaTagger(set_tags=True, set_lemmas=False)),
    }
    figures: dict[str, dict[str, float]] = {}
    for split in SPLITS:
        examples = load_examples(nlp, corpus / f"{split}.spacy")
        predicted = list(nlp.pipe(eg.predicted for eg in examples))
        examples = [Example(doc, eg.reference) for doc, eg in zip(predicted, examples, strict=True)]
        row = {"lemma:trained": score(examples, "lemma"), "tag:trained": score(examples, "tag")}
        for name, (attr, relabel) in alternatives.items():
            copies = [Example(eg.predicted.copy(), eg.reference) for eg in examples]
            for eg in copies:
                relabel(eg.predicted)
            row[name] = score(copies, attr)
        figures[split] = row
    lemma_totals = {
        src: sum(figures[s][f"lemma:{src}"] for s in SPLITS) for src in ("trained", "lookup", "hanta")
    }
    gsd = figures["ud-test-gsd"]
    return {
        "figures": figures,
        "lemmas": max(lemma_totals, key=lemma_totals.__getitem__),
        "tags": "hanta" if gsd["tag:hanta"] > gsd["tag:trained"] else "trained",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="the trained UD pipeline (training/output/ud/model-best)")
    parser.add_argument("corpus", type=Path, help="training/corpus")
    parser.add_argument("output", type=Path, help="JSON file for figures and choice")
    args = parser.parse_args()
    result = compare(args.model, args.corpus)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
