"""The source of an attribution: `laut X`, `X zufolge`, `nach Angaben der Behörden`, `demnach`.

The source is the actor the phrase names, a pronoun's or possessive's antecedent (`Ihr zufolge`, `nach seinen
Angaben`), the issuer or author of a cited report (`laut dem Bericht`), or the one who presented the figures a
sentence goes on with (`X stellte neue Zahlen vor. Demnach ...`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.nlp.actors import ActorIndex, ActorMention, after_preposition, mention_as
from kg.nlp.bodies import (
    body_mentions,
    introduction,
    issued_by,
    issuer,
    may_own,
    named_as,
    possessor,
    presenter_of,
    spokesperson_for,
    strip_genitive_s,
)
from kg.nlp.cues import Cue
from kg.nlp.discourse import Discourse
from kg.nlp.gender import DATIVE_PRONOUNS, agrees, pronoun_gender
from kg.nlp.german import (
    ARTICLES,
    DOCUMENT_NOUNS,
    POSSESSIVES,
    PRESENTING_VERBS,
    REPORT_NOUNS,
    SOURCE_ADVERBS,
    SUBJECT_PRONOUNS,
)
from kg.nlp.pronouns import resolve_pronoun
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.speakers import comma_after_description, epithet_of_last_speaker
from kg.nlp.syntax import (
    clause_of,
    is_adjective,
    is_capitalised_word,
    is_finite,
    owner_after,
    preposition_before,
    strip_genitive,
    verb_lemma,
)
from kg.nlp.unnamed import unnamed_source


def attribution_source(
    sent: Span, cue: Cue, actors: ActorIndex, quotes: list[Quote], gazetteer: Gazetteer, state: Discourse
) -> ActorMention | None:
    """The source named by `laut X`, `nach Angaben X`, `aus Kreisen X` (after), `X zufolge` (before), or by a
    country's adjective inside the cue (`nach palästinensischen Angaben`)."""
    doc = sent.doc
    if cites_own_words(doc[cue.start : cue.end]):
        return _own_source(sent, cue, actors)  # "Die Bundeswehr stellte nach eigenen Angaben 300 Soldaten bereit"
    for token in doc[cue.start : cue.end]:
        country = gazetteer.country_for_adjective(token.text) if is_adjective(token) else None
        if country is not None:
            key = actors.ensure_actor(country.name, country.type, country.qid)
            return mention_as(token, key, actors)
    before = 2 if cue.lemma == "zufolge" else 1  # "Ihren Berechnungen zufolge"
    possessive = next((t for t in doc[max(sent.start, cue.start - before) : cue.end] if t.lower_ in POSSESSIVES), None)
    if possessive is not None:  # "Nach seinen Angaben ...", "Ihren Angaben zufolge ...": the last speaker's, if
        owner = possessor(possessive, actors)  # they can be meant, else the one named last who can
        key = _last_speaker_as(possessive, actors, state) or (owner.key if owner is not None else None)
        return mention_as(possessive, key, actors) if key is not None else None
    mentions = actors.in_span(sent)
    if cue.lemma == "zufolge":
        before = [m for m in mentions if m.token_end <= cue.start]
        if not before and cue.start > sent.start and doc[cue.start - 1].lower_ in DATIVE_PRONOUNS:
            return resolve_pronoun(doc[cue.start - 1], actors, state)  # "Ihr zufolge kommt es ..."
        author = _author_of(doc[cue.start - 1], actors) if cue.start > sent.start and not before else None
        return before[-1] if before else author or unnamed_source(sent, cue.start, cue.end, actors)
    first = _past_report_noun(doc, cue.end)  # "laut einem Bericht der „New York Times“"
    apposed = _apposed_source(doc, first, mentions)  # "Laut dem Bürgermeister der Gemeinde X, Y Z, wurden ..."
    after = apposed or [m for m in mentions if min(cue.end - 1, first) <= m.phrase_start <= first + 3]
    after = [m for m in after if not any(is_finite(t) for t in doc[cue.end : m.phrase_start])]  # "Laut Gericht hatte X"
    after = after or [m for m in actors.mentions if m.incidental and m.token_start == cue.end - 1]  # "UN-Angaben"
    after = after or _institution_named_before(doc[first], actors, quotes)  # "laut Gericht": the court named before
    if after and _agent_of_participle(doc, after[0]):  # "des von der Hamas kontrollierten Ministeriums"
        return next((m for m in mentions if m.phrase_start == after[0].token_end + 1), None)
    if after:
        source = after[0]  # "des städtischen IT-Leiters Jörg Mahnke": the name after the title
        named = (m for m in actors.mentions if m.key == source.key and m.token_start == source.token_end)
        return next(named, source)
    clause = clause_of(sent.doc[cue.start])
    spokesperson = spokesperson_for(clause, cue, actors)  # "..., so die Sprecherin"
    epithet = epithet_of_last_speaker(clause, cue, actors, state)  # "..., so der FDP-Chef weiter"
    noun = next((t for t in doc[first : sent.end] if t.lower_ not in ARTICLES and not is_adjective(t)), None)
    author = _author_of(noun, actors) if noun is not None else None  # "Laut dem Bericht" the Bundesamt presented
    if noun is not None and author is None and issued_by(noun) is not None:  # "Laut Anklage": the prosecutor's
        author = issuer(noun, [m for m in actors.mentions if m.type == "Organization" and not m.incidental], actors)
    internal = (  # "hätte die Pünktlichkeit nach internen Berechnungen bei 67 Prozent gelegen": the speaker's body's
        mention_as(doc[cue.start], state.last_key, actors)
        if state.last_key is not None and any(t.lower_.startswith("intern") for t in doc[cue.start : cue.end])
        else None
    )
    return spokesperson or epithet or author or unnamed_source(sent, cue.start, cue.end, actors) or internal


def _last_speaker_as(possessive: Token, actors: ActorIndex, state: Discourse) -> str | None:
    """The speaker of the sentence before, where the possessive can stand for them (`ihren` for a woman or any
    body): `rief Sprecherin X zu. ... Der Bau würde nach ihren Worten ...` is hers, not a body she spoke of."""
    if state.last_key is None or state.current - state.last_sentence > 1:
        return None
    return state.last_key if may_own(possessive, actors.by_key(state.last_key)) else None


def _author_of(document: Token, actors: ActorIndex) -> ActorMention | None:
    """Who presented a document referred back to (`Der Verband legte einen Bericht vor. Dem Bericht zufolge ...`):
    the subject of the sentence that introduced it, not one named where it was only cited (`Die AfD liegt in einer
    neuen Umfrage vorn`)."""
    if not document.lower_.endswith(DOCUMENT_NOUNS) or (introduced := introduction(document)) is None:
        return None
    if preposition_before(introduced.doc, introduced.i) not in (None, "von"):
        return None
    author = presenter_of(introduced, actors)
    return mention_as(document, author.key, actors) if author is not None else None


def _apposed_source(doc: Doc, first: int, mentions: list[ActorMention]) -> list[ActorMention]:
    """The person set off by commas after a source noun (`Laut dem vorläufigen Sachwalter, dem Insolvenzverwalter
    Felix Amsel, gibt es ...`): who the source is."""
    comma = comma_after_description(doc, first, doc[first].sent.end) if first < len(doc) else None
    if comma is None:
        return []
    named = [m for m in mentions if comma < m.token_start <= comma + 4 and m.type == "Person"]
    closed = named and named[0].token_end < len(doc) and doc[named[0].token_end].text == ","
    return named[:1] if closed else []


def _institution_named_before(noun: Token, actors: ActorIndex, quotes: list[Quote]) -> list[ActorMention]:
    """A bare institution noun as a source (`laut Gericht`, `nach Angaben des Ministeriums`) is the body named as
    it last before (`das Landgericht Bochum`), not in someone's words (`„... vom Bundesgerichtshof überprüfen“`)."""
    if not is_capitalised_word(noun) or any(m.token_start <= noun.i < m.token_end for m in actors.mentions):
        return []
    head = strip_genitive_s(noun.lower_).removesuffix("es").removesuffix("s")
    if len(head) < 4:
        return []
    earlier = [m for m in body_mentions(actors) if m.token_end <= noun.i and named_as(m, head, actors)]
    earlier = [m for m in earlier if not in_quote(m.start_char, quotes)]
    return [mention_as(noun, earlier[-1].key, actors)] if earlier else []


def cites_own_words(cue: Span) -> bool:
    """`nach eigenen Angaben`, `nach eigener Darstellung`: the source is the subject of the clause it stands in."""
    return any(t.lower_ in ("eigenen", "eigener") for t in cue)


def _own_source(sent: Span, cue: Cue, actors: ActorIndex) -> ActorMention | None:
    """Whose own words `nach eigenen Angaben` cites: the subject of its clause, the first actor there that no
    preposition governs, or the one its subject pronoun stands for (`will sie nach eigenen Worten ...`)."""
    clause = clause_of(sent.doc[cue.start])
    mentions = [m for m in actors.in_span(clause) if not (cue.start <= m.token_start < cue.end)]
    named = next((m for m in mentions if not after_preposition(sent.doc, m)), None)
    pronoun = next((t for t in clause if t.lower_ in SUBJECT_PRONOUNS and t.i < cue.start), None)
    if named is not None or pronoun is None:
        return named
    gender = pronoun_gender(pronoun, clause)
    earlier = [
        m
        for m in actors.mentions
        if m.end_char <= pronoun.idx and not m.incidental and agrees(actors.by_key(m.key), gender)
    ]  # "Obwohl Oberbeck als Linke gilt, will sie nach eigenen Worten ..."
    return mention_as(pronoun, earlier[-1].key, actors) if earlier else None


def _past_report_noun(doc: Doc, i: int) -> int:
    """Where the source starts after `laut`: past `einem Bericht der`, `einer Studie des`, `einer Umfrage von`."""
    j = i + 1 if i < len(doc) and doc[i].lower_ in ARTICLES else i
    while j < len(doc) and is_adjective(doc[j]):
        j += 1  # "laut einer aktuellen Umfrage der „New York Times“"
    if j + 1 < len(doc) and doc[j].lower_ in REPORT_NOUNS and doc[j + 1].lower_ in ("der", "des", "von", "vom"):
        return j + 1
    return i


def _agent_of_participle(doc: Doc, mention: ActorMention) -> bool:
    """`von der Hamas kontrollierten Ministeriums`: a name after `von` before an attributive participle and its
    noun is who does what the participle says, not the noun phrase's head."""
    i = mention.phrase_start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    participle = doc[mention.token_end] if mention.token_end + 1 < len(doc) else None
    return (
        i >= 0
        and doc[i].lower_ in ("von", "vom", "durch")
        and participle is not None
        and participle.text[0].islower()
        and participle.lower_.endswith(("en", "ten", "te"))
        and is_capitalised_word(doc[participle.i + 1])
    )


def find_presenter(sent: Span, previous: Span | None, actors: ActorIndex, quotes: list[Quote]) -> str | None:
    """Who presented, in the sentence before, the document or figures `demnach` refers to: the subject of a verb of
    presenting (`Das Bundesamt stellte neue Zahlen vor`, `Neue Zahlen legte das Bundesamt vor`); "" for a subject
    kg cannot name, None where no one presented anything."""
    if previous is None or not any(t.lower_ in SOURCE_ADVERBS for t in sent if not in_quote(t.idx, quotes)):
        return None
    verb = next((t for t in previous if t.pos_ in ("VERB", "") and verb_lemma(t) in PRESENTING_VERBS), None)
    if verb is None:
        return _issuer_named(previous, actors, quotes)
    clause = clause_of(verb)
    subjects = [
        m
        for m in actors.in_span(clause)
        if not after_preposition(clause.doc, m) and not in_quote(m.start_char, quotes)
    ]
    return subjects[0].key if subjects else ""


def _issuer_named(previous: Span, actors: ActorIndex, quotes: list[Quote]) -> str | None:
    """Whose report the sentence before named with its issuer (`Für Aufregung sorgte ein Bericht des Portals Onet`,
    `Das geht aus einer Untersuchung des Instituts X hervor`): `demnach` reports what it says; "" for an issuer kg
    cannot name, None for no report named with its issuer."""
    for noun in previous:
        owner = owner_after(noun) if strip_genitive(noun.lower_) in REPORT_NOUNS else None
        if owner is None or in_quote(noun.idx, quotes):
            continue
        issuers = [m for m in actors.in_span(previous) if owner <= m.phrase_start <= owner + 2]
        return issuers[0].key if issuers else ""
    return None
