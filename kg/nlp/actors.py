"""Actors and places in a German news document: recognised, canonicalised and merged into one identity each.

`find_actors` runs the two halves: `mentions.py` finds the candidates (the gazetteer, the statistical NER, role
titles before names, appositions, organisation nouns, media names in quotes, groups), and `resolution.py` settles
their overlaps and resolves surnames, genitives and titles (`des Bundeskanzlers`) to the people they name, so that
"Scholz" and "Bundeskanzler Olaf Scholz" are one actor. This module keeps the records the later stages read (the
`ActorIndex` and its `ActorMention`s), builds them from the resolved candidates, and answers where a mention stands
in its sentence (after which preposition, as whose genitive, as the agent of a passive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.nlp.german import ARTICLES, DETERMINERS, FUSED_PREPOSITIONS, GROUP_ALIASES, POSSESSIVES, PREPOSITIONS
from kg.nlp.mentions import Candidate, find_candidates
from kg.nlp.quotes import Quote
from kg.nlp.resolution import resolve_candidates
from kg.nlp.syntax import TIME_NOUNS, clause_of, is_adjective, is_capitalised_word, preposition_before, strip_genitive
from kg.records import Actor, Mention, Place

# Particles that may stand before a sentence's subject (`Auch X war gereist`, `Selbst die Regierung räumte ein`).
FOCUS_PARTICLES = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "ausgerechnet"})


@dataclass
class ActorMention:
    """A resolved mention: which actor (by key) is named where."""

    key: str
    start_char: int
    end_char: int
    token_start: int
    token_end: int
    phrase_start: int  # token offset where the whole phrase (role, apposition) starts
    type: str
    incidental: bool = False  # named in passing: "Ukraine-Konflikt", "Olaf Scholz (SPD)"; never a speaker or party


@dataclass
class ActorIndex:
    """All actors and places of one document, and where each is mentioned, for the later stages."""

    actors: dict[str, Actor]
    places: dict[str, Place]
    mentions: list[ActorMention]  # actors only, in text order
    kinds: dict[str, str] = field(default_factory=dict)  # the gazetteer's kind of an actor it knows: party, company

    def is_medium(self, key: str) -> bool:
        """A newspaper, broadcaster or agency the gazetteer knows: told things, rarely anyone's employer."""
        return self.kinds.get(key) == "media"

    def actor_at(self, start_char: int, end_char: int) -> str | None:
        for mention in self.mentions:
            if mention.start_char < end_char and start_char < mention.end_char:
                return self.actors[mention.key].id
        return None

    def in_span(self, span: Span) -> list[ActorMention]:
        """The mentions inside `span` that refer to an actor as such (not in passing, as in `Ukraine-Konflikt`)."""
        return [
            m for m in self.mentions if span.start <= m.token_start and m.token_end <= span.end and not m.incidental
        ]

    def by_key(self, key: str) -> Actor:
        return self.actors[key]

    def ensure_actor(self, name: str, type_: str, qid: str | None, *, unnamed: bool = False) -> str:
        """The key of the actor called `name`, created when the document has not named it yet."""
        key = name.casefold()
        if key not in self.actors:
            self.actors[key] = Actor(
                id=f"a{len(self.actors) + 1}", name=name, type=type_, wikidata=qid, unnamed=unnamed
            )
        return key

    def add_mention(self, key: str, tokens: Span, type_: str) -> None:
        """Record a mention resolved later (a pronoun or a capital standing for its government)."""
        actor = self.actors[key]
        actor.mentions.append(Mention(tokens.start_char, tokens.end_char, tokens.text))
        actor.mentions.sort(key=lambda m: m.start)
        self.mentions.append(
            ActorMention(key, tokens.start_char, tokens.end_char, tokens.start, tokens.end, tokens.start, type_)
        )
        self.mentions.sort(key=lambda m: m.start_char)


def find_actors(doc: Doc, gazetteer: Gazetteer, quotes: list[Quote], published: date | None) -> ActorIndex:
    """Recognise, resolve and merge the actors and places of `doc`."""
    candidates = find_candidates(doc, gazetteer, quotes)
    chosen = resolve_candidates(doc, candidates, gazetteer, published, quotes)
    index = _index(doc, chosen)
    _add_related(index, gazetteer)
    return index


def is_genitive_of(mention: ActorMention, doc: Doc) -> bool:
    """`Ischingers designierter Nachfolger`, `Israels UN-Botschafter`: a name in the genitive before a noun phrase is
    not its subject."""
    last = doc[mention.token_end - 1]
    if not last.text.endswith("s") or last.text.isupper():
        return False
    i = mention.token_end
    while i < len(doc) and is_adjective(doc[i]):
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].text.replace("-", "").isalpha()  # "UN-Botschafter"


def governing_preposition(mention: ActorMention, doc: Doc) -> str | None:
    """The preposition before a mention's phrase (past articles and adjectives; `vom`, `im` as they stand), or None."""
    return preposition_before(doc, mention.phrase_start)


def dative_before_object(mention: ActorMention, verb: Token) -> bool:
    """A name with no article right after a verb and before the verb's object (`sicherte Israel die Unterstützung
    zu`, `lieferte Nordkorea Öl`): a dative; a subject there stands alone before a comma (`sagte Israel, ...`)."""
    doc = verb.doc
    following = doc[mention.token_end] if mention.token_end < len(doc) else None
    return (
        mention.phrase_start == verb.i + 1
        and following is not None
        and following.i < clause_of(verb).end
        and (following.lower_ in ARTICLES or following.pos_ in ("NOUN", "ADJ", "DET", "NUM"))
    )


def passive_agents(verb: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """`wurde von Russland angegriffen`, `wie vom Ministerium mitgeteilt wurde`: who acts in a passive is named with
    `von` or `durch` in its clause, not after a noun (`auf Anweisung von Biden` names who ordered it)."""
    clause = clause_of(verb)
    return [
        m
        for m in mentions
        if clause.start <= m.phrase_start < clause.end
        and governing_preposition(m, verb.doc) in AGENT_PREPOSITIONS
        and not _after_noun(verb.doc, m.phrase_start)
        and not _before_participle_attribute(verb.doc, m.token_end)
    ]


def _before_participle_attribute(doc: Doc, end: int) -> bool:
    """`der von der Hamas kontrollierten Behörde`: the agent of an attributive participle, not of the verb."""
    return end < len(doc) and doc[end].tag_ == "ADJA" and end + 1 < len(doc) and is_capitalised_word(doc[end + 1])


def _after_noun(doc: Doc, start: int) -> bool:
    """Does the preposition before `start` (past articles) follow a noun that is no time (`am Montag von X`)?"""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 1 or not is_capitalised_word(doc[i - 1]) or doc[i - 1].is_sent_start:
        return False
    return strip_genitive(doc[i - 1].lower_) not in TIME_NOUNS


AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})


def genitive_head(mention: ActorMention, doc: Doc, *, bare: bool = False) -> Token | None:
    """The noun a mention is the genitive attribute of: after `der` or `des` (`die Agrarpolitik der Bundesregierung`)
    or, with `bare`, a name in `-s` right after it (`die Freilassung Bazoums`)."""
    article = article_of(mention, doc)
    if article is not None and article.lower_ in ("der", "des") and article.i > 0:
        noun = doc[article.i - 1]
    elif bare and mention.phrase_start > 0 and doc[mention.token_end - 1].text.endswith("s"):
        noun = doc[mention.phrase_start - 1]
    else:
        return None
    return noun if is_capitalised_word(noun) and not noun.is_sent_start and noun.pos_ in ("NOUN", "") else None


def article_of(mention: ActorMention, doc: Doc) -> Token | None:
    """The word that may be a mention's article: the first of its phrase if that is one (`der Minister X`), else
    the word before it (`der Zeitung`) or before its quotation mark (`der „Rheinischen Post“`); None at the start of
    the text."""
    first = mention.phrase_start
    i = first if doc[first].lower_ in DETERMINERS else first - 1
    while i > 0 and doc[i].is_quote:
        i -= 1
    return doc[i] if i >= 0 else None


def _index(doc: Doc, chosen: list[Candidate]) -> ActorIndex:
    actors: dict[str, Actor] = {}
    places: dict[str, Place] = {}
    mentions: list[ActorMention] = []
    text = doc.text  # spaCy joins the tokens anew on every call
    for cand in chosen:
        if cand.type == "Group":
            bare = cand.name.casefold().removeprefix("der ").removeprefix("die ")
            cand.name = GROUP_ALIASES.get(bare, cand.name)  # "Der Westen" and "westliche Staaten" are one group
        start, end = cand.char_span or (doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1]))
        mention = Mention(start, end, text[start:end])
        if cand.type == "Place":
            place = places.setdefault(cand.key, Place(id=f"p{len(places) + 1}", name=cand.name, wikidata=cand.qid))
            place.mentions.append(mention)
            continue
        actor = actors.get(cand.key)
        if actor is None:
            actor = actors[cand.key] = Actor(id=f"a{len(actors) + 1}", name=cand.name, type=cand.type)
        _describe(actor, cand)
        actor.mentions.append(mention)
        phrase = cand.phrase_start if cand.phrase_start is not None else cand.start
        incidental = cand.source == "compound" or (cand.start > 0 and doc[cand.start - 1].text == "(")
        mentions.append(ActorMention(cand.key, start, end, cand.start, cand.end, phrase, cand.type, incidental))
    mentions.sort(key=lambda m: m.start_char)
    return ActorIndex(actors, places, mentions)


def _add_related(index: ActorIndex, gazetteer: Gazetteer) -> None:
    """Countries of nationality and organisations of affiliation are actors too (`der polnische Präsident`);
    people found by their title get the Wikidata link the gazetteer knows for their full name, and the actors it
    knows their kind."""
    for key, actor in list(index.actors.items()):
        entry = gazetteer.lookup(actor.name)
        if entry is not None and entry.type == actor.type and entry.name == actor.name:
            actor.wikidata = actor.wikidata or entry.qid
            if entry.kind:
                index.kinds[key] = entry.kind
        related = [(actor.nationality, "Country")] + [(org, "Organization") for org in actor.affiliations]
        for name, type_ in related:
            if name:
                entry = gazetteer.lookup(name)
                index.ensure_actor(name, entry.type if entry else type_, entry.qid if entry else None)


def _describe(actor: Actor, cand: Candidate) -> None:
    for role in cand.roles:
        if role not in actor.roles:
            actor.roles.append(role)
    for org in cand.affiliations:
        if org not in actor.affiliations:
            actor.affiliations.append(org)
    actor.nationality = actor.nationality or cand.nationality
    actor.wikidata = actor.wikidata or cand.qid


def opens_clause(mention: ActorMention, clause: Span) -> bool:
    """Nothing but articles or a genitive name (`Bayerns Gesundheitsministerin X`) before the mention's phrase."""
    first = clause.start
    while first < mention.phrase_start and (
        clause.doc[first].lower_ in DETERMINERS
        or (clause.doc[first].lower_ in FOCUS_PARTICLES and mention.type == "Person")  # "Auch X war gereist"
        or clause.doc[first].lower_ in POSSESSIVES  # "Deren energiepolitischer Sprecher X warf ... vor"
        or is_adjective(clause.doc[first])
        or is_genitive_name(clause.doc[first], mention.phrase_start)
        or _title_before_name(clause.doc[first], mention)  # "Bäckermeister Jan Pohl stand vor den Trümmern"
    ):
        first += 1
    return mention.phrase_start == first


def _title_before_name(token: Token, mention: ActorMention) -> bool:
    """A noun right before a person's name, saying what they are (`Winzer`, `Bäckermeister`)."""
    before = token.i == mention.phrase_start - 1 and mention.type == "Person"
    return before and token.pos_ == "NOUN" and token.lower_ not in PREPOSITIONS


def is_genitive_name(token: Token, phrase_start: int) -> bool:
    """A name in the genitive right before a phrase (`Bayerns` in `Bayerns Gesundheitsministerin`)."""
    return token.i == phrase_start - 1 and is_capitalised_word(token) and token.text.endswith("s")


def mention_as(token: Token, key: str, actors: ActorIndex) -> ActorMention:
    """A word that stands for an actor (a pronoun, `Sprecherin`) recorded as a mention of it."""
    actors.add_mention(key, token.doc[token.i : token.i + 1], actors.by_key(key).type)
    return next(m for m in actors.mentions if m.token_start == token.i and m.key == key)


def after_preposition(doc: Doc, mention: ActorMention) -> bool:
    """`gegen die Ukraine`, `im Sudan`."""
    i = mention.phrase_start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        if doc[i].lower_ in FUSED_PREPOSITIONS:
            return True
        i -= 1
    return i >= 0 and doc[i].lower_ in PREPOSITIONS
