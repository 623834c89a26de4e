"""Place mentions in text and their resolution to places, in the context of the article.

Toponyms are capitalised word runs looked up in the world gazetteer (longest match first);
landmark phrases come from a vocabulary of generic phrases ("the main square", "the
mayor's office") and the landmark CSV's names. Resolution weighs population, the countries
the article names (also through adjectives such as "Kazakh"), qualifiers ("Tripoli,
Lebanon", "Lebanon's Tripoli") and nearness to the article's other places. Landmarks are
resolved within the city the sentence (else the article) is about; an unknown landmark
falls back to that city with precision "city", never to a wrong place.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from geopy.distance import geodesic
from wordfreq import zipf_frequency

from mapping.gazetteer.geonames import (
    ARABIC_ARTICLES,
    COMMON_WORD_ZIPF,
    REGION_ABBREVIATIONS,
    TRANSLITERATED,
    WorldGazetteer,
    is_bearing,
    normalize,
    short_region_name,
    skeleton,
    spelled_alike,
)
from mapping.gazetteer.landmarks import CITY_RADIUS_KM, LandmarkGazetteer, haversine_km
from mapping.gazetteer.online import Geocoder
from mapping.text import split_sentences
from mapping.types import Article, Place, PlaceMention, ResolvedMention

logger = logging.getLogger(__name__)

MAX_RUN = 6
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w]*(?:['’.\-][\w]+)*", re.UNICODE)
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
            "central", "greater"}
_ROMANCE_JOINERS = {"de", "del", "al", "da", "do", "dos", "das", "della", "di", "du", "des"}  # inside one name
_ROMANCE_ARTICLES = {"La", "Las", "Los", "Le", "Les", "Os", "As"}  # opening one: "Las Bambas" is not Bambas, Peru
_CONNECTORS = {"of", "de", "del", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "el", "al", "du", "es",
               "upon", "on", "am", "an", "der", "den", "van", "von", "sur", "en",
               "ad", "ash", "adh", "ath", "az", "ar", "ed", "er", "ez",  # Arabic articles: "Kafr ad Dawwar"
               "wa", "ya", "di", "della", "dei", "des", "aux"}  # "Mto wa Mbu", "Castel di Sangro", "Aix-les-Bains"
# capitalised at the start of a sentence only: not part of a name
_LEADING = {"the", "a", "an", "in", "on", "at", "from", "to", "for", "by", "with", "after", "before", "during", "as",
            "when", "while", "but", "and", "or", "of", "near", "across", "outside", "inside", "since", "separately",
            "meanwhile", "earlier", "later", "elsewhere"}
_TITLES = {"president", "mr", "mrs", "ms", "dr", "minister", "prime", "general", "gen", "king",
           "queen", "prince", "princess", "pope", "sheikh", "senator", "sen", "governor", "gov",
           "mayor", "judge", "justice", "colonel", "col", "captain", "capt", "lt", "sgt", "rev",
           "saint", "spokesperson", "spokesman", "spokeswoman", "secretary", "chancellor",
           "ambassador", "commander", "chief", "officer", "sir", "lady", "lord", "professor",
           "prof", "emir", "ayatollah", "imam", "bishop", "archbishop", "cardinal", "father"}
_MODIFIER_SUFFIXES = {"led", "backed", "based", "born", "made", "owned", "funded", "brokered",
                      "allied", "aligned", "controlled", "held", "occupied", "linked", "sponsored",
                      "style", "bound", "registered", "flagged", "supported", "friendly"}

# Generic landmark phrases, by kind; a reporter's words for a city's landmarks.
LANDMARK_PHRASES: dict[str, tuple[str, ...]] = {
    "square": ("main square", "central square", "city square", "town square", "main plaza",
               "central plaza"),
    "city_hall": ("mayor's office", "city hall", "town hall", "city administration", "akimat",
                  "city akimat", "municipal building", "municipality building", "city council building"),
    "presidential_residence": ("presidential residence", "presidential palace", "president's residence",
                               "president's palace", "presidential administration"),
    "parliament": ("parliament building", "parliament"),
    "government": ("government headquarters", "government house", "prime minister's office",
                   "government building"),
    "police": ("police headquarters", "police station"),
    "airport": ("international airport", "airport"),
    "port": ("seaport", "port", "harbour", "harbor"),
    "station": ("railway station", "train station", "central station", "bus station"),
    "broadcaster": ("television station", "tv station", "state television building", "television centre",
                    "television center"),
}
_ANAPHOR_KINDS = {"square": "square", "plaza": "square", "palace": "presidential_residence",
                  "residence": "presidential_residence", "building": None, "compound": None}
# a capitalised name where a place is expected: "in Hodeidah", "the town of Sheikh Zuweid"
_LOCATIVE_NAME = re.compile(r"\b(?:(?i:in|near|outside|around|at)|(?:village|town|city|district|port|province|"
                            r"governorate|outskirts|edge|centre|center|north|south|east|west) of)\s+"
                            r"(?P<name>[A-Z][a-z’'\-]*[a-z](?:[ -](?:(?:al|el|ash|as|ad|ar|an|az|at|es|ez|ed)-)?"
                            r"[A-Z][a-z’'\-]*[a-z]){0,2})\b(?!['’]s|[ -][A-Z0-9])")
_CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "lent", "advent"})
COMMON_WORD_TOWN_POPULATION = 20_000  # a town named like a common word, told as a place in its country's story
UNKNOWN_POPULATION = 5_000  # what a town of its exact name with no population recorded counts as in the ranking
# given names the consonant match would take for towns ("Mohammed" ~ Mohammedia, "Ahmed" ~ Al Hawamidiyah)
_GIVEN_NAMES = frozenset({
    "mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "ali", "hassan", "hasan", "hussein", "husain",
    "mahmoud", "mahmud", "khaled", "khalid", "omar", "umar", "abdullah", "abdallah", "ibrahim", "mustafa",
    "mostafa", "youssef", "yusuf", "salman", "bashir", "bashar", "karim", "hamid", "saleh", "salah", "osman",
    "othman", "jamal", "kamal", "nasser", "nasir", "said", "saeed", "sami", "tariq", "walid", "yasser", "zaid",
    "fatima", "aisha", "maryam"})
_NICKNAME = re.compile(r"\b(?:nicknamed?|known\s+as|alias|aka|dubbed|nom\s+de\s+guerre)\s+[\"“‘']$", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PLACE_ANAPHOR = re.compile(
    r"\b(?:the|The) (?:country's|nation's|country’s|nation’s) (?:largest|biggest|second[- ]largest|main|"
    r"commercial|financial|economic|former) (?:city|capital|hub)\b"
    r"|\b(?:the|The) (?:capital|city|town|country|nation|territory|village)\b(?![- ](?:council|hall|'s|chief|head|"
    r"elders?|clerk|treasurer|crier))"  # ("handed a petition to the town clerk": an official)
    r"|\b(?:the|The) (?:provincial|regional|state|departmental|district|county) (?:capital|seat)\b"
    r"|\b(?:this|This) (?:(?:northern|southern|eastern|western|central|border|coastal|port|mining|market|"
    r"provincial|frontier|desert|mountain|river|oil|farming|fishing|industrial|university) )?"
    r"(?:city|town|village|capital)\b(?![- ](?:council|hall|centre|center|'s)|,\s+[A-Z])"  # the dateline's
    # ("APATZINGÁN, Mexico (AP) — ... on the outskirts of this city in western Mexico"; not "in this border town,
    # Busia,")
)
# the dateline's town, in wire style: "on a logging road near here at about 9 am on Tuesday"
_HERE = re.compile(r"\b(?:near|outside|km from|kilometres from|miles from) (here)\b")


_WATER_AND_LAND = {"Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Island", "Islands", "Cape", "Lake", "Bank",
                   "Port", "Gulfs", "Bight", "Horn"}  # "the Gulf of Aden", "the Isle of Skye"
_NAMED_NEXT = re.compile(r",?\s+(?-i:[A-Z])")
_REGION_ADJECTIVES = {"provincial", "prefectural", "regional", "state", "departmental", "district", "county"}
_REGION_WORD = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
                          r"(?=\s+(?:regions|provinces|states|districts|governorates|oblasts|departments|"
                          r"prefectures)\b))?"  # ("the Kursk and Bryansk regions": both)
                          r"\s+(?:regions?|provinces?|states?|districts?|county|counties|governorates?|oblasts?|"
                          r"departments?|prefectures?|territory|parish)\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
# ("Garissa County", "Hela Province"; not "Moscow State University")
# between a landmark and the city it is in: "the city hall in central Amsterdam"
# titles that open towns' names in lands where towns are named after holy men ("Imam Sahib", "Sheikh Zuweid")
# words that put a titled name as a place: "in General Mosconi", "the town of General Roca" (not "from General X",
# "by General X": a person's orders)
_WHERE_BEFORE = re.compile(r"(?:\b(?:in|In|near|outside|town of|city of|village of|municipality of)\s+)$")
TITLED_CITY_POPULATION = 500_000  # a two-word name opening with a title is a city this large ("General Santos")
_TITLES_IN_NAMES = {"imam", "sheikh", "shaikh", "sheik", "sidi", "emir", "mullah"}
_LOCATED_AFTER = re.compile(r",\s+(?:about|some|roughly|nearly|around|just)?\s*\d+\s*(?:km|kilomet(?:re|er)s|miles)\b"
                            r"(?:\s*\([^)]{0,20}\))?\s+(?:[\w-]+\s+){0,2}?(?:of|from)\b|"
                            r",\s+(?:the\s+)?(?:(?:provincial|regional|state|district)\s+)?(?:capital|main\s+town|"
                            r"chief\s+town)\s+of\b|"  # ("through David, the capital of Chiriquí")
                            # ("In Baker, a small city just north of Baton Rouge")
                            r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|municipality|suburb)\s+"
                            r"(?:(?:just|about|some|\d+\s*(?:km|kilomet(?:re|er)s|miles))\s+)?"
                            r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|"
                            r"outside|in|on)\b", re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|(?:town|village|city) of)\s+$")  # "a rebel position near Sake"
_CAPITAL_AFTER_HYPHEN = re.compile(r"\w-[A-Z]")
_PART_OF = re.compile(r"\s+(?:district|estate|housing estate|neighbou?rhood|quarter|suburb|area|slum|township|"
                      r"ward)\s+(?:of|in)\s+(?:(?:central|downtown|eastern|western|northern|southern|north|south|east|"
                      r"west|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+)?", re.IGNORECASE)
PART_KM = 30.0  # a named part of a city further than this from it is not that place
_DISTRICT_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb)\b(?!\s+(?:of|in)\b)", re.IGNORECASE)
_PART_WORD = r"(?:neighbou?rhood|housing estate|estate|quarter|suburb|slum|barrio|favela)"  # (not "district": an
# administrative one, "the Rueso district office")
_SUBDIVISION_AFTER = re.compile(r"\s+(?:township|district|county|municipality|local government area|LGA|tehsil|taluka?|"
                                r"sub-?district|sub-?county|commune|region|province|state|governorate|prefecture)\b",
                                re.IGNORECASE)
_UNIT_WORD_END = re.compile(r"\s+(?:Province|Region|State|District|County|Governorate|Prefecture|Department)$")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:informal\s+settlement|shanty\s?town|squatter\s+camp)\b", re.IGNORECASE)
_CITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:in|of|at)\s+(?:(?:central|downtown|northern|southern|eastern|western|old|"
                         r"the (?:centre|center|heart) of)\s+)?"
                         # ("a police station in the southeastern Iranian city of Saravan")
                         r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village)\s+of\s+)?", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:le|la|les|el|los|las|al|the) ")
# a description between a bearing and its reference town: "55 km east of the zonal capital Debre Markos"
_REFERENCE_DESCRIBED = r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|port|village|seat|hub)\s+)?"
# a town named as a bearing's reference point: "In Bourem, about 90 km north of Gao, ... the town hall"
_BEARING_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of|(?:km|kilomet(?:re|er)s|"
                             r"miles)\s+(?:from|outside))\s+" + _REFERENCE_DESCRIBED + "$", re.IGNORECASE)
_QUARTER_BEFORE = re.compile(r"\b(?:district|neighbou?rhood|suburb|quarter|township|slum|barrio|commune|ward|"
                             r"estate)\s+of\s+$", re.IGNORECASE)
# words that put a town near the story's other places: "Further east, in Wellington", "in nearby Kissy"
_NEAR_STORY_BEFORE = re.compile(r"(?:\b(?:further|farther)\s+(?:north|south|east|west|inland|upstream|downstream|"
                                r"(?:up|down|along)\s+the\s+\w+)\s*,?\s*(?:in|at|near)\s+|\b(?:in|at)\s+nearby\s+)$",
                                re.IGNORECASE)
# ... or after it: "San Francisco, just south of Maracaibo" in a Venezuelan story
_NEAR_STORY_AFTER = re.compile(r",\s+(?:just\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside|"
                               r"across\s+(?:the\s+)?\w+\s+from)\s+(?-i:[A-Z])", re.IGNORECASE)
NEAR_STORY_KM = 1000.0  # a town told as near the story's places lies within this of one of them
# a hamlet of no known population that has a name only as another name is taken only within this of the dateline's
# town (farther off, it is more likely a place of that town the gazetteer lacks)
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|hamlet|settlement|locality)\s+of\s+$", re.IGNORECASE)
HAMLET_KM = 150.0
# a village told as a district of the story's city, at least this far from it and this small, is a part of the city
QUARTER_VILLAGE_KM = 60.0
QUARTER_VILLAGE_POPULATION = 5_000
_THERE_AFTER = re.compile(r"\s+there\b(?!\s+(?:is|are|was|were|had|have|has|will|would)\b)", re.IGNORECASE)
_PROVINCE_OF = re.compile(r"\b(?:region|province|state|governorate|oblast|prefecture)\s+of\s+$", re.IGNORECASE)  # (not
# "a residential district of Taiz": a part of the city)
_REGION_BEFORE = re.compile(r"\b(?:region|province|state|district|county|governorate|oblast|department|prefecture|"
                            r"territory|parish)s?\s+of\s+"
                            r"(?:(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:,\s*|,?\s+and\s+)){0,4}$"
                            r"|\b(?:city|town|village|municipality)\s+in\s+$",
                            re.IGNORECASE)  # "the western parish of St James", "the states of Texas and Georgia";
# "the second-largest city in Bahia": the state, not Salvador, once called Bahia
_FEATURE_OF = re.compile(r"\b(?:foothills|slopes|peaks|summit|banks|shores|mouth|delta|basin|valley|"
                         r"headwaters)\s+of\s+the\s+$", re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"\s+(?:interchange|junction|roundabout|flyover|overpass|bridge|market|bazaar|mosque|"
                             r"church|temple|camp|neighbou?rhood|quarter|stadium|hospital|university|campus|"
                             r"favela|shantytown|"  # ("the Salgueiro favela complex")
                             r"highway|road|street|avenue|boulevard|square|park|monument|"
                             r"(?:[Ii]nternational\s+)?(?:[Cc]ontainer\s+)?[Tt]erminal)\b")  # "Manzanillo International
# Terminal" (in Colón, Panama)
_NAMED_FACILITY_AFTER = re.compile(r"\s+(?:Square|Park|Market|Bazaar|Stadium|Roundabout|Junction|Interchange|Flyover|"
                                   r"Mosque|Cathedral|Church|Temple|Hospital|University|Prison|Camp|Boulevard|Avenue)\b")
FACILITY_NAME_POPULATION = 100_000  # a smaller town's name before "Square", "Market"... names the facility
# a thing named after a place, no place: "a Molotov cocktail" (Molotov was Perm's name)
_THING_AFTER = re.compile(r"\s+cocktails?\b", re.IGNORECASE)
# a place's name in an organisation's: "the Santa Fe provincial government", "Lagos State government",
# "Cleveland Police" (but not "city hall" or "police station": landmarks)
_ORG_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:provincial|prefectural|state|regional|municipal|city|federal|national|"
                        r"local|district|county|metropolitan)\s+)?(?:government(?!\s+areas?\b)|council|authorities|assembly|legislature|"
                        r"(?:security|crisis|peace)\s+committee|"
                        r"police(?!\s+(?:station|headquarters|post|precinct|academy))|prosecutors?|administration|"
                        r"club|university|embassy|consulate|ambassador|envoy|"
                        r"dollars?|pounds?|francs?|shillings?|rupees?|currency|"  # ("paid in United States dollars")
                        r"(?<=regional )governor|(?<=provincial )governor|"  # ("the offices of the Haute Matsiatra
                        # regional governor" in Fianarantsoa)
                        r"(?<=['’]s )(?:military|army|armed forces|air force|navy))\b",  # ("the US embassy": in the
                        re.IGNORECASE)  # story's city)
_ACTOR_AFTER = re.compile(r"(?:-led)?\s+(?:air ?strikes?|airstrikes?|drones?|drone strikes?|warplanes?|jets?|military|"
                          r"forces|troops|soldiers|navy|air force|army|special forces|marines)\b"
                          r"(?!\s+(?:academy|hospital|base|college|school|camp|airport|airfield|court|post|headquarters|"
                          r"barracks|compound|installation|facility|cemetery|depot|museum|prison|units?))",
                          re.IGNORECASE)  # (not "the Homs military academy")
# first words of street and square names: "Plaza San Martín" is not San Martín
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Lane|Highway|Motorway|"
                           r"Expressway)\b")
_ALONG_ROAD = re.compile(r"\b(?:along|on|off|down|up|across|blocked|blocking|block|the)\s+$")
_STREET_WORDS = {"plaza", "piazza", "place", "praça", "praca", "avenida", "avenue", "calle", "rue", "via", "boulevard",
                 "bulevar", "ulitsa", "jalan", "jl", "rua", "largo", "paseo", "carrera", "calzada"}
# Arabic and other name particles that join a name: "Bab al-Tabbaneh", "Abu Dhabi"
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ul|ud|ur|ez|es|az|ed|er|en|et|adh|edh|eth|ath)-[A-Z]")
_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ul|ud|ur|ez|es|az|ed|er|en|et|adh|edh|eth|ath|bin|ibn|abu|ben|"
                       r"de|da|di|du|van|von)-\w", re.I)  # ("Deir ez-Zor", "Jisr ash-Shughur")
# a place named only as a reference point, not where anything happened
_REFERENCE_ONLY = re.compile(
    r"\b(?:bordering|borders?|border with|(?<!\bin )(?<!\bat )(?<!\binto )(?<!\bnear )(?<!communities of )"
    r"(?<!community of )(?<!villages of )(?<!village of )(?<!parts of )(?<!areas of )(?<!towns of )(?<!hamlets of )"
    r"(?<!spread to )(?<!spreading to )(?<!spreads to )"  # ("the protests spread to neighbouring Khorramshahr")
    r"neighbou?ring|"  # (not "killed eight farmers in two communities of neighbouring Mangu LGA")
    r"(?<=, in )neighbou?ring|"  # ("In Ilaga, in neighbouring Puncak regency": a qualifier of Ilaga)
    r"as far (?:away )?as|modell?ed on|legislation in|"
    r"(?:was|were|is|are) (?:in|visiting)|visiting|visit to|(?:would|will|plans? to|due to|expected to) visit|"
    r"trip to|(?:slogans|chants?|protests?|campaign|rally|demonstrations?|sanctions|complaint|war|case|lawsuit|"
    r"ruling) against|summit in|talks in|based in|"
    r"headquartered in|exiled in|flew to|returned from|statement (?:issued )?(?:in|from)|bound for|headed for|"
    r"en route (?:to|from)|on (?:its|their|his|her|the) way (?:to|from)|travell?(?:ing|ed) (?:back )?(?:from|to)|"
    r"(?:travell?(?:ing|ed)|driving|heading|journeying|on (?:its|their|his|her|the) way) from (?:[\w'’-]+\s+){1,3}?to|"
    r"(?:read|broadcast|aired) (?:out )?on (?:state |national |local )?(?:television|TV|radio) in|"
    r"(?:said|says|told \w+|(?<!was )(?<!were )(?<!be )(?<!been )(?<!is )(?<!are )(?:announced|declared)|spoke) in|"
    r"borders? with|"
    r"border into|"
    # a source abroad: "according to videos shared by exile groups in Miami"
    r"(?:according to|shared by|posted by|quoted by|cited by)\b[^,.;]{0,60}?\b(?:exiles?|exiled|diaspora|abroad|"
    r"overseas)\b[^,.;]{0,30}?\b(?:in|from)|"
    # where someone went: "sped off towards Reading"
    r"(?:sped|drove|fled|headed|escaped|ran|raced) (?:off |away )?(?:towards?|in the direction of)|"
    # where something fired from afar was aimed: "after the rebels fired missiles and drones towards Israel"
    r"(?:fired|launched) (?:[\w-]+ ){1,4}?towards?|"
    # where people held were taken, or are to go back to: "authorities moved four detained activists to Makassar for
    # trial", "to demand the activists' return to Sorong"
    r"(?:transferred|moved|relocated|taken|deported|extradited) (?:the |\w+ )?(?:[\w-]+ ){0,3}?"
    r"(?:activists|prisoners|detainees|inmates|suspects|leaders) to|"
    r"(?:demand|demanding|call(?:ing)? for|seeking) (?:[\w'’-]+ ){0,4}?(?:return|release|transfer) to|"
    # where goods come from: "to bring in weapons from Iran", "fuel imported from Kenya"
    r"(?:weapons|arms|ammunition|drones|missiles|rockets|supplies|shipments?|cargo|goods|fuel|imports?) "
    r"(?:(?:smuggled|shipped|brought|sent|imported|flown|trucked|arriving|coming) (?:in )?)?from(?: the port of)?|"
    r"attending [^,.]{0,40}? in|"
    # where an event was only felt: "the tremor was felt in Nairobi"
    r"felt (?:in|at|across|throughout)|"
    # where a person is from: "a teacher from Barquisimeto", "a 23-year-old student from Kandy"
    r"(?:\w+(?:er|or|ist|ent|ian|ant|man|men|woman|women)s?|people|person|child|children|boys?|girls?|youths?|"
    r"famil(?:y|ies)|relatives|natives?|gangs?|factions?|cartels?|militias?) (?:originally )?(?:based )?from|"
    r"(?:hails|hailed|hailing|comes|came|originally) from|"
    # "many of them from the neighbouring island of Malaita"
    r"(?:of them|of whom|most|many) (?:\w+ )?from(?:(?:\s+the)?(?:\s+[\w-]+)?\s+(?:island|town|city|province|region|"
    r"village|district|state|county) of)?)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
# The last word of every alternative of _REFERENCE_ONLY: a cheap test that spares the regex's search (tens of
# microseconds over 60 characters) before most mentions. A new alternative must add its last word here;
# tests/test_places.py (test_reference_only_shortcut_agrees_with_its_regex) checks that the test changes no
# answer of the regex on the eval sets' text.
_REFERENCE_LAST_WORDS = ("bordering", "border", "borders", "with", "neighbouring", "neighboring", "as", "on", "in",
                         "visiting", "visit", "to", "against", "from", "for", "into", "towards", "toward", "of", "at",
                         "across", "throughout")


def reference_only(before: str) -> bool:
    """Whether the text just before a mention names it only as a reference point (`_REFERENCE_ONLY`)."""
    if not before[-1:].isspace():
        return False
    words = before.split()
    last = words[-2] if len(words) > 1 and words[-1].lower() == "the" else words[-1] if words else ""
    return last.lower().endswith(_REFERENCE_LAST_WORDS) and _REFERENCE_ONLY.search(before) is not None


# where a statement came from: "the ministry in Ashgabat said", "the government in France declared"
_SEAT_BEFORE = re.compile(r"\b(?:ministry|government|presidency|embassy|cabinet|foreign office)\s+in\s+$", re.I)
_SEAT_AFTER = re.compile(r"\s*,?\s*(?:said|says|announced|reported|confirmed|stated|told|declared|ordered|decreed)\b")
# "about 30 km south of Bahir Dar": a place of its own, away from the one named
_OFFSET = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]{0,20}\))?\s+(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+of\s+" + _REFERENCE_DESCRIBED + "$",
    re.IGNORECASE)
# a town's distance from another told after it: "Qarah Bagh district, about 50 kilometres south-west of the city"
_OFFSET_AFTER = re.compile(
    r"(?:\s+(?:district|province|county|town|village|area|township|municipality))?,\s+(?:about\s+|some\s+|roughly\s+|"
    r"nearly\s+|around\s+|just\s+|approximately\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]{0,20}\))?\s+(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+of\s+", re.IGNORECASE)
OFFSET_SLACK_KM = 40.0  # a namesake this near the point a distance tells (or half the distance) is the one meant
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
             "northwest": 315}
_NEXT_CAPITAL = re.compile(r"[ \-]+[A-Z]")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’\-]+)\s+$")  # "Mitiga" in "Mitiga airport"
_LIST_GLUE = re.compile(r"\s*(?:,|and|or|, and|, or)\s+(?:the\s+)?$")
_CITY_WORD = re.compile(r"\s+(?:city|town)\b")
_SPOKEN_FROM = re.compile(r"\b(?:announced|said|spoke|speaking|declared|confirmed|tweeted|wrote)(?:\s+(?:it|this|so))?"
                          r"\s+from\s+$", re.IGNORECASE)
_ROAD_TO = re.compile(r"\b(?:road|highway|motorway|route|railway)\s+(?:\w+\s+)?(?:to|towards?)\s+$", re.IGNORECASE)
# before a town that "the town" may name later: "retook the town of Macomia", "fighting in Jurm"
_VILLAGE_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?village\b", re.IGNORECASE)
_VILLAGE_BEFORE = re.compile(r"\bvillage\s+(?:of\s+)?$", re.IGNORECASE)
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|outside|into|inside|across|around|through|outskirts of|edge of|town of|"
                          r"(?:pulled|pulls|pulling|withdrew|withdrawn|moved|driven|drove|pushed|forced)"
                          r"(?: \w+){0,3}? out of|"
                          r"village of|city of|"
                          r"retook|recaptured|captured|seized|overran|took|entered|reached|stormed|attacked|raided|hit|"
                          r"retaken|taken|overrun|shelled|bombed|besieged|surrounded|encircled|"
                          r"took control of|taken control of|seized control of)\s+"
                          r"(?:(?:occupied|besieged|embattled|neighbouring|neighboring|nearby|rebel-held|"
                          r"government-held|frontline|front-line)\s+)?$", re.IGNORECASE)
_HOSPITAL_TOWN = re.compile(r"\b(?:hospitals?|clinics?|morgue|mortuary)\s+in\s+$", re.IGNORECASE)
# a town named as the seat of those who rule it: "The Salamiyah area administration", "Kidal's municipal council"
_AUTHORITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:area|district|municipal|city|town|local|regional)\s+)?"
                              r"(?:administration|authorities|council|municipality|governorate|mayor|governor|"
                              r"prefecture|prefect)\b", re.IGNORECASE)
_CAPITAL_OF = re.compile(r"['’]s capital\b")
# "Botswana's second city": the story's city, when it lies in that country
_CITY_OF = re.compile(r"['’]s (?:second|third|largest|biggest|second[- ]largest|main|commercial|economic|industrial|"
                      r"northern|southern|eastern|western|central) (?:city|town|port)\b")


@dataclass(frozen=True)
class GeoContext:
    """The resolved place mentions of one text, and the places the text is about."""

    mentions: tuple[ResolvedMention, ...]
    focus_city: Place | None
    focus_country: Place | None
    countries: tuple[str, ...]


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    possessive: bool = False
    modifier: bool = False

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def particle_name(self) -> bool:
        """A name opening with an Arabic article: "al-Mayadin" ("-" first: most words have none)."""
        return "-" in self.text and _PARTICLE_NAME.match(self.text) is not None

    @property
    def particle(self) -> bool:
        """An article or patronymic joined to a name: "ez-Zor" of "Deir ez-Zor", "bin-Laden"."""
        return "-" in self.text and _PARTICLE.match(self.text) is not None


class Geoparser:
    """Finds and resolves place mentions with the offline gazetteers."""

    def __init__(self, world: WorldGazetteer, landmarks: LandmarkGazetteer, online: Geocoder | None = None) -> None:
        self.world = world
        self.landmarks = landmarks
        self.online = online
        generic = sorted({p for ps in LANDMARK_PHRASES.values() for p in ps}
                         | {a.lower() for a in landmarks.aliases() if a.islower()}, key=len, reverse=True)
        proper = sorted({a for a in landmarks.aliases() if not a.islower()}, key=len, reverse=True)
        self._generic = re.compile(r"\b(?:(?:the|The)\s+)?(" + _trie_pattern(generic) + r")\b", re.IGNORECASE)
        self._proper = re.compile(r"\b(" + _trie_pattern(proper) + r")\b") if proper else None
        self._anaphor = re.compile(r"\b(?:the|The) (" + "|".join(_ANAPHOR_KINDS) + r")\b")
        self._kind = {p: k for k, ps in LANDMARK_PHRASES.items() for p in ps}

    # ---- finding ------------------------------------------------------------------------
    def find_mentions(self, text: str, home: str | None = None) -> list[PlaceMention]:
        """Toponym, landmark and anaphor mentions, sorted by offset, never overlapping."""
        found: list[PlaceMention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        def add(m: PlaceMention) -> None:
            if free(m.start, m.end):
                found.append(m)
                taken.append((m.start, m.end))

        if self._proper:
            for m in self._proper.finditer(text):
                if _SETTLEMENT_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)):
                    continue  # "the town of Rada" in Yemen: a town, not Kyiv's parliament
                add(PlaceMention(m.group(1), m.start(1), m.end(1), "landmark"))
        for m in self._generic.finditer(text):
            if m.group(1)[:1].isupper() and _NEXT_CAPITAL.match(text, m.end(1)):
                continue  # "Port Harcourt", "Airport Road": a name, not "the port"
            if text.startswith("-", m.end(1)) or text[max(0, m.start(1) - 1):m.start(1)] == "-":
                continue  # "Port-au-Prince", "Port-Gentil": part of a hyphenated name
            if m.group(1)[:1].isupper() \
                    and (before := _WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))) is not None \
                    and before.group(1)[:1].isupper() \
                    and self.world.has_name(normalize(f"{before.group(1)} {m.group(1)}")):
                continue  # "Old Harbour", a town of Jamaica: a name, not "the harbour"
            add(PlaceMention(m.group(1), m.start(1), m.end(1), "landmark"))
        for mention in self._toponyms(text, home):
            add(mention)
        for m in _PLACE_ANAPHOR.finditer(text):
            add(PlaceMention(m.group(0), m.start(), m.end(), "anaphor"))
        for m in _HERE.finditer(text):
            add(PlaceMention(m.group(1), m.start(1), m.end(1), "anaphor"))
        for m in self._anaphor.finditer(text):
            add(PlaceMention(m.group(0), m.start(), m.end(), "anaphor"))
        return sorted(found, key=lambda m: m.start)

    def _tokens(self, text: str) -> list[_Token]:
        tokens = []
        for m in _WORD.finditer(text):
            word, (start, end) = m.group(), m.span()
            if "-" not in word and word[-1] not in "s'’":
                tokens.append(_Token(word, start, end))  # (most words: nothing to cut off)
                continue
            tok = _Token(word, start, end)
            if word.endswith(("'s", "’s")) and word[:-2] != "People" \
                    and not ((after := _NEXT_WORD.match(text, m.end()))
                             and self.world.has_name(normalize(f"{word} {after.group(1)}"))):
                # (not "People's Republic of China", nor "Moi's Bridge", a town)
                tok = _Token(word[:-2], start, m.end() - 2, possessive=True)
            elif word.endswith(("s'", "s’")) and word[:1].isupper():
                tok = _Token(word[:-1], start, m.end() - 1, possessive=True)
            if "-" in tok.text and not self.world.has_name(normalize(tok.text)):
                head, _, tail = tok.text.rpartition("-")
                if tail.lower() in _MODIFIER_SUFFIXES:
                    tok = _Token(head, start, start + len(head), modifier=True)
            tokens.append(tok)
        return tokens

    def _split_at_and(self, text: str, run: list[_Token]) -> list[list[_Token]]:
        """A run joined by "and" stays whole only where a name spans the "and" ("Trinidad and Tobago", "Bosnia and
        Herzegovina"); "Russia and Ukraine" is two runs."""
        parts: list[list[_Token]] = []
        start = 0
        for k, tok in enumerate(run):
            if tok.text != "and":
                continue
            spans = ((i, j) for i in range(max(start, k - MAX_RUN + 1), k)
                     for j in range(k + 2, min(len(run), i + MAX_RUN) + 1))
            if not any(run[i].capitalised and run[j - 1].capitalised
                       and self.world.has_name(normalize(text[run[i].start:run[j - 1].end])) for i, j in spans):
                parts.append(run[start:k])
                start = k + 1
        parts.append(run[start:])
        return [p for p in (_trim(p) for p in parts) if p]

    def _titled_place(self, text: str, run: list[_Token], home: str | None = None) -> bool:
        """Whether a run opening with a title is a place's name: "Imam Sahib", "Saint Petersburg", "Prince Edward
        Island", "General Santos", "DR Congo" (a known name of more than a person's two words, a large city or a
        country, or the dateline's town, ``home``); not "Prince William" or "Prince George", more often the royals."""
        k = next((k for k in range(len(run), 1, -1)  # (the name's own words: "Prince George" of "in Prince George
                  if self.world.has_name(normalize(text[run[0].start:run[k - 1].end]))), 0)  # on Wednesday")
        if not k:
            return False
        run = run[:k]
        key = normalize(text[run[0].start:run[-1].end])
        title = run[0].text.lower().rstrip(".")
        if title in _TITLES_IN_NAMES or len(run) > 2 or title == "saint" or key == home:  # (the dateline's town:
            # "marched to the Prince George detachment" in a story from Prince George)
            return True
        if _WHERE_BEFORE.search(text, max(0, run[0].start - 30), run[0].start) and not run[-1].possessive:
            return True  # ("In General Mosconi, about 9 kilometers to the south": a town, as "in" tells)
        return any(p.precision == "country" or (p.precision == "city" and p.population >= TITLED_CITY_POPULATION)
                   for p in self.world.candidates(key))  # ("DR Congo")

    def _name_opener(self, text: str, run: list[_Token]) -> bool:
        """Whether a run's first word, one that opens sentences ("An", "In"), is capitalised inside a sentence as the
        start of a known name: "near An Khê town", "An Nhơn" (not "The" of "The Hague" at a sentence's start)."""
        return not _sentence_initial(text, run[0].start) and any(
            self.world.has_name(normalize(text[run[0].start:run[k].end])) for k in range(1, min(len(run), MAX_RUN)))

    def _toponyms(self, text: str, home: str | None = None) -> list[PlaceMention]:
        tokens = self._tokens(text)
        mentions: list[PlaceMention] = []
        for run in (part for whole in _runs(text, tokens) for part in self._split_at_and(text, whole)):
            while len(run) > 1 and run[0].text.lower() in _LEADING and not self._name_opener(text, run):
                run = run[1:]
            while len(run) > 2 and run[1].text == "of" and _sentence_initial(text, run[0].start) \
                    and _zipf(run[0].text.lower()) >= COMMON_WORD_ZIPF:
                run = run[2:]  # "Residents of Cabimas": a word that opens the sentence, not a part of the name
            if len(run) > 2 and run[0].text.lower() in _TITLES and run[1].text == "of":
                run = run[2:]  # "Mayor of Kyiv"
            if run[0].text.lower().rstrip(".") in _TITLES | _STREET_WORDS and not self._titled_place(text, run, home):
                continue  # ("President Ruto", "Prince William", "Street"; not "Imam Sahib", a town)
            i = 0
            while i < len(run):
                for j in range(min(len(run), i + MAX_RUN), i, -1):
                    first, last = run[i], run[j - 1]
                    if not ((first.capitalised or first.particle_name) and (last.capitalised or last.particle_name)):
                        continue  # ("Bir al-Abd", "Ras al-Ain": a particle joined to a name ends one)
                    if j < len(run) and run[j].particle:
                        continue  # "Bab" of "Bab al-Tabbaneh": the name goes on
                    if (j + 1 < len(run) and run[j].text in _ROMANCE_JOINERS and run[j + 1].capitalised) \
                            or (i > 0 and run[i - 1].text in _ROMANCE_JOINERS | _ROMANCE_ARTICLES):
                        continue  # "Barra do Ceará", a part of Fortaleza the gazetteer lacks: not Barra, Bahia
                    surface = text[first.start:last.end]
                    places = self.world.candidates(surface)
                    whole = j - i == len(run) or (all(_follower(t) for t in run[:i])
                                                  and j < len(run) and _follower(run[j])) \
                        or (i == 0 and j < len(run) and run[j].text.lower() in _FACILITY_WORDS
                            and _named_alone(text, surface, first.start)) \
                        or (j == len(run) and i > 0 and all(_follower(t) for t in run[:i])
                            and run[i - 1].text.lower().rstrip(".") not in _TITLES) \
                        or (j == len(run) and all(t.text.lower() in _COMPASS for t in run[:i])) \
                        or (j - i >= 2 and run[j - 1].text.lower() in _ADMIN_WORDS
                            and all(_follower(t) for t in run[:i])) \
                        or ((j == len(run) or not run[j].capitalised) and i >= 2 and run[i - 1].text == "of"
                            and run[i - 2].text not in _WATER_AND_LAND and bool(places)
                            and places[0].precision in ("country", "region") and bool(mentions)
                            and mentions[-1].end == run[i - 2].end)  # North Mitrovica; the Highlands of Vietnam;
                    # "Police Station Sarai Naurang" (a facility word before the name, not a title: "Mayor Adams")
                    if places and self._plausible(surface, places, text, first.start, whole=whole):
                        mentions.append(PlaceMention(surface, first.start, last.end, "toponym",
                                                     modifier=last.modifier))
                        i = j
                        break
                else:
                    i += 1
        return mentions

    def _plausible(self, surface: str, places: list[Place], text: str, start: int, *, whole: bool) -> bool:
        """Reject common words, acronyms and fragments of longer names taken for places."""
        best = places[0]
        if text.startswith("$", start + len(surface)):
            return False  # "a ransom of US$20 000": a currency
        if best.precision == "city" and _FEATURE_OF.search(text, max(0, start - 30), start):
            return False  # "in the foothills of the Andes": mountains, not Andes, Colombia
        big = best.precision in ("country", "region") or any(  # (or the city that bears its region's name: "Mary")
            p.precision == "region" and (p.country, p.admin1) == (best.country, best.admin1)
            and normalize(p.name) == normalize(best.name) for p in places[1:3])
        if surface.isupper() and len(surface.replace(".", "")) <= 4:
            return best.precision == "country" or surface in REGION_ABBREVIATIONS  # (not "AU", "IT": acronyms)
        if " " not in surface and not _CAPITAL_AFTER_HYPHEN.search(surface) \
                and not _LOCATED_AFTER.match(text, start + len(surface)) \
                and not _NEAR_BEFORE.search(text, max(0, start - 16), start) \
                and _zipf(surface.lower()) >= COMMON_WORD_ZIPF:  # (not "Ye-U": no word is written so; nor "In San,
            # about 150 km east of Ségou": a town placed by its distance from another)
            initial = _sentence_initial(text, start)
            if not (big or best.population >= 1_000_000 or (best.population >= 200_000 and not initial)):
                return False
        if _STREET_AFTER.match(text, start + len(surface)):
            return False  # "Kaplan Street", "Baghdad Street" (in Damascus): a street's name, not the place
        if " " in surface and _STREET_AFTER.fullmatch(" " + surface.rsplit(" ", 1)[1]) and best.precision == "city" \
                and best.population < FACILITY_NAME_POPULATION \
                and _ALONG_ROAD.search(text, max(0, start - 12), start):
            return False  # "Shop owners along Plank Road": a road, though a hamlet bears the name (not "in Abu Road")
        if _FACILITY_AFTER.match(text, start + len(surface)):
            return False  # "the Semanggi interchange", "the Rueso market": a place's name for something else
        if _NAMED_FACILITY_AFTER.match(text, start + len(surface)) and best.precision == "city" \
                and best.population < FACILITY_NAME_POPULATION:
            return False  # "Cumhuriyet Square" in Kayseri: a square's name, not the village of Cumhuriyet
        # a fragment of a longer capitalised name ("Galle" of "Galle Face Green", "Central" of
        # "Central Asian", "Jordan" of "Jordan Peterson") is not a place of its own
        return whole

    # ---- resolving ----------------------------------------------------------------------
    def parse(self, text: str, *, dateline_place: str | None = None) -> GeoContext:
        """Find the mentions of ``text`` and resolve each to a place where the text allows."""
        mentions = self.find_mentions(text, normalize(dateline_place.split(",")[0]) if dateline_place else None)
        # a nickname is no place: 'known by the nickname "El Toro"'
        mentions = [m for m in mentions if not (m.kind == "toponym" and _NICKNAME.search(text, max(0, m.start - 40),
                                                                                         m.start))]
        # nor is a thing named after one: "a Molotov cocktail" (Molotov was Perm's name)
        mentions = [m for m in mentions if not (m.kind == "toponym" and _THING_AFTER.match(text, m.end))]
        toponyms = [m for m in mentions if m.kind == "toponym"]
        by_name: dict[str, list[PlaceMention]] = {}
        for m in toponyms:
            by_name.setdefault(normalize(m.text), []).append(m)
        candidates = {key: self.world.candidates(ms[0].text) for key, ms in by_name.items()}
        countries, weak = self._country_evidence(text, by_name, candidates, dateline_place)
        if countries:  # "Le Mont-Dore" in a New Caledonian story: the gazetteer's "Mont-Dore" there
            for key in by_name:
                bare = _ARTICLE.sub("", key)
                if bare != key and all(c.country != countries[0] for c in candidates[key]):
                    candidates[key] = [c for c in self.world.candidates(bare) if c.country == countries[0]] \
                        + candidates[key]
        if countries:  # "across Western Province" in a Zambian story: Zambia's "Western", named with its unit word
            for key, ms in by_name.items():
                unit = _UNIT_WORD_END.search(ms[0].text)
                if unit is not None and not any(c.country == countries[0] for c in candidates[key]):
                    candidates[key] = [c for c in self.world.candidates(ms[0].text[:unit.start()])
                                       if c.country == countries[0] and c.precision == "region"] + candidates[key]
        # "Hodeidah" (Al Ḩudaydah), "Sheikh Zuweid": in a story of such a country (first or second named:
        # a Gaza story names Israel often)
        guessed_keys: set[str] = set()
        for spelled in [code for code in countries[:2] if code in TRANSLITERATED]:  # (each of the two: a Gaza story
            guessed = self._spelled_otherwise(text, mentions, spelled)  # names Israel first)
            for m, found in guessed:
                by_name[normalize(m.text)] = [m]
                candidates[normalize(m.text)] = found
                guessed_keys.add(normalize(m.text))
            if guessed:
                mentions = sorted([*mentions, *(m for m, _ in guessed)], key=lambda x: x.start)
        if countries:  # "the main market in Ann" in a Burmese story: a town of the story's country named like a
            # common word, told as a place
            for m, found in self._common_word_towns(text, mentions, countries[0]):
                key = normalize(m.text)  # (every mention of it: "apprehended in David, ... deployed in David")
                by_name[key] = [*by_name.get(key, []), m] if key in candidates else [m]
                candidates[key] = found
                mentions = sorted([*mentions, m], key=lambda x: x.start)
        # a county or district counts only where its country is in the text ("the Central Highlands" of a
        # Vietnamese story are not Queensland's), and so does any place named by compass words only ("the West Zone
        # of Manaus" is not Cameroon's West, nor "Central region" a town in Louisiana)
        named = {key: found[0].country for key, found in candidates.items()
                 if found and found[0].precision in ("country", "region") and not is_bearing(key)}  # ("Surrey,
        # England": England's; not "the West Zone" and "the East Zone" of Manaus vouching for each other)
        candidates = {key: [c for c in found if not (c.place_id.startswith("admin2:") or is_bearing(key))
                            or c.country in countries
                            or any(code == c.country for other, code in named.items() if other != key)]
                      for key, found in candidates.items()}
        # an alternate name of a town ("Hamas" for Hamm) counts only where its country is in the text
        # (and a small one's only where its country is one of the two the text is most about: "Taliban", a name
        # of Bozhüyük, is no Turkish town in a Khost story that ends with talks "mediated by Qatar and Turkey")
        for key, ms in by_name.items():  # ("in Boten": Ban Botèn of the story's Laos, not Boteni in Romania)
            if _alternate_only(key, candidates.get(key, [])):
                candidates[key] = [c for c in candidates[key] if c.country in (
                    countries if c.population >= STRAY_POPULATION
                    or any(_REGION_WORD.match(text, m.end) for m in ms)  # ("in Saada governorate": a unit named
                    else countries[:2])]  # as one, of any country the text names)
        by_name = {key: ms for key, ms in by_name.items() if candidates.get(key)}
        qualifiers = _qualifiers(sorted([*toponyms, *(m for key in guessed_keys for m in by_name.get(key, []))],
                                        key=lambda x: x.start), text)

        picks: dict[str, Place] = {}
        # the dateline's "Tillabéri" is the town (the region of that name is the town's)
        dateline_city = normalize(dateline_place.split(",")[0]) if dateline_place else None
        for _ in range(2):  # one sense per name and article; the second pass knows where the others are
            picks = {key: self._pick(key, candidates, countries, weak, picks,
                                     [candidates[normalize(qualifiers[m].text)] for m in ms if m in qualifiers],
                                     any(_REGION_WORD.match(text, m.end)
                                         or _REGION_BEFORE.search(text, max(0, m.start - 30), m.start) for m in ms),
                                     any(_CITY_WORD.match(text, m.end) for m in ms) or key == dateline_city,
                                     dateline_city)
                     for key, ms in by_name.items()}
        qualified_as: dict[PlaceMention, Place] = {}
        for m, q in qualifiers.items():  # "Atlanta, Georgia": the state Atlanta is in, not the country
            city, key = picks.get(normalize(m.text)), normalize(q.text)
            region = next((c for c in candidates.get(key, []) if city is not None and city.precision == "city"
                           and c.precision == "region" and (c.country, c.admin1) == (city.country, city.admin1)),
                          None)
            if region is not None and picks.get(key) is not None and picks[key].precision == "city" \
                    and (picks[key].country, picks[key].admin1) == (region.country, region.admin1):
                qualified_as[q] = region  # "near Ijara in Garissa County": that mention is the county; "Garissa
                # town", the dateline's Garissa, stay the town
            elif region is not None:
                picks[key] = region
            elif city is not None and picks.get(key) is not None and picks[key].country != city.country:
                country = next((c for c in candidates.get(key, []) if c.precision == "country"
                                and c.country == city.country), None)
                if country is not None:  # "Tbilisi, Georgia" is the country though "Atlanta, Georgia" is the state
                    qualified_as[q] = country
        sentences = split_sentences(text)
        if countries:  # "Garda" (the Irish police) is not Garda, Italy; "Parnell Square" is not Parnell, NZ
            by_name = {key: ms for key, ms in by_name.items() if not _stray(picks[key], countries)
                       and not (picks[key].precision == "city" and picks[key].country not in countries
                                and any(_SUBDIVISION_AFTER.match(text, m.end) for m in ms))}
            # (nor is "Kani township" in a Burmese story Kani, Japan: a district of the story's country the
            # gazetteer lacks)
            # "the hillside district of Altamira" in a Cuban story is a part of a Cuban town, not Altamira, Brazil
            by_name = {key: ms for key, ms in by_name.items() if picks[key].country == countries[0]
                       or not any(_QUARTER_BEFORE.search(text, max(0, m.start - 30), m.start) for m in ms)}
            # "Further east, in Wellington" in a story from Freetown is a place near the story's, not the capital of
            # New Zealand: a town told as near the others that lies far from all of them is one the gazetteer lacks
            by_name = {key: ms for key, ms in by_name.items() if picks[key].country == countries[0]
                       or picks[key].precision != "city"
                       or not any(_NEAR_STORY_BEFORE.search(text, max(0, m.start - 40), m.start)
                                  or _NEAR_STORY_AFTER.match(text, m.end) for m in ms)
                       or any(haversine_km(picks[key].latitude, picks[key].longitude, o.latitude, o.longitude)
                              <= NEAR_STORY_KM for k, o in picks.items() if k != key and o.precision == "city")}
            # "a curfew on Limbe and Ndirande" in a story from Blantyre: parts of Blantyre the gazetteer lacks, not
            # Limbe, Cameroon: a town of a country the text does not name, far from every other town it names
            towns = {key: picks[key] for key in by_name if picks[key].precision == "city"}
            by_name = {key: ms for key, ms in by_name.items() if picks[key].country in countries
                       or picks[key].precision != "city" or picks[key].population >= FAR_STRAY_POPULATION
                       or not any(k != key for k in towns)
                       or any(haversine_km(picks[key].latitude, picks[key].longitude, o.latitude, o.longitude)
                              <= NEAR_STORY_KM for k, o in towns.items() if k != key)}
            # "in the western Guatemalan department of Totonicapán ... at the Cuatro Caminos crossroads": a small
            # town of another country, in a sentence that names a region of the story's country and nothing of
            # the town's, is a place of the story's country the gazetteer lacks (not a Mexican hamlet of that name)
            homes = [m.start for key, ms in by_name.items() for m in ms
                     if picks[key].country == countries[0] and (
                         picks[key].precision == "region" or _REGION_WORD.match(text, m.end)
                         or _REGION_BEFORE.search(text, max(0, m.start - 30), m.start))]
            if homes:
                by_name = {key: ms for key, ms in by_name.items() if not (
                    picks[key].precision == "city" and picks[key].country != countries[0]
                    and picks[key].population < STRAY_POPULATION
                    and all(_abroad_beside_home(text, m, sentences, homes, by_name, picks) for m in ms))}
        for m, q in qualifiers.items():  # "in Rangae district of Narathiwat": a guessed spelling (Rayong) that is not
            # in the region named with it is a district the gazetteer lacks
            area, key = picks.get(normalize(q.text)), normalize(m.text)
            if key in guessed_keys and key in by_name and area is not None and area.precision == "region" \
                    and (picks[key].country, picks[key].admin1) != (area.country, area.admin1):
                del by_name[key]
        for m, q in qualifiers.items():  # "San Juan, Trinidad": a town of that country the gazetteer lacks, not San
            # Juan, Puerto Rico
            country, key = picks.get(normalize(q.text)), normalize(m.text)
            if key in by_name and country is not None and country.precision == "country" \
                    and not any(c.country == country.country or c.precision == "country"
                                for c in candidates.get(key, [])):  # (not "China, Indonesia and Africa", a list)
                del by_name[key]
        home = (picks.get(dateline_city) or self._town_named(dateline_city, countries)) if dateline_city else None
        if home is not None and home.precision == "city":  # "Sabon Gari" in a Kano story: a part of Kano the
            # gazetteer lacks, not the hamlet of no known population 280 km off that has it as another name (every
            # place of the name has no known population: not Évzonoi, 765 people, nor Al-Fula, a town of 26,000)
            by_name = {key: ms for key, ms in by_name.items() if key == dateline_city
                       or any(_SETTLEMENT_BEFORE.search(text, max(0, m.start - 20), m.start) for m in ms)  # ("the
                       # village of Ak-Sai": a settlement told as one)
                       or not (_alternate_only(key, [picks[key]])
                               and (all(c.population == 0 for c in candidates[key])
                                    or (picks[key].country != home.country  # "Central Village" in a story from
                                        # Spanish Town, Jamaica: a village the gazetteer lacks, not Woburn, Mass.
                                        and all(_zipf(w) >= COMMON_WORD_ZIPF for w in key.split())))
                               and haversine_km(picks[key].latitude, picks[key].longitude, home.latitude,
                                                home.longitude) > HAMLET_KM)}
            # "the northern district of Comas" in a Lima story: a district of the city the gazetteer lacks, not the
            # village of 967 people of that name 150 km off
            by_name = {key: ms for key, ms in by_name.items() if key == dateline_city
                       or not (picks[key].precision == "city" and picks[key].population < QUARTER_VILLAGE_POPULATION
                               and any(_QUARTER_BEFORE.search(text, max(0, m.start - 30), m.start) for m in ms)
                               and haversine_km(picks[key].latitude, picks[key].longitude, home.latitude,
                                                home.longitude) > QUARTER_VILLAGE_KM)}
            # "our reporter in Havana informal settlement" of a Windhoek story: a settlement of the dateline's town
            # the gazetteer lacks, not Cuba's capital
            by_name = {key: ms for key, ms in by_name.items() if key == dateline_city
                       or picks[key].country == home.country or picks[key].precision != "city"
                       or not any(_SETTLEMENT_AFTER.match(text, m.end) for m in ms)}
        resolved_toponyms = {m: qualified_as.get(m, picks[key]) for key, ms in by_name.items() for m in ms}
        for m, p in resolved_toponyms.items():  # "across Béjaïa province" (or "the province of Marib") in a story
            # from the city of that name
            if p.precision == "city" and (_REGION_WORD.match(text, m.end)
                                          or (_PROVINCE_OF.search(text, max(0, m.start - 30), m.start)
                                              and not text.startswith(("'s", "’s"), m.end))):  # (not "the state of
                # Basra's hospitals")
                resolved_toponyms[m] = next((c for c in candidates[normalize(m.text)] if c.precision == "region"
                                             and c.country == p.country), None) or self._namesake_region(m.text, p)
        for m, p in resolved_toponyms.items():  # "In Ma'an, truck drivers staged a sit-in" and later "in Karak and
            # Ma'an governorates": the bare name is the town the province is named after
            if p.precision == "region" and not _REGION_WORD.match(text, m.end) \
                    and not _REGION_BEFORE.search(text, max(0, m.start - 30), m.start) \
                    and any(_REGION_WORD.match(text, o.end)
                            or _REGION_BEFORE.search(text, max(0, o.start - 30), o.start)
                            for o in by_name.get(normalize(m.text), ())):
                town = next((c for c in candidates[normalize(m.text)] if c.precision == "city"
                             and (c.country, c.admin1) == (p.country, p.admin1)
                             and normalize(c.name) == normalize(m.text)), None)
                if town is not None:
                    resolved_toponyms[m] = town
        # "Belize City's Southside": a part of the city, not a Southside elsewhere
        owners = {m.end: p for m, p in resolved_toponyms.items() if p.precision == "city"}
        parts = {normalize(m.text) for m, p in resolved_toponyms.items()
                 if _POSSESSIVE_GAP.fullmatch(text, max(0, m.start - 3), m.start)
                 and (owner := owners.get(m.start - 3) or owners.get(m.start - 2)) is not None
                 and haversine_km(owner.latitude, owner.longitude, p.latitude, p.longitude) > PART_OF_CITY_KM}
        # "the Bellevue district of Nantes", "the Malakoff estate in eastern Nantes": a part of that city, not a
        # Bellevue elsewhere (when the gazetteer's is far from it; not "Tak Bai district in Narathiwat")
        named_at = {m.start: m for m in resolved_toponyms}
        in_city: dict[str, Place] = {}
        wholes = {name: _whole_of_part(text, name, named_at) for name in {m.text for m in resolved_toponyms}}
        for m, p in resolved_toponyms.items():
            whole = wholes[m.text]
            city = resolved_toponyms[whole] if whole is not None and resolved_toponyms[whole].precision == "city" \
                and not (_REGION_WORD.match(text, whole.end) or _SUBDIVISION_AFTER.match(text, whole.end)) else None
            # (not "the Hays district of Hodeidah province": a district of the province)
            if city is not None and city != p \
                    and haversine_km(city.latitude, city.longitude, p.latitude, p.longitude) > PART_KM:
                in_city[normalize(m.text)] = city  # (and "through Bellevue" later in the story: in Nantes too)
        for m, p in resolved_toponyms.items():  # "In neighbouring Kherson, a drone hit a minibus in the Dniprovskyi
            # district": a district of Kherson, not the Dniprovskyi of Kyiv
            if p.precision != "city" or normalize(m.text) in in_city \
                    or text[max(0, m.start - 4):m.start].lower() != "the " or not _DISTRICT_AFTER.match(text, m.end):
                continue
            near = [w for w in resolved_toponyms if w.end <= m.start and m.start - w.end <= 150
                    and "." not in text[w.end:m.start] and resolved_toponyms[w].precision in ("city", "region")
                    and not _MOVED_TO.search(text, w.end, m.start)]  # (not "riots that started in Ampara spread to
            # the Kandy district": another place)
            if not near:
                continue
            town = resolved_toponyms[near[-1]]
            if town.precision == "region":
                town = next((c for c in candidates.get(normalize(near[-1].text), []) if c.precision == "city"
                             and c.country == town.country), town)
            if town.country == p.country and haversine_km(town.latitude, town.longitude, p.latitude,
                                                          p.longitude) > PART_KM:
                in_city[normalize(m.text)] = town
        home = picks.get(dateline_city) if dateline_city else None
        if home is not None and home.precision == "city":  # "from the Westwood neighborhood to City Hall" in a
            # story from Dayton, then "pulled over in Westwood": a part of Dayton, not a Westwood elsewhere
            for m, p in resolved_toponyms.items():
                if p.precision == "city" and p != home \
                        and haversine_km(p.latitude, p.longitude, home.latitude, home.longitude) > PART_KM \
                        and re.search(rf"\bthe\s+{re.escape(m.text)}(?:\s+[A-Z][\w'’-]+){{0,2}}\s+{_PART_WORD}\b"
                                      r"(?!\s+(?:of|in|office|offices|council|association|committee|police)\b)", text):
                    in_city[normalize(m.text)] = home
        resolved_toponyms = {m: in_city.get(normalize(m.text), p) for m, p in resolved_toponyms.items()
                             if normalize(m.text) not in parts}
        kept = [m for m in mentions if m.kind != "toponym" or m in resolved_toponyms]
        mentions = _mark_references(text, kept)
        resolved_toponyms = {new: resolved_toponyms[old] for old, new in zip(kept, mentions, strict=True)
                             if old in resolved_toponyms}

        focus_city, focus_country = self._focus(resolved_toponyms, dateline_place, countries)
        resolved: list[ResolvedMention] = []
        recent: dict[str, Place] = {}
        starts = [s for s, _ in sentences]
        breaks = [b.end() for b in _PARAGRAPH_BREAK.finditer(text)]
        sentence = paragraph = -1
        opening = False  # in the first sentence of its paragraph that names a place
        for m in mentions:
            place: Place | None
            if bisect.bisect_right(starts, m.start) != sentence:  # "the city" is one named in its own sentence,
                sentence = bisect.bisect_right(starts, m.start)  # else the one its paragraph opened with ("In
                recent.pop("_city", None)  # Blantyre, a crowd ... . Police said 38 were arrested in the city")
                recent.pop("_ruled_town", None)
                recent.pop("_town_here", None)
                recent.pop("_village", None)  # ("the village" is one its own sentence told as a village)
                opening = bisect.bisect_right(breaks, m.start) != paragraph
                if opening:
                    paragraph = bisect.bisect_right(breaks, m.start)
                    recent.pop("_topic", None)
            if m.kind == "toponym":
                place = resolved_toponyms[m]
                if place.precision == "region":
                    recent["_region"] = place
                if place.precision == "city" and not m.modifier \
                        and not _ROAD_TO.search(text, max(0, m.start - 40), m.start) \
                        and not _OFFSET.search(text, max(0, m.start - 60), m.start):  # (not "the road to Erbil",
                    # nor "60 kilometres southwest of Larissa": a reference point)
                    recent["_city"] = place
                    if _AUTHORITY_AFTER.match(text, m.end):
                        recent["_ruled_town"] = place  # "The Salamiyah area administration imposed a curfew on
                        # the town": the town those who rule it act on
                    if _TOWN_BEFORE.search(text, max(0, m.start - 30), m.start) \
                            and not _HOSPITAL_TOWN.search(text, max(0, m.start - 30), m.start):
                        recent["_town"] = recent["_town_here"] = place  # a town where things happen, not a
                        # reference point or an origin
                    if opening:
                        recent.setdefault("_topic", place)
                    if _VILLAGE_AFTER.match(text, m.end) or _VILLAGE_BEFORE.search(text, max(0, m.start - 20), m.start):
                        recent["_village"] = place  # "Ak-Sai, a Kyrgyz village ...": what "the village" names next
            elif m.kind == "landmark":
                city = self._city_for(text, m, resolved_toponyms, sentences, focus_city)
                told = [r.place for r in resolved if r.mention.kind == "anaphor" and r.place.precision == "city"
                        and starts[sentence - 1] <= r.mention.start < m.start]
                if told and not any(starts[sentence - 1] <= o.start < m.start and p.precision == "city"
                                    and not o.modifier for o, p in resolved_toponyms.items()):
                    city = told[-1]  # "In the capital, hundreds rallied in Martyrs' Square": the capital's square
                place = self._landmark(m.text, city)
                if place is not None and place.precision == "landmark" and city is not None \
                        and self._names_another(text, m, place):
                    place = city  # "Mitiga airport" is not the city's other airport: an unknown one
                if place is not None and place.precision == "landmark":
                    kind = self.landmarks.kind_of(m.text) or self._kind.get(normalize(m.text))
                    if kind:
                        recent[kind] = place
                    recent["_last"] = place
            elif text.startswith((" of ", " proper of "), m.end):
                place = None  # "Nyala, the capital of South Darfur", "the town proper of Datu Piang": a description,
                # not a place of its own
                if m.text.lower().endswith("capital") and "_city" in recent and text[:m.start].endswith(", "):
                    recent["_capital"] = recent["_city"]  # ... and later "the capital" is Nyala
            elif _NAMED_NEXT.match(text, m.end) and m.text.lower().endswith(("capital", "seat")) \
                    and m.text.lower().split()[1] in _REGION_ADJECTIVES:
                place = None  # "the provincial capital, Lashkar Gah,": the name that follows tells it
            else:
                place = self._anaphor_place(m.text, recent, focus_city, focus_country)
                measured = next((r for r in reversed(resolved) if r.mention.kind == "toponym"), None)
                if place is not None and measured is not None and measured.place == place \
                        and _OFFSET_AFTER.fullmatch(text, measured.mention.end, m.start):
                    place = next((r.place for r in reversed(resolved) if r.place.precision == "city"
                                  and r.place != place), focus_city)  # ("Qarah Bagh district, about 50 kilometres
                    # south-west of the city": another city than the one it measures)
            offset = _OFFSET.search(text, max(0, m.start - 60), m.start) if m.kind == "toponym" else None
            if offset and place is not None and place.precision in ("city", "landmark"):
                m = replace(m, modifier=True)  # Bahir Dar only measures where it happened
            if place is not None:
                resolved.append(ResolvedMention(m, place))
            if offset and place is not None and place.precision in ("city", "landmark"):
                resolved.append(ResolvedMention(
                    PlaceMention(text[offset.start():m.end], offset.start(), m.end, "anaphor"),
                    _offset_place(place, offset)))
            if m.kind == "toponym" and place is not None and place.precision == "country":
                capital_of = _CAPITAL_OF.match(text, m.end)  # "Somalia's capital"
                capital = self.world.capital(place.country) if capital_of else None
                if capital_of and capital:
                    resolved.append(ResolvedMention(
                        PlaceMention(text[m.start:capital_of.end()], m.start, capital_of.end(), "anaphor"), capital))
                city_of = _CITY_OF.match(text, m.end)  # (not the capital's: "Nigeria's largest city" in an
                # Abuja story is Lagos; nor one named next: "Ethiopia's second city, Dire Dawa")
                if city_of and focus_city is not None and focus_city.country == place.country \
                        and focus_city != self.world.capital(place.country) \
                        and not _NAMED_NEXT.match(text, city_of.end()):
                    start = city_of.start() + 3  # "second city" after "Botswana's": the country stays a mention
                    resolved.append(ResolvedMention(
                        PlaceMention(text[start:city_of.end()], start, city_of.end(), "anaphor"), focus_city))
        return GeoContext(tuple(self._placed_by_offset(text, resolved)), focus_city, focus_country, tuple(countries))

    def _placed_by_offset(self, text: str, resolved: list[ResolvedMention]) -> list[ResolvedMention]:
        """Each town told with its distance from another ("Qarah Bagh district, about 50 kilometres south-west of
        the city") as its namesake nearest that point, when one lies near it and the pick does not; the other town
        only measures, as a modifier."""
        out = list(resolved)
        for k, r in enumerate(out):
            if r.mention.kind != "toponym" or r.place.precision != "city":
                continue
            offset = _OFFSET_AFTER.match(text, r.mention.end)
            if offset is None:
                continue
            reference = min((o for o in out if 0 <= o.mention.start - offset.end() <= 40), default=None,
                            key=lambda o: o.mention.start)  # ("of the city", "of the zonal capital Debre Markos")
            if reference is None or reference.place.precision != "city":
                continue
            out[out.index(reference)] = ResolvedMention(replace(reference.mention, modifier=True), reference.place)
            # (the city only measures where the town is)
            point = _offset_place(reference.place, offset)
            near = max(OFFSET_SLACK_KM, _offset_km(offset) / 2)
            off = functools.partial(_km_from, point)
            best = min(self.world.candidates(r.mention.text), key=off, default=None)
            if best is not None and off(best) <= near < off(r.place):
                out[k] = ResolvedMention(r.mention, best)  # (the Qarah Bagh of Ghazni, not Herat's larger one)
        return out

    def _spelled_otherwise(self, text: str, mentions: list[PlaceMention],
                           country: str) -> list[tuple[PlaceMention, list[Place]]]:
        """Unknown names after "in", "near", "town of"... that match a town or region of ``country``
        by their consonants (:func:`skeleton`), with the places they match."""
        out: list[tuple[PlaceMention, list[Place]]] = []
        for start, end, surface, key in _free_locative_names(text, mentions):
            known = self.world.has_name(key) and any(p.country == country for p in self.world.candidates(surface))
            if known or any(_zipf(w) >= COMMON_WORD_ZIPF or w in _GIVEN_NAMES for w in key.split()
                            if w not in ARABIC_ARTICLES):  # ("Kafr el-Dawwar": "el" is no common word here)
                continue
            found = self.world.by_skeleton(surface, country)
            if found:  # the likeliest spelling only
                out.append((PlaceMention(surface, start, end, "toponym"), found[:1]))
        return out

    def _common_word_towns(self, text: str, mentions: list[PlaceMention],
                           country: str) -> list[tuple[PlaceMention, list[Place]]]:
        """One-word names after "in", "near", "town of"... that are common words ("Ann", "Bar", "Goes") and
        the name of a town of ``country`` of at least COMMON_WORD_TOWN_POPULATION people, with that town."""
        out: list[tuple[PlaceMention, list[Place]]] = []
        for start, end, surface, key in _free_locative_names(text, mentions):
            if " " in key or "-" in key or _zipf(key) < COMMON_WORD_ZIPF or key in _CALENDAR_WORDS:
                continue
            towns = [c for c in self.world.candidates(surface) if c.country == country and c.precision == "city"
                     and normalize(c.name) == key and c.population >= COMMON_WORD_TOWN_POPULATION]
            if towns:
                out.append((PlaceMention(surface, start, end, "toponym"), towns[:1]))
        return out

    def _country_evidence(self, text: str, by_name: dict[str, list[PlaceMention]],
                          candidates: dict[str, list[Place]], dateline_place: str | None) -> tuple[list[str], bool]:
        """Countries the text names, by weight: country names, unambiguous cities, adjectives
        ("Lebanese"), the dateline. A village that is the only place of its name anywhere ("Cosa",
        a neighbourhood of Conakry and a village of 98 in Spain) is evidence only where nothing else is,
        and then weak evidence (the second value): "David Biggs" is no reason to put England in Arkansas."""
        counts: Counter[str] = Counter()
        small: Counter[str] = Counter()
        for key, ms in by_name.items():
            places = candidates[key]
            weight = sum(not m.modifier for m in ms)
            if not places or not weight or _alternate_only(key, places):
                continue
            if places[0].precision == "country" and (normalize(places[0].name) == key or not any(
                    p.precision == "city" and normalize(p.name) == key and p.population >= 20_000 for p in places)):
                # (not "Níjar", a town of 26,000 in Spain and an Arabic name of Niger; but "Burma", "UK")
                counts[places[0].country] += 2 * weight
            elif len({p.country for p in places}) == 1 and places[0].country:
                (counts if places[0].population >= STRAY_POPULATION else small)[places[0].country] += weight
        for m in re.finditer(r"\b[A-Z][a-z]+(?:ian|ean|an|ese|i|ish|ic|ch|k|n)?\b", text):
            code = self.world.demonym_country(m.group())
            if code:
                counts[code] += 1
        if dateline_place:
            for part in dateline_place.split(","):
                code = self.world.country_of_name(part.strip())
                if code:
                    counts[code] += 3
        weak = not counts
        counts.update(small if not counts else {c: n for c, n in small.items() if c in counts})
        return [c for c, _ in counts.most_common()], weak

    def _names_another(self, text: str, m: PlaceMention, place: Place) -> bool:
        """Whether a proper name right before a landmark phrase ("Mitiga airport") names a
        landmark other than ``place`` (not a place name, a title or a sentence's first word)."""
        named = _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
        if not named:
            return False
        word = re.sub(r"['’]s?$", "", named.group(1))
        key = normalize(word)
        return not (key in _LEADING or key in _TITLES or self.world.has_name(key) or key in normalize(place.name))

    def _pick(self, key: str, candidates: dict[str, list[Place]], countries: list[str], weak: bool,
              picks: dict[str, Place], qualifiers: list[list[Place]], region_word: bool, city_word: bool,
              home_key: str | None = None) -> Place:
        """The best candidate for the name ``key``, given the places picked for the other names (and the
        dateline's town, the pick of ``home_key``). A town near the dateline's counts as local only in the
        dateline's country and when no city of 100,000 or more of that name lies in another country the text
        names ("flown in from Paris" in a Toronto story that names France is not Paris, Ontario) and none of
        that name is the country's capital."""
        others = [p for k, p in picks.items() if k != key]
        home = picks.get(home_key) if home_key is not None and home_key != key else None
        if home is not None and any(c.country != home.country and c.country in countries
                                    and c.population >= STRAY_POPULATION for c in candidates[key]):
            home = None
        if home is not None and any(c == self.world.capital(home.country) for c in candidates[key]):
            home = None  # "said in Washington" in a story from Dayton: the capital, not a town near Dayton
        # (of the towns of that name near the dateline's, the nearest: the La Democracia 57 km from Huehuetenango,
        # not the larger one 133 km off in Escuintla)
        nearest = min((c for c in candidates[key] if c.precision == "city" and c.country == home.country
                       and (normalize(c.name) + " ").startswith(key + " ")),  # (by its own name: not Minlagas, once
                      # called San Luis)
                      key=lambda c: haversine_km(c.latitude, c.longitude, home.latitude, home.longitude),
                      default=None) if home is not None else None
        found = candidates[key]
        if any(c.precision == "city" and normalize(c.name) == key and c.country in countries[:2] for c in found):
            found = [c for c in found if not (c.precision == "country" and normalize(c.name) != key
                                              and c.country not in countries)]  # ("near Níjar" in a Spanish story:
            # the town, not Niger, whose Arabic name it shares)
        return max(found, key=lambda c: self._score(c, key, countries, others, qualifiers, region_word,
                                                    city_word, weak, home if c == nearest else None))

    def _score(self, c: Place, key: str, countries: list[str], others: list[Place],
               qualifiers: list[list[Place]], region_word: bool = False, city_word: bool = False,
               weak: bool = False, home: Place | None = None) -> float:
        """How likely ``c`` is the place a name refers to: population, the countries the text
        names, a qualifier ("Tripoli, Lebanon"), nearness to the text's other places and, for a
        small town of the country of ``home`` (the dateline's town), nearness to it."""
        s = math.log10(c.population + 10 if c.population or c.precision != "city" or normalize(c.name) != key
                       else UNKNOWN_POPULATION)  # ("São Gonçalo", a million people, has none recorded: a town of
        # its very name with no count is no hamlet for that alone)
        if c.precision == "country":
            s += 4
        elif c.precision == "region":
            s -= 1.5
        if region_word:
            s += 3 if c.precision == "region" else 0  # "the Sagaing region", "Zamfara state"
        if city_word:
            s += 3 if c.precision == "city" else 0  # "Idlib city"
        if c.precision != "country" and normalize(c.name) != key \
                and not (c.precision == "region" and normalize(short_region_name(c.name)) == key) \
                and not (c.country in TRANSLITERATED and abs(len(normalize(c.name)) - len(key)) <= 1
                         and skeleton(normalize(c.name)) == skeleton(key)
                         and spelled_alike(c.name, key)):
            s -= 1.0  # known by another name: "Sinaloa" is the state, not Sinaloa de Leyva (but "Basra" is Basrah,
            # the city, transliterated another way)
        if c.country in countries:
            s += 1 if weak else 3 if c.country == countries[0] else 2
        for q in qualifiers:
            if any(p.precision == "country" and p.country == c.country for p in q):
                s += 10
            if any(p.precision == "region" and (p.country, p.admin1) == (c.country, c.admin1) for p in q):
                s += 12
            elif c.precision == "city" and not any(p.precision in ("country", "region") for p in q) \
                    and any(p.precision == "city" and p.country == c.country for p in q):
                s += 8 if any(p.admin1 == c.admin1 for p in q if p.precision == "city") else 5  # ("near Hays, in
                # the south of Hodeida province": the Hays of Hodeida's country and province)
        if c.precision == "city" and others:
            d = min(haversine_km(c.latitude, c.longitude, o.latitude, o.longitude) for o in others)
            s += 1.5 if d < 300 else 0.5 if d < 1000 else 0
            if home is not None and not region_word and c.population < STRAY_POPULATION \
                    and (normalize(c.name) + " ").startswith(key + " ") \
                    and c.country == home.country and haversine_km(
                    c.latitude, c.longitude, home.latitude, home.longitude) < HOME_KM:
                s += 2.5  # near the dateline's town: the Buenavista (Tomatlán) 28 km from Apatzingán, not the one of
                # 200,000 beside Mexico City (by its own name or its first words: not Piqua, Ohio, once Washington)
                s += 1.0 if c.admin1 and c.admin1 == home.admin1 else 0.0  # (and in its province)
        if c.precision == "region" and c.country:  # "Oregon" among "Idaho, Montana and Nevada": the state
            s += 1.5 * min(4, sum(o.precision == "region" and o.country == c.country for o in others))
        return s

    def _namesake_region(self, name: str, city: Place) -> Place:
        """The region a city gives its name to, spelled another way ("Khost province": Khowst, the province of
        the city of Khōst), else the city."""
        region = self.world.region(city.country, city.admin1) if city.admin1 else None
        if region is None or not spelled_alike(name, short_region_name(region.name)):
            return city
        return region

    def _town_named(self, name: str, countries: list[str]) -> Place | None:
        """The gazetteer's first town of ``name`` in the text's first country (any country if none): the dateline's
        town when the text names it no other way."""
        return next((p for p in self.world.candidates(name) if p.precision == "city"
                     and (not countries or p.country == countries[0])), None)

    def _focus(self, picks: dict[PlaceMention, Place], dateline_place: str | None,
               countries: list[str]) -> tuple[Place | None, Place | None]:
        cities = [p for m, p in picks.items() if p.precision == "city" and not m.modifier]
        focus_city = None
        if dateline_place:
            head = dateline_place.split(",")[0].strip()
            focus_city = next((p for p in cities if normalize(p.name) == normalize(head)), None)
            if focus_city is None:
                focus_city = self._town_named(head, countries)
        if focus_city is None and cities:
            counts = Counter(p.place_id for p in cities)
            best = counts.most_common(1)[0][0]
            focus_city = next(p for p in cities if p.place_id == best)
        code = focus_city.country if focus_city else (countries[0] if countries else None)
        return focus_city, self.world.country(code) if code else None

    def _city_for(self, text: str, m: PlaceMention, picks: dict[PlaceMention, Place], sentences: list[tuple[int, int]],
                  focus_city: Place | None) -> Place | None:
        """The city a landmark phrase is in: the city right after it ("the town hall in Mostar"),
        else the nearest city named before it in its sentence ("In Zenica, steelworkers marched to
        the town hall on Thursday, and in Mostar ..."), else the nearest after; else the article's
        city, unless the sentence names a region or country that the city is not in. "city hall there" is
        in the town named last before its sentence."""
        sent = next(((s, e) for s, e in sentences if s <= m.start < e), (m.start, m.end))
        if _THERE_AFTER.match(text, m.end):  # "held a vigil outside city hall there": the town told last before it
            before = [(o.start, p) for o, p in picks.items() if o.start < sent[0] and not o.modifier
                      and p.precision == "city" and _located(text, o.start, p)]  # (not "a city just north of
            # Salvador": a reference point)
            if before:
                return max(before, key=lambda t: t[0])[1]
        in_sentence = [(o.start - m.start, p) for o, p in picks.items()
                       if sent[0] <= o.start < sent[1] and not o.modifier
                       and not _filed_from(text, o)]  # (not the dateline's "ZHEZKAZGAN, Kazakhstan, Jan 22 (Reuters)
        # - ...": where the story was filed)
        cities = [t for t in in_sentence if t[1].precision == "city"
                  and not _SPOKEN_FROM.search(text, max(0, m.start + t[0] - 30), m.start + t[0])]  # (not "announced
        # it from Santo Domingo": where a teller spoke)
        located = [t for t in cities if _located(text, m.start + t[0], t[1])]
        cities = located or cities
        if cities:
            right_after = [t for t in cities if t[0] > 0 and _CITY_AFTER.fullmatch(text, m.end, m.start + t[0])]
            before = [t for t in cities if t[0] < 0]
            if right_after:
                return right_after[0][1]
            return max(before, key=lambda t: t[0])[1] if before else min(cities, key=lambda t: abs(t[0]))[1]
        if focus_city is None:
            return None
        elsewhere = any((p.precision == "region" and (p.country, p.admin1) != (focus_city.country, focus_city.admin1))
                        or (p.precision == "country" and p.country != focus_city.country) for _, p in in_sentence)
        if elsewhere:
            return None
        filed = min((o for o in picks if _filed_from(text, o) and o.start < sent[0]), key=lambda o: o.start,
                    default=None)
        lead = next(((s, e) for s, e in sentences if filed is not None and s <= filed.start < e), None)
        dash = _DATELINE_DASH.search(text, filed.end, filed.end + 80) if filed is not None else None
        told = {p for o, p in picks.items() if lead is not None and lead[0] <= o.start < lead[1] and not o.modifier
                and p.precision == "city" and _located(text, o.start, p) and not _filed_from(text, o)
                and (dash is None or o.start >= dash.end())}  # (not the dateline's "DANLÍ, El Paraíso.–")
        if len(told) == 1 and focus_city not in told and text[max(0, m.start - 4):m.start].lower() in ("the ", " or "):
            # ("the akimat", and the gloss after it: "the akimat, or mayor's office")
            return told.pop()  # "ZHEZKAZGAN, Kazakhstan, Jan 22 (Reuters) - ... striking copper miners stormed a local
            # government building ... in the town of Satpayev ... ¶ ... the crowd had set fire to two police cars
            # outside the akimat": the town the lead tells of, not the one the story was filed from
        return focus_city

    def _landmark(self, phrase: str, city: Place | None) -> Place | None:
        if city is None:
            return None
        found = self.landmarks.find(phrase, city, same_city=lambda name: any(
            p.place_id == city.place_id for p in self.world.candidates(name)))
        if found is None and self.online is not None:
            found = self._online_landmark(phrase, city)
        return found if found is not None else city

    def _online_landmark(self, phrase: str, city: Place) -> Place | None:
        """Ask the online geocoder for "phrase, city"; keep the answer only if it lies in the city."""
        country = self.world.country(city.country)
        query = ", ".join(x for x in (phrase, city.name, country.name if country else "") if x)
        loc = self.online.geocode(query, exactly_one=True) if self.online else None
        if loc is None or haversine_km(loc.latitude, loc.longitude, city.latitude, city.longitude) > CITY_RADIUS_KM:
            return None
        return Place(name=f"{phrase}, {city.name}", latitude=loc.latitude, longitude=loc.longitude,
                     precision="landmark", country=city.country, timezone=city.timezone, source="online",
                     place_id=f"online:{normalize(loc.address)}", population=city.population,
                     admin1=city.admin1, city=city.name)

    def _anaphor_place(self, phrase: str, recent: dict[str, Place], focus_city: Place | None,
                       focus_country: Place | None) -> Place | None:
        words = phrase.lower().replace("’", "'").split()
        head = words[-1]
        if (words[0] == "this" and head in ("city", "town", "village", "capital")) or words == ["here"]:
            return focus_city  # "this city", "near here": where the story is filed from
        if head in _ANAPHOR_KINDS:
            kind = _ANAPHOR_KINDS[head]
            if kind and kind in recent:
                return recent[kind]
            if kind and focus_city:
                return self.landmarks.find_kind(kind, focus_city)
            return recent.get("_last") if kind is None else None
        if head == "village":  # only one told as a village: "Residents of Ak-Sai, a Kyrgyz village surrounded
            return recent.get("_village")  # on three sides by ..., said troops exchanged fire near the village"
        if head == "town":  # "the battle for the town": the town named last; with none, one its own sentence names
            # ("The Salamiyah area administration imposed a curfew on the town")
            # ("Residents of Kfar Shouba held a sit-in in the town": a town of its own sentence before one told earlier)
            return recent.get("_ruled_town") or recent.get("_town_here") or recent.get("_city") or recent.get("_town") \
                or focus_city
        if head in ("city", "hub") and len(words) == 2:
            return recent.get("_city", recent.get("_topic", focus_city))  # "the city": see parse()
        if head == "seat" or (head == "capital" and words[1] in _REGION_ADJECTIVES):  # "the provincial capital":
            region = recent.get("_region")  # the story's town, when the region the story named bears its name
            return focus_city if region is not None and focus_city is not None and (
                focus_city.country, focus_city.admin1) == (region.country, region.admin1) and (
                normalize(focus_city.name) in normalize(region.name)
                or normalize(short_region_name(region.name)) in normalize(focus_city.name)) else None
        if head in ("city", "hub") or (head == "capital" and len(words) > 2):
            return focus_city
        if head == "capital" and "_capital" in recent:
            return recent["_capital"]
        if head == "capital" and focus_country:
            return self.world.capital(focus_country.country)
        if head in ("country", "nation", "territory"):
            return focus_country
        return None


_FOLLOWERS = {"international", "airport", "university", "square", "stadium", "hospital",
              "mosque", "bridge", "port", "station", "market", "palace", "park", "prison", "museum", "hotel", "tower",
              "gate", "province", "region", "state", "district", "county", "city", "municipality", "governorate",
              "oblast", "police", "council", "parliament", "court", "airbase", "base", "camp", "refinery", "harbour",
              "harbor", "valley", "metropolitan", "greater", "central", "northern", "southern", "eastern", "western",
              "army", "navy", "forces", "military", "government", "embassy", "ministry", "authorities", "officials",
              "residents", "protesters", "protests", "riots", "unrest", "attack", "bombing", "blast", "massacre",
              # administrative units: "Myingyan Township", "Surab Tehsil", "Kauru LGA", "Dejen Woreda"
              "township", "tehsil", "taluk", "taluka", "division", "department", "prefecture", "commune",
              "subdistrict", "sub-district", "woreda", "zone", "lga", "raion", "rayon", "barangay", "ward",
              "local"}  # ("Augie Local Government Area")


# facilities named after their town ("Rajshahi Press Club"): the town, when the text names it alone elsewhere too
_FACILITY_WORDS = {"press", "club", "college", "school", "medical", "hall", "cantonment", "bazar", "bazaar",
                   "cathedral", "church", "temple", "mall", "railway", "civic"}


def _whole_of_part(text: str, name: str, named_at: dict[int, PlaceMention]) -> PlaceMention | None:
    """The mention of the place that ``name`` is told as a part of anywhere in ``text`` ("the Bellevue district of
    Nantes"; "cars in the Maurepas neighbourhood in Rennes" in a caption, where the name is read as the
    neighbourhood's and is no mention of its own), or None; ``named_at`` maps mentions' starts to them."""
    for told in re.finditer(rf"\b(?i:the)\s+{re.escape(name)}\b", text):
        part_of = _PART_OF.match(text, told.end())
        if part_of is not None and (whole := named_at.get(part_of.end())) is not None:
            return whole
    return None


def _named_alone(text: str, surface: str, start: int) -> bool:
    """Whether ``surface`` also stands alone elsewhere in ``text`` (not followed by another capitalised word)."""
    return any(m.start() != start for m in re.finditer(rf"\b{re.escape(surface)}\b(?!\s+[A-Z])", text))


_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
STRAY_POPULATION = 100_000
FAR_STRAY_POPULATION = 500_000  # nor one under this far from all the text's other towns
HOME_KM = 150.0  # a town this near the dateline's is likelier the one meant


_MOVED_TO = re.compile(r"\b(?:spread\w*|moved|extended|to|towards?|from)\b", re.IGNORECASE)
PART_OF_CITY_KM = 300.0  # "Belize City's Southside" further than this from the city is not that place
_POSSESSIVE_GAP = re.compile(r"['’]s ?|s['’] ")


def _located(text: str, start: int, place: Place) -> bool:
    """Whether a town mentioned at ``start`` is where something is, not a bearing's point ("30 km south of
    Goma") or the reference town of one ("a city just north of Salvador")."""
    return "@" not in place.place_id and not _BEARING_BEFORE.search(text, max(0, start - 40), start)


_DATELINE_DASH = re.compile(r"\s?[–—]\s?|\s-{1,2}\s|\.-\s?")
_DATELINE_AFTER = re.compile(r",\s+[A-Z]|\s?\(|\.?\s?[–—-]")  # ("ZHEZKAZGAN, Kazakhstan", "KANO (AP)", "DANLÍ.–")


def _filed_from(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is a body's dateline town in capitals at a paragraph's opening ("ZHEZKAZGAN, Kazakhstan, Jan 22
    (Reuters) - ..."): where the story was filed, not a place it tells of."""
    return text[m.start:m.end].isupper() and text[max(0, m.start - 1):m.start] in ("", "\n") \
        and _DATELINE_AFTER.match(text, m.end) is not None


def _free_locative_names(text: str, mentions: list[PlaceMention]) -> Iterator[tuple[int, int, str, str]]:
    """Names after "in", "near", "town of"... that no mention covers: (start, end, surface, normalized key)."""
    for m in _LOCATIVE_NAME.finditer(text):
        start, end, surface = m.start("name"), m.end("name"), m.group("name")
        if not any(x.start < end and start < x.end for x in mentions):
            yield start, end, surface, normalize(surface)


def _abroad_beside_home(text: str, m: PlaceMention, sentences: list[tuple[int, int]], homes: list[int],
                        by_name: dict[str, list[PlaceMention]], picks: dict[str, Place]) -> bool:
    """Whether mention ``m`` shares its sentence with a region of the story's country (``homes``: where such regions
    are named) and with nothing of its own pick's country."""
    sent = next(((s, e) for s, e in sentences if s <= m.start < e), (m.start, m.end))
    if _TOLD_ABROAD.search(text, max(sent[0], m.start - 40), m.start) or _ACROSS_FROM.match(text, m.end):
        return False  # ("in the Mexican border town of Ciudad Hidalgo, across the river from the department of San
        # Marcos": a town told as another country's)
    country = picks[normalize(m.text)].country
    return any(sent[0] <= at < sent[1] for at in homes) and not any(
        sent[0] <= o.start < sent[1] and picks[key].country == country and o is not m
        for key, ms in by_name.items() for o in ms)


_TOLD_ABROAD = re.compile(r"\b(?-i:[A-Z])[a-z]+\s+(?:border\s+)?(?:town|village|city|port|district)\s+of\s+$|"
                          r"\b(?:across|opposite|over)\s+(?:the\s+)?(?:border|river)\s+(?:from|in)\s+$", re.IGNORECASE)
_ACROSS_FROM = re.compile(r",?\s+(?:across\s+(?:the\s+)?(?:border|river)\s+from|opposite)\b", re.IGNORECASE)


def _stray(place: Place, countries: list[str]) -> bool:
    """A town of under :data:`STRAY_POPULATION` in a country the text gives no evidence of: a
    word or part of another name that happens to be a town's name somewhere, not a place named."""
    return place.precision == "city" and place.country not in countries and place.population < STRAY_POPULATION


# the last word of a name that may begin a longer one: "Mexico City Health Secretary", "Kansas City Police"
_ADMIN_WORDS = {"city", "province", "state", "county", "district", "region", "governorate", "oblast", "municipality",
                "prefecture", "township"}


def _follower(tok: _Token) -> bool:
    """A word that may stand beside a place's name in a longer name: "Erbil International
    Airport", "Kyiv Mayor ...", "Almaty Region"."""
    word = tok.text.lower().rstrip(".")
    return word in _FOLLOWERS or word in _TITLES or word in _CONNECTORS


_Trie = dict[str, "_Trie"]


def _km_from(point: Place, place: Place) -> float:
    """How far ``place`` lies from ``point``, in km."""
    return haversine_km(place.latitude, place.longitude, point.latitude, point.longitude)


def _offset_km(m: re.Match[str]) -> float:
    """The distance an offset ("30 km south of", "20 miles west of") tells, in km."""
    return float(m.group("n")) * (1.609344 if m.group("unit").lower().startswith("mile") else 1.0)


def _offset_place(place: Place, m: re.Match[str]) -> Place:
    """The point ``m`` ("30 km south of") away from ``place``, as precise as a town."""
    km = _offset_km(m)
    bearing = _BEARINGS[re.sub(r"[- ]", "", m.group("dir").lower())]
    point = geodesic(kilometers=km).destination((place.latitude, place.longitude), bearing)
    return Place(name=f"{m.group(0).strip()} {place.name}", latitude=point.latitude, longitude=point.longitude,
                 precision="city", country=place.country, timezone=place.timezone, source=place.source,
                 place_id=f"{place.place_id}@{km:.0f}km{bearing}", population=0, admin1=place.admin1)


def _mark_references(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mark places named only as reference points ("based in Oslo", "the border with Pakistan
    and Afghanistan", "who was on a visit to Nicosia") as modifiers: named, not where anything
    happened."""
    out: list[PlaceMention] = []
    for m in mentions:
        before = text[max(0, m.start - 60):m.start]
        glued = bool(out) and out[-1].modifier and _LIST_GLUE.match(text, out[-1].end, m.start) is not None
        seat = _SEAT_BEFORE.search(before) and _SEAT_AFTER.match(text, m.end)
        org = _ORG_AFTER.match(text, m.end) is not None  # "the Santa Fe provincial government's offices"
        org = org or _SUBURB_AFTER.match(text, m.end) is not None  # "in this Chicago suburb": the dateline's town
        org = org or (_ACTOR_AFTER.match(text, m.end) is not None
                      and re.search(r"\b(?:a|an|the)\s+$", before, re.IGNORECASE) is not None)
        # ("A U.S. air strike on Saturday killed three fighters in the mountains": whose strike, not where)
        if not m.modifier and (reference_only(before) or seat or glued or org):
            m = replace(m, modifier=True)
        out.append(m)
    return out


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex for many literal phrases, as a trie (far faster than a flat alternation of a
    thousand names); longer phrases win, and an apostrophe also matches a typographic one."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [("['’]" if ch == "'" else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens joined by single spaces (connectors allowed inside)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in tokens:
        joined = bool(current) and text[current[-1].end:tok.start] == " " and not current[-1].possessive \
            and not current[-1].modifier
        of_the = tok.text == "the" and bool(current) and current[-1].text == "of"  # "Republic of the Congo"
        if tok.capitalised or tok.particle_name \
                or ((tok.text in _CONNECTORS or tok.text == "and" or tok.particle or of_the)
                    and joined):  # ("al-Mayadin"; "and" is kept only inside a name, see _split_at_and)
            if current and not joined:
                runs.append(current)
                current = []
            current.append(tok)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim(r) for r in runs if _trim(r)]


def _trim(run: list[_Token]) -> list[_Token]:
    while run and not run[-1].capitalised and not run[-1].particle:
        run = run[:-1]
    return run


_SUBURB_AFTER = re.compile(r"\s+(?:suburbs?|satellite town|commuter town)\b(?!\s+of\b)", re.IGNORECASE)
_IN_PART_OF = re.compile(r",?\s+in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|centre|center|heart|interior)"
                         r"(?:[\s-]?(?:east|west))?\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "Rangae district of Narathiwat", "Ruma upazila of Bandarban district": a unit of the place named next
_UNIT_OF = re.compile(r"\s+(?:district|sub-?district|township|county|upazila|tehsil|municipality|commune)\s+of\s+"
                      r"(?:the\s+)?", re.IGNORECASE)
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _qualifiers(toponyms: list[PlaceMention], text: str) -> dict[PlaceMention, PlaceMention]:
    """Each toponym qualified by the next or the previous one ("Tripoli, Lebanon", "Lebanon's
    Tripoli"), with the qualifying toponym."""
    out: dict[PlaceMention, PlaceMention] = {}
    listed = [bool(_LIST_GAP.fullmatch(text, a.end, b.start)) for a, b in itertools.pairwise(toponyms)]
    for k, (a, b) in enumerate(itertools.pairwise(toponyms)):
        between = text[a.end:b.start]
        if between.startswith(",") and ((k > 0 and listed[k - 1]) or (k + 1 < len(listed) and listed[k + 1])):
            continue  # "Mexico, China, Japan and Brazil": a list, not "China" of Japan
        if re.fullmatch(r",\s*|\s+in\s+|\s*\(\s*", between) or _IN_PART_OF.fullmatch(between) \
                or _UNIT_OF.fullmatch(between):
            out[a] = b  # ("near Hays, in the south of Hodeida province")
        elif re.fullmatch(r"['’]s\s+", between):
            out[b] = a
    return out


def _alternate_only(key: str, places: list[Place]) -> bool:
    """Whether a name is only an alternate name of towns under a million people."""
    return bool(places) and all(p.precision == "city" and p.population < 1_000_000 and normalize(p.name) != key
                                for p in places)


def to_json_places(ctx: GeoContext) -> list[dict[str, object]]:
    """The ``places`` list of ``eventmap geoparse --json`` for a parsed text."""
    return [
        {"text": r.mention.text, "start": r.mention.start, "end": r.mention.end, "name": r.place.name,
         "latitude": round(r.place.latitude, 6), "longitude": round(r.place.longitude, 6),
         "precision": r.place.precision, "country": r.place.country}
        for r in ctx.mentions
        if r.mention.kind != "anaphor" or r.place.precision == "landmark"
    ]


def parse_article(parser: Geoparser, article: Article) -> GeoContext:
    """Geoparse an article, using its dateline as context."""
    return parser.parse(article.text, dateline_place=article.dateline_place)

