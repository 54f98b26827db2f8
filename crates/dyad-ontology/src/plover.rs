//! PLOVER event types, modes, contexts and sectors (PLOVER manual, 2024).

use std::sync::OnceLock;

use serde::Serialize;

use crate::tsv::{self, Table};

const TYPES: &str = include_str!("../data/plover_types.tsv");
const MODES: &str = include_str!("../data/plover_modes.tsv");
const CONTEXTS: &str = include_str!("../data/plover_contexts.tsv");
const SECTORS: &str = include_str!("../data/plover_sectors.tsv");

/// One of the 16 PLOVER event types.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverType {
    /// Upper-case name, e.g. `"ASSAULT"`.
    pub name: String,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict. SANCTION is 4 as in its own manual
    /// section (the manual's quad table and README list it under 3).
    pub quad_class: u8,
    /// Score from the manual's event/mode score table. ACCUSE is printed as
    /// `+3` although all its modes are negative (likely a sign typo upstream);
    /// the value is kept as published.
    pub score: Option<f64>,
    /// The type's current modes (empty for types without modes, e.g. AGREE).
    pub modes: Vec<String>,
}

/// A PLOVER mode row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverMode {
    /// Event type, or `"*"` for the auxiliary modes valid with any type
    /// (`historical`, `future`, `hypothetical`, `negation`).
    pub event_type: String,
    /// Mode name, e.g. `"firearms"`.
    pub mode: String,
    /// Score from the manual's table, when given.
    pub score: Option<f64>,
    /// `current`, `auxiliary`, `commented_out_in_manual`, `legacy_mapping`
    /// (used only in the 2021 CAMEO→PLOVER table), `ngec_mode_question`, or
    /// several of these `;`-separated.
    pub status: String,
}

/// A PLOVER context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PloverContext {
    /// Context name, e.g. `"military"`.
    pub context: String,
    /// `general` (current manual), `protest_extension_example` or
    /// `legacy_mapping_only`. `election` appears both as `general` and as
    /// a protest-extension example.
    pub scope: String,
}

/// A PLOVER sector code (note: PLOVER `MED` = health, media is `JRN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PloverSector {
    /// Three-letter code, e.g. `"GOV"`.
    pub code: String,
    /// `frequently_used` or `less_frequently_used`.
    pub group: String,
}

struct Plover {
    types: Table<PloverType>,
    modes: Vec<PloverMode>,
    contexts: Vec<PloverContext>,
    sectors: Table<PloverSector>,
}

fn data() -> &'static Plover {
    static DATA: OnceLock<Plover> = OnceLock::new();
    DATA.get_or_init(load)
}

fn load() -> Plover {
    let types = Table::new(
        tsv::rows(
            "plover_types.tsv",
            TYPES,
            &["event_type", "quad_class", "score", "modes"],
        )
        .map(|f| {
            let t = PloverType {
                name: f[0].to_owned(),
                quad_class: tsv::num("plover_types.tsv", "quad_class", f[1]),
                score: tsv::opt_num("plover_types.tsv", "score", f[2]),
                modes: f[3]
                    .split(';')
                    .filter(|m| !m.is_empty())
                    .map(str::to_owned)
                    .collect(),
            };
            (f[0], t)
        }),
    );
    let modes = tsv::rows(
        "plover_modes.tsv",
        MODES,
        &["event_type", "mode", "score", "status"],
    )
    .map(|f| PloverMode {
        event_type: f[0].to_owned(),
        mode: f[1].to_owned(),
        score: tsv::opt_num("plover_modes.tsv", "score", f[2]),
        status: f[3].to_owned(),
    })
    .collect();
    let contexts = tsv::rows("plover_contexts.tsv", CONTEXTS, &["context", "scope"])
        .map(|f| PloverContext {
            context: f[0].to_owned(),
            scope: f[1].to_owned(),
        })
        .collect();
    let sectors = Table::new(
        tsv::rows("plover_sectors.tsv", SECTORS, &["code", "group"]).map(|f| {
            let s = PloverSector {
                code: f[0].to_owned(),
                group: f[1].to_owned(),
            };
            (f[0], s)
        }),
    );
    Plover {
        types,
        modes,
        contexts,
        sectors,
    }
}

/// Looks up a PLOVER event type by its exact current name (`"ASSAULT"`).
/// Legacy names and other spellings: use [`normalize_plover_type`] first.
pub fn plover_type(name: &str) -> Option<&'static PloverType> {
    data().types.get(name)
}

/// The 16 PLOVER event types in manual order (AGREE … ASSAULT).
pub fn plover_types() -> &'static [PloverType] {
    &data().types.rows
}

/// All PLOVER mode rows: current, auxiliary, commented-out and legacy ones.
pub fn plover_modes() -> &'static [PloverMode] {
    &data().modes
}

/// All PLOVER context rows (general, protest-extension examples, legacy).
pub fn plover_contexts() -> &'static [PloverContext] {
    &data().contexts
}

/// Whether `context` is one of the 37 general contexts of the current manual.
pub fn is_valid_plover_context(context: &str) -> bool {
    data()
        .contexts
        .iter()
        .any(|c| c.context == context && c.scope == "general")
}

/// Looks up a PLOVER sector code exactly (`"GOV"`, `"JRN"`).
pub fn plover_sector(code: &str) -> Option<&'static PloverSector> {
    data().sectors.get(code)
}

/// The 25 PLOVER sector codes.
pub fn plover_sectors() -> &'static [PloverSector] {
    &data().sectors.rows
}

/// Whether `mode` is a mode of the current manual for `event_type`: one of
/// the type's own modes, or an auxiliary mode valid with any type
/// (`historical`, `future`, `hypothetical`, `negation`). Both arguments are
/// matched exactly; legacy modes of the 2021 CAMEO→PLOVER table (`massacre`,
/// `assassinate`, …) are not valid. Unknown event types give `false`.
pub fn is_valid_plover_mode(event_type: &str, mode: &str) -> bool {
    let Some(t) = plover_type(event_type) else {
        return false;
    };
    t.modes.iter().any(|m| m == mode)
        || data()
            .modes
            .iter()
            .any(|m| m.event_type == "*" && m.status == "auxiliary" && m.mode == mode)
}

/// Maps a PLOVER event-type name to its current spelling: trims, upper-cases
/// and replaces the legacy PLOVER ≤ 0.7 names DEMAND → REQUEST,
/// DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT and
/// COOPERATION → COOPERATE. Other names are returned upper-cased (whether
/// or not they are PLOVER types; check with [`plover_type`]).
pub fn normalize_plover_type(name: &str) -> String {
    let up = name.trim().to_ascii_uppercase();
    match up.as_str() {
        "DEMAND" => "REQUEST".to_owned(),
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE".to_owned(),
        "FIGHT" => "ASSAULT".to_owned(),
        "COOPERATION" => "COOPERATE".to_owned(),
        _ => up,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let a = plover_type("ASSAULT").expect("ASSAULT");
        assert_eq!(a.quad_class, 4);
        assert_eq!(a.score, Some(-9.0));
        assert!(a.modes.iter().any(|m| m == "firearms"));
        assert!(plover_type("AGREE").is_some_and(|t| t.modes.is_empty()));
        assert_eq!(plover_type("SANCTION").map(|t| t.quad_class), Some(4));
        assert!(plover_type("assault").is_none());
        assert!(plover_type("DEMAND").is_none());
        assert_eq!(
            plover_sector("JRN").map(|s| s.group.as_str()),
            Some("less_frequently_used")
        );
        assert!(plover_sector("HLH").is_none());
    }

    #[test]
    fn modes() {
        assert!(is_valid_plover_mode("ASSAULT", "firearms"));
        assert!(is_valid_plover_mode("THREATEN", "expel"));
        assert!(is_valid_plover_mode("SANCTION", "expel"));
        assert!(!is_valid_plover_mode("ASSAULT", "expel"));
        assert!(is_valid_plover_mode("AGREE", "future"));
        assert!(is_valid_plover_mode("PROTEST", "negation"));
        assert!(!is_valid_plover_mode("ASSAULT", "massacre"));
        assert!(!is_valid_plover_mode("FIGHT", "firearms"));
        assert!(!is_valid_plover_mode("", ""));
        assert!(!is_valid_plover_mode("*", "future"));
    }

    #[test]
    fn contexts() {
        assert!(is_valid_plover_context("military"));
        assert!(is_valid_plover_context("election"));
        assert!(!is_valid_plover_context("humanitarian"));
        assert!(!is_valid_plover_context("food"));
        assert_eq!(
            plover_contexts()
                .iter()
                .filter(|c| c.scope == "general")
                .count(),
            37
        );
    }

    #[test]
    fn normalization() {
        assert_eq!(normalize_plover_type("DEMAND"), "REQUEST");
        assert_eq!(normalize_plover_type("disapprove"), "ACCUSE");
        assert_eq!(normalize_plover_type("INVESTIGATE"), "ACCUSE");
        assert_eq!(normalize_plover_type(" Fight "), "ASSAULT");
        assert_eq!(normalize_plover_type("COOPERATION"), "COOPERATE");
        assert_eq!(normalize_plover_type("protest"), "PROTEST");
        assert_eq!(normalize_plover_type("nonsense"), "NONSENSE");
        for t in plover_types() {
            assert_eq!(normalize_plover_type(&t.name), t.name);
        }
    }

    #[test]
    fn integrity() {
        let types = plover_types();
        assert_eq!(types.len(), 16);
        for t in types {
            assert!((1..=4).contains(&t.quad_class));
            assert!(t.score.is_some(), "{}", t.name);
            // The type's mode list is exactly its `current` rows.
            let mut current: Vec<&str> = plover_modes()
                .iter()
                .filter(|m| m.event_type == t.name && m.status == "current")
                .map(|m| m.mode.as_str())
                .collect();
            let mut listed: Vec<&str> = t.modes.iter().map(String::as_str).collect();
            current.sort_unstable();
            listed.sort_unstable();
            assert_eq!(current, listed, "{}", t.name);
        }
        for m in plover_modes() {
            assert!(m.event_type == "*" || plover_type(&m.event_type).is_some());
        }
        assert_eq!(plover_modes().len(), 83);
        assert_eq!(plover_contexts().len(), 52);
        assert_eq!(plover_sectors().len(), 25);
    }
}
