"""To whom a statement is said, and in which medium.

The addressee is the dative or accusative object of the cue (`sagte er der Regierung`, `forderte X auf`) or the
object of a demand (`warf X vor`); the medium is a newspaper, broadcaster or platform named with the cue (`sagte der
ARD`, `schrieb auf X`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.nlp.actors import ActorIndex, ActorMention, after_preposition, dative_before_object, genitive_head, opens_clause
from kg.nlp.bodies import member_noun
from kg.nlp.cues import Cue
from kg.nlp.german import DETERMINERS, MEDIUM_NOUNS, MEDIUM_PREPOSITIONS, PREPOSITIONS
from kg.nlp.syntax import auxiliary_before, before_next_predicate, clause_of, is_role, owner_after, word_after

# Speech acts with an addressee in the accusative (`forderte X auf`, `warf X vor`, `warnte X vor`).
ADDRESSED_ACTS = frozenset({"demand", "accusation", "warning"})

STAFF_NOUNS = ("personal", "belegschaft", "beschäftigten", "mitglieder", "angestellten")  # whose staff


def only_determiners(span: Span, *, pronoun: bool = False) -> bool:
    """Only articles in the span, and with `pronoun` a subject pronoun first (`warnte er die EU`)."""
    if pronoun and len(span) and span[0].lower_ in ("er", "sie"):
        span = span[1:]
    return all(t.lower_ in DETERMINERS for t in span)


def find_addressee(
    sent: Span, cue: Cue, speaker: ActorMention, others: list[ActorMention], co_speakers: list[ActorMention]
) -> ActorMention | None:
    """`Der Deutschen Welle sagte er` (before an inverted cue), `forderte X auf`, `hat X aufgefordert`."""
    doc = sent.doc
    head = doc[speaker.token_start]
    owner = owner_after(head) if is_role(head) else None  # "sagte der Präsident der BDA": whose, not whom told
    others = [m for m in others if owner is None or not owner <= m.phrase_start <= owner + 1]
    clause = clause_of(doc[cue.start])
    if speaker.token_start >= cue.end:
        fronted = [m for m in others if clause.start <= m.phrase_start and m.token_end <= cue.start]
        fronted = [m for m in fronted if not after_preposition(doc, m)]  # "Im Bundestag forderte X": a setting
        if fronted and opens_clause(fronted[0], clause):
            return fronted[0]
    auxiliary = auxiliary_before(clause, cue.start)
    middle = auxiliary.i if auxiliary is not None else len(doc)  # between `haben` and `zugesagt`
    end = before_next_predicate(doc, cue.end, clause.end)  # "nannte X Y und warf Z vor": Z is not addressed here
    dative = [
        m
        for m in others
        if (m.token_start >= cue.end or (middle < m.phrase_start and m.token_end <= cue.start))
        and m.token_end <= end
        and (
            _is_dative_object(doc, m)
            or _dative_after_speaker(doc, m, speaker)
            or dative_before_object(m, doc[cue.end - 1])
        )
    ]  # "sagte Merz der Zeitung", "haben der Ukraine Hilfe zugesagt", "sicherte Israel Unterstützung zu"
    if dative and cue.speech_act in ("claim", "report", "assurance", "announcement", "threat"):
        return dative[0]  # "sagte Merz der Zeitung", "sagte er gegenüber dem Sender", "drohte der EU mit Zöllen"
    if cue.speech_act in ADDRESSED_ACTS:
        finite = auxiliary or doc[cue.start]
        objects = [
            m
            for m in others
            if finite.i < m.phrase_start
            and m.token_end <= end
            and m.token_start >= speaker.token_end
            and not after_preposition(doc, m)
            and m not in co_speakers
            and not attribute_in_a_demand(doc, cue, m)
        ]
        if cue.speech_act == "warning":  # "warnte (er) die EU vor ...", not "warnte vor einer Rückkehr Trumps"
            objects = [m for m in objects if only_determiners(doc[finite.i + 1 : m.phrase_start], pronoun=True)]
        return objects[0] if objects else None
    return None


def attribute_in_a_demand(doc: Doc, cue: Cue, mention: ActorMention) -> bool:
    """`forderte die Freilassung Bazoums`, `die Freilassung des Präsidenten`, `sicherte die Unterstützung der USA
    zu`: a name in the genitive after a noun is its attribute, not whom a demand or a promise addresses (but `das
    Bodenpersonal der Lufthansa` is the airline's staff)."""
    promise = ("demand", "assurance", "announcement")  # not "kritisierte die Politik der Regierung": its target
    noun = genitive_head(mention, doc, bare=True) if cue.speech_act in promise else None
    return noun is not None and not noun.lower_.endswith(STAFF_NOUNS) and not member_noun(noun)


def _is_dative_object(doc: Doc, mention: ActorMention) -> bool:
    """`der Zeitung`, `dem "Spiegel"` not governed by a preposition, or `gegenüber X`."""
    i = mention.phrase_start - 1
    if i > 0 and doc[i].is_quote:
        i -= 1
    if i < 1:
        return False
    if doc[i].lower_ == "gegenüber":
        return True
    j = i - 1
    while j > 0 and doc[j].is_quote:
        j -= 1  # "von einem "moralischen Sieg" der Opposition": the noun before the quotation mark governs it
    word = doc[j]
    if doc[i].lower_ in ("dem", "der") and word.lower_ == "gegenüber":
        return True  # "erklärte gegenüber dem Spiegel"
    return doc[i].lower_ in ("dem", "der") and word.lower_ not in PREPOSITIONS and not word.text[:1].isupper()


def _dative_after_speaker(doc: Doc, mention: ActorMention, speaker: ActorMention) -> bool:
    """`sagte Minister Vogt der Nachrichtenagentur epd`: `der` or `dem` right after the speaker's name starts the
    dative object (a name takes no genitive attribute)."""
    if speaker.token_end >= len(doc) or doc[speaker.token_end].lower_ not in ("der", "dem"):
        return False
    first = word_after(doc[speaker.token_end])  # "sagte Anna Nowak der „Leipziger Volkszeitung“"
    return first is not None and first.i == mention.phrase_start


def find_medium(sent: Span, cue: Cue, actors: ActorIndex, gazetteer: Gazetteer) -> ActorMention | None:
    """`in einem Gastkommentar für die "Bild"-Zeitung`, `im ZDF-Interview`, `sagte er im ZDF`."""
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    for token in clause:
        if any(token.lower_.endswith(noun) for noun in MEDIUM_NOUNS):
            inside = [m for m in actors.mentions if m.token_start == token.i]  # "im ZDF-Interview"
            near = inside + [m for m in actors.in_span(clause) if _of_medium(doc, token, m)]
            organisations = [m for m in near if m.type == "Organization"]
            if organisations:
                return organisations[0]
    for mention in actors.in_span(clause):
        before = doc[mention.phrase_start - 1] if mention.phrase_start > 0 else None
        entry = gazetteer.lookup(actors.by_key(mention.key).name)
        where = before is not None and before.lower_ in ("im", "in", "auf", "bei")
        if where and entry is not None and entry.kind in ("media", "platform"):
            return mention  # a broadcaster, paper or platform named as where it was said ("auf Instagram")
    return None


def _of_medium(doc: Doc, medium: Token, mention: ActorMention) -> bool:
    """`im Interview mit dem "Spiegel"`, `in einem Gastbeitrag für die FAZ`, `im Interview der "Welt"`: the
    organisation is joined to the medium noun (not `hat im Interview die Regierung kritisiert`)."""
    if mention.phrase_start <= medium.i:
        return False
    words = [t.lower_ for t in doc[medium.i + 1 : mention.phrase_start] if not t.is_quote]
    if words in ([], ["der"], ["des"]):
        return True
    return len(words) <= 2 and words[0] in MEDIUM_PREPOSITIONS and all(w in DETERMINERS for w in words[1:])
