"""Actors and places in a German news document: recognised, canonicalised and merged into one identity each.

Recognition runs small finders over the `Doc` — the gazetteer, the statistical NER where the pipeline has one,
role titles before names (`Kremlsprecher Dmitri Peskow`), appositions (`Der Vorsitzende der X, Wolfgang
Ischinger,`), organisation nouns (`Verteidigungsministerium`), media names in quotes, and groups (`westliche
Staaten`). Overlaps are settled longest first; then surnames, genitives and titles (`des Bundeskanzlers`) are
resolved to the people they name, so that "Scholz" and "Bundeskanzler Olaf Scholz" are one actor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Entry, Gazetteer
from kg.nlp.dates import MONTHS, PARTS_OF_DAY, WEEKDAYS
from kg.nlp.gender import first_name_genders, gender_of, noun_gender, role_gender
from kg.nlp.german import (
    ADJECTIVE_ENDINGS,
    AGE_NOUN,
    AMBIGUOUS_INSTITUTIONS,
    ANAPHORIC_ORGANIZATIONS,
    APPOINTING_VERBS,
    ARTICLE_GENDER,
    ARTICLES,
    ASSOCIATION_HEADS,
    AUTHORITY_HEADS,
    CLUB_ANAPHORS,
    CLUB_WORDS,
    DEFINITE_ARTICLES,
    DEFINITE_INSTITUTIONS,
    DESCRIPTIVE_ROLE_HEADS,
    DETERMINERS,
    FIRM_ANAPHORS,
    FIRM_HEADS,
    FORCES_OF_A_COUNTRY,
    FORMER_ADJECTIVES,
    FUSED_PREPOSITIONS,
    GENERIC_COMPOUND_HEADS,
    GROUP_ALIASES,
    GROUP_HEADS,
    GROUP_HEADS_NEED_ADJECTIVE,
    HEAD_SYNONYMS,
    HONORIFICS,
    LEGAL_FORMS,
    MEDIUM_ANAPHORS,
    MEDIUM_HEADS,
    MEMBER_HEADS,
    MUNICIPALITY_NOUNS,
    NAME_PARTICLES,
    NAMED_AFTER_HEAD,
    NOT_AUTHORITIES,
    NOT_INSTITUTIONS,
    NOT_OF_A_COUNTRY,
    OFFICIALS_OF_A_COUNTRY,
    ORGANISATION_ANAPHORS,
    ORGANIZATION_HEADS,
    PATRONYMIC_PARTICLES,
    PLACE_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    QUOTED_BODY_KINDS,
    ROAD,
    ROLE_HEADS,
    SOURCE_ARTICLES,
    SOURCE_COMPOUND_HEADS,
)
from kg.nlp.name_lists import FIRST_NAME, name_flags
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import clause_of, has_parse, is_capitalised_word, is_zu_infinitive, verb_lemma
from kg.records import Actor, Mention, Place


@dataclass
class Candidate:
    """A span that names an actor or a place, before identities are merged."""

    start: int  # token offsets of the name
    end: int
    type: str  # an ActorType, or "Place"
    name: str
    source: str
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    nationality: str | None = None
    qid: str | None = None
    phrase_start: int | None = None  # where a role or apposition before the name starts
    char_span: tuple[int, int] | None = None  # for names inside a token ("US" in "US-Präsident")

    @property
    def key(self) -> str:
        return self.name.casefold()


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
    candidates = [
        *_role_persons(doc, gazetteer),
        *_appositions(doc),
        *_ner(doc, gazetteer, quotes),
        *_gazetteer(doc, gazetteer, quotes),
        *_organisations(doc, gazetteer),
        *_clubs(doc, gazetteer),
        *_forces(doc, gazetteer),
        *_media(doc, quotes),
        *_quoted_bodies(doc, quotes),
        *_groups(doc, quotes),
    ]
    chosen = _described_names(doc, _settle_overlaps(candidates))
    chosen += _compound_prefixes(doc, gazetteer, chosen)
    chosen = _spelt_out(doc, chosen)
    chosen = _anaphoric_organisations(doc, chosen, gazetteer)
    chosen = _municipalities(doc, chosen, gazetteer)
    _offices_taken(doc, chosen)
    chosen = _resolve_people(doc, chosen, gazetteer, published, quotes)
    chosen = _repeated_organisations(doc, chosen)
    _federal_short_names(chosen)

    _bracketed_abbreviations(doc, chosen)
    index = _index(doc, chosen)
    _add_related(index, gazetteer)
    return index


# --- finders ----------------------------------------------------------------------------------------------------


def is_role(token: Token) -> bool:
    return is_capitalised_word(token) and role_base(token.lower_.rsplit("-", 1)[-1]) is not None


def role_base(word: str) -> str | None:
    """A role noun without its case ending (`des Bundeskanzlers`, `dem Präsidenten`, `den Vorsitzenden`), or None
    for a word that is no role."""
    lower = word.lower()
    for ending in ("", "es", "s", "en", "n"):
        base = word[: len(word) - len(ending)]
        if lower.endswith(ending) and base.lower().endswith(ROLE_HEADS):
            return base
    return None


def _is_name_token(token: Token, gazetteer: Gazetteer) -> bool:
    if not is_capitalised_word(token) or not token.text.replace("-", "").isalpha():
        return False
    if token.lower_ in DETERMINERS or is_role(token) or (token.text.isupper() and len(token.text) > 1):
        return False
    entry = gazetteer.lookup(token.text)
    if entry is not None:
        return entry.type == "Person"  # "Lagarde" is a name, though it ends like "Nationalgarde"
    return organisation_head(token) is None  # "sagte Minister Vogt der Nachrichtenagentur epd"


def _name_after(doc: Doc, i: int, gazetteer: Gazetteer) -> int:
    """End of a personal name starting at token `i` (particles allowed inside: "Ursula von der Leyen")."""
    end = i
    while end < len(doc) and end - i < 5:
        token = doc[end]
        if end - i >= 2 and _common_noun(token):
            break  # "forderte die Abgeordnete Anna Keller Sicherheitsprüfungen": the object after the name
        surname = end == i + 1 and doc[i].text in first_name_genders() and token.text.isalpha()  # "Paolo Verdi"
        if _is_name_token(token, gazetteer) or (end > i and _prefixed_name(token)) or (surname and token.is_title):
            end += 1
        elif token.lower_ in NAME_PARTICLES and end > i and end + 1 < len(doc):
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].lower_ in NAME_PARTICLES:
                nxt += 1
            if nxt < len(doc) and _is_name_token(doc[nxt], gazetteer) and _after_particle(doc, i, nxt, gazetteer):
                end = nxt + 1
            else:
                break
        else:
            break
    return end


def _prefixed_name(token: Token) -> bool:
    """`al-Sisi`, `el-Baradei`: a particle joined by a hyphen to a capitalised name."""
    particle, _, rest = token.text.partition("-")
    return particle.lower() in NAME_PARTICLES and rest[:1].isupper() and rest.isalpha()


def _after_particle(doc: Doc, start: int, i: int, gazetteer: Gazetteer) -> bool:
    """A capitalised word after `von`, `bin` is a name's (`Ursula von der Leyen`, `Mohammed bin Salman`) unless it
    is a common noun no one is known by (`zu Recht`) or opens an institution's name (`von der Technischen
    Universität`): a patronymic's name follows `bin` whatever the tagger says."""
    if doc[i - 1].lower_ in PATRONYMIC_PARTICLES:
        return True
    known = gazetteer.lookup(doc[start : i + 1].text)
    if known is not None and known.type == "Person":
        return True
    following = doc[i + 1] if i + 1 < len(doc) else None
    institution = following is not None and organisation_head(following) is not None
    return doc[i].pos_ not in ("NOUN", "ADJ") and not institution


def _common_noun(token: Token) -> bool:
    """Tagged a common noun and no name the name lists know: after a role, `Realitätsverlust` is no surname."""
    if token.lower_.endswith(("virus", "viren")):
        return True  # "des Coronavirus", however tagged
    return token.pos_ == "NOUN" and not name_flags(token)


def _role_phrase_start(doc: Doc, role: Token, gazetteer: Gazetteer) -> tuple[int, str, str | None]:
    """Start, text and nationality of the role phrase ending in `role` ("der französische Präsident")."""
    words, nationality = [role_base(role.text) or role.text], None
    prefix = role.text.split("-", 1)[0] if "-" in role.text else None
    if prefix:
        entry = gazetteer.lookup(prefix)
        nationality = entry.name if entry is not None and entry.type == "Country" else None
    adjectives = []
    i = role.i - 1
    while i >= 0 and (is_adjective(doc[i]) or _title_word(doc, i)):
        adjectives.insert(0, doc[i])
        i -= 1
    if adjectives and not (i < 0 or doc[i].lower_ in DETERMINERS or doc[i].is_punct or doc[i].text.endswith("s")):
        adjectives = []  # not a noun phrase of its own: "nahmen neben US-Präsident ..."
    for adjective in reversed(adjectives):
        country = gazetteer.country_for_adjective(adjective.text)
        if country is not None:
            nationality = nationality or country.name
        else:
            words.insert(0, adjective.text[:-1] if adjective.text.endswith("en") else adjective.text)  # "neuen"
    start = adjectives[0].i if adjectives else role.i
    if start > 0 and doc[start - 1].lower_ in DETERMINERS:
        start -= 1
    return start, " ".join(words), nationality


def _title_word(doc: Doc, i: int) -> bool:
    """A role word that opens a title of two (`der Vorsitzende Richter`, `der Regierende Bürgermeister`)."""
    word = doc[i]
    adjective = is_adjective(word) or (not word.pos_ and word.lower_.endswith(ADJECTIVE_ENDINGS))
    return i > 0 and doc[i - 1].lower_ in DETERMINERS and (is_role(word) or adjective)


def is_genitive_of(mention: ActorMention, doc: Doc) -> bool:
    """`Ischingers designierter Nachfolger`: a name in the genitive before a noun phrase is not its subject."""
    last = doc[mention.token_end - 1]
    if not last.text.endswith("s") or last.text.isupper():
        return False
    i = mention.token_end
    while i < len(doc) and is_adjective(doc[i]):
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def governing_preposition(mention: ActorMention, doc: Doc) -> str | None:
    """The preposition before a mention's phrase (past articles and adjectives; `vom`, `im` as they stand), or None."""
    return _preposition_before(doc, mention.phrase_start)


def _preposition_before(doc: Doc, start: int) -> str | None:
    i = start - 1
    while i >= 0 and (doc[i].lower_ in DETERMINERS or (doc[i].text[:1].islower() and doc[i].is_alpha)):
        if doc[i].lower_ in PREPOSITIONS or doc[i].lower_ in FUSED_PREPOSITIONS:
            return doc[i].lower_
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].lower_ in PREPOSITIONS else None


def is_impending(verb: Token) -> bool:
    """`drohen` of what looms, not a threat: `seinem Land drohten Engpässe`, `Dem Unternehmen droht die Pleite`,
    `Die Einigung drohe zu scheitern`; a threat is made `mit` something or by someone (`Russland drohte der
    Ukraine`, `der Präsident drohte`, `drohte, die Zölle zu verdoppeln`). Needs a parse."""
    if verb_lemma(verb) != "drohen" or not has_parse(verb.doc):
        return False
    clause = clause_of(verb)
    if any(t.lower_ == "mit" for t in verb.doc[verb.sent.start : clause.end]):
        return False  # "mit Sanktionen, Zöllen und Strafen drohen"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "sb")), None)
    if subject is not None:  # "Die Einigung drohe zu scheitern" looms, whatever follows
        return not (subject.pos_ in ("PROPN", "PRON") or is_role(subject) or organisation_head(subject) is not None)
    after = verb.doc[clause.end : min(clause.end + 10, verb.sent.end)]
    if any(is_zu_infinitive(t) and t.pos_ in ("VERB", "AUX") for t in (*clause, *after)):
        return False  # "drohte, die Zölle zu verdoppeln"; not "bis zu zehn Jahre"
    return not any(t.pos_ in ("PROPN", "PRON") or is_role(t) for t in clause if t.i < verb.i)


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
    return _strip_genitive(doc[i - 1].lower_) not in TIME_NOUNS


TIME_NOUNS = frozenset({*WEEKDAYS, *MONTHS, *PARTS_OF_DAY, "tag", "woche", "wochenende", "monat", "jahr"})


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


def owner_after(role: Token) -> int | None:
    """Where the organisation a member noun belongs to is named after it, past the name of its unit: after a
    genitive article's place (`Sprecher des`, `Kommando Ost der`) or after `von` (`ein Sprecher von Siemens`,
    `der Kollege von der AfD`)."""
    doc = role.doc
    i = role.i + 1
    while i < min(role.i + 3, len(doc) - 1) and is_capitalised_word(doc[i]) and doc[i].lower_ not in DETERMINERS:
        i += 1
    if i + 1 >= len(doc):
        return None
    if doc[i].lower_ in ("des", "der"):
        return i
    return i + 1 if doc[i].lower_ in ("von", "vom") else None


def article_of(mention: ActorMention, doc: Doc) -> Token | None:
    """The word that may be a mention's article: the first of its phrase if that is one (`der Minister X`), else
    the word before it (`der Zeitung`) or before its quotation mark (`der „Rheinischen Post“`); None at the start of
    the text."""
    first = mention.phrase_start
    i = first if doc[first].lower_ in DETERMINERS else first - 1
    while i > 0 and doc[i].is_quote:
        i -= 1
    return doc[i] if i >= 0 else None


def word_after(token: Token) -> Token | None:
    """The word after `token`, past a quotation mark (`der „Rheinischen Post“`)."""
    i = _past_quotes(token.doc, token.i + 1)
    return token.doc[i] if i < len(token.doc) else None


def is_adjective(token: Token) -> bool:
    """An attributive adjective: lower case, an adjective ending, and not a verb or an article."""
    if token.pos_:  # the tagger's VVFIN over the morphologizer's ADJ, its ADJA over NOUN ("66-jährige")
        return (token.pos_ == "ADJ" or token.tag_ == "ADJA") and not token.tag_.startswith("V")
    lemma = token.lemma_.lower()
    lower_case = token.text[0].islower() or (token.is_sent_start and token.lemma_[:1].islower())
    return (
        token.is_alpha
        and lower_case
        and token.lower_.endswith(ADJECTIVE_ENDINGS)
        and token.lower_ not in DETERMINERS
        and not lemma.endswith(("en", "ern", "eln"))
    )


def _role_persons(doc: Doc, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """`Bundeskanzler Olaf Scholz (SPD)`, `der französische Präsident Emmanuel Macron`, `Herr Gauland`."""
    for token in doc[:-1]:
        honorific = token.lower_ in HONORIFICS and token.text[0].isupper()
        if not (is_role(token) or honorific or _describes_a_name(token, gazetteer)):
            continue
        end = _name_after(doc, token.i + 1, gazetteer)
        if end == token.i + 1 or (not honorific and end == token.i + 2 and _common_noun(doc[token.i + 1])):
            continue  # "warf dem Kanzler Realitätsverlust vor"; but "Herr Trabant" is a name
        if honorific:
            yield Candidate(token.i + 1, end, "Person", doc[token.i + 1 : end].text, "role", phrase_start=token.i)
            continue
        start, role, nationality = _role_phrase_start(doc, token, gazetteer)
        affiliations = [_affiliation(token, gazetteer)] if "-" in token.text else []
        party = _party_after(doc, end, gazetteer)
        known = gazetteer.lookup(doc[token.i + 1 : end].text)  # "Regierungschef Viktor Orban" is Viktor Orbán
        known = known if known is not None and known.type == "Person" else None
        yield Candidate(
            token.i + 1,
            end,
            "Person",
            known.name if known is not None else doc[token.i + 1 : end].text,
            "role",
            roles=[role],
            affiliations=[a for a in (*affiliations, party) if a],
            nationality=nationality,
            phrase_start=start,
            qid=known.qid if known is not None else None,
        )


def _describes_a_name(token: Token, gazetteer: Gazetteer) -> bool:
    """`die Ozeanografin Anna Schmidt`, `der Unternehmer Peter Braun`: a common noun between an article (and
    adjectives) and a known first name with a surname says what the person is."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and is_adjective(doc[i]):
        i -= 1  # "die frühere Weltranglistenerste Simona Halep"
    if i < 0 or doc[i].lower_ not in DEFINITE_ARTICLES or token.pos_ not in ("NOUN", ""):
        return False
    if not is_capitalised_word(token) or organisation_head(token) is not None or token.i + 2 >= len(doc):
        return False
    first, last = doc[token.i + 1], doc[token.i + 2]
    return first.text in first_name_genders() and _is_name_token(last, gazetteer)


def _affiliation(role: Token, gazetteer: Gazetteer) -> str | None:
    """The organisation in a compound role: "Nato-Generalsekretär" → NATO."""
    entry = gazetteer.lookup(role.text.split("-", 1)[0])
    return entry.name if entry is not None and entry.type == "Organization" else None


def _party_after(doc: Doc, end: int, gazetteer: Gazetteer) -> str | None:
    """A party in brackets after a name: "Olaf Scholz (SPD)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        inner = doc[end + 1]
        entry = gazetteer.lookup(inner.text)
        if entry is not None and entry.type == "Organization":
            return entry.name
        if inner.text.isupper() and len(inner.text) <= 6:
            return inner.text
    return None


def _appositions(doc: Doc) -> Iterator[Candidate]:
    """`Der Vorsitzende der Münchner Sicherheitskonferenz, Wolfgang Ischinger, ...`: a role, a comma, a name."""
    for sent in doc.sents:
        tokens = list(sent)
        for k, comma in enumerate(tokens):
            end = _apposed_name_end(tokens, k + 1) if comma.text == "," else None
            if end is None:
                continue
            role = next((t for t in tokens[:k] if is_role(t)), None)
            if role is None or (role.i == 0 and not role.text[0].isupper()):
                continue
            start = role.i - 1 if role.i > sent.start and doc[role.i - 1].lower_ in DETERMINERS else role.i
            name = doc[tokens[k + 1].i : end]
            yield Candidate(
                name.start,
                name.end,
                "Person",
                name.text,
                "apposition",
                roles=[doc[role.i : comma.i].text],
                phrase_start=start,
            )


def _apposed_name_end(tokens: list[Token], k: int) -> int | None:
    """The end of a name of two words, or with particles between (`Konstantin von Notz`), from `tokens[k]` to a
    comma or full stop; None if no such name stands there."""
    j = k + 1
    while j < len(tokens) - 1 and tokens[j].lower_ in NAME_PARTICLES:
        j += 1
    if j >= len(tokens) - 1 or not (_plain_name(tokens[k]) and _plain_name(tokens[j])):
        return None
    return tokens[j].i + 1 if tokens[j + 1].text in {",", "."} else None


def _plain_name(token: Token) -> bool:
    """A word that could be part of a name: not an article, a form of address or a role (`Herr Kommissar`)."""
    return (
        token.is_alpha
        and token.text[0].isupper()
        and not token.text.isupper()
        and token.lower_ not in DETERMINERS
        and token.lower_ not in HONORIFICS
        and not is_role(token)
    )


def _ner(doc: Doc, gazetteer: Gazetteer, quotes: list[Quote]) -> Iterator[Candidate]:
    """Entities from a trained recogniser, canonicalised through the gazetteer where it knows them."""
    for ent in _person_split_off(doc.ents):
        if ent.label_ == "PER" and _named_thing(ent, quotes):
            continue
        span = _strip_determiners(_whole_name(ent) if ent.label_ == "ORG" else _with_surname(ent, gazetteer))
        if span is not None and len(span) > 1 and _kind_of_organisation(span[0]):
            span = span[1:]  # "die Regierungspartei Georgischer Traum" is called "Georgischer Traum"
        if span is not None and len(span) > 2 and is_role(span[1]) and _genitive_country(doc, span[1], gazetteer):
            span = span[1:]  # "Israels Regierungschef Netanjahu": the country's genitive is not part of the name
        while span is not None and len(span) > 1 and (is_role(span[0]) or _not_a_name_part(span[0])):
            span = span[1:]  # "Kremlsprecher Dmitri Peskow", "Herr Blak": the role is not part of the name
        if span is None or not any(char.isalpha() for char in span.text):
            continue  # a recogniser's entity of spaces or signs names nothing
        if len(span) > 1 and ent.label_ != "PER" and _country_and_noun(span, gazetteer):
            span = span[:1] if _is_country(span[0], gazetteer) else span  # "liefert der Ukraine Panzer"
        entry = gazetteer.lookup(span.text)
        if entry is not None and _common_word(span, entry, quotes) and _article_before(span[0]) in NEUTER_ARTICLES:
            continue  # "Das Bild hätte nie in unsere Sammlung gelangen dürfen": a painting, not the paper
        if entry is not None:
            yield _from_entry(span, entry, "ner")
        elif _attribute_alone(span):
            continue  # "der Zweite Senat": an adjective names nothing without its noun
        elif len(span) == 1 and ROAD.fullmatch(span.text):
            yield Candidate(span.start, span.end, "Place", span.text, "ner")  # "auf der A15"
        elif len(span) == 1 and _after_place_noun(span):
            yield Candidate(span.start, span.end, "Place", span.text, "ner")  # "auf der Insel Rhodos"
        elif len(span) > 1 and span[-1].text in LEGAL_FORMS:
            yield Candidate(span.start, span.end, "Organization", span.text, "ner")  # "die Autobahn GmbH"
        elif ent.label_ == "PER" and all(_is_name_part(t) for t in span) and not _common_word_opening(span):
            if _place_in_a_country(span, gazetteer):
                yield Candidate(span.start, span.end, "Place", span.text, "ner")  # "im brasilianischen Belém"
                continue
            if len(span) == 1 and _common_noun(span[0]):
                continue  # "China startet Großmanöver": a common noun no name list knows is no one's name
            if len(span) == 1 and _after_preposition_and_article(span):
                yield Candidate(span.start, span.end, "Place", span.text, "ner")  # "aus dem Südlibanon"
                continue
            if _country_and_noun(span, gazetteer):
                continue  # "warf Israel Kriegsverbrechen vor": a country and the noun after it
            if not _named_institution(span):
                yield Candidate(span.start, span.end, "Person", span.text, "ner")
            else:  # "das Robert Koch-Institut"
                yield Candidate(span.start, span.end, "Organization", _citation_form(span), "ner")
        elif len(span) == 2 and (owned := _owned_institution(span[-1], gazetteer, "ner")) is not None:
            yield owned  # NER's "Russlands Außenministerium"
        elif ent.label_ == "ORG" and _particle_name(span):
            yield Candidate(span.start, span.end, "Person", span.text, "ner")  # NER's ORG "Marine Le Pen"
        elif ent.label_ == "ORG" and _plural_institution(span[-1]):
            yield Candidate(span.start, span.end, "Group", span.text, "ner")  # "Hilfs- und Umweltorganisationen"
        elif ent.label_ == "ORG" or (len(span) > 1 and organisation_head(span[0])) or _institution_place(ent, span):
            head = organisation_head(span[-1]) if len(span) == 1 else None
            name = _strip_genitive(span.text, lower_head=head) if head else _citation_form(span)
            yield Candidate(span.start, span.end, "Organization", name, "ner")  # "des GKV-Spitzenverbands"
        elif ent.label_ == "LOC" and len(span) > 1 and (is_role(span[-1]) or span[-1].lower_ in MEMBER_HEADS):
            continue  # "die Straßburger Richter": people of a place, not the place
        elif ent.label_ == "LOC" and len(span) == 1 and span[0].lower_.endswith(("kreise", "kreisen")):
            continue  # "aus Diplomatenkreisen": a group of sources, which the group finder names
        elif (ent.label_ == "LOC" and not _named_compound(span, gazetteer)) or _place_in_a_country(span, gazetteer):
            yield Candidate(span.start, span.end, "Place", span.text, "ner")


def _part_of_month(token: Token) -> bool:
    """`Mitte April`, `Anfang Juni`, `Ende Mai`: a time, which no name runs on into."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("mitte", "anfang", "ende") and nxt is not None and nxt.lower_ in MONTHS


def _person_split_off(ents: Iterable[Span]) -> Iterator[Span]:
    """A recogniser's place or organisation that runs on into a first name and a surname is two entities: the
    place and the person (`Nordrhein-Westfalen Joachim Stamp`); one that runs on into a verb ends before it
    (`Bundesstelle für Eisenbahnunfalluntersuchung hat Ermittler`) or a time (`der Verband am Mittwoch`)."""
    for whole in ents:
        verb = next((t.i for t in whole[1:] if t.pos_ in ("VERB", "AUX") and t.is_lower), None)
        time = next((t.i for t in whole[1:-1] if t.is_lower and t.nbor().lower_ in TIME_NOUNS), None)
        time = time or next((t.i for t in whole[1:] if _part_of_month(t)), None)  # "in Kairo Mitte April"
        end = min(i for i in (verb, time, whole.end) if i is not None)
        while end - whole.start > 1 and whole.doc[end - 1].is_lower and whole.doc[end - 1].pos_ == "ADP":
            end -= 1  # "Bundesstelle für Seeunfalluntersuchung in": the place the recogniser stopped before
        ent = whole if end == whole.end else Span(whole.doc, whole.start, end, label=whole.label_)
        names = [t.i for t in ent[1:-1] if ent.label_ != "PER" and t.text in first_name_genders()]
        titled = bool(names) and any(is_role(t) for t in ent.doc[ent.start : names[0]])  # "BSI-Präsidentin X Y"
        if names and not titled and is_capitalised_word(ent.doc[names[0] + 1]):
            yield Span(ent.doc, ent.start, names[0], label=ent.label_)
            yield Span(ent.doc, names[0], ent.end, label="PER")
        else:
            yield ent


def _with_surname(ent: Span, gazetteer: Gazetteer) -> Span:
    """A recogniser's person that is a first name alone goes on to the capitalised word after it, which it took
    for a noun (`Henrike Althaus`, `Sven-Christian Kindler`)."""
    doc, end = ent.doc, ent.end
    listed = bool(name_flags(ent[0]) & FIRST_NAME)
    first_name = listed or any(part in first_name_genders() for part in ent[-1].text.split("-"))
    if ent.label_ != "PER" or len(ent) != 1 or not first_name or end >= len(doc) or doc[end].ent_type_:
        return ent
    return doc[ent.start : end + 1] if _is_name_token(doc[end], gazetteer) else ent


def _after_place_noun(span: Span) -> bool:
    """A name after a noun for a kind of place (`die Insel Rhodos`), or after `Stadt` or `Gemeinde` where a
    preposition governs it (`in der finnischen Stadt Vantaa`; `Die Stadt Köln kündigte an` is its council)."""
    doc, i = span.doc, span.start - 1
    if i < 0:
        return False
    if doc[i].lower_.endswith(PLACE_NOUNS):
        return True
    if not doc[i].lower_.endswith(("stadt", "gemeinde")):
        return False
    j = i - 1
    while j >= 0 and (is_adjective(doc[j]) or doc[j].lower_ in DETERMINERS):
        j -= 1
    return doc[i - 1].lower_ in FUSED_PREPOSITIONS or (j >= 0 and doc[j].lower_ in PREPOSITIONS)


def _whole_name(ent: Span) -> Span:
    """A recogniser's organisation that ends in an adjective goes on to the noun after it (`Regierungspartei
    Georgischer` → `... Georgischer Traum`, `Vereinte` → `Vereinte Nationale Bewegung`)."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end - 1].lower_.endswith(ADJECTIVE_ENDINGS) and is_capitalised_word(doc[end]):
        if doc[end - 1].pos_ == "NOUN" or doc[end].ent_type_ == "PER":
            break  # "des Belgischen Expressionisten James Ensor": a noun in -en, and a person after it
        if not doc[end].is_alpha or doc[end].pos_ not in ("NOUN", "PROPN", "ADJ", ""):
            break
        end += 1
    return doc[ent.start : end]


_KINDS_OF_ORGANISATION = GENERIC_COMPOUND_HEADS | ASSOCIATION_HEADS | set(FIRM_HEADS)


def _kind_of_organisation(token: Token) -> bool:
    """A compound that says what kind of organisation a name is (`Regierungspartei`, `Terrormiliz`,
    `Digitalverband`, `Softwarekonzern`), not `Partei` opening a name (`Partei für die Freiheit`) nor an institution
    named after its place (`Universität Bielefeld`)."""
    head = organisation_head(token)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    compound = _strip_genitive(token.lower_) != head  # not "des Verbandes Deutscher Verkehrsunternehmen"
    return head in _KINDS_OF_ORGANISATION and compound and following is not None and is_capitalised_word(following)


def _particle_name(span: Span) -> bool:
    """A first name, a name particle and a surname (`Marine Le Pen`, `Ursula von der Leyen`) is a person's name."""
    inner = [t.lower_ for t in span[1:-1]]
    return len(span) >= 3 and span[0].text in first_name_genders() and bool(inner) and set(inner) <= NAME_PARTICLES


def _after_preposition_and_article(span: Span) -> bool:
    """One name right after a preposition and its article (`aus dem Südlibanon`, `im Donbass`), or after `aus` or
    `nach` (`eine Frau aus Lorsch`; not `nach Merkels Rede`): a person there would have a role between (`mit dem
    Kanzler Scholz`)."""
    doc, i = span.doc, span.start
    fused = i > 0 and doc[i - 1].lower_ in FUSED_PREPOSITIONS
    origin = i > 0 and doc[i - 1].lower_ in ("aus", "nach") and not span.text.endswith(("s", "'", "’"))
    return fused or origin or (i > 1 and doc[i - 1].lower_ in DEFINITE_ARTICLES and doc[i - 2].lower_ in PREPOSITIONS)


def _country_and_noun(span: Span, gazetteer: Gazetteer) -> bool:
    """A recogniser's entity made of a country's name and common nouns (not `Israel Katz`: a surname follows)."""
    countries = [t for t in span if _is_country(t, gazetteer)]
    return bool(countries) and all(t in countries or _common_noun(t) for t in span)


def _is_country(token: Token, gazetteer: Gazetteer) -> bool:
    """A word the gazetteer knows as a country's name (`Ukraine`)."""
    entry = gazetteer.lookup(token.text)
    return entry is not None and entry.type == "Country"


def _place_in_a_country(span: Span, gazetteer: Gazetteer) -> bool:
    """`im brasilianischen Belém`, `ins polnische Rzeszów`: one name after a preposition of place and a country's
    adjective is a place (a person there has a role between: `der brasilianische Präsident Lula`)."""
    doc = span.doc
    if len(span) != 1 or span.start < 2:
        return False
    adjective, preposition = doc[span.start - 1], doc[span.start - 2]
    if preposition.lower_ not in ("im", "ins", "in", "nach", "aus", "vom"):
        return False
    return adjective.text[:1].islower() and gazetteer.country_for_adjective(adjective.text) is not None


def _attribute_alone(span: Span) -> bool:
    """A single attributive adjective before a noun (`Zweite` in `der Zweite Senat`)."""
    doc = span.doc
    return len(span) == 1 and span[0].tag_ == "ADJA" and span.end < len(doc) and is_capitalised_word(doc[span.end])


def _named_institution(span: Span) -> bool:
    """A name whose last word is an institution noun, alone or after a hyphen (`Robert Koch-Institut`)."""
    last = _strip_genitive(span[-1].lower_).rsplit("-", 1)[-1]
    return len(span) > 1 and last in ORGANIZATION_HEADS


def _named_thing(ent: Span, quotes: list[Quote]) -> bool:
    """`das Sturmtief „Zoltan“`, `die Operation „Barbarossa“`: a quoted name right after a common noun that is no
    role names that thing, not a person."""
    quoted = any(q.start <= ent.start_char and ent.end_char <= q.end for q in quotes)
    i = ent.start - 1
    while i > 0 and ent.doc[i].is_quote:
        i -= 1
    noun = ent.doc[i] if i >= 0 and i < ent.start - 1 else None
    return quoted and noun is not None and noun.pos_ in ("NOUN", "") and is_capitalised_word(noun) and not is_role(noun)


def _institution_place(ent: Span, span: Span) -> bool:
    """A recogniser's place named by an institution noun is the institution (`des Potsdam-Instituts`)."""
    return ent.label_ == "LOC" and organisation_head(span[-1]) is not None


def _owned_institution(token: Token, gazetteer: Gazetteer, source: str) -> Candidate | None:
    """An institution noun after a country's genitive (`Russlands Außenministerium`), named as the institution with
    the country's adjective."""
    head = organisation_head(token)
    owner = _genitive_country(token.doc, token, gazetteer) if head is not None else None
    if owner is None or head is None or not owner.adjectives or "-" in token.text:
        return None
    name = _national_name(owner, _strip_genitive(token.text, lower_head=head), head)
    return Candidate(token.i, token.i + 1, "Organization", name, source, nationality=owner.name)


def _citation_form(span: Span) -> str:
    """A name as it is cited, without the case its article gives it: `der Rheinischen Post` → `Rheinische Post`,
    `das Statistische Bundesamt` → `Statistisches Bundesamt`, `der Freien Wähler` → `Freie Wähler`. After a
    definite article an adjective is weak (`-e`, `-en`); a name is cited with the strong ending of its gender, read
    from the article and, where that is ambiguous, from the institution noun that heads the name."""
    doc = span.doc
    inner = next((t.i for t in span[1:] if t.lower_ in ARTICLES or t.lower_ == "für"), None)
    if inner is not None:  # "des Verbands der Chemischen Industrie": only the head's words take its case
        return f"{_citation_form(doc[span.start : inner])} {doc[inner : span.end].text}"
    i = span.start - 1
    while i > 0 and doc[i].is_quote:
        i -= 1  # der "Rheinischen Post"
    adjectives = [t for t in span[:-1] if is_capitalised_word(t) and t.text.endswith(("e", "en", "em"))]
    noun = next((t for t in span if t not in adjectives), span[-1])  # "der Technischen Universität Darmstadt"
    head = organisation_head(noun) or organisation_head(span[-1])
    article = doc[i].lower_ if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES else ""
    if len(span) == 1 and head and article == "des":  # "des Instituts für Wirtschaftsforschung"
        return _strip_genitive(span.text, lower_head=head)
    if len(span) < 2 or not all(t.whitespace_ for t in span[:-1]):
        return span.text
    if not adjectives:  # "des Thüringer Wirtschaftsministeriums": a place's adjective does not inflect
        return f"{doc[span.start : span.end - 1].text} {_nominative_noun(span[-1])}" if article == "des" else span.text
    if not article and not adjectives[0].text.endswith("em"):
        return span.text  # "Laut Deutschem Wetterdienst": strong dative, cited as "Deutscher Wetterdienst"
    gender = _gender_after(article, oblique=adjectives[0].text.endswith(("en", "em")), head=head, noun=noun)
    if gender is None:
        return span.text
    ending = STRONG_ENDINGS[gender]
    words = [t.text[: len(_adjective_stem(t.text))] + ending if t in adjectives else t.text for t in span[:-1]]
    last = _nominative_noun(span[-1]) if article == "des" else span[-1].text
    return " ".join([*words, last])


def _nominative_noun(token: Token) -> str:
    """A common noun after `des` without its genitive ending: an institution's (`Ministeriums` → `Ministerium`) or
    `-es` after a consonant (`Mieterbundes` → `Mieterbund`); not `Währungsfonds`, nor a name (`AfD`)."""
    text = token.text
    if head := organisation_head(token):
        return _strip_genitive(text, lower_head=head)
    if token.pos_ not in ("NOUN", "") or not text.endswith("es") or len(text) < 6 or text.isupper():
        return text
    return text[:-2] if text[-3] not in "aeiouäöü" else text


def _gender_after(article: str, *, oblique: bool, head: str | None, noun: Token) -> str | None:
    """The gender (or plural) of a noun after a definite article (or none) and an adjective in `-en`/`-em`
    (oblique) or `-e`, from the article, else from the institution noun or the morphologizer."""
    morph = {"Masc": "m", "Fem": "f", "Neut": "n"}.get(next(iter(noun.morph.get("Gender")), ""))
    known = noun_gender(head) if head else morph
    if not article:
        return known if known in ("m", "n") else None  # "Deutschem": a strong dative is masculine or neuter
    if article == "das":
        return "n"
    if article == "die":
        return "pl" if oblique else "f"
    if article == "der":
        return (known or "f") if oblique else "m"  # der Deutschen Bank, der Freien Wähler; der Deutsche Bund
    return known if article in ("dem", "des", "den") else None


def _not_a_name_part(token: Token) -> bool:
    return not is_capitalised_word(token) or token.lower_ in HONORIFICS


def _is_name_part(token: Token) -> bool:
    """Words of a personal name: `Weiler-Kiderlen`, the initial `K.`, `II.`."""
    return token.text.replace("-", "").replace(".", "").isalpha() and not token.is_punct


def _common_word_opening(span: Span) -> bool:
    """`Bloß kein Sonderweg`, `Botschaften`: one word that is a common noun, or opens its sentence and is not
    tagged a proper noun, is not a name. Right after a finite full verb (`sagte Griffin`, `meinte Bauermann`) a bare
    capitalised word is the inverted subject, where German puts a name: a common noun there takes an article, so
    the tagger's NOUN for an unknown surname does not count."""
    first = span[0]
    opening = first.is_sent_start or (first.i > 0 and first.doc[first.i - 1].is_quote)
    inverted = first.i > 0 and first.doc[first.i - 1].tag_ == "VVFIN"
    common = first.is_stop or (first.pos_ == "NOUN" and not inverted)
    return len(span) == 1 and (common or (opening and first.pos_ not in ("PROPN", "")))


def _named_compound(span: Span, gazetteer: Gazetteer) -> bool:
    """`Ukraine-Konflikt`, `EU-Gipfel`: a compound on a country or organisation is about it, not a place of its
    own (`Berlin-Mitte` is a place)."""
    first, _, rest = span.text.partition("-")
    entry = gazetteer.lookup(first) if rest else None
    return entry is not None and entry.type in ("Country", "Organization")


def _strip_determiners(span: Span) -> Span | None:
    start = span.start
    while start < span.end and span.doc[start].lower_ in DETERMINERS:
        start += 1
    return span.doc[start : span.end] if start < span.end else None


def _from_entry(span: Span, entry: Entry, source: str) -> Candidate:
    return Candidate(span.start, span.end, entry.type, entry.name, source, qid=entry.qid)


def _gazetteer(doc: Doc, gazetteer: Gazetteer, quotes: list[Quote]) -> Iterator[Candidate]:
    """Every span of up to five tokens that the gazetteer knows, inflected forms included; articles stay outside
    the name, and a common word (`Dann`, `Weil`, `Bild`) is a name only where it cannot be that word."""
    for i, token in enumerate(doc):
        if not is_capitalised_word(token) or token.lower_ in DETERMINERS:
            continue
        for n in range(min(5, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if not is_capitalised_word(span[-1]) or any(t.is_punct and t.text not in "-." for t in span):
                continue
            entry = gazetteer.lookup(span.text)
            if entry is not None and not _common_word(span, entry, quotes):
                if not (span.text.lower() in GROUP_ALIASES and _compass_point(span[-1])):  # "im Westen des Landes"
                    yield _from_entry(span, entry, "gazetteer")
                break


NEUTER_ARTICLES = frozenset({"das", "ein", "dieses", "ins"})  # not "im": "sagte im Deutschlandfunk"


def _common_word(span: Span, entry: Entry, quotes: list[Quote]) -> bool:
    if len(span) > 1 or span.text.isupper():
        return False
    token = span[0]
    if token.is_stop:
        return True
    quoted = any(q.start <= token.idx < q.end for q in quotes)
    followed = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text.startswith("-")
    described = token.i > 0 and organisation_head(token.doc[token.i - 1]) is not None  # "die Agentur Interfax"
    return entry.kind == "media" and not (quoted or followed or described or "-" in token.text)


def _clubs(doc: Doc, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Sports clubs, named by a club word and their town (`Eintracht Frankfurt`, `1. FC Köln`, `gegen Union
    Berlin`): one organisation, not a place and not the CDU/CSU that `Union` alone may be."""
    for token in doc:
        if token.lower_ not in CLUB_WORDS or not token.text[:1].isupper():
            continue
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].text == "1." else token.i
        end = token.i + 1
        while end < len(doc) and end - token.i <= 2 and _club_name_part(doc[end], gazetteer):
            end += 1
        if end > token.i + 1:
            yield Candidate(start, end, "Organization", doc[start:end].text, "club")


def _club_name(name: str) -> bool:
    """A club's name: a club word first (`Eintracht Frankfurt`, `1. FC Köln`) or a club noun in it (`Chaos
    Computer Club`)."""
    words = [w.lower() for w in name.split()]
    return any(w in CLUB_WORDS for w in words[:2]) or any(w in CLUB_ANAPHORS for w in words)


def _club_name_part(token: Token, gazetteer: Gazetteer) -> bool:
    """A town's name or a club word after a club word (`Frankfurt`, `München`, `BSC`, `04`)."""
    if token.like_num and len(token) <= 2:
        return True  # "Schalke 04", "Darmstadt 98"
    if token.lower_ in CLUB_WORDS:
        return True
    entry = gazetteer.lookup(token.text)
    known_place = entry is not None and entry.type == "Place"
    return is_capitalised_word(token) and (known_place or token.pos_ == "PROPN") and not is_role(token)


def _organisations(doc: Doc, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """Nouns that name institutions: `Verteidigungsministerium`, `US-Regierung`, `des französischen Präsidialamtes`."""
    for token in doc:
        if not is_capitalised_word(token) or token.pos_ not in ("NOUN", "PROPN", ""):
            continue
        head = organisation_head(token)
        if token.i > 0 and _quantified(doc[token.i - 1]):
            continue  # "mehrerer US-Sender", "zwei Ministerien": a number of them is no one actor
        if _plural_institution(token):
            yield Candidate(token.i, token.i + 1, "Group", token.text, "group")  # "Menschenrechtsorganisationen"
            continue
        if head is None:
            continue
        base = _strip_genitive(token.text, lower_head=head)
        if head in NAMED_AFTER_HEAD and (end := _proper_noun_run(doc, token.i + 1)) > token.i + 1:
            name = doc[token.i + 1 : end].text  # "der Autozulieferer Kessler & Brandt", whatever NER missed
            yield Candidate(token.i + 1, end, "Organization", name, "organisation", phrase_start=token.i)
        adjective = _preceding_adjective(doc, token)
        country = gazetteer.country_for_adjective(adjective.text) if adjective is not None else None
        indefinite = adjective is not None and adjective.i > 0 and doc[adjective.i - 1].lower_.startswith("ein")
        if (known := _known_as(base, gazetteer)) is not None:  # "die (libanesische) Hisbollah-Miliz" is the Hisbollah
            yield _from_entry(doc[token.i : token.i + 1], known, "organisation")
        elif country is not None and adjective is not None and not indefinite:  # not "für einen russischen Dienst"
            end = _remit(doc, token) or token.i + 1  # "die britische Behörde für maritime Sicherheit"
            name = f"{strong_nominative(adjective.text, noun_gender(head)).capitalize()} {doc[token.i : end].text}"
            name = name.replace(token.text, base, 1)
            yield Candidate(adjective.i, end, "Organization", name, "organisation", nationality=country.name)
        elif (owned := _owned_institution(token, gazetteer, "organisation")) is not None:
            yield owned  # "Taiwans Verteidigungsministerium"
        elif (end := _genitive_of_members(doc, token, base, head, gazetteer) or _remit(doc, token)) is not None:
            yield Candidate(token.i, end, "Organization", f"{base} {doc[token.i + 1 : end].text}", "organisation")
        elif (named := _capitalised_attribute(doc, token)) is not None:  # "das Statistische Bundesamt"
            name = _citation_form(doc[named : token.i + 1])
            yield Candidate(named, token.i + 1, "Organization", name, "organisation")
        elif "-" in base and base.rsplit("-", 1)[1].lower() in FIRM_HEADS:  # "der Volkswagen-Konzern" is Volkswagen
            yield Candidate(token.i, token.i + 1, "Organization", base.rsplit("-", 1)[0], "organisation")
        elif _acronym(prefix := base.rpartition("-")[0]) and head in ORGANISATION_ANAPHORS:
            yield Candidate(token.i, token.i + 1, "Organization", prefix, "organisation")  # "die RSF-Miliz" is the RSF
        elif "-" in base or (len(base) > len(head) + 2 and head not in GENERIC_COMPOUND_HEADS):
            yield Candidate(token.i, token.i + 1, "Organization", base, "organisation")  # "Verteidigungs|ministerium"
        elif base.lower() in DEFINITE_INSTITUTIONS and token.i > 0 and doc[token.i - 1].lower_ in SOURCE_ARTICLES:
            yield Candidate(token.i, token.i + 1, "Organization", base, "organisation")  # "die Polizei", "laut Polizei"
        elif (after := _past_quotes(doc, token.i + 1)) < len(doc) and is_capitalised_word(doc[after]):
            yield Candidate(token.i, token.i + 1, "Organization", base, "descriptor")  # "der Sender CNN"


def _known_as(base: str, gazetteer: Gazetteer) -> Entry | None:
    """The known organisation a compound of its name and a noun for its kind names (`Hisbollah-Miliz`)."""
    name, _, kind = base.rpartition("-")
    entry = gazetteer.lookup(name) if name and kind.lower() in ORGANISATION_ANAPHORS else None
    return entry if entry is not None and entry.type == "Organization" else None


def _plural_institution(token: Token) -> bool:
    """`Menschenrechtsorganisationen`, `Umweltorganisationen`: the plural of a compound institution noun names a
    group (the bare plural, `die Parteien`, no more than the bare singular names one)."""
    lower = token.lower_
    if _head_of(lower) is not None:
        return False  # "Revolutionsgarden" is one body
    for ending in ("en", "n"):
        head = _head_of(lower[: -len(ending)]) if lower.endswith(ending) else None
        if head is not None:
            return len(lower) - len(ending) > len(head) + 2  # a compound: "Hilfsorganisationen", not "Parteien"
    return False


def _quantified(token: Token) -> bool:
    return token.lower_ in QUANTIFIERS or token.like_num


def _genitive_of_members(doc: Doc, token: Token, base: str, head: str, gazetteer: Gazetteer) -> int | None:
    """`der Zentralrat der Juden`, `der Verband der Ersatzkassen`: an institution noun that is its own head and
    whom it represents, in the genitive plural, are one name; the end of that name. An association is named
    after whomever it organises (`die Gewerkschaft der Polizei`). Not `die Regierung der Ukraine` (a country
    the institution belongs to) nor `die Polizei der Stadt` (an institution every place has)."""
    if base.lower() != head or head in DEFINITE_INSTITUTIONS or token.i + 2 >= len(doc):
        return None
    article, j = doc[token.i + 1], token.i + 2
    while j + 1 < len(doc) and doc[j].pos_ == "ADJ" and is_capitalised_word(doc[j]):
        j += 1  # "der Verband der Chemischen Industrie"
    member = doc[j]
    if article.lower_ != "der" or not is_capitalised_word(member) or member.pos_ not in ("NOUN", ""):
        return None
    plural = member.lower_.endswith(("en", "er", "e")) or head in ASSOCIATION_HEADS
    return j + 1 if gazetteer.lookup(member.text) is None and plural else None


def _remit(doc: Doc, token: Token) -> int | None:
    """The end of what an institution is for, which is part of its name (`Bundesamt für Migration und
    Flüchtlinge`, `Institut für Klimafolgenforschung`, `Bundeszentrale für politische Bildung`)."""
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "für":
        return None
    i = token.i + 2
    while i < len(doc):
        while i < len(doc) and is_adjective(doc[i]):
            i += 1
        if i >= len(doc) or not is_capitalised_word(doc[i]) or doc[i].lower_ in DETERMINERS:
            return None if i == token.i + 2 else i
        i += 1
        if not (i + 1 < len(doc) and doc[i].lower_ == "und" and is_capitalised_word(doc[i + 1])):
            return i
        i += 1
    return i


def _capitalised_attribute(doc: Doc, token: Token) -> int | None:
    """Where a name starts whose capitalised adjectives stand between an article and an institution noun (`das
    Statistische Bundesamt`, `der Leipziger Stadtrat`): capitalised, the adjective is part of the name."""
    i = token.i - 1
    while i > 0 and is_capitalised_word(doc[i]) and doc[i].lower_.endswith(("e", "en", "er", "es")):
        if doc[i].lower_ in DETERMINERS:
            break
        if doc[i].pos_ not in ("ADJ", "") and not doc[i].lower_.endswith("er"):
            return None
        i -= 1
    return i + 1 if i + 1 < token.i and doc[i].lower_ in DEFINITE_ARTICLES else None


def _proper_noun_run(doc: Doc, i: int) -> int:
    """End of the proper nouns (tagged so, or acronyms: `GDL`, `epd` before a comma) from token `i` on (`&` may
    join two), or `i`."""
    if i < len(doc) and _lower_case_acronym(doc[i]):
        return i + 1  # "der Nachrichtenagentur epd", "die Zeitung taz"
    end = i
    while end < len(doc) and (_proper_noun(doc[end]) or (end > i and doc[end].text == "&")):
        end += 1
    return end if end > i and _proper_noun(doc[end - 1]) else i


def _lower_case_acronym(token: Token) -> bool:
    closing = token.i + 1 == len(token.doc) or token.nbor().is_punct
    return token.is_alpha and token.is_lower and 2 <= len(token) <= 4 and not token.is_stop and closing


def _proper_noun(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.is_alpha and token.text.isupper() and len(token) > 1)


_NOT_INSTITUTIONS = tuple(NOT_INSTITUTIONS)


def organisation_head(token: Token) -> str | None:
    """The institution noun a word ends in (`Verteidigungsministeriums` → `ministerium`), if any."""
    return _head_of(token.lower_)


def _head_of(word: str) -> str | None:
    lower = _strip_genitive(word.lower())
    if lower.endswith(_NOT_INSTITUTIONS):  # "Geschäftsreisender" travels too
        return None
    return next((head for head in ORGANIZATION_HEADS if lower.endswith(head)), None)


def _forces(doc: Doc, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """`russische Truppen`, `US-Soldaten`, `die Russen`: a country's forces or its people are the country acting,
    and one of its officials speaks for it (`ein israelischer Regierungsvertreter`)."""
    for token in doc:
        if _demonym_plural(token) and (people := gazetteer.country_for_demonym(token.text)) is not None:
            yield Candidate(token.i, token.i + 1, "Country", people.name, "forces", qid=people.qid)
            continue
        prefix, _, head = token.text.rpartition("-")
        adjective = None if prefix else _preceding_adjective(doc, token)
        official = adjective is not None and head.lower().endswith(OFFICIALS_OF_A_COUNTRY)  # "ein israelischer
        if (head.lower() not in FORCES_OF_A_COUNTRY and not official) or not (prefix or adjective):  # Diplomat"
            continue
        entry = gazetteer.lookup(prefix) if prefix else gazetteer.country_for_adjective(adjective.text)
        if entry is not None and entry.type == "Country":
            start = token.i if prefix else adjective.i
            yield Candidate(start, token.i + 1, "Country", entry.name, "forces", qid=entry.qid)


def _demonym_plural(token: Token) -> bool:
    """A noun that may name a people in the plural: after `die`, not feminine (`die Ukrainerin`) or an adjective
    (`die Deutsche`), and no attribute of a name (`die Französische Revolution`)."""
    plural = not token.lower_.endswith(("in", "e"))
    return _after_article(token) == "die" and plural and not _before_capital(token)


def _demonym_singular(token: Token) -> bool:
    """`der Belgier`, `die Französin`, `gegen den 24 Jahre alten Österreicher`: one of a people, after its definite
    article (and an adjective or an age) and before no name."""
    articles = ("die", "der") if token.lower_.endswith("in") else ("der", "den", "dem")
    if not is_capitalised_word(token) or _before_capital(token):
        return False
    i = token.i - 1
    while i > 0 and (is_adjective(token.doc[i]) or token.doc[i].like_num or token.doc[i].lower_ == "jahre"):
        i -= 1
    return i >= 0 and i < token.i and token.doc[i].lower_ in articles


def _after_article(token: Token) -> str | None:
    """The article before a capitalised word, in lower case; None for anything else."""
    return token.nbor(-1).lower_ if token.i > 0 and is_capitalised_word(token) else None


def _before_capital(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and is_capitalised_word(token.nbor())


def _strip_genitive(word: str, lower_head: str | None = None) -> str:
    """`Präsidialamtes` → `Präsidialamt`; with `lower_head`, only where the stripped word ends in that head."""
    for ending in ("es", "s"):
        stripped = word[: -len(ending)]
        if word.endswith(ending) and (lower_head is None or stripped.lower().endswith(lower_head)):
            return stripped
    return word


def _preceding_adjective(doc: Doc, token: Token) -> Token | None:
    """The adjective right before `token`; a quantifier is none (`mehrere Ökonomen`)."""
    before = doc[token.i - 1] if token.i > 0 else None
    return before if before is not None and is_adjective(before) and before.lower_ not in QUANTIFIERS else None


def _adjective_stem(word: str) -> str:
    lower = word.lower()
    for ending in ADJECTIVE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return lower[: -len(ending)]
    return lower


def _national_name(country: Entry, base: str, head: str) -> str:
    """`Taiwanisches Verteidigungsministerium`: an institution named with its country's adjective, as news names it
    with the adjective (`das taiwanische Verteidigungsministerium`)."""
    return f"{strong_nominative(country.adjectives[0], noun_gender(head)).capitalize()} {base}"


def _genitive_country(doc: Doc, token: Token, gazetteer: Gazetteer) -> Entry | None:
    """The country named in the genitive right before `token` (`Taiwans`, `Russlands`)."""
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None or not before.text.endswith("s") or not is_capitalised_word(before):
        return None
    entry = gazetteer.lookup(before.text)
    return entry if entry is not None and entry.type == "Country" else None


STRONG_ENDINGS = {"m": "er", "f": "e", "n": "es", "pl": "e"}  # an adjective's nominative with no article


def strong_nominative(adjective: str, gender: str) -> str:
    """The strong nominative of an adjective before a noun of `gender` ("m", "f", "n", "pl"); one made from a
    place's name does not inflect (`die Straßburger Richter`)."""
    if adjective[:1].isupper() and adjective.endswith("er"):
        return adjective
    return _adjective_stem(adjective) + STRONG_ENDINGS[gender]


def _media(doc: Doc, quotes: list[Quote]) -> Iterator[Candidate]:
    """Titles of media in quotation marks: `die "New York Times"`, `die "Bild"-Zeitung`."""
    text = doc.text
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) > 5 or not all(is_capitalised_word(t) or t.is_punct for t in span):
            continue
        after = text[quote.close_mark + 1 : quote.close_mark + 12] if quote.close_mark is not None else ""
        before = text[max(0, quote.open_mark - 8) : quote.open_mark].split()
        medium_suffix = after.startswith("-") and any(after[1:].lower().startswith(m) for m in _MEDIA_SUFFIXES)
        after_article = bool(before) and before[-1].lower() in DETERMINERS | {"dieser", "diese", "dieses"}
        if medium_suffix or (after_article and len(span) > 1):
            name = text[quote.start : quote.end]
            name = _citation_form(span) if span.text == name else name
            yield Candidate(span.start, span.end, "Organization", name, "media", char_span=(quote.start, quote.end))


_MEDIA_SUFFIXES = ("zeitung", "magazin", "sender", "blatt", "portal")


def _quoted_bodies(doc: Doc, quotes: list[Quote]) -> Iterator[Candidate]:
    """Groups whose name is quoted after the noun for their kind or `namens`: `das Bündnis „Sand im Getriebe“`,
    `eine Gruppe namens „BlackVeil“`."""
    text = doc.text
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if not span or len(span) > 5 or not is_capitalised_word(span[0]) or span[-1].text in ".!?":
            continue  # an empty quotation ("‚ ") has no span
        before = text[max(0, quote.open_mark - 30) : quote.open_mark].split()
        if before and (before[-1].lower() == "namens" or before[-1].lower().endswith(QUOTED_BODY_KINDS)):
            yield Candidate(span.start, span.end, "Organization", span.text, "organisation")


def _groups(doc: Doc, quotes: list[Quote]) -> Iterator[Candidate]:
    """Collective actors: `westliche Staaten`, `die internationale Gemeinschaft`, `Separatisten`, `der Westen`."""
    for token in doc:
        if not is_capitalised_word(token) or _inside_quote(token, quotes):
            continue
        lower = token.lower_
        if lower in GROUP_ALIASES and token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS:
            if not _compass_point(token):
                yield Candidate(token.i, token.i + 1, "Group", GROUP_ALIASES[lower], "group")
            continue
        last = lower.rsplit("-", 1)[-1]
        head = max((h for h in GROUP_HEADS if last.endswith(h) or last.endswith(h + "n")), key=len, default=None)
        if head is None or _members_of_a_named_body(token):
            continue
        adjective = _preceding_adjective(doc, token)
        before = doc[adjective.i - 1] if adjective is not None and adjective.i > 0 else None
        if before is not None and before.lower_ == "des" and adjective is not None:  # a genitive singular: one body
            name = f"{strong_nominative(adjective.text, noun_gender(last[:-1])).capitalize()} {token.text[:-1]}"
            yield Candidate(adjective.i, token.i + 1, "Organization", name, "organisation")  # "des ... Militärs"
            continue
        if before is not None and is_capitalised_word(before) and before.lower_ not in DETERMINERS:
            adjective = None  # "die von Russland unterstützten Separatisten": the participle has its own object
        noun = _group_noun(token)
        if adjective is not None:
            name = f"{strong_nominative(adjective.text, 'pl').capitalize()} {noun}"
            if lower.endswith("gemeinschaft"):
                name = f"{strong_nominative(adjective.text, 'f').capitalize()} {noun}"
            yield Candidate(adjective.i, token.i + 1, "Group", name, "group")
        elif last not in (head, head + "n") or head not in GROUP_HEADS_NEED_ADJECTIVE:  # a compound names its group
            yield Candidate(token.i, token.i + 1, "Group", noun, "group")


def _compass_point(token: Token) -> bool:
    """`im Westen der Halbinsel`, `im Westen Deutschlands`: a part of a place (a genitive follows), not the West."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and (nxt.lower_ in ("der", "des") or (is_capitalised_word(nxt) and nxt.text.endswith("s")))


def _members_of_a_named_body(token: Token) -> bool:
    """`Analysten der Commerzbank`, `Experten des Ifo-Instituts`: members with the body they belong to are no group
    of their own; they speak for it."""
    doc = token.doc
    return token.lower_ in MEMBER_HEADS and owner_after(token) == token.i + 1 and is_capitalised_word(doc[token.i + 2])


def _group_noun(token: Token) -> str:
    """The plural nominative of a group noun: "Verbündeten" → "Verbündete", "Koalitionskreisen" →
    "Koalitionskreise", "Staaten" stays."""
    text = token.text
    heads_in_e = [h for h in GROUP_HEADS if h.endswith("e") and text.lower().endswith(h + "n")]
    return text[:-1] if heads_in_e else text


def _inside_quote(token: Token, quotes: list[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


# --- resolution ---------------------------------------------------------------------------------------------------

_SOURCE_RANK = {
    "apposition": 0,
    "role": 1,
    "gazetteer": 2,
    "media": 3,
    "ner": 4,
    "organisation": 5,
    "descriptor": 5,
    "forces": 6,
    "group": 7,
}


def _settle_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates; on ties, the more reliable finder."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), _SOURCE_RANK.get(c.source, 9), c.start))
    taken: set[int] = set()
    chosen = []
    for cand in ordered:
        tokens = set(range(cand.start, cand.end))
        if tokens & taken:
            continue
        taken |= tokens
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _described_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """An institution noun right before a name is no actor of its own. Before an organisation's name it describes
    it (`der Elektrokonzern Siemens`, `der russische Energiekonzern Gazprom`: Siemens, Gazprom, Russian), and
    after a firm's or medium's noun a name taken for a person's is the organisation's; before a
    place it is part of the name (`die Staatsanwaltschaft Wuppertal`). A genitive (`die Regierung Kolumbiens`) is
    the country the institution belongs to, and stays apart."""
    result: list[Candidate] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        i += 1
        if cand.source == "group" and nxt is not None and nxt.start == cand.end and nxt.type == "Organization":
            nxt.phrase_start = cand.start  # "die westafrikanische Staatengemeinschaft Ecowas" is Ecowas
            continue
        if _acronym_after(doc, cand, nxt):
            nxt.phrase_start = cand.start  # "der Internationale Sportgerichtshof CAS" is the CAS
            continue
        adjacent = nxt is not None and nxt.start == _past_quotes(doc, cand.end)  # "der Zeitung „Bild“"
        if nxt is None or cand.source not in _DESCRIBING or not adjacent or nxt.char_span or cand.char_span:
            if cand.source != "descriptor":  # a bare head is an actor only with its name: "der Sender CNN"
                result.append(cand)
        elif nxt.type == "Organization" or (nxt.source == "ner" and cand.name.lower().endswith(NAMED_AFTER_HEAD)):
            nxt.type = "Organization"
            nxt.phrase_start = cand.start if nxt.phrase_start is None else nxt.phrase_start
            nxt.nationality = nxt.nationality or cand.nationality
        elif nxt.type == "Place" and not doc[nxt.end - 1].text.endswith("s"):
            name = f"{cand.name} {doc[nxt.start : nxt.end].text}"
            merged = Candidate(cand.start, nxt.end, "Organization", name, "organisation", nationality=cand.nationality)
            result.append(merged)
            i += 1
        elif cand.source != "descriptor":
            result.append(cand)
    return result


_DESCRIBING = ("organisation", "descriptor")


def _acronym_after(doc: Doc, cand: Candidate, nxt: Candidate | None) -> bool:
    """An organisation's name right before its acronym, with no brackets: one organisation."""
    if nxt is None or nxt.start != cand.end or cand.char_span or nxt.char_span:
        return False
    return cand.type == nxt.type == "Organization" and _acronym(doc[nxt.start : nxt.end].text)


def _compound_prefixes(doc: Doc, gazetteer: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """Countries and organisations named as the first part of a compound: `US-Soldaten`, `Nato-Generalsekretär`,
    and institutions as the source in `nach Polizeiangaben`."""
    taken = {i for c in chosen if c.char_span is None for i in range(c.start, c.end)}
    found = []
    for token in doc:
        if token.i in taken or not is_capitalised_word(token):
            continue
        source = _source_prefix(token)
        if source is not None:
            span = (token.idx, token.idx + len(source))  # a source, not named in passing: it may speak
            found.append(Candidate(token.i, token.i + 1, "Organization", source, "source", char_span=span))
            continue
        if "-" not in token.text:
            continue
        prefix, _, rest = token.text.partition("-")
        if rest.lower() in NOT_OF_A_COUNTRY:
            continue  # "300 Milliarden US-Dollar" names a currency, not the United States
        entry = gazetteer.lookup(prefix) if prefix else None
        if entry is not None and entry.type in ("Country", "Organization"):
            cand = _from_entry(doc[token.i : token.i + 1], entry, "compound")
            cand.char_span = (token.idx, token.idx + len(prefix))
            found.append(cand)
    return found


def _source_prefix(token: Token) -> str | None:
    """`Polizeiangaben` → `Polizei`, `Ministeriumsinformationen` → `Ministerium`: an institution noun before a
    source head."""
    lower = token.lower_
    head = next((h for h in SOURCE_COMPOUND_HEADS if lower.endswith(h) and len(lower) > len(h) + 3), None)
    if head is None:
        return None
    prefix = token.text[: -len(head)].rstrip("-")
    for base in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        if base and (base.lower() in DEFINITE_INSTITUTIONS or _head_of(base)):
            return base
    return None


def _anaphoric_organisations(doc: Doc, chosen: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """`das Bündnis` names the alliance last mentioned by name (an acronym such as NATO); `die Kommission` names
    the organisation last named with that head (`EU-Kommission`, `Europäische Kommission`), and so does `der Armee`
    after `die sudanesische Armee`; `das Blatt` names the newspaper last named, `der Verein` the club. A
    recogniser's `die Allianz` after NATO is the alliance too, not an organisation of that name."""
    alliances = {c.start for c in chosen if c.source == "ner" and c.name.lower() in ANAPHORIC_ORGANIZATIONS}
    named = {_named_noun(c.name) for c in chosen if c.type == "Organization" and (" " in c.name or "-" in c.name)}
    bare = {
        c.start
        for c in chosen
        if (c.source == "organisation" and c.name.lower() in DEFINITE_INSTITUTIONS)
        or (c.source in ("organisation", "ner") and c.end - c.start == 1 and c.name.lower() in named)
    }  # "der Stadtrat", and "der Lehrerverband" after "der Deutsche Lehrerverband"
    taken = {i for c in chosen if c.start not in alliances | bare for i in range(c.start, c.end)}
    starts = {c.start for c in chosen}
    found = []
    for token in doc:
        if token.i in taken or _article_before(token) not in DEFINITE_ARTICLES | FUSED_PREPOSITIONS:
            continue  # not "eine Gruppe Jugendlicher", "eines Unternehmens": someone new
        if _before_a_name(token, starts):
            continue  # "Der Zeitung „Bild“ sagte ...": the noun says what the name after it is
        antecedent = _organisation_antecedent(token, chosen, gazetteer)
        if antecedent is not None:
            found.append(
                Candidate(token.i, token.i + 1, "Organization", antecedent.name, "anaphor", qid=antecedent.qid)
            )
    replaced = {c.start for c in found}
    return sorted([c for c in chosen if c.start not in replaced] + found, key=lambda c: c.start)


def _municipalities(doc: Doc, chosen: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """`Die Stadt Lüneburg teilte mit`, `ein Sprecher des Landkreises Harburg`: a town after the noun for its
    administration is an organisation (`Stadt Lüneburg`), unless a preposition makes it the place (`in der Stadt
    Lüneburg`); `die Stadt` alone is the town named so or named last, whichever came later."""
    places = [c for c in chosen if c.type == "Place" and _may_be_a_town(c.name, gazetteer)]
    found: list[Candidate] = []
    for token in doc:
        head = token.lower_ if token.lower_ in MUNICIPALITY_NOUNS else _strip_genitive(token.lower_)
        if head not in MUNICIPALITY_NOUNS or _article_before(token) not in DEFINITE_ARTICLES:
            continue
        if _preposition_before(doc, token.i) is not None:
            continue  # "in der Stadt", "aus dem Landkreis": where, not who
        after = _past_quotes(doc, token.i + 1)
        place = next((c for c in places if c.start == after or (c.start == token.i and c.end > after)), None)
        if place is None and after < len(doc) and is_capitalised_word(doc[after]):
            continue  # "die Stadt Bad Y" the recogniser missed: no guess
        kind = MUNICIPALITY_NOUNS[head]
        if place is None:
            earlier = [c for c in found if c.name.startswith(kind)] + [c for c in places if c.end <= token.i]
            place = max(earlier, key=lambda c: c.start, default=None)
        if place is not None:
            town = place.name.split()[-1] if place.name.split()[0].lower() in MUNICIPALITY_NOUNS else place.name
            end = max(place.end, token.i + 1) if place.start >= token.i else token.i + 1
            found.append(Candidate(token.i, end, "Organization", f"{kind} {town}", "municipality"))
    taken = {i for c in found for i in range(c.start, c.end)}
    kept = [c for c in chosen if not any(i in taken for i in range(c.start, c.end))]
    return sorted(kept + found, key=lambda c: c.start)


def _may_be_a_town(name: str, gazetteer: Gazetteer) -> bool:
    """A place known as a city, or not known at all (`Lüneburg`); not a Land, a region or a road (`A94`)."""
    entry = gazetteer.lookup(name)
    return not ROAD.fullmatch(name) and (entry is None or entry.kind == "city")


def _article_before(token: Token) -> str:
    """The article before a noun, past its adjectives and a place's (`das Münchner Unternehmen`), in lower case."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].lower_ not in DETERMINERS:  # "Der" opening a sentence also ends in "er"
        if not (is_adjective(doc[i]) or (is_capitalised_word(doc[i]) and doc[i].lower_.endswith("er"))):
            break
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _before_a_name(token: Token, starts: set[int]) -> bool:
    """A noun that a name follows, directly or as an apposition (`das Unternehmen, die Optronik Werra GmbH,`): the
    name says who it is."""
    doc, i = token.doc, _past_quotes(token.doc, token.i + 1)
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < len(doc) and doc[i].lower_ in DEFINITE_ARTICLES:
            i += 1
    return i in starts


def _past_quotes(doc: Doc, i: int) -> int:
    """The first token from `i` that is no quotation mark."""
    while i < len(doc) and doc[i].is_quote:
        i += 1
    return i


def _organisation_antecedent(token: Token, chosen: list[Candidate], gazetteer: Gazetteer) -> Candidate | None:
    earlier = [c for c in reversed(chosen) if c.end <= token.i and c.type == "Organization"]
    doc = token.doc
    if token.lower_ in ANAPHORIC_ORGANIZATIONS:  # "das Bündnis": NATO, or the one named "das Bündnis „X“"
        return next((c for c in earlier if c.name.isupper() or _kind_before(c, doc).endswith(token.lower_)), None)
    head = _strip_genitive(token.lower_)
    head = HEAD_SYNONYMS.get(head, head)  # "die Notenbank" after "die Europäische Zentralbank"
    if head in AMBIGUOUS_INSTITUTIONS:
        return None
    if head in MEDIUM_ANAPHORS:  # "schreibt das Blatt" after "Die Frankfurter Allgemeine Zeitung sieht ..."
        return next((c for c in earlier if _is_medium(c, doc, gazetteer)), None)
    if head in ORGANISATION_ANAPHORS:  # "ein Sprecher der Organisation" after "Die Hamas wies ... zurück"
        earlier = [c for c in earlier if not _reports(c, doc, gazetteer)]  # "auf Telegram, die Miliz habe"
        named_so = next(  # "die Miliz": the Huthi-Miliz; "die Gruppe": the one named "die Gruppe Letzte Generation"
            (c for c in earlier if head in c.name.lower() or _kind_before(c, doc) == head), None
        )
        if head == "behörde":  # "der Behörde" after "das Statistische Bundesamt", not the institute named since
            authorities = (c for c in earlier if _authority_name(c.name))  # "die Bundesstelle für X"
            named_so = named_so or next(authorities, None)
            earlier = [c for c in earlier if _named_noun(c.name) not in NOT_AUTHORITIES]
        return named_so or _subject_first(earlier, token)
    if head in CLUB_ANAPHORS or head.rsplit("-", 1)[-1].endswith("ligist"):  # "der Verein", "der Zweitligist"
        club = next((c for c in earlier if _club_name(c.name)), None)
        if club is not None:
            return club
    if head in FIRM_ANAPHORS:  # "das Unternehmen" after "der Autozulieferer Kessler & Brandt", "die Deutsche Bahn"
        firm = next((c for c in earlier if _may_be_a_firm(c, doc, gazetteer)), None)
        if firm is not None or head not in ORGANIZATION_HEADS:
            return firm
    named = [c for c in earlier if " " in c.name or "-" in c.name]
    same_noun = next((c for c in named if _named_noun(c.name) == head), None)
    if same_noun is not None:
        return same_noun  # "der Lehrerverband" after "der Deutsche Lehrerverband"
    if not is_capitalised_word(token) or head not in ORGANIZATION_HEADS:
        return None
    return next((c for c in earlier if _headed_by(c, head, doc) or _described_by(c, doc) == head), None)


def _subject_first(earlier: list[Candidate], token: Token) -> Candidate | None:
    """Of the organisations named in the sentence before `die Organisation` (latest first), the subject: `Amnesty
    warf der EU vor, ... „...“, erklärte die Organisation` means Amnesty; else the one named last."""
    doc = token.doc
    if not earlier:
        return None
    previous = doc[token.sent.start - 1].sent if token.sent.start > 0 else token.sent
    recent = [c for c in earlier if previous.start <= c.start < token.i]
    subject = next((c for c in recent if any(t.dep_.startswith("nsubj") for t in doc[c.start : c.end])), None)
    return subject or earlier[0]


def _kind_before(cand: Candidate, doc: Doc) -> str:
    """The word before a name, past its quotation mark, in lower case: `gruppe` of `die Gruppe „Letzte
    Generation“`."""
    i = cand.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _authority_name(name: str) -> bool:
    """A name headed by a noun for an authority: `Statistisches Bundesamt`, `Bundesstelle für Seeunfalluntersuchung`."""
    return name.lower().endswith(AUTHORITY_HEADS) or _named_noun(name).endswith(AUTHORITY_HEADS)


def _named_noun(name: str) -> str:
    """The noun a name is headed by: its first before `für`, `der` (`Bundesamt für Migration`, `Zentralrat der
    Juden`) or a place (`Amtsgericht München`), its last after adjectives (`Deutscher Lehrerverband`) or a hyphen
    (`GKV-Spitzenverband`); none for a name of other words (`Pro Bahn`)."""
    words = name.split()
    if len(words) > 2 and words[1] in ("für", "der", "des"):
        return _strip_genitive(words[0]).lower()
    if _adjectives_and_noun(name):
        return _strip_genitive(words[-1]).lower()
    if len(words) == 2 and _head_of(words[0]) is not None and words[1][:1].isupper():
        return words[0].lower()  # "Amtsgericht München", "Landratsamt Hof": the institution of a place
    tail = name.rsplit("-", 1)[-1]  # "GKV-Spitzenverband"
    return tail.lower() if len(words) == 1 and "-" in name and _head_of(tail) is not None else ""


def _headed_by(cand: Candidate, head: str, doc: Doc) -> bool:
    """Is `head` the head noun of the organisation's name (`Verband der Ersatzkassen`, `EU-Kommission`)?"""
    words = [*cand.name.lower().split(), doc[cand.end - 1].lower_]
    return any(_strip_genitive(word).endswith(head) for word in words)


def _reports(cand: Candidate, doc: Doc, gazetteer: Gazetteer) -> bool:
    """A medium or a platform, which carries what others say."""
    entry = gazetteer.lookup(cand.name)
    return (entry is not None and entry.kind == "platform") or _is_medium(cand, doc, gazetteer)


def _is_medium(cand: Candidate, doc: Doc, gazetteer: Gazetteer) -> bool:
    """A newspaper, broadcaster or agency: so known to the gazetteer, or so named or described (`der Sender X`)."""
    entry = gazetteer.lookup(cand.name)
    if entry is not None:
        return entry.kind == "media"
    heads = {_described_by(cand, doc), _head_of(cand.name.split()[-1])}
    return bool(heads & MEDIUM_HEADS)


def _may_be_a_firm(cand: Candidate, doc: Doc, gazetteer: Gazetteer) -> bool:
    """Known to the gazetteer as a company, named after a firm's noun (`der Autozulieferer X`), or neither known to
    the gazetteer (which lists parties, governments, courts and media) nor named or described as an institution
    (`Bundesregierung`, `Verband X`)."""
    entry = gazetteer.lookup(cand.name)
    if entry is not None:
        return entry.kind == "company"
    described = _described_by(cand, doc)
    if described is not None:
        return described in FIRM_HEADS
    institution = any(_head_of(word) for word in cand.name.split())
    return cand.qid is None and cand.source == "ner" and not institution


def _described_by(cand: Candidate, doc: Doc) -> str | None:
    """The institution head of the noun right before a name (`Elektrokonzern` in `der Elektrokonzern Siemens`)."""
    return organisation_head(doc[cand.start - 1]) if cand.start > 0 else None


def _repeated_organisations(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A one-word name that is an organisation's anywhere in the text is that organisation everywhere: where a
    recogniser took it for a person's or missed it (`Die Gewerkschaft Verdi ... Verdi fordert`)."""
    names = {
        c.name: c
        for c in chosen
        if c.type == "Organization" and " " not in c.name and c.name[:1].isupper() and _head_of(c.name) is None
    }  # not "Regierung", "Polizei": a noun that names an institution only with its article
    for cand in chosen:
        if cand.type == "Person" and cand.name in names:
            cand.type, cand.qid = "Organization", names[cand.name].qid
    taken = {i for c in chosen for i in range(c.start, c.end)}
    found = [
        Candidate(token.i, token.i + 1, "Organization", token.text, "repeated", qid=names[token.text].qid)
        for token in doc
        if token.i not in taken and token.text in names
    ]
    return sorted(chosen + found, key=lambda c: c.start) if found else chosen


def _federal_short_names(chosen: list[Candidate]) -> None:
    """`das Verkehrsministerium` where the text names the `Bundesverkehrsministerium` is that ministry: a Land's
    would be named with its adjective (`das bayerische Verkehrsministerium`)."""
    federal = {c.name.casefold(): c for c in chosen if c.type == "Organization" and c.name.startswith("Bundes")}
    for cand in chosen:
        head = _head_of(cand.name) if " " not in cand.name else None
        compound = head is not None and len(cand.name) > len(head)  # "Verkehrsministerium", not "Regierung"
        full = federal.get(f"bundes{cand.name.casefold()}") if compound else None
        if cand.type == "Organization" and full is not None:
            cand.name, cand.qid = full.name, cand.qid or full.qid


def _unique_first_names(full: list[Candidate]) -> dict[str, Candidate]:
    """The first names that only one full-named person of the text has: a quoted colleague calls them by it."""
    people: dict[str, set[str]] = {}
    for cand in full:
        if not _family_name_first(cand.name):
            people.setdefault(cand.name.split()[0], set()).add(cand.key)
    return {
        first: next(c for c in full if c.key in keys)
        for first, keys in people.items()
        if len(keys) == 1 and first not in {c.name.split()[-1] for c in full}
    }


AGE_NOUN_REACH = 2  # sentences back that `der 62-Jährige` may refer to someone named in


def _resolve_people(
    doc: Doc, chosen: list[Candidate], gazetteer: Gazetteer, published: date | None, quotes: list[Quote]
) -> list[Candidate]:
    """Surnames, a first name only one person has, genitives and bare titles become mentions of the full-named
    person they refer to. An age, a demonym or a description refers to someone mentioned outside quotations: in
    `„Herr Hartmann, Sie ...“, sagte der 52-Jährige` Hartmann is spoken to."""
    full = [c for c in chosen if c.type == "Person" and len(c.name.split()) > 1]
    by_surname = {c.name.split()[-1]: c for c in full}
    by_surname |= {c.name.split()[0]: c for c in full if _family_name_first(c.name)}
    by_last_word = {c.name.split()[-1]: c for c in chosen if c.type == "Organization" and len(c.name.split()) > 1}
    by_head = {name.split()[-1]: c for c in chosen if _adjectives_and_noun(name := c.name) and c.type == "Organization"}
    by_first_name = _unique_first_names(full)
    by_surnames = {c.name.split(" ", 1)[1]: c for c in full if c.name.count(" ") > 1}  # a name of two words
    resolved = []
    for cand in chosen:
        if cand.type == "Person" and cand.name in by_surnames:
            cand = _rename(cand, by_surnames[cand.name])  # "Andrade Moura" after "Rafael Andrade Moura"
        elif cand.type == "Person" and " " not in cand.name:
            target = by_surname.get(cand.name) or by_surname.get(_strip_genitive(cand.name))
            target = target or by_first_name.get(cand.name)  # "Thomas hat Verantwortung übernommen"
            organisation = by_last_word.get(_strip_genitive(cand.name))
            if target is not None:
                cand = _rename(cand, target)
            elif organisation is not None:  # "Leverkusens Sportdirektor" after "Bayer Leverkusen"
                cand.name, cand.type, cand.qid = organisation.name, "Organization", organisation.qid
        elif cand.type == "Organization" and " " not in cand.name and cand.qid is None:
            named = by_head.get(cand.name)
            if named is not None:  # "Bahn" beside "Deutsche Bahn"
                cand.name, cand.qid = named.name, named.qid
            elif cand.source == "ner" and cand.name in by_surname:  # "Fratzscher ergänzte" after Marcel Fratzscher
                cand = _rename(cand, by_surname[cand.name])
        elif cand.type == "Place" and cand.qid is None and cand.name in by_surname:
            cand = _rename(cand, by_surname[cand.name])  # "an der Arbeit von Hänsch" after Ralf Hänsch
        resolved.append(cand)
    taken = {i for c in resolved if c.char_span is None for i in range(c.start, c.end)}  # "SPD-Politiker" is free
    def told() -> list[Candidate]:  # the people mentioned so far outside quotations
        return [c for c in resolved if not in_quote(doc[c.start].idx, quotes)]

    for token in doc:
        if token.i in taken:
            continue
        if token.i > 0 and AGE_NOUN.fullmatch(token.text) and doc[token.i - 1].lower_ in DETERMINERS:
            near = _sentences_back(token, AGE_NOUN_REACH)  # not a politician named paragraphs before a witness
            gender = ARTICLE_GENDER.get(doc[token.i - 1].lower_)  # "der 72-Jährige" is a man
            people = [
                (c, gender_of(c.name, c.roles))
                for c in told()
                if c.type == "Person" and near <= c.start < token.i and " " in c.name and not _governed(doc, c)
            ]  # not "mit dem Spieler": the age noun goes on with someone acting, not someone acted with
            named = [c for c, known in people if not _genders_differ(gender, known)]
            known = [c for c, known in people if gender is not None and known == gender]
            person = max(known or named, key=lambda c: c.start, default=None)  # named last, of its gender first
            if person is not None:
                resolved.append(_rename(Candidate(token.i, token.i + 1, "Person", "", "age"), person))
            continue
        if not is_capitalised_word(token) or not token.text.replace("-", "").isalpha():
            continue
        if _demonym_singular(token) and (people := gazetteer.country_for_demonym(token.text)) is not None:
            person = _last_person_of(people.name, token.i, told(), full)
            if person is not None:  # "sagte der Belgier" after "Trainer Vincent Kompany"
                person.nationality = person.nationality or people.name  # a later "der Franzose" is someone else
                resolved.append(_rename(Candidate(token.i, token.i + 1, "Person", "", "demonym"), person))
            continue
        surname = _strip_genitive(token.text)
        if token.text in by_surname or (surname in by_surname and token.text != surname):
            resolved.append(
                _rename(
                    Candidate(token.i, token.i + 1, "Person", "", "surname"),
                    by_surname.get(token.text) or by_surname[surname],
                )
            )
        elif is_role(token) and (article := _definite_article(token, gazetteer)) is not None:
            holder = _holder_of(token, full, gazetteer, published, recent=_by_recency(token.i, told(), full))
            if holder is not None:
                title = Candidate(token.i, token.i + 1, "Person", "", "title", phrase_start=article)
                resolved.append(_rename(title, holder))
    return sorted(resolved, key=lambda c: c.start)


def _last_person_of(country: str, i: int, resolved: list[Candidate], full: list[Candidate]) -> Candidate | None:
    """The full-named person mentioned last before token `i`, in any form (`Whitfield wies das zurück. ..., sagte der
    Brite`), who may be of `country`: of no other nationality known."""
    return next((p for p in reversed(_by_recency(i, resolved, full)) if p.nationality in (None, country)), None)


def _by_recency(i: int, resolved: list[Candidate], full: list[Candidate]) -> list[Candidate]:
    """The full-named people mentioned before token `i`, each once (by its full-named candidate, one with a known
    nationality first), the one mentioned last in any form (`Brenner`, `der 21-Jährige`) last."""
    by_name: dict[str, Candidate] = {}
    for cand in full:
        known = by_name.get(cand.name)
        by_name[cand.name] = cand if known is None or (cand.nationality and not known.nationality) else known
    last = {c.name: c.start for c in sorted(resolved, key=lambda c: c.start) if c.end <= i and c.name in by_name}
    return [by_name[name] for name in sorted(last, key=last.__getitem__) if by_name[name].end <= i]


def _governed(doc: Doc, cand: Candidate) -> bool:
    """Is the candidate's phrase governed by a preposition (`mit dem Spieler`)?"""
    return _preposition_before(doc, cand.start if cand.phrase_start is None else cand.phrase_start) is not None


def _sentences_back(token: Token, n: int) -> int:
    """The first token of the sentence `n` sentences before the token's (of its own for 0)."""
    start = token.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def _adjectives_and_noun(name: str) -> bool:
    """`Deutsche Bahn`, `Europäische Kommission`: a name of adjectives and a noun, which its noun alone stands for
    (not `Pro Bahn`)."""
    *adjectives, _ = name.split()
    return bool(adjectives) and all(w[:1].isupper() and w.lower().endswith(ADJECTIVE_ENDINGS) for w in adjectives)


def _family_name_first(name: str) -> bool:
    """`Xi Jinping`, `Lai Ching-te`, `Kim Jong Un`: a short first word that is no given name the name lists know
    is an East Asian family name, by which news names the person again (`Xi sagte`)."""
    first = name.split()[0]
    return len(first) <= 4 and first.isalpha() and first not in first_name_genders()


def _bracketed_abbreviations(doc: Doc, chosen: list[Candidate]) -> None:
    """`NATO Response Force (NRF)`: a short form of its initials in brackets right after a name is that actor."""
    for previous, cand in pairwise(chosen):
        if cand.end - cand.start != 1 or previous.type == "Place" or cand.start < 1 or cand.end >= len(doc):
            continue
        between = doc[previous.end : cand.start - 1]
        bracketed = doc[cand.start - 1].text == "(" and doc[cand.end].text == ")" and all(t.is_quote for t in between)
        if bracketed and _initials(previous.name) == doc[cand.start].text.upper():
            cand.name, cand.type, cand.qid = previous.name, previous.type, previous.qid or cand.qid


def _spelt_out(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`das Welternährungsprogramm (WFP)`: the capitalised noun an organisation's acronym follows in brackets names
    it too, where no other finder took that noun; so do the words its letters stand for (`das Bundesamt für
    Sicherheit in der Informationstechnik (BSI)`), whatever pieces of them other finders took."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    found: list[Candidate] = []
    pieces: list[Candidate] = []
    for cand in chosen:
        if cand.type != "Organization" or cand.end - cand.start != 1 or not _acronym(doc[cand.start].text):
            continue
        opening, noun = cand.start - 1, cand.start - 2
        if noun < 1 or doc[opening].text != "(" or cand.end >= len(doc) or doc[cand.end].text != ")":
            continue
        named = next((c for c in chosen if c.end == opening and c.type == "Organization" and c.end - c.start > 1), None)
        start = _initials_before(doc, opening, doc[cand.start].text)
        if named is not None and (start is None or start >= named.start):
            _same_organisation(chosen, cand, named)  # "der Verband der Automobilindustrie (VDA)": one, however named
            continue
        inside = [c for c in chosen if start is not None and start <= c.start and c.end <= opening]
        start = start if start is not None else noun
        if any(i in taken for i in range(start, opening)) and not inside:
            continue
        if not is_capitalised_word(doc[start]) or start < 1 or doc[start - 1].lower_ not in DEFINITE_ARTICLES:
            continue
        pieces += inside
        if cand.qid is None:  # an acronym the gazetteer does not know is cited by its spelt-out name, and so is
            _rename_organisation(chosen, cand.name, doc[start:opening].text, None)  # every other ("Das WFP warnte")
        found.append(Candidate(start, opening, "Organization", cand.name, "abbreviation", qid=cand.qid))
    return sorted([c for c in chosen if c not in pieces] + found, key=lambda c: c.start)


def _initials_before(doc: Doc, end: int, acronym: str) -> int | None:
    """Where the words before `end` start whose initials the acronym is (`Gewerkschaft Erziehung und Wissenschaft
    (GEW)`, `Gewerkschaft der Polizei (GdP)`, `Bundesamt für Sicherheit in der Informationstechnik (BSI)`), if they
    are more than one; a word in lower case may count (`Vereinigung der kommunalen Arbeitgeberverbände (VKA)`)."""
    capitals = "".join(char for char in acronym if char.isupper())
    i = end
    while i > 1 and (is_capitalised_word(doc[i - 1]) or doc[i - 1].is_alpha):
        i -= 1
        words = [t.text for t in doc[i:end] if t.lower_ not in _NAME_FUNCTION_WORDS]
        spelt = {_initials(" ".join(words)), "".join(w[0] for w in words).upper()}  # "der kommunalen ..." too
        if capitals in spelt and end - i > 1 and is_capitalised_word(doc[i]):
            return i
        if len(words) > len(capitals):
            return None
    return None


# Words inside an organisation's name that its acronym skips (`Gewerkschaft der Polizei`, `... in der ...`).
_NAME_FUNCTION_WORDS = frozenset({"und", "für", "der", "des", "die", "von", "in", "im", "zur", "zum"})


def _same_organisation(chosen: list[Candidate], acronym: Candidate, named: Candidate) -> None:
    """Every mention of an acronym and of the name it follows in brackets becomes the one the gazetteer knows, else
    the spelt-out name."""
    known, other = (acronym, named) if acronym.qid is not None else (named, acronym)
    _rename_organisation(chosen, other.name, known.name, known.qid)


def _rename_organisation(chosen: list[Candidate], old: str, name: str, qid: str | None) -> None:
    """Every organisation candidate named `old` gets `name` (and `qid`, where one is given)."""
    for same in [c for c in chosen if c.name == old and c.type == "Organization"]:
        same.name, same.qid = name, qid or same.qid


def _acronym(word: str) -> bool:
    """`WFP`, `VdK`, `GdP`: capitals, or mostly (a lower-case letter for `der`, `für`)."""
    capitals = sum(char.isupper() for char in word)
    return word.isalpha() and word[0].isupper() and capitals >= 2 and capitals >= len(word) - 1


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper()).upper()


def _rename(cand: Candidate, target: Candidate) -> Candidate:
    cand.name, cand.type, cand.qid = target.name, "Person", cand.qid or target.qid
    return cand


def _holder_of(
    role: Token, people: list[Candidate], gazetteer: Gazetteer, published: date | None, recent: list[Candidate]
) -> Candidate | None:
    """`des Bundeskanzlers` → the person with that role in this document, else the gazetteer's holder then.

    `Die Ministerin` after `Bundesinnenministerin Nancy Faeser` is the last person mentioned before it whose role
    has that head, and `der SPD-Politiker` the last person mentioned (`recent`: in the order of their last
    mention). A role with a genitive of its own (`der Präsident der Ukraine`, `der Sprecher des Auswärtigen Amts`)
    names the holder of that office, if any, and `die Außenminister` in the plural nobody."""
    if _is_plural(role):
        return None
    title = _strip_genitive(role.text).lower()
    complement = _complement(role)
    scope = complement if complement is not None and gazetteer.lookup(complement) is not None else None
    if scope is None:
        loose = complement is None  # not "der Kanzler der Zeitung"
        holder = _named_holder(role, title, people, recent, gazetteer, loose=loose)
        if holder is not None:
            return holder
    if published is None or (complement is not None and scope is None):
        return None  # "der Bürgermeister von Reichertshofen": an office the gazetteer does not hold, not Germany's
    entry = gazetteer.office_holder(_strip_genitive(role.text), scope, published)
    if entry is None or _genders_differ(role_gender(title), gender_of(entry.name, [])):
        return None  # "die Kanzlerin" in 2024 is no one the gazetteer knows, not Olaf Scholz
    return Candidate(
        role.i, role.i + 1, "Person", entry.name, "title", roles=[_strip_genitive(role.text)], qid=entry.qid
    )


def _genders_differ(one: str | None, other: str | None) -> bool:
    """Do two genders both known differ (`die Kanzlerin` and Olaf Scholz)? Not where either is unknown."""
    return one is not None and other is not None and one != other


def _named_holder(
    role: Token, title: str, people: list[Candidate], recent: list[Candidate], gazetteer: Gazetteer, *, loose: bool
) -> Candidate | None:
    """The person named with this role; `loose`ly, the last one mentioned whose role has this head, or for a
    description the last one mentioned."""
    for person in people:
        if any(r.split()[-1].lower() == title for r in person.roles):
            return person
    if not loose:
        return None
    earlier = list(reversed(recent))
    holder = next((p for p in earlier if any(r.split()[-1].lower().endswith(title) for r in p.roles)), None)
    if holder is None and title.endswith(DESCRIPTIVE_ROLE_HEADS):
        holder = _described_person(role, earlier, gazetteer)  # "der SPD-Politiker" after "Minister Karl Lauterbach"
    return holder


def _described_person(role: Token, earlier: list[Candidate], gazetteer: Gazetteer) -> Candidate | None:
    """Whom `die SPD-Politikerin` describes: the last person named before it who can be meant (of the role's
    gender, of no other party), and among those one not named after a preposition where there is one (`Bei einem
    Treffen mit Amtskollege X sagte die Grünen-Politikerin`: the story's subject, not whom she met)."""
    gender = role_gender(_strip_genitive(role.lower_))
    party = _affiliation(role, gazetteer) if "-" in role.text else None
    genders = (None, gender) if gender else (None, "m", "f")
    fitting = [p for p in earlier if gender_of(p.name, p.roles) in genders and _of_party(p, party, gazetteer)]
    direct = [p for p in fitting if not _named_after_preposition(role.doc, p)]
    return next(iter(direct or fitting), None)


def _named_after_preposition(doc: Doc, person: Candidate) -> bool:
    """Is the person named after a preposition, also past a noun before the name (`mit ihrem Amtskollegen X`)?"""
    i = person.start if person.phrase_start is None else person.phrase_start
    if i > 1 and is_capitalised_word(doc[i - 1]) and (doc[i - 2].lower_ in DETERMINERS or is_adjective(doc[i - 2])):
        i -= 1
    return _preposition_before(doc, i) is not None


def _of_party(person: Candidate, party: str | None, gazetteer: Gazetteer) -> bool:
    """May the person belong to the party? Unless the text gave them another."""
    parties = [a for a in person.affiliations if (entry := gazetteer.lookup(a)) is not None and entry.kind == "party"]
    return party is None or not parties or party in parties


def _is_plural(role: Token) -> bool:
    """`die Außenminister`, `die Vorsitzenden`: a role in a form that is not feminine after the article `die` (the
    article decides: a tagger's number on the noun alone is a guess, `der SPD-Politiker` is no plural); and
    `ein Treffen der Verteidigungsminister`: `der` after a noun is a genitive, and a masculine role in the genitive
    singular takes `des`."""
    doc = role.doc
    before = doc[role.i - 1] if role.i > 0 else None
    if before is None or role.lower_.endswith(("in", "e")):
        return False
    after_noun = before.i > 0 and is_capitalised_word(doc[before.i - 1]) and not doc[before.i - 1].is_sent_start
    return before.lower_ == "die" or (before.lower_ == "der" and after_noun)


def _offices_taken(doc: Doc, chosen: list[Candidate]) -> None:
    """`wählten Robert Prevost zum Papst`, `wurde zur Ministerpräsidentin gewählt`: the person named before `zum`
    and a role, in a clause of election or appointment, holds that role from then on (`der neue Papst`)."""
    for token in doc[:-1]:
        role = doc[token.i + 1]
        if token.lower_ not in ("zum", "zur") or not is_role(role):
            continue
        clause = clause_of(token)
        if not any(t.lemma_.lower().endswith(APPOINTING_VERBS) for t in clause if t.i != role.i):
            continue
        people = [c for c in chosen if c.type == "Person" and clause.start <= c.start and c.end <= token.i]
        if people and role.text not in people[-1].roles:
            people[-1].roles.append(role.text)


def _definite_article(role: Token, gazetteer: Gazetteer) -> int | None:
    """Where the article of `der Kanzler` is; adjectives may come between for a description (`die parteilose
    Politikerin`) and for a time in office (`der neue Papst`), not for a country (`der russische Präsident` is not
    the president named before); `zum Kanzler gewählt` names the office someone takes, not who holds it."""
    doc = role.doc
    i = role.i - 1
    while i >= 0 and is_adjective(doc[i]):
        i -= 1
    if i < 0 or doc[i].lower_ not in DEFINITE_ARTICLES | FUSED_PREPOSITIONS or doc[i].lower_ in ("zum", "zur"):
        return None  # nor "ein EU-Diplomat": someone new
    between = doc[i + 1 : role.i]
    other = any(gazetteer.country_for_adjective(t.text) or t.lower_.startswith(FORMER_ADJECTIVES) for t in between)
    description = _strip_genitive(role.lower_).endswith(DESCRIPTIVE_ROLE_HEADS)
    return i if i == role.i - 1 or description or not other else None  # not "der frühere Kanzler" either


def _complement(role: Token) -> str | None:
    """The genitive after a role (`der Sprecher des Auswärtigen Amts` → `Auswärtigen Amts`, `der Bürgermeister von
    Rom` → `Rom`), or None."""
    doc = role.doc
    if role.i + 2 >= len(doc) or doc[role.i + 1].lower_ not in ("des", "der", "von"):
        return None  # "der Bürgermeister von Rom" too
    end = role.i + 2
    while end < len(doc) and end < role.i + 5 and (is_capitalised_word(doc[end]) or is_adjective(doc[end])):
        end += 1
    return doc[role.i + 2 : end].text if end > role.i + 2 else None


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
    people found by their title get the Wikidata link the gazetteer knows for their full name."""
    for actor in list(index.actors.values()):
        if actor.wikidata is None:
            entry = gazetteer.lookup(actor.name)
            if entry is not None and entry.type == actor.type and entry.name == actor.name:
                actor.wikidata = entry.qid
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
