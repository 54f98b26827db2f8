//! `dyad explain`: how the coder reads a sentence — tokens and tags, actor
//! mentions, triggers (with why one was not coded) and the events.

use std::process::ExitCode;

use clap::Args;
use dyad_coder::Story;

#[derive(Args)]
pub struct ExplainArgs {
    /// The text to explain.
    pub text: String,
    /// Publication date for relative dates.
    #[arg(long, default_value = "2024-01-01")]
    pub date: String,
    #[command(flatten)]
    pub lexicon: crate::lexicon_cmd::LexiconArgs,
}

pub fn run(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let date = dyad_coder::dates::parse_story_date(&args.date)
        .map_err(|e| anyhow::anyhow!("--date {:?}: {e}", args.date))?;
    let coder = crate::lexicon_cmd::coder(&args.lexicon)?;
    for s in dyad_text::split_sentences(&args.text) {
        let a = coder.analyze(&args.text, s);
        println!("sentence {}: {}", s.index, s.text(&args.text));
        let tagged: Vec<String> = a
            .tokens
            .iter()
            .map(|t| format!("{}/{}", t.text(&args.text), t.tag.as_str()))
            .collect();
        println!("  tokens: {}", tagged.join(" "));
        for m in &a.mentions {
            let start = a.tokens[m.first].start;
            let end = a.tokens[m.end - 1].end;
            println!("  actor: {:?} -> {}", &args.text[start..end], m.code);
        }
        for p in &a.predicates {
            let start = a.tokens[p.first].start;
            let end = a.tokens[p.end.max(p.first + 1) - 1].end;
            println!(
                "  trigger: {:?} -> {}{}{}",
                &args.text[start..end],
                p.code,
                if p.passive { " (passive)" } else { "" },
                p.irrealis
                    .map(|r| format!(" [{}]", r.describe()))
                    .unwrap_or_default()
            );
        }
    }
    let story = Story::new("explain", args.text.clone(), date);
    for e in coder.code(&story).events {
        println!(
            "event: {} -> {} {} ({}) trigger {:?} date {} reported_by {:?}",
            e.source.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
            e.target.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
            e.cameo,
            e.cameo_name,
            e.trigger.text,
            e.event_date,
            e.reported_by
        );
    }
    Ok(ExitCode::SUCCESS)
}
