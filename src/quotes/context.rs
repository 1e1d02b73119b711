//! What every step of the quote stage reads: the document, its folded
//! words, the language's lookups, and the entities and time expressions
//! found by the earlier stages.

use std::ops::Range;

use super::lexicon::{class, Entries, FxMap, Lookup, QuoteLexicon};
use super::names::Names;
use crate::lang::LangData;
use crate::text::{push_folded, Document, TokenKind};
use crate::types::{EntityType, Mention, Timex};

/// What the stage knows of one token.
#[derive(Clone, Copy)]
struct Tok {
    /// Where its folded text is in [`Ctx::folded`].
    from: u32,
    to: u32,
    /// Its classes ([`class`]) under [`class::HEAD_SHIFT`], its entry head number above.
    bits: u64,
    /// The number of its folded word, the same for every token spelling it.
    id: u32,
    sentence: u32,
}

/// How many quotation marks or dashes may come before the word opening a sentence.
const OPENING: usize = 3;

pub struct Ctx<'a> {
    pub doc: &'a Document<'a>,
    pub text: &'a str,
    pub look: &'static Lookup,
    /// Folded text of every token ([`fold_tokens`]).
    folded: String,
    toks: Vec<Tok>,
    /// The text of every token, sliced once: read hundreds of times a
    /// document, mostly to compare it with a punctuation mark.
    raws: Vec<&'a str>,
    /// How many distinct folded words the document has.
    pub distinct: usize,
    pub mentions: &'a [Mention],
    /// The time expressions, sorted by start.
    pub timexes: &'a [Timex],
    pub names: Names,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document<'a>, data: &LangData, mentions: &'a [Mention], timexes: &'a [Timex]) -> Ctx<'a> {
        let look = Lookup::for_lang(data.lang);
        let (folded, mut toks) = fold_tokens(doc);
        let distinct = number_words(look, &folded, &mut toks);
        for (s, r) in doc.sentence_tokens.iter().enumerate() {
            for t in toks.get_mut(r.clone()).into_iter().flatten() {
                t.sentence = s as u32;
            }
            // The tokens opening the sentence: its first, and the next ones
            // while only quotation marks, dashes, a bracket or a colon come before.
            for k in r.start..r.end.min(r.start + OPENING + 1) {
                toks[k].bits |= class::OPENS_SENTENCE;
                let raw = doc.tokens[k].text(doc.text);
                if !(is_mark(raw) || matches!(raw, "–" | "—" | "-" | "(" | ":")) {
                    break;
                }
            }
        }
        // A modal inside a name is none (`Theresa May said`, `said Will
        // Doyle`): capitalised inside its sentence, next to another capital.
        for k in 0..toks.len() {
            let bits = toks[k].bits;
            if bits & class::FINITE == 0 || bits & class::CAPITAL == 0 || bits & class::OPENS_SENTENCE != 0 {
                continue;
            }
            let capital = |j: usize| toks.get(j).is_some_and(|t| t.bits & class::CAPITAL != 0);
            if capital(k + 1) || (k > 0 && capital(k - 1)) {
                toks[k].bits &= !class::FINITE;
            }
        }
        // A name in capitals the entity stage found is no function word
        // (`The US said`, `WHO say`): only its place in the text and its
        // case are kept.
        let positional = class::CAPITAL | class::NEWLINE_BEFORE | class::OPENS_SENTENCE;
        for m in mentions {
            let k = match doc.tokens.binary_search_by(|t| t.start.cmp(&m.start)) {
                Ok(k) => k,
                Err(_) => continue,
            };
            let word = &doc.text[m.start..m.end];
            if doc.tokens[k].end == m.end && word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) {
                toks[k].bits &= positional | !class::ALL;
            }
        }
        let raws = doc.tokens.iter().map(|t| t.text(doc.text)).collect();
        let mut ctx = Ctx { doc, text: doc.text, look, folded, toks, raws, distinct, mentions, timexes, names: Names::default() };
        ctx.names = Names::collect(&ctx);
        ctx
    }

    /// How many tokens the document has.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether token `i` is of one of the classes `bits` ([`class`]).
    #[inline]
    pub fn is(&self, i: usize, bits: u64) -> bool {
        self.toks.get(i).is_some_and(|t| t.bits & bits != 0)
    }

    /// The number of token `i`'s folded word, the same for every token
    /// spelling it.
    pub fn id(&self, i: usize) -> usize {
        self.toks.get(i).map_or(usize::MAX, |t| t.id as usize)
    }

    /// Sentence index of token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.sentence as usize)
    }

    /// The end of the longest entry of the list `which` at token `i`.
    /// Asked of most tokens, which start no entry: that check is inlined
    /// where it is asked (always: left to itself the compiler kept a call
    /// in the name runs, asked at every capital and determiner), the
    /// entries are read only past it.
    #[inline(always)]
    pub fn entry_at(&self, i: usize, which: Entries) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.bits & which.first_class() == 0 {
            return None;
        }
        self.longest_entry(i, t.bits, which)
    }

    /// [`Ctx::entry_at`] for token `i` (of classes `bits`), which starts one.
    fn longest_entry(&self, i: usize, bits: u64, which: Entries) -> Option<usize> {
        let spells = |e: &[&str]| e.iter().enumerate().skip(1).all(|(k, w)| self.w(i + k) == *w).then_some(i + e.len());
        self.look.entries_from((bits >> class::HEAD_SHIFT) as usize, which).filter_map(spells).max()
    }

    /// Where the words `phrase` (folded, apart) start when they stand right
    /// before token `i` (read from the last word, which most often differs).
    pub fn words_before(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        for w in phrase.rsplit(' ') {
            k = k.checked_sub(1)?;
            if self.w(k) != w {
                return None;
            }
        }
        Some(k)
    }

    pub fn lex(&self) -> &'static QuoteLexicon {
        self.look.lex
    }

    /// The folded text of token `i` (empty past the end).
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.folded[t.from as usize..t.to as usize])
    }

    pub fn raw(&self, i: usize) -> &'a str {
        self.raws.get(i).copied().unwrap_or("")
    }

    /// Index of the first token starting at or after byte `at`.
    pub fn token_from(&self, at: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.start < at)
    }

    /// The token after the time expression that starts at token `i`, if one does.
    pub fn timex_end_at(&self, i: usize) -> Option<usize> {
        let at = self.doc.tokens.get(i)?.start;
        let n = self.timexes.partition_point(|t| t.start < at);
        self.timexes.get(n).filter(|t| t.start == at).map(|t| self.token_from(t.end))
    }

    /// Whether a date or a time of day (not a duration: `46-year-old`)
    /// starts at token `i`.
    pub fn date_at(&self, i: usize) -> bool {
        let Some(at) = self.doc.tokens.get(i).map(|t| t.start) else { return false };
        let n = self.timexes.partition_point(|t| t.start < at);
        self.timexes.get(n).is_some_and(|t| t.start == at && matches!(t.kind, crate::types::TimexType::DATE | crate::types::TimexType::TIME))
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
        self.is(i, class::OPENS_SENTENCE)
    }

    /// Whether token `k` is a verb in the past by its ending alone, where
    /// the language puts no auxiliary before it (`voted`, `urged`).
    pub fn past_by_ending(&self, k: usize) -> bool {
        let lex = self.lex();
        lex.slot_auxiliaries.is_empty() && !self.is_capital(k) && self.w(k).len() > 4 && lex.slot_endings.iter().any(|e| self.w(k).ends_with(e))
    }

    /// The first token of the sentence starting at token `start` once a
    /// coordinator opening it is passed (`Mais pour X, …`, `Et selon …`).
    pub fn after_coordinator(&self, start: usize) -> usize {
        if self.is(start, class::COORDINATOR) && self.is_word(start + 1) {
            start + 1
        } else {
            start
        }
    }

    /// Whether token `i` ends like a past participle as written, accents
    /// kept (`annoncées`, `installé`), which folding would lose.
    pub fn written_participle(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.lex().written_participle_endings.iter().any(|e| raw.ends_with(e))
    }

    /// Whether token `i` is an adverb of one word: a listed one (`also`,
    /// `egalement`) or one with an adverb's ending (`officially`,
    /// `fermement`).
    pub fn is_adverb(&self, i: usize) -> bool {
        (self.is(i, class::ADVERB) && self.is_word(i) && !self.is_capital(i)) || self.entry_at(i, Entries::Adverbs) == Some(i + 1)
    }

    /// Whether token `i` is a role or a speaker's noun in the plural
    /// (`gendarmes`, `officials`, `services`): it ends like a plural and
    /// drops to a listed word.
    pub fn plural_noun(&self, i: usize) -> bool {
        let lex = self.lex();
        let w = self.w(i);
        let listed = |s: &str| self.look.classes(s) & (class::PERSON_ROLE | class::ORG_ROLE | class::SPEAKER_NOUN) != 0;
        lex.plural_endings.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e) && listed(&w[..w.len() - e.len()]))
    }

    /// Whether the words of bytes `span` hold a plural pronoun, alone or
    /// glued to a verb (`ils`, `disent-ils`, `they`).
    pub fn plural_pronoun(&self, span: &Range<usize>) -> bool {
        let lex = self.lex();
        (self.token_from(span.start)..self.token_from(span.end)).any(|k| {
            let w = self.w(k);
            lex.plural_pronouns.iter().any(|p| w == *p || (w.len() > p.len() + 1 && w.ends_with(p) && w.as_bytes()[w.len() - p.len() - 1] == b'-'))
        })
    }

    /// Whether token `i` is an apostrophe closing a possessive plural or a
    /// name in `s` (`Sanders’ campaign`), not a quotation mark.
    pub fn possessive_mark(&self, i: usize) -> bool {
        let (Some(t), Some(p)) = (self.doc.tokens.get(i), i.checked_sub(1).and_then(|p| self.doc.tokens.get(p))) else { return false };
        let glued_after_s = p.end == t.start && self.raw(i - 1).ends_with(['s', 'S']);
        let spaced = self.text[t.end..].chars().next().is_none_or(char::is_whitespace);
        matches!(self.raw(i), "’" | "'") && glued_after_s && spaced && self.is_word(i + 1)
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
    /// (And that `fits`.)
    pub fn mention_before(&self, at: usize, window: usize, kinds: &[EntityType], fits: impl Fn(&Mention) -> bool) -> Option<&'a Mention> {
        let to = self.mentions.partition_point(|m| m.start < at);
        self.mentions[..to]
            .iter()
            .rev()
            .take(64)
            .take_while(|m| m.start + window >= at)
            .find(|m| kinds.contains(&m.kind) && m.end <= at && fits(m))
    }
}

/// The folded text of the tokens, and the tokens with their per-token
/// classes ([`class::CAPITAL`], [`class::NEWLINE_BEFORE`]). The text
/// lower-cased, in one pass, is already the folded text of every ASCII
/// token where it stands (most tokens: no copy each); the other tokens'
/// folded text is added after it.
fn fold_tokens(doc: &Document) -> (String, Vec<Tok>) {
    let text = doc.text;
    let mut folded = String::with_capacity(text.len() + text.len() / 2 + 8);
    folded.push_str(text);
    folded.make_ascii_lowercase();
    let mut toks = Vec::with_capacity(doc.tokens.len());
    let mut prev_end = 0;
    for (k, t) in doc.tokens.iter().enumerate() {
        // The token as bytes: an ASCII one needs nothing else (no char boundary checks).
        let bytes = &text.as_bytes()[t.start..t.end];
        let (from, to) = if bytes.is_ascii() {
            (t.start, t.end)
        } else {
            let from = folded.len();
            t.text(text).chars().for_each(|c| push_folded(c, &mut folded));
            (from, folded.len())
        };
        let mut bits = 0;
        let first = bytes.first().copied().unwrap_or(0);
        let capital = t.kind == TokenKind::Word && if first.is_ascii() { first.is_ascii_uppercase() } else { t.text(text).chars().next().is_some_and(char::is_uppercase) };
        if capital {
            bits |= class::CAPITAL;
        }
        // Gaps between tokens are a byte or two: a plain loop, no memchr call.
        if k > 0 && text.as_bytes().get(prev_end..t.start).is_some_and(|g| g.iter().any(|&b| b == b'\n')) {
            bits |= class::NEWLINE_BEFORE;
        }
        prev_end = t.end;
        toks.push(Tok { from: from as u32, to: to as u32, bits, id: 0, sentence: 0 });
    }
    (folded, toks)
}

/// Gives every token the number of its folded word and the word's classes;
/// returns how many distinct words there are.
fn number_words(look: &Lookup, folded: &str, toks: &mut [Tok]) -> usize {
    // One lexicon lookup per distinct word. Room for every token to be
    // one (in a short article about two in three are): up to 16 K tokens
    // the map never grows. A word of one ASCII byte (punctuation, mostly:
    // one token in five) is found by that byte in a table, not hashed.
    let mut seen: FxMap<&str, (u32, u64)> = FxMap::with_capacity_and_hasher(toks.len().min(1 << 14) + 16, Default::default());
    let mut by_byte: [Option<(u32, u64)>; 128] = [None; 128];
    let mut distinct = 0;
    for t in toks {
        let w = &folded[t.from as usize..t.to as usize];
        let number = || {
            distinct += 1;
            (distinct - 1, look.classes(w))
        };
        let (id, bits) = match *w.as_bytes() {
            [b] if b.is_ascii() => *by_byte[usize::from(b)].get_or_insert_with(number),
            _ => *seen.entry(w).or_insert_with(number),
        };
        t.id = id;
        t.bits |= bits;
    }
    distinct as usize
}

/// Whether the token is one of the opening or closing quotation marks.
pub fn is_mark(s: &str) -> bool {
    matches!(s, "«" | "»" | "“" | "”" | "\"" | "„" | "‹" | "›" | "‘" | "’")
}

/// Whether the token ends a sentence or a clause for cue search.
pub fn is_stop(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | ";" | "(" | ")" | "[" | "]")
}
