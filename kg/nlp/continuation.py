"""Sentences with no cue of their own that go on reporting the last speaker.

Konjunktiv I, an opening marker (`Demnach`, `Zudem`), a quotation standing alone right after a statement, a colon
after a sentence about a person (`X zeigte sich gelassen: Er sei ...`), and sentences in the plural past between
reported ones carry on what was said; a hedge of the narrator's (`dürfte`) or a sentence in the narrator's voice
ends it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import ActorIndex, opens_clause
from kg.nlp.content import trimmed_span
from kg.nlp.discourse import Discourse, Found
from kg.nlp.german import CONSEQUENCE, CONTINUATION_MARKERS, PAST_ADVERBS, SOURCE_ADVERBS
from kg.nlp.pronouns import opening_body, opening_person
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import (
    clause_of,
    is_finite,
    is_finite_or_konjunktiv,
    is_konjunktiv,
    is_strong_plural_past,
    is_verb_form,
    is_weak_preterite,
)
from kg.records import Statement

HEDGES = frozenset({"dürfte", "dürften"})  # the narrator's "probably", not someone's reported words


def continuations(sent: Span, quotes: list[Quote], actors: ActorIndex, state: Discourse, n: int) -> list[Found]:
    """A sentence without a cue of its own that goes on reporting the last speaker."""
    if state.last_key is None or _asked_by_the_writer(sent):
        return []
    doc = sent.doc
    outside = [t for t in sent if not in_quote(t.idx, quotes)]
    konjunktiv = any(is_konjunktiv(t) for t in outside)
    if n - state.last_sentence > 1 and state.past_after != n - 1:  # past narration only Konjunktiv I: "Sein Vertrag
        konjunktiv = any(is_konjunktiv(t) and "Past" not in t.morph.get("Tense") for t in outside)  # wäre gelaufen"
    konjunktiv = konjunktiv and not _hedged(outside)  # "Entscheidend dürften die Sozialisten werden"
    marker = sent[0].lower_ in CONTINUATION_MARKERS or any(t.lower_ in SOURCE_ADVERBS for t in outside)
    quote = sole_quotation(sent, quotes)
    if quote is not None and n - state.last_sentence == 1:
        state.used_quotes.add(quote.open_mark)
        return [_continued(doc, (quote.start, quote.end), "direct", state.last_key, state.last_opening)]
    right_after = n - state.last_sentence == 1
    verb = next((t for t in outside if is_finite(t)), None)
    actor_before = verb is not None and any(m.token_start < verb.i for m in actors.in_span(sent))
    connected = (  # not "Beide Regierungen unterzeichneten zudem ...": actors named doing something
        right_after
        and not actor_before
        and maybe_reported(sent, quotes, actors)
        and any(t.lower_ in CONSEQUENCE for t in outside)
    )
    if not (konjunktiv or marker or connected):
        return []  # "Viele Ärzte verließen deshalb die Kliniken" right after X's words: Konjunktiv II, going on
    if not (marker or connected) and _narrated_opening(sent, quotes, reported_before=right_after):
        return []
    span, mode, _ = trimmed_span(doc, sent.start, sent.end, quotes)
    return [_continued(doc, span, mode, state.last_key, state.last_opening)] if span is not None else []


def sole_quotation(sent: Span, quotes: list[Quote]) -> Quote | None:
    """The quotation a sentence is, with nothing outside it but punctuation (its mark may end the sentence before),
    or None."""
    own = [q for q in quotes if sent.start_char - 2 <= q.open_mark < sent.end_char]
    alone = all(t.is_punct or t.is_space or in_quote(t.idx, quotes) for t in sent)
    return own[0] if own and alone else None


def _asked_by_the_writer(sent: Span) -> bool:
    """`Ob sie bei einer Niederlage zurücktrete?`: a question of the writer's, which the next sentence answers."""
    words = [t for t in sent if not t.is_space]
    return len(words) > 2 and words[0].lower_ == "ob" and words[-1].text == "?"


def fill_gaps(
    found: list[Found],
    silent: dict[int, Span],
    by_sentence: dict[int, list[Found]],
    quotes: list[Quote],
    actors: ActorIndex,
) -> None:
    """A sentence in the plural past between two sentences of one speaker's reported speech goes on reporting it
    (`..., sagte X. Zudem klagten viele Beschäftigte über Druck. Wer krank werde, müsse ...`): there Konjunktiv II
    has the form of the preterite, and the speech going on after it shows which is meant."""
    for n, sent in silent.items():
        after = next((f for f in by_sentence.get(n + 1, []) if f.statement.continuation), None)
        chain = after.opened_by if after is not None else None
        before = [f for f in by_sentence.get(n - 1, []) if chain is not None and (f.opened_by or f) is chain]
        if not before or not maybe_reported(sent, quotes, actors):
            continue
        span, mode, _ = trimmed_span(sent.doc, sent.start, sent.end, quotes)
        if span is not None:
            gap = _continued(sent.doc, span, mode, after.speaker_key, chain)
            gap.sentence = sent
            found.insert(found.index(after), gap)


def maybe_reported(sent: Span, quotes: list[Quote], actors: ActorIndex) -> bool:
    """A sentence in the plural past that may be Konjunktiv II, naming no one (`An der Konferenz nahmen Biden, Macron
    und ... teil` is the narrator telling who did what) and opening with no named body (`Die Grünen verteidigten
    den Plan`)."""
    named = [m for m in actors.in_span(sent) if m.type in ("Person", "Organization", "Country")]
    verb = next((t for t in sent if is_finite(t) and not in_quote(t.idx, quotes)), None)
    subject = verb is not None and any(m.token_start < verb.i and m.type != "Person" for m in named)
    return _past_or_konjunktiv_ii(sent, quotes) and not any(m.type == "Person" for m in named) and not subject


def _past_or_konjunktiv_ii(sent: Span, quotes: list[Quote]) -> bool:
    """Are the sentence's finite verbs all plural past forms that may be Konjunktiv II (`klagten`, `dienten`,
    `hingen`), with no year or `damals` that would date it as narration?"""
    words = [t for t in sent if not in_quote(t.idx, quotes)]
    finite = [t for t in words if is_finite(t)]
    past = [t for t in finite if is_weak_preterite(t) or "Past" in t.morph.get("Tense") or is_strong_plural_past(t)]
    past = [t for t in past if t.lower_.endswith("en")]  # a plural: `zog`, `verteidigte` are the narrator's
    dated = any(t.like_num and len(t.text) == 4 for t in words) or any(t.lower_ in PAST_ADVERBS for t in words)
    return bool(finite) and len(past) == len(finite) and not dated


def _hedged(words: list[Token]) -> bool:
    """`dürfte` with `sein`, `werden` or `haben` closing the clause is the narrator's "probably" (`Das dürfte teuer
    werden`), not a permission reported (`dürften nicht mehr abgegeben werden`, a passive)."""
    verbs = [t for t in words if is_verb_form(t) or t.lower_ in HEDGES]
    if not any(t.lower_ in HEDGES for t in verbs) or not verbs:
        return False
    last = verbs[-1]
    passive = len(verbs) > 1 and verbs[-2].tag_ == "VVPP"
    return last.lower_ in ("sein", "werden", "haben") and not passive


def after_colon(sent: Span, quotes: list[Quote], actors: ActorIndex) -> list[Found]:
    """`X zeigte sich gelassen: Er sei sicher, dass ...`: after a colon, a clause in Konjunktiv I or a quotation is
    what the person (or the body) opening the sentence said, whatever the verb before the colon, or none (`Der
    Vereinschef: „...“`)."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":" and not in_quote(t.idx, quotes)), None)
    if colon is None or colon.i + 1 >= sent.end:
        return []  # most sentences: no colon, no person to look for
    person = opening_person(sent, actors) or opening_body(sent, actors)
    if person is None or person.token_start > colon.i:
        return []
    quote = next((q for q in quotes if colon.idx < q.open_mark <= colon.idx + 3 and q.open_mark < sent.end_char), None)
    if quote is not None:  # "Der Vereinschef: „...“", "Die Ministerin wollte das nicht kommentieren: „...“"
        return [_continued(doc, (quote.start, quote.end), "direct", person.key, None)]
    if not reports_opening(doc[colon.i + 1 : sent.end], quotes):
        return []
    span, mode, _ = trimmed_span(doc, colon.i + 1, sent.end, quotes)
    return [_continued(doc, span, mode, person.key, None)] if span is not None else []


def sentence_opened_by(sent: Span | None, key: str, actors: ActorIndex) -> bool:
    """Does the sentence open with this person as its subject (`Landrat X zeigte sich gelassen`), not name them after
    its verb (`An der Konferenz nahmen X, Y und Z teil`)?"""
    clause = clause_of(sent[0]) if sent is not None else None
    return clause is not None and any(m.key == key and opens_clause(m, clause) for m in actors.in_span(sent))


def reports_opening(sent: Span, quotes: list[Quote]) -> bool:
    """Is the sentence's first clause in Konjunktiv I (`Er sei sicher`, `Man habe alles versucht`), which only
    reported speech uses, not Konjunktiv II's hypotheses (`Es wäre besser`)?"""
    words = [t for t in clause_of(sent[0]) if not in_quote(t.idx, quotes)]
    finite = next((t for t in words if is_finite_or_konjunktiv(t)), None)
    return finite is not None and is_konjunktiv(finite) and "Past" not in finite.morph.get("Tense")


def _narrated_opening(sent: Span, quotes: list[Quote], *, reported_before: bool = False) -> bool:
    """`X hielt dagegen, der Entwurf komme zu spät`: a first clause in the indicative is the narrator speaking of
    someone else, whatever the Konjunktiv after it reports; but right after reported speech a first clause in the
    plural past may be Konjunktiv II, which the Konjunktiv after it shows (`Viele Kollegen fürchteten längere Wege,
    wenn Abteilungen zusammengelegt würden`)."""
    clause = clause_of(sent[0])
    words = [t for t in clause if not in_quote(t.idx, quotes)]
    finite = [t for t in words if "Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN")]
    if reported_before and _past_or_konjunktiv_ii(clause, quotes):
        return False
    return bool(finite) and not any(is_konjunktiv(t) for t in words)


def _continued(doc: Doc, span: tuple[int, int], mode: str, speaker_key: str | None, opening: Found | None) -> Found:
    """A statement with no cue of its own, going on with what `opening` reported."""
    start, end = span
    statement = Statement(id="", mode=mode, content=doc.text[start:end], start=start, end=end, continuation=True)
    return Found(statement, speaker_key, opened_by=opening)
