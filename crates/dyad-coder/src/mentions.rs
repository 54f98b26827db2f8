//! Actor mentions: lexicon hits combined into who is acting.
//!
//! An agent takes its country from a neighbouring actor (`Azerbaijan's
//! ambassador`, `Iranian troops`, `the ambassador of Azerbaijan`, `authorities in
//! Azerbaijan`); pronouns take the most recent mention; people named after a
//! title (`Ambassador Javanshir Akhundov`) are remembered for the rest of the
//! story, as are the countries of agents (`the ambassador` later in the story).

use std::collections::HashMap;

use dyad_lexicon::{Compiled, PhraseKind, SentenceWords};
use dyad_text::{ChunkKind, Tag, Token, TokenKind};

/// One actor mention in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Token range `first..end` in the sentence.
    pub first: usize,
    pub end: usize,
    /// Full CAMEO actor code (`AZEGOV`), or a bare sector when no country is known.
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// The head agent word (`ambassador`), for story-level memory.
    pub agent_head: Option<String>,
    /// True when the mention is a pronoun or `his country`, resolved to another.
    pub resolved: bool,
}

impl Mention {
    pub fn has_country(&self) -> bool {
        self.country.is_some()
    }
}

/// What the coder remembers across the sentences of one story.
#[derive(Debug, Default)]
pub struct StoryMemory {
    /// Agent head word → the last full code seen with a country.
    agents: HashMap<String, String>,
    /// A person's surname (lower-cased) → their code.
    people: HashMap<String, String>,
    /// The subject of the previous sentence's first event, for sentence-initial pronouns.
    pub last_subject: Option<Mention>,
    /// The story date as `YYYYMMDD`, for date-restricted actor codes.
    pub date: Option<u32>,
}

/// Splits a CAMEO code into its country part (if the first three letters are a
/// country, region or international code) and first sector. A code whose first
/// three letters are no code dyad knows (`GONMIL`, `ITHTV`) comes from a classic
/// dictionary that defines its own countries and codes: they are its country
/// part, and what follows (up to three letters) its sector.
pub fn split_code(code: &str) -> (Option<String>, Option<String>) {
    match dyad_ontology::parse_actor_code(code) {
        Ok(a) => (a.country, a.sectors.first().cloned()),
        Err(_) => {
            let shaped = code.len() >= 3 && code.bytes().all(|b| b.is_ascii_uppercase());
            if shaped && dyad_ontology::parse_actor_code(&code[..3]).is_err() {
                (
                    Some(code[..3].to_string()),
                    code.get(3..6).map(str::to_string),
                )
            } else {
                (None, None)
            }
        }
    }
}

fn make(first: usize, end: usize, code: String, agent_head: Option<String>) -> Mention {
    let (country, sector) = split_code(&code);
    Mention {
        first,
        end,
        code,
        country,
        sector,
        agent_head,
        resolved: false,
    }
}

/// Combines a country-level actor code with an agent's sector code.
fn combine(actor: &str, agent: &str) -> String {
    // An actor that stands for several (`FRO/BIL/SAM`): each takes the agent.
    if actor.contains('/') {
        return actor
            .split('/')
            .map(|a| combine(a, agent))
            .collect::<Vec<_>>()
            .join("/");
    }
    // An actor that already carries a role (`IRNGOV` for "Tehran regime") keeps it.
    if actor.len() > 3 {
        actor.to_string()
    } else {
        format!("{actor}{agent}")
    }
}

/// Does "former" stand right before token `k`, perhaps across adjectives
/// ("former senior officials")? A former office holder is an elite (`ELI`),
/// not the office.
fn former_before(tokens: &[Token], k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < 3 {
        j -= 1;
        if tokens[j].lower == "former" {
            return true;
        }
        if !tokens[j].tag.is_adjective() {
            return false;
        }
    }
    false
}

/// The agent code of an agent phrase at `first`, "former" taken into account
/// (a prefix agent's `~` dropped: after an actor it is a plain agent).
fn agent_code<'a>(tokens: &[Token], first: usize, code: &'a str) -> &'a str {
    if former_before(tokens, first) {
        "ELI"
    } else {
        code.trim_end_matches('~')
    }
}

/// One mention per code of an actor that stands for several (a classic
/// dictionary's `[FRO/BIL/SAM]`): the same words, one code each.
fn split_multi(out: Vec<Mention>) -> Vec<Mention> {
    if !out.iter().any(|m| m.code.contains('/')) {
        return out;
    }
    let mut split = Vec::with_capacity(out.len() + 2);
    for m in out {
        if m.code.contains('/') {
            for code in m.code.split('/').filter(|c| !c.is_empty()) {
                let mut x = make(m.first, m.end, code.to_string(), m.agent_head.clone());
                x.resolved = m.resolved;
                split.push(x);
            }
        } else {
            split.push(m);
        }
    }
    split
}

/// Do two mentions stand on the same words (one actor with several codes)?
pub fn same_span(a: &Mention, b: &Mention) -> bool {
    a.first == b.first && a.end == b.end
}

fn is_gap_word(t: &Token) -> bool {
    t.tag.is_adjective()
        || matches!(
            t.lower.as_str(),
            "new"
                | "former"
                | "top"
                | "senior"
                | "chief"
                | "deputy"
                | "acting"
                | "then"
                | "state"
                | "own"
                | "two"
                | "local"
                | "national"
                | "federal"
                | "interim"
                | "regional"
        )
}

/// The words between two coordinated noun phrases: ", ", "and", ", and the".
fn coordinated_gap(gap: &[Token]) -> bool {
    !gap.is_empty()
        && gap.len() <= 3
        && gap
            .iter()
            .any(|t| matches!(t.lower.as_str(), "and" | "," | "or"))
        && gap
            .iter()
            .all(|t| matches!(t.lower.as_str(), "and" | "," | "or" | "the"))
}

const PRONOUNS: &[&str] = &["he", "him", "she", "her", "they", "them", "it"];
const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their"];
const COUNTRY_NOUNS: &[&str] = &["country", "nation", "state", "people", "capital"];

/// How mentions are read where dyad and the classic coders differ.
#[derive(Debug, Clone, Copy, Default)]
pub struct MentionRules {
    /// An agent word that modifies a noun ("the official news agency",
    /// "military exercises") is an actor, as PETRARCH and TABARI read their
    /// noun phrases (any agent in the phrase counts). dyad by default reads
    /// it as an adjective: the phrase is about the noun, not the agent.
    pub modifier_agents: bool,
    /// A noun phrase of at most this many words that names no known actor is
    /// a new actor, its code the phrase in capitals and quotes (`"THE
    /// MINISTRY OF MAGIC"`), as PETRARCH's `new_actor_length` option makes
    /// it; 0: never.
    pub new_actor_length: usize,
}

/// Builds the mentions of one sentence; `ids` are its tokens' word ids
/// ([`Compiled::word_ids_of`]).
pub fn find_mentions(
    lex: &Compiled,
    story: &str,
    tokens: &[Token],
    ids: &SentenceWords,
    memory: &mut StoryMemory,
    rules: MentionRules,
) -> Vec<Mention> {
    let hits = lex.find_actors_on(story, tokens, ids, memory.date);
    let mut out: Vec<Mention> = Vec::with_capacity(hits.len());
    // Prefix agents (first, end, code) waiting for the actor after them.
    let mut prefixes: Vec<(usize, usize, &str)> = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let h = &hits[i];
        let next = hits.get(i + 1);
        match h.kind {
            PhraseKind::Actor => {
                // ACTOR ['s] [adj…] AGENT  → country agent
                if let Some(n) = next.filter(|n| n.kind == PhraseKind::Agent) {
                    let mut j = h.end;
                    if j < n.first && tokens[j].lower == "'s" {
                        j += 1;
                    }
                    // Modifiers, coordinated or not: "Iran's new defence
                    // minister", "Iran's foreign and defence ministers".
                    let start = j;
                    while j < n.first
                        && j < h.end + 5
                        && (is_gap_word(&tokens[j])
                            || (matches!(tokens[j].lower.as_str(), "and" | ",")
                                && j > start
                                && is_gap_word(&tokens[j - 1])
                                && tokens.get(j + 1).is_some_and(is_gap_word)))
                    {
                        j += 1;
                    }
                    if j == n.first {
                        // "Arnor former officials", "former Arnor officials".
                        let agent = if former_before(tokens, h.first) {
                            "ELI"
                        } else {
                            agent_code(tokens, n.first, &n.code)
                        };
                        let m = make(
                            h.first,
                            n.end,
                            combine(&h.code, agent),
                            Some(tokens[n.end - 1].lower.clone()),
                        );
                        out.push(m);
                        i += 2;
                        // "Danish media and government": the country modifies
                        // each coordinated agent.
                        let mut prev_end = n.end;
                        while let Some(o) = hits.get(i).filter(|o| {
                            o.kind == PhraseKind::Agent
                                && coordinated_gap(&tokens[prev_end..o.first])
                                && !tokens[prev_end..o.first].iter().any(|t| t.lower == "the")
                                && !tokens.get(o.end).is_some_and(|t| {
                                    matches!(t.lower.as_str(), "of" | "in" | "from")
                                })
                        }) {
                            out.push(make(
                                o.first,
                                o.end,
                                combine(&h.code, agent_code(tokens, o.first, &o.code)),
                                Some(tokens[o.end - 1].lower.clone()),
                            ));
                            prev_end = o.end;
                            i += 1;
                        }
                        continue;
                    }
                }
                out.push(make(h.first, h.end, h.code.clone(), None));
                i += 1;
            }
            PhraseKind::Agent => {
                // A prefix agent right before an actor ("MSF Arnor"): its code
                // goes before the actor's, once the actor's mention is made.
                if let Some(code) = h.code.strip_suffix('~') {
                    if next.is_some_and(|n| n.kind == PhraseKind::Actor && n.first == h.end) {
                        prefixes.push((h.first, h.end, code));
                        i += 1;
                        continue;
                    }
                }
                let head = tokens[h.end - 1].lower.clone();
                let h_code = agent_code(tokens, h.first, &h.code);
                // Title + named person or body: "President Bush", "Foreign Minister
                // Lavrov" — the name's code, which carries country and role.
                if let Some(n) = next
                    .filter(|n| n.kind == PhraseKind::Actor && n.first == h.end && n.code.len() > 3)
                {
                    out.push(make(h.first, n.end, n.code.clone(), Some(head)));
                    i += 2;
                    continue;
                }
                // AGENT (of|from|in) [the] ACTOR → country agent
                if let Some(n) = next.filter(|n| n.kind == PhraseKind::Actor) {
                    let mut j = h.end;
                    if j < n.first && matches!(tokens[j].lower.as_str(), "of" | "from" | "in") {
                        j += 1;
                        if j < n.first && tokens[j].lower == "the" {
                            j += 1;
                        }
                        // "the ambassador of Azerbaijan", "opponents of Rwanda's Senate":
                        // the agent takes the actor's country.
                        let country = split_code(&n.code).0;
                        if j == n.first {
                            if let Some(c) = country {
                                // "opponents of Rwanda's Senate": the possessed agent
                                // belongs to the phrase, not to a mention of its own.
                                let owned = hits.get(i + 2).filter(|o| {
                                    o.kind == PhraseKind::Agent
                                        && n.end < tokens.len()
                                        && tokens[n.end].lower == "'s"
                                        && o.first == n.end + 1
                                });
                                let end = owned.map_or(n.end, |o| o.end);
                                out.push(make(
                                    h.first,
                                    end,
                                    combine(&c, h_code),
                                    Some(head.clone()),
                                ));
                                i += if owned.is_some() { 3 } else { 2 };
                                if owned.is_none() {
                                    // "the ambassadors of Chile, Peru and Bolivia": the
                                    // agent distributes over the coordinated countries.
                                    let mut prev_end = end;
                                    while let Some(o) = hits.get(i).filter(|o| {
                                        o.kind == PhraseKind::Actor
                                            && coordinated_gap(&tokens[prev_end..o.first])
                                            && tokens.get(o.end).is_none_or(|t| t.lower != "'s")
                                            && matches!(split_code(&o.code), (Some(_), None))
                                    }) {
                                        let c = split_code(&o.code).0.unwrap_or_default();
                                        out.push(make(
                                            o.first,
                                            o.end,
                                            combine(&c, h_code),
                                            Some(head.clone()),
                                        ));
                                        prev_end = o.end;
                                        i += 1;
                                    }
                                }
                                continue;
                            }
                        }
                    }
                }
                // his/their country|government → resolved later
                let mut m = make(h.first, h.end, h_code.to_string(), Some(head.clone()));
                if let Some(code) = memory.agents.get(&head) {
                    // "the ambassador" after "Azerbaijan's ambassador" earlier in the story.
                    let (country, _) = split_code(code);
                    if let Some(c) = country {
                        m = make(h.first, h.end, combine(&c, h_code), Some(head));
                        m.resolved = true;
                    }
                }
                out.push(m);
                i += 1;
            }
        }
    }
    // "An MSF Arnor diplomat" → NGOARNGOV: the prefix stands before the whole
    // code of the mention that starts where it ends.
    for (first, end, code) in prefixes {
        if let Some(m) = out.iter_mut().find(|m| m.first == end) {
            let mut x = make(
                first,
                m.end,
                format!("{code}{}", m.code),
                m.agent_head.take(),
            );
            x.resolved = m.resolved;
            *m = x;
        }
    }
    // A bare agent word used as an adjective is not an actor: "military
    // exercises", "police station".
    out.retain(|m| {
        rules.modifier_agents
            || !(m.country.is_none()
                && m.agent_head.is_some()
                && m.end == m.first + 1
                && tokens[m.first].tag.is_adjective()
                && tokens.get(m.end).is_some_and(|n| n.tag.is_noun()))
    });
    // Remember agents with countries and the people named after them.
    for m in &out {
        if let (Some(head), true) = (&m.agent_head, m.has_country()) {
            if !m.resolved {
                memory.agents.insert(head.clone(), m.code.clone());
            }
        }
        if m.has_country() && m.sector.is_some() {
            // Title + Name: "Ambassador Javanshir Akhundov", "Minister X", or an
            // apposition ", Michael Lotem".
            let mut j = m.end;
            if j < tokens.len() && tokens[j].lower == "," {
                j += 1;
            }
            let name_start = j;
            while j < tokens.len()
                && tokens[j].tag.is_proper_noun()
                && tokens[j].is_capitalized(story)
            {
                j += 1;
            }
            if j > name_start && j - name_start <= 4 {
                memory
                    .people
                    .insert(tokens[j - 1].lower.clone(), m.code.clone());
            }
        }
    }
    // People remembered from earlier: a capitalized proper noun seen as a surname.
    if !memory.people.is_empty() {
        let mut extra = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            if !t.tag.is_proper_noun() && !t.is_capitalized(story) {
                continue;
            }
            if out.iter().any(|m| k >= m.first && k < m.end) {
                continue;
            }
            if let Some(code) = memory.people.get(&t.lower) {
                // Extend back over the first name(s).
                let mut first = k;
                while first > 0
                    && tokens[first - 1].tag.is_proper_noun()
                    && tokens[first - 1].is_capitalized(story)
                    && !out.iter().any(|m| first > m.first && first - 1 < m.end)
                {
                    first -= 1;
                }
                let mut m = make(first, k + 1, code.clone(), None);
                m.resolved = true;
                extra.push(m);
            }
        }
        out.extend(extra);
    }
    // Title + person whose surname follows an agent with a country is part of the mention.
    for m in out.iter_mut() {
        if m.sector.is_some() {
            let mut j = m.end;
            while j < tokens.len()
                && tokens[j].tag.is_proper_noun()
                && tokens[j].is_capitalized(story)
                && j < m.end + 4
            {
                j += 1;
            }
            m.end = j;
        }
    }
    // "Lawmakers and officials in Chile and Peru": an agent coordinated with
    // an agent of named countries belongs to the same countries.
    for k in 0..out.len() {
        let m = &out[k];
        if m.country.is_some() || m.agent_head.is_none() || m.code.contains('/') {
            continue;
        }
        let Some(n) = out.get(k + 1) else { continue };
        let gap = &tokens[m.end..n.first.max(m.end)];
        let with_prep = tokens[n.first..n.end]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "of" | "in" | "from"));
        if n.country.is_none()
            || !with_prep
            || gap.len() != 1
            || gap[0].lower != "and"
            || n.agent_head.is_none()
        {
            continue;
        }
        let mut countries = vec![n.country.clone().unwrap_or_default()];
        let mut prev = n;
        for o in &out[k + 2..] {
            if o.agent_head != n.agent_head
                || o.country.is_none()
                || !coordinated_gap(&tokens[prev.end..o.first.max(prev.end)])
            {
                break;
            }
            countries.push(o.country.clone().unwrap_or_default());
            prev = o;
        }
        let code = countries
            .iter()
            .map(|c| combine(c, &out[k].code))
            .collect::<Vec<_>>()
            .join("/");
        out[k].code = code;
    }
    let mut out = split_multi(out);
    out.sort_by_key(|m| m.first);
    // Drop overlaps, keep the earlier (and every code of one actor).
    out.dedup_by(|b, a| b.first < a.end && !(same_span(a, b) && a.code != b.code));
    resolve_pronouns(tokens, &mut out, memory);
    if rules.new_actor_length > 0 {
        add_new_actors(story, tokens, &mut out, rules.new_actor_length);
    }
    out
}

/// Noun phrases of at most `max_words` words (a noun group with its `of`
/// phrases: "the Ministry of Magic") that overlap no mention become mentions
/// of new actors, coded by their words (possessive `'s` left out) in capitals
/// and quotes. Pronouns and times ("on Wednesday") are no actors.
fn add_new_actors(story: &str, tokens: &[Token], out: &mut Vec<Mention>, max_words: usize) {
    let chunks = dyad_text::chunk(tokens);
    let mut found = Vec::new();
    let mut k = 0;
    while k < chunks.len() {
        let c = &chunks[k];
        k += 1;
        if c.kind != ChunkKind::Noun {
            continue;
        }
        let (first, mut end) = (c.first, c.end);
        while k + 1 < chunks.len()
            && chunks[k].kind == ChunkKind::Prep
            && tokens[chunks[k].first].lower == "of"
            && chunks[k + 1].kind == ChunkKind::Noun
        {
            end = chunks[k + 1].end;
            k += 2;
        }
        let head = &tokens[c.head];
        if head.tag == Tag::PRP
            || crate::dates::is_time_word(&head.lower)
            || out.iter().any(|m| m.first < end && first < m.end)
        {
            continue;
        }
        let words: Vec<String> = tokens[first..end]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.tag != Tag::POS && t.lower != "'s")
            .map(|t| t.text(story).to_uppercase())
            .collect();
        if words.is_empty() || words.len() > max_words {
            continue;
        }
        found.push(make(first, end, format!("\"{}\"", words.join(" ")), None));
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| m.first);
    }
}

/// Pronouns and `his country`/`their government` become mentions of the most
/// recent mention with a country in the sentence (or, for a sentence-initial
/// pronoun, the previous sentence's subject).
fn resolve_pronouns(tokens: &[Token], out: &mut Vec<Mention>, memory: &StoryMemory) {
    let mut added = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let w = t.lower.as_str();
        let is_pron = PRONOUNS.contains(&w) && t.tag != Tag::DT;
        let is_poss = POSSESSIVE_PRONOUNS.contains(&w);
        if !is_pron && !is_poss {
            continue;
        }
        if out.iter().any(|m| k >= m.first && k < m.end) {
            continue;
        }
        let antecedent = out
            .iter()
            .chain(added.iter())
            .filter(|m| m.end <= k && m.has_country())
            .max_by_key(|m| m.end)
            .cloned()
            .or_else(|| {
                // Only a sentence-initial personal pronoun reaches back a sentence.
                if k == 0 && matches!(w, "he" | "she" | "they") {
                    memory.last_subject.clone()
                } else {
                    None
                }
            });
        let Some(ante) = antecedent else { continue };
        if w == "it" && ante.sector.is_some() && ante.agent_head.is_some() {
            // "it" refers to things or countries, rarely to a person agent.
            continue;
        }
        if is_poss {
            // his country / their government: the possessive plus a following noun.
            let Some(next) = tokens.get(k + 1) else {
                continue;
            };
            let noun_country = COUNTRY_NOUNS.contains(&next.lower.as_str());
            let agent_next = out
                .iter()
                .find(|m| m.first == k + 1 && !m.has_country())
                .cloned();
            if let Some(agent) = agent_next {
                let country = ante.country.clone().unwrap_or_default();
                let code = combine(&country, agent.sector.as_deref().unwrap_or(""));
                let mut m = make(k, agent.end, code, agent.agent_head.clone());
                m.resolved = true;
                out.retain(|x| x.first != agent.first);
                added.push(m);
            } else if noun_country {
                let country = ante.country.clone().unwrap_or_default();
                let mut m = make(k, k + 2, country, None);
                m.resolved = true;
                added.push(m);
            }
            continue;
        }
        // "Obama and Putin said they will attack": a plural pronoun stands for
        // every actor coordinated with its antecedent, as one actor with
        // several codes does (several mentions on the same word).
        let group: Vec<Mention> = match out.iter().position(|m| same_span(m, &ante)) {
            Some(i) if matches!(w, "they" | "them") => crate::roles::coordination(tokens, out, i)
                .into_iter()
                .map(|j| out[j].clone())
                .collect(),
            _ => vec![ante],
        };
        for mut m in group {
            m.first = k;
            m.end = k + 1;
            m.resolved = true;
            added.push(m);
        }
    }
    out.extend(added);
    out.sort_by_key(|m| m.first);
}
