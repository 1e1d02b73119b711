//! What every step of the quote stage reads: the document, its folded
//! words, the language's lookups and the entities found by the entity stage.

use std::ops::Range;

use super::lexicon::{Lookup, QuoteLexicon};
use super::names::Names;
use crate::text::{fold, Document, TokenKind};
use crate::types::{EntityType, Mention};

pub struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    pub text: &'a str,
    pub look: Lookup<'a>,
    /// Folded text of every token.
    pub words: Vec<String>,
    /// Sentence index of every token.
    pub sentence_of: Vec<usize>,
    pub mentions: &'a [Mention],
    pub names: Names,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document<'a>, lex: &'a QuoteLexicon, mentions: &'a [Mention]) -> Ctx<'a> {
        let words: Vec<String> = doc.tokens.iter().map(|t| fold(t.text(doc.text))).collect();
        let mut sentence_of = vec![0; doc.tokens.len()];
        for (s, r) in doc.sentence_tokens.iter().enumerate() {
            for slot in &mut sentence_of[r.clone()] {
                *slot = s;
            }
        }
        let look = Lookup::new(lex);
        let mut ctx = Ctx { doc, text: doc.text, look, words, sentence_of, mentions, names: Names::default() };
        ctx.names = Names::collect(&ctx);
        ctx
    }

    pub fn lex(&self) -> &QuoteLexicon {
        self.look.lex
    }

    pub fn w(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
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
        match (i.checked_sub(1).and_then(|p| self.doc.tokens.get(p)), self.doc.tokens.get(i)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).is_some_and(|g| g.contains('\n')),
            _ => false,
        }
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
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
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
