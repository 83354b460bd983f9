"""Speakers known only by what they are: `ein Augenzeuge`, `der Vorsitzende Richter`, `Umweltverbände`.

News quotes many people it does not name. Such a noun as the subject of a speech cue (or the source after `laut`)
still says who spoke: a person for a singular noun, a group for a plural one. Each is an actor of its own document
only (`Actor.unnamed`): the `Polizeisprecher` of one article is not the one of the next.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import ActorIndex, ActorMention
from kg.nlp.german import (
    ADJECTIVAL_PERSON_NOUNS,
    AGE_NOUN,
    AUXILIARIES,
    DEFINITE_ARTICLES,
    DESCRIPTIVE_ROLE_HEADS,
    DETERMINERS,
    EXAMPLE_WORDS,
    FEMININE_PERSON_ENDINGS,
    INSTITUTION_PLURALS,
    MEDIUM_HEADS,
    MEMBER_HEADS,
    PERSON_HEADS,
    PERSON_SUFFIXES,
    PERSON_WORDS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    REPORTING_GROUPS,
    ROLE_HEADS,
    SPOKESPERSON_HEADS,
    UNIT_HEADS,
)
from kg.nlp.syntax import (
    auxiliary_before,
    has_parse,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_zu_infinitive,
    oblique_feminine,
    owner_after,
    strong_nominative,
)

_HEADS = (*PERSON_HEADS, *ROLE_HEADS, *DESCRIPTIVE_ROLE_HEADS, *SPOKESPERSON_HEADS, *(MEMBER_HEADS - UNIT_HEADS))
_FORMS = (
    *{head + ending for head in _HEADS for ending in ("", "n", "en", "in", "innen", "e", "s")},
    *{noun + ending for noun in ADJECTIVAL_PERSON_NOUNS for ending in ("", "n", "r")},
)
_ENDINGS = (*_FORMS, *PERSON_SUFFIXES, *INSTITUTION_PLURALS)
# Words before a subject noun that leave it unnamed: articles and quantifiers (`viele Bauern`).
_OPENERS = DETERMINERS | QUANTIFIERS
# Pronouns that are a clause's subject where they open it before its verb (`Es drängt Flüchtlinge ...`).
_PRONOUN_SUBJECTS = frozenset({"es", "er", "sie", "ich", "wir", "ihr", "man"})
# Forms of `sein` with which a cue's participle is a state (`sind aufgerufen`).
_SEIN_FORMS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
# Articles after which a noun is not the subject: `sagte dem Reporter`, `laut einem Sprecher` is the source's dative.
_OBLIQUE = frozenset({"dem", "den", "einem", "einer", "eines", "des"})


def is_person_noun(token: Token) -> bool:
    """A noun for a person or a plural institution: `Polizeisprecherin`, `Augenzeugen`, `Umweltverbände`."""
    if not is_capitalised_word(token):
        return AGE_NOUN.fullmatch(token.text) is not None  # "der 72-Jährige"
    word = token.lower_.rsplit("-", 1)[-1]
    return word in PERSON_WORDS or word.endswith(_ENDINGS)


def _determines_noun(token: Token) -> bool:
    """`Ihr Mann ergänzte`: `ihr` before a noun is a possessive, not the pronoun."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ == "ihr" and following is not None and is_capitalised_word(following)


def unnamed_subject(clause: Span, cue: Token, cue_end: int, actors: ActorIndex) -> ActorMention | None:
    """The unnamed person or group that is the subject of `cue`: by the parse, else by German word order (the
    phrase opening the clause before a finite verb, or the one right after the cue: `sagte eine Anwohnerin`)."""
    if is_zu_infinitive(cue) or _with_sein(cue, clause):
        return None  # "Die Länder sind aufgerufen, ... vorzuhalten": who is called on, not who calls
    if any(t.lower_ in _PRONOUN_SUBJECTS and not _determines_noun(t) for t in clause if t.i < cue.i):
        return None  # "Es drängt Flüchtlinge unter das Existenzminimum": the pronoun is the subject
    parsed = _parsed_subject(cue, clause) if has_parse(cue.doc) else None
    if parsed is False:
        return None
    phrase = parsed or _opening_subject(clause, cue) or _inverted_subject(clause, cue, cue_end)
    if phrase is None and (auxiliary := auxiliary_before(clause, cue.i)) is not None:
        phrase = _inverted_subject(clause, cue, auxiliary.i + 1)  # "Das hat ein Sprecher bestätigt"
    phrase = phrase or _subject_before_relative_clause(cue)
    if phrase is None or _word_before(phrase) in ("beide", "beiden"):
        return None  # "Beide Politiker sagten": the two named before, not a group of their own
    return _as_actor(phrase, actors, plural=_plural_verb(cue, clause))


def _word_before(phrase: Span) -> str:
    """The word before a phrase, in lower case (its article or quantifier)."""
    return phrase.doc[phrase.start - 1].lower_ if phrase.start > 0 else ""


def unnamed_source(sent: Span, cue_start: int, cue_end: int, actors: ActorIndex) -> ActorMention | None:
    """The unnamed source of an attribution: the noun phrase right after its words (`laut einem Polizeisprecher`,
    `nach Angaben von Augenzeugen`) or, for `zufolge`, the noun right before it (`Ärzten zufolge`)."""
    doc = sent.doc
    if doc[cue_start].lower_ == "zufolge":
        noun = doc[cue_start - 1] if cue_start > sent.start else None
    else:
        i = cue_end
        while i < sent.end and (doc[i].lower_ in _OPENERS or doc[i].lower_ == "von" or is_adjective(doc[i])):
            i += 1  # not "schweigen laut dort, wo Frauen ...": no noun phrase follows the word
        noun = doc[i] if i < sent.end else None
    if noun is not None and noun.is_quote and (title := _quoted_before(noun)) is not None:
        key = actors.ensure_actor(title.text, "Organization", None)  # "Der „Times of India“ zufolge": a paper
        actors.add_mention(key, title, "Organization")
        return next(m for m in actors.mentions if m.token_start == title.start and m.key == key)
    if noun is not None and noun.lower_ in REPORTING_GROUPS:  # "Medienberichten zufolge", "laut Presseberichten"
        key = actors.ensure_actor(REPORTING_GROUPS[noun.lower_], "Group", None, unnamed=True)
        actors.add_mention(key, doc[noun.i : noun.i + 1], "Group")
        return next(m for m in actors.mentions if m.token_start == noun.i and m.key == key)
    if noun is None or not is_person_noun(noun):
        return None
    phrase = _phrase_to(noun)
    return _as_actor(phrase, actors, plural=_plural_source(phrase))


def _quoted_before(mark: Token) -> Span | None:
    """The title a closing quotation mark ends, after an article (`der „Times of India“`): capitalised words, at
    most five."""
    doc = mark.doc
    opening = next((t.i for t in reversed(doc[max(0, mark.i - 6) : mark.i]) if t.is_quote), None)
    if opening is None or opening == 0 or opening + 1 >= mark.i or doc[opening - 1].lower_ not in DETERMINERS:
        return None
    title = doc[opening + 1 : mark.i]
    return title if is_capitalised_word(title[0]) else None


def _plural_verb(cue: Token, clause: Span) -> bool:
    """Does the cue agree with a plural subject? As the morphologizer says, else by the ending of the cue or of
    its auxiliary (`fordern`, `haben gesagt`; not `kann`)."""
    number = cue.morph.get("Number")
    if number:
        return "Plur" in number
    verb = next((t for t in clause if t.lower_ in AUXILIARIES), cue)
    return verb.lower_.endswith("n") and verb.lower_ != "kann"


def _with_sein(cue: Token, clause: Span) -> bool:
    """A cue's participle with `sein` (`sind aufgerufen`): a state of whoever was spoken to; cues form their
    perfect with `haben`."""
    participle = cue.tag_ == "VVPP" if cue.tag_ else cue.lower_.startswith("ge") or cue.lower_.endswith("t")
    return participle and any(t.lower_ in _SEIN_FORMS for t in clause if t.i < cue.i)


def _parsed_subject(cue: Token, clause: Span) -> Span | bool | None:
    """The person noun the parser makes the cue's subject; False where its subject is something else (`Die Stadt
    warnte die Anwohner`), None where it found none."""
    heads = [cue, *(c for c in cue.children if c.dep_ in ("aux", "aux:pass"))]
    if cue.head is not cue and cue.dep_ in ("xcomp", "conj"):
        heads.append(cue.head)
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "sb") and clause.start <= c.i < clause.end]
    subjects = [c for c in subjects if not _dative_after(c, cue)]  # "sagte der Nachrichtenagentur AFP"
    subjects = [c for c in subjects if c.lower_ not in ("das", "dies")]  # "Das sagte X": what, not who, said
    subjects = [_noun_after_adjective(c) for c in subjects]  # "eine 34-jährige Pendlerin": the parse's ADJA
    if not subjects:
        return None
    people = [s for s in subjects if is_person_noun(s)]  # a parser may give two: "Der Zeitung sagte ein Manager"
    return _phrase_to(people[0]) if people else False


def _noun_after_adjective(token: Token) -> Token:
    """The noun an attributive adjective stands before, which a parser may have taken for the head."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following if token.tag_ == "ADJA" and following is not None and is_capitalised_word(following) else token


def _dative_after(noun: Token, cue: Token) -> bool:
    """A feminine noun after `der` following the cue: a dative a parser may take for the subject."""
    doc = noun.doc
    return noun.i > cue.i and noun.i > 0 and oblique_feminine(doc[noun.i - 1], noun)


def _opening_subject(clause: Span, cue: Token) -> Span | None:
    """`Ein Augenzeuge berichtete`, `Viele Bauern kritisieren`, `Ein Sprecher des Hotels hat gesagt`."""
    doc = clause.doc
    i = clause.start
    while i < cue.i and (doc[i].is_punct or doc[i].lower_ in _OPENERS or is_adjective(doc[i])):
        i += 1
    end = _noun_run_end(clause, i)
    if end == i or not is_person_noun(doc[end - 1]):
        return None
    after = _past_origin(doc, _after_owner(doc[end - 1]), clause.end)  # "Ein Reisender aus Stuttgart sagte"
    verb = doc[after] if after < clause.end else None
    if verb is None or not (verb.i == cue.i or is_finite(verb) or verb.pos_ == "AUX"):
        return None
    return _phrase_to(doc[end - 1])


def _subject_before_relative_clause(cue: Token) -> Span | None:
    """`Die Ärztin, die anonym bleiben wollte, sagte, ...`, `Eine Frau aus Lorsch, deren ...`: the noun opening the
    sentence, before a relative clause that ends right before the cue."""
    doc, sent = cue.doc, cue.sent
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    i = sent.start
    while i < cue.i and (doc[i].lower_ in _OPENERS or is_adjective(doc[i]) or _age_words(doc[i])):
        i += 1  # "Eine 67 Jahre alte Frau, die ..."
    end = _noun_run_end(doc[sent.start : cue.i], i)
    noun = doc[end - 1] if end > i else None
    end = _past_origin(doc, end, cue.i)  # "Eine Frau aus Lorsch, deren ..."
    relative = end + 1 < cue.i and doc[end + 1].lower_ in (*RELATIVE_PRONOUNS, "deren", "dessen")
    if noun is None or doc[end].text != "," or not relative:
        return None
    return _phrase_to(noun) if is_person_noun(noun) else None


def _inverted_subject(clause: Span, cue: Token, cue_end: int) -> Span | None:
    """`..., sagte eine Anwohnerin`, `berichteten Augenzeugen`: the phrase right after the cue, not in the dative,
    where no noun phrase before the cue is its subject (`Die Stadt warnte die Anwohner`)."""
    doc = clause.doc
    opening = [t for t in doc[clause.start : cue.i] if not (t.is_punct or t.is_space)]
    dative = len(opening) >= 2 and oblique_feminine(opening[0], opening[1])
    if len(opening) >= 2 and opening[0].lower_ in _OPENERS and is_capitalised_word(opening[1]) and not dative:
        return None  # "Die Stadt warnte die Anwohner"; not "Der Zeitung sagte ein Manager"
    i = cue_end
    while i < clause.end and doc[i].lower_ in EXAMPLE_WORDS:  # "sagte sogar ein Minister"
        i += 1
    if i < clause.end and doc[i].lower_ in _OBLIQUE:
        return None
    while i < clause.end and (doc[i].lower_ in _OPENERS or is_adjective(doc[i])):
        i += 1
    end = _noun_run_end(clause, i)
    if end == i or not is_person_noun(doc[end - 1]) or i - cue_end > 3:
        return None
    noun = doc[end - 1]
    if doc[cue_end].lower_ == "der" and noun.lower_.endswith("in"):
        return None  # "sagte der Reporterin": a dative
    if end < clause.end and is_capitalised_word(doc[end]):
        return None  # "sagte Frau Keller": a name kg did not recognise
    return _phrase_to(noun)


def _age_words(token: Token) -> bool:
    return token.like_num or token.lower_ in ("jahre", "jahren", "alte", "alter", "altes")


def _past_origin(doc: Doc, i: int, stop: int) -> int:
    """Past where a person is from, after the noun for them (`aus Lorsch`, `von der Ostsee`), if that follows."""
    if i >= stop or doc[i].lower_ not in ("aus", "von", "vom"):
        return i
    j = i + 1
    while j < stop and doc[j].lower_ in DETERMINERS:
        j += 1
    end = j
    while end < stop and is_capitalised_word(doc[end]):
        end += 1
    return end if end > j else i


def _noun_run_end(clause: Span, i: int) -> int:
    """The end of the noun at `i` and the person nouns after it that it is a title of (`Vorsitzende Richter`)."""
    doc = clause.doc
    if i >= clause.end or not (is_capitalised_word(doc[i]) or AGE_NOUN.fullmatch(doc[i].text)):
        return i
    end = i + 1
    while end < clause.end and is_person_noun(doc[end - 1]) and is_person_noun(doc[end]):
        end += 1
    return end


def _after_owner(noun: Token) -> int:
    """The token after a noun's genitive owner (`Sprecher des Hotels`), or after the noun itself. A medium is no
    owner but whom the words were said to (`sagte ein Hotelbesitzer der Nachrichtenagentur AFP`)."""
    doc = noun.doc
    owner = owner_after(noun)
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("eines", "einer", "von"):
        owner = noun.i + 1  # "die Mutter eines Entführten", "der Bürgermeister von Rom"
    if owner is None or owner != noun.i + 1 or doc[owner + 1].lower_.endswith(tuple(MEDIUM_HEADS)):
        return noun.i + 1
    i = owner + 1
    while i < len(doc) and (is_adjective(doc[i]) or doc[i].lower_ in DETERMINERS):
        i += 1
    while i < len(doc) and is_capitalised_word(doc[i]):
        i += 1
    return i


def _phrase_to(noun: Token) -> Span:
    """The noun with its adjectives and capitalised title words before it, and its genitive owner after."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].lower_ not in _OPENERS and (
        is_adjective(doc[start - 1]) or is_person_noun(doc[start - 1]) or _age_words(doc[start - 1])
    ):
        start -= 1
    return doc[start : _after_owner(noun)]


def _plural_source(phrase: Span) -> bool:
    """A source has no verb to agree with. After a singular article it is one (`einem Polizisten`); without one, a
    dative in `-n` is plural (`von Helfern`, `Experten zufolge`); else the morphologizer or the ending tells."""
    doc = phrase.doc
    noun = _noun(phrase)
    singular = ("ein", "eine", "einen", "einem", "einer", "eines", "dem", "des")
    if phrase.start > 0 and doc[phrase.start - 1].lower_ in singular:
        return False
    if noun.lower_.endswith("n") and not noun.lower_.endswith("in"):
        return True
    number = noun.morph.get("Number")
    return "Plur" in number if number else noun.lower_.endswith(("verbände", "ärzte", *INSTITUTION_PLURALS))


def _noun(phrase: Span) -> Token:
    """The phrase's head: the last of its leading person nouns (`Vorsitzende Richter`), not its owner's."""
    first = next(t for t in phrase if is_person_noun(t))
    return phrase.doc[_noun_run_end(phrase, first.i) - 1]


def _as_actor(phrase: Span, actors: ActorIndex, *, plural: bool) -> ActorMention:
    """The phrase recorded as an unnamed actor of this document and as a mention of it."""
    noun = _noun(phrase)
    told = (m for m in actors.mentions if noun.i < m.token_start < phrase.end and actors.is_medium(m.key))
    media = [m.phrase_start for m in told]
    cut = media[0] if media else phrase.end
    while media and cut > noun.i + 1 and phrase.doc[cut - 1].lower_ in DETERMINERS:
        cut -= 1
    phrase = phrase.doc[phrase.start : cut]  # "ein Diplomat der dpa": dpa was told, it employs no diplomat
    gender = _gender(phrase, noun, plural=plural)
    words = [*(_nominative(t, gender) for t in phrase if t.i < noun.i), _noun_nominative(noun, gender)]
    name = " ".join([*words, phrase.doc[noun.i + 1 : phrase.end].text]).strip()
    name = name[:1].upper() + name[1:]  # "Kommunale Arbeitgeber", as a group is named
    key = _described_before(phrase, name, actors) or actors.ensure_actor(
        name, "Group" if plural else "Person", None, unnamed=True
    )
    actors.add_mention(key, phrase, actors.by_key(key).type)
    return next(m for m in actors.mentions if m.token_start == phrase.start and m.key == key)


def _described_before(phrase: Span, name: str, actors: ActorIndex) -> str | None:
    """`die Staatsanwältin` after `die zuständige Staatsanwältin`, `die Sprinterin` after `Sprinterin Kaya
    Neumann`: a bare noun with the definite article is the last unnamed actor described with it, or the person
    named with it as their role."""
    article = phrase.doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    if article not in DEFINITE_ARTICLES or " " in name:
        return None
    earlier = [key for key, a in actors.actors.items() if a.unnamed and a.name.split()[-1] == name]
    earlier = earlier or [
        key
        for key, a in actors.actors.items()
        if a.type == "Person" and not a.unnamed and any(r.split()[-1] == name for r in a.roles)
    ]
    return earlier[-1] if earlier else None


def _gender(phrase: Span, noun: Token, *, plural: bool) -> str:
    """`pl`; `f` for a feminine noun (`Anwohnerin`, `Frau`) or an adjective's after a feminine article (`die
    Angeklagte`); else `m`, as news uses the masculine of unknown people."""
    article = phrase.doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    if plural:
        return "pl"
    feminine = noun.lower_.endswith(FEMININE_PERSON_ENDINGS) or (_adjectival(noun) and article in ("die", "eine"))
    return "f" if feminine else "m"


def _adjectival(noun: Token) -> bool:
    return noun.lower_.removesuffix("n").removesuffix("r").endswith((*ADJECTIVAL_PERSON_NOUNS, "jährige"))


def _noun_nominative(noun: Token, gender: str) -> str:
    """The head in the nominative: `Angeklagter` (`der Angeklagte`, `des Angeklagten`), `Helfer` (`von Helfern`),
    `Polizist` (`einem Polizisten`, as the lemma says)."""
    text, lower = noun.text, noun.lower_
    if gender == "pl":
        return text[:-1] if lower.endswith(("ern", "eln", "ärzten", "bänden")) else text
    if _adjectival(noun):
        stem = text[: len(text) - (len(lower) - len(lower.rstrip("nr")))]  # "Angeklagten" → "Angeklagte"
        return stem + {"m": "r", "f": ""}[gender]
    lemma = noun.lemma_
    if lower.endswith("in"):
        return text  # "Gewerkschaftlerin": a woman's noun in the singular is its own citation form
    if lemma[:1].isupper() and text.startswith(lemma[:3]) and lemma.lower() != lower:
        return lemma  # not "Tesla-manager": a lemmatizer's case is no inflection
    genitive = noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("des", "eines") and lower.endswith("s")
    return text[:-1] if genitive else text  # a lemmatizer that does not know it: "eines Polizeisprechers"


def _nominative(token: Token, gender: str) -> str:
    """An adjective or title before the head in its strong form (`Der Vorsitzende Richter` → `Vorsitzender
    Richter`)."""
    if token.like_num or token.lower_ in ("jahre", "jahren"):
        return token.text  # "67 Jahre alte Frau"
    word = strong_nominative(token.text, gender)
    return word.capitalize() if token.text[0].isupper() else word
