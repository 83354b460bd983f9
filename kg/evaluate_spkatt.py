"""Scoring kg's statements against SpkAtt-2023 Task 1 (GePaDe: speeches in the German Bundestag).

The corpus gives every speech as sentences of tokens and its speech events as annotations whose `Cue` and roles
(`Source`, `Message`, `Addr`, `Medium`, `Topic`, `Evidence`, `PTC`) are lists of `"sentence:token"` ids. The
converter joins the tokens into plain text (no space before closing punctuation, none after opening marks, a space
between sentences so that kg finds its own sentence ends) and keeps every token's character span, so that the
character spans of a kg `Statement` map back to token ids.

Scoring pairs kg statements with reference events one to one by their cues (a kg `cue_span` overlapping a reference
`Cue` token), then compares the roles of each pair as token sets:

- **cue**: paired / kg statements with a cue, paired / reference events. Continuations (kg statements without a
  cue of their own) are counted apart: SpkAtt marks no cue-less speech events.
- **source**, **message**, **addressee**, **medium** as *attribution*: a pair counts when kg's role overlaps the
  reference role; precision is over kg statements with a cue that give the role, recall over reference events that
  have it. The table of agreement counts the paired cues where both give the role, and how many of those overlap.
- **source** and **message** also as *tokens*: over the paired cues, the tokens of kg's role against the reference
  role's (punctuation left out on both sides, since the schemes treat it differently).

kg resolves a pronoun to an antecedent actor, but its `speaker_span` is the pronoun itself (`sagte er` gives the
span of `er`); that span is what is scored, as SpkAtt marks the pronoun as Source (a relative pronoun too: there kg's
antecedent counts as wrong). kg names the addressee and medium only as actors; the actor's mention nearest the cue
stands for the span.

SpkAtt marks far more than kg aims at: nominal cues (`Antrag`, `Debatte`, `Frage`), thought and perception
(`glauben`, `wissen`, `sehen`), first-person speech (`ich sage`, `wir fordern`) and cues without a message. So
everything is reported twice: on all events, and on **reported speech**, the events with a Source and a Message
whose Source is not in the first person and whose cue has a word that is not a noun (not capitalised mid-sentence);
`Sie haben gesagt` stays in, as it reports a colleague's words. A third subset, **third person**, leaves those out
too (a formal `Sie` inside a sentence, `ihr`, `du`): the speech of someone the text names or refers back to, which is
what news reports. On a subset a kg statement paired with an event outside it counts neither way; an unpaired one
counts against precision.

A pronoun Source is scored by its span: kg's `speaker_span` of `sagen Sie` overlaps the reference's `Sie` whichever
actor kg resolved it to, so a wrong resolution of a formal `Sie` once counted as right; kg now resolves none.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kg.documents import parse_date
from kg.evaluate import Score
from kg.extract import ExtractionError, Extractor
from kg.records import Document, Extraction, Statement

ROLES = {"source": "Source", "message": "Message", "addressee": "Addr", "medium": "Medium"}
_OPENING = frozenset("„([{‚«»")
_CLOSING = frozenset(",.;:!?)]}“”‘’…")
SECOND_PERSON = frozenset({"du", "dich", "dir", "ihr", "euch", "euer", "eure"})
FIRST_PERSON = frozenset(
    {"ich", "mich", "mir", "mein", "meine", "meiner", "meinem", "meinen", "meines"}
    | {"wir", "uns", "unser", "unsere", "unserer", "unserem", "unseren", "unseres"}
)


class SpkAttCorpusError(ValueError):
    """A SpkAtt file or folder that cannot be read; the message names the file and the reason in one line."""


@dataclass(frozen=True)
class SpeechEvent:
    """One speech event on token ids (indices into the speech's tokens), the reference's or kg's."""

    cue: frozenset[int]
    source: frozenset[int] = frozenset()
    message: frozenset[int] = frozenset()
    addressee: frozenset[int] = frozenset()
    medium: frozenset[int] = frozenset()
    label: str = ""  # the cue's words (reference) or lemma (kg), for the error tables


@dataclass(frozen=True)
class Speech:
    """A speech as the plain text kg reads, each token's character span in it, and the reference events."""

    id: str
    text: str
    spans: tuple[tuple[int, int], ...]
    events: tuple[SpeechEvent, ...]
    sentence_starts: frozenset[int] = frozenset()  # token ids that open a corpus sentence

    def tokens_in(self, start: int, end: int) -> frozenset[int]:
        """The tokens a character span overlaps."""
        return frozenset(i for i, (s, e) in enumerate(self.spans) if s < end and start < e)

    def words(self, tokens: Iterable[int]) -> list[str]:
        return [self.text[slice(*self.spans[i])] for i in sorted(tokens)]


# --- conversion ---------------------------------------------------------------------------------------------------


def detokenize(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Plain text from sentences of tokens, and the character span of every token."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    previous = ""
    for sentence in sentences:
        for k, token in enumerate(sentence):
            glue = parts and not (token in _CLOSING and k > 0) and previous not in _OPENING
            if glue:
                parts.append(" ")
                length += 1
            spans.append((length, length + len(token)))
            parts.append(token)
            length += len(token)
            previous = token
    return "".join(parts), spans


def parse_speech(data: Any, speech_id: str) -> Speech:
    """A speech from one SpkAtt Task 1 JSON object."""
    try:
        sentences = {int(s["SentenceId"]): [str(t) for t in s["Tokens"]] for s in data["Sentences"]}
        annotations = list(data["Annotations"])
    except (KeyError, TypeError, ValueError) as err:
        raise SpkAttCorpusError(f"{speech_id}: not SpkAtt Task 1 JSON (missing or bad {err})") from None
    order = sorted(sentences)
    offsets, count = {}, 0
    for n in order:
        offsets[n] = count
        count += len(sentences[n])
    text, spans = detokenize([sentences[n] for n in order])

    def ids(values: Any) -> frozenset[int]:
        found = set()
        for value in values or []:
            sentence, _, token = str(value).partition(":")
            try:
                n, k = int(sentence), int(token)
            except ValueError:
                raise SpkAttCorpusError(f"{speech_id}: bad token id {value!r}") from None
            if n not in sentences or not 0 <= k < len(sentences[n]):
                raise SpkAttCorpusError(f"{speech_id}: token id {value!r} is not in the text")
            found.add(offsets[n] + k)
        return frozenset(found)

    events = []
    for annotation in annotations:
        if not isinstance(annotation, dict):
            raise SpkAttCorpusError(f"{speech_id}: an annotation is not an object")
        cue = ids(annotation.get("Cue"))
        roles = {name: ids(annotation.get(key)) for name, key in ROLES.items()}
        label = " ".join(text[slice(*spans[i])] for i in sorted(cue))
        events.append(SpeechEvent(cue=cue, label=label, **roles))
    return Speech(speech_id, text, tuple(spans), tuple(events), frozenset(offsets.values()))


def corpus_files(directory: Path, limit: int | None = None) -> list[Path]:
    """The corpus's JSON files in name order (the `task1/` folder, or the folder itself), the first `limit`."""
    folder = directory / "task1" if (directory / "task1").is_dir() else directory
    if not folder.is_dir():
        raise SpkAttCorpusError(f"{directory}: no such folder")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise SpkAttCorpusError(f"{folder}: no SpkAtt JSON files in it")
    return files[:limit] if limit is not None else files


def read_speeches(files: Iterable[Path]) -> Iterator[Speech]:
    """Speeches one file at a time, so that the corpus streams."""
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise SpkAttCorpusError(f"{path.name}: cannot read ({err})") from None
        yield parse_speech(data, path.stem)


# --- kg's side ----------------------------------------------------------------------------------------------------


def extract_speeches(
    speeches: Iterable[Speech], extractor: Extractor, on_error: Any = None
) -> Iterator[tuple[Speech, Extraction]]:
    """Every speech with kg's extraction of it, streamed through `Extractor.pipe`."""
    pending: dict[str, Speech] = {}

    def documents() -> Iterator[Document]:
        for speech in speeches:
            pending[speech.id] = speech
            yield Document(id=speech.id, text=speech.text, published=speech_date(speech.id))

    for extraction in extractor.pipe(documents(), on_error=on_error):
        yield pending.pop(extraction.document.id), extraction


def speech_date(speech_id: str) -> datetime | None:
    """The day of the debate, which SpkAtt's file names end with (`..._20.03.2019`): a speech's publication date,
    against which kg resolves `die Bundeskanzlerin` and `gestern`."""
    return parse_date(speech_id.rpartition("_")[2])


def predicted_events(speech: Speech, extraction: Extraction) -> tuple[list[SpeechEvent], int]:
    """kg's statements with a cue as token-id events, and the number of continuations (statements without one)."""
    mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in extraction.actors}
    events = []
    for statement in extraction.statements:
        if statement.cue_span is None:
            continue
        events.append(
            SpeechEvent(
                cue=speech.tokens_in(*statement.cue_span),
                source=speech.tokens_in(*statement.speaker_span) if statement.speaker_span else frozenset(),
                message=frozenset().union(*(speech.tokens_in(*part) for part in _content_parts(statement))),
                addressee=_nearest_mention(speech, statement, mentions.get(statement.addressee or "", [])),
                medium=_nearest_mention(speech, statement, mentions.get(statement.medium or "", [])),
                label=statement.cue or "",
            )
        )
    return events, len(extraction.statements) - len(events)


def _content_parts(statement: Statement) -> list[tuple[int, int]]:
    """The content's pieces, without an attribution set inside it (`Die Lage sei, so X, angespannt`)."""
    return statement.parts or [(statement.start, statement.end)]


def _nearest_mention(speech: Speech, statement: Statement, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The mention of an actor nearest the statement's cue (kg names the addressee and medium only as actors)."""
    if not spans or statement.cue_span is None:
        return frozenset()
    cue = statement.cue_span[0]
    start, end = min(spans, key=lambda span: abs(span[0] - cue))
    return speech.tokens_in(start, end)


# --- scoring ------------------------------------------------------------------------------------------------------


@dataclass
class RoleScores:
    """One role: attribution (paired cue and overlapping role) and tokens over paired cues."""

    attribution: Score = field(default_factory=Score)
    tokens: Score = field(default_factory=Score)
    both: int = 0  # paired cues where kg and the reference both give the role
    agree: int = 0  # ... and they overlap

    def add(self, other: RoleScores) -> None:
        self.attribution.add(other.attribution)
        self.tokens.add(other.tokens)
        self.both += other.both
        self.agree += other.agree


@dataclass
class SubsetScores:
    """The scores of one set of reference events (all, or reported speech)."""

    cue: Score = field(default_factory=Score)
    roles: dict[str, RoleScores] = field(default_factory=lambda: {name: RoleScores() for name in ROLES})
    missed: Counter[str] = field(default_factory=Counter)  # reference cue words kg did not find
    spurious: Counter[str] = field(default_factory=Counter)  # kg cue lemmas with no reference event
    wrong_source: Counter[str] = field(default_factory=Counter)  # reference Source words kg got wrong

    def add(self, other: SubsetScores) -> None:
        self.cue.add(other.cue)
        for name, role in self.roles.items():
            role.add(other.roles[name])
        self.missed.update(other.missed)
        self.spurious.update(other.spurious)
        self.wrong_source.update(other.wrong_source)


@dataclass
class SpkAttReport:
    speeches: int = 0
    tokens: int = 0
    continuations: int = 0
    failed: int = 0
    all: SubsetScores = field(default_factory=SubsetScores)
    reported: SubsetScores = field(default_factory=SubsetScores)
    third_person: SubsetScores = field(default_factory=SubsetScores)


def is_reported_speech(event: SpeechEvent, speech: Speech) -> bool:
    """Speech kg aims at: a Source not in the first person, a Message, and a cue word that is not a noun."""
    if not event.source or not event.message:
        return False
    if any(word.lower() in FIRST_PERSON for word in speech.words(event.source)[:2]):
        return False
    return any(not _is_noun(speech, i) for i in event.cue)


def is_third_person(event: SpeechEvent, speech: Speech) -> bool:
    """Reported speech whose Source is not a colleague addressed (`Sie haben gesagt`, `ihr`, `du`): the speech of
    someone the text names or refers back to, as news reports it. A capitalised `Sie` inside a sentence is the
    formal you."""
    if not is_reported_speech(event, speech):
        return False
    first = min(event.source)
    word = speech.words([first])[0]
    formal = word == "Sie" and first not in speech.sentence_starts
    return not formal and word.lower() not in SECOND_PERSON


def _is_noun(speech: Speech, token: int) -> bool:
    """A capitalised word that does not open its sentence: in German, a noun (or a name)."""
    word = speech.text[slice(*speech.spans[token])]
    return word[:1].isupper() and token not in speech.sentence_starts


def pair_cues(gold: list[SpeechEvent], found: list[SpeechEvent]) -> list[tuple[int, int]]:
    """One-to-one pairs (reference index, kg index) of overlapping cues, the largest overlaps first."""
    candidates = sorted(
        (-len(g.cue & f.cue), i, j) for i, g in enumerate(gold) for j, f in enumerate(found) if g.cue & f.cue
    )
    pairs, used_gold, used_found = [], set(), set()
    for _, i, j in candidates:
        if i not in used_gold and j not in used_found:
            pairs.append((i, j))
            used_gold.add(i)
            used_found.add(j)
    return pairs


def score_speech(speech: Speech, found: list[SpeechEvent], subset: set[int] | None = None) -> SubsetScores:
    """Scores of kg's events against the reference events (or those whose indices are in `subset`)."""
    gold = list(speech.events)
    keep = set(range(len(gold))) if subset is None else subset
    pairs = [(i, j) for i, j in pair_cues(gold, found) if i in keep]
    paired_found = {j for _, j in pair_cues(gold, found)}
    unpaired = [f for j, f in enumerate(found) if j not in paired_found]
    scores = SubsetScores()
    scores.cue = Score(len(pairs), len(unpaired), len(keep) - len(pairs))
    scores.spurious.update(f.label for f in unpaired)
    paired_gold = {i for i, _ in pairs}
    scores.missed.update(gold[i].label.lower() for i in keep - paired_gold)
    for name, role in scores.roles.items():
        role.attribution.false_negatives = sum(1 for i in keep if getattr(gold[i], name))
        role.attribution.false_positives = sum(1 for f in unpaired if getattr(f, name))
        for i, j in pairs:
            _score_role(role, speech, getattr(gold[i], name), getattr(found[j], name))
    for i, j in pairs:
        if gold[i].source and not gold[i].source & found[j].source:
            scores.wrong_source[" ".join(speech.words(gold[i].source)[:3]).lower()] += 1
    return scores


def _score_role(role: RoleScores, speech: Speech, gold: frozenset[int], found: frozenset[int]) -> None:
    overlap = bool(gold & found)
    if found:
        role.attribution.true_positives += overlap
        role.attribution.false_positives += not overlap
    if gold and overlap:
        role.attribution.false_negatives -= 1
    if gold and found:
        role.both += 1
        role.agree += overlap
    gold_words, found_words = _content_tokens(speech, gold), _content_tokens(speech, found)
    role.tokens.add(Score(len(gold_words & found_words), len(found_words - gold_words), len(gold_words - found_words)))


def _content_tokens(speech: Speech, tokens: frozenset[int]) -> set[int]:
    return {i for i in tokens if any(c.isalnum() for c in speech.text[slice(*speech.spans[i])])}


def evaluate_spkatt(directory: Path, *, limit: int | None = None, model: str | None = None) -> SpkAttReport:
    """Extract every speech of the corpus with kg and score it."""
    files = corpus_files(directory, limit)
    extractor = Extractor(model)
    report = SpkAttReport()

    def failed(_: ExtractionError) -> None:
        report.failed += 1

    for speech, extraction in extract_speeches(read_speeches(files), extractor, on_error=failed):
        found, continuations = predicted_events(speech, extraction)
        report.speeches += 1
        report.tokens += len(speech.spans)
        report.continuations += continuations
        report.all.add(score_speech(speech, found))
        reported = {i for i, event in enumerate(speech.events) if is_reported_speech(event, speech)}
        report.reported.add(score_speech(speech, found, reported))
        third = {i for i in reported if is_third_person(speech.events[i], speech)}
        report.third_person.add(score_speech(speech, found, third))
    return report


# --- report -------------------------------------------------------------------------------------------------------


def format_report(report: SpkAttReport, *, top: int = 10) -> str:
    """The scores as Markdown tables, and the most frequent misses and false cues."""
    lines = [
        f"{report.speeches} speeches, {report.tokens} tokens; {report.continuations} kg continuations "
        f"(statements without a cue, not scored); {report.failed} speeches failed",
        "",
        "| events | measure | P | R | F1 | kg | reference |",
        "|---|---|---|---|---|---|---|",
    ]
    subsets = (("all", report.all), ("reported speech", report.reported), ("third person", report.third_person))
    for title, scores in subsets:
        lines.append(_row(title, "cue", scores.cue))
        for name, role in scores.roles.items():
            lines.append(_row(title, f"{name} (attribution)", role.attribution))
            if name in ("source", "message"):
                lines.append(_row(title, f"{name} (tokens, paired cues)", role.tokens))
    lines += ["", "| events | role | paired cues where both give it | overlapping |", "|---|---|---|---|"]
    for title, scores in subsets:
        for name, role in scores.roles.items():
            lines.append(f"| {title} | {name} | {role.both} | {role.agree} |")
    for title, counter in (
        ("reference cues kg missed (reported speech)", report.reported.missed),
        ("reference cues kg missed (all)", report.all.missed),
        ("kg cues with no reference event", report.all.spurious),
        ("reference Sources kg got wrong on paired cues (all)", report.all.wrong_source),
    ):
        common = ", ".join(f"{word} {n}" for word, n in counter.most_common(top))
        lines += ["", f"{title}: {common or '-'}"]
    return "\n".join(lines)


def _row(title: str, measure: str, score: Score) -> str:
    predicted = score.true_positives + score.false_positives
    wanted = score.true_positives + score.false_negatives
    return (
        f"| {title} | {measure} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} "
        f"| {predicted} | {wanted} |"
    )
