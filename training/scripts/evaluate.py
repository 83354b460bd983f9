"""Measure a pipeline on the held-out splits written by convert.py and write the figures as JSON.

UD figures come from ``ud-test-pud`` (every second PUD document: news and Wikipedia) and ``ud-test-gsd``
(every tenth GSD sentence; the only held-out STTS tags); NER figures from ``ner-test-germeval`` (a third of
GermEval's news-site sentences) and ``ner-test-europarl`` (Europarl's dev file). None of these is trained on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

UD_SPLITS = ("ud-test-pud", "ud-test-gsd")
NER_SPLITS = ("ner-test-germeval", "ner-test-europarl")
UD_KEYS = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")


def load_examples(nlp: Language, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def _round(value: object) -> object:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {key: _round(val) for key, val in value.items()}
    return value


def pos_on_shared_tokens(examples: list[Example]) -> tuple[float, int]:
    """UPOS accuracy over the gold tokens that are exactly one predicted token, and how many those are.

    spaCy's scorer counts every gold token the tokenizer splits differently as wrong; PUD splits hyphenated
    compounds (`US-Statistikbehörde` → `US`, `-`, `Statistikbehörde`), GSD and kg's tokenizer keep them whole,
    so this figure separates tagging from that difference in convention."""
    right = shared = 0
    for example in examples:
        to_predicted, to_gold = example.alignment.y2x, example.alignment.x2y
        for gold in example.reference:
            if to_predicted.lengths[gold.i] != 1:
                continue
            predicted = example.predicted[int(to_predicted[gold.i][0])]
            if to_gold.lengths[predicted.i] != 1:
                continue
            shared += 1
            right += predicted.pos == gold.pos
    return right / shared if shared else 0.0, shared


def evaluate(nlp: Language, corpus: Path) -> dict[str, dict[str, object]]:
    """Return {split: scores}; UD splits keep token and parse scores, NER splits entity scores per type."""
    results: dict[str, dict[str, object]] = {}
    scorer = Scorer(nlp)
    for split in (*UD_SPLITS, *NER_SPLITS):
        gold = load_examples(nlp, corpus / f"{split}.spacy")
        predicted = nlp.pipe((example.predicted for example in gold), batch_size=64)
        examples = [Example(doc, example.reference) for doc, example in zip(predicted, gold, strict=True)]
        scores = scorer.score(examples)
        keys = UD_KEYS if split.startswith("ud") else ("ents_p", "ents_r", "ents_f", "ents_per_type")
        results[split] = {key: _round(scores.get(key)) for key in keys}
        results[split]["tokens"] = sum(len(eg.reference) for eg in examples)
        if split.startswith("ud"):
            accuracy, shared = pos_on_shared_tokens(examples)
            results[split]["pos_acc_shared_tokens"] = _round(accuracy)
            results[split]["shared_tokens"] = shared
        if split == "ud-test-pud":
            morph = scores.get("morph_per_feat") or {}
            results[split]["morph_per_feat"] = {k: _round(morph[k]) for k in ("Mood", "Case") if k in morph}
    return results


def markdown(results: dict[str, dict[str, object]]) -> str:
    lines = ["| split | tokens | " + " | ".join(UD_KEYS) + " |", "|---|---|" + "---|" * len(UD_KEYS)]
    for split in UD_SPLITS:
        row = results[split]
        cells = ["–" if row.get(k) is None else f"{row[k]:.3f}" for k in UD_KEYS]
        lines.append(f"| {split} | {row['tokens']} | " + " | ".join(cells) + " |")
    lines += ["", "| split | type | P | R | F1 |", "|---|---|---|---|---|"]
    for split in NER_SPLITS:
        row = results[split]
        per_type = {
            **(row["ents_per_type"] or {}),
            "all": {"p": row["ents_p"], "r": row["ents_r"], "f": row["ents_f"]},
        }
        for label, prf in per_type.items():
            lines.append(f"| {split} | {label} | {prf['p']:.3f} | {prf['r']:.3f} | {prf['f']:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="pipeline directory, e.g. kg/models/de_kg")
    parser.add_argument("corpus", type=Path, help="training/corpus")
    parser.add_argument("output", type=Path, help="JSON file for the figures")
    args = parser.parse_args()
    results = evaluate(spacy.load(args.model), args.corpus)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(results))


if __name__ == "__main__":
    main()
