//! What every step of the quote stage reads: the document, its folded
//! words, the language's lookups and the entities found by the entity stage.

use std::ops::Range;

use super::lexicon::{class, Entries, FxMap, Lookup, QuoteLexicon};
use super::names::Names;
use crate::lang::LangData;
use crate::text::{push_folded, Document, TokenKind};
use crate::types::{EntityType, Mention};

pub struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    pub text: &'a str,
    pub look: &'static Lookup,
    /// Folded text of every token, one after the other, and where each is.
    folded: String,
    spans: Vec<(u32, u32)>,
    /// The lexical classes of every token ([`class`]), capitals marked.
    classes: Vec<u32>,
    /// A number per distinct folded word of the document.
    ids: Vec<u32>,
    /// How many distinct folded words the document has.
    pub distinct: usize,
    /// Sentence index of every token.
    pub sentence_of: Vec<usize>,
    pub mentions: &'a [Mention],
    pub names: Names,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document<'a>, data: &LangData, mentions: &'a [Mention]) -> Ctx<'a> {
        let look = Lookup::for_lang(data.lang);
        let n = doc.tokens.len();
        let mut folded = String::with_capacity(doc.text.len() + 8);
        let mut spans = Vec::with_capacity(n);
        for t in &doc.tokens {
            let from = folded.len();
            for c in t.text(doc.text).chars() {
                if c.is_ascii() {
                    folded.push(c.to_ascii_lowercase());
                } else {
                    push_folded(c, &mut folded);
                }
            }
            spans.push((from as u32, folded.len() as u32));
        }
        // One lexicon lookup per distinct word.
        let mut seen: FxMap<&str, (u32, u32)> = FxMap::with_capacity_and_hasher(n / 3 + 16, Default::default());
        let mut classes = Vec::with_capacity(n);
        let mut ids = Vec::with_capacity(n);
        let mut prev_end: Option<usize> = None;
        for (t, &(a, b)) in doc.tokens.iter().zip(&spans) {
            let w = &folded[a as usize..b as usize];
            let next = seen.len() as u32;
            let &mut (id, bits) = seen.entry(w).or_insert_with(|| (next, look.classes(w)));
            let capital = t.kind == TokenKind::Word && t.text(doc.text).chars().next().is_some_and(char::is_uppercase);
            let newline = prev_end.is_some_and(|p| doc.text.get(p..t.start).is_some_and(|g| g.contains('\n')));
            prev_end = Some(t.end);
            classes.push(bits | if capital { class::CAPITAL } else { 0 } | if newline { class::NEWLINE_BEFORE } else { 0 });
            ids.push(id);
        }
        let distinct = seen.len();
        drop(seen);
        let mut sentence_of = vec![0; n];
        for (s, r) in doc.sentence_tokens.iter().enumerate() {
            for slot in &mut sentence_of[r.clone()] {
                *slot = s;
            }
        }
        let mut ctx = Ctx { doc, text: doc.text, look, folded, spans, classes, ids, distinct, sentence_of, mentions, names: Names::default() };
        ctx.names = Names::collect(&ctx);
        ctx
    }

    /// How many tokens the document has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether token `i` is of one of the classes `bits` ([`class`]).
    #[inline]
    pub fn is(&self, i: usize, bits: u32) -> bool {
        self.classes.get(i).is_some_and(|c| c & bits != 0)
    }

    /// The number of token `i`'s folded word, the same for every token
    /// spelling it.
    pub fn id(&self, i: usize) -> usize {
        self.ids.get(i).map_or(usize::MAX, |&d| d as usize)
    }

    /// The end of the longest entry of the list `which` at token `i`.
    pub fn entry_at(&self, i: usize, which: Entries) -> Option<usize> {
        if !self.is(i, which.first_class()) {
            return None;
        }
        let spells = |e: &Vec<&str>| e.iter().enumerate().all(|(k, w)| self.w(i + k) == *w).then_some(i + e.len());
        self.look.entries(which).iter().filter_map(spells).max()
    }

    pub fn lex(&self) -> &'static QuoteLexicon {
        self.look.lex
    }

    /// The folded text of token `i` (empty past the end).
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |&(a, b)| &self.folded[a as usize..b as usize])
    }

    pub fn raw(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Index of the first token starting at or after byte `at`.
    pub fn token_from(&self, at: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.start < at)
    }

    /// Token range of sentence `s`.
    pub fn sentence(&self, s: usize) -> Range<usize> {
        self.doc.sentence_tokens.get(s).cloned().unwrap_or(0..0)
    }

    /// Token range of the paragraph holding token `i`.
    pub fn paragraph_tokens(&self, i: usize) -> Range<usize> {
        let p = self.doc.paragraph_tokens.partition_point(|r| r.end <= i);
        self.doc.paragraph_tokens.get(p).cloned().unwrap_or(0..0)
    }

    /// Byte range of tokens `r` (non-empty).
    pub fn bytes(&self, r: Range<usize>) -> Range<usize> {
        self.doc.tokens[r.start].start..self.doc.tokens[r.end - 1].end
    }

    /// Whether a line break separates token `i` from the one before.
    pub fn newline_before(&self, i: usize) -> bool {
        self.is(i, class::NEWLINE_BEFORE)
    }

    /// Whether token `i` opens its sentence (after any quotation mark or dash).
    pub fn opens_sentence(&self, i: usize) -> bool {
        let first = self.sentence(self.sentence_of.get(i).copied().unwrap_or(0)).start;
        i - first <= 3 && (first..i).all(|k| is_mark(self.raw(k)) || matches!(self.raw(k), "–" | "—" | "-" | "(" | ":"))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// A word starting with a capital letter.
    pub fn is_capital(&self, i: usize) -> bool {
        self.is(i, class::CAPITAL)
    }

    /// A punctuation token.
    pub fn is_punct(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// The mentions (PER, ORG, LOC) lying inside bytes `r`.
    pub fn mentions_in(&self, r: Range<usize>) -> &'a [Mention] {
        let from = self.mentions.partition_point(|m| m.start < r.start);
        let to = self.mentions.partition_point(|m| m.start < r.end);
        &self.mentions[from..to.max(from)]
    }

    /// The last mention of one of `kinds` starting before `at`, within `window` bytes.
    pub fn mention_before(&self, at: usize, window: usize, kinds: &[EntityType]) -> Option<&'a Mention> {
        let to = self.mentions.partition_point(|m| m.start < at);
        self.mentions[..to]
            .iter()
            .rev()
            .take(64)
            .take_while(|m| m.start + window >= at)
            .find(|m| kinds.contains(&m.kind) && m.end <= at)
    }
}

/// Whether the token is one of the opening or closing quotation marks.
pub fn is_mark(s: &str) -> bool {
    matches!(s, "«" | "»" | "“" | "”" | "\"" | "„" | "‹" | "›" | "‘" | "’")
}

/// Whether the token ends a sentence or a clause for cue search.
pub fn is_stop(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | ";" | "(" | ")" | "[" | "]")
}
