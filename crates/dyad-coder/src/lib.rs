//! dyad-coder owns the step from text to events: actor mentions, event
//! predicates with voice and mood, source/target roles, relative dates,
//! amounts, the reporting chain, the event record and the sinks records are
//! pushed into. It never reads or writes files: callers hand it `Story` values
//! and receive `StoryResult`s.

pub mod amounts;
pub mod attribution;
pub mod coder;
pub mod dates;
pub mod mentions;
pub mod obligations;
pub mod predicates;
pub mod record;
pub mod roles;
pub mod sink;
pub mod story;

pub use coder::{Coder, SentenceAnalysis, SuiteOptions, CODER_VERSION};
pub use record::{ActorRecord, EventRecord, StoryResult};
pub use sink::{JsonlSink, Sink, TsvSink, VecSink};
pub use story::Story;
