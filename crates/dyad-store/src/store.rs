//! [`Store`]: a dyad store in SQLite or PostgreSQL, and the operations on it
//! that every command shares (story hashes, batch writes, derived tables,
//! reading mentions back, dumps).

use std::collections::HashMap;

use chrono::NaiveDate;
use dyad_coder::{Story, StoryResult};
use sha2::{Digest, Sha256};

use crate::db::{Backend, Db, OpenMode, Param, Value};
use crate::dedup::{derive, DedupRule};
use crate::error::{Error, Result};
use crate::model::{Mention, RecordTexts, MENTION_COLUMNS};
use crate::schema::{self, Found};

/// A dyad store.
pub struct Store {
    db: Db,
}

/// Row counts of the main tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub stories: usize,
    pub sentences: usize,
    pub mentions: usize,
    pub derived_events: usize,
}

/// A materialized dedup table and whether it is up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedInfo {
    pub rule: String,
    pub rule_version: i64,
    pub key_fields: String,
    pub generation: i64,
    pub n_events: usize,
    pub n_mentions: usize,
    /// Built from the current generation of mentions.
    pub fresh: bool,
}

/// One story to write: its input, what coding it gave, and whether it
/// replaces a stored story.
pub struct StoryWrite<'a> {
    pub story: &'a Story,
    pub content_hash: &'a str,
    pub result: &'a StoryResult,
    pub input_file: Option<&'a str>,
}

/// What [`Store::write_batch`] wrote.
#[derive(Debug, Clone, Default)]
pub struct WrittenBatch {
    /// The generation the batch committed (`None`: nothing was written).
    pub generation: Option<i64>,
    /// Each story's mentions (in batch order, one list per story), light, as
    /// [`Store::mentions_light`] reads them back ([`Mention::light_from_record`]).
    pub mentions: Vec<Vec<Mention>>,
}

/// Light mentions the caller already holds for some stories (ingest: those
/// it wrote), so that [`Store::rebuild_derived_rules`] reads only the
/// others back. Only used when the store is still at `generation`.
#[derive(Debug, Clone, Default)]
pub struct KnownMentions {
    /// The generation after the holder's last write, which must be the
    /// store's: no one else wrote since (and none of the holder's writes
    /// interleaved with another writer's).
    pub generation: i64,
    /// Story id → its stored mentions, light (every mention of that story).
    pub stories: HashMap<String, Vec<Mention>>,
}

/// What [`Store::rebuild_derived_rules`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rebuilt {
    pub derived: Vec<DerivedInfo>,
    /// Mentions read back from the store (the others were known).
    pub mentions_read: usize,
}

/// The hash that decides whether a re-ingested story changed: SHA-256 over
/// everything that goes into coding and provenance (text, publication date,
/// title, publisher, URL), hex-encoded.
pub fn content_hash(story: &Story) -> String {
    let mut h = Sha256::new();
    h.update(b"dyad-story-v1\0");
    h.update(story.date.format("%Y-%m-%d").to_string().as_bytes());
    for part in [&story.title, &story.publisher, &story.url] {
        h.update([0]);
        match part {
            Some(s) => {
                h.update([1]);
                h.update(s.as_bytes());
            }
            None => h.update([2]),
        }
    }
    h.update([0]);
    h.update(story.text.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Story id → its light mentions.
type MentionsByStory = HashMap<String, Vec<Mention>>;

/// Frees `x` on a thread of its own (or here, if none can be started).
fn drop_in_background<T: Send + 'static>(x: T) {
    let _ = std::thread::Builder::new()
        .name("dyad-free".into())
        .spawn(move || drop(x));
}

fn n(v: usize) -> Value {
    Value::from(v)
}

/// Rows of stories to insert, table by table, every text borrowed.
#[derive(Default)]
struct BatchRows<'a> {
    stories: Vec<Param<'a>>,
    provenance: Vec<Param<'a>>,
    sentences: Vec<Param<'a>>,
    mentions: Vec<Param<'a>>,
}

impl<'a> BatchRows<'a> {
    /// Adds one story's rows: `date` is its date as stored, `mentions` and
    /// `texts` its records' light forms and JSON lists.
    fn add(
        &mut self,
        w: &'a StoryWrite<'a>,
        date: &'a str,
        mentions: &'a [Mention],
        texts: &'a [RecordTexts],
    ) {
        let s = w.story;
        // The coder's own split, unless the result came without one.
        let split;
        let sents = if w.result.sentence_spans.is_empty() && !s.text.trim().is_empty() {
            split = dyad_text::split_sentences(&s.text);
            &split
        } else {
            &w.result.sentence_spans
        };
        let offsets = dyad_text::Offsets::new(&s.text);
        // The id and the text are checked for NUL once, not in every row.
        let id = Param::checked(&s.id);
        let text = Param::checked(&s.text);
        self.stories.extend([
            id,
            Param::Clean(w.content_hash),
            Param::Clean(date),
            Param::from(&s.title),
            text,
            Param::from(offsets.char_offset(s.text.len())),
            Param::from(sents.len()),
            Param::from(w.result.events.len()),
            Param::Clean(dyad_coder::CODER_VERSION),
        ]);
        self.provenance.extend([
            id,
            Param::from(&s.publisher),
            Param::from(&s.url),
            Param::from(w.input_file),
        ]);
        self.sentences
            .reserve(sents.len() * schema::SENTENCE_COLUMNS.len());
        for sent in sents {
            let part = s.text.get(sent.start..sent.end).unwrap_or_default();
            self.sentences.extend([
                id,
                Param::from(sent.index),
                Param::from(offsets.char_offset(sent.start)),
                Param::from(offsets.char_offset(sent.end)),
                match text {
                    Param::Clean(_) => Param::Clean(part),
                    _ => Param::Text(part),
                },
            ]);
        }
        self.mentions
            .reserve(mentions.len() * MENTION_COLUMNS.len());
        for ((m, e), t) in mentions.iter().zip(&w.result.events).zip(texts) {
            m.row_params(e, t, &mut self.mentions);
        }
    }

    fn insert(&self, db: &mut Db) -> Result<()> {
        let story_of = |col: usize| {
            move |r: &[Param<'_>]| {
                format!(
                    "story {:?}",
                    r.get(col).map(|p| p.render()).unwrap_or_default()
                )
            }
        };
        db.insert_params(
            "stories",
            schema::STORY_COLUMNS,
            &self.stories,
            &story_of(0),
        )?;
        db.insert_params(
            "provenance",
            schema::PROVENANCE_COLUMNS,
            &self.provenance,
            &story_of(0),
        )?;
        db.insert_params(
            "sentences",
            schema::SENTENCE_COLUMNS,
            &self.sentences,
            &story_of(0),
        )?;
        db.insert_params("mentions", MENTION_COLUMNS, &self.mentions, &story_of(1))
    }
}

impl Store {
    /// Opens (and with [`OpenMode::Create`] creates) the store at `url`.
    pub fn open(url: &str, mode: OpenMode) -> Result<Store> {
        let mut db = Db::open(url, mode)?;
        match schema::check(&mut db)? {
            Found::Store => {}
            Found::Old(found) => match mode {
                OpenMode::Create => schema::migrate(&mut db, found)?,
                OpenMode::ReadOnly => {
                    return Err(Error::OldSchema {
                        location: db.location().to_string(),
                        found,
                        supported: schema::SCHEMA_VERSION,
                    })
                }
            },
            Found::Empty => match mode {
                OpenMode::Create => schema::create(&mut db)?,
                OpenMode::ReadOnly => {
                    return Err(Error::NoStore {
                        location: db.location().to_string(),
                    })
                }
            },
        }
        Ok(Store { db })
    }

    /// Opens the store read-only for planning; a store that does not exist
    /// yet plans against an empty in-memory one (nothing is created).
    pub fn open_for_plan(url: &str) -> Result<Store> {
        match Store::open(url, OpenMode::ReadOnly) {
            Err(Error::NoStore { .. }) => Store::open(":memory:", OpenMode::Create),
            other => other,
        }
    }

    pub fn location(&self) -> &str {
        self.db.location()
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    /// The underlying connection (for passthrough queries).
    pub fn db(&mut self) -> &mut Db {
        &mut self.db
    }

    /// Stored content hashes of the given story ids (keyed by the ids as
    /// given, also when the store holds one with U+FFFD for NUL).
    pub fn stored_hashes(&mut self, ids: &[&str]) -> Result<HashMap<String, String>> {
        let mut out = HashMap::new();
        for chunk in ids.chunks(256) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql =
                format!("SELECT story_id, content_hash FROM stories WHERE story_id IN ({marks})");
            let params: Vec<Value> = chunk.iter().map(|s| Value::from(*s)).collect();
            let given: HashMap<String, &str> = chunk
                .iter()
                .filter(|id| crate::db::has_nul(id))
                .map(|id| (crate::db::stored_text(*id), *id))
                .collect();
            self.db.for_each(&sql, &params, &mut |r| {
                if let (Some(id), Some(h)) = (r[0].as_str(), r[1].as_str()) {
                    let id = given.get(id).copied().unwrap_or(id);
                    out.insert(id.to_string(), h.to_string());
                }
                Ok(())
            })?;
        }
        Ok(out)
    }

    /// The ingest generation: bumped by every committed batch.
    pub fn generation(&mut self) -> Result<i64> {
        let rows = self.db.query(
            "SELECT value FROM dyad_meta WHERE key = ?",
            &[Value::from("generation")],
        )?;
        rows.first()
            .and_then(|r| r.first())
            .and_then(Value::as_i64)
            .ok_or_else(|| Error::BadMeta {
                location: self.location().to_string(),
                detail: "dyad_meta.generation is missing or not a number".into(),
            })
    }

    /// Writes a batch of stories in one transaction: each story's old rows
    /// (if any) are deleted and its new story, provenance, sentence and
    /// mention rows inserted; the generation is bumped. Either the whole
    /// batch is stored or none of it. Returns the new generation and the
    /// light mentions written.
    pub fn write_batch(&mut self, batch: &[StoryWrite<'_>]) -> Result<WrittenBatch> {
        if batch.is_empty() {
            return Ok(WrittenBatch::default());
        }
        self.db.begin()?;
        match self.write_batch_inner(batch) {
            Ok(w) => {
                self.db.commit()?;
                Ok(w)
            }
            Err(e) => {
                let _ = self.db.rollback();
                Err(e)
            }
        }
    }

    fn write_batch_inner(&mut self, batch: &[StoryWrite<'_>]) -> Result<WrittenBatch> {
        // The old rows of replaced stories (new stories have none), a few
        // hundred ids per statement.
        let ids: Vec<Value> = batch
            .iter()
            .map(|w| Value::from(w.story.id.as_str()))
            .collect();
        for chunk in ids.chunks(256) {
            let marks = vec!["?"; chunk.len()].join(", ");
            for table in ["mentions", "sentences", "provenance", "stories"] {
                self.db.execute(
                    &format!("DELETE FROM {table} WHERE story_id IN ({marks})"),
                    chunk,
                )?;
            }
        }
        // Each mention's light form holds every column but the bulky texts
        // (read from the record) and the JSON lists; the rows borrow both.
        // SQLite inserts story by story, while its text and mentions are
        // still in the cache; PostgreSQL copies each table in one go.
        let sqlite = self.db.is_sqlite();
        let mut mentions: Vec<Vec<Mention>> = Vec::with_capacity(batch.len());
        let mut texts: Vec<Vec<RecordTexts>> = Vec::with_capacity(batch.len());
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for w in batch {
            let date = w.story.date.format("%Y-%m-%d").to_string();
            seen.clear();
            let mut ms = Vec::with_capacity(w.result.events.len());
            let mut ts = Vec::with_capacity(w.result.events.len());
            for (ordinal, e) in w.result.events.iter().enumerate() {
                let k = seen.entry(e.event_id.as_str()).or_insert(0);
                *k += 1;
                // The record belongs to this story whatever the coder wrote.
                let m = if *k == 1 {
                    Mention::light_from_record(e, ordinal, &e.event_id, &w.story.id, &date)
                } else {
                    let id = format!("{}-{}", e.event_id, k);
                    Mention::light_from_record(e, ordinal, &id, &w.story.id, &date)
                };
                ms.push(m);
                ts.push(RecordTexts::of(e));
            }
            if sqlite {
                let mut rows = BatchRows::default();
                rows.add(w, &date, &ms, &ts);
                rows.insert(&mut self.db)?;
            }
            mentions.push(ms);
            if !sqlite {
                texts.push(ts);
            }
        }
        if !sqlite {
            let dates: Vec<String> = batch
                .iter()
                .map(|w| w.story.date.format("%Y-%m-%d").to_string())
                .collect();
            let mut rows = BatchRows::default();
            for (((w, date), ms), ts) in batch.iter().zip(&dates).zip(&mentions).zip(&texts) {
                rows.add(w, date, ms, ts);
            }
            rows.insert(&mut self.db)?;
        }
        // Incremented in place (after checking that it is a number): two
        // PostgreSQL writers that read the same value still count up one by
        // one (the row lock orders them).
        self.generation()?;
        self.db.execute(
            "UPDATE dyad_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = ?",
            &[Value::from("generation")],
        )?;
        let g = self.generation()?;
        Ok(WrittenBatch {
            generation: Some(g),
            mentions,
        })
    }

    /// Every stored mention (with its story's date), in (story, ordinal)
    /// order; `from`/`to` bound the event date (inclusive).
    pub fn mentions(
        &mut self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Mention>> {
        self.load_mentions(from, to, false, true, &|_| true)
    }

    /// Like [`Store::mentions`] without the bulky text columns (sentence,
    /// trigger and actor texts, CAMEO name, reporting chain, amounts, which
    /// come back empty): what dedup and aggregation need, at a fraction of
    /// the reading cost.
    pub fn mentions_light(
        &mut self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Mention>> {
        self.load_mentions(from, to, true, true, &|_| true)
    }

    /// Every mention, light, in no particular order: what [`derive`] needs
    /// (it sorts them itself), but those of the stories in `skip`. A
    /// sequential scan of `mentions` with the story dates from a map, rather
    /// than a join and an index-order read.
    fn mentions_for_derive<T>(&mut self, skip: &HashMap<String, T>) -> Result<Vec<Mention>> {
        let mut dates: HashMap<String, String> = HashMap::new();
        self.db
            .for_each("SELECT story_id, story_date FROM stories", &[], &mut |r| {
                let id = r[0].render();
                if !skip.contains_key(&id) {
                    dates.insert(id, r[1].render());
                }
                Ok(())
            })?;
        let keep = |r: &[Value]| match r.get(1) {
            Some(Value::Text(id)) => !skip.contains_key(id),
            _ => true,
        };
        let mut out = self.load_mentions(None, None, true, false, &keep)?;
        for m in &mut out {
            if let Some(d) = dates.get(&m.story_id) {
                m.story_date.clone_from(d);
            }
        }
        Ok(out)
    }

    fn load_mentions(
        &mut self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        light: bool,
        ordered: bool,
        keep: &dyn Fn(&[Value]) -> bool,
    ) -> Result<Vec<Mention>> {
        const BULKY: &[&str] = &[
            "date_text",
            "source_text",
            "target_text",
            "cameo_name",
            "trigger_text",
            "sentence",
            "reported_by",
            "amounts",
        ];
        let cols: Vec<String> = MENTION_COLUMNS
            .iter()
            .map(|c| {
                if light && BULKY.contains(&c.name) {
                    match c.name {
                        "date_text" => "NULL".to_string(),
                        "reported_by" | "amounts" => "'[]'".to_string(),
                        _ => "''".to_string(),
                    }
                } else {
                    format!("m.{}", c.name)
                }
            })
            .collect();
        let mut sql = if ordered {
            format!(
                "SELECT {}, s.story_date FROM mentions m JOIN stories s ON s.story_id = m.story_id",
                cols.join(", ")
            )
        } else {
            // The caller fills in the story dates.
            format!("SELECT {}, '' FROM mentions m", cols.join(", "))
        };
        let mut params = Vec::new();
        let mut conds = Vec::new();
        if let Some(f) = from {
            conds.push("m.event_date >= ?");
            params.push(Value::Text(f.format("%Y-%m-%d").to_string()));
        }
        if let Some(t) = to {
            conds.push("m.event_date <= ?");
            params.push(Value::Text(t.format("%Y-%m-%d").to_string()));
        }
        if !conds.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conds.join(" AND "));
        }
        if ordered {
            sql.push_str(" ORDER BY m.story_id, m.ordinal");
        }
        let location = self.location().to_string();
        let mut out = Vec::new();
        self.db.for_each(&sql, &params, &mut |r| {
            if !keep(r) {
                return Ok(());
            }
            let m = Mention::from_row(r).map_err(|reason| Error::Data {
                location: location.clone(),
                record: format!(
                    "mention {}",
                    r.first().map(Value::render).unwrap_or_default()
                ),
                reason,
            })?;
            out.push(m);
            Ok(())
        })?;
        Ok(out)
    }

    /// Row counts.
    pub fn counts(&mut self) -> Result<Counts> {
        let mut c = Counts::default();
        for (table, slot) in [
            ("stories", &mut c.stories),
            ("sentences", &mut c.sentences),
            ("mentions", &mut c.mentions),
            ("derived_events", &mut c.derived_events),
        ] {
            let rows = self
                .db
                .query(&format!("SELECT COUNT(*) FROM {table}"), &[])?;
            *slot = rows
                .first()
                .and_then(|r| r.first())
                .and_then(Value::as_i64)
                .unwrap_or(0) as usize;
        }
        Ok(c)
    }

    /// The materialized dedup tables.
    pub fn derived_info(&mut self) -> Result<Vec<DerivedInfo>> {
        let g = self.generation()?;
        let rows = self.db.query(
            "SELECT rule, rule_version, key_fields, generation, n_events, n_mentions \
             FROM derived_rules ORDER BY rule",
            &[],
        )?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let rule_version = r[1].as_i64().unwrap_or(0);
                let generation = r[3].as_i64().unwrap_or(-1);
                DerivedInfo {
                    rule: r[0].render(),
                    rule_version,
                    key_fields: r[2].render(),
                    generation,
                    n_events: r[4].as_i64().unwrap_or(0) as usize,
                    n_mentions: r[5].as_i64().unwrap_or(0) as usize,
                    fresh: generation == g && rule_version == DedupRule::VERSION,
                }
            })
            .collect())
    }

    /// Rules to rebuild so that every materialized table, plus `wanted`, is fresh.
    pub fn stale_rules(&mut self, wanted: &[DedupRule]) -> Result<Vec<DedupRule>> {
        let info = self.derived_info()?;
        let mut out: Vec<DedupRule> = Vec::new();
        for i in &info {
            if !i.fresh {
                match i.rule.parse::<DedupRule>() {
                    Ok(r) => out.push(r),
                    Err(reason) => {
                        return Err(Error::Data {
                            location: self.location().to_string(),
                            record: format!("derived_rules row {:?}", i.rule),
                            reason,
                        })
                    }
                }
            }
        }
        for w in wanted {
            let name = w.name();
            let present = info.iter().any(|i| i.rule == name && i.fresh);
            if !present && !out.contains(w) {
                out.push(w.clone());
            }
        }
        Ok(out)
    }

    /// Rebuilds the derived table of `rule` from all mentions, in one
    /// transaction, and records the rule's name, version, key and the
    /// generation it reflects.
    pub fn rebuild_derived(&mut self, rule: &DedupRule) -> Result<DerivedInfo> {
        let mut r = self.rebuild_derived_rules(std::slice::from_ref(rule), None)?;
        r.derived.pop().ok_or_else(|| Error::BadMeta {
            location: self.location().to_string(),
            detail: format!("rule {rule} was not rebuilt"),
        })
    }

    /// Rebuilds the derived tables of `rules` from all mentions, in one
    /// transaction (as [`Store::rebuild_derived`] does for each). Mentions
    /// in `known` are not read back when it is current (the store still at
    /// its generation): when its stories are all the store holds, nothing
    /// is read at all. The result is the same either way (derivation
    /// depends on the set of mentions only).
    pub fn rebuild_derived_rules(
        &mut self,
        rules: &[DedupRule],
        known: Option<KnownMentions>,
    ) -> Result<Rebuilt> {
        if rules.is_empty() {
            return Ok(Rebuilt::default());
        }
        // Read outside the write transaction (not to hold the write lock
        // while reading); the generation, unchanged once the lock is taken,
        // shows that nothing was written in between.
        let before = self.generation()?;
        let known = known.filter(|k| k.generation == before);
        let (read, known) = self.collect_mentions(known)?;
        self.db.begin()?;
        let r = (|| -> Result<Rebuilt> {
            let generation = self.generation()?;
            let (read, known) = if generation == before {
                (read, known)
            } else {
                self.collect_mentions(None)?
            };
            // Known stories in first-report order (the order derive sorts
            // mentions in): its sort then finds them in place.
            let mut stories: Vec<&Vec<Mention>> =
                known.values().filter(|v| !v.is_empty()).collect();
            stories.sort_unstable_by(|a, b| {
                (&a[0].story_date, &a[0].story_id).cmp(&(&b[0].story_date, &b[0].story_id))
            });
            let all: Vec<&Mention> = read.iter().chain(stories.into_iter().flatten()).collect();
            let mut derived = Vec::with_capacity(rules.len());
            for rule in rules {
                derived.push(self.write_derived(rule, &all, generation)?);
            }
            let mentions_read = read.len();
            // Tens of thousands of mentions take a while to free, and
            // nothing needs to wait for that.
            drop_in_background((read, known));
            Ok(Rebuilt {
                derived,
                mentions_read,
            })
        })();
        match r {
            Ok(info) => {
                self.db.commit()?;
                Ok(info)
            }
            Err(e) => {
                let _ = self.db.rollback();
                Err(e)
            }
        }
    }

    /// The stored mentions, light, in two parts: those read from the store,
    /// and those of `known` (when its stories are all the store holds,
    /// nothing is read).
    fn collect_mentions(
        &mut self,
        known: Option<KnownMentions>,
    ) -> Result<(Vec<Mention>, MentionsByStory)> {
        let Some(known) = known else {
            let all = self.mentions_for_derive::<()>(&HashMap::new())?;
            return Ok((all, HashMap::new()));
        };
        let rows = self.db.query("SELECT COUNT(*) FROM stories", &[])?;
        let stored = rows
            .first()
            .and_then(|r| r.first())
            .and_then(Value::as_i64)
            .unwrap_or(-1);
        // Every known story is stored: equal counts mean no other story is.
        let read = if usize::try_from(stored).ok() == Some(known.stories.len()) {
            Vec::new()
        } else {
            self.mentions_for_derive(&known.stories)?
        };
        Ok((read, known.stories))
    }

    /// Replaces the derived table of `rule` with the events derived from
    /// `mentions` (inside the caller's transaction).
    fn write_derived(
        &mut self,
        rule: &DedupRule,
        mentions: &[&Mention],
        generation: i64,
    ) -> Result<DerivedInfo> {
        let events = derive(rule, mentions);
        let name = rule.name();
        {
            let rv = Value::from(name.as_str());
            self.db.execute(
                "DELETE FROM derived_events WHERE rule = ?",
                std::slice::from_ref(&rv),
            )?;
            self.db.execute(
                "DELETE FROM derived_rules WHERE rule = ?",
                std::slice::from_ref(&rv),
            )?;
            let mut rows = Vec::with_capacity(events.len());
            let json = |v: &[&str]| Value::Text(serde_json::to_string(v).unwrap_or_default());
            let strs = |v: &'_ [String]| json(&v.iter().map(String::as_str).collect::<Vec<_>>());
            for e in &events {
                let m = mentions[e.first];
                let actor = |a: &Option<crate::model::Actor>| {
                    (
                        Value::from(a.as_ref().map(|a| a.code.clone())),
                        Value::from(a.as_ref().and_then(|a| a.country_code())),
                    )
                };
                let (sc, sn) = actor(&m.source);
                let (tc, tn) = actor(&m.target);
                let mut values = vec![
                    rv.clone(),
                    Value::from(e.event_id.as_str()),
                    Value::from(e.key.as_str()),
                    Value::from(m.event_date.as_str()),
                    sc,
                    sn,
                    tc,
                    tn,
                    Value::from(m.cameo.as_str()),
                    Value::from(m.cameo_root.as_str()),
                    Value::Real(m.goldstein),
                    Value::Int(m.quad_class),
                    Value::from(m.plover_type.clone()),
                    Value::from(m.plover_mode.clone()),
                    Value::from(m.plover_context.clone()),
                    Value::from(m.mention_id.as_str()),
                    Value::from(m.story_id.as_str()),
                    Value::from(m.story_date.as_str()),
                    n(e.n_mentions()),
                    n(e.story_ids.len()),
                    n(e.n_sources),
                    json(
                        &e.members
                            .iter()
                            .map(|&i| mentions[i].mention_id.as_str())
                            .collect::<Vec<_>>(),
                    ),
                    strs(&e.story_ids),
                    strs(&e.publishers),
                    strs(&e.urls),
                ];
                values.extend(e.place_values(mentions));
                rows.push(values);
            }
            self.db.insert_rows(
                "derived_events",
                schema::DERIVED_EVENT_COLUMNS,
                &rows,
                &|r: &[Value]| {
                    format!(
                        "derived event {}",
                        r.get(1).map(Value::render).unwrap_or_default()
                    )
                },
            )?;
            let n_mentions: usize = events.iter().map(|e| e.n_mentions()).sum();
            let key_fields = rule
                .fields()
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(",");
            let key_fields = if key_fields.is_empty() {
                "mention_id".to_string()
            } else {
                key_fields
            };
            self.db.execute(
                &schema::insert_sql("derived_rules", schema::DERIVED_RULE_COLUMNS),
                &[
                    rv.clone(),
                    Value::Int(DedupRule::VERSION),
                    Value::from(key_fields.as_str()),
                    Value::Int(generation),
                    n(events.len()),
                    n(n_mentions),
                ],
            )?;
            Ok(DerivedInfo {
                rule: name.clone(),
                rule_version: DedupRule::VERSION,
                key_fields,
                generation,
                n_events: events.len(),
                n_mentions,
                fresh: true,
            })
        }
    }

    /// A deterministic text dump of the data tables (sorted rows, tab-separated,
    /// no timestamps or generation counters): equal dumps mean equal stores.
    pub fn dump(&mut self) -> Result<String> {
        let mut out = String::new();
        let tables: &[(&str, &[schema::Col], &str)] = &[
            ("stories", schema::STORY_COLUMNS, "story_id"),
            ("provenance", schema::PROVENANCE_COLUMNS, "story_id"),
            (
                "sentences",
                schema::SENTENCE_COLUMNS,
                "story_id, sentence_index",
            ),
            ("mentions", MENTION_COLUMNS, "mention_id"),
            (
                "derived_events",
                schema::DERIVED_EVENT_COLUMNS,
                "rule, event_id",
            ),
        ];
        for (table, cols, order) in tables {
            out.push_str(&format!("## {table}\n"));
            let sql = format!(
                "SELECT {} FROM {table} t ORDER BY {order}",
                schema::select_list("t", cols)
            );
            // ORDER BY is only for streaming; rows are sorted again in Rust
            // so that SQLite and PostgreSQL collations cannot differ.
            let mut rows: Vec<String> = Vec::new();
            self.db.for_each(&sql, &[], &mut |r| {
                let line: Vec<String> = r
                    .iter()
                    .map(|v| match v {
                        Value::Null => "\\N".to_string(),
                        other => other.render().replace('\n', "\\n").replace('\t', "\\t"),
                    })
                    .collect();
                rows.push(line.join("\t"));
                Ok(())
            })?;
            rows.sort();
            for r in rows {
                out.push_str(&r);
                out.push('\n');
            }
        }
        out.push_str("## derived_rules\n");
        let mut rules: Vec<String> = self
            .db
            .query(
                "SELECT rule, rule_version, key_fields, n_events, n_mentions FROM derived_rules",
                &[],
            )?
            .iter()
            .map(|r| r.iter().map(Value::render).collect::<Vec<_>>().join("\t"))
            .collect();
        rules.sort();
        for r in rules {
            out.push_str(&r);
            out.push('\n');
        }
        Ok(out)
    }
}
