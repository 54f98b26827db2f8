//! The in-memory side of the gazetteer: countries (from dyad-ontology plus
//! aliases and adjectives), capitals, notable places, alternates, regions and
//! US state abbreviations, each resolved once against the embedded GeoNames
//! index. Built lazily on first use (well under a millisecond; see the
//! `bench_voa` example for the measured figure).

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::fold::fold;
use crate::gazetteer::{self, GazPlace};
use crate::tables;

/// FNV-1a for the small string-keyed tables: faster than SipHash on short
/// keys, and the keys are our own, not attacker-chosen.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
pub type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;

/// One country as dyad-geo reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryInfo {
    pub iso2: [u8; 2],
    /// ISO 3166-1 alpha-3 (`XKX` for Kosovo).
    pub iso3: Option<String>,
    /// CAMEO country code (`ROM`, `KSV`).
    pub cameo: Option<String>,
    /// English name from the ontology (or the alias table).
    pub name: String,
}

/// A region that is not a GeoNames admin1 name as written.
#[derive(Debug, Clone)]
pub struct Region {
    pub name: &'static str,
    pub country: usize,
    pub admin1: Option<u16>,
}

pub struct Index {
    pub countries: Vec<CountryInfo>,
    by_iso2: HashMap<[u8; 2], usize>,
    /// Folded country name or alias → country.
    pub country_names: HashMap<String, usize>,
    /// Folded adjective → country (`lebanese`, `south korean`).
    pub adjectives: HashMap<String, usize>,
    pub capitals: HashSet<u32>,
    /// Folded key → capital records (names and alternates), for the cheap bare scan.
    pub capital_keys: HashMap<String, Vec<u32>>,
    /// First listed capital of each country.
    pub capital_of: HashMap<usize, u32>,
    pub notable: HashSet<u32>,
    /// Folded alternate name → gazetteer records.
    pub alternates: HashMap<String, Vec<u32>>,
    pub regions: HashMap<String, Region>,
    /// Folded US state abbreviation → admin1.
    pub us_states: HashMap<String, u16>,
    /// Folded names that are never places (`asia`, `white house`).
    pub not_places: HashSet<String>,
    /// Table entries that did not resolve (reported by a test, never fatal).
    pub unresolved: Vec<String>,
}

fn iso2_bytes(s: &str) -> Option<[u8; 2]> {
    let b = s.as_bytes();
    (b.len() == 2).then(|| [b[0], b[1]])
}

/// The gazetteer record named `name` in country `cc`, preferring the one with
/// the most neighbours when GeoNames lists several.
pub fn find_place(cc: &str, name: &str) -> Option<GazPlace> {
    let key = fold(name.split(" / ").next().unwrap_or(name));
    gazetteer::lookup(&key)
        .filter(|p| p.cc_str() == cc && p.name == name)
        .max_by_key(|p| p.density)
        .or_else(|| {
            gazetteer::lookup(&key)
                .filter(|p| p.cc_str() == cc)
                .max_by_key(|p| p.density)
        })
}

impl Index {
    pub fn build() -> Index {
        let mut ix = Index {
            countries: Vec::new(),
            by_iso2: HashMap::default(),
            country_names: HashMap::default(),
            adjectives: HashMap::default(),
            capitals: HashSet::default(),
            capital_keys: HashMap::default(),
            capital_of: HashMap::default(),
            notable: HashSet::default(),
            alternates: HashMap::default(),
            regions: HashMap::default(),
            us_states: HashMap::default(),
            not_places: tables::NOT_PLACES.iter().map(|n| fold(n)).collect(),
            unresolved: Vec::new(),
        };
        for c in dyad_ontology::countries() {
            if c.kind == "region" {
                ix.not_places.insert(fold(&c.name));
            }
        }
        // Countries: one per ISO-2, the canonical CAMEO row where several share it.
        for c in dyad_ontology::countries() {
            let Some(iso2) = c.iso2.as_deref().and_then(iso2_bytes) else {
                continue;
            };
            let canonical = c
                .iso3
                .as_deref()
                .is_some_and(|i| dyad_ontology::normalize_country(i) == c.code);
            let info = CountryInfo {
                iso2,
                iso3: c.iso3.clone(),
                cameo: Some(c.code.clone()),
                name: c.name.clone(),
            };
            match ix.by_iso2.get(&iso2) {
                Some(&i) if canonical => ix.countries[i] = info,
                Some(_) => {}
                None => {
                    ix.by_iso2.insert(iso2, ix.countries.len());
                    ix.countries.push(info);
                }
            }
        }
        // Kosovo has a CAMEO code but no ISO-2 in the ontology; GeoNames uses XK.
        if !ix.by_iso2.contains_key(b"XK") {
            let cameo = dyad_ontology::country("KSV").map(|c| c.code.clone());
            ix.by_iso2.insert(*b"XK", ix.countries.len());
            ix.countries.push(CountryInfo {
                iso2: *b"XK",
                iso3: Some("XKX".into()),
                cameo,
                name: "Kosovo".into(),
            });
        }
        for (i, c) in ix.countries.iter().enumerate() {
            let name = c.name.split(" (").next().unwrap_or(&c.name);
            ix.country_names.insert(fold(name), i);
        }
        for (alias, iso2) in tables::COUNTRY_ALIASES {
            match iso2_bytes(iso2).and_then(|b| ix.by_iso2.get(&b)) {
                Some(&i) => {
                    ix.country_names.insert(fold(alias), i);
                }
                None => ix.unresolved.push(format!("country alias {alias}")),
            }
        }
        for (iso2, forms) in tables::ADJECTIVES {
            match iso2_bytes(iso2).and_then(|b| ix.by_iso2.get(&b)) {
                Some(&i) => {
                    for f in *forms {
                        ix.adjectives.insert(fold(f), i);
                    }
                }
                None => ix.unresolved.push(format!("adjective {iso2}")),
            }
        }
        for (cc, name) in tables::CAPITALS {
            match find_place(cc, name) {
                Some(p) => {
                    ix.capitals.insert(p.id);
                    if let Some(&c) = iso2_bytes(cc).and_then(|b| ix.by_iso2.get(&b)) {
                        ix.capital_of.entry(c).or_insert(p.id);
                    }
                    // All records of this place (its name variants) count as the capital.
                    for q in gazetteer::lookup(&fold(name)) {
                        if q.cc == p.cc && q.name == p.name && q.admin1 == p.admin1 {
                            ix.capitals.insert(q.id);
                        }
                    }
                }
                None => ix.unresolved.push(format!("capital {cc} {name}")),
            }
        }
        for (cc, name, admin) in tables::NOTABLE {
            let found = if admin.is_empty() {
                find_place(cc, name)
            } else {
                gazetteer::lookup(&fold(name)).find(|p| {
                    p.cc_str() == *cc
                        && p.admin1
                            .and_then(gazetteer::admin1)
                            .is_some_and(|a| a.name == *admin)
                })
            };
            match found {
                Some(p) => {
                    ix.notable.insert(p.id);
                }
                None => ix.unresolved.push(format!("notable {cc} {name}")),
            }
        }
        for (alt, cc, name) in tables::ALTERNATES {
            match find_place(cc, name) {
                Some(p) => {
                    let v = ix.alternates.entry(fold(alt)).or_default();
                    if !v.contains(&p.id) {
                        v.push(p.id);
                    }
                }
                None => ix.unresolved.push(format!("alternate {alt} {cc} {name}")),
            }
        }
        for (name, cc, admin) in tables::REGIONS {
            let Some(&country) = iso2_bytes(cc).and_then(|b| ix.by_iso2.get(&b)) else {
                ix.unresolved.push(format!("region {name}"));
                continue;
            };
            let admin1 = if admin.is_empty() {
                None
            } else {
                let a = gazetteer::lookup_admin1(&fold(admin))
                    .find(|a| a.cc_str() == *cc)
                    .map(|a| a.id);
                if a.is_none() {
                    ix.unresolved.push(format!("region admin1 {admin}"));
                }
                a
            };
            ix.regions.insert(
                fold(name),
                Region {
                    name,
                    country,
                    admin1,
                },
            );
        }
        for (abbr, state) in tables::US_STATE_ABBREVIATIONS {
            match gazetteer::lookup_admin1(&fold(state)).find(|a| a.cc_str() == "US") {
                Some(a) => {
                    ix.us_states.insert(fold(abbr), a.id);
                }
                None => ix.unresolved.push(format!("US state {abbr}")),
            }
        }
        for &id in &ix.capitals {
            if let Some(p) = gazetteer::place(id) {
                ix.capital_keys
                    .entry(p.key.to_owned())
                    .or_default()
                    .push(id);
            }
        }
        for (alt, ids) in &ix.alternates {
            for id in ids.iter().filter(|id| ix.capitals.contains(id)) {
                let v = ix.capital_keys.entry(alt.clone()).or_default();
                if !v.contains(id) {
                    v.push(*id);
                }
            }
        }
        ix
    }

    pub fn country_by_iso2(&self, cc: [u8; 2]) -> Option<usize> {
        self.by_iso2.get(&cc).copied()
    }

    /// Country index of a CAMEO or ISO-3 code (also a CAMEO actor code's first three letters).
    pub fn country_by_code(&self, code: &str) -> Option<usize> {
        let code = code.trim();
        let up = code.to_ascii_uppercase();
        let try_one = |c: &str| -> Option<usize> {
            let row = dyad_ontology::country(&dyad_ontology::normalize_country(c))
                .or_else(|| dyad_ontology::country_by_iso3(c))?;
            if row.code == "KSV" {
                return self.country_by_iso2(*b"XK");
            }
            self.country_by_iso2(iso2_bytes(row.iso2.as_deref()?)?)
        };
        if up == "XKX" || up == "KOS" || up == "KSV" {
            return self.country_by_iso2(*b"XK");
        }
        if up.len() == 2 {
            return self.country_by_iso2(iso2_bytes(&up)?);
        }
        try_one(&up).or_else(|| up.get(..3).and_then(try_one))
    }
}
