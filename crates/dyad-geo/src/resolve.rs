//! Choosing among the places a name could be.
//!
//! GeoNames as shipped has no population, so candidates are ranked by additive
//! scores (all in one place here so they can be read together):
//!
//! | evidence | score |
//! |---|---|
//! | a country name or alias (`Georgia`, `U.S.`) | 13.5 |
//! | a region from the table (`Darfur`, `Kurdistan`) | 11 |
//! | an admin1 unit (`Texas`, `Punjab`) | 7 + up to 1 for its number of places |
//! | a city that is a national capital (table) | 12 |
//! | a city that is the well-known bearer of its name (table) | 8 |
//! | a city named like its admin1/admin2 unit (a likely seat) | +2 |
//! | a city's neighbourhood density (places within ≈15 km) | +0.4·log2(1+n), at most +2.5 |
//! | a name matched only through a variant key (`Basrah` for `Al Basrah`) | −0.5 |
//! | the candidate's country is the story's 1st / 2nd / 3rd / later country | +6 / +5 / +4.5 / +4 |
//! | the sentence refers to a city of that country (`the north Lebanese port`) | +4 |
//!
//! A city that is the seat of a same-named admin1 unit replaces the unit
//! (`Kandahar`), unless a descriptor says `province`.
//!
//! Hard constraints apply before scoring, each only when some candidate meets it:
//! an explicit qualifier (`Paris, Texas`; `Tripoli in northern Lebanon`;
//! `Tripoli, the Libyan capital`; `the Iraqi city of Basra`) keeps only
//! candidates in that admin1 unit or country, and a descriptor (`the city of`,
//! `the province of`) keeps only cities or only admin units.
//!
//! Consequences worth knowing: `Paris` is French unless qualified, even in a US
//! story (12 + density against 6 + a small density); `Tripoli` is Libyan unless
//! Lebanon is among the story's countries (the Lebanese Tripoli is in the notable
//! table, 8 + 6 > 12); `Georgia` is the country unless the US is the story's
//! *first* country and Georgia is not among them (admin1 7.9 + 6 > 13.5).

use crate::gazetteer::{self, Admin1, GazPlace};
use crate::index::Index;

/// What a name could denote.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cand {
    City(GazPlace),
    Admin(Admin1),
    /// Index into `Index::countries`.
    Country(usize),
    /// A region from the table: (its key's region, country, admin1 for the position).
    Region(&'static str, usize, Option<u16>),
}

/// What the text says about the kind of place (`the city of`, `the province of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    City,
    Admin,
}

/// Constraints from the text around a name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hints {
    /// Country (index into `Index::countries`) the place must be in.
    pub country: Option<usize>,
    /// Admin1 unit the place must be in.
    pub admin1: Option<u16>,
    pub kind: Option<Kind>,
}

pub fn cand_country(ix: &Index, c: &Cand) -> Option<usize> {
    match c {
        Cand::City(p) => ix.country_by_iso2(p.cc),
        Cand::Admin(a) => ix.country_by_iso2(a.cc),
        Cand::Country(i) => Some(*i),
        Cand::Region(_, i, _) => Some(*i),
    }
}

/// All candidates for a folded name: countries, regions, alternates, gazetteer
/// places and admin1 units.
pub fn candidates(ix: &Index, key: &str, acronym: bool) -> Vec<Cand> {
    let mut out = Vec::new();
    if let Some(&c) = ix.country_names.get(key) {
        out.push(Cand::Country(c));
    }
    if acronym {
        // `UN`, `EU`, `ICC`: only country abbreviations, never towns.
        return out;
    }
    if let Some(r) = ix.regions.get(key) {
        out.push(Cand::Region(r.name, r.country, r.admin1));
    }
    if let Some(ids) = ix.alternates.get(key) {
        out.extend(
            ids.iter()
                .filter_map(|&i| gazetteer::place(i))
                .map(Cand::City),
        );
    }
    for p in gazetteer::lookup(key) {
        if !out
            .iter()
            .any(|c| matches!(c, Cand::City(q) if q.id == p.id))
        {
            out.push(Cand::City(p));
        }
    }
    out.extend(gazetteer::lookup_admin1(key).map(Cand::Admin));
    out
}

fn base_score(ix: &Index, c: &Cand) -> f64 {
    match c {
        Cand::Country(_) => 13.5,
        Cand::Region(..) => 11.0,
        Cand::Admin(a) => 7.0 + (f64::from(a.places.max(1)).log10() / 3.0).min(1.0),
        Cand::City(p) => {
            let mut s = if ix.capitals.contains(&p.id) {
                12.0
            } else if ix.notable.contains(&p.id) {
                8.0
            } else {
                0.0
            };
            if p.seat {
                s += 2.0;
            }
            s += (0.4 * f64::from(p.density).ln_1p() / std::f64::consts::LN_2).min(2.5);
            if p.alias {
                s -= 0.5;
            }
            s
        }
    }
}

fn context_bonus(rank: Option<usize>) -> f64 {
    match rank {
        Some(0) => 6.0,
        Some(1) => 5.0,
        Some(2) => 4.5,
        Some(_) => 4.0,
        None => 0.0,
    }
}

/// The best candidate under `hints` and the story's countries (`ranks`: country
/// indices, most important first).
pub fn choose(
    ix: &Index,
    mut cands: Vec<Cand>,
    hints: &Hints,
    ranks: &[usize],
    local: &[usize],
) -> Option<Cand> {
    if let Some(a) = hints.admin1 {
        let inside: Vec<Cand> = cands
            .iter()
            .copied()
            .filter(|c| match c {
                Cand::City(p) => p.admin1 == Some(a),
                Cand::Admin(x) => x.id == a,
                _ => false,
            })
            .collect();
        if !inside.is_empty() {
            cands = inside;
        }
    }
    if let Some(country) = hints.country {
        let inside: Vec<Cand> = cands
            .iter()
            .copied()
            .filter(|c| cand_country(ix, c) == Some(country))
            .collect();
        if !inside.is_empty() {
            cands = inside;
        }
    }
    let is_city = |c: &Cand| matches!(c, Cand::City(_));
    let is_admin = |c: &Cand| matches!(c, Cand::Admin(_) | Cand::Region(..));
    let keep: Option<&dyn Fn(&Cand) -> bool> = match hints.kind {
        Some(Kind::City) => Some(&is_city),
        Some(Kind::Admin) => Some(&is_admin),
        None => None,
    };
    if let Some(keep) = keep {
        if cands.iter().any(keep) {
            cands.retain(keep);
        }
    }
    // "Kandahar": the city that is its province's seat rather than the province,
    // unless the text says province.
    if hints.kind != Some(Kind::Admin) {
        let seats: Vec<u16> = cands
            .iter()
            .filter_map(|c| match c {
                Cand::City(p) if p.seat => p.admin1,
                _ => None,
            })
            .collect();
        cands.retain(|c| !matches!(c, Cand::Admin(a) if seats.contains(&a.id)));
    }
    let score = |c: &Cand| {
        let country = cand_country(ix, c);
        let rank = country.and_then(|k| ranks.iter().position(|&r| r == k));
        let anaphor = if country.is_some_and(|k| local.contains(&k)) {
            4.0
        } else {
            0.0
        };
        base_score(ix, c) + context_bonus(rank) + anaphor
    };
    let mut best: Option<(f64, Cand)> = None;
    for c in cands {
        let s = score(&c);
        // Ties keep the earlier candidate: countries, regions, alternates, then
        // gazetteer order.
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, c));
        }
    }
    best.map(|(_, c)| c)
}

/// The capital city of a country, if the table has one.
pub fn capital(ix: &Index, country: usize) -> Option<GazPlace> {
    ix.capital_of
        .get(&country)
        .and_then(|&i| gazetteer::place(i))
}
