//! CAMEO 1.1b3 event codes: names, Goldstein weights, QuadClass, hierarchy and
//! the CAMEO→PLOVER mapping.

use std::sync::OnceLock;

use serde::Serialize;

use crate::tsv::{self, Table};

const DATA: &str = include_str!("../data/cameo_events.tsv");

/// One CAMEO event code (20 roots + 298 sub-codes).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CameoEvent {
    /// The code as a string of digits: `"01"`, `"010"`, `"0311"` (`"010"` is not `"10"`).
    pub code: String,
    /// Short name from the CAMEO 1.1b3 manual (roots are upper-case: `"PROTEST"`).
    pub name: String,
    /// Goldstein conflict–cooperation weight (-10 … +10), GDELT
    /// `CAMEO.goldsteinscale.txt`; 1213 from ICEWS; 155, 176, 1214, 1834,
    /// 1951, 1952 have no published value and carry their parent's.
    pub goldstein: f64,
    /// QuadClass, GDELT convention: 1 verbal cooperation (roots 01–05),
    /// 2 material cooperation (06–09), 3 verbal conflict (10–14),
    /// 4 material conflict (15–20).
    pub quad_class: u8,
    /// The two-digit root (`"03"` for `"0311"`; a root is its own root).
    pub root: String,
    /// The parent code (`"031"` for `"0311"`, `"03"` for `"031"`); `None` for roots.
    pub parent: Option<String>,
    /// 1 = two-digit root, 2 = three-digit, 3 = four-digit code.
    pub level: u8,
    /// PLOVER equivalent; `None` for roots 01 and 02 (PLOVER drops them).
    pub plover: Option<PloverMapping>,
}

/// The PLOVER event type, mode and context of a CAMEO code (official 2021
/// CAMEO2PLOVER table; five codes added in CAMEO 1.1b3 are inferred; root 08,
/// which PLOVER splits into CONCEDE/RETREAT, takes CONCEDE like its generic
/// code 080).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PloverMapping {
    /// PLOVER event type, e.g. `"ASSAULT"` (always present in [`crate::plover_types`]).
    pub event_type: String,
    /// PLOVER mode, e.g. `"firearms"`. A few modes come from the 2021 table and
    /// are not in the current manual (e.g. `massacre`, `assassinate`); see
    /// [`crate::plover_modes`] and [`crate::is_valid_plover_mode`].
    pub mode: Option<String>,
    /// PLOVER context(s); several are `;`-separated (`"crime;corruption"`).
    pub context: Option<String>,
}

fn table() -> &'static Table<CameoEvent> {
    static TABLE: OnceLock<Table<CameoEvent>> = OnceLock::new();
    TABLE.get_or_init(load)
}

fn load() -> Table<CameoEvent> {
    const NAME: &str = "cameo_events.tsv";
    let header = [
        "code",
        "name",
        "goldstein",
        "quad_class",
        "root",
        "parent",
        "level",
        "plover_type",
        "plover_mode",
        "plover_context",
    ];
    Table::new(tsv::rows(NAME, DATA, &header).map(|f| {
        let plover = (!f[7].is_empty()).then(|| PloverMapping {
            event_type: f[7].to_owned(),
            mode: tsv::opt(f[8]),
            context: tsv::opt(f[9]),
        });
        let event = CameoEvent {
            code: f[0].to_owned(),
            name: f[1].to_owned(),
            goldstein: tsv::num(NAME, "goldstein", f[2]),
            quad_class: tsv::num(NAME, "quad_class", f[3]),
            root: f[4].to_owned(),
            parent: tsv::opt(f[5]),
            level: tsv::num(NAME, "level", f[6]),
            plover,
        };
        (f[0], event)
    }))
}

/// Looks up a CAMEO event code exactly (`"010"` and `"10"` are different codes).
pub fn cameo(code: &str) -> Option<&'static CameoEvent> {
    table().get(code)
}

/// All 318 CAMEO codes in code order (each root followed by its sub-codes).
pub fn cameo_events() -> &'static [CameoEvent] {
    &table().rows
}

/// Whether `code` is one of the 318 CAMEO 1.1b3 event codes (exact match).
pub fn is_valid_cameo(code: &str) -> bool {
    cameo(code).is_some()
}

/// ConfliBERT's five-class CAMEO grouping: roots 01–02 → 0, 03–05 → 1,
/// 06–08 → 2, 09–13 → 3, 14–20 → 4.
///
/// Takes a two-digit root (`"06"`); any other valid CAMEO code is classed by
/// its root (`"0871"` → 2). Anything else gives `None`.
pub fn pentaclass(root: &str) -> Option<u8> {
    let event = cameo(root)?;
    let n: u8 = event.root.parse().ok()?;
    match n {
        1..=2 => Some(0),
        3..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let e = cameo("114").expect("114 exists");
        assert_eq!(e.root, "11");
        assert_eq!(e.parent.as_deref(), Some("11"));
        assert_eq!(e.level, 2);
        assert_eq!(cameo("190").map(|e| e.goldstein), Some(-10.0));
        assert_eq!(cameo("173").map(|e| e.quad_class), Some(4));
        assert_eq!(
            cameo("0311").map(|e| e.parent.as_deref()),
            Some(Some("031"))
        );
        assert_eq!(cameo("0311").map(|e| e.level), Some(3));
        assert_eq!(cameo("01").and_then(|e| e.parent.clone()), None);
        assert!(cameo("01").is_some_and(|e| e.plover.is_none()));
        let m = cameo("193")
            .and_then(|e| e.plover.clone())
            .expect("193 maps");
        assert_eq!(m.event_type, "ASSAULT");
        assert_eq!(m.mode.as_deref(), Some("firearms"));
        assert_eq!(m.context.as_deref(), Some("military"));
    }

    #[test]
    fn validity_is_exact() {
        assert!(is_valid_cameo("010"));
        assert!(!is_valid_cameo("10 "));
        assert!(is_valid_cameo("10"));
        assert!(!is_valid_cameo("13y"));
        assert!(!is_valid_cameo(""));
        assert!(!is_valid_cameo("00"));
        assert!(!is_valid_cameo("21"));
        assert!(!is_valid_cameo("0100"));
        assert!(!is_valid_cameo("１９０"));
    }

    #[test]
    fn pentaclass_groups() {
        assert_eq!(pentaclass("06"), Some(2));
        assert_eq!(pentaclass("01"), Some(0));
        assert_eq!(pentaclass("02"), Some(0));
        assert_eq!(pentaclass("05"), Some(1));
        assert_eq!(pentaclass("08"), Some(2));
        assert_eq!(pentaclass("09"), Some(3));
        assert_eq!(pentaclass("13"), Some(3));
        assert_eq!(pentaclass("14"), Some(4));
        assert_eq!(pentaclass("20"), Some(4));
        assert_eq!(pentaclass("0871"), Some(2));
        assert_eq!(pentaclass("0611"), None);
        assert_eq!(pentaclass("6"), None);
        assert_eq!(pentaclass("+6"), None);
        assert_eq!(pentaclass("21"), None);
        assert_eq!(pentaclass(""), None);
    }

    #[test]
    fn integrity() {
        let all = cameo_events();
        assert_eq!(all.len(), 318);
        let roots: Vec<&CameoEvent> = all.iter().filter(|e| e.level == 1).collect();
        assert_eq!(roots.len(), 20);
        for (i, r) in roots.iter().enumerate() {
            assert_eq!(r.code, format!("{:02}", i + 1));
            assert_eq!(r.root, r.code);
            assert!(r.parent.is_none());
        }
        let mut prev = "";
        for e in all {
            assert!(e.code.as_str() > prev, "codes sorted and unique");
            prev = &e.code;
            assert!(e.code.bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(usize::from(e.level), e.code.len() - 1);
            assert!(e.code.starts_with(&e.root));
            assert!((-10.0..=10.0).contains(&e.goldstein), "{}", e.code);
            let root_n: u8 = e.root.parse().expect("numeric root");
            let quad = match root_n {
                1..=5 => 1,
                6..=9 => 2,
                10..=14 => 3,
                _ => 4,
            };
            assert_eq!(e.quad_class, quad, "{}", e.code);
            assert!(pentaclass(&e.code).is_some());
            if let Some(p) = &e.parent {
                let parent = cameo(p).expect("parent exists");
                assert_eq!(parent.level + 1, e.level);
                assert!(e.code.starts_with(p.as_str()));
            }
            match (&e.plover, e.root.as_str()) {
                (None, "01" | "02") => {}
                (Some(_), "01" | "02") => panic!("{} should have no PLOVER type", e.code),
                (None, _) => panic!("{} lacks a PLOVER type", e.code),
                (Some(m), _) => {
                    let t = crate::plover_type(&m.event_type)
                        .unwrap_or_else(|| panic!("{}: unknown type {}", e.code, m.event_type));
                    if let Some(mode) = &m.mode {
                        assert!(
                            crate::plover_modes()
                                .iter()
                                .any(|pm| pm.event_type == t.name && &pm.mode == mode),
                            "{}: mode {mode} not listed for {}",
                            e.code,
                            t.name
                        );
                    }
                    if let Some(ctx) = &m.context {
                        for c in ctx.split(';') {
                            assert!(
                                crate::plover_contexts().iter().any(|pc| pc.context == c),
                                "{}: unknown context {c}",
                                e.code
                            );
                        }
                    }
                }
            }
        }
        assert_eq!(cameo("190").map(|e| e.goldstein), Some(-10.0));
    }
}
