//! Text segmentation: paragraphs, sentences and tokens, every offset a byte
//! offset into the unchanged input.

mod fold;
mod offsets;
mod sentences;
mod tokens;

use std::ops::Range;

pub use fold::{fold, push_folded, Folded};
pub use offsets::OffsetMap;
pub use tokens::{Token, TokenKind};

/// What segmentation needs from a language.
pub struct TextData {
    /// Abbreviations written before a dot that does not end a sentence
    /// (`M`, `Dr`, `etc`), case as written.
    pub abbreviations: &'static [&'static str],
    /// Elided words split off the front of the next word, apostrophe
    /// excluded (`l`, `d`, `qu`), matched case-insensitively.
    pub elisions: &'static [&'static str],
    /// Clitics split off the end of a word, with a plain apostrophe (`'s`).
    pub clitics: &'static [&'static str],
    /// The language's commonest function words, lower case, for a quick
    /// language decision before the statistical detector.
    pub function_words: &'static [&'static str],
}

/// The char boundary at or before byte `i` (clamped to the text).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after byte `i` (clamped to the text).
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A segmented text.
pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Paragraphs as byte ranges (trimmed lines).
    pub paragraphs: Vec<Range<usize>>,
    /// Token index range of each paragraph.
    pub paragraph_tokens: Vec<Range<usize>>,
    /// Sentences as byte ranges, in order; never across a paragraph.
    pub sentences: Vec<Range<usize>>,
    /// Token index range of each sentence.
    pub sentence_tokens: Vec<Range<usize>>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str, data: &TextData) -> Document<'t> {
        let paragraphs = sentences::paragraphs(text);
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut paragraph_tokens = Vec::with_capacity(paragraphs.len());
        let mut sentence_tokens = Vec::new();
        for p in &paragraphs {
            let first = tokens.len();
            tokens::tokenize(text, p.start, p.end, data, &mut tokens);
            paragraph_tokens.push(first..tokens.len());
            for s in sentences::sentences(text, &tokens[first..], data) {
                sentence_tokens.push(first + s.start..first + s.end);
            }
        }
        let sentences = sentence_tokens
            .iter()
            .map(|r| tokens[r.start].start..tokens[r.end - 1].end)
            .collect();
        Document { text, tokens, paragraphs, paragraph_tokens, sentences, sentence_tokens }
    }

    /// Text of token `i`.
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// Index of the sentence holding byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// Index of the paragraph holding byte offset `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= at);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= at).then_some(i)
    }
}
