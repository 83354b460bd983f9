"""What was said: the span a cue governs in its sentence.

The content is the quotation next to the cue, the clause after `cue,` or `cue:`, the clause before `, cue`, or the
words the cue governs (`warf X ... vor`); quoted fragments in reported content make it mixed. An attribution set
inside what was said (`Die Lage sei, so X, angespannt`, `Die Lage ist nach Angaben der UN katastrophal`) is left
out, and the content is then the pieces around it.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import ActorIndex, ActorMention
from kg.nlp.cues import ATTRIBUTION, Cue, closing_after_comma, is_felt
from kg.nlp.german import (
    ADVERBIAL_CONJUNCTIONS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    CONDITIONS,
    DETERMINERS,
    FRAME_WORDS,
    INSERTION_BREAKS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    SETTING_PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from kg.nlp.quotes import Quote, in_quote
from kg.nlp.syntax import (
    TIME_NOUNS,
    auxiliary_before,
    before_next_predicate,
    clause_of,
    goes_on,
    has_parse,
    is_adjective,
    is_capitalised_word,
    is_finite,
    is_finite_or_konjunktiv,
    is_indicative,
    is_konjunktiv,
    is_list_comma,
    is_verb_form,
    is_zu_infinitive,
    oblique_feminine,
    past_modifiers,
    relative_opening,
    separated_particle,
    strip_genitive,
)

# Adverbs of contrast or addition after what a cue governs, with or without a tagger (`begrüßte den Vorstoß
# dagegen`, `kritisierte die Pläne ebenfalls`).
TRAILING_ADVERBS = frozenset({"dagegen", "hingegen", "ebenfalls", "jedoch", "allerdings", "indes", "wiederum"})
PREDICATIVE_CUES = frozenset({"nennen", "bezeichnen"})  # "nannte die Vorwürfe absurd": the adjective is said
QUOTE_REACH = 200  # characters a content runs on to close a quotation it opened
DATELINE_TOKENS = 10  # "Frankfurt/München -", "Berlin (dpa) -", "Washington/Berlin (AFP/dpa) –"
INDIRECT_QUESTION_WORDS = frozenset({"wie", "wo", "was", "warum", "weshalb", "wieso", "wann", "wer", "wen", "wem"})
COMMA_CONJUNCTIONS = ADVERBIAL_CONJUNCTIONS | {"aber", "sondern", "doch", "denn", "dass", "weil", "ob", "obwohl"}


def content_span(
    sent: Span,
    cue: Cue,
    speaker: ActorMention,
    quotes: list[Quote],
    *,
    inverted: bool,
    previous: Span | None,
    previous_said: tuple[int, int] | None,
) -> tuple[tuple[int, int] | None, str, Quote | None]:
    """The span of what was said, its mode, and the quotation it is (for direct speech).

    After an inverted cue (`"...", sagte X` / `..., erklärte X`) the content comes before it; otherwise after it:
    a quotation after `cue:`, the clause after `cue,`, or the words the cue governs (`warf X ... vor`).
    """
    doc = sent.doc
    clause = clause_of(doc[cue.start])
    if is_felt(doc[cue.start]):
        return None, "indirect", None  # "X sieht sich bestätigt": how X feels, not what X said
    if cue.speech_act == ATTRIBUTION and not closing_after_comma(doc[cue.start]):
        opening = cue.start <= sent.start + 1 and speaker.token_end < sent.end
        zufolge = doc[cue.start].lower_ == "zufolge"
        opening = opening or (zufolge and _report_phrase(doc[sent.start : speaker.phrase_start]))
        start = _after_brackets(doc, max(speaker.token_end, cue.end)) if opening else sent.start  # "X zufolge ..."
        start = _past_source_attribute(doc, start, sent.end) if opening else start
        start = start if opening else _past_lead_in(doc, start, cue.start, quotes)  # "Kritiker bezweifeln das: ..."
        return trimmed_span(doc, start, sent.end, quotes)  # "Laut X, ...", "Nach Ansicht des X (Y) wird ..."
    if _refers_back(clause, cue):  # "Das teilte das Ministerium mit.": the sentence before, if any
        if previous_said is not None:  # what was said there, without its own attribution (", so X")
            return previous_said, "indirect", None
        if previous is None:
            return None, "indirect", None
        return trimmed_span(doc, previous.start, previous.end, quotes)
    colon = clause.end < len(doc) and doc[clause.end].text == ":"
    quoted = colon and any(doc[clause.end].idx < q.open_mark <= doc[clause.end].idx + 3 for q in quotes)
    opening = clause_of(sent[0])  # "Man habe ... gestellt, sagte er: ...", not "Auf die Frage, ob ..., antwortete"
    said_before = clause.start > sent.start and not quoted and any(is_finite_or_konjunktiv(t) for t in opening)
    said_before = said_before and not _adverbial_clause(doc[sent.start : clause.start - 1])
    if inverted and (not colon or said_before):  # "antwortete X: ..." looks ahead; "..., sagte er: ..." goes on
        quote = _quote_before(doc, cue, quotes)
        if (quote is not None and quote.open_mark <= sent.start_char + 2) or (
            quote is not None and quote.start < sent.start_char
        ):
            return (quote.start, quote.end), "direct", quote
        framed = _prepositional_frame(sent, clause)  # "Auf die Frage, ob ...,", "In einem Brief an die FIA, der ...,"
        if clause.start > sent.start and not framed and not _adverbial_clause(doc[sent.start : clause.start - 1]):
            return trimmed_span(doc, _past_lead_in(doc, sent.start, clause.start, quotes), clause.start - 1, quotes)
        if _fronted_object(doc[sent.start : cue.start]):
            return trimmed_span(doc, sent.start, cue.start, quotes)  # "Kündigungen schloss der Konzern aus"
    colon = doc[clause.end] if clause.end < len(doc) and doc[clause.end].text == ":" else _next_token(doc, cue, sent)
    if colon is not None and colon.text == ":":  # "sagte er:", "sagte dazu:"
        quote = next((q for q in quotes if colon.idx < q.open_mark <= colon.idx + 3), None)
        if quote is not None:
            return (quote.start, quote.end), "direct", quote
        after_colon = trimmed_span(doc, colon.i + 1, sent.end, quotes)
        if after_colon[0] is None and sent.end < len(doc):
            following = doc[sent.end].sent  # "Der Verband sagt dazu:" and the next sentence is what it says
            return trimmed_span(doc, following.start, following.end, quotes)
        return after_colon
    apposed = cue.end < speaker.phrase_start and doc[speaker.phrase_start - 1].text == ","
    if apposed and speaker.token_end + 1 < sent.end and doc[speaker.token_end].text == ",":  # "drohte der
        # Kommandeur der Garden, General X, mit Vergeltung": what follows the apposed name
        rest = doc[speaker.token_end + 1 : sent.end]
        if not any(is_finite_or_konjunktiv(t) for t in rest):
            return trimmed_span(doc, rest.start, sent.end, quotes)
    if _object_relative(clause, cue, speaker):
        return _antecedent_phrase(doc, clause.start - 1)  # "die Reform, die die Ministerin angekündigt hatte"
    after_comma = doc[clause.end + 1 : sent.end] if clause.end < sent.end and doc[clause.end].text == "," else None
    relative = after_comma is not None and len(after_comma) > 0 and _relative_clause(clause_of(after_comma[0]))
    rest = [t for t in doc[cue.end : clause.end] if t.lower_ not in AUXILIARIES and not t.is_punct]
    main = bool(rest)  # a verb-second cue; after "Wie X mitteilte," or "Anders als X gesagt hat," the main clause
    predicate_first = after_comma is not None and len(after_comma) > 0 and _finite_indicative(after_comma[0])
    own_relative = relative_opening(clause) is not None  # "X, der ihr oft widersprochen hatte, nannte sie ..."
    predicate = (main or own_relative) and predicate_first
    verb_last = relative and _finite_last(clause_of(after_comma[0]))  # "…, die die Einsatzkräfte bewältigt hätten"
    describes = relative and (_object_before(clause, cue) or (verb_last and _governs_beyond(doc, cue, speaker, clause)))
    condition = after_comma is not None and len(after_comma) > 0 and after_comma[0].lower_ in CONDITIONS
    condition = condition and _governs_words(doc, cue.end, clause.end)
    subordinate = clause[0].lower_ in ADVERBIAL_CONJUNCTIONS and predicate_first  # "Während X ... sprach, kritisierte"
    narrated = after_comma is not None and _narrated(after_comma) and _governs_beyond(doc, cue, speaker, clause)
    narrated = main and narrated
    second = before_next_predicate(doc, cue.end, clause.end) < clause.end  # "nannte X Y und warf Z vor, ..."
    if (
        after_comma is not None
        and has_verb(after_comma)
        and not (describes or predicate or condition or subordinate or narrated or second)
    ):
        end = _main_clause_resumes(doc, clause.end + 1, sent.end) if own_relative else sent.end
        return trimmed_span(doc, clause.end + 1, end, quotes)  # "sagte, ..."; not "hatte X gefordert, Y ein Z"
    stance = any(t.lower_ in ("für", "gegen") for t in doc[cue.end : clause.end])  # "sprach sich für X aus"
    if cue.end < clause.end and doc[cue.end].lower_ == "sich" and not stance:
        return None, "indirect", None  # "äußerte sich am Morgen": a reflexive cue with no clause says nothing
    particle = separated_particle(doc[cue.start])
    end = particle.i if particle is not None else before_next_predicate(doc, cue.end, clause.end)
    if doc[cue.start].tag_ == "VVPP" and cue.end < clause.end and doc[cue.end].lower_ in CLAUSE_CONJUNCTIONS:
        end = cue.end  # "hatte mehr Geld verlangt und vor X gewarnt": what the participle governs stands before it
    phrase = set(cue.lemma.split()[:-1])  # "stellte Hilfen in Aussicht": the cue's own words are not content
    first = speaker.token_end if cue.end <= speaker.phrase_start < end else cue.end  # the speaker is not content
    while first < end and doc[first].lower_ in phrase:
        first += 1  # "sprach (er) sich für X aus": past the phrase's `sich`
    end = next((t.i for t in doc[first:end] if t.lower_ in phrase), end)
    stop = _before_manner(doc, first, end, cue)
    after = trimmed_span(doc, first, stop, quotes)
    if after[0] is not None:
        return after
    if stop == first + 1 and doc[first].is_alpha and is_capitalised_word(doc[first]):
        word = doc[first]  # "kündigte Widerstand an", "forderte (die Abgeordnete X) Neuwahlen": one noun was said
        return (word.idx, word.idx + len(word)), "indirect", None
    if inverted and _asked(doc[clause.start : cue.start]):
        return None, "indirect", None  # "Auf eine Frage nach X antwortete Y ausweichend": what was asked
    finite = auxiliary_before(clause, cue.start)
    start = finite.i + 1 if finite is not None else _past_conjunction(clause)
    if finite is None and start == clause.start and speaker.token_end <= cue.start and is_finite(doc[cue.start]):
        return None, "indirect", None  # "X vom Helmholtz-Zentrum widersprach.": before the verb is its subject
    if speaker.token_end <= cue.start:
        start = max(start, speaker.token_end)  # what the speaker said is never the speaker
    start = max([start, *(t.i + 1 for t in doc[start : cue.start] if _joins_participles(t))])
    stop = _before_manner(doc, start, cue.start, cue)
    if not _governs_words(doc, start, stop, settings=OCCASIONS):
        return None, "indirect", None  # "hatte sich bereits bei einer Anhörung im Bundestag geäußert": where, not what
    return trimmed_span(doc, start, stop, quotes)


def _report_phrase(span: Span) -> bool:
    """Nothing but an article, or the report the source is named with (`Einer Umfrage von`, `Einer neuen Studie
    des`), before a source: the `zufolge` phrase opens its sentence."""
    nouns = [t for t in span if not (t.lower_ in ARTICLES or t.lower_ in ("von", "vom") or is_adjective(t))]
    return len(span) <= 1 or (len(nouns) == 1 and strip_genitive(nouns[0].lower_) in REPORT_NOUNS)


def _joins_participles(token: Token) -> bool:
    """`hat uns angesprochen und unsere Verantwortung angemahnt`: an `und` after a participle opens the second
    predicate, whose object is all the final cue governs."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "und" and before is not None and before.tag_ == "VVPP"


def resumed_content(
    sent: Span, clause: Span, span: tuple[int, int], quote: Quote | None, quotes: list[Quote]
) -> tuple[list[tuple[int, int]], Quote | None]:
    """What was said going on past an attribution set inside it: `„Wir werden“, sagte sie, „nicht nachgeben.“`,
    `Die Verhandlungen, sagte X, seien gescheitert`, `Die Lage sei, so X, angespannt`. The content's pieces before
    and after the attribution (none where nothing goes on), and the quotation that resumes a direct one."""
    doc = sent.doc
    if clause.end >= sent.end - 1 or doc[clause.end].text not in INSERTION_BREAKS or span[1] > doc[clause.start].idx:
        return [], None
    if span[0] < sent.start_char:
        return [], None  # "Das behauptet nur X: ...": what X said came before, what follows is the narrator's
    if doc[clause.end].text == ":" and quote is None:  # "Man habe Bedingungen gestellt, sagte er: eine ..."
        rest = trimmed_span(doc, clause.end + 1, sent.end, quotes)[0]
        if rest is None:
            return [], None
        before = doc.char_span(*span, alignment_mode="expand")
        finite = next((t for t in before if is_finite_or_konjunktiv(t)), None) if before is not None else None
        reported = finite is not None and is_konjunktiv(finite)  # not "Als ich sie fragte, ..., sagte sie: ..."
        return ([span, rest] if reported else [rest]), None
    if quote is not None:
        mark = doc[clause.end].idx + 1
        resumed = next((q for q in quotes if mark <= q.open_mark <= mark + 2), None)
        if resumed is None or doc.text[quote.end - 1] in ".!?":  # "„Nein.“, sagte sie, „...“": two sentences
            return [], None
        return [span, (resumed.start, resumed.end)], resumed
    before, after = doc[sent.start : clause.start - 1], doc[clause.end + 1 : sent.end]
    rest = trimmed_span(doc, after.start, after.end, quotes)[0] if goes_on(before, after) else None
    return ([span, rest], None) if rest is not None else ([], None)


def attribution_pieces(
    sent: Span, cue: Cue, speaker: ActorMention, span: tuple[int, int], actors: ActorIndex
) -> list[tuple[int, int]]:
    """The pieces of a sentence around an attribution set inside it (`Die Lage ist nach Angaben der UN
    katastrophal`, `Die Lage ist UN-Angaben zufolge katastrophal`): what the source said, without who said it."""
    doc = sent.doc
    start, end = cue.start, cue.end
    between = doc[cue.end : speaker.token_start]
    breaks = any((t.is_punct and not t.is_quote) or is_finite_or_konjunktiv(t) for t in between)
    if speaker.token_start >= cue.end and not breaks:
        end = _after_brackets(doc, speaker.token_end)  # "laut Polizei (dpa)"; not "will sie nach eigenen Worten"
    if doc[cue.start].lower_ == "zufolge" and speaker.token_end <= cue.start:
        start = speaker.phrase_start
        while start > sent.start and _in_noun_phrase(doc[start - 1]):
            start -= 1  # "Angaben der UN zufolge"
    begin = next((t.i for t in sent if t.idx >= span[0]), sent.start)  # past a lead-in ("Kritiker zweifeln:")
    pieces = [_words_span(doc[begin:start]), _words_span(doc[end : sent.end])]
    pieces = [p for p in pieces if p is not None and span[0] <= p[0] and p[1] <= span[1]]
    if start <= begin and doc[cue.start].lower_ == "zufolge":
        return pieces[-1:]  # "Einer Umfrage des ZDF zufolge lehnen ...": the source phrase opens the sentence
    return pieces if start > begin else []


def _in_noun_phrase(token: Token) -> bool:
    """A word of the source's noun phrase before `zufolge`, or a quotation mark of its title (`Dem „Spiegel“`)."""
    words = token.lower_ in DETERMINERS or is_capitalised_word(token) or is_adjective(token)
    return token.is_quote or (not token.is_punct and words)


def _words_span(tokens: Span) -> tuple[int, int] | None:
    """The characters from the first to the last word of `tokens`, without the punctuation around them."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return (words[0].idx, words[-1].idx + len(words[-1])) if words else None


def joined_pieces(doc: Doc, parts: list[tuple[int, int]]) -> str:
    """The pieces of a content as one text, with the comma the attribution took where the piece after it opens a
    clause of its own: `Wir werden nicht nachgeben`, `Wir haben alles versucht, aber ...`, `Die Wirtschaft wachse,
    die Inflation sinke`."""
    pieces = [doc.char_span(start, end, alignment_mode="expand") for start, end in parts]
    joined = pieces[0].text
    for before, piece in pairwise(pieces):
        opens = piece[0].lower_ in COMMA_CONJUNCTIONS
        clause = any(is_finite_or_konjunktiv(t) for t in before) and any(is_finite_or_konjunktiv(t) for t in piece[1:])
        taken = doc.text[before.end_char : piece.start_char]
        colon = taken.rstrip(' „“"»«').endswith(":")  # "sagte er: eine ..."
        comma = "," in taken and (opens or clause) and not joined.endswith((",", ";", ":"))
        separator = ": " if colon else ", " if comma else " "  # none where the attribution took none
        joined += separator + piece.text
    return joined


def _main_clause_resumes(doc: Doc, start: int, end: int) -> int:
    """Where the main clause around a relative clause goes on (`Scholz, der erklärte, die Lage sei ernst, reiste
    ab`): at a comma before a finite verb in the indicative, else `end`."""
    return next((t.i for t in doc[start : end - 1] if t.text == "," and _finite_indicative(doc[t.i + 1])), end)


def _past_conjunction(clause: Span) -> int:
    """Where what a clause-final cue governs starts: past the conjunction and the subject pronoun of a subordinate
    clause (`als er ... eine Öffnung gefordert hat`), or past a relative pronoun (`der zuvor Hilfen gefordert
    hatte`)."""
    i = clause.start
    if relative_opening(clause) is not None:
        return i + 1
    if clause[0].lower_ in COMMA_CONJUNCTIONS:
        i += 1
        while i < clause.end and clause.doc[i].lower_ in SUBJECT_PRONOUNS:
            i += 1
    return i


def _prepositional_frame(sent: Span, clause: Span) -> bool:
    """A sentence opening with a prepositional phrase with no verb, and a clause of its own after it, before the
    cue's (`Auf die Frage, ob ...,`, `In einem Brief an die FIA, der ... vorliegt,`): the occasion of what follows,
    not what was said (`Ohne diese Maßnahmen, so X, wäre ...` is)."""
    opening = clause_of(sent[0])
    verbless = not any(is_finite_or_konjunktiv(t) or t.pos_ == "VERB" for t in opening)
    if sent[0].lower_ not in PREPOSITIONS or not verbless or opening.end + 1 >= clause.start:
        return False
    i = opening.end + 1
    while i < clause.start - 1:  # only clauses that depend on the frame: "ob ...", "der ...", "an der ..."
        part = clause_of(sent.doc[i])
        words = [t.lower_ for t in part if not (t.is_punct or t.is_space)]
        first, second = [*words, "", ""][:2]
        governed = first in PREPOSITIONS and second in RELATIVE_PRONOUNS  # "an der"
        relative = governed or first in (*RELATIVE_PRONOUNS, "deren", "dessen")
        if not (relative or first in ("ob", *COMMA_CONJUNCTIONS)):
            return False  # "Bei einer Videokonferenz, an der ... teilnahm, hätten alle ...": a main clause said
        i = part.end + 1
    return True


def _adverbial_clause(span: Span) -> bool:
    """One clause opened by an adverbial conjunction (`Während X von einem Erfolg sprach`) or by `wie` (`Wie aus
    Kreisen verlautete`): it frames what follows; `Wenn es nach X gehe, sei Y` holds a main clause after it, which
    was said."""
    breaks = [t for t in span if t.text == "," and not is_list_comma(span.doc, t.i, t.sent)]
    preposition = len(span) > 0 and span[0].tag_ == "APPR"  # "Seit 2021 seien ...": `seit` opens no clause here
    adverb = len(span) > 1 and is_finite_or_konjunktiv(span[1])  # "Damit werde erstmals ...": a main clause's verb
    opened = len(span) > 0 and span[0].lower_ in (*ADVERBIAL_CONJUNCTIONS, "wie")
    return (opened and not breaks and not preposition and not adverb) or _participle_frame(span)


def _participle_frame(span: Span) -> bool:
    """`Gefragt nach den Kosten`, `Angesprochen auf die Kritik`: a participle phrase of no finite verb frames what
    follows, as a question put to the speaker."""
    verbs = [t for t in span if is_finite_or_konjunktiv(t)]
    return len(span) > 1 and span[0].tag_ == "VVPP" and span[1].tag_ == "APPR" and not verbs


def _before_manner(doc: Doc, start: int, end: int, cue: Cue) -> int:
    """The end of a cue's object without the adverbs after it (`kritisierte das Paket zuvor scharf`, `wies die
    Forderungen umgehend zurück`); a cue that names what its object is keeps the adjective (`nannte sie absurd`)."""
    manner = ("ADV", "PROAV") if cue.lemma in PREDICATIVE_CUES else ("ADV", "PROAV", "ADJD")
    while end - 1 > start and doc[end - 1].is_punct and not doc[end - 1].is_quote:
        end -= 1  # "begrüßte das Urteil ebenfalls."
    trimmed = end
    while trimmed - 1 > start and (_manner(doc[trimmed - 1], manner) or _time_at(doc, trimmed - 2, start)):
        trimmed -= 2 if _time_at(doc, trimmed - 2, start) else 1  # "räumte ihre Niederlage am Mittwoch ein"
    negated = trimmed > start and doc[trimmed - 1].tag_ == "PTKNEG"  # "schloss ... nicht mehr aus" keeps "mehr"
    described = trimmed > start and doc[trimmed - 1].lower_ == "als"  # "wies die Vorwürfe als absurd zurück"
    return end if negated or described else trimmed


def _manner(token: Token, tags: tuple[str, ...]) -> bool:
    """An adverb after what a cue governs: so tagged, or one of contrast (`begrüßte den Vorstoß dagegen`)."""
    return token.tag_ in tags or token.lower_ in TRAILING_ADVERBS


def _time_at(doc: Doc, i: int, start: int) -> bool:
    """`am Mittwoch`, `im März`, `am Abend` at token `i` (after `start`)."""
    return i > start and doc[i].lower_ in ("am", "im") and doc[i + 1].lower_ in TIME_NOUNS


# Prepositions of when and where something was said, not of what a cue governs (`zum Streik aufgerufen`).
OCCASIONS = SETTING_PREPOSITIONS - {"zum", "zur", "nach"}


def time_phrase_end(doc: Doc, i: int, end: int) -> int | None:
    """The end of a bare phrase of time at `i` (`vergangene Woche`, `diesen Montag`) with more words after it."""
    j = past_modifiers(doc, i, end)
    return j + 1 if j + 1 < end and doc[j].lower_ in TIME_NOUNS else None


def _governs_words(
    doc: Doc, start: int, end: int, *, phrases_only: bool = False, settings: frozenset[str] = SETTING_PREPOSITIONS
) -> bool:
    """Are there words from `start` to `end` beside linking words, times and settings (`drohte dagegen mit
    Streiks`, not `sagte am Montag`, `hatte sich vergangene Woche bei einer Anhörung geäußert`)? With
    `phrases_only`, a noun or a preposition only (not `sagen es selber`)."""
    i = start
    while i < end:
        if doc[i].lower_ in FRAME_WORDS or doc[i].lower_ in AUXILIARIES or doc[i].lower_ == "sich" or doc[i].is_punct:
            i += 1
        elif (when := time_phrase_end(doc, i, end + 1)) is not None:
            i = when
        elif doc[i].lower_ in settings:
            i += 1
            while i < end and (doc[i].lower_ in DETERMINERS or is_adjective(doc[i])):
                i += 1
            i += 1  # the setting's noun
        elif phrases_only and not (is_capitalised_word(doc[i]) or (doc[i].pos_ == "ADP" and doc[i].tag_ != "PTKVZ")):
            i += 1
        else:
            return True
    return False


def _fronted_object(before: Span) -> bool:
    """The words before a cue whose subject follows it, if they are a noun phrase (`Betriebsbedingte Kündigungen
    schloss der Konzern aus`) and not an adverbial (`Am Montag kündigte X ... an`, `Dann sagte X`)."""
    if len(before) == 0 or any(t.is_punct for t in before) or before[-1].lower_ == "zufolge":
        return False  # "Diplomaten zufolge lehnen die USA ... ab": a source, not an object
    first = before[0]
    noun_phrase = first.lower_ in ARTICLES or is_adjective(first) or first.pos_ in ("NOUN", "ADJ")
    noun = first.pos_ == "NOUN" or any(is_capitalised_word(t) for t in before[1:])
    return noun_phrase and noun and first.lower_ not in PREPOSITIONS


def _past_lead_in(doc: Doc, start: int, end: int, quotes: list[Quote]) -> int:
    """Past a narrator's lead-in closed by a colon or a semicolon (`Auch Deutschland bot Hilfe an: Das THW könne
    ..., hieß es`): a clause in the indicative before it is not what the cue after it reports."""
    breaks = [t.i for t in doc[start:end] if t.text in (":", ";") and not in_quote(t.idx, quotes)]
    colon = breaks[-1] if breaks else None  # "Eine Sperrung ordnete das Amt nicht an; dafür bestehe kein Grund"
    if colon is None or not any(_finite_indicative(t) for t in doc[start:colon]):
        return start
    return colon + 1


def _asked(before: Span) -> bool:
    """A prepositional phrase of a question before the cue (`Auf eine Frage nach dem Krieg`, `Auf Nachfrage`): what
    was asked, not what was said."""
    return len(before) > 1 and before[0].lower_ in PREPOSITIONS and any(t.lower_.endswith("frage") for t in before)


def _governs_beyond(doc: Doc, cue: Cue, speaker: ActorMention, clause: Span) -> bool:
    """Does a cue govern a noun or a prepositional phrase of its own clause besides its subject (`drängten auf
    Abschiebungen`, not `sagte Merz`, `hieß es`, `fügte er hinzu`, `sagen es selber`)?"""
    start = max(cue.end, speaker.token_end if speaker.token_end <= clause.end else cue.end)
    start = _past_dative(doc, start, clause.end)  # "sagte der „Leipziger Volkszeitung“": whom it was said to
    particle = separated_particle(doc[cue.start])  # "fügte hinzu"
    end = particle.i if particle is not None and particle.i >= start else clause.end
    return _governs_words(doc, start, end, phrases_only=True)


def _past_dative(doc: Doc, i: int, end: int) -> int:
    """Past a dative noun phrase at `i` (`der Zeitung`, `dem „Spiegel“`), to whom something was said."""
    if i >= end or doc[i].lower_ not in ("dem", "der"):
        return i
    j = i + 1
    while j < end and (doc[j].is_quote or is_adjective(doc[j]) or is_capitalised_word(doc[j])):
        j += 1
    return j if j > i + 1 and (doc[i].lower_ == "dem" or oblique_feminine(doc[i], doc[j - 1])) else i


def _finite_last(clause: Span) -> bool:
    """Does the clause end in its finite verb, as a relative clause does (not `die Luftabwehr habe ... abgefangen`)?"""
    words = [t for t in clause if not (t.is_punct or t.is_space)]
    return bool(words) and is_finite_or_konjunktiv(words[-1])


def _narrated(span: Span) -> bool:
    """`drängten auf Abschiebungen, Spanien lehnte dies ab`: a main clause in the indicative after a cue that governs
    its own words is the narrator going on, not what was said (a `dass` clause or one in Konjunktiv is)."""
    first = clause_of(span[0])  # "forderte X auf, Y zu tun, damit wir ... zurückkehren": the zu-infinitive's
    finite = [t for t in first if is_finite_or_konjunktiv(t)]
    opening = span[0].lower_ in COMMA_CONJUNCTIONS or span[0].lower_ in INDIRECT_QUESTION_WORDS
    return bool(finite) and not opening and all(is_indicative(t) for t in finite)


def _finite_indicative(token: Token) -> bool:
    """`begrüßte die Debatte, mahnte aber mehr Tempo an`: a clause that opens with a finite verb in the indicative
    is a second predicate of the same subject, not what was said."""
    return is_finite(token) and is_indicative(token)


def _relative_clause(clause: Span) -> bool:
    """`, die im Mai kommen soll`: a relative pronoun first and a finite verb last (not `, das Gespräch sei gut`,
    not the infinitive of a demand: `aufgefordert, die Angriffe zu beenden`)."""
    words = [t for t in clause if not t.is_punct]
    if relative_opening(clause) is None or len(words) < 2 or not is_verb_form(words[-1]):
        return False
    if has_parse(clause.doc) and not any(is_finite_or_konjunktiv(t) for t in words[-2:]):
        return False  # "Frau X, der Chef hat ... angekündigt": a finite verb in second place is a main clause's
    return not is_zu_infinitive(words[-1]) and words[-1].tag_ != "VVIZU"


def _object_before(clause: Span, cue: Cue) -> bool:
    """`hat die Reform angekündigt, die ...`: words between the finite verb and a clause-final cue are its object,
    and a relative clause after the comma only describes it."""
    finite = auxiliary_before(clause, cue.start)
    between = clause.doc[finite.i + 1 : cue.start] if finite is not None else []
    return cue.end == clause.end and any(is_capitalised_word(t) for t in between)  # not "hat vorhin ausgeführt"


def has_verb(span: Span) -> bool:
    return any(is_verb_form(t) and t.lower_ not in DETERMINERS and not is_adjective(t) for t in span)


def _object_relative(clause: Span, cue: Cue, speaker: ActorMention) -> bool:
    """`die Reform, die Ministerin X angekündigt hatte`: a clause after a comma that opens with a relative pronoun,
    ends with its verbs (a subordinate clause), and holds the speaker: what was said is the noun before the comma."""
    if not _relative_clause(clause):
        return False
    verb_final = all(t.lower_ in AUXILIARIES or t.is_punct for t in clause.doc[cue.end : clause.end])
    return verb_final and clause.start < speaker.token_start < cue.start


def _antecedent_phrase(doc: Doc, comma: int) -> tuple[tuple[int, int] | None, str, None]:
    """The noun phrase before a comma (`die Gesamtschau der Überwachung, die ...`): articles, adjectives, nouns."""
    start = comma
    while start > 0 and comma - start < 6 and _in_noun_phrase(doc[start - 1]):
        start -= 1
    if start == comma:
        return None, "indirect", None
    return (doc[start].idx, doc[comma - 1].idx + len(doc[comma - 1])), "indirect", None


def _past_source_attribute(doc: Doc, i: int, end: int) -> int:
    """Past what describes a source before what it reports: a relative clause (`Dem Verband zufolge, der 300
    Betriebe vertritt, dürften ...`) or where it is from (`Laut einem Beamten aus dem Innenministerium wurde ...`)."""
    if i + 1 < end and doc[i].text == "," and doc[i + 1].lower_ in RELATIVE_PRONOUNS:
        close = next((t.i for t in doc[i + 2 : end] if t.text == ","), None)
        return close + 1 if close is not None else i
    j = i + 1
    while j < end and (doc[j].lower_ in DETERMINERS or is_adjective(doc[j]) or is_capitalised_word(doc[j])):
        j += 1
    origin = i < end and doc[i].lower_ in ("aus", "von", "vom") and j > i + 1
    return j if origin and j < end and is_finite_or_konjunktiv(doc[j]) else i


def _after_brackets(doc: Doc, i: int) -> int:
    """The token after a bracketed aside that opens at `i` (`(DWD)`), else `i`."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : min(len(doc), i + 8)] if t.text == ")"), None)
        return close + 1 if close is not None else i
    return i


def _refers_back(clause: Span, cue: Cue) -> bool:
    """`Das teilte X mit`, `Dies sagte X`, `Das hat X bestätigt`: the demonstrative before the finite verb stands for
    the sentence before."""
    finite = auxiliary_before(clause, cue.start)
    words = [t for t in clause if t.i < (finite.i if finite is not None else cue.start) and not t.is_punct]
    return len(words) == 1 and words[0].lower_ in ("das", "dies", "dieses")


def _quote_before(doc: Doc, cue: Cue, quotes: list[Quote]) -> Quote | None:
    """The quotation that ends right before the cue: `"...", sagte X` or `"...", hatte X gesagt`."""
    before = _text_before(doc, cue.start)
    for quote in quotes:
        closed_before = quote.close_mark is not None and quote.close_mark < doc[cue.start].idx
        if closed_before and before.endswith(doc.text[quote.open_mark : quote.close_mark + 1]):
            return quote
    return None


def trimmed_span(doc: Doc, start: int, end: int, quotes: list[Quote]) -> tuple[tuple[int, int] | None, str, None]:
    """A token range as a character span without outer punctuation or a dateline; mixed when it holds a quotation."""
    start = past_dateline(doc, start, end)
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ")":
        end -= 1
    if end - start < 2:
        return None, "indirect", None
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    cut = [q for q in quotes if first <= q.open_mark < last < q.end and q.end - last <= QUOTE_REACH]
    if cut:  # "von einem „späten, aber richtigen Schritt“": a clause break inside a quotation ends nothing
        last = cut[0].end
    if any(first <= q.open_mark < last and q.close_mark == last for q in quotes):
        last += 1  # keep the mark that closes a quotation inside: 'nannte die Vorwürfe "absurd"'
    if any(q.start == first and q.close_mark is not None and q.close_mark < last for q in quotes):
        first -= 1  # and the mark that opens one: '„endlich für Ruhe zu sorgen“ – notfalls auch militärisch'
    mixed = any(first <= q.open_mark < last for q in quotes)
    return (first, last), "mixed" if mixed else "indirect", None


def past_dateline(doc: Doc, start: int, end: int) -> int:
    """Past the place (and agency) that opens a news article's first paragraph (`Schweinfurt - `, `Berlin (dpa) -
    `), which says where it was written, not what was said."""
    if start > 0 and "\n" not in doc[start - 1].text_with_ws and not doc[start - 1].is_space:
        return start
    for i in range(start + 1, min(start + DATELINE_TOKENS, end)):
        if doc[i].text in ("-", "–", "—"):
            return i + 1 if is_capitalised_word(doc[start]) else start
        if not _dateline_word(doc[i]):
            return start
    return start


def _dateline_word(token: Token) -> bool:
    """A word of a dateline: a place's, an agency's in brackets (`(dpa)`), a slash between two places."""
    return is_capitalised_word(token) or token.text in ("(", ")", "/") or (token.is_lower and len(token) <= 4)


def _text_before(doc: Doc, i: int) -> str:
    """The text before token `i`, without the comma and space that separate a quotation from its cue."""
    text = doc.text[: doc[i].idx].rstrip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    elif i > 0 and doc[i - 1].lower_ in AUXILIARIES:
        text = doc.text[: doc[i - 1].idx].rstrip().rstrip(",").rstrip()
    return text


def _next_token(doc: Doc, cue: Cue, sent: Span) -> Token | None:
    """The token after the cue and its subject pronoun, if any (`sagte er:`)."""
    i = cue.end
    if i < sent.end and doc[i].lower_ in SUBJECT_PRONOUNS:
        i += 1
    return doc[i] if i < sent.end else None


def _last_word(sent: Span) -> int:
    end = sent.end
    while end > sent.start and (sent.doc[end - 1].is_punct or sent.doc[end - 1].is_space):
        end -= 1
    return end
