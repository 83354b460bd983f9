"""The organisation behind words no person is named for.

A spokesperson (`ein Sprecher des Ministeriums`, `Unternehmenssprecher`, `die Polizeisprecherin`), a member (`ein
Parteimitglied`) or a document (`heißt es in einem Papier der Behörde`) speaks for the organisation named with it or
named just before; kinds of organisation are matched by the noun that names them (`Unternehmen`, `Verband`, `Amt`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import (
    ActorIndex,
    ActorMention,
    after_preposition,
    article_of,
    governing_preposition,
    is_genitive_of,
    mention_as,
    opens_clause,
)
from kg.nlp.cues import Cue
from kg.nlp.discourse import CONTINUATION_WINDOW, Discourse
from kg.nlp.gender import actor_gender
from kg.nlp.german import (
    DEFINITE_INSTITUTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    IMPERSONAL_CUES,
    INDEFINITE_ARTICLES,
    ISSUED_BY,
    MEDIUM_NOUNS,
    MEMBER_HEADS,
    MUNICIPALITY_NOUNS,
    ORGANISATION_ANAPHORS,
    POSSESSIVES,
    PREPOSITIONS,
    SPOKESPERSON_HEADS,
    STATE_NOUNS,
    UNIT_HEADS,
)
from kg.nlp.syntax import (
    TIME_NOUNS,
    clause_of,
    institution_head_of,
    is_adjective,
    is_capitalised_word,
    is_passive,
    medium_phrase_end,
    organisation_head,
    owner_after,
    verb_lemma,
)
from kg.records import Actor

REFERS_BACK_TOKENS = 60  # how far back an unnamed spokesperson or a quoted document finds its organisation

# Heads of public bodies, which no company's spokesperson speaks for.
PUBLIC_BODIES = ("gericht", "amt", "ministerium", "behörde", "anwaltschaft", "polizei")

# Kinds of organisation a spokesperson's compound may name (`Unternehmenssprecher`, `Parteisprecherin`): any
# organisation named before, not a country.
FIRM_KINDS = frozenset({"unternehmen", "konzern", "firma", "firmen", "partei", "verband", "verein", "klub", "bank"})

# The gazetteer's kinds of organisation a firm's or an association's spokesperson never speaks for, and those only
# a firm's does not (`ein Unternehmenssprecher` is no union's).
NO_FIRM_KINDS = frozenset({"party", "media", "government", "ministry", "igo", "court", "legislature", "seat"})
ASSOCIATION_KINDS = frozenset({"union", "ngo"})
ADMINISTRATIONS = frozenset(noun.lower() for noun in (*MUNICIPALITY_NOUNS.values(), *STATE_NOUNS.values()))

COMPANY_NOUNS = frozenset({"unternehmen", "konzern", "firma", "firmen", "bank"})


def possessor(possessive: Token, actors: ActorIndex) -> ActorMention | None:
    """Whom `sein`/`ihr` before a noun stands for: the last actor named before it of that gender (`sein` a man's
    or a neuter body's, `ihr` a woman's or a feminine or plural body's)."""
    lower = possessive.lower_
    if lower not in POSSESSIVES or not lower.startswith(("sein", "ihr")):
        return None
    earlier = [
        m
        for m in actors.mentions
        if m.token_end <= possessive.i and not m.incidental and may_own(possessive, actors.by_key(m.key))
    ]
    return earlier[-1] if earlier else None


def may_own(possessive: Token, actor: Actor) -> bool:
    """Can `sein`/`ihr` stand for the actor: `sein` for a man or a masculine or neuter body, `ihr` for a woman or a
    body of any gender (the plural too); a person whose gender kg cannot tell for either."""
    gender = actor_gender(actor)
    genders = ("m", "n") if possessive.lower_.startswith("sein") else ("f", "pl")
    if actor.type == "Person":
        return gender in (None, *genders)
    return gender in genders or possessive.lower_.startswith("ihr")


def spokesperson_for(clause: Span, cue: Cue, actors: ActorIndex) -> ActorMention | None:
    """An unnamed spokesperson or member speaks for their organisation: the one their title names (`ein
    Hamas-Funktionär`, `ein Nato-Diplomat`), the one (or the person) after them (`ein Sprecher des Flughafens
    Frankfurt`, `das Büro von Ministerpräsident X`), or, for a spokesperson or an organ (`Eine Sprecherin erklärte
    ...` after `Die EU-Kommission ...`, `der Vorstand`), the organisation named last before them."""
    subject_before = clause[0].lower_ not in PREPOSITIONS and any(  # "Die Gewerkschaftlerin forderte die
        t.pos_ in ("NOUN", "PROPN") and t.lower_ not in TIME_NOUNS for t in clause if t.i < cue.start
    )  # Geschäftsführung auf": the organ is whom; not "Auf die Frage ... antwortete ein Bahnsprecher"
    role = next(
        (t for t in clause if t.i != cue.start and member_noun(t) and not (subject_before and t.i > cue.start)), None
    )
    return None if role is None else body_of_member(role, actors)


def body_of_member(role: Token, actors: ActorIndex) -> ActorMention | None:
    """The body a spokesperson or member noun speaks for, recorded as a mention at the noun (see
    `spokesperson_for`)."""
    doc = role.doc
    if role.i > 0 and (owner := possessor(doc[role.i - 1], actors)) is not None:
        return mention_as(role, owner.key, actors)  # "teilte ihr Management mit", "sein Sprecher": theirs
    # not "sagte X der Welt"
    bodies = [m for m in body_mentions(actors) if not _told(doc, m) and not _only_said(m, role)]
    named = next((m for m in bodies if m.token_start <= role.i < m.token_end and m.incidental), None)
    owner = owner_after(role)  # "ein Sprecher des Flughafens", "das Kommando Ost der Armee", "von Siemens"
    if named is None and owner is not None:  # a person's office speaks for them: "das Büro von Ministerin X"
        owners = [m for m in actors.mentions if m.type in ("Organization", "Country", "Person")]
        named = next((m for m in owners if owner <= m.phrase_start <= owner + 1 and _owning(m, doc)), None)
        if named is None and organisation_head(doc[owner]) is None and organisation_head(doc[owner + 1]) is None:
            return None  # `ein Sprecher des Hotels`: someone we do not know of speaks
        if named is not None and actors.is_medium(named.key) and spokesperson_prefix(role) is None:
            return None  # "wie ein Diplomat der Deutschen Presse-Agentur sagte": told, not employed by, the agency
    if named is not None:
        return mention_as(role, named.key, actors)
    prefix = spokesperson_prefix(role)
    if prefix is None:  # "der Vorstand", "die Konzernleitung": the organ of the body named last, if it is one
        unit = role.lower_.endswith(_UNIT_ENDINGS)
        organisations = [m for m in bodies if not m.incidental and m.type == "Organization"]  # not Deutschland
        earlier = _recent(organisations, role.i) if unit else []
        return mention_as(role, earlier[-1].key, actors) if earlier else None
    institution = _institution_in_compound(prefix)
    if owner is not None:  # "eine Sprecherin des Ministeriums": a ministry named before, not the last body
        institution = organisation_head(doc[owner + 1]) or organisation_head(doc[owner])
    bodies = _speaking_bodies(role, bodies)
    if institution is not None:  # "ein Polizeisprecher": the police named before, wherever, and no other body
        earlier = [m for m in bodies if m.token_end <= role.i and named_as(m, institution, actors)]
    elif named_by := _named_in_compound(prefix, role, bodies, actors):  # "ein Bahnsprecher": one named "... Bahn"
        earlier = named_by
    elif (named_so := _name_in_compound(role, actors)) is not None:
        return named_so  # "ein Vodafone-Sprecher": Vodafone's, named nowhere else
    else:
        earlier = _recent([m for m in bodies if not m.incidental], role.i)  # not the party of "Warken (CDU)"
        earlier = _subject_last(earlier, doc)
    return mention_as(role, earlier[-1].key, actors) if earlier else None


def _subject_last(earlier: list[ActorMention], doc: Doc) -> list[ActorMention]:
    """The mentions with the body that opens the last sentence naming one put last: `Die Deutsche Bahn kritisierte
    die Pläne des Landkreises. ..., sagte eine Sprecherin` is the railway's, not the district's."""
    if not earlier:
        return earlier
    opening = clause_of(doc[earlier[-1].token_start].sent[0])
    subject = next((m for m in earlier if opening.start <= m.phrase_start and opens_clause(m, opening)), None)
    return [m for m in earlier if m is not subject] + [subject] if subject is not None else earlier


def _speaking_bodies(role: Token, bodies: list[ActorMention]) -> list[ActorMention]:
    """The bodies a spokesperson may speak for: not one named in what their sentence reports before the cue, unless
    that report opens with it (`Das DRK stehe in Kontakt mit dem Halbmond, sagte eine Sprecherin`: the DRK's), nor
    a country someone travels to (`reist nach Israel`), nor one named as where something was (`in Syrien`) where
    another may be meant."""
    doc, sent = role.doc, role.sent
    said_end = clause_of(role).start
    inside = [m for m in bodies if sent.start <= m.token_start < said_end]
    subject = next((m for m in inside if opens_clause(m, clause_of(sent[0]))), None)
    bodies = [m for m in bodies if m not in inside or m is subject]
    bodies = [m for m in bodies if not (m.type == "Country" and governing_preposition(m, doc) == "nach")]  # travel
    places = [m for m in bodies if m.type == "Country" and governing_preposition(m, doc) in ("in", "im", "aus")]
    return [m for m in bodies if m not in places] if len(places) < len(bodies) else bodies


def _told(doc: Doc, mention: ActorMention) -> bool:
    """A body in the dative right after a verb or a speaker's name (`sagte der „Süddeutschen Zeitung“`, `sagte
    Merz dem Sender`): someone was told something, and no spokesperson after speaks for it."""
    article = article_of(mention, doc)
    if article is None or article.lower_ not in ("der", "dem") or article.i == 0 or article.is_sent_start:
        return False
    before = doc[article.i - 1]
    return before.pos_ in ("VERB", "AUX", "PROPN") or (not before.pos_ and is_capitalised_word(before))


def _owning(mention: ActorMention, doc: Doc) -> bool:
    """A body after a member noun that owns it: named (`des Flughafens Frankfurt`) or opening the compound after
    it (`ein Mitglied der Hamas-Delegation`), not a mere mention inside another name."""
    compound = doc[mention.token_start].text.startswith(f"{doc.text[mention.start_char : mention.end_char]}-")
    return not mention.incidental or compound


def _only_said(mention: ActorMention, role: Token) -> bool:
    """Is the body only part of what the spokesperson said (`Eine Findungskommission werde eingesetzt, teilte eine
    Sprecherin mit`)? Not where it opens what was said as the subject of its own doing (`Das DRK stehe in Kontakt
    mit ..., sagte eine Sprecherin`): a spokesperson speaks of their body in the third person."""
    doc = role.doc
    if not role.sent.start <= mention.token_start < clause_of(role).start:
        return False
    clause = clause_of(doc[mention.token_start])
    opens = all(t.lower_ in DETERMINERS or is_adjective(t) for t in doc[clause.start : mention.phrase_start])
    passive = any(is_passive(t) for t in clause if t.tag_ == "VVPP" or (not t.tag_ and t.lower_.startswith("ge")))
    return not opens or passive


def same_spokesperson(clause: Span, cue: Cue, actors: ActorIndex, state: Discourse) -> ActorMention | None:
    """`..., sagte der Sprecher` after a spokesperson's or a body's statement: the same spokesperson, for the same
    body, not an organisation named in what they said (`die Spur führe zur Deutschen Bank`)."""
    doc = clause.doc
    role = next((t for t in clause if t.i != cue.start and spokesperson_prefix(t) == ""), None)
    if role is None or role.i == 0 or doc[role.i - 1].lower_ not in ("der", "die") or owner_after(role) is not None:
        return None
    if state.last_key is None or state.current - state.last_sentence > CONTINUATION_WINDOW:
        return None
    last = actors.by_key(state.last_key)
    spoke = last.type != "Person" or (last.unnamed and last.name.lower().endswith(SPOKESPERSON_HEADS))
    return mention_as(role, state.last_key, actors) if spoke else None


def spokesperson_prefix(role: Token) -> str | None:
    """What a spokesperson noun's compound opens with (`Polizeisprecher` → `polizei`, `eines Flughafensprechers` →
    `flughafen`; nothing for `Sprecherin`), or None for a noun that names no spokesperson."""
    before, _, last = role.lower_.rpartition("-")
    word = strip_genitive_s(last)
    head = max((h for h in SPOKESPERSON_HEADS if word.endswith(h)), key=len, default=None)
    if head is None:
        return None
    return word[: len(word) - len(head)] or before  # "Polizeisprecher" → "polizei", "RSF-Sprecher" → "rsf"


def strip_genitive_s(word: str) -> str:
    return word[:-1] if word.endswith("ers") else word


def _institution_in_compound(prefix: str) -> str | None:
    """The kind of body a spokesperson's compound names (`polizei` of `Polizeisprecher`, `unternehmen` of
    `Unternehmenssprecherin`)."""
    kinds = DEFINITE_INSTITUTIONS | FIRM_KINDS
    stem = prefix[:-1] if prefix.endswith("s") and prefix[:-1] in kinds else prefix
    return stem if stem in kinds else None


def _named_in_compound(prefix: str, role: Token, bodies: list[ActorMention], actors: ActorIndex) -> list[ActorMention]:
    """The bodies before a spokesperson whose name opens or ends with the word their compound opens with
    (`Bahnsprecher` after `die Deutsche Bahn`, `Flughafensprecher` after `der Flughafen Frankfurt`)."""
    if len(prefix) < 3:
        return []
    words = {prefix, prefix.removesuffix("s")}
    doc = role.doc
    spelt = {m.key for m in actors.mentions if doc.text[m.start_char : m.end_char].casefold() in words}  # "RSF"
    return [
        m
        for m in bodies
        if m.token_end <= role.i
        and not m.incidental
        and ({(name := actors.by_key(m.key).name.casefold().split())[0], name[-1]} & words or m.key in spelt)
    ]


def _name_in_compound(role: Token, actors: ActorIndex) -> ActorMention | None:
    """The organisation a hyphenated spokesperson's name opens with (`Vodafone-Sprecher`), where no body of the
    text is named so: a name, not an institution's noun (`Polizei-Sprecher`)."""
    name, dash, _ = role.text.rpartition("-")
    if not dash or not name[:1].isupper() or not name.isalpha() or name.isupper():
        return None  # "ein LKA-Sprecher": an acronym of a body named in full before
    if institution_head_of(name) is not None:
        return None
    return mention_as(role, actors.ensure_actor(name, "Organization", None), actors)


def named_as(mention: ActorMention, institution: str, actors: ActorIndex) -> bool:
    """Can the body mentioned be the institution a spokesperson names? A police is named so (`die Polizei
    Duisburg`); a government is that or its country; a firm, a party, a club is any organisation (`ZF`)."""
    if mention.incidental:
        return False
    if institution in FIRM_KINDS:  # not "der Gesamtbetriebsrat", "die Polizei": a body named by its kind alone
        name = actors.by_key(mention.key).name.lower()  # nor a court or an authority (`beim Amtsgericht`)
        public = any(word.endswith(PUBLIC_BODIES) for word in name.split())
        public = public or name.split()[0] in ADMINISTRATIONS  # "Stadt Bonn", "Land Niedersachsen"
        kind = actors.kinds.get(mention.key)  # a party's spokesperson for a party, a firm's for no party or medium
        excluded = NO_FIRM_KINDS | (ASSOCIATION_KINDS if institution in COMPANY_NOUNS else set())
        known = kind == "party" if institution == "partei" else kind not in excluded
        body = mention.type == "Organization" and not name.endswith(tuple(DEFINITE_INSTITUTIONS)) and not public
        return body and (known or (kind is None and institution == "partei"))
    named = institution in actors.by_key(mention.key).name.casefold()  # "des Gerichts": the Bundesgerichtshof
    return named or (institution == "regierung" and mention.type == "Country")


def body_mentions(actors: ActorIndex) -> list[ActorMention]:
    """The mentions of organisations and countries, which unnamed spokespeople and documents speak for."""
    return [m for m in actors.mentions if m.type in ("Organization", "Country")]


def _recent(mentions: list[ActorMention], i: int) -> list[ActorMention]:
    """The mentions before token `i`, if the last of them is near enough to be what `i` refers back to."""
    earlier = [m for m in mentions if m.token_end <= i]
    return earlier if earlier and earlier[-1].token_end >= i - REFERS_BACK_TOKENS else []


def member_noun(token: Token) -> bool:
    head = token.lower_.rsplit("-", 1)[-1]
    unit = head.endswith(_UNIT_ENDINGS)  # "Konzernleitung", "der Vorstand"
    return is_capitalised_word(token) and (spokesperson_prefix(token) is not None or head in MEMBER_HEADS or unit)


_UNIT_ENDINGS = tuple(UNIT_HEADS)


def issuer_of_document(cue: Token, actors: ActorIndex, last: str | None) -> ActorMention | None:
    """`..., heißt es in der Abschlusserklärung`, `In dem Urteil heißt es`: an impersonal cue quoting a document
    speaks for the one who spoke in the sentence before (`last`: `X wies das zurück. ..., hieß es in einer
    Mitteilung`), else for the organisation (or the group) named last before it."""
    if verb_lemma(cue) not in IMPERSONAL_CUES:
        return None
    doc = cue.doc
    ends = (medium_phrase_end(doc, t.i, MEDIUM_NOUNS + DOCUMENT_NOUNS) for t in clause_of(cue) if t.i != cue.i)
    document_end = next((end for end in ends if end is not None), None)
    if document_end is None:
        return _author_of_darin(cue, actors)
    if document_end < len(doc) and doc[document_end].lower_ in ("der", "des", "von", "vom"):
        named = [
            m
            for m in actors.mentions
            if document_end < m.token_start <= document_end + 3
            and not m.incidental
            and strip_genitive_s(doc[m.token_start].lower_) not in ORGANISATION_ANAPHORS  # not "der Behörde"
        ]
        if named:  # "heißt es in einer Einschätzung der Ratingagentur Scope": whose document it is
            return named[0]
    issuers = [m for m in actors.mentions if m.type in ("Organization", "Country", "Group")]  # "mehrere Ökonomen"
    said = range(cue.sent.start, clause_of(cue).start)  # "Er wolle die Fraktion nicht belasten, hieß es in ..."
    issuers = [m for m in issuers if not is_genitive_of(m, doc) and not m.incidental and m.token_start not in said]
    if issued_by(doc[document_end - 1]) is not None:  # a judgment is the court's, however far back
        return issuer(doc[document_end - 1], issuers, actors)
    introduced = introduction(doc[document_end - 1])  # "In dem Papier" after "aus einem internen Entwurf"
    if introduced is None and last is not None:
        return mention_as(doc[document_end - 1], last, actors)
    issuers = [m for m in issuers if not _holding(doc, m)]  # not "der dem ARD-Hauptstadtstudio vorliegt"
    bodies = _recent(issuers, introduced.sent.end if introduced is not None else cue.i)
    if introduced is not None and not any(m.token_start >= introduced.sent.start for m in bodies):
        bodies = _recent(issuers, introduced.i)  # no one named with it: the subject before
    if not bodies:
        return None
    last_sentence = [m for m in bodies if doc[m.token_start].sent == doc[bodies[-1].token_start].sent]
    return mention_as(doc[document_end - 1], last_sentence[0].key, actors)  # its subject


def _author_of_darin(cue: Token, actors: ActorIndex) -> ActorMention | None:
    """`Der Städtetag legte ein Positionspapier vor. Darin heißt es, ...`: the subject of the sentence before that
    introduced the document `darin` refers to."""
    doc, sent = cue.doc, cue.sent
    darin = next((t for t in clause_of(cue) if t.lower_ == "darin"), None)
    if darin is None or sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    document = next((t for t in reversed(previous) if t.lower_.endswith(DOCUMENT_NOUNS)), None)
    author = presenter_of(document, actors) if document is not None else None
    return mention_as(darin, author.key, actors) if author is not None else None  # "..., heißt es darin"


def presenter_of(document: Token, actors: ActorIndex) -> ActorMention | None:
    """Who presented a document in the sentence that names it: the first actor before it there that no preposition
    governs and that is no genitive (`Der Städtetag legte ein Positionspapier vor`)."""
    doc = document.doc
    before = [m for m in actors.in_span(document.sent) if m.token_end <= document.i]
    return next((m for m in before if not after_preposition(doc, m) and not is_genitive_of(m, doc)), None)


def issued_by(document: Token) -> str | None:
    """The kind of institution that alone issues such a document (`Urteil` → `gericht`), or None."""
    return next((kind for noun, kind in ISSUED_BY.items() if document.lower_.endswith(noun)), None)


def issuer(document: Token, bodies: list[ActorMention], actors: ActorIndex) -> ActorMention | None:
    """The last institution of the kind that issues the document (`laut Anklage`, `in dem Urteil`), as its mention."""
    kind = issued_by(document)
    issued = [m for m in bodies if m.token_end <= document.i and kind and named_as(m, kind, actors)]
    return mention_as(document, issued[-1].key, actors) if issued else None


def _holding(doc: Doc, mention: ActorMention) -> bool:
    """`ein Papier, das dem „Spiegel“ vorliegt`: who holds a document, not who wrote it."""
    after = doc[mention.token_end : mention.token_end + 2]
    return any(t.lemma_.lower() in ("vorliegen", "zuspielen") or t.lower_ in ("vorliegt", "vorlag") for t in after)


def introduction(document: Token) -> Token | None:
    """The earlier mention of a document a definite one refers back to (`In dem Papier heißt es` after `Das geht
    aus einem internen Entwurf hervor`): whose it is was said where it was introduced, with an indefinite article,
    a possessive (`legte seinen Bericht vor`) or a compound that names which one (`den Verfassungsschutzbericht`)."""
    doc = document.doc
    before = {t.lower_ for t in doc[max(0, document.i - 3) : document.i]}
    if not before & {"dem", "der", "diesem", "dieser", "im"}:
        return None
    introductions = [
        t
        for t in doc[: document.sent.start]
        if t.lower_.endswith(DOCUMENT_NOUNS)
        and (
            {w.lower_ for w in doc[max(0, t.i - 3) : t.i]} & (INDEFINITE_ARTICLES | POSSESSIVES)
            or (t.lower_ not in DOCUMENT_NOUNS and t.lower_.endswith(document.lower_))
        )
    ]
    return introductions[-1] if introductions else None
