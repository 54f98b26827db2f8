//! Idempotent, resumable ingest.
//!
//! Stories arrive in input order and are planned in batches: a story whose
//! id is not stored is **added**; one stored with the same content hash
//! ([`crate::content_hash`]) is **skipped** without being coded; one stored
//! with a different hash is **replaced** (its old sentences and mentions are
//! deleted with it). Each batch is written in one transaction (while the
//! next batch is being coded), so after a crash or `kill -9` the store holds
//! whole batches only, and re-running the same command skips what was
//! committed and codes the rest. One writer at a time: concurrent ingests
//! into one store wait for SQLite's lock, and on PostgreSQL may fail with a
//! key conflict naming the story (re-running fixes it).
//! The derived (dedup) tables are rebuilt at the end from all mentions (a
//! full rebuild: simple and order-independent). The mentions a run wrote
//! are kept in memory, light (without their bulky texts, as
//! [`Store::mentions_light`] reads them: about 1 KB a mention, what the
//! rebuild would read back anyway), so only the other stories' mentions are
//! read back, and none when the store holds nothing else; when another
//! writer committed between two of the run's batches or since its last,
//! everything is read back. The last batch is written with no coding left
//! to overlap, so [`Ingest::finish`] splits a large one in two.
//! `derived_rules.generation` records which state of the mentions they
//! reflect, so an ingest killed between its last batch and that rebuild is
//! finished by the next run (even when it has nothing to add), which reads
//! all mentions back.
//!
//! The result never depends on where a run was interrupted: story rows,
//! mention ids (content hashes) and derived events are functions of the
//! input alone.

use std::collections::{HashMap, HashSet};

use dyad_coder::{Story, StoryResult};

use crate::db::stored_text;
use crate::dedup::DedupRule;
use crate::error::Result;
use crate::model::Mention;
use crate::store::{content_hash, DerivedInfo, KnownMentions, Store, StoryWrite, WrittenBatch};

/// What ingest does with one story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Add,
    Replace,
    Skip,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Add => "add",
            Action::Replace => "replace",
            Action::Skip => "skip",
        }
    }
}

/// Options of one ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Stories per transaction.
    pub batch_size: usize,
    /// Plan only: nothing is coded or written.
    pub dry_run: bool,
    /// Replace stories even when their hash is unchanged (after a lexicon change).
    pub force: bool,
    /// Dedup rules to materialize (in addition to those already in the store).
    pub rules: Vec<DedupRule>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            batch_size: 256,
            dry_run: false,
            force: false,
            rules: vec![DedupRule::OneADay],
        }
    }
}

/// What a run did (or, with `dry_run`, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestStats {
    pub added: usize,
    pub replaced: usize,
    pub skipped: usize,
    pub sentences: usize,
    pub mentions: usize,
    pub batches: usize,
    /// Derived tables rebuilt (dry run: the rules that would be).
    pub derived: Vec<DerivedInfo>,
    pub rules_to_rebuild: Vec<String>,
    /// Mentions read back from the store to rebuild the derived tables (the
    /// run's own are kept in memory).
    pub mentions_reread: usize,
}

impl IngestStats {
    pub fn stories(&self) -> usize {
        self.added + self.replaced + self.skipped
    }
}

/// The smallest last batch that [`Ingest::finish`] splits in two.
const TAPER_MIN: usize = 48;

type Coder<'c> = dyn FnMut(&[&Story]) -> Vec<StoryResult> + 'c;
type OnPlan<'c> = dyn FnMut(&str, Action) + 'c;

/// Feeds stories into a store in batches.
pub struct Ingest<'s, 'c> {
    store: &'s mut Store,
    opts: IngestOptions,
    code: Box<Coder<'c>>,
    on_plan: Option<Box<OnPlan<'c>>>,
    pending: Vec<(Story, Option<String>)>,
    pending_ids: HashSet<String>,
    /// Dry run: hashes "written" so far, so repeated ids plan like a real run.
    planned: HashMap<String, String>,
    /// The coded batch waiting to be written (while the next one is coded).
    in_flight: Option<Coded>,
    /// Its stories' hashes, which the next batch's plan must see.
    in_flight_hashes: HashMap<String, String>,
    /// The light mentions of every story written so far, by story id.
    written: HashMap<String, Vec<Mention>>,
    /// The generation of the last batch written.
    generation: Option<i64>,
    /// False once another writer committed between two of this run's batches.
    sole_writer: bool,
    stats: IngestStats,
}

/// A planned and coded batch: the stories, which of them to write (index,
/// content hash) and their coding results.
struct Coded {
    batch: Vec<(Story, Option<String>)>,
    work: Vec<(usize, String)>,
    results: Vec<StoryResult>,
}

/// What is left of a batch once written: the counts, and each written
/// story's id with its light mentions.
struct Written {
    sentences: usize,
    mentions: usize,
    generation: Option<i64>,
    stories: Vec<(String, Vec<Mention>)>,
}

/// Writes a coded batch and drops it (on the writer thread, where freeing
/// its records runs alongside the coding of the next batch).
fn write_coded(store: &mut Store, mut c: Coded) -> Result<Written> {
    let w: WrittenBatch = {
        let writes: Vec<StoryWrite<'_>> = c
            .work
            .iter()
            .zip(&c.results)
            .map(|((i, hash), r)| StoryWrite {
                story: &c.batch[*i].0,
                content_hash: hash,
                result: r,
                input_file: c.batch[*i].1.as_deref(),
            })
            .collect();
        store.write_batch(&writes)?
    };
    let stories = c
        .work
        .iter()
        .zip(w.mentions)
        // Keyed by the id as stored (NUL as U+FFFD), as the store's rows are.
        .map(|((i, _), ms)| (stored_text(std::mem::take(&mut c.batch[*i].0.id)), ms))
        .collect();
    Ok(Written {
        sentences: c.results.iter().map(|r| r.sentences).sum(),
        mentions: c.results.iter().map(|r| r.events.len()).sum(),
        generation: w.generation,
        stories,
    })
}

impl<'s, 'c> Ingest<'s, 'c> {
    /// `code` codes a batch of stories (in order; one result per story).
    pub fn new(
        store: &'s mut Store,
        opts: IngestOptions,
        code: impl FnMut(&[&Story]) -> Vec<StoryResult> + 'c,
    ) -> Self {
        Ingest {
            store,
            opts,
            code: Box::new(code),
            on_plan: None,
            pending: Vec::new(),
            pending_ids: HashSet::new(),
            planned: HashMap::new(),
            in_flight: None,
            in_flight_hashes: HashMap::new(),
            written: HashMap::new(),
            generation: None,
            sole_writer: true,
            stats: IngestStats::default(),
        }
    }

    /// Called with every story's planned action, in input order.
    pub fn on_plan(mut self, f: impl FnMut(&str, Action) + 'c) -> Self {
        self.on_plan = Some(Box::new(f));
        self
    }

    /// Adds one story; a full batch is planned, coded and committed.
    pub fn push(&mut self, story: Story, input_file: Option<&str>) -> Result<()> {
        // A repeated id inside one batch: commit what came before, so the
        // later version replaces the earlier one as in a sequential run.
        if self.pending_ids.contains(&story.id) {
            self.flush()?;
        }
        self.pending_ids.insert(story.id.clone());
        self.pending.push((story, input_file.map(str::to_string)));
        if self.pending.len() >= self.opts.batch_size.max(1) {
            self.flush()?;
        }
        Ok(())
    }

    /// Plans and codes the pending batch. Writing is pipelined: while a
    /// batch is coded, the previous one is written (in its own transaction)
    /// on a second thread; [`Ingest::finish`] writes the last one.
    pub fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        self.pending_ids.clear();
        let ids: Vec<&str> = batch.iter().map(|(s, _)| s.id.as_str()).collect();
        let mut stored = self.store.stored_hashes(&ids)?;
        let overlay = if self.opts.dry_run {
            &self.planned
        } else {
            &self.in_flight_hashes
        };
        for id in &ids {
            if let Some(h) = overlay.get(*id) {
                stored.insert(id.to_string(), h.clone());
            }
        }
        let mut work: Vec<(usize, String)> = Vec::new();
        for (i, (story, _)) in batch.iter().enumerate() {
            let hash = content_hash(story);
            let action = match stored.get(&story.id) {
                None => Action::Add,
                Some(h) if *h == hash && !self.opts.force => Action::Skip,
                Some(_) => Action::Replace,
            };
            match action {
                Action::Add => self.stats.added += 1,
                Action::Replace => self.stats.replaced += 1,
                Action::Skip => self.stats.skipped += 1,
            }
            if let Some(f) = self.on_plan.as_mut() {
                f(&story.id, action);
            }
            if action != Action::Skip {
                if self.opts.dry_run {
                    self.planned.insert(story.id.clone(), hash);
                } else {
                    work.push((i, hash));
                }
            }
        }
        if work.is_empty() {
            return Ok(());
        }
        let previous = self.in_flight.take();
        let store = &mut *self.store;
        let code = &mut self.code;
        let stories: Vec<&Story> = work.iter().map(|(i, _)| &batch[*i].0).collect();
        let (results, written) = std::thread::scope(|sc| {
            let writer = previous.map(|p| sc.spawn(move || write_coded(store, p)));
            let results = code(&stories);
            (results, writer.map(|w| w.join()))
        });
        drop(stories);
        if let Some(joined) = written {
            match joined {
                Ok(w) => self.count_written(w?),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        self.in_flight_hashes = work
            .iter()
            .map(|(i, h)| (batch[*i].0.id.clone(), h.clone()))
            .collect();
        self.in_flight = Some(Coded {
            batch,
            work,
            results,
        });
        Ok(())
    }

    fn count_written(&mut self, w: Written) {
        self.stats.batches += 1;
        self.stats.sentences += w.sentences;
        self.stats.mentions += w.mentions;
        if let Some(g) = w.generation {
            if self.generation.is_some_and(|last| g != last + 1) {
                self.sole_writer = false;
            }
            self.generation = Some(g);
        }
        self.written.extend(w.stories);
    }

    /// Writes the coded batch still in memory.
    fn drain(&mut self) -> Result<()> {
        if let Some(c) = self.in_flight.take() {
            let w = write_coded(self.store, c)?;
            self.count_written(w);
            self.in_flight_hashes.clear();
        }
        Ok(())
    }

    /// Writes the last batch and brings the derived tables up to date.
    pub fn finish(mut self) -> Result<IngestStats> {
        // The last batch is written once all coding is done, with nothing
        // to overlap: a large one is split so that its first two thirds are
        // written while the last third is coded.
        if !self.opts.dry_run && self.pending.len() >= TAPER_MIN {
            let tail = self.pending.split_off(self.pending.len() * 2 / 3);
            self.flush()?;
            self.pending = tail;
        }
        self.flush()?;
        self.drain()?;
        let changed = self.stats.added + self.stats.replaced > 0;
        let mut stale = self.store.stale_rules(&self.opts.rules)?;
        if self.opts.dry_run {
            if changed {
                // Every materialized rule, and the wanted ones, would be rebuilt.
                for i in self.store.derived_info()? {
                    if let Ok(r) = i.rule.parse::<DedupRule>() {
                        if !stale.contains(&r) {
                            stale.push(r);
                        }
                    }
                }
            }
            self.stats.rules_to_rebuild = stale.iter().map(|r| r.name()).collect();
            return Ok(self.stats);
        }
        self.stats.rules_to_rebuild = stale.iter().map(|r| r.name()).collect();
        let known = match self.generation {
            Some(generation) if self.sole_writer => Some(KnownMentions {
                generation,
                stories: std::mem::take(&mut self.written),
            }),
            _ => None,
        };
        let rebuilt = self.store.rebuild_derived_rules(&stale, known)?;
        self.stats.derived = rebuilt.derived;
        self.stats.mentions_reread = rebuilt.mentions_read;
        Ok(self.stats)
    }
}
