//! `dyad query`: one read-only SQL statement, results as TSV.

use std::cell::RefCell;
use std::io::Write;

use crate::error::{Error, Result};
use crate::store::Store;

/// TSV cells cannot hold tabs or line breaks: they are written as `\t`,
/// `\n`, `\r` (and a backslash as `\\`); NULL is the empty string.
fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\t' => o.push_str("\\t"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            c => o.push(c),
        }
    }
    o
}

/// Runs `sql` read-only and prints a header row and the rows as TSV.
/// Returns the number of rows.
pub fn query_tsv(store: &mut Store, sql: &str, out: &mut dyn Write) -> Result<usize> {
    let out = RefCell::new(out);
    let put = |cells: Vec<String>| -> Result<()> {
        let mut line = cells.join("\t");
        line.push('\n');
        out.borrow_mut()
            .write_all(line.as_bytes())
            .map_err(|e| Error::io("writing query results", e))
    };
    let mut n = 0usize;
    store.db().passthrough(
        sql,
        &mut |cols| put(cols.iter().map(|c| escape(c)).collect()),
        &mut |vals| {
            n += 1;
            put(vals
                .iter()
                .map(|v| v.as_deref().map(escape).unwrap_or_default())
                .collect())
        },
    )?;
    out.borrow_mut()
        .flush()
        .map_err(|e| Error::io("writing query results", e))?;
    Ok(n)
}
