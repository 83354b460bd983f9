"""Governments named by their seat: `die Regierung in Kopenhagen`, `Peking warnte`, `Moskau` as the addressee.

A capital stands for its country's government where it speaks or is spoken to; its words become a mention of the
country.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.gazetteer import Entry, Gazetteer
from kg.nlp.actors import ActorIndex, ActorMention, is_genitive_name
from kg.nlp.content import past_dateline
from kg.nlp.cues import Cue
from kg.nlp.german import IMPERSONAL_CUES, PREPOSITIONS
from kg.nlp.syntax import auxiliary_before, clause_of, is_role

# Nouns for a government named by its seat (`die Regierung in Kopenhagen`, `die Führung in Peking`).
GOVERNMENT_NOUNS = frozenset({"regierung", "führung", "staatsführung", "machthaber", "behörden"})


def seat_as_speaker(
    sent: Span, cue: Cue, actors: ActorIndex, gazetteer: Gazetteer, *, found: ActorMention | None
) -> ActorMention | None:
    """`Moskau dementiert`, `hieß es in Moskau`, `Peking betrachtet Taiwan als ... und droht`: a capital that speaks
    stands for its government's country. Where a name was `found` after the start of the cue's clause, only a
    capital opening that clause is its subject instead."""
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    impersonal = cue.lemma in IMPERSONAL_CUES
    auxiliary = auxiliary_before(clause, cue.start)  # "Washington hat Moskau aufgefordert": Moskau is the object
    finite = auxiliary.i if auxiliary is not None else cue.start
    for span, country in _seats(sent, actors, gazetteer):
        if past_dateline(doc, span.start, sent.end) > span.start:
            continue  # "Peking - Ministerin X hat ...": where the article was written
        if is_genitive_name(doc[span.end - 1], span.end) and span.end < sent.end and is_role(doc[span.end]):
            continue  # "Berlins Verkehrssenatorin X sagte": whose senator, not who spoke
        governed = span.start > 1 and doc[span.start - 1].lower_ in PREPOSITIONS  # "wie der Rat in Brüssel"
        governed = governed and doc[span.start - 2].lower_ not in GOVERNMENT_NOUNS  # "Die Regierung in Rom"
        right_before = finite - 1 <= span.end <= finite and not governed
        after_impersonal = impersonal and cue.end <= span.start and span.end <= clause.end
        opening = span.start == clause.start  # "Teheran verurteilte ... und kündigte ... an"
        if opening if found is not None else right_before or after_impersonal or opening:
            return _as_country(span, country, actors)
    return None


def seat_addressed(sent: Span, cue: Cue, speaker: ActorMention, actors: ActorIndex, gazetteer: Gazetteer) -> None:
    """`Die USA riefen Peking zur Zurückhaltung auf`: a capital where the object of a demand, accusation or warning
    stands (after the finite verb, or after the speaker who follows it) is its government's country."""
    doc = sent.doc
    finite = auxiliary_before(clause_of(doc[cue.start]), cue.start) or doc[cue.start]
    starts = {finite.i + 1, speaker.token_end if speaker.token_start > finite.i else finite.i + 1}
    for span, country in _seats(sent, actors, gazetteer):
        if span.start in starts and actors.actor_at(span.start_char, span.end_char) is None:
            _as_country(span, country, actors)
            return


def _seats(sent: Span, actors: ActorIndex, gazetteer: Gazetteer) -> list[tuple[Span, Entry]]:
    """The capitals named in the sentence that stand for a government, with that government's country."""
    found = []
    for place in actors.places.values():
        for mention in place.mentions:
            inside = sent.start_char <= mention.start and mention.end <= sent.end_char
            span = sent.doc.char_span(mention.start, mention.end) if inside else None
            country = gazetteer.government_seat(mention.text) if span is not None else None
            if span is not None and country is not None:
                found.append((span, country))
    return found


def _as_country(span: Span, country: Entry, actors: ActorIndex) -> ActorMention:
    """The capital's words recorded as a mention of its country."""
    key = actors.ensure_actor(country.name, country.type, country.qid)
    actors.add_mention(key, span, country.type)
    return next(m for m in actors.mentions if m.token_start == span.start and m.key == key)
