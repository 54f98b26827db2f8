//! Code-system conversions used by `agg` and the exports, all from
//! dyad_ontology's tables plus the few facts it does not carry (documented
//! where they are defined).

use std::fmt;
use std::str::FromStr;

use dyad_ontology::{actor_type, country, parse_actor_code, religion};

/// Country code system of aggregate tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codes {
    /// CAMEO country codes as coded (`IRN`, `ROM`; regions and `IGO` kept).
    Cameo,
    /// ISO 3166-1 alpha-3 (`ROU` for Romania); rows without one are dropped.
    Iso3,
    /// Correlates of War state number (`365`).
    Cow,
    /// Correlates of War state abbreviation (`RUS`).
    CowAlpha,
    /// Gleditsch–Ward state number: see [`gw_number`].
    Gw,
}

impl FromStr for Codes {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cameo" => Ok(Codes::Cameo),
            "iso3" => Ok(Codes::Iso3),
            "cow" => Ok(Codes::Cow),
            "cow-alpha" | "cow_alpha" => Ok(Codes::CowAlpha),
            "gw" => Ok(Codes::Gw),
            other => Err(format!(
                "unknown code system {other:?}: use cameo, iso3, cow, cow-alpha or gw"
            )),
        }
    }
}

impl fmt::Display for Codes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Codes::Cameo => "cameo",
            Codes::Iso3 => "iso3",
            Codes::Cow => "cow",
            Codes::CowAlpha => "cow-alpha",
            Codes::Gw => "gw",
        })
    }
}

impl Codes {
    /// Whether codes of this system are numbers (sorted numerically).
    pub fn numeric(self) -> bool {
        matches!(self, Codes::Cow | Codes::Gw)
    }

    /// Maps a CAMEO country-slot code to this system; `None` when it has no
    /// code there (regions, `IGO`, territories without a COW number…).
    pub fn map(self, cameo_country: &str) -> Option<String> {
        if cameo_country.is_empty() {
            return None;
        }
        match self {
            Codes::Cameo => Some(cameo_country.to_string()),
            Codes::Iso3 => country(cameo_country).and_then(|c| c.iso3.clone()),
            Codes::Cow => country(cameo_country)
                .and_then(|c| c.cow_numeric)
                .map(|n| n.to_string()),
            Codes::CowAlpha => country(cameo_country).and_then(|c| c.cow_alpha.clone()),
            Codes::Gw => gw_number(cameo_country).map(|n| n.to_string()),
        }
    }
}

/// Gleditsch–Ward state number of a CAMEO country code.
///
/// The Gleditsch & Ward (1999) state list uses the Correlates of War numbers
/// except for a short list of states whose history the two lists cut
/// differently. For present-day states those differences are:
///
/// | state | COW | GW | why |
/// |---|---|---|---|
/// | Germany | 255 | 260 | GW continues the Federal Republic (260) after 1990; COW reverts to 255 |
/// | Yemen | 679 | 678 | GW continues the Yemen Arab Republic (678) after 1990; COW starts 679 |
/// | Serbia | 345 | 340 | GW gives post-2006 Serbia 340; COW keeps Yugoslavia's 345 |
/// | Kiribati | 946 | 970 | GW microstates list |
/// | Nauru | 970 | 971 | GW microstates list |
/// | Tonga | 955 | 972 | GW microstates list |
/// | Tuvalu | 947 | 973 | GW microstates list |
///
/// Historical splits (e.g. GW 265 East Germany vs COW 265, 680 South Yemen,
/// 817 South Vietnam) coincide or do not occur in dyad's present-day codes.
/// Everything else is the COW number from dyad_ontology.
pub fn gw_number(cameo_country: &str) -> Option<u32> {
    let c = country(cameo_country)?;
    let cow = c.cow_numeric?;
    Some(match (c.code.as_str(), cow) {
        ("DEU", 255) => 260,
        ("YEM", 679) => 678,
        ("SRB", 345) => 340,
        ("KIR", 946) => 970,
        ("NRU", 970) => 971,
        ("TON", 955) => 972,
        ("TUV", 947) => 973,
        _ => cow,
    })
}

/// The ICEWS `Intensity` of a CAMEO code: the Goldstein weight, except at the
/// four codes where ICEWS's event-type table differs from GDELT's
/// `CAMEO.goldsteinscale.txt` (ICEWS codebook via andybega/icews; see
/// `goldstein_icews` in the shared `cameo_events.tsv`). Codes ICEWS lacks
/// (155, 176, 1214, 1834, 1951, 1952) keep dyad's inherited value.
pub fn icews_intensity(cameo: &str, goldstein: f64) -> f64 {
    match cameo {
        "016" => -5.0,
        "022" => 3.4,
        "164" => -6.5,
        "165" => -7.0,
        _ => goldstein,
    }
}

/// A CAMEO actor code split into GDELT's actor attribute columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GdeltActor {
    pub country: String,
    pub known_group: String,
    pub ethnic: String,
    pub religion1: String,
    pub religion2: String,
    pub types: [String; 3],
}

/// Splits a CAMEO actor code the way GDELT's columns do: the country slot
/// goes to `*CountryCode` when it is a CAMEO country/region code and to
/// `*Type1Code` when it is an international generic (`IGO`, `NGO`, …); later
/// segments go to `*KnownGroupCode` (first known group), `*Religion1/2Code`
/// (religion codes) or `*Type1..3Code` (roles, in order). Region qualifiers
/// inside IGO codes (`WST` in `IGOWSTNAT`) have no column. Unparsable codes
/// give empty attributes.
pub fn gdelt_actor(code: &str) -> GdeltActor {
    let mut g = GdeltActor::default();
    let Ok(parsed) = parse_actor_code(code) else {
        return g;
    };
    let mut types: Vec<String> = Vec::new();
    if let Some(c) = &parsed.country {
        if country(c).is_some() {
            g.country = c.clone();
        } else if actor_type(c).is_some() {
            types.push(c.clone());
        }
    }
    for seg in &parsed.sectors {
        if let Some(t) = actor_type(seg) {
            if t.class == "known_group" {
                if g.known_group.is_empty() {
                    g.known_group = seg.clone();
                }
            } else {
                types.push(seg.clone());
            }
        } else if religion(seg).is_some() {
            if g.religion1.is_empty() {
                g.religion1 = seg.clone();
            } else if g.religion2.is_empty() {
                g.religion2 = seg.clone();
            }
        }
    }
    for (slot, t) in g.types.iter_mut().zip(types) {
        *slot = t;
    }
    g
}

/// The CAMEO sector codes of an actor code, as PLOVER sectors: codes PLOVER
/// shares are kept, CAMEO `MED` (media) becomes PLOVER `JRN`, `HLH` (health)
/// becomes PLOVER `MED`, `INS`/`SEP` fold into `REB`; sectors PLOVER lacks are
/// dropped.
pub fn plover_sectors(code: &str) -> Vec<String> {
    let Ok(parsed) = parse_actor_code(code) else {
        return vec![];
    };
    let mut out: Vec<String> = Vec::new();
    for seg in &parsed.sectors {
        let mapped = match seg.as_str() {
            "MED" => "JRN",
            "HLH" => "MED",
            "INS" | "SEP" => "REB",
            s => s,
        };
        if dyad_ontology::plover_sector(mapped).is_some() && !out.iter().any(|o| o == mapped) {
            out.push(mapped.to_string());
        }
    }
    out
}

/// PLOVER's three-letter entity code for a CAMEO country slot: ISO alpha-3
/// for states (PLOVER/POLECAT use ISO codes: `ROU`, not CAMEO `ROM`),
/// the CAMEO code itself otherwise (`IGO`, regions).
pub fn plover_country(cameo_country: &str) -> String {
    country(cameo_country)
        .and_then(|c| c.iso3.clone())
        .unwrap_or_else(|| cameo_country.to_string())
}

/// The country's English name (ICEWS writes names, not codes).
pub fn country_name(cameo_country: &str) -> String {
    country(cameo_country)
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// The sector labels of an actor code's segments after the country
/// (`IRNGOVMIL` → `Government,Military`), for ICEWS's `Sectors` columns.
pub fn sector_labels(code: &str) -> String {
    let Ok(parsed) = parse_actor_code(code) else {
        return String::new();
    };
    parsed
        .sectors
        .iter()
        .filter_map(|s| actor_type(s).map(|t| t.label.clone()))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(",")
}

/// A stable 52-bit integer id from a hex id (GDELT `GLOBALEVENTID`, ICEWS
/// `Event ID`): the first 13 hex digits, so the number is exact in any
/// reader that parses it as a double.
pub fn numeric_id(hex_id: &str) -> u64 {
    let digits: String = hex_id
        .chars()
        .filter(|c| c.is_ascii_hexdigit())
        .take(13)
        .collect();
    u64::from_str_radix(&digits, 16).unwrap_or(0)
}

/// US states and the District of Columbia as GeoNames names them (the
/// `admin1` of dyad's places), with their postal codes. GDELT's US
/// `ADM1Code` is `US` + the postal code (`USTX`); FIPS ADM1 codes of other
/// countries are not in dyad_ontology.
const US_STATES: &[(&str, &str)] = &[
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virginia", "VA"),
    ("Washington", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
    ("Washington, D.C.", "DC"),
    ("District of Columbia", "DC"),
];

/// GDELT's `ADM1Code` of a US state (`Texas` → `USTX`).
pub fn us_state_adm1(admin1: &str) -> Option<String> {
    US_STATES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(admin1.trim()))
        .map(|(_, code)| format!("US{code}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_systems() {
        assert_eq!(Codes::Iso3.map("ROM").as_deref(), Some("ROU"));
        assert_eq!(Codes::Cow.map("RUS").as_deref(), Some("365"));
        assert_eq!(Codes::CowAlpha.map("RUS").as_deref(), Some("RUS"));
        assert_eq!(Codes::Gw.map("RUS").as_deref(), Some("365"));
        assert_eq!(Codes::Gw.map("DEU").as_deref(), Some("260"));
        assert_eq!(Codes::Cow.map("DEU").as_deref(), Some("255"));
        assert_eq!(Codes::Gw.map("YEM").as_deref(), Some("678"));
        assert_eq!(Codes::Iso3.map("IGO"), None);
        assert_eq!(Codes::Cameo.map("IGO").as_deref(), Some("IGO"));
    }

    #[test]
    fn gdelt_split() {
        let g = gdelt_actor("IRNGOVMIL");
        assert_eq!(g.country, "IRN");
        assert_eq!(g.types[0], "GOV");
        assert_eq!(g.types[1], "MIL");
        let g = gdelt_actor("IGOUNO");
        assert_eq!(g.country, "");
        assert_eq!(g.types[0], "IGO");
        assert_eq!(g.known_group, "UNO");
        assert_eq!(gdelt_actor("13y"), GdeltActor::default());
    }

    #[test]
    fn plover_sector_mapping() {
        assert_eq!(plover_sectors("USAMED"), ["JRN"]);
        assert_eq!(plover_sectors("IRNGOV"), ["GOV"]);
        assert_eq!(plover_country("ROM"), "ROU");
        assert_eq!(plover_country("IGO"), "IGO");
    }

    #[test]
    fn numeric_ids_are_52_bit() {
        assert_eq!(numeric_id("ffffffffffffffff"), (1u64 << 52) - 1);
        assert_eq!(numeric_id("0000000000001"), 1);
    }
}
