"""Temporal expressions in German text, resolved against the publication date.

`find_time_expressions` finds expressions with a small table of regular-expression rules (`RULES`) and
resolves each against a reference time:

- **Deictic** expressions (`heute`, `gestern`, `am Mittwoch`, `vergangene Woche`, `vor zwei Wochen`, a date
  or month without a year) count from the publication date. Where the direction is open — a weekday, a part
  of the day, a clock time, a date or month without a year, a holiday — the tense of the clause decides: in a
  past-tense clause the most recent such time at or before publication, in a present- or future-tense clause
  (or one with `wollen`, `sollen`, `planen`, `werden`) the next one at or after publication, and without a
  tense the nearest one. After `seit` it is always the past. The tense comes from the expression's own clause
  first, then from the nearest clause of its sentence that has one, where a verb of saying does not count
  (`Der Sprecher sagte, Scholz reise am Mittwoch nach Kiew`: the journey is not in the past).
- **Anaphoric** expressions (`am folgenden Tag`, `zwei Tage später`, `im selben Jahr`, `März des folgenden
  Jahres`, `im Vorjahr`) count from the last calendar point mentioned before them (else from publication).
- In **narrative** mode (history text such as Wikipedia) deictic expressions count from the last mentioned
  point too and `heute` means the present (`PRESENT_REF`). A date without a year takes the year of the last
  point in its paragraph, else of its section's heading (a short line such as `1862` or `Westfront 1944`),
  else of the last point.
- In both modes a year mentioned in passing (`die Deklaration von 1856`, `bis 1881`) counts only within its
  sentence and does not move the story's time.

Parts of the day resolve to a date. In a past-tense clause `am Abend` is the last evening that had begun when
the article was published: an article of 20:00 means that evening, one of 01:42 the evening before. In a
future-tense clause it is the next evening that has not ended. A publication time of exactly midnight is read
as "time unknown" and gives the publication date. `in der Nacht zum Dienstag` is dated to Monday, the day the
night begins, as TIMEX2 does. A part of the day or a clock time after a day in the same sentence (`am Montag
... am Abend`, `am Montag um 18 Uhr`) takes that day.

Values are ISO 8601 with a granularity (`2022-01-26` day, `2022-W04` week, `2022-02` month, `2022-Q1`
quarter, `2022` year, `2022-01-24T18:00` time). On request (`calendar_only=False`, for TIMEX2 corpora) also
what ISO 8601 calendar dates cannot write, in TIMEX2's form and with `granularity=None`: seasons (`2022-SU`),
half years (`2022-H2`), decades (`199`), centuries (`18`), years BC (`BC0264`), durations (`P3D`, `PT48H`,
`PXW`) and vague references (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`). Extents follow TIMEX2: prepositions
(`am`, `im`, `um`, `seit`) are left out; `vor` (ago) and `in` (from now) before an amount are kept, as they
carry the direction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from kg.records import TimeExpression

Tense = Literal["past", "present", "future"]
Granularity = Literal["day", "week", "month", "quarter", "year", "time"]
TenseOf = Callable[[int, int], str | None]

# ----------------------------------------------------------------------------------------------------
# German facts the rules rely on.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mär": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}
SEASONS = {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
SEASON_STARTS = {"frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9, "winter": 12}  # month; winter of 2021 = Dec
# Parts of the day: the hour each begins and the hour it ends (24 = midnight).
PARTS_OF_DAY = {
    "morgen": (5, 10),
    "früh": (5, 10),
    "vormittag": (9, 12),
    "mittag": (11, 14),
    "nachmittag": (13, 18),
    "abend": (18, 24),
    "nacht": (22, 24),
}
NUMBER_WORDS = {
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "fünfzehn": 15,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "hundert": 100,
}
VAGUE_AMOUNTS = ("einigen", "einige", "wenigen", "wenige", "mehreren", "mehrere")
DURATION_HEDGES = ("knapp", "gut", "etwa", "rund", "fast", "über", "mehr als", "weniger als", "nur")
ORDINALS = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4}
DECADE_WORDS = {
    "zwanziger": 2,
    "dreißiger": 3,
    "vierziger": 4,
    "fünfziger": 5,
    "sechziger": 6,
    "siebziger": 7,
    "achtziger": 8,
    "neunziger": 9,
}
# Units: the ISO 8601 designator of a duration and the granularity of a point that many units away.
UNITS: dict[str, tuple[str, Granularity]] = {
    "tag": ("D", "day"),
    "woche": ("W", "week"),
    "monat": ("M", "month"),
    "jahr": ("Y", "year"),
    "stunde": ("TH", "time"),
    "minute": ("TM", "time"),
    "quartal": ("Q", "quarter"),
}
# Adjectives of duration (`zweiwöchigen Kämpfen`) and their ISO designators.
ADJECTIVE_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y"}
# Fixed-date holidays (month, day) and the moveable feasts as days after Easter Sunday.
HOLIDAYS = {
    "neujahr": (1, 1),
    "heiligabend": (12, 24),
    "heiligen abend": (12, 24),
    "weihnachten": (12, 25),
    "silvester": (12, 31),
    "tag der deutschen einheit": (10, 3),
    "tag der arbeit": (5, 1),
    "allerheiligen": (11, 1),
}
EASTER_HOLIDAYS = {
    "karfreitag": -2,
    "ostern": 0,
    "ostersonntag": 0,
    "ostermontag": 1,
    "christi himmelfahrt": 39,
    "pfingsten": 49,
    "pfingstsonntag": 49,
    "pfingstmontag": 50,
}
# Modifiers that place a weekday, week, month or year relative to the reference time (word stems).
DEICTIC_SHIFTS = {
    "dies": 0,
    "laufend": 0,
    "kommend": 1,
    "nächst": 1,
    "vergangen": -1,
    "letzt": -1,
    "vorig": -1,
}
# Modifiers that place a period relative to the last mentioned one.
ANAPHORIC_SHIFTS = {"darauffolgend": 1, "folgend": 1, "nächst": 1, "selb": 0, "gleich": 0, "vorhergehend": -1}
# Words after an amount that count from the last mentioned point, and their direction.
ANAPHORIC_OFFSETS = {
    "später": 1,
    "danach": 1,
    "darauf": 1,
    "zuvor": -1,
    "vorher": -1,
    "davor": -1,
    "früher": -1,
}
# Vague references of TIMEX2.
VAGUE_REFERENCES = {
    "jetzt": "PRESENT_REF",
    "derzeit": "PRESENT_REF",
    "zurzeit": "PRESENT_REF",
    "gegenwärtig": "PRESENT_REF",
    "heutig": "PRESENT_REF",
    "bald": "FUTURE_REF",
    "demnächst": "FUTURE_REF",
    "künftig": "FUTURE_REF",
    "zukünftig": "FUTURE_REF",
    "später": "FUTURE_REF",
    "danach": "FUTURE_REF",
    "darauf": "FUTURE_REF",
    "folgezeit": "FUTURE_REF",
    "kürzlich": "PAST_REF",
    "zuvor": "PAST_REF",
    "vorher": "PAST_REF",
}

# Tense markers. Future and intention win: "wollen am Mittwoch zusammenkommen" looks ahead even in a sentence
# that reports it in the past.
FUTURE_MARKERS = _words(
    """werde wirst wird werden werdet will willst wollen wollt wolle soll sollst sollen sollt solle plant
    planen plane beabsichtigt beabsichtigen möchte möchten geplant vorgesehen angesetzt bevorstehend"""
)
PAST_MARKERS = _words(
    """hatte hatten hattest hattet war waren warst wart wurde wurden wurdest wurdet worden gewesen konnte
    konnten musste mussten durfte durften kam
    kamen nahm nahmen gab gaben traf trafen begann begannen fand fanden stand standen ging gingen lag
    lagen rief riefen sprach sprachen hielt hielten hieß hießen blieb blieben fiel fielen starb starben
    zog zogen schlug schlugen brachte brachten dachte dachten wusste wussten nannte nannten sah sahen
    bat baten trat traten schrieb schrieben verlor verloren gewann gewannen flog flogen floh flohen
    griff griffen schoss schossen stieg stiegen wies wiesen beschloss beschlossen entschied entschieden
    bot boten sank sanken sagten erklärten betonten forderten warnten kündigten teilten verlegten meldeten
    berichteten warf warfen stieß stießen schloss schlossen bestritt bestritten lief liefen fuhr fuhren trug
    trugen brach brachen verließ verließen erhielt erhielten empfing empfingen schwieg schwiegen zwang zwangen
    gelang misslang riet rieten verschwand entstand gestand verstand erschien erschienen unterschrieb
    unterschrieben verschob verschoben las lasen saß saßen lud luden schien schienen sprang stahl verbot"""
)
# Preterites of modals that report a past plan as often as a past act ("wollten am Mittwoch reisen").
AMBIGUOUS_MODALS = _words("wollte wollten sollte sollten")
# Verbs of saying, whose tense is that of the report, not of what is reported.
REPORTING_VERBS = _words(
    """sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont teilte teilten mitteilte
    hieß heißt meldete meldeten berichtete berichteten schrieb schrieben warnte warnten forderte forderten"""
)
# Particles that fuse with a verb at the end of a subordinate clause ("an der er teilnahm").
VERB_PARTICLES = _words(
    "ab an auf aus bei ein fest fort her hin mit nach statt teil vor weg zu zurück zusammen bekannt"
)
SUBJECT_PRONOUNS = _words("er sie es man wir ich du ihr")
# Auxiliaries of the perfect (with a participle; Konjunktiv included); without a participle they are present.
PERFECT_AUXILIARIES = _words("hat haben habe hast habt habest ist sind sei seien bin bist seid hätte hätten wäre wären")
PRESENT_MARKERS = _words(
    """kann können muss müssen darf dürfen gibt geht gehen steht stehen beginnt beginnen findet trifft
    kommt kommen reist reisen berät beraten tagt tagen startet starten läuft laufen"""
)
# Words of the shape of a weak preterite (-te, -ten) that are not verbs.
NOT_PRETERITES = _words(
    """heute letzte letzten erste ersten zweite zweiten dritte dritten vierte vierten fünfte fünften
    sechste siebte siebten achte achten neunte zehnte bitte halbe halben mitte konkrete konkreten breite
    weite absolute rechte rechten echte leichte schlechte späte späten harte harten"""
)
# Words after which a word on -te is an attributive adjective, not a verb (determiners and prepositions).
DETERMINERS = _words(
    """der die das des dem den ein eine einer eines einem einen im am vom zum zur beim ins für über unter
    mit von nach bei aus durch gegen ohne um auf an in sein seine seiner seinen ihre ihrer ihren unsere
    diese dieser diesen dieses jede jeder jeden alle keine kein mehrere einige viele"""
)
# Prepositions after which a number in 1000-2099 is a year even before a noun ("bis 1881 Banken").
STRONG_YEAR_PREPOSITIONS = _words("im seit bis ab nach vor um")
# Prepositions before a year mentioned in passing (`die Deklaration von 1856`), which does not move the
# narrative's current time beyond its sentence.
IN_PASSING = _words("von seit bis und oder zwischen – - /")
# Units after a number that make it a measure, not a year ("1600 km").
MEASURE_UNITS = _words("km m t kg l ha mm cm Mann Euro Dollar Prozent %")
# Words that precede a number that is an amount, not a year ("bis zu 1500 Soldaten").
AMOUNT_WORDS = _words("rund etwa ca. circa knapp fast über mehr weniger zu insgesamt gut nur")
ABBREVIATIONS = _words("dr prof st bzw ca nr abs vgl z.b u.a usw chr jh mio mrd")

# ----------------------------------------------------------------------------------------------------
# Tense of a clause.

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PARTICIPLE = re.compile(
    r"^(?:\w*ge\w{2,}(?:t|en)|\w{3,}iert|(?:be|ver|er|ent|zer|emp|miss|durch|über|unter|wider|hinter)\w{3,}(?:t|en))$"
)
# -te, -eten, -ierten: a bare -ten would also take present forms of verbs on -t (`beraten`, `starten`).
_WEAK_PRETERITE = re.compile(r"^[a-zäöüß]{3,}(?:(?<!s)te|eten|ierten)$")


def clause_tense(text: str) -> Tense | None:
    """The tense of a German clause (or sentence) from its auxiliaries and verb forms; None if none is seen.

    Future and intention (`wird`, `wollen`, `soll`, `geplant`, a `zu`-infinitive) win over past markers: in
    news a date in such a clause belongs to the plan. A form of `haben`/`sein` with a participle is a perfect
    (past); without one it is present. Ambiguous forms (`wollte`, `sollte`) say nothing.
    """
    return _tense_of_words(_WORD.findall(text))


def _tense_of_words(words: list[str]) -> Tense | None:
    lower = [w.lower() for w in words]
    if any(w in FUTURE_MARKERS for w in lower) or _ends_in_future_infinitive(words):
        return "future"
    if any(w in AMBIGUOUS_MODALS for w in lower):
        return None
    if any(_is_strong_preterite(w) for w in lower) or _has_perfect(words) or _has_weak_preterite(words):
        return "past"
    if any(w in PRESENT_MARKERS or w in PERFECT_AUXILIARIES for w in lower):
        return "present"
    return None


def _is_strong_preterite(word: str) -> bool:
    return word in PAST_MARKERS or word in _FUSED_PRETERITES


_FUSED_PRETERITES = frozenset(particle + form for particle in VERB_PARTICLES for form in PAST_MARKERS)


def _has_perfect(words: list[str]) -> bool:
    """A form of `haben`/`sein` with a participle after it, or `haben` with two infinitives closing the clause, the
    second a modal's (`haben sich nicht einigen können`: the perfect of a modal)."""
    for i, word in enumerate(words):
        if word.lower() in PERFECT_AUXILIARIES and any(w.islower() and _PARTICIPLE.match(w) for w in words[i + 1 :]):
            return True
    substitute = len(words) >= 2 and words[-1] in MODAL_INFINITIVES and words[-2].islower() and words[-2].endswith("n")
    return substitute and any(w.lower() in _HABEN for w in words[:-2])


MODAL_INFINITIVES = frozenset({"können", "müssen", "dürfen", "wollen", "sollen", "lassen"})
_HABEN = frozenset({"hat", "haben", "habe", "hast", "habt", "hatte", "hatten"})


def _ends_in_future_infinitive(words: list[str]) -> bool:
    """`..., am Mittwoch nach Kiew zu reisen` (or `teilzunehmen`) looks ahead; `... gewesen zu sein` back.

    The infinitive closes its clause, which tells it from `zu` as a preposition (`kam es zu Ausschreitungen`).
    """
    if not words or not words[-1].islower() or not words[-1].endswith("n"):
        return False
    last = words[-1]
    if len(words) > 1 and words[-2] == "zu":
        return last not in ("sein", "haben")
    return any(last.startswith(f"{particle}zu") and len(last) > len(particle) + 4 for particle in VERB_PARTICLES)


def _has_weak_preterite(words: list[str]) -> bool:
    """A weak preterite (`verlegte`, `erklärten`) by its shape, unless it stands where an adjective would.

    An adjective ending in -te follows a determiner and precedes a noun (`die erwartete Entscheidung`); a verb
    follows its subject or the first constituent (`Am Montag erklärte Scholz`, `Er verlegte Truppen`), precedes
    an article or pronoun (`Das sagte der Sprecher`), or leaves its particle at the end (`Das teilte X mit`).
    """
    particle_at_end = bool(words) and words[-1] in VERB_PARTICLES
    for i, word in enumerate(words):
        if word in NOT_PRETERITES or word.startswith("ge") or not _WEAK_PRETERITE.match(word):
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if particle_at_end or after.lower() in DETERMINERS or after.lower() in SUBJECT_PRONOUNS:
            return True  # `Das teilte das Ministerium mit`, `Das kündigte Habeck an`
        if before.lower() in DETERMINERS:
            continue
        if not before or not after[:1].isupper() or before[:1].isupper():
            return True  # `..., sagte Ministerin X`: opening its clause in lower case, it is no adjective
    return False


# ----------------------------------------------------------------------------------------------------
# Sentences and clauses, for the tense around an expression when no tagger gives it.

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'»«“”]?\s+(?=[\"'„»«“(]?[A-ZÄÖÜ0-9])|\n\s*\n")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[()–—]|\s[\"„“”»«]|[\"„“”»«]\s")  # not the comma of 5,3
_CONJUNCTION = re.compile(r"(?<!-)\s(?:und|aber|doch|sondern|oder)\s")  # not "Staats- und Regierungschefs"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_HEADING = re.compile(r"\s*[^\n]{1,80}(?<![.!?:;,\"“»«])\s*")  # a short line without final punctuation

Span = tuple[int, int]


def _sentence_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if not _ends_in_abbreviation(text[start : match.start()]):
            spans.append((start, match.start()))
            start = match.end()
    spans.append((start, len(text)))
    return spans


def _ends_in_abbreviation(before: str) -> bool:
    """A period after an ordinal (`24. Februar`) or an abbreviation (`v. Chr.`) does not end a sentence."""
    token = before.split()[-1] if before.split() else ""
    if not token.endswith("."):
        return False
    token = token.rstrip(".").lower()
    return (token.isdigit() and len(token) <= 2) or token in ABBREVIATIONS


def _pieces(text: str, span: Span, pattern: re.Pattern[str]) -> list[Span]:
    pieces, position = [], span[0]
    for match in pattern.finditer(text, span[0], span[1]):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, span[1]))
    return pieces


def _index_of(spans: list[Span], offset: int) -> int:
    """The index of the span (of ordered, disjoint spans) that holds `offset`, or of the last one before it."""
    return max(0, bisect_right(spans, offset, key=lambda span: span[0]) - 1)


def _tense_from_text(text: str, sentences: list[Span], offset: int) -> Tense | None:
    """The tense nearest to `offset`: its conjunct, its clause, then its sentence's other clauses by distance.

    At equal distance the clause after wins, because a fronted adverbial (`Am Montag, dem 24. Januar, hatte
    ...`) precedes its verb. In other clauses a verb of saying does not count: in `Der Sprecher sagte, Scholz
    reise am Mittwoch nach Kiew` the saying is past, the journey is not.
    """
    sentence = sentences[_index_of(sentences, offset)]
    clauses = _pieces(text, sentence, _CLAUSE_BREAK)
    here = _index_of(clauses, offset)
    conjuncts = _pieces(text, clauses[here], _CONJUNCTION)
    order = sorted(range(len(clauses)), key=lambda i: (abs(i - here), i < here))
    own = conjuncts[_index_of(conjuncts, offset)]
    tense = clause_tense(text[own[0] : own[1]])
    if tense == "present" and _has_perfect(_WORD.findall(text[own[0] : clauses[here][1]])):
        tense = "past"  # "hat Israel mit Drohnen und Raketen angegriffen": `und` joined nouns, not clauses
    for start, end in (clauses[i] for i in order):
        if tense:
            return tense
        words = [w for w in _WORD.findall(text[start:end]) if w.lower() not in REPORTING_VERBS]
        tense = _tense_of_words(words)
    return tense


# ----------------------------------------------------------------------------------------------------
# Calendar points and their values.


@dataclass(frozen=True)
class Point:
    """A resolved calendar point: the first day of the period, its granularity and its value."""

    day: date
    granularity: Granularity
    value: str


def point(day: date, granularity: Granularity, clock: time | None = None) -> Point:
    """The period of `granularity` that contains `day`, with its ISO 8601 (or TIMEX2) value."""
    if granularity == "day":
        return Point(day, "day", day.isoformat())
    if granularity == "time":
        clock = clock or time(0)
        return Point(day, "time", f"{day.isoformat()}T{clock:%H:%M}")
    if granularity == "week":
        year, week, weekday = day.isocalendar()
        return Point(day - timedelta(days=weekday - 1), "week", f"{year:04d}-W{week:02d}")
    if granularity == "month":
        return Point(day.replace(day=1), "month", f"{day.year:04d}-{day.month:02d}")
    if granularity == "quarter":
        quarter = (day.month - 1) // 3 + 1
        return Point(date(day.year, 3 * quarter - 2, 1), "quarter", f"{day.year:04d}-Q{quarter}")
    return Point(date(day.year, 1, 1), "year", f"{day.year:04d}")


def easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    n = h + weekday - 7 * ((a + 11 * h + 22 * weekday) // 451) + 114
    return date(year, n // 31, n % 31 + 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _shifted(day: date, granularity: Granularity, amount: int) -> date:
    if granularity in ("day", "time"):
        return day + timedelta(days=amount)
    if granularity == "week":
        return day + timedelta(weeks=amount)
    if granularity == "month":
        return _add_months(day, amount)
    if granularity == "quarter":
        return _add_months(day, 3 * amount)
    return date(day.year + amount, 1, 1)


def _year_value(year: int) -> str:
    """A TIMEX2 year: `2022`, or `BC0264` for 264 BC (astronomical year -263)."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def _direct(candidates: list[date], reference: date, tense: Tense | None) -> date:
    """Of candidate dates around `reference`, the one the tense points to.

    Past: the latest on or before the reference; present or future: the earliest on or after; no tense: the
    nearest (the earlier one on a tie).
    """
    if tense == "past":
        return max((c for c in candidates if c <= reference), default=min(candidates))
    if tense in ("present", "future"):
        return min((c for c in candidates if c >= reference), default=max(candidates))
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference))


_ORDER: tuple[Granularity, ...] = ("time", "day", "week", "month", "quarter", "year")


def _finer(have: Granularity, need: Granularity) -> bool:
    """Whether a point of granularity `have` pins down a point of granularity `need`."""
    return _ORDER.index(have) <= _ORDER.index(need) and not (have == "week" and need in ("month", "quarter"))


# ----------------------------------------------------------------------------------------------------
# Resolution context.

_TENSES: dict[str, Tense] = {"past": "past", "present": "present", "future": "future"}
_SINCE = re.compile(r"\b[Ss]eit(?:\s(?:dem|der|den))?\s$")
_FOR = re.compile(r"\b[Ff]ür(?:\s(?:den|die|das))?\s$")


@dataclass
class _Context:
    text: str
    published: datetime | None
    narrative: bool
    tense_of: TenseOf | None
    sentences: list[Span]
    paragraphs: list[Span]
    headings: list[Span]
    last: Point | None = None  # the last calendar point of the narrative, for anaphora
    last_at: int = -1
    section: tuple[Span, Point] | None = None  # a heading with a point, and its point
    aside: tuple[int, Point] | None = None  # offset and point of a year mentioned in passing (`von 1856`)
    last_day_at: tuple[int, date, bool] | None = None  # offset and day of the last day point; a night?
    tenses: dict[int, Tense | None] = field(default_factory=dict)

    def note(self, rule: Rule, m: re.Match[str], resolved: Point) -> None:
        """Remember a point as the narrative's current time, or as an aside that counts in its sentence."""
        if rule.name == "year" and _before(_YEAR_BEFORE, self.text, m).strip().lower() in IN_PASSING:
            self.aside = (m.start("t"), resolved)
            return
        self.last, self.last_at, self.aside = resolved, m.start("t"), None
        heading = next((h for h in self.headings if h[0] <= m.start("t") < h[1]), None)
        if heading and (self.section is None or self.section[0] != heading):
            self.section = (heading, resolved)
        if resolved.granularity in ("day", "time"):
            night = bool(m.groupdict().get("night_to"))  # the small hours of `Nacht zum Dienstag` are Tuesday's
            self.last_day_at = (m.start("t"), resolved.day, night)

    def recent(self, offset: int) -> Point | None:
        """The last point before `offset`: an aside in its sentence, else the narrative's current time."""
        if self.aside and self.same_sentence(self.aside[0], offset):
            return self.aside[1]
        return self.last

    def same_paragraph(self, earlier: int, offset: int) -> bool:
        start, _ = self.paragraphs[_index_of(self.paragraphs, offset)]
        return start <= earlier < offset

    def same_sentence(self, earlier: int, offset: int) -> bool:
        start, _ = self.sentences[_index_of(self.sentences, offset)]
        return start <= earlier < offset

    def tense(self, m: re.Match[str]) -> Tense | None:
        """The clause's tense; after `seit` the past, whatever the clause (`Seit Montag gilt die Regel`)."""
        start, end = m.span("t")
        if _SINCE.search(self.text, max(0, start - 12), start):
            return "past"
        if _FOR.search(self.text, max(0, start - 8), start) and not self.narrative:
            return None  # "kündigte für Mitte Juni Streiks an", "die Zahlen für April": the nearest, whatever tense
        if start not in self.tenses:
            given = self.tense_of(start, end) if self.tense_of else _tense_from_text(self.text, self.sentences, start)
            self.tenses[start] = _TENSES.get(given) if given else None
        return self.tenses[start]

    def today(self, offset: int) -> date | None:
        """The day deictic expressions count from: publication, or in narrative mode the last point."""
        recent = self.recent(offset)
        if self.narrative and recent:
            return recent.day
        return self.published.date() if self.published else None

    @property
    def clock(self) -> time | None:
        """The time of day of publication; midnight exactly means the time is unknown."""
        if self.published is None or self.narrative or self.published.time() == time(0):
            return None
        return self.published.time()

    def anchor(self, offset: int) -> Point | None:
        """What anaphoric expressions count from: the last point mentioned, else the publication date."""
        recent = self.recent(offset)
        if recent:
            return recent
        return point(self.published.date(), "day") if self.published else None

    def year_for(self, m: re.Match[str], month: int, day: int | None = None) -> int | None:
        """The year of a date, or without `day` of a month, written without one.

        It comes from the story in narrative mode, else from the tense. A month counts from the first of the
        publication's month, so that `im Januar` in a report of 10 January is this January whatever the tense.
        """
        recent = self.recent(m.start("t"))
        if self.narrative and self.section and not self.same_paragraph(self.last_at, m.start("t")):
            return self.section[1].day.year
        if self.narrative and recent:
            return recent.day.year
        today = self.today(m.start("t"))
        if today is None:
            return None
        if day is None:
            day, today = 1, today.replace(day=1)
        years = (today.year - 1, today.year, today.year + 1)
        candidates = [d for y in years if (d := _safe_date(y, month, day))]
        return _direct(candidates, today, self.tense(m)).year if candidates else None

    def day_in_sentence(self, offset: int, hour: int = 12) -> date | None:
        """The day of a day-level expression earlier in the same sentence (`am Montag ... um 18 Uhr`).

        After a night (`in der Nacht zu Sonntag ... gegen 5 Uhr`) an hour before noon is on the next day.
        """
        if self.last_day_at is None:
            return None
        at, day, night = self.last_day_at
        if not self.same_sentence(at, offset):
            return None
        return day + timedelta(days=1) if night and hour < 12 else day

    def occurrence(self, m: re.Match[str], begin: time, end: time) -> date | None:
        """The day of the last such period begun by publication (past) or the next not yet over (future)."""
        if self.published is None:
            return None
        today, clock, tense = self.published.date(), self.clock, self.tense(m)
        if clock is None or tense is None:
            return today
        if tense == "past":
            return today if clock >= begin else today - timedelta(days=1)
        return today if end == time(0) or clock < end else today + timedelta(days=1)


# ----------------------------------------------------------------------------------------------------
# Resolvers: each turns a match into a point, a non-point value (duration, vague reference) or None.

Resolved = Point | str | None


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTHS.get(word.removesuffix("s")) or MONTH_ABBREVIATIONS[word]


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _unit(word: str) -> tuple[str, Granularity]:
    word = word.lower()
    return next(unit for stem, unit in UNITS.items() if word.startswith(stem))


def _shift(word: str, table: dict[str, int]) -> int:
    word = word.lower()
    return next(shift for stem, shift in table.items() if word.startswith(stem))


def _bc(m: re.Match[str]) -> bool:
    era = m.groupdict().get("era")
    return bool(era) and era.startswith("v")


def _full_date(m: re.Match[str], ctx: _Context) -> Resolved:
    group = m.groupdict()
    month = _month(m["month"]) if m["month"] else int(group["mnum"])
    day, written = int(m["day"]), m["year"] or group.get("year2")
    if written and _bc(m):
        return f"{_year_value(1 - int(written))}-{month:02d}-{day:02d}"
    if written:
        year: int | None = int(written) if len(written) > 2 else _two_digit_year(int(written), ctx.published)
    elif group.get("rel") or group.get("same"):
        year = _anaphoric_year(m, ctx)
    else:
        year = ctx.year_for(m, month, day)
    resolved = _safe_date(year, month, day) if year else None
    return point(resolved, "day") if resolved else None


def _two_digit_year(year: int, published: datetime | None) -> int:
    """`24.02.22`: the century that puts the year at most ten years after publication."""
    now = published.year if published else date.today().year
    century = now // 100 * 100
    return century + year if century + year <= now + 10 else century - 100 + year


def _iso_date(m: re.Match[str], ctx: _Context) -> Resolved:
    resolved = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return point(resolved, "day") if resolved else None


def _month_year(m: re.Match[str], ctx: _Context) -> Resolved:
    month, group = _month(m["month"]), m.groupdict()
    if m["year"]:
        year = int(m["year"])
        if _bc(m):
            return f"{_year_value(1 - year)}-{month:02d}"
    elif group.get("rel") or group.get("same"):
        found = _anaphoric_year(m, ctx)
        if found is None:
            return None
        year = found
    else:
        found = ctx.year_for(m, month)
        if found is None:
            return None
        year = found
    return point(date(year, month, 1), "month")


def _anaphoric_year(m: re.Match[str], ctx: _Context) -> int | None:
    """The year of `des folgenden Jahres`, `desselben Jahres`: counted from the last point mentioned."""
    anchor = ctx.anchor(m.start("t"))
    if anchor is None:
        return None
    rel = m.groupdict().get("rel")
    return anchor.day.year + (_shift(rel, ANAPHORIC_SHIFTS) if rel else 0)


def _period_part(m: re.Match[str], ctx: _Context) -> Resolved:
    """`Ende des Jahres`, `Anfang nächster Woche`, `im Laufe des Tages`, `zum Jahresende`.

    With `kommend`, `vergangen` and the like it counts from the reference time, else from the last point.
    """
    granularity = _unit(m["unit"] or "jahr")[1]
    if m["deictic"]:
        today = ctx.today(m.start("t"))
        shift = _shift(m["deictic"], DEICTIC_SHIFTS)
        return point(_shifted(today, granularity, shift), granularity) if today else None
    anchor = ctx.anchor(m.start("t"))
    if anchor is None or not _finer(anchor.granularity, granularity):
        return None
    shift = _shift(m["rel"], ANAPHORIC_SHIFTS) if m["rel"] else 0
    return point(_shifted(anchor.day, granularity, shift), granularity)


def _year(m: re.Match[str], ctx: _Context) -> Resolved:
    year = int(m["year"])
    return _year_value(1 - year) if _bc(m) else point(date(year, 1, 1), "year")


def _season(m: re.Match[str], ctx: _Context) -> Resolved:
    name = m["season"].lower().removesuffix("s")
    code = SEASONS[name]
    if m["year"]:
        year = int(m["year"])
        return f"{_year_value(1 - year if _bc(m) else year)}-{code}"
    today = ctx.today(m.start("t"))
    if today is None:
        return None
    if ctx.narrative:
        return f"{_year_value(today.year)}-{code}"
    starts = [date(y, SEASON_STARTS[name], 1) for y in (today.year - 2, today.year - 1, today.year, today.year + 1)]
    shift = _shift(m["deictic"], DEICTIC_SHIFTS) if m["deictic"] else None
    if shift is None or shift == 0:
        start = _direct(starts, today, None if shift == 0 else ctx.tense(m))
    elif shift > 0:
        start = min(s for s in starts if s > today)
    else:
        start = max(s for s in starts if _add_months(s, 3) <= today)
    return f"{_year_value(start.year)}-{code}"


def _quarter(m: re.Match[str], ctx: _Context) -> Resolved:
    index = ORDINALS[m["ord"].lower().removesuffix("n")] if m["ord"] else int(m["qnum"])
    today = ctx.today(m.start("t"))
    year = int(m["year"]) if m["year"] else (today.year if today else None)
    if year is None:
        return None
    if m["kind"] and m["kind"].startswith("Halb"):
        return f"{year:04d}-H{index}"
    return point(date(year, 3 * index - 2, 1), "quarter")


def _decade(m: re.Match[str], ctx: _Context) -> Resolved:
    if m["decade"]:
        return m["decade"][:3]
    return f"19{DECADE_WORDS[m['dword'].lower()]}"


def _century(m: re.Match[str], ctx: _Context) -> Resolved:
    number = int(m["cnum"])
    return f"BC{number - 1:02d}" if _bc(m) else f"{number - 1:02d}"


def _today_word(m: re.Match[str], ctx: _Context) -> Resolved:
    word = m["word"].lower()
    if ctx.narrative and word == "heute":
        return "PRESENT_REF"
    offset = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}[word]
    return point(ctx.published.date() + timedelta(days=offset), "day") if ctx.published else None


def _vague(m: re.Match[str], ctx: _Context) -> Resolved:
    words = reversed(m["t"].lower().split())
    return next(v for w in words for stem, v in VAGUE_REFERENCES.items() if w.startswith(stem))


def _weekday(m: re.Match[str], ctx: _Context) -> Resolved:
    weekday, reference = WEEKDAYS[m["weekday"].lower()], ctx.today(m.start("t"))
    if reference is None:
        return None
    ahead, back = (weekday - reference.weekday()) % 7, (reference.weekday() - weekday) % 7
    shift = _shift(m["mod"], DEICTIC_SHIFTS) if m["mod"] else None
    if m["week_mod"]:  # `Mittwoch vergangener Woche`
        monday = reference - timedelta(days=reference.weekday())
        day = monday + timedelta(weeks=_shift(m["week_mod"], DEICTIC_SHIFTS), days=weekday)
    elif shift is None:
        candidates = [reference + timedelta(days=ahead), reference - timedelta(days=back)]
        day = _direct(candidates, reference, ctx.tense(m))
    elif shift > 0:
        day = reference + timedelta(days=ahead or 7)
    elif shift < 0:
        day = reference - timedelta(days=back or 7)
    else:
        day = reference + timedelta(days=ahead)
    if m["night_to"]:
        day -= timedelta(days=1)
    return point(day, "day")


def _part_of_day(m: re.Match[str], ctx: _Context) -> Resolved:
    """`am Abend`: the day from earlier in the sentence, else the occurrence the tense points to."""
    begin, end = PARTS_OF_DAY[m["part"].lower()]
    day = ctx.day_in_sentence(m.start("t"), begin)
    if day is None and ctx.narrative:
        day = ctx.last.day if ctx.last and ctx.last.granularity in ("day", "time") else None
    elif day is None:
        day = ctx.occurrence(m, time(begin), time(end % 24))
    return point(day, "day") if day else None


def _clock(m: re.Match[str], ctx: _Context) -> Resolved:
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if hour > 24:
        return None
    clock = time(hour % 24, minute)
    day = ctx.day_in_sentence(m.start("t"), clock.hour)
    if day is None and ctx.narrative:
        day = ctx.last.day if ctx.last and ctx.last.granularity in ("day", "time") else None
    elif day is None:
        day = ctx.occurrence(m, clock, clock)
    return point(day, "time", clock) if day else None


def _relative_period(m: re.Match[str], ctx: _Context) -> Resolved:
    """`vergangene Woche`, `im kommenden Jahr`, `diesen Monat`, `am Wochenende`."""
    reference = ctx.today(m.start("t"))
    if reference is None:
        return None
    shift = _shift(m["mod"], DEICTIC_SHIFTS) if m["mod"] else None
    if m["unit"] == "Wochenende":
        return point(_weekend(reference, shift, ctx.tense(m)), "week")
    granularity = _unit(m["unit"])[1]
    return point(_shifted(reference, granularity, shift or 0), granularity)


def _weekend(reference: date, shift: int | None, tense: Tense | None) -> date:
    """The Saturday of the weekend meant: this, the coming or the last one."""
    saturday = reference + timedelta(days=5 - reference.weekday())
    if shift is None:
        candidates = [saturday - timedelta(weeks=1), saturday, saturday + timedelta(weeks=1)]
        return _direct(candidates, reference, tense)
    if shift > 0:
        return saturday if saturday > reference else saturday + timedelta(weeks=1)
    if shift < 0:
        return saturday - timedelta(weeks=1) if saturday >= reference else saturday
    return saturday


def _anaphoric_period(m: re.Match[str], ctx: _Context) -> Resolved:
    """`am folgenden Tag`, `im selben Jahr`, `im Vorjahr`, `tags darauf`, `am nächsten Morgen`."""
    anchor = ctx.anchor(m.start("t"))
    if anchor is None:
        return None
    if m["mod"]:
        shift, unit = _shift(m["mod"], ANAPHORIC_SHIFTS), m["unit"]
    elif m["compound"]:
        shift, unit = (-1 if m["compound"] == "Vor" else 1), m["cunit"]
    else:
        shift, unit = ANAPHORIC_OFFSETS[(m["dir"] or m["dir2"]).lower()], m["dunit"] or "tag"
    granularity = "day" if unit.lower() in PARTS_OF_DAY else _unit(unit)[1]
    if not _finer(anchor.granularity, granularity):
        return None
    return point(_shifted(anchor.day, granularity, shift), granularity)


def _offset(m: re.Match[str], ctx: _Context) -> Resolved:
    """`vor zwei Wochen`, `in drei Tagen` from the reference; `zwei Tage später` from the last point."""
    amount = _number(m["num"] or m["num2"])
    granularity = _unit(m["unit"] or m["unit2"])[1]
    if m["pre"]:
        sign, base = (-1 if m["pre"].lower() == "vor" else 1), ctx.today(m.start("t"))
    else:
        sign, anchor = ANAPHORIC_OFFSETS[m["post"].lower()], ctx.anchor(m.start("t"))
        base = anchor.day if anchor and _finer(anchor.granularity, granularity) else None
    if amount is None:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if base is None or granularity == "time":
        return None
    return point(_shifted(base, granularity, sign * amount), granularity)


def _duration(m: re.Match[str], ctx: _Context) -> Resolved:
    amount = _number(m["num"])
    designator = _unit(m["unit"])[0]
    count = "X" if amount is None else str(amount)
    return f"PT{count}{designator[1]}" if designator.startswith("T") else f"P{count}{designator}"


def _holiday(m: re.Match[str], ctx: _Context) -> Resolved:
    name = " ".join(m["name"].lower().split())
    if m["year"]:
        return point(_holiday_date(name, int(m["year"])), "day")
    today = ctx.today(m.start("t"))
    if today is None:
        return None
    days = [_holiday_date(name, y) for y in (today.year - 1, today.year, today.year + 1)]
    return point(_direct(days, today, ctx.tense(m)), "day")


def _holiday_date(name: str, year: int) -> date:
    if name in HOLIDAYS:
        return date(year, *HOLIDAYS[name])
    return easter(year) + timedelta(days=EASTER_HOLIDAYS[name])


# ----------------------------------------------------------------------------------------------------
# Guards: a match that has the shape but not the sense of a temporal expression.


# What may stand right before a month, a season or a year; looked up behind a match, because an optional
# group at the start of a pattern makes the scan try it at every character of the text.
_MONTH_BEFORE = re.compile(
    r"(?:\b(?i:im|in|seit|bis|ab|von|vom|zum|und|oder|zwischen|nach|vor|für|über|Monat)\s|[–-]\s?)\Z"
)
_SEASON_BEFORE = re.compile(r"\b(?i:im|seit|bis|ab|vom|zum|des|über\sden|den|jeden)\s\Z")
_YEAR_BEFORE = re.compile(r"(?:\b(?i:im|in|seit|bis|ab|von|vom|nach|vor|um|zwischen|und|oder|bzw\.)\s|[–/-]\s?)\Z")


def _before(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> str:
    """The text right before the expression that `pattern` matches, or ''."""
    start = m.start("t")
    found = pattern.search(text, max(0, start - 16), start)
    return found.group(0) if found else ""


def _is_month(m: re.Match[str], text: str) -> bool:
    """A bare month name needs a preposition or modifier before it (`im Mai`, not `Mai Thi`) or a year."""
    return bool(m["mod"] or m["year"] or m["rel"] or m["same"] or _before(_MONTH_BEFORE, text, m))


def _is_season(m: re.Match[str], text: str) -> bool:
    """A season needs a preposition, article or modifier (`im Sommer`), or a year: not `Arabischer Frühling`."""
    return bool(m["mod"] or m["deictic"] or m["year"] or _before(_SEASON_BEFORE, text, m))


def _is_year(m: re.Match[str], text: str) -> bool:
    """A number is a year with an era, after `Jahr`, or in 1000–2099 where no noun it counts follows.

    After `im`, `seit`, `bis` and the like, a following noun does not count (`bis 1881 Banken`).
    """
    if m["era"] or m["jahr"]:
        return True
    year = int(m["year"])
    if not 1000 <= year <= 2099 or len(m["year"]) != 4:
        return False
    before = text[max(0, m.start("t") - 12) : m.start("t")].split()
    if before and before[-1].lower() in AMOUNT_WORDS:
        return False
    after = (m["after"] or "").strip()
    if after in MEASURE_UNITS:
        return False
    if m["mod"] or _before(_YEAR_BEFORE, text, m).strip().lower() in STRONG_YEAR_PREPOSITIONS:
        return True
    return not after[:1].isupper()


def _is_tomorrow(m: re.Match[str], text: str) -> bool:
    """Capitalised `Morgen` is tomorrow at the start of a sentence; elsewhere it is the morning (`am Morgen`)."""
    if m["word"] != "Morgen":
        return True
    before = text[: m.start("t")].rstrip()
    return not before or before[-1] in '.!?:"„“»«'


def _has_modifier(m: re.Match[str], text: str) -> bool:
    return bool(m["mod"]) or m["unit"] == "Wochenende"


# ----------------------------------------------------------------------------------------------------
# The rules. Group `t` is the expression; text around it only decides whether it is one.

Resolver = Callable[[re.Match[str], _Context], Resolved]
Guard = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    """A pattern whose group `t` is the expression, its resolver, and a guard against look-alikes."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    guard: Guard | None = None


def _first_letters(words: Iterable[str]) -> str:
    """The first letters of `words` in both cases, for the lookahead that opens a pattern.

    A pattern that starts with optional groups is otherwise tried in full at every character of the text.
    """
    return "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())}))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = (
    rf"(?:{_alternation(m.capitalize() for m in MONTHS)})s?"
    rf"|(?:{_alternation(a.capitalize() for a in MONTH_ABBREVIATIONS)})\."
)
_WEEKDAY = _alternation(w.capitalize() for w in WEEKDAYS)
_YEAR = r"(?:1\d{3}|20\d{2})"
_ERA = r"(?:\s?(?P<era>v\.\s?Chr\.|vor\sChristus|n\.\s?Chr\.|nach\sChristus))?"
_ERA_AHEAD = r"(?=\s?(?:v\.\s?Chr|n\.\s?Chr|vor\sChristus|nach\sChristus))"
_NUMBER = rf"(?:\d{{1,3}}|(?i:{_alternation(NUMBER_WORDS)}|{_alternation(VAGUE_AMOUNTS)}))"
_UNIT = r"(?:Tag(?:e|en|es)?|Woche(?:n)?|Monat(?:e|en|s)?|Jahr(?:e|en|es)?|Stunde(?:n)?|Minute(?:n)?)"
_PART = r"(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)"
_EDGE = r"(?:Anfang|Mitte|Ende|Beginn)"
_DEICTIC = rf"(?i:{'|'.join(f'{stem}e[nmrs]?' for stem in DEICTIC_SHIFTS)})"
_ANAPHORIC = rf"(?i:{'|'.join(f'{stem}e[nmrs]?' for stem in ANAPHORIC_SHIFTS)})"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_AMOUNT_FIRST = _first_letters([*NUMBER_WORDS, *VAGUE_AMOUNTS])
_DAY_PREFIX = (
    rf"(?:(?:{_PART}|Morgenstunden|Abendstunden)\s(?:des|vom)\s|Nacht\s(?:vom|zum)\s"
    rf"|(?:{_WEEKDAY}),?\s(?:(?:der|den|dem)\s)?)?"
)
_SAME_YEAR = rf"\s(?:des\s(?P<rel>{_ANAPHORIC})|(?P<same>desselben))\sJahres"
_HOLIDAY_NAMES = _alternation(
    [" ".join(w if w == "der" else w.capitalize() for w in h.split()) for h in HOLIDAYS]
    + [" ".join(w.capitalize() for w in h.split()) for h in EASTER_HOLIDAYS]
)

RULES: tuple[Rule, ...] = (
    Rule(
        "date",
        re.compile(
            rf"(?=[\dA-ZÄÖÜ])(?<![\d.,])(?P<t>{_DAY_PREFIX}(?P<day>{_DAY})\.\s?"
            rf"(?:(?P<month>{_MONTH})(?:\s(?:des\sJahres\s)?(?P<year>\d{{4}}|\d{{1,3}}{_ERA_AHEAD}){_ERA}"
            rf"|{_SAME_YEAR})?|(?P<mnum>0?[1-9]|1[0-2])\.(?:(?P<year2>\d{{4}}|\d{{2}})\b)?))"
        ),
        _full_date,
    ),
    Rule(
        "range_start",
        re.compile(
            rf"(?=[\dA-ZÄÖÜ])(?<![\d.,])(?P<t>{_DAY_PREFIX}(?P<day>{_DAY})\.)"
            rf"(?=(?:\s(?:bis|und|zum|auf|–|-)(?:\s(?:zum|den|dem))?\s|/|–|-)"
            rf"[0-3]?\d\.\s?(?P<month>{_MONTH})(?:\s(?P<year>\d{{4}}))?)"
        ),
        _full_date,
    ),
    Rule(
        "month_range_start",
        re.compile(rf"\b(?P<t>(?P<month>{_MONTH}))(?=\s?(?:/|–|-|bis|und|oder)\s?(?:{_MONTH})\s(?P<year>{_YEAR})\b)"),
        _month_year,
    ),
    Rule(
        "bc_range_start",
        re.compile(r"(?=\d)(?<![\d.,])(?P<t>(?P<year>\d{1,4}))(?=\s?[–/-]\s?\d{1,4}\s?(?:v\.\s?Chr|vor\sChristus))"),
        lambda m, ctx: _year_value(1 - int(m["year"])),
    ),
    Rule(
        "duration_adjective",
        re.compile(
            rf"\b(?P<t>(?P<num>\d+-|{_alternation(NUMBER_WORDS)}|mehr)(?P<unit>{_alternation(ADJECTIVE_UNITS)})"
            rf"(?:e[nmrs]?)?)\b"
        ),
        lambda m, ctx: f"P{_number(m['num'].rstrip('-')) or 'X'}{ADJECTIVE_UNITS[m['unit']]}",
    ),
    Rule("iso_date", re.compile(r"\b(?P<t>(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d))\b"), _iso_date),
    Rule(
        "month",
        re.compile(
            rf"(?=[AMEBJFSOND])\b(?P<t>(?:(?P<mod>{_EDGE})\s)?(?P<month>{_MONTH})(?:\s(?:des\s(?:Jahres\s)?)?"
            rf"(?P<year>{_YEAR}|\d{{1,3}}{_ERA_AHEAD})\b{_ERA}|{_SAME_YEAR})?)"
            rf"(?![\w-])"
        ),
        _month_year,
        _is_month,
    ),
    Rule(
        "season",
        re.compile(
            rf"(?=[AMEBFSHWdlknvDLKNV])\b(?P<t>(?:(?P<mod>{_EDGE})\s(?:des\s)?)?(?:(?P<deictic>{_DEICTIC})\s)?"
            rf"(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)s?"
            rf"(?:\s(?:des\sJahres\s)?(?P<year>{_YEAR}|\d{{1,3}}{_ERA_AHEAD}){_ERA})?)(?!\w)"
        ),
        _season,
        _is_season,
    ),
    Rule(
        "quarter",
        re.compile(
            rf"\b(?P<t>(?:(?P<ord>(?:erste|zweite|dritte|vierte)n?)\s(?P<kind>Quartal|Halbjahr)(?:e?s)?"
            rf"|Q(?P<qnum>[1-4]))(?:\s(?:des\sJahres\s)?(?P<year>{_YEAR}))?)\b"
        ),
        _quarter,
    ),
    Rule(
        "decade",
        re.compile(
            rf"\b(?P<t>(?:{_EDGE}\s(?:der\s)?)?(?:(?P<decade>1\d{{2}}0|20\d0)er(?:[\s-]?Jahren?)?"
            rf"|(?P<dword>{_alternation(DECADE_WORDS)})(?:[\s-]?[Jj]ahren?)))\b"
        ),
        _decade,
    ),
    Rule(
        "period_part",
        re.compile(
            rf"\b(?P<t>(?:{_EDGE}|Laufe)\s(?:(?:des|der|dieses|dieser)\s)?(?:(?P<deictic>{_DEICTIC})\s"
            rf"|(?P<rel>{_ANAPHORIC})\s)?(?P<unit>Jahres|Monats|Tages|Woche)|Jahres(?:beginn|anfang|mitte|ende|wechsel))\b"
        ),
        _period_part,
    ),
    Rule(
        "century",
        re.compile(rf"\b(?P<t>(?:{_EDGE}\s(?:des\s)?)?(?P<cnum>\d{{1,2}})\.\sJahrhunderts?{_ERA})"),
        _century,
    ),
    Rule(
        "year",
        re.compile(
            rf"(?=[\dAMEBJ])(?<![\d.,])(?P<t>(?:(?P<mod>{_EDGE})\s(?:des\sJahres\s)?|(?P<jahr>Jahr(?:e|es|en)?)\s)?"
            rf"(?P<year>\d{{1,4}}){_ERA})(?![\d.,:]\d)(?P<after>[ \t]+\S+)?"
        ),
        _year,
        _is_year,
    ),
    Rule(
        "today",
        re.compile(
            rf"(?<![\w-])(?P<t>(?P<word>[Hh]eute|[Gg]estern|[Vv]orgestern|[Mm]orgen|[Üü]bermorgen)"
            rf"(?:\s(?:früh|{_PART}))?)(?![\w-])"
        ),
        _today_word,
        _is_tomorrow,
    ),
    Rule(
        "vague",
        re.compile(
            r"(?=[JjDdZzGgHhBbKkWwF])\b(?P<t>[Jj]etzt|[Dd]erzeit|[Zz]urzeit|[Gg]egenwärtig|[Hh]eutige[nmrs]?(?:\sTag)?|[Bb]ald"
            r"|[Kk]ürzlich|[Zz]ukünftig|[Kk]ünftig|[Dd]emnächst|(?:[Kk]urz|[Ww]enig)\s(?:später|danach|darauf|zuvor)"
            r"|(?:[Dd]er\s)?Folgezeit)\b"
        ),
        _vague,
    ),
    Rule(
        "weekday",
        re.compile(
            rf"(?=[N{_first_letters([*WEEKDAYS, *DEICTIC_SHIFTS])}])"
            rf"\b(?P<t>(?P<night_to>Nacht\s(?:zum|auf(?:\sden)?|zu)\s)?(?:(?P<mod>{_DEICTIC})\s)?"
            rf"(?P<weekday>{_WEEKDAY})(?:abend|morgen|vormittag|mittag|nachmittag|nacht|früh)?"
            rf"(?:\s(?:früh|{_PART}))?(?:\s(?P<week_mod>{_DEICTIC})\sWoche)?)\b"
        ),
        _weekday,
    ),
    Rule(
        "part_of_day",
        re.compile(rf"\b(?i:am|gegen|in\sder|zur|während\sder)\s(?P<t>(?:(?:frühen|späten)\s)?(?P<part>{_PART}))\b"),
        _part_of_day,
    ),
    Rule(
        "clock",
        re.compile(r"(?=\d)(?<![\d.,:])(?P<t>(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?\sUhr)\b"),
        _clock,
    ),
    Rule(
        "relative_period",
        re.compile(
            rf"(?=[WMJQ{_first_letters(DEICTIC_SHIFTS)}])"
            rf"\b(?P<t>(?:(?P<mod>{_DEICTIC})\s)?(?P<unit>Wochenende|Woche|Monat|Jahr|Quartal))\b"
        ),
        _relative_period,
        _has_modifier,
    ),
    Rule(
        "anaphoric",
        re.compile(
            rf"(?=[VFTtWMJ{_first_letters(ANAPHORIC_SHIFTS)}])"
            rf"\b(?P<t>(?P<mod>{_ANAPHORIC}|nächsten)\s(?P<unit>Tag(?:es)?|Woche|Monats?|Jahr(?:es)?|{_PART})"
            rf"|(?P<compound>Vor|Folge)(?P<cunit>tag|woche|monat|jahr)(?:e?s)?|[Tt]ags\s(?P<dir>darauf|zuvor)"
            rf"|(?P<dunit>Tag|Woche|Monat|Jahr)\s(?P<dir2>danach|darauf|zuvor|davor))\b"
        ),
        _anaphoric_period,
    ),
    Rule(
        "offset",
        re.compile(
            rf"(?=[\dVvIi{_AMOUNT_FIRST}])\b(?P<t>(?P<pre>[Vv]or|[Ii]n)\s(?:(?:knapp|gut|etwa|rund|fast|über)\s)?"
            rf"(?P<num>{_NUMBER})\s"
            rf"(?P<unit>{_UNIT})|(?P<num2>{_NUMBER})\s(?P<unit2>{_UNIT})\s"
            rf"(?P<post>{_alternation(ANAPHORIC_OFFSETS)}))\b"
        ),
        _offset,
    ),
    Rule(
        "duration",
        re.compile(
            rf"(?=[\d{_AMOUNT_FIRST}{_first_letters(DURATION_HEDGES)}])"
            rf"\b(?P<t>(?:(?:{_alternation(DURATION_HEDGES)})\s)?(?P<num>{_NUMBER})\s(?P<unit>{_UNIT}))\b(?!\salt)"
        ),
        _duration,
    ),
    Rule("holiday", re.compile(rf"\b(?P<t>(?P<name>{_HOLIDAY_NAMES})(?:\s(?P<year>{_YEAR}))?)\b"), _holiday),
)


# ----------------------------------------------------------------------------------------------------
# The public function.


# Streets and squares named after a date (`Straße des 17. Juni`, `Platz des 4. Juli`): the date is part of a name.
_NAMED_AFTER_A_DATE = re.compile(r"\b(?:Straße|Platz|Allee|Brücke|Ufer|Ring)\s+(?:des|der|vom)\s+$")


def _candidates(text: str) -> Iterator[tuple[int, int, int, re.Match[str]]]:
    for index, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text):
            if rule.guard is None or rule.guard(match, text):
                yield match.start("t"), match.end("t"), index, match


def _select(text: str) -> list[tuple[Rule, re.Match[str]]]:
    """Non-overlapping matches, the longest first where they overlap (then the earlier rule)."""
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    taken = bytearray(len(text))
    by_length = sorted(_candidates(text), key=lambda c: (c[1] - c[0], -c[2]), reverse=True)
    for start, end, index, match in by_length:
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, index, match))
    return [(RULES[index], match) for _, _, index, match in sorted(chosen, key=lambda c: c[0])]


def find_time_expressions(
    text: str,
    published: datetime | None,
    *,
    tense_of: TenseOf | None = None,
    narrative: bool = False,
    calendar_only: bool = True,
) -> list[TimeExpression]:
    """The temporal expressions in `text`, in text order, with values resolved against `published`.

    `tense_of(start, end)` gives the tense (`"past"`, `"present"`, `"future"` or None) of the clause around an
    expression, for callers that have a parse; without it the tense is read from the text by `clause_tense`.
    Without a publication date, deictic expressions keep `value=None`. `narrative=True` is for history text
    (see the module docstring).

    By default only calendar points are returned: every value is ISO 8601 with a granularity (or None where it
    could not be resolved). `calendar_only=False` adds what TIMEX2 also annotates — durations, seasons, decades,
    centuries, years BC, vague references — with TIMEX2 values and `granularity=None`.
    """
    paragraphs = _pieces(text, (0, len(text)), _PARAGRAPH_BREAK)
    headings = [p for p in paragraphs if _HEADING.fullmatch(text[p[0] : p[1]])]
    ctx = _Context(text, published, narrative, tense_of, _sentence_spans(text), paragraphs, headings)
    found = []
    for rule, match in _select(text):
        if _NAMED_AFTER_A_DATE.search(text, max(0, match.start("t") - 20), match.start("t")):
            continue  # "die Straße des 17. Juni": a name
        try:
            resolved = rule.resolve(match, ctx)
        except (ValueError, OverflowError):  # beyond Python's calendar: `vor 100 Jahren` in a story of year 50
            resolved = None
        start, end = match.span("t")
        if isinstance(resolved, Point):
            ctx.note(rule, match, resolved)
            found.append(TimeExpression(start, end, match["t"], resolved.value, resolved.granularity))
        elif resolved is None or not calendar_only:
            found.append(TimeExpression(start, end, match["t"], resolved, None))
    return found
