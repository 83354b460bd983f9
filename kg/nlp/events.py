"""Events in German news: triggers typed with PLOVER, their participants, place, date and factuality.

Triggers are the German labels of the PLOVER concepts in `ontology/plover.ttl`: verbs by lemma (separable particles
joined), nouns by lemma or as the head of a compound (`Waffenlieferungen` by `Lieferung`), and `noun verb` pairs in
one sentence (`in erhöhte Bereitschaft versetzen`). Statements whose speech act evokes an event type (a demand is a
REQUEST) become events too. The status comes from the factuality markers in `ontology/factuality.ttl` before the
trigger (`erwägen`, `wollen`, `befürchten`). Nominal mentions of the same kind of event that do not contradict each
other in status, date, place or agent are one event (`Videokonferenz` … `Schaltkonferenz` … `Videoschalte`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import Lexicon
from kg.nlp.actors import (
    ActorIndex,
    ActorMention,
    article_of,
    dative_before_object,
    genitive_head,
    governing_preposition,
    is_genitive_of,
    passive_agents,
)
from kg.nlp.content import past_dateline
from kg.nlp.discourse import Found
from kg.nlp.german import (
    ARTICLES,
    AUXILIARIES,
    DEFINITE_ARTICLES,
    DETERMINERS,
    FUSED_PREPOSITIONS,
    IMPERSONAL_VERBS,
    MEMBER_HEADS,
    NOT_EVENT_HEADS,
    NOUN_ENDINGS,
    PREPOSITIONS,
    RESPONDING_VERBS,
)
from kg.nlp.quotes import Quote
from kg.nlp.sources import cites_own_words
from kg.nlp.syntax import (
    auxiliary_before,
    clause_of,
    content_sentences,
    has_parse,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_impending,
    is_indicative,
    is_passive,
    is_verb_form,
    is_zu_infinitive,
    relative_opening,
    stands_alone,
    verb_lemma,
)
from kg.records import Event, Mention, Participant, TimeExpression

# Which status wins when several markers stand before a trigger.
FUTURE_AUXILIARIES = frozenset({"werde", "wirst", "wird", "werden", "werdet"})
REFLEXIVE_OTHERWISE = frozenset({"einstellen"})  # markers that mean something else with `sich`
# Triggers that name no such event with `sich` (`lieferten sich ein Fernsehduell`: a contest, not aid).
REFLEXIVE_NOT_EVENTS = frozenset({"liefern"})
SOUGHT_TYPES = frozenset({"AGREE"})  # what talks are about and protests call for, not yet reached
CAUSES = frozenset({"wegen", "aufgrund", "infolge", "angesichts"})  # a trigger after them is why, not what happened
STATUS_PRIORITY = ("cancelled", "denied", "considered", "demanded", "hypothetical", "planned", "negated")
# Types whose participants meet as equals: everyone named in the sentence takes part.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Types whose target may be named in the dative: who receives what is given ("der Ukraine Waffen liefern"), who is
# accused or threatened ("warf dem Kanzler Versagen vor", "drohte der EU mit Zöllen").
RECIPIENT_TYPES = frozenset({"AID", "ACCUSE", "THREATEN"})
TARGET_PREPOSITIONS = frozenset({"gegen", "an", "in", "auf", "zu", "nach"})
DEFINITE_DETERMINERS = DEFINITE_ARTICLES | {"diese", "dieser", "diesem", "dieses"}
# Who takes part in a meeting is named without a preposition or after one of these ("gemeinsam mit X",
# "zwischen X und Y", "unter Vermittlung von X"); "gegen X" names someone else.
JOINT_PREPOSITIONS = frozenset({None, "mit", "zwischen", "neben", "von", "an"})
COORDINATORS = frozenset({"und", "sowie", "oder", ",", "wie"})
QUANTITY = re.compile(
    r"\b(?:(?:bis zu|etwa|rund|mehr als|über|fast|knapp)\s+)?"
    r"(?:\d[\d.,]*|[Zz]ehntausende|[Tt]ausende|[Hh]underte|mehrere\s+(?:hundert|tausend))\s+"
    r"(?:[A-ZÄÖÜ][\w-]*-)?(?:Soldaten|Truppen|Kampfflugzeuge|Flugzeuge|Panzer|Kriegsschiffe|Schiffe|Raketen|"
    r"Menschen|Mitarbeiter|Diplomaten|Euro|Dollar)\b"
)


@dataclass
class _Trigger:
    token: Token  # the word that names the event
    type: str
    nominal: bool
    statement: Found | None = None
    verb: Token | None = None  # the verb of a `noun verb` trigger ("Bereitschaft ... versetzt")
    needs_other: bool = False  # a `jemanden verb` trigger: an event only with someone besides its subject


@dataclass
class _Draft:
    event: Event
    nominal: bool
    agents: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)  # start offsets of the sentences it is mentioned in
    lemmas: set[str] = field(default_factory=set)
    anaphoric: bool = False  # a definite noun phrase ("der Videoschalte"): refers back to a known event
    sentence_index: int = 0
    reporting: Found | None = None  # the statement that reports the event
    cause: bool = False  # named as why something else happened: "wegen einer Blockade ... verurteilt"


def find_events(
    doc: Doc,
    actors: ActorIndex,
    statements: list[Found],
    quotes: list[Quote],
    times: list[TimeExpression],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    published: date | None = None,
) -> list[Event]:
    triggers = _speech_act_triggers(doc, statements, lexicon)
    taken = {t.token.i for t in triggers}
    taken |= {i for m in actors.mentions for i in range(m.token_start, m.token_end)}  # "Sicherheitskonferenz"
    for sent in content_sentences(doc):
        triggers += [t for t in _lexical_triggers(sent, quotes, lexicon) if t.token.i not in taken]
    sentence_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    verbs = frozenset(t.token.i for t in triggers if not t.nominal)
    drafts = [_draft(t, doc, actors, statements, times, lexicon, gazetteer, sentence_index, verbs) for t in triggers]
    for draft in drafts:
        if draft.event.status == "occurred" and _after(draft.event.time, published):
            draft.event.status = "planned"  # "Die Minister kommen Ende Juni zusammen": not yet
    kinds = {actor.id: actor.type for actor in actors.actors.values()}
    drafts = [d for d, t in zip(drafts, triggers, strict=True) if not (_generic(t, d) or _alone(t, d, kinds))]
    _drop_targets_from_meetings(drafts)
    drafts.sort(key=lambda d: d.event.start)
    merged = _merge(drafts)
    _both_of_them(merged)
    _inherit_dates(merged)
    for i, draft in enumerate(merged, start=1):
        draft.event.id = f"e{i}"
    return [d.event for d in merged]


# --- triggers -----------------------------------------------------------------------------------------------------


def _speech_act_triggers(doc: Doc, statements: list[Found], lexicon: Lexicon) -> list[_Trigger]:
    triggers = []
    for found in statements:
        statement = found.statement
        event_type = lexicon.speech_acts.evokes.get(statement.speech_act or "")
        if event_type is None or statement.cue_span is None:
            continue
        span = doc.char_span(*statement.cue_span, alignment_mode="expand")
        if span is not None:
            triggers.append(_Trigger(span[0], event_type, nominal=False, statement=found))
    return triggers


def _lexical_triggers(sent: Span, quotes: list[Quote], lexicon: Lexicon) -> list[_Trigger]:
    verbs, nouns = lexicon.event_types.verbs(), lexicon.event_types.nouns()
    lemmas = {t.i: verb_lemma(t) for t in sent if is_verb_form(t)}  # once: each phrase below looks for its verb
    found: dict[int, _Trigger] = {}
    for token in sent:
        if any(q.start <= token.idx and token.idx + len(token) <= q.end for q in quotes):
            continue  # what a quotation says may happen is not an event the article reports
        if is_capitalised_word(token) and token.pos_ not in ("VERB", "AUX"):  # not "Getroffen wurde ein Haus"
            event_type = _noun_type(token, nouns)
            if event_type is not None:
                found[token.i] = _Trigger(token, event_type, nominal=True)
        elif token.i in lemmas and (event_type := verbs.get(lemmas[token.i])) is not None:
            if lemmas[token.i] in REFLEXIVE_NOT_EVENTS and any(t.lower_ == "sich" for t in clause_of(token)):
                continue
            found[token.i] = _Trigger(token, event_type, nominal=False)
    for i in [i for i in found if is_impending(sent.doc[i])]:
        del found[i]  # "Dem Unternehmen droht die Pleite" threatens no one
    for term in lexicon.event_types.phrases():
        noun_word, verb_word = term.words[0], term.words[-1]
        verb = next((sent.doc[i] for i, lemma in lemmas.items() if lemma == verb_word), None)
        if noun_word == "sich":  # a reflexive verb: "sich am Wochenende treffen"
            if verb is not None and any(t.lower_ == "sich" for t in sent):
                found[verb.i] = _Trigger(verb, term.concept, nominal=False)
            continue
        if noun_word == "jemanden":  # "traf Macron": kept where someone besides the subject takes part
            if verb is not None and verb.i not in found and not is_passive(verb):  # "Getroffen wurde ein Haus"
                found[verb.i] = _Trigger(verb, term.concept, nominal=False, needs_other=True)
            continue
        for token in sent:
            if verb is not None and is_capitalised_word(token) and _head_matches(token, noun_word):
                found[token.i] = _Trigger(token, term.concept, nominal=True, verb=verb)
                if verb.i in found and found[verb.i].type != term.concept:
                    del found[verb.i]  # "zu sieben Jahren Haft verurteilt": the phrase says more than the verb
    return list(found.values())


def _noun_type(token: Token, nouns: dict[str, str]) -> str | None:
    """The type of the noun label that is the token's head: the whole word, or its end in a compound, unless a
    longer end is a word that names no event (`Verunreinigung` ends in `Reinigung`, not in `Einigung`)."""
    for label in _heads(token):
        if label in nouns:
            return nouns[label]
        if label in NOT_EVENT_HEADS:
            return None
    return None


def _head_matches(token: Token, label: str) -> bool:
    return label in _heads(token)


def _heads(token: Token) -> list[str]:
    """What may be the head noun of a token, longest first: `Waffenlieferungen` → … `lieferung` …; a head is the
    whole word or its end after a hyphen, a quotation mark or three letters at least, with an inflection off."""
    heads = []
    for word in {token.lemma_.lower(), token.lower_}:
        for ending in NOUN_ENDINGS:
            if ending and not word.endswith(ending):
                continue
            stem = word[: len(word) - len(ending)] if ending else word
            heads.append(stem)
            heads += [stem[i:] for i in range(3, len(stem) - 2)]
            heads += [stem[i + 1 :] for i, char in enumerate(stem[:3]) if char in '-"“']
    return sorted(set(heads), key=len, reverse=True)


# --- one event ----------------------------------------------------------------------------------------------------


def _draft(
    trigger: _Trigger,
    doc: Doc,
    actors: ActorIndex,
    statements: list[Found],
    times: list[TimeExpression],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    sentence_index: dict[int, int],
    verbs: frozenset[int],
) -> _Draft:
    token = trigger.token
    sent = token.sent
    reporting = trigger.statement or _reported_in(token, statements)
    scope = _scope(sent, reporting if trigger.statement is None else None)
    committed = reporting is not None and reporting.statement.speech_act in lexicon.speech_acts.commits
    participants, agents = _participants(trigger, scope, actors, gazetteer, reporting, verbs, committed=committed)
    said = (trigger.statement.statement.start, trigger.statement.statement.end) if trigger.statement else None
    place = _place(token, scope, actors, said)
    time = _time(token, [t for t in times if not _said_elsewhere(t, token, statements)])
    alleged = reporting is not None and reporting.statement.speech_act == "accusation"  # "warf Y vor, ... zu tun"
    event = Event(
        id="",
        type=trigger.type,
        trigger=token.text,
        start=token.idx,
        end=token.idx + len(token),
        participants=participants,
        place=place,
        date=time.value if time is not None and time.granularity in ("day", "time") else None,
        time=time,
        status=_status(token, scope, lexicon, alleged=alleged) if trigger.statement is None else _speech_status(token),
        statement=reporting.statement.id if reporting is not None else None,
        quantity=_quantity(scope, token),
        sentence=sent.text.strip(),
        mentions=[Mention(token.idx, token.idx + len(token), token.text)],
    )
    event.status = _sought(token, trigger) or event.status
    if event.date is not None and len(event.date) > 10:
        event.date = event.date[:10]
    anaphoric = token.i > 0 and doc[token.i - 1].lower_ in DEFINITE_DETERMINERS
    index = sentence_index.get(sent.start, 0)
    lemmas = {token.lemma_.lower()}
    cause = _given_as_cause(token)
    return _Draft(event, trigger.nominal, agents, {sent.start_char}, lemmas, anaphoric, index, reporting, cause)


def _drop_targets_from_meetings(drafts: list[_Draft]) -> None:
    """`In einer Videokonferenz haben die USA Russland zur Deeskalation aufgerufen`: who is called upon in the
    sentence of a meeting did not take part in it."""
    for draft in drafts:
        if draft.event.type not in JOINT_TYPES:
            continue
        targets = {
            p.actor for other in drafts if other is not draft and other.sentences & draft.sentences
            for p in other.event.participants if p.role == "target"
        }
        draft.event.participants = [p for p in draft.event.participants if p.actor not in targets]


def _both_of_them(drafts: list[_Draft]) -> None:
    """`Stubb telefonierte mit Rutte. Beide vereinbarten, ... zusammenzukommen`: a sentence whose subject is `beide`
    is about the two who took part in the event before it; its events that name no one are theirs."""
    pair: list[Participant] = []
    pair_sentence = -2
    for draft in drafts:
        event = draft.event
        near = 0 <= draft.sentence_index - pair_sentence <= 2  # "X und Y verhandelten. Das Treffen ... Beide ..."
        if not event.participants and _opens_with_both(event.sentence) and pair and near:
            role = "participant" if event.type in JOINT_TYPES else "agent"
            event.participants = [Participant(p.actor, role) for p in pair]
        elif len({p.actor for p in event.participants}) == 2:
            pair = list({p.actor: p for p in event.participants}.values())
            pair_sentence = draft.sentence_index


def _opens_with_both(sentence: str) -> bool:
    words = sentence.split()[:2]
    return bool(words) and (words[0].lower() == "beide" or [w.lower() for w in words] == ["die", "beiden"])


def _alone(trigger: _Trigger, draft: _Draft, kinds: dict[str, str]) -> bool:
    """A `jemanden verb` trigger with no one besides its subject (`Die Rakete traf ein Wohnhaus`), or with no person
    or country among them (`Am Samstag empfängt der BVB den VfB Stuttgart` is a match, not a meeting)."""
    if not trigger.needs_other:
        return False
    taking_part = {p.actor for p in draft.event.participants}
    return len(taking_part) < 2 or not any(kinds.get(a) in ("Person", "Country") for a in taking_part)


def _generic(trigger: _Trigger, draft: _Draft) -> bool:
    """`im Wege von Verhandlungen`: a bare noun with no article and no one taking part names a kind, not an event;
    `vielen Kliniken droht die Insolvenz`: a danger that no one threatens with is no threat."""
    if _impersonal(trigger, draft):
        return True
    if not trigger.nominal or trigger.verb is not None or draft.event.participants:
        return False
    doc = trigger.token.doc
    before = doc[trigger.token.i - 1] if trigger.token.i > 0 else None
    return before is not None and before.lower_ in ("von", "durch", "mit", "zu", "über")


def _impersonal(trigger: _Trigger, draft: _Draft) -> bool:
    token = trigger.token
    if trigger.nominal or trigger.statement is not None or draft.agents or token.lemma_.lower() not in IMPERSONAL_VERBS:
        return False
    clause = clause_of(token)
    return not any(t.lower_ in ("mit", "damit", "zu") for t in clause)  # "drohte mit Sanktionen", "drohte, ... zu"


def _reported_in(token: Token, statements: list[Found]) -> Found | None:
    return next((f for f in statements if f.statement.start <= token.idx < f.statement.end), None)


def _own_words(reporting: Found, doc: Doc) -> bool:
    """Is the statement told `nach eigenen Angaben`, so that its source is also who acts in it?"""
    span = reporting.statement.cue_span
    cue = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    return cue is not None and cites_own_words(cue)


def _scope(sent: Span, reporting: Found | None) -> Span:
    """The part of the sentence an event's arguments come from: the reported content, when it is reported."""
    if reporting is None:
        return sent
    statement = reporting.statement
    span = sent.doc.char_span(
        max(statement.start, sent.start_char), min(statement.end, sent.end_char), alignment_mode="expand"
    )
    return span if span is not None and len(span) else sent


def _participants(
    trigger: _Trigger,
    scope: Span,
    actors: ActorIndex,
    gazetteer: Gazetteer,
    reporting: Found | None,
    verbs: frozenset[int],
    *,
    committed: bool = False,
) -> tuple[list[Participant], set[str]]:
    found = trigger.statement
    if found is not None:
        agents = [found.speaker_key, *found.co_speakers] if found.speaker_key else []
        return _roles(actors, agents, found.targets), set(agents)
    mentions = actors.in_span(scope)
    if reporting is not None and not _own_words(reporting, scope.doc):  # "wurden nach palästinensischen Angaben ...
        mentions = [m for m in mentions if (m.start_char, m.end_char) != reporting.statement.speaker_span]  # getötet"
    if trigger.type in JOINT_TYPES:
        joined = [m.key for m in mentions if governing_preposition(m, scope.doc) in JOINT_PREPOSITIONS]
        verb = trigger.verb or (None if trigger.nominal else trigger.token)
        if reporting is not None and reporting.speaker_key and verb is not None and _pronoun_subject(verb, scope):
            joined.insert(0, reporting.speaker_key)  # "X sagte, er werde sich mit Y treffen"
        keys = list(dict.fromkeys(joined))
        return [Participant(actors.by_key(k).id, "participant") for k in keys], set()
    token = trigger.token
    verb = trigger.verb or (None if trigger.nominal else token)
    patients = _patients(verb, mentions) if verb is not None else []  # "Der Iran hat Israel angegriffen"
    if verb is not None and not patients and not is_passive(verb):
        patients = _middle_field_objects(verb, mentions)  # a parse that took the object for something else
    if verb is None:
        agents = _agents(token, scope, mentions, actors, gazetteer, verbs)
    else:
        agents = [m.key for m in passive_agents(verb, mentions)] if is_passive(verb) else _subject(verb, mentions)
        agents = agents or ([] if is_passive(verb) else _inverted_subject(verb, mentions))
        agents = [k for k in _attributive_agents(verb, mentions) or agents if k not in patients]
    if not agents and reporting is not None and reporting.speaker_key:
        agents = _reported_agents(reporting, reporting.speaker_key, verb, scope, committed=committed)
    prepositions = TARGET_PREPOSITIONS | ({"für"} if trigger.type == "AID" else set())  # "Hilfe für die Ukraine"
    targets = [m.key for m in mentions if m.token_start > token.i and _after_preposition_in(m, scope.doc, prepositions)]
    targets = [*patients, *targets]
    if verb is not None and not patients:
        targets += _country_of_object(verb, actors, gazetteer)  # "griff die ukrainische Infrastruktur an"
    if verb is None:
        targets += _country_against(token, actors, gazetteer)  # "Sanktionen gegen russische Banken"
    if trigger.type in RECIPIENT_TYPES:
        targets += [m.key for m in _recipients(token, mentions)]  # "der Ukraine Patriot-Systeme zu liefern"
        if not targets and committed and reporting is not None and reporting.statement.addressee is not None:
            targets = reporting.targets[:1]  # "sagte der Ukraine weitere Hilfe zu": whom the promise is made to
    targets = [k for k in dict.fromkeys(targets) if k not in agents]
    return _roles(actors, agents, targets), set(agents)


def _attributive_agents(verb: Token, mentions: list[ActorMention]) -> list[str]:
    """`Die vom Iran unterstützte Miliz`: a participle between its agent and the noun it describes, all after one
    article, is done by whom `von` names."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or not is_capitalised_word(doc[verb.i + 1]) or verb.text[0].isupper():
        return []
    for mention in mentions:
        opening = doc[mention.phrase_start - 1] if mention.phrase_start > 0 else None
        if mention.token_end != verb.i or opening is None or opening.lower_ not in ("vom", "von", "durch"):
            continue
        article = doc[opening.i - 1] if opening.i > 0 else None
        if article is not None and article.lower_ in ARTICLES:
            return [mention.key]
    return []


def _country_of_object(verb: Token, actors: ActorIndex, gazetteer: Gazetteer) -> list[str]:
    """The country whose adjective the parser attaches to the verb's object or to a phrase naming its target (`hat
    die ukrainische Energieinfrastruktur angegriffen`, `Drohnen auf ukrainische Städte abgefeuert`): what is done
    to it is done to that country."""
    if not has_parse(verb.doc):
        return []
    found = []
    for obj in (c for c in verb.children if c.dep_ in ("obj", "oa") or _target_phrase(c)):
        for adjective in (c for c in obj.children if c.dep_ in ("amod", "nk") and c.i < obj.i):
            country = gazetteer.country_for_adjective(adjective.text)
            if country is not None:
                key = actors.ensure_actor(country.name, country.type, country.qid)
                actors.add_mention(key, verb.doc[adjective.i : adjective.i + 1], country.type)
                found.append(key)
    return found


def _country_against(noun: Token, actors: ActorIndex, gazetteer: Gazetteer) -> list[str]:
    """The country whose adjective follows `gegen` or `auf` right after a nominal trigger (`Sanktionen gegen
    russische Banken`, `Angriffe auf ukrainische Städte`): what the event is aimed at is that country's."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("gegen", "auf"):
        return []
    i = noun.i + 2
    while i < len(doc) and doc[i].lower_ in DETERMINERS:
        i += 1
    country = gazetteer.country_for_adjective(doc[i].text) if i < len(doc) and doc[i].text[:1].islower() else None
    if country is None:
        return []
    key = actors.ensure_actor(country.name, country.type, country.qid)
    actors.add_mention(key, doc[i : i + 1], country.type)
    return [key]


def _target_phrase(token: Token) -> bool:
    """An oblique the parser attaches with `auf` or `gegen` (`auf ukrainische Städte`; not `nach ukrainischen
    Angaben`, a source)."""
    cases = [c.lower_ for c in token.children if c.dep_ in ("case", "ac")]
    return token.dep_ in ("obl", "mo") and any(case in ("auf", "gegen") for case in cases)


def _patients(verb: Token, mentions: list[ActorMention]) -> list[str]:
    """The actors the parse makes the verb's object or its passive subject, with those joined to them: what the
    event is done to (`Der Iran hat Israel angegriffen`, `Die Ukraine wurde angegriffen`)."""
    doc = verb.doc
    if not has_parse(doc):
        return []
    found = []
    for mention in mentions:
        token = doc[mention.token_start : mention.token_end].root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        passive_subject = token.dep_ == "nsubj:pass" and is_passive(verb)  # not "Truppen haben ... beschossen"
        if token.head.i == verb.i and (token.dep_ in ("obj", "oa") or passive_subject):
            found.append(mention.key)
    return found


def _inverted_subject(verb: Token, mentions: list[ActorMention]) -> list[str]:
    """The parse's subject right after a verb in second place behind an adverbial (`In der Nacht griff Russland die
    Ukraine an`, `Am Dienstag griff die israelische Luftwaffe ... an`)."""
    doc = verb.doc
    if not has_parse(doc):
        return []
    clause = clause_of(verb)
    after = [m for m in mentions if verb.i < m.phrase_start <= verb.i + 3 and m.token_end <= clause.end]
    return [
        m.key
        for m in after[:1]
        if doc[m.token_start : m.token_end].root.dep_ == "nsubj" and doc[m.token_start : m.token_end].root.head == verb
    ]


def _middle_field_objects(verb: Token, mentions: list[ActorMention]) -> list[str]:
    """Names between a finite auxiliary and the participle that closes the clause, after the subject and with no
    preposition or noun before them: the verb's object (`Der Iran hat in der Nacht Israel ... angegriffen`)."""
    doc = verb.doc
    clause = clause_of(verb)
    auxiliary = auxiliary_before(clause, verb.i)
    if auxiliary is None or not verb.tag_.startswith("VVPP"):
        return []
    found = []
    for mention in mentions:
        if not (auxiliary.i < mention.phrase_start and mention.token_end <= verb.i):
            continue
        before = doc[mention.phrase_start - 1]
        bare = before.lower_ in ARTICLES or before.i == auxiliary.i or before.pos_ in ("NOUN", "PROPN", "ADV")
        genitive = genitive_head(mention, doc) or _coordinated_genitive(mention, mentions, doc)
        if bare and governing_preposition(mention, doc) is None and genitive is None:
            found.append(mention.key)
    return found


def _coordinated_genitive(mention: ActorMention, mentions: list[ActorMention], doc: Doc) -> Token | None:
    """The noun a mention joined by `und` to a genitive attribute also depends on (`Beamte des LKA und der
    Staatsanwaltschaft`: both the officers'), or None."""
    article = mention.phrase_start - 1 if doc[mention.phrase_start].lower_ not in DETERMINERS else mention.phrase_start
    if article < 1 or doc[article].lower_ not in ("der", "des") or doc[article - 1].lower_ not in ("und", "sowie"):
        return None
    before = next((m for m in mentions if m.token_end == article - 1), None)
    return genitive_head(before, doc) if before is not None else None


def _reported_agents(
    reporting: Found, speaker: str, verb: Token | None, scope: Span, *, committed: bool
) -> list[str]:
    """Who does what a statement reports where its clause names no one: the speaker of `X kündigte an, ihre Präsenz
    zu verstärken` and of what a speaker commits to (`kündigte Warnstreiks an`); the one a demand addresses (`X
    forderte Y auf, ... abzuziehen`: Y is to do it), and the one an accusation addresses (`beschuldigte Y, ... zu
    blockieren`: Y is said to do it)."""
    if verb is None:
        return [speaker] if committed else []
    if not (is_zu_infinitive(verb) or _pronoun_subject(verb, scope)):
        return []
    statement = reporting.statement
    if statement.speech_act in ("demand", "accusation"):  # "beschuldigte die USA, den Rat zu blockieren"
        return reporting.targets[:1] if statement.addressee is not None else []
    return [speaker]


def _recipients(token: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """Actors in the dative in the trigger's clause (`dem`, or `der` after a verb or a comma: not a genitive
    attribute, not after a preposition): who is given what the event gives."""
    doc = token.doc
    clause = clause_of(token)
    found = []
    for mention in mentions:
        if _bare_dative(mention, token):
            found.append(mention)  # "bot Japan Hilfe an"
            continue
        article = article_of(mention, doc)
        if article is None or not clause.start <= article.i < clause.end or genitive_head(mention, doc) is not None:
            continue
        before = doc[article.i - 1] if article.i > 0 else None
        governed = before is not None and (before.lower_ in PREPOSITIONS or is_capitalised_word(before))
        if article.lower_ == "dem" or (article.lower_ == "der" and not governed):
            found.append(mention)
    return found


def _bare_dative(mention: ActorMention, trigger: Token) -> bool:
    """A name with no article between a finite verb and its object: the trigger's noun phrase (`bot Japan Hilfe
    an`), or a noun after the trigger itself (`lieferte Nordkorea Öl`)."""
    doc = trigger.doc
    verb = doc[mention.phrase_start - 1] if mention.phrase_start > 0 else None
    if verb is None or not verb.tag_.endswith("FIN") or mention.token_end >= len(doc):
        return False
    if verb.i == trigger.i:
        return dative_before_object(mention, trigger)
    between = doc[mention.token_end : trigger.i]
    return mention.token_end <= trigger.i and all(is_adjective(t) or t.lower_ in DETERMINERS for t in between)


def _roles(actors: ActorIndex, agents: list[str], targets: list[str]) -> list[Participant]:
    roles = [Participant(actors.by_key(k).id, "agent") for k in dict.fromkeys(agents)]
    roles += [Participant(actors.by_key(k).id, "target") for k in dict.fromkeys(targets) if k not in agents]
    return roles


def _subject(token: Token, mentions: list[ActorMention]) -> list[str]:
    """The actors before a verbal trigger that no preposition governs, with those joined to them by `und` or
    named as examples (`Bündnisstaaten wie Dänemark, Spanien und die Niederlande`)."""
    doc = token.doc
    keys: list[str] = []
    own = clause_of(token) if is_zu_infinitive(token) else None  # "der Ukraine Waffen zu liefern" has no subject
    clause = clause_of(token)
    if is_finite(token) and any(clause.start <= m.phrase_start and m.token_end <= token.i for m in mentions):
        mentions = [m for m in mentions if m.phrase_start >= clause.start]  # "drängten auf X, Spanien lehnte ab"
    for mention in mentions:
        if mention.token_end > token.i:
            break
        if own is not None and mention.phrase_start >= own.start:
            continue
        before = doc[mention.phrase_start - 1] if mention.phrase_start > 0 else None
        if before is not None and before.lower_ in FUSED_PREPOSITIONS:
            continue  # "Die vom Iran unterstützte Miliz hat ... angegriffen"
        if before is not None and before.lower_ in DETERMINERS and mention.phrase_start > 1:
            before = doc[mention.phrase_start - 2]
        word = before.lower_ if before is not None else ""
        if word in PREPOSITIONS or (not keys and word == "wie") or is_genitive_of(mention, doc):
            continue  # "Leverkusens Sportdirektor X lobte": the genitive is not who acts
        head = genitive_head(mention, doc) or _coordinated_genitive(mention, mentions, doc)
        if head is not None and head.lower_ not in MEMBER_HEADS:
            continue  # "gegen die Agrarpolitik der Bundesregierung demonstriert"; but "Beamte des LKA" act for it
        if keys and word not in COORDINATORS:
            break
        keys.append(mention.key)
    return keys


def _pronoun_subject(verb: Token, scope: Span) -> bool:
    """`es verstärke ...`, `man habe ... angegriffen` in reported speech: the pronoun stands for the speaker's side."""
    doc = verb.doc
    return any(
        t.lower_ in ("es", "sie", "er", "wir", "man")
        and t.i < verb.i
        and (t.i == 0 or doc[t.i - 1].lower_ not in PREPOSITIONS)  # not "Ohne sie drohe ..."
        for t in scope[:3]
    )


def _agents(
    token: Token,
    scope: Span,
    mentions: list[ActorMention],
    actors: ActorIndex,
    gazetteer: Gazetteer,
    verbs: frozenset[int],
) -> list[str]:
    """The agent of a nominal trigger: a genitive after it (`des Westens`), a country adjective (`russischer`), or
    the subject of the clause it is the object of, unless that clause's verb names an event of its own (`verurteilte
    die Manöver`: who condemns them did not hold them)."""
    doc = token.doc
    nxt = token.i + 1
    if nxt < scope.end and doc[nxt].lower_ in ("des", "der"):
        following = [m for m in mentions if m.phrase_start in (nxt, nxt + 1)]
        if following:
            return [following[0].key]
    source = _coming_from(token, scope, mentions)
    if source is not None:
        return [source.key]
    response = _responded_with(token)
    if response is not None:
        return _subject(response, mentions)  # "Pro Bahn reagierte mit scharfer Kritik"
    for i in range(token.i - 1, min(token.i + 3, scope.end)):
        if i < scope.start or i == token.i or (i > token.i and _preposition_between(token, doc[i])):
            continue  # "Angriff russischer Truppen", not "Angriff auf amerikanische Unternehmen"
        country = gazetteer.country_for_adjective(doc[i].text) if doc[i].text[:1].islower() else None
        if country is not None:
            key = actors.ensure_actor(country.name, country.type, country.qid)
            return [key]
    if not _is_object(token, scope) or _governed_by_event(token, scope, verbs):
        return []
    return _subject(token, mentions)  # "Die USA erwägen eine Verlegung"


def _coming_from(noun: Token, scope: Span, mentions: list[ActorMention]) -> ActorMention | None:
    """`Kritik kam vom Zentralrat der Juden`, `Protest kommt aus der Opposition`: whom the event comes from (not
    the event a preposition makes the topic of another: `Kritik an den Blockaden kam vom ADAC`)."""
    doc = noun.doc
    clause = clause_of(noun)
    i = _before_modifiers(noun, clause.start)
    if i >= clause.start and i < noun.i and doc[i].lower_ in PREPOSITIONS:
        return None
    verb = next((t for t in doc[noun.i + 1 : clause.end] if t.lemma_.lower() == "kommen"), None)
    if verb is None:
        return None
    source = next((t for t in doc[verb.i + 1 : min(verb.i + 4, clause.end)] if t.lower_ in ("von", "vom", "aus")), None)
    if source is None:
        return None  # "dagegen" may stand between: "Kritik kam dagegen vom Zentralrat"
    return next((m for m in mentions if source.i < m.phrase_start <= source.i + 2), None)


def _responded_with(noun: Token) -> Token | None:
    """The verb of responding whose `mit` governs the noun (`reagierte mit scharfer Kritik`): its subject did it."""
    doc = noun.doc
    i = _before_modifiers(noun, noun.sent.start)
    if i < noun.sent.start + 1 or doc[i].lower_ != "mit":
        return None
    verb = next((t for t in reversed(doc[noun.sent.start : i]) if is_verb_form(t)), None)
    return verb if verb is not None and verb.lemma_.lower() in RESPONDING_VERBS else None


def _governed_by_event(noun: Token, scope: Span, verbs: frozenset[int]) -> bool:
    """`verurteilte die Manöver`, `hat die Manöver scharf verurteilt`: the verb right before the noun phrase, or the
    last verb of its clause, is an event trigger."""
    i = _before_modifiers(noun, scope.start)
    clause = clause_of(noun)
    last = next((t.i for t in reversed(clause) if is_verb_form(t) and not t.is_punct), None)
    return i in verbs or (last is not None and last > noun.i and last in verbs)


def _is_object(noun: Token, scope: Span) -> bool:
    """`erwägen eine Verlegung`, `hat neue Sanktionen verhängt`, `verhängte Sanktionen`: an article, an auxiliary
    or a finite verb before the noun (past its adjectives) makes it the object of its clause, whose subject acts."""
    doc = noun.doc
    i = noun.i - 1
    while i > scope.start and is_adjective(doc[i]) and doc[i].lower_ not in DETERMINERS and not _verb_second(doc[i]):
        i -= 1  # "neue", "weiteren"
    if i > scope.start and doc[i].pos_ == "PROPN" and doc[i - 1].tag_.endswith("FIN"):
        i -= 1  # "bot Japan Hilfe an": a name in the dative between the verb and its object
    if i < scope.start:
        return False
    before = doc[i]
    if before.lower_ in OBJECT_ARTICLES:
        return i == 0 or doc[i - 1].lower_ not in PREPOSITIONS  # not "Verständnis für die Proteste"
    return before.lower_ in AUXILIARIES or before.tag_.endswith("FIN") or _verb_second(before)


def _verb_second(token: Token) -> bool:
    """A lower-case word right after a sentence's first noun phrase of names (`Die USA verhängten Sanktionen`) is its
    finite verb, whatever a tagger makes of it."""
    doc, start = token.doc, token.sent.start
    opening = doc[start : token.i]
    if not opening or not token.text[:1].islower() or not token.is_alpha:
        return False
    names = opening[1:] if opening[0].lower_ in DEFINITE_ARTICLES else opening
    return bool(names) and all(t.pos_ == "PROPN" for t in names)


OBJECT_ARTICLES = frozenset(
    {"einen", "eine", "ein", "den", "die", "das", "seine", "seinen", "ihre", "ihren"}  # "setzte seine Hilfe aus"
)


def _after_preposition_in(mention: ActorMention, doc: Doc, prepositions: frozenset[str]) -> bool:
    i = mention.phrase_start - 1
    if i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    return i >= 0 and doc[i].lower_ in prepositions | {"den", "dem"}


def _place(token: Token, scope: Span, actors: ActorIndex, said: tuple[int, int] | None) -> str | None:
    """The place named in the clause, the one after the trigger first (`nach Osteuropa zu verlegen`), else the
    dateline's where it names one (`Arnsberg - Das Landgericht hat ...`; not `Brüssel/Peking (dpa) –`); never a
    capital that acts (`Moskau bestritt`), nor a place in what a speech act `said` (`forderte Israel auf, den
    Übergang Kerem Schalom zu öffnen`: the demand was not made there)."""
    doc = token.doc
    dateline = past_dateline(doc, token.sent.start, token.sent.end)
    several = dateline > token.sent.start and any(t.text == "/" for t in doc[token.sent.start : dateline])
    candidates = []
    for place in actors.places.values():
        for mention in place.mentions:
            if not scope.start_char <= mention.start < scope.end_char:
                continue
            if said is not None and said[0] <= mention.start < said[1]:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            in_dateline = span is not None and span.start < dateline
            if span is not None and not in_dateline and _acts(span):
                continue
            if in_dateline and several:
                continue
            candidates.append((in_dateline, abs(mention.start - token.idx), place.id))
    return min(candidates)[2] if candidates else None


def _acts(place: Span) -> bool:
    """A place that is the subject of a finite verb (`Moskau bestritt`, `Teheran fordert`) names who acts."""
    root = place.root
    return root.dep_ in ("nsubj", "sb") and is_finite(root.head)


def _after(time: TimeExpression | None, published: date | None) -> bool:
    """Is the time a calendar period (day, month, year) after the publication date's?"""
    if time is None or published is None or not time.value or time.granularity not in ("day", "month", "year"):
        return False
    return time.value > published.isoformat()[: len(time.value)]


def _said_elsewhere(time: TimeExpression, token: Token, statements: list[Found]) -> bool:
    """A time inside what someone said, where the trigger is not (`wies den Vorwurf zurück: Sie habe am Sonntag
    ...`): the time of what was said, not of the rejection."""
    inside = [f.statement for f in statements if f.statement.start <= time.start < f.statement.end]
    return any(not s.start <= token.idx < s.end for s in inside)


def _time(token: Token, times: list[TimeExpression]) -> TimeExpression | None:
    """The time nearest the trigger in its sentence, not one of a relative clause the trigger is outside of (`Lin,
    der am Montag vereidigt wird, verurteilte die Übungen`: the Monday is the swearing-in's)."""
    sent = token.sent
    elsewhere = _other_relative_clauses(token)
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char and t.value]
    inside = [t for t in inside if not any(start <= t.start < end for start, end in elsewhere)]
    return min(inside, key=lambda t: abs(t.start - token.idx)) if inside else None


def _other_relative_clauses(trigger: Token) -> list[tuple[int, int]]:
    """The character spans of the relative clauses of the trigger's sentence that do not hold it (`Lin, der am
    Montag vereidigt wird, verurteilte ...`), each opened by a pronoun, not an article (`, die Zusammenarbeit`)."""
    spans, i, sent = [], trigger.sent.start, trigger.sent
    while i < sent.end:
        clause = clause_of(trigger.doc[i])
        pronoun = relative_opening(clause)
        if pronoun is not None and stands_alone(pronoun) and not clause.start <= trigger.i < clause.end:
            spans.append((clause.start_char, clause.end_char))
        i = clause.end + 1
    return spans


def _status(token: Token, scope: Span, lexicon: Lexicon, *, alleged: bool = False) -> str:
    """The strongest factuality marker before the trigger in its sentence or after it in its clause (`Das Treffen
    wurde abgesagt`); planned for the future and a zu-infinitive, unless an accusation `alleged` it (`warf Y vor, ...
    zu blockieren`); occurred when there is none. A negation counts
    right before the trigger or after a finite one (`liefere keine Waffen`), a demand before it or around what it
    calls for (`hat zu einem Streik aufgerufen`); a second predicate and an attribute of another noun not at all."""
    nouns, words = lexicon.factuality.nouns(), lexicon.factuality.verbs()
    infinitive = is_verb_form(token) and is_zu_infinitive(token) and not alleged  # "vereinbarten, ... zusammenzukommen"
    found = {"planned"} if _future(token) or infinitive or _pending(token) else set()
    clause = clause_of(token)
    inverted = is_finite(clause[0]) and clause.start > token.sent.start  # "..., teilte X nach ... mit"
    setting = _governed_by_setting(token)
    finite = is_finite(token)
    cause = _given_as_cause(token)
    elsewhere = _other_relative_clauses(token)
    for other in token.sent[: clause.end - token.sent.start]:
        if other.i == token.i or (inverted and other.i < clause.start):
            continue  # what was said before an inverted cue does not qualify the cue's own clause
        if any(start <= other.idx < end for start, end in elsewhere):
            continue  # "Lin, der am Montag vereidigt wird, verurteilte ...": the future is the relative clause's
        lemma = verb_lemma(other) if is_verb_form(other) else other.lemma_.lower()
        markers = nouns if _is_noun(other) else words  # "das Vorhaben" plans nothing, "vorhaben" does
        status = markers.get(lemma) or markers.get(other.lower_)
        if status is not None and lemma in REFLEXIVE_OTHERWISE and any(t.lower_ == "sich" for t in clause_of(other)):
            continue  # "müssen sich auf Einschränkungen einstellen": prepare for, not stop
        if other.i > token.i and is_finite(other) and (finite or _joined_after(token, other)):
            continue  # "besuchte die Gebiete und versprach Hilfe": a second predicate says nothing of the first
        if _describes_another_noun(other, token):
            continue  # "protestierten gegen die geplanten Kürzungen": the plan is the cuts', not the protest's
        negates = _negates(other, token) or (finite and _negates_verb(token, other)) or _negates_final(token, other)
        negates = negates or _none_such(token, other)
        if status == "negated" and not negates:
            continue  # "äußerte sich nicht zu dem Angriff": the negation is the verb's
        own_clause = finite and is_indicative(token) and _opens_main_clause(token)
        if other.i < clause.start and own_clause and is_finite(other):
            continue  # "drängten auf X, Spanien lehnte dies ab": a main clause of its own, no demand's content
        if status == "demanded" and other.i > token.i and not _called_for(token):
            continue  # a demand governs what follows it: "forderte Sanktionen", not "In der Konferenz ... aufgerufen"
        if other.i > token.i and is_capitalised_word(other):
            continue  # a noun after the trigger is its object: "begrüßte die Entscheidung" was no decision
        if other.i > token.i and cause:
            continue  # "Wegen eines Warnstreiks sind Operationen verschoben worden": the strike was not
        subject = token.dep_ in ("nsubj", "nsubj:pass") and other.tag_ == "VVFIN"
        if other.i > token.i and (subject or setting):
            continue  # "Die Vereinbarung sieht vor, ...": no plan of an agreement; "bei ihrem Gipfel ... zugesagt"
        if setting and status in ("planned", "considered", "demanded"):
            continue  # "Das kündigte X bei einem Besuch in Berlin an": the visit is where it was announced
        if status is not None:
            found.add(status)
    if clause[0].lower_ == "ob":
        found.add("considered")  # "Ob es dort zu einer Einigung kommt, ist fraglich"
    if clause[0].lower_ == "wer" and _modal_after(clause):
        found.add("hypothetical")  # "Wer Autobahnen blockiere, müsse ...": anyone who would, no one who did
    if clause[0].lower_ in ("sollte", "sollten") and clause.end < token.sent.end and clause.doc[clause.end].text == ",":
        found.add("hypothetical")  # "Sollte die Ukraine weitere Hilfe bekommen, ...": a condition
    return next((s for s in STATUS_PRIORITY if s in found), "occurred")


def _modal_after(clause: Span) -> bool:
    """A modal right after the clause's comma (`Wer ..., müsse mit Strafen rechnen`): the clause is a condition,
    not an indirect question (`Wer für den Angriff verantwortlich ist, blieb unklar`)."""
    doc = clause.doc
    nxt = doc[clause.end + 1] if clause.end + 1 < len(doc) and doc[clause.end].text == "," else None
    return nxt is not None and (nxt.tag_ == "VMFIN" or nxt.lower_ in ("muss", "müsse", "soll"))


def _is_noun(token: Token) -> bool:
    """A noun by the tagger's STTS tag (its UPOS may say NOUN of `plant`), or without one a capitalised word inside
    its sentence."""
    if token.tag_:
        return token.tag_ in ("NN", "NE")
    return is_capitalised_word(token) and not token.is_sent_start


def _opens_main_clause(verb: Token) -> bool:
    """A finite verb with words of its clause after it (`Spanien lehnte dies ab`): a main clause's, not the last word
    of a subordinate one (`dass die Hamas Geiseln freilässt`)."""
    return any(not t.is_punct and t.tag_ != "PTKVZ" for t in verb.doc[verb.i + 1 : clause_of(verb).end])


def _sought(token: Token, trigger: _Trigger) -> str | None:
    """`Gespräche über eine Waffenruhe`, `demonstrierten für eine Einigung`: an agreement that talks are about is
    considered, one people stand up for demanded; neither has been reached."""
    if trigger.type not in SOUGHT_TYPES or not trigger.nominal:
        return None
    i = _before_modifiers(token)
    return {"über": "considered", "für": "demanded"}.get(token.doc[i].lower_) if i >= 0 else None


def _speech_status(cue: Token) -> str:
    """A speech act happened as reported, unless it must still happen (`Der Bundesrat muss noch zustimmen`)."""
    return "planned" if _pending(cue) else "occurred"


def _pending(token: Token) -> bool:
    """`Die Mitgliedstaaten müssen noch zustimmen`: what must still happen has not happened yet."""
    before = [t.lower_ for t in clause_of(token) if t.i < token.i]
    return "noch" in before and any(w in ("muss", "müssen", "müsse", "müssten") for w in before)


def _joined_after(token: Token, verb: Token) -> bool:
    """`verurteilte die Strafmaßnahmen und kündigte ... an`: `und` between a noun and a later finite verb."""
    return any(t.lower_ in ("und", "oder", "sowie") for t in token.doc[token.i + 1 : verb.i])


def _describes_another_noun(marker: Token, trigger: Token) -> bool:
    """An attributive adjective or participle (`die geplanten Kürzungen`) qualifies the noun after it only."""
    if marker.tag_ != "ADJA":
        return False
    doc, i = marker.doc, marker.i + 1
    while i < len(doc) and doc[i].tag_ == "ADJA":
        i += 1
    return i != trigger.i


def _negates(negation: Token, trigger: Token) -> bool:
    """A negation right before the trigger, with no preposition between (`kein Angriff`, `nicht angegriffen`)."""
    return 0 < trigger.i - negation.i <= 3 and not _preposition_between(negation, trigger)


def _negates_final(verb: Token, negation: Token) -> bool:
    """`haben sich nicht auf ein Paket einigen können`, `hat die Stadt nicht wieder angegriffen`: `nicht` in the
    middle field negates the infinitive or participle that closes its clause (not `nicht nur`)."""
    doc = verb.doc
    if negation.lower_ != "nicht" or verb.tag_ not in ("VVINF", "VVPP", "VVIZU") or not negation.i < verb.i:
        return False
    if clause_of(negation).start != clause_of(verb).start or doc[negation.i + 1].lower_ == "nur":
        return False
    return not any(t.pos_ == "VERB" for t in doc[negation.i + 1 : verb.i])


def _none_such(noun: Token, negation: Token) -> bool:
    """`Ein direktes Treffen gab es nicht`: `nicht` after a noun in a clause of `es gibt` says there was none."""
    clause = clause_of(noun)
    exists = any(t.lemma_.lower() == "geben" for t in clause) and any(t.lower_ == "es" for t in clause)
    return exists and negation.lower_ == "nicht" and noun.i < negation.i < clause.end


def _negates_verb(verb: Token, negation: Token) -> bool:
    """`liefere keine Waffen`, `griff die Stadt nicht an`: a negation after a finite trigger in its clause negates
    it, unless it only narrows (`nicht nur`)."""
    doc = verb.doc
    following = doc[negation.i + 1] if negation.i + 1 < len(doc) else None
    return negation.i > verb.i and clause_of(verb).end > negation.i and not (following and following.lower_ == "nur")


def _called_for(token: Token) -> bool:
    """`hat zu einem Streik aufgerufen`, `hat Sanktionen gefordert`: an event noun after `zu` or as the object of a
    demand whose verb ends the clause is what is called for."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and (doc[i].lower_ in ARTICLES or is_adjective(doc[i])):
        i -= 1
    return (i >= 0 and doc[i].lower_ in ("zu", "zum", "zur")) or token.dep_ in ("obj", "oa")


def _governed_by_setting(token: Token) -> bool:
    """`bei ihrem Gipfel`, `während der Verhandlungen`: a noun after a preposition of time or occasion is when
    something happened; what the clause's verb says later (`... zugesagt`) is not about it."""
    i = _before_modifiers(token)
    return i >= 0 and token.doc[i].lower_ in ("bei", "beim", "während", "nach", "vor", "auf", "am", "im")


def _before_modifiers(noun: Token, floor: int = -1) -> int:
    """Where the word before a noun's articles, possessives and adjectives stands (a preposition or a verb that
    governs the phrase), not below `floor`: `-1` when nothing stands before them."""
    doc, i = noun.doc, noun.i - 1
    while i > floor and (doc[i].lower_ in DETERMINERS or is_adjective(doc[i]) or doc[i].tag_ == "PPOSAT"):
        i -= 1
    return i


def _preposition_between(first: Token, last: Token) -> bool:
    return any(t.lower_ in PREPOSITIONS or t.lower_ in FUSED_PREPOSITIONS for t in first.doc[first.i + 1 : last.i])


def _future(token: Token) -> bool:
    """`wird ... zusammentreffen`: an infinitive after a present form of `werden` in its clause is the future,
    which news uses for what is planned (`wurde` comes before a participle, `würde` is a condition)."""
    infinitive = token.tag_ == "VVINF" or (not token.tag_ and is_verb_form(token) and token.lower_.endswith("en"))
    if not infinitive:
        return False
    clause = clause_of(token)
    return any(t.lower_ in FUTURE_AUXILIARIES for t in token.doc[clause.start : token.i])


def _quantity(scope: Span, token: Token) -> str | None:
    match = QUANTITY.search(token.sent.text)
    return match.group(0) if match else None


# --- one event, many mentions -------------------------------------------------------------------------------------


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Mentions of the same kind of event in one sentence, or nominal ones that contradict each other in nothing,
    are one event."""
    merged: list[_Draft] = []
    for draft in drafts:
        same = next((m for m in merged if _same_event(m, draft)), None)
        if same is None:
            merged.append(draft)
            continue
        _absorb(same, draft)
    return merged


def _given_as_cause(token: Token) -> bool:
    """Is the trigger named as the cause of something else (`wegen eines Warnstreiks`, `aufgrund der Blockade`)?"""
    clause = clause_of(token)
    return any(t.lower_ in CAUSES for t in token.doc[max(clause.start, token.i - 4) : token.i])


def _same_event(first: _Draft, second: _Draft) -> bool:
    a, b = first.event, second.event
    if first.cause != second.cause:
        return False  # "wegen einer Blockade ... zu Bewährungsstrafen verurteilt": the cause and what it caused
    referring_back = second.nominal and second.anaphoric and b.status == "occurred"  # "den Streik" after a call
    if a.type != b.type or (a.status != b.status and not referring_back):
        return False
    if first.sentences & second.sentences:
        return True  # "Soldaten zu verlegen sowie ... zu entsenden": one plan, told in two verbs
    if not (first.nominal and second.nominal) or not (second.anaphoric or _near(first, second)):
        return False
    if (a.date and b.date and a.date != b.date) or (a.place and b.place and a.place != b.place):
        return False
    if not (second.anaphoric or first.lemmas & second.lemmas) and first.agents != second.agents:
        return False  # "das Manöver" and, next sentence, "habe Einheiten in Bereitschaft versetzt": two events
    return not (first.agents and second.agents and not first.agents & second.agents)


def _near(first: _Draft, second: _Draft) -> bool:
    """The same noun again, or a mention in the sentence right after: still the same occasion."""
    return bool(first.lemmas & second.lemmas) or second.sentence_index - first.sentence_index <= 1


def _absorb(into: _Draft, other: _Draft) -> None:
    event, new = into.event, other.event
    event.mentions.extend(new.mentions)
    known = {(p.actor, p.role) for p in event.participants}
    event.participants += [p for p in new.participants if (p.actor, p.role) not in known]
    event.date = event.date or new.date
    event.time = event.time or new.time
    event.place = event.place or new.place
    event.quantity = event.quantity or new.quantity
    event.statement = event.statement or new.statement
    into.agents |= other.agents
    into.nominal = into.nominal or other.nominal
    into.sentences |= other.sentences
    into.lemmas |= other.lemmas
    into.sentence_index = other.sentence_index


def _inherit_dates(drafts: list[_Draft]) -> None:
    """An undated event that took place in the sentence of a dated one, or that a speaker reports in the same
    run of statements, took place then too (`In einer Videokonferenz ... aufgerufen`; `..., erklärte X. Der
    Ukraine hätten die Teilnehmer ... versichert.`)."""
    dated = {sentence: d.event.date for d in drafts if d.event.date for sentence in d.sentences}
    for draft in drafts:
        if draft.event.date is not None or draft.event.status != "occurred":
            continue
        sentences = sorted(draft.sentences)
        opening = draft.reporting.opened_by if draft.reporting is not None else None
        if opening is not None and opening.sentence is not None:
            sentences.append(opening.sentence.start_char)
        draft.event.date = next((dated[s] for s in sentences if s in dated), None)
