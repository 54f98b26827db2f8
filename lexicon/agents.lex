# dyad lexicon: agents (format: lexicon/FORMAT.md)
#
# Sector nouns that take their country from a neighbouring actor ("Iranian troops",
# "the ambassador of Azerbaijan"). Write singulars: the compiler adds -s/-es/-ies to the
# last word. Irregular and uncountable plurals (police, men, people, personnel,
# clergy, ...) are listed as their own phrases.
#
# Judgement calls (CAMEO role definitions in cameo_actor_types.tsv; Phoenix practice):
# - "security forces" and border/coast guards are COP: they keep domestic order and
#   guard frontiers; MIL is kept for words that name the armed forces themselves.
# - militants, jihadists, terrorists and extremists are REB ("armed and violent
#   opposition"); separatists are REB too (Phoenix practice; CAMEO's SEP is folded into
#   REB by PLOVER as well).
# - gunmen, militias, assailants and mercenaries are UAF: armed men whose alignment the
#   report does not give.
# - spokesmen and spokeswomen are GOV: bare "spokesman" in news is almost always an
#   official's; "rebel spokesman", "police spokesman" etc. are listed with their sector.
# - defence ministers and ministries are GOVMIL, as in Phoenix.
# - state media are GOVMED; other media MED.
# - settlers are CVL (Phoenix practice; CAMEO's SET role is not used by the coders we
#   compare with).
# - peacekeepers are not here: they are the actor IGOPKO (organizations.lex).

[agents]

# ---------------------------------------------------------------- GOV: executive and diplomats
GOV : government | govt | administration | authorities | regime | cabinet
    | ministry | minister | junta | leadership | leader | ruler
    | head of state | head of government | president | presidency | vice president
    | vice-president | prime minister | premier | deputy prime minister | chancellor
    | king | queen | monarch | emir | sultan | crown prince | prince | royal court
    | supreme leader | governor | governor-general | mayor | official 
    | senior official | government official | spokesman | spokeswoman | spokesperson
    | spokesmen | spokeswomen | government spokesman | presidential spokesman
    | aide | presidential aide | adviser | advisor | national security adviser
    | chief of staff | negotiator | chief negotiator | delegation | delegate
    | foreign ministry | foreign minister | foreign secretary | foreign office
    | ministry of foreign affairs | minister of foreign affairs | secretary of state
    | state secretary | interior ministry | interior minister | ministry of interior
    | ministry of the interior | home secretary | home minister | home affairs ministry
    | finance ministry | finance minister | treasury | treasury secretary
    | economy ministry | economy minister | trade ministry | trade minister
    | commerce ministry | commerce minister | energy ministry | energy minister
    | oil ministry | oil minister | information ministry | information minister
    | justice ministry | justice minister | health ministry | health minister
    | deputy minister | vice minister | vice foreign minister | deputy foreign minister
    | ambassador | envoy | special envoy | diplomat | embassy | consulate | consul
    | consul general | consul-general | charge d'affaires | chargé d'affaires | attache
    | attaché | emissary | diplomatic mission | secretary-general | secretary general
    | commissioner | national security council | central bank | attorney general
    | attorneys general | ruling party | ruling coalition | agriculture ministry
    | agriculture minister | health authorities | health official
# Defence ministers and ministries (Phoenix: GOVMIL).
GOVMIL : defense ministry | defence ministry | ministry of defense | ministry of defence
    | defense minister | defence minister | minister of defense | minister of defence
    | defense secretary | defence secretary | secretary of defense | military government
# State-run media.
GOVMED : state media | state-run media | state-owned media | state television | state TV
    | state-run television | state-run TV | state broadcaster | state radio | state-run radio
    | state news agency | official news agency | state-run news agency | state newspaper
    | state-run newspaper | government newspaper

# ---------------------------------------------------------------- MIL: armed forces
MIL : military | army | armed forces | forces | troop | soldier
    | government forces | government troops | pro-government forces | regime forces
    | serviceman | servicemen | servicewoman | servicewomen | military personnel
    | navy | naval force | air force | marine | commando
    | paratrooper | special forces | ground forces | ground troops | infantry | artillery
    | battalion | brigade | regiment | platoon | garrison | army unit | military unit
    | reservist | conscript | sailor | warplane | fighter jet | fighter plane | jet
    | military aircraft | bomber aircraft | warship | gunboat | naval vessel | submarine
    | destroyer | frigate | aircraft carrier | tank | military helicopter | helicopter gunship
    | military drone | armed forces personnel | military commander | army commander
    | commander | army chief | military chief | army chief of staff | chief of general staff
    | general staff | top general | army officer | military officer | officer corps
    | military spokesman | army spokesman | national guard | defense forces | defence forces
    | coalition forces | paramilitary | paramilitary force

# ---------------------------------------------------------------- COP: police and security forces
COP : police | police force | policeman | policemen | policewoman
    | policewomen | police officer | cop | riot police | traffic police | secret police
    | special police | counter-terrorism police | anti-terrorism police | police chief
    | police commissioner | police spokesman | gendarme | gendarmerie
    | security force | security personnel | security officer
    | security official | security guard | law enforcement
    | law enforcement officer | law enforcement official | border guard | border police
    | border patrol | coast guard | coastguard | customs officer
    | immigration officer | federal agent | detective | investigator | prison guard
    | prison official | prison authorities

# ---------------------------------------------------------------- JUD: courts and prosecutors
JUD : court | judge | judiciary | judicial authority | tribunal | supreme court
    | high court | constitutional court | appeals court | court of appeal
    | military court | criminal court | magistrate | prosecutor | public prosecutor
    | prosecutor general | chief prosecutor | state prosecutor | prosecution | jury
    | lawyer | attorney | defense lawyer | defence lawyer

# ---------------------------------------------------------------- LEG: legislatures
LEG : parliament | parliamentarian | lawmaker | legislator | legislature | senator | senate
    | congressman | congressmen | congresswoman | congresswomen | MP | MPs | MEP | MEPs
    | member of parliament | members of parliament | national assembly | assembly
    | lower house | upper house | house of representatives | parliamentary committee
    | parliament speaker | speaker of parliament | legislative council

# ---------------------------------------------------------------- REB and UAF: armed non-state actors
REB : rebel | rebel group | rebel force | rebel fighter | rebel commander
    | rebel leader | rebel spokesman | insurgent | insurgency | insurgent group | militant
    | militant group | militant leader | guerrilla | guerilla | fighter | freedom fighter
    | separatist | separatist rebel | jihadist | jihadi | jihadist group | mujahideen
    | mujahedeen | mujahidin | terrorist | terrorist group | terror group
    | terrorist organization | terrorist organisation | extremist | extremist group
    | armed opposition | insurgent fighter
UAF : gunman | gunmen | armed man | armed men | masked men | militia | militiaman
    | militiamen | armed group | assailant | attacker | mercenary | suicide bomber | sniper

# ---------------------------------------------------------------- OPP: political opposition
OPP : opposition | opposition party | opposition leader | opposition figure
    | opposition politician | opposition supporter | opposition activist | opposition lawmaker
    | opposition group | opposition coalition | dissident | protester | protestor
    | demonstrator | rioter | activist | pro-democracy activist | political activist
    | government critic | regime opponent | opponent

# ---------------------------------------------------------------- Civilians, refugees and social sectors
CVL : civilian | resident | villager | citizen | people | person | inhabitant
    | man | men | woman | women | child | children | boy | girl | family
    | passenger | pedestrian | bystander | tourist | hostage | victim | voter | crowd
    | settler | population
REF : refugee | asylum seeker | asylum-seeker | migrant | displaced person
    | displaced people | internally displaced people | IDP | IDPs | returnee | boat people
HRI : human rights group | human rights organization | human rights organisation | rights group
    | human rights activist | rights activist | human rights defender | human rights lawyer
    | human rights watchdog | rights watchdog | human rights commission | rights campaigner
    | war monitor | rights body
NGO : aid group | aid agency | aid organization | aid organisation | aid worker | relief agency
    | relief group | relief worker | humanitarian organization | humanitarian organisation
    | humanitarian group | humanitarian agency | humanitarian worker | charity | NGO | NGOs
    | non-governmental organization | non-governmental organisation
    | nongovernmental organization
BUS : company | corporation | conglomerate | businessman | businessmen | businesswoman
    | businesswomen | business leader | business community | investor | industrialist
    | chief executive | CEO | trader | merchant | shopkeeper | exporter | importer | contractor
    | entrepreneur | bank | oil company | energy company | defense contractor
    | defence contractor | arms maker | arms manufacturer
MED : media | news agency | newspaper | journalist | reporter | correspondent | broadcaster
    | television | television station | TV station | TV channel | television channel
    | radio station | editor | columnist | photographer | photojournalist | cameraman
    | cameramen | blogger | news outlet | news website
SPY : intelligence service | intelligence agency | spy agency | spy
    | intelligence officer | intelligence official | intelligence chief | intelligence agent
    | secret agent | secret service | security service | spymaster | intelligence community
    | military intelligence
EDU : student | university | school | teacher | professor | academic | scholar | lecturer
    | pupil | schoolchildren | college | student union | student leader | think tank
REL : cleric | imam | rabbi | bishop | archbishop | priest | pastor | pope | cardinal | clergy
    | clergyman | clergymen | mullah | ayatollah | monk | nun | religious leader | patriarch
    | mufti | grand mufti | missionary | church | mosque | synagogue | worshipper | worshiper
    | pilgrim | religious authorities
LAB : union | trade union | labor union | labour union | unionist | trade unionist
    | union leader | labor leader | labour leader | worker | workers union | striker | miner
    | employee | laborer | labourer | dockworker | factory worker
CRM : criminal | gang | gang member | smuggler | people smuggler | trafficker | drug trafficker
    | human trafficker | drug cartel | cartel | drug lord | kidnapper | pirate | bandit
    | thief | thieves | robber | mafia | crime syndicate | organized crime | organised crime
    | drug dealer | poacher | fugitive | suspect | vandal | looter | arsonist
AGR : farmer | peasant | herder | herdsman | herdsmen | farm worker | fisherman | fishermen
    | rancher | cattle herder
HLH : doctor | physician | nurse | medic | paramedic | hospital | health worker
    | medical staff | surgeon
ELI : former president | former prime minister | former minister | former official
    | ex-president | ex-prime minister | elder statesman | billionaire | tycoon | celebrity
ENV : environmentalist | environmental group | environmental activist | conservationist
    | climate activist
