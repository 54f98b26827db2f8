//! Penn Treebank part-of-speech tags.

use serde::{Deserialize, Serialize};

/// A Penn Treebank tag (the tag set spaCy's English models emit as `tag_`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Tag {
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LS,
    MD,
    NN,
    NNS,
    NNP,
    NNPS,
    PDT,
    POS,
    PRP,
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,
    WPS,
    WRB,
    /// Punctuation of any kind (`,` `.` `:` quotes, brackets, `HYPH`, `NFP`).
    Punct,
    /// Anything else, including `XX`, `ADD`, `AFX` and `$`.
    #[default]
    X,
}

impl Tag {
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ
        )
    }
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }
    pub fn is_proper_noun(self) -> bool {
        matches!(self, Tag::NNP | Tag::NNPS)
    }
    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::RB | Tag::RBR | Tag::RBS)
    }
    /// The PTB string of this tag (`PRP$` and `WP$` spelled as in the treebank).
    pub fn as_str(self) -> &'static str {
        use Tag::*;
        match self {
            CC => "CC",
            CD => "CD",
            DT => "DT",
            EX => "EX",
            FW => "FW",
            IN => "IN",
            JJ => "JJ",
            JJR => "JJR",
            JJS => "JJS",
            LS => "LS",
            MD => "MD",
            NN => "NN",
            NNS => "NNS",
            NNP => "NNP",
            NNPS => "NNPS",
            PDT => "PDT",
            POS => "POS",
            PRP => "PRP",
            PRPS => "PRP$",
            RB => "RB",
            RBR => "RBR",
            RBS => "RBS",
            RP => "RP",
            SYM => "SYM",
            TO => "TO",
            UH => "UH",
            VB => "VB",
            VBD => "VBD",
            VBG => "VBG",
            VBN => "VBN",
            VBP => "VBP",
            VBZ => "VBZ",
            WDT => "WDT",
            WP => "WP",
            WPS => "WP$",
            WRB => "WRB",
            Punct => "PUNCT",
            X => "X",
        }
    }
    /// Parses a PTB tag as spaCy writes it; unknown tags become `X`, punctuation
    /// tags become `Punct`.
    pub fn parse(s: &str) -> Tag {
        use Tag::*;
        match s {
            "CC" => CC,
            "CD" => CD,
            "DT" => DT,
            "EX" => EX,
            "FW" => FW,
            "IN" => IN,
            "JJ" => JJ,
            "JJR" => JJR,
            "JJS" => JJS,
            "LS" => LS,
            "MD" => MD,
            "NN" => NN,
            "NNS" => NNS,
            "NNP" => NNP,
            "NNPS" => NNPS,
            "PDT" => PDT,
            "POS" => POS,
            "PRP" => PRP,
            "PRP$" => PRPS,
            "RB" => RB,
            "RBR" => RBR,
            "RBS" => RBS,
            "RP" => RP,
            "SYM" => SYM,
            "TO" => TO,
            "UH" => UH,
            "VB" => VB,
            "VBD" => VBD,
            "VBG" => VBG,
            "VBN" => VBN,
            "VBP" => VBP,
            "VBZ" => VBZ,
            "WDT" => WDT,
            "WP" => WP,
            "WP$" => WPS,
            "WRB" => WRB,
            "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP" | "PUNCT" => Punct,
            _ => X,
        }
    }
}
