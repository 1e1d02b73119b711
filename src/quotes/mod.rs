//! Quotations and reported speech, with their speakers.
//!
//! The steps, in order: pair the quotation marks ([`marks`]) and find the
//! dash-introduced speech ([`dashes`]); find reported clauses around speech
//! cues ([`indirect`], [`cues`]) and headline statements ([`headlines`]);
//! keep the marked spans that are quotations (and the closing marks that
//! lost their opening one, [`orphans`]) and find who says them ([`direct`], [`attribution`]); name every speaker
//! ([`speakers`], [`names`]) and point pronouns and roles back to someone
//! named before.
//!
//! ```
//! use annotator::{annotate, Options, Lang};
//! let text = "« Nous tiendrons », a déclaré Jean Dupont.";
//! let found = annotate(text, &Options { lang: Some(Lang::Fr), ..Options::default() });
//! assert_eq!(found.quotes[0].text, "Nous tiendrons");
//! assert_eq!(found.quotes[0].speaker.as_deref(), Some("Jean Dupont"));
//! ```

mod antecedents;
mod attribution;
mod clause;
mod context;
mod cues;
mod dashes;
mod direct;
mod genders;
mod headlines;
mod indirect;
mod lexicon;
mod lookup;
mod marks;
mod names;
mod orphans;
mod speakers;

use std::ops::Range;

pub use lexicon::QuoteLexicon;

use crate::lang::LangData;
use crate::text::Document;
use crate::types::{Mention, Part, Quote, QuoteKind, Timex};
use context::Ctx;
use speakers::Speaker;

/// A quote being built: byte offsets, speaker still to be named.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Range<usize>>,
    /// Rule id without the language prefix (`quote.after_cue`).
    pub rule: &'static str,
    /// For a continuation: the index of the quote it continues.
    pub follows: Option<usize>,
}

/// How far back (bytes) a pronoun or role may point.
const BACK_WINDOW: usize = 3000;

/// Every quotation of the document, sorted, with speakers drawn from the
/// document's entities where they name one.
pub fn find(doc: &Document, data: &LangData, mentions: &[Mention], timexes: &[Timex]) -> Vec<Quote> {
    let ctx = Ctx::new(doc, data, mentions, timexes);
    let marks = marks::pair(doc.text, &doc.paragraphs);
    let mut marked = marks.quotes;
    let rebuilt = orphans::find(&ctx, &marks.orphans, &marked);
    if !rebuilt.is_empty() {
        marked.extend(rebuilt);
        marked.sort_by_key(|m| m.open);
    }
    let dashed = dashes::find(&ctx);
    let mut masked = vec![false; doc.tokens.len()];
    for r in marked.iter().map(|m| m.start..m.end).chain(dashed.iter().map(|d| d.start..d.end)) {
        for slot in &mut masked[ctx.token_from(r.start)..ctx.token_from(r.end)] {
            *slot = true;
        }
    }
    let mut indirect = indirect::find(&ctx, &masked);
    indirect.extend(headlines::find(&ctx));
    indirect.sort_by_key(|q| q.start);
    let mut direct = direct::find(&ctx, &marked, &indirect);
    direct.extend(dashed);
    name_back(&ctx, &mut direct, &mut indirect);
    direct::fill_continuations(&mut direct);
    dashes::fill_answers(&mut direct, &indirect);
    let all = merge(doc.text, direct, indirect);
    all.into_iter().map(|f| to_quote(doc.text, data.quotes.code, f)).collect()
}

/// Names the speakers that point back (pronouns, roles) from the named
/// speakers and the entities before them.
/// A name inside a quotation, direct or reported, is nobody's antecedent.
fn name_back(ctx: &Ctx, direct: &mut [Found], indirect: &mut [Found]) {
    let mut spans: Vec<Range<usize>> = direct.iter().chain(indirect.iter()).map(|d| d.start..d.end).collect();
    spans.sort_by_key(|r| r.start);
    // Flat: overlapping spans (a partial quote in its clause) made one.
    let mut quoted: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for r in spans {
        match quoted.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => quoted.push(r),
        }
    }
    let mut pending: Vec<&mut Speaker> = direct.iter_mut().chain(indirect.iter_mut()).filter_map(|f| f.speaker.as_mut()).collect();
    antecedents::resolve(ctx, &mut pending, &quoted, BACK_WINDOW);
}

/// Direct and indirect quotes in one sorted list: an indirect clause that a
/// direct quote covers is dropped (its speaker kept), overlapping clauses
/// keep the first.
fn merge(text: &str, mut direct: Vec<Found>, indirect: Vec<Found>) -> Vec<Found> {
    direct.sort_by_key(|q| q.start);
    let mut direct = flatten(direct);
    let mut kept: Vec<Found> = Vec::with_capacity(indirect.len());
    for mut q in indirect {
        // A clause the sentence splitter ended inside a quotation it holds
        // (`Blocher stated that the SVP “must … exists. We can …”`) runs to
        // the quotation's end.
        // (`direct` is flat and sorted: the quotes overlapping `q` are a run.)
        let first = direct.partition_point(|d| d.end <= q.start);
        let cut = |d: &&Found| d.start > q.start && d.end > q.end && has_word(text, q.end..d.end);
        if let Some(d) = direct[first..].iter().take_while(|d| d.start < q.end).find(cut) {
            q.end = d.end;
        }
        let overlapping = first..first + direct[first..].iter().take_while(|d| d.start < q.end).count();
        // A clause with words of its own outside the quotation (`que
        // l'État « a abandonné … »`) holds a partial quote; one with none
        // (`Selon le maire, « rien ne change »`) is the quotation itself.
        let words_outside = |d: &Found| has_word(text, q.start..d.start.max(q.start)) || has_word(text, d.end.min(q.end)..q.end);
        let covering = direct[overlapping.clone()].iter_mut().find(|d| overlap(d, &q) > 0 && !words_outside(d));
        if let Some(d) = covering {
            if d.speaker.as_ref().is_none_or(|s| s.name.is_none()) {
                d.speaker = q.speaker.clone();
                d.cue = d.cue.clone().or(q.cue.clone());
            }
            continue;
        }
        let inside_direct = direct[overlapping].iter().any(|d| d.start <= q.start && q.end <= d.end);
        if inside_direct {
            continue;
        }
        // Nested attributions: the innermost one, with the content clause, stays.
        match kept.last_mut() {
            Some(k) if k.start <= q.start && q.end <= k.end => *k = q,
            Some(k) if q.start < k.end => {}
            _ => kept.push(q),
        }
    }
    // A direct quote overlapping an indirect clause it is not inside of goes.
    // (`kept` is flat and sorted, so only the clause starting last at or
    // before `d` can be that one.)
    // Past the clause's end only by punctuation (an unclosed mark's final
    // stop), the quote is still inside.
    direct.retain(|d| {
        let i = kept.partition_point(|k| k.start <= d.start);
        !kept[..i].last().is_some_and(|k| d.start < k.end && d.end > k.end && text[k.end..d.end].chars().any(char::is_alphanumeric))
    });
    direct.extend(kept);
    direct.sort_by_key(|q| (q.start, q.kind == QuoteKind::Direct));
    direct
}

/// Direct quotes sorted by start, made flat: of two that overlap (a dash
/// paragraph holding a marked quote, marks paired across a line break), the
/// one with a cue stays, else the first.
fn flatten(sorted: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(sorted.len());
    for d in sorted {
        match out.last_mut() {
            Some(p) if d.start < p.end => {
                if p.cue.is_none() && d.cue.is_some() {
                    *p = d;
                }
            }
            _ => out.push(d),
        }
    }
    out
}

/// Whether bytes `r` of the text hold a letter or a digit.
fn has_word(text: &str, r: Range<usize>) -> bool {
    text.get(r).is_some_and(|t| t.chars().any(char::is_alphanumeric))
}

fn overlap(a: &Found, b: &Found) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn to_quote(text: &str, code: &str, f: Found) -> Quote {
    let (speaker, speaker_span) = match f.speaker {
        Some(s) => (s.name, s.span.map(|r| Part::of(text, r.start, r.end))),
        None => (None, None),
    };
    Quote {
        start: f.start,
        end: f.end,
        kind: f.kind,
        text: text[f.start..f.end].to_string(),
        speaker,
        speaker_span,
        cue: f.cue.map(|r| Part::of(text, r.start, r.end)),
        rule: rule_id(code, f.rule),
    }
}

/// The full rule id: the language code, a dot, the rule (`fr.quote.after_cue`).
fn rule_id(code: &str, rule: &str) -> String {
    let mut id = String::with_capacity(code.len() + 1 + rule.len());
    id.push_str(code);
    id.push('.');
    id.push_str(rule);
    id
}

/// The content of a clause at bytes `r`: no edge spaces, no trailing
/// `.,;:`, no closing mark whose opening mark is outside the clause.
pub(crate) fn trim_content(text: &str, r: Range<usize>) -> Option<(usize, usize)> {
    let s = text.get(r.clone())?;
    let mut body = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'));
    // (Nor a dash opening the sentence after a dateline: `- Un car …`.)
    if let Some(rest) = body.strip_prefix(['-', '–', '—']).filter(|r| r.starts_with(char::is_whitespace)) {
        body = rest.trim_start();
    }
    let start = r.start + (s.len() - body.len());
    loop {
        let before = body.len();
        body = body.trim_end().trim_end_matches(['.', ',', ';', ':']);
        if let Some(c) = body.chars().last().filter(|c| matches!(c, '»' | '”' | '"' | '›' | '’')) {
            let opener = match c {
                '»' => '«',
                '”' => '“',
                '›' => '‹',
                '’' => '‘',
                _ => '"',
            };
            let opens = body.matches(opener).count();
            let closes = body.matches(c).count();
            if (c == '"' && closes % 2 == 1) || (c != '"' && opens < closes) {
                body = &body[..body.len() - c.len_utf8()];
            }
        }
        if body.len() == before {
            break;
        }
    }
    (!body.trim().is_empty()).then(|| (start, start + body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{data, Lang};
    use crate::types::EntityType;

    fn mention(text: &str, word: &str, nth: usize, name: &str, kind: EntityType) -> Mention {
        let start = text.match_indices(word).nth(nth).map(|(i, _)| i).unwrap();
        Mention { start, end: start + word.len(), kind, text: word.into(), group: 0, name: name.into(), rule: "test".into() }
    }

    #[test]
    fn speakers_come_from_entity_mentions() {
        let text = "Le porte-parole John Kirby est à Paris. « Rien n’est décidé », a déclaré Kirby. Il a ajouté que le sommet aurait lieu.";
        let mentions = vec![
            mention(text, "John Kirby", 0, "John Kirby", EntityType::PER),
            mention(text, "Paris", 0, "Paris", EntityType::LOC),
            mention(text, "Kirby", 1, "John Kirby", EntityType::PER),
        ];
        let doc = Document::new(text, &data(Lang::Fr).text);
        let found = find(&doc, data(Lang::Fr), &mentions, &[]);
        let got: Vec<_> = found.iter().map(|q| (q.text.as_str(), q.speaker.as_deref(), q.speaker_span.as_ref().map(|p| p.text.as_str()))).collect();
        assert_eq!(
            got,
            vec![
                ("Rien n’est décidé", Some("John Kirby"), Some("Kirby")),
                ("le sommet aurait lieu", Some("John Kirby"), Some("Il")),
            ]
        );
    }

    #[test]
    fn trims_clause_edges() {
        let table: &[(&str, &str)] = &[("  la paix, ", "la paix"), ("il viendra ».", "il viendra"), ("« oui » dit.", "« oui » dit")];
        for (s, want) in table {
            let (a, b) = trim_content(s, 0..s.len()).unwrap();
            assert_eq!(&s[a..b], *want);
        }
    }
}
