"""Incidents from sentences: event triggers, their place, time, actors and fatalities.

Each sentence is split into clauses. A trigger ("stormed", "gunfire", "explosion",
"protests", "were killed" ...) gives an ACLED event type and sub-event type. The trigger
takes the time expression and the place mention of its own clause; a clause with a time but
no trigger lends its time to the sentence's first trigger without one ("The sound of gunfire
came ..., stormed on Wednesday, at around 5:30 p.m."); "again ... later" repeats the event.
A definite mention of an event told before ("the blast, at about 5:10 a.m.") adds its time
(and a place named after it) to that event instead of making a new one. A sentence with no
place or time of its own takes the story's last place and day. Negated, hypothetical, future,
banned and background events (earlier years, "for years") are skipped, and so are places named
only as reference points (marked by the geoparser). Deaths go to one event of their sentence.
Incidents of one article that describe the same event (same type, same place, one time
inside the other) are merged, keeping the narrower time, the more precise place and the more
specific sub-event type.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from mapping import sentence_model, timeline
from mapping.gazetteer.landmarks import haversine_km
from mapping.places import GeoContext
from mapping.text import split_clauses, split_sentences
from mapping.triggers import EXPL as _EXPL
from mapping.triggers import HEALTH_WORDS, TRIGGERS, named
from mapping.triggers import SD as _SD
from mapping.triggers import VAC as _VAC
from mapping.triggers import Trigger as _Trigger
from mapping.types import GEO_PRECISIONS, TIME_PRECISIONS, Article, Incident, Place, ResolvedMention, TimeSpan

logger = logging.getLogger(__name__)


# the words that tell a cause, read by _BECAUSE (a protest over deaths), _CAUSE_CLAUSE (a killing told in a
# since/after clause) and _CAUSE_BEFORE (deaths told as the cause of an attack)
_POLICE_OF = re.compile(r"\b(?:police|officers|detectives|prosecutors|authorities)\s+(?:in|of)\s+(?:the\s+)?$",
                        re.IGNORECASE)  # "Police in Landskrona said they had arrested ..."
# (not a time: "shortly after 1 a.m.", "since Tuesday", "after dark")
_CAUSE_WORDS = (r"(?:after|following|since|because)(?!\s+(?:about\s+|around\s+)?(?:"
                r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|GMT|UTC|h\b)|\d{4}\b|midnight|noon|midday|dawn|dusk|"
                r"dark|nightfall|sunset|sunrise|daybreak|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                r"(?:the\s+)?(?:morning|evening|afternoon|night)\b|hours\b|minutes\b))")
_CAUSE_OPENS = re.compile(rf"\b(?:{_CAUSE_WORDS})\s+(?!the\s+(?:curfew|measure|ban|order)|(?:last|a|an)\s+"
                          r"(?:year|month|week|meeting)\b|\d{1,2}[:.]\d\d)", re.IGNORECASE)  # (a cause told after a
# measure: "... from 2 p.m. on Saturday after stones were thrown"; not "after 19:30", "since last year", "after a
# meeting")
_NEW_CLAUSE_AND = re.compile(r",\s+(?:and|while|but)\b")  # ("..., and protesters burned tyres": a clause of its own)
_BECAUSE = re.compile(rf"\b(?:{_CAUSE_WORDS}|over the (?:killing|death|murder)s?|(?:justice|answers) for|"
                      r"protests? (?:at|over|against) the (?:killing|death|murder)s?|"
                      rf"(?:angered|enraged|incensed|outraged|angry|furious) (?:by|over|at) the "
                      rf"(?:killing|death|murder)s?)\b",
                      re.IGNORECASE)  # ("demanding justice for a teacher who was stabbed to death in August")
_AFTER_DEATHS = re.compile(r"\b(?:after|following)\s+(?:the\s+)?[\w-]+\s+"
                           r"[^.;]{0,60}?\b(?:was|were|had been|got)\s+$|"  # "after a teenager was "
                           r"\b(?:over|after|following)\s+the\s+$", re.IGNORECASE)  # "anger over the death of a man
# shot by an officer"
_GRIEVANCE_AGAINST = re.compile(r"\b(?:against|to denounce|to condemn|(?:in )?protest at|over)\b", re.IGNORECASE)
_WHERE_BODIES_GO = re.compile(r"hospital|morgue|mortuary|clinic|health cent", re.IGNORECASE)
# where the wounded were carried: "four soldiers killed in action and eleven wounded, who were evacuated to Tahoua"
_CARRIED_TO = re.compile(r"\b(?:evacuated|airlifted|flown|rushed|transferred|taken)\s+(?:[\w-]+\s+){0,2}?to\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
# "A second attack came before dawn on Sept. 21, when a ballistic missile hit ...": told by the when-clause
_ATTACK_CAME = re.compile(r"\s*(?:an?|another|the)\s+(?:[\w-]+\s+)?(?:attack|assault|raid)\s+(?:came|happened|occurred|"
                          r"took place|followed)\b", re.IGNORECASE)
_OPENING_ATTACK = re.compile(r"\s*(?:In|During)\s+(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}")  # "In a second "
_IN_GENERIC = re.compile(r"\bin\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# the trigger a weapon found or defused is read with; an explosive "found" before it went off
_DISRUPTED = named("disrupted")
_WEAPON_WORD = re.compile(r"(?:an? |the )?(?:car |roadside |pipe |home-?made )?(?:bombs?|devices?|explosives?|"
                          r"grenades?|"
                          r"ieds?|IEDs?|(?:land)?mines?|explosive devices?)", re.IGNORECASE)
_WENT_OFF = re.compile(r"\b(?:exploded|went off|detonated|blew up|killing|killed)\b", re.IGNORECASE)
_FOUND_BEFORE = re.compile(r"\b(?:found|seized|recovered|confiscated|discovered|uncovered|destroyed|seizure\s+of|"
                           r"caches?\s+(?:of|containing))\s+(?:[\w-]+,?\s+){0,12}$|"  # ("found two Kalashnikov
                           # rifles, a hand grenade and two kilograms of explosives")
                           # what bombs are made of is no blast: "materials used to make improvised explosive devices"
                           r"\b(?:used\s+to\s+make|for\s+making|to\s+make|bomb-making)\s+(?:improvised\s+)?$",
                           re.IGNORECASE)
_FOUND_AFTER = re.compile(r"(?:\s+[\w-]+){0,8}?\s+(?:was|were|had been|has been|have been)\s+(?:later\s+|also\s+)?"
                          r"(?:found|discovered|spotted|recovered|seized|defused|made safe|dismantled)\b",
                          re.IGNORECASE)
# the trigger a labour strike is read with: the protest words' own ("Peaceful protest")
_STRIKE_PROTEST = named("protest")
_AIR_STRIKE = named("air strike")
# one more of the strikes told: "A further strike at about 05:20 ... destroyed a bridge" (after air strikes)
_ANOTHER_ONE = re.compile(r"\b(?:another|an?\s+(?:further|second|third|new|fresh|separate))\s+$", re.IGNORECASE)
_STRIKE_HIT = re.compile(r"[^.;]{0,80}?\b(?:hit|struck|destroyed|killed|targeted|damaged|wounded|flattened|levelled|"
                         r"leveled)\b", re.IGNORECASE)
_AIR_STORY = re.compile(r"\b(?:air ?strikes?|airstrikes?|drone strikes?|warplanes?|aircraft|drones?)\b", re.IGNORECASE)
# a labour dispute's strike: "a taxi drivers' strike", "a strike by dock workers", "went on strike"
_WORKERS = r"(?:workers|drivers|teachers|doctors|nurses|dockers|truckers|miners|employees|staff|unions?)"
_LABOUR_STRIKE = re.compile(rf"\b(?:general|indefinite|nationwide|national|hunger|sit-down|labou?r|transport|wildcat|"
                            rf"warning|one-day|two-day|three-day|\d+-day|\d+-hour|(?:twenty-four|forty-eight|seventy-two)-hour|"
                            rf"{_WORKERS}['’]?)\s+strikes?\b|"
                            rf"\bstrikes?\s+(?:by|of|among)\s+(?:(?!on\b|against\b|at\b)[\w'’-]+\s+|\d[\d,]*\s+){{0,3}}?"
                            rf"{_WORKERS}\b|\bon strike\b|"
                            rf"\brefus\w+ to work\b|\bstopped work\b|\bwalk(?:ed)? off the job\b|"
                            rf"\bstriking (?:[\w-]+ )?{_WORKERS}\b|\bwalkouts?\b",
                            re.IGNORECASE)
_STRIKE_CALLED = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+called\b(?!\s+(?:off|in)\b)", re.IGNORECASE)
_CALLED_A = re.compile(r"(?<!\bwhat )(?<!\bwhat they )(?<!\bwhat officials )\bcall(?:ed|ing)?\s+(?:an?|the)\s+"
                       r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_ARMS = re.compile(r"\b(?:killed|killing|wounded|injured|dead|missiles?|drones?|rockets?|shell\w*|bomb\w*|air\w*|"
                   r"artillery|troops|soldiers|army|military|israeli|russian)\b", re.IGNORECASE)
# Every trigger starts a word: tried only where one starts ("\b(?=\w)" before the alternation, not a
# "\b" in each branch), matching is four times faster.
_TRIGGER_RE = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<t{i}>(?:{t.pattern})\\b)" for i, t in enumerate(TRIGGERS))
                         + ")", re.IGNORECASE)
# the same, to match a lower-cased text (no pattern has an upper-case escape such as \S)
_TRIGGER_LOW = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<t{i}>(?:{t.pattern.lower()})\\b)"
                                                      for i, t in enumerate(TRIGGERS)) + ")")
# what a decree lets the police do, or a crowd debates doing, has not happened: "which lets police break up
# gatherings", "would decide whether to join the stoppage"
_FORCE_WORD = r"(?:police|security forces|authorities|troops|army|officers|soldiers|the military)"
_LETS_FORCES = (rf"\b(?:lets|allows?|allowing|empowers?|authori[sz]es|permits)\s+(?:the\s+)?{_FORCE_WORD}"
                rf"(?:\s+(?:and|or)\s+(?:the\s+)?{_FORCE_WORD})?\s+")  # ("allows police and soldiers to break up
# gatherings")
_PERMITTED = re.compile(rf"(?:{_LETS_FORCES}(?:to\s+(?:make\s+|carry\s+out\s+)?)?|\bwhether\s+to\s+"
                        r"(?:[\w-]+\s+){0,2}|"
                        r"\b(?:had\s+been\s+|have\s+been\s+|has\s+been\s+|were\s+|was\s+|are\s+|is\s+)"
                        r"(?:authori[sz]ed|allowed|permitted|empowered|given\s+orders|ordered)\s+to\s+)$",  # ("security
                        # personnel had been authorised to open fire on anyone defying it")
                        re.IGNORECASE)
# an event threatened, feared or planned: "threatened further attacks on Garowe", "fear an attack", "Organisers plan
# a rally", "a rally ahead of a march on Rajshahi" (the event word right after, not "threatening a new offensive
# shelled Goma")
_THREATENED = re.compile(r"(?<!had )(?<!have )(?<!who )\b(?:threaten(?:ed|s|ing)?|fear(?:s|ed)?|plans?|"
                         r"planned(?= (?:an?|another)\b)|(?:was|were) due to|"
                         r"ahead\s+of)\s+"
                         r"(?:(?:an?|further|more|new|fresh|renewed|another|possible)\s+)?(?:[\w-]+\s+)?$",
                         re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|nobody|none|no one|denied|n't|without|false|rumou?rs? of)\b[^.,;]{0,25}$",
                       re.IGNORECASE)
# "Police denied reports that officers had used stun grenades": a denial reaches further
_DENIED = re.compile(r"\b(?:denied|deny|denies|dismissed|rejected)\b(?: (?:reports|claims|allegations|accounts))?"
                     r"(?: that)?[^.;]{0,50}$|"
                     # "denies reports published by media close to the government in Tripoli of clashes", "reject
                     # reports by the Ministry of Defence in Mogadishu that the Eyl base had been overrun"
                     r"\b(?:denied|deny|denies|dismissed|rejected|rejects?) (?:the )?(?:reports|claims|allegations|"
                     r"accounts)\b[^.;]{0,100}?\b(?:of\s+(?:[\w-]+\s+){0,2}|that\s+(?:[\w-]+\s+){0,6})$",
                     re.IGNORECASE)
# a standing charge, not an event: "Islamabad accuses the Afghan Taliban of sheltering militants who carry out attacks"
_STANDING_CHARGE = re.compile(r"\b(?:accuses|blames)\s+[^.;,]{0,60}?\bof\s+(?:[\w-]+ing)\b(?:(?!\bsaid\b|\bsays\b)"
                              r"[^.;,])*$", re.IGNORECASE)  # (not "Kyiv, which accuses Moscow of targeting civilians,
# said a missile struck a hospital")
_LODGED = re.compile(r"\b(?:lodg\w+|register\w*|fil(?:e|ed|es|ing)|deliver\w*|sen[dt]|sending|issu\w+|conve\w+)\s+"
                     r"(?:a|an|its|their)\s+(?:(?:strong|strongly-worded|formal|official|diplomatic|written|stern)\s+)?$|"
                     # ("the foreign ministry summoned the Turkish charge d'affaires to protest against ...")
                     r"\bsummon\w*\s+(?:[^.;]{0,60}?\s)?(?:ambassadors?|envoys?|charg[eé]s?\s+d['’]affaires|diplomats?|"
                     r"consuls?|emissar(?:y|ies))(?:\s+[\w'’-]+){0,3}?\s+to\s+$",
                     re.IGNORECASE)
# a war's toll to date: "Jihadist violence ... has killed thousands of people in Burkina Faso"
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)
_THOUSANDS = re.compile(r"\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|nearly\s+|almost\s+)?(?:tens\s+of\s+|"
                        r"hundreds\s+of\s+)?(?:thousands|millions)\b", re.IGNORECASE)
_ASKED_TO = re.compile(r"\b(?:ask|asked|asking|asks|requested|requesting|requests|appealed to|urging|urges|called on|"
                       r"calling on|calls on|begged|pleaded with|petitioned)\s+(?:[^.;]{0,70}?\s)?to\s+"
                       # ("would ask Congress to extend the state of emergency": a request, not the measure)
                       r"(?:(?:extend|renew|prolong|impose|declare|lift)\s+(?:the\s+|a\s+)?)?$",
                       re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:could|would|might|(?-i:may)|threaten(?:ed|s)? to|plan(?:s|ned)? to|planning|plotting|"
                           r"warn(?:ed|s)? "
                           r"(?:of|against)|fear(?:s|ed)? of|fearing|risk of|call(?:ed|s|ing)? for|"
                           r"(?:have|has|had) called|"
                           r"call(?:ed|s|ing)? (?:[\w-]+ ){1,3}?for|"  # ("has called from abroad for a fourth week of
                           # protests")
                           r"(?:has|have|had) been called|"
                           r"call(?:ed|s|ing)? (?:a|an|another|new|fresh|further)|urged|announced plans for|"
                           r"(?:is|are) (?:expected|set|due) to|will|intend(?:s|ed)? to|vow(?:s|ed)? to|"
                           r"promis(?:e|es|ed|ing) to|pledg(?:e|es|ed|ing) to|"
                           # ("... until the by-election result is annulled": still to come)
                           r"until (?:[\w'’-]+ ){0,6}(?:is|are)(?= $)|"
                           # ("said it was ready to send federal forces if the governor asked for them")
                           r"(?:was|were|is|are|stood|stands) (?:ready|prepared|willing) to|"
                           r"(?<!failed )(?<!failing )(?<!unable )(?<!not )(?<!nothing )"
                           r"to (?:prevent|avert|deter|forestall|head off|guard against|ward off)|"
                           r"(?:anyone|anybody|whoever) who|"
                           r"(?:thus |thereby )?(?:preventing|averting))\b"  # ("will deal firmly with anyone who
                           # attacks police stations"; "thus preventing an attack on a convoy"; "deployed
                           r"[^.,;]{0,30}$", re.IGNORECASE)  # to Shurugwi to prevent revenge attacks")
# a modal that governs another verb than the trigger's past tense: "farmers who fear ash will fall on their fields
# drove tractors onto a county road" (no "will drove": the driving happened)
_MODAL_THEN_WORDS = re.compile(r"\b(?:will|would|could|might|may)\s+(?!(?:have|has|had|be|been|being|not|never|also|"
                               r"then|later|soon)\b)[a-z]+\s+\S", re.IGNORECASE)
_SIMPLE_PAST = re.compile(r"(?:[a-z]+ed|drove|threw|set|fought|shot|beat|stole|took|broke|ran|tore|burnt|hurled|"
                          r"stormed|struck|held|led|went|rode|flung)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|should|once|in\s+case|whenever|anyone|whoever|until)\b", re.IGNORECASE)
_VERB_AUX_BEFORE = re.compile(r"\b(?:have|has|had|be|been|being|to|not|never|get|got|were|was|is|are)\s+$",
                              re.IGNORECASE)


def _own_past(trigger: str, text: str, start: int, end: int) -> bool:
    """Whether a trigger is a past tense of its own, with no auxiliary ending ``text[start:end]`` just before it
    ("drove", not "be attacked"), so that a modal before it governs another verb."""
    return _SIMPLE_PAST.match(trigger) is not None and _VERB_AUX_BEFORE.search(text, start, end) is None


def _hypothetical(before: str, trigger: str) -> bool:
    """Whether the words before a trigger make it planned, feared or called for ("could", "threatened to", "called
    for"), unless a bare modal governs another verb and the trigger is a past tense of its own ("who fear ash will
    fall on their fields drove tractors")."""
    h = _HYPOTHETICAL.search(before)
    if h is None:
        return False
    return not (_MODAL_THEN_WORDS.match(h.group()) and _own_past(trigger, before, 0, len(before))
                and not _CONDITION.search(h.group()))


_AVOID_BEFORE = re.compile(r"\bto\s+(?:avoid|evade|escape|dodge)\s+(?:possible\s+)?$", re.IGNORECASE)
# one more of the events called: "Organizers have called a march in the center of Iquique for this afternoon, and
# a similar protest in Arica on Saturday"
_CALLED_TOO = re.compile(r"\b(?:called|calling|planned|announced|scheduled)\s+(?:an?|for\s+an?)\s+[^.;]{0,120}?,?\s+"
                         r"and\s+(?:an?|one)\s+(?:similar|second|third|further|fresh|another|other|more)\s+$|"
                         # ("said it would hold a protest outside the prime minister's office on Sunday and a joint
                         # rally with Bedouin towns in Beersheba next week")
                         r"\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to)\s+(?:hold|stage|organi[sz]e|call|"
                         r"launch|mount)\s+an?\s+[^.;]{0,120}?\s+and\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
# the acts a court judged: "sentenced on Wednesday ... to prison terms for attacks on ..."
_JUDGED = re.compile(r"\b(?:sentenced|convicted|jailed|indicted|prosecuted|found guilty|acquitted|on trial)\b[^.;]*"
                     r"\b(?:for|of|over)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a claim the sentence goes on to deny: "..., but the army denied it", "but the ministry said no shots had been fired"
_DENIED_AFTER = re.compile(r"[^.;]{0,160}?\bbut\b[^.;]{0,60}?\b(?:denied (?:it|this|that|the (?:claims?|reports?|"
                           r"allegations?))|said no (?:shots?|attacks?|clash(?:es)?|fighting|explosions?|strikes?|"
                           r"protests?|arrests?|raids?) (?:had been|was|were|took place|happened|had taken place))\b",
                           re.IGNORECASE)
# what something was announced as: "Organisers had advertised it online as a march from Drogheda"
_DESCRIBED = re.compile(r"\b(?:advertised|billed|promoted|branded|presented)\s+(?:it|them|this|the \w+)\s+"
                        r"(?:online\s+)?as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DISASTER = re.compile(r"\b(?:heavy rains?|rainfall|floods?|flooding|floodwaters|storms?|landslides?|mudslides?|"
                       r"earthquakes?|quake|cyclone|hurricane|typhoon|tornado|heatwave|avalanche|road accident|"
                       r"crash(?:ed)?|collided|collision|"
                       r"collapsed?(?!\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:trade|talks|economy|currency|prices?|"
                       r"government|coalition|negotiations|deal|ceasefire|truce|business|exports|markets?|services|"
                       r"power grid|grid))|"  # (not "a collapse in cross-border trade")
                       r"stampede|cholera|outbreak|drown\w*|lightning|"
                       r"thunderstorms?|plunged|ravine|overturned|derail\w*|capsized)\b")
# a death by a crash or an accident, told right after the death word
_AT_SEA = re.compile(r"[^.;]{0,80}?\b(?:off the coast|off the shore|washed (?:up|ashore)|from the sea|at sea|"
                     r"in the (?:sea|Mediterranean|river)|shipwreck)", re.IGNORECASE)
_CRASHED = re.compile(r"\s+(?:when|after)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:car|scooter|motorbike|"
                      r"motorcycle|moped|bike|bicycle|vehicle|truck|lorry|bus|boat|plane|helicopter)\s+"
                      r"(?:crashed|overturned|collided|capsized|ran off|fell|"
                      r"hit\s+an?\s+(?!(?:[\w-]+\s+){0,2}?(?:bomb|mine|landmine|IED|explosive|device|crowd)\b))|"
                      r"\s+in\s+an?\s+(?:(?:road|traffic|car|motorcycle|scooter)\s+)?(?:accident|crash)\b",
                      re.IGNORECASE)
# "16 people were killed when the concrete canopy of the railway station collapsed": an accident's dead (not "when the
# building collapsed after an Israeli airstrike", "when a tunnel collapsed during clashes": a sentence of force)
_COLLAPSED = re.compile(r"\s+when\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,6}?(?:collapsed|caved\s+in|gave\s+way)\b",
                        re.IGNORECASE)
_FORCE_WORDS = re.compile(r"\b(?:\w*strikes?|shell\w*|bomb\w*|blasts?|explosions?|missiles?|drones?|rockets?|\w*fire|"
                          r"clash\w*|fighting|riot\w*|gunmen|troops|soldiers|militants|rebels|attack\w*)\b",
                          re.IGNORECASE)
_ACCIDENT = re.compile(r"\b(?:an accident|accidental(?:ly)?|by accident|gas (?:leak|explosion)s?|"
                       r"(?:drunk|drunken|speeding|reckless) driv\w+|"
                       r"(?<!in a )(?<!in the )(?<!inside a )(?<!into a )(?<!made with )(?<!made from )"
                       r"(?<!made of )(?<!filled with )gas "  # (not "a makeshift device made with gas canisters")
                       r"(?:cylinder|tanker|canister|bottle|pipeline)s? (?:explosion|blast|exploded|blew up)s?|"
                       r"boiler|short circuit|electrical fault)\b", re.IGNORECASE)
# told after the event word: it did not happen ("a march planned for Tuesday was banned")
_NOT_HAPPENED = re.compile(r"(?:(?!\b(?:after|before|because|since|when|while|as|but)\b)[^.;,]){0,100}?\b(?:was|were|"
                           r"had been|has been|have been) (?:banned|cancell?ed|called off|postponed|prevented|thwarted|"
                           r"foiled|averted|blocked by (?:the )?(?:court|authorities))\b|"
                           r"\s+(?:\w+\s+){0,6}?(?:had |has |have )?(?:planned|scheduled) for\b",
                           re.IGNORECASE)
# gatherings banned in general, named in a list: "all demonstrations, marches, sit-ins ... have been banned"
_GATHERING_NOUNS = r"gatherings|demonstrations|protests|rallies|marches|assemblies|meetings|processions"
_GATHERING_WORD = re.compile(rf"(?:{_GATHERING_NOUNS}|sit-ins|strikes)", re.IGNORECASE)
_LIST_BANNED = re.compile(r"(?:(?:,\s+|\s+and\s+|\s+or\s+)(?:(?!\b(?:which|that|who|although|though|despite|"
                          r"even|after|while|but|as|continu\w*|went|took|held|were|was|are|is|have|has|had)\b)"
                          r"[^.;]){1,90}?)?\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:banned|prohibited|"
                          r"forbidden)\b(?!\s+(?:since|for\s+(?:years|months|weeks|decades)))", re.IGNORECASE)
_FUTURE = re.compile(r"\s+(?:(?:\w+\s+){0,3}?(?:(?:will|is|are)\s+(?:be\s+)?(?:held|planned|scheduled|expected|"
                     r"due)|(?:would|could|might|(?-i:may)|will)\s+(?:be\s+)?(?:held|called|staged|organi[sz]ed|follow|"
                     r"extended|imposed|reimposed|expanded|widened|declared|"
                     r"take place|go ahead|resume)\b|(?<!\ba )(?<!\bthe )(?<!\bover )(?<!\bagainst )(?<!\babout )"
                     r"(?<!\bof )(?:planned|scheduled)(?! (?:and|or)\b))|"
                     # ("a walkout at a sister plant in Gwangju would begin Friday if talks fail")
                     r"(?:(?!(?:that|which|who|over|against|about|for|on|of)\b)[\w'’-]+\s+){0,6}?(?:would|will)\s+"
                     r"(?:begin|start|go\s+ahead|take\s+place)|"
                     r"(?:\w+\s+){0,5}?(?:has|have) been called(?:\s+(?:in|at|across)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
                     r"(?:,\s*[\w'’-]+(?:\s+[\w'’-]+)?,)?)?\s+for|"
                     r"(?:called|set|planned|scheduled) for (?:next |this )?"
                     r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend|tomorrow))\b",
                     re.IGNORECASE)  # "rallies planned in Haifa", "a general strike has been called for Thursday"
_PROSECUTED = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:would|will|must|should)\s+(?:not\s+go\s+unpunished|be\s+"
                         r"(?:prosecuted|punished))\b", re.IGNORECASE)
_DATES_BACK = re.compile(r"[^.;]{0,60}?\b(?:dates?|dated|dating)\s+back\s+to\s+(?:(?:early|late|mid-?)\s*)?"
                         r"(?:19|20)\d\d\b",
                         re.IGNORECASE)
# what was ruled out or is to be kept away from, no event: "ruled out a state of emergency", "to avoid protests"
_RULED_OUT = re.compile(r"\b(?:ruled\s+out|rules\s+out|ruling\s+out|rule\s+out|to\s+avoid|avoiding|"
                        r"(?:steer|steering|stay|staying)\s+(?:clear\s+of|away\s+from))\s+"
                        r"(?:an?\s+|the\s+|any\s+|all\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# why a protest was called, the protest told before: "The march was called after a Haitian farmworker was accused"
_CALLED_OVER = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:called|organi[sz]ed|convened)\s+"
                          r"(?:after|following|in\s+response\s+to|over|to\s+(?:protest|denounce|condemn))\b",
                          re.IGNORECASE)
# a protest set for a day: "have called a solidarity blockade in Chimaltenango for Thursday" (to come)
_FOR_DAY = re.compile(r"\s+(?:(?:in|at|on|outside)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?for\s+"
                      r"(?:next\s+|this\s+(?:coming\s+)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b"
                      r"(?!['’])(?!\s+(?:prayers?|mass|services?|sermons?|worship|market))", re.IGNORECASE)
_ACTORS = re.compile(
    r"\b(protesters|demonstrators|rioters|police(?: officers?)?|security forces|troops|soldiers|military|"
    r"army|rebels|militants|insurgents|gunmen|attackers|civilians|students|workers|government|president|"
    r"authorities|national guard|peacekeepers)\b|\b([A-Z][\w\-]+(?: [A-Z][\w\-]+)* (?:Organi[sz]ation|Party|"
    r"Front|Army|Movement|Brigades?|Forces|Council|Alliance))\b(?: \(([A-Z]{2,6})\))?", re.UNICODE)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozens": 24,
    "scores": 40, "hundreds": 200, "thousands": 2000, "a hundred": 100,
    "half a dozen": 6, "two dozen": 24, "three dozen": 36, "four dozen": 48,
}
_CASUALTY_NOUNS = (r"people|persons|protesters|demonstrators|police(?:men)?|police officers?|officers?|"
                   r"civilians|soldiers|troops|servicemen|militants|rebels|attackers|children|women|men|"
                   r"students|workers|bystanders|residents|members|others|security personnel|passengers|"
                   r"villagers|worshippers|inmates|prisoners|migrants|refugees|miners|fighters|rangers|guards|"
                   r"policemen|farmers|pilgrims|shoppers|patients|journalists|employees|citizens|Palestinians|"
                   r"Israelis|Ukrainians|insurgents|gunmen|assailants|jihadists|combatants|terrorists|bandits|"
                   r"extremists|separatists|raiders|kidnappers|vigilantes|militiamen|herders|traders|drivers|"
                   r"personnel|commandos|constables|recruits|cadets|peacekeepers|khwarij|khawarij")
_NUM = rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}"
# plural words that are not people ("two days", "three cars"): a count of them is not deaths
_NOT_PEOPLE = (r"(?:days|weeks|months|years|hours|minutes|seconds|times|percent|per cent|kilomet(?:re|er)s|miles|"
               r"met(?:re|er)s|dollars|euros|pounds|rupees|shillings|cars|vehicles|trucks|buses|buildings|houses|"
               r"homes|shops|stores|rounds|bullets|shots|rockets|missiles|shells|bombs|blasts|explosions|attacks|"
               r"incidents|villages|towns|cities|districts|provinces|regions|states|countries|areas|streets|roads|"
               r"cases|bodies|weapons|guns|rifles|hospitals|schools|churches|mosques|stations|offices|points|tons|"
               r"tonnes|litres|liters|barrels|votes|seats|protests|rallies|marches|clashes|raids|strikes|"
               r"stalls|kiosks|tents|huts|shacks|structures|warehouses|motorcycles|motorbikes|tricycles|boats|"
               r"tractors|trees|cattle|goats|sheep|cows|camels|animals|hectares|acres|containers|windows|doors|"
               r"flats|apartments|rooms|storeys|stories|"  # ("destroying more than 30 stalls, and among the dead")
               r"was|is|has|does|his|this|its|us|as|thus|plus|unless|across)")
# a death told right after a count with two words before its noun: "two suspected gang scouts to death", "seven heavily
# armed gunmen were killed" (not "Four senior party members resigned after protesters were killed")
_DIED_NEXT = (r"(?:\s+who\s+[^,.;]{1,50}?)?"  # ("two motorcycle taxi drivers who had defied the order were shot dead")
              r"\s+(?:to death\b|dead\b|died\b|(?:were|had been|have been)\s+(?:killed|shot dead|"
              r"(?:beaten|stabbed|hacked|burned|burnt|stoned|lynched|trampled|crushed) to death)\b)")
# words that end a count's noun phrase ("one soldier lost his life" is no count of "his")
_NOT_BETWEEN = (r"(?:was|were|is|are|be|been|had|has|have|lost|died|killed|and|or|of|in|on|at|by|for|with|from|to|"
                r"while|when|who|which|that|them|they|he|she|it)")
# the noun of a count of people: one the list has, or any plural that is no thing ("two suspected gang scouts")
_PEOPLE_NOUN = (rf"(?:{_CASUALTY_NOUNS}|(?!{_NOT_PEOPLE}\b)[a-z][a-z\-]+s|"
                r"(?-i:[A-Z]{2,5})(?=\s+(?:were\s+|had\s+been\s+)?(?:killed|fell|died|martyred|slain)\b))")
# ("three VDP fell with their arms in hand": members of a force named by its initials)
# (not an age: "a protester aged 19 was killed")
_COUNT = re.compile(rf"(?<!\baged )(?<!\bage )\b(?:at least |about |some |more than |over |nearly |almost |around |"
                    rf"up to |no fewer than |not less than |"
                    rf"between (?P<low>{_NUM}) and )?(?P<num>{_NUM})"
                    rf"(?:\s+of)?"
                    rf"(?:(?:\s+(?:(?:their|its|our)\s+own|the|their|[a-z]+(?:-[a-z]+)*))?\s+{_PEOPLE_NOUN}"
                    rf"|(?<=\bof)\s+(?:their|its|our)\s+own(?=[\s,;.])(?!\s+[a-z]+s\b)"  # ("and lost one of their own")
                    rf"|(?:\s+(?!{_NOT_BETWEEN}\b)[a-z]+){{2}}\s+{_PEOPLE_NOUN}"
                    rf"(?=(?:\s+and\s+(?:an?|{_NUM})(?:\s+(?!{_NOT_BETWEEN}\b)[a-z][\w-]*){{1,3}}?)?{_DIED_NEXT})"
                    # a unit's name before the noun: "Three District Reserve Guard (DRG) jawans were killed"
                    rf"|(?:\s+(?-i:[A-Z][\w-]*)){{2,4}}(?:\s+\((?-i:[A-Z]{{2,6}})\))?\s+{_PEOPLE_NOUN}(?={_DIED_NEXT}))\b",
                    re.IGNORECASE)
# one person: "a 23-year-old man was killed", "a petrol station attendant, 25, was shot dead"; its verb must
# be passive (or "died"): "a car bomb killed five" is not one death
_AUX = r"(?!(?:was|were|is|are|had|has|have|been|who|which|that|and|or|said|says|told|reported|added)\b)"
_SAID = r"(?!\s+(?:[\w\-]+\s+){0,2}?(?:said|says|told|reported|added)\b)"  # "..., a local official said"
# one person: "a man", "a 62-year-old woman" (with her noun: "a 62-year-old woman and her grandson" are two)
_ONE = re.compile(rf"(?<!members of )(?<!member of )(?<!leader of )(?<!leaders of )(?<!part of )(?<!head of )"
                  rf"\b(?:a|an|one)\s+(?!(?:day|week|night|month|year|time|while|moment|hour|minute|lot|few|"
                  rf"number|half|quarter|claim|statement|figure|report|toll|of|result|consequence|series|total|"
                  rf"reward|bounty|ransom|price|sum|fine|fee|"  # ("a woman cadre who carried a reward of Rs 5 lakh")
                  rf"(?:[\w-]+\s+)?(?:exchange|firefight|gunfight|shoot-?out|clash|battle|attack|raid|operation|"
                  rf"ambush|explosion|blast)s?)\b|"
                  rf"(?:strike|walkout|protest|march|rally|demonstration|blockade|shutdown|curfew|riot)s?\b"
                  rf"(?!\s+(?:leader|organi[sz]er|police|officer|violator|participant|member|marshal|steward|"
                  rf"committee|coordinator)s?\b))"
                  # (not "an exchange of fire", "an intense firefight", "killed three drivers and a strike by
                  # transport workers paralysed the city")
                  rf"(?:{_AUX}[\w\-]+\s+){{0,3}}?{_AUX}\w[\w\-]*\b"
                  rf"(?:(?<=-year-old)\s+{_AUX}(?!(?:dies|died|[a-z]+ed|[a-z]+s)\b)[a-z]+\b)?"
                  rf"(?!\s+of\b){_SAID}", re.IGNORECASE)
# "Three suspected members of a pro-Islamic State group and a soldier were killed": the group named, then the list
_MEMBERS_GAP = re.compile(r"\s+of\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:group|militia|movement|gang|faction|cell|"
                          r"network|organi[sz]ation)\s*(?:,\s*|\s+and\s+)", re.IGNORECASE)
# a list's subject of the forces: "five soldiers of the national army and four assailants were killed" (nine; not the
# object of a killing, "killed two members of the security forces and three others were wounded")
_FORCES_GAP = re.compile(r"\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:army|police|navy|forces)\s*(?:,\s*|\s+and\s+)",
                         re.IGNORECASE)
_NOUN_GAP = re.compile(r"\s+(?!(?:dead|killed|wounded|injured|hurt)\b)[a-z]+(?:,\s*|\s+and\s+)")  # (not "leaving one
# suspect dead and an agent wounded")
_KIN = re.compile(r"\b(?:his|her|their)\s+(?:(?:\d+|[a-z]+)-year-old\s+|(?:young|elderly|pregnant|infant|teenage|"
                  r"teenaged|baby|little|older|younger|eldest|youngest)\s+)?"
                  r"(?:wife|husband|son|daughter|mother|father|brother|sister|child|baby|grandmother|grandfather|"
                  r"grandson|granddaughter|uncle|aunt|nephew|niece|cousin|(?:fare )?collector|conductor|driver|"
                  r"assistant|bodyguard|colleague|companion|friend|partner|aide|escort|guard)\b", re.IGNORECASE)
# one person ("a bus driver and his fare collector")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be)(?:\s+(?:also|later|reportedly|allegedly|subsequently))?"
                             r"(?:\s+(?:found|left|shot|beaten|stabbed|hacked|burned|burnt|"
                             r"trampled|crushed|stoned|clubbed|bludgeoned|lynched|tortured|strangled|battered|kicked|"
                             r"hanged|reported|confirmed))?\s+$",
                             re.IGNORECASE)
# a count right after a killing verb: "killing a captain and two soldiers", "shot dead a driver"
_KILL_BEFORE = re.compile(r"\b(?:killing|killed|martyring|martyred|neutrali[sz](?:e|ed|ing)|eliminat(?:ed|ing)|"
                          r"(?<!having )(?<!of )murdering|(?<!having )murdered|slaughtering|massacring|"
                          r"(?:for|with) the loss of|"
                          r"fatally (?:shot|shooting|stabbed|stabbing)|"
                          r"shoots? dead|shot dead|"
                          r"(?:hacked|stabbed|beat|beaten|burned|burnt|clubbed|bludgeoned) to death|"
                          r"shooting dead|gunned down|"
                          r"beheaded|beheading|"
                          r"executed(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:warrants?|orders?|plans?|search))|executing|"
                          r"massacred|bodies of|(?<!governing )(?<!student )(?<!legislative )body of|"
                          r"losing|lost|"  # "killing four attackers and losing one officer" (people only: _LOST_WHO)
                          # "killing the driver and a passenger": the one after the list's first
                          r"(?:killing|killed|shot dead|shooting dead)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?"
                          r"[a-z]+(?:\s+and|,))\s+(?:at least |about |some |no fewer than |not less than |"
                          r"more than |nearly |"
                          r"almost |up to |the |all )?$", re.IGNORECASE)  # ("killing the two men inside")
# "dozens of protesters and 12 police", "a woman and her three children"
_LOST_WHO = re.compile(r"\b(?:(?:their|its|our)\s+own$|soldiers?|officers?|policem[ae]n|troops|men|fighters|"
                       r"personnel|members|guards|"
                       r"servicemen|gendarmes|comrades|sons?|daughters?|brothers?|children|people)\b", re.IGNORECASE)
_OWN_VERB = re.compile(r"\s+(?:fled|escaped|were|was|had|have|has|managed|ran|survived|are|is|got|remain\w*)\b",
                       re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*,\s*|\s+and\s+(?:(?:her|his|their)\s+)?", re.IGNORECASE)
_CASUALTY_VERB = re.compile(r"\b(?:killed|died|succumbed(?= to (?:his|her|their) (?:injuries|wounds))|"
                            # (not "relatives of the dead drivers": an adjective)
                            r"dead(?!(?:(?<=\bthe dead)|(?<=\bhis dead)|(?<=\bher dead)|(?<=\btheir dead))"
                            r"\s+(?!(?:in|on|at|of|from|and|or|were|was|included|include|after|during|when|as|by|"
                            r"since|this|last|that|who)\b)[a-z])|"
                            r"liquidated|(?<!to have been )murdered(?!\s+(?:[a-z-]+\s+)?(?:[a-z]+s|men|women|children|"
                            r"people)\b)|neutrali[sz]ed|put out of action|beheaded|"
                            r"lost their lives|"
                            r"lost (?:his|her) life|slain|"
                            r"fatally (?:shot|stabbed|wounded|injured|beaten)|"
                            r"gunned down|martyred|"
                            r"embraced (?:martyrdom|shahadat)|(?:were|was|been) sent to hell|"
                            r"paid the (?:supreme|ultimate) price|"
                            r"made the (?:supreme|ultimate) sacrifice|"
                            r"(?:fell|fallen) (?:with (?:(?:their|his|her) )?arms in (?:their |his |her )?hands?|"
                            r"with honou?r|in (?:battle|combat|action)|on the field of honou?r)|"
                            r"injured|"
                            r"wounded|hurt|"
                            r"arrested|detained|to death(?!\s+row))\b", re.IGNORECASE)
# what a toll is of, before it rose: "the death toll from this afternoon's missile strike on Kryvyi Rih has risen to
# six"
_TOLL_OF = r"(?:(?:from|in|of) (?:[\w'’(),.:-]+ ){1,14}?(?=(?:had |has )?(?:rose|risen|climbed|jumped|reached) ))?"
_KILLING = re.compile(rf"\b(?:killing|killed|martyring|neutrali[sz](?:e|ed|ing)|eliminat(?:ed|ing)|shoots? dead|"
                      rf"shot dead|shooting dead|"
                      rf"(?:hacked|stabbed|beat|beaten|burned|burnt|clubbed|bludgeoned) to death|"
                      rf"gunned down|beheaded|"
                      rf"beheading|"
                      rf"executed|executing|massacred|bodies of|"
                      rf"(?:death toll|(?<=\bthe )toll(?= from)) {_TOLL_OF}(?:(?:had |has )?(?:(?:rose|risen|climbed|"
                      rf"jumped) to|reached(?: to)?)|"
                      rf"to|of|stood at|now stands at)|leaving(?=\s+(?:[\w,-]+\s+){1,5}?dead\b))\s+"
                      rf"(?:at least |about |some |more than )?(?P<num>{_NUM}|an?(?= [\w\-]+)|"
                      r"(?:the|its|their|his|her)(?= (?:[\w-]+ )?(?:driver|pilot|owner|shopkeeper|guard|imam|priest|"
                      r"pastor|chief|mayor|governor|commander|officer|soldier|policeman|teacher|headmaster|journalist|victim|passenger|"
                      r"suspect|gunman|attacker|bomber|conductor)\b"
                      r"(?! scheme| programme| program| project| plan| study))|"
                      r"both(?= (?:[\w-]+ )?(?:men|women|people|passengers|occupants|brothers|sons|daughters|soldiers|"
                      r"officers|policemen|victims|children|girls|boys|drivers|journalists)\b"
                      r"|\s*(?:[,.;]|before\b|after\b|when\b|as\b|and\b|in\b|on\b|at\b)))\b"  # ("killing both
                      # before police arrived")
                      r"(?!\s+(?:injured|wounded|hurt))", re.IGNORECASE)
# "two bodies were found in the ashes", "left 12 dead"
_BODIES = re.compile(rf"\b(?:at least |some |more than )?(?P<num>{_NUM}) (?:charred |burned |burnt )?bodies "
                     r"(?:were |had been |have been |was )?(?:found|recovered|discovered|pulled|retrieved)\b"
                     rf"|\bremains of (?:at least |about |some |more than )?(?P<remains>{_NUM}) (?:people|persons|"
                     r"bodies|men|women|victims)\b"
                     rf"|\bleft (?:at least |about |some |more than )?(?P<left>{_NUM}) (?:[\w-]+ )?dead\b"
                     # a communiqué's toll: "the assailants, who left 17 bodies ... on the ground", "on our side we
                     # deplore 3 dead and 5 wounded"
                     rf"|\b(?:left|leaving|abandoned|abandoning) (?:behind )?(?:at least |about |some |more than )?"
                     rf"(?P<abandoned>{_NUM}) (?:of their )?(?:dead|bodies|corpses)\b"
                     rf"|\b(?:deplore[sd]?|mourn(?:s|ed)?) (?:at least |about |some )?(?P<ours>{_NUM}) "
                     rf"(?:dead|killed|deaths)\b"
                     rf"|\b(?:record(?:s|ed)?|registered) (?:at least |about |some )?(?P<recorded>{_NUM}) dead\b"
                     # ("a tribal fight that started on Sunday claimed five lives")
                     rf"|\b(?<!has )(?<!have )(?<!had )claimed (?:at least |about |some |more than )?"
                     rf"(?P<lives>{_NUM}) lives\b"
                     r"(?![^.;]{0,40}\b(?:since|this year|so far|to date|in total|overall)\b)",
                     re.IGNORECASE)
_SPARED = re.compile(r"\b(?:rescu\w*|saved|intervened|escaped|survived)\b", re.IGNORECASE)
_LYNCHED = re.compile(rf"(?<!nearly )(?<!almost )(?<!tried to )(?<!attempted to )\blynched\s+(?P<num>an?|one|{_NUM})\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|"
                      r"suspects?|youths?|teenagers?|persons?|people|men|women|thie(?:f|ves))\b", re.IGNORECASE)
MAX_FATALITIES = 1_000_000  # a larger count is a misreading (a year, an amount), not deaths
_PEOPLE = re.compile(rf"\b(?:{_CASUALTY_NOUNS})\b", re.IGNORECASE)
_TOLL = re.compile(rf"\b(?:(?:death|provisional|final|official|human|latest) toll|(?<=\bthe )toll(?= from)) {_TOLL_OF}"
                   rf"(?:(?:had |has )?(?:rose|risen|climbed|jumped|reached) |stood at |(?:now )?stands at )?"
                   rf"(?:to |at |of )?"
                   rf"(?:at least |about |some |more than )?(?P<num>{_NUM})\b", re.IGNORECASE)
_RUNNING_TOTAL = re.compile(r"\b(?:since|so far this|this (?:year|month)|overall|in total|in all|cumulative|"
                            r"(?:the|this|that) (?:war|conflict|insurgency|crisis|uprising|campaign|offensive)|"
                            r"of the (?:war|conflict|insurgency|crisis|uprising|unrest))\b", re.IGNORECASE)
_SENTENCED = re.compile(r"\b(?:sentenc\w+|condemn\w+)\b", re.IGNORECASE)  # "sentenced three men to death"
_DEATH_VERBS = {"killed", "died", "succumbed", "dead", "liquidated", "murdered", "neutralised", "neutralized",
                "put out of action", "beheaded",
                "lost their lives",
                "lost his life",
                "lost her life", "slain", "fatally shot", "fatally stabbed", "fatally wounded", "fatally injured",
                "fatally beaten", "to death",
                "gunned down", "martyred", "embraced martyrdom", "embraced shahadat", "were sent to hell",
                "was sent to hell", "been sent to hell",
                "paid the supreme price", "paid the ultimate price",
                "made the supreme sacrifice", "made the ultimate sacrifice"}  # ("three VDP fell with their arms in
# hand", "two soldiers paid the supreme price": an army's words)
# where the teller is: "a security source in Tillabéri said", "Sources in Mogadishu, Somalia, said"
_ATTRIBUTION = re.compile(r"\b(?:(?:sources?|officials?|spokes(?:man|woman|person)|correspondents?|residents?|"
                          r"witnesses|doctors?|news agency|broadcaster|television|radio|"
                          r"(?:rights|aid|advocacy|monitoring)\s+groups?)"  # (not "fan groups in Tetovo")
                          r"\s+in\s+"
                          r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*,\s+)?|"
                          # ("claims by the Cambodian defence ministry in Phnom Penh that Thai shells fell")
                          r"(?:claims?|allegations?|accusations?|statements?)\s+(?:made\s+)?by\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:ministry|government|army|military|authorities|officials|police|"
                          r"spokes(?:man|woman|person)|command)\s+in\s+|"
                          r"according\s+to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:police|officials?|sources?|"
                          r"authorities|residents|witnesses|spokes(?:man|woman|person)|statement)"
                          r"(?:\s+(?:office|station|headquarters|command|department))?\s+in\s+(?:the\s+)?|"
                          # ("according to the District Police Office in Siraha")
                          r"according\s+to\s+the\s+(?:prefecture|governorate|municipality|government|administration|"
                          r"police|governor|mayor|office)\s+of\s+(?:the\s+)?|"  # ("according to the prefecture of
                          # Hérault")
                          # ("according to police in Banteay Meanchey province")
                          r"speaking\s+(?:[\w'’-]+\s+){0,4}?(?:in|from)\s+|(?:by|over\s+the)\s+(?:tele)?phone\s+from\s+|"
                          r"(?:said|saying|says|announced|claiming|claimed|alleging|told\s+reporters)\s+in\s+|"
                          r"said\s+(?:(?!\b(?:with|had|have|has|that|they|he|she|we|it|to)\b)[^.;]){0,60}?"
                          r"\b(?:commander|official|spokes\w+|doctor|nurse|chief|leader|elder|"
                          r"governor|mayor|administrator|delegate|director|head|researcher|analyst)\s+(?:at\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){0,3})?in\s+)$", re.IGNORECASE)
# a teller named by its place: "The prefecture in Turin said ...", "the Ehime prefectural police said"
_TELLER_BEFORE = re.compile(r"\b(?:prefecture|police|authorities|ministry|government|governor|administration|office|"
                            r"council|army|military|delegate|representative|envoy|commander|team|committee|junta|"
                            r"regime|command|headquarters|agency|spokes(?:man|woman|person))\s+in\s+(?:the\s+)?$",
                            re.IGNORECASE)
_TELLER_GAP = r"(?:\s+(?:region|province|state|district|county|governorate))?(?:,[^,.;]{0,40},)?\s+"
_SAYS = re.compile(_TELLER_GAP + r"(?:(?:has|have|had)\s+)?(?:said|says|told|reported|added|announced|confirmed|"
                   r"ordered|condemned|denied|urged|"
                   r"warned|vowed|promised)\b")  # ("the office in the Murcia region said", "The prime minister's
# office in Baghdad ordered an investigation": a teller's place)
_TELLER_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:prefectural|provincial|departmental|state|regional|district|county|"
                           r"city|municipal|metropolitan|province|region)\s+)?(?:police|government|authorities|"
                           r"administration|governor|prefecture|"
                           r"governorate|municipality|council|(?:city|town) hall|"  # ("the Tartus governorate said")
                           r"military|army|armed forces|(?:foreign|defen[cs]e|interior)\s+ministry)"
                           r"(?:\s+(?:spokes\w+|chief|commissioner|command|department|headquarters|office))?"
                           # ("Russia's defence ministry in Moscow said")
                           r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
                           r"(?:\s+(?:said|says|told|reported|added|announced|confirmed)\b|"
                           # ("..., according to Copperbelt Province police.")
                           r"(?<=\bpolice)(?=\s*[.;])|(?<=\bauthorities)(?=\s*[.;]))", re.IGNORECASE)
_VEHICLE = re.compile(r"\s+(?:on|at|into)\s+(?:an?|the)\s+(?:\w+\s+)?(?:car|vehicle|van|truck|bus|motorbike|"
                      r"motorcycle)\b", re.IGNORECASE)
_AT_PROTEST = re.compile(r"\s+(?:on|at|into)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:sit-ins?|protests?|"
                         r"protesters|demonstrators|demonstrations?|marchers|march|rally|rallies|strikers|picket)\b|"
                         # "opened fire on residents who had blocked a bridge to protest against the evictions"
                         r"(?:residents|villagers|people|youths|men|women|workers|farmers|traders|crowds?|students)"
                         r",?\s+who\s+(?:had\s+|were\s+|have\s+)?(?:[\w'’-]+\s+){0,6}?(?:to\s+)?"
                         r"(?:protest\w*|demonstrat\w*|march\w*)\b)", re.IGNORECASE)
_AT_GATHERING = re.compile(r"\s+(?:on|at|into)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:crowds?|mourners|"
                           r"worshippers|funeral|procession|gathering)\b", re.IGNORECASE)
_GATHERING_PROTESTED = re.compile(r"\b(?:chant\w*|slogans|(?<!later )(?<!afterwards )(?:protest\w*|demonstrat\w+))\b"
                                  r"(?![^.]*\b(?:later|the next day|the following day|afterwards)\b)", re.IGNORECASE)
_PROTEST_SCENE = re.compile(r"\b(?:protest\w*|demonstrat\w+|crowds?|march\w*|rall(?:y|ies)|sit-ins?|blockades?|"
                            r"occupations?|strikers|pickets?|"
                            r"trucks|convoys?|riot(?:s|ers|ing)?|tear ?gas|burning tyres|barricades)\b", re.IGNORECASE)
_TELLS = re.compile(r"\s+(?:said|say|says|told|reported|fled|ran|hid)\b", re.IGNORECASE)
_HARMED = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt)\b", re.IGNORECASE)
_CIVILIANS = (r"\b(?:residents|people|villagers|locals|mobs?|workers|traders|vendors|prisoners|inmates|fans|"
              r"(?<!armed )(?<!masked )(?<!unidentified )(?<!unknown )(?<!gun)men|women|youths?|crowds?|"
              r"(?<!armed )(?<!militant )groups?)")
_CIVIL_SUBJECT = re.compile(_CIVILIANS + r"\s+(?:had\s+|have\s+|then\s+)?$", re.IGNORECASE)  # "residents set fire"
_CIVILIAN = re.compile(_CIVILIANS + r"\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)
# what forces cleared, the crowd's: "police fired tear gas to clear barricades of burning tyres"
_TO_CLEAR = re.compile(r"\b(?:clear|cleared|clearing|remove|removed|removing|dismantle|dismantled|dismantling)\s+"
                       r"(?:the\s+)?(?:(?!(?:and|then)\b)[\w-]+\s+){0,3}?(?:of\s+)?$", re.IGNORECASE)
_RIOT_NOUN = re.compile(r"riots?\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\s*(?:and|but|while|whereas|as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:was|were|is|are|had|has|have|been|being|remained|stayed|reopened|resumed)\b",
                         re.IGNORECASE)
_GOES_ON = re.compile(r"\s*,?\s*(?:and then|and|then|until|where|when)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"(?:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+\w+)['’]s\s+$)|"
                       r"\b(?:the|this|that|these|those|its|their|both)\s+(?:(?:same|deadly|latest|twin|first|second|"
                       r"weekend|recent|morning|afternoon|evening|night|overnight|dawn|early|earlier|hotel|market|"
                       r"church|mosque|school|bus|convoy|checkpoint|camp|village|prison|bank|airport|station|border|"
                       r"base|post|outpost|barracks|garrison|"
                       r"bridge|restaurant|bar|wedding|funeral|stadium|embassy|mall|hospital|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?|\w+-\w+|"
                       # ("in connection with the January 18 shooting")
                       r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                       r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|"
                       r"september|october|november|december))\s+){0,2}$", re.IGNORECASE)
_WHICH_OF_THE = re.compile(r"\b(?:the|that)\s+(?:[\w-]+\s+)?(?:blast|explosion|bomb(?:ing)?|attack|strike)\b"
                           r"[^.;]{0,60}?,\s*(?:which|that)\s+$", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"\b(?:the|its|their|a)\s+((?:1[5-9]|20)\d\d)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"\b(?:anniversary|commemorat\w+|memorial|remembrance)\s+(?:of|for)\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_ANIMAL = re.compile(r"\b(?:(?:chickens|cows|cattle|goats|sheep|pigs|animals|livestock|birds|camels)\s+(?:were|was|"
                     r"had been|have been)\s+$|(?:an?|the)\s+(?:[\w-]+\s+)?(?:lions?|hippos?|hippopotamus|"
                     r"crocodiles?|elephants?|leopards?|"
                     r"hyenas?|snakes?|bears?|sharks?|tigers?|wolf|wolves|dogs?|buffalo\w*|bees|swarm)\s+"
                     r"(?:[\w-]+\s+){0,2}$)", re.IGNORECASE)
# a scene filmed, not an event: "The actor was shot in a fight sequence filmed in Pune"
_FICTION = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+(?:in|during|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:fight\s+|action\s+)?(?:sequence|scene|film|movie|series|episode|play|video game|screen|"
                      r"thriller|documentary|novel|book)\b",
                      re.IGNORECASE)
# what a film or a play shows: "The series depicts soldiers murdering villagers"
_DEPICTED = re.compile(r"\b(?:depict\w*|portray\w*|shows|showing|dramati[sz]\w*|recreat\w*|re-enact\w*|"
                       r"re-creat\w*)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# forces' own firing in a drill: "Jets fired missiles at targets during a NATO exercise"
_DRILL = re.compile(r"[^.;]{0,60}?\b(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:drills?|exercises?)\b",
                    re.IGNORECASE)
_PETTY_CRIME = re.compile(r"\b(?:shoplift\w*|theft|thie(?:f|ves)|stealing|stole|robbery|robbers?|burglar\w*|fraud\w*|"
                          r"drunk\w*|drink-driving|drink driving|speeding|smuggl\w+|poach\w+|pickpocket\w*|"
                          r"illegal fishing|counterfeit\w*|scam\w*|embezzl\w+|tax evasion|traffic offen[cs]es?|"
                          r"domestic)\b", re.IGNORECASE)
_POLITICAL = re.compile(r"\b(?:protest\w*|riot\w*|unrest|mobs?|looting|gunmen|armed|militants?|rebels?|attacks?|"
                        r"violence|clash\w*|demonstrat\w+|curfew|bandits|jihadists?|insurgents?|kidnap\w*|abduct\w*|"
                        r"bomb\w*|opposition|activists?|journalists?|terror\w*|militia\w*|weapons|arms|rifles|"
                        r"explosives)\b", re.IGNORECASE)
_FIGURATIVE_BLAST = re.compile(r"\b(?:prices?|costs?|demand|sales|inflation|rents?|numbers|population|popularity|"
                               r"anger|debate|scandal|row|market|shares|stocks|traffic|cold|arctic)\s+(?:of\s+)?"
                               r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_MARKET_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:[\w'’-]+\s+)?(?:lira|rupee|dollar|euro|pound|naira|shilling|rand|"
                             r"peso|yen|yuan|rouble|shares|stocks|markets?|prices|index|bonds?|currency|oil|gold)\s+"
                             r"(?:[\w-]+\s+)?", re.IGNORECASE)  # a clause opening "The lira rallied"
_CELEBRATION = re.compile(r"[^.;]{0,80}?\b(?:to celebrate|in celebration|celebrating|to mark (?:the |their |its )?"
                          r"(?:[\w-]+ )?(?:holiday|festival|feast|graduation|victory|title|anniversary|pride|carnival)|"
                          r"to welcome|to cheer|in a (?:carnival|parade|procession) )", re.IGNORECASE)
# ("while people were gathered for a religious festival": no protest)
_GATHERED = re.compile(r"\b(?:gathered|assembled)$", re.IGNORECASE)
_GATHERED_FOR = re.compile(r"\s+for\s+(?:a |the |their )?(?:[\w-]+ )?(?:festival|wedding|feast|celebration|concert|"
                           r"party|holiday|prayers?|service|mass)\b", re.IGNORECASE)
_COMPARED = re.compile(r"(?:\bsince\s+the|\becho(?:ed|es|ing)\s+the|\bunlike(?:\s+the)?)\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "since protests began on Saturday": what began then, set beside the event of the clause
_SINCE_IT_BEGAN = re.compile(r"\bsince\s+(?=[^.;,]{0,80}?\b(?:began|started|erupted|broke\s+out)\b)", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\bthe\s+(?:largest|biggest|worst|deadliest|heaviest|fiercest|bloodiest|most\s+\w+|"
                          r"first)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b|\bin\s+(?:several|many|a\s+few|\w+)\s+(?:weeks|months|years|decades)\b",
                    re.IGNORECASE)  # ("the first attack on the city in several months")
_EVE = re.compile(r"(?:on\s+)?the\s+eve\s+of\b", re.IGNORECASE)
_EVE_OF_DAY = re.compile(r"\beve\s+of\s+(?:[A-Z]\w+day|the)['’]?s?\s+(?:[\w-]+\s+)?$")
_ANCIENT = re.compile(r"\b(?:archaeolog\w*|ancient|tombs?|excavat\w*|prehistoric|centuries|fossil\w*|medieval|"
                      r"Roman|Neolithic|Bronze Age|Iron Age)\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")
_NEUTRALISED = re.compile(r"neutrali[sz]ed|eliminated", re.IGNORECASE)
_SERIES_OF = re.compile(r"\b(?:(?:the\s+)?(?:latest|last|one|part|another)\s+(?:in|of)|amid|after|following|"
                        r"because\s+of|over)\s+an?\s+(?:\w+\s+)?"
                        r"(?:string|series|spate|wave|spree|litany|succession|surge|rash)\s+of\s+"
                        r"(?:[\w-]+(?:,\s+|\s+and\s+|\s+))*$", re.IGNORECASE)  # ("after a wave of killings,
# kidnappings and bomb attacks blamed on drug gangs": a count of events)
_HURT_BY = re.compile(r"\b(?:injur\w+|wounds?|treated|suffering|suffered|inhal\w+|hurt|affected)\s+"
                      r"(?:from|by|of|for)\s+(?:[\w-]+\s+(?:and\s+|,\s*)?){0,4}$", re.IGNORECASE)
_BY_FORCES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|officers|troops|"
                        r"soldiers|security forces|gendarmes|riot police|forces)\b", re.IGNORECASE)
_NTH = re.compile(r"\b(?:the|its|their|a)\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                  r"\s+(?:(?:such|[\w]+-[\w]+|major|deadly|large|big)\s+){0,2}$|\bsuch\s+$", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:for (?:many |several )?(?:years|decades)|(?:have|has) (?:long )?plagued|"
                      # "Similar attacks ... have hit villages around the city of Minya ... several times in recent
                      # years"
                      r"(?:have|has) (?:\w+ )?(?:hit|struck|rocked|shaken|targeted|erupted|broken out)\b[^.;]{0,120}?"
                      r"\b(?:in recent (?:years|decades)|over the (?:past|last) (?:few |several )?(?:years|decades))|"
                      # "Demonstrations ... have been held across Italy almost every week for more than two years"
                      r"(?:have|has) been (?:held|staged|organi[sz]ed|taking place)\b[^.;]{0,60}?\b"
                      r"(?:(?:almost|nearly) )?every (?:week|weekend|month|day|night|year|Friday|Saturday|Sunday)|"
                      r"(?:has|have) (?:seen|witnessed|experienced) (?:repeated|frequent|regular|recurring|periodic|"
                      r"numerous|many|several) |"  # ("has seen repeated protests over water shortages")
                      # "has been attacking convoys on it since the summer"
                      r"(?:has|have) been (?:attacking|targeting|raiding|ambushing|fighting)\b[^.;]{0,80}?\bsince "
                      r"(?:the )?(?:summer|spring|autumn|fall|winter|last year|(?:19|20)\d\d)\b)\b"
                      # "The war has killed tens of thousands of people": a war's toll
                      r"|^(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency|civil war|uprising)"
                      r"\s+(?:has|had|have)\s+(?:already\s+)?(?:killed|left|claimed|displaced)\b",
                      re.IGNORECASE)
_INSECURITY = re.compile(r"\b(?:security|insecurity|violence|violent|attacks?|clashes|unrest|tensions?|fighting|"
                         r"armed|gunmen|bandits|jihadists?|militants?|rebels?|insurgents?|militias?|gangs?|cartels?|"
                         r"kidnappings?|curfew|shelling|advanc\w+|offensive|threats?|killings?|riots?|bombers?|"
                         r"bombings?|blasts?|explosions?|shootings?)\b",  # ("banned motorcycles ..., saying the bomber
                         # was believed to have reached the mosque on one")
                         re.IGNORECASE)
# force in a sentence: armed men, weapons, the hurt, the forces, people or places attacked
_VIOLENT_CONTEXT = re.compile(r"\b(?:gunmen|armed|militia\w*|militants?|bandits|insurgents?|rebels?|fighters|"
                              r"jihadists?|attackers|assailants|gangs?|mobs?|crowds?|youths|terrorists?|guns?|rifles?|"
                              r"machetes?|knives|knife|bombs?|explosives?|grenades?|rockets?|missiles?|drones?|"
                              r"shells?|shelling|shots?|opened fire|fired on|fired at|set fire|gunfire|killed|"
                              r"retaliatory fire|return(?:ed|ing)? fire|"
                              r"garrison|outposts?|barracks|"
                              r"killing|dead|died|wounded|"
                              r"injured|hurt|casualties|soldiers?|troops|army|military|police|officers?|forces|"
                              r"security forces|guards?|villages?|villagers|residents|civilians|people|man|woman|"
                              r"men|women|children|family|homes?|houses?|base|camp|post|station|checkpoint|"
                              r"convoy|patrol|church|mosque|school|market|bus|vehicles?|farm|settlement|"
                              r"positions?|hospital|warplanes?|jets?|aircraft|ships?|vessels?|tankers?|pirates|"
                              r"herders|settlers|separatists|extremists|israeli|russian|"
                              r"ukrainian)\b", re.IGNORECASE)
_ARMED_ACTORS = re.compile(r"\b(?:gunmen|armed (?:men|groups?|persons|individuals|bands?|elements|subjects)|militias?|"
                           r"militiamen|militants?|bandits|insurgents?|"
                           r"terrorists|rebels?|vigilantes|fighters|jihadists?|Wagner|attackers|assailants|"
                           r"khwarij|khawarij|"  # (Pakistan's military for the Pakistani Taliban)
                           r"gang(?:s| members)?|"
                           r"RSF|Rapid Support Forces|"
                           r"Boko Haram|ISWAP|al[- ]Shabaab|Taliban|Islamic State|ISIS|Houthis?|Hezbollah|Hamas|M23|"
                           r"JNIM|FARC|ELN|paramilitar\w+(?!\s+(?:Rangers|police|troops|forces|personnel|units?)\b)|"
                           r"(?-i:PDFs?)|(?<!Uganda )(?<!Tanzania )People['’]s Defen[cs]e Forces?|"
                           r"resistance (?:fighters|forces))\b",
                           re.IGNORECASE)
_ARMED_TARGET = re.compile(r"\b(?:guarding|battalion|brigade|regiment|checkpoint|convoy|patrol|volunteers|outpost|"
                           r"garrison)\b", re.IGNORECASE)
_GUN_FIGHT = re.compile(r"\b(?:shoot-?outs?|gunfights?|gun ?battles?|firefights?)\b", re.IGNORECASE)
_GUNS = re.compile(r"\b(?:guns?|gunfire|gunshots?|gunfights?|gun ?battles?|shoot-?outs?|firefights?|rifles?|rockets?|"
                   r"mortars?|shots|shooting|shot|automatic|firearms|"
                   r"pistols|armed(?! with (?:machetes|sticks|clubs|stones|knives|rocks|iron bars|bows|slingshots|"
                   r"catapults|dynamite|fireworks|petrol bombs|molotov)))\b",
                   re.IGNORECASE)
_CIVILIAN_TARGET = re.compile(r"\b(?:crowds?|bars?|market|pool halls?|billiard halls?|nightclubs?|cafes?|cantinas?|"
                              r"clubs?|house|homes?|cars?|bus|people|civilians|worshippers|"
                              r"(?<!army )(?<!military )(?<!rebel )camp|settlement|village|tents?|"
                              r"villagers|passengers|commuters|queues?|shoppers|residents|students|pupils|workers|"
                              r"restaurant|church|mosque|school|minibus(?:es)?|buses|PMVs?|"
                              r"(?<!army )(?<!military )(?<!police )(?<!armoured )(?<!armored )(?<!security )"
                              r"(?<!patrol )(?:vehicles?|pick-?ups?|pick-?up trucks?|trucks?|lorr(?:y|ies))|"
                              # ("ambushed a public motor vehicle", "a pick-up truck")
                              r"taxis?|matatus?|motorists|traders|farmers|mourners|diners|guests|boats?|nurses|"
                              r"doctors|health workers|aid workers|medics|journalists|pirogues?|canoes?|dhows?|"
                              r"protesters|demonstrators|marchers|strikers|picket(?:ers| lines?)?|sit-ins?|"
                              r"(?<!army )(?<!military )(?<!police )(?<!rebel )(?:roadblocks?|blockades?)|"
                              r"wedding|party|customers|pedestrians|fans|supporters|spectators|family|families|"
                              r"(?:young |unarmed )?(?<!armed )"
                              r"(?<!masked )(?<!gun)men|women|children|boys|girls|teenagers|youths|"
                              r"(?<!armed )(?<!rival )(?<!militant )groups?)\b", re.IGNORECASE)
_KILLING_PEOPLE = re.compile(r",?\s*(?:killing|wounding|injuring)\s+(?:at\s+least\s+)?(?:[\w-]+\s+)?"
                             r"(?:people|civilians|"
                             r"villagers|passengers|worshippers|customers|spectators|children|women|residents|men)\b",
                             re.IGNORECASE)
_AIMED = re.compile(r"\b(?:fired|opened fire|shot|ambush\w*)\b|\bspray", re.IGNORECASE)
# "shooting residents" (not "shooting resumed near the market"): shots at people
_SHOOTING_PEOPLE = re.compile(r"\s+(?:at\s+)?(?:(?:the|a|an|their|his|her)\s+)?(?:[\w-]+\s+)?(?:residents|people|"
                              r"civilians|villagers|worshippers|passengers|shoppers|students|customers|pedestrians|"
                              r"families|women|children|men|youths|crowds?|anyone)\b", re.IGNORECASE)
_SHOOTING = re.compile(r"fire|fired|shot|shooting|gunfire|bullets", re.IGNORECASE)
_FIGHT = re.compile(r"\b(?:clash\w*|exchang\w+|trad(?:ed|ing) (?:shots|fire|gunfire)|battles?|fighting|firefights?|"
                    r"gunfights?|shoot-?outs?)\b",
                    re.IGNORECASE)
_RETURNED_FIRE = re.compile(r"\b(?:return(?:ed|ing)\s+(?:the\s+)?fire|(?:fired|shot)\s+back)\b", re.IGNORECASE)
_GMT_ASIDE = re.compile(r"\([^()]*\b(?:GMT|UTC)\b[^()]*$")
_TIME_ORDER = {"weekday": 0, "date": 0, "day_ref": 0, "relative": 2}
# a shift of whole days, which gives a clock time of its sentence its day when no day is named: "A day later, a jet
# bombed a market at about 10:20 a.m."
_DAYS_LATER = re.compile(r"\bdays?\b.*\b(?:later|after|earlier|before)\b|\b(?:next|following) day\b", re.IGNORECASE)
# the words between "the attack" and the place it names: "the attack on Belgorod", "the blast in a market in"
_OWN_PLACE = re.compile(r"\s+(?:on|in|at|near|outside|against)\s+(?:(?!after\b|before\b|since\b)[^,.;]){0,30}",
                        re.IGNORECASE)
# an event told before, set beside another: "The attacks came days after the junta in Ouagadougou announced ..."
_THE_SAME = re.compile(r"\b(?:the same|that same)\s+(hotel|building|square|mosque|church|school|camp|market|"
                       r"village|town|neighbou?rhood|district|road|highway|bridge|prison|station|office|compound|"
                       r"checkpoint|street|area|site)\b", re.IGNORECASE)
# "stepped up patrols around the canal": the canal told before, where it was
_AROUND_THE = re.compile(r"\b(?:around|near|at|outside|along|on|guarding|to)\s+the\s+(canal|dam|mine|pipeline|"
                         r"power plant|plant|depot|refinery|bridge|camp|checkpoint|base|prison|market|mosque|church)\b",
                         re.IGNORECASE)
_CAME_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:came|come|comes|followed|happened|occurred|took place)\b"
                         r"(?:[^.;]{0,40}?\b(?:after|before|amid|despite)\b(?!\s+(?:about\s+|around\s+)?\d)|"
                         r"(?:(?!\d)[^.;]){0,40}?\bas\b)|"
                         r"followed\b)", re.IGNORECASE)  # ("The
# disorder followed a peaceful protest"; not "The blast happened at around 6:15 am, as soldiers were changing shifts":
# its own clock, and what went on meanwhile)
# "The encounter came two days after an IED exploded ... on November 29": how far apart two events lie, when the
# other's day is told
_GAP_TOLD = re.compile(r"\b(?:came|comes|come|happened|occurred|took\s+place|followed)\s+$", re.IGNORECASE)
_PEOPLE_SUBJECT = re.compile(r"\b(?:people|protesters|demonstrators|men|women|youths|activists|suspects|migrants|"
                             r"students|residents|villagers|opponents|dissidents|journalists|boys|girls|refugees)\b",
                             re.IGNORECASE)
_RESCUE = re.compile(r"\b(?:rescu\w+|evacuat\w+|ambulances?|ferry|ferries|to safety|to (?:a |the )?"
                     r"(?:hospital|clinic|museum|shelter)|survivors|stray|cattle|dogs|horses|sheep)\b", re.IGNORECASE)
_POLICE_SUBJECT = re.compile(r"\b(?:police|policemen|officers|gendarmes|detectives)\b", re.IGNORECASE)
_UNREST = re.compile(r"\b(?:protest\w*|riot\w*|unrest|mobs?|crowds?|looters?|looting|gangs?|gunmen|armed men|"
                     r"militants?|rebels?|insurgents?|fighters|attack\w*|violence|clash\w*|arson\w*|youths|"
                     r"demonstrat\w+|authorities|police|soldiers|troops|army|bulldoz\w+|sabotage|curfew|"
                     r"militia\w*|jihadists?|bandits)\b", re.IGNORECASE)
_NOT_UNREST = re.compile(r"\b(?:electrical fault|short circuit|kitchen|accident\w*|shoppers|panic buy\w*|deals|"
                         r"sale|floodwaters?|earthquake|executives|embezzl\w+|fraud)\b", re.IGNORECASE)
_WAR_WORDS = re.compile(r"\b(?:shell\w*|gunfire|artillery|air ?strikes?|mortars?|rockets?|front ?line|offensive|"
                        r"war|ceasefire|truce|civilians|displaced|fled)\b", re.IGNORECASE)
_NOT_TAKEN = re.compile(r"\b(?:hostages?|captives?|prisoners?|on (?:video|camera|film)|as (?:a |an )?(?:target|example|"
                        r"model)|ago)\b|['’]s\b", re.IGNORECASE)
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:the\s+(?:town|city|village|district|garrison\s+town)\s+of\s+)?(?-i:[A-Z])\w")
_FIGHTERS = re.compile(_ARMED_ACTORS.pattern + r"|\b(?:factions?|dissidents|guerrillas?|combatants|soldiers|troops)\b|"
                       r"\bmembers of the (?:[\w-]+ )?(?:group|militia|movement|faction|cell|network)\b|"
                       r"\b(?-i:[A-Z]{2,6}) (?:members|cadres)\b", re.IGNORECASE)  # ("14 NPA members")
# a direction, not a place: "pushed the attackers back towards the Cameroon border", "fled towards Mali" (a
# march "towards parliament" does go there)
_TOWARDS = re.compile(r"\b(?:towards?|in the direction of)\s+(?:the\s+)?$", re.IGNORECASE)
# the goal of a journey from somewhere: "tried to march out of Lahore towards Islamabad" (not there yet; nor the
# far end of a road: "struck a car on the road south of Mayadin towards Albu Kamal")
_FROM_TOWARDS = re.compile(r"\b(?:out of|from|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
                           r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
                           r"(?:towards?|in the direction of)\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b", re.IGNORECASE)
_RETREAT_TO = re.compile(r"\b(?:back|fled|fleeing|retreated|retreating|withdrew|withdrawing|escaped|escaping|"
                         r"(?<=kidnappers )headed|(?<=gunmen )headed|(?<=attackers )headed|(?<=abductors )headed)\s+"
                         r"(?:[\w-]+\s+){0,5}?(?:towards?|in the direction of|into)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                         re.IGNORECASE)  # ("the kidnappers headed towards the southern Philippines")
# ("fled in a silver sedan towards Mqanduli")
# where goods or people cross to: "hoarding fuel for smuggling across the border to Tanzania"
_ACROSS_TO = re.compile(r"\b(?:smuggl\w*|traffick\w*|carr\w+|transport\w*|export\w*|ferr\w+)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:across|over)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier|river|lake)\s+(?:in)?to\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# where a column or a convoy was going, not where it was hit: "tanks heading towards the city near the town of X"
_HEADING_TO = re.compile(r"\b(?:(?:heading|headed|moving|advancing|travell?ing|driving|bound|en route|"
                         r"on (?:its|their|his|her) way)|(?:escort\w*|carrying|ferrying|taking)\s+(?:[\w-]+\s+){0,3}?)"
                         r"\s*(?:back\s+)?"
                         r"(?:to|towards?|for|in the direction of)\s+(?:the\s+)?"
                         r"(?:(?:(?!near\b|outside\b|in\b|at\b|close\b)[\w-]+\s+){0,3}?(?:town|city|village|port|capital)"
                         r"\s+of\s+)?$", re.IGNORECASE)
# ("as it escorted fuel lorries towards the uranium mining town of Arlit": where the convoy was going)
# "since September 2022, when dozens of people were killed": the deaths of that year
_SEASON = r"(?:summer|winter|spring|autumn|fall)"
_SEASON_WHEN = re.compile(rf"\blast\s+{_SEASON},?\s+when\b[^.;]{{0,80}}$", re.IGNORECASE)
_YEAR_WHEN = re.compile(r"\b(?:in|since|during)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)s?,?\s+when\b"
                        r"[^.;]{0,80}$")
# a span reaching back over years: "in recent years", "over the past decade"
_SPAN_BACK = (r"in recent (?:years|months)|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|months|decades?)|"
              r"(?:so far )?this year|since the (?:start|beginning) of the year")  # ("at least 30 drivers have been
# killed in the country this year": a running toll)
_PAST_SPAN = re.compile(r"(?:(?!\b(?:who|which|that|whom|most|first|\w+est)\b)[^.;,]){0,60}?\b(?:" + _SPAN_BACK
                        + r")\b")
_IN_YEAR_BEFORE = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b,?\s+(?:(?!\b(?:when|after|before|and|but|since|"
                             r"while|as)\b)[^.;,]){0,100}$", re.IGNORECASE)
_LAST_YEAR = re.compile(r"(?:(?!\b(?:who|which|that|whom)\b)[^.;,]){0,40}?\b(?:last year|a year ago|"
                        rf"last {_SEASON})\b")  # ("turned deadly last summer")
# past an aside on the place: "Gangs overran Mirebalais, in the neighboring Centre department, in March last year"
_LAST_YEAR_PAST_ASIDE = re.compile(r"(?:(?!\b(?:who|which|that|whom)\b)[^.;,]){0,40}?,\s+(?:in|near|on|of)\s+"
                                   r"[^.;,]{1,50},\s+in\s+(?:(?:January|February|March|April|May|June|July|August|"
                                   r"September|October|November|December|spring|summer|autumn|winter)\s+)?"
                                   r"(?:last year|a year ago)\b")
# ("The gang leader arrested last month was transferred on Wednesday to a prison in Cuenca": an arrest of the past;
# not "protested on Monday against a tax passed last month")
_LAST_MONTH = re.compile(r"(?:(?!\b(?:who|which|that|whom|against|over|for|on|passed|introduced|imposed|announced|"
                         r"approved|adopted|raised|since)\b)[^.;,]){0,30}?\b(?:last month|(?:a|two|three|several) "
                         r"months ago)\b", re.IGNORECASE)
_IN_YEAR_AFTER = re.compile(r"(?:(?!\b(?:who|which|that|whom|after|before|set|built|opened|founded|established|"
                            r"created|launched|installed|constructed|erected|dug|made|held|signed|elected|"
                            r"started|begun)\b)[^.;,]){0,40}?"
                            r"\bin\s+((?:19|20)\d\d)\b")
# the year an event is named by ("the protests of 2019"), and the year of a "where" clause about a place's past
_OF_YEAR = re.compile(r"\s+of\s+((?:19|20)\d\d)\b")
_WHERE_LEAD = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
_WHERE_YEAR = re.compile(r"(?:(?!\b(?:on\s+\w+day|yesterday|today|tonight|last\s+night|this\s+(?:morning|week)|"
                         r"against|to\s+protest|granted|passed|signed|imposed|adopted|issued|approved|introduced|"
                         r"enacted|awarded|handed|delivered|jailed|sentenced|elected|built)\b)[^.;,]){0,80}?"
                         r"\b(?:in|of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)  # (not "marched on Monday against a
# mining licence granted in 2019")
_FLARED_BEFORE = re.compile(r"[^.;]{0,80}?\b(?:have|has|had)\s+(?:\w+\s+)?(?:flared|erupted|broken\s+out|occurred|"
                            r"taken\s+place|been\s+held)\s+(?:up\s+)?(?:before|in\s+the\s+past|previously)\b",
                            re.IGNORECASE)
_MOURNED = re.compile(r"\b(?:funeral|burial|memorial|vigil|(?<!the )wake)\s+(?:service\s+)?(?:of|for)\s+"
                      r"[^.;]{0,80}?,?\s+who\s+(?:had\s+)?$", re.IGNORECASE)
_STEPPED_UP = re.compile(r"\b(?:stepped up|intensified|escalated|increased|carried out|launched|staged)\s+"
                         r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# a past toll, by a span back (not "leaving four rebels and a soldier dead in one of the deadliest encounters in
# the Bicol region this year": the day's deaths, ranked)
_SINCE_YEAR = re.compile(r"(?:(?!\b(?:who|which|that|whom|most|worst|deadliest|bloodiest|heaviest|biggest|largest|"
                         r"fiercest)\b)[^.;]){0,60}?\b(?:(?:since|in)\s+(?:19|20)\d\d\b|"
                         r"since\s+(?:January|February|March|April|"
                         r"May|June|July|August|September|October|November|December|the start of the year|"
                         r"the beginning of the year)\b|so far this year|" + _SPAN_BACK + ")", re.IGNORECASE)
# a site told of before: "set up a base at the mine"
_BACK_THERE = re.compile(r"\b(?:at|in|near|outside|inside|around|into) the (?:same |nearby )?(?:mine|camp|site|scene|"
                         r"village|farm|compound|prison|border post|crossing|checkpoint|plant|factory|oil ?field|"
                         r"estate|settlement)\b", re.IGNORECASE)
# the noun before a definite event word: "the hotel attack", "the market bombing" (not "the attack", "the deadly
# attack", "the second attack")
_MODIFIER = re.compile(r"\b(?:the|that|this)\s+(?!(?:deadly|fatal|latest|first|second|third|last|recent|earlier|"
                       r"previous|same|suicide|bomb|car|armed|overnight|weekend|morning|evening|night)\b)"
                       r"([a-z]{3,})\s+$")
# where a road leads, not where it was blocked: "the main road from El Kseur to Algiers"
_BETWEEN_ENDS = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_ROUTE_END = re.compile(r"\b(?:road|highway|motorway|route|railway|traffic|flights?|buses)\s+(?:(?:from\s+(?-i:[A-Z])"
                        r"[^,.;]{0,40}?\s+)?(?:leading\s+|heading\s+|running\s+)?(?:(?:north|south|east|west)\w*\s+)?"
                        r"(?:to|towards?)|(?:linking|connecting|joining)(?:\s+(?:(?!(?:at|in|near|outside|on|"
                        r"by)\b)[\w'’-]+\s+){1,4}?(?:to|with|and))?)"
                        r"\s+(?:the\s+)?$", re.IGNORECASE)  # ("the road north towards Galkayo", "the highway linking
# the state capital to Lafia")
# where a bridge leads: "the international bridge to the Argentine town of La Quiaca" (dropped when the sentence names
# the town it was blocked at, as the towns a road is named after)
_BRIDGE_TO = re.compile(r"\b(?:bridge|crossing)\s+(?:leading\s+)?(?:to|towards?)\s+(?:the\s+)?"
                        r"(?:(?:[\w'’-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)
# the towns a road is named after: "the Bishkek-Naryn highway at the entrance to Kochkor"
_ROAD_WORD = r"\s+(?:road|highway|motorway|expressway|freeway|route|railway|rail\s+line|corridor|axis)\b"
_ROAD_NAME_ON = re.compile(r"[-–][A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?(?:[-–][A-Z][\w'’]*)*" + _ROAD_WORD)
_ROAD_NAME_END = re.compile(_ROAD_WORD)
_ROAD_NAME_START = re.compile(r"[A-Z][\w'’]*[-–]$")


def _in_road_name(text: str, r: ResolvedMention) -> bool:
    """Whether mention ``r`` is one of the towns a road is named after ("the Bolgatanga-Bawku highway")."""
    return _ROAD_NAME_ON.match(text, r.mention.end) is not None or (
        _ROAD_NAME_START.search(text, max(0, r.mention.start - 40), r.mention.start) is not None
        and _ROAD_NAME_END.match(text, r.mention.end) is not None)


_ROAD_BETWEEN = re.compile(r"\b(?:road|highway|motorway|route|railway)\s+between\s+(?:(?:(?-i:[A-Z])[\w'’-]*\s+"
                           r"){1,3}(?:and|to)\s+)?$", re.IGNORECASE)
_QUALIFIER_GAP = re.compile(r",\s*")
# where an event was only heard or felt: "the shooting could be heard across the river in Kinshasa"
# (not "gunfire was heard near the main square": there it was)
_HEARD_AT = re.compile(r"\b(?:heard|felt|audible|visible)\s+(?:as\s+far\s+(?:away\s+)?as\s+(?:the\s+)?|(?:from\s+)?"
                       r"across\s+the\s+(?:river|border|bay|lake|water|valley|strait|frontier|sea|gulf|channel|"
                       r"estuary)\b[^,.;]{0,25})$", re.IGNORECASE)
# an event noun told as heard or seen: "Explosions were (also) heard in Dnipro", "gunfire could be heard"
_HEARD_THERE = re.compile(r"\s+(?:(?:were|was|could\s+be|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|clearly\s+)?"
                          r"(?:heard|felt|seen|audible|visible)|(?:echoed|rang\s+out|sounded)\s+(?:across|over|through|in)"
                          r")\b", re.IGNORECASE)
_NOTICED = re.compile(r"\b(?:heard|felt|seen|visible|audible)\b", re.IGNORECASE)
_THAT_TIME = re.compile(r"\b(?:that|the same)\s+(?:night|evening|morning|afternoon|day)\b|"
                        r"\b(?:at|on)\s+the\s+(?:scene|spot)\b", re.IGNORECASE)  # ("The unit detained five other
# guards at the scene": the scene and the day told last)
_PARAGRAPH_START = re.compile(r"\n\s*$")
_WHEN = re.compile(r"when\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")  # "12 March", "the 3rd of March"
_MONTH_USE = re.compile(r"\s*(?:\d|of\b|this\b|last\b|next\b|and\b|in\b|from\b|until\b|to\b|,|\.|$)")
_POSSESSIVE_DAY = re.compile(r"['’]s$")
_ANCHOR_ENDS = re.compile(r"\s*(?:,|that\b|this\b|then\b|it\b)", re.IGNORECASE)
_BEFORE_THE = re.compile(r"\b(?:before|after)\s+the\s+$", re.IGNORECASE)
_THE_EVENT_COMMA = re.compile(r"\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,", re.IGNORECASE)
_ANCHOR = re.compile(r"\b(?:after|before)\s*$", re.IGNORECASE)  # "two days after <an earlier event>"
_PLANNED_FOR = re.compile(r"\b(?:called|planned|scheduled|set|due)\s+(?:for\s+)?$", re.IGNORECASE)
_DUE_TO = re.compile(r"\b(?:is|are)\s+(?:due|expected|set|scheduled|slated)\s+to\s+(?!have\b)", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:due|expected|set|scheduled|slated)\s+to\s+"
                      r"(?!have\b)(?:[\w-]+\s+){1,6}"
                      r"|(?:would|will)\s+(?:be\s+)?(?:arraigned|charged|tried|sentenced|released|appear|brought|"
                      r"taken)\s+(?:[\w-]+\s+){0,4}"
                      # ("will be produced before the Hambantota Magistrate's Court today")
                      r"|(?:would|will)\s+(?:be\s+)?(?:produced|presented)\s+(?:(?!(?:over|for|after|in)\b)[\w'’-]+\s+)"
                      r"{0,6}"
                      # ("has reached a tentative agreement ..., and it will put the deal to a vote on Friday")
                      r"|,?\s+(?:and|but)\s+(?:it|they|he|she|we)\s+(?:will|would|plans?\s+to|intends?\s+to)\s+"
                      r"(?!have\b)(?:[\w-]+\s+){1,7})$", re.IGNORECASE)  # "had been arrested and would be arraigned on
# Friday": the arraignment's day
_DEADLINE = re.compile(r"\bto\s+(?!the\b|an?\b)\w+\b[^.;,]*$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|to)\s*$|^(?:until|till)\b", re.IGNORECASE)
_UNTIL_CLAUSE = re.compile(r"\b(?:until|till)\s+(?:[\w'’-]+\s+){1,5}?(?:(?:in|on|at|by)\s+(?:the\s+)?)?$",
                           re.IGNORECASE)
# a clause about what is to come: "the emergency takes effect at 00:00 on Sunday"
_FUTURE_CLAUSE = re.compile(r"\b(?:will|shall|takes effect|to take effect|comes into force|is due to|are due to|is to|"
                            r"are to|(?:was|were) to be)\b", re.IGNORECASE)
_MIDNIGHT = re.compile(r"\bmidnight\b|\b00:?00\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_BARE_DEATH = re.compile(r"(?:(?:were|was|been|be) )?(?:killed|died|dead|deaths?|killing|death toll)", re.IGNORECASE)
SAME_SCENE_KM = 10.0  # arson this close to a riot told just before is that riot's (Motijheel in Dhaka), farther off
# not (Schkeuditz, 15 km from Leipzig)
NEARBY_KM = 30.0  # deaths told at a place this close to a violent event of their sentence are that event's
MAX_AGE_DAYS = 45  # an event that ended longer before publication is background
STORY_DAYS_BACK = 7  # an event given the story's day takes a later telling's time up to this many days before it
_VIOLENT_GROUPS = {"armed", "vac", "riot", "attack", "clash"}
_ABDUCTION = "Abduction/forced disappearance"  # takes no deaths: an abduction told beside killings is an event apart
_TOWN_JOINER = re.compile(r"\s*,?\s+(?:and|or)\s+(?:(?:parts?|areas|outskirts|the outskirts) of\s+)?(?:the\s+)?",
                          re.IGNORECASE)  # "in Choloma and parts of San Pedro Sula"
_LIST_JOINER = re.compile(r"\s*(?:,|and|, and|or|as well as)\s+(?:the\s+)?")
SAME_LANDMARK_KM = 0.3
# the sub-event types a trigger gives when the text says nothing more specific
_GENERIC_SUB_TYPES = {"Armed clash", "Remote explosive/landmine/IED", "Violent demonstration", "Peaceful protest",
                      "Change to group/activity", "Disrupted weapons use", "Other"}  # not "Attack": not an abduction
_POLICE_AT_PROTEST = {"Protest with intervention", "Excessive force against protesters"}
_PRECISION_RANK = {p: i for i, p in enumerate(GEO_PRECISIONS)}  # finest first
_TIME_RANK = {p: i for i, p in enumerate(TIME_PRECISIONS)}
_NATIONWIDE = re.compile(r"\b(?:nationwide|across the country|around the country|throughout the country|"
                         r"across the nation)\b", re.IGNORECASE)
# the subject of a sentence with no place of its own that acts for the whole country
_NATIONAL = re.compile(r"\b(?:the president|president \w+|prime minister|cabinet|nationwide|across the country)\b",
                       re.IGNORECASE)
# police acting on a protest in the same sentence: a protest with intervention
_INTERVENED = re.compile(r"\b(?:tear ?gas|water cannons?|rubber bullets|plastic bullets|foam (?:projectiles|bullets)|"
                         r"pepper[- ]?balls|pepper spray|stun grenades|batons?|"
                         r"dispers\w+(?! peacefully| quietly| calmly| without incident| on their own)|"
                         r"arrest(?:ed|ing)|detain(?:ed|ing)|(?:broke|broken|break|breaking) (?:it |them )?up)\b",
                         re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+ed\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)  # "Fighting had raged"
_AHEAD_OF = re.compile(r"\b(?:ahead|in advance)\s+of\s+(?:the|a|an|this|next|tomorrow['’]s|"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_RIGHT_TO = re.compile(r"\b(?:right|freedom)\s+to\s+(?:peaceful(?:ly)?\s+)?$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_CHARGE_OF = re.compile(r"\b(?:on\s+(?:charges?|suspicion)\s+(?:of|including)|charged\s+with|suspected\s+of)\s+"
                           r"(?:(?!(?:had|have|has|were|was|are|is|been|being)\b)(?:[\w-]+\s+|[\w-]+,\s+(?!and\b))){0,6}?"
                           r"(?:(?:and|or)\s+(?:of\s+)?)?$",
                           re.IGNORECASE)
_GROUP_SUSPECTED = re.compile(r"\bthe\s+same\s+(?:group|rebels|militants|gunmen|insurgents|fighters|militias?|"
                              r"jihadists|bandits|gangs?)\s+(?:is|are|was|were)\s+(?:also\s+)?suspected\s+of\s+",
                              re.IGNORECASE)
_ACCUSED_OF = re.compile(r"\baccus(?:ed|ing|es)\s+(?:[\w'’-]+\s+){0,5}?of\s+(?:[\w-]+\s+)?$|"
                         r"\b(?:claim(?:ed|ing|s)?|alleg(?:ed|ing|es))\s+that\s+(?:[\w'’-]+\s+){0,5}?$",  # ("claiming
                         re.IGNORECASE)  # that the Armenian side opened fire first")
_BLAME_FOR_FIRST = re.compile(r"[^.;]{0,60}?\b(?:first|each other|one another)\b", re.IGNORECASE)
_OPERATION_DOERS = re.compile(r"\b(?:police|troops|soldiers|army|military|security forces|guards?|gendarmes?|officers|"
                              r"authorities|units)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|reported|according)\b", re.IGNORECASE)
# one hurt in an event told before, who died later: "A man who was injured in the violence died", "Two of the wounded
# later died"
_HURT_BEFORE = re.compile(r"(?:\b(?:who|which)\s+(?:was|were|had been)\s+(?:critically\s+|seriously\s+|badly\s+)?"
                          r"(?:injured|wounded|hurt|shot|burned|burnt|stabbed)"
                          # ("a medical source said at least 12 soldiers had died in the battle for the town")
                          r"|\bhad\s+(?:died|perished|been\s+killed))\s+(?:in|during)\s+the\s+(?:[\w-]+\s+)?"
                          r"(?P<what>violence|unrest|riots?|rioting|clash(?:es)?|fighting|battle|attacks?|shooting|blast|"
                          r"explosion|bombing|ambush)\b|"
                          r"\b(?:of|among)\s+the\s+(?:wounded|injured)\b[^.;]{0,20}?\b(?:later\s+)?(?:died|succumbed)",
                          re.IGNORECASE)
_ONE_TOLD_DIED = re.compile(r"\s*The\s+(?:suspect|militant|gunman|attacker|assailant|fighter|rebel|insurgent|victim|"
                            r"dead\s+man|slain\s+man)\s+(?:was|had\s+been)\s+(?:shot\s+dead|killed|shot)\b")
_HIT_DIED = re.compile(r"\s*(?:An?|One|The)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*(?:who\s+was\s+)?(?:hit|shot|struck)\s+"
                       r"in\s+the\s+(?:chest|head|neck|back|abdomen|stomach|leg|thigh|face)\s*,\s*(?:later\s+)?"
                       r"(?:died|succumbed)\b")
_VICTIMS_AFTER = re.compile(r"\s+(?:(?:the|a|an|two|three|several|\d+)\s+)?(?:[\w-]+\s+)?"
                            r"(?:farmers|villagers|civilians|"
                            r"residents|worshippers|passengers|traders|herders|travell?ers|motorists|women|children|"
                            r"students|pupils|families|homes|houses|a village|the village|a market)\b", re.IGNORECASE)
_PROTESTERS_AFTER = re.compile(r"\s+(?:(?:the|a|an|some|several)\s+)?(?:group\s+of\s+)?(?:counter-?protesters|"
                               r"counter-?demonstrators|protesters|demonstrators|marchers)\b", re.IGNORECASE)
_THE_ONE = re.compile(r"\s+(?:the|that|this)\s+(?:[\w-]+\s+)?", re.IGNORECASE)  # "hours after the bombing"
_SAME_DAY_AS = re.compile(r"\s+as\s+(?:the|that|this)\b", re.IGNORECASE)
_CAUSE_WORD = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
_DEMANDED = re.compile(r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|"
                       r"press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for)\s+(?:the\s+)?(?:immediate\s+|swift\s+)?$",
                       re.IGNORECASE)
_HAUL_BEFORE = re.compile(r"\b(?:recovered|seized|confiscated|surrendered|handed\s+over|turned\s+over)\s+"
                          r"(?:(?!(?:when|as|after|while|before|but|which|that)\b)[\w'’-]+,?\s+){0,14}?and\s+"
                          r"(?:an?|the|one|two|three|several|some)\s+(?:improvised\s+|home-?made\s+|unexploded\s+)?$",
                          re.IGNORECASE)
# ("gathered outside the prison ..., saying they had been arrested without evidence": their grievance)
_CLAIMED_ARRESTED = re.compile(r"\b(?:saying|claiming|complaining|alleging|insisting)\s+(?:that\s+)?(?:they|he|she|we|"
                               r"(?:their|his|her|our)\s+[\w'’-]+)\s+(?:had|have)\s+been\s+(?:\w+ly\s+)?$",
                               re.IGNORECASE)
_RELEASE_OF = re.compile(r"\b(?:release|freedom|freeing) of\b[^.;]*$|\bwho (?:had been|have been|were|was) $|"
                         # ("held a sit-in ... a day after Israeli troops detained a shepherd": an event before it)
                         r"\b(?:a|one|two|three|four|five|several|\d+) (?:days?|weeks?|nights?) after\b[^.;,]*$",
                         re.IGNORECASE)
# "Police in Mary, the fourth-largest city in Turkmenistan, broke up ...", "farmers in Sejong, the administrative
# city about 120 km south of the capital, dumped ...": the places of an appositive only describe the one before it
_APPOSITIVE = re.compile(r"\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:city|town|capital|port|village|district|"
                         r"province|region|state|island|suburb|neighbou?rhood|hub|settlement|township|commune|"
                         r"municipality|stronghold)\b|"  # ("Mbour, a fishing and tourism hub south of the capital")
                         r"(?:in|on)\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|heart|middle|interior|"
                         r"outskirts|edge)(?:[\s-]?(?:east|west))?\s+of\b)", re.IGNORECASE)
# "In Shatra, north of Nasiriyah,": where a town lies (only after a town's name)
_COMPASS_APPOSITIVE = re.compile(r"\s*(?:(?:about|some|around|just|immediately|directly|slightly|far)\s+)?"
                                 r"(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:\(\d+\s+miles\)\s+)?"
                                 r"(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of\b", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|inside|into|on|hit|struck|toward|towards|across|from)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
# forces as actors; not as tellers ("Police said two men ...", "a police spokesman said")
_SECURITY = re.compile(r"\b(?:police|policem[ae]n|officers?|gendarmes?|security forces|troops|soldiers|army|"
                       r"military|(?<!security )(?<!private )(?<!mine )guards|(?-i:Levies)|"
                       r"(?:paramilitary|Punjab|Sindh|Pakistan)\s+(?-i:Rangers)|"
                       r"(?:security|military|army|police|paramilitary) "
                       r"personnel)\b(?!\s+(?:(?:have|has|had)\s+)?(?:said|say|says|told|reported|added|spokes\w+|"
                       r"believe[ds]?|suspect(?:s|ed)?|think|thought|"  # ("in what police believe is a feud")
                       r"commissioner|chief|command|commanders?|"  # ("the police command for the Northern Region
                       # said": a teller)
                       r"statement|sources?)\b|"
                       # ("police and a rural workers' association said": tellers)
                       r"\s+and\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|say|says|told|reported)\b|"
                       # ("police in Soufli said a group of men attacked three migrants": a teller and its town)
                       r"\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:said|say|says|told|reported)\b)",
                       re.IGNORECASE)
# the forces' things, not the forces: "pushed through police barriers", "police lines"
_FORCES_THING = re.compile(r"\s+(?:barriers?|barricades?|lines?|cordons?|tape|fences?|vehicles?|cars?|vans?|trucks?|"
                           r"stations?|posts?|buildings?|headquarters|land ?rovers?|jeeps?|pick-?ups?|patrol cars?|"
                           r"horses?|dogs?|bases?|barracks|checkpoints?|divisions?|offices?|outposts?|booths?|"
                           r"academ(?:y|ies)|quarters)\b", re.IGNORECASE)
# where people or forces came from: "reinforcements flown in from Jayapura", "A fourth man, from Nablus, was
# arrested", "a student from Vancouver" (not where the event was; "authorities from Totonicapán blocked" may be)
_ORIGIN = re.compile(r"(?:\b(?:flown|sent|brought|bus+ed|airlifted|drafted|dispatched|arrived|came|rushed|driven|"
                     r"moved|transferred|redeployed|called|fired|launched|cross(?:ed|ing)?|infiltrat(?:ed|ing)|"
                     r"smuggled)(?:\s+in|\s+the\s+border)?(?:\s+by\s+(?:road|air|bus|helicopter|plane|train|sea|truck))?|"
                     r",|"  # ("smugglers who tried to cross from Syria"; "brought in by road from Laghouat")
                     # ("the minister announced it from Santo Domingo")
                     r"\b(?:announced|said|spoke|speaking|declared|confirmed)(?:\s+(?:it|this|so))?|"
                     # ("flown to Surabaya overnight from Jakarta")
                     r"\b(?:flown|bus+ed|airlifted|dispatched|rushed|redeployed|transferred)\s+to(?:\s+[\w'’-]+){1,5}?|"
                     r"\b(?:units|reinforcements|troops|officers|policemen|gendarmes|soldiers|teams|squads|"
                     r"contingents|detachments|personnel)|"  # ("police units from
                     # Tbilisi arrived in Kutaisi")
                     r"\b(?:an?|one|another|the)\s+(?:\d+-year-old\s+)?"
                     r"(?:[\w-]+\s+)?(?:man|woman|boy|girl|teenager|student|pupil|worker|labourer|driver|trader|"
                     r"activist|journalist|reporter|tourist|pilgrim|migrant|native|resident|businessman|farmer|"
                     r"teacher|doctor|nurse|soldier|officer|policeman|suspect|victim|passenger)|\b(?:an?|the|one)\s+"
                     r"\d+-year-old|"
                     # ("who had moved to the city from Gothenburg")
                     r"\b(?:moved|relocated|returned|come|came)\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|"
                     # ("A neutral force sent by the interior ministry of the Government of National Unity from
                     # Tripoli arrived in Zliten")
                     r"\b(?:sent|dispatched|deployed|flown|brought)\s+by\s+[^,.;()]{1,80}?)"
                     r"\s+from\s+(?:the\s+)?(?:(?:[\w-]+-)?occupied\s+|annexed\s+|neighbou?ring\s+)?"  # ("launched from
                     # occupied Crimea"; "flown in from Makassar on the island of Sulawesi")
                     r"(?:(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:on\s+the\s+island|in\s+the\s+(?:province|state|region))\s+"
                     r"of\s+)?$",
                     re.IGNORECASE)
# where a line or road leads, told of what was blocked or hit: "the railway line that carries phosphate from the mines
# of Gafsa to the coast", "the highway linking Kabul and Jalalabad" (not where it was blocked)
# where goods were carried from and to: "tanker trucks, which were transporting fuel from the port of Dakar in
# Senegal to Bamako"
_CARGO_ROUTE = re.compile(r"\b(?:transport(?:ing|ed)|carrying|carried|hauling|ferrying|delivering|shipping)\s+"
                          r"(?:[\w'’-]+\s+){0,3}?from\s+(?:(?:(?!(?:and|but|or|was|were|had|has|have|which|that|"
                          r"who|where|when|by)\b)[\w'’-]+\s+){1,7}?(?:to|in)\s+)?(?:the\s+)?"
                          r"(?:[\w-]+\s+(?:of|at)\s+)?$", re.IGNORECASE)
_ROUTE_OF = re.compile(r"\b(?:(?:that|which)\s+(?:carries|carried|carry|transports|brings|runs|leads|goes)|linking|"
                       r"connecting|(?:that|which)\s+(?:links|connects))\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:(?:from|to|between|with)\s+)?(?:the\s+)?(?:[\w-]+\s+(?:of|at|in)\s+)?"
                       r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:and|to|with)\s+)?$", re.IGNORECASE)
# where a teller is based, or what it watches: "according to the group, which is based in Norway and monitors the
# Kurdish regions of Iran", "a monitor based in Britain"
_ORGANISATION_CLAUSE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$|\b(?:group|organi[sz]ation|monitor|"
                                  r"NGO|agency|charity|watchdog|network|observatory),?\s+(?:which|that)\s+"
                                  r"(?:is|are|has|have)?\s*[^.;()]{0,80}?\b(?:based|monitors?|covers?|tracks?|works?)"
                                  r"\b(?:(?!\b(?:said|says|reported|reports|told|added)\b)[^.;()]){0,60}$",
                                  re.IGNORECASE)
# forces acting on a gathering, whoever it is of: "gendarmes opened fire to disperse residents blocking the railway"
# people met to protest ("Several hundred young people had gathered outside the prefecture to demand that ...")
_GATHERED_TO = re.compile(r"\b(?:gathered|assembled|massed|rallied|converged)\b[^.;]{0,60}?\bto (?:demand|protest|"
                          r"denounce|call for|press for|oppose|reject)\b", re.IGNORECASE)
_TO_DISPERSE = re.compile(r"\b(?:to|trying to|tried to|in order to) (?:disperse|break up)\b", re.IGNORECASE)
_SHOOTING_CROWD = re.compile(r"\b(?:opened fire|fired (?:live )?(?:rounds |bullets )?(?:on|at|into)|shot (?:dead|and "
                             r"killed)?|live (?:ammunition|rounds|bullets)|kill(?:ed|ing) (?:\w+ ){0,3}(?:protesters|"
                             r"demonstrators|marchers))\b", re.IGNORECASE)
_HARMED_AFTER = re.compile(r"\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:wounded|killed|injured|hurt|"
                           r"shot|hit)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\bon\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_AT_TARGET = re.compile(r"\bat\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:had|have|then|later|also|reportedly|allegedly)\s+)*")  # "Police opened fire"
_RAID_BY = re.compile(r"\s+(?:on\s+\w+\s+)?(?:by|in which|during which)\s+(?:the\s+)?(?:riot\s+)?(?:police|officers|"
                      r"troops|soldiers|security forces|gendarmes)\b", re.IGNORECASE)  # "a raid in which police"
_NAMED_AREA = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday)\b)(?-i:[A-Z])[\w'’]+(?!-)", re.IGNORECASE)
_JAIL_WORDS = (r"(?:prisons?|jails?|penitentiar(?:y|ies)|inmates?|prisoners|"
               r"correction(?:s|al) (?:cent(?:re|er)|facilit(?:y|ies)))")
_PRISON_RIOT = re.compile(rf"\b{_JAIL_WORDS}\b[^.;]*\b(?:riot\w*|mutin\w+|uprising)\b|"
                          rf"\b(?:riot\w*|mutin\w+|uprising)\b[^.;]*\b{_JAIL_WORDS}\b", re.IGNORECASE)
_ACROSS_THE_REGION = re.compile(r"\b(?:across|throughout|all over|in)\s+the\s+(?:whole\s+)?(?:region|province|state|"
                                r"oblast|governorate|district(?!\s+(?:magistrate|commissioner|officer|administration|"
                                r"police|court|collector|governor|council|chief)))\b", re.IGNORECASE)
_DISTRICT_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)
_DISTRICT_OF = re.compile(r"\bdistrict\s+of\s+$", re.IGNORECASE)
_NETWORK = re.compile(r"internet|social media|messaging|mobile data", re.IGNORECASE)
_PROTESTER_KILLED = re.compile(r"\b(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:protesters?|demonstrators?|"
                               r"marchers?)\s+(?:was|were|had\s+been|have\s+been)\s+(?:shot\s+dead|killed|shot)\s+"
                               r"(?:in|during)\s+(?:clashes|confrontations|scuffles)\s+with\s+(?:the\s+)?"
                               r"(?:riot\s+police|police|soldiers|troops|security\s+forces|army|gendarmes|military)\b",
                               re.IGNORECASE)
_POLICE_FOE = re.compile(r"\b(?:with|against)\s+(?:the\s+)?(?:riot\s+)?(?:police|officers|policemen|gendarmes)\b",
                         re.IGNORECASE)
# a crowd filling a square is a protest only with a grievance in sight ("angry at higher fuel prices")
_GRIEVANCE = re.compile(r"\b(?:angry|anger|furious|outraged|demand\w*|chant\w*|calling for|denounc\w*|anti-\w+|"
                        r"slogans|placards|protesters|demonstrators|marchers)\b", re.IGNORECASE)
_NO_GRIEVANCE = re.compile(r"\b(?:celebrat\w*|victory|won|win|title|champions?|mourn\w*|funeral|festival|fans|"
                           r"flood\w*|water)\b", re.IGNORECASE)
_COURT = re.compile(r"\b(?:court|lawyers?|judges?|tribunal|commission|parliamentary)\b", re.IGNORECASE)
# who blocks a road or piles stones across it: people, not a landslide, a lorry, the council or the police
_BLOCKERS = re.compile(r"\b(?:protesters|demonstrators|activists|residents|villagers|farmers|growers|drivers|truckers|"
                       r"pickets|breeders|"
                       r"picketers|strikers|\w*workers|peasants|labou?rers|herders|motorists|students|youths?|(?<!gun)men|women|crowds?|supporters|miners|traders|"
                       r"teachers|locals|people|groups?|hundreds|thousands|dozens|mourners|fishermen|unions?|"
                       r"relatives|families|kin|parents|widows|clansmen|tribesmen|elders|operators|owners|vendors|"
                       r"hawkers|"
                       r"transporters|riders|merchants|shopkeepers|squatters)\b",  # ("Taxi operators then blocked the
                       re.IGNORECASE)  # road between Lebowakgomo and Polokwane with their vehicles")
_NOT_BLOCKERS = re.compile(r"\b(?:police|policemen|officers|gendarmes?|troops|soldiers|army|military|security forces|"
                           r"authorities|officials|customs|council|government|ministry|landslides?|snow|trees?|floods?|"
                           r"(?:lorry|truck)(?!\s+(?:drivers|owners|operators))|crews?|organi[sz]ers|workmen|"
                           r"road ?workers|(?:cattle|livestock|sheep|goats?)(?!\s+(?:farmers|herders|breeders|"
                           r"owners|keepers|traders|ranchers|producers))|herds?|cows|camels|animals)\b",
                           re.IGNORECASE)
# a town sealed off or surrounded by the forces, not a city centre closed for a marathon or hills around a city
_CORDONED = re.compile(r"\s+(?:the\s+)?(?:entire\s+|whole\s+|small\s+|northern\s+|southern\s+|eastern\s+|"
                       r"western\s+)?(?:(?:town|village|city|district|neighbou?rhood|township|camp|settlement|valley|"
                       r"island|region|province|municipality|commune)\b(?!\s+(?:centre|center|square|hall|council|park|"
                       r"stadium|"
                       r"cent(?:re|er)|streets?))|(?-i:[A-Z]))", re.IGNORECASE)
# one person's act, or what he is said to have done: "shot dead after he allegedly threw stones at a jeep"
_LONE = re.compile(r"\b(?:he|she)\s+(?:(?:allegedly|reportedly|had|then)\s+)*$", re.IGNORECASE)
_FORCES_IN_SIGHT = re.compile(r"\b(?:army|military|troops|soldiers|police|forces|gendarmes?|gendarmerie|border guards?|"
                              r"national guard|security forces|paramilitar\w+|riot|peacekeep\w+|public order|brigade|"
                              r"(?:peacekeeping|"
                              r"national|security|police|military|special|rapid reaction|intervention) force|"
                              r"defen[cs]e ministry|ministry of defen[cs]e)\b",
                              re.IGNORECASE)
# many people: "About 2,000 people walked to the Prime Minister's Office to hand over a petition"
_MANY = re.compile(r"\b(?:thousands|hundreds|dozens|crowds?|marchers|protesters|demonstrators|"
                   r"\d[\d,]* (?:people|residents|women|men|students|workers|farmers|villagers|supporters))\b",
                   re.IGNORECASE)
_CROWD = re.compile(r"\b(?:protesters|demonstrators|blockaders|picketers|crowds?|mobs?|marchers|processions?|students|"
                    r"youths|rioters|supporters|"
                    r"squatters|activists|student (?:groups|organi[sz]ations|wings|unions)|cadres|party workers|"
                    r"(?:people|thousands|hundreds) (?:who were )?(?:protesting|demonstrating))\b", re.IGNORECASE)


@dataclass
class _Draft:
    trigger: _Trigger
    trigger_text: str
    trigger_start: int
    clause: tuple[int, int]
    sentence: tuple[int, int]
    place: Place | None = None
    time: TimeSpan | None = None
    repeat_of: _Draft | None = None
    definite: bool = False  # "the blast": names an event told before, if there is one
    antecedent: _Draft | None = None
    deaths_from: tuple[int, int] | None = None  # another sentence that gives this event's deaths
    place_follows: bool = False  # the place was named after the trigger ("the strike on the village in X")
    noticed: bool = False  # the clause tells where it was heard or seen ("the blast was heard at the airport")
    placed: bool = False  # its clause names a place
    own_place: bool = False  # its place is one its sentence names
    anchored: bool = False  # its time was counted back from the sentence's event ("two days after it overran")
    compared: bool = False  # told only to set it beside another ("The attack came days after the junta ...")
    part: tuple[int, int] | None = None  # its part of a sentence that tells it and one more elsewhere (its deaths')
    sequel: bool = False  # its sentence opens with a time after another's ("Hours later, ..."): its own event
    told_with: _Draft | None = None  # the first part of the sentence it was split from: its kind is that one's
    storied: bool = False  # its time is the story's, for want of one of its own
    later_death: bool = False  # a death, later, of one hurt in an event told before ("who was injured in the
    # violence died yesterday")
    near_unrest: bool = False  # (riot words only, for their arson) a protest or riot was told just before, nearby


# who is behind an event told before: "a local gang that they say ordered the attacks"
_RESPONSIBLE_BEFORE = re.compile(r"\b(?:ordered|orchestrated|masterminded|planned|organi[sz]ed|carried\s+out|"
                                 r"claimed(?:\s+responsibility\s+for)?|(?:was|were|is|are)\s+behind|responsible\s+for|"
                                 r"blamed\s+(?:[\w-]+\s+){0,3}?for|accused\s+(?:[\w-]+\s+){0,3}?of)\s+"
                                 r"(?:the|these|those|both|last\s+\w+'s|this\s+week's)\s+$", re.IGNORECASE)


# a count glossed in figures, as communiqués write it: "eleven (11) terrorists", "three (03) traders"
_COUNT_GLOSS = re.compile(rf"\b(?P<word>{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})\s+\(\d{{1,4}}\)\s+"
                          r"(?P<next>(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*){0,2}(?:\s(?-i:[a-z])[\w-]*s\b)?|"
                          r"(?-i:[a-z])[\w-]*)", re.IGNORECASE)  # (a name and the plural it qualifies)


# a year of birth, no year of the event: "a contract serviceman born in 2004 was fatally wounded"
_BIRTH_YEAR = re.compile(r"\b(?<=[Bb]orn )(?:in )?(?:19|20)\d\d\b")


def _unglossed(text: str) -> str:
    """``text`` with each count's figures in brackets taken out ("eleven (11) terrorists" reads "eleven terrorists",
    "seven (07) Boko Haram fighters" "seven Boko Haram fighters", the spaces after the noun) and years of birth
    blanked, every other character where it was."""
    text = _BIRTH_YEAR.sub(lambda m: " " * len(m.group()), text)
    return _COUNT_GLOSS.sub(lambda m: f"{m['word']} {m['next']}".ljust(len(m.group())), text)


def extract_incidents(article: Article, ctx: GeoContext) -> list[Incident]:
    """Every incident the body of the article reports, merged where sentences tell of one event.

    The title and the photo caption are not read for incidents: they repeat the body. A sentence no
    rule reads as an event is given to the learned reader (``mapping.sentence_model``), if there is one.
    """
    reader = sentence_model.load()
    text = _unglossed(article.text)
    published = article.published or date.today()
    default_tz = _tz(ctx.focus_city) or _tz(ctx.focus_country) or "UTC"
    drafts: list[_Draft] = []
    previous: TimeSpan | None = None
    fatal_by_sentence: dict[tuple[int, int], _Deaths] = {}
    latest: TimeSpan | None = None  # the latest day the story has reached
    scene: tuple[tuple[int, int], Place] | None = None  # a sentence of no event that set the scene's time and place
    scene_set: int | None = None  # where the last sentence of no event that set the scene's time ended
    posted = _blog_days(text, article.body_start, published)  # a live blog's updates across midnight
    for sent in split_sentences(text):
        if sent[1] <= article.body_start:
            continue
        if posted:
            published = posted[bisect.bisect_right(posted, (sent[0], date.max)) - 1][1] \
                if posted[0][0] <= sent[0] else article.published or date.today()
        if previous is not None and (latest is None or previous.start.date() > latest.start.date()):
            latest = previous
        # a new paragraph after one about an earlier day ("In Daoukro, ... on Saturday evening.") is back at the
        # story's day when it names none ("The ministry said 46 people had been arrested"); "two days before that"
        # still counts from the day told last
        back = latest if previous is not None and latest is not None \
            and previous.start.date() < latest.start.date() \
            and _PARAGRAPH_START.search(text, max(0, sent[0] - 3), sent[0]) else None
        after_scene = scene_set is not None and not text[scene_set:sent[0]].strip()  # right after a sentence of no
        # event that set the scene's day ("The violence started on Saturday when ...")
        if back is not None and (_THAT_TIME.search(text, *sent) or _ENSUING.search(text, *sent)):
            back = None  # "That night, police opened fire": the night of the day told last ("Two of the attackers
            # were killed in the ensuing firefight": the fight told last)
        if back is not None:
            times = timeline.find_times(text, *sent)
            kinds = {t.kind for t in times if not t.is_report}
            if any(t.is_report for t in times):
                back = None  # "Police said on Sunday that they had arrested 12": by the day of the report
            elif kinds and not kinds & {"relative", "weekday", "date", "day_ref"} \
                    and not _clock_within(times, previous, published, default_tz):
                previous = back  # "By midday smoke was rising ...": midday of the story's day (but "... on Tuesday
                # night. At about 10:30 p.m., security forces opened fire": a clock of that night)
        if _UPDATE_LEAD.match(text, sent[0]):
            previous = None  # a live blog's update is told from the day it was posted, not the last update's day
        clauses = split_clauses(text, *sent)
        right_after = _right_after(text, drafts, sent)
        deaths = [o for o in drafts if o.trigger.group == "fatal" and sent[0] - o.sentence[1] < 600] \
            if _VICTIM_TOLD.match(text, sent[0]) and _only_clock(text, sent) \
            and not any(sent[0] <= r.mention.start < sent[1] and r.place.precision in ("city", "landmark")
                        for r in ctx.mentions) else []
        if deaths:  # "A young man was shot dead in Kamsar yesterday when gendarmes opened fire ... The victim, a
            # 23-year-old mechanic, was hit in the chest shortly after 11 am": the last death told, a sentence or two
            # before, and the shooting told with it, at that clock time
            for o in drafts:
                if o.sentence == deaths[-1].sentence and o.trigger.group != "strategic":
                    _clock_of_told(text, sent, o, published, default_tz)
            previous = _scene_time(text, sent, published, default_tz, previous)
            continue
        if right_after and _PEACEFUL_UNTIL.search(text, *sent):  # "Police detained 46 people yesterday after a rally
            # ... turned rowdy ... The police chief said the rally ... had been peaceful until about 5pm, when a group
            # tried to push through a barricade": the riot told before, from that clock
            for o in _last_violence(drafts):
                if o.trigger.event_type == "Riots":
                    _clock_of_told(text, sent, o, published, default_tz)
        if right_after and _FOOTAGE.match(text, sent[0]) and _last_violence(drafts):  # "Israeli settlers attacked
            # olive pickers near Deir
            # Istiya ... Video shared by residents showed dozens of masked men hurling stones at families shortly
            # after 10 a.m.": the attack told again, at its clock time (after a peaceful gathering, what the video
            # shows is news: "Videos show security forces firing tear gas at the crowd at about 21:00")
            for o in _last_violence(drafts):
                _clock_of_told(text, sent, o, published, default_tz)
            previous = _scene_time(text, sent, published, default_tz, previous)
            during = _DURING_THE.search(text, *sent)
            if during is None or not _ONGOING.search(text, during.end(), sent[1]):
                continue
        else:
            during = None
        hits = _trigger_matches(text, sent)
        sent_drafts = _sentence_drafts(text, sent, clauses, published.year, hits)
        if during is not None:  # "Video ... shows the car speeding into the group at around 12:50 p.m., during one
            # of the 15-minute silent blockades the students have held at the intersection every day since Monday":
            # the protest it happened during, an event of its own
            sent_drafts = [d for d in sent_drafts if d.trigger.group == "protest" and d.trigger_start > during.start()]
            if not sent_drafts:
                continue
        if not sent_drafts and reader is not None and not _refuted(text, sent, clauses, hits):
            sent_drafts = _learned_drafts(text, sent, clauses, reader)  # (also where a rule's words were set aside
            # for their context; but where a rule found its words do not tell its event, as in "Police have blocked
            # the motorway", the rule has the last word)
        victims = _VICTIMS_AGAIN.match(text, sent[0])
        if sent_drafts and all(d.trigger.group == "fatal" for d in sent_drafts) and (
                _AS_A_RESULT.match(text, sent[0]) or (
                    victims is not None and drafts and _right_after(text, drafts, sent) and re.search(
                        rf"\b{re.escape(victims.group(1))}\b", text[drafts[-1].sentence[0]:drafts[-1].sentence[1]],
                        re.IGNORECASE))):
            for d in sent_drafts:  # "As a result of these events two professional soldiers lost their lives": the
                d.definite = True  # deaths of the event told before (so are "The workers, both migrants from
                # Sulawesi, were killed on Wednesday morning" after "... shot dead two construction workers")
        where = _WHERE_AFTER.search(text, *sent) if sent_drafts and _EVENT_AGAIN.match(text, sent[0]) else None
        if sent_drafts and where is None and _RETOLD_AT.search(text, *sent):
            _placed_again(text, sent, drafts, ctx)  # ("At least 28 people were injured in the melee at the camp,
            # about 20 kilometers south of Kochkor, before police dispersed the crowd": the storming told before)
        if where is not None and all(d.trigger_start > where.start() for d in sent_drafts):
            _placed_again(text, (sent[0], where.start()), drafts, ctx)  # ("The operation began ... on the bridge
            # at Chimoré, where hundreds of growers had blocked the road since Friday": the blockade is background)
        in_force = _IN_FORCE.match(text, sent[0])
        measures_told = _last_told(drafts) + _measure_before(text, sent, drafts, in_force) \
            if in_force is not None and sent_drafts else []
        named_again = [d for d in sent_drafts if in_force is not None and d.trigger.group == "strategic"
                       and d.trigger_start < in_force.end() and any(
                           o.trigger.group == "strategic" and d.trigger_text.lower() in o.trigger_text.lower()
                           for o in measures_told)]
        if named_again:  # "The curfew, which took effect at 8pm yesterday, ...": the curfew told before, its time
            # (not "declared a state of emergency ... The curfew takes effect at 00:00": a measure of its own)
            sent_drafts = [d for d in sent_drafts if d not in named_again]
            if sent_drafts:  # ("The curfew took effect at 6 p.m. Tuesday ..., in an order that also suspended
                # mobile internet services": the curfew's time, and the order's other measure)
                _in_force_at(text, sent, drafts, published, default_tz)
        if not sent_drafts:
            told = _last_violence(drafts) if _TOLL.search(text, *sent) and not _RUNNING_TOTAL.search(text, *sent) \
                else []  # (not "The death toll has risen to 34,683 since the war began": the war's)
            toll = _fatalities(text[sent[0]:sent[1]]) if told else None
            if toll is not None and right_after:
                fatal_by_sentence[sent] = toll  # "... late on Friday. By Saturday morning, the death toll had risen
                told[0].deaths_from = sent  # to 12.": the latest toll of the event told
            if not _agreement_at(text, sent, drafts, published, default_tz):
                _actors_clock(text, sent, drafts, published, default_tz,
                              [r.place for r in ctx.mentions if sent[0] <= r.mention.start < sent[1]])
            _placed_again(text, sent, drafts, ctx)
            _in_force_at(text, sent, drafts, published, default_tz)
            scene_time = _scene_time(text, sent, published, default_tz, previous)
            towns = {r.place for r in ctx.mentions if sent[0] <= r.mention.start < sent[1]
                     and r.place.precision in ("city", "landmark") and not _in_dateline(text, r.mention.start)
                     and _LOCATIVE_BEFORE.search(text, max(sent[0], r.mention.start - 40), r.mention.start)}
            scene = (sent, towns.pop()) if scene_time is not previous and scene_time is not None \
                and scene_time.precision in ("minute", "hour", "day") and len(towns) == 1 \
                and _SCENE_ACTORS.search(text, *sent) is not None \
                and (scene_time.precision != "day" or _SCENE_MOVE.search(text, *sent) is not None) else None
            # ("On the night of 25-26 August, at approximately 03:15, armed smugglers attempted to cross the border in
            # the service area of the Astara detachment. ... the violators opened fire": there, then)
            scene_set = sent[1] if scene_time is not previous and scene_time is not None \
                and _IT_BEGAN.match(text, sent[0]) else None  # ("The violence started on Saturday when ...")
            previous = scene_time
            continue
        if _background(text[sent[0]:sent[1]], published):
            continue
        mentions = [r for r in ctx.mentions if sent[0] <= r.mention.start < sent[1] and not r.mention.modifier]
        story_place = _story_place(drafts, ctx, text, sent, published)
        if scene is not None and not mentions and not text[scene[0][1]:sent[0]].strip() \
                and not any(not t.is_report for t in timeline.find_times(text, *sent)):
            story_place = scene[1]  # (the sentence goes on with the scene: it tells no time of its own)
        scene = None
        # mentions of where a teller speaks ("..., a security source in Tillabéri said")
        told_from = {r.mention.start for r in mentions
                     if _teller(text, r, 40) and not _local_teller(text, r, mentions)}
        for d in sent_drafts:
            d.place = _place_for(d, mentions, ctx, text, story_place)
            d.near_unrest = d.trigger.group == "riot" and any(
                (o.trigger.event_type in ("Protests", "Riots")
                 or o.trigger.sub_event_type == "Looting/property destruction")
                and o.sentence[1] >= sent[0] - 400 and o.place is not None and d.place is not None
                and haversine_km(o.place.latitude, o.place.longitude, d.place.latitude,
                                 d.place.longitude) <= SAME_SCENE_KM for o in drafts)
            d.place_follows = any(r.place == d.place and d.trigger_start < r.mention.start < d.clause[1]
                                  and r.mention.start not in told_from for r in mentions)
            d.noticed = bool(_NOTICED.search(text, d.trigger_start, d.clause[1]))
            d.placed = any(d.clause[0] <= r.mention.start < d.clause[1] for r in mentions)
            d.own_place = any(r.place == d.place for r in mentions)
            if not d.definite and _HEARD_THERE.match(text, d.trigger_start + len(d.trigger_text)):
                d.antecedent = _antecedent(d, drafts, text)  # "A missile strike killed six in Kryvyi Rih.
                # Explosions were heard in Dnipro.": that strike, heard there
            if d.definite:
                d.antecedent = _ensued_from(text, d, sent_drafts) or _antecedent(d, drafts, text)
                if d.antecedent is not None and not _could_be_one(d, _as_placed(d.antecedent)) and any(
                        r.place == d.place and _OWN_PLACE.fullmatch(text, d.trigger_start + len(d.trigger_text),
                                                                    r.mention.start) for r in mentions):
                    d.antecedent = None  # "the attack on Belgorod" is not the strike on Donetsk (but "the attack
                    # came two days after gunmen stopped a train near Mindouli" is)
                elif d.antecedent is not None and _CAME_AFTER.match(text, d.trigger_start + len(d.trigger_text)):
                    d.place, d.compared = d.antecedent.place, True  # the rest of the sentence is the other event
                elif d.antecedent is not None and _RESPONSIBLE_BEFORE.search(
                        text, max(d.sentence[0], d.trigger_start - 50), d.trigger_start):
                    d.place = d.antecedent.place  # "a gang that they say ordered the attacks in retaliation for a
                    # transfer to a prison in Porto Velho": those attacks, where they were
                elif d.antecedent is not None and not any(
                        d.clause[0] <= r.mention.start < (
                            _past_aside(text, d.clause, clauses) if d.antecedent.place is not None
                            and d.antecedent.place.precision in ("country", "region") else d.clause[1])
                        and r.mention.start not in told_from
                        for r in mentions) and not _WHICH_OF_THE.search(text, d.sentence[0], d.trigger_start):
                    d.place = d.antecedent.place  # "The assault began at 2 p.m., a source in Tillabéri said": its place
        for d in sent_drafts:  # "a peaceful protest ... outside the same hotel on Saturday": where that hotel was told
            same = _THE_SAME.search(text, *d.clause) or _AROUND_THE.search(text, *d.clause)
            if same is not None and not d.placed:
                word = re.compile(rf"\b{re.escape(same.group(1))}\b", re.IGNORECASE)
                there = next((o for o in reversed(drafts) if o.place is not None and word.search(text, *o.sentence)
                              and o.sentence != d.sentence and o.antecedent is None
                              and o.place.precision in ("city", "landmark")), None)
                if there is not None:
                    d.place = there.place
        named = next((o.antecedent for o in sent_drafts if o.antecedent is not None), None)
        for d in sent_drafts:  # "A man suspected of planning the hotel attack was detained": where that attack was
            if d.trigger.sub_event_type == "Arrests" and named is not None and not any(
                    r.place == d.place and (d.clause[0] <= r.mention.start < d.clause[1] or _POLICE_OF.search(
                        text, max(d.sentence[0], r.mention.start - 30), r.mention.start)) for r in mentions):
                d.place = named.place  # (its own clause names no place it was at, nor is it the police's town:
                # "Police in Landskrona said they had arrested three teenagers in connection with the shooting")
        told = _last_violence(drafts)
        retold_deaths = False  # the sentence tells again the deaths of the event told before
        if told and all((r.place == told[0].place
                         and _WHERE_BODIES_GO.search(text, r.mention.start, r.mention.end + 14))
                        or _CARRIED_TO.search(text, max(0, r.mention.start - 40), r.mention.start)
                        or _HOSPITAL_IN.search(text, max(0, r.mention.start - 80), r.mention.start)  # ("..., and the
                        # wounded were evacuated to the hospital in Lichinga")
                        for r in mentions) \
                and all(d.trigger.group == "fatal" or d.trigger_text.lower().startswith("bodies")
                        or (d.trigger.sub_event_type == "Looting/property destruction"
                            and _SPOILS_OF_WAR.search(d.trigger_text) is not None)
                        for d in sent_drafts) \
                and right_after \
                and not any(not t.is_report and not t.text.lower().startswith("by ")
                            for t in timeline.find_times(text, *sent)):  # ("By Saturday morning, the toll had ...")
            for d in sent_drafts:  # "... overran the garrison on Friday. A general and 27 soldiers were killed." (or
                # "A health worker at the town's hospital said it had received the bodies of 11 people")
                d.antecedent = told[0]
        elif (cleared := next((o for o in _last_told(drafts) if o.trigger.event_type in ("Protests", "Riots")),
                              None)) is not None \
                and right_after \
                and _LIVE_FIRE.search(text, *cleared.sentence) and cleared.place is not None \
                and all(_same_place(r.place, cleared.place) or r.place.city == cleared.place.name for r in mentions) \
                and not any(not t.is_report for t in timeline.find_times(text, *sent)):
            for d in sent_drafts:  # "... police fired tear gas and live rounds to clear them. A student was shot dead
                if d.trigger.group == "fatal":  # near the town hall": a death of that clearing, not an event of its own
                    d.antecedent = cleared  # (or of a protest the police fired live bullets at)
        elif told and told[0].sentence == drafts[-1].sentence and right_after \
                and all(d.trigger.group == "fatal" for d in sent_drafts) \
                and (echo := _TARGET_HIT.match(text, sent[0])) is not None \
                and re.search(rf"\b{echo.group(1)}\b", text[slice(*told[0].sentence)], re.IGNORECASE) \
                and not any(timeline.names_day(t) and not t.is_report for t in timeline.find_times(text, *sent)):
            for d in sent_drafts:  # "A drone strike killed two men in a car near Batifa on Tuesday. The car was hit
                d.antecedent, d.place = told[0], told[0].place  # at around 4:20 pm on a road outside the town, and
                # both men died at the scene": that strike's dead (counted once), where it struck,
            _clock_of_told(text, sent, told[0], published, default_tz)  # and its clock
            retold_deaths = True
        elif (victim_of := sorted(told + [o for o in _last_told(drafts) if o.trigger.group == "fatal"
                                          and o.antecedent is None and not any(t.clause == o.clause for t in told)],
                                  key=lambda o: o.trigger_start)) and right_after \
                and _AGED_VICTIM.match(text, sent[0]) \
                and (victim_of[0].sentence in fatal_by_sentence or victim_of[0].deaths_from in fatal_by_sentence) \
                and (victim_of[0].storied or victim_of[0].place is None
                     or victim_of[0].place.precision in ("country", "region")
                     or (all(r.mention.start in told_from
                             or (victim_of[0].place is not None and _same_place(r.place, victim_of[0].place))
                             for r in mentions)
                         and victim_of[0].time is not None and victim_of[0].time.precision == "day"
                         and not any(timeline.names_day(t) and not t.is_report
                                     for t in timeline.find_times(text, *sent)))) \
                and any(_harms_victim(text, d) for d in sent_drafts):  # (or one with a day only, told
            # again with no place or day of its own: "A police officer was shot dead late on Tuesday ... the officer,
            # a 34-year-old first lieutenant, was hit by gunfire ... at about 11:30 p.m.")
            for d in sent_drafts:  # "A woman has been killed in central Panama after a car drove into protesters
                if _harms_victim(text, d):  # ... The 58-year-old was struck on Tuesday evening at
                    d.antecedent = victim_of[0]  # Hato ... and died at the scene": that killing, told again with its
                    # day and place (and "The victims, members of the opposition CNL party, were set upon with clubs
                    # and machetes on Saturday night as they left a bar in Kayogoro")
                    slain = victim_of[0]
                    if slain.storied and d.placed and d.place is not None and slain.place is not None \
                            and d.place.precision in ("city", "landmark") and slain.place.precision == "city" \
                            and haversine_km(d.place.latitude, d.place.longitude, slain.place.latitude,
                                             slain.place.longitude) <= NEIGHBOUR_KM:
                        slain.place = d.place  # ("two men were shot dead by officers guarding a gold mine" in a
                        # sentence about protests in Tarime; "The men were killed near the mine at Matongo")
            retold_deaths = True
        unit = _UNIT_TOLD.match(text, sent[0]) or (_UNIT_HIT.search(text, *sent) if not mentions and not any(
            timeline.names_day(t) for t in timeline.find_times(text, *sent)) else None)  # ("Hundreds of gunmen
        # stormed the post at around 6:00 am": the attack on the detachment told just before)
        began = _IT_BEGAN.match(text, sent[0])
        began = began if began is not None and _BEGAN_AT.match(text, began.end()) \
            and not any(d.trigger_start < began.end() for d in sent_drafts) else None  # ("The confrontation began
        # at about 10:30 p.m.", not "The clashes erupted after a clan kidnapped a trader": that is a cause; nor "The
        # assault began at around 2 p.m.": an event word, whose own antecedent is found as any definite one's)
        clock = next(iter(timeline.find_times(text, began.end(), sent[1])), None) if began is not None else None
        if began is not None and (clock is None or clock.kind != "clock" or clock.anchor is not None or any(
                r.mention.start < _clause_at(clauses, clock.start, sent)[1] for r in mentions)):
            began = None  # (not "The unrest started at 9 a.m. on Wednesday when youths burned tyres in Nakuru": a
            # day and a town of its own)
        began_clock = clock.end if began is not None and clock is not None else sent[1]  # (where its time ends)
        retold = _retold(text, sent, drafts, began is not None, not mentions, ctx) \
            if (_ACTORS_TOLD.match(text, sent[0]) or unit or began) and right_after else []
        if unit is not None and retold and not _names_unit(text, retold[0].sentence, unit.group(1)):
            retold = []  # ("The convoy came under fire at about 5:30 am": the convoy of the ambush told just before)
        retold = _one_event([o for o in retold if o.trigger.group != "fatal"] or retold)
        if len(retold) > 1 and _ACTORS_TOLD.match(text, sent[0]):
            armed = [o for o in retold if o.trigger.event_type not in ("Riots", "Protests")]
            retold = armed[:1] if armed else retold  # "Gunmen killed 14 villagers in an attack near Wukari ..., and a
            # curfew was imposed after a day of rioting. The attackers arrived late Monday": the attack (the first
            # told: not "..., as the army reported heavy fighting with rebels nearby")
        if len(retold) == 1:  # "Troops repelled an attack on their base ... The terrorists, who came on motorcycles,
            # stormed the base at about 2:30am on 11 October": that attack, told again (so is the police action in
            # "The confrontation began at about 10:30 p.m., when young men threw stones at the police")
            for d in sent_drafts:
                if _other_day(text, d, retold[0], published, default_tz):
                    continue  # ("The gunmen took over the crossing after a gunfight with a rival group on Monday":
                    # another event than Tuesday's retaking told before)
                if d.trigger.group in _VIOLENT_GROUPS or (d.trigger.group == "fatal" and unit is not None) \
                        or (began is not None and d.trigger.group != "strategic"
                            and not any(not t.is_report and t.start >= began_clock
                                        for t in timeline.find_times(text, *d.clause))):
                    # ("The trouble began at around 2.45 pm when a crowd gathered ...": the gathering was the
                    # trouble's start; not "when rumours spread that a text had been burnt at a protest held earlier
                    # in the day": another event, of another time)
                    d.antecedent = retold[0]
                    if unit is not None:
                        d.place = retold[0].place  # (not "towards the uranium mining town of Arlit", where the
                        # convoy was going)
            if began is not None or ((actors := _ACTORS_TOLD.match(text, sent[0])) is not None
                                     and (aside := _WHO_ASIDE_CLOCK.match(text, actors.end())) is not None
                                     and any(t.kind == "clock" and aside.start() <= t.start < aside.end()
                                             for t in timeline.find_times(text, *sent))):
                _clock_of_told(text, sent, retold[0], published, default_tz)  # (and "The attackers, who arrived
                # on motorcycles at about 5:30 a.m., shot dead two men": the abduction told before, at that clock)
        if right_after and (moved := _FORCES_MOVED_IN.search(text, *sent)) is not None:  # "One young man was killed
            # on Wednesday ... when security forces opened fire on protesters ... The protesters had been blocking the
            # railway since Monday, ..., and gendarmes moved in at about 11 a.m.": that shooting, at its clock
            forced = [o for o in _last_told(drafts) if (o.trigger.group in ("armed", "vac")
                      or o.trigger.sub_event_type in _POLICE_AT_PROTEST) and _CROWD.search(text, *o.sentence)]
            dated = any(t.kind in ("weekday", "date", "day_ref") or t.anchor is not None
                        for t in timeline.find_times(text, *sent) if not t.is_report)
            for o in forced[:1] if not dated else []:  # (not "On Thursday, riot police moved in at around 6 a.m.":
                # a day of its own)
                _clock_of_told(text, (moved.start(), sent[1]), o, published, default_tz)
                for d in sent_drafts:
                    if d.trigger_start >= moved.start() and d.antecedent is None \
                            and d.trigger.sub_event_type in _POLICE_AT_PROTEST:
                        d.antecedent = o  # (its words again: "with tear gas and live ammunition")
        if right_after and _CROWD_HAD.match(text, sent[0]):
            broke_up = [o for o in _last_told(drafts) if o.storied and o.trigger.sub_event_type in (
                "Protest with intervention", "Excessive force against protesters")]
            for d in sent_drafts if len(broke_up) == 1 and all(r.place == broke_up[0].place for r in mentions) else []:
                # "Police fired tear gas to disperse protesters in
                if d.trigger.group == "protest" and d.antecedent is None:  # Kilinochchi. The protesters had tried to
                    # (not "... had held a peaceful rally in Jaffna on Monday": another protest, elsewhere)
                    d.antecedent = broke_up[0]  # march into the district secretariat at about 11:00 on Tuesday": the
                    # protest the police broke up, at its time
        adjacent = right_after and len({o.trigger.sub_event_type for o in sent_drafts
                     if o.trigger.group not in ("fatal", "strategic")}) == 1
        for d in sent_drafts:  # (one event of one kind: not "gathered outside the house ... and torched it ..., who
            # fired tear gas": the police too, an event of its own)
            if adjacent and not mentions and d.antecedent is None and not d.definite \
                    and d.trigger.group not in ("fatal", "strategic") and _echoes(text, d.clause, drafts[-1].sentence):
                kin = [o for o in _last_told(drafts) if o.trigger.sub_event_type == d.trigger.sub_event_type]
                if len(kin) == 1 and (kin[0].storied or not any(
                        timeline.names_day(t) and not t.is_report for t in timeline.find_times(text, *sent))):
                    # "A military air strike on a Buddhist monastery ... killed nine people. A jet dropped two bombs
                    # on the monastery at around 10:30 am on Friday": that strike, told again with its time (when
                    # the first telling named no day, or this one names none)
                    d.antecedent = kin[0]
        if _AMONG_THE_DEAD.search(text, *sent):  # "Two people were shot dead when police opened fire on youths
            # burning tyres in Huambo, ... rights groups said on Wednesday. ... At about 9:30 am on Tuesday, officers
            # fired tear gas and then live rounds at a crowd ..., adding that a 16-year-old boy was among the dead":
            # the killing told before, told again with its time
            for d in sent_drafts:
                kin = [o for o in drafts if o.antecedent is None and o.storied and o.sentence in fatal_by_sentence
                       and (o.trigger.event_type == d.trigger.event_type
                            or {o.trigger.event_type, d.trigger.event_type} <= {"Protests", "Riots", "Battles"})]
                kin = [o for o in kin if o.trigger.sub_event_type == d.trigger.sub_event_type] or [
                    o for o in kin if {o.trigger.sub_event_type, d.trigger.sub_event_type} <= _POLICE_AT_PROTEST] or [
                    o for o in kin if _FIRED.search(o.trigger_text)] or kin  # (the police's firing told with a riot)
                if d.trigger.group != "strategic" and len(kin) == 1 \
                        and (d.antecedent is None or d.antecedent.sentence == kin[0].sentence):
                    d.antecedent = kin[0]  # (the police's firing, not the riot told with it)
        hurt_before = _HURT_BEFORE.search(text, *sent)
        if hurt_before is not None and all(d.trigger.group == "fatal" for d in sent_drafts):
            earlier = [o for o in drafts if o.antecedent is None and o.trigger.group in _VIOLENT_GROUPS]
            kind = (hurt_before.group("what") or "").lower()
            if kind.startswith(("battle", "fighting")):  # (a battle's dead: the last battle told)
                named_kind = [o for o in earlier if o.trigger.event_type == "Battles"][-1:]
            else:
                named_kind = [o for o in earlier if (o.trigger.event_type in ("Riots", "Battles")) ==
                              kind.startswith(("violence", "unrest", "riot", "clash"))]
            pool = named_kind or earlier
            hurt_in = named_kind[0] if named_kind and kind.startswith(("violence", "unrest", "riot", "clash")) \
                else (pool[-1] if pool else None)
            for d in sent_drafts:  # "A 38-year-old man who was injured in the violence died in hospital yesterday":
                d.antecedent, d.later_death = hurt_in, hurt_in is not None  # a death of that event, not its own
        elif _ONE_TOLD_DIED.match(text, sent[0]) and sent_drafts and _right_after(text, drafts, sent) \
                and all(d.trigger.group == "fatal" or d.trigger.group in _VIOLENT_GROUPS for d in sent_drafts):
            told = [o for o in _last_told(drafts) if o.trigger.group in _VIOLENT_GROUPS or o.trigger.group == "fatal"]
            pick = next((o for o in told if o.trigger.group in _VIOLENT_GROUPS), told[0] if told else None)
            for d in sent_drafts if pick is not None else []:  # "Security forces killed a suspected militant in
                d.antecedent = pick  # a gunfight ... The suspect was shot dead when members of the task force
                # ... came under fire ... near the lakeside town of Tentena": that killing, told again, and where
                if d.place is not None and pick.place is not None and d.place.precision in ("city", "landmark") \
                        and _narrows(d.place, pick.place):
                    pick.place = d.place
        elif _HIT_DIED.match(text, sent[0]) and sent_drafts and all(d.trigger.group == "fatal" for d in sent_drafts) \
                and _right_after(text, drafts, sent):
            shot = [o for o in _last_told(drafts) if o.trigger.group in _VIOLENT_GROUPS]
            for d in sent_drafts:  # "... police opened fire when a crowd ... hurled stones. A 22-year-old local, hit
                d.antecedent, d.later_death = (shot[-1], True) if shot else (None, False)  # in the chest, died on the
                # way to a hospital": a death of the shooting just told
        sent_drafts = _split_elided(_split_by_places(sent_drafts, mentions, text), mentions, text, sent)
        previous = _named_reference(text, sent, drafts) or previous
        previous = _assign_times(text, sent, clauses, sent_drafts, published, default_tz, previous)
        _clock_on_told_day(text, sent, sent_drafts, drafts)
        _measure_effect(text, sent, sent_drafts, published, default_tz)
        _days_before(text, sent_drafts)
        released: dict[int, _Draft] = {}  # drafts told as an event before, at its place, but given another day
        for d in sent_drafts:
            if d.compared:
                d.time = None  # "days after ...": when the other event was, from this one
            # ("one of its drones had hit an outpost on Tuesday and killed two soldiers": the day of its clause)
            own = d if d.time is not None or d.compared else next(
                (replace(d, time=o.time) for o in sent_drafts
                 if o.clause == d.clause and o.antecedent is None and o.time is not None
                 and o.trigger.group == "fatal"), d)  # (not "killed in the assault, ... when the riot broke out
            # on Thursday evening": the riot's day)
            if d.antecedent is not None and own.time is not None and not d.later_death \
                    and not _could_be_one(own if d.own_place else replace(own, place=d.antecedent.place),
                                          _as_placed(d.antecedent)) \
                    and not _BEFORE_THE.search(text, max(0, d.trigger_start - 14), d.trigger_start) \
                    and not _tells_when(own.time, d.antecedent):
                towns = {r.place.place_id: r.place for r in mentions if r.place.precision in ("city", "landmark")
                         and r.mention.start not in told_from and own.time.start_offset >= 0 and any(
                             c[0] <= r.mention.start < c[1] and c[0] <= own.time.start_offset < c[1]
                             and (r.mention.start < d.clause[1] or (not any(
                                 o is not d and c[0] <= o.trigger_start < c[1] for o in sent_drafts)
                                 and not _OTHER_HAPPENING.match(text, c[0])))
                             for c in clauses)}  # (the town of the clause that gives its day, before its own or in
                # one that tells no other event: "rejects the murder of a community leader, committed on 11
                # September in the rural area of Puerto Asís"; not "the ministry's statement, which was issued in
                # Dushanbe; a guard died ... when the riot broke out on Thursday")
                if len(towns) == 1 and d.place is not None and d.antecedent.place is not None \
                        and _same_place(d.place, d.antecedent.place) and not any(r.place == d.place for r in mentions):
                    d.place = next(iter(towns.values()))  # "Security forces pursued them into wooded hills near
                    # Qardaha on Wednesday, and four gunmen were killed in the clashes that followed": the town its
                    # sentence names, not the place of the clash told before
                if d.place is not None and d.antecedent.place is not None and _same_place(d.place, d.antecedent.place):
                    released[id(d)] = d.antecedent
                d.antecedent, d.time = None, own.time  # its own day is another: a new event (not "Two days before
                # the riot, ...")
            elif d.antecedent is not None and d.time is not None and _days_long(d.time) \
                    and d.trigger.sub_event_type == "Peaceful protest" \
                    and d.antecedent.trigger.sub_event_type in _POLICE_AT_PROTEST:
                d.antecedent = None  # "Police baton-charged a sit-in on Wednesday ... The sit-in had been under way
                # since Sunday": the days of protest before it was broken up, an event of their own
        fatalities = _fatalities(text[sent[0]:sent[1]]) if not retold_deaths else None
        if fatalities is None and not retold_deaths and sent_drafts \
                and (first := _first_death(text[sent[0]:sent[1]])) is not None:
            here = {d.place for d in sent_drafts}  # "The 23-year-old fisherman died on Saturday at a police station
            # in Kaédi": the first death told there, though "the" names him as one told of before
            if not first.words[0].lower().startswith("the") \
                    or not any(o.sentence in fatal_by_sentence and o.place in here for o in drafts):
                fatalities = first  # ("a" names someone new)
        if fatalities and any(d.part for d in sent_drafts):
            _part_deaths(text, [d for d in sent_drafts if d.part], fatal_by_sentence)
        elif fatalities and _clause_deaths(text, sent, sent_drafts, fatalities, fatal_by_sentence):
            pass  # "two brothers were shot dead late on Sunday in Kafr Qasim, and a 31-year-old man was killed in
            # Umm al-Fahm on Monday night": each killing its own dead
        elif fatalities:
            fatal_by_sentence[sent] = fatalities
            owner = _deaths_owner(sent_drafts, sent[0] + fatalities.first, text)
            # the deaths of the event told before (not of one told at another place on another day: "... abducted
            # earlier this week. The bodies of five men were found on Monday outside Zacatecas")
            owner = owner.antecedent or released.get(id(owner)) or owner
            while owner.antecedent is not None and owner.antecedent is not owner:  # (told again, and again)
                owner = owner.antecedent
            deaths_at = sent[0] + fatalities.first
            cause = owner.trigger.event_type in ("Protests", "Riots") and owner.sentence == sent \
                and (_BECAUSE.search(text, owner.trigger_start, deaths_at) is not None
                     or (deaths_at < owner.trigger_start  # ("a crowd angered by the killing of a clan leader set fire")
                         and _BECAUSE.search(text, max(sent[0], deaths_at - 40), deaths_at) is not None))
            # ("Police fired tear gas at protesters late Friday, the third night of demonstrations since an officer
            # fatally shot a motorist": the deaths of what set the protests off, not the protest's)
            if owner.trigger.sub_event_type != "Agreement" and not cause:  # ("signed a peace pact, ending a feud
                told_in = owner.deaths_from
                known = fatal_by_sentence.get(told_in) if told_in is not None and told_in != sent else None
                if told_in is not None and known is not None and owner.sentence != sent \
                        and _TOLL.search(text, *sent) and not _RUNNING_TOTAL.search(text, *sent):
                    fatal_by_sentence[told_in] = max(known, fatalities, key=lambda x: x.count)  # ("... killing
                    del fatal_by_sentence[sent]  # four people. The death toll ... has risen to six": six)
                elif told_in is not None and known is not None and owner.sentence != sent \
                        and not {k for _, k in known.groups} & {k for _, k in fatalities.groups} - {"people"}:
                    fatal_by_sentence[told_in] = known.plus(fatalities)  # ("... neutralising 14 of the
                    del fatal_by_sentence[sent]  # attackers. ... two soldiers paid the supreme price": 16)
                owner.deaths_from = owner.deaths_from or sent  # that had left six dead": no deaths of the pact's)
                _each_place_deaths(text, sent, owner, sent_drafts, fatal_by_sentence)
            elif cause and (killing := next((o for o in sent_drafts if o.trigger_start > deaths_at
                                             and (o.trigger.group in _VIOLENT_GROUPS or o.trigger.group == "fatal")
                                             and o.trigger.event_type not in ("Protests", "Riots")), None)):
                killing.deaths_from = killing.deaths_from or sent  # "in protest at the murder of a driver and two
                # passengers, who were shot dead when gunmen attacked a bus": the attack's dead
        last_place = next((o.place for o in reversed(drafts) if o.time is not None and o.place is not None), None)
        for d in sent_drafts:
            during = _DURING_THAT.search(text, *d.clause) if d.time is None and d.antecedent is None \
                and d.trigger.sub_event_type == "Arrests" else None
            done = [o for o in reversed(drafts) if o.trigger.group != "strategic" and o.antecedent is None
                    and o.time is not None] if during else []
            operation = next((o for o in done if _OPERATION_DOERS.search(text, o.clause[0], o.trigger_start)),
                             done[0] if done else None)  # (the forces' clearing, not the clash told after it)
            if operation is not None:  # "Fourteen people were detained during that operation": the day of the
                d.time = operation.time  # clearing told before (and its place, when the clause names none)
                d.place = d.place if d.placed else operation.place
            if d.antecedent is not None \
                    and d.trigger.sub_event_type == _ABDUCTION != d.antecedent.trigger.sub_event_type:
                # "... raided a village and killed 18 civilians. The attackers took away eleven people": the raid's
                # abduction, an event of its own at the raid's place and time
                d.place, d.time = d.place or d.antecedent.place, d.antecedent.time or d.time
                d.antecedent = None
            if d.antecedent is not None:
                if d.time is None and previous is not None and after_scene:
                    d.time = previous  # ("The violence started on Saturday when officers tried to clear miners ... ¶
                    # ... three were killed in the fighting that followed": the fight told before, on that day)
                before = d.antecedent.time if d.antecedent.storied else None
                was = d.antecedent.place
                _inform(d.antecedent, d)
                if was is not None and d.antecedent.place is not None and d.antecedent.place != was:
                    _move_told(drafts, d.antecedent.sentence, was, d.antecedent.place,  # ("A bomb ... exploded
                               lambda o: o.trigger.group == "fatal")  # at a market in southern Thailand ...,
                    # killing two vendors. The blast went off ... in Rueso district": the killing's place too)
                if before is not None and not d.antecedent.storied:
                    for o in drafts:  # "Gunmen killed 14 villagers and abducted nine women in an attack near Wukari,
                        # police said Wednesday. The attackers arrived late Monday": the abduction's day too
                        if o.sentence == d.antecedent.sentence and o.storied and o.time == before \
                                and (o.trigger.group == "fatal" or o.trigger.sub_event_type == _ABDUCTION
                                     or o.trigger.event_type == d.antecedent.trigger.event_type):
                            o.time, o.storied = d.antecedent.time, False
            elif d.time is None and d.trigger.group == "strategic" \
                    and (said_on := _said_on(text, sent, d, published, _tz(d.place) or default_tz)):
                d.time = said_on  # "The army said on Tuesday that it had sent 200 additional troops to ...": by
                d.storied = True  # the day it was said, for want of a day of its own
            elif d.time is None and d.trigger.group == "strategic" and any(
                    o.trigger_start > d.trigger_start and o.time is not None
                    and _STARTED_ON.match(text, o.trigger_start + len(o.trigger_text)) for o in sent_drafts):
                said = next((t for t in timeline.find_times(text, *sent) if t.is_report
                             and t.kind in ("weekday", "date")), None)  # (the day it was said, if told)
                d.time = (timeline.resolve_time(said, published, _tz(d.place) or default_tz, None) if said else None) \
                    or timeline.day_span(published, _tz(d.place) or default_tz)  # "Police have declared a curfew ...
                d.storied = True  # after a tribal fight that started on Sunday": the story's day, not the fight's
            elif d.time is None:
                violent = all(o.trigger.group in _VIOLENT_GROUPS or o.trigger.group == "fatal"
                              or o.trigger.sub_event_type in _POLICE_AT_PROTEST for o in sent_drafts)  # ("Trouble
                # began on Monday morning when riders ... burned tyres ... ¶ Police fired tear gas and live rounds":
                # that morning still)
                going_on = back is not None and violent and ((
                    right_after and drafts and drafts[-1].trigger.group in _VIOLENT_GROUPS
                    and all(r.place == drafts[-1].place for r in mentions))
                    or after_scene)  # (or right after a
                # sentence of no event that set the scene's day: "The violence started on Saturday when officers tried
                # to clear miners. ¶ The miners responded with stones, and three were killed"; "The violence began late
                # Tuesday when villagers attacked homes on the outskirts of Tahta. ¶ At least seven houses were torched
                # and a farmer was beaten to death": that night still, not back at the story's day)
                d.time = _story_time(previous if going_on else (back or previous), published,
                                     _tz(d.place) or default_tz,
                                     scene=d.place is not None and d.place.precision in ("city", "landmark")
                                     and (last_place is None or _same_place(last_place, d.place)))
                d.storied = True
        told_times = timeline.find_times(text, *sent) if sent_drafts else []
        if told_times and any(t.is_report and timeline.names_day(t) for t in told_times) and all(
                t.is_report or (t.kind in ("part_of_day", "overnight") and not timeline.names_day(t))
                for t in told_times):
            for d in sent_drafts:  # "killed six civilians in an overnight raid ..., officials said Friday": a night
                d.storied = True  # told from the day it was said, which a later telling may name ("The attackers
                # struck late Tuesday")
        _days_before(text, sent_drafts)  # (again, with the days a sentence of no time of its own was given)
        drafts.extend(sent_drafts)
    published = article.published or date.today()  # (the article's day again, after a live blog's earlier days)
    _deaths_told_above(text, drafts, fatal_by_sentence)
    _arrests_at_unrest(drafts)
    kept = [d for d in _merge_fatal(drafts, text) if d.antecedent is None and d.place is not None and d.time is not None
            and (published - d.time.end.date()).days <= MAX_AGE_DAYS
            and not (d.trigger.group != "strategic" and (d.time.start.date() - published).days > 1)]  # (not "have
    # threatened a national strike from next Monday": no protest or fight has happened after the story's day; a
    # measure may be dated by when it takes effect)
    kept = [d for d in kept if not _summed_up(d, kept, fatal_by_sentence, text)]
    _dedupe_deaths(fatal_by_sentence, kept)
    incidents = [_to_incident(article, d, fatal_by_sentence, text) for d in kept]
    kind = {id(d): (i.event_type, i.sub_event_type) for d, i in zip(kept, incidents, strict=True)}
    incidents = [replace(i, event_type=kind[id(d.told_with)][0], sub_event_type=kind[id(d.told_with)][1])
                 if d.told_with is not None and id(d.told_with) in kind else i
                 for d, i in zip(kept, incidents, strict=True)]  # ("attacked army positions in Gwoza and in Bama")
    return _merge(_retold_causes(kept, incidents, text), _sequel_pairs(kept, incidents, text))


# a death told of a gathering named by its kind: "hit in the chest during the confrontation outside the municipal
# offices"
_DURING_KIND = re.compile(r"\b(?:during|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:confrontation|clash(?:es)?|protests?|"
                          r"demonstrations?|riots?|unrest|march|dispersal|crackdown)\b", re.IGNORECASE)
_PROTESTER_HIT = re.compile(r"\b(?:protester|demonstrator|marcher)\b[^.;]{0,60}?\b(?:hit|struck|shot)\b[^.;]{0,40}?"
                            r"\b(?:rubber bullets?|tear[- ]gas (?:canisters?|shells?)|live (?:rounds?|ammunition)|"
                            r"bullets?|pellets?)\b", re.IGNORECASE)
_LIVE_BLOG_UPDATES = 3  # a live blog, newest first, has at least this many "Update 1:10 p.m.:" paragraphs


def _deaths_told_above(text: str, drafts: list[_Draft], deaths: dict[tuple[int, int], _Deaths]) -> None:
    """A live blog tells the newest first: a death "during the confrontation" told in an update above the one that
    told the confrontation is that confrontation's (its dead), not an event of its own."""
    if sum(1 for m in re.finditer(r"(?:^|\n)", text) if _UPDATE_LEAD.match(text, m.end())) < _LIVE_BLOG_UPDATES:
        return
    def of_the_death(o: _Draft) -> bool:
        """The death, or "the clashes" it was hit during."""
        return o.antecedent is None and (o.trigger.group == "fatal"
                                         or (o.definite and o.trigger.group in ("clash", "protest", "riot")))

    for d in drafts:
        if not of_the_death(d) or d.place is None or d.sentence not in deaths:
            continue
        hit = _PROTESTER_HIT.search(text, *d.sentence)
        if hit is None and not _DURING_KIND.search(text, *d.sentence):
            continue
        kinds = _POLICE_AT_PROTEST if hit is not None else {"Protests", "Riots"}  # ("A 19-year-old protester who was
        # hit in the chest by a rubber bullet in Itahari this afternoon has died": the police's firing told below)
        below = next((o for o in drafts if o.sentence[0] > d.sentence[1] and o.antecedent is None
                      and (o.trigger.sub_event_type if hit is not None else o.trigger.event_type) in kinds
                      and o.place is not None
                      and _same_place(o.place, d.place) and o.deaths_from is None and o.sentence not in deaths),
                     None)
        if below is not None:
            below.deaths_from = d.sentence
            for o in drafts:  # (the death and the gathering it names: both that one's)
                if o.sentence == d.sentence and of_the_death(o):
                    o.antecedent = below


CAUSE_RETOLD_DAYS = 7  # a killing that set off a riot is retold with its time within this many days before it
NEIGHBOUR_KM = 25.0  # and at its place, or one this near (the cause is told where the riot was)


# "A day before the protest, ...": counted from the event of that kind told before (not the last one told)
_BEFORE_THE_EVENT = re.compile(r"\s*(?:an?|one|two|three|four|five|several|\d+)\s+(?:days?|hours?|weeks?)\s+"
                               r"(?:before|after)\s+the\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s*,", re.IGNORECASE)
_EVENT_NOUN_TYPES = {"protest": ("Protests", "Riots"), "protests": ("Protests", "Riots"),
                     "demonstration": ("Protests", "Riots"), "demonstrations": ("Protests", "Riots"),
                     "march": ("Protests",), "rally": ("Protests",), "rallies": ("Protests",),
                     "sit-in": ("Protests",), "sit-ins": ("Protests",), "riot": ("Riots",), "riots": ("Riots",),
                     "clash": ("Battles", "Riots"), "clashes": ("Battles", "Riots"), "ambush": ("Battles",),
                     "bombing": ("Explosions/Remote violence",), "bombings": ("Explosions/Remote violence",)}


def _named_reference(text: str, sent: tuple[int, int], drafts: list[_Draft]) -> TimeSpan | None:
    """The time of the event a sentence counts from by its kind ("A day before the protest, Houthi security forces
    raided ...": the protest told before, though a killing was told after it), or None."""
    m = _BEFORE_THE_EVENT.match(text, sent[0])
    kinds = _EVENT_NOUN_TYPES.get(m.group("noun").lower()) if m is not None else None
    if not kinds:
        return None
    told = [d for d in drafts if d.trigger.event_type in kinds and d.time is not None and d.antecedent is None]
    return told[-1].time if told else None


def _arrests_at_unrest(drafts: list[_Draft]) -> None:
    """Arrests told with no place of their own, on a day when no unrest was told at the place they were given but
    was at one other ("Police in Kitale lobbed teargas at riders ... yesterday. [Kiminini, Sunday] ... 16 riders had
    been arrested yesterday"): the arrests of that day's unrest, at its place."""
    for d in drafts:
        if d.trigger.sub_event_type != "Arrests" or d.own_place or d.antecedent is not None or d.place is None \
                or d.place.precision not in ("city", "landmark") or d.time is None \
                or d.time.end - d.time.start > timedelta(days=1):
            continue
        if any(o.sentence == d.sentence and (o.trigger.event_type in ("Protests", "Riots") or o.antecedent is not None)
               for o in drafts):
            continue  # (the arrests of the unrest its own sentence tells, or of an event told before: "was arrested
            # in connection with the January 18 shooting")
        day = d.time.start.date()
        scenes = [o.place for o in drafts if o.sentence[0] < d.sentence[0] and o.antecedent is None
                  and o.trigger.event_type in ("Protests", "Riots") and o.place is not None and o.time is not None
                  and o.time.start.date() <= day <= max(o.time.start, o.time.end - timedelta(seconds=1)).date()]
        if scenes and not any(_same_place(p, d.place) for p in scenes) \
                and all(_same_place(p, scenes[0]) for p in scenes):
            d.place = scenes[0]


def _retold_causes(kept: list[_Draft], incidents: list[Incident], text: str) -> list[Incident]:
    """A killing told in an after-clause of a riot or protest ("Youths burned cars on Thursday after a 17-year-old
    was shot dead by police") has only that clause's day; a later sentence telling an event of its kind at its
    place on an earlier day ("The teenager was killed on Tuesday morning when the officer fired") tells when it
    was: one event, with that time and the deaths."""
    causes = {i.incident_id for d, i in zip(kept, incidents, strict=True) if d.trigger.group == "fatal" and any(
        o is not d and o.sentence == d.sentence and (_protest_apart(text, o, d) or _measure_after(text, o, d))
        for o in kept)}
    out = {i.incident_id: i for i in incidents}
    for cause_id in causes:
        cause = out.get(cause_id)
        if cause is None:
            continue
        retold = next((i for i in out.values() if i.incident_id not in causes
                       and i.sentence_start > cause.sentence_start
                       and (i.event_type, i.sub_event_type) == (cause.event_type, cause.sub_event_type)
                       and (_same_place(i.place, cause.place)
                            or haversine_km(i.place.latitude, i.place.longitude, cause.place.latitude,
                                            cause.place.longitude) <= NEIGHBOUR_KM)
                       # ("... in Illzach after unrest over the death of a 17-year-old shot by police in neighbouring
                       # Mulhouse": told again at Mulhouse)
                       and (i.fatalities is None or cause.fatalities is None or i.fatalities == cause.fatalities)
                       # (not "a curfew ... after gang members killed eight people in the town. On Monday, gang
                       # members killed four farmers": another killing)
                       and i.time.end <= cause.time.start
                       and (cause.time.start - i.time.start).days <= CAUSE_RETOLD_DAYS), None)
        if retold is not None:  # (never another cause: two causes told again by one sentence stay two)
            out[cause_id] = replace(_absorb(retold, cause), incident_id=cause_id)
            del out[retold.incident_id]
    return list(out.values())


# a clause that tells a happening of its own, not more of the event before it ("..., after six of its leaders were
# flown on Monday to a federal prison in Mossoró")
_OTHER_HAPPENING = re.compile(r"[\s,;]*(?:after|before|when|as|because|since|while|following|until|once)\b",
                              re.IGNORECASE)
_TENSED = re.compile(r"\b(?:has|have|had|was|were)\b", re.IGNORECASE)


def _future_time(text: str, sent: tuple[int, int], owner: _Draft, t: timeline.TimeExpression) -> bool:
    """Whether ``t`` is a time to come for ``owner``'s event: said so in its clause ("will take effect at midnight"),
    or in the clause before that it continues with no tense of its own ("The emergency takes effect at 00:00 on
    Sunday and includes a night-time curfew"; not "..., and mobile internet services have been suspended")."""
    future = [f for f in _FUTURE_CLAUSE.finditer(text, owner.clause[0], max(t.start, owner.clause[0]))
              if not (f.group().lower() in ("will", "shall") and f.end() < owner.trigger_start
                      and _own_past(owner.trigger_text, text, max(0, owner.trigger_start - 12), owner.trigger_start))]
    if future:  # (not a "will" of another verb before the event's own past tense: "farmers who fear ash will fall
        # on their fields drove tractors onto a county road on Tuesday")
        return True
    return t.end <= owner.clause[0] and not _TENSED.search(text, *owner.clause) \
        and _FUTURE_CLAUSE.search(text, max(sent[0], t.start - 60), t.start) is not None


# a condition of a refusal: "would not resume talks with either faction while attacks on troops continued"
_WHILE_CONDITION = re.compile(r"\b(?:would|will)\s+not\b[^.;]{0,120}?\b(?:while|as\s+long\s+as|so\s+long\s+as|"
                              r"unless)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# a protest's grievance: "in protest at mortar fire that hit the town during clashes" (not "Farmers protesting against
# land seizures attacked police": what they did)
_IN_PROTEST_AT = re.compile(r"\b(?:in\s+protest|(?:as|amid|during|after|following)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:protests|demonstrations))\s+(?:at|against|over)\b[^.;:,]*$", re.IGNORECASE)
# (and "as protests over the fatal shooting of a Black teenager by an officer grew more heated": told again with its
# day, "The 19-year-old was shot and killed Sunday")
# what an event told again brought about, on a day of its own: "The attack sparked protests in Gusau on Tuesday"
_BROUGHT_ABOUT = re.compile(r"\b(?:prompted|sparked|triggered|led\s+to|drew|caused|provoked|fuell?ed|set\s+off|"
                            r"touched\s+off|followed|preceded)\b", re.IGNORECASE)
# raids told as how people were arrested: "detained 23 suspects in raids in Dera Murad Jamali"
_ARREST_RAID = re.compile(r"\b(?:arrested|detained|apprehended|rounded\s+up|picked\s+up|nabbed|held)\b[^.;]{0,70}?"
                          r"\b(?:in|during)\s+(?:a\s+|the\s+|several\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+){0,2}?$",
                          re.IGNORECASE)
_RAID_FOUGHT = re.compile(r"\b(?:killed|killing|dead|died|gunfight|firefight|exchange\s+of\s+fire|shoot-?out|wounded|"
                          r"injured|clash\w*)\b", re.IGNORECASE)  # ("arrested 12 suspects in a raid ... that left three
# militants dead": a fight)
# "kept their stores shuttered for a third day Wednesday after security forces opened fire on a funeral": what
# happened before the day told, in a clause of its own
_AFTER_CAUSE = re.compile(r"\s+(?:after|following)\s+[^;]*$", re.IGNORECASE)
_NTH_DAY = re.compile(r"\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night)\s+(?:on\s+)?$",
                      re.IGNORECASE)


# the relative clause that dates what it follows: "a tribal fight that started on Sunday"
_STARTED_WORDS = r"(?:that|which)\s+(?:had\s+)?(?:started|began|erupted|broke\s+out|flared)\s+"
_STARTED_ON = re.compile(rf"\s+{_STARTED_WORDS}(?:on|late\s+on|early\s+on|last|in)\b", re.IGNORECASE)
_STARTED_WHEN = re.compile(rf"\b{_STARTED_WORDS}$", re.IGNORECASE)


def _caused_before(text: str, t: timeline.TimeExpression, d: _Draft) -> bool:
    """Whether ``d`` is told in an "after" clause that follows the day ``t`` names as the latest of a run of days
    ("stayed shut for a third day Wednesday after police opened fire on mourners"): what began the run, before it."""
    return t.kind in ("weekday", "date") and t.end <= d.trigger_start \
        and _NTH_DAY.search(text, max(0, t.start - 40), t.start) is not None \
        and _AFTER_CAUSE.match(text[t.end:d.trigger_start]) is not None


# who sets a scene for what follows: armed men, not a minister who "arrived in Goma for talks"
_SCENE_ACTORS = re.compile(r"\b(?:smugglers|fighters|gunmen|militants|attackers|assailants|rebels|insurgents|intruders|"
                           r"violators|armed\s+(?:men|group)|group\s+of\s+(?:armed|masked|hooded)|bandits|raiders|"
                           r"saboteurs|terrorists)\b", re.IGNORECASE)
_SCENE_MOVE = re.compile(r"\b(?:attempted|tried|approached|crossed|infiltrated|conducted|launched|mounted)\b",
                         re.IGNORECASE)  # (not "The attackers had arrived in Kohat on Monday": where they came from)
# where something is, not where it goes: "in the service area of the Astara border detachment" (not "diverted to")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?!(?:to|into|towards|for)\b)[\w-]+\s+){0,4}?"
                              r"(?:of\s+(?:the\s+)?)?$",
                              re.IGNORECASE)


def _clock_within(times: list[timeline.TimeExpression], previous: TimeSpan | None, published: date, tz: str) -> bool:
    """Whether the sentence's one clock time falls within ``previous``, a part of a day told before ("on Tuesday
    night" ... "At about 10:30 p.m.")."""
    clocks = [t for t in times if t.kind == "clock" and not t.is_report and not t.is_equivalent]
    if len(clocks) != 1 or previous is None or previous.precision != "day" \
            or previous.end - previous.start >= timedelta(days=1):
        return False
    span = timeline.resolve_time(clocks[0], published, tz, previous)
    return span is not None and previous.start <= span.start < previous.end


def _scene_time(text: str, sent: tuple[int, int], published: date, tz: str,
                previous: TimeSpan | None) -> TimeSpan | None:
    """The reference for later times after a sentence that tells no event but sets the scene's day
    ("The trouble began on Wednesday afternoon outside the parliament."): its one day or clock
    time, if it names exactly one that is neither a report's nor in the future."""
    if not timeline.may_name_day_or_clock(text, *sent):
        return previous  # (most such sentences are background: a cheap test first)
    times = [t for t in timeline.find_times(text, *sent) if not t.is_report and not t.is_equivalent
             and not _in_dateline(text, t.start)]  # ("LANKARAN, 27 August 2025 – ...": the day it was filed)
    times = [t for t in times if t.kind not in ("recent", "month")] or times  # ("On 4 June, ... that had held it
    # since March": 4 June)
    if len(times) != 1 or times[0].kind not in ("weekday", "date", "day_ref", "clock", "relative") \
            or (times[0].kind == "relative" and (times[0].unit != "day" or previous is None)) \
            or _FUTURE_CLAUSE.search(text, *sent):
        return previous  # ("The unrest spread the following night.": the day after the one told)
    span = timeline.resolve_time(times[0], published, tz, previous)
    return span if span is not None and span.precision in ("minute", "hour", "day") else previous


_DEVICE = re.compile(r"bomb|\bIEDs?\b|mine|explosive device", re.IGNORECASE)  # (not "the blast": any kind)
_OF_VICTIM = re.compile(r"\s+of\s+(?:an?|one|two|three|\d+)\s", re.IGNORECASE)


def _antecedent(later: _Draft, drafts: list[_Draft], text: str) -> _Draft | None:
    """The event "the blast" names: one whose sentence has the word before it ("the hotel attack":
    the bombing at a hotel), else the latest of the same kind ("the assault": an attack, though a
    drone strike was told since), else the first of the latest sentence that has fitting ones."""
    fitting = [o for o in drafts if o.antecedent is None and _refers_to(later, o)]
    if later.trigger.group not in ("attack", "clash") and _OF_VICTIM.match(text, later.trigger_start
                                                                             + len(later.trigger_text)):
        fitting = [o for o in fitting if o.trigger.group != "fatal"]  # "The shooting of a teenager in Cali": a
        # killing of its own, not the officer killed in Medellin told before
    fitting = [o for o in fitting if o.trigger.group != "fatal"] or fitting  # a bare killing only when nothing else
    if not fitting:
        return None
    modifier = _MODIFIER.search(text, max(0, later.trigger_start - 30), later.trigger_start)
    if modifier is not None:
        word = re.compile(rf"\b{re.escape(modifier.group(1))}\b", re.IGNORECASE)
        named = [o for o in fitting if word.search(text, *o.sentence)]
        if named:
            return named[-1]
    same = [o for o in fitting if o.trigger.group == later.trigger.group]
    kind = [o for o in same if o.trigger.sub_event_type == later.trigger.sub_event_type]
    if kind and _DEVICE.search(later.trigger_text):  # "hours after the bombing": the bomb
        same = kind  # told first, not the drones' strike told since
    if same:
        return min((o for o in same if o.sentence == same[-1].sentence), key=lambda o: o.trigger_start)
    return next(o for o in fitting if o.sentence == fitting[-1].sentence)


_PLACE_AFTER = re.compile(r"\b(?:near|in|at|outside)\s+(?-i:[A-Z])")
_ENSUED = re.compile(r"[\w-]+\s+(?:that|which)\s+(?:followed|ensued)\b", re.IGNORECASE)


def _ensued_from(text: str, later: _Draft, sent_drafts: list[_Draft]) -> _Draft | None:
    """The event told earlier in its own sentence that "the fighting that followed" came from ("farmers attacked
    a herders' camp in reprisal, and three people were killed in the fighting that followed": that attack, not one
    told in an earlier sentence), or None."""
    if not _ENSUED.match(text, later.trigger_start) \
            or any(not t.is_report for t in timeline.find_times(text, later.trigger_start, later.clause[1])) \
            or _PLACE_AFTER.search(text, later.trigger_start, later.clause[1]):
        return None  # (not "..., and troops killed 12 of them in the fighting that followed near Dori on Monday")
    return next((o for o in reversed(sent_drafts) if o.trigger_start < later.trigger_start and o.antecedent is None
                 and o.trigger.group in _VIOLENT_GROUPS), None)


def _refers_to(later: _Draft, earlier: _Draft) -> bool:
    """Whether "the blast" (or "the attack", "the strike") can name the event of ``earlier``."""
    if later.trigger.group == "clash" and earlier.trigger.event_type in ("Protests", "Riots"):
        return True  # "Police fired tear gas at miners ... The clashes began shortly after 11:00"
    if later.trigger.group in ("attack", "clash"):
        return earlier.trigger.group in _VIOLENT_GROUPS or earlier.trigger.group == "fatal"  # "Gunmen killed five"
    if earlier.trigger.group == "fatal" \
            and later.trigger_text.lower() in ("shooting", "shootings", "killing", "killings"):
        return True  # "A protester was killed when a gunman targeted a roadblock ... The shooting came hours after"
    if earlier.trigger.group == later.trigger.group == "fatal":
        return True  # "... shot dead two construction workers ... The workers ... were killed on Wednesday morning"
    if later.trigger.event_type == _SD:  # "The agreement signed in Barcelona": an agreement, not the arrests
        return earlier.trigger.sub_event_type == later.trigger.sub_event_type
    return earlier.trigger.group != "fatal" and earlier.trigger.event_type == later.trigger.event_type


def _inform(antecedent: _Draft, later: _Draft) -> None:
    """A later mention of an event ("the blast, at about 5:10 a.m.") gives it a narrower time
    that fits in the one known, and a more precise place in the same country."""
    t, known = later.time, antecedent.time
    if t is not None and (known is None or (known.start <= t.start and t.end <= known.end and t != known)
                          or _tells_when(t, antecedent)):
        antecedent.time = t  # (and "ADF rebels killed 23 villagers, officials said Tuesday. The attack took place
        antecedent.storied = False  # overnight from Sunday to Monday": then, not the story's day)
    here, there = later.place, antecedent.place
    finer = here is not None and (there is None or (_PRECISION_RANK[here.precision] < _PRECISION_RANK[there.precision]
                                                    and here.country == there.country)
                                  or (later.placed and not antecedent.place_follows and here.country == there.country
                                      and later.trigger.sub_event_type == "Agreement"))
    # ("two farm unions signed a deal with the Catalan government late on Wednesday ... The agreement signed in
    # Barcelona late on Wednesday": where it was signed, not the blockade's town the first telling borrowed)
    if finer and (later.place_follows or (there is not None and there.precision == "country")) and not later.noticed:
        antecedent.place = here  # "a village in the Sagaing region" ... "the strike on the village in Shwebo"


def _said_on(text: str, sent: tuple[int, int], d: _Draft, published: date, tz: str) -> TimeSpan | None:
    """The day a sentence that tells no time of its own says the news of ``d`` was given, told just before its words
    ("The army said on Tuesday that it had sent 200 additional troops"; not "Mobile data was cut ..., and police said
    on Friday that ...")."""
    times = timeline.find_times(text, *sent)
    if any(not t.is_report for t in times if t.kind != "clock" or not _UPDATE_LABEL.match(text, sent[0])):
        return None
    said = next((t for t in times if t.is_report and t.kind in ("weekday", "date") and t.end <= d.trigger_start
                 and not re.search(r"[,;]", text[t.end:d.trigger_start])), None)
    return timeline.resolve_time(said, published, tz, None) if said is not None else None


_UPDATE_LABEL = re.compile(r"\s*(?:Update|UPDATE)\b")  # a live blog's "Update 10:30 a.m.:"
_UPDATE_HEAD = re.compile(r"\s*(?:Update|UPDATE)\b[^.;:]{0,30}?\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?|hrs|GMT|UTC|"
                          r"local time)?\s*(?:\([^()]{0,20}\)\s*)?[:—–-]\s*")  # (all of it)


def _tells_when(t: TimeSpan, antecedent: _Draft) -> bool:
    """Whether ``t``, the time of a later telling, says when the event of ``antecedent`` was: that event has only
    the story's day, and ``t`` lies within a week before it."""
    known = antecedent.time
    return antecedent.storied and known is not None and t.end <= known.end \
        and known.start - t.start <= timedelta(days=STORY_DAYS_BACK)


def _before_cause(text: str, d: _Draft) -> int:
    """Where the clause of ``d`` ends, or where a cause told in it begins ("... after a firefight between ...")."""
    cause = _BECAUSE.search(text, d.trigger_start, d.clause[1])
    return cause.start() if cause is not None else d.clause[1]


_STRIKE_WORD = re.compile(r"\bstrikes?\b|\bstoppages?\b|\bshutdowns?\b|\bbandh\b|\bhartal\b", re.IGNORECASE)
_DURING_BEFORE = re.compile(r"\b(?:during|amid)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# "sent 800 soldiers to the city ... on Wednesday, after gunmen killed": the killing that brought the measure about
_AFTER_KILLERS = re.compile(r"[,\s]\s*(?:after|following)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


def _measure_after(text: str, measure: _Draft, deaths: _Draft) -> bool:
    """Whether deaths are told in an after-clause of a measure the sentence tells before them ("Mexico's government
    sent 800 soldiers ... to Iguala on Wednesday, after gunmen killed three bus drivers"): an event of its own."""
    return measure.trigger.event_type == _SD and measure.trigger.group != "fatal" \
        and measure.trigger_start < deaths.trigger_start \
        and (_AFTER_KILLERS.search(text, measure.trigger_start, deaths.trigger_start) is not None
             or _AFTER_DEATHS.search(text, measure.trigger_start, deaths.trigger_start) is not None)


def _protest_apart(text: str, protest: _Draft, deaths: _Draft) -> bool:
    """Whether deaths told beside a protest are not its own: the protest is one told before ("Hours
    after the stoppage began, ... a gunfight left three dead") or came after them ("a stoppage that
    owners called after two drivers were gunned down")."""
    if protest.trigger.group == "riot":  # "Youths burned cars ... after a 17-year-old was shot dead by police":
        return protest.trigger_start < deaths.trigger_start and _AFTER_DEATHS.search(  # the killing that set the
            text, protest.trigger_start, deaths.trigger_start) is not None  # riot off is an event of its own
    if protest.trigger.group != "protest":
        return False
    if deaths.trigger_start < protest.trigger_start and _STRIKE_WORD.search(protest.trigger_text) \
            and _DURING_BEFORE.search(text, max(deaths.trigger_start, protest.trigger_start - 40),
                                      protest.trigger_start):
        return True  # "A student died yesterday after being hit by a police bullet in Cabral, during a 24-hour strike
        # that shut down businesses ... in Barahona": a death of its own place, not the strike's
    return protest.definite or (protest.trigger_start < deaths.trigger_start and _BECAUSE.search(
        text, protest.trigger_start, deaths.trigger_start) is not None)  # (not "died after being struck by a police
    # van during a sit-in": the sit-in's death)


_RETALIATION_FOR = re.compile(r"\b(?:retaliation|revenge|reprisal|response)\s+for\s+(?:an?\s+|the\s+)?"
                              r"(?:earlier|previous|recent)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _deaths_owner(drafts: list[_Draft], at: int, text: str) -> _Draft:
    """The event that deaths reported at offset ``at`` belong to: one of the same clause, a
    violent one, one told before the count, the nearest; bare death words last."""
    def rank(d: _Draft) -> tuple[bool, bool, bool, bool, bool, int]:
        return (not d.clause[0] <= at < d.clause[1], d.trigger.group not in _VIOLENT_GROUPS,
                d.trigger.event_type == _SD, d.definite and not alone, d.trigger_start > at, abs(d.trigger_start - at))
        # ("burned tyres and looted shops ..., and police said two men died": the riot's dead, not the looting's;
        # "confirmed the attack and said troops had killed two rebels in a firefight": the new event's, not the one
        # told before)

    fatal = [d for d in drafts if d.trigger.group == "fatal"]
    drafts = [o for o in drafts if not any(_protest_apart(text, o, d) for d in fatal)] or drafts
    # ("killing two young men in the deadliest night since protests began on Saturday": not those protests' dead)
    since = _SINCE_IT_BEGAN.search(text, at, max(d.sentence[1] for d in drafts))
    drafts = [o for o in drafts if not (since is not None and at < since.start() < o.trigger_start)] or drafts
    drafts = [o for o in drafts if not _RETALIATION_FOR.search(text, max(0, o.trigger_start - 50), o.trigger_start)] \
        or drafts  # ("shelled villages ... in apparent retaliation for an earlier ambush, killing two farmers")
    killing = any(d.trigger.group == "fatal" and _BARE_DEATH.fullmatch(d.trigger_text) is None for d in drafts)
    drafts = [o for o in drafts if o.trigger.sub_event_type != _ABDUCTION
              and not (o.trigger.sub_event_type == "Looting/property destruction"
                       and (killing or o.trigger_start > at))] \
        or drafts  # "killed six and kidnapped 20 women", "two men were hacked to death and several houses were
    # burned": the killing's dead, not the abduction's or the burning's
    events = [o for o in drafts if o.trigger.group not in ("fatal", "strategic")]
    own = [d for d in drafts if d.trigger.group == "fatal" and d.clause[0] <= at < d.clause[1] and (
           (d.anchored and not any(o.anchored for o in events))
           or (d.placed and not any(_takes_deaths(o, d) for o in events))
           or (not _BARE_DEATH.fullmatch(d.trigger_text) and not any(o.clause == d.clause for o in events)
               and all(o.trigger_start > d.trigger_start for o in events)))]  # ("Fighters shot dead two workers")
    if own:
        return own[0]  # "..., where four people were shot dead in Ziguinchor": deaths of their own place
    events = [d for d in drafts if d.trigger.group not in ("fatal", "strategic") and d.repeat_of is None] or \
        [d for d in drafts if d.trigger.group == "fatal"] or drafts
    alone = not any(not d.definite and d.clause[0] <= at < d.clause[1] and d.trigger.group in _VIOLENT_GROUPS
                    for d in events)
    return min(events, key=rank)


_LAST_YEAR_WORDS = re.compile(r"\b(?:last|previous) year\b|\ba year (?:ago|earlier)\b", re.IGNORECASE)
# a running count of the year ("settler attacks ... had displaced hundreds of families this year")
_MONTHS_BACK_WORDS = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+){0,2}?\w+(?:ed|en)\b[^.;]{0,120}?"
                                r"\b(?:so far |earlier )?this year\b", re.IGNORECASE)  # (not "the deadliest attack
# in the region this year": that attack, of now)
_DAY_KINDS = ("weekday", "clock", "day_ref", "overnight", "relative", "part_of_day")


def _background(sentence: str, published: date) -> bool:
    """Whether a sentence tells of the past only: it names an earlier year and no recent day
    ("the worst unrest since the protests of 2019, in which hundreds were killed"), or of what
    has gone on for years. A live blog's label ("Update Tuesday 09:30:") is no day the sentence tells."""
    label = _UPDATE_HEAD.match(sentence)
    sentence = sentence[label.end():] if label is not None else sentence
    habitual = _HABITUAL.search(sentence) is not None
    years = [int(y) for y in _YEAR.findall(sentence)] + [published.year - 1] * len(_LAST_YEAR_WORDS.findall(sentence))
    earlier_year = bool(years) and min(years) < published.year
    season = _LAST_SEASON.search(sentence)  # "Similar protests turned deadly last summer" (not "..., where similar
    # protests turned deadly last summer", nor "the biggest turnout since last summer": of the clause or time before)
    months_back = _MONTHS_BACK_WORDS.search(sentence) is not None or (
        season is not None and not _RELATIVE_WORD.search(sentence, sentence.rfind(",", 0, season.start()) + 1,
                                                         season.start()))
    if not habitual and not earlier_year and not months_back and not _MONTH_WORD.search(sentence) \
            and not _AGO.search(sentence):
        return False
    times = timeline.find_times(sentence)  # (once, for all tests)
    if not habitual and not earlier_year:
        return _months_back(sentence, times, published, months_back)
    if habitual and not any(t.kind in ("weekday", "clock", "date", "day_ref", "part_of_day") and not t.is_report
                            for t in times):
        return True  # (not "The town has seen repeated attacks, and on Monday gunmen killed four farmers there")
    if not earlier_year:
        return False
    return not any(t.kind in _DAY_KINDS
                   or (t.kind == "recent" and not _YEAR.search(t.text))  # "since September 2022": for years
                   or (t.kind == "date" and t.ymd is not None and t.ymd[2] is not None  # ("On July 5, 2026, two
                       and (t.ymd[0] is None or t.ymd[0] >= published.year))  # feuding clans ... ending a dispute
                   for t in times)  # that had claimed four lives since 2023")


_AGO = re.compile(r"\bago\b")
_LAST_SEASON = re.compile(rf"(?<!since )\blast\s+(?:{_SEASON}|(?-i:January|February|March|April|May|June|July|"
                          rf"August|September|October|November|December))\b", re.IGNORECASE)  # ("last October")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that|where)\b")
_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b")


def _months_back(sentence: str, times: list[timeline.TimeExpression], published: date, named: bool) -> bool:
    """Whether the times told in a sentence all lie two or more calendar months before ``published`` ("in
    January" in March, "two months ago"), or (``named``) it counts the year so far ("have arrested 300 people
    this year") and names no day."""
    told = [t for t in times if not t.is_report]
    if named:
        return not any(t.kind in _DAY_KINDS or t.kind == "date" for t in told)
    if not told:
        return False
    for t in told:
        if _RELATIVE_WORD.search(sentence, sentence.rfind(",", 0, t.start) + 1, t.start):
            return False  # ("M23 rebels captured Walikale, which the army had retaken in January": that time is
            # the other clause's)
        month_only = t.kind == "date" and t.ymd is not None and t.ymd[2] is None
        if not (month_only or (t.kind == "relative" and t.unit == "month")):
            return False
        span = timeline.resolve_time(t, published, "UTC")
        if span is None or (published.year - span.start.year) * 12 + published.month - span.start.month < 2:
            return False
    return True


_MOVED_ON = re.compile(r"\b(?:march(?:ed|ing)?|mov(?:ed|ing)|head(?:ed|ing)|walk(?:ed|ing)|proceed(?:ed|ing)|went|"
                       r"converg(?:ed|ing)|made (?:their|its) way|spread)\s+(?:on\s+)?(?:to|towards?|into)\b",
                       re.IGNORECASE)


def _story_place(drafts: list[_Draft], ctx: GeoContext, text: str, sent: tuple[int, int],
                 published: date) -> Place | None:
    """Where the story last was: the city (or region) of the latest event below country level; its landmark when
    that event was told in the sentence just before ("... tried to storm the airport. Several hundred people
    pushed through a perimeter fence ...": still the airport)."""
    last = next((d for d in reversed(drafts) if d.place is not None and d.place.precision != "country"
                 and not (d.time is not None and (published - d.time.end.date()).days > MAX_AGE_DAYS)
                 and not (_WHO_WAS_BEFORE.search(text, max(d.sentence[0], d.trigger_start - 25), d.trigger_start)
                          and any(o.sentence == d.sentence and o.trigger_start < d.trigger_start for o in drafts))),
                None)  # (not "The drivers had gathered ... outside the governor's office, carrying the body of a
    # colleague who was shot dead near Batouri on Sunday": an event of before, told in a relative clause)
    # (not "an activist, who was arrested in the central town of Adama in December": long before the story)
    if last is not None and _IN_WHICH.search(text, max(last.sentence[0], last.trigger_start - 80), last.trigger_start):
        main = next(d for d in drafts if d.sentence == last.sentence and d.place is not None
                    and d.place.precision != "country")
        last = main  # "Soldiers were deployed in the streets of Labé ... after two days of protests ..., in which a
        # teenager was shot dead in the nearby town of Pita": the story is at Labé, Pita an aside
    if last is not None:  # one event told at a list of towns ("arrested 152 people in Fnideq and M'diq"): the
        last = next(d for d in drafts if d.sentence == last.sentence  # story is at the first
                    and d.trigger_start == last.trigger_start and d.place is not None)
    if _UPDATE_LEAD.match(text, sent[0]):
        return ctx.focus_city  # a live blog's update is news of its own: the story's own place, not the last update's
    if last is None or last.place is None:
        return None
    if last.place.precision == "region":  # "... stormed a council building in Samawah ..., and a curfew was imposed as
        # anger spread across Muthanna province": the sentence's town in that province, not the province
        town = next((d.place for d in drafts if d.sentence == last.sentence and d.place is not None
                     and d.place.precision == "city" and _narrows(d.place, last.place)), None)
        if town is not None:
            return town
    if last.place.precision == "landmark" and not text[last.sentence[1]:sent[0]].strip() \
            and not _MOVED_ON.search(text, *sent):  # (not "After the speeches, several hundred marched to the
        return last.place  # Government Office, where ...": another place, though one the gazetteer lacks)
    return _city_of(last.place, ctx) if last.place.precision == "landmark" else last.place


_ENSUING = re.compile(r"\b(?:ensuing|subsequent|resulting)\s+(?:[\w-]+\s+)?(?:firefight|fighting|clash(?:es)?|gunfight|"
                      r"exchange|battle|shoot-?out|melee|stampede|chaos|violence|fire)\b", re.IGNORECASE)
_RELATION_WITH = re.compile(r"\b(?:business|trade|ties|relations|talks|cooperation|dealings|commerce|links|"
                            r"exchanges|war|conflict|dispute|peace)\s+with\s+$", re.IGNORECASE)
_ACTOR_VERB_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+on|"
                                r"condemn(?:ed|s|ing)|critici[sz](?:ed|es|ing)|press(?:ed|es|ing)|warn(?:ed|s|ing))\s+$",
                                re.IGNORECASE)
_ACTOR_AFTER = re.compile(r"\s+(?:of|to|for|over|against)\b")
_PARTIES_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+)?$|"
                              r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+"
                              r"(?-i:[A-Z])[\w'’-]+)?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?$",
                              re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|since)\s+$", re.IGNORECASE)  # a measure's start, not an event's hour
_IN_WHICH = re.compile(r"\b(?:in|during|at)\s+which\b[^.;]*$", re.IGNORECASE)


def _story_time(previous: TimeSpan | None, published: date, tz: str, scene: bool = False) -> TimeSpan:
    """The time of a sentence that names none: the time the story last named when it was a
    span of days, or a clock time and the sentence is at a town (news goes on telling of the
    same scene: "Scuffles broke out at 3 p.m. Protesters threw bottles ..."; a country's toll is
    not of that hour), else that day, if that was in the fortnight before publication; else the
    publication day."""
    if previous is None:
        return timeline.day_span(published, tz)
    day = previous.start.date()
    if not 0 <= (published - day).days <= 14:
        return timeline.day_span(published, tz)
    if _TIME_RANK[previous.precision] >= _TIME_RANK["week"] or (scene and previous.precision in ("minute", "hour")):
        return previous
    return timeline.day_span(day, tz)


def _tz(place: Place | None) -> str | None:
    return place.timezone if place else None


# what has not happened, or not yet: a learned reading of such a sentence is no event
_NOT_YET = re.compile(r"\b(?:will|would|shall|plans?|planned|planning|threat\w*|vow\w*|could|(?-i:may)|might|"
                      r"ahead of|due to|"
                      r"called for|calls for|urged|warned|if|unless|whether|no one|nobody|denied|deny|denies|not|never|"
                      r"ago|last year|in \d{4})\b", re.IGNORECASE)


# a sentence about an event told before: "The fighting began at about 2:30 p.m. when troops on patrol were fired
# upon" (its time, not a new event)
_TOLD_BEFORE_OPENING = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:fighting|attacks?|clash(?:es)?|"
                                  r"violence|protests?|blasts?|explosions?|shootings?|unrest|raids?|strikes?|riots?|"
                                  r"assault|ambush|operation|incident|demonstrations?|march|rally|bombings?|battle|"
                                  r"standoff|stand-off|siege|curfew|blockade|arrests?|"
                                  # a person told before: "The constable, a resident of Okara, was hit on the head"
                                  r"constable|officer|policeman|soldier|man|woman|boy|girl|victim|teenager|driver|"
                                  r"student|journalist|reporter|[\w]+-year-old)\b(?!\s+of\b)")


_SAID_OF_TOLD = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?the\s+(?:man|woman|boy|girl|victim|teenager|"
                           r"driver|student|child|men|women|victims)\b", re.IGNORECASE)


# what a decree lets the forces do, anywhere in a sentence the reader is asked about
_PERMISSION = re.compile(_LETS_FORCES + r"to\b", re.IGNORECASE)
_FOUND_CUES = {"found", "body", "bodies", "discovered", "corpse", "corpses", "remains"}
_VIOLENT_SIGN = re.compile(r"\b(?:kill\w*|shot|gunshot|bullet\w*|stab\w*|behead\w*|tortur\w*|murder\w*|slain|"
                           r"hacked|bound (?:hand|and|with)|blindfolded|execut\w*|mutilat\w*|gunmen|abduct\w*|"
                           r"kidnap\w*|dumped|mass grave|strangled)\b", re.IGNORECASE)


_HEALTH = re.compile(rf"\b(?:{HEALTH_WORDS}|mpox)\b", re.IGNORECASE)


_GROUND = re.compile(r"\b(?:towns?|city|village|district|area|territory|control|base|camp|post|outpost|crossing|"
                     r"positions?|garrison|barracks|airport|entered|took over|taken over|withdr[ae]w\w*|pulled out|"
                     r"handed over)\b", re.IGNORECASE)


# the group a rule's trigger of the same event type has (:class:`mapping.triggers.Trigger`)
_LEARNED_GROUP = {"Battles": "armed", "Explosions/Remote violence": "armed", "Violence against civilians": "vac",
                  "Riots": "riot", "Protests": "protest", "Strategic developments": "strategic"}


def _learned_drafts(text: str, sent: tuple[int, int], clauses: list[tuple[int, int]],
                    reader: sentence_model.SentenceModel) -> list[_Draft]:
    """The event of a sentence no rule read as one, when the learned reader is sure of it and the sentence
    tells nothing planned, feared, denied or long past: at the reader's cue word, in that word's clause."""
    sentence = text[sent[0]:sent[1]]
    if _NOT_YET.search(sentence) or _TOLD_BEFORE_OPENING.match(sentence) or _SAID_OF_TOLD.search(sentence) \
            or _THOSE_TOLD.search(sentence) or _ACCIDENT.search(sentence) \
            or _PERMISSION.search(sentence):  # ("accidentally shot dead a colleague"; "The decree allows officers to
        # make arrests without a warrant")
        return []  # (nor "A rights group said the man, a father of three, had been unarmed": one told before)
    reading = reader.read(sentence)
    if reading is None or (reading.cue.lower() in _FOUND_CUES and not _VIOLENT_SIGN.search(sentence)):
        return []  # ("A man's body was found tied to his boat near Brest": a death of no known violence)
    if reading.event_type == _SD and _HEALTH.search(sentence) and not _VIOLENT_SIGN.search(sentence):
        return []  # ("The government imposed a ban on public gatherings ... to stop a measles outbreak")
    if (reading.event_type == "Protests" and _CELEBRATION.search(sentence)) \
            or (reading.sub_event_type == "Non-violent transfer of territory" and not _GROUND.search(sentence)):
        return []  # ("Students marched through Kano to celebrate their graduation"; "Police captured the suspected
        # gunman without a fight": no ground changed hands)
    start = sent[0] + reading.cue_start
    clause = _clause_at(clauses, start, sent)
    group = _LEARNED_GROUP.get(reading.event_type, "learned")  # (a battle read is violence as a rule's is)
    return [_Draft(_Trigger("", reading.event_type, reading.sub_event_type, group), reading.cue, start, clause,
                   sent)]


def _refuted(text: str, sent: tuple[int, int], clauses: list[tuple[int, int]], hits: list[_Hit]) -> bool:
    """Whether a trigger of the sentence fails its own condition (:func:`_borne_out`): the words were read, and
    they do not tell the event ("Police have blocked the motorway" is no protest)."""
    return any(TRIGGERS[m.index].check not in _NOT_REFUTING
               and not _borne_out(text, _Draft(TRIGGERS[m.index], m.group(), m.start(),
                                               _clause_at(clauses, m.start(), sent), sent)) for m in hits)


# conditions that only pick one kind out of the trigger's words: failing them tells nothing against another reading
# ("Motorcycles were banned ...": no ban on gatherings, but perhaps a measure the learned reader knows)
_NOT_REFUTING = {"gatherings banned", "crowd charging"}  # (nor "Police in riot gear charged at demonstrators")


# "the two abducted men", "those kidnapped students": people named by what was done to them, not a new deed
_CAPTIVES_NAMED = re.compile(r"\b(?:the|those|these)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|other|remaining)\s+)?$", re.IGNORECASE)
_CAPTIVES = re.compile(r"\s+(?:[a-z-]+\s+)?(?:men|women|people|persons|workers|passengers|students|pupils|girls|boys|"
                       r"children|officials|engineers|traders|villagers|priests|nuns|journalists|tourists|"
                       r"foreigners|farmers|teachers|travellers|victims|hostages|man|woman|girl|boy|child)\b")


def _clause_at(clauses: list[tuple[int, int]], at: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause that holds offset ``at`` (the whole sentence when none does)."""
    return next((c for c in clauses if c[0] <= at < c[1]), sent)


_IT_WAS_THE = re.compile(r"(?:^|[.;]\s+|\A\s*)(?:It|This|That)\s+(?:was|is|marked)\s+the\s+(?:[\w-]+\s+){0,4}$")
_NO_OBJECT = re.compile(r"\s+(?:on|in|at|last|late|early|overnight|yesterday|this|that)\b", re.IGNORECASE)
_DOERS_WHO = re.compile(r"\bthe\s+(?:fighters|gunmen|attackers|assailants|militants|men|gang\s+members|rebels|"
                        r"insurgents|raiders|bandits)\s+(?:who|that)\s+(?:had\s+)?$", re.IGNORECASE)
# a death named by whose it was: "opened investigations into the student's death" (one told before)
_WHOSE_DEATH = re.compile(r"\bthe\s+(?:[\w-]+\s+)?[\w-]+['’]s\s+$", re.IGNORECASE)
_DENOUNCED = re.compile(r"\bto\s+(?:denounce|condemn|decry|protest(?:\s+against)?|oppose|mourn)\s+(?:the|these|those|"
                        r"his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
_AGREED_TO_END = re.compile(r"\bagreed\b[^.;]{0,40}?\bto\s+(?:(?:suspend|end|call\s+off|halt|lift)\s+(?:a|an|the|"
                            r"their|its)\s+(?:[\w-]+\s+)?)?$", re.IGNORECASE)
_NTH_TARGET = re.compile(r",\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                         r"latest)\s+(?!(?:time|day|week|night|month|year|straight|consecutive|running)\b)"
                         r"(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
_BACKED_EVENT = re.compile(r"\bin\s+(?:support|solidarity)\s+(?:of|with)\s+(?:the|these|those|their)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$", re.IGNORECASE)
_TREND = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+(?:has\s+|have\s+)?(?:intensified|escalated|worsened|raged|spread|"
                    r"continued|flared)\s+(?:\w+\s+)?(?:across|throughout)\s+(?:the\s+)?(?:country|nation|region|"
                    r"country['’]s|nation['’]s|[\w'’-]+\s+(?:region|province|state|zone|belt))\b", re.IGNORECASE)
_SOUNDS_JOINED = re.compile(r"\s*(?:,\s*)?and\s+(?:heavy\s+|loud\s+|several\s+|multiple\s+)?", re.IGNORECASE)


def _comma_before(text: str, d: _Draft) -> bool:
    """Whether ``d``'s word follows a comma (", chanting slogans", ", shooting dead the driver")."""
    return re.search(r",\s*$", text[max(0, d.trigger_start - 3):d.trigger_start]) is not None


def _sentence_drafts(text: str, sent: tuple[int, int], clauses: list[tuple[int, int]], year: int,
                     hits: list[_Hit]) -> list[_Draft]:
    """The event triggers of a sentence (``hits``, its :func:`_trigger_matches`) that are neither negated,
    hypothetical nor future, nor told of an earlier year in their clause (``year`` is the publication's);
    one per event type and clause ("protests and rallies were held" is one event)."""
    seen: dict[tuple[str, tuple[int, int]], int] = {}  # (kind, clause) -> the draft's index in kept
    kept: list[_Draft] = []
    paragraph = text.rfind("\n", 0, sent[0]) + 1
    lowered = text[sent[0]:sent[1]].lower()  # cheap tests first: the rare patterns below are slow to try
    judged = any(w in lowered for w in ("sentenc", "convict", "jailed", "indicted", "prosecuted", "guilty",
                                         "acquitted", "on trial"))
    described = any(w in lowered for w in ("advertised", "billed", "promoted", "branded", "presented"))
    accidental = any(w in lowered for w in ("accident", "gas ", "boiler", "short circuit", "electrical fault",
                                             "drunk", "speeding", "reckless"))
    rare = judged or described or " but " in lowered or accidental
    disaster = _DISASTER.search(lowered) is not None
    for m in hits:
        if _quoted(text, paragraph, m.start()):
            continue  # "We heard shooting," said a shopkeeper: a witness telling of an event told already
        before = text[max(sent[0], m.start() - 40):m.start()]
        clause = _clause_at(clauses, m.start(), sent)
        if (_NEGATION.search(before) or _hypothetical(before, m.group()) or _PERMITTED.search(before)
                or (TRIGGERS[m.index].sub_event_type == "Arrests"
                    and _AVOID_BEFORE.search(before))  # ("fled into the hills to avoid arrest")
                or _THREATENED.search(before)
                or _CALLED.search(before)
                or _CALLED_TOO.search(text, max(sent[0], m.start() - 160), m.start())
                or _DENIED.search(text, max(sent[0], m.start() - 140), m.start())
                or _FUTURE.match(text, m.end(), sent[1])
                or ((ruled := _RULED_OUT.search(before)) is not None  # "ruled out a state of emergency", "telling
                    and (ruled.group().lower().startswith("rul")  # visitors to avoid protests" (not "fled ... to
                         or TRIGGERS[m.index].group in ("protest", "strategic")))  # avoid Israeli air strikes")
                or (_DENOUNCED.search(before) and TRIGGERS[m.index].group in ("strategic", "fatal")
                    and not any(not t.is_report for t in timeline.find_times(text, m.end(), clause[1])))  # ("called
                # for a protest on Friday in Ali Sabieh to denounce the arrests": what the protest is against)
                or (TRIGGERS[m.index].group == "protest" and _AGREED_TO_END.search(before))  # ("Unions ... agreed
                # late Wednesday to suspend a strike that had paralyzed the plant": what was agreed, told before)
                or (_NTH_TARGET.search(before) and m.group().lower().endswith("ed"))  # ("a chapel was burned ...,
                # the third church attacked in the area this year": a count of the kind, not one more event)
                or (_BACKED_EVENT.search(before) and TRIGGERS[m.index].group in ("protest", "riot")
                    and not any(not t.is_report for t in timeline.find_times(text, m.end(), clause[1])))  # ("have
                # called a march for Friday in support of the protests in Chaco": those protests, told before)
                or (_AS_BEFORE.search(before) and _TREND.match(text, m.start(), sent[1])
                    and len(hits) > 1)  # "as fighting intensified across the country's dry zone": a trend, no event
                or _DATES_BACK.match(text, m.end(), sent[1])  # "the last serious fuel riots in the port city date back
                # to 2022"
                or (not m.group().lower().endswith("ed") and _PROSECUTED.match(text, m.end(), sent[1]))
                # "said attacks on refugee homes would be prosecuted": acts of a kind, not one (but "those who burned
                # the police station would be prosecuted" tells the burning)
                or (TRIGGERS[m.index].group == "protest" and (
                    (_FOR_DAY.match(text, m.end(), sent[1]) and not m.group().lower().endswith("ed"))
                    or (_CALLED_OVER.match(text, m.end(), sent[1]) and _DEFINITE_BEFORE.search(before))))
                or _DUE_TO.search(text, clause[0], m.start())  # "a judge is due to hear a challenge to the use of
                # tear gas": to come
                or _STANDING_CHARGE.search(text, sent[0], m.start())
                or _ASKED_TO.search(text, max(sent[0], m.start() - 90), m.start())  # "had asked the National
                # Government in Port Moresby to send soldiers": a request
                or _NOT_HAPPENED.match(text, m.end(), clause[1])
                or (_GATHERING_WORD.fullmatch(m.group()) and _LIST_BANNED.match(text, m.end(), sent[1]))
                or _AHEAD_OF.search(before)  # "arrived this morning ahead of the evening rally": still to come
                or _RIGHT_TO.search(before)  # "to respect the right to protest"
                or _LODGED.search(text, max(sent[0], m.start() - 90), m.start())  # "summoned the charge d'affaires
                # to lodge a strong protest": diplomacy
                or (_CHARGE_OF.search(text, max(sent[0], m.start() - 80), m.start())  # "arrested 23 people on
                    # charges of arson and of attacking security personnel": what the arrested are charged with
                    and not _DEFINITE_BEFORE.search(before)
                    and not (before.rstrip().endswith(",") and re.fullmatch(r"died|[a-z]+ed", m.group()))  # (not
                    # "a man, who had been detained on charges of motorcycle theft, died in police custody": his
                    # death; nor "suspected of helping to plan the hotel
                    # attack": one told, whose place the sentence keeps; nor "the same group is suspected of having
                    # seized a district official": who did it, not what someone is charged with)
                    and not _GROUP_SUSPECTED.search(text, max(sent[0], m.start() - 80), m.start()))
                or (_ACCUSED_OF.search(text, max(sent[0], m.start() - 90), m.start())
                    and _BLAME_FOR_FIRST.search(text, m.end(), sent[1]))):  # "accused government forces of shelling
            # rebel positions first": who began what was told, no event of its own
            continue
        if rare and ((judged and _JUDGED.search(text, max(sent[0], m.start() - 100), m.start()))
                     or (described and _DESCRIBED.search(before))
                     or (" but " in lowered and _DENIED_AFTER.match(text, m.end(), sent[1]))
                     or (accidental and TRIGGERS[m.index].group in ("fatal", "armed")
                         and _ACCIDENT.search(text, max(sent[0], m.start() - 25), sent[1]))):
            continue  # "sentenced for attacks on ...", "..., but the army denied it", "an accident"
        trig = TRIGGERS[m.index]
        if trig.group == "fatal" and (_SINCE_YEAR.match(text, m.end(), clause[1]) or _CRASHED.match(text, m.end())
                                      or (_HAS_BEFORE.search(before) and _THOUSANDS.match(text, m.end()))):
            continue  # "ending a land dispute that had left six people dead since 2022": a past toll ("died when
            # their car hit a tree": a road death)
        past = _IN_YEAR_AFTER.match(text, m.end(), clause[1]) or _YEAR_WHEN.search(text, sent[0], m.start()) \
            or _IN_YEAR_BEFORE.search(text, clause[0], m.start()) \
            or _OF_YEAR.match(text, m.end(), clause[1]) \
            or (_WHERE_LEAD.search(text, max(sent[0], m.start() - 60), m.start())
                and _WHERE_YEAR.match(text, m.end(), sent[1]))  # ("and in 2021 demonstrations over shortages in
        # Khuzestan left several people dead"; "in Saqqez, where the nationwide demonstrations of 2022 began", "in
        # Basra, where summer protests over power and water shortages turned deadly in 2018": a place's past)
        if (past and int(past.group(1)) < year) or _LAST_YEAR.match(text, m.end(), clause[1]) \
                or _LAST_YEAR_PAST_ASIDE.match(text, m.end(), sent[1]) \
                or _LAST_MONTH.match(text, m.end(), clause[1]) \
                or _SEASON_WHEN.search(text, sent[0], m.start()) \
                or (_PAST_SPAN.match(text, m.end(), clause[1])
                    and (trig.group in ("fatal", "clash", "protest", "riot") or trig.sub_event_type == "Arrests")) \
                or (trig.group == "attack" and _STEPPED_UP.search(before)
                    and re.search(_SPAN_BACK, text[m.end():clause[1]], re.IGNORECASE)):  # ("insurgents have stepped
            # up attacks on security forces and on workers from other provinces over the past two years": a trend)
            continue  # "which has been based in Aden since the Houthis seized Sanaa in 2014": the past
        if trig.group == "fatal" and _MOURNED.search(text, max(sent[0], m.start() - 120), m.start()):
            continue  # "marched ... after the funeral of the vegetable seller, who died on Saturday night in a
            # hospital": the one mourned, whose death is told elsewhere (or not at all)
        if trig.group in ("protest", "riot") and _FLARED_BEFORE.match(text, m.end(), sent[1]):
            continue  # "Protests against coastal construction have flared before, notably in Sarandë in 2024": the past
        if disaster and trig.group == "fatal":
            continue  # "Heavy rains left 12 dead": deaths of a disaster, no ACLED event (a riot beside them stays)
        if m.group().lower().startswith("bodies") and _AT_SEA.match(text, m.end(), sent[1]):
            continue  # "Coast guards recovered the bodies of 11 migrants off the coast": a shipwreck's dead
        if m.group().startswith("March") and m.start() > sent[0] and (
                _MONTH_USE.match(text, m.end(), m.end() + 8) or _DAY_BEFORE.search(text, max(0, m.start() - 8),
                                                                                   m.start())):
            continue  # "on the nights of March 5", "On 12 March at around 06:15": the month
        if _told_of_no_event(text, m, before, clause, sent, year):
            continue  # "the 1995 massacre", "the anniversary of", "A lion killed", "shot in a fight sequence filmed"
        if trig.group in ("riot", "attack") and (_CHARGE_NAMED.search(text, max(sent[0], m.start() - 60), m.start())
                                                 or (_HELD_FOR.search(text, max(sent[0], m.start() - 100), m.start())
                                                     and not _TOLD_WHERE_AFTER.match(text, m.end(), sent[1]))):
            continue  # "arrested 31 people ... on charges of rioting and arson": the charge, no riot told
        if trig.group == "protest" and (_CHARGED_WITH.search(text, max(clause[0], m.start() - 80), m.start())
                                        or _CALLING_FOR.search(text, max(sent[0], m.start() - 80), m.start())):
            continue  # "charged them with organising an unsanctioned rally", "detained an activist for calling on
            # social media for an unsanctioned rally": the charge, the call, no rally told
        if trig.sub_event_type == "Agreement" and _COLLAPSED_AFTER.match(text, m.end(), sent[1]):
            continue  # "brokered a ceasefire between the two sides in Kunming that collapsed last month": a past deal
        if _WISHED.search(text, max(clause[0], m.start() - 30), m.start()):
            continue  # "said the government wanted 'a massacre' in the tropics": a charge, no massacre told
        if trig.group == "protest" and _ANNOUNCED_BEFORE.search(text, max(clause[0], m.start() - 40), m.start()):
            continue  # "One of the factions has announced a rally in Cox's Bazar on Friday": one to come
        if trig.group == "protest" and text.endswith("to ", 0, m.start()) \
                and (_FUTURE_IN_CLAUSE.search(text, clause[0], m.start())
                     or _CALLED_FOR.search(text, clause[0], m.start())):  # ("have called for a bandh in Konta block
            # on Saturday to protest against the killings")
            continue  # "said it would hold a rally ... next Wednesday to protest the police operation": the purpose
            # of a rally to come
        if trig.sub_event_type == "Arrests" and (_CLAIMED_ARRESTED.search(text, max(sent[0], m.start() - 60),
                                                                          m.start())
                                                 or _DEMANDED.search(text, max(sent[0], m.start() - 40), m.start())):
            continue  # "gathered outside the prison ..., saying they had been arrested without evidence": their
            # grievance, no arrests told ("demanding the arrest of the killers": a demand)
        if trig.sub_event_type == "Arrests" and _PETTY_CRIME.search(text, *sent) \
                and not _POLITICAL.search(text, *sent):
            continue  # "A teenager was arrested for shoplifting": ordinary crime, no political violence
        if trig.event_type == _EXPL and _FIGURATIVE_BLAST.search(before):
            continue  # "Prices of tomatoes exploded", "an arctic blast"
        if trig.event_type == _EXPL and _HAUL_BEFORE.search(text, max(sent[0], m.start() - 120), m.start()):
            continue  # "troops recovered two M16 rifles, one sniper rifle and an improvised explosive device": a
            # weapon found, told as such by its own words
        if trig.sub_event_type == "Protest with intervention" and _HURT_BY.search(before) \
                and not _BY_FORCES.match(text, m.end(), clause[1]):
            continue  # "Four Palestinians were treated for injuries from stones and pepper spray": the attack's
            # (not "... from tear gas fired by police": the police's)
        if trig.group == "protest" and (_CELEBRATION.match(text, m.end(), sent[1])
                                        or (_GATHERED.search(m.group()) and _GATHERED_FOR.match(text, m.end()))
                                        or _MARKET_SUBJECT.fullmatch(text, clause[0], m.start())):
            continue  # "Students marched through Kano to celebrate their graduation"
        if _CAPTIVES_NAMED.search(before) and _CAPTIVES.match(text, m.end()) \
                and m.group().lower() in ("abducted", "kidnapped"):
            continue  # "police were told to recover the abducted men": the captives of an abduction told before
        if _EVE_OF_DAY.search(before):
            continue  # "On the eve of Friday's rally, militants dropped bombs": a time, the rally told elsewhere
        since = _SINCE.search(text, m.end(), sent[1]) if _SUPERLATIVE.search(before) else None
        # "the largest rally in the southern city since anti-government protests in Belgrade": the event told
        # before, if it was, set beside a past one (whose place is not this one's)
        if trig.group in ("riot", "protest") and _AFTER_SPELL_OF.search(before) \
                and _MEASURE_BEFORE.search(text, clause[0], m.start()):
            continue  # "authorities imposed a curfew on the town after a day of rioting": why the curfew came, the
            # rioting told in its own words elsewhere
        if _COMPARED.search(before):
            continue  # "the worst unrest since the riots in Nakuru", "echoed the unrest in Nakuru": another event
        if _NTH.search(before) or _SERIES_OF.search(text, max(sent[0], m.start() - 90), m.start()) \
                or _IT_WAS_THE.search(before):  # ("It was the first major gang attack in the Nord department")
            continue  # "the fourth drug-related shooting this month", "the third such attack", "the latest in a
            # string of settler attacks": a count of events
        definite = (bool(_DEFINITE.search(before)) or bool(_WHICH_OF_THE.search(text, sent[0], m.start()))
                    or (trig.group in ("attack", "armed", "clash") and bool(_DOERS_WHO.search(before))
                        and bool(_NO_OBJECT.match(text, m.end())))
                    or (trig.group == "fatal" and bool(_WHOSE_DEATH.search(before))
                        and not any(not t.is_report for t in timeline.find_times(text, m.end(), clause[1])))) \
            and not m.group().lower().startswith("remains of")  # ("found the remains of six people": new dead, not
        # ones told before; "the blast near Zubin Potok, which went off at about 10:50 p.m.": that blast; "many of the
        # fighters who attacked on Monday came from there": the attack told before, by its doers)
        if _THOSE.search(text, max(sent[0], m.start() - 30), m.start()) and _PARTICIPLE.match(m.group()):
            continue  # "most of those arrested were from the city", "Those killed included": told before
        if trig.group == "fatal" and (_TOLD_DEAD.search(text, max(0, m.start() - 40), m.start())
                                      or (_WHO_DIED.search(before) and not _KILLERS_VERB.match(m.group()))
                                      or before.rstrip().lower().endswith("whose")):
            continue  # "the coffins of the two men killed on Monday": deaths told before
        if trig.group == "fatal" and definite and not (_VICTIMS_NAMED.match(text, m.end()) and _DAY_SOON.search(
                _OWN_PART.split(text[m.end():sent[1]])[0])):
            continue  # "the deaths were being investigated": deaths told before (not "the killing of two herders")
        if definite and text.startswith(("'s ", "’s "), m.end()):
            continue  # "The strike's organizing committee said", "the attack's victims": one told before, named as
            # whose
        if (trig.group in ("armed", "attack", "clash") or trig.event_type == _EXPL) \
                and (grief := _IN_PROTEST_AT.search(text, max(clause[0], m.start() - 100), m.start())) is not None \
                and not timeline.find_times(text, grief.end(), sent[1]):
            continue  # "blocked the coastal highway ..., in protest at mortar fire that hit the town during clashes
            # in neighbouring Zawiya": what the protest is about, told with no time of its own
        if _WHILE_CONDITION.search(text, max(sent[0], m.start() - 160), m.start()):
            continue  # "would not resume talks with either faction while attacks on troops continued": a condition
        if trig.group == "attack" and m.group().lower().startswith("raid") \
                and _ARREST_RAID.search(text, max(clause[0], m.start() - 100), m.start()) \
                and not _RAID_FOUGHT.search(text, m.end(), sent[1]):
            continue  # "have detained 23 suspects in raids in Dera Murad Jamali": the arrests, told so
        if trig.group == "attack" and m.group().lower().startswith("strike"):
            another = _ANOTHER_ONE.search(before) is not None and _AIR_STORY.search(
                text, max(0, sent[0] - 2000), sent[0]) is not None \
                and _STRIKE_HIT.match(text, m.end(), clause[1]) is not None  # "A further strike ... destroyed a
            # bridge" (not "Dock workers announced a new strike on Tuesday")
            called = _CALLED_A.search(before) is not None  # ("called a 24-hour strike": a labour strike)
            if definite and (called or _STRIKE_CALLED.match(text, m.end())):
                continue  # "The strike was called after two brothers were shot dead", "The party that called the
                # strike said": the labour strike told before, and why or by whom
            if called or (_LABOUR_STRIKE.search(text, max(0, sent[0] - 300), sent[1])
                          and not _ARMS.search(text, *sent)):
                trig = _STRIKE_PROTEST  # "The strike began peacefully on Monday, when drivers ...": a labour strike
            elif not (definite or another) or not _ARMS.search(text):
                continue  # "went on strike" is a protest word only with "general"/"hunger"; "the strike" of
                # a story with no weapon or wound in it is no attack ("The strike came a day after workers ...")
            elif another or (_AIR_STORY.search(text, max(0, sent[0] - 2000), sent[1])
                             and re.match(r"\s+(?:on|against|in|at|near)\b", text[m.end():m.end() + 10])):
                trig = _AIR_STRIKE  # "The toll from Saturday's strike on a house in Boudai" of a story of drone and
                # air strikes: one of them
        if trig.event_type == _EXPL and _WEAPON_WORD.fullmatch(m.group()) \
                and not _WENT_OFF.search(text, m.end(), sent[1]) \
                and (_FOUND_AFTER.match(text, m.end()) or _FOUND_BEFORE.search(
                    text, max(sent[0], m.start() - 100), m.start())):  # ("they found two rifles, a grenade and ...")
            trig = _DISRUPTED  # "an explosive device had been found in a bag ... and made safe": no explosion
        # "the curfew takes effect" tells something new; "called the arrests a disgrace" does not
        named_alone = _NAMED_ALONE.match(text, m.end()) is not None  # (not "the arrest of two officers in Lagos")
        if definite and _JUDGED_BEFORE.search(before) and named_alone and (
                trig.group == "strategic" or (" " not in m.group() and re.match(r"\s*[,.;:)]", text[m.end():]))):
            continue  # "condemned the detentions", "Jordan's foreign ministry condemned the raid, and ...": those told
            # before (or ones no place or day is given for; not "condemns the burning of two backhoes ... in
            # Hinatuan", told only there)
        if trig.event_type == _EXPL and _LEFT_BEHIND.search(text, max(sent[0], m.start() - 70), m.start()):
            continue  # "the rebels withdrew, leaving behind an M16 rifle and two improvised explosive devices"
        review = _UNDER_REVIEW.search(text, max(sent[0], m.start() - 90), m.start())  # ("an investigation had been
        # opened into the vendor's death")
        if review and (named_alone or re.search(r"\b(?:whether|if)\s", review.group())
                       or re.match(r"\s+(?:quickly|thoroughly|transparently|fully|independently|swiftly|impartially|"
                                   r"promptly|fairly|properly)\b", text[m.end():m.end() + 20])):
            # ("... into the schoolgirl's death quickly and transparently": the death told before)
            continue  # "the Justice Department said it was reviewing the shooting": the one told before (not
            # "investigating the fatal shooting of a boy in Leeds on Saturday", told only there)
        if trig.sub_event_type == "Arrests" and _HELD_ADJECTIVE.fullmatch(m.group()) \
                and _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(text, m.end()):
            continue  # "moved four detained activists to Makassar": people held, not an arrest told
        definite = definite and (trig.group != "strategic" or trig.sub_event_type in ("Arrests", "Agreement"))
        if since is not None:
            definite, clause = True, (clause[0], min(clause[1], since.start()))
        kind = trig.sub_event_type if trig.group == "strategic" else trig.event_type or trig.group
        draft = _Draft(trig, m.group(), m.start(), clause, sent, definite=definite)
        if since is not None and trig.group == "attack" and any(
                not o.definite and o.trigger.group in _VIOLENT_GROUPS for o in kept):
            continue  # "Drones struck a fuel depot ..., in the first attack on the city in several months": that one
        if not _borne_out(text, draft):
            continue  # "a landslide blocked the road", "fans filled the streets": not what the words say
        k = seen.setdefault((kind, sent if trig is _DISRUPTED else clause), len(kept))  # ("found ... and made
        if k == len(kept):  # safe": one device)
            kept.append(draft)
        elif trig.sub_event_type not in _GENERIC_SUB_TYPES and kept[k].trigger.sub_event_type in _GENERIC_SUB_TYPES \
                and trig.event_type == kept[k].trigger.event_type:
            kept[k] = draft  # "an explosive belt ... blew herself up": the specific word says what it was
    # "mortar rounds fired into Grimari": the shells' firing, not a gunfight
    kept = [d for d in kept if not (((d.trigger.group == "armed" and d.trigger_text.lower().startswith("fired "))
                                     or _NEUTRALISED.match(d.trigger_text))
                                    and any(o is not d and o.clause == d.clause and o.trigger.event_type == _EXPL
                                            for o in kept))]  # (nor "neutralised dozens ... in air strikes")
    # "Officers opened fire, and the bodies of four young men were brought to a clinic": that event's dead
    kept = [d for d in kept if not (d.trigger_text.lower().startswith("bodies") and any(
        o is not d and o.trigger.group in _VIOLENT_GROUPS for o in kept))]
    # "a fire that destroyed a warehouse ..., saying the arson had been ordered by ...": the event told already
    kept = [d for d in kept if not (d.definite and any(
        o.trigger_start < d.trigger_start and not o.definite and o.trigger.sub_event_type == d.trigger.sub_event_type
        and o.trigger.event_type == d.trigger.event_type and o.trigger.group not in ("attack", "fatal")
        for o in kept))]
    # "arrested the opposition leader ... and took him to an unknown location": one arrest, not an abduction too
    kept = [d for d in kept if not (d.trigger.sub_event_type == _ABDUCTION
                                    and _TAKEN_AWAY.match(d.trigger_text)
                                    and any(o.trigger.sub_event_type == "Arrests" for o in kept))]
    # "officers fired live rounds at a crowd that had blocked the main avenue with burning tyres": the police's act
    # at a crowd described by what it had done, not a riot of its own
    kept = [d for d in kept if not (d.trigger.event_type in ("Riots", "Protests") and d.trigger.group != "armed"
                                    and any(o.trigger_start < d.trigger_start and o.trigger.group == "armed"
                                            and _SECURITY.search(text, d.sentence[0], o.trigger_start)
                                            and _described(text, o.trigger_start, d.trigger_start) for o in kept))]
    # "youth attacked traders on the road, killing three people and burning two trucks": the burning is the
    # attack's doing, told after it, not a riot (nor what the attack was)
    kept = [d for d in kept if not (d.trigger.group == "riot" and _DOING.match(d.trigger_text) and any(
        o.trigger.group == "attack" and o.clause == d.clause and o.trigger_start < d.trigger_start
        and not o.definite for o in kept))]
    # "Two clans fought with rifles and rocket-propelled grenades": the fight's arms, not a grenade attack; so are
    # those of "armed men carrying guns, knives and petrol bombs attacked the police headquarters"
    kept = [d for d in kept if not ((d.trigger.sub_event_type == "Grenade" or _FIREBOMB.search(d.trigger_text))
                                    and any(
        o is not d and o.trigger.group in ("clash", "armed", "attack", "vac") and o.trigger.sub_event_type != "Grenade"
        and not _FIREBOMB.search(o.trigger_text)
        and ((o.clause == d.clause and o.trigger_start < d.trigger_start
              and _WITH_ARMS.fullmatch(("with " if o.trigger_text.rstrip().lower().endswith(" with") else "")
                                       + text[o.trigger_start + len(o.trigger_text.rstrip()):d.trigger_start].lstrip()))
             or (o.sentence == d.sentence and o.trigger_start > d.trigger_start
                 and _CARRYING.search(text, max(d.sentence[0], d.trigger_start - 60), d.trigger_start) is not None))
        for o in kept))]
    # "marched through Cap-Haïtien ..., chanting slogans against the gangs": what the marchers did, no protest of its
    # own
    kept = [d for d in kept if not (d.trigger.group == "protest" and d.trigger_text.lower().startswith("chanting")
                                    and _comma_before(text, d)
                                    and any(o.trigger_start < d.trigger_start and o.trigger.group == "protest"
                                            for o in kept))]
    # "Heavy gunfire and explosions have been heard in Khoms": the sounds of one fight, no bombing of its own
    kept = [d for d in kept if not (d.trigger_text.lower() in ("explosions", "blasts") and any(
        o.trigger_text.lower() in ("gunfire", "gunshots", "shooting", "shots", "fighting")
        and _SOUNDS_JOINED.fullmatch(text, o.trigger_start + len(o.trigger_text), d.trigger_start) for o in kept))]
    # "gunmen ambushed a pick-up truck ..., shooting dead the driver": the shooting is the ambush's doing
    kept = [d for d in kept if not (d.trigger.group == "armed" and d.trigger_text.lower() in ("shooting", "firing")
                                    and _comma_before(text, d)
                                    and any(o.trigger_start < d.trigger_start and o.trigger.group in ("armed", "attack",
                                                                                                      "vac")
                                            and not o.definite for o in kept))]
    # "a bomb attack", "gunmen attacked ... opening fire": the specific word says what it was;
    # "blocked a highway with burning tyres": a protest that turned violent is one riot
    return [d for d in kept if not (d.trigger.group == "attack" and not d.definite and any(
        (o.clause == d.clause or (o.trigger_start < d.trigger_start and _IN_GENERIC.search(
            text, max(0, d.trigger_start - 8), d.trigger_start))
         or (o.trigger_start > d.trigger_start and (_OPENING_ATTACK.fullmatch(text, d.sentence[0], d.trigger_start)
                                                    or _ATTACK_CAME.match(text, d.sentence[0]) is not None)))
        and o.trigger.group in ("armed", "vac", "riot")
        and not (o.definite and _CAME_AFTER.match(text, o.trigger_start + len(o.trigger_text)))  # ("The abduction
        # came hours after fighters attacked the gendarmerie brigade": another event, told beside it)
        for o in kept))  # ("warplanes pounded hillsides ..., in raids the military said were aimed at ...", "In a
        # second attack on Wednesday, militants opened fire on a checkpost": the shooting)
        and not _police_raid(text, d)
        and not (d.trigger.group == "protest" and any(
            o.clause == d.clause and o.trigger.event_type == "Riots" for o in kept))]


def _told_of_no_event(text: str, m: _Hit, before: str, clause: tuple[int, int], sent: tuple[int, int],
                      year: int) -> bool:
    """Whether the event word at ``m`` names no event of now: one of an earlier year ("the 1995 massacre", "the
    anniversary of"), an animal's act ("A lion killed"), a scene filmed or shown ("was shot in a fight sequence
    filmed", "The series depicts soldiers murdering"), the forces' own firing in a drill."""
    named_year = _YEAR_NAMED.search(before)
    return bool((named_year and int(named_year.group(1)) < year) or _ANNIVERSARY.search(before)
                or _ANIMAL.search(text, max(clause[0], m.start() - 40), m.start())
                or _FICTION.match(text, m.end()) or _DEPICTED.search(before)
                or _VICTIM_TRYING.search(text, max(sent[0], m.start() - 80), m.start()) is not None
                or any(h.start() <= m.start() < h.end() or (m.start() >= h.end() and _AS_CLAUSE.fullmatch(
                    text, h.end(), m.start()) is not None) for h in _DID_NOT_HOLD.finditer(text, *sent))
                or (_DRILL.match(text, m.end()) and not _HURT_OR_ARMED.search(text, *sent)
                    and not _ARMED_ACTORS.search(text, *sent))
                or (m.words.lower().startswith(("remains", "bodies", "mass grave", "clandestine", "unmarked"))
                    and (_ANCIENT.search(text, *sent) is not None  # "the remains of 20 people in an ancient
                         or any(int(y) < year for y in _A_YEAR.findall(text, *sent)))))  # tomb", "killed in 2019"


# a protest named as what someone is charged with or accused of
_CHARGED_WITH = re.compile(r"\b(?:charged|charges?|accused|indicted|convicted|suspected|sentenced|jailed|fined|"
                           r"prosecuted)\s+(?:\w+\s+){0,2}?(?:with|of|for)\s+(?:(?:organi[sz]ing|taking\s+part\s+in|"
                           r"participating\s+in|inciting|calling\s+for|leading|staging|joining|attending|holding)\s+)?"
                           r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# unrest named as what led to a measure: "imposed a dusk-to-dawn curfew on the town after a day of rioting"
_AFTER_SPELL_OF = re.compile(r"\bafter\s+(?:a|an|one|two|three|four|several|days|nights|weeks)\s+(?:(?:full|long)\s+)?"
                             r"(?:(?:days?|nights?|weeks?|hours?)\s+of\s+)?$", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(r"\b(?:imposed|declared|ordered|announced|extended)\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:curfew|state\s+of\s+emergency|ban|lockdown)\b", re.IGNORECASE)
# the crowd of an event told just before, told again with what it had done: "The protesters had tried to march into"
_CROWD_HAD = re.compile(r"\s*The\s+(?:protesters|demonstrators|marchers|crowds?)\s+had\b")
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|announces|announcing)\s+"
                               r"(?:an?\s+|another\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_CALLED_FOR = re.compile(r"\bcall(?:ed|s|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bandh|hartal|strike|"
                         r"shutdown|protests?|rall(?:y|ies)|march|sit-in|demonstrations?)\b", re.IGNORECASE)
_WISHED = re.compile(r"\b(?:wants?|wanted|wanting|seeks?|sought|provok\w+)\s+['‘\"“]?(?:an?\s+)?['‘\"“]?\s*$",
                     re.IGNORECASE)
_FUTURE_IN_CLAUSE = re.compile(r"\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+to|"
                               r"next\s+(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b", re.IGNORECASE)
# what people were held for: "23 people have been arrested since morning in Karatina and Nyeri town for looting"
_HELD_FOR = re.compile(r"\b(?:arrested|detained|apprehended|jailed|fined)\b[^.;:]{0,80}?\bfor\s+"
                       r"(?:(?!(?:the|a|an|their|his|her|its)\b)[\w-]+(?:,\s+|\s+and\s+))?$", re.IGNORECASE)
# (not "arrested four men for attacking a church in Zaria on Sunday": an event told with its place or day)
_TOLD_WHERE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:in|on|at|near|outside)\s+(?-i:[A-Z])")
_CHARGE_NAMED = re.compile(r"\b(?:on\s+)?(?:charges?|suspicion|accusations?)\s+(?:of|including)\s+"
                           r"(?:[\w-]+(?:,\s+|\s+and\s+|\s+))?$", re.IGNORECASE)
_CALLING_FOR = re.compile(r"\b(?:call(?:ing|ed|s)?|urg(?:ing|ed|es)|appeal(?:ing|ed|s)?)\s+"
                          r"(?:on\s+(?:[\w-]+\s+){1,3}?)?(?:for|to\s+join|to\s+attend)\s+(?:an?\s+|the\s+)?"
                          r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# protests that were called but did not take place: "Similar protests called for Kaduna and Lagos did not hold, as
# few people turned up and police were deployed in large numbers" (nothing there happened)
_DID_NOT_HOLD = re.compile(r"\b(?:protests?|rall(?:y|ies)|marches|demonstrations?|sit-ins?|strikes?)\s+"
                           r"(?:(?!(?:but|though|although|while|after)\b)[^.;,]){0,60}?\b(?:did not|didn't|failed to|"
                           r"never)\s+(?:hold|take place|happen|materiali[sz]e|go ahead)\b", re.IGNORECASE)
_AS_CLAUSE = re.compile(r",?\s*(?:as|because|since|with)\b[^.;]*", re.IGNORECASE)
# what the victim of a shooting was about to do: "a guard shot dead a man who was trying to break into a warehouse"
_VICTIM_TRYING = re.compile(r"\b(?:shot|killed|stabbed|beat|beaten|caught|shot\s+dead)\s+(?:dead\s+)?"
                            r"(?:an?|the|two|three|four|\d+)\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:was|were|had\s+been)\s+(?:trying|"
                            r"attempting)\s+to\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Hit:
    """A trigger found in a text: where, the words as written, and which trigger."""

    begin: int
    finish: int
    words: str
    index: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.words


def _trigger_matches(text: str, sent: tuple[int, int]) -> list[_Hit]:
    """The triggers of a sentence. The sentence is matched lower-cased against lower-cased
    patterns (twice as fast as matching ignoring case) unless lower-casing changes its length."""
    part = text[sent[0]:sent[1]]
    low = part.lower()
    if len(low) == len(part):
        found = ((m.start() + sent[0], m.end() + sent[0], m.lastgroup) for m in _TRIGGER_LOW.finditer(low))
    else:
        found = ((m.start(), m.end(), m.lastgroup) for m in _TRIGGER_RE.finditer(text, *sent))
    return [_Hit(a, b, text[a:b], int(g[1:])) for a, b, g in found if g]


_SINGLE_CLOSE = re.compile(r"\u2019(?!\w)")
_SINGLE_OPEN = re.compile(r"(?<!\w)\u2018(?=[^\W\d_])")  # not Sana‘a, Shi‘a, nor ‘90s
# what someone called it: 'condemned what he called "pure vandalism"' names no new event
_CALLED = re.compile(r"(?:\bwhat\s+(?:\w+\s+){1,2}(?:called|calls|described\s+as|termed|branded)|"
                     r"\baccus\w+\s+(?:[\w-]+\s+){0,3}of)\s+[\"“‘']"
                     r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # (and 'accused the police of "murdering children"')
_TERM_BEFORE = re.compile(r"\b(?:an?|the|so-called|dubbed|called|declared)\s*(?:\w+-[\w-]+\s+)?$", re.IGNORECASE)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation opened since ``start`` (a paragraph's start);
    a term in quotation marks (a 'declared a "counter-terrorism operation" regime') is not one."""
    part = text[start:at]
    opens = list(_SINGLE_OPEN.finditer(part))  # British quotes: ‘...’ (a ’ before a letter is an apostrophe)
    single = opens[-1].start() if opens else -1
    if single >= 0 and not _SINGLE_CLOSE.search(part, single + 1):
        opened = single + start
        found = _SINGLE_CLOSE.search(text, at)
        closed = found.start() if found else -1
    elif part.count('"') % 2 == 1 or part.count("\u201c") > part.count("\u201d"):
        opened = max(part.rfind('"'), part.rfind("\u201c")) + start
        closed = min((i for i in (text.find('"', at), text.find("\u201d", at)) if i >= 0), default=-1)
    else:
        return False
    named = _TERM_BEFORE.search(text, max(start, opened - 20), opened) is not None
    term = text[opened + 1:closed] if named and 0 <= closed - opened <= 40 else ""
    return not term or any(c in term for c in ",.!?;:") or len(term.split()) > 4


# the place of a cause a crowd backs: "marched in support of the Belgrade protesters", "in solidarity with the
# protesters in Honiara"
_SUPPORTED = re.compile(r"\b(?:in\s+(?:support|solidarity|sympathy)\s+(?:of|with)|to\s+(?:support|back)|backing)\s+"
                        r"(?:the\s+)?(?:(?!(?:near|at|outside|on|by|across|from|and)\b)[\w'’-]+\s+){0,3}?(?:in\s+|of\s+)?$",
                        re.IGNORECASE)
_MOST_OF_THEM_IN = re.compile(r"\b(?:most|many|the\s+majority|more\s+than\s+half|half)\s+of\s+(?:them|whom)\s+"
                              r"(?:were\s+|had\s+been\s+)?(?:[\w-]+\s+)?in\s+(?:the\s+(?:towns?|cities)\s+of\s+)?$",
                              re.IGNORECASE)
# what a gathering remembers: "stopped traffic for 16 minutes of silence in memory of the victims of the canopy collapse
# in Novi Sad" (the town of the victims, not of the silence)
_IN_MEMORY_OF = re.compile(r"\b(?:in\s+memory\s+of|in\s+honou?r\s+of|to\s+commemorate|commemorating|to\s+mourn|"
                           r"mourning)\b[^.;()]{0,80}$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:with|of|after|over|following|since|like)\s+the\s+$", re.IGNORECASE)
_EVENT_NAMED_AFTER = re.compile(r"\s+(?:protests?|sit-ins?|march(?:es)?|rall(?:y|ies)|attacks?|bombings?|massacres?|"
                                r"uprisings?|blasts?|killings?|raids?|riots?|unrest|violence|clashes|shootings?)\b",
                                re.IGNORECASE)
# people an event told before befell: "most of those arrested", "those who were killed"
_THOSE_WORDS = r"\b(?:those|the\s+ones)\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+)?"
_PARTICIPLE_WORDS = r"\w+(?:ed|en)\b|(?:held|hurt|shot)\b"
_THOSE = re.compile(_THOSE_WORDS + "$", re.IGNORECASE)
_PARTICIPLE = re.compile(_PARTICIPLE_WORDS, re.IGNORECASE)
# (for the learned reader) "Most of those arrested ... were from the city": people of an event told before
_THOSE_TOLD = re.compile(f"{_THOSE_WORDS}(?:{_PARTICIPLE_WORDS})", re.IGNORECASE)
# deaths of people told before: "the coffins of the two men killed on Monday"
_TOLD_DEAD = re.compile(r"\b(?:the|those|both)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|"
                        r"twenty)\s+(?:(?!(?:were|was|had|have|has|been|are|is)\b)[\w-]+\s+){0,2}$|\bboth\s+$",
                        re.IGNORECASE)  # ("an inquiry into both deaths")
# "The 19-year-old who died, a student from ...": the one whose death was told
_WHO_DIED = re.compile(r"\b(?:the|those)\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:had\s+)?$", re.IGNORECASE)
_IN_CUSTODY = re.compile(r"\b(?:in|while in|in police|in army|in military)\s+(?:police\s+)?(?:custody|detention)\b|"
                         r"\bin\s+(?:a|his|her|their|the)\s+(?:police\s+)?cell\b|"
                         # "died at the City police station in Shikarpur ... after ... severe torture"
                         r"\bdied\s+(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?police\s+(?:station|post|lock-?up)\b|"
                         r"\b(?:after|from|of|described\s+as)\s+(?:severe\s+|brutal\s+)?torture\b|\btortured\s+to\s+death\b",
                         re.IGNORECASE)
_KILLERS_VERB = re.compile(r"(?:killed|shot|murdered|massacred|slew|slaughtered|hacked|stabbed|beheaded|"
                           r"executed|lynched|burned|burnt)\b", re.IGNORECASE)  # "the gunmen who killed five"
_POLICE_IN = re.compile(r"\b(?:police|(?:our|a|an|the)\s+(?:[\w-]+\s+)?(?:correspondent|reporter))\s+in\s+(?:the\s+)?"
                        r"(?:(?:town|city|district)\s+of\s+)?$", re.IGNORECASE)  # ("Our correspondent in Zomba
# says several hundred university students marched to the district council offices": there)


# a definite killing that introduces its victims: "the killing of two Fulani herders near Naka"
_OWN_PART = re.compile(r"\b(?:and|but|which|who|that)\b", re.IGNORECASE)
_DAY_SOON = re.compile(r"\b(?:on|late on|early on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                       r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|\byesterday\b|"
                       r"\bovernight\b", re.IGNORECASE)  # ("the murder of a community leader ... on December 2")
_VICTIMS_NAMED = re.compile(r"\s+of\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?(?:\d+|two|three|four|five|"
                            r"six|seven|eight|nine|ten|a|an|several|dozens)\b", re.IGNORECASE)


# the country goods were carried from: "were carrying goods on their backs across the mountains from Iraq"
_CARRIED_FROM = re.compile(r"\b(?:carrying|ferrying|hauling|smuggling)\s+[^,.;()]{1,60}?\s+from\s+(?:the\s+)?$",
                           re.IGNORECASE)
_ANOTHER_SUBJECT = re.compile(r"\b(?:who|whom|whose|which|that|where|while|and|but)\b", re.IGNORECASE)
_AROUND_TOWN = re.compile(r"\b(?:in|at|near|around|outside)\s+(?:the\s+town\s+of\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# where a bus was about to leave for, where the wounded were taken, where a convoy came from, whence troops were
# sent, where a leader lives in exile: not the scene when another place is told
_NOT_SCENE = re.compile(r"\b(?:(?:about to |due to )?(?:leave|leaving|left|set off|setting off) for|"
                        r"(?:evacuated|airlifted|rushed|ferried|flown|transferred|taken|shifted) to|"
                        # ("the guards, who may have crossed into Nicaragua"; "markets along the frontier with
                        # Bangladesh")
                        r"(?:fled|escaped|slipped) (?:back )?(?:across the border )?into|"
                        # ("hundreds of villagers have fled into town or to relatives in Mount Hagen")
                        r"(?:fled|fleeing) (?:[\w-]+ ){0,5}?to (?:their )?(?:relatives|family|families|friends|"
                        r"safety|camps?|shelters?)(?: in| at)?|(?:fled|fleeing) to|"
                        # ("At the Mbera camp, home to 100,000 refugees who fled the conflict in Mali")
                        r"who (?:had |have )?(?:fled|escaped) (?:from )?(?:the )?(?:[\w-]+ ){0,3}?(?:in|from)|"
                        r"fleeing (?:the )?(?:[\w-]+ ){0,2}?(?:violence|fighting|conflict|war|unrest|persecution) in|"
                        r"who (?:[\w-]+ ){0,3}?(?:may|might|could|must) have crossed (?:back )?into|"
                        # ("members of a criminal faction originating in Rio de Janeiro")
                        r"(?:gang|faction|group|cartel|network|militia|organi[sz]ation)s? "
                        r"originat(?:ing|ed) (?:in|from)|"
                        r"(?:frontier|border) with|"
                        # ("water that they say is diverted to industry and to Yazd")
                        r"(?:diverted|piped|pumped|shipped|exported|sold|trucked|smuggled) (?:[\w-]+ ){0,3}?to|"
                        r"(?:arrived|travell?ed|came) in (?:a |an )?"
                        r"(?:[\w-]+ )?(?:convoy|bus|buses|motorcade) from|convoy from|(?:had|who had) marched from|"
                        r"sent (?:[\w-]+ ){1,8}?from|(?:brokered|mediated|hosted|facilitated) by|"
                        # ("it has asked the Ministry of Justice in Brasília for support")
                        r"(?:asked|urged|called on|appealed to|requested help from) (?:the )?(?:[\w'’-]+ ){1,5}?in|"
                        # ("sent 400 soldiers from the military brigade in Chimaltenango to patrol the area")
                        r"(?:sent|deployed|dispatched|flown|drawn|brought) (?:[\w-]+ ){1,6}?from (?:the )?"
                        r"(?:[\w-]+ ){0,3}?(?:brigade|base|barracks|garrison|headquarters|division|battalion|regiment|"
                        r"camp|cantonment) (?:in|at)|"
                        r"(?:from|in|into) exile in|"
                        # ("six have been charged ... and are due to appear before magistrates in Newcastle")
                        r"(?:(?:are|is|were|was) (?:due|set|expected|scheduled) to|will|to be) (?:appear|be "
                        r"(?:produced|arraigned|tried)) (?:[\w-]+ ){0,4}?"
                        r"(?:before|in|at) (?:the )?(?:[\w'’-]+ ){0,3}?(?:magistrates?|courts?|judges?|tribunals?)"
                        r"(?: court)? in|"
                        # ("Around 60 armed dahalo, as the bandits are known in Madagascar, attacked")
                        r"(?:as|what) (?:[\w-]+ ){0,3}?(?:are|is|were|was) (?:known|called) in)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+and\s+)?$", re.IGNORECASE)
_MET_IN = re.compile(r"\bat an? (?:[\w-]+ ){0,2}?(?:meeting|news conference|press conference|briefing|summit|forum) "
                     r"in\s+(?:the\s+)?$|"
                     # where a paper was signed: "The 1,200 soldiers were sent under a decree signed in Brasília"
                     r"\b(?:decree|order|law|resolution|directive|instruction)s?\s+(?:signed|issued|published|approved)"
                     r"\s+in\s+$", re.IGNORECASE)
_TO_PLACE = re.compile(r"\s+(?:overnight\s+|on\s+\w+\s+)?(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _deployed_to(text: str, d: _Draft, start: int) -> bool:
    """Whether the place at ``start`` is where the forces of a deployment were flown or rushed to ("1,000 members of
    the Mobile Brigade had been flown to Surabaya"): the scene, not a hospital's town."""
    end = d.trigger_start + len(d.trigger_text)
    return d.trigger.sub_event_type == "Change to group/activity" and end <= start \
        and _TO_PLACE.fullmatch(text, end, start) is not None


# a town that only says where another lies: "Cabimas, across the lake from Maracaibo", "San Francisco, just south
# of Maracaibo" (dropped when the sentence names another town)
_REFERENCE_POINT = re.compile(r",\s+(?:just\s+|some\s+way\s+)?(?:across\s+(?:the\s+)?(?:lake|river|bay|strait|border|"
                              r"water)\s+from|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|not\s+far\s+from)\s+$",
                              re.IGNORECASE)
_TOWN_NEAR_GAP = re.compile(r",\s+near\s+(?:the\s+)?", re.IGNORECASE)
# a country as the one that acts: "the drones Russia launched", "the missiles Iran fired"
_STATE_ACTS = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired|sent|dropped|deployed|used)\b", re.IGNORECASE)
# a hospital's town ("two of the wounded later died in hospital in Butembo")
_HOSPITAL_IN = re.compile(r"\b(?:died|succumbed|treated|admitted|taken|rushed|flown|airlifted|recovering|shifted|"
                          r"remains|remained|lies|lay|lying|"
                          r"moved|transferred|evacuated|brought)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?(?:in|at|to)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}"
                          r"(?:hospitals?|clinics?|medical (?:centre|center)s?)\s+in\s+"
                          r"(?:the\s+(?:city|town)\s+of\s+|the\s+(?:[\w-]+\s+)?capital,?\s+)?$",
                          re.IGNORECASE)  # ("taken under guard to a hospital in the provincial capital, Salta")
# a hospital's town told after it: "a medical source in Sennar, where wounded soldiers were flown, said ..."
_HOSPITAL_WHERE = re.compile(r",?\s+where\s+(?:the\s+|some\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:wounded|injured|"
                             r"casualties|victims|bodies|survivors)\b[^.;,]{0,40}?\b(?:were|was|had\s+been|have\s+been|"
                             r"are)\s+(?:being\s+)?(?:flown|taken|evacuated|airlifted|rushed|brought|treated|admitted|"
                             r"ferried|transferred)\b", re.IGNORECASE)
# an institution named after a region or a country, not in its middle: "the University of Limpopo"
_INSTITUTION_OF = re.compile(r"\b(?:University|Polytechnic|College|Institute|Academy)\s+of\s+(?:the\s+)?$")
_LIKE_IN = re.compile(r"\b(?:unlike|as|like|than)\s+in\s+$", re.IGNORECASE)  # "Unlike in Nakuru, where ..."
# a native's town ("A Nablus native was arrested")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:teacher|student|man|woman|boy|girl|trader|businessman|businesswoman|"
                           r"resident|official|leader|lawmaker|journalist|farmer|worker|activist|youth|lawyer|doctor|"
                           r"councillor|politician|shopkeeper|driver|imam|priest|pastor)\b")
_NATIVE_AFTER = re.compile(r"(?:\s+natives?\b|-born\b)", re.IGNORECASE)
# the goal of a march or an attack still to come ("a rally ahead of a march on Rajshahi")
_GOAL_ON = re.compile(r"\b(?:ahead\s+of|planned|plans?|planning|threaten\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                      r"(?:march|advance|attack|assault|offensive)\s+(?:on|towards?)\s+$", re.IGNORECASE)


_COUNTRYS_NAMED = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:National\s+Park|Park|Forest|Reserve|Mountains|"
                             r"Hills|Valley|Desert|Delta|Lake)\b")
_LINKING_START = re.compile(r"\b(?:linking|connecting|joining)\s+(?:the\s+)?$", re.IGNORECASE)
PART_DEGREES = 0.25  # how far (about 28 km) a town must lie that way from its country's point to be in that part
_PART_BEFORE = re.compile(r"\b(?:the\s+)?(north|south)?(?:ern)?-?(east|west)?(?:ern)?\s+$", re.IGNORECASE)


def _leads_to(text: str, r: ResolvedMention) -> bool:
    """Whether ``r`` names where a road or its traffic leads ("the road north towards Galkayo")."""
    return _ROUTE_END.search(text, max(0, r.mention.start - 60), r.mention.start) is not None


def _story_in_part(text: str, r: ResolvedMention, story_place: Place | None) -> bool:
    """Whether a country named with a bearing ("in southern Lebanon") is the part of it the story is in: the
    story's town lies that way from the country's point (so the town, not the country's middle, is nearer)."""
    m = _PART_BEFORE.search(text, max(0, r.mention.start - 20), r.mention.start)
    if m is None or not (m.group(1) or m.group(2)) or story_place is None or story_place.country != r.place.country \
            or story_place.precision not in ("city", "landmark"):
        return False
    ns, ew = (m.group(1) or "").lower(), (m.group(2) or "").lower()
    lat, lon = story_place.latitude - r.place.latitude, story_place.longitude - r.place.longitude
    return (ns != "north" or lat > PART_DEGREES) and (ns != "south" or lat < -PART_DEGREES) \
        and (ew != "east" or lon > PART_DEGREES) and (ew != "west" or lon < -PART_DEGREES)


_UNIT_WORD_AFTER = re.compile(r"\s+(?:district|region|province|oblast|county|governorate|department|prefecture|"
                              r"municipality|raion|state)\b", re.IGNORECASE)
_IN_THE_GAP = re.compile(r",?\s+in\s+(?:the\s+)?", re.IGNORECASE)


_SHORT_FORM_AFTER = re.compile(r"\s\(((?-i:[A-Z][A-Za-z]*[A-Z]))s?\)")


def _ends_a_name(text: str, r: ResolvedMention) -> bool:
    """Whether the place ends a longer name that a short form in brackets follows, the short form not the place's own
    ("the Union for Peace in the Central African Republic (UPC)"; not "the Democratic Republic of Congo (DRC)")."""
    short = _SHORT_FORM_AFTER.match(text, r.mention.end)
    if short is None:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", r.mention.text)).upper()
    return short.group(1).upper() != initials and not r.mention.text.upper().startswith(short.group(1).upper())


_LIST_AND = re.compile(r"\s(?:and|or)\s")


def _list_head(r: ResolvedMention, mentions: list[ResolvedMention], text: str) -> ResolvedMention:
    """The first place of the list ``r`` ends ("Téra, Gothèye and Bankilaré"), or ``r`` itself."""
    head = r
    for o in sorted(mentions, key=lambda o: o.mention.start, reverse=True):
        if o.mention.end <= head.mention.start and o.place.precision == head.place.precision \
                and _LIST_JOINER.fullmatch(text, o.mention.end, head.mention.start):
            head = o
    return head


def _place_for(d: _Draft, mentions: list[ResolvedMention], ctx: GeoContext, text: str,
               story_place: Place | None = None) -> Place | None:
    """Where the event of ``d`` happened: the most precise place of its clause (one after "in",
    "at", "near"... first); a place the clause describes ("the mayor's office, stormed by
    ..."); the city the sentence is about; the country for national acts; the city or place
    the story was last at; the article's city."""
    mentions = [r for r in mentions if not _decided_there(text, d, r) and not (
        r.mention.start > d.trigger_start
        and (_LINE_GOES_TO.search(text, max(0, r.mention.start - 70), r.mention.start)
             or ((other := _OTHER_EVENT_WHERE.search(text, max(d.trigger_start, r.mention.start - 60),
                                                      r.mention.start)) is not None
                 and other.start() > d.trigger_start + len(d.trigger_text))))]  # (nor "gathered ..., carrying the
    # body of a colleague who was shot dead near Meiganga on Monday": where that killing was)
    # ("protesting ... against environmental rules agreed in Brussels": where the grievance was decided, not the
    # protest; "have blocked the railway line that carries ore to the port of Buchanan": where the line goes)
    fell = next((r for r in mentions if r.mention.start > d.trigger_start and r.place.precision in ("city", "landmark")
                 and _FELL_NEAR.search(text, max(0, r.mention.start - 50), r.mention.start)), None)
    if fell is not None and d.trigger.sub_event_type == "Disrupted weapons use":
        return fell.place  # "jets shot down a drone that crossed into Polish airspace during a Russian attack on
        # western Ukraine, and it fell into a field near Hrubieszów": where it came down
    if d.trigger.sub_event_type == "Agreement" and not any(r.place.precision in ("city", "landmark")
                                                           for r in mentions):
        talks = next((r for r in ctx.mentions if d.sentence[0] <= r.mention.start < d.sentence[1]
                      and r.mention.modifier and r.place.precision in ("city", "landmark")
                      and _TALKS_IN.search(text, max(d.sentence[0], r.mention.start - 30), r.mention.start)), None)
        if talks is not None:
            return talks.place  # "After talks in Lautoka yesterday afternoon, the growers' council and the sugar
            # company signed an agreement": where the talks were (a place "talks in" names only as a reference)
    ends = {r.mention.end for r in ctx.mentions}
    mentions = [r for r in mentions if not (_THE_BEFORE.search(text, max(0, r.mention.start - 20), r.mention.start)
                                            and _EVENT_NAMED_AFTER.match(text, r.mention.end))]  # ("in solidarity with
    # the Turbat protest": an event told elsewhere)
    mentions = [r for r in mentions if not (  # "In Vavuniya, an activist who helped organise the Mannar protests was
        # attacked": the protests are named by their town, the attack was not there
        text.endswith(("the ", "The "), 0, r.mention.start)
        and (named := _EVENT_NAMED_AFTER.match(text, r.mention.end)) is not None
        and not named.start() < d.trigger_start < named.end()  # (the event named is not this one)
        and any(o is not r and o.place.precision in ("city", "landmark") for o in mentions))]
    backed = [r for r in mentions if _SUPPORTED.search(text, max(0, r.mention.start - 60), r.mention.start)]
    off_scene = [r for r in mentions if _HOSPITAL_IN.search(text, max(0, r.mention.start - 80), r.mention.start)
                 or (_NOT_SCENE.search(text, max(0, r.mention.start - 80), r.mention.start)
                     and not _deployed_to(text, d, r.mention.start))
                 or (_MET_IN.search(text, max(0, r.mention.start - 60), r.mention.start)
                     and d.trigger.sub_event_type != "Agreement")  # ("announced the state of emergency ... at a
                 # community meeting in Spanish Town"; not "elders agreed at a meeting in North Horr")
                 or (_CARRIED_TO.search(text, max(0, r.mention.start - 40), r.mention.start)
                     and not _deployed_to(text, d, r.mention.start))  # ("the latter being
                 # evacuated by air to Asunción")
                 or _HOSPITAL_WHERE.match(text, r.mention.end)
                 or (r.place.precision == "country" and _STATE_ACTS.match(text, r.mention.end))]  # ("the 52 drones
    # Russia launched overnight, including several over Dnipropetrovsk": who launched them, not where)
    if story_place is not None and story_place.precision == "city":
        # "A medical source in Sennar, where wounded soldiers were flown, said 12 had died in the battle for the
        # town": "the town" is the one the story was at, not the hospital's town just named
        mentions = [replace(r, place=story_place) if r.mention.kind == "anaphor"
                    and any(o.place == r.place for o in off_scene) else r for r in mentions]
    references = [r for r in mentions if r.place.precision in ("city", "landmark")
                  and (_REFERENCE_POINT.search(text, max(0, r.mention.start - 40), r.mention.start)
                       or (r.place.precision == "city"  # "In Letlhakane, near the Orapa diamond mines": Letlhakane
                           and any(o.place.precision == "city" and o.mention.kind == "toponym"
                                   and _TOWN_NEAR_GAP.fullmatch(text, o.mention.end, r.mention.start)
                                   and not _leads_to(text, o) for o in mentions)))]
    if any(r.place.precision in ("city", "landmark") and r not in references and r not in off_scene for r in mentions):
        mentions = [r for r in mentions if r not in references]
    lacked = [r for r in mentions if r.place.precision == "country" and (
        _COUNTRYS_NAMED.match(text, r.mention.end) or _story_in_part(text, r, story_place))]
    if lacked and (story_place is not None or ctx.focus_city is not None):  # "in Benin's W National Park": a place
        # in the country the gazetteer lacks, nearer the story's place than the country's middle
        mentions = [r for r in mentions if r.place not in {o.place for o in lacked}]  # (and "the country's north")
    if backed and story_place is not None and all(r in backed or r.place.precision == "country" for r in mentions):
        mentions = [r for r in mentions if r not in backed]  # "Demonstrations in solidarity with Gaza ... across
        # Italy": not at Gaza; where the story is
    towns_left = [r for r in mentions if r not in backed and r not in off_scene
                  and r.place.precision in ("city", "landmark")]
    if towns_left or (off_scene and (story_place is not None or any(r not in off_scene and r not in backed
                                                                    for r in mentions))):
        # a town a crowd backs, a hospital's town, a destination: dropped when another town is told in the
        # sentence (or, with a hospital's or destination's town, the story was somewhere before)
        mentions = [r for r in mentions if r not in backed and r not in off_scene]
    route = [r for r in mentions if _ROUTE_OF.search(text, max(d.sentence[0], r.mention.start - 90), r.mention.start)]
    if route and any(r.place.precision in ("city", "landmark") and r not in route and not _leads_to(text, r)
                     for r in mentions):  # (not when the other town is where traffic was headed: "the highway
        # linking Balochistan with Sindh province at Dera Allahyar ..., halting traffic to Quetta")
        mentions = [r for r in mentions if r not in route]  # (where the line leads, when the sentence names the town)
    mentions = [r for r in mentions if not _in_appositive(text, r.mention.start, ends)
                and not _ORIGIN.search(text, max(0, r.mention.start - 110), r.mention.start)
                and not (r.place.precision == "country"
                         and _CARRIED_FROM.search(text, max(0, r.mention.start - 90), r.mention.start))
                and not _ORGANISATION_CLAUSE.search(text, max(d.sentence[0], r.mention.start - 100), r.mention.start)
                and not _HEARD_AT.search(text, max(0, r.mention.start - 50), r.mention.start)
                and not _NATIVE_AFTER.match(text, r.mention.end)
                and not (_A_BEFORE.search(text, max(0, r.mention.start - 4), r.mention.start)
                         and _PERSON_AFTER.match(text, r.mention.end))  # ("justice for a Bogura college teacher")
                and not _LIKE_IN.search(text, max(0, r.mention.start - 12), r.mention.start)
                and not (r.place.precision in ("region", "country")  # ("near the University of Limpopo": a
                         and _INSTITUTION_OF.search(text, max(0, r.mention.start - 30), r.mention.start))  # campus)
                and not (r.place.precision == "country"  # ("rules they say have choked off their business with
                         and _RELATION_WITH.search(text, max(0, r.mention.start - 30), r.mention.start))  # Syria")
                and not (_ACTOR_VERB_BEFORE.search(text, max(0, r.mention.start - 30), r.mention.start)
                         and _ACTOR_AFTER.match(text, r.mention.end))  # ("accused Riyadh of violating a truce": a
                # government named by its capital, not a scene)
                and not (r.place.precision == "country"  # ("A ceasefire between the border services of Kyrgyzstan
                         and _PARTIES_BETWEEN.search(text, max(0, r.mention.start - 90), r.mention.start))  # and
                # Tajikistan": the parties, not where)
                and not _GOAL_ON.search(text, max(0, r.mention.start - 60), r.mention.start)
                and not _IN_MEMORY_OF.search(text, max(d.sentence[0], r.mention.start - 100), r.mention.start)]
    mentions = [r for r in mentions if not (  # "shelled Marhanets in the Nikopol district": Marhanets, not the
        # district it lies in
        _UNIT_WORD_AFTER.match(text, r.mention.end)
        and any(o.mention.end < r.mention.start and _IN_THE_GAP.fullmatch(text, o.mention.end, r.mention.start)
                for o in mentions if o.place.precision == "city"))]
    mentions = [r for r in mentions if not (  # "in Pabna's Ishwardi upazila": the town within the district or city
        # named as its owner
        r.place.precision in ("city", "region") and _POSSESSIVE_AFTER.match(text, r.mention.end)
        and any(o.place.precision == "city" and o.place != r.place
                and r.mention.end < o.mention.start <= r.mention.end + 4
                and haversine_km(o.place.latitude, o.place.longitude, r.place.latitude, r.place.longitude)
                <= NEIGHBOUR_KM * 2 for o in mentions))]  # (not "Grenoble's Villeneuve district": no town of that
    # name near it)
    mentions = [r for r in mentions if not _ends_a_name(text, r)]  # ("rebels of the Union for Peace in the Central
    # African Republic (UPC) had overrun the army post there": a group's name)
    mentions = [r for r in mentions if not _in_dateline(text, r.mention.start)]  # ("CATARMAN, Northern Samar – ...
    # rebels fired upon a patrol in the hinterlands of Las Navas": where the story was filed from)
    # where a road leads is not where it was blocked ("a checkpoint on the road north towards Galkayo")
    road_ends = [r for r in mentions if _in_road_name(text, r) or _ROAD_BETWEEN.search(
        text, max(0, r.mention.start - 60), r.mention.start)
        or _BRIDGE_TO.search(text, max(0, r.mention.start - 60), r.mention.start)]
    # ("the Bishkek-Naryn highway at the entrance to Kochkor", "the highway between Bishkek and Naryn at ...": the town
    # named besides, when there is one)
    if not any(r not in road_ends and r.place.precision in ("city", "landmark")
               and ((d.clause[0] <= r.mention.start < d.clause[1] and r in mentions)
                    or (d.sentence[0] <= r.mention.start < d.clause[0] and r.mention.kind == "toponym"))
               for r in ctx.mentions):  # (or a town the sentence told before the clause: "Residents of Surman blocked
        # the coastal highway ..., cutting the main road between Tripoli and the Tunisian border, in protest")
        road_ends = []
    road_ends += [r for r in mentions if r.mention.kind == "anaphor" and any(r.place == e.place for e in road_ends)]
    # ("... the main road between Tripoli and the Tunisian border, in protest at mortar fire that hit the town":
    # not the road's end)
    route_ends = [r for r in mentions if _leads_to(text, r)]
    first_end = next((r for r in route_ends if r.place.precision == "city"
                      and _LINKING_START.search(text, max(0, r.mention.start - 30), r.mention.start)
                      and any(o.place.precision == "city" and o.mention.start > r.mention.start for o in route_ends)),
                     None)  # (both ends towns: not "the highway linking Tbilisi with the Azerbaijan border")
    if first_end is not None and any(r not in route_ends and r not in road_ends and r.place.precision in ("city",
                                                                                                        "landmark")
                                     and d.clause[0] <= r.mention.start < d.clause[1] for r in mentions):
        first_end = None  # "blocked the road linking Numan and Yola": the road's first town, when the clause names
        # no other
    mentions = [r for r in mentions if (r is first_end or r not in route_ends)
                and r not in road_ends
                and not _RETREAT_TO.search(text, max(0, r.mention.start - 60), r.mention.start)
                and not _CARGO_ROUTE.search(text, max(0, r.mention.start - 100), r.mention.start)
                and not _ACROSS_TO.search(text, max(0, r.mention.start - 40), r.mention.start)
                and not _FROM_TOWARDS.search(text, max(0, r.mention.start - 60), r.mention.start)
                and not (_TOWARDS.search(text, max(0, r.mention.start - 20), r.mention.start)
                         and _BORDER_AFTER.match(text, r.mention.end))]
    # where the teller is ("Sources in Mogadishu said gunmen attacked ...") places the event only when nothing else does
    told_from = [r for r in mentions if _teller(text, r, 80) and not _local_teller(text, r, mentions)]
    if not any(d.clause[0] <= r.mention.start < d.clause[1] and r not in told_from for r in mentions):
        police = [r for r in told_from if _POLICE_IN.search(text, max(0, r.mention.start - 30), r.mention.start)
                  and r.mention.start < d.trigger_start]
        inside = _town_inside(text, d, mentions, told_from, police[-1:]) if police else None
        if inside is not None:
            return inside.place  # ("Police in Ituri province said they had arrested 40 people ... in raids around
            # Mongbwalu": the town, not the province the police answer for)
        if police:
            return police[-1].place  # "Police in Katsina-Ala said they had arrested 14 suspects": there (and "Police
            # in Kasese said an explosive device had been found": there)
        inside = next((r for r in route_ends if r.place.precision == "city"
                       and d.clause[0] <= r.mention.start < d.clause[1]
                       and any(o.place.precision == "region" and _within(r.place, o.place) for o in mentions)), None)
        if inside is not None:
            return inside.place  # "killed ... when a truck drove into a picket line on the road to Pico Truncado, ...,
            # the Santa Cruz security ministry said": the road's town, in the teller's province, not its middle
    in_clause = [r for r in mentions if d.clause[0] <= r.mention.start < d.clause[1] and r not in told_from]
    if d.trigger.group in ("protest", "riot") and any(r.mention.start < d.clause[0] for r in mentions):
        scene_before = any(r.mention.start < d.clause[0] and r.place.precision in ("city", "landmark")
                           for r in mentions)
        in_clause = [r for r in in_clause if not (r.mention.start > d.trigger_start and (
            _BECAUSE.search(text, d.trigger_start, r.mention.start)
            or (scene_before and _grievance_place(text, d.trigger_start, r.mention.start))))]
        # ("... in San Pedro Sula, ..., a stoppage that owners called after two drivers were gunned down in Choloma":
        # the killing's town, not the stoppage's; "In Hasakah, hundreds protested against attacks in Aleppo")
    goals = [r for r in in_clause if _HEADING_TO.search(text, max(0, r.mention.start - 60), r.mention.start)]
    if len(goals) < len(in_clause):  # "struck a column heading towards the city near the town of X": at X
        in_clause = [r for r in in_clause if r not in goals]
    in_clause = [_qualified_town(r, mentions, text, d.clause) for r in in_clause]
    if d.trigger.sub_event_type == "Arrests" and not any(r.place.precision in ("city", "landmark")
                                                          for r in in_clause):  # "63 people had been detained in
        # the state since Tuesday, most of them in Barinas and Socopó": the first town most were held in
        most = next((r for r in mentions if d.trigger_start < r.mention.start < d.sentence[1]
                     and r.place.precision == "city"
                     and _MOST_OF_THEM_IN.search(text, max(d.trigger_start, r.mention.start - 50), r.mention.start)),
                    None)
        if most is not None:
            return most.place
    nationwide = _NATIONWIDE.search(text, d.trigger_start, min(d.clause[1], d.trigger_start + 40))
    if ctx.focus_country and (nationwide or (not in_clause and _NATIONWIDE.search(text, *d.clause))):
        return ctx.focus_country  # "arrested nationwide", "protests across the country"
    if not in_clause and (across := _ACROSS_THE_REGION.search(text, *d.clause)):  # "internet has been cut across
        # the region" (and "suspended mobile internet services across the district": the district named last,
        # "Kokrajhar district")
        district = across.group().lower().endswith("district")
        told = [r for r in ctx.mentions if ((_DISTRICT_AFTER.match(text, r.mention.end)
                                             or _DISTRICT_OF.search(text, max(0, r.mention.start - 14),
                                                                    r.mention.start)) if district
                                            else r.place.precision == "region")
                and r.mention.end <= d.clause[0]
                and (ctx.focus_country is None or r.place.country == ctx.focus_country.country)]
        story_district = [r for r in told if district and ctx.focus_city is not None and r.place == ctx.focus_city]
        if told:  # the region named last before (a district: the story's own, when it was named)
            return (story_district or told)[-1].place
    if ctx.focus_country and not in_clause and _NETWORK.search(d.trigger_text) \
            and not _NAMED_AREA.search(text, d.trigger_start, d.clause[1]):
        return ctx.focus_country  # "access to social media has been restricted": a country's networks (not "in the
        # Chittagong Hill Tracts", an area the gazetteer lacks)
    if in_clause and all(r.place.precision in ("country", "region") for r in in_clause):
        # "fired at protesters in Agoè, a northern suburb of Lomé,": an unknown place, told by the appositive after it
        comma = d.clause[1]
        if text.startswith(",", comma) and _APPOSITIVE.match(text, comma + 1):
            described = [r for r in mentions if comma < r.mention.start < comma + 80 and "," not in
                         text[comma + 1:r.mention.start] and r.place.precision in ("city", "landmark")]
            if described:
                return described[0].place
        inside = _town_inside(text, d, mentions, told_from, in_clause)
        if inside is not None:
            return inside.place  # "Police in Lunda Norte also said they had detained 230 foreigners, most of them
            # Congolese, in operations ... around Lucapa": the province's town the sentence names, not its middle
    if in_clause:
        heads = {id(r): _list_head(r, in_clause, text) for r in in_clause}
        return min(in_clause, key=lambda r: (  # (a list's towns as its first: "the departments of Téra, Gothèye
            # and Bankilaré": Téra)
            _PRECISION_RANK[r.place.precision],
            not _PREPOSITION.search(text, max(0, heads[id(r)].mention.start - 12), heads[id(r)].mention.start),
            abs(heads[id(r)].mention.start - d.trigger_start), heads[id(r)] is not r)).place
    if story_place is not None and _BACK_THERE.search(text, d.trigger_start, d.clause[1]):
        return story_place  # "Soldiers have since set up a base at the mine, and ... raids in Tumeremo": the mine
        # told of before, not the town of the next clause
    just_before = [r for r in mentions if 0 <= d.clause[0] - r.mention.end <= 3 and r not in told_from]
    spot = next((r for r in mentions if d.clause[1] <= r.mention.start < min(d.sentence[1], d.clause[1] + 60)
                 and r.place.precision in ("city", "landmark") and r not in told_from
                 and _AT_SPOT.search(text, max(0, r.mention.start - 30), r.mention.start)
                 and not _OTHER_SCENE.search(text, d.clause[1] - 1, r.mention.start)), None)
    if just_before and spot is not None and just_before[-1].place.precision in ("region", "country"):
        return spot.place  # "the highway in the province of Chiriquí, which has been obstructed by groups of
        # producers since Saturday, 14 March, at the height of San Félix": the spot, not the province
    if just_before:  # "In Windsor, Ontario, police cleared ...": the town the region qualifies
        last = just_before[-1]
        head = _list_head(last, mentions, text)
        if head is not last and _LIST_AND.search(text, head.mention.end, last.mention.start):
            return head.place  # ("searched homes in Bautzen, Görlitz and Zittau, and four men were arrested": a
            # list's first)
        town = [r for r in mentions if r.place.precision in ("city", "landmark") and r.mention.end <= last.mention.start
                and len(text[r.mention.end:last.mention.start]) <= 40]  # "in Taiyuan, in Shanxi province, China,"
        qualified = town and text[town[-1].mention.end:last.mention.start].strip() == "," \
            and _PREPOSITION.search(text, max(0, town[-1].mention.start - 12), town[-1].mention.start) is not None
        return town[-1].place if town and (last.place.precision in ("region", "country") or qualified
                                           or _REGION_WORD_AFTER.match(text, last.mention.end)) else last.place
        # ("two feuding clans in Lebak, Sultan Kudarat, signed a peace covenant": the town its province qualifies)
        # ("In Pikit, Cotabato province, ...": the town, though the province has a city's name)
    earlier = [r for r in mentions if r.mention.end <= d.clause[0] and r.place.precision in ("landmark", "city")
               and r not in told_from]
    # ("In Pikit, Cotabato province, two clans fought": the town, not the province named like a city)
    earlier = [r for r in earlier if not _REGION_WORD_AFTER.match(text, r.mention.end)] or earlier
    if earlier and d.clause[0] > d.sentence[0]:  # "... blocked the roads to El Prat airport, and police charged
        return _list_head(earlier[-1], mentions, text).place  # them": the place of the sentence's last clause that
        # named one (a list's first: "searched homes in Cottbus, Forst and Guben ..., and three men were arrested")
    if story_place is not None:  # "The area was cordoned off and three youths were detained, while police in
        # Bijbehara arrested two men": the other clause's scene, not this one's
        mentions = [r for r in mentions if not (r.mention.start >= d.clause[1]
                                                and _OTHER_SCENE.search(text, d.clause[1] - 1, r.mention.start))]
    located = sorted((r for r in mentions if r.place.precision in ("landmark", "city") and r not in told_from),
                     key=lambda r: not _PREPOSITION.search(text, max(0, r.mention.start - 12),
                                                           r.mention.start))  # "near Siquirres" first
    cities = [c for c in (_city_of(r.place, ctx) for r in located) if c is not None]  # before "to the capital"
    if cities:
        return cities[0]
    if mentions:  # the teller's place only when the story has none ("Sources in Mogadishu said gunmen attacked ...")
        told = [r for r in mentions if r not in told_from]
        # where a teller sits ("The prefecture in Turin said") yields to the story's place; the area a teller
        # answers for ("Kharkiv governor said") only to a place of the story inside it ("the Ehime prefectural
        # police said": Matsuyama)
        # ("Pakistan's military said its troops had killed 30 in Saturday's fighting" in a story from Afghanistan:
        # the fighting told there, not Pakistan)
        home = story_place  # (with no story place yet, the teller's: a regional bureau's story, "Officials in Juba
        # said gunmen had killed 15 herders", filed from Nairobi)
        if home is None and ctx.focus_city is not None and told_from and all(
                r.place.precision == "region" and _within(ctx.focus_city, r.place) for r in told_from):
            home = ctx.focus_city  # ("..., according to Copperbelt Province police" in a story from Kitwe: the
            # story's town in the teller's province)
        if told or home is None or any(
                _TELLER_AFTER.match(text, r.mention.end) and not _within(home, r.place)
                and r.place.country == home.country for r in told_from):
            return min(told or mentions, key=lambda r: _PRECISION_RANK[r.place.precision]).place
        return home
    # a national decision, or an act of the president (not "set fire to the residence of the prime minister")
    if ctx.focus_country and not lacked and _NATIONAL.search(text, d.sentence[0], d.sentence[1]
                                                             if d.trigger.group == "strategic"
                                              else d.trigger_start):
        return ctx.focus_country
    return story_place or ctx.focus_city or ctx.focus_country


_LIVE_FIRE = re.compile(r"\b(?:live (?:rounds|ammunition|bullets|fire)|opened fire|fired (?:shots )?(?:on|at|into))\b",
                        re.IGNORECASE)
_DOING = re.compile(r"(?:burning|setting|torching|looting|smashing|ransacking)\b", re.IGNORECASE)
_DATE_NAMES_EVENT = re.compile(r"\s+(?:(?:presidential|general|parliamentary|legislative|local|municipal|regional|"
                               r"runoff|run-off|first-round|second-round)\s+)?(?:elections?|votes?|polls?|referendum|"
                               r"ballot|runoff|run-off)\b",
                               re.IGNORECASE)
_AT_SPOT = re.compile(r"\b(?:at|near)\s+(?:the\s+(?:height|level|entrance|exit|junction|outskirts)\s+of\s+)?$",
                      re.IGNORECASE)
_OTHER_SCENE = re.compile(r"[,;]\s*(?:while|whereas|meanwhile)\b|;|"
                          # "The crowds took to the streets shortly after 2 pm, minutes after the Constitutional
                          # Council in Yaoundé declared the president winner": what happened before, elsewhere
                          r",\s*(?:minutes|hours|moments|shortly|soon|just)\s+(?:after|before)\b")
_BODY_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^.\n]{0,60}?|\s+\([A-Z][\w .]{0,20}\))?\s(?:[–—-]|--)\s|"
                            # ("TRIPOLI (AA) - ")
                            # "Riyadh, April 10, 2026, SPA -- ", "Lima, Feb 26 (EFE).- "
                            # "Riobamba (Ecuador), Jul 11 (EFE).- ", "Tete, Mozambique, 20 May 2026 (Lusa) - "
                            r"[A-Z][\w .'’-]+(?:\s*\([A-Z][\w .'’-]+\))?(?:,\s+[A-Z][\w .'’-]+)?,\s+(?:\d{1,2}\s+)?"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}\b)?"
                            r"(?:,?\s+\d{4})?(?:[^.\n]{0,30}?(?:\s(?:[–—-]|--)\s|\)\s*\.?[–—-]\s?)|:\s)")  # (a press
# release's "Rawalpindi, 14 October 2025: ")


def _in_dateline(text: str, start: int) -> bool:
    """Whether offset ``start`` lies in the dateline that opens a paragraph ("CATARMAN, Northern Samar – ")."""
    p0 = text.rfind("\n", 0, start) + 1
    m = _BODY_DATELINE.match(text, p0)
    return m is not None and start < m.end()


def _qualified_town(r: ResolvedMention, mentions: list[ResolvedMention], text: str,
                    clause: tuple[int, int]) -> ResolvedMention:
    """The town a clause's opening country or region qualifies ("in Osaka, Japan on Monday to hand over
    ...": the comma split the clause at Osaka), else ``r``."""
    if r.place.precision not in ("country", "region") or r.mention.start - clause[0] > 2:
        return r
    return next((t for t in mentions if t.mention.end <= r.mention.start and t.place.precision in ("city", "landmark")
                 and _QUALIFIER_GAP.fullmatch(text, t.mention.end, r.mention.start)), r)


def _narrows(place: Place, area: Place) -> bool:
    """Whether ``place`` lies inside ``area``, a region (its first-level region) or a country, so that it tells
    more precisely where an event placed at ``area`` was."""
    if area.precision == "region":
        return _within(place, area)
    return area.precision == "country" and place.country == area.country


def _town_inside(text: str, d: _Draft, mentions: list[ResolvedMention], told_from: list[ResolvedMention],
                 areas: list[ResolvedMention]) -> ResolvedMention | None:
    """A town the sentence names after the trigger ("in raids around Mongbwalu") inside a region of ``areas``."""
    return next((r for r in mentions if d.trigger_start < r.mention.start < d.sentence[1]
                 and r.place.precision == "city" and r not in told_from
                 and _AROUND_TOWN.search(text, max(0, r.mention.start - 12), r.mention.start)
                 and not _ANOTHER_SUBJECT.search(text, d.trigger_start, r.mention.start)  # (not "..., whose bodies
                 # were buried in Bunia", "and the wounded were treated in Goma")
                 and any(o.place.precision == "region" and _within(r.place, o.place) for o in areas)), None)


def _within(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in the first-level region of ``area`` (a region, or a city's region)."""
    return area.precision != "country" and place.country == area.country and bool(place.admin1) \
        and place.admin1 == area.admin1


def _blockaders(text: str, d: _Draft) -> bool:
    """Whether people block the road of ``d`` ("angry residents blocked the motorway"), not a landslide, a
    lorry, the council or the police, and not in a clause with no subject of its own."""
    subject = text[d.clause[0]:d.trigger_start]
    joins = list(_SUBCLAUSE.finditer(subject))
    if joins and _BLOCKERS.search(subject, joins[-1].end()) and not _NOT_BLOCKERS.search(subject, joins[-1].end()):
        return True  # "police detained 27 people as opposition supporters tried to block the entrance"
    if not subject.strip(" ,") or _THEY.search(subject) or _AUXILIARIES.fullmatch(subject) \
            or _WHO_ASIDE.fullmatch(subject):  # ("Farmers, who have refused to harvest cane since Monday, have parked
        # tractors and lorries across the main road")
        # "about 200 people, allegedly pressured by the armed group, blocked ...", "Taxi drivers in Rehoboth, south of
        # the capital, have blocked": the subject told before an aside; the last who are named (so are "they":
        # "thousands of tea plantation workers have been on strike since Monday, and on Wednesday they blocked the
        # main road")
        who = [(m.start(), m.re is _BLOCKERS) for pattern in (_BLOCKERS, _NOT_BLOCKERS)
               for m in pattern.finditer(text, d.sentence[0], d.trigger_start)]
        if who:
            return max(who)[1]
    if _NOT_BLOCKERS.search(subject):
        return False
    if _TRACTORS.search(subject) and _FARMERS.search(text, 0, d.sentence[1]) is not None \
            and _PROTEST_WORDS.search(text, 0, d.sentence[1]) is not None and _MISHAP.search(text, *d.sentence) is None:
        return True  # "tractors have blocked the national road at a toll station": farmers' (in a story of farmers'
        # protest; not "abandoned cars and tractors blocked roads in the flooded county")
    return bool(_BLOCKERS.search(subject) or _PROTEST_SCENE.search(text, *d.sentence))


_TRACTORS = re.compile(r"\btractors\s+(?:have\s+|had\s+|has\s+)?$", re.IGNORECASE)
_FARMERS = re.compile(r"\b(?:farmers|growers|peasants)\b", re.IGNORECASE)
_PROTEST_WORDS = re.compile(r"\b(?:protest\w*|blockades?|demonstrat\w+|strik(?:e|es|ing))\b", re.IGNORECASE)
_MISHAP = re.compile(r"\b(?:collision|crash\w*|accident|flood\w*|snow\w*|storm|rains?|stranded|abandoned|broke "
                     r"down|breakdown)\b", re.IGNORECASE)


_SUBCLAUSE = re.compile(r"\b(?:as|while|when|after|where|because)\b", re.IGNORECASE)
# a clause whose subject was told before an aside: "Taxi drivers in Rehoboth, south of the capital, have blocked"
_AUXILIARIES = re.compile(r"[\s,]*(?:(?:have|has|had|were|was|are|is|also|then|later|again|reportedly|allegedly)"
                          r"\s+)*", re.IGNORECASE)
_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
_WHO_ASIDE = re.compile(r"[\s,]*who\b[^.;]*?,\s*(?:(?:have|has|had|were|was|are|is|also|then|later|again)\s+)*",
                        re.IGNORECASE)


def _cordon(text: str, d: _Draft) -> bool:
    """Whether the forces seal off, surround or besiege a town ("Troops sealed off Jenin"), not a crowd's
    organisers a city centre, nor gunmen a village they go on to attack."""
    forces = _forces_named_before(text, d) or (d.trigger_text.lower().startswith("cordon of")
                                               and _SECURITY.search(d.trigger_text) is not None)  # ("a cordon of
    # 2,000 soldiers and 400 police officers was placed around the municipality of Santiago Nonualco")
    named = _CORDONED.match(text, d.trigger_start + len(d.trigger_text)) is not None or \
        not d.trigger_text.lower().startswith(("seal", "cordon", "clos")) \
        or re.search(r"['’]s\s+(?:\w+\s+)?(?:entrance|exit)", d.trigger_text) is not None  # (the others name their
    # town, as does "sealed the village's two entrances")
    return forces and named and not _ARMED_ACTORS.search(text, d.clause[0], d.trigger_start)


def _borne_out(text: str, d: _Draft) -> bool:
    """Whether the sentence bears out what the trigger words of ``d`` say: the condition its
    trigger names (people block the road, not a landslide), and a riot is no one man's act
    ("shot dead after he allegedly threw stones at a jeep")."""
    if d.trigger.group == "riot" and _LONE.search(text, max(d.clause[0], d.trigger_start - 30), d.trigger_start):
        return False
    if d.trigger.group == "riot" and re.search(r"\btents?\b", d.trigger_text) \
            and (_SECURITY.search(text, _subject_start(text, d), d.trigger_start)
                 or re.search(r"\b(?:workers|authorities|council|officials|municipal\w*|bailiffs|city hall)\b",
                              text[_subject_start(text, d):d.trigger_start], re.IGNORECASE)):
        return False  # "riot police ... tore down their tents": the clearing of a sit-in, told by its other words
    if not d.trigger.check or _CHECKS[d.trigger.check](text, d):
        return True
    # "A second clash took place in Bama on Tuesday", "Another attack hit the town": one more of a kind told just
    # before, whose sides or weapons that told
    ordinal = _ONE_MORE_WORD.match(text, d.trigger_start)  # (the trigger "second clash" holds the word)
    return _ONE_MORE.search(text, max(d.sentence[0], d.trigger_start - 30),
                            ordinal.end() if ordinal else d.trigger_start) is not None \
        and _CHECKS[d.trigger.check](text, replace(d, sentence=(max(0, d.sentence[0] - _TOLD_BEFORE_CHARS),
                                                                d.sentence[1])))


_ONE_MORE_WORD = re.compile(r"(?:second|third|new|fresh|further|similar)\s+", re.IGNORECASE)
_ONE_MORE = re.compile(r"\b(?:another|a second|a third|a new|a fresh|a further|a similar|(?<!the )renewed)\s+"
                       r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def _protest_scene(text: str, d: _Draft) -> bool:
    """Whether a crowd is in sight of officers moving in ("Officers moved in to arrest the suspect" is no protest)."""
    return _PROTEST_SCENE.search(text, max(0, d.sentence[0] - 300), d.sentence[1]) is not None


def _protesters_barricades(text: str, d: _Draft) -> bool:
    """Whether the barricades cleared are a protest's: protesters in sight, no armed men's ("roadblocks set up by
    bandits") and no storm's ("fallen trees")."""
    return _PROTESTING_CROWD.search(text, max(0, d.sentence[0] - 300), d.sentence[1]) is not None \
        and not _ARMED_ACTORS.search(text, *d.sentence) and not _DEBRIS.search(text, *d.sentence)


_PROTESTING_CROWD = re.compile(r"\b(?:protest\w*|demonstrat\w+|crowds?|march\w*|rall(?:y|ies)|sit-ins?|blockades?|"
                               r"riot(?:s|ers|ing)?|tear ?gas|strik(?:e|ers|ing))\b", re.IGNORECASE)
_DEBRIS = re.compile(r"\b(?:fallen|debris|landslides?|mudslides?|rubble|uprooted|storm|floods?|snow)\b", re.IGNORECASE)


def _grievance(text: str, d: _Draft) -> bool:
    """Whether a crowd filling a square has a grievance in sight, not fans, floods or mourners."""
    return bool(_GRIEVANCE.search(text, *d.sentence)) and not _NO_GRIEVANCE.search(text, *d.sentence)


def _crowds_petition(text: str, d: _Draft) -> bool:
    """Whether many people hand over the petition, not a lawyer, nor to a court."""
    return bool(_MANY.search(text, d.sentence[0], d.trigger_start)) and not _COURT.search(text, *d.sentence)


def _unrest_in_sight(text: str, d: _Draft) -> bool:
    """Whether shops stripped, goods carried off or homes razed are unrest's or a force's doing ("... after a
    crowd ...", "armed men ... carried off flour", "authorities bulldozed"), not shoppers', a flood's or an
    electrical fault's."""
    start, end = d.sentence
    return _UNREST.search(text, max(0, start - 300), end) is not None and not _DISASTER.search(text, start, end) \
        and not _NOT_UNREST.search(text, start, end)


def _people(text: str, d: _Draft) -> bool:
    """Whether people are rounded up ("Dozens of young men were later rounded up"), not dogs, cattle or survivors
    gathered by rescuers."""
    return _PEOPLE_SUBJECT.search(text, d.clause[0], d.trigger_start) is not None \
        and not _RESCUE.search(text, *d.sentence)


_FIGHTING_GOES_ON = re.compile(r"(?:the )?fighting (?:spread|continued|resumed|intensified|raged)\b", re.IGNORECASE)
_TOLD_BEFORE_CHARS = 300  # how far back the fighting a continuation refers to may be told
_STORY_BEFORE_CHARS = 2000  # how far back a story may tell the dispute talks settle


def _armed_sides(text: str, d: _Draft) -> bool:
    """Whether armed sides are in sight of the fighting ("after fighting through Saturday night in which three
    soldiers were killed"), not firefighters' or a market's ("amid fighting in the Middle East")."""
    if _armed_context(text, *d.sentence):
        return True
    # "Clashes erupted in Beledweyne on Thursday. On Saturday, fighting spread to Jowhar.": the fighting told
    # just before goes on
    before = max(0, d.sentence[0] - _TOLD_BEFORE_CHARS)
    return _FIGHTING_GOES_ON.match(text, d.trigger_start) is not None \
        and (_armed_context(text, before, d.sentence[0]) or _FIGHT.search(text, before, d.sentence[0]) is not None)


def _armed_context(text: str, start: int, end: int) -> bool:
    """Whether armed sides, the hurt or war words are in ``text[start:end]``."""
    return bool(_ARMED_ACTORS.search(text, start, end) or _FORCES_IN_SIGHT.search(text, start, end)
                or _HARMED.search(text, start, end) or _WAR_WORDS.search(text, start, end))


def _takes_town(text: str, d: _Draft) -> bool:
    """Whether an armed group takes a named place ("the militants took Tayeeglow", "rebels captured Bunagana"),
    not its people ("took Kenyan hostages", "took Baidoa's mayor hostage") nor a picture of it ("on video")."""
    end = d.trigger_start + len(d.trigger_text)
    return _NAMED_PLACE_AFTER.match(text, end) is not None and _armed_group(text, d) \
        and _NOT_TAKEN.search(text, end, min(d.clause[1], end + 60)) is None


def _road_before(text: str, d: _Draft) -> bool:
    """Whether what "has been obstructed by groups of producers" is a road, bridge or crossing named before it in its
    sentence (not "The trade deal has been blocked by French farmers")."""
    return _ROAD_NOUN.search(text, max(d.sentence[0], d.trigger_start - 150), d.trigger_start) is not None


def _no_protest(text: str, d: _Draft) -> bool:
    """Whether force against someone ("police beat him", "were beaten by police") is told with no crowd of
    protesters in its sentence (else it is the protest's: "Dozens of protesters were beaten by police")."""
    return _CROWD.search(text, *d.sentence) is None and _PROTEST_SCENE.search(text, *d.sentence) is None


def _local_office_holder(text: str, d: _Draft) -> bool:
    """Whether the one "removed from office ... and replaced by" an appointee is a mayor, governor or council named
    before it in its sentence (not a minister replaced by his deputy)."""
    return _LOCAL_OFFICE.search(text, max(d.sentence[0], d.trigger_start - 120), d.trigger_start) is not None


_LOCAL_OFFICE = re.compile(r"\b(?:mayors?|governors?|councils?|councillors?)\b", re.IGNORECASE)
_ROAD_NOUN = re.compile(r"\b(?:highway|road|route|bridge|border|crossing|railway|access)\b", re.IGNORECASE)


def _not_police(text: str, d: _Draft) -> bool:
    """Whether people taken away were not taken by the police (who arrest them), nor by rescuers, a ferry or
    an ambulance, nor to safety or to hospital."""
    return _POLICE_SUBJECT.search(text, d.clause[0], d.trigger_start) is None and not _RESCUE.search(text, *d.sentence)


_UNARMED_SUBJECT = re.compile(r"\b(?:aid workers|police(?:men)?|officers|protesters|demonstrators|students|residents|"
                              r"journalists|officials|inspectors|delegations?|firefighters|rescuers|medics|villagers|"
                              r"families|people|monitors|observers|engineers|workers)\b", re.IGNORECASE)


def _taken_by_armed(text: str, d: _Draft) -> bool:
    """Whether those who take a place without a fight are an armed side, not aid workers or police entering it
    ("Aid workers entered the town of Sake after the rebels withdrew")."""
    subject = text[d.clause[0]:d.trigger_start]
    return _UNARMED_SUBJECT.search(subject) is None or _ARMED_ACTORS.search(subject) is not None


def _armed_group(text: str, d: _Draft) -> bool:
    """Whether an armed group acts in the clause before the trigger ("The gang had seized the mine")."""
    return _ARMED_ACTORS.search(text, d.clause[0], d.trigger_start) is not None


_WEAPONS_HANDED = re.compile(r"\b(?:firearms|weapons|rifles|guns|arms|ammunition|grenades)\b", re.IGNORECASE)


def _armed_group_before(text: str, d: _Draft) -> bool:
    """Whether an armed group acts earlier in the sentence ("Bandits stopped a lorry outside Gusau, Nigeria, on
    Monday and marched nine traders into the forest"), or kidnappers do."""
    return _ARMED_ACTORS.search(text, d.sentence[0], d.trigger_start) is not None \
        or _KIDNAPPERS.search(text, d.sentence[0], d.trigger_start) is not None


_KIDNAPPERS = re.compile(r"\b(?:kidnappers|abductors|hostage-takers)\b", re.IGNORECASE)


def _raiders_before(text: str, d: _Draft) -> bool:
    """Whether those who take people along are armed or raiders, told earlier in the sentence ("Armed settlers
    attacked a Miskito community ..., killing four people ... and taking three young men with them")."""
    return _armed_group_before(text, d) or _RAIDERS.search(text, d.sentence[0], d.trigger_start) is not None


_RAIDERS = re.compile(r"\b(?:armed|masked|gun-toting)\s+[a-z]+|\b(?:attacked|raided|stormed|ambushed|overran)\b",
                      re.IGNORECASE)


def _combat(text: str, d: _Draft) -> bool:
    """Whether the fighting a sport, court or politics word may also tell of is between armed sides: the
    forces and an armed group, two armed groups, or the hurt or weapons in the sentence ("Soldiers battled
    jihadists", not "the army team battled with the police side" or "a minister battled rebels in his party")."""
    if _CIVIL_PARTIES.match(text, d.trigger_start + len(d.trigger_text)):
        return False  # "a man was stabbed to death in what they described as a fight between neighbors"
    sentence = text[d.sentence[0]:d.sentence[1]]
    armed = len(_ARMED_ACTORS.findall(sentence)) + len(_OTHER_ARMED.findall(sentence)) \
        + 2 * len(_TWO_SIDES.findall(sentence))
    return bool((armed and _FORCES_IN_SIGHT.search(sentence)) or armed >= 2 or _HURT_OR_ARMED.search(sentence))


_CIVIL_PARTIES = re.compile(r"\s+(?:two\s+)?(?:neighbou?rs|families|relatives|friends|brothers|cousins|drinkers|"
                            r"passengers|customers|motorists|spouses|a\s+couple)\b", re.IGNORECASE)
_TWO_SIDES = re.compile(r"\b(?:two|rival|opposing|warring)\s+(?:[\w-]+\s+)?(?:militias|gangs|armed groups|factions|"
                        r"clans)\b", re.IGNORECASE)
_OTHER_ARMED = re.compile(r"\b(?:terrorists|separatists|dissidents|kidnappers|cartels?|guerrillas?|factions)\b",
                          re.IGNORECASE)


def _armed_unhurt(text: str, d: _Draft) -> bool:
    """Whether armed men take herds, or armed men, settlers, forces or unknown people blow up or deface buildings
    and shrines, with no one hurt (when people are killed, the killing is the event: "Bandits stole 200 cattle and
    killed three herders")."""
    doers = _armed_group_before(text, d) or _SETTLERS.search(text, d.clause[0], d.trigger_start) is not None \
        or _UNKNOWN_DOERS.search(text, d.clause[0], d.trigger_start) is not None \
        or _BY_ARMED_DOERS.search(text, d.trigger_start, d.sentence[1]) is not None \
        or ((_SECURITY.search(text, d.clause[0], d.trigger_start) is not None  # "troops blew up six houses"
             or _FORCES_WORD.search(text, d.clause[0], d.trigger_start) is not None)
            and not _THEFT.match(d.trigger_text) and not _DISASTER.search(text, *d.sentence))
    return doers and not _anyone_hurt(text[d.sentence[0]:d.sentence[1]])


_SETTLERS = re.compile(r"\bsettlers\b", re.IGNORECASE)  # who uproot a village's olive trees
# the doers told after: "the burning of two backhoes ... by NPA members" ("which it blamed on rebels")
_BY_ARMED_DOERS = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to)\s+(?:the\s+)?(?:suspected\s+|armed\s+)?"
                             r"(?:(?-i:[A-Z]{2,6})\s+members|(?:[\w-]+\s+){0,2}?(?:rebels|militants|gunmen|insurgents|"
                             r"fighters|guerrillas|bandits|jihadists))\b", re.IGNORECASE)
_FORCES_WORD = re.compile(r"\b(?:forces|bulldozers|army engineers)\b(?!\s+(?:said|say|says|reported))",
                          re.IGNORECASE)  # "Israeli forces demolished" (not "Rescue forces said the quake destroyed")
_THEFT = re.compile(r"stole|rustl|made off|drove off", re.IGNORECASE)


def _cause_told_after(text: str, d: _Draft) -> int:
    """Where a cause told after ``d``'s clause begins in its sentence ("..., after police arrested a local gang
    boss"), or the sentence's end."""
    cause = _CAUSE_AFTER.search(text, d.clause[1], d.sentence[1])
    return cause.start() if cause is not None else d.sentence[1]


def _anyone_hurt(sentence: str) -> bool:
    """Whether a sentence tells of people hurt, shots or weapons at hand ("no one was hurt" is no one)."""
    rest = _LINKED_TO.sub("", _NO_ONE_HURT.sub("", sentence))  # (nor "without linking the attack to the shooting":
    # another event, named)
    return bool(_HURT_OR_ARMED.search(rest) or _SHOTS.search(rest))


_LINKED_TO = re.compile(r"\b(?:without\s+)?(?:linking|linked|connecting|connected|tying|tied)\b[^.;]{0,60}?\bto\s+"
                        r"(?:the|a|an|last|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b[^.;,]{0,40}",
                        re.IGNORECASE)


_WITH_ARMS = re.compile(r"with\s+(?:(?:[\w-]+|,)\s*){0,5}", re.IGNORECASE)  # ("fought with rifles and
# rocket-propelled "; the trigger may end with its "with")
_CARRYING = re.compile(r"\b(?:carrying|armed\s+with|wielding|brandishing)\s+(?:[\w-]+,?\s+){0,6}$", re.IGNORECASE)
_CAUSE_AFTER = re.compile(rf"\b{_CAUSE_WORDS}", re.IGNORECASE)  # (a cause told after the act; not "since Monday")
# burned, torched or set alight (not "set fire to": often told beside an attack's dead)
_TORCHED = re.compile(r"torch|burn|ablaze|alight|set fire|fire to", re.IGNORECASE)  # ("Gunmen set fire to 14 buses")
_SET_ALIGHT = re.compile(r"torch|burn|ablaze|alight|set fire|fire to|on fire|arson", re.IGNORECASE)
# arsonists no one saw: "unidentified men", "unknown people" (not masked youths of a riot)
_UNKNOWN_DOERS = re.compile(r"\b(?:(?:unidentified|unknown)\s+(?:\w+\s+)?(?:men|people|persons|individuals|"
                            r"attackers|assailants)|arsonists|incendiary\s+devices?|fire\s*bombs?|"
                            # ("the same gunmen set fire to two houses": the armed men told before)
                            r"the\s+same\s+(?:assailants|attackers|gunmen))\b",
                            re.IGNORECASE)  # ("small incendiary devices set fire to six convenience stores")
_SAME_GROUP = re.compile(r"\bthe\s+same\s+(?:group|men|individuals|band)\b", re.IGNORECASE)
_BY_UNKNOWN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+(?:some\s+)?(?:unidentified|unknown)\b", re.IGNORECASE)
# arson told with no crowd: "a bus was set on fire", "hoodlums enforcing the order set ablaze two tricycles"
_BURNED_PASSIVE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been|being|got)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)
_BY_SOMEONE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\b", re.IGNORECASE)
_UNREST_SPREAD = re.compile(r"\b(?:unrest|riots?|rioting|violence|disturbances|clashes)\s+(?:\w+\s+)?(?:spread|"
                            r"continued|flared|erupted|broke out|resumed)\b", re.IGNORECASE)
_FIRED_BY_WEAPON = re.compile(r"\b(?:drones?|air ?strikes?|warplanes?|jets|missiles?|rockets?|shells?|shelling)\b"
                              r"(?=(?:\s+\w+){0,3}\s*$)", re.IGNORECASE)  # the subject right before "set fire to"
_WEAPON_SUBJECT = re.compile(r"\s*(?:The|A|An|One|Another)\s+(?:[\w-]+\s+){0,2}?(?:drones?|air ?strikes?|warplanes?|"
                             r"jets|missiles?|rockets?|shells?)\b", re.IGNORECASE)
_POLICE_PROPERTY = re.compile(r"\bpolice\s+(?:cars?|vans?|vehicles?|trucks?|stations?|posts?|booths?)\b",
                              re.IGNORECASE)
# the forces as the doers just before the deed: "soldiers set fire to about 20 houses"
_FORCES_DOERS = re.compile(r"\b(?:soldiers|troops|policemen|police officers|gendarmes|security forces|the army|"
                           r"the military|servicemen)\s+(?:had\s+|then\s+|allegedly\s+|reportedly\s+)?$",
                           re.IGNORECASE)
_WHOLE_PLACE = re.compile(r"\b(?:villages?|towns?|settlements?|hamlets?|camps?)\b", re.IGNORECASE)
_OUTLAWS = re.compile(r"\b(?:hoodlums|thugs|arsonists|saboteurs|vandals)\b", re.IGNORECASE)
# words of a crowd's unrest in the sentence: its arson is a riot's
_ARSON_UNREST = re.compile(r"\b(?:protest\w*|demonstrat\w+|riot\w*|(?-i:march(?:es|ed|ing|ers)?)|rall(?:y|ies)|"
                           r"loot\w*|unrest|clash\w*|"
                           r"tear ?gas|stones|rocks|petrol bombs?|molotov\w*|barricades|mobs?|crowds?|angry|furious|"
                           r"chant\w*|gathered|disorder|general strike|hartals?|bandhs?|shutdown|took to the streets|"
                           r"enraged|(?:local|village|area)\s+residents|residents\s+(?:who|had|angered))\b",
                           re.IGNORECASE)
_SHOTS = re.compile(r"\b(?:fired(?!\s+(?:tear|teargas|water|rubber|stun|pepper|foam|plastic|flares|fireworks))|"
                    r"shot|shots|shooting|"
                    r"gunfire|bullets|opened fire)\b", re.IGNORECASE)


_NO_ONE_HURT = re.compile(r"\b(?:no one|nobody|none|no-one)\s+(?:was\s+|were\s+)?(?:\w+\s+)?(?:hurt|injured|killed|"
                          r"wounded)\b|\b(?:no|without)\s+(?:injuries|casualties|deaths)\b", re.IGNORECASE)


def _no_crowd_arson(text: str, d: _Draft) -> bool:
    """Whether the arson of ``d`` is told with no doer and no crowd's unrest in or just before its sentence ("a
    bus was set on fire", not "... by the protesters" nor "Youths set fire to two shops. The first was set alight
    shortly after 10 p.m.") or is told of outlaws ("hoodlums ... set ablaze two tricycles")."""
    s0, s1 = d.sentence
    if _ARSON_UNREST.search(text, s0, s1) or _POLICE_PROPERTY.search(text, *d.clause):
        return False  # (a police car burned is the unrest's)
    after = d.trigger_start + len(d.trigger_text)
    passive = _BURNED_PASSIVE.search(text, max(d.clause[0], d.trigger_start - 20), d.trigger_start) is not None
    return (passive and not _BY_SOMEONE.match(text, after, d.clause[1])
            and (not _ARSON_UNREST.search(text, max(0, s0 - 300), s0)
                 or (not d.near_unrest  # (a scene of its own: "near Harrismith", unless "The unrest spread ...")
                     and not _UNREST_SPREAD.search(text, max(0, s0 - 200), s0)))) \
        or _OUTLAWS.search(text, d.clause[0], d.trigger_start) is not None


def _insecurity(text: str, d: _Draft) -> bool:
    """Whether a closure, evacuation or ban is for security ("closed for security reasons", "as armed men roamed
    the streets"), not for a holiday, a storm or a strike of teachers."""
    return _INSECURITY.search(text, *d.sentence) is not None


def _unrest_before(text: str, d: _Draft) -> bool:
    """Whether closures ordered in a sentence follow unrest told in it or just before ("... Taliban fighters fired
    into the air to disperse them ... Authorities then ordered shops and roads in the city closed"), not closures to
    save power or for a marathon."""
    start = max(0, d.sentence[0] - _UNREST_BEFORE_CHARS)
    return _INSECURITY.search(text, start, d.sentence[1]) is not None \
        or _UNREST_WORDS.search(text, start, d.sentence[1]) is not None


# the subject of a ban told in the passive: gatherings in general, alone or first of a list, at the clause's start
_GATHERINGS_BANNED = re.compile(r"(?:^|[,;:]\s+|\b(?:and|that|as|so|order|result)\s+)(?:(?-i:A|a)ll\s+|any\s+)?"
                                r"(?:(?:public|street|outdoor|political|mass)\s+)?(?:" + _GATHERING_NOUNS + r")"
                                r"(?:(?:,\s+|\s+and\s+|\s+or\s+)"
                                r"[^.;]{1,90}?)?(?:\s+(?:in|at|on|across|throughout|within|near|around|outside)\s+"
                                r"[^.;,]{1,60}?)?\s+$", re.IGNORECASE)


def _gatherings_banned(text: str, d: _Draft) -> bool:
    """Whether a passive ban is of gatherings in general ("all demonstrations, marches ... have been banned")."""
    return _GATHERINGS_BANNED.search(text[max(d.sentence[0], d.trigger_start - 150):d.trigger_start]) \
        is not None


_SHOTS_TOLD = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|gunmen|militants|rebels|insurgents|attackers|"
                         r"assailants|armed|ambush\w*|(?:was|were) shot|shot dead|shooting|gunfire|bullets?|rockets?|"
                         r"mortars?|snipers?|rifles?|raids?|as\s+they\s+entered|"
                         r"returned fire|fired back|shot back|exchange of fire)\b", re.IGNORECASE)


def _fire_at_forces(text: str, d: _Draft) -> bool:
    """Whether forces "came under fire" in a sentence that tells shots or their toll (not criticism)."""
    return _SHOTS_TOLD.search(text, d.sentence[0], d.trigger_start) is not None \
        or _SHOTS_TOLD.search(text, d.trigger_start + len(d.trigger_text), d.sentence[1]) is not None


_UNREST_BEFORE_CHARS = 400  # how far back the unrest that closures answer may be told
_UNREST_WORDS = re.compile(r"\b(?:protest\w*|riot\w*|demonstrat\w+|tear\s?gas|fired|arrested|detained|arson|looting|"
                           r"mobs?|killed|shot)\b", re.IGNORECASE)


def _violent_context(text: str, d: _Draft) -> bool:
    """Whether the sentence of a word that also has peaceful senses (a bare "attacked"/"raid"/"strike",
    "repelled an attack", "murdered", "fired rockets at", "strafed") tells of force: armed men, weapons, the hurt,
    the forces or a place people are attacked at (not "MPs attacked the bill", "hackers attacked a website"); a
    definite one ("The assault began at 2 p.m.") is the one told before. The words themselves do not count."""
    end = d.trigger_start + len(d.trigger_text)
    return d.definite or _ARMED_ACTORS.search(text, *d.sentence) is not None or any(
        _VIOLENT_CONTEXT.search(text, a, b) for a, b in ((d.sentence[0], d.trigger_start), (end, d.sentence[1])))


_ASIDE_BEFORE = re.compile(r",\s*(?:including|among them|among whom)\b[^,]*,\s*$", re.IGNORECASE)


def _fighters(text: str, d: _Draft) -> bool:
    """Whether those who surrender are fighters ("31 members of a dissident faction turned themselves in"), not a
    suspect giving himself up."""
    found = _FIGHTERS.search(text, d.clause[0], d.trigger_start) or (
        _FIGHTERS.search(text, d.sentence[0], d.trigger_start) if _ASIDE_BEFORE.search(text, d.sentence[0], d.clause[0])
        else None)  # ("six members of the group, including a sub-leader, surrendered")
    if found is not None and found.group().endswith(("members", "cadres")):
        return _WEAPONS_HANDED.search(text, *d.clause) is not None  # "14 NPA members surrendered with their firearms"
    return found is not None


_KILL_WORD = re.compile(r"\bkill(?:ed|ing|s)?\b|\bdead\b", re.IGNORECASE)
_STREET_ARMS = re.compile(r"\b(?:stones|bricks|rocks|sticks|bottles|clubs|iron rods|bamboo|fireworks)\b", re.IGNORECASE)
_THROWN = re.compile(r"(?:threw|thrown|hurled|lobbed|tossed|throwing|hurling)\b", re.IGNORECASE)
_PROTESTING = re.compile(r"\bprotest\w*|\bdemonstrat\w+|\bstrik(?:ing|ers)\b", re.IGNORECASE)
_ARSON = re.compile(r"fire|ablaze|alight|torch|burn", re.IGNORECASE)
# people hurt, or weapons at hand: an attack, not only property burned
_HURT_OR_ARMED = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|shot|shooting|gunfire|murder\w*|"
                            r"hack\w*|stabb\w*|behead\w*|massacre\w*|abduct\w*|kidnap\w*|rap(?:ed|ing)|rifles?|guns?|"
                            r"machetes?|knives|bullets?|grenades?|bod(?:y|ies)|corpses?|bomb\w*|suicide)\b",
                            re.IGNORECASE)
# fireworks called mortars
_FIREWORK_MORTARS = re.compile(r"\bmortar[- ]type\b|\bfireworks?\s+mortars?\b|\bmortar\s+fireworks?\b", re.IGNORECASE)
_MOB_SUBJECT = re.compile(r"\b(?:mobs?|rioters|crowds?|looters|protesters|demonstrators)\b", re.IGNORECASE)
# arsonists told as a few unknown people, not a crowd: "a group of hooded individuals set fire to three trucks"
_FEW_ARSONISTS = re.compile(r"\b(?:(?:hooded|masked|unknown|unidentified|armed)\s+(?:individuals|persons|men|people|"
                            r"assailants|attackers|arsonists)|(?:suspected\s+)?(?:Maoists|Naxalites|militants|rebels|"
                            r"insurgents|jihadists|guerrillas))\b", re.IGNORECASE)  # ("Overnight, suspected Maoists set
# fire to two trucks and an earthmover")
_OWNED = re.compile(r"\b(?:belonging to|owned by|(?:home|house|car|office|shop) of)\b", re.IGNORECASE)
# infrastructure set on fire by no crowd: sabotage ("setting fire to a railway signalling cabinet")
_INFRASTRUCTURE = re.compile(r"\b(?:railway|rail|signalling|signaling|relay|transformer|telecom\w*|mobile phone|phone|"
                             r"cell)\s+(?:[\w-]+\s+)?(?:cabinets?|boxes|box|lines?|masts?|towers?|substations?)\b",
                             re.IGNORECASE)
_SHOT_AT = re.compile(r"\b(?:gunmen|militants|rebels|insurgents|fighters|attackers|ambush\w*|sniper|bullets?|"
                      # ("officers came under fire from a handgun, but no one was hurt")
                      r"handguns?|pistols?|rifles?|automatic weapons?|firearms?|kalashnikovs?|"
                      r"no one was (?:hurt|injured)|nobody was (?:hurt|injured)|"
                      r"gunfire|mortars?|rockets?|hillside|bush|assailants|bandits|jihadists|armed men|separatists|"
                      r"no casualties|riverbank|treeline)\b|\b(?:soldiers?|troops|officers?|policemen|peacekeepers?|"
                      r"conscripts?|servicemen) (?:was |were |had been )?(?:\w+ly )?(?:killed|wounded|injured|hurt)\b|"
                      r"\b(?:killing|wounding|injuring) (?:[\w-]+ ){0,2}?(?:soldiers?|officers?|policemen|"
                      r"peacekeepers?)\b|"
                      # ("a patrol came under fire ... and a 24-year-old corporal died at the scene")
                      r"\b(?:soldiers?|troops|officers?|policem[ae]n|gendarmes?|corporals?|sergeants?|privates?|"
                      r"lieutenants?|captains?|servicem[ae]n) (?:later )?died\b",
                      re.IGNORECASE)
# armed men named only as the ones blamed: "residents, who blamed anti-balaka militiamen for the attack"
_BLAMED = re.compile(r"\b(?:blam\w+|accus\w+|against)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_TARGETED_FORCES = re.compile(r"\b(?:troops|soldiers|patrols?|(?:army|military|police) convoys?|police|policemen|"
                              r"officers|army|forces|bases?|"
                              r"posts?|checkpoints?|peacekeepers|personnel|gendarmes|guards|militiamen|rangers)\b",
                              re.IGNORECASE)


_PARTIES = re.compile(r"\b(?:elders|communities|clans|tribes|factions|rebels|militias|armed groups|insurgents|"
                      r"protesters|demonstrators|strikers|protest leaders|"  # ("police and representatives of the
                      # protesters agreed at a meeting in Thinadhoo to end the sit-in")
                      r"militants|chiefs|warring|feuding|(?:army|military|militia) commanders|"
                      r"(?:community|tribal|clan|traditional|union|blockade|strike) leaders|"
                      # ("the state government and the village heads agreed at a meeting in Gua Musang to suspend
                      # logging")
                      r"village (?:heads|chiefs|elders)|(?:community|village|residents['’]?) representatives)\b",
                      re.IGNORECASE)


_FIRE_CAUSES = re.compile(r"\b(?:fires?|blaze|flames|wildfires?|bushfires?|explosions?|exploded|"
                          r"(?<!tear )(?<!tear-)gas|electrical|"
                          r"lightning|short circuit|fault|lava|inferno|embers|stubble|candles?|wiring|volcan\w*|"
                          r"centuries|exhibition|museum|history|historians?|medieval|Nazis?|Cossacks|Vikings?)\b",
                          re.IGNORECASE)


def _not_a_fire(text: str, d: _Draft) -> bool:
    """Whether homes or shops "burned" were set alight by people, not by a wildfire or a gas explosion."""
    return _FIRE_CAUSES.search(text, *d.sentence) is None


_JAIL = re.compile(rf"\b(?:{_JAIL_WORDS}|detention cent(?:re|er)s?)\b", re.IGNORECASE)
_OF_OBJECT = re.compile(r"\s+(?:of|over)\s+[^.;,]{0,40}", re.IGNORECASE)


def _not_a_jail(text: str, d: _Draft) -> bool:
    """Whether a place "retaken" is ground held in a conflict, not a prison taken back from rioting inmates
    ("five prisoners were killed before soldiers regained control early Thursday")."""
    end = d.trigger_start + len(d.trigger_text)
    taken = _OF_OBJECT.match(text, end)
    if taken is not None:  # (not "regained control of Bama after insurgents stormed the town's prison")
        return _JAIL.search(taken.group()) is None
    return _JAIL.search(text, *d.sentence) is None


def _conflict_parties(text: str, d: _Draft) -> bool:
    """Whether those who agree are parties to a conflict ("Elders of the two communities signed a pledge to
    return the cattle"), not ministers lifting tariffs or pupils pledging to stay drug-free."""
    return _PARTIES.search(text, d.sentence[0], d.trigger_start) is not None


_CONFLICT_WORDS = re.compile(r"\b(?:truce|ceasefire|cease-fire|blockades?|protests?|strikes?|strikers|fighting|clashes|"
                             r"feud|hostilities|weapons|arms|rifles|disarm\w*|hostages?|prisoners|peace|violence|"
                             r"unrest|war|rebels?|militias?|insurgents|militants|armed|dispute|standoff|stand-off|"
                             r"(?:outstanding|unpaid|overdue) (?:salaries|wages|pay))\b",
                             re.IGNORECASE)


def _conflicts_deal(text: str, d: _Draft) -> bool:
    """Whether a deal told in the passive ("An agreement signed on Saturday between ...") is one between parties
    to a conflict or a dispute (elders, rebels; a truce, a blockade, weapons), not a record or trade deal."""
    return _PARTIES.search(text, *d.sentence) is not None or _CONFLICT_WORDS.search(text, *d.sentence) is not None \
        or (_DEFINITE_BEFORE.search(text, max(d.sentence[0], d.trigger_start - 12), d.trigger_start) is not None
            and _DEAL_TOLD.search(text, max(0, d.sentence[0] - _STORY_BEFORE_CHARS), d.sentence[0]) is not None)
    # ("... even after two farm unions signed a deal ... The agreement signed in Barcelona late on Wednesday": the
    # deal told before)


_DEAL_TOLD = re.compile(r"\b(?:signed|reached|struck|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|"
                        r"accord|pact|truce)\b", re.IGNORECASE)


_SHOOTER = re.compile(r"\b(?:gunmen|gunman|attackers|assailants|militants|fighters|rebels|soldiers|troops|units|police|"
                      r"officers|policemen|forces|guards|snipers?|bandits|men|man|youths|suspects|someone|they|he|she)"
                      r"\b(?:\s+[\w'’-]+){0,6}?\s*$", re.IGNORECASE)


_TRADE_DEAL = re.compile(r"\b(?:avert\w*|trade|tariffs?|merger|on\s+pay|pay\s+deal|budget|negotiators)\b",
                         re.IGNORECASE)


def _dispute_told(text: str, d: _Draft) -> bool:
    """Whether the talks that ended in a deal settle a dispute the story told before them (a protest, a strike,
    fighting) or are between parties to a conflict, not a trade, pay or budget deal ("Talks between Airbus and unions
    ended with an agreement on pay, averting a strike")."""
    if _TRADE_DEAL.search(text, *d.sentence):
        return False
    return _CONFLICT_WORDS.search(text, max(0, d.sentence[0] - _STORY_BEFORE_CHARS), d.sentence[0]) is not None \
        or _PARTIES.search(text, *d.sentence) is not None


def _shooter_before(text: str, d: _Draft) -> bool:
    """Whether someone who can shoot comes just before "shot at" ("gunmen riding in two pickup trucks shot at a
    camp"), not a figure of speech ("Gachagua's best shot at re-election")."""
    return _SHOOTER.search(text, max(d.sentence[0], d.trigger_start - 60), d.trigger_start) is not None


def _not_armed_men(text: str, d: _Draft) -> bool:
    """Whether those who "rounded up" people are no armed group ("gunmen rounded up the men of a hamlet
    and executed eleven": part of a killing, not arrests), nor those "pushed back" ("the attackers, who came from
    several directions, were pushed back": a clause of a passive verb alone, its subject told before)."""
    if _armed_group(text, d):
        return False
    bare = _PASSIVE_ONLY.fullmatch(text, d.clause[0], d.trigger_start) is not None
    return not (bare and _ARMED_ACTORS.search(text, d.sentence[0], d.clause[0]))


_PASSIVE_ONLY = re.compile(r"\s*(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+(?:\w+\s+)?", re.IGNORECASE)


def _forces_targeted(text: str, d: _Draft) -> bool:
    """Whether what "came under fire" is armed ("a patrol came under fire"), not a procession, and is shot at,
    not criticised ("the police came under fire from MPs")."""
    return _TARGETED_FORCES.search(text, d.clause[0], d.trigger_start) is not None and (
        _SHOT_AT.search(text, *d.sentence) is not None or "sniper" in d.trigger_text.lower())


_OCCUPIERS = re.compile(r"\b(?:students|protesters|demonstrators|activists|strikers|workers|opposition supporters|"
                        r"lecturers|staff)\b", re.IGNORECASE)


_GRIEVANCE_NEAR = re.compile(r"\b(?:protest\w*|strike|shutdown|boycott|solidarity|mourning|killings?|abduct\w*|"
                             r"kidnap\w*|violence|attacks?|unrest|taken|took away|demand\w*)\b", re.IGNORECASE)


def _grievance_near(text: str, d: _Draft) -> bool:
    """Whether shuttered shops answer a grievance told in their sentence or the one before ("... took away 17
    students. In Shambu, traders kept their shutters down"), not a holiday or a storm."""
    return _GRIEVANCE_NEAR.search(text, max(0, d.sentence[0] - 300), d.sentence[1] + 200) is not None


def _occupiers(text: str, d: _Draft) -> bool:
    """Whether those who occupy a building protest: students, strikers, activists (not a new headmaster)."""
    return _OCCUPIERS.search(text, d.sentence[0], d.trigger_start) is not None


# who "were seized" when it is an abduction: people named just before, not their goods ("Drugs carried by the men
# were seized", "Passengers' passports were seized", "Students whose laptops were seized")
_SEIZED_PEOPLE = re.compile(r"(?<!by the )(?<!by )(?<!to )\b(?:women|men|girls|boys|children|people|villagers|farmers|"
                            r"students|pupils|passengers|traders|herders|fishermen|travell?ers|civilians|worshippers|"
                            r"staff|staff members|aid workers|workers|employees|engineers|nurses|doctors|teachers|"
                            r"journalists|priests|tourists|foreigners|drivers|truckers|motorists|shepherds|residents|"
                            r"miners|hunters|loggers)\b(?!['’])"
                            r"(?!(?: [\w-]+){0,3} whose\b)"
                            r"(?:(?!\bby\b)[^.;]){0,60}$", re.IGNORECASE)


def _people_seized(text: str, d: _Draft) -> bool:
    """Whether those who "were seized" are people, named at most 60 characters before (in the sentence: "Two
    passengers, both employees of a federal department, were taken away": an apposition between)."""
    if _SEIZED_FORCES.search(text, max(d.sentence[0], d.trigger_start - 60), d.trigger_start) is not None \
            and _BY_ARMED.match(text, d.trigger_start + len(d.trigger_text)) is not None:
        return True  # "three soldiers were seized by armed men at a checkpoint"
    return _SEIZED_PEOPLE.search(text, max(d.sentence[0], d.trigger_start - 90), d.trigger_start) is not None \
        and _not_police(text, d)


_SEIZED_FORCES = re.compile(r"\b(?:soldiers?|troops|policem[ae]n|police officers?|officers?|gendarmes?|guards?|"
                            r"servicem[ae]n|conscripts?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BY_ARMED = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?(?:group\s+of\s+)?(?:[\w-]+\s+)?(?:armed\s+men|gunmen|"
                       r"militants|rebels|insurgents|fighters|jihadists|bandits|kidnappers|gang\s+members|gangs?|"
                       r"militia(?:men)?|assailants|attackers|guerrillas)\b", re.IGNORECASE)


def _drones_before(text: str, d: _Draft) -> bool:
    """Whether drones are told earlier in the clause's sentence ("destroyed 19 of 27 drones ..., but one hit")."""
    return _DRONES_TOLD.search(text, d.sentence[0], d.trigger_start) is not None


_DRONES_TOLD = re.compile(r"\b(?:drones|quadcopters|UAVs|Shaheds)\b", re.IGNORECASE)


def _forces_before(text: str, d: _Draft) -> bool:
    """Whether the forces are who act ("Troops pushed separatists out of the town"), named before the words."""
    return _FORCES_IN_SIGHT.search(text, d.clause[0], d.trigger_start) is not None


def _forces_deployed(text: str, d: _Draft) -> bool:
    """Whether the personnel deployed are forces ("military personnel were deployed"), not election staff."""
    return _FORCES_IN_SIGHT.search(text, *d.sentence) is not None \
        or _FORCES_UNIT.search(text, *d.sentence) is not None  # ("a new FAMa post was installed in Koury")


_CROWD_SUBJECT = re.compile(r"\b(?:protesters|demonstrators|villagers|residents|growers|farmers|miners|workers|locals|"
                            r"youths|community members|crowds?|mobs?|blockaders|strikers|marchers)\s+"
                            r"(?:[\w,'’-]+\s+){0,6}?$", re.IGNORECASE)


# the arms someone carries, not a weapon used: "gunmen armed with rocket-propelled grenades and automatic rifles"
_ARMS_CARRIED = re.compile(r"\b(?:(?:armed|equipped)\s+with|wielding|carrying)\s+(?:an?\s+)?"
                           r"(?:(?!(?:threw|throw\w*|hurl\w*|lobb\w*|toss\w*|flung|fired|used|detonated|attacked|"
                           r"stormed|opened|launched|a|an|the)\b)[\w'’-]+,?\s+){0,5}?$", re.IGNORECASE)


_THROWN_AFTER = re.compile(r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed|tossed|flung|detonated|exploded)\b",
                           re.IGNORECASE)


def _not_arms_carried(text: str, d: _Draft) -> bool:
    """Whether the grenades of ``d`` were used, not only named among the arms someone carried (but "A man carrying a
    hand grenade hurled it at a police patrol": used)."""
    return _ARMS_CARRIED.search(text, max(d.clause[0], d.trigger_start - 80), d.trigger_start) is None \
        or _THROWN_AFTER.search(text, d.trigger_start, d.clause[1]) is not None


def _crowd_before(text: str, d: _Draft) -> bool:
    """Whether a crowd is who seized the forces ("growers in nearby Puerto Villarroel seized 14 officers")."""
    return _CROWD_SUBJECT.search(text, max(d.clause[0], d.trigger_start - 80), d.trigger_start) is not None


# the conditions of triggers (``_Trigger.check``)
_CHECKS: dict[str, Callable[[str, _Draft], bool]] = {
    "protest scene": _protest_scene, "protesters' barricades": _protesters_barricades, "blockers": _blockaders,
    "grievance": _grievance,
    "crowd's petition": _crowds_petition, "cordon": _cordon, "forces": _forces_deployed,
    "armed group takes a town": _takes_town, "taken by an armed side": _taken_by_armed,
    "not the police": _not_police, "armed group": _armed_group, "road before": _road_before,
    "no protest": _no_protest, "local office holder": _local_office_holder,
    "armed group before": _armed_group_before, "raiders before": _raiders_before,
    "violent context": _violent_context,
    "insecurity": _insecurity,
    "combat": _combat,
    "armed, no one hurt": _armed_unhurt,
    "fighters": _fighters, "armed sides": _armed_sides, "unrest in sight": _unrest_in_sight, "people": _people,
    "forces targeted": _forces_targeted, "not armed men": _not_armed_men, "conflict parties": _conflict_parties,
    "a conflict's deal": _conflicts_deal, "shooter before": _shooter_before,
    "not a fire": _not_a_fire, "not a jail": _not_a_jail, "forces before": _forces_before, "occupiers": _occupiers,
    "drones before": _drones_before, "crowd before": _crowd_before,
    "grievance near": _grievance_near, "people seized": _people_seized, "not arms carried": _not_arms_carried,
    "a dispute told": _dispute_told, "unrest before": _unrest_before, "gatherings banned": _gatherings_banned,
    "crowd charging": _blockaders, "fire at forces": _fire_at_forces,
}


# an office that speaks or orders is a teller, not a scene: "The prime minister's office in Baghdad ordered an inquiry"
_OFFICE_NAME = re.compile(r"\b(?:office|ministry|palace|presidency|headquarters|embassy|consulate)$", re.IGNORECASE)
_IN_PLACE_SAYS = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?" + _SAYS.pattern)


def _teller(text: str, r: ResolvedMention, reach: int) -> bool:
    """Whether mention ``r`` names where a teller is ("a security source in Tillabéri said", "The
    prefecture in Turin said", "the Ehime prefectural police said", "the mayor's office said"), within
    ``reach`` characters."""
    start, end = r.mention.start, r.mention.end
    told = _ATTRIBUTION.search(text, max(0, start - reach), start)
    if told is not None and _SPEAKS_AFTER.match(text, end) is None and (
            _ACTING_TELLER.match(told.group()) or _WHOSE_GROUP.search(text, max(0, told.start() - 40), told.start())):
        told = None  # "residents in Panzós held two engineers": who acted there, not a teller; "abducted a local
        # employee of an international aid group in Tarim": whose worker, not a teller
    return (told is not None
            or (_TELLER_BEFORE.search(text, max(0, start - 40), start) is not None
                and _SAYS.match(text, end) is not None)
            or _TELLER_AFTER.match(text, end) is not None
            or (_SAYS_NOW.match(text, end) is not None and _OPENS.search(text, max(0, start - 3), start) is not None)
            or (_OFFICE_NAME.search(r.mention.text) is not None and _IN_PLACE_SAYS.match(text, end) is not None)
            or (_HEAD_OF.search(text, max(0, start - 40), start) is not None and _SAYS.match(text, end) is not None)
            or (_RULER_OF.search(text, max(0, start - 40), start) is not None and _SPEAKS.match(text, end) is not None)
            or (_OPENING_IN.search(text, max(0, start - 5), start) is not None
                and _FRONT_TELLS.match(text, end) is not None))


_WHOSE_GROUP = re.compile(r"\b(?:of|for|with)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a sentence that opens with where its teller spoke: "In Minna, the state capital, the governor told reporters that
# security forces had been ordered to rescue the worshippers"
_OPENING_IN = re.compile(r"(?:\A|[\n.]\s*)In\s+$")
_FRONT_TELLS = re.compile(r"(?:,\s+(?:the\s+)?[\w'’ -]{0,40}?)?,\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?"
                          r"(?:told|telling)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference)\b|"
                          # a national office holder who speaks there: "In Jakarta, the security affairs minister
                          # urged residents ... and said extra police had been flown in"
                          r",\s+(?:the\s+|an?\s+)(?:(?!(?:provincial|regional|state|district|county|local|city|"
                          r"municipal|police|army|governor['’]s)\b)[\w'’-]+\s+){0,4}?(?:minister|president|premier|"
                          r"presidency|ministry)\s+(?:said|says|urged|warned|denied|insisted|appealed|called)\b")
# (not "In Khasavyurt, ..., the FSB security service said it had detained five men": there)


# who governs the place a teller speaks for, when speaking only ("The governor of Kédougou region said the curfew
# would run from 8 p.m."; not "The governor of the Hauts-Bassins region announced a night curfew": its scope)
_RULER_OF = re.compile(r"\b(?:governor|mayor|prefect|administrator)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SPEAKS = re.compile(_TELLER_GAP + r"(?:said|says|told)\b")


# tellers who may act as well: "residents in Panzós held two engineers" (not "residents in Goma said")
_ACTING_TELLER = re.compile(r"(?:residents?|witnesses|doctors?)\s+in\s+", re.IGNORECASE)
_SPEAKS_AFTER = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:\w+\s+)?(?:said|say|says|told|tell|reported|report|described|"
                           r"recounted|spoke|speaking|quoted|interviewed|contacted|reached)\b", re.IGNORECASE)


# who heads the place a teller speaks for: "the officer-in-charge of the local police station said"
_HEAD_OF = re.compile(r"\b(?:officer-in-charge|officer in charge|chief|head|commander|director|"
                      r"spokes(?:man|woman|person)|officials?|officers?|superintendent|warden|manager)\s+(?:of|at)\s+"
                      r"(?:the\s+)?(?:local\s+)?$",
                      re.IGNORECASE)


# a capital for its government, opening a sentence: "Baku said its troops had only returned fire"
_SAYS_NOW = re.compile(r"\s+(?:said|says|denied|denies|insisted|insists|accused|accuses|alleged)\b")  # (not
# "Kherson claimed the most victims")
_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n\s*)\Z")
_CONVERSION = re.compile(r"\(\d[\d.,]*\s*(?:miles|mi|km|kilomet(?:re|er)s)\)")


_OTHER_EVENT_WHERE = re.compile(r"\b(?:who|which)\s+(?:(?:[\w-]+\s+){1,2}(?:say|says|said|allege|alleged|claim|"
                                r"claimed)\s+)?(?:was|were|had\s+been)\s+(?:shot|killed|stabbed|murdered|beaten|"
                                r"abducted|kidnapped|arrested|detained|wounded|injured|hacked|lynched|picked\s+up|"
                                r"taken\s+away|seized|snatched)\b"
                                r"(?:\s+[\w-]+){0,4}?\s+(?:near|in|at|outside)\s+$",
                                re.IGNORECASE)  # ("to demand the release of a student who relatives say was picked up
# by security agents in Turbat last month")
_LINE_GOES_TO = re.compile(r"\b(?:that|which)\s+(?:carries|carried|runs|ran|leads|led|goes|went|links|linked|connects|"
                           r"connected)\b[^.;,]{0,50}?\b(?:to|with)\s+(?:the\s+)?(?:(?:port|city|town|capital|mines?)\s+"
                           r"(?:of\s+)?)?$", re.IGNORECASE)
# where what a protest is against was decided: "against environmental rules agreed in Brussels"
_DECIDED_IN = re.compile(r"\b(?:agreed|adopted|passed|decided|signed|approved|drawn\s+up|made)\s+in\s+$", re.IGNORECASE)


def _decided_there(text: str, d: _Draft, r: ResolvedMention) -> bool:
    """Whether mention ``r`` names where what a protest is against was decided ("protesting against environmental
    rules agreed in Brussels")."""
    return d.trigger.group == "protest" and r.mention.start > d.trigger_start \
        and _DECIDED_IN.search(text, max(0, r.mention.start - 20), r.mention.start) is not None \
        and _grievance_place(text, d.trigger_start, r.mention.start)


def _grievance_place(text: str, trigger_start: int, start: int) -> bool:
    """Whether a place at ``start`` is named in what a protest is against ("protested against attacks on their
    community in Aleppo"), not in a clause about the protest itself ("a protest against fuel taxes that has
    blocked the road in front of Parliament Hill")."""
    against = [m for m in _GRIEVANCE_AGAINST.finditer(text, trigger_start, start)]  # (the last: "... against a trade
    # agreement ..., which they say will flood the market ..., and against environmental rules agreed in Brussels")
    return bool(against) and not _RELATIVE.search(text, against[-1].end(), start)


def _in_appositive(text: str, start: int, place_ends: set[int]) -> bool:
    """Whether offset ``start`` lies in an appositive that describes a place named just before it
    (one ending at an offset of ``place_ends``; "clashes around Sake, a town some 25 km west of
    Goma": Sake is not a known place, so the appositive is all there is)."""
    comma = text.rfind(",", max(0, start - 80), start)
    if comma < 1 or any(c in _CONVERSION.sub("", text[comma:start]) for c in ".;:()"):  # ("about 60 km (37 miles)
        # northeast of the capital": the miles are no bracket of their own)
        return False
    return comma in place_ends and (_APPOSITIVE.match(text, comma + 1) is not None
                                    or _COMPASS_APPOSITIVE.match(text, comma + 1) is not None)


def _city_of(place: Place, ctx: GeoContext) -> Place | None:
    """A city, or the city a landmark stands in (as the article names it)."""
    if place.precision == "city":
        return place
    if ctx.focus_city and place.city == ctx.focus_city.name:
        return ctx.focus_city
    return next((r.place for r in ctx.mentions if r.place.precision == "city" and r.place.name == place.city), None)


def _split_by_places(drafts: list[_Draft], mentions: list[ResolvedMention], text: str) -> list[_Draft]:
    """"stormed the parliament, the city hall and the main square", "a curfew in Choloma and parts
    of San Pedro Sula": one draft per landmark, or per town of a list joined by "and"/"or"."""
    out = []
    for d in drafts:
        out.append(d)
        for kind, joiner in (("landmark", _LIST_JOINER), ("city", _TOWN_JOINER)):
            same = [r for r in mentions if (r.mention.kind == "landmark") == (kind == "landmark")
                    and (kind == "landmark" or r.place.precision in ("city", "region"))]
            chained = False
            for a, b in itertools.pairwise(same):
                chained = chained or (a.place == d.place and d.clause[0] <= a.mention.start < d.clause[1])
                if not (chained and joiner.fullmatch(text, a.mention.end, b.mention.start)) \
                        or (a.place.precision == "region") != (b.place.precision == "region") \
                        or _TOWN_AS_ADJECTIVE.match(text, b.mention.end) \
                        or _ROUTE_END.search(text, max(0, b.mention.start - 80), b.mention.start) \
                        or _BETWEEN_ENDS.search(text, max(0, a.mention.start - 12), a.mention.start):
                    # ("a blockade on the highway between Santa Cruz and Cochabamba": one road, not two towns)
                    chained = False  # (not "in Gwoza and Bama residents fled": Bama's people, a new clause)
                    continue
                if all(b.place != o.place for o in out if o.trigger_start == d.trigger_start):
                    out.append(replace(d, place=b.place))
        ordered = sorted(mentions, key=lambda r: r.mention.start)
        for a, b in itertools.pairwise(ordered):  # "struck the port of Hodeida and a power plant in the Yemeni
            # capital Sanaa": a thing in another town, the same strike's
            if d.place is not None and a.place.name in (d.place.name, d.place.city) \
                    and d.clause[0] <= a.mention.start < d.clause[1] and b.place.precision == "city" \
                    and b.mention.kind != "landmark" \
                    and b.place.name != (a.place.city or a.place.name) \
                    and _THING_IN_TOWN_JOINER.fullmatch(text, a.mention.end, b.mention.start) \
                    and not _TOWN_AS_ADJECTIVE.match(text, b.mention.end) \
                    and all(b.place != o.place for o in out if o.trigger_start == d.trigger_start):
                out.append(replace(d, place=b.place))
    return out


_THING_IN_TOWN_JOINER = re.compile(r"\s*,?\s+and\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){1,3}?"
                                   r"(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)


_ELIDED = re.compile(  # "... and three more in", ", and again in", " and " ("attacked Gwoza on Friday and Bama")
    rf"\s*,?\s*(?:and|as well as)\s+(?:again\s+|then\s+|later\s+|also\s+)?"
    rf"(?P<count>(?:another\s+)?(?:{_NUM})(?:\s+(?:more|others))?(?:\s+[a-z-]+){{0,2}}?\s+)?"
    rf"(?:(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:village|town|city) of\s+)?)?",
    re.IGNORECASE)


_REGION_WORD_AFTER = re.compile(r"\s+(?:province|region|state|district|county|department|governorate|prefecture|"
                                r"oblast)\b",
                                re.IGNORECASE)
# a town that opens a clause of its own people or things: "Bama residents", "Bama's main hospital"
_TOWN_AS_ADJECTIVE = re.compile(r"(?:['\u2019]s(?:\s+[\w-]+)?)?\s+(?:residents|villagers|people|officials|authorities|"
                                r"police|elders|leaders|traders|youths|families|locals|farmers|council|hospital|"
                                r"mortuary|morgue|governor|mayor)\b", re.IGNORECASE)
_PART_ENDS = re.compile(r"\s*(?:[,.;:!?)\u2013\u2014]|$|(?:in|near|outside|on|at|and|as|where|when|while|"
                        r"killing|leaving|wounding|injuring)\b)", re.IGNORECASE)  # after the second town
_JOINING_WORD = re.compile(r"\b(?:and|as well as)\b", re.IGNORECASE)


def _split_elided(drafts: list[_Draft], mentions: list[ResolvedMention], text: str,
                  sent: tuple[int, int]) -> list[_Draft]:
    """"Gunmen killed five farmers in Gwoza on Monday and three more in Bama on Wednesday", "clashed in Gwoza
    on Friday, and again in Bama on Sunday": one more event of the sentence's one kind at another town, told
    without its verb, is a draft of its own for its part of the sentence (its own day and deaths)."""
    if len({d.trigger_start for d in drafts}) != 1 or drafts[0].antecedent is not None:
        return drafts
    d = drafts[0]
    towns = [r for r in mentions if r.place.precision in ("city", "landmark") and sent[0] <= r.mention.start]
    times = timeline.find_times(text, *sent)
    for a, b in itertools.pairwise(towns):
        if a.place != d.place or b.place == d.place or any(o.place == b.place for o in drafts) \
                or not d.clause[0] <= a.mention.start < d.clause[1] or _TOWN_AS_ADJECTIVE.match(text, b.mention.end):
            continue
        if not (_PART_ENDS.match(text, b.mention.end, sent[1]) or _REGION_WORD_AFTER.match(text, b.mention.end)
                or any(0 <= t.start - b.mention.end <= 2 for t in times)) \
                or _BETWEEN_ENDS.search(text, max(0, a.mention.start - 12), a.mention.start):
            continue  # (not "attacked Gwoza on Monday and Bama remained calm": Bama's own clause; nor "the highway
            # between Montero and Cochabamba": one road)
        gap = list(text[a.mention.end:b.mention.start])
        for t in times:  # the first part's day may stand between: "in Gwoza on Monday and three more in Bama"
            if a.mention.end <= t.start and t.end <= b.mention.start:
                gap[t.start - a.mention.end:t.end - a.mention.end] = " " * (t.end - t.start)
        for r in mentions:  # and the region it is in: "near San Miguel, in La Mar province, and outside Cangallo"
            if a.mention.end <= r.mention.start and r.mention.end <= b.mention.start \
                    and r.place.precision in ("region", "country"):
                start = r.mention.start - 3 if text[r.mention.start - 3:r.mention.start] == "in " else r.mention.start
                end = r.mention.end + len(m.group()) if (m := _REGION_WORD_AFTER.match(text, r.mention.end)) \
                    else r.mention.end
                gap[start - a.mention.end:end - a.mention.end] = " " * (end - start)
        between = "".join(gap)
        joined = _ELIDED.fullmatch(re.sub(r"(?:\s*,)+", ",", re.sub(r"\s+", " ", between)))
        if joined is None:
            continue
        cut = a.mention.end + list(_JOINING_WORD.finditer(between))[-1].start()
        first = replace(d, clause=(d.clause[0], cut), part=(sent[0], cut))
        second = replace(d, place=b.place, clause=(cut, max(d.clause[1], b.mention.end)), part=(cut, sent[1]),
                         trigger_start=b.mention.start, told_with=first)
        return [first, second, *drafts[1:]]
    return drafts


_EACH = re.compile(rf"\b(?P<n>{_NUM})\s+(?:of them\s+)?(?:killed\s+)?in\s+each\s+(?:city|town|village|place|"
                   r"district|camp|province|region)\b", re.IGNORECASE)


def _each_place_deaths(text: str, sent: tuple[int, int], owner: _Draft, drafts: list[_Draft],
                       fatal: dict[tuple[int, int], _Deaths]) -> None:
    """"struck the port of Hodeida and a power plant in Sanaa, killing at least six people, three in each city": the
    count of each place to each of the events the sentence was split into."""
    each = _EACH.search(text, *sent)
    if each is None:
        return
    copies = [o for o in drafts if o is not owner and o.trigger_start == owner.trigger_start
              and o.trigger_text == owner.trigger_text and o.place != owner.place]
    n = _number(each.group("n"))
    if n is None or not copies or n > MAX_FATALITIES:
        return
    for k, d in enumerate([owner, *copies]):
        key = (sent[0], sent[1] + 1 + k)  # a count of its own for each place of the sentence
        fatal[key] = _Deaths(n, [each.group()], each.start() - sent[0], [(n, "people")])
        d.deaths_from = key


def _clause_deaths(text: str, sent: tuple[int, int], drafts: list[_Draft], whole: _Deaths,
                   fatal: dict[tuple[int, int], _Deaths]) -> bool:
    """Deaths of each killing a sentence tells in clauses of their own, at places of their own ("two brothers were
    shot dead late on Sunday in Kafr Qasim, and a 31-year-old man was killed in Umm al-Fahm on Monday night"): each
    clause's count to its killing, when the counts add up to the sentence's. Whether it did so."""
    killings = [d for d in drafts if d.trigger.group == "fatal" and d.antecedent is None and d.part is None]
    if len(killings) < 2 or len({d.clause for d in killings}) < len(killings) \
            or len({d.place for d in killings}) < len(killings) or any(d.place is None for d in killings):
        return False
    counts = [c for d in killings if (c := _fatalities(text[d.clause[0]:d.clause[1]])) is not None]
    if len(counts) < len(killings) or sum(c.count for c in counts) != whole.count:
        return False
    for k, (d, c) in enumerate(zip(killings, counts, strict=True)):
        key = (sent[0], sent[1] + 1 + k)  # a count of its own for each killing of the sentence
        fatal[key] = c
        d.deaths_from = key
    return True


def _part_deaths(text: str, drafts: list[_Draft], fatal: dict[tuple[int, int], _Deaths]) -> None:
    """Deaths of each part of a split sentence: its own count ("killed five farmers in Gwoza"), or for the
    part told without its verb ("and three more in Bama"), the count it opens with when the first part's
    were deaths."""
    first = _fatalities(text[drafts[0].part[0]:drafts[0].part[1]]) if drafts[0].part else None
    for d in drafts:
        if d.part is None:
            continue
        deaths = _fatalities(text[d.part[0]:d.part[1]])
        joined = _ELIDED.match(text, d.part[0]) if d is not drafts[0] else None
        if deaths is None and first is not None and joined is not None and joined.group("count"):
            n = _number(re.search(_NUM, joined.group("count"), re.IGNORECASE).group())  # type: ignore[union-attr]
            if n is not None and n <= MAX_FATALITIES:
                deaths = _Deaths(n, [joined.group("count").strip()], joined.start("count") - d.part[0],
                                 [(n, "people")])
        if deaths is not None:
            fatal[d.part] = deaths
            d.deaths_from = d.part


# the days that led up to an event: "deployed troops ... on Thursday after two days of clashes"
_DAYS_OF = re.compile(rf"\b(?:after|following)\s+(?P<n>{_NUM})\s+(?:days|nights)\s+of\s+(?:[\w-]+\s+){{0,2}}?$",
                      re.IGNORECASE)


def _clock_on_told_day(text: str, sent: tuple[int, int], sent_drafts: list[_Draft], drafts: list[_Draft]) -> None:
    """A measure told again with only its hours ("Police imposed a night-time curfew in Tual on Monday ... The curfew,
    from 10 pm to 5 am, applies to Tual and Langgur"): those hours on the day it was told to be imposed, not on the
    day the story last told."""
    measures = [d for d in sent_drafts if d.trigger.group == "strategic" and d.time is not None
                and d.time.precision in ("minute", "hour")
                and _BARE_THE.search(text, max(sent[0], d.trigger_start - 5), d.trigger_start)]
    if not measures or any(timeline.names_day(t) and not t.is_report for t in timeline.find_times(text, *sent)):
        return
    for d in measures:
        if d.time is None:
            continue  # (known: told for the type checker)
        word = d.trigger_text.lower()[:5]
        told = next((o for o in reversed(drafts) if o.trigger.group == "strategic"
                     and o.trigger_text.lower()[:5] == word and o.time is not None and o.time.precision == "day"
                     and not o.storied and o.antecedent is None), None)
        if told is not None and told.time is not None and d.time.start.date() != told.time.start.date() \
                and d.time.start != told.time.end:  # (not "... on Wednesday. The curfew will take effect at
            # midnight": the night that ends that day)
            shift = timedelta(days=(told.time.start.date() - d.time.start.date()).days)
            d.time = replace(d.time, start=d.time.start + shift, end=d.time.end + shift)


_BARE_THE = re.compile(r"\b(?:the|The)\s+$")


def _days_before(text: str, drafts: list[_Draft]) -> None:
    """Date each event told as the days that led up to another of another kind in the sentence ("deployed troops ...
    on Thursday after two days of clashes": the clashes were on Tuesday and Wednesday), when it took that event's
    day."""
    for d in drafts:
        m = _DAYS_OF.search(text, max(d.sentence[0], d.trigger_start - 40), d.trigger_start)
        main = next((o for o in drafts if o is not d and o.time is not None and o.trigger_start < d.trigger_start
                     and d.time is not None and (o.time.start, o.time.end) == (d.time.start, d.time.end)
                     and o.trigger.event_type != d.trigger.event_type), None)  # (not "overran
        # the garrison on Friday after two days of fighting": one battle)
        n = _number(m.group("n").lower()) if m is not None else None
        if main is None or main.time is None or n is None or not 1 <= n <= 14:
            continue  # (main.time is known: told for the type checker)
        day = main.time.start
        d.time = TimeSpan(day - timedelta(days=n), day, "day" if n <= 2 else "week")


_LIFTED_WHEN = re.compile(r",?\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:lifted|ended|called\s+off|"
                          r"rescinded|revoked)\s+(?:on\s+|at\s+|in\s+the\s+)?$", re.IGNORECASE)
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:violence|unrest|clashes|attacks?|riots?|rioting|protests?|"
                               r"fighting|shooting|raids?|blast|explosion|bombing|march|rally|storming|assault)\b",
                               re.IGNORECASE)
_WHO_DIED_ON = re.compile(r"\bwho\s+(?:had\s+)?(?:died|was\s+killed|was\s+shot\s+dead)\s+(?:[^,.;]{0,30}?\s+)?$",
                          re.IGNORECASE)


# a measure's nightly hours ("a curfew from 6pm to 6am", "a 6pm-to-6am sea curfew") and when it took effect
_HOURS_SPAN = re.compile(r"(?:from\s+|between\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|hours|h)?\s*"
                         r"(?:-to-|-|to|until|till|and)\s*"
                         r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|hours|h)?", re.IGNORECASE)
_EFFECT_AFTER = re.compile(r"\b(?:took|takes|came|comes|went|goes)\s+(?:into\s+)?(?:effect|force)\b|"
                           r"\bin\s+force\b[^.;,]{0,40}?\bsince\b|\beffective\s+(?:from|since)\b", re.IGNORECASE)

_EFFECT_FIRST = re.compile(r"\s*(?:with\s+effect|effective)\s+(?:from\s+)?", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"[^;,]{0,40}?(?=\bsince\b)", re.IGNORECASE)  # (up to it; "a.m." has dots)


_GMT_ASIDE_AFTER = re.compile(r"\s*\([^()]{0,20}?\b(?:GMT|UTC)\b[^()]{0,25}\)")


def _past_aside(text: str, clause: tuple[int, int], clauses: list[tuple[int, int]]) -> int:
    """Where a clause ends, read past a clock's GMT restatement that cut it ("The blast went off at about 7:20 a.m.
    (0020 GMT) in Rueso district": the town is the clause's)."""
    aside = _GMT_ASIDE_AFTER.match(text, clause[1])
    if aside is None or text[aside.end():aside.end() + 1] in (",", ";", ".", ":"):
        return clause[1]  # (not "at about 3 a.m. (0100 GMT), and about two hours later a second drone struck")
    return next((c[1] for c in clauses if c[0] >= aside.end()), clause[1])


_TALKS_IN = re.compile(r"\b(?:talks|summit|meeting|negotiations|mediation)\s+(?:held\s+)?in\s+$", re.IGNORECASE)


def _measure_effect(text: str, sent: tuple[int, int], drafts: list[_Draft], published: date, default_tz: str) -> None:
    """"a curfew from 6pm to 6am took effect in Ialibu town at 6pm yesterday", "a 6pm-to-6am sea curfew ... took
    effect at 6pm on Monday", "a curfew from 8 p.m. to 5 a.m. had been in force in the town since Wednesday evening":
    a measure named with its nightly hours begins when it took effect (its hours on that day), not on the day the
    hours' clock would give."""
    measures = [d for d in drafts if d.trigger.group == "strategic" and d.trigger.sub_event_type == "Other"]
    if not measures:
        return
    times = [t for t in timeline.find_times(text, *sent) if not t.is_report and not t.is_equivalent]
    opening = _EFFECT_FIRST.match(text, sent[0])
    first = next((t for t in times if opening is not None and t.start == opening.end() and t.kind == "clock"), None)
    if first is not None:  # "With effect from 21 January 2026 at 18.00 hrs, movement is prohibited between 18.00
        # and 06.00 hrs": from then
        owner = min(measures, key=lambda d: d.trigger_start)
        span = timeline.resolve_time(first, published, _tz(owner.place) or default_tz, None)
        if span is not None:
            for d in measures:
                d.time = span
        return
    hours = next((t for t in times if t.kind == "clock" and _HOURS_SPAN.match(text, t.start)
                  and any(0 <= t.start - d.trigger_start - len(d.trigger_text) <= 40
                          or 0 <= d.trigger_start - t.end <= 25 for d in measures)), None)
    effect = (_EFFECT_AFTER.search(text, hours.end, sent[1]) or _SINCE_AFTER.match(text, hours.end, sent[1])) \
        if hours is not None else None  # ("has enforced a curfew from 6pm to 6am since Tuesday")
    when = next((t for t in times if effect is not None
                 and t.start >= (effect.end() if effect.re is _SINCE_AFTER else effect.start())
                 and t.kind in ("clock", "weekday", "date", "day_ref", "recent", "part_of_day")), None)
    if hours is None or when is None:
        return
    owner = min(measures, key=lambda d: abs(d.trigger_start - hours.start))
    tz = _tz(owner.place) or default_tz
    span = timeline.resolve_time(when, published, tz, None)
    if span is None:
        return
    if span.precision not in ("minute", "hour"):  # ("since Wednesday evening": its hours that evening)
        start = _hours_from(hours, span, published, tz, timeline.day_span(span.start.date(), tz), timedelta(hours=12))
        if start is None:
            return
        span = start
    owner.time = span


def _hours_from(hours: timeline.TimeExpression, took: TimeSpan, published: date, tz: str, anchor: TimeSpan,
                slack: timedelta) -> TimeSpan | None:
    """A measure's hours ("from 6pm to 6am") begun on the day it took effect (``took``, read from ``anchor``), or
    None when they begin outside that day (and ``slack`` past its end)."""
    start = timeline.resolve_time(hours, published, tz, anchor)
    return start if start is not None and took.start <= start.start < took.end + slack else None


def _assign_times(text: str, sent: tuple[int, int], clauses: list[tuple[int, int]], drafts: list[_Draft],
                  published: date, default_tz: str, previous: TimeSpan | None) -> TimeSpan | None:
    """Give each draft its time; returns the last event time, the reference for "later"."""
    # "The shooting came hours after police moved in on Thursday at 2 p.m.": the times are the other event's
    # ("hours after" tells only how the two lie apart), and the shooting told before takes none
    # (when the other event has a day or clock of its own: "The raid came two days after fighters had overrun the
    # town" dates the overrun by the raid)
    found = timeline.find_times(text, *sent)
    comparing = [m.end() for d in drafts if d.compared
                 and (m := _CAME_AFTER.match(text, d.trigger_start + len(d.trigger_text))) is not None
                 and any(t.kind in ("weekday", "date", "clock") and not t.is_report and t.start >= m.end()
                         for t in found)
                 and any(not o.compared and o.trigger_start >= m.end() for o in drafts)]  # (told as an event too)
    drafts_all, drafts = drafts, [d for d in drafts if not (d.compared and comparing)]
    first_repeat = len(drafts)
    said_ends = {t.end for t in found if t.is_report}
    times = [t for t in found
             if not t.is_report and not _UNTIL.search(text, max(sent[0], t.start - 8), t.start)
             # ("officials said Friday, a day after a shutdown ...": the report's day set beside another event)
             and not (t.kind == "relative" and any(text[e:t.start] in (", ", ",") for e in said_ends))
             and not (t.kind == "relative" and any(t.end <= end and t.end + 8 >= end for end in comparing))
             and not (t.kind == "relative" and _GAP_TOLD.search(text, max(sent[0], t.start - 25), t.start)
                      and any((x.anchor or x).kind in ("weekday", "date") and x.start >= t.end for x in found))
             and not (_POSSESSIVE_DAY.search(t.text) and not _EVE.match(t.text)  # "Sunday's election": the day of
                      # something else ("On the eve of Friday's rally": the day before, this sentence's),
                      and not any(0 <= d.trigger_start - t.end <= 25 and d.antecedent is None  # "Thursday's
                                  for d in drafts))  # attack": of one told before
             and not _UNTIL.match(t.text)  # "until 06:00 on Wednesday" ends something
             and not (_UNTIL_CLAUSE.search(text, max(sent[0], t.start - 60), t.start)  # "from about 9pm until
                      and t.part in ("early hours", "dawn")  # police arrived in the early hours of Tuesday": the
                      and any(o.kind == "clock" and o.end <= t.start for o in found))  # end, after a night
             and not _PLANNED_FOR.search(text, max(sent[0], t.start - 30), t.start)  # "a march called for Saturday"
             and not _TO_COME.search(text, max(sent[0], t.start - 60), t.start)  # "are due to appear in court on
             # Monday"
             and not (t.text.lower().startswith("by ")  # "agreed to pay half by Friday": a deadline
                      and _DEADLINE.search(text, max(sent[0], t.start - 80), t.start))
             and not _GMT_ASIDE.search(text, max(sent[0], t.start - 25), t.start)  # "(2240 GMT Saturday)"
             and not _posted_at(text, t, sent)  # "Update 8:05 p.m.: ...", "(3:30 pm) A port official says ...":
             # when a live blog was updated, not when it happened
             and not (t.kind == "date" and _DATE_NAMES_EVENT.match(text, t.end))  # "winner of the October 12
             # election": the day of another event, named
             and not _in_dateline(text, t.start)  # "MANTA, Ecuador, March 14 (Reuters) -
             # ... before dawn on Thursday": the day the body names, not the filing day (which stands alone)
             and not ((who := _WHO_DIED_ON.search(text, max(sent[0], t.start - 60), t.start)) is not None
                      and not any(who.start() <= d.trigger_start < t.start for d in drafts))  # ("marched ... after
             # the funeral of the vendor, who died on Saturday night": the day of a death no event here tells)
             and not _LIFTED_WHEN.search(text, max(sent[0], t.start - 40), t.start)  # ("imposed a curfew on the
             # town from 6:00 pm, which was lifted on Tuesday morning": when it ended)
             and not _STILL_IN_FORCE.search(text, max(sent[0], t.start - 60), t.start)]  # "imposed a curfew, which
    # remained in force this morning": when it still held, not when it was imposed
    # days named first ("at dawn on Sunday": Sunday, then its dawn), relative ones last ("A day
    # earlier, on Monday": the day named wins); "by noon" after the rest (a deadline, when it was done by)
    named_day = any(timeline.names_day(t) for t in times)
    if not times:  # "troops exchanged fire near the village until late on Tuesday night": on that day, at least
        ended = next((t for t in found if not t.is_report and t.kind in ("weekday", "date", "day_ref")
                      and (_UNTIL.search(text, max(sent[0], t.start - 8), t.start) or _UNTIL.match(t.text))), None)
        span = timeline.resolve_time(ended, published, default_tz, None) if ended is not None else None
        for d in drafts if span is not None else []:
            if d.time is None and d.antecedent is None and d.trigger.group in _VIOLENT_GROUPS:
                d.time = timeline.day_span(span.start.date(), _tz(d.place) or default_tz)
    times.sort(key=lambda t: (t.text.lower().startswith("by "),
                              0 if t.kind == "relative" and not named_day and _DAYS_LATER.search(t.text)
                              else _TIME_ORDER.get(t.kind, 1), t.start))
    before_sentence = previous  # a day named in another clause of this sentence is not a clock time's day
    for t in found:  # "... were injured in Wednesday's violence, ..., adding that the crowd had set fire to two police
        # cars at about 4 p.m.": the day of the event told again, and of the sentence's clocks
        retold = [d for d in drafts if 0 <= d.trigger_start - t.end <= 25 and d.antecedent is not None]
        if t.kind in ("weekday", "date") and _POSSESSIVE_DAY.search(t.text) and not _EVE.match(t.text) \
                and (retold or _EVENT_NOUN_AFTER.match(text, t.end)):
            span = timeline.resolve_time(t, published, (_tz(retold[0].place) if retold else None) or default_tz, None)
            before_sentence = span or before_sentence
            for d in retold if span is not None else []:
                if d.time is None and d.antecedent is not None and d.antecedent.storied:
                    d.time = span  # "Jihadist fighters have attacked a convoy ... The army said five soldiers were
                    # killed in Monday's attack": the day of the attack told with the story's day only
    has_local = any(t.kind == "clock" and not t.is_equivalent for t in times)
    joined: set[int] = set()  # the second day of "between Sunday night and Monday"
    named_here: TimeSpan | None = None  # the last weekday or date of this sentence given to an event
    told_here = False  # whether a time of this sentence (not a deadline, "by Wednesday morning") set the story's time
    for t in times:
        if (t.is_equivalent and has_local) or id(t) in joined:
            continue
        if _anchored(text, t, times, drafts, published, default_tz, previous):
            continue
        in_clause = [d for d in drafts if d.clause[0] <= t.start < d.clause[1] and d.repeat_of is None
                     and not _caused_before(text, t, d)]
        if _POSSESSIVE_DAY.search(t.text) and not _EVE.match(t.text):  # "arrested in raids this morning in connection
            # with Wednesday's shooting": the day of the shooting only
            in_clause = [d for d in in_clause if 0 <= d.trigger_start - t.end <= 25] or in_clause
        if _STARTED_WHEN.search(text, max(sent[0], t.start - 30), t.start):  # "declared a curfew ... after a tribal
            # fight that started on Sunday claimed five lives": the fight's day, not the curfew's
            in_clause = [d for d in in_clause if d.trigger_start < t.start][-1:] or in_clause
        owner = in_clause[0] if in_clause else None
        days = [x for x in times if (x.kind in ("weekday", "date", "recent")
                                     or (x.kind == "relative" and x.shift > 0 and x.unit == "day")) and in_clause
                and (in_clause[0].clause[0] <= x.start < in_clause[0].clause[1]
                     or (x.end <= in_clause[0].clause[0] and not any(d.trigger_start < x.end for d in drafts)))]
        # (and the day that opens the sentence: "On Saturday, a man ... was shot ... and died the next day")
        # two days and two events between them in one clause: each its own ("Relatives of workers abducted earlier
        # this week blocked the highway on Thursday")
        own_day = t in days and len(days) > 1 and any(
            min(x.end for x in days) <= d.trigger_start < max(x.start for x in days) for d in in_clause)
        if own_day:
            owner = next((d for d in reversed(in_clause) if d.trigger_start < t.start and d.time is None), owner)
        since = _SINCE_IT_BEGAN.search(text, in_clause[0].trigger_start, t.start) if len(in_clause) > 1 else None
        if since is not None and any(d.trigger_start >= since.end() for d in in_clause if d.trigger_start < t.start):
            own_day = True  # "killing two young men in the deadliest night since protests began on Saturday": the
            owner = next(d for d in in_clause if since.end() <= d.trigger_start < t.start)  # protests' day only
        own = next((c for c in clauses if c[0] <= t.start < c[1]), None)
        if owner is None and own is not None and all(d.clause[1] <= own[0] for d in drafts) \
                and (_NEW_CLAUSE.match(text, own[0]) or text[sent[0]:own[0]].rstrip().endswith(";")):
            continue  # "..., and ships were unloaded again on Wednesday": the day of another happening
        if t.repeat:
            base = owner or next((d for d in drafts if d.time is not None and d.repeat_of is None), None)
            if base is None or base.time is None:
                continue
            span = timeline.resolve_time(t, published, _tz(base.place) or default_tz, base.time)
            if span is not None:
                drafts.append(replace(base, time=span, repeat_of=base, trigger_text=f"{base.trigger_text} (again)",
                                      trigger_start=t.start))
                previous = span
            continue
        if owner is None and t.kind in ("clock", "part_of_day"):
            owner = _clock_owner(t, drafts)
        narrows = owner is not None and owner.time is not None and owner.time.precision == "day" \
            and t.kind in ("clock", "part_of_day") \
            and not t.text.lower().startswith("by ")  # "At dawn on Saturday": the dawn of the clause's day ("by
        # noon" is no narrower time of an overnight attack: things were done by then)
        if owner is None or (owner.time is not None and not narrows):
            owner = next((d for d in drafts if d.time is None and d.repeat_of is None
                          and not _caused_before(text, t, d)
                          and not (owner is None and not in_clause and t.kind in ("weekday", "date")
                                   and t.start >= d.clause[1]
                                   and any(x is not t and d.clause[0] <= x.start < d.clause[1] and x.kind == "clock"
                                           and x.anchor is not None and x.anchor.kind == "relative"
                                           for x in times))),
                         owner)  # (not "imposed a curfew ... from 5 pm the same day, and armed police patrolled the
            # deserted streets on Wednesday": the curfew's clause has a day of its own)
        # "marched through Lisbon on Saturday, setting off from Martim Moniz at 3pm" (not "..., and a nurse said
        # 12 wounded had been brought in by noon")
        if owner is None and t.kind == "clock" and not t.text.lower().startswith("by "):
            dated = [d for d in drafts if d.time is not None and d.time.precision == "day"
                     and d.repeat_of is None and (d.clause[1] <= t.start or len(drafts) == 1)]
            owner = dated[0] if len(dated) == 1 else None
        if owner is None:
            continue
        # "The assault began at 2 p.m.": a clock time of an event told before is on that event's day
        told = owner.antecedent.time if owner.antecedent is not None and t.kind in ("clock", "part_of_day") else None
        # "..., and by noon several hundred had gathered": a day named earlier in the sentence goes on
        goes_on = _GOES_ON.match(text, next((c[0] for c in clauses if c[0] <= t.start < c[1]), t.start))
        # "three youths were detained the same evening, while police arrested two men on Monday": the evening of
        # the event told before, not of the day another clause names later
        later_day = t.kind == "relative" \
            and not any(x.kind in ("weekday", "date") and x.end <= t.start for x in times) \
            and any(x.kind in ("weekday", "date") and x.start >= t.end and not (own and own[0] <= x.start < own[1])
                    for x in times)
        reference = owner.time or told or (previous if (t.kind == "relative" and not later_day) or goes_on
                                           else before_sentence)
        if t.kind == "relative" and _SAME_DAY_AS.match(text, t.end) and owner.antecedent is not None \
                and owner.antecedent.time is not None:
            reference = owner.antecedent.time  # "On the same day as the base attack": that attack's day
        after_told = next((o.antecedent for o in drafts_all if o.antecedent is not None and o.antecedent.time
                           is not None and _THE_ONE.fullmatch(text, t.end, o.trigger_start)), None) \
            if t.kind == "relative" and t.text.lower().endswith(("after", "before")) and owner.antecedent is None \
            else None
        if after_told is not None:
            reference = after_told.time  # "arrested a man in Caloto hours after the bombing": the bombing's day (the
            # bombing told first, not the drone strike told since)
        if t.kind in ("day_ref", "part_of_day") and named_here is not None and owner.time is None and told is None:
            reference = named_here  # "On Tuesday, a crowd freed two protesters who had been arrested earlier that
            # day": the day named in the sentence (and "were detained at Dorohusk on Wednesday ..., after protesters
            # stopped three Ukrainian lorries late in the evening": that Wednesday's evening)
        said_on = next((x for x in timeline.find_times(text, *sent) if x.is_report and x.kind in ("weekday", "date")),
                       None) if t.kind == "relative" and t.shift <= 0 and owner.time is None and told is None else None
        if said_on is not None:  # "Police said on Sunday that gunmen had killed four people the previous night"
            reference = timeline.resolve_time(said_on, published, default_tz, None)
        announced = next((x for x in found if x.is_report and x.end <= t.start
                          and x.kind in ("weekday", "date")), None) \
            if t.kind == "clock" and t.anchor is None and owner.trigger.group == "strategic" and owner.time is None \
            and told is None else None
        if announced is not None:  # "The government announced on Wednesday night a 14-day ban on public gatherings
            # ..., effective from midnight": the midnight after the announcement
            reference = timeline.resolve_time(announced, published, _tz(owner.place) or default_tz, None) or reference
        if t.kind == "overnight":
            reference = None  # in news, "overnight" is the night before the report
            if previous is not None and previous.start.date() < published \
                    and _PAST_PERFECT.search(text, max(sent[0], t.start - 40), t.start) \
                    and not _REPORTED.search(text, sent[0], t.start):  # (not "Police said 23 people had been
                # arrested overnight": the night before the report)
                span = timeline.resolve_time(t, previous.start.date(), _tz(owner.place) or default_tz, None)
                reference = span  # ("... shelled Dhale on Tuesday. Fighting had raged overnight": the night
                # before the day told, Monday into Tuesday)
        span = timeline.resolve_time(t, published, _tz(owner.place) or default_tz, reference) \
            if t.kind != "overnight" or reference is None else reference
        if told is not None and span is not None and t.kind == "clock" and told.end - told.start >= timedelta(days=1) \
                and span.start >= told.end:  # "Gunmen attacked Kwaga on Friday ... The attack began shortly after
            span = replace(span, start=span.start - timedelta(days=1), end=span.end - timedelta(days=1))  # midnight":
            # that Friday's first hour, the event told (not the night after it)
        until = next((x for x in times if re.fullmatch(r"\s+and\s+", text[t.end:x.start])), None) \
            if _BETWEEN.search(text, max(sent[0], t.start - 9), t.start) else None
        if span is not None and until is not None:  # "between Sunday night and the early hours of Monday": both
            joined.add(id(until))
            last = timeline.resolve_time(until, published, _tz(owner.place) or default_tz, span)
            if last is not None and span.start < last.end:
                span = replace(span, end=last.end, text=text[t.start:until.end], end_offset=until.end,
                               precision="day" if last.end - span.start <= timedelta(days=2) else "week")
        future = span is not None and t.kind in ("weekday", "clock") and _future_time(text, sent, owner, t)
        if future and span.start.date() < published:  # ("The emergency takes effect at 00:00 on Sunday and includes
            # a night-time curfew")
            span = replace(span, start=span.start + timedelta(days=7), end=span.end + timedelta(days=7))
        elif future and t.kind == "clock" and t.anchor is None and span.start.date() == published \
                and span.start.hour == span.start.minute == 0 and _MIDNIGHT.search(t.text):
            # "The curfew will take effect at midnight": the one to come
            span = replace(span, start=span.start + timedelta(days=1), end=span.end + timedelta(days=1))
        if span is not None and span.precision == "month" and owner not in in_clause \
                and (published - span.end.date()).days <= MAX_AGE_DAYS:
            continue  # "the heaviest fighting this year": a recent month says nothing of another clause's event
        if span is not None and (owner.time is None or _narrower(span, owner.time)):
            # "arrested on Friday a journalist who reported Thursday's attack": the arrest's day, not the attack's
            mates = [d for d in drafts if d.clause == owner.clause and d.time is None and d.antecedent is None
                     and d.repeat_of is None] if not in_clause and owner.time is None and not any(
                x is not t and owner.clause[0] <= x.start < owner.clause[1] for x in times) else []
            # ("About three hours later, soldiers caught up with the raiders, and three were killed in the exchange
            # of fire": every event of the clause the time opens)
            fresh = [d for d in in_clause if d.antecedent is None]
            fresh += [d for d in in_clause if fresh and d.antecedent is not None and d.time is None
                      and d.antecedent.storied and d.trigger_start < t.start
                      and not _SUBORDINATOR.search(text, d.trigger_start, t.start)
                      and not _BROUGHT_ABOUT.search(text, d.trigger_start, t.start)]  # ("... said on Wednesday. The
            # bomb exploded late on Monday, killing two soldiers and wounding three": the killing's day, and the
            # bomb's, which tells when the one told was; not "The hartal was called after a student was killed on
            # Monday night")
            for d in [owner] if own_day else fresh or in_clause or mates or [owner]:
                if d is not owner and d.time is not None and not _narrower(span, d.time) \
                        and (t.kind == "day_ref" or span.precision in ("week", "month")):
                    continue  # (a day named for it stays: "On Tuesday, a crowd stoned ... earlier that day"; "On
                    # Tuesday afternoon, students held a sit-in to demand the release of classmates arrested last
                    # month")
                d.time = span
                d.sequel = d.sequel or (_later_on(t) and not text[sent[0]:t.start].strip())
                if d is not owner and t.end <= d.trigger_start \
                        and _CAUSE_WORD.search(text, t.end, d.trigger_start) is not None:
                    d.storied = True  # "deployed soldiers on Tuesday after rival gangs fought": the day of the
                    # deployment, for want of the fight's own (a later telling, "The fight broke out late Sunday",
                    # dates it)
                    if span.precision in ("minute", "hour") and (  # ("imposed Section 144 ... from 2:00pm
                            _FROM_BEFORE.search(text, max(sent[0], t.start - 8), t.start) is not None  # yesterday
                            or t.text.lower().startswith(("from", "since"))):
                        local = span.start.astimezone(ZoneInfo(_tz(d.place) or default_tz))
                        d.time = timeline.day_span(local.date() - timedelta(days=1) if local.hour == local.minute == 0
                                                   else local.date(), _tz(d.place) or default_tz)  # after a clash":
                        # the clash was earlier that day, not at the measure's hour; the day before, for a measure
                        # from midnight)
            if t.kind in ("weekday", "date"):
                named_here = span
            deadline = t.text.lower().startswith("by ")
            if span.precision != "month" and not (t.kind == "recent" and named_here is not None
                                                  and named_here.precision == "day") \
                    and not (deadline and told_here):
                previous = span  # ("in May", "this year": background, not the story's day; nor is "since Monday"
                # after "on Wednesday"; nor "... set fire to the building late on Tuesday, and police said 23 people
                # had been detained by Wednesday morning": the story's time is still Tuesday night)
                told_here = told_here or not deadline
    _later_in_sentence(text, times, drafts, published, default_tz)
    drafts_all.extend(drafts[first_repeat:])  # the repeats ("again on Tuesday") go to the sentence's drafts
    timed = [d for d in drafts if d.time is not None and not d.anchored and d.repeat_of is None]
    for d in drafts:
        if d.time is not None or d.repeat_of is not None or d.antecedent is not None:
            continue
        before = [o for o in timed if o.clause[1] <= d.clause[0]]
        if before and _WHEN.match(text, d.clause[0]):  # "began at 09:00, when officers started ...": that time
            d.time = max(before, key=lambda o: o.clause[1]).time
        elif timed and not d.definite and (measure := timed[0].time) is not None \
                and timed[0].trigger.group == "strategic" \
                and timed[0].trigger_start < d.trigger_start and measure.precision in ("minute", "hour") \
                and (cause := _CAUSE_OPENS.search(text, timed[0].trigger_start, d.trigger_start)) is not None \
                and not _NEW_CLAUSE_AND.search(text, cause.end(), d.trigger_start):
            # "declared a state of emergency ... from midnight ... after striking miners stormed a local government
            # building": what led to the measure, on its day at most (a later telling, "Wednesday's violence", dates it)
            day = timeline.day_span(measure.start.date(), _tz(d.place) or default_tz)
            d.time = replace(day, end=measure.start) if measure.start > day.start else timeline.day_span(
                measure.start.date() - timedelta(days=1), _tz(d.place) or default_tz)  # (before it: the day before
            # a measure from midnight)
        elif timed and not d.definite and not (
                d.trigger.group == "strategic" and timed[0].trigger_start > d.trigger_start
                and _STARTED_ON.match(text, timed[0].trigger_start + len(timed[0].trigger_text))):
            d.time = timed[0].time  # "..., in some of the heaviest fighting": the sentence's event's time (not
            # "declared a curfew ... after a tribal fight that started on Sunday": the fight's day only)
            if d.time.start.date() > published and timed[0].clause[1] <= d.clause[0] \
                    and _TENSED.search(text, *d.clause):  # (a time to come is not that of "..., and mobile
                d.time = timeline.day_span(published, _tz(d.place) or default_tz)  # internet services have been
                # suspended")
    return previous


# "armed men attacked the outskirts of Bria and fought for several hours with soldiers": a battle
_AND_FOUGHT_FORCES = re.compile(r"\band\s+(?:then\s+)?(?:fought|clashed|exchanged\s+fire)\s+(?:[\w-]+\s+){0,4}?with\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:soldiers|troops|police|peacekeepers|forces|army|gendarmes)\b",
                                re.IGNORECASE)
_UNIT_TOLD = re.compile(r"\s*The\s+(convoy|patrol|base|post|checkpost|checkpoint|camp|outpost|garrison|bus)\s+"
                        r"(?:came\s+under|was\s+(?:ambushed|attacked|hit|struck|targeted))\b")
# a told unit hit again, anywhere in a sentence that names no place nor day
_UNIT_HIT = re.compile(r"\b(?:stormed|attacked|overran|raided|struck|hit|ambushed|besieged|assaulted|targeted)\s+the\s+"
                       r"(convoy|patrol|base|post|checkpost|checkpoint|camp|outpost|garrison|detachment|barracks)\b",
                       re.IGNORECASE)
_POSITION = r"\b(?:base|post|checkpost|checkpoint|camp|outpost|garrison|detachment|barracks|position)s?\b"


def _names_unit(text: str, span: tuple[int, int], unit: str) -> bool:
    """Whether ``span`` of ``text`` names the unit ``unit`` (a convoy, patrol or bus by that word; a position by any
    word for one: "the post" of "an attack on a military detachment")."""
    word = unit.lower()
    pattern = rf"\b{word}(?:es|s)?\b" if word in ("convoy", "patrol", "bus") else _POSITION
    return re.compile(pattern, re.IGNORECASE).search(text, *span) is not None
# the target of an event told before, hit again at the opening of a sentence: "The car was hit at around 4:20 pm"
_TARGET_HIT = re.compile(r"\s*The\s+(?:[\w-]+\s+)?([a-z]{3,})\s+(?:was|were|had\s+been)\s+(?:hit|struck|targeted|"
                         r"bombed|shelled|attacked|ambushed)\b")
_FELL_NEAR = re.compile(r"\b(?:fell|crashed|came\s+down|landed)\b[^.;]{0,30}?\b(?:near|in|on|outside|at)\s+$",
                        re.IGNORECASE)
_WHO_ASIDE_CLOCK = re.compile(r"\s*,\s*who\s+[^,;]{0,100}?,")
_ONGOING = re.compile(r"\b(?:since|every\s+day|daily|for\s+(?:days|weeks))\b", re.IGNORECASE)
_DURING_THE = re.compile(r"\bduring\s+(?:one\s+of\s+)?(?:the|a|an|their)\b", re.IGNORECASE)
_FORCES_MOVED_IN = re.compile(r"\b(?:police|policemen|gendarmes|soldiers|troops|security\s+forces|officers|"
                              r"riot\s+police)"
                              r"\s+(?:then\s+)?(?:moved\s+in|stormed\s+in|charged|intervened)\s+(?=at\s+(?:about|around)?)",
                              re.IGNORECASE)
_PEACEFUL_UNTIL = re.compile(r"\b(?:had\s+been|was|were|remained|stayed)\s+(?:largely\s+|mostly\s+|entirely\s+)?"
                             r"peaceful\s+until\b", re.IGNORECASE)
# the one victim told before, told again by age: "The 58-year-old was struck on Tuesday evening at Río Hato"
# what attackers carry off from a post they stormed: part of that attack ("said four attackers were also killed and
# the militants made off with weapons and an armored vehicle")
_SPOILS_OF_WAR = re.compile(r"\b(?:weapons|arms|ammunition|rifles|guns)\b", re.IGNORECASE)
_AT_VICTIM = re.compile(r"\b(?:on|at)\s+(?:him|her|them)\b", re.IGNORECASE)  # ("two men ... opened fire on him")
# fire with no target named, at the victims the sentence opens with ("The two men ... were carrying goods ... when
# border guards opened fire without warning"; not "opened fire on a checkpoint", "into the air")
_FIRE_UNAIMED = re.compile(r"(?:opened|open)\s+fire(?!\s+(?:on|at|upon|in|into|towards?|over|from)\b)", re.IGNORECASE)


def _harms_victim(text: str, d: _Draft) -> bool:
    """Whether ``d`` tells harm done to a victim: a death, violence against civilians, or shots fired at "him"
    ("The 54-year-old village chief was driving ... when two men opened fire on him at about 7:15 a.m.")."""
    return d.trigger.group in ("fatal", "vac") \
        or (d.trigger.group == "armed" and (_AT_VICTIM.search(text, d.trigger_start, d.clause[1]) is not None
                                            or (_FIRE_UNAIMED.fullmatch(d.trigger_text) is not None
                                                and _FIRE_UNAIMED.match(text, d.trigger_start) is not None)))


_AGED_VICTIM = re.compile(r"\s*(?:According\s+to\s+[^,.;]{1,50},\s+(?=the\b))?(?:The|the)\s+"
                         r"(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:(?:man|woman|boy|girl|teenager|"
                         r"victim|(?-i:[a-z-]+\s+){0,2}?(?:chief|captain|leader|councill?or|official|"
                         r"farmer|trader|driver|teacher|officer|activist|journalist|lawyer|mayor))\s+)?|"
                         r"(?:victims?|officer|policeman|policewoman|soldier|gendarme|guard|(?:two\s+|three\s+)?men|"
                         r"(?:two\s+|three\s+)?women)"
                         r"(?:,[^,.;]{1,80},)?\s+)(?:was|were|had\s+been|died)\b")  # ("According to the statement,
# the officer, a 34-year-old first lieutenant, was hit by gunfire ... at about 11:30 p.m.")
# the doers told before, one or many ("The attacker walked up to the checkpoint at about 8:40 a.m.")
_ACTORS_TOLD = re.compile(r"\s*\b(?:the|The)\s+(attackers?|gunm[ae]n|assailants?|raiders|militants|insurgents|"
                          r"bandits|terrorists|fighters|bombers?|kidnappers|abductors)\b")


_JUDGED_BEFORE = re.compile(r"\b(?:condemned|condemns|denounced|denounces|critici[sz]ed|deplored|decried|"
                            r"welcomed|praised|defended|justified|called)\s+(?:the|these|those|its|their)\s+"
                            r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_HELD_ADJECTIVE = re.compile(r"detained|arrested|jailed|imprisoned", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten|"
                                r"several|many|some|all|other|those|these)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|by|for|after|during|since|and|or|with|from|as|when|over|under|without|"
                         r"to|near|outside|inside|across|following|before|overnight|yesterday|today|last|this|earlier|"
                         r"later|early|late)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:activists|men|women|people|"
                         r"leaders|protesters|students|journalists|members|suspects|prisoners|opposition|supporters|"
                         r"detainees|politicians|officials|figures)\b|\s+(?:activists|men|women|people|leaders|protesters|"
                         r"students|journalists|members|suspects|supporters|politicians|officials|figures|fishermen|"
                         r"farmers|workers|traders|villagers|youths|sailors|migrants|crew|herders|miners|drivers|"
                         r"teachers|unionists|monks|priests|clerics)\b")  # ("in solidarity with the detained
# fishermen")
_TAKEN_AWAY = re.compile(r"(?:took|taken|led|driven|drove)\b", re.IGNORECASE)
_HAD_DONE = re.compile(r"\b(?:crowds?|protesters|demonstrators|youths|people|group|residents)"
                       r"(?:\s+(?:in|at|near|outside)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:that|who)\s+had\s+",
                       re.IGNORECASE)


def _described(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies in a relative clause after ``start`` that says what a crowd had done ("at a crowd that
    had blocked the main avenue with burning tyres")."""
    m = _HAD_DONE.search(text, start, at)
    return m is not None and not re.search(r"[,;]", text[m.end():at])


_BLOG_STAMP = re.compile(r"(?m)^[ \t]*(?:(?:Update|UPDATE|Updated|UPDATED)\s+(?:at\s+)?)?[(\[]?"
                         r"(\d{1,2})[:.](\d\d)\s*"
                         r"([ap])\.?\s?m\.?")


def _blog_days(text: str, body_start: int, published: date) -> list[tuple[int, date]]:
    """The day each update of a live blog was posted, by where it begins, when its stamps ("Update 1:10 a.m.:",
    "Update 10:25 p.m.:") cross midnight: in a blog told newest first, the updates below "1:10 a.m." that read
    "10:25 p.m." are of the day before the newest one (the article's day); in one told oldest first, those above.
    Empty when the stamps never cross midnight."""
    stamps = [(m.start(), (int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)) * 60 + int(m.group(2)))
              for m in _BLOG_STAMP.finditer(text, body_start)]
    if len(stamps) < 3:
        return []
    late, early = 18 * 60, 6 * 60  # a crossing of midnight: from after 6 p.m. to before 6 a.m. in time's order
    back = [k for k in range(1, len(stamps)) if stamps[k - 1][1] < early and stamps[k][1] >= late]
    ahead = [k for k in range(1, len(stamps)) if stamps[k - 1][1] >= late and stamps[k][1] < early]
    if bool(back) == bool(ahead):  # (none, or both ways: no order to read)
        return []
    newest_first, wraps = bool(back), back or ahead
    days = []
    for k, (start, _) in enumerate(stamps):
        crossed = sum(w <= k for w in wraps) if newest_first else sum(w > k for w in wraps)
        days.append((start, published - timedelta(days=crossed)))
    return days


_UPDATE_LEAD = re.compile(r"\s*(?:Update|UPDATE|Updated|UPDATED)\s+(?:at\s+)?\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?)?\s*"
                          r"(?:[A-Z]{2,4}\s*)?[:\-–—]")
_UPDATE_STAMP = re.compile(r"\b(?:Update|UPDATE|Updated|UPDATED)\s+(?:at\s+)?$")
# a clock alone at a paragraph's opening, in brackets or before a colon or dash: a live blog's posting time
_STAMP_BEFORE = re.compile(r"(?:\A|\n)[ \t]*[(\[]?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")
_DAY_STAMP = re.compile(r",?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[-–—]|:\s)")  # "Wednesday, 16:40 —"
_STAMP_AFTER = re.compile(r"[)\]]|:\s|\s+[-–—]\s")
_STAMP_TELLS = re.compile(r"\b(?:says|said|say|reports?|reported|tells|told|confirms?|confirmed|announced|"
                          r"according to)\b", re.IGNORECASE)


def _posted_at(text: str, t: timeline.TimeExpression, sent: tuple[int, int]) -> bool:
    """Whether clock ``t`` is when a live blog posted an update: after "Update" ("Update 8:05 p.m.: ..."), or alone
    at a paragraph's opening before a teller ("(3:30 pm) A port official says ..."; not a timeline's "9:45 p.m. -
    Gunmen open fire")."""
    if _UPDATE_STAMP.search(text, max(sent[0], t.start - 12), t.start) is not None:
        return True
    if t.kind == "weekday" and (stamp := _DAY_STAMP.match(text, t.end)) is not None \
            and _STAMP_BEFORE.search(text, max(0, t.start - 4), t.start) is not None:  # "Wednesday, 10:00 — Police
        # in Kičevo say a man who was stabbed ... late on Tuesday has died": the post's day, when the update names an
        # earlier one of its own (not a timeline's "Tuesday, 21:00 - ..., and the fighting lasts until Wednesday")
        return t.weekday is not None and any(
            o.weekday is not None and 1 <= (t.weekday - o.weekday) % 7 <= 3 and not o.is_report
            for o in timeline.find_times(text, stamp.end(), sent[1]))
    if _STAMP_BEFORE.search(text, max(0, t.start - 16), t.start) is None or _STAMP_AFTER.match(text, t.end) is None:
        return False
    return _STAMP_TELLS.search(text, t.end, sent[1]) is not None or (t.hour is not None and any(
        o.kind == "clock" and o.hour is not None and not o.is_report and o.hour * 60 + o.minute < t.hour * 60 + t.minute
        for o in timeline.find_times(text, t.end, sent[1])))  # ("Wednesday, 16:40 — Several thousand people have
    # marched ..., in a walk that set off at around 3 p.m.": an earlier clock of the update's own; not a timeline's
    # "14:30 - Police fire tear gas ..., and by 15:00 the crowd has been pushed back")


_STILL_IN_FORCE = re.compile(r"\b(?:which|that)\s+(?:remained|remains|was\s+still|is\s+still|stayed|stays)\b[^.;,]*$",
                             re.IGNORECASE)
_DURING_THAT = re.compile(r"\b(?:during|in the course of|in)\s+(?:that|the|this)\s+(?:[\w-]+\s+)?(?:operation|raid|"
                          r"crackdown|sweep|clashes|protests?|demonstrations?|unrest|riots?|clearance|eviction|"
                          r"dispersal)\b", re.IGNORECASE)
_LEFT_BEHIND = re.compile(r"\b(?:leaving|left)\s+behind\b[^.;]*$|\babandon(?:ed|ing)\b[^.;]{0,40}$", re.IGNORECASE)
_NAMED_ALONE = re.compile(r"\s*(?:[,.;:)]|$|and\b|as\b|but\b|which\b|that\b|while\b)")
# a deal told as broken since: "a ceasefire ... that collapsed last month"
_COLLAPSED_AFTER = re.compile(r"(?:(?!\b(?:after|following|since|before|weeks|months|days|years)\b)[^.;,]){0,60}?"
                              r"\b(?:that|which)\s+(?:later\s+|soon\s+|quickly\s+)?(?:collapsed|broke down|"
                              r"fell apart|unravell?ed|was broken|was violated)\b", re.IGNORECASE)
_UNDER_REVIEW = re.compile(r"\b(?:reviewing|investigating|probing|examining|looking\s+into|(?:inquiry|investigation|"
                           r"probe)(?:\s+(?:had|has|have|was|were|is|being)\s+(?:been\s+)?(?:opened|launched|started|ordered|set\s+up))?\s+into|"
                           r"(?:to|would|will)\s+(?:review|investigate|probe|examine|look\s+into))\s+"
                           r"(?:whether\s+|if\s+)?(?:the|that|this|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,2}$",
                           re.IGNORECASE)  # ("sent a team
# to investigate the Morowali riot")
# pictures of an event told just before: "Video shared by residents showed ...", "Footage posted online showed ..."
_FOOTAGE = re.compile(r"\s*(?:(?:A|The)\s+)?(?:videos?|footage|images|photos|photographs|pictures)\s+"
                      r"(?:[\w-]+\s+){0,4}?(?:showed|show|shows|appeared\s+to\s+show)\b", re.IGNORECASE)
# the dead of an event told before: "The victim, a 23-year-old mechanic, was hit ...", "The dead man was ..."
_VICTIM_TOLD = re.compile(r"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+(?:said|say|says|told\s+(?:[\w'’-]+\s+){1,3}?)"
                          r"(?:that\s+)?)?"  # (told by someone: "Witnesses told this newspaper that the student was
                          # hit")
                          r"(?:The|the)\s+(?:victims?|dead\s+(?:man|woman|boy|girl)|slain\s+[\w-]+|deceased|"
                          r"man|woman|boy|girl|youth|teenager|protester|demonstrator|student)\b"
                          r"(?=[^.;]{0,80}?\b(?:was|were)\s+(?:hit|shot|killed|struck|stabbed|gunned\s+down)\b)")
_WAS_HIT = re.compile(r"\b(?:was|were)\s+(?:hit|struck|bombed|shelled|targeted)\b", re.IGNORECASE)
_BEGAN_AT = re.compile(r"\s+(?:at|shortly\s+(?:after|before)|just\s+(?:after|before))\s+(?:around\s+|about\s+|"
                       r"approximately\s+)?\d", re.IGNORECASE)
_IT_BEGAN = re.compile(r"\s*(?:According\s+to\s+[^,.;]{1,50},\s+|(?-i:[A-Z])[^,.;]{0,50}?\s+(?:said|say|says)\s+"
                       r"(?:that\s+)?)?"  # (told by someone: "According to witnesses, the operation began at about 6
                       # a.m.", "Security officials said the firing began at around 6.15pm")
                       r"(?:the\s+)?(?P<kind>action|trouble|violence|unrest|chaos|confrontation|crackdown|operation|"
                       r"stand-?off|incident|clash|clashes|attack|assault|raid|firing|shooting|fighting|shelling|"
                       r"gun-?fight|fire-?fight|gun ?battle|siege|scuffles|skirmishes|disturbances?|rioting|melee)\s+"
                       r"(?:began|started|erupted|broke\s+out|flared|took\s+place|happened|occurred)\b", re.IGNORECASE)
# the kind of event a sentence like "The clash broke out at about 6:30 a.m." names
_BEGAN_KINDS = {"clash": ("Battles",), "clashes": ("Battles", "Riots"), "fighting": ("Battles",),
                "gunfight": ("Battles",), "gun-fight": ("Battles",), "firefight": ("Battles",),
                "fire-fight": ("Battles",), "gun battle": ("Battles",), "gunbattle": ("Battles",),
                "shelling": ("Explosions/Remote violence",), "rioting": ("Riots",), "scuffles": ("Riots", "Protests")}


_VICTIMS_AGAIN = re.compile(r"\s*The\s+(?:two\s+|three\s+|four\s+|five\s+)?(workers|victims|men|women|farmers|"
                            r"villagers|miners|traders|drivers|passengers|students|soldiers|officers|policemen|"
                            r"teenagers|boys|girls|herders|fishermen),", re.IGNORECASE)  # (told again with an aside:
# "The workers, both migrants from Sulawesi, were killed on Wednesday morning")
_AS_A_RESULT = re.compile(r"\s*(?:As a (?:result|consequence) of|In|During) (?:these|this|the) (?:events?|attacks?|"
                          r"clash(?:es)?|fighting|confrontation|combat|incident|ambush|assault)\b", re.IGNORECASE)
# the event told just before, named again where it was: "At least 28 people were injured in the melee at the camp,
# about 20 kilometers south of Kochkor"
_RETOLD_AT = re.compile(r"\b(?:in|during)\s+the\s+(?:melee|clashes|violence|unrest|fighting|riot|rioting|attack|"
                        r"assault|raid|confrontation|stampede|skirmish(?:es)?)\s+(?:at|in|near|on)\b", re.IGNORECASE)
_WHERE_AFTER = re.compile(r",\s+where\s")
# an event told just before, named again: "The operation, launched on Saturday against a gang ..."
_EVENT_AGAIN = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:operation|offensive|assault|raid|attack|ambush|"
                          r"fighting|clashes|crackdown|sweep|blast|explosion|bombing|shooting)\b"
                          r"(?!\s+(?:was|were|has been|had been)\s+"
                          r"(?:condemned|critici[sz]ed|denounced|praised|welcomed)\b)")


def _move_told(drafts: list[_Draft], sentence: tuple[int, int], was: Place, town: Place,
               keep: Callable[[_Draft], bool] = lambda o: True) -> None:
    """Move the drafts of one told sentence that are at ``was`` (and that ``keep`` takes) to the finer ``town`` the
    sentence telling it again names."""
    for o in drafts:
        if o.sentence == sentence and o.place == was and keep(o):
            o.place = town


def _placed_again(text: str, sent: tuple[int, int], drafts: list[_Draft], ctx: GeoContext) -> None:
    """"Venezuelan troops have killed nine members of a criminal gang in an offensive ... in the south-eastern state
    of Bolívar ... The operation, launched on Saturday against a gang that controls several mines on the outskirts of
    El Callao, ...": a sentence of no event of its own that names the event told just before again, and one town in
    its region (or country), narrows its place to that town."""
    if not drafts or not (_EVENT_AGAIN.match(text, sent[0]) or _RETOLD_AT.search(text, *sent)) \
            or not _right_after(text, drafts, sent):
        return
    last = _last_violence(drafts) or [o for o in _last_told(drafts) if o.trigger.group != "strategic"]
    told = _one_event(last)
    if len(told) != 1 or told[0].place is None:
        return
    towns = {r.place for r in ctx.mentions if sent[0] <= r.mention.start < sent[1]
             and r.place.precision in ("city", "landmark") and not _teller(text, r, 40)
             and not _HOSPITAL_IN.search(text, max(0, r.mention.start - 80), r.mention.start)
             and _narrows(r.place, told[0].place)}
    towns = {p for p in towns if not any(o.name.endswith(f" of {p.name}") for o in towns)}  # ("about 20 kilometers
    # south of Kochkor": that point, not the town)
    if len(towns) == 1:
        _move_told(last, told[0].sentence, told[0].place, towns.pop())  # (each word of that one event: "stormed
        # the camp ..., setting fire to dormitories")


# a measure told before, and when it took effect: "The measure came into force at 6:00 a.m. on Wednesday"
_IN_FORCE = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:measure|curfew|state\s+of\s+(?:emergency|siege|prevention|"
                       r"exception)|emergency|decree|ban|order|restrictions?|lockdown),?\s+(?:[\w,'’-]+\s+){0,9}?(?:came|comes|took|"
                       r"takes|went|goes)\s+(?:into\s+(?:force|effect)|effect)\b", re.IGNORECASE)


def _in_force_at(text: str, sent: tuple[int, int], drafts: list[_Draft], published: date, default_tz: str) -> None:
    """"The government declared a 30-day state of prevention ... The measure came into force at 6:00 a.m. on
    Wednesday": a sentence of no event of its own that tells when the measure told just before took effect gives
    that measure its time (when it names a clock time or a day)."""
    in_force = _IN_FORCE.match(text, sent[0])
    if not drafts or in_force is None:
        return
    told = [o for o in _last_told(drafts) if o.trigger.sub_event_type == "Other" and o.trigger.group == "strategic"] \
        if _right_after(text, drafts, sent) else []
    told = told or _measure_before(text, sent, drafts, in_force)  # ("... imposed an indefinite curfew in Kokrajhar
    # district ... [another event] ... The curfew took effect at 6 p.m. Tuesday")
    times = [t for t in timeline.find_times(text, *sent) if not t.is_report and not t.is_equivalent
             and t.kind in ("clock", "weekday", "date", "day_ref")]
    hours = [t for t in times if t.kind == "clock" and t.start < in_force.end()]
    times = [t for t in times if t.start >= in_force.end()] or [t for t in times if t.kind != "day_ref"]  # ("The
    # curfew, which runs from 6pm to 6am, took effect yesterday evening": when it took effect, not its hours ...)
    if not told or not times:
        return
    for o in told:
        tz = _tz(o.place) or default_tz
        span = timeline.resolve_time(times[0], published, tz, o.time)
        if hours and span is not None and span.precision not in ("minute", "hour"):
            span = _hours_from(hours[0], span, published, tz, span, timedelta(0)) or span  # (... but its hours
            # begin then: 6 p.m. that evening)
        if span is not None:
            o.time = span


# an agreement told before, and when it was signed: "The agreement, signed at the prefecture at about 11:30 p.m. ..."
_AGREEMENT_TOLD = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|truce|ceasefire|pact)\b,?\s+"
                             r"(?:which\s+was\s+|was\s+)?(?:signed|reached|sealed|struck|concluded)\b", re.IGNORECASE)


def _agreement_at(text: str, sent: tuple[int, int], drafts: list[_Draft], published: date, default_tz: str) -> bool:
    """"Unions ... agreed late Wednesday to suspend a strike ... The agreement, signed at the prefecture at about
    11:30 p.m. (2230 GMT) ..., guarantees wages": a sentence of no event of its own gives the agreement told a few
    sentences before its time (whether it did)."""
    if _AGREEMENT_TOLD.match(text, sent[0]) is None:
        return False
    told = next((o for o in reversed(drafts) if o.trigger.sub_event_type == "Agreement" and o.antecedent is None
                 and sent[0] - o.sentence[1] < _MEASURE_BEFORE_CHARS), None)
    times = [t for t in timeline.find_times(text, *sent) if not t.is_report and not t.is_equivalent
             and t.kind in ("clock", "weekday", "date", "day_ref")]
    if told is None or not times:
        return False
    span = timeline.resolve_time(times[0], published, _tz(told.place) or default_tz, told.time)
    if span is not None:
        told.time = span
    return True


_MEASURE_NOUN = re.compile(r"\b(?:curfew|ban|lockdown|state\s+of\s+\w+|emergency|decree)\b", re.IGNORECASE)
_PLACE_NAMED = re.compile(r"\b(?:in|on|for|at|across|over)\s+(?:the\s+)?(?-i:[A-Z])")
_MEASURE_BEFORE_CHARS = 1500  # how far back a measure named again ("The curfew took effect ...") may have been told


def _measure_before(text: str, sent: tuple[int, int], drafts: list[_Draft], in_force: re.Match[str]) -> list[_Draft]:
    """The measure a sentence names again by its noun ("The curfew took effect at 6 p.m. Tuesday"), told a few
    sentences before with that noun, when the sentence names no place of its own after the noun."""
    noun = _MEASURE_NOUN.search(in_force.group())
    if noun is None or _PLACE_NAMED.search(in_force.group(), noun.end()):
        return []  # (not "The curfew in Isiolo, announced on Monday, took effect ...": a measure of its own place)
    word = noun.group().lower()
    last = next((o for o in reversed(drafts) if o.trigger.group == "strategic" and o.trigger.sub_event_type == "Other"
                 and word in o.trigger_text.lower() and sent[0] - o.sentence[1] < _MEASURE_BEFORE_CHARS), None)
    return [last] if last is not None else []


def _actors_clock(text: str, sent: tuple[int, int], drafts: list[_Draft], published: date, default_tz: str,
                  places: list[Place]) -> None:
    """"Two policemen were killed on Tuesday night when gunmen attacked the police headquarters. ... said the
    attackers arrived in three vehicles at about 10.40pm": a sentence of no event of its own that gives the clock
    time of the attackers told just before narrows that attack's time. So does "The action began at around
    5:45pm" for the one event told before, and "The power plant in the south of the capital was hit at about
    10 pm" (``places``: those the sentence names) for the strike told before at that place."""
    hit = _WAS_HIT.search(text, *sent)
    echo = not places and _right_after(text, drafts, sent) and not _AFTERMATH.search(text, *sent) \
        and _echoes(text, sent, drafts[-1].sentence)
    if not drafts or not (_ACTORS_TOLD.search(text, *sent) or _IT_BEGAN.match(text, sent[0]) or hit or echo):
        return
    told = _last_violence(drafts)
    if not told and _ACTORS_TOLD.search(text, *sent):  # "Raiders killed six herders near Merti early on Tuesday.
        # The raiders struck at about 5 a.m.": the killing told just before
        told = [o for o in _last_told(drafts) if o.trigger.group == "fatal"]
    if not told and _IT_BEGAN.match(text, sent[0]):  # "The action began at around 5:45pm": the police action told
        told = [o for o in _last_told(drafts) if o.trigger.group != "strategic"]
    if not told and echo:  # "Police fired teargas at protesters who tried to break through barricades ... The
        # marchers reached the barricades at around 1.30 pm": that police action, told again
        told = [o for o in _last_told(drafts) if o.trigger.group not in ("strategic", "fatal")]
    if hit:
        told = [o for o in told if o.place in places]
    began = _IT_BEGAN.match(text, sent[0])
    kinds = _BEGAN_KINDS.get(began.group("kind").lower()) if began is not None else None
    if kinds and len(_one_event(told)) > 1:  # "A soldier and three rebels were killed in a firefight ... on Monday,
        # and a landmine hit an army truck a day later ... The clash broke out at about 6:30 a.m.": the firefight
        told = [o for o in told if o.trigger.event_type in kinds] or told
    told = _one_event(told)
    if len(told) == 1 and (told[0].sentence == drafts[-1].sentence or hit):
        _clock_of_told(text, sent, told[0], published, default_tz)
        towns = {p for p in places if p.precision in ("city", "landmark") and told[0].place is not None
                 and _narrows(p, told[0].place)}
        if began is not None and len(towns) == 1 and told[0].place is not None:  # ("... when an army patrol came
            kind = told[0].trigger.event_type  # under fire outside the town of Dumingag": there, in the province told)
            _move_told(drafts, told[0].sentence, told[0].place, towns.pop(),
                       lambda o: o.trigger.event_type in (kind, ""))


def _retold(text: str, sent: tuple[int, int], drafts: list[_Draft], began: bool, placeless: bool,
            ctx: GeoContext) -> list[_Draft]:
    """The events told just before that a sentence of told actors or of "The trouble began at ..." tells again: the
    violent ones, or else the deaths, when the sentence gives their clock time and no place (``placeless``: "Gunmen
    killed five people at a nightclub. The attackers arrived ... shortly after 1 a.m."; not "The gunmen then attacked
    a police post in Koudougou"), or else (``began``) any but a strategic development."""
    violent = _last_violence(drafts)
    if violent:
        return violent
    clocked = placeless and any(t.kind == "clock" and not t.is_report for t in timeline.find_times(text, *sent))
    actors = _ACTORS_TOLD.match(text, sent[0])
    named = actors is not None and any(  # "cattle raiders known as dahalo killed seven villagers ... The raiders ...
        # attacked a village about 30 km from Miandrivazo on Sunday night": the killers named before, the killing
        # (of no day of its own: not "Gunmen killed five people ... on Saturday. The gunmen then attacked a post")
        re.search(rf"\b{actors.group(1)}\b", text[o.sentence[0]:o.sentence[1]], re.IGNORECASE)
        and not _day_of_its_own(text, o)
        and not any(_own_part(text, o) <= r.mention.start < o.clause[1] and r.place.precision in ("city", "landmark")
                    for r in ctx.mentions)  # (nor "Five villagers were killed by gunmen in Kaya. The gunmen then
        # attacked a police post in Koudougou": a killing of a town of its own)
        for o in _last_told(drafts) if o.trigger.group == "fatal")
    return [o for o in _last_told(drafts)
            if (o.trigger.group == "fatal" and (clocked or named)) or (began and o.trigger.group != "strategic")]


def _only_clock(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence tells a clock time and no day of its own ("was hit shortly after 11 am"; not "was killed
    on Tuesday evening")."""
    kinds = {t.kind for t in timeline.find_times(text, *sent) if not t.is_report}
    return kinds == {"clock"}


def _right_after(text: str, drafts: list[_Draft], sent: tuple[int, int]) -> bool:
    """Whether sentence ``sent`` comes straight after the last sentence that told events (nothing between)."""
    return bool(drafts) and not text[drafts[-1].sentence[1]:sent[0]].strip()


def _one_event(told: list[_Draft]) -> list[_Draft]:
    """The events ``told`` as one, when they are one event told by several words: of one sentence, one type and one
    place ("Police cleared a blockade ..., using stun grenades"); else all of them."""
    return told[:1] if len({(o.sentence, o.trigger.event_type, o.place and o.place.name) for o in told}) == 1 \
        else told


def _last_told(drafts: list[_Draft]) -> list[_Draft]:
    """The events of the last sentence that told any, but those it told again (with an antecedent)."""
    return [o for o in drafts if o.sentence == drafts[-1].sentence and o.antecedent is None]


# what came after an event, at a clock of its own: "The wounded were taken to the hospital at around 9 pm"
_AFTERMATH = re.compile(r"\b(?:taken|rushed|admitted|flown|airlifted|evacuated|transferred|treated|buried|"
                        r"arrived|returned|reopened|resumed|lifted)\b", re.IGNORECASE)
# nouns too common to tie one sentence to another: "the town", "the police", "the day"
_PLAIN_NOUNS = frozenset({
    "town", "city", "village", "villages", "area", "region", "country", "capital", "district", "province", "state",
    "county", "border", "government", "police", "army", "military", "authorities", "ministry", "people", "day",
    "morning", "afternoon", "evening", "night", "week", "month", "year", "time", "president", "minister", "official",
    "officials", "spokesman", "spokeswoman", "statement", "report", "reports", "group", "groups", "security",
    "forces", "troops", "soldiers", "same", "other", "first", "second", "last", "rest", "protesters",
    "demonstrators", "residents", "villagers", "civilians", "students", "workers", "supporters", "victims",
    "wounded", "injured", "dead", "bodies", "hospital", "hospitals", "clinic", "morgue", "scene"})
_THE_NOUN = re.compile(r"\b(?:the|The)\s+(?:(?:main|old|new|local|nearby|small|large|same)\s+)?([a-z]{4,})\b"
                       r"(?!\s+(?:said|says|were|was|is|are|has|have|had|would|will|could)\b)")  # (the thing itself,
# not "The hospital said", "The wounded were")


def _echoes(text: str, span: tuple[int, int], told: tuple[int, int]) -> bool:
    """Whether ``span`` names again, with "the", a thing the sentence ``told`` named ("A military air strike on a
    Buddhist monastery ... A jet dropped two bombs on the monastery at around 10:30 am"; "protesters who tried to
    break through barricades ... The marchers reached the barricades at around 1.30 pm"): a telling of the same
    event."""
    said = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text[told[0]:told[1]].lower())}
    return any(m.group(1) not in _PLAIN_NOUNS and m.group(1).rstrip("s") in said
               for m in _THE_NOUN.finditer(text, *span))


def _clock_owner(t: timeline.TimeExpression, drafts: list[_Draft]) -> _Draft | None:
    """The event a clock time with no event in its clause belongs to, when that event has its day: in the sentence's
    opening, the first event ("On December 4, at about 5:30 a.m., troops engaged ..., in combat that left three
    dead"); in a clause of its own after an event and before any undated one, that event ("On Tuesday, state police
    traded fire with armed men in Jiutepec, on the edge of the city, at about 4:15 p.m., and two of the attackers
    were killed": not the deaths after it). None for "by noon" (a deadline)."""
    own = [d for d in drafts if d.repeat_of is None]
    if not own or t.text.lower().startswith("by "):
        return None
    if all(t.end <= d.clause[0] for d in own):
        pick = min(own, key=lambda d: d.trigger_start)
    else:
        earlier = [d for d in own if d.clause[1] <= t.start]
        if not earlier or any(d.time is None and d.clause[0] <= t.start for d in drafts if d is not earlier[-1]):
            return None
        pick = earlier[-1]
    return pick if pick.time is not None and pick.time.precision == "day" else None


_FIRED = re.compile(r"\b(?:fired|opened fire|shot|shooting)\b", re.IGNORECASE)
_AMONG_THE_DEAD = re.compile(r"\b(?:was|were)\s+(?:among|one\s+of)\s+the\s+(?:dead|killed|victims)\b", re.IGNORECASE)
_AFTER_WORD = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
_SPREAD_ACROSS = re.compile(r"\b(?:have|has|had)\s+spread\s+(?:across|through|to)\b", re.IGNORECASE)


_CYCLE_OF = re.compile(r"\b(?:a\s+(?:cycle|series|wave|spate|string|spiral)\s+of|days\s+of)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:raids|attacks|clashes|killings|fighting|violence)\b", re.IGNORECASE)


def _summed_up(d: _Draft, kept: list[_Draft], fatal_by_sentence: dict[tuple[int, int], _Deaths], text: str) -> bool:
    """Whether ``d`` only sums up, at its country, days of events of its kind told at towns of that country ("Protests
    demanding political reforms have spread across southern Eswatini this week", above the updates that tell them)."""
    if d.place is not None and d.time is not None and d.place.precision == "region" \
            and d.time.end - d.time.start > timedelta(days=1) and _CYCLE_OF.search(text, *d.clause):
        towns = [o for o in kept if o is not d and o.place is not None and o.time is not None
                 and o.sentence != d.sentence and o.place.precision in ("city", "landmark")
                 and _within(o.place, d.place)
                 and d.time.start <= o.time.start < d.time.end and o.trigger.group in _VIOLENT_GROUPS]
        toll = fatal_by_sentence.get(d.deaths_from or d.sentence)
        told = sum(deaths.count for k in {o.deaths_from or o.sentence for o in towns}
                   if (deaths := fatal_by_sentence.get(k)) is not None)
        return len(towns) >= 2 and (toll is None or told >= toll.count)  # ("At least 23 people have been killed in
        # a cycle of cattle raids and revenge attacks in South Sudan's Warrap State since Monday", above the raid near
        # Gogrial and the fight near Tonj that it sums up, nine and 14 dead)
    if d.place is None or d.time is None or d.place.precision != "country" \
            or d.time.end - d.time.start <= timedelta(days=1) or d.sentence in fatal_by_sentence \
            or not _SPREAD_ACROSS.search(text, *d.clause):
        return False
    return any(o is not d and o.place is not None and o.time is not None
               and o.trigger.event_type == d.trigger.event_type
               and o.place.precision in ("city", "landmark") and o.place.country == d.place.country
               and d.time.start <= o.time.start < d.time.end for o in kept)


def _own_part(text: str, told: _Draft) -> int:
    """Where the part of the clause of ``told`` that is its own begins: after the last "after" before its word
    ("flew troops to Moroto on Tuesday after cattle raiders killed seven villagers": the killing's part)."""
    ends = [m.end() for m in _AFTER_WORD.finditer(text, told.clause[0], told.trigger_start)]
    return ends[-1] if ends else told.clause[0]


def _day_of_its_own(text: str, told: _Draft) -> bool:
    """Whether the sentence of ``told`` names a day for it: one not set apart from its word by "after" ("flew troops
    to Morondava on Tuesday after cattle raiders killed seven villagers": Tuesday is the flight's)."""
    return any(not _AFTER_WORD.search(text, min(t.end, told.trigger_start), max(t.start, told.trigger_start))
               for t in timeline.find_times(text, *told.sentence) if timeline.names_day(t) and not t.is_report)


def _other_day(text: str, d: _Draft, told: _Draft, published: date, default_tz: str) -> bool:
    """Whether the clause of ``d`` names a day other than the one the sentence of ``told``, an event told before,
    names (not "Troops have repelled an attack on their base. The terrorists stormed the base at about 2:30am on 11
    October": the day of that attack)."""
    if told.time is None or not any(timeline.names_day(t) and not t.is_report
                                    for t in timeline.find_times(text, *told.sentence)):
        return False
    if told.trigger.group == "fatal" and not _day_of_its_own(text, told):
        return False  # ("flew a special forces unit to Morondava on Tuesday after cattle raiders known as dahalo
        # killed seven villagers ... The raiders ... attacked a village ... on Sunday night": the killing's day was
        # the flight's, for want of its own)
    days = [t for t in timeline.find_times(text, *d.clause) if timeline.names_day(t) and not t.is_report]
    span = timeline.resolve_time(days[0], published, _tz(told.place) or default_tz, told.time) if days else None
    return span is not None and not told.time.start <= span.start < told.time.end


def _clock_of_told(text: str, sent: tuple[int, int], told: _Draft, published: date, default_tz: str) -> None:
    """Narrow the time of ``told``, an event told before that has only its day, to the one clock time ``sent`` gives
    within that day ("The confrontation began at about 10:30 p.m.")."""
    clocks = [t for t in timeline.find_times(text, *sent) if t.kind == "clock" and not t.is_report
              and not t.is_equivalent]
    if len(clocks) != 1 or told.time is None or told.time.precision == "minute":
        return
    span = timeline.resolve_time(clocks[0], published, _tz(told.place) or default_tz, told.time)
    if span is not None and _narrower(span, told.time) and told.time.start <= span.start < told.time.end:
        told.time = span


def _last_violence(drafts: list[_Draft]) -> list[_Draft]:
    """The own violent events of the last sentence that told any; past one that told only of the police
    stepping in ("Crowds set fire to shops ... Police fired warning shots and tear gas. Two people were
    killed": the riot's dead)."""
    sentences = list(dict.fromkeys(d.sentence for d in reversed(drafts)))[:2]
    for sent in sentences:
        own = [o for o in drafts if o.sentence == sent and o.antecedent is None and not o.anchored]
        violent = [o for o in own if o.trigger.group in _VIOLENT_GROUPS]
        if violent or not all(o.trigger.sub_event_type == "Protest with intervention" for o in own):
            return violent
    return []


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins (after the last full stop or line break)."""
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)


def _anchored(text: str, t: timeline.TimeExpression, times: list[timeline.TimeExpression], drafts: list[_Draft],
              published: date, default_tz: str, previous: TimeSpan | None) -> bool:
    """"..., which came two days after its fighters overran a base": the event told after
    "two days after" happened two days *before* the one the sentence is about (or the story's
    last one). Gives those events their time; False when ``t`` is not such an expression."""
    if t.kind != "relative" or t.repeat or not _ANCHOR.search(t.text) or _ANCHOR_ENDS.match(text, t.end):
        return False  # "Two days before that, a convoy was ambushed": counted from the event told before
    if not text[_sentence_start(text, t.start):t.start].strip() and _THE_EVENT_COMMA.match(text, t.end):
        return False  # "Two days before the riot, police detained 11 men": the riot is the one told before
    later = [d for d in drafts if t.start < d.trigger_start <= t.end + 150 and d.repeat_of is None
             and (not d.definite or (d.antecedent is None and re.fullmatch(r"\s+the\s+", text[t.end:d.trigger_start])))
             # ("a week after the arrest of the opposition leader": an arrest not told before, a week before)
             and "," not in text[t.end:d.trigger_start]
             and not any(t.end <= o.start < d.trigger_start for o in times)]  # "two days after rebels (UPC) had
    anchors = [d for d in later if d.clause == later[0].clause] if later else []  # overrun the post": that event
    if not anchors:
        return False
    main = next((d for d in reversed(drafts) if d.trigger_start < t.start and d.repeat_of is None), None)
    reference = previous
    if main is not None:
        reference = main.time or (main.antecedent.time if main.antecedent is not None else None) or previous
    tz = _tz(anchors[0].place) or default_tz
    named = [o for o in times if o.kind == "weekday" and anchors[0].clause[0] <= o.start < anchors[0].clause[1]]
    if named and main is not None and reference is not None:  # "three days after insurgents overran it on
        # Friday": the Friday before
        span = timeline.resolve_time(named[0], reference.start.date() - timedelta(days=1), tz, None)
    elif named:  # "Traffic was halted for hours after protesters set trucks on fire on Wednesday": that Wednesday
        span = timeline.resolve_time(named[0], published, tz, None)
    elif any(o.kind == "date" and anchors[0].clause[0] <= o.start < anchors[0].clause[1] for o in times):
        return True  # the date named stands
    else:
        span = timeline.resolve_time(replace(t, shift=-t.shift), published, tz, reference)
    for d in anchors:
        if span is not None and (d.time is None or d.time.precision not in ("minute", "hour")
                                 or d.time.start.date() != span.start.date()):
            d.time = span
        d.anchored = True
    if named and main is None and span is not None and t.unit == "day" and t.shift > 0 \
            and not text[_sentence_start(text, t.start):t.start].strip():
        # "A day after the attack in Baidoa on Friday, residents marched": the march is on Saturday
        day = span.start.date() + timedelta(days=int(t.shift))
        for d in drafts:
            if d.clause[0] >= anchors[-1].clause[1] and d.time is None and d.repeat_of is None:
                d.time = timeline.day_span(day, _tz(d.place) or default_tz)
    return True


def _later_in_sentence(text: str, times: list[timeline.TimeExpression], drafts: list[_Draft], published: date,
                       default_tz: str) -> None:
    """"was arrested on Monday ... and died in a cell the following morning", "abducted on Sunday and found dead
    two days later": the events told between a named day and a later time counted from it are at that later time
    (the clause splitter keeps such a shared subject's verbs in one clause, so they took the named day)."""
    for t in times:
        if t.kind != "relative" or t.shift <= 0 or t.unit not in ("day", "hour"):
            continue
        named = [x for x in times if timeline.names_day(x) and x.end <= t.start]
        if not named:
            continue
        day = named[-1]
        first = [d for d in drafts if d.trigger_start < day.start and d.time is not None and d.repeat_of is None]
        then = [d for d in drafts if day.end <= d.trigger_start < t.start and d.repeat_of is None
                and d.antecedent is None and first and d.time == first[-1].time]
        if not then:
            continue
        span = timeline.resolve_time(t, published, _tz(then[0].place) or default_tz, first[-1].time)
        if span is not None and span.start.date() <= published:
            for d in then:
                d.time = span


def _narrower(new: TimeSpan, known: TimeSpan) -> bool:
    """Whether ``new`` says more than ``known``: a finer precision, or a part of the same span."""
    if _TIME_RANK[new.precision] < _TIME_RANK[known.precision]:
        return True
    return known.start <= new.start and new.end <= known.end and (new.end - new.start) < (known.end - known.start)


# one person's death told with "the", the first the story tells
_THE_ONE_DIED = re.compile(r"\b(?:The|the|A|a|An|an)\s+(?:(?:\d+-year-old\s+|[\w-]+\s+){0,3}?(?:man|woman|boy|girl|"
                           r"teenager|"
                           r"youth|student|driver|fisherman|farmer|trader|vendor|worker|miner|protester|detainee|herder|"
                           r"shopkeeper|mechanic)|\d+-year-old)\b(?:,[^,.;]{0,80},)?\s+(?:later\s+)?(?:died|"
                           r"was\s+found\s+dead|was\s+killed|was\s+shot\s+dead|was\s+shot\s+and\s+killed|"
                           r"was\s+beaten\s+to\s+death)\b")  # ("The 19-year-old was shot and killed Sunday")
# "dragged a 45-year-old herbalist from his home and beat him to death": one, named before the pronoun
_PRONOUN_FRAMED = re.compile(r"\b(?:beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|burned|burnt|burning|"
                             r"clubbed|clubbing|lynched|shot|shooting)\s+(?:him|her)\s+(?:to\s+death|dead)\b",
                             re.IGNORECASE)


_DEATH_ASKED = re.compile(r"\b(?:how|why|whether|demanding|over|justice\s+for|since|mourn\w*)\b[^.;]{0,30}$",
                          re.IGNORECASE)
_PAST_MARK = re.compile(r"[^.;]{0,60}?(?:\b(?:19|20)\d\d\b|\bago\b|\blast\s+(?:year|month)\b)", re.IGNORECASE)


def _first_death(sentence: str) -> _Deaths | None:
    """One death told of a person named with "the" ("The 23-year-old fisherman died on Saturday"), for a story that
    has told no death before it (else it is that death again), or with "a" past a relative clause ("a 22-year-old
    man, who had been detained on Friday on charges of motorcycle theft, died in police custody")."""
    m = _THE_ONE_DIED.search(sentence)
    if m is None or re.search(r"\bwho\s+$", sentence[:m.start()]) \
            or _DEATH_ASKED.search(sentence, max(0, m.start() - 40), m.start()) \
            or _PAST_MARK.match(sentence, m.end()):
        return None  # (not "demanding to know how the student died in custody in 2023": a death of before)
    return _Deaths(1, [m.group(0)], m.start(), [(1, "people")])


@dataclass
class _Deaths:
    """Deaths a sentence reports: a lower bound, the words, where they begin, and each count
    with the kind of people it counts ((12, "police"), (24, "protester"))."""

    count: int
    words: list[str]
    first: int
    groups: list[tuple[int, str]]

    def plus(self, other: _Deaths) -> _Deaths:
        """These deaths and those of another sentence (other people, told later)."""
        return _Deaths(self.count + other.count, self.words + other.words, self.first, self.groups + other.groups)

    def without(self, group: tuple[int, str]) -> _Deaths:
        """These deaths but one group, told elsewhere already."""
        k = self.groups.index(group)
        return _Deaths(self.count - group[0], self.words[:k] + self.words[k + 1:], self.first,
                       self.groups[:k] + self.groups[k + 1:])


_SELF_TOO = re.compile(r"\b(?:killing|killed)\b[^.;]{0,60}?\b(?:as well as|and|along with)\s+(?:himself|herself|"
                       r"themselves)\b", re.IGNORECASE)
# whom "neutralised" counts as killed: "neutralised seven terrorists", "neutralising two of them", "twelve."
_NEUTRALISED_WHO = re.compile(r"[\w-]+(?=\s*(?:[,.;:]|$)|\s+(?:in|during|near|at|on|and|while)\b)|"
                              r"(?:[\w-]+\s+){1,3}?(?:militants|insurgents|terrorists|fighters|rebels|bandits|"
                              r"jihadists|assailants|attackers|gunmen|men|people|suspects|soldiers|troops|members|"
                              r"criminals|kidnappers|of\s+them)\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:by|in|since|until|from|before|after|of|early|late)\s+$", re.IGNORECASE)
# "a shootout in which two of them were killed": a count of people told before
# things, not people, that are "neutralised": "two of them were neutralised" of drones
_THINGS_NEUTRALISED = re.compile(r"\b(?:drones?|UAVs?|quadcopters?|devices?|mines?|IEDs?|explosives?|bombs?|shells?|"
                                 r"missiles?|rockets?|munitions?|boats?|vehicles?)\b", re.IGNORECASE)
_OF_THEM = re.compile(rf"\b(?P<num>{_NUM}) of (?:them|the (?:wounded|injured))\b"
                      rf"(?=\s+(?:were|had been|have been|died|later died|succumbed|later succumbed))", re.IGNORECASE)
_SUBSET = re.compile(r"\s+(?:of|among)\s+(?:them|whom|those)\b", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+(?:them|whom|those)|of\s+whom|of\s+them)\s*,?\s*$|"
                            r"\b(?:among\s+(?:them|whom|those)|of\s+whom|of\s+them)\s*,?\s*"
                            r"(?-i:(?:(?!(?:where|when|who|which|and)\b)[a-z][\w-]*,?\s+){1,4})(?<!,\s)and\s+$",
                            re.IGNORECASE)  # ("among them a taxi driver and two commuters": the commuters too; not
# "including Bannu, where four soldiers were killed", nor "set one of them alight, and a shopkeeper who was stabbed
# ... died": a clause of its own)


_QUOTES_AS_SPACES = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " "})


_TAKEN_ALIVE = re.compile(r"\b(?:arrest|detain|custody|handed over|captured|in hospital)", re.IGNORECASE)
_TRANSITIVE_DEATH_VERBS = {"killed", "murdered", "beheaded", "liquidated", "neutralised", "neutralized", "gunned down",
                           "slain",
                           "martyred", "fatally shot",
                           "fatally stabbed", "fatally wounded", "fatally injured", "fatally beaten"}
_VICTIM_AFTER = re.compile(rf"\s+(?!(?:a|an|the|one|two)\s+(?:day|days|week|weeks|night|nights|month|months|year|"
                           rf"previous|following|same|next|other)\b)"  # (not "two soldiers killed a day earlier")
                           rf"(?:at least |about |some |more than |over |nearly |almost |around |up to )?"
                           rf"(?:{_NUM}|a|an|the|his|her|their|dozens|scores|hundreds|several|many)\b", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\b(?:no|not)[\s-]+$", re.I)  # "no one", "not one person"


# an armed group described by its toll: "extortion gangs that have killed dozens of drivers" (not "a day of looting
# that has killed at least 11 people", the event's own)
_WHO_HAVE_KILLED = re.compile(r"\b(?:gangs?|groups?|militias?|rebels|insurgents|cartels?|jihadists|militants|bandits|"
                              r"fighters|organi[sz]ations?|factions?|networks?|movements?|insurgency|terrorists)"
                              r",?\s+(?:that|which|who)\s+(?:have|has)\s+(?:already\s+|so\s+far\s+|now\s+)?$",
                              re.IGNORECASE)


# the army's word for killing: "sending four terrorists to hell"
_SENT_TO_HELL = re.compile(rf"\bsending\s+(?P<num>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:terrorists|militants|insurgents|"
                           rf"attackers|khwarij|fighters|rebels)\s+to\s+hell\b", re.IGNORECASE)
# some of a count harmed to death: "set upon two men, beating one of them to death"
_SOME_OF_THEM = re.compile(rf"\b(?:beating|beat|hacking|hacked|stabbing|stabbed|shooting|shot|stoning|stoned|clubbing|"
                           rf"clubbed|burning|burned|lynching|lynched)\s+(?P<num>{_NUM})\s+of\s+them\s+"
                           rf"(?:to\s+death|dead)\b", re.IGNORECASE)
# "three soldiers were put out of action by sniper fire and taken to hospital": hurt, not dead
_HOSPITAL_HURT = re.compile(r"[^.;,]{0,60}?\b(?:hospital|wounded|injured|injuries)\b", re.IGNORECASE)
_TAKEN_BEFORE = re.compile(r"\b(?:abduct\w*|kidnap\w*|picked\s+up|seized|snatched|dragged)\b", re.IGNORECASE)
_BODY_FOUND = re.compile(r"\b(?:his|her)\s+(?:mutilated\s+|bullet-riddled\s+|decomposed\s+|lifeless\s+)?body\s+"
                         r"(?:was|had\s+been)\s+(?:later\s+)?(?:found|recovered|discovered|dumped)\b", re.IGNORECASE)
_TRIED_TO = re.compile(r"\b(?:tried|attempted|threatened|vowed|wanted|trying|attempting|threatening)\s+to\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# one person harmed to death, named by "the" ("stopped a bus ..., shot the driver dead"; not "shot the two men dead")
_FRAMED_THE = re.compile(r"\b(?:shot|hacked|stabbed|beat|clubbed|stoned|strangled|bludgeoned|battered)\s+the\s+"
                         r"((?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|both|other|rest|couple|pair|trio)\b)"
                         r"(?:[a-z-]+\s+)?(?!(?:couple|pair|trio)\b)"
                         r"(?!(?:men|women|children|people|police|youth|crowd|staff|family|gang)\b)[a-z]+[a-rt-z])"
                         r"\s+(?:dead|to\s+death)\b", re.IGNORECASE)


_EACH_SIDE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:on|from)\s+(?:each|either)\s+side\b(?!\s+of\b)", re.IGNORECASE)


def _fatalities(sentence: str) -> _Deaths | None:
    """Deaths reported in a sentence (a lower bound), the words that say so, and where they begin.

    Counts of people that form a list ("two soldiers and a civilian", "a woman and her three
    children") count when the next casualty verb after the list says they died ("Dozens of
    protesters and 12 police died": both; one person only with a passive verb or "died"), or
    when the list follows "killing" ("killing a captain and two soldiers"). A bare number after
    "killing" ("killing seven") counts too.
    """
    words: list[str] = []
    groups: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []

    def count(m: re.Match[str], n: int, kind: str) -> None:
        """Count ``n`` dead of ``kind``, told by the words of ``m``."""
        words.append(m.group(0).strip())
        groups.append((n, kind))
        spans.append(m.span())

    def overlaps(m: re.Match[str]) -> bool:
        """Whether ``m`` overlaps words already counted."""
        return any(a < m.end() and m.start() < b for a, b in spans)

    sentence = sentence.translate(_QUOTES_AS_SPACES)  # 'killed "15 terrorists"': a count in quotation marks
    lowered = sentence.lower()
    kin = _KIN.finditer(sentence) if (" his " in lowered or " her " in lowered or " their " in lowered) else ()
    counts = sorted([*_COUNT.finditer(sentence), *_OF_THEM.finditer(sentence), *_ONE.finditer(sentence), *kin],
                    key=lambda m: m.start())
    chains: list[list[re.Match[str]]] = []
    one_verbs: set[tuple[int, int]] = set()  # the verbs a single person's death was read from
    for m in counts:
        if chains and m.start() < chains[-1][-1].end():
            continue  # overlapping readings of one phrase: the first
        if chains and (_LIST_GAP.fullmatch(sentence, chains[-1][-1].end(), m.start())
                       or _MEMBERS_GAP.fullmatch(sentence, chains[-1][-1].end(), m.start())
                       or (_FORCES_GAP.fullmatch(sentence, chains[-1][-1].end(), m.start())
                           and not _KILL_BEFORE.search(sentence, max(0, chains[-1][0].start() - 40),
                                                       chains[-1][0].start()))
                       or (chains[-1][-1].re is _ONE
                           and _NOUN_GAP.fullmatch(sentence, chains[-1][-1].end(), m.start()))):
            chains[-1].append(m)  # ("a bus driver and his fare collector": "a bus" read short, its noun after it)
        else:
            chains.append([m])
    for k, chain in enumerate(chains):
        # "Among those killed were two brothers who were shot while washing a car": the dead of this sentence's
        # shooting, told as some of a toll
        named_dead = _AMONG_KILLED.search(sentence, max(0, chain[0].start() - 40), chain[0].start()) is not None \
            and _WHO_WERE_HIT.match(sentence, chain[-1].end()) is not None
        if _SUBSET_BEFORE.search(sentence, max(0, chain[0].start() - 30), chain[0].start()) and not named_dead:
            continue  # "among them a woman and her son": among the count told before
        if _NONE_BEFORE.search(sentence, max(0, chain[0].start() - 8), chain[0].start()):
            continue  # "no one was killed", "not one person died": nobody
        if sentence.endswith(("between ", "Between "), 0, chain[0].start()):
            continue  # "a fight between two groups of young men": the sides, not the dead
        if sentence.endswith(" by ", 0, chain[0].start()) and chain[0].re is _COUNT:
            continue  # "was attacked with knives by two men ... and later succumbed to his injuries": the doers
        following = [c for c in chains[k + 1:]  # ("Seven people, among them a woman and her son, were killed": the
                     if not _SUBSET_BEFORE.search(sentence, max(0, c[0].start() - 30), c[0].start())  # verb is 7's)
                     and not sentence.endswith(("between ", "Between "), 0, c[0].start())
                     and not sentence.endswith(" by ", 0, c[0].start())]  # (nor the doers: "a 46-year-old trader
        # was assaulted with clubs by a group of persons ... and later succumbed to his injuries")
        stop = min(chain[-1].end() + 100, following[0][0].start() if following else len(sentence))
        verb = _CASUALTY_VERB.search(sentence, chain[-1].end(), stop)
        if verb is None and _WHO_AFTER.match(sentence, chain[-1].end()):  # "A 19-year-old man who was shot in the
            # chest when police opened fire on protesters in Othaya at about 2:30pm (1130 GMT) has died": his death,
            # told after a long relative clause
            verb = _HAS_DIED.search(sentence, chain[-1].end(), min(chain[-1].end() + 180, len(sentence)))
        if verb is None and _PASSIVE_HURT.match(sentence, chain[-1].end()):  # "a 46-year-old trader was assaulted
            # with clubs by a group of persons near the bus stand in Puttalam town and later succumbed to his
            # injuries": his death, told after a long passive clause
            verb = _LATER_DIED.search(sentence, chain[-1].end(), min(chain[-1].end() + 200, following[0][0].start()
                                                                      if following else len(sentence)))
        if verb is not None and _WHO_WAS_HURT.match(sentence, chain[-1].end(), verb.end()):
            verb = _DIED_LATER.search(sentence, verb.end(), stop) or verb  # ("A man who was injured in the violence
            # died in hospital": he died)
        if verb is not None and _SOME_OF_THEM.search(sentence, chain[-1].end(), verb.end()) \
                and not _KILL_BEFORE.search(sentence, max(0, chain[0].start() - 40), chain[0].start()):
            continue  # "set upon two men, beating one of them to death": the one, counted below
        if re.search(r"\b(?:the|those|both)\s+$", sentence[max(0, chain[0].start() - 8):chain[0].start()], re.I) \
                and verb is not None and not _PASSIVE_BEFORE.search(sentence, chain[-1].end(), verb.start()):
            continue  # "the coffins of the two men killed on Monday": deaths told before
        if verb is not None and _SINCE_YEAR.match(sentence, verb.end()):
            continue  # "200 troops had died in the region since January": a past toll, not the day's
        if verb is not None and (_CRASHED.match(sentence, verb.end())
                                 or (_COLLAPSED.match(sentence, verb.end()) and not _FORCE_WORDS.search(sentence))):
            continue  # "a 17-year-old died when his scooter crashed during a police chase": an accident's
        died = verb is not None and (verb.group().lower() in _DEATH_VERBS
                                     or verb.group().lower().startswith(("fell ", "fallen "))) and not (
            verb.group().lower() == "to death"
            and _SENTENCED.search(sentence, max(0, chain[0].start() - 40), verb.start())) and not (
            verb.group().lower().startswith("put out") and _HOSPITAL_HURT.match(sentence, verb.end())) and not (
            verb.group().lower().startswith(("neutrali", "put out")) and (not any(_PEOPLE.search(m.group()) or (
                m.re is _OF_THEM and not _THINGS_NEUTRALISED.search(sentence)) for m in chain)
                                                            or _TAKEN_ALIVE.search(sentence)))
        # ("two explosive devices were neutralised": things; "23 assailants were neutralised": people, unless they
        # were "neutralised and arrested")
        word = verb.group().lower() if verb is not None else ""
        if verb is not None and _OWN_SUBJECT.search(sentence, chain[-1].end(), verb.start()):
            continue  # "Hundreds of people protested ..., a week after the young fisherman died": his death
        if verb is not None and all(m.re is _ONE for m in chain):
            if verb.span() in one_verbs:
                continue  # ("a man who was stabbed during a fight ... has died": the man, not the fight)
            one_verbs.add(verb.span())
        passive = died and (word in ("died", "succumbed", "embraced martyrdom", "embraced shahadat", "lost his life",
                                     "lost her life", "lost their lives") or word.endswith("sent to hell")
                            or word.startswith(("fell ", "paid the ", "made the "))
                            or _PASSIVE_BEFORE.search(sentence, chain[-1].end(), verb.start()) is not None  # type: ignore[union-attr]
                            or (word == "dead" and re.search(r"\b(?:left|leaving)\s+$", sentence[
                                max(0, chain[0].start() - 12):chain[0].start()]) is not None))
        # ("left two farmers and a police officer dead": all three)
        kill = _KILL_BEFORE.search(sentence, max(0, chain[0].start() - 40), chain[0].start())
        if kill is not None and _NO_VICTIM_AFTER.match(sentence, kill.end()):
            kill = None  # ("investigators executed a search warrant": no one killed)
        if kill is not None and _WHO_HAVE_KILLED.search(sentence, max(0, kill.start() - 60), kill.start()):
            kill = None  # ("extortion gangs that have killed dozens of drivers": who the gangs are, a toll of
            # years)
        after_killing = kill is not None and not (kill.group().lower().startswith(("neutrali", "eliminat"))
                                                  and not _NEUTRALISED_WHO.match(sentence, chain[0].start())) \
            and not (re.search(r"(?:\band|,)\s+$", kill.group()) and _OWN_VERB.match(sentence, chain[-1].end()))
        framed = verb is not None and word in ("to death", "dead") \
            and re.fullmatch(r"(?:\s+[a-z][\w-]*){0,3}\s*", sentence[chain[-1].end():verb.start()]) is not None \
            and _HARM_VERB_BEFORE.search(sentence, max(0, chain[0].start() - 12), chain[0].start()) is not None
        # ("a gang hacked a shopkeeper to death", "shot a trader dead", "hacked a village head to death": the rest of
        # the noun read short)
        after_killing = after_killing or named_dead or framed or _DEATH_OF.search(  # "the death of a 43-year-old
            sentence, max(0, chain[0].start() - 20), chain[0].start()) is not None  # man shot by an officer"
        # ("Police shot dead the gunman and three others fled": those three are the subject of a clause of their own)
        # the subject of an active killing is the killer: "Two gunmen killed three villagers", "Fighting between two
        # clans has killed six people" (not "Two soldiers killed in an ambush")
        killers = died and not passive and word in _TRANSITIVE_DEATH_VERBS and verb is not None \
            and _VICTIM_AFTER.match(sentence, verb.end()) is not None \
            and not _PASSIVE_BEFORE.search(sentence, chain[-1].end(), verb.start())
        for m in chain:
            if kill is not None and kill.group().lower().startswith(("losing", "lost")) \
                    and not _LOST_WHO.search(m.group()):
                continue  # "losing 12 tanks and 40 soldiers": the soldiers only
            one = m.re is not _COUNT and m.re is not _OF_THEM
            if not (after_killing or (passive if one else died)) or (killers and not after_killing):
                continue
            of_them = _SUBSET.search(m.group()) or _SUBSET.match(sentence, m.end())
            if (of_them and words and sentence[:m.start()].rstrip().endswith(",")) \
                    or (_SUBSET_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) and not named_dead):
                continue  # "21 civilians, four of them children": the children are among the 21
            if not one and _YEAR_BEFORE.search(sentence, max(0, m.start() - 8), m.start("num")) \
                    and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue  # "By 1990 the rebels had killed thousands": a year
            n = 1 if one else _number(m.groupdict().get("low") or m.group("num"))  # "between 10 and 15": 10
            if n is None or n > MAX_FATALITIES:
                continue
            if _EACH_SIDE.match(sentence, m.end()):
                n *= 2  # "killing one guard on each side": two
            count(m, n, _kind_of_people(m.group(0)))
    for m in [*_SOME_OF_THEM.finditer(sentence), *_SENT_TO_HELL.finditer(sentence)]:  # "beating one of them to
        # death": one of a count told before; "sending four terrorists to hell": four (not again after "killed three
        # soldiers, beating one of them to death")
        n = _number(m.group("num"))
        if n is not None and not any((a < m.end() and m.start() < b) or 0 <= m.start() - b <= 60 for a, b in spans):
            count(m, n, "people")
    for m in _BODY_FOUND.finditer(sentence) if not words and _TAKEN_BEFORE.search(sentence) else ():  # "abducted a
        # former sarpanch ..., and his body was found the next morning": one dead (of one taken, not "after his body
        # was found" of a drowning)
        count(m, 1, "people")
    for m in _FRAMED_THE.finditer(sentence):  # "shot the driver dead": one, though "the" names him (not when a count
        # told before frames it: "Two people were killed when gunmen ... shot the driver dead"; nor "tried to beat the
        # thief to death")
        if words and re.search(r"\b(?:when|as|after)\b", sentence[:m.start()], re.IGNORECASE):
            continue
        if not overlaps(m) and not _TRIED_TO.search(sentence, max(0, m.start() - 40), m.start()):
            count(m, 1, _kind_of_people(m.group(1)))
    pronoun = _PRONOUN_FRAMED.search(sentence) if not words else None
    if pronoun is not None and not _TRIED_TO.search(sentence, max(0, pronoun.start() - 40), pronoun.start()) \
            and not re.search(r"\b(?:nearly|almost|narrowly|half)\s+$", sentence[:pronoun.start()], re.IGNORECASE) \
            and any(c[0].re is _ONE and c[-1].end() <= pronoun.start() for c in chains):
        count(pronoun, 1, "people")  # ("a crowd dragged a 45-year-old herbalist from his home and beat him to death")
    bodies = _BODIES.finditer(sentence) if re.search(r"bodies|left |remains|leaving |abandon|deplor|record|regist|"
                                                     r"mourn|lives", lowered) else ()
    for m in bodies:  # "two bodies were found in the ashes", "left 12 dead"
        n = _number(m.group("num") or m.group("left") or m.group("remains") or m.group("abandoned")
                    or m.group("ours") or m.group("recorded") or m.group("lives"))
        if n is not None and n <= MAX_FATALITIES and not overlaps(m):
            count(m, n, "people")
    for m in _LYNCHED.finditer(sentence) if not _SPARED.search(sentence) else ():  # "a mob lynched a man accused of
        # stealing a motorcycle": killed (not "nearly lynched ... before police rescued him")
        n = 1 if m.group("num").lower() in ("a", "an", "one") else _number(m.group("num"))
        if n is not None and n <= MAX_FATALITIES and not overlaps(m):
            count(m, n, "people")
    for m in _PRONOUN_KILLED.finditer(sentence):  # "before troops shot him dead": the one told before in the
        if not words:  # sentence ("a gunman"), when no count of the dead was read
            count(m, 1, "people")
    for m in _KILLING.finditer(sentence):
        if any(a <= m.start("num") < b for a, b in spans) or m.group("num").lower() in ("a", "an") \
                or (m.group().lower().startswith(("neutrali", "eliminat"))
                    and not _NEUTRALISED_WHO.match(sentence, m.start("num"))):
            continue  # counted with its noun above (or "neutralised two explosive devices": no one)
        if _WHO_HAVE_KILLED.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # ("gangs that have killed dozens of drivers": who the gangs are)
        n = _number(m.group("num"))
        if n is not None and n <= MAX_FATALITIES:
            count(m, n, _kind_of_people(sentence[m.end():m.end() + 40]))
    if not words:
        return None
    total = sum(n for n, _ in groups)
    toll = _TOLL.search(sentence)
    breakdown = toll is not None and any(a <= toll.start("num") < b for a, b in spans[:-1])  # ("The provisional
    # toll stands at 42 terrorists neutralised, while three VDP fell": 45 in all)
    if toll and not breakdown and (n := _number(toll.group("num"))) is not None and n <= MAX_FATALITIES:
        total = max(n, total - n)  # "shot dead 3 ..., and the death toll rose to 5": 5 in all
    if (self_too := _SELF_TOO.search(sentence)) is not None:  # "killing three of them as well as herself": and the
        total, groups = total + 1, [*groups, (1, "attacker")]  # bomber
        words.append(self_too.group(0))
    return _Deaths(total, words, min(a for a, _ in spans), groups)


def _kind_of_people(words: str) -> str:
    """"12 police officers" and "twelve policemen" count the same kind: "police"."""
    m = _PEOPLE.search(words)
    if not m:
        return "people"
    noun = m.group().lower()
    if noun.startswith(("police", "officer")):
        return "police"
    return {"demonstrators": "protesters", "persons": "people"}.get(noun, noun)


def _as_placed(d: _Draft) -> _Draft:
    """An agreement as its own words place it: with no place when none is named after its words ("two farm unions
    signed a deal with the Catalan government late on Wednesday" in a story of a blockade at La Jonquera)."""
    return replace(d, place=None) if d.trigger.sub_event_type == "Agreement" and not d.place_follows else d


def _could_be_one(a: _Draft, b: _Draft, slack: timedelta = timedelta(0)) -> bool:
    """Whether two events could be one: places one inside the other, times overlapping (or
    within ``slack`` of each other)."""
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return True
    same_place = pa.place_id == pb.place_id or (
        pa.country == pb.country and "country" in (pa.precision, pb.precision)) or pa.city == pb.name \
        or pb.city == pa.name or (pa.city is not None and pa.city == pb.city) \
        or (pa.precision == "region" and _within(pb, pa)) or (pb.precision == "region" and _within(pa, pb))
    # ("struck a house in Khost province ... The strike hit a village in the Sperah district": Sperah is in it)
    ta, tb = a.time, b.time
    overlap = ta is None or tb is None or (ta.start - slack < tb.end and tb.start - slack < ta.end)
    return same_place and overlap


def _dedupe_deaths(deaths: dict[tuple[int, int], _Deaths], drafts: list[_Draft]) -> None:
    """The same deaths told twice ("12 police died" ... "Twelve police officers were killed")
    count once, with the event whose place is more precise (the earlier when equal)."""
    owners = {d.deaths_from: d for d in drafts if d.deaths_from is not None}
    seen: dict[tuple[int, str], tuple[int, int]] = {}
    for sent in sorted(deaths):
        for group in list(deaths[sent].groups):
            if group not in seen:
                seen[group] = sent
                continue
            earlier = seen[group]
            if earlier == sent:
                continue  # "a man, his wife and ...": two people of one sentence, not one told twice
            a, b = owners.get(earlier), owners.get(sent)
            if a is None and b is not None:
                seen[group] = sent  # the earlier deaths are no kept event's ("a teacher who was stabbed to death in
                continue  # August"): these count
            slack = timedelta(days=1) if group[0] >= 3 else timedelta(0)  # one death is too common a count
            if a is not None and b is not None and not _could_be_one(a, b, slack=slack):
                continue  # six killed in Jos, six killed in Bokkos: two events
            rank = _PRECISION_RANK
            later_finer = a is not None and b is not None and a.place is not None and b.place is not None \
                and rank[b.place.precision] < rank[a.place.precision]
            loser = earlier if later_finer else sent
            deaths[loser] = deaths[loser].without(group)
            if later_finer:
                seen[group] = sent


def _number(raw: str) -> int | None:
    raw = raw.lower().replace(",", "")
    if raw in ("the", "its", "their", "his", "her"):  # "killing the driver", "killed its driver"
        return 1
    if raw == "both":  # "killing both men inside"
        return 2
    if raw.isdigit():
        return int(raw)
    return _NUMBER_WORDS.get(raw)


def _nearby(a: Place | None, b: Place | None) -> bool:
    """The same place, or two within :data:`NEARBY_KM` ("killed in Luanda when police opened fire in Viana")."""
    if a is None or b is None:
        return a == b
    return a == b or haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEARBY_KM


def _takes_deaths(event: _Draft, deaths: _Draft) -> bool:
    """Whether the deaths a death word tells (``deaths``) are those of ``event``: told at its place,
    or bare deaths ("were killed") at a place near a violent event."""
    return event.place == deaths.place or (_nearby(event.place, deaths.place) and event.trigger.group in _VIOLENT_GROUPS
                                           and _BARE_DEATH.fullmatch(deaths.trigger_text) is not None)


def _merge_fatal(drafts: list[_Draft], text: str) -> list[_Draft]:
    """A death trigger beside another violent or protest trigger of its sentence at the same place
    adds to that event, not a new one (arrests and decisions do not take deaths)."""
    out = []
    for d in drafts:
        if d.trigger.group == "fatal" and (taker := next((
                o for o in drafts if o.sentence == d.sentence and o.trigger.group not in ("fatal", "strategic")
                and o.trigger.sub_event_type != _ABDUCTION  # ("shot dead six villagers and kidnapped 20 women": two)
                and not (o.trigger.sub_event_type == "Looting/property destruction"
                         and (_BARE_DEATH.fullmatch(d.trigger_text) is None or o.trigger_start > d.trigger_start))
                # ("two men were hacked to death and several houses were burned", "15 farmers and eight herders died
                # in the fighting ..., and that dozens of homes were burnt": a killing and a burning; but "shops were
                # looted ... and three people had died there": the looting's dead)
                and not _protest_apart(text, o, d)
                and not (o.trigger.event_type in ("Protests", "Riots") and o.trigger_start < d.trigger_start
                         and _BECAUSE.search(text, o.trigger_start, d.trigger_start))  # ("The riots broke out after
                # a 30-year-old mechanic ... died in police custody": the death that set them off, of its own)
                and (o.clause == d.clause or _BARE_DEATH.fullmatch(d.trigger_text) is not None
                     or o.trigger_start < d.trigger_start)  # ("Fighters shot dead two workers ..., and a soldier
                # was killed hours later when troops came under fire": the shooting is an event of its own)
                and (not d.placed or _takes_deaths(o, d)) and (o.anchored or not d.anchored)
                and not (d.time is not None and o.time is not None and d.time.precision == "month"
                         and d.time.end <= o.time.start)), None)) is not None:  # ("a teacher who was stabbed to
            # death in August": months before the protest for him; "a day after an officer shot dead a man" is an
            # event of its own day; deaths at another place of the sentence, "... spread south, where four were shot
            # dead in Ziguinchor", are an event of their own)
            if d.time is not None and taker.time is not None and taker.time.end - taker.time.start > timedelta(days=1) \
                    and taker.time.start <= d.time.start and d.time.end <= taker.time.end and _narrower(d.time,
                                                                                                        taker.time):
                taker.time = d.time  # "Two young men were shot dead ... on Wednesday during protests against a rise
                # in fuel prices that has paralysed public transport in Beira since Monday": the day of the deaths
            taker.deaths_from = taker.deaths_from or d.deaths_from  # ("Five Maoists were killed in an encounter ...,
            # two days after an IED blast near Dornapal killed three jawans": the five of its own clause)
            continue
        out.append(d)
    return out


_CAUSE_CLAUSE = re.compile(rf"\b(?:{_CAUSE_WORDS})\s+(?:an?|the|two|three|\d+)\s+(?:[\w-]+\s+){{0,3}}$",
                           re.IGNORECASE)
_TYPED_DEATHS = re.compile(r"unrest|riot|demonstrat|protest|\bmobs?\b|clash|fighting|battle|gunfight|firefight|attack|"
                           r"shoot-?out|exchange of fire|confrontation|"
                           r"gunmen|bandits|raid|shot|bomb|blast|strike|drone|shell|artillery|missile|rocket|mortar|"
                           r"warplane",
                           re.IGNORECASE)


# a protest under way when forces killed: "as a strike by taxi drivers turned violent", "during protests against"
_DURING_PROTEST = re.compile(r"\b(?:as|during|amid|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|"
                             r"demonstrations?|marches|rall(?:y|ies)|riots?|unrest|sit-ins?|blockades?|"
                             r"(?:general\s+)?strikes?(?=\s+(?:by|over|against|of|called)\b)|general\s+strikes?)\b",
                             re.IGNORECASE)
_WHO_WAS_HURT = re.compile(r"\s*,?\s*(?:who|that)\s+(?:was|were|had been)\s+(?:[a-z]+ly\s+)?(?:injured|wounded|hurt)$",
                           re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"\b(?:after|before|when|since|because)\s+(?:the|a|an|his|her|their|its)\s+"
                          r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_HAS_DIED = re.compile(r"(?<=\b(?:has|had)\s)died\b|(?<=\blater\s)died\b|(?<=\bhas\s)succumbed\b", re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s*,?\s*who\s+(?:was|were|had\s+been)\s+", re.IGNORECASE)
_PASSIVE_HURT = re.compile(r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:assaulted|beaten|attacked|stabbed|shot|hacked|"
                           r"clubbed|stoned|set\s+upon)\b", re.IGNORECASE)
_LATER_DIED = re.compile(r"(?:(?<=\band later )|(?<=\bbut later ))(?:died|succumbed)\b", re.IGNORECASE)
_DIED_LATER = re.compile(r"\b(?:died|succumbed)\b", re.IGNORECASE)
_NO_VICTIM_AFTER = re.compile(r"\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:warrants?|orders?|plans?|contracts?)\b",
                              re.IGNORECASE)
_HARM_VERB_BEFORE = re.compile(r"\b(?:hacked|beat|stabbed|stoned|clubbed|bludgeoned|burned|burnt|shot|lynched|"
                               r"kicked|strangled|battered|hanged|hacking|beating|stabbing|stoning|clubbing|"
                               r"bludgeoning|burning|shooting|lynching|kicking|strangling|battering)\s+$",
                               re.IGNORECASE)
_PRONOUN_KILLED = re.compile(r"\b(?<!nearly )(?<!almost )(?<!could have )(?<!would have )(?:shot|gunned)\s+"
                             r"(?:him|her)\s+(?:dead|down)\b|\b(?<!nearly )(?<!almost )(?:killing|(?<!have )(?<!had )"
                             r"killed)\s+(?:him|her)\b(?!\s+(?:husband|wife|son|daughter|father|mother|brother|sister|"
                             r"self))", re.IGNORECASE)
_AMONG_KILLED = re.compile(r"\bamong\s+(?:those|the\s+people|the\s+victims)\s+"
                           r"(?:killed|shot\s+dead|murdered|slain)\s+(?:were|was)\s+$", re.IGNORECASE)
_WHO_WERE_HIT = re.compile(r"\s+who\s+(?:were|was)\s+(?:shot|killed|gunned\s+down|stabbed|hacked|murdered|beaten)\b",
                           re.IGNORECASE)
_DEATH_OF = re.compile(r"\b(?:deaths?|killings?|murders?)\s+of\s+$", re.IGNORECASE)
_DEATH_NOUN = re.compile(r"deaths?|killings?|murders?", re.IGNORECASE)
# "a 17-year-old was shot dead by police during a traffic check": the police's attack on a civilian
_BY_FORCES_AGENT = (r"\s+by\s+(?:an?\s+|the\s+)?(?:police(?:\s+officers?|man|men)?|officers?|soldiers?|troops|"
                    r"security forces|gendarmes?)\b")
_SHOT_BY_FORCES = re.compile(r"\b(?:shot(?:\s+dead)?|killed|gunned\s+down|wounded)" + _BY_FORCES_AGENT, re.IGNORECASE)
_KILLED_BY_FORCES = re.compile(r"\w+(?:\s+dead)?" + _BY_FORCES_AGENT, re.IGNORECASE)
# ("... was killed when a gunman firing a shotgun targeted a roadblock")
_GUNMAN = re.compile(r"\bby (?:an? |the )?(?:unknown |unidentified |masked |lone )?(?:gunm[ae]n|sniper|assailants?|"
                     r"attackers?)\b|\b(?:when|as|after) (?:an? |the |two |three |several )?(?:unknown |unidentified |"
                     r"masked |lone )?(?:gunm[ae]n|sniper)\b(?! and (?:troops|soldiers|police))|"
                     # ("two gunmen on a motorcycle shot dead a village chief outside his home")
                     r"\bgunm[ae]n (?:[\w-]+ ){0,4}?(?:shot dead|gunned down|shot and killed) "
                     r"(?:an? |the |two |three )?"
                     r"(?!(?:[\w-]+ )?(?:soldiers?|police|policem[ae]n|officers?|troops|guards?|militi\w+|fighters)\b)",
                     re.IGNORECASE)


_FIGHTER_WORDS = (r"(?:terrorists|militants|insurgents|rebels|fighters|jihadists|gunmen|bandits|attackers|khwarij|"
                  r"armed smugglers|gang members|gangsters|militiamen|"
                  r"khawarij|maoists|naxals|naxalites|guerrillas|separatists)")
_FORCES_KILL_FIGHTERS = re.compile(r"\b(?:troops|soldiers|army|military|security forces|forces|police)\b[^.;]{0,120}?"
                                   rf"(?:\bkill(?:ed|ing)\b\W{{0,3}}(?:[\w-]+\W{{1,3}}){{0,3}}?{_FIGHTER_WORDS}\b|"
                                   # ("Venezuelan troops have killed nine members of a criminal gang")
                                   r"\bkill(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:members|gunmen|fighters) of "
                                   r"(?:an? |the )?(?:[\w-]+\s+){0,2}?(?:gangs?|cartels?|militias?|armed groups?|"
                                   r"factions?)\b|"
                                   rf"\b(?:{_FIGHTER_WORDS}|assailants|raiders)\b[^.;]{{0,80}}?\bkill(?:ed|ing)\s+"
                                   r"(?:\w+\s+){0,2}of\s+them\b)",  # ("caught up with a group of the assailants ...,
                                   re.IGNORECASE)  # killing 11 of them")


_FIGHTERS_KILL_FORCES = re.compile(_ARMED_ACTORS.pattern + r"[^.;]{0,60}?\bkill(?:ed|ing)\b\W{0,3}"
                                   r"(?:[\w-]+\W{1,3}){0,3}?(?:soldiers|troops|policemen|police officers|officers|"
                                   r"gendarmes|servicemen|members of (?:the )?(?:[\w-]+ ){0,2}?(?:security forces|"
                                   r"armed forces|army|police|military|forces)(?! (?:chiefs?|spokes\w+)))\b",
                                   re.IGNORECASE)  # ("gunmen killed three members of the security forces")
# what gunmen attacked when it is the forces': "attacked a checkpoint", "an army post", "the barracks"
_MILITARY_TARGET = re.compile(r"\s+(?:(?:on|against)\s+)?(?:(?:an?|the|two|three|several|its|their)\s+)?"
                              r"(?:[\w-]+\s+){0,2}?"  # ("attacked SSPDF defensive positions")
                              r"(?:checkpoints?|check ?posts?|"
                              # ("stormed a camp of the paramilitary Frontier Corps")
                              r"(?:camps?|bases?|posts?|compounds?|headquarters|barracks) of (?:the )?"
                              r"(?:[\w-]+\s+){0,3}?"
                              r"(?:army|military|forces|corps|police|guards?|gendarmerie|rangers|levies|troops|"
                              r"battalion|regiment|brigade)\b|"
                              r"army posts?|(?:border|frontier|guard|sentry|observation|levies|militia) post\b|"
                              r"(?:border |frontier )?posts\b(?! (?:on|of) (?:social|the internet|X|Facebook))|"
                              r"military posts?|police posts?|police stations?|(?:military |army |air |naval )?bases?|"
                              r"barracks|(?:army |military |gendarmerie |police )camps?|security posts?|"
                              r"gendarmerie posts?|"
                              r"outposts?|garrisons?|(?:military |army |government )?positions?|detachments?|"
                              r"patrols?|police (?:divisions?|headquarters|units?|vehicles?)|"  # ("stormed a police
                              # division", "attacked the detachment of the Volunteers")
                              r"(?:army|military|police) (?:convoys?|units?|vehicles?)|"
                              r"(?:government|army|military|enemy|front|defensive|Ukrainian|Russian) lines|"
                              r"hideouts?|hide-outs?|strongholds?)\b",  # (an armed group's: "a raid on a hideout")
                              re.IGNORECASE)
_FORCES_DIED = re.compile(r"\b(?:soldiers|troops|personnel|policemen|police officers|officers|gendarmes|servicemen|"
                          r"paramilitaries|guards)\s+(?:were|had been|have been)\s+(?:martyred|killed|shot dead)\b",
                          re.IGNORECASE)
# the forces killed in the attack itself, told before it ("after a soldier was killed in an attack that the
# authorities blamed on gang members")
_FORCES_DIED_IN = re.compile(r"\b(?:soldiers?|troops|personnel|policem[ae]n|police officers?|officers?|gendarmes?|"
                             r"servicem[ae]n|paramilitar(?:y|ies)|guards?|corporals?|sergeants?)\s+"
                             r"(?:was|were|had been|have been|has been)\s+(?:martyred|killed|shot dead)\s+in\s+"
                             r"(?:an?|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "when their patrol was ambushed": the forces attacked, in the attack's own clause
_UNIT_ATTACKED = re.compile(r"\b(?:patrols?|convoys?)\s+(?:was|were|had been)\s+(?:ambushed|attacked)\b", re.IGNORECASE)
# "the military detachment of Natiaboani ... was the target of a complex attack": the forces attacked
_TARGET_OF = re.compile(r"\b(?:was|were|had been|has been|have been|became)\s+the\s+targets?\s+of\s+(?:an?\s+)?"
                        r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "a unit of the Defence and Security Forces (FDS) stationed at Tillia, in the Tahoua region, was attacked": the
# forces a passive attack is on, told before it
def _forces_named_before(text: str, d: _Draft) -> bool:
    """Whether forces are named in ``d``'s sentence before its trigger, as who a passive attack is on ("a unit of the
    Defence and Security Forces (FDS) stationed at Tillia, in the Tahoua region, was attacked")."""
    start = max([d.sentence[0], *(m.end() for m in _SUBJECT_OPENS.finditer(text, d.sentence[0], d.trigger_start))])
    return any(p.search(text, start, d.trigger_start) is not None for p in (_FORCES_UNIT, _SECURITY, _FORCE_NOUN))


_SUBJECT_OPENS = re.compile(r"\b(?:said|says|told|reported|that|when|after|while|as|and)\b", re.IGNORECASE)  # ("Two
# police officers said a trader was attacked by gunmen": the trader)


_FORCE_NOUN = re.compile(r"\b(?:an?|the|one|our)\s+(?:[\w-]+\s+)?(?:units?|patrols?|convoys?|detachments?)\b|"
                         # ("a position of the armed forces located near Téhini was attacked")
                         r"\b(?:positions?|posts?|bases?|camps?) of the (?:[\w-]+\s+){0,2}?(?:armed|security|"
                         r"defen[cs]e) forces\b", re.IGNORECASE)
_WAS_BEFORE = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.IGNORECASE)
_WAS_OPENING = re.compile(r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked|ambushed)\b", re.IGNORECASE)
_FORCES_UNIT = re.compile(r"\b(?:military|army|police|gendarmerie|security|(?-i:[A-Z]{2,6}[a-z]?))\s+(?:[\w-]+\s+)?"
                          r"(?:detachments?|posts?|companies|battalions?|platoons?|contingents?|"  # ("four more
                          # BSF companies have been deployed")
                          r"units?|bases?|camps?|stations?|convoys?|patrols?|positions?|checkpoints?|barracks)\b|"
                          r"\b(?:detachments?|garrisons?|barracks|checkpoints?|outposts?)\b", re.IGNORECASE)
_CAUSE_BEFORE = re.compile(rf"\b(?:{_CAUSE_WORDS}|weeks|days|months)\b[^.;,]*$", re.IGNORECASE)
_FORCES_KILLED = re.compile(r"\bkilling\s+(?:at least\s+)?(?:[\w-]+\s+){0,2}(?:soldiers|troops|policemen|"
                            r"police officers|officers|gendarmes)\b", re.IGNORECASE)


def _fatal_type(sentence: str, weapons: bool = True) -> tuple[str, str]:
    """The event type of deaths told with no other trigger, from the words around them (and the weapon they
    name, unless ``weapons`` is False)."""
    s = sentence.lower()
    fought = _FORCES_KILL_FIGHTERS.search(sentence)
    unrest = re.search(r"(?<!unrelated to the )(?<!unrelated to )(?<!no link to the )(?:unrest|riot|demonstrat|protest|"
                       r"\bmob(?:s|bed|bing)?\b|(?:clear\w*|lift\w*|remov\w*) (?:of )?(?:an? |the )?"
                       r"(?:[\w-]+ )?(?:roadblocks?|blockades?|barricades?))", s)  # ("died ... during the clearing
    # of a roadblock"; not "a gangland killing unrelated to the unrest")
    if fought is not None and unrest is not None and fought.end() <= unrest.start():  # (told first: "border guards
        return "Battles", "Armed clash"  # have killed four armed smugglers ..., as unrest ... continued in Ramtha")
    if unrest is not None:
        return "Riots", "Violent demonstration"
    if re.search(r"clash|fighting|battle|gunfight|firefight|shoot-?out|exchange of fire|repel(?:led|ling|s)?\b|"
                 r"confrontation with (?:an? |the )?"
                 r"(?:police|soldiers|troops|security)", s) or fought is not None \
            or _FIGHTERS_KILL_FORCES.search(sentence):
        return "Battles", "Armed clash"  # ("troops killed 15 militants in an operation near Mora", "militants
        # killed 12 soldiers")
    if weapons and re.search(r"\b(?:drones?|air ?strikes?|warplanes?|fighter jets?|aircraft|"
                             r"(?:helicopter )?gunships?)\b", s):
        return _EXPL, "Air/drone strike"  # "A 67-year-old man was killed by a Russian FPV drone"
    if weapons and re.search(r"\b(?:shell(?:s|ing|ed)?|artillery|missiles?|rockets?|mortars?)\b", s):
        return _EXPL, "Shelling/artillery/missile attack"
    if _FIGHTERS_FELL.search(sentence):
        return "Battles", "Armed clash"  # "Three enemies were killed while one soldier sustained a gunshot wound":
        # fighters fall in a fight
    return _VAC, "Attack"


_FIGHTERS_FELL = re.compile(rf"\b(?:{_FIGHTER_WORDS}|enemies|enemy\s+(?:fighters|combatants|elements))\s+"
                            r"(?:were|had\s+been|have\s+been)\s+(?:killed|neutrali[sz]ed|eliminated|shot\s+dead)\b",
                            re.IGNORECASE)
# the civilians a killing or a shooting names as its victims ("a tribal man", "a farmer and his son", "two traders")
_VICTIM_NOUNS = (r"farmers?|villagers?|traders?|man|men|woman|women|youths?|shopkeepers?|children|child|boys?|girls?|"
                 r"teachers?|students?|herders?|residents?|civilians?|drivers?")
# fighters and the civilian they killed, in one sentence ("suspected Maoists had dragged a tribal man out of his house
# ... and killed him"); a "police informer" is the victim's alleged role, not forces on the scene
_FIGHTERS_SLEW_CIVILIAN = re.compile(rf"\b{_FIGHTER_WORDS}\b[^.;]{{0,80}}?\b(?:an?|the|one|two|three|four|five|\d+)\s+"
                                     rf"(?:[\w-]+\s+){{0,2}}?(?:{_VICTIM_NOUNS}|teenagers?|elders?|labou?rers?|"
                                     r"workers?)\b[^.;]{0,120}?\b(?:killed|murdered|shot dead|hacked to death|beheaded|"
                                     r"executed|strangled)\b", re.IGNORECASE)
_POLICE_INFORMER = re.compile(r"\bpolice\s+(?:informers?|informants?|spies|spy)\b", re.IGNORECASE)
# one of the forces hit by what follows: "A soldier was wounded by sniper fire"
_ONE_OF_FORCES_HIT = re.compile(r"\b(?:soldier|serviceman|policeman|police officer|gendarme|guard|servicemen)s?\s+"
                                r"(?:was|were|had been|has been)\s+(?:\w+ly\s+)?"
                                r"(?:wounded|injured|killed|hit)\b", re.IGNORECASE)
# one of the forces as the one killed: "A police officer was shot dead late on Tuesday while dealing with rioters"
_FORCES_SLAIN = re.compile(r"\b(?:police\s*(?:officer|man|woman)|officer|soldier|gendarme|guard|constable)s?\s+"
                           r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DEAD_CIVILIAN_AFTER = re.compile(rf"\s+dead\s+(?:an?|the|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?"
                                  rf"(?:{_VICTIM_NOUNS}|worshippers?)\b", re.IGNORECASE)
_FIREBOMB = re.compile(r"petrol bombs?|molotov\w*|fire ?bombs?", re.IGNORECASE)
_AT_A_HOME = re.compile(r"\s+(?:at|into|on)\s+(?:the\s+|a\s+|an\s+)?(?:(?!police|army|military|patrol)[\w-]+\s+)?"
                        r"(?:house|home|residence|car)\b",
                        re.IGNORECASE)  # (a home's people attacked; not "at a police outpost", "at the party's office")
_BROKE_IN = re.compile(r"(?:broke|broken|forced their way|stormed)(?:\s+into)?\b", re.IGNORECASE)
_INTO_A_HOME = re.compile(r"\s*(?:into\s+)?(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:house|home|residence|"
                          r"compound)\b", re.IGNORECASE)
_LOOT_WORD = re.compile(r"loot(?:ed|ing)\b|ransack\w*|carried off|made off with", re.IGNORECASE)
# a riot's other acts, told beside the looting (which then stays the property's row of its own)
_OTHER_RIOT_ACTS = re.compile(r"\b(?:burn\w*|set fire|set alight|torch\w*|stones?|stoned|clash\w*|barricad\w*|"
                              r"riot\w*|smash\w*(?! (?:their|its|his|her) way\b)|vandali[sz]\w*)\b", re.IGNORECASE)
# (not "smashed their way into six shops and carried off clothing": the looting's own way in)
_HURT_IN_A = re.compile(r"\b(?:man|woman|men|women|boy|girl|teenager|people|person|resident|driver|student|youth|"
                        r"child|children|passers-by|bystander)s?\s+(?:was|were|had been|has been|have been)\s+"
                        r"(?:\w+ly\s+)?(?:wounded|injured|killed|hurt|hit|shot)\s+in\s+an?\s+$", re.IGNORECASE)
_BLADE_DEATH = re.compile(r"(?:hacked|stabbed|beaten|clubbed|bludgeoned|macheted|axed) to death$", re.IGNORECASE)
_CIVILIAN_VICTIM = re.compile(rf"\b(?:an?|the|one|two|three|\d+)\s+(?:[\w-]+\s+){{0,2}}?(?:{_VICTIM_NOUNS}|teenagers?|"
                              r"fishermen|fisherman|pastors?|priests?|imams?|elders?|labou?rers?|workers?)\s+"
                              r"(?:was|were|had been|has been|have been)\s+$", re.IGNORECASE)


def _to_incident(article: Article, d: _Draft, fatal: dict[tuple[int, int], _Deaths], text: str) -> Incident:
    assert d.place is not None and d.time is not None
    s0, s1 = d.sentence
    sentence = text[s0:s1]
    event_type, sub = d.trigger.event_type, d.trigger.sub_event_type
    by_forces = False
    if d.trigger.group == "fatal":
        clause = text[d.clause[0]:d.clause[1]]
        # (a man "shot dead by police", not "protesters were shot dead by police")
        by_forces = (_KILLED_BY_FORCES.match(text, d.trigger_start, d.clause[1]) is not None or (
            _DEATH_NOUN.fullmatch(d.trigger_text) is not None  # "the death of a man shot by an officer"
            and _KILLED_BY_FORCES.search(text, d.trigger_start, d.clause[1]) is not None
            and not _CROWD.search(text, d.trigger_start, d.clause[1]))) and not _CROWD.search(
            text, max(d.clause[0], d.trigger_start - 50), d.trigger_start)
        if (_GUNMAN.search(clause) and not _FIGHTERS_KILL_FORCES.search(clause)) or _IN_CUSTODY.search(clause) \
                or by_forces:  # "..., and a man was shot dead by an unknown gunman": not the riot's deaths; nor
            # is a death in a police cell (but "after gunmen killed three members of the security forces" is a battle)
            event_type, sub = _VAC, "Attack"
        elif _BLADE_DEATH.match(d.trigger_text) and _CIVILIAN_VICTIM.search(text, max(d.clause[0],
                                                                                     d.trigger_start - 60),
                                                                           d.trigger_start):
            event_type, sub = _VAC, "Attack"  # "A farmer was hacked to death in his field": a civilian killed, whatever
            # the fighting told before
        elif (cause := _CAUSE_CLAUSE.search(text, max(s0, d.trigger_start - 60), d.trigger_start)) is not None:
            told = text[cause.start():d.clause[1]]  # "the third night of demonstrations since an officer fatally
            event_type, sub = _fatal_type(told) if _TYPED_DEATHS.search(told) else (_VAC, "Attack")  # shot a man"
            by_forces = True  # (that killing's own words, not the protests')
        elif _CALLED_OVER.search(text, s0, d.trigger_start) and not _TYPED_DEATHS.search(text, d.clause[0], s1):
            event_type, sub = _VAC, "Attack"  # "The march was called after a Haitian farmworker was accused of
            # stabbing a ... taxi driver to death": the killing a protest was called over, not the protest's
        elif not _TYPED_DEATHS.search(sentence) and _FIGHTERS_SLEW_CIVILIAN.search(sentence) \
                and not _SECURITY.search(_POLICE_INFORMER.sub("", sentence)):
            event_type, sub = _VAC, "Attack"  # "suspected Maoists had dragged a tribal man out of his house ... and
            # killed him": fighters killing a civilian, whatever the fighting told before
        else:
            event_type, sub = _fatal_type(clause) if _TYPED_DEATHS.search(clause) else _fatal_type(sentence) \
                if _TYPED_DEATHS.search(sentence) else _fatal_type(text[max(0, s0 - 400):s1], weapons=False)
            # (the kind its own clause tells: "Gunmen killed 14 villagers in an attack ..., and authorities imposed a
            # curfew after a day of rioting"; "At least nine people have been killed since Thursday": the story's kind,
            # not the weapon of another event told before)
    if (d.trigger.group in ("fatal", "armed", "protest") and _SECURITY.search(sentence)
            and (_CROWD.search(sentence) or _TO_DISPERSE.search(sentence) or _GATHERED_TO.search(sentence))
            and _SHOOTING_CROWD.search(sentence)
            and not (d.trigger.group == "fatal" and _FORCES_SLAIN.search(text, d.clause[0], d.trigger_start))
            and not (d.trigger.group == "fatal" and by_forces)
            and not (d.trigger.group == "fatal" and _ARMED_ACTORS.search(text, d.clause[0], d.trigger_start)
                     and not _SECURITY.search(text, d.clause[0], d.trigger_start))  # (not "Gunmen shot dead five
            # labourers ..., hours after officers used tear gas to break up a protest"; but "Soldiers and RSF fighters
            # shot dead five protesters")
            and not (d.trigger.group == "protest" and _FORCES_MOVED_IN.search(text, d.trigger_start, s1))):
        event_type, sub = "Protests", "Excessive force against protesters"  # (not "The protesters had been blocking
        # the railway since Monday, ..., and gendarmes moved in at about 11 a.m. with tear gas": the blockade before)
    elif d.trigger.group == "fatal" and (by_forces or _SECURITY.search(text, d.clause[0], d.trigger_start)) \
            and _DURING_PROTEST.search(text, d.trigger_start, s1) and event_type != "Battles" \
            and not _FORCES_SLAIN.search(text, d.clause[0], d.trigger_start):
        event_type, sub = "Protests", "Excessive force against protesters"  # "Police shot dead three people on
        # Tuesday as a strike by taxi drivers turned violent"
    elif d.trigger.group == "protest" and _SHOT_BY_FORCES.search(text, s0, d.trigger_start) \
            and _DURING_PROTEST.search(text, max(s0, d.trigger_start - 40), d.trigger_start + len(d.trigger_text)):
        event_type, sub = "Protests", "Excessive force against protesters"  # "Two young men were shot dead by
        # police in Nhamatanda district on Wednesday during protests against a rise in fuel prices"
    elif (d.trigger.group == "armed" and event_type == "Battles" and _SHOOTING.search(d.trigger_text)
          and " under " not in d.trigger_text
          and _SECURITY.search(text, *d.clause) and not _forces_harmed(text, d)
          and not _ARMED_ACTORS.search(text, *d.sentence) and not _FIGHT.search(text, *d.clause)
          and not _RETURNED_FIRE.search(text, d.trigger_start, d.sentence[1])  # (not "opened fire ... on a Thai
          # ranger base, and the rangers returned fire": a fight)
          and not _MILITARY_TARGET.match(text, d.trigger_start + len(d.trigger_text))):  # (not "troops had fired on
        # Armenian positions": the other side's forces)
        # "an officer opened fire on a car": no second armed side; on the crowd of the scene just told
        # ("... blocked the road with burning tyres. Officers later opened fire"), force against protesters
        scene = _PROTEST_SCENE.search(text, max(0, s0 - 300), s0) is not None \
            and not any(not t.is_report for t in timeline.find_times(text, s0, s1)) \
            and not _VEHICLE.match(text, d.trigger_start + len(d.trigger_text))  # (not "... opened fire on a car")
        scene = scene or (_AT_GATHERING.match(text, d.trigger_start + len(d.trigger_text)) is not None
                          and _GATHERING_PROTESTED.search(text, s1, s1 + 300) is not None)  # "opened fire on mourners
        # at a funeral ... The shooting began as the crowd left the cemetery chanting slogans against the authorities"
        scene = scene or _AT_PROTEST.match(text, d.trigger_start + len(d.trigger_text)) is not None  # ("police
        # opened fire on a sit-in by farmers")
        event_type, sub = ("Protests", "Excessive force against protesters") if scene else (_VAC, "Attack")
    elif (d.trigger.group == "armed" and event_type == "Battles" and d.trigger_text.lower() == "shooting"
          and _HURT_IN_A.search(text, max(d.sentence[0], d.trigger_start - 90), d.trigger_start)
          and not _ARMED_ACTORS.search(sentence) and not _SECURITY.search(sentence) and not _FIGHT.search(sentence)):
        event_type, sub = _VAC, "Attack"  # "a 31-year-old man was seriously wounded in a shooting": on a civilian
    elif (d.trigger.group == "armed" and event_type == "Battles"
          and (_AIMED.search(d.trigger_text) or (d.trigger_text.lower() == "shooting" and _SHOOTING_PEOPLE.match(
              text, d.trigger_start + len(d.trigger_text))))
          and (_CIVILIAN_TARGET.search(text, d.trigger_start, d.clause[1])
               or _KILLING_PEOPLE.match(text, d.clause[1]))  # ("opened fire on a cockfighting ring ..., killing six
          # people")
          and not _ARMED_TARGET.search(text, d.trigger_start, d.clause[1])  # (not "a group of militants")
          and not _ARMED_ACTORS.search(text, d.trigger_start, d.clause[1])
          and not _SECURITY.search(text, d.sentence[0], _cause_told_after(text, d))
          and not _FIGHT.search(text, *d.sentence)):
        event_type, sub = _VAC, "Attack"  # "gunmen sprayed a crowded bar with bullets": on civilians (whatever police
        # did in a cause told after it: "..., and cartel members blocked highways hours later after police arrested a
        # local gang boss")
    elif d.trigger.group in ("riot", "attack") and _PRISON_RIOT.search(sentence):
        event_type, sub = "Riots", "Violent demonstration"  # "Police and soldiers stormed a prison ..., ending a riot
        # in which gang inmates had held 11 guards hostage": the riot and its end, not an attack
    elif (d.trigger.group == "riot" and event_type == "Riots" and _SET_ALIGHT.search(d.trigger_text)
          and (_UNKNOWN_DOERS.search(text, d.clause[0], d.trigger_start)
               or (_SAME_GROUP.search(text, d.clause[0], d.trigger_start)  # ("armed individuals abducted four
                   and _ARMED_ACTORS.search(text, max(0, d.sentence[0] - 400), d.sentence[0]))  # civilians ... the same
               # group set fire to two houses and a granary": the armed men told before)
               or _SETTLERS.search(text, d.clause[0], d.trigger_start)  # ("settlers set fire to cars")
               or (_FORCES_DOERS.search(text, d.clause[0], d.trigger_start)  # ("soldiers set fire to 20 houses";
                   and not _WHOLE_PLACE.search(text, d.trigger_start, d.trigger_start + len(d.trigger_text) + 30))
               # (not "burned a village")
               or _BY_UNKNOWN.match(text, d.trigger_start + len(d.trigger_text)))  # ("houses were set ablaze by
          # unidentified persons")
          and not _CROWD.search(text, *d.clause)):
        # "unidentified men set fire to a union's offices": property destruction; "... to a bus, killing two": an
        # attack
        event_type, sub = (_VAC, "Attack") if _anyone_hurt(sentence) else (_SD, "Looting/property destruction")
    elif (d.trigger.group == "riot" and event_type == "Riots" and _SET_ALIGHT.search(d.trigger_text)
          and (fired := _FIRED_BY_WEAPON.search(text, d.clause[0], d.trigger_start) or (
              _WEAPON_SUBJECT.match(text, d.sentence[0] if re.match(r"\s*and\b", text[d.clause[0]:d.clause[0] + 6])
                                    else d.clause[0])
              if re.search(r"\band\s+$", text[max(0, d.trigger_start - 8):d.trigger_start])
              or re.match(r"\s*and\b", text[d.clause[0]:d.clause[0] + 6]) else None)) is not None  # ("The missile
          # struck at around 4:20 a.m. and set a grain warehouse on fire")
          and not _CROWD.search(text, d.clause[0], d.trigger_start)):
        # "a drone set fire to fuel tanks at a depot": a strike that started a fire, not arson
        event_type, sub = _EXPL, ("Air/drone strike" if re.match(r"(?:drone|air|war|jet)", fired.group(), re.I)
                                  else "Shelling/artillery/missile attack")
    elif (d.trigger.group == "riot" and event_type == "Riots" and _SET_ALIGHT.search(d.trigger_text)
          and _no_crowd_arson(text, d) and not _CROWD.search(text, *d.clause) and not _anyone_hurt(sentence)
          and not _ARMED_ACTORS.search(sentence)):  # (armed men's arson: below)
        event_type, sub = _SD, "Looting/property destruction"  # "a bus was set on fire shortly after 6 a.m."
    elif (d.trigger.group == "riot" and event_type == "Riots"
          and any(not _BLAMED.search(text, max(0, m.start() - 30), m.start())
                  and not (_CAUSE_AFTER.search(text, d.trigger_start, m.start())
                           and _CIVILIAN.search(text, d.clause[0], d.trigger_start))  # (not "residents blocked the road
                  # with burning tyres after a taxi driver was seized by armed men": the cause, told after)
                  for m in _ARMED_ACTORS.finditer(text, *d.sentence))
          and not _CROWD.search(text, *d.clause)  # (not "residents, who blamed militiamen for the attack, ...")
          and not _PRISON_RIOT.search(sentence)):  # (nor gang inmates rioting in a prison)
        # gunmen storming a village is an attack, not a riot; storming a police station, a battle; burning
        # homes or a police station when no one is hurt, property destruction ("Gangs torched dozens of houses")
        if _TORCHED.search(d.trigger_text) and not _anyone_hurt(sentence):
            event_type, sub = _SD, "Looting/property destruction"
        else:
            event_type, sub = ("Battles", "Armed clash") if _MILITARY_TARGET.match(
                text, d.trigger_start + len(d.trigger_text)) or _FORCES_KILLED.search(
                text, d.trigger_start, s1) else (_VAC, "Attack")  # ("gunmen stormed ..., killing two policemen")
    elif (event_type == _SD and sub == "Looting/property destruction" and _LOOT_WORD.match(d.trigger_text)
          and _CROWD.search(text, max(d.clause[0], d.trigger_start - 120), d.trigger_start)  # ("groups of youths
          # smashed their way into at least six shops in the town centre and carried off clothing")
          and not _ARMED_ACTORS.search(sentence) and not _OTHER_RIOT_ACTS.search(sentence)):
        event_type, sub = "Riots", ("Mob violence" if re.search(r"\bmobs?\b", sentence, re.IGNORECASE)
                                    else "Violent demonstration")  # "crowds began looting shops at Limbe market":
        # a crowd's riot
    elif (d.trigger.group == "riot" and event_type == "Riots" and _BROKE_IN.match(d.trigger_text)
          and _INTO_A_HOME.match(text, d.trigger_start + len(d.trigger_text)) is not None
          and (_PRONOUN_KILLED.search(text, d.trigger_start, s1) or _KILL_BEFORE.search(text, d.trigger_start, s1))
          and not _CROWD.search(sentence)):
        event_type, sub = _VAC, "Attack"  # "another part of the group broke into the house of a village chief ...
        # and killed him": an attack on a home's people, no riot
    elif (d.trigger.group == "riot" and event_type == "Riots" and _FIREBOMB.search(d.trigger_text)
          and _UNKNOWN_DOERS.search(text, d.clause[0], d.trigger_start)
          and _AT_A_HOME.match(text, d.trigger_start + len(d.trigger_text)) is not None
          and not _CROWD.search(text, d.clause[0], d.trigger_start)):
        event_type, sub = _VAC, "Attack"  # "unidentified men threw a petrol bomb at the house of a Tamil journalist":
        # an attack on him, no riot
    elif (d.trigger.group == "armed" and event_type == "Battles" and d.trigger_text.lower() in ("shooting", "shot")
          and _DEAD_CIVILIAN_AFTER.match(text, d.trigger_start + len(d.trigger_text))
          and not _SECURITY.search(sentence)):
        event_type, sub = _VAC, "Attack"  # "armed men ... raided Beïnamar, ... shooting dead a farmer and his son"
    elif sub == "Grenade" and _THROWN.match(d.trigger_text) and not _ARMED_ACTORS.search(sentence) and (
            _CROWD.search(text, d.clause[0], d.trigger_start)
            or _PROTESTING.search(text, d.clause[0], d.trigger_start)):
        event_type, sub = "Riots", "Violent demonstration"  # "Protesting miners hurled dynamite at riot police"
    elif (d.trigger.group == "riot" and event_type == "Riots" and _ARSON.search(d.trigger_text)
          and ((_OWNED.search(text, *d.clause) and not _PROTEST_SCENE.search(sentence)
                and not _BLOCKERS.search(text, d.clause[0], d.trigger_start))
               or ((_FEW_ARSONISTS.search(text, d.clause[0], d.trigger_start)
                    or _INFRASTRUCTURE.search(text, d.trigger_start, d.clause[1]))
                   and not re.search(r"\b(?:protest\w*|demonstrat\w+|riot\w*)\b", sentence, re.IGNORECASE)))
          and not _CROWD.search(sentence)
          and not re.search(r"\b(?:mobs?|rioters|looters)\b", sentence, re.IGNORECASE)):
        event_type, sub = _SD, "Looting/property destruction"  # "a car belonging to the mine's security chief was
        # set on fire outside his home": arson by no crowd
    elif (d.trigger.group == "riot" and event_type == "Riots"
          and any(not _FORCES_THING.match(text, m.end())
                  for m in _SECURITY.finditer(text, _subject_start(text, d), d.trigger_start))
          and not _CROWD.search(text, d.clause[0], d.trigger_start)  # "Riot police tore down the barricades",
          and not _CIVIL_SUBJECT.search(text, max(d.clause[0], d.trigger_start - 30), d.trigger_start)  # ("after
          # residents set fire to a police outpost": theirs)
          and not _RIOT_NOUN.match(d.trigger_text)  # (not "Police arrested 19 after a march turned into a riot",
          and not _RELATIVE.search(text, d.clause[0], d.trigger_start)  # "to disperse people who had set fire")
          and not _TO_CLEAR.search(text, max(d.clause[0], d.trigger_start - 50), d.trigger_start)):
        event_type, sub = (("Protests", "Protest with intervention") if _CROWD.search(sentence)  # "Soldiers beat
                           else (_VAC, "Attack"))  # residents with sticks": the forces' act, not a riot
    elif d.trigger.group == "attack" and _MOB_SUBJECT.search(text, d.clause[0], d.trigger_start) \
            and not _ARMED_ACTORS.search(sentence):  # "Xenophobic mobs attacked foreign-owned shops": a riot
        event_type, sub = "Riots", ("Mob violence" if re.search(r"\bmobs?\b", sentence, re.IGNORECASE)
                                    else "Violent demonstration")
    elif d.trigger.group == "vac" and _WAS_OPENING.match(d.trigger_text) and _forces_named_before(text, d):
        event_type, sub = "Battles", "Armed clash"  # "a unit of the National Guard on patrol was attacked by gunmen"
    elif d.trigger.group == "attack":  # on soldiers, police, a base: a battle; else on civilians
        on_forces = _SECURITY.search(text, *d.clause) or (  # ("Police fired tear gas while the workers attacked
            # them with stones")
            _THEM.match(text, d.trigger_start + len(d.trigger_text))
            and _SECURITY.search(text, d.sentence[0], d.clause[0])) or _MILITARY_TARGET.match(
            text, d.trigger_start + len(d.trigger_text)) or _FORCES_KILLED.search(text, d.trigger_start, s1) \
            or _UNIT_ATTACKED.search(text, *d.clause) \
            or ((_WAS_BEFORE.search(text, max(d.sentence[0], d.trigger_start - 12), d.trigger_start) is not None
                 or _WAS_OPENING.match(d.trigger_text) is not None) and _forces_named_before(text, d)) \
            or _AND_FOUGHT_FORCES.search(text, d.trigger_start, d.sentence[1]) is not None \
            or (d.trigger_text.lower().startswith("sniper")
                and _ONE_OF_FORCES_HIT.search(text, d.clause[0], d.trigger_start) is not None) \
            or _FORCES_DIED_IN.search(text, max(d.sentence[0], d.trigger_start - 90), d.trigger_start) is not None \
            or (_TARGET_OF.search(text, max(d.sentence[0], d.trigger_start - 60), d.trigger_start) is not None
                and _FORCES_UNIT.search(text, d.sentence[0], d.trigger_start) is not None) \
            or any(not _CAUSE_BEFORE.search(sentence, max(0, f.start() - 40), f.start())
                   for f in _FORCES_DIED.finditer(sentence))  # ("four FC personnel were martyred ... when
        # militants attacked a post"; not "days after 12 soldiers were killed in the same area")
        if on_forces and _VICTIMS_AFTER.match(text, d.trigger_start + len(d.trigger_text)):
            on_forces = False  # ("Troops responded to a distress call after terrorists attacked farmers")
        event_type, sub = ("Battles", "Armed clash") if on_forces else (_VAC, "Attack")
        if not on_forces and _PROTESTERS_AFTER.match(text, d.trigger_start + len(d.trigger_text)) \
                and not _ARMED_ACTORS.search(sentence) and not _GUNS.search(sentence):
            event_type, sub = "Riots", "Violent demonstration"  # ("men broke away from the rally and attacked
            # counter-protesters": a crowd's violence)
        if on_forces and not _ARMED_ACTORS.search(sentence) and not _SHOTS.search(sentence) \
                and not _GUNS.search(_FIREWORK_MORTARS.sub("fireworks", sentence)) \
                and not _KILL_WORD.search(sentence) \
                and (_CROWD.search(text, d.clause[0], d.trigger_start) or _CIVIL_SUBJECT.search(
                    text, d.clause[0], d.trigger_start) or _STREET_ARMS.search(sentence)):
            event_type, sub = "Riots", "Violent demonstration"  # "around 50 people attacked the police station
            # with fireworks" (or "with mortar-type fireworks"): no arms, a riot
    elif d.trigger.group == "clash" and not _ARMED_ACTORS.search(text, *d.sentence) and (
            _CROWD.search(text, *d.sentence)
            or (_civilians_act(text, d) and not _GUNS.search(text, *d.sentence))  # (rival groups with rifles)
            or (_STREET_ARMS.search(text, *d.sentence) and not _GUNS.search(text, *d.sentence)
                and not _SECURITY.search(text, d.clause[0], d.trigger_start))):  # ("fighting around Traffic
        # Chowk, where the two sides hurled stones at each other")
        event_type, sub = "Riots", "Violent demonstration"  # clashes of protesters (with police, each other)
    elif sub == "Armed clash" and _PROTESTER_KILLED.search(sentence) and not _ARMED_ACTORS.search(sentence):
        event_type, sub = "Protests", "Excessive force against protesters"  # "A protester was shot dead in clashes
        # with soldiers": a protest the forces fired on, not a battle
    elif sub == "Armed clash" and _POLICE_FOE.search(text, d.trigger_start, min(d.clause[1], d.trigger_start + 40))\
            and not _ARMED_ACTORS.search(sentence) and (not (_SHOOTING.search(sentence)
                                                             or _GUN_FIGHT.search(text, d.clause[0],
                                                                                  _before_cause(text, d)))
                                                        or _PROTESTER.search(sentence)):  # ("a suspect was killed in
        # a shootout with officers": a clash; not "fought with police after a firefight between officers and ...")
        event_type, sub = "Riots", "Violent demonstration"  # "a group ... fought with officers": no arms, a riot
    elif event_type == "Protests" and any(
            not _RELEASE_OF.search(sentence, max(0, m.start() - 60), m.start())
            and not _CLAIMED_ARRESTED.search(sentence, max(0, m.start() - 60), m.start())
            for m in _INTERVENED.finditer(sentence)):
        sub = "Protest with intervention"  # (not "to demand the release of classmates arrested last month")
    deaths = fatal.get(d.deaths_from) if d.deaths_from else None
    key = f"{article.article_id}:{d.trigger_start}:{event_type}:{d.place.place_id}"
    return Incident(
        incident_id=hashlib.sha256(key.encode()).hexdigest()[:16],
        article_id=article.article_id, title=article.title, source=article.source,
        event_type=event_type, sub_event_type=sub, actors=_actors(sentence),
        fatalities=deaths.count if deaths and deaths.words else None,
        fatalities_text="; ".join(deaths.words) if deaths and deaths.words else None,
        place=d.place, time=d.time, sentence=article.text[s0:s1], sentence_start=s0, sentence_end=s1,
        trigger=d.trigger_text, article_path=article.path,
    )


def _actors(sentence: str) -> tuple[str, ...]:
    found: list[str] = []
    for m in _ACTORS.finditer(sentence):
        name = m.group(3) or m.group(2) or m.group(1).lower()
        if name not in found:
            found.append(name)
    return tuple(found)


# what opens a clause told as coming after another: "Later, ...", "Shortly afterwards, ...", "A second group ..."
_SEQUEL_START = re.compile(r"\s*(?:(?:later|afterwards|shortly afterwards?|soon after(?:wards)?|then)\s*,\s*|"
                           r"(?:another|a second|a third|a fresh|a further)\s+(?:[\w-]+\s+)?(?:attacks?|blasts?|"
                           r"explosions?|bombings?|strikes?|raids?|ambush(?:es)?|clash(?:es)?|protests?|marche?s?|"
                           r"rall(?:y|ies)|demonstrations?|groups?|crowds?|shootings?|assaults?)\b)", re.IGNORECASE)
_GOES_ON_WORD = re.compile(r"continu|still|resum|rag(?:ed|ing)|went on|persist|again", re.IGNORECASE)


def _sequel_pairs(kept: list[_Draft], incidents: list[Incident], text: str) -> set[frozenset[str]]:
    """Ids of each sequel ("Hours later, insurgents ambushed a convoy", "A second group rallied") and of the event
    told last before its sentence, which it came after: two events, though of one kind, place and day (a lead
    that sums up the day may still be either)."""
    pairs: set[frozenset[str]] = set()
    for k, d in enumerate(kept):
        opens = _SEQUEL_START.match(text, d.clause[0]) is not None and d.trigger.group != "fatal" and not any(
            o.sentence == d.sentence and o.trigger_start < d.trigger_start for o in kept)  # (the sentence's first)
        if not (d.sequel or opens) or _GOES_ON_WORD.search(d.trigger_text):
            continue
        before = [j for j in range(k) if kept[j].sentence[1] <= d.sentence[0]]
        if before:
            last = max(before, key=lambda j: kept[j].trigger_start)
            pairs.add(frozenset((incidents[k].incident_id, incidents[last].incident_id)))
    return pairs


def _later_on(t: timeline.TimeExpression) -> bool:
    """Whether ``t`` tells a time after the one told before: "Hours later", "About an hour later", "Later that
    day" (not "The next day": another day is another event anyway)."""
    return (t.kind == "relative" and t.shift > 0 and t.unit in ("hour", "minute")) \
        or (t.kind == "day_ref" and t.mod == "later")


def _merge(incidents: list[Incident], apart: set[frozenset[str]] | None = None) -> list[Incident]:
    """Merge incidents of one article that tell of the same event; finer times absorb coarser. Pairs of ids in
    ``apart`` stay two: a sequel and the event it came after ("... on Sunday morning. Hours later, insurgents
    ambushed a convoy")."""
    order = sorted(incidents, key=lambda i: (_TIME_RANK[i.time.precision], i.time.end - i.time.start,
                                             i.sentence_start))
    merged: list[tuple[Incident, set[str]]] = []
    for inc in order:
        same = [k for k, (m, ids) in enumerate(merged) if _same_event(m, inc)
                and not any(frozenset((inc.incident_id, i)) in (apart or set()) for i in ids)]
        if same:  # one of its own kind first: "opened fire on marchers on Friday" is the shooting at noon, not the
            # peaceful start at 10 a.m. (when nothing else is told, the march it came to)
            k = next((k for k in same if merged[k][0].sub_event_type == inc.sub_event_type), same[0])
            merged[k] = (_absorb(merged[k][0], inc), merged[k][1] | {inc.incident_id})
        else:
            merged.append((inc, {inc.incident_id}))
    return sorted((m for m, _ in merged), key=lambda i: (i.time.start, i.sentence_start))


_COUNTER = re.compile(r"\bcounter-?(?:protests?|protesters|demonstrations?|demonstrators|rall(?:y|ies)|march(?:es)?)\b",
                      re.IGNORECASE)


def _same_event(a: Incident, b: Incident) -> bool:
    if "Protests" in (a.event_type, b.event_type) and a.sentence_start != b.sentence_start \
            and bool(_COUNTER.search(a.sentence)) != bool(_COUNTER.search(b.sentence)):
        return False  # "... the march through the city centre ... At the same time, some 2,000 people gathered at
        # the Karl Marx Monument for a counter-protest": two gatherings
    if {a.event_type, b.event_type} == {"Protests", "Riots"} and a.sentence_start == b.sentence_start \
            and not _apart(a.time, b.time) and a.time.start < b.time.end and b.time.start < a.time.end:  # (not "at
        # the funeral of a man beaten to death last week") "The march set off at 7 p.m., and an hour later ...": two
        return _same_place(a.place, b.place)  # "threw stones at the soldiers, who responded with tear gas": a riot
    if a.event_type != b.event_type or (a.sub_event_type == "Arrests") != (b.sub_event_type == "Arrests"):
        return False
    if a.sub_event_type != b.sub_event_type and not {a.sub_event_type, b.sub_event_type} & _GENERIC_SUB_TYPES \
            and {a.sub_event_type, b.sub_event_type} != _POLICE_AT_PROTEST:
        return False  # an air strike and a shelling are two events (police who fired tear gas at a protest at 10 a.m.
        # and two shot dead as police battled protesters that day may be one)
    peaceful, police = (a, b) if a.sub_event_type == "Peaceful protest" else (b, a)
    if peaceful.sub_event_type == "Peaceful protest" and a.sentence_start != b.sentence_start and (
            police.sub_event_type == "Protest with intervention"
            or (police.sub_event_type == "Excessive force against protesters"
                and peaceful.time.end - peaceful.time.start >= police.time.end - police.time.start)):
        # ("Police opened fire on protesters late on Friday ... Earlier Friday, 1,000 marched peacefully"; but
        # "Police fired on protesters on Thursday ... Hundreds had gathered at about 2 p.m.": that shooting's
        # gathering)
        return False  # a gathering, and the police breaking it up later: two entries (as a blockade and its clearing)
    if a.event_type == _SD and a.trigger.split()[0].lower()[:5] != b.trigger.split()[0].lower()[:5]:
        return False  # a curfew and annulled results are two decisions
    one_day = max(a.time.end - a.time.start, b.time.end - b.time.start) <= timedelta(days=1)
    if not (_same_place(a.place, b.place) or (a.event_type == "Battles" and one_day and (
            (a.place.precision == "region" and _within(b.place, a.place))
            or (b.place.precision == "region" and _within(a.place, b.place))))):
        return False  # (fighting that "killed nine in the province of Hadramawt on Wednesday", told again at the
        # town near which it was: one battle)
    ta, tb = a.time, b.time
    if a.sentence_start == b.sentence_start and a.event_type == "Battles" and not _apart(ta, tb):
        return ta.start < tb.end and tb.start < ta.end  # "took Tayeeglow ..., following fighting through the night"
    if a.sentence_start != b.sentence_start and _days_long(ta) != _days_long(tb) \
            and min(ta.end - ta.start, tb.end - tb.start) < timedelta(days=1):
        return False  # "fighting between two clans since Monday" and "fighters fired on a patrol on Tuesday night":
        # the days of fighting and one attack in them, told apart (as gold sets do, even when both count dead)
    return (ta.start <= tb.start and tb.end <= ta.end) or (tb.start <= ta.start and ta.end <= tb.end)


_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
def _days_long(t: TimeSpan) -> bool:
    """Whether a time spans two days or more ("since Monday", "from Tuesday to Thursday"); not one day
    of some days ("abducted earlier this week")."""
    return t.end - t.start >= timedelta(days=2) and not t.vague


def _apart(a: TimeSpan, b: TimeSpan) -> bool:
    """Two clock times (or hours) that do not overlap: two moments of a day."""
    fine = ("minute", "hour")
    return a.precision in fine and b.precision in fine and (a.end <= b.start or b.end <= a.start)


def _forces_harmed(text: str, d: _Draft) -> bool:
    """Whether the forces of ``d``'s clause are those shot at ("a police officer was wounded when men opened
    fire on his patrol car"), not those who shoot."""
    return any(_HARMED_AFTER.match(text, m.end()) or _TARGET_BEFORE.search(text, max(d.clause[0], m.start() - 25),
                                                                            m.start())
               or (m.start() > d.trigger_start  # ("shots were fired at a police patrol"; not "Soldiers at the army
                   and _AT_TARGET.search(text, max(d.clause[0], m.start() - 25), m.start()))  # checkpoint opened fire")
               for m in _SECURITY.finditer(text, *d.clause)) \
        and not any(_SUBJECT_GAP.fullmatch(text, m.end(), d.trigger_start)
                    for m in _SECURITY.finditer(text, d.clause[0], d.trigger_start))


def _police_raid(text: str, d: _Draft) -> bool:
    """"Officers raided a house in Nkulumane and detained 14": a search by the forces, no fight
    (its arrests are the event, if any)."""
    return (d.trigger.group == "attack" and d.trigger_text.lower().startswith("raid")
            and (_SECURITY.search(text, d.clause[0], d.trigger_start) is not None
                 or _RAID_BY.match(text, d.trigger_start + len(d.trigger_text)) is not None
                 or _ARRESTED_IN.search(text, max(d.sentence[0], d.trigger_start - 40), d.trigger_start) is not None)
            and not _ARMED_ACTORS.search(text, *d.sentence) and not _FIGHT.search(text, *d.sentence)
            and not _SHOOTING.search(text, *d.sentence) and not _HARMED.search(text, *d.sentence))


_ARRESTED_IN = re.compile(r"\b(?:arrested|detained|held|picked up)\s+(?:[\w-]+\s+){0,3}?in\s+"
                          r"(?:a\s+(?:series\s+of\s+)?)?"
                          r"(?:[\w-]+\s+)?$", re.IGNORECASE)  # ("27 people had been arrested in raids in Quevedo")
_PROTESTER = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|rioters?|strikers?)\b", re.IGNORECASE)
_THEM = re.compile(r"\s+them\b", re.IGNORECASE)
_SUBORDINATOR = re.compile(r"\b(?:when|as|after|while|where|because)\b", re.IGNORECASE)


def _subject_start(text: str, d: _Draft) -> int:
    """Where the part of ``d``'s clause that holds its subject begins: after the last "when", "as", "after" ...
    before its trigger ("A police constable died ... when workers clashed with police": the workers)."""
    ends = [m.end() for m in _SUBORDINATOR.finditer(text, d.clause[0], d.trigger_start)]
    return ends[-1] if ends else d.clause[0]


_ARMED_KIN = re.compile(r"\b(?:clans?|tribes?|tribal|gangs?|militias?|factions?|armed|cartels?)\b", re.IGNORECASE)


def _civilians_act(text: str, d: _Draft) -> bool:
    """Whether civilians are who does what ``d``'s trigger tells ("Hundreds of workers at a factory
    in Zhengzhou clashed with guards"; not "27 people were killed in clashes")."""
    end = d.trigger_start + len(d.trigger_text)
    if d.trigger_text.lower().endswith("between"):  # "fighting between rival martial arts groups"
        return _CIVILIAN.search(text, end, min(d.clause[1], end + 60)) is not None \
            and not _SECURITY.search(text, end, min(d.clause[1], end + 60))
    if re.match(r"\s+between\b", text[end:end + 9]):  # "clashes between migrants and young residents" (not "between
        # two clans")
        return _CIVILIAN.search(text, end, min(d.clause[1], end + 60)) is not None \
            and not _SECURITY.search(text, end, min(d.clause[1], end + 60)) \
            and not _ARMED_KIN.search(text, end, min(d.clause[1], end + 60))
    if re.match(r"\s+with\b", text[end:end + 6]) and _CIVILIAN.search(text, end, min(d.clause[1], end + 40)) \
            and not _SECURITY.search(text, d.sentence[0], min(d.clause[1], end + 40)):
        return True  # ("a migrant was stabbed to death in a clash with local residents")
    found = list(_CIVILIAN.finditer(text, d.sentence[0], d.trigger_start))
    if not found:
        return False
    if _FORCES_AFTER_THEM.search(text, max(d.sentence[0], found[-1].start() - 40), found[-1].start()):
        return False  # "Soldiers tracking the group clashed with it": the forces' fight
    after = found[-1].end()
    # not "Residents said troops clashed", "Villagers fled when the army clashed"
    return not _CASUALTY_VERB.search(text, after, d.trigger_start) \
        and not _SECURITY.search(text, after, d.trigger_start) and not _TELLS.match(text, after)


def _local_teller(text: str, r: ResolvedMention, mentions: list[ResolvedMention]) -> bool:
    """Whether ``r`` names where local tellers live and nothing else is named after it ("Residents in Cubal say a
    crowd set fire to the municipal administration building late on Tuesday"): where the event they tell was."""
    return _LOCAL_TELLER.search(text, max(0, r.mention.start - 20), r.mention.start) is not None \
        and not any(o.mention.start > r.mention.end for o in mentions)


_LOCAL_TELLER = re.compile(r"\b(?:residents?|witnesses|villagers|locals)\s+in\s+$", re.IGNORECASE)
_WHO_WAS_BEFORE = re.compile(r"\b(?:who|which)\s+(?:was|were|had\s+been)\s+$", re.IGNORECASE)
_FORCES_AFTER_THEM = re.compile(r"\b(?:soldiers|troops|police(?:men)?|officers|gendarmes|forces)\s+"
                                r"(?:tracking|pursuing|"
                                r"chasing|hunting|following)\s+(?:the|a|an)\s+$", re.IGNORECASE)


def _same_place(a: Place, b: Place) -> bool:
    """The same place, or two landmarks a few hundred metres apart (a square and the hall on it)."""
    if a.place_id == b.place_id:
        return True
    return (a.precision == b.precision == "landmark"
            and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_LANDMARK_KM)


# the sides of a fight whose dead are told apart: the forces', the attackers', the civilians'
_SIDES = (("forces", re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|police(?:m[ae]n)?|officers?|gendarmes?|guards?|"
                                r"personnel|marines|rangers|militiam[ae]n)\b", re.IGNORECASE)),
          ("attackers", re.compile(r"\b(?:attackers?|assailants?|militants?|fighters?|insurgents?|gunm[ae]n|"
                                   r"jihadists?|rebels?|terrorists?|bandits?|raiders?|kidnappers?)\b", re.IGNORECASE)),
          ("civilians", re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|passengers?|women|children|"
                                   r"worshippers?|traders?|students?|herders?|miners?)\b", re.IGNORECASE)))


def _sides_dead(words: str | None) -> set[str] | None:
    """The sides whose dead ``words`` count ("eight soldiers; 15 attackers"), or None when some count names no
    side ("12 people")."""
    sides: set[str] = set()
    for part in (words or "").split(";"):
        side = next((name for name, pattern in _SIDES if pattern.search(part)), None)
        if side is None:
            return None
        sides.add(side)
    return sides


def _other_sides_dead(a: Incident, b: Incident) -> bool:
    """Whether two tellings of one event count the dead of different sides, in different sentences ("Gunmen
    attacked an army post, killing eight soldiers." ... "troops repelled the assault and killed 15 attackers"):
    their sum is the toll."""
    if a.fatalities is None or b.fatalities is None or a.sentence_start == b.sentence_start:
        return False
    sa, sb = _sides_dead(a.fatalities_text), _sides_dead(b.fatalities_text)
    return bool(sa and sb and not sa & sb)


def _absorb(keep: Incident, other: Incident) -> Incident:
    """``keep`` has the narrower time; take the earlier sentence, the more precise place, the
    more specific sub-event type and the larger death count."""
    first = keep if keep.sentence_start <= other.sentence_start else other
    deaths = max((i for i in (keep, other) if i.fatalities is not None), key=lambda i: i.fatalities or 0,
                 default=None)
    if _other_sides_dead(keep, other):  # "killing eight soldiers" ... "'neutralised' 15 attackers": 23
        deaths = replace(keep, fatalities=(keep.fatalities or 0) + (other.fatalities or 0),
                         fatalities_text=f"{keep.fatalities_text}; {other.fatalities_text}")
    place = min((keep.place, other.place), key=lambda p: _PRECISION_RANK[p.precision])
    kind = other if keep.sub_event_type in _GENERIC_SUB_TYPES and other.sub_event_type not in _GENERIC_SUB_TYPES \
        else keep
    if {keep.event_type, other.event_type} == {"Protests", "Riots"}:
        kind = keep if keep.event_type == "Riots" else other
    if {keep.sub_event_type, other.sub_event_type} == _POLICE_AT_PROTEST:
        kind = keep if keep.sub_event_type == "Excessive force against protesters" else other
    return replace(keep, sentence=first.sentence, sentence_start=first.sentence_start,
                   sentence_end=first.sentence_end, place=place, event_type=kind.event_type,
                   sub_event_type=kind.sub_event_type, fatalities=deaths.fatalities if deaths else None,
                   fatalities_text=deaths.fatalities_text if deaths else None,
                   actors=tuple(dict.fromkeys(keep.actors + other.actors)))
