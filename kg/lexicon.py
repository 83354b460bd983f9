"""The German lexicon, read from the ontology's SKOS schemes.

Cue words of speech acts, event triggers and factuality markers are `skos:altLabel`s with `@de` in `ontology/`;
this module turns them into plain lookup tables so that the extraction never hard-codes a cue word. A user adds a
trigger by editing Turtle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from kg.paths import ONTOLOGY_DIR

KG = Namespace("https://w3id.org/kg-news/ontology#")


@dataclass(frozen=True)
class Term:
    """A German label of a concept: single words, or a `noun verb` pair that must share a clause."""

    words: tuple[str, ...]  # lower-cased
    concept: str  # the concept's local name, e.g. "MOBILIZE", "demand", "considered"
    noun: bool = False  # a capitalised label: a noun, which also matches as the head of a compound
    clause_only: bool = False  # a `kg:clauseLabel`: a cue only with a clause or a quotation as what was said

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Scheme:
    """One SKOS scheme's German labels, indexed for lookup by lower-cased word."""

    terms: tuple[Term, ...]
    evokes: dict[str, str] = field(default_factory=dict)  # speech act -> PLOVER type
    commits: frozenset[str] = frozenset()  # speech acts by which speakers commit to what they say

    # The tables are asked for per sentence and per token: each is built once (the scheme is frozen).
    @cached_property
    def _single(self) -> dict[str, str]:
        return {t.words[0]: t.concept for t in self.terms if not t.is_phrase}

    @cached_property
    def _verbs(self) -> dict[str, str]:
        return {t.words[0]: t.concept for t in self.terms if not t.is_phrase and not t.noun}

    @cached_property
    def _nouns(self) -> dict[str, str]:
        return {t.words[0]: t.concept for t in self.terms if not t.is_phrase and t.noun}

    @cached_property
    def _phrases(self) -> list[Term]:
        return [t for t in self.terms if t.is_phrase]

    @cached_property
    def clause_only(self) -> frozenset[str]:
        """The cue words that report speech only with a clause or a quotation (`befürchtet, dass ...`)."""
        return frozenset(" ".join(t.words) for t in self.terms if t.clause_only)

    def single(self) -> dict[str, str]:
        return self._single

    def verbs(self) -> dict[str, str]:
        return self._verbs

    def nouns(self) -> dict[str, str]:
        return self._nouns

    def phrases(self) -> list[Term]:
        return self._phrases


@dataclass(frozen=True)
class Lexicon:
    speech_acts: Scheme
    event_types: Scheme
    factuality: Scheme


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_scheme(path: Path) -> Scheme:
    graph = Graph().parse(path, format="turtle")
    terms = []
    for predicate in (SKOS.altLabel, KG.clauseLabel):
        for concept, label in graph.subject_objects(predicate):
            if isinstance(label, Literal) and label.language == "de":
                words = tuple(str(label).lower().split())
                noun = str(label)[:1].isupper()
                terms.append(Term(words, _local(concept), noun, clause_only=predicate == KG.clauseLabel))
    evokes = {_local(s): _local(o) for s, o in graph.subject_objects(KG.evokes)}
    commits = frozenset(_local(s) for s, o in graph.subject_objects(KG.commits) if o.toPython() is True)
    return Scheme(terms=tuple(sorted(terms, key=lambda t: (t.concept, t.words))), evokes=evokes, commits=commits)


@cache
def load_lexicon(directory: Path = ONTOLOGY_DIR) -> Lexicon:
    return Lexicon(
        speech_acts=read_scheme(directory / "speech-acts.ttl"),
        event_types=read_scheme(directory / "plover.ttl"),
        factuality=read_scheme(directory / "factuality.ttl"),
    )
