//! What the document says about each token: its folded form, its shape,
//! whether it opens a sentence or sits in a title-case headline, and which
//! words the document writes capitalised mid-sentence or in lower case.

use super::index::{hash, FastSet, Flags, Index, NOT_NAME};
use crate::text::{push_folded, Document, TokenKind};

pub struct Features {
    /// All folded tokens, one after another; `ranges[i]` is token `i`'s.
    buf: String,
    ranges: Vec<(u32, u32)>,
    /// Each token's flags in the index (of its folded form), looked up once.
    pub flags: Vec<Flags>,
    /// Each token starts with an upper-case letter ([`is_cap`]).
    pub cap: Vec<bool>,
    /// Token opens its sentence (after any opening quote or dash).
    pub initial: Vec<bool>,
    /// Token is in a headline-like line (title case or all capitals).
    pub headline: Vec<bool>,
    /// Hashes of the folded words written capitalised in running text, not
    /// sentence-initial (64-bit hashes: no allocation per word).
    mid_caps: FastSet<u64>,
    /// Hashes of the folded words written in lower case somewhere.
    lower: FastSet<u64>,
}

impl Features {
    pub fn new(doc: &Document, index: &Index) -> Features {
        let n = doc.tokens.len();
        let mut buf = String::with_capacity(doc.text.len());
        let mut ranges = Vec::with_capacity(n);
        for t in &doc.tokens {
            let s = buf.len() as u32;
            let w = t.text(doc.text);
            if w.is_ascii() {
                // Most tokens: lower-case the bytes, no per-char dispatch.
                buf.push_str(w);
                buf[s as usize..].make_ascii_lowercase();
            } else {
                for c in w.chars() {
                    push_folded(c, &mut buf);
                }
            }
            ranges.push((s, buf.len() as u32));
        }
        let flags = ranges.iter().map(|&(s, e)| index.get(&buf[s as usize..e as usize])).collect();
        let cap = doc.tokens.iter().map(|t| is_cap(t.text(doc.text))).collect();
        let mut f = Features {
            buf,
            ranges,
            flags,
            cap,
            initial: vec![false; n],
            headline: vec![false; n],
            // Sized for every token: no growing while words are collected.
            mid_caps: FastSet::with_capacity_and_hasher(n, Default::default()),
            lower: FastSet::with_capacity_and_hasher(n, Default::default()),
        };
        f.mark_initials(doc);
        f.mark_headlines(doc);
        f.collect_words(doc);
        f
    }

    pub fn folded(&self, i: usize) -> &str {
        let (s, e) = self.ranges[i];
        &self.buf[s as usize..e as usize]
    }

    fn mark_initials(&mut self, doc: &Document) {
        for r in &doc.sentence_tokens {
            let mut after_colon = true;
            for i in r.clone() {
                let t = &doc.tokens[i];
                if t.kind == TokenKind::Punct {
                    let p = t.text(doc.text);
                    if matches!(p, ":" | "|" | "•" | "·" | ">" | "›" | "»" | "«" | "“" | "\"" | "–" | "—" | "-") {
                        after_colon = after_colon || matches!(p, ":" | "|" | "•" | "·" | ">" | "–" | "—");
                    }
                    continue;
                }
                if after_colon {
                    self.initial[i] = true;
                }
                after_colon = false;
            }
        }
    }

    /// A line where most longer words are capitalised is a title-case
    /// headline, a menu or a banner: its capitals say little.
    fn mark_headlines(&mut self, doc: &Document) {
        for r in &doc.paragraph_tokens {
            let (mut words, mut caps) = (0, 0);
            for i in r.clone() {
                let w = doc.token_text(i);
                if doc.tokens[i].kind != TokenKind::Word || w.chars().count() < 4 {
                    continue;
                }
                words += 1;
                caps += usize::from(self.cap[i]);
            }
            let lowercase_small = r.clone().any(|i| {
                doc.tokens[i].kind == TokenKind::Word
                    && !self.cap[i]
                    && self.flags[i] & NOT_NAME == 0
                    && doc.token_text(i).chars().count() >= 4
            });
            if words >= 3 && caps * 10 >= words * 8 && !lowercase_small {
                for i in r.clone() {
                    self.headline[i] = true;
                }
            }
        }
    }

    fn collect_words(&mut self, doc: &Document) {
        for i in 0..doc.tokens.len() {
            if doc.tokens[i].kind != TokenKind::Word {
                continue;
            }
            let w = doc.token_text(i);
            if self.cap[i] {
                // Only a word alone or ending a name (a surname): `City` of
                // `Bristol City Council` says nothing about a sentence-initial `City`.
                let cap_at = |k: usize| doc.tokens[k].kind == TokenKind::Word && self.cap[k];
                let alone = i + 1 >= doc.tokens.len() || !cap_at(i + 1);
                if alone && !self.initial[i] && !self.headline[i] && !is_all_caps(w) {
                    self.mid_caps.insert(hash(self.folded(i).as_bytes()));
                }
            } else if w.chars().next().is_some_and(char::is_lowercase) {
                self.lower.insert(hash(self.folded(i).as_bytes()));
            }
        }
    }

    /// Whether the document writes this folded word capitalised mid-sentence.
    pub fn seen_capitalised(&self, folded: &str) -> bool {
        self.mid_caps.contains(&hash(folded.as_bytes()))
    }

    /// Whether the document writes this folded word in lower case.
    pub fn seen_lowercase(&self, folded: &str) -> bool {
        self.lower.contains(&hash(folded.as_bytes()))
    }
}

/// Starts with an upper-case letter.
pub fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all upper case (`ONU`, `U.S.`, `NATO`).
pub fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}
