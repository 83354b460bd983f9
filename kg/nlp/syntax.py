"""Small syntactic views of a spaCy `Doc` that work with and without a trained parser.

With a tagger and parser, these read POS, morphology and dependencies; with a blank pipeline they fall back on the
shape of German text (capitalised nouns, verb-second order, clause-final particles). Every rule in the extraction
asks these questions instead of reading token attributes itself.

Beside the clauses, the word tests every stage shares are here, none of which needs an actor record: an
attributive adjective and its strong nominative (`russischen` before `Militär` → `russisches`), a role noun (`des
Bundeskanzlers`), an institution noun (`Verteidigungsministeriums` → `ministerium`), the nouns of a time (`am
Montag`), the preposition before a phrase, where a member noun's owner is named (`ein Sprecher des`), the word
after a quotation mark, and `drohen` of what looms rather than a threat.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.dates import MONTHS, PARTS_OF_DAY, WEEKDAYS
from kg.nlp.german import (
    ADJECTIVE_ENDINGS,
    ADVERBIAL_CONJUNCTIONS,
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    DETERMINERS,
    FEMININE_ENDINGS,
    FUSED_PREPOSITIONS,
    KONJUNKTIV,
    MEDIUM_NOUNS,
    NOT_INSTITUTIONS,
    ORGANIZATION_HEADS,
    PATRONYMIC_PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    ROLE_HEADS,
    SEPARABLE_PARTICLES,
)

CLAUSE_BREAKS = frozenset(",;:()–—")
ASIDE_OPENERS = frozenset({"soweit", "wenn", "falls", "sofern", "wo"})  # "..., soweit möglich, ..."
ASIDE_TOKENS = 3  # a bracketed aside of up to this many tokens ("(SPD)", "(54)") does not break a clause
END_PUNCT = frozenset('.!?:"“”»«…)')


def has_tags(doc: Doc) -> bool:
    return _has(doc, "POS")


def has_morph(doc: Doc) -> bool:
    return _has(doc, "MORPH")


def has_parse(doc: Doc) -> bool:
    return _has(doc, "DEP")


def _has(doc: Doc, attr: str) -> bool:
    """`Doc.has_annotation` reads every token; the rules ask per token, so the answer is kept with the doc."""
    key = ("kg", "has", attr)
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation(attr)
    return doc.user_data[key]


def is_heading(sent: Span) -> bool:
    """A line without final punctuation that ends at a line break: a title or subheading, not a sentence."""
    text = sent.text.strip()
    if not text or text[-1] in END_PUNCT:
        return False
    end = sent.end_char
    rest = sent.doc.text[end : end + 2] + sent.text[len(sent.text.rstrip()) :]
    return "\n" in rest or end >= len(sent.doc.text.rstrip())


def content_sentences(doc: Doc) -> list[Span]:
    """The sentences that carry words: no blank lines, no headings, no stray quotation mark a parser split off."""
    return [s for s in doc.sents if any(t.is_alpha for t in s) and not is_heading(s)]


def is_verb_form(token: Token) -> bool:
    """Could this token be a verb? Nouns are capitalised in German, and a small tagger's ADJ on "entscheide" is
    not trusted over that: only its closed classes rule a word out."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.is_alpha and token.text[0].islower() and token.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ")


def is_zu_infinitive(token: Token) -> bool:
    """`zu liefern`, `abzuziehen`, `zusammenzukommen`: an infinitive with `zu`, apart or inside the word."""
    return (token.i > 0 and token.doc[token.i - 1].lower_ == "zu") or "zu" in token.lower_[2:-2]


def is_finite(token: Token) -> bool:
    """A finite verb: so tagged, or, with no tagger, a weak preterite whose lemma is a verb (`lobte` → `loben`;
    not `heute`); not `bin` in an Arabic name (`Mohammed bin Salman`)."""
    if _name_particle(token):
        return False
    if token.tag_:
        return token.tag_ in ("VVFIN", "VAFIN", "VMFIN")
    lemma = token.lemma_.lower()
    return token.lower_.endswith(("te", "ten")) and lemma not in ("", token.lower_) and lemma.endswith("en")


def _name_particle(token: Token) -> bool:
    """`bin` between two names (`Mohammed bin Salman`) is part of a name, not `ich bin`."""
    if token.lower_ not in PATRONYMIC_PARTICLES:
        return False  # is_finite asks for every token: the word first
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and is_capitalised_word(doc[i - 1]) and is_capitalised_word(doc[i + 1])


def is_passive(verb: Token) -> bool:
    """`entsandt werden`, `versetzt worden`, `wurde am Montag angegriffen`: a participle with a form of `werden` (not
    the future's infinitive: `fordern wird`). Its subject is what is done, not who does it."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    untagged_participle = verb.lower_.endswith("t") or bool(GE_PARTICIPLE.match(verb.lower_))
    participle = verb.tag_ == "VVPP" if verb.tag_ else untagged_participle
    if participle and nxt is not None and nxt.lower_ in PASSIVE_AUXILIARIES:
        return True
    if not has_parse(verb.doc):  # "Dem Minister werden ... vorgeworfen", with no parser to ask
        return participle and any(t.lower_ in PASSIVE_AUXILIARIES for t in verb.doc[clause_of(verb).start : verb.i])
    return any(
        child.dep_ == "aux:pass" or (participle and child.dep_ == "aux" and child.lower_ in PASSIVE_AUXILIARIES)
        for child in verb.children
    )  # "Dem Minister werden ... vorgeworfen": the parser's plain `aux` of `werden` on a participle


GE_PARTICIPLE = re.compile(r"^\w*ge\w{2,}en$")  # "vorgeworfen", "angegriffen": a strong participle, untagged
PASSIVE_AUXILIARIES = frozenset({"werden", "worden", "wurde", "wurden", "wird", "werde", "würde", "würden"})


def is_konjunktiv(token: Token) -> bool:
    """Konjunktiv I or II, the mood of reported speech (set by the morphologizer or `kg_konjunktiv`), and a finite
    form in `-e` (not `-te`) whose subject is not `ich`, whatever person or tense the tagger gave it (`Er unterstütze
    Harris`, `Man ... fordere sie auf`): the indicative's third person ends in `-t`, so this is Konjunktiv I."""
    if "Sub" in token.morph.get("Mood") or _umlauted_from(token):
        return True
    lemma = token.lemma_.lower()
    stem = token.lower_[:-1]  # "fordere" of "fordern", "gelte" of "gelten"; not "mithilfe" taken for "mithelfen"
    of_lemma = lemma.startswith(stem) or (lemma.endswith("eln") and lemma[:-3] + "le" == token.lower_)  # "handle"
    verb = token.tag_.endswith("FIN") and lemma != token.lower_ and of_lemma and lemma.endswith("n")
    if not token.lower_.endswith("e") or token.lower_.endswith("wurde") or not verb:
        return False  # no finite form of its lemma in `-e`, or `wurde`, the one strong preterite in `-e`
    if token.lower_.endswith("te") and lemma != token.lower_ + "n":
        return False  # a preterite (`forderte`, `nannte`, `hatte`); but `gelte`, `bestreite`: Konjunktiv I
    owner = token.head if token.dep_ == "conj" else token  # "Man stehe ... und fordere sie auf": its subject
    subjects = [c for c in owner.children if c.dep_ in ("nsubj", "sb")]
    if "1" in token.morph.get("Person"):
        return bool(subjects) and all(c.lower_ != "ich" for c in subjects)
    return all(c.lower_ != "ich" for c in subjects)  # a finite `-e` of no first person (`fordere`): Konjunktiv I


def is_indicative(verb: Token) -> bool:
    """Not in Konjunktiv; a weak preterite (`lehnte`, `erklärte`) has the form of its Konjunktiv II and is read as
    the narrator's past tense, whatever a tagger says (`hätten`, `könnte` are Konjunktiv only)."""
    if verb.lower_ in KONJUNKTIV or _umlauted_from(verb):
        return False
    return is_weak_preterite(verb) or not is_konjunktiv(verb)


def is_weak_preterite(verb: Token) -> bool:
    """`erklärte`, `lehnte` (of `ablehnen`), `arbeitete`: the stem of the infinitive and `-te`; not `bestreite`,
    whose `-te` is its stem's (Konjunktiv I of `bestreiten`). Without a lemma, any form in `-te`."""
    lower, lemma = verb.lower_, verb.lemma_.lower()
    if not lower.endswith(("te", "ten")):
        return False
    if lemma in ("", lower):
        return True
    stems = (lower[: -len(suffix)] for suffix in ("te", "ten", "ete", "eten") if lower.endswith(suffix))
    return any(lemma.endswith(stem + "en") or lemma.endswith(stem + "n") for stem in stems)


def _umlauted_from(verb: Token) -> bool:
    """A finite form in `-e` or `-en` with an umlaut its infinitive lacks is Konjunktiv II (`bräuchten` of
    `brauchen`, `käme` of `kommen`; not `hält`, `rät`); `erklärte` keeps the umlaut of `erklären`."""
    lemma, lower = verb.lemma_.lower(), verb.lower_
    if not verb.tag_.endswith("FIN") or not lower.endswith(("e", "en")) or lemma in ("", lower):
        return False
    return any(u in lower and u not in lemma for u in "äöü")


def clause_of(token: Token) -> Span:
    """The stretch of its sentence between clause breaks (commas, colons, dashes) that holds `token`."""
    sent, doc = token.sent, token.doc
    start = token.i
    while start > sent.start:
        opening = _aside_before(doc, start - 1, sent)
        if opening is None and doc[start - 1].text in CLAUSE_BREAKS and not is_list_comma(doc, start - 1, sent):
            break
        start = opening if opening is not None else start - 1
    end = token.i + 1
    while end < sent.end:
        past = _aside_after(doc, end, sent)
        if past is None and doc[end].text in CLAUSE_BREAKS and not is_list_comma(doc, end, sent):
            break
        end = past if past is not None else end + 1
    return doc[start:end]


def is_list_comma(doc: Doc, i: int, sent: Span) -> bool:
    """`warnen Oxfam, Greenpeace und Brot für die Welt vor ...`: a comma between two names, with no verb after it
    before the next break, lists; it ends no clause (`sagte Merz, Scholz sei ...` does). Needs a tagger."""
    if doc[i].text != "," or not sent.start < i < sent.end - 1 or not doc[i + 1].tag_:
        return False
    if not (is_capitalised_word(doc[i - 1]) and is_capitalised_word(doc[i + 1])):
        return False
    stop = next((t.i for t in doc[i + 1 : sent.end] if t.text in CLAUSE_BREAKS), sent.end)
    verb = next((t.i for t in doc[i + 1 : stop] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    before_verb = doc[i + 1 : verb]  # "Deutschland, Frankreich und Japan lehnten ab": the list ends before the verb
    return any(t.lower_ in ("und", "sowie", "oder") and is_capitalised_word(t.nbor()) for t in before_verb[:-1])


def _aside_before(doc: Doc, close: int, sent: Span) -> int | None:
    """Where a short aside ending at `close` opens, if it is one: bracketed (`Olaf Scholz (SPD) sagte`) or a
    verbless phrase between commas (`werde, soweit möglich, melden`); either leaves one clause."""
    if doc[close].text == ",":
        first = max(sent.start, close - ASIDE_TOKENS - 1)
        opening = next((i for i in range(close - 2, first - 1, -1) if doc[i].text == ","), None)
        return opening if opening is not None and _verbless_aside(doc[opening + 1 : close]) else None
    if doc[close].text != ")":
        return None
    first = max(sent.start, close - ASIDE_TOKENS - 1)
    return next((i for i in range(close - 1, first - 1, -1) if doc[i].text == "("), None)


def _aside_after(doc: Doc, open_: int, sent: Span) -> int | None:
    """Just past a short aside opening at `open_`, if it is one."""
    if doc[open_].text == ",":
        last = min(sent.end, open_ + ASIDE_TOKENS + 2)
        closing = next((i for i in range(open_ + 2, last) if doc[i].text == ","), None)
        return closing + 1 if closing is not None and _verbless_aside(doc[open_ + 1 : closing]) else None
    if doc[open_].text != "(":
        return None
    last = min(sent.end, open_ + ASIDE_TOKENS + 2)
    return next((i + 1 for i in range(open_ + 1, last) if doc[i].text == ")"), None)


def _verbless_aside(words: Span) -> bool:
    """`soweit möglich`, `wenn nötig`: a conditional word and no verb."""
    tagged = any(t.pos_ for t in words)
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")] if tagged else [
        t for t in words if t.is_lower and t.lower_.endswith(("en", "t", "te"))
    ]
    return words[0].lower_ in ASIDE_OPENERS and not verbs


def past_modifiers(doc: Doc, i: int, end: int) -> int:
    """The first token from `i` (before `end`) that is no article and no adjective: a noun phrase's head."""
    while i < end and (doc[i].lower_ in DETERMINERS or is_adjective(doc[i])):
        i += 1
    return i


def stands_alone(token: Token) -> bool:
    """A pronoun, not an article: `Dieser hatte erklärt`, not `Dieser Vorschlag`. UD tags a demonstrative pronoun
    DET, so the STTS tag (substituting demonstrative or relative pronoun) decides where there is one."""
    if token.tag_:
        return token.tag_ in ("PDS", "PRELS")
    if token.pos_:
        return token.pos_ == "PRON"
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or not following.text[:1].isupper()


def is_strong_plural_past(verb: Token) -> bool:
    """A finite plural in `-en` that is not its infinitive (`hingen` of `hängen`, `blieben`): the present plural
    is the infinitive's form, so this one is past or Konjunktiv II, whatever a morphologizer says."""
    lemma = verb.lemma_.lower()
    return verb.lower_.endswith("en") and lemma.endswith("en") and verb.lower_ != lemma


def verb_lemma(token: Token) -> str:
    """The lemma of a verb with its separated particle joined on: "warf ... vor" → "vorwerfen"."""
    lemma = token.lemma_.lower() if token.lemma_ else token.lower_
    particle = separated_particle(token)
    return particle.lower_ + lemma if particle is not None else lemma


def separated_particle(token: Token) -> Token | None:
    """The particle split off a verb, which ends its clause. A particle after another finite verb, or one the parser
    gave to a verb after this one, is not this verb's (`verurteilte den Angriff und berief ein Treffen ein`); one it
    gave to a verb before is (`gratulierte X und rief zu Gesprächen auf`). None in another clause (`sagte, die Variante
    breite sich aus`)."""
    parsed = has_parse(token.doc)
    doc = token.doc
    clause = clause_of(token)
    if parsed:
        for child in token.children:
            particle = child.dep_ in ("compound:prt", "svp") and child.lower_ in SEPARABLE_PARTICLES
            between = doc[token.i + 1 : child.i]
            if particle and token.i < child.i < clause.end and not any(is_finite(t) for t in between):
                return child  # not past the comma of another clause ("sagte, die Variante breite sich aus")
    for candidate in doc[token.i + 1 : clause.end]:
        owner = _particle_of(candidate) if parsed else None
        if is_finite(candidate) or (owner is not None and owner.i > token.i):
            return None  # the particle of a verb after this one ("verurteilte ... und berief ... ein")
        if candidate.lower_ in SEPARABLE_PARTICLES and candidate.text[0].islower() and _ends_verb(candidate, clause):
            return candidate
    return _past_apposition(clause)


def _past_apposition(clause: Span) -> Token | None:
    """A particle closing the sentence after a comma and a few words of no verb (`teilte der Gouverneur der Region,
    X, auf Telegram mit.`): the verb's, past a name set off by commas."""
    doc, end, sent = clause.doc, clause.end, clause.sent
    rest = [t for t in doc[end + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    if end >= sent.end or doc[end].text != "," or not rest or len(rest) > 5:
        return None
    particle = rest[-1]
    if particle.lower_ not in SEPARABLE_PARTICLES or not particle.text[0].islower():
        return None
    return None if any(t.is_punct or is_verb_form(t) for t in rest[:-1]) else particle


def _particle_of(token: Token) -> Token | None:
    """The verb the parser gives a particle to; none where it is no particle or its head no verb (`als` of `wies die
    Vorwürfe als "absurd" zurück`, `zurück` of `absurd`: slips)."""
    if token.dep_ not in ("compound:prt", "svp") or token.lower_ not in SEPARABLE_PARTICLES:
        return None
    return token.head if token.head.pos_ in ("VERB", "AUX") else None


def _ends_verb(particle: Token, clause: Span) -> bool:
    """A particle stands last in its clause, or before the `und` of the next verb (`kündigte Widerstand an und
    drohte ...`)."""
    following = next((t for t in particle.doc[particle.i + 1 : clause.end] if not t.is_punct), None)
    return following is None or following.lower_ in ("und", "oder", "sowie")


def auxiliary_before(clause: Span, i: int) -> Token | None:
    """The finite auxiliary or modal before token `i` of its clause (`hat ... angekündigt`, `Das hat ein Sprecher
    bestätigt`), if there is one."""
    return next((t for t in clause if t.lower_ in AUXILIARIES and t.i < i and not _name_particle(t)), None)


def oblique_feminine(article: Token, noun: Token) -> bool:
    """`der` before a feminine noun (`Der Zeitung „Bild“ sagte X`, `der Bundesregierung`) is a dative or a genitive,
    never a subject."""
    return article.lower_ == "der" and is_capitalised_word(noun) and noun.lower_.endswith(FEMININE_ENDINGS)


def is_capitalised_word(token: Token) -> bool:
    return bool(token.text) and token.text[0].isupper() and any(c.isalpha() for c in token.text)


def relative_opening(clause: Span) -> Token | None:
    """The clause's first word if it may be a relative pronoun right after a comma (`, der`, `, die`)."""
    first = clause[0]
    doc = clause.doc
    if first.lower_ not in RELATIVE_PRONOUNS or first.i == 0 or doc[first.i - 1].text != ",":
        return None
    return first


def goes_on(before: Span, after: Span) -> bool:
    """Do the words after an attribution set inside a sentence go on with what was said before it? Yes where the
    words before lack the finite verb that follows (`Die Verhandlungen, sagte X, seien gescheitert`), end with it
    (`Man habe, erklärte X, alle Optionen geprüft`), or hold an auxiliary whose verb follows (`Das Land werde nach
    wie vor, so X, unterstützt`), or where both are reported (`Die Wirtschaft wachse, sagte X, die Inflation
    sinke`); not where a clause of its own follows (`..., sagte X, der seit Mai im Amt ist`)."""
    words = [t for t in after if not t.is_punct]
    if not words or words[0].lower_ in ADVERBIAL_CONJUNCTIONS:
        return False
    finite = [t for t in before if is_finite_or_konjunktiv(t)]
    finite_after = [t for t in words[1:] if is_finite_or_konjunktiv(t)]
    reported_after = bool(finite_after) and all(is_konjunktiv(t) for t in finite_after)
    if words[0].lower_ in RELATIVE_PRONOUNS and finite_after and not reported_after:
        return False  # "der seit Mai im Amt ist", not the article of "die Kontrollen verlängern"
    if reported_after and any(is_konjunktiv(t) for t in finite):
        return True  # "Die Wirtschaft wachse, sagte X, die Inflation sinke": a second clause of what was said
    if not finite:
        return is_finite_or_konjunktiv(words[0])
    if finite[-1].i == before.end - 1:
        return True
    waiting = finite[-1].lower_ in AUXILIARIES or finite[-1].tag_ in ("VAFIN", "VMFIN")
    verb_last = is_verb_form(words[-1]) and not any(is_finite_or_konjunktiv(t) for t in words)
    return waiting and verb_last and not is_zu_infinitive(words[-1])


def is_finite_or_konjunktiv(token: Token) -> bool:
    """A finite verb, a Konjunktiv one too (which a pipeline without a tagger knows from its word lists)."""
    return is_finite(token) or is_konjunktiv(token)


def before_next_predicate(doc: Doc, start: int, end: int) -> int:
    """Where a second predicate joined by `und` starts (`kritisierte die Strafe und drohte mit ...`), else `end`."""
    return next(
        (t.i for t in doc[start : end - 1] if t.lower_ in CLAUSE_CONJUNCTIONS and is_finite(doc[t.i + 1])),
        end,
    )


def is_role(token: Token) -> bool:
    return is_capitalised_word(token) and role_base(token.lower_.rsplit("-", 1)[-1]) is not None


def is_place_adjective(token: Token) -> bool:
    """`Hamburger`, `Münchner` before a role (`der Hamburger Finanzsenator`): a town's adjective, capitalised and
    in -er whatever its case."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return is_capitalised_word(token) and token.text.endswith("er") and following is not None and is_role(following)


def role_base(word: str) -> str | None:
    """A role noun without its case ending (`des Bundeskanzlers`, `dem Präsidenten`, `den Vorsitzenden`), or None
    for a word that is no role."""
    lower = word.lower()
    for ending in ("", "es", "s", "en", "n"):
        base = word[: len(word) - len(ending)]
        if lower.endswith(ending) and base.lower().endswith(ROLE_HEADS):
            return base
    return None


def preposition_before(doc: Doc, start: int) -> str | None:
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
    after = verb.doc[clause.end : min(clause.end + 10, verb.sent.end)]
    comma = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","
    if comma and any(is_zu_infinitive(t) and t.pos_ in ("VERB", "AUX") for t in after):
        return False  # "Die Deutsche Bahn droht, die Strecke stillzulegen": a threat, whoever its subject
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "sb")), None)
    if subject is not None:  # "Die Einigung drohe zu scheitern" looms, whatever follows
        return not (subject.pos_ in ("PROPN", "PRON") or is_role(subject) or organisation_head(subject) is not None)
    if any(is_zu_infinitive(t) and t.pos_ in ("VERB", "AUX") for t in (*clause, *after)):
        return False  # "drohte, die Zölle zu verdoppeln"; not "bis zu zehn Jahre"
    return not any(t.pos_ in ("PROPN", "PRON") or is_role(t) for t in clause if t.i < verb.i)


TIME_NOUNS = frozenset({*WEEKDAYS, *MONTHS, *PARTS_OF_DAY, "tag", "woche", "wochenende", "monat", "jahr"})


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
    if doc[i].lower_ in ("des", "der", "seines", "ihres"):  # "ein Sprecher seines Ministeriums"
        return i
    return i + 1 if doc[i].lower_ in ("von", "vom") else None


def word_after(token: Token) -> Token | None:
    """The word after `token`, past a quotation mark (`der „Rheinischen Post“`)."""
    i = past_quotes(token.doc, token.i + 1)
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


_NOT_INSTITUTIONS = tuple(NOT_INSTITUTIONS)


def organisation_head(token: Token) -> str | None:
    """The institution noun a word ends in (`Verteidigungsministeriums` → `ministerium`), if any."""
    return institution_head_of(token.lower_)


def institution_head_of(word: str) -> str | None:
    lower = strip_genitive(word.lower())
    if lower.endswith(_NOT_INSTITUTIONS):  # "Geschäftsreisender" travels too
        return None
    return next((head for head in ORGANIZATION_HEADS if lower.endswith(head)), None)


def strip_genitive(word: str, lower_head: str | None = None) -> str:
    """`Präsidialamtes` → `Präsidialamt`; with `lower_head`, only where the stripped word ends in that head."""
    for ending in ("es", "s"):
        stripped = word[: -len(ending)]
        if word.endswith(ending) and (lower_head is None or stripped.lower().endswith(lower_head)):
            return stripped
    return word


def adjective_stem(word: str) -> str:
    lower = word.lower()
    for ending in ADJECTIVE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return lower[: -len(ending)]
    return lower


STRONG_ENDINGS = {"m": "er", "f": "e", "n": "es", "pl": "e"}  # an adjective's nominative with no article


def strong_nominative(adjective: str, gender: str) -> str:
    """The strong nominative of an adjective before a noun of `gender` ("m", "f", "n", "pl"); one made from a
    place's name does not inflect (`die Straßburger Richter`)."""
    if adjective[:1].isupper() and adjective.endswith("er"):
        return adjective
    return adjective_stem(adjective) + STRONG_ENDINGS[gender]


def past_quotes(doc: Doc, i: int) -> int:
    """The first token from `i` that is no quotation mark."""
    while i < len(doc) and doc[i].is_quote:
        i += 1
    return i


def medium_phrase_end(doc: Doc, i: int, nouns: tuple[str, ...] = MEDIUM_NOUNS) -> int | None:
    """The end of `in einer Erklärung`, `im Interview`, `auf einer Pressekonferenz` starting at `i`, if it is one."""
    if doc[i].lower_ not in ("in", "im", "auf", "bei", "beim"):
        return None
    for token in doc[i + 1 : min(i + 5, len(doc))]:
        if token.lower_.endswith(nouns):
            return token.i + 1
        if not (token.lower_ in DETERMINERS or token.lower_ in POSSESSIVES or is_adjective(token)):
            return None
    return None
