//! dyad-ontology: the codebook facts of dyad's event coder, in one place.
//!
//! This crate owns everything that is a fact of the CAMEO and PLOVER
//! codebooks, so that every other crate codes against one source:
//!
//! * CAMEO 1.1b3 event codes: names, Goldstein weights, QuadClass (GDELT
//!   convention), hierarchy, the ConfliBERT five-class grouping, and each
//!   code's PLOVER type/mode/context ([`cameo`], [`pentaclass`]).
//! * CAMEO country and region codes with ISO 3166 alpha-2/alpha-3/numeric,
//!   FIPS 10-4 and Correlates of War codes ([`country`], [`country_by_iso3`],
//!   [`normalize_country`]).
//! * CAMEO actor types (roles/sectors, international generics, known groups),
//!   religion codes, and the actor-code grammar ([`parse_actor_code`]).
//! * PLOVER event types, modes, contexts and sectors ([`plover_type`],
//!   [`is_valid_plover_mode`], [`normalize_plover_type`]).
//!
//! The tables live in `data/*.tsv`, generated from the shared reference
//! tables by `scripts/gen_ontology.py` (fact columns only: no descriptions,
//! usage notes or examples). They are embedded with `include_str!` and parsed
//! once, on first use, behind [`std::sync::OnceLock`]. All lookups are exact
//! (codes are case-sensitive strings; `"010"` is not `"10"`); the
//! `normalize_*` functions map other spellings to the canonical ones. No
//! public function panics on any input.

mod actor;
mod cameo;
mod country;
mod plover;
mod tsv;

pub use actor::{
    actor_type, actor_types, parse_actor_code, religion, religions, ActorCode, ActorCodeError,
    ActorType, Religion,
};
pub use cameo::{cameo, cameo_events, is_valid_cameo, pentaclass, CameoEvent, PloverMapping};
pub use country::{countries, country, country_by_iso3, normalize_country, Country};
pub use plover::{
    is_valid_plover_context, is_valid_plover_mode, normalize_plover_type, plover_contexts,
    plover_modes, plover_sector, plover_sectors, plover_type, plover_types, PloverContext,
    PloverMode, PloverSector, PloverType,
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded table parses completely and the cross-table facts hold.
    #[test]
    fn embedded_data_parses_fully() {
        assert_eq!(cameo_events().len(), 318);
        assert_eq!(cameo_events().iter().filter(|e| e.level == 1).count(), 20);
        assert_eq!(countries().len(), 283);
        assert_eq!(actor_types().len(), 151);
        assert_eq!(plover_types().len(), 16);
        for e in cameo_events() {
            let dropped = e.root == "01" || e.root == "02";
            match &e.plover {
                Some(m) => {
                    assert!(!dropped, "{}", e.code);
                    assert!(plover_type(&m.event_type).is_some(), "{}", e.code);
                }
                None => assert!(dropped, "{} lacks a PLOVER type", e.code),
            }
        }
    }

    #[test]
    fn public_types_serialize() {
        fn assert_serialize<T: serde::Serialize>(_: &T) {}
        assert_serialize(&cameo_events()[0]);
        assert_serialize(&countries()[0]);
        assert_serialize(&actor_types()[0]);
        assert_serialize(&plover_types()[0]);
        assert_serialize(&plover_modes()[0]);
        assert_serialize(&plover_contexts()[0]);
        assert_serialize(&plover_sectors()[0]);
        assert_serialize(&religions()[0]);
        if let Ok(a) = parse_actor_code("IRNGOV") {
            assert_serialize(&a);
        }
    }
}
