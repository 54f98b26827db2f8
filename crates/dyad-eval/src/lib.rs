//! dyad-eval owns scoring: it reads the gold sets (one JSONL schema with
//! per-set differences, see [`load_gold`]), runs a [`Coder`] over them and
//! reports how well the coder did ([`evaluate`] → [`Report`]).
//!
//! What it measures, per set and only where it applies:
//!
//! * **Triples** — micro P/R/F1 on (source country, target country, CAMEO root)
//!   triples (PLOVER type instead of root for `plover_gsr`), matched one-to-one
//!   per sentence; sentences with no gold event count as chances for false
//!   positives. Countries are the first three letters of an actor code,
//!   normalized to CAMEO spelling (`"---"` when unknown).
//! * **Source / target country** P/R/F1 (multiset match per sentence).
//! * **Exact codes** (classic suites only, [`GoldSet::exact_codes`]): P/R/F1 on
//!   (source code, target code, event code) triples with full actor codes
//!   (`ARNGOV`) and full event codes (`0314`), as PETRARCH and TABARI validate,
//!   and the share of records coded exactly right (every expected event found,
//!   nothing else; a "no event" record is right when nothing is coded).
//! * **Root accuracy** (CAMEO sets) or **PLOVER-type accuracy** (`plover_gsr`) of
//!   the first predicted event, plus the "any predicted event" variant.
//! * **ConfliBERT five-class accuracy** with a 5×5 (+none) confusion matrix and
//!   per-class P/R (ConfliBERT and CAMEO sets), and a root confusion table
//!   (CAMEO sets).
//! * Seeded percentile **bootstrap** 95% intervals (resampling sentences) for
//!   triple F1, root/type accuracy and five-class accuracy.
//! * Optional per-sentence **diffs** for sentences with any error.
//! * NGEC **actor-lookup** cases (mention → country, mention → agent) when the
//!   coder implements [`Coder::lookup_actor`]; otherwise reported as skipped.
//!
//! It owns no coding logic and no ontology: the few code mappings scoring needs
//! (country spellings, CAMEO roots, five classes, PLOVER names) live in
//! [`codes`]. Everything is single-process and deterministic for a given seed.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

mod classic;
pub mod codes;
mod evaluate;
mod gold;
mod report;

pub use classic::{parse_petrarch_xml, parse_tabari_text};
pub use evaluate::evaluate;
pub use gold::{
    load_gold, parse_gold_str, ActorCase, GoldActor, GoldEvent, GoldSentence, GoldSet, SetKind,
};
pub use report::{
    prf, AccuracyScore, ActorFailure, ActorLookupScore, BootstrapInfo, ClassScore, Counts,
    DiffItem, DiffStatus, Interval, PentaclassScore, PrfScore, Report, RootConfusion, SentenceDiff,
    Triple,
};

/// One event as the coder produced it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PredictedEvent {
    /// Source actor's country (CAMEO actor code or ISO-3; only the first three
    /// letters count). `None` = unknown.
    pub source_country: Option<String>,
    /// Target actor's country, as for `source_country`.
    pub target_country: Option<String>,
    /// Full source actor code (`ARNGOV`; `---GOV` for a sector without a
    /// country), for the classic suites' exact scoring. `None` = no source.
    pub source_code: Option<String>,
    /// Full target actor code, as for `source_code`.
    pub target_code: Option<String>,
    /// CAMEO event code, e.g. `"114"`.
    pub cameo: String,
    /// PLOVER event type; when `None`, PLOVER scoring derives it from `cameo`.
    pub plover_type: Option<String>,
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    pub trigger: Option<String>,
}

impl PredictedEvent {
    /// True when the coder named no actor at all: such an event says what kind
    /// of event the sentence reports but not who did it to whom, so it is scored
    /// for root/type accuracy and left out of triple and country scores.
    pub fn is_actorless(&self) -> bool {
        self.source_country.is_none()
            && self.target_country.is_none()
            && self.source_text.is_none()
            && self.target_text.is_none()
    }
}

/// What an actor lookup resolved a mention to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorLookup {
    /// Country code (ISO-3 or CAMEO).
    pub country: Option<String>,
    /// Agent / sector code, e.g. `"MIL"`.
    pub agent: Option<String>,
}

/// Implemented by the CLI around the real coder.
pub trait Coder: Sync {
    /// Codes one sentence. `date` is the gold date (`YYYY-MM-DD` when the gold
    /// gave `YYYYMMDD`), `None` when the set has none. Events in the coder's
    /// preferred order: the first is the main event.
    fn code(&self, text: &str, date: Option<&str>) -> Vec<PredictedEvent>;

    /// Codes one gold sentence with the settings its suite gives it
    /// ([`GoldSentence::comma_clauses`]). The default codes the text as
    /// [`Coder::code`] does.
    fn code_gold(&self, g: &GoldSentence) -> Vec<PredictedEvent> {
        self.code(&g.text, g.date.as_deref())
    }

    /// Resolves a bare actor mention (NGEC actor cases). `None` means "not
    /// supported"; a coder that supports lookups returns `Some` even when it
    /// finds nothing. The default does not support it.
    fn lookup_actor(&self, _mention: &str) -> Option<ActorLookup> {
        None
    }
}

/// Options for [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalOptions {
    /// Bootstrap resamples (0 = no intervals). Default 1000.
    pub bootstrap_samples: usize,
    /// Seed for the bootstrap. Default 42.
    pub seed: u64,
    /// Include per-sentence diffs for sentences with errors.
    pub explain: bool,
    /// Score only predicted events with both a source and a target, where the
    /// gold sentence does not say otherwise ([`GoldSentence::require_dyad`]):
    /// how the classic coders code by default.
    pub require_dyad: bool,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            bootstrap_samples: 1000,
            seed: 42,
            explain: false,
            require_dyad: false,
        }
    }
}

/// Errors reading gold data.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read gold file {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", path.display())]
    Malformed {
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        message: String,
    },
    #[error("{}: no gold records", path.display())]
    Empty { path: PathBuf },
}
