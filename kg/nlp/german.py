"""Facts of German grammar and news style that the rules rely on, kept in one place.

Only grammar lives here (quotation marks, Konjunktiv forms, pronouns, separable-verb particles, the heads of role
nouns). Words that carry meaning for the graph — cue words, event triggers, factuality markers — live in
`ontology/` and are read by `kg.lexicon`.
"""

from __future__ import annotations

import re

# Quotation marks. German news mixes „…“, "…", »…«, «…», ‚…‘ and even unbalanced pairs ("…»), so a quote is
# opened and closed by any of these, and whether a mark opens or closes is read from its surroundings.
QUOTE_MARKS = frozenset('"„“”»«‚‘’')
ALWAYS_OPENING = frozenset("„‚")
OPEN_CONTEXT = frozenset(" \t\n([{/–—-:")

# Konjunktiv I and II forms that a lookup lemmatizer cannot tell from the indicative. Regular Konjunktiv I of the
# third person singular (stem + e: "entscheide", "erwäge") is recognised by its shape in `syntax.py`.
KONJUNKTIV = frozenset(
    [
        "sei",
        "seist",
        "seien",
        "seiet",
        "wäre",
        "wären",
        "wärst",
        "wäret",
        "habe",
        "habest",
        "hätte",
        "hätten",
        "hättest",
        "hättet",
        "werde",
        "werdest",
        "würde",
        "würden",
        "würdest",
        "würdet",
        "könne",
        "könnest",
        "könnte",
        "könnten",
        "müsse",
        "müssest",
        "müsste",
        "müssten",
        "dürfe",
        "dürfte",
        "dürften",
        "solle",
        "sollest",
        "wolle",
        "wollest",
        "möge",
        "gebe",
        "gäbe",
        "gäben",
        "stünde",
        "stünden",
        "ginge",
        "gingen",
        "käme",
        "kämen",
        "wisse",
        "wüsste",
        "wüssten",
        "läge",
        "lägen",
        "bliebe",
    ]
)
# Forms that look like Konjunktiv I by shape (stem + e) but are common indicative or other words.
NOT_KONJUNKTIV = frozenset(
    [
        "ich",
        "gerne",
        "ohne",
        "alle",
        "diese",
        "jede",
        "keine",
        "seine",
        "ihre",
        "eine",
        "ende",
        "lage",
        "frage",
        "nahe",
        "lange",
        "bitte",
        "danke",
        "beide",
        "alleine",
    ]
)

# Third-person pronouns that can stand for a speaker, with the gender they agree with.
# "es" is left out: as the subject of a verb of saying it is mostly expletive ("Es wurde gesagt", "hieß es").
SUBJECT_PRONOUNS = frozenset({"er", "sie"})
# Demonstratives that stand alone for a person: they name the one mentioned last ("Dieser hatte erklärt").
DEMONSTRATIVE_PRONOUNS = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere"})
# Relative pronouns in the nominative: "Landwirte, die sagen: ...", "Scholz, der erklärte, ...".
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
# Subjects that make a statement the article's own or nobody's: the speaker is not an actor named nearby
# ("Wir fordern die Bundesregierung auf" is not said by the Bundesregierung).
FIRST_PERSON_OR_GENERIC = frozenset({"ich", "wir", "man"})

# Particles of separable verbs: "warf ... vor" is "vorwerfen", "rief ... auf" is "aufrufen".
SEPARABLE_PARTICLES = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "dar",
        "ein",
        "fest",
        "fort",
        "frei",
        "her",
        "hervor",
        "hin",
        "hinzu",
        "klar",
        "mit",
        "nach",
        "vor",
        "voraus",
        "weg",
        "zu",
        "zurück",
        "zusammen",
        "bekannt",
        "offen",
        "sicher",
    ]
)

# The definite article in every case: `die Polizei`, `des Betriebsrats`, `dem Gemeinderat`.
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
SOURCE_ARTICLES = DEFINITE_ARTICLES | {"laut"}  # "laut Polizei": the attribution stands where the article would

# Articles, and prepositions fused with one: the determiners stripped when a name is canonicalised.
ARTICLES = DEFINITE_ARTICLES | INDEFINITE_ARTICLES
FUSED_PREPOSITIONS = frozenset(["im", "am", "vom", "zum", "zur", "beim", "ins"])
DETERMINERS = ARTICLES | FUSED_PREPOSITIONS

NAME_PARTICLES = frozenset(
    ["von", "van", "der", "de", "la", "le", "di", "da", "del", "zu", "al", "bin", "ibn", "ten", "ter"]
)
# Verbs of events that German also uses of things, with no one acting ("vielen Kliniken droht die Insolvenz"):
# an event only where someone acts or an instrument follows ("drohte mit Sanktionen", "drohte, ... abzuziehen").
IMPERSONAL_VERBS = frozenset({"drohen"})

# Words that count the noun after them: "mehrerer US-Sender", "beiden Ministerien" name no one body.
QUANTIFIERS = frozenset(
    {
        "mehrere", "mehrerer", "mehreren", "viele", "vieler", "vielen", "einige", "einiger", "einigen", "zahlreiche",
        "zahlreicher", "zahlreichen", "alle", "aller", "allen", "beide", "beider", "beiden", "verschiedene",
        "verschiedener", "verschiedenen", "andere", "anderer", "anderen",
    }
)

# Particles of a patronymic ("Mohammed bin Salman"): a name follows them.
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})
# What the head of a firm's office is named after (`Vorstandschef`, `Konzernchefin`, `Unternehmenschef`).
FIRM_HEAD_OFFICES = ("vorstands", "konzern", "unternehmens", "firmen")

# Role nouns that describe a person rather than name an office ("der SPD-Politiker", "die Ökonomin"): with a
# definite article, news uses them for the person it named last.
DESCRIPTIVE_ROLE_HEADS = (
    "trainer",
    "trainerin",
    "coach",
    "volkswirt",
    "volkswirtin",
    "meteorologe",
    "meteorologin",
    "virologe",
    "virologin",
    "historiker",
    "historikerin",
    "politologe",
    "politologin",
    "experte",
    "expertin",
    "politiker",
    "politikerin",
    "diplomat",
    "diplomatin",
    "ökonom",
    "ökonomin",
    "jurist",
    "juristin",
    "manager",
    "managerin",
    "unternehmer",
    "unternehmerin",
    "wissenschaftler",
    "wissenschaftlerin",
    "forscher",
    "forscherin",
    "gewerkschafter",
    "gewerkschafterin",
    "sozialdemokrat",
    "sozialdemokratin",
    "christdemokrat",
    "christdemokratin",
    "spieler",  # Nationalspieler, Mittelfeldspieler, Schauspieler
    "spielerin",
    "torhüter",
    "torhüterin",
    "torwart",
    "stürmer",
    "stürmerin",
    "sportler",
    "sportlerin",
    "athlet",
    "athletin",
    "sänger",
    "sängerin",
    "musiker",
    "musikerin",
    "autor",
    "autorin",
    "journalist",
    "journalistin",
    "aktivist",
    "aktivistin",
    "student",
    "studentin",
    "schüler",
    "schülerin",
    "lehrer",
    "lehrerin",
    "rentner",
    "rentnerin",
    "arzt",
    "ärztin",
    "offizier",
    "offizierin",
    "internist",
    "internistin",
    "chirurg",
    "chirurgin",
    "kardiologe",
    "kardiologin",
    "neurologe",
    "neurologin",
    "psychiater",
    "psychiaterin",
    "psychologe",
    "psychologin",
    "epidemiologe",
    "epidemiologin",
)

# Heads of role and title nouns ("Regierungssprecher", "Nato-Generalsekretär", "Bundeskanzlerin"): a capitalised
# token ending in one of these, directly before a name, is that person's role.
ROLE_HEADS = (
    "kanzler",
    "kanzlerin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "sekretär",
    "sekretärin",
    "chef",
    "chefin",
    "vorsitzende",
    "vorsitzender",
    "berater",
    "beraterin",
    "botschafter",
    "botschafterin",
    "bürgermeister",
    "bürgermeisterin",
    "gouverneur",
    "gouverneurin",
    "abgeordnete",
    "abgeordneter",
    "nachfolger",
    "nachfolgerin",
    "vorgänger",
    "vorgängerin",
    "general",
    "kommandeur",
    "senator",
    "senatorin",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "könig",
    "königin",
    "premier",
    "beauftragte",
    "beauftragter",
    "kommissar",
    "kommissarin",
    "analyst",
    "analystin",
    "experte",
    "expertin",
    "landrat",
    "landrätin",
    "korrespondent",
    "korrespondentin",
    "oberhaupt",
    "führer",
    "führerin",
    "staatschef",
    "richter",
    "richterin",
    "papst",
    "herausgeber",
    "vize",
    "kandidat",
    "kandidatin",
    "außenamtssprecher",
    "vorstand",
    "vorständin",
    "kapitän",
    "kapitänin",
    "intendant",
    "intendantin",
    "bischof",
    "bischöfin",
    "kardinal",
    "rektor",
    "rektorin",
    "anwalt",
    "anwältin",
    "verteidiger",
    "verteidigerin",
    "ermittler",
    "ermittlerin",
    "chefredakteur",
    "chefredakteurin",
    "moderator",
    "moderatorin",
    "vertreter",
    "vertreterin",
    "oppositionsführer",
    "stadträtin",  # not "Stadtrat", which is the council too
    "gemeinderätin",
    "kreisrätin",
    "ratsherr",
    "ratsfrau",
    "brandmeister",  # Kreisbrandmeister, Stadtbrandmeisterin
    "brandmeisterin",
    "brandinspektor",
    "oberst",
    "major",
    "leutnant",
    "admiral",
    *DESCRIPTIVE_ROLE_HEADS,
)


# Words a sports club's name opens with before its town (`Eintracht Frankfurt`, `1. FC Köln`, `VfL Wolfsburg`,
# `Union Berlin`); `Hertha BSC`, `Werder Bremen`, `FC Bayern München` alike.
CLUB_WORDS = frozenset(
    {
        "eintracht", "borussia", "fortuna", "union", "hertha", "arminia", "alemannia", "dynamo", "energie", "werder",
        "hansa", "holstein", "kickers", "preußen", "viktoria", "fc", "sc", "sv", "vfl", "vfb", "tsv", "tsg", "spvgg",
        "rb", "bsc", "fsv", "ssv", "ksc", "hsv", "bvb", "sg", "tus", "msv", "rw", "hoffenheim",
    }
)
# Nouns for a club named before (`der Verein`, and any `-ligist`: `der Fußball-Zweitligist`).
CLUB_ANAPHORS = frozenset({"verein", "klub", "club", "traditionsverein", "traditionsklub"})
ROAD = re.compile(r"[AB]\d{1,3}")  # a motorway or federal road: "auf der A15", "die B96"
# "Der 64-Jährige sagte": once a person is named, news refers to them by their age.
AGE_NOUN = re.compile(r"\d{1,3}-Jährige[nr]?")
AGE_ADJECTIVE = re.compile(r"\d{1,3}-jährige[nrs]?")  # "der 46-jährige Markus Weber"

# Nouns that refer back to an organisation named before ("das Bündnis" after "NATO").
ANAPHORIC_ORGANIZATIONS = frozenset({"bündnis", "militärbündnis", "allianz", "verteidigungsbündnis"})

# Heads of the nouns for someone who speaks for an organisation ("Eine Sprecherin erklärte ...").
SPOKESPERSON_HEADS = ("sprecher", "sprecherin", "sprecherinnen")
# Nouns for a member who speaks for an organisation only where it is named with them ("ein Hamas-Funktionär",
# "ein Diplomat der EU").
MEMBER_HEADS = frozenset({
    "funktionär", "funktionärin", "funktionäre", "diplomat", "diplomatin", "diplomaten", "vertreter", "vertreterin",
    "mitarbeiter", "mitarbeiterin", "beamter", "beamtin", "beamte", "insider", "offizier", "offizierin",
    "kommando", "büro", "pressestelle", "pressebüro", "stab", "führung", "leitung", "vorstand", "spitze", "management",
    "kollege", "kollegin", "forscher", "forscherin", "forscherinnen", "wissenschaftler", "wissenschaftlerin",
    "wissenschaftlerinnen", "experte", "experten", "expertin", "expertinnen", "ökonom", "ökonomen", "ökonomin",
    "analyst", "analysten", "analystin", "richter", "richterin", "richterinnen", "mitglied", "mitglieder",
    "ermittler", "ermittlerin", "ermittlerinnen",
})

# Nouns for people news quotes without naming them (`ein Augenzeuge`, `Ärzte warnten`, `Datenschützer mahnten`),
# matched as the end of a word in the singular or a plural (`-n`, `-en`, `-innen`, `-e`): `Polizeisprecher`,
# `Umweltschützer`. With the role, spokesperson and member heads they are who speaks where no name is given.
PERSON_HEADS = (
    "anwohner", "bewohner", "einwohner", "passant", "polizist", "ermittler", "arzt", "ärztin", "ärzte", "mediziner",
    "sanitäter", "helfer", "landwirt", "bauer", "bäuerin", "verteidiger", "anwalt", "anwältin", "anwälte", "kläger",
    "wähler", "bürger", "schüler", "lehrer", "student", "soldat", "kämpfer", "flüchtling", "schützer", "aktivist",
    "demonstrant", "teilnehmer", "gegner", "befürworter", "unterstützer", "arbeiter", "pfleger", "pflegekräfte",
    "einsatzkräfte", "verbraucher", "händler", "pendler", "fahrgäste", "eltern", "augenzeuge", "augenzeugin",
    "lebensretter", "seenotretter", "bergretter", "urlauber", "tourist", "besucher", "zuschauer", "besitzer",
    "inhaber", "eigentümer", "mieter", "patient", "nutzer", "fahrer", "spieler", "sportler",
    "arbeitgeber", "arbeitnehmer", "täter", "anhänger", "fan", "nachbar", "pilger", "rentner", "bewerber",
    "kunde", "käufer", "mitarbeiter", "beamter", "beamtin", "beamte", "forscher", "wissenschaftler", "ökonom",
    "landrat", "richter", "staatsanwalt", "staatsanwältin", "gutachter", "sachverständige", "zeuge", "zeugin",
    "verfasser", "autor", "autoren", "autorin", "organisator", "veranstalter", "sozialdemokrat", "christdemokrat",
    "republikaner", "demokrat", "profi",
)
# Nouns for a party's member (`der Republikaner`, `die Sozialdemokratin`, `der Liberale`): news names a politician
# so after naming them.
PARTY_MEMBER_NOUNS = (
    "republikaner", "demokrat", "sozialdemokrat", "christdemokrat", "christsoziale", "liberale", "konservative",
)
# Adjectives used as person nouns, whose ending follows the article (`der Angeklagte`, `ein Angeklagter`).
ADJECTIVAL_PERSON_NOUNS = (
    "angeklagte", "reisende", "betroffene", "überlebende", "angehörige", "beschäftigte", "abgeordnete",
    "vorsitzende", "verletzte", "angestellte", "beamte", "verdächtige", "jugendliche", "erwachsene", "delegierte",
    "gläubige", "liberale", "christsoziale", "konservative", "beklagte",
)
# Endings that make a noun one for people, whatever its stem (`Erzieherin`, `Aktivistin`, `Studierende`,
# `Feuerwehrmann`, `Geschäftsleute`).
PERSON_SUFFIXES = (
    "erin", "erinnen", "istin", "istinnen", "ierende", "ierenden", "nehmende", "nehmenden", "mann", "männer",
    "frau", "frauen", "leute", "ologe", "ologen", "ologin", "ologinnen", "eur", "eure", "euren", "eurin", "eurinnen",
)
# Person nouns that name someone only as a whole word (`Zeugen`, not `Fahrzeuge`; `Kunden`, not `Urkunden`).
PERSON_WORDS = frozenset({
    "zeuge", "zeugin", "zeugen", "zeuginnen", "retter", "retterin", "rettern", "kunde", "kundin", "kunden",
    "kundinnen", "mann", "frau", "männer", "frauen", "mutter", "vater", "mütter", "väter", "börsianer",
    "börsianerin", "initiator", "initiatoren", "initiatorin", "initiatorinnen", "organisator", "organisatoren",
    "organisatorin", "organisatorinnen",
})
# The gender a singular article gives a noun for a person (`der 72-Jährige`, `die 45-Jährige`).
ARTICLE_GENDER = {"der": "m", "die": "f"}
# Endings of feminine nouns for people (`Anwohnerin`, `Frau`, `Großmutter`).
FEMININE_PERSON_ENDINGS = ("in", "frau", "mutter", "tochter", "schwester", "witwe")
# Plural institutions news quotes as one voice (`Umweltverbände kritisierten`, `Die Kommunen fordern`).
INSTITUTION_PLURALS = (
    "verbände", "gewerkschaften", "kommunen", "gemeinden", "bundesländer", "kliniken", "krankenhäuser", "vereine",
    "kirchen", "fraktionen", "parteien", "bündnisse", "initiativen", "behörden",
)
# Member heads that name a unit, not a person (`das Büro`, `die Pressestelle`).
UNIT_HEADS = frozenset(
    {"kommando", "büro", "pressestelle", "pressebüro", "stab", "führung", "leitung", "vorstand", "spitze", "management"}
)  # also as the end of a compound: "Konzernleitung", "Krisenstab", "Parteispitze"

# Adjectives of a past holder of an office (`der frühere Kanzler`), by their stem: no one in office now.
FORMER_ADJECTIVES = ("früher", "ehemalig", "einstig", "damalig", "verstorben", "vorherig", "letzt")
# Verbs by which someone takes an office (`wählten X zum Papst`, `wurde zur Kanzlerin ernannt`), as lemmas.
APPOINTING_VERBS = ("wählen", "ernennen", "berufen", "bestimmen", "küren", "vereidigen", "nominieren")

# Legal forms that end a firm's name, whatever a recogniser took it for (`die Autobahn GmbH`).
LEGAL_FORMS = frozenset({"GmbH", "AG", "SE", "KG", "KGaA", "eG", "e.V.", "Inc.", "Ltd.", "Co.", "Corp.", "plc"})

# Forms of address that precede a name but are not part of it ("Herr Blak", "Frau Merkel").
ACADEMIC_TITLES = frozenset({"dr.", "prof."})
HONORIFICS = frozenset({"herr", "herrn", "frau"}) | ACADEMIC_TITLES

# Heads of organisation nouns ("Verteidigungsministerium", "US-Regierung", "Präsidialamt").
ORGANIZATION_HEADS = (
    "ministerium",
    "regierung",
    "präsidialamt",
    "kanzleramt",
    "außenamt",
    "amt",
    "behörde",
    "parlament",
    "partei",
    "fraktion",
    "betriebsrat",
    "personalrat",
    "beirat",  # Fahrgastbeirat, Ortsbeirat
    "bundesvereinigung",  # not "die deutsche Vereinigung" of 1990
    "aufsichtsrat",
    "stadtrat",
    "gemeinderat",
    "gericht",
    "kommission",
    "sicherheitsrat",
    "europarat",
    "bundesrat",
    "ministerrat",
    "agentur",
    "zentralbank",
    "notenbank",
    "bundesbank",
    "weltbank",
    "konzern",
    "hersteller",
    "zulieferer",
    "autobauer",
    "versicherer",
    "verlag",
    "portal",
    "unternehmensberatung",
    "onlinehändler",
    "versandhändler",
    "verband",
    "gewerkschaft",
    "armee",
    "streitkräfte",
    "garde",  # Nationalgarde, Präsidentengarde
    "garden",  # Revolutionsgarden
    "luftwaffe",
    "luftabwehr",
    "organisation",
    "krankenkasse",
    "ersatzkasse",
    "sparkasse",
    "geheimdienst",
    "anwaltschaft",  # Staatsanwaltschaft, Bundesanwaltschaft
    "polizei",
    "feuerwehr",
    "flughafen",
    "institut",
    "university",  # "Laura Bergmann von der University of Chicago": no name particle
    "college",
    "universität",
    "hochschule",
    "zentralrat",
    "ethikrat",
    "sachverständigenrat",
    "zeitung",
    "sender",
    "nachrichtenagentur",
    "stiftung",
    "opposition",
    "justiz",
    "miliz",
    "generalstab",
    "verbraucherzentrale",
    "botschaft",  # an embassy with its country (`die russische Botschaft`, `die US-Botschaft`), not `Osterbotschaft`
    "hilfswerk",  # Kinderhilfswerk, Flüchtlingshilfswerk, Technisches Hilfswerk
    "wetterdienst",
    "reederei",
    "küstenwache",
    "rechnungshof",
    "ausschuss",
    "elternrat",
    "fluggesellschaft",
    "airline",
    "versorger",  # Energieversorger
    "betreiber",  # Netzbetreiber, Flughafenbetreiber
    "klinikum",  # Universitätsklinikum, Klinikum Nürnberg
    "klinik",
    "krankenhaus",
    "präsidium",  # Regierungspräsidium, Polizeipräsidium, Parteipräsidium
    "verwaltung",  # Stadtverwaltung, Landtagsverwaltung
    "kanzlei",  # Staatskanzlei, Senatskanzlei
    "direktion",  # Polizeidirektion
    "referat",  # Kreisverwaltungsreferat
    "dezernat",
    "landtag",
)

# Institutions named after whom they organise, whoever that is (`Gewerkschaft der Polizei`).
ASSOCIATION_HEADS = frozenset({"gewerkschaft", "verband", "zentralrat"})

# Words that end in an institution noun and name none, nor do compounds ending in them (`Brand|stiftung` is arson,
# `Ab|sender` who sent a letter, `Rei|sender` and `Geschäftsrei|sender` who travel).
NOT_INSTITUTIONS = frozenset(
    {"brandstiftung", "anstiftung", "absender", "reisender", "reisenden", "ehrenamt", "hauptgericht"}
    | {"stadtverwaltung", "gemeindeverwaltung", "kreisverwaltung"}  # a town's: `MUNICIPALITY_NOUNS` name them
)
# Heads of compounds whose first part, a country's short name, does not refer to the country (`US-Dollar`).
NOT_OF_A_COUNTRY = frozenset({"dollar", "cent"})

# Organisation heads a name follows as the name of a firm, medium or body (`der Energiekonzern Gazprom`, `der Sender
# Premiere`): a name after one is the organisation's, even where a recogniser took it for a person's. Not
# `Regierung`: `die Regierung Merkel` is named after a person.
# Institution nouns whose compounds describe a kind, not one body ("Kriegspartei", "Regierungspartei",
# "Hilfsorganisation", "Terrormiliz"): a party or an organisation is named by its own name (`Weltorganisation für
# Meteorologie`) or a name before a hyphen (`die Huthi-Miliz`).
GENERIC_COMPOUND_HEADS = frozenset({"partei", "organisation", "miliz", "botschaft"})
# Institution nouns that are as often something else (`die Botschaft des Papstes`, a message): an institution only
# with its country, never a bare noun referring back.
AMBIGUOUS_INSTITUTIONS = frozenset({"botschaft"})
FIRM_HEADS = (
    *("konzern", "hersteller", "zulieferer", "autobauer", "versicherer", "verlag", "bank"),
    *("reederei", "fluggesellschaft", "airline", "versorger", "betreiber"),
    *("portal", "onlinehändler", "versandhändler", "anbieter", "discounter", "dienstleister"),
    "unternehmensberatung",
)
# Nouns a firm's name follows that name no institution alone (`die Firma Bosch`; `das Münchner Unternehmen` is one
# named before).
FIRM_WORDS = frozenset({"firma", "unternehmen"})
NAMED_AFTER_HEAD = (
    *FIRM_HEADS,
    *FIRM_WORDS,
    *("sender", "agentur", "zeitung", "institut", "stiftung", "verband", "gewerkschaft", "hilfswerk", "dienst"),
    "behörde",
)

# Heads of compounds whose first part is the source of what is reported (`nach Polizeiangaben`, `nach
# Ministeriumsinformationen`; `aus Regierungskreisen` names a group of its own). Not `daten`: `Soldaten`.
SOURCE_COMPOUND_HEADS = (
    "angaben", "informationen", "schätzungen", "zahlen", "berechnungen", "erhebungen", "untersuchungen",
)

# Nouns for a firm or club named before (`der Autobauer Brenner ... Das Unternehmen teilte mit`; `der FC Bayern
# ... teilte der Verein mit`).
FIRM_ANAPHORS = frozenset(
    {"unternehmen", "firma", "konzern", "verein", "klub", "club", "fluggesellschaft", "airline", "reederei", "portal"}
    | {"bank", "geldhaus", "kreditinstitut", "versicherer", "autobauer", "hersteller"}
)

# Kinds of group whose name news quotes after them (`das Bündnis „Sand im Getriebe“`, `die Gruppe „Letzte
# Generation“`), matched as word endings (`Aktionsbündnis`, `Hackergruppe`).
QUOTED_BODY_KINDS = (
    "bündnis", "gruppe", "gruppierung", "initiative", "organisation", "verein", "netzwerk", "bewegung", "kollektiv",
    "partei", "miliz", "vereinigung", "gemeinschaft", "club", "verband",
)

# Nouns that end in an event trigger and name no event (`Verunreinigung`, `Wiedervereinigung`: not an `Einigung`).
NOT_EVENT_HEADS = frozenset(
    {"reinigung", "vereinigung", "bereinigung", "steinigung", "beihilfe", "sozialhilfe", "herausforderung"}
    | {"anforderung", "überforderung", "entwicklungszusammenarbeit", "unternehmensberatung", "verbraucherberatung"}
)

# Nouns for whichever organisation was named last (`die Miliz` after `die Hisbollah`, `die Behörde` after `die
# Bundesanwaltschaft`), one with the noun in its name first.
ORGANISATION_ANAPHORS = frozenset(
    {"organisation", "miliz", "terrororganisation", "terrormiliz", "gruppierung", "gruppe", "behörde"}
)
# Heads of the names an authority goes by (`die Behörde` after `das Statistische Bundesamt`), and of names that are
# no authority's (an institute, a university, an association).
AUTHORITY_HEADS = (
    "amt", "behörde", "ministerium", "agentur", "kommission", "polizei", "anstalt", "aufsicht", "anwaltschaft",
    "stelle",
)
NOT_AUTHORITIES = frozenset({"institut", "universität", "hochschule", "verband", "verein", "stiftung", "partei"})

# Nouns for the newspaper, broadcaster or agency named before (`schreibt das Blatt`), and the institution heads that
# name one.
MEDIUM_ANAPHORS = frozenset({"blatt", "zeitung", "sender", "magazin"})
MEDIUM_HEADS = frozenset({"zeitung", "sender", "nachrichtenagentur", "agentur"})

# Plural nouns for a country's forces: with the country's adjective or name ("russische Truppen", "US-Soldaten")
# they are the country acting, as a capital speaking is its government.
FORCES_OF_A_COUNTRY = frozenset({"truppen", "soldaten", "soldatinnen"})
# Officials who, with their country's adjective, speak for it (`ein israelischer Regierungsvertreter`, `ein
# französischer Diplomat`), as `ein US-Beamter` does.
OFFICIALS_OF_A_COUNTRY = (
    "diplomat", "diplomatin", "diplomaten", "beamter", "beamtin", "regierungsvertreter", "regierungsvertreterin",
    "offizier", "offizierin",
)

# Nouns for a kind of place that a name after them is (`die Insel Rhodos`, `im Dorf Butscha`); not `Stadt` or
# `Gemeinde`, which also act as their administration (`Die Stadt Köln kündigte an`).
PLACE_NOUNS = (
    "insel", "halbinsel", "region", "provinz", "dorf", "ortschaft", "küstenstadt", "hafenstadt", "grenzstadt",
    "kleinstadt", "großstadt", "metropole", "hauptstadt", "bergdorf", "fluss", "gebirge", "landkreis",
)

# Words joining a town's name to the river, lake or region it lies by (`Landsberg am Lech`, `Frankfurt an der Oder`,
# `Rothenburg ob der Tauber`), and endings of what lies in a town rather than names it (`München am Odeonsplatz`).
TOWN_NAME_LINKS = (("am",), ("an", "der"), ("ob", "der"))
IN_TOWN_ENDINGS = (
    "platz", "straße", "str.", "markt", "hafen", "bahnhof", "ufer", "ring", "tor", "damm", "weg", "allee", "park",
    "gericht", "rathaus", "kanal", "dom", "stadion", "gasse", "brücke",
)

# Nouns for a town's or a district's administration, which acts under the town's name (`Die Stadt Lüneburg teilte
# mit`, `der Landkreis Harburg`), where no preposition makes it the place (`in der Stadt Lüneburg`).
# The name's first word for each: the administration is the town's (`Stadtverwaltung Lüneburg` → `Stadt Lüneburg`).
MUNICIPALITY_NOUNS = {
    "stadt": "Stadt",
    "stadtverwaltung": "Stadt",
    "gemeinde": "Gemeinde",
    "gemeindeverwaltung": "Gemeinde",
    "marktgemeinde": "Gemeinde",
    "landkreis": "Landkreis",
    "kreisverwaltung": "Landkreis",
    "kreis": "Landkreis",  # "nach Angaben des Kreises": the district named last
}
# Objects with which `schreiben` books figures or makes history rather than writes words (`hat einen Verlust
# geschrieben`, `schreibt schwarze Zahlen`, `schrieb Geschichte`).
LEDGER_NOUNS = frozenset({"verlust", "verluste", "gewinn", "gewinne", "zahlen", "geschichte", "minus", "plus"})
# Nouns for the unnamed people around someone, who speak as a group of their own (`Aus seinem Umfeld hieß es`).
CIRCLE_NOUNS = frozenset({"umfeld", "lager", "team", "vertrautenkreis", "umgebung"})
# Abbreviations of news about courts and laws that spaCy's German tokenizer splits from their point, which then
# ends a sentence (`(Az. 8 U 44/22)`): one token each. Not `Art.`, which also ends sentences (`dieser Art.`).
KEPT_ABBREVIATIONS = ("Az.", "Aktz.", "Ziff.")
# Adverbs that date a sentence in the past as the narrator's (`Damals blieben viele zu Hause`).
PAST_ADVERBS = frozenset({"damals", "zuvor", "früher", "einst", "seinerzeit", "ursprünglich"})
# Nouns of a report's source phrase (`nach Angaben der Polizei`, `nach Informationen des WDR`): the name after them
# reports what the sentence says, and is no subject in it.
SOURCE_NOUNS = frozenset(
    {"angaben", "informationen", "erkenntnissen", "recherchen", "berechnungen", "schätzungen", "zahlen", "daten"}
    | {"erhebungen", "ermittlungen"}
)
# What a source publishes, between `laut` and the source (`laut einem Bericht der „New York Times“`).
REPORT_NOUNS = frozenset(
    {
        "bericht",
        "berichten",
        "mitteilung",
        "erklärung",
        "studie",
        "umfrage",
        "analyse",
        "untersuchung",
        "recherche",
        "recherchen",
        "schätzung",
        "prognose",
        "zählung",
        "statistik",
        "auswertung",
    }
)
# The country German news is written from: its ministries go by their own names (`das Ministerium in Berlin`).
HOME_COUNTRY = "Deutschland"
# Prepositions after which a town or a state is who is addressed, acts or is acted against (`appellierte an das Land
# Hessen`, `Kritik von der Stadt X`, `klagt gegen die Stadt X`); after any other it is where (`in der Stadt X`).
WHO_PREPOSITIONS = frozenset({"an", "von", "vom", "mit", "gegen"})
# Nouns for a German state's government before its name (`das Land Niedersachsen`, `der Freistaat Bayern`).
STATE_NOUNS = {"land": "Land", "freistaat": "Freistaat"}

# Nouns news uses for an institution named before with another head (`die Notenbank` for the `Zentralbank`).
HEAD_SYNONYMS = {
    "notenbank": "zentralbank",
    "währungshüter": "zentralbank",
    "hochschule": "universität",
    "dachverband": "verband",  # a federation of federations, named as any federation
}
# Nouns for a kind of organisation that refer back to the last one named of that kind in the gazetteer (`die
# Gewerkschaft` after `IG Metall`, `aus der Fraktion` after `die FDP`).
KIND_ANAPHORS = {
    "gewerkschaft": frozenset({"union"}),
    "partei": frozenset({"party"}),
    "fraktion": frozenset({"party"}),
    "verband": frozenset({"union", "ngo"}),  # `aus dem Verband` after `der Deutsche Mieterbund`
}

# Verbs of responding: with `mit`, their subject does what the noun names (`reagierte mit Kritik`).
RESPONDING_VERBS = frozenset({"reagieren", "antworten", "kontern", "quittieren"})

# Acts done by declaring them (`erklärte seinen Rücktritt`): no statement of what is the case.
DECLARED_ACTS = frozenset({"rücktritt", "austritt", "verzicht", "kandidatur", "insolvenz", "bankrott", "beitritt"})

# Labels of an interviewer's turns in a printed interview (`Frage: Wann wird das besser?`).
QUESTION_LABELS = ("Frage:", "Fragen:", "Interviewer:", "Interviewerin:", "F:")

# Endings of nouns that are feminine whatever their stem (`Zeitung`, `Agentur`, `Polizei`, `Gewerkschaft`).
FEMININE_ENDINGS = ("ung", "agentur", "ei", "heit", "keit", "schaft", "tion", "tät")

# Heads that name an institution alone with a definite article ("die Polizei", "die Opposition"); the name is
# the noun (with a country adjective: "die georgische Polizei" → "Georgische Polizei").
DEFINITE_INSTITUTIONS = frozenset(
    {
        "polizei",
        "opposition",
        "regierung",
        "armee",
        "justiz",
        "staatsanwaltschaft",
        "bundesanwaltschaft",
        "feuerwehr",
        "betriebsrat",
        "personalrat",
        "aufsichtsrat",
        "stadtrat",
        "gemeinderat",
        "generalstab",
        "verbraucherzentrale",
        "küstenwache",
    }
)

# Grammatical gender of organisation heads by their ending (`Präsidialamt` like `Amt`, `Betriebsrat` like `Rat`),
# feminine where none matches (`Regierung`, `Kommission`): for the nominative of an adjective and for pronouns.
ORGANIZATION_GENDER = {
    "ausschuss": "m",
    "rechnungshof": "m",
    "ministerium": "n",
    "amt": "n",
    "parlament": "n",
    "gericht": "n",
    "institut": "n",
    "rat": "m",
    "konzern": "m",
    "verband": "m",
    "dienst": "m",  # Geheimdienst, Wetterdienst
    "militär": "n",
    "werk": "n",  # Hilfswerk
    "sender": "m",
    "hersteller": "m",
    "versorger": "m",
    "betreiber": "m",
    "verlag": "m",
    "flughafen": "m",
    "stab": "m",  # Generalstab
    "bund": "m",  # Mieterbund, Städtebund
    "zoll": "m",
    "streitkräfte": "pl",
}
# Names whose article is not the neuter of most countries: "die Ukraine ... sie", "die USA ... sie sagten".
FEMININE_NAMES = frozenset({"ukraine", "türkei", "schweiz", "slowakei", "mongolei", "nato", "eu", "europäische union"})
PLURAL_NAMES = frozenset(
    {
        "usa",
        "vereinigte staaten",
        "niederlande",
        "philippinen",
        "vereinigte arabische emirate",
        "un",
        "vereinte nationen",
    }
)

# Plural heads of groups that act or speak ("westliche Staaten", "Separatisten", "die internationale Gemeinschaft").
GROUP_HEADS = (
    "staaten",
    "verbündete",
    "verbündeten",
    "mitgliedstaaten",
    "mitgliedsstaaten",
    "bündnisstaaten",
    "separatisten",
    "rebellen",
    "demonstranten",
    "aktivisten",
    "gemeinschaft",
    "regierungen",
    "partnerländer",
    "partner",
    "nachbarstaaten",
    "kritiker",
    "militärs",
    "milizen",
    "aufständische",
    "aufständischen",
    "kreise",  # anonymous sources: "aus Koalitionskreisen", "in Sicherheitskreisen"
    "ökonomen",
    "experten",
    "expertinnen",
    "beobachter",
    "analysten",
)
# Reports named by who publishes them, as a source (`Medienberichten zufolge`, `laut Presseberichten`): that group.
REPORTING_GROUPS = {
    form + ending: group
    for form, group in (("medienbericht", "Medien"), ("pressebericht", "Presse"), ("zeitungsbericht", "Zeitungen"))
    for ending in ("en", "e")
}
# Compounds of a group head that name no people: districts, not circles ("in 300 Wahlkreisen", "die Landkreise").
NOT_GROUPS = ("wahlkreise", "landkreise", "stadtkreise", "teufelskreise")
# Group heads that name an actor only with an adjective ("westliche Staaten", not "Staaten").
GROUP_HEADS_NEED_ADJECTIVE = frozenset(
    {"staaten", "gemeinschaft", "regierungen", "partner", "verbündete", "verbündeten", "kreise"}
)
# A group named by a single word that always stands for the same group.
GROUP_ALIASES = {"westen": "Westliche Staaten", "westens": "Westliche Staaten"}

# Forms that are Konjunktiv I only in the plural and equal the indicative ("sollen", "haben"): they continue reported
# speech only after a marker that says the source goes on ("Demnach sollen ...").
CONTINUATION_MARKERS = frozenset(["demnach", "demzufolge", "zufolge"])  # not "dabei": "Dabei waren Daten aufgetaucht"
# Verbs of presenting a document or figures: `demnach` in the next sentence refers to what their subject presented
# (`Das Bundesamt stellte am Mittwoch neue Zahlen vor. Demnach ...`).
PRESENTING_VERBS = frozenset({"vorstellen", "vorlegen", "präsentieren", "veröffentlichen", "bekanntgeben"})
# Adverbs that join a sentence to the one before as its consequence or addition (`Viele Ärzte verließen deshalb
# die Kliniken`): after reported speech, a plural past with one of them goes on reporting.
CONSEQUENCE = frozenset({"deshalb", "daher", "deswegen", "zudem", "außerdem", "folglich", "somit"})
# Of them, the adverbs that say "according to that source" wherever they stand ("zählten die Verfassungsschützer
# demnach rund 37.000 Personen").
SOURCE_ADVERBS = frozenset(["demnach", "demzufolge"])

# Cues that report speech only in a construction: "wie es aus Kreisen X hieß" needs "es"; "sprach von" needs "von";
# "verlautete es aus" or "wie aus Kreisen verlautete" ("ließ nichts verlauten" reports nothing).
CUE_REQUIRES = {"heißen": {"es"}, "sprechen": {"von"}, "verlauten": {"es", "aus"}}  # "wie aus Kreisen verlautete"
IMPERSONAL_CUES = frozenset(lemma for lemma, words in CUE_REQUIRES.items() if "es" in words)
# Cues that report nothing with these objects in their clause: idioms (`rote Zahlen schreiben`, `Geschichte
# schreiben`), and a choice (`entschied sich für`).
CUE_EXCLUDES = {"schreiben": {"zahlen", "geschichte"}, "entscheiden": {"sich"}}
# Cues that report a decision, which says something only once made (`hat entschieden`, `entschied, ...`), not as an
# infinitive after a modal (`müssen die Staaten bis November entscheiden`).
DECISION_CUES = frozenset({"entscheiden"})
# Cues that report speech only next to a quotation (`„Raus hier!“, rief er`); alone they call (`rief die Polizei`).
QUOTED_CUES = frozenset({"rufen", "schreien", "brüllen"})

# Possessive determiners (`in seiner Rede`, `ihrem Gipfel`), for when no tagger marks them PPOSAT.
POSSESSIVES = frozenset(
    stem + ending for stem in ("sein", "ihr", "unser", "euer") for ending in ("", "e", "er", "em", "en", "es")
) | {"deren", "dessen"}

# Prepositions that join a medium noun to the organisation it is in ("im Interview mit dem Spiegel").
MEDIUM_PREPOSITIONS = frozenset({"mit", "für", "von", "bei", "beim", "gegenüber"})
# Nouns of media formats: "in einem Gastkommentar für die Bild" names the medium of a statement.
MEDIUM_NOUNS = (
    "gastkommentar",
    "kommentar",
    "gastbeitrag",
    "beitrag",
    "interview",
    "sendung",
    "talkshow",
    "podcast",
    "pressekonferenz",
    "mitteilung",
    "erklärung",
    "tweet",
    "post",
    "brief",
    "rede",
    "zeitung",
    "fernsehen",
    "radio",
    "magazin",
    "blog",
    "video",
    "botschaft",  # Osterbotschaft, Videobotschaft
    "ansprache",
    "predigt",
    "stellungnahme",
    "schreiben",
    "gespräch",
)

# Documents only one kind of institution issues, and its name's ending: a judgment is a court's (`In dem Urteil
# heißt es`), an indictment a prosecutor's (`hieß es in der Anklage`).
ISSUED_BY = {
    "urteil": "gericht",
    "urteilsbegründung": "gericht",
    "anklage": "anwaltschaft",
    "anklageschrift": "anwaltschaft",
}
# Documents that speak for whoever issued them (`In dem Urteil heißt es`, `heißt es in dem Bericht`), besides the
# media above.
DOCUMENT_NOUNS = (
    "bericht", "papier", "beschluss", "studie", "gutachten", "dokument", "entwurf", "brief", "einschätzung",
    "analyse", "auswertung", "umfrage", "prognose", *ISSUED_BY,
)

# Nouns of quantity after which "von X" is still the subject ("Eine Reihe von Staaten hatte angekündigt").
QUANTITY_NOUNS = frozenset(["reihe", "gruppe", "mehrheit", "zahl", "teil", "hälfte", "vielzahl", "dutzend"])

# Auxiliaries and modals: the finite verb of a clause whose main verb comes at its end.
AUXILIARIES = frozenset(
    [
        "habe",
        "hat",
        "haben",
        "hatte",
        "hatten",
        "hätte",
        "hätten",
        "bin",
        "ist",
        "sind",
        "war",
        "waren",
        "sei",
        "seien",
        "wäre",
        "wären",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "werde",
        "würde",
        "würden",
        "kann",
        "können",
        "konnte",
        "könnte",
        "könnten",
        "muss",
        "müssen",
        "musste",
        "müsse",
        "müsste",
        "soll",
        "sollen",
        "sollte",
        "solle",
        "will",
        "wollen",
        "wollte",
        "wolle",
        "darf",
        "dürfen",
        "dürfe",
        "dürfte",
    ]
)

# Lemmas of the closed class of auxiliaries and modals, which lookup tables miss ("soll" -> "sollen").
AUXILIARY_LEMMAS = {
    **dict.fromkeys(["soll", "sollst", "sollt", "sollte", "sollten", "solle", "sollest"], "sollen"),
    **dict.fromkeys(["will", "willst", "wollt", "wollte", "wollten", "wolle"], "wollen"),
    **dict.fromkeys(["kann", "kannst", "könnt", "konnte", "konnten", "könne", "könnte", "könnten"], "können"),
    **dict.fromkeys(["muss", "musst", "müsst", "musste", "mussten", "müsse", "müsste", "müssten"], "müssen"),
    **dict.fromkeys(["darf", "darfst", "dürft", "durfte", "durften", "dürfe", "dürfte", "dürften"], "dürfen"),
    **dict.fromkeys(["mag", "magst", "mochte", "mochten", "möge", "möchte", "möchten"], "mögen"),
    **dict.fromkeys(["hat", "hast", "habt", "hatte", "hatten", "habe", "hätte", "hätten"], "haben"),
    **dict.fromkeys(["ist", "bist", "sind", "seid", "war", "waren", "sei", "seien", "wäre", "wären"], "sein"),
    **dict.fromkeys(["wird", "wirst", "werdet", "wurde", "wurden", "werde", "würde", "würden"], "werden"),
}

# Prepositions after which an actor is not the subject of its clause.
PREPOSITIONS = frozenset(
    [
        "von",
        "mit",
        "für",
        "an",
        "auf",
        "aus",
        "bei",
        "gegen",
        "gegenüber",
        "in",
        "nach",
        "über",
        "unter",
        "vor",
        "zu",
        "zwischen",
        "durch",
        "ohne",
        "um",
        "seit",
        "trotz",
        "wegen",
        "laut",
        "neben",
        "angesichts",
        "infolge",
        "zugunsten",
        "hinter",
        "außerhalb",
        "innerhalb",
        "oberhalb",
        "unterhalb",
        "jenseits",
        "inmitten",
        "aufgrund",
        "dank",
        "statt",
        "anstelle",
        "seitens",
        "hinsichtlich",
        "bezüglich",
        "mithilfe",
        "nahe",
        "unweit",
        "nördlich",
        "südlich",
        "östlich",
        "westlich",
    ]
)

# Plural and case endings of nouns, for matching a noun whose inflected form the lemmatizer does not know.
NOUN_ENDINGS = ("", "en", "n", "e", "s", "es", "er")

# Adjective endings stripped to reach the stem ("französischen" -> "französisch").
ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")

# Words that open a sentence but never follow an ordinal number: after `100.` they show that its full stop ends a
# sentence (`sprach von 100. Die Polizei`), where `am 3. Oktober` keeps it (with articles and prepositions).
SENTENCE_OPENERS = frozenset(
    [
        "er", "sie", "es", "wir", "ich", "man", "dies", "dieser", "diese", "dieses", "und", "aber", "doch", "auch",
        "außerdem", "zudem", "danach", "dann", "dort", "dabei", "damit", "deshalb", "daher", "jedoch", "trotzdem",
        "als", "wenn", "falls", "weil", "wer", "was", "wie", "wo", "nun", "so", "bereits", "schon", "zuvor",
        "insgesamt", "demnach", "allein", "rund", "mehr", "fast", "nur", "noch",
    ]
)  # fmt: skip

# Words that pick out an example or stress a subject after its verb: "sagte unter anderem X", "behauptet nur X",
# "sagte sogar ein Minister".
EXAMPLE_WORDS = frozenset(
    {"unter", "anderem", "u.a.", "etwa", "auch", "insbesondere", "allem", "nur", "selbst", "sogar", "ebenfalls"}
)


# Clauses: what joins, frames and interrupts them, for the content of a cue (`content.py`).

# Prepositions of a phrase of time or place (`bei ihrem Gipfel`, `am Montag`), the setting of what was said.
SETTING_PREPOSITIONS = frozenset({"bei", "beim", "am", "im", "in", "nach", "während", "seit", "zum", "zur"})
# Words after a cue that join it to what came before or name whom it was said to, not what: "warnte jedoch vor",
# "forderte erneut die Lieferung", "hielt ihm Zögerlichkeit vor".
FRAME_WORDS = frozenset(
    {"aber", "jedoch", "dagegen", "hingegen", "allerdings", "zudem", "indes", "wiederum", "erneut", "ihm", "ihnen"}
    | {"zuvor", "bereits", "wiederholt", "mehrfach", "zugleich", "nun"}
)
CLAUSE_CONJUNCTIONS = frozenset({"und", "oder", "aber", "sondern", "sowie"})  # "lehnen X ab und plädieren für Y"
# Conjunctions of a clause that qualifies what the cue's own clause says (`drohte mit Streiks, falls ...`).
CONDITIONS = frozenset({"falls", "sofern", "solange", "sobald", "weil", "obwohl", "bevor", "nachdem"})
# Conjunctions that open an adverbial clause (`Während X von einem Erfolg sprach, kritisierte Y ...`): what it holds
# frames the main clause, and is not what the main clause's speaker said, nor is the main clause its cue's content.
ADVERBIAL_CONJUNCTIONS = CONDITIONS | {"während", "als", "wenn", "da", "seit", "seitdem", "indem", "damit"}
INSERTION_BREAKS = (",", "–", "—", "-", ":")  # the marks around an attribution set inside what was said
