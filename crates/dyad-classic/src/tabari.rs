//! TABARI projects: a `.project` file naming `.actors`, `.verbs`, `.agents` and
//! `.options` files (paths relative to the project file).

use std::path::{Path, PathBuf};

use crate::petrarch::{read_actors_dialect, read_agents_dialect, read_verbs_dialect};
use crate::{read_text, ClassicError, Import, NoteKind, Options, Result, Sink};

/// Dictionary files a project names, with the project line that names each.
#[derive(Debug, Default)]
struct ProjectFiles {
    actors: Vec<(usize, PathBuf)>,
    verbs: Vec<(usize, PathBuf)>,
    agents: Vec<(usize, PathBuf)>,
    options: Vec<(usize, PathBuf)>,
}

/// Reads a TABARI `.project` file and every dictionary it names. A named file
/// that does not exist is an error.
pub fn read_project(path: &Path, opts: Options) -> Result<Import> {
    let text = read_text(path)?;
    let name = path.display().to_string();
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut files = ProjectFiles::default();
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        let Some(rest) = t.strip_prefix('<') else {
            continue;
        };
        let Some((tag, value)) = rest.split_once('>') else {
            continue;
        };
        let value = value.trim();
        let slot = match tag.trim().to_lowercase().as_str() {
            "actorsfile" => &mut files.actors,
            "verbsfile" => &mut files.verbs,
            "agentsfile" => &mut files.agents,
            "optionsfile" => &mut files.options,
            _ => continue,
        };
        if value.is_empty() {
            return Err(ClassicError::Malformed {
                file: name,
                line: i + 1,
                message: format!("<{tag}> names no file"),
            });
        }
        slot.push((i + 1, dir.join(value)));
    }
    let mut out = Import::default();
    let groups: [(&str, &Vec<(usize, PathBuf)>); 4] = [
        ("<actorsfile>", &files.actors),
        ("<verbsfile>", &files.verbs),
        ("<agentsfile>", &files.agents),
        ("<optionsfile>", &files.options),
    ];
    for (what, list) in groups {
        for (line, p) in list {
            if !p.is_file() {
                return Err(ClassicError::Missing {
                    project: name.clone(),
                    line: *line,
                    what: what.to_string(),
                    path: p.clone(),
                });
            }
        }
    }
    for (_, p) in &files.actors {
        let t = read_text(p)?;
        out.extend(read_actors_dialect(
            &t,
            &p.display().to_string(),
            opts,
            true,
        )?);
        out.files.push(p.clone());
    }
    for (_, p) in &files.verbs {
        let t = read_text(p)?;
        out.extend(read_verbs_dialect(
            &t,
            &p.display().to_string(),
            opts,
            true,
        )?);
        out.files.push(p.clone());
    }
    for (_, p) in &files.agents {
        let t = read_text(p)?;
        out.extend(read_agents_dialect(
            &t,
            &p.display().to_string(),
            opts,
            true,
        )?);
        out.files.push(p.clone());
    }
    for (_, p) in &files.options {
        let t = read_text(p)?;
        out.extend(read_options(&t, &p.display().to_string(), opts)?);
        out.files.push(p.clone());
    }
    out.files.insert(0, path.to_path_buf());
    Ok(out)
}

/// Reads a TABARI `.options` file. Nothing in it maps onto a lexicon: every
/// command is noted (file and line) as not applied.
pub fn read_options(text: &str, file: &str, opts: Options) -> Result<Import> {
    let mut sink = Sink::new(file, opts);
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        // `~~~~~` (or `~~FINISH`): TABARI's end of the file; what follows is
        // not read by TABARI either.
        if t.starts_with("~~") {
            break;
        }
        let Some((cmd, _)) = t.split_once(':') else {
            sink.malformed(i + 1, format!("expected `COMMAND: …`, found {t:?}"))?;
            continue;
        };
        let what = match cmd.trim() {
            "LABEL" => "option LABEL (event labels) not applied",
            "COMPLEX" => "option COMPLEX not applied",
            "SET" => "option SET not applied",
            "OUTPUT" => "option OUTPUT not applied",
            "FORWARD" => "option FORWARD not applied",
            _ => "option not applied",
        };
        sink.note(i + 1, NoteKind::Unsupported, what, t.to_string());
    }
    Ok(sink.import)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmpdir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("dyad-classic-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn project_reads_named_files() {
        let d = tmpdir("proj");
        std::fs::write(
            d.join("t.project"),
            "Test project\n<actorsfile> t.actors\n<verbsfile>\tt.verbs\n<agentsfile> t.agents\n<optionsfile> t.options\n<textfile> t.text\n",
        )
        .unwrap();
        std::fs::write(
            d.join("t.actors"),
            "ROHAN_ [ROH] ;horse lords\nEDORAS_\n  [ROHGOV >011222]\n",
        )
        .unwrap();
        std::fs::write(
            d.join("t.verbs"),
            "CHARGE_  [190] ;battle\n- * INTO_ BATTLE  [193]\n- HORSES * [---]\nRIDE  [---]\n- * TO_ + [032]\n",
        )
        .unwrap();
        std::fs::write(d.join("t.agents"), "MARSHAL_  [ ~MIL] ;x\n").unwrap();
        std::fs::write(
            d.join("t.options"),
            "// c\nSET: SKIP RECORDS = FALSE\nLABEL: 010=YIELD\n",
        )
        .unwrap();
        let imp = read_project(&d.join("t.project"), Options::default()).unwrap();
        let got: Vec<(String, Vec<String>)> = imp
            .lexicon
            .entries
            .iter()
            .map(|e| (e.key.clone(), e.phrases.clone()))
            .collect();
        assert_eq!(got[0], ("ROH".into(), vec!["rohan".into()]));
        assert_eq!(got[1], ("ROHGOV".into(), vec!["edoras".into()]));
        assert_eq!(got[2], ("190".into(), vec!["charge".into()]));
        assert_eq!(
            got[3],
            ("193".into(), vec!["charge into ... battle".into()])
        );
        // A null-coded pattern stops the verb's other patterns.
        assert_eq!(got[4], ("---".into(), vec!["horses *charge".into()]));
        assert_eq!(got[5], ("032".into(), vec!["ride to".into()]));
        assert_eq!(got[6], ("MIL".into(), vec!["marshal".into()]));
        assert_eq!(imp.files.len(), 5);
        assert!(imp.notes.iter().any(|n| n.what.starts_with("option SET")));
        // A named file that is missing is an error naming the project line.
        std::fs::remove_file(d.join("t.agents")).unwrap();
        let e = read_project(&d.join("t.project"), Options::default()).unwrap_err();
        assert!(e.to_string().contains("t.project:4"), "{e}");
        assert!(e.to_string().contains("t.agents"), "{e}");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn options_end_at_the_tilde_line() {
        let text = "LABEL: 010= Make statement\n~~~~~\nnot a command\n";
        let imp = read_options(text, "o.options", Options::default()).unwrap();
        assert_eq!(imp.notes.len(), 1);
        assert_eq!(imp.notes[0].line, 1);
        let e =
            read_options("LABEL: x\nnot a command\n", "o.options", Options::default()).unwrap_err();
        assert!(e.to_string().contains("o.options:2"), "{e}");
    }
}
