//! The coder: Story → Sentences → Tokens → Mentions → Predicates → Events.

use sha2::{Digest, Sha256};

use dyad_lexicon::{Compiled, LexiconError, SentenceWords};
use dyad_text::{split_sentences, tokenize, CommaClauses, Offsets, Sentence, Tag, Tagger, Token};

use crate::amounts::find_amounts_in;
use crate::attribution::find_reporters;
use crate::dates::{find_dates_in, tokenize as date_tokens, DateMention, Granularity};
use crate::mentions::{find_mentions, Mention, MentionRules, StoryMemory};
use crate::obligations::{find_appeals, find_obligations};
use crate::predicates::{find_predicates, Mood, Predicate};
use crate::record::{
    ActorRecord, AmountRecord, EventCode, EventRecord, PlaceRecord, StoryResult, TriggerRecord,
};
use crate::roles::{assign, clause_end, Roles};
use crate::story::Story;

/// The version written into every record and hashed into every event id.
pub const CODER_VERSION: &str = concat!("dyad ", env!("CARGO_PKG_VERSION"));

/// Codes stories with a compiled lexicon. Cheap to share across threads.
pub struct Coder {
    lex: Compiled,
    tagger: &'static Tagger,
    /// Keep events whose trigger is negated, modal or planned (for debugging);
    /// they are never coded as accomplished acts.
    pub keep_irrealis: bool,
    /// Code every act as the act itself, whatever its mood, as PETRARCH and
    /// TABARI do with their dictionaries (whose own patterns handle negation
    /// and intent): no 03/13 intention or 12 refusal codes, nothing dropped.
    pub classic_mood: bool,
    /// Events need at least this many identified actors (0, 1 or 2). Default 1:
    /// an event with neither source nor target says little to an analyst.
    pub min_actors: u8,
    /// Place events with the offline gazetteer (on by default).
    pub geolocate: bool,
    /// Give country-less actors the country an event implies: police and
    /// courts act at home, sector actors belong where the event took place,
    /// force abroad aims at that country (on by default; the classic coders
    /// code only what the dictionaries name).
    pub infer_countries: bool,
    /// Where mentions are read the classic way.
    pub mention_rules: MentionRules,
    /// The classic coders' settings a suite may change from sentence to
    /// sentence (comma clauses, new actors); all off by default.
    pub suite: SuiteOptions,
    /// Code an infinitive complement or a subordinate clause after a coded
    /// verb ("urged Bree to help", "restored ties after crowds burned its
    /// embassy") as an event of its own (on by default; the classic coders
    /// fold it into the governing verb's event).
    pub code_complements: bool,
}

/// The classic coders' settings that their suites change from one sentence
/// to the next (PETRARCH's `comma_*` and `new_actor_length` option records).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SuiteOptions {
    /// Drop comma-delimited clauses of these lengths before coding
    /// (`--classic` sets PETRARCH's defaults).
    pub comma_clauses: Option<CommaClauses>,
    /// Code a noun phrase of at most this many words that names no known
    /// actor as a new actor, its code the phrase in capitals and quotes
    /// (`"THE MINISTRY OF MAGIC"`); 0: never.
    pub new_actor_length: usize,
}

/// Everything the coder derived from one sentence, for `--explain` style output.
#[derive(Debug, Clone)]
pub struct SentenceAnalysis {
    pub sentence: Sentence,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
    pub predicates: Vec<Predicate>,
}

impl Coder {
    pub fn new(lex: Compiled) -> Self {
        Coder {
            lex,
            tagger: Tagger::shipped(),
            keep_irrealis: false,
            classic_mood: false,
            min_actors: 1,
            geolocate: true,
            infer_countries: true,
            mention_rules: MentionRules::default(),
            suite: SuiteOptions::default(),
            code_complements: true,
        }
    }

    /// A coder with the lexicon shipped inside dyad.
    pub fn builtin() -> Result<Self, LexiconError> {
        Ok(Coder::new(Compiled::new(&dyad_lexicon::builtin()?)?))
    }

    pub fn lexicon(&self) -> &Compiled {
        &self.lex
    }

    /// Codes one story. Never panics on any text.
    pub fn code(&self, story: &Story) -> StoryResult {
        self.code_with(story, self.suite)
    }

    /// Codes one story with the given suite options instead of the coder's own
    /// (a classic suite's option records change them per sentence).
    pub fn code_with(&self, story: &Story, suite: SuiteOptions) -> StoryResult {
        let text = story.text.as_str();
        let offsets = Offsets::new(text);
        let sentences = split_sentences(text);
        let mut memory = StoryMemory::default();
        memory.date = Some(yyyymmdd(story.date));
        let mut events = Vec::new();
        let mut located: Vec<Located> = Vec::new();
        let has_discards = self.lex.has_discards();
        for s in &sentences {
            let before = events.len();
            let mut heads = Vec::new();
            let tokens = tokenize(text, s);
            // A lexicon's story discards (a classic dictionary's `+TYPHOON`):
            // such a story is not coded at all, whichever sentence names it; a
            // sentence discard skips its sentence.
            let ids = if has_discards {
                let ids = self.lex.word_ids_of(&tokens);
                match self.lex.discard(&ids) {
                    Some(true) => {
                        return StoryResult {
                            story_id: story.id.clone(),
                            sentences: sentences.len(),
                            events: Vec::new(),
                            sentence_spans: sentences,
                        }
                    }
                    Some(false) => continue,
                    None => Some(ids),
                }
            } else {
                None
            };
            if let Some(tokens) = self.code_sentence(
                story,
                s,
                tokens,
                ids,
                suite,
                &offsets,
                &mut memory,
                &mut events,
                &mut heads,
            ) {
                if events.len() > before {
                    located.push(Located {
                        tokens,
                        events: before..events.len(),
                        heads,
                    });
                }
            }
        }
        if self.geolocate && !located.is_empty() {
            self.locate(text, &offsets, &located, &mut events);
            if self.infer_countries {
                aim_at_place(&mut events);
                localize_agents(&mut events);
            }
        }
        if self.infer_countries {
            share_domestic_country(&mut events);
        }
        // Ids last, once actors are final; the story part of the hash once per story.
        let prefix = story_hash(story, &self.lex);
        for e in &mut events {
            e.event_id = event_id(&prefix, e);
        }
        StoryResult {
            story_id: story.id.clone(),
            sentences: sentences.len(),
            events,
            sentence_spans: sentences,
        }
    }

    /// Tokens, tags and mentions of a sentence (without memory of the story).
    pub fn analyze(&self, text: &str, sentence: Sentence) -> SentenceAnalysis {
        let mut tokens = tokenize(text, &sentence);
        self.tagger.tag(text, &mut tokens);
        let mut memory = StoryMemory::default();
        let ids = self.lex.word_ids_of(&tokens);
        let mentions = find_mentions(
            &self.lex,
            text,
            &tokens,
            &ids,
            &mut memory,
            self.mention_rules,
        );
        let predicates = find_predicates(&self.lex, &tokens, &ids, |i| clause_end(&tokens, i));
        SentenceAnalysis {
            sentence,
            tokens,
            mentions,
            predicates,
        }
    }

    /// Places every event of the story: one gazetteer context per story (its
    /// actors' countries, most frequent first, and its dateline), one place
    /// search per sentence with events.
    fn locate(
        &self,
        text: &str,
        offsets: &Offsets,
        located: &[Located],
        events: &mut [EventRecord],
    ) {
        let geo = dyad_geo::Geocoder::shipped();
        let mut counts: Vec<(String, usize)> = Vec::new();
        for e in events.iter() {
            for a in [&e.source, &e.target].into_iter().flatten() {
                if let Some(c) = &a.country {
                    match counts.iter_mut().find(|(k, _)| k == c) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((c.clone(), 1)),
                    }
                }
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let codes: Vec<&str> = counts.iter().map(|(c, _)| c.as_str()).collect();
        let ctx = geo.context(text, &codes);
        for l in located {
            let mentions = geo.places_in(text, &l.tokens, &ctx);
            for (k, &(head, clause_end)) in l.events.clone().zip(&l.heads) {
                events[k].place = geo
                    .event_place(&mentions, head, (0, clause_end), &ctx)
                    .map(|p| PlaceRecord::from_place(p, |b| offsets.char_offset(b)));
            }
        }
    }

    /// Codes one sentence into `events`; `heads` receives each new event's
    /// trigger token and clause end. `ids` are the tokens' word ids when the
    /// discard check has looked them up. Returns the sentence's tokens when it may
    /// have produced events (for geolocation).
    #[allow(clippy::too_many_arguments)]
    fn code_sentence(
        &self,
        story: &Story,
        s: &Sentence,
        mut tokens: Vec<Token>,
        ids: Option<SentenceWords>,
        suite: SuiteOptions,
        offsets: &Offsets,
        memory: &mut StoryMemory,
        events: &mut Vec<EventRecord>,
        heads: &mut Vec<(usize, usize)>,
    ) -> Option<Vec<Token>> {
        let text = story.text.as_str();
        // Empty: not coded (discarded sentences never come here).
        if tokens.is_empty() {
            return None;
        }
        self.tagger.tag(text, &mut tokens);
        if let Some(c) = suite.comma_clauses {
            c.drop_from(&mut tokens);
            if tokens.is_empty() {
                return None;
            }
        }
        let rules = MentionRules {
            new_actor_length: suite.new_actor_length,
            ..self.mention_rules
        };
        let ids = match ids {
            Some(ids) if suite.comma_clauses.is_none() => ids,
            _ => self.lex.word_ids_of(&tokens),
        };
        let mentions = find_mentions(&self.lex, text, &tokens, &ids, memory, rules);
        let predicates = find_predicates(&self.lex, &tokens, &ids, |i| clause_end(&tokens, i));
        let mut obligations = find_obligations(&self.lex, &tokens, &mentions, &predicates);
        obligations.extend(find_appeals(&tokens, &mentions, &predicates));
        if predicates.is_empty() && obligations.is_empty() {
            return None;
        }
        let mut roles: Vec<Roles> = Vec::with_capacity(predicates.len());
        let mut drafts: Vec<Draft> = Vec::new();
        // The root each predicate was coded with as a stated intention (its
        // governor's own generic event of that root is then redundant).
        let mut intent_coded: Vec<Option<String>> = vec![None; predicates.len()];
        for (pi, p) in predicates.iter().enumerate() {
            let r = assign(&tokens, &mentions, &predicates, pi, &roles);
            roles.push(r.clone());
            // Stated intentions are coded as what they are (CAMEO 03 or 13);
            // negated, possible, plotted or secretly planned acts are not coded.
            // A state's plan is public policy ("Greece plans to impose
            // restrictions"); a group's plan is a plot, not a threat.
            let state_source = r
                .sources
                .first()
                .is_some_and(|&i| is_state_actor(&mentions[i]));
            // A pattern for coordinated subjects only (`% agree`) yields, for a
            // single subject, to the best pattern without that condition.
            let compound = r.sources.iter().enumerate().any(|(k, &a)| {
                r.sources[..k]
                    .iter()
                    .any(|&b| !crate::mentions::same_span(&mentions[a], &mentions[b]))
            });
            let pattern_code = match &p.single_subject {
                Some(single) if !compound => match single {
                    Some(c) => c.as_str(),
                    None => continue,
                },
                _ => p.code.as_str(),
            };
            // A pattern may pair its code with the target's act towards the
            // source (`032/033`: a visit is also a hosting).
            let (own_code, paired) = dyad_lexicon::split_paired(pattern_code);
            let code = match p.irrealis {
                None => Some(own_code),
                _ if self.classic_mood => Some(own_code),
                Some(Mood::Intent { announced }) => {
                    intent_code(own_code, announced || state_source)
                }
                Some(Mood::Refused) => refusal_code(own_code, &tokens[p.head].lower),
                Some(_) => None,
            };
            if matches!(p.irrealis, Some(Mood::Intent { .. })) {
                intent_coded[pi] = code.and_then(|c| c.get(..2)).map(str::to_string);
            }
            let code = match (code, self.keep_irrealis) {
                (Some(c), _) => c,
                (None, true) => own_code,
                (None, false) => continue,
            };
            // Governments and armed forces protest in words, not in the street:
            // CAMEO codes a state's "protest" as an official complaint (114).
            let code = if code.starts_with("14")
                && r.sources
                    .first()
                    .is_some_and(|&i| is_state_actor(&mentions[i]))
                && tokens[p.head].lower.starts_with("protest")
            {
                "114"
            } else {
                code
            };
            // "The rebels claimed that they had attacked the base": a claim of
            // responsibility (015), as CAMEO codes it, by the claimer.
            let code = if matches!(code.get(..2), Some("18" | "19" | "20"))
                && claimed(&tokens, p.group_start)
            {
                "015"
            } else {
                code
            };
            // dyad's lexicon parser validated its codes; a classic dictionary's
            // own codes (`075A`) pass through as written.
            // A "bombing" by military munitions is conventional military force:
            // "the airliner was blown up by a surface-to-air missile".
            let code = if code.starts_with("183") {
                military_munition(&tokens, p.end, clause_end(&tokens, p.head)).unwrap_or(code)
            } else {
                code
            };
            // Demonstrators who destroy, assault or fight are rioting (145), as
            // CAMEO codes violent protest: "the building was demolished by protesters".
            let code = if matches!(code.get(..2), Some("17" | "18" | "19"))
                && r.sources
                    .first()
                    .is_some_and(|&i| is_demonstrator(text, &tokens, &mentions[i]))
            {
                "145"
            } else {
                code
            };
            // A paired-only pattern (`/173`, a classic `[:173]`) codes just the
            // target's act back to the source.
            let cameo = EventCode::of(code);
            if cameo.is_none() && !(own_code.is_empty() && paired.is_some()) {
                continue;
            }
            let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
            match (r.sources.is_empty(), r.targets.is_empty()) {
                (false, false) => {
                    for &a in &r.sources {
                        for &b in &r.targets {
                            pairs.push((Some(a), Some(b)));
                        }
                    }
                }
                // A classic dictionary says which verbs take partners
                // (`% agree`); others code nothing without a target.
                (false, true)
                    if r.sources.len() > 1
                        && !(self.classic_mood && p.single_subject.is_none()) =>
                {
                    // "Brazil and the United States agreed…": reciprocal.
                    // One actor's several codes are not partners of each other.
                    for &a in &r.sources {
                        for &b in &r.sources {
                            if a != b && !crate::mentions::same_span(&mentions[a], &mentions[b]) {
                                pairs.push((Some(a), Some(b)));
                            }
                        }
                    }
                }
                (false, true) => pairs.push((Some(r.sources[0]), None)),
                // A passive without its agent ("the men were arrested"): the act is
                // known, the actor is not. An active verb whose subject was not
                // found is a parse we do not trust: not coded.
                (true, false) if p.passive => {
                    for &b in &r.targets {
                        pairs.push((None, Some(b)));
                    }
                }
                // With `min_actors == 0` the act is still reported, without actors.
                _ if self.min_actors == 0 => pairs.push((None, None)),
                _ => {}
            }
            // The paired act, when the pattern's own code was coded as it is.
            let paired = paired
                .filter(|_| code == own_code)
                .and_then(EventCode::of)
                .map(|c| {
                    let back: Vec<_> = pairs
                        .iter()
                        .filter_map(|&(a, b)| Some((Some(b?), Some(a?))))
                        .collect();
                    (c, back)
                })
                .filter(|(_, back)| !back.is_empty());
            // The act itself, then the target's paired act back, if any.
            for (cameo, pairs) in cameo.map(|c| (c, pairs)).into_iter().chain(paired) {
                drafts.push(Draft {
                    first: p.first,
                    end: p.end.max(p.first + 1),
                    head: p.head,
                    cameo,
                    pairs,
                    predicate: Some(pi),
                });
            }
        }
        // "pledged to send aid", "threatened to shell the towns": one stated
        // intention, coded from its complement; the governor's generic 030 or
        // 130 is dropped when the complement says the same more precisely.
        drafts.retain(|d| {
            let Some(g) = d.predicate else { return true };
            if !matches!(d.cameo.code.as_str(), "030" | "130") {
                return true;
            }
            !predicates.iter().enumerate().any(|(j, q)| {
                j > g
                    && intent_coded[j].as_deref() == Some(d.cameo.root.as_str())
                    && q.group_start >= predicates[g].end
                    && q.group_start <= predicates[g].end + 1
            })
        });
        // The classic coders read an infinitive complement ("urged Bree to
        // help", "abandoned efforts to stop the parade") and a subordinate
        // clause ("restore ties … years after crowds burned down its embassy")
        // as part of the event of the verb that governs them, not as events
        // of their own.
        if !self.code_complements {
            let coded: Vec<usize> = drafts.iter().filter_map(|d| d.predicate).collect();
            drafts.retain(|d| {
                let Some(k) = d.predicate else { return true };
                let governed = is_complement(&tokens, predicates[k].group_start);
                !(governed && coded.iter().any(|&j| j < k))
            });
        }
        for o in obligations {
            if let Some(cameo) = EventCode::of(o.code) {
                drafts.push(Draft {
                    first: o.verb,
                    end: o.verb + 1,
                    head: o.verb,
                    cameo,
                    pairs: vec![(Some(o.source), Some(o.target))],
                    predicate: None,
                });
            }
        }
        // Nothing with enough actors to code: no dates, amounts or reporters needed.
        let min_actors = usize::from(self.min_actors);
        if !drafts.iter().any(|d| {
            d.pairs
                .iter()
                .any(|(a, b)| usize::from(a.is_some()) + usize::from(b.is_some()) >= min_actors)
        }) {
            return Some(tokens);
        }
        drafts.sort_by_key(|d| d.head);
        // Dates, amounts and reporters, once the sentence has something to code.
        let sentence_text = s.text(text);
        // One tokenization for both.
        let date_toks = date_tokens(sentence_text);
        let dates = find_dates_in(sentence_text, &date_toks, story.date);
        let date_spans: Vec<(usize, usize)> = dates.iter().map(|m| (m.start, m.end)).collect();
        let amounts: Vec<AmountRecord> = find_amounts_in(sentence_text, &date_toks, &date_spans)
            .iter()
            .map(|a| AmountRecord::from_amount(a, |b| offsets.char_offset(s.start + b)))
            .collect();
        let trigger_heads: Vec<usize> = predicates.iter().map(|p| p.head).collect();
        let reporters: Vec<String> = find_reporters(&self.lex, &tokens, &trigger_heads)
            .iter()
            .map(|r| text[tokens[r.first].start..tokens[r.end - 1].end].to_string())
            .collect();
        let mut first_subject: Option<Mention> = None;
        let sentence_first_event = events.len();
        for d in drafts {
            let cameo = d.cameo;
            // Coordinated actors of one trigger are separate events ("four
            // children and a man were killed"); other triggers may repeat them.
            let draft_first_event = events.len();
            let (date, granularity, date_text) = event_date(&dates, &tokens, s, d.head, story);
            let trigger_start = tokens[d.first].start;
            let trigger_end = tokens[d.end - 1].end;
            let actor = |i: usize| actor_record(text, offsets, &tokens, &mentions[i]);
            for (a, b) in d.pairs {
                if usize::from(a.is_some()) + usize::from(b.is_some())
                    < usize::from(self.min_actors)
                {
                    continue;
                }
                let source = a.map(actor);
                let target = b.map(actor);
                if let (Some(x), Some(y)) = (&source, &target) {
                    if x.code == y.code {
                        continue;
                    }
                }
                // One sentence reports one act once: "threatened to break off
                // relations" is one threat, not two.
                let code_of = |a: &Option<ActorRecord>| a.as_ref().map(|a| a.code.clone());
                let (sc, tc) = (code_of(&source), code_of(&target));
                // A classic coder also codes each (source, target, code) once
                // per sentence, however many mentions repeat it.
                let upto = if self.classic_mood {
                    events.len()
                } else {
                    draft_first_event
                };
                if events[sentence_first_event..upto].iter().any(|e| {
                    e.cameo_root == cameo.root
                        && code_of(&e.source) == sc
                        && code_of(&e.target) == tc
                }) {
                    continue;
                }
                if first_subject.is_none() {
                    first_subject = a.map(|i| mentions[i].clone());
                }
                heads.push((d.head, clause_end(&tokens, d.head)));
                events.push(EventRecord {
                    event_id: String::new(), // set once the story is coded
                    story_id: story.id.clone(),
                    sentence_index: s.index,
                    event_date: date.clone(),
                    date_granularity: granularity,
                    date_text: date_text.clone(),
                    source,
                    target,
                    cameo: cameo.code.clone(),
                    cameo_root: cameo.root.clone(),
                    cameo_name: cameo.name.clone(),
                    goldstein: cameo.goldstein,
                    quad_class: cameo.quad_class,
                    plover: cameo.plover.clone(),
                    trigger: TriggerRecord {
                        text: text[trigger_start..trigger_end].to_string(),
                        start: offsets.char_offset(trigger_start),
                        end: offsets.char_offset(trigger_end),
                    },
                    sentence: sentence_text.to_string(),
                    sentence_start: offsets.char_offset(s.start),
                    sentence_end: offsets.char_offset(s.end),
                    reported_by: reporters.clone(),
                    amounts: amounts.clone(),
                    place: None,
                    publisher: story.publisher.clone(),
                    url: story.url.clone(),
                    coder_version: CODER_VERSION.to_string(),
                });
            }
        }
        // An act already coded with its target is not coded again without one:
        // "killed in Israeli tank shelling" is one Israeli act on the victims.
        let code_of = |a: &Option<ActorRecord>| a.as_ref().map(|a| a.code.clone());
        let sentence_events = &events[sentence_first_event..];
        let subsumed: Vec<bool> = sentence_events
            .iter()
            .map(|e| {
                e.target.is_none()
                    && sentence_events.iter().any(|f| {
                        f.target.is_some()
                            && f.cameo_root == e.cameo_root
                            && (e.source.is_none() || code_of(&f.source) == code_of(&e.source))
                    })
            })
            .collect();
        if subsumed.iter().any(|&x| x) {
            let mut k = 0;
            events.retain(|_| {
                let keep = k < sentence_first_event || !subsumed[k - sentence_first_event];
                k += 1;
                keep
            });
            let mut k = 0;
            heads.retain(|_| {
                let keep = !subsumed[k];
                k += 1;
                keep
            });
        }
        if first_subject.is_some() {
            memory.last_subject = first_subject;
        }
        Some(tokens)
    }
}

/// The CAMEO code of force by the military munition named after a trigger
/// (`first..end`), if any: missiles and air weapons 195, artillery 194.
fn military_munition(tokens: &[Token], first: usize, end: usize) -> Option<&'static str> {
    tokens[first.min(end)..end].iter().find_map(|t| {
        let w = t.lower.trim_end_matches('s');
        let w = w.rsplit('-').next().unwrap_or(w);
        match w {
            "missile" | "rocket" | "airstrike" | "warplane" | "drone" | "bomber" => Some("195"),
            "artillery" | "mortar" | "shell" | "howitzer" | "tank" => Some("194"),
            _ => None,
        }
    })
}

/// Is the mention a crowd of demonstrators ("Ukrainian protesters", "a rioter")?
fn is_demonstrator(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let head = &tokens[m.end - 1];
    let w = text[head.start..head.end].to_ascii_lowercase();
    let w = w.strip_suffix('s').unwrap_or(&w);
    matches!(
        w,
        "protester" | "protestor" | "demonstrator" | "rioter" | "marcher"
    )
}

/// A date as the `YYYYMMDD` number date-restricted lexicon entries use.
fn yyyymmdd(d: chrono::NaiveDate) -> u32 {
    use chrono::Datelike;
    d.year().max(0) as u32 * 10_000 + d.month() * 100 + d.day()
}

/// A sentence's tokens and the events coded from it, kept for geolocation.
struct Located {
    tokens: Vec<Token>,
    events: std::ops::Range<usize>,
    /// Trigger token and clause end of each event, in event order.
    heads: Vec<(usize, usize)>,
}

/// An event before its actors are turned into records.
struct Draft {
    first: usize,
    end: usize,
    head: usize,
    cameo: EventCode,
    pairs: Vec<(Option<usize>, Option<usize>)>,
    /// The predicate it came from (none for obligations and appeals).
    predicate: Option<usize>,
}

fn actor_record(text: &str, offsets: &Offsets, tokens: &[Token], m: &Mention) -> ActorRecord {
    let start = tokens[m.first].start;
    let end = tokens[m.end - 1].end;
    ActorRecord {
        text: text[start..end].to_string(),
        code: m.code.clone(),
        country: m.country.clone(),
        sector: m.sector.clone(),
        start: offsets.char_offset(start),
        end: offsets.char_offset(end),
    }
}

/// The date nearest the trigger in the sentence, else the story date.
fn event_date(
    dates: &[DateMention],
    tokens: &[Token],
    s: &Sentence,
    head: usize,
    story: &Story,
) -> (String, Granularity, Option<String>) {
    let head_byte = tokens[head].start - s.start;
    let nearest = dates.iter().min_by_key(|d| {
        if d.start >= head_byte {
            d.start - head_byte
        } else {
            head_byte - d.end
        }
    });
    match nearest {
        Some(d) => (iso_date(d.date), d.granularity, Some(d.text.clone())),
        None => (iso_date(story.date), Granularity::Story, None),
    }
}

/// `date` as chrono's `%Y-%m-%d` writes it, without parsing the format string
/// for every event (years outside 0..=9999, which chrono signs, go through chrono).
fn iso_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        return date.format("%Y-%m-%d").to_string();
    }
    let digits = |n: u32, width: usize, out: &mut String| {
        for k in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(k as u32) % 10) as u8));
        }
    };
    let mut out = String::with_capacity(10);
    digits(year as u32, 4, &mut out);
    out.push('-');
    digits(date.month(), 2, &mut out);
    out.push('-');
    digits(date.day(), 2, &mut out);
    out
}

/// The story's part of every event id: story id, text, lexicon and coder version.
fn story_hash(story: &Story, lex: &Compiled) -> Sha256 {
    let mut h = Sha256::new();
    h.update(story.id.as_bytes());
    h.update([0]);
    h.update(story.text.as_bytes());
    h.update([0]);
    h.update(lex.fingerprint.to_le_bytes());
    h.update(CODER_VERSION.as_bytes());
    h
}

/// A stable content hash: same story, lexicon and coder ⇒ same id.
fn event_id(prefix: &Sha256, e: &EventRecord) -> String {
    let mut h = prefix.clone();
    h.update(e.sentence_index.to_le_bytes());
    h.update(e.trigger.start.to_le_bytes());
    for a in [&e.source, &e.target] {
        h.update([0]);
        if let Some(a) = a {
            h.update(a.code.as_bytes());
            h.update(a.start.to_le_bytes());
        }
    }
    h.update(e.cameo.as_bytes());
    let digest = h.finalize();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(32);
    for b in &digest[..16] {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 15)]));
    }
    id
}

/// Police and courts act at home: "Egyptian police dispersed demonstrators"
/// are Egyptian demonstrators; so are those a government or army arrests (17).
fn share_domestic_country(events: &mut [EventRecord]) {
    for e in events.iter_mut() {
        let (Some(src), Some(tgt)) = (&mut e.source, &mut e.target) else {
            continue;
        };
        let domestic = |a: &ActorRecord, root: &str| {
            a.country.is_some()
                && match a.sector.as_deref() {
                    Some("COP" | "JUD") => true,
                    Some("GOV" | "MIL") => root == "17",
                    _ => false,
                }
        };
        let root = e.cameo_root.as_str();
        let (from, to) = if domestic(src, root) && tgt.country.is_none() {
            (&*src, tgt)
        } else if domestic(tgt, root) && src.country.is_none() {
            (&*tgt, src)
        } else {
            continue;
        };
        if to.sector.is_some() {
            if let Some(c) = from.country.clone() {
                to.code = format!("{c}{}", to.code);
                to.country = Some(c);
            }
        }
    }
}

/// An agent named without a country ("four children", "police") belongs to
/// the country where the event took place, as ICEWS codes sector actors.
fn localize_agents(events: &mut [EventRecord]) {
    for e in events.iter_mut() {
        let Some(cc) = e.place.as_ref().and_then(|p| p.country_cameo.clone()) else {
            continue;
        };
        // Only where place and actors go together: protests, force, violence.
        if !matches!(
            e.cameo_root.as_str(),
            "14" | "15" | "17" | "18" | "19" | "20"
        ) {
            continue;
        }
        for a in [&mut e.source, &mut e.target].into_iter().flatten() {
            if a.country.is_none() && a.sector.is_some() {
                a.code = format!("{cc}{}", a.code);
                a.country = Some(cc.clone());
            }
        }
    }
}

/// A show of force or use of force (15, 18–20) placed in another country and
/// aimed at no named actor is aimed at that country: "Russia is conducting
/// military exercises in Alaska" (RUS → USA), "Israeli tanks fired shells at
/// targets in Jericho" (ISR → PSE).
fn aim_at_place(events: &mut [EventRecord]) {
    for e in events.iter_mut() {
        // Without a known source it is no one's act against a country.
        if !matches!(e.cameo_root.as_str(), "15" | "18" | "19" | "20")
            || e.target.is_some()
            || e.source.is_none()
        {
            continue;
        }
        let Some(p) = &e.place else { continue };
        if p.basis == dyad_geo::Basis::Dateline {
            continue; // where the reporter is, not where the force is shown
        }
        let Some(cc) = &p.country_cameo else { continue };
        if e.source.as_ref().and_then(|s| s.country.as_ref()) == Some(cc) {
            continue;
        }
        e.target = Some(ActorRecord {
            text: p.text.clone(),
            code: cc.clone(),
            country: Some(cc.clone()),
            sector: None,
            start: p.start,
            end: p.end,
        });
    }
}

/// The CAMEO code for an intention to do `code`: cooperative acts become
/// "express intent to …" (03), announced hostile acts become threats (13), as the
/// CAMEO and PLOVER manuals code future and promised actions. `None` when an
/// intention to do `code` is not itself an event (e.g. a secret plan to attack).
pub fn intent_code(code: &str, announced: bool) -> Option<&'static str> {
    let root = code.get(..2)?;
    let sub = |table: &[(&str, &'static str)], default: &'static str| -> &'static str {
        table
            .iter()
            .find(|(prefix, _)| code.starts_with(prefix))
            .map(|(_, c)| *c)
            .unwrap_or(default)
    };
    let mapped = match root {
        "03" => return dyad_ontology::cameo(code).map(|c| c.code.as_str()),
        "04" => "036",
        "05" => "032",
        "06" => sub(
            &[
                ("061", "0311"),
                ("062", "0312"),
                ("063", "0313"),
                ("064", "0314"),
            ],
            "031",
        ),
        "07" => sub(
            &[
                ("071", "0331"),
                ("072", "0332"),
                ("073", "0333"),
                ("074", "0334"),
            ],
            "033",
        ),
        "08" => sub(
            &[
                ("081", "0351"),
                ("082", "0352"),
                ("084", "0353"),
                ("085", "0354"),
                ("086", "0355"),
                ("087", "0356"),
            ],
            "035",
        ),
        _ if !announced => return None,
        "14" => "133",
        "16" => sub(
            &[
                ("161", "1313"),
                ("162", "1311"),
                ("163", "1312"),
                ("164", "134"),
                ("165", "135"),
            ],
            "131",
        ),
        "17" => "137",
        "18" | "19" | "20" | "15" => "138",
        _ => return None,
    };
    dyad_ontology::cameo(mapped).map(|c| c.code.as_str())
}

/// A state actor: a country, or a country's government, military, police,
/// judiciary, legislature or intelligence service.
fn is_state_actor(m: &Mention) -> bool {
    m.has_country()
        && m.sector
            .as_deref()
            .is_none_or(|s| matches!(s, "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY"))
}

/// The CAMEO code for refusing to do `code` ("will not meet" → 125, "refused
/// to lift sanctions" → 124): cooperative acts only. "Will not allow X to
/// happen" is a promise, not a rejection, so permission verbs are left out.
pub fn refusal_code(code: &str, trigger: &str) -> Option<&'static str> {
    if trigger.starts_with("allow") || trigger.starts_with("permit") {
        return None;
    }
    let mapped = match code.get(..2)? {
        "03" | "05" => "120",
        "04" => "125",
        "06" => "121",
        "07" => "122",
        "08" => "124",
        _ => return None,
    };
    dyad_ontology::cameo(mapped).map(|c| c.code.as_str())
}

/// Is the verb group starting at `start` the complement of "claim" ("claimed
/// (that) they had attacked", "claims to have bombed")?
fn claimed(tokens: &[Token], start: usize) -> bool {
    tokens[start.saturating_sub(5)..start]
        .iter()
        .any(|t| t.lower.starts_with("claim") && t.tag.is_verb())
}

/// Does the verb group at `group_start` open an infinitive complement ("to
/// help") or a subordinate clause ("after crowds burned down")? The
/// subordinator stands a few words before, in the same clause.
fn is_complement(tokens: &[Token], group_start: usize) -> bool {
    const SUBORDINATORS: &[&str] = &[
        "after", "before", "when", "while", "since", "until", "because", "as",
    ];
    tokens[group_start].lower == "to"
        || tokens[group_start.saturating_sub(6)..group_start]
            .iter()
            .rev()
            .take_while(|t| t.tag != Tag::Punct && !t.tag.is_verb())
            .any(|t| SUBORDINATORS.contains(&t.lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_writes_what_chrono_writes() {
        for (y, m, d) in [
            (2025, 3, 14),
            (1, 1, 1),
            (0, 12, 31),
            (999, 7, 4),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 30),
        ] {
            let date = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid date");
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
        }
    }
}
