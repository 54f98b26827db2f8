//! Finding place mentions among a sentence's tokens.
//!
//! Only a few positions are examined, so the cost is a handful of lookups per
//! sentence:
//!
//! 1. **Cued phrases.** After a locative preposition (`in`, `at`, `near`,
//!    `outside`, `across`, `inside`, `into`, `around`, `throughout`, `within`,
//!    `through`, `off`, `along`, `beyond`), after `to`/`toward(s)` when a motion
//!    word precedes (`extradited … to Britain`, `a visit to Beijing`), after `from`
//!    (weaker: origin), and after `DESCRIPTOR of` (`the town of Gorazde`), the
//!    phrase is walked over determiners, `of`, direction words (`northern`),
//!    lower-case modifiers (`besieged`, `mostly`), descriptors (`city`, `province`,
//!    `border`), country adjectives (`Iraqi`: a country hint), possessive countries
//!    (`Syria's`: a hint) and ethnic/religious adjectives, up to the first
//!    capitalized name, which is matched longest-first (up to five tokens,
//!    `Santiago de Cuba`). Without a name, a country adjective or possessive with
//!    a descriptor is a country-level place (`near the Lebanese border`), or its
//!    capital (`in the Libyan capital`).
//! 2. **Qualifiers after a name.** `, <admin1 | US state abbreviation | country>`
//!    (`Paris, Texas`; `Monroe, La.`; `Bam, Iran`) restricts and is consumed;
//!    `in <direction>? <country>` (`Tripoli in northern Lebanon`) and `, the
//!    <adjective> <descriptor>` (`Tripoli, the Libyan capital`) restrict.
//! 3. **Coordination.** `in Baku and Ganja`, `in Mosul, Kirkuk and Tikrit` keep the cue.
//! 4. **Bare names.** Any other capitalized country name or alias, and national
//!    capitals, are reported with cue `bare` (often actors: `Iran warned`,
//!    `Moscow said`); event location never uses them.
//!
//! A name never starts with a month, weekday, title or institution word
//! (`in March`, `at President …`, `in Congress`), and acronyms (`UN`, `EU`) only
//! match country abbreviations (`U.S.`, `UAE`).

use dyad_text::{Tag, Token, TokenKind};

use crate::fold::fold;
use crate::gazetteer;
use crate::index::Index;
use crate::resolve::{self, candidates, Cand, Hints, Kind};

/// Why a mention is taken as a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cue {
    /// After a locative preposition: `in Baku`, `near the Lebanese border`.
    Locative,
    /// After `to`/`toward` following a motion word: `extradited to Britain`.
    Motion,
    /// After `from`: `withdrew from Gorazde`.
    Origin,
    /// Named by a descriptor: `the town of Gorazde`, `the capital Kabul`.
    Descriptor,
    /// A country or capital named without a cue (often an actor).
    Bare,
}

impl Cue {
    /// Cues strong enough to place an event in the clause or sentence.
    pub fn is_locative(self) -> bool {
        !matches!(self, Cue::Bare)
    }
}

/// A raw mention: token span in the sentence and the chosen candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Raw {
    pub first: usize,
    pub end: usize,
    pub cue: Cue,
    pub cand: Cand,
}

const MAX_NAME: usize = 5;
const MAX_WALK: usize = 9;

fn locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "near"
            | "outside"
            | "across"
            | "inside"
            | "into"
            | "around"
            | "throughout"
            | "within"
            | "through"
            | "off"
            | "along"
            | "beyond"
            | "nearby"
    )
}

const MOTION: &[&str] = &[
    "travel",
    "went",
    "go",
    "goes",
    "going",
    "gone",
    "flew",
    "fly",
    "flies",
    "flown",
    "arriv",
    "return",
    "head",
    "sent",
    "send",
    "deploy",
    "dispatch",
    "extradit",
    "deport",
    "fled",
    "flee",
    "march",
    "move",
    "moving",
    "visit",
    "trip",
    "journey",
    "evacuat",
    "transfer",
    "repatriat",
    "expel",
    "exil",
    "airlift",
    "ship",
    "drove",
    "drive",
    "walk",
    "sail",
    "came",
    "come",
    "coming",
    "advanc",
    "retreat",
    "withdr",
    "redeploy",
    "smuggl",
    "migrat",
    "emigrat",
    "escap",
    "back",
    "spread",
];

fn motion_before(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(8)..i]
        .iter()
        .any(|t| MOTION.iter().any(|m| t.lower.starts_with(m)))
}

fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "our" | "some"
    )
}

fn direction(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
            | "north-eastern"
            | "north-western"
            | "south-eastern"
            | "south-western"
            | "mid"
            | "far"
            | "upper"
            | "lower"
            | "greater"
    )
}

/// Descriptor nouns and the kind of place they imply.
fn descriptor(w: &str) -> Option<Option<Kind>> {
    Some(match w {
        "city" | "cities" | "town" | "towns" | "village" | "villages" | "capital" | "port"
        | "suburb" | "suburbs" | "outskirts" | "neighborhood" | "neighbourhood" | "downtown"
        | "township" | "hamlet" | "settlement" | "municipality" | "metropolis" | "enclave" => {
            Some(Kind::City)
        }
        "province" | "provinces" | "state" | "states" | "region" | "regions" | "governorate"
        | "district" | "districts" | "county" | "prefecture" | "oblast" | "territory"
        | "territories" => Some(Kind::Admin),
        "border" | "borders" | "frontier" | "waters" | "airspace" | "soil" | "coast"
        | "coastline" | "side" | "mainland" | "countryside" | "area" | "areas" | "part"
        | "parts" | "heart" | "center" | "centre" | "streets" | "street" | "hub" | "stronghold"
        | "island" | "islands" | "valley" | "desert" | "mountains" | "highlands" | "zone"
        | "interior" | "north" | "south" | "east" | "west" | "northeast" | "northwest"
        | "southeast" | "southwest" | "camp" | "camps" | "base" | "bases" | "embassy"
        | "consulate" | "jail" | "prison" | "port-city" | "seaport" | "heartland" | "sector"
        | "quarter" | "section" | "market" | "square" | "mosque" | "church" | "hospital"
        | "school" | "airport" => None,
        _ => return None,
    })
}

/// Descriptors after which a country adjective alone is a country-level place.
fn country_terminal(w: &str) -> bool {
    matches!(
        w,
        "border"
            | "borders"
            | "frontier"
            | "territory"
            | "territories"
            | "waters"
            | "airspace"
            | "soil"
            | "coast"
            | "coastline"
            | "side"
            | "mainland"
            | "countryside"
            | "interior"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "heartland"
            | "province"
            | "provinces"
            | "region"
            | "regions"
            | "city"
            | "cities"
            | "town"
            | "towns"
            | "village"
            | "villages"
            | "areas"
            | "area"
    )
}

/// Capitalized words that are not names of places here.
fn stop_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan."
            | "feb."
            | "mar."
            | "apr."
            | "jun."
            | "jul."
            | "aug."
            | "sep."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "president"
            | "prime"
            | "minister"
            | "secretary"
            | "general"
            | "gen."
            | "gov."
            | "sen."
            | "rep."
            | "mr."
            | "mrs."
            | "ms."
            | "dr."
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "sheikh"
            | "god"
            | "allah"
            | "islam"
            | "christ"
            | "congress"
            | "parliament"
            | "senate"
            | "house"
            | "court"
            | "council"
            | "assembly"
            | "ministry"
            | "army"
            | "police"
            | "government"
            | "internet"
            | "english"
            | "arabic"
            | "twitter"
            | "facebook"
            | "youtube"
            | "instagram"
            | "telegram"
            | "tv"
            | "radio"
            | "reuters"
            | "afp"
            | "xinhua"
            | "i"
            | "he"
            | "she"
            | "we"
            | "they"
            | "it"
            | "christmas"
            | "easter"
            | "ramadan"
            | "eid"
            | "covid"
            | "covid-19"
            | "taliban"
            | "hamas"
            | "hezbollah"
            | "hizbollah"
            | "isis"
            | "isil"
            | "islamic"
            | "al-qaida"
            | "al-qaeda"
            | "al-shabab"
            | "al-shabaab"
            | "boko"
            | "kremlin"
            | "pentagon"
    )
}

/// Capitalized adjectives passed over on the way to a name.
fn skip_adjective(w: &str) -> bool {
    matches!(
        w,
        "christian"
            | "muslim"
            | "shiite"
            | "shia"
            | "shi'ite"
            | "sunni"
            | "kurdish"
            | "arab"
            | "jewish"
            | "druze"
            | "alawite"
            | "catholic"
            | "orthodox"
            | "hindu"
            | "buddhist"
            | "tamil"
            | "pashtun"
            | "uighur"
            | "uyghur"
            | "rohingya"
            | "tuareg"
            | "berber"
            | "rebel-held"
            | "government-held"
            | "israeli-occupied"
            | "occupied"
            | "old"
            | "new"
    )
}

fn connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "della"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "la"
            | "le"
            | "les"
            | "el"
            | "al"
            | "al-"
            | "es"
            | "ad"
            | "on"
            | "upon"
            | "of"
            | "au"
            | "aux"
            | "sur"
            | "am"
            | "im"
            | "an"
            | "der"
            | "di"
            | "du"
            | "des"
            | "y"
    )
}

/// Capitalized heads that make a preceding place name part of an institution's
/// name (`the Hudson Institute`, `Koya University`, `Naval Station`).
fn org_head(w: &str) -> bool {
    matches!(
        w,
        "institute"
            | "institution"
            | "university"
            | "college"
            | "school"
            | "academy"
            | "center"
            | "centre"
            | "council"
            | "foundation"
            | "fund"
            | "party"
            | "army"
            | "guard"
            | "street"
            | "avenue"
            | "road"
            | "times"
            | "post"
            | "journal"
            | "news"
            | "herald"
            | "tribune"
            | "company"
            | "corp."
            | "corporation"
            | "group"
            | "club"
            | "hotel"
            | "hospital"
            | "church"
            | "cathedral"
            | "stadium"
            | "station"
            | "detention"
            | "facility"
            | "prison"
            | "airport"
            | "accords"
            | "accord"
            | "agreement"
            | "convention"
            | "protocol"
            | "declaration"
            | "process"
            | "summit"
            | "forum"
            | "declaration's"
            | "bank"
            | "fc"
            | "united"
    )
}

/// Lower-case nouns after a name that make it a person or an attribute
/// (`the Obama administration`, `the Kabul government`).
fn not_place_after(w: &str) -> bool {
    matches!(
        w,
        "administration"
            | "government"
            | "era"
            | "campaign"
            | "presidency"
            | "family"
            | "cabinet"
            | "regime"
            | "aides"
            | "doctrine"
            | "rules"
            | "agreement"
            | "accords"
            | "talks"
            | "process"
            | "format"
            | "declaration"
            | "convention"
    )
}

/// The sentence being searched, with what the caller knows about the story.
pub struct Scan<'a> {
    pub ix: &'a Index,
    pub story: &'a str,
    pub tokens: &'a [Token],
    /// Country indices of the story, most important first.
    pub ranks: &'a [usize],
    /// Byte range to ignore (the dateline).
    pub skip: Option<(usize, usize)>,
    /// Countries of definite descriptions elsewhere in the sentence (`the north
    /// Lebanese port`), filled by `run`.
    pub local: Vec<usize>,
}

impl Scan<'_> {
    fn is_cap(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word {
            return false;
        }
        if let Some((a, b)) = self.skip {
            if t.start < b && t.end > a {
                return false;
            }
        }
        capitalized(self.story, t)
    }

    fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    fn text(&self, a: usize, b: usize) -> &str {
        match (
            self.tokens.get(a),
            b.checked_sub(1).and_then(|k| self.tokens.get(k)),
        ) {
            (Some(x), Some(y)) if x.start <= y.end => self.story.get(x.start..y.end).unwrap_or(""),
            _ => "",
        }
    }

    /// Is the span written as an acronym (`UN`, `U.S.`, `EU`)?
    fn acronym(&self, a: usize, b: usize) -> bool {
        let t = self.text(a, b);
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        (1..=5).contains(&letters) && t.chars().all(|c| c.is_uppercase() || c == '.') && letters > 0
    }

    /// Longest name starting at `i`: (end, candidates).
    fn name_at(&self, i: usize, countries_only: bool) -> Option<(usize, Vec<Cand>)> {
        if !self.is_cap(i) || stop_name(self.lower(i)) || org_head(self.lower(i)) {
            return None;
        }
        // Extent: capitalized words, with lower-case connectors inside.
        let mut ends = Vec::with_capacity(MAX_NAME);
        let mut k = i;
        while k < self.tokens.len() && k - i < MAX_NAME {
            if self.is_cap(k) {
                ends.push(k + 1);
            } else if !(connector(self.lower(k)) && k > i) {
                break;
            }
            k += 1;
        }
        let run_end = k;
        for &end in ends.iter().rev() {
            // "West" alone is a direction, not the town of West, Texas.
            if end == i + 1 && direction(self.lower(i)) {
                continue;
            }
            let key = fold(self.text(i, end));
            if key.is_empty() {
                continue;
            }
            if self.ix.not_places.contains(&key) {
                return None;
            }
            // "the Hudson Institute", "the Obama administration".
            if (end < run_end && org_head(self.lower(end))) || not_place_after(self.lower(end)) {
                continue;
            }
            let acronym = self.acronym(i, end);
            let cands: Vec<Cand> = if countries_only {
                let mut v = Vec::new();
                if let Some(&c) = self.ix.country_names.get(&key) {
                    if !is_short_alias(&key) || acronym {
                        v.push(Cand::Country(c));
                    }
                }
                if v.is_empty() && !acronym {
                    if let Some(ids) = self.ix.capital_keys.get(&key) {
                        v.extend(
                            ids.iter()
                                .filter_map(|&id| gazetteer::place(id))
                                .map(Cand::City),
                        );
                    }
                }
                v
            } else {
                let mut v = candidates(self.ix, &key, acronym);
                if is_short_alias(&key) && !acronym {
                    v.retain(|c| !matches!(c, Cand::Country(_)));
                }
                v
            };
            if !cands.is_empty() {
                return Some((end, cands));
            }
        }
        None
    }

    /// Country adjective at `i` (one or two tokens): (end, country).
    fn adjective_at(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is_cap(i) {
            return None;
        }
        for len in [2usize, 1] {
            let end = i + len;
            if end > self.tokens.len() || (len == 2 && !self.is_cap(i + 1)) {
                continue;
            }
            let key = fold(self.text(i, end));
            if let Some(&c) = self.ix.adjectives.get(&key) {
                return Some((end, c));
            }
            // "Iraqi-Syrian border": the first country of a hyphenated pair.
            if len == 1 {
                if let Some((first, _)) = key.split_once(' ') {
                    if let Some(&c) = self.ix.adjectives.get(first) {
                        return Some((end, c));
                    }
                }
            }
        }
        None
    }

    /// Qualifiers after a name ending at `end`: hints, and how far they reach.
    /// When a `, <state | country>` qualifier fits none of the name's towns (a
    /// place the gazetteer lacks: `Charlevoix, Quebec`), `fallback` receives the
    /// qualifier itself.
    fn qualifiers(
        &self,
        end: usize,
        cands: &[Cand],
        hints: &mut Hints,
        fallback: &mut Option<(usize, Cand)>,
    ) -> usize {
        let n = self.tokens.len();
        if self.lower(end) == "," && end + 1 < n {
            // ", Texas" / ", La." / ", Iran"
            if let Some((q_end, options)) = self.qualifier_place(end + 1) {
                let fits = |admin: Option<u16>, country: Option<usize>| {
                    cands.iter().any(|c| match c {
                        Cand::City(p) => match admin {
                            Some(a) => p.admin1 == Some(a),
                            None => {
                                country.is_some_and(|k| self.ix.country_by_iso2(p.cc) == Some(k))
                            }
                        },
                        _ => false,
                    })
                };
                if let Some(&(admin, country)) = options.iter().find(|(a, c)| fits(*a, *c)) {
                    hints.admin1 = admin;
                    if country.is_some() {
                        hints.country = country;
                    }
                    return q_end;
                }
                let only_towns = cands.iter().all(|c| matches!(c, Cand::City(_)));
                if only_towns {
                    if let Some(&(admin, country)) = options.first() {
                        let cand = match (admin.and_then(gazetteer::admin1), country) {
                            (Some(a), _) => Some(Cand::Admin(a)),
                            (None, Some(k)) => Some(Cand::Country(k)),
                            _ => None,
                        };
                        if let Some(c) = cand {
                            *fallback = Some((q_end, c));
                            return q_end;
                        }
                    }
                }
            }
            // ", the Libyan capital"
            let mut k = end + 1;
            if determiner(self.lower(k)) {
                k += 1;
                while direction(self.lower(k)) {
                    k += 1;
                }
                if let Some((a_end, c)) = self.adjective_at(k) {
                    if descriptor(self.lower(a_end)).is_some() {
                        hints.country = Some(c);
                    }
                }
            }
        }
        if self.lower(end) == "in" {
            // "Tripoli in northern Lebanon"
            let mut k = end + 1;
            while determiner(self.lower(k)) || direction(self.lower(k)) {
                k += 1;
            }
            if let Some((_, options)) = self.qualifier_place(k) {
                // Only a country qualifies here: "Tripoli in northern Lebanon".
                if let Some(&(_, country)) = options.iter().find(|(a, _)| a.is_none()) {
                    if hints.country.is_none() {
                        hints.country = country;
                    }
                }
            }
        }
        end
    }

    /// Countries, admin1 units or a US state abbreviation at `i`: (end, options
    /// as (admin1, country)), in candidate order.
    #[allow(clippy::type_complexity)]
    fn qualifier_place(&self, i: usize) -> Option<(usize, Vec<(Option<u16>, Option<usize>)>)> {
        if !self.is_cap(i) {
            return None;
        }
        let t = self.tokens.get(i)?;
        let written = token_text(self.story, t);
        if written.ends_with('.') || written == "DC" {
            if let Some(&a) = self.ix.us_states.get(&fold(written)) {
                let us = self.ix.country_by_iso2(*b"US");
                return Some((i + 1, vec![(Some(a), us)]));
            }
        }
        let (end, cands) = self.name_at(i, false)?;
        let options: Vec<(Option<u16>, Option<usize>)> = cands
            .iter()
            .filter_map(|c| match c {
                Cand::Country(k) | Cand::Region(_, k, _) => Some((None, Some(*k))),
                Cand::Admin(a) => Some((Some(a.id), self.ix.country_by_iso2(a.cc))),
                Cand::City(_) => None,
            })
            .collect();
        (!options.is_empty()).then_some((end, options))
    }

    fn resolve(&self, cands: Vec<Cand>, hints: &Hints) -> Option<Cand> {
        resolve::choose(self.ix, cands, hints, self.ranks, &self.local)
    }

    /// Walks a cued phrase starting at `j`; pushes what it finds; returns where
    /// scanning resumes.
    fn walk(&self, mut j: usize, cue: Cue, out: &mut Vec<Raw>) -> usize {
        let n = self.tokens.len();
        let start = j;
        let mut hints = Hints::default();
        // The adjective/possessive that gave the country hint, for a country-level place.
        let mut hint_span: Option<(usize, usize)> = None;
        let mut last_descr: Option<&str> = None;
        while j < n && j - start < MAX_WALK {
            let w = self.lower(j);
            if self.is_cap(j) {
                // "in Somali waters": an adjective before a lower-case word is a hint,
                // even when it is also a name (Ethiopia's Somali region).
                if let Some((end, c)) = self.adjective_at(j) {
                    let also_country = self.ix.country_names.contains_key(&fold(self.text(j, end)));
                    if !also_country && !self.is_cap(end) && self.lower(end) != "'s" {
                        hints.country = Some(c);
                        hint_span = Some((j, end));
                        j = end;
                        continue;
                    }
                }
                if let Some((end, cands)) = self.name_at(j, false) {
                    // "Syria's northern city of Aleppo": a possessive country is a hint.
                    if self.lower(end) == "'s" {
                        if let Some(Cand::Country(c)) =
                            cands.iter().find(|c| matches!(c, Cand::Country(_)))
                        {
                            hints.country = Some(*c);
                            hint_span = Some((j, end));
                            last_descr = None;
                            j = end + 1;
                            continue;
                        }
                    }
                    // "in Lai's trial": a possessive minor place is more likely a person.
                    if self.lower(end) == "'s"
                        && cands.iter().all(|c| match c {
                            Cand::City(p) => {
                                !self.ix.capitals.contains(&p.id)
                                    && !self.ix.notable.contains(&p.id)
                            }
                            _ => false,
                        })
                    {
                        break;
                    }
                    return self.emit(j, end, cands, hints, cue, out);
                }
                if let Some((end, c)) = self.adjective_at(j) {
                    hints.country = Some(c);
                    hint_span = Some((j, end));
                    j = end;
                    continue;
                }
                if skip_adjective(w) || direction(w) {
                    j += 1;
                    continue;
                }
                break;
            }
            if determiner(w) || w == "of" || direction(w) {
                j += 1;
                continue;
            }
            if let Some(kind) = descriptor(w) {
                if kind.is_some() {
                    hints.kind = kind;
                }
                last_descr = Some(w);
                j += 1;
                continue;
            }
            let t = &self.tokens[j];
            let modifier = t.kind == TokenKind::Word
                && (t.tag.is_adjective()
                    || t.tag.is_adverb()
                    || t.tag == Tag::VBN
                    || skip_adjective(w)
                    || w.ends_with("-held")
                    || w.ends_with("-controlled")
                    || w.ends_with("-torn"));
            if modifier {
                j += 1;
                continue;
            }
            break;
        }
        // No name: "near the Lebanese border", "in the Libyan capital", "in Iran's south".
        if let (Some(c), Some((a, b))) = (hints.country, hint_span) {
            let descr_end = j;
            match last_descr {
                Some("capital") => {
                    if let Some(p) = resolve::capital(self.ix, c) {
                        out.push(Raw {
                            first: a,
                            end: descr_end.max(b),
                            cue,
                            cand: Cand::City(p),
                        });
                    }
                }
                Some(d) if country_terminal(d) => out.push(Raw {
                    first: a,
                    end: descr_end.max(b),
                    cue,
                    cand: Cand::Country(c),
                }),
                None if self.lower(b) == "'s" => out.push(Raw {
                    first: a,
                    end: b,
                    cue,
                    cand: Cand::Country(c),
                }),
                _ => {}
            }
        }
        j.max(start)
    }

    fn emit(
        &self,
        first: usize,
        end: usize,
        cands: Vec<Cand>,
        mut hints: Hints,
        cue: Cue,
        out: &mut Vec<Raw>,
    ) -> usize {
        let mut fallback = None;
        let resume = self.qualifiers(end, &cands, &mut hints, &mut fallback);
        if let Some((q_end, cand)) = fallback {
            out.push(Raw {
                first,
                end: q_end,
                cue,
                cand,
            });
        } else if let Some(cand) = self.resolve(cands, &hints) {
            out.push(Raw {
                first,
                end,
                cue,
                cand,
            });
        }
        // Coordination: "in Mosul, Kirkuk and Tikrit".
        let mut k = resume;
        let mut chain = 0;
        while chain < 4 && matches!(self.lower(k), "and" | "or" | ",") && self.is_cap(k + 1) {
            let Some((e, cands)) = self.name_at(k + 1, false) else {
                break;
            };
            let mut h = Hints {
                kind: hints.kind,
                ..Hints::default()
            };
            let mut fallback = None;
            let r = self.qualifiers(e, &cands, &mut h, &mut fallback);
            if let Some((q_end, cand)) = fallback {
                out.push(Raw {
                    first: k + 1,
                    end: q_end,
                    cue,
                    cand,
                });
            } else if let Some(cand) = self.resolve(cands, &h) {
                out.push(Raw {
                    first: k + 1,
                    end: e,
                    cue,
                    cand,
                });
            }
            k = r;
            chain += 1;
        }
        k
    }

    /// Does the capitalized run at `i` end in `, Capitalized` (a possible
    /// `City, State`)? A cheap test before any lookup.
    fn comma_then_cap_after_run(&self, i: usize) -> bool {
        let mut k = i;
        while k < self.tokens.len()
            && k - i < MAX_NAME
            && (self.is_cap(k) || connector(self.lower(k)))
        {
            k += 1;
        }
        self.lower(k) == "," && self.is_cap(k + 1)
    }

    /// Countries of `the (direction)* ADJECTIVE city-descriptor` phrases: `the
    /// north Lebanese port` refers back to a city named nearby.
    fn anaphors(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for k in 0..self.tokens.len() {
            if self.lower(k) != "the" {
                continue;
            }
            let mut j = k + 1;
            while direction(self.lower(j)) {
                j += 1;
            }
            if let Some((e, c)) = self.adjective_at(j) {
                if descriptor(self.lower(e)) == Some(Some(Kind::City)) && !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// All mentions of the sentence, in order.
    pub fn run(&mut self) -> Vec<Raw> {
        self.local = self.anaphors();
        let mut out: Vec<Raw> = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            let w = self.lower(i);
            let cue = if locative(w) {
                Some(Cue::Locative)
            } else if matches!(w, "to" | "toward" | "towards") && motion_before(self.tokens, i) {
                Some(Cue::Motion)
            } else if w == "from" {
                Some(Cue::Origin)
            } else if self.is_cap(i + 1)
                && (w == "capital"
                    || (w == "of"
                        && i > 0
                        && descriptor(self.lower(i - 1)).is_some_and(|k| k.is_some())))
            {
                // "the town of Gorazde", "the capital Kabul".
                Some(Cue::Descriptor)
            } else {
                None
            };
            if let Some(cue) = cue {
                let before = out.len();
                let next = self.walk(i + 1, cue, &mut out);
                if out.len() > before {
                    i = next.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        // Bare countries and capitals outside the cued mentions.
        let mut bare = Vec::new();
        let mut i = 0;
        while i < n {
            if out.iter().any(|m| (m.first..m.end).contains(&i)) {
                i += 1;
                continue;
            }
            // "Lebanon, Pennsylvania": a name qualified by a state or country is a
            // place even without a cue (reported as bare all the same).
            if self.is_cap(i) && self.comma_then_cap_after_run(i) {
                if let Some((end, cands)) = self.name_at(i, false) {
                    let mut hints = Hints::default();
                    let mut fallback = None;
                    if self.qualifiers(end, &cands, &mut hints, &mut fallback) > end
                        && fallback.is_none()
                    {
                        if let Some(cand) = self.resolve(cands, &hints) {
                            bare.push(Raw {
                                first: i,
                                end,
                                cue: Cue::Bare,
                                cand,
                            });
                        }
                        i = end;
                        continue;
                    }
                }
            }
            if let Some((end, cands)) = self.name_at(i, true) {
                let overlaps = out.iter().any(|m| m.first < end && i < m.end);
                if !overlaps {
                    if let Some(cand) = self.resolve(cands, &Hints::default()) {
                        bare.push(Raw {
                            first: i,
                            end,
                            cue: Cue::Bare,
                            cand,
                        });
                    }
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out.extend(bare);
        out.sort_by_key(|m| (m.first, m.end));
        out.dedup_by(|a, b| a.first == b.first && a.end == b.end);
        out
    }
}

/// The token's text, or "" when the token does not belong to `story`.
pub fn token_text<'a>(story: &'a str, t: &Token) -> &'a str {
    story.get(t.start..t.end).unwrap_or("")
}

/// Does the token start with an upper-case letter (false for foreign tokens)?
pub fn capitalized(story: &str, t: &Token) -> bool {
    token_text(story, t)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Two- and three-letter aliases (`us`, `uk`, `uae`, `drc`) match only when
/// written in capitals, never as the words `us` or `Us`.
fn is_short_alias(key: &str) -> bool {
    key.len() <= 3
}
