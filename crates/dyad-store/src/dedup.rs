//! Deduplication as explicit, versioned rules.
//!
//! Mentions (one row per coded sentence-level event) are always kept. A rule
//! derives *events* from them: mentions with the same key are one event. The
//! rule's name and version are stored with every materialized table
//! (`derived_rules`), so a table built by another rule or version is never
//! mistaken for this one.
//!
//! | rule | version | key |
//! |---|---|---|
//! | `one-a-day` | 1 | event date, source actor code, target actor code, CAMEO code (Phoenix/TABARI "one-a-day" filter) |
//! | `polecat` | 1 | event date, source code, target code, PLOVER type, PLOVER mode; mentions without a PLOVER type (CAMEO roots 01/02, which PLOVER drops) derive no event |
//! | `key:F1,F2,…` | 1 | the listed fields, from [`KeyField`] |
//! | `none` | 1 | the mention id: every mention is its own event |
//!
//! A missing actor counts as the empty code, so "X attacked" and "X attacked
//! Y" on the same day stay two events. The derived event's fields (date,
//! actors, codes, Goldstein, QuadClass) are those of its *first report*: the
//! mention of the earliest story (by publication date, then story id, then
//! position in the story). Each event lists its merged mention ids, story
//! ids, publishers and URLs (distinct, in first-report order), and counts
//! mentions, distinct stories and distinct sources (publishers; stories
//! without a publisher count together as one unknown source). Its place is
//! that of its first mention (in first-report order) that has one
//! ([`DerivedEvent::place_mention`]).

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::db::Value;
use crate::model::Mention;

/// A field a user-chosen dedup key may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyField {
    Date,
    Month,
    Year,
    Source,
    Target,
    SourceCountry,
    TargetCountry,
    SourceSector,
    TargetSector,
    Cameo,
    CameoBase,
    CameoRoot,
    Quad,
    PloverType,
    PloverMode,
    Story,
    Publisher,
}

impl KeyField {
    pub const ALL: &'static [KeyField] = &[
        KeyField::Date,
        KeyField::Month,
        KeyField::Year,
        KeyField::Source,
        KeyField::Target,
        KeyField::SourceCountry,
        KeyField::TargetCountry,
        KeyField::SourceSector,
        KeyField::TargetSector,
        KeyField::Cameo,
        KeyField::CameoBase,
        KeyField::CameoRoot,
        KeyField::Quad,
        KeyField::PloverType,
        KeyField::PloverMode,
        KeyField::Story,
        KeyField::Publisher,
    ];

    pub fn name(self) -> &'static str {
        match self {
            KeyField::Date => "date",
            KeyField::Month => "month",
            KeyField::Year => "year",
            KeyField::Source => "source",
            KeyField::Target => "target",
            KeyField::SourceCountry => "source_country",
            KeyField::TargetCountry => "target_country",
            KeyField::SourceSector => "source_sector",
            KeyField::TargetSector => "target_sector",
            KeyField::Cameo => "cameo",
            KeyField::CameoBase => "cameo_base",
            KeyField::CameoRoot => "cameo_root",
            KeyField::Quad => "quad",
            KeyField::PloverType => "plover_type",
            KeyField::PloverMode => "plover_mode",
            KeyField::Story => "story",
            KeyField::Publisher => "publisher",
        }
    }

    /// Appends [`KeyField::value`] to `out` (without an allocation of its
    /// own for the plain text fields).
    pub fn push_value(self, m: &Mention, out: &mut String) {
        fn code(a: &Option<crate::model::Actor>) -> Option<&str> {
            a.as_ref().map(|a| a.code.as_str())
        }
        let plain = match self {
            KeyField::Date => Some(m.event_date.as_str()),
            KeyField::Source => code(&m.source),
            KeyField::Target => code(&m.target),
            KeyField::SourceSector => m.source.as_ref().and_then(|a| a.sector.as_deref()),
            KeyField::TargetSector => m.target.as_ref().and_then(|a| a.sector.as_deref()),
            KeyField::Cameo => Some(m.cameo.as_str()),
            KeyField::CameoRoot => Some(m.cameo_root.as_str()),
            KeyField::PloverType => m.plover_type.as_deref(),
            KeyField::PloverMode => m.plover_mode.as_deref(),
            KeyField::Story => Some(m.story_id.as_str()),
            KeyField::Publisher => m.publisher.as_deref(),
            _ => {
                out.push_str(&self.value(m));
                return;
            }
        };
        out.push_str(plain.unwrap_or_default());
    }

    /// The field's value for one mention (empty when unknown).
    pub fn value(self, m: &Mention) -> String {
        let actor_code = |a: &Option<crate::model::Actor>| {
            a.as_ref().map(|a| a.code.clone()).unwrap_or_default()
        };
        let country = |a: &Option<crate::model::Actor>| {
            a.as_ref()
                .and_then(|a| a.country_code())
                .unwrap_or_default()
        };
        let sector = |a: &Option<crate::model::Actor>| {
            a.as_ref()
                .and_then(|a| a.sector.clone())
                .unwrap_or_default()
        };
        match self {
            KeyField::Date => m.event_date.clone(),
            KeyField::Month => m.event_date.chars().take(7).collect(),
            KeyField::Year => m.event_date.chars().take(4).collect(),
            KeyField::Source => actor_code(&m.source),
            KeyField::Target => actor_code(&m.target),
            KeyField::SourceCountry => country(&m.source),
            KeyField::TargetCountry => country(&m.target),
            KeyField::SourceSector => sector(&m.source),
            KeyField::TargetSector => sector(&m.target),
            KeyField::Cameo => m.cameo.clone(),
            KeyField::CameoBase => m.cameo.chars().take(3).collect(),
            KeyField::CameoRoot => m.cameo_root.clone(),
            KeyField::Quad => m.quad_class.to_string(),
            KeyField::PloverType => m.plover_type.clone().unwrap_or_default(),
            KeyField::PloverMode => m.plover_mode.clone().unwrap_or_default(),
            KeyField::Story => m.story_id.clone(),
            KeyField::Publisher => m.publisher.clone().unwrap_or_default(),
        }
    }
}

impl FromStr for KeyField {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        KeyField::ALL
            .iter()
            .copied()
            .find(|f| f.name() == t)
            .ok_or_else(|| {
                format!(
                    "unknown dedup key field {t:?}; fields: {}",
                    KeyField::ALL
                        .iter()
                        .map(|f| f.name())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
    }
}

/// A deduplication rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DedupRule {
    /// Every mention is an event.
    None,
    /// (date, source, target, CAMEO code).
    OneADay,
    /// (date, source, target, PLOVER type, PLOVER mode).
    Polecat,
    /// User-chosen fields.
    Key(Vec<KeyField>),
}

impl DedupRule {
    /// Bumped whenever a rule's semantics change.
    pub const VERSION: i64 = 1;

    /// The name stored with derived tables (`one-a-day`, `key:date,cameo_root`).
    pub fn name(&self) -> String {
        match self {
            DedupRule::None => "none".into(),
            DedupRule::OneADay => "one-a-day".into(),
            DedupRule::Polecat => "polecat".into(),
            DedupRule::Key(f) => format!(
                "key:{}",
                f.iter().map(|f| f.name()).collect::<Vec<_>>().join(",")
            ),
        }
    }

    /// The fields of the key, in order (`none`: none, the mention id is the key).
    pub fn fields(&self) -> Vec<KeyField> {
        use KeyField::*;
        match self {
            DedupRule::None => vec![],
            DedupRule::OneADay => vec![Date, Source, Target, Cameo],
            DedupRule::Polecat => vec![Date, Source, Target, PloverType, PloverMode],
            DedupRule::Key(f) => f.clone(),
        }
    }

    /// The mention's key under this rule; `None` when the mention derives no
    /// event (`polecat` and mentions without a PLOVER type).
    pub fn key(&self, m: &Mention) -> Option<String> {
        let mut out = String::new();
        self.write_key(&self.fields(), m, &mut out).then_some(out)
    }

    /// [`DedupRule::key`] into `out` (cleared first), with the rule's
    /// `fields`; false when the mention derives no event.
    fn write_key(&self, fields: &[KeyField], m: &Mention, out: &mut String) -> bool {
        out.clear();
        match self {
            DedupRule::None => out.push_str(&m.mention_id),
            DedupRule::Polecat if m.plover_type.is_none() => return false,
            _ => {
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push('|');
                    }
                    f.push_value(m, out);
                }
            }
        }
        true
    }
}

impl fmt::Display for DedupRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl FromStr for DedupRule {
    type Err = String;
    /// `none`, `one-a-day`, `polecat`, `key:F1,F2` or just `F1,F2`.
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        match t {
            "none" => return Ok(DedupRule::None),
            "one-a-day" | "oneaday" | "one_a_day" => return Ok(DedupRule::OneADay),
            "polecat" => return Ok(DedupRule::Polecat),
            _ => {}
        }
        let list = t.strip_prefix("key:").unwrap_or(t);
        let fields: Vec<KeyField> = list
            .split(',')
            .filter(|f| !f.trim().is_empty())
            .map(KeyField::from_str)
            .collect::<Result<_, _>>()
            .map_err(|e| {
                if t.contains(',') || t.starts_with("key:") {
                    e
                } else {
                    format!("unknown dedup rule {t:?}: use none, one-a-day, polecat or a field list such as date,source_country,target_country,cameo_root ({e})")
                }
            })?;
        if fields.is_empty() {
            return Err("empty dedup key".into());
        }
        let mut seen = Vec::new();
        for f in &fields {
            if seen.contains(f) {
                return Err(format!("dedup key field {:?} given twice", f.name()));
            }
            seen.push(*f);
        }
        Ok(DedupRule::Key(fields))
    }
}

/// One derived event: a group of mentions with one key.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedEvent {
    /// Stable id: hash of the rule name, version and key (`none`: the mention id).
    pub event_id: String,
    pub key: String,
    /// Index (into the mentions given to [`derive()`]) of the first report.
    pub first: usize,
    /// Indices of every merged mention, first report first.
    pub members: Vec<usize>,
    /// Distinct story ids, in first-report order.
    pub story_ids: Vec<String>,
    /// Distinct publishers (without the unknown one), in first-report order.
    pub publishers: Vec<String>,
    /// Distinct URLs, in first-report order.
    pub urls: Vec<String>,
    /// Distinct sources: publishers, stories without one counting as one.
    pub n_sources: usize,
}

impl DerivedEvent {
    pub fn n_mentions(&self) -> usize {
        self.members.len()
    }
    /// The first merged mention (in first-report order) that has a place:
    /// where the event happened.
    pub fn place_mention<'a, M: Borrow<Mention>>(&self, mentions: &'a [M]) -> Option<&'a Mention> {
        self.members
            .iter()
            .filter_map(|&i| mentions.get(i).map(Borrow::borrow))
            .find(|m| m.place.is_some())
    }
    /// The values of [`crate::schema::DERIVED_PLACE_COLUMNS`]: the place
    /// mention's id and its place (all NULL when no mention has a place).
    pub fn place_values<M: Borrow<Mention>>(&self, mentions: &[M]) -> Vec<Value> {
        let pm = self.place_mention(mentions);
        let p = pm.and_then(|m| m.place.as_ref());
        let real = |x: Option<f64>| x.map(Value::Real).unwrap_or(Value::Null);
        vec![
            Value::from(pm.map(|m| m.mention_id.clone())),
            Value::from(p.map(|p| p.name.clone())),
            Value::from(p.and_then(|p| p.country.clone())),
            Value::from(p.and_then(|p| p.admin1.clone())),
            real(p.and_then(|p| p.lat)),
            real(p.and_then(|p| p.lon)),
            Value::from(p.map(|p| p.precision.clone())),
        ]
    }
    pub fn mention_ids<M: Borrow<Mention>>(&self, mentions: &[M]) -> Vec<String> {
        self.members
            .iter()
            .filter_map(|&i| mentions.get(i).map(|m| m.borrow().mention_id.clone()))
            .collect()
    }
}

fn hash_id(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Groups `mentions` into events under `rule`. Deterministic: the result
/// depends only on the set of mentions, not their order. Events come out
/// sorted by date, then key.
/// `mentions` may be owned or borrowed (`&[Mention]`, `&[&Mention]`).
pub fn derive<M: Borrow<Mention>>(rule: &DedupRule, mentions: &[M]) -> Vec<DerivedEvent> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (mentions[a].borrow(), mentions[b].borrow());
        (&x.story_date, &x.story_id, x.ordinal, &x.mention_id).cmp(&(
            &y.story_date,
            &y.story_id,
            y.ordinal,
            &y.mention_id,
        ))
    });
    let name = rule.name();
    let version = DedupRule::VERSION.to_string();
    let fields = rule.fields();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut events: Vec<DerivedEvent> = Vec::new();
    // What each event has seen so far (the lists keep first-report order).
    // Mentions come story by story, so most are of the story, publisher and
    // URL an event saw last: those skip the sets.
    #[derive(Default)]
    struct Seen<'m> {
        stories: HashSet<&'m str>,
        publishers: HashSet<&'m str>,
        urls: HashSet<&'m str>,
        sources: HashSet<Option<&'m str>>,
        last_story: Option<&'m str>,
        last_publisher: Option<Option<&'m str>>,
        last_url: Option<Option<&'m str>>,
    }
    let mut seen: Vec<Seen<'_>> = Vec::new();
    let mut key = String::new();
    for i in order {
        let m: &Mention = mentions[i].borrow();
        if !rule.write_key(&fields, m, &mut key) {
            continue;
        }
        let gi = match index.get(key.as_str()) {
            Some(&g) => g,
            None => {
                let event_id = match rule {
                    DedupRule::None => m.mention_id.clone(),
                    _ => hash_id(&[&name, &version, &key]),
                };
                events.push(DerivedEvent {
                    event_id,
                    key: key.clone(),
                    first: i,
                    members: Vec::new(),
                    story_ids: Vec::new(),
                    publishers: Vec::new(),
                    urls: Vec::new(),
                    n_sources: 0,
                });
                seen.push(Seen::default());
                index.insert(key.clone(), events.len() - 1);
                events.len() - 1
            }
        };
        let e = &mut events[gi];
        let s = &mut seen[gi];
        e.members.push(i);
        let story = m.story_id.as_str();
        if s.last_story != Some(story) {
            s.last_story = Some(story);
            if s.stories.insert(story) {
                e.story_ids.push(m.story_id.clone());
            }
        }
        let publisher = m.publisher.as_deref();
        if s.last_publisher != Some(publisher) {
            s.last_publisher = Some(publisher);
            if let Some(p) = publisher {
                if s.publishers.insert(p) {
                    e.publishers.push(p.to_string());
                }
            }
            s.sources.insert(publisher);
            e.n_sources = s.sources.len();
        }
        let url = m.url.as_deref();
        if s.last_url != Some(url) {
            s.last_url = Some(url);
            if let Some(u) = url {
                if s.urls.insert(u) {
                    e.urls.push(u.to_string());
                }
            }
        }
    }
    events.sort_by(|a, b| {
        let date = |e: &DerivedEvent| &mentions[e.first].borrow().event_date;
        (date(a), &a.key).cmp(&(date(b), &b.key))
    });
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse_and_name() {
        assert_eq!("one-a-day".parse::<DedupRule>(), Ok(DedupRule::OneADay));
        assert_eq!("polecat".parse::<DedupRule>(), Ok(DedupRule::Polecat));
        assert_eq!("none".parse::<DedupRule>(), Ok(DedupRule::None));
        let r: DedupRule = "date,source_country,target_country,cameo_root"
            .parse()
            .unwrap();
        assert_eq!(
            r.name(),
            "key:date,source_country,target_country,cameo_root"
        );
        assert_eq!(r.name().parse::<DedupRule>(), Ok(r));
        assert!("date,colour"
            .parse::<DedupRule>()
            .unwrap_err()
            .contains("colour"));
        assert!("date,date".parse::<DedupRule>().is_err());
        assert!("bogus"
            .parse::<DedupRule>()
            .unwrap_err()
            .contains("unknown dedup rule"));
    }
}
