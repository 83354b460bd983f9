"""Measure what GermEval's ``deriv`` mapping does to NER: deriv → MISC (shipped) against deriv → O.

    python training/scripts/compare_deriv.py training/output/ner/model-best training/output/ner-deriv-o/model-best \
        training/corpus training/corpus/deriv-o

Each NER model is scored on the held-out sets written with its own mapping (convert.py ``--deriv``). PER, ORG and
LOC have the same gold spans under both mappings, so their figures compare directly; MISC differs by definition.
The recall of the MISC model on the deriv spans themselves (``deutschen``, ``britischen``) is printed as well.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from evaluate import NER_SPLITS, load_examples
from spacy.language import Language
from spacy.tokens import Doc

TYPES = ("PER", "ORG", "LOC", "MISC")


def spans(doc: Doc) -> set[tuple[int, int, str]]:
    return {(ent.start, ent.end, ent.label_) for ent in doc.ents}


def scores(nlp: Language, corpus: Path, split: str) -> dict[str, object]:
    examples = load_examples(nlp, corpus / f"{split}.spacy")
    result = nlp.evaluate(examples, batch_size=64)
    return {"all": result["ents_f"], **{t: result["ents_per_type"].get(t, {}).get("f", 0.0) for t in TYPES}}


def deriv_recall(nlp: Language, misc_corpus: Path, o_corpus: Path, split: str) -> tuple[int, float]:
    """Gold spans present only under deriv → MISC are the deriv spans; how many does the MISC model find?"""
    misc_gold = load_examples(nlp, misc_corpus / f"{split}.spacy")
    o_gold = load_examples(nlp, o_corpus / f"{split}.spacy")
    found = total = 0
    for misc_eg, o_eg in zip(misc_gold, o_gold, strict=True):
        deriv = spans(misc_eg.reference) - spans(o_eg.reference)
        if deriv:
            predicted = spans(nlp(misc_eg.reference.text))
            found += len(deriv & predicted)
            total += len(deriv)
    return total, found / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("misc_model", type=Path)
    parser.add_argument("o_model", type=Path)
    parser.add_argument("misc_corpus", type=Path)
    parser.add_argument("o_corpus", type=Path)
    args = parser.parse_args()
    models = {"deriv→MISC": (spacy.load(args.misc_model), args.misc_corpus),
              "deriv→O": (spacy.load(args.o_model), args.o_corpus)}
    print("| split | mapping | all F1 | " + " | ".join(TYPES) + " |\n|---|---|---|" + "---|" * len(TYPES))
    for split in NER_SPLITS:
        for name, (nlp, corpus) in models.items():
            row = scores(nlp, corpus, split)
            print(f"| {split} | {name} | " + " | ".join(f"{row[k]:.3f}" for k in ("all", *TYPES)) + " |")
    total, recall = deriv_recall(models["deriv→MISC"][0], args.misc_corpus, args.o_corpus, "ner-test-germeval")
    print(f"\nderiv spans in ner-test-germeval: {total}; found as MISC by the deriv→MISC model: {recall:.3f}")


if __name__ == "__main__":
    main()
