//! CAMEO country, region and territory codes with their ISO 3166, FIPS 10-4
//! and Correlates of War equivalents.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::tsv::{self, Table};

const DATA: &str = include_str!("../data/countries.tsv");

/// A CAMEO country-slot code: a state, territory, region (`AFR`, `MEA`,
/// `WST`, `EUR` = Europe), historical state (`USR`, `YUG`), special location
/// (`WSB`, `GZS`) or one of three six-letter sub-state codes (`CHNTIB`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Country {
    /// CAMEO code (`ROM` for Romania, `TMP` for East Timor, `KSV` for Kosovo).
    pub code: String,
    /// English name.
    pub name: String,
    /// `state`, `territory/dependency or non-COW entity`, `region`,
    /// `historical state`, `sub-national/special location` or
    /// `sub-national entity (CAMEO compound code)`.
    pub kind: String,
    /// ISO 3166-1 alpha-3 (what PLOVER/POLECAT use).
    pub iso3: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub iso2: Option<String>,
    /// ISO 3166-1 numeric, zero-padded to 3 digits (`"004"`).
    pub iso_numeric: Option<String>,
    /// FIPS 10-4 code (GDELT's `*Geo_CountryCode`), e.g. `"RS"` for Russia.
    pub fips: Option<String>,
    /// Correlates of War state abbreviation (`"UKG"`).
    pub cow_alpha: Option<String>,
    /// Correlates of War state number (`200`).
    pub cow_numeric: Option<u32>,
}

struct Countries {
    table: Table<Country>,
    by_iso3: HashMap<&'static str, usize>,
}

fn data() -> &'static Countries {
    static DATA_CELL: OnceLock<Countries> = OnceLock::new();
    DATA_CELL.get_or_init(load)
}

fn load() -> Countries {
    const NAME: &str = "countries.tsv";
    let header = [
        "code",
        "name",
        "kind",
        "iso3",
        "iso2",
        "iso_numeric",
        "fips",
        "cow_alpha",
        "cow_numeric",
    ];
    let mut iso3_keys = Vec::new();
    let table = Table::new(tsv::rows(NAME, DATA, &header).map(|f| {
        iso3_keys.push(f[3]);
        let country = Country {
            code: f[0].to_owned(),
            name: f[1].to_owned(),
            kind: f[2].to_owned(),
            iso3: tsv::opt(f[3]),
            iso2: tsv::opt(f[4]),
            iso_numeric: tsv::opt(f[5]),
            fips: tsv::opt(f[6]),
            cow_alpha: tsv::opt(f[7]),
            cow_numeric: tsv::opt_num(NAME, "cow_numeric", f[8]),
        };
        (f[0], country)
    }));
    // Several rows can share an ISO-3 code (ROM and ROU are both Romania):
    // prefer the canonical CAMEO code, i.e. the one normalize_country gives.
    let mut by_iso3: HashMap<&'static str, usize> = HashMap::new();
    for (i, iso3) in iso3_keys.into_iter().enumerate() {
        if iso3.is_empty() {
            continue;
        }
        let canonical = normalize_country(iso3);
        let is_canonical = table.rows.get(i).is_some_and(|c| c.code == canonical);
        if is_canonical {
            by_iso3.insert(iso3, i);
        } else {
            by_iso3.entry(iso3).or_insert(i);
        }
    }
    Countries { table, by_iso3 }
}

/// Looks up a CAMEO country/region code exactly (upper-case, e.g. `"IRN"`,
/// `"EUR"`, `"CHNTIB"`). For ISO-3 or PLOVER spellings use
/// [`country_by_iso3`] or `country(&normalize_country(code))`.
pub fn country(cameo_code: &str) -> Option<&'static Country> {
    data().table.get(cameo_code)
}

/// Looks up a country by its exact ISO 3166-1 alpha-3 code (`"ROU"` → the
/// `ROM` row, `"TLS"` → `TMP`). Regions and other rows without ISO code are
/// not reachable this way.
pub fn country_by_iso3(iso3: &str) -> Option<&'static Country> {
    let d = data();
    d.by_iso3.get(iso3).and_then(|&i| d.table.rows.get(i))
}

/// All 283 rows, in source order (specials, regions, then states and others).
pub fn countries() -> &'static [Country] {
    &data().table.rows
}

/// Maps a country code to the CAMEO spelling.
///
/// The input is trimmed and ASCII upper-cased; then the ISO-3 / PLOVER /
/// NGEC spellings that differ from CAMEO are replaced:
///
/// | input | CAMEO | |
/// |---|---|---|
/// | `ROU` | `ROM` | Romania |
/// | `TLS` | `TMP` | East Timor |
/// | `MNE` | `MTN` | Montenegro |
/// | `IMN` | `IMY` | Isle of Man |
/// | `XKX`, `KOS` | `KSV` | Kosovo (NGEC, PLOVER) |
///
/// Everything else (including codes that are not countries at all) passes
/// through unchanged apart from trimming and upper-casing. `EUR` is not
/// touched although PLOVER uses it for the European Union: in CAMEO it is
/// Europe, and the EU is `IGOEEC`.
pub fn normalize_country(code: &str) -> String {
    let up = code.trim().to_ascii_uppercase();
    match up.as_str() {
        "ROU" => "ROM".to_owned(),
        "TLS" => "TMP".to_owned(),
        "MNE" => "MTN".to_owned(),
        "IMN" => "IMY".to_owned(),
        "XKX" | "KOS" => "KSV".to_owned(),
        _ => up,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let usa = country("USA").expect("USA");
        assert_eq!(usa.name, "United States");
        assert_eq!(usa.iso2.as_deref(), Some("US"));
        assert_eq!(usa.iso_numeric.as_deref(), Some("840"));
        assert_eq!(usa.fips.as_deref(), Some("US"));
        assert_eq!(usa.cow_alpha.as_deref(), Some("USA"));
        assert_eq!(usa.cow_numeric, Some(2));
        assert_eq!(country("EUR").map(|c| c.kind.as_str()), Some("region"));
        assert_eq!(country("CHNTIB").map(|c| c.name.as_str()), Some("Tibet"));
        assert!(country("usa").is_none());
        assert!(country("").is_none());
        let rus = country("RUS").expect("RUS");
        assert_eq!(rus.fips.as_deref(), Some("RS"));
        // Corrections applied by scripts/gen_ontology.py.
        let cog = country("COG").expect("COG");
        assert_eq!(
            (cog.cow_alpha.as_deref(), cog.cow_numeric),
            (Some("CON"), Some(484))
        );
        assert_eq!(
            country("JPN")
                .and_then(|c| c.iso_numeric.clone())
                .as_deref(),
            Some("392")
        );
        let ksv = country("KSV").expect("KSV");
        assert_eq!(
            (ksv.iso2.as_deref(), ksv.fips.as_deref()),
            (None, Some("KV"))
        );
    }

    #[test]
    fn iso3_lookup_prefers_cameo_code() {
        assert_eq!(country_by_iso3("ROU").map(|c| c.code.as_str()), Some("ROM"));
        assert_eq!(country_by_iso3("MNE").map(|c| c.code.as_str()), Some("MTN"));
        assert_eq!(country_by_iso3("TLS").map(|c| c.code.as_str()), Some("TMP"));
        assert_eq!(country_by_iso3("IMN").map(|c| c.code.as_str()), Some("IMY"));
        assert_eq!(country_by_iso3("DEU").map(|c| c.code.as_str()), Some("DEU"));
        assert!(country_by_iso3("AFR").is_none());
        assert!(country_by_iso3("").is_none());
        assert!(country_by_iso3("XKX").is_none());
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize_country("ROU"), "ROM");
        assert_eq!(normalize_country("tls"), "TMP");
        assert_eq!(normalize_country(" MNE "), "MTN");
        assert_eq!(normalize_country("IMN"), "IMY");
        assert_eq!(normalize_country("XKX"), "KSV");
        assert_eq!(normalize_country("KOS"), "KSV");
        assert_eq!(normalize_country("USA"), "USA");
        assert_eq!(normalize_country("EUR"), "EUR");
        assert_eq!(normalize_country("whatever"), "WHATEVER");
        assert_eq!(normalize_country(""), "");
        assert_eq!(normalize_country("Ünï"), "ÜNï");
    }

    #[test]
    fn integrity() {
        let all = countries();
        assert_eq!(all.len(), 283);
        let mut seen = std::collections::HashSet::new();
        for c in all {
            assert!(seen.insert(c.code.as_str()), "duplicate {}", c.code);
            assert!(c.code.len() == 3 || c.code.len() == 6, "{}", c.code);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(!c.name.is_empty());
            assert!(!c.kind.is_empty());
            if let Some(iso3) = &c.iso3 {
                assert_eq!(iso3.len(), 3);
                let hit = country_by_iso3(iso3).expect("iso3 indexed");
                assert_eq!(hit.iso3.as_ref(), Some(iso3));
            }
            if let Some(n) = &c.iso_numeric {
                assert!(
                    n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit()),
                    "{}",
                    c.code
                );
            }
            for v in [&c.iso2, &c.fips].into_iter().flatten() {
                assert_eq!(v.len(), 2, "{}", c.code);
            }
        }
        assert_eq!(all.iter().filter(|c| c.kind == "region").count(), 25);
        // Every alias target exists.
        for a in ["ROU", "TLS", "MNE", "IMN", "XKX", "KOS"] {
            assert!(country(&normalize_country(a)).is_some(), "{a}");
        }
    }
}
