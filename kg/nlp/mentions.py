"""The finders: every span of a German news `Doc` that may name an actor or a place, as a `Candidate`.

Small finders run over the `Doc` one after another — the gazetteer, the statistical NER where the pipeline has one,
role titles before names (`Kremlsprecher Dmitri Peskow`), appositions (`Der Vorsitzende der X, Wolfgang
Ischinger,`), organisation nouns (`Verteidigungsministerium`), sports clubs, a country's forces (`russische
Truppen`), media names in quotes, and groups (`westliche Staaten`). Each says what it found and how its name is
cited (`der Rheinischen Post` → `Rheinische Post`); the candidates may overlap and name one actor several ways.
Settling the overlaps and merging them into identities is `resolution.py`'s work, so this module reads only the
text, never what the other finders found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Entry, Gazetteer
from kg.nlp.dates import MONTHS
from kg.nlp.gender import first_name_genders, noun_gender
from kg.nlp.german import (
    ACADEMIC_TITLES,
    ADJECTIVE_ENDINGS,
    ARTICLES,
    ASSOCIATION_HEADS,
    CLUB_WORDS,
    DEFINITE_ARTICLES,
    DEFINITE_INSTITUTIONS,
    DETERMINERS,
    FIRM_HEADS,
    FIRM_WORDS,
    FORCES_OF_A_COUNTRY,
    FUSED_PREPOSITIONS,
    GENERIC_COMPOUND_HEADS,
    GROUP_ALIASES,
    GROUP_HEADS,
    GROUP_HEADS_NEED_ADJECTIVE,
    HOME_COUNTRY,
    HONORIFICS,
    IN_TOWN_ENDINGS,
    INDEFINITE_ARTICLES,
    LEGAL_FORMS,
    MEMBER_HEADS,
    NAME_PARTICLES,
    NAMED_AFTER_HEAD,
    NOT_GROUPS,
    OFFICIALS_OF_A_COUNTRY,
    ORGANISATION_ANAPHORS,
    ORGANIZATION_HEADS,
    PATRONYMIC_PARTICLES,
    PLACE_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    QUOTED_BODY_KINDS,
    REPORT_NOUNS,
    ROAD,
    SOURCE_ARTICLES,
    SOURCE_NOUNS,
    TOWN_NAME_LINKS,
)
from kg.nlp.name_lists import FIRST_NAME, name_flags
from kg.nlp.quotes import Quote
from kg.nlp.syntax import (
    STRONG_ENDINGS,
    TIME_NOUNS,
    adjective_stem,
    institution_head_of,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_heading,
    is_role,
    organisation_head,
    owner_after,
    past_quotes,
    preposition_before,
    role_base,
    strip_genitive,
    strong_nominative,
)


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


def find_candidates(doc: Doc, gazetteer: Gazetteer, quotes: list[Quote]) -> list[Candidate]:
    """Every candidate of every finder, in the finders' order; overlapping and not yet merged."""
    return [
        *_role_persons(doc, gazetteer),
        *_appositions(doc),
        *_ner(doc, gazetteer, quotes),
        *_gazetteer(doc, gazetteer, quotes),
        *_organisations(doc, gazetteer),
        *_legal_names(doc, gazetteer),
        *_clubs(doc, gazetteer),
        *_forces(doc, gazetteer),
        *_media(doc, quotes),
        *_quoted_bodies(doc, quotes),
        *_groups(doc, quotes),
        *_districts(doc),
    ]


def _districts(doc: Doc) -> Iterator[Candidate]:
    """Districts, which a recogniser trained on sentences of news seldom knows: the name after `Landkreis` or
    `Kreis` (`im Kreis Olpe`), and names in `-Kreis` (`im Rhein-Sieg-Kreis`)."""
    for token in doc:
        if token.lower_ in ("landkreis", "landkreises", "kreis", "kreises") and token.i + 1 < len(doc):
            one = token.i + 2 if is_capitalised_word(doc[token.i + 1]) else token.i + 1  # "Olpe" tagged a noun
            end = max(_proper_noun_run(doc, token.i + 1), one)
            if end > token.i + 1:
                yield Candidate(token.i + 1, end, "Place", doc[token.i + 1 : end].text, "district")
        elif re.fullmatch(r"(?:[A-ZÄÖÜ][a-zäöüß]+-)+Kreis(?:es)?", token.text):
            yield Candidate(token.i, token.i + 1, "Place", strip_genitive(token.text, lower_head="kreis"), "district")


def _legal_names(doc: Doc, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """`die Sonnenkind GmbH`, `der Hersteller Nordwind Energie AG`: the capitalised words before a legal form are a
    firm's name, whatever a recogniser made of them (not a town's adjective before them: `die Düsseldorfer X AG`)."""
    for token in doc:
        if token.text not in LEGAL_FORMS or token.i == 0:
            continue
        start = token.i
        while start > max(0, token.i - 4) and _firm_name_word(doc[start - 1]):
            start -= 1
        if start < token.i - 1 and gazetteer.place_for_demonym(doc[start].text) is not None:
            start += 1
        if start < token.i:
            yield Candidate(start, token.i + 1, "Organization", doc[start : token.i + 1].text, "organisation")


def _firm_name_word(token: Token) -> bool:
    """A word of a firm's name before its legal form: capitalised, no article, no kind of firm (`Hersteller`)."""
    kind = organisation_head(token) is not None and token.lower_ == organisation_head(token)
    return is_capitalised_word(token) and token.lower_ not in DETERMINERS and not is_role(token) and not kind


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
        if _part_of_month(token) or token.lower_ in TIME_NOUNS:
            break  # "nach Angaben eines Regierungssprechers Anfang Juli": a time, no name
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


def _role_persons(doc: Doc, gazetteer: Gazetteer) -> Iterator[Candidate]:
    """`Bundeskanzler Olaf Scholz (SPD)`, `der französische Präsident Emmanuel Macron`, `Herr Gauland`."""
    for token in doc[:-1]:
        honorific = token.lower_ in HONORIFICS and token.text[0].isupper()
        if not (is_role(token) or honorific or _describes_a_name(token, gazetteer)):
            continue
        first = token.i + 1 if honorific else _past_titles(doc, token.i + 1)
        end = _name_after(doc, first, gazetteer)
        if end == first or (not honorific and end == first + 1 and _common_noun(doc[first])):
            continue  # "warf dem Kanzler Realitätsverlust vor"; but "Herr Trabant" is a name
        if honorific:
            yield Candidate(first, end, "Person", doc[first:end].text, "role", phrase_start=token.i)
            continue
        start, role, nationality = _role_phrase_start(doc, token, gazetteer)
        affiliations = [compound_affiliation(token, gazetteer)] if "-" in token.text else []
        party = _party_after(doc, end, gazetteer)
        known = gazetteer.lookup(doc[first:end].text)  # "Regierungschef Viktor Orban" is Viktor Orbán
        known = known if known is not None and known.type == "Person" else None
        yield Candidate(
            first,
            end,
            "Person",
            known.name if known is not None else doc[first:end].text,
            "role",
            roles=[role],
            affiliations=[a for a in (*affiliations, party) if a],
            nationality=nationality,
            phrase_start=start,
            qid=known.qid if known is not None else None,
        )


def _describes_a_name(token: Token, gazetteer: Gazetteer) -> bool:
    """`die Ozeanografin Anna Schmidt`, `der Unternehmer Peter Braun`: a common noun between an article (and
    adjectives) and a known first name with a surname says what the person is; a people's noun, any first name
    (`die Polin Iga Swiatek`)."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and is_adjective(doc[i]):
        i -= 1  # "die frühere Weltranglistenerste Simona Halep"
    if i < 0 or doc[i].lower_ not in DEFINITE_ARTICLES or token.pos_ not in ("NOUN", ""):
        return False
    if not is_capitalised_word(token) or organisation_head(token) is not None or token.i + 2 >= len(doc):
        return False
    j = _past_titles(doc, token.i + 1)
    if j + 1 >= len(doc):
        return False
    first, last = doc[j], doc[j + 1]
    demonym = gazetteer.country_for_demonym(token.text) is not None and is_capitalised_word(first)  # "die Polin X Y"
    return (first.text in first_name_genders() or demonym) and _is_name_token(last, gazetteer)


def _past_titles(doc: Doc, i: int) -> int:
    """Where a name starts after academic titles from token `i` on (`der Kriminologe Prof. Dr. X`)."""
    while i < len(doc) - 1 and doc[i].lower_ in ACADEMIC_TITLES:
        i += 1
    return i


def compound_affiliation(role: Token, gazetteer: Gazetteer) -> str | None:
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
        whole = _whole_name(ent) if ent.label_ == "ORG" else _whole_town(ent) if ent.label_ == "LOC" else None
        span = _strip_determiners(whole if whole is not None else _with_surname(ent, gazetteer))
        if span is not None and len(span) > 1 and _kind_of_organisation(span[0]) and not _head_in_name(span, gazetteer):
            span = span[1:]  # "die Regierungspartei Georgischer Traum" is called "Georgischer Traum"
        if span is not None and len(span) > 2 and is_role(span[1]) and _genitive_country(doc, span[1], gazetteer):
            span = span[1:]  # "Israels Regierungschef Netanjahu": the country's genitive is not part of the name
        while span is not None and len(span) > 1 and (is_role(span[0]) or _not_a_name_part(span[0])):
            span = span[1:]  # "Kremlsprecher Dmitri Peskow", "Herr Blak": the role is not part of the name
        if span is None or not any(char.isalpha() for char in span.text):
            continue  # a recogniser's entity of spaces or signs names nothing
        if ent.label_ in ("PER", "LOC") and _named_after_firm_noun(span):
            continue  # "der Flughafenbetreiber Fraport": the organisation finder names it
        if ent.label_ != "PER" and len(span) == 2 and span[0].text.endswith("s") and is_role(span[1]):
            continue  # "Nordrhein-Westfalens Gesundheitsminister": a Land's minister, no organisation
        if len(span) > 1 and ent.label_ != "PER" and _country_and_noun(span, gazetteer):
            span = span[:1] if _is_country(span[0], gazetteer) else span  # "liefert der Ukraine Panzer"
        entry = gazetteer.lookup(span.text)
        if entry is not None and _common_word(span, entry, quotes) and article_before(span[0]) in NEUTER_ARTICLES:
            continue  # "Das Bild hätte nie in unsere Sammlung gelangen dürfen": a painting, not the paper
        if entry is not None:
            yield candidate_from_entry(span, entry, "ner")
        elif ent.label_ == "ORG" and article_before(span[0]) in INDEFINITE_ARTICLES and "-" not in span[0].text:
            continue  # "Ein Förderprogramm für Handwerker": something of a kind, no named organisation
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
            if len(span) == 1 and (_common_noun(span[0]) or (is_heading(span.sent) and not name_flags(span[0]))):
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
            name = strip_genitive(span.text, lower_head=head) if head else _citation_form(span)
            yield Candidate(span.start, span.end, "Organization", name, "ner")  # "des GKV-Spitzenverbands"
        elif ent.label_ == "LOC" and len(span) > 1 and (is_role(span[-1]) or span[-1].lower_ in MEMBER_HEADS):
            continue  # "die Straßburger Richter": people of a place, not the place
        elif ent.label_ == "LOC" and len(span) == 1 and span[0].lower_.endswith(("kreise", "kreisen")):
            continue  # "aus Diplomatenkreisen": a group of sources, which the group finder names
        elif (ent.label_ == "LOC" and not _named_compound(span, gazetteer)) or _place_in_a_country(span, gazetteer):
            yield Candidate(span.start, span.end, "Place", span.text, "ner")


def _named_after_firm_noun(span: Span) -> bool:
    """A name right after a noun for a kind of firm or institution that is named after it (`der Netzbetreiber
    Tennet`, `die Nachrichtenagentur Anadolu`)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    named = _proper_noun_run(doc, span.start) == span.end  # what the organisation finder takes as its name
    return before is not None and organisation_head(before) in NAMED_AFTER_HEAD and named


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
    for a noun (`Henrike Althaus`, `Sven-Christian Kindler`); one before `bin` goes on with the patronym."""
    doc, end = ent.doc, ent.end
    if ent.label_ == "PER" and end + 1 < len(doc) and doc[end].lower_ in PATRONYMIC_PARTICLES:
        patronym = end + 1
        joining = (*PATRONYMIC_PARTICLES, "al")
        while patronym < len(doc) and (is_capitalised_word(doc[patronym]) or doc[patronym].lower_ in joining):
            patronym += 1  # "Tamim bin Hamad Al Thani": one name, however the recogniser cut it
        return doc[ent.start : patronym] if patronym > end + 1 else ent
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
    Georgischer` → `... Georgischer Traum`, `Vereinte` → `Vereinte Nationale Bewegung`), and one cut before
    `pro` goes on to the noun after it (`Allianz pro Schiene`)."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end - 1].lower_.endswith(ADJECTIVE_ENDINGS) and is_capitalised_word(doc[end]):
        if doc[end - 1].pos_ == "NOUN" or doc[end].ent_type_ == "PER":
            break  # "des Belgischen Expressionisten James Ensor": a noun in -en, and a person after it
        if not doc[end].is_alpha or doc[end].pos_ not in ("NOUN", "PROPN", "ADJ", ""):
            break
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "pro" and is_capitalised_word(doc[end + 1]):
        end += 2  # "Allianz pro Schiene", "Pro Asyl" after a name: one name
    return doc[ent.start : end]


def _whole_town(ent: Span) -> Span:
    """A place goes on to the river, lake or region its name joins (`Landsberg am Lech`, `Frankfurt an der Oder`),
    not to a time (`in Berlin am Montag`), to a part of the town (`am Odeonsplatz`) or to a name of two words (`in
    Berlin am Brandenburger Tor`)."""
    doc, end = ent.doc, ent.end
    for link in TOWN_NAME_LINKS:
        name = end + len(link)
        if name >= len(doc) or [t.lower_ for t in doc[end:name]] != list(link):
            continue
        word, after = doc[name], doc[name + 1] if name + 1 < len(doc) else None
        if (
            is_capitalised_word(word)
            and word.lower_ not in TIME_NOUNS
            and not word.lower_.endswith(IN_TOWN_ENDINGS)
            and (word.pos_ == "PROPN" or word.ent_type_ == "LOC")
            and (after is None or not is_capitalised_word(after) or after.i == after.sent.start)
        ):
            return doc[ent.start : name + 1]
    return ent


_KINDS_OF_ORGANISATION = GENERIC_COMPOUND_HEADS | ASSOCIATION_HEADS | set(FIRM_HEADS)


def _kind_of_organisation(token: Token) -> bool:
    """A compound that says what kind of organisation a name is (`Regierungspartei`, `Terrormiliz`,
    `Digitalverband`, `Softwarekonzern`), not `Partei` opening a name (`Partei für die Freiheit`) nor an institution
    named after its place (`Universität Bielefeld`)."""
    head = organisation_head(token)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    compound = strip_genitive(token.lower_) != head  # not "des Verbandes Deutscher Verkehrsunternehmen"
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
    last = strip_genitive(span[-1].lower_).rsplit("-", 1)[-1]
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
    name = _national_name(owner, strip_genitive(token.text, lower_head=head), head)
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
        return strip_genitive(span.text, lower_head=head)
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
    words = [t.text[: len(adjective_stem(t.text))] + ending if t in adjectives else t.text for t in span[:-1]]
    last = _nominative_noun(span[-1]) if article == "des" else span[-1].text
    return " ".join([*words, last])


def _nominative_noun(token: Token) -> str:
    """A common noun after `des` without its genitive ending: an institution's (`Ministeriums` → `Ministerium`) or
    `-es` after a consonant (`Mieterbundes` → `Mieterbund`); not `Währungsfonds`, nor a name (`AfD`)."""
    text = token.text
    if head := organisation_head(token):
        return strip_genitive(text, lower_head=head)
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


def candidate_from_entry(span: Span, entry: Entry, source: str) -> Candidate:
    return Candidate(span.start, span.end, entry.type, entry.name, source, qid=entry.qid)


def _gazetteer(doc: Doc, gazetteer: Gazetteer, quotes: list[Quote]) -> Iterator[Candidate]:
    """Every span of up to five tokens that the gazetteer knows, inflected forms included; articles stay outside
    the name, and a common word (`Dann`, `Weil`, `Bild`) is a name only where it cannot be that word."""
    for i, token in enumerate(doc):
        if _lower_case_label(token) and (entry := gazetteer.lookup(token.text)) is not None:
            yield candidate_from_entry(doc[i : i + 1], entry, "gazetteer")  # "laut vzbv", "der epd"
            continue
        if not is_capitalised_word(token) or token.lower_ in DETERMINERS:
            continue
        for n in range(min(5, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if not is_capitalised_word(span[-1]) or any(t.is_punct and t.text not in "-.&" for t in span):
                continue
            entry = gazetteer.lookup(span.text)
            if entry is not None and _other_first_name(span, entry):
                yield Candidate(i - 1, i + n, "Person", doc[i - 1 : i + n].text, "gazetteer")  # "Mike Johnson"
                break
            if entry is not None and not _common_word(span, entry, quotes):
                if not (span.text.lower() in GROUP_ALIASES and _compass_point(span[-1])):  # "im Westen des Landes"
                    yield candidate_from_entry(span, entry, "gazetteer")
                break


def _other_first_name(span: Span, entry: Entry) -> bool:
    """`Mike Johnson`: a known person's surname after a first name that is not theirs is someone else."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if entry.type != "Person" or len(span) != 1 or before is None or before.text not in first_name_genders():
        return False
    return not entry.name.startswith(before.text)


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
        if head is None and token.lower_ in FIRM_WORDS and (end := _proper_noun_run(doc, token.i + 1)) > token.i + 1:
            name = doc[token.i + 1 : end].text  # "die Firma Bosch", "das Unternehmen Velamed"
            yield Candidate(token.i + 1, end, "Organization", name, "organisation", phrase_start=token.i)
            yield Candidate(token.i, token.i + 1, "Organization", token.text, "descriptor")  # a recogniser's person
        if head is None and (society := _learned_society(doc, token)) is not None:
            yield Candidate(*society, "Organization", _citation_form(doc[society[0] : society[1]]), "organisation")
            continue  # "die Deutsche Gesellschaft für Kardiologie", "die Deutsche Krebsgesellschaft"
        if head is None:
            continue
        base = strip_genitive(token.text, lower_head=head)
        end = max(_proper_noun_run(doc, token.i + 1), _bare_name(doc, token)) if head in NAMED_AFTER_HEAD else token.i
        if end > token.i + 1 and _head_in_name(doc[token.i : end], gazetteer):
            name = f"{base} {doc[token.i + 1 : end].text}"  # "der Bundesverband Solarwirtschaft"
            yield Candidate(token.i, end, "Organization", name, "organisation")
        elif end > token.i + 1:
            name = doc[token.i + 1 : end].text  # "der Autozulieferer Kessler & Brandt", whatever NER missed
            yield Candidate(token.i + 1, end, "Organization", name, "organisation", phrase_start=token.i)
        elif head in NAMED_AFTER_HEAD and (title := _quoted_title(doc, token.i + 1)) is not None:
            yield Candidate(*title, "Organization", doc[title[0] : title[1]].text, "organisation", phrase_start=token.i)
        adjective = _preceding_adjective(doc, token)
        country = gazetteer.country_for_adjective(adjective.text) if adjective is not None else None
        indefinite = adjective is not None and adjective.i > 0 and doc[adjective.i - 1].lower_.startswith("ein")
        if (known := _known_as(base, gazetteer)) is not None:  # "die (libanesische) Hisbollah-Miliz" is the Hisbollah
            yield candidate_from_entry(doc[token.i : token.i + 1], known, "organisation")
        elif country is not None and adjective is not None and not indefinite:  # not "für einen russischen Dienst"
            end = _remit(doc, token) or token.i + 1  # "die britische Behörde für maritime Sicherheit"
            name = f"{strong_nominative(adjective.text, noun_gender(head)).capitalize()} {doc[token.i : end].text}"
            name = name.replace(token.text, base, 1)
            yield Candidate(adjective.i, end, "Organization", name, "organisation", nationality=country.name)
        elif (owned := _owned_institution(token, gazetteer, "organisation")) is not None:
            yield owned  # "Taiwans Verteidigungsministerium"
        elif head == "ministerium" and base != head.capitalize() and (seat := _capital_after(doc, token, gazetteer)):
            name = _national_name(seat, base, head)  # "des Außenministeriums in Washington"
            yield Candidate(token.i, token.i + 3, "Organization", name, "organisation", nationality=seat.name)
        elif (end := _genitive_of_members(doc, token, base, head, gazetteer) or _remit(doc, token)) is not None or (
            end := _strong_genitive(doc, token)
        ) is not None:
            yield Candidate(token.i, end, "Organization", f"{base} {doc[token.i + 1 : end].text}", "organisation")
        elif (named := _capitalised_attribute(doc, token)) is not None:  # "das Statistische Bundesamt"
            name = _citation_form(doc[named : token.i + 1])
            yield Candidate(named, token.i + 1, "Organization", name, "organisation")
        elif "-" in base and base.rsplit("-", 1)[1].lower() in FIRM_HEADS:  # "der Volkswagen-Konzern" is Volkswagen
            yield Candidate(token.i, token.i + 1, "Organization", base.rsplit("-", 1)[0], "organisation")
        elif is_acronym(prefix := base.rpartition("-")[0]) and head in ORGANISATION_ANAPHORS:
            yield Candidate(token.i, token.i + 1, "Organization", prefix, "organisation")  # "die RSF-Miliz" is the RSF
        elif "-" in base or (len(base) > len(head) + 2 and head not in GENERIC_COMPOUND_HEADS):
            yield Candidate(token.i, token.i + 1, "Organization", base, "organisation")  # "Verteidigungs|ministerium"
        elif base.lower() in DEFINITE_INSTITUTIONS and token.i > 0 and doc[token.i - 1].lower_ in SOURCE_ARTICLES:
            yield Candidate(token.i, token.i + 1, "Organization", base, "organisation")  # "die Polizei", "laut Polizei"
        elif (after := past_quotes(doc, token.i + 1)) < len(doc) and is_capitalised_word(doc[after]):
            yield Candidate(token.i, token.i + 1, "Organization", base, "descriptor")  # "der Sender CNN"


def _learned_society(doc: Doc, token: Token) -> tuple[int, int] | None:
    """A society named by what it is for or by capitalised adjectives (`die Gesellschaft für bedrohte Völker`, `der
    Deutschen Krebsgesellschaft`); `die Gesellschaft` alone, `die Zivilgesellschaft` are society."""
    if not strip_genitive(token.lower_).endswith("gesellschaft"):
        return None
    start, end = _capitalised_attribute(doc, token) or token.i, _remit(doc, token) or token.i + 1
    return (start, end) if start < token.i or end > token.i + 1 else None


def _head_in_name(span: Span, gazetteer: Gazetteer) -> bool:
    """Is the institution noun part of the name after it: a federal or a Land's association (`Bundesverband
    Solarwirtschaft`, `Landesverband`, `Dachverband`) or one named after its region (`Handwerksverband Westfalen`,
    `Apothekerverband Nordrhein`)?"""
    if span[0].lower_.startswith(("bundes", "landes", "dach")):
        return True
    if len(span) != 2 or not strip_genitive(span[0].lower_).endswith(("verband", "kammer")):
        return False  # "der Staatssender TRT", "der Versicherungskonzern Aventa", whatever the recogniser's type
    entry = gazetteer.lookup(span[1].text)
    return span[1].ent_type_ == "LOC" or (entry is not None and entry.type in ("Place", "Country"))


def _known_as(base: str, gazetteer: Gazetteer) -> Entry | None:
    """The known organisation a compound of its name and a noun for its kind names (`Hisbollah-Miliz`)."""
    name, _, kind = base.rpartition("-")
    entry = gazetteer.lookup(name) if name and kind.lower() in ORGANISATION_ANAPHORS else None
    return entry if entry is not None and entry.type == "Organization" else None


def _plural_institution(token: Token) -> bool:
    """`Menschenrechtsorganisationen`, `Umweltorganisationen`: the plural of a compound institution noun names a
    group (the bare plural, `die Parteien`, no more than the bare singular names one)."""
    lower = token.lower_
    if institution_head_of(lower) is not None:
        return False  # "Revolutionsgarden" is one body
    for ending in ("en", "n"):
        head = institution_head_of(lower[: -len(ending)]) if lower.endswith(ending) else None
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
    i, end = token.i + 2, None
    while i < len(doc):
        while i < len(doc) and is_adjective(doc[i]):
            i += 1
        if i >= len(doc) or not is_capitalised_word(doc[i]) or doc[i].lower_ in DETERMINERS:
            return end  # none without a noun: "nach Angaben der Flughafengesellschaft für rund zwei Stunden"
        i = end = i + 1
        if not (i + 1 < len(doc) and doc[i].lower_ == "und" and is_capitalised_word(doc[i + 1])):
            return end
        i += 1
    return end


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


def _strong_genitive(doc: Doc, token: Token) -> int | None:
    """`Bundesvereinigung Deutscher Apothekerverbände`: a genitive plural without an article (a capitalised
    adjective in -er and a noun) after an institution's noun is part of its name."""
    if token.i + 2 >= len(doc):
        return None
    adjective, noun = doc[token.i + 1], doc[token.i + 2]
    strong = is_capitalised_word(adjective) and adjective.text.endswith("er") and adjective.text[:-2].isalpha()
    plural = noun.lower_.endswith(("e", "en", "er"))  # "Apothekerverbände", not "der Marburger Bund"
    return token.i + 3 if strong and plural and is_capitalised_word(noun) and noun.pos_ in ("NOUN", "") else None


def _bare_name(doc: Doc, head: Token) -> int:
    """`Der Babynahrungshersteller Sonnenkind ruft ... zurück`: one capitalised word after a firm's noun with its
    article, before the verb or a comma, is the firm's name even where no tagger knows it for one."""
    i = head.i + 1
    after = doc[i + 1] if i + 1 < len(doc) else None
    article = head.i > 0 and doc[head.i - 1].lower_ in ("der", "die", "das")  # not "für den Weltverband Dopingfälle"
    article = article and preposition_before(doc, head.i) is None
    named = after is not None and (is_finite(after) or after.text in (",", "."))
    return i + 1 if article and named and is_capitalised_word(doc[i]) and doc[i].is_alpha else i


def _quoted_title(doc: Doc, i: int) -> tuple[int, int] | None:
    """The words of a name in quotation marks from token `i` on (`der Zeitung „Ostsee-Kurier“`), capitalised and
    at most four, or None."""
    if i >= len(doc) or not doc[i].is_quote:
        return None
    close = next((t.i for t in doc[i + 1 : min(i + 6, len(doc))] if t.is_quote), None)
    words = doc[i + 1 : close] if close is not None else []
    return (i + 1, close) if close is not None and len(words) and is_capitalised_word(words[0]) else None


def _lower_case_label(token: Token) -> bool:
    """A short word in lower case that may be an organisation's own acronym (`vzbv`, `epd`), which the gazetteer
    matches only where it lists that very spelling."""
    return token.is_alpha and token.is_lower and 2 <= len(token) <= 5 and not token.is_stop


def _lower_case_acronym(token: Token) -> bool:
    """A lower-case label of up to four letters closing its phrase (`der Nachrichtenagentur epd`)."""
    closing = token.i + 1 == len(token.doc) or token.nbor().is_punct
    return _lower_case_label(token) and len(token) <= 4 and closing


def _proper_noun(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.is_alpha and token.text.isupper() and len(token) > 1)


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


def is_demonym_singular(token: Token) -> bool:
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


def _preceding_adjective(doc: Doc, token: Token) -> Token | None:
    """The adjective right before `token`; a quantifier is none (`mehrere Ökonomen`)."""
    before = doc[token.i - 1] if token.i > 0 else None
    return before if before is not None and is_adjective(before) and before.lower_ not in QUANTIFIERS else None


def _capital_after(doc: Doc, token: Token, gazetteer: Gazetteer) -> Entry | None:
    """The foreign country whose capital follows the noun after `in` (`Außenministerium in Washington`)."""
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "in":
        return None
    country = gazetteer.government_seat(doc[token.i + 2].text)
    foreign = country is not None and country.type == "Country" and country.name != HOME_COUNTRY
    return country if foreign and country.adjectives else None  # "in Berlin": the ministry German news names


def _national_name(country: Entry, base: str, head: str) -> str:
    """`Taiwanisches Verteidigungsministerium`: an institution named with its country's adjective, as news names it
    with the adjective (`das taiwanische Verteidigungsministerium`)."""
    stem = country.adjectives[0]
    adjective = strong_nominative(stem, noun_gender(head))
    if adjective.startswith(stem.lower()):
        adjective = stem + adjective[len(stem) :]  # "US-amerikanisches", not "us-amerikanisches"
    return f"{adjective[:1].upper()}{adjective[1:]} {base}"


def _genitive_country(doc: Doc, token: Token, gazetteer: Gazetteer) -> Entry | None:
    """The country named in the genitive right before `token` (`Taiwans`, `Russlands`)."""
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None or not before.text.endswith("s") or not is_capitalised_word(before):
        return None
    entry = gazetteer.lookup(before.text)
    return entry if entry is not None and entry.type == "Country" else None


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
        if medium_suffix or (after_article and (len(span) > 1 or _reported_by(span))):
            name = text[quote.start : quote.end]
            name = _citation_form(span) if span.text == name else name
            yield Candidate(span.start, span.end, "Organization", name, "media", char_span=(quote.start, quote.end))


_MEDIA_SUFFIXES = ("zeitung", "magazin", "sender", "blatt", "portal")


def _reported_by(title: Span) -> bool:
    """A quoted title of one word after a report noun and a definite article (`Nach Informationen des „Kicker“`):
    a medium."""
    doc = title.doc
    i = title.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 1 and doc[i].lower_ in DEFINITE_ARTICLES and doc[i - 1].lower_ in SOURCE_NOUNS | REPORT_NOUNS


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


SINGULAR_OBLIQUE_ARTICLES = frozenset({"dem", "des", "einem", "eines"})  # before a weak noun in -n: `dem Experten`


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
        if head is None or last.removesuffix("n").endswith(NOT_GROUPS) or _members_of_a_named_body(token):
            continue
        adjective = _preceding_adjective(doc, token)
        before = doc[adjective.i - 1] if adjective is not None and adjective.i > 0 else None
        if before is not None and before.lower_ == "des" and adjective is not None:  # a genitive singular: one body
            name = f"{strong_nominative(adjective.text, noun_gender(last[:-1])).capitalize()} {token.text[:-1]}"
            yield Candidate(adjective.i, token.i + 1, "Organization", name, "organisation")  # "des ... Militärs"
            continue
        article = doc[(adjective or token).i - 1] if (adjective or token).i > 0 else None
        if article is not None and article.lower_ in SINGULAR_OBLIQUE_ARTICLES:
            continue  # "Dem Experten zufolge": one person, not a group
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


def article_before(token: Token) -> str:
    """The article before a noun, past its adjectives and a place's (`das Münchner Unternehmen`), in lower case."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].lower_ not in DETERMINERS:  # "Der" opening a sentence also ends in "er"
        if not (is_adjective(doc[i]) or (is_capitalised_word(doc[i]) and doc[i].lower_.endswith("er"))):
            break
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def is_acronym(word: str) -> bool:
    """`WFP`, `VdK`, `GdP`: capitals, or mostly (a lower-case letter for `der`, `für`)."""
    capitals = sum(char.isupper() for char in word)
    return word.isalpha() and word[0].isupper() and capitals >= 2 and capitals >= len(word) - 1
