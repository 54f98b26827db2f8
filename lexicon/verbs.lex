# dyad lexicon: event verbs and nouns (format: lexicon/FORMAT.md)
#
# Sections: [verbs] verb patterns by CAMEO root, [nouns] nominal triggers, [reporting]
# speech verbs, [inflections] irregular forms of every lemma used here.
#
# How patterns compete (dyad-lexicon compile.rs): the pattern with the most required
# material wins (each particle counts 1, a `...` object group counts 2), then the longer
# code, then the EARLIER line. Two consequences shape this file:
#  - a verb alone ("release") is a fallback; "release ... hostage" overrides it;
#  - within a root the residual xx0 entry and other broad entries come AFTER the specific
#    ones of the same code length, so that "send humanitarian aid" is 073, not 070.
# Objects after `...` are single words (the compiler splits on spaces and `|`) and may
# also stand up to five tokens BEFORE the verb ("the hostages were released"), so very
# common words are kept out of object lists.
#
# Judgement calls (CAMEO 1.1b3 usage notes in cameo_event_usage_notes.tsv; Phoenix practice
# where CAMEO is silent):
#  - warn                      -> 130 threaten (Phoenix WARN = 130; "warn ... attack" -> 1384)
#  - summon / call in envoy    -> 114 complain officially: a summons to protest is a formal
#                                 diplomatic complaint; PLOVER maps 114 to ACCUSE, as its
#                                 CONSULT note asks for summoned ambassadors
#  - expel diplomats           -> 161 (usage notes of 166 and 174); expel groups -> 166;
#                                 expel individuals -> 174; expel populations -> 201
#  - kill                      -> 190 (usage note of 190: killings with unspecified weapons);
#                                 kill + a political figure -> 186; murder -> 180
#  - uncover / foil a plot     -> 090 investigate (Phoenix); arrests are coded by their own
#                                 verb (173); "dismantle / break up a cell" -> 173
#  - challenge                 -> 110 disapprove (Phoenix VERBAL_CONFLICT)
#  - charge / indict / prosecute / sue -> 115 (usage note of 173: charges are 115)
#  - raid                      -> 1711 (usage note of 1711 names raids and lootings)
#  - bomb (verb)               -> 195 aerial; terrorist bombings use blow up / detonate /
#                                 plant (183, 1831-1834)
#  - strike (verb)             -> 190: military sense dominates; labour strikes use
#                                 "go on / stage / call ... strike" (143)
#  - regret                    -> 110 (diplomatic "regrets the decision"); "express regret"
#                                 -> 055
#  - welcome                   -> 051; welcome + a visitor noun -> 043
#  - assure                    -> 030; recognize -> 054; "recognize that" -> 015
#  - coups (overthrow, topple, oust, stage a coup, seize power) -> 180 (Phoenix)
#  - declare war               -> 138: a declaration is a threat; the fighting codes itself
#  - fine                      -> 116 (found liable); execute -> 170
#  - agreeing to a ceasefire   -> 0356 (a commitment, as the ConfliBERT and PLOVER gold code
#                                 it); declaring/observing/implementing one -> 0871

[verbs]

# ========================================================================================
# 01  MAKE PUBLIC STATEMENT
# ========================================================================================
# Plain statements are left to [reporting]; these are statements with a stance.
011 : decline ... comment|elaborate|detail | refuse ... comment|elaborate|detail
    | have ... comment
012 : express ... concern|pessimism|alarm|fear|worry|doubt|misgiving
    | voice ... concern|pessimism|alarm|fear|worry|doubt|misgiving
    | raise ... concern|pessimism|alarm|fear|worry|doubt|misgiving | sound ... alarm | fear
    | worry | doubt | despair
013 : express ... optimism|hope|confidence | voice ... optimism|hope|confidence | hope
    | look forward
014 : consider | weigh | mull | ponder | contemplate | deliberate | debate | reconsider
    | review ... proposal|plan|request|offer|option|bid|application|idea
    | study ... proposal|plan|request|offer|option|bid|application|idea
    | examine ... proposal|plan|request|offer|option|bid|application|idea
    | explore ... option|possibility|idea|way
015 : claim ... responsibility|credit | take ... responsibility
    | accept ... responsibility|blame | admit | acknowledge | concede | confess | own up
    | retract | recant | plead guilty | recognize that | recognise that
016 : deny | refute | rebut | disavow
    | reject ... accusation|allegation|charge|claim|report|suggestion|criticism
    | dismiss ... accusation|allegation|charge|claim|report|suggestion|criticism
    | counter ... accusation|allegation|charge|claim|report|suggestion|criticism
    | brush off ... accusation|allegation|claim|criticism|charge
    | brush aside ... accusation|allegation|claim|criticism|charge | plead not guilty
    | plead innocent
017 : lay ... wreath | attend ... funeral|memorial|commemoration|vigil|requiem
    | hold ... vigil|memorial|commemoration|funeral | observe ... silence|minute | commemorate
    | mark ... anniversary | pay ... respect|homage | light ... candle | lower ... flag
018 : express ... sympathy|condolence|sorrow|grief|compassion
    | offer ... sympathy|condolence|sorrow|grief|compassion
    | extend ... sympathy|condolence|sorrow|grief|compassion
    | send ... sympathy|condolence|sorrow|grief|compassion
    | convey ... sympathy|condolence|sorrow|grief|compassion | sympathize | sympathise | console
    | condole | mourn | grieve
019 : agree with | agree that | concur | see eye
    | share ... view|concern|position|assessment|stance|vision|goal|sentiment
    | echo ... view|concern|position|assessment|stance|vision|goal|sentiment
# Residual 010 last: comments with no stance of their own.
010 : comment | remark | reiterate | reaffirm | emphasize | emphasise | stress | underline
    | underscore | affirm | reassert
    | release ... statement|report|video|footage|figure|data|detail|document|record|photo|image|recording|transcript|tape|letter|communique|list

# ========================================================================================
# 02  APPEAL
# ========================================================================================
# Appeals are softer than demands (10) and carry no commitment (03). Each object class
# is paired with the common appeal verbs; the residual 020 comes last.
0211 : urge ... trade|investment|commerce|investor|export|import
    | call for ... trade|investment|commerce|investor|export|import
    | call on ... trade|investment|commerce|investor|export|import
    | call upon ... trade|investment|commerce|investor|export|import
    | appeal for ... trade|investment|commerce|investor|export|import
    | appeal to ... trade|investment|commerce|investor|export|import
    | ask ... trade|investment|commerce|investor|export|import
    | request ... trade|investment|commerce|investor|export|import
    | press for ... trade|investment|commerce|investor|export|import
    | push for ... trade|investment|commerce|investor|export|import
0212 : urge ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | call for ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | call on ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | call upon ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | appeal for ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | appeal to ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | ask ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | request ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | press for ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | push for ... exercise|drill|maneuver|manoeuvre|wargame|war-game
0213 : urge ... extradition|extradite|handover | call for ... extradition|extradite|handover
    | call on ... extradition|extradite|handover | call upon ... extradition|extradite|handover
    | appeal for ... extradition|extradite|handover
    | appeal to ... extradition|extradite|handover | ask ... extradition|extradite|handover
    | request ... extradition|extradite|handover | press for ... extradition|extradite|handover
    | push for ... extradition|extradite|handover
0214 : urge ... intelligence|information|evidence
    | call for ... intelligence|information|evidence
    | call on ... intelligence|information|evidence
    | call upon ... intelligence|information|evidence
    | appeal for ... intelligence|information|evidence
    | appeal to ... intelligence|information|evidence
    | ask ... intelligence|information|evidence | request ... intelligence|information|evidence
    | press for ... intelligence|information|evidence
    | push for ... intelligence|information|evidence
022 : urge ... support|backing|recognition|solidarity|endorsement
    | call for ... support|backing|recognition|solidarity|endorsement
    | call on ... support|backing|recognition|solidarity|endorsement
    | call upon ... support|backing|recognition|solidarity|endorsement
    | appeal for ... support|backing|recognition|solidarity|endorsement
    | appeal to ... support|backing|recognition|solidarity|endorsement
    | ask ... support|backing|recognition|solidarity|endorsement
    | request ... support|backing|recognition|solidarity|endorsement
    | press for ... support|backing|recognition|solidarity|endorsement
    | push for ... support|backing|recognition|solidarity|endorsement
    | seek ... support|backing|recognition
0231 : urge ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | call for ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | call on ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | call upon ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | appeal for ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | appeal to ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | ask ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | request ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | press for ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | push for ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | seek ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
0232 : urge ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | call for ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | call on ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | call upon ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | appeal for ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | appeal to ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | ask ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | request ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | press for ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | push for ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | seek ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
0233 : urge ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | call for ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | call on ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | call upon ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | appeal for ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | appeal to ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | ask ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | request ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | press for ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | push for ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | seek ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine
0234 : urge ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | call for ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | call on ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | call upon ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | appeal for ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | appeal to ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | ask ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | request ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | press for ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | push for ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | seek ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
023 : urge ... aid|assistance|help | call for ... aid|assistance|help
    | call on ... aid|assistance|help | call upon ... aid|assistance|help
    | appeal for ... aid|assistance|help | appeal to ... aid|assistance|help
    | ask ... aid|assistance|help | request ... aid|assistance|help
    | press for ... aid|assistance|help | push for ... aid|assistance|help
    | seek ... aid|assistance|help
0241 : urge ... resignation|resign|ouster|removal|impeachment|election|abdication
    | call for ... resignation|resign|ouster|removal|impeachment|election|abdication
    | call on ... resignation|resign|ouster|removal|impeachment|election|abdication
    | call upon ... resignation|resign|ouster|removal|impeachment|election|abdication
    | appeal for ... resignation|resign|ouster|removal|impeachment|election|abdication
    | appeal to ... resignation|resign|ouster|removal|impeachment|election|abdication
    | ask ... resignation|resign|ouster|removal|impeachment|election|abdication
    | request ... resignation|resign|ouster|removal|impeachment|election|abdication
    | press for ... resignation|resign|ouster|removal|impeachment|election|abdication
    | push for ... resignation|resign|ouster|removal|impeachment|election|abdication
0242 : urge ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | call for ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | call on ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | call upon ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | appeal for ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | appeal to ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | ask ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | request ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | press for ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | push for ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
0243 : urge ... right|freedom|liberty|equality | call for ... right|freedom|liberty|equality
    | call on ... right|freedom|liberty|equality | call upon ... right|freedom|liberty|equality
    | appeal for ... right|freedom|liberty|equality
    | appeal to ... right|freedom|liberty|equality | ask ... right|freedom|liberty|equality
    | request ... right|freedom|liberty|equality | press for ... right|freedom|liberty|equality
    | push for ... right|freedom|liberty|equality
0244 : urge ... independence|autonomy|referendum|constitution|secession|self-determination
    | call for ... independence|autonomy|referendum|constitution|secession|self-determination
    | call on ... independence|autonomy|referendum|constitution|secession|self-determination
    | call upon ... independence|autonomy|referendum|constitution|secession|self-determination
    | appeal for ... independence|autonomy|referendum|constitution|secession|self-determination
    | appeal to ... independence|autonomy|referendum|constitution|secession|self-determination
    | ask ... independence|autonomy|referendum|constitution|secession|self-determination
    | request ... independence|autonomy|referendum|constitution|secession|self-determination
    | press for ... independence|autonomy|referendum|constitution|secession|self-determination
    | push for ... independence|autonomy|referendum|constitution|secession|self-determination
024 : urge ... reform|democracy|democratization|democratisation
    | call for ... reform|democracy|democratization|democratisation
    | call on ... reform|democracy|democratization|democratisation
    | call upon ... reform|democracy|democratization|democratisation
    | appeal for ... reform|democracy|democratization|democratisation
    | appeal to ... reform|democracy|democratization|democratisation
    | ask ... reform|democracy|democratization|democratisation
    | request ... reform|democracy|democratization|democratisation
    | press for ... reform|democracy|democratization|democratisation
    | push for ... reform|democracy|democratization|democratisation
0253 : urge ... release|releasing|freeing | call for ... release|releasing|freeing
    | call on ... release|releasing|freeing | call upon ... release|releasing|freeing
    | appeal for ... release|releasing|freeing | appeal to ... release|releasing|freeing
    | ask ... release|releasing|freeing | request ... release|releasing|freeing
    | press for ... release|releasing|freeing | push for ... release|releasing|freeing
0254 : urge ... lift|lifting|ease|easing
    | call for ... lift|lifting|ease|easing
    | call on ... lift|lifting|ease|easing
    | call upon ... lift|lifting|ease|easing
    | appeal for ... lift|lifting|ease|easing
    | appeal to ... lift|lifting|ease|easing
    | ask ... lift|lifting|ease|easing
    | request ... lift|lifting|ease|easing
    | press for ... lift|lifting|ease|easing
    | push for ... lift|lifting|ease|easing
0255 : urge ... access|observer|inspector|monitor|inspection
    | call for ... access|observer|inspector|monitor|inspection
    | call on ... access|observer|inspector|monitor|inspection
    | call upon ... access|observer|inspector|monitor|inspection
    | appeal for ... access|observer|inspector|monitor|inspection
    | appeal to ... access|observer|inspector|monitor|inspection
    | ask ... access|observer|inspector|monitor|inspection
    | request ... access|observer|inspector|monitor|inspection
    | press for ... access|observer|inspector|monitor|inspection
    | push for ... access|observer|inspector|monitor|inspection
0256 : urge ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | call for ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | call on ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | call upon ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | appeal for ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | appeal to ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | ask ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | request ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | press for ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | push for ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
025 : urge ... concession|compromise|flexibility|lifting|easing
    | call for ... concession|compromise|flexibility|lifting|easing
    | call on ... concession|compromise|flexibility|lifting|easing
    | call upon ... concession|compromise|flexibility|lifting|easing
    | appeal for ... concession|compromise|flexibility|lifting|easing
    | appeal to ... concession|compromise|flexibility|lifting|easing
    | ask ... concession|compromise|flexibility|lifting|easing
    | request ... concession|compromise|flexibility|lifting|easing
    | press for ... concession|compromise|flexibility|lifting|easing
    | push for ... concession|compromise|flexibility|lifting|easing
026 : urge ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | call for ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | call on ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | call upon ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | appeal for ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | appeal to ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | ask ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | request ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | press for ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | push for ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
027 : urge ... settlement|peace|solution|resolution|reconciliation
    | call for ... settlement|peace|solution|resolution|reconciliation
    | call on ... settlement|peace|solution|resolution|reconciliation
    | call upon ... settlement|peace|solution|resolution|reconciliation
    | appeal for ... settlement|peace|solution|resolution|reconciliation
    | appeal to ... settlement|peace|solution|resolution|reconciliation
    | ask ... settlement|peace|solution|resolution|reconciliation
    | request ... settlement|peace|solution|resolution|reconciliation
    | press for ... settlement|peace|solution|resolution|reconciliation
    | push for ... settlement|peace|solution|resolution|reconciliation
028 : urge ... mediation|mediator|mediate | call for ... mediation|mediator|mediate
    | call on ... mediation|mediator|mediate | call upon ... mediation|mediator|mediate
    | appeal for ... mediation|mediator|mediate | appeal to ... mediation|mediator|mediate
    | ask ... mediation|mediator|mediate | request ... mediation|mediator|mediate
    | press for ... mediation|mediator|mediate | push for ... mediation|mediator|mediate
# Residual appeals.
020 : urge | call for | call on | call upon | appeal to | appeal for | ask | request
    | plead with | implore | beseech | beg | press | press for | push for | lobby | suggest
    | propose | recommend | encourage | exhort | petition for

# ========================================================================================
# 03  EXPRESS INTENT TO COOPERATE
# ========================================================================================
# Offers, promises and agreements to do something later. "agree ... X" needs no "to":
# an object group already outranks the bare "agree to". Agreeing to or accepting a
# ceasefire is 0356; declaring, observing or implementing one is 0871 (root 08). "vow"
# is left out of the yield classes, where it usually announces the opposite.
0311 : promise ... trade|investment|commerce|investor|export|import
    | pledge ... trade|investment|commerce|investor|export|import
    | vow ... trade|investment|commerce|investor|export|import
    | offer ... trade|investment|commerce|investor|export|import
    | agree ... trade|investment|commerce|investor|export|import
    | commit ... trade|investment|commerce|investor|export|import
0312 : promise ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | pledge ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | vow ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | offer ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | agree ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | commit ... exercise|drill|maneuver|manoeuvre|wargame|war-game
0313 : promise ... extradition|extradite|handover | pledge ... extradition|extradite|handover
    | vow ... extradition|extradite|handover | offer ... extradition|extradite|handover
    | agree ... extradition|extradite|handover | commit ... extradition|extradite|handover
0314 : promise ... intelligence|information|evidence
    | pledge ... intelligence|information|evidence | vow ... intelligence|information|evidence
    | offer ... intelligence|information|evidence | agree ... intelligence|information|evidence
    | commit ... intelligence|information|evidence
032 : promise ... support|backing|recognition|solidarity|endorsement
    | pledge ... support|backing|recognition|solidarity|endorsement
    | vow ... support|backing|recognition|solidarity|endorsement
    | offer ... support|backing|recognition|solidarity|endorsement
    | agree ... support|backing|recognition|solidarity|endorsement
    | commit ... support|backing|recognition|solidarity|endorsement
    | reaffirm ... support|backing|solidarity|commitment
    | reiterate ... support|backing|solidarity|commitment | repeat ... support|backing|solidarity|commitment
0331 : promise ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | pledge ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | vow ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | offer ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | agree ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | commit ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | promise ... dollar|euro|million|billion | pledge ... dollar|euro|million|billion
    | offer ... dollar|euro|million|billion | commit ... dollar|euro|million|billion
0332 : promise ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | pledge ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | offer ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
0333 : promise ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | pledge ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | vow ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | offer ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | agree ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | commit ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
0334 : promise ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | pledge ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | vow ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | offer ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | agree ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | commit ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
033 : promise ... aid|assistance|help | pledge ... aid|assistance|help
    | vow ... aid|assistance|help | offer ... aid|assistance|help
    | agree ... aid|assistance|help | commit ... aid|assistance|help
0341 : promise ... resign|resignation|election|transition
    | pledge ... resign|resignation|election|transition
    | vow ... resign|resignation|election|transition
    | offer ... resign|resignation|election|transition
    | agree ... resign|resignation|election|transition
    | commit ... resign|resignation|election|transition
0342 : promise ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | pledge ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | vow ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | offer ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | agree ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | commit ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
0343 : promise ... right|freedom|liberty|equality | pledge ... right|freedom|liberty|equality
    | vow ... right|freedom|liberty|equality | offer ... right|freedom|liberty|equality
    | agree ... right|freedom|liberty|equality | commit ... right|freedom|liberty|equality
0344 : promise ... constitution|referendum|autonomy|democracy|democratization
    | pledge ... constitution|referendum|autonomy|democracy|democratization
    | vow ... constitution|referendum|autonomy|democracy|democratization
    | offer ... constitution|referendum|autonomy|democracy|democratization
    | agree ... constitution|referendum|autonomy|democracy|democratization
    | commit ... constitution|referendum|autonomy|democracy|democratization
034 : promise ... reform | pledge ... reform | vow ... reform | offer ... reform
    | agree ... reform | commit ... reform
0351 : promise ... curfew|censorship | pledge ... curfew|censorship
    | offer ... curfew|censorship | agree ... curfew|censorship
0353 : promise ... release|freeing|swap|prisoner|hostage|detainee
    | pledge ... release|freeing|swap|prisoner|hostage|detainee
    | offer ... release|freeing|swap|prisoner|hostage|detainee
    | agree ... release|freeing|swap|prisoner|hostage|detainee
0355 : promise ... access|observer|inspector|monitor|inspection
    | pledge ... access|observer|inspector|monitor|inspection
    | offer ... access|observer|inspector|monitor|inspection
    | agree ... access|observer|inspector|monitor|inspection
    | accept ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|observer|inspector|monitor|inspection
0356 : promise ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | pledge ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | offer ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | vow ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | commit ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | agree ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|de-escalation|demilitarization|disarmament|demobilization|halt
    | accept ... ceasefire|cease-fire|truce|armistice
035 : promise ... concession|compromise|lift|lifting|ease|easing|relax
    | pledge ... concession|compromise|lift|lifting|ease|easing|relax
    | offer ... concession|compromise|lift|lifting|ease|easing|relax
    | agree ... concession|compromise|lift|lifting|ease|easing|relax
036 : promise ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|visit
    | pledge ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|visit
    | vow ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|visit
    | offer ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|visit
    | agree ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|visit
    | commit ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|visit
    | accept ... invitation | invite
037 : promise ... settlement|peace|solution|resolution|reconciliation
    | pledge ... settlement|peace|solution|resolution|reconciliation
    | vow ... settlement|peace|solution|resolution|reconciliation
    | offer ... settlement|peace|solution|resolution|reconciliation
    | agree ... settlement|peace|solution|resolution|reconciliation
    | commit ... settlement|peace|solution|resolution|reconciliation
038 : accept ... mediation|mediator | agree ... mediation|mediator
039 : offer ... mediate|mediation|mediator | volunteer ... mediate|mediation|mediator
    | propose ... mediate|mediation|mediator | promise ... mediate|mediation|mediator
    | pledge ... mediate|mediation|mediator
# Residual intent.
030 : promise | pledge | vow | offer | agree | agree to | commit to | undertake | volunteer
    | assure | guarantee | express ... readiness|willingness|intent|intention|desire|interest
    | signal ... readiness|willingness|intent|intention|desire|interest
    | voice ... readiness|willingness|intent|intention|desire|interest
    | accept ... offer|proposal|plan|initiative|formula|roadmap|framework|blueprint

# ========================================================================================
# 04  CONSULT
# ========================================================================================
# "discuss" and "meet" are 040; talks and negotiations are 046 (usage note of 046).
041 : phone | telephone | call ... phone|telephone|telephonically
    | speak ... phone|telephone|telephonically|videoconference|video
    | talk ... phone|telephone|telephonically|videoconference|video
    | confer ... phone|telephone|telephonically|videoconference|video
    | hold ... call|phone|telephone|videoconference|video-conference|video | receive ... call
    | dial
042 : visit | travel to | arrive in | arrive | fly to | tour | head to | land in | leave for
    | depart for | pay ... visit | make ... visit|trip|tour
# Hosting is also the guest's visit (042 back from guest to host), as CAMEO pairs them.
043/042 : host | greet | play host
    | receive ... delegation|envoy|minister|president|visitor|counterpart|ambassador|delegate|premier|king|emir|guest|chancellor|secretary|leader
    | give ... welcome|reception | extend ... welcome|reception | accord ... welcome|reception
    | roll out ... carpet
044 : meet ... sideline | meet at ... summit|conference|forum|sideline
045 : mediate | broker | broker ... deal|ceasefire|truce|agreement|talks|accord|peace
    | facilitate ... talks|negotiation|dialogue | act ... mediator|go-between|intermediary
    | serve ... mediator|go-between|intermediary
    | undertake ... mediation | launch ... mediation | begin ... mediation
046 : negotiate | bargain | haggle | hold ... talks|negotiation|dialogue
    | resume ... talks|negotiation|dialogue | open ... talks|negotiation|dialogue
    | start ... talks|negotiation|dialogue | begin ... talks|negotiation|dialogue
    | launch ... talks|negotiation|dialogue | conduct ... talks|negotiation|dialogue
    | continue ... talks|negotiation|dialogue | enter ... talks|negotiation|dialogue
    | engage in ... talks|negotiation|dialogue | conclude ... talks|negotiation|dialogue
040 : consult | confer | discuss | talk with | talk | speak with | meet | meet with | convene
    | huddle | brief | sit down with | exchange ... view|opinion
    | hold ... consultation|meeting|discussion|summit

# ========================================================================================
# 05  ENGAGE IN DIPLOMATIC COOPERATION
# ========================================================================================
051 : praise | hail | commend | laud | applaud | welcome | endorse | back | support | approve
    | congratulate | thank | salute | compliment | acclaim | extol | appreciate | credit | honor
    | honour | bless | champion | embrace | stand by | stand with | side with | rally behind
    | express ... support|appreciation|gratitude|admiration|satisfaction|solidarity|backing
    | voice ... support|appreciation|gratitude|admiration|satisfaction|solidarity|backing
    | throw ... support|weight | pay ... tribute
    | welcome ... statement|decision|move|announcement|proposal|plan|initiative|step|agreement|deal|offer|resolution|result|outcome|effort|commitment|pledge|remark|speech|policy|appointment|ruling|verdict|progress|accord|news|willingness|readiness|gesture|overture|election|victory
# Welcoming a visitor is hosting (043). This entry comes after 051 so that "welcomed
# President X's statement" (both object lists match) stays 051.
043/042 : welcome ... delegation|envoy|minister|president|visitor|counterpart|ambassador|delegate|premier|king|emir|guest|chancellor|secretary|leader
052 : justify | vouch for | defend
    | defend ... decision|policy|move|action|stance|position|record|right|handling|plan|law|approach|strategy|choice|conduct|response|remark|comment
    | stand by ... decision|policy|move|remark|comment|statement|position
    | stick by ... decision|policy|move|remark|comment|statement|position
053 : rally ... support|backing | drum up ... support|backing | mobilize ... support|backing
    | mobilise ... support|backing | lobby ... support|backing | canvass ... support|backing
    | solicit ... support|backing
054 : recognize | recognise | establish ... relation|tie | grant ... recognition
055 : apologize | apologise | say sorry | express ... regret|remorse|contrition
    | voice ... regret|remorse|contrition | beg ... forgiveness|pardon
    | ask ... forgiveness|pardon | seek ... forgiveness|pardon
056 : forgive | reconcile with | accept ... apology
057 : ratify
    | sign ... agreement|treaty|deal|accord|pact|protocol|memorandum|MoU|contract|charter|declaration|convention|communique|document
    | conclude ... agreement|treaty|deal|accord|pact
    | finalize ... agreement|treaty|deal|accord|pact
    | finalise ... agreement|treaty|deal|accord|pact
    | seal ... agreement|treaty|deal|accord|pact | clinch ... agreement|treaty|deal|accord|pact
    | ink ... agreement|treaty|deal|accord|pact
    | hammer out ... agreement|treaty|deal|accord|pact
    | approve ... agreement|treaty|deal|accord|pact
    | initial ... agreement|treaty|deal|accord|pact
    | reach ... agreement|deal|accord|settlement|understanding|compromise|bargain
    | strike ... agreement|deal|accord|settlement|understanding|compromise|bargain
    | cut ... deal | adopt ... declaration|communique
# Residual 050: restoring and improving relations.
050 : cooperate | collaborate | coordinate | work with | work together | partner with | team up
    | normalize ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | normalise ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | restore ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | resume ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | improve ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | strengthen ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | deepen ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | boost ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | expand ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | upgrade ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | mend ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | rebuild ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | forge ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | cement ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | bolster ... relation|tie|cooperation|partnership|alliance|friendship|fence
    | reopen ... embassy|consulate
    | reinforce ... relation|tie|cooperation|partnership|alliance|friendship

# ========================================================================================
# 06  ENGAGE IN MATERIAL COOPERATION
# ========================================================================================
# Arms sales and purchases are military cooperation (062, usage note of 1012); arms given
# as aid are 072.
061 : trade | trade with | invest | invest in | export | import | sell | buy | purchase
    | finance | open ... market
    | supply ... oil|gas|fuel|energy|electricity|grain|wheat|crude|LNG
    | ship ... oil|gas|fuel|energy|electricity|grain|wheat|crude|LNG
    | deliver ... oil|gas|fuel|energy|electricity|grain|wheat|crude|LNG
# Exercises held together are military cooperation; one's own are a show of
# force (150, below).
062 : hold ... joint | conduct ... joint | stage ... joint | carry out ... joint | launch ... joint
    | take part ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | participate ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | join ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | buy ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | sell ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | purchase ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | acquire ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | import ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | export ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | order ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | procure ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|fighter|helicopter|warship|submarine|frigate|warplane
    | ally with
063 : extradite | hand over ... suspect|fugitive|accused
    | cooperate ... investigation|probe|inquiry
    | approve ... extradition|extradite|handover | authorize ... extradition|extradite|handover
    | authorise ... extradition|extradite|handover | order ... extradition|extradite|handover
064 : share ... intelligence|information|data|evidence|finding
    | exchange ... intelligence|information|data|evidence|finding
    | provide ... intelligence|information|data|evidence|finding
    | pass ... intelligence|information|data|evidence|finding
    | hand over ... intelligence|information|data|evidence|finding
060 : join forces | pool ... resource | share ... technology|expertise|know-how
    | exchange ... technology|expertise|know-how | transfer ... technology|expertise|know-how

# ========================================================================================
# 07  PROVIDE AID
# ========================================================================================
# Deliveries only; promises are 033. Specific lines come before the residual 070.
071 : donate | lend | loan | disburse | bail out
    | receive ... loan|credit|funding|financing|bailout|grant|donation
    | provide ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | give ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | send ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | extend ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | transfer ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | grant ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | approve ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt|budget|payment
    | write off ... debt | cancel ... debt | forgive ... debt | reschedule ... debt
    | allocate ... fund|money|funding|aid | release ... fund|money|tranche|funding
    | give ... million|billion|dollar|euro|$|€|£ | provide ... million|billion|dollar|euro|$|€|£
    | contribute ... million|billion|dollar|euro|$|€|£|fund|money|funding
    | hand over ... million|billion|dollar|euro|$|€|£ | allocate ... million|billion|dollar|euro|$|€|£
    | earmark ... million|billion|dollar|euro|$|€|£ | channel ... million|billion|dollar|euro|$|€|£
072 : arm
    | receive ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm
    | provide ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | give ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | send ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | deliver ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | ship ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | transfer ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | supply ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle|firearm|gun
    | train ... troop|soldier|force|army|police|officer|recruit|pilot|fighter|rebel|militia|commando
    | donate ... weapon|arms|weaponry|ammunition|firearm|gun|rifle
073 : evacuate | shelter | feed | rescue
    | receive ... food|medicine|medical|humanitarian|relief|tent|blanket|vaccine
    | provide ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | give ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | send ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | deliver ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | distribute ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | airdrop ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | ship ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | rush ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | dispatch ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | airlift ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | truck ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | take in ... refugee|migrant|displaced|survivor|asylum-seeker
    | accept ... refugee|migrant|displaced|survivor|asylum-seeker
    | host ... refugee|migrant|displaced|survivor|asylum-seeker
    | house ... refugee|migrant|displaced|survivor|asylum-seeker
    | resettle ... refugee|migrant|displaced|survivor|asylum-seeker
    | welcome ... refugee|migrant|displaced|survivor|asylum-seeker
    | hand over ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | donate ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|water
    | open ... border|frontier
074 : deploy ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | send ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | station ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | contribute ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | extend ... mandate | renew ... mandate | expand ... mandate
    | contribute ... troop|soldier|contingent|battalion|peacekeeper|peacekeeping|peace-keeper|peace-keeping
075 : grant ... asylum|refuge | give ... asylum|refuge | provide ... asylum|refuge
    | approve ... asylum|refuge
070 : aid | assist | help | supply | fund | provide ... aid|assistance|help|supplies|support
    | receive ... aid|assistance|supplies
    | give ... aid|assistance|help|supplies | send ... aid|assistance|help|supplies
    | deliver ... aid|assistance|help|supplies | extend ... aid|assistance|help|supplies
    | dispatch ... aid|assistance|help|supplies | ship ... aid|assistance|help|supplies
    | hand over ... aid|assistance|equipment|vehicle|ambulance|supplies|generator
    | fight ... epidemic|pandemic|outbreak|virus|disease|ebola|covid|covid-19|coronavirus|malaria|cholera|polio|poverty|hunger|famine|malnutrition

# ========================================================================================
# 08  YIELD
# ========================================================================================
# Actual concessions; promises of them are 035.
0811 : unblock | restore ... internet|access|website|broadcast
    | allow ... rally|protest|demonstration|gathering|assembly|criticism|media|press
    | lift ... censorship | reopen ... newspaper|station|channel|outlet
0812 : unban | legalize ... party|opposition|movement | legalise ... party|opposition|movement
    | reinstate ... party|candidate|politician | allow ... party|candidate|politician|opposition
0813 : lift ... curfew | ease ... curfew | relax ... curfew | end ... curfew
    | shorten ... curfew
0814 : lift ... emergency|martial | end ... emergency|martial | ease ... emergency|martial
    | revoke ... emergency|martial | repeal ... emergency|martial
081 : ease ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | lift ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | relax ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | loosen ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | rescind ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | revoke ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | scrap ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | waive ... restriction|ban|control|rule|measure|lockdown|regulation|order|decree|requirement
    | repeal | legalize | legalise | decriminalize | decriminalise
082 : call off ... protest|demonstration|march|rally|boycott|sit-in|walkout|campaign
    | suspend ... protest|demonstration|march|rally|boycott|sit-in|walkout|campaign
    | postpone ... protest|demonstration|march|rally|boycott|sit-in|walkout|campaign
    | cancel ... protest|demonstration|march|rally|boycott|sit-in|walkout|campaign
    | abandon ... protest|demonstration|march|rally|boycott|sit-in|walkout|campaign
    | call off ... strike | end ... protest|boycott|hunger|sit-in
0831 : resign | step down | quit | abdicate | stand down | step aside
    | hand over ... power|presidency|leadership|office|post
    | cede ... power|presidency|leadership|office|post
    | relinquish ... power|presidency|leadership|office|post
    | transfer ... power|presidency|leadership|office|post
    | give up ... power|presidency|leadership|office|post | concede ... defeat|election|race
    | leave ... office|power
0832 : change ... policy|course|stance
    | reverse ... decision|policy|course|ruling|order|move|plan
    | scrap ... plan|policy|law|bill|tax|project|program|programme|proposal
    | shelve ... plan|policy|law|bill|tax|project|program|programme|proposal
    | abandon ... plan|policy|law|bill|tax|project|program|programme|proposal
    | drop ... plan|policy|law|bill|tax|project|program|programme|proposal
    | withdraw ... bill|plan|proposal|decree|draft|legislation|nomination
    | freeze ... settlement|construction | halt ... settlement|construction
    | amend ... law|policy|bill|rule
0833 : enfranchise | emancipate | grant ... right|autonomy|citizenship|freedom
    | restore ... right|autonomy|citizenship|freedom
    | recognize ... right|autonomy|citizenship|freedom
    | recognise ... right|autonomy|citizenship|freedom
    | guarantee ... right|autonomy|citizenship|freedom | allow ... return|repatriation
0834 : democratize | democratise | amend ... constitution|charter
    | adopt ... constitution|charter | rewrite ... constitution|charter | enact ... reform
    | introduce ... democracy|multiparty
083 : accede to | comply with | meet ... demand|condition|term
    | satisfy ... demand|condition|term | accept ... demand|condition|term
    | agree ... demand|condition|term | grant ... demand|condition|term
    | heed ... demand|condition|term | bow to ... demand | heed ... call|appeal|warning
    | concede ... demand|condition|term | give in ... demand|pressure | yield ... demand|pressure
    | cave in ... demand|pressure
0841 : free | set ... free | let ... go | let ... free | pardon | commute | acquit | exonerate
    | release ... prisoner|hostage|detainee|captive|inmate|journalist|activist|dissident|soldier|sailor|fishermen|fisherman|crew|opposition|citizen|national|man|men|woman|women|people|child|children|abductee|student|protester|demonstrator|politician|priest|aid-worker
    | order ... release|freeing | grant ... amnesty|pardon|clemency|bail
    | exchange ... prisoner|captive|detainee|hostage|body
    | swap ... prisoner|captive|detainee|hostage|body
    | return ... prisoner|hostage|captive|detainee|abductee|crew|sailor|fishermen|soldier
    | hand over ... prisoner|hostage|captive|detainee|abductee|crew|sailor|fishermen|soldier
    | repatriate ... prisoner|hostage|captive|detainee|abductee|crew|sailor|fishermen|soldier
0842 : return ... property|land|asset|territory|artifact|artefact|vessel|ship|tanker|boat|plane|aircraft|equipment|cargo|shipment|painting|sculpture|statue|fossil|relic|antiquity|manuscript|artwork|treasure|skull
    | give back ... property|land|asset|territory|artifact|artefact|vessel|ship|tanker|boat|plane|aircraft|equipment|cargo|shipment|painting|sculpture|statue|fossil|relic|antiquity|manuscript|artwork|treasure|skull
    | hand back ... property|land|asset|territory|artifact|artefact|vessel|ship|tanker|boat|plane|aircraft|equipment|cargo|shipment|painting|sculpture|statue|fossil|relic|antiquity|manuscript|artwork|treasure|skull
    | release ... property|land|asset|territory|artifact|artefact|vessel|ship|tanker|boat|plane|aircraft|equipment|cargo|shipment|painting|sculpture|statue|fossil|relic|antiquity|manuscript|artwork|treasure|skull
    | repatriate ... artifact|artefact|painting|sculpture|statue|fossil|relic|antiquity|manuscript|artwork|treasure|skull
084 : release | hand back | give back | return ... body|remains | hand over ... body|remains
    | repatriate ... body|remains
085 : unfreeze | lift ... sanction|embargo|tariff|duty | ease ... sanction|embargo|tariff|duty
    | relax ... sanction|embargo|tariff|duty | suspend ... sanction|embargo|tariff|duty
    | waive ... sanction|embargo|tariff|duty | remove ... sanction|embargo|tariff|duty
    | end ... sanction|embargo|tariff|duty | roll back ... sanction|embargo|tariff|duty
    | lower ... sanction|embargo|tariff|duty | cut ... sanction|embargo|tariff|duty
    | lift ... boycott | ease ... boycott
0861 : allow ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | admit ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | permit ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | receive ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | let in ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
0862 : allow ... inspector|monitor|observer|inspection|investigator
    | admit ... inspector|monitor|observer|inspection|investigator
    | permit ... inspector|monitor|observer|inspection|investigator
    | receive ... inspector|monitor|observer|inspection|investigator
    | let in ... inspector|monitor|observer|inspection|investigator
    | grant ... inspector|monitor|observer|inspection|investigator
    | resume ... inspector|monitor|observer|inspection|investigator
0863 : allow ... aid|access|convoy|humanitarian|relief|agency|delivery
    | permit ... aid|access|convoy|humanitarian|relief|agency|delivery
    | let in ... aid|access|convoy|humanitarian|relief|agency|delivery
    | facilitate ... aid|access|convoy|humanitarian|relief|agency|delivery
    | grant ... access|passage | open ... crossing|corridor | reopen ... crossing|corridor
086 : allow ... journalist|foreigner|delegation|entry
    | admit ... journalist|foreigner|delegation|entry
    | permit ... journalist|foreigner|delegation|entry
    | let in ... journalist|foreigner|delegation|entry
0871 : declare ... ceasefire|cease-fire|truce|armistice
    | observe ... ceasefire|cease-fire|truce|armistice
    | announce ... ceasefire|cease-fire|truce|armistice
    | respect ... ceasefire|cease-fire|truce|armistice
    | extend ... ceasefire|cease-fire|truce|armistice
    | implement ... ceasefire|cease-fire|truce|armistice
    | sign ... ceasefire|cease-fire|truce|armistice
    | reach ... ceasefire|cease-fire|truce|armistice
    | call ... ceasefire|cease-fire|truce|armistice
    | honor ... ceasefire|cease-fire|truce|armistice
    | honour ... ceasefire|cease-fire|truce|armistice
    | uphold ... ceasefire|cease-fire|truce|armistice
    | maintain ... ceasefire|cease-fire|truce|armistice
    | restore ... ceasefire|cease-fire|truce|armistice | cease ... fire|hostilities|fighting
    | order ... ceasefire|cease-fire|truce
0872 : lift ... blockade|siege | ease ... blockade|siege | end ... blockade|siege
    | relax ... blockade|siege
0873 : demobilize | demobilise | disarm | demilitarize | demilitarise | disband | decommission
    | lay down ... weapon|arms|arsenal|gun | hand over ... weapon|arms|arsenal|gun
    | return ... weapon|arms|arsenal|gun
    | surrender ... weapon|arms|arsenal|gun | give up ... weapon|arms|arsenal|gun
    | turn in ... weapon|arms|arsenal|gun
    | dismantle ... arsenal|stockpile|warhead|reactor|centrifuge | destroy ... arsenal|stockpile
    | reduce ... troop|arsenal|warhead | cut ... troop|arsenal|warhead
0874 : retreat | surrender | pull out | pull back
    | withdraw ... troop|force|soldier|army|unit|military|tank|fighter|militant|presence|contingent|battalion|brigade
    | pull out ... troop|force|soldier|army|unit|military|tank|fighter|militant|presence|contingent|battalion|brigade
    | pull back ... troop|force|soldier|army|unit|military|tank|fighter|militant|presence|contingent|battalion|brigade
    | evacuate ... troop|force|soldier|army|unit|military|tank|fighter|militant|presence|contingent|battalion|brigade
    | withdraw from ... town|city|village|territory|area|region|base|position|front|border|zone|country
    | hand over ... control|territory|city|town|village|base|position|stronghold|area|outpost
    | cede ... control|territory|city|town|village|base|position|stronghold|area|outpost
    | abandon ... control|territory|city|town|village|base|position|stronghold|area|outpost
    | give up ... control|territory|city|town|village|base|position|stronghold|area|outpost
    | vacate ... control|territory|city|town|village|base|position|stronghold|area|outpost
    | order ... withdrawal|pullout
087 : withdraw | de-escalate | disengage
    | halt ... offensive|attack|fighting|operation|bombing|shelling|airstrike|hostilities|assault|advance|raid|strike|firing
    | stop ... offensive|attack|fighting|operation|bombing|shelling|airstrike|hostilities|assault|advance|raid|strike|firing
    | suspend ... offensive|attack|fighting|operation|bombing|shelling|airstrike|hostilities|assault|advance|raid|strike|firing
    | pause ... offensive|attack|fighting|operation|bombing|shelling|airstrike|hostilities|assault|advance|raid|strike|firing
    | end ... offensive|attack|fighting|operation|bombing|shelling|airstrike|hostilities|assault|advance|raid|strike|firing
    | scale back ... offensive|attack|fighting|operation|bombing|shelling|airstrike|hostilities|assault|advance|raid|strike|firing
    | ease ... tension|crisis|standoff | defuse ... tension|crisis|standoff
    | calm ... tension|crisis|standoff | reduce ... tension|crisis|standoff
# Residual 080.
080 : yield | give in | back down | relent | cave in | capitulate | compromise | acquiesce
    | back off | compensate | bow to | soften ... stance|position|tone|line
    | moderate ... stance|position|tone|line
    | drop ... demand|objection|opposition|claim|condition|precondition|veto|charge
    | make ... concession | pay ... compensation|reparation

# ========================================================================================
# 09  INVESTIGATE
# ========================================================================================
# Only investigations that are carried out. Object lists do not share words, so the
# war-crimes and military lines cannot lose a tie to the crime line.
094 : investigate ... war|atrocity|genocide|massacre | probe ... war|atrocity|genocide|massacre
    | look into ... war|atrocity|genocide|massacre
    | inquire into ... war|atrocity|genocide|massacre
    | enquire into ... war|atrocity|genocide|massacre
    | examine ... war|atrocity|genocide|massacre
092 : investigate ... abuse|torture|disappearance|rape|rights|persecution|discrimination
    | probe ... abuse|torture|disappearance|rape|rights|persecution|discrimination
    | look into ... abuse|torture|disappearance|rape|rights|persecution|discrimination
    | inquire into ... abuse|torture|disappearance|rape|rights|persecution|discrimination
    | enquire into ... abuse|torture|disappearance|rape|rights|persecution|discrimination
    | examine ... abuse|torture|disappearance|rape|rights|persecution|discrimination
    | document ... abuse|torture|disappearance|rape|rights|persecution|discrimination
093 : investigate ... airstrike|incursion|clash|raid|offensive|shelling|ceasefire|truce|downing|strike
    | probe ... airstrike|incursion|clash|raid|offensive|shelling|ceasefire|truce|downing|strike
    | look into ... airstrike|incursion|clash|raid|offensive|shelling|ceasefire|truce|downing|strike
    | inquire into ... airstrike|incursion|clash|raid|offensive|shelling|ceasefire|truce|downing|strike
    | enquire into ... airstrike|incursion|clash|raid|offensive|shelling|ceasefire|truce|downing|strike
    | examine ... airstrike|incursion|clash|raid|offensive|shelling|ceasefire|truce|downing|strike
091 : investigate ... murder|killing|corruption|fraud|bribery|embezzlement|graft|theft|smuggling|trafficking|laundering|scandal|death|shooting|bombing|attack|crash|kidnapping|abduction|case|allegation|leak
    | probe ... murder|killing|corruption|fraud|bribery|embezzlement|graft|theft|smuggling|trafficking|laundering|scandal|death|shooting|bombing|attack|crash|kidnapping|abduction|case|allegation|leak
    | look into ... murder|killing|corruption|fraud|bribery|embezzlement|graft|theft|smuggling|trafficking|laundering|scandal|death|shooting|bombing|attack|crash|kidnapping|abduction|case|allegation|leak
    | inquire into ... murder|killing|corruption|fraud|bribery|embezzlement|graft|theft|smuggling|trafficking|laundering|scandal|death|shooting|bombing|attack|crash|kidnapping|abduction|case|allegation|leak
    | enquire into ... murder|killing|corruption|fraud|bribery|embezzlement|graft|theft|smuggling|trafficking|laundering|scandal|death|shooting|bombing|attack|crash|kidnapping|abduction|case|allegation|leak
    | examine ... murder|killing|corruption|fraud|bribery|embezzlement|graft|theft|smuggling|trafficking|laundering|scandal|death|shooting|bombing|attack|crash|kidnapping|abduction|case|allegation|leak
    | question ... suspect|witness|detainee|official|officer|minister | summon ... questioning
    | interrogate | audit
# "inspect" needs an object: leaders "inspecting" troops or factories are not investigating.
090 : investigate | probe | look into | inquire into | enquire into | verify
    | inspect ... site|facility|plant|reactor|compliance|premises|stockpile
    | launch ... investigation|probe|inquiry|enquiry|inspection|audit
    | open ... investigation|probe|inquiry|enquiry|inspection|audit
    | order ... investigation|probe|inquiry|enquiry|inspection|audit
    | conduct ... investigation|probe|inquiry|enquiry|inspection|audit
    | carry out ... investigation|probe|inquiry|enquiry|inspection|audit
    | set up ... investigation|probe|inquiry|enquiry|inspection|audit
    | begin ... investigation|probe|inquiry|enquiry|inspection|audit
    | start ... investigation|probe|inquiry|enquiry|inspection|audit
    | uncover ... plot|cell|network|ring|scheme|conspiracy|cache|tunnel|gang|racket|syndicate|stash
    | unearth ... plot|cell|network|ring|scheme|conspiracy|cache|tunnel|gang|racket|syndicate|stash
    | discover ... plot|cell|network|ring|scheme|conspiracy|cache|tunnel|gang|racket|syndicate|stash
    | expose ... plot|cell|network|ring|scheme|conspiracy|cache|tunnel|gang|racket|syndicate|stash
    | foil ... plot|cell|network|ring|scheme|conspiracy|cache|tunnel|gang|racket|syndicate|stash
    | thwart ... plot|cell|network|ring|scheme|conspiracy|cache|tunnel|gang|racket|syndicate|stash
    | dispatch ... inspector|investigator | send ... inspector|investigator | deploy ... inspector|investigator
    | complete ... investigation|probe|inquiry|enquiry|inspection|audit
    | conclude ... investigation|probe|inquiry|enquiry|inspection|audit

# ========================================================================================
# 10  DEMAND
# ========================================================================================
# Demands are more forceful than appeals (usage note of 100). Ordering one's own side to
# do something is coded as the thing done: "order ... release" 0841, "order ... arrest"
# 173, "order ... withdrawal" 0874, "order ... attack" 190.
1011 : demand ... trade|investment|commerce|investor|export|import
    | insist on ... trade|investment|commerce|investor|export|import
    | push hard for ... trade|investment|commerce|investor|export|import | press hard for ... trade|investment|commerce|investor|export|import
1012 : demand ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | insist on ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | push hard for ... exercise|drill|maneuver|manoeuvre|wargame|war-game | press hard for ... exercise|drill|maneuver|manoeuvre|wargame|war-game
1013 : demand ... extradition|extradite|handover | insist on ... extradition|extradite|handover
    | push hard for ... extradition|extradite|handover | press hard for ... extradition|extradite|handover
1014 : demand ... intelligence|information|evidence|explanation|clarification|answer
    | insist on ... intelligence|information|evidence|explanation|clarification|answer
    | push hard for ... intelligence|information|evidence|explanation|clarification|answer | press hard for ... intelligence|information|evidence|explanation|clarification|answer
102 : demand ... support|backing|recognition|solidarity|endorsement
    | insist on ... support|backing|recognition|solidarity|endorsement
    | push hard for ... support|backing|recognition|solidarity|endorsement | press hard for ... support|backing|recognition|solidarity|endorsement
1031 : demand ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | insist on ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
    | push hard for ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt | press hard for ... loan|credit|funding|fund|money|financing|financial|bailout|grant|cash|donation|debt
1032 : demand ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | insist on ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | push hard for ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle | press hard for ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
1033 : demand ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | insist on ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | push hard for ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge | press hard for ... food|medicine|medical|humanitarian|shelter|relief|tent|blanket|vaccine|asylum|refuge
    | seek ... asylum|refuge|sanctuary | take ... refuge
1034 : demand ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | insist on ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
    | push hard for ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection | press hard for ... peacekeeper|peacekeeping|peace-keeper|peace-keeping|protection
103 : demand ... aid|assistance|help | insist on ... aid|assistance|help
    | push hard for ... aid|assistance|help | press hard for ... aid|assistance|help
1041 : demand ... resignation|resign|ouster|removal|impeachment|election|abdication
    | insist on ... resignation|resign|ouster|removal|impeachment|election|abdication
    | push hard for ... resignation|resign|ouster|removal|impeachment|election|abdication | press hard for ... resignation|resign|ouster|removal|impeachment|election|abdication
1042 : demand ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | insist on ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
    | push hard for ... reconsider|rethink|reverse|repeal|revise|overturn|scrap | press hard for ... reconsider|rethink|reverse|repeal|revise|overturn|scrap
1043 : demand ... right|freedom|liberty|equality | insist on ... right|freedom|liberty|equality
    | push hard for ... right|freedom|liberty|equality | press hard for ... right|freedom|liberty|equality
1044 : demand ... independence|autonomy|referendum|constitution|secession|self-determination
    | insist on ... independence|autonomy|referendum|constitution|secession|self-determination
    | push hard for ... independence|autonomy|referendum|constitution|secession|self-determination | press hard for ... independence|autonomy|referendum|constitution|secession|self-determination
104 : demand ... reform|democracy|democratization|democratisation
    | insist on ... reform|democracy|democratization|democratisation
    | push hard for ... reform|democracy|democratization|democratisation | press hard for ... reform|democracy|democratization|democratisation
1053 : demand ... release|releasing|freeing | insist on ... release|releasing|freeing
    | push hard for ... release|releasing|freeing | press hard for ... release|releasing|freeing
1054 : demand ... lift|lifting|ease|easing | insist on ... lift|lifting|ease|easing
1055 : demand ... access|observer|inspector|monitor|inspection
    | insist on ... access|observer|inspector|monitor|inspection
    | push hard for ... access|observer|inspector|monitor|inspection | press hard for ... access|observer|inspector|monitor|inspection
1056 : demand ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | insist on ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
    | push hard for ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt | press hard for ... ceasefire|cease-fire|truce|armistice|withdrawal|pullout|pull-out|restraint|calm|de-escalation|demilitarization|disarmament|demobilization|halt
105 : demand ... concession|compromise|flexibility|lifting|easing|compensation|reparation|apology
    | insist on ... concession|compromise|flexibility|lifting|easing|compensation|reparation|apology
    | push hard for ... concession|compromise|flexibility|lifting|easing|compensation|reparation|apology | press hard for ... concession|compromise|flexibility|lifting|easing|compensation|reparation|apology
106 : demand ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | insist on ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
    | push hard for ... talks|negotiation|negotiate|dialogue|meeting|meet|summit | press hard for ... talks|negotiation|negotiate|dialogue|meeting|meet|summit
107 : demand ... settlement|peace|solution|resolution|reconciliation
    | insist on ... settlement|peace|solution|resolution|reconciliation
    | push hard for ... settlement|peace|solution|resolution|reconciliation | press hard for ... settlement|peace|solution|resolution|reconciliation
108 : demand ... mediation|mediator|mediate | insist on ... mediation|mediator|mediate
    | push hard for ... mediation|mediator|mediate | press hard for ... mediation|mediator|mediate
100 : demand | insist on | order | instruct | require ... to
    | pressure | pressurize | pressurise | push hard for | press hard for | lean on
    | reiterate ... demand | repeat ... demand | renew ... demand

# ========================================================================================
# 11  DISAPPROVE
# ========================================================================================
1121 : accuse ... corruption|bribery|fraud|theft|murder|graft|embezzlement|smuggling|trafficking|laundering|kidnapping|terrorism
    | blame ... corruption|bribery|fraud|theft|murder|graft|embezzlement|smuggling|trafficking|laundering|kidnapping|terrorism
    | allege ... corruption|bribery|fraud|theft|murder|graft|embezzlement|smuggling|trafficking|laundering|kidnapping|terrorism
1122 : accuse ... abuse|torture|rights|repression|rape|persecution|discrimination|slavery|disappearance
    | blame ... abuse|torture|rights|repression|rape|persecution|discrimination|slavery|disappearance
    | allege ... abuse|torture|rights|repression|rape|persecution|discrimination|slavery|disappearance
1123 : accuse ... aggression|attack|incursion|invasion|provocation|shelling|violation|escalation|bombing|airstrike|strike|raid|hostilities|warmongering
    | blame ... aggression|attack|incursion|invasion|provocation|shelling|violation|escalation|bombing|airstrike|strike|raid|hostilities|warmongering
    | allege ... aggression|attack|incursion|invasion|provocation|shelling|violation|escalation|bombing|airstrike|strike|raid|hostilities|warmongering
1124 : accuse ... war|genocide|atrocity|massacre|cleansing
    | blame ... war|genocide|atrocity|massacre|cleansing
    | allege ... war|genocide|atrocity|massacre|cleansing
1125 : accuse ... spying|espionage|treason|spy|sabotage|hacking|cyberattack
    | blame ... spying|espionage|treason|spy|sabotage|hacking|cyberattack
    | allege ... spying|espionage|treason|spy|sabotage|hacking|cyberattack
111 : criticize | criticise | condemn | denounce | slam | blast | decry | deplore | censure
    | rebuke | chide | scold | assail | lambaste | lambast | excoriate | berate | castigate
    | lash out | hit out | round on | take aim | denigrate | deride | mock | ridicule | vilify
    | demonize | demonise | disparage | pillory | scorn | insult | defame | smear | brand | rap
    | fault | reproach | admonish | upbraid
112 : accuse | blame | allege | implicate | charge that | point ... finger
    | hold ... responsible|accountable
113 : lobby against | campaign against | rally ... opposition|pressure
    | mobilize ... opposition|pressure | mobilise ... opposition|pressure
    | urge ... isolate|isolation|sanction|ostracize|ostracise
    | call for ... isolate|isolation|sanction|ostracize|ostracise
    | call on ... isolate|isolation|sanction|ostracize|ostracise
114 : summon | complain to | protest to | petition
    | lodge ... complaint|protest|grievance|objection|demarche|démarche|petition
    | file ... complaint|protest|grievance|objection|demarche|démarche|petition
    | submit ... complaint|protest|grievance|objection|demarche|démarche|petition
    | send ... complaint|protest|grievance|objection|demarche|démarche|petition
    | issue ... complaint|protest|grievance|objection|demarche|démarche|petition
    | deliver ... complaint|protest|grievance|objection|demarche|démarche|petition
    | register ... complaint|protest|grievance|objection|demarche|démarche|petition
    | summon ... ambassador|envoy|diplomat|charge|chargé|attache|attaché|representative|consul|emissary
    | call in ... ambassador|envoy|diplomat|charge|chargé|attache|attaché|representative|consul|emissary
    | appeal ... ruling|verdict|decision|sentence|conviction|judgment|judgement
115 : sue | prosecute | indict | charge | litigate | impeach | arraign
    | file ... lawsuit|suit|case|charge|indictment|prosecution
    | bring ... lawsuit|suit|case|charge|indictment|prosecution | take ... court
    | haul ... court | drag ... court | press ... charge | put ... trial
116 : convict | fine | find ... guilty|liable | rule against | hold ... liable
# Residual 110.
110 : disapprove | object | object to | oppose | disagree | dispute | challenge | question
    | contest | complain | lament | regret | resent | bemoan | frown on | take issue with | snub
    | voice ... opposition|objection|displeasure|dissatisfaction|disapproval|discontent|anger|outrage|indignation|frustration|disappointment|dismay|unhappiness|reservation
    | express ... opposition|objection|displeasure|dissatisfaction|disapproval|discontent|anger|outrage|indignation|frustration|disappointment|dismay|unhappiness|reservation
    | raise ... opposition|objection|displeasure|dissatisfaction|disapproval|discontent|anger|outrage|indignation|frustration|disappointment|dismay|unhappiness|reservation

# ========================================================================================
# 12  REJECT
# ========================================================================================
1211 : reject ... trade|investment|import|export | refuse ... trade|investment|import|export
    | rule out ... trade|investment|import|export | turn down ... trade|investment|import|export
    | rebuff ... trade|investment|import|export
1212 : reject ... exercise|drill|maneuver|manoeuvre|wargame|war-game|alliance|base
    | refuse ... exercise|drill|maneuver|manoeuvre|wargame|war-game|alliance|base
    | rule out ... exercise|drill|maneuver|manoeuvre|wargame|war-game|alliance|base
    | turn down ... exercise|drill|maneuver|manoeuvre|wargame|war-game|alliance|base
    | rebuff ... exercise|drill|maneuver|manoeuvre|wargame|war-game|alliance|base
1213 : reject ... extradition|extradite|handover | refuse ... extradition|extradite|handover
    | rule out ... extradition|extradite|handover | turn down ... extradition|extradite|handover
    | rebuff ... extradition|extradite|handover
1214 : reject ... investigation|inquiry|probe|information|intelligence
    | refuse ... investigation|inquiry|probe|information|intelligence
    | rule out ... investigation|inquiry|probe|information|intelligence
    | turn down ... investigation|inquiry|probe|information|intelligence
    | rebuff ... investigation|inquiry|probe|information|intelligence
1221 : reject ... loan|credit|funding|bailout | refuse ... loan|credit|funding|bailout
    | rule out ... loan|credit|funding|bailout | turn down ... loan|credit|funding|bailout
    | rebuff ... loan|credit|funding|bailout
1222 : reject ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | refuse ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | rule out ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | turn down ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
    | rebuff ... weapon|arms|weaponry|ammunition|munition|missile|jet|tank|artillery|drone|howitzer|rifle
1223 : reject ... refugee|asylum|shelter|migrant | refuse ... refugee|asylum|shelter|migrant
    | rule out ... refugee|asylum|shelter|migrant | turn down ... refugee|asylum|shelter|migrant
    | rebuff ... refugee|asylum|shelter|migrant
1224 : reject ... protection | refuse ... protection | rule out ... protection
    | turn down ... protection | rebuff ... protection
122 : reject ... aid|assistance|help | refuse ... aid|assistance|help
    | rule out ... aid|assistance|help | turn down ... aid|assistance|help
    | rebuff ... aid|assistance|help
1231 : reject ... resign|resignation|step|quit|election
    | refuse ... resign|resignation|step|quit|election
    | rule out ... resign|resignation|step|quit|election
    | turn down ... resign|resignation|step|quit|election
    | rebuff ... resign|resignation|step|quit|election
    | decline ... resign|resignation|step|quit
1232 : reject ... change|reconsider|reverse|repeal|revise|scrap|backtrack
    | refuse ... change|reconsider|reverse|repeal|revise|scrap|backtrack
    | rule out ... change|reconsider|reverse|repeal|revise|scrap|backtrack
    | turn down ... change|reconsider|reverse|repeal|revise|scrap|backtrack
    | rebuff ... change|reconsider|reverse|repeal|revise|scrap|backtrack
1233 : reject ... right|freedom|liberty|equality | refuse ... right|freedom|liberty|equality
    | rule out ... right|freedom|liberty|equality | turn down ... right|freedom|liberty|equality
    | rebuff ... right|freedom|liberty|equality
1234 : reject ... independence|autonomy|referendum|constitution|secession|self-determination
    | refuse ... independence|autonomy|referendum|constitution|secession|self-determination
    | rule out ... independence|autonomy|referendum|constitution|secession|self-determination
    | turn down ... independence|autonomy|referendum|constitution|secession|self-determination
    | rebuff ... independence|autonomy|referendum|constitution|secession|self-determination
123 : reject ... reform|democracy|democratization|democratisation
    | refuse ... reform|democracy|democratization|democratisation
    | rule out ... reform|democracy|democratization|democratisation
    | turn down ... reform|democracy|democratization|democratisation
    | rebuff ... reform|democracy|democratization|democratisation
1241 : reject ... curfew|censorship|emergency|martial
    | refuse ... curfew|censorship|emergency|martial
    | rule out ... curfew|censorship|emergency|martial
    | turn down ... curfew|censorship|emergency|martial
    | rebuff ... curfew|censorship|emergency|martial
1243 : reject ... release|free|freeing|return|handback
    | refuse ... release|free|freeing|return|handback
    | rule out ... release|free|freeing|return|handback
    | turn down ... release|free|freeing|return|handback
    | rebuff ... release|free|freeing|return|handback
1244 : refuse ... sanction|embargo|tariff | rule out ... sanction|embargo|tariff
1245 : reject ... access|entry|inspector|observer|monitor|peacekeeper|peacekeeping|peace-keeper|peace-keeping|investigator
    | refuse ... access|entry|inspector|observer|monitor|peacekeeper|peacekeeping|peace-keeper|peace-keeping|investigator
    | rule out ... access|entry|inspector|observer|monitor|peacekeeper|peacekeeping|peace-keeper|peace-keeping|investigator
    | turn down ... access|entry|inspector|observer|monitor|peacekeeper|peacekeeping|peace-keeper|peace-keeping|investigator
    | rebuff ... access|entry|inspector|observer|monitor|peacekeeper|peacekeeping|peace-keeper|peace-keeping|investigator
    | deny ... access|entry|aid|convoy|delivery|inspector|investigator
    | block ... access|entry|aid|convoy|delivery|inspector|investigator
    | obstruct ... access|entry|aid|convoy|delivery|inspector|investigator
1246 : reject ... ceasefire|cease-fire|truce|armistice|withdraw|withdrawal|pullout|disarm|disarmament|demobilization|demobilize|stop|halt
    | refuse ... ceasefire|cease-fire|truce|armistice|withdraw|withdrawal|pullout|disarm|disarmament|demobilization|demobilize|stop|halt
    | rule out ... ceasefire|cease-fire|truce|armistice|withdraw|withdrawal|pullout|disarm|disarmament|demobilization|demobilize|stop|halt
    | turn down ... ceasefire|cease-fire|truce|armistice|withdraw|withdrawal|pullout|disarm|disarmament|demobilization|demobilize|stop|halt
    | rebuff ... ceasefire|cease-fire|truce|armistice|withdraw|withdrawal|pullout|disarm|disarmament|demobilization|demobilize|stop|halt
124 : reject ... demand|pressure|call|concession|compromise|ultimatum|yield|budge|bow|relent|back
    | refuse ... demand|pressure|call|concession|compromise|ultimatum|yield|budge|bow|relent|back
    | rule out ... demand|pressure|call|concession|compromise|ultimatum|yield|budge|bow|relent|back
    | turn down ... demand|pressure|call|concession|compromise|ultimatum|yield|budge|bow|relent|back
    | rebuff ... demand|pressure|call|concession|compromise|ultimatum|yield|budge|bow|relent|back
    | dismiss ... demand|call|pressure|appeal|request|ultimatum
    | resist ... demand|call|pressure|appeal|request|ultimatum
    | defy ... demand|call|pressure|appeal|request|ultimatum
125 : reject ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|invitation|visit
    | refuse ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|invitation|visit
    | rule out ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|invitation|visit
    | turn down ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|invitation|visit
    | rebuff ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|invitation|visit
    | boycott ... talks|negotiation|negotiate|dialogue|meeting|meet|summit|invitation|visit
126 : reject ... mediation|mediator|mediate | refuse ... mediation|mediator|mediate
    | rule out ... mediation|mediator|mediate | turn down ... mediation|mediator|mediate
    | rebuff ... mediation|mediator|mediate
    | oppose ... mediation|mediator
127 : reject ... peace|settlement|roadmap | refuse ... peace|settlement|roadmap
    | rule out ... peace|settlement|roadmap | turn down ... peace|settlement|roadmap
    | rebuff ... peace|settlement|roadmap
128 : defy | flout | disobey | rebel against | resist
    | violate ... law|rule|ban|curfew|order|sanction|embargo|resolution|norm|treaty|constitution|convention|obligation|ruling|warning|deadline
    | break ... law|rule|ban|curfew|order|sanction|embargo|resolution|norm|treaty|constitution|convention|obligation|ruling|warning|deadline
    | breach ... law|rule|ban|curfew|order|sanction|embargo|resolution|norm|treaty|constitution|convention|obligation|ruling|warning|deadline
    | ignore ... law|rule|ban|curfew|order|sanction|embargo|resolution|norm|treaty|constitution|convention|obligation|ruling|warning|deadline
    | evade ... sanction|embargo|ban|blockade | circumvent ... sanction|embargo|ban|blockade
    | bust ... sanction|embargo|ban|blockade
129 : veto | vote down | vote against | overrule
    | block ... resolution|bill|motion|measure|legislation|draft|nomination|appointment|amendment
    | strike down ... law|ban|decree|ruling|measure
# Residual 120.
120 : reject | refuse | decline | rebuff | spurn | turn down | repudiate | rule out
    | dismiss ... proposal|offer|plan|idea|initiative|proposition|overture
    | fail to reach ... agreement|deal|accord|consensus|compromise|settlement|understanding|breakthrough
    | renege | go back on | back out of
    | deny ... permission|request|application

# ========================================================================================
# 13  THREATEN
# ========================================================================================
# "warn" is a threat (130), as in Phoenix; CAMEO's note on 130 also treats conflictual
# acts in the future tense as threats, which the coder handles, not the lexicon.
1311 : threaten ... aid|assistance|funding|loan | warn ... aid|assistance|funding|loan
1312 : threaten ... sanction|embargo|tariff|blacklist
    | warn ... sanction|embargo|tariff|blacklist
1313 : threaten ... tie|relation|ambassador|envoy|diplomat|embassy|independence|secession
    | warn ... tie|relation|ambassador|envoy|diplomat|embassy|independence|secession
1323 : threaten ... curfew | warn ... curfew
1324 : threaten ... emergency|martial | warn ... emergency|martial
132 : threaten ... ban|restriction|censorship | warn ... ban|restriction|censorship
133 : threaten ... protest|demonstration|rally|boycott|walkout|sit-in|march|unrest|stoppage|shutdown
    | warn ... protest|demonstration|rally|boycott|walkout|sit-in|march|unrest|stoppage|shutdown
134 : threaten ... talks|negotiation|dialogue | warn ... talks|negotiation|dialogue
135 : threaten ... mediation|mediator | warn ... mediation|mediator
136 : threaten ... peacekeeper|observer|inspector|monitor
    | warn ... peacekeeper|observer|inspector|monitor
137 : threaten ... crackdown|arrest|jail|imprison|imprisonment|prosecution|prosecute|repression|detention|detain
    | warn ... crackdown|arrest|jail|imprison|imprisonment|prosecution|prosecute|repression|detention|detain
1381 : threaten ... blockade|siege | warn ... blockade|siege
1382 : threaten ... occupy|occupation|annex|annexation|seize|takeover
    | warn ... occupy|occupation|annex|annexation|seize|takeover
1383 : threaten ... terror|terrorist|suicide|hijack | warn ... terror|terrorist|suicide|hijack
1384 : threaten ... attack|invade|invasion|offensive|assault|incursion
    | warn ... attack|invade|invasion|offensive|assault|incursion
1385 : threaten ... nuclear|chemical|biological|atomic|genocide
    | warn ... nuclear|chemical|biological|atomic|genocide
138 : threaten ... force|military|war|strike|airstrike|missile|bomb|bombing|retaliation|retaliate|destroy|annihilate|obliterate|wipe|shoot|kill
    | warn ... force|military|war|strike|airstrike|missile|bomb|bombing|retaliation|retaliate|destroy|annihilate|obliterate|wipe|shoot|kill
    | vow ... revenge|retaliation|retaliate|avenge|crush|destroy|eliminate|annihilate|wipe|punish
    | declare ... war
139 : give ... ultimatum | issue ... ultimatum | deliver ... ultimatum | present ... ultimatum
    | set ... ultimatum
130 : threaten | warn | menace | caution | blackmail | issue ... threat|warning
    | make ... threat|warning | repeat ... threat|warning

# ========================================================================================
# 14  PROTEST
# ========================================================================================
# Hunger strikes (142) and strikes (143) come before demonstrations (141): "staged a hunger
# strike" must not fall to "stage ... protest". Bare "strike" is 190, see the header.
142 : go on ... hunger | stage ... hunger | begin ... hunger | launch ... hunger
    | start ... hunger | hold ... hunger | continue ... hunger | refuse ... food
143 : go on ... strike|stoppage|walkout|shutdown | stage ... strike|stoppage|walkout|shutdown
    | call ... strike|stoppage|walkout|shutdown | hold ... strike|stoppage|walkout|shutdown
    | walk out | down ... tool | boycott
    | stop work ... strike|protest|demand|wage|pay|pension|salary|condition | stop work | walk off ... job
144 : block | barricade | obstruct | stage ... sit-in | sit in
    | occupy ... building|square|office|parliament|campus|university|ministry|headquarters|factory|plant|mine
145 : riot | rampage | pelt | hurl ... stone|rock|molotov|petrol|firebomb|bottle|brick|egg|shoe
    | throw ... stone|rock|molotov|petrol|firebomb|bottle|brick|egg|shoe | clash with ... police
    | storm ... embassy|consulate|parliament|capitol|building|office|headquarters
1411 : protest ... resignation|resign|ouster|removal|overthrow|election|impeachment
    | demonstrate ... resignation|resign|ouster|removal|overthrow|election|impeachment
    | rally ... resignation|resign|ouster|removal|overthrow|election|impeachment
    | march ... resignation|resign|ouster|removal|overthrow|election|impeachment
1412 : protest ... law|bill|tax|price|austerity|cut|hike|policy|decision|measure|subsidy|pension|wage
    | demonstrate ... law|bill|tax|price|austerity|cut|hike|policy|decision|measure|subsidy|pension|wage
    | rally ... law|bill|tax|price|austerity|cut|hike|policy|decision|measure|subsidy|pension|wage
    | march ... law|bill|tax|price|austerity|cut|hike|policy|decision|measure|subsidy|pension|wage
1413 : protest ... right|freedom|liberty|equality|justice|discrimination
    | demonstrate ... right|freedom|liberty|equality|justice|discrimination
    | rally ... right|freedom|liberty|equality|justice|discrimination
    | march ... right|freedom|liberty|equality|justice|discrimination
1414 : protest ... independence|autonomy|democracy|regime|constitution|referendum|secession|self-rule
    | demonstrate ... independence|autonomy|democracy|regime|constitution|referendum|secession|self-rule
    | rally ... independence|autonomy|democracy|regime|constitution|referendum|secession|self-rule
    | march ... independence|autonomy|democracy|regime|constitution|referendum|secession|self-rule
141 : demonstrate | rally | march | picket | chant | protest against | take to ... street
    | stage ... protest|demonstration|rally|march | hold ... protest|demonstration|rally|march
    | organize ... protest|demonstration|rally|march
    | organise ... protest|demonstration|rally|march
    | join ... protest|demonstration|rally|march | lead ... protest|demonstration|rally|march
    | gather ... protest|demonstrate|rally | throng ... street|square
140 : protest | dissent
    | burn ... flag|effigy

# ========================================================================================
# 15  EXHIBIT FORCE POSTURE
# ========================================================================================
151 : heighten ... security|patrol|vigilance | tighten ... security|patrol|vigilance
    | step up ... security|patrol|vigilance | beef up ... security|patrol|vigilance
    | increase ... security|patrol|vigilance | boost ... security|patrol|vigilance
    | raise ... security|patrol|vigilance
    | order ... patrol
152 : put ... alert|readiness|standby | place ... alert|readiness|standby
    | raise ... alert|readiness|standby | heighten ... alert|readiness|standby
    | increase ... alert|readiness|standby | order ... alert|readiness|standby | go on ... alert
    | remain on ... alert|standby | stay on ... alert|standby | keep ... alert|standby
153 : deploy ... police|policeman|riot|gendarme|gendarmerie
    | send ... police|policeman|riot|gendarme|gendarmerie
    | dispatch ... police|policeman|riot|gendarme|gendarmerie
    | mobilize ... police|policeman|riot|gendarme|gendarmerie
    | mobilise ... police|policeman|riot|gendarme|gendarmerie
# "send" with a weapon noun (tanks, jets, missiles, artillery) stays 072, arms transfer:
# the 072 line comes first. Troops, warships and reinforcements are 154.
154 : reinforce | rearm
    | deploy ... troop|soldier|force|army|tank|warship|missile|jet|aircraft|reinforcement|battalion|brigade|division|unit|military|bomber|destroyer|carrier|submarine|artillery|marine|paratrooper
    | send ... troop|soldier|force|army|tank|warship|missile|jet|aircraft|reinforcement|battalion|brigade|division|unit|military|bomber|destroyer|carrier|submarine|artillery|marine|paratrooper
    | dispatch ... troop|soldier|force|army|tank|warship|missile|jet|aircraft|reinforcement|battalion|brigade|division|unit|military|bomber|destroyer|carrier|submarine|artillery|marine|paratrooper
    | move ... troop|soldier|force|army|tank|warship|missile|jet|aircraft|reinforcement|battalion|brigade|division|unit|military|bomber|destroyer|carrier|submarine|artillery|marine|paratrooper
    | station ... troop|soldier|force|army|tank|warship|missile|jet|aircraft|reinforcement|battalion|brigade|division|unit|military|bomber|destroyer|carrier|submarine|artillery|marine|paratrooper
    | position ... troop|soldier|force|army|tank|warship|missile|jet|aircraft|reinforcement|battalion|brigade|division|unit|military|bomber|destroyer|carrier|submarine|artillery|marine|paratrooper
    | mobilize ... troop|army|force|reservist|reserve|soldier|military|unit
    | mobilise ... troop|army|force|reservist|reserve|soldier|military|unit
    | call up ... troop|army|force|reservist|reserve|soldier|military|unit
    | mass ... troop|force|soldier|tank|military|presence|arsenal
    | amass ... troop|force|soldier|tank|military|presence|arsenal
    | build up ... troop|force|soldier|tank|military|presence|arsenal
    | boost ... troop|force|soldier|tank|military|presence|arsenal
    | expand ... troop|force|soldier|tank|military|presence|arsenal
    | increase ... troop|force|soldier|tank|military|presence|arsenal
    | strengthen ... troop|force|presence|garrison|contingent | bolster ... troop|force|presence|garrison|contingent
    | beef up ... troop|force|presence|garrison|contingent
    | intensify ... troop|force|presence|garrison|contingent
155 : build up ... cyber|cyberwarfare|hacker | mobilize ... cyber|cyberwarfare|hacker
    | mobilise ... cyber|cyberwarfare|hacker | expand ... cyber|cyberwarfare|hacker
    | create ... cyber|cyberwarfare|hacker | establish ... cyber|cyberwarfare|hacker
    | train ... hacker
150 : mobilize | mobilise | deploy | patrol | parade | overfly | test-fire | flex ... muscle
    | show ... force|strength | test ... missile|rocket|bomb|weapon|device|warhead|ICBM|nuclear
    | conduct ... test | launch ... test | carry out ... test
    | hold ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | conduct ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | stage ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | carry out ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | launch ... exercise|drill|maneuver|manoeuvre|wargame|war-game
    | buzz ... ship|warship|vessel|destroyer|aircraft|plane|jet|bomber|drone
    | shadow ... ship|warship|vessel|destroyer|aircraft|plane|jet|bomber|drone
    | intercept ... ship|warship|vessel|destroyer|aircraft|plane|jet|bomber|drone
    | scramble ... jet|fighter|aircraft|plane | violate ... airspace|waters|sovereignty|border

# ========================================================================================
# 16  REDUCE RELATIONS
# ========================================================================================
161 : sever | downgrade ... relation|tie|contact | cut ... relation|tie|contact
    | sever ... relation|tie|contact | break ... relation|tie|contact
    | break off ... relation|tie|contact | freeze ... relation|tie|contact
    | suspend ... relation|tie|contact
    | recall ... ambassador|envoy|diplomat|consul|charge|chargé|representative|attache|attaché
    | withdraw ... ambassador|envoy|diplomat|consul|charge|chargé|representative|attache|attaché
    | expel ... ambassador|envoy|diplomat|consul|charge|chargé|representative|attache|attaché
    | kick out ... ambassador|envoy|diplomat|consul|charge|chargé|representative|attache|attaché
    | close ... embassy|consulate|mission | shut ... embassy|consulate|mission
    | shut down ... embassy|consulate|mission | declare ... persona
    | cancel ... visit|meeting|summit|trip | postpone ... visit|meeting|summit|trip
    | call off ... visit|meeting|summit|trip | reduce ... staff
1621 : cut ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | suspend ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | halt ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | freeze ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | withhold ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | slash ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | stop ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | end ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | withdraw ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
    | cancel ... loan|credit|funding|grant|bailout|budget|subsidy|payment|financing
1622 : cut ... weapon|arms|ammunition|munition|weaponry
    | suspend ... weapon|arms|ammunition|munition|weaponry
    | halt ... weapon|arms|ammunition|munition|weaponry
    | freeze ... weapon|arms|ammunition|munition|weaponry
    | withhold ... weapon|arms|ammunition|munition|weaponry
    | slash ... weapon|arms|ammunition|munition|weaponry
    | stop ... weapon|arms|ammunition|munition|weaponry
    | end ... weapon|arms|ammunition|munition|weaponry
    | withdraw ... weapon|arms|ammunition|munition|weaponry
    | cancel ... weapon|arms|ammunition|munition|weaponry
1623 : cut ... food|humanitarian|relief|medical|medicine
    | suspend ... food|humanitarian|relief|medical|medicine
    | halt ... food|humanitarian|relief|medical|medicine
    | freeze ... food|humanitarian|relief|medical|medicine
    | withhold ... food|humanitarian|relief|medical|medicine
    | slash ... food|humanitarian|relief|medical|medicine
    | stop ... food|humanitarian|relief|medical|medicine
    | end ... food|humanitarian|relief|medical|medicine
    | withdraw ... food|humanitarian|relief|medical|medicine
    | cancel ... food|humanitarian|relief|medical|medicine
    | reduce ... food|humanitarian|relief|medical|medicine
162 : cut ... aid|assistance | suspend ... aid|assistance | halt ... aid|assistance
    | freeze ... aid|assistance | withhold ... aid|assistance | slash ... aid|assistance
    | stop ... aid|assistance | end ... aid|assistance | withdraw ... aid|assistance
    | cancel ... aid|assistance | reduce ... aid|assistance
163 : sanction | embargo | blacklist | impose ... sanction|embargo|tariff|boycott|duty
    | slap ... sanction|embargo|tariff|boycott|duty
    | levy ... sanction|embargo|tariff|boycott|duty
    | tighten ... sanction|embargo|tariff|boycott|duty
    | extend ... sanction|embargo|tariff|boycott|duty
    | expand ... sanction|embargo|tariff|boycott|duty
    | renew ... sanction|embargo|tariff|boycott|duty
    | raise ... sanction|embargo|tariff|boycott|duty | freeze ... asset|account|holding
    | ban ... import|export|trade|product|goods|flight|shipment|airline
    | halt ... import|export|trade|product|goods|flight|shipment|airline
    | restrict ... import|export|trade|product|goods|flight|shipment|airline
    | suspend ... import|export|trade|product|goods|flight|shipment|airline
    | stop ... import|export|trade|product|goods|flight|shipment|airline
    | boycott ... goods|product|import|brand
    | cut off ... trade|supply|supplies|oil|gas|energy|export
    | cut ... trade|supply|supplies|oil|gas|energy|export
164 : suspend ... talks|negotiation|dialogue | halt ... talks|negotiation|dialogue
    | break off ... talks|negotiation|dialogue | call off ... talks|negotiation|dialogue
    | end ... talks|negotiation|dialogue | freeze ... talks|negotiation|dialogue
    | abandon ... talks|negotiation|dialogue | quit ... talks|negotiation|dialogue
    | walk out of ... talks|negotiation|dialogue | pull out of ... talks|negotiation|dialogue
    | withdraw from ... talks|negotiation|dialogue | cancel ... talks|negotiation|dialogue
    | postpone ... talks|negotiation|dialogue | delay ... talks|negotiation|dialogue
    | scrap ... talks|negotiation|dialogue | leave ... talks|negotiation|dialogue
    | derail ... talks|negotiation|dialogue | torpedo ... talks|negotiation|dialogue
165 : halt ... mediation|mediator|mediating | end ... mediation|mediator|mediating
    | suspend ... mediation|mediator|mediating | abandon ... mediation|mediator|mediating
    | quit ... mediation|mediator|mediating | withdraw from ... mediation|mediator|mediating
    | stop ... mediation|mediator|mediating | pull out of ... mediation|mediator|mediating
1661 : expel ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | withdraw ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
    | pull out ... peacekeeper|peacekeeping|peace-keeper|peace-keeping | kick out ... peacekeeper|peacekeeping|peace-keeper|peace-keeping
1662 : expel ... inspector|observer|monitor|investigator
    | withdraw ... inspector|observer|monitor|investigator
    | pull out ... inspector|observer|monitor|investigator
    | kick out ... inspector|observer|monitor|investigator
1663 : expel ... aid|agency|NGO|charity|aid-group
    | kick out ... aid|agency|NGO|charity|aid-group
    | shut down ... aid|agency|NGO|charity|aid-group | ban ... aid|agency|NGO|charity|aid-group
166 : expel | kick out
# Residual 160: leaving treaties and organisations, cutting cooperation.
160 : shun | ostracize | ostracise | isolate | abrogate
    | suspend ... cooperation|membership|participation
    | freeze ... cooperation|membership|participation
    | quit ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | withdraw from ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | pull out of ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | leave ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | renounce ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | tear up ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | scrap ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | cancel ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | annul ... treaty|agreement|deal|accord|pact|convention|alliance|bloc|union|organization|organisation|council|court|forum
    | distance from
    | advise against ... travel|trip|visit|journey | suspend ... link | cut ... link | sever ... link

# ========================================================================================
# 17  COERCE
# ========================================================================================
1711 : confiscate | expropriate | nationalize | nationalise | impound | loot | plunder | ransack
    | raid | pillage | requisition | steal
    | seize ... asset|property|land|weapon|drug|cocaine|heroin|contraband|arms|document|passport|equipment|goods|money|cash|computer|phone|house|home|farm|livestock
1712 : destroy | demolish | bulldoze | raze | torch | vandalize | vandalise | sabotage | damage
    | wreck | flatten
    | burn ... house|home|village|building|church|mosque|school|car|vehicle|shop|store|office|crop|field|property|tyre|tire
    | set ... fire|ablaze|alight
171 : seize
1721 : censor | gag | muzzle
    | shut down ... newspaper|paper|station|channel|website|internet|network|outlet|broadcaster|broadcast|publication|site|twitter|facebook|youtube|whatsapp|telegram|app
    | close ... newspaper|paper|station|channel|website|internet|network|outlet|broadcaster|broadcast|publication|site|twitter|facebook|youtube|whatsapp|telegram|app
    | suspend ... newspaper|paper|station|channel|website|internet|network|outlet|broadcaster|broadcast|publication|site|twitter|facebook|youtube|whatsapp|telegram|app
    | block ... newspaper|paper|station|channel|website|internet|network|outlet|broadcaster|broadcast|publication|site|twitter|facebook|youtube|whatsapp|telegram|app
    | ban ... newspaper|paper|station|channel|website|internet|network|outlet|broadcaster|broadcast|publication|site|twitter|facebook|youtube|whatsapp|telegram|app
    | restrict ... freedom|speech|press|media|internet|assembly|movement|gathering|dissent
    | curb ... freedom|speech|press|media|internet|assembly|movement|gathering|dissent
    | curtail ... freedom|speech|press|media|internet|assembly|movement|gathering|dissent
    | ban ... protest|rally|demonstration|gathering|assembly|march|book|film | cut ... internet
    | cut off ... internet | shut off ... internet | jam ... broadcast|signal
1722 : disqualify | ban ... party|candidate|politician|opposition|movement|group
    | outlaw ... party|candidate|politician|opposition|movement|group
    | bar ... party|candidate|politician|opposition|movement|group
    | dissolve ... party|candidate|politician|opposition|movement|group
    | deregister ... party|candidate|politician|opposition|movement|group
1723 : impose ... curfew | declare ... curfew | extend ... curfew | order ... curfew
    | enforce ... curfew | reimpose ... curfew
1724 : declare ... emergency|martial | impose ... emergency|martial
    | extend ... emergency|martial | invoke ... emergency|martial
    | proclaim ... emergency|martial
172 : ban | prohibit | outlaw | bar | restrict | curb
    | impose ... restriction|ban|limit|control|censorship|rule|regulation|grip
    | tighten ... restriction|ban|limit|control|censorship|rule|regulation|grip
    | revoke ... license|licence|accreditation|citizenship|nationality|passport|visa|permit|credential|immunity
    | strip ... license|licence|accreditation|citizenship|nationality|passport|visa|permit|credential|immunity
    | suspend ... license|licence|accreditation|citizenship|nationality|passport|visa|permit|credential|immunity
    | cancel ... license|licence|accreditation|citizenship|nationality|passport|visa|permit|credential|immunity
    | deny ... visa|permit|passport
173 : arrest | detain | capture | round up | nab | apprehend | jail | imprison | incarcerate
    | lock up | remand | sentence | bust
    | catch ... suspect|smuggler|militant|thief|gang|fugitive|criminal|trafficker|spy
    | take ... custody|detention | hold ... custody|detention | keep ... custody|detention
    | place ... arrest|detention|custody | put ... arrest|detention|custody
    | dismantle ... cell|network|ring|gang|cartel | break up ... cell|network|ring|gang|cartel
    | smash ... cell|network|ring|gang|cartel | take ... prisoner | order ... arrest|detention
    | issue ... warrant | seize ... suspect|militant|fugitive
    | capture ... suspect|militant|fighter|rebel|soldier|commander|leader|gunman|smuggler|trafficker|fugitive|spy|member
174 : deport | banish | exile
    | expel ... journalist|correspondent|reporter|activist|national|migrant|foreigner|citizen|worker|individual|man|woman|suspect|dissident|student|cleric|missionary|refugee|asylum-seeker
    | kick out ... journalist|correspondent|reporter|activist|national|migrant|foreigner|citizen|worker|individual|man|woman|suspect|dissident|student|cleric|missionary|refugee|asylum-seeker
    | send back ... journalist|correspondent|reporter|activist|national|migrant|foreigner|citizen|worker|individual|man|woman|suspect|dissident|student|cleric|missionary|refugee|asylum-seeker
175 : crack down | clamp down | repress | suppress | quell | oppress | disperse | tear-gas
    | break up ... protest|demonstration|rally|crowd|march|sit-in|gathering|protester|demonstrator|uprising|dissent|rebellion|revolt|unrest
    | crush ... protest|demonstration|rally|crowd|march|sit-in|gathering|protester|demonstrator|uprising|dissent|rebellion|revolt|unrest
    | fire ... tear|teargas|tear-gas|water|baton|truncheon|pepper
    | use ... tear|teargas|tear-gas|water|baton|truncheon|pepper
    | beat ... protester|demonstrator|crowd|marcher|mourner
    | shoot ... protester|demonstrator|crowd|marcher|mourner
    | fire on ... protester|demonstrator|crowd|marcher|mourner
    | open fire ... protester|demonstrator|crowd|marcher|mourner
    | charge ... protester|demonstrator|crowd|marcher|mourner
    | attack ... protester|demonstrator|crowd|marcher|mourner
176 : hack | hack into
    | breach ... network|system|server|computer|account|email|database|website|site
    | infiltrate ... network|system|server|computer|account|email|database|website|site
    | deface ... network|system|server|computer|account|email|database|website|site
    | launch ... cyberattack|cyber-attack|cyber|hacking|hack
    | carry out ... cyberattack|cyber-attack|cyber|hacking|hack
    | conduct ... cyberattack|cyber-attack|cyber|hacking|hack
    | mount ... cyberattack|cyber-attack|cyber|hacking|hack
    | stage ... cyberattack|cyber-attack|cyber|hacking|hack
170 : coerce | intimidate | harass | persecute | evict | execute | bully | hound | subjugate
    | confine | terrorize | terrorise

# ========================================================================================
# 18  ASSAULT
# ========================================================================================
# Unconventional violence. The 4-digit bombing codes outrank 183 on their own objects.
1821 : rape | molest | gang-rape
1822 : torture | waterboard
1823 : lynch | beat ... death | torture ... death | stone ... death | club ... death
    | kick ... death | bludgeon ... death
# Light verbs with an event noun ("carried out a suicide bombing", "launched a terrorist
# attack") are left to [nouns]: a verb object that is only the modifier of a compound would
# leave the compound's head to fire a second, vaguer event.
1831 : blow himself up | blow herself up | blow themselves up
    | detonate ... vest|belt|himself|herself|themselves
1832 : car-bomb | detonate ... car|truck|vehicle|lorry
1833 : detonate ... roadside | plant ... roadside
1834 : plant ... bomb|explosive|device|IED
183 : blow up | detonate | set off ... bomb|explosive|device|IED|explosion
181 : abduct | kidnap | hijack | commandeer | take ... hostage|captive
    | hold ... hostage|captive | keep ... hostage|captive
    | seize ... hostage|ship|vessel|tanker|boat|plane|aircraft|bus|airliner|crew
182 : beat | punch | kick | whip | flog | lash | cane | manhandle | mistreat | maltreat | batter
    | slap | rough up | abuse ... prisoner|detainee|inmate|child|woman|worker|migrant|suspect|immigrant|refugee|civilian|minor|girl|boy|patient
184 : use ... shield
185 : try ... assassinate|assassination | attempt ... assassinate|assassination
186 : assassinate
    | kill ... leader|official|minister|president|governor|mayor|politician|lawmaker|cleric|scientist|judge|prosecutor|chief
180 : assault | stab | behead | decapitate | murder | poison | hack ... death|machete
    | throw ... grenade|acid | hurl ... grenade|acid | lob ... grenade|acid
    | attack ... knife|machete|axe|acid | overthrow | topple | depose | oust | stage ... coup
    | seize ... power

# ========================================================================================
# 19  FIGHT
# ========================================================================================
# Conventional force. "kill", "attack", "strike", "hit" and "target" are 190 unless
# an object names the weapon.
1951 : drop ... precision-guided|guided|smart | fire ... precision-guided|guided|smart
    | use ... precision-guided|guided|smart | launch ... precision-guided|guided|smart
1952 : launch ... drone|UAV|kamikaze | use ... drone|UAV|kamikaze
    | attack ... drone|UAV|kamikaze | strike ... drone|UAV|kamikaze | hit ... drone|UAV|kamikaze
    | target ... drone|UAV|kamikaze | fire ... drone|UAV|kamikaze
191 : blockade | besiege | encircle | surround | cordon off | seal off | lay ... siege
    | impose ... blockade|siege | tighten ... blockade|siege
    | close ... border|crossing|strait|airspace|port|checkpoint|pass|road
    | shut ... border|crossing|strait|airspace|port|checkpoint|pass|road
    | seal ... border|crossing|strait|airspace|port|checkpoint|pass|road
    | cut off ... road|route|city|town|area|corridor
192 : occupy | invade | annex | overrun | retake | recapture | advance into | push into
    | seize ... town|city|village|territory|area|region|province|district|base|airport|port|island|hill|border|crossing|checkpoint|stronghold|capital|control|oilfield|airbase|outpost|neighbourhood|neighborhood|suburb
    | capture ... town|city|village|territory|area|region|province|district|base|airport|port|island|hill|border|crossing|checkpoint|stronghold|capital|control|oilfield|airbase|outpost|neighbourhood|neighborhood|suburb
    | take over ... town|city|village|territory|area|region|province|district|base|airport|port|island|hill|border|crossing|checkpoint|stronghold|capital|control|oilfield|airbase|outpost|neighbourhood|neighborhood|suburb
    | enter ... town|city|village|territory|area|region|province|district|base|airport|port|island|hill|border|crossing|checkpoint|stronghold|capital|control|oilfield|airbase|outpost|neighbourhood|neighborhood|suburb
    | seize ... position | capture ... position | take ... control|territory|ground
    | gain ... control|territory|ground | wrest ... control|territory|ground
    | regain ... control|territory|ground | cross ... border|frontier|line
193 : open fire | shoot | shoot at | shoot dead | gun down | fire on | fire at | snipe
    | machine-gun | mortar
    | fire ... shot|bullet|round|rifle|gun|machine-gun|mortar|grenade|salvo
    | lay ... mine|landmine | plant ... mine|landmine | exchange ... fire|gunfire
    | trade ... fire|gunfire
194 : shell | bombard | pound | rocket | torpedo
    | fire ... rocket|missile|shell|artillery|howitzer|barrage|cannon|tank|projectile
    | launch ... rocket|missile|shell|artillery|howitzer|barrage|cannon|tank|projectile
    | lob ... rocket|missile|shell|artillery|howitzer|barrage|cannon|tank|projectile
    | rain ... rocket|missile|shell|artillery|howitzer|barrage|cannon|tank|projectile
    | unleash ... rocket|missile|shell|artillery|howitzer|barrage|cannon|tank|projectile
195 : bomb | strafe | carpet-bomb | carry out ... airstrike|air|sortie|air-strike|air-raid
    | conduct ... airstrike|air|sortie|air-strike|air-raid
    | launch ... airstrike|air|sortie|air-strike|air-raid
    | unleash ... airstrike|air|sortie|air-strike|air-raid
    | order ... airstrike|air|sortie|air-strike|air-raid | conduct ... bombing
    | fly ... sortie|mission|raid | drop ... bomb|barrel|munition|ordnance
    | attack ... airstrike|air-strike|warplane|bomber
    | hit ... airstrike|air-strike|warplane|bomber
    | strike ... airstrike|air-strike|warplane|bomber
    | pound ... airstrike|air-strike|warplane|bomber
    | target ... airstrike|air-strike|warplane|bomber
196 : violate ... ceasefire|cease-fire|truce|armistice|lull
    | break ... ceasefire|cease-fire|truce|armistice|lull
    | breach ... ceasefire|cease-fire|truce|armistice|lull
    | flout ... ceasefire|cease-fire|truce|armistice|lull
    | shatter ... ceasefire|cease-fire|truce|armistice|lull
    | end ... ceasefire|cease-fire|truce|armistice|lull
    | abandon ... ceasefire|cease-fire|truce|armistice|lull
    | resume ... fighting|hostilities|shelling|bombing|attack|offensive|airstrike|strike
190 : attack | fight | clash | clash with | battle | target | kill | wound | injure | hit
    | strike | ambush | storm | repel | repulse | counterattack | slay | eliminate | neutralize
    | neutralise | liquidate | advance on | shoot down
    | launch ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | mount ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | stage ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | conduct ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | carry out ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | order ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | step up ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | intensify ... attack|offensive|assault|operation|ambush|incursion|counteroffensive|counter-offensive
    | wage ... war|campaign|offensive|battle|jihad|insurgency|fighting|combat|front
    | engage in ... war|campaign|offensive|battle|jihad|insurgency|fighting|combat|front
    | open ... war|campaign|offensive|battle|jihad|insurgency|fighting|combat|front
    | engage ... militant|rebel|enemy|troop|force|insurgent|fighter
    | down ... drone|plane|jet|aircraft|helicopter|missile
    | destroy ... tank|aircraft|drone|position|base|launcher|target|missile|plane|jet|helicopter|vehicle|convoy|bunker

# ========================================================================================
# 20  USE UNCONVENTIONAL MASS VIOLENCE
# ========================================================================================
2041 : gas | use ... chemical|sarin|chlorine|mustard|nerve|biological|toxic|poison
    | fire ... chemical|sarin|chlorine|mustard|nerve|biological|toxic|poison
    | drop ... chemical|sarin|chlorine|mustard|nerve|biological|toxic|poison
    | launch ... chemical|sarin|chlorine|mustard|nerve|biological|toxic|poison
    | attack ... chemical|sarin|chlorine|mustard|nerve|biological|toxic|poison
2042 : nuke | detonate ... nuclear|atomic|thermonuclear | drop ... nuclear|atomic|thermonuclear
    | use ... nuclear|atomic|thermonuclear | launch ... nuclear|atomic|thermonuclear
    | explode ... nuclear|atomic|thermonuclear
201 : expel ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community
    | drive out ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community
    | deport ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community
    | displace ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community
    | uproot ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community
    | evict ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community
    | force out ... population|villager|resident|inhabitant|minority|civilian|family|thousand|million|people|community|refugee|hundred
    | force ... flee
202 : massacre | slaughter | exterminate | butcher | commit ... genocide|massacre|purge|pogrom
    | carry out ... genocide|massacre|purge|pogrom
    | perpetrate ... genocide|massacre|purge|pogrom
203 : cleanse | carry out ... cleansing | commit ... cleansing | perpetrate ... cleansing
200 : commit ... atrocity | carry out ... atrocity | perpetrate ... atrocity

[nouns]
# Nominal triggers, optionally ending in the preposition that introduces the target.
# The compiler pluralizes the last word before the preposition ("attack on" also matches
# "attacks on"), so singulars are written, except where only the plural is an event
# ("calls for", "demands for": "a call", "oil demand" are not).
# A noun fires even when its preposition does not follow (match_noun falls back to the
# noun's first code), so every noun here must name an event on its own. Nouns that are
# mostly something else are left to the verb patterns: aid, assistance, support,
# opposition, agreement, deal, trade, case, suit, demand, war, march (the month), riot,
# consultation ("recalled for consultations")
# (riot police), destruction (weapons of mass destruction), capture, execution, and
# strike (military and labour senses; "air strike", "missile strike", "general strike"
# and "hunger strike" are listed as compounds).
# Where a noun has several codes, a bare entry fixes its default ("protest" -> 140).

# ---- 01-03 statements, appeals, intent
012 : pessimism about | pessimism over
013 : optimism about | optimism over
016 : denial of
017 : vigil for | commemoration of | memorial service for | wreath-laying
018 : condolence to | condolences to | condolence message to | sympathy for | sympathy with
020 : appeal to | appeal for | calls for | plea to | plea for | request to | request for
023 : request for aid | request for assistance | appeal for aid | appeal for assistance
0233 : asylum request | asylum application | request for asylum | asylum claim
0256 : call for a ceasefire | call for calm | call for restraint
030 : offer to | offer of | pledge to | pledge of | promise to | promise of | commitment to
033 : aid pledge to | pledge of aid to
036 : invitation to | offer of talks
039 : offer of mediation | mediation offer

# ---- 04-05 consultation and diplomacy
040 : meeting with | discussion with | summit with | conversation with
    | meeting between | summit between
041 : phone call | telephone call | phone call with | phone call to | telephone call with | telephone call to
    | telephone conversation with | phone conversation with | phone talks with
    | telephone talks with | video call with | videoconference with | video conference with
042 : visit to | trip to | tour of | state visit to | official visit to | working visit to
    | arrival in | visit
045 : mediation between | mediation in | mediation efforts | shuttle diplomacy
    | mediation mission
046 : talks with | talks between | negotiation with | negotiations between | dialogue with
    | peace talks with | bargaining with | talks
050 : cooperation with | rapprochement with | partnership with | reconciliation with
    | normalization of relations with | normalisation of relations with
051 : praise for | endorsement of | backing for | backing of | tribute to
    | congratulations to | gratitude to | solidarity with
054 : recognition of | diplomatic recognition of
055 : apology to | apology for | apology over
057 : peace deal with | peace agreement with | peace treaty with | peace accord with
    | memorandum of understanding with | peace deal between | peace agreement between

# ---- 06-08 material cooperation, aid, yielding
061 : economic cooperation with | trade ties with | trade deal with | trade agreement with
    | free trade agreement with | trade pact with
062 : military cooperation with | defense cooperation with | defence cooperation with
    | security cooperation with | joint exercise with | military exercise with
    | military drill with | war game with | arms deal with | arms sale to | weapons sale to
    | arms purchase from | military alliance with
063 : extradition of | extradition to | judicial cooperation with
064 : intelligence sharing with | intelligence-sharing with | intelligence cooperation with
070 : aid package for | aid package to | aid delivery to | aid shipment to | aid convoy to
071 : loan to | financial aid to | economic aid to | financial assistance to
    | economic assistance to | bailout for | bailout of | debt relief for | credit line to
    | donation to
072 : military aid to | military assistance to | arms shipment to | weapons delivery to
    | arms supply to | military support for | military support to | arms delivery to
073 : humanitarian aid to | humanitarian aid for | humanitarian assistance to | food aid to
    | relief supplies to | medical aid to | emergency aid to | relief aid to
    | humanitarian convoy to
074 : deployment of peacekeepers to | deployment of peacekeepers in
075 : political asylum to | political asylum for | refugee status to
080 : concession to
0811 : easing of restrictions on
0813 : lifting of the curfew | lifting of curfew
010 : press release
0841 : release of | prisoner exchange with | prisoner swap with | amnesty for | pardon for
    | prisoner release
085 : sanctions relief for | lifting of sanctions on | easing of sanctions on
0863 : humanitarian access to | aid corridor to | humanitarian corridor to
0871 : ceasefire with | cease-fire with | truce with | armistice with | ceasefire between
    | truce between | ceasefire | cease-fire | truce
0873 : disarmament of | demobilization of
0874 : withdrawal from | pullout from | pull-out from | retreat from | troop withdrawal from
    | surrender to | withdrawal of troops from

# ---- 09-13 investigation, demands, disapproval, rejection, threats
090 : investigation into | investigation of | probe into | inquiry into | enquiry into
    | inspection of | investigations into
091 : criminal investigation into | corruption probe into | corruption investigation into
    | murder investigation into | criminal probe into
092 : human rights investigation into | rights probe into
093 : investigation into the airstrike | inquiry into the airstrike
094 : war crimes investigation into | war crimes probe into | war crimes inquiry into
100 : demands for | demands on
110 : objection to | disapproval of | displeasure with | dissatisfaction with
    | outrage over | anger over | anger at
111 : criticism of | condemnation of | denunciation of | rebuke of | censure of | criticism from
112 : accusation against | allegation against | blame on | accusation of | allegations against
114 : complaint to | complaint against | formal complaint | protest to | protest note to
    | note of protest to | formal protest to | petition to | petition against | demarche to
    | démarche to
115 : lawsuit against | charges against | legal action against | indictment of
    | indictment against | criminal charges against
116 : guilty verdict against | guilty verdict
120 : rejection of
128 : defiance of | violation of | breach of
129 : veto of | veto on | veto against
130 : threat to | threat against | warning to | threats against
1312 : threat of sanctions against | sanctions threat against
138 : threat of force against | military threat to | threat of military action against
    | threat of war with
139 : ultimatum to | ultimatum

# ---- 14-15 protest and force posture
140 : protest | protest against | protest over | protest at | dissent against
141 : demonstration against | rally against | demonstration outside | protest outside
    | protest rally against | protest march against | demonstration over | rally over
    | demonstration
142 : hunger strike against | hunger strike over | hunger strike
143 : general strike against | general strike | nationwide strike | labor strike
    | labour strike | work stoppage | walkout
144 : sit-in at | sit-in outside | sit-in | road blockade
145 : riots | rioting | unrest in
150 : military buildup near | military build-up near | troop buildup near | troop build-up near
    | show of force | missile test | nuclear test | military drill near | military exercise near
152 : high alert | state of alert | combat readiness
154 : troop deployment to | deployment of troops to | military deployment to | troop surge

# ---- 16-17 reducing relations, coercion
160 : suspension of air link with | suspension of flight to | suspension of air link
161 : expulsion of diplomats | diplomatic expulsion | severing of ties with
    | break in relations with | downgrading of relations with
162 : aid cut to | aid cuts to | suspension of aid to | aid freeze
163 : sanctions on | sanctions against | embargo on | embargo against | arms embargo on
    | tariffs on | trade ban on | import ban on | export ban on | economic sanctions on
    | oil embargo on | sanction on | blockade of goods
164 : suspension of talks with | breakdown of talks with | collapse of talks with
166 : expulsion of
170 : persecution of | intimidation of | harassment of | eviction of
1711 : seizure of | confiscation of | raid on | looting of | nationalization of
    | expropriation of | raids on
1712 : demolition of
172 : ban on | restrictions on | travel ban on
1721 : censorship of | crackdown on the media | media blackout | internet shutdown
1723 : curfew on | curfew in | curfew
1724 : state of emergency in | martial law in | state of emergency | martial law
173 : arrest of | detention of | imprisonment of | jailing of | sentencing of | arrest warrant for
    | arrest
174 : deportation of | deportations of
175 : crackdown on | crackdown against | clampdown on | repression of | suppression of
    | crackdown
176 : cyberattack on | cyber attack on | cyber-attack on | cyberattack against | hack of
    | hacking of | cyberattack

# ---- 18-20 violence
180 : terrorist attack on | terror attack on | terrorist attack against | coup against
    | coup attempt against | knife attack on | grenade attack on | acid attack on
    | stabbing of | terrorist attack | terror attack | coup | coup attempt
181 : kidnapping of | abduction of | hijacking of | hostage-taking | kidnapping | abduction
182 : beating of | mistreatment of | ill-treatment of
1821 : rape of | sexual assault on | sexual abuse of | sexual violence against
1822 : torture of
1823 : lynching of
183 : bomb attack on | bombing attack on | bomb blast | bomb attack | bombing
1831 : suicide attack on | suicide bombing of | suicide attack against | suicide bombing
    | suicide attack | suicide bomb
1832 : car bomb attack on | car bombing of | car bomb | car bombing | truck bomb | vehicle bomb
1833 : roadside bomb attack on | roadside bomb | roadside bombing | IED attack on | IED
184 : use of human shields | human shields
185 : assassination attempt on | assassination attempt against | attempt on the life of
    | attempted assassination of | assassination attempt | assassination plot against
186 : assassination of | targeted killing of | assassination
190 : attack on | attack against | assault on | offensive against | offensive on | offensive in
    | fighting with | fighting against | clash with | battle with | battle against
    | military action against | military operation against | military campaign against
    | incursion into | killing of | hostilities with | aggression against | ambush on
    | ambush of | fighting between | clash between | attack | clash | offensive
191 : blockade of | blockade on | blockade against | siege of | encirclement of | blockade
    | siege
192 : occupation of | invasion of | annexation of | seizure of control
193 : shooting of | gunfire on | sniper fire on | gun attack on | shootout with | firefight with
    | exchange of fire with | gunbattle with | gun battle with | mortar attack on | shooting
    | gunfire | firefight | gun battle
194 : shelling of | artillery fire on | artillery attack on | rocket attack on | rocket fire on
    | rocket fire at | rocket fire into | missile attack on | missile strike on | tank fire on
    | bombardment of | shelling | rocket attack | missile strike | missile attack
195 : airstrike on | air strike on | airstrike against | air strike against | air raid on
    | air attack on | aerial bombardment of | bombing raid on | bombing campaign against
    | aerial attack on | bombing of | air-strike on | airstrike | air strike | air raid
    | aerial bombardment
1951 : precision strike on | precision strikes on
1952 : drone strike on | drone attack on | drone strike against | drone attack against
    | drone strike | drone attack
196 : ceasefire violation | truce violation | violation of the ceasefire | breach of the ceasefire
    | ceasefire breach | violation of the truce
200 : atrocity against | atrocities against
201 : mass expulsion of | forced displacement of | mass deportation of
202 : massacre of | genocide against | genocide of | mass killing of | slaughter of
    | mass murder of | massacre | genocide
203 : ethnic cleansing of | ethnic cleansing against | ethnic cleansing
204 : attack with weapons of mass destruction
2041 : chemical attack on | chemical weapons attack on | gas attack on | sarin attack on
    | chlorine attack on | chemical attack
2042 : nuclear strike on | nuclear attack on | nuclear strike

[reporting]
# Verbs that introduce reported speech: their subject becomes `reported_by`, and the
# sentence is coded with them only when nothing else is. "announce" and "claim" are
# here because they mostly frame news; "claim responsibility" is a [verbs] pattern (015).
# Stance verbs (stress, reiterate ...) are 010 patterns in [verbs] instead.
say : say | tell | report | add | quote | cite | state | announce | claim | declare | write
    | explain | confirm | insist | assert | argue | contend | maintain | note | reveal
    | disclose | tweet | post | inform | recount | recall | indicate | observe | predict
    | estimate | mention | specify | answer | reply | respond | testify | describe | allege
    | acknowledge | concede

[inflections]
# Irregular forms of the lemmas used above (and "quitting", whose doubled t the regular
# generator does not produce). -s/-ed/-ing, -ies/-ied and -es forms are generated.
beat : beat | beaten
begin : began | begun
blow : blew | blown
break : broke | broken
bring : brought
build : built
burn : burnt
buy : bought
catch : caught
cut : cut
drive : drove | driven
feed : fed
fight : fought
find : found
fly : flew | flown
forgive : forgave | forgiven
freeze : froze | frozen
give : gave | given
go : went | gone
have : has | had
hit : hit
hold : held
keep : kept
lay : laid
lead : led
leave : left
lend : lent
let : let
light : lit
make : made
meet : met
overfly : overflew | overflown
overrun : overran
overthrow : overthrew | overthrown
pay : paid
put : put
quit : quit | quitting
rebuild : rebuilt
retake : retook | retaken
say : said
see : saw | seen
seek : sought
sell : sold
send : sent
set : set
shoot : shot
show : shown
shut : shut
sit : sat
slay : slew | slain
speak : spoke | spoken
stand : stood
steal : stole | stolen
stick : stuck
strike : struck | stricken
take : took | taken
tear : tore | torn
tell : told
throw : threw | thrown
undertake : undertook | undertaken
uphold : upheld
withdraw : withdrew | withdrawn
withhold : withheld
write : wrote | written
