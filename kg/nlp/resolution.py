"""Resolution: the finders' candidates become one candidate per mention, named as the identity it refers to.

The finders of `mentions.py` may take one span several ways; here overlaps are settled longest first. Then what is
left is read in the light of what was found: institution nouns before a name describe it (`der Elektrokonzern
Siemens`), compounds name countries and organisations in passing (`US-Soldaten`), acronyms and the names they spell
out are one organisation, `das Bündnis` and `die Stadt` name the one named before, and surnames, genitives, titles
(`des Bundeskanzlers`), ages and demonyms are resolved to the people they name, so that "Scholz" and "Bundeskanzler
Olaf Scholz" are one actor. What comes out still are `Candidate`s; `actors.py` turns them into the `ActorIndex` of
the later stages.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer
from kg.nlp.gender import first_name_genders, gender_of, role_gender
from kg.nlp.german import (
    ADJECTIVE_ENDINGS,
    AGE_NOUN,
    AMBIGUOUS_INSTITUTIONS,
    ANAPHORIC_ORGANIZATIONS,
    APPOINTING_VERBS,
    ARTICLE_GENDER,
    AUTHORITY_HEADS,
    CLUB_ANAPHORS,
    CLUB_WORDS,
    DEFINITE_ARTICLES,
    DEFINITE_INSTITUTIONS,
    DESCRIPTIVE_ROLE_HEADS,
    DETERMINERS,
    FIRM_ANAPHORS,
    FIRM_HEAD_OFFICES,
    FIRM_HEADS,
    FORMER_ADJECTIVES,
    FUSED_PREPOSITIONS,
    HEAD_SYNONYMS,
    INSTITUTION_PLURALS,
    KIND_ANAPHORS,
    MEDIUM_ANAPHORS,
    MEDIUM_HEADS,
    MUNICIPALITY_NOUNS,
    NAMED_AFTER_HEAD,
    NOT_AUTHORITIES,
    NOT_OF_A_COUNTRY,
    ORGANISATION_ANAPHORS,
    ORGANIZATION_HEADS,
    PERSON_SUFFIXES,
    PERSON_WORDS,
    POSSESSIVES,
    ROAD,
    SOURCE_COMPOUND_HEADS,
    STATE_NOUNS,
    TOWN_NAME_LINKS,
    WHO_PREPOSITIONS,
)
from kg.nlp.mentions import (
    Candidate,
    article_before,
    candidate_from_entry,
    compound_affiliation,
    is_acronym,
    is_demonym_singular,
)
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import (
    clause_of,
    institution_head_of,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_role,
    organisation_head,
    past_quotes,
    preposition_before,
    strip_genitive,
)


def resolve_candidates(
    doc: Doc, candidates: list[Candidate], gazetteer: Gazetteer, published: date | None, quotes: list[Quote]
) -> list[Candidate]:
    """The candidates with overlaps settled, more found where the ones chosen show them, and each named as the
    identity it refers to."""
    chosen = _described_names(doc, _settle_overlaps(candidates))
    chosen += _compound_prefixes(doc, gazetteer, chosen)
    chosen = _spelt_out(doc, chosen)
    chosen = _anaphoric_organisations(doc, chosen, gazetteer)
    chosen = _municipalities(doc, chosen, gazetteer)
    _offices_taken(doc, chosen)
    chosen = _resolve_people(doc, chosen, gazetteer, published, quotes)
    chosen = _repeated_organisations(doc, chosen)
    _federal_short_names(chosen)
    _short_town_names(chosen)

    _bracketed_abbreviations(doc, chosen)
    return chosen


_SOURCE_RANK = {
    "apposition": 0,
    "role": 1,
    "gazetteer": 2,
    "media": 3,
    "district": 3,
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
        adjacent = nxt is not None and nxt.start == past_quotes(doc, cand.end)  # "der Zeitung „Bild“"
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
    return cand.type == nxt.type == "Organization" and is_acronym(doc[nxt.start : nxt.end].text)


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
            kind = "Group" if source.lower() in INSTITUTION_PLURALS else "Organization"
            found.append(Candidate(token.i, token.i + 1, kind, source, "source", char_span=span))
            continue
        if "-" not in token.text:
            continue
        prefix, _, rest = token.text.partition("-")
        if rest.lower() in NOT_OF_A_COUNTRY:
            continue  # "300 Milliarden US-Dollar" names a currency, not the United States
        entry = gazetteer.lookup(prefix) if prefix else None
        if entry is not None and entry.type in ("Country", "Organization"):
            cand = candidate_from_entry(doc[token.i : token.i + 1], entry, "compound")
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
    if prefix.lower() in INSTITUTION_PLURALS:
        return prefix  # "nach Behördenangaben": the authorities
    for base in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        if base and (base.lower() in DEFINITE_INSTITUTIONS or institution_head_of(base)):
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
        or (c.source in ("organisation", "ner") and c.end - c.start == 1 and _as_named(c.name) in named)
        or (c.source == "organisation" and c.end - c.start == 1 and _as_named(c.name) in KIND_ANAPHORS)
        or (c.source in ("organisation", "ner") and c.end - c.start == 1 and _firm_compound(c.name))
        or _seated_anaphor(c.name)
    }  # "der Stadtrat", "der Lehrerverband" after "der Deutsche Lehrerverband", "der Hochschule" after "Universität X",
    # "der Dachverband" after the DOSB
    descriptors = {_descriptor(doc, c) for c in chosen if c.type == "Organization"} - {None}
    bare |= {
        c.start
        for c in chosen
        if c.source == "organisation" and c.end - c.start == 1 and strip_genitive(c.name.lower()) in descriptors
    }  # "des Weltverbands" after "der Weltverband World Athletics"
    taken = {i for c in chosen if c.start not in alliances | bare for i in range(c.start, c.end)}
    starts = {c.start for c in chosen}
    found = []
    for token in doc:
        article = article_before(token)
        definite = article in DEFINITE_ARTICLES | FUSED_PREPOSITIONS or _side_of(token) is not None
        if article in POSSESSIVES and strip_genitive(token.lower_) == "ministerium" and token.i not in taken:
            gender = "m" if article.startswith("sein") else "f" if article.startswith("ihr") else None
            ministry = _ministry_of_minister(token, chosen, gender)  # "ein Sprecher seines Ministeriums"
            found += [ministry] if ministry is not None else []
            continue
        if token.i in taken or not definite:
            continue  # not "eine Gruppe Jugendlicher", "eines Unternehmens": someone new
        if _before_a_name(token, starts):
            continue  # "Der Zeitung „Bild“ sagte ...": the noun says what the name after it is
        antecedent = _organisation_antecedent(token, chosen, gazetteer)
        if antecedent is not None:
            start = token.i - 1 if token.i > 0 and _seated_anaphor(f"{doc[token.i - 1].text} {token.text}") else token.i
            found.append(  # "der Bonner Behörde": the phrase starts at its seat's adjective
                Candidate(
                    token.i, token.i + 1, "Organization", antecedent.name, "anaphor", qid=antecedent.qid,
                    phrase_start=start,
                )
            )
    replaced = {c.start for c in found}
    kept = [c for c in chosen if not any(c.start <= i < c.end for i in replaced)]  # "die Wiesbadener Behörde" too
    return sorted(kept + found, key=lambda c: c.start)


def _seated_anaphor(name: str) -> bool:
    """`die Wiesbadener Behörde`: an authority named before, described by its seat, not one named so."""
    words = name.split()
    if len(words) != 2 or words[0].lower() in DETERMINERS:  # not "der Miliz"
        return False
    return words[0][:1].isupper() and words[0].endswith("er") and words[1].lower() in ORGANISATION_ANAPHORS


def _municipalities(doc: Doc, chosen: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """`Die Stadt Lüneburg teilte mit`, `ein Sprecher des Landkreises Harburg`: a town after the noun for its
    administration is an organisation (`Stadt Lüneburg`), unless a preposition makes it the place (`in der Stadt
    Lüneburg`); `die Stadt` alone is the town named so or named last, whichever came later, but not the seat of an
    institution named with it (`das Bundesverwaltungsgericht in Leipzig`); `das Land Niedersachsen` is the state's
    government."""
    places = [c for c in chosen if c.type == "Place" and _may_be_a_town(c.name, gazetteer)]
    states = [c for c in chosen if c.type == "Place" and (e := gazetteer.lookup(c.name)) and e.kind == "state"]
    found: list[Candidate] = []
    for token in doc:
        head = token.lower_ if token.lower_ in MUNICIPALITY_NOUNS else strip_genitive(token.lower_)
        if head not in MUNICIPALITY_NOUNS | STATE_NOUNS.keys() or article_before(token) not in DEFINITE_ARTICLES:
            continue
        if preposition_before(doc, token.i) not in (None, *WHO_PREPOSITIONS):
            continue  # "in der Stadt", "aus dem Landkreis": where, not who ("an die Stadt", "von der Stadt": who)
        after = past_quotes(doc, token.i + 1)
        if head in STATE_NOUNS:  # "Das Land Niedersachsen schaltete sich ein"; never "das Land" alone
            state = next((c for c in states if c.start == after), None)
            if state is not None:
                name = f"{STATE_NOUNS[head]} {state.name}"
                found.append(Candidate(token.i, state.end, "Organization", name, "municipality"))
            continue
        place = next((c for c in places if c.start == after or (c.start == token.i and c.end > after)), None)
        if place is None and after < len(doc) and is_capitalised_word(doc[after]):
            continue  # "die Stadt Bad Y" the recogniser missed: no guess
        kind = MUNICIPALITY_NOUNS[head]
        if place is None:  # the town named so or named last, not the seat of an institution named with it
            towns = [c for c in places if c.end <= token.i and not _seat_named(doc, c) and not _town_part(doc, c)]
            kinds = (kind,) if kind == "Landkreis" else (None, kind)  # a district is named as one, a town need not
            towns = [c for c in towns if _named_as_municipality(doc, c) in kinds]  # not "die Verbandsgemeinde Y"
            earlier = [c for c in found if c.name.startswith(kind)] + towns
            place = max(earlier, key=lambda c: c.start, default=None)
        if place is not None:
            words = place.name.split()
            town = " ".join(words[1:]) if words[0].lower() in MUNICIPALITY_NOUNS else place.name  # "Stadt Bad X"
            end = max(place.end, token.i + 1) if place.start >= token.i else token.i + 1
            name = town if town.lower().endswith("kreis") else f"{kind} {town}"  # "der Hochsauerlandkreis"
            found.append(Candidate(token.i, end, "Organization", name, "municipality"))
    taken = {i for c in found for i in range(c.start, c.end)}
    kept = [c for c in chosen if not any(i in taken for i in range(c.start, c.end))]
    return sorted(kept + found, key=lambda c: c.start)


def _municipality_before(doc: Doc, place: Candidate) -> str | None:
    """The noun for a municipality a place is named with (`Landkreis` in `im Landkreis Cloppenburg`, `gemeinde` in
    `die Verbandsgemeinde Rüdesheim`), lower case, or None."""
    first = place.name.split()[0].lower()
    word = first if first in MUNICIPALITY_NOUNS else doc[place.start - 1].lower_ if place.start else ""
    stripped = strip_genitive(word)  # "des Landkreises", not "Landkreis" → "landkrei"
    return next((noun for noun in MUNICIPALITY_NOUNS if word.endswith(noun) or stripped.endswith(noun)), None)


def _named_as_municipality(doc: Doc, place: Candidate) -> str | None:
    """The kind of municipality a place is named as (`Landkreis` for `im Landkreis Olpe` and `im
    Hochsauerlandkreis`, `Gemeinde` for `die Verbandsgemeinde Rüdesheim`), or None for a plain name."""
    if place.name.lower().endswith("kreis"):
        return "Landkreis"
    noun = _municipality_before(doc, place)
    return MUNICIPALITY_NOUNS[noun] if noun is not None else None


def _town_part(doc: Doc, place: Candidate) -> bool:
    """`im Stadtteil Saltiwka`, `im Bezirk Mitte`: a part of a town, which no town's administration is."""
    word = doc[place.start - 1].lower_ if place.start > 0 else ""
    return word.endswith(("stadtteil", "ortsteil", "bezirk", "viertel", "kiez"))


def _seat_named(doc: Doc, place: Candidate) -> bool:
    """Is the place named as an institution's seat (`das Bundesverwaltungsgericht in Leipzig`)?"""
    if place.start < 2 or doc[place.start - 1].lower_ != "in":
        return False
    return organisation_head(doc[place.start - 2]) is not None


def _may_be_a_town(name: str, gazetteer: Gazetteer) -> bool:
    """A place known as a city, or not known at all (`Lüneburg`); not a Land, a region, a road (`A94`) or a street."""
    entry = gazetteer.lookup(name)
    street = name.lower().endswith(("straße", "strasse", "platz", "allee", "weg", "ufer"))  # "Hauptverkehrsstraße"
    coded = any(char.isdigit() for char in name)  # "Subtyp H5N1": no town's name has digits
    return not ROAD.fullmatch(name) and not street and not coded and (entry is None or entry.kind == "city")


def _before_a_name(token: Token, starts: set[int]) -> bool:
    """A noun that a name follows, directly or as an apposition (`das Unternehmen, die Optronik Werra GmbH,`): the
    name says who it is."""
    doc, i = token.doc, past_quotes(token.doc, token.i + 1)
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < len(doc) and doc[i].lower_ in DEFINITE_ARTICLES:
            i += 1
    return i in starts


def _as_named(name: str) -> str:
    """A one-word name as the noun an organisation's name is headed by (`Hochschule` → `universität`)."""
    word = strip_genitive(name.lower())
    return HEAD_SYNONYMS.get(word, word)


def _so_named(cand: Candidate, head: str, doc: Doc) -> bool:
    """Is the organisation named or described with this noun (`Verband der Ersatzkassen`, `der Handelsverband HDE`)?"""
    return _headed_by(cand, head, doc) or _described_by(cand, doc) == head


def _of_kind(cand: Candidate, kinds: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Is the organisation one of these kinds in the gazetteer (`union`, `party`)?"""
    entry = gazetteer.lookup(cand.name)
    return entry is not None and entry.kind in kinds


def _organisation_antecedent(token: Token, chosen: list[Candidate], gazetteer: Gazetteer) -> Candidate | None:
    earlier = [c for c in reversed(chosen) if c.end <= token.i and c.type == "Organization"]
    doc = token.doc
    if token.lower_ in ANAPHORIC_ORGANIZATIONS:  # "das Bündnis": NATO, or the one named "das Bündnis „X“"
        return next((c for c in earlier if c.name.isupper() or _kind_before(c, doc).endswith(token.lower_)), None)
    head = _side_of(token) or strip_genitive(token.lower_)
    head = HEAD_SYNONYMS.get(head, head)  # "die Notenbank" after "die Europäische Zentralbank"
    if head in AMBIGUOUS_INSTITUTIONS:
        return None
    if head.endswith("organisation") and is_capitalised_word(token):
        head = "organisation"  # "die Umweltorganisation", "die Hilfsorganisation" after one named
    if head in KIND_ANAPHORS:  # "die Gewerkschaft" after "IG Metall", "der Verband" after a named one
        kinds = KIND_ANAPHORS[head]
        of_kind = next((c for c in earlier if _of_kind(c, kinds, gazetteer) or _so_named(c, head, doc)), None)
        if of_kind is not None:
            return of_kind
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
    firm_kind = next((a for a in _FIRM_KINDS if head.endswith(a) and len(head) > len(a) + 2), None)
    if firm_kind is not None and _same_noun(earlier, head) is None:
        head = firm_kind  # "der Chemiekonzern" after "der Konzern Bayer", not a firm named "Chemiekonzern"
    if head in FIRM_ANAPHORS:  # "das Unternehmen" after "der Autozulieferer Kessler & Brandt", "die Deutsche Bahn"
        firm = next((c for c in earlier if _may_be_a_firm(c, doc, gazetteer)), None)
        if firm is not None or head not in ORGANIZATION_HEADS:
            return firm
    same_noun = _same_noun(earlier, head)
    if same_noun is not None:
        return same_noun  # "der Lehrerverband" after "der Deutsche Lehrerverband"
    described = next((c for c in earlier if _descriptor(doc, c) == head), None)
    if described is not None:
        return described  # "des Weltverbands" after "der Weltverband World Athletics"
    if not is_capitalised_word(token) or head not in ORGANIZATION_HEADS:
        return None
    named = next((c for c in earlier if _so_named(c, head, doc)), None)
    if named is None and head == "ministerium":
        return _ministry_of_minister(token, chosen)  # "das Ministerium" after "Innenministerin X"
    return named


def _ministry_of_minister(token: Token, chosen: list[Candidate], gender: str | None = None) -> Candidate | None:
    """The ministry of the minister named last (of the possessive's `gender`: `seines Ministeriums` is a man's),
    where no ministry was named (`Innenministerin X` → `das Ministerium` is the `Innenministerium`)."""
    people = [c for c in chosen if c.end <= token.i and c.type == "Person"]
    for cand in reversed([c for c in people if not _genders_differ(gender, gender_of(c.name, c.roles))]):
        for role in cand.roles:
            word = role.split()[-1]
            office = word.removesuffix("in") if word.endswith("ministerin") else word
            if office.lower().endswith("minister") and len(office) > len("minister"):
                return Candidate(token.i, token.i + 1, "Organization", f"{office}ium", "anaphor")
    return None


# Firms' nouns whose compounds name the kind of firm (`Chemiekonzern`), not a body of its own (`Fanclub`).
_FIRM_KINDS = FIRM_ANAPHORS - CLUB_ANAPHORS


def _firm_compound(name: str) -> bool:
    """`Chemiekonzern`, `Energieunternehmen`: a compound of a firm's noun, which names no one itself."""
    lower = name.lower()
    return " " not in name and any(lower.endswith(a) and len(lower) > len(a) + 2 for a in _FIRM_KINDS)


def _same_noun(earlier: list[Candidate], head: str) -> Candidate | None:
    """The organisation whose name is headed by this noun (`der Lehrerverband` after `der Deutsche Lehrerverband`,
    `der Automobilclub` after the `Allgemeiner Deutscher Automobil-Club`)."""
    named = (c for c in earlier if " " in c.name or "-" in c.name)
    return next((c for c in named if _named_noun(c.name).replace("-", "") == head), None)


def _side_of(token: Token) -> str | None:
    """`von Gewerkschaftsseite`, `auf Regierungsseite`: the kind of body whose side the compound names (a side has
    no article: it is the one of that kind named before)."""
    lower = token.lower_
    if not lower.endswith("seite") or preposition_before(token.doc, token.i) not in ("von", "auf"):
        return None
    head = strip_genitive(lower.removesuffix("seite"))
    return head if head in KIND_ANAPHORS or head in ORGANIZATION_HEADS or head in FIRM_ANAPHORS else None


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
        return strip_genitive(words[0]).lower()
    if _adjectives_and_noun(name):
        return strip_genitive(words[-1]).lower()
    if len(words) == 2 and institution_head_of(words[0]) is not None and words[1][:1].isupper():
        return words[0].lower()  # "Amtsgericht München", "Landratsamt Hof": the institution of a place
    tail = name.rsplit("-", 1)[-1]  # "GKV-Spitzenverband"
    return tail.lower() if len(words) == 1 and "-" in name and institution_head_of(tail) is not None else ""


def _headed_by(cand: Candidate, head: str, doc: Doc) -> bool:
    """Is `head` the head noun of the organisation's name (`Verband der Ersatzkassen`, `EU-Kommission`)?"""
    words = [*cand.name.lower().split(), doc[cand.end - 1].lower_]
    return any(strip_genitive(word).endswith(head) for word in words)


def _reports(cand: Candidate, doc: Doc, gazetteer: Gazetteer) -> bool:
    """A medium or a platform, which carries what others say."""
    entry = gazetteer.lookup(cand.name)
    return (entry is not None and entry.kind == "platform") or _is_medium(cand, doc, gazetteer)


def _is_medium(cand: Candidate, doc: Doc, gazetteer: Gazetteer) -> bool:
    """A newspaper, broadcaster or agency: so known to the gazetteer, found as a quoted title (`die „Rheinische
    Post“`), or so named or described (`der Sender X`)."""
    entry = gazetteer.lookup(cand.name)
    if entry is not None:
        return entry.kind == "media"
    if cand.source == "media":
        return True
    heads = {_described_by(cand, doc), institution_head_of(cand.name.split()[-1])}
    return bool(heads & MEDIUM_HEADS)


def _may_be_a_firm(cand: Candidate, doc: Doc, gazetteer: Gazetteer) -> bool:
    """Known to the gazetteer as a company, named after a firm's noun (`der Autozulieferer X`) or by one, or
    neither known to the gazetteer (which lists parties, governments, courts and media) nor named or described as
    an institution (`Bundesregierung`, `Verband X`)."""
    entry = gazetteer.lookup(cand.name)
    if entry is not None:
        return entry.kind == "company"
    described = _described_by(cand, doc)
    if described is not None:
        return described in FIRM_HEADS
    if institution_head_of(cand.name.split()[-1]) in FIRM_HEADS:
        return True  # "eines Kasseler Autozulieferers", then "das Unternehmen"
    institution = any(institution_head_of(word) for word in cand.name.split())
    return cand.qid is None and cand.source == "ner" and not institution


def _descriptor(doc: Doc, cand: Candidate) -> str | None:
    """The noun for an institution right before a name, whole (`weltverband` in `der Weltverband World
    Athletics`)."""
    if cand.start == 0 or organisation_head(doc[cand.start - 1]) is None:
        return None
    return strip_genitive(doc[cand.start - 1].lower_)


def _described_by(cand: Candidate, doc: Doc) -> str | None:
    """The institution head of the noun right before a name (`Elektrokonzern` in `der Elektrokonzern Siemens`)."""
    return organisation_head(doc[cand.start - 1]) if cand.start > 0 else None


def _club_name(name: str) -> bool:
    """A club's name: a club word first (`Eintracht Frankfurt`, `1. FC Köln`) or a club noun in it (`Chaos
    Computer Club`)."""
    words = [w.lower() for w in name.split()]
    return any(w in CLUB_WORDS for w in words[:2]) or any(w in CLUB_ANAPHORS for w in words)


def _repeated_organisations(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A one-word name that is an organisation's anywhere in the text is that organisation everywhere: where a
    recogniser took it for a person's or missed it (`Die Gewerkschaft Verdi ... Verdi fordert`)."""
    names = {
        c.name: c
        for c in chosen
        if c.type == "Organization"
        and " " not in c.name
        and c.name[:1].isupper()
        and institution_head_of(c.name) is None
    }  # not "Regierung", "Polizei": a noun that names an institution only with its article
    for cand in chosen:
        if cand.type == "Person" and cand.name in names:
            cand.type, cand.qid = "Organization", names[cand.name].qid
    acronyms = {
        doc[c.start].text: c
        for c in chosen
        if c.type == "Organization" and c.end - c.start == 1 and is_acronym(doc[c.start].text)
    }  # "die Tarifgemeinschaft deutscher Länder (TdL)": later "der TdL", "nach TdL-Angaben"
    names |= {text: cand for text, cand in acronyms.items() if text not in names}
    taken = {i for c in chosen for i in range(c.start, c.end)}
    found = [
        Candidate(token.i, token.i + 1, "Organization", names[token.text].name, "repeated", qid=names[token.text].qid)
        for token in doc
        if token.i not in taken and token.text in names
    ]
    found += [_acronym_compound(token, acronyms) for token in doc if token.i not in taken and "-" in token.text]
    found = [c for c in found if c is not None]
    return sorted(chosen + found, key=lambda c: c.start) if found else chosen


def _acronym_compound(token: Token, acronyms: dict[str, Candidate]) -> Candidate | None:
    """`TdL-Angaben`, `TdL-Verhandlungsführer`: an acronym the text defined, as the first part of a compound; the
    source of what a source noun reports, else named in passing."""
    prefix, _, rest = token.text.partition("-")
    named = acronyms.get(prefix)
    if named is None:
        return None
    source = "source" if rest.lower().endswith(SOURCE_COMPOUND_HEADS) else "compound"
    span = (token.idx, token.idx + len(prefix))
    return Candidate(token.i, token.i + 1, "Organization", named.name, source, qid=named.qid, char_span=span)


def _federal_short_names(chosen: list[Candidate]) -> None:
    """`das Verkehrsministerium` where the text names the `Bundesverkehrsministerium` is that ministry: a Land's
    would be named with its adjective (`das bayerische Verkehrsministerium`)."""
    federal = {c.name.casefold(): c for c in chosen if c.type == "Organization" and c.name.startswith("Bundes")}
    for cand in chosen:
        head = institution_head_of(cand.name) if " " not in cand.name else None
        compound = head is not None and len(cand.name) > len(head)  # "Verkehrsministerium", not "Regierung"
        full = federal.get(f"bundes{cand.name.casefold()}") if compound else None
        if cand.type == "Organization" and full is not None:
            cand.name, cand.qid = full.name, cand.qid or full.qid


def _short_town_names(chosen: list[Candidate]) -> None:
    """`Landsberg` where the text names `Landsberg am Lech` is that town."""
    towns: dict[str, Candidate] = {}
    for cand in chosen:
        for link in TOWN_NAME_LINKS:
            short, joined, _ = cand.name.partition(f" {' '.join(link)} ")
            if cand.type == "Place" and joined:
                towns[short] = cand
    for cand in chosen:
        if cand.type == "Place" and (town := towns.get(cand.name)) is not None:
            cand.name, cand.qid = town.name, cand.qid or town.qid


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


AGE_NOUN_REACH = 3  # sentences back that `der 62-Jährige` may refer to someone named in


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
    clubs = {c.name.split()[0]: c for c in chosen if c.type == "Organization" and _club_name(c.name) and " " in c.name}
    by_first_name = _unique_first_names(full)
    by_surnames = {c.name.split(" ", 1)[1]: c for c in full if c.name.count(" ") > 1}  # a name of two words
    spelt = {c.name.split()[-1]: c for c in full if c.end - c.start > 1}  # full names the text spells out
    resolved = []
    for cand in chosen:
        namesake = spelt.get(strip_genitive(doc[cand.start].text)) if cand.end - cand.start == 1 else None
        if cand.type == "Person" and namesake is not None and cand.source == "gazetteer" and namesake.name != cand.name:
            cand = _rename(cand, namesake)  # "sagte Lindner" after "Markus Lindner": not Christian Lindner
        elif cand.type == "Person" and cand.name in by_surnames:
            cand = _rename(cand, by_surnames[cand.name])  # "Andrade Moura" after "Rafael Andrade Moura"
        elif cand.type == "Person" and " " not in cand.name:
            target = by_surname.get(cand.name) or by_surname.get(strip_genitive(cand.name))
            target = target or by_first_name.get(cand.name)  # "Thomas hat Verantwortung übernommen"
            organisation = by_last_word.get(strip_genitive(cand.name))
            if target is not None:
                cand = _rename(cand, target)
            elif organisation is not None:  # "Leverkusens Sportdirektor" after "Bayer Leverkusen"
                cand.name, cand.type, cand.qid = organisation.name, "Organization", organisation.qid
        elif cand.type == "Organization" and " " not in cand.name and cand.qid is None:
            named = by_head.get(cand.name) or clubs.get(cand.name)
            if named is not None:  # "Bahn" beside "Deutsche Bahn", "der VfL" beside "VfL Bochum"
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
            until = token.sent.start if _after_inverted_verb(doc[token.i - 1]) else token.i
            gender = ARTICLE_GENDER.get(doc[token.i - 1].lower_)  # "der 72-Jährige" is a man
            people = [
                (c, gender_of(c.name, c.roles))
                for c in told()
                if c.type == "Person" and near <= c.start < until and " " in c.name and not _governed(doc, c)
            ]  # not "mit dem Spieler": the age noun goes on with someone acting, not someone acted with
            named = [c for c, known in people if not _genders_differ(gender, known)]
            known = [c for c, known in people if gender is not None and known == gender]
            person = max(known or named, key=lambda c: c.start, default=None)  # named last, of its gender first
            if person is not None and _unnamed_since(doc, person.end, token.i, gender, quotes):
                continue  # "Danach sagte eine Nachbarin aus. „...“, sagte die 71-Jährige": not the lawyer before
            if person is not None:
                resolved.append(_rename(Candidate(token.i, token.i + 1, "Person", "", "age"), person))
            continue
        if not is_capitalised_word(token) or not token.text.replace("-", "").isalpha():
            continue
        if is_demonym_singular(token) and (people := gazetteer.country_for_demonym(token.text)) is not None:
            person = _last_person_of(people.name, token.i, told(), full)
            if person is not None:  # "sagte der Belgier" after "Trainer Vincent Kompany"
                person.nationality = person.nationality or people.name  # a later "der Franzose" is someone else
                resolved.append(_rename(Candidate(token.i, token.i + 1, "Person", "", "demonym"), person))
            continue
        if is_demonym_singular(token) and gazetteer.place_for_demonym(token.text) is not None:
            gender = ARTICLE_GENDER.get(doc[token.i - 1].lower_) if token.i > 0 else None
            recent = _by_recency(token.i, told(), full)
            people = [p for p in recent if not _genders_differ(gender, gender_of(p.name, p.roles))]
            if people:  # "schrieb die Stuttgarterin" after "Tennisspielerin Nina Kessler"
                resolved.append(_rename(Candidate(token.i, token.i + 1, "Person", "", "demonym"), people[-1]))
            continue
        surname = strip_genitive(token.text)
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


def _unnamed_since(doc: Doc, start: int, end: int, gender: str | None, quotes: list[Quote]) -> bool:
    """Was someone of that gender introduced without a name between the two tokens (`eine Nachbarin`, `ein
    Zeuge`)?"""
    for token in doc[start : max(start, end - 1)]:
        noun = token.nbor()
        if in_quote(token.idx, quotes) or not is_capitalised_word(noun) or noun.pos_ not in ("NOUN", ""):
            continue
        person = noun.lower_ in PERSON_WORDS or noun.lower_.endswith(PERSON_SUFFIXES)
        if token.lower_ == "eine" and gender == "f" and (person or noun.lower_.endswith("in")):
            return True
        if token.lower_ == "ein" and gender == "m" and person and not noun.lower_.endswith("in"):
            return True
    return False


def _after_inverted_verb(article: Token) -> bool:
    """Does the article open the subject of a verb after what it reports (`Der Vorstand habe ..., sagte am Montag
    der 61-Jährige`)? Then whoever the sentence named before is what was said, not who said it."""
    doc = article.doc
    for i in range(article.i - 1, max(article.sent.start, article.i - 4) - 1, -1):
        if is_finite(doc[i]):
            return i > article.sent.start and doc[i - 1].text in (",", "“", '"')
    return False


def _last_person_of(country: str, i: int, resolved: list[Candidate], full: list[Candidate]) -> Candidate | None:
    """The full-named person mentioned last before token `i`, in any form (`Whitfield wies das zurück. ..., sagte der
    Brite`), who may be of `country`: of no other nationality known."""
    return next((p for p in reversed(_by_recency(i, resolved, full)) if p.nationality in (None, country)), None)


def _by_recency(i: int, resolved: list[Candidate], full: list[Candidate]) -> list[Candidate]:
    """The full-named people mentioned before token `i`, each once (by its full-named candidate, one with roles or a
    known nationality first), the one mentioned last in any form (`Brenner`, `der 21-Jährige`) last."""
    by_name: dict[str, Candidate] = {}
    def telling(cand: Candidate) -> tuple[bool, bool]:  # `Die Ministerin` after a headline's `Faeser`: its roles
        return bool(cand.roles), bool(cand.nationality)

    for cand in full:
        known = by_name.get(cand.name)
        by_name[cand.name] = cand if known is None or telling(cand) > telling(known) else known
    last = {c.name: c.start for c in sorted(resolved, key=lambda c: c.start) if c.end <= i and c.name in by_name}
    return [by_name[name] for name in sorted(last, key=last.__getitem__) if by_name[name].end <= i]


def _governed(doc: Doc, cand: Candidate) -> bool:
    """Is the candidate's phrase governed by a preposition (`mit dem Spieler`)? Not by `laut`, which names a source
    as a subject does (`Laut Feldhaus ist ... . ..., sagte der 58-Jährige`)."""
    preposition = preposition_before(doc, cand.start if cand.phrase_start is None else cand.phrase_start)
    return preposition is not None and preposition != "laut"


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
        if cand.type != "Organization" or cand.end - cand.start != 1 or not is_acronym(doc[cand.start].text):
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
    title = strip_genitive(role.text).lower()
    if title.endswith("en") and title[:-1].endswith(DESCRIPTIVE_ROLE_HEADS):
        title = title[:-1]  # "dem Politologen": a weak noun's oblique singular
    complement = _complement(role)
    scope = complement if complement is not None and gazetteer.lookup(complement) is not None else None
    if scope is None:
        loose = complement is None  # not "der Kanzler der Zeitung"
        holder = _named_holder(role, title, people, recent, gazetteer, loose=loose)
        if holder is not None:
            return holder
    if published is None or (complement is not None and scope is None):
        return None  # "der Bürgermeister von Reichertshofen": an office the gazetteer does not hold, not Germany's
    entry = gazetteer.office_holder(strip_genitive(role.text), scope, published)
    if entry is None or _genders_differ(role_gender(title), gender_of(entry.name, [])):
        return None  # "die Kanzlerin" in 2024 is no one the gazetteer knows, not Olaf Scholz
    return Candidate(
        role.i, role.i + 1, "Person", entry.name, "title", roles=[strip_genitive(role.text)], qid=entry.qid
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
    office = _office_of_many_names(title, gazetteer)
    article = role.doc[role.i - 1].lower_ if role.i > 0 else ""
    gender = role_gender(title) or ARTICLE_GENDER.get(article)  # "der Vorstandsvorsitzende" is a man
    if holder is None and office is not None:  # "die Parteichefin" after "die SPD-Vorsitzende X"
        holder = next(
            (
                p
                for p in earlier
                if any(_office_of_many_names(r.split()[-1], gazetteer) == office for r in p.roles)
                and not _genders_differ(gender, gender_of(p.name, p.roles))
            ),
            None,
        )
    if holder is None and title.endswith(DESCRIPTIVE_ROLE_HEADS):
        holder = _described_person(role, earlier, gazetteer)  # "der SPD-Politiker" after "Minister Karl Lauterbach"
    return holder


def _office_of_many_names(role: str, gazetteer: Gazetteer) -> str | None:
    """The one office news names in several words: a party's (`SPD-Vorsitzende`, `Parteichefin`, `Grünen-Chef` →
    `parteivorsitzende`) or a firm's head (`Vorstandschef`, `Konzernchefin`, `Vorstandsvorsitzender` →
    `konzernvorsitzende`), or None for another role."""
    _, dash, head = role.lower().rpartition("-")
    entry = gazetteer.lookup(role.rsplit("-", 1)[0]) if dash else None
    if entry is not None and entry.kind == "party":
        office = "partei" + head
    elif role.lower().startswith("partei"):
        office = role.lower()
    elif (firm := next((p for p in FIRM_HEAD_OFFICES if role.lower().startswith(p)), None)) and not dash:
        office = "konzern" + role.lower().removeprefix(firm)
    else:
        return None
    for chief in ("chefin", "chef"):
        if office.endswith(chief):
            office = office.removesuffix(chief) + "vorsitzende"
    return office.removesuffix("r")  # "Parteivorsitzender"


def _described_person(role: Token, earlier: list[Candidate], gazetteer: Gazetteer) -> Candidate | None:
    """Whom `die SPD-Politikerin` describes: the last person named before it who can be meant (of the role's
    gender, of no other party), and among those one not named after a preposition where there is one (`Bei einem
    Treffen mit Amtskollege X sagte die Grünen-Politikerin`: the story's subject, not whom she met)."""
    gender = role_gender(strip_genitive(role.lower_))
    party = compound_affiliation(role, gazetteer) if "-" in role.text else None
    genders = (None, gender) if gender else (None, "m", "f")
    fitting = [p for p in earlier if gender_of(p.name, p.roles) in genders and _of_party(p, party, gazetteer)]
    direct = [p for p in fitting if not _named_after_preposition(role.doc, p)]
    return next(iter(direct or fitting), None)


def _named_after_preposition(doc: Doc, person: Candidate) -> bool:
    """Is the person named after a preposition, also past a noun before the name (`mit ihrem Amtskollegen X`)?"""
    i = person.start if person.phrase_start is None else person.phrase_start
    if i > 1 and is_capitalised_word(doc[i - 1]) and (doc[i - 2].lower_ in DETERMINERS or is_adjective(doc[i - 2])):
        i -= 1
    return preposition_before(doc, i) is not None


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
    while i >= 0 and (is_adjective(doc[i]) or gazetteer.place_for_demonym(doc[i].text) is not None):
        i -= 1  # "der Hamburger Finanzsenator": a town's adjective says where, not who else
    if i < 0 or doc[i].lower_ not in DEFINITE_ARTICLES | FUSED_PREPOSITIONS or doc[i].lower_ in ("zum", "zur"):
        return None  # nor "ein EU-Diplomat": someone new
    between = doc[i + 1 : role.i]
    other = any(gazetteer.country_for_adjective(t.text) or t.lower_.startswith(FORMER_ADJECTIVES) for t in between)
    description = strip_genitive(role.lower_).endswith(DESCRIPTIVE_ROLE_HEADS)
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
