"""Assemble the shipped pipeline kg/models/de_kg from the two trained pipelines and the measured choices.

The UD pipeline brings tok2vec, tagger, morphologizer, lemmatizer and parser; the NER pipeline's ``ner`` is
copied in with its own tok2vec folded into it (``replace_listeners``). ``kg_line_breaks`` runs first so that
the parser never joins a line to the next. ``kg_hanta`` comes next in both trainings: HanTa's STTS tags are an
input feature of both tok2vecs. Where compare_components.py measured HanTa better (tags, lemmas), the trained
component is removed and HanTa's attribute stays. NER's name-list flags (``kg_name_lists``) are copied in
before it. ``kg_noun_pos`` makes a noun's UPOS agree with its STTS tag.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy
from spacy.language import Language

from kg.nlp import hanta, line_breaks, name_lists, noun_pos  # noqa: F401  register kg's components

META = {
    "name": "kg",
    "version": "0.1.0",
    "description": "German pipeline for kg, trained without pretrained vectors on UD German-GSD/PUD (tags, "
    "morphology, lemmas, UD dependencies) and GermEval 2014 + Europarl NER (PER, ORG, LOC, MISC); "
    "recipe in training/.",
    "license": "CC BY-SA 4.0 (trained on CC BY-SA data)",
    "author": "kg",
    "sources": [
        {
            "name": "UD German-GSD",
            "url": "https://github.com/UniversalDependencies/UD_German-GSD",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "UD German-PUD",
            "url": "https://github.com/UniversalDependencies/UD_German-PUD",
            "license": "CC BY-SA 3.0",
        },
        {
            "name": "GermEval 2014 NER",
            "url": "https://sites.google.com/site/germeval2014ner/",
            "license": "CC BY 4.0",
        },
        {
            "name": "Europarl NER (Faruqui & Padó)",
            "url": "https://nlpado.de/~sebastian/software/ner/",
            "license": "research data",
        },
        {
            "name": "Faker's first names and surnames (NER name lists)",
            "url": "https://github.com/joke2k/faker",
            "license": "MIT",
        },
    ],
}


def assemble(ud_model: Path, ner_model: Path, choice: dict[str, str]) -> Language:
    nlp = spacy.load(ud_model)
    ner_nlp = spacy.load(ner_model)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    # NER was trained on HanTa's tags and the name-list flags as features: it runs before the trained tagger
    # replaces HanTa's tags.
    nlp.add_pipe("name_lists", source=ner_nlp, after="hanta")
    nlp.add_pipe("ner", source=ner_nlp, after="name_lists")
    nlp.add_pipe("kg_line_breaks", first=True)
    set_lemmas = choice["lemmas"] == "hanta"
    if choice["tags"] == "hanta":
        nlp.remove_pipe("tagger")
    if set_lemmas:
        nlp.remove_pipe("trainable_lemmatizer")
    elif choice["lemmas"] == "lookup":
        nlp.replace_pipe("trainable_lemmatizer", "lemmatizer", config={"mode": "lookup"})
        nlp.get_pipe("lemmatizer").initialize()
    nlp.replace_pipe("hanta", "kg_hanta", config={"set_tags": True, "set_lemmas": set_lemmas})
    nlp.add_pipe("kg_noun_pos", after="morphologizer")
    config = nlp.config
    # the training machine's paths mean nothing elsewhere
    config["paths"].update({"train": None, "dev": None, "init_tok2vec": None})
    nlp.config = config
    nlp.meta.update(META)
    nlp.meta["requirements"] = ["HanTa>=1.2"]
    return nlp


def write(nlp: Language, target: Path) -> None:
    """Replace the target directory whole, so no stale component files stay behind."""
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"{target}: {size / 1e6:.1f} MB, pipeline {nlp.pipe_names}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ud_model", type=Path, help="training/output/ud/model-best")
    parser.add_argument("ner_model", type=Path, help="training/output/ner/model-best")
    parser.add_argument("choice", type=Path, help="JSON written by compare_components.py")
    parser.add_argument("target", type=Path, help="kg/models/de_kg")
    args = parser.parse_args()
    choice = json.loads(args.choice.read_text(encoding="utf-8"))
    write(assemble(args.ud_model, args.ner_model, choice), args.target)


if __name__ == "__main__":
    main()
