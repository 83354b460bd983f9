"""Cues of reported speech in German news: a verb of saying from the ontology's speech-act scheme (`sagte`, `warf
... vor`) or an attribution (`laut X`, `X zufolge`, `wie es aus Kreisen X hieß`), and the tests that tell a cue
which reports something from one that says nothing (`kann das niemand sagen`) or is itself reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.lexicon import Lexicon, Term
from kg.nlp.german import (
    AGE_NOUN,
    AUXILIARIES,
    AUXILIARY_LEMMAS,
    CLAUSE_CONJUNCTIONS,
    CUE_EXCLUDES,
    CUE_REQUIRES,
    DECISION_CUES,
    DECLARED_ACTS,
    DETERMINERS,
    INSERTION_BREAKS,
    KONJUNKTIV,
    LEDGER_NOUNS,
    NAME_PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTED_CUES,
    SOURCE_COMPOUND_HEADS,
)
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import (
    clause_of,
    goes_on,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_impending,
    is_konjunktiv,
    is_passive,
    is_verb_form,
    is_weak_preterite,
    is_zu_infinitive,
    separated_particle,
    verb_lemma,
)

ATTRIBUTION = "attribution"  # the speech act of `laut X`, `X zufolge`: a source, no verb of saying
SUBORDINATORS = frozenset({"nachdem", "weil", "als", "da", "obwohl", "bevor", "während", "seit", "seitdem"})
NOT_NEGATING = frozenset({"nur", "zuletzt", "ohne", "umsonst", "zufällig"})  # "nicht nur", "nicht umsonst"
DEGREE_WORDS = frozenset({"zu", "sehr", "so", "besonders", "ziemlich", "recht", "extrem", "eher", "nicht"})  # "zu laut"


@dataclass
class Cue:
    """The words of a cue in a sentence, the lemma it has in the ontology, and its speech act."""

    start: int  # token offsets of the cue words
    end: int
    lemma: str
    speech_act: str


def find_cues(sent: Span, quotes: list[Quote], lexicon: Lexicon) -> list[Cue]:
    verbs = lexicon.speech_acts.single()
    phrases = [t for t in lexicon.speech_acts.phrases() if t.concept != ATTRIBUTION]
    cues = []
    for token in sent:
        if in_quote(token.idx, quotes) or not is_verb_form(token):
            continue
        lemma = verb_lemma(token)
        act = verbs.get(lemma)
        if (term := _phrase_of(token, lemma, phrases)) is not None:  # the phrase says more than its verb
            act, lemma = term.concept, " ".join(term.words)  # "machte deutlich", "schloss ... nicht aus"
        if act is None or act == ATTRIBUTION or not _construction_fits(token, lemma):
            continue
        if _comment_participle(token):
            continue  # "sollte die Bahn wie angekündigt Stellen streichen": no one says anything here
        if lemma in DECISION_CUES and _yet_to_make(token):
            continue  # "müssen die EU-Staaten bis November entscheiden": no decision yet
        if lemma in QUOTED_CUES and not _next_to_quote(token, quotes):
            continue  # "rief die Polizei" calls; "„Raus hier!“, rief er" speaks
        if is_impending(token):
            continue  # "seinem Land drohten Engpässe": nobody threatens
        if clause_of(token)[0].lower_ in ("falls", "sofern", "ob"):
            continue  # "falls Ankara darum bitte", "fragte, ob sie noch daran glaubten": not what was said
        if (token.i > 0 and token.doc[token.i - 1].lower_ == "zu") or _before_zu(token):
            continue  # an infinitive ("darauf zu pochen", "veröffentlichen zu lassen") reports nothing by itself
        if lemma in lexicon.speech_acts.clause_only and not (_clause_cue(token) and not _inside_reported(token)):
            continue  # "werden Temperaturen erwartet", "schimpfte über den Schiedsrichter"
        cues.append(Cue(token.i, token.i + 1, lemma, act))
    clauses = [clause_of(sent.doc[c.start]) for c in cues]
    opening = next((t.i for t in sent if not (t.is_punct or t.is_space)), sent.start)
    covering = [clause for clause, cue in zip(clauses, cues, strict=True) if not _agentless(cue, sent)]
    attributions = [
        a
        for a in _attributions(sent, quotes, lexicon)
        if a.start == opening or _opening_source(sent, a) or not any(c.start <= a.start < c.end for c in covering)
    ]  # "wie es aus Kreisen X hieß" is one cue; "Nach Informationen des WDR fordern die Täter" two
    sourced = [clause_of(sent.doc[a.start]) for a in attributions]
    cues = [c for c in cues if not (_agentless(c, sent) and any(s.start <= c.start < s.end for s in sourced))]
    return sorted(cues + attributions, key=lambda c: c.start)  # "wurden laut Polizei drei Unfälle gemeldet": one


def _agentless(cue: Cue, sent: Span) -> bool:
    """A cue in the passive with no one named as its agent (`wurden ... gemeldet`, not `von der Polizei gemeldet`)."""
    verb = sent.doc[cue.start]
    clause = clause_of(verb)
    return is_passive(verb) and not any(t.lower_ in ("von", "vom", "durch") for t in clause)


def says_nothing(token: Token, cue: Cue, negations: set[str], quotes: list[Quote]) -> bool:
    """A cue that reports no statement, but is no one else's either: negated, a declaration of a state (`hatte
    den Haushalt für nichtig erklärt`), or figures or history written (`schrieb rote Zahlen`, `Geschichte`)."""
    if cue.speech_act == ATTRIBUTION:
        return False
    clause = clause_of(token)
    declared = cue.lemma == "erklären" and _declared_as(clause) and not _after_reported_clause(clause)
    negations = negations - set(cue.lemma.split())  # "nicht ausschließen" says that something may be
    booked = cue.lemma == "schreiben" and any(t.lower_ in LEDGER_NOUNS for t in clause)  # "hat Verluste geschrieben"
    return declared or booked or _negated(token, negations, quotes)


def _after_reported_clause(clause: Span) -> bool:
    """`Er habe nichts gewusst, hatte er zum Prozessauftakt erklärt`: a clause in Konjunktiv before the cue's is
    what was declared, whatever `zum` says."""
    doc, sent = clause.doc, clause.sent
    before = doc[sent.start : clause.start]
    return len(before) > 0 and doc[clause.start - 1].text == "," and any(is_konjunktiv(t) for t in before)


def _negated(cue: Token, negations: set[str], quotes: list[Quote]) -> bool:
    """`wollte sich nicht äußern`, `hat nie Sanktionen gefordert`: a negated cue reports that something was not said,
    which is no statement of what was (`nicht nur`, `nicht ohne`, `nicht umsonst` negate nothing; a quotation's
    words are not the narrator's)."""
    doc = cue.doc
    particle = separated_particle(cue)
    end = particle.i if particle is not None else cue.i + 4  # "schließt X weitere Streiks nicht aus"
    return any(
        (t.lower_ in negations or t.lemma_.lower() in negations)
        and (t.i < cue.i or t.i < end)  # "äußerte sich am Montag nicht", not the content after the cue
        and not any(w.lower_ in CLAUSE_CONJUNCTIONS for w in doc[min(t.i, cue.i) : max(t.i, cue.i)])
        and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in NOT_NEGATING)
        and not in_quote(t.idx, quotes)
        for t in clause_of(cue)
        if t.i != cue.i
    )


def _phrase_of(verb: Token, lemma: str, phrases: list[Term]) -> Term | None:
    """A cue of several words (`deutlich machen`, `sich beschweren`): the verb, and the other words in its clause."""
    ending_here = [t for t in phrases if t.words[-1] == lemma]
    if not ending_here:
        return None  # most verbs end no phrase: their clause need not be looked at
    words = {t.lower_ for t in clause_of(verb)}
    return next((t for t in ending_here if all(w in words for w in t.words[:-1])), None)


def _comment_participle(verb: Token) -> bool:
    """`wie angekündigt`, `wie berichtet`: a participle after `wie` with no auxiliary or agent, commenting on its
    clause (not `wie vom Ministerium angekündigt wurde`)."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    participle = verb.tag_ == "VVPP" or (not verb.tag_ and verb.lower_.endswith("t"))  # "wie berichtet"
    auxiliary = after is not None and after.lower_ in AUXILIARIES
    return participle and verb.i > 0 and doc[verb.i - 1].lower_ == "wie" and not auxiliary


def _yet_to_make(verb: Token) -> bool:
    """An infinitive after a modal in its clause (`will bis Mitte Juni entscheiden`)."""
    modals = ("müssen", "wollen", "sollen", "können", "dürfen", "werden")
    helpers = [t for t in clause_of(verb) if t.i < verb.i and AUXILIARY_LEMMAS.get(t.lower_, t.lower_) in modals]
    return verb.lower_ == verb_lemma(verb) and bool(helpers)


def _before_zu(token: Token) -> bool:
    """`die Werte veröffentlichen zu lassen`: an infinitive before `zu` and another infinitive (not `rief zu
    konstruktiven Gesprächen auf`)."""
    doc = token.doc
    if is_finite(token) or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "zu":
        return False
    verb = doc[token.i + 2]
    if verb.tag_:
        return verb.tag_.endswith("INF")
    return verb.text.islower() and verb.lower_.endswith("en") and (verb.i + 1 == len(doc) or doc[verb.i + 1].is_punct)


def _next_to_quote(token: Token, quotes: list[Quote]) -> bool:
    """A quotation ends right before the cue's clause (`„...“, rief er`) or opens after a colon past it in its
    sentence (`Er rief: „...“`)."""
    doc = token.doc
    before = doc.text[: clause_of(token).start_char].rstrip(" ,")
    sentence = token.sent.start_char
    if any(q.close_mark is not None and q.close_mark + 1 == len(before) > sentence for q in quotes):
        return True
    colon = next((t for t in doc[token.i : token.sent.end] if t.text == ":"), None)
    return colon is not None and any(0 <= q.open_mark - colon.idx <= 2 for q in quotes)


def is_felt(token: Token) -> bool:
    """A cue's participle after `sich sehen` or `sich fühlen` (`sieht sich bestätigt`, `fühlte sich
    missverstanden`) names how someone feels, not what they said; what follows in Konjunktiv is theirs."""
    before = [t.lemma_.lower() for t in clause_of(token) if t.i < token.i]
    return not token.text[:1].isupper() and "sich" in before and any(v in before for v in ("sehen", "fühlen"))


def _construction_fits(token: Token, lemma: str) -> bool:
    """A cue in the construction it needs (`hieß es`, `sprach von`), and not in an idiom (`schrieben rote Zahlen`)."""
    needed, excluded = CUE_REQUIRES.get(lemma), CUE_EXCLUDES.get(lemma, set())
    words = {t.lower_ for t in clause_of(token)}
    return (needed is None or bool(words & needed)) and not words & excluded


def _declared_as(clause: Span) -> bool:
    """`für nichtig`, `für beendet`: `für` and a word in lower case that is no article (not `für die Ukraine`);
    `zu unerwünschten Personen erklärt`: `zu` in a clause that ends its sentence (not `erklärte zum Auftakt, ...`);
    an act done by declaring it (`seinen Rücktritt erklärt`)."""
    declared_for = any(
        t.lower_ == "für" and t.i + 1 < clause.end and t.nbor().is_lower and t.nbor().lower_ not in DETERMINERS
        for t in clause
    )
    last = clause.end >= clause.sent.end - 1
    act = any(t.lower_ in DECLARED_ACTS for t in clause)  # "hat seinen Rücktritt erklärt": he resigned
    return declared_for or act or (last and any(t.lower_ in ("zu", "zum", "zur") for t in clause))


def _attributions(sent: Span, quotes: list[Quote], lexicon: Lexicon) -> list[Cue]:
    """`laut X`, `X zufolge`, `nach Angaben von X`, `aus Kreisen X`."""
    cues = []
    words = [t.lower_ for t in sent]
    for term in lexicon.speech_acts.terms:
        if term.concept != ATTRIBUTION:
            continue
        n = len(term.words)
        for k in range(len(words) - n + 1):
            if words[k] != term.words[0] or in_quote(sent[k].idx, quotes):
                continue  # every way a label matches starts with its first word
            if _described_source(words, sent, k, term.words):  # "nach palästinensischen Angaben"
                cues.append(Cue(sent[k].i, sent[k].i + n + 1, " ".join(term.words), ATTRIBUTION))
                continue
            if not _matches(words[k : k + n], term.words):
                continue
            if term.words == ("so",) and not closing_after_comma(sent[k]):
                continue  # "so" is an adverb everywhere else
            if term.words == ("laut",) and _adjective_laut(sent, k):
                continue  # "Die Musik war zu laut": the adjective
            cues.append(Cue(sent[k].i, sent[k].i + n, " ".join(term.words), ATTRIBUTION))
    return cues


def _opening_source(sent: Span, attribution: Cue) -> bool:
    """`Einer Umfrage des ZDF zufolge lehnen 56 Prozent ... ab`: a `zufolge` phrase opening the sentence before its
    verb, whose source is the whole noun phrase before it."""
    words = sent.doc[sent.start : attribution.start]
    return attribution.lemma.endswith("zufolge") and not any(is_finite(t) or t.text == "," for t in words)


def _adjective_laut(sent: Span, k: int) -> bool:
    """`zu laut.`, `sehr laut und deutlich`: the adjective, not the preposition of `laut Polizei`, `laut dpa`."""
    before = sent[k - 1].lower_ if k > 0 else ""
    after = sent[k + 1] if k + 1 < len(sent) else None
    closing = after is None or (after.is_punct and not after.is_quote)  # not "laut „Spiegel“"
    return before in DEGREE_WORDS or closing or after.lower_ in CLAUSE_CONJUNCTIONS


def _described_source(words: list[str], sent: Span, k: int, label: tuple[str, ...]) -> bool:
    """`nach palästinensischen Angaben`, `nach offiziellen Informationen`: an adjective before the last word of a
    source phrase (`nach Angaben`) says whose they are, or what kind (`words` are the sentence's, in lower case)."""
    n = len(label)
    if n < 2 or label[-1] not in SOURCE_COMPOUND_HEADS or k + n >= len(words) or words[k + n] != label[-1]:
        return False
    describing = is_adjective(sent[k + n - 1]) or sent[k + n - 1].lower_ in POSSESSIVES  # "nach seinen Angaben"
    return tuple(words[k : k + n - 1]) == label[:-1] and describing


def _matches(words: list[str], label: tuple[str, ...]) -> bool:
    """The words of a label, its last one also as the head of a compound (`nach Polizeiangaben`: the first part
    names the source)."""
    if len(words) != len(label) or tuple(words[:-1]) != label[:-1]:
        return False
    last = label[-1]
    compound = last in SOURCE_COMPOUND_HEADS and words[-1].endswith(last) and len(words[-1]) >= len(last) + 3
    return words[-1] == last or (len(label) > 1 and compound)


def closing_after_comma(token: Token) -> bool:
    """`..., so Keller.`, `„...“, so die Ministerin weiter.`, `Die Lage sei, so Keller, angespannt`: the word opens
    a clause after a comma that ends the sentence or is set inside what was said, and a name follows it (not `so
    dass`, `so wie`, nor `Einige Staaten, so Polen, lehnen das ab`, where `so` gives an example)."""
    doc, sent = token.doc, token.sent
    if token.i == 0 or doc[token.i - 1].text != ",":
        return False
    following = [
        t
        for t in doc[token.i + 1 : sent.end]
        if t.lower_ not in DETERMINERS
        and t.lower_ not in POSSESSIVES
        and t.lower_ not in NAME_PARTICLES  # "so von der Leyen"
        and (AGE_NOUN.fullmatch(t.text) or not is_adjective(t))
    ]
    compound = bool(following) and following[0].text.rsplit("-", 1)[-1][:1].isupper()  # "so vzbv-Chefin X"
    if not following or not (is_capitalised_word(following[0]) or compound or AGE_NOUN.fullmatch(following[0].text)):
        return False  # "so der belgische Premierminister", "so deren Chefin X" name one, "so etwa" does not
    clause = clause_of(token)
    if clause.end >= sent.end - 1:
        return True
    before, after = doc[sent.start : token.i - 1], doc[clause.end + 1 : sent.end]
    reported = any(is_konjunktiv(t) for t in (*before, *after)) or (len(before) > 0 and is_finite(before[-1]))
    return doc[clause.end].text in INSERTION_BREAKS and reported and goes_on(before, after)


def is_reported(cue: Token) -> bool:
    """A cue in Konjunktiv (`hätten ... bekräftigt`) is part of someone else's report, not a new statement.

    The preterite of a weak verb (`erklärte`) has the form of its Konjunktiv II; in a cue it is the narrator's
    past tense, whatever a tagger says."""
    if is_konjunktiv(cue) and not is_weak_preterite(cue):
        return True
    clause = clause_of(cue)
    after = cue.doc[cue.i + 1] if cue.i + 1 < clause.end else None  # "wonach die USA gedroht hätten"
    final = after is not None and after.lower_ in AUXILIARIES and is_konjunktiv(after)
    helpers = (t for t in clause if t.i < cue.i and (t.lower_ in AUXILIARIES or t.tag_ == "VMFIN"))
    return final or any(is_konjunktiv(t) for t in helpers) or _within_reported(clause)  # "hätten ... bekräftigt"


def _within_reported(clause: Span) -> bool:
    """A cue in a subordinate clause of a sentence reported in Konjunktiv (`Zudem habe der Mann gehandelt, nachdem
    seine Frau die Trennung angekündigt hatte`): part of what someone else reports."""
    if clause[0].lower_ not in SUBORDINATORS:
        return False
    sent = clause.sent
    outside = [t for t in sent if not clause.start <= t.i < clause.end and t.tag_.endswith("FIN")]
    distinct = [t for t in outside if not t.lower_.endswith("en") or t.lower_ in KONJUNKTIV]  # not "haben": plural
    return any(is_konjunktiv(t) for t in distinct)


def _clause_cue(verb: Token) -> bool:
    """May a verb that reports speech only with a clause (`befürchten`, `schimpfen`) do so here? Not passive (`werden
    Temperaturen erwartet`), not in a comparison (`als erwartet`); and a `dass` or `zu` clause or a clause or a
    quotation set off by a comma before or after it is there (`„...“, schimpfte X`, `..., schätzt der Verband`)."""
    doc, sent = verb.doc, verb.sent
    if is_passive(verb) or (verb.i > 0 and doc[verb.i - 1].lower_ in ("als", "wie")):
        return False
    end = (separated_particle(verb) or verb).i
    clause = any(t.lower_ in ("dass", "ob") or is_zu_verb(t) for t in doc[verb.i : sent.end])
    after = [t for t in doc[end + 1 : sent.end] if not t.is_punct]
    inquit = verb.i > sent.start and doc[verb.i - 1].text == "," and len(after) <= 5  # "..., schätzt der Verband."
    inquit = inquit and not any(t.lower_ in PREPOSITIONS for t in after)  # not "..., rechnen X mit dem Abbau"
    return clause or inquit or (end + 1 < sent.end and doc[end + 1].text in (",", ":"))


def _inside_reported(verb: Token) -> bool:
    """Does the verb stand in what a later cue of its sentence reports (`X fürchteten, ... zu geraten, sagte er`)? A
    comma and a finite verb follow its clause, with a subject after that verb: an inquit. Not where its clause
    opens with `wie`: `Wie die Polizei angab, war der Fahrer betrunken` attributes what follows to it."""
    doc, sent = verb.doc, verb.sent
    if clause_of(verb)[0].lower_ == "wie":
        return False
    last = next((t.i for t in reversed(doc[verb.i + 1 : sent.end]) if t.text == ","), None)
    if last is None or last + 2 >= sent.end:
        return False
    return is_finite(doc[last + 1]) and not doc[last + 2].is_punct


def is_zu_verb(token: Token) -> bool:
    """`zu verlassen`, `auszuhelfen`: a verb (in lower case), not `Unterstützung` nor `zu 1000 Traktoren`."""
    return token.text[:1].islower() and token.is_alpha and is_zu_infinitive(token)
