"""Scoring kg's actor recogniser against held-out named-entity gold: GermEval 2014's news sentences and Europarl.

The held-out sentences are the ones the training of `kg/models/de_kg` never saw: `ner-test-germeval` (a third of
GermEval 2014's dev+test sentences from news sites) and `ner-test-europarl` (Europarl NER's dev file). They are
selected by the training's own converter (`training/scripts/convert.py`, loaded from the source checkout), so the
selection and the gold labels are the training's by construction: GermEval's outer layer, OTH → MISC, `deriv`
(`deutschen`) → MISC and `part` (`EU-Budget`) → O.

The tokens are joined into plain text as news prints it (no space before closing punctuation, none inside quotation
marks), since kg reads text, not tokens; every gold entity keeps its character span. Three systems are scored on
exact character spans and types:

- **model NER**: the pipeline's own `doc.ents` (PER, ORG, LOC, MISC);
- **kg rules + model**: `find_actors` over that pipeline, as extraction runs it (gazetteer, NER, role and
  apposition rules, organisation nouns, media names);
- **kg rules alone**: `find_actors` over the blank German pipeline (`--model blank`).

kg's types map to NER labels as Person → PER, Organization → ORG, Country and Place → LOC. Three kinds of kg
mention are left out of the scores and counted instead, because NER gold does not mark them by design:
*resolutions* (a title such as `des Bundeskanzlers` or `das Bündnis` standing for a named actor; pronouns are
resolved later, by the statement stage, which is not run here), *groups* (`westliche Staaten`, `Separatisten`:
collective common nouns, which no NER scheme marks; as MISC they would count guideline differences as errors), and
*inside words* (`US` in `US-Soldaten`: a name inside a compound, which GermEval tags `part` and the training maps
to O; such a span can never equal a gold span).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc

from kg.evaluate import Score
from kg.extract import Extractor
from kg.gazetteer import Gazetteer
from kg.nlp.actors import ActorIndex, find_actors
from kg.nlp.german import ANAPHORIC_ORGANIZATIONS, FIRM_ANAPHORS, FORCES_OF_A_COUNTRY, ORGANIZATION_HEADS
from kg.nlp.quotes import find_quotes
from kg.paths import PACKAGE_DIR
from kg.records import Actor

CONVERTER = PACKAGE_DIR.parent / "training" / "scripts" / "convert.py"
SPLITS = {"germeval": "test-germeval", "europarl": "test-europarl"}
LABELS = ("PER", "ORG", "LOC", "MISC")
KG_LABELS = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "Place": "LOC"}  # Group: not scored
SYSTEMS = ("model NER", "kg rules + model", "kg rules alone")
ERROR_KINDS = ("missed", "spurious", "boundary", "type")
_OPENING = frozenset("„([{‚")
_CLOSING = frozenset(",.;:!?)]}“”‘…")
_TURN_MARKS = {'"': '"', "»": "»", "«": "»"}  # marks that open or close by turn; » and « pair with each other


class NerCorpusError(ValueError):
    """Held-out NER sentences that cannot be read; the message says why in one line."""


@dataclass(frozen=True)
class Entity:
    start: int  # character offsets into the sentence text
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class NerSentence:
    """A held-out sentence as plain text, its tokens' character spans and its gold entities."""

    text: str
    spans: tuple[tuple[int, int], ...]
    entities: tuple[Entity, ...]

    def aligned(self, start: int, end: int) -> bool:
        """Whether a character span starts and ends on token boundaries of the gold tokenisation."""
        return any(s == start for s, _ in self.spans) and any(e == end for _, e in self.spans)


@dataclass
class SystemScores:
    """One system's matches per gold label, the mentions left out of scoring, and its errors by kind."""

    per_label: dict[str, Score] = field(default_factory=lambda: {label: Score() for label in LABELS})
    excluded: Counter[str] = field(default_factory=Counter)
    errors: dict[str, Counter[str]] = field(default_factory=lambda: {kind: Counter() for kind in ERROR_KINDS})

    def total(self, labels: Iterable[str] = LABELS) -> Score:
        score = Score()
        for label in labels:
            score.add(self.per_label[label])
        return score


@dataclass
class SplitReport:
    name: str
    sentences: int = 0
    tokens: int = 0
    systems: dict[str, SystemScores] = field(default_factory=dict)


# --- reading ------------------------------------------------------------------------------------------------------


def load_converter(path: Path = CONVERTER) -> ModuleType:
    """The training's converter, whose `split_ner` selects the held-out sentences; it lives in the source
    checkout, not in the installed package, so that there is one selection only."""
    if not path.is_file():
        raise NerCorpusError(f"the training's converter is not here: {path} (kg eval-ner runs from a source checkout)")
    spec = importlib.util.spec_from_file_location("kg_training_convert", path)
    if spec is None or spec.loader is None:
        raise NerCorpusError(f"cannot load the training's converter: {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def read_split(datasets: Path, split: str) -> list[NerSentence]:
    """The held-out sentences of `split` ("germeval" or "europarl") exactly as the training selected them."""
    if split not in SPLITS:
        raise NerCorpusError(f"unknown split {split!r}; use {' or '.join(SPLITS)}")
    if not datasets.is_dir():
        raise NerCorpusError(f"datasets folder not found: {datasets}")
    docs = load_converter().split_ner(datasets, "misc")[SPLITS[split]]
    return [sentence_from_doc(doc) for doc in docs]


def sentence_from_doc(doc: Doc) -> NerSentence:
    """Plain text and character-span gold from a converter Doc (tokens with their gold entities)."""
    text, spans = detokenize([token.text for token in doc])
    entities = []
    for ent in doc.ents:
        start, end = spans[ent.start][0], spans[ent.end - 1][1]
        entities.append(Entity(start, end, ent.label_, text[start:end]))
    return NerSentence(text, tuple(spans), tuple(entities))


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text as printed, and each word's character span: no space before closing punctuation, none after an
    opening mark; a straight quotation mark (or a guillemet) opens, and its next one closes."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length, glue_next = 0, True
    open_marks: set[str] = set()
    for word in words:
        kind = _TURN_MARKS.get(word)
        closing = word in _CLOSING or (kind is not None and kind in open_marks)
        if parts and not glue_next and not closing:
            parts.append(" ")
            length += 1
        glue_next = False
        if kind is not None:
            open_marks ^= {kind}
            glue_next = kind in open_marks
        glue_next = glue_next or word in _OPENING
        spans.append((length, length + len(word)))
        parts.append(word)
        length += len(word)
    return "".join(parts), spans


# --- what each system finds ---------------------------------------------------------------------------------------


def label_for(actor_type: str) -> str | None:
    """The NER label of a kg actor or place type; None for groups, which are not scored."""
    return KG_LABELS.get(actor_type)


def model_entities(doc: Doc) -> list[Entity]:
    return [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def kg_entities(index: ActorIndex) -> tuple[list[Entity], Counter[str]]:
    """kg's mentions as labelled spans, and the count of those left out (resolutions, groups)."""
    found: list[Entity] = []
    excluded: Counter[str] = Counter()
    for actor in index.actors.values():
        for mention in actor.mentions:
            label = label_for(actor.type)
            if label is None:
                excluded["group"] += 1
            elif is_resolution(mention.text, actor):
                excluded["resolution"] += 1
            else:
                found.append(Entity(mention.start, mention.end, label, mention.text))
    for place in index.places.values():
        found += [Entity(m.start, m.end, "LOC", m.text) for m in place.mentions]
    return found, excluded


def is_resolution(text: str, actor: Actor) -> bool:
    """A mention that does not name its actor: a title for a person (`des Kanzlers` → Olaf Scholz), `das Bündnis`,
    `die Kommission` or `das Unternehmen` for an organisation named before, `russische Truppen` or `die Russen`
    for a country. A surname (`Scholz`, `Scholz'`) shares a word with the person's name and is a name, and so is
    `Allianz` for the insurer of that name."""
    word = text.casefold()
    if actor.type == "Organization":
        head = word in ANAPHORIC_ORGANIZATIONS or word in ORGANIZATION_HEADS or word in FIRM_ANAPHORS
        return head and word != actor.name.casefold()
    if actor.type == "Country":  # "russische Truppen", "die Russen"
        last = word.split()[-1].rpartition("-")[2]
        return last in FORCES_OF_A_COUNTRY or (word != actor.name.casefold() and _is_demonym(text))
    if actor.type != "Person":
        return False
    names = [word.casefold() for word in actor.name.split()]
    return not any(word.casefold().startswith(name[:4]) for word in text.split() for name in names if name)


def _is_demonym(text: str) -> bool:
    """`Russen`, not `Niederlanden` (the country's own name, inflected)."""
    gazetteer = Gazetteer.load()
    return " " not in text and gazetteer.lookup(text) is None and gazetteer.country_for_demonym(text) is not None


# --- scoring ------------------------------------------------------------------------------------------------------


def score_sentence(scores: SystemScores, sentence: NerSentence, found: Iterable[Entity]) -> None:
    """Add one sentence's exact-span matches and errors to `scores`; spans inside gold words are counted apart."""
    predicted: set[Entity] = set()
    for entity in found:
        if sentence.aligned(entity.start, entity.end):
            predicted.add(entity)
        else:
            scores.excluded["inside word"] += 1
    gold = set(sentence.entities)
    for entity in predicted:
        if entity in gold:
            scores.per_label[entity.label].true_positives += 1
        else:
            scores.per_label[entity.label].false_positives += 1
            scores.errors[_error_kind(entity, gold)][_describe(entity, gold)] += 1
    for entity in gold - predicted:
        scores.per_label[entity.label].false_negatives += 1
        if not any(_overlaps(entity, p) for p in predicted):
            scores.errors["missed"][f"{entity.text} ({entity.label})"] += 1


def _overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _error_kind(entity: Entity, gold: set[Entity]) -> str:
    overlapping = [g for g in gold if _overlaps(entity, g)]
    if not overlapping:
        return "spurious"
    return "type" if any((g.start, g.end) == (entity.start, entity.end) for g in overlapping) else "boundary"


def _describe(entity: Entity, gold: set[Entity]) -> str:
    overlapping = [g for g in gold if _overlaps(entity, g)]
    if not overlapping:
        return f"{entity.text} ({entity.label})"
    reference = overlapping[0]
    return f"{entity.text} ({entity.label}) / gold {reference.text} ({reference.label})"


# --- running ------------------------------------------------------------------------------------------------------


def evaluate_ner(
    datasets: Path, *, splits: Iterable[str] = tuple(SPLITS), model: str | None = None, batch_size: int = 64
) -> list[SplitReport]:
    """Score the model's NER, kg's recogniser over the model, and kg's rules alone on each held-out split.

    With `model="blank"` there is no statistical NER, so only the rules are scored."""
    extractor = Extractor(model)
    blank = extractor if model == "blank" else Extractor("blank")
    reports = []
    for split in splits:
        sentences = read_split(datasets, split)
        report = SplitReport(split, len(sentences), sum(len(s.spans) for s in sentences))
        if model != "blank":
            report.systems["model NER"] = SystemScores()
            report.systems["kg rules + model"] = SystemScores()
            for sentence, doc, index in _recognise(extractor, sentences, batch_size):
                score_sentence(report.systems["model NER"], sentence, model_entities(doc))
                _score_kg(report.systems["kg rules + model"], sentence, index)
        report.systems["kg rules alone"] = SystemScores()
        for sentence, _, index in _recognise(blank, sentences, batch_size):
            _score_kg(report.systems["kg rules alone"], sentence, index)
        reports.append(report)
    return reports


def _recognise(
    extractor: Extractor, sentences: list[NerSentence], batch_size: int
) -> Iterator[tuple[NerSentence, Doc, ActorIndex]]:
    """Each sentence with its parsed Doc and kg's actors, as extraction finds them (no publication date)."""
    nlp: Language = extractor.nlp
    pairs = ((sentence.text, sentence) for sentence in sentences)
    for doc, sentence in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield sentence, doc, find_actors(doc, extractor.gazetteer, find_quotes(doc.text), None)


def _score_kg(scores: SystemScores, sentence: NerSentence, index: ActorIndex) -> None:
    found, excluded = kg_entities(index)
    scores.excluded.update(excluded)
    score_sentence(scores, sentence, found)


# --- report -------------------------------------------------------------------------------------------------------


def format_report(reports: list[SplitReport], *, top: int = 12) -> str:
    """Markdown tables per split (P / R / F1 per gold label and overall, for each system) and kg's top errors."""
    lines: list[str] = []
    for report in reports:
        systems = list(report.systems)
        lines += [
            f"## {SPLITS[report.name]}: {report.sentences} sentences, {report.tokens} tokens (exact spans)",
            "",
            "| type | gold | " + " | ".join(f"{name} P / R / F1" for name in systems) + " |",
            "|---|---|" + "---|" * len(systems),
        ]
        rows = [(label, (label,)) for label in LABELS] + [("PER+ORG+LOC", LABELS[:3]), ("all", LABELS)]
        for title, labels in rows:
            cells = [_cell(report.systems[name].total(labels)) for name in systems]
            gold = _gold(report.systems[systems[0]].total(labels))
            lines.append(f"| {title} | {gold} | " + " | ".join(cells) + " |")
        lines.append("")
        for name in systems:
            excluded = ", ".join(f"{kind} {n}" for kind, n in sorted(report.systems[name].excluded.items()))
            lines.append(f"- {name}: left out of scoring: {excluded or 'nothing'}")
        kg_name = "kg rules + model" if "kg rules + model" in report.systems else "kg rules alone"
        for kind in ERROR_KINDS:
            errors = report.systems[kg_name].errors[kind]
            common = "; ".join(f"{text} ×{n}" for text, n in errors.most_common(top))
            lines.append(f"- {kg_name}, {kind} ({sum(errors.values())}): {common or '-'}")
        lines.append("")
    return "\n".join(lines).rstrip()


def _cell(score: Score) -> str:
    return f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}"


def _gold(score: Score) -> int:
    return score.true_positives + score.false_negatives
