"""The words that tell of an event: one :class:`Trigger` per kind of wording, with the ACLED
event type and sub-event type it stands for, its group (how the rest of the sentence types it)
and an optional check the sentence must pass (named in ``mapping.events``' check table).

``mapping.events`` finds these in sentences and decides which stand for an event.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    pattern: str
    event_type: str
    sub_event_type: str
    # armed, riot, protest, vac, strategic; clash and attack (typed by who is involved); fatal
    # (deaths, typed by the rest of the sentence)
    group: str
    # a condition the sentence must meet besides the words, by its name in _CHECKS ("blockers":
    # people block the road, not a landslide); a trigger found where it fails is no event
    check: str = ""
    # a name for the few triggers other code reads a sentence with (see :func:`named`)
    name: str = ""


EXPL = "Explosions/Remote violence"
SD = "Strategic developments"
VAC = "Violence against civilians"
DRONES = r"(?:drones?|quadcopters?|UAVs?)"
# illness a measure fights (no unrest): "banned gatherings to stop a measles outbreak"
HEALTH_WORDS = r"(?:virus|measles|covid|outbreak|epidemic|pandemic|disease|cholera|ebola|flu)"
# weather a measure answers (no unrest): "ordered residents to stay off the streets as Cyclone Freddy approached"
WEATHER_WORDS = r"(?:cyclones?|storms?|hurricanes?|typhoons?|winds?|waves|weather|heat ?waves?|blizzards?)"
ESCAPEES = r"(?:escapees|escaped (?:prisoners|inmates)|prisoners|inmates|fugitives|convicts)"
# a strike or shutdown told after shops shut, in the same stretch of the sentence ("Shops and bazaars were shut on
# Thursday ... in a strike"; not ", while ...")
_STRIKE_TOLD_AFTER = (r"(?=(?:(?!,\s*(?:while|but|although|whereas)\b)[^.;]){0,120}\b(?:strike|shutdown|protest|"
                      r"stay-?away|boycott|bandh|hartal|solidarity))")
# Order matters: at one position the first pattern that matches wins.
TRIGGERS: tuple[Trigger, ...] = (
    Trigger(r"suicide (?:bomb\w*|attack\w*)|blew (?:himself|herself|themselves) up", EXPL, "Suicide bomb", "armed"),
    Trigger(r"air ?strikes?|airstrikes?|air raids?(?! (?:alerts?|alarms?|sirens?|warnings?|shelters?))|"
             r"air interdictions?|"
             r"(?:struck|hit|targeted|attacked) (?:[\w,-]+ ){0,8}?with (?:an? |two |several )?(?:explosive-laden|"
             r"armed|attack|kamikaze|suicide|combat|FPV|fpv|explosives-laden|bomb-laden) " + DRONES + r"\b|"
             r"(?:air forces?|" + DRONES + r"|jets?|warplanes?|aircraft|helicopters?) "
             r"(?:had |have |has |then |also )?(?:carried out|conducted|launched|staged|mounted|made) (?:\w+ ){0,3}?"
             r"(?:strikes?|raids?|bombing runs?|sorties)|"
             r"(?:" + DRONES + r"|jets?|warplanes?|aircraft|helicopters?|planes) "
             r"(?:of (?:the )?(?:[\w-]+ ){0,2}?(?:Air Force|air force|Army|army|Navy|navy|military) )?"  # ("aircraft of
             # the Mozambican Air Force struck a terrorist base")
             r"(?:(?:flown|launched|operated|sent|used|fired) (?:by|from) (?:[\w-]+ ){1,3}?)?"
             r"(?:(?:carrying|laden with|loaded with|packed with|armed with) (?:[\w-]+ ){1,2}?)?"  # ("a drone carrying
             r"(?:that (?:got|slipped|broke) through (?:the )?(?:[\w-]+ )?)?"  # ("Drones that got through hit")
             # explosives hit a house")
             r"(?:had |have |has |also |then |later |again |reportedly )?"
             r"(?:strikes?|attack\w*|struck|hit(?! each other)|bombed|pounded|fired on|damaged|destroyed|"
             r"fired (?:an? |two |several )?(?:missiles?|rockets?)|"
             r"fired at|targeted|dropped (?:\w+ )?(?:bombs|explosives|grenades)|"
             r"dropped (?:an? |two |several )?(?:explosives?|bombs?|grenades?|munitions?|mortar rounds?|shells?)\b)|"
             r"dropped (?:[\w-]+ ){0,2}?(?:bombs?|explosives?|grenades?|munitions?) (?:from|using|with) (?:an? |two |"
             r"several )?(?:[\w-]+ )?(?:" + DRONES + r"|aircraft|helicopters?|planes?)\b|"
             r"(?:guided |glide |aerial |air-dropped |barrel |air-launched )+bombs?\b|"
             r"(?:air|aerial) (?:assets|means|vectors)\b(?= (?:[\w-]+ ){0,8}?(?:struck|hit|bombed|strafed|pounded|"
             r"neutrali[sz]ed|destroyed)\b)|"  # ("air assets tracked the fleeing elements and struck their base")
             + DRONES + r" to (?:drop|bomb|strike|attack|target|hit)\b|"  # ("used a quadcopter to drop")
             r"(?:was|were|had been|has been|have been) (?:hit|struck|targeted|attacked|damaged) by (?:an? |two |"
             r"several |the )?(?:[\w-]+ ){0,2}?(?:" + DRONES + r"|air ?strikes?|airstrikes?|warplanes?)\b",
             EXPL, "Air/drone strike", "armed", name="air strike"),
    # one of the drones told before got through: "Air defences destroyed 19 of 27 drones ..., but one hit an energy
    # facility in Kryvyi Rih"
    Trigger(r"(?<=but )(?:one|two|three|four|five|several|some|\d+)(?: of them)? (?:hit|struck|crashed into|"
             r"slammed into|fell on|damaged)\b", EXPL, "Air/drone strike", "armed", check="drones before"),
    Trigger(r"(?:helicopters?|gunships?|jets?|warplanes?|aircraft|planes?|drones?) (?:[\w-]+ ){0,2}?strafed",
             EXPL, "Air/drone strike", "armed", check="violent context"),
    Trigger(r"(?<!gas )(?<!teargas )(?<!smoke )(?<!stun )(?<!rubber )(?<!gas-)shell(?:ing|ed|s)|"
             r"(?:a|the|one|another) (?:mortar |artillery |tank )?shell\b(?! compan)|artillery|"
             r"howitzers? (?:[\w-]+ )?(?:pounded|shelled|fired|struck|hit|targeted|opened up)\b|"
             r"missiles? (?:strikes?|attacks?|hit|struck|landed|slammed)|"
             r"missiles?(?! (?:had been|has been|have been|was|were) (?:launched|fired) from\b)|"  # (not "the
             # Iskander-M ballistic missile had been launched from occupied Crimea": where a strike told came from)
             r"rockets? (?:fire|strikes?|attacks?|hit|struck|landed)|"
             r"(?<!fireworks )(?<!firework )(?<!from a )(?<!of a )mortars?"
             r"(?![- ]type (?:fireworks|firecrackers|pyrotechnics)\b| fireworks?\b)",
             EXPL,  # (not "a bomb made from a
             # mortar round")
             "Shelling/artillery/missile attack", "armed"),
    Trigger(r"(?<!fireworks )(?<!firework )rockets? (?:fired|launched) (?:from|by) (?:[\w'’-]+ ){1,3}?"
             r"(?:hit|struck|landed|slammed)", EXPL, "Shelling/artillery/missile attack", "armed"),
    # fire returned at where it came from: "its forces had responded by targeting the sources of fire and the launch
    # platforms in Saada governorate"
    Trigger(r"(?:targeting|targeted|struck|striking|hit|hitting|destroyed|destroying) (?:the )?(?:sources? of (?:the )?"
             r"(?:fire|shelling|launches)|launch (?:platforms|pads|sites|positions)|rocket launchers|"
             r"missile launchers)\b",
             EXPL, "Shelling/artillery/missile attack", "armed"),
    # "a military projectile fired from inside Yemeni territory fell in a residential neighborhood", "Two further
    # projectiles fell in an uninhabited area"
    Trigger(r"projectiles?(?= (?:(?:fired|launched) (?:from|by) (?:[\w'’-]+ ){1,4}?)?(?:fell|landed|exploded)\b|"
             r" (?:fired|launched) from (?:[\w'’-]+ ){1,4}?(?:struck|hit|slammed)\b)", EXPL,
             "Shelling/artillery/missile attack", "armed"),  # (not "a projectile struck his head": a police round)
    Trigger(r"(?:fired|launched) (?:a barrage of |dozens of |several |\d+ )?rockets (?:at|into|towards?|on)\b"
             r"(?! (?:the )?(?:orbit|space|the sea|sea|the ocean|the air|the sky))", EXPL,
             "Shelling/artillery/missile attack", "armed", check="violent context"),
    Trigger(r"(?<!stun )grenades?(?! launchers?)|"
             r"(?:threw|thrown|hurled|lobbed|tossed|throwing|hurling) (?:[\w-]+ ){0,3}?"
             r"(?:dynamite|explosives?|explosive devices?|home-?made bombs?|pipe bombs?)\b(?= (?:at|into|towards?|onto|"
             r"on) (?!the (?:air|water|sea|river|lake|sky|fish|bay|ocean|pond|lagoon|shaft|quarry|pit)))|"
             # "an explosive device was thrown at the offices of a transport company"
             r"(?:explosives?|explosive devices?|(?:home-?made|crude|pipe) bombs?|dynamite)(?= (?:was|were|had been) "
             r"(?:thrown|hurled|lobbed|tossed) (?:at|into|towards?|onto|over)\b)", EXPL,
             "Grenade", "armed", check="not arms carried"),
    Trigger(r"(?<!controlled )explosions?|blasts?(?! furnaces?\b)|exploded|(?<!controlled )detonat\w+|went off|"
             r"(?:track|line|bridge|pylon|tower|pipeline|road|culvert|rail\w*)s? (?:[\w-]+ ){0,6}?"
             # ("A section of the railway track near Mach was blown up")
             r"(?:was|were|had been) blown up\b(?! by (?:the )?(?:army|troops|engineers|authorities|soldiers))|"
             r"(?:(?<=vehicle )|(?<=car )|(?<=van )|(?<=truck )|(?<=lorry )|(?<=bomb )|(?<=device )|(?<=package )|"
             r"(?<=parcel ))blew up\b|"  # "The vehicle blew up at about 9:40 p.m." (not "blew up a bridge")
             # ("an improvised device made of gas canisters blew up the cash machine of a bank branch")
             r"(?:improvised|homemade|home-made|makeshift) (?:explosive )?devices?"
             r"(?= (?:(?!(?:not|never|failed|before)\b)[\w-]+ ){0,6}?(?:blew up|"
             r"exploded|went off|detonated)\b)|"
             r"(?:an? |the )(?:buried |roadside |anti-tank |anti-personnel |land )?mine(?= (?:[\w-]+ ){0,9}?"
             r"(?:exploded|blew up|went off|detonated|tore apart|tore through|torn apart|ripped (?:through|apart))\b)|"
             r"(?<!petrol )(?<!fire )(?<!fire-)(?<!smoke )(?<!stink )"
             r"(?<!water )(?:car |roadside |motorcycle )?bomb(?:s|ing|ings|ed)?\b(?! disposal| squads?| experts?| "
             r"technicians?| at the box office)|"
             r"ieds?|landmines?|(?<!to drop )(?<!to carry )(?<!fire and )(?<!guns and )(?<!rifles and )"
             r"explosives?(?! ordnance disposal| ordnance (?:team|unit|experts?)| detection| sniffer)|"
             # (not "attacked with rifle fire and explosives": the fight's arms; nor "an explosive ordnance disposal
             # team")
             r"(?:hit|struck|stepped on|ran over|drove over) an? (?:(?:newly[ -]laid|newly[ -]planted|hidden) )?"
             r"(?:(?:homemade|home-made|improvised|anti-tank|anti-personnel|buried|roadside) )?(?:land ?)?mine\b|"
             r"mine (?:blast|explosion)s?", EXPL,
             "Remote explosive/landmine/IED", "armed"),
    Trigger(r"shot down|intercepted(?! (?:him|her|them|us|me|the (?:man|woman|victim|boy|girl)|"
             r"an? (?:man|woman|boy|girl|group of (?:people|men|women|migrants))|"
             r"(?:his|her|their) (?:car|vehicle|convoy))\b)|"  # ("armed men who intercepted him on a rural road": a
             # murder's way, not a weapon stopped)
             r"(?:brought|shot) down (?:an? |the |one |another |a second )?(?:[\w-]+ )?"
             + DRONES + r"\b|" + DRONES + r" (?:(?!(?:before|after|when|while|and|but)\b)[\w-]+ ){0,12}?(?:was|were|"
             r"had been|have been) (?:brought down|shot down|downed|neutrali[sz]ed|jammed|destroyed|intercepted)\b|"
             # ("a quadcopter used by a smuggling group to carry narcotics across the border was neutralised")
             r"(?:destroyed|downed|neutrali[sz]ed) (?:at least |about |some |more than )?"
             r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|all) (?:of (?:the )?\d+ )?"
             r"(?:[\w-]+ )?"
             r"(?:drones|missiles|rockets|UAVs)\b|"  # "Air defence units destroyed 23 drones over the oblast"
             r"(?:rifles?|weapons|guns?|firearms?|handguns?|pistols?|ammunition|explosives) (?:were|was) "
             r"(?:seized|confiscated|recovered)\b|"  # ("where a loaded handgun and ammunition were seized")
             r"(?:seized|confiscated|recovered) (?:[\w,-]+ ){0,6}?(?:rifles?|weapons|guns?|firearms?|handguns?|"
             r"pistols?|explosives|ammunition|grenades|arms|gunpowder|detonators|bomb-making \w+)\b|"
             # ("a search carried out in Antalaha led to the seizure of two hunting rifles and 54 cartridges")
             r"(?:(?<=led to the )|(?<=resulted in the )|(?<=allowed the )|(?<=enabled the ))"
             r"(?:seizure|confiscation|recovery) of (?:[\w,-]+ ){0,6}?(?:rifles?|weapons|guns?|firearms?|handguns?|"
             r"pistols?|explosives|ammunition|grenades|arms|cartridges|detonators)\b|"
             r"(?:(?:detected|found|discovered|located|spotted) and (?:destroyed|detonated|cleared|removed) |"
             r"defus(?:ed|ing) )(?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:bombs?|devices?|explosives?|ieds?|mines?|"
             r"shells?|grenades?|rockets?|munitions?)\b|"
             r"controlled (?:detonation|explosion)s?\b|"  # ("a second device was detected near Kibiito and safely
             # destroyed in a controlled detonation")
             r"(?:disarm(?:ed|ing)|dismantl(?:ed|ing)|made safe|neutrali[sz](?:ed|ing)) (?:an? |the |two |three )?"
             r"(?:\w+ ){0,3}?(?:bombs?|devices?|explosives?|ieds?|mines?)\b|"
             # a launcher found: "found and dismantled two rocket launchers in an orchard near Qana"
             r"(?:found|discovered|seized|located|dismantled) (?:and (?:dismantled|destroyed|removed|"
             r"seized) )?(?:an? |the |two |three |four |several )?(?:[\w-]+ )?(?:rocket|missile|mortar) "
             r"launch(?:ers?|pads?)\b|"
             # an arms cache found: "a cache of eleven weapons of war and several boxes of ammunition was discovered
             # and destroyed"
             r"(?:found|discovered|seized|uncovered|unearthed|destroyed) (?:an? |the |two |three |several )?"
             r"(?:[\w-]+ )?(?:arms|weapons?|ammunition|explosives?) caches?\b|"
             r"(?:arms|weapons?|ammunition|explosives?) caches? (?:was|were|had been|has been) (?:\w+ )?(?:found|"
             r"discovered|seized|uncovered|unearthed|destroyed)\b|"
             r"caches? of (?:[\w,-]+ ){0,3}?(?:weapons|arms|rifles|guns|ammunition|explosives)\b"
             r"(?=[^.;]{0,60}?\b(?:was|were|had been|has been) (?:\w+ )?(?:found|discovered|seized|uncovered|"
             r"unearthed|destroyed)\b)", SD, "Disrupted weapons use",
             "strategic", name="disrupted"),
    Trigger(r"gunfire|gunshots? (?:were |was )?(?:heard|rang)|"
             r"shots (?:were |had been )?fired|(?:a|one|a single) shot (?:was |had been )?fired(?= (?:at|on|into))|"
             r"(?<!penalty )(?<!penalties )shoot-?outs?|"
             r"(?<!film )(?<!movie )(?<!photo )(?<!video )shooting"
             r"(?! (?:an? |the )?(?:[\w-]+ )?(?:films?|drama|movies?|documentar(?:y|ies)|scenes?|videos?|series|"
             r"episodes?|adverts?|commercials?)\b| (?:schedule|championships?|range|competition|club|practice|"
             r"stars?|guard|season|sports?|events?|days?)\b)|"
             r"exchang(?:ed?|ing) (?:of )?fire|"
             r"trad(?:ed|ing) (?:shots|fire|gunfire)|exchang(?:ed|ing) (?:[\w-]+ (?:and )?){1,4}?(?:fire|gunfire)\b|"
             r"spray(?:ed|ing) (?:[\w-]+ ){0,6}?with (?:bullets|gunfire)|"
             r"opened fire|open fire|(?:fired|firing|used|using) live (?:ammunition|rounds|bullets|fire)"
             r"(?! (?:into|in) the air)|"
             r"(?<!were )(?<!was )(?<!been )(?<!being )"  # (not "troops on patrol were fired upon": told as a clash)
             r"fired (?!(?:an? |two |three |four |five |several |more |dozens of |a barrage of |a volley of |\d+ )?"
             r"(?:tear|water|rubber|stun|pepper|sound|foam|plastic|beanbag|mortar|rockets?|missiles?|shells?|"
             r"artillery|grenades?|"
             r"drones?|fireworks|firecrackers|flares|projectiles|stones|rocks|paintballs?))(?:\w+ ){0,2}?(?:on|upon|at|"
             r"into)"
             r"(?! the air)|"
             r"firefights?|gun ?battles?|armed clash\w*|"
             # ("officers patrolling a rural road came under fire and shot back")
             r"(?:came|come|coming) under (?:heavy |sustained |intense )?(?:gun ?)?fire"
             r"(?=(?: [\w-]+){0,4}? and (?:shot|fired) back\b|(?: [\w-]+){0,4}? and returned (?:the )?fire\b)|"
             r"(?:(?<=troops )|(?<=soldiers )|(?<=forces )|(?<=army )|"
             r"(?<=fighters )|(?<=militants )|(?<=rebels )|(?<=insurgents )|(?<=jihadists )|(?<=they )|(?<=police )|"
             r"(?<=operatives )|(?<=personnel ))engaged(?![^.;]{0,60}\b(?:talks|dialogue|negotiations|discussions)\b)"
             # ("Troops ... said they engaged a group of attackers"; not "engaged the rebels in talks")
             r"(?= (?:the |a |an |a group of )?(?:[\w-]+ ){0,2}?(?:fighters|militants|rebels|insurgents|jihadists|"
             r"gunmen|bandits|enemy|attackers|separatists|troops|soldiers|forces|convoy|patrol)\b)|"
             r"encounters? (?:with|between) (?:[\w-]+ ){0,3}?(?:security "
             r"forces|troops|militants|rebels|insurgents)\b|"
             r"clash(?:ed|es)? (?:with|between) (?:\w+ ){0,2}(?:militants|rebels|fighters|gunmen|"
             r"soldiers|troops|army|insurgents|gangs?|cartel)|ambush\w*|repel(?:led|s)? (?:\w+ ){0,2}attacks?|"
             r"repel(?:led|s|ling)? (?:the |an? )?(?:[\w-]+ )?(?:assailants|attackers|assaults?|offensives?|raiders|"
             r"militants|insurgents|terrorists|fighters|jihadists|bandits|rebels)\b|"
             # an army's words for opening fire on armed men crossing a border ("the forces applied the rules of
             # engagement, killing four of them")
             r"(?:applied|apply|applying) (?:the )?rules of engagement|"
             # an army's words for its side of a fight: "The vigorous response of our forces made it possible to
             # neutralise 12 terrorists"
             r"(?:riposte|response|reaction|counter-?attack) of (?:our|the) (?:[\w-]+ ){0,2}?(?:forces|troops|units|"
             r"soldiers|men|army)\b(?= (?:[\w-]+ ){0,6}?(?:neutrali[sz]\w*|repel\w*|kill\w*|inflict\w*))",
             "Battles", "Armed clash", "armed"),
    # forces fired on, in a sentence of violence ("three suspected illegal miners were killed when officers and
    # soldiers came under fire"; not the idiom: "Kenyan police came under fire from rights groups", "The police came
    # under fire in Paris after a video ... went viral")
    Trigger(r"(?:(?<=troops )|(?<=soldiers )|(?<=officers )|(?<=police )|(?<=policemen )|(?<=forces ))"
             r"(?:came|come|coming) under (?:heavy |sustained |intense )?(?:gun ?)?fire"
             r"(?! (?:for|over)\b)(?! from (?!(?:[\w-]+ ){0,2}?(?:gunmen|militants|rebels|insurgents|attackers|"
             r"assailants|armed|fighters|snipers|jihadists|bandits|gangs?|suspects|miners|smugglers)\b))",
             "Battles", "Armed clash", "armed", check="fire at forces"),
    Trigger(r"(?<!\bwarning )(?<!\ba )(?<!\ban )(?<!\bthe )(?<!'s )(?<!’s )(?<!\bparting )(?<!\bsecond )(?<!\bfirst )"
             r"(?<!\blast )(?<!\bbest )(?<!\bcheap )(?<!\bveiled )(?<!\blatest )(?<!\bfinal )(?<!\banother )"
             r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )shot at\b",  # ("gunmen riding in two pickup trucks
             # shot at a camp"; not "took a parting shot at the governor", "Police fired a warning shot at the crowd")
             "Battles", "Armed clash", "armed", check="shooter before"),
    # a sniper's shots, on civilians or on the forces: "a resident of Geghamasar was wounded in the leg by sniper fire"
    Trigger(r"(?<!under )sniper (?:fire|shots?|bullets?)\b", VAC, "Attack", "attack"),
    Trigger(r"c(?:a|o)me under (?:heavy |sustained |sniper |small-arms )?(?:fire|gunfire)(?! from (?:the )?(?:MPs|"
             r"lawmakers|critics|rights groups|opposition|campaigners|activists|unions?|parents|fans|media|politicians|"
             r"members|senators|judges?|the press))", "Battles",
             "Armed clash", "armed", check="forces targeted"),
    Trigger(r"retook|retaken|retake|recaptur(?:ed|es|e|ing)(?!\s+(?:[\w-]+\s+){0,3}?" + ESCAPEES + r")|"
             r"regained control|(?:took|taken|taking) back|liberated|reoccup(?:ied|y|ies|ying)|re-occupied",
             "Battles",
             "Government regains territory", "armed", check="not a jail"),
    Trigger(r"(?:pushed|drove|driven|forced|chased|flushed|expelled|routed|dislodged) (?:the )?(?:[\w-]+ )?"
             r"(?-i:militants|rebels|insurgents|jihadists|fighters|separatists|terrorists|gunmen|bandits|"
             r"militiamen|militias?) (?:back )?(?:out of|from)", "Battles", "Government regains territory", "armed",
             check="forces before"),
    Trigger(r"overr(?:a|u)n|seized control|took control|(?:captured|seized) the (?:town|city|village|"
             r"garrison|border crossing)\b|(?:captured|seized) the (?:district\b(?! with\b)|base\b(?! of\b))",
             "Battles", "Non-state actor overtakes territory", "armed"),
    Trigger(r"(?:seized|captured|took over|overran) (?:the |a |an )?(?:[\w-]+ )?(?:mine|mines|mining site|oil ?field|"
             r"airport|airstrip|dam|border post|checkpoint|military base|army base|barracks)\b|"
             # "its fighters had seized a junta infantry battalion base"
             r"(?:seized|captured|took over|overran) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:battalion|brigade|"
             r"regiment(?:al)?|division|army|military|naval|air force|police|border guard|rebel|militia) "
             r"(?:base|camp|headquarters|outpost|post|garrison)s?\b",
             "Battles", "Non-state actor overtakes territory", "armed", check="armed group"),
    Trigger(r"loot(?:ed|ing|ers)|ransack\w*", SD, "Looting/property destruction", "riot"),
    Trigger(r"(?:(?<=crowd )|(?<=mob )|(?<=protesters )|(?<=residents )|(?<=villagers )|(?<=youths )|(?<=farmers ))"
             r"broke open (?:an? |the )?(?:[\w'’-]+ ){0,2}?(?:warehouses?|stores?|depots?|godowns?|granar(?:y|ies)|"
             r"shops?)\b(?=[^.;]{0,80}?\b(?:carried|carted|took|made) (?:away|off)\b)",  # "a crowd broke open a
             "Riots", "Violent demonstration", "riot"),  # cooperative's warehouse ... and carried away 300 sacks"
    # armed men stealing herds, blowing up or destroying buildings and masts (no one hurt)
    Trigger(r"(?:stole|rustled|rustling|made off with|drove off) (?:[\w-]+ ){0,3}?(?:cattle|livestock|cows|goats|"
             r"camels|sheep|herds?)\b|(?:blew up|dynamited|destroyed|demolished) "
             r"(?:an? |the |two |several |at least |more than |about |some )?"
             r"(?:\d+ |two |three |four |five |six |seven |eight |nine |ten |dozens of )?"
             r"(?:[\w'’-]+ ){0,2}?(?:schools?|bridges?|masts?|towers?|pylons?|pipelines?|police stations?|"
             r"buildings?|offices?|churches|mosques?|homes?|houses?|clinics?|health cent(?:re|er)s?)\b|"
             r"(?:uprooted|cut down|chopped down|felled|destroyed|burned|torched) (?:about |some |more than |at least |"
             r"dozens of |hundreds of |\d+ )?(?:[\w-]+ ){0,2}?(?:trees|saplings|orchards?|crops|vines|olive groves?)\b|"
             r"(?:damaged|desecrated|defaced) (?:an? |the |two |several )?(?:[\w'’-]+ ){0,2}?(?:idols?|statues?|"
             r"shrines?|temples?|graves?|tombs?|gravestones|headstones|monuments?)\b|"
             # "the burning of two (2) backhoes and a dump truck of a road project ... by NPA members"
             r"(?:burning|torching) of (?:an? |the |two |three |four |five |several |\d+ )?(?:\(\d+\) )?"
             r"(?:[\w-]+ )?(?:backhoes?|excavators?|bulldozers?|cranes?|harvesters?|graders?|tractors?)\b",
             SD, "Looting/property destruction", "riot", check="armed, no one hurt"),
    # withdrawals and closures, evacuations, stay-at-home orders and bans for security
    Trigger(r"(?:(?<=troops )|(?<=soldiers )|(?<=peacekeepers )|(?<=forces ))(?:withdrew|pulled out)"
             r"(?![^.;]{0,80}without (?:a fight|resistance|a shot|fighting))", SD, "Change to group/activity",
             "strategic"),
    # a road told as blocked for days: "the main highway had been blocked at Namialo since Monday" (not by a
    # landslide, snow or the police)
    Trigger(r"(?:roads?|highways?|motorways?|routes?|junctions?|bridges?)(?: [\w'’-]+){0,5}? (?:had been|has been|"
             r"have been|was|were|"
             r"remained|remains) (?:blocked|barricaded)\b(?![^.;]{0,40}\bby (?:an? |the )?(?:landslides?|floods?|"
             r"flooding|snow|rocks?|debris|fallen|trees?|police|army|troops|soldiers|authorities|security forces|"
             r"accident|crash))(?=[^.;]{0,60}\bsince\b)", "Protests", "Peaceful protest", "protest"),
    # a strike or protests that reached another town: "the strike spread to Saqqez on Wednesday, where most shops
    # stayed shut" (an event there, of its own day)
    Trigger(r"spread(?:(?<=\bstrike spread)|(?<=\bstrikes spread)|(?<=\bshutdown spread)|(?<=\bprotest spread)|"
             r"(?<=\bprotests spread)|(?<=\bboycott spread)|(?<=\bdemonstrations spread)) (?:on \w+ )?(?:to|into)\b",
             "Protests", "Peaceful protest", "protest"),
    # protesters closing a road or a crossing: "farmers closed the Evzoni border crossing to trucks for four hours"
    # (before the closures of the authorities below, which take the same words)
    Trigger(r"(?:(?<=farmers )|(?<=protesters )|(?<=demonstrators )|(?<=strikers )|(?<=drivers )|(?<=truckers )|"
             r"(?<=workers )|(?<=residents )|(?<=villagers ))(?:also )?closed (?:the |a )?(?:[\w-]+ ){0,2}?"
             r"(?:border crossings?|highways?|roads?|motorways?|junctions?|bridges?|ports?)\b",
             "Protests", "Peaceful protest", "protest", check="blockers"),
    Trigger(r"(?:closed|shut|suspended) (?:all |the |its )?(?:[\w-]+ ){0,2}?(?:schools|markets|classes|border "
             r"crossings?|border|crossing)\b|(?:schools|markets|classes|shops) (?:[\w,'’-]+ ){0,5}?"
             r"(?:were|was|have been|had been|remained) (?:closed|shut|suspended)\b"
             r"(?![^.;]{0,120}\b(?:strike|shutdown|stay-?away|bandh|hartal|solidarity|in protest)\b)|"  # (shut in a
             # strike or in solidarity: a protest)
             r"ordered (?:the )?(?:mandatory |immediate )?evacuation|"
             r"(?:ordered|told) (?:[\w-]+ ){0,4}?to (?:evacuate|stay indoors|stay at home|stay home|leave)\b|"
             r"(?:were|was) (?:ordered|told) to (?:evacuate|stay indoors|stay at home|stay home|leave)\b|"
             r"(?:imposed|declared|ordered) a (?:total |full |\d+-hour )?lockdown|"
             r"banned (?:the use of |the riding of )?(?:motorcycles|motorbikes|motorcycle taxis)"
             r"(?![^.;]{0,80}?\b(?:night|pm|p\.m\.|dusk|after dark|curfew))|"  # (a night-time ban: below)
             r"suspended (?:all )?(?:political )?(?:party )?activities|"
             # ("suspended all artisanal mining at 12 sites ..., saying the gangs were 'terrorising entire
             # communities'")
             r"suspended (?:all )?(?:artisanal |small-scale |informal )?mining(?! (?:licen[cs]es?|rights|permits?))"
             r"(?=[^.;]{0,150}\b(?:gangs?|bandits|armed|attacks?|militants?|violence|clashes|killings?)\b)"
             r"(?![^.;]{0,150}\b(?:gas|methane|explosion|blast|accident|collapsed?|landslide|floods?|tax|code)\b)",
             SD, "Other", "strategic",
             check="insecurity"),
    Trigger(r"plunder(?:ed|ing)|pillag(?:ed|ing)|arson(?! squad| unit| investigators?)|"
             r"fire (?:that|which) (?:destroyed|gutted|razed)|"
             r"(?:carried|made) off (?:with )?(?:[\w,-]+ ){0,4}?(?:sacks|bags|goods|food|flour|rice|grain|supplies|aid|"
             r"cattle|livestock|goats|sheep|camels|cash|money|fuel|medicines?|equipment|furniture|televisions?|"
             r"phones|computers|weapons)\b|"
             r"(?:bulldoz(?:ed|ing)|demolish(?:ed|ing)|raz(?:ed|ing)) (?:[\w-]+ ){0,4}?(?:shops|homes|houses|buildings|"
             r"structures|stalls|kiosks|mosques?|churches|temples?|shrines?|markets?|settlements?|camps?|villages?)\b|"
             r"(?:used|sent) (?:an? |two |several )?(?:bulldozers?|excavators?) to (?:demolish|raze|tear down) "
             r"(?:[\w-]+ ){0,5}?(?:shops?|homes?|houses?|buildings?|structures?|stalls?|mosques?|churches|"
             r"temples?|shrines?)\b|"  # ("officials used a bulldozer to demolish the front of that house")
             r"(?:shops|homes|houses|buildings|structures|stalls|kiosks|mosques?|churches|temples?|shrines?) "
             r"(?:[\w-]+ ){0,6}?(?:were|had been|have been) (?:\w+ )?(?:bulldozed|demolished|razed)|"
             r"(?:shops|stores|warehouses?|supermarkets?|businesses|kiosks|stalls|depots?) (?:[\w,'’-]+ ){0,10}?"
             r"(?:was|were|had been) (?:\w+ )?(?:broken into|stripped|emptied|cleaned out|plundered|pillaged)|"
             r"(?:tankers?|trucks|lorries|lorry|truck) (?:[\w-]+ ){0,5}?(?:was|were|had been) (?:\w+ )?(?:emptied|"
             r"stripped|plundered|pillaged) by (?:a |the )?(?:crowd|mob|protesters|looters|rioters|residents|"
             r"villagers)|"
             r"(?:sheds?|barns?|warehouses?|offices?|houses?|homes|shops|stores|buildings?|huts|granar(?:y|ies)|"
             r"church(?:es)?|chapels?|mosques?|temples?|shrines?|schools?) (?:[\w-]+ ){0,6}?(?:was|were|had been) "
             r"(?:\w+ )?(?:burned|burnt) "
             r"(?:to the ground|down)(?![^.;]{0,80}\b(?:candle|wiring|fault|lightning|accident\w*|electrical|"
             r"short circuit|(?:in|by) an? (?:\w+ )?(?:fire|blaze)(?! (?:set|started|lit) by))\b)|"
             # ("about 20 houses belonging to families of members of one of the groups were burnt in Tutuala")
             r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of|several) "
             r"(?:houses|homes|huts|shops|stalls) (?:[\w-]+ ){0,10}?(?:were|had been|have been) (?:\w+ )?"
             r"(?:burned|burnt)\b(?! (?:to the ground|down)\b)"  # (torched or set on fire: a riot's words, below)
             r"(?![^.;]{0,140}\b(?:candle|wiring|fault|lightning|accident\w*|electric\w*|wildfires?|bushfires?|"
             r"forest fires?|fire broke out|blaze|sparks?|short[- ]circuit|gas|cooking)\b)",
             SD, "Looting/property destruction", "riot", check="unrest in sight"),
    Trigger(r"storm(?:ed|ing)\b(?! back| to (?:an? |the )?(?:\d|victory|win|title|lead|top|power|the final)|"
             r" past| home| into the (?:lead|final|semi\w*|quarter\w*|last|record))|(?<=to )storm\b|"
             r"broke into|break(?:ing|s)? into|(?<=has )broken into|(?<=have )broken into|broke through|"
             r"forced (?:their|its) way into|(?:poured|surged|stormed) into|"
             r"set (?:\w+ ){0,3}?(?:ablaze|alight|on fire)|(?:set|setting|sets) fire to|torch(?:ed|ing)|"
             # ("unknown persons set fire overnight from Monday to Tuesday to the offices of a subcontractor")
             r"(?:set|setting|sets) fire (?:(?:overnight|late|early|on|in|at|from|to|during|last|the|night|morning|"
             r"evening|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day) ){1,6}?to(?= (?:the|an?|two|three|\d))|"
             r"(?:(?<!with )|(?=burn(?:ed|t|ing) (?:[\w-]+ )?(?:tyres|tires|barricades)\b))"
             r"burn(?:ed|t|ing) (?:(?:\d+|two|three|four|five|six|several|dozens of|a|an|the|their) )?"
             r"(?:[\w-]+ )?"
             r"(?:tyres|tires|cars|vehicles|buses|trucks|lorries|barricades|pick-?ups|motorcycles|motorbikes|"
             r"tractors)|burning (?:[a-z]+ and )?(?:tyres|tires|barricades)|"
             r"(?:roadblocks|barricades|barriers) of burning "
             r"(?:debris|rubbish|garbage|branches|logs|tyres|tires)|"

             r"(?<!charged with )(?<!accused of )(?<!convicted of )(?<!guilty of )riot(?:s|ing|ed)?\b(?! police| gear|"
             r" squads?| control| officers| shields?| helmets?| vans?| units?| troops)|petrol bombs?|"
             r"molotov cocktails?|fire-?bombs?|violent (?:demonstrations?|protests?|clashes)|"
             r"clash(?:ed|es)? with (?:police|"
             r"security forces|riot police)|(?:threw|hurled|hurling|throwing) (?:\w+ ){0,2}?(?:stones|rocks|fireworks|"
             r"bottles|bricks|flares|projectiles|burning \w+|petrol bombs|molotov\w*)|pelted|stoned|"
             r"(?:threw|hurled|hurling|throwing) (?:\w+ ){0,2}?(?:eggs|paint)(?: and (?:\w+ )?\w+)? "
             r"(?:at|on) (?:the )?(?:[\w'’-]+ ){0,3}?(?:offices?|buildings?|headquarters|parliament|embassy|consulate|"
             r"ministry|court(?:house)?|assembly|council|(?:city|town) hall|residence|statue|monument|police|officers|"
             r"guards|troops|minister|president|premier|mayor|governor|officials?|candidates?|deputies|motorcade|"
             r"delegation|MPs?|lawmakers?|politicians?|convoy|cars?|vehicles?)\b|"
             r"(?:fired|firing|shot|launched) (?:\w+ ){0,2}?(?:fireworks|firecrackers|flares) at (?:the )?(?:[\w-]+ )?"
             r"(?:police|officers|gendarmes|firefighters|security forces|troops|soldiers|police stations?)\b|"
             r"(?:stones|rocks|bricks|bottles|petrol bombs) (?:were |was |had been )?(?:thrown|hurled) at|"
             r"smash(?:ed|ing) (?!into)(?:\w+ ){0,3}?(?:windows?|shop(?:s|fronts?)?|storefronts?|cars?|vehicles?|"
             r"doors?|valves?|pipes?|control rooms?|equipment|machinery|cameras?|ballot boxes|furniture|meters?)\b|"
             r"(?:windows|shopfronts|storefronts|windscreens) (?:[\w-]+ ){0,3}?(?:were|had been) smashed\b"
             r"(?! by (?:the )?(?:storm|winds?|blast|explosion|hail|quake|earthquake|tremor|shock ?wave))|"
             r"vandali[sz]\w*|seized (?:the )?(?:\w+ ){0,3}"
             r"(?:building|headquarters|offices?)|"
             r"(?:tore|torn|tearing|pulled|pulling) down (?:\w+ ){0,2}?(?:barricades|fences|barriers|gates)|"
             r"(?:tore|torn|tearing|pulled|pulling) down (?:an? |the )?(?:\w+ )?(?:protest|protesters['’]|"
             r"demonstrators['’]|sit-in|strikers['’]) tents?\b|"  # ("masked men tore down a student protest tent")
             r"(?:tore|pulled|toppled|knocked|brought) down (?:an? |the )?(?:[\w'’-]+ ){0,4}?(?:statues?|monuments?|"
             r"busts?)\b|toppled (?:an? |the )?(?:[\w'’-]+ ){0,4}?(?:statues?|monuments?|busts?)\b|"
             r"(?:overturn(?:ed|ing)|kicked over|knocked over) (?:\w+ ){0,2}?(?:stalls|tables|bins)|"
             r"beat (?:[\w-]+ ){0,5}?with (?:sticks|clubs|machetes|iron bars|stones|planks)|"
             r"(?:residents|villagers|locals|crowds?|mobs?|youths)(?: in (?-i:[A-Z])[\w'’-]+)? beat up\b",
             "Riots", "Violent demonstration", "riot"),
    # lorries stopped by protesters and their loads thrown out: "farmers stopped two French lorries ... and tipped their
    # loads of Moroccan tomatoes onto the tarmac", "stopped three Ukrainian lorries ... and slit open their tarpaulins
    # to spill maize onto the road" (people who block roads: not customs officers unloading cocaine, a tanker's spill)
    Trigger(r"(?:tipped|dumped|emptied|spilled|threw) (?:out )?(?:their|its|the) (?:loads?|cargo(?:es)?|contents) "
             r"(?:of (?:[\w-]+ ){1,3}?)?(?:onto|on|across|into) the (?:road|tarmac|motorway|highway|street|asphalt)\b|"
             r"(?:stopped|halted|intercepted|blocked) (?:[\w-]+ ){0,3}?(?:lorries|trucks)\b"
             r"(?=[^.;]{0,120}?\b(?:(?:spill(?:ed|ing)?|tipp(?:ed|ing)|dump(?:ed|ing)|threw) (?:out )?(?:[\w-]+ ){0,6}?"
             r"(?:onto|on|across|into) the (?:road|tarmac|motorway|highway|street|asphalt)|slit (?:open )?(?:their|its|"
             r"the)|(?:empt(?:ied|ying)|unload(?:ed|ing)|tipp(?:ed|ing)|spill(?:ed|ing)?)|"
             r"dump(?:ed|ing) (?!cheap\b)(?:[\w-]+ ){0,3}?(?:onto|on|across|into|in)\b|"
             r"dump(?:ed|ing) (?:their|its|the)|"
             r"(?:set fire to|torched|burned|looted) (?:their|its|the|them))\b)",
             "Riots", "Violent demonstration", "riot", check="blockers"),
    # vandalism no crowd is told of: "windows of a cultural centre were smashed and nationalist graffiti sprayed on
    # its walls" (after the riot's words above, which take "Windows were smashed" where a crowd is)
    Trigger(r"(?:windows|windscreens|windshields|shop ?fronts?|glass doors) of (?:an? |the |its |their )?"
             r"(?:[\w'’-]+ ){0,3}?(?:were|was|had been|have been) (?:smashed|broken)"
             r"(?![^.;]{0,40}\b(?:blast|explosion|bomb|shell|shock ?wave|storm|wind|quake|earthquake)s?\b)",
             SD, "Looting/property destruction", "riot"),
    Trigger(r"(?<!\bthe )(?<!\ba )(?<!\ban )burn(?:ed|t) (?:down )?(?:an? |the |dozens of |several |(?:about |some |"
             r"at least |more than |nearly |"
             r"around |over )?\d+ )?(?:[\w-]+ )?"
             r"(?:villages?|houses|homes|huts|shops|markets?|church(?:es)?|chapels?|mosques?|temples?|schools?|"
             r"police (?:stations?|posts?|"
             r"vans?|cars?|vehicles?)|vans?|government offices|offices)\b", "Riots",
             "Violent demonstration", "riot", check="not a fire"),
    # two sides of civilians scuffling: "supporters of the ruling party and students scuffled outside a school"
    Trigger(r"(?<=\w )(?:scuffled|brawled|came to blows|traded (?:punches|blows))\b(?! with (?:\w+ ){0,3}?(?:police|"
             r"officers|gendarmes|security(?! guards)|troops|soldiers|riot))", "Riots", "Mob violence", "riot",
            check="blockers"),  # (people, not the police: "police scuffled with" is a trigger of its own before)
    # a crowd charging at protesters: "around 80 villagers, some armed with wooden poles, charged at a group of
    # protesters" (not the police's charge)
    Trigger(r"(?<!police )(?<!officers )(?<!troops )(?<!soldiers )(?<!forces )(?<!gendarmes )"
             r"charged (?:at|into) (?:a (?:group|crowd|line) of )?(?:the )?(?:protesters|demonstrators|marchers|"
             r"strikers|picketers|worshippers|students)\b", "Riots", "Mob violence", "riot", check="crowd charging"),
    Trigger(r"mob (?:attack\w*|violence)|lynch\w*|(?<!police )(?<!soldiers )beat(?:s|en)? (?:[\w-]+ ){0,4}?to death|"
             # "a crowd beat and burned two men accused of scouting for the gangs"
             r"(?:(?<=crowd )|(?<=mob )|(?<=residents )|(?<=villagers )|(?<=vigilantes )|(?<=locals ))"
             r"(?:beat|stoned|hacked|burned|burnt)(?: and (?:burned|burnt|beat|stoned|lynched|hacked))? "
             r"(?:two |three |four |several |an? |the )?(?:suspected |alleged )?"
             r"(?:men|man|woman|women|suspects?|thie(?:f|ves)|persons?|people|boys?|youths?|robbers?|kidnappers?)\b|"
             # ("a 35-year-old man who was beaten by a crowd near Banka town late on Monday")
             r"(?:was|were|had been|have been|has been) (?:beaten|stoned|lynched|hacked|set upon|attacked) "
             r"(?:up )?by (?:an? |the )?(?:angry |enraged |irate )?(?:crowd|mob|villagers|residents|vigilantes)\b"
             r"(?!['’])",
             "Riots", "Mob violence", "riot"),
    Trigger(r"clash(?:es|ed)\b|running battles|(?:heavy|fierce|intense) fighting|"
             r"(?:tribal|clan|inter-?clan|inter-?tribal) fights?\b(?= (?:that|which) (?:started|erupted|broke out|"
             r"began)\b| (?:in|near|at|between|on|late|early|last|since|left|killed|claimed)\b)|"  # ("a tribal fight
             # that started on Sunday"; not "clan fights over grazing land had become less frequent")
             r"fought (?:fierce|pitched|heavy|running|street|gun) battles|(?:fierce|heavy|pitched|street|running) "
             r"battles (?:raged|erupted|broke out|continued)|"
             r"exchang(?:ed?|ing) (?:heavy|intense|sporadic) (?:gun)?fire|"
             r"fighting (?:broke out|between|"
             r"erupted)|"
             # ("the army reported fighting since Sunday with a dissident faction of the former FARC")
             r"fighting (?:since \w+ |on \w+ |overnight )with (?:an? |the )?(?:[\w-]+ ){0,3}?(?:factions?|rebels|"
             r"militants|guerrillas?|dissidents|insurgents|gangs?|militias?|jihadists|separatists)\b|"
             r"(?:(?<=the )|(?<=The )|(?<=a )|(?<=A ))fight (?:broke out|erupted)"
             r"(?! (?:after|when|because|over)\b)|"
             r"fought (?!back\b|off\b|for (?:their|his|her|its) li)(?:\w+ ){0,3}?(?:with|against|armed|"
             r"gunmen|attackers|assailants|raiders|gangs?|bandits|"
             r"militants|rebels|insurgents|troops|soldiers|police|security forces|local)|"
             r"(?<=been )fighting (?:[\w-]+ ){0,2}?(?:troops|soldiers|forces|army|rebels|militants|insurgents|"
             r"fighters|militias?|militiamen|gunmen)\b",  # ("PDF units and their Chin allies have been fighting
             "Battles", "Armed clash", "clash"),  # regime troops on the outskirts of Kalay since Monday")
    # fighting words that also tell of sport, politics or courts: only between armed sides, or with the hurt or
    # weapons in the sentence
    Trigger(r"battl(?:ed|ing) (?:with )?(?:[\w-]+ ){0,2}?(?:gunmen|attackers|assailants|gangs?|bandits|militiamen|"
             r"militias?|fighters|jihadists|militants|rebels|insurgents|troops|soldiers|police|forces|al-Shabaab|"
             r"Boko Haram|columns?|convoys?|junta)\b|"
             r"skirmish(?:es|ed)\b|(?:fighting|clashes) (?:flared|broke out again)|"
             r"(?<=\ba )(?:[\w-]+ )?clash\b(?! of\b)|gun-?fights?\b|"
             r"(?:(?<=the )|(?<=The )|(?<=a )|(?<=A ))(?:(?:mass|massive|violent|huge|fierce) )?(?:fight|brawl) "
             r"between\b|"  # (not "The fight between Usyk and
             # Dubois", "the fight between Republicans and Democrats over the budget")
             r"launched (?:an? )?(?:fresh |new |major |ground )?offensive|"
             r"(?<!had )fought (?!on and off)(?=(?:in|near|around|on|for|at|over|inside|outside)\b)|"
             r"locked in (?:heavy |fierce )?(?:fighting|battles?|combat)|(?:combat|fighting) pitted|"
             r"engaged in (?:heavy |fierce |intense )?(?:combat|fighting|a gunfight|a firefight|a shoot-?out)|"
             r"(?:neutrali[sz]ed|eliminated) (?:at least |about |some |more than )?(?:\d+|two|three|four|five|six|"
             r"seven|eight|nine|ten|several|dozens of|scores of)? ?(?:more |other )?(?:[\w-]+ )?(?:militants|"
             r"insurgents|terrorists|fighters|rebels|bandits|jihadists|assailants|attackers|gunmen)\b|"
             r"(?:neutrali[sz]ed|eliminated) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) of them\b|"
             # an army's word for a clash: "FDS units pursuing the group made contact with it ..., neutralising two
             # more terrorists"
             r"made contact with (?:the |an? )?(?:[\w-]+ )?(?:group|enemy|insurgents|terrorists|militants|rebels|"
             r"attackers|gunmen|assailants|it|them)\b(?=[^.;]{0,120}?\b(?:neutrali[sz]\w*|kill\w*|exchange of fire|"
             r"fighting|firefight|clash\w*|put out of action|(?:supreme|ultimate) price)\b)|"  # ("made contact with it
             # at about 0600 hours ..., where four terrorists were put out of action")
             r"gun ?duel|engaged (?:the )?(?:[\w-]+ ){0,3}?in (?:a |an )?(?:fierce |heavy )?(?:gun-?fight|"
             r"fire-?fight|shoot-?out|exchange of fire)|"
             r"engaged (?:the |some |about |at least |\d+ |an? )?(?:suspected |alleged |armed )?"
             r"(?:members of|militants|insurgents|rebels|fighters|jihadists|bandits|gunmen|guerrillas|dissidents|"
             r"terrorists|attackers|assailants|the enemy|enemy)\b|"  # ("troops engaged members of the Clan del
             # Golfo in the rural area")
             r"made contact with (?:them|the (?:attackers|assailants|enemy|terrorists|militants|insurgents|rebels|"
             r"gunmen|fighters|bandits)|(?:an? |the )?(?:armed |enemy )?(?:group|band|unit)s?)\b|"  # ("Our forces
             # pursued the attackers and made contact with them near Ntoroko")
             r"(?<!who )(?<!had )fought (?:[\w/-]+ ){0,3}?(?:militiamen|militias?|fighters|jihadists|al-Shabaab|"
             r"(?:Levies|security|police|border|army) personnel|security forces|policemen|"  # ("militants ... fought
             # Levies personnel for several hours")
             r"attackers|assailants|raiders|"
             r"rebels|insurgents|militants|gunmen|bandits|separatists|"
             r"Boko Haram|ISWAP|the Taliban|"
             r"Hamas|Hezbollah|the RSF|the army)\b|"
             r"(?:(?<=the )|(?<=an ))encounter(?= (?:in|at|near|on)\b| (?:(?:that|which) )?(?:broke out|erupted|"
             r"began|started|entered|continued|went on|raged|ended|lasted))",
             "Battles", "Armed clash", "clash", check="combat"),  # (South Asian press: "the encounter in Kokernag")
    Trigger(r"(?:repelled|repulsed|beat back|fought off|thwarted) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:attack|assault|"
             r"offensive|incursion|raid|advance)s?\b|(?:attempted|tried) to storm (?:[\w-]+ ){0,2}?positions|"
             r"(?:attempt|attack|assault|advance|incursion|offensive)s? (?:[\w'’-]+ ){0,12}?(?:was|were|had been|has "
             r"been) (?:\w+ly )?(?:repelled|repulsed|beaten back)\b",  # ("an attempt by an Azerbaijani
             # subdivision to advance towards Armenian positions near Sotk was repelled by retaliatory fire")
             "Battles", "Armed clash", "clash", check="violent context"),
    Trigger(r"fighting (?:in|near|around|for|through|throughout|overnight|until|into|that|which|lasted|raged|"
             r"continued|resumed|intensified|spread)\b|"
             r"(?:(?<=after )|(?<=following )|(?<=amid )|(?<=during )|(?<=days of )|(?<=hours of )|(?<=weeks of )|"
             r"(?<=renewed ))fighting\b(?! (?:the|a|an|for|to|off|back|fires?|blazes?|corruption|crime|poverty)\b)",
             "Battles", "Armed clash", "clash", check="armed sides"),
    Trigger(r"(?:fired |used |firing )?(?:tear ?gas|water cannons?|rubber(?:-coated)? bullets|plastic bullets|"
             r"foam (?:projectiles|bullets|rounds)|pepper[- ]?balls|beanbag rounds|stun grenades|pepper spray|"
             r"sound grenades|warning shots)|(?:was|were|been|being) dispersed|"
             r"dispers(?:ed|ing)(?= (?:the|an?|them|protesters|demonstrators|crowds?|marchers|hundreds|thousands|"
             r"students|supporters|youths|rioters)\b)|"
             r"disperse(?= (?:the|an?|them|protesters|demonstrators|crowds?|marchers|hundreds|thousands)\b)|"
             r"(?:broke|break|breaking) up (?:an? |the )?(?:[\w-]+ ){0,2}?(?:blockades?|protests?|rall(?:y|ies)|"
             r"demonstrations?|sit-ins?|marches|gatherings?|crowds?|protest camps?|encampments?)|"
             r"(?:clear(?:ed|ing)?|(?:(?<=police )|(?<=officers )|(?<=troops )|(?<=soldiers )|(?<=forces ))"
             r"(?:removed|dismantled|tore down)) (?:an? |the )?(?:last |remaining )?"
             r"(?:[\w-]+ ){0,3}?(?:blockades?|protesters|demonstrators|encampments?|sit-ins?|protest camps?)|"
             r"(?:police|officers|troops|soldiers|security forces) (?:\w+ ){0,2}?clear(?:ed|ing)? (?:\w+ ){0,3}?"
             r"(?:vehicles|trucks)|"
             r"scuffl(?:e|es|ed|ing) (?:with|between) (?:\w+ ){0,3}?(?:police|officers|gendarmes|security forces)|"
             r"(?:police|officers|gendarmes) (?:\w+ ){0,3}?scuffl\w+|pushed and shoved|"
             r"scuffles (?:broke out|erupted)(?=[^.;]{0,80}\b(?:police|officers|gendarmes|security forces|troops))|"
             r"(?:carr(?:ied|ying|y)|dragg(?:ed|ing)|drag) (?:\w+ ){0,2}away (?:\w+ ){0,2}(?:protesters|demonstrators|"
             r"activists|marchers)|baton[- ]charg\w+|charged (?:\w+ ){0,3}with batons|"
             r"beat(?:s|en|ing)? (?:\w+ ){0,3}with batons",
             "Protests", "Protest with intervention", "protest"),
    Trigger(r"(?:police|officers|troops|security forces) moved in", "Protests", "Protest with intervention", "protest",
             check="protest scene"),
    # a road stopped by protesters: "they again stopped traffic for 16 minutes of silence" (people, not the police)
    Trigger(r"(?:stopped|halted|blocked) (?:all )?traffic(?= (?:for|on|at|in|along)\b)"
             r"(?=[^.;]{0,120}\b(?:silence|protest\w*|demand\w*|demonstrat\w+|solidarity|against|slogans)\b)",
             "Protests", "Peaceful protest", "protest", check="blockers"),  # (not a funeral's or a marathon's crowd)
    # an armed group's shutdown: "the armed group has imposed the closure of commerce and the suspension of public
    # transport in Saravena" (not a health ministry's)
    Trigger(r"imposed (?:the |a )?(?:closure|suspension|shutdown) of (?:all )?(?:commerce|businesses|shops|markets|"
             r"(?:public )?transport|traffic)\b", SD, "Other", "strategic", check="armed group"),
    # an authority halting campaigns after violence: "The electoral commission has suspended all campaign activities in
    # the constituency for seven days"
    Trigger(r"(?:(?<=commission )|(?<=police )|(?<=authorities )|(?<=government )|(?<=council ))(?:has |have |had )?"
             r"(?:suspended|banned|halted) (?:all )?(?:political )?(?:campaign activities|campaigning|campaigns|"
             r"(?:political |campaign )rallies)\b(?![^.;]{0,120}\b(?:mourning|death|funeral|court|ruling|holiday|"
             rf"{HEALTH_WORDS[3:-1]})\b)", SD, "Other", "strategic"),
    # occupiers removed by force: "Some 300 landless families were evicted yesterday at dawn from an estate they had
    # occupied" (not "threatened with eviction")
    Trigger(r"(?:families|occupiers|squatters|settlers|residents|villagers|farmers|peasants|people|vendors|"
             r"protesters) (?:[\w-]+ ){0,3}?(?:were|had been|have been) (?:forcibly |violently )?evicted\b"
             r"(?=[^.;]{0,160}\b(?:occup\w+|squat\w*|invaded|invasion|protest\w*|police|officers|troops|soldiers|"
             r"bulldozers?|riot)\b)",  # (by force, from land taken: not "after a court ruled for the landowner")
             "Protests", "Protest with intervention", "protest"),
    # "police cleared the barricades" of a protest (not "soldiers dismantled roadblocks set up by bandits")
    Trigger(r"(?:clear(?:ed|ing)?|(?:(?<=police )|(?<=officers )|(?<=troops )|(?<=soldiers )|(?<=forces ))"
             r"(?:removed|dismantled|tore down)) (?:an? |the )?(?:last |remaining )?"
             r"(?:[\w-]+ ){0,3}?(?:barricades?|roadblocks?)", "Protests", "Protest with intervention", "protest",
             check="protesters' barricades"),
    # "police pushed the crowd back" (not "the attackers had been pushed back")
    Trigger(r"pushed (?!(?:the |their )?(?:attackers|militants|fighters|insurgents|rebels|jihadists|gunmen|enemy)\b)"
             r"(?:\w+ ){0,3}back", "Protests", "Protest with intervention", "protest", check="not armed men"),
    # captives marched into the bush: tried before the protest words (the first trigger to match wins)
    Trigger(r"(?:marched|led|took|forced|dragged) (?:[\w,-]+ ){0,6}?(?:passengers|villagers|people|men|women|"
             r"children|students|pupils|workers|travell?ers|farmers|hostages|teachers|drivers),? "
             r"(?:[\w,-]+ ){0,5}?into the (?:bush|forest|woods|jungle|hills|mountains)\b", VAC,
             "Abduction/forced disappearance", "vac",
             check="armed group before"),
    Trigger(r"(?<!form of )(?<!forms of )(?<!kind of )(?<!type of )(?<!method of )(?<!means of )"  # ("a form
             # of protest common in 2022": the kind, not one)
             r"protest(?:s|ed|ing)?\b(?! hub| leaders?| movement| organi[sz]ers?| groups?| songs?| votes?| letters?)|"
             r"demonstrations?\b|demonstrated|rall(?:y|ies|ied)\b|"
             r"march(?:ed|es|ing)?\b(?! (?:the |their |\d+ |two |three |four |five |several |dozens of )?"
             r"(?!(?:for|by|with|of|in|on|to|against|from|through|over)\b)(?:[\w-]+ )?(?:captives|hostages|prisoners|"
             r"abductees|detainees)\b| (?:them|him|her) (?:off|away|into|to)\b)|"  # (not "marched the captives into
             # the bush"; but "marched for hostages held in Gaza")
             r"(?:took|taken|take|taking) to the streets|sit-ins?|general strike|hunger strike|vigils?|"
             # ("several dozen protesters who chained themselves to a gate at the Prince Rupert container terminal")
             r"chained themselves to\b|"
             # ("about 80 Orang Asli ... held a peaceful gathering on Wednesday in solidarity with those arrested")
             r"(?:held|staged) an? (?:peaceful |silent |solidarity |protest )?gathering"
             r"(?=[^.;]{0,60}?\b(?:in solidarity|in protest|to protest|to demand|for justice)\b)|"
             r"bang(?:ed|ing)? (?:on )?pots and pans|cacerolazos?|"
             r"[\"“]?dead[- ]towns?\b[\"”]?|villes? mortes?\b|"  # (West and Central Africa's shutdown protests)
             r"(?:walked|marched) in silence(?=[^.;]{0,80}?\b(?:in memory of|in tribute to|to demand|to protest|"
             r"against|for justice)\b)(?![^.;]*\b(?:coffin|funeral|burial|prayers?)\b)|"
             r"(?:went|go|gone|going|were|are|was|is|been|remain(?:ed)?|stayed) on strike|strik(?:ing|ers)\b|"
             r"(?:downed|down|downing) (?:their )?tools\b|walked off the job\b|"  # ("200 workers at a chrome
             # smelter downed tools on Tuesday")
             # ("workers at the ferroalloy plant in Zestaponi stopped work in solidarity")
             r"(?:stopped|stop|stopping|halted) work(?=(?: on \w+| yesterday| today)? (?:in solidarity|in protest|"
             r"in support|to protest|to demand|against|over (?!fears?|concerns?|safety|the weather|landslides?)\w))|"
             # ("bus and taxi drivers, who stopped work on Tuesday, parked their vehicles across the main avenues")
             r"(?:(?<=drivers, who )|(?<=workers, who )|(?<=miners, who )|(?<=teachers, who )|(?<=nurses, who )|"
             r"(?<=doctors, who )|(?<=dockers, who )|(?<=truckers, who )|(?<=riders, who )|(?<=staff, who )|"
             r"(?<=employees, who )|(?<=operators, who ))(?:stopped|halted) work(?= (?:on|since) \w+day\b)|"
             # ("Police officers in East New Britain Province have refused to report for duty since Monday over unpaid
             # allowances")
             r"(?:refused|refusing|refuse) to (?:report for (?:duty|work)|go to work|report to work|resume work)"
             r"(?=[^.;]{0,60}?\b(?:over (?!fears?|concerns?|safety|insecurity|the violence)|to demand|in protest|"
             r"against|until they)\b)|"
             r"(?:withdrew|withdrawn|withdrawing|withdraw) their (?:\w+ )?services\b"
             r"(?! from (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\w)"
             r"(?![^.;]{0,60}\b(?:(?:because of|due to|over|citing) (?:the )?(?:insecurity|fighting|violence)|"
             r"funding)\b)|"  # ("Commercial tricycle
             # riders in Nkoranza withdrew their services in solidarity")
             r"(?:held|staged|began|started|launched) an? (?:[\w-]+ ){0,2}?(?:strike|stoppage|walkout)\b(?! for\b)|"
             # ("Minibus operators ... began their strike on Monday morning")
             r"(?:held|staged|began|started|begun) (?:their|its) (?:[\w-]+ ){0,2}?(?:strike|stoppage|walkout)\b"
             r"(?! for\b)|"
             # a labour strike: "in a strike to demand that the government act", "called on them to end the strike"
             r"(?:in|on|joined|joining|join) an? (?:[\w-]+ ){0,2}?(?:strike|stoppage|walkout)\b(?= (?:to demand|"
             r"to protest|to press|against|over|by|in protest|called by|organi[sz]ed by)\b)|"
             r"(?:end|ended|ending|call off|called off|calling off|suspend|suspended|lift|lifted) "
             r"(?:the|their|its|an?) (?:[\w-]+ ){0,2}?(?:strike|stoppage|walkout)\b|"
             r"bandhs?\b|hartals?\b|(?:protesters|demonstrators|activists) "
             r"(?:have been |had been |were |are |have |had )?(?:camped|camping|encamped|occupied|occupying)\b|"
             # ("Bengali rights groups enforced a six-hour road blockade in Khagrachhari town")
             r"(?:enforced|staged|mounted|held|imposed|observed|called) an? (?:[\w-]+ ){0,3}?(?:road |highway |rail )?"
             r"blockade\b|"
             # ("one of the 15-minute silent blockades the students have held at the intersection every day since
             # Monday")
             r"(?:blockades (?:that |which )?(?:the |local )?(?:[\w-]+ ){0,3}?they|"
             r"blockades? (?:that |which )?(?:the |local )?(?:[\w-]+ ){0,3}?(?:students|protesters|demonstrators|"
             r"farmers|truckers|drivers|residents|villagers|workers|miners|activists|unions|campesinos|communities)) "
             r"(?:have|has|had) (?:held|staged|"
             r"mounted|maintained|kept up)\b|"
             # ("traders and student groups enforced a shutdown in solidarity"; not the internet's)
             r"(?:enforced|observed|staged) an? (?!(?:[\w-]+ ){0,3}?(?:internet|mobile|network|data|"
             r"communications?|government)\b)(?:[\w-]+ ){0,3}?(?:shutdown|shut-down|stay-?away)\b|"
             r"(?:farmers|workers|students|residents|villagers|families|strikers|teachers|miners|traders|herders) "
             r"(?:have been |had been |were |are )(?:camped|camping|encamped)\b(?=[^.;]{0,120}?\b(?:demand\w*|"
             r"protest\w*|against)\b)|"  # ("Farmers have been camped on the dry riverbed ..., demanding their share")
             r"(?<!police )(?<!troops )(?<!soldiers )(?<!officers )(?<!authorities )"
             r"barricad(?:ed|ing) (?:\w+ ){0,2}(?:roads?|streets?|highways?|bridges?|entrances?)|"

             r"(?:shops|businesses|markets|stores|bazaars)(?:,? and (?:[\w-]+ )?(?:shops|businesses|markets|stores|"
             r"bazaars|offices|schools))? (?:(?:in|across|of) (?:the )?(?:[\w'’-]+,? ){1,5}?)?"  # ("Markets in
             # Nepalgunj remained shut ... in solidarity")
             r"(?:(?:stayed|remained|were|kept) (?:\w+ )?(?:shut|closed)|"  # ("Shops and
             # bazaars were shut on Thursday ... in a strike")
             r"(?:[\w-]+ ){0,3}?(?:shut|closed|pulled down) (?:their )?(?:doors|shutters))"
             + _STRIKE_TOLD_AFTER + r"|"
             r"(?:closed|shut|shuttered) (?:their )?(?:stalls|shops|stores|kiosks|businesses)\b(?=[^.;]{0,60}?\b(?:in "
             r"solidarity|in protest|to protest|against)\b)|"  # ("traders at the central market closed their stalls
             # yesterday in solidarity")
             r"kept (?:their )?(?:shops|businesses|stores|stalls) (?:shut|closed)"  # ("Traders in Dadaab kept their
             # shops closed ... in solidarity")
             + _STRIKE_TOLD_AFTER + r"|"
             r"burn(?:ed|t|ing) (?:an? |the )?effig(?:y|ies)|"
             # a tractor protest: "Farmers drove about 60 tractors onto the main road outside Drochia"
             r"(?:drove|driven|driving|rolled) (?:about |some |around |nearly |more than |at least |"
             r"hundreds of |dozens of |scores of )?(?:\d+ |their )?tractors (?:onto|into|to|through|along|around|"
             r"down|towards?|past|in front of)\b(?=[^.;]{0,120}?\b(?:block\w*|protest\w*|demand\w*|against|"
             r"demonstrat\w+|blockade\w*|slow\w*|jam\w*)\b)|"
             # a transport stoppage: "PMV operators parked their buses in the middle of town ... and refused to run
             # services until police escorts were provided"
             r"parked (?:their )?(?:buses|taxis|minibuses|vehicles|trucks|lorries|matatus|PMVs|tractors|boats|rigs)"
             r"(?=[^.;]{0,100}?\b(?:refus\w+|in protest|demand\w*|until|strike|to protest)\b)"
             r"(?![^.;]{0,100}?\b(?:flood\w*|snow|storm|rain|weather|landslides?|cyclone|typhoon|hurricane|recede\w*)\b)|"
             r"(?:have |had |has )?occupied (?:an? |the )?(?:[\w-]+ ){0,2}?(?:farm|estate|ranch|plantation|land|"
             r"factory|campus|hacienda)\b(?![^.;]{0,60}\b(?:troops|soldiers|army|rebels|militants|gunmen)\b)|"
             r"refused to (?:run|operate|ply|load|unload) (?:their )?(?:services|buses|taxis|routes|vehicles|trucks)"
             r"(?=[^.;]{0,60}?\b(?:until|unless|in protest|demanding)\b)"
             r"(?![^.;]{0,80}?\b(?:flood\w*|snow|storm|rain|weather|landslides?|cyclone|typhoon|hurricane|recede\w*)\b)|"
             r"walk-?outs?|walked out(?! unharmed| unhurt| alive| free)|stay-?aways?|"
             r"(?:transport|taxi|bus|truck|trucking|haulage|minibus) stoppages?\b|"
             r"stoppages?\b(?= (?:that|which) (?:[\w-]+ ){0,2}?(?:owners|workers|drivers|unions?|transporters|"
             r"operators|truckers|hauliers) (?:called|declared|began|launched|staged))|"
             r"(?:(?<=owners )|(?<=drivers )|(?<=truckers )|(?<=hauliers )|(?<=transporters ))(?:[\w-]+ ){0,3}?"
             r"stoppages?\b|"
             r"(?:chanting|chanted) (?:[\w-]+ ){0,2}?slogans (?:against|demanding|calling|denouncing|condemning)"
             r"(?![^.;]{0,60}\b(?:referee|coach|team|club|match|goal)\b)|"
             r"(?:chanting|chanted) (?:anti-government|anti-[A-Z][\w-]+|political) slogans|"
             # ("residents of Bukan chanted slogans from their rooftops", a protest where streets are unsafe)
             r"(?:chanting|chanted|shouting|shouted) (?:[\w-]+ ){0,2}?(?:slogans|chants) from (?:their |the )?"
             r"(?:rooftops|roofs|balconies|windows)\b|"
             r"(?:walked|marched) in silence(?=[^.;]{0,40}?\b(?:to|towards?|through) (?:the )?(?:[\w-]+ ){0,3}?"
             r"(?:palace|governor's office|town hall|city hall|parliament|ministry|headquarters|prefecture|"
             r"embassy|police station))|"
             r"silent (?:march|marches|protest)|"
             r"(?:drivers|workers|traders|teachers|doctors|nurses|miners|truckers|transporters|operators) "
             r"(?:[\w-]+ ){0,2}?(?:stayed|stay|kept|keep) off (?:the )?(?:roads|streets|job|work)|"
             r"(?:workers|employees|teachers|doctors|nurses|staff|civil servants) (?:[\w-]+ ){0,4}?(?:have |had )?"
             r"(?:stayed|stay|kept|keep) away from (?:their )?(?:work|jobs|schools|offices|classes|hospitals)"
             r"(?=[^.;]{0,120}?\b(?:boycott|strike|protest|in protest|demand\w*|unpaid|salar\w+|wages|pay)\b)|"
             r"cut (?:off )?(?:the |a )?(?:[\w\-]+ ){0,2}"
             r"(?:roads?|highways?|motorways?|expressways?)|(?:march|marchers|protesters|demonstrators|"
             r"procession|rally|crowds?|people|thousands|hundreds) (?:\w+ ){0,2}?set (?:off|out)"
             r"(?= (?:from|on|at|towards?|for|in|through|peacefully|early|late)\b|[,.;])|"
             r"(?:crowds?|protesters|demonstrators|"
             r"people|thousands|hundreds|supporters|students|residents|workers|strikers|activists|pensioners) "
             r"(?:and (?:their )?(?:families|supporters) )?(?:had |have |were )?"
             r"(?:gathered|gathering|assembled|converged)|"
             # ("The drivers had gathered at about 11 a.m. outside the regional governor's office"; not "Teachers
             # gathered for a training workshop")
             r"(?:drivers|riders|miners|teachers|nurses|doctors) (?:had |have |were )?(?:gathered|assembled|converged)"
             r"(?=[^;,]{0,40}?\b(?:outside|in front of)\b)|"
             # (others who gather, but not to mourn or to work: "About 300 citizens gathered ... in front of the
             # cantonal government building"; not "Farmers gathered their harvest", "Relatives gathered outside the
             # mortuary")
             r"(?:citizens|villagers|farmers|traders|women|youths|parents|relatives|mothers)"
             # ("approximately 150 relatives of detainees gathered in front of the court building")
             r"(?: of (?:the )?(?:[\w-]+ )?(?:detainees|prisoners|inmates|the (?:missing|disappeared|detained)|"
             r"(?:missing|detained|jailed|arrested|abducted|kidnapped) \w+))? "
             # (in a relative clause, only with a grievance in sight: "relatives who gathered outside a police
             # station ... said he had been beaten"; not "relatives who had gathered at the airport wept")
             r"(?:(?:who|that) (?=(?:had )?(?:gathered|assembled|converged)\b[^.;]{0,80}?\b(?:demand\w*|protest\w*|"
             r"against|placards|banners|chant\w*|police station|police post|court|ministry|parliament|governor|"
             r"prefecture|town hall|city hall)\b))?(?:had |have |were )?"
             r"(?:gathered|assembled|converged)(?! (?:their|the|a|an|his|her|up|crops|firewood|wood|water|food|"
             r"belongings|evidence|information|intelligence)\b)(?! (?:[\w-]+ ){0,3}?(?:mortuary|morgue|hospital|"
             r"funerals?|graves?|graveside|cemetery|burial|wells?|church|mosque|market)\b)",
             "Protests", "Peaceful protest", "protest", name="protest"),
    Trigger(r"(?:families|farmers|peasants|villagers|squatters|landless \w+|indigenous \w+) (?:had |have )?"
             r"(?:occupied|moved onto|took over|set up camp on) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:land|farm|"
             r"ranch|plantation|field)s?\b(?=[^.;]{0,120}\b(?:claim\w*|belong\w*|ancestral|disputed|demand\w*|"
             r"protest\w*|evict\w*|rights?|stolen|titles?|reform)\b)", "Protests", "Peaceful protest", "protest"),
    Trigger(r"(?:occupied|took over|occupying|taken over) (?:the )?(?:[\w-]+ ){0,2}?(?:rectorate|university|faculty|"
             r"campus|lecture halls?|town hall|city hall|ministry|governor's office)\b", "Protests", "Peaceful protest",
             "protest", check="occupiers"),
    Trigger(r"(?:walked|paraded|processed|drove (?:in )?(?:an? )?(?:slow )?(?:convoy|procession|motorcade)|"
             r"honk(?:ed|ing) (?:their )?horns)(?=[^.;]{0,100}?\b(?:to (?:demand|protest|denounce|call for|press for|"
             r"oppose|condemn|reject)|in (?:support|solidarity))\b)", "Protests", "Peaceful protest", "protest",
            check="blockers"),
    # a blockade named with who held it: "ending a three-day blockade of the N12 highway by residents there"
    Trigger(r"blockades? of (?:the )?(?:[\w-]+ ){0,3}?(?:roads?|highways?|motorways?|streets?|bridges?|railway|"
             r"rail line|border crossings?|ports?)\b(?= by (?:[\w-]+ ){0,2}?(?:residents|protesters|demonstrators|"
             r"villagers|farmers|truckers|drivers|workers|strikers|youths|students|traders|miners|communities|locals|"
             r"fishermen|transporters|operators)\b)", "Protests", "Peaceful protest", "protest"),
    # "dockworkers and pilots joined the strike" (not "joined the air strikes")
    Trigger(r"(?:joined|join|joins|joining) (?:the |a |an |their )?(?:(?!air\b|drone\b|missile\b)[\w-]+ )?"
             r"(?:strike|walkout|stoppage|work stoppage)\b", "Protests", "Peaceful protest", "protest"),
    # farmers' tractors driven through a town: "a column of more than 150 tractors drove slowly through the centre"
    Trigger(r"(?:columns?|convoys?|caravans?|processions?|lines?) of (?:more than |about |some |at least |around |"
             r"nearly |hundreds of |dozens of )?(?:\d[\d,]* )?tractors (?:drove|rolled|paraded|moved|crawled|"
             r"drive|rolls?|headed|made (?:its|their) way)\b", "Protests", "Peaceful protest", "protest"),
    Trigger(r"(?:traders|shopkeepers|merchants|businesses|shops|stores) (?:kept|keep|pulled) (?:their )?(?:shutters|"
             r"shops|stores|doors) (?:down|closed|shut)|"
             # ("Shopkeepers in Piranshahr, Sardasht, Oshnaviyeh and Mahabad kept their shutters down on Wednesday in
             # a general strike": a list of towns, with the strike told after)
             r"(?:traders|shopkeepers|merchants) (?:in|across|of) (?:[\w'’-]+,? ){1,6}?(?:kept|keep|pulled) "
             r"(?:their )?(?:shutters|shops|stores|doors) (?:down|closed|shut)"
             + _STRIKE_TOLD_AFTER, "Protests", "Peaceful protest", "protest",
             check="grievance near"),
    Trigger(r"(?<!police )(?<!troops )(?<!soldiers )(?<!officers )(?<!authorities )"
             r"block(?:ed|ing)? (?:[\w–-]+ ){0,3}?(?:roads?|highways?|motorways?|expressways?|freeways?|streets?|"
             r"railway(?= (?:that|which|line|linking|between|to|from|at|near|in|since|for|with)\b)|"
             r"avenues?|junctions?|bridges?|routes?|entrances?|gates?|access roads?|approach(?:es)?|railway lines?|"
             r"rail lines?|(?:railway|rail|train) tracks|harbou?rs?(?= with)|ports?(?= with)|ferry docks?|"
             r"(?:fishing )?jett(?:y|ies)(?= with))|"  # ("fishermen ... have blocked the small harbour with their
             # boats")
             r"block(?:ed|ing)? (?:the )?(?:passage|path|way|advance) of (?:the )?(?:[\w-]+ )?(?:troops|soldiers|army|"
             r"military|police|convoys?|patrols?)\b|"  # ("about 200 people ... blocked the passage of troops")
             # ("Residents had blocked construction lorries from entering the site since Monday")
             r"block(?:ed|ing)? (?:the )?(?!(?:aid|humanitarian|relief|food|fuel|red cross|un|u\.n\.) )"
             r"(?:[\w-]+ ){0,2}?(?:lorries|trucks|vehicles|buses|machinery|bulldozers|"
             r"excavators|workers|crews|convoys?) from (?:entering|leaving|reaching|accessing|"
             r"getting (?:in|into|to))\b|"
             # ("about 200 workers occupied the railway tracks at Massafra, halting traffic")
             r"occup(?:ied|ying|y) (?:the )?(?:[\w-]+ )?(?:railway tracks|rail tracks|railway line|tracks|"
             r"motorway|highway|runway|bridge)\b|"
             r"(?:piled|placed|laid|dragged|rolled|put) (?!(?:[\w-]+ ){0,3}?burning)(?:[\w-]+ ){0,3}?(?:stones|rocks|"
             r"tyres|tires|tree trunks|logs|branches|boulders|debris|rubble|barricades) "
             r"(?:across (?:the |a )?(?:[\w-]+ ){0,2}?(?:roads?|streets?|highways?|motorways?|carriageways?|bridges?|"
             r"junctions?|entrances?|tracks|railway(?: lines?)?|rail lines?)|"
             r"on (?:the |a )?(?:[\w-]+ ){0,2}?(?:tracks|railway(?: lines?)?|rail lines?))|"  # ("had piled rocks and
             # logs on the tracks"; not "piled the stones on the road to repair it")
             r"parked (?:[\w-]+ ){0,3}?(?:vehicles|buses|minibuses|trucks|lorries|taxis|tractors|cars) "
             r"across|(?:set up|erected|put up|built|mounted) (?!(?:[\w-]+ ){0,2}?(?:burning|sandbag))"
             r"(?:[\w-]+ ){0,2}?(?:roadblocks|barricades)(?! against| to (?:hold|keep|stop|protect))|"
             r"(?:kept|keep|keeping) (?:the |a )?(?:[\w'’-]+ ){0,4}?(?:roads?|highways?|motorways?|expressways?|"
             r"bridges?|(?:border |motorway |road )?crossings?|junctions?) (?:[\w'’-]+ ){0,3}?"
             r"(?:closed|shut|blocked|cut)\b|"
             # ("kept the main motorway crossing between Spain and France at La Jonquera blocked")
             r"(?:kept|keep|keeping) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:roads?|highways?|motorways?|bridges?|"
             r"(?:border |motorway |road )?crossings?) (?:between|linking|from|at|near|on) (?:[\w'’-]+ ){1,6}?"
             r"(?:closed|shut|blocked)\b|"
             r"(?:blockades?|roadblocks) (?:[\w-]+ ){0,4}?(?:were|was|had been|have been) (?:set up|erected|"
             r"mounted|put up)(?![^.;]{0,40}\bby (?:the )?(?:police|army|troops|soldiers|authorities|military|security "
             r"forces|organi[sz]ers|council|officials|gendarmes))",
             "Protests", "Peaceful protest", "protest", check="blockers"),
    # a road "which has been obstructed by groups of producers since Saturday"
    Trigger(r"(?<=which )(?:has|have|had) been (?:obstructed|blocked|blockaded|cut off) (?:[\w-]+ ){0,2}?by "
             r"(?:groups of |hundreds of |dozens of |thousands of |angry |striking )?(?:[\w-]+ )?(?:producers|"
             r"farmers|protesters|demonstrators|growers|truckers|lorry drivers|drivers|residents|villagers|workers|"
             r"miners|strikers|students|communities|transporters)\b",
             "Protests", "Peaceful protest", "protest", check="road before"),
    Trigger(r"(?:filled|packed|thronged|flooded) (?:the )?(?:[\w'’-]+ ){0,3}?(?:squares?|streets|avenues?|"
             r"boulevards?|plazas?)", "Protests", "Peaceful protest", "protest", check="grievance"),
    Trigger(r"(?:hand(?:ed|ing)? over|deliver(?:ed|ing)?|present(?:ed|ing)?|submit(?:ted|ting)?) "
             r"(?:an? |the |their )?(?:\w+ )?petition", "Protests", "Peaceful protest", "protest",
             check="crowd's petition"),
    Trigger(r"(?:stood in silence|stood silently|formed a human chain)(?=[^.;]{0,80}?\b(?:to (?:demand|protest|"
             r"call for|press for|denounce|condemn)|demanding|calling for|in protest))|"
             r"(?:gathered|assembled|converged|massed)"
             r"(?=[^.;]{0,80}?\b(?:to (?:demand|protest|denounce|condemn|call "
             r"for|press for|oppose|reject|decry|demonstrate|voice|express|show (?:their )?(?:support|anger))|"
             r"demanding|chanting|calling for|in protest|"
             # ("relatives of detainees gathered outside the Izalco prison with photographs of their sons")
             r"(?:with|holding|carrying|waving) (?:[\w'’-]+ ){0,2}?(?:placards|banners|signs|photographs|photos|"
             r"portraits|pictures)\b))(?![^.;]{0,80}?\b(?:mourn\w*|bur(?:y|ial)|identify|pray\w*|"
             r"grief|condolences|funeral)\b)", "Protests", "Peaceful protest", "protest"),
    # people carried off a site and held by the police (before the abductions' words): "Police said 38 people were
    # taken away and held for several hours before being released"
    Trigger(r"(?:(?<=people )|(?<=protesters )|(?<=demonstrators )|(?<=activists )|(?<=residents )|(?<=students )|"
             r"(?<=of them ))(?:were|was|had been|have been) (?:taken|led|carried|dragged) away "
             r"(?:by (?:the )?(?:police|officers) )?and (?:held|detained|questioned)\b"
             r"(?![^.;]{0,80}\b(?:ransom|gunmen|armed men|kidnappers|bandits|militants|rebels|insurgents|hostages?)\b)",
             SD, "Arrests", "strategic", check="forces"),
    Trigger(r"(?:were|had been|have been) (?:seized|snatched|grabbed|carried off|taken away|"
             r"(?:taken|led|marched|dragged) (?:away )?into the (?:forest|bush|jungle|hills|mountains)|"
             r"taken from (?:their|his|"
             r"her) (?:homes?|houses?|vehicles?|cars?|beds|farms?|fields?|offices?))\b"
             r"(?! with\b| by (?:the |their |his |her )?"
             r"(?:police|officers|coast ?guard|paramedics|rescuers|firefighters|medics|flood\w*|river|current|waves|"
             r"storm|authorities|security forces|soldiers|troops|officials|council|immigration|customs|social "
             r"services|inspectors|bailiffs|parents|families|relatives|navy|border guards|coast ?guards?|beauty|"
             r"teachers|coaches)\b)", VAC, "Abduction/forced disappearance", "vac", check="people seized"),
    # closures ordered in unrest ("Authorities then ordered shops and roads in the city closed from 8:00 pm"; not for
    # a storm, an outbreak, a marathon or to save power)
    Trigger(r"ordered (?:all )?(?:shops|markets|businesses|stores|roads|schools|offices|bazaars)"
             r"(?:,? and (?:[\w-]+ )?(?:shops|markets|businesses|stores|roads|schools|offices|bazaars))? "
             r"(?:[\w'’-]+ ){0,4}?(?:closed|shut|to (?:close|shut|remain closed|stay closed))\b"
             rf"(?![^.;]{{0,120}}\b(?:{WEATHER_WORDS}|{HEALTH_WORDS[3:-1]}|holidays?|festival|exams?)\b)",
             SD, "Other", "strategic", check="unrest before"),
    # a night-time ban on traffic is a curfew of its kind: "banned motorcycle and tricycle traffic from 6:00 pm to
    # 6:00 am"
    Trigger(r"banned (?:all )?(?:motorcycle|motorbike|tricycle|vehicle|night-?time|civilian)(?: and [\w-]+)? "
             r"(?:traffic|movements?)(?=[^.;]{0,40}?\b(?:night|pm|p\.m\.|dusk|after dark|curfew))|"
             # ("banned motorcycles and tricycles from the roads between 7 p.m. and 6 a.m.")
             r"banned (?:all )?(?:motorcycles|motorbikes|tricycles|motorcycle taxis|moto-?taxis)(?: and [\w-]+)?"
             r"(?=[^.;]{0,60}?\b(?:night|pm|p\.m\.|dusk|after dark|curfew))|"
             r"banned pillion riding\b|"  # ("Police banned pillion riding in Quetta")
             # ("ordered a ban on motorcycles carrying two riders at night in Raman district")
             r"(?:imposed|declared|announced|introduced|ordered|issued) (?:an? |the )?ban on (?:motorcycles?|"
             r"motorbikes?|tricycles?|motorcycle taxis|moto-?taxis|pillion riding)(?=[^.;]{0,60}?\b(?:night|pm|"
             r"p\.m\.|dusk|curfew))|"
             # ("has prohibited the movement of motorcycles between 19:00 and 06:00 throughout the region")
             r"(?:banned|prohibited|forbidden|forbade|suspended|outlawed|(?:decided|ordered|voted|moved|agreed) to "
             r"(?:ban|prohibit|forbid|suspend|outlaw)) (?:the )?(?:movement|circulation|traffic|"
             r"use) of (?:all )?(?:motorcycles|motorbikes|tricycles)\b|"
             r"(?:imposed|extended|declared|announced|introduced|ordered) (?:an? |the )?"
             r"(?:night-?time |nightly |dusk-to-dawn )"
             r"ban on (?:motorcycles?|motorbikes?|tricycles?|vehicles?|motorcycle taxis|civilian)(?: \w+)?|"
             # a ban on motorcycles, of the Sahel's wars: "extended the ban on motorcycle traffic in the departments of
             # Filingué and Abala", "the ban on motorcycle traffic in ... is extended"
             # ("established a restriction on movement between 20:00 and 06:00 hours throughout the municipality")
             r"(?:established|imposed|introduced|declared|ordered|announced) (?:an? |the )?(?:[\w-]+ )?"
             r"restrictions? on (?:the )?(?:movement|movements|circulation|travel|gatherings|public gatherings)\b|"
             r"(?:imposed|extended|renewed|reinstated) (?:an? |the )?ban on (?:motorcycles?|motorbikes?|"
             r"motorcycle taxis)(?: traffic| movements?)?|"
             r"ban on (?:motorcycles?|motorbikes?)(?: traffic| movements?)? (?:[^.;]{0,80}? )?(?:is|was|has been|"
             r"had been) (?:extended|renewed|reinstated|imposed)\b",
             SD, "Other", "strategic"),
    # forced conscription: "troops seized about 20 young men from tea shops ... to serve in the military"
    Trigger(r"forcibly (?:conscripted|recruited|enlisted)|press-?ganged|"
             # people seized for a ransom: "Gunmen seized a bus driver and eight passengers ... and are demanding a
             # ransom"
             r"(?:seized|snatched|grabbed|took|rounded up)(?= (?:an? |the |\d+ |two |three |four |five |six |seven |"
             r"eight |nine |ten |several |dozens of )?(?:[\w-]+ ){0,2}?(?:driver|passengers?|people|men|women|children|"
             r"students|villagers|workers|traders|farmers|travell?ers|tourists|pupils)\b(?:[^.;]|\b[ap]\.m\.){0,120}?"
             r"\bransom\b)|"
             r"(?:took|taken|led|driven|drove) (?:them |him |her )?(?:away )?to an? (?:unknown|undisclosed|secret) "
             r"(?:location|destination|place)|"  # "raided the homes of seven UN employees and took them to an unknown
             # location"
             # a driver made to carry the attackers off: "stopped a lorry ... and forced its driver to take them
             # towards the forest"
             r"forced (?:the |its |his |a |their )?(?:[\w-]+ )?(?:drivers?|pilots?|captains?|motorists?|boatm[ae]n) "
             r"to (?:drive|take|carry|ferry|accompany|lead) (?:them|the (?:attackers|assailants|gunmen|group))\b|"
             r"(?:seized|rounded up|snatched|grabbed|took away|dragged away) (?:about |some |at least |more than )?"
             r"(?:\d+|dozens of|scores of|hundreds of|several|[a-z]+) (?:young |teenage )?(?:men|boys|youths|people|"
             r"villagers|students)\b(?=[^.;]{0,60}?\b(?:to (?:serve|fight|join)|for (?:military service|conscription|"
             r"the army|the military|the front)|as (?:conscripts|porters|recruits|soldiers)))",
             VAC, "Abduction/forced disappearance", "vac"),
    Trigger(r"abduct(?:ed|ion|ions|ing|s)?|kidnapped|kidnap(?:s|pings?)?\b(?!-for-| (?:gangs?|rings?|syndicates?|"
             r"networks?|kingpins?|groups?|crews?|cells?)\b)|taken hostage|taken captive|"
             r"went missing (?=[^.;]{0,60}?\b(?:gunmen|armed men|bandits|kidnappers|militants|abductors)\b)|"
             r"(?<=were )(?:taken|seized|snatched|led away|dragged|marched away|marched off|bundled) "
             r"(?:away |off |out )?"
             r"(?:[\w'’-]+ ){0,6}?at gunpoint\b|"  # "The men were taken at gunpoint from a company van" (not "seized
             # two trucks at gunpoint": a robbery)
             r"(?:were|was|had been) (?:taken(?: away| off)?|led away|carried off|seized|snatched|dragged away) by "
             r"(?:the )?(?:suspected |unknown |armed |"
             r"unidentified |masked )?"
             r"(?:gunmen|armed men|bandits|militants|militiamen|rebels|insurgents|kidnappers|jihadists|fighters|"
             r"gang members|assailants|attackers|settlers)|"
             # officers held by a crowd: "The six officers were seized that evening by growers who surrounded their
             # patrol car"
             # ("Two agents of the environmental agency Ibama were held for several hours by miners", "Three soldiers
             # who had been held by blockaders")
             r"(?:officers|policemen|police officers|soldiers|gendarmes|officials|agents|inspectors|engineers)"
             r"(?: of (?:the )?(?:[\w'’-]+ ){0,3}?[\w'’-]+)? (?:who )?(?:were|had been) "
             r"(?:seized|taken hostage|held hostage|held(?! (?:up|back|responsible|accountable|liable|in)\b)|captured|"
             r"detained) (?:[\w-]+ ){0,4}?by "
             r"(?:angry |irate |local )?"
             r"(?:protesters|demonstrators|growers|farmers|villagers|residents|strikers|miners|workers|locals|"
             r"blockaders|a crowd|a mob|crowds|mobs)\b|"
             # ("The attackers took away eleven people, four of them children")
             r"(?:attackers|assailants|gunmen|raiders|bandits|militants|rebels|fighters|jihadists|militiamen) "
             r"(?:also )?(?:took|led|carried|dragged|marched|whisked) (?:away|off)(?= (?:at least |about |some |more "
             r"than )?(?:an? |the |\d+ |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |several "
             r"|dozens of |scores of |hundreds of )?(?:[\w-]+ )?(?:people|persons|women|men|girls|boys|children|"
             r"villagers|passengers|residents|civilians|students|pupils|farmers|travell?ers|hostages)\b)|"
             r"(?:kidnappers|abductors|hostage-takers) (?:\w+ ){0,2}?"
             r"(?:seized|snatched|grabbed|took|dragged|carried off)(?= (?:an? |the |two |three |\d+ |several )?"
             r"(?:[\w-]+ )?(?:priests?|pastors?|man|woman|men|women|girls?|boys?|children|students|pupils|villagers|"
             r"passengers|workers|aid workers|engineers|traders|farmers|teachers?|doctors?|nurses?|journalists?|"
             r"tourists?|foreigners?|chiefs?|officials?|people|residents)\b)|"
             r"(?:(?<=having )|(?<=gunmen )|(?<=bandits )|(?<=militants )|(?<=rebels )|(?<=kidnappers )|"
             r"(?<=attackers )|(?<=fighters )|(?<=jihadists ))(?:seized|snatched) "
             r"(?=(?:an? |the |two |three )?(?:[\w-]+ )?(?:officials?|chiefs?|priests?|engineers?|"
             r"aid workers?|journalists?|teachers?|doctors?|nurses?|councill?ors?)\b(?!['’]s))|"  # ("is suspected of
             # having seized a district official and his driver on the road near Dorra")
             r"(?:seized|snatched|dragged|grabbed|(?:took|taken)(?=[^.;]{0,60}?\bfrom (?:his|her|their) (?:home|house|"
             r"bed|car|vehicle|truck|bus)\b)) (?:[\w-]+ ){0,6}?"
             r"(?:activists?|journalists?|him|her|them|men|women|man|woman|leaders?|students?|"
             r"priests?|officials?|businessm[ae]n|children|boys?|girls?|farmers?|councillors?|villagers?|teachers?|"
             r"pupils?|traders?|herders?|chiefs?|passengers?) from (?:his|her|their) "
             r"(?:homes?|houses?|beds?|cars?|fields?|farms?|vehicles?|shops?|schools?|classrooms?)"
             r"(?![^.;]{0,40}\bto (?:a |the )?hospital)|"
             r"(?:was|were|had been) picked up by (?:a group of )?(?:unknown |unidentified |masked |armed )?"
             r"(?:men|gunmen|people)\b(?! in (?:police|army|military) )|"  # ("alleging that he had been picked up
             # by men on motorcycles")
             r"(?:forced (?:him|her|them)|(?:was|were|had been) forced) into (?:an? |the )?"
             r"(?:(?!police|army|military|prison)\w+ )?(?:car|vehicle|van|truck)"
             r"(?![^.;]{0,40}\bby (?:the )?(?:police|officers|soldiers|troops|security))"
             r"(?![^.;]{0,60}\b(?:taken|driven|brought) to (?:a |the )?(?:[\w-]+ )?(?:police|station|custody|court)\b)",
             VAC,
             "Abduction/forced disappearance", "vac"),
    Trigger(r"(?:took|taken|seized|snatched|grabbed) (?:at least |about |some |more than |dozens of |scores of |"
             r"hundreds of |several )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
             r"[\w-]+teen|twenty|thirty|forty|fifty) )?(?:(?!(?:their|his|her|its|our|the|a|an)\b)[\w-]+ )?"
             r"(?:people|villagers|passengers|men|women|children|girls|boys|students|pupils|farmers|"
             r"worshippers|travellers|travelers|teachers|workers|residents|civilians)\b"
             r"(?=[^.;]{0,60}?\bfrom (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:village|school|church|mosque|farm|"
             r"market|camp|bus|home|house|road|"
             r"highway|field|settlement|town)s?\b)", VAC, "Abduction/forced disappearance", "vac",
             check="not the police"),
    # forces surrounded and held by a crowd, named in the words ("dozens of residents of El Retorno surrounded 28
    # soldiers ... and held them"; not "Jihadist fighters surrounded two soldiers": a fight)
    Trigger(r"(?:residents|villagers|crowds?|mobs?|protesters|demonstrators|youths|locals|farmers|peasants|"
             r"growers|miners|women) (?:[\w'’-]+ ){0,4}?(?:surrounded|encircled) (?:at least |about |some |more than )?"
             r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|several|dozens of) "
             r"(?:[\w-]+ )?(?:police officers|officers|policemen|soldiers|troops|agents|gendarmes|police)\b",
             VAC, "Abduction/forced disappearance", "vac"),
    # forces seized by a crowd ("growers in nearby Puerto Villarroel seized 14 officers later on Monday")
    Trigger(r"(?:seized|captured|took|grabbed|kidnapped|abducted|held|detained) (?:at least |about |some |more than )?"
             r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|several|dozens of) "
             r"(?:[\w-]+ )?(?:police officers|"
             r"officers|policemen|soldiers|troops|agents|gendarmes|police)\b", VAC, "Abduction/forced disappearance",
             "vac", check="crowd before"),
    # people taken hostage or whisked away by armed men or kidnappers named before (not "the storm held 300
    # passengers hostage", "the bride was whisked away")
    Trigger(r"(?:took|taking|held|holding) (?:[\w,-]+ ){0,5}?(?:hostage|captive)\b(?! (?:rescue|drill|exercise|"
             r"situation|crisis|negotiat\w+|talks))|whisked (?:[\w-]+ ){0,4}?away", VAC,
             "Abduction/forced disappearance", "vac", check="armed group before"),
    # someone seized by people, told in the passive: "a police officer was seized by a group of men on Tuesday"
    Trigger(r"(?:was|were|had been|has been|have been) (?:seized|snatched|grabbed|carried off) by (?:an? |the )?"
             r"(?:(?:group|gang|band|mob) of )?(?:[\w-]+ ){0,2}?(?:men|gunmen|youths|people|attackers|assailants|"
             r"villagers|residents|militants|bandits|kidnappers|rebels|fighters|militiamen|individuals)\b",
             VAC, "Abduction/forced disappearance", "vac"),
    # people taken by anyone, security forces included, with no word of where they are: a forced disappearance
    # ("Troops also seized seven fishermen ... and have not said where they are being held")
    Trigger(r"(?:(?:seized|snatched|grabbed|took|picked up|detained|arrested|rounded up|whisked away) "
             r"(?:[\w-]+ ){0,4}?(?:men|women|boys|girls|people|villagers|fishermen|farmers|students|activists|"
             r"journalists|workers|youths|residents|civilians|relatives|herders|traders|him|her|them)\b|"
             # ("A union organizer was taken from a cafe in Svay Rieng by four men in plainclothes on Tuesday
             # evening, and his whereabouts were unknown Wednesday")
             r"(?:was|were|had been|has been|have been) (?:taken|seized|snatched|grabbed|picked up|led away|"
             r"bundled)(?= (?:away|from|by|into|at) )|"
             r"(?:was|were|had been|has been|have been) (?:pulled|dragged)"
             r"(?= (?:from|out of) (?:their|his|her|a|an|the) (?:[\w-]+ )?(?:cars?|vehicles?|houses?|homes?|bus|taxis?|"
             r"trucks?|lorr(?:y|ies)|motorbikes?|offices?|shops?|beds?)\b| by (?:armed|masked|unidentified|unknown|"
             r"gunmen)))"
             r"(?=[^.;]{0,120}?\b(?:(?:not|never|yet to) (?:said|say|disclosed?|revealed?|told(?: \w+){0,2}?) "
             r"where|whereabouts (?:are|were|remain|remained|is|was) (?:still )?unknown|incommunicado|"
             r"to an unknown location|"
             r"(?:have|has|had) not been (?:seen|heard from) since|"
             r"(?:have|has|had) not heard from (?:him|her|them) since)\b)",
             VAC, "Abduction/forced disappearance", "vac"),
    # a person seized by an armed group named earlier in the sentence: "Bandits seized a priest"
    Trigger(r"(?:seized|snatched|grabbed) (?:an? |the |two |three |four |five |\d+ |"
             r"several |at least \d+ )?(?:[\w-]+ ){0,2}?(?:priests?|pastors?|imams?|man|woman|men|women|girls?|boys?|"
             r"children|students|"
             r"pupils|villagers|passengers|workers|aid workers|engineers|traders|farmers|teachers?|doctors?|nurses?|"
             r"journalists?|tourists?|foreigners?|chiefs?|officials?|people|residents|worshippers|travell?ers|"
             r"herders|fishermen|civilians|businessm[ae]n|district heads?|village heads?|councillors?|monks?|nuns?|"
             r"drivers|toddlers?|babies|baby|lawmakers?|schoolgirls?|schoolboys?|activists?|missionar(?:y|ies)|"
             r"nationals|clerics?|hostages|Americans|Europeans|expatriates)\b", VAC,
             "Abduction/forced disappearance", "vac", check="armed group before"),
    # people seized in a participle, by armed men told before: "Jihadist fighters have attacked a convoy ..., setting
    # dozens of lorries alight and seizing eight drivers" (not "Police raided a hideout, seizing two men")
    Trigger(r"(?:seizing|snatching|grabbing) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) "
             r"(?:[\w-]+ )?(?:drivers|passengers|travell?ers|worshippers|villagers|farmers|students|pupils|"
             r"schoolchildren|aid workers|engineers|traders|herders|fishermen|miners|tourists|teachers|nurses)\b",
             VAC, "Abduction/forced disappearance", "vac", check="armed group before"),
    Trigger(r"(?:seized|rounded up|grabbed|took|snatched|pulled|dragged) (?:[\w-]+ ){0,4}?(?:men|boys|youths|people|"
             r"students)\b(?=[^.;]{0,160}?\b(?:(?:force|forced|forcing) them (?:into|to join|to fight)|conscript\w*))",
             VAC, "Abduction/forced disappearance", "vac"),
    Trigger(r"(?:(?:took|taken|taking|led|marched|carried|dragged) away|(?:led|marched|carried|dragged) off) "
             r"(?:[\w-]+ ){0,3}?(?:passengers|villagers|"
             r"people|men|women|boys|girls|children|students|pupils|workers|travellers|travelers|farmers|worshippers|"
             r"teachers|residents|civilians|hostages|drivers|crew|crew members|engineers|aid workers|staff|nurses|"
             r"doctors|traders|fishermen|journalists?|activists?|lawmakers?|officials?|priests?|pastors?|a man|"
             r"a woman|him|her|them)\b|"
             # ("took the owner away in his own vehicle")
             r"(?:took|taken|taking|led|marched|dragged|carried) (?:the|a|an|his|her|their|two|three|four|five|six|"
             r"several|\d+) (?:[\w-]+ ){0,2}?(?:owners?|ranchers?|farmers?|man|woman|men|women|boys?|girls?|children|"
             r"drivers?|passengers|people|villagers|hostages|workers|engineers|traders|herders|teachers|students|"
             r"priests?|chiefs?|officials?|sons?|daughters?|wife|husband|brothers?) away\b",
             VAC, "Abduction/forced disappearance", "vac", check="not the police"),
    # people held by others than the police until they let them go ("residents in Panzós held two engineers working
    # for the company for more than 24 hours before releasing them unharmed")
    Trigger(r"(?:held|kept|detained|holding|keeping) (?:[\w'’-]+ ){1,6}?for (?:more than |over |nearly |almost |about |"
             r"some |at least )?(?:\d+|[a-z]+) (?:hours|days|weeks)\b(?=[^.;]{0,40}?\bbefore (?:releasing|freeing|"
             r"letting (?:them|him|her) go|handing (?:them|him|her) over)\b)", VAC, "Abduction/forced disappearance",
             "vac", check="not the police"),
    # "Armed settlers attacked a Miskito community ..., killing four people ... and taking three young men with them"
    Trigger(r"(?:took|taking) (?:an? |the |two |three |four |five |six |\d+ |several |at least \w+ )?(?:[\w-]+ ){0,2}?"
             r"(?:men|women|boys|girls|people|children|villagers|residents|civilians|hostages|students|workers|"
             r"farmers|herders|a man|a woman|a boy|a girl|him|her) (?:away )?with them\b", VAC,
             "Abduction/forced disappearance", "vac", check="raiders before"),
    # "Two aid workers were taken from their guesthouse by armed men"
    Trigger(r"(?:was|were) taken from\b(?=[^.;]{0,80}?\bby (?:armed|masked|hooded|unidentified|unknown|gun)\w*)", VAC,
             "Abduction/forced disappearance", "vac"),
    Trigger(r"massacred?|executed(?! (?:an? |the )?(?:[\w-]+ )?(?:warrants?|orders?|plans?|contracts?|strateg\w+|"
             r"deals?|trades?|transactions?|operations?|manoeuvres?|maneuvers?|moves?|passes?|shots?)\b)|beheaded|"
             r"bodies of(?!(?: [\w'’-]+){1,6}? (?:were|was|had been) (?:flown|taken|"
             r"returned|repatriated|handed|buried|laid to rest|driven|brought home|shifted|moved|transferred|sent))|"
             r"found dead|"
             r"remains of (?:at least |about |some |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
             r"dozens of|several) (?:people|persons|bodies|men|women|victims)\b|"
             r"(?:clandestine|mass|unmarked) graves?\b|"
             r"(?:body|corpse)(?= (?:[\w'’-]+ ){0,6}?"
             r"(?:was|had been|has been) (?:found|discovered|dumped|recovered)(?=[^.;]{0,120}?\b(?:dumped|bullet\w*|"
             r"gunshot|shot|stab\w*|tortur\w*|mutilat\w*|hands tied|bound and gagged|beheaded|decapitated|"
             r"murder\w*|strangled|kidnapp\w*|abduct\w*|signs of (?:beating|violence|a beating))))|"
             # "police found the body of a foreign man bearing signs of beating near a construction site"
             r"(?:found|discovered|recovered) the (?:body|bodies|corpses?) of(?=[^.;]{0,80}?\b(?:bullet wounds|"
             r"gunshot wounds|stab wounds|signs of (?:beating|torture|violence|a beating)|hands tied|bound and gagged|"
             r"beheaded|decapitated|mutilated|strangled))|"
             r"(?:was|were|had been|has been) shot\b(?! dead| down| on location| in (?:a |the )?studio)|"
             r"shot and (?:injured|wounded)|"
             r"(?:was|were|had been|has been) (?:wounded|injured|hit) by (?:firearm |gun|rifle |pistol |shotgun )?"
             r"(?:shots|gunshots|gunfire|bullets|pellets)\b(?! (?:fired )?(?:by|from) (?:the )?(?:police|soldiers|"
             r"troops|security forces|army|officers))(?![^.;]{0,60}\bas (?:the )?(?:police|troops|soldiers|"
             r"security forces|officers) (?:fired|opened fire|shot)\b)|"  # ("wounded by firearm shots")
             # "a 17-year-old Syrian was stabbed and wounded by two people"
             r"(?:was|were|had been|has been) (?:stabbed|knifed|hacked)(?: and (?:injured|wounded))?\b"
             r"(?! to death)(?=[^.;]{0,60}?\bby\b)|"
             r"(?:were|was|had been|have been|has been) (?:severely |badly |brutally )?(?:beaten|attacked|assaulted) "
             r"(?:up )?by (?:a (?:group|gang) of )?(?:[\w-]+ ){0,2}?(?:men|gunmen|assailants|attackers|thugs|youths|"
             r"strangers|unknown persons)\b|"  # ("Two activists were beaten by masked men")
             # "a group of masked men beat two opposition activists with baseball bats"
             # ("The victims ... were set upon with clubs and machetes on Saturday night")
             r"(?:was|were|had been|have been|has been) set upon\b|"
             # ("a man slashed a borough chief who supports the project with a box cutter")
             r"(?:(?<=\bman )|(?<=\bmen )|(?<=\bwoman )|(?<=\bassailant )|(?<=\battacker )|(?<=\byouth )|"
             r"(?<=\byouths )|(?<=\bassailants )|(?<=\battackers ))(?:slashed|stabbed|knifed)(?! (?:himself|herself|"
             r"themselves|tyres|tires|(?:his|her|their) (?:wrists?|throat)|prices|budgets?|spending|costs|rates|"
             r"jobs|fees)\b)|"
             r"(?:masked|hooded|balaclava-clad|unknown|unidentified) (?:men|assailants|attackers|individuals|youths) "
             r"(?:[\w-]+ ){0,2}?(?:beat|assaulted|attacked|clubbed|stabbed)\b(?! (?:each other|one another)\b)"
             r"(?! (?:an? |the )?(?:[\w-]+ )?(?:police|gendarmerie|army|military|border|customs) (?:post|station|base|"
             r"checkpoint|patrol|camp|outpost|barracks)\b)|"  # (the forces' post: a fight, below)
             r"(?:ploughed|plowed|rammed|drove|driven) (?:\w+ ){0,3}"
             r"into (?:a |the )?(?:group of |crowd of )?(?:protesters|demonstrators|crowds?|marchers|people|"
             r"supporters(?= (?:holding|who|gathered|outside|blocking|marching))|"
             r"picket lines?|pickets|strikers|processions?|"
             r"pedestrians|worshippers|shoppers|students|mourners|cyclists|pilgrims)", VAC, "Attack", "vac"),
    # armed men going from house to house: "gunmen went from house to house in a neighborhood near the market,
    # killing at least seven residents"
    Trigger(r"(?:went|going|moved|moving|go) (?:from )?house to house\b(?=[^.;]{0,100}?\b(?:kill\w*|shoot\w*|shot|"
             r"opened fire|torch\w*|burn\w*|set fire|setting fire|abduct\w*|hack\w*|loot\w*)\b)", VAC, "Attack", "vac",
            check="armed group before"),
    # "police officers beat him as they seized his cart", "a vendor was beaten by police": force against one person,
    # at no protest
    Trigger(r"(?:police(?: officers)?|policemen|officers|soldiers|troops|gendarmes|guards) (?:\w+ ){0,2}?"
             r"(?:beat|assaulted) (?:him|her|an? (?!group\b|hasty\b|retreat\b)|"
             r"the (?=[\w-]+ (?:who|as|while|when|after)\b))"
             r"(?!(?:[\w-]+ ){0,2}(?:protesters|demonstrators|crowds?|marchers|students|strikers|retreat)\b)|"
             r"(?:was|were|had been|has been) (?:severely |badly |brutally )?(?:beaten|assaulted) (?:up )?by "
             r"(?:the |a |two |three |several )?(?:police|policemen|officers|soldiers|troops|gendarmes|guards)\b",
             VAC, "Attack", "vac", check="no protest"),
    Trigger(r"(?:seized|hijacked|commandeered|stole|looted) (?:[\w-]+ ){0,3}?(?:trucks?|lorries|vehicles?|cars?|buses|"
             r"boats?|cargo|goods|food aid|aid supplies) at gunpoint\b", SD, "Looting/property destruction",
             "strategic"),
    # ("Armed men seized two WFP trucks at gunpoint": goods taken by force, no abduction)
    Trigger(r"(?:was|were) snatched\b(?=[^.;]{0,80}?\b(?:by (?:armed|gunmen|masked|unknown|unidentified|kidnappers|"
             r"suspected)|ransom)\b)", VAC, "Abduction/forced disappearance", "vac"),  # ("a cocoa exporter was
    # snatched from his car by armed men")
    Trigger(r"raped|rapes?|sexually (?:assaulted|abused)|sexual (?:violence|assaults?)", VAC, "Sexual violence",
             "vac"),
    Trigger(r"(?:set(?:s|ting)? up|open(?:ed|s|ing)?|establish(?:ed|es|ing)?|buil[td]) (?:a |an |its |their )?"
             r"(?:new |temporary )?(?:(?:military|army|forward|permanent|operating|patrol|police|security) ){0,2}"
             r"(?:base|outpost|headquarters|detachment)\b",
             SD,
             "Headquarters or base established", "strategic"),
    Trigger(r"(?:new |temporary )(?:[\w-]+ ){0,2}?(?:base|outpost|post|camp) (?:had been |has been |have been |was |"
             r"were )?(?:set up|established|opened|built|installed)\b",  # ("The defence ministry said a new base had
             # been established in Ishkashim"; not "a new base was set up for relief workers")
             SD, "Headquarters or base established", "strategic", check="forces"),
    Trigger(r"(?:withdrew|withdrawn|withdraw|pulled out|retreated|handed (?:\w+ ){0,5}over|"
             r"handed (?:it|them|the (?:[\w-]+ ){0,3}?[\w-]+)(?: back)? to (?:the )?(?:police|army|"
             r"troops|soldiers|authorities|government|security forces)\b|"  # ("handed it to police without a fight")
             r"(?:(?:troops|soldiers|forces|fighters|militants|rebels|gangs?|gang members) )?"  # (before "forces
             # entered" reads as a deployment)
             r"(?:(?:took|taken|take|takes) (?:over|control of)|seized|captured|entered|occupied|"
             r"(?:walked|moved|marched|rolled|drove) into) "
             r"(?:(?:the |an? )?(?:[\w'’-]+ ){0,2}(?:towns?|villages?|city|base|camp|checkpoints?|police stations?|"
             r"positions|"
             r"posts?|barracks|garrison|district|areas?|territory|hills?|airport|border crossing|offices?|"
             r"headquarters|compound|buildings?|facilit(?:y|ies)|oil ?fields?|refiner(?:y|ies)|terminals?|"
             r"installations?)\b|"
             r"(?!(?:the|a|an|his|her|their|him|them|it|suspects?|power)\b)[\w-]+))"
             r"(?=[^.;]{0,80}(?:without (?:a fight|resistance|a shot|fighting|firing a shot|firing a single shot)|"
             r"\bunopposed\b|\bafter (?:[\w'’()-]+ ){1,10}?(?:withdrew|pulled out|had withdrawn|had pulled out|"
             r"retreated|handed (?:it |them )?over)\b))", SD,
             "Non-violent transfer of territory", "strategic", check="taken by an armed side"),
    # ("armed tribesmen took over two police stations in Tarim without a fight", "entered Shibam without firing a
    # shot"; not "Police captured the suspected gunman without a fight": the sentence is matched lower-cased, so a name
    # is a word with no article before it)
    Trigger(r"(?:sign(?:ed|ing|s)?|reach(?:ed|ing|es)?|agreed|announced|brokered) (?:an? |the )?(?:[\w-]+ ){0,2}"
             r"(?:agreement|deal|accord|pact|truce|ceasefire|covenant|memorandum|undertaking|declaration of peace|"
             r"peace declaration)|signed (?:an? |the )?(?:[\w-]+ ){0,2}arrangements? (?:for|on) |"
             r"agreed (?:on \w+ (?:morning |afternoon |evening |night )?|(?:late|early) (?:on )?\w+ |yesterday |"
             r"today |(?:shortly |just |soon )?(?:before|after) (?:about |around )?\d[\d:.]* ?(?:[ap]\.?m\.? )?|"
             r"at (?:about |around |approximately )?(?:\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?|\d{1,2}[:.]\d\d(?: hours)?) "
             r"(?:yesterday |today |last night |on \w+ )?)?to|"
             # ("the city government agreed on Wednesday evening to suspend land surveys", "the two armed groups
             # agreed shortly before 6 p.m. to a ceasefire", "the provincial government agreed at around 11 p.m.
             # yesterday to reopen community kitchens")
             r"agreed (?:overnight |late on \w+ |on \w+ )?with (?:the )?(?:[\w'’-]+ ){0,2}?(?:authorities|government|"
             r"officials|police|army|governor|administration|municipality|council) on (?:an? |the )?(?:plan|roadmap|"
             r"framework|timetable)\b|"  # ("had agreed overnight with the authorities on a plan")
             # ("a local farmers' committee agreed with the regional authority on Tuesday evening to open one lane")
             r"agreed with (?:the )?(?:[\w'’-]+ ){0,2}?(?:authority|authorities|government|officials|police|army|"
             r"governor|administration|municipality|council|protesters|strikers|blockaders) (?:on \w+ (?:morning |"
             r"afternoon |evening |night )?|late on \w+ |overnight |yesterday |today )?to (?:open|reopen|lift|end|"
             r"suspend|halt|call off)\b(?=(?: [\w'’-]+){0,6}? (?:lanes?|roads?|blockades?|strikes?|sit-ins?|"
             r"protests?|occupation|gates?|border|crossing|highway|barricades?|camp)\b)|"
             r"ceasefire (?:was |has been )?(?:announced|agreed|declared|reached)|"
             r"(?:ceasefire|truce) (?:[\w-]+ ){0,8}?(?:took|takes|came|comes|went|goes) (?:into )?(?:effect|force)|"
             # ACLED: prisoner exchanges are agreements
             r"(?:prisoner|detainee|captive|hostage)s? (?:exchange|swap)s? (?:took place|went ahead|was (?:carried out|"
             r"completed|held))\b|"
             r"(?:exchange|swap)s? of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) "
             r"(?:prisoners|detainees|captives|hostages|bodies)\b|"
             r"(?:exchanged|swapped) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) "
             r"(?:prisoners|detainees|captives|hostages)\b",
             SD, "Agreement", "strategic"),
    Trigger(r"(?:agreement|deal|accord|pact|truce) (?:was |has been |had been )?(?:signed|reached|brokered)"
             r"(?= (?:on|late|early|overnight|last|this|at|in|by|between|with)\b)",  # ("Under an agreement signed late
             # on Saturday between community leaders and the governor"; not "A record deal signed by the rapper")
             SD, "Agreement", "strategic", check="a conflict's deal"),
    # talks that ended in a deal: "Talks held at the District Secretariat last night between farmer representatives
    # and irrigation officials ended with an agreement to release water"
    Trigger(r"(?:talks|negotiations|meeting|mediation)(?: [\w'’,-]+){0,16}? (?:ended|concluded|closed|resulted) "
             r"(?:with|in) (?:an? |the )?(?:[\w-]+ )?(?:agreement|deal|accord|truce|ceasefire|settlement)\b",
             SD, "Agreement", "strategic", check="a dispute told"),
    Trigger(r"(?:signed|reached|agreed) (?:an? |the )?(?:\w+ ){0,2}pledge|"
             r"agreed(?=[^.;]{0,80}?\bto (?:return|hand over|release|end|stop|cease|halt|withdraw|share|exchange|"
             r"lay down|disarm|reopen|lift|swap|free|suspend)\b)|"
             # ("agreed at a meeting in Sinjar that YBS fighters would leave the town's market")
             r"agreed (?:at|during|in) (?:an? |the )?(?:[\w-]+ )?(?:meeting|talks|negotiations)\b(?=[^.;]{0,80}?\bthat "
             r"(?:[\w-]+ ){1,4}?(?:would|will) (?:leave|withdraw|hand|return|release|end|stop|lay down|disarm|pull "
             r"out|reopen|lift|free)\b)",
             SD, "Agreement", "strategic", check="conflict parties"),
    Trigger(r"arrest(?:ed|s|ing)?\b(?! warrants?)|"
             # (not "carrying photographs of detained relatives": the word as an adjective)
             r"detain(?<!\bof detain)(?<!\bfor detain)(?<!\bthe detain)(?<!\btheir detain)(?<!\bhis detain)"
             r"(?<!\bher detain)(?:ed|ing)(?! (?:mayor|leader|journalist|activist|men|women|man|woman|"
             r"suspects?|students?|protesters|politician|lawmaker|MP|editor)['’]s\b)|" + ESCAPEES +
             r" (?:were |was |had been )?recaptured|"
             r"recaptur(?:ed|ing) (?:[\w-]+ ){0,3}?" + ESCAPEES + "|detentions?(?! cent(?:re|er)| facility| camp)|"
             r"(?:protesters|activists|students|suspects|rioters|demonstrators) (?:were |had been |are being )held\b"
             r"(?! (?:a |an |the |talks|up|back|on|off|out|at bay|hostage|captive))|taken into custody|"
             r"(?:took|taking) (?:at least |about |some |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|"
             r"ten|dozens of|scores of|several|hundreds of)? ?(?:[\w-]+ )?(?:people|men|women|youths|suspects|"
             r"protesters|activists|students|demonstrators|members|supporters|journalists?|him|her|them) into custody|"
             r"(?:were|was|had been|have been|has been) (?:apprehended|nabbed)\b|"
             # ("The police reported 27 people apprehended since Monday in Montero")
             r"(?<=\d )(?:people|persons|suspects|protesters|demonstrators|youths) (?:apprehended|detained|arrested)"
             r"(?= (?:since|on|in|during|over|after|overnight|yesterday|last)\b)|"
             # ("two members of the armed group were captured by court order in La Hormiga")
             r"(?:were|was|had been|have been|has been) captured(?= (?:[\w-]+ ){0,2}?(?:by court order|"
             r"on (?:an? )?(?:court |arrest )?(?:order|warrant)|by (?:the )?(?:police|troops|soldiers|army|military|"
             r"authorities|officers|agents)\b))|"
             # a tally of captures in an operation: "96 terrorists have been captured in Zacatecoluca ... since the
             # start of the operation" (of those hunted, not soldiers taken in a war)
             r"(?:members|suspects|criminals|gangsters|terrorists|fugitives|extortionists|traffickers|collaborators) "
             r"(?:have|had) been captured(?=[^.;]{0,100}?\bsince (?:the (?:start|beginning|launch) of|"
             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d))|"
             # ("To date, 46 gang members and collaborators have been captured in Santa Rosa de Lima")
             r"(?:to date|so far), (?:at least )?\d+ (?:[\w-]+ )?(?:members|suspects|criminals|gangsters|"
             r"terrorists|fugitives|extortionists|traffickers|collaborators)(?: and (?:[\w-]+ )?(?:members|suspects|"
             r"collaborators|accomplices))? (?:have|had) been captured\b|"
             r"captured (?:at least |about |some |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
             r"dozens of|several) (?:suspected|alleged) |"  # ("troops and the police captured four alleged members
             # of the structure"; those suspected are arrested, not taken in war)
             r"(?:apprehended|nabbed|hauled in|(?<=police )picked up|(?<=officers )picked up|(?<=agents )picked up) "
             r"(?:at least |about |some |more than |an? |the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
             r"dozens of|scores of|several|hundreds of)? ?(?:suspected |alleged )?(?:[\w-]+ ){0,2}?(?:people|men|"
             r"women|youths|suspects|protesters|activists?|students|demonstrators|members|supporters|journalists?|"
             r"militants|fighters|bandits|recruiters|suppliers|smugglers|MPs?|lawmakers?|leaders?|him|her|them)\b|"
             r"(?:(?<=police )|(?<=officers )|(?<=forces )|(?<=authorities ))held(?= (?:at least |about |some |more "
             r"than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several)\b)",
             SD, "Arrests", "strategic"),
    # someone wanted, captured by troops or police: "troops and the Attorney General's Office captured a man
    # identified as the finance chief of the structure"
    Trigger(r"captured (?:an? |the )(?:man|woman|suspect|person) (?:identified as|described as|accused|alleged|"
             r"suspected|wanted|known as|alias)\b|captured (?:an? |the |two |three |\d+ )?(?:alleged |suspected |"
             r"presumed )?(?:[\w-]+ ){0,2}?(?:leaders?|chiefs?|commanders?|heads?|ringleaders?|kingpins?|financiers?|"
             r"bosses|boss|members?) of\b", SD, "Arrests", "strategic", check="forces before"),
    Trigger(r"rounded up (?:(?:at least|more than|about|some|dozens of|hundreds of|\d+) )?(?:\w+ )?"
             r"(?:people|protesters|men|women|suspects|activists|migrants|students|youths)", SD, "Arrests",
             "strategic", check="not armed men"),
    Trigger(r"(?<!say )(?<!says )(?<!said )(?<!claim )(?:were|had been|have been) (?:later |also |then |reportedly )?"
             r"(?:rounded|picked) up(?! by (?!(?:the )?(?:police|security|intelligence|soldiers|troops|officers|"
             r"agents|gendarmes|army|military)))"
             r"(?! to (?:\d|the nearest|a |an |about|around|nearly))", SD, "Arrests", "strategic", check="people"),
    Trigger(r"(?:staged|announced|launched|carried out|(?<!an )(?<!the )attempted|seized power in) (?:a |an )?"
             r"(?:military |"
             r"attempted )?coup(?: d['’]e?tat)?\b|coup(?: d['’]e?tat)? (?:attempt )?(?:was |had been )?"
             r"(?:foiled|thwarted)", SD, "Other", "strategic"),
    Trigger(r"state of (?:public |national |local )?emergency|"
             r"(?:declared|declares|declaring) (?:[\w'’-]+ ){0,6}?an? (?:closed )?military zones?\b|"
             r"(?:declared|imposed|decreed|extended|ordered|announced) (?:a |an |the )?(?:[\w-]+ )?"
             r"[\"“]?state of (?:prevention|siege|alarm|exception)(?![\"”]? over (?:the )?(?:[\w-]+ )?(?:flood\w*|"
             r"fires?|drought|storms?|pandemic|covid|heat\w*|snow|flu|eruption|epidemic|outbreak|virus))|"
             r"(?<!defied the )(?<!defying the )(?<!defy the )(?<!broke the )(?<!breaking the )"
             r"(?<!violated the )(?<!violating the )(?<!ignored the )(?<!noise )curfew|"
             r"counter-?terror(?:ism|ist)? operation[^\w]{0,3}regime|martial law|"
             r"(?<!lifted the )(?<!lifted an )(?<!ended the )emergency regime(?![^.;]{0,80}?\b(?:floods?|flooding|"
             r"fires?|wildfires?|drought|storms?|snow\w*|heat\w*|frost|ice|landslides?|earthquake|outages?)\b)|"
             # ("a regional emergency regime has been introduced in the Rylsk district")
             r"(?:special|enhanced|strengthened) (?:security |border |legal )?regime (?:was |has been |had been |is )?"
             r"(?:introduced|imposed|declared) in\b|(?:introduced|imposed|declared) an? (?:special|enhanced) "
             r"(?:security |border |legal )?regime in\b|"  # ("A special regime was introduced in Leilek district")
             r"suspend(?:ed|s) (?:some |several |certain |all )?(?:constitutional|civil|civic|fundamental) "
             r"(?:guarantees|rights|liberties|freedoms)|"
             r"(?:internet|social media|messaging apps?|mobile data)(?: access| services| connections?)?,? "
             r"(?:(?:across|in|throughout) (?!(?:the |our |their |his |her )?(?:office|home|building|house|hotel|"
             r"school|campus)\b)(?:the )?(?:[\w'’-]+ ){1,3}?)?"  # ("Mobile internet across Gorno-Badakhshan
             r"(?:which |that )?"  # has been down since Friday")
             r"(?:was |were |has been |have been |had been |went |remained |remains )?[\"“]?(?:partially |partly |"
             r"largely |completely |totally |fully |severely |heavily )?"
             r"(?:cut|suspended|shut|blocked|restricted|down\b)"
             r"(?![^.;]{0,100}\b(?:outage|power cut|power failure|blackout|technical|maintenance|fault|storm|cable|"
             r"grid|data cent(?:re|er)|fire|fibre|fiber|software|upgrade|heatwave|provider|glitch)\b)|"
             r"(?:cut|suspended|shut down|blocked|restricted) (?:access to )?(?:\w+ ){0,2}(?:internet|social media)|"
             r"annulled|section 144|section 163 (?:of the )?(?:BNSS|Bharatiya)|"
             r"(?:imposed|clamped|enforced) restrictions under section (?:144|163)|"  # ("imposed restrictions under
             # Section 163 of the BNSS from 6 pm on Tuesday")
             r"prohibitory orders?|dispersal (?:order|zone)s?|"
             # ("the RCMP established a temporary access control area on the Morice River Forest Service Road")
             r"(?:established|set up|declared|imposed|created) (?:an? |the )?(?:temporary )?(?:access[- ]control|"
             r"no-go) (?:area|zone)s?\b|"  # (UK police: "A dispersal
             # order covering the area around the hotel")
             r"movement of (?:civilian |private |all )?(?:vehicles|traffic|civilians|people|persons|residents|"
             r"motorists|boats|"
             r"vessels|canoes|motorcycles) "  # ("all movement of boats on the lake ... is prohibited from 18:00 hours")
             r"(?:[\w'’:-]+ ){0,10}?(?:has been |have been |was |were |is |are )?(?:restricted|banned|prohibited|"
             r"suspended)\b(?![^.;]{0,80}?\b(?:floods?|flooding|snow\w*|storms?|landslides?|repairs?|construction|"
             rf"{WEATHER_WORDS}|{HEALTH_WORDS[3:-1]})\b)|"  # ("the movement of civilian vehicles on the Vardenis-Sotk
             # road has been restricted", not for a flood)
             # ("movement is prohibited between 18.00 and 06.00 hrs in the border subdistricts")
             r"(?<!of )movement (?:is|was|has been|will be) (?:restricted|banned|prohibited|forbidden)\b"
             r"(?=[^.;]{0,30}?\b(?:between|from|after)\b)(?![^.;]{0,80}?\b(?:floods?|flooding|snow\w*|storms?|"
             r"volcan\w*|erupt\w*|earthquakes?|tsunamis?|wildfires?|gas leaks?|"
             rf"landslides?|repairs?|construction|{WEATHER_WORDS}|{HEALTH_WORDS[3:-1]})\b)|"
             r"(?:enforc\w+|imposed|declared|decreed|ordered|called) (?:an? |the |its |their )?(?:\w+ )?[\"“‘']?"
             r"(?:armed (?:strike|stoppage|lockdown)|paro armado)\b|"  # (an armed group's shutdown: "The ELN has
             # enforced an 'armed strike' across the department since Monday")
             r"(?:(?:imposed|announced|declared|ordered|issued|introduced|decreed) (?:an? |the )?(?:\w+ )?ban on|"
             r"banned) (?:all )?(?:public |street |outdoor )?(?:gatherings|assembl(?:y|ies)|protests|rallies|"
             r"demonstrations)"
             rf"(?![^.;]{{0,80}}\b{HEALTH_WORDS}\b)|"
             # ("imposed a temporary ban on all non-essential movement within 10 km of the border")
             r"(?:imposed|announced|declared|ordered|issued|introduced|decreed) (?:an? |the )?(?:\w+ )?ban on "
             r"(?:all (?:non-essential |civilian )?|non-essential |civilian |night-?time )movements?\b"
             rf"(?![^.;]{{0,120}}\b(?:{WEATHER_WORDS}|{HEALTH_WORDS[3:-1]}|volcan\w*|eruption|fires?|wildfires?)\b)|"
             # ("ordered minors under 16 off the streets of Planoise from 10 p.m. to 6 a.m."; not as a cyclone came)
             r"ordered (?:all )?(?:minors|children|youths|young people|residents|people|civilians) (?:[\w-]+ ){0,3}?"
             r"(?:off|to stay off) the streets\b"
             rf"(?![^.;]{{0,120}}\b(?:{WEATHER_WORDS}|{HEALTH_WORDS[3:-1]})\b)|"
             # ("A police ban on gatherings within 200 feet of the secretariat took effect at 6 a.m. today")
             r"ban on (?:all )?(?:public )?(?:gatherings|assembl(?:y|ies)|protests|rallies|demonstrations)"
             r"(?=[^.;]{0,80}?\b(?:took|takes|came|comes|went|goes) (?:into )?(?:effect|force)\b)"
             rf"(?![^.;]{{0,80}}\b{HEALTH_WORDS}\b)",
             SD, "Other", "strategic"),
    # a ban told in the passive, of gatherings in general ("all demonstrations, marches, sit-ins ... have been banned
    # throughout the province", "Public gatherings are banned in the district"; not "a march planned for Tuesday
    # was banned": that march, which did not happen)
    Trigger(r"(?:(?:have|has|had) been|were|was|are|is|remain|remained) (?:banned|prohibited|forbidden)"
            rf"(?![^.;]{{0,80}}\b{HEALTH_WORDS}\b)",
            SD, "Other", "strategic", check="gatherings banned"),
    Trigger(r"(?:seal(?:ed|ing|s)?|cordon(?:ed|ing|s)?|clos(?:ed|ing)) off|laid siege to|besieged|"
             r"(?:sealed|blocked|closed) (?:the |all )?(?:main |northern |southern |eastern |western |only )?"
             r"(?:entrances?|exits?) (?:to|of|into)(?= (?:the )?(?:town|village|city|camp|district)\b|"
             r" (?-i:[A-Z])[\w'’-]+ with\b)|"  # ("has closed the main entrances to Jericho with earth mounds")
             # ("The army has also sealed the main entrance to the town of Azzun with an iron gate since Monday")
             r"(?:sealed|blocked|closed) (?:off )?the (?:town|village|city|camp)['’]s (?:\w+ )?(?:entrances|exits|"
             r"entrance|exit)\b|"  # ("the army has sealed the village's two entrances with earth mounds")
             r"(?:surround(?:ed|ing)|encircl(?:ed|ing)|(?:put|placed|threw|thrown) a cordon around|"
             # ("a cordon of 2,000 soldiers and 400 police officers was placed around the municipality of ...")
             r"cordon (?:of [^.;]{0,80}? )?(?:was|has been|had been) (?:placed|set up|thrown|put|established) around)"
             r"(?= (?:the )?(?:entire |whole |small |northern |southern |eastern |western )?(?:town|village|city|"
             r"district|neighbou?rhood|township|camp|settlement|municipality|commune)\b)",
             SD, "Other", "strategic", check="cordon"),
    # "More than 3,000 soldiers and police officers have kept the municipality of Nahuizalco, in the west of the
    # country, under a security cordon since Monday"
    Trigger(r"(?:kept|keep|keeping|placed|put|held|holding) (?:[^.;]{0,80}? )?under (?:an? )?(?:tight |strict )?"
             r"(?:security |military |police )?(?:cordon|siege|lockdown)\b", SD, "Other", "strategic", check="cordon"),
    Trigger(r"called (?:on|in) (?:the )?[\w\- ]{0,60}(?:Organi[sz]ation|alliance|"
             r"troops|forces|bloc|peacekeepers)|(?<!wounded )(?<!injured )(?<!dead )(?<!bodies of the )(?<!bodies of )"
             r"(?:troops|soldiers|forces|officers|military vehicles|armou?red "
             r"vehicles|tanks|gendarmes|paratroopers|marines|reinforcements|police officers|"
             r"fighters|militiamen) "
             r"(?:were |are |had been |have been |has been |to be |began |begin |started |have begun |had begun )?"
             r"(?:seen|deployed|sent(?! to (?:recover|retrieve|collect|rescue|evacuate|search|look))|moving|"
             r"moved(?! in\b)|rolled|flown|landed|"
             r"ordered(?! (?:to|not to) (?:show|exercise|act with|refrain|avoid|respect|stop using|hold "
             r"fire)\b)|patrol\w*)|(?:troops|soldiers|military police|forces) (?:\w+ ){0,2}?(?:entered|moved into|took "
             r"over|took up positions)|"
             # ("Fiji's government ordered soldiers onto the streets of Lautoka on Thursday")
             r"(?:ordered|orders|sent|called) (?:the )?(?:troops|soldiers|the army|army|the military|military|"
             r"police) (?:out )?(?:onto|on to|into) the streets\b|"
             r"(?:sent|send|sends|deploy\w*|dispatch\w*|flew in|flew|flown|airlifted|rushed) "
             r"(?:(?!to\b|of\b)(?:[\w-]+|\d[\d,]*) ){0,3}?"
             r"(?:troops|soldiers|forces|peacekeep\w+|reinforcements|gendarmes|paratroopers|marines|police officers|"
             r"(?:companies|battalions|units) of (?:riot |military |border |national |federal )?(?:troops|soldiers|"
             r"police)|armou?red vehicles|"  # ("sent two units of riot police to Montpellier")
             r"military vehicles)\b|"
             r"(?:sent|send|sends|sending|deploy\w*|dispatch\w*|flew in|flew|flown|airlifted|rushed) "
             r"(?:(?:about|some|another|more than) )?"
             r"(?:\d[\d,]*|hundreds of|thousands of|dozens of) (?:more |additional |extra )?"
             r"(?:members of (?:the )?(?:[\w-]+ ){0,4}?(?:Force|Forces|Guard|Gendarmerie|Police|Army)\b|"
             r"(?!members\b)"
             r"(?:(?!polling |election |electoral |health |census |tax |customs |medical |revenue |school |"
             r"agricultural |extension |welfare |court |traffic |repair |rescue |relief |utility |maintenance |"
             r"sanitation |emergency )[\w-]+ )?"
             r"(?:officers|agents|police|policemen|personnel)\b)|"  # "flew 300 Gendarmerie officers to Jujuy";
             # ("sending 300 members of the National Public Security Force to the gold mining region")
             r"(?:sent|send|sends|deploy\w*|dispatch\w*|rushed) (?:additional|extra|more) (?:[\w-]+ ){0,2}?"
             r"(?:officers|police|policemen|personnel|agents)\b|"  # ("has deployed additional uniformed officers")
             r"peacekeep\w+ (?:arrived|were deployed|landed)|resigned|"
             r"police (?:were |had been )?(?:sent|deployed|rushed|flown) (?:in|into|to)\b|"
             r"(?:reinforcements|troops|soldiers|paratroopers|marines|militiamen|officers|policemen|gendarmes|"
             r"police units|riot police|(?:additional|extra|police|security|tactical|special|army|military) "
             r"(?:teams|squads))"  # ("Additional teams from the Montego Bay division arrived in Spanish Town")
             r"(?: and (?:[\w-]+ ){1,3}?)?"
             r"(?: from [\w'’ -]{1,40}?)?(?:, (?:including|known as) [\w'’ -]{1,40},)? (?:had |have )?(?:arrived in|"
             r"reached|(?:were|was) seen arriving in|"  # ("Special forces troops, known as the Black Berets, were seen
             # arriving in Nuevitas on Wednesday morning")
             r"(?:begun|began|started) (?:arriving|to arrive|deploying))"
             r"(?![^.;]{0,60}?\b(?:exercises?|drills?|"
             r"parades?|agreement|deal|settlement|ceasefire|final|semi-?finals?|age|"
             r"ceremony|celebrations?|training|course|tournament|investigate|burglary|conference)\b)|"
             r"(?:set up|mounted|erected|put up|established) (?:(?!health|medical|screening)\w+ ){0,2}?checkpoints",
             SD, "Change to group/activity", "strategic"),
    # a mayor removed and replaced by an appointee: "Siverek's elected mayor ... was removed from office on Monday and
    # replaced by the district governor"
    Trigger(r"(?:was|were|has been|had been) "
             r"(?:removed|dismissed|ousted|suspended) from (?:office|(?:his|her|their) posts?)"
             r"(?=[^.;]{0,100}?\b(?:trustee|administrator|(?:district |provincial )?governor|appointee|"
             r"state-appointed)\b)",
             SD, "Other", "strategic", check="local office holder"),
    Trigger(r"(?:units?|contingents?|companies|battalions?) of (?:the )?(?:[\w-]+ ){0,2}?(?:forces?|guards?|army|"
             r"police|military|troops|soldiers|gendarmerie|rangers|marines|commandos?|unit)\b(?: [\w-]+| \([\w-]+\))? "
             r"(?:had |have )?(?:arrived in|rushed (?:in|into)|(?:were|was|had been|has been) (?:sent|deployed|rushed|"
             r"flown|airlifted))(?![^.;]{0,60}?\b(?:exercises?|drills?|parades?|snow|floods?|wildfires?|relief|rescue|"
             r"ceremony|celebrations?|final|match|stadium|search|training|course|tournament|investigate)\b)",
             SD, "Change to group/activity", "strategic"),
    Trigger(r"(?:broke|breaking|broken) (?:away )?(?:with|from) (?:both |the |their |its )?(?:[\w-]+ ){0,2}?"
             r"(?:factions?|leadership|command|movement|party|group|government|administration)\b|"
             r"(?:form|forming|formed) (?:a |their own |its own )?(?:new |separate |rival |parallel |breakaway )"
             r"(?:command|faction|militia|movement|armed group|administration|council)\b|defected\b",
             SD, "Change to group/activity", "strategic", check="fighters"),  # ("senior army commanders announced
    # in Mekelle that they were breaking with both factions and forming a separate command")
    Trigger(r"(?:turned themselves in|handed themselves (?:[\w ]{0,30}?)?(?:over|in)\b|gave themselves up|"
             r"(?<!who )surrendered(?! (?:his|her|their|its|the|a|an)\b"
             r"(?! (?:arms|weapons|rifles|guns)\b))|laid down (?:their )?(?:arms|weapons|rifles))",
             SD, "Change to group/activity", "strategic", check="fighters"),
    Trigger(r"(?:personnel|members|units?|contingents?|companies|battalions?|platoons?|teams?|squads?|detachments?) "
             r"(?:of (?:the )?(?:[\w-]+ ){1,3}?)?"
             r"(?:(?:were |was |had been |have been |has been )(?:deployed|rushed|sent|flown|moved)|"
             r"(?:deployed|rushed|sent|flown|moved)(?! there\b))|"  # (not "by the police team deployed there")
             r"(?<!brigade )(?<!rescue )(?<!medical )(?<!relief )(?<!fire )"
             r"(?:contingents?|battalions?|platoons?|detachments?|squadrons?) (?:had |have |has )?"
             r"(?:arrived in|reached (?!an? (?:agreement|deal|settlement|compromise|consensus|decision|verdict)\b))|"
             # ("A National Force detachment reached the town on Monday")
             r"(?:sent|send|sends|deploy\w*|dispatch\w*|rushed|flew in) (?:(?:two|three|four|five|several|more|extra|"
             r"additional|another|\d+) ){1,2}(?:companies|battalions|platoons|contingents|detachments|squadrons)\b", SD,
             # ("KFOR, the peacekeeping force, sent two extra companies to the main bridge"; "A team of 40 officers
             # from the taxi violence unit was deployed to Mthatha")
             "Change to group/activity", "strategic", check="forces"),
    Trigger(r"(?:stepped up|step up|steps up|increased|intensified|reinforced|boosted|beefed up|stepping up) "
             r"(?:their |its )?(?:security |armed |foot |night )?(?:patrols|presence|deployments?)\b",
             SD, "Change to group/activity", "strategic", check="forces"),  # ("peacekeepers stepped up patrols")
    # last, so that any other reading of "took", "seized" at its place comes first
    Trigger(r"(?:took|captured|seized)(?= (?!(?:to|part|place|over|control|back|the(?! (?:town|city|village|"
             r"district) of\b)|a|an|up|off|out|down|away|"
             r"hostage|refuge|cover|shelter|office|power|charge|aim|his|her|their|its|them|him|it|us|me|turns|"
             r"hold|advantage|care|steps|action|measures|issue|part|note|time|photos?|pictures?|\d+|one|two|three|"
             r"four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|some|more|at|about)\b))",
             "Battles", "Non-state actor overtakes territory", "armed", check="armed group takes a town"),
    Trigger(r"(?<!heart )(?<!panic )(?<!asthma )(?<!cyber )(?<!cyber-)attack(?:ed|s|ing)?\b"
             r"(?! (?:the |a |an |its |their |his |her )?(?:[\w'’-]+ ){0,2}?(?:websites?|servers?|networks?|computers?|"
             r"systems|accounts?|bill|plans?|policy|policies|proposals?|budget|prices?|decision|reforms?|law|record|"
             r"lead|remarks?|comments?|report|ruling|deal)\b)|raid(?:ed|s)?\b(?! (?:alerts?|alarms?|sirens?|warnings?|"
             r"shelters?)\b)|"
             r"assault(?:ed)?\b(?! (?:rifles?|weapons?|guns?|vehicles?|boats?|helicopters?|troops|teams?|units?|"
             r"force)\b)|"  # (not "insurgents armed with assault rifles": their arms)
             r"strikes?\b(?![- ](?:committees?|leaders?|organi[sz]ers?|action|fund|ballot|notice|"
             r"calls?|movement|coalition|council|command|platform|front)\b)", "", "", "attack",
             check="violent context"),  # (not "The strike committee has called for a march")
    Trigger(r"(?:(?:murder(?:ed|ing)|(?<=the )murders?(?= of)|butchered|slaughtered|mowed down)\b"
             r"(?!(?: [\w'’-]+){0,4}? \d+-\d+)|"
             r"(?:burned|burnt) (?:[\w-]+ ){0,3}?alive|slit (?:the |their |his |her )throats?)"
             r"(?! (?:the |a |an |his |her |their |\d+ )?(?:[\w'’-]+ )?(?:cattle|cows|goats|sheep|livestock|animals|"
             r"chickens|pigs|camels|rams|lambs|oxen|bulls?|grass|wheat|crops?|role|part|song|anthem|language|lines|"
             r"chances|game|match)\b)",
             "", "", "fatal", check="violent context"),
    Trigger(r"(?:were|was|been|be) killed|killed|fatally (?:shot|stabbed|wounded|injured|beaten)|"
             r"died(?! (?:of|from|after) (?:a |an )?(?:heart attack|stroke|illness|"
             r"cancer|natural causes|covid|disease|complications|old age|long illness))|"
             r"dead\b(?![- ]towns?\b)|deaths?\b|death toll|"
             r"liquidated|"
             r"lost their lives|lost (?:his|her) life|slain|killing|shot dead|hacked to death|stabbed to death|"
             r"embraced (?:martyrdom|shahadat)|sent to hell|paid the (?:supreme|ultimate) price|"
             r"made the (?:supreme|ultimate) sacrifice|"
             r"fell (?:with (?:their|his|her) arms in (?:their |his |her )?hands?|in (?:battle|combat|action))|"
             r"gunned down(?!(?: [\w-]+){0,3}? (?:\d+-\d+|with a (?:late )?goal)| the (?:visitors|hosts)\b)",
             "", "", "fatal"),
)


def named(name: str) -> Trigger:
    """The trigger given ``name`` ("protest": the protest words; "disrupted": a weapon found or defused)."""
    return next(t for t in TRIGGERS if t.name == name)
