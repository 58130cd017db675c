"""The cue phrases that decide a message's kind (bokmål and nynorsk), one alternative a line.

classify.py tries them in order; each pattern is matched case-insensitively,
line by line (^ is a line start). To teach a new phrasing, add a line here and
a case to tests/parsers/test_classify.py.
"""
from __future__ import annotations

import re


FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "AE", "Ø": "O", "Å": "A"})


def fold(text: str) -> str:
    """Æ/ø/å as people type them without a Norwegian keyboard: ae, o, a (and "aa" for å)."""
    return text.translate(FOLD).replace("aa", "a").replace("Aa", "A")


def any_of(*alternatives: str) -> re.Pattern[str]:
    """One pattern that matches any of the alternatives, on folded text (see `fold`)."""
    return re.compile(fold("|".join(f"(?:{a})" for a in alternatives)), re.I | re.M)


# Asking to distribute manually: switching automatic assignment off.
MANUAL = any_of(
    r"manuel+\w*\s+(?:fordeling|tildeling)",
    r"switch\w*\s+off\s+(?:the\s+)?automatic",
    r"manual\s+(?:distribution|assignment|allocation)",
    r"fordele\s+(?:\w+\s+){0,6}s(?:j[eø]|e)lv",
    r"slutt\w*\s+med\s+(?:den\s+)?automatisk\w*",
    r"automatisk\w*\s+(?:tildeling|fordeling)\w*\s+(?:bes|ønskes|må)\s+(?:\w+\s+)?(?:avslutt\w*|opphør\w*|stopp\w*|stans\w*)",
    r"sørge\s+for\s+fordeling\w*",
    r"styre\s+(?:fordelinga|fordelingen|tildelinga|tildelingen)",
    r"fordele\s+(?:\w+\s+)?manuelt",
    r"over til manuell",
    r"ikke lenger\s+(?:\w+\s+){0,3}automatisk",
    r"ikkje lenger\s+(?:\w+\s+){0,3}automatisk",
    r"(?:kommunen|vi)\s+s(?:j[eø]|e)lv\w*\s+(?:\w+\s+){0,2}fordel\w*",
    r"styre\s+(?:\w+\s+){0,6}s(?:j[eø]|e)lv",
    r"(?:slå|slås|skru|stans|stopp|avslutt|avvikl|skru)\w*\s+(?:av\s+)?(?:den\s+)?automatisk\w*\s+(?:tildeling|fordeling)",
    r"(?:slå|slås|skru)\w*\s+av\s+(?:den\s+)?automatisk\w*",
    r"automatisk\w*\s+(?:tildeling|fordeling)\w*(?:\s+av\s+\w+)?\s+(?:slås|blir slått|vert slått|stansast|stanses|stoppes|stoppast|avsluttes)\s*(?:av)?",
)

# Asking to go back to automatic assignment (enable false).
BACK_TO_AUTOMATIC = any_of(
    r"tilbake til automatisk",
    r"attende til automatisk",
    r"behalde?\s+(?:den\s+)?automatiske?\s+(?:tildeling|fordeling)\w*",
    r"trekk\w*\s+(?:\w+\s+){0,3}(?:forespørsel|søknad|ønske|bestilling)\w*\s+(?:\w+\s+){0,2}(?:om\s+)?manuell",
    r"(?:slå|skru)\w*\s+på\s+(?:igjen\s+)?(?:den\s+)?automati(?:sk|kk)",
    r"gjeninnføre automatisk",
    r"avslutt\w*\s+(?:\w+\s+){0,3}manuell\w*",
    r"ikkje lenger manuell",
    r"ikke lenger manuell",
    r"igjen\s+tildel\w*\s+(?:\w+\s+){0,2}automatisk",
    r"automati(?:sk|kken)\s+(?:\w+\s+)?igjen",
    r"automatisk\w*\s+(?:tildeling|fordeling)\w*[^.\n]{0,40}\b(?:settes|slås|skrus|takast|tas)\s+(?:på|i bruk)",
    r"automatisk\w*\s+(?:tildeling|fordeling)\w*[^.\n]{0,20}\bgjenoppt\w*",
    r"ikk?j?e lenger\s+(?:\w+\s+){0,3}(?:manuell|fordele\s+(?:\w+\s+){0,4}s(?:j[eø]|e)lv)",
)

# A wish or request; with MANUAL in the same sentence it makes a manual-distribution request.
WANT = any_of(
    r"\b(ønsker|ønskjer|ynskjer|ber\s+(?:om|difor|derfor|helfo)|be\s+om|vil\s+(?:gå|ha|heller|gjerne)|går over til|gå over til|ta i bruk|tek i bruk|bekrefte|det stemmer|slå av|slås av|stansar|stanse|stoppe|please|we would like|we want|we ask|kindly|bes|anmoder|vil fordele)\b",
)

# A new GP takes a list, or a list becomes unassigned ("Melding til fastlegeregisteret").
LIST_CHANGE = any_of(
    r"\bny fastlege\s*:",
    r"\b(?:overtar|tar over|tek over|overtek)\s+(?:\w+\s+){0,2}(?:liste|lista|listen|hjemmel\w*|praksis\w*)",
    r"^\s*melding til fastlegeregisteret\b",
    r"\b(?:tar|tek)\b[^!?\n]{1,60}?\bover\s+(?:fastlege)?(?:lista|listen|liste)\b",
    r"\bovertar\b[^.\n]{1,60}?\b(?:lista|listen|liste)\b",
    r"\bovertas\b",
    r"\bny (?:fast)?lege\b[^.\n]{0,60}\b(?:starter|startar|begynner|byrjar|tiltrer|tek til)\b",
    r"\bny (?:fast)?lege p[åa] (?:lista|listen|liste)\s+(?:nr\.?\s*)?\d",
    r"\bny (?:fast)?lege p[åa] (?:lista|listen) etter\b",
    r"\b(?:blir|vert|holdes|haldast|stilles|står|stå|ståande|stående|være|vere)\s+(?:\w+\s+){0,2}ubes(?:ett|att)\b",
    r"\b(?:er|blir|vert)\s+(?:fastlege)?list[ae]n?\s+\d{3,9}\s+(?:\w+\s+){0,2}ubes(?:ett|att)\b",
    r"\b(?:er|blir|vert)\s+(?:derfor|difor|no|nå)\s+ubes(?:ett|att)\b",
    r"\bblir\s+(?:derfor\s+)?ubesatt",
    r"\bvert\s+ubesett",
    r"\bubesat+\s+(?:liste\s+)?fr[aå]",
    r"\bubesett\s+frå",
    r"\b0-liste",
    r"\bny liste\b",
    r"\bfår ny (?:fast)?lege\b",
    r"\boverdras til\b",
    r"\btiltrer\b",
    r"\bny fastlegehjemmel\b",
    r"\bfår\s+(?:hans|hennes|hennar|den)\s+(?:\w+\s+)?list[ae]n?\b",
    r"\b(?:nulliste|null-liste|0-liste)\b",
    r"\blege blir\s+(?-i:[A-ZÆØÅ])",
    r"\bny (?:fast)?lege\b[^:\n]{0,12}:\s*(?-i:[A-ZÆØÅ])",
    r"\bendring\s*:\s*(?:ny (?:fast)?lege|ubesatt|ubesett)",
    r"\b(?:blir|vert|står|stå|stående|ståande)\s+(?:\w+\s+){0,2}(?:uten|utan) fast(?:\s+|e)lege\b",
    r"\bregistreres som ny (?:fast)?lege\b",
    r"\btype endring\s*:",
    r"\bfratredende fastlege",
    r"\binngått avtale med",
    r"melding om ubesatt",
    r"\bblir ny fastlege\b",
    r"\bstarter som (?:ny\s+)?fastlege\b",
    r"\boverta[rs] av\b",
    r"\bovertek\b",
    r"\bny lege\s*:",
    r"\bst[åa]r ubesat+\b",
    r"\bvil (?:være|vere) ubes(?:ett|att)\b",
    r"\bnyoppretta liste",
    r"\bny fastlegeliste",
    r"\bny (?:fast)?lege\b[^!?\n]{0,40}\b(?:blir|er)\s+(?-i:[A-ZÆØÅ])",
    r"\bny (?:fast)?lege:?\s+(?-i:[A-ZÆØÅ][\wæøå-]+\s+[A-ZÆØÅ])",
    r"\b(?:overtar|tar over|tek over|overtek)\s+etter\b",
    r"\btiltred(?:ende|ande) (?:fast)?lege",
)

# A list change still to come or not done ("Vi melder fra om hvem som overtar listen").
NOT_ANNOUNCED = any_of(
    r"\b(?:hvem|kven|den|dei)\s+som\b",
    r"\bså snart\b",
    r"\bnår (?:det|dette) er (?:klart|avklart)",
    r"\beget skjema\b",
    r"\better planen\b",
    r"\bmelding om dette\b",
    r"\bkontaktperson\b",
    r"\bkan (?:bli|verte|bli stående)\b",
    r"\b(?:kanskje|muligens|moglegvis|eventuelt)\b",
    r"\breferat\b",
    r"\bvikar\w*\s+(?:\w+\s+){0,4}(?:tek|tar|overtar|driv|driver)\b",
    r"\bdrift(?:a|en)\s+av\s+(?:lista|listen)\b",
    r"\b(?:ikke|ikkje)\s+(?:\w+\s+){0,3}(?:på plass|fått|funne|funnet)",
)

# A GP's agreement ends: resignation, retirement, death, ended by the municipality.
TERMINATION = any_of(
    r"\bsagt opp\b",
    r"\boppsigelse[n]?\b[^.!?\n]{0,80}?\b(?:er|ble|vart|blei)\s+(?:mottatt|levert|motteken|datert|sendt)\b",
    r"\boppseiing(?:a|en)?\b[^.!?\n]{0,80}?\b(?:er|vart|blei)\s+(?:motteken|levert|datert|sendt)\b",
    r"\boppsigelse\s+levert\b",
    r"\bgå av med (?:alders)?pensjon\b",
    r"\bsøkt\s+(?:om\s+)?avskjed\b",
    r"\bavskjed\s+(?:er\s+)?innvilg\w*",
    r"\b(?:avtal\w*|fastlegeavtal\w*)\b[^.!?\n]{0,80}?\b(?:er|blir|vart|vert)\s+hev(?:et|a)\b",
    r"\bgikk bort\b",
    r"\bblir pensjonist\b",
    r"\bgive notice\b",
    r"\bnotice of termination\b",
    r"\bopps[ie]g\w*\s+(?:av\s+)?(?:fastlege)?avtal",
    r"\bsa opp\b",
    r"\boppsigelse[n]?\s+(?:kom|er datert|ble|vart|er mottatt|er levert)\b",
    r"\boppseiing\w*\s+(?:kom|vart|er)\b",
    r"\bopphører\b",
    r"\bopphøyrer\b",
    r"\bpensjonerer\b",
    r"\b(?:levert|leverte|mottatt|mottok|motteke|fekk|fikk)\b[^!?\n]{0,50}?\b(?:oppsigelse|oppseiing)",
    r"\b(?:sier|seier|sei)\s+(?:\w+\s+){0,3}opp\b",
    r"\boppsigelse\s+(?:mottatt|datert)",
    r"\bmelder\s+(?:\w+\s+){0,2}oppsigelse",
    r"\boppseiing\b",
    r"\boppseiinga\b",
    r"\bdødsfall\b",
    r"\bdøde\b",
    r"\bdøydde\b",
    r"\bgått bort\b",
    r"alderspensjon",
    r"\bgår av med\b",
    r"\boppsigelse fastlege",
    r"\bslutter som fastlege",
    r"\bsluttar som fastlege",
    r"\bavslutt\w*\s+(?:sin\s+|si\s+)?(?:fastlege)?avtale",
    r"\bfratre\w*\s+(?:sin\s+|si\s+)?(?:stilling|avtale|hjemmel)",
    r"\boppsagt\b",
    r"\bopphør\w*\s+(?:av\s+)?(?:fastlege)?avtale",
)

# A notice taken back: no termination any more.
WITHDRAWN = any_of(
    r"\btrukket\s+(?:\w+\s+){0,2}tilbake",
    r"\btrekker\s+(?:\w+\s+){0,2}oppsigelse",
    r"\btrekke\s+oppsigelsen",
    r"\btrekt\s+(?:\w+\s+){0,2}tilbake",
    r"\boppsigelsen er trukket",
)

# Sentences that deny or only imagine a notice ("har ikke levert oppsigelse", "Hvis hun slutter").
NOT_TERMINATION = any_of(
    r"\b(?:sier|seier|sei|si|seie)\s+(?:ikke|ikkje)\s+(?:\w+\s+)?opp\b",
    r"\b(?:ikke|ikkje)\s+(?:\w+\s+){0,2}(?:si|sei|seie|sagt|sett|levert|sendt|levere)\b",
    r"\bvurderer\b",
    r"\bvurderar\b",
    r"^\s*(?:hvis|dersom|viss|om)\b",
)

# A subject that announces a notice (not a reply).
TERMINATION_SUBJECT = any_of(
    r"^\s*(?:melding om\s+)?(?:oppsigelse|oppseiing|dødsfall)\b",
)

# Ceiling changes and locks.
LIST_REQUEST = any_of(
    r"\b(?:ønsket|ønskt|ynskt|nytt|ny)\s+listetak\s*:",
    r"\b(?:opphev\w*|oppheve)\s+(?:\w+\s+)?låsing\w*",
    r"\blisteta\w*\s+(?:blir|vert|skal\s+(?:være|vere)|settes|setjast|økes|aukast|heves)\s+(?:til\s+)?(?:på\s+)?\d",
    r"\blisteta\w*\b[^.\n]{0,80}\b(?:heves|økes|aukast|aukes|settes|setjast|endres|reduseres|justeres|utvides|satt ned|satt opp|ned til|opp til|redusert|redusera|auka|økt|heva|utvida|utvidet)\b",
    r"\b(?:sperr\w*|stenge?s?)\b[^.\n]{0,60}\b(?:for\s+)?(?:tildeling|nye)",
    r"\blist\w*[^.\n]{0,60}\bsperres\b",
    r"\b(?:større|utvida|utvidet|utvide|utvidelse av|auke|øke)\s+(?:\w+\s+)?list(?:e|a|en)\b",
    r"\b(?:øke|øker|økning|auke|auka|aukar|heve|hever|heving|utvide|utvider|utvidelse|øking|endre|endring av|nytt|settes til|setjast til)\b[^.\n]{0,40}\blisteta",
    r"\blisteta\w*\s+(?:fr[aå]\s+\d+\s+til|settes til|blir satt|auka|økt|heves|økes|vert auka|til\s+\d)",
    r"\b(?:lås\w*|låse opp|opplåsing|lukk\w*|åpne|opne|opning|åpning)\b[^.\n]{0,60}\blist",
    r"\blist\w*[^.\n]{0,60}\b(?:låses|låst|låste|låsa|låsast|låse opp|opnast|åpnes)\b",
)

# A correction of a notice, with the words for a last day.
CORRECTION = any_of(r"\brettelse\b", r"\bkorrigering\b", r"\bkorreksjon\b", r"\bretting\b", r"\brettar\b")
LAST_DAY_WORDS = any_of(r"\bsiste\s+(?:arbeids)?dag", r"\bsluttdato\b")
