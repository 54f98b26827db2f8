//! CAMEO actor types (roles, international generics, known groups), religion
//! codes, and the grammar of CAMEO actor codes (`IRNGOV`, `IGOUNOHCR`).

use std::sync::OnceLock;

use serde::Serialize;

use crate::country::{country, normalize_country};
use crate::tsv::{self, Table};

const ACTOR_TYPES: &str = include_str!("../data/actor_types.tsv");
const RELIGIONS: &str = include_str!("../data/religions.tsv");

/// A CAMEO actor type code: a role/sector (`GOV`, `MIL`, `MED` = media), an
/// international generic (`IGO`, `NGO`, `IMG`, `MNC`, …) or a known group
/// (`UNO`, `HEZ`, `EEC` = European Union).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorType {
    /// Three-letter code.
    pub code: String,
    /// `primary_role`, `secondary_role`, `tertiary_role`,
    /// `special_role (party|peacekeepers|settler)`, `international_generic`
    /// or `known_group`.
    pub class: String,
    /// Short label (GDELT's `CAMEO.type.txt` / `CAMEO.knowngroup.txt` label).
    pub label: String,
}

/// A three-letter CAMEO religion code (RCS roots such as `MOS`, `CHR`, `JEW`,
/// and GDELT's three-letter sub-codes such as `CTH`, `SHI`, `SUN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Religion {
    /// Three-letter code.
    pub code: String,
    /// English name.
    pub name: String,
}

fn actor_table() -> &'static Table<ActorType> {
    static TABLE: OnceLock<Table<ActorType>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Table::new(
            tsv::rows("actor_types.tsv", ACTOR_TYPES, &["code", "class", "label"]).map(|f| {
                let t = ActorType {
                    code: f[0].to_owned(),
                    class: f[1].to_owned(),
                    label: f[2].to_owned(),
                };
                (f[0], t)
            }),
        )
    })
}

fn religion_table() -> &'static Table<Religion> {
    static TABLE: OnceLock<Table<Religion>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Table::new(
            tsv::rows("religions.tsv", RELIGIONS, &["code", "name"]).map(|f| {
                let r = Religion {
                    code: f[0].to_owned(),
                    name: f[1].to_owned(),
                };
                (f[0], r)
            }),
        )
    })
}

/// Looks up a CAMEO actor type / known-group code exactly (`"GOV"`, `"UNO"`).
pub fn actor_type(code: &str) -> Option<&'static ActorType> {
    actor_table().get(code)
}

/// All 151 actor type codes (roles, international generics, known groups).
pub fn actor_types() -> &'static [ActorType] {
    &actor_table().rows
}

/// Looks up a three-letter CAMEO religion code exactly (`"MOS"`, `"CTH"`).
pub fn religion(code: &str) -> Option<&'static Religion> {
    religion_table().get(code)
}

/// All three-letter CAMEO religion codes.
pub fn religions() -> &'static [Religion] {
    &religion_table().rows
}

/// A parsed CAMEO actor code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorCode {
    /// The code as given.
    pub code: String,
    /// The country slot: the first segment when it is a country/region code
    /// (normalized to CAMEO, see [`normalize_country`]; a 6-letter compound
    /// such as `CHNTIB` counts as one) or an international generic (`IGO`,
    /// `NGO`, `IMG`, `MNC`, `INT`, `NGM`, `UIS`), as in Phoenix's
    /// `source_root`, PLOVER's country field and dyad's scoring ("first
    /// three letters"). `IGOUNO` → `IGO`, `MNCUSA` → `MNC`. `None` when the
    /// code starts with a role, a religion or `---` (`GOV`, `---GOV`).
    pub country: Option<String>,
    /// Every later segment, in order: roles/sectors, known groups, religion
    /// codes, further international generics and country/region qualifiers
    /// (`IGOUNOHCR` → `[UNO, HCR]`, `IGOWSTNAT` → `[WST, NAT]`).
    pub sectors: Vec<String>,
}

/// Why a string is not a CAMEO actor code. Segments are numbered from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActorCodeError {
    /// The code is the empty string.
    #[error("empty actor code")]
    Empty,
    /// A character other than `A`–`Z` (or `-` in a leading `---`).
    #[error(
        "actor code {code:?}: character {found:?} at byte {position} is not an upper-case \
         letter A-Z (only a leading `---`, unknown country, may contain '-')"
    )]
    InvalidCharacter {
        /// The code as given.
        code: String,
        /// Byte offset of the character.
        position: usize,
        /// The offending character.
        found: char,
    },
    /// The length is not a multiple of three.
    #[error(
        "actor code {code:?}: length {len} is not a multiple of 3 (codes are 3-letter segments)"
    )]
    BadLength {
        /// The code as given.
        code: String,
        /// Its length.
        len: usize,
    },
    /// A segment is no known CAMEO code.
    #[error(
        "actor code {code:?}: segment {segment_no} {segment:?} is not a CAMEO country/region, \
         role/sector, international generic, known-group or religion code"
    )]
    UnknownSegment {
        /// The code as given.
        code: String,
        /// 1-based segment number.
        segment_no: usize,
        /// The segment.
        segment: String,
    },
    /// A known segment in a position where CAMEO does not allow it.
    #[error("actor code {code:?}: segment {segment_no} {segment:?} is misplaced: {reason}")]
    MisplacedSegment {
        /// The code as given.
        code: String,
        /// 1-based segment number.
        segment_no: usize,
        /// The segment.
        segment: String,
        /// What CAMEO expects instead.
        reason: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Country,
    Generic,
    Role,
    KnownGroup,
    Religion,
    Unknown,
}

/// Classifies a 3-letter segment. A country/region code wins over a
/// same-spelled actor type or religion (`PSE`, `SHN`).
fn kind(seg: &str) -> Kind {
    if country_code(seg).is_some() {
        return Kind::Country;
    }
    if let Some(t) = actor_type(seg) {
        return match t.class.as_str() {
            "international_generic" => Kind::Generic,
            "known_group" => Kind::KnownGroup,
            _ => Kind::Role,
        };
    }
    if religion(seg).is_some() {
        Kind::Religion
    } else {
        Kind::Unknown
    }
}

/// The CAMEO country code for a segment (or a 6-letter compound), accepting
/// the ISO-3/PLOVER aliases of [`normalize_country`].
fn country_code(seg: &str) -> Option<String> {
    if country(seg).is_some() {
        return Some(normalize_country(seg));
    }
    let norm = normalize_country(seg);
    (norm != seg && country(&norm).is_some()).then_some(norm)
}

/// Parses and validates a CAMEO actor code.
///
/// Grammar (CAMEO manual ch. 3; TABARI/PETRARCH dictionaries): the code is a
/// sequence of 3-letter upper-case segments, general to specific.
///
/// * The first segment is a country/region code (`IRN`, `EUR` = Europe,
///   `WST`; also the 6-letter compounds `CHNTIB`, `BIHSPR`, `BIHBHF`, and the
///   ISO/PLOVER spellings `TLS`, `IMN`, `XKX`, `KOS` which are normalized),
///   an international generic (`IGO`, `NGO`, `IMG`, `MNC`, `INT`, `NGM`,
///   `UIS`), a role/sector when the country is unknown (`GOV`, `REB`), a
///   religion code (`MOS`), or `---` (PETRARCH's "unknown country").
/// * Any later segment is a role/sector, international generic, known group
///   (`UNO`, `HEZ`), religion or country/region code (Phoenix puts region
///   qualifiers after IGO: `IGOWSTNAT`, `IGOEUREEC`; and countries after
///   MNC/NGO: `MNCUSA`).
/// * A known group cannot start a code (write `IGOUNO`, not `UNO`).
///
/// Segment order beyond that (e.g. PTY right after GOV/OPP) is not enforced.
/// Codes that the PETRARCH/Phoenix dictionaries invented outside the CAMEO
/// codebook (`PPL`, `ARB`, ethnic codes such as `KUR`) are rejected.
/// Beware `MUS`: it is Mauritius in CAMEO (Phoenix uses it for "Muslim").
///
/// Never panics.
pub fn parse_actor_code(code: &str) -> Result<ActorCode, ActorCodeError> {
    if code.is_empty() {
        return Err(ActorCodeError::Empty);
    }
    let unknown_prefix = code.starts_with("---");
    for (position, found) in code.char_indices() {
        let ok = found.is_ascii_uppercase() || (found == '-' && unknown_prefix && position < 3);
        if !ok {
            return Err(ActorCodeError::InvalidCharacter {
                code: code.to_owned(),
                position,
                found,
            });
        }
    }
    // All characters are ASCII now, so byte chunks are whole characters.
    if !code.len().is_multiple_of(3) {
        return Err(ActorCodeError::BadLength {
            code: code.to_owned(),
            len: code.len(),
        });
    }
    let segs: Vec<&str> = code
        .as_bytes()
        .chunks(3)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();

    let first = segs.first().copied().unwrap_or_default();
    let compound = match (segs.first(), segs.get(1)) {
        (Some(a), Some(b)) => Some(format!("{a}{b}")).filter(|c| country(c).is_some()),
        _ => None,
    };
    let mut sectors: Vec<String> = Vec::new();
    // (country slot, number of segments consumed)
    let (country_out, consumed) = if first == "---" {
        (None, 1)
    } else if let Some(c) = compound {
        (Some(c), 2)
    } else if let Some(c) = country_code(first) {
        (Some(c), 1)
    } else {
        match kind(first) {
            Kind::Generic => (Some(first.to_owned()), 1),
            Kind::Role | Kind::Religion => {
                sectors.push(first.to_owned());
                (None, 1)
            }
            Kind::KnownGroup => {
                return Err(ActorCodeError::MisplacedSegment {
                    code: code.to_owned(),
                    segment_no: 1,
                    segment: first.to_owned(),
                    reason: "a known group follows a country or an international generic \
                             (e.g. IGOUNO, NGOHRIAMN); it cannot start a code",
                });
            }
            Kind::Country | Kind::Unknown => {
                return Err(ActorCodeError::UnknownSegment {
                    code: code.to_owned(),
                    segment_no: 1,
                    segment: first.to_owned(),
                });
            }
        }
    };

    for (n, seg) in segs.iter().enumerate().skip(consumed) {
        if kind(seg) == Kind::Unknown {
            return Err(ActorCodeError::UnknownSegment {
                code: code.to_owned(),
                segment_no: n + 1,
                segment: (*seg).to_owned(),
            });
        }
        sectors.push((*seg).to_owned());
    }

    Ok(ActorCode {
        code: code.to_owned(),
        country: country_out,
        sectors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(code: &str) -> (Option<String>, Vec<String>) {
        let a = parse_actor_code(code).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(a.code, code);
        (a.country, a.sectors)
    }

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn actor_types_known_values() {
        assert_eq!(
            actor_type("GOV").map(|t| t.label.as_str()),
            Some("Government")
        );
        assert_eq!(
            actor_type("IGO").map(|t| t.class.as_str()),
            Some("international_generic")
        );
        assert_eq!(
            actor_type("UNO").map(|t| t.label.as_str()),
            Some("United Nations")
        );
        assert_eq!(
            actor_type("PTY").map(|t| t.label.as_str()),
            Some("Political party")
        );
        assert!(actor_type("gov").is_none());
        assert_eq!(religion("MOS").map(|r| r.name.as_str()), Some("Islam"));
        assert!(religion("CHRCTH").is_none());
    }

    #[test]
    fn parses_examples() {
        assert_eq!(ok("IRNGOV"), (Some("IRN".into()), v(&["GOV"])));
        assert_eq!(ok("IRN"), (Some("IRN".into()), v(&[])));
        assert_eq!(ok("USAGOVMIL"), (Some("USA".into()), v(&["GOV", "MIL"])));
        assert_eq!(ok("IGOUNO"), (Some("IGO".into()), v(&["UNO"])));
        assert_eq!(ok("IGOUNOHCR"), (Some("IGO".into()), v(&["UNO", "HCR"])));
        assert_eq!(ok("NGOHRIAMN"), (Some("NGO".into()), v(&["HRI", "AMN"])));
        assert_eq!(ok("IMGMOSALQ"), (Some("IMG".into()), v(&["MOS", "ALQ"])));
        assert_eq!(ok("IGOPKO"), (Some("IGO".into()), v(&["PKO"])));
        assert_eq!(
            ok("ISRGOVPTYLKD"),
            (Some("ISR".into()), v(&["GOV", "PTY", "LKD"]))
        );
        assert_eq!(ok("LBNREBHEZ"), (Some("LBN".into()), v(&["REB", "HEZ"])));
        assert_eq!(ok("IGOWSTNAT"), (Some("IGO".into()), v(&["WST", "NAT"])));
        assert_eq!(ok("IGOEUREEC"), (Some("IGO".into()), v(&["EUR", "EEC"])));
        assert_eq!(ok("MNCUSAHLH"), (Some("MNC".into()), v(&["USA", "HLH"])));
        assert_eq!(ok("GOV"), (None, v(&["GOV"])));
        assert_eq!(ok("REBMOS"), (None, v(&["REB", "MOS"])));
        assert_eq!(ok("CHRCTH"), (None, v(&["CHR", "CTH"])));
        assert_eq!(ok("---GOV"), (None, v(&["GOV"])));
        assert_eq!(ok("---"), (None, v(&[])));
        assert_eq!(ok("CHNTIB"), (Some("CHNTIB".into()), v(&[])));
        assert_eq!(ok("BIHSPRGOV"), (Some("BIHSPR".into()), v(&["GOV"])));
        assert_eq!(ok("YUGSVN"), (Some("YUG".into()), v(&["SVN"])));
        assert_eq!(ok("IGOUNOTMP"), (Some("IGO".into()), v(&["UNO", "TMP"])));
        assert_eq!(ok("MNC"), (Some("MNC".into()), v(&[])));
        assert_eq!(ok("UIS"), (Some("UIS".into()), v(&[])));
        assert_eq!(ok("EGYOPPMUS"), (Some("EGY".into()), v(&["OPP", "MUS"])));
        assert_eq!(ok("PSECVL"), (Some("PSE".into()), v(&["CVL"])));
        // Aliases are normalized to CAMEO.
        assert_eq!(ok("ROUGOV"), (Some("ROM".into()), v(&["GOV"])));
        assert_eq!(ok("KOSGOV"), (Some("KSV".into()), v(&["GOV"])));
        assert_eq!(ok("TLS"), (Some("TMP".into()), v(&[])));
    }

    #[test]
    fn manual_full_code_examples_parse() {
        // Table 3.4 style: every known group under IGO/NGO.
        for t in actor_types().iter().filter(|t| t.class == "known_group") {
            for prefix in ["IGO", "NGO", "USAGOV"] {
                let code = format!("{prefix}{}", t.code);
                assert!(parse_actor_code(&code).is_ok(), "{code}");
            }
        }
    }

    #[test]
    fn errors() {
        assert_eq!(parse_actor_code(""), Err(ActorCodeError::Empty));
        assert_eq!(
            parse_actor_code("XXXQQQ"),
            Err(ActorCodeError::UnknownSegment {
                code: "XXXQQQ".into(),
                segment_no: 1,
                segment: "XXX".into()
            })
        );
        assert_eq!(
            parse_actor_code("IRNQQQ"),
            Err(ActorCodeError::UnknownSegment {
                code: "IRNQQQ".into(),
                segment_no: 2,
                segment: "QQQ".into()
            })
        );
        assert!(matches!(
            parse_actor_code("IRNGOVX"),
            Err(ActorCodeError::BadLength { len: 7, .. })
        ));
        assert!(matches!(
            parse_actor_code("irngov"),
            Err(ActorCodeError::InvalidCharacter {
                position: 0,
                found: 'i',
                ..
            })
        ));
        assert!(matches!(
            parse_actor_code("IRN GOV"),
            Err(ActorCodeError::InvalidCharacter {
                position: 3,
                found: ' ',
                ..
            })
        ));
        assert!(matches!(
            parse_actor_code("GOV---"),
            Err(ActorCodeError::InvalidCharacter { position: 3, .. })
        ));
        assert!(matches!(
            parse_actor_code("------"),
            Err(ActorCodeError::InvalidCharacter { position: 3, .. })
        ));
        assert!(matches!(
            parse_actor_code("--"),
            Err(ActorCodeError::InvalidCharacter { position: 0, .. })
        ));
        assert!(matches!(
            parse_actor_code("UNO"),
            Err(ActorCodeError::MisplacedSegment { segment_no: 1, .. })
        ));
        assert!(matches!(
            parse_actor_code("BRAPPL"),
            Err(ActorCodeError::UnknownSegment { segment_no: 2, .. })
        ));
        let msg = parse_actor_code("IRNQQQ")
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert!(msg.contains("segment 2") && msg.contains("QQQ"), "{msg}");
    }

    #[test]
    fn never_panics() {
        let samples = [
            "É",
            "ÉÉÉ",
            "IRNÉ",
            "AÉ",
            "\u{0}",
            "ＩＲＮ",
            "-",
            "---",
            "---É",
            "IR",
            "I",
            "GOVGOVGOVGOVGOVGOVGOVGOV",
            "\n",
            "IRN\n",
            "😀😀😀",
        ];
        for s in samples {
            let _ = parse_actor_code(s);
        }
        // Every 1..=2-segment combination over a small alphabet.
        let alpha = ["A", "G", "O", "V", "-", "É", "1"];
        let mut n = 0;
        for a in alpha {
            for b in alpha {
                for c in alpha {
                    let seg = format!("{a}{b}{c}");
                    let _ = parse_actor_code(&seg);
                    for tail in ["GOV", "É", "UNO", "---"] {
                        let _ = parse_actor_code(&format!("{seg}{tail}"));
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 0);
    }

    #[test]
    fn integrity() {
        assert_eq!(actor_types().len(), 151);
        for t in actor_types() {
            assert_eq!(t.code.len(), 3);
            assert!(t.code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(!t.label.is_empty(), "{}", t.code);
        }
        assert!(religions()
            .iter()
            .all(|r| r.code.len() == 3 && !r.name.is_empty()));
        // No segment kind is ambiguous except the documented country clashes.
        for t in actor_types() {
            if country(&t.code).is_some() {
                assert_eq!(t.code, "PSE");
            }
            assert!(religion(&t.code).is_none(), "{}", t.code);
        }
        for r in religions() {
            if country(&r.code).is_some() {
                assert_eq!(r.code, "SHN");
            }
        }
    }
}
